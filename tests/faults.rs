//! Faults a real server will not produce, played by a **scripted fake server** on loopback:
//! bytes injected after the STARTTLS OK, a server without STARTTLS, cut connections, garbage,
//! absurd literal sizes, BYE, a mailbox turning read-only. Each must give a clear typed error
//! (and leave the connection usable where it can), never a panic or a hang.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::thread::JoinHandle;

use imap_tests::{read_line, scripted};
use imapkit::build;
use imapkit::{Client, Commands, ErrorKind, TlsOptions};
use imapkit_core::error::Error;

/// One step of the fake server: wait for a client line containing `expect`, then write `reply`
/// (`{tag}` becomes the client's tag). `None` as reply: close the connection.
struct Step {
    expect: &'static str,
    reply: Option<&'static str>,
}

fn step(expect: &'static str, reply: &'static str) -> Step {
    Step { expect, reply: Some(reply) }
}

/// Starts the fake server; returns its port and the thread (which reports protocol surprises).
fn fake_server(greeting: &'static str, steps: Vec<Step>) -> (u16, JoinHandle<Result<(), String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let handle = std::thread::spawn(move || {
        let (socket, _) = listener.accept().map_err(|e| e.to_string())?;
        let mut writer = socket.try_clone().map_err(|e| e.to_string())?;
        let mut reader = BufReader::new(socket);
        writer.write_all(greeting.as_bytes()).map_err(|e| e.to_string())?;
        for step in steps {
            let mut line = String::new();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
            if !line.contains(step.expect) {
                return Err(format!("expected {:?}, got {line:?}", step.expect));
            }
            let tag = line.split(' ').next().unwrap_or("").to_owned();
            match step.reply {
                Some(reply) => writer.write_all(reply.replace("{tag}", &tag).as_bytes()).map_err(|e| e.to_string())?,
                None => return Ok(()),
            }
        }
        // Keep the socket open until the client is done.
        let mut rest = String::new();
        let _ = reader.read_line(&mut rest);
        Ok(())
    });
    (port, handle)
}

fn connect(port: u16) -> Client<TcpStream> {
    Client::new(TcpStream::connect(("127.0.0.1", port)).unwrap()).unwrap()
}

#[test]
fn bytes_after_starttls_ok_are_refused() {
    let (port, server) = fake_server(
        "* OK [CAPABILITY IMAP4rev1 STARTTLS] fake\r\n",
        vec![
            // The greeting lists the capabilities: STARTTLS goes first, unasked.
            step(
                "STARTTLS",
                "{tag} OK Begin TLS negotiation now\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n",
            ),
        ],
    );
    let error = Client::connect_starttls("127.0.0.1", port, TlsOptions::default()).unwrap_err();
    assert!(error.is_abort(), "{error}");
    assert!(error.to_string().contains("after the STARTTLS OK"), "{error}");
    server.join().unwrap().unwrap();
}

#[test]
fn no_starttls_means_no_connection_not_plaintext() {
    let (port, server) = fake_server(
        "* OK [CAPABILITY IMAP4rev1] fake without TLS\r\n",
        vec![step("CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n{tag} OK done\r\n")],
    );
    let error = Client::connect_starttls("127.0.0.1", port, TlsOptions::default()).unwrap_err();
    assert!(matches!(&error, Error::Capability { capability, .. } if capability == "STARTTLS"), "{error}");
    drop(server);
}

#[test]
fn a_cut_connection_is_an_abort_and_the_client_says_so_afterwards() {
    let (port, server) = fake_server(
        "* OK fake\r\n",
        vec![step("SELECT", "* 3 EXISTS\r\n* FLAGS (\\Seen"), Step { expect: "", reply: None }],
    );
    let mut client = connect(port);
    client.login("u", "p").unwrap_err(); // LOGIN is not scripted: the server closes instead.
    let error = client.select("INBOX", None).unwrap_err();
    assert!(error.is_abort(), "{error:?}");
    let again = client.noop().unwrap_err();
    assert!(again.is_abort(), "{again:?}");
    let _ = server.join();
}

