//! The vocabulary a table line may use: argument kinds and untagged response kinds.
//!
//! Each kind names a marker type in `imap_core` (re-exported as `__private::kinds` and
//! `__private::untagged`); the quoting rules and the extraction live there, once, for every
//! command. This file only says which names exist and how they look in generated code.

/// An argument kind: its table name, the marker type that carries its quoting rule, and the
/// concrete Rust type an optional argument of this kind takes (so `None` needs no annotation).
#[derive(Debug)]
pub struct ArgKind {
    /// Name used in the table (`astring`).
    pub name: &'static str,
    /// Marker type in `__private::kinds`.
    pub marker: &'static str,
    /// Parameter type of an optional argument (`Option<…>` of this).
    pub optional_type: &'static str,
}

/// Every argument kind a table may use.
pub const ARG_KINDS: &[ArgKind] = &[
    ArgKind { name: "atom", marker: "Atom", optional_type: "&str" },
    ArgKind { name: "astring", marker: "AString", optional_type: "&str" },
    ArgKind { name: "secret", marker: "Secret", optional_type: "&str" },
    ArgKind { name: "string", marker: "Str", optional_type: "&str" },
    ArgKind { name: "nstring", marker: "NString", optional_type: "&str" },
    ArgKind { name: "literal", marker: "Literal", optional_type: "&[u8]" },
    ArgKind { name: "append-message", marker: "AppendMessage", optional_type: "&__p::AppendMessage" },
    ArgKind { name: "mailbox", marker: "Mailbox", optional_type: "&str" },
    ArgKind { name: "list-mailbox", marker: "ListMailbox", optional_type: "&str" },
    ArgKind { name: "sequence-set", marker: "SequenceSet", optional_type: "&str" },
    ArgKind { name: "number", marker: "Number", optional_type: "u32" },
    ArgKind { name: "number64", marker: "Number64", optional_type: "u64" },
    ArgKind { name: "flags", marker: "Flags", optional_type: "&[__p::Flag]" },
    ArgKind { name: "datetime", marker: "DateTime", optional_type: "__p::InternalDate" },
    ArgKind { name: "date", marker: "Date", optional_type: "__p::jiff::civil::Date" },
    ArgKind { name: "fetch-items", marker: "FetchItems", optional_type: "&__p::FetchItems" },
    ArgKind { name: "search", marker: "Search", optional_type: "&__p::SearchProgram" },
    ArgKind { name: "search-keys", marker: "SearchKeys", optional_type: "&__p::SearchKey" },
    ArgKind { name: "status-items", marker: "StatusItems", optional_type: "&[__p::StatusItem]" },
    ArgKind { name: "store-action", marker: "StoreAction", optional_type: "&__p::StoreAction" },
    ArgKind { name: "acl-rights", marker: "AclRights", optional_type: "&str" },
    ArgKind { name: "quota-limits", marker: "QuotaLimits", optional_type: "&[(&str, u64)]" },
    ArgKind { name: "sort-criteria", marker: "SortCriteria", optional_type: "&[__p::SortKey]" },
    ArgKind { name: "id-params", marker: "IdParams", optional_type: "&[(&str, &str)]" },
    ArgKind { name: "astring-list", marker: "AStringList", optional_type: "&[&str]" },
    ArgKind { name: "string-list", marker: "StringList", optional_type: "&[&str]" },
    ArgKind { name: "pairs", marker: "Pairs", optional_type: "&[(&str, Option<&str>)]" },
    ArgKind { name: "string-pairs", marker: "StringPairs", optional_type: "&[(&str, Option<&str>)]" },
    ArgKind { name: "raw", marker: "Raw", optional_type: "&str" },
];

/// An untagged kind a command may collect: its routing name, the result field it fills and
/// the marker type in `__private::untagged` that extracts it.
#[derive(Debug)]
pub struct UntaggedKind {
    /// Routing name (`EXISTS`, `OK[UIDNEXT]`).
    pub name: &'static str,
    /// Field of the generated result struct.
    pub field: &'static str,
    /// Marker type in `__private::untagged`.
    pub marker: &'static str,
}

macro_rules! untagged_kinds {
    ($($name:literal => $field:ident, $marker:ident;)*) => {
        /// Every untagged kind the library extracts into a typed value.
        pub const UNTAGGED_KINDS: &[UntaggedKind] = &[
            $(UntaggedKind { name: $name, field: stringify!($field), marker: stringify!($marker) },)*
        ];
    };
}

untagged_kinds! {
    "CAPABILITY" => capabilities, Capability;
    "FLAGS" => flags, Flags;
    "EXISTS" => exists, Exists;
    "RECENT" => recent, Recent;
    "EXPUNGE" => expunged, Expunge;
    "FETCH" => fetches, Fetch;
    "SEARCH" => search, Search;
    "ESEARCH" => esearch, ESearch;
    "LIST" => list, List;
    "LSUB" => lsub, Lsub;
    "STATUS" => mailbox_status, MailboxStatus;
    "NAMESPACE" => namespace, Namespace;
    "ACL" => acl, Acl;
    "LISTRIGHTS" => list_rights, ListRights;
    "MYRIGHTS" => my_rights, MyRights;
    "QUOTA" => quotas, Quota;
    "QUOTAROOT" => quota_roots, QuotaRoot;
    "ANNOTATION" => annotations, Annotation;
    "METADATA" => metadata, Metadata;
    "SORT" => sort, Sort;
    "THREAD" => threads, Thread;
    "ENABLED" => enabled, Enabled;
    "ID" => id, Id;
    "VANISHED" => vanished, Vanished;
    "OK[ALERT]" => alerts, OkAlert;
    "OK[UNSEEN]" => unseen, OkUnseen;
    "OK[PERMANENTFLAGS]" => permanent_flags, OkPermanentFlags;
    "OK[UIDNEXT]" => uid_next, OkUidNext;
    "OK[UIDVALIDITY]" => uid_validity, OkUidValidity;
    "OK[HIGHESTMODSEQ]" => highest_modseq, OkHighestModSeq;
    "OK[NOMODSEQ]" => no_modseq, OkNoModSeq;
    "OK[CLOSED]" => closed, OkClosed;
    "OK[COPYUID]" => copy_uid, OkCopyUid;
}

/// Looks up an argument kind by its table name.
pub fn arg_kind(name: &str) -> Option<&'static ArgKind> {
    ARG_KINDS.iter().find(|k| k.name == name)
}

/// Looks up an untagged kind by its routing name.
pub fn untagged_kind(name: &str) -> Option<&'static UntaggedKind> {
    UNTAGGED_KINDS.iter().find(|k| k.name == name)
}
