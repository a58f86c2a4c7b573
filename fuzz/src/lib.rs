//! The checks behind the fuzz targets, as plain functions so that both cargo-fuzz (libFuzzer)
//! and the stable driver (`src/bin/stable_fuzz.rs`) run exactly the same code.
//!
//! Each function panics when an invariant breaks; the parser itself must never panic.

#![forbid(unsafe_code)]

use imapkit_core::parse::{
    parse_one, parse_response, parse_response_ref, Arena, Frame, FrameError, Framer, LiteralSink, ParseError,
    ParseErrorKind, ParseOptions, Parsed, ResponseStream,
};
use imapkit_core::types::borrowed::ResponseRef;
use imapkit_core::types::{FetchAttr, Response, Untagged};

/// The names of the targets, as the driver and cargo-fuzz know them.
pub const TARGETS: &[&str] = &["response", "chunked", "framer", "session"];

/// Runs the target called `name` on `data`; `false` for an unknown name.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "response" => response(data),
        "chunked" => chunked(data),
        "framer" => framer(data),
        "session" => session(data),
        _ => return false,
    }
    true
}

/// Limits small enough that the fuzzer reaches them, big enough for real responses.
fn small_options() -> ParseOptions {
    ParseOptions { max_literal: 1 << 16, max_line: 1 << 14, max_depth: 24, ..ParseOptions::default() }
}

/// Target `response`: [`parse_one`] on the whole input (default and small limits), and
/// [`parse_response`] on the input as one frame. Never panics; a complete parse re-parses to
/// the same response from exactly its frame; the typed helpers work on what came out.
pub fn response(data: &[u8]) {
    for opts in [ParseOptions::default(), small_options()] {
        match parse_one(data, &opts) {
            Ok(Parsed::Complete { response, consumed }) => {
                assert!(consumed > 0 && consumed <= data.len(), "consumed {consumed} of {}", data.len());
                assert_eq!(parse_response(&data[..consumed], &opts).as_ref(), Ok(&response));
                exercise(&response);
            }
            Ok(Parsed::Incomplete { .. }) => {}
            Err(e) => {
                assert!(e.consumed <= data.len());
                assert!(e.line.len() <= 256);
                let _ = e.to_string();
            }
        }
        if let Ok(response) = parse_response(data, &opts) {
            exercise(&response);
        }
        same_borrowed(data, &opts);
    }
}

/// The borrowed parser agrees with the owned one on `frame`: the same response (a FETCH
/// built borrowed) or the same error.
fn same_borrowed(frame: &[u8], opts: &ParseOptions) {
    let arena = Arena::new();
    let owned = parse_response(frame, opts);
    let borrowed = parse_response_ref(frame, &arena, opts);
    if let (Ok(Response::Untagged(Untagged::Fetch(_))), Ok(ResponseRef::Other(_))) = (&owned, &borrowed) {
        panic!("FETCH not parsed in borrowed form");
    }
    if let Ok(ResponseRef::Fetch(fetch)) = &borrowed {
        let _ = (format!("{fetch:?}"), fetch.uid(), fetch.flags(), fetch.envelope(), fetch.body_structure());
    }
    assert_eq!(borrowed.map(ResponseRef::into_owned), owned);
}

/// Uses the accessors of a parsed response, which must not panic either.
fn exercise(response: &Response) {
    let _ = format!("{response:?}");
    if let Response::Untagged(untagged) = response {
        let _ = untagged.kind();
        if let Untagged::Fetch(fetch) = untagged {
            let _ = (fetch.uid(), fetch.flags(), fetch.size(), fetch.modseq(), fetch.rfc822(), fetch.header());
            let _ = (fetch.body_section("1.2"), fetch.text(), fetch.binary(&[1]), fetch.email_id());
            if let Some(date) = fetch.internal_date() {
                let _ = (date.timestamp(), date.to_internal_date());
            }
            if let Some(envelope) = fetch.envelope() {
                let _ = (envelope.subject_decoded(), envelope.date_text(), envelope.message_id_text());
                for address in envelope.from().iter().chain(envelope.to().iter()) {
                    let _ = (address.name_decoded(), address.email(), address.is_group_start());
                }
                // The packed envelope reads as its separate owned form does.
                let owned = envelope.to_envelope();
                assert_eq!(envelope.subject(), owned.subject.as_deref());
                assert_eq!(envelope.cc().len(), owned.cc.len());
                let _ = imapkit_core::types::address_entries(&owned.cc);
            }
            if let Some(body) = fetch.body_structure() {
                let _ = body.mime_type();
                let owned = body.to_body_structure();
                assert_eq!(body.mime_type(), owned.mime_type());
                for (number, part) in body.parts() {
                    assert!(body.part(&number).is_some(), "part {number} listed but not found");
                    let _ = (part.mime_type(), part.params().len(), part.disposition(), part.extra());
                    assert_eq!(Some(part.to_body_structure()), owned.part(&number).cloned(), "part {number}");
                }
                let _ = body.part("1.2.3");
            }
        }
    }
}

