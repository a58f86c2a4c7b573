//! Lexical building blocks (RFC 3501 section 9: `atom`, `string`, `nstring`, `astring`,
//! `number`, `flag`, ...) and the generic [`Value`] tokeniser.
//!
//! Every parser here takes `&mut &[u8]` (complete input: one framed response) and returns
//! [`PResult`]. On failure the input position is unspecified; callers that try alternatives
//! save and restore the slice themselves.

use std::borrow::Cow;
use std::cell::Cell;

use winnow::combinator::{delimited, opt};
use winnow::error::{AddContext, ParserError};
use winnow::stream::Stream;
use winnow::token::{literal, take, take_while};
use winnow::Parser;

use crate::types::{Flag, SequenceSet, Text, Value};

/// The input: the not yet parsed rest of the frame.
pub(crate) type In<'a> = &'a [u8];

/// Result of a parser.
pub(crate) type PResult<T> = Result<T, PErr>;

/// The parser error: where it happened (as bytes left in the frame) and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PErr {
    /// Bytes of the frame left after the failure point.
    pub remaining: usize,
    /// What was expected there (the ABNF rule or token), empty if unknown.
    pub expected: &'static str,
    /// Which limit was hit, if one was: then no alternative is tried.
    pub limit: Option<Limit>,
}

/// A parser limit of [`super::ParseOptions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Limit {
    /// `max_depth`.
    Depth,
    /// `max_nodes`.
    Nodes,
}

impl PErr {
    /// A failure at the current position of `input`.
    pub fn at(input: &In<'_>, expected: &'static str) -> PErr {
        PErr { remaining: input.len(), expected, limit: None }
    }

    /// Whether a limit was hit (so no other reading is to be tried).
    pub fn is_limit(&self) -> bool {
        self.limit.is_some()
    }
}

thread_local! {
    /// Values the response being parsed may still build ([`super::ParseOptions::max_nodes`]).
    /// A thread-local rather than a parameter: every grammar function takes only the input
    /// and the depth, and one counter armed per response ([`NodeBudget`]) bounds them all.
    /// `usize::MAX` when no parse is running (a re-parse of kept bytes is bounded by them).
    static NODES_LEFT: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Arms the node budget for one response; the previous budget comes back on drop.
pub(crate) struct NodeBudget {
    previous: usize,
}

impl NodeBudget {
    /// Allows `max` values for the parse that runs while this lives.
    pub fn arm(max: usize) -> NodeBudget {
        NodeBudget { previous: NODES_LEFT.replace(max) }
    }
}

impl Drop for NodeBudget {
    fn drop(&mut self) {
        NODES_LEFT.set(self.previous);
    }
}

/// Spends one value (a list item, string, flag, address, body part, FETCH item...) of the
/// response's budget; fails once it is used up.
#[inline(always)]
pub(crate) fn charge(input: &In<'_>) -> PResult<()> {
    NODES_LEFT.with(|left| match left.get() {
        0 => Err(PErr { remaining: input.len(), expected: "fewer values in one response", limit: Some(Limit::Nodes) }),
        n => {
            left.set(n - 1);
            Ok(())
        }
    })
}

impl<'a> ParserError<In<'a>> for PErr {
    type Inner = PErr;

    fn from_input(input: &In<'a>) -> PErr {
        PErr::at(input, "")
    }

    fn into_inner(self) -> Result<PErr, PErr> {
        Ok(self)
    }

    /// Of two failed alternatives, report the one that got furthest; a limit error wins.
    fn or(self, other: PErr) -> PErr {
        if self.is_limit() != other.is_limit() {
            return if self.is_limit() { self } else { other };
        }
        if other.remaining < self.remaining || (other.remaining == self.remaining && self.expected.is_empty()) {
            other
        } else {
            self
        }
    }
}

impl<'a> AddContext<In<'a>, &'static str> for PErr {
    fn add_context(mut self, _input: &In<'a>, _start: &<In<'a> as Stream>::Checkpoint, context: &'static str) -> PErr {
        if self.expected.is_empty() {
            self.expected = context;
        }
        self
    }
}

/// Spends one level of the nesting budget; fails (without recursing) when it is used up.
#[inline(always)]
pub(crate) fn deeper(input: &In<'_>, depth: usize) -> PResult<usize> {
    match depth.checked_sub(1) {
        Some(left) => Ok(left),
        None => Err(PErr { remaining: input.len(), expected: "less deeply nested data", limit: Some(Limit::Depth) }),
    }
}

