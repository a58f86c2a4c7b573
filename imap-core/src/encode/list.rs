//! LIST-EXTENDED (RFC 5258) selection and return options, LIST-STATUS (RFC 5819), SPECIAL-USE
//! (RFC 6154) and LIST-MYRIGHTS (RFC 8440) options, and CREATE-SPECIAL-USE's parameter.

use super::{ArgError, CommandBuilder, StatusItem};
use crate::types::SpecialUse;

/// LIST's selection options (RFC 5258 3.1), sent before the reference:
/// `LIST (SUBSCRIBED RECURSIVEMATCH) "" "*"`. Needs LIST-EXTENDED (SPECIAL-USE for
/// `special_use`); the session refuses them, nothing written, on a server without it.
///
/// ```
/// use imapkit_core::encode::ListSelection;
/// let selection = ListSelection::subscribed().recursive_match();
/// assert!(selection.subscribed && selection.recursive_match);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListSelection {
    /// `SUBSCRIBED`: only subscribed mailboxes (including ones that no longer exist).
    pub subscribed: bool,
    /// `REMOTE`: also mailboxes on other servers (referrals).
    pub remote: bool,
    /// `RECURSIVEMATCH`: also parents whose children match, with CHILDINFO.
    pub recursive_match: bool,
    /// `SPECIAL-USE` (RFC 6154 3): only mailboxes with a special use.
    pub special_use: bool,
}

impl ListSelection {
    /// `(SUBSCRIBED)`
    pub fn subscribed() -> ListSelection {
        ListSelection { subscribed: true, ..ListSelection::default() }
    }

    /// `(SPECIAL-USE)`
    pub fn special_use() -> ListSelection {
        ListSelection { special_use: true, ..ListSelection::default() }
    }

    /// Adds `REMOTE`.
    pub fn remote(mut self) -> ListSelection {
        self.remote = true;
        self
    }

    /// Adds `RECURSIVEMATCH` (RFC 5258 requires another selection option with it).
    pub fn recursive_match(mut self) -> ListSelection {
        self.recursive_match = true;
        self
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let options = [
            (self.subscribed, "SUBSCRIBED"),
            (self.remote, "REMOTE"),
            (self.recursive_match, "RECURSIVEMATCH"),
            (self.special_use, "SPECIAL-USE"),
        ];
        if self.recursive_match && !self.subscribed && !self.special_use {
            return Err(out.error("RECURSIVEMATCH needs another selection option with it (RFC 5258 3.1)"));
        }
        if self.subscribed || self.remote || self.recursive_match {
            out.needs_capability("LIST-EXTENDED");
        }
        if self.special_use {
            out.needs_capability("SPECIAL-USE");
        }
        write_options(out, &options, |_| Ok(()))
    }
}

/// LIST's return options (RFC 5258 3.2), sent after `RETURN`:
/// `RETURN (CHILDREN SPECIAL-USE STATUS (MESSAGES UNSEEN))`. Each needs its extension's
/// capability: LIST-EXTENDED (`subscribed`, `children`), SPECIAL-USE, LIST-MYRIGHTS,
/// LIST-STATUS (`status`); IMAP4rev2 includes all but LIST-MYRIGHTS.
///
/// ```
/// use imapkit_core::encode::{ListReturn, StatusItem};
/// let options = ListReturn::default().children().special_use().status(&[StatusItem::Messages]);
/// assert_eq!(options.status, vec![StatusItem::Messages]);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListReturn {
    /// `SUBSCRIBED`: mark subscribed mailboxes with `\Subscribed`.
    pub subscribed: bool,
    /// `CHILDREN`: `\HasChildren` / `\HasNoChildren` on every mailbox.
    pub children: bool,
    /// `SPECIAL-USE` (RFC 6154): the special-use attributes.
    pub special_use: bool,
    /// `MYRIGHTS` (RFC 8440 LIST-MYRIGHTS): an untagged MYRIGHTS per mailbox.
    pub myrights: bool,
    /// `STATUS (...)` (RFC 5819 LIST-STATUS): an untagged STATUS per selectable mailbox.
    pub status: Vec<StatusItem>,
}

impl ListReturn {
    /// Adds `SUBSCRIBED`.
    pub fn subscribed(mut self) -> ListReturn {
        self.subscribed = true;
        self
    }

    /// Adds `CHILDREN`.
    pub fn children(mut self) -> ListReturn {
        self.children = true;
        self
    }

    /// Adds `SPECIAL-USE`.
    pub fn special_use(mut self) -> ListReturn {
        self.special_use = true;
        self
    }

    /// Adds `MYRIGHTS`.
    pub fn myrights(mut self) -> ListReturn {
        self.myrights = true;
        self
    }

    /// Adds `STATUS (items)`.
    pub fn status(mut self, items: &[StatusItem]) -> ListReturn {
        self.status = items.to_vec();
        self
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let options = [
            (self.subscribed, "SUBSCRIBED"),
            (self.children, "CHILDREN"),
            (self.special_use, "SPECIAL-USE"),
            (self.myrights, "MYRIGHTS"),
            (!self.status.is_empty(), "STATUS"),
        ];
        // A return option is part of the extension that defines it (RFC 5258 3.2, RFC 6154
        // 3, RFC 5819, RFC 8440): each needs that capability.
        for (set, capability) in [
            (self.subscribed || self.children, "LIST-EXTENDED"),
            (self.special_use, "SPECIAL-USE"),
            (self.myrights, "LIST-MYRIGHTS"),
            (!self.status.is_empty(), "LIST-STATUS"),
        ] {
            if set {
                out.needs_capability(capability);
            }
        }
        write_options(out, &options, |out| {
            <&[StatusItem] as super::Arg<super::kinds::StatusItems>>::write(&self.status, out)
        })
    }
}

/// `(OPTION ...)` of the options that are set; `STATUS` is followed by its items.
fn write_options(
    out: &mut CommandBuilder,
    options: &[(bool, &str)],
    status_items: impl FnOnce(&mut CommandBuilder) -> Result<(), ArgError>,
) -> Result<(), ArgError> {
    if !options.iter().any(|(set, _)| *set) {
        return Err(out.error("no option set: pass None instead"));
    }
    out.open_list();
    let mut status_items = Some(status_items);
    for (_, option) in options.iter().filter(|(set, _)| *set) {
        out.keyword(option);
        if *option == "STATUS" {
            if let Some(items) = status_items.take() {
                items(out)?;
            }
        }
    }
    out.close_list();
    Ok(())
}

/// CREATE's `(USE (\Sent ...))` parameter (RFC 6154 3, CREATE-SPECIAL-USE).
pub(crate) fn write_special_use(uses: &[SpecialUse], out: &mut CommandBuilder) -> Result<(), ArgError> {
    if uses.is_empty() {
        return Err(out.error("no special use: pass None instead"));
    }
    out.open_list();
    out.keyword("USE");
    out.open_list();
    for special_use in uses {
        let attribute = special_use.attribute();
        let name = &attribute[1..];
        if name.is_empty() || !name.bytes().all(super::rules::is_atom_char) {
            return Err(out.error(format!("{attribute:?} is not a special-use attribute (a backslash and an atom)")));
        }
        out.keyword(&attribute);
    }
    out.close_list();
    out.close_list();
    Ok(())
}
