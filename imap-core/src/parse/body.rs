//! `envelope` and `body` (RFC 3501 section 9), with the extension data of BODYSTRUCTURE.
//!
//! Written once, generic over the [`Build`]er that makes values of what is recognised
//! (owned types, or borrowed ones in an arena).

use std::borrow::Cow;

use winnow::stream::Stream;
use winnow::Parser;

use super::build::{Build, EnvelopeParts, ExtParts, FieldParts, KindParts, MultiParts, SingleParts};
use super::core::{
    charge, deeper, is_name_char, nil, nstring_cow, osp, peek, quick_nstring, quoted_cow, size, string, value, In,
    PResult, ShortList,
};

/// An `nstring` ([`super::core::nstring_lenient`]) as the builder's bytes, borrowed from the
/// frame unless it had escapes.
#[inline(always)]
pub(crate) fn nbytes<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<Option<B::Bytes>> {
    match quick_nstring(input) {
        Some(found) => Ok(found.map(|s| b.bytes(s))),
        None => Ok(nstring_cow(input)?.map(|s| cow_bytes(b, s))),
    }
}

/// An `nstring` as the builder's text.
#[inline(always)]
pub(crate) fn ntext<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<Option<B::Text>> {
    match quick_nstring(input) {
        Some(found) => Ok(found.map(|s| b.text(s))),
        None => Ok(nstring_cow(input)?.map(|s| match s {
            Cow::Borrowed(s) => b.text(s),
            Cow::Owned(v) => b.text_owned(v),
        })),
    }
}

pub(crate) fn cow_bytes<'a, B: Build<'a>>(b: &B, s: Cow<'a, [u8]>) -> B::Bytes {
    match s {
        Cow::Borrowed(s) => b.bytes(s),
        Cow::Owned(v) => b.bytes_owned(v),
    }
}

/// `envelope = "(" env-date SP env-subject SP env-from SP env-sender SP env-reply-to SP
/// env-to SP env-cc SP env-bcc SP env-in-reply-to SP env-message-id ")"`.
///
/// Quirks: spaces between fields may be missing or doubled (Q-SPACES); address lists may be
/// `""` or `()` (Q-NIL); the subject may hold unescaped quotes (Q-QUOTE, see
/// [`subject_closes`]).
pub(crate) fn envelope<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<B::Envelope> {
    let depth = deeper(input, depth)?;
    b'('.context("envelope").parse_next(input)?;
    osp(input)?;
    if peek(input) == Some(b'(') {
        // Q-ENVELOPE: an envelope inside an extra pair of parentheses (the date is never a list).
        let inner = envelope(b, input, depth)?;
        osp(input)?;
        b')'.context("\")\" ending the envelope").parse_next(input)?;
        return Ok(inner);
    }
    let date = nbytes(b, input)?;
    osp(input)?;
    let subject = if peek(input) == Some(b'"') {
        Some(cow_bytes(b, quoted_cow(input, subject_closes)?))
    } else {
        nbytes(b, input)?
    };
    let mut lists: [B::Addresses; 6] = Default::default();
    // The wire bytes of the last non-empty list (which end with its `)`).
    let mut previous: &[u8] = &[];
    for i in 0..lists.len() {
        osp(input)?;
        // Sender and reply-to usually repeat the from list byte for byte: share it, unparsed.
        if let (Some(prev), true) = (i.checked_sub(1).and_then(|p| lists.get(p)), !previous.is_empty()) {
            if !B::addresses_empty(prev) && input.starts_with(previous) {
                lists[i] = prev.clone();
                *input = &input[previous.len()..];
                continue;
            }
        }
        let start = *input;
        lists[i] = address_list(b, input, depth)?;
        previous = if B::addresses_empty(&lists[i]) { &[] } else { &start[..start.len() - input.len()] };
    }
    osp(input)?;
    let in_reply_to = nbytes(b, input)?;
    osp(input)?;
    let message_id = nbytes(b, input)?;
    osp(input)?;
    b')'.context("\")\" ending the envelope").parse_next(input)?;
    Ok(b.envelope(EnvelopeParts { date, subject, lists, in_reply_to, message_id }))
}

