//! Connecting through a SOCKS5 proxy (RFC 1928, with RFC 1929 user name and password), e.g.
//! Tor at `127.0.0.1:9050`. The target's host name goes to the proxy as a name, so the proxy
//! resolves it (what Tor needs; no DNS query leaves the machine).
//!
//! The negotiation is written once, without I/O, and driven by both clients under the
//! connection's own timeouts. (`tokio-socks` is async only; the one blocking crate, `socks`,
//! has not been released since 2022 and cannot apply a deadline or use a socket connected
//! under one, so neither could serve both pumps.)

use std::fmt;
use std::io;
use std::net::IpAddr;

/// A SOCKS5 proxy to connect through ([`crate::ConnectOptions::proxy`]).
///
/// ```no_run
/// use imapkit::{Client, ConnectOptions, Socks5Proxy, TlsOptions};
///
/// // Through Tor: the proxy resolves the name.
/// let mut options = ConnectOptions::new("imap.example.com", imapkit::TLS_PORT);
/// options.proxy = Some(Socks5Proxy::new("127.0.0.1:9050"));
/// let client = Client::connect_with(&options, Some(TlsOptions::default()))?;
/// # drop(client);
/// # Ok::<(), imapkit::Error>(())
/// ```
#[derive(Clone)]
pub struct Socks5Proxy {
    /// The proxy's `host:port` (resolved here, unlike the target).
    pub address: String,
    /// User name and password for the proxy (RFC 1929), each 1 to 255 bytes.
    pub credentials: Option<(String, String)>,
}

impl Socks5Proxy {
    /// A proxy at `address` (`host:port`) that wants no authentication.
    pub fn new(address: impl Into<String>) -> Socks5Proxy {
        Socks5Proxy { address: address.into(), credentials: None }
    }

    /// The same proxy, authenticating with a user name and password (RFC 1929).
    pub fn with_credentials(mut self, user: impl Into<String>, password: impl Into<String>) -> Socks5Proxy {
        self.credentials = Some((user.into(), password.into()));
        self
    }
}

/// The password never shows.
impl fmt::Debug for Socks5Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Socks5Proxy")
            .field("address", &self.address)
            .field("user", &self.credentials.as_ref().map(|(user, _)| user))
            .finish_non_exhaustive()
    }
}

/// What the negotiation needs next.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Next {
    /// Write these bytes.
    Write(Vec<u8>),
    /// Read exactly this many bytes and pass them to [`Negotiation::step`].
    Read(usize),
    /// The proxy connected to the target: the stream is now the target's.
    Done,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Greet,
    Method,
    Authenticate,
    AuthReply,
    Request,
    ReplyHead,
    ReplyRest,
    Connected,
}

/// One SOCKS5 negotiation for one target: its messages, and checks of the proxy's answers.
pub(crate) struct Negotiation<'a> {
    proxy: &'a Socks5Proxy,
    host: &'a str,
    port: u16,
    stage: Stage,
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

fn refused(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::ConnectionRefused, message)
}

