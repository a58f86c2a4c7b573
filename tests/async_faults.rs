//! The async client against a scripted fake server (named as such: it plays what a real
//! server will not do — cut connections, a byte at a time, DONE ignored, a `+` that comes
//! late) and what a dropped future leaves behind: the next command works, or fails saying
//! the connection was broken by the cancellation. Never a desynchronised connection.

use std::io::{BufReader, Read, Write};

use std::sync::mpsc;

use std::time::{Duration, Instant};

use imap_tests::{block_on, read_line, scripted};
use imapkit::command::State;
use imapkit::tokio::{Client, IdleOptions};
use imapkit::{build, AsyncCommands, Error, SessionOptions};

fn tag_of(line: &str) -> String {
    line.split(' ').next().unwrap_or("").to_owned()
}

fn options(read_ms: u64, command_ms: u64) -> SessionOptions {
    SessionOptions {
        read_timeout: Some(Duration::from_millis(read_ms)),
        command_timeout: Some(Duration::from_millis(command_ms)),
        ..SessionOptions::default()
    }
}

async fn connect(port: u16, options: SessionOptions) -> Client<tokio::net::TcpStream> {
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    Client::with_options(stream, options).await.unwrap()
}

#[test]
fn a_cut_connection_is_an_abort_and_stays_one() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK fake\r\n").unwrap();
        let _ = read_line(&mut reader);
        writer.write_all(b"* 3 EXISTS\r\n* FLAGS (\\Seen").unwrap();
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Authenticated);
        let error = client.select("INBOX", None).await.unwrap_err();
        assert!(error.is_abort(), "{error:?}");
        assert!(client.noop().await.unwrap_err().is_abort());
    });
    server.join().unwrap();
}

#[test]
fn a_server_sending_a_byte_at_a_time_meets_the_command_deadline() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK slowloris\r\n").unwrap();
        let _ = read_line(&mut reader);
        for byte in b"* 1 EXISTS\r\n".iter().cycle().take(100) {
            if writer.write_all(&[*byte]).is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    block_on(async {
        let started = Instant::now();
        let mut client = connect(port, options(400, 1_000)).await;
        let error = client.noop().await.unwrap_err();
        assert!(matches!(error, Error::Timeout(_)), "{error:?}");
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(900) && elapsed < Duration::from_secs(3), "{elapsed:?}");
    });
    server.join().unwrap();
}

#[test]
fn idle_ends_even_when_the_server_ignores_done() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 IDLE] fake\r\n").unwrap();
        let _ = read_line(&mut reader);
        writer.write_all(b"+ idling\r\n").unwrap();
        assert_eq!(read_line(&mut reader), "DONE");
        for _ in 0..60 {
            if writer.write_all(b"* OK still here\r\n").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    });
    block_on(async {
        let mut client = connect(port, options(500, 60_000)).await;
        client.session_mut().set_state(State::Selected);
        let started = Instant::now();
        let error = client.idle_wait(Duration::from_millis(200)).await.unwrap_err();
        assert!(matches!(error, Error::Timeout(_)), "{error:?}");
        let elapsed = started.elapsed();
        assert!(elapsed >= Duration::from_millis(650) && elapsed < Duration::from_secs(2), "{elapsed:?}");
    });
    server.join().unwrap();
}

#[test]
fn an_append_dropped_before_the_plus_still_completes_and_the_next_command_works() {
    let (sent, received) = mpsc::channel();
    let (port, server) = scripted(move |socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1] fake\r\n").unwrap();
        let append = read_line(&mut reader);
        assert!(append.ends_with("{5}"), "{append}");
        // The `+` comes late: the caller has given up by then.
        std::thread::sleep(Duration::from_millis(300));
        writer.write_all(b"+ go ahead\r\n").unwrap();
        let mut literal = [0u8; 7];
        reader.read_exact(&mut literal).unwrap();
        sent.send(literal.to_vec()).unwrap();
        writer.write_all(format!("{} OK APPEND done\r\n", tag_of(&append)).as_bytes()).unwrap();
        let noop = read_line(&mut reader);
        assert!(noop.ends_with("NOOP"), "{noop}");
        writer.write_all(format!("{} OK NOOP done\r\n", tag_of(&noop)).as_bytes()).unwrap();
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Authenticated);
        let dropped =
            tokio::time::timeout(Duration::from_millis(100), client.append("INBOX", [b"hello".as_slice()])).await;
        assert!(dropped.is_err(), "the APPEND was still waiting for `+`");
        let noop = client.noop().await.expect("the connection is usable");
        assert_eq!(noop.tagged.text, "NOOP done");
    });
    assert_eq!(received.recv().unwrap(), b"hello\r\n", "the literal went whole, after the `+`");
    server.join().unwrap();
}

