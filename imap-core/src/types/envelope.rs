//! The ENVELOPE of a message (RFC 3501 section 7.4.2) and RFC 2047 encoded-word decoding.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use super::bytestring::ByteString;

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use encoding_rs::Encoding;

/// One address of an envelope address list (RFC 3501 `address`). Every part is an `nstring`
/// and kept raw.
///
/// RFC 3501 marks groups (RFC 2822 `group`) inside the list: an address with a NIL host and a
/// non-NIL mailbox starts a group (the mailbox is the group name), and one with a NIL host and
/// a NIL mailbox ends it. Such markers are kept in the list as they come; see
/// [`address_entries`] for a grouped view.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Address {
    /// `addr-name`: the display name, possibly RFC 2047 encoded.
    pub name: Option<ByteString>,
    /// `addr-adl`: the source route (obsolete, nearly always NIL; boxed, which keeps every
    /// address a word smaller).
    pub adl: Option<Box<ByteString>>,
    /// `addr-mailbox`: the local part, or the group name of a group start marker.
    pub mailbox: Option<ByteString>,
    /// `addr-host`: the domain; NIL in group markers.
    pub host: Option<ByteString>,
}

impl Address {
    /// Whether this entry starts a group (NIL host, non-NIL mailbox holding the group name).
    pub fn is_group_start(&self) -> bool {
        self.host.is_none() && self.mailbox.is_some()
    }

    /// Whether this entry ends a group (NIL host and NIL mailbox).
    pub fn is_group_end(&self) -> bool {
        self.host.is_none() && self.mailbox.is_none()
    }

    /// The display name with RFC 2047 encoded words decoded.
    pub fn name_decoded(&self) -> Option<String> {
        self.name.as_deref().map(decode_encoded_words)
    }

    /// `mailbox@host` (lossily decoded), or just the mailbox when the host is NIL.
    pub fn email(&self) -> Option<String> {
        let mailbox = String::from_utf8_lossy(self.mailbox.as_deref()?);
        Some(match &self.host {
            Some(host) => format!("{mailbox}@{}", String::from_utf8_lossy(host)),
            None => mailbox.into_owned(),
        })
    }
}

impl fmt::Debug for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Address")
            .field("name", &show(&self.name))
            .field("adl", &self.adl.as_deref().map(|adl| String::from_utf8_lossy(adl)))
            .field("mailbox", &show(&self.mailbox))
            .field("host", &show(&self.host))
            .finish()
    }
}

/// An envelope address list (`env-from`, `env-to`, ...): a shared, immutable slice of
/// [`Address`]es that dereferences to `[Address]`.
///
/// Servers fill `env-sender` and `env-reply-to` with a copy of `env-from` when a message has
/// no such header (RFC 3501 section 7.4.2), so the same list usually comes three times; the
/// parser then shares one allocation among them. NIL and empty lists allocate nothing.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct AddressList(Option<Arc<[Address]>>);

impl AddressList {
    /// The empty list (NIL).
    pub const fn new() -> AddressList {
        AddressList(None)
    }

    /// Whether `self` and `other` share one allocation (as parsed copies of the same list
    /// do); an empty list shares with nothing.
    pub fn shares_with(&self, other: &AddressList) -> bool {
        matches!((&self.0, &other.0), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
    }
}

impl Deref for AddressList {
    type Target = [Address];

