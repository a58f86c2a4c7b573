//! Borrowed forms of the FETCH data: what [`crate::parse::parse_response_ref`] builds.
//!
//! Strings point into the frame the response was parsed from (or into the
//! [`crate::parse::Arena`] when a quoted string had escapes to remove), and every list and
//! node lives in the arena: parsing a FETCH response this way makes no heap allocation in
//! the steady state, and dropping it costs nothing (the arena is reset as a whole). Each type
//! mirrors an owned one and has an `into_owned` conversion giving exactly what
//! [`crate::parse::parse_response`] gives for the same bytes.
//!
//! Strings are the bytes as sent (unescaped): the fields that are [`Text`] in
//! the owned types (media types, encodings, parameter names) are decoded lossily only by
//! `into_owned`, so that parsing validates nothing it need not. Flags and the internal date
//! are `&str`, like the owned forms' text.

use std::sync::Arc;

use super::packed::{AddressSpans, EnvelopeLayout, ExtLayout, Node, NodeKind, Packer, Run, Span};

use super::{
    Address, AddressList, BodyExtension, BodyFields, BodySection, BodyStructure, ByteString, Disposition, Envelope,
    Fetch, FetchAttr, Flag, MessagePart, Multipart, PackedBody, PackedEnvelope, Params, RawDate, Response, SinglePart,
    SinglePartExtension, SinglePartKind, Text, Untagged,
};

/// A borrowed [`Address`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddressRef<'a> {
    /// `addr-name`: the display name, possibly RFC 2047 encoded.
    pub name: Option<&'a [u8]>,
    /// `addr-adl`: the obsolete source route.
    pub adl: Option<&'a [u8]>,
    /// `addr-mailbox`: the local part, or a group name / group end marker.
    pub mailbox: Option<&'a [u8]>,
    /// `addr-host`: the domain; NIL in group markers.
    pub host: Option<&'a [u8]>,
}

impl AddressRef<'_> {
    /// The owned [`Address`].
    pub fn into_owned(self) -> Address {
        Address {
            name: owned(self.name),
            adl: owned(self.adl).map(Box::new),
            mailbox: owned(self.mailbox),
            host: owned(self.host),
        }
    }
}

/// A borrowed [`Envelope`]. Address lists are slices, empty for NIL.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EnvelopeRef<'a> {
    /// `env-date`, as sent.
    pub date: Option<&'a [u8]>,
    /// `env-subject`, as sent (possibly RFC 2047 encoded).
    pub subject: Option<&'a [u8]>,
    /// `env-from`.
    pub from: &'a [AddressRef<'a>],
    /// `env-sender`.
    pub sender: &'a [AddressRef<'a>],
    /// `env-reply-to`.
    pub reply_to: &'a [AddressRef<'a>],
    /// `env-to`.
    pub to: &'a [AddressRef<'a>],
    /// `env-cc`.
    pub cc: &'a [AddressRef<'a>],
    /// `env-bcc`.
    pub bcc: &'a [AddressRef<'a>],
    /// `env-in-reply-to`.
    pub in_reply_to: Option<&'a [u8]>,
    /// `env-message-id`.
    pub message_id: Option<&'a [u8]>,
}

impl<'a> EnvelopeRef<'a> {
    /// The owned [`Envelope`]. Lists that are one slice (sender and reply-to the parser found
    /// equal to from) share one allocation, as the owned parser's do.
    pub fn into_owned(self) -> Envelope {
        let mut done: Vec<(&'a [AddressRef<'a>], AddressList)> = Vec::new();
        let mut list = |refs: &'a [AddressRef<'a>]| -> AddressList {
            if refs.is_empty() {
                return AddressList::new();
            }
            if let Some((_, shared)) = done.iter().find(|(seen, _)| std::ptr::eq(*seen, refs)) {
                return shared.clone();
            }
            let made: Arc<[Address]> = refs.iter().map(|a| a.into_owned()).collect();
            let made = AddressList::from(made);
            done.push((refs, made.clone()));
            made
        };
        Envelope {
            date: owned(self.date),
            subject: owned(self.subject),
            from: list(self.from),
            sender: list(self.sender),
            reply_to: list(self.reply_to),
            to: list(self.to),
            cc: list(self.cc),
            bcc: list(self.bcc),
            in_reply_to: owned(self.in_reply_to),
            message_id: owned(self.message_id),
        }
    }
}

