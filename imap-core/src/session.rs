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
//! order, and each tagged reply completes its own command. An untagged response goes to the
//! oldest in-flight command whose table line claims its kind, else to the unsolicited queue.
//! A command's state check uses the state at submission, so submit state-changing commands
//! (LOGIN, SELECT, ...) alone and wait for them.

use std::collections::VecDeque;

use crate::command::{CommandDef, Exchange, State};
use crate::encode::{Chunk, Command, WireOptions};
use crate::error::Error;
use crate::extract::{take_generic, Extract, GenericResponse};
use crate::parse::{Arena, LiteralSink, ParseError, ParseOptions, ResponseStream};
use crate::types::borrowed::{FetchRef, ResponseRef};
use crate::types::{Code, Continuation, Response, Status, StatusKind, Untagged};

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
    /// Refuse commands whose table line needs a capability the server did not advertise.
    pub check_capabilities: bool,
    /// At most this many unsolicited responses are kept; older ones are dropped first.
    pub max_unsolicited: usize,
}

impl Default for SessionOptions {
    fn default() -> SessionOptions {
        SessionOptions {
            tags: TagStyle::Counter { prefix: "A".into() },
            // A SEARCH of a million UIDs is a 7 MB line; 64 MiB bounds memory all the same.
            parse: ParseOptions { max_line: 64 << 20, ..ParseOptions::default() },
            check_capabilities: true,
            max_unsolicited: 10_000,
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
    /// An untagged response was routed to an in-flight command.
    Claimed(String),
    /// An untagged response no command claimed; it is queued.
    Unsolicited,
    /// A response could not be parsed and was skipped (the session resynchronised after it).
    Skipped(String),
}

/// A finished command.
#[derive(Debug, Clone)]
pub struct Completed {
    /// Its tag.
    pub tag: String,
    /// Its table line.
    pub def: &'static CommandDef,
    /// The tagged reply.
    pub tagged: Status,
    /// The untagged responses it claimed, in arrival order.
    pub untagged: Vec<Untagged>,
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
}

#[derive(Debug)]
struct InFlight {
    tag: String,
    def: &'static CommandDef,
    untagged: Vec<Untagged>,
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
    in_flight: VecDeque<InFlight>,
    completed: VecDeque<(String, Result<Completed, Error>)>,
    output: VecDeque<Chunk>,
    held: VecDeque<Chunk>,
    waiting_for_literal: bool,
    unsolicited: VecDeque<Untagged>,
    stream: ResponseStream,
    selected_read_write: bool,
    became_read_only: bool,
    broken: Option<String>,
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
            in_flight: VecDeque::new(),
            completed: VecDeque::new(),
            output: VecDeque::new(),
            held: VecDeque::new(),
            waiting_for_literal: false,
            unsolicited: VecDeque::new(),
            stream,
            selected_read_write: false,
            became_read_only: false,
            broken: None,
        }
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

    /// Whether the server advertised `capability` (case-insensitive), or it was assumed.
    pub fn has_capability(&self, capability: &str) -> bool {
        self.capabilities.iter().chain(&self.assumed).any(|c| c.eq_ignore_ascii_case(capability))
    }

    /// Treats `capability` as advertised, for servers that support more than they say.
    pub fn assume_capability(&mut self, capability: &str) {
        self.assumed.push(capability.to_ascii_uppercase());
    }

    /// Capabilities the server said it ENABLEd.
    pub fn enabled(&self) -> &[String] {
        &self.enabled
    }

    /// imaplib's `PROTOCOL_VERSION`: `IMAP4rev2` or `IMAP4rev1` from the capabilities.
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

    /// Marks the connection unusable (transport failure); later calls fail with `Closed`.
    pub fn mark_broken(&mut self, why: impl Into<String>) {
        self.broken.get_or_insert_with(|| why.into());
        self.state = State::Logout;
    }

    /// Sets the state by hand (a transport that starts authenticated, tests).
    pub fn set_state(&mut self, state: State) {
        self.state = state;
    }

    /// Whether commands are in flight.
    pub fn busy(&self) -> bool {
        !self.in_flight.is_empty()
    }

    /// The next tag that [`Session::submit`] will use.
    pub fn next_tag(&self) -> String {
        let n = self.counter + 1;
        match &self.options.tags {
            TagStyle::Counter { prefix } => format!("{prefix}{n:04}"),
            TagStyle::Int2Ap { seed } => format!("{}{n}", int2ap(*seed)),
        }
    }

    fn wire_options(&self) -> WireOptions {
        WireOptions {
            literal_plus: self.has_capability("LITERAL+"),
            literal_minus: self.has_capability("LITERAL-") || self.has_capability("IMAP4rev2"),
            utf8: self.enabled.iter().any(|c| c.eq_ignore_ascii_case("UTF8=ACCEPT")),
        }
    }

    /// Checks a command against state and capabilities and queues its chunks. Returns its tag.
    /// Nothing is queued when it fails.
    pub fn submit(&mut self, command: Command) -> Result<String, Error> {
        let def = command.def;
        if let Some(why) = &self.broken {
            return Err(if why.starts_with("BYE") { Error::Closed } else { Error::Protocol(why.clone()) });
        }
        if self.became_read_only {
            self.became_read_only = false;
            return Err(Error::ReadOnly("the selected mailbox".into()));
        }
        if !def.states.contains(&self.state) {
            return Err(Error::State { command: def.name, current: self.state, allowed: def.states });
        }
        if let Some(capability) = def.needs {
            if self.options.check_capabilities && self.capabilities_known && !self.has_capability(capability) {
                return Err(Error::Capability { command: def.name, capability });
            }
        }
        if let Some(capability) = def.forbidden_by {
            if self.has_capability(capability) {
                return Err(Error::Forbidden { command: def.name, capability });
            }
        }
        let tag = self.next_tag();
        self.counter += 1;
        let chunks = command.to_chunks(&tag, self.wire_options());
        if self.waiting_for_literal || !self.held.is_empty() {
            self.held.extend(chunks);
        } else {
            self.queue_chunks(chunks);
        }
        self.in_flight.push_back(InFlight { tag: tag.clone(), def, untagged: Vec::new() });
        Ok(tag)
    }

    /// Moves chunks to the output until one must wait for a continuation.
    fn queue_chunks(&mut self, chunks: impl IntoIterator<Item = Chunk>) {
        let mut chunks = chunks.into_iter();
        for chunk in chunks.by_ref() {
            let wait = chunk.wait;
            self.output.push_back(chunk);
            if wait {
                self.waiting_for_literal = true;
                break;
            }
        }
        let rest: Vec<Chunk> = chunks.collect();
        for chunk in rest.into_iter().rev() {
            self.held.push_front(chunk);
        }
    }

    /// The next bytes to write, if any.
    pub fn next_chunk(&mut self) -> Option<Chunk> {
        self.output.pop_front()
    }

    /// Queues a line for the exchange handler's answer to a continuation (a SASL response,
    /// IDLE's `DONE`); CRLF is added. Redacted in traces when `secret`.
    pub fn send_continuation(&mut self, line: &[u8], secret: bool) {
        let mut bytes = line.to_vec();
        bytes.extend_from_slice(b"\r\n");
        let trace = if secret { b"***\r\n".to_vec() } else { bytes.clone() };
        self.output.push_back(Chunk { bytes, trace, wait: false, external_before: None });
    }

    /// Adds bytes received from the server.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.stream.feed(bytes);
    }

