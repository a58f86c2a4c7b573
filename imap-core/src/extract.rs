//! From collected untagged responses to typed result fields: one [`Extract`] marker per
//! untagged kind a command table can name. The generated result structs hold
//! `<Marker as Extract>::Output` fields, so the field types are defined here, once.

use std::fmt::Debug;

use crate::command::UntaggedKind;

use crate::types::{
    AnnotationEntry, Code, Flag, ListItem, Mailbox, Namespaces, QuotaResource, SequenceSet, Status, StatusKind,
    Untagged, Value,
};

/// An untagged kind whose responses a command collects into one typed field.
pub trait Extract {
    /// The table kind this marker extracts.
    const KIND: UntaggedKind;
    /// The field type.
    type Output: Debug + Clone;
    /// Removes the responses of this kind from `untagged` and folds them into the output.
    fn extract(untagged: &mut Vec<Untagged>) -> Self::Output;
}

/// Removes and maps every response `pick` accepts (by value: a FETCH is moved out, not
/// copied); `pick` hands back the ones it does not want, which stay in order.
fn take_all<T>(untagged: &mut Vec<Untagged>, mut pick: impl FnMut(Untagged) -> Result<T, Untagged>) -> Vec<T> {
    let mut taken = Vec::new();
    let mut kept = Vec::new();
    for response in untagged.drain(..) {
        match pick(response) {
            Ok(value) => taken.push(value),
            Err(response) => kept.push(response),
        }
    }
    *untagged = kept;
    taken
}

/// A by-reference pick for small values (numbers, codes): copied out, the response dropped.
fn copied<T>(pick: impl Fn(&Untagged) -> Option<T>) -> impl Fn(Untagged) -> Result<T, Untagged> {
    move |response| pick(&response).ok_or(response)
}

/// The code of an untagged OK, if it has one.
fn ok_code(response: &Untagged) -> Option<&Code> {
    match response {
        Untagged::Status(Status { kind: StatusKind::Ok, code: Some(code), .. }) => Some(code),
        _ => None,
    }
}

/// A SEARCH or SORT result: the numbers, and the highest MODSEQ under CONDSTORE.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SearchResult {
    /// Message numbers or UIDs, in the server's order.
    pub numbers: Vec<u32>,
    /// `(MODSEQ n)` (RFC 7162).
    pub modseq: Option<u64>,
}

/// One `* ACL` response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Acl {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// `(identifier, rights)` pairs.
    pub entries: Vec<(String, String)>,
}

/// One `* LISTRIGHTS` response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ListRights {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// The identifier.
    pub identifier: String,
    /// Rights always granted.
    pub required: String,
    /// Optional rights groups.
    pub optional: Vec<String>,
}

/// One `* MYRIGHTS` response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MyRights {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// The rights.
    pub rights: String,
}

/// One `* QUOTA` response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Quota {
    /// The quota root.
    pub root: String,
    /// Its resources.
    pub resources: Vec<QuotaResource>,
}

impl Quota {
    /// The usage and limit of one resource, if the server reported it.
    ///
    /// ```
    /// use imapkit_core::extract::Quota;
    /// use imapkit_core::types::{QuotaResource, QuotaResourceName};
    /// let quota = Quota {
    ///     root: "".into(),
    ///     resources: vec![QuotaResource { name: "STORAGE".into(), usage: 10, limit: 512 }],
    /// };
    /// assert_eq!(quota.resource(&QuotaResourceName::Storage).map(|r| r.limit), Some(512));
    /// assert!(quota.resource(&QuotaResourceName::Message).is_none());
    /// ```
    pub fn resource(&self, name: &crate::types::QuotaResourceName) -> Option<&QuotaResource> {
        self.resources.iter().find(|r| r.kind() == *name)
    }
}

/// One `* QUOTAROOT` response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct QuotaRoot {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// Its roots.
    pub roots: Vec<String>,
}

