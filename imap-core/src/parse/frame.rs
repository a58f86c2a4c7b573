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
/// [`Framer::literal_in_progress`] the one whose data is arriving.
///
/// To stream big message bodies to a sink without holding them, turn on
/// [`Framer::stream_literals_over`] and call [`Framer::next_frame_streaming`] instead of
/// [`Framer::next_frame`]: the data of every literal over the threshold that is the value of
/// a FETCH body item (`BODY[...]`, `BINARY[...]`, `RFC822`, `RFC822.TEXT`,
/// `RFC822.HEADER`) goes to a [`LiteralSink`] as it arrives and is removed from the buffer.
/// Parse such a frame with [`super::parse_response_streamed`], which gives
/// [`crate::types::FetchAttr::Streamed`] for those items. [`super::ResponseStream`] does
/// all of this for a session.
#[derive(Debug, Clone)]
pub struct Framer {
    max_literal: u64,
    max_line: usize,
    max_literal_total: u64,
    /// Literal bytes announced in this frame, streamed ones excepted.
    literal_total: u64,
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
    /// Literals bigger than this are streamed by [`Framer::next_frame_streaming`].
    stream_over: Option<u64>,
    /// Literals of this frame whose data went to a sink (offsets as in `literals`).
    streamed: Vec<LiteralSpan>,
    /// Whether the literal being skipped is being streamed.
    streaming_now: bool,
    /// Offset in the frame where the current line (after the last literal) starts.
    line_start: usize,
}

/// Receives the data of literals streamed by [`Framer::next_frame_streaming`].
///
/// The calls for one literal are `start`, any number of `data`, then `end`; the literal's
/// bytes are dropped from the buffer after `data` returns. A sink cannot stop the stream (the
/// literal must be consumed for the connection to stay in step): a sink that fails keeps its
/// error and ignores the rest, as [`WriteSink`] does.
pub trait LiteralSink {
    /// A literal of `len` bytes starts. `frame` is the frame so far up to the literal header
    /// included (e.g. `* 12 FETCH (UID 7 BODY[] {2000000}\r\n`): it tells which message and
    /// item the data belongs to.
    fn start(&mut self, frame: &[u8], len: u64);
    /// The next piece of the literal's data.
    fn data(&mut self, bytes: &[u8]);
    /// All `len` bytes have been passed to [`LiteralSink::data`].
    fn end(&mut self);
}

/// A [`LiteralSink`] that writes every streamed literal to one [`std::io::Write`], back to
/// back, and keeps the first write error (after which it writes nothing more).
#[derive(Debug)]
pub struct WriteSink<W> {
    writer: W,
    written: u64,
    literals: u64,
    error: Option<std::io::Error>,
}

impl<W: std::io::Write> WriteSink<W> {
    /// A sink writing to `writer`.
    pub fn new(writer: W) -> WriteSink<W> {
        WriteSink { writer, written: 0, literals: 0, error: None }
    }

    /// Bytes written so far.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Literals started so far.
    pub fn literals(&self) -> u64 {
        self.literals
    }

    /// The first write error, if any.
    pub fn error(&self) -> Option<&std::io::Error> {
        self.error.as_ref()
    }

    /// The writer (e.g. to flush it).
    pub fn get_mut(&mut self) -> &mut W {
        &mut self.writer
    }

    /// The writer, and the first write error if there was one.
    pub fn into_inner(self) -> (W, Option<std::io::Error>) {
        (self.writer, self.error)
    }
}

impl<W: std::io::Write> LiteralSink for WriteSink<W> {
    fn start(&mut self, _frame: &[u8], _len: u64) {
        self.literals += 1;
    }

    fn data(&mut self, bytes: &[u8]) {
        if self.error.is_none() {
            match self.writer.write_all(bytes) {
                Ok(()) => self.written += bytes.len() as u64,
                Err(e) => self.error = Some(e),
            }
        }
    }

    fn end(&mut self) {}
}

