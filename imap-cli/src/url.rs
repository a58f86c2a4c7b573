//! Server URLs: `imap://user@host:port[;STARTTLS]` and `imaps://user@host:port` (RFC 5092's
//! `imap://` with `;AUTH=MECH` in the user part, plus `imaps://` for implicit TLS), parsed by
//! the `url` crate.

/// A parsed server URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    /// `imaps://`: TLS from the first byte.
    pub tls: bool,
    /// `;STARTTLS`: upgrade a plain connection before anything else.
    pub starttls: bool,
    /// The user to log in as, percent-decoded.
    pub user: Option<String>,
    /// `;AUTH=MECH`: log in with AUTHENTICATE MECH.
    pub auth: Option<String>,
    /// Host name or address (IPv6 without brackets).
    pub host: String,
    /// Port: given, or 143 / 993.
    pub port: u16,
}

/// `text` for an error message: whatever stands before the last `@` (the user part, where a
/// password may have been typed) replaced by `***`.
fn shown(text: &str) -> String {
    match (text.find(':'), text.rfind('@')) {
        (Some(colon), Some(at)) if colon < at => {
            let start = text[colon..at].find("//").map_or(colon + 1, |i| colon + i + 2);
            format!("{:?}", format!("{}***{}", &text[..start], &text[at..]))
        }
        (_, Some(at)) => format!("{:?}", format!("***{}", &text[at..])),
        _ => format!("{text:?}"),
    }
}

impl ServerUrl {
    /// Parses `text` with the `url` crate (RFC 3986 / WHATWG parsing: percent-escapes, IPv6
    /// literals, ports), after taking off the one extension this program adds after the port:
    /// `;STARTTLS`. The `url` crate's errors name what is wrong without repeating the input.
    pub fn parse(text: &str) -> Result<ServerUrl, String> {
        let lower = text.to_ascii_lowercase();
        let tls = if lower.starts_with("imaps://") {
            true
        } else if lower.starts_with("imap://") {
            false
        } else {
            return Err(format!("{} is not an imap:// or imaps:// URL", shown(text)));
        };
        let (text, starttls) = match lower.trim_end_matches('/').rfind(';') {
            Some(at) if lower[at + 1..].trim_end_matches('/') == "starttls" && !lower[at..].contains('@') => {
                (&text[..at], true)
            }
            _ => (text, false),
        };
        if tls && starttls {
            return Err("imaps:// is TLS already; ;STARTTLS goes with imap://".into());
        }
        let url = url::Url::parse(text).map_err(|e| format!("not a server URL: {e}"))?;
        if url.password().is_some() {
            return Err("a password does not belong in the URL: put it in IMAP_PASSWORD (or --password-env NAME), \
                        or answer the prompt"
                .into());
        }
        if !matches!(url.path(), "" | "/") {
            return Err("mailbox paths in the URL are not supported: use the select command".into());
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err("a server URL has no ?query or #fragment".into());
        }
        let (mut user, mut auth) = (None, None);
        if !url.username().is_empty() {
            // The parser keeps the user part %-escaped, with RFC 5092's `;` (before AUTH=) as
            // `%3B`: split there, then decode each piece.
            let userinfo = url.username().replace("%3b", "%3B");
            let mut parts = userinfo.split("%3B");
            let name = parts.next().unwrap_or_default();
            if !name.is_empty() {
                user = Some(percent_decode(name)?);
            }
            for param in parts {
                match percent_decode(param)?.split_once('=') {
                    Some((key, value)) if key.eq_ignore_ascii_case("AUTH") => {
                        if value != "*" {
                            auth = Some(value.to_ascii_uppercase());
                        }
                    }
                    _ => return Err("unknown URL parameter in the user part (only ;AUTH=MECH)".into()),
                }
            }
        }
        let host = match url.host() {
            Some(url::Host::Ipv6(address)) => address.to_string(),
            Some(host) => percent_decode(&host.to_string())?,
            None => String::new(),
        };
        if host.is_empty() {
            return Err(format!("{} has no host", shown(text)));
        }
        let port = match url.port() {
            Some(0) => return Err("the URL's port is not a number from 1 to 65535".into()),
            Some(port) => port,
            None if tls => 993,
            None => 143,
        };
        Ok(ServerUrl { tls, starttls, user, auth, host, port })
    }
}

/// A %-escaped URL part as UTF-8 text; a `%` without two hex digits is an error (the parser
/// lets it through).
fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let malformed = bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'%' && !bytes.get(i + 1..i + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)));
    if malformed {
        return Err("bad %-escape in the URL".into());
    }
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .map(|text| text.into_owned())
        .map_err(|_| "a %-escape in the URL does not decode to UTF-8".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let url = ServerUrl::parse("imaps://alice@localhost:21993").unwrap();
        assert_eq!(
            (url.tls, url.user.as_deref(), url.host.as_str(), url.port),
            (true, Some("alice"), "localhost", 21993)
        );
        let url = ServerUrl::parse("imap://bob%40example.org;AUTH=plain@mail.example.org;STARTTLS").unwrap();
        assert_eq!(url.user.as_deref(), Some("bob@example.org"));
        assert_eq!(url.auth.as_deref(), Some("PLAIN"));
        assert!(url.starttls && !url.tls);
        assert_eq!(url.port, 143);
        let url = ServerUrl::parse("imap://[::1]:1143/").unwrap();
        assert_eq!((url.host.as_str(), url.port, url.user), ("::1", 1143, None));
        assert_eq!(ServerUrl::parse("imaps://h").unwrap().port, 993);
        assert!(ServerUrl::parse("imap://a:pw@h").unwrap_err().contains("password"));
        assert!(ServerUrl::parse("http://h").is_err());
        assert!(ServerUrl::parse("imaps://h;STARTTLS").is_err());
    }

    #[test]
    fn errors_never_repeat_what_might_be_a_password() {
        for url in [
            "imap:/alice:PW-s3cret@host",
            "imap://alice@host:PW-s3cret",
            "http://alice:PW-s3cret@host",
            "imap://alice;PW-s3cret@host",
            "imap://alice@host/PW-s3cret",
            "imap://alice@[::1]PW-s3cret",
            "imap://al%ZZPW-s3cret@host",
            "PW-s3cret@host",
        ] {
            let error = ServerUrl::parse(url).unwrap_err();
            assert!(!error.contains("PW-s3cret"), "{url}: {error}");
        }
    }
}