/// One `* ANNOTATION` response (Cyrus ANNOTATEMORE).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Annotation {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// The entry.
    pub entry: String,
    /// `(attribute, value)` pairs.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::pairs"))]
    pub attributes: Vec<(String, Option<Vec<u8>>)>,
    /// Further entries in the same response.
    pub further: Vec<AnnotationEntry>,
}

/// One `* METADATA` response (RFC 5464), either with values or naming changed entries.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Metadata {
    /// The mailbox (empty for server metadata).
    pub mailbox: Mailbox,
    /// `(entry, value)` pairs; values are `None` in the form that only names entries.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::pairs"))]
    pub entries: Vec<(String, Option<Vec<u8>>)>,
}

/// A `COPYUID` response code (RFC 4315): where copied or moved messages went.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CopyUid {
    /// UIDVALIDITY of the destination mailbox.
    pub uid_validity: u32,
    /// UIDs in the source mailbox.
    pub source: SequenceSet,
    /// The corresponding UIDs in the destination, in the same order.
    pub destination: SequenceSet,
}

/// An `APPENDUID` response code (RFC 4315): the UIDs a stored message got.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AppendUid {
    /// UIDVALIDITY of the mailbox the message went to.
    pub uid_validity: u32,
    /// The UIDs assigned.
    pub uids: SequenceSet,
}

/// One `* VANISHED` response (RFC 7162).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Vanished {
    /// `(EARLIER)`: about messages expunged before this command.
    pub earlier: bool,
    /// The UIDs.
    pub uids: SequenceSet,
}

/// An untagged response of a site-specific kind: its number (if it had one), name and values.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct GenericResponse {
    /// `* 7 XFOO …` -> `Some(7)`.
    pub number: Option<u32>,
    /// The name as sent.
    pub name: String,
    /// Everything after the name, fully parsed.
    pub values: Vec<Value>,
}

/// Removes the responses named `name` (a site-specific kind) and returns them.
pub fn take_generic(untagged: &mut Vec<Untagged>, name: &str) -> Vec<GenericResponse> {
    take_all(untagged, |response| match response {
        Untagged::Other { number, name: n, values } if n.eq_ignore_ascii_case(name) => {
            Ok(GenericResponse { number, name: n, values })
        }
        other => Err(other),
    })
}

/// Defines a marker type and its [`Extract`] impl: which responses it takes and how it folds
/// them (`last`: the last one wins; `all`: every one, in order; `concat`: lists joined).
macro_rules! kinds {
    ($($(#[$doc:meta])* $marker:ident => $output:ty, $fold:ident, $how:ident |$r:ident| $pick:expr;)*) => {
        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy)]
            pub enum $marker {}
            impl Extract for $marker {
                const KIND: UntaggedKind = UntaggedKind::$marker;
                type Output = $output;
                fn extract(untagged: &mut Vec<Untagged>) -> $output {
                    let taken = kinds!(@take $how untagged, |$r| $pick);
                    kinds!(@fold $fold taken)
                }
            }
        )*
    };
    // `moved`: the pick takes the response and returns `Ok(value)` or `Err(response)`.
    (@take moved $untagged:ident, |$r:ident| $pick:expr) => { take_all($untagged, |$r: Untagged| $pick) };
    // `copied`: the pick looks at the response and returns `Some(small value)`.
    (@take copied $untagged:ident, |$r:ident| $pick:expr) => { take_all($untagged, copied(|$r: &Untagged| $pick)) };
    (@fold last $taken:ident) => { $taken.into_iter().last() };
    (@fold all $taken:ident) => { $taken };
    (@fold concat $taken:ident) => { $taken.into_iter().flatten().collect() };
    (@fold any $taken:ident) => { !$taken.is_empty() };
    (@fold last_inner $taken:ident) => { $taken.into_iter().last().flatten() };
    (@fold search $taken:ident) => {{
        let mut result = SearchResult::default();
        for (numbers, modseq) in $taken {
            result.numbers.extend(numbers);
            result.modseq = result.modseq.max(modseq);
        }
        result
    }};
}

/// The marker types named by command tables' `untagged` columns.
pub mod untagged {
    use super::*;

