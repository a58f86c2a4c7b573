//! The descriptor model: what one command-table line means, as data every layer reads.
//!
//! The proc macro emits one `static CommandDef` per table line; the `imap` program builds the
//! same [`CommandDef`] from a user's site table at run time; the session checks states and
//! capabilities, routes untagged responses and holds back ambiguous pipelining from it. So
//! there is one model, and this module has no dependencies (it is built without the TOML
//! reader when `imapkit-core` uses it).
//!
//! Argument kinds ([`ArgKind`]) and untagged kinds ([`UntaggedKind`]) are enums written as one
//! row each below. A row carries everything the macro needs (marker type, parameter and field
//! types); the encoder and the router in `imapkit-core` match on the enum exhaustively, so a kind
//! that lacks its encoder or its routing does not compile.

use std::borrow::Cow;
use std::fmt;

/// Connection state (RFC 9051 section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Before LOGIN / AUTHENTICATE (`N` in a table).
    NotAuthenticated,
    /// Logged in, no mailbox selected (`A`).
    Authenticated,
    /// A mailbox is selected (`S`).
    Selected,
    /// After BYE / LOGOUT: the connection is over (`L`, only as a `then` state).
    Logout,
}

impl State {
    /// The state a table letter names.
    pub fn from_letter(letter: char) -> Option<State> {
        match letter {
            'N' => Some(State::NotAuthenticated),
            'A' => Some(State::Authenticated),
            'S' => Some(State::Selected),
            'L' => Some(State::Logout),
            _ => None,
        }
    }

    /// The variant's name, as generated code spells it.
    pub fn variant(self) -> &'static str {
        match self {
            State::NotAuthenticated => "NotAuthenticated",
            State::Authenticated => "Authenticated",
            State::Selected => "Selected",
            State::Logout => "Logout",
        }
    }
}

/// The protocol revision whose rules a session follows (RFC 9051 names the revisions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Protocol {
    /// IMAP4rev1 (RFC 3501) with the extensions the server advertises.
    Imap4rev1,
    /// IMAP4rev2 (RFC 9051): after `ENABLE IMAP4rev2`, or from the start on a server that
    /// speaks only rev2.
    Imap4rev2,
}

impl Protocol {
    /// The revision a table's `removed_in` value names (`IMAP4rev2`, case-insensitive).
    pub fn from_name(name: &str) -> Option<Protocol> {
        [Protocol::Imap4rev1, Protocol::Imap4rev2].into_iter().find(|p| p.name().eq_ignore_ascii_case(name))
    }

    /// The capability name of the revision: `IMAP4rev1`, `IMAP4rev2`.
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Imap4rev1 => "IMAP4rev1",
            Protocol::Imap4rev2 => "IMAP4rev2",
        }
    }

    /// The variant's name, as generated code spells it.
    pub fn variant(self) -> &'static str {
        match self {
            Protocol::Imap4rev1 => "Imap4rev1",
            Protocol::Imap4rev2 => "Imap4rev2",
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            State::NotAuthenticated => "not authenticated",
            State::Authenticated => "authenticated",
            State::Selected => "selected",
            State::Logout => "logout",
        })
    }
}

/// How many values an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cardinality {
    /// Exactly one.
    One,
    /// Zero or one (`?`): omitted from the wire when absent.
    Optional,
    /// Zero or more (`*`), space-separated.
    ZeroOrMore,
    /// One or more (`+`), space-separated.
    OneOrMore,
}

impl Cardinality {
    /// The variant's name, as generated code spells it.
    pub fn variant(self) -> &'static str {
        match self {
            Cardinality::One => "One",
            Cardinality::Optional => "Optional",
            Cardinality::ZeroOrMore => "ZeroOrMore",
            Cardinality::OneOrMore => "OneOrMore",
        }
    }
}

/// A client-side dialogue the session runs during the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exchange {
    /// SASL challenges and responses (AUTHENTICATE).
    Sasl,
    /// TLS handshake after the tagged OK (STARTTLS).
    StartTls,
    /// The server pushes events until the client sends `DONE` (IDLE).
    Idle,
    /// DEFLATE on both directions after the tagged OK (COMPRESS, RFC 4978).
    Compress,
}

