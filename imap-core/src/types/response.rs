//! Server responses (RFC 3501 section 7, RFC 9051 and the extensions listed per type).

use std::borrow::Cow;
use std::fmt;

use super::bytestring::Text;
use super::date::InternalDate;
use super::flag::Flag;
use super::mailbox::Mailbox;
use super::packed::{BodyView, EnvelopeView, PackedBody, PackedEnvelope};
use super::sequence::SequenceSet;
use super::value::Value;
use crate::command::{CommandDef, UntaggedKind};

/// One complete server response (`response` minus the `*(continue-req / response-data)`
/// repetition: one line plus its literals).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Response {
    /// `response-tagged`: the completion result of a command.
    Tagged {
        /// The command's tag.
        tag: String,
        /// Its status (OK, NO, BAD; PREAUTH and BYE are tolerated).
        status: Status,
    },
    /// `response-data`: an untagged response (`* ...`).
    Untagged(Untagged),
    /// `continue-req`: a command continuation request (`+ ...`).
    Continuation(Continuation),
}

/// The condition of a status response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
pub enum StatusKind {
    /// `OK`
    Ok,
    /// `NO`
    No,
    /// `BAD`
    Bad,
    /// `PREAUTH` (greeting only)
    PreAuth,
    /// `BYE`
    Bye,
}

impl StatusKind {
    /// The keyword: `OK`, `NO`, `BAD`, `PREAUTH` or `BYE`.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusKind::Ok => "OK",
            StatusKind::No => "NO",
            StatusKind::Bad => "BAD",
            StatusKind::PreAuth => "PREAUTH",
            StatusKind::Bye => "BYE",
        }
    }
}

/// A status response: `resp-cond-state`, `resp-cond-auth` or `resp-cond-bye`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Status {
    /// OK, NO, BAD, PREAUTH or BYE.
    #[cfg_attr(feature = "serde", serde(rename = "status"))]
    pub kind: StatusKind,
    /// The response code in brackets, if any.
    pub code: Option<Code>,
    /// The human-readable text (lossily decoded; may be empty).
    pub text: String,
}

/// A response code (`resp-text-code`, RFC 3501 section 7.1, RFC 9051 section 7.1, RFC 4315,
/// RFC 7162, RFC 5530).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "name", content = "data", rename_all = "UPPERCASE"))]
#[non_exhaustive]
pub enum Code {
    /// `ALERT`
    Alert,
    /// `BADCHARSET` with the supported charsets (may be empty).
    BadCharset(Vec<String>),
    /// `CAPABILITY` with the capabilities.
    Capability(Vec<String>),
    /// `PARSE`
    Parse,
    /// `PERMANENTFLAGS` with the flags (`\*` is [`Flag::MayCreate`]).
    PermanentFlags(Vec<Flag>),
    /// `READ-ONLY`
    #[cfg_attr(feature = "serde", serde(rename = "READ-ONLY"))]
    ReadOnly,
    /// `READ-WRITE`
    #[cfg_attr(feature = "serde", serde(rename = "READ-WRITE"))]
    ReadWrite,
    /// `TRYCREATE`
    TryCreate,
    /// `UIDNEXT`
    UidNext(u32),
    /// `UIDVALIDITY`
    UidValidity(u32),
    /// `UNSEEN`
    Unseen(u32),
    /// `APPENDUID` (RFC 4315).
    AppendUid {
        /// The destination mailbox's UIDVALIDITY.
        uid_validity: u32,
        /// The UIDs assigned (a set with MULTIAPPEND).
        uids: SequenceSet,
    },
    /// `COPYUID` (RFC 4315).
    CopyUid {
        /// The destination mailbox's UIDVALIDITY.
        uid_validity: u32,
        /// The source UIDs.
        source: SequenceSet,
        /// The UIDs assigned in the destination, in the same order.
        destination: SequenceSet,
    },
    /// `UIDNOTSTICKY` (RFC 4315).
    UidNotSticky,
    /// `HIGHESTMODSEQ` (RFC 7162).
    HighestModSeq(u64),
    /// `NOMODSEQ` (RFC 7162).
    NoModSeq,
    /// `MODIFIED` (RFC 7162): messages that failed the UNCHANGEDSINCE test.
    Modified(SequenceSet),
    /// `CLOSED` (RFC 7162 QRESYNC).
    Closed,
    /// `NONEXISTENT` (RFC 5530).
    NonExistent,
    /// `ALREADYEXISTS` (RFC 5530).
    AlreadyExists,
    /// `OVERQUOTA` (RFC 5530).
    OverQuota,
    /// `LIMIT` (RFC 5530).
    Limit,
    /// `AUTHENTICATIONFAILED` (RFC 5530).
    AuthenticationFailed,
    /// `AUTHORIZATIONFAILED` (RFC 5530).
    AuthorizationFailed,
    /// `UNAVAILABLE` (RFC 5530).
    Unavailable,
    /// `EXPIRED` (RFC 5530).
    Expired,
    /// `PRIVACYREQUIRED` (RFC 5530).
    PrivacyRequired,
    /// `CONTACTADMIN` (RFC 5530).
    ContactAdmin,
    /// `NOPERM` (RFC 5530).
    NoPerm,
    /// `INUSE` (RFC 5530).
    InUse,
    /// `EXPUNGEISSUED` (RFC 5530).
    ExpungeIssued,
    /// `CORRUPTION` (RFC 5530).
    Corruption,
    /// `SERVERBUG` (RFC 5530).
    ServerBug,
    /// `CLIENTBUG` (RFC 5530).
    ClientBug,
    /// `CANNOT` (RFC 5530).
    Cannot,
    /// `HASCHILDREN` (RFC 9051).
    HasChildren,
    /// `UIDREQUIRED` (RFC 9586 3): a command used message sequence numbers after
    /// `ENABLE UIDONLY`.
    UidRequired,
    /// `NOTIFICATIONOVERFLOW` (RFC 5465 5.8): the server stopped NOTIFY's notifications; the
    /// client must resynchronise (and may NOTIFY SET again).
    NotificationOverflow,
    /// `BADEVENT (events)` (RFC 5465 5.9): NOTIFY asked for events the server does not
    /// support; the ones it does, named.
    BadEvent(Vec<String>),
    /// `MAILBOXID (id)` (RFC 8474 4.1): the object id of a mailbox just created.
    MailboxId(String),
    /// `INPROGRESS` (RFC 9585): a long command's progress, in an untagged OK. `count` of
    /// `total` items are done; either may be unknown.
    InProgress {
        /// The tag of the command in progress (absent in the short form).
        tag: Option<String>,
        /// Items done so far.
        count: Option<u64>,
        /// Items in all.
        total: Option<u64>,
    },
    /// Any other code, or a known code whose arguments did not parse.
    Other {
        /// The code atom, upper-cased.
        name: String,
        /// Whatever followed the name inside the brackets, tokenised: one token as itself,
        /// several as a [`Value::List`]; text that does not tokenise as a [`Value::Atom`].
        value: Option<Value>,
    },
}