/// The next byte, without consuming it.
#[inline(always)]
pub(crate) fn peek(input: &In<'_>) -> Option<u8> {
    input.first().copied()
}

/// Lossy UTF-8 text of some bytes.
pub(crate) fn lossy(bytes: &[u8]) -> String {
    // Valid UTF-8 (nearly always ASCII here) is checked word by word; the lossy path walks
    // the bytes in chunks and costs several times more.
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// Lossy UTF-8 text of owned bytes, reusing their buffer when they are valid UTF-8.
pub(crate) fn lossy_vec(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// A mask whose lowest set bit is the high bit of the first byte of `word` (little-endian
/// order) equal to `b`; 0 when there is none. (Bits above the first match may be spurious.)
#[inline(always)]
fn byte_mask(word: u64, b: u8) -> u64 {
    let x = word ^ (ONES * u64::from(b));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Position of the first byte of `bytes` that is one of `needles` (at most 4), scanning 8
/// bytes at a time.
#[inline(always)]
pub(crate) fn find_any(bytes: &[u8], needles: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        let mask = needles.iter().fold(0, |m, &b| m | byte_mask(word, b));
        if mask != 0 {
            return Some(offset + (mask.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    chunks.remainder().iter().position(|b| needles.contains(b)).map(|p| offset + p)
}

/// A list built on the stack and moved into a `Vec` of exactly its length when done, so
/// that the usual short lists cost one allocation and no reallocation or spare capacity.
pub(crate) struct ShortList<T, const N: usize> {
    head: [Option<T>; N],
    len: usize,
    spill: Vec<T>,
}

impl<T, const N: usize> ShortList<T, N> {
    /// An empty list.
    pub fn new() -> Self {
        ShortList { head: std::array::from_fn(|_| None), len: 0, spill: Vec::new() }
    }

    /// Whether nothing was pushed yet.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many items were pushed.
    pub fn len(&self) -> usize {
        self.len
    }

    /// The item at `index`.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&T> {
        match self.head.get(index) {
            Some(slot) => slot.as_ref(),
            None => self.spill.get(index - N),
        }
    }

    /// Appends an item.
    pub fn push(&mut self, item: T) {
        match self.head.get_mut(self.len) {
            Some(slot) => *slot = Some(item),
            None => self.spill.push(item),
        }
        self.len += 1;
    }

    /// The items, in a `Vec` with no spare capacity.
    pub fn into_vec(mut self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.len);
        // Taken slot by slot: moving the whole array into an iterator costs more than the
        // few items in it.
        for slot in self.head.iter_mut().take(self.len) {
            if let Some(item) = slot.take() {
                out.push(item);
            }
        }
        out.append(&mut self.spill);
        out
    }
}

/// `SP`, leniently one or more spaces.
///
/// Quirk (Q-SPACES): servers double spaces between items, after `*` and before `)`.
pub(crate) fn sp(input: &mut In<'_>) -> PResult<()> {
    if peek(input) != Some(b' ') {
        return Err(PErr::at(input, "SP"));
    }
    osp(input)
}

/// Zero or more spaces (Q-SPACES).
#[inline(always)]
pub(crate) fn osp(input: &mut In<'_>) -> PResult<()> {
    // Nearly always none or one: decided by two byte tests before any counting loop.
    match **input {
        [b' ', next, ..] if next != b' ' => *input = &input[1..],
        [b' ', ..] => {
            let spaces = input.iter().take_while(|&&b| b == b' ').count();
            *input = &input[spaces..];
        }
        _ => {}
    }
    Ok(())
}

/// The end of a response: optional trailing spaces (Q-SPACES), then `CRLF`, a bare `LF`
/// (Q-LF) or the end of the frame.
pub(crate) fn line_end(input: &mut In<'_>) -> PResult<()> {
    osp(input)?;
    let _ = opt(b'\r').parse_next(input)?;
    let _ = opt(b'\n').parse_next(input)?;
    if input.is_empty() {
        Ok(())
    } else {
        Err(PErr::at(input, "end of response (CRLF)"))
    }
}

/// Whether only the line end (and spaces) is left.
pub(crate) fn at_end(input: &In<'_>) -> bool {
    input.iter().all(|&b| matches!(b, b' ' | b'\r' | b'\n'))
}

/// Whether `b` may appear in an `astring` atom, leniently: any byte above SP except DEL and
/// `( ) { "`. RFC 3501 `ASTRING-CHAR` also excludes `% * \`; accepting them (and 8-bit bytes)
/// is quirk Q-ATOM.
#[inline]
pub(crate) fn is_astring_char(b: u8) -> bool {
    CLASS[usize::from(b)] & ASTRING != 0
}

/// Byte classes, looked up in [`CLASS`]: one table load instead of a chain of comparisons
/// in the loops that scan atoms and strings.
const ASTRING: u8 = 1;
const NAME: u8 = 2;
const QUOTED_SPECIAL: u8 = 4;
const MAILBOX_NAME: u8 = 8;

const CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        let astring = byte > b' ' && byte != 0x7f && !matches!(byte, b'(' | b')' | b'{' | b'"');
        if astring {
            table[b] |= ASTRING;
            if !matches!(byte, b'[' | b']' | b'<' | b'>') {
                table[b] |= NAME;
            }
        }
        if matches!(byte, b'"' | b'\\' | b'\r' | b'\n') {
            table[b] |= QUOTED_SPECIAL;
        }
        // An unquoted mailbox name: astring chars, and (Q-ATOM) control bytes but CR and LF.
        if astring || (byte.is_ascii_control() && !matches!(byte, b'\r' | b'\n')) {
            table[b] |= MAILBOX_NAME;
        }
        b += 1;
    }
    table
};

/// Whether `b` may appear in an unquoted mailbox name (see `parse::mailbox`).
#[inline]
pub(crate) fn is_mailbox_name_char(b: u8) -> bool {
    CLASS[usize::from(b)] & MAILBOX_NAME != 0
}

/// Whether `b` may appear in a keyword (response name, FETCH item name, code name):
/// an atom char that is not a bracket or angle bracket.
#[inline]
pub(crate) fn is_name_char(b: u8) -> bool {
    CLASS[usize::from(b)] & NAME != 0
}

/// Position of the first `"`, `\\`, CR or LF in `bytes`.
///
/// Quoted strings are most of the bytes of a FETCH response with ENVELOPE and
/// BODYSTRUCTURE, so on x86-64 they are scanned 16 bytes at a time with SSE2 (always
/// present there; `safe_arch` wraps the instructions in safe functions), the rest 8 at a
/// time.
#[inline]
fn find_quoted_special(bytes: &[u8]) -> Option<usize> {
    const NEEDLES: &[u8; 4] = b"\"\\\r\n";
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        use safe_arch::{cmp_eq_mask_i8_m128i, load_unaligned_m128i, move_mask_i8_m128i, set_splat_i8_m128i};
        let [quote, backslash, cr, lf] = (*NEEDLES).map(|b| set_splat_i8_m128i(b as i8));
        let mut chunks = bytes.chunks_exact(16);
        let mut offset = 0;
        for chunk in &mut chunks {
            let Ok(chunk) = <&[u8; 16]>::try_from(chunk) else { break };
            let v = load_unaligned_m128i(chunk);
            let hits = (cmp_eq_mask_i8_m128i(v, quote) | cmp_eq_mask_i8_m128i(v, backslash))
                | (cmp_eq_mask_i8_m128i(v, cr) | cmp_eq_mask_i8_m128i(v, lf));
            let mask = move_mask_i8_m128i(hits);
            if mask != 0 {
                return Some(offset + mask.trailing_zeros() as usize);
            }
            offset += 16;
        }
        find_any(chunks.remainder(), NEEDLES).map(|at| offset + at)
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    find_any(bytes, NEEDLES)
}

/// A keyword such as `FETCH`, `RFC822.SIZE` or `UIDVALIDITY` (an `atom` without brackets),
/// upper-cased. Quirk (Q-CASE): keywords are matched case-insensitively.
pub(crate) fn keyword(input: &mut In<'_>) -> PResult<String> {
    take_while(1.., is_name_char)
        .map(|name: &[u8]| lossy_vec(name.to_ascii_uppercase()))
        .context("keyword")
        .parse_next(input)
}

/// Longest keyword [`keyword_in`] upper-cases in place.
pub(crate) const KEYWORD_BUF: usize = 32;

/// A keyword as [`keyword`] does, upper-cased into `buf` without allocating when it fits;
/// `Ok(None)` when it is too long or not UTF-8 (the caller then treats it as unknown, or
/// calls [`keyword`]). The input is consumed either way.
pub(crate) fn keyword_in<'b>(input: &mut In<'_>, buf: &'b mut [u8; KEYWORD_BUF]) -> PResult<Option<&'b str>> {
    Ok(keyword_bytes_in(input, buf)?.and_then(|name| std::str::from_utf8(name).ok()))
}

/// [`keyword_in`] as bytes, for callers that match byte strings (no UTF-8 check).
pub(crate) fn keyword_bytes_in<'b>(input: &mut In<'_>, buf: &'b mut [u8; KEYWORD_BUF]) -> PResult<Option<&'b [u8]>> {
    let len = input.iter().position(|&b| !is_name_char(b)).unwrap_or(input.len());
    if len == 0 {
        return Err(PErr::at(input, "keyword"));
    }
    let (name, rest) = input.split_at(len);
    *input = rest;
    let Some(dest) = buf.get_mut(..name.len()) else { return Ok(None) };
    for (d, s) in dest.iter_mut().zip(name) {
        *d = s.to_ascii_uppercase();
    }
    Ok(Some(dest))
}

/// `number = 1*DIGIT` as a `u64`; fails on overflow.
pub(crate) fn number64(input: &mut In<'_>) -> PResult<u64> {
    let start = *input;
    let (value, len) = digits(input);
    if len == 0 {
        return Err(PErr::at(input, "number"));
    }
    *input = &input[len..];
    value.ok_or_else(|| PErr::at(&start, "number that fits in 64 bits"))
}

/// `number` / `nz-number` as a `u32` (zero tolerated); fails on overflow.
pub(crate) fn number32(input: &mut In<'_>) -> PResult<u32> {
    let start = *input;
    let n = number64(input)?;
    u32::try_from(n).map_err(|_| PErr::at(&start, "number that fits in 32 bits"))
}

/// A size or count (`RFC822.SIZE`, `body-fld-octets`, quota and STATUS values).
///
/// Quirk (Q-NUMBER): a leading `-` gives 0 and a value beyond `u64` saturates, instead of
/// failing. The digits must end the token: `9.3736e+06` (a size printed as a float) is an
/// error, not 9 followed by a stray `.3736e+06` that would shift every later field.
#[inline(always)]
pub(crate) fn size(input: &mut In<'_>) -> PResult<u64> {
    let negative = peek(input) == Some(b'-');
    if negative {
        *input = &input[1..];
    }
    let (value, len) = digits(input);
    if len == 0 {
        return Err(PErr::at(input, "number"));
    }
    if input.get(len).is_some_and(|&b| is_name_char(b)) {
        return Err(PErr::at(input, "number ending at a space or \")\""));
    }
    *input = &input[len..];
    Ok(if negative { 0 } else { value.unwrap_or(u64::MAX) })
}

/// The value of the leading digits of `input` (`None` on overflow) and how many there are.
#[inline]
fn digits(input: &[u8]) -> (Option<u64>, usize) {
    let mut value = Some(0u64);
    let mut len = 0;
    for &b in input {
        if !b.is_ascii_digit() {
            break;
        }
        value = value.and_then(|v| v.checked_mul(10)).and_then(|v| v.checked_add(u64::from(b - b'0')));
        len += 1;
    }
    (value, len)
}

/// `nil = "NIL"` (case-insensitive), not followed by more atom characters.
pub(crate) fn nil(input: &mut In<'_>) -> PResult<()> {
    let start = *input;
    let word: &[u8] = take_while(1.., is_name_char).context("NIL").parse_next(input)?;
    if word.eq_ignore_ascii_case(b"NIL") {
        Ok(())
    } else {
        Err(PErr::at(&start, "NIL"))
    }
}

/// `quoted = DQUOTE *QUOTED-CHAR DQUOTE`, with a closing quote recognised only where
/// followed by a delimiter (see [`quoted_with`]).
pub(crate) fn quoted(input: &mut In<'_>) -> PResult<Vec<u8>> {
    quoted_with(input, ends_token)
}

/// Whether the bytes after a candidate closing quote start a new token or end the item:
/// nothing, SP, `)`, `]`, `(` , CR or LF.
pub(crate) fn ends_token(after: &[u8]) -> bool {
    matches!(after.first(), None | Some(b' ' | b')' | b']' | b'(' | b'\r' | b'\n'))
}

/// `quoted`, where `closes(after)` decides whether a `"` ends the string.
///
/// Quirks: 8-bit and UTF-8 bytes are taken as they are (Q-8BIT); a backslash before anything
/// but `"` or `\` is kept literally; and an unescaped `"` followed by bytes for which
/// `closes` is false is taken as part of the string (Q-QUOTE): unambiguous, since a real
/// closing quote must be followed by a delimiter.
pub(crate) fn quoted_with(input: &mut In<'_>, closes: fn(&[u8]) -> bool) -> PResult<Vec<u8>> {
    quoted_cow(input, closes).map(Cow::into_owned)
}

/// [`quoted_with`], borrowing from the input when the string has no escapes.
pub(crate) fn quoted_cow<'a>(input: &mut In<'a>, closes: fn(&[u8]) -> bool) -> PResult<Cow<'a, [u8]>> {
    let start = *input;
    let Some((b'"', bytes)) = input.split_first() else { return Err(PErr::at(input, "quoted string")) };
    let mut out: Option<Vec<u8>> = None;
    // Start of the bytes not yet copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    while let Some(found) = find_quoted_special(&bytes[i..]) {
        let at = i + found;
        match bytes[at] {
            b'"' if closes(&bytes[at + 1..]) => {
                *input = &bytes[at + 1..];
                return Ok(match out {
                    // The usual case: no escapes, borrowed.
                    None => Cow::Borrowed(&bytes[..at]),
                    Some(mut out) => {
                        out.extend_from_slice(&bytes[copied..at]);
                        Cow::Owned(out)
                    }
                });
            }
            b'\\' if matches!(bytes.get(at + 1), Some(b'"' | b'\\')) => {
                let out = out.get_or_insert_with(|| Vec::with_capacity(bytes.len().min(at + 64)));
                out.extend_from_slice(&bytes[copied..at]);
                copied = at + 1;
                i = at + 2;
            }
            b'\r' | b'\n' => break,
            // An unescaped quote inside the string (Q-QUOTE) or a lone backslash: kept.
            _ => i = at + 1,
        }
    }
    Err(PErr::at(&start, "closing quote"))
}

