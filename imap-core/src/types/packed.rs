//! ENVELOPE and BODYSTRUCTURE as the owned parse keeps them: packed.
//!
//! A parsed envelope or body structure holds dozens of short strings and, for a body, a tree
//! of parts. Kept as separate values (one heap block per longer string, per part, per
//! parameter list) that costs about 37 allocations per FETCH response and twice the
//! response's size in memory. Packed, an item is one allocation: its strings copied once
//! (common MIME words not at all), then its parts, addresses and parameters as fixed-size
//! records that refer to the strings by offset — about the item's wire size.
//!
//! The packed values are read through views ([`EnvelopeView`], [`BodyView`]) that borrow
//! from them and cost nothing to make; [`EnvelopeView::to_envelope`] and
//! [`BodyView::to_body_structure`] give the separate owned values of
//! [`crate::types::Envelope`] and [`crate::types::BodyStructure`] where one is wanted (to
//! change it, or to build one by hand).
//!
//! ```
//! use imapkit_core::parse::parse_response;
//! use imapkit_core::types::{Response, Untagged};
//!
//! let frame = b"* 1 FETCH (ENVELOPE (NIL \"Hello\" ((\"Ann\" NIL \"ann\" \"example.org\")) \
//!     NIL NIL NIL NIL NIL NIL \"<1@example.org>\") BODYSTRUCTURE (\"TEXT\" \"PLAIN\" \
//!     (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 42 2))\r\n";
//! let Response::Untagged(Untagged::Fetch(fetch)) = parse_response(frame, &Default::default())? else {
//!     unreachable!()
//! };
//! let envelope = fetch.envelope().unwrap();
//! assert_eq!(envelope.subject(), Some(&b"Hello"[..]));
//! assert_eq!(envelope.from().get(0).and_then(|a| a.email()).as_deref(), Some("ann@example.org"));
//! let body = fetch.body_structure().unwrap();
//! assert_eq!(body.mime_type(), "text/plain");
//! assert_eq!(body.param("charset"), Some(&b"utf-8"[..]));
//! # Ok::<(), imapkit_core::parse::ParseError>(())
//! ```

use std::fmt;

use super::body::{
    BodyExtension, BodyFields, BodyStructure, Disposition, MessagePart, Multipart, Params, SinglePart,
    SinglePartExtension, SinglePartKind,
};
use super::bytestring::{ByteString, Text};
use super::envelope::{decode_encoded_words, group_entries, Address, AddressEntry, AddressList, Envelope, Marker};
use super::value::Value;

/// `len` of a [`Span`] that stands for NIL.
const NIL_LEN: u32 = u32::MAX;

/// Where a string is in its item's block; NIL has length [`NIL_LEN`]. The default is the
/// empty string.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Span {
    pub(crate) start: u32,
    pub(crate) len: u32,
}

/// `start` of a [`Span`] that is an index into [`KNOWN_TEXT`] rather than an offset.
const KNOWN: u32 = 1 << 31;

impl Span {
    pub(crate) const NIL: Span = Span { start: 0, len: NIL_LEN };

    pub(crate) fn get(self, block: &[u8]) -> Option<&[u8]> {
        if self.len == NIL_LEN {
            return None;
        }
        if self.start & KNOWN != 0 {
            return Some(KNOWN_TEXT.get((self.start & !KNOWN) as usize).copied().unwrap_or_default());
        }
        let start = self.start as usize;
        Some(start.checked_add(self.len as usize).and_then(|end| block.get(start..end)).unwrap_or_default())
    }

    /// A span known to be text (the packer only stores valid UTF-8 there).
    fn text(self, block: &[u8]) -> &str {
        std::str::from_utf8(self.get(block).unwrap_or_default()).unwrap_or_default()
    }

    fn is_nil(self) -> bool {
        self.len == NIL_LEN
    }
}

/// A run of records in one of the item's arrays. For a list that may be NIL, NIL has length
/// [`NIL_LEN`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Run {
    pub(crate) start: u32,
    pub(crate) len: u32,
}

impl Run {
    pub(crate) const NIL: Run = Run { start: 0, len: NIL_LEN };

    fn is_nil(self) -> bool {
        self.len == NIL_LEN
    }
}

/// An address: name, adl, mailbox, host.
pub(crate) type AddressSpans = [Span; 4];

/// An envelope's fields; its address lists are runs of the address array.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct EnvelopeLayout {
    pub date: Span,
    pub subject: Span,
    pub in_reply_to: Span,
    pub message_id: Span,
    /// from, sender, reply-to, to, cc, bcc.
    pub lists: [Run; 6],
}

/// What a body node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NodeKind {
    Basic,
    Text,
    /// `message/rfc822`: `sub.start` is the envelope's index, `sub.len` the body's node.
    Message,
    /// `sub` is the run of child node indices.
    Multipart,
}

/// The extension data of a part, as [`BodyExtension`] (and the MD5 of a single part).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ExtLayout {
    /// Whether there was any (the others are NIL when not).
    pub present: bool,
    pub md5: Span,
    /// The disposition type; NIL when there is no disposition.
    pub disposition: Span,
    pub disposition_params: Run,
    /// A run of the string array; NIL for none.
    pub language: Run,
    pub location: Span,
    /// Further extension values, as their wire bytes.
    pub extra: Span,
}

impl ExtLayout {
    pub(crate) const NONE: ExtLayout = ExtLayout {
        present: false,
        md5: Span::NIL,
        disposition: Span::NIL,
        disposition_params: Run { start: 0, len: 0 },
        language: Run::NIL,
        location: Span::NIL,
        extra: Span { start: 0, len: 0 },
    };
}

/// One part of a body structure, as the packer is given it (stored as a [`Core`] and, when
/// any of them is there, [`Details`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Node {
    pub kind: NodeKind,
    /// Empty for a multipart.
    pub media_type: Span,
    pub subtype: Span,
    pub params: Run,
    pub id: Span,
    pub description: Span,
    pub encoding: Span,
    pub octets: u64,
    pub lines: u64,
    pub sub: Run,
    pub ext: ExtLayout,
}

impl Node {
    /// A multipart: its subtype, parameters, children and extension data.
    pub(crate) fn multipart(subtype: Span, params: Run, children: Run, ext: ExtLayout) -> Node {
        Node {
            kind: NodeKind::Multipart,
            media_type: Span::default(),
            subtype,
            params,
            id: Span::NIL,
            description: Span::NIL,
            encoding: Span::default(),
            octets: 0,
            lines: 0,
            sub: children,
            ext,
        }
    }
}