impl Exchange {
    /// The name a table's `exchange` column uses.
    pub fn table_name(self) -> &'static str {
        match self {
            Exchange::Sasl => "sasl",
            Exchange::StartTls => "starttls",
            Exchange::Idle => "idle",
            Exchange::Compress => "compress",
        }
    }

    /// The variant's name, as generated code spells it.
    pub fn variant(self) -> &'static str {
        match self {
            Exchange::Sasl => "Sasl",
            Exchange::StartTls => "StartTls",
            Exchange::Idle => "Idle",
            Exchange::Compress => "Compress",
        }
    }

    /// Whether the generated method takes a handler for the server's continuation requests.
    pub fn takes_handler(self) -> bool {
        matches!(self, Exchange::Sasl | Exchange::Idle)
    }
}

macro_rules! arg_kinds {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, optional: $optional:literal;)*) => {
        /// An argument kind: how a value becomes exactly one IMAP argument. The quoting rule
        /// of each lives in `imapkit_core::encode`, on the marker type of the same name.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ArgKind {
            $($(#[doc = $doc])* $variant,)*
        }

        impl ArgKind {
            /// Every argument kind, in table-documentation order.
            pub const ALL: &'static [ArgKind] = &[$(ArgKind::$variant),*];

            /// The name a table uses (`astring`).
            pub fn name(self) -> &'static str {
                match self { $(ArgKind::$variant => $name,)* }
            }

            /// What the kind is, in one line (its documentation).
            pub fn summary(self) -> &'static str {
                match self { $(ArgKind::$variant => concat!($($doc),*).trim_ascii(),)* }
            }

            /// The marker type in `imapkit_core::encode::kinds` that carries the quoting rule.
            pub fn marker(self) -> &'static str {
                match self { $(ArgKind::$variant => stringify!($variant),)* }
            }

            /// The parameter type of an optional argument (`Option<…>` of this), with
            /// `crate::` standing for the client crate's root.
            pub fn optional_type(self) -> &'static str {
                match self { $(ArgKind::$variant => $optional,)* }
            }
        }
    };
}

arg_kinds! {
    /// An atom, checked (`FLAGS`, a SASL mechanism).
    Atom = "atom", optional: "&str";
    /// An atom, quoted string or literal, chosen by the value.
    AString = "astring", optional: "&str";
    /// Like `astring`, never traced in clear and refused on a cleartext connection.
    Secret = "secret", optional: "&str";
    /// A quoted string or literal.
    Str = "string", optional: "&str";
    /// A string or NIL.
    NString = "nstring", optional: "&str";
    /// Always a literal (any bytes).
    Literal = "literal", optional: "&[u8]";
    /// One APPEND message: flags, date and the message literal.
    AppendMessage = "append-message", optional: "&crate::encode::AppendMessage";
    /// A mailbox name, encoded as modified UTF-7 (or UTF-8 under UTF8=ACCEPT).
    Mailbox = "mailbox", optional: "&str";
    /// A LIST pattern (`%` and `*` kept).
    ListMailbox = "list-mailbox", optional: "&str";
    /// A sequence set (`1:*`, `4,7:9`).
    SequenceSet = "sequence-set", optional: "&str";
    /// A number (32 bits).
    Number = "number", optional: "u32";
    /// A number (63 bits; MODSEQ).
    Number64 = "number64", optional: "u64";
    /// A parenthesised flag list.
    Flags = "flags", optional: "&[crate::types::Flag]";
    /// A date-time (`"02-Dec-2026 10:00:00 +0000"`).
    DateTime = "datetime", optional: "crate::types::InternalDate";
    /// A date (`2-Dec-2026`).
    Date = "date", optional: "crate::jiff::civil::Date";
    /// FETCH items (a macro, one item or a list).
    FetchItems = "fetch-items", optional: "&crate::encode::FetchItems";
    /// A whole search program: charset and keys.
    Search = "search", optional: "&crate::encode::SearchProgram";
    /// Search keys alone (after SORT's charset).
    SearchKeys = "search-keys", optional: "&crate::encode::SearchKey";
    /// A parenthesised list of STATUS items.
    StatusItems = "status-items", optional: "&[crate::encode::StatusItem]";
    /// A STORE action (`+FLAGS.SILENT (\Seen)`).
    StoreAction = "store-action", optional: "&crate::encode::StoreAction";
    /// ACL rights letters (RFC 4314).
    AclRights = "acl-rights", optional: "&str";
    /// Quota limits: `(resource limit ...)`.
    QuotaLimits = "quota-limits", optional: "&[(&str, u64)]";
    /// SORT criteria.
    SortCriteria = "sort-criteria", optional: "&[crate::encode::SortKey]";
    /// ID parameters, or NIL when empty.
    IdParams = "id-params", optional: "&[(&str, &str)]";
    /// A parenthesised list of astrings.
    AStringList = "astring-list", optional: "&[&str]";
    /// A parenthesised list of strings.
    StringList = "string-list", optional: "&[&str]";
    /// A parenthesised list of `name value` pairs (values may be NIL).
    Pairs = "pairs", optional: "&[(&str, Option<&str>)]";
    /// Pairs whose names are strings too (METADATA entries).
    StringPairs = "string-pairs", optional: "&[(&str, Option<&str>)]";
    /// Raw protocol text, refused if it holds CR, LF or NUL (an escape hatch).
    Raw = "raw", optional: "&str";
    /// A charset name (SORT, THREAD; RFC 5256 `charset = atom / quoted`): never a literal.
    Charset = "charset", optional: "&str";
    /// A SASL mechanism name: an atom, sent upper-case (RFC 4422 names are upper-case).
    Mechanism = "mechanism", optional: "&str";
    /// A SASL initial response (RFC 4959 `initial-resp = base64 / "="`): base64 text or `=`
    /// for an empty one, sent bare and redacted in traces.
    SaslResponse = "sasl-response", optional: "&str";
    /// SELECT / EXAMINE parameters (RFC 7162 3.1.8, 3.2.5): `(CONDSTORE)`, `(QRESYNC (...))`.
    SelectParams = "select-params", optional: "&crate::encode::SelectParams";
    /// LIST's selection options (RFC 5258 3.1), before the reference.
    ListSelection = "list-selection", optional: "&crate::encode::ListSelection";
    /// LIST's return options (RFC 5258 3.2, RFC 5819, RFC 6154, RFC 8440).
    ListReturn = "list-return", optional: "&crate::encode::ListReturn";
    /// CREATE's special-use parameter `(USE (\Sent))` (RFC 6154 3).
    SpecialUse = "special-use", optional: "&[crate::types::SpecialUse]";
    /// ESEARCH-style return options for SORT (RFC 5267 ESORT): `(MIN MAX COUNT ALL ...)`.
    SearchReturn = "search-return", optional: "&crate::encode::SearchReturn";
    /// NOTIFY's request (RFC 5465 3): `NONE` or `SET [STATUS] (mailboxes (events)) ...`.
    Notify = "notify", optional: "&crate::encode::Notify";
}

