//! The session's side of every flow, and time: what a pump calls in its loop.
//!
//! A pump (the blocking client, an async one, a test) does only I/O:
//!
//! ```text
//! loop {
//!     match session.step(awaiting, handler, reading, Instant::now()) {
//!         Step::Write => write every session.next_chunk(), its bytes (and a streamed literal's source
//!                        bytes before them) through session.encode_outgoing,
//!         Step::Read { until } => read once, waiting at most until `until`; feed what came,
//!         Step::StartTls => TLS handshake on the transport, then session.transport_secured(),
//!         Step::Done => take the result (session.take_completed(tag)) and return it,
//!     }
//! }
//! ```
//!
//! Everything else is decided here: answering continuations through the command's
//! [`ExchangeHandler`] (SASL challenges, IDLE), refusing a secret over an insecure transport
//! (the exchange is cancelled with `*`), DONE when IDLE's deadline passes, the STARTTLS
//! residue check, COMPRESS, and the deadlines: [`SessionOptions::read_timeout`] (no byte from
//! the server for that long while it owes an answer) and [`SessionOptions::command_timeout`]
//! (a command not complete that long after it was written). A read that returns nothing
//! because `until` passed is simply followed by the next `step`: the session then sees that
//! the time is up and fails what it must with [`Error::Timeout`].

use std::time::{Duration, Instant};

use crate::command::Exchange;
use crate::error::Error;
use crate::parse::{Arena, LiteralSink};
use crate::types::borrowed::FetchRef;

use super::{Event, ExchangeHandler, ExchangeReply, Session};

/// How the responses of the awaited command are read.
pub enum Reading<'r> {
    /// Parsed into owned values; FETCH body literals over the threshold
    /// ([`Session::stream_literals_over`]) go to the sink.
    Owned(Option<&'r mut dyn LiteralSink>),
    /// FETCH responses parsed borrowed into the arena and handed to the visitor
    /// ([`Session::poll_fetch_with`]).
    Borrowed(&'r mut Arena, &'r mut dyn FnMut(FetchRef<'_>)),
}

impl std::fmt::Debug for Reading<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Reading::Owned(None) => "Owned",
            Reading::Owned(Some(_)) => "Owned(sink)",
            Reading::Borrowed(..) => "Borrowed",
        })
    }
}

/// What the pump waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Await<'a> {
    /// The server's greeting.
    Greeting,
    /// The completion of the command with this tag.
    Command(&'a str),
}

/// What the pump must do next, from [`Session::step`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Write every [`Session::next_chunk`], then step again.
    Write,
    /// Read once from the transport, waiting at most until `until` (`None`: as long as it
    /// takes), feed what arrived ([`Session::feed`]; at end of input [`Session::peer_closed`]),
    /// then step again — also when the wait ended with nothing read.
    Read {
        /// When to give up waiting and step again.
        until: Option<Instant>,
    },
    /// The STARTTLS OK arrived with nothing behind it: do the TLS handshake now, then call
    /// [`Session::transport_secured`] (or [`Session::mark_broken`] if it failed).
    StartTls,
    /// What was awaited happened (or cannot happen any more): for a command, take its result
    /// with [`Session::take_completed`]; for the greeting, see [`Session::greeting`] and
    /// [`Session::broken`].
    Done,
}

