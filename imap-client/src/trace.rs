//! What both pumps show of the dialogue: traces (imaplib's `debug`, redacted by the session)
//! and the byte counts an observer sees. Shared so the blocking and the async client trace
//! the same lines.

use imapkit_core::error::Error;
use imapkit_core::session::{Completed, Session};
use imapkit_core::text::escape;

/// How much of the dialogue is traced (imaplib's `debug`), through the `log` facade (target
/// `imap::wire`, level debug) and an optional sink. Secrets are always shown as `***`.
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
        log::debug!(target: "imap::wire", "{arrow} {text}");
        if let Some(sink) = &mut self.sink {
            sink(direction, &text);
        }
    }
}
