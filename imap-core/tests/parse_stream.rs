//! `ResponseStream` and literal streaming to a sink: big bodies go to the sink byte-exact
//! while the buffer stays bounded, and chunking never changes what is parsed.

use imapkit_core::parse::{
    parse_response, Frame, Framer, LiteralSink, ParseErrorKind, ParseOptions, ResponseStream, WriteSink,
};
use imapkit_core::types::{FetchAttr, Response, Untagged};

/// Deterministic bytes of every value, CR and LF included.
fn body(len: usize) -> Vec<u8> {
    let mut x: u32 = 0x1234_5678;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

fn fetch(response: Option<Response>) -> imapkit_core::types::Fetch {
    match response {
        Some(Response::Untagged(Untagged::Fetch(fetch))) => fetch,
        other => panic!("not a FETCH: {other:?}"),
    }
}

#[test]
fn twenty_megabyte_literal_streams_to_a_sink_with_bounded_buffer() {
    const LEN: usize = 20 << 20;
    const CHUNK: usize = 64 << 10;
    let data = body(LEN);
    let mut wire = format!("* 1 OK hi\r\n* 7 FETCH (UID 42 BODY[] {{{LEN}}}\r\n").into_bytes();
    wire.extend_from_slice(&data);
    wire.extend_from_slice(b" FLAGS (\\Seen))\r\na1 OK FETCH done\r\n");

    let mut stream = ResponseStream::new(ParseOptions::default());
    stream.stream_literals_over(Some(64 << 10));
    let mut sink = WriteSink::new(Vec::with_capacity(LEN));
    let mut responses = Vec::new();
    let mut max_buffered = 0;
    for chunk in wire.chunks(CHUNK) {
        stream.feed(chunk);
        max_buffered = max_buffered.max(stream.buffered());
        while let Some(response) = stream.next_response_with_sink(&mut sink).unwrap() {
            responses.push(response);
        }
        max_buffered = max_buffered.max(stream.buffered());
    }
    // The buffer held one read plus the response line, never the body.
    assert!(max_buffered <= CHUNK + 100, "buffer grew to {max_buffered}");
    let (written, error) = sink.into_inner();
    assert!(error.is_none());
    assert!(written == data, "sink data differs");
    assert_eq!(responses.len(), 3);
    let fetch = fetch(Some(responses[1].clone()));
    assert_eq!(fetch.seq, 7);
    assert_eq!(fetch.uid(), Some(42));
    assert_eq!(
        fetch.attrs[1],
        FetchAttr::Streamed { item: Box::new(FetchAttr::BodySection(Box::default())), len: LEN as u64 }
    );
    assert_eq!(fetch.flags().map(<[_]>::len), Some(1));
    assert_eq!(fetch.rfc822(), None);
}

/// Records every sink call.
#[derive(Default)]
struct Record {
    starts: Vec<(Vec<u8>, u64)>,
    data: Vec<Vec<u8>>,
    ends: usize,
}

impl LiteralSink for Record {
    fn start(&mut self, frame: &[u8], len: u64) {
        self.starts.push((frame.to_vec(), len));
        self.data.push(Vec::new());
    }
    fn data(&mut self, bytes: &[u8]) {
        self.data.last_mut().unwrap().extend_from_slice(bytes);
    }
    fn end(&mut self) {
        self.ends += 1;
    }
}

#[test]
fn only_big_fetch_body_literals_are_streamed() {
    let wire: &[u8] = b"* 1 FETCH (BODY[1] {3}\r\nabc BODY[2]<5> {10}\r\n0123456789 RFC822.TEXT {6}\r\nxxxxxx)\r\n\
* 2 FETCH (ENVELOPE (NIL {8}\r\nsubject! NIL NIL NIL NIL NIL NIL NIL NIL) BINARY[1] ~{5}\r\n\x00\x01\x02\x03\x04)\r\n\
* XSITE BODY[] {6}\r\nabcdef\r\n";
    for chunk_size in [1, 2, 7, 64, wire.len()] {
        let mut stream = ResponseStream::new(ParseOptions::default());
        stream.stream_literals_over(Some(4));
        let mut sink = Record::default();
        let mut got = Vec::new();
        for chunk in wire.chunks(chunk_size) {
            stream.feed(chunk);
            while let Some(r) = stream.next_response_with_sink(&mut sink).unwrap() {
                got.push(r);
            }
        }
        assert_eq!(got.len(), 3);
        assert_eq!(sink.ends, 3);
        assert_eq!(sink.data, vec![b"0123456789".to_vec(), b"xxxxxx".to_vec(), vec![0, 1, 2, 3, 4]]);
        assert_eq!(sink.starts[0].1, 10);
        assert!(sink.starts[0].0.ends_with(b"BODY[2]<5> {10}\r\n"));
        let first = fetch(Some(got[0].clone()));
        assert_eq!(first.body_section("1"), Some(&b"abc"[..]));
        assert!(matches!(&first.attrs[1], FetchAttr::Streamed { len: 10, item }
            if matches!(&**item, FetchAttr::BodySection(s) if s.origin == Some(5) && s.data.is_none())));
        assert!(
            matches!(&first.attrs[2], FetchAttr::Streamed { len: 6, item } if **item == FetchAttr::Rfc822Text(None))
        );
        let second = fetch(Some(got[1].clone()));
        // The envelope literal stays (not a body item); the BINARY literal8 is streamed.
        assert_eq!(second.envelope().unwrap().to_envelope().subject.as_deref(), Some(&b"subject!"[..]));
        assert!(matches!(&second.attrs[1], FetchAttr::Streamed { len: 5, .. }));
        // Not a FETCH: kept.
        assert!(matches!(&got[2], Response::Untagged(Untagged::Other { .. })));
    }
}

#[test]
fn streamed_literal_in_an_unexpected_place_is_refused() {
    // The framer streams the literal after `BODY[]` inside an unknown item's list; the
    // parser must not read the bytes that follow as its data.
    let wire = b"* 1 FETCH (X-ITEM (BODY[] {5}\r\nabcde) UID 1234567)\r\n* 2 EXISTS\r\n";
    let mut stream = ResponseStream::new(ParseOptions::default());
    stream.stream_literals_over(Some(2));
    let mut sink = Record::default();
    stream.feed(wire);
    let err = stream.next_response_with_sink(&mut sink).unwrap_err();
    assert!(matches!(err.kind, ParseErrorKind::Syntax { .. }), "{err:?}");
    assert!(err.is_recoverable());
    assert_eq!(sink.data, vec![b"abcde".to_vec()]);
    assert_eq!(stream.next_response().unwrap(), Some(Response::Untagged(Untagged::Exists(2))));
    // Without streaming the same bytes parse.
    assert!(parse_response(&wire[..wire.len() - 12], &ParseOptions::default()).is_ok());
}

#[test]
fn chunking_does_not_change_responses() {
    let mut wire = Vec::new();
    for i in 0..50u32 {
        let data = body((i as usize * 37) % 300);
        wire.extend_from_slice(format!("* {i} FETCH (UID {i} BODY[] {{{}}}\r\n", data.len()).as_bytes());
        wire.extend_from_slice(&data);
        wire.extend_from_slice(b")\r\n* SEARCH 1 2 3\r\n* BAD garbage (\r\n* 1 FETCH (((\r\n");
    }
    let opts = ParseOptions::default();
    let whole = {
        let mut out = Vec::new();
        let mut rest = &wire[..];
        while !rest.is_empty() {
            let Ok(Frame::Complete(len)) = Framer::new(opts.clone()).next_frame(rest) else { panic!() };
            out.push(parse_response(&rest[..len], &opts));
            rest = &rest[len..];
        }
        out
    };
    for size in [1, 3, 64, 1000, 65536] {
        let mut stream = ResponseStream::new(opts.clone());
        let mut got = Vec::new();
        for chunk in wire.chunks(size) {
            stream.feed(chunk);
            loop {
                match stream.next_response() {
                    Ok(Some(r)) => got.push(Ok(r)),
                    Ok(None) => break,
                    Err(e) => got.push(Err(e)),
                }
            }
        }
        assert_eq!(got, whole, "chunk size {size}");
        assert_eq!(stream.buffered(), 0);
    }
}

/// Found by the `chunked` fuzz target: the framer took a `{` inside literal data, followed
/// by `3}` on the line after it, for a literal header, and waited for data that was the
/// next response.
#[test]
fn brace_inside_literal_data_is_not_a_literal_header() {
    let opts = ParseOptions::default();
    let wire = b"* 5 FETCH (RFC822 {2}\r\na{3}\r\n* 1 EXISTS\r\n";
    let mut framer = Framer::new(opts.clone());
    assert_eq!(framer.next_frame(wire), Ok(Frame::Complete(29)));
    assert!(parse_response(&wire[..29], &opts).is_err());
    // The same with streaming to a sink, and whole data followed by a real header.
    let mut stream = ResponseStream::new(opts.clone());
    stream.stream_literals_over(Some(1));
    stream.feed(wire);
    let mut sink = Record::default();
    assert!(stream.next_response_with_sink(&mut sink).is_err());
    assert_eq!(sink.data, vec![b"a{".to_vec()]);
    assert_eq!(stream.next_response().unwrap(), Some(Response::Untagged(Untagged::Exists(1))));
    let wire = b"* 5 FETCH (RFC822 {2}\r\na{ BODY[] {3}\r\nxyz)\r\n";
    assert_eq!(Framer::new(opts.clone()).next_frame(wire), Ok(Frame::Complete(wire.len())));
    let fetch = fetch(Some(parse_response(wire, &opts).unwrap()));
    assert_eq!(fetch.rfc822(), Some(&b"a{"[..]));
    assert_eq!(fetch.body_section(""), Some(&b"xyz"[..]));
}

/// Q-TEXT-LITERAL through the streaming path: a status text ending in `{5}` does not make the
/// stream wait for (or swallow) five bytes, with or without a sink and in any chunking.
#[test]
fn status_text_ending_in_braces_does_not_swallow_the_next_response() {
    let wire = b"* OK Your quota is {5}\r\n* NO [ALERT] full {12}\r\nA1 OK done {3}\r\n* 2 EXISTS\r\n";
    for chunk in [1, 3, wire.len()] {
        for streaming in [false, true] {
            let mut stream = ResponseStream::new(ParseOptions::default());
            stream.stream_literals_over(streaming.then_some(1));
            let mut sink = WriteSink::new(Vec::new());
            let mut kinds = Vec::new();
            for piece in wire.chunks(chunk) {
                stream.feed(piece);
                while let Some(response) = stream.next_response_with_sink(&mut sink).unwrap() {
                    kinds.push(response);
                }
            }
            assert_eq!(kinds.len(), 4, "chunk {chunk}, streaming {streaming}: {kinds:?}");
            assert_eq!(kinds[3], Response::Untagged(Untagged::Exists(2)));
            assert!(sink.into_inner().0.is_empty());
        }
    }
}
