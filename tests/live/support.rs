//! What every live test needs: the servers named by the `IMAP_TEST_*` variables, a client
//! over each transport, the test users, unique mailbox names, cleanup, and test messages.
//!
//! The servers are the ones `scripts/servers` runs (Dovecot and Cyrus on loopback); any
//! server set up the same way works (see `scripts/dovecot.sh` and `scripts/cyrus.sh`).

use std::collections::HashMap;
use std::io::Write as _;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use imapkit::command::State;
use imapkit::{Client, Commands, ConnectOptions, Error, TlsOptions};

/// The async client, as the live tests use it.
pub type AsyncClient = imapkit::tokio::Client;

/// Which of the two test servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Dovecot 2.3: separator `/`, personal mailboxes at the top level.
    Dovecot,
    /// Cyrus IMAP 3.6: separator `.`, personal mailboxes under `INBOX.`.
    Cyrus,
}

impl Kind {
    /// Both, in the order the matrix shows them.
    pub const ALL: [Kind; 2] = [Kind::Dovecot, Kind::Cyrus];

    /// `Dovecot` / `Cyrus`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Dovecot => "Dovecot",
            Kind::Cyrus => "Cyrus",
        }
    }

    fn variable(self, suffix: &str) -> String {
        let server = match self {
            Kind::Dovecot => "DOVECOT",
            Kind::Cyrus => "CYRUS",
        };
        format!("IMAP_TEST_{server}_{suffix}")
    }
}

/// How a client reaches the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Via {
    /// Plain TCP (LOGIN is allowed: the server is on loopback).
    Plain,
    /// Plain TCP upgraded with STARTTLS (`Client::connect_starttls`).
    StartTls,
    /// Implicit TLS (`Client::connect_tls`), certificate verified against the server's CA.
    Tls,
    /// A child process speaking IMAP on stdin/stdout (`Client::spawn`); Dovecot only,
    /// pre-authenticated as alice.
    Stream,
}

impl Via {
    /// Every transport.
    pub const ALL: [Via; 4] = [Via::Plain, Via::StartTls, Via::Tls, Via::Stream];

    /// The name used in test output and in `docs/conformance.md`.
    pub fn name(self) -> &'static str {
        match self {
            Via::Plain => "plain",
            Via::StartTls => "STARTTLS",
            Via::Tls => "TLS",
            Via::Stream => "stream",
        }
    }
}

/// A test user (the same on both servers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct User {
    /// Login name.
    pub name: &'static str,
    /// Password (UTF-8).
    pub password: &'static str,
}