impl ArgKind {
    /// The kind a table names.
    pub fn from_name(name: &str) -> Option<ArgKind> {
        ArgKind::ALL.iter().copied().find(|kind| kind.name() == name)
    }
}

/// How answers of one untagged kind can be told apart between two in-flight commands that
/// both claim it (RFC 9051 5.5): this decides what the session may pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sharing {
    /// A mailbox update (EXISTS, EXPUNGE, a response code): any claimant may take it.
    Update,
    /// Carries the command's tag (ESEARCH, RFC 4731 `(TAG "...")`).
    ByTag,
    /// Carries a mailbox name (STATUS): commands naming different mailboxes can share it.
    ByMailbox,
    /// Nothing tells the answers apart (SEARCH, FETCH, LIST, ...): one claimant at a time.
    Exclusive,
}

macro_rules! untagged_kinds {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, $field:ident: $output:literal, $sharing:ident;)*) => {
        /// An untagged kind a command may collect into a typed field of its result.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum UntaggedKind {
            $($(#[$doc])* $variant,)*
        }

        impl UntaggedKind {
            /// Every untagged kind.
            pub const ALL: &'static [UntaggedKind] = &[$(UntaggedKind::$variant),*];

            /// The name a table uses (`EXISTS`, `OK[UIDNEXT]`).
            pub fn name(self) -> &'static str {
                match self { $(UntaggedKind::$variant => $name,)* }
            }

            /// The result field it fills (`exists`).
            pub fn field(self) -> &'static str {
                match self { $(UntaggedKind::$variant => stringify!($field),)* }
            }

            /// The marker type in `imapkit_core::extract::untagged` that extracts it.
            pub fn marker(self) -> &'static str {
                match self { $(UntaggedKind::$variant => stringify!($variant),)* }
            }

            /// The field's type, with `crate::` standing for the client crate's root; the
            /// marker's `Extract::Output` must be this type (generated code checks it).
            pub fn output_type(self) -> &'static str {
                match self { $(UntaggedKind::$variant => $output,)* }
            }

            /// How two commands claiming it can be told apart.
            pub fn sharing(self) -> Sharing {
                match self { $(UntaggedKind::$variant => Sharing::$sharing,)* }
            }
        }
    };
}