    fn deref(&self) -> &[Address] {
        self.0.as_deref().unwrap_or_default()
    }
}

impl From<Vec<Address>> for AddressList {
    fn from(list: Vec<Address>) -> AddressList {
        AddressList((!list.is_empty()).then(|| list.into()))
    }
}

impl From<Arc<[Address]>> for AddressList {
    fn from(list: Arc<[Address]>) -> AddressList {
        AddressList((!list.is_empty()).then_some(list))
    }
}

impl<'a> IntoIterator for &'a AddressList {
    type Item = &'a Address;
    type IntoIter = std::slice::Iter<'a, Address>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl fmt::Debug for AddressList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// One entry of the grouped view of an address list, built by [`address_entries`] (`A` is
/// `&Address`) or by [`crate::types::Addresses::entries`] for a packed envelope (`A` is
/// [`crate::types::AddressView`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressEntry<'a, A = &'a Address> {
    /// A plain address.
    Mailbox(A),
    /// A group `name: member, member;` (members may be empty).
    Group {
        /// The group name (raw, possibly RFC 2047 encoded).
        name: &'a [u8],
        /// The addresses between the start and end markers.
        members: Vec<A>,
    },
}

/// What an address list entry is to the grouping of [`group_entries`].
pub(crate) enum Marker<'a> {
    /// A group start, with the group name.
    GroupStart(&'a [u8]),
    /// A group end.
    GroupEnd,
    /// A plain address.
    Mailbox,
}

/// Groups an address list: start/end markers become [`AddressEntry::Group`]. An
/// unterminated group runs to the end of the list; a stray end marker is dropped. One rule
/// for owned and packed lists.
pub(crate) fn group_entries<'a, A: Copy>(
    list: impl IntoIterator<Item = A>,
    marker: impl Fn(A) -> Marker<'a>,
) -> Vec<AddressEntry<'a, A>> {
    let mut out = Vec::new();
    let mut group: Option<(&'a [u8], Vec<A>)> = None;
    for address in list {
        match marker(address) {
            Marker::GroupEnd => {
                if let Some((name, members)) = group.take() {
                    out.push(AddressEntry::Group { name, members });
                }
            }
            Marker::GroupStart(name) => {
                if let Some((name, members)) = group.replace((name, Vec::new())) {
                    out.push(AddressEntry::Group { name, members });
                }
            }
            Marker::Mailbox => match group.as_mut() {
                Some((_, members)) => members.push(address),
                None => out.push(AddressEntry::Mailbox(address)),
            },
        }
    }
    if let Some((name, members)) = group {
        out.push(AddressEntry::Group { name, members });
    }
    out
}

/// Groups an envelope address list: start/end markers become [`AddressEntry::Group`]. An
/// unterminated group runs to the end of the list; a stray end marker is dropped.
pub fn address_entries(list: &[Address]) -> Vec<AddressEntry<'_>> {
    group_entries(list, |address: &Address| {
        if address.is_group_end() {
            Marker::GroupEnd
        } else if address.is_group_start() {
            Marker::GroupStart(address.mailbox.as_deref().unwrap_or_default())
        } else {
            Marker::Mailbox
        }
    })
}

/// A message envelope (RFC 3501 `envelope`). Strings are raw bytes as the server sent them;
/// the `*_decoded` methods give RFC 2047 decoded text.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Envelope {
    /// `env-date`: the Date header, unparsed.
    pub date: Option<ByteString>,
    /// `env-subject` (serialized RFC 2047 decoded)
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::decoded_words"))]
    pub subject: Option<ByteString>,
    /// `env-from`
    pub from: AddressList,
    /// `env-sender`
    pub sender: AddressList,
    /// `env-reply-to`
    pub reply_to: AddressList,
    /// `env-to`
    pub to: AddressList,
    /// `env-cc`
    pub cc: AddressList,
    /// `env-bcc`
    pub bcc: AddressList,
    /// `env-in-reply-to`
    pub in_reply_to: Option<ByteString>,
    /// `env-message-id`
    pub message_id: Option<ByteString>,
}

impl Envelope {
    /// The subject with RFC 2047 encoded words decoded.
    pub fn subject_decoded(&self) -> Option<String> {
        self.subject.as_deref().map(decode_encoded_words)
    }

    /// The date header as (lossy) text.
    pub fn date_text(&self) -> Option<String> {
        self.date.as_deref().map(|d| String::from_utf8_lossy(d).into_owned())
    }

    /// The Message-ID as (lossy) text.
    pub fn message_id_text(&self) -> Option<String> {
        self.message_id.as_deref().map(|d| String::from_utf8_lossy(d).into_owned())
    }
}

impl fmt::Debug for Envelope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Envelope")
            .field("date", &show(&self.date))
            .field("subject", &show(&self.subject))
            .field("from", &self.from)
            .field("sender", &self.sender)
            .field("reply_to", &self.reply_to)
            .field("to", &self.to)
            .field("cc", &self.cc)
            .field("bcc", &self.bcc)
            .field("in_reply_to", &show(&self.in_reply_to))
            .field("message_id", &show(&self.message_id))
            .finish()
    }
}

/// Base64 for B-encoded words: standard alphabet, padding optional (servers and mailers
/// drop it), trailing bits tolerated.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// Longest encoded word we try to recognise. RFC 2047 allows 75 bytes; mailers exceed it,
/// so allow more, but bound it so that scanning stays linear.
const MAX_ENCODED_WORD: usize = 512;

