//! Runs the fuzz targets on the stable toolchain, without coverage guidance: the seed corpus,
//! then deterministic pseudo-random mutations of it (byte edits, dictionary tokens, splices,
//! literal-header tweaks) and random inputs.
//!
//! ```text
//! cargo run --release --bin stable_fuzz -- [--target NAME|all] [--iters N] [--seconds S]
//!     [--seed N] [--corpus DIR] [--dict FILE] [--artifacts DIR]
//! ```
//!
//! A panicking input is written to the artifacts folder and the run exits with status 1.
//! An input slower than a second is reported as a probable hang.

#![forbid(unsafe_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

struct Args {
    targets: Vec<String>,
    iters: u64,
    seconds: u64,
    seed: u64,
    corpus: PathBuf,
    dict: PathBuf,
    artifacts: PathBuf,
}

fn parse_args() -> Args {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut args = Args {
        targets: imap_core_fuzz::TARGETS.iter().map(|t| t.to_string()).collect(),
        iters: 200_000,
        seconds: 60,
        seed: 1,
        corpus: root.join("corpus"),
        dict: root.join("imap.dict"),
        artifacts: root.join("artifacts/stable"),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| usage(&format!("{flag} needs a value")));
        match flag.as_str() {
            "--target" => {
                let v = value();
                if v != "all" {
                    args.targets = vec![v];
                }
            }
            "--iters" => args.iters = value().parse().unwrap_or_else(|_| usage("bad --iters")),
            "--seconds" => args.seconds = value().parse().unwrap_or_else(|_| usage("bad --seconds")),
            "--seed" => args.seed = value().parse().unwrap_or_else(|_| usage("bad --seed")),
            "--corpus" => args.corpus = value().into(),
            "--dict" => args.dict = value().into(),
            "--artifacts" => args.artifacts = value().into(),
            _ => usage(&format!("unknown argument {flag}")),
        }
    }
    args
}

fn usage(why: &str) -> ! {
    eprintln!("{why}\nusage: stable_fuzz [--target NAME|all] [--iters N] [--seconds S] [--seed N] [--corpus DIR] [--dict FILE] [--artifacts DIR]");
    std::process::exit(2)
}

/// xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % (n.max(1) as u64)) as usize
    }
}

/// The files of a folder (not recursive), sorted for determinism.
fn read_dir_files(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// The tokens of a libFuzzer dictionary (`name="value"` lines, `\xNN`, `\\` and `\"` escapes).
fn read_dict(path: &Path) -> Vec<Vec<u8>> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    let mut tokens = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            continue;
        }
        let (Some(open), Some(close)) = (line.find('"'), line.rfind('"')) else { continue };
        if close <= open {
            continue;
        }
        let raw = &line.as_bytes()[open + 1..close];
        let mut token = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == b'\\' && i + 1 < raw.len() {
                if raw[i + 1] == b'x' && i + 3 < raw.len() {
                    if let Ok(b) = u8::from_str_radix(std::str::from_utf8(&raw[i + 2..i + 4]).unwrap_or("zz"), 16) {
                        token.push(b);
                        i += 4;
                        continue;
                    }
                }
                token.push(raw[i + 1]);
                i += 2;
            } else {
                token.push(raw[i]);
                i += 1;
            }
        }
        tokens.push(token);
    }
    tokens
}

