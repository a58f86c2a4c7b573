//! Argument kinds: one marker type per kind a command table can name, and the Rust types
//! each kind accepts ([`Arg`] impls). The quoting rule of a kind lives in its impls, once.

use std::ops::{RangeFrom, RangeInclusive};

use super::{Arg, ArgError, CommandBuilder, SearchKey, SearchProgram, SortKey, StatusItem};
use crate::types::{Flag, InternalDate, Mailbox as MailboxName, SeqNumber, SequenceSet as Set};

macro_rules! markers {
    ($($(#[$doc:meta])* $name:ident;)*) => {
        $($(#[$doc])* #[derive(Debug, Clone, Copy)] pub enum $name {})*
    };
}

markers! {
    /// `atom`: validated ATOM-CHARs.
    Atom;
    /// `charset`: an atom or a quoted string, never a literal (RFC 5256 `charset`).
    Charset;
    /// `mechanism`: a SASL mechanism name, an atom sent upper-case.
    Mechanism;
    /// `sasl-response`: a SASL initial response, base64 or `=` (RFC 4959), redacted.
    SaslResponse;
    /// `select-params`: SELECT / EXAMINE parameters, a typed [`super::SelectParams`].
    SelectParams;
    /// `list-selection`: LIST's selection options, a [`super::ListSelection`].
    ListSelection;
    /// `notify`: NOTIFY's request, a [`super::Notify`].
    Notify;
    /// `list-return`: LIST's return options, a [`super::ListReturn`].
    ListReturn;
    /// `special-use`: CREATE's `(USE (...))` parameter.
    SpecialUse;
    /// `search-return`: return options `(MIN MAX ...)`, a [`super::SearchReturn`].
    SearchReturn;
    /// `astring`: atom, quoted or literal by rule.
    AString;
    /// `secret`: an astring redacted in traces (passwords).
    Secret;
    /// `string`: quoted or literal, never an atom.
    Str;
    /// `nstring`: a string, or `NIL` for `None`.
    NString;
    /// `literal`: always a literal.
    Literal;
    /// `append-message`: `[(flags)] ["date-time"] literal` (RFC 3502 `append-message`).
    AppendMessage;
    /// `mailbox`: a UTF-8 name, sent as modified UTF-7 (or UTF-8 under UTF8=ACCEPT).
    Mailbox;
    /// `list-mailbox`: a mailbox pattern; `%` and `*` stay wildcards.
    ListMailbox;
    /// `sequence-set`: `1`, `2:4`, `1:3,6:9`, `3:*`.
    SequenceSet;
    /// `number`: a u32.
    Number;
    /// `number64`: a u64 (MODSEQ, quota limits).
    Number64;
    /// `flags`: a parenthesized flag list.
    Flags;
    /// `datetime`: `"dd-Mon-yyyy hh:mm:ss +zzzz"`.
    DateTime;
    /// `date`: `d-Mon-yyyy`.
    Date;
    /// `fetch-items`: a typed [`FetchItems`] or raw text.
    FetchItems;
    /// `search`: a SEARCH program (`[RETURN (…)] [CHARSET x] keys`), typed or raw.
    Search;
    /// `search-keys`: search keys only (SORT and THREAD take the charset separately).
    SearchKeys;
    /// `status-items`: `(MESSAGES UNSEEN ...)`.
    StatusItems;
    /// `store-action`: `+FLAGS.SILENT (\Seen)`.
    StoreAction;
    /// `acl-rights`: RFC 4314 rights, optionally prefixed by `+` or `-`.
    AclRights;
    /// `quota-limits`: `(STORAGE 512 MESSAGE 100)`.
    QuotaLimits;
    /// `sort-criteria`: `(REVERSE DATE SUBJECT)`.
    SortCriteria;
    /// `id-params`: `("name" "imap-rs" ...)` or `NIL`.
    IdParams;
    /// `astring-list`: `(a b c)`.
    AStringList;
    /// `string-list`: `("a" "b c")`, always quoted or literal (ANNOTATEMORE entries).
    StringList;
    /// `pairs`: `(name value name NIL)` of astrings and nstrings (SETMETADATA).
    Pairs;
    /// `string-pairs`: `("name" "value" "name" NIL)`: strings and nstrings (SETANNOTATION).
    StringPairs;
    /// `raw`: verbatim text, rejected if it holds CR, LF or NUL.
    Raw;
}

/// Implements `Arg<$kind>` for the usual string and byte types through one function.
macro_rules! string_like {
    ($kind:ty, |$out:ident, $bytes:ident| $body:expr) => {
        impl Arg<$kind> for &[u8] {
            fn write(self, $out: &mut CommandBuilder) -> Result<(), ArgError> {
                let $bytes: &[u8] = self;
                $body
            }
        }
        impl<const N: usize> Arg<$kind> for &[u8; N] {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                <&[u8] as Arg<$kind>>::write(&self[..], out)
            }
        }
        impl Arg<$kind> for Vec<u8> {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                <&[u8] as Arg<$kind>>::write(&self, out)
            }
        }
        impl Arg<$kind> for &Vec<u8> {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                <&[u8] as Arg<$kind>>::write(self, out)
            }
        }
        text_like!($kind, |out, text| <&[u8] as Arg<$kind>>::write(text.as_bytes(), out));
    };
}

/// Implements `Arg<$kind>` for `&str`, `String` and `&String` through one function.
macro_rules! text_like {
    ($kind:ty, |$out:ident, $text:ident| $body:expr) => {
        impl Arg<$kind> for &str {
            fn write(self, $out: &mut CommandBuilder) -> Result<(), ArgError> {
                let $text: &str = self;
                $body
            }
        }
        impl Arg<$kind> for String {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                <&str as Arg<$kind>>::write(&self, out)
            }
        }
        impl Arg<$kind> for &String {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                <&str as Arg<$kind>>::write(self, out)
            }
        }
    };
}

