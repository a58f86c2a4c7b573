//! `mailbox-data`, `capability-data` and the untagged responses of extensions: LIST/LSUB
//! (RFC 3501, RFC 5258), STATUS, SEARCH/SORT (RFC 5256, RFC 7162), ESEARCH (RFC 4731),
//! NAMESPACE (RFC 2342), ACL/LISTRIGHTS/MYRIGHTS (RFC 4314), QUOTA/QUOTAROOT (RFC 9208),
//! ANNOTATION (draft-daboo-imap-annotatemore), METADATA (RFC 5464), THREAD (RFC 5256),
//! ENABLED (RFC 5161), ID (RFC 2971), VANISHED (RFC 7162).

use crate::parse::core::list_items;
use winnow::ascii::Caseless;
use winnow::combinator::delimited;
use winnow::stream::Stream;
use winnow::token::literal;
use winnow::Parser;

use super::core::{
    astring, at_end, charge, deeper, flag_list, is_astring_char, keyword, lossy, modseq_suffix, nil, nstring_lenient,
    number32, number64, osp, peek, quoted, sequence_set, size, sp, value, In, PErr, PResult,
};
use crate::types::{
    AnnotationEntry, ESearch, ListItem, Mailbox, MailboxStatus, NamespaceEntry, Namespaces, PartialResult,
    QuotaResource, Text, Thread, Untagged,
};

/// Parses the data of the untagged response `name` (already consumed, upper-cased);
/// `Ok(None)` when the name is not one of these.
pub(crate) fn mailbox_data(name: &[u8], input: &mut In<'_>, depth: usize) -> PResult<Option<Untagged>> {
    Ok(Some(match name {
        b"CAPABILITY" => Untagged::Capability(atoms_to_end(input)?),
        b"ENABLED" => Untagged::Enabled(atoms_to_end(input)?),
        b"FLAGS" => {
            osp(input)?;
            Untagged::Flags(flag_list(input)?)
        }
        b"LIST" => Untagged::List(mailbox_list(input, depth)?),
        b"LSUB" => Untagged::Lsub(mailbox_list(input, depth)?),
        // Gmail's XLIST (before SPECIAL-USE): the grammar and meaning of LIST.
        b"XLIST" => Untagged::List(mailbox_list(input, depth)?),
        b"STATUS" => Untagged::MailboxStatus(status(input, depth)?),
        b"SEARCH" => {
            let (numbers, modseq) = numbers_and_modseq(input)?;
            Untagged::Search { numbers, modseq }
        }
        b"SORT" => {
            let (numbers, modseq) = numbers_and_modseq(input)?;
            Untagged::Sort { numbers, modseq }
        }
        b"ESEARCH" => Untagged::ESearch(Box::new(esearch(input, depth)?)),
        b"NAMESPACE" => namespace(input)?,
        b"ACL" => acl(input)?,
        b"LISTRIGHTS" => list_rights(input)?,
        b"MYRIGHTS" => {
            let (_, mailbox, _, rights) = (sp, mailbox, sp, astring).parse_next(input)?;
            Untagged::MyRights { mailbox, rights: lossy(&rights) }
        }
        b"QUOTA" => quota(input)?,
        b"QUOTAROOT" => {
            sp(input)?;
            let mailbox = mailbox(input)?;
            Untagged::QuotaRoot { mailbox, roots: atoms_to_end(input)? }
        }
        b"ANNOTATION" => annotation(input)?,
        b"METADATA" => metadata(input)?,
        b"THREAD" => thread_data(input, depth)?,
        b"ID" => id(input)?,
        b"VANISHED" => vanished(input)?,
        _ => return Ok(None),
    }))
}

/// `mailbox = "INBOX" / astring`.
///
/// Quirk (Q-ATOM): a bare mailbox name may hold TAB and other control bytes (not CR or LF),
/// as servers send names created with them; the atom ends at a space, a parenthesis or the
/// line end.
fn mailbox(input: &mut In<'_>) -> PResult<Mailbox> {
    if matches!(peek(input), Some(b'"' | b'{' | b'~')) {
        return astring.map(Mailbox::from_wire).context("mailbox").parse_next(input);
    }
    // Astring chars and (Q-ATOM) control bytes but CR and LF, by one table lookup.
    let len = input.iter().take_while(|&&b| super::core::is_mailbox_name_char(b)).count();
    if len == 0 {
        return Err(super::core::PErr::at(input, "mailbox"));
    }
    let (name, rest) = input.split_at(len);
    *input = rest;
    Ok(Mailbox::from_wire(name.to_vec()))
}

