//! Borrowed parsing of FETCH responses into an [`Arena`]: [`parse_response_ref`].
//!
//! The same grammar as [`super::parse_response`] (the envelope and body parsers are shared
//! through [`Build`]), building the types of [`crate::types::borrowed`]: strings are slices of
//! the frame and nodes live in a bump arena, so a FETCH response costs no heap allocation
//! and nothing to drop. For readers that look at each response once and keep little of it
//! (indexers, sync engines, the benchmarks); the owned types remain what a session keeps.

use bumpalo::Bump;
use winnow::stream::Stream;
use winnow::token::take_while;
use winnow::Parser;

use super::body::{body, cow_bytes, envelope, ntext};
use super::build::{Build, EnvelopeParts, ExtParts, KindParts, MultiParts, SingleParts};
use super::core::{
    charge, deeper, is_astring_char, keyword_bytes_in, line_end, lossy_vec, nil, nstring_cow, number32, osp, peek,
    quoted, size, sp, value, In, NodeBudget, PErr, PResult, ShortList, KEYWORD_BUF,
};
use super::fetch::{
    fetch_attr, fetch_attr_outcome, modseq_value, origin, section, section_follows, AttrOutcome, Streamed,
};
use super::{parse_response, ParseError, ParseOptions, REPARSE_DEPTH};
use crate::types::borrowed::{
    AddressRef, BodyExtensionRef, BodyFieldsRef, BodyRef, DispositionRef, EnvelopeRef, FetchAttrRef, FetchRef,
    MessagePartRef, MultipartRef, ParamsRef, ResponseRef, Rfc822Part, SinglePartExtensionRef, SinglePartKindRef,
    SinglePartRef,
};
use crate::types::{FetchAttr, OtherAttr, Section, Value};

/// Memory for the results of [`parse_response_ref`]: a bump arena. Reuse one across
/// responses, calling [`Arena::reset`] once the previous results are dropped, and parsing
/// allocates nothing from the system after the first few responses.
#[derive(Debug, Default)]
pub struct Arena(Bump);

impl Arena {
    /// An empty arena.
    pub fn new() -> Arena {
        Arena(Bump::new())
    }

    /// Frees everything parsed into the arena at once, keeping its largest block for reuse.
    pub fn reset(&mut self) {
        self.0.reset();
    }

    /// Bytes the arena holds from the system (used or not).
    pub fn allocated_bytes(&self) -> usize {
        self.0.allocated_bytes()
    }
}

/// Parses one complete framed response (as [`super::parse_response`] does), building a
/// FETCH response in borrowed form in `arena`; any other response is parsed the owned way
/// ([`ResponseRef::Other`]).
///
/// Accepts exactly the frames [`super::parse_response`] accepts, with the same errors, and
/// [`FetchRef::into_owned`] gives the same value. Frames from
/// [`super::Framer::next_frame_streaming`] with streamed literals are not supported here.
///
/// ```
/// use imapkit_core::parse::{parse_response_ref, Arena, ParseOptions};
/// use imapkit_core::types::borrowed::ResponseRef;
///
/// let mut arena = Arena::new();
/// let frame = b"* 12 FETCH (UID 7 ENVELOPE (NIL \"Hi\" ((\"Al\" NIL \"al\" \"x.org\")) NIL NIL NIL NIL NIL NIL NIL))\r\n";
/// let ResponseRef::Fetch(fetch) = parse_response_ref(frame, &arena, &ParseOptions::default()).unwrap() else {
///     panic!()
/// };
/// assert_eq!(fetch.uid(), Some(7));
/// let envelope = fetch.envelope().unwrap();
/// assert_eq!(envelope.subject, Some(&b"Hi"[..]));
/// assert_eq!(envelope.from[0].host, Some(&b"x.org"[..]));
/// arena.reset();
/// ```
pub fn parse_response_ref<'a>(
    frame: &'a [u8],
    arena: &'a Arena,
    opts: &ParseOptions,
) -> Result<ResponseRef<'a>, ParseError> {
    let b = InArena { bump: &arena.0 };
    let mut input = frame;
    let budget = NodeBudget::arm(opts.max_nodes);
    if let Some(Ok(fetch)) = fetch_response(&b, &mut input, opts.max_depth) {
        if line_end(&mut input).is_ok() {
            return Ok(ResponseRef::Fetch(fetch));
        }
    }
    drop(budget);
    // Not a FETCH response, or one that does not parse: the owned parser gives the response
    // or the error it always gives.
    parse_response(frame, opts).map(ResponseRef::Other)
}