text_like!(Atom, |out, text| out.atom(text));
text_like!(Charset, |out, text| out.charset(text));
text_like!(Mechanism, |out, text| out.atom(&text.to_ascii_uppercase()));
text_like!(SaslResponse, |out, text| out.sasl_response(text));
string_like!(AString, |out, bytes| out.astring(bytes, false));
string_like!(Secret, |out, bytes| out.astring(bytes, true));
string_like!(Str, |out, bytes| out.string(bytes, false));
string_like!(NString, |out, bytes| out.string(bytes, false));
string_like!(Literal, |out, bytes| out.literal(bytes, false));
text_like!(Mailbox, |out, text| out.mailbox(text, false));
text_like!(ListMailbox, |out, text| out.mailbox(text, true));

/// Several LIST patterns (RFC 5258 3: `LIST "" ("INBOX" "Sent/%")`, needs LIST-EXTENDED); one
/// pattern goes bare, as the `&str` form.
impl<S: AsRef<str>> Arg<ListMailbox> for &[S] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        match self {
            [] => Err(out.error("at least one pattern is needed")),
            [one] => out.mailbox(one.as_ref(), true),
            several => {
                out.needs_capability("LIST-EXTENDED");
                out.open_list();
                for pattern in several {
                    out.mailbox(pattern.as_ref(), true)?;
                }
                out.close_list();
                Ok(())
            }
        }
    }
}

impl<S: AsRef<str>, const N: usize> Arg<ListMailbox> for &[S; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[S] as Arg<ListMailbox>>::write(&self[..], out)
    }
}

impl<S: AsRef<str>, const N: usize> Arg<ListMailbox> for [S; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[S] as Arg<ListMailbox>>::write(&self[..], out)
    }
}

impl<S: AsRef<str>> Arg<ListMailbox> for Vec<S> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[S] as Arg<ListMailbox>>::write(&self[..], out)
    }
}
text_like!(Raw, |out, text| out.raw(text));
text_like!(AclRights, |out, text| {
    let rights = text.strip_prefix(['+', '-']).unwrap_or(text);
    if !rights.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        return Err(out.error(format!(
            "{text:?} is not an ACL rights string (RFC 4314: letters a-z and digits, optionally after + or -)"
        )));
    }
    out.astring(text.as_bytes(), false)
});
text_like!(SequenceSet, |out, text| {
    // SEARCHRES (RFC 5182): `$` is the result the last `SEARCH RETURN (SAVE)` kept.
    if text == "$" {
        out.keyword("$");
        return Ok(());
    }
    let set: Set = text.parse().map_err(|e: crate::types::SequenceSetError| out.error(e.to_string()))?;
    <Set as Arg<SequenceSet>>::write(set, out)
});
text_like!(FetchItems, |out, text| out.raw(text));
text_like!(Search, |out, text| out.raw(text));
text_like!(SearchKeys, |out, text| out.raw(text));
text_like!(StatusItems, |out, text| out.raw(text));
text_like!(SortCriteria, |out, text| out.raw(text));

impl Arg<NString> for Option<&str> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        match self {
            Some(text) => out.string(text.as_bytes(), false),
            None => {
                out.keyword("NIL");
                Ok(())
            }
        }
    }
}

impl Arg<Mailbox> for &MailboxName {
    /// A name as the server sent it (from LIST): its wire bytes go back unchanged.
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.astring(self.as_wire(), false)
    }
}

