//! SASL mechanisms for AUTHENTICATE (RFC 3501 6.2.2, RFC 4959 SASL-IR): PLAIN, LOGIN,
//! CRAM-MD5, XOAUTH2, OAUTHBEARER, and [`SaslCallback`] for any other mechanism (imaplib's
//! `authobject`). Each is an [`ExchangeHandler`]: base64 in, base64 out, responses redacted
//! in traces.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use md5::Md5;

use imap_core::error::Error;
use imap_core::session::{ExchangeHandler, ExchangeReply};
use imap_core::types::Continuation;

/// A SASL mechanism: its name, an optional initial response (sent with SASL-IR when the
/// server advertises it) and the answers to the server's challenges (raw bytes; base64 is
/// done by the caller).
pub trait Mechanism {
    /// The mechanism name (`PLAIN`).
    fn name(&self) -> &str;

    /// The client-first message, if the mechanism has one.
    fn initial_response(&mut self) -> Option<Vec<u8>> {
        None
    }

    /// The answer to a decoded challenge; `None` cancels the exchange (`*`).
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>>;
}

/// Runs a [`Mechanism`] as an exchange handler: decodes challenges, encodes answers.
#[derive(Debug)]
pub struct SaslExchange<M> {
    mechanism: M,
    pending_initial: Option<Vec<u8>>,
}

impl<M: Mechanism> SaslExchange<M> {
    /// Wraps `mechanism`. When `initial` is `Some`, it is sent at the first (empty) challenge
    /// instead of with the command (servers without SASL-IR).
    pub fn new(mechanism: M, initial: Option<Vec<u8>>) -> SaslExchange<M> {
        SaslExchange { mechanism, pending_initial: initial }
    }
}

/// Base64 for SASL: an empty message is `=` (RFC 4959) only in the initial response; on a
/// continuation line it is an empty line.
pub fn encode(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

impl<M: Mechanism> ExchangeHandler for SaslExchange<M> {
    fn continuation(&mut self, request: &Continuation) -> Result<ExchangeReply, Error> {
        if let Some(initial) = self.pending_initial.take() {
            return Ok(ExchangeReply::Send { line: encode(&initial).into_bytes(), secret: true });
        }
        let text = String::from_utf8_lossy(&request.raw);
        let challenge = match STANDARD.decode(text.trim()) {
            Ok(bytes) => bytes,
            Err(_) => return Ok(ExchangeReply::Cancel),
        };
        Ok(match self.mechanism.respond(&challenge) {
            Some(answer) => ExchangeReply::Send { line: encode(&answer).into_bytes(), secret: true },
            None => ExchangeReply::Cancel,
        })
    }
}

/// PLAIN (RFC 4616): `authzid NUL user NUL password`.
#[derive(Clone)]
pub struct Plain {
    /// Authorization identity: act as this user (empty: as `user`).
    pub authzid: String,
    /// Authentication identity.
    pub user: String,
    /// Password.
    pub password: String,
}

impl Plain {
    /// PLAIN for `user` with `password`.
    pub fn new(user: &str, password: &str) -> Plain {
        Plain { authzid: String::new(), user: user.into(), password: password.into() }
    }

    fn message(&self) -> Vec<u8> {
        [self.authzid.as_bytes(), b"\0", self.user.as_bytes(), b"\0", self.password.as_bytes()].concat()
    }
}

impl std::fmt::Debug for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Plain {{ authzid: {:?}, user: {:?}, password: *** }}", self.authzid, self.user)
    }
}

impl Mechanism for Plain {
    fn name(&self) -> &str {
        "PLAIN"
    }
    fn initial_response(&mut self) -> Option<Vec<u8>> {
        Some(self.message())
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        // Only an empty challenge is expected; anything else is answered the same way.
        let _ = challenge;
        Some(self.message())
    }
}

/// LOGIN (draft-murchison-sasl-login): user name, then password, each on request.
#[derive(Clone)]
pub struct Login {
    user: String,
    password: String,
    step: u8,
}

impl Login {
    /// LOGIN for `user` with `password`.
    pub fn new(user: &str, password: &str) -> Login {
        Login { user: user.into(), password: password.into(), step: 0 }
    }
}

impl std::fmt::Debug for Login {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Login {{ user: {:?}, password: *** }}", self.user)
    }
}

impl Mechanism for Login {
    fn name(&self) -> &str {
        "LOGIN"
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        self.step += 1;
        let prompt = String::from_utf8_lossy(challenge).to_ascii_lowercase();
        if prompt.starts_with("user") || (self.step == 1 && !prompt.starts_with("pass")) {
            Some(self.user.clone().into_bytes())
        } else if self.step <= 3 {
            Some(self.password.clone().into_bytes())
        } else {
            None
        }
    }
}

/// CRAM-MD5 (RFC 2195): `user SP hex(HMAC-MD5(password, challenge))` (imaplib's
/// `login_cram_md5`).
#[derive(Clone)]
pub struct CramMd5 {
    user: String,
    password: String,
}

impl CramMd5 {
    /// CRAM-MD5 for `user` with `password`.
    pub fn new(user: &str, password: &str) -> CramMd5 {
        CramMd5 { user: user.into(), password: password.into() }
    }
}

impl std::fmt::Debug for CramMd5 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CramMd5 {{ user: {:?}, password: *** }}", self.user)
    }
}