/// One mutation of `input`, drawing on the corpus and the dictionary.
fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>], dict: &[Vec<u8>]) {
    const INTERESTING: &[&[u8]] = &[
        b"{",
        b"}",
        b"{0}\r\n",
        b"{1}\r\n",
        b"{4294967296}\r\n",
        b"~{3}\r\n",
        b"{5+}\n",
        b"\r\n",
        b"\n",
        b"(",
        b")",
        b"((((((((",
        b"))))",
        b"\"",
        b"\\",
        b"\\\"",
        b" ",
        b"NIL",
        b"[",
        b"]",
        b"<0>",
        b"\x00",
        b"\xff",
        b"\xc3\xa9",
        b"99999999999999999999",
        b"-1",
        b"=?",
        b"?=",
        b"=?utf-8?B?",
        b"=?x?Q?=",
    ];
    let pos = |rng: &mut Rng, input: &Vec<u8>| rng.below(input.len() + 1);
    match rng.below(12) {
        0 if !input.is_empty() => {
            let i = rng.below(input.len());
            input[i] ^= 1 << rng.below(8);
        }
        1 if !input.is_empty() => {
            let i = rng.below(input.len());
            input[i] = rng.next() as u8;
        }
        2 if !input.is_empty() => {
            let i = rng.below(input.len());
            let n = rng.below(16).min(input.len() - i);
            input.drain(i..i + n);
        }
        3 | 4 => {
            let token = if dict.is_empty() || rng.below(2) == 0 {
                INTERESTING[rng.below(INTERESTING.len())].to_vec()
            } else {
                dict[rng.below(dict.len())].clone()
            };
            let i = pos(rng, input);
            input.splice(i..i, token);
        }
        5 if !input.is_empty() => {
            // Duplicate a range (repeats lists, literals, whole responses).
            let i = rng.below(input.len());
            let n = (rng.below(64) + 1).min(input.len() - i);
            let copy = input[i..i + n].to_vec();
            let at = pos(rng, input);
            input.splice(at..at, copy);
        }
        6 if !corpus.is_empty() => {
            // Splice with another corpus entry.
            let other = &corpus[rng.below(corpus.len())];
            let cut = pos(rng, input);
            let from = rng.below(other.len() + 1);
            input.truncate(cut);
            input.extend_from_slice(&other[from..]);
        }
        7 if !input.is_empty() => {
            input.truncate(rng.below(input.len()));
        }
        8 => {
            // Change the number in a literal header.
            if let Some(open) = input.iter().position(|&b| b == b'{') {
                if let Some(close) = input[open..].iter().position(|&b| b == b'}') {
                    let n = rng.below(40).to_string().into_bytes();
                    input.splice(open + 1..open + close, n);
                }
            }
        }
        9 => {
            // Chunk-size prefix byte for `chunked` and `framer`.
            input.insert(0, rng.next() as u8);
        }
        10 if !input.is_empty() => {
            // Swap two bytes.
            let (a, b) = (rng.below(input.len()), rng.below(input.len()));
            input.swap(a, b);
        }
        _ => {
            let n = rng.below(8) + 1;
            let i = pos(rng, input);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
            input.splice(i..i, bytes);
        }
    }
    input.truncate(1 << 16);
}

/// Runs one input, catching a panic; on failure saves the input and exits.
fn check(target: &str, input: &[u8], artifacts: &Path, slow: &mut u64) {
    let start = Instant::now();
    let result = std::panic::catch_unwind(|| imap_core_fuzz::run(target, input));
    let took = start.elapsed();
    if took > Duration::from_secs(1) {
        *slow += 1;
        eprintln!("[{target}] slow input ({took:?}), {} bytes", input.len());
        save(artifacts, &format!("slow-{target}"), input);
    }
    if result.is_err() {
        let path = save(artifacts, &format!("crash-{target}"), input);
        eprintln!("[{target}] PANIC on input saved to {}", path.display());
        std::process::exit(1);
    }
}

fn save(dir: &Path, prefix: &str, input: &[u8]) -> PathBuf {
    let _ = std::fs::create_dir_all(dir);
    // FNV-1a names the file by content.
    let hash = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
    let path = dir.join(format!("{prefix}-{hash:016x}"));
    let _ = std::fs::write(&path, input);
    path
}

fn main() {
    let args = parse_args();
    // Panics are caught and reported by `check`; keep the default message for the details.
    let dict = read_dict(&args.dict);
    let budget = Duration::from_secs(args.seconds) / args.targets.len().max(1) as u32;
    let mut total_slow = 0;
    for target in &args.targets {
        let mut corpus = read_dir_files(&args.corpus.join(target));
        if corpus.is_empty() {
            corpus = read_dir_files(&args.corpus.join("response"));
        }
        let mut slow = 0;
        let start = Instant::now();
        for input in &corpus {
            check(target, input, &args.artifacts, &mut slow);
        }
        let mut rng = Rng(args.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let mut execs = corpus.len() as u64;
        while execs < args.iters && start.elapsed() < budget {
            let mut input = if corpus.is_empty() || rng.below(20) == 0 {
                let n = rng.below(256);
                (0..n).map(|_| rng.next() as u8).collect()
            } else {
                corpus[rng.below(corpus.len())].clone()
            };
            for _ in 0..=rng.below(6) {
                mutate(&mut rng, &mut input, &corpus, &dict);
            }
            check(target, &input, &args.artifacts, &mut slow);
            execs += 1;
        }
        total_slow += slow;
        println!(
            "[{target}] {execs} inputs ({} seeds) in {:.1}s, {slow} slow, 0 panics",
            corpus.len(),
            start.elapsed().as_secs_f64()
        );
    }
    if total_slow > 0 {
        std::process::exit(1);
    }
}
