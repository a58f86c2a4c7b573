//! IDLE (RFC 2177) as an exchange handler: the one place that decides when DONE goes.

use std::fmt;
use std::time::Instant;

use crate::error::Error;
use crate::types::{Continuation, Untagged};

use super::{ExchangeHandler, ExchangeReply};

/// The IDLE exchange (RFC 2177) as an [`ExchangeHandler`]: waits until `deadline`, calling
/// `on_update` for each untagged response the command collects, and sends DONE at the deadline
/// or, with `first_update_ends`, at the first update. Keep-alives do not extend the wait
/// ([`ExchangeHandler::deadline`]). `Client::idle_wait` is this with the first update
/// ending the wait; give it to the generated `idle` method (or any table line with `exchange = "idle"`)
/// for other behaviour, e.g. printing updates until a deadline.
pub struct IdleWatch<F> {
    idling: bool,
    done: bool,
    deadline: Option<Instant>,
    first_update_ends: bool,
    on_update: F,
}

impl<F: FnMut(&Untagged)> IdleWatch<F> {
    /// A watch ending at `deadline` (`None`: only at an update, for transports that cannot
    /// time out), or at the first update when `first_update_ends`.
    pub fn new(deadline: Option<Instant>, first_update_ends: bool, on_update: F) -> IdleWatch<F> {
        IdleWatch {
            idling: false,
            done: false,
            deadline,
            first_update_ends: first_update_ends || deadline.is_none(),
            on_update,
        }
    }

    fn done(&mut self) -> Option<Vec<u8>> {
        if !self.idling || self.done {
            return None;
        }
        self.done = true;
        Some(b"DONE".to_vec())
    }
}

impl<F> fmt::Debug for IdleWatch<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdleWatch")
            .field("idling", &self.idling)
            .field("done", &self.done)
            .field("deadline", &self.deadline)
            .field("first_update_ends", &self.first_update_ends)
            .finish_non_exhaustive()
    }
}

impl<F: FnMut(&Untagged)> ExchangeHandler for IdleWatch<F> {
    fn continuation(&mut self, _: &Continuation) -> Result<ExchangeReply, Error> {
        self.idling = true;
        Ok(ExchangeReply::Wait)
    }

    fn untagged(&mut self, response: &Untagged) -> Option<Vec<u8>> {
        (self.on_update)(response);
        if self.first_update_ends {
            self.done()
        } else {
            None
        }
    }

    fn timed_out(&mut self) -> Option<Vec<u8>> {
        self.done()
    }

    fn deadline(&self) -> Option<Instant> {
        self.deadline.filter(|_| !self.done)
    }
}

/// IDLE (RFC 2177) as a queue of updates, for a pump that hands them out one at a time as
/// they arrive (the async client's IDLE stream): every untagged response the command
/// collects is queued; DONE goes when [`IdleQueue::stop`] was called or `until` passes,
/// whichever is first, and only once the server said `+` (so stopping early never breaks the
/// exchange).
#[derive(Debug, Default)]
pub struct IdleQueue {
    idling: bool,
    done: bool,
    stop_at: Option<Instant>,
    until: Option<Instant>,
    updates: std::collections::VecDeque<Untagged>,
}

impl IdleQueue {
    /// A queue whose IDLE ends (DONE) at `until` at the latest.
    pub fn new(until: Option<Instant>) -> IdleQueue {
        IdleQueue { until, ..IdleQueue::default() }
    }

    /// Starts over for a new IDLE command ending at `until`, keeping the updates not yet
    /// taken (renewal: what came with the last DONE is still the caller's).
    pub fn renew(&mut self, until: Option<Instant>) {
        let updates = std::mem::take(&mut self.updates);
        *self = IdleQueue { until, updates, ..IdleQueue::default() };
    }

    /// The next update, oldest first.
    pub fn pop(&mut self) -> Option<Untagged> {
        self.updates.pop_front()
    }

    /// Whether an update waits.
    pub fn has_update(&self) -> bool {
        !self.updates.is_empty()
    }

    /// Ends the IDLE at the first step at or after `now` (as soon as the server has said
    /// `+`). The time comes from the pump, as everywhere in the session.
    pub fn stop(&mut self, now: Instant) {
        self.stop_at = Some(now);
    }

    /// Whether DONE has been sent.
    pub fn done_sent(&self) -> bool {
        self.done
    }
}

impl ExchangeHandler for IdleQueue {
    fn continuation(&mut self, _: &Continuation) -> Result<ExchangeReply, Error> {
        self.idling = true;
        Ok(ExchangeReply::Wait)
    }

    fn untagged(&mut self, response: &Untagged) -> Option<Vec<u8>> {
        self.updates.push_back(response.clone());
        None
    }

    fn ready(&self) -> bool {
        self.has_update()
    }

    fn timed_out(&mut self) -> Option<Vec<u8>> {
        if !self.idling || self.done {
            return None;
        }
        self.done = true;
        Some(b"DONE".to_vec())
    }

    fn deadline(&self) -> Option<Instant> {
        if !self.idling || self.done {
            // Before `+` the read timeout applies; after DONE the reply is due within it.
            return None;
        }
        match (self.stop_at, self.until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}