/// A borrowed [`BodyStructure`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyRef<'a> {
    /// A single part.
    Single(&'a SinglePartRef<'a>),
    /// A multipart.
    Multipart(&'a MultipartRef<'a>),
}

impl BodyRef<'_> {
    /// The owned [`BodyStructure`].
    pub fn into_owned(self) -> BodyStructure {
        match self {
            BodyRef::Single(part) => BodyStructure::Single(Box::new(part.into_owned())),
            BodyRef::Multipart(multi) => BodyStructure::Multipart(Box::new(multi.into_owned())),
        }
    }
}

/// Borrowed `body-fld-param` name/value pairs (empty for NIL).
pub type ParamsRef<'a> = &'a [(&'a [u8], &'a [u8])];

/// A borrowed [`BodyFields`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BodyFieldsRef<'a> {
    /// `body-fld-param`.
    pub params: ParamsRef<'a>,
    /// `body-fld-id`.
    pub id: Option<&'a [u8]>,
    /// `body-fld-desc`.
    pub description: Option<&'a [u8]>,
    /// `body-fld-enc` (empty for NIL).
    pub encoding: &'a [u8],
    /// `body-fld-octets`.
    pub octets: u64,
}

/// A borrowed [`SinglePartKind`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SinglePartKindRef<'a> {
    /// Any other type.
    Basic,
    /// `text/*` with its line count.
    Text {
        /// `body-fld-lines`.
        lines: u64,
    },
    /// `message/rfc822` (or `message/global`).
    Message(&'a MessagePartRef<'a>),
}

/// A borrowed [`MessagePart`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MessagePartRef<'a> {
    /// The enclosed message's envelope.
    pub envelope: EnvelopeRef<'a>,
    /// The enclosed message's body structure.
    pub body: BodyRef<'a>,
    /// `body-fld-lines`.
    pub lines: u64,
}

/// A borrowed [`SinglePart`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SinglePartRef<'a> {
    /// `media-type` (empty for NIL).
    pub media_type: &'a [u8],
    /// `media-subtype` (empty for NIL).
    pub subtype: &'a [u8],
    /// `body-fields`.
    pub fields: BodyFieldsRef<'a>,
    /// What follows the fields, by type.
    pub kind: SinglePartKindRef<'a>,
    /// `body-ext-1part`, when any of it is not NIL.
    pub extension: Option<&'a SinglePartExtensionRef<'a>>,
}

impl SinglePartRef<'_> {
    /// The owned [`SinglePart`].
    pub fn into_owned(&self) -> SinglePart {
        let f = &self.fields;
        SinglePart {
            media_type: Text::from_utf8_lossy(self.media_type),
            subtype: Text::from_utf8_lossy(self.subtype),
            fields: BodyFields {
                params: params(f.params),
                id: owned(f.id),
                description: owned(f.description),
                encoding: Text::from_utf8_lossy(f.encoding),
                octets: f.octets,
            },
            kind: match self.kind {
                SinglePartKindRef::Basic => SinglePartKind::Basic,
                SinglePartKindRef::Text { lines } => SinglePartKind::Text { lines },
                SinglePartKindRef::Message(m) => SinglePartKind::Message(Box::new(MessagePart {
                    envelope: m.envelope.into_owned(),
                    body: m.body.into_owned(),
                    lines: m.lines,
                })),
            },
            extension: self
                .extension
                .map(|ext| Box::new(SinglePartExtension { md5: owned(ext.md5), common: ext.common.into_owned() })),
        }
    }
}

/// A borrowed [`SinglePartExtension`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SinglePartExtensionRef<'a> {
    /// `body-fld-md5`.
    pub md5: Option<&'a [u8]>,
    /// Disposition, language, location and further data.
    pub common: BodyExtensionRef<'a>,
}

/// A borrowed [`Multipart`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MultipartRef<'a> {
    /// The parts, in order.
    pub parts: &'a [BodyRef<'a>],
    /// `media-subtype` (`mixed`, `alternative`, ...).
    pub subtype: &'a [u8],
    /// `body-fld-param` of `body-ext-mpart`.
    pub params: ParamsRef<'a>,
    /// The rest of `body-ext-mpart`, when any of it is not NIL.
    pub extension: Option<&'a BodyExtensionRef<'a>>,
}

impl MultipartRef<'_> {
    /// The owned [`Multipart`].
    pub fn into_owned(&self) -> Multipart {
        Multipart {
            parts: self.parts.iter().map(|p| p.into_owned()).collect(),
            subtype: Text::from_utf8_lossy(self.subtype),
            params: params(self.params),
            extension: self.extension.map(|ext| Box::new(ext.into_owned())),
        }
    }
}