/// `literal = "{" number ["+"] "}" CRLF *CHAR8`, and `literal8 = "~{" number "}" CRLF
/// *OCTET` (RFC 3516). The data must be in the frame, so nothing is allocated beyond it.
/// Quirk (Q-LF): a bare LF after the header is accepted.
pub(crate) fn literal_string(input: &mut In<'_>) -> PResult<Vec<u8>> {
    literal_slice(input).map(<[u8]>::to_vec)
}

/// [`literal_string`], borrowing the data from the input.
pub(crate) fn literal_slice<'a>(input: &mut In<'a>) -> PResult<&'a [u8]> {
    let start = *input;
    let len = literal_header(input)?;
    let len = usize::try_from(len).map_err(|_| PErr::at(&start, "literal data"))?;
    if input.len() < len {
        return Err(PErr::at(&start, "literal data of the announced length"));
    }
    take(len).parse_next(input)
}

/// The header of a `literal` or `literal8`: `["~"] "{" number ["+"] "}" CRLF`, giving the
/// announced length (Q-LF: a bare LF is accepted).
pub(crate) fn literal_header(input: &mut In<'_>) -> PResult<u64> {
    let _ = opt(b'~').parse_next(input)?;
    let len = delimited(b'{', number64, (opt(b'+'), b'}')).context("literal").parse_next(input)?;
    (opt(b'\r'), b'\n').context("CRLF after literal header").parse_next(input)?;
    Ok(len)
}

