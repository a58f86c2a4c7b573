//! Hand-written client API around the generated methods: xatom, pipelining with build /
//! send / wait, imaplib-style tags, the unsolicited queue.

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::command::State;
use imapkit::extract::untagged;
use imapkit::session::{SessionOptions, TagStyle};
use imapkit::{build, Client, Commands, Completed, Request};

#[test]
fn xatom_sends_raw_arguments_and_collects_its_name() {
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &["* XFROB 1 (a b)\r\n* 3 EXISTS\r\n{tag} OK frobbed\r\n"]);
    let done = client.xatom("xfrob", &["1:3", "(FAST)"]).unwrap();
    assert_eq!(client.stream().transcript().lines().next(), Some("C: A0001 XFROB 1:3 (FAST)\\r\\n"));
    assert_eq!(done.untagged.len(), 1, "{:?}", done.untagged);
    assert_eq!(done.untagged[0].kind(), "XFROB");
    assert_eq!(client.session_mut().take_unsolicited("EXISTS").len(), 1);
    assert!(client.xatom("X\r\nA2 DELETE INBOX", &[]).is_err());
    assert!(client.xatom("XFROB", &["a\r\nb"]).is_err());
}

#[test]
fn pipelined_commands_complete_by_tag() {
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &["* 1 FETCH (FLAGS (\\Seen))\r\n{tag} OK fetched\r\n", "* SEARCH 1 2\r\n{tag} OK searched\r\n"],
    );
    client.session_mut().set_state(State::Selected);
    // Untyped: a plain Command is a Request<Completed>.
    let fetch: Request<Completed> = build::fetch("1", "FLAGS").unwrap().into_command().into();
    let search: Request<Completed> = build::search("ALL").unwrap().into_command().into();
    let first = client.send(fetch).unwrap();
    let second = client.send(search).unwrap();
    assert_eq!((first.tag(), second.tag()), ("A0001", "A0002"));
    let mut searched = client.wait(second).unwrap();
    let mut fetched = client.wait(first).unwrap();
    assert_eq!(searched.take::<untagged::Search>().numbers, vec![1, 2]);
    assert_eq!(fetched.take::<untagged::Fetch>().len(), 1);
    assert_eq!(fetched.tagged.text, "fetched");
}

#[test]
fn imaplib_style_tags() {
    let options = SessionOptions { tags: TagStyle::Int2Ap { seed: 0x1234 }, ..SessionOptions::default() };
    let mut client = Client::with_options(Recorder::new(DEFAULT_CAPABILITIES, &[]), options).unwrap();
    client.noop().unwrap();
    assert_eq!(client.stream().transcript().lines().next(), Some("C: BCDE1 NOOP\\r\\n"));
}

#[test]
fn unsolicited_responses_wait_in_the_queue_and_recent_reads_them() {
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &["* 9 RECENT\r\n* OK [ALERT] disk almost full\r\n{tag} OK checked\r\n"],
    );
    client.session_mut().set_state(State::Selected);
    client.check().unwrap();
    assert_eq!(client.session().recent(), Some(9));
    let alerts = client.session_mut().take_unsolicited("OK[ALERT]");
    assert_eq!(alerts.len(), 1);
    assert_eq!(client.session_mut().drain_unsolicited().len(), 1, "RECENT is still queued");
}

#[test]
fn append_streams_from_a_reader() {
    let size = 300 * 1024;
    let body = vec![b'x'; size];
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &[]);
    client.session_mut().set_state(State::Authenticated);
    let message = imapkit::AppendMessage::streamed(size as u64).flags(vec![imapkit::Flag::Seen]);
    client.append_reader("INBOX", message, std::io::Cursor::new(body.clone())).unwrap();
    let mut expected = format!("A0001 APPEND INBOX (\\Seen) {{{size}}}\r\n").into_bytes();
    expected.extend_from_slice(&body);
    expected.extend_from_slice(b"\r\n");
    assert!(client.stream().written() == expected.as_slice(), "wire differs");
    assert!(client.stream().transcript().contains("S: + Ready for literal data"));

    // A source shorter than declared breaks the connection instead of hanging.
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &[]);
    client.session_mut().set_state(State::Authenticated);
    let error = client
        .append_reader("INBOX", imapkit::AppendMessage::streamed(10), std::io::Cursor::new(b"short".to_vec()))
        .unwrap_err();
    assert!(error.is_abort(), "{error}");
}

