//! What both pumps show of the dialogue: a `tracing` span per command, traces (imaplib's
//! `debug`, redacted by the session) and the byte counts an observer sees. Shared so the
//! blocking and the async client trace the same lines.

use imapkit_core::error::Error;
use imapkit_core::session::{Completed, Session};
use imapkit_core::text::escape;

/// How much of the dialogue is traced (imaplib's `debug`): as `tracing` events (target
/// `imap::wire`, level debug, field `direction`; forwarded to the `log` facade when no
/// tracing subscriber is installed) and to an optional sink. Secrets are always `***`.
///
/// Independently of the level, every command runs in a `tracing` span `imap.command` (target
/// `imap::command`, level debug) with the fields `tag` and `command` (the wire name), and, when it completes,
/// `status` (`OK`, `NO`, `BAD`, or `error` with the error in `error`), `bytes_sent`, `bytes_received` and `elapsed_us`; wire
/// events of a command nest in its span. Arguments are not span fields, so no secret is.
///
/// ```no_run
/// use imapkit::{Client, TraceLevel};
/// # fn demo(client: &mut Client) {
/// // With a subscriber (tracing-subscriber's fmt, say) installed by the program:
/// client.set_trace_level(TraceLevel::Wire);
/// # }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum TraceLevel {
    /// Nothing.
    #[default]
    Off,
    /// Command lines and tagged replies.
    Commands,
    /// Every byte both ways.
    Wire,
}

/// Which way traced bytes went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Client to server.
    Sent,
    /// Server to client.
    Received,
}

/// The span a command runs in: its tag and wire name now, its outcome when it completes.
pub(crate) fn command_span(session: &Session, tag: &str) -> tracing::Span {
    let name = session.command_name(tag).unwrap_or_default();
    tracing::debug_span!(
        target: "imap::command",
        "imap.command",
        tag,
        command = name,
        status = tracing::field::Empty,
        error = tracing::field::Empty,
        bytes_sent = tracing::field::Empty,
        bytes_received = tracing::field::Empty,
        elapsed_us = tracing::field::Empty,
    )
}

/// Records a command's outcome on its span.
pub(crate) fn record_outcome(span: &tracing::Span, result: &Result<Completed, Error>) {
    if span.is_disabled() {
        return;
    }
    match result {
        Ok(done) => {
            span.record("status", done.tagged.kind.as_str());
            span.record("bytes_sent", done.stats.bytes_sent);
            span.record("bytes_received", done.stats.bytes_received);
            if let Some(elapsed) = done.stats.elapsed {
                span.record("elapsed_us", u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX));
            }
        }
        Err(error) => record_error(span, error),
    }
}

/// Records a command's failure on its span: `NO`, `BAD`, or `error`, and the error itself.
pub(crate) fn record_error(span: &tracing::Span, error: &Error) {
    let status = match error {
        Error::No { .. } => "NO",
        Error::Bad { .. } => "BAD",
        _ => "error",
    };
    span.record("status", status);
    span.record("error", tracing::field::display(error));
}

type TraceSink = Box<dyn FnMut(Direction, &str) + Send>;
type IoObserver = Box<dyn FnMut(Direction, usize) + Send>;

/// A pump's trace settings and observer.
#[derive(Default)]
pub(crate) struct Tracer {
    pub(crate) level: TraceLevel,
    sink: Option<TraceSink>,
    observer: Option<IoObserver>,
    /// Plain bytes received as far as traces and the observer have been told.
    reported: u64,
}

impl Tracer {
    pub(crate) fn set_sink(&mut self, sink: impl FnMut(Direction, &str) + Send + 'static) {
        self.sink = Some(Box::new(sink));
    }

    pub(crate) fn set_observer(&mut self, observer: Option<IoObserver>) {
        self.observer = observer;
    }

    /// Before a pump runs: the session keeps the raw input for a wire trace.
    pub(crate) fn prepare(&self, session: &mut Session) {
        session.capture_input(self.level == TraceLevel::Wire);
    }

    /// After each step: what the session took in since the last time.
    pub(crate) fn input(&mut self, session: &mut Session) {
        let received = session.received();
        let new = received - self.reported;
        self.reported = received;
        if new > 0 {
            if let Some(observer) = &mut self.observer {
                observer(Direction::Received, usize::try_from(new).unwrap_or(usize::MAX));
            }
        }
        let captured = session.take_captured();
        if !captured.is_empty() {
            self.trace(TraceLevel::Wire, Direction::Received, &captured);
        }
    }

    /// A chunk about to be written: the first of a batch is a command line.
    pub(crate) fn chunk(&mut self, first: bool, trace: &[u8]) {
        let level = if first { TraceLevel::Commands } else { TraceLevel::Wire };
        self.trace(level, Direction::Sent, trace);
    }

    /// Bytes written to the transport.
    pub(crate) fn wrote(&mut self, n: usize) {
        if let Some(observer) = &mut self.observer {
            observer(Direction::Sent, n);
        }
    }

    /// A command's outcome, at the Commands level (at Wire its tagged line was traced as read).
    pub(crate) fn completed(&mut self, tag: &str, result: &Result<Completed, Error>) {
        if self.level == TraceLevel::Commands {
            let line = match result {
                Ok(done) => format!("{tag} {:?} {}", done.tagged.kind, done.tagged.text),
                Err(error) => format!("{tag} {error}"),
            };
            self.trace(TraceLevel::Commands, Direction::Received, line.as_bytes());
        }
    }

    pub(crate) fn trace(&mut self, level: TraceLevel, direction: Direction, bytes: &[u8]) {
        if self.level < level || self.level == TraceLevel::Off {
            return;
        }
        let text = escape(bytes);
        let arrow = match direction {
            Direction::Sent => "C:",
            Direction::Received => "S:",
        };
        let way = match direction {
            Direction::Sent => "sent",
            Direction::Received => "received",
        };
        tracing::debug!(target: "imap::wire", direction = way, "{arrow} {text}");
        if let Some(sink) = &mut self.sink {
            sink(direction, &text);
        }
    }
}
