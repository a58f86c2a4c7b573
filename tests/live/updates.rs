//! Mailbox updates caused by another connection: unsolicited EXISTS / EXPUNGE / FETCH seen
//! through NOOP, through the session's queue of unsolicited responses, and through IDLE.

use std::thread;
use std::time::{Duration, Instant};

use imapkit::command::State;
use imapkit::types::Untagged;
use imapkit::{AsyncCommands, Client, Commands, Error, ExchangeHandler, ExchangeReply, Flag, StoreAction};

use crate::support::{message, ok, Cleanup, Server, Via, ALICE};

fn note(n: u32) -> Vec<u8> {
    message(&format!("update {n}"), "bob@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "x")
}

dual! {
    /// Another connection appends, flags and expunges; the watcher sees each change in NOOP's
    /// result, or in the unsolicited queue after a command that does not claim it (CHECK).
    pub fn unsolicited / unsolicited_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("updates");
        let mut watcher = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(watcher.create(name.as_str(), None)));
        assert_eq!(ok(server, "SELECT", aw!(watcher.select(name.as_str(), None))).exists, Some(0));
        let mut writer = server.login(Via::Tls, ALICE);

        ok(server, "APPEND", writer.append(name.as_str(), [note(1), note(2)]));
        let noop = ok(server, "NOOP", aw!(watcher.noop()));
        assert_eq!(noop.exists, Some(2), "{noop:?}");

        ok(server, "APPEND", writer.append(name.as_str(), [note(3)]));
        ok(server, "CHECK", aw!(watcher.check()));
        let queued = watcher.session_mut().drain_unsolicited();
        assert!(queued.contains(&Untagged::Exists(3)), "EXISTS 3 queued after CHECK: {queued:?}");

        ok(server, "SELECT", writer.select(name.as_str(), None));
        ok(server, "STORE", writer.store(3, StoreAction::add(vec![Flag::Flagged])));
        let noop = ok(server, "NOOP", aw!(watcher.noop()));
        let flagged = noop.fetches.iter().find(|f| f.seq == 3).and_then(|f| f.flags()).expect("a FETCH with FLAGS");
        assert!(flagged.contains(&Flag::Flagged), "{noop:?}");

        ok(server, "STORE", writer.store(1, StoreAction::add(vec![Flag::Deleted])));
        ok(server, "EXPUNGE", writer.expunge());
        let noop = ok(server, "NOOP", aw!(watcher.noop()));
        assert_eq!(noop.expunged, [1], "{noop:?}");
        let left = ok(server, "SEARCH", aw!(watcher.search(imapkit::SearchKey::All))).search.numbers;
        assert_eq!(left, [1, 2]);
    }
}

dual! {
    /// IDLE: nothing happens (back after the timeout), then an APPEND and an EXPUNGE by another
    /// connection end the wait early with the update.
    pub fn idle / idle_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("idle");
        let mut watcher = login!(server, Via::StartTls, ALICE);
        ok(server, "CREATE", aw!(watcher.create(name.as_str(), None)));
        ok(server, "SELECT", aw!(watcher.select(name.as_str(), None)));

        let start = Instant::now();
        let quiet = ok(server, "IDLE", aw!(watcher.idle_wait(Duration::from_millis(300))));
        assert!(start.elapsed() >= Duration::from_millis(300));
        assert_eq!((quiet.exists, quiet.expunged.len()), (None, 0), "{quiet:?}");
        assert_eq!(watcher.session().state(), State::Selected);
        ok(server, "NOOP after IDLE", aw!(watcher.noop()));

        let writer = thread::spawn({
            let server = server.clone();
            let name = name.clone();
            move || {
                let mut writer = server.login(Via::Plain, ALICE);
                thread::sleep(Duration::from_millis(200));
                writer.append(name.as_str(), [note(1)]).expect("APPEND");
                writer
            }
        });
        let start = Instant::now();
        let woke = ok(server, "IDLE", aw!(watcher.idle_wait(Duration::from_secs(20))));
        assert_eq!(woke.exists, Some(1), "{woke:?}");
        assert!(start.elapsed() < Duration::from_secs(10), "woke after {:?}", start.elapsed());
        let mut writer = writer.join().expect("writer thread");

        ok(server, "SELECT", writer.select(name.as_str(), None));
        ok(server, "STORE", writer.store(1, StoreAction::add(vec![Flag::Deleted])));
        ok(server, "EXPUNGE", writer.expunge());
        let mut woke = ok(server, "IDLE", aw!(watcher.idle_wait(Duration::from_secs(20))));
        // Some servers send the FETCH of the \Deleted flag first; wait once more for the EXPUNGE.
        if woke.expunged.is_empty() {
            woke = ok(server, "IDLE", aw!(watcher.idle_wait(Duration::from_secs(20))));
        }
        assert_eq!(woke.expunged, [1], "{woke:?}");
    }
}

/// Ends IDLE as soon as the server accepted it.
pub struct DoneAtOnce;

