//! SASL mechanisms for AUTHENTICATE (RFC 3501 6.2.2, RFC 4959 SASL-IR): PLAIN, LOGIN,
//! CRAM-MD5, SCRAM-SHA-1 and SCRAM-SHA-256, XOAUTH2, OAUTHBEARER, and [`SaslCallback`] for any other mechanism (imaplib's
//! `authobject`). Each is an [`ExchangeHandler`]: base64 in, base64 out, responses redacted
//! in traces.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use md5::Md5;

use imapkit_core::encode::Request;
use imapkit_core::error::Error;
use imapkit_core::session::{ExchangeHandler, ExchangeReply, Session};

use crate::commands::{build, AuthenticateResponse};
use imapkit_core::types::Continuation;

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

    /// Asked after the server's tagged OK: whether the mechanism saw the exchange through.
    /// Mutual ones (SCRAM) say no when the server never proved it knows the password; the
    /// login is then an error. The default: yes.
    fn verify_success(&self) -> Result<(), String> {
        Ok(())
    }
}

/// Runs a [`Mechanism`] as an exchange handler: decodes challenges, encodes answers. Its
/// `Debug` shows the mechanism (itself redacted) and whether an initial response is pending,
/// never the response.
pub struct SaslExchange<M> {
    mechanism: M,
    pending_initial: Option<Vec<u8>>,
}

impl<M: std::fmt::Debug> std::fmt::Debug for SaslExchange<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SaslExchange")
            .field("mechanism", &self.mechanism)
            .field("pending_initial", &self.pending_initial.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl<M: Mechanism> SaslExchange<M> {
    /// Wraps `mechanism`. When `initial` is `Some`, it is sent at the first (empty) challenge
    /// instead of with the command (servers without SASL-IR).
    pub fn new(mechanism: M, initial: Option<Vec<u8>>) -> SaslExchange<M> {
        SaslExchange { mechanism, pending_initial: initial }
    }

    /// The mechanism (to ask it [`Mechanism::verify_success`] after the tagged OK).
    pub fn mechanism(&self) -> &M {
        &self.mechanism
    }
}

impl<M: Mechanism> SaslExchange<M> {
    /// Starts an exchange for `mechanism`: its initial response (if it has one) goes with the
    /// AUTHENTICATE command when the server has SASL-IR (RFC 4959; an empty one as `=`), and
    /// otherwise at the first challenge. Returns the argument to send with the command, if
    /// any, and the exchange handler. The one place that decides this, for the client and
    /// the `imap` program alike.
    pub fn start(mut mechanism: M, sasl_ir: bool) -> (Option<String>, SaslExchange<M>) {
        match mechanism.initial_response() {
            Some(initial) if sasl_ir => {
                let argument = if initial.is_empty() { "=".to_owned() } else { encode(&initial) };
                (Some(argument), SaslExchange::new(mechanism, None))
            }
            initial => (None, SaslExchange::new(mechanism, initial)),
        }
    }
}

/// What every client runs for AUTHENTICATE with a mechanism: the request (its initial
/// response with the command when `session`'s server has SASL-IR) and the exchange handler.
/// Run the request with the handler, then [`verify_server`].
pub fn authenticate_request<M: Mechanism>(
    session: &Session,
    mechanism: M,
) -> Result<(Request<AuthenticateResponse>, SaslExchange<M>), Error> {
    let name = mechanism.name().to_owned();
    let (with_command, exchange) = SaslExchange::start(mechanism, session.has_capability("SASL-IR"));
    Ok((build::authenticate(name.as_str(), with_command.as_deref())?, exchange))
}

/// After AUTHENTICATE's tagged OK: where the mechanism can check the server (SCRAM's server
/// signature) and it fails, the server may not be the one holding the password, so nothing
/// more goes over this connection (the session is marked broken).
pub fn verify_server<M: Mechanism>(session: &mut Session, exchange: &SaslExchange<M>) -> Result<(), Error> {
    exchange.mechanism().verify_success().map_err(|why| {
        session.mark_broken(why.clone());
        Error::Protocol(why)
    })
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

/// The hash of a [`Scram`] exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScramHash {
    /// SCRAM-SHA-1 (RFC 5802).
    Sha1,
    /// SCRAM-SHA-256 (RFC 7677), the one to prefer.
    Sha256,
}

impl ScramHash {
    fn hmac(self) -> ring::hmac::Algorithm {
        match self {
            ScramHash::Sha1 => ring::hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY,
            ScramHash::Sha256 => ring::hmac::HMAC_SHA256,
        }
    }

    fn pbkdf2(self) -> ring::pbkdf2::Algorithm {
        match self {
            ScramHash::Sha1 => ring::pbkdf2::PBKDF2_HMAC_SHA1,
            ScramHash::Sha256 => ring::pbkdf2::PBKDF2_HMAC_SHA256,
        }
    }

    fn digest(self) -> &'static ring::digest::Algorithm {
        match self {
            ScramHash::Sha1 => &ring::digest::SHA1_FOR_LEGACY_USE_ONLY,
            ScramHash::Sha256 => &ring::digest::SHA256,
        }
    }
}