/// What one frame gave, comparable across ways of feeding: a response, a parse error (whole
/// error: the frame is the same bytes), or a framing error (kind only: the buffer it is
/// reported against differs).
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Response(Response),
    Syntax(ParseError),
    Frame(FrameError),
}

fn outcome(result: Result<Response, ParseError>) -> Outcome {
    match result {
        Ok(response) => Outcome::Response(response),
        Err(ParseError { kind: ParseErrorKind::Frame(e), .. }) => Outcome::Frame(e),
        Err(e) => Outcome::Syntax(e),
    }
}

/// Reference: every frame of `stream`, found with a fresh framer over the rest of the whole
/// input and parsed; stops at the first framing error or incomplete frame.
fn parse_whole(stream: &[u8], opts: &ParseOptions) -> Vec<Outcome> {
    let mut out = Vec::new();
    let mut rest = stream;
    loop {
        match Framer::new(opts.clone()).next_frame(rest) {
            Ok(Frame::Complete(len)) => {
                out.push(outcome(parse_response(&rest[..len], opts)));
                rest = &rest[len..];
            }
            Ok(Frame::Incomplete { .. }) => return out,
            Err(e) => {
                out.push(Outcome::Frame(e));
                return out;
            }
        }
    }
}

/// Splits the fuzz input into chunk sizes (from its first bytes) and the server stream.
fn split_chunks(data: &[u8]) -> (Vec<usize>, &[u8]) {
    let Some((&first, rest)) = data.split_first() else { return (vec![1], data) };
    let count = usize::from(first % 8) + 1;
    let count = count.min(rest.len());
    let sizes = rest[..count]
        .iter()
        .map(|&b| match b {
            // Mostly small pieces, sometimes large ones.
            0..=199 => usize::from(b % 32) + 1,
            _ => usize::from(b - 199) * 512,
        })
        .collect::<Vec<_>>();
    let sizes = if sizes.is_empty() { vec![1] } else { sizes };
    (sizes, &rest[count..])
}

/// Collects streamed literals, checking the call order.
#[derive(Default)]
struct Collect {
    literals: Vec<Vec<u8>>,
    open: Option<u64>,
}

impl LiteralSink for Collect {
    fn start(&mut self, frame: &[u8], len: u64) {
        assert!(self.open.is_none(), "start inside a literal");
        assert!(frame.ends_with(b"\n"), "frame passed to start does not end at the header");
        self.open = Some(len);
        self.literals.push(Vec::new());
    }

    fn data(&mut self, bytes: &[u8]) {
        assert!(self.open.is_some(), "data outside a literal");
        let last = self.literals.last_mut().expect("a literal was started");
        last.extend_from_slice(bytes);
        assert!(last.len() as u64 <= self.open.unwrap_or(0), "more data than announced");
    }

    fn end(&mut self) {
        let len = self.open.take().expect("end without start");
        assert_eq!(self.literals.last().map(|l| l.len() as u64), Some(len), "literal length");
    }
}

/// Puts streamed data back into the items of a response, in order.
fn unstream(response: Response, literals: &mut impl Iterator<Item = Vec<u8>>) -> Response {
    let Response::Untagged(Untagged::Fetch(mut fetch)) = response else { return response };
    for attr in &mut fetch.attrs {
        if let FetchAttr::Streamed { item, len } = attr {
            let data = literals.next().expect("a streamed literal for each placeholder");
            assert_eq!(data.len() as u64, *len);
            let mut item = std::mem::replace(&mut **item, FetchAttr::Uid(0));
            match &mut item {
                FetchAttr::BodySection(section) => {
                    assert!(section.data.is_none());
                    section.data = Some(data);
                }
                FetchAttr::Binary(binary) => {
                    assert!(binary.data.is_none());
                    binary.data = Some(data);
                }
                FetchAttr::Rfc822(d) | FetchAttr::Rfc822Text(d) | FetchAttr::Rfc822Header(d) => {
                    assert!(d.is_none());
                    *d = Some(data);
                }
                other => panic!("streamed placeholder around {other:?}"),
            }
            *attr = item;
        }
    }
    Response::Untagged(Untagged::Fetch(fetch))
}