    kinds! {
        /// `CAPABILITY`: the advertised capabilities.
        Capability => Vec<String>, concat, moved |r| match r { Untagged::Capability(c) => Ok(c), other => Err(other) };
        /// `FLAGS`: the flags defined in the mailbox.
        Flags => Option<Vec<Flag>>, last, moved |r| match r { Untagged::Flags(f) => Ok(f), other => Err(other) };
        /// `EXISTS`: the number of messages.
        Exists => Option<u32>, last, copied |r| match r { Untagged::Exists(n) => Some(*n), _ => None };
        /// `RECENT`: the number of recent messages.
        Recent => Option<u32>, last, copied |r| match r { Untagged::Recent(n) => Some(*n), _ => None };
        /// `EXPUNGE`: expunged sequence numbers, in the order sent (each relative to the previous).
        Expunge => Vec<u32>, all, copied |r| match r { Untagged::Expunge(n) => Some(*n), _ => None };
        /// `FETCH`: message data.
        Fetch => Vec<crate::types::Fetch>, all, moved |r| match r { Untagged::Fetch(f) => Ok(f), other => Err(other) };
        /// `SEARCH`: matching numbers.
        Search => SearchResult, search, moved |r| match r { Untagged::Search { numbers, modseq } => Ok((numbers, modseq)), other => Err(other) };
        /// `ESEARCH` (RFC 4731).
        ESearch => Vec<crate::types::ESearch>, all, moved |r| match r { Untagged::ESearch(e) => Ok(*e), other => Err(other) };
        /// `LIST`: mailboxes.
        List => Vec<ListItem>, all, moved |r| match r { Untagged::List(l) => Ok(l), other => Err(other) };
        /// `LSUB`: subscribed mailboxes.
        Lsub => Vec<ListItem>, all, moved |r| match r { Untagged::Lsub(l) => Ok(l), other => Err(other) };
        /// `STATUS`: a mailbox's status items.
        MailboxStatus => Vec<crate::types::MailboxStatus>, all, moved |r| match r { Untagged::MailboxStatus(s) => Ok(s), other => Err(other) };
        /// `NAMESPACE` (RFC 2342).
        Namespace => Option<Namespaces>, last, moved |r| match r { Untagged::Namespace(n) => Ok(n), other => Err(other) };
        /// `ACL` (RFC 4314).
        Acl => Vec<super::Acl>, all, moved |r| match r { Untagged::Acl { mailbox, entries } => Ok(super::Acl { mailbox, entries }), other => Err(other) };
        /// `LISTRIGHTS` (RFC 4314).
        ListRights => Vec<super::ListRights>, all, moved |r| match r {
            Untagged::ListRights { mailbox, identifier, required, optional } => {
                Ok(super::ListRights { mailbox, identifier, required, optional })
            }
            other => Err(other),
        };
        /// `MYRIGHTS` (RFC 4314).
        MyRights => Vec<super::MyRights>, all, moved |r| match r { Untagged::MyRights { mailbox, rights } => Ok(super::MyRights { mailbox, rights }), other => Err(other) };
        /// `QUOTA` (RFC 2087 / 9208).
        Quota => Vec<super::Quota>, all, moved |r| match r { Untagged::Quota { root, resources } => Ok(super::Quota { root, resources }), other => Err(other) };
        /// `QUOTAROOT` (RFC 2087 / 9208).
        QuotaRoot => Vec<super::QuotaRoot>, all, moved |r| match r { Untagged::QuotaRoot { mailbox, roots } => Ok(super::QuotaRoot { mailbox, roots }), other => Err(other) };
        /// `ANNOTATION` (Cyrus ANNOTATEMORE).
        Annotation => Vec<super::Annotation>, all, moved |r| match r {
            Untagged::Annotation { mailbox, entry, attributes, further } => {
                Ok(super::Annotation { mailbox, entry, attributes, further })
            }
            other => Err(other),
        };
        /// `METADATA` (RFC 5464), both forms.
        Metadata => Vec<super::Metadata>, all, moved |r| match r {
            Untagged::Metadata { mailbox, entries } => Ok(super::Metadata { mailbox, entries }),
            Untagged::MetadataNames { mailbox, entries } => {
                Ok(super::Metadata { mailbox, entries: entries.into_iter().map(|e| (e, None)).collect() })
            }
            other => Err(other),
        };
        /// `SORT` (RFC 5256).
        Sort => SearchResult, search, moved |r| match r { Untagged::Sort { numbers, modseq } => Ok((numbers, modseq)), other => Err(other) };
        /// `THREAD` (RFC 5256).
        Thread => Vec<crate::types::Thread>, concat, moved |r| match r { Untagged::Thread(t) => Ok(t), other => Err(other) };
        /// `ENABLED` (RFC 5161).
        Enabled => Vec<String>, concat, moved |r| match r { Untagged::Enabled(e) => Ok(e), other => Err(other) };
        /// `ID` (RFC 2971): the server's parameters, `None` for `ID NIL`.
        Id => Option<Vec<(String, Option<Vec<u8>>)>>, last_inner, moved |r| match r { Untagged::Id(p) => Ok(p), other => Err(other) };
        /// `VANISHED` (RFC 7162).
        Vanished => Vec<super::Vanished>, all, moved |r| match r { Untagged::Vanished { earlier, uids } => Ok(super::Vanished { earlier, uids }), other => Err(other) };
        /// `OK [ALERT]`: alert texts the user must see.
        OkAlert => Vec<String>, all, copied |r| match r {
            Untagged::Status(Status { kind: StatusKind::Ok, code: Some(Code::Alert), text }) => Some(text.clone()),
            _ => None,
        };
        /// `OK [UNSEEN n]`: the first unseen message.
        OkUnseen => Option<u32>, last, copied |r| match ok_code(r) { Some(Code::Unseen(n)) => Some(*n), _ => None };
        /// `OK [PERMANENTFLAGS (…)]`: flags that can be changed permanently.
        OkPermanentFlags => Option<Vec<Flag>>, last, copied |r| match ok_code(r) { Some(Code::PermanentFlags(f)) => Some(f.clone()), _ => None };
        /// `OK [UIDNEXT n]`: the next UID.
        OkUidNext => Option<u32>, last, copied |r| match ok_code(r) { Some(Code::UidNext(n)) => Some(*n), _ => None };
        /// `OK [UIDVALIDITY n]`: the UID validity.
        OkUidValidity => Option<u32>, last, copied |r| match ok_code(r) { Some(Code::UidValidity(n)) => Some(*n), _ => None };
        /// `OK [HIGHESTMODSEQ n]` (CONDSTORE).
        OkHighestModSeq => Option<u64>, last, copied |r| match ok_code(r) { Some(Code::HighestModSeq(n)) => Some(*n), _ => None };
        /// `OK [NOMODSEQ]` (CONDSTORE): the mailbox has no mod-sequences.
        OkNoModSeq => bool, any, copied |r| match ok_code(r) { Some(Code::NoModSeq) => Some(()), _ => None };
        /// `OK [COPYUID v src dst]` (RFC 4315 / RFC 6851): MOVE sends it untagged, before the
        /// EXPUNGEs.
        OkCopyUid => Option<super::CopyUid>, last, copied |r| match ok_code(r) {
            Some(Code::CopyUid { uid_validity, source, destination }) => Some(super::CopyUid {
                uid_validity: *uid_validity, source: source.clone(), destination: destination.clone(),
            }),
            _ => None,
        };
        /// `* OK [APPENDUID ...]` (REPLACE, RFC 8508).
        OkAppendUid => Option<super::AppendUid>, last, copied |r| match ok_code(r) {
            Some(Code::AppendUid { uid_validity, uids }) => Some(super::AppendUid { uid_validity: *uid_validity, uids: uids.clone() }),
            _ => None,
        };
        /// `OK [CLOSED]` (QRESYNC): the previous mailbox was closed.
        OkClosed => bool, any, copied |r| match ok_code(r) { Some(Code::Closed) => Some(()), _ => None };
    }
}