/// Argument-less codes and their names.
pub(crate) const SIMPLE_CODES: &[(&str, Code)] = &[
    ("ALERT", Code::Alert),
    ("PARSE", Code::Parse),
    ("READ-ONLY", Code::ReadOnly),
    ("READ-WRITE", Code::ReadWrite),
    ("TRYCREATE", Code::TryCreate),
    ("UIDNOTSTICKY", Code::UidNotSticky),
    ("NOMODSEQ", Code::NoModSeq),
    ("CLOSED", Code::Closed),
    ("NONEXISTENT", Code::NonExistent),
    ("ALREADYEXISTS", Code::AlreadyExists),
    ("OVERQUOTA", Code::OverQuota),
    ("LIMIT", Code::Limit),
    ("AUTHENTICATIONFAILED", Code::AuthenticationFailed),
    ("AUTHORIZATIONFAILED", Code::AuthorizationFailed),
    ("UNAVAILABLE", Code::Unavailable),
    ("EXPIRED", Code::Expired),
    ("PRIVACYREQUIRED", Code::PrivacyRequired),
    ("CONTACTADMIN", Code::ContactAdmin),
    ("NOPERM", Code::NoPerm),
    ("INUSE", Code::InUse),
    ("EXPUNGEISSUED", Code::ExpungeIssued),
    ("CORRUPTION", Code::Corruption),
    ("SERVERBUG", Code::ServerBug),
    ("CLIENTBUG", Code::ClientBug),
    ("CANNOT", Code::Cannot),
    ("HASCHILDREN", Code::HasChildren),
    ("NOTIFICATIONOVERFLOW", Code::NotificationOverflow),
    ("UIDREQUIRED", Code::UidRequired),
];

impl Code {
    /// The upper-case code atom (`"UIDVALIDITY"`, `"READ-WRITE"`, or an unknown code's name).
    pub fn name(&self) -> &str {
        match self {
            Code::BadCharset(_) => "BADCHARSET",
            Code::BadEvent(_) => "BADEVENT",
            Code::Capability(_) => "CAPABILITY",
            Code::PermanentFlags(_) => "PERMANENTFLAGS",
            Code::UidNext(_) => "UIDNEXT",
            Code::UidValidity(_) => "UIDVALIDITY",
            Code::Unseen(_) => "UNSEEN",
            Code::AppendUid { .. } => "APPENDUID",
            Code::CopyUid { .. } => "COPYUID",
            Code::HighestModSeq(_) => "HIGHESTMODSEQ",
            Code::Modified(_) => "MODIFIED",
            Code::MailboxId(_) => "MAILBOXID",
            Code::InProgress { .. } => "INPROGRESS",
            Code::Other { name, .. } => name,
            simple => SIMPLE_CODES.iter().find(|(_, code)| code == simple).map_or("", |(name, _)| name),
        }
    }
}

/// A command continuation request (`continue-req`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Continuation {
    /// A response code, if the text started with one.
    pub code: Option<Code>,
    /// The text (lossily decoded, after any code; may be empty).
    pub text: String,
    /// The bytes after `"+ "` up to the line end, e.g. a base64 SASL challenge; empty for a
    /// bare `+`.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::bytes"))]
    pub raw: Vec<u8>,
}

/// An untagged response (`response-data`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", content = "data", rename_all = "UPPERCASE"))]
#[non_exhaustive]
pub enum Untagged {
    /// `* OK|NO|BAD|PREAUTH|BYE [code] text`
    #[cfg_attr(feature = "serde", serde(rename = "STATUS_RESPONSE"))]
    Status(Status),
    /// `* CAPABILITY ...`
    Capability(Vec<String>),
    /// `* FLAGS (...)`
    Flags(Vec<Flag>),
    /// `* n EXISTS`
    Exists(u32),
    /// `* n RECENT`
    Recent(u32),
    /// `* n EXPUNGE`
    Expunge(u32),
    /// `* n FETCH (...)`
    Fetch(Fetch),
    /// `* SEARCH ...` (with the RFC 7162 `(MODSEQ n)` suffix).
    Search {
        /// The matching numbers.
        numbers: Vec<u32>,
        /// The highest mod-sequence of the matches (CONDSTORE).
        modseq: Option<u64>,
    },
    /// `* ESEARCH ...` (RFC 4731).
    ESearch(Box<ESearch>),
    /// `* LIST ...`
    List(ListItem),
    /// `* LSUB ...`
    Lsub(ListItem),
    /// `* STATUS mailbox (...)`
    #[cfg_attr(feature = "serde", serde(rename = "STATUS"))]
    MailboxStatus(MailboxStatus),
    /// `* NAMESPACE ...` (RFC 2342).
    Namespace(Namespaces),
    /// `* ACL mailbox identifier rights ...` (RFC 4314).
    Acl {
        /// The mailbox.
        mailbox: Mailbox,
        /// `(identifier, rights)` pairs.
        entries: Vec<(String, String)>,
    },
    /// `* LISTRIGHTS mailbox identifier required optional...` (RFC 4314).
    ListRights {
        /// The mailbox.
        mailbox: Mailbox,
        /// The identifier asked about.
        identifier: String,
        /// Rights always granted.
        required: String,
        /// Groups of rights that may be granted (each group together).
        optional: Vec<String>,
    },
    /// `* MYRIGHTS mailbox rights` (RFC 4314).
    MyRights {
        /// The mailbox.
        mailbox: Mailbox,
        /// The rights.
        rights: String,
    },
    /// `* QUOTA root (resource usage limit ...)` (RFC 2087 / RFC 9208).
    Quota {
        /// The quota root.
        root: String,
        /// The resources.
        resources: Vec<QuotaResource>,
    },
    /// `* QUOTAROOT mailbox root...` (RFC 2087 / RFC 9208).
    QuotaRoot {
        /// The mailbox.
        mailbox: Mailbox,
        /// Its quota roots.
        roots: Vec<String>,
    },
    /// `* ANNOTATION mailbox entry (attr value ...)` (Cyrus ANNOTATEMORE draft).
    Annotation {
        /// The mailbox (empty for server annotations).
        mailbox: Mailbox,
        /// The (first) entry, e.g. `/comment`.
        entry: String,
        /// Its `(attribute, value)` pairs, e.g. `("value.priv", Some(b"x"))`; empty in the
        /// unsolicited form that only names entries.
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::pairs"))]
        attributes: Vec<(String, Option<Vec<u8>>)>,
        /// Further entries when the server sent several in one response.
        further: Vec<AnnotationEntry>,
    },
    /// `* METADATA mailbox (entry value ...)` (RFC 5464).
    Metadata {
        /// The mailbox (empty for server metadata).
        mailbox: Mailbox,
        /// `(entry, value)` pairs.
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::pairs"))]
        entries: Vec<(String, Option<Vec<u8>>)>,
    },
    /// `* METADATA mailbox entry entry...`: the unsolicited form naming changed entries.
    #[cfg_attr(feature = "serde", serde(rename = "METADATA_NAMES"))]
    MetadataNames {
        /// The mailbox.
        mailbox: Mailbox,
        /// The changed entries.
        entries: Vec<String>,
    },
    /// `* SORT ...` (RFC 5256, with the RFC 7162 `(MODSEQ n)` suffix).
    Sort {
        /// The numbers in sort order.
        numbers: Vec<u32>,
        /// The highest mod-sequence (CONDSTORE).
        modseq: Option<u64>,
    },
    /// `* THREAD ...` (RFC 5256).
    Thread(Vec<Thread>),
    /// `* ENABLED ...` (RFC 5161).
    Enabled(Vec<String>),
    /// `* ID (...)` or `* ID NIL` (RFC 2971).
    Id(
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::option_pairs"))]
        Option<Vec<(String, Option<Vec<u8>>)>>,
    ),
    /// `* VANISHED [(EARLIER)] uids` (RFC 7162).
    Vanished {
        /// Whether `(EARLIER)` was given.
        earlier: bool,
        /// The expunged UIDs.
        uids: SequenceSet,
    },
    /// A response that could not be parsed, kept with its bytes (never dropped silently).
    Unparsed(Unparsed),
    /// Any untagged response with an unknown name, fully tokenised.
    Other {
        /// The number before the name (`* 7 XFOO bar`), if any.
        number: Option<u32>,
        /// The name as sent.
        name: String,
        /// Everything after the name.
        values: Vec<Value>,
    },
}