/// What every part has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Core {
    kind: NodeKind,
    media_type: Span,
    subtype: Span,
    params: Run,
    encoding: Span,
    octets: u64,
    lines: u64,
    sub: Run,
    /// Index of the part's [`Details`]; [`NIL_LEN`] when it has none.
    details: u32,
}

/// What few parts have: Content-ID, description, extension data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Details {
    id: Span,
    description: Span,
    ext: ExtLayout,
}

/// The record sections of an item's buffer, in order, and each record's size in 4-byte
/// words. A buffer is: a header (the block's length, then where each section starts), the
/// block of strings, then the sections, every number a little-endian `u32`: one allocation
/// per item, read through [`Item`].
const ADDRESSES: usize = 0;
const PARAMS: usize = 1;
const STRINGS: usize = 2;
const CHILDREN: usize = 3;
const ENVELOPES: usize = 4;
const NODES: usize = 5;
const DETAILS: usize = 6;
const WORDS: [usize; 7] = [8, 4, 2, 1, 20, 16, 17];
const HEADER: usize = 4 * (1 + WORDS.len());

/// A packed item's buffer, read.
#[derive(Clone, Copy)]
pub(crate) struct Item<'a> {
    buf: &'a [u8],
}

impl<'a> Item<'a> {
    fn word(self, at: usize) -> u32 {
        match self.buf.get(at..at + 4) {
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
            _ => 0,
        }
    }

    fn span(self, at: usize) -> Span {
        Span { start: self.word(at), len: self.word(at + 4) }
    }

    fn run(self, at: usize) -> Run {
        Run { start: self.word(at), len: self.word(at + 4) }
    }

    fn block(self) -> &'a [u8] {
        let len = self.word(0) as usize;
        self.buf.get(HEADER..HEADER + len).unwrap_or_default()
    }

    /// Where record `index` of `section` starts, if there is one.
    fn record(self, section: usize, index: u32) -> Option<usize> {
        let start = self.word(4 + 4 * section) as usize;
        let end = if section + 1 < WORDS.len() { self.word(8 + 4 * section) as usize } else { self.buf.len() };
        // Checked: a NIL index is `u32::MAX`, which must not wrap on 32-bit targets.
        let size = 4 * WORDS[section];
        let at = (index as usize).checked_mul(size)?.checked_add(start)?;
        (at.checked_add(size)? <= end).then_some(at)
    }

    fn address(self, index: u32) -> AddressSpans {
        match self.record(ADDRESSES, index) {
            Some(at) => [self.span(at), self.span(at + 8), self.span(at + 16), self.span(at + 24)],
            None => [Span::NIL; 4],
        }
    }

    fn param(self, index: u32) -> [Span; 2] {
        match self.record(PARAMS, index) {
            Some(at) => [self.span(at), self.span(at + 8)],
            None => [Span::default(); 2],
        }
    }

    fn string(self, index: u32) -> Span {
        self.record(STRINGS, index).map_or(Span::default(), |at| self.span(at))
    }

    fn child(self, index: u32) -> u32 {
        self.record(CHILDREN, index).map_or(NIL_LEN, |at| self.word(at))
    }

    fn envelope(self, index: u32) -> EnvelopeLayout {
        let Some(at) = self.record(ENVELOPES, index) else { return EnvelopeLayout::default() };
        let mut lists = [Run::default(); 6];
        for (i, list) in lists.iter_mut().enumerate() {
            *list = self.run(at + 32 + 8 * i);
        }
        EnvelopeLayout {
            date: self.span(at),
            subject: self.span(at + 8),
            in_reply_to: self.span(at + 16),
            message_id: self.span(at + 24),
            lists,
        }
    }

    fn node(self, index: u32) -> Option<Core> {
        let at = self.record(NODES, index)?;
        let kind = match self.word(at) {
            0 => NodeKind::Basic,
            1 => NodeKind::Text,
            2 => NodeKind::Message,
            _ => NodeKind::Multipart,
        };
        let wide = |at: usize| u64::from(self.word(at)) | u64::from(self.word(at + 4)) << 32;
        Some(Core {
            kind,
            media_type: self.span(at + 4),
            subtype: self.span(at + 12),
            params: self.run(at + 20),
            encoding: self.span(at + 28),
            octets: wide(at + 36),
            lines: wide(at + 44),
            sub: self.run(at + 52),
            details: self.word(at + 60),
        })
    }

    fn details(self, index: u32) -> Option<Details> {
        let at = self.record(DETAILS, index)?;
        Some(Details {
            id: self.span(at),
            description: self.span(at + 8),
            ext: ExtLayout {
                present: self.word(at + 16) != 0,
                md5: self.span(at + 20),
                disposition: self.span(at + 28),
                disposition_params: self.run(at + 36),
                language: self.run(at + 44),
                location: self.span(at + 52),
                extra: self.span(at + 60),
            },
        })
    }
}

/// Writes little-endian words at the start of `out`.
#[inline(always)]
fn write_words(out: &mut [u8], words: &[u32]) {
    for (bytes, word) in out.chunks_exact_mut(4).zip(words) {
        bytes.copy_from_slice(&word.to_le_bytes());
    }
}

/// Collects one item while it is parsed (see [`crate::parse`]'s packing builder).
#[derive(Debug, Default)]
pub(crate) struct Packer {
    pub block: Vec<u8>,
    pub addresses: Vec<AddressSpans>,
    pub params: Vec<[Span; 2]>,
    pub strings: Vec<Span>,
    pub children: Vec<u32>,
    pub envelopes: Vec<EnvelopeLayout>,
    pub nodes: Vec<Core>,
    pub details: Vec<Details>,
}