/// Where a quoted subject may end: the next envelope field (`env-from`) must follow, i.e.
/// spaces then `(` or `NIL` (Q-QUOTE). So `"Re: "hi" there"` is one subject.
pub(crate) fn subject_closes(after: &[u8]) -> bool {
    let rest = after.trim_ascii_start();
    rest.first() == Some(&b'(')
        || (rest.len() >= 3 && rest[..3].eq_ignore_ascii_case(b"NIL") && !rest.get(3).is_some_and(|&b| is_name_char(b)))
}

/// `env-from` etc.: `"(" 1*address ")" / nil`.
fn address_list<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<B::Addresses> {
    match peek(input) {
        Some(b'(') => {
            let depth = deeper(input, depth)?;
            input.next_token();
            let mut list = ShortList::<B::Address, 4>::new();
            osp(input)?;
            if !matches!(peek(input), Some(b'(' | b')')) {
                // Q-NIL: one address without its own parentheses, `(NIL NIL "joe" "x.org")`.
                let address = address_fields(b, input)?;
                osp(input)?;
                b')'.context("\")\" ending the address list").parse_next(input)?;
                charge(input)?;
                list.push(address);
                return Ok(b.addresses(list));
            }
            loop {
                osp(input)?;
                if peek(input) == Some(b')') {
                    input.next_token();
                    return Ok(if list.is_empty() { B::Addresses::default() } else { b.addresses(list) });
                }
                charge(input)?;
                list.push(address(b, input, depth)?);
            }
        }
        Some(b'"' | b'{') => {
            // Q-NIL: a string where a list belongs; nothing useful in it.
            string(input)?;
            Ok(B::Addresses::default())
        }
        _ => {
            nil.context("address list or NIL").parse_next(input)?;
            Ok(B::Addresses::default())
        }
    }
}

/// `address = "(" addr-name SP addr-adl SP addr-mailbox SP addr-host ")"`.
fn address<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<B::Address> {
    deeper(input, depth)?;
    b'('.context("address").parse_next(input)?;
    let address = address_fields(b, input)?;
    osp(input)?;
    b')'.context("\")\" ending the address").parse_next(input)?;
    Ok(address)
}

/// `addr-name SP addr-adl SP addr-mailbox SP addr-host`.
fn address_fields<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<B::Address> {
    let mut parts: [Option<B::Bytes>; 4] = [None, None, None, None];
    for part in &mut parts {
        osp(input)?;
        *part = nbytes(b, input)?;
    }
    Ok(b.address(parts))
}

/// Whether the next byte closes the current list (or the input ended).
#[inline(always)]
fn closing(input: &In<'_>) -> bool {
    matches!(peek(input), None | Some(b')'))
}

/// `body = "(" (body-type-1part / body-type-mpart) ")"`.
///
/// Quirks (Q-BODY): an empty `()` part reads as an empty basic part; missing trailing fields
/// take defaults; NIL type, subtype or encoding read as empty; `text/*` without a line count
/// reads as 0 lines; a `message/rfc822` part without envelope and body reads as basic; a
/// multipart without child parts is one ([`childless_multipart`]);
/// parameter lists may be NIL, `()`, `""` or have an odd length; dispositions may be a bare
/// string; multipart children may be separated by spaces.
pub(crate) fn body<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<B::Body> {
    let depth = deeper(input, depth)?;
    b'('.context("body").parse_next(input)?;
    osp(input)?;
    let body = if peek(input) == Some(b'(') {
        multipart(b, input, depth)?
    } else if let Some((media_type, subtype)) = plain_types(input) {
        // The usual single part starts with its type and subtype as plain strings: read once,
        // without the lookahead for the rare forms below.
        single_part_after_types(b, input, depth, b.text(media_type), b.text(subtype))?
    } else {
        match childless_multipart(input, depth) {
            Some(after_children) => {
                *input = after_children;
                multipart(b, input, depth)?
            }
            None => single_part(b, input, depth)?,
        }
    };
    osp(input)?;
    b')'.context("\")\" ending the body").parse_next(input)?;
    Ok(body)
}