    /// Bytes received but not yet processed.
    pub fn buffered(&self) -> usize {
        self.stream.buffered()
    }

    /// Processes the next complete response in the input. `Ok(None)`: more bytes are needed.
    /// An error means the connection is unusable (BYE, or a stream that cannot be framed).
    pub fn poll(&mut self) -> Result<Option<Event>, Error> {
        self.poll_with_sink(None)
    }

    /// [`Session::poll`], handing the data of streamed FETCH body literals (see
    /// [`Session::stream_literals_over`]) to `sink` as it arrives.
    pub fn poll_with_sink(&mut self, sink: Option<&mut (dyn LiteralSink + '_)>) -> Result<Option<Event>, Error> {
        let next = match sink {
            Some(sink) => self.stream.next_response_with_sink(sink),
            None => self.stream.next_response(),
        };
        match next {
            Ok(Some(response)) => self.handle(response).map(Some),
            Ok(None) => Ok(None),
            Err(error) => self.unreadable(error),
        }
    }

    /// [`Session::poll`], except that FETCH responses are parsed in borrowed form
    /// ([`crate::parse::parse_response_ref`]) into `arena` and handed to `visit` instead of
    /// being collected or queued (the event is [`Event::Claimed`] `"FETCH"`); the arena is
    /// reset after each response. Everything else is handled as [`Session::poll`] does.
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
        let next = match self.stream.next_response_ref(arena) {
            Ok(Some(ResponseRef::Fetch(fetch))) => {
                visit(fetch);
                None
            }
            Ok(Some(ResponseRef::Other(response))) => Some(Ok(response)),
            Ok(None) => return Ok(None),
            Err(error) => Some(Err(error)),
        };
        arena.reset();
        match next {
            None => Ok(Some(Event::Claimed("FETCH".into()))),
            Some(Ok(response)) => self.handle(response).map(Some),
            Some(Err(error)) => self.unreadable(error),
        }
    }