impl Framer {
    /// A framer enforcing `opts.max_literal` and `opts.max_line`.
    pub fn new(opts: ParseOptions) -> Framer {
        Framer {
            max_literal: opts.max_literal,
            max_line: opts.max_line,
            max_literal_total: opts.max_literal_total,
            literal_total: 0,
            pos: 0,
            line_bytes: 0,
            literal_remaining: 0,
            literals: Vec::new(),
            complete: None,
            scanned: 0,
            stream_over: None,
            streamed: Vec::new(),
            streaming_now: false,
            line_start: 0,
        }
    }

    /// Streams the data of FETCH body literals longer than `threshold` bytes to the sink
    /// given to [`Framer::next_frame_streaming`] (`None`, the default, keeps all in the
    /// buffer). Only affects frames started after the call.
    pub fn stream_literals_over(&mut self, threshold: Option<u64>) {
        self.stream_over = threshold;
    }

    /// The threshold set by [`Framer::stream_literals_over`].
    pub fn streaming_threshold(&self) -> Option<u64> {
        self.stream_over
    }

    /// Forgets the current frame; call after removing a complete frame from the buffer.
    pub fn reset(&mut self) {
        self.pos = 0;
        self.literal_total = 0;
        self.line_bytes = 0;
        self.literal_remaining = 0;
        self.literals.clear();
        self.complete = None;
        self.streamed.clear();
        self.streaming_now = false;
        self.line_start = 0;
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
            let Some(lf) = memchr::memchr(b'\n', rest) else {
                self.count_line(rest.len())?;
                self.pos = buf.len();
                return Ok(Frame::Incomplete { literal_remaining: None });
            };
            self.count_line(lf + 1)?;
            let lf = self.pos + lf;
            self.pos = lf + 1;
            // Only the line since the last literal's data: a `{` inside literal data is data.
            match self.header_at_line_end(buf, lf) {
                Some(Ok(len)) if len > self.max_literal => {
                    return Err(FrameError::LiteralTooLarge { size: len, max: self.max_literal })
                }
                Some(Err(())) => return Err(FrameError::LiteralTooLarge { size: u64::MAX, max: self.max_literal }),
                Some(Ok(len)) => {
                    self.hold_literal(len)?;
                    self.literals.push(LiteralSpan { offset: self.pos, len });
                    self.literal_remaining = len;
                    self.line_start = self.pos.saturating_add(usize::try_from(len).unwrap_or(usize::MAX));
                }
                None => {
                    self.complete = Some(self.pos);
                    return Ok(Frame::Complete(self.pos));
                }
            }
        }
    }

    /// Like [`Framer::next_frame`], for a frame that starts at `buf[start..]`, streaming the
    /// data of big FETCH body literals (see [`Framer::stream_literals_over`]) to `sink` and
    /// removing it from `buf` as it arrives. Bytes before `start` are left alone.
    ///
    /// The buffer holds at most the frame's bytes outside streamed literals plus the bytes
    /// appended since the last call. As with [`Framer::next_frame`], the caller only appends
    /// to `buf` between calls (and may drop bytes before `start`, moving `start` with them),
    /// and after [`Frame::Complete`] takes the frame from `buf[start..]`, parses it with
    /// [`super::parse_response_streamed`] and [`Framer::streamed`], and calls
    /// [`Framer::reset`].
    pub fn next_frame_streaming(
        &mut self,
        buf: &mut Vec<u8>,
        start: usize,
        sink: &mut dyn LiteralSink,
    ) -> Result<Frame, FrameError> {
        if let Some(len) = self.complete {
            return Ok(Frame::Complete(len));
        }
        let start = start.min(buf.len());
        if buf.len() - start < self.pos {
            self.reset();
        }
        loop {
            if self.literal_remaining > 0 {
                let at = start + self.pos;
                let available = (buf.len() - at) as u64;
                let take = available.min(self.literal_remaining);
                // `take` is at most `buf.len() - at`, so it fits in usize.
                let take = usize::try_from(take).unwrap_or(usize::MAX);
                if self.streaming_now {
                    sink.data(&buf[at..at + take]);
                    buf.drain(at..at + take);
                } else {
                    self.pos += take;
                }
                self.literal_remaining -= take as u64;
                if self.literal_remaining > 0 {
                    return Ok(Frame::Incomplete { literal_remaining: Some(self.literal_remaining) });
                }
                if self.streaming_now {
                    self.streaming_now = false;
                    self.line_start = self.pos;
                    sink.end();
                }
            }
            let frame = &buf[start..];
            let rest = &frame[self.pos..];
            let Some(lf) = memchr::memchr(b'\n', rest) else {
                self.count_line(rest.len())?;
                self.pos = frame.len();
                return Ok(Frame::Incomplete { literal_remaining: None });
            };
            self.count_line(lf + 1)?;
            let lf = self.pos + lf;
            self.pos = lf + 1;
            match self.header_at_line_end(frame, lf) {
                Some(Ok(len)) if len > self.max_literal => {
                    return Err(FrameError::LiteralTooLarge { size: len, max: self.max_literal })
                }
                Some(Err(())) => return Err(FrameError::LiteralTooLarge { size: u64::MAX, max: self.max_literal }),
                Some(Ok(len)) => {
                    let span = LiteralSpan { offset: self.pos, len };
                    self.literals.push(span);
                    self.literal_remaining = len;
                    if self.stream_over.is_some_and(|t| len > t) && is_body_literal(frame, self.line_start, lf) {
                        self.streamed.push(span);
                        self.streaming_now = true;
                        sink.start(&frame[..self.pos], len);
                    } else {
                        self.hold_literal(len)?;
                        self.line_start = self.pos.saturating_add(usize::try_from(len).unwrap_or(usize::MAX));
                    }
                }
                None => {
                    self.complete = Some(self.pos);
                    return Ok(Frame::Complete(self.pos));
                }
            }
        }
    }

    /// The literals of the current frame whose data went to a sink (their data is not in the
    /// frame: the frame continues right after their header). Pass them to
    /// [`super::parse_response_streamed`].
    pub fn streamed(&self) -> &[LiteralSpan] {
        &self.streamed
    }

    /// The literal header ending the line that ends at `lf` in `frame`, if that line can
    /// announce one. The first line of a status response (`* OK ...`, `A1 NO ...`, `* BYE`,
    /// `* PREAUTH`) or a continuation request (`+ ...`) is resp-text, where the grammar has no
    /// literal: `* OK Your quota is {5}` ends there, and reading it as a header would swallow
    /// the next response. (The grammar's one string in a code, BADCHARSET's astring, is never
    /// sent as a literal: it would end the text before the `]`.)
    fn header_at_line_end(&self, frame: &[u8], lf: usize) -> Option<Result<u64, ()>> {
        // The look back for `{n}` is a few bytes; the text-line test reads words, so it runs
        // only for a line that does end in a header.
        let header = literal_header(&frame[self.line_start.min(lf)..lf])?;
        if self.line_start == 0 && is_text_line(&frame[..lf]) {
            return None;
        }
        Some(header)
    }

    /// Counts a literal of `len` bytes that will be held in the buffer against
    /// `max_literal_total`, before any of its data is read.
    fn hold_literal(&mut self, len: u64) -> Result<(), FrameError> {
        self.literal_total = self.literal_total.saturating_add(len);
        if self.literal_total > self.max_literal_total {
            return Err(FrameError::LiteralsTooLarge { total: self.literal_total, max: self.max_literal_total });
        }
        Ok(())
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

/// How far back from a literal header [`is_body_literal`] looks for the item name.
const MAX_ITEM_LOOKBACK: usize = 4096;

/// Whether the literal whose header ends the line `frame[line_start..lf]` is the value of a
/// FETCH body item: the frame starts with `* <number> FETCH` and the header follows
/// `BODY[...]`, `BINARY[...]` (either with an optional `<origin>`), `RFC822`, `RFC822.TEXT`
/// or `RFC822.HEADER`. Looks at a bounded number of bytes.
fn is_body_literal(frame: &[u8], line_start: usize, lf: usize) -> bool {
    if !is_fetch_frame(frame) {
        return false;
    }
    let line = &frame[line_start.min(lf)..lf];
    let line = &line[line.len().saturating_sub(MAX_ITEM_LOOKBACK)..];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    // Drop `{n}` / `{n+}` and a `~`.
    let Some(open) = line.iter().rposition(|&b| b == b'{') else { return false };
    let before = &line[..open];
    let before = before.strip_suffix(b"~").unwrap_or(before);
    let before = before.trim_ascii_end();
    // An origin `<n>`.
    let before = match before.strip_suffix(b">") {
        Some(inner) => {
            let digits = inner.iter().rev().take_while(|b| b.is_ascii_digit()).count();
            match inner[..inner.len() - digits].strip_suffix(b"<") {
                Some(rest) => rest,
                None => return false,
            }
        }
        None => before,
    };
    let name_start = |text: &[u8]| text.iter().rposition(|&b| matches!(b, b' ' | b'(')).map_or(0, |p| p + 1);
    if before.ends_with(b"]") {
        let Some(bracket) = before.iter().rposition(|&b| b == b'[') else { return false };
        let name = &before[name_start(&before[..bracket])..bracket];
        return name.eq_ignore_ascii_case(b"BODY") || name.eq_ignore_ascii_case(b"BINARY");
    }
    let name = &before[name_start(before)..];
    [&b"RFC822"[..], b"RFC822.TEXT", b"RFC822.HEADER"].iter().any(|n| name.eq_ignore_ascii_case(n))
}

/// Whether a frame starts `* <number> FETCH` or `* <uid> UIDFETCH` (UIDONLY, RFC 9586;
/// spaces lenient, any case).
fn is_fetch_frame(frame: &[u8]) -> bool {
    let Some(rest) = frame.strip_prefix(b"*") else { return false };
    let rest = rest.trim_ascii_start();
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    let rest = rest[digits..].trim_ascii_start();
    let rest = match rest.get(..3) {
        Some(uid) if uid.eq_ignore_ascii_case(b"UID") => &rest[3..],
        _ => rest,
    };
    rest.len() > 5 && rest[..5].eq_ignore_ascii_case(b"FETCH") && matches!(rest[5], b' ' | b'(')
}

/// Whether `line` (a frame's first line) is one whose rest is resp-text: a continuation
/// request, an untagged OK / NO / BAD / BYE / PREAUTH, or a tagged OK / NO / BAD (any case,
/// spaces lenient as in the parser).
fn is_text_line(line: &[u8]) -> bool {
    if line.first() == Some(&b'+') {
        return true;
    }
    let mut words = line.split(|&b| b == b' ').filter(|w| !w.is_empty());
    let (Some(tag), Some(word)) = (words.next(), words.next()) else { return false };
    let word = word.strip_suffix(b"\r").unwrap_or(word);
    let is = |name: &[u8]| word.eq_ignore_ascii_case(name);
    if tag == b"*" {
        is(b"OK") || is(b"NO") || is(b"BAD") || is(b"BYE") || is(b"PREAUTH")
    } else {
        is(b"OK") || is(b"NO") || is(b"BAD")
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

    #[test]
    fn body_literals() {
        let yes = |s: &[u8]| is_body_literal(s, 0, s.len());
        assert!(yes(b"* 1 FETCH (BODY[] {12}\r"));
        assert!(yes(b"* 1 fetch (UID 3 body[1.2.MIME]<0> {12}\r"));
        assert!(yes(b"* 1 FETCH (BODY[HEADER.FIELDS (A B)] {12}"));
        assert!(yes(b"* 1 FETCH (BINARY[1] ~{12}\r"));
        assert!(yes(b"*  7  FETCH (RFC822.TEXT {12+}\r"));
        assert!(!yes(b"* 1 FETCH (ENVELOPE (NIL {12}\r"));
        assert!(!yes(b"* 1 FETCH (X-BODY {12}\r"));
        assert!(!yes(b"* SEARCH BODY[] {12}\r"));
        assert!(!yes(b"a1 FETCH (BODY[] {12}\r"));
        assert!(!yes(b"* 1 FETCH (BODY[]<x> {12}\r"));
    }
}