/// Most PBKDF2 iterations a server may ask for: real ones use 4,096 to some 100,000; a
/// hostile one must not make the client spin for minutes.
const SCRAM_MAX_ITERATIONS: u32 = 1_000_000;

/// SCRAM-SHA-256 or SCRAM-SHA-1 (RFC 5802, RFC 7677): the password does not cross the wire,
/// and the server proves it knows it too. Its signature is checked before the login counts
/// ([`Mechanism::verify_success`]). User name and password go through SASLprep (RFC 4013).
///
/// With [`Scram::with_channel_binding`] it is SCRAM-SHA-256-PLUS (or -1-PLUS): the proof is
/// bound to this TLS connection (`tls-exporter`, RFC 9266), so a man in the middle who
/// terminates TLS with another certificate cannot relay it.
///
/// ```no_run
/// use imapkit::auth::Scram;
/// use imapkit::{Client, TlsOptions};
/// # fn demo() -> Result<(), imapkit::Error> {
/// let mut client = Client::connect_tls("imap.example.org", 993, TlsOptions::default())?;
/// let exporter = client.tls_info().and_then(|tls| tls.tls_exporter).expect("TLS 1.3");
/// client.authenticate_with(Scram::sha256("alice", "secret").with_channel_binding(exporter))?;
/// # Ok(()) }
/// ```
pub struct Scram {
    hash: ScramHash,
    user: String,
    password: String,
    nonce: String,
    /// The `tls-exporter` data, for the -PLUS mechanism.
    channel_binding: Option<Vec<u8>>,
    step: ScramStep,
}

enum ScramStep {
    Start,
    /// Client-first sent; its bare part, for the AuthMessage.
    SentFirst {
        bare: String,
    },
    /// Client-final sent; the key and message the server's signature must match.
    SentFinal {
        server_key: ring::hmac::Key,
        auth_message: String,
    },
    /// The server's signature matched.
    Verified,
    Failed,
}

impl Scram {
    /// SCRAM-SHA-256 for `user` with `password`.
    pub fn sha256(user: &str, password: &str) -> Scram {
        Scram::new(ScramHash::Sha256, user, password)
    }

    /// SCRAM-SHA-1 for `user` with `password` (where the server has no SCRAM-SHA-256).
    pub fn sha1(user: &str, password: &str) -> Scram {
        Scram::new(ScramHash::Sha1, user, password)
    }

