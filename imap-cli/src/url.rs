//! Server URLs: `imap://user@host:port[;STARTTLS]` and `imaps://user@host:port` (RFC 5092's
//! `imap://` with `;AUTH=MECH` in the user part, plus `imaps://` for implicit TLS).

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
    /// Parses `text`.
    pub fn parse(text: &str) -> Result<ServerUrl, String> {
        let lower = text.to_ascii_lowercase();
        let (tls, rest) = if lower.starts_with("imaps://") {
            (true, &text[8..])
        } else if lower.starts_with("imap://") {
            (false, &text[7..])
        } else {
            return Err(format!("{} is not an imap:// or imaps:// URL", shown(text)));
        };
        let (userinfo, hostpart) = match rest.rfind('@') {
            Some(at) => (Some(&rest[..at]), &rest[at + 1..]),
            None => (None, rest),
        };
        let mut user = None;
        let mut auth = None;
        if let Some(userinfo) = userinfo {
            let mut parts = userinfo.split(';');
            let name = parts.next().unwrap_or_default();
            if name.contains(':') {
                return Err(
                    "a password does not belong in the URL: put it in IMAP_PASSWORD (or --password-env NAME), \
                            or answer the prompt"
                        .into(),
                );
            }
            if !name.is_empty() {
                user = Some(percent_decode(name)?);
            }
            for param in parts {
                match param.split_once('=') {
                    Some((key, value)) if key.eq_ignore_ascii_case("AUTH") => {
                        if value != "*" {
                            auth = Some(percent_decode(value)?.to_ascii_uppercase());
                        }
                    }
                    _ => return Err("unknown URL parameter in the user part (only ;AUTH=MECH)".into()),
                }
            }
        }
        let mut params = hostpart.split(';');
        let authority = params.next().unwrap_or_default();
        let mut starttls = false;
        for param in params {
            let param = param.trim_end_matches('/');
            if param.eq_ignore_ascii_case("STARTTLS") {
                starttls = true;
            } else {
                return Err(format!("unknown URL parameter {param:?} (only ;STARTTLS)"));
            }
        }
        if tls && starttls {
            return Err("imaps:// is TLS already; ;STARTTLS goes with imap://".into());
        }
        let (authority, path) = authority.split_once('/').unwrap_or((authority, ""));
        if !path.is_empty() {
            return Err("mailbox paths in the URL are not supported: use the select command".into());
        }
        let default_port = if tls { 993 } else { 143 };
        let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
            let (host, after) = bracketed.split_once(']').ok_or("unclosed [ in the URL's host")?;
            let port = match after.strip_prefix(':') {
                Some(port) => parse_port(port)?,
                None if after.is_empty() => default_port,
                None => return Err("unexpected text after the URL's host".into()),
            };
            (host.to_owned(), port)
        } else {
            match authority.rsplit_once(':') {
                Some((host, port)) => (host.to_owned(), parse_port(port)?),
                None => (authority.to_owned(), default_port),
            }
        };
        if host.is_empty() {
            return Err(format!("{} has no host", shown(text)));
        }
        Ok(ServerUrl { tls, starttls, user, auth, host, port })
    }
}

fn parse_port(text: &str) -> Result<u16, String> {
    // Not echoed: a password typed where the port goes must not be printed.
    text.parse().ok().filter(|p| *p != 0).ok_or_else(|| "the URL's port is not a number from 1 to 65535".to_owned())
}

fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3).ok_or_else(|| "bad %-escape in the URL".to_owned())?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| "bad %-escape in the URL".to_owned())?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "a %-escape in the URL does not decode to UTF-8".to_owned())
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
