//! Response parser: a [`Framer`] that finds where one response ends in a growing buffer,
//! then [`parse_response`], a winnow parser over that complete frame.
//!
//! # Use
//!
//! ```
//! use imapkit_core::parse::{Frame, Framer, ParseOptions, parse_response};
//! use imapkit_core::types::{Response, Untagged};
//!
//! let opts = ParseOptions::default();
//! let mut framer = Framer::new(opts.clone());
//! let mut buf = b"* 3 EXISTS\r\n* 1 FETCH (UID 7)".to_vec();
//! let Ok(Frame::Complete(len)) = framer.next_frame(&buf) else { panic!() };
//! let response = parse_response(&buf[..len], &opts).unwrap();
//! assert_eq!(response, Response::Untagged(Untagged::Exists(3)));
//! buf.drain(..len);
//! framer.reset();
//! assert!(matches!(framer.next_frame(&buf), Ok(Frame::Incomplete { .. })));
//! ```
//!
//! # Borrowed parsing
//!
//! [`parse_response_ref`] reads the same frames into borrowed values
//! ([`crate::types::borrowed`]): a FETCH response's strings are slices of the frame and its
//! nodes live in an [`Arena`] that is reset between responses, so parsing allocates nothing
//! and dropping costs nothing. About 2.5 times faster than the owned parse on FETCH metadata;
//! for code that looks at each response once (indexing, syncing) and keeps little of it.
//! Both forms come from one grammar (the envelope and body parsers are generic over what
//! they build), and `into_owned` gives exactly the owned parse.
//!
//! # Errors and resynchronisation
//!
//! A frame that does not parse gives a [`ParseError`] with [`ParseErrorKind::Syntax`] (or
//! [`ParseErrorKind::TooDeep`]); [`ParseError::consumed`] is the frame length, so the caller
//! drops exactly that response and goes on. Framing errors ([`FrameError`]: literal too
//! large, line too long) are raised before anything is buffered or allocated for the
//! offending data; the stream cannot be trusted after them.
//!
//! # Quirks of real servers that are tolerated
//!
//! Each is tagged in the code where it is handled and has a test:
//!
//! - **Q-SPACES**: extra or doubled spaces after `*`, between items, before `)` and at the
//!   line end; missing spaces between `)` and the next item.
//! - **Q-TEXT**: missing text after a status or response code (`* OK [UIDNEXT 5]`), a bare
//!   `+`, `[` and `]` inside response text, a `[` that opens no valid code.
//! - **Q-TEXT-LITERAL**: status and continuation text ending in `{n}` (`* OK Your quota is
//!   {5}`) is text: the framer announces no literal on such a line.
//! - **Q-NIL**: NIL where a list or string is expected and vice versa (`()` or `""` for NIL,
//!   NIL for a flag list, a bare atom for a string).
//! - **Q-NUMBER**: negative or oversized sizes saturate (`RFC822.SIZE -1` is 0), MODSEQ
//!   without parentheses.
//! - **Q-8BIT**: raw 8-bit / UTF-8 bytes in quoted strings and atoms.
//! - **Q-QUOTE**: unescaped `"` inside a quoted string when the quote is not followed by a
//!   delimiter (and, in an envelope subject, not followed by the next field).
//! - **Q-FLAG**: `\*` and odd characters in flags.
//! - **Q-BODY**: BODYSTRUCTURE with missing or empty parts, NIL or odd parameter lists,
//!   string dispositions, text parts without line count, message parts without envelope,
//!   multiparts without parts or with the subtype in parentheses; a size that is not an
//!   integer (`9.3736e+06`) makes the item unparsed, never a shifted reading.
//! - **Q-FETCH**: a known FETCH item whose value has an unexpected shape is kept as
//!   [`crate::types::FetchAttr::Unparsed`] with its bytes (the other items survive);
//!   `BODY.PEEK[...]`, `BINARY.PEEK[...]`, `<origin.length>` and spaces around a section are
//!   read with their meaning.
//! - **Q-ENVELOPE**: an envelope in an extra pair of parentheses, bare atoms in addresses, an
//!   address list holding one address without its own parentheses.
//! - **Q-DEPTH**: nesting deeper than [`ParseOptions::max_depth`] is an error, not a stack
//!   overflow.
//! - **Q-CASE**: keywords in any case (`* ok`, `fetch`, `uid`).
//! - **Q-LF**: bare LF line ends, also after literal headers.
//! - **Q-ATOM**: atoms with `%`, `*`, `\` or 8-bit bytes; bare mailbox names with TAB or
//!   other control bytes.

mod body;
mod borrowed;
mod build;
mod core;
mod error;
mod fetch;
mod frame;
mod mailbox;
mod pack;
mod response;
mod stream;

pub(crate) use borrowed::{extension_values, fetch_attr_of, section_of};
pub(crate) use fetch::generic_value;