#[test]
fn garbage_is_skipped_and_the_command_completes() {
    let (port, server) = fake_server(
        "* OK fake\r\n",
        vec![step("NOOP", "* )(garbage ((( \"unterminated\r\n* 4 EXISTS\r\n{tag} OK still fine\r\n")],
    );
    let mut client = connect(port);
    let result = client.noop().unwrap();
    assert_eq!(result.exists, Some(4));
    assert_eq!(result.tagged.text, "still fine");
    drop(client);
    server.join().unwrap().unwrap();
}

#[test]
fn an_absurd_literal_is_refused_before_allocation() {
    let (port, server) = fake_server("* OK fake\r\n", vec![step("FETCH", "* 1 FETCH (BODY[] {99999999999}\r\nxx")]);
    let mut client = connect(port);
    client.session_mut().set_state(imapkit::command::State::Selected);
    let error = client.fetch(1, "BODY[]").unwrap_err();
    assert!(error.is_abort(), "{error:?}");
    assert!(error.to_string().to_lowercase().contains("literal"), "{error}");
    drop(server);
}

#[test]
fn bye_mid_session_is_an_abort() {
    let (port, server) = fake_server("* OK fake\r\n", vec![step("NOOP", "* BYE Autologout; idle for too long\r\n")]);
    let mut client = connect(port);
    let error = client.noop().unwrap_err();
    assert!(matches!(&error, Error::Bye(status) if status.text.contains("Autologout")), "{error:?}");
    assert_eq!(error.kind(), ErrorKind::Abort);
    drop(server);
}

#[test]
fn a_mailbox_turning_read_only_is_reported_as_readonly() {
    let (port, server) = fake_server(
        "* OK fake\r\n",
        vec![
            step("SELECT", "* 2 EXISTS\r\n{tag} OK [READ-WRITE] selected\r\n"),
            step("NOOP", "* OK [READ-ONLY] Mailbox is now read-only\r\n{tag} OK done\r\n"),
            step("NOOP", "{tag} OK done\r\n"),
        ],
    );
    let mut client = connect(port);
    client.session_mut().set_state(imapkit::command::State::Authenticated);
    client.select("INBOX", None).unwrap();
    client.noop().unwrap();
    let error = client.noop().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ReadOnly, "{error:?}");
    // Reported once; the connection goes on.
    client.noop().unwrap();
    drop(client);
    server.join().unwrap().unwrap();
}

#[test]
fn compressed_garbage_after_compress_is_a_typed_error() {
    // The server says OK to COMPRESS, then sends bytes that are not DEFLATE (a block of the
    // reserved type 11) right behind the OK: they are inflated as the stream's start.
    let (port, server) = fake_server(
        "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake\r\n",
        vec![
            step(
                "LOGIN",
                "* CAPABILITY IMAP4rev1 COMPRESS=DEFLATE\r\n{tag} OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] in\r\n",
            ),
            step("COMPRESS", "{tag} OK DEFLATE active\r\n\u{7}zzzz"),
        ],
    );
    let mut client = connect(port);
    client.login("alice", "pw").unwrap();
    let error = client.compress("DEFLATE").unwrap_err();
    assert!(matches!(&error, Error::Io(e) if e.kind() == std::io::ErrorKind::InvalidData), "{error}");
    assert!(client.session().broken().is_some_and(|why| why.contains("compressed input")));
    assert!(client.noop().is_err(), "a broken connection refuses further commands");
    drop(client);
    server.join().unwrap().unwrap();
}

#[test]
fn compress_is_refused_unless_deflate() {
    let (port, server) = fake_server(
        "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake\r\n",
        vec![step("LOGIN", "{tag} OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] in\r\n"), step("NOOP", "{tag} OK\r\n")],
    );
    let mut client = connect(port);
    client.login("alice", "pw").unwrap();
    assert!(matches!(client.compress("LZ4"), Err(Error::Arg(_))));
    // Nothing was sent: the next command is the server's next step.
    client.noop().unwrap();
    assert!(client.compression().is_none());
    drop(client);
    server.join().unwrap().unwrap();
}