untagged_kinds! {
    /// `* CAPABILITY`.
    Capability = "CAPABILITY", capabilities: "Vec<String>", Exclusive;
    /// `* FLAGS`.
    Flags = "FLAGS", flags: "Option<Vec<crate::types::Flag>>", Update;
    /// `* n EXISTS`.
    Exists = "EXISTS", exists: "Option<u32>", Update;
    /// `* n RECENT`.
    Recent = "RECENT", recent: "Option<u32>", Update;
    /// `* n EXPUNGE`.
    Expunge = "EXPUNGE", expunged: "Vec<u32>", Update;
    /// `* n FETCH`.
    Fetch = "FETCH", fetches: "Vec<crate::types::Fetch>", Exclusive;
    /// `* SEARCH`.
    Search = "SEARCH", search: "crate::extract::SearchResult", Exclusive;
    /// `* ESEARCH` (RFC 4731).
    ESearch = "ESEARCH", esearch: "Vec<crate::types::ESearch>", ByTag;
    /// `* LIST`.
    List = "LIST", list: "Vec<crate::types::ListItem>", Exclusive;
    /// `* LSUB`.
    Lsub = "LSUB", lsub: "Vec<crate::types::ListItem>", Exclusive;
    /// `* STATUS`.
    MailboxStatus = "STATUS", statuses: "Vec<crate::types::MailboxStatus>", ByMailbox;
    /// `* NAMESPACE` (RFC 2342).
    Namespace = "NAMESPACE", namespace: "Option<crate::types::Namespaces>", Exclusive;
    /// `* ACL` (RFC 4314).
    Acl = "ACL", acl: "Vec<crate::extract::Acl>", Exclusive;
    /// `* LISTRIGHTS` (RFC 4314).
    ListRights = "LISTRIGHTS", list_rights: "Vec<crate::extract::ListRights>", Exclusive;
    /// `* MYRIGHTS` (RFC 4314).
    MyRights = "MYRIGHTS", my_rights: "Vec<crate::extract::MyRights>", Exclusive;
    /// `* QUOTA` (RFC 9208).
    Quota = "QUOTA", quotas: "Vec<crate::extract::Quota>", Exclusive;
    /// `* QUOTAROOT` (RFC 9208).
    QuotaRoot = "QUOTAROOT", quota_roots: "Vec<crate::extract::QuotaRoot>", Exclusive;
    /// `* ANNOTATION` (Cyrus ANNOTATEMORE).
    Annotation = "ANNOTATION", annotations: "Vec<crate::extract::Annotation>", Exclusive;
    /// `* METADATA` (RFC 5464).
    Metadata = "METADATA", metadata: "Vec<crate::extract::Metadata>", Exclusive;
    /// `* SORT` (RFC 5256).
    Sort = "SORT", sort: "crate::extract::SearchResult", Exclusive;
    /// `* THREAD` (RFC 5256).
    Thread = "THREAD", threads: "Vec<crate::types::Thread>", Exclusive;
    /// `* ENABLED` (RFC 5161).
    Enabled = "ENABLED", enabled: "Vec<String>", Exclusive;
    /// `* ID` (RFC 2971).
    Id = "ID", id: "Option<Vec<(String, Option<Vec<u8>>)>>", Exclusive;
    /// `* VANISHED` (RFC 7162).
    Vanished = "VANISHED", vanished: "Vec<crate::extract::Vanished>", Update;
    /// `* OK [ALERT]`.
    OkAlert = "OK[ALERT]", alerts: "Vec<String>", Update;
    /// `* OK [UNSEEN n]`.
    OkUnseen = "OK[UNSEEN]", unseen: "Option<u32>", Update;
    /// `* OK [PERMANENTFLAGS (...)]`.
    OkPermanentFlags = "OK[PERMANENTFLAGS]", permanent_flags: "Option<Vec<crate::types::Flag>>", Update;
    /// `* OK [UIDNEXT n]`.
    OkUidNext = "OK[UIDNEXT]", uid_next: "Option<u32>", Update;
    /// `* OK [UIDVALIDITY n]`.
    OkUidValidity = "OK[UIDVALIDITY]", uid_validity: "Option<u32>", Update;
    /// `* OK [HIGHESTMODSEQ n]` (RFC 7162).
    OkHighestModSeq = "OK[HIGHESTMODSEQ]", highest_modseq: "Option<u64>", Update;
    /// `* OK [NOMODSEQ]` (RFC 7162).
    OkNoModSeq = "OK[NOMODSEQ]", no_modseq: "bool", Update;
    /// `* OK [CLOSED]` (RFC 7162).
    OkClosed = "OK[CLOSED]", closed: "bool", Update;
    /// `* OK [COPYUID ...]` (RFC 4315), as some servers send it untagged.
    OkCopyUid = "OK[COPYUID]", copy_uid: "Option<crate::extract::CopyUid>", Update;
    /// `* OK [APPENDUID ...]` (RFC 4315), as REPLACE sends it untagged (RFC 8508 3.3).
    OkAppendUid = "OK[APPENDUID]", append_uid: "Option<crate::extract::AppendUid>", Update;
}