/// `string = quoted / literal` (and `literal8`).
pub(crate) fn string(input: &mut In<'_>) -> PResult<Vec<u8>> {
    match peek(input) {
        Some(b'"') => quoted(input),
        Some(b'{' | b'~') => literal_string(input),
        _ => Err(PErr::at(input, "string")),
    }
}

/// An `nstring` where servers are sloppy.
///
/// Quirk (Q-NIL): besides a string or NIL, an empty list `()` reads as NIL and a bare atom
/// or number as a string.
pub(crate) fn nstring_lenient(input: &mut In<'_>) -> PResult<Option<Vec<u8>>> {
    Ok(nstring_cow(input)?.map(Cow::into_owned))
}

/// Whether three bytes are `NIL` in any case: setting bit 5 of each byte maps exactly `N`
/// and `n` (and so on) to the lower-case letter, so one compare decides.
#[inline(always)]
fn is_nil_word(three: &[u8]) -> bool {
    match three {
        [a, b, c] => u32::from_le_bytes([*a, *b, *c, 0]) | 0x0020_2020 == u32::from_le_bytes(*b"nil\0"),
        _ => false,
    }
}

/// The two usual forms of an `nstring`, recognised without building a `Cow`: `NIL`
/// (`Some(None)`), and a quoted string without escapes whose first quote ends it
/// (`Some(Some(bytes))`). `None`, consuming nothing, for anything else.
#[inline(always)]
pub(crate) fn quick_nstring<'a>(input: &mut In<'a>) -> Option<Option<&'a [u8]>> {
    let bytes: &'a [u8] = input;
    match bytes.first()? {
        b'"' => {
            let body = &bytes[1..];
            let at = find_quoted_special(body)?;
            if body[at] != b'"' || !ends_token(&body[at + 1..]) {
                return None;
            }
            *input = &body[at + 1..];
            Some(Some(&body[..at]))
        }
        b'N' | b'n' => {
            let nil = is_nil_word(bytes.get(..3)?) && !bytes.get(3).is_some_and(|&b| is_name_char(b));
            if !nil {
                return None;
            }
            *input = &bytes[3..];
            Some(None)
        }
        _ => None,
    }
}