impl Untagged {
    /// The table kind this response is, decided once per response: what the session routes
    /// by. `None` for kinds no table line can claim (a bare `* OK`, `* BYE`, an unknown
    /// name, an unparsed response); site-specific `X…` names are matched by name instead.
    pub fn kind_id(&self) -> Option<UntaggedKind> {
        Some(match self {
            Untagged::Status(Status { kind: StatusKind::Ok, code: Some(code), .. }) => match code {
                Code::Alert => UntaggedKind::OkAlert,
                Code::Unseen(_) => UntaggedKind::OkUnseen,
                Code::PermanentFlags(_) => UntaggedKind::OkPermanentFlags,
                Code::UidNext(_) => UntaggedKind::OkUidNext,
                Code::UidValidity(_) => UntaggedKind::OkUidValidity,
                Code::HighestModSeq(_) => UntaggedKind::OkHighestModSeq,
                Code::NoModSeq => UntaggedKind::OkNoModSeq,
                Code::Closed => UntaggedKind::OkClosed,
                Code::CopyUid { .. } => UntaggedKind::OkCopyUid,
                Code::AppendUid { .. } => UntaggedKind::OkAppendUid,
                _ => return None,
            },
            Untagged::Status(_) | Untagged::Other { .. } | Untagged::Unparsed(_) => return None,
            Untagged::Capability(_) => UntaggedKind::Capability,
            Untagged::Flags(_) => UntaggedKind::Flags,
            Untagged::Exists(_) => UntaggedKind::Exists,
            Untagged::Recent(_) => UntaggedKind::Recent,
            Untagged::Expunge(_) => UntaggedKind::Expunge,
            Untagged::Fetch(_) => UntaggedKind::Fetch,
            Untagged::Search { .. } => UntaggedKind::Search,
            Untagged::ESearch(_) => UntaggedKind::ESearch,
            Untagged::List(_) => UntaggedKind::List,
            Untagged::Lsub(_) => UntaggedKind::Lsub,
            Untagged::MailboxStatus(_) => UntaggedKind::MailboxStatus,
            Untagged::Namespace(_) => UntaggedKind::Namespace,
            Untagged::Acl { .. } => UntaggedKind::Acl,
            Untagged::ListRights { .. } => UntaggedKind::ListRights,
            Untagged::MyRights { .. } => UntaggedKind::MyRights,
            Untagged::Quota { .. } => UntaggedKind::Quota,
            Untagged::QuotaRoot { .. } => UntaggedKind::QuotaRoot,
            Untagged::Annotation { .. } => UntaggedKind::Annotation,
            Untagged::Metadata { .. } | Untagged::MetadataNames { .. } => UntaggedKind::Metadata,
            Untagged::Sort { .. } => UntaggedKind::Sort,
            Untagged::Thread(_) => UntaggedKind::Thread,
            Untagged::Enabled(_) => UntaggedKind::Enabled,
            Untagged::Id(_) => UntaggedKind::Id,
            Untagged::Vanished { .. } => UntaggedKind::Vanished,
        })
    }

    /// The index of the claim in `def`'s `untagged` column that takes this response, if any.
    pub fn claimed_by(&self, def: &CommandDef) -> Option<usize> {
        match (self.kind_id(), self) {
            (Some(kind), _) => def.claim_of(kind),
            (None, Untagged::Other { name, .. }) => def.site_claim_of(name),
            _ => None,
        }
    }

    /// The name of this response, for display (traces, the CLI): `"FETCH"`, `"LIST"`,
    /// `"STATUS"`, ...; for status responses `"OK"`, `"NO"`, ... or, with a response code,
    /// `"OK[UIDVALIDITY]"`; for [`Untagged::Other`] the upper-cased name.
    pub fn kind(&self) -> Cow<'static, str> {
        let name = match self {
            Untagged::Status(status) => {
                return match &status.code {
                    None => Cow::Borrowed(status.kind.as_str()),
                    Some(code) => Cow::Owned(format!("{}[{}]", status.kind.as_str(), code.name())),
                }
            }
            Untagged::Other { name, .. } => return Cow::Owned(name.to_ascii_uppercase()),
            Untagged::Unparsed(_) => "UNPARSED",
            Untagged::Capability(_) => "CAPABILITY",
            Untagged::Flags(_) => "FLAGS",
            Untagged::Exists(_) => "EXISTS",
            Untagged::Recent(_) => "RECENT",
            Untagged::Expunge(_) => "EXPUNGE",
            Untagged::Fetch(_) => "FETCH",
            Untagged::Search { .. } => "SEARCH",
            Untagged::ESearch(_) => "ESEARCH",
            Untagged::List(_) => "LIST",
            Untagged::Lsub(_) => "LSUB",
            Untagged::MailboxStatus(_) => "STATUS",
            Untagged::Namespace(_) => "NAMESPACE",
            Untagged::Acl { .. } => "ACL",
            Untagged::ListRights { .. } => "LISTRIGHTS",
            Untagged::MyRights { .. } => "MYRIGHTS",
            Untagged::Quota { .. } => "QUOTA",
            Untagged::QuotaRoot { .. } => "QUOTAROOT",
            Untagged::Annotation { .. } => "ANNOTATION",
            Untagged::Metadata { .. } | Untagged::MetadataNames { .. } => "METADATA",
            Untagged::Sort { .. } => "SORT",
            Untagged::Thread(_) => "THREAD",
            Untagged::Enabled(_) => "ENABLED",
            Untagged::Id(_) => "ID",
            Untagged::Vanished { .. } => "VANISHED",
        };
        Cow::Borrowed(name)
    }
}