/// A borrowed [`BodyExtension`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BodyExtensionRef<'a> {
    /// `body-fld-dsp`.
    pub disposition: Option<DispositionRef<'a>>,
    /// `body-fld-lang`.
    pub language: Option<&'a [&'a [u8]]>,
    /// `body-fld-loc`.
    pub location: Option<&'a [u8]>,
    /// Any further `body-extension` values, as their wire bytes (empty when none); the owned
    /// form parses them into generic values.
    pub extra: &'a [u8],
}

impl BodyExtensionRef<'_> {
    /// The owned [`BodyExtension`].
    pub fn into_owned(&self) -> BodyExtension {
        BodyExtension {
            disposition: self
                .disposition
                .map(|d| Disposition { kind: Text::from_utf8_lossy(d.kind), params: params(d.params) }),
            language: self.language.map(|langs| langs.iter().map(|l| ByteString::from_slice(l)).collect()),
            location: owned(self.location),
            extra: crate::parse::extension_values(self.extra),
        }
    }
}

/// A borrowed [`Disposition`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DispositionRef<'a> {
    /// The disposition type as sent.
    pub kind: &'a [u8],
    /// Its parameters.
    pub params: ParamsRef<'a>,
}

impl EnvelopeRef<'_> {
    /// Packed, as the owned parse keeps it ([`FetchAttr::Envelope`]).
    pub fn to_packed(&self) -> PackedEnvelope {
        let mut packer = Packer::reused();
        let layout = pack_envelope(&mut packer, self);
        packer.envelopes.push(layout);
        PackedEnvelope::new(packer.finish_reused())
    }
}

impl BodyRef<'_> {
    /// Packed, as the owned parse keeps it ([`FetchAttr::BodyStructure`]).
    pub fn to_packed(&self) -> PackedBody {
        let mut packer = Packer::reused();
        let root = pack_body(&mut packer, *self);
        PackedBody::new(packer.finish_reused(), root)
    }
}

fn pack_envelope(packer: &mut Packer, e: &EnvelopeRef<'_>) -> EnvelopeLayout {
    let all = [e.from, e.sender, e.reply_to, e.to, e.cc, e.bcc];
    let mut lists = [Run::default(); 6];
    for i in 0..all.len() {
        // Sender and reply-to repeating from are one slice: one run too.
        if let Some(same) = (0..i).find(|&j| !all[j].is_empty() && std::ptr::eq(all[j], all[i])) {
            lists[i] = lists[same];
            continue;
        }
        let spans: Vec<AddressSpans> = all[i]
            .iter()
            .map(|a| [packer.nstring(a.name), packer.nstring(a.adl), packer.nstring(a.mailbox), packer.nstring(a.host)])
            .collect();
        lists[i] = Packer::run(&mut packer.addresses, spans);
    }
    EnvelopeLayout {
        date: packer.nstring(e.date),
        subject: packer.nstring(e.subject),
        in_reply_to: packer.nstring(e.in_reply_to),
        message_id: packer.nstring(e.message_id),
        lists,
    }
}

fn pack_params(packer: &mut Packer, params: ParamsRef<'_>) -> Run {
    let pairs: Vec<[Span; 2]> = params.iter().map(|(k, v)| [packer.text(k), packer.bytes(v)]).collect();
    Packer::run(&mut packer.params, pairs)
}

fn pack_ext(packer: &mut Packer, md5: Option<&[u8]>, ext: &BodyExtensionRef<'_>) -> ExtLayout {
    let (disposition, disposition_params) = match ext.disposition {
        Some(d) => (packer.text(d.kind), pack_params(packer, d.params)),
        None => (Span::NIL, Run::default()),
    };
    let language = match ext.language {
        Some(langs) => {
            let spans: Vec<Span> = langs.iter().map(|l| packer.bytes(l)).collect();
            Packer::run(&mut packer.strings, spans)
        }
        None => Run::NIL,
    };
    ExtLayout {
        present: true,
        md5: packer.nstring(md5),
        disposition,
        disposition_params,
        language,
        location: packer.nstring(ext.location),
        extra: packer.bytes(ext.extra),
    }
}

