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

impl ServerUrl {
    /// Parses `text`.
    pub fn parse(text: &str) -> Result<ServerUrl, String> {
        let lower = text.to_ascii_lowercase();
        let (tls, rest) = if lower.starts_with("imaps://") {
            (true, &text[8..])
        } else if lower.starts_with("imap://") {
            (false, &text[7..])
        } else {
            return Err(format!("{text:?} is not an imap:// or imaps:// URL"));
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
                    _ => return Err(format!("unknown URL parameter {param:?} in the user part (only ;AUTH=MECH)")),
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
            return Err(format!("mailbox paths in the URL are not supported ({path:?}): use the select command"));
        }
        let default_port = if tls { 993 } else { 143 };
        let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
            let (host, after) = bracketed.split_once(']').ok_or("unclosed [ in the URL's host")?;
            let port = match after.strip_prefix(':') {
                Some(port) => parse_port(port)?,
                None if after.is_empty() => default_port,
                None => return Err(format!("unexpected {after:?} after the host")),
            };
            (host.to_owned(), port)
        } else {
            match authority.rsplit_once(':') {
                Some((host, port)) => (host.to_owned(), parse_port(port)?),
                None => (authority.to_owned(), default_port),
            }
        };
        if host.is_empty() {
            return Err(format!("{text:?} has no host"));
        }
        Ok(ServerUrl { tls, starttls, user, auth, host, port })
    }
}

fn parse_port(text: &str) -> Result<u16, String> {
    text.parse().ok().filter(|p| *p != 0).ok_or_else(|| format!("{text:?} is not a port"))
}

fn percent_decode(text: &str) -> Result<String, String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3).ok_or_else(|| format!("bad %-escape in {text:?}"))?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| format!("bad %-escape in {text:?}"))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| format!("{text:?} does not decode to UTF-8"))
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
}