/// Declares [`KNOWN_TEXT`] and [`known_text`], the words grouped by length (checked).
macro_rules! known_texts {
    ($($len:literal => [$($word:literal),* $(,)?]),* $(,)?) => {
        /// Words that come in nearly every body structure (media types, subtypes, parameter
        /// names, encodings, dispositions, as servers write them): a text equal to one is not
        /// copied but refers to this table.
        const KNOWN_TEXT: &[&[u8]] = &[$($($word),*),*];

        $($(const _: () = assert!($word.len() == $len);)*)*

        /// The index of `raw` in [`KNOWN_TEXT`] (an exact, case-sensitive match): one jump
        /// on the length, then a few fixed-length compares.
        #[inline(always)]
        fn known_text(raw: &[u8]) -> Option<u32> {
            match raw.len() {
                $($len => {
                    $(
                        if raw == $word {
                            const AT: u32 = known_position($word);
                            return Some(AT);
                        }
                    )*
                    None
                })*
                _ => None,
            }
        }
    };
}

/// Where `word` is in [`KNOWN_TEXT`] (evaluated at compile time).
const fn known_position(word: &[u8]) -> u32 {
    let mut i = 0;
    while i < KNOWN_TEXT.len() {
        let known = KNOWN_TEXT[i];
        if known.len() == word.len() {
            let mut j = 0;
            while j < word.len() && known[j] == word[j] {
                j += 1;
            }
            if j == word.len() {
                return i as u32;
            }
        }
        i += 1;
    }
    panic!("not a known text")
}

known_texts! {
    3 => [b"PDF", b"pdf", b"PNG", b"png", b"GIF", b"gif", b"ZIP", b"zip"],
    4 => [b"TEXT", b"text", b"HTML", b"html", b"7BIT", b"7bit", b"8BIT", b"8bit", b"JPEG", b"jpeg", b"NAME", b"name"],
    5 => [b"PLAIN", b"plain", b"IMAGE", b"image", b"MIXED", b"mixed", b"utf-8", b"UTF-8", b"AUDIO", b"VIDEO"],
    6 => [b"BASE64", b"base64", b"Base64", b"BINARY", b"binary", b"INLINE", b"inline", b"RFC822", b"rfc822", b"REPORT", b"DIGEST", b"digest"],
    7 => [b"CHARSET", b"charset", b"MESSAGE", b"message", b"RELATED", b"related"],
    8 => [b"BOUNDARY", b"boundary", b"FILENAME", b"filename", b"us-ascii", b"US-ASCII", b"CALENDAR", b"calendar"],
    9 => [b"MULTIPART", b"multipart", b"X-UNKNOWN"],
    10 => [b"ATTACHMENT", b"attachment", b"Attachment", b"iso-8859-1", b"ISO-8859-1"],
    11 => [b"APPLICATION", b"application", b"ALTERNATIVE", b"alternative"],
    12 => [b"OCTET-STREAM", b"octet-stream", b"windows-1252"],
    15 => [b"DELIVERY-STATUS", b"delivery-status"],
    16 => [b"QUOTED-PRINTABLE", b"quoted-printable", b"Quoted-Printable"],
}

/// An index into one of the arrays, which the parser's limits keep far below `u32::MAX`
/// (saturated all the same rather than wrapped).
fn index(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(NIL_LEN - 1)
}

thread_local! {
    /// The arrays of the last packer, emptied: reused by the next, so that packing an item
    /// allocates only its final arrays, each once and at its exact size.
    static SCRATCH: std::cell::Cell<Option<Packer>> = const { std::cell::Cell::new(None) };
}

impl Packer {
    /// A packer, reusing the arrays of an earlier one on this thread.
    pub fn reused() -> Packer {
        SCRATCH.take().unwrap_or_default()
    }

    /// The item's buffer, allocated once at its exact size; the packer's own arrays are kept
    /// for the next [`Packer::reused`].
    pub fn finish_reused(mut self) -> Box<[u8]> {
        let buf = self.to_buffer();
        // An item far bigger than usual does not keep its arrays alive on the thread.
        if self.block.capacity() <= 1 << 16 && self.nodes.capacity() <= 1 << 10 && self.addresses.capacity() <= 1 << 10
        {
            self.block.clear();
            self.addresses.clear();
            self.params.clear();
            self.strings.clear();
            self.children.clear();
            self.envelopes.clear();
            self.nodes.clear();
            self.details.clear();
            SCRATCH.set(Some(self));
        }
        buf
    }

    /// The item's buffer (see [`HEADER`]).
    // `vec![0; n]` takes the allocator's zeroed-memory path: 1.5 M instructions more on data
    // set (a) than a plain allocation filled here.
    #[allow(clippy::slow_vector_initialization)]
    fn to_buffer(&self) -> Box<[u8]> {
        let counts = [
            self.addresses.len(),
            self.params.len(),
            self.strings.len(),
            self.children.len(),
            self.envelopes.len(),
            self.nodes.len(),
            self.details.len(),
        ];
        let block_end = HEADER + self.block.len().next_multiple_of(4);
        let mut starts = [0u32; 7];
        let mut total = block_end;
        for (i, count) in counts.iter().enumerate() {
            starts[i] = index(total);
            total += count * 4 * WORDS[i];
        }
        let mut out = Vec::with_capacity(total);
        out.resize(total, 0u8);
        let (header, rest) = out.split_at_mut(HEADER);
        write_words(header, &[index(self.block.len())]);
        write_words(&mut header[4..], &starts);
        let (block, mut rest) = rest.split_at_mut(block_end - HEADER);
        block[..self.block.len()].copy_from_slice(&self.block);
        let mut record = |words: &[u32]| {
            let (this, after) = std::mem::take(&mut rest).split_at_mut(4 * words.len());
            write_words(this, words);
            rest = after;
        };
        for [a, b, c, d] in &self.addresses {
            record(&[a.start, a.len, b.start, b.len, c.start, c.len, d.start, d.len]);
        }
        for [name, value] in &self.params {
            record(&[name.start, name.len, value.start, value.len]);
        }
        for span in &self.strings {
            record(&[span.start, span.len]);
        }
        record(&self.children);
        for e in &self.envelopes {
            let l = &e.lists;
            record(&[
                e.date.start,
                e.date.len,
                e.subject.start,
                e.subject.len,
                e.in_reply_to.start,
                e.in_reply_to.len,
                e.message_id.start,
                e.message_id.len,
                l[0].start,
                l[0].len,
                l[1].start,
                l[1].len,
                l[2].start,
                l[2].len,
                l[3].start,
                l[3].len,
                l[4].start,
                l[4].len,
                l[5].start,
                l[5].len,
            ]);
        }
        for c in &self.nodes {
            let kind = match c.kind {
                NodeKind::Basic => 0,
                NodeKind::Text => 1,
                NodeKind::Message => 2,
                NodeKind::Multipart => 3,
            };
            record(&[
                kind,
                c.media_type.start,
                c.media_type.len,
                c.subtype.start,
                c.subtype.len,
                c.params.start,
                c.params.len,
                c.encoding.start,
                c.encoding.len,
                c.octets as u32,
                (c.octets >> 32) as u32,
                c.lines as u32,
                (c.lines >> 32) as u32,
                c.sub.start,
                c.sub.len,
                c.details,
            ]);
        }
        for d in &self.details {
            let x = &d.ext;
            record(&[
                d.id.start,
                d.id.len,
                d.description.start,
                d.description.len,
                u32::from(x.present),
                x.md5.start,
                x.md5.len,
                x.disposition.start,
                x.disposition.len,
                x.disposition_params.start,
                x.disposition_params.len,
                x.language.start,
                x.language.len,
                x.location.start,
                x.location.len,
                x.extra.start,
                x.extra.len,
            ]);
        }
        out.into_boxed_slice()
    }

