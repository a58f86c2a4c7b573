//! The sans-I/O session: bytes in, chunks out, no sockets and no clocks.
//!
//! It owns everything that is protocol rather than transport: tags, the connection state,
//! the capability cache, which in-flight command an untagged response belongs to, literal
//! continuations, and the queue of unsolicited responses. A blocking client, a test recorder
//! or an async adapter is a short loop around it:
//!
//! 1. [`Session::submit`] a [`Command`] (checked against state and capabilities first);
//! 2. write every [`Session::next_chunk`];
//! 3. [`Session::feed`] what the server sends and call [`Session::poll`] until it yields
//!    [`Event::Completed`] for your tag, handing [`Event::Continuation`]s to the command's
//!    exchange handler (SASL, IDLE) with [`Session::send_continuation`].
//!
//! Pipelining: several commands may be submitted before any completes; their chunks go out in
//! submission order, and each tagged reply completes its own command — only a command already
//! written when the reply began to arrive. Commands whose answers could not be told apart
//! (two SEARCHes, FETCH and STORE) are never on the wire together: the later one is held in
//! the session until the earlier completes ([`routing`](self) explains the rule). An untagged
//! response goes to the oldest written command that claims its kind (or the one its
//! correlator names), else to the unsolicited queue. A response that does not parse is kept,
//! with its bytes, in the result of the command it most likely answers.
//!
//! A command's state check uses the state at submission, so submit state-changing commands
//! (LOGIN, SELECT, ...) alone and wait for them. A command that needs a capability while the
//! capabilities are not known (a LOGIN reply without them) makes the session ask CAPABILITY
//! first, and it is checked before it is written.

mod compress;
mod drive;
mod idle;
mod routing;

use std::borrow::Cow;
use std::collections::VecDeque;
use std::time::{Duration, Instant};

pub use compress::CompressionStats;
pub use drive::{Await, Reading, Step};
pub use idle::{IdleQueue, IdleWatch};

use crate::command::{Claim, CommandDef, Exchange, Protocol, State, UntaggedKind};
use crate::encode::{ArgError, Chunk, Command, CommandBuilder, Part, Request, WireOptions};
use crate::error::Error;
use crate::extract::{take_generic, Extract, GenericResponse};
use crate::parse::{Arena, LiteralSink, ParseError, ParseOptions, ResponseStream};
use crate::types::borrowed::{FetchRef, ResponseRef};
use crate::types::{Code, Continuation, Response, Status, StatusKind, Unparsed, Untagged};

use compress::Deflate;
use routing::{carried, conflict, Carried, Correlator};

/// How tags are made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagStyle {
    /// `prefix` + a zero-padded counter: `A0001`, `A0002`, ...
    Counter {
        /// The prefix (an atom without `+`).
        prefix: String,
    },
    /// imaplib's style: a prefix of letters from [`int2ap`] + the counter.
    Int2Ap {
        /// The number turned into the letter prefix.
        seed: u32,
    },
}

/// imaplib's `Int2AP`: a number as a string of the letters `A`-`P` (base 16).
pub fn int2ap(mut n: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (n % 16) as u8);
        n /= 16;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("A-P are ASCII")
}

/// Settings of a session.
#[derive(Debug, Clone)]
pub struct SessionOptions {
    /// How tags are made.
    pub tags: TagStyle,
    /// Parser limits (literal size cap, line length, nesting depth).
    pub parse: ParseOptions,
    /// Refuse commands whose table line needs a capability the server did not advertise
    /// (asking CAPABILITY first when the capabilities are not known).
    pub check_capabilities: bool,
    /// At most this many unsolicited responses are kept; the oldest are dropped first
    /// ([`Session::unsolicited_dropped`] counts them).
    pub max_unsolicited: usize,
    /// At most this many bytes (wire size plus the value's own size) of unsolicited responses
    /// are kept; the oldest are dropped first.
    pub max_unsolicited_bytes: usize,
    /// At most this many untagged responses are collected for one command. Beyond it the
    /// command goes on to its tagged reply (the connection stays in step), keeping nothing
    /// more, and fails with [`Error::Limit`].
    pub max_command_responses: usize,
    /// At most this many bytes (wire size plus the values' own size) are collected for one
    /// command; beyond it, as for [`SessionOptions::max_command_responses`].
    pub max_command_bytes: usize,
    /// A response that does not parse fails the command it joins ([`Error::Unparsed`])
    /// instead of being kept in [`Completed::unparsed`].
    pub strict: bool,
    /// While the server owes an answer (a greeting, a command's reply), it must send
    /// something at least this often; otherwise the commands fail with [`Error::Timeout`] and
    /// the connection is closed. An IDLE is exempt until DONE. `None`: wait forever.
    pub read_timeout: Option<Duration>,
    /// A command must complete within this time after it was written, however the server
    /// trickles its data (one byte a second keeps a read timeout happy, not this). IDLE is
    /// bounded by its own deadline instead. `None`: no limit.
    pub command_timeout: Option<Duration>,
}

impl Default for SessionOptions {
    fn default() -> SessionOptions {
        SessionOptions {
            tags: TagStyle::Counter { prefix: "A".into() },
            // A SEARCH of a million UIDs is a 7 MB line; 64 MiB bounds memory all the same.
            parse: ParseOptions { max_line: 64 << 20, ..ParseOptions::default() },
            check_capabilities: true,
            max_unsolicited: 10_000,
            max_unsolicited_bytes: 64 << 20,
            // A FETCH of envelopes of a million messages fits; ten million `* 1 EXISTS` do not.
            max_command_responses: 2_000_000,
            max_command_bytes: 1 << 30,
            strict: false,
            read_timeout: Some(Duration::from_secs(60)),
            command_timeout: Some(Duration::from_secs(300)),
        }
    }
}

/// What happened after [`Session::poll`] processed one response.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The greeting arrived.
    Greeting(Status),
    /// A command completed; take its result with [`Session::take_completed`].
    Completed(String),
    /// A continuation request for the current command's exchange handler.
    Continuation(Continuation),
    /// A literal's continuation request; the next chunk is ready in [`Session::next_chunk`].
    LiteralAccepted,
    /// An untagged response was routed to the in-flight command with this tag (the name
    /// of its kind is [`Untagged::kind`]; [`Session::collected`] shows it).
    Claimed(String),
    /// An untagged response no command claimed; it is queued.
    Unsolicited,
    /// A response could not be parsed (the session resynchronised after it); it was kept as
    /// an [`Unparsed`] entry in the command with this tag, or queued as unsolicited (`None`).
    Unparsed(Option<String>),
}

/// A finished command.
#[derive(Debug, Clone)]
pub struct Completed {
    /// Its tag.
    pub tag: String,
    /// Its table line.
    pub def: Cow<'static, CommandDef>,
    /// The tagged reply.
    pub tagged: Status,
    /// The untagged responses it claimed, in arrival order.
    pub untagged: Vec<Untagged>,
    /// Responses that arrived while it ran, most likely for it, that did not parse.
    pub unparsed: Vec<Unparsed>,
    /// What it cost on the wire, and how long it took.
    pub stats: CommandStats,
}

/// A completed command's cost: the bytes of its own command (and literals) and of the
/// responses it claimed, and the time from its first byte written to its tagged reply.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommandStats {
    /// Bytes of the command and its literals (before COMPRESS).
    pub bytes_sent: u64,
    /// Bytes of the responses it claimed: its untagged and unparsed ones and its tagged
    /// reply (after decompression).
    pub bytes_received: u64,
    /// From its first chunk written to its tagged reply read, as the pump's clock saw it;
    /// `None` if it never reached the wire.
    pub elapsed: Option<Duration>,
}

impl Completed {
    /// Takes the responses of kind `K` out of the collected ones.
    pub fn take<K: Extract>(&mut self) -> K::Output {
        K::extract(&mut self.untagged)
    }

    /// Takes the responses of a site-specific kind.
    pub fn take_generic(&mut self, name: &str) -> Vec<GenericResponse> {
        take_generic(&mut self.untagged, name)
    }