/// Whether a body that does not start with `(` is a multipart without child parts, as some
/// servers write one (Q-BODY): `("ALTERNATIVE")`, `("RELATED" NIL ("ATTACHMENT" NIL) NIL)`,
/// or with NIL for the empty list of parts, `(NIL "alternative" ("boundary" "x") NIL NIL
/// NIL)`. If so, gives the input at the subtype.
///
/// A single part has a type and a subtype, both strings, or (with NIL ones) its size as the
/// seventh field; anything else that starts with the subtype of a multipart is read as one,
/// so the subtype never ends up as a media type. Only these rare forms pay for the lookahead.
fn childless_multipart<'a>(input: &In<'a>, depth: usize) -> Option<In<'a>> {
    let mut look = *input;
    // The usual `"TEXT" "PLAIN"` is told apart without building anything.
    let first = match quick_nstring(&mut look) {
        Some(first) => first.is_some(),
        None => nstring_cow(&mut look).ok()?.is_some(),
    };
    osp(&mut look).ok()?;
    let after_first = look;
    let second_is_string = !closing(&look) && {
        let mut second = look;
        match quick_nstring(&mut second) {
            Some(found) => found.is_some(),
            None => nstring_cow(&mut second).ok()?.is_some(),
        }
    };
    match (first, second_is_string) {
        (true, true) | (false, false) => return None,
        _ => {}
    }
    // The seventh field of a single part is its size: a number there means a single part.
    let mut look = *input;
    for _ in 0..6 {
        osp(&mut look).ok()?;
        if closing(&look) {
            break;
        }
        value(&mut look, depth, false).ok()?;
    }
    osp(&mut look).ok()?;
    if look.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some(if first { *input } else { after_first })
}

/// `body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]`.
fn multipart<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<B::Body> {
    let mut parts = ShortList::<B::Body, 4>::new();
    let mut subtype = None;
    while peek(input) == Some(b'(') {
        if !parts.is_empty() {
            if let Some(found) = subtype_in_parentheses(b, input) {
                subtype = Some(found);
                break;
            }
        }
        charge(input)?;
        parts.push(body(b, input, depth)?);
        osp(input)?;
    }
    let subtype = match subtype {
        Some(subtype) => subtype,
        None if closing(input) => B::Text::default(),
        None => text_field(b, input)?,
    };
    osp(input)?;
    let (params, extension) = if closing(input) {
        (B::Params::default(), None)
    } else {
        let params = body_params(b, input)?;
        if skip_nils(input, 3) {
            (params, None)
        } else {
            let common = body_ext_common(b, input, depth)?;
            (params, (!common.is_empty()).then_some(common))
        }
    };
    Ok(b.multipart(MultiParts { parts, subtype, params, extension }))
}

/// A multipart's subtype written in parentheses after its parts, `(part part ("MIXED"))`
/// (Q-BODY): a `("string")` that closes the multipart. Consumes it, or nothing.
fn subtype_in_parentheses<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> Option<B::Text> {
    let mut look = &input[1..];
    osp(&mut look).ok()?;
    // Checked before anything is built: this is tried before every part but the first.
    let subtype = match quick_nstring(&mut look) {
        Some(found) => Cow::Borrowed(found?),
        None => nstring_cow(&mut look).ok()??,
    };
    osp(&mut look).ok()?;
    look = look.strip_prefix(b")")?;
    osp(&mut look).ok()?;
    if !closing(&look) {
        return None;
    }
    *input = look;
    Some(match subtype {
        Cow::Borrowed(s) => b.text(s),
        Cow::Owned(v) => b.text_owned(v),
    })
}