/// `"*" SP nz-number SP "FETCH" SP msg-att`, or UIDONLY's `"*" SP uid SP "UIDFETCH" SP
/// msg-att` (RFC 9586 3.3: `seq` 0, the UID an item); `None` when the frame is another
/// response.
fn fetch_response<'a>(b: &InArena<'a>, input: &mut In<'a>, depth: usize) -> Option<PResult<FetchRef<'a>>> {
    let mut rest = input.strip_prefix(b"*")?;
    osp(&mut rest).ok()?;
    if !rest.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    *input = rest;
    let seq = match number32(input) {
        Ok(seq) => seq,
        Err(e) => return Some(Err(e)),
    };
    osp(input).ok()?;
    let mut buf = [0u8; KEYWORD_BUF];
    let uid_only = match keyword_bytes_in(input, &mut buf).ok()?? {
        b"FETCH" => false,
        b"UIDFETCH" => true,
        _ => return None,
    };
    let attrs = sp(input).and_then(|()| msg_att(b, input, depth));
    if !uid_only {
        return Some(attrs.map(|attrs| FetchRef { seq, attrs }));
    }
    Some(attrs.map(|attrs| {
        if attrs.iter().any(|a| matches!(a, FetchAttrRef::Uid(_))) {
            return FetchRef { seq: 0, attrs };
        }
        let with_uid = b.bump.alloc_slice_fill_with(attrs.len() + 1, |i| match i {
            0 => FetchAttrRef::Uid(seq),
            i => attrs[i - 1],
        });
        FetchRef { seq: 0, attrs: with_uid }
    }))
}

/// `msg-att`, as [`super::fetch::msg_att`] reads it.
fn msg_att<'a>(b: &InArena<'a>, input: &mut In<'a>, depth: usize) -> PResult<&'a [FetchAttrRef<'a>]> {
    let depth = deeper(input, depth)?;
    b'('.context("\"(\" starting the FETCH data").parse_next(input)?;
    let mut attrs = ShortList::<FetchAttrRef<'a>, 8>::new();
    loop {
        osp(input)?;
        match peek(input) {
            Some(b')') => {
                input.next_token();
                return Ok(b.slice(&attrs));
            }
            None | Some(b'\r' | b'\n') => return Err(PErr::at(input, "FETCH item or \")\"")),
            _ => {
                charge(input)?;
                attrs.push(fetch_attr_ref(b, input, depth)?)
            }
        }
    }
}

/// One item: the common ones typed, anything else read by the owned parser (which decides
/// what is valid, Q-FETCH included) and kept as its wire bytes.
fn fetch_attr_ref<'a>(b: &InArena<'a>, input: &mut In<'a>, depth: usize) -> PResult<FetchAttrRef<'a>> {
    let start = *input;
    let mut buf = [0u8; KEYWORD_BUF];
    if let Ok(Some(name)) = keyword_bytes_in(input, &mut buf) {
        match known_attr(b, name, input, depth) {
            Ok(Some(attr)) => return Ok(attr),
            Err(e) if e.is_limit() => return Err(e),
            _ => {}
        }
    }
    *input = start;
    match fetch_attr_outcome(input, depth, &Streamed::new(0, &[]))? {
        AttrOutcome::Misshapen { name, raw, expected } => Ok(FetchAttrRef::Unparsed { name, raw, expected }),
        AttrOutcome::Parsed(_) => Ok(FetchAttrRef::Other(&start[..start.len() - input.len()])),
    }
}