/// An ordinary user; the stream transport is pre-authenticated as alice.
pub const ALICE: User = User { name: "alice", password: "alice-pw" };
/// The other ordinary user (ACL tests).
pub const BOB: User = User { name: "bob", password: "bob-pw" };
/// Cyrus admin, Dovecot master user.
pub const ADMIN: User = User { name: "admin", password: "admin-pw" };
/// A password with a space, double quotes and a backslash: a quoted string on the wire.
pub const QUOTED: User = User { name: "quoted", password: r#"p@ss "word"\x"# };
/// The same plus a UTF-8 `ö`: a literal on the wire.
pub const TRICKY: User = User { name: "tricky", password: r#"p@ss "wörd"\x"# };

/// The shared start of every mailbox name the live tests create; the sweep deletes names that
/// start with it and belong to a process that is gone.
pub const NAME_PREFIX: &str = "imap-rs-live-";

/// How long a read may wait before a test fails instead of hanging.
const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// One server, as the environment describes it.
#[derive(Debug, Clone)]
pub struct Server {
    /// Which one.
    pub kind: Kind,
    /// Host name or address.
    pub host: String,
    /// Plain and STARTTLS port.
    pub port: u16,
    /// Implicit TLS port.
    pub tls_port: u16,
    /// The PEM file of the CA that signed the server's certificate.
    pub ca: PathBuf,
    /// The stream transport's command line (Dovecot only).
    pub stream_cmd: Option<String>,
    /// An OAuth 2.0 bearer token for alice that the server accepts (Dovecot only).
    pub oauth_token: Option<String>,
}

/// Whether a missing server is a failure: `IMAP_TEST_REQUIRE` or `CI` set to anything but
/// empty, `0`, `false` or `no`.
pub fn required() -> bool {
    ["IMAP_TEST_REQUIRE", "CI"].iter().any(|name| {
        std::env::var(name).is_ok_and(|v| !matches!(v.trim().to_ascii_lowercase().as_str(), "" | "0" | "false" | "no"))
    })
}

impl Server {
    /// Reads `IMAP_TEST_<KIND>_*`: `Ok(None)` when the host is not set, an error when it is
    /// set but the rest is missing or malformed.
    fn from_env(kind: Kind) -> Result<Option<Server>, String> {
        let get = |suffix: &str| std::env::var(kind.variable(suffix)).ok().filter(|v| !v.trim().is_empty());
        let Some(host) = get("HOST") else { return Ok(None) };
        let number = |suffix: &str| -> Result<u16, String> {
            let name = kind.variable(suffix);
            let value = get(suffix).ok_or_else(|| format!("{} is set but {name} is not", kind.variable("HOST")))?;
            value.trim().parse().map_err(|_| format!("{name}={value:?} is not a port number"))
        };
        let ca =
            get("CA").ok_or_else(|| format!("{} is set but {} is not", kind.variable("HOST"), kind.variable("CA")))?;
        Ok(Some(Server {
            kind,
            host,
            port: number("PORT")?,
            tls_port: number("TLS_PORT")?,
            ca: PathBuf::from(ca),
            stream_cmd: get("STREAM_CMD"),
            oauth_token: get("OAUTH_TOKEN"),
        }))
    }

    /// The server of `kind`, or `None` (after one "skipped" line on stderr) when the
    /// environment names none. Panics with the reason when one is required (`CI`,
    /// `IMAP_TEST_REQUIRE`) or the variables are malformed.
    pub fn get(kind: Kind) -> Option<&'static Server> {
        static SERVERS: OnceLock<HashMap<Kind, Result<Option<Server>, String>>> = OnceLock::new();
        let servers = SERVERS.get_or_init(|| Kind::ALL.iter().map(|&k| (k, Server::from_env(k))).collect());
        match &servers[&kind] {
            Ok(Some(server)) => {
                sweep_once(server);
                Some(server)
            }
            Ok(None) if required() => panic!(
                "{} is not set, but IMAP_TEST_REQUIRE or CI is: the live tests need a running {} server. \
                 Run scripts/test (starts Dovecot and Cyrus), or scripts/servers start and then \
                 `set -a; eval \"$(scripts/servers env)\"; set +a`",
                kind.variable("HOST"),
                kind.name()
            ),
            Ok(None) => {
                skipped(&format!("no {} server (run scripts/test or set {} ...)", kind.name(), kind.variable("HOST")));
                None
            }
            Err(problem) => panic!("live tests: {problem}"),
        }
    }

    /// The stream command, or `None` (skipped, or a panic when servers are required).
    pub fn stream_cmd(&self) -> Option<&str> {
        match &self.stream_cmd {
            Some(cmd) => Some(cmd),
            None if required() => panic!(
                "{} is not set, but IMAP_TEST_REQUIRE or CI is (see scripts/dovecot.sh env)",
                self.kind.variable("STREAM_CMD")
            ),
            None => {
                skipped(&format!("no stream command (set {})", self.kind.variable("STREAM_CMD")));
                None
            }
        }
    }

    /// The transports this server offers: Dovecot has the stream transport too (when its
    /// command is set).
    pub fn transports(&self) -> Vec<Via> {
        Via::ALL.into_iter().filter(|&via| via != Via::Stream || self.stream_cmd.is_some()).collect()
    }

    /// A client over `via`, greeting read, nothing else done.
    pub fn try_connect(&self, via: Via) -> Result<Client, Error> {
        let tls = || TlsOptions::with_ca_file(&self.ca);
        let client = match via {
            Via::Plain => Client::connect(&self.host, self.port)?,
            Via::StartTls => Client::connect_starttls(&self.host, self.port, tls())?,
            Via::Tls => Client::connect_tls(&self.host, self.tls_port, tls())?,
            Via::Stream => {
                let cmd = self.stream_cmd.as_deref().ok_or_else(|| Error::Refused("no stream command".into()))?;
                // Dovecot's imap logs every disconnect on stderr; keep the test output readable.
                Client::spawn(&format!("{cmd} 2>/dev/null"))?
            }
        };
        if let Some(socket) = client.stream().socket() {
            socket.set_read_timeout(Some(READ_TIMEOUT))?;
        }
        Ok(client)
    }

    /// [`Server::try_connect`], panicking with the server and transport on failure.
    pub fn connect(&self, via: Via) -> Client {
        self.try_connect(via).unwrap_or_else(|e| {
            let hint = match via {
                Via::Stream => " (run the command of IMAP_TEST_DOVECOT_STREAM_CMD by hand to see why)",
                _ => "",
            };
            panic!("{} over {}: connecting failed: {e}{hint}", self.kind.name(), via.name())
        })
    }

    /// A client logged in as `user` over `via` (LOGIN; the stream transport is already
    /// alice's), with current capabilities.
    pub fn login(&self, via: Via, user: User) -> Client {
        let mut client = self.connect(via);
        if via == Via::Stream {
            assert_eq!(user, ALICE, "the stream transport is pre-authenticated as alice");
            assert_eq!(client.session().state(), State::Authenticated, "the stream transport greets with PREAUTH");
        } else {
            client.login(user.name, user.password).unwrap_or_else(|e| {
                panic!("{} over {}: LOGIN {} failed: {e}", self.kind.name(), via.name(), user.name)
            });
        }
        client.capabilities().unwrap_or_else(|e| panic!("{}: CAPABILITY failed: {e}", self.kind.name()));
        client
    }

    /// The async client over `via`, greeting read, nothing else done.
    pub async fn try_connect_async(&self, via: Via) -> Result<AsyncClient, Error> {
        let tls = || TlsOptions::with_ca_file(&self.ca);
        let options = ConnectOptions { read_timeout: Some(READ_TIMEOUT), ..ConnectOptions::new(&self.host, self.port) };
        match via {
            Via::Plain => AsyncClient::connect_with(&options, None).await,
            Via::StartTls => {
                let mut client = AsyncClient::connect_with(&options, None).await?;
                client.set_tls_options(tls());
                imapkit::AsyncCommands::starttls(&mut client).await?;
                Ok(client)
            }
            Via::Tls => {
                AsyncClient::connect_with(&ConnectOptions { port: self.tls_port, ..options }, Some(tls())).await
            }
            Via::Stream => {
                let cmd = self.stream_cmd.as_deref().ok_or_else(|| Error::Refused("no stream command".into()))?;
                AsyncClient::spawn(&format!("{cmd} 2>/dev/null")).await
            }
        }
    }

    /// [`Server::try_connect_async`], panicking with the server and transport on failure.
    pub async fn connect_async(&self, via: Via) -> AsyncClient {
        self.try_connect_async(via)
            .await
            .unwrap_or_else(|e| panic!("{} over {} (async): connecting failed: {e}", self.kind.name(), via.name()))
    }

    /// [`Server::login`] with the async client.
    pub async fn login_async(&self, via: Via, user: User) -> AsyncClient {
        let mut client = self.connect_async(via).await;
        if via == Via::Stream {
            assert_eq!(user, ALICE, "the stream transport is pre-authenticated as alice");
            assert_eq!(client.session().state(), State::Authenticated, "the stream transport greets with PREAUTH");
        } else {
            imapkit::AsyncCommands::login(&mut client, user.name, user.password).await.unwrap_or_else(|e| {
                panic!("{} over {} (async): LOGIN {} failed: {e}", self.kind.name(), via.name(), user.name)
            });
        }
        client.capabilities().await.unwrap_or_else(|e| panic!("{}: CAPABILITY failed: {e}", self.kind.name()));
        client
    }

    /// The hierarchy separator.
    pub fn sep(&self) -> char {
        match self.kind {
            Kind::Dovecot => '/',
            Kind::Cyrus => '.',
        }
    }

    /// Where a user's own mailboxes live: `""` on Dovecot, `INBOX.` on Cyrus.
    pub fn personal_prefix(&self) -> &'static str {
        match self.kind {
            Kind::Dovecot => "",
            Kind::Cyrus => "INBOX.",
        }
    }

    /// A personal mailbox name no other test or run uses: prefix, process id, a counter and
    /// `tag` (which may hold any characters but the separator).
    pub fn unique(&self, tag: &str) -> String {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        format!("{}{NAME_PREFIX}{}-{n}-{tag}", self.personal_prefix(), std::process::id())
    }

    /// `parent` + separator + `leaf`.
    pub fn child(&self, parent: &str, leaf: &str) -> String {
        format!("{parent}{}{leaf}", self.sep())
    }

    /// How another user sees `owner`'s personal mailbox `name` (shared with SETACL):
    /// `shared/alice/x` on Dovecot, `user.alice.x` on Cyrus.
    pub fn as_seen_by_others(&self, owner: User, name: &str) -> String {
        let own = name.strip_prefix(self.personal_prefix()).expect("a personal mailbox name");
        match self.kind {
            Kind::Dovecot => format!("shared/{}/{own}", owner.name),
            Kind::Cyrus => format!("user.{}.{own}", owner.name),
        }
    }
}