#[test]
fn fetch_streams_bodies_to_a_writer() {
    let body: String = (0..200_000).map(|i| char::from(b'a' + (i % 26) as u8)).collect();
    let reply: &'static str = Box::leak(
        format!("* 1 FETCH (UID 7 BODY[] {{{}}}\r\n{body})\r\n* 2 FETCH (UID 8 BODY[] {{5}}\r\nsmall)\r\n* 3 FETCH (UID 9 BODY[] \"\")\r\n{{tag}} OK done\r\n", body.len())
            .into_boxed_str(),
    );
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &[reply]);
    client.session_mut().set_state(State::Selected);
    let mut out = Vec::new();
    let (done, written) = client.fetch_to_writer(build::uid_fetch("7:9", "BODY[]").unwrap(), &mut out).unwrap();
    assert_eq!(written, body.len() as u64 + 5);
    assert_eq!(out, format!("{body}small").as_bytes());
    let fetches = done.fetches;
    assert!(
        matches!(&fetches[0].attrs[1], imapkit::types::FetchAttr::Streamed { len: 200_000, .. }),
        "{:?}",
        fetches[0].attrs
    );
    // Small literals go to the writer too (a file gets the whole message)...
    assert!(matches!(&fetches[1].attrs[1], imapkit::types::FetchAttr::Streamed { len: 5, .. }), "{:?}", fetches[1]);
    // ... and a quoted body, which is no literal, stays in the result.
    assert_eq!(fetches[2].body_section("").map(|d| d.to_vec()), Some(Vec::new()));
}

/// A recorder that claims to be a network connection without TLS.
struct Insecure(Recorder);

impl std::io::Read for Insecure {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.0.read(buf)
    }
}

impl std::io::Write for Insecure {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

impl imapkit::Transport for Insecure {}

#[test]
fn no_password_in_clear_to_a_network_host_unless_allowed() {
    let mut client = Client::new(Insecure(Recorder::new("IMAP4rev1 AUTH=PLAIN", &["+ \r\n", "{tag} OK\r\n"]))).unwrap();
    let refused = client.login("alice", "secret").unwrap_err();
    assert!(matches!(refused, imapkit::Error::Refused(_)), "{refused:?}");
    assert_eq!(client.stream().0.transcript(), "", "nothing may be written");
    // Without SASL-IR the secret would go in a continuation line: refused there too, with
    // the exchange cancelled.
    let refused = client.authenticate_with(imapkit::auth::Plain::new("alice", "secret")).unwrap_err();
    assert!(matches!(refused, imapkit::Error::Refused(_)), "{refused:?}");
    assert!(!client.stream().0.transcript().contains("c2VjcmV0"), "{}", client.stream().0.transcript());
    assert!(client.stream().0.transcript().contains("C: *\\r\\n"));

    let mut client = Client::new(Insecure(Recorder::new("IMAP4rev1", &[]))).unwrap();
    client.allow_insecure_auth(true);
    client.login("alice", "secret").unwrap();
    assert!(client.stream().0.transcript().starts_with("C: A0001 LOGIN alice secret"));
}

#[test]
fn typed_pipelining_builds_each_result_from_its_own_reply() {
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &[
            "* 1 FETCH (FLAGS (\\Seen))\r\n{tag} OK fetched\r\n",
            "{tag} NO [TRYCREATE] no such mailbox\r\n",
            "* SEARCH 1 2\r\n{tag} OK searched\r\n",
        ],
    );
    client.session_mut().set_state(State::Selected);
    let fetch = client.send(build::fetch("1", "FLAGS").unwrap()).unwrap();
    let copy = client.send(build::copy("1", "Missing").unwrap()).unwrap();
    let search = client.send(build::search("ALL").unwrap()).unwrap();
    assert_eq!((fetch.tag(), copy.tag(), search.tag()), ("A0001", "A0002", "A0003"));
    // Each command went out once, before any reply was read.
    let sent: Vec<&str> = client.stream().transcript().lines().filter(|l| l.starts_with("C:")).collect();
    assert_eq!(sent.len(), 3, "{sent:?}");
    let searched = client.wait(search).unwrap();
    assert_eq!(searched.search.numbers, vec![1, 2]);
    assert_eq!(searched.tagged.text, "searched");
    assert!(matches!(client.wait(copy), Err(imapkit::Error::No { .. })));
    let fetched = client.wait(fetch).unwrap();
    assert_eq!(fetched.fetches.len(), 1);
    assert_eq!(fetched.fetches[0].flags(), Some(&[imapkit::Flag::Seen][..]));
    // Building the results sent nothing more.
    let sent_after = client.stream().transcript().lines().filter(|l| l.starts_with("C:")).count();
    assert_eq!(sent_after, 3);
}

/// A mechanism that never sees the server prove itself (as SCRAM without the server's
/// final message): the server's OK does not count.
struct Unproven;

