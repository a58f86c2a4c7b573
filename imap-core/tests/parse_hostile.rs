//! Hostile input: huge literals, deep nesting, random bytes, and linear framing.

use imapkit_core::parse::{parse_one, parse_response, Frame, FrameError, Framer, ParseErrorKind, ParseOptions, Parsed};
use imapkit_core::types::{Response, Untagged};

#[test]
fn huge_literal_is_rejected_at_the_header() {
    let opts = ParseOptions::default();
    for header in ["* 1 FETCH (BODY[] {99999999999}\r\n", "* 1 FETCH (BODY[] ~{99999999999999999999999999}\r\n"] {
        let mut framer = Framer::new(opts.clone());
        let err = framer.next_frame(header.as_bytes()).unwrap_err();
        assert!(matches!(err, FrameError::LiteralTooLarge { max, .. } if max == opts.max_literal), "{err:?}");
        let err = parse_one(header.as_bytes(), &opts).unwrap_err();
        assert!(matches!(err.kind, ParseErrorKind::Frame(FrameError::LiteralTooLarge { .. })));
        assert!(!err.is_recoverable());
    }
    // A frame handed directly to the parser with an oversized header fails without allocating.
    let err = parse_response(b"* XFOO {99999999999}\r\nabc\r\n", &opts).unwrap_err();
    assert!(matches!(err.kind, ParseErrorKind::Syntax { .. }));
    // Within the limit the framer just waits, and reports what is missing.
    let small = ParseOptions { max_literal: 10, ..opts.clone() };
    let mut framer = Framer::new(small.clone());
    assert_eq!(
        framer.next_frame(b"* 1 FETCH (BODY[] {10}\r\nabc"),
        Ok(Frame::Incomplete { literal_remaining: Some(7) })
    );
    assert!(matches!(
        Framer::new(small.clone()).next_frame(b"* 1 FETCH (BODY[] {11}\r\n"),
        Err(FrameError::LiteralTooLarge { size: 11, max: 10 })
    ));
}

#[test]
fn line_too_long() {
    let opts = ParseOptions { max_line: 100, ..ParseOptions::default() };
    let mut framer = Framer::new(opts.clone());
    let line = vec![b'x'; 101];
    assert_eq!(framer.next_frame(&line), Err(FrameError::LineTooLong { max: 100 }));
    // Literal data does not count against the line limit.
    let mut framer = Framer::new(opts.clone());
    let frame = format!("* 1 FETCH (BODY[] {{500}}\r\n{})\r\n", "y".repeat(500));
    assert_eq!(framer.next_frame(frame.as_bytes()), Ok(Frame::Complete(frame.len())));
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let opts = ParseOptions::default();
    let n = 10_000;
    let open = "(".repeat(n);
    let close = ")".repeat(n);
    let cases = [
        format!("* XFOO {open}{close}\r\n"),
        format!("* 1 FETCH (BODYSTRUCTURE {open}{close})\r\n"),
        format!("* 1 FETCH (X-ANY {open}{close})\r\n"),
        format!("* 1 FETCH (ENVELOPE {open}{close})\r\n"),
        format!("* THREAD {open}1{close}\r\n"),
        format!("* OK [XCODE {open}{close}] text\r\n"),
        format!("* LIST () \"/\" foo (\"X\" {open}{close})\r\n"),
        format!("+ [XCODE {open}{close}]\r\n"),
        format!("* ESEARCH XITEM {open}{close}\r\n"),
    ];
    for case in &cases {
        match parse_one(case.as_bytes(), &opts) {
            Err(e) => {
                assert_eq!(e.kind, ParseErrorKind::TooDeep { max_depth: 64 }, "{}", &case[..30]);
                assert_eq!(e.consumed, case.len());
            }
            // Response text swallows an unparseable code: that is text, not nesting.
            Ok(Parsed::Complete { response, .. }) => {
                assert!(case.starts_with("* OK") || case.starts_with('+'), "{}: {response:?}", &case[..30]);
            }
            Ok(other) => panic!("{other:?}"),
        }
    }
}