/// A server response that did not parse: what was wrong and the start of its bytes.
///
/// The session never drops such a response: it joins the result of the command it most
/// likely answers ([`crate::session::Completed::unparsed`]), or the unsolicited queue as
/// [`Untagged::Unparsed`]. With `SessionOptions::strict` it fails that command instead.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Unparsed {
    /// The routing kind guessed from the response's first words (`SEARCH`, `FETCH`,
    /// `OK[ALERT]`), or empty when not even that could be read.
    pub kind: String,
    /// Why it could not be used, e.g. the parser's "expected number at offset 12".
    pub error: String,
    /// The response's bytes, cut to [`Unparsed::MAX_RAW`] bytes.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::bytes"))]
    pub raw: Vec<u8>,
    /// The response's full length on the wire.
    pub len: usize,
}

impl Unparsed {
    /// Longest prefix of the bytes kept in [`Unparsed::raw`].
    pub const MAX_RAW: usize = 1024;

    /// An entry for the response `frame` (cut to [`Unparsed::MAX_RAW`]) that failed with `error`.
    pub fn new(frame: &[u8], error: impl Into<String>) -> Unparsed {
        Unparsed {
            kind: guess_kind(frame),
            error: error.into(),
            raw: frame[..frame.len().min(Unparsed::MAX_RAW)].to_vec(),
            len: frame.len(),
        }
    }
}

/// The routing kind of a response from its first words: `* 3 FETCH` -> `FETCH`,
/// `* OK [ALERT] x` -> `OK[ALERT]`, `* SEARCH 1` -> `SEARCH`; empty when unreadable.
fn guess_kind(frame: &[u8]) -> String {
    let word = |bytes: &[u8]| -> (String, usize) {
        let n = bytes.iter().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'=')).count();
        (String::from_utf8_lossy(&bytes[..n]).to_ascii_uppercase(), n)
    };
    let Some(mut rest) = frame.strip_prefix(b"* ") else { return String::new() };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && rest.get(digits) == Some(&b' ') {
        rest = &rest[digits + 1..];
    }
    let (name, n) = word(rest);
    if matches!(name.as_str(), "OK" | "NO" | "BAD" | "BYE" | "PREAUTH") {
        if let Some(code) = rest[n..].strip_prefix(b" [") {
            let (code, _) = word(code);
            if !code.is_empty() {
                return format!("{name}[{code}]");
            }
        }
    }
    name
}

/// One further entry of an [`Untagged::Annotation`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct AnnotationEntry {
    /// The entry name.
    pub entry: String,
    /// Its `(attribute, value)` pairs.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::pairs"))]
    pub attributes: Vec<(String, Option<Vec<u8>>)>,
}

/// One resource of a QUOTA response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct QuotaResource {
    /// The resource name as sent (`STORAGE`, `MESSAGE`, ...).
    pub name: String,
    /// Current usage (clamped to `u64`).
    pub usage: u64,
    /// The limit (clamped to `u64`).
    pub limit: u64,
}

impl QuotaResource {
    /// The resource, typed.
    pub fn kind(&self) -> QuotaResourceName {
        QuotaResourceName::from_atom(&self.name)
    }
}

/// A quota resource (RFC 9208 5): what a QUOTA response counts and SETQUOTA limits. A server
/// names those it supports in `QUOTA=RES-<name>` capabilities (Cyrus 3.6: `X-QUOTA=<name>`);
/// [`crate::session::Session::quota_resources`] reads them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
pub enum QuotaResourceName {
    /// `STORAGE` (RFC 9208 5.1): the messages' sizes, in units of 1024 octets.
    Storage,
    /// `MESSAGE` (5.2): the number of messages.
    Message,
    /// `MAILBOX` (5.3): the number of mailboxes.
    Mailbox,
    /// `ANNOTATION-STORAGE` (5.4): the size of annotations, in units of 1024 octets.
    AnnotationStorage,
    /// Any other resource, upper-cased (Cyrus's `X-NUM-FOLDERS`).
    #[cfg_attr(feature = "serde", serde(untagged))]
    Other(String),
}

impl QuotaResourceName {
    /// The resource an atom names (case-insensitive).
    pub fn from_atom(atom: &str) -> QuotaResourceName {
        match atom.to_ascii_uppercase().as_str() {
            "STORAGE" => QuotaResourceName::Storage,
            "MESSAGE" => QuotaResourceName::Message,
            "MAILBOX" => QuotaResourceName::Mailbox,
            "ANNOTATION-STORAGE" => QuotaResourceName::AnnotationStorage,
            other => QuotaResourceName::Other(other.to_owned()),
        }
    }

    /// The wire atom.
    pub fn as_atom(&self) -> &str {
        match self {
            QuotaResourceName::Storage => "STORAGE",
            QuotaResourceName::Message => "MESSAGE",
            QuotaResourceName::Mailbox => "MAILBOX",
            QuotaResourceName::AnnotationStorage => "ANNOTATION-STORAGE",
            QuotaResourceName::Other(atom) => atom,
        }
    }
}

impl std::fmt::Display for QuotaResourceName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_atom())
    }
}

/// One thread of a THREAD response (RFC 5256 `thread-list`): a chain of messages, each the
/// parent of the next, followed by the sub-threads that branch off after the last one.
/// A `thread-list` that starts with nested lists has no messages of its own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Thread {
    /// The chain of message numbers.
    pub messages: Vec<u32>,
    /// The branches after the chain.
    pub children: Vec<Thread>,
}

/// An ESEARCH response (RFC 4731, RFC 9051).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ESearch {
    /// The `(TAG "...")` correlator.
    pub tag: Option<String>,
    /// Whether the numbers are UIDs.
    pub uid: bool,
    /// `MIN`
    pub min: Option<u32>,
    /// `MAX`
    pub max: Option<u32>,
    /// `COUNT`
    pub count: Option<u32>,
    /// `ALL`
    pub all: Option<SequenceSet>,
    /// `MODSEQ` (RFC 7162).
    pub modseq: Option<u64>,
    /// `PARTIAL (first:last results)` (RFC 9394): the page asked for and the matches in it
    /// (`None` for NIL: none in that range).
    pub partial: Option<Box<PartialResult>>,
    /// `ADDTO (position set ...)` (RFC 5267 4.3): after `RETURN (UPDATE)`, messages that
    /// joined the result, each set at its position in it (0: position unknown, as for SEARCH).
    pub add_to: Vec<(u32, SequenceSet)>,
    /// `REMOVEFROM (position set ...)` (RFC 5267 4.3): messages that left the result.
    pub remove_from: Vec<(u32, SequenceSet)>,
    /// Any other return item, name upper-cased.
    pub other: Vec<(String, Value)>,
}