/// `*(SP astring)` to the end of the line: capabilities, ENABLED, quota roots.
fn atoms_to_end(input: &mut In<'_>) -> PResult<Vec<String>> {
    let mut items = Vec::new();
    loop {
        osp(input)?;
        if at_end(input) {
            return Ok(items);
        }
        charge(input)?;
        items.push(lossy(&astring(input)?));
    }
}

/// `mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
/// [SP mbox-list-extended]`.
///
/// Quirk (Q-NIL): the attribute list may be NIL; the delimiter may be an unquoted character
/// or a longer string (its first character is taken).
fn mailbox_list(input: &mut In<'_>, depth: usize) -> PResult<ListItem> {
    sp(input)?;
    let attributes = if peek(input) == Some(b'(') {
        input.next_token();
        list_items(input, |input| {
            let len = input.iter().take_while(|&&b| is_astring_char(b)).count();
            if len == 0 {
                return Err(super::core::PErr::at(input, "mailbox attribute"));
            }
            let (attr, rest) = input.split_at(len);
            *input = rest;
            Ok(known_attribute(attr).map_or_else(|| Text::from_utf8_lossy(attr), Text::copied))
        })?
    } else {
        nil.context("mailbox attribute list").parse_next(input)?;
        Vec::new()
    };
    sp(input)?;
    let delimiter = delimiter(input)?;
    sp(input)?;
    let mailbox = mailbox(input)?;
    osp(input)?;
    let mut extended = Vec::new();
    if peek(input) == Some(b'(') {
        let depth = deeper(input, depth)?;
        input.next_token();
        extended = list_items(input, |input| {
            let tag = lossy(&astring(input)?);
            sp(input)?;
            Ok((tag, value(input, depth, false)?))
        })?;
    }
    Ok(ListItem { attributes, delimiter, mailbox, extended })
}

/// The LIST attributes of RFC 3501, 5258 and 6154 as servers write them, as text without a
/// UTF-8 check of their bytes (which costs more than the rest of the attribute's parse).
fn known_attribute(attr: &[u8]) -> Option<&'static str> {
    Some(match attr {
        b"\\HasNoChildren" => "\\HasNoChildren",
        b"\\HasChildren" => "\\HasChildren",
        b"\\Noselect" => "\\Noselect",
        b"\\NoInferiors" => "\\NoInferiors",
        b"\\Noinferiors" => "\\Noinferiors",
        b"\\Marked" => "\\Marked",
        b"\\Unmarked" => "\\Unmarked",
        b"\\NonExistent" => "\\NonExistent",
        b"\\Subscribed" => "\\Subscribed",
        b"\\Remote" => "\\Remote",
        b"\\All" => "\\All",
        b"\\Archive" => "\\Archive",
        b"\\Drafts" => "\\Drafts",
        b"\\Flagged" => "\\Flagged",
        b"\\Junk" => "\\Junk",
        b"\\Sent" => "\\Sent",
        b"\\Trash" => "\\Trash",
        b"\\Important" => "\\Important",
        _ => return None,
    })
}

/// A hierarchy delimiter: `DQUOTE QUOTED-CHAR DQUOTE / nil`.
fn delimiter(input: &mut In<'_>) -> PResult<Option<char>> {
    // The usual form, `"/"` or `"."`, without building the string.
    if let [b'"', c, b'"', ..] = **input {
        if c.is_ascii_graphic() && c != b'\\' && c != b'"' {
            *input = &input[3..];
            return Ok(Some(char::from(c)));
        }
    }
    let bytes = match peek(input) {
        Some(b'"') => quoted(input)?,
        _ => match nstring_lenient(input)? {
            Some(bytes) => bytes,
            None => return Ok(None),
        },
    };
    Ok(String::from_utf8_lossy(&bytes).chars().next())
}