/// [`nstring_lenient`] as lossily decoded [`Text`].
pub(crate) fn nstring_text(input: &mut In<'_>) -> PResult<Option<Text>> {
    match quick_nstring(input) {
        Some(found) => Ok(found.map(Text::from_utf8_lossy)),
        None => Ok(nstring_cow(input)?.map(|s| Text::from_utf8_lossy(&s))),
    }
}

/// [`nstring_lenient`], borrowing from the input where it can.
pub(crate) fn nstring_cow<'a>(input: &mut In<'a>) -> PResult<Option<Cow<'a, [u8]>>> {
    match peek(input) {
        Some(b'"') => quoted_cow(input, ends_token).map(Some),
        Some(b'{' | b'~') => literal_slice(input).map(|s| Some(Cow::Borrowed(s))),
        Some(b'(') => (b'(', osp, b')').map(|_| None).context("nstring").parse_next(input),
        _ => {
            let len = input.iter().take_while(|&&b| is_name_char(b)).count();
            if len == 0 {
                return Err(PErr::at(input, "nstring"));
            }
            let (atom, rest) = input.split_at(len);
            *input = rest;
            Ok(if atom.eq_ignore_ascii_case(b"NIL") { None } else { Some(Cow::Borrowed(atom)) })
        }
    }
}