/// The typed items; `Ok(None)` for the others.
fn known_attr<'a>(b: &InArena<'a>, name: &[u8], input: &mut In<'a>, depth: usize) -> PResult<Option<FetchAttrRef<'a>>> {
    let attr = match name {
        b"UID" => {
            sp(input)?;
            FetchAttrRef::Uid(number32(input)?)
        }
        b"FLAGS" => {
            sp(input)?;
            FetchAttrRef::Flags(flag_list(b, input)?)
        }
        b"INTERNALDATE" => {
            sp(input)?;
            FetchAttrRef::InternalDate(b.str(ntext(b, input)?.unwrap_or_default()))
        }
        b"RFC822.SIZE" => {
            sp(input)?;
            FetchAttrRef::Rfc822Size(size(input)?)
        }
        b"ENVELOPE" => {
            sp(input)?;
            FetchAttrRef::Envelope(b.bump.alloc(envelope(b, input, depth)?))
        }
        b"BODYSTRUCTURE" => {
            sp(input)?;
            FetchAttrRef::BodyStructure(body(b, input, depth)?)
        }
        b"BODY" | b"BODY.PEEK" if section_follows(input) => {
            osp(input)?;
            let start = *input;
            section(input)?;
            let section = &start[..start.len() - input.len()];
            let origin = origin(input)?;
            FetchAttrRef::BodySection { section, origin, data: body_data(b, input)? }
        }
        b"BODY" => {
            sp(input)?;
            FetchAttrRef::Body(body(b, input, depth)?)
        }
        b"RFC822" => FetchAttrRef::Rfc822 { part: Rfc822Part::Message, data: body_data(b, input)? },
        b"RFC822.HEADER" => FetchAttrRef::Rfc822 { part: Rfc822Part::Header, data: body_data(b, input)? },
        b"RFC822.TEXT" => FetchAttrRef::Rfc822 { part: Rfc822Part::Text, data: body_data(b, input)? },
        b"MODSEQ" => FetchAttrRef::ModSeq(modseq_value(input)?),
        _ => return Ok(None),
    };
    Ok(Some(attr))
}

/// `SP nstring`: the data of a body item, borrowed from the frame (literals always are).
fn body_data<'a>(b: &InArena<'a>, input: &mut In<'a>) -> PResult<Option<&'a [u8]>> {
    sp(input)?;
    Ok(nstring_cow(input)?.map(|data| cow_bytes(b, data)))
}

/// `flag-list` as [`super::core::flag_list`] reads it, each flag as text.
fn flag_list<'a>(b: &InArena<'a>, input: &mut In<'a>) -> PResult<&'a [&'a str]> {
    if peek(input) != Some(b'(') {
        nil.context("flag list").parse_next(input)?;
        return Ok(&[]);
    }
    input.next_token();
    let mut flags = ShortList::<&'a str, 8>::new();
    loop {
        osp(input)?;
        if peek(input) != Some(b')') {
            charge(input)?;
        }
        match peek(input) {
            Some(b')') => {
                input.next_token();
                return Ok(b.slice(&flags));
            }
            Some(b'"') => flags.push(b.bump.alloc_str(&lossy_vec(quoted(input)?))),
            _ => {
                let flag: &'a [u8] = take_while(1.., is_astring_char).context("flag").parse_next(input)?;
                flags.push(b.str(flag));
            }
        }
    }
}

/// The builder of borrowed values in a bump arena.
#[derive(Debug, Clone, Copy)]
pub(crate) struct InArena<'a> {
    bump: &'a Bump,
}