    /// Copies `raw` into the block.
    #[inline(always)]
    pub fn bytes(&mut self, raw: &[u8]) -> Span {
        let start = index(self.block.len());
        self.block.extend_from_slice(raw);
        Span { start, len: index(raw.len()) }
    }

    /// Copies `raw` into the block as text (invalid UTF-8 replaced by U+FFFD), or refers to
    /// a [known](KNOWN_TEXT) one.
    #[inline(always)]
    pub fn text(&mut self, raw: &[u8]) -> Span {
        if let Some(known) = known_text(raw) {
            return Span { start: KNOWN | known, len: index(raw.len()) };
        }
        if raw.is_ascii() || std::str::from_utf8(raw).is_ok() {
            self.bytes(raw)
        } else {
            self.bytes(String::from_utf8_lossy(raw).as_bytes())
        }
    }

    /// An optional string: NIL for `None`.
    pub fn nstring(&mut self, raw: Option<&[u8]>) -> Span {
        raw.map_or(Span::NIL, |raw| self.bytes(raw))
    }

    /// Stores a part; gives its index.
    pub fn push_node(&mut self, node: Node) -> u32 {
        let details = if node.id.is_nil() && node.description.is_nil() && !node.ext.present {
            NIL_LEN
        } else {
            Packer::run(&mut self.details, [Details { id: node.id, description: node.description, ext: node.ext }])
                .start
        };
        let core = Core {
            kind: node.kind,
            media_type: node.media_type,
            subtype: node.subtype,
            params: node.params,
            encoding: node.encoding,
            octets: node.octets,
            lines: node.lines,
            sub: node.sub,
            details,
        };
        Packer::run(&mut self.nodes, [core]).start
    }

    /// Appends records to `items` and gives their run.
    pub fn run<T>(items: &mut Vec<T>, new: impl IntoIterator<Item = T>) -> Run {
        let start = index(items.len());
        items.extend(new);
        Run { start, len: index(items.len()) - start }
    }
}

/// A packed ENVELOPE (see the [module docs](self)); [`PackedEnvelope::view`] reads it.
/// Two are equal when their fields are, however each was packed.
#[derive(Clone)]
pub struct PackedEnvelope {
    /// Its only envelope record is this one.
    buf: Box<[u8]>,
}

impl PackedEnvelope {
    /// An envelope item's buffer: its one envelope record is the envelope.
    pub(crate) fn new(buf: Box<[u8]>) -> PackedEnvelope {
        PackedEnvelope { buf }
    }

    /// The envelope's fields.
    pub fn view(&self) -> EnvelopeView<'_> {
        let item = Item { buf: &self.buf };
        EnvelopeView { item, layout: item.envelope(0) }
    }

    /// Packs an envelope.
    pub fn from_envelope(envelope: &Envelope) -> PackedEnvelope {
        let mut packer = Packer::reused();
        let layout = pack_envelope(&mut packer, envelope);
        packer.envelopes.push(layout);
        PackedEnvelope::new(packer.finish_reused())
    }

    /// Bytes this value holds on the heap, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.buf.len()
    }
}

impl fmt::Debug for PackedEnvelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.view().to_envelope(), f)
    }
}

impl PartialEq for PackedEnvelope {
    fn eq(&self, other: &PackedEnvelope) -> bool {
        self.view().to_envelope() == other.view().to_envelope()
    }
}

impl Eq for PackedEnvelope {}

#[cfg(feature = "serde")]
impl serde::Serialize for PackedEnvelope {
    /// As the [`Envelope`] it holds.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.view().to_envelope().serialize(serializer)
    }
}

impl From<&Envelope> for PackedEnvelope {
    fn from(envelope: &Envelope) -> PackedEnvelope {
        PackedEnvelope::from_envelope(envelope)
    }
}

fn pack_envelope(packer: &mut Packer, envelope: &Envelope) -> EnvelopeLayout {
    let mut lists = [Run::default(); 6];
    let all = [&envelope.from, &envelope.sender, &envelope.reply_to, &envelope.to, &envelope.cc, &envelope.bcc];
    for (run, list) in lists.iter_mut().zip(all) {
        let spans: Vec<AddressSpans> = list
            .iter()
            .map(|a| {
                [
                    packer.nstring(a.name.as_deref()),
                    packer.nstring(a.adl.as_deref().map(|adl| &adl[..])),
                    packer.nstring(a.mailbox.as_deref()),
                    packer.nstring(a.host.as_deref()),
                ]
            })
            .collect();
        *run = Packer::run(&mut packer.addresses, spans);
    }
    EnvelopeLayout {
        date: packer.nstring(envelope.date.as_deref()),
        subject: packer.nstring(envelope.subject.as_deref()),
        in_reply_to: packer.nstring(envelope.in_reply_to.as_deref()),
        message_id: packer.nstring(envelope.message_id.as_deref()),
        lists,
    }
}

/// An envelope's fields, borrowed from a [`PackedEnvelope`] (or from the [`PackedBody`] of a
/// `message/rfc822` part). Strings are raw bytes as the server sent them; the `*_decoded`
/// methods give RFC 2047 decoded text.
#[derive(Clone, Copy)]
pub struct EnvelopeView<'a> {
    item: Item<'a>,
    layout: EnvelopeLayout,
}

