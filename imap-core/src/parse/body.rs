//! `envelope` and `body` (RFC 3501 section 9), with the extension data of BODYSTRUCTURE.

use winnow::stream::Stream;
use winnow::Parser;

use super::core::{
    deeper, is_name_char, nil, nstring_bytes, nstring_cow, nstring_text, osp, peek, quoted_cow, size, string, value,
    In, PResult, ShortList,
};
use crate::types::{
    Address, AddressList, BodyExtension, BodyFields, BodyStructure, ByteString, Disposition, Envelope, MessagePart,
    Multipart, Params, SinglePart, SinglePartExtension, SinglePartKind, Text,
};

/// `envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP
/// env-to SP env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"`.
///
/// Quirks: spaces between fields may be missing or doubled (Q-SPACES); address lists may be
/// `""` or `()` (Q-NIL); the subject may hold unescaped quotes (Q-QUOTE, see
/// [`subject_closes`]).
pub(crate) fn envelope(input: &mut In<'_>, depth: usize) -> PResult<Envelope> {
    let depth = deeper(input, depth)?;
    b'('.context("envelope").parse_next(input)?;
    osp(input)?;
    let date = nstring_bytes(input)?;
    osp(input)?;
    let subject = if peek(input) == Some(b'"') {
        Some(ByteString::from_slice(&quoted_cow(input, subject_closes)?))
    } else {
        nstring_bytes(input)?
    };
    let mut lists: [AddressList; 6] = Default::default();
    // The wire bytes of the last non-empty list (which end with its `)`).
    let mut previous: &[u8] = &[];
    for i in 0..lists.len() {
        osp(input)?;
        // Sender and reply-to usually repeat the from list byte for byte: share it, unparsed.
        if let (Some(prev), true) = (i.checked_sub(1).and_then(|p| lists.get(p)), !previous.is_empty()) {
            if !prev.is_empty() && input.starts_with(previous) {
                lists[i] = prev.clone();
                *input = &input[previous.len()..];
                continue;
            }
        }
        let start = *input;
        lists[i] = address_list(input, depth)?;
        previous = if lists[i].is_empty() { &[] } else { &start[..start.len() - input.len()] };
    }
    osp(input)?;
    let in_reply_to = nstring_bytes(input)?;
    osp(input)?;
    let message_id = nstring_bytes(input)?;
    osp(input)?;
    b')'.context("\")\" ending the envelope").parse_next(input)?;
    let [from, sender, reply_to, to, cc, bcc] = lists;
    Ok(Envelope { date, subject, from, sender, reply_to, to, cc, bcc, in_reply_to, message_id })
}

/// Where a quoted subject may end: the next envelope field (`env-from`) must follow, i.e.
/// spaces then `(` or `NIL` (Q-QUOTE). So `"Re: "hi" there"` is one subject.
pub(crate) fn subject_closes(after: &[u8]) -> bool {
    let rest = after.trim_ascii_start();
    rest.first() == Some(&b'(')
        || (rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"NIL") && !rest.get(3).is_some_and(|&b| is_name_char(b)))
}

/// `env-from` etc.: `"(" 1*address ")" / nil`.
fn address_list(input: &mut In<'_>, depth: usize) -> PResult<AddressList> {
    match peek(input) {
        Some(b'(') => {
            let depth = deeper(input, depth)?;
            input.next_token();
            let mut list = ShortList::<Address, 4>::new();
            loop {
                osp(input)?;
                if peek(input) == Some(b')') {
                    input.next_token();
                    return Ok(list.into_arc().into());
                }
                list.push(address(input, depth)?);
            }
        }
        Some(b'"' | b'{') => {
            // Q-NIL: a string where a list belongs; nothing useful in it.
            string(input)?;
            Ok(AddressList::new())
        }
        _ => {
            nil.context("address list or NIL").parse_next(input)?;
            Ok(AddressList::new())
        }
    }
}

/// `address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"`.
fn address(input: &mut In<'_>, depth: usize) -> PResult<Address> {
    deeper(input, depth)?;
    b'('.context("address").parse_next(input)?;
    let mut parts: [Option<ByteString>; 4] = Default::default();
    for part in &mut parts {
        osp(input)?;
        *part = nstring_bytes(input)?;
    }
    osp(input)?;
    b')'.context("\")\" ending the address").parse_next(input)?;
    let [name, adl, mailbox, host] = parts;
    Ok(Address { name, adl: adl.map(Box::new), mailbox, host })
}

/// Whether the next byte closes the current list (or the input ended).
fn closing(input: &In<'_>) -> bool {
    matches!(peek(input), None | Some(b')'))
}

