//! Framing: finding where one response ends in a growing buffer.

use super::error::FrameError;
use super::ParseOptions;

/// Longest digit run accepted in a literal header before it is "too large" outright.
const MAX_LITERAL_DIGITS: usize = 20;

/// What [`Framer::next_frame`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// The first `n` bytes of the buffer are one complete response (line end included).
    Complete(usize),
    /// The response is not complete yet.
    Incomplete {
        /// When inside a literal: how many bytes of its data are still missing.
        literal_remaining: Option<u64>,
    },
}

/// Where the data of one literal lies in the frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiteralSpan {
    /// Offset of the first data byte from the start of the frame (the buffer start).
    pub offset: usize,
    /// Announced length in bytes.
    pub len: u64,
}

impl LiteralSpan {
    /// Offset one past the last data byte.
    pub fn end(&self) -> u64 {
        (self.offset as u64).saturating_add(self.len)
    }
}

/// A resumable scanner that finds the end of one response: a line end that is not inside a
/// literal. Literal data (`{n}`, `{n+}`, `~{n}`) is skipped by count, never scanned.
///
/// The framer keeps its position between calls, so feeding a response in pieces costs time
/// linear in its size (see [`Framer::bytes_scanned`]). The buffer passed to
/// [`Framer::next_frame`] must start at the response being framed and only grow between
/// calls; after a [`Frame::Complete`] the caller removes that many bytes and calls
/// [`Framer::reset`].
///
/// # Streaming literal data
///
/// [`Framer::literals`] lists the literals found so far in the current frame, and
/// [`Framer::literal_in_progress`] the one whose data is arriving. A client that wants to
/// hand a large body to a sink (a `Write`) as it arrives keeps a count of bytes written and,
/// after each call that returns `Incomplete { literal_remaining: Some(_) }`, writes
/// `buf[span.offset + written .. buf.len()]`; when the frame completes it writes the rest
/// up to `span.end()`. The frame still holds the bytes for [`super::parse_response`]; the
/// sink only gets them earlier (e.g. for progress or hashing).
#[derive(Debug, Clone)]
pub struct Framer {
    max_literal: u64,
    max_line: usize,
    /// Next byte to look at.
    pos: usize,
    /// Bytes outside literals seen in this frame.
    line_bytes: usize,
    /// Data bytes of the current literal still to skip.
    literal_remaining: u64,
    /// Literals found in this frame.
    literals: Vec<LiteralSpan>,
    /// Set once the frame is complete: its length.
    complete: Option<usize>,
    /// Total bytes examined one by one, over the framer's life (for tests of linearity).
    scanned: u64,
}

impl Framer {
    /// A framer enforcing `opts.max_literal` and `opts.max_line`.
    pub fn new(opts: ParseOptions) -> Framer {
        Framer {
            max_literal: opts.max_literal,
            max_line: opts.max_line,
            pos: 0,
            line_bytes: 0,
            literal_remaining: 0,
            literals: Vec::new(),
            complete: None,
            scanned: 0,
        }
    }

    /// Forgets the current frame; call after removing a complete frame from the buffer.
    pub fn reset(&mut self) {
        self.pos = 0;
        self.line_bytes = 0;
        self.literal_remaining = 0;
        self.literals.clear();
        self.complete = None;
    }

    /// Continues scanning `buf` (the current frame's bytes so far) where the last call
    /// stopped. Returns the same `Complete` again until [`Framer::reset`] is called.
    pub fn next_frame(&mut self, buf: &[u8]) -> Result<Frame, FrameError> {
        if let Some(len) = self.complete {
            return Ok(Frame::Complete(len));
        }
        // A shorter buffer than before means the caller broke the contract; start over.
        if buf.len() < self.pos {
            self.reset();
        }
        loop {
            if self.literal_remaining > 0 {
                let available = (buf.len() - self.pos) as u64;
                let skip = available.min(self.literal_remaining);
                // `skip` is at most `buf.len() - pos`, so it fits in usize.
                self.pos += usize::try_from(skip).unwrap_or(usize::MAX);
                self.literal_remaining -= skip;
                if self.literal_remaining > 0 {
                    return Ok(Frame::Incomplete { literal_remaining: Some(self.literal_remaining) });
                }
            }
            let rest = &buf[self.pos..];
            let Some(lf) = rest.iter().position(|&b| b == b'\n') else {
                self.count_line(rest.len())?;
                self.pos = buf.len();
                return Ok(Frame::Incomplete { literal_remaining: None });
            };
            self.count_line(lf + 1)?;
            let lf = self.pos + lf;
            self.pos = lf + 1;
            match literal_header(&buf[..lf]) {
                Some(Ok(len)) if len > self.max_literal => {
                    return Err(FrameError::LiteralTooLarge { size: len, max: self.max_literal })
                }
                Some(Err(())) => return Err(FrameError::LiteralTooLarge { size: u64::MAX, max: self.max_literal }),
                Some(Ok(len)) => {
                    self.literals.push(LiteralSpan { offset: self.pos, len });
                    self.literal_remaining = len;
                }
                None => {
                    self.complete = Some(self.pos);
                    return Ok(Frame::Complete(self.pos));
                }
            }
        }
    }

    fn count_line(&mut self, n: usize) -> Result<(), FrameError> {
        self.scanned += n as u64;
        self.line_bytes = self.line_bytes.saturating_add(n);
        if self.line_bytes > self.max_line {
            return Err(FrameError::LineTooLong { max: self.max_line });
        }
        Ok(())
    }

    /// The literals found so far in the current frame.
    pub fn literals(&self) -> &[LiteralSpan] {
        &self.literals
    }

    /// The literal whose data is still arriving, and how many of its bytes are missing.
    pub fn literal_in_progress(&self) -> Option<(LiteralSpan, u64)> {
        if self.literal_remaining == 0 {
            return None;
        }
        self.literals.last().map(|span| (*span, self.literal_remaining))
    }

    /// Total bytes examined one by one (outside literal data) over this framer's life.
    /// Literal data is skipped by count and not included.
    pub fn bytes_scanned(&self) -> u64 {
        self.scanned
    }
}

/// Whether the line ending just before `line_end` (the LF position) ends with a literal
/// header `{n}`, `{n+}` or `~{n}`, optionally followed by CR. Looks back over the digits only.
/// `Some(Err(()))` for a header whose number does not fit.
fn literal_header(before_lf: &[u8]) -> Option<Result<u64, ()>> {
    let line = before_lf.strip_suffix(b"\r").unwrap_or(before_lf);
    let line = line.strip_suffix(b"}")?;
    let line = line.strip_suffix(b"+").unwrap_or(line);
    // Bounded by the line, which was scanned once already: still linear.
    let digits = line.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    let (head, number) = line.split_at(line.len() - digits);
    if head.last() != Some(&b'{') {
        return None;
    }
    if digits > MAX_LITERAL_DIGITS {
        return Some(Err(()));
    }
    Some(number.iter().try_fold(0u64, |acc, &d| acc.checked_mul(10)?.checked_add(u64::from(d - b'0'))).ok_or(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        assert_eq!(literal_header(b"* 1 FETCH (BODY[] {12}\r"), Some(Ok(12)));
        assert_eq!(literal_header(b"a {3+}"), Some(Ok(3)));
        assert_eq!(literal_header(b"a ~{0}\r"), Some(Ok(0)));
        assert_eq!(literal_header(b"a {x}\r"), None);
        assert_eq!(literal_header(b"a 12}\r"), None);
        assert_eq!(literal_header(b"{99999999999999999999999}"), Some(Err(())));
    }
}