impl imapkit::auth::Mechanism for Unproven {
    fn name(&self) -> &str {
        "X-MUTUAL"
    }
    fn initial_response(&mut self) -> Option<Vec<u8>> {
        Some(b"hello".to_vec())
    }
    fn respond(&mut self, _: &[u8]) -> Option<Vec<u8>> {
        None
    }
    fn verify_success(&self) -> Result<(), String> {
        Err("X-MUTUAL: the server did not prove itself".into())
    }
}

#[test]
fn a_login_the_server_did_not_prove_is_an_error() {
    let mut client = Recorder::client("IMAP4rev1 SASL-IR AUTH=X-MUTUAL", &["{tag} OK logged in\r\n"]);
    let error = client.authenticate_with(Unproven).unwrap_err();
    assert!(matches!(&error, imapkit::Error::Protocol(why) if why.contains("did not prove")), "{error}");
    assert!(client.session().broken().is_some(), "nothing more goes over this connection");
    assert!(client.noop().is_err());
    // SCRAM is such a mechanism: before the server's signature it is not satisfied.
    use imapkit::auth::{Mechanism, Scram};
    let mut scram = Scram::sha256("alice", "pw");
    scram.initial_response();
    assert!(scram.verify_success().is_err());
}

/// imaplib's `authobject`: any SASL mechanism as a callback, through both clients with the
/// same bytes; the answers are secrets on the wire (base64) and in no trace.
#[test]
fn a_sasl_callback_runs_the_same_through_both_clients() {
    use imapkit::auth::SaslCallback;
    let bursts = ["+ Y2hhbGxlbmdl\r\n", "{tag} OK [CAPABILITY IMAP4rev1] in\r\n"];
    let answer = |challenge: &[u8]| -> Option<Vec<u8>> {
        assert_eq!(challenge, b"challenge");
        Some(b"token-42".to_vec())
    };
    let mut client = Recorder::client("IMAP4rev1 AUTH=X-TOKEN", &bursts);
    client.authenticate_with(SaslCallback::new("X-TOKEN", answer)).unwrap();
    assert_eq!(client.session().state(), State::Authenticated);
    let blocking = client.stream().transcript().to_owned();
    assert!(blocking.contains("C: A0001 AUTHENTICATE X-TOKEN\\r\\n"), "{blocking}");
    assert!(blocking.contains(&format!("C: {}\\r\\n", imapkit::auth::encode(b"token-42"))), "{blocking}");
    let asynchronous = imap_tests::block_on(async {
        let mut client = Recorder::async_client("IMAP4rev1 AUTH=X-TOKEN", &bursts).await;
        client.authenticate_with(SaslCallback::new("X-TOKEN", answer)).await.unwrap();
        assert_eq!(client.session().state(), State::Authenticated);
        client.stream().transcript().to_owned()
    });
    assert_eq!(asynchronous, blocking);
}

/// `special_use_mailbox` asks the way the server understands: LIST (SPECIAL-USE) with
/// SPECIAL-USE, Gmail's XLIST (whose `\Spam` is Junk) without it, a plain LIST without either.
/// A scripted server: the live scenario `special_use_helper` runs the first path.
#[test]
fn special_use_mailbox_falls_back_to_xlist_then_list() {
    use imapkit::types::SpecialUse;
    let cases = [
        (
            "IMAP4rev1 SPECIAL-USE LIST-EXTENDED",
            "* LIST (\\Junk) \"/\" Spam\r\n{tag} OK\r\n",
            "LIST (SPECIAL-USE) \"\" *",
        ),
        ("IMAP4rev1 XLIST", "* XLIST (\\HasNoChildren \\Spam) \"/\" \"[Gmail]/Spam\"\r\n{tag} OK\r\n", "XLIST \"\" *"),
        ("IMAP4rev1", "* LIST (\\Junk) \"/\" Spam\r\n{tag} OK\r\n", "LIST \"\" *"),
    ];
    for (caps, answer, sent) in cases {
        let mut client = Recorder::client(caps, &[answer]);
        client.session_mut().set_state(State::Authenticated);
        let found = client.special_use_mailbox(&SpecialUse::Junk).unwrap().map(|m| m.to_string());
        let expected = if caps.contains("XLIST") { "[Gmail]/Spam" } else { "Spam" };
        assert_eq!(found.as_deref(), Some(expected), "{caps}");
        assert!(
            client.stream().transcript().contains(&format!("A0001 {sent}\\r\\n")),
            "{caps}: {}",
            client.stream().transcript()
        );
        assert_eq!(client.special_use_mailbox(&SpecialUse::Sent).unwrap(), None, "{caps}: no Sent mailbox");
    }
}