    /// Splits the collected responses by the claim (the table line's `untagged` entry) that
    /// took each, in one pass: what a generated result's `From<Completed>` reads its fields
    /// from.
    pub fn into_claims(self) -> Claims {
        let mut buckets: Vec<Vec<Untagged>> = vec![Vec::new(); self.def.untagged.len()];
        let mut unclaimed = Vec::new();
        for response in self.untagged {
            match response.claimed_by(&self.def) {
                Some(index) => buckets[index].push(response),
                None => unclaimed.push(response),
            }
        }
        Claims { def: self.def, buckets, unclaimed, tagged: self.tagged, unparsed: self.unparsed }
    }
}

/// A completed command's responses, split by claim ([`Completed::into_claims`]).
#[derive(Debug)]
pub struct Claims {
    def: Cow<'static, CommandDef>,
    buckets: Vec<Vec<Untagged>>,
    unclaimed: Vec<Untagged>,
    tagged: Status,
    unparsed: Vec<Unparsed>,
}

impl Claims {
    /// The typed value of kind `K` (empty if the line does not claim it).
    pub fn take<K: Extract>(&mut self) -> K::Output {
        match self.def.claim_of(K::KIND) {
            Some(index) => {
                let output = K::extract(&mut self.buckets[index]);
                // Whatever the marker did not want stays visible.
                self.unclaimed.append(&mut self.buckets[index]);
                output
            }
            None => K::extract(&mut Vec::new()),
        }
    }

    /// The responses of the site-specific kind `name`.
    pub fn take_generic(&mut self, name: &str) -> Vec<GenericResponse> {
        match self.def.site_claim_of(name) {
            Some(index) => {
                let taken = take_generic(&mut self.buckets[index], name);
                self.unclaimed.append(&mut self.buckets[index]);
                taken
            }
            None => Vec::new(),
        }
    }

    /// The tagged reply, everything claimed that no field took (normally empty) and the
    /// unparsed responses.
    pub fn finish(mut self) -> (Status, Vec<Untagged>, Vec<Unparsed>) {
        for bucket in &mut self.buckets {
            self.unclaimed.append(bucket);
        }
        (self.tagged, self.unclaimed, self.unparsed)
    }
}

/// A command sent without waiting for its reply ([`Request`] sent by a pump's `send`): its
/// tag and the type its completion turns into. Hand it back to the pump's `wait`.
pub struct Pending<R> {
    tag: String,
    result: std::marker::PhantomData<fn() -> R>,
}

impl<R> Pending<R> {
    /// A pending command with `tag`.
    pub fn new(tag: String) -> Pending<R> {
        Pending { tag, result: std::marker::PhantomData }
    }

    /// The command's tag (to match a trace).
    pub fn tag(&self) -> &str {
        &self.tag
    }
}

impl<R> std::fmt::Debug for Pending<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pending").field("tag", &self.tag).finish()
    }
}

impl InFlight {
    /// The capabilities it needs, as [`Command::needed_capabilities`].
    fn command_needs(&self) -> impl Iterator<Item = &str> {
        crate::encode::needed_capabilities(&self.def, self.several, &self.needs_capabilities)
    }
}

/// A submitted command, from its first unwritten chunk to its tagged reply.
#[derive(Debug)]
struct InFlight {
    tag: String,
    def: Cow<'static, CommandDef>,
    /// Its repeated argument had several values ([`Command::several`]).
    several: bool,
    /// [`Command::needs_capabilities`].
    needs_capabilities: Vec<&'static str>,
    correlator: Correlator,
    /// Chunks not yet handed to the pump.
    chunks: VecDeque<Chunk>,
    /// Bytes received from the server when its first chunk was handed out; `None` while it
    /// is held. Only responses that begin at or after this offset can answer it.
    written_at: Option<u64>,
    /// A synchronizing literal was written; its `+` is awaited before anything more.
    awaiting_literal: bool,
    untagged: Vec<Untagged>,
    unparsed: Vec<Unparsed>,
    /// Bytes counted against [`SessionOptions::max_command_bytes`].
    held_bytes: usize,
    /// Why collecting stopped (a limit), if it did.
    overflow: Option<String>,
    /// Issued by the session itself (CAPABILITY when the capabilities are unknown): its result
    /// is not reported.
    internal: bool,
    /// When its first chunk was handed out (the time of the last [`Session::step`]).
    written_time: Option<Instant>,
    /// [`CommandStats::bytes_sent`] so far.
    bytes_sent: u64,
    /// [`CommandStats::bytes_received`] so far.
    bytes_received: u64,
    /// When the client ended its exchange (IDLE's DONE): the reply is due from then on.
    ended_at: Option<Instant>,
    /// The client cancelled its exchange with this error (a secret refused): the result
    /// whatever the server answers.
    cancelled: Option<Error>,
}

impl InFlight {
    fn on_wire(&self) -> bool {
        self.written_at.is_some()
    }

    /// Whether a response beginning at offset `at` can answer this command.
    fn answers(&self, at: u64) -> bool {
        self.written_at.is_some_and(|written| written <= at)
    }
}

/// The protocol state of one connection.
#[derive(Debug)]
pub struct Session {
    options: SessionOptions,
    state: State,
    greeting: Option<Status>,
    capabilities: Vec<String>,
    capabilities_known: bool,
    assumed: Vec<String>,
    enabled: Vec<String>,
    counter: u32,
    /// Submitted and not completed, in submission order (written ones first).
    commands: VecDeque<InFlight>,
    completed: VecDeque<(String, Result<Completed, Error>)>,
    /// Lines answering a continuation (SASL, DONE): written before anything else.
    urgent: VecDeque<Chunk>,
    unsolicited: VecDeque<(Untagged, usize)>,
    unsolicited_bytes: usize,
    unsolicited_dropped: u64,
    stream: ResponseStream,
    /// Bytes fed so far: offsets that say which responses came after which command.
    received: u64,
    selected_read_write: bool,
    became_read_only: bool,
    broken: Option<String>,
    /// The BYE received while LOGOUT was in flight.
    bye: Option<Status>,
    last_recent: Option<u32>,
    /// The time of the last [`Session::step`], and of the first.
    now: Option<Instant>,
    started: Option<Instant>,
    /// When input last arrived (as seen by a step), and the count it saw.
    last_input: Option<Instant>,
    received_seen: u64,
    /// The transport protects secrets (TLS, loopback, a child process), or they may go anyway.
    secure: bool,
    allow_insecure_auth: bool,
    /// STARTTLS succeeded: the pump must do the handshake before anything else.
    switch_pending: bool,
    /// The DEFLATE streams once COMPRESS succeeded.
    deflate: Option<Deflate>,
    /// A chunk taken out of the queue to answer [`Session::step`]'s "is there output".
    staged: Option<Chunk>,
    /// Plain input kept for the pump's wire trace, when asked for.
    captured: Option<Vec<u8>>,
    /// Why the session timed out, if it did.
    timed_out: Option<String>,
}

impl Session {
    /// A session waiting for the greeting.
    pub fn new(options: SessionOptions) -> Session {
        let stream = ResponseStream::new(options.parse.clone());
        Session {
            options,
            state: State::NotAuthenticated,
            greeting: None,
            capabilities: Vec::new(),
            capabilities_known: false,
            assumed: Vec::new(),
            enabled: Vec::new(),
            counter: 0,
            commands: VecDeque::new(),
            completed: VecDeque::new(),
            urgent: VecDeque::new(),
            unsolicited: VecDeque::new(),
            unsolicited_bytes: 0,
            unsolicited_dropped: 0,
            stream,
            received: 0,
            selected_read_write: false,
            became_read_only: false,
            broken: None,
            bye: None,
            last_recent: None,
            now: None,
            started: None,
            last_input: None,
            received_seen: 0,
            secure: false,
            allow_insecure_auth: false,
            switch_pending: false,
            deflate: None,
            staged: None,
            captured: None,
            timed_out: None,
        }
    }