    /// A response that could not be read: skipped when the stream can go on, else the
    /// connection is broken.
    fn unreadable(&mut self, error: ParseError) -> Result<Option<Event>, Error> {
        if error.is_recoverable() {
            return Ok(Some(Event::Skipped(error.to_string())));
        }
        let why = format!("unreadable server data: {error}");
        self.mark_broken(why.clone());
        self.fail_in_flight(&why);
        Err(Error::Protocol(why))
    }

    /// FETCH body literals larger than `threshold` bytes go to the sink given to
    /// [`Session::poll_with_sink`] instead of memory; `None` keeps everything in memory.
    pub fn stream_literals_over(&mut self, threshold: Option<u64>) {
        self.stream.stream_literals_over(threshold);
    }

    fn fail_in_flight(&mut self, why: &str) {
        while let Some(command) = self.in_flight.pop_front() {
            let error = Error::Protocol(format!("{} not completed: {why}", command.def.name));
            self.completed.push_back((command.tag, Err(error)));
        }
    }

    fn handle(&mut self, response: Response) -> Result<Event, Error> {
        match response {
            Response::Continuation(continuation) => Ok(self.handle_continuation(continuation)),
            Response::Tagged { tag, status } => self.handle_tagged(tag, status),
            Response::Untagged(untagged) => self.handle_untagged(untagged),
        }
    }