/// The `PARTIAL` item of an ESEARCH response (RFC 9394 3.1).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct PartialResult {
    /// The range asked for, as the server echoes it (`-1:-100` counts from the end).
    pub range: (i64, i64),
    /// The matches in that range; `None` when there are none (NIL).
    pub results: Option<SequenceSet>,
}

/// A LIST or LSUB response (`mailbox-list`, with RFC 5258 extended data).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ListItem {
    /// The attributes as sent, backslash kept (`\HasNoChildren`, `\Noselect`); each
    /// [`Text`] is inline (no allocation) up to 14 bytes, which every standard one fits.
    pub attributes: Vec<Text>,
    /// The hierarchy delimiter; `None` for NIL (flat namespace).
    pub delimiter: Option<char>,
    /// The mailbox.
    pub mailbox: Mailbox,
    /// `mbox-list-extended` items, e.g. `("CHILDINFO", List[String("SUBSCRIBED")])`.
    pub extended: Vec<(String, Value)>,
}

impl ListItem {
    /// Whether the attribute is present, case-insensitively; the name may be given with or
    /// without its backslash.
    pub fn has_attribute(&self, name: &str) -> bool {
        let wanted = name.trim_start_matches('\\');
        self.attributes.iter().any(|a| a.trim_start_matches('\\').eq_ignore_ascii_case(wanted))
    }

    /// The special uses among the attributes (RFC 6154 `\Sent`, `\Drafts`, ...; RFC 8457
    /// `\Important`; and the names Gmail's XLIST used: `\AllMail`, `\Spam`, `\Starred`).
    pub fn special_uses(&self) -> Vec<SpecialUse> {
        self.attributes.iter().filter_map(|a| SpecialUse::from_attribute(a)).collect()
    }

    /// Whether the mailbox has this special use.
    pub fn is_special_use(&self, special_use: &SpecialUse) -> bool {
        self.special_uses().contains(special_use)
    }

    /// `\NonExistent` (RFC 5258): listed because of a child or a subscription only.
    pub fn is_nonexistent(&self) -> bool {
        self.has_attribute("NonExistent")
    }

    /// The `CHILDINFO` extended data (RFC 5258 3.5): why a parent was listed under
    /// RECURSIVEMATCH (`SUBSCRIBED`).
    pub fn child_info(&self) -> Vec<String> {
        self.extended
            .iter()
            .filter(|(name, _)| name.eq_ignore_ascii_case("CHILDINFO"))
            .flat_map(|(_, value)| value.as_list().unwrap_or_default().iter().filter_map(|v| v.as_bytes()))
            .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
            .collect()
    }
}

/// A special use of a mailbox (RFC 6154 2, RFC 8457): the attribute LIST reports and CREATE
/// (CREATE-SPECIAL-USE) may set.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpecialUse {
    /// `\All`: every message (Gmail's "All Mail").
    All,
    /// `\Archive`
    Archive,
    /// `\Drafts`
    Drafts,
    /// `\Flagged`: flagged messages (Gmail's "Starred").
    Flagged,
    /// `\Junk` (Gmail's "Spam").
    Junk,
    /// `\Sent`
    Sent,
    /// `\Trash`
    Trash,
    /// `\Important` (RFC 8457).
    Important,
    /// Another `\` attribute a server uses for a special use, without the backslash.
    Other(String),
}

/// As its LIST attribute: `\\Sent`.
#[cfg(feature = "serde")]
impl serde::Serialize for SpecialUse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.attribute())
    }
}

impl SpecialUse {
    /// The attribute as sent (`\Sent`).
    pub fn attribute(&self) -> String {
        match self {
            SpecialUse::All => "\\All".into(),
            SpecialUse::Archive => "\\Archive".into(),
            SpecialUse::Drafts => "\\Drafts".into(),
            SpecialUse::Flagged => "\\Flagged".into(),
            SpecialUse::Junk => "\\Junk".into(),
            SpecialUse::Sent => "\\Sent".into(),
            SpecialUse::Trash => "\\Trash".into(),
            SpecialUse::Important => "\\Important".into(),
            SpecialUse::Other(name) => format!("\\{name}"),
        }
    }

    /// The special use an attribute names, if it names one (case-insensitive; XLIST's
    /// `\AllMail`, `\Spam` and `\Starred` map to `All`, `Junk` and `Flagged`). Other
    /// attributes (`\HasChildren`, `\Noselect`, `\Inbox`) are not special uses.
    pub fn from_attribute(attribute: &str) -> Option<SpecialUse> {
        let name = attribute.strip_prefix('\\')?.to_ascii_uppercase();
        Some(match name.as_str() {
            "ALL" | "ALLMAIL" => SpecialUse::All,
            "ARCHIVE" => SpecialUse::Archive,
            "DRAFTS" => SpecialUse::Drafts,
            "FLAGGED" | "STARRED" => SpecialUse::Flagged,
            "JUNK" | "SPAM" => SpecialUse::Junk,
            "SENT" => SpecialUse::Sent,
            "TRASH" => SpecialUse::Trash,
            "IMPORTANT" => SpecialUse::Important,
            _ => return None,
        })
    }
}

/// A STATUS response (`mailbox-data =/ "STATUS" ...`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MailboxStatus {
    /// The mailbox.
    pub mailbox: Mailbox,
    /// `(item, value)` pairs of the numeric items, item names upper-cased, values clamped to
    /// `u64`.
    pub items: Vec<(String, u64)>,
    /// The items whose value is not a number, generically: `MAILBOXID (id)` (RFC 8474),
    /// `APPENDLIMIT NIL` (RFC 7889), extensions'.
    pub other: Vec<(String, Value)>,
}

impl MailboxStatus {
    /// An item by name, case-insensitively.
    pub fn get(&self, name: &str) -> Option<u64> {
        self.items.iter().find(|(item, _)| item.eq_ignore_ascii_case(name)).map(|(_, value)| *value)
    }

    fn get32(&self, name: &str) -> Option<u32> {
        self.get(name).map(|v| u32::try_from(v).unwrap_or(u32::MAX))
    }

    /// `MESSAGES`
    pub fn messages(&self) -> Option<u32> {
        self.get32("MESSAGES")
    }

    /// `RECENT`
    pub fn recent(&self) -> Option<u32> {
        self.get32("RECENT")
    }

    /// `UIDNEXT`
    pub fn uid_next(&self) -> Option<u32> {
        self.get32("UIDNEXT")
    }

    /// `UIDVALIDITY`
    pub fn uid_validity(&self) -> Option<u32> {
        self.get32("UIDVALIDITY")
    }

    /// `UNSEEN`
    pub fn unseen(&self) -> Option<u32> {
        self.get32("UNSEEN")
    }

    /// `DELETED` (RFC 9051)
    pub fn deleted(&self) -> Option<u32> {
        self.get32("DELETED")
    }

    /// `DELETED-STORAGE` (RFC 9208 4.3): the size of the `\Deleted` messages, in units of
    /// 1024 octets (what an EXPUNGE would free of the STORAGE quota).
    pub fn deleted_storage(&self) -> Option<u64> {
        self.get("DELETED-STORAGE")
    }