/// Nesting allowed when parsing again bytes kept from a response
/// ([`crate::types::borrowed::FetchAttrRef::Other`], [`crate::types::UnparsedAttr::raw`],
/// body extension data). They were parsed within [`ParseOptions::max_depth`] (meant to stay
/// in the hundreds), but they are public fields that any code can fill, so the re-parse is
/// bounded too: deeper bytes do not overflow the stack, they convert to a fallback.
pub(crate) const REPARSE_DEPTH: usize = 1_000;
pub use borrowed::{parse_response_ref, Arena};
pub use error::{FrameError, ParseError, ParseErrorKind};
pub use frame::{Frame, Framer, LiteralSink, LiteralSpan, WriteSink};
pub use stream::ResponseStream;

use crate::types::Response;

/// Limits applied while framing and parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseOptions {
    /// Largest literal accepted, in bytes (default 64 MiB). Checked when the `{n}` header is
    /// seen, before any of the data is buffered.
    pub max_literal: u64,
    /// Most bytes outside literals in one response (default 1 MiB).
    pub max_line: usize,
    /// Most bytes of literal data held for one response, all its literals together
    /// (default 128 MiB, two of the largest literal). Checked at each `{n}` header; literals
    /// streamed to a sink do not count. Without it, many literals each under
    /// [`ParseOptions::max_literal`] could hold any amount.
    pub max_literal_total: u64,
    /// Deepest nesting of parenthesised lists (default 64). Each level costs some stack in
    /// the recursive parser, so keep it in the hundreds at most.
    pub max_depth: usize,
    /// Most values built for one response (default 1,000,000): list items, strings, flags,
    /// addresses, body parts, FETCH items, capabilities, thread nodes. SEARCH numbers, which
    /// take less room parsed than on the wire, do not count. Tiny items on the wire (`X NIL`)
    /// cost far more parsed, so this bounds what a response costs however its bytes are
    /// spent; beyond it the response is a [`ParseErrorKind::TooManyValues`] error.
    pub max_nodes: usize,
}

impl Default for ParseOptions {
    fn default() -> ParseOptions {
        ParseOptions {
            max_literal: 64 * 1024 * 1024,
            max_line: 1024 * 1024,
            max_literal_total: 128 * 1024 * 1024,
            max_depth: 64,
            max_nodes: 1_000_000,
        }
    }
}

/// The result of [`parse_one`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Parsed {
    /// A complete response was at the start of the buffer.
    Complete {
        /// The response.
        response: Response,
        /// Bytes it took; the next response starts there.
        consumed: usize,
    },
    /// More bytes are needed.
    Incomplete {
        /// Bytes of literal data still to come, when waiting for a literal.
        needed: Option<u64>,
    },
}

/// Parses one complete framed response (as delimited by [`Framer`]): exactly one response
/// line with its literals and line end. The whole frame must be used.
pub fn parse_response(frame: &[u8], opts: &ParseOptions) -> Result<Response, ParseError> {
    parse_response_streamed(frame, opts, &[])
}

/// Parses a frame from [`Framer::next_frame_streaming`], whose streamed literals
/// ([`Framer::streamed`]) are missing from it: each FETCH item whose literal was streamed is
/// a [`crate::types::FetchAttr::Streamed`] holding the item without data and the literal's
/// length. With no streamed literals this is [`parse_response`].
pub fn parse_response_streamed(
    frame: &[u8],
    opts: &ParseOptions,
    streamed: &[LiteralSpan],
) -> Result<Response, ParseError> {
    let mut input = frame;
    let streamed = fetch::Streamed::new(frame.len(), streamed);
    let budget = core::NodeBudget::arm(opts.max_nodes);
    // Plain matches rather than combinators: each of those moved the response (128 bytes)
    // once more.
    let result = match response::response(&mut input, opts.max_depth, &streamed) {
        Ok(result) => result,
        Err(e) => return Err(ParseError::from_parser(frame, e, opts)),
    };
    if let Err(e) = core::line_end(&mut input) {
        return Err(ParseError::from_parser(frame, e, opts));
    }
    drop(budget);
    if !streamed.all_used() {
        // A streamed literal where the parser did not expect body data: refuse the frame
        // rather than read the bytes after the header as the literal.
        let e = core::PErr { remaining: 0, expected: "streamed literal as the value of a body item", limit: None };
        return Err(ParseError::from_parser(frame, e, opts));
    }
    Ok(result)
}

/// Frames and parses the first response in `buf`, statelessly (it rescans from the start,
/// so use a [`Framer`] for streaming).
pub fn parse_one(buf: &[u8], opts: &ParseOptions) -> Result<Parsed, ParseError> {
    let mut framer = Framer::new(opts.clone());
    match framer.next_frame(buf) {
        Ok(Frame::Complete(len)) => {
            Ok(Parsed::Complete { response: parse_response(&buf[..len], opts)?, consumed: len })
        }
        Ok(Frame::Incomplete { literal_remaining }) => Ok(Parsed::Incomplete { needed: literal_remaining }),
        Err(e) => Err(ParseError::from_frame(buf, e)),
    }
}