    /// A SCRAM exchange with a fresh random client nonce (24 bytes from the system).
    pub fn new(hash: ScramHash, user: &str, password: &str) -> Scram {
        let mut random = [0u8; 24];
        // Without the system's random source there is no nonce: the exchange is cancelled.
        let nonce = match ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut random) {
            Ok(()) => STANDARD.encode(random),
            Err(_) => String::new(),
        };
        Scram::with_nonce(hash, user, password, &nonce)
    }

    fn with_nonce(hash: ScramHash, user: &str, password: &str, nonce: &str) -> Scram {
        Scram {
            hash,
            user: user.into(),
            password: password.into(),
            nonce: nonce.into(),
            channel_binding: None,
            step: ScramStep::Start,
        }
    }

    /// The -PLUS mechanism, bound to the TLS connection by its `tls-exporter` data
    /// ([`crate::TlsInfo::tls_exporter`], RFC 9266). An empty binding is refused: the
    /// exchange is cancelled rather than bound to nothing.
    pub fn with_channel_binding(mut self, tls_exporter: Vec<u8>) -> Scram {
        self.channel_binding = Some(tls_exporter);
        self
    }

    /// The GS2 header (RFC 5802 7): `p=tls-exporter,,` with channel binding, `n,,` without.
    fn gs2_header(&self) -> &'static str {
        if self.channel_binding.is_some() {
            "p=tls-exporter,,"
        } else {
            "n,,"
        }
    }

    fn server_first(&mut self, bare: &str, challenge: &[u8]) -> Option<Vec<u8>> {
        let server_first = std::str::from_utf8(challenge).ok()?;
        let (mut nonce, mut salt, mut iterations) = (None, None, None);
        for attribute in server_first.split(',') {
            match attribute.split_once('=')? {
                ("r", value) => nonce = Some(value),
                ("s", value) => salt = STANDARD.decode(value).ok(),
                ("i", value) => iterations = value.parse::<u32>().ok(),
                // A mandatory extension this client does not know.
                ("m", _) => return None,
                _ => {}
            }
        }
        let (nonce, salt) = (nonce?, salt?);
        let iterations = iterations.filter(|&i| (1..=SCRAM_MAX_ITERATIONS).contains(&i))?;
        // The server's nonce must extend ours (replay protection).
        if !nonce.starts_with(&self.nonce) || nonce.len() == self.nonce.len() {
            return None;
        }
        let password = stringprep::saslprep(&self.password).ok()?;
        let mut salted = vec![0u8; self.hash.digest().output_len()];
        ring::pbkdf2::derive(
            self.hash.pbkdf2(),
            std::num::NonZeroU32::new(iterations)?,
            &salt,
            password.as_bytes(),
            &mut salted,
        );
        let salted = ring::hmac::Key::new(self.hash.hmac(), &salted);
        let client_key = ring::hmac::sign(&salted, b"Client Key");
        let stored_key = ring::digest::digest(self.hash.digest(), client_key.as_ref());
        // c=: base64 of the GS2 header and the channel binding data (RFC 5802 7: `biws`,
        // "n,,", without one).
        let mut binding = self.gs2_header().as_bytes().to_vec();
        binding.extend(self.channel_binding.iter().flatten());
        let without_proof = format!("c={},r={nonce}", STANDARD.encode(binding));
        let auth_message = format!("{bare},{server_first},{without_proof}");
        let signature =
            ring::hmac::sign(&ring::hmac::Key::new(self.hash.hmac(), stored_key.as_ref()), auth_message.as_bytes());
        let proof: Vec<u8> = client_key.as_ref().iter().zip(signature.as_ref()).map(|(k, s)| k ^ s).collect();
        let server_key = ring::hmac::Key::new(self.hash.hmac(), ring::hmac::sign(&salted, b"Server Key").as_ref());
        self.step = ScramStep::SentFinal { server_key, auth_message };
        Some(format!("{without_proof},p={}", STANDARD.encode(proof)).into_bytes())
    }
}

impl std::fmt::Debug for Scram {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Scram {{ hash: {:?}, user: {:?}, password: ***, channel_binding: {} }}",
            self.hash,
            self.user,
            self.channel_binding.is_some()
        )
    }
}

impl Mechanism for Scram {
    fn name(&self) -> &str {
        match (self.hash, self.channel_binding.is_some()) {
            (ScramHash::Sha1, false) => "SCRAM-SHA-1",
            (ScramHash::Sha256, false) => "SCRAM-SHA-256",
            (ScramHash::Sha1, true) => "SCRAM-SHA-1-PLUS",
            (ScramHash::Sha256, true) => "SCRAM-SHA-256-PLUS",
        }
    }

    fn initial_response(&mut self) -> Option<Vec<u8>> {
        let bound = self.channel_binding.as_ref().is_none_or(|data| !data.is_empty());
        let user = stringprep::saslprep(&self.user).ok().filter(|_| !self.nonce.is_empty() && bound);
        let Some(user) = user else {
            // A name SASLprep refuses, or no nonce: the first challenge gets a cancel.
            self.step = ScramStep::Failed;
            return None;
        };
        // RFC 5802 5.1: "," and "=" in the name are escaped.
        let bare = format!("n={},r={}", user.replace('=', "=3D").replace(',', "=2C"), self.nonce);
        let first = format!("{}{bare}", self.gs2_header()).into_bytes();
        self.step = ScramStep::SentFirst { bare };
        Some(first)
    }

