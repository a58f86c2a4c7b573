//! Passwords never appear in traces, in any form they take on the wire: atom, quoted string,
//! literal, SASL initial response, SASL continuation line.

use std::sync::{Arc, Mutex};

use imap_tests::Recorder;
use imapkit::auth::{Login, Plain};
use imapkit::{Client, Commands, TraceLevel};

fn traced(capabilities: &str, bursts: &[&str], run: impl FnOnce(&mut Client<Recorder>)) -> (String, String) {
    let mut client = Recorder::client(capabilities, bursts);
    let trace = Arc::new(Mutex::new(String::new()));
    let sink = Arc::clone(&trace);
    client.set_trace_level(TraceLevel::Wire);
    client.set_trace_sink(move |direction, line| sink.lock().unwrap().push_str(&format!("{direction:?} {line}\n")));
    run(&mut client);
    let wire = client.stream().transcript().to_owned();
    let trace = trace.lock().unwrap().clone();
    (trace, wire)
}

fn assert_hidden(secret: &str, trace: &str, wire: &str) {
    let b64 = imapkit::auth::encode(secret.as_bytes());
    assert!(!trace.contains(secret), "{secret:?} in trace:\n{trace}");
    assert!(trace.contains("***"), "no redaction marker:\n{trace}");
    // The wire itself must carry it (in some encoding), or the test proves nothing.
    assert!(wire.contains(secret) || wire.contains(&b64) || wire.contains("\\x"), "secret not on the wire:\n{wire}");
}

#[test]
fn login_password_as_atom_quoted_and_literal() {
    for password in ["hunter2atom", "two words \"quoted\"", "w\u{f6}rd\r\nliteral"] {
        let (trace, wire) = traced("IMAP4rev1", &[], |c| {
            c.login("alice", password).unwrap();
        });
        let shown = imapkit_core::text::escape(password.as_bytes());
        assert!(!trace.contains(&shown), "{shown:?} in trace:\n{trace}");
        assert_hidden(password.split(['\r', '"']).next().unwrap(), &trace, &wire);
    }
}

#[test]
fn sasl_initial_response_and_continuations() {
    let (trace, wire) = traced("IMAP4rev1 SASL-IR AUTH=PLAIN", &[], |c| {
        c.authenticate_with(Plain::new("alice", "s3cret-plain")).unwrap();
    });
    let b64 = imapkit::auth::encode(b"\0alice\0s3cret-plain");
    assert!(wire.contains(&b64));
    assert!(!trace.contains(&b64), "{trace}");
    assert!(trace.contains("AUTHENTICATE PLAIN ***"), "{trace}");

    let (trace, wire) =
        traced("IMAP4rev1 AUTH=LOGIN", &["+ VXNlcm5hbWU6\r\n", "+ UGFzc3dvcmQ6\r\n", "{tag} OK done\r\n"], |c| {
            c.authenticate_with(Login::new("alice", "s3cret-login")).unwrap();
        });
    let b64 = imapkit::auth::encode(b"s3cret-login");
    assert!(wire.contains(&b64));
    assert!(!trace.contains(&b64), "{trace}");
}

/// The async client traces through the same code: the same lines, the same redaction.
#[test]
fn the_async_client_traces_the_same_redacted_lines() {
    let (blocking, _) = traced("IMAP4rev1 AUTH=LOGIN", &[], |c| {
        c.login("alice", "two words \"quoted\"").unwrap();
    });
    let traced_async = |bursts: &'static [&'static str], login: bool| {
        let trace = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&trace);
        let wire = imap_tests::block_on(async move {
            use imapkit::AsyncCommands;
            let mut client = Recorder::async_client("IMAP4rev1 AUTH=LOGIN", bursts).await;
            client.set_trace_level(TraceLevel::Wire);
            client.set_trace_sink(move |d, line| sink.lock().unwrap().push_str(&format!("{d:?} {line}\n")));
            if login {
                client.login("alice", "two words \"quoted\"").await.unwrap();
            } else {
                client.authenticate_with(Login::new("alice", "s3cret-async")).await.unwrap();
            }
            client.stream().transcript().to_owned()
        });
        let trace = trace.lock().unwrap().clone();
        (trace, wire)
    };
    let (trace, wire) = traced_async(&[], true);
    assert_eq!(trace, blocking, "the same trace lines from both clients");
    assert_hidden("two words", &trace, &wire);
    let (trace, wire) = traced_async(&["+ VXNlcm5hbWU6\r\n", "+ UGFzc3dvcmQ6\r\n", "{tag} OK done\r\n"], false);
    let b64 = imapkit::auth::encode(b"s3cret-async");
    assert!(wire.contains(&b64), "{wire}");
    assert!(!trace.contains(&b64) && trace.contains("***"), "{trace}");
}

/// Every public type that holds a secret redacts it in `Debug`: the mechanisms, the SASL
/// exchange with a pending initial response, a built command and the request around it.
#[test]
fn debug_output_never_shows_a_secret() {
    use imapkit::auth::{CramMd5, OAuthBearer, SaslCallback, SaslExchange, Scram, XOAuth2};
    let secret = "hunter2-very-secret";
    let b64 = imapkit::auth::encode(format!("\0alice\0{secret}").as_bytes());
    let shown = [
        format!("{:?}", Plain::new("alice", secret)),
        format!("{:?}", Login::new("alice", secret)),
        format!("{:?}", CramMd5::new("alice", secret)),
        format!("{:?}", Scram::sha256("alice", secret)),
        format!("{:?}", XOAuth2::new("alice", secret)),
        format!("{:?}", OAuthBearer::new("alice", "host", 993, secret)),
        format!("{:?}", SaslCallback::new("X", |_: &[u8]| Some(secret.as_bytes().to_vec()))),
        format!("{:?}", SaslExchange::start(Plain::new("alice", secret), false).1),
        format!("{:?}", SaslExchange::new(Plain::new("alice", secret), Some(secret.as_bytes().to_vec()))),
        format!("{:?}", imapkit::build::login("alice", secret).unwrap()),
        format!("{:?}", imapkit::build::authenticate("PLAIN", Some(b64.as_str())).unwrap()),
    ];
    for text in shown {
        assert!(!text.contains(secret) && !text.contains(&b64), "{text}");
        // Bytes would show as a list of numbers: none of the secret's.
        let as_numbers = format!("{:?}", secret.as_bytes());
        assert!(!text.contains(&as_numbers[1..as_numbers.len() - 1]), "{text}");
    }
}