    /// The options the session was made with.
    pub fn options(&self) -> &SessionOptions {
        &self.options
    }

    /// The connection state.
    pub fn state(&self) -> State {
        self.state
    }

    /// The greeting, once received.
    pub fn greeting(&self) -> Option<&Status> {
        self.greeting.as_ref()
    }

    /// The cached capabilities (upper case), and whether they are current (they are cleared
    /// after login and STARTTLS unless the server sent new ones).
    pub fn capabilities(&self) -> (&[String], bool) {
        (&self.capabilities, self.capabilities_known)
    }

    /// Whether the server advertised `capability` (case-insensitive), or it was assumed, or
    /// the server speaks IMAP4rev2, which includes it (RFC 9051 1: a rev2 server need list
    /// nothing but `IMAP4rev2`).
    pub fn has_capability(&self, capability: &str) -> bool {
        let listed = |name: &str| self.capabilities.iter().chain(&self.assumed).any(|c| c.eq_ignore_ascii_case(name));
        listed(capability)
            || (IMPLIED_BY_IMAP4REV2.iter().any(|c| c.eq_ignore_ascii_case(capability)) && listed("IMAP4rev2"))
    }

    /// The server-wide APPEND size limit of an `APPENDLIMIT=n` capability (RFC 7889 2), in
    /// bytes. `None` without one; a bare `APPENDLIMIT` means limits per mailbox, asked with
    /// STATUS [`crate::encode::StatusItem::AppendLimit`].
    pub fn append_limit(&self) -> Option<u64> {
        self.capabilities.iter().find_map(|c| {
            let (name, value) = c.split_once('=')?;
            name.eq_ignore_ascii_case("APPENDLIMIT").then(|| value.parse().ok()).flatten()
        })
    }

    /// The quota resources the server supports (RFC 9208 3.1: `QUOTA=RES-STORAGE`, ...; Cyrus
    /// 3.6 spells them `X-QUOTA=STORAGE`), in the order advertised. Empty for a server of RFC
    /// 2087, which names none (STORAGE and MESSAGE are what those count).
    pub fn quota_resources(&self) -> Vec<crate::types::QuotaResourceName> {
        self.capabilities
            .iter()
            .filter_map(|c| {
                let upper = c.to_ascii_uppercase();
                let name = upper.strip_prefix("QUOTA=RES-").or_else(|| upper.strip_prefix("X-QUOTA="))?;
                Some(crate::types::QuotaResourceName::from_atom(name))
            })
            .collect()
    }

    /// Treats `capability` as advertised, for servers that support more than they say.
    pub fn assume_capability(&mut self, capability: &str) {
        self.assumed.push(capability.to_ascii_uppercase());
    }

    /// Capabilities the server said it ENABLEd.
    pub fn enabled(&self) -> &[String] {
        &self.enabled
    }

    /// Which revision's rules the session follows now: [`Protocol::Imap4rev2`] after a
    /// successful `ENABLE IMAP4rev2`, or on a server that advertises IMAP4rev2 and not
    /// IMAP4rev1 (RFC 9051 6.3.1: a server speaking both stays rev1 until ENABLE); else
    /// [`Protocol::Imap4rev1`]. UNAUTHENTICATE goes back to rev1.
    ///
    /// Under rev2: mailbox names go as UTF-8, not modified UTF-7 (RFC 9051 5.1); the
    /// server answers SEARCH with ESEARCH (read both with `SearchResponse::numbers`);
    /// RECENT and `\Recent` are gone; and what rev2 removed is refused before it is written:
    /// LSUB (use LIST with `ListSelection::subscribed`), CHECK (use NOOP), STATUS `RECENT`
    /// and the SEARCH keys `NEW`, `OLD`, `RECENT` (with
    /// [`SessionOptions::check_capabilities`], as capabilities are).
    ///
    /// ```
    /// use imapkit_core::command::Protocol;
    /// use imapkit_core::session::{Session, SessionOptions};
    ///
    /// let mut session = Session::new(SessionOptions::default());
    /// session.feed(b"* OK [CAPABILITY IMAP4rev2 AUTH=PLAIN] rev2 only\r\n");
    /// while session.poll()?.is_some() {}
    /// assert_eq!(session.protocol(), Protocol::Imap4rev2);
    /// # Ok::<(), imapkit_core::error::Error>(())
    /// ```
    pub fn protocol(&self) -> Protocol {
        let listed = |name: &str| self.capabilities.iter().any(|c| c.eq_ignore_ascii_case(name));
        let enabled = self.enabled.iter().any(|c| c.eq_ignore_ascii_case("IMAP4rev2"));
        if enabled || (listed("IMAP4rev2") && !listed("IMAP4rev1")) {
            Protocol::Imap4rev2
        } else {
            Protocol::Imap4rev1
        }
    }

