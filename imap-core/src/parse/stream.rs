//! [`ResponseStream`]: a buffer, a [`Framer`] and the parser, put together the way a session
//! reads: bytes go in as they arrive, whole responses come out.

use std::ops::Range;

use super::error::ParseError;
use super::frame::{Frame, Framer, LiteralSink};
use super::{parse_response_ref, parse_response_streamed, Arena, ParseOptions};
use crate::types::borrowed::ResponseRef;
use crate::types::Response;

/// A sink that drops everything; used when no sink is given.
struct Discard;

impl LiteralSink for Discard {
    fn start(&mut self, _frame: &[u8], _len: u64) {}
    fn data(&mut self, _bytes: &[u8]) {}
    fn end(&mut self) {}
}

/// Incremental response reader: [`ResponseStream::feed`] the bytes read from the server, then
/// call [`ResponseStream::next_response`] until it gives `Ok(None)`.
///
/// Time is linear in the input whatever the read sizes: the framer never rescans, complete
/// frames are parsed in place and the consumed prefix is dropped once per `feed`, not once
/// per response. With [`ResponseStream::stream_literals_over`] and
/// [`ResponseStream::next_response_with_sink`], big FETCH bodies go to a sink as they arrive,
/// so the buffer stays bounded by the response lines plus one read.
///
/// ```
/// use imapkit_core::parse::{ParseOptions, ResponseStream, WriteSink};
/// use imapkit_core::types::{FetchAttr, Response, Untagged};
///
/// let mut stream = ResponseStream::new(ParseOptions::default());
/// stream.stream_literals_over(Some(4));
/// let mut sink = WriteSink::new(Vec::new());
/// stream.feed(b"* 1 FETCH (UID 9 BODY[] {10}\r\n0123");
/// assert_eq!(stream.next_response_with_sink(&mut sink).unwrap(), None);
/// stream.feed(b"456789)\r\n* 2 EXISTS\r\n");
/// let Some(Response::Untagged(Untagged::Fetch(fetch))) = stream.next_response_with_sink(&mut sink).unwrap()
/// else { panic!() };
/// assert!(matches!(fetch.attrs[1], FetchAttr::Streamed { len: 10, .. }));
/// assert_eq!(sink.get_mut().as_slice(), b"0123456789");
/// assert_eq!(stream.next_response().unwrap(), Some(Response::Untagged(Untagged::Exists(2))));
/// ```
#[derive(Debug, Clone)]
pub struct ResponseStream {
    buf: Vec<u8>,
    /// Bytes of `buf` already returned as responses.
    start: usize,
    framer: Framer,
    opts: ParseOptions,
}

impl ResponseStream {
    /// An empty stream with these limits.
    pub fn new(opts: ParseOptions) -> ResponseStream {
        ResponseStream { buf: Vec::new(), start: 0, framer: Framer::new(opts.clone()), opts }
    }

    /// Streams FETCH body literals over `threshold` bytes to the sink given to
    /// [`ResponseStream::next_response_with_sink`] (see [`Framer::stream_literals_over`]).
    pub fn stream_literals_over(&mut self, threshold: Option<u64>) {
        self.framer.stream_literals_over(threshold);
    }