    /// `SIZE` (RFC 8438 / RFC 9051)
    pub fn size(&self) -> Option<u64> {
        self.get("SIZE")
    }

    /// `HIGHESTMODSEQ` (RFC 7162)
    pub fn highest_modseq(&self) -> Option<u64> {
        self.get("HIGHESTMODSEQ")
    }

    /// `MAILBOXID` (RFC 8474 4): the mailbox's object id, stable across renames.
    pub fn mailbox_id(&self) -> Option<String> {
        let (_, value) = self.other.iter().find(|(item, _)| item.eq_ignore_ascii_case("MAILBOXID"))?;
        let id = match value {
            Value::List(items) => match items.as_slice() {
                [id] => id,
                _ => return None,
            },
            id => id,
        };
        object_id_text(id)
    }

    /// `APPENDLIMIT` (RFC 7889 4): `Some(Some(n))` for a limit of `n` bytes, `Some(None)` when
    /// the server says there is none (NIL), `None` when it was not reported.
    pub fn append_limit(&self) -> Option<Option<u64>> {
        if let Some(limit) = self.get("APPENDLIMIT") {
            return Some(Some(limit));
        }
        self.other
            .iter()
            .any(|(item, value)| item.eq_ignore_ascii_case("APPENDLIMIT") && *value == Value::Nil)
            .then_some(None)
    }
}

/// An object id (RFC 8474 `objectid`: letters, digits, `_`, `-`) read generically: an
/// all-digit one is a number to the tokeniser.
fn object_id_text(value: &Value) -> Option<String> {
    match value {
        Value::Atom(atom) => Some(atom.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::String(bytes) => Some(String::from_utf8_lossy(bytes).into_owned()),
        _ => None,
    }
}

/// A NAMESPACE response (RFC 2342): personal, other users' and shared namespaces; `None`
/// for NIL.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Namespaces {
    /// Personal namespaces.
    pub personal: Option<Vec<NamespaceEntry>>,
    /// Other users' namespaces.
    pub other: Option<Vec<NamespaceEntry>>,
    /// Shared namespaces.
    pub shared: Option<Vec<NamespaceEntry>>,
}

/// One namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct NamespaceEntry {
    /// The prefix (e.g. `""`, `"INBOX."`, `"#shared/"`).
    pub prefix: Mailbox,
    /// The hierarchy delimiter; `None` for NIL.
    pub delimiter: Option<char>,
    /// `Namespace-Response-Extension`s: name and values.
    pub extensions: Vec<(String, Vec<String>)>,
}

/// A `section` of `BODY[section]` (RFC 3501 section 6.4.5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Section {
    /// The part number, e.g. `[1, 2]` for `1.2`; empty for the whole message.
    pub part: Vec<u32>,
    /// The text specifier, if any.
    pub text: Option<SectionText>,
}

/// `section-msgtext` / `section-text`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
pub enum SectionText {
    /// `HEADER`
    Header,
    /// `HEADER.FIELDS (...)` or `HEADER.FIELDS.NOT (...)`.
    HeaderFields {
        /// Whether `.NOT` was given.
        not: bool,
        /// The field names as sent.
        fields: Vec<String>,
    },
    /// `TEXT`
    Text,
    /// `MIME`
    Mime,
}

impl fmt::Display for Section {
    /// The section spec as it goes between the brackets: `1.2.HEADER.FIELDS (FROM TO)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, n) in self.part.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            write!(f, "{n}")?;
        }
        let Some(text) = &self.text else { return Ok(()) };
        if !self.part.is_empty() {
            f.write_str(".")?;
        }
        match text {
            SectionText::Header => f.write_str("HEADER"),
            SectionText::Text => f.write_str("TEXT"),
            SectionText::Mime => f.write_str("MIME"),
            SectionText::HeaderFields { not, fields } => {
                f.write_str(if *not { "HEADER.FIELDS.NOT (" } else { "HEADER.FIELDS (" })?;
                f.write_str(&fields.join(" "))?;
                f.write_str(")")
            }
        }
    }
}

/// An INTERNALDATE as a server sent it in FETCH (`date-time`: `"17-Jul-1996 02:44:25 -0700"`),
/// kept raw because servers send odd ones; see [`RawDate::timestamp`] and
/// [`RawDate::to_internal_date`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RawDate {
    /// The string as the server sent it.
    pub raw: Text,
}

impl RawDate {
    /// The validated [`InternalDate`], if the text is a valid `date-time`.
    pub fn to_internal_date(&self) -> Option<InternalDate> {
        InternalDate::parse(&self.raw).ok()
    }

    /// Parses `dd-Mon-yyyy hh:mm:ss +zzzz` (the day may be space-padded or one digit, the
    /// month name is case-insensitive). `None` when it does not parse.
    pub fn timestamp(&self) -> Option<jiff::Timestamp> {
        const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        let text = self.raw.trim();
        let (date, rest) = text.split_once(' ')?;
        let (time, zone) = rest.trim_start().split_once(' ')?;
        let mut date_parts = date.split('-');
        let day: i8 = date_parts.next()?.trim().parse().ok()?;
        let month_name = date_parts.next()?.to_ascii_lowercase();
        let month = MONTHS.iter().position(|m| *m == month_name)?;
        let year: i16 = date_parts.next()?.parse().ok()?;
        let mut time_parts = time.split(':');
        let hour: i8 = time_parts.next()?.parse().ok()?;
        let minute: i8 = time_parts.next()?.parse().ok()?;
        let second: i8 = time_parts.next()?.parse().ok()?;
        if date_parts.next().is_some() || time_parts.next().is_some() {
            return None;
        }
        let zone = zone.trim();
        let (sign, digits) = match zone.as_bytes().first()? {
            b'+' => (1, &zone[1..]),
            b'-' => (-1, &zone[1..]),
            _ => return None,
        };
        if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let hours: i32 = digits[..2].parse().ok()?;
        let minutes: i32 = digits[2..].parse().ok()?;
        let offset = jiff::tz::Offset::from_seconds(sign * (hours * 3600 + minutes * 60)).ok()?;
        let month = i8::try_from(month + 1).ok()?;
        let datetime = jiff::civil::DateTime::new(year, month, day, hour, minute, second.min(59), 0).ok()?;
        offset.to_timestamp(datetime).ok()
    }
}