    /// imaplib's `PROTOCOL_VERSION`: `IMAP4rev2` or `IMAP4rev1` from the capabilities (what
    /// the server can speak; [`Session::protocol`] says which rules apply now).
    pub fn protocol_version(&self) -> Option<&'static str> {
        if self.has_capability("IMAP4rev2") {
            Some("IMAP4rev2")
        } else if self.has_capability("IMAP4rev1") {
            Some("IMAP4rev1")
        } else {
            None
        }
    }

    /// Why the connection is unusable, if it is.
    pub fn broken(&self) -> Option<&str> {
        self.broken.as_deref()
    }

    /// Marks the connection unusable (transport failure); later calls fail with `Closed`,
    /// and commands in flight fail with a protocol error naming `why`.
    pub fn mark_broken(&mut self, why: impl Into<String>) {
        let why = why.into();
        self.fail_in_flight(&why);
        self.broken.get_or_insert(why);
        self.state = State::Logout;
        self.switch_pending = false;
    }

    /// Tells the session whether the transport protects secrets (TLS, a loopback socket, a
    /// child process). Over an insecure one, commands with a `secret` argument are refused and
    /// a SASL exchange that would send one is cancelled, unless
    /// [`Session::allow_insecure_auth`].
    pub fn set_secure(&mut self, secure: bool) {
        self.secure = secure;
    }

    /// Allows secrets over an insecure transport.
    pub fn allow_insecure_auth(&mut self, allow: bool) {
        self.allow_insecure_auth = allow;
    }

    /// The pump finished the TLS handshake that [`Step::StartTls`] asked for: the transport is
    /// secure, and the capabilities must be asked again (RFC 3501 6.2.1).
    pub fn transport_secured(&mut self) {
        self.switch_pending = false;
        self.secure = true;
        if !self.capabilities_known && !self.asking_capabilities() {
            // Asked at once, so they are known when STARTTLS returns.
            self.ask_capabilities();
        }
    }

    /// Keeps a copy of the plain input (inflated, under COMPRESS) for a wire trace, to be
    /// taken with [`Session::take_captured`]; `false` stops and drops it.
    pub fn capture_input(&mut self, on: bool) {
        match (on, self.captured.is_some()) {
            (true, false) => self.captured = Some(Vec::new()),
            (false, true) => self.captured = None,
            _ => {}
        }
    }

    /// The plain input received since the last call (see [`Session::capture_input`]).
    pub fn take_captured(&mut self) -> Vec<u8> {
        self.captured.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Why the session cannot go on, as an error: [`Error::Timeout`] after a deadline,
    /// [`Error::Closed`] after BYE or LOGOUT, else [`Error::Protocol`]; `None` while usable.
    pub fn failure(&self) -> Option<Error> {
        if let Some(why) = &self.timed_out {
            return Some(Error::Timeout(why.clone()));
        }
        let why = self.broken.as_ref()?;
        Some(if why.starts_with("BYE") { Error::Closed } else { Error::Protocol(why.clone()) })
    }

    /// Whether COMPRESS is on, and how much it saved so far.
    pub fn compression(&self) -> Option<CompressionStats> {
        self.deflate.as_ref().map(Deflate::stats)
    }

    /// Bytes as they must go on the wire: compressed once COMPRESS is on. Every byte a pump
    /// writes goes through here: [`Session::next_chunk`]'s and a streamed literal's source
    /// data ([`Chunk::external_before`]).
    ///
    /// # Errors
    ///
    /// Compression failed; the connection is marked broken.
    pub fn encode_outgoing<'b>(&mut self, plain: &'b [u8]) -> Result<std::borrow::Cow<'b, [u8]>, Error> {
        let Some(deflate) = &mut self.deflate else { return Ok(std::borrow::Cow::Borrowed(plain)) };
        match deflate.deflate(plain) {
            Ok(wire) => Ok(std::borrow::Cow::Owned(wire)),
            Err(error) => {
                self.mark_broken(format!("compressing output: {error}"));
                Err(Error::Io(error))
            }
        }
    }

    /// Whether the connection is over (BYE received, LOGOUT completed, or broken): the pump
    /// should shut its transport down.
    pub fn is_closed(&self) -> bool {
        self.state == State::Logout
    }

    /// The transport reached end of input. A LOGOUT whose BYE arrived completes cleanly (some
    /// servers close without the tagged OK); everything else in flight fails.
    pub fn peer_closed(&mut self) {
        let Some(bye) = self.bye.take() else {
            self.mark_broken("connection closed by the server");
            return;
        };
        if let Some(index) = self.commands.iter().position(|c| c.on_wire() && c.def.then == Some(State::Logout)) {
            let command = self.commands.remove(index).expect("index from position");
            let tagged = Status { kind: StatusKind::Ok, code: None, text: format!("closed after BYE {}", bye.text) };
            self.complete(command, Ok(tagged));
        }
        self.mark_broken(format!("BYE {}", bye.text));
    }

    /// Sets the state by hand (a transport that starts authenticated, tests).
    pub fn set_state(&mut self, state: State) {
        self.state = state;
    }

    /// Takes back a submitted command that is not on the wire yet (a caller gave up on it):
    /// whether it was withdrawn. A command already (partly) written runs to its end.
    pub fn withdraw(&mut self, tag: &str) -> bool {
        match self.commands.iter().position(|c| c.tag == tag && !c.on_wire()) {
            Some(index) => {
                self.commands.remove(index);
                true
            }
            None => false,
        }
    }

    /// Whether the command `tag` has completed and its result waits for
    /// [`Session::take_completed`].
    pub fn is_completed(&self, tag: &str) -> bool {
        self.completed.iter().any(|(t, _)| t == tag)
    }

    /// Whether commands are in flight (submitted and not completed).
    pub fn busy(&self) -> bool {
        self.commands.iter().any(|c| !c.internal)
    }

    /// The next tag that [`Session::submit`] will use.
    pub fn next_tag(&self) -> String {
        let n = self.counter + 1;
        match &self.options.tags {
            TagStyle::Counter { prefix } => format!("{prefix}{n:04}"),
            TagStyle::Int2Ap { seed } => format!("{}{n}", int2ap(*seed)),
        }
    }

    /// Whether `ENABLE UTF8=ACCEPT` succeeded (RFC 6855): strings and mailbox names are
    /// UTF-8 from then on, and SEARCH names no charset.
    pub fn utf8_accepted(&self) -> bool {
        self.enabled.iter().any(|c| c.eq_ignore_ascii_case("UTF8=ACCEPT"))
    }

    fn wire_options(&self) -> WireOptions {
        WireOptions {
            literal_plus: self.has_capability("LITERAL+"),
            // IMAP4rev2 implies LITERAL- (see `has_capability`).
            literal_minus: self.has_capability("LITERAL-"),
            utf8: self.utf8_accepted(),
            utf8_mailboxes: self.protocol() == Protocol::Imap4rev2,
        }
    }

    /// Checks a command against state and capabilities and queues it. Returns its tag.
    /// Nothing is queued when it fails. It is written (by [`Session::next_chunk`]) once no
    /// command it could be confused with is in flight.
    pub fn submit(&mut self, command: Command) -> Result<String, Error> {
        let def = &*command.def;
        if command.has_secret() && self.insecure() {
            return Err(Error::Refused(format!(
                "{} would send a password in clear to a host on the network; use TLS or STARTTLS, \
                 or allow_insecure_auth(true)",
                def.name
            )));
        }
        if def.exchange == Some(Exchange::Compress) {
            check_compress(&command, self.deflate.is_some())?;
        }
        if let Some(error) = self.failure() {
            return Err(error);
        }
        if self.became_read_only {
            self.became_read_only = false;
            return Err(Error::ReadOnly("the selected mailbox".into()));
        }
        if !def.states.contains(&self.state) {
            return Err(Error::State {
                command: def.name.to_string(),
                current: self.state,
                allowed: def.states.to_vec(),
            });
        }
        if self.options.check_capabilities {
            for capability in command.needed_capabilities() {
                if self.capabilities_known && !self.has_capability(capability) {
                    return Err(Error::Capability { command: def.name.to_string(), capability: capability.to_owned() });
                }
            }
            let missing = command.needed_capabilities().any(|c| !self.has_capability(c));
            if !self.capabilities_known && missing && !self.asking_capabilities() {
                self.ask_capabilities();
            }
        }
        if self.utf8_accepted() {
            if let Some(Part::Charset { name, .. }) = command.parts.iter().find(|p| p.names_other_charset_than_utf8()) {
                return Err(Error::Arg(ArgError {
                    argument: "charset".into(),
                    reason: format!(
                        "UTF8=ACCEPT is enabled: strings are UTF-8, so a charset label may only name UTF-8, not {name:?} (RFC 6855 3)"
                    ),
                }));
            }
        }
        if let Some((extension, argument)) = &command.needs_enabled {
            if !self.enabled.iter().any(|x| x.eq_ignore_ascii_case(extension)) {
                return Err(Error::Arg(ArgError {
                    argument: argument.clone(),
                    reason: format!("{extension} is not enabled: ENABLE {extension} first"),
                }));
            }
        }
        if self.options.check_capabilities && self.protocol() == Protocol::Imap4rev2 {
            if def.removed_in == Some(Protocol::Imap4rev2) {
                return Err(Error::Refused(format!(
                    "{} is not part of IMAP4rev2, which this session follows (RFC 9051 appendix E){}",
                    def.name,
                    removed_hint(&def.name)
                )));
            }
            if let Some((item, argument)) = &command.removed_in_rev2 {
                return Err(Error::Arg(ArgError {
                    argument: argument.clone(),
                    reason: format!(
                        "{item} is not part of IMAP4rev2, which this session follows (RFC 9051 appendix E)"
                    ),
                }));
            }
        }
        if let Some(extension) = def.forbidden_when_enabled.as_deref() {
            if self.enabled.iter().any(|x| x.eq_ignore_ascii_case(extension)) {
                // The table's `forbidden_when_enabled`; UIDONLY (RFC 9586 3) is its use today.
                return Err(Error::Refused(format!(
                    "{} may not be sent once {extension} is enabled (UIDONLY forbids message sequence numbers: use UID {})",
                    def.name, def.name
                )));
            }
        }
        if let Some(capability) = def.forbidden_by.as_deref() {
            if self.has_capability(capability) {
                return Err(Error::Forbidden { command: def.name.to_string(), capability: capability.to_owned() });
            }
        }
        Ok(self.enqueue(command, false))
    }

    fn enqueue(&mut self, command: Command, internal: bool) -> String {
        let tag = self.next_tag();
        self.counter += 1;
        let correlator = Correlator::of(&command);
        let chunks = command.to_chunks(&tag, self.wire_options()).into();
        self.commands.push_back(InFlight {
            tag: tag.clone(),
            several: command.several,
            needs_capabilities: command.needs_capabilities,
            def: command.def,
            correlator,
            chunks,
            written_at: None,
            awaiting_literal: false,
            untagged: Vec::new(),
            unparsed: Vec::new(),
            held_bytes: 0,
            overflow: None,
            internal,
            written_time: None,
            bytes_sent: 0,
            bytes_received: 0,
            ended_at: None,
            cancelled: None,
        });
        tag
    }

    fn asking_capabilities(&self) -> bool {
        self.commands.iter().any(|c| c.def.name == CAPABILITY_DEF.name)
    }

    /// Queues the session's own CAPABILITY (its answer updates the cache; nobody waits for it).
    fn ask_capabilities(&mut self) {
        self.enqueue(CommandBuilder::new(&CAPABILITY_DEF).finish(), true);
    }

    /// The next bytes to write, if any: answers to continuations first, then the chunks of
    /// the commands in order, as far as none must wait (for a literal's `+`, for a command it
    /// could be confused with to complete, for the capabilities it is checked against).
    ///
    /// The chunk's bytes are plain IMAP: write them, and a streamed literal's source bytes
    /// ([`Chunk::external_before`], before them), through [`Session::encode_outgoing`], in
    /// the order they go on the wire, so that COMPRESS sees them in that order.
    pub fn next_chunk(&mut self) -> Option<Chunk> {
        self.staged.take().or_else(|| self.next_plain_chunk())
    }

    /// Whether [`Session::next_chunk`] has something now.
    fn has_output(&mut self) -> bool {
        if self.staged.is_none() {
            self.staged = self.next_plain_chunk();
        }
        self.staged.is_some()
    }

    fn next_plain_chunk(&mut self) -> Option<Chunk> {
        if let Some(chunk) = self.urgent.pop_front() {
            return Some(chunk);
        }
        let mut index = 0;
        while index < self.commands.len() {
            let command = &mut self.commands[index];
            if command.awaiting_literal {
                return None;
            }
            if command.on_wire() {
                if let Some(chunk) = command.chunks.pop_front() {
                    command.awaiting_literal = chunk.wait;
                    command.bytes_sent += chunk.wire_len();
                    return Some(chunk);
                }
                if command.def.exchange.is_some() {
                    // SASL, IDLE, STARTTLS, COMPRESS: nothing else until it completes.
                    return None;
                }
                index += 1;
                continue;
            }
            if !self.may_write(index) {
                return None;
            }
            let held = &self.commands[index];
            let missing = held
                .command_needs()
                .find(|c| self.options.check_capabilities && !self.has_capability(c))
                .map(str::to_owned);
            if let Some(capability) = missing {
                if !self.capabilities_known {
                    return None;
                }
                let error = Error::Capability { command: held.def.name.to_string(), capability };
                let command = self.commands.remove(index).expect("index in range");
                self.completed.push_back((command.tag, Err(error)));
                continue;
            }
            let command = &mut self.commands[index];
            command.written_at = Some(self.received);
            command.written_time = self.now;
            let chunk = command.chunks.pop_front().unwrap_or_default();
            command.awaiting_literal = chunk.wait;
            command.bytes_sent += chunk.wire_len();
            return Some(chunk);
        }
        None
    }

    /// Whether the held command at `index` may go on the wire, given those before it.
    fn may_write(&self, index: usize) -> bool {
        let command = &self.commands[index];
        let earlier = self.commands.iter().take(index);
        if command.def.exchange.is_some() {
            return index == 0;
        }
        let waits_for_capabilities = command.command_needs().next().is_some() && !self.capabilities_known;
        !earlier.into_iter().any(|before| {
            (waits_for_capabilities && before.def.name == CAPABILITY_DEF.name)
                || conflict((&before.def, &before.correlator), (&command.def, &command.correlator))
        })
    }

    /// Queues a line for the exchange handler's answer to a continuation (a SASL response,
    /// IDLE's `DONE`); CRLF is added. Redacted in traces when `secret`.
    pub fn send_continuation(&mut self, line: &[u8], secret: bool) {
        let mut bytes = line.to_vec();
        bytes.extend_from_slice(b"\r\n");
        let trace = if secret { b"***\r\n".to_vec() } else { bytes.clone() };
        self.urgent.push_back(Chunk { bytes, trace, wait: false, external_before: None });
    }

    /// Adds bytes received from the server.
    pub fn feed(&mut self, bytes: &[u8]) {
        match &mut self.deflate {
            // Inflated one piece at a time as the parser asks (see `poll`).
            Some(deflate) => deflate.push(bytes),
            None => self.feed_plain(bytes),
        }
    }

    fn feed_plain(&mut self, bytes: &[u8]) {
        if let Some(captured) = &mut self.captured {
            captured.extend_from_slice(bytes);
        }
        self.received += bytes.len() as u64;
        self.stream.feed(bytes);
    }

    /// With COMPRESS on, feeds the parser the next inflated piece; whether there was one.
    /// One piece at a time, so that a small input inflating to a lot meets the parser's
    /// limits as it grows.
    fn inflate_more(&mut self) -> Result<bool, Error> {
        let Some(deflate) = &mut self.deflate else { return Ok(false) };
        match deflate.next_piece() {
            Ok(Some(piece)) => {
                self.feed_plain(&piece);
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(error) => {
                self.mark_broken(format!("compressed input: {error}"));
                Err(Error::Io(error))
            }
        }
    }

    /// How many plain (inflated, under COMPRESS) bytes the parser has been given so far: a
    /// running total, for progress reports.
    pub fn received(&self) -> u64 {
        self.received
    }

    /// Bytes received but not yet processed.
    pub fn buffered(&self) -> usize {
        self.stream.buffered()
    }

    /// Offset (in bytes received) where the next response begins.
    fn position(&self) -> u64 {
        self.received - self.stream.buffered() as u64
    }

    /// Processes the next complete response in the input. `Ok(None)`: more bytes are needed.
    /// An error means the connection is unusable (BYE, or a stream that cannot be framed).
    pub fn poll(&mut self) -> Result<Option<Event>, Error> {
        self.poll_with_sink(None)
    }

    /// [`Session::poll`], handing the data of streamed FETCH body literals (see
    /// [`Session::stream_literals_over`]) to `sink` as it arrives.
    pub fn poll_with_sink(&mut self, mut sink: Option<&mut (dyn LiteralSink + '_)>) -> Result<Option<Event>, Error> {
        loop {
            let at = self.position();
            let next = match sink.as_deref_mut() {
                Some(sink) => self.stream.next_response_with_sink(sink),
                None => self.stream.next_response(),
            };
            let len = (self.position() - at) as usize;
            return match next {
                Ok(Some(response)) => self.handle(response, at, len).map(Some),
                Ok(None) if self.inflate_more()? => continue,
                Ok(None) => Ok(None),
                Err(error) => self.unreadable(error, at),
            };
        }
    }

    /// [`Session::poll`], except that FETCH responses are parsed in borrowed form
    /// ([`crate::parse::parse_response_ref`]) into `arena` and handed to `visit` instead of
    /// being collected or queued (the event is [`Event::Claimed`]); the arena is reset after
    /// each response. Everything else is handled as [`Session::poll`] does.
    /// Literal streaming ([`Session::stream_literals_over`]) does not apply here.
    ///
    /// # Errors
    ///
    /// As for [`Session::poll`].
    pub fn poll_fetch_with(
        &mut self,
        arena: &mut Arena,
        visit: &mut dyn FnMut(FetchRef<'_>),
    ) -> Result<Option<Event>, Error> {
        let at = self.position();
        let next = match self.stream.next_response_ref(arena) {
            Ok(Some(ResponseRef::Fetch(fetch))) => {
                visit(fetch);
                None
            }
            Ok(Some(ResponseRef::Other(response))) => Some(Ok(response)),
            Ok(None) => {
                arena.reset();
                if self.inflate_more()? {
                    return self.poll_fetch_with(arena, visit);
                }
                return Ok(None);
            }
            Err(error) => Some(Err(error)),
        };
        arena.reset();
        let len = (self.position() - at) as usize;
        match next {
            None => {
                let tag = self
                    .commands
                    .iter()
                    .position(|c| c.answers(at) && c.def.claim_of(UntaggedKind::Fetch).is_some())
                    .map(|i| self.commands[i].tag.clone())
                    .unwrap_or_default();
                Ok(Some(Event::Claimed(tag)))
            }
            Some(Ok(response)) => self.handle(response, at, len).map(Some),
            Some(Err(error)) => self.unreadable(error, at),
        }
    }

    /// A response that could not be read: kept as an [`Unparsed`] entry when the stream can
    /// go on, else the connection is broken.
    fn unreadable(&mut self, error: ParseError, at: u64) -> Result<Option<Event>, Error> {
        if !error.is_recoverable() {
            let why = format!("unreadable server data: {error}");
            self.mark_broken(why.clone());
            return Err(Error::Protocol(why));
        }
        let mut unparsed = Unparsed::new(&error.head, error.to_string());
        unparsed.len = error.consumed;
        Ok(Some(self.keep_unparsed(unparsed, at)))
    }

    /// Gives an unparsed response to the command that claims its guessed kind, else to the
    /// oldest written command, else to the unsolicited queue.
    fn keep_unparsed(&mut self, unparsed: Unparsed, at: u64) -> Event {
        let index =
            self.claimant_by_name(&unparsed.kind, at).or_else(|| self.commands.iter().position(|c| c.answers(at)));
        let Some(index) = index else {
            let len = unparsed.len;
            self.queue_unsolicited(Untagged::Unparsed(unparsed), len);
            return Event::Unparsed(None);
        };
        let command = &mut self.commands[index];
        command.bytes_received += unparsed.len as u64;
        if !self.options.strict && command.overflow.is_none() {
            let cost = unparsed.raw.len() + std::mem::size_of::<Unparsed>();
            if fits(&self.options, command, cost) {
                command.held_bytes += cost;
                command.unparsed.push(unparsed);
            }
        } else if command.unparsed.is_empty() {
            command.unparsed.push(unparsed);
        }
        Event::Unparsed(Some(command.tag.clone()))
    }

    /// The wire name of the command in flight with `tag` (`UID FETCH`), for traces.
    pub fn command_name(&self, tag: &str) -> Option<&str> {
        self.commands.iter().find(|c| c.tag == tag).map(|c| c.def.name.as_ref())
    }

    /// FETCH body literals larger than `threshold` bytes go to the sink given to
    /// [`Session::poll_with_sink`] instead of memory; `None` keeps everything in memory.
    pub fn stream_literals_over(&mut self, threshold: Option<u64>) {
        self.stream.stream_literals_over(threshold);
    }

    fn fail_in_flight(&mut self, why: &str) {
        self.fail_all(|def| Error::Protocol(format!("{} not completed: {why}", def.name)));
    }

    /// Fails every command in flight with the error `make` gives for its table line.
    fn fail_all(&mut self, make: impl Fn(&CommandDef) -> Error) {
        while let Some(command) = self.commands.pop_front() {
            if !command.internal {
                self.completed.push_back((command.tag, Err(make(&command.def))));
            }
        }
    }

    fn handle(&mut self, response: Response, at: u64, len: usize) -> Result<Event, Error> {
        match response {
            Response::Continuation(continuation) => Ok(self.handle_continuation(continuation)),
            Response::Tagged { tag, status } => self.handle_tagged(tag, status, at, len),
            Response::Untagged(untagged) => self.handle_untagged(untagged, at, len),
        }
    }

    fn handle_continuation(&mut self, continuation: Continuation) -> Event {
        if let Some(command) = self.commands.iter_mut().find(|c| c.awaiting_literal) {
            command.awaiting_literal = false;
            return Event::LiteralAccepted;
        }
        Event::Continuation(continuation)
    }

    fn learn_code(&mut self, code: &Code) {
        match code {
            Code::Capability(list) => {
                self.capabilities = list.iter().map(|c| c.to_ascii_uppercase()).collect();
                self.capabilities_known = true;
            }
            Code::ReadOnly if self.state == State::Selected && self.selected_read_write => {
                self.became_read_only = true;
            }
            _ => {}
        }
    }

    fn handle_tagged(&mut self, tag: String, status: Status, at: u64, len: usize) -> Result<Event, Error> {
        let Some(index) = self.commands.iter().position(|c| c.tag == tag && c.answers(at)) else {
            // A reply to no command written before it began (an old tag, or a tag the server
            // made up): kept, never matched to a command sent later.
            let unparsed = Unparsed {
                kind: String::new(),
                error: format!("tagged reply {tag:?} to no command written before it"),
                raw: format!("{tag} {} {}", status.kind.as_str(), status.text).into_bytes(),
                len,
            };
            self.queue_unsolicited(Untagged::Unparsed(unparsed), len);
            return Ok(Event::Unsolicited);
        };
        let command = self.commands.remove(index).expect("index from position");
        let def = command.def.clone();
        let result = match status.kind {
            StatusKind::Ok => {
                if let Some(code) = &status.code {
                    self.learn_code(code);
                }
                let fresh_capabilities = matches!(status.code, Some(Code::Capability(_)));
                if matches!(def.exchange, Some(Exchange::StartTls)) && !fresh_capabilities {
                    // RFC 3501 6.2.1: capabilities learned before TLS must be discarded.
                    self.capabilities.clear();
                    self.capabilities_known = false;
                }
                if let Some(then) = def.then {
                    let authenticating = self.state == State::NotAuthenticated && then == State::Authenticated;
                    if authenticating && !fresh_capabilities {
                        self.capabilities_known = false;
                    }
                    if then == State::NotAuthenticated {
                        // UNAUTHENTICATE (RFC 8437 3): ENABLEd extensions are reset, and what
                        // the server offers may differ before authentication.
                        self.enabled.clear();
                        if !fresh_capabilities {
                            self.capabilities_known = false;
                        }
                    }
                    self.state = then;
                }
                if def.then == Some(State::Selected) {
                    self.selected_read_write = !matches!(status.code, Some(Code::ReadOnly));
                    self.became_read_only = false;
                }
                if command.internal && !self.capabilities_known {
                    // A CAPABILITY answered without a list: check against nothing rather than ask forever.
                    self.capabilities_known = true;
                }
                Ok(status)
            }
            StatusKind::No => {
                if let Some(fail) = def.fail {
                    self.state = fail;
                }
                Err(Error::No { command: def.name.to_string(), code: status.code, text: status.text })
            }
            StatusKind::Bye => {
                // Not in the grammar, but sent (`A6 BYE logging out`): the connection ends
                // here; for LOGOUT that is success.
                self.state = State::Logout;
                self.broken.get_or_insert_with(|| format!("BYE {}", status.text));
                if def.then == Some(State::Logout) {
                    Ok(status)
                } else {
                    Err(Error::Bye(status))
                }
            }
            _ => Err(Error::Bad { command: def.name.to_string(), code: status.code, text: status.text }),
        };
        if command.internal && result.is_err() {
            self.capabilities_known = true;
        }
        let result = match (def.exchange, result) {
            (Some(Exchange::StartTls), Ok(status)) => self.start_tls_switch().map(|()| status),
            (Some(Exchange::Compress), Ok(status)) => self.start_compression().map(|()| status),
            (_, result) => result,
        };
        let mut command = command;
        command.bytes_received += len as u64;
        let result = match command.cancelled.take() {
            Some(error) => Err(error),
            None => result,
        };
        self.complete(command, result);
        if self.state == State::Logout && self.broken.is_some() {
            self.fail_in_flight("the server ended the connection (BYE)");
        }
        Ok(Event::Completed(tag))
    }

    /// At the STARTTLS OK: refuses anything the server sent behind it (RFC 3501 6.2.1; a man
    /// in the middle could have injected it, CVE-2011-0411 class), else asks the pump for the
    /// handshake.
    fn start_tls_switch(&mut self) -> Result<(), Error> {
        if self.stream.buffered() > 0 {
            self.mark_broken("server data after STARTTLS OK");
            return Err(Error::Protocol(
                "the server sent data after the STARTTLS OK and before the TLS handshake; refusing to go on".into(),
            ));
        }
        self.switch_pending = true;
        Ok(())
    }

    /// At the COMPRESS OK: both directions are DEFLATE from here on; anything received behind
    /// the OK is already compressed. Its first piece is inflated now, so that garbage there
    /// fails COMPRESS itself.
    fn start_compression(&mut self) -> Result<(), Error> {
        let early = self.stream.take_raw(usize::MAX);
        self.received -= early.len() as u64;
        let mut deflate = Deflate::new();
        deflate.push(&early);
        self.deflate = Some(deflate);
        self.inflate_more().map(drop)
    }

    /// Records a command's outcome (a tagged status, or the error it already is).
    fn complete(&mut self, command: InFlight, result: Result<Status, Error>) {
        if command.internal {
            return;
        }
        let stats = CommandStats {
            bytes_sent: command.bytes_sent,
            bytes_received: command.bytes_received,
            elapsed: command.written_time.zip(self.now).map(|(written, now)| now.saturating_duration_since(written)),
        };
        let InFlight { tag, def, untagged, unparsed, overflow, .. } = command;
        let result = result.and_then(|tagged| {
            if let Some(why) = overflow {
                return Err(Error::Limit(format!("{}: {why}", def.name)));
            }
            if self.options.strict {
                if let Some(first) = unparsed.into_iter().next() {
                    return Err(Error::Unparsed { command: def.name.to_string(), response: first });
                }
                return Ok(Completed { tag: tag.clone(), def, tagged, untagged, unparsed: Vec::new(), stats });
            }
            Ok(Completed { tag: tag.clone(), def, tagged, untagged, unparsed, stats })
        });
        self.completed.push_back((tag, result));
    }

    fn handle_untagged(&mut self, untagged: Untagged, at: u64, len: usize) -> Result<Event, Error> {
        match &untagged {
            Untagged::Capability(list) => {
                self.capabilities = list.iter().map(|c| c.to_ascii_uppercase()).collect();
                self.capabilities_known = true;
            }
            Untagged::Enabled(list) => self.enabled.extend(list.iter().map(|c| c.to_ascii_uppercase())),
            Untagged::Recent(n) => self.last_recent = Some(*n),
            Untagged::Status(status) => {
                if let Some(code) = &status.code {
                    self.learn_code(code);
                }
                if self.greeting.is_none() && self.commands.is_empty() {
                    return Ok(self.handle_greeting(status.clone()));
                }
                if status.kind == StatusKind::Bye {
                    self.state = State::Logout;
                    let logging_out = self.commands.iter().any(|c| c.on_wire() && c.def.then == Some(State::Logout));
                    if logging_out {
                        // RFC 9051 7.1.5: the BYE of a LOGOUT, before its tagged OK.
                        self.bye = Some(status.clone());
                    } else {
                        let status = status.clone();
                        self.broken.get_or_insert_with(|| format!("BYE {}", status.text));
                        self.fail_all(|_| Error::Bye(status.clone()));
                        return Err(Error::Bye(status));
                    }
                }
            }
            _ => {}
        }
        let claims = |c: &InFlight| untagged.claimed_by(&c.def).is_some();
        let index = match carried(&untagged) {
            Carried::Tag(tag) => self.commands.iter().position(|c| c.tag == tag && c.answers(at)),
            Carried::Mailbox(name) => self
                .commands
                .iter()
                .position(|c| c.answers(at) && claims(c) && c.correlator.names(name))
                // Else a claimant that names no mailbox (LIST with LIST-STATUS); never a STATUS
                // that asked about another mailbox.
                .or_else(|| {
                    self.commands.iter().position(|c| c.answers(at) && claims(c) && !c.correlator.has_mailbox())
                }),
            Carried::Nothing => self.commands.iter().position(|c| c.answers(at) && claims(c)),
        };
        let Some(index) = index else {
            self.queue_unsolicited(untagged, len);
            return Ok(Event::Unsolicited);
        };
        let cost = len + std::mem::size_of::<Untagged>();
        let options = &self.options;
        let command = &mut self.commands[index];
        command.bytes_received += len as u64;
        if command.overflow.is_none() {
            if fits(options, command, cost) {
                command.held_bytes += cost;
                command.untagged.push(untagged);
            } else {
                command.overflow = Some(format!(
                    "the server sent more than the session keeps for one command ({} responses or {} bytes; \
                     SessionOptions::max_command_responses / max_command_bytes)",
                    options.max_command_responses, options.max_command_bytes
                ));
                // What was collected is of no use now; free it while the rest drains.
                command.untagged = Vec::new();
            }
        }
        Ok(Event::Claimed(command.tag.clone()))
    }

    /// The oldest command written before offset `at` that claims the kind `name` (a table
    /// kind or a site kind), for a response known only by its guessed name.
    fn claimant_by_name(&self, name: &str, at: u64) -> Option<usize> {
        let kind = UntaggedKind::from_name(name);
        self.commands.iter().position(|c| {
            c.answers(at)
                && match kind {
                    Some(kind) => c.def.claim_of(kind).is_some(),
                    None => c.def.site_claim_of(name).is_some(),
                }
        })
    }

    fn queue_unsolicited(&mut self, untagged: Untagged, len: usize) {
        let cost = len + std::mem::size_of::<Untagged>();
        while !self.unsolicited.is_empty()
            && (self.unsolicited.len() >= self.options.max_unsolicited
                || self.unsolicited_bytes + cost > self.options.max_unsolicited_bytes)
        {
            if let Some((_, dropped)) = self.unsolicited.pop_front() {
                self.unsolicited_bytes -= dropped;
                self.unsolicited_dropped += 1;
            }
        }
        if cost > self.options.max_unsolicited_bytes || self.options.max_unsolicited == 0 {
            self.unsolicited_dropped += 1;
            return;
        }
        self.unsolicited_bytes += cost;
        self.unsolicited.push_back((untagged, cost));
    }

    fn handle_greeting(&mut self, status: Status) -> Event {
        match status.kind {
            StatusKind::PreAuth => self.state = State::Authenticated,
            StatusKind::Bye => self.mark_broken(format!("BYE {}", status.text)),
            _ => self.state = State::NotAuthenticated,
        }
        self.greeting = Some(status.clone());
        Event::Greeting(status)
    }

    /// The untagged responses collected so far by the in-flight command `tag`.
    pub fn collected(&self, tag: &str) -> &[Untagged] {
        self.commands.iter().find(|c| c.tag == tag).map_or(&[], |c| &c.untagged)
    }

    /// imaplib's `readline()` for experts: removes and returns buffered server bytes up to and
    /// including the next LF, if a whole line is buffered. Bypasses the parser.
    pub fn take_raw_line(&mut self) -> Option<Vec<u8>> {
        loop {
            if let Some(line) = self.stream.take_raw_line() {
                return Some(line);
            }
            if !self.inflate_more().unwrap_or(false) {
                return None;
            }
        }
    }

    /// imaplib's `read(size)` for experts: removes and returns up to `size` buffered bytes.
    pub fn take_raw(&mut self, size: usize) -> Vec<u8> {
        if self.stream.buffered() == 0 {
            let _ = self.inflate_more();
        }
        self.stream.take_raw(size)
    }

    /// After the pump awaited the greeting: `Ok` when the server greeted and the connection is
    /// usable, else why not (a BYE greeting, a timeout, a closed connection). Both pumps use it.
    pub fn greeted(&self) -> Result<(), Error> {
        if self.greeting.is_some() && self.broken.is_none() {
            return Ok(());
        }
        Err(match self.failure() {
            Some(Error::Closed) | None => Error::Protocol(format!(
                "server refused the connection: {}",
                self.broken.as_deref().unwrap_or("no greeting")
            )),
            Some(error) => error,
        })
    }

    /// Gives back buffer memory a big response left behind, when nothing is buffered: pumps
    /// call it when a command ends, so that idle connections stay small.
    pub fn release_buffers(&mut self) {
        self.stream.release();
    }

    /// Takes the result of the command with `tag`, once [`Event::Completed`] named it.
    pub fn take_completed(&mut self, tag: &str) -> Option<Result<Completed, Error>> {
        let index = self.completed.iter().position(|(t, _)| t == tag)?;
        self.completed.remove(index).map(|(_, result)| result)
    }

    /// imaplib's `response(code)`: removes and returns the queued unsolicited responses of
    /// `kind` (`EXISTS`, `OK[ALERT]`, `XFOO`, `UNPARSED`).
    pub fn take_unsolicited(&mut self, kind: &str) -> Vec<Untagged> {
        let mut taken = Vec::new();
        let mut freed = 0;
        self.unsolicited.retain(|(u, cost)| {
            if u.kind().eq_ignore_ascii_case(kind) {
                taken.push(u.clone());
                freed += cost;
                false
            } else {
                true
            }
        });
        self.unsolicited_bytes -= freed;
        taken
    }

    /// Removes and returns every queued unsolicited response, oldest first.
    pub fn drain_unsolicited(&mut self) -> Vec<Untagged> {
        self.unsolicited_bytes = 0;
        self.unsolicited.drain(..).map(|(u, _)| u).collect()
    }

    /// The queued unsolicited responses, oldest first, left in the queue (NOTIFY's
    /// notifications, mailbox updates no command claimed).
    pub fn unsolicited(&self) -> impl Iterator<Item = &Untagged> {
        self.unsolicited.iter().map(|(u, _)| u)
    }

    /// How many unsolicited responses were dropped (oldest first) to keep the queue within
    /// [`SessionOptions::max_unsolicited`] and [`SessionOptions::max_unsolicited_bytes`].
    pub fn unsolicited_dropped(&self) -> u64 {
        self.unsolicited_dropped
    }

    /// imaplib's `recent()`: the last RECENT count the server sent, whichever command's
    /// result (SELECT's, NOOP's) or the unsolicited queue it went to.
    pub fn recent(&self) -> Option<u32> {
        self.last_recent
    }
}

/// COMPRESS is sent only for the one algorithm the session speaks, and only once.
fn check_compress(command: &Command, active: bool) -> Result<(), Error> {
    if active {
        return Err(Error::Refused("compression is already on for this connection".into()));
    }
    let deflate = match command.parts.as_slice() {
        [crate::encode::Part::Text { bytes, .. }] => bytes.trim_ascii().eq_ignore_ascii_case(b"DEFLATE"),
        _ => false,
    };
    if deflate {
        Ok(())
    } else {
        Err(Error::Arg(crate::encode::ArgError {
            argument: Cow::Borrowed("algorithm"),
            reason: "this client compresses with DEFLATE only (COMPRESS=DEFLATE)".into(),
        }))
    }
}

/// Whether a response of `cost` bytes may still be collected for `command`.
fn fits(options: &SessionOptions, command: &InFlight, cost: usize) -> bool {
    command.untagged.len() + command.unparsed.len() < options.max_command_responses
        && command.held_bytes + cost <= options.max_command_bytes
}

/// The extensions IMAP4rev2 includes (RFC 9051 1 and Appendix E), so a rev2-only server's
/// MOVE, UID EXPUNGE, ESEARCH or LIST-STATUS is not refused for want of their names.
/// What to use instead of a command IMAP4rev2 removed.
fn removed_hint(name: &str) -> &'static str {
    match name {
        "LSUB" => ": use LIST with ListSelection::subscribed()",
        "CHECK" => ": use NOOP",
        _ => "",
    }
}

const IMPLIED_BY_IMAP4REV2: &[&str] = &[
    "NAMESPACE",
    "UNSELECT",
    "UIDPLUS",
    "ESEARCH",
    "SEARCHRES",
    "ENABLE",
    "IDLE",
    "SASL-IR",
    "LIST-EXTENDED",
    "LIST-STATUS",
    "MOVE",
    "LITERAL-",
    "BINARY",
    "SPECIAL-USE",
    "STATUS=SIZE",
];

/// The session's own CAPABILITY, asked when a command needs a capability and the server's
/// list is not known.
static CAPABILITY_DEF: CommandDef = CommandDef {
    name: Cow::Borrowed("CAPABILITY"),
    method: Cow::Borrowed("capability"),
    states: Cow::Borrowed(&[State::NotAuthenticated, State::Authenticated, State::Selected]),
    args: Cow::Borrowed(&[]),
    untagged: Cow::Borrowed(&[Claim::Known(UntaggedKind::Capability)]),
    then: None,
    fail: None,
    needs: None,
    several_need: None,
    forbidden_by: None,
    removed_in: None,
    forbidden_when_enabled: None,
    exchange: None,
    doc: Cow::Borrowed(
        "The session's own CAPABILITY, asked when a command needs a capability the server has not listed.",
    ),
    example: None,
};

/// What an exchange handler answers to a continuation request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExchangeReply {
    /// Send this line (CRLF is added); `secret` redacts it in traces.
    Send {
        /// The line, e.g. a base64 SASL response.
        line: Vec<u8>,
        /// Redact in traces.
        secret: bool,
    },
    /// Send `*`: cancel the exchange (RFC 3501 6.2.2); the server answers BAD.
    Cancel,
    /// Send nothing now (IDLE's `+ idling`: wait for events).
    Wait,
}

