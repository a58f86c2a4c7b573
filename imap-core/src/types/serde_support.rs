//! Serialization (feature `serde`): how the result types look as data. Derived where the
//! Rust shape is the data; by hand for the values that have an IMAP text form (flags, mailbox
//! names, sequence sets, dates) and for bytes.
//!
//! Bytes (message data, metadata values, strings in unknown responses) are text when they are
//! UTF-8. Otherwise a human-readable format (JSON) gets `{"base64": "..."}` and a binary one
//! (CBOR, bincode) the bytes themselves.

use base64::Engine;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{decode_encoded_words, Address, AddressList, ByteString, Flag, InternalDate, Mailbox, SequenceSet, Text};

/// The rule above, for one byte string.
pub(crate) fn bytes<S: Serializer>(data: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
    match std::str::from_utf8(data) {
        Ok(text) => serializer.serialize_str(text),
        Err(_) if serializer.is_human_readable() => {
            let mut map = serializer.serialize_map(Some(1))?;
            map.serialize_entry("base64", &base64::engine::general_purpose::STANDARD.encode(data))?;
            map.end()
        }
        Err(_) => serializer.serialize_bytes(data),
    }
}

/// [`bytes`] as a `Serialize` value, for the shapes below.
struct Bytes<'a>(&'a [u8]);

impl Serialize for Bytes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        bytes(self.0, serializer)
    }
}

/// `Option<Vec<u8>>` (`null` for NIL).
pub(crate) fn option_bytes<S: Serializer>(data: &Option<Vec<u8>>, serializer: S) -> Result<S::Ok, S::Error> {
    match data {
        Some(data) => bytes(data, serializer),
        None => serializer.serialize_none(),
    }
}

/// `Vec<Vec<u8>>` (Gmail labels).
pub(crate) fn list_bytes<S: Serializer>(list: &[Vec<u8>], serializer: S) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(list.len()))?;
    for item in list {
        seq.serialize_element(&Bytes(item))?;
    }
    seq.end()
}

/// `(name, value or NIL)` pairs as the parser keeps them.
type Pairs = Vec<(String, Option<Vec<u8>>)>;

/// `(name, value or NIL)` pairs (METADATA, ANNOTATION, ID) as a sequence of two-element
/// sequences, in the server's order.
pub(crate) fn pairs<S: Serializer>(pairs: &[(String, Option<Vec<u8>>)], serializer: S) -> Result<S::Ok, S::Error> {
    let mut seq = serializer.serialize_seq(Some(pairs.len()))?;
    for (name, value) in pairs {
        seq.serialize_element(&(name, value.as_deref().map(Bytes)))?;
    }
    seq.end()
}

/// [`pairs`], or `null` (`* ID NIL`).
pub(crate) fn option_pairs<S: Serializer>(list: &Option<Pairs>, serializer: S) -> Result<S::Ok, S::Error> {
    match list {
        Some(list) => pairs(list, serializer),
        None => serializer.serialize_none(),
    }
}

impl Serialize for ByteString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        bytes(self, serializer)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        bytes(self.as_bytes(), serializer)
    }
}

/// Header text with RFC 2047 encoded words decoded (`null` for NIL).
pub(crate) fn decoded_words<S: Serializer>(text: &Option<ByteString>, serializer: S) -> Result<S::Ok, S::Error> {
    match text {
        Some(text) => serializer.serialize_str(&decode_encoded_words(text)),
        None => serializer.serialize_none(),
    }
}

/// `{"name": decoded display name, "email": "mailbox@host", "mailbox", "host", "adl"}`: what a
/// reader wants first, then the parts as sent (group markers have no host).
impl Serialize for Address {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        fn text(part: &Option<ByteString>) -> Option<Bytes<'_>> {
            part.as_deref().map(Bytes)
        }
        let mut map = serializer.serialize_map(Some(5))?;
        map.serialize_entry("name", &self.name_decoded())?;
        map.serialize_entry("email", &self.email())?;
        map.serialize_entry("mailbox", &text(&self.mailbox))?;
        map.serialize_entry("host", &text(&self.host))?;
        map.serialize_entry("adl", &self.adl.as_deref().map(|adl| Bytes(adl)))?;
        map.end()
    }
}

impl Serialize for AddressList {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A flag as IMAP writes it: `\Seen`, `$Forwarded`.
impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Flag, D::Error> {
        let text = String::deserialize(deserializer)?;
        Ok(Flag::from(text.as_str()))
    }
}

/// A mailbox name as text: decoded to UTF-8 (from modified UTF-7, or as sent under UTF-8),
/// else the wire form as sent.
impl Serialize for Mailbox {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.to_utf8() {
            Some(name) => serializer.serialize_str(&name),
            None => bytes(self.as_wire(), serializer),
        }
    }
}

/// From a UTF-8 name, as [`Mailbox::from_utf8`].
impl<'de> Deserialize<'de> for Mailbox {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Mailbox, D::Error> {
        let name = String::deserialize(deserializer)?;
        Ok(Mailbox::from_utf8(&name))
    }
}

/// A sequence set as IMAP writes it: `1:3,7,9:*`.
impl Serialize for SequenceSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for SequenceSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<SequenceSet, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// `"17-Jul-1996 02:44:25 -0700"`.
impl Serialize for InternalDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InternalDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<InternalDate, D::Error> {
        let text = String::deserialize(deserializer)?;
        InternalDate::parse(&text).map_err(serde::de::Error::custom)
    }
}