impl<'a> Negotiation<'a> {
    pub(crate) fn new(proxy: &'a Socks5Proxy, host: &'a str, port: u16) -> Negotiation<'a> {
        Negotiation { proxy, host, port, stage: Stage::Greet }
    }

    /// Advances with the bytes the last [`Next::Read`] asked for (nothing before the first
    /// step or after a write).
    pub(crate) fn step(&mut self, input: &[u8]) -> io::Result<Next> {
        match self.stage {
            Stage::Greet => {
                self.stage = Stage::Method;
                // Version 5; "no authentication", and "user name and password" when we have one.
                Ok(Next::Write(if self.proxy.credentials.is_some() { vec![5, 2, 0, 2] } else { vec![5, 1, 0] }))
            }
            Stage::Method => {
                self.stage = Stage::Authenticate;
                Ok(Next::Read(2))
            }
            Stage::Authenticate => {
                let [version, method] = input else { return Err(invalid("short SOCKS5 method reply".into())) };
                if *version != 5 {
                    return Err(invalid(format!("{} is not a SOCKS5 proxy (version {version})", self.proxy.address)));
                }
                match (method, &self.proxy.credentials) {
                    (0, _) => {
                        self.stage = Stage::ReplyHead;
                        Ok(Next::Write(self.request()?))
                    }
                    (2, Some((user, password))) => {
                        self.stage = Stage::AuthReply;
                        let (user, password) = (user.as_bytes(), password.as_bytes());
                        let fits = |field: &[u8]| !field.is_empty() && field.len() <= 255;
                        if !fits(user) || !fits(password) {
                            return Err(invalid("SOCKS5 user name and password must be 1 to 255 bytes each".into()));
                        }
                        let mut message = vec![1, user.len() as u8];
                        message.extend_from_slice(user);
                        message.push(password.len() as u8);
                        message.extend_from_slice(password);
                        Ok(Next::Write(message))
                    }
                    // RFC 1928 3: 0xFF is "none of the offered methods"; when only "no
                    // authentication" was offered, the proxy wants credentials.
                    (2 | 0xff, None) => {
                        Err(refused(format!("the SOCKS5 proxy {} wants a user name and password", self.proxy.address)))
                    }
                    _ => Err(refused(format!(
                        "the SOCKS5 proxy {} accepts none of the offered authentication methods (it answered {method:#04x})",
                        self.proxy.address
                    ))),
                }
            }
            Stage::AuthReply => {
                self.stage = Stage::Request;
                Ok(Next::Read(2))
            }
            Stage::Request => match input {
                [1, 0] => {
                    self.stage = Stage::ReplyHead;
                    Ok(Next::Write(self.request()?))
                }
                _ => Err(refused(format!("the SOCKS5 proxy {} refused the user name or password", self.proxy.address))),
            },
            Stage::ReplyHead => {
                self.stage = Stage::ReplyRest;
                // VER REP RSV ATYP, and the first byte of the bound address.
                Ok(Next::Read(5))
            }
            Stage::ReplyRest => {
                let [version, reply, _, kind, first] = input else {
                    return Err(invalid("short SOCKS5 reply".into()));
                };
                if *version != 5 {
                    return Err(invalid(format!("bad SOCKS5 reply from {}", self.proxy.address)));
                }
                if *reply != 0 {
                    return Err(refused(format!(
                        "the SOCKS5 proxy {} could not connect to {}:{}: {}",
                        self.proxy.address,
                        self.host,
                        self.port,
                        reply_text(*reply)
                    )));
                }
                // The rest of BND.ADDR and BND.PORT, which we do not need but must consume.
                let rest = match kind {
                    1 => 3 + 2,
                    3 => usize::from(*first) + 2,
                    4 => 15 + 2,
                    _ => return Err(invalid(format!("bad SOCKS5 address type {kind}"))),
                };
                self.stage = Stage::Connected;
                Ok(Next::Read(rest))
            }
            Stage::Connected => Ok(Next::Done),
        }
    }

    /// CONNECT to the target: an address as itself, a name as a name (the proxy resolves it).
    fn request(&self) -> io::Result<Vec<u8>> {
        let mut message = vec![5, 1, 0];
        match self.host.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
            Ok(IpAddr::V4(address)) => {
                message.push(1);
                message.extend_from_slice(&address.octets());
            }
            Ok(IpAddr::V6(address)) => {
                message.push(4);
                message.extend_from_slice(&address.octets());
            }
            Err(_) => {
                let name = self.host.as_bytes();
                if name.is_empty() || name.len() > 255 {
                    return Err(invalid(format!(
                        "host name {:?} cannot go through SOCKS5 (1 to 255 bytes)",
                        self.host
                    )));
                }
                message.push(3);
                message.push(name.len() as u8);
                message.extend_from_slice(name);
            }
        }
        message.extend_from_slice(&self.port.to_be_bytes());
        Ok(message)
    }
}

/// RFC 1928 section 6's reply field.
fn reply_text(reply: u8) -> &'static str {
    match reply {
        1 => "general SOCKS server failure",
        2 => "connection not allowed by ruleset",
        3 => "network unreachable",
        4 => "host unreachable",
        5 => "connection refused",
        6 => "TTL expired",
        7 => "command not supported",
        8 => "address type not supported",
        _ => "unknown error",
    }
}