/// One FETCH data item (`msg-att`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "item", content = "value"))]
#[non_exhaustive]
pub enum FetchAttr {
    /// `FLAGS`
    #[cfg_attr(feature = "serde", serde(rename = "FLAGS"))]
    Flags(Vec<Flag>),
    /// `INTERNALDATE`
    #[cfg_attr(feature = "serde", serde(rename = "INTERNALDATE"))]
    InternalDate(RawDate),
    /// `RFC822`
    #[cfg_attr(feature = "serde", serde(rename = "RFC822"))]
    Rfc822(
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::option_bytes"))]
        Option<Vec<u8>>,
    ),
    /// `RFC822.HEADER`
    #[cfg_attr(feature = "serde", serde(rename = "RFC822.HEADER"))]
    Rfc822Header(
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::option_bytes"))]
        Option<Vec<u8>>,
    ),
    /// `RFC822.TEXT`
    #[cfg_attr(feature = "serde", serde(rename = "RFC822.TEXT"))]
    Rfc822Text(
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::option_bytes"))]
        Option<Vec<u8>>,
    ),
    /// `RFC822.SIZE` (clamped).
    #[cfg_attr(feature = "serde", serde(rename = "RFC822.SIZE"))]
    Rfc822Size(u64),
    /// `ENVELOPE`, packed ([`PackedEnvelope::view`] reads it).
    #[cfg_attr(feature = "serde", serde(rename = "ENVELOPE"))]
    Envelope(PackedEnvelope),
    /// `BODY` (the structure without extension data), packed ([`PackedBody::view`] reads it).
    #[cfg_attr(feature = "serde", serde(rename = "BODY"))]
    Body(PackedBody),
    /// `BODYSTRUCTURE`, packed ([`PackedBody::view`] reads it).
    #[cfg_attr(feature = "serde", serde(rename = "BODYSTRUCTURE"))]
    BodyStructure(PackedBody),
    /// `BODY[section]<origin>` (boxed: rare in bulk metadata, so it does not widen every item).
    #[cfg_attr(feature = "serde", serde(rename = "BODY[]"))]
    BodySection(Box<BodySection>),
    /// `UID`
    #[cfg_attr(feature = "serde", serde(rename = "UID"))]
    Uid(u32),
    /// `MODSEQ (n)` (RFC 7162).
    #[cfg_attr(feature = "serde", serde(rename = "MODSEQ"))]
    ModSeq(u64),
    /// `BINARY[part]<origin>` (RFC 3516), data possibly from a `~{n}` literal (boxed).
    #[cfg_attr(feature = "serde", serde(rename = "BINARY[]"))]
    Binary(Box<BinarySection>),
    /// `BINARY.SIZE[part]` (RFC 3516).
    #[cfg_attr(feature = "serde", serde(rename = "BINARY.SIZE[]"))]
    BinarySize {
        /// The part number.
        section: Box<[u32]>,
        /// The decoded size (clamped).
        size: u64,
    },
    /// `EMAILID (id)` (RFC 8474).
    #[cfg_attr(feature = "serde", serde(rename = "EMAILID"))]
    EmailId(String),
    /// `THREADID (id)` or `THREADID NIL` (RFC 8474).
    #[cfg_attr(feature = "serde", serde(rename = "THREADID"))]
    ThreadId(Option<String>),
    /// `X-GM-MSGID` (Gmail).
    #[cfg_attr(feature = "serde", serde(rename = "X-GM-MSGID"))]
    GmMsgId(u64),
    /// `X-GM-THRID` (Gmail).
    #[cfg_attr(feature = "serde", serde(rename = "X-GM-THRID"))]
    GmThrId(u64),
    /// `X-GM-LABELS` (Gmail): labels as sent (`\Inbox`, `Work`), raw bytes.
    #[cfg_attr(feature = "serde", serde(rename = "X-GM-LABELS"))]
    GmLabels(
        #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::list_bytes"))] Vec<Vec<u8>>,
    ),
    /// `SAVEDATE` (RFC 8514): when the message was saved in this mailbox; `None` for NIL
    /// (the mailbox does not keep save dates).
    #[cfg_attr(feature = "serde", serde(rename = "SAVEDATE"))]
    SaveDate(Option<RawDate>),
    /// `PREVIEW` (RFC 8970): a plain-text preview of at most 256 characters; `None` for NIL
    /// (none available, e.g. after `PREVIEW (LAZY)`).
    #[cfg_attr(feature = "serde", serde(rename = "PREVIEW"))]
    Preview(Option<Text>),
    /// A body item (`BODY[...]`, `BINARY[...]`, `RFC822`, `RFC822.TEXT`, `RFC822.HEADER`)
    /// whose literal data was streamed to a sink instead of being kept (see
    /// [`crate::parse::ResponseStream::stream_literals_over`]).
    #[cfg_attr(feature = "serde", serde(rename = "STREAMED"))]
    Streamed {
        /// The item, with its data `None`.
        item: Box<FetchAttr>,
        /// Bytes of data that went to the sink.
        len: u64,
    },
    /// An item this parser knows whose value does not have the item's shape (an ENVELOPE
    /// with nine fields, a BODYSTRUCTURE size written `9.3736e+06`, `BODY[1]` without data):
    /// kept with its bytes instead of being guessed at, and the other items of the response
    /// are kept too (Q-FETCH).
    #[cfg_attr(feature = "serde", serde(rename = "UNPARSED"))]
    Unparsed(Box<UnparsedAttr>),
    /// Any other item: its name (with any section, as sent) and value (boxed).
    #[cfg_attr(feature = "serde", serde(rename = "OTHER"))]
    Other(Box<OtherAttr>),
}

/// The value of [`FetchAttr::Unparsed`]: a known item whose value did not parse.
///
/// ```
/// use imapkit_core::parse::{parse_response, ParseOptions};
/// use imapkit_core::types::{Response, Untagged, Value};
///
/// let frame = b"* 1 FETCH (UID 5 ENVELOPE (NIL \"Hi\" NIL) FLAGS (\\Seen))\r\n";
/// let Response::Untagged(Untagged::Fetch(fetch)) = parse_response(frame, &ParseOptions::default()).unwrap()
/// else { panic!() };
/// assert_eq!(fetch.uid(), Some(5));
/// assert_eq!(fetch.envelope(), None);
/// let unparsed = fetch.unparsed("ENVELOPE").unwrap();
/// assert_eq!(unparsed.raw, b"(NIL \"Hi\" NIL)");
/// assert_eq!(unparsed.value(), Some(Value::List(vec![Value::Nil, Value::String(b"Hi".to_vec()), Value::Nil])));
/// assert!(fetch.flags().is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct UnparsedAttr {
    /// The item name, with any section, as sent.
    pub name: String,
    /// The value's bytes as sent (literal headers and data included); empty when the item
    /// had no value.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::bytes"))]
    pub raw: Vec<u8>,
    /// What the item's parser expected where it stopped.
    pub expected: String,
}

impl UnparsedAttr {
    /// The value read generically (lists, strings, numbers, atoms), if it reads that way.
    pub fn value(&self) -> Option<Value> {
        crate::parse::generic_value(&self.raw)
    }
}

/// The value of [`FetchAttr::BodySection`]: `BODY[section]<origin> data`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BodySection {
    /// The section.
    pub section: Section,
    /// The origin octet of a partial fetch.
    pub origin: Option<u32>,
    /// The data; `None` for NIL.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::option_bytes"))]
    pub data: Option<Vec<u8>>,
}

