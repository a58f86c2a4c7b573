//! What only the async client has, against the real servers: SASL through it, IDLE as a
//! stream of another connection's changes, the borrowed FETCH visitor, many sessions on one
//! thread, and dropped futures. (The scenarios both clients share are written once with
//! `dual!` in the other modules.)

use std::time::{Duration, Instant};

use imapkit::auth::{CramMd5, Login, OAuthBearer, Plain, Scram, XOAuth2};
use imapkit::command::State;
use imapkit::tokio::IdleOptions;
use imapkit::types::Untagged;
use imapkit::{build, AsyncCommands, Commands, Error, Flag, StoreAction};

use crate::support::{message, ok, AsyncClient, Cleanup, Server, Via, ALICE, TRICKY};

/// Every built-in mechanism the server offers, through the async client, with the UTF-8
/// password, over the three network transports; a wrong password gets NO.
pub fn sasl(server: &Server) {
    imap_tests::block_on(async {
        let vias = [Via::Plain, Via::StartTls, Via::Tls];
        for (i, mechanism) in ["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"].into_iter().enumerate() {
            let via = vias[i % 3];
            let what = format!("{} {mechanism} over {} (async)", server.kind.name(), via.name());
            let mut client = server.connect_async(via).await;
            let (user, password) = (TRICKY.name, TRICKY.password);
            let result = match mechanism {
                "PLAIN" => client.authenticate_with(Plain::new(user, password)).await,
                "LOGIN" => client.authenticate_with(Login::new(user, password)).await,
                "CRAM-MD5" => client.authenticate_with(CramMd5::new(user, password)).await,
                "SCRAM-SHA-1" => client.authenticate_with(Scram::sha1(user, password)).await,
                _ => client.authenticate_with(Scram::sha256(user, password)).await,
            };
            result.unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(client.session().state(), State::Authenticated, "{what}");
            ok(server, &what, client.logout().await);
        }
        let mut client = server.connect_async(Via::Plain).await;
        let wrong = client.authenticate_with(Scram::sha256(TRICKY.name, "wrong")).await;
        assert!(matches!(wrong, Err(Error::No { .. })), "{wrong:?}");
        assert_eq!(client.session().state(), State::NotAuthenticated);
        if let Some(token) = server.oauth_token.as_deref() {
            ok(server, "XOAUTH2", client.authenticate_with(XOAuth2::new("alice", token)).await);
            let mut other = server.connect_async(Via::Tls).await;
            ok(
                server,
                "OAUTHBEARER",
                other.authenticate_with(OAuthBearer::new("alice", &server.host, server.tls_port, token)).await,
            );
        }
    });
}