/// `astring = 1*ASTRING-CHAR / string` (lenient chars, Q-ATOM).
pub(crate) fn astring(input: &mut In<'_>) -> PResult<Vec<u8>> {
    match peek(input) {
        Some(b'"' | b'{') => string(input),
        Some(b'~') if input.get(1) == Some(&b'{') => string(input),
        _ => take_while(1.., is_astring_char).map(<[u8]>::to_vec).context("astring").parse_next(input),
    }
}

/// An `astring` where `]` ends the atom (inside a response code).
pub(crate) fn astring_in_code(input: &mut In<'_>) -> PResult<Vec<u8>> {
    match peek(input) {
        Some(b'"' | b'{') => string(input),
        _ => take_while(1.., |b| is_astring_char(b) && b != b']')
            .map(<[u8]>::to_vec)
            .context("astring")
            .parse_next(input),
    }
}

/// `flag = "\Answered" / ... / flag-keyword / flag-extension`, also `flag-perm` (`\*`)
/// and `flag-fetch` (`\Recent`).
///
/// Quirk (Q-FLAG): any run of atom-ish bytes is a flag, including `\*`, `%`, `]` and 8-bit
/// bytes; a quoted flag is accepted too.
pub(crate) fn flag(input: &mut In<'_>) -> PResult<Flag> {
    if peek(input) == Some(b'"') {
        return Ok(Flag::from_wire(&lossy_vec(quoted(input)?)));
    }
    let bytes: &[u8] = take_while(1.., is_astring_char).context("flag").parse_next(input)?;
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => Flag::from_wire(text),
        Err(_) => Flag::from_wire(&lossy(bytes)),
    })
}