/// The value of [`FetchAttr::Binary`]: `BINARY[part]<origin> data` (RFC 3516).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BinarySection {
    /// The part number.
    pub section: Vec<u32>,
    /// The origin octet of a partial fetch.
    pub origin: Option<u32>,
    /// The decoded data; `None` for NIL.
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::option_bytes"))]
    pub data: Option<Vec<u8>>,
}

/// The value of [`FetchAttr::Other`]: an item this parser has no type for.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct OtherAttr {
    /// The item name, with any section, as sent.
    pub name: String,
    /// Its value.
    pub value: Value,
}

/// A FETCH response: the message sequence number and its data items.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Fetch {
    /// The message sequence number; 0 in a `UIDFETCH` response (UIDONLY, RFC 9586 3.3),
    /// which tells only the UID ([`Fetch::uid`]).
    pub seq: u32,
    /// The data items in the order sent.
    pub attrs: Vec<FetchAttr>,
}

impl Fetch {
    /// `UID`
    pub fn uid(&self) -> Option<u32> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Uid(uid) => Some(*uid),
            _ => None,
        })
    }

    /// `FLAGS`
    pub fn flags(&self) -> Option<&[Flag]> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Flags(flags) => Some(flags.as_slice()),
            _ => None,
        })
    }

    /// `ENVELOPE`: its fields, read from the packed value. [`EnvelopeView::to_envelope`]
    /// gives a separate owned [`Envelope`](crate::types::Envelope).
    pub fn envelope(&self) -> Option<EnvelopeView<'_>> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Envelope(envelope) => Some(envelope.view()),
            _ => None,
        })
    }

    /// `BODYSTRUCTURE`, or else `BODY` (the structure without extension data): the whole
    /// body, read from the packed value. [`BodyView::to_body_structure`] gives a separate
    /// owned [`BodyStructure`](crate::types::BodyStructure).
    pub fn body_structure(&self) -> Option<BodyView<'_>> {
        let full = self.attrs.iter().find_map(|a| match a {
            FetchAttr::BodyStructure(body) => Some(body.view()),
            _ => None,
        });
        full.or_else(|| {
            self.attrs.iter().find_map(|a| match a {
                FetchAttr::Body(body) => Some(body.view()),
                _ => None,
            })
        })
    }

    /// `INTERNALDATE`
    pub fn internal_date(&self) -> Option<&RawDate> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::InternalDate(date) => Some(date),
            _ => None,
        })
    }

    /// `RFC822.SIZE`
    pub fn size(&self) -> Option<u64> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Rfc822Size(size) => Some(*size),
            _ => None,
        })
    }

    /// `MODSEQ`
    pub fn modseq(&self) -> Option<u64> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::ModSeq(modseq) => Some(*modseq),
            _ => None,
        })
    }

    /// `RFC822` data, or else `BODY[]` data: the whole message.
    pub fn rfc822(&self) -> Option<&[u8]> {
        let direct = self.attrs.iter().find_map(|a| match a {
            FetchAttr::Rfc822(Some(data)) => Some(data.as_slice()),
            _ => None,
        });
        direct.or_else(|| self.body_section(""))
    }

    /// The whole message ([`Fetch::rfc822`]: `RFC822` or `BODY[]` data) parsed into headers
    /// and decoded parts (feature `mime`; see [`crate::mime`]). `None` when the message was
    /// not fetched (or streamed to a writer) or is not a message.
    #[cfg(feature = "mime")]
    pub fn message(&self) -> Option<crate::mime::Message<'_>> {
        self.rfc822().and_then(crate::mime::parse)
    }

    /// `RFC822.HEADER` data, or else `BODY[HEADER]` data.
    pub fn header(&self) -> Option<&[u8]> {
        let direct = self.attrs.iter().find_map(|a| match a {
            FetchAttr::Rfc822Header(Some(data)) => Some(data.as_slice()),
            _ => None,
        });
        direct.or_else(|| self.body_section("HEADER"))
    }

    /// `RFC822.TEXT` data, or else `BODY[TEXT]` data.
    pub fn text(&self) -> Option<&[u8]> {
        let direct = self.attrs.iter().find_map(|a| match a {
            FetchAttr::Rfc822Text(Some(data)) => Some(data.as_slice()),
            _ => None,
        });
        direct.or_else(|| self.body_section("TEXT"))
    }

    /// The data of `BODY[spec]` (any origin), where `spec` is the text between the brackets
    /// (`""`, `"1.2"`, `"HEADER.FIELDS (FROM TO)"`), compared case-insensitively with
    /// whitespace runs folded. `None` when absent or NIL.
    pub fn body_section(&self, spec: &str) -> Option<&[u8]> {
        let wanted = normalize_spec(spec);
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::BodySection(item) if normalize_spec(&item.section.to_string()) == wanted => item.data.as_deref(),
            _ => None,
        })
    }

    /// The data of `BINARY[part]` (any origin).
    pub fn binary(&self, part: &[u32]) -> Option<&[u8]> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Binary(item) if item.section == part => item.data.as_deref(),
            _ => None,
        })
    }

    /// `EMAILID` (RFC 8474)
    pub fn email_id(&self) -> Option<&str> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::EmailId(id) => Some(id.as_str()),
            _ => None,
        })
    }

    /// `THREADID` (RFC 8474); `None` also for NIL.
    pub fn thread_id(&self) -> Option<&str> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::ThreadId(Some(id)) => Some(id.as_str()),
            _ => None,
        })
    }

    /// `SAVEDATE` (RFC 8514): `Some(None)` when the server sent NIL.
    pub fn save_date(&self) -> Option<Option<&RawDate>> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::SaveDate(date) => Some(date.as_ref()),
            _ => None,
        })
    }

    /// `PREVIEW` (RFC 8970): `Some(None)` when the server sent NIL.
    pub fn preview(&self) -> Option<Option<&str>> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Preview(text) => Some(text.as_deref()),
            _ => None,
        })
    }

    /// `X-GM-LABELS`
    pub fn gm_labels(&self) -> Option<&[Vec<u8>]> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::GmLabels(labels) => Some(labels.as_slice()),
            _ => None,
        })
    }

    /// A known item whose value did not parse ([`FetchAttr::Unparsed`]), by name,
    /// case-insensitively.
    pub fn unparsed(&self, name: &str) -> Option<&UnparsedAttr> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Unparsed(unparsed) if unparsed.name.eq_ignore_ascii_case(name) => Some(&**unparsed),
            _ => None,
        })
    }

    /// An unknown item by name, case-insensitively.
    pub fn other(&self, name: &str) -> Option<&Value> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttr::Other(other) if other.name.eq_ignore_ascii_case(name) => Some(&other.value),
            _ => None,
        })
    }
}

fn normalize_spec(spec: &str) -> String {
    spec.split_ascii_whitespace().collect::<Vec<_>>().join(" ").to_ascii_uppercase()
}