/// Prints "skipped: …" once per reason, on the real stderr (not captured by the test
/// harness), so that a `cargo test` without servers says why nothing ran.
pub fn skipped(reason: &str) {
    static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if !seen.iter().any(|r| r == reason) {
        seen.push(reason.to_owned());
        let _ = writeln!(std::io::stderr(), "imap-tests live: skipped: {reason}");
    }
}

/// Serialises tests that share per-user state on the server (QUOTA usage, server METADATA,
/// Dovecot's shared-mailbox dict that SETACL rewrites), such as a
/// scenario and its run through the async client: held until dropped. (A flag rather than a
/// mutex guard, because the async run holds it across awaits on its own runtime.)
pub fn serial() -> Serial {
    while SERIAL.compare_exchange(false, true, Ordering::SeqCst, Ordering::SeqCst).is_err() {
        std::thread::sleep(Duration::from_millis(10));
    }
    Serial
}

static SERIAL: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Held by [`serial`]'s caller.
#[derive(Debug)]
pub struct Serial;

impl Drop for Serial {
    fn drop(&mut self) {
        SERIAL.store(false, Ordering::SeqCst);
    }
}

/// Runs `test` against the server of `kind`, or returns when there is none (see
/// [`Server::get`]).
pub fn run(kind: Kind, test: fn(&Server)) {
    if let Some(server) = Server::get(kind) {
        test(server);
    }
}

