//! What the shared grammar of `envelope` and `body` builds.
//!
//! The grammar in [`super::body`] is written once, generic over a [`Build`]er that turns
//! the pieces it recognised into values: [`super::pack::Pack`] packs them into the owned
//! values of [`crate::types::packed`] (what a session keeps), [`super::borrowed::Arena`]
//! builds the borrowed types of [`crate::types::borrowed`] in a bump arena, pointing into
//! the frame. Both read exactly the same bytes the same way, quirks included; only the
//! results differ.

use super::core::ShortList;
use crate::types::Value;

/// The fields of an `envelope`, in wire order; address lists are from, sender, reply-to,
/// to, cc, bcc.
pub(crate) struct EnvelopeParts<'a, B: Build<'a> + ?Sized> {
    pub date: Option<B::Bytes>,
    pub subject: Option<B::Bytes>,
    pub lists: [B::Addresses; 6],
    pub in_reply_to: Option<B::Bytes>,
    pub message_id: Option<B::Bytes>,
}

/// `body-fields`.
pub(crate) struct FieldParts<'a, B: Build<'a> + ?Sized> {
    pub params: B::Params,
    pub id: Option<B::Bytes>,
    pub description: Option<B::Bytes>,
    pub encoding: B::Text,
    pub octets: u64,
}

/// What follows the fields of a single part, by media type.
pub(crate) enum KindParts<'a, B: Build<'a> + ?Sized> {
    Basic,
    Text { lines: u64 },
    Message { envelope: B::Envelope, body: B::Body, lines: u64 },
}

/// `body-fld-dsp SP body-fld-lang SP body-fld-loc *(SP body-extension)`.
pub(crate) struct ExtParts<'a, B: Build<'a> + ?Sized> {
    pub disposition: Option<B::Disposition>,
    pub language: Option<B::Languages>,
    pub location: Option<B::Bytes>,
    /// The further extension values, parsed.
    pub extra: Vec<Value>,
    /// The same values as their wire bytes (empty when there are none).
    pub extra_raw: &'a [u8],
}

impl<'a, B: Build<'a> + ?Sized> ExtParts<'a, B> {
    /// Nothing at all: every field NIL or absent.
    pub fn new() -> Self {
        ExtParts { disposition: None, language: None, location: None, extra: Vec::new(), extra_raw: &[] }
    }

    /// Whether every field is NIL or absent (such extension data is not kept).
    pub fn is_empty(&self) -> bool {
        self.disposition.is_none() && self.language.is_none() && self.location.is_none() && self.extra.is_empty()
    }
}

/// `body-type-1part`.
pub(crate) struct SingleParts<'a, B: Build<'a> + ?Sized> {
    pub media_type: B::Text,
    pub subtype: B::Text,
    pub fields: FieldParts<'a, B>,
    pub kind: KindParts<'a, B>,
    /// `body-fld-md5` and the common extension data; `None` when all NIL or absent.
    pub extension: Option<(Option<B::Bytes>, ExtParts<'a, B>)>,
}

/// `body-type-mpart`.
pub(crate) struct MultiParts<'a, B: Build<'a> + ?Sized> {
    pub parts: ShortList<B::Body, 4>,
    pub subtype: B::Text,
    pub params: B::Params,
    /// `None` when all NIL or absent.
    pub extension: Option<ExtParts<'a, B>>,
}

/// Turns what the grammar recognised in a frame (`'a`) into values.
pub(crate) trait Build<'a> {
    /// An `nstring`'s bytes (unescaped).
    type Bytes;
    /// A string read as text (media type, subtype, encoding, parameter names).
    type Text: Default;
    /// An `address`.
    type Address;
    /// An address list (NIL is the default, empty list).
    type Addresses: Clone + Default;
    /// An `envelope`.
    type Envelope;
    /// `body-fld-param` (NIL is the default).
    type Params: Default;
    /// `body-fld-dsp` (not NIL).
    type Disposition;
    /// `body-fld-lang` (not NIL).
    type Languages;
    /// A `body`.
    type Body;

    /// Bytes borrowed from the frame as they are.
    fn bytes(&self, raw: &'a [u8]) -> Self::Bytes;
    /// Bytes that had to be copied (a quoted string with escapes).
    fn bytes_owned(&self, raw: Vec<u8>) -> Self::Bytes;
    /// Text borrowed from the frame (lossily decoded as UTF-8).
    fn text(&self, raw: &'a [u8]) -> Self::Text;
    /// Text that had to be copied.
    fn text_owned(&self, raw: Vec<u8>) -> Self::Text;
    /// Whether some text is `name`, ignoring ASCII case (media type names).
    fn text_eq(&self, text: &Self::Text, name: &[u8]) -> bool;
    /// An address from its name, adl, mailbox and host.
    fn address(&self, parts: [Option<Self::Bytes>; 4]) -> Self::Address;
    /// A non-empty address list.
    fn addresses(&self, list: ShortList<Self::Address, 4>) -> Self::Addresses;
    /// Whether an address list is empty.
    fn addresses_empty(list: &Self::Addresses) -> bool;
    /// An envelope.
    fn envelope(&self, parts: EnvelopeParts<'a, Self>) -> Self::Envelope;
    /// A parameter list from its name/value pairs.
    fn params(&self, list: ShortList<(Self::Text, Self::Bytes), 2>) -> Self::Params;
    /// A disposition.
    fn disposition(&self, kind: Self::Text, params: Self::Params) -> Self::Disposition;
    /// A language list.
    fn languages(&self, list: ShortList<Self::Bytes, 2>) -> Self::Languages;
    /// A single-part body.
    fn single_part(&self, parts: SingleParts<'a, Self>) -> Self::Body;
    /// A multipart body.
    fn multipart(&self, parts: MultiParts<'a, Self>) -> Self::Body;
}