/// A body's type and subtype when both are plain quoted strings (consumed), as nearly every
/// single part starts; otherwise `None`, consuming nothing.
#[inline(always)]
fn plain_types<'a>(input: &mut In<'a>) -> Option<(&'a [u8], &'a [u8])> {
    let mut look = *input;
    let media_type = quick_nstring(&mut look)??;
    osp(&mut look).ok()?;
    let subtype = quick_nstring(&mut look)??;
    *input = look;
    Some((media_type, subtype))
}

/// `body-type-1part = (body-type-basic / body-type-msg / body-type-text) [SP body-ext-1part]`.
fn single_part<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<B::Body> {
    let media_type = optional_field(input, |i| text_field(b, i))?.unwrap_or_default();
    let subtype = optional_field(input, |i| text_field(b, i))?.unwrap_or_default();
    single_part_after_types(b, input, depth, media_type, subtype)
}

/// The rest of a single part, after its type and subtype.
fn single_part_after_types<'a, B: Build<'a>>(
    b: &B,
    input: &mut In<'a>,
    depth: usize,
    media_type: B::Text,
    subtype: B::Text,
) -> PResult<B::Body> {
    let fields = body_fields(b, input)?;
    osp(input)?;
    let kind = if peek(input) == Some(b'(')
        && b.text_eq(&media_type, b"MESSAGE")
        && (b.text_eq(&subtype, b"RFC822") || b.text_eq(&subtype, b"GLOBAL"))
    {
        let start = *input;
        match message_rest(b, input, depth) {
            Ok(kind) => kind,
            Err(e) if e.is_limit() => return Err(e),
            Err(_) => {
                *input = start;
                KindParts::Basic
            }
        }
    } else if b.text_eq(&media_type, b"TEXT") {
        let lines = if matches!(peek(input), Some(b'0'..=b'9' | b'-')) { size(input)? } else { 0 };
        KindParts::Text { lines }
    } else {
        KindParts::Basic
    };
    osp(input)?;
    let extension = if closing(input) || skip_nils(input, 4) {
        None
    } else {
        let md5 = nbytes(b, input)?;
        let common = body_ext_common(b, input, depth)?;
        (md5.is_some() || !common.is_empty()).then_some((md5, common))
    };
    Ok(b.single_part(SingleParts { media_type, subtype, fields, kind, extension }))
}

/// The rest of `body-type-msg`: `envelope SP body SP body-fld-lines`.
fn message_rest<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<KindParts<'a, B>> {
    let envelope = envelope(b, input, depth)?;
    osp(input)?;
    let body = body(b, input, depth)?;
    osp(input)?;
    let lines = if matches!(peek(input), Some(b'0'..=b'9' | b'-')) { size(input)? } else { 0 };
    Ok(KindParts::Message { envelope, body, lines })
}

/// The usual extension data with nothing in it: exactly `count` NILs (after optional spaces,
/// separated by single spaces) and then the closing `)`, which is left in place. Consumes
/// them and returns true; otherwise consumes nothing and returns false (the caller then
/// parses the fields one by one).
#[inline(always)]
fn skip_nils(input: &mut In<'_>, count: usize) -> bool {
    const NILS: &[u8] = b"NIL NIL NIL NIL";
    let rest = input.trim_ascii_start();
    let len = 4 * count - 1;
    let (Some(nils), Some(pattern)) = (rest.get(..len), NILS.get(..len)) else { return false };
    if nils.eq_ignore_ascii_case(pattern) && rest.get(len) == Some(&b')') {
        *input = &rest[len..];
        true
    } else {
        false
    }
}

/// Skips spaces and parses a field unless the list closes first.
#[inline(always)]
fn optional_field<'a, T>(input: &mut In<'a>, field: impl FnOnce(&mut In<'a>) -> PResult<T>) -> PResult<Option<T>> {
    osp(input)?;
    if closing(input) {
        Ok(None)
    } else {
        field(input).map(Some)
    }
}

/// A string field read as text: type, subtype, encoding (NIL is empty).
#[inline(always)]
fn text_field<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<B::Text> {
    Ok(ntext(b, input)?.unwrap_or_default())
}