/// `"STATUS" SP mailbox SP "(" [status-att-list] ")"`;
/// `status-att-list = status-att-val *(SP status-att-val)`.
fn status(input: &mut In<'_>, depth: usize) -> PResult<MailboxStatus> {
    sp(input)?;
    let mailbox = mailbox(input)?;
    osp(input)?;
    b'('.context("\"(\" starting the status items").parse_next(input)?;
    let mut other = Vec::new();
    let numbers = list_items(input, |input| {
        let name = keyword(input)?;
        sp(input)?;
        // Most items are numbers; MAILBOXID is `(objectid)` (RFC 8474), APPENDLIMIT may be
        // NIL (RFC 7889).
        if peek(input).is_some_and(|b| b.is_ascii_digit() || b == b'-') {
            Ok(Some((name, size(input)?)))
        } else {
            other.push((name, value(input, depth, false)?));
            Ok(None)
        }
    })?;
    Ok(MailboxStatus { mailbox, items: numbers.into_iter().flatten().collect(), other })
}

/// `"SEARCH" *(SP nz-number) [SP "(" "MODSEQ" SP mod-sequence-value ")"]`, also SORT.
fn numbers_and_modseq(input: &mut In<'_>) -> PResult<(Vec<u32>, Option<u64>)> {
    let mut numbers = Vec::new();
    let mut modseq = None;
    loop {
        osp(input)?;
        match peek(input) {
            Some(b'0'..=b'9') => numbers.push(number32(input)?),
            Some(b'(') if modseq.is_none() => modseq = Some(modseq_suffix(input)?),
            _ => return Ok((numbers, modseq)),
        }
    }
}

/// `esearch-response = "ESEARCH" [search-correlator] [SP "UID"] *(SP search-return-data)`;
/// `search-correlator = SP "(" "TAG" SP tag-string ")"`.
fn esearch(input: &mut In<'_>, depth: usize) -> PResult<ESearch> {
    let mut result = ESearch::default();
    osp(input)?;
    if peek(input) == Some(b'(') {
        let tag = delimited((b'(', osp, literal(Caseless("TAG")), sp), astring, (osp, b')'))
            .context("(TAG \"...\")")
            .parse_next(input)?;
        result.tag = Some(lossy(&tag));
    }
    loop {
        osp(input)?;
        if at_end(input) {
            return Ok(result);
        }
        let name = keyword(input)?;
        if name == "UID" {
            result.uid = true;
            continue;
        }
        sp(input)?;
        match name.as_str() {
            "MIN" => result.min = Some(number32(input)?),
            "MAX" => result.max = Some(number32(input)?),
            "COUNT" => result.count = Some(number32(input)?),
            "ALL" => result.all = Some(sequence_set(input)?),
            "MODSEQ" => result.modseq = Some(number64(input)?),
            "PARTIAL" => result.partial = Some(Box::new(partial_result(input)?)),
            "ADDTO" => result.add_to.extend(context_updates(input)?),
            "REMOVEFROM" => result.remove_from.extend(context_updates(input)?),
            _ => result.other.push((name, value(input, depth, false)?)),
        }
    }
}

/// `"(" context-position SP sequence-set *(SP context-position SP sequence-set) ")"` (RFC
/// 5267 ADDTO / REMOVEFROM). The pairs are bounded by the line, as every value is.
fn context_updates(input: &mut In<'_>) -> PResult<Vec<(u32, crate::types::SequenceSet)>> {
    b'('.parse_next(input)?;
    let mut updates = Vec::new();
    loop {
        osp(input)?;
        if peek(input) == Some(b')') && !updates.is_empty() {
            input.next_token();
            return Ok(updates);
        }
        let position = number32(input)?;
        sp(input)?;
        updates.push((position, sequence_set(input)?));
    }
}

/// `"(" partial-range SP (sequence-set / nil) ")"` (RFC 9394), the range signed.
fn partial_result(input: &mut In<'_>) -> PResult<PartialResult> {
    let signed = |input: &mut In<'_>| -> PResult<i64> {
        let negative = peek(input) == Some(b'-');
        if negative {
            *input = &input[1..];
        }
        let n = i64::try_from(number64(input)?).map_err(|_| PErr::at(input, "a partial range that fits in 64 bits"))?;
        Ok(if negative { -n } else { n })
    };
    let (_, _, first, _, last, _) = (b'(', osp, signed, b':', signed, sp).parse_next(input)?;
    let results = if peek(input).is_some_and(|b| b.is_ascii_digit()) {
        Some(sequence_set(input)?)
    } else {
        nil.context("sequence set or NIL").parse_next(input)?;
        None
    };
    (osp, b')').parse_next(input)?;
    Ok(PartialResult { range: (first, last), results })
}