#[test]
fn a_compressed_bomb_meets_the_line_limit_as_it_inflates() {
    // After COMPRESS, 64 MiB of one endless response line in a DEFLATE stream of some 64 KiB,
    // to a client whose line limit is 1 MiB: it inflates a piece at a time and stops at the
    // limit, holding about that much, not the whole inflated bomb.
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = std::thread::spawn(move || -> Result<(), String> {
        let (socket, _) = listener.accept().map_err(|e| e.to_string())?;
        let mut writer = socket.try_clone().map_err(|e| e.to_string())?;
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake\r\n").map_err(|e| e.to_string())?;
        for reply in ["OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] in\r\n", "OK DEFLATE active\r\n"] {
            let mut line = String::new();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
            let tag = line.split(' ').next().unwrap_or("").to_owned();
            writer.write_all(format!("{tag} {reply}").as_bytes()).map_err(|e| e.to_string())?;
        }
        let mut bomb = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        bomb.write_all(b"* OK ").map_err(|e| e.to_string())?;
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..64 {
            bomb.write_all(&chunk).map_err(|e| e.to_string())?;
        }
        bomb.flush().map_err(|e| e.to_string())?;
        let wire = bomb.get_ref().clone();
        assert!(wire.len() < 1 << 20, "{} compressed bytes", wire.len());
        let _ = writer.write_all(&wire);
        let mut rest = Vec::new();
        let _ = std::io::Read::read_to_end(&mut reader, &mut rest);
        Ok(())
    });
    let options = imapkit_core::session::SessionOptions {
        parse: imapkit_core::parse::ParseOptions { max_line: 1 << 20, ..Default::default() },
        ..Default::default()
    };
    let mut client = Client::with_options(TcpStream::connect(("127.0.0.1", port)).unwrap(), options).unwrap();
    client.login("alice", "pw").unwrap();
    client.compress("DEFLATE").unwrap();
    let error = client.noop().unwrap_err();
    assert!(error.to_string().contains("exceeds the limit"), "{error}");
    let held = client.session().buffered();
    assert!(held < 2 << 20, "the session holds {held} bytes of the inflated bomb");
    assert!(client.compression().unwrap().received_plain < 4 << 20, "{:?}", client.compression());
    drop(client);
    server.join().unwrap().unwrap();
}

#[test]
fn fetch_each_skips_a_broken_fetch_and_sees_the_rest() {
    let (port, server) = fake_server(
        "* OK fake\r\n",
        vec![
            step(
                "FETCH",
                "* 1 FETCH (UID 10 ENVELOPE (NIL \"one\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n\
                 * 2 FETCH (UID 11 ENVELOPE (NIL \"two\" ((\"unterminated\r\n\
                 * 5 EXISTS\r\n\
                 * 3 FETCH (UID 12 BODY[] {5}\r\nhello)\r\n\
                 {tag} OK done\r\n",
            ),
            // The server closes the connection instead of answering.
            Step { expect: "FETCH", reply: None },
        ],
    );
    let mut client = connect(port);
    client.session_mut().set_state(imapkit::command::State::Selected);
    let mut seen = Vec::new();
    let command = build::fetch("1:3", "(UID ENVELOPE BODY[])").unwrap();
    let done = client
        .fetch_each(command, |fetch| {
            let subject = fetch.envelope().and_then(|e| e.subject).map(<[u8]>::to_vec);
            let body = fetch.attrs.iter().find_map(|a| match a {
                imapkit_core::types::borrowed::FetchAttrRef::BodySection { data, .. } => data.map(<[u8]>::to_vec),
                _ => None,
            });
            seen.push((fetch.seq, fetch.uid(), subject, body));
        })
        .unwrap();
    assert_eq!(
        seen,
        [(1, Some(10), Some(b"one".to_vec()), None), (3, Some(12), None, Some(b"hello".to_vec()))],
        "the broken response 2 is skipped, the others are seen"
    );
    assert_eq!(done.tagged.text, "done");
    // Non-FETCH responses still reach the session: EXISTS went to the unsolicited queue.
    assert!(client.session_mut().drain_unsolicited().contains(&imapkit_core::types::Untagged::Exists(5)));
    // A connection that closes is an abort, not a hang.
    let command = build::fetch("4", "(UID BODY[])").unwrap();
    let error = client.fetch_each(command, |_| panic!("nothing complete to visit")).unwrap_err();
    assert!(error.is_abort(), "{error:?}");
    let _ = server.join();
}