/// Deletes, once per server and run, the mailboxes that earlier runs left behind: names with
/// [`NAME_PREFIX`] whose process is gone (a run that panicked, or was killed). Needs
/// `/proc`; does nothing without it.
fn sweep_once(server: &Server) {
    static SWEPT: Mutex<Vec<Kind>> = Mutex::new(Vec::new());
    let mut swept = SWEPT.lock().unwrap_or_else(|e| e.into_inner());
    if swept.contains(&server.kind) || !std::path::Path::new("/proc/self").exists() {
        return;
    }
    swept.push(server.kind);
    for user in [ALICE, BOB, QUOTED, TRICKY] {
        let Ok(mut client) = server.try_connect(Via::Plain) else { return };
        if client.login(user.name, user.password).is_err() {
            continue;
        }
        let pattern = format!("{}{NAME_PREFIX}*", server.personal_prefix());
        let Ok(listed) = client.list(None, "", pattern.as_str(), None) else { continue };
        let mut stale: Vec<_> = listed
            .list
            .into_iter()
            .filter(|item| {
                let name = item.mailbox.to_utf8_lossy();
                let pid = name.split(NAME_PREFIX).nth(1).and_then(|rest| rest.split('-').next());
                pid.is_some_and(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists())
            })
            .map(|item| item.mailbox)
            .collect();
        // Children first: Dovecot refuses to delete a mailbox that has some.
        stale.sort_by_key(|m| std::cmp::Reverse(m.as_wire().len()));
        for mailbox in stale {
            let _ = client.delete(&mailbox);
        }
        let _ = client.logout();
    }
}

/// Deletes the mailboxes it was given when dropped (also when the test panics), logged in
/// as their owner; errors are ignored. Children go first.
#[derive(Debug)]
pub struct Cleanup<'a> {
    server: &'a Server,
    user: User,
    mailboxes: Vec<String>,
}

impl<'a> Cleanup<'a> {
    /// Nothing to delete yet.
    pub fn new(server: &'a Server, user: User) -> Cleanup<'a> {
        Cleanup { server, user, mailboxes: Vec::new() }
    }

    /// Registers `name` for deletion and gives it back.
    pub fn add(&mut self, name: String) -> String {
        self.mailboxes.push(name.clone());
        name
    }

    /// [`Server::unique`] + [`Cleanup::add`].
    pub fn unique(&mut self, tag: &str) -> String {
        let name = self.server.unique(tag);
        self.add(name)
    }
}

impl Drop for Cleanup<'_> {
    fn drop(&mut self) {
        if self.mailboxes.is_empty() {
            return;
        }
        let Ok(mut client) = self.server.try_connect(Via::Plain) else { return };
        if client.login(self.user.name, self.user.password).is_err() {
            return;
        }
        self.mailboxes.sort_by_key(|name| std::cmp::Reverse(name.len()));
        for name in &self.mailboxes {
            let _ = client.delete(name.as_str());
        }
        let _ = client.logout();
    }
}

/// A small RFC 5322 message with CRLF line ends.
pub fn message(subject: &str, from: &str, date: &str, body: &str) -> Vec<u8> {
    message_with(subject, from, date, "", body)
}

/// [`message`] with extra header lines (each ending in CRLF), e.g. `Message-ID`.
pub fn message_with(subject: &str, from: &str, date: &str, extra_headers: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Alice <alice@example.org>\r\nSubject: {subject}\r\nDate: {date}\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n{extra_headers}\r\n{body}\r\n"
    )
    .into_bytes()
}

/// Asserts that `result` is a tagged NO and returns its text.
#[track_caller]
pub fn expect_no<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::No { text, .. }) => text,
        other => panic!("expected a tagged NO, got {other:?}"),
    }
}

/// Asserts that `result` is a tagged BAD and returns its text.
#[track_caller]
pub fn expect_bad<T: std::fmt::Debug>(result: Result<T, Error>) -> String {
    match result {
        Err(Error::Bad { text, .. }) => text,
        other => panic!("expected a tagged BAD, got {other:?}"),
    }
}

/// Panics with the server's name when `result` failed.
#[track_caller]
pub fn ok<T>(server: &Server, what: &str, result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{}: {what} failed: {e}", server.kind.name()))
}
