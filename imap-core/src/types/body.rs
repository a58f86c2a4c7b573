//! BODY and BODYSTRUCTURE (RFC 3501 section 7.4.2, `body`), with extension data.

use super::bytestring::{ByteString, Text};
use super::envelope::Envelope;
use super::value::Value;

/// A MIME parameter list (`body-fld-param`): attribute names lossily decoded, values raw.
/// A boxed slice (no spare capacity, one word smaller than a `Vec`): parsed lists do not grow.
pub type Params = Box<[(Text, ByteString)]>;

/// The body structure of a message or of one of its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "structure", rename_all = "lowercase"))]
pub enum BodyStructure {
    /// A non-multipart part (`body-type-1part`).
    Single(Box<SinglePart>),
    /// A multipart (`body-type-mpart`).
    Multipart(Box<Multipart>),
}

/// `body-fields`: what every non-multipart part carries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BodyFields {
    /// `body-fld-param`: Content-Type parameters (`charset`, `name`, ...). NIL is empty.
    pub params: Params,
    /// `body-fld-id`: Content-ID.
    pub id: Option<ByteString>,
    /// `body-fld-desc`: Content-Description.
    pub description: Option<ByteString>,
    /// `body-fld-enc`: Content-Transfer-Encoding as sent (`7BIT`, `base64`, ...); empty when NIL.
    pub encoding: Text,
    /// `body-fld-octets`: size of the encoded body. Negative or oversized values are clamped.
    pub octets: u64,
}

/// What kind of non-multipart part this is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "lowercase"))]
pub enum SinglePartKind {
    /// `body-type-basic`: any other type.
    Basic,
    /// `body-type-text`: a `text/*` part with its line count.
    Text {
        /// `body-fld-lines`
        lines: u64,
    },
    /// `body-type-msg`: a `message/rfc822` (or `message/global`) part with the encapsulated
    /// message (boxed: rare, and it keeps every part small).
    Message(Box<MessagePart>),
}

/// The encapsulated message of a `message/rfc822` part (`body-type-msg`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MessagePart {
    /// The encapsulated message's envelope.
    pub envelope: Envelope,
    /// The encapsulated message's body structure.
    pub body: BodyStructure,
    /// `body-fld-lines`
    pub lines: u64,
}

/// A non-multipart part.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SinglePart {
    /// The media type as sent (`TEXT`, `image`, ...). Compare case-insensitively.
    pub media_type: Text,
    /// The media subtype as sent (`PLAIN`, `jpeg`, ...).
    pub subtype: Text,
    /// `body-fields`
    pub fields: BodyFields,
    /// Basic, text or message.
    pub kind: SinglePartKind,
    /// `body-ext-1part` (BODYSTRUCTURE only). `None` when the server sent none or sent only
    /// NILs (the usual `NIL NIL NIL NIL`), which saves an allocation per part.
    pub extension: Option<Box<SinglePartExtension>>,
}

/// `body-ext-1part`
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SinglePartExtension {
    /// `body-fld-md5`: Content-MD5.
    pub md5: Option<ByteString>,
    /// Disposition, language, location and further extension data.
    pub common: BodyExtension,
}

impl SinglePartExtension {
    /// Whether every field is NIL or absent.
    pub fn is_empty(&self) -> bool {
        self.md5.is_none() && self.common.is_empty()
    }
}

/// A multipart.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Multipart {
    /// The parts, in order (part numbers 1, 2, ...).
    pub parts: Vec<BodyStructure>,
    /// The multipart subtype as sent (`MIXED`, `alternative`, ...).
    pub subtype: Text,
    /// `body-fld-param` of `body-ext-mpart`: Content-Type parameters (`boundary`, ...);
    /// empty with BODY (no extension data) or NIL.
    pub params: Params,
    /// The rest of `body-ext-mpart` (BODYSTRUCTURE only). `None` when the server sent none
    /// or sent only NILs.
    pub extension: Option<Box<BodyExtension>>,
}

impl Multipart {
    /// A Content-Type parameter by name, case-insensitively (e.g. `boundary`).
    pub fn param(&self, name: &str) -> Option<&[u8]> {
        param(&self.params, name)
    }
}

/// The extension fields shared by single parts and multiparts; each is absent when the
/// server stopped sending before it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct BodyExtension {
    /// `body-fld-dsp`: Content-Disposition.
    pub disposition: Option<Disposition>,
    /// `body-fld-lang`: Content-Language, one string or a list; `None` for NIL or absent.
    pub language: Option<Vec<ByteString>>,
    /// `body-fld-loc`: Content-Location.
    pub location: Option<ByteString>,
    /// Further `body-extension` data, kept generic.
    pub extra: Vec<Value>,
}

impl BodyExtension {
    /// Whether every field is NIL or absent.
    pub fn is_empty(&self) -> bool {
        self.disposition.is_none() && self.language.is_none() && self.location.is_none() && self.extra.is_empty()
    }
}

/// `body-fld-dsp`: a disposition type (`attachment`, `inline`) with its parameters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Disposition {
    /// The disposition type as sent.
    pub kind: Text,
    /// The parameters (`filename`, ...).
    pub params: Params,
}

/// Looks up a parameter by name, case-insensitively.
pub fn param<'a>(params: &'a Params, name: &str) -> Option<&'a [u8]> {
    params.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_bytes())
}