/// The charset of an encoded word: any label of the WHATWG Encoding Standard, as
/// `encoding_rs` implements it (UTF-8, ISO-8859-*, Windows-125*, KOI8-R/U, GB2312/GBK/GB18030,
/// Big5, Shift_JIS, EUC-JP, ISO-2022-JP, EUC-KR, ...). As there, `us-ascii` and `iso-8859-1`
/// read as Windows-1252, their superset, which is what mailers that say so actually send.
fn charset_named(name: &[u8]) -> Option<&'static Encoding> {
    // RFC 2231 allows a language suffix: `utf-8*en`.
    let name = name.split(|&b| b == b'*').next().unwrap_or_default();
    Encoding::for_label_no_replacement(name)
}

/// Appends `bytes` in `charset` to `out`; malformed sequences become U+FFFD.
fn decode_charset(charset: &'static Encoding, bytes: &[u8], out: &mut String) {
    out.push_str(&charset.decode_without_bom_handling(bytes).0);
}

/// An encoded word found at the start of some input.
struct EncodedWord {
    /// Bytes of input it spans.
    len: usize,
    charset: &'static Encoding,
    decoded: Vec<u8>,
}

/// Recognises `=?charset?B|Q?text?=` at the start of `input`. Words in unknown charsets or
/// with undecodable payload are not recognised (and so stay raw text).
fn encoded_word(input: &[u8]) -> Option<EncodedWord> {
    let body = input.strip_prefix(b"=?")?;
    let limit = body.len().min(MAX_ENCODED_WORD);
    let body = &body[..limit];
    let q1 = body.iter().position(|&b| b == b'?')?;
    let charset = charset_named(&body[..q1])?;
    let rest = &body[q1 + 1..];
    let (&encoding, rest) = rest.split_first()?;
    let rest = rest.strip_prefix(b"?")?;
    let end = rest.windows(2).position(|w| w == b"?=")?;
    let text = &rest[..end];
    if text.iter().any(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let decoded = match encoding.to_ascii_uppercase() {
        b'B' => BASE64.decode(text).ok()?,
        b'Q' => decode_q(text),
        _ => return None,
    };
    Some(EncodedWord { len: 2 + q1 + 1 + 2 + end + 2, charset, decoded })
}

/// The Q encoding: `_` is a space, `=XX` a byte; a malformed `=` stays as is.
fn decode_q(text: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16);
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'_' => out.push(b' '),
            b'=' => {
                if let (Some(h), Some(l)) =
                    (text.get(i + 1).and_then(|&b| hex(b)), text.get(i + 2).and_then(|&b| hex(b)))
                {
                    // Two hex digits make a value below 256.
                    out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                    i += 3;
                    continue;
                }
                out.push(b'=');
            }
            b => out.push(b),
        }
        i += 1;
    }
    out
}

/// Decodes RFC 2047 encoded words (B and Q, in any charset of the WHATWG Encoding Standard:
/// UTF-8, ISO-8859-*, Windows-125*, KOI8-R, GB2312, Big5, Shift_JIS, ISO-2022-JP, EUC-KR, ...)
/// in a header value such as a subject or display name.
///
/// - Whitespace between two adjacent encoded words is dropped (RFC 2047 section 6.2).
/// - Adjacent words in the same charset are joined before conversion, so a UTF-8 character
///   split across two words comes out whole.
/// - A word in an unknown charset, or one that does not decode, stays as raw text.
/// - Text outside encoded words is read as UTF-8, lossily.
pub fn decode_encoded_words(input: &[u8]) -> String {
    let mut out = String::with_capacity(input.len());
    let mut plain: Vec<u8> = Vec::new();
    let mut pending: Option<(&'static Encoding, Vec<u8>)> = None;
    let flush_plain = |plain: &mut Vec<u8>, out: &mut String| {
        if !plain.is_empty() {
            out.push_str(&String::from_utf8_lossy(plain));
            plain.clear();
        }
    };
    let flush_word = |pending: &mut Option<(&'static Encoding, Vec<u8>)>, out: &mut String| {
        if let Some((charset, bytes)) = pending.take() {
            decode_charset(charset, &bytes, out);
        }
    };
    let mut i = 0;
    let mut after_word = false;
    while i < input.len() {
        if let Some(word) = encoded_word(&input[i..]) {
            flush_plain(&mut plain, &mut out);
            match pending.as_mut() {
                Some((charset, bytes)) if *charset == word.charset => bytes.extend_from_slice(&word.decoded),
                _ => {
                    flush_word(&mut pending, &mut out);
                    pending = Some((word.charset, word.decoded));
                }
            }
            i += word.len;
            after_word = true;
            continue;
        }
        let b = input[i];
        if after_word && matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
            let run = input[i..].iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n')).count();
            if encoded_word(&input[i + run..]).is_some() {
                i += run;
                continue;
            }
        }
        flush_word(&mut pending, &mut out);
        after_word = false;
        plain.push(b);
        i += 1;
    }
    flush_word(&mut pending, &mut out);
    flush_plain(&mut plain, &mut out);
    out
}