/// `namespace-response = "NAMESPACE" SP namespace SP namespace SP namespace`.
fn namespace(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    let personal = namespace_list(input)?;
    osp(input)?;
    let other = namespace_list(input)?;
    osp(input)?;
    let shared = namespace_list(input)?;
    Ok(Untagged::Namespace(Namespaces { personal, other, shared }))
}

/// `namespace = nil / "(" 1*namespace-descr ")"`;
/// `namespace-descr = "(" string SP (DQUOTE QUOTED-CHAR DQUOTE / nil)
/// *(namespace-response-extension) ")"`;
/// `namespace-response-extension = SP string SP "(" string *(SP string) ")"`.
fn namespace_list(input: &mut In<'_>) -> PResult<Option<Vec<NamespaceEntry>>> {
    if peek(input) != Some(b'(') {
        nil.context("namespace list or NIL").parse_next(input)?;
        return Ok(None);
    }
    input.next_token();
    let mut entries = Vec::new();
    loop {
        osp(input)?;
        if peek(input) == Some(b')') {
            input.next_token();
            return Ok(Some(entries));
        }
        b'('.context("namespace description").parse_next(input)?;
        osp(input)?;
        let prefix = Mailbox::from_wire(astring(input)?);
        sp(input)?;
        let delimiter = delimiter(input)?;
        let extensions = list_items(input, |input| {
            let name = lossy(&astring(input)?);
            osp(input)?;
            let values = super::core::astring_list(input)?.iter().map(|v| lossy(v)).collect();
            Ok((name, values))
        })?;
        charge(input)?;
        entries.push(NamespaceEntry { prefix, delimiter, extensions });
    }
}

/// `acl-data = "ACL" SP mailbox *(SP identifier SP rights)`.
fn acl(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    let mailbox = mailbox(input)?;
    let mut entries = Vec::new();
    loop {
        osp(input)?;
        if at_end(input) {
            return Ok(Untagged::Acl { mailbox, entries });
        }
        let identifier = lossy(&astring(input)?);
        osp(input)?;
        // Q-NIL: a missing final rights string reads as empty.
        let rights = if at_end(input) { String::new() } else { lossy(&astring(input)?) };
        charge(input)?;
        entries.push((identifier, rights));
    }
}

/// `listrights-data = "LISTRIGHTS" SP mailbox SP identifier SP rights *(SP rights)`.
fn list_rights(input: &mut In<'_>) -> PResult<Untagged> {
    let (_, mailbox, _, identifier, _, required) = (sp, mailbox, sp, astring, sp, astring).parse_next(input)?;
    let mut optional = Vec::new();
    loop {
        osp(input)?;
        if at_end(input) {
            break;
        }
        charge(input)?;
        optional.push(lossy(&astring(input)?));
    }
    Ok(Untagged::ListRights { mailbox, identifier: lossy(&identifier), required: lossy(&required), optional })
}

/// `quota-response = "QUOTA" SP quota-root-name SP quota-list`;
/// `quota-list = "(" quota-resource *(SP quota-resource) ")"`;
/// `quota-resource = resource-name SP resource-usage SP resource-limit`.
fn quota(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    let root = if peek(input) == Some(b'(') {
        String::new()
    } else {
        nstring_lenient(input)?.map(|r| lossy(&r)).unwrap_or_default()
    };
    osp(input)?;
    b'('.context("\"(\" starting the quota list").parse_next(input)?;
    let resources = list_items(input, |input| {
        let name = lossy(&astring(input)?);
        let (_, usage, _, limit) = (sp, size, sp, size).parse_next(input)?;
        Ok(QuotaResource { name, usage, limit })
    })?;
    Ok(Untagged::Quota { root, resources })
}

