//! Mailbox names: modified UTF-7 (RFC 3501 section 5.1.3) and the INBOX rule.

use std::fmt;
use std::sync::LazyLock;

use base64::alphabet::Alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

/// RFC 3501 5.1.3: base64 with `,` in place of `/`, and no padding.
static MODIFIED_BASE64: LazyLock<GeneralPurpose> = LazyLock::new(|| {
    let alphabet = Alphabet::new("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,")
        .expect("the modified base64 alphabet is valid");
    let config =
        GeneralPurposeConfig::new().with_encode_padding(false).with_decode_padding_mode(DecodePaddingMode::RequireNone);
    GeneralPurpose::new(&alphabet, config)
});

/// A mailbox name as the server knows it: the raw bytes of the wire form (modified UTF-7 unless
/// UTF8=ACCEPT is in force), with conversions to and from UTF-8.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mailbox {
    wire: Vec<u8>,
}

impl Mailbox {
    /// A mailbox from a UTF-8 name, encoded to modified UTF-7. `inbox` in any case becomes
    /// `INBOX` (RFC 3501 5.1: the name INBOX is case-insensitive).
    pub fn from_utf8(name: &str) -> Mailbox {
        if name.eq_ignore_ascii_case("INBOX") {
            return Mailbox { wire: b"INBOX".to_vec() };
        }
        Mailbox { wire: encode_modified_utf7(name).into_bytes() }
    }

    /// A mailbox from its wire bytes, as a server sent them (no conversion).
    pub fn from_wire(wire: impl Into<Vec<u8>>) -> Mailbox {
        Mailbox { wire: wire.into() }
    }

    /// The wire bytes.
    pub fn as_wire(&self) -> &[u8] {
        &self.wire
    }

    /// Whether this is INBOX (case-insensitive).
    pub fn is_inbox(&self) -> bool {
        self.wire.eq_ignore_ascii_case(b"INBOX")
    }

    /// The name decoded from modified UTF-7 to UTF-8; `None` if the wire form is not valid
    /// modified UTF-7 (then [`Mailbox::to_utf8_lossy`] still gives something to show).
    pub fn to_utf8(&self) -> Option<String> {
        let text = std::str::from_utf8(&self.wire).ok()?;
        decode_modified_utf7(text)
    }

    /// The decoded name, or the wire bytes read as (lossy) UTF-8 when they do not decode.
    /// Servers with UTF8=ACCEPT send raw UTF-8, which lands here.
    pub fn to_utf8_lossy(&self) -> String {
        self.to_utf8().unwrap_or_else(|| String::from_utf8_lossy(&self.wire).into_owned())
    }
}

impl fmt::Debug for Mailbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Mailbox({:?})", self.to_utf8_lossy())
    }
}

impl fmt::Display for Mailbox {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_utf8_lossy())
    }
}

/// Encodes a UTF-8 name in modified UTF-7: printable ASCII stands for itself, `&` becomes
/// `&-`, and every other run of characters becomes `&` + modified base64 of UTF-16BE + `-`.
pub fn encode_modified_utf7(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending: Vec<u16> = Vec::new();
    let flush = |pending: &mut Vec<u16>, out: &mut String| {
        if pending.is_empty() {
            return;
        }
        let bytes: Vec<u8> = pending.iter().flat_map(|unit| unit.to_be_bytes()).collect();
        out.push('&');
        out.push_str(&MODIFIED_BASE64.encode(bytes));
        out.push('-');
        pending.clear();
    };
    for ch in name.chars() {
        if (' '..='~').contains(&ch) {
            flush(&mut pending, &mut out);
            if ch == '&' {
                out.push_str("&-");
            } else {
                out.push(ch);
            }
        } else {
            let mut units = [0u16; 2];
            pending.extend_from_slice(ch.encode_utf16(&mut units));
        }
    }
    flush(&mut pending, &mut out);
    out
}

/// Decodes modified UTF-7. `None` for anything RFC 3501 5.1.3 forbids: bytes outside printable
/// ASCII, an unterminated shift, bad base64, a shifted run of plain ASCII, odd UTF-16.
pub fn decode_modified_utf7(wire: &str) -> Option<String> {
    let mut out = String::with_capacity(wire.len());
    let mut rest = wire;
    while let Some(pos) = rest.find('&') {
        let plain = &rest[..pos];
        if !plain.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
            return None;
        }
        out.push_str(plain);
        let after = &rest[pos + 1..];
        let end = after.find('-')?;
        let encoded = &after[..end];
        if encoded.is_empty() {
            out.push('&');
        } else {
            let bytes = MODIFIED_BASE64.decode(encoded).ok()?;
            if bytes.len() % 2 != 0 {
                return None;
            }
            let units: Vec<u16> = bytes.chunks(2).map(|p| u16::from_be_bytes([p[0], p[1]])).collect();
            let decoded = String::from_utf16(&units).ok()?;
            // A shift must not hide characters that stand for themselves.
            if decoded.chars().any(|c| (' '..='~').contains(&c)) {
                return None;
            }
            out.push_str(&decoded);
        }
        rest = &after[end + 1..];
    }
    if !rest.bytes().all(|b| (0x20..=0x7e).contains(&b)) {
        return None;
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc3501_example() {
        // RFC 3501 5.1.3: "~peter/mail/台北/日本語"
        let name = "~peter/mail/\u{53f0}\u{5317}/\u{65e5}\u{672c}\u{8a9e}";
        let wire = "~peter/mail/&U,BTFw-/&ZeVnLIqe-";
        assert_eq!(encode_modified_utf7(name), wire);
        assert_eq!(decode_modified_utf7(wire).as_deref(), Some(name));
    }

    #[test]
    fn ampersand_and_non_bmp() {
        assert_eq!(encode_modified_utf7("A&B"), "A&-B");
        assert_eq!(decode_modified_utf7("A&-B").as_deref(), Some("A&B"));
        let emoji = "mail \u{1f600}";
        assert_eq!(decode_modified_utf7(&encode_modified_utf7(emoji)).as_deref(), Some(emoji));
        assert_eq!(encode_modified_utf7("Entw\u{fc}rfe"), "Entw&APw-rfe");
    }

    #[test]
    fn rejects_invalid_forms() {
        for bad in ["&U,BTFw", "&Jjo!", "&AGE-", "caf\u{e9}", "&U,B-"] {
            assert_eq!(decode_modified_utf7(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn inbox_is_case_insensitive() {
        assert_eq!(Mailbox::from_utf8("inbox").as_wire(), b"INBOX");
        assert!(Mailbox::from_wire(b"InBox".to_vec()).is_inbox());
        assert_eq!(Mailbox::from_utf8("Inbox/sub").as_wire(), b"Inbox/sub");
    }
}