impl<'a> EnvelopeView<'a> {
    /// `env-date`: the Date header, unparsed.
    pub fn date(&self) -> Option<&'a [u8]> {
        self.layout.date.get(self.item.block())
    }

    /// `env-subject`, possibly RFC 2047 encoded.
    pub fn subject(&self) -> Option<&'a [u8]> {
        self.layout.subject.get(self.item.block())
    }

    /// The subject with RFC 2047 encoded words decoded.
    pub fn subject_decoded(&self) -> Option<String> {
        self.subject().map(decode_encoded_words)
    }

    /// The date header as (lossy) text.
    pub fn date_text(&self) -> Option<String> {
        self.date().map(|d| String::from_utf8_lossy(d).into_owned())
    }

    /// The Message-ID as (lossy) text.
    pub fn message_id_text(&self) -> Option<String> {
        self.message_id().map(|d| String::from_utf8_lossy(d).into_owned())
    }

    /// `env-in-reply-to`.
    pub fn in_reply_to(&self) -> Option<&'a [u8]> {
        self.layout.in_reply_to.get(self.item.block())
    }

    /// `env-message-id`.
    pub fn message_id(&self) -> Option<&'a [u8]> {
        self.layout.message_id.get(self.item.block())
    }

    fn list(&self, i: usize) -> Addresses<'a> {
        let run = self.layout.lists[i];
        Addresses { item: self.item, run: if run.is_nil() { Run::default() } else { run } }
    }

    /// `env-from`.
    pub fn from(&self) -> Addresses<'a> {
        self.list(0)
    }

    /// `env-sender`.
    pub fn sender(&self) -> Addresses<'a> {
        self.list(1)
    }

    /// `env-reply-to`.
    pub fn reply_to(&self) -> Addresses<'a> {
        self.list(2)
    }

    /// `env-to`.
    pub fn to(&self) -> Addresses<'a> {
        self.list(3)
    }

    /// `env-cc`.
    pub fn cc(&self) -> Addresses<'a> {
        self.list(4)
    }

    /// `env-bcc`.
    pub fn bcc(&self) -> Addresses<'a> {
        self.list(5)
    }

    /// The separate owned [`Envelope`]. Lists the parser found equal (sender and reply-to
    /// repeating from) share one allocation.
    pub fn to_envelope(&self) -> Envelope {
        let mut made: Vec<(Run, AddressList)> = Vec::new();
        let mut list = |i: usize| -> AddressList {
            let run = self.layout.lists[i];
            if run.len == 0 || run.is_nil() {
                return AddressList::new();
            }
            if let Some((_, shared)) = made.iter().find(|(seen, _)| *seen == run) {
                return shared.clone();
            }
            let list: AddressList = self.list(i).iter().map(|a| a.to_address()).collect::<Vec<_>>().into();
            made.push((run, list.clone()));
            list
        };
        Envelope {
            date: self.date().map(ByteString::from_slice),
            subject: self.subject().map(ByteString::from_slice),
            from: list(0),
            sender: list(1),
            reply_to: list(2),
            to: list(3),
            cc: list(4),
            bcc: list(5),
            in_reply_to: self.in_reply_to().map(ByteString::from_slice),
            message_id: self.message_id().map(ByteString::from_slice),
        }
    }
}

impl PartialEq for EnvelopeView<'_> {
    /// Equal fields.
    fn eq(&self, other: &EnvelopeView<'_>) -> bool {
        self.to_envelope() == other.to_envelope()
    }
}

impl Eq for EnvelopeView<'_> {}

impl fmt::Debug for EnvelopeView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_envelope(), f)
    }
}

/// An envelope address list, borrowed (empty for NIL).
#[derive(Clone, Copy)]
pub struct Addresses<'a> {
    item: Item<'a>,
    run: Run,
}

impl<'a> Addresses<'a> {
    /// How many addresses (group markers included).
    pub fn len(&self) -> usize {
        self.run.len as usize
    }

    /// Whether the list is empty (or was NIL).
    pub fn is_empty(&self) -> bool {
        self.run.len == 0
    }

    /// The first address.
    pub fn first(&self) -> Option<AddressView<'a>> {
        self.get(0)
    }

    /// The address at `index`.
    pub fn get(&self, index: usize) -> Option<AddressView<'a>> {
        let index = u32::try_from(index).ok().filter(|&i| i < self.run.len)?;
        Some(AddressView { block: self.item.block(), spans: self.item.address(self.run.start + index) })
    }

    /// The addresses in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = AddressView<'a>> + 'a {
        let (item, run) = (self.item, self.run);
        let block = item.block();
        (0..run.len).map(move |i| AddressView { block, spans: item.address(run.start + i) })
    }

    /// The list grouped: RFC 3501 group start and end markers become
    /// [`AddressEntry::Group`], by the rule of [`crate::types::address_entries`].
    pub fn entries(&self) -> Vec<AddressEntry<'a, AddressView<'a>>> {
        group_entries(self.iter(), |address: AddressView<'a>| {
            if address.is_group_end() {
                Marker::GroupEnd
            } else if address.is_group_start() {
                Marker::GroupStart(address.mailbox().unwrap_or_default())
            } else {
                Marker::Mailbox
            }
        })
    }

    /// The separate owned [`AddressList`].
    pub fn to_address_list(&self) -> AddressList {
        self.iter().map(|a| a.to_address()).collect::<Vec<_>>().into()
    }
}

impl fmt::Debug for Addresses<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// One address of a list (RFC 3501 `address`), borrowed. See [`Address`] for group markers.
#[derive(Clone, Copy)]
pub struct AddressView<'a> {
    block: &'a [u8],
    spans: AddressSpans,
}