impl<'a> InArena<'a> {
    /// The items of a list, moved into the arena.
    fn slice<T: Copy, const N: usize>(&self, list: &ShortList<T, N>) -> &'a [T] {
        let Some(&first) = list.get(0) else { return &[] };
        self.bump.alloc_slice_fill_with(list.len(), |i| list.get(i).copied().unwrap_or(first))
    }

    /// Bytes as text, borrowed when they are UTF-8 (else lossily decoded into the arena).
    fn str(&self, raw: &'a [u8]) -> &'a str {
        match std::str::from_utf8(raw) {
            Ok(text) => text,
            Err(_) => self.bump.alloc_str(&String::from_utf8_lossy(raw)),
        }
    }

    fn extension(&self, ext: ExtParts<'a, Self>) -> BodyExtensionRef<'a> {
        BodyExtensionRef {
            disposition: ext.disposition,
            language: ext.language,
            location: ext.location,
            extra: ext.extra_raw,
        }
    }
}

impl<'a> Build<'a> for InArena<'a> {
    type Bytes = &'a [u8];
    type Text = &'a [u8];
    type Address = AddressRef<'a>;
    type Addresses = &'a [AddressRef<'a>];
    type Envelope = EnvelopeRef<'a>;
    type Params = ParamsRef<'a>;
    type Disposition = DispositionRef<'a>;
    type Languages = &'a [&'a [u8]];
    type Body = BodyRef<'a>;

    fn bytes(&self, raw: &'a [u8]) -> &'a [u8] {
        raw
    }

    fn bytes_owned(&self, raw: Vec<u8>) -> &'a [u8] {
        self.bump.alloc_slice_copy(&raw)
    }

    fn text(&self, raw: &'a [u8]) -> &'a [u8] {
        raw
    }

    fn text_owned(&self, raw: Vec<u8>) -> &'a [u8] {
        self.bump.alloc_slice_copy(&raw)
    }

    fn text_eq(&self, text: &&'a [u8], name: &[u8]) -> bool {
        text.eq_ignore_ascii_case(name)
    }

    fn address(&self, [name, adl, mailbox, host]: [Option<&'a [u8]>; 4]) -> AddressRef<'a> {
        AddressRef { name, adl, mailbox, host }
    }

    fn addresses(&self, list: ShortList<AddressRef<'a>, 4>) -> &'a [AddressRef<'a>] {
        self.slice(&list)
    }

    fn addresses_empty(list: &&'a [AddressRef<'a>]) -> bool {
        list.is_empty()
    }

    fn envelope(&self, parts: EnvelopeParts<'a, Self>) -> EnvelopeRef<'a> {
        let EnvelopeParts { date, subject, lists, in_reply_to, message_id } = parts;
        let [from, sender, reply_to, to, cc, bcc] = lists;
        EnvelopeRef { date, subject, from, sender, reply_to, to, cc, bcc, in_reply_to, message_id }
    }

    fn params(&self, list: ShortList<(&'a [u8], &'a [u8]), 2>) -> ParamsRef<'a> {
        self.slice(&list)
    }

    fn disposition(&self, kind: &'a [u8], params: ParamsRef<'a>) -> DispositionRef<'a> {
        DispositionRef { kind, params }
    }

    fn languages(&self, list: ShortList<&'a [u8], 2>) -> &'a [&'a [u8]] {
        self.slice(&list)
    }

    fn single_part(&self, parts: SingleParts<'a, Self>) -> BodyRef<'a> {
        let SingleParts { media_type, subtype, fields, kind, extension } = parts;
        let fields = BodyFieldsRef {
            params: fields.params,
            id: fields.id,
            description: fields.description,
            encoding: fields.encoding,
            octets: fields.octets,
        };
        let kind = match kind {
            KindParts::Basic => SinglePartKindRef::Basic,
            KindParts::Text { lines } => SinglePartKindRef::Text { lines },
            KindParts::Message { envelope, body, lines } => {
                SinglePartKindRef::Message(self.bump.alloc(MessagePartRef { envelope, body, lines }))
            }
        };
        let extension = extension
            .map(|(md5, common)| &*self.bump.alloc(SinglePartExtensionRef { md5, common: self.extension(common) }));
        BodyRef::Single(self.bump.alloc(SinglePartRef { media_type, subtype, fields, kind, extension }))
    }

    fn multipart(&self, parts: MultiParts<'a, Self>) -> BodyRef<'a> {
        let MultiParts { parts, subtype, params, extension } = parts;
        let extension = extension.map(|ext| &*self.bump.alloc(self.extension(ext)));
        BodyRef::Multipart(self.bump.alloc(MultipartRef { parts: self.slice(&parts), subtype, params, extension }))
    }
}

/// The extension values of [`BodyExtensionRef::extra`] as generic values.
pub(crate) fn extension_values(mut raw: &[u8]) -> Vec<Value> {
    let mut values = Vec::new();
    while osp(&mut raw).is_ok() && !raw.is_empty() {
        match value(&mut raw, REPARSE_DEPTH, false) {
            Ok(v) => values.push(v),
            Err(_) => break,
        }
    }
    values
}

/// The section of [`FetchAttrRef::BodySection`], parsed.
pub(crate) fn section_of(mut raw: &[u8]) -> Section {
    section(&mut raw).unwrap_or_default()
}

/// A [`FetchAttrRef::Other`] item, parsed the owned way.
pub(crate) fn fetch_attr_of(raw: &[u8]) -> FetchAttr {
    let mut input = raw;
    fetch_attr(&mut input, REPARSE_DEPTH, &Streamed::new(0, &[])).unwrap_or_else(|_| {
        // Not reached for bytes that parse_response_ref accepted; kept total all the same.
        FetchAttr::Other(Box::new(OtherAttr { name: String::from_utf8_lossy(raw).into_owned(), value: Value::Nil }))
    })
}