/// The items of a parenthesized list whose `(` was consumed, up to and including `)`.
/// Quirk (Q-SPACES): any number of spaces, or none, between items and around them. Each
/// item parser consumes input or fails, so this ends at `)` or with an error at end of input.
pub(crate) fn list_items<'i, T>(
    input: &mut In<'i>,
    mut item: impl FnMut(&mut In<'i>) -> PResult<T>,
) -> PResult<Vec<T>> {
    osp(input)?;
    if peek(input) == Some(b')') {
        input.next_token();
        return Ok(Vec::new());
    }
    // Not empty: room for the usual few items at once, instead of growing from nothing.
    let mut items = Vec::with_capacity(4);
    loop {
        charge(input)?;
        items.push(item(input)?);
        osp(input)?;
        if peek(input) == Some(b')') {
            input.next_token();
            return Ok(items);
        }
    }
}

/// `flag-list = "(" [flag *(SP flag)] ")"`.
/// Quirk (Q-NIL): NIL reads as an empty list.
pub(crate) fn flag_list(input: &mut In<'_>) -> PResult<Vec<Flag>> {
    if peek(input) != Some(b'(') {
        nil.context("flag list").parse_next(input)?;
        return Ok(Vec::new());
    }
    b'('.parse_next(input)?;
    list_items(input, flag)
}

/// `sequence-set` (also `uid-set`, `known-uids`).
pub(crate) fn sequence_set(input: &mut In<'_>) -> PResult<SequenceSet> {
    let start = *input;
    let text: &[u8] = take_while(1.., |b: u8| b.is_ascii_digit() || matches!(b, b':' | b',' | b'*'))
        .context("sequence set")
        .parse_next(input)?;
    std::str::from_utf8(text).ok().and_then(|t| t.parse().ok()).ok_or_else(|| PErr::at(&start, "valid sequence set"))
}

/// `"(" "MODSEQ" SP mod-sequence-value ")"` after SEARCH/SORT numbers (RFC 7162).
pub(crate) fn modseq_suffix(input: &mut In<'_>) -> PResult<u64> {
    delimited((b'(', osp, literal(winnow::ascii::Caseless("MODSEQ")), sp), number64, (osp, b')'))
        .context("(MODSEQ n)")
        .parse_next(input)
}

/// A generic token: `value = "(" [value *(SP value)] ")" / string / nil / number / atom`,
/// where atoms may carry `[...]` sections. With `in_code`, `]` ends an atom.
pub(crate) fn value(input: &mut In<'_>, depth: usize, in_code: bool) -> PResult<Value> {
    charge(input)?;
    match peek(input) {
        Some(b'(') => {
            let depth = deeper(input, depth)?;
            b'('.parse_next(input)?;
            let mut items = Vec::new();
            loop {
                osp(input)?;
                match peek(input) {
                    Some(b')') => {
                        input.next_token();
                        return Ok(Value::List(items));
                    }
                    None | Some(b'\r' | b'\n') => return Err(PErr::at(input, "\")\"")),
                    _ => items.push(value(input, depth, in_code)?),
                }
            }
        }
        Some(b'"') => quoted(input).map(Value::String),
        Some(b'{' | b'~') => {
            let start = *input;
            match literal_string(input) {
                Ok(data) => Ok(Value::String(data)),
                Err(_) => {
                    *input = start;
                    generic_atom(input, in_code)
                }
            }
        }
        _ => generic_atom(input, in_code),
    }
}

/// An atom that may carry `[...]` sections (`BODY[HEADER.FIELDS (A B)]<0>`), raw. With
/// `in_code`, `]` outside a section ends it.
pub(crate) fn atom_with_sections<'a>(input: &mut In<'a>, in_code: bool) -> PResult<&'a [u8]> {
    let bytes = *input;
    let mut len = 0;
    while len < bytes.len() {
        let b = bytes[len];
        if b == b'[' {
            // A section runs to the next `]`, spaces and parentheses included.
            match bytes[len..].iter().position(|&c| c == b']' || c == b'\n') {
                Some(end) if bytes[len + end] == b']' => len += end + 1,
                _ => break,
            }
        } else if b > b' ' && b != 0x7f && !matches!(b, b'(' | b')' | b'"') && !(in_code && b == b']') {
            len += 1;
        } else {
            break;
        }
    }
    if len == 0 {
        return Err(PErr::at(input, "atom, string, number or list"));
    }
    *input = &bytes[len..];
    Ok(&bytes[..len])
}