    fn respond(&mut self, challenge: &[u8]) -> Option<Vec<u8>> {
        match std::mem::replace(&mut self.step, ScramStep::Failed) {
            // No SASL-IR: the first challenge is empty.
            ScramStep::Start if challenge.is_empty() => self.initial_response(),
            ScramStep::SentFirst { bare } => self.server_first(&bare, challenge),
            ScramStep::SentFinal { server_key, auth_message } => {
                let text = std::str::from_utf8(challenge).ok()?;
                let signature = STANDARD.decode(text.strip_prefix("v=")?).ok()?;
                ring::hmac::verify(&server_key, auth_message.as_bytes(), &signature).ok()?;
                self.step = ScramStep::Verified;
                Some(Vec::new())
            }
            _ => None,
        }
    }

    fn verify_success(&self) -> Result<(), String> {
        match self.step {
            ScramStep::Verified => Ok(()),
            _ => Err(format!("{}: the server accepted the login without proving it knows the password", self.name())),
        }
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

    /// RFC 5802 section 5 (SCRAM-SHA-1) and RFC 7677 section 3 (SCRAM-SHA-256) examples.
    #[test]
    fn scram_rfc_examples() {
        let cases = [
            (
                ScramHash::Sha1,
                "fyko+d2lbbFgONRv9qkxdawL",
                "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
                "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
                "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
            ),
            (
                ScramHash::Sha256,
                "rOprNGfwEbeRWgbNEkqO",
                "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
                "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
                "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
            ),
        ];
        for (hash, nonce, server_first, client_final, server_final) in cases {
            let mut scram = Scram::with_nonce(hash, "user", "pencil", nonce);
            assert_eq!(scram.initial_response().unwrap(), format!("n,,n=user,r={nonce}").into_bytes());
            assert!(scram.verify_success().is_err(), "not before the server's signature");
            assert_eq!(String::from_utf8(scram.respond(server_first.as_bytes()).unwrap()).unwrap(), client_final);
            assert_eq!(scram.respond(server_final.as_bytes()).unwrap(), b"");
            assert!(scram.verify_success().is_ok(), "{hash:?}");
        }
    }

    #[test]
    fn scram_refuses_a_bad_server() {
        let first = "r=rOprNGfwEbeRWgbNEkqO%hvY,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        let start = || {
            let mut scram = Scram::with_nonce(ScramHash::Sha256, "user", "pencil", "rOprNGfwEbeRWgbNEkqO");
            scram.initial_response();
            scram
        };
        // A wrong server signature, a nonce that does not extend ours, absurd iterations, an
        // unknown mandatory extension: each cancels the exchange.
        let mut scram = start();
        assert!(scram.respond(first.as_bytes()).is_some());
        assert!(scram.respond(b"v=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").is_none());
        assert!(scram.verify_success().is_err());
        for bad in [
            "r=someone-else,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            "r=rOprNGfwEbeRWgbNEkqO,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            "r=rOprNGfwEbeRWgbNEkqOx,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4000000000",
            "m=ext,r=rOprNGfwEbeRWgbNEkqOx,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
        ] {
            assert!(start().respond(bad.as_bytes()).is_none(), "{bad}");
        }
        // Names are escaped and SASLprep'd; the password never shows in Debug.
        let mut odd = Scram::with_nonce(ScramHash::Sha256, "a,b=c", "secret", "n");
        assert_eq!(odd.initial_response().unwrap(), b"n,,n=a=2Cb=3Dc,r=n");
        assert!(!format!("{odd:?}").contains("secret"));
    }

    #[test]
    fn login_answers_prompts() {
        let mut login = Login::new("alice", "secret");
        assert_eq!(login.respond(b"Username:").unwrap(), b"alice");
        assert_eq!(login.respond(b"Password:").unwrap(), b"secret");
    }
}