/// The hand-written part of a command with an exchange (AUTHENTICATE's challenges, IDLE's
/// `DONE`): the table line gives the wire form, states and responses; this gives the dialogue.
pub trait ExchangeHandler {
    /// A continuation request (`+ …`) arrived for the command.
    fn continuation(&mut self, request: &Continuation) -> Result<ExchangeReply, Error>;

    /// An untagged response arrived while the command runs; return a line to send (IDLE's
    /// `DONE`), or `None`.
    fn untagged(&mut self, response: &Untagged) -> Option<Vec<u8>> {
        let _ = response;
        None
    }

    /// The transport's read timeout expired while waiting, or [`ExchangeHandler::deadline`]
    /// passed; return a line to send (IDLE's `DONE`), or `None` to report the timeout as an
    /// error.
    fn timed_out(&mut self) -> Option<Vec<u8>> {
        None
    }

    /// When the wait ends whatever arrives meanwhile (IDLE's own timeout): reads then wait at
    /// most until this instant, and [`ExchangeHandler::timed_out`] is called at it. Data that
    /// the handler ignores, such as a server's keep-alive `* OK Still here`, does not extend
    /// the wait. `None` (the default): the transport's read timeout applies to each read.
    fn deadline(&self) -> Option<std::time::Instant> {
        None
    }

