#![allow(missing_docs)] // criterion_group! generates an undocumented pub fn
//! End-to-end client throughput against the test Dovecot on loopback: a mail client's
//! metadata sync, `UID FETCH 1:* (UID FLAGS RFC822.SIZE ENVELOPE BODYSTRUCTURE)` over 2,000
//! messages, on a plain connection and with COMPRESS=DEFLATE.
//!
//! `scripts/servers start`, then `set -a; eval "$(scripts/servers env)"; set +a` and
//! `cargo bench -p imapkit --bench live_fetch`. Without `IMAP_TEST_DOVECOT_HOST` it says so
//! and measures nothing.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use imapkit::{AppendMessage, Client, Commands};

const MESSAGES: usize = 2_000;
const ITEMS: &str = "(UID FLAGS RFC822.SIZE ENVELOPE BODYSTRUCTURE)";

fn message(i: usize) -> Vec<u8> {
    format!(
        "From: Sender {i} <sender{i}@example.org>\r\nTo: Alice <alice@example.org>\r\n\
         Cc: Bob <bob@example.org>, Carol <carol@example.net>\r\nSubject: Report number {i}\r\n\
         Date: Mon, 1 Jan 2024 10:00:00 +0000\r\nMessage-ID: <{i}.bench@example.org>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b{i}\r\n\r\n\
         --b{i}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello {i}\r\n\
         --b{i}\r\nContent-Type: application/pdf; name=r{i}.pdf\r\nContent-Disposition: attachment; \
         filename=r{i}.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b{i}--\r\n"
    )
    .into_bytes()
}

fn login(host: &str, port: u16) -> Client {
    let mut client = Client::connect(host, port).expect("connect to the test Dovecot");
    client.login("alice", "alice-pw").expect("LOGIN");
    client
}

fn fetch_metadata(c: &mut Criterion) {
    let (Ok(host), Ok(port)) = (std::env::var("IMAP_TEST_DOVECOT_HOST"), std::env::var("IMAP_TEST_DOVECOT_PORT"))
    else {
        eprintln!("live_fetch: IMAP_TEST_DOVECOT_HOST/PORT not set (scripts/servers env); nothing measured");
        return;
    };
    let port: u16 = port.parse().expect("a port number");
    let mailbox = format!("bench-{}", std::process::id());
    let mut setup = login(&host, port);
    setup.create(mailbox.as_str(), None).expect("CREATE");
    for batch in (0..MESSAGES).collect::<Vec<_>>().chunks(200) {
        let messages: Vec<AppendMessage> = batch.iter().map(|&i| AppendMessage::new(message(i))).collect();
        setup.append(mailbox.as_str(), messages).expect("APPEND");
    }
    // The IMAP bytes one FETCH brings, for the throughput figure.
    let wire = {
        let mut probe = login(&host, port);
        probe.select(mailbox.as_str(), None).expect("SELECT");
        let bytes = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let seen = bytes.clone();
        probe.set_io_observer(move |direction, n| {
            if direction == imapkit::Direction::Received {
                seen.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
            }
        });
        probe.uid_fetch("1:*", ITEMS).expect("FETCH");
        bytes.load(std::sync::atomic::Ordering::Relaxed)
    };

    let mut group = c.benchmark_group("live_fetch_metadata_2000");
    group.throughput(Throughput::Bytes(wire));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    for compress in [false, true] {
        let mut client = login(&host, port);
        if compress {
            client.compress("DEFLATE").expect("COMPRESS");
        }
        client.select(mailbox.as_str(), None).expect("SELECT");
        let name = if compress { "compressed" } else { "plain" };
        group.bench_function(name, |b| {
            b.iter(|| {
                let fetched = client.uid_fetch("1:*", ITEMS).expect("FETCH");
                assert_eq!(fetched.fetches.len(), MESSAGES);
                fetched
            })
        });
        if let Some(stats) = client.compression() {
            eprintln!(
                "live_fetch: COMPRESS received {} bytes as {} on the wire",
                stats.received_plain, stats.received_wire
            );
        }
        let _ = client.logout();
    }
    group.finish();
    let mut cleanup = login(&host, port);
    let _ = cleanup.delete(mailbox.as_str());
    let _ = cleanup.logout();
}

criterion_group!(benches, fetch_metadata);
criterion_main!(benches);
