//! Message flags (RFC 3501 section 2.3.2) and imaplib's `ParseFlags`.

use std::fmt;

use super::bytestring::Text;

/// A message flag: a system flag, the `\*` wildcard of PERMANENTFLAGS, an extension flag
/// (`\Foo`) or a keyword (`$Label`, `Junk`).
///
/// System flags compare case-insensitively on the wire; [`Flag::from_wire`] normalises them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// `\Seen`
    Seen,
    /// `\Answered`
    Answered,
    /// `\Flagged`
    Flagged,
    /// `\Deleted`
    Deleted,
    /// `\Draft`
    Draft,
    /// `\Recent` (read-only; never sent by a client)
    Recent,
    /// `\*`: in PERMANENTFLAGS, "new keywords may be created".
    MayCreate,
    /// Another backslash flag, kept without its backslash (`\Foo` -> `Foo`).
    Extension(Text),
    /// A keyword: an atom without backslash.
    Keyword(Text),
}

impl Flag {
    /// Parses one flag as it appears on the wire (`\Seen`, `$Forwarded`, `\*`).
    ///
    /// Never fails: anything unknown is kept as an [`Flag::Extension`] or [`Flag::Keyword`].
    pub fn from_wire(text: &str) -> Flag {
        let Some(name) = text.strip_prefix('\\') else {
            return Flag::Keyword(text.into());
        };
        const SYSTEM: [(&str, Flag); 7] = [
            ("seen", Flag::Seen),
            ("answered", Flag::Answered),
            ("flagged", Flag::Flagged),
            ("deleted", Flag::Deleted),
            ("draft", Flag::Draft),
            ("recent", Flag::Recent),
            ("*", Flag::MayCreate),
        ];
        for (system, flag) in SYSTEM {
            if name.eq_ignore_ascii_case(system) {
                return flag;
            }
        }
        Flag::Extension(name.into())
    }

    /// The wire form of this flag (`\Seen`, `$Label`).
    pub fn as_wire(&self) -> String {
        match self {
            Flag::Seen => "\\Seen".into(),
            Flag::Answered => "\\Answered".into(),
            Flag::Flagged => "\\Flagged".into(),
            Flag::Deleted => "\\Deleted".into(),
            Flag::Draft => "\\Draft".into(),
            Flag::Recent => "\\Recent".into(),
            Flag::MayCreate => "\\*".into(),
            Flag::Extension(name) => format!("\\{name}"),
            Flag::Keyword(name) => name.to_string(),
        }
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_wire())
    }
}

impl From<&str> for Flag {
    fn from(text: &str) -> Flag {
        Flag::from_wire(text)
    }
}

/// imaplib's `ParseFlags`: finds the `FLAGS (...)` item in a FETCH response line and returns
/// its flags. Returns an empty list when the line has no FLAGS item, like imaplib.
pub fn parse_flags(line: &[u8]) -> Vec<Flag> {
    let text = String::from_utf8_lossy(line);
    let upper = text.to_ascii_uppercase();
    let Some(start) = upper.find("FLAGS (") else {
        return Vec::new();
    };
    let rest = &text[start + "FLAGS (".len()..];
    let Some(end) = rest.find(')') else {
        return Vec::new();
    };
    rest[..end].split_ascii_whitespace().map(Flag::from_wire).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_flags_are_case_insensitive_and_round_trip() {
        assert_eq!(Flag::from_wire("\\SEEN"), Flag::Seen);
        assert_eq!(Flag::from_wire("\\*"), Flag::MayCreate);
        assert_eq!(Flag::from_wire("\\Important").as_wire(), "\\Important");
        assert_eq!(Flag::from_wire("$Forwarded"), Flag::Keyword("$Forwarded".into()));
    }

    #[test]
    fn parse_flags_like_imaplib() {
        let line = b"1 (UID 7 FLAGS (\\Seen $Junk) RFC822.SIZE 44)";
        assert_eq!(parse_flags(line), vec![Flag::Seen, Flag::Keyword("$Junk".into())]);
        assert!(parse_flags(b"1 (UID 7)").is_empty());
    }
}