    /// Whether the handler holds something for its caller right now (an IDLE update
    /// waiting): a pump that hands updates out one at a time returns to its caller then,
    /// and steps on later. The default says no.
    fn ready(&self) -> bool {
        false
    }
}

/// Runs commands: the one thing generated command methods need. Implemented by the blocking
/// client (and by anything else that can move a [`Session`]'s chunks to a server and back).
pub trait Execute {
    /// Sends `command`, runs its exchange with `handler` if it has one, and returns the
    /// completed command on a tagged OK. A tagged NO or BAD is an [`Error`].
    fn execute(&mut self, command: Command, handler: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error>;

    /// Sends a built request and returns its typed result: what every generated method does.
    fn run<R: From<Completed>>(
        &mut self,
        request: Request<R>,
        handler: Option<&mut dyn ExchangeHandler>,
    ) -> Result<R, Error>
    where
        Self: Sized,
    {
        self.execute(request.into_command(), handler).map(R::from)
    }
}

/// What the generated async methods (`AsyncCommands`) run on: the async client, or any
/// other pump that can run a command to completion without blocking.
pub trait AsyncExecute: Send {
    /// Sends `command`, runs its exchange with `handler` if it has one, and resolves to the
    /// completed command on a tagged OK. A tagged NO or BAD is an [`Error`].
    fn execute(
        &mut self,
        command: Command,
        handler: Option<&mut (dyn ExchangeHandler + Send)>,
    ) -> impl std::future::Future<Output = Result<Completed, Error>> + Send;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int2ap_like_imaplib() {
        assert_eq!(int2ap(0), "A");
        assert_eq!(int2ap(15), "P");
        assert_eq!(int2ap(16), "BA");
        assert_eq!(int2ap(0x1234), "BCDE");
    }
}