impl<'a> AddressView<'a> {
    /// `addr-name`: the display name, possibly RFC 2047 encoded.
    pub fn name(&self) -> Option<&'a [u8]> {
        self.spans[0].get(self.block)
    }

    /// `addr-adl`: the source route (obsolete, nearly always NIL).
    pub fn adl(&self) -> Option<&'a [u8]> {
        self.spans[1].get(self.block)
    }

    /// `addr-mailbox`: the local part, or the group name of a group start marker.
    pub fn mailbox(&self) -> Option<&'a [u8]> {
        self.spans[2].get(self.block)
    }

    /// `addr-host`: the domain; NIL in group markers.
    pub fn host(&self) -> Option<&'a [u8]> {
        self.spans[3].get(self.block)
    }

    /// Whether this entry starts a group (NIL host, non-NIL mailbox holding the group name).
    pub fn is_group_start(&self) -> bool {
        self.spans[3].is_nil() && !self.spans[2].is_nil()
    }

    /// Whether this entry ends a group (NIL host and NIL mailbox).
    pub fn is_group_end(&self) -> bool {
        self.spans[3].is_nil() && self.spans[2].is_nil()
    }

    /// The display name with RFC 2047 encoded words decoded.
    pub fn name_decoded(&self) -> Option<String> {
        self.name().map(decode_encoded_words)
    }

    /// `mailbox@host` (lossily decoded), or just the mailbox when the host is NIL.
    pub fn email(&self) -> Option<String> {
        let mailbox = String::from_utf8_lossy(self.mailbox()?);
        Some(match self.host() {
            Some(host) => format!("{mailbox}@{}", String::from_utf8_lossy(host)),
            None => mailbox.into_owned(),
        })
    }

    /// The separate owned [`Address`].
    pub fn to_address(&self) -> Address {
        Address {
            name: self.name().map(ByteString::from_slice),
            adl: self.adl().map(|adl| Box::new(ByteString::from_slice(adl))),
            mailbox: self.mailbox().map(ByteString::from_slice),
            host: self.host().map(ByteString::from_slice),
        }
    }
}

impl fmt::Debug for AddressView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_address(), f)
    }
}

/// A packed BODY or BODYSTRUCTURE (see the [module docs](self)); [`PackedBody::view`] reads
/// it. Two are equal when their structures are, however each was packed.
#[derive(Clone)]
pub struct PackedBody {
    buf: Box<[u8]>,
    root: u32,
}

impl PackedBody {
    pub(crate) fn new(buf: Box<[u8]>, root: u32) -> PackedBody {
        PackedBody { buf, root }
    }

    /// The whole body (the message's top-level part).
    pub fn view(&self) -> BodyView<'_> {
        BodyView { item: Item { buf: &self.buf }, node: self.root }
    }

    /// Packs a body structure.
    pub fn from_body_structure(body: &BodyStructure) -> PackedBody {
        let mut packer = Packer::reused();
        let root = pack_body(&mut packer, body);
        PackedBody::new(packer.finish_reused(), root)
    }

    /// Bytes this value holds on the heap, for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.buf.len()
    }
}

impl fmt::Debug for PackedBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.view().to_body_structure(), f)
    }
}

impl PartialEq for PackedBody {
    fn eq(&self, other: &PackedBody) -> bool {
        self.view().to_body_structure() == other.view().to_body_structure()
    }
}

impl Eq for PackedBody {}

#[cfg(feature = "serde")]
impl serde::Serialize for PackedBody {
    /// As the [`BodyStructure`] it holds.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.view().to_body_structure().serialize(serializer)
    }
}

impl From<&BodyStructure> for PackedBody {
    fn from(body: &BodyStructure) -> PackedBody {
        PackedBody::from_body_structure(body)
    }
}

fn pack_params(packer: &mut Packer, params: &Params) -> Run {
    let pairs: Vec<[Span; 2]> = params.iter().map(|(k, v)| [packer.bytes(k.as_bytes()), packer.bytes(v)]).collect();
    Packer::run(&mut packer.params, pairs)
}

fn pack_ext(packer: &mut Packer, md5: Option<&[u8]>, common: &BodyExtension) -> ExtLayout {
    let (disposition, disposition_params) = match &common.disposition {
        Some(d) => (packer.bytes(d.kind.as_bytes()), pack_params(packer, &d.params)),
        None => (Span::NIL, Run::default()),
    };
    let language = match &common.language {
        Some(langs) => {
            let spans: Vec<Span> = langs.iter().map(|l| packer.bytes(l)).collect();
            Packer::run(&mut packer.strings, spans)
        }
        None => Run::NIL,
    };
    let location = packer.nstring(common.location.as_deref());
    let mut extra = Vec::new();
    for value in &common.extra {
        if !extra.is_empty() {
            extra.push(b' ');
        }
        value_wire(value, &mut extra);
    }
    ExtLayout {
        present: true,
        md5: packer.nstring(md5),
        disposition,
        disposition_params,
        language,
        location,
        extra: packer.bytes(&extra),
    }
}

/// A generic value as wire bytes that parse back to it (strings as literals).
fn value_wire(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Atom(atom) => out.extend_from_slice(atom.as_bytes()),
        Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
        Value::String(bytes) => {
            out.extend_from_slice(format!("{{{}}}\r\n", bytes.len()).as_bytes());
            out.extend_from_slice(bytes);
        }
        Value::Nil => out.extend_from_slice(b"NIL"),
        Value::List(items) => {
            out.push(b'(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                value_wire(item, out);
            }
            out.push(b')');
        }
    }
}

fn pack_body(packer: &mut Packer, body: &BodyStructure) -> u32 {
    let node = match body {
        BodyStructure::Multipart(multi) => {
            let children: Vec<u32> = multi.parts.iter().map(|p| pack_body(packer, p)).collect();
            let sub = Packer::run(&mut packer.children, children);
            let subtype = packer.bytes(multi.subtype.as_bytes());
            let params = pack_params(packer, &multi.params);
            let ext = multi.extension.as_ref().map_or(ExtLayout::NONE, |e| pack_ext(packer, None, e));
            Node::multipart(subtype, params, sub, ext)
        }
        BodyStructure::Single(part) => {
            let (kind, lines, sub) = match &part.kind {
                SinglePartKind::Basic => (NodeKind::Basic, 0, Run::default()),
                SinglePartKind::Text { lines } => (NodeKind::Text, *lines, Run::default()),
                SinglePartKind::Message(message) => {
                    let envelope = pack_envelope(packer, &message.envelope);
                    let envelope = Packer::run(&mut packer.envelopes, [envelope]).start;
                    let body = pack_body(packer, &message.body);
                    (NodeKind::Message, message.lines, Run { start: envelope, len: body })
                }
            };
            let f = &part.fields;
            let ext =
                part.extension.as_ref().map_or(ExtLayout::NONE, |e| pack_ext(packer, e.md5.as_deref(), &e.common));
            Node {
                kind,
                media_type: packer.bytes(part.media_type.as_bytes()),
                subtype: packer.bytes(part.subtype.as_bytes()),
                params: pack_params(packer, &f.params),
                id: packer.nstring(f.id.as_deref()),
                description: packer.nstring(f.description.as_deref()),
                encoding: packer.bytes(f.encoding.as_bytes()),
                octets: f.octets,
                lines,
                sub,
                ext,
            }
        }
    };
    packer.push_node(node)
}