impl ExchangeHandler for DoneAtOnce {
    fn continuation(&mut self, _: &imapkit::types::Continuation) -> Result<ExchangeReply, Error> {
        Ok(ExchangeReply::Send { line: b"DONE".to_vec(), secret: false })
    }
}

dual! {
    /// Dovecot's stream transport: pre-authenticated, a whole session over a child's pipes,
    /// IDLE with a handler, and another connection's APPEND seen through NOOP.
    pub fn stream_session / stream_session_async(server) {
        if server.stream_cmd().is_none() {
            return;
        }
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("stream");
        let mut client = login!(server, Via::Stream, ALICE);
        assert!(matches!(aw!(client.login("alice", "alice-pw")), Err(Error::State { current: State::Authenticated, .. })));
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        ok(server, "APPEND", aw!(client.append(name.as_str(), [note(1)])));
        assert_eq!(ok(server, "SELECT", aw!(client.select(name.as_str(), None))).exists, Some(1));
        let idled = ok(server, "IDLE", aw!(client.idle(&mut DoneAtOnce)));
        assert_eq!(idled.tagged.kind, imapkit::types::StatusKind::Ok);
        let mut other = server.login(Via::Plain, ALICE);
        ok(server, "APPEND", other.append(name.as_str(), [note(2)]));
        assert_eq!(ok(server, "NOOP", aw!(client.noop())).exists, Some(2));
        ok(server, "LOGOUT", aw!(client.logout()));
    }
}

dual! {
    /// `Client::idle_wait` over the stream transport.
    pub fn stream_idle_wait / stream_idle_wait_async(server) {
        if server.stream_cmd().is_none() {
            return;
        }
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("stream-idle");
        let mut client = login!(server, Via::Stream, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        let quiet = ok(server, "IDLE over the stream transport", aw!(client.idle_wait(Duration::from_millis(300))));
        assert_eq!(quiet.exists, None);
    }
}

/// Dovecot, configured to send `* OK Still here` every second during IDLE: the keep-alives
/// do not extend `idle_wait`'s timeout. The wait runs in a thread, so one that never ends
/// fails the test instead of hanging it.
pub fn idle_keepalives(server: &Server) {
    let mut cleanup = Cleanup::new(server, ALICE);
    let name = cleanup.unique("keepalive");
    let mut client = server.login(Via::Plain, ALICE);
    ok(server, "CREATE", client.create(name.as_str(), None));
    ok(server, "SELECT", client.select(name.as_str(), None));
    let wait = Duration::from_millis(3500);
    let (ended, ended_rx) = std::sync::mpsc::channel();
    let waiter = thread::spawn(move || {
        let start = Instant::now();
        let result = client.idle_wait(wait);
        let _ = ended.send(());
        (result, start.elapsed(), client)
    });
    ended_rx.recv_timeout(Duration::from_secs(30)).expect("idle_wait ended: keep-alives must not extend it");
    let (result, elapsed, mut client) = waiter.join().expect("the waiting thread");
    let idled = ok(server, "IDLE", result);
    assert_eq!((idled.exists, idled.expunged.len()), (None, 0), "{idled:?}");
    assert!(elapsed >= wait, "ended after {elapsed:?}");
    let keepalives = client.session_mut().take_unsolicited("OK");
    assert!(!keepalives.is_empty(), "Dovecot sent keep-alives during the wait");
    ok(server, "NOOP after IDLE", client.noop());
}

/// [`idle_keepalives`] through the async client: the keep-alives do not extend its
/// `idle_wait` either (bounded from outside, so a wait that never ends fails the test).
pub fn idle_keepalives_async(server: &Server) {
    imap_tests::block_on(async {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("keepalive-async");
        let mut client = server.login_async(Via::Plain, ALICE).await;
        ok(server, "CREATE", client.create(name.as_str(), None).await);
        ok(server, "SELECT", client.select(name.as_str(), None).await);
        let wait = Duration::from_millis(3500);
        let start = Instant::now();
        let result = tokio::time::timeout(Duration::from_secs(30), client.idle_wait(wait))
            .await
            .expect("idle_wait ended: keep-alives must not extend it");
        let elapsed = start.elapsed();
        let idled = ok(server, "IDLE", result);
        assert_eq!((idled.exists, idled.expunged.len()), (None, 0), "{idled:?}");
        assert!(elapsed >= wait, "ended after {elapsed:?}");
        assert!(!client.session_mut().take_unsolicited("OK").is_empty(), "Dovecot sent keep-alives");
        ok(server, "NOOP after IDLE", client.noop().await);
    });
}

/// `Client::idle_wait` gives the connection its read timeout back (the tests connect with 60 s).
pub fn idle_keeps_read_timeout(server: &Server) {
    let mut client = server.login(Via::Plain, ALICE);
    let timeout = |client: &Client| client.stream().socket().and_then(|s| s.read_timeout().ok()).flatten();
    let before = timeout(&client);
    assert!(before.is_some(), "the tests set a read timeout");
    ok(server, "SELECT", client.select("INBOX", None));
    ok(server, "IDLE", client.idle_wait(Duration::from_millis(100)));
    assert_eq!(timeout(&client), before, "idle_wait restores the read timeout");
}