/// `body-fields = body-fld-param SP body-fld-id SP body-fld-desc SP body-fld-enc SP
/// body-fld-octets`.
fn body_fields<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<FieldParts<'a, B>> {
    let params = optional_field(input, |i| body_params(b, i))?.unwrap_or_default();
    let id = optional_field(input, |i| nbytes(b, i))?.flatten();
    let description = optional_field(input, |i| nbytes(b, i))?.flatten();
    let encoding = optional_field(input, |i| text_field(b, i))?.unwrap_or_default();
    let octets = optional_field(input, size)?.unwrap_or(0);
    Ok(FieldParts { params, id, description, encoding, octets })
}

/// `body-fld-param = "(" string SP string *(SP string SP string) ")" / nil`.
fn body_params<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<B::Params> {
    if peek(input) != Some(b'(') {
        nstring_cow.context("parameter list").parse_next(input)?;
        return Ok(B::Params::default());
    }
    input.next_token();
    let mut params = ShortList::<(B::Text, B::Bytes), 2>::new();
    loop {
        osp(input)?;
        if peek(input) == Some(b')') {
            input.next_token();
            break;
        }
        charge(input)?;
        let name = ntext(b, input)?.unwrap_or_default();
        osp(input)?;
        // Q-BODY: an odd-length list gives the last name an empty value.
        let value = match peek(input) {
            Some(b')') => None,
            _ => nbytes(b, input)?,
        };
        params.push((name, value.unwrap_or_else(|| b.bytes(&[]))));
    }
    Ok(if params.is_empty() { B::Params::default() } else { b.params(params) })
}

/// `body-fld-dsp SP body-fld-lang SP body-fld-loc *(SP body-extension)`, each optional from
/// the point the server stopped.
fn body_ext_common<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<ExtParts<'a, B>> {
    let mut ext = ExtParts::new();
    let Some(disposition) = optional_field(input, |i| disposition(b, i, depth))? else { return Ok(ext) };
    ext.disposition = disposition;
    let Some(language) = optional_field(input, |i| language(b, i))? else { return Ok(ext) };
    ext.language = language;
    let Some(location) = optional_field(input, |i| nbytes(b, i))? else { return Ok(ext) };
    ext.location = location;
    osp(input)?;
    let extra_start = *input;
    while let Some(extra) = optional_field(input, |i| value(i, depth, false))? {
        ext.extra.push(extra);
        ext.extra_raw = &extra_start[..extra_start.len() - input.len()];
    }
    Ok(ext)
}

/// `body-fld-dsp = "(" string SP body-fld-param ")" / nil`.
fn disposition<'a, B: Build<'a>>(b: &B, input: &mut In<'a>, depth: usize) -> PResult<Option<B::Disposition>> {
    if peek(input) != Some(b'(') {
        // Q-BODY: a bare string is a disposition type without parameters.
        return Ok(ntext(b, input)?.map(|kind| b.disposition(kind, B::Params::default())));
    }
    deeper(input, depth)?;
    input.next_token();
    let kind = optional_field(input, |i| text_field(b, i))?.unwrap_or_default();
    let params = optional_field(input, |i| body_params(b, i))?.unwrap_or_default();
    osp(input)?;
    b')'.context("\")\" ending the disposition").parse_next(input)?;
    Ok(Some(b.disposition(kind, params)))
}

/// `body-fld-lang = nstring / "(" string *(SP string) ")"`.
fn language<'a, B: Build<'a>>(b: &B, input: &mut In<'a>) -> PResult<Option<B::Languages>> {
    let mut langs = ShortList::<B::Bytes, 2>::new();
    if peek(input) != Some(b'(') {
        charge(input)?;
        let Some(lang) = nbytes(b, input)? else { return Ok(None) };
        langs.push(lang);
        return Ok(Some(b.languages(langs)));
    }
    input.next_token();
    loop {
        osp(input)?;
        if peek(input) == Some(b')') {
            input.next_token();
            return Ok(Some(b.languages(langs)));
        }
        charge(input)?;
        if let Some(lang) = nbytes(b, input)? {
            langs.push(lang);
        }
    }
}