/// One part of a packed body structure, borrowed: a single part (basic, text or
/// `message/rfc822`) or a multipart.
#[derive(Clone, Copy)]
pub struct BodyView<'a> {
    item: Item<'a>,
    node: u32,
}

/// A MIME parameter list (`body-fld-param`), borrowed: names as text, values raw.
#[derive(Clone, Copy)]
pub struct ParamsView<'a> {
    item: Item<'a>,
    run: Run,
}

impl<'a> ParamsView<'a> {
    /// How many parameters.
    pub fn len(&self) -> usize {
        self.run.len as usize
    }

    /// Whether there are none (or the list was NIL).
    pub fn is_empty(&self) -> bool {
        self.run.len == 0
    }

    /// The name/value pairs in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&'a str, &'a [u8])> + 'a {
        let (item, run) = (self.item, self.run);
        let block = item.block();
        (0..run.len).map(move |i| {
            let [k, v] = item.param(run.start + i);
            (k.text(block), v.get(block).unwrap_or_default())
        })
    }

    /// A parameter by name, case-insensitively.
    pub fn get(&self, name: &str) -> Option<&'a [u8]> {
        self.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value)
    }

    fn to_params(self) -> Params {
        self.iter().map(|(k, v)| (Text::copied(k), ByteString::from_slice(v))).collect::<Vec<_>>().into_boxed_slice()
    }
}

impl fmt::Debug for ParamsView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter().map(|(k, v)| (k, String::from_utf8_lossy(v)))).finish()
    }
}

/// `body-fld-dsp`: a disposition type (`attachment`, `inline`) with its parameters, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct DispositionView<'a> {
    /// The disposition type as sent.
    pub kind: &'a str,
    /// The parameters (`filename`, ...).
    pub params: ParamsView<'a>,
}

impl<'a> DispositionView<'a> {
    /// A parameter by name, case-insensitively (e.g. `filename`).
    pub fn param(&self, name: &str) -> Option<&'a [u8]> {
        self.params.get(name)
    }
}

impl<'a> BodyView<'a> {
    fn node(&self) -> Core {
        // Node indices come from the packer, so they are in range; a default keeps this total.
        self.item.node(self.node).unwrap_or(Core {
            kind: NodeKind::Basic,
            media_type: Span::default(),
            subtype: Span::default(),
            params: Run::default(),
            encoding: Span::default(),
            octets: 0,
            lines: 0,
            sub: Run::default(),
            details: NIL_LEN,
        })
    }

    fn details(&self) -> Option<Details> {
        self.item.details(self.node().details)
    }

    fn ext(&self) -> ExtLayout {
        self.details().map_or(ExtLayout::NONE, |d| d.ext)
    }