fn pack_body(packer: &mut Packer, body: BodyRef<'_>) -> u32 {
    let node = match body {
        BodyRef::Multipart(multi) => {
            let children: Vec<u32> = multi.parts.iter().map(|p| pack_body(packer, *p)).collect();
            let sub = Packer::run(&mut packer.children, children);
            let subtype = packer.text(multi.subtype);
            let params = pack_params(packer, multi.params);
            let ext = multi.extension.map_or(ExtLayout::NONE, |e| pack_ext(packer, None, e));
            Node::multipart(subtype, params, sub, ext)
        }
        BodyRef::Single(part) => {
            let (kind, lines, sub) = match part.kind {
                SinglePartKindRef::Basic => (NodeKind::Basic, 0, Run::default()),
                SinglePartKindRef::Text { lines } => (NodeKind::Text, lines, Run::default()),
                SinglePartKindRef::Message(message) => {
                    let envelope = pack_envelope(packer, &message.envelope);
                    let envelope = Packer::run(&mut packer.envelopes, [envelope]).start;
                    let body = pack_body(packer, message.body);
                    (NodeKind::Message, message.lines, Run { start: envelope, len: body })
                }
            };
            let f = &part.fields;
            let ext = part.extension.map_or(ExtLayout::NONE, |e| pack_ext(packer, e.md5, &e.common));
            Node {
                kind,
                media_type: packer.text(part.media_type),
                subtype: packer.text(part.subtype),
                params: pack_params(packer, f.params),
                id: packer.nstring(f.id),
                description: packer.nstring(f.description),
                encoding: packer.text(f.encoding),
                octets: f.octets,
                lines,
                sub,
                ext,
            }
        }
    };
    packer.push_node(node)
}

fn owned(bytes: Option<&[u8]>) -> Option<ByteString> {
    bytes.map(ByteString::from_slice)
}

fn params(pairs: ParamsRef<'_>) -> Params {
    pairs.iter().map(|(name, value)| (Text::from_utf8_lossy(name), ByteString::from_slice(value))).collect()
}

/// A response parsed by [`crate::parse::parse_response_ref`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseRef<'a> {
    /// A FETCH response, borrowed.
    Fetch(FetchRef<'a>),
    /// Any other response, owned.
    Other(Response),
}

impl ResponseRef<'_> {
    /// The owned [`Response`], equal to what [`crate::parse::parse_response`] gives.
    pub fn into_owned(self) -> Response {
        match self {
            ResponseRef::Fetch(fetch) => Response::Untagged(Untagged::Fetch(fetch.into_owned())),
            ResponseRef::Other(response) => response,
        }
    }
}

/// A borrowed [`Fetch`]: one `* n FETCH (...)` response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchRef<'a> {
    /// The message sequence number.
    pub seq: u32,
    /// The data items in the order sent.
    pub attrs: &'a [FetchAttrRef<'a>],
}

impl<'a> FetchRef<'a> {
    /// `UID`, if present.
    pub fn uid(&self) -> Option<u32> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttrRef::Uid(uid) => Some(*uid),
            _ => None,
        })
    }

    /// `FLAGS`, if present.
    pub fn flags(&self) -> Option<&'a [&'a str]> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttrRef::Flags(flags) => Some(*flags),
            _ => None,
        })
    }

    /// `ENVELOPE`, if present.
    pub fn envelope(&self) -> Option<&'a EnvelopeRef<'a>> {
        self.attrs.iter().find_map(|a| match a {
            FetchAttrRef::Envelope(envelope) => Some(*envelope),
            _ => None,
        })
    }

    /// `BODYSTRUCTURE` (or else `BODY`), if present.
    pub fn body_structure(&self) -> Option<BodyRef<'a>> {
        let find = |structure: bool| {
            self.attrs.iter().find_map(|a| match a {
                FetchAttrRef::BodyStructure(body) if structure => Some(*body),
                FetchAttrRef::Body(body) if !structure => Some(*body),
                _ => None,
            })
        };
        find(true).or_else(|| find(false))
    }

    /// The owned [`Fetch`], equal to what [`crate::parse::parse_response`] gives.
    pub fn into_owned(self) -> Fetch {
        Fetch { seq: self.seq, attrs: self.attrs.iter().map(|a| a.into_owned()).collect() }
    }
}

