//! Deterministic generators of realistic server output for the benchmarks, and the ways of
//! feeding it to the parsers compared (ours, `imap-proto`, `imap-codec`).
//!
//! Everything is derived from a fixed seed: the same bytes on every run and machine.

#![allow(dead_code)]

use std::fmt::Write as _;

use imapkit_core::parse::{
    parse_response, parse_response_ref, Arena, Frame, Framer, LiteralSink, ParseOptions, ResponseStream,
};
use imapkit_core::types::borrowed::ResponseRef;
use imapkit_core::types::Response;

/// Size of the pieces a session reads from the socket.
pub const CHUNK: usize = 64 * 1024;

/// xorshift64*: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed (any non-zero value).
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "meeting",
    "report",
    "invoice",
    "quarterly",
    "update",
    "lunch",
    "project",
    "review",
    "draft",
    "urgent",
    "hello",
    "weekend",
    "budget",
    "release",
    "notes",
    "agenda",
    "photos",
    "contract",
    "deadline",
    "summary",
    "server",
    "backup",
];
const NAMES: &[&str] =
    &["Alice Smith", "Bob Jones", "Carol White", "Dave Brown", "Eve Black", "Frank Green", "Grace Hall", "Heidi Klum"];
const HOSTS: &[&str] = &["example.com", "mail.example.org", "corp.example.net", "lists.example.edu"];
const MONTHS: &[&str] = &["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A quoted string with `"` and `\` escaped.
fn quote(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
}

/// A string as a literal `{n}\r\n...`.
fn literal(out: &mut String, text: &str) {
    let _ = write!(out, "{{{}}}\r\n{text}", text.len());
}

fn words(rng: &mut Rng, n: u64) -> String {
    (0..n).map(|_| *rng.pick(WORDS)).collect::<Vec<_>>().join(" ")
}

fn subject(rng: &mut Rng) -> String {
    match rng.below(10) {
        // Encoded words (RFC 2047), B and Q.
        0 => "=?UTF-8?B?R3LDvMOfZSBhdXMgTcO8bmNoZW4=?= und mehr".to_string(),
        1 => format!("=?iso-8859-1?Q?Caf=E9_{}?=", rng.pick(WORDS)),
        // Quotes and backslashes that need escaping.
        2 => format!("Re: \"{}\" in C:\\{}", words(rng, 2), rng.pick(WORDS)),
        _ => {
            let prefix = if rng.chance(30) { "Re: " } else { "" };
            let n = rng.range(2, 7);
            format!("{prefix}{}", words(rng, n))
        }
    }
}

fn address(out: &mut String, rng: &mut Rng) {
    let name = *rng.pick(NAMES);
    let mailbox = name.split(' ').next().unwrap_or("x").to_ascii_lowercase();
    out.push('(');
    if rng.chance(20) {
        out.push_str("NIL");
    } else if rng.chance(10) {
        quote(out, "=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?=");
    } else {
        quote(out, name);
    }
    out.push_str(" NIL ");
    quote(out, &mailbox);
    out.push(' ');
    let host = *rng.pick(HOSTS);
    quote(out, host);
    out.push(')');
}

fn address_list(out: &mut String, rng: &mut Rng, min: u64, max: u64) {
    let n = rng.range(min, max);
    if n == 0 {
        out.push_str("NIL");
        return;
    }
    out.push('(');
    // Sometimes an RFC 2822 group: a start marker, members, an end marker.
    if rng.chance(5) {
        out.push_str("(NIL NIL \"undisclosed-recipients\" NIL)");
        for _ in 0..n {
            address(out, rng);
        }
        out.push_str("(NIL NIL NIL NIL)");
    } else {
        for _ in 0..n {
            address(out, rng);
        }
    }
    out.push(')');
}

fn date_header(rng: &mut Rng) -> String {
    format!(
        "Mon, {} {} 20{:02} {:02}:{:02}:{:02} +0{}00",
        rng.range(1, 28),
        rng.pick(MONTHS),
        rng.range(10, 25),
        rng.below(24),
        rng.below(60),
        rng.below(60),
        rng.below(10)
    )
}

fn envelope(out: &mut String, rng: &mut Rng) {
    out.push('(');
    quote(out, &date_header(rng));
    out.push(' ');
    let subject = subject(rng);
    if rng.chance(5) {
        literal(out, &subject);
    } else {
        quote(out, &subject);
    }
    out.push(' ');
    let mut from = String::new();
    address_list(&mut from, rng, 1, 1);
    // sender and reply-to repeat from, as servers do.
    let _ = write!(out, "{from} {from} {from} ");
    address_list(out, rng, 1, 4);
    out.push(' ');
    address_list(out, rng, 0, 2);
    out.push(' ');
    address_list(out, rng, 0, 1);
    out.push(' ');
    if rng.chance(40) {
        quote(out, &format!("<{}@{}>", rng.next() % 1_000_000_000, rng.pick(HOSTS)));
    } else {
        out.push_str("NIL");
    }
    out.push(' ');
    quote(out, &format!("<{:x}.{}@{}>", rng.next(), rng.below(1000), rng.pick(HOSTS)));
    out.push(')');
}

fn single_part(out: &mut String, rng: &mut Rng, depth: u32) {
    match rng.below(if depth < 5 { 10 } else { 9 }) {
        0..=4 => {
            let subtype = if rng.chance(50) { "PLAIN" } else { "HTML" };
            let size = rng.range(100, 60_000);
            let _ = write!(
                out,
                "(\"TEXT\" \"{subtype}\" (\"CHARSET\" \"utf-8\") NIL NIL \"QUOTED-PRINTABLE\" {size} {} NIL NIL NIL NIL)",
                size / 60 + 1
            );
        }
        5..=7 => {
            let (media, sub, ext) = *rng.pick(&[("IMAGE", "JPEG", "jpg"), ("APPLICATION", "PDF", "pdf")]);
            let name = format!("{}_{}.{ext}", rng.pick(WORDS), rng.below(100));
            let _ = write!(out, "(\"{media}\" \"{sub}\" (\"NAME\" ");
            quote(out, &name);
            let _ = write!(
                out,
                ") \"<part{}@{}>\" NIL \"BASE64\" {} NIL (\"ATTACHMENT\" (\"FILENAME\" ",
                rng.below(1000),
                rng.pick(HOSTS),
                rng.range(1000, 900_000)
            );
            quote(out, &name);
            out.push_str(")) NIL NIL)");
        }
        8 => out.push_str(&format!(
            "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"7BIT\" {} NIL NIL NIL NIL)",
            rng.range(10, 5000)
        )),
        _ => {
            // message/rfc822: envelope, nested body, line count.
            let _ = write!(out, "(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\" {} ", rng.range(1000, 90_000));
            envelope(out, rng);
            out.push(' ');
            body(out, rng, depth + 1);
            let _ = write!(out, " {} NIL NIL NIL NIL)", rng.range(10, 2000));
        }
    }
}

/// A body structure nesting at most 5 levels from `depth` 1.
fn body(out: &mut String, rng: &mut Rng, depth: u32) {
    if depth < 5 && rng.chance(if depth == 1 { 60 } else { 30 }) {
        out.push('(');
        for _ in 0..rng.range(2, 3) {
            body(out, rng, depth + 1);
        }
        let subtype = *rng.pick(&["MIXED", "ALTERNATIVE", "RELATED"]);
        let _ = write!(
            out,
            " \"{subtype}\" (\"BOUNDARY\" \"----=_Part_{}_{}\") NIL NIL NIL)",
            rng.below(99999),
            rng.next() % 1_000_000
        );
    } else {
        single_part(out, rng, depth);
    }
}

/// (a) `n` FETCH responses with UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE.
pub fn fetch_metadata(n: u32) -> Vec<u8> {
    let mut rng = Rng::new(0x1a2b_3c4d);
    let mut out = String::with_capacity(n as usize * 1500);
    for seq in 1..=n {
        let flags = *rng.pick(&["\\Seen", "\\Seen \\Answered", "", "\\Flagged $Forwarded", "\\Seen $Junk NonJunk"]);
        let _ = write!(
            out,
            "* {seq} FETCH (UID {} FLAGS ({flags}) INTERNALDATE \"{:02}-{}-20{:02} {:02}:{:02}:{:02} +0{}00\" RFC822.SIZE {} ENVELOPE ",
            seq * 3 + 17,
            rng.range(1, 28),
            rng.pick(MONTHS),
            rng.range(10, 25),
            rng.below(24),
            rng.below(60),
            rng.below(60),
            rng.below(10),
            rng.range(500, 2_000_000),
        );
        envelope(&mut out, &mut rng);
        out.push_str(" BODYSTRUCTURE ");
        body(&mut out, &mut rng, 1);
        out.push_str(")\r\n");
    }
    out.into_bytes()
}

/// A message body of `size` bytes: header lines then base64-like lines, CRLF-terminated.
fn message_bytes(rng: &mut Rng, size: usize) -> Vec<u8> {
    const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(size);
    let header = format!(
        "From: Alice <alice@example.com>\r\nTo: bob@example.org\r\nSubject: {}\r\nDate: {}\r\nMIME-Version: 1.0\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n",
        words(rng, 4),
        date_header(rng)
    );
    out.extend_from_slice(header.as_bytes());
    while out.len() < size {
        let mut bits = rng.next();
        for i in 0..76 {
            if i % 10 == 0 {
                bits = rng.next();
            }
            out.push(B64[(bits & 63) as usize]);
            bits >>= 6;
        }
        out.extend_from_slice(b"\r\n");
    }
    out.truncate(size);
    out
}

/// (b) `n` FETCH responses with a `BODY[]` literal of 5-200 KB each.
pub fn fetch_bodies(n: u32) -> Vec<u8> {
    let mut rng = Rng::new(0x5eed_b0d1);
    let mut out = Vec::new();
    for seq in 1..=n {
        let size = rng.range(5_000, 200_000) as usize;
        let data = message_bytes(&mut rng, size);
        out.extend_from_slice(format!("* {seq} FETCH (UID {} BODY[] {{{size}}}\r\n", seq + 1000).as_bytes());
        out.extend_from_slice(&data);
        out.extend_from_slice(b")\r\n");
    }
    out
}

/// (c) one SEARCH response with `n` increasing numbers.
pub fn search(n: u32) -> Vec<u8> {
    let mut rng = Rng::new(0x5ea7c4);
    let mut out = String::with_capacity(n as usize * 8);
    out.push_str("* SEARCH");
    let mut x: u64 = 0;
    for _ in 0..n {
        x += rng.range(1, 4);
        let _ = write!(out, " {x}");
    }
    out.push_str("\r\n");
    out.into_bytes()
}

/// (d) `n` LIST responses.
pub fn list(n: u32) -> Vec<u8> {
    let mut rng = Rng::new(0x0001_1957);
    let mut out = String::with_capacity(n as usize * 60);
    for i in 0..n {
        let attrs = *rng.pick(&[
            "\\HasNoChildren",
            "\\HasChildren",
            "\\HasNoChildren \\Sent",
            "\\Noselect \\HasChildren",
            "\\HasNoChildren \\Marked",
            "",
        ]);
        let _ = write!(out, "* LIST ({attrs}) \"/\" ");
        let name = match rng.below(4) {
            0 => format!("Archive/{}/{}", 2000 + rng.below(25), i),
            1 => format!("Projects/{} {}/{}", rng.pick(WORDS), rng.pick(WORDS), i),
            2 => format!("INBOX/&AMQ-rger-{i}"),
            _ => format!("Lists/{}-{i}", rng.pick(WORDS)),
        };
        if name.contains(' ') || rng.chance(50) {
            quote(&mut out, &name);
        } else {
            out.push_str(&name);
        }
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// Options big enough for the SEARCH line.
pub fn options() -> ParseOptions {
    ParseOptions { max_line: 64 << 20, ..ParseOptions::default() }
}

/// Our parser over the whole buffer: frame, parse, advance. Returns the number of responses.
pub fn ours_whole(data: &[u8], opts: &ParseOptions, mut each: impl FnMut(Response)) -> usize {
    let mut framer = Framer::new(opts.clone());
    let mut rest = data;
    let mut n = 0;
    while !rest.is_empty() {
        let Ok(Frame::Complete(len)) = framer.next_frame(rest) else { panic!("incomplete data") };
        each(parse_response(&rest[..len], opts).expect("our parser failed"));
        rest = &rest[len..];
        framer.reset();
        n += 1;
    }
    n
}

/// Our borrowed parser ([`parse_response_ref`]) over the whole buffer, one arena reset
/// after each response; `each` sees every response.
pub fn ours_borrowed(data: &[u8], opts: &ParseOptions, mut each: impl FnMut(ResponseRef<'_>)) -> usize {
    let mut framer = Framer::new(opts.clone());
    let mut arena = Arena::new();
    let mut rest = data;
    let mut n = 0;
    while !rest.is_empty() {
        let Ok(Frame::Complete(len)) = framer.next_frame(rest) else { panic!("incomplete data") };
        each(parse_response_ref(&rest[..len], &arena, opts).expect("our parser failed"));
        arena.reset();
        rest = &rest[len..];
        framer.reset();
        n += 1;
    }
    n
}

/// Our borrowed parser fed in [`CHUNK`] pieces through a [`ResponseStream`]'s frames.
pub fn ours_borrowed_streaming(data: &[u8], opts: &ParseOptions, mut each: impl FnMut(ResponseRef<'_>)) -> usize {
    let mut stream = ResponseStream::new(opts.clone());
    let mut arena = Arena::new();
    let mut n = 0;
    for chunk in data.chunks(CHUNK) {
        stream.feed(chunk);
        while let Some(frame) = stream.next_frame().expect("framing failed") {
            each(parse_response_ref(frame, &arena, opts).expect("our parser failed"));
            arena.reset();
            n += 1;
        }
    }
    assert_eq!(stream.buffered(), 0);
    n
}

/// Our parser fed in [`CHUNK`] pieces through a [`ResponseStream`], as a session reads.
pub fn ours_streaming(data: &[u8], opts: &ParseOptions, mut each: impl FnMut(Response)) -> usize {
    let mut stream = ResponseStream::new(opts.clone());
    let mut n = 0;
    for chunk in data.chunks(CHUNK) {
        stream.feed(chunk);
        while let Some(response) = stream.next_response().expect("our parser failed") {
            each(response);
            n += 1;
        }
    }
    assert_eq!(stream.buffered(), 0);
    n
}

/// Our parser fed in [`CHUNK`] pieces, with literals over `threshold` bytes sent to `sink`.
pub fn ours_streaming_sink(data: &[u8], opts: &ParseOptions, threshold: u64, sink: &mut dyn LiteralSink) -> usize {
    let mut stream = ResponseStream::new(opts.clone());
    stream.stream_literals_over(Some(threshold));
    let mut n = 0;
    for chunk in data.chunks(CHUNK) {
        stream.feed(chunk);
        while let Some(response) = stream.next_response_with_sink(sink).expect("our parser failed") {
            std::hint::black_box(response);
            n += 1;
        }
    }
    n
}

/// `imap-proto` over the whole buffer.
pub fn proto_whole(data: &[u8]) -> usize {
    let mut rest = data;
    let mut n = 0;
    while !rest.is_empty() {
        let (next, response) = imap_proto::Response::parse(rest).expect("imap-proto failed");
        std::hint::black_box(response);
        rest = next;
        n += 1;
    }
    n
}

/// `imap-proto` fed in [`CHUNK`] pieces the way its users (async-imap) do: append to a
/// buffer, try to parse from the start of the unparsed part, and on `Incomplete` wait for more.
pub fn proto_streaming(data: &[u8]) -> usize {
    let mut buf: Vec<u8> = Vec::new();
    let mut start = 0;
    let mut n = 0;
    for chunk in data.chunks(CHUNK) {
        if start > 0 {
            buf.drain(..start);
            start = 0;
        }
        buf.extend_from_slice(chunk);
        loop {
            match imap_proto::Response::parse(&buf[start..]) {
                Ok((rest, response)) => {
                    std::hint::black_box(response);
                    start = buf.len() - rest.len();
                    n += 1;
                }
                Err(nom::Err::Incomplete(_)) => break,
                Err(e) => panic!("imap-proto failed: {e:?}"),
            }
        }
    }
    n
}

/// `imap-codec` over the whole buffer (its `ResponseCodec` decoder).
pub fn codec_whole(data: &[u8]) -> usize {
    use imap_codec::decode::Decoder;
    let codec = imap_codec::ResponseCodec::default();
    let mut rest = data;
    let mut n = 0;
    while !rest.is_empty() {
        let (next, response) = codec.decode(rest).expect("imap-codec failed");
        std::hint::black_box(response);
        rest = next;
        n += 1;
    }
    n
}

/// `imap-codec` fed in [`CHUNK`] pieces through its `Fragmentizer`, decoding each complete
/// message with the `ResponseCodec`.
pub fn codec_streaming(data: &[u8]) -> usize {
    let codec = imap_codec::ResponseCodec::default();
    let mut fragmentizer = imap_codec::fragmentizer::Fragmentizer::new(u32::MAX);
    let mut n = 0;
    for chunk in data.chunks(CHUNK) {
        fragmentizer.enqueue_bytes(chunk);
        while fragmentizer.progress().is_some() {
            if fragmentizer.is_message_complete() {
                let response = fragmentizer.decode_message(&codec).expect("imap-codec failed");
                std::hint::black_box(response);
                n += 1;
            }
        }
    }
    n
}