fn short_timeouts(read: u64, command: u64) -> imapkit::SessionOptions {
    imapkit::SessionOptions {
        read_timeout: Some(std::time::Duration::from_millis(read)),
        command_timeout: Some(std::time::Duration::from_millis(command)),
        ..imapkit::SessionOptions::default()
    }
}

#[test]
fn a_server_that_never_greets_times_out() {
    let (port, server) = scripted(|socket| {
        std::thread::sleep(std::time::Duration::from_secs(3));
        drop(socket);
    });
    let started = std::time::Instant::now();
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let error = Client::with_options(stream, short_timeouts(300, 10_000)).unwrap_err();
    assert!(matches!(&error, Error::Timeout(why) if why.contains("greeting")), "{error:?}");
    assert!(error.to_string().starts_with("timed out"), "{error}");
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    server.join().unwrap();
}

#[test]
fn a_server_sending_a_byte_at_a_time_meets_the_command_deadline() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK slowloris\r\n").unwrap();
        let _ = read_line(&mut reader);
        // A byte every 50 ms: every read succeeds, the command never completes.
        for byte in b"* 1 EXISTS\r\n".iter().cycle().take(100) {
            if writer.write_all(&[*byte]).is_err() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    });
    let started = std::time::Instant::now();
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut client = Client::with_options(stream, short_timeouts(400, 1_000)).unwrap();
    let error = client.noop().unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    let elapsed = started.elapsed();
    assert!(
        elapsed >= std::time::Duration::from_millis(900) && elapsed < std::time::Duration::from_secs(3),
        "{elapsed:?}"
    );
    assert!(client.noop().unwrap_err().is_abort(), "the connection is over");
    server.join().unwrap();
}

#[test]
fn idle_ends_even_when_the_server_ignores_done() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK [CAPABILITY IMAP4rev1 IDLE] fake\r\n").unwrap();
        let _ = read_line(&mut reader); // IDLE
        writer.write_all(b"+ idling\r\n").unwrap();
        let done = read_line(&mut reader);
        assert_eq!(done, "DONE");
        // DONE ignored: keep-alives forever.
        for _ in 0..60 {
            if writer.write_all(b"* OK still here\r\n").is_err() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    });
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut client = Client::with_options(stream, short_timeouts(500, 60_000)).unwrap();
    client.session_mut().set_state(imapkit::command::State::Selected);
    let started = std::time::Instant::now();
    let error = client.idle_wait(std::time::Duration::from_millis(200)).unwrap_err();
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    let elapsed = started.elapsed();
    assert!(
        elapsed >= std::time::Duration::from_millis(650) && elapsed < std::time::Duration::from_secs(2),
        "{elapsed:?}"
    );
    server.join().unwrap();
}