/// xorshift64*: deterministic pseudo-random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "* ",
    "+ ",
    "a1 ",
    "OK ",
    "NO ",
    "BAD ",
    "FETCH ",
    "(",
    ")",
    "(",
    ")",
    " ",
    " ",
    "\"",
    "\\",
    "{3}\r\n",
    "{0}\r\n",
    "~{2}\r\n",
    "{",
    "}",
    "NIL",
    "1",
    "23",
    "4294967296",
    "-1",
    "[",
    "]",
    "<0>",
    "BODY",
    "BODYSTRUCTURE",
    "ENVELOPE",
    "BODY[",
    "1.2.HEADER.FIELDS (A)",
    "UID ",
    "FLAGS ",
    "\\Seen",
    "\\*",
    "LIST ",
    "STATUS ",
    "SEARCH ",
    "ESEARCH ",
    "THREAD ",
    "NAMESPACE ",
    "ACL ",
    "QUOTA ",
    "METADATA ",
    "ANNOTATION ",
    "ID ",
    "VANISHED ",
    "(EARLIER)",
    "1:*,3",
    "MODSEQ ",
    "BINARY[1] ",
    "X-GM-LABELS ",
    "EMAILID ",
    "THREADID ",
    "UIDVALIDITY ",
    "COPYUID ",
    "\"text\" ",
    "\"plain\" ",
    "\"message\" \"rfc822\" ",
    "\r\n",
    "\n",
    "\r",
    "\u{e9}",
    "\0",
    "\x7f",
    "abc",
    "INBOX",
];

fn check_no_panic(input: &[u8], opts: &ParseOptions) {
    let _ = parse_response(input, opts);
    let _ = parse_one(input, opts);
    let mut framer = Framer::new(opts.clone());
    let mut offset = 0;
    // Frame and parse the whole buffer, as a session would.
    while offset < input.len() {
        match framer.next_frame(&input[offset..]) {
            Ok(Frame::Complete(len)) => {
                assert!(len > 0 && offset + len <= input.len());
                let _ = parse_response(&input[offset..offset + len], opts);
                offset += len;
                framer.reset();
            }
            Ok(Frame::Incomplete { .. }) | Err(_) => break,
        }
    }
}

#[test]
fn random_input_never_panics() {
    let opts = ParseOptions { max_depth: 16, max_literal: 1 << 16, ..ParseOptions::default() };
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let mut input = Vec::new();
        let len = rng.below(40);
        for _ in 0..len {
            if rng.below(4) == 0 {
                input.push((rng.next() & 0xff) as u8);
            } else {
                input.extend_from_slice(TOKENS[rng.below(TOKENS.len())].as_bytes());
            }
        }
        check_no_panic(&input, &opts);
    }
}

#[test]
fn mutated_real_responses_never_panic() {
    let seeds: &[&[u8]] = &[
        b"* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 ENVELOPE (\"Wed, 17 Jul 1996\" \"subj\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) NIL NIL NIL NIL NIL NIL \"<id>\") BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n",
        b"* 5 FETCH (BODYSTRUCTURE (((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"qp\" 1 2 NIL NIL NIL NIL) \"alternative\" (\"boundary\" \"b\") NIL NIL NIL)(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 2 (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) 4) \"mixed\" NIL NIL NIL NIL))\r\n",
        b"* OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n",
        b"* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL NIL\r\n",
        b"* THREAD (2)(3 6 (4 23)(44 7 96))\r\n",
        b"* 1 FETCH (BODY[1.2.HEADER.FIELDS (FROM)]<0> {3}\r\nabc BINARY[1] ~{2}\r\nxy)\r\n",
        b"* ESEARCH (TAG \"A284\") UID COUNT 5 ALL 4:19,21,28 MODSEQ 5\r\n",
    ];
    let opts = ParseOptions::default();
    let mut rng = Rng(42);
    for seed in seeds {
        for _ in 0..3_000 {
            let mut input = seed.to_vec();
            for _ in 0..=rng.below(4) {
                let at = rng.below(input.len() + 1);
                match rng.below(3) {
                    0 if at < input.len() => {
                        input.remove(at);
                    }
                    1 if at < input.len() => input[at] = (rng.next() & 0xff) as u8,
                    _ => input.insert(at, b"() \"{[]}\\0-9"[rng.below(12)]),
                }
            }
            check_no_panic(&input, &opts);
        }
    }
}