/// `hex(HMAC-MD5(key, message))`.
pub fn hmac_md5_hex(key: &[u8], message: &[u8]) -> String {
    let mut mac = <Hmac<Md5> as Mac>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(message);
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

impl Mechanism for CramMd5 {
    fn name(&self) -> &str {
        "CRAM-MD5"
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        Some(format!("{} {}", self.user, hmac_md5_hex(self.password.as_bytes(), challenge)).into_bytes())
    }
}

/// XOAUTH2 (Google, Microsoft): `user=U ^A auth=Bearer T ^A ^A`. On failure the server sends
/// a JSON error as a challenge, answered with an empty line so it can send its NO.
#[derive(Clone)]
pub struct XOAuth2 {
    user: String,
    token: String,
}

impl XOAuth2 {
    /// XOAUTH2 for `user` with an OAuth 2.0 access token.
    pub fn new(user: &str, token: &str) -> XOAuth2 {
        XOAuth2 { user: user.into(), token: token.into() }
    }
}

impl std::fmt::Debug for XOAuth2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "XOAuth2 {{ user: {:?}, token: *** }}", self.user)
    }
}

impl Mechanism for XOAuth2 {
    fn name(&self) -> &str {
        "XOAUTH2"
    }
    fn initial_response(&mut self) -> Option<Vec<u8>> {
        Some(format!("user={}\x01auth=Bearer {}\x01\x01", self.user, self.token).into_bytes())
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        if challenge.is_empty() {
            self.initial_response()
        } else {
            Some(Vec::new())
        }
    }
}

/// OAUTHBEARER (RFC 7628): GS2 header, host, port and bearer token.
#[derive(Clone)]
pub struct OAuthBearer {
    user: String,
    host: String,
    port: u16,
    token: String,
}

impl OAuthBearer {
    /// OAUTHBEARER for `user` at `host:port` with an OAuth 2.0 bearer token.
    pub fn new(user: &str, host: &str, port: u16, token: &str) -> OAuthBearer {
        OAuthBearer { user: user.into(), host: host.into(), port, token: token.into() }
    }
}

impl std::fmt::Debug for OAuthBearer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "OAuthBearer {{ user: {:?}, host: {:?}, port: {}, token: *** }}", self.user, self.host, self.port)
    }
}

impl Mechanism for OAuthBearer {
    fn name(&self) -> &str {
        "OAUTHBEARER"
    }
    fn initial_response(&mut self) -> Option<Vec<u8>> {
        // RFC 7628 3.1: commas and equals signs in the authzid are escaped.
        let user = self.user.replace('=', "=3D").replace(',', "=2C");
        Some(
            format!("n,a={user},\x01host={}\x01port={}\x01auth=Bearer {}\x01\x01", self.host, self.port, self.token)
                .into_bytes(),
        )
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        if challenge.is_empty() {
            self.initial_response()
        } else {
            // RFC 7628 3.2.3: an error challenge is answered with %x01.
            Some(vec![0x01])
        }
    }
}

/// Any mechanism through a function, as imaplib's `authobject`: it gets each decoded
/// challenge and returns the response to encode, or `None` to cancel.
pub struct SaslCallback<F> {
    name: String,
    callback: F,
}

impl<F: FnMut(&[u8]) -> Option<Vec<u8>>> SaslCallback<F> {
    /// A mechanism called `name` answered by `callback`.
    pub fn new(name: &str, callback: F) -> SaslCallback<F> {
        SaslCallback { name: name.to_owned(), callback }
    }
}

impl<F> std::fmt::Debug for SaslCallback<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SaslCallback({:?})", self.name)
    }
}

impl<F: FnMut(&[u8]) -> Option<Vec<u8>>> Mechanism for SaslCallback<F> {
    fn name(&self) -> &str {
        &self.name
    }
    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        (self.callback)(challenge)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cram_md5_rfc2195_example() {
        let mut mechanism = CramMd5::new("tim", "tanstaaftanstaaf");
        let answer = mechanism.respond(b"<1896.697170952@postoffice.reston.mci.net>").unwrap();
        assert_eq!(answer, b"tim b913a602c7eda7a495b4e6e7334d3890");
    }

    #[test]
    fn plain_and_oauth_messages() {
        let mut plain = Plain { authzid: "admin".into(), ..Plain::new("alice", "pw") };
        assert_eq!(plain.initial_response().unwrap(), b"admin\0alice\0pw");
        let mut bearer = OAuthBearer::new("u,=x", "h", 993, "t");
        assert_eq!(bearer.initial_response().unwrap(), b"n,a=u=2C=3Dx,\x01host=h\x01port=993\x01auth=Bearer t\x01\x01");
        let mut xoauth = XOAuth2::new("u@x", "tok");
        assert_eq!(xoauth.respond(b"{\"status\":\"400\"}").unwrap(), b"");
        assert!(!format!("{plain:?}{xoauth:?}").contains("pw") || !format!("{xoauth:?}").contains("tok"));
    }

    #[test]
    fn login_answers_prompts() {
        let mut login = Login::new("alice", "secret");
        assert_eq!(login.respond(b"Username:").unwrap(), b"alice");
        assert_eq!(login.respond(b"Password:").unwrap(), b"secret");
    }
}