    /// Adds bytes received from the server.
    pub fn feed(&mut self, bytes: &[u8]) {
        if self.start > 0 {
            // Once per read: moves only the start of the response not yet complete.
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Gives back the buffer's memory when nothing is buffered and it grew past 8 KiB (a
    /// connection that goes quiet after a big response keeps little).
    pub fn release(&mut self) {
        if self.start == self.buf.len() && self.buf.capacity() > 8 * 1024 {
            self.buf = Vec::new();
            self.start = 0;
        }
    }

    /// Bytes received and not yet returned (the response in progress and any after it).
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.start
    }

    /// Removes and returns the buffered bytes up to and including the next LF, bypassing the
    /// parser (imaplib's `readline()` for experts). The framer starts afresh after it.
    pub fn take_raw_line(&mut self) -> Option<Vec<u8>> {
        let end = self.buf[self.start..].iter().position(|&b| b == b'\n')?;
        let line = self.buf[self.start..=self.start + end].to_vec();
        self.start += end + 1;
        self.framer.reset();
        Some(line)
    }

    /// Removes and returns up to `size` buffered bytes, bypassing the parser (imaplib's
    /// `read(size)` for experts).
    pub fn take_raw(&mut self, size: usize) -> Vec<u8> {
        let n = size.min(self.buffered());
        let out = self.buf[self.start..self.start + n].to_vec();
        self.start += n;
        self.framer.reset();
        out
    }

    /// The framer (e.g. for [`Framer::literal_in_progress`]).
    pub fn framer(&self) -> &Framer {
        &self.framer
    }

    /// The next complete response; `Ok(None)` when more bytes are needed. Streamed literals
    /// (if a threshold is set) are discarded; use
    /// [`ResponseStream::next_response_with_sink`] to keep them.
    ///
    /// # Errors
    ///
    /// A response that does not parse is dropped and returned as an error that
    /// [`ParseError::is_recoverable`]: call again for the next one. A framing error
    /// (not recoverable) means the connection cannot be read further.
    pub fn next_response(&mut self) -> Result<Option<Response>, ParseError> {
        self.next_response_with_sink(&mut Discard)
    }

    /// The next complete response's bytes (its frame) without parsing it, for
    /// [`super::parse_response_ref`]; `None` until one is complete. Literals are kept in
    /// the frame whatever [`ResponseStream::stream_literals_over`] says.
    ///
    /// # Errors
    ///
    /// A framing error (not recoverable): the connection cannot be read further.
    pub fn next_frame(&mut self) -> Result<Option<&[u8]>, ParseError> {
        Ok(self.advance()?.map(|range| &self.buf[range]))
    }

    /// The next complete response parsed by [`super::parse_response_ref`]: a FETCH response
    /// borrowed (from this stream's buffer and `arena`), anything else owned. Literals are
    /// kept in the frame whatever [`ResponseStream::stream_literals_over`] says.
    ///
    /// # Errors
    ///
    /// As for [`ResponseStream::next_response`].
    pub fn next_response_ref<'a>(&'a mut self, arena: &'a Arena) -> Result<Option<ResponseRef<'a>>, ParseError> {
        let Some(range) = self.advance()? else { return Ok(None) };
        parse_response_ref(&self.buf[range], arena, &self.opts).map(Some)
    }

    /// Frames the next response and moves past it; its place in the buffer, which the next
    /// [`ResponseStream::feed`] compacts.
    fn advance(&mut self) -> Result<Option<Range<usize>>, ParseError> {
        let len = match self.framer.next_frame(&self.buf[self.start..]) {
            Ok(Frame::Complete(len)) => len,
            Ok(Frame::Incomplete { .. }) => return Ok(None),
            Err(e) => return Err(ParseError::from_frame(&self.buf[self.start..], e)),
        };
        let start = self.start;
        self.start += len;
        self.framer.reset();
        Ok(Some(start..start + len))
    }

    /// Like [`ResponseStream::next_response`], handing the data of streamed literals to
    /// `sink` as it arrives.
    ///
    /// # Errors
    ///
    /// As for [`ResponseStream::next_response`].
    pub fn next_response_with_sink(&mut self, sink: &mut dyn LiteralSink) -> Result<Option<Response>, ParseError> {
        let frame = if self.framer.streaming_threshold().is_some() {
            self.framer.next_frame_streaming(&mut self.buf, self.start, sink)
        } else {
            self.framer.next_frame(&self.buf[self.start..])
        };
        let len = match frame {
            Ok(Frame::Complete(len)) => len,
            Ok(Frame::Incomplete { .. }) => return Ok(None),
            Err(e) => return Err(ParseError::from_frame(&self.buf[self.start..], e)),
        };
        let frame = &self.buf[self.start..self.start + len];
        let result = parse_response_streamed(frame, &self.opts, self.framer.streamed());
        self.start += len;
        self.framer.reset();
        if self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        }
        result.map(Some)
    }
}