impl Session {
    /// Advances the protocol as far as it goes without I/O and says what I/O it needs. `now`
    /// is the current time (the session has no clock of its own); `handler` answers the
    /// awaited command's continuations and sees its untagged responses (SASL, IDLE).
    pub fn step(
        &mut self,
        awaiting: Await<'_>,
        mut handler: Option<&mut (dyn ExchangeHandler + '_)>,
        reading: &mut Reading<'_>,
        now: Instant,
    ) -> Step {
        self.observe(now);
        loop {
            self.check_time(now, &mut handler);
            if self.switch_pending {
                return Step::StartTls;
            }
            if self.has_output() {
                return Step::Write;
            }
            let done = match awaiting {
                Await::Greeting => self.greeting.is_some() || self.broken.is_some(),
                Await::Command(tag) => {
                    let finished =
                        self.completed.iter().any(|(t, _)| t == tag) || !self.commands.iter().any(|c| c.tag == tag);
                    // The session's own business on the wire (CAPABILITY after STARTTLS) ends first.
                    finished && !self.commands.iter().any(|c| c.internal && c.on_wire())
                }
            };
            if done {
                return Step::Done;
            }
            let polled = match reading {
                Reading::Owned(sink) => self.poll_with_sink(sink.as_deref_mut()),
                Reading::Borrowed(arena, visit) => self.poll_fetch_with(arena, *visit),
            };
            let event = match polled {
                Ok(Some(event)) => event,
                Ok(None) => return Step::Read { until: self.deadline(handler.as_deref()) },
                // Already recorded: the commands it ended carry the error.
                Err(_) => continue,
            };
            let Await::Command(tag) = awaiting else { continue };
            match event {
                Event::Continuation(request) => {
                    let Some(handler) = handler.as_deref_mut() else {
                        self.mark_broken(format!("unexpected continuation request: {:?}", request.text));
                        continue;
                    };
                    match handler.continuation(&request) {
                        Ok(ExchangeReply::Send { secret: true, .. }) if self.insecure() => {
                            self.cancel_exchange(
                                tag,
                                Error::Refused(
                                    "the SASL exchange would send a secret in clear to a host on the network".into(),
                                ),
                            );
                        }
                        Ok(ExchangeReply::Send { line, secret }) => self.send_continuation(&line, secret),
                        Ok(ExchangeReply::Cancel) => self.send_continuation(b"*", false),
                        Ok(ExchangeReply::Wait) => {}
                        Err(error) => self.cancel_exchange(tag, error),
                    }
                }
                Event::Claimed(claimer) if claimer == tag => {
                    if let Some(handler) = handler.as_deref_mut() {
                        if let Some(last) = self.collected(tag).last().cloned() {
                            if let Some(line) = handler.untagged(&last) {
                                self.send_done(tag, &line, now);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Answers a continuation with `*` (RFC 9051 6.2.2) and makes `error` the command's result
    /// whatever the server says next.
    fn cancel_exchange(&mut self, tag: &str, error: Error) {
        self.send_continuation(b"*", false);
        if let Some(command) = self.commands.iter_mut().find(|c| c.tag == tag) {
            command.cancelled = Some(error);
        }
    }

    /// Sends a line that ends an exchange (IDLE's DONE) and starts the wait for its reply.
    fn send_done(&mut self, tag: &str, line: &[u8], now: Instant) {
        self.send_continuation(line, false);
        if let Some(command) = self.commands.iter_mut().find(|c| c.tag == tag) {
            command.ended_at.get_or_insert(now);
        }
    }

    /// Records when input last arrived (progress), given the time of this step.
    fn observe(&mut self, now: Instant) {
        self.started.get_or_insert(now);
        if self.received != self.received_seen {
            self.received_seen = self.received;
            self.last_input = Some(now);
        }
        self.now = Some(now);
    }

    /// Whether the transport counts as secure for secrets (TLS, loopback, a child process),
    /// or insecure secrets are allowed.
    pub(super) fn insecure(&self) -> bool {
        !self.secure && !self.allow_insecure_auth
    }

    /// The earliest moment something must happen: a read, command, greeting or DONE deadline,
    /// or the handler's own (IDLE's end).
    pub fn deadline(&self, handler: Option<&dyn ExchangeHandler>) -> Option<Instant> {
        let options = &self.options;
        let after = |start: Option<Instant>, limit: Option<Duration>| start.zip(limit).map(|(s, l)| s + l);
        let mut earliest: Option<Instant> = None;
        let mut consider = |at: Option<Instant>| {
            if let Some(at) = at {
                earliest = Some(earliest.map_or(at, |e| e.min(at)));
            }
        };
        if self.greeting.is_none() && self.broken.is_none() {
            consider(after(self.started, options.read_timeout));
        }
        for command in self.commands.iter().filter(|c| c.on_wire()) {
            if let Some(ended) = command.ended_at {
                // After DONE (or a cancel) the reply is due within one read timeout, however
                // much the server keeps talking.
                consider(after(Some(ended), options.read_timeout));
                continue;
            }
            if command.def.exchange == Some(Exchange::Idle) {
                // An IDLE waits as long as its handler says; the server may be silent.
                continue;
            }
            consider(after(command.written_time, options.command_timeout));
            let progress = command.written_time.max(self.last_input);
            consider(after(progress, options.read_timeout));
        }
        if let Some(handler) = handler {
            consider(handler.deadline());
        }
        earliest
    }

    /// Applies every deadline that passed by `now`.
    fn check_time(&mut self, now: Instant, handler: &mut Option<&mut (dyn ExchangeHandler + '_)>) {
        if let Some(handler) = handler.as_deref_mut() {
            if handler.deadline().is_some_and(|at| at <= now) {
                let idling =
                    self.commands.iter().find(|c| c.on_wire() && c.def.exchange.is_some() && c.ended_at.is_none());
                match (idling.map(|c| c.tag.clone()), handler.timed_out()) {
                    (Some(tag), Some(line)) => self.send_done(&tag, &line, now),
                    (_, _) => self.time_out("the exchange's deadline passed"),
                }
            }
        }
        if self.deadline(None).is_some_and(|at| at <= now) {
            let what = if self.greeting.is_none() { "no greeting from the server" } else { "no reply from the server" };
            self.time_out(what);
        }
    }

    fn time_out(&mut self, what: &str) {
        let limits = match (self.options.read_timeout, self.options.command_timeout) {
            (Some(read), Some(command)) => format!(" (read timeout {read:?}, command timeout {command:?})"),
            (Some(read), None) => format!(" (read timeout {read:?})"),
            (None, Some(command)) => format!(" (command timeout {command:?})"),
            (None, None) => String::new(),
        };
        let why = format!("{what}{limits}");
        self.fail_all(|_| Error::Timeout(why.clone()));
        self.broken.get_or_insert(format!("timed out: {why}"));
        self.timed_out.get_or_insert(why);
        self.state = crate::command::State::Logout;
    }
}
