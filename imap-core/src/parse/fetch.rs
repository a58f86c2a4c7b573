//! `message-data = nz-number SP "FETCH" SP msg-att` and its attributes (RFC 3501, RFC 3516
//! BINARY, RFC 7162 MODSEQ, RFC 8474 OBJECTID, Gmail extensions).

use std::cell::Cell;

use winnow::combinator::{delimited, opt};
use winnow::stream::Stream;
use winnow::token::take_while;
use winnow::Parser;

use super::core::{
    astring, astring_list, atom_with_sections, charge, deeper, flag_list, keyword_bytes_in, literal_header, lossy, nil,
    nstring_lenient, nstring_text, number32, number64, osp, peek, size, sp, value, In, PErr, PResult, ShortList,
    KEYWORD_BUF,
};
use super::frame::LiteralSpan;
use super::pack::Pack;
use crate::types::{
    BinarySection, BodySection, FetchAttr, OtherAttr, RawDate, Section, SectionText, UnparsedAttr, Value,
};

/// `msg-att = "(" (msg-att-dynamic / msg-att-static) *(SP (msg-att-dynamic /
/// msg-att-static)) ")"`.
///
/// Quirk (Q-FETCH): an item whose value does not parse as its specific type is kept as
/// [`FetchAttr::Unparsed`] with its bytes, so one odd item does not lose the others.
pub(crate) fn msg_att(input: &mut In<'_>, depth: usize, streamed: &Streamed<'_>) -> PResult<Vec<FetchAttr>> {
    let depth = deeper(input, depth)?;
    b'('.context("\"(\" starting the FETCH data").parse_next(input)?;
    let mut attrs = ShortList::<FetchAttr, 8>::new();
    loop {
        osp(input)?;
        match peek(input) {
            Some(b')') => {
                input.next_token();
                return Ok(attrs.into_vec());
            }
            None | Some(b'\r' | b'\n') => return Err(PErr::at(input, "FETCH item or \")\"")),
            _ => {
                charge(input)?;
                attrs.push(fetch_attr(input, depth, streamed)?)
            }
        }
    }
}

/// One `msg-att-dynamic` / `msg-att-static` item.
pub(crate) fn fetch_attr(input: &mut In<'_>, depth: usize, streamed: &Streamed<'_>) -> PResult<FetchAttr> {
    Ok(match fetch_attr_outcome(input, depth, streamed)? {
        AttrOutcome::Parsed(attr) => attr,
        AttrOutcome::Misshapen { name, raw, expected } => FetchAttr::Unparsed(Box::new(UnparsedAttr {
            name: lossy(name),
            raw: raw.to_vec(),
            expected: expected.to_owned(),
        })),
    })
}

/// What reading one FETCH item gave.
pub(crate) enum AttrOutcome<'a> {
    /// The item, typed or generic.
    Parsed(FetchAttr),
    /// A known item whose value is not of its type (Q-FETCH): its name, its value's bytes
    /// (the extent of a generic value) and what was expected. The borrowed parse keeps these
    /// as found: the item's bytes parsed again alone, without what follows, could fail
    /// differently (a fuzz finding: a `]` inside a HEADER.FIELDS list).
    Misshapen { name: &'a [u8], raw: &'a [u8], expected: &'static str },
}

/// [`fetch_attr`], telling a misshapen known item apart.
pub(crate) fn fetch_attr_outcome<'a>(
    input: &mut In<'a>,
    depth: usize,
    streamed: &Streamed<'_>,
) -> PResult<AttrOutcome<'a>> {
    let start = *input;
    let mut buf = [0u8; KEYWORD_BUF];
    let first_error = match keyword_bytes_in(input, &mut buf)? {
        // Too long: not a name we know.
        None => None,
        Some(name) => match known_attr(name, input, depth, streamed) {
            Ok(Some(attr)) => return Ok(AttrOutcome::Parsed(attr)),
            Ok(None) => None,
            Err(e) if e.is_limit() => return Err(e),
            Err(e) => Some(e),
        },
    };
    *input = start;
    let Some(first_error) = first_error else { return other_attr(input, depth).map(AttrOutcome::Parsed) };
    let name = atom_with_sections(input, false)?;
    osp(input)?;
    let value_start = *input;
    if !matches!(peek(input), None | Some(b')')) {
        value(input, depth, false).map_err(|e| if e.is_limit() { e } else { first_error.clone() })?;
    }
    let raw = &value_start[..value_start.len() - input.len()];
    Ok(AttrOutcome::Misshapen { name, raw, expected: first_error.expected })
}