/// A borrowed [`FetchAttr`]: the common items typed, the rest kept as wire bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchAttrRef<'a> {
    /// `FLAGS`, each flag as sent (`\Seen`, `$Junk`); [`Flag::from_wire`] types one.
    Flags(&'a [&'a str]),
    /// `INTERNALDATE`, as sent (see [`RawDate`]).
    InternalDate(&'a str),
    /// `RFC822.SIZE`.
    Rfc822Size(u64),
    /// `UID`.
    Uid(u32),
    /// `MODSEQ`.
    ModSeq(u64),
    /// `ENVELOPE`.
    Envelope(&'a EnvelopeRef<'a>),
    /// `BODYSTRUCTURE`.
    BodyStructure(BodyRef<'a>),
    /// `BODY` (the non-extensible structure).
    Body(BodyRef<'a>),
    /// `BODY[section]<origin>` with its data, borrowed from the frame.
    BodySection {
        /// The section as sent, brackets included (`[]`, `[1.2.MIME]`, `[HEADER.FIELDS (From)]`).
        section: &'a [u8],
        /// The origin of a partial fetch.
        origin: Option<u32>,
        /// The data; `None` for NIL.
        data: Option<&'a [u8]>,
    },
    /// `RFC822`, `RFC822.HEADER` or `RFC822.TEXT` (see [`Rfc822Part`]) with its data.
    Rfc822 {
        /// Which of the three.
        part: Rfc822Part,
        /// The data; `None` for NIL.
        data: Option<&'a [u8]>,
    },
    /// Any other item (BINARY, EMAILID, X-GM-LABELS, an unknown one, or a known one in an odd
    /// shape), as its wire bytes from the name to the end of the value. It was parsed and
    /// found valid; [`FetchAttrRef::into_owned`] parses it again into a [`FetchAttr`] (bytes
    /// that do not parse, or nest deeper than 1,000 levels, give [`FetchAttr::Other`] named
    /// after the whole bytes, with a NIL value).
    Other(&'a [u8]),
    /// A known item whose value is not of its type (Q-FETCH), as
    /// [`FetchAttr::Unparsed`]: its name, its value's bytes and what was expected.
    Unparsed {
        /// The item's name as sent (`BODY[...]`).
        name: &'a [u8],
        /// The value's bytes.
        raw: &'a [u8],
        /// What the parser expected.
        expected: &'static str,
    },
}

/// Which `RFC822` item a [`FetchAttrRef::Rfc822`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Rfc822Part {
    /// `RFC822`: the whole message.
    Message,
    /// `RFC822.HEADER`.
    Header,
    /// `RFC822.TEXT`.
    Text,
}

impl FetchAttrRef<'_> {
    /// The owned [`FetchAttr`].
    pub fn into_owned(&self) -> FetchAttr {
        match *self {
            FetchAttrRef::Flags(flags) => FetchAttr::Flags(flags.iter().map(|f| Flag::from_wire(f)).collect()),
            FetchAttrRef::InternalDate(raw) => FetchAttr::InternalDate(RawDate { raw: Text::copied(raw) }),
            FetchAttrRef::Rfc822Size(size) => FetchAttr::Rfc822Size(size),
            FetchAttrRef::Uid(uid) => FetchAttr::Uid(uid),
            FetchAttrRef::ModSeq(modseq) => FetchAttr::ModSeq(modseq),
            FetchAttrRef::Envelope(envelope) => FetchAttr::Envelope(envelope.to_packed()),
            FetchAttrRef::BodyStructure(body) => FetchAttr::BodyStructure(body.to_packed()),
            FetchAttrRef::Body(body) => FetchAttr::Body(body.to_packed()),
            FetchAttrRef::BodySection { section, origin, data } => FetchAttr::BodySection(Box::new(BodySection {
                section: crate::parse::section_of(section),
                origin,
                data: data.map(<[u8]>::to_vec),
            })),
            FetchAttrRef::Rfc822 { part, data } => {
                let data = data.map(<[u8]>::to_vec);
                match part {
                    Rfc822Part::Message => FetchAttr::Rfc822(data),
                    Rfc822Part::Header => FetchAttr::Rfc822Header(data),
                    Rfc822Part::Text => FetchAttr::Rfc822Text(data),
                }
            }
            FetchAttrRef::Other(raw) => crate::parse::fetch_attr_of(raw),
            FetchAttrRef::Unparsed { name, raw, expected } => {
                FetchAttr::Unparsed(Box::new(crate::types::UnparsedAttr {
                    name: String::from_utf8_lossy(name).into_owned(),
                    raw: raw.to_vec(),
                    expected: expected.to_owned(),
                }))
            }
        }
    }
}