/// IDLE as a stream: another connection's APPEND and flag change arrive as they happen; the
/// stream stops cleanly and the connection goes on.
pub fn idle_stream(server: &Server) {
    imap_tests::block_on(async {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("idle-stream");
        let mut watcher = server.login_async(Via::StartTls, ALICE).await;
        ok(server, "CREATE", watcher.create(name.as_str(), None).await);
        ok(server, "SELECT", watcher.select(name.as_str(), None).await);
        let writer = std::thread::spawn({
            let server = server.clone();
            let name = name.clone();
            move || {
                let mut writer = server.login(Via::Plain, ALICE);
                std::thread::sleep(Duration::from_millis(300));
                writer
                    .append(name.as_str(), [message("one", "a@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "x")])
                    .expect("APPEND");
                writer.select(name.as_str(), None).expect("SELECT");
                std::thread::sleep(Duration::from_millis(300));
                writer.store(1, StoreAction::add(vec![Flag::Flagged])).expect("STORE");
                writer
            }
        });
        let options = IdleOptions { until: Some(Instant::now() + Duration::from_secs(20)), ..IdleOptions::default() };
        let mut stream = ok(server, "IDLE", watcher.idle_stream(options).await);
        let (mut exists, mut flagged) = (false, false);
        while !(exists && flagged) {
            match stream.next().await {
                Some(Ok(Untagged::Exists(1))) => exists = true,
                Some(Ok(Untagged::Fetch(fetch))) => {
                    flagged |= fetch.flags().is_some_and(|f| f.contains(&Flag::Flagged));
                }
                Some(Ok(_)) => {}
                Some(Err(error)) => panic!("{}: IDLE stream: {error}", server.kind.name()),
                None => panic!("{}: the stream ended before the updates came", server.kind.name()),
            }
        }
        ok(server, "DONE", stream.stop().await);
        let writer = writer.join().expect("writer thread");
        drop(writer);
        let noop = ok(server, "NOOP after the stream", watcher.noop().await);
        assert!(noop.tagged.kind == imapkit::types::StatusKind::Ok);
        ok(server, "LOGOUT", watcher.logout().await);
    });
}

/// `fetch_each` through the async client sees every message, borrowed, and agrees with the
/// owned FETCH.
pub fn fetch_each(server: &Server) {
    imap_tests::block_on(async {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("fetch-each");
        let mut client = server.login_async(Via::Tls, ALICE).await;
        ok(server, "CREATE", client.create(name.as_str(), None).await);
        let date = "Mon, 1 Jan 2024 10:00:00 +0000";
        let messages: Vec<Vec<u8>> =
            (1..=20).map(|i| message(&format!("each {i}"), "a@example.org", date, "x")).collect();
        ok(server, "APPEND", client.append(name.as_str(), messages).await);
        ok(server, "SELECT", client.select(name.as_str(), None).await);
        let mut subjects = Vec::new();
        let done = ok(
            server,
            "FETCH (borrowed)",
            client
                .fetch_each(build::uid_fetch("1:*", "(UID ENVELOPE)").unwrap(), |fetch| {
                    let subject = fetch.envelope().and_then(|e| e.subject).unwrap_or_default();
                    subjects.push(String::from_utf8_lossy(subject).into_owned());
                })
                .await,
        );
        assert!(done.fetches.is_empty(), "the visitor had them");
        let owned = ok(server, "FETCH", client.uid_fetch("1:*", "(UID ENVELOPE)").await).fetches;
        let expected: Vec<String> = owned
            .iter()
            .map(|f| {
                f.envelope()
                    .and_then(|e| e.subject())
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(subjects, expected);
        assert_eq!(subjects.len(), 20);
        ok(server, "LOGOUT", client.logout().await);
    });
}

/// Many sessions on one thread: 50 connections logged in and selected concurrently, each
/// searching its INBOX, on a current-thread runtime.
pub fn many_sessions(server: &Server) {
    imap_tests::block_on(async {
        let mut sessions = Vec::new();
        for i in 0..50 {
            let via = if i % 2 == 0 { Via::Plain } else { Via::Tls };
            sessions.push(async move {
                let mut client: AsyncClient = server.login_async(via, ALICE).await;
                client.select("INBOX", None).await?;
                let found = client.search("ALL").await?;
                client.logout().await?;
                Ok::<usize, Error>(found.search.numbers.len())
            });
        }
        let results = futures_join_all(sessions).await;
        assert_eq!(results.len(), 50);
        for result in results {
            result.unwrap_or_else(|e| panic!("{}: a concurrent session failed: {e}", server.kind.name()));
        }
    });
}

/// Runs futures concurrently on the current task (no extra dependency for join_all).
async fn futures_join_all<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pinned: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = (0..pinned.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (future, output) in pinned.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => *output = Some(value),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().map(|o| o.expect("every future finished")).collect()
}

/// A dropped IDLE future breaks the connection clearly; a dropped FETCH does not: the next
/// command on that connection works and sees none of the FETCH's responses.
pub fn cancellation(server: &Server) {
    imap_tests::block_on(async {
        let mut client = server.login_async(Via::Plain, ALICE).await;
        ok(server, "SELECT", client.select("INBOX", None).await);
        let dropped = tokio::time::timeout(Duration::from_millis(300), client.idle_wait(Duration::from_secs(30))).await;
        assert!(dropped.is_err(), "IDLE was still waiting");
        let error = client.noop().await.unwrap_err();
        assert!(error.is_abort() && error.to_string().contains("cancelled"), "{error}");

        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("cancel");
        let mut client = server.login_async(Via::Plain, ALICE).await;
        ok(server, "CREATE", client.create(name.as_str(), None).await);
        let big: Vec<u8> = message("big", "a@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", &"y".repeat(8 << 20));
        ok(server, "APPEND", client.append(name.as_str(), [big.clone(), big]).await);
        ok(server, "SELECT", client.select(name.as_str(), None).await);
        // Dropped as soon as its first bytes arrived, while the 16 MB are on their way.
        let received = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counter = received.clone();
        client.set_io_observer(move |direction, n| {
            if direction == imapkit::Direction::Received {
                counter.fetch_add(n as u64, std::sync::atomic::Ordering::SeqCst);
            }
        });
        let before = received.load(std::sync::atomic::Ordering::SeqCst);
        let first_bytes = async {
            while received.load(std::sync::atomic::Ordering::SeqCst) < before + 64 * 1024 {
                tokio::task::yield_now().await;
            }
        };
        tokio::select! {
            result = client.fetch("1:2", "BODY.PEEK[]") => panic!("the FETCH was not dropped: {:?}", result.map(|r| r.fetches.len())),
            () = first_bytes => {}
        }
        let noop = ok(server, "NOOP after a dropped FETCH", client.noop().await);
        assert!(noop.fetches.is_empty(), "{} FETCH responses leaked into NOOP", noop.fetches.len());
        let flags = ok(server, "FETCH after", client.fetch("1:2", "FLAGS").await).fetches;
        assert_eq!(flags.len(), 2);
        ok(server, "LOGOUT", client.logout().await);
    });
}