/// The generic reading of a value's bytes ([`crate::types::UnparsedAttr::value`]).
pub(crate) fn generic_value(mut raw: &[u8]) -> Option<Value> {
    let value = value(&mut raw, super::REPARSE_DEPTH, false).ok()?;
    raw.is_empty().then_some(value)
}

/// An unknown item: `name[section]<origin>` followed by a generic value (NIL when the item
/// is last and has no value).
fn other_attr(input: &mut In<'_>, depth: usize) -> PResult<FetchAttr> {
    let name = lossy(atom_with_sections(input, false)?);
    osp(input)?;
    let value = if matches!(peek(input), None | Some(b')')) { Value::Nil } else { value(input, depth, false)? };
    Ok(FetchAttr::Other(Box::new(OtherAttr { name, value })))
}

/// The known items; `Ok(None)` for an unknown name.
fn known_attr(name: &[u8], input: &mut In<'_>, depth: usize, streamed: &Streamed<'_>) -> PResult<Option<FetchAttr>> {
    let attr = match name {
        b"FLAGS" => {
            sp(input)?;
            FetchAttr::Flags(flag_list(input)?)
        }
        b"INTERNALDATE" => {
            sp(input)?;
            let raw = nstring_text(input)?.unwrap_or_default();
            FetchAttr::InternalDate(RawDate { raw })
        }
        b"RFC822" => body_data(nstring_value(input, streamed)?, FetchAttr::Rfc822),
        b"RFC822.HEADER" => body_data(nstring_value(input, streamed)?, FetchAttr::Rfc822Header),
        b"RFC822.TEXT" => body_data(nstring_value(input, streamed)?, FetchAttr::Rfc822Text),
        b"RFC822.SIZE" => {
            sp(input)?;
            FetchAttr::Rfc822Size(size(input)?)
        }
        b"ENVELOPE" => {
            sp(input)?;
            FetchAttr::Envelope(Pack::envelope(input, depth)?)
        }
        b"BODYSTRUCTURE" => {
            sp(input)?;
            FetchAttr::BodyStructure(Pack::body(input, depth)?)
        }
        // Q-FETCH: `BODY.PEEK[...]` echoed back as the request named it, and a space before
        // the section: the meaning is that of `BODY[...]`.
        b"BODY" | b"BODY.PEEK" if section_follows(input) => {
            osp(input)?;
            let section = section(input)?;
            let origin = origin(input)?;
            body_data(nstring_value(input, streamed)?, |data| {
                FetchAttr::BodySection(Box::new(BodySection { section, origin, data }))
            })
        }
        b"BODY" => {
            sp(input)?;
            FetchAttr::Body(Pack::body(input, depth)?)
        }
        b"BINARY" | b"BINARY.PEEK" if section_follows(input) => {
            osp(input)?;
            let section = binary_section(input)?;
            let origin = origin(input)?;
            body_data(nstring_value(input, streamed)?, |data| {
                FetchAttr::Binary(Box::new(BinarySection { section, origin, data }))
            })
        }
        b"BINARY.SIZE" if peek(input) == Some(b'[') => {
            let section = binary_section(input)?;
            FetchAttr::BinarySize { section: section.into(), size: (sp, size).map(|(_, n)| n).parse_next(input)? }
        }
        b"UID" => {
            sp(input)?;
            FetchAttr::Uid(number32(input)?)
        }
        b"MODSEQ" => FetchAttr::ModSeq(modseq_value(input)?),
        b"EMAILID" => {
            sp(input)?;
            FetchAttr::EmailId(object_id(input)?)
        }
        b"THREADID" => {
            sp(input)?;
            if peek(input) == Some(b'(') {
                // Q-NIL: Cyrus without conversations sends `THREADID (NIL)`; an object id is
                // never the atom NIL, so that is no thread.
                let id = object_id(input)?;
                FetchAttr::ThreadId((!id.eq_ignore_ascii_case("NIL")).then_some(id))
            } else {
                nil.context("THREADID (id) or NIL").parse_next(input)?;
                FetchAttr::ThreadId(None)
            }
        }
        b"SAVEDATE" => {
            sp(input)?;
            FetchAttr::SaveDate(nstring_text(input)?.map(|raw| RawDate { raw }))
        }
        b"PREVIEW" => {
            sp(input)?;
            FetchAttr::Preview(nstring_text(input)?)
        }
        b"X-GM-MSGID" => FetchAttr::GmMsgId((sp, number64).map(|(_, n)| n).parse_next(input)?),
        b"X-GM-THRID" => FetchAttr::GmThrId((sp, number64).map(|(_, n)| n).parse_next(input)?),
        b"X-GM-LABELS" => {
            sp(input)?;
            if peek(input) == Some(b'(') {
                FetchAttr::GmLabels(astring_list(input)?)
            } else {
                nil.context("label list").parse_next(input)?;
                FetchAttr::GmLabels(Vec::new())
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(attr))
}

/// `SP "(" mod-sequence-value ")"`, the value of the MODSEQ item.
pub(crate) fn modseq_value(input: &mut In<'_>) -> PResult<u64> {
    sp(input)?;
    // Q-NUMBER: some servers drop the parentheses.
    if peek(input) == Some(b'(') {
        delimited((b'(', osp), number64, (osp, b')')).parse_next(input)
    } else {
        number64(input)
    }
}

/// The literals of a frame whose data was streamed to a sink (see
/// [`super::parse_response_streamed`]): where their data would start in the frame.
#[derive(Debug)]
pub(crate) struct Streamed<'a> {
    /// Length of the whole frame, to turn the bytes left into an offset.
    frame_len: usize,
    /// The streamed literals, in frame order.
    spans: &'a [LiteralSpan],
    /// How many of them the parser took as body data.
    used: Cell<usize>,
}

impl<'a> Streamed<'a> {
    /// The streamed literals `spans` of a frame of `frame_len` bytes.
    pub fn new(frame_len: usize, spans: &'a [LiteralSpan]) -> Streamed<'a> {
        Streamed { frame_len, spans, used: Cell::new(0) }
    }

    /// Whether every streamed literal was read as the data of a body item (and none was
    /// left to a parser that would have read the following bytes as its data).
    pub fn all_used(&self) -> bool {
        self.used.get() == self.spans.len()
    }
}

/// The value of a body item: its data, or the length of a literal streamed to a sink.
enum BodyData {
    Data(Option<Vec<u8>>),
    Streamed(u64),
}

/// Builds a body item from its data; a streamed literal gives [`FetchAttr::Streamed`]
/// around the item without data.
fn body_data(data: BodyData, item: impl FnOnce(Option<Vec<u8>>) -> FetchAttr) -> FetchAttr {
    match data {
        BodyData::Data(data) => item(data),
        BodyData::Streamed(len) => FetchAttr::Streamed { item: Box::new(item(None)), len },
    }
}

/// `SP nstring` (or `literal8`), or a literal header whose data was streamed.
fn nstring_value(input: &mut In<'_>, streamed: &Streamed<'_>) -> PResult<BodyData> {
    sp(input)?;
    if !streamed.spans.is_empty() && matches!(peek(input), Some(b'{' | b'~')) {
        let start = *input;
        if let Ok(len) = literal_header(input) {
            let offset = streamed.frame_len - input.len();
            if streamed.spans.iter().any(|span| span.offset == offset && span.len == len) {
                streamed.used.set(streamed.used.get() + 1);
                return Ok(BodyData::Streamed(len));
            }
        }
        *input = start;
    }
    nstring_lenient(input).map(BodyData::Data)
}

/// `"(" objectid ")"` (RFC 8474); the id is taken as an astring.
fn object_id(input: &mut In<'_>) -> PResult<String> {
    delimited((b'(', osp), astring, (osp, b')')).map(|id| lossy(&id)).context("(objectid)").parse_next(input)
}

/// Whether a section `[` follows, after optional spaces.
pub(crate) fn section_follows(input: &In<'_>) -> bool {
    input.trim_ascii_start().first() == Some(&b'[')
}

/// `"<" number ">"` after a section: the origin of a partial fetch.
///
/// Quirk (Q-FETCH): the request's `<origin.length>` echoed back is read as its origin.
pub(crate) fn origin(input: &mut In<'_>) -> PResult<Option<u32>> {
    opt(delimited(b'<', number32, (opt((b'.', number32)), b'>'))).parse_next(input)
}

/// `section = "[" [section-spec] "]"`;
/// `section-spec = section-msgtext / (section-part ["." section-text])`;
/// `section-part = nz-number *("." nz-number)`.
pub(crate) fn section(input: &mut In<'_>) -> PResult<Section> {
    b'['.context("section").parse_next(input)?;
    osp(input)?;
    let part = part_numbers(input)?;
    osp(input)?;
    let text = if peek(input) == Some(b']') {
        None
    } else {
        if !part.is_empty() {
            b'.'.context("\".\" before the section text").parse_next(input)?;
        }
        Some(section_text(input)?)
    };
    osp(input)?;
    b']'.context("\"]\" ending the section").parse_next(input)?;
    Ok(Section { part, text })
}

/// `section-part`: dot-separated numbers; stops before a `.` that is followed by text.
fn part_numbers(input: &mut In<'_>) -> PResult<Vec<u32>> {
    let mut part = Vec::new();
    while peek(input).is_some_and(|b| b.is_ascii_digit()) {
        part.push(number32(input)?);
        if peek(input) == Some(b'.') && input.get(1).is_some_and(u8::is_ascii_digit) {
            input.next_token();
        } else {
            break;
        }
    }
    Ok(part)
}

/// `section-msgtext = "HEADER" / "HEADER.FIELDS" [".NOT"] SP header-list / "TEXT"`;
/// `section-text = section-msgtext / "MIME"`.
fn section_text(input: &mut In<'_>) -> PResult<SectionText> {
    let start = *input;
    let word: &[u8] =
        take_while(1.., |b: u8| b.is_ascii_alphanumeric() || b == b'.').context("section text").parse_next(input)?;
    let fields = |input: &mut In<'_>, not: bool| -> PResult<SectionText> {
        // Q-SPACES: `HEADER.FIELDS(FROM)` without the space.
        osp(input)?;
        let fields = astring_list(input)?.iter().map(|f| lossy(f)).collect();
        Ok(SectionText::HeaderFields { not, fields })
    };
    match word.to_ascii_uppercase().as_slice() {
        b"HEADER" => Ok(SectionText::Header),
        b"TEXT" => Ok(SectionText::Text),
        b"MIME" => Ok(SectionText::Mime),
        b"HEADER.FIELDS" => fields(input, false),
        b"HEADER.FIELDS.NOT" => fields(input, true),
        _ => Err(PErr::at(&start, "HEADER, HEADER.FIELDS, TEXT or MIME")),
    }
}

/// `section-binary = "[" [section-part] "]"` (RFC 3516).
fn binary_section(input: &mut In<'_>) -> PResult<Vec<u32>> {
    b'['.context("section").parse_next(input)?;
    osp(input)?;
    let part = part_numbers(input)?;
    osp(input)?;
    b']'.context("\"]\" ending the section").parse_next(input)?;
    Ok(part)
}