#[test]
fn a_fetch_dropped_after_its_first_response_does_not_leak_into_the_next_command() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK fake\r\n").unwrap();
        let fetch = read_line(&mut reader);
        writer.write_all(b"* 1 FETCH (FLAGS (\\Seen))\r\n").unwrap();
        std::thread::sleep(Duration::from_millis(300));
        writer.write_all(format!("* 2 FETCH (FLAGS ())\r\n{} OK FETCH done\r\n", tag_of(&fetch)).as_bytes()).unwrap();
        let noop = read_line(&mut reader);
        assert!(noop.ends_with("NOOP"), "{noop}");
        writer.write_all(format!("* 4 EXISTS\r\n{} OK NOOP done\r\n", tag_of(&noop)).as_bytes()).unwrap();
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Selected);
        let dropped = tokio::time::timeout(Duration::from_millis(100), client.fetch("1:2", "FLAGS")).await;
        assert!(dropped.is_err());
        let noop = client.noop().await.expect("the connection is usable");
        // The FETCH's responses were its own (discarded with it), not NOOP's.
        assert!(noop.fetches.is_empty(), "{noop:?}");
        assert_eq!(noop.exists, Some(4));
    });
    server.join().unwrap();
}

#[test]
fn a_command_dropped_before_it_was_written_is_withdrawn() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK fake\r\n").unwrap();
        let first = read_line(&mut reader);
        assert!(first.ends_with("SEARCH UNSEEN"), "{first}");
        std::thread::sleep(Duration::from_millis(200));
        writer.write_all(format!("* SEARCH 1 3\r\n{} OK done\r\n", tag_of(&first)).as_bytes()).unwrap();
        // Never the second SEARCH: the next line is the NOOP.
        let next = read_line(&mut reader);
        assert!(next.ends_with("NOOP"), "{next}");
        writer.write_all(format!("{} OK NOOP done\r\n", tag_of(&next)).as_bytes()).unwrap();
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Selected);
        let first = client.send(build::search("UNSEEN").unwrap()).await.unwrap();
        // Held behind the first (their `* SEARCH` replies could not be told apart), then dropped.
        let dropped = tokio::time::timeout(Duration::from_millis(50), client.search("SUBJECT x")).await;
        assert!(dropped.is_err());
        assert_eq!(client.wait(first).await.unwrap().search.numbers, vec![1, 3]);
        client.noop().await.expect("the connection is usable");
    });
    server.join().unwrap();
}

#[test]
fn an_idle_stream_yields_updates_and_a_dropped_one_breaks_the_connection_clearly() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 IDLE] fake\r\n").unwrap();
        // A stream that is stopped: updates as they come, then DONE and the tagged OK.
        let idle = read_line(&mut reader);
        writer.write_all(b"+ idling\r\n").unwrap();
        std::thread::sleep(Duration::from_millis(50));
        writer.write_all(b"* 5 EXISTS\r\n").unwrap();
        std::thread::sleep(Duration::from_millis(50));
        writer.write_all(b"* 2 EXPUNGE\r\n").unwrap();
        assert_eq!(read_line(&mut reader), "DONE");
        writer.write_all(format!("{} OK IDLE done\r\n", tag_of(&idle)).as_bytes()).unwrap();
        // A stream that is dropped mid-way.
        let _ = read_line(&mut reader);
        writer.write_all(b"+ idling\r\n* 6 EXISTS\r\n").unwrap();
        let _ = read_line(&mut reader);
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Selected);
        let mut stream = client.idle_stream(IdleOptions::default()).await.unwrap();
        let first = stream.next().await.unwrap().unwrap();
        assert!(matches!(first, imapkit::types::Untagged::Exists(5)), "{first:?}");
        let second = stream.next().await.unwrap().unwrap();
        assert!(matches!(second, imapkit::types::Untagged::Expunge(2)), "{second:?}");
        stream.stop().await.unwrap();
        assert_eq!(client.session().state(), State::Selected);

        let mut stream = client.idle_stream(IdleOptions::default()).await.unwrap();
        assert!(stream.next().await.unwrap().is_ok());
        drop(stream);
        let error = client.noop().await.unwrap_err();
        assert!(error.is_abort() && error.to_string().contains("cancelled"), "{error}");
    });
    server.join().unwrap();
}