/// Target `chunked`: the stream (after the chunk-size prefix) fed in those chunks through a
/// [`ResponseStream`] gives the same sequence of responses and errors as parsing each frame
/// of the whole buffer. Also with literal streaming to a sink: every response that parses
/// equals the whole parse once the sink's data is put back, and the buffer stays bounded.
pub fn chunked(data: &[u8]) {
    let (sizes, stream) = split_chunks(data);
    let opts = small_options();
    let expected = parse_whole(stream, &opts);

    // Plain streaming.
    let mut reader = ResponseStream::new(opts.clone());
    let mut got = Vec::new();
    feed_all(stream, &sizes, |chunk| {
        reader.feed(chunk);
        loop {
            match reader.next_response() {
                Ok(Some(r)) => got.push(Outcome::Response(r)),
                Ok(None) => return true,
                Err(e) => {
                    let fatal = !e.is_recoverable();
                    got.push(outcome(Err(e)));
                    if fatal {
                        return false;
                    }
                }
            }
        }
    });
    assert_eq!(got, expected, "chunking changed the responses (sizes {sizes:?})");

    // Streaming literals over a threshold to a sink.
    let threshold = u64::from(data.first().copied().unwrap_or(0) % 16);
    let mut reader = ResponseStream::new(opts.clone());
    reader.stream_literals_over(Some(threshold));
    let mut sink = Collect::default();
    let mut streamed = Vec::new();
    let mut max_buffered = 0;
    let largest_chunk = sizes.iter().copied().max().unwrap_or(1);
    feed_all(stream, &sizes, |chunk| {
        reader.feed(chunk);
        loop {
            let result = reader.next_response_with_sink(&mut sink);
            max_buffered = max_buffered.max(reader.buffered());
            // A frame is done (or failed): the literals streamed so far are its own.
            let literals = if matches!(result, Ok(None)) { Vec::new() } else { std::mem::take(&mut sink.literals) };
            match result {
                Ok(Some(r)) => streamed.push((Ok(r), literals)),
                Ok(None) => return true,
                Err(e) => {
                    let fatal = !e.is_recoverable();
                    streamed.push((Err(e), literals));
                    if fatal {
                        return false;
                    }
                }
            }
        }
    });
    // Held: the frame outside streamed literals (at most the line limit plus literals under
    // the threshold, one per 4-byte header) plus one chunk.
    let bound = opts.max_line + (opts.max_line / 4 + 1) * threshold as usize + largest_chunk + 64;
    assert!(max_buffered <= bound, "buffered {max_buffered} > {bound}");
    assert_eq!(streamed.len(), expected.len(), "number of frames differs with a sink");
    for ((got, literals), want) in streamed.into_iter().zip(&expected) {
        match (got, want) {
            (Ok(r), Outcome::Response(w)) => {
                let mut literals = literals.into_iter();
                assert_eq!(&unstream(r, &mut literals), w);
                assert!(literals.next().is_none(), "a streamed literal without placeholder");
            }
            (Ok(r), w) => panic!("streaming parsed {r:?} where the whole parse gave {w:?}"),
            (Err(e), Outcome::Frame(w)) => assert_eq!(e.kind, ParseErrorKind::Frame(w.clone())),
            // A frame that parses whole may fail streamed (a body-looking literal in an odd
            // place is refused rather than misread); any error is fine here.
            (Err(_), _) => {}
        }
    }
}

/// Feeds `stream` in chunks cycling through `sizes`; `each` returns false to stop.
fn feed_all(stream: &[u8], sizes: &[usize], mut each: impl FnMut(&[u8]) -> bool) {
    let mut rest = stream;
    let mut i = 0;
    while !rest.is_empty() {
        let n = sizes[i % sizes.len()].clamp(1, rest.len());
        i += 1;
        if !each(&rest[..n]) {
            return;
        }
        rest = &rest[n..];
    }
}

/// Target `framer`: one framer fed a growing buffer (chunk sizes as in `chunked`) agrees with a
/// fresh framer on the whole buffer, reports literal spans inside the frame, scans each byte
/// at most once, and never reports a frame longer than the buffer.
pub fn framer(data: &[u8]) {
    let (sizes, stream) = split_chunks(data);
    let opts = small_options();
    let mut framer = Framer::new(opts.clone());
    let mut end = 0;
    let mut i = 0;
    let mut last = Ok(Frame::Incomplete { literal_remaining: None });
    while end < stream.len() {
        end = (end + sizes[i % sizes.len()]).min(stream.len());
        i += 1;
        last = framer.next_frame(&stream[..end]);
        match &last {
            Ok(Frame::Complete(len)) => {
                assert!(*len <= end);
                for span in framer.literals() {
                    assert!(span.end() <= *len as u64, "literal outside the frame");
                }
                break;
            }
            Ok(Frame::Incomplete { literal_remaining }) => {
                assert_eq!(literal_remaining.is_some(), framer.literal_in_progress().is_some());
            }
            Err(_) => break,
        }
    }
    assert!(framer.bytes_scanned() <= end as u64, "scanned {} of {end} bytes", framer.bytes_scanned());
    let whole = Framer::new(opts).next_frame(&stream[..end]);
    assert_eq!(last, whole, "incremental and whole framing differ");
}