/// An atom of the generic tokeniser: NIL, a number or an atom (with `[...]` sections).
fn generic_atom(input: &mut In<'_>, in_code: bool) -> PResult<Value> {
    let atom = atom_with_sections(input, in_code)?;
    if atom.eq_ignore_ascii_case(b"NIL") {
        return Ok(Value::Nil);
    }
    if let (Some(n), len) = digits(atom) {
        if len == atom.len() {
            return Ok(Value::Number(n));
        }
    }
    Ok(Value::Atom(lossy(atom)))
}

/// Tokenises everything up to the line end into values.
pub(crate) fn rest_values(input: &mut In<'_>, depth: usize) -> PResult<Vec<Value>> {
    let mut values = Vec::new();
    loop {
        osp(input)?;
        if at_end(input) {
            return Ok(values);
        }
        values.push(value(input, depth, false)?);
    }
}

/// A `"(" ... ")"` list of astrings (`header-list`, BADCHARSET, X-GM-LABELS).
pub(crate) fn astring_list(input: &mut In<'_>) -> PResult<Vec<Vec<u8>>> {
    b'('.context("(").parse_next(input)?;
    list_items(input, |input| astring.parse_next(input).map_err(|e| PErr { expected: "astring or \")\"", ..e }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_class_scans_agree_with_plain_comparisons() {
        for b in 0..=255u8 {
            let astring = b > b' ' && b != 0x7f && !matches!(b, b'(' | b')' | b'{' | b'"');
            assert_eq!(is_astring_char(b), astring, "{b}");
            assert_eq!(is_name_char(b), astring && !matches!(b, b'[' | b']' | b'<' | b'>'), "{b}");
        }
        // Every length around the switch to the 8-bytes-at-a-time scan, each special byte at
        // every position.
        for len in 0..80 {
            for &special in b"\"\\\r\n" {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = special;
                    assert_eq!(find_quoted_special(&bytes), Some(at), "len {len} at {at}");
                }
            }
            assert_eq!(find_quoted_special(&vec![0xc3; len]), None);
        }
    }

    fn run<T>(mut f: impl FnMut(&mut In<'_>) -> PResult<T>, text: &[u8]) -> (PResult<T>, usize) {
        let mut input = text;
        let result = f(&mut input);
        (result, input.len())
    }

    #[test]
    fn quoted_strings() {
        assert_eq!(run(quoted, b"\"a\\\"b\\\\c\" x").0.unwrap(), b"a\"b\\c");
        // Q-QUOTE: inner quote not followed by a delimiter.
        assert_eq!(run(quoted, b"\"say \"hi\"there\")").0.unwrap(), b"say \"hi\"there");
        // Q-8BIT
        assert_eq!(run(quoted, "\"caf\u{e9}\"".as_bytes()).0.unwrap(), "caf\u{e9}".as_bytes());
        assert!(run(quoted, b"\"open\r\n").0.is_err());
    }

    #[test]
    fn literals_and_numbers() {
        assert_eq!(run(literal_string, b"{3}\r\nabcde").0.unwrap(), b"abc");
        assert_eq!(run(literal_string, b"~{2+}\nab").0.unwrap(), b"ab");
        assert!(run(literal_string, b"{30}\r\nabc").0.is_err());
        assert_eq!(run(size, b"-1").0.unwrap(), 0);
        assert_eq!(run(size, b"99999999999999999999999").0.unwrap(), u64::MAX);
        assert!(run(number32, b"4294967296").0.is_err());
    }

    #[test]
    fn generic_values() {
        let (v, left) = run(|i| value(i, 10, false), b"(a \"b\" {3}\r\nxyz NIL 12 BODY[HEADER.FIELDS (A B)]<0>) rest");
        assert_eq!(left, 5);
        assert_eq!(
            v.unwrap(),
            Value::List(vec![
                Value::Atom("a".into()),
                Value::String(b"b".to_vec()),
                Value::String(b"xyz".to_vec()),
                Value::Nil,
                Value::Number(12),
                Value::Atom("BODY[HEADER.FIELDS (A B)]<0>".into()),
            ])
        );
        let deep = [b"(".repeat(100), b")".repeat(100)].concat();
        let (v, _) = run(|i| value(i, 64, false), &deep);
        assert_eq!(v.unwrap_err().limit, Some(Limit::Depth));
    }
}