#[test]
fn an_idle_stream_renews_its_idle() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 IDLE] fake\r\n").unwrap();
        for round in 0..4 {
            let idle = read_line(&mut reader);
            assert!(idle.ends_with("IDLE"), "round {round}: {idle}");
            writer.write_all(b"+ idling\r\n").unwrap();
            assert_eq!(read_line(&mut reader), "DONE", "round {round}");
            writer
                .write_all(format!("* {} EXISTS\r\n{} OK IDLE done\r\n", round + 1, tag_of(&idle)).as_bytes())
                .unwrap();
        }
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Selected);
        let until = Instant::now() + Duration::from_millis(700);
        let options = IdleOptions { until: Some(until), renew_after: Duration::from_millis(200) };
        let mut stream = client.idle_stream(options).await.unwrap();
        let mut seen = Vec::new();
        while let Some(update) = stream.next().await {
            if let imapkit::types::Untagged::Exists(n) = update.unwrap() {
                seen.push(n);
            }
        }
        // IDLEs of 200 ms in the 700 ms: renewed three times (the last one ends at `until`),
        // each DONE answered.
        assert_eq!(seen, vec![1, 2, 3, 4]);
    });
    server.join().unwrap();
}

#[test]
fn a_call_dropped_in_the_middle_of_a_write_breaks_the_connection_clearly() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 LITERAL+] fake\r\n").unwrap();
        // Reads nothing: the client's big literal fills the socket buffers and its write waits.
        std::thread::sleep(Duration::from_millis(1500));
        drop(socket);
    });
    block_on(async {
        let mut client = connect(port, SessionOptions::default()).await;
        client.session_mut().set_state(State::Authenticated);
        let message = vec![b'x'; 64 << 20];
        let dropped =
            tokio::time::timeout(Duration::from_millis(300), client.append("INBOX", [message.as_slice()])).await;
        assert!(dropped.is_err(), "the write could not have finished");
        let error = client.noop().await.unwrap_err();
        assert!(error.is_abort() && error.to_string().contains("cancelled"), "{error}");
    });
    server.join().unwrap();
}

#[test]
fn bytes_after_the_starttls_ok_are_refused_by_the_async_client_too() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] fake\r\n").unwrap();
        let starttls = read_line(&mut reader);
        let reply =
            format!("{} OK Begin TLS now\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n", tag_of(&starttls));
        writer.write_all(reply.as_bytes()).unwrap();
        let _ = read_line(&mut reader);
    });
    block_on(async {
        let error = Client::connect_starttls("127.0.0.1", port, imapkit::TlsOptions::default()).await.unwrap_err();
        assert!(error.is_abort() && error.to_string().contains("after the STARTTLS OK"), "{error}");
    });
    server.join().unwrap();
}

#[test]
fn no_starttls_means_no_connection_not_plaintext_for_the_async_client() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1] fake without TLS\r\n").unwrap();
        let capability = read_line(&mut reader);
        if capability.ends_with("CAPABILITY") {
            let reply = format!("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{} OK done\r\n", tag_of(&capability));
            writer.write_all(reply.as_bytes()).unwrap();
            let _ = read_line(&mut reader);
        }
    });
    block_on(async {
        let error = Client::connect_starttls("127.0.0.1", port, imapkit::TlsOptions::default()).await.unwrap_err();
        assert!(matches!(&error, Error::Capability { capability, .. } if capability == "STARTTLS"), "{error}");
    });
    server.join().unwrap();
}