impl Arg<SequenceSet> for Set {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.keyword(&self.to_string());
        Ok(())
    }
}

impl Arg<SequenceSet> for &Set {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.keyword(&self.to_string());
        Ok(())
    }
}

impl Arg<SequenceSet> for u32 {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let set = Set::single(self).map_err(|e| out.error(e.to_string()))?;
        <Set as Arg<SequenceSet>>::write(set, out)
    }
}

impl Arg<SequenceSet> for RangeInclusive<u32> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let set = Set::range(SeqNumber::Value(*self.start()), SeqNumber::Value(*self.end()))
            .map_err(|e| out.error(e.to_string()))?;
        <Set as Arg<SequenceSet>>::write(set, out)
    }
}

impl Arg<SequenceSet> for RangeFrom<u32> {
    /// `n..` is `n:*`.
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let set = Set::range(SeqNumber::Value(self.start), SeqNumber::Largest).map_err(|e| out.error(e.to_string()))?;
        <Set as Arg<SequenceSet>>::write(set, out)
    }
}

impl Arg<Number> for u32 {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.keyword(&self.to_string());
        Ok(())
    }
}

impl Arg<Number64> for u64 {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.keyword(&self.to_string());
        Ok(())
    }
}

/// Writes one flag after checking it can be sent by a client.
pub(crate) fn write_flag(flag: &Flag, out: &mut CommandBuilder) -> Result<(), ArgError> {
    let wire = flag.as_wire();
    let name = wire.strip_prefix('\\').unwrap_or(&wire);
    if matches!(flag, Flag::MayCreate) || name.is_empty() || !name.bytes().all(super::rules::is_atom_char) {
        return Err(out.error(format!("{wire:?} is not a flag a client can send")));
    }
    out.keyword(&wire);
    Ok(())
}

impl Arg<Flags> for &[Flag] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.open_list();
        for flag in self {
            write_flag(flag, out)?;
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<Flags> for &[Flag; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[Flag] as Arg<Flags>>::write(&self[..], out)
    }
}

impl Arg<Flags> for Vec<Flag> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[Flag] as Arg<Flags>>::write(&self, out)
    }
}

impl Arg<Flags> for &Vec<Flag> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[Flag] as Arg<Flags>>::write(self, out)
    }
}

impl Arg<DateTime> for InternalDate {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.keyword(&self.to_quoted());
        Ok(())
    }
}

/// A date-time that RFC 3501's form may not hold (a year beyond four digits) is refused.
macro_rules! datetime_via_internal_date {
    ($($source:ty),*) => {$(
        impl Arg<DateTime> for $source {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                let date = InternalDate::try_from(self).map_err(|e| out.error(e.to_string()))?;
                <InternalDate as Arg<DateTime>>::write(date, out)
            }
        }
    )*};
}

datetime_via_internal_date!(jiff::ZonedDateTime, &jiff::ZonedDateTime, jiff::Timestamp, std::time::SystemTime);

impl Arg<Date> for jiff::civil::Date {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let text = crate::types::format_search_date(self).map_err(|e| out.error(e.to_string()))?;
        out.keyword(&text);
        Ok(())
    }
}

/// `Arg<Kind>` for a typed value that writes itself (`write_to`), by value and by reference.
macro_rules! self_writing {
    ($($kind:ident => $ty:ty),* $(,)?) => {$(
        impl Arg<$kind> for $ty {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                self.write_to(out)
            }
        }
        impl Arg<$kind> for &$ty {
            fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
                self.write_to(out)
            }
        }
    )*};
}

self_writing!(
    ListSelection => super::ListSelection,
    ListReturn => super::ListReturn,
    SelectParams => super::SelectParams,
    FetchItems => super::FetchItems,
    SearchReturn => super::SearchReturn,
    Notify => super::Notify,
);

impl Arg<SpecialUse> for &[crate::types::SpecialUse] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        super::list::write_special_use(self, out)
    }
}

impl<const N: usize> Arg<SpecialUse> for &[crate::types::SpecialUse; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        super::list::write_special_use(self, out)
    }
}

impl Arg<SpecialUse> for crate::types::SpecialUse {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        super::list::write_special_use(&[self], out)
    }
}

impl Arg<Search> for SearchKey {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        SearchProgram::new(self).write_to(out)
    }
}

impl Arg<Search> for &SearchKey {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        SearchProgram::new(self.clone()).write_to(out)
    }
}

