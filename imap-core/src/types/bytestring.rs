//! Compact owned strings for parsed responses: [`ByteString`] (raw bytes) and [`Text`]
//! (UTF-8).
//!
//! A parsed FETCH response holds dozens of short strings (address parts, MIME types,
//! parameter names, encodings). Both types are 16 bytes (and so is an `Option` of them),
//! keep up to [`ByteString::INLINE`] bytes without allocating, and put longer strings in
//! one heap block of a close size class, so that building and dropping a response costs few
//! allocations and little memory.

use std::borrow::Borrow;
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

/// An owned byte string, stored inline when short (see the [module docs](self)).
///
/// Dereferences to `[u8]`, compares with byte slices, `Vec<u8>` and `&str`, and prints
/// with `{:?}` exactly like a `Vec<u8>` does.
#[derive(Clone)]
pub struct ByteString(Repr);

macro_rules! repr {
    ($($name:ident = $size:literal),* $(,)?) => {
        /// The representation: inline, a boxed array of a size class with the used length
        /// beside it, or a boxed slice behind one more box (kept thin so that the whole
        /// value stays 16 bytes).
        #[derive(Clone)]
        enum Repr {
            Inline { len: u8, data: [u8; ByteString::INLINE] },
            Known(u8),
            $($name { len: u8, data: Box<[u8; $size]> },)*
            Big(Box<Box<[u8]>>),
        }

        impl Repr {
            fn new(bytes: &[u8]) -> Repr {
                let n = bytes.len();
                if n <= ByteString::INLINE {
                    let mut data = [0u8; ByteString::INLINE];
                    data[..n].copy_from_slice(bytes);
                    // `n` is at most INLINE, so it fits a u8.
                    return Repr::Inline { len: n as u8, data };
                }
                if let Some(index) = KNOWN.iter().position(|known| *known == bytes) {
                    // KNOWN has fewer than 256 entries.
                    return Repr::Known(index as u8);
                }
                $(
                    if n <= $size {
                        // Exact capacity, so the boxed slice takes the buffer over as is.
                        let mut buf = Vec::with_capacity($size);
                        buf.extend_from_slice(bytes);
                        buf.resize($size, 0);
                        if let Ok(data) = Box::<[u8; $size]>::try_from(buf.into_boxed_slice()) {
                            return Repr::$name { len: n as u8, data };
                        }
                    }
                )*
                Repr::Big(Box::new(bytes.into()))
            }

            fn as_bytes(&self) -> &[u8] {
                match self {
                    Repr::Inline { len, data } => data.get(..usize::from(*len)).unwrap_or_default(),
                    Repr::Known(index) => KNOWN.get(usize::from(*index)).copied().unwrap_or_default(),
                    $(Repr::$name { len, data } => data.get(..usize::from(*len)).unwrap_or_default(),)*
                    Repr::Big(data) => data,
                }
            }

            fn heap_bytes(&self) -> usize {
                match self {
                    Repr::Inline { .. } | Repr::Known(_) => 0,
                    $(Repr::$name { .. } => $size,)*
                    Repr::Big(data) => std::mem::size_of::<Box<[u8]>>() + data.len(),
                }
            }
        }
    };
}

/// Strings too long to keep inline that come in nearly every BODYSTRUCTURE: kept as an
/// index into this table instead of a heap copy. Matched exactly (case-sensitively).
const KNOWN: &[&[u8]] = &[b"QUOTED-PRINTABLE", b"quoted-printable", b"Quoted-Printable"];

// Size classes (all at most 255, the largest length the `len` byte holds).
repr!(
    H16 = 16,
    H24 = 24,
    H32 = 32,
    H40 = 40,
    H48 = 48,
    H64 = 64,
    H80 = 80,
    H96 = 96,
    H128 = 128,
    H192 = 192,
    H255 = 255
);

impl ByteString {
    /// Longest string kept inline, without a heap allocation.
    pub const INLINE: usize = 14;

    /// The empty string.
    pub const fn new() -> ByteString {
        ByteString(Repr::Inline { len: 0, data: [0; ByteString::INLINE] })
    }

    /// A copy of `bytes`.
    pub fn from_slice(bytes: &[u8]) -> ByteString {
        ByteString(Repr::new(bytes))
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// The bytes as text, with invalid UTF-8 replaced by U+FFFD.
    pub fn to_str_lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.as_bytes())
    }

    /// The bytes as a `Vec<u8>`.
    pub fn to_vec(&self) -> Vec<u8> {
        self.as_bytes().to_vec()
    }

    /// Bytes this string holds on the heap (0 when inline), for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.0.heap_bytes()
    }
}

impl Default for ByteString {
    fn default() -> ByteString {
        ByteString::new()
    }
}

