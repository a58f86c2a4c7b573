//! The sans-I/O session on its own: bytes in, chunks out, exact. These are the orderings and
//! faults a real server rarely or never produces (the session is fed scripted server bytes),
//! each a case that went wrong when the routing lived in strings and the blocking client.

use std::time::{Duration, Instant};

use imapkit::auth::{Plain, SaslExchange};
use imapkit::session::{Await, Reading, Step};
use imapkit::types::{StatusKind, Untagged};
use imapkit::{build, Error, IdleWatch, Session, SessionOptions};
use imapkit_core::command::State;
use imapkit_core::encode::Command;

const CAPS: &str = "IMAP4rev1 IDLE MOVE UIDPLUS ESEARCH NAMESPACE";

/// A session past the greeting (advertising `caps`), in `state`.
fn session_with(options: SessionOptions, caps: &str, state: State) -> Session {
    let mut session = Session::new(options);
    // As over TLS or loopback: secrets may go (the refusal has its own test).
    session.set_secure(true);
    session.feed(format!("* OK [CAPABILITY {caps}] scripted\r\n").as_bytes());
    while session.poll().unwrap().is_some() {}
    session.set_state(state);
    session
}

fn session(state: State) -> Session {
    session_with(SessionOptions::default(), CAPS, state)
}

/// Everything the session will write now.
fn written(session: &mut Session) -> String {
    let mut out = Vec::new();
    while let Some(chunk) = session.next_chunk() {
        out.extend(chunk.bytes);
    }
    String::from_utf8(out).unwrap()
}

/// Feeds server bytes and processes every complete response.
fn feed(session: &mut Session, bytes: &[u8]) {
    session.feed(bytes);
    while session.poll().unwrap().is_some() {}
}

fn search(criteria: &'static str) -> Command {
    build::search(criteria).unwrap().into_command()
}

#[test]
fn two_searches_are_never_in_flight_together() {
    let mut s = session(State::Selected);
    let unseen = s.submit(search("UNSEEN")).unwrap();
    let subject = s.submit(search("SUBJECT x")).unwrap();
    // Only the first goes out: a bare `* SEARCH` could answer either.
    assert_eq!(written(&mut s), format!("{unseen} SEARCH UNSEEN\r\n"));
    feed(&mut s, format!("* SEARCH 1 3\r\n{unseen} OK done\r\n").as_bytes());
    // The second goes out once the first is complete.
    assert_eq!(written(&mut s), format!("{subject} SEARCH SUBJECT x\r\n"));
    feed(&mut s, format!("* SEARCH 2\r\n{subject} OK done\r\n").as_bytes());
    let mut first = s.take_completed(&unseen).unwrap().unwrap();
    let mut second = s.take_completed(&subject).unwrap().unwrap();
    assert_eq!(first.take::<imapkit::extract::untagged::Search>().numbers, vec![1, 3]);
    assert_eq!(second.take::<imapkit::extract::untagged::Search>().numbers, vec![2]);
}