/// `annotate-response = "ANNOTATION" SP mailbox SP entry-list`;
/// `entry-list = entry-att *(SP entry-att) / "(" entry *(SP entry) ")"`;
/// `entry-att = entry SP "(" att-value *(SP att-value) ")"`; `att-value = attrib SP value`.
fn annotation(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    let mailbox = mailbox(input)?;
    osp(input)?;
    let mut entries: Vec<AnnotationEntry> = Vec::new();
    if peek(input) == Some(b'(') {
        for entry in super::core::astring_list(input)? {
            entries.push(AnnotationEntry { entry: lossy(&entry), attributes: Vec::new() });
        }
    } else {
        loop {
            osp(input)?;
            if at_end(input) {
                break;
            }
            charge(input)?;
            let entry = lossy(&astring(input)?);
            osp(input)?;
            let attributes = if peek(input) == Some(b'(') { pairs(input)? } else { Vec::new() };
            entries.push(AnnotationEntry { entry, attributes });
        }
    }
    let mut entries = entries.into_iter();
    let first = entries.next().ok_or_else(|| PErr::at(input, "annotation entry"))?;
    Ok(Untagged::Annotation { mailbox, entry: first.entry, attributes: first.attributes, further: entries.collect() })
}

/// `"(" name SP nstring *(SP name SP nstring) ")"`: annotation attributes, METADATA entry
/// values and ID parameters. Quirk (Q-NIL): a name without value reads as NIL.
fn pairs(input: &mut In<'_>) -> PResult<Vec<(String, Option<Vec<u8>>)>> {
    b'('.parse_next(input)?;
    list_items(input, |input| {
        let name = lossy(&astring(input)?);
        osp(input)?;
        let value = if peek(input) == Some(b')') { None } else { nstring_lenient(input)? };
        Ok((name, value))
    })
}

/// `metadata-resp = "METADATA" SP mailbox SP (entry-values / entry-list)`;
/// `entry-values = "(" entry-value *(SP entry-value) ")"`; `entry-list = entry *(SP entry)`.
fn metadata(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    let mailbox = mailbox(input)?;
    osp(input)?;
    if peek(input) == Some(b'(') {
        return Ok(Untagged::Metadata { mailbox, entries: pairs(input)? });
    }
    Ok(Untagged::MetadataNames { mailbox, entries: atoms_to_end(input)? })
}

/// `thread-data = "THREAD" [SP 1*thread-list]`.
fn thread_data(input: &mut In<'_>, depth: usize) -> PResult<Untagged> {
    let mut threads = Vec::new();
    loop {
        osp(input)?;
        if peek(input) != Some(b'(') {
            return Ok(Untagged::Thread(threads));
        }
        charge(input)?;
        threads.push(thread_list(input, depth)?);
    }
}

/// `thread-list = "(" (thread-members / thread-nested) ")"`;
/// `thread-members = nz-number *(SP nz-number) [SP thread-nested]`;
/// `thread-nested = 2*thread-list`.
fn thread_list(input: &mut In<'_>, depth: usize) -> PResult<Thread> {
    let depth = deeper(input, depth)?;
    b'('.parse_next(input)?;
    let mut thread = Thread::default();
    loop {
        osp(input)?;
        match peek(input) {
            Some(b')') => {
                input.next_token();
                return Ok(thread);
            }
            Some(b'0'..=b'9') if thread.children.is_empty() => thread.messages.push(number32(input)?),
            Some(b'(') => {
                charge(input)?;
                thread.children.push(thread_list(input, depth)?)
            }
            _ => return Err(PErr::at(input, "message number, thread list or \")\"")),
        }
    }
}

/// `id-response = "ID" SP id-params-list`;
/// `id-params-list = "(" *(string SP nstring) ")" / nil`.
fn id(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    if peek(input) == Some(b'(') {
        return Ok(Untagged::Id(Some(pairs(input)?)));
    }
    nil.context("ID parameter list or NIL").parse_next(input)?;
    Ok(Untagged::Id(None))
}

/// `expunged-resp = "VANISHED" [SP "(EARLIER)"] SP known-uids`.
fn vanished(input: &mut In<'_>) -> PResult<Untagged> {
    sp(input)?;
    let mut earlier = false;
    if peek(input) == Some(b'(') {
        delimited((b'(', osp), literal(Caseless("EARLIER")), (osp, b')')).context("(EARLIER)").parse_next(input)?;
        sp(input)?;
        earlier = true;
    }
    Ok(Untagged::Vanished { earlier, uids: sequence_set(input)? })
}