    fn block(&self) -> &'a [u8] {
        self.item.block()
    }

    fn params_of(&self, run: Run) -> ParamsView<'a> {
        ParamsView { item: self.item, run: if run.is_nil() { Run::default() } else { run } }
    }

    /// Whether this is a multipart.
    pub fn is_multipart(&self) -> bool {
        self.node().kind == NodeKind::Multipart
    }

    /// The media type as sent (`TEXT`, `image`, ...; `MULTIPART` for a multipart). Compare
    /// case-insensitively.
    pub fn media_type(&self) -> &'a str {
        if self.is_multipart() {
            "MULTIPART"
        } else {
            self.node().media_type.text(self.block())
        }
    }

    /// The media subtype as sent (`PLAIN`, `jpeg`, `MIXED`, ...).
    pub fn subtype(&self) -> &'a str {
        self.node().subtype.text(self.block())
    }

    /// `type/subtype`, lower-cased (`multipart/mixed` for multiparts).
    pub fn mime_type(&self) -> String {
        format!("{}/{}", self.media_type(), self.subtype()).to_ascii_lowercase()
    }

    /// The Content-Type parameters (`charset`, `name`; `boundary` of a multipart).
    pub fn params(&self) -> ParamsView<'a> {
        self.params_of(self.node().params)
    }

    /// A Content-Type parameter by name, case-insensitively.
    pub fn param(&self, name: &str) -> Option<&'a [u8]> {
        self.params().get(name)
    }

    /// `body-fld-id`: Content-ID (`None` for multiparts).
    pub fn id(&self) -> Option<&'a [u8]> {
        self.details()?.id.get(self.block())
    }

    /// `body-fld-desc`: Content-Description.
    pub fn description(&self) -> Option<&'a [u8]> {
        self.details()?.description.get(self.block())
    }

    /// `body-fld-enc`: Content-Transfer-Encoding as sent (empty for multiparts and NIL).
    pub fn encoding(&self) -> &'a str {
        self.node().encoding.text(self.block())
    }

    /// `body-fld-octets`: size of the encoded body (0 for multiparts).
    pub fn octets(&self) -> u64 {
        self.node().octets
    }

    /// `body-fld-lines` of a `text/*` or `message/rfc822` part.
    pub fn lines(&self) -> Option<u64> {
        matches!(self.node().kind, NodeKind::Text | NodeKind::Message).then_some(self.node().lines)
    }

    /// The child parts of a multipart, in order (part numbers 1, 2, ...); none for a single
    /// part.
    pub fn children(&self) -> impl ExactSizeIterator<Item = BodyView<'a>> + 'a {
        let item = self.item;
        let run = if self.is_multipart() { self.node().sub } else { Run::default() };
        (0..run.len).map(move |i| BodyView { item, node: item.child(run.start + i) })
    }

    /// The encapsulated message of a `message/rfc822` part: its envelope and body.
    pub fn message(&self) -> Option<(EnvelopeView<'a>, BodyView<'a>)> {
        let node = self.node();
        if node.kind != NodeKind::Message {
            return None;
        }
        let envelope = EnvelopeView { item: self.item, layout: self.item.envelope(node.sub.start) };
        Some((envelope, BodyView { item: self.item, node: node.sub.len }))
    }

    /// Whether the server sent extension data (BODYSTRUCTURE) that was not all NIL.
    pub fn has_extension(&self) -> bool {
        self.ext().present
    }

    /// `body-fld-md5`: Content-MD5 of a single part.
    pub fn md5(&self) -> Option<&'a [u8]> {
        self.ext().md5.get(self.block())
    }

    /// `body-fld-dsp`: Content-Disposition.
    pub fn disposition(&self) -> Option<DispositionView<'a>> {
        let ext = self.ext();
        let kind = std::str::from_utf8(ext.disposition.get(self.block())?).unwrap_or_default();
        Some(DispositionView { kind, params: self.params_of(ext.disposition_params) })
    }

    /// `body-fld-lang`: Content-Language, one string or a list; `None` for NIL or absent.
    pub fn language(&self) -> Option<impl ExactSizeIterator<Item = &'a [u8]> + 'a> {
        let ext = self.ext();
        if ext.language.is_nil() {
            return None;
        }
        let (item, run) = (self.item, ext.language);
        let block = item.block();
        Some((0..run.len).map(move |i| item.string(run.start + i).get(block).unwrap_or_default()))
    }

    /// `body-fld-loc`: Content-Location.
    pub fn location(&self) -> Option<&'a [u8]> {
        self.ext().location.get(self.block())
    }

    /// Further `body-extension` data, parsed into generic values.
    pub fn extra(&self) -> Vec<Value> {
        crate::parse::extension_values(self.ext().extra.get(self.block()).unwrap_or_default())
    }

    /// The part with the given IMAP part number (`"1.2.3"`, RFC 3501 section 6.4.5), taking
    /// this part as the body of a message (see [`BodyStructure::part`]).
    pub fn part(&self, number: &str) -> Option<BodyView<'a>> {
        if number.is_empty() {
            return Some(*self);
        }
        let mut path = Vec::new();
        for piece in number.split('.') {
            path.push(piece.parse::<u32>().ok().filter(|&n| n > 0)?);
        }
        self.part_by_path(&path)
    }

    /// Like [`BodyView::part`], with the part number as numbers.
    pub fn part_by_path(&self, path: &[u32]) -> Option<BodyView<'a>> {
        let Some((&n, rest)) = path.split_first() else { return Some(*self) };
        let child = if self.is_multipart() {
            self.nth(n)?
        } else if n == 1 {
            *self
        } else {
            return None;
        };
        child.within_part(rest)
    }

    fn nth(&self, n: u32) -> Option<BodyView<'a>> {
        self.children().nth(usize::try_from(n).ok()?.checked_sub(1)?)
    }

    fn within_part(&self, path: &[u32]) -> Option<BodyView<'a>> {
        let Some((&n, rest)) = path.split_first() else { return Some(*self) };
        if self.is_multipart() {
            return self.nth(n)?.within_part(rest);
        }
        self.message()?.1.part_by_path(path)
    }

    /// Every part with its IMAP part number, depth first, including multiparts and the
    /// parts of encapsulated messages (the whole body is not listed).
    pub fn parts(&self) -> Vec<(String, BodyView<'a>)> {
        let mut out = Vec::new();
        self.collect_message_parts("", &mut out);
        out
    }

    fn collect_message_parts(&self, prefix: &str, out: &mut Vec<(String, BodyView<'a>)>) {
        if self.is_multipart() {
            return self.collect_children(prefix, out);
        }
        let number = join(prefix, 1);
        out.push((number.clone(), *self));
        if let Some((_, body)) = self.message() {
            body.collect_message_parts(&number, out);
        }
    }

    fn collect_children(&self, prefix: &str, out: &mut Vec<(String, BodyView<'a>)>) {
        for (i, child) in self.children().enumerate() {
            let number = join(prefix, i + 1);
            out.push((number.clone(), child));
            if child.is_multipart() {
                child.collect_children(&number, out);
            } else if let Some((_, body)) = child.message() {
                body.collect_message_parts(&number, out);
            }
        }
    }

    fn extension(&self) -> BodyExtension {
        BodyExtension {
            disposition: self
                .disposition()
                .map(|d| Disposition { kind: Text::copied(d.kind), params: d.params.to_params() }),
            language: self.language().map(|langs| langs.map(ByteString::from_slice).collect()),
            location: self.location().map(ByteString::from_slice),
            extra: self.extra(),
        }
    }

    /// The separate owned [`BodyStructure`] of this part and everything below it.
    pub fn to_body_structure(&self) -> BodyStructure {
        let node = self.node();
        if node.kind == NodeKind::Multipart {
            return BodyStructure::Multipart(Box::new(Multipart {
                parts: self.children().map(|c| c.to_body_structure()).collect(),
                subtype: Text::copied(self.subtype()),
                params: self.params().to_params(),
                extension: self.has_extension().then(|| Box::new(self.extension())),
            }));
        }
        let kind = match node.kind {
            NodeKind::Text => SinglePartKind::Text { lines: node.lines },
            NodeKind::Message => match self.message() {
                Some((envelope, body)) => SinglePartKind::Message(Box::new(MessagePart {
                    envelope: envelope.to_envelope(),
                    body: body.to_body_structure(),
                    lines: node.lines,
                })),
                None => SinglePartKind::Basic,
            },
            _ => SinglePartKind::Basic,
        };
        BodyStructure::Single(Box::new(SinglePart {
            media_type: Text::copied(self.media_type()),
            subtype: Text::copied(self.subtype()),
            fields: BodyFields {
                params: self.params().to_params(),
                id: self.id().map(ByteString::from_slice),
                description: self.description().map(ByteString::from_slice),
                encoding: Text::copied(self.encoding()),
                octets: node.octets,
            },
            kind,
            extension: self.has_extension().then(|| {
                Box::new(SinglePartExtension { md5: self.md5().map(ByteString::from_slice), common: self.extension() })
            }),
        }))
    }
}

impl PartialEq for BodyView<'_> {
    /// Equal structures (this part and everything below it).
    fn eq(&self, other: &BodyView<'_>) -> bool {
        self.to_body_structure() == other.to_body_structure()
    }
}

impl Eq for BodyView<'_> {}

impl fmt::Debug for BodyView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_body_structure(), f)
    }
}

fn join(prefix: &str, n: usize) -> String {
    if prefix.is_empty() {
        n.to_string()
    } else {
        format!("{prefix}.{n}")
    }
}