impl Deref for ByteString {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl AsRef<[u8]> for ByteString {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Borrow<[u8]> for ByteString {
    fn borrow(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl fmt::Debug for ByteString {
    /// Like `Vec<u8>`: a list of numbers.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_bytes(), f)
    }
}

impl PartialEq for ByteString {
    fn eq(&self, other: &ByteString) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for ByteString {}

impl PartialOrd for ByteString {
    fn partial_cmp(&self, other: &ByteString) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ByteString {
    fn cmp(&self, other: &ByteString) -> Ordering {
        self.as_bytes().cmp(other.as_bytes())
    }
}

impl Hash for ByteString {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_bytes().hash(state);
    }
}

impl PartialEq<[u8]> for ByteString {
    fn eq(&self, other: &[u8]) -> bool {
        self.as_bytes() == other
    }
}

impl PartialEq<&[u8]> for ByteString {
    fn eq(&self, other: &&[u8]) -> bool {
        self.as_bytes() == *other
    }
}

impl<const N: usize> PartialEq<[u8; N]> for ByteString {
    fn eq(&self, other: &[u8; N]) -> bool {
        self.as_bytes() == other
    }
}

impl<const N: usize> PartialEq<&[u8; N]> for ByteString {
    fn eq(&self, other: &&[u8; N]) -> bool {
        self.as_bytes() == *other
    }
}

impl PartialEq<Vec<u8>> for ByteString {
    fn eq(&self, other: &Vec<u8>) -> bool {
        self.as_bytes() == other.as_slice()
    }
}

impl PartialEq<str> for ByteString {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for ByteString {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<ByteString> for [u8] {
    fn eq(&self, other: &ByteString) -> bool {
        self == other.as_bytes()
    }
}

impl PartialEq<ByteString> for &[u8] {
    fn eq(&self, other: &ByteString) -> bool {
        *self == other.as_bytes()
    }
}

impl PartialEq<ByteString> for Vec<u8> {
    fn eq(&self, other: &ByteString) -> bool {
        self.as_slice() == other.as_bytes()
    }
}

impl From<&[u8]> for ByteString {
    fn from(bytes: &[u8]) -> ByteString {
        ByteString::from_slice(bytes)
    }
}

impl<const N: usize> From<&[u8; N]> for ByteString {
    fn from(bytes: &[u8; N]) -> ByteString {
        ByteString::from_slice(bytes)
    }
}

impl From<Vec<u8>> for ByteString {
    fn from(bytes: Vec<u8>) -> ByteString {
        ByteString::from_slice(&bytes)
    }
}

impl From<&Vec<u8>> for ByteString {
    fn from(bytes: &Vec<u8>) -> ByteString {
        ByteString::from_slice(bytes)
    }
}

impl From<&str> for ByteString {
    fn from(text: &str) -> ByteString {
        ByteString::from_slice(text.as_bytes())
    }
}

impl From<String> for ByteString {
    fn from(text: String) -> ByteString {
        ByteString::from_slice(text.as_bytes())
    }
}

impl From<ByteString> for Vec<u8> {
    fn from(bytes: ByteString) -> Vec<u8> {
        bytes.to_vec()
    }
}

/// An owned UTF-8 string, stored like [`ByteString`] (inline when short).
///
/// Dereferences to `str`, compares with `&str` and `String`, and prints with `{:?}` and
/// `{}` exactly like a `String` does.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(ByteString);

impl Text {
    /// The empty string.
    pub const fn new() -> Text {
        Text(ByteString::new())
    }

    /// A copy of `text`.
    pub fn copied(text: &str) -> Text {
        Text(ByteString::from_slice(text.as_bytes()))
    }

    /// `bytes` as text, with invalid UTF-8 replaced by U+FFFD.
    pub fn from_utf8_lossy(bytes: &[u8]) -> Text {
        // Nearly all protocol text is ASCII, which a word-at-a-time check settles cheaply.
        if bytes.is_ascii() {
            return Text(ByteString::from_slice(bytes));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => Text::copied(text),
            Err(_) => Text::copied(&String::from_utf8_lossy(bytes)),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Always valid: a `Text` is only built from a `str`.
        std::str::from_utf8(self.0.as_bytes()).unwrap_or_default()
    }

    /// The text's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// Bytes this string holds on the heap (0 when inline), for memory accounting.
    pub fn heap_bytes(&self) -> usize {
        self.0.heap_bytes()
    }
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<[u8]> for Text {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Text {
    /// Like `String`: quoted and escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text::copied(text)
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::copied(&text)
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Text {
        Text::copied(text)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.as_str().to_owned()
    }
}

impl From<&Text> for String {
    fn from(text: &Text) -> String {
        text.as_str().to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_and_round_trips() {
        assert_eq!(std::mem::size_of::<ByteString>(), 16);
        assert_eq!(std::mem::size_of::<Option<ByteString>>(), 16);
        assert_eq!(std::mem::size_of::<Option<Text>>(), 16);
        for n in [0, 1, 14, 15, 16, 17, 100, 255, 256, 1000, 70_000] {
            let bytes: Vec<u8> = (0..n).map(|i| (i % 251) as u8).collect();
            let s = ByteString::from_slice(&bytes);
            assert_eq!(s, bytes);
            assert_eq!(format!("{s:?}"), format!("{bytes:?}"));
            assert_eq!(s.heap_bytes() == 0, n <= ByteString::INLINE);
            assert!(s.heap_bytes() == 0 || s.heap_bytes() >= n);
        }
        let t = Text::from("caf\u{e9} \"x\"");
        assert_eq!(format!("{t:?} {t}"), format!("{:?} {}", "caf\u{e9} \"x\"", "caf\u{e9} \"x\""));
        assert_eq!(Text::from_utf8_lossy(b"a\xffb"), "a\u{fffd}b");
    }
}