mod session_target {
    use std::time::{Duration, Instant};

    use std::borrow::Cow;

    use imapkit_core::command::{Claim, CommandDef, Exchange, State, UntaggedKind};
    use imapkit_core::encode::{kinds, CommandBuilder};
    use imapkit_core::session::{Await, IdleWatch, Reading, Session, SessionOptions, Step};

    const ANY: &[State] = &[State::NotAuthenticated, State::Authenticated, State::Selected];

    // A macro, not a `const fn`: the claim arrays must be temporaries of the static itself.
    macro_rules! def {
        ($name:literal, [$($kind:ident),*], $exchange:expr) => {
            CommandDef {
                name: Cow::Borrowed($name),
                method: Cow::Borrowed("fuzz"),
                states: Cow::Borrowed(ANY),
                args: Cow::Borrowed(&[]),
                untagged: Cow::Borrowed(&[$(Claim::Known(UntaggedKind::$kind)),*]),
                then: None,
                fail: None,
                needs: None,
                several_need: None,
                forbidden_by: None,
                removed_in: None,
                forbidden_when_enabled: None,
                exchange: $exchange,
                doc: Cow::Borrowed("fuzz"),
                example: None,
            }
        };
    }

    static DEFS: [CommandDef; 6] = [
        def!("SEARCH", [Search, ESearch], None),
        def!("FETCH", [Fetch, Vanished], None),
        def!("NOOP", [Exists, Recent, Expunge, Fetch], None),
        def!("STATUS", [MailboxStatus], None),
        def!("LIST", [List, MailboxStatus], None),
        def!("IDLE", [Exists, Expunge, Fetch], Some(Exchange::Idle)),
    ];

    /// Target `session`: a whole [`Session`] fed the input in pieces whose sizes come from
    /// the input itself, while commands (pipelined, some with literals, an IDLE) are submitted
    /// and the clock moves. Never panics; what it keeps stays within its limits.
    pub fn session(data: &[u8]) {
        let Some((&control, data)) = data.split_first() else { return };
        let options = SessionOptions {
            max_command_responses: 64,
            max_command_bytes: 1 << 16,
            max_unsolicited: 32,
            max_unsolicited_bytes: 1 << 15,
            parse: super::small_options(),
            strict: control & 1 == 1,
            ..SessionOptions::default()
        };
        let mut session = Session::new(options.clone());
        session.set_secure(true);
        let start = Instant::now();
        let mut now = start;
        let mut tags = Vec::new();
        let mut rest = data;
        let mut round = 0usize;
        while !rest.is_empty() && round < 4096 {
            round += 1;
            let piece = 1 + usize::from(rest[0] % 64);
            let (piece, tail) = rest.split_at(piece.min(rest.len()));
            rest = tail;
            if piece[0] % 5 == 0 && tags.len() < 16 {
                let def = &DEFS[usize::from(piece[0] / 5) % DEFS.len()];
                let mut builder = CommandBuilder::new(def);
                if piece[0] % 3 == 0 {
                    let _ = builder.arg::<kinds::AString>("arg", "two\r\nlines");
                }
                if let Ok(tag) = session.submit(builder.finish()) {
                    tags.push(tag);
                }
            }
            session.feed(piece);
            now += Duration::from_millis(u64::from(piece[piece.len() - 1]) * 40);
            let awaiting = match tags.first() {
                Some(tag) => Await::Command(tag),
                None => Await::Greeting,
            };
            let mut watch = IdleWatch::new(Some(start + Duration::from_secs(5)), piece[0] & 2 == 0, |_| {});
            for _ in 0..64 {
                match session.step(awaiting, Some(&mut watch), &mut Reading::Owned(None), now) {
                    Step::Write => while session.next_chunk().is_some() {},
                    Step::StartTls => session.transport_secured(),
                    Step::Read { until } => {
                        assert!(until.is_none_or(|at| at > now), "a deadline in the past is handled, not returned");
                        break;
                    }
                    Step::Done => {
                        if let Some(tag) = tags.first().cloned() {
                            if let Some(result) = session.take_completed(&tag) {
                                if let Ok(done) = result {
                                    assert!(done.untagged.len() + done.unparsed.len() <= options.max_command_responses);
                                }
                                tags.remove(0);
                            } else if !session.busy() {
                                tags.clear();
                            }
                        }
                        break;
                    }
                }
            }
            for tag in &tags {
                assert!(session.collected(tag).len() <= options.max_command_responses);
            }
            if session.broken().is_some() {
                let drained = session.drain_unsolicited();
                assert!(drained.len() <= options.max_unsolicited);
                return;
            }
        }
        assert!(session.drain_unsolicited().len() <= options.max_unsolicited);
    }
}

pub use session_target::session;