#[test]
fn framing_is_linear() {
    // A 7 MB SEARCH response fed in 64 KiB pieces.
    let mut response = b"* SEARCH".to_vec();
    let mut n: u32 = 1;
    while response.len() < 7_000_000 {
        response.extend_from_slice(format!(" {n}").as_bytes());
        n += 1;
    }
    response.extend_from_slice(b"\r\n");
    let opts = ParseOptions { max_line: 8 << 20, ..ParseOptions::default() };
    let mut framer = Framer::new(opts.clone());
    let mut buf = Vec::new();
    let mut calls = 0;
    let mut result = None;
    for chunk in response.chunks(64 * 1024) {
        buf.extend_from_slice(chunk);
        calls += 1;
        match framer.next_frame(&buf).unwrap() {
            Frame::Complete(len) => result = Some(len),
            Frame::Incomplete { literal_remaining } => assert_eq!(literal_remaining, None),
        }
    }
    assert!(calls > 100);
    assert_eq!(result, Some(response.len()));
    // Each byte examined once: the work is the response size, not calls x size.
    assert_eq!(framer.bytes_scanned(), response.len() as u64);
    let parsed = parse_response(&buf, &opts).unwrap();
    let Response::Untagged(Untagged::Search { numbers, .. }) = parsed else { panic!() };
    assert_eq!(numbers.len(), (n - 1) as usize);
    assert_eq!(numbers.last(), Some(&(n - 1)));
}

#[test]
fn literal_data_is_skipped_not_scanned_and_reported() {
    let body = vec![b'\n'; 3_000_000];
    let mut response = format!("* 1 FETCH (UID 7 BODY[] {{{}}}\r\n", body.len()).into_bytes();
    let header_len = response.len();
    response.extend_from_slice(&body);
    response.extend_from_slice(b")\r\n");
    let mut framer = Framer::new(ParseOptions::default());
    let mut buf = Vec::new();
    let mut sink = Vec::new();
    for chunk in response.chunks(64 * 1024) {
        buf.extend_from_slice(chunk);
        let frame = framer.next_frame(&buf).unwrap();
        // Stream the literal to a sink as it arrives.
        if let Some(span) = framer.literals().first() {
            let end = (span.end() as usize).min(buf.len());
            let from = span.offset + sink.len();
            if from < end {
                sink.extend_from_slice(&buf[from..end]);
            }
        }
        if let Frame::Incomplete { literal_remaining: Some(left) } = frame {
            assert_eq!(framer.literal_in_progress().map(|(_, l)| l), Some(left));
        }
    }
    assert_eq!(framer.next_frame(&buf), Ok(Frame::Complete(response.len())));
    assert_eq!(sink, body);
    assert_eq!(framer.literals()[0].offset, header_len);
    assert_eq!(framer.bytes_scanned(), (response.len() - body.len()) as u64);
    let Response::Untagged(Untagged::Fetch(f)) = parse_response(&buf, &ParseOptions::default()).unwrap() else {
        panic!()
    };
    assert_eq!(f.rfc822().map(<[u8]>::len), Some(body.len()));
}