/// `body = "(" (body-type-1part / body-type-mpart) ")"`.
///
/// Quirks (Q-BODY): an empty `()` part reads as an empty basic part; missing trailing fields
/// take defaults; NIL type, subtype or encoding read as empty; `text/*` without a line count
/// reads as 0 lines; a `message/rfc822` part without envelope and body reads as basic;
/// parameter lists may be NIL, `()`, `""` or have an odd length; dispositions may be a bare
/// string; multipart children may be separated by spaces.
pub(crate) fn body(input: &mut In<'_>, depth: usize) -> PResult<BodyStructure> {
    let depth = deeper(input, depth)?;
    b'('.context("body").parse_next(input)?;
    osp(input)?;
    let body = match peek(input) {
        Some(b'(') => multipart(input, depth)?,
        _ => BodyStructure::Single(Box::new(single_part(input, depth)?)),
    };
    osp(input)?;
    b')'.context("\")\" ending the body").parse_next(input)?;
    Ok(body)
}

/// `body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]`.
fn multipart(input: &mut In<'_>, depth: usize) -> PResult<BodyStructure> {
    let mut list = ShortList::<BodyStructure, 4>::new();
    while peek(input) == Some(b'(') {
        list.push(body(input, depth)?);
        osp(input)?;
    }
    let parts = list.into_vec();
    let subtype = if closing(input) { Text::new() } else { text_field(input)? };
    osp(input)?;
    let (params, extension) = if closing(input) {
        (Params::default(), None)
    } else {
        let params = body_params(input)?;
        if skip_nils(input, 3) {
            return Ok(BodyStructure::Multipart(Box::new(Multipart { parts, subtype, params, extension: None })));
        }
        let common = body_ext_common(input, depth)?;
        (params, (!common.is_empty()).then(|| Box::new(common)))
    };
    Ok(BodyStructure::Multipart(Box::new(Multipart { parts, subtype, params, extension })))
}

/// `body-type-1part = (body-type-basic / body-type-msg / body-type-text) [SP body-ext-1part]`.
fn single_part(input: &mut In<'_>, depth: usize) -> PResult<SinglePart> {
    let media_type = optional_field(input, text_field)?.unwrap_or_default();
    let subtype = optional_field(input, text_field)?.unwrap_or_default();
    let fields = body_fields(input)?;
    osp(input)?;
    // Compared as bytes: a `Text` as `str` is validated again on each use.
    let (media, sub) = (media_type.as_bytes(), subtype.as_bytes());
    let kind = if media.eq_ignore_ascii_case(b"MESSAGE")
        && (sub.eq_ignore_ascii_case(b"RFC822") || sub.eq_ignore_ascii_case(b"GLOBAL"))
        && peek(input) == Some(b'(')
    {
        let start = *input;
        match message_rest(input, depth) {
            Ok(kind) => kind,
            Err(e) if e.too_deep => return Err(e),
            Err(_) => {
                *input = start;
                SinglePartKind::Basic
            }
        }
    } else if media.eq_ignore_ascii_case(b"TEXT") {
        let lines = if matches!(peek(input), Some(b'0'..=b'9' | b'-')) { size(input)? } else { 0 };
        SinglePartKind::Text { lines }
    } else {
        SinglePartKind::Basic
    };
    osp(input)?;
    let extension = if closing(input) || skip_nils(input, 4) {
        None
    } else {
        let md5 = nstring_bytes(input)?;
        let common = body_ext_common(input, depth)?;
        let extension = SinglePartExtension { md5, common };
        (!extension.is_empty()).then(|| Box::new(extension))
    };
    Ok(SinglePart { media_type, subtype, fields, kind, extension })
}

/// The rest of `body-type-msg`: `envelope SP body SP body-fld-lines`.
fn message_rest(input: &mut In<'_>, depth: usize) -> PResult<SinglePartKind> {
    let envelope = envelope(input, depth)?;
    osp(input)?;
    let body = body(input, depth)?;
    osp(input)?;
    let lines = if matches!(peek(input), Some(b'0'..=b'9' | b'-')) { size(input)? } else { 0 };
    Ok(SinglePartKind::Message(Box::new(MessagePart { envelope, body, lines })))
}

/// The usual extension data with nothing in it: exactly `count` NILs (after optional spaces,
/// separated by single spaces) and then the closing `)`, which is left in place. Consumes
/// them and returns true; otherwise consumes nothing and returns false (the caller then
/// parses the fields one by one).
fn skip_nils(input: &mut In<'_>, count: usize) -> bool {
    let rest = input.trim_ascii_start();
    let len = 4 * count - 1;
    let Some(nils) = rest.get(..len) else { return false };
    let all_nil =
        nils.chunks(4).all(|word| word[..3].eq_ignore_ascii_case(b"NIL") && word.get(3).is_none_or(|&b| b == b' '));
    if all_nil && rest.get(len) == Some(&b')') {
        *input = &rest[len..];
        true
    } else {
        false
    }
}