impl UntaggedKind {
    /// The kind a table names (case-insensitive, as response names are).
    pub fn from_name(name: &str) -> Option<UntaggedKind> {
        UntaggedKind::ALL.iter().copied().find(|kind| kind.name().eq_ignore_ascii_case(name))
    }
}

/// An untagged kind a command claims: one of the library's, or a site-specific `X…` kind
/// received as generic values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// A kind the library parses into a typed value.
    Known(UntaggedKind),
    /// A site-specific kind (`XPURGED`): responses of that name, as generic values.
    Site {
        /// The response name, upper case.
        name: Cow<'static, str>,
        /// The result field that receives them.
        field: Cow<'static, str>,
    },
}

impl Claim {
    /// The name a table uses.
    pub fn name(&self) -> &str {
        match self {
            Claim::Known(kind) => kind.name(),
            Claim::Site { name, .. } => name,
        }
    }

    /// The result field it fills.
    pub fn field(&self) -> &str {
        match self {
            Claim::Known(kind) => kind.field(),
            Claim::Site { field, .. } => field,
        }
    }

    /// How two commands claiming it can be told apart (site kinds: not at all).
    pub fn sharing(&self) -> Sharing {
        match self {
            Claim::Known(kind) => kind.sharing(),
            Claim::Site { .. } => Sharing::Exclusive,
        }
    }
}

/// One argument of a table line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgDef {
    /// An atom sent before the value when the value is present (`CHARSET` in SEARCH).
    pub keyword: Option<Cow<'static, str>>,
    /// Parameter name (snake_case).
    pub name: Cow<'static, str>,
    /// Its kind.
    pub kind: ArgKind,
    /// How many values.
    pub cardinality: Cardinality,
}

/// One command-table line: the generated code's `static`s and a site table read at run time
/// are the same type (borrowed in the first case, owned in the second).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandDef {
    /// Wire name, upper case (`UID FETCH`).
    pub name: Cow<'static, str>,
    /// Method name (`uid_fetch`).
    pub method: Cow<'static, str>,
    /// States the command may be sent in.
    pub states: Cow<'static, [State]>,
    /// Arguments in wire order.
    pub args: Cow<'static, [ArgDef]>,
    /// Untagged kinds the command collects, in result-field order.
    pub untagged: Cow<'static, [Claim]>,
    /// State after a tagged OK, if it changes.
    pub then: Option<State>,
    /// State after a tagged NO, if it changes.
    pub fail: Option<State>,
    /// Capability the server must advertise.
    pub needs: Option<Cow<'static, str>>,
    /// Capability the server must advertise when the line's repeated (`*` / `+`) argument is
    /// given more than one value (APPEND of several messages needs MULTIAPPEND, RFC 3502).
    pub several_need: Option<Cow<'static, str>>,
    /// Capability whose presence forbids the command (LOGIN under LOGINDISABLED).
    pub forbidden_by: Option<Cow<'static, str>>,
    /// The protocol revision that removed the command (LSUB and CHECK are not in IMAP4rev2):
    /// refused once the session follows that revision's rules.
    pub removed_in: Option<Protocol>,
    /// An extension whose `ENABLE` forbids the command: `UIDONLY` (RFC 9586 3) for the
    /// commands that take message sequence numbers.
    pub forbidden_when_enabled: Option<Cow<'static, str>>,
    /// The client-side dialogue, if any.
    pub exchange: Option<Exchange>,
    /// One-line documentation from the table.
    pub doc: Cow<'static, str>,
    /// A usage example from the table: Rust statements calling the generated method on
    /// `client`, shown (and compiled as a doctest) in the method's documentation.
    pub example: Option<Cow<'static, str>>,
}