/// Many literals, each under `max_literal`, cannot together hold more than
/// `max_literal_total`: the framer refuses at the header that crosses it, before its data.
#[test]
fn literals_of_one_response_are_bounded_together() {
    let opts = ParseOptions { max_literal: 100, max_literal_total: 250, ..ParseOptions::default() };
    let data = "x".repeat(100);
    let two = format!("* 1 FETCH (BODY[1] {{100}}\r\n{data} BODY[2] {{100}}\r\n{data} ");
    let mut framer = Framer::new(opts.clone());
    assert!(matches!(framer.next_frame(two.as_bytes()), Ok(Frame::Incomplete { literal_remaining: None })));
    let three = format!("{two}BODY[3] {{100}}\r\n");
    let mut framer = Framer::new(opts.clone());
    assert_eq!(framer.next_frame(three.as_bytes()), Err(FrameError::LiteralsTooLarge { total: 300, max: 250 }));
    let err = parse_one(three.as_bytes(), &opts).unwrap_err();
    assert!(!err.is_recoverable());
    assert!(err.to_string().contains("300"), "{err}");
    // The count starts again with each response.
    let mut framer = Framer::new(opts.clone());
    let one = format!("* 1 FETCH (BODY[1] {{100}}\r\n{data} BODY[2] {{100}}\r\n{data})\r\n");
    assert_eq!(framer.next_frame(one.as_bytes()), Ok(Frame::Complete(one.len())));
    framer.reset();
    assert_eq!(framer.next_frame(one.as_bytes()), Ok(Frame::Complete(one.len())));
    // Literals streamed to a sink are not held, so they do not count.
    let mut stream = imapkit_core::parse::ResponseStream::new(opts);
    stream.stream_literals_over(Some(50));
    let mut sink = imapkit_core::parse::WriteSink::new(Vec::new());
    stream.feed(format!("{three}{data})\r\n").as_bytes());
    assert!(stream.next_response_with_sink(&mut sink).unwrap().is_some());
    assert_eq!(sink.written(), 300);
}

/// Tiny items cost far more parsed than on the wire: `max_nodes` bounds the values one
/// response may build, as a recoverable typed error, the same in the borrowed parser.
#[test]
fn values_of_one_response_are_bounded() {
    let opts = ParseOptions { max_nodes: 1_000, ..ParseOptions::default() };
    let arena = imapkit_core::parse::Arena::new();
    let items = |n: usize| format!("* 1 FETCH ({})\r\n", "X NIL ".repeat(n));
    // 400 items of two values each fit; 600 do not.
    assert!(parse_response(items(400).as_bytes(), &opts).is_ok());
    for frame in [
        items(600),
        format!("* 1 FETCH (FLAGS ({}))\r\n", "\\Seen ".repeat(1_001)),
        format!("* CAPABILITY{}\r\n", " A".repeat(1_001)),
        format!("* XFOO ({})\r\n", "NIL ".repeat(1_001)),
        format!(
            "* 1 FETCH (ENVELOPE (NIL NIL ({}) NIL NIL NIL NIL NIL NIL NIL))\r\n",
            "(NIL NIL NIL NIL)".repeat(1_001)
        ),
        format!("* 1 FETCH (BODYSTRUCTURE ({}\"mixed\"))\r\n", "(\"a\" \"b\" NIL NIL NIL NIL 1)".repeat(1_001)),
        format!("* THREAD {}\r\n", "(1)".repeat(1_001)),
    ] {
        let err = parse_response(frame.as_bytes(), &opts).unwrap_err();
        assert_eq!(err.kind, ParseErrorKind::TooManyValues { max_nodes: 1_000 }, "{}", &frame[..40]);
        assert!(err.is_recoverable());
        assert_eq!(err.consumed, frame.len());
        let borrowed = imapkit_core::parse::parse_response_ref(frame.as_bytes(), &arena, &opts).unwrap_err();
        assert_eq!(borrowed, err);
    }
    // SEARCH numbers take less room parsed than on the wire: not counted.
    let search = format!("* SEARCH{}\r\n", " 7".repeat(5_000));
    assert!(parse_response(search.as_bytes(), &opts).is_ok());
}