impl Arg<Search> for SearchProgram {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<Search> for &SearchProgram {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<SearchKeys> for SearchKey {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<SearchKeys> for &SearchKey {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<AppendMessage> for super::AppendMessage {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<AppendMessage> for &super::AppendMessage {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

string_like!(AppendMessage, |out, bytes| super::AppendMessage::new(bytes).write_to(out));

impl Arg<StatusItems> for &[StatusItem] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if self.is_empty() {
            return Err(out.error("at least one status item is needed"));
        }
        out.open_list();
        for item in self {
            if *item == StatusItem::Recent {
                out.removed_in_rev2("STATUS RECENT");
            }
            out.atom(item.as_atom())?;
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<StatusItems> for &[StatusItem; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[StatusItem] as Arg<StatusItems>>::write(&self[..], out)
    }
}

impl Arg<StatusItems> for &Vec<StatusItem> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[StatusItem] as Arg<StatusItems>>::write(self, out)
    }
}

impl Arg<StatusItems> for Vec<StatusItem> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[StatusItem] as Arg<StatusItems>>::write(&self, out)
    }
}

impl Arg<StoreAction> for super::StoreAction {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<StoreAction> for &super::StoreAction {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_to(out)
    }
}

impl Arg<QuotaLimits> for &[(&str, u64)] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.open_list();
        for (resource, limit) in self {
            out.atom(resource)?;
            out.keyword(&limit.to_string());
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<QuotaLimits> for &[(&str, u64); N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[(&str, u64)] as Arg<QuotaLimits>>::write(&self[..], out)
    }
}

/// Typed resources (RFC 9208 5): `vec![(QuotaResourceName::Storage, 512)]`. A `Vec`, so
/// that `&[]` (remove every limit) still means the `&str` form.
impl Arg<QuotaLimits> for Vec<(crate::types::QuotaResourceName, u64)> {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        let limits: Vec<(&str, u64)> = self.iter().map(|(name, limit)| (name.as_atom(), *limit)).collect();
        <&[(&str, u64)] as Arg<QuotaLimits>>::write(&limits, out)
    }
}

impl Arg<SortCriteria> for &[SortKey] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if self.is_empty() {
            return Err(out.error("at least one sort key is needed"));
        }
        out.open_list();
        for key in self {
            if key.reverse {
                out.keyword("REVERSE");
            }
            out.atom(key.field.as_atom())?;
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<SortCriteria> for &[SortKey; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[SortKey] as Arg<SortCriteria>>::write(&self[..], out)
    }
}

impl Arg<IdParams> for super::IdParams {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[(&str, &str)] as Arg<IdParams>>::write(
            &self.0.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect::<Vec<_>>(),
            out,
        )
    }
}

impl Arg<IdParams> for &[(&str, &str)] {
    /// An empty list is sent as `NIL` (RFC 2971).
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if self.is_empty() {
            out.keyword("NIL");
            return Ok(());
        }
        out.open_list();
        for (name, value) in self {
            out.string(name.as_bytes(), false)?;
            out.string(value.as_bytes(), false)?;
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<IdParams> for &[(&str, &str); N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[(&str, &str)] as Arg<IdParams>>::write(&self[..], out)
    }
}

impl Arg<AStringList> for &[&str] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.open_list();
        for item in self {
            out.astring(item.as_bytes(), false)?;
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<AStringList> for &[&str; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[&str] as Arg<AStringList>>::write(&self[..], out)
    }
}

impl Arg<Pairs> for &[(&str, Option<&str>)] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        write_pairs(self, out, false)
    }
}

impl Arg<StringPairs> for &[(&str, Option<&str>)] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        write_pairs(self, out, true)
    }
}

impl<const N: usize> Arg<StringPairs> for &[(&str, Option<&str>); N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        write_pairs(&self[..], out, true)
    }
}

/// `(name value …)`: names as astrings, or as strings when `quoted_names`; values nstrings.
fn write_pairs(pairs: &[(&str, Option<&str>)], out: &mut CommandBuilder, quoted_names: bool) -> Result<(), ArgError> {
    out.open_list();
    for (name, value) in pairs {
        if quoted_names {
            out.string(name.as_bytes(), false)?;
        } else {
            out.astring(name.as_bytes(), false)?;
        }
        <Option<&str> as Arg<NString>>::write(*value, out)?;
    }
    out.close_list();
    Ok(())
}

impl Arg<StringList> for &[&str] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        out.open_list();
        for item in self {
            out.string(item.as_bytes(), false)?;
        }
        out.close_list();
        Ok(())
    }
}

impl<const N: usize> Arg<StringList> for &[&str; N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        <&[&str] as Arg<StringList>>::write(&self[..], out)
    }
}

impl<const N: usize> Arg<Pairs> for &[(&str, Option<&str>); N] {
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        write_pairs(&self[..], out, false)
    }
}
