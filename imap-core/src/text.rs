//! Showing protocol bytes to people: traces, golden files, error messages.

/// Bytes as printable text: CR and LF as `\r` `\n`, backslash doubled, other non-printables
/// and 8-bit bytes as `\xNN`.
pub fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        match b {
            b'\r' => out.push_str("\\r"),
            b'\n' => out.push_str("\\n"),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_is_unambiguous() {
        assert_eq!(super::escape(b"a\\r\r\n\xc3\0"), "a\\\\r\\r\\n\\xc3\\x00");
    }
}