/// Lossy text of an optional byte string, for `Debug`.
fn show(value: &Option<ByteString>) -> Option<std::borrow::Cow<'_, str>> {
    value.as_deref().map(String::from_utf8_lossy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_b_and_q_words() {
        assert_eq!(decode_encoded_words(b"=?UTF-8?B?SGVsbG8gV8O2cmxk?="), "Hello W\u{f6}rld");
        assert_eq!(decode_encoded_words(b"=?iso-8859-1?q?Caf=E9_cr=E8me?="), "Caf\u{e9} cr\u{e8}me");
        assert_eq!(decode_encoded_words(b"Re: =?us-ascii?Q?hi?= there"), "Re: hi there");
    }

    #[test]
    fn joins_adjacent_words_and_drops_whitespace_between() {
        // "ö" (C3 B6) split across two words.
        assert_eq!(decode_encoded_words(b"=?utf-8?Q?W=C3?= \r\n =?utf-8?Q?=B6rld?="), "W\u{f6}rld");
        assert_eq!(decode_encoded_words(b"=?utf-8?Q?a?= =?iso-8859-1?Q?b?="), "ab");
        assert_eq!(decode_encoded_words(b"=?utf-8?Q?a?= b"), "a b");
    }

    #[test]
    fn the_charsets_mail_uses_decode() {
        for (word, text) in [
            (&b"=?koi8-r?B?8NLJ18XU?="[..], "Привет"),
            (b"=?gb2312?B?xOO6ww==?=", "你好"),
            (b"=?Shift_JIS?B?grGC8YLJgr+CzQ==?=", "こんにちは"),
            (b"=?ISO-2022-JP?B?GyRCRnxLXDhsJE43b0w+GyhC?=", "日本語の件名"),
            (b"=?big5?B?pKSk5Q==?=", "中文"),
            (b"=?euc-kr?B?vsiz5w==?=", "안녕"),
            (b"=?iso-8859-2?B?o/NkvA==?=", "Łódź"),
            (b"=?windows-1251?B?zOjw?=", "Мир"),
            (b"=?utf-8*de?Q?gr=C3=BC=C3=9F?=", "grüß"),
        ] {
            assert_eq!(decode_encoded_words(word), text, "{}", String::from_utf8_lossy(word));
        }
        // ISO-2022-JP shifts state inside a word; a word split in two is joined before
        // decoding, as with UTF-8.
        assert_eq!(decode_encoded_words(b"=?iso-2022-jp?B?GyRCRnxLXA==?= =?iso-2022-jp?B?GyhC?= x"), "日本 x");
    }

    #[test]
    fn unknown_charset_and_garbage_stay_raw() {
        assert_eq!(decode_encoded_words(b"=?x-no-such-charset?B?8NLJ?="), "=?x-no-such-charset?B?8NLJ?=");
        assert_eq!(decode_encoded_words(b"=?utf-8?X?abc?="), "=?utf-8?X?abc?=");
        assert_eq!(decode_encoded_words(b"=?utf-8?Q?no end"), "=?utf-8?Q?no end");
        assert_eq!(decode_encoded_words(b"100% =?"), "100% =?");
        assert_eq!(decode_encoded_words(b"=?windows-1252?Q?=80?="), "\u{20ac}");
    }

    #[test]
    fn groups_view() {
        let addr = |mailbox: Option<&str>, host: Option<&str>| Address {
            mailbox: mailbox.map(ByteString::from),
            host: host.map(ByteString::from),
            ..Address::default()
        };
        let list = vec![
            addr(Some("a"), Some("x.org")),
            addr(Some("friends"), None),
            addr(Some("b"), Some("y.org")),
            addr(None, None),
        ];
        let entries = address_entries(&list);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0], AddressEntry::Mailbox(&list[0]));
        assert_eq!(entries[1], AddressEntry::Group { name: b"friends", members: vec![&list[2]] });
        assert_eq!(list[0].email().as_deref(), Some("a@x.org"));
    }
}
