//! Parser and framer errors.

use std::fmt;

use super::core::{Limit, PErr};
use super::ParseOptions;

/// Longest excerpt of the offending line kept in a [`ParseError`].
const MAX_EXCERPT: usize = 256;

/// A framing error: the server broke a limit of [`super::ParseOptions`]. Raised before the
/// offending data is buffered; the connection should be closed afterwards, since the rest of
/// the stream cannot be delimited reliably.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameError {
    /// A literal header announced more bytes than `max_literal`.
    LiteralTooLarge {
        /// The announced size (saturated at `u64::MAX` when it does not even fit).
        size: u64,
        /// The limit.
        max: u64,
    },
    /// More than `max_line` bytes outside literals without the response ending.
    LineTooLong {
        /// The limit.
        max: usize,
    },
    /// The literals of one response announce more than `max_literal_total` bytes together
    /// (literals streamed to a sink do not count: they are not held).
    LiteralsTooLarge {
        /// Their announced total so far (saturated).
        total: u64,
        /// The limit.
        max: u64,
    },
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameError::LiteralTooLarge { size, max } => {
                write!(f, "literal of {size} bytes exceeds the limit of {max}")
            }
            FrameError::LineTooLong { max } => write!(f, "response line exceeds the limit of {max} bytes"),
            FrameError::LiteralsTooLarge { total, max } => {
                write!(f, "literals of one response total {total} bytes, over the limit of {max}")
            }
        }
    }
}

impl std::error::Error for FrameError {}

/// What went wrong in a [`ParseError`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// The frame does not match the grammar; `expected` names the rule or token that was
    /// expected where parsing stopped.
    Syntax {
        /// The rule or token expected.
        expected: &'static str,
    },
    /// Lists nest deeper than `max_depth`.
    TooDeep {
        /// The limit.
        max_depth: usize,
    },
    /// The response holds more values (list items, strings, flags, addresses, body parts,
    /// FETCH items) than `max_nodes`: parsing stopped before building more. Recoverable,
    /// like a syntax error.
    TooManyValues {
        /// The limit.
        max_nodes: usize,
    },
    /// A framing error (see [`FrameError`]); not recoverable.
    Frame(FrameError),
}

/// A response that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// What went wrong.
    pub kind: ParseErrorKind,
    /// Offset in the frame where parsing stopped.
    pub offset: usize,
    /// The offending line (the part of the frame around `offset`), at most 256 bytes.
    pub line: Vec<u8>,
    /// Length of the whole frame: drop this many bytes to skip the bad response and
    /// resynchronise. 0 for framing errors.
    pub consumed: usize,
    /// The frame's first bytes (at most 1 KiB): what the response was, for reporting it.
    pub head: Vec<u8>,
}

impl ParseError {
    pub(crate) fn from_parser(frame: &[u8], e: PErr, opts: &ParseOptions) -> ParseError {
        let offset = frame.len().saturating_sub(e.remaining);
        let kind = match e.limit {
            Some(Limit::Depth) => ParseErrorKind::TooDeep { max_depth: opts.max_depth },
            Some(Limit::Nodes) => ParseErrorKind::TooManyValues { max_nodes: opts.max_nodes },
            None => {
                ParseErrorKind::Syntax { expected: if e.expected.is_empty() { "valid response" } else { e.expected } }
            }
        };
        ParseError { kind, offset, line: excerpt(frame, offset), consumed: frame.len(), head: head(frame) }
    }

    pub(crate) fn from_frame(buf: &[u8], e: FrameError) -> ParseError {
        let offset = buf.len();
        ParseError { kind: ParseErrorKind::Frame(e), offset, line: excerpt(buf, offset), consumed: 0, head: head(buf) }
    }

    /// Whether the caller can skip `consumed` bytes and go on (true for all but framing
    /// errors).
    pub fn is_recoverable(&self) -> bool {
        !matches!(self.kind, ParseErrorKind::Frame(_))
    }

    /// The excerpt as (lossy) text.
    pub fn line_text(&self) -> String {
        String::from_utf8_lossy(&self.line).into_owned()
    }
}

fn head(frame: &[u8]) -> Vec<u8> {
    frame[..frame.len().min(1024)].to_vec()
}

/// The line of `frame` containing `offset`, cut to [`MAX_EXCERPT`] bytes around it.
fn excerpt(frame: &[u8], offset: usize) -> Vec<u8> {
    let offset = offset.min(frame.len());
    let line_start = frame[..offset].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let line_end = frame[offset..].iter().position(|&b| b == b'\n').map_or(frame.len(), |p| offset + p);
    let start = line_start.max(offset.saturating_sub(MAX_EXCERPT / 2));
    let end = line_end.min(start + MAX_EXCERPT);
    frame[start..end].to_vec()
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ParseErrorKind::Syntax { expected } => {
                write!(f, "cannot parse response at byte {}: expected {expected}", self.offset)?
            }
            ParseErrorKind::TooDeep { max_depth } => {
                write!(f, "response nests deeper than the limit ({max_depth}) at byte {}", self.offset)?
            }
            ParseErrorKind::TooManyValues { max_nodes } => {
                write!(f, "response holds more than {max_nodes} values (stopped at byte {})", self.offset)?
            }
            ParseErrorKind::Frame(e) => write!(f, "{e}")?,
        }
        write!(f, " in {:?}", String::from_utf8_lossy(&self.line))
    }
}

impl std::error::Error for ParseError {}
