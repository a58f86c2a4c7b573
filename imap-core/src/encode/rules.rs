//! The quoting rules of RFC 3501 section 9, in one place. Every string-like argument of every
//! command goes through [`string_form`], so no argument can break out of itself: a value is an
//! atom only if it holds nothing but ATOM-CHARs, quoted only if it holds 7-bit TEXT-CHARs, and
//! a literal (length-prefixed, opaque) otherwise.

/// `ATOM-CHAR`: any 7-bit CHAR except atom-specials (`(){ %*"\]`, SP, CTL).
pub fn is_atom_char(b: u8) -> bool {
    b > 0x20 && b < 0x7f && !b"(){%*\"\\]".contains(&b)
}

/// `ASTRING-CHAR`: ATOM-CHAR or `]`.
pub fn is_astring_char(b: u8) -> bool {
    is_atom_char(b) || b == b']'
}

/// `list-char`: ATOM-CHAR, list wildcards or `]`.
pub fn is_list_char(b: u8) -> bool {
    is_astring_char(b) || b == b'%' || b == b'*'
}

/// `TEXT-CHAR`: 7-bit CHAR except CR and LF (and NUL, which is not a CHAR).
pub fn is_text_char(b: u8) -> bool {
    (0x01..=0x7f).contains(&b) && b != b'\r' && b != b'\n'
}

/// The wire form chosen for a string value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StringForm {
    /// Sent as is (atom, or list-mailbox with wildcards).
    Bare,
    /// Sent between double quotes with `"` and `\` escaped.
    Quoted,
    /// Sent as a literal `{n}` (or `{n+}`).
    Literal,
}

/// Chooses the form for `value`: bare if `bare_ok` says every byte may stand alone (and the
/// value is not empty), quoted if 7-bit TEXT-CHARs, literal otherwise.
pub fn string_form(value: &[u8], bare_ok: impl Fn(u8) -> bool) -> StringForm {
    if !value.is_empty() && value.iter().all(|&b| bare_ok(b)) {
        StringForm::Bare
    } else if value.iter().all(|&b| is_text_char(b)) {
        StringForm::Quoted
    } else {
        StringForm::Literal
    }
}

/// `"…"` with `"` and `\` escaped. The caller has checked every byte is a TEXT-CHAR.
pub fn quoted(value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len() + 2);
    out.push(b'"');
    for &b in value {
        if b == b'"' || b == b'\\' {
            out.push(b'\\');
        }
        out.push(b);
    }
    out.push(b'"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(string_form(b"INBOX", is_astring_char), StringForm::Bare);
        assert_eq!(string_form(b"", is_astring_char), StringForm::Quoted);
        assert_eq!(string_form(b"a b", is_astring_char), StringForm::Quoted);
        assert_eq!(string_form(b"a\"b\\", is_astring_char), StringForm::Quoted);
        assert_eq!(string_form(b"a\r\nb", is_astring_char), StringForm::Literal);
        assert_eq!(string_form("w\u{f6}rd".as_bytes(), is_astring_char), StringForm::Literal);
        assert_eq!(string_form(b"a]", is_astring_char), StringForm::Bare);
        assert_eq!(string_form(b"a]", is_atom_char), StringForm::Quoted);
        assert_eq!(string_form(b"*", is_list_char), StringForm::Bare);
        assert_eq!(quoted(b"a\"b\\c"), b"\"a\\\"b\\\\c\"".to_vec());
    }
}