impl Disposition {
    /// A parameter by name, case-insensitively (e.g. `filename`).
    pub fn param(&self, name: &str) -> Option<&[u8]> {
        param(&self.params, name)
    }
}

impl SinglePart {
    /// `type/subtype`, lower-cased.
    pub fn mime_type(&self) -> String {
        format!("{}/{}", self.media_type, self.subtype).to_ascii_lowercase()
    }

    /// A Content-Type parameter by name, case-insensitively (e.g. `charset`).
    pub fn param(&self, name: &str) -> Option<&[u8]> {
        param(&self.fields.params, name)
    }

    /// The disposition, if the server sent extension data with one.
    pub fn disposition(&self) -> Option<&Disposition> {
        self.extension.as_ref()?.common.disposition.as_ref()
    }
}

impl BodyStructure {
    /// The single part, if this is not a multipart.
    pub fn as_single(&self) -> Option<&SinglePart> {
        match self {
            BodyStructure::Single(part) => Some(part),
            BodyStructure::Multipart(_) => None,
        }
    }

    /// The multipart, if this is one.
    pub fn as_multipart(&self) -> Option<&Multipart> {
        match self {
            BodyStructure::Multipart(multi) => Some(multi),
            BodyStructure::Single(_) => None,
        }
    }

    /// `type/subtype`, lower-cased (`multipart/mixed` for multiparts).
    pub fn mime_type(&self) -> String {
        match self {
            BodyStructure::Single(part) => part.mime_type(),
            BodyStructure::Multipart(multi) => format!("multipart/{}", multi.subtype.to_ascii_lowercase()),
        }
    }

    /// The part with the given IMAP part number (`"1.2.3"`, RFC 3501 section 6.4.5), taking
    /// this structure as the body of a message: for a non-multipart message, part `1` is the
    /// body itself; the parts of a `message/rfc822` part are those of the encapsulated
    /// message. `""` is the whole body. `None` when there is no such part or the number is
    /// malformed.
    pub fn part(&self, number: &str) -> Option<&BodyStructure> {
        if number.is_empty() {
            return Some(self);
        }
        let mut path = Vec::new();
        for piece in number.split('.') {
            path.push(piece.parse::<u32>().ok().filter(|&n| n > 0)?);
        }
        self.part_by_path(&path)
    }

    /// Like [`BodyStructure::part`], with the part number as numbers.
    pub fn part_by_path(&self, path: &[u32]) -> Option<&BodyStructure> {
        let Some((&n, rest)) = path.split_first() else { return Some(self) };
        let child = match self {
            BodyStructure::Multipart(multi) => nth(&multi.parts, n)?,
            BodyStructure::Single(_) if n == 1 => self,
            BodyStructure::Single(_) => return None,
        };
        child.within_part(rest)
    }

    /// Resolves `path` below a numbered part: the children of a multipart, or the parts of
    /// the message a `message/rfc822` part encapsulates.
    fn within_part(&self, path: &[u32]) -> Option<&BodyStructure> {
        let Some((&n, rest)) = path.split_first() else { return Some(self) };
        match self {
            BodyStructure::Multipart(multi) => nth(&multi.parts, n)?.within_part(rest),
            BodyStructure::Single(part) => match &part.kind {
                SinglePartKind::Message(message) => message.body.part_by_path(path),
                _ => None,
            },
        }
    }

    /// Every part with its IMAP part number, depth first, including multiparts and the
    /// parts of encapsulated messages (the whole body is not listed).
    pub fn parts(&self) -> Vec<(String, &BodyStructure)> {
        let mut out = Vec::new();
        collect_message_parts(self, "", &mut out);
        out
    }
}

/// Lists the parts of a message body whose part numbers start with `prefix`.
fn collect_message_parts<'a>(body: &'a BodyStructure, prefix: &str, out: &mut Vec<(String, &'a BodyStructure)>) {
    match body {
        BodyStructure::Multipart(_) => collect_children(body, prefix, out),
        BodyStructure::Single(part) => {
            let number = join(prefix, 1);
            out.push((number.clone(), body));
            if let SinglePartKind::Message(message) = &part.kind {
                collect_message_parts(&message.body, &number, out);
            }
        }
    }
}

/// Lists the children of a multipart (and their descendants).
fn collect_children<'a>(body: &'a BodyStructure, prefix: &str, out: &mut Vec<(String, &'a BodyStructure)>) {
    let BodyStructure::Multipart(multi) = body else { return };
    for (i, child) in multi.parts.iter().enumerate() {
        let number = join(prefix, i + 1);
        out.push((number.clone(), child));
        match child {
            BodyStructure::Multipart(_) => collect_children(child, &number, out),
            BodyStructure::Single(part) => {
                if let SinglePartKind::Message(message) = &part.kind {
                    collect_message_parts(&message.body, &number, out);
                }
            }
        }
    }
}

fn join(prefix: &str, n: usize) -> String {
    if prefix.is_empty() {
        n.to_string()
    } else {
        format!("{prefix}.{n}")
    }
}

fn nth(parts: &[BodyStructure], n: u32) -> Option<&BodyStructure> {
    parts.get(usize::try_from(n).ok()?.checked_sub(1)?)
}
