//! Peak memory of the parser on two hostile responses, fed in 64 KiB reads through a
//! `ResponseStream` with the session's default limits, the results kept as a session keeps
//! them. Prints the outcome and the process's peak resident size (Linux `VmHWM`).
//!
//! ```text
//! cargo run --release -p imapkit-core --example hostile_memory -- literals   # six 64 MiB literals in one FETCH
//! cargo run --release -p imapkit-core --example hostile_memory -- items      # a 63 MB FETCH line of `X NIL` pairs
//! ```

use imapkit_core::parse::ResponseStream;
use imapkit_core::session::SessionOptions;

const CHUNK: usize = 64 << 10;

/// Feeds `pieces` (generated lazily) and keeps every response.
fn run(pieces: impl Iterator<Item = Vec<u8>>) {
    let mut stream = ResponseStream::new(SessionOptions::default().parse);
    let mut kept = Vec::new();
    for piece in pieces {
        for chunk in piece.chunks(CHUNK) {
            stream.feed(chunk);
            loop {
                match stream.next_response() {
                    Ok(Some(response)) => kept.push(Ok(response)),
                    Ok(None) => break,
                    Err(e) if e.is_recoverable() => kept.push(Err(e.to_string())),
                    Err(e) => {
                        println!("stopped: {}", e.to_string().split(" in ").next().unwrap_or_default());
                        return report(&kept);
                    }
                }
            }
        }
    }
    report(&kept);
}

fn report(kept: &[Result<imapkit_core::types::Response, String>]) {
    let errors: Vec<&String> = kept.iter().filter_map(|r| r.as_ref().err()).collect();
    println!("responses: {}, errors: {:?}", kept.len(), errors);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status.lines().find(|l| l.starts_with("VmHWM")).unwrap_or("VmHWM: unknown");
    println!("peak resident: {}", peak.trim_start_matches("VmHWM:").trim());
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("literals") => {
            const LEN: usize = 64 << 20;
            let literal = |i: usize| {
                std::iter::once(format!("BODY[{i}] {{{LEN}}}\r\n").into_bytes())
                    .chain((0..LEN / CHUNK).map(|_| vec![b'x'; CHUNK]))
                    .chain(std::iter::once(b" ".to_vec()))
            };
            let head = std::iter::once(b"* 1 FETCH (".to_vec());
            let tail = std::iter::once(b"UID 1)\r\n* 2 EXISTS\r\n".to_vec());
            run(head.chain((1..=6).flat_map(literal)).chain(tail));
        }
        Some("items") => {
            const PAIRS: usize = 63_000_000 / 6;
            let head = std::iter::once(b"* 1 FETCH (".to_vec());
            let body = (0..PAIRS / 10_000).map(|_| b"X NIL ".repeat(10_000));
            run(head.chain(body).chain(std::iter::once(b"UID 1)\r\n* 2 EXISTS\r\n".to_vec())));
        }
        _ => eprintln!("usage: hostile_memory literals|items"),
    }
}