#[test]
fn pipelined_searches_go_out_one_after_the_other() {
    // Played as Dovecot does it when both are on the wire: both `* SEARCH` before either OK.
    // The client never lets that happen: the second SEARCH is written after the first's OK.
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK fake\r\n").unwrap();
        let first = read_line(&mut reader);
        assert!(first.ends_with("SEARCH UNSEEN"), "{first}");
        writer.set_nonblocking(false).unwrap();
        // Nothing else may arrive before the first is answered.
        reader.get_ref().set_read_timeout(Some(std::time::Duration::from_millis(300))).unwrap();
        let mut early = String::new();
        assert!(reader.read_line(&mut early).is_err() || early.is_empty(), "second SEARCH sent early: {early:?}");
        reader.get_ref().set_read_timeout(None).unwrap();
        let tag = first.split(' ').next().unwrap().to_owned();
        writer.write_all(format!("* SEARCH 1 3\r\n{tag} OK done\r\n").as_bytes()).unwrap();
        let second = read_line(&mut reader);
        assert!(second.contains("SEARCH SUBJECT"), "{second}");
        let tag = second.split(' ').next().unwrap().to_owned();
        writer.write_all(format!("* SEARCH 2\r\n{tag} OK done\r\n").as_bytes()).unwrap();
        let _ = read_line(&mut reader);
    });
    let mut client = connect(port);
    client.session_mut().set_state(imapkit::command::State::Selected);
    let unseen = client.send(build::search("UNSEEN").unwrap()).unwrap();
    let subject = client.send(build::search("SUBJECT x").unwrap()).unwrap();
    assert_eq!(client.wait(unseen).unwrap().search.numbers, vec![1, 3]);
    assert_eq!(client.wait(subject).unwrap().search.numbers, vec![2]);
    drop(client);
    server.join().unwrap();
}

#[test]
fn an_early_tagged_reply_does_not_fail_the_next_command() {
    let (port, server) = fake_server(
        "* OK fake\r\n",
        vec![
            step("NOOP", "{tag} OK first\r\nA0002 NO [ALERT] sent before its command\r\n"),
            step("NOOP", "{tag} OK second\r\n"),
        ],
    );
    let mut client = connect(port);
    assert_eq!(client.noop().unwrap().tagged.text, "first");
    assert_eq!(client.noop().unwrap().tagged.text, "second");
    assert_eq!(client.session_mut().take_unsolicited("UNPARSED").len(), 1, "the stray reply is kept");
    drop(client);
    server.join().unwrap().unwrap();
}

#[test]
fn tagged_bye_ends_logout_cleanly_and_closes_the_transport() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK fake\r\n").unwrap();
        let line = read_line(&mut reader);
        let tag = line.split(' ').next().unwrap().to_owned();
        writer.write_all(format!("{tag} BYE logging out\r\n").as_bytes()).unwrap();
        // The client shuts its side down: the next read sees the end.
        assert_eq!(read_line(&mut reader), "");
    });
    let mut client = connect(port);
    client.logout().unwrap();
    assert_eq!(client.session().state(), imapkit::command::State::Logout);
    assert!(matches!(client.noop(), Err(Error::Closed)));
    server.join().unwrap();
}

#[test]
fn a_flood_for_one_command_is_a_limit_error_and_the_connection_goes_on() {
    let (port, server) = scripted(|socket| {
        let mut writer = socket.try_clone().unwrap();
        let mut reader = BufReader::new(socket);
        writer.write_all(b"* OK fake\r\n").unwrap();
        let tag = read_line(&mut reader).split(' ').next().unwrap().to_owned();
        let flood = "* 1 EXISTS\r\n".repeat(100_000);
        for _ in 0..10 {
            writer.write_all(flood.as_bytes()).unwrap();
        }
        writer.write_all(format!("{tag} OK done\r\n").as_bytes()).unwrap();
        let tag = read_line(&mut reader).split(' ').next().unwrap().to_owned();
        writer.write_all(format!("{tag} OK again\r\n").as_bytes()).unwrap();
        let _ = read_line(&mut reader);
    });
    let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let options = imapkit::SessionOptions { max_command_responses: 10_000, ..imapkit::SessionOptions::default() };
    let mut client = Client::with_options(stream, options).unwrap();
    let error = client.noop().unwrap_err();
    assert!(matches!(&error, Error::Limit(why) if why.contains("max_command_responses")), "{error:?}");
    assert!(!error.is_abort());
    assert_eq!(client.noop().unwrap().tagged.text, "again");
    drop(client);
    server.join().unwrap();
}
