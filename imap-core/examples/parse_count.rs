//! Parses data set (a) of the benchmarks once, for instruction counts under callgrind
//! (repeatable on a busy machine, unlike wall time):
//!
//! ```sh
//! cargo build --release -p imapkit-core --example parse_count
//! for parser in ours ours-borrowed imap-proto imap-codec; do
//!   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.$parser \
//!     --toggle-collect='*parse_count::run_*' target/release/examples/parse_count $parser 3000
//! done
//! ```
//!
//! callgrind's `Collected` line is then the parse alone (the generator is not counted). A third
//! argument picks the data set: `metadata` (a, the default), `search` (c, one SEARCH of N
//! numbers) or `list` (d, N LIST lines); `ours-streaming` feeds it in 64 KiB pieces; `dump`
//! writes the data set to standard output instead of parsing it.

#[path = "../benches/common/mod.rs"]
mod common;

use std::hint::black_box;

#[inline(never)]
fn run_ours(data: &[u8]) -> usize {
    common::ours_whole(data, &common::options(), |r| drop(black_box(r)))
}

#[inline(never)]
fn run_borrowed(data: &[u8]) -> usize {
    common::ours_borrowed(data, &common::options(), |r| drop(black_box(r)))
}

#[inline(never)]
fn run_via_borrowed(data: &[u8]) -> usize {
    common::ours_borrowed(data, &common::options(), |r| drop(black_box(r.into_owned())))
}

#[inline(never)]
fn run_streaming(data: &[u8]) -> usize {
    common::ours_streaming(data, &common::options(), |r| drop(black_box(r)))
}

#[inline(never)]
fn run_proto(data: &[u8]) -> usize {
    common::proto_whole(data)
}

#[inline(never)]
fn run_codec(data: &[u8]) -> usize {
    common::codec_whole(data)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let parser = args.next().unwrap_or_else(|| "ours".into());
    let n: u32 = args.next().and_then(|n| n.parse().ok()).unwrap_or(3_000);
    let data = match args.next().as_deref().unwrap_or("metadata") {
        "metadata" => common::fetch_metadata(n),
        "search" => common::search(n),
        "list" => common::list(n),
        other => {
            eprintln!("unknown data set {other}: use metadata (a), search (c) or list (d)");
            std::process::exit(2);
        }
    };
    if parser == "dump" {
        // The data set itself, for looking at what is parsed.
        use std::io::Write;
        std::io::stdout().write_all(&data).expect("stdout");
        return;
    }
    let start = std::time::Instant::now();
    let parsed = match parser.as_str() {
        "ours" => run_ours(&data),
        "ours-borrowed" => run_borrowed(&data),
        "ours-via-borrowed" => run_via_borrowed(&data),
        "ours-streaming" => run_streaming(&data),
        "imap-proto" => run_proto(&data),
        "imap-codec" => run_codec(&data),
        other => {
            eprintln!("unknown parser {other}: use ours, ours-borrowed, ours-streaming, imap-proto or imap-codec");
            std::process::exit(2);
        }
    };
    let elapsed = start.elapsed();
    println!(
        "{parser}: {parsed} responses, {} bytes in {elapsed:?} ({:.0} MiB/s)",
        data.len(),
        data.len() as f64 / elapsed.as_secs_f64() / (1024.0 * 1024.0)
    );
}
