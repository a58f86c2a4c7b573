//! Which in-flight command an untagged response belongs to, and which commands may be on the
//! wire together.
//!
//! Most untagged responses say nothing about the command they answer (RFC 9051 5.5): two
//! pipelined SEARCHes both get a bare `* SEARCH`. So the session never lets two commands that
//! would claim the same *result* kind be in flight together; the later one waits until the
//! earlier completes. Kinds that are mailbox updates (EXISTS, EXPUNGE, ...) are facts about
//! the mailbox rather than answers, so sharing them is harmless; a few kinds carry a
//! correlator (ESEARCH's `TAG`, STATUS's mailbox name) that tells the commands apart.

use crate::command::{CommandDef, Sharing};
use crate::encode::{Command, Part};
use crate::types::{Mailbox, Untagged};

/// What identifies a command's answers beyond its kinds: for STATUS, the mailbox it names,
/// in the forms a server may echo (modified UTF-7, or UTF-8 under UTF8=ACCEPT).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Correlator {
    mailbox: Option<(Vec<u8>, Vec<u8>)>,
}

impl Correlator {
    pub(crate) fn of(command: &Command) -> Correlator {
        if !command.def.untagged.iter().any(|claim| claim.sharing() == Sharing::ByMailbox) {
            return Correlator::default();
        }
        // A command with a pattern (LIST with LIST-STATUS) is about every mailbox it matches:
        // the mailboxes in its answers are not one it named.
        if command.parts.iter().any(|part| matches!(part, Part::Mailbox { pattern: true, .. })) {
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

    /// Whether the command names a mailbox its answers carry (STATUS does; LIST, whose
    /// LIST-STATUS answers are STATUS too, does not).
    pub(crate) fn has_mailbox(&self) -> bool {
        self.mailbox.is_some()
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
            ka == kb
                && match ka.sharing() {
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