impl CommandDef {
    /// The capabilities a command of this line needs: `needs`, and `several_need` when
    /// `several` (its repeated argument has more than one value).
    pub fn needed_capabilities(&self, several: bool) -> impl Iterator<Item = &str> {
        let several = self.several_need.as_deref().filter(|_| several);
        self.needs.as_deref().into_iter().chain(several)
    }

    /// A line for a command known only by name (imaplib's `xatom`): any state, raw
    /// arguments, collecting untagged responses of its own name. `None` unless `name` is one
    /// or more atoms separated by single spaces.
    pub fn runtime(name: &str) -> Option<CommandDef> {
        let atom = |word: &str| !word.is_empty() && word.bytes().all(is_atom_char);
        if name.is_empty() || !name.split(' ').all(atom) {
            return None;
        }
        let upper = name.to_ascii_uppercase();
        let method = upper.to_ascii_lowercase().replace([' ', '-'], "_");
        let claim = Claim::Site { name: Cow::Owned(upper.clone()), field: Cow::Owned(method.clone()) };
        Some(CommandDef {
            name: Cow::Owned(upper),
            method: Cow::Owned(method),
            states: Cow::Borrowed(&[State::NotAuthenticated, State::Authenticated, State::Selected]),
            args: Cow::Borrowed(&[]),
            untagged: Cow::Owned(vec![claim]),
            then: None,
            fail: None,
            needs: None,
            several_need: None,
            forbidden_by: None,
            removed_in: None,
            forbidden_when_enabled: None,
            example: None,
            exchange: None,
            doc: Cow::Borrowed("A command sent by name (xatom)."),
        })
    }

    /// The index of the claim that takes untagged responses of `kind` (a library kind).
    pub fn claim_of(&self, kind: UntaggedKind) -> Option<usize> {
        self.untagged.iter().position(|claim| *claim == Claim::Known(kind))
    }

    /// The index of the site claim that takes responses named `name`.
    pub fn site_claim_of(&self, name: &str) -> Option<usize> {
        self.untagged
            .iter()
            .position(|claim| matches!(claim, Claim::Site { name: n, .. } if n.eq_ignore_ascii_case(name)))
    }

    /// The name of the generated result struct: `uid_fetch` -> `UidFetchResponse`.
    pub fn response_struct(&self) -> String {
        let camel: String = self
            .method
            .split('_')
            .map(|word| {
                let mut chars = word.chars();
                chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
            })
            .collect();
        format!("{camel}Response")
    }

    /// The name of the generated descriptor static: `UID FETCH` -> `UID_FETCH`.
    pub fn descriptor_static(&self) -> String {
        self.name.replace([' ', '-'], "_")
    }
}

/// A generated `static` line, borrowed (what `CommandBuilder::new` takes).
impl<'a> From<&'a CommandDef> for Cow<'a, CommandDef> {
    fn from(def: &'a CommandDef) -> Self {
        Cow::Borrowed(def)
    }
}

/// A line read at run time, owned.
impl From<CommandDef> for Cow<'_, CommandDef> {
    fn from(def: CommandDef) -> Self {
        Cow::Owned(def)
    }
}

/// RFC 9051 ATOM-CHAR: any CHAR except atom-specials.
pub fn is_atom_char(b: u8) -> bool {
    b > 0x20 && b < 0x7f && !b"(){%*\"\\]".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_by_name() {
        for kind in ArgKind::ALL {
            assert_eq!(ArgKind::from_name(kind.name()), Some(*kind));
        }
        for kind in UntaggedKind::ALL {
            assert_eq!(UntaggedKind::from_name(kind.name()), Some(*kind));
            assert_eq!(UntaggedKind::from_name(&kind.name().to_ascii_lowercase()), Some(*kind));
        }
        assert_eq!(UntaggedKind::MailboxStatus.sharing(), Sharing::ByMailbox);
        assert_eq!(UntaggedKind::OkUidNext.sharing(), Sharing::Update);
    }

    #[test]
    fn runtime_lines_are_atoms() {
        let def = CommandDef::runtime("x-site Purge").unwrap();
        assert_eq!(def.name, "X-SITE PURGE");
        assert_eq!(def.site_claim_of("x-site purge"), Some(0));
        assert!(CommandDef::runtime("A\r\nB").is_none());
        assert!(CommandDef::runtime("A  B").is_none());
        assert!(CommandDef::runtime("").is_none());
    }
}