    fn handle_continuation(&mut self, continuation: Continuation) -> Event {
        if self.waiting_for_literal {
            self.waiting_for_literal = false;
            let held: Vec<Chunk> = self.held.drain(..).collect();
            self.queue_chunks(held);
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

    fn handle_tagged(&mut self, tag: String, status: Status) -> Result<Event, Error> {
        let Some(index) = self.in_flight.iter().position(|c| c.tag == tag) else {
            return Ok(Event::Skipped(format!("tagged reply for unknown tag {tag:?}")));
        };
        let command = self.in_flight.remove(index).expect("index from position");
        if index == 0 && self.waiting_for_literal {
            // The server refused the literal (NO/BAD before `+`): drop the rest of the command.
            self.waiting_for_literal = false;
            self.held.clear();
        }
        let def = command.def;
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
                    self.state = then;
                }
                if def.then == Some(State::Selected) {
                    self.selected_read_write = !matches!(status.code, Some(Code::ReadOnly));
                    self.became_read_only = false;
                }
                Ok(Completed { tag: command.tag, def, tagged: status, untagged: command.untagged })
            }
            StatusKind::No => {
                if let Some(fail) = def.fail {
                    self.state = fail;
                }
                Err(Error::No { command: def.name, code: status.code, text: status.text })
            }
            _ => Err(Error::Bad { command: def.name, code: status.code, text: status.text }),
        };
        self.completed.push_back((tag.clone(), result));
        Ok(Event::Completed(tag))
    }

    fn handle_untagged(&mut self, untagged: Untagged) -> Result<Event, Error> {
        match &untagged {
            Untagged::Capability(list) => {
                self.capabilities = list.iter().map(|c| c.to_ascii_uppercase()).collect();
                self.capabilities_known = true;
            }
            Untagged::Enabled(list) => self.enabled.extend(list.iter().map(|c| c.to_ascii_uppercase())),
            Untagged::Status(status) => {
                if let Some(code) = &status.code {
                    self.learn_code(code);
                }
                if self.greeting.is_none() && self.in_flight.is_empty() {
                    return Ok(self.handle_greeting(status.clone()));
                }
                if status.kind == StatusKind::Bye {
                    let why = format!("BYE {}", status.text);
                    self.state = State::Logout;
                    let logging_out = self.in_flight.iter().any(|c| c.def.then == Some(State::Logout));
                    if !logging_out {
                        self.broken.get_or_insert(why);
                        let status = status.clone();
                        while let Some(command) = self.in_flight.pop_front() {
                            self.completed.push_back((command.tag, Err(Error::Bye(status.clone()))));
                        }
                        return Err(Error::Bye(status));
                    }
                }
            }
            _ => {}
        }
        let kind = untagged.kind();
        if let Some(command) = self.in_flight.iter_mut().find(|c| c.def.claims(&kind)) {
            command.untagged.push(untagged);
            return Ok(Event::Claimed(kind.into_owned()));
        }
        if self.unsolicited.len() >= self.options.max_unsolicited {
            self.unsolicited.pop_front();
        }
        self.unsolicited.push_back(untagged);
        Ok(Event::Unsolicited)
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
        self.in_flight.iter().find(|c| c.tag == tag).map_or(&[], |c| &c.untagged)
    }

    /// imaplib's `readline()` for experts: removes and returns buffered server bytes up to and
    /// including the next LF, if a whole line is buffered. Bypasses the parser.
    pub fn take_raw_line(&mut self) -> Option<Vec<u8>> {
        self.stream.take_raw_line()
    }

    /// imaplib's `read(size)` for experts: removes and returns up to `size` buffered bytes.
    pub fn take_raw(&mut self, size: usize) -> Vec<u8> {
        self.stream.take_raw(size)
    }

    /// Takes the result of the command with `tag`, once [`Event::Completed`] named it.
    pub fn take_completed(&mut self, tag: &str) -> Option<Result<Completed, Error>> {
        let index = self.completed.iter().position(|(t, _)| t == tag)?;
        self.completed.remove(index).map(|(_, result)| result)
    }

    /// imaplib's `response(code)`: removes and returns the queued unsolicited responses of
    /// `kind` (`EXISTS`, `OK[ALERT]`, `XFOO`).
    pub fn take_unsolicited(&mut self, kind: &str) -> Vec<Untagged> {
        let mut taken = Vec::new();
        self.unsolicited.retain(|u| {
            if u.kind().eq_ignore_ascii_case(kind) {
                taken.push(u.clone());
                false
            } else {
                true
            }
        });
        taken
    }

    /// Removes and returns every queued unsolicited response, oldest first.
    pub fn drain_unsolicited(&mut self) -> Vec<Untagged> {
        self.unsolicited.drain(..).collect()
    }

    /// imaplib's `recent()`: the last unsolicited RECENT count, if one is queued.
    pub fn recent(&self) -> Option<u32> {
        self.unsolicited.iter().rev().find_map(|u| match u {
            Untagged::Recent(n) => Some(*n),
            _ => None,
        })
    }
}

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
}

/// Runs commands: the one thing generated command methods need. Implemented by the blocking
/// client (and by anything else that can move a [`Session`]'s chunks to a server and back).
pub trait Execute {
    /// Sends `command`, runs its exchange with `handler` if it has one, and returns the
    /// completed command on a tagged OK. A tagged NO or BAD is an [`Error`].
    fn execute(&mut self, command: Command, handler: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error>;
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