/// Skips spaces and parses a field unless the list closes first.
fn optional_field<T>(input: &mut In<'_>, mut field: impl FnMut(&mut In<'_>) -> PResult<T>) -> PResult<Option<T>> {
    osp(input)?;
    if closing(input) {
        Ok(None)
    } else {
        field(input).map(Some)
    }
}

/// A string field read as text: type, subtype, encoding (NIL is empty).
fn text_field(input: &mut In<'_>) -> PResult<Text> {
    Ok(nstring_text(input)?.unwrap_or_default())
}

/// `body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP
/// body-fld-octets`.
fn body_fields(input: &mut In<'_>) -> PResult<BodyFields> {
    let params = optional_field(input, body_params)?.unwrap_or_default();
    let id = optional_field(input, nstring_bytes)?.flatten();
    let description = optional_field(input, nstring_bytes)?.flatten();
    let encoding = optional_field(input, text_field)?.unwrap_or_default();
    let octets = optional_field(input, size)?.unwrap_or(0);
    Ok(BodyFields { params, id, description, encoding, octets })
}

/// `body-fld-param = "(" string SP string *(SP string SP string) ")" / nil`.
fn body_params(input: &mut In<'_>) -> PResult<Params> {
    if peek(input) != Some(b'(') {
        nstring_cow.context("parameter list").parse_next(input)?;
        return Ok(Params::default());
    }
    input.next_token();
    let mut params = ShortList::<(Text, ByteString), 2>::new();
    loop {
        osp(input)?;
        if peek(input) == Some(b')') {
            input.next_token();
            break;
        }
        let name = nstring_text(input)?.unwrap_or_default();
        osp(input)?;
        // Q-BODY: an odd-length list gives the last name an empty value.
        let value =
            if peek(input) == Some(b')') { ByteString::new() } else { nstring_bytes(input)?.unwrap_or_default() };
        // The usual single pair (a charset, a name, a boundary) goes straight into its box.
        if params.is_empty() && peek(input) == Some(b')') {
            input.next_token();
            return Ok(Box::new([(name, value)]));
        }
        params.push((name, value));
    }
    Ok(params.into_vec().into_boxed_slice())
}

/// `body-fld-dsp SP body-fld-lang SP body-fld-loc *(SP body-extension)`, each optional from
/// the point the server stopped.
fn body_ext_common(input: &mut In<'_>, depth: usize) -> PResult<BodyExtension> {
    let mut ext = BodyExtension::default();
    let Some(disposition) = optional_field(input, |i| disposition(i, depth))? else { return Ok(ext) };
    ext.disposition = disposition;
    let Some(language) = optional_field(input, language)? else { return Ok(ext) };
    ext.language = language;
    let Some(location) = optional_field(input, nstring_bytes)? else { return Ok(ext) };
    ext.location = location;
    while let Some(extra) = optional_field(input, |i| value(i, depth, false))? {
        ext.extra.push(extra);
    }
    Ok(ext)
}

/// `body-fld-dsp = "(" string SP body-fld-param ")" / nil`.
fn disposition(input: &mut In<'_>, depth: usize) -> PResult<Option<Disposition>> {
    if peek(input) != Some(b'(') {
        // Q-BODY: a bare string is a disposition type without parameters.
        return Ok(nstring_text(input)?.map(|kind| Disposition { kind, params: Params::default() }));
    }
    deeper(input, depth)?;
    input.next_token();
    let kind = optional_field(input, text_field)?.unwrap_or_default();
    let params = optional_field(input, body_params)?.unwrap_or_default();
    osp(input)?;
    b')'.context("\")\" ending the disposition").parse_next(input)?;
    Ok(Some(Disposition { kind, params }))
}

/// `body-fld-lang = nstring / "(" string *(SP string) ")"`.
fn language(input: &mut In<'_>) -> PResult<Option<Vec<ByteString>>> {
    if peek(input) != Some(b'(') {
        return Ok(nstring_bytes(input)?.map(|lang| vec![lang]));
    }
    input.next_token();
    let mut langs = Vec::new();
    loop {
        osp(input)?;
        if peek(input) == Some(b')') {
            input.next_token();
            return Ok(Some(langs));
        }
        if let Some(lang) = nstring_bytes(input)? {
            langs.push(lang);
        }
    }
}
