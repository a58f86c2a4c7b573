//! Which in-flight command an untagged response belongs to, and which commands may be on the
//! wire together.
//!
//! Most untagged responses say nothing about the command they answer (RFC 9051 5.5): two
//! pipelined SEARCHes both get a bare `* SEARCH`. So the session never lets two commands that
//! would claim the same *result* kind be in flight together; the later one waits until the
//! earlier completes. Kinds that are mailbox updates (EXISTS, EXPUNGE, ...) are facts about
//! the mailbox rather than answers, so sharing them is harmless; a few kinds carry a
//! correlator (ESEARCH's `TAG`, STATUS's mailbox name) that tells the commands apart.

use crate::command::CommandDef;
use crate::encode::{Command, Part};
use crate::types::{Mailbox, Untagged};

/// How an untagged kind can be told apart between two commands that both claim it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sharing {
    /// A mailbox update (EXISTS, RECENT, EXPUNGE, VANISHED, FLAGS, a status with a code): any
    /// claimant may take it, the oldest does.
    Update,
    /// Carries the command's tag (ESEARCH, RFC 4731 `(TAG "...")`).
    ByTag,
    /// Carries a mailbox name (STATUS): commands naming different mailboxes can share it.
    ByMailbox,
    /// Nothing tells the answers apart (SEARCH, FETCH, LIST, ...): one claimant at a time.
    Exclusive,
}

/// The sharing class of a routing kind as the table writes it (`FETCH`, `OK[UIDNEXT]`).
pub(crate) fn sharing(kind: &str) -> Sharing {
    if kind.contains('[') {
        return Sharing::Update;
    }
    const UPDATES: [&str; 5] = ["EXISTS", "RECENT", "EXPUNGE", "VANISHED", "FLAGS"];
    if UPDATES.iter().any(|u| u.eq_ignore_ascii_case(kind)) {
        Sharing::Update
    } else if kind.eq_ignore_ascii_case("ESEARCH") {
        Sharing::ByTag
    } else if kind.eq_ignore_ascii_case("STATUS") {
        Sharing::ByMailbox
    } else {
        Sharing::Exclusive
    }
}

/// What identifies a command's answers beyond its kinds: for STATUS, the mailbox it names,
/// in the forms a server may echo (modified UTF-7, or UTF-8 under UTF8=ACCEPT).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Correlator {
    mailbox: Option<(Vec<u8>, Vec<u8>)>,
}

impl Correlator {
    pub(crate) fn of(command: &Command) -> Correlator {
        if !command.def.name.eq_ignore_ascii_case("STATUS") {
            return Correlator::default();
        }
        let mailbox = command.parts.iter().find_map(|part| match part {
            Part::Mailbox { name, pattern: false } => {
                Some((Mailbox::from_utf8(name).as_wire().to_vec(), name.as_bytes().to_vec()))
            }
            _ => None,
        });
        Correlator { mailbox }
    }

    /// Whether `wire` (a mailbox name from a response) is this command's mailbox.
    pub(crate) fn names(&self, wire: &[u8]) -> bool {
        let inbox = |a: &[u8]| a.eq_ignore_ascii_case(b"INBOX");
        self.mailbox.as_ref().is_some_and(|(utf7, utf8)| {
            wire == utf7.as_slice() || wire == utf8.as_slice() || (inbox(wire) && inbox(utf7))
        })
    }

    fn distinct(&self, other: &Correlator) -> bool {
        match (&self.mailbox, &other.mailbox) {
            // `Mailbox::from_utf8` already spells INBOX one way.
            (Some((a, _)), Some((b, _))) => a != b,
            _ => false,
        }
    }
}

/// Whether two commands may not be in flight together: both claim a kind whose answers
/// nothing tells apart. Commands with an exchange (SASL, IDLE, STARTTLS, COMPRESS) are
/// never in flight with anything else; that is checked by the session.
pub(crate) fn conflict(a: (&CommandDef, &Correlator), b: (&CommandDef, &Correlator)) -> bool {
    a.0.untagged.iter().any(|ka| {
        b.0.untagged.iter().any(|kb| {
            ka.eq_ignore_ascii_case(kb)
                && match sharing(ka) {
                    Sharing::Update | Sharing::ByTag => false,
                    Sharing::ByMailbox => !a.1.distinct(b.1),
                    Sharing::Exclusive => true,
                }
        })
    })
}

/// The correlator a response carries, to pick among several claimants.
pub(crate) enum Carried<'a> {
    Tag(&'a str),
    Mailbox(&'a [u8]),
    Nothing,
}

pub(crate) fn carried(untagged: &Untagged) -> Carried<'_> {
    match untagged {
        Untagged::ESearch(esearch) => esearch.tag.as_deref().map_or(Carried::Nothing, Carried::Tag),
        Untagged::MailboxStatus(status) => Carried::Mailbox(status.mailbox.as_wire()),
        _ => Carried::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(sharing("EXISTS"), Sharing::Update);
        assert_eq!(sharing("OK[UIDNEXT]"), Sharing::Update);
        assert_eq!(sharing("esearch"), Sharing::ByTag);
        assert_eq!(sharing("STATUS"), Sharing::ByMailbox);
        assert_eq!(sharing("SEARCH"), Sharing::Exclusive);
        assert_eq!(sharing("FETCH"), Sharing::Exclusive);
        assert_eq!(sharing("XFOO"), Sharing::Exclusive);
    }
}