#[test]
fn unambiguous_commands_pipeline() {
    let mut s = session(State::Selected);
    let fetch = s.submit(build::fetch("1:2", "FLAGS").unwrap().into_command()).unwrap();
    let inbox = s.submit(build::status("INBOX", "(MESSAGES)").unwrap().into_command()).unwrap();
    let sent = s.submit(build::status("Sent", "(MESSAGES)").unwrap().into_command()).unwrap();
    // All three at once: FETCH and STATUS differ in kind, the two STATUS in mailbox.
    assert_eq!(
        written(&mut s),
        format!("{fetch} FETCH 1:2 FLAGS\r\n{inbox} STATUS INBOX (MESSAGES)\r\n{sent} STATUS Sent (MESSAGES)\r\n")
    );
    // Answers out of order: each STATUS goes to the command naming its mailbox.
    feed(
        &mut s,
        format!(
            "* STATUS Sent (MESSAGES 7)\r\n* STATUS INBOX (MESSAGES 3)\r\n* 1 FETCH (FLAGS ())\r\n\
             {sent} OK\r\n{inbox} OK\r\n{fetch} OK\r\n"
        )
        .as_bytes(),
    );
    let status_of = |s: &mut Session, tag: &str| match s.take_completed(tag).unwrap().unwrap().untagged.as_slice() {
        [Untagged::MailboxStatus(status)] => {
            (String::from_utf8(status.mailbox.as_wire().to_vec()).unwrap(), status.items[0].1)
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(status_of(&mut s, &inbox), ("INBOX".into(), 3));
    assert_eq!(status_of(&mut s, &sent), ("Sent".into(), 7));
    assert_eq!(s.take_completed(&fetch).unwrap().unwrap().untagged.len(), 1);
}

#[test]
fn a_status_of_another_mailbox_is_not_the_answer() {
    // A lone STATUS: a `* STATUS` about another mailbox (a NOTIFY server, a stray one) does not
    // become its result, whichever comes last.
    let mut s = session(State::Authenticated);
    let inbox = s.submit(build::status("INBOX", "(MESSAGES)").unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* STATUS INBOX (MESSAGES 3)\r\n* STATUS Archive (MESSAGES 9)\r\n{inbox} OK\r\n").as_bytes());
    let result = imapkit::commands::StatusResponse::from(s.take_completed(&inbox).unwrap().unwrap());
    let status = result.statuses.into_iter().next().expect("the STATUS of INBOX");
    assert_eq!((status.mailbox.as_wire(), status.items[0].1), (b"INBOX".as_slice(), 3));
    let stray = s.take_unsolicited("STATUS");
    assert!(
        matches!(&stray[..], [Untagged::MailboxStatus(other)] if other.mailbox.as_wire() == b"Archive"),
        "{stray:?}"
    );
}

#[test]
fn status_of_the_same_mailbox_waits() {
    let mut s = session(State::Authenticated);
    let a = s.submit(build::status("INBOX", "(MESSAGES)").unwrap().into_command()).unwrap();
    let _b = s.submit(build::status("inbox", "(UIDNEXT)").unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{a} STATUS INBOX (MESSAGES)\r\n"));
}

#[test]
fn a_reply_buffered_before_a_command_was_written_does_not_complete_it() {
    let mut s = session(State::Selected);
    let first = s.submit(build::noop().unwrap().into_command()).unwrap();
    written(&mut s);
    // The server answers the first command and, in the same packet, a tag not yet used.
    let next = s.next_tag();
    feed(&mut s, format!("{first} OK done\r\n{next} NO [ALERT] not for you\r\n").as_bytes());
    assert!(s.take_completed(&first).unwrap().is_ok());
    let second = s.submit(build::noop().unwrap().into_command()).unwrap();
    assert_eq!(second, next);
    written(&mut s);
    feed(&mut s, b"");
    assert!(s.take_completed(&second).is_none(), "the early NO must not complete the later command");
    let kept = s.take_unsolicited("UNPARSED");
    assert_eq!(kept.len(), 1, "the stray reply is kept, not dropped");
    feed(&mut s, format!("{second} OK done\r\n").as_bytes());
    assert!(s.take_completed(&second).unwrap().is_ok());
}

#[test]
fn tagged_bye_to_logout_is_a_clean_logout() {
    let mut s = session(State::Authenticated);
    let logout = s.submit(build::logout().unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("{logout} BYE logging out\r\n").as_bytes());
    let done = s.take_completed(&logout).unwrap().unwrap();
    assert_eq!(done.tagged.kind, StatusKind::Bye);
    assert_eq!(s.state(), State::Logout);
    assert!(s.is_closed());
    assert!(matches!(s.submit(build::noop().unwrap().into_command()), Err(Error::Closed)));
}

#[test]
fn bye_then_close_completes_logout() {
    let mut s = session(State::Selected);
    let logout = s.submit(build::logout().unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, b"* BYE see you\r\n");
    assert!(s.take_completed(&logout).is_none());
    s.peer_closed();
    let done = s.take_completed(&logout).unwrap().unwrap();
    assert_eq!(done.tagged.kind, StatusKind::Ok);
    assert!(s.is_closed());
}

#[test]
fn bye_to_another_command_fails_it() {
    let mut s = session(State::Selected);
    let noop = s.submit(build::noop().unwrap().into_command()).unwrap();
    written(&mut s);
    s.feed(b"* BYE shutting down\r\n");
    assert!(matches!(s.poll(), Err(Error::Bye(_))));
    assert!(matches!(s.take_completed(&noop), Some(Err(Error::Bye(_)))));
}

#[test]
fn unknown_capabilities_are_asked_before_a_command_that_needs_one() {
    // Courier and Mailutils answer LOGIN without [CAPABILITY].
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1 AUTH=PLAIN", State::NotAuthenticated);
    let login = s.submit(build::login("u", "p").unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("{login} OK logged in\r\n").as_bytes());
    s.take_completed(&login).unwrap().unwrap();
    s.set_state(State::Selected);
    let moved = s.submit(build::move_("1", "Trash").unwrap().into_command()).unwrap();
    let out = written(&mut s);
    assert!(out.ends_with(" CAPABILITY\r\n") && !out.contains("MOVE"), "{out:?}");
    let asked = out.split(' ').next().unwrap().to_owned();
    feed(&mut s, format!("* CAPABILITY IMAP4rev1 IDLE\r\n{asked} OK\r\n").as_bytes());
    // No MOVE on the server: refused, never written.
    assert_eq!(written(&mut s), "");
    assert!(
        matches!(s.take_completed(&moved), Some(Err(Error::Capability { capability, .. })) if capability == "MOVE")
    );
    // Now known: refused at once.
    assert!(matches!(s.submit(build::move_("1", "Trash").unwrap().into_command()), Err(Error::Capability { .. })));
}

#[test]
fn unknown_capabilities_then_present_lets_the_command_go() {
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1", State::Selected);
    // As after a LOGIN without [CAPABILITY]: make them unknown.
    let login_like = s.submit(build::noop().unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("{login_like} OK\r\n").as_bytes());
    s.set_state(State::NotAuthenticated);
    let login = s.submit(build::login("u", "p").unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("{login} OK\r\n").as_bytes());
    s.set_state(State::Selected);
    let moved = s.submit(build::move_("1", "Trash").unwrap().into_command()).unwrap();
    let out = written(&mut s);
    let asked = out.split(' ').next().unwrap().to_owned();
    feed(&mut s, format!("* CAPABILITY IMAP4rev1 MOVE\r\n{asked} OK\r\n").as_bytes());
    assert_eq!(written(&mut s), format!("{moved} MOVE 1 Trash\r\n"));
}

#[test]
fn an_unparsable_response_joins_the_command_it_answers() {
    let mut s = session(State::Selected);
    let tag = s.submit(search("ALL")).unwrap();
    written(&mut s);
    feed(&mut s, format!("* SEARCH 1 2\u{ff} 3\r\n* SEARCH 4\r\n{tag} OK\r\n").replace('\u{ff}', "\x7f").as_bytes());
    let mut done = s.take_completed(&tag).unwrap().unwrap();
    assert_eq!(done.unparsed.len(), 1, "{:?}", done.unparsed);
    assert_eq!(done.unparsed[0].kind, "SEARCH");
    assert!(done.unparsed[0].raw.starts_with(b"* SEARCH 1 2"));
    assert_eq!(done.take::<imapkit::extract::untagged::Search>().numbers, vec![4]);
}

#[test]
fn strict_mode_makes_an_unparsable_response_the_commands_error() {
    let options = SessionOptions { strict: true, ..SessionOptions::default() };
    let mut s = session_with(options, CAPS, State::Selected);
    let tag = s.submit(build::list(None, "", "*", None).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(
        &mut s,
        format!("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* LIST (\\Noselect \"/\" Broken\r\n{tag} OK\r\n").as_bytes(),
    );
    match s.take_completed(&tag) {
        Some(Err(Error::Unparsed { command, response })) if command == "LIST" => assert_eq!(response.kind, "LIST"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_flood_of_responses_fails_the_command_not_the_memory() {
    let options = SessionOptions { max_command_responses: 1_000, ..SessionOptions::default() };
    let mut s = session_with(options, CAPS, State::Selected);
    let tag = s.submit(build::noop().unwrap().into_command()).unwrap();
    written(&mut s);
    for _ in 0..50 {
        feed(&mut s, "* 1 EXISTS\r\n".repeat(1_000).as_bytes());
        assert!(s.collected(&tag).len() <= 1_000);
    }
    feed(&mut s, format!("{tag} OK\r\n").as_bytes());
    assert!(matches!(s.take_completed(&tag), Some(Err(Error::Limit(_)))));
    // The connection is still in step.
    let next = s.submit(build::noop().unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* 2 EXISTS\r\n{next} OK\r\n").as_bytes());
    assert!(s.take_completed(&next).unwrap().is_ok());
}

#[test]
fn unsolicited_data_is_bounded_by_bytes() {
    let options = SessionOptions { max_unsolicited_bytes: 4 << 20, ..SessionOptions::default() };
    let mut s = session_with(options, CAPS, State::Selected);
    let alert = format!("* OK [ALERT] {}\r\n", "x".repeat(1 << 20));
    for _ in 0..12 {
        feed(&mut s, alert.as_bytes());
    }
    let kept = s.drain_unsolicited();
    assert!(kept.len() < 4 && !kept.is_empty(), "{}", kept.len());
    assert_eq!(s.unsolicited_dropped(), 12 - kept.len() as u64);
}

#[test]
fn recent_sees_selects_own_recent() {
    let mut s = session(State::Authenticated);
    let tag = s.submit(build::select("INBOX", None).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* 4 EXISTS\r\n* 2 RECENT\r\n{tag} OK [READ-WRITE] done\r\n").as_bytes());
    s.take_completed(&tag).unwrap().unwrap();
    assert_eq!(s.recent(), Some(2));
}

#[test]
fn a_literal_holds_everything_behind_it_until_the_continuation() {
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1", State::NotAuthenticated);
    let create = s.submit(build::login("line\r\nbreak", "p").unwrap().into_command()).unwrap();
    let noop = s.submit(build::noop().unwrap().into_command()).unwrap();
    let out = written(&mut s);
    assert!(out.starts_with(&create) && out.ends_with("}\r\n") && !out.contains("NOOP"), "{out:?}");
    feed(&mut s, b"+ go ahead\r\n");
    let rest = written(&mut s);
    assert!(rest.ends_with(&format!("{noop} NOOP\r\n")), "{rest:?}");
}

/// Steps the session at `now` as a pump would, writing what it asks and feeding nothing.
fn step_at(
    s: &mut Session,
    awaiting: Await<'_>,
    handler: Option<&mut dyn imapkit::ExchangeHandler>,
    now: Instant,
) -> (Step, String) {
    let mut handler = handler;
    let mut out = String::new();
    loop {
        match s.step(awaiting, handler.as_deref_mut(), &mut Reading::Owned(None), now) {
            Step::Write => out.push_str(&written(s)),
            other => return (other, out),
        }
    }
}

#[test]
fn a_silent_server_times_the_greeting_out() {
    let mut s = Session::new(SessionOptions::default());
    let t0 = Instant::now();
    assert!(
        matches!(step_at(&mut s, Await::Greeting, None, t0).0, Step::Read { until: Some(at) } if at == t0 + Duration::from_secs(60))
    );
    assert_eq!(
        step_at(&mut s, Await::Greeting, None, t0 + Duration::from_secs(59)).0,
        Step::Read { until: Some(t0 + Duration::from_secs(60)) }
    );
    assert_eq!(step_at(&mut s, Await::Greeting, None, t0 + Duration::from_secs(60)).0, Step::Done);
    assert!(matches!(s.failure(), Some(Error::Timeout(why)) if why.contains("greeting")), "{:?}", s.failure());
}

#[test]
fn a_server_trickling_bytes_meets_the_command_deadline() {
    let mut s = session(State::Selected);
    let t0 = Instant::now();
    let tag = s.submit(build::noop().unwrap().into_command()).unwrap();
    let (step, out) = step_at(&mut s, Await::Command(&tag), None, t0);
    assert_eq!(out, format!("{tag} NOOP\r\n"));
    assert!(matches!(step, Step::Read { .. }));
    // One byte a second keeps the read timeout (60 s) happy, never the command deadline.
    let slow = b"* 1 EXISTS\r\n".repeat(40);
    for (second, byte) in slow.iter().enumerate().take(299) {
        s.feed(&[*byte]);
        let (step, _) = step_at(&mut s, Await::Command(&tag), None, t0 + Duration::from_secs(second as u64 + 1));
        assert!(matches!(step, Step::Read { .. }), "second {second}: {step:?}");
    }
    assert_eq!(step_at(&mut s, Await::Command(&tag), None, t0 + Duration::from_secs(300)).0, Step::Done);
    assert!(matches!(s.take_completed(&tag), Some(Err(Error::Timeout(_)))));
    assert!(s.is_closed());
}

#[test]
fn a_server_ignoring_done_is_timed_out() {
    let t0 = Instant::now();
    let mut updates = 0;
    let mut watch = IdleWatch::new(Some(t0 + Duration::from_secs(10)), false, |_| updates += 1);
    // The generated idle() would run the exchange; here the command is built and driven by hand.
    let idle = build::idle().unwrap().into_command();
    let mut s = session(State::Selected);
    let tag = s.submit(idle).unwrap();
    let (_, out) = step_at(&mut s, Await::Command(&tag), Some(&mut watch), t0);
    assert_eq!(out, format!("{tag} IDLE\r\n"));
    s.feed(b"+ idling\r\n");
    // Silent for longer than the read timeout: an IDLE is exempt until its own deadline.
    assert!(matches!(
        step_at(&mut s, Await::Command(&tag), Some(&mut watch), t0 + Duration::from_secs(9)).0,
        Step::Read { .. }
    ));
    let (_, out) = step_at(&mut s, Await::Command(&tag), Some(&mut watch), t0 + Duration::from_secs(10));
    assert_eq!(out, "DONE\r\n");
    // The server ignores DONE and keeps talking; that does not extend the wait.
    for k in 1..12 {
        s.feed(b"* OK still here\r\n");
        let (step, _) = step_at(&mut s, Await::Command(&tag), Some(&mut watch), t0 + Duration::from_secs(10 + k * 5));
        assert!(matches!(step, Step::Read { .. }), "{k}: {step:?}");
    }
    assert_eq!(step_at(&mut s, Await::Command(&tag), Some(&mut watch), t0 + Duration::from_secs(70)).0, Step::Done);
    assert!(matches!(s.take_completed(&tag), Some(Err(Error::Timeout(_)))));
    assert_eq!(updates, 0);
}

#[test]
fn a_secret_over_an_insecure_transport_is_refused_or_cancelled() {
    let mut s = session(State::NotAuthenticated);
    s.set_secure(false);
    assert!(matches!(s.submit(build::login("u", "p").unwrap().into_command()), Err(Error::Refused(_))));
    // PLAIN without SASL-IR: the secret would go at the first challenge; the session cancels.
    let (initial, mut exchange) = SaslExchange::start(Plain::new("u", "p"), false);
    assert_eq!(initial, None);
    let command = build::authenticate("PLAIN", None).unwrap().into_command();
    let tag = s.submit(command).unwrap();
    let now = Instant::now();
    let (_, out) = step_at(&mut s, Await::Command(&tag), Some(&mut exchange), now);
    assert_eq!(out, format!("{tag} AUTHENTICATE PLAIN\r\n"));
    s.feed(b"+ \r\n");
    let (_, out) = step_at(&mut s, Await::Command(&tag), Some(&mut exchange), now);
    assert_eq!(out, "*\r\n", "cancelled, never the secret");
    s.feed(format!("{tag} BAD cancelled\r\n").as_bytes());
    assert_eq!(step_at(&mut s, Await::Command(&tag), Some(&mut exchange), now).0, Step::Done);
    assert!(matches!(s.take_completed(&tag), Some(Err(Error::Refused(_)))));
}

/// RFC 6855 3 (with erratum 4029) and 4: once `ENABLE UTF8=ACCEPT` succeeded, SEARCH names
/// no charset (the automatic `CHARSET UTF-8` is left out, another charset is refused), SORT's
/// charset must be UTF-8, and APPEND's `UTF8 (~{n})` item may be sent; before, it may not.
#[test]
fn utf8_accept_changes_charsets_and_allows_the_utf8_append_item() {
    use imapkit::{AppendMessage, SearchKey, SearchProgram, SortField, SortKey};
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1 ENABLE SORT UTF8=ACCEPT", State::Selected);
    let grusse = || SearchKey::Subject("Grüße".into());
    // Before ENABLE: CHARSET UTF-8 and a literal, and no UTF8 item.
    let tag = s.submit(build::search(grusse()).unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} SEARCH CHARSET UTF-8 SUBJECT {{7}}\r\n"));
    feed(&mut s, format!("+ go\r\n* SEARCH\r\n{tag} OK done\r\n").as_bytes());
    written(&mut s);
    let utf8_message = || AppendMessage::new("Subject: Grüße\r\n\r\nhi\r\n").utf8();
    let refused = s.submit(build::append("INBOX", [utf8_message()]).unwrap().into_command()).unwrap_err();
    assert!(matches!(&refused, Error::Arg(e) if e.reason.contains("ENABLE UTF8=ACCEPT")), "{refused:?}");
    assert!(!s.utf8_accepted());

    // (ENABLE is sent when authenticated, RFC 5161; the state is set by hand around it.)
    s.set_state(State::Authenticated);
    let tag = s.submit(build::enable(["UTF8=ACCEPT"]).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ENABLED UTF8=ACCEPT\r\n{tag} OK enabled\r\n").as_bytes());
    assert!(s.utf8_accepted());
    s.set_state(State::Selected);

    // The automatic label is left out, as is an explicit UTF-8 one.
    for program in [SearchProgram::new(grusse()), SearchProgram::new(grusse()).charset("utf-8")] {
        let tag = s.submit(build::search(program).unwrap().into_command()).unwrap();
        let line = written(&mut s);
        assert!(line.starts_with(&format!("{tag} SEARCH SUBJECT {{7")), "{line:?}");
        feed(&mut s, format!("+ go\r\n* SEARCH 1\r\n{tag} OK done\r\n").as_bytes());
        written(&mut s);
    }
    // Another charset is refused before anything is written, in SEARCH and in SORT.
    let latin =
        s.submit(build::search(SearchProgram::new(SearchKey::Unseen).charset("ISO-8859-1")).unwrap().into_command());
    assert!(matches!(&latin, Err(Error::Arg(e)) if e.reason.contains("ISO-8859-1")), "{latin:?}");
    let by_date = [SortKey::by(SortField::Date)];
    let ascii = s.submit(build::sort(None, &by_date, "US-ASCII", SearchKey::All).unwrap().into_command());
    assert!(matches!(ascii, Err(Error::Arg(_))));
    assert_eq!(written(&mut s), "");
    // SORT's charset is mandatory: UTF-8 stays.
    let tag = s.submit(build::sort(None, &by_date, "UTF-8", SearchKey::All).unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} SORT (DATE) UTF-8 ALL\r\n"));
    feed(&mut s, format!("* SORT 1\r\n{tag} OK done\r\n").as_bytes());

    // APPEND's UTF8 data item: `UTF8 (~{n}...)`.
    let tag = s.submit(build::append("INBOX", [utf8_message()]).unwrap().into_command()).unwrap();
    let wire = written(&mut s);
    assert_eq!(wire, format!("{tag} APPEND INBOX UTF8 (~{{24}}\r\n"));
    feed(&mut s, b"+ go\r\n");
    assert_eq!(written(&mut s), "Subject: Grüße\r\n\r\nhi\r\n)\r\n");
}

/// RFC 4959: AUTHENTICATE's initial response is base64 or `=`; nothing else may ride on the
/// line (a space would start another argument, a `{5}` a literal), and it is redacted.
#[test]
fn authenticate_initial_response_is_base64_or_equals() {
    for good in ["=", "AGFsaWNlAHB3", "AGFsaWNlAHB3ZA==", "YQ=="] {
        let command = build::authenticate("plain", Some(good)).unwrap().into_command();
        let chunks = command.to_chunks("A1", Default::default());
        assert_eq!(chunks[0].bytes, format!("A1 AUTHENTICATE PLAIN {good}\r\n").into_bytes());
        assert_eq!(chunks[0].trace, b"A1 AUTHENTICATE PLAIN ***\r\n");
    }
    for bad in ["", "a b", "abc", "YQ===", "AGFs aWNl", "{5}", "YQ==\r\nA2 LOGOUT", "\"YQ==\"", "YQ=x"] {
        let error = build::authenticate("PLAIN", Some(bad)).err().unwrap_or_else(|| panic!("{bad:?} accepted"));
        assert!(error.to_string().contains("base64"), "{bad:?}: {error}");
    }
}

/// RFC 7162 3.2.5: SELECT's typed QRESYNC parameter, with known UIDs and seq-match-data (the
/// RFC's example values), once `ENABLE QRESYNC` succeeded.
#[test]
fn select_qresync_parameters_after_enable() {
    use imapkit::encode::SelectParams;
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1 ENABLE CONDSTORE QRESYNC", State::Authenticated);
    let tag = s.submit(build::enable(["QRESYNC"]).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ENABLED QRESYNC\r\n{tag} OK enabled\r\n").as_bytes());
    let params = SelectParams::qresync(67890007, 90060115194045000)
        .known_uids("41:211,214:541".parse().unwrap())
        .seq_match("1:5".parse().unwrap(), "41:45".parse().unwrap());
    let tag = s.submit(build::select("INBOX", Some(&params)).unwrap().into_command()).unwrap();
    assert_eq!(
        written(&mut s),
        format!("{tag} SELECT INBOX (QRESYNC (67890007 90060115194045000 41:211,214:541 (1:5 41:45)))\r\n")
    );
    feed(&mut s, format!("* VANISHED (EARLIER) 41,43:116\r\n{tag} OK [READ-WRITE] selected\r\n").as_bytes());
    let done = s.take_completed(&tag).unwrap().unwrap();
    assert_eq!(done.tagged.kind, StatusKind::Ok);
    // Both parameters at once.
    let both = SelectParams { condstore: true, ..SelectParams::qresync(1, 2) };
    let tag = s.submit(build::examine("INBOX", Some(&both)).unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} EXAMINE INBOX (CONDSTORE QRESYNC (1 2))\r\n"));
}

/// RFC 6154: the mailbox for a special use, from LIST (SPECIAL-USE) and from Gmail's XLIST
/// (its `\AllMail` / `\Spam` / `\Starred` names read as All / Junk / Flagged).
#[test]
fn special_use_mailboxes_from_list_and_xlist() {
    use imapkit::commands::{ListResponse, XlistResponse};
    use imapkit::types::SpecialUse;
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1 SPECIAL-USE XLIST", State::Authenticated);
    let tag = s
        .submit(build::list(Some(&imapkit::ListSelection::special_use()), "", "*", None).unwrap().into_command())
        .unwrap();
    assert_eq!(written(&mut s), format!("{tag} LIST (SPECIAL-USE) \"\" *\r\n"));
    feed(
        &mut s,
        format!(
            "* LIST (\\Sent \\HasNoChildren) \"/\" \"Sent Mail\"\r\n* LIST (\\Junk) \"/\" Junk\r\n{tag} OK done\r\n"
        )
        .as_bytes(),
    );
    let listed = ListResponse::from(s.take_completed(&tag).unwrap().unwrap());
    assert_eq!(listed.special_use(&SpecialUse::Sent).map(|i| i.mailbox.to_string()), Some("Sent Mail".into()));
    assert_eq!(listed.special_use(&SpecialUse::Junk).map(|i| i.mailbox.to_string()), Some("Junk".into()));
    assert!(listed.special_use(&SpecialUse::Drafts).is_none());

    let tag = s.submit(build::xlist("", "*").unwrap().into_command()).unwrap();
    written(&mut s);
    feed(
        &mut s,
        format!("* XLIST (\\HasNoChildren \\AllMail) \"/\" \"[Gmail]/All Mail\"\r\n* XLIST (\\Spam) \"/\" \"[Gmail]/Spam\"\r\n* XLIST (\\Starred) \"/\" \"[Gmail]/Starred\"\r\n{tag} OK XLIST Success\r\n").as_bytes(),
    );
    let listed = XlistResponse::from(s.take_completed(&tag).unwrap().unwrap());
    for (special_use, name) in [
        (SpecialUse::All, "[Gmail]/All Mail"),
        (SpecialUse::Junk, "[Gmail]/Spam"),
        (SpecialUse::Flagged, "[Gmail]/Starred"),
    ] {
        assert_eq!(listed.special_use(&special_use).map(|i| i.mailbox.to_string()), Some(name.into()));
    }
}

/// RFC 9051 1: an IMAP4rev2 server need not list the extensions rev2 includes; a rev2-only
/// server's MOVE, UID EXPUNGE and NAMESPACE go out, while what rev2 does not include (SORT)
/// is still refused.
#[test]
fn a_rev2_only_server_gets_the_extensions_rev2_includes() {
    let mut s = session_with(SessionOptions::default(), "IMAP4rev2", State::Selected);
    assert_eq!(s.protocol_version(), Some("IMAP4rev2"));
    for capability in ["MOVE", "UIDPLUS", "NAMESPACE", "ESEARCH", "LIST-STATUS", "literal-"] {
        assert!(s.has_capability(capability), "{capability}");
    }
    let tag = s.submit(build::move_("1:3", "Archive").unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} MOVE 1:3 Archive\r\n"));
    feed(&mut s, format!("{tag} OK moved\r\n").as_bytes());
    let tag = s.submit(build::uid_expunge("7").unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} UID EXPUNGE 7\r\n"));
    feed(&mut s, format!("{tag} OK done\r\n").as_bytes());
    let sort = [imapkit::SortKey::by(imapkit::SortField::Date)];
    let refused = s.submit(build::sort(None, &sort, "UTF-8", imapkit::SearchKey::All).unwrap().into_command());
    assert!(matches!(refused, Err(Error::Capability { .. })), "{refused:?}");
    // A rev1 server without them is still refused.
    let mut s = session_with(SessionOptions::default(), "IMAP4rev1", State::Selected);
    assert!(matches!(s.submit(build::move_("1", "Archive").unwrap().into_command()), Err(Error::Capability { .. })));
}

/// `Session::protocol`: a rev1+rev2 server stays rev1 until `ENABLE IMAP4rev2` succeeds
/// (RFC 9051 6.3.1), a rev2-only server is rev2 from the greeting, and UNAUTHENTICATE goes
/// back to rev1. Under rev2 mailbox names go as UTF-8 and what rev2 removed is refused
/// before anything is written (unless capability checks are off).
#[test]
fn protocol_follows_enable_imap4rev2() {
    use imapkit_core::command::Protocol;
    let caps = "IMAP4rev1 IMAP4rev2 ENABLE UNAUTHENTICATE";
    let mut s = session_with(SessionOptions::default(), caps, State::Authenticated);
    assert_eq!(s.protocol(), Protocol::Imap4rev1);
    let tag = s.submit(build::create("Entwürfe", None).unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} CREATE Entw&APw-rfe\r\n"));
    feed(&mut s, format!("{tag} OK\r\n").as_bytes());
    // A refused ENABLE changes nothing.
    let tag = s.submit(build::enable(["IMAP4rev2"]).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ENABLED\r\n{tag} OK nothing enabled\r\n").as_bytes());
    assert_eq!(s.protocol(), Protocol::Imap4rev1);
    let tag = s.submit(build::enable(["IMAP4rev2"]).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ENABLED IMAP4rev2\r\n{tag} OK\r\n").as_bytes());
    assert_eq!(s.protocol(), Protocol::Imap4rev2);
    let tag = s.submit(build::create("Entwürfe", None).unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} CREATE {{9+}}\r\nEntwürfe\r\n"), "UTF-8, a LITERAL- literal");
    assert!(
        matches!(s.submit(build::lsub("", "*").unwrap().into_command()), Err(Error::Refused(why)) if why.contains("ListSelection::subscribed"))
    );
    let status = build::status("INBOX", &[imapkit::StatusItem::Recent]).unwrap().into_command();
    assert!(matches!(s.submit(status), Err(Error::Arg(e)) if e.argument == "items"));
    assert_eq!(written(&mut s), "", "nothing written for the refusals");
    let tag = s.submit(build::unauthenticate().unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("{tag} OK\r\n").as_bytes());
    assert_eq!(s.protocol(), Protocol::Imap4rev1, "UNAUTHENTICATE resets what ENABLE did");

    let mut s = session_with(SessionOptions::default(), "IMAP4rev2 AUTH=PLAIN", State::Selected);
    assert_eq!(s.protocol(), Protocol::Imap4rev2, "a rev2-only server");
    let search_new = build::search(imapkit::SearchKey::New).unwrap().into_command();
    assert!(matches!(s.submit(search_new), Err(Error::Arg(e)) if e.reason.contains("SEARCH NEW")));
    assert!(
        matches!(s.submit(build::check().unwrap().into_command()), Err(Error::Refused(why)) if why.contains("NOOP"))
    );
    let options = SessionOptions { check_capabilities: false, ..SessionOptions::default() };
    let mut s = session_with(options, "IMAP4rev2", State::Selected);
    let tag = s.submit(build::check().unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} CHECK\r\n"), "checks off: sent");
}

/// RFC 9051 6.4.4.4's example: a rev2 server answers SEARCH with ESEARCH tagged with the
/// command's tag; `numbers()` and `set()` read it as the rev1 SEARCH numbers.
#[test]
fn a_rev2_search_answer_is_read_as_numbers() {
    let mut s = session_with(SessionOptions::default(), "IMAP4rev2", State::Selected);
    let tag = s.submit(build::search("FLAGGED SINCE 1-Feb-1994 NOT FROM \"Smith\"").unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ESEARCH (TAG \"{tag}\") ALL 2,10:11\r\n{tag} OK SEARCH completed\r\n").as_bytes());
    let done: imapkit::commands::SearchResponse = s.take_completed(&tag).unwrap().unwrap().into();
    assert_eq!(done.numbers().unwrap(), vec![2, 10, 11]);
    assert_eq!(done.set().unwrap().to_string(), "2,10:11");
    // A hostile range stays within MAX_SEARCH_NUMBERS.
    let tag = s.submit(build::uid_search("ALL").unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ESEARCH (TAG \"{tag}\") UID ALL 1:4294967295\r\n{tag} OK\r\n").as_bytes());
    let done: imapkit::commands::UidSearchResponse = s.take_completed(&tag).unwrap().unwrap().into();
    assert!(matches!(done.numbers(), Err(Error::Limit(_))));
    assert_eq!(done.set().unwrap().to_string(), "1:4294967295");
}

/// UIDONLY (RFC 9586, its section 3 examples): after `ENABLE UIDONLY` the commands that take
/// sequence numbers are refused before anything is written (the table's
/// `forbidden_when_enabled`), UID FETCH's answers come as `UIDFETCH` with the UID and no
/// sequence number, expunges as VANISHED, and a server's `[UIDREQUIRED]` is typed.
#[test]
fn uidonly_forbids_sequence_numbers_and_reads_uidfetch() {
    use imapkit::types::Code;
    let mut s =
        session_with(SessionOptions::default(), "IMAP4rev1 ENABLE UIDONLY UIDPLUS CONDSTORE", State::Authenticated);
    let tag = s.submit(build::enable(["UIDONLY"]).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("* ENABLED UIDONLY\r\n{tag} OK\r\n").as_bytes());
    s.set_state(State::Selected);
    let items = || imapkit::FetchItems::new(vec![imapkit::FetchAttribute::Flags]);
    for refused in [
        s.submit(build::fetch("1:*", items()).unwrap().into_command()),
        s.submit(build::search(imapkit::SearchKey::All).unwrap().into_command()),
        s.submit(build::store("1", imapkit::StoreAction::add(vec![imapkit::Flag::Seen])).unwrap().into_command()),
        s.submit(build::copy("1", "Archive").unwrap().into_command()),
    ] {
        assert!(matches!(&refused, Err(Error::Refused(why)) if why.contains("UIDONLY")), "{refused:?}");
    }
    assert_eq!(written(&mut s), "", "nothing written for the refusals");

    let tag = s.submit(build::uid_fetch("25900:26000", items()).unwrap().into_command()).unwrap();
    assert_eq!(written(&mut s), format!("{tag} UID FETCH 25900:26000 FLAGS\r\n"));
    feed(
        &mut s,
        format!(
            "* 25996 UIDFETCH (FLAGS (\\Flagged \\Answered) MODSEQ (12121231000))\r\n\
             * VANISHED 25997\r\n{tag} OK done\r\n"
        )
        .as_bytes(),
    );
    let done: imapkit::commands::UidFetchResponse = s.take_completed(&tag).unwrap().unwrap().into();
    assert_eq!(done.fetches.len(), 1, "{done:?}");
    assert_eq!(
        (done.fetches[0].seq, done.fetches[0].uid(), done.fetches[0].modseq()),
        (0, Some(25996), Some(12121231000))
    );
    assert_eq!(done.vanished.iter().map(|v| v.uids.to_string()).collect::<Vec<_>>(), ["25997"], "{done:?}");

    // A server that sees a sequence number anyway (UIDONLY enabled behind the session's back)
    // says UIDREQUIRED.
    let options = SessionOptions { check_capabilities: false, ..SessionOptions::default() };
    let mut s = session_with(options, "IMAP4rev1 UIDONLY", State::Selected);
    let tag = s.submit(build::fetch("1", items()).unwrap().into_command()).unwrap();
    written(&mut s);
    feed(&mut s, format!("{tag} BAD [UIDREQUIRED] Message sequence numbers are not allowed\r\n").as_bytes());
    let result = s.take_completed(&tag).unwrap();
    assert!(matches!(&result, Err(Error::Bad { code: Some(Code::UidRequired), .. })), "{result:?}");
}

#[test]
fn a_command_counts_its_own_bytes_both_ways() {
    let mut s = session(State::Selected);
    let tag = s.submit(search("ALL")).unwrap();
    let sent = written(&mut s);
    let claimed = "* SEARCH 1 2\r\n";
    let tagged = format!("{tag} OK done\r\n");
    // A FLAGS response no command claims goes to the unsolicited queue, not to the SEARCH.
    feed(&mut s, format!("{claimed}* FLAGS (\\Seen)\r\n{tagged}").as_bytes());
    let done = s.take_completed(&tag).unwrap().unwrap();
    assert_eq!(done.stats.bytes_sent, sent.len() as u64, "{sent:?}");
    assert_eq!(done.stats.bytes_received, (claimed.len() + tagged.len()) as u64);
    assert_eq!(done.stats.elapsed, None, "no step, no clock");
}
