//! The builder of packed values ([`crate::types::packed`]): what the owned parse keeps of
//! an ENVELOPE, BODY or BODYSTRUCTURE.

use std::cell::RefCell;

use super::body::{body, envelope};
use super::build::{Build, EnvelopeParts, ExtParts, FieldParts, KindParts, MultiParts, SingleParts};
use super::core::{In, PResult, ShortList};
use crate::types::packed::{
    AddressSpans, EnvelopeLayout, ExtLayout, Node, NodeKind, PackedBody, PackedEnvelope, Packer, Run, Span,
};

/// Packs one item as the grammar reads it.
pub(crate) struct Pack {
    packer: RefCell<Packer>,
}

impl Pack {
    fn new() -> Pack {
        Pack { packer: RefCell::new(Packer::reused()) }
    }

    /// `envelope`, packed.
    pub fn envelope(input: &mut In<'_>, depth: usize) -> PResult<PackedEnvelope> {
        let b = Pack::new();
        let layout = envelope(&b, input, depth)?;
        let mut packer = b.packer.into_inner();
        // An envelope item holds no other envelope: this is record 0.
        packer.envelopes.push(layout);
        Ok(PackedEnvelope::new(packer.finish_reused()))
    }

    /// `body`, packed.
    pub fn body(input: &mut In<'_>, depth: usize) -> PResult<PackedBody> {
        let b = Pack::new();
        let root = body(&b, input, depth)?;
        Ok(PackedBody::new(b.packer.into_inner().finish_reused(), root))
    }

    fn ext(&self, md5: Option<Span>, ext: ExtParts<'_, Self>) -> ExtLayout {
        let (disposition, disposition_params) = ext.disposition.unwrap_or((Span::NIL, Run::default()));
        ExtLayout {
            present: true,
            md5: md5.unwrap_or(Span::NIL),
            disposition,
            disposition_params,
            language: ext.language.unwrap_or(Run::NIL),
            location: ext.location.unwrap_or(Span::NIL),
            extra: self.packer.borrow_mut().bytes(ext.extra_raw),
        }
    }
}

/// The items of a short list, in order.
fn items<T: Copy, const N: usize>(list: &ShortList<T, N>) -> impl Iterator<Item = T> + '_ {
    (0..list.len()).filter_map(|i| list.get(i).copied())
}

impl<'a> Build<'a> for Pack {
    type Bytes = Span;
    type Text = Span;
    type Address = AddressSpans;
    type Addresses = Run;
    type Envelope = EnvelopeLayout;
    type Params = Run;
    type Disposition = (Span, Run);
    type Languages = Run;
    type Body = u32;

    #[inline(always)]
    fn bytes(&self, raw: &'a [u8]) -> Span {
        self.packer.borrow_mut().bytes(raw)
    }

    fn bytes_owned(&self, raw: Vec<u8>) -> Span {
        self.packer.borrow_mut().bytes(&raw)
    }

    #[inline(always)]
    fn text(&self, raw: &'a [u8]) -> Span {
        self.packer.borrow_mut().text(raw)
    }

    fn text_owned(&self, raw: Vec<u8>) -> Span {
        self.packer.borrow_mut().text(&raw)
    }

    fn text_eq(&self, text: &Span, name: &[u8]) -> bool {
        text.get(&self.packer.borrow().block).unwrap_or_default().eq_ignore_ascii_case(name)
    }

    fn address(&self, parts: [Option<Span>; 4]) -> AddressSpans {
        parts.map(|part| part.unwrap_or(Span::NIL))
    }

    fn addresses(&self, list: ShortList<AddressSpans, 4>) -> Run {
        Packer::run(&mut self.packer.borrow_mut().addresses, items(&list))
    }

    fn addresses_empty(list: &Run) -> bool {
        list.len == 0
    }

    fn envelope(&self, parts: EnvelopeParts<'a, Self>) -> EnvelopeLayout {
        let EnvelopeParts { date, subject, lists, in_reply_to, message_id } = parts;
        EnvelopeLayout {
            date: date.unwrap_or(Span::NIL),
            subject: subject.unwrap_or(Span::NIL),
            in_reply_to: in_reply_to.unwrap_or(Span::NIL),
            message_id: message_id.unwrap_or(Span::NIL),
            lists,
        }
    }

    fn params(&self, list: ShortList<(Span, Span), 2>) -> Run {
        Packer::run(&mut self.packer.borrow_mut().params, items(&list).map(|(k, v)| [k, v]))
    }

    fn disposition(&self, kind: Span, params: Run) -> (Span, Run) {
        (kind, params)
    }

    fn languages(&self, list: ShortList<Span, 2>) -> Run {
        Packer::run(&mut self.packer.borrow_mut().strings, items(&list))
    }

    fn single_part(&self, parts: SingleParts<'a, Self>) -> u32 {
        let SingleParts { media_type, subtype, fields, kind, extension } = parts;
        let FieldParts { params, id, description, encoding, octets } = fields;
        let (kind, lines, sub) = match kind {
            KindParts::Basic => (NodeKind::Basic, 0, Run::default()),
            KindParts::Text { lines } => (NodeKind::Text, lines, Run::default()),
            KindParts::Message { envelope, body, lines } => {
                let index = Packer::run(&mut self.packer.borrow_mut().envelopes, [envelope]).start;
                (NodeKind::Message, lines, Run { start: index, len: body })
            }
        };
        let ext = match extension {
            Some((md5, common)) => self.ext(md5, common),
            None => ExtLayout::NONE,
        };
        let node = Node {
            kind,
            media_type,
            subtype,
            params,
            id: id.unwrap_or(Span::NIL),
            description: description.unwrap_or(Span::NIL),
            encoding,
            octets,
            lines,
            sub,
            ext,
        };
        self.packer.borrow_mut().push_node(node)
    }

    fn multipart(&self, parts: MultiParts<'a, Self>) -> u32 {
        let MultiParts { parts, subtype, params, extension } = parts;
        let sub = Packer::run(&mut self.packer.borrow_mut().children, items(&parts));
        let ext = match extension {
            Some(common) => self.ext(None, common),
            None => ExtLayout::NONE,
        };
        let node = Node::multipart(subtype, params, sub, ext);
        self.packer.borrow_mut().push_node(node)
    }
}
