#![allow(missing_docs)] // criterion_group! generates an undocumented pub fn
//! Parser throughput on generated server output, ours against `imap-proto` and `imap-codec`
//! on the same bytes: each data set parsed whole, and fed in 64 KiB pieces as a session reads.
//!
//! `cargo bench -p imapkit-core --bench parse` (a filter such as `-- search` runs one group).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, SamplingMode, Throughput};

mod common;
use common::*;

use imapkit_core::parse::WriteSink;

fn group<'a>(c: &'a mut Criterion, name: &str, data: &[u8]) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(data.len() as u64));
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(4));
    g
}

/// Checks that every parser reads the data set completely into `expected` responses before
/// timing anything, so the figures compare the same work.
fn check(name: &str, data: &[u8], expected: usize, with_proto_streaming: bool) {
    let opts = options();
    assert_eq!(ours_whole(data, &opts, |r| drop(std::hint::black_box(r))), expected, "{name}: ours whole");
    assert_eq!(ours_streaming(data, &opts, |r| drop(std::hint::black_box(r))), expected, "{name}: ours streaming");
    assert_eq!(ours_borrowed(data, &opts, |r| drop(std::hint::black_box(r))), expected, "{name}: ours borrowed");
    let stream = ours_borrowed_streaming(data, &opts, |r| drop(std::hint::black_box(r)));
    assert_eq!(stream, expected, "{name}: ours borrowed streaming");
    assert_eq!(proto_whole(data), expected, "{name}: imap-proto whole");
    if with_proto_streaming {
        assert_eq!(proto_streaming(data), expected, "{name}: imap-proto streaming");
    }
    assert_eq!(codec_whole(data), expected, "{name}: imap-codec whole");
    assert_eq!(codec_streaming(data), expected, "{name}: imap-codec streaming");
}

/// The variants of one data set. `imap-proto` re-parses an incomplete response from its
/// start on every read, so its streaming form is quadratic on one huge line (SEARCH) and left
/// out there.
fn compare(c: &mut Criterion, name: &str, data: &[u8], expected: usize, with_proto_streaming: bool) {
    check(name, data, expected, with_proto_streaming);
    let opts = options();
    let mut g = group(c, name, data);
    g.bench_function("ours/whole", |b| b.iter(|| ours_whole(data, &opts, |r| drop(std::hint::black_box(r)))));
    g.bench_function("ours/stream64k", |b| b.iter(|| ours_streaming(data, &opts, |r| drop(std::hint::black_box(r)))));
    g.bench_function("ours-borrowed/whole", |b| {
        b.iter(|| ours_borrowed(data, &opts, |r| drop(std::hint::black_box(r))))
    });
    g.bench_function("ours-borrowed/stream64k", |b| {
        b.iter(|| ours_borrowed_streaming(data, &opts, |r| drop(std::hint::black_box(r))))
    });
    g.bench_function("imap-proto/whole", |b| b.iter(|| proto_whole(data)));
    if with_proto_streaming {
        g.bench_function("imap-proto/stream64k", |b| b.iter(|| proto_streaming(data)));
    }
    g.bench_function("imap-codec/whole", |b| b.iter(|| codec_whole(data)));
    g.bench_function("imap-codec/stream64k", |b| b.iter(|| codec_streaming(data)));
    g.finish();
}

fn fetch_metadata_bench(c: &mut Criterion) {
    let data = fetch_metadata(100_000);
    compare(c, "a_fetch_metadata", &data, 100_000, true);
}

fn fetch_bodies_bench(c: &mut Criterion) {
    let data = fetch_bodies(2_000);
    compare(c, "b_fetch_bodies", &data, 2_000, true);
    let opts = options();
    let mut g = group(c, "b_fetch_bodies", &data);
    g.bench_function("ours/stream64k-sink", |b| {
        b.iter(|| {
            let mut sink = WriteSink::new(std::io::sink());
            assert_eq!(ours_streaming_sink(&data, &opts, 4096, &mut sink), 2_000);
            sink.written()
        })
    });
    g.bench_function("loopback-tcp-copy", |b| b.iter(|| tcp_copy(&data)));
    g.finish();
}

/// Sends `data` through a loopback TCP connection, read in 64 KiB pieces and dropped: the
/// floor a socket sets for a client.
fn tcp_copy(data: &[u8]) -> u64 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let addr = listener.local_addr().expect("local address");
    std::thread::scope(|s| {
        s.spawn(|| {
            let mut out = TcpStream::connect(addr).expect("connect loopback");
            out.write_all(data).expect("write");
        });
        let (mut input, _) = listener.accept().expect("accept");
        let mut buf = vec![0u8; CHUNK];
        let mut total = 0u64;
        loop {
            let n = input.read(&mut buf).expect("read");
            if n == 0 {
                break;
            }
            std::hint::black_box(&buf[..n]);
            total += n as u64;
        }
        assert_eq!(total, data.len() as u64);
        total
    })
}

fn search_bench(c: &mut Criterion) {
    let data = search(1_000_000);
    compare(c, "c_search", &data, 1, false);
}

fn list_bench(c: &mut Criterion) {
    let data = list(50_000);
    compare(c, "d_list", &data, 50_000, true);
}

criterion_group!(benches, fetch_metadata_bench, fetch_bodies_bench, search_bench, list_bench);
criterion_main!(benches);
