//! NOTIFY's typed request (RFC 5465): which mailboxes to watch and for which events.

use super::{ArgError, CommandBuilder, FetchAttribute};

/// The argument of NOTIFY (RFC 5465 3): `NONE`, or `SET` with event groups.
///
/// The notifications arrive as unsolicited responses (EXISTS, EXPUNGE, FETCH for the selected
/// mailbox; STATUS, LIST, METADATA for others), read with
/// [`crate::session::Session::drain_unsolicited`]; so do the STATUS responses that
/// [`Notify::with_status`] asks for at once.
///
/// ```
/// use imapkit_core::encode::{Notify, NotifyEvent, NotifyGroup, NotifyMailboxes};
/// // New and expunged messages in the selected mailbox, and new mail anywhere in the
/// // personal namespace, with the current counts first.
/// let request = Notify::set(vec![
///     NotifyGroup::messages(NotifyMailboxes::Selected),
///     NotifyGroup::new(NotifyMailboxes::Personal, vec![NotifyEvent::new_messages(), NotifyEvent::MessageExpunge]),
/// ])
/// .with_status();
/// assert!(matches!(request, Notify::Set { status: true, .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notify {
    /// `NONE`: no notifications at all (not even the default ones for the selected mailbox).
    None,
    /// `SET [STATUS] groups...`.
    Set {
        /// `STATUS`: send a STATUS for each watched mailbox right away (RFC 5465 3).
        status: bool,
        /// The event groups; at least one.
        groups: Vec<NotifyGroup>,
    },
}

impl Notify {
    /// `SET` with these groups.
    pub fn set(groups: Vec<NotifyGroup>) -> Notify {
        Notify::Set { status: false, groups }
    }

    /// Adds `STATUS` to a `SET`.
    pub fn with_status(self) -> Notify {
        match self {
            Notify::Set { groups, .. } => Notify::Set { status: true, groups },
            none => none,
        }
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let (status, groups) = match self {
            Notify::None => {
                out.keyword("NONE");
                return Ok(());
            }
            Notify::Set { status, groups } => (*status, groups),
        };
        if groups.is_empty() {
            return Err(out.error("NOTIFY SET needs at least one event group (or Notify::None)"));
        }
        out.keyword("SET");
        // RFC 5465 8: `notify-set = "SET" [status-indicator] SP event-groups`,
        // `status-indicator = SP "STATUS"` (bare, not in parentheses).
        if status {
            out.keyword("STATUS");
        }
        for group in groups {
            group.write_to(out)?;
        }
        Ok(())
    }
}

/// One event group: mailboxes and the events wanted for them (RFC 5465 5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotifyGroup {
    /// Which mailboxes.
    pub mailboxes: NotifyMailboxes,
    /// Which events; empty sends `NONE` (no events for these mailboxes).
    pub events: Vec<NotifyEvent>,
}

impl NotifyGroup {
    /// A group of these events.
    pub fn new(mailboxes: NotifyMailboxes, events: Vec<NotifyEvent>) -> NotifyGroup {
        NotifyGroup { mailboxes, events }
    }

    /// The message events: MessageNew (with UID and FLAGS for the selected mailbox),
    /// MessageExpunge and FlagChange.
    pub fn messages(mailboxes: NotifyMailboxes) -> NotifyGroup {
        let new = if matches!(mailboxes, NotifyMailboxes::Selected | NotifyMailboxes::SelectedDelayed) {
            NotifyEvent::MessageNew(vec![FetchAttribute::Uid, FetchAttribute::Flags])
        } else {
            NotifyEvent::new_messages()
        };
        NotifyGroup::new(mailboxes, vec![new, NotifyEvent::MessageExpunge, NotifyEvent::FlagChange])
    }

    fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let has = |wanted: fn(&NotifyEvent) -> bool| self.events.iter().any(wanted);
        // RFC 5465 5: MessageNew and MessageExpunge go together, and FlagChange or
        // AnnotationChange need both.
        let new = has(|e| matches!(e, NotifyEvent::MessageNew(_)));
        let expunge = has(|e| matches!(e, NotifyEvent::MessageExpunge));
        if new != expunge {
            return Err(out.error("MessageNew and MessageExpunge must be asked for together (RFC 5465 5)"));
        }
        if has(|e| matches!(e, NotifyEvent::FlagChange | NotifyEvent::AnnotationChange)) && !new {
            return Err(out.error("FlagChange and AnnotationChange need MessageNew and MessageExpunge (RFC 5465 5)"));
        }
        let selected = matches!(self.mailboxes, NotifyMailboxes::Selected | NotifyMailboxes::SelectedDelayed);
        if !selected && has(|e| matches!(e, NotifyEvent::MessageNew(items) if !items.is_empty())) {
            return Err(out.error("fetch items on MessageNew are only for the selected mailbox (RFC 5465 5.2)"));
        }
        out.open_list();
        self.mailboxes.write_to(out)?;
        if self.events.is_empty() {
            out.keyword("NONE");
        } else {
            out.open_list();
            for event in &self.events {
                event.write_to(out)?;
            }
            out.close_list();
        }
        out.close_list();
        Ok(())
    }
}

/// The mailboxes of an event group (RFC 5465 6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyMailboxes {
    /// `selected`: the selected mailbox, whichever it is at the time.
    Selected,
    /// `selected-delayed`: the same, expunges told only when they may be (not during FETCH).
    SelectedDelayed,
    /// `inboxes`: every mailbox that receives new mail.
    Inboxes,
    /// `personal`: every mailbox in the personal namespace.
    Personal,
    /// `subscribed`: every subscribed mailbox.
    Subscribed,
    /// `subtree (names)`: these mailboxes and everything below them.
    Subtree(Vec<String>),
    /// `mailboxes (names)`: exactly these mailboxes.
    Mailboxes(Vec<String>),
}

impl NotifyMailboxes {
    fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let (keyword, names) = match self {
            NotifyMailboxes::Selected => ("selected", None),
            NotifyMailboxes::SelectedDelayed => ("selected-delayed", None),
            NotifyMailboxes::Inboxes => ("inboxes", None),
            NotifyMailboxes::Personal => ("personal", None),
            NotifyMailboxes::Subscribed => ("subscribed", None),
            NotifyMailboxes::Subtree(names) => ("subtree", Some(names)),
            NotifyMailboxes::Mailboxes(names) => ("mailboxes", Some(names)),
        };
        out.keyword(keyword);
        if let Some(names) = names {
            if names.is_empty() {
                return Err(out.error(format!("{keyword} needs at least one mailbox")));
            }
            out.open_list();
            for name in names {
                out.mailbox(name, false)?;
            }
            out.close_list();
        }
        Ok(())
    }
}

/// An event (RFC 5465 5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyEvent {
    /// `MessageNew [(fetch items)]`: new messages; for the selected mailbox the server sends
    /// the items with the EXISTS (5.2).
    MessageNew(Vec<FetchAttribute>),
    /// `MessageExpunge` (5.3).
    MessageExpunge,
    /// `FlagChange` (5.4).
    FlagChange,
    /// `AnnotationChange` (5.5).
    AnnotationChange,
    /// `MailboxName` (5.6): mailboxes created, deleted, renamed.
    MailboxName,
    /// `SubscriptionChange` (5.7).
    SubscriptionChange,
    /// `MailboxMetadataChange` (RFC 5465 5.10, METADATA).
    MailboxMetadataChange,
    /// `ServerMetadataChange` (5.11).
    ServerMetadataChange,
}

impl NotifyEvent {
    /// `MessageNew` without fetch items.
    pub fn new_messages() -> NotifyEvent {
        NotifyEvent::MessageNew(Vec::new())
    }

    fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let name = match self {
            NotifyEvent::MessageNew(items) => {
                out.keyword("MessageNew");
                if !items.is_empty() {
                    out.open_list();
                    for item in items {
                        super::fetch::write_item(item, out)?;
                    }
                    out.close_list();
                }
                return Ok(());
            }
            NotifyEvent::MessageExpunge => "MessageExpunge",
            NotifyEvent::FlagChange => "FlagChange",
            NotifyEvent::AnnotationChange => "AnnotationChange",
            NotifyEvent::MailboxName => "MailboxName",
            NotifyEvent::SubscriptionChange => "SubscriptionChange",
            NotifyEvent::MailboxMetadataChange => "MailboxMetadataChange",
            NotifyEvent::ServerMetadataChange => "ServerMetadataChange",
        };
        out.keyword(name);
        Ok(())
    }
}