/// Runs the negotiation over a blocking stream (whose timeouts bound each read and write).
pub(crate) fn negotiate(
    stream: &mut (impl io::Read + io::Write),
    proxy: &Socks5Proxy,
    host: &str,
    port: u16,
) -> io::Result<()> {
    let mut negotiation = Negotiation::new(proxy, host, port);
    let mut input = Vec::new();
    loop {
        match negotiation.step(&input)? {
            Next::Write(bytes) => {
                stream.write_all(&bytes)?;
                stream.flush()?;
                input.clear();
            }
            Next::Read(n) => {
                input = vec![0; n];
                stream.read_exact(&mut input)?;
            }
            Next::Done => return Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs a negotiation against scripted proxy answers; returns what the client wrote.
    fn run(proxy: &Socks5Proxy, host: &str, answers: &[&[u8]]) -> io::Result<Vec<Vec<u8>>> {
        let mut negotiation = Negotiation::new(proxy, host, 993);
        let (mut written, mut answers, mut input) = (Vec::new(), answers.iter(), Vec::new());
        loop {
            match negotiation.step(&input)? {
                Next::Write(bytes) => {
                    written.push(bytes);
                    input.clear();
                }
                Next::Read(n) => {
                    let answer = answers.next().expect("a scripted answer");
                    assert_eq!(answer.len(), n, "read size");
                    input = answer.to_vec();
                }
                Next::Done => return Ok(written),
            }
        }
    }

    #[test]
    fn a_name_goes_to_the_proxy_unresolved() {
        let proxy = Socks5Proxy::new("127.0.0.1:9050");
        let written = run(&proxy, "imap.example.com", &[&[5, 0], &[5, 0, 0, 1, 127], &[0, 0, 1, 0x1f, 0x90]]).unwrap();
        assert_eq!(written[0], [5, 1, 0]);
        let mut request = vec![5, 1, 0, 3, 16];
        request.extend_from_slice(b"imap.example.com");
        request.extend_from_slice(&993u16.to_be_bytes());
        assert_eq!(written[1], request);
    }

    #[test]
    fn credentials_and_addresses() {
        let proxy = Socks5Proxy::new("p:1080").with_credentials("user", "pw");
        let written =
            run(&proxy, "[::1]", &[&[5, 2], &[1, 0], &[5, 0, 0, 3, 4], &[b'h', b'o', b's', b't', 0, 25]]).unwrap();
        assert_eq!(written[0], [5, 2, 0, 2]);
        assert_eq!(written[1], [1, 4, b'u', b's', b'e', b'r', 2, b'p', b'w']);
        assert_eq!(written[2][..4], [5, 1, 0, 4]);
        assert_eq!(written[2].len(), 4 + 16 + 2);
        let refused = run(&proxy, "h", &[&[5, 2], &[1, 1]]).unwrap_err();
        assert!(refused.to_string().contains("refused the user name or password"), "{refused}");
        assert!(!refused.to_string().contains("pw"));
    }

    #[test]
    fn failures_are_named() {
        let open = Socks5Proxy::new("p:1080");
        for method in [2, 0xff] {
            let error = run(&open, "h", &[&[5, method]]).unwrap_err();
            assert!(error.to_string().contains("wants a user name and password"), "{error}");
        }
        let with = Socks5Proxy::new("p:1080").with_credentials("u", "p");
        let error = run(&with, "h", &[&[5, 0xff]]).unwrap_err();
        assert!(error.to_string().contains("accepts none of the offered"), "{error}");
        let error = run(&open, "h", &[&[5, 0], &[5, 5, 0, 1, 0]]).unwrap_err();
        assert!(error.to_string().contains("connection refused"), "{error}");
        let error = run(&open, "h", &[&[4, 0]]).unwrap_err();
        assert!(error.to_string().contains("is not a SOCKS5 proxy"), "{error}");
        let error = run(&open, &"x".repeat(256), &[&[5, 0]]).unwrap_err();
        assert!(error.to_string().contains("1 to 255 bytes"), "{error}");
        assert!(!format!("{:?}", open.with_credentials("u", "secret-pw")).contains("secret-pw"));
    }
}
