//! Connection-level behaviour: every transport, every SASL mechanism with every kind of
//! password, NAMESPACE, ID, ENABLE, and the commands a server does not support.

use std::collections::BTreeSet;

use imapkit::auth::{CramMd5, Login, OAuthBearer, Plain, Scram, XOAuth2};
use imapkit::build;
use imapkit::command::State;
use imapkit::types::{Code, NamespaceEntry, StatusKind};
use imapkit::{AsyncCommands, Client, Commands, Error, SearchKey, TlsOptions};

use crate::support::{
    expect_bad, expect_no, ok, AsyncClient, Cleanup, Kind, Server, User, Via, ALICE, BOB, QUOTED, TRICKY,
};

dual! {
    /// Every transport: the greeting, TLS where expected, LOGIN, SELECT, LOGOUT.
    pub fn transports / transports_async(server) {
        for via in server.transports() {
            let mut client = connect!(server, via);
            let greeting = client.session().greeting().expect("greeting read").kind;
            let tls = client.tls_info();
            match via {
                Via::Plain => {
                    assert_eq!(greeting, StatusKind::Ok);
                    assert!(tls.is_none(), "plain TCP has no TLS session");
                    let caps = ok(server, "CAPABILITY", aw!(client.capabilities()));
                    assert!(caps.iter().any(|c| c == "STARTTLS"), "plain port offers STARTTLS: {caps:?}");
                }
                Via::StartTls | Via::Tls => {
                    assert_eq!(greeting, StatusKind::Ok);
                    let tls = tls.unwrap_or_else(|| panic!("{} has a TLS session", via.name()));
                    assert!(matches!(tls.protocol.as_deref(), Some("TLSv1_3" | "TLSv1_2")), "{:?}", tls.protocol);
                    assert!(!tls.peer_certificates.is_empty(), "the server sent its certificate");
                    let caps = ok(server, "CAPABILITY", aw!(client.capabilities()));
                    assert!(!caps.iter().any(|c| c == "STARTTLS"), "no STARTTLS offered inside TLS: {caps:?}");
                }
                Via::Stream => {
                    assert_eq!(greeting, StatusKind::PreAuth, "the stream command is pre-authenticated");
                    assert_eq!(client.session().state(), State::Authenticated);
                    assert!(matches!(aw!(client.login("alice", "alice-pw")), Err(Error::State { .. })));
                }
            }
            if via != Via::Stream {
                ok(server, "LOGIN", aw!(client.login(ALICE.name, ALICE.password)));
            }
            assert_eq!(client.session().state(), State::Authenticated);
            let inbox = ok(server, "SELECT INBOX", aw!(client.select("INBOX", None)));
            assert!(inbox.uid_validity.is_some_and(|v| v > 0), "{}: UIDVALIDITY over {}", server.kind.name(), via.name());
            assert!(inbox.exists.is_some() && inbox.flags.is_some());
            assert_eq!(inbox.tagged.code, Some(Code::ReadWrite));
            ok(server, "LOGOUT", aw!(client.logout()));
            assert_eq!(client.session().state(), State::Logout);
        }
    }
}

/// Certificate verification is on: an unknown CA and a wrong name both fail the handshake.
pub fn tls_verification(server: &Server) {
    let no_private_ca = TlsOptions::default();
    let error = Client::connect_tls(&server.host, server.tls_port, no_private_ca).expect_err("unknown issuer");
    assert!(format!("{error}").to_lowercase().contains("certificate"), "{error}");
    let wrong_name =
        TlsOptions { server_name: Some("wrong.imap-rs.invalid".into()), ..TlsOptions::with_ca_file(&server.ca) };
    let error = Client::connect_starttls(&server.host, server.port, wrong_name).expect_err("name mismatch");
    assert!(format!("{error}").to_lowercase().contains("certificate"), "{error}");
}

/// [`tls_verification`] through the async client: the same rustls configuration refuses the
/// same certificates.
pub fn tls_verification_async(server: &Server) {
    imap_tests::block_on(async {
        let no_private_ca = TlsOptions::default();
        let error = imapkit::tokio::Client::connect_tls(&server.host, server.tls_port, no_private_ca)
            .await
            .expect_err("unknown issuer");
        assert!(format!("{error}").to_lowercase().contains("certificate"), "{error}");
        let wrong_name =
            TlsOptions { server_name: Some("wrong.imap-rs.invalid".into()), ..TlsOptions::with_ca_file(&server.ca) };
        let error = imapkit::tokio::Client::connect_starttls(&server.host, server.port, wrong_name)
            .await
            .expect_err("name mismatch");
        assert!(format!("{error}").to_lowercase().contains("certificate"), "{error}");
    });
}

/// The ways to authenticate that the tests know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    /// The LOGIN command.
    LoginCommand,
    /// AUTHENTICATE PLAIN (with SASL-IR).
    Plain,
    /// AUTHENTICATE LOGIN.
    Login,
    /// AUTHENTICATE CRAM-MD5.
    CramMd5,
    /// AUTHENTICATE SCRAM-SHA-1.
    ScramSha1,
    /// AUTHENTICATE SCRAM-SHA-256.
    ScramSha256,
}

impl Method {
    const ALL: [Method; 6] =
        [Method::LoginCommand, Method::Plain, Method::Login, Method::CramMd5, Method::ScramSha1, Method::ScramSha256];

    async fn authenticate_async(self, client: &mut AsyncClient, user: &str, password: &str) -> Result<(), Error> {
        match self {
            Method::LoginCommand => client.login(user, password).await.map(drop),
            Method::Plain => client.authenticate_with(Plain::new(user, password)).await.map(drop),
            Method::Login => client.authenticate_with(Login::new(user, password)).await.map(drop),
            Method::CramMd5 => client.authenticate_with(CramMd5::new(user, password)).await.map(drop),
            Method::ScramSha1 => client.authenticate_with(Scram::sha1(user, password)).await.map(drop),
            Method::ScramSha256 => client.authenticate_with(Scram::sha256(user, password)).await.map(drop),
        }
    }

    fn authenticate(self, client: &mut Client, user: &str, password: &str) -> Result<(), Error> {
        match self {
            Method::LoginCommand => client.login(user, password).map(drop),
            Method::Plain => client.authenticate_with(Plain::new(user, password)).map(drop),
            Method::Login => client.authenticate_with(Login::new(user, password)).map(drop),
            Method::CramMd5 => client.authenticate_with(CramMd5::new(user, password)).map(drop),
            Method::ScramSha1 => client.authenticate_with(Scram::sha1(user, password)).map(drop),
            Method::ScramSha256 => client.authenticate_with(Scram::sha256(user, password)).map(drop),
        }
    }
}

/// Every SASL mechanism the server offers, each with a plain, a quoted and a UTF-8
/// password, over the three network transports; and a wrong password on each.
pub fn auth_mechanisms(server: &Server) {
    let mut client = server.connect(Via::Plain);
    let offered: BTreeSet<String> = ok(server, "CAPABILITY", client.capabilities())
        .iter()
        .filter_map(|c| c.strip_prefix("AUTH="))
        .map(str::to_owned)
        .collect();
    let mut known: BTreeSet<String> =
        ["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"].map(String::from).into();
    // (Over TLS Cyrus also offers the -PLUS variants, with tls-unique only: `channel_binding`.)
    if server.oauth_token.is_some() {
        // Tested with tokens in `oauth`.
        known.extend(["OAUTHBEARER", "XOAUTH2"].map(String::from));
    }
    assert_eq!(offered, known, "{}: every offered mechanism is tested here", server.kind.name());

    let cases: Vec<(User, Method)> =
        [ALICE, QUOTED, TRICKY].into_iter().flat_map(|u| Method::ALL.map(|m| (u, m))).collect();
    std::thread::scope(|scope| {
        for (i, (user, method)) in cases.into_iter().enumerate() {
            let via = [Via::Plain, Via::StartTls, Via::Tls][i % 3];
            scope.spawn(move || {
                let what = format!("{} {method:?} as {} over {}", server.kind.name(), user.name, via.name());
                let mut client = server.connect(via);
                method.authenticate(&mut client, user.name, user.password).unwrap_or_else(|e| panic!("{what}: {e}"));
                assert_eq!(client.session().state(), State::Authenticated, "{what}");
                // The session is really the user's: its INBOX's ACL names it as the owner.
                let acl = client.getacl("INBOX").unwrap_or_else(|e| panic!("{what}: GETACL: {e}"));
                assert!(
                    acl.acl[0].entries.iter().any(|(id, rights)| id == user.name && rights.contains('a')),
                    "{what}"
                );
                client.logout().unwrap_or_else(|e| panic!("{what}: LOGOUT: {e}"));
            });
        }
        for method in Method::ALL {
            scope.spawn(move || {
                let mut client = server.connect(Via::Plain);
                let wrong = format!("{}-wrong", TRICKY.password);
                match method.authenticate(&mut client, TRICKY.name, &wrong) {
                    Err(Error::No { code, .. }) => {
                        if server.kind == Kind::Dovecot {
                            assert_eq!(code, Some(Code::AuthenticationFailed), "{method:?}");
                        }
                    }
                    other => panic!("{} {method:?} with a wrong password: {other:?}", server.kind.name()),
                }
                assert_eq!(client.session().state(), State::NotAuthenticated);
            });
        }
    });
}

/// [`auth_mechanisms`] through the async client: every user, method and network transport,
/// one after the other on one runtime; a wrong password on each method.
pub fn auth_mechanisms_async(server: &Server) {
    imap_tests::block_on(async {
        let cases: Vec<(User, Method)> =
            [ALICE, QUOTED, TRICKY].into_iter().flat_map(|u| Method::ALL.map(|m| (u, m))).collect();
        for (i, (user, method)) in cases.into_iter().enumerate() {
            let via = [Via::Plain, Via::StartTls, Via::Tls][i % 3];
            let what = format!("{} {method:?} as {} over {} (async)", server.kind.name(), user.name, via.name());
            let mut client = server.connect_async(via).await;
            method
                .authenticate_async(&mut client, user.name, user.password)
                .await
                .unwrap_or_else(|e| panic!("{what}: {e}"));
            assert_eq!(client.session().state(), State::Authenticated, "{what}");
            let acl = client.getacl("INBOX").await.unwrap_or_else(|e| panic!("{what}: GETACL: {e}"));
            assert!(acl.acl[0].entries.iter().any(|(id, rights)| id == user.name && rights.contains('a')), "{what}");
            client.logout().await.unwrap_or_else(|e| panic!("{what}: LOGOUT: {e}"));
        }
        for method in Method::ALL {
            let mut client = server.connect_async(Via::Plain).await;
            let wrong = format!("{}-wrong", TRICKY.password);
            match method.authenticate_async(&mut client, TRICKY.name, &wrong).await {
                Err(Error::No { code, .. }) => {
                    if server.kind == Kind::Dovecot {
                        assert_eq!(code, Some(Code::AuthenticationFailed), "{method:?}");
                    }
                }
                other => panic!("{} {method:?} with a wrong password (async): {other:?}", server.kind.name()),
            }
            assert_eq!(client.session().state(), State::NotAuthenticated);
        }
    });
}

dual! {
    /// XOAUTH2 and OAUTHBEARER with a JWT the server checks (Dovecot's oauth2 passdb, local
    /// validation): a good token logs alice in over every transport; a forged token, or a good
    /// one for another user, gets the server's error challenge answered and then a NO, and the
    /// connection stays usable.
    pub fn oauth / oauth_async(server) {
        let Some(token) = server.oauth_token.as_deref() else { return };
        let forged = {
            // The same claims with the signature's first character changed (the last one may
            // differ only in base64 padding bits, which decoders ignore).
            let at = token.rfind('.').expect("a JWT") + 1;
            let first = token.as_bytes()[at];
            let mut forged = token.to_owned();
            forged.replace_range(at..=at, if first == b'A' { "B" } else { "A" });
            forged
        };
        for via in [Via::Plain, Via::StartTls, Via::Tls] {
            let what = |name: &str| format!("{} {name} over {}", server.kind.name(), via.name());
            let mut client = connect!(server, via);
            ok(server, &what("XOAUTH2"), aw!(client.authenticate_with(XOAuth2::new("alice", token))));
            assert_eq!(client.session().state(), State::Authenticated, "{}", what("XOAUTH2"));
            let acl = ok(server, "GETACL", aw!(client.getacl("INBOX")));
            assert!(acl.acl[0].entries.iter().any(|(id, rights)| id == "alice" && rights.contains('a')));

            let port = if via == Via::Tls { server.tls_port } else { server.port };
            let mut client = connect!(server, via);
            let bearer = OAuthBearer::new("alice", &server.host, port, token);
            ok(server, &what("OAUTHBEARER"), aw!(client.authenticate_with(bearer)));
            assert_eq!(client.session().state(), State::Authenticated, "{}", what("OAUTHBEARER"));
        }
        let mut client = connect!(server, Via::Plain);
        expect_no(aw!(client.authenticate_with(XOAuth2::new("alice", &forged))));
        expect_no(aw!(client.authenticate_with(OAuthBearer::new("alice", &server.host, server.port, &forged))));
        expect_no(aw!(client.authenticate_with(XOAuth2::new("bob", token))));
        assert_eq!(client.session().state(), State::NotAuthenticated);
        ok(server, "XOAUTH2 after failures", aw!(client.authenticate_with(XOAuth2::new("alice", token))));
    }
}

dual! {
    /// COMPRESS=DEFLATE (RFC 4978) over each transport: a whole session after it — mailbox,
    /// a 300 KB APPEND and its FETCH, SEARCH, IDLE, LOGOUT — with the text compressed well in
    /// both directions; a second COMPRESS is refused without being sent.
    pub fn compress / compress_async(server) {
        let body: String = (0..6_000).map(|i| format!("Line {i} of a long and rather repetitive report.\r\n")).collect();
        let text = format!("From: a@example.com\r\nSubject: compressed\r\n\r\n{body}");
        for via in server.transports() {
            let what = |step: &str| format!("{} {step} over {}", server.kind.name(), via.name());
            let mut client = login!(server, via, ALICE);
            let caps = ok(server, "CAPABILITY", aw!(client.capabilities()));
            assert!(caps.iter().any(|c| c == "COMPRESS=DEFLATE"), "{}: {caps:?}", what("COMPRESS=DEFLATE offered"));
            assert!(client.compression().is_none());
            ok(server, &what("COMPRESS"), aw!(client.compress("DEFLATE")));
            let mut cleanup = Cleanup::new(server, ALICE);
            let name = cleanup.unique("compressed");
            ok(server, &what("CREATE"), aw!(client.create(name.as_str(), None)));
            ok(server, &what("APPEND"), aw!(client.append(name.as_str(), [text.as_bytes().to_vec()])));
            ok(server, &what("SELECT"), aw!(client.select(name.as_str(), None)));
            let fetched = ok(server, &what("FETCH"), aw!(client.fetch(1, "BODY.PEEK[]"))).fetches;
            assert_eq!(fetched[0].body_section(""), Some(text.as_bytes()), "{}", what("FETCH"));
            let found = ok(server, &what("SEARCH"), aw!(client.search(SearchKey::Body("Line 5999".into()))));
            assert_eq!(found.search.numbers, [1], "{}", what("SEARCH"));
            if via != Via::Stream {
                ok(server, &what("IDLE"), aw!(client.idle_wait(std::time::Duration::from_millis(200))));
            }
            // The streamed paths under compression: APPEND from a reader (written in pieces through
            // the compressor) and FETCH into a writer (literal data streamed after inflating).
            let big: Vec<u8> = text.bytes().cycle().take(2 << 20).collect();
            let streamed = imapkit::AppendMessage::streamed(big.len() as u64);
            let reader = std::io::Cursor::new(big.clone());
            ok(server, &what("APPEND streamed"), aw!(client.append_reader(name.as_str(), streamed, reader)));
            let command = build::fetch(2, "BODY.PEEK[]").expect("a FETCH");
            let mut written = Vec::new();
            let (_, count) = ok(server, &what("FETCH streamed"), aw!(client.fetch_to_writer(command, &mut written)));
            assert!(
                count == big.len() as u64 && written == big,
                "{}: the streamed message came back changed",
                what("FETCH")
            );
            let stats = client.compression().expect("compression is on");
            assert!(stats.sent_plain > text.len() as u64 && stats.received_plain > text.len() as u64, "{stats:?}");
            assert!(stats.sent_wire * 5 < stats.sent_plain, "{}: {stats:?}", what("upstream"));
            assert!(stats.received_wire * 5 < stats.received_plain, "{}: {stats:?}", what("downstream"));
            assert!(matches!(aw!(client.compress("DEFLATE")), Err(Error::Refused(_))), "{}", what("second COMPRESS"));
            ok(server, &what("NOOP"), aw!(client.noop()));
            ok(server, &what("LOGOUT"), aw!(client.logout()));
            // The mailbox goes after LOGOUT: Cyrus closes a session whose selected mailbox
            // another connection deletes.
            drop(cleanup);
        }
    }
}

dual! {
    /// NAMESPACE as the servers are configured.
    pub fn namespace / namespace_async(server) {
        let mut client = login!(server, Via::Tls, BOB);
        let namespaces = ok(server, "NAMESPACE", aw!(client.namespace())).namespace.expect("a NAMESPACE response");
        let one = |list: Option<Vec<NamespaceEntry>>| -> (String, Option<char>) {
            let list = list.expect("namespace present");
            assert_eq!(list.len(), 1, "{list:?}");
            (list[0].prefix.to_utf8().expect("ASCII prefix"), list[0].delimiter)
        };
        let (personal, other, shared) = (one(namespaces.personal), one(namespaces.other), one(namespaces.shared));
        match server.kind {
            Kind::Dovecot => {
                assert_eq!(personal, (String::new(), Some('/')));
                assert_eq!(other, ("shared/".to_owned(), Some('/')));
                assert_eq!(shared, ("Public/".to_owned(), Some('/')));
            }
            Kind::Cyrus => {
                assert_eq!(personal, ("INBOX.".to_owned(), Some('.')));
                assert_eq!(other, ("user.".to_owned(), Some('.')));
                assert_eq!(shared, (String::new(), Some('.')));
            }
        }
    }
}

dual! {
    /// ID both ways (with parameters and NIL), before and after login.
    pub fn id / id_async(server) {
        let mut client = connect!(server, Via::StartTls);
        let before = ok(server, "ID", aw!(client.id(&[("name", "imap-rs live tests"), ("version", "0.1 \"beta\"")])));
        let params = before.id.expect("the server identifies itself");
        let field = |name: &str| {
            params.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).and_then(|(_, v)| v.clone()).map(String::from_utf8)
        };
        match server.kind {
            Kind::Dovecot => assert_eq!(field("name"), Some(Ok("Dovecot".to_owned()))),
            Kind::Cyrus => {
                assert_eq!(field("name"), Some(Ok("Cyrus IMAPD".to_owned())));
                assert!(field("version").and_then(Result::ok).is_some_and(|v| v.starts_with("3.")), "{params:?}");
            }
        }
        ok(server, "LOGIN", aw!(client.login(ALICE.name, ALICE.password)));
        let after = ok(server, "ID NIL", aw!(client.id(&[] as &[(&str, &str)])));
        assert_eq!(after.id, Some(params), "the same identification after login");
    }
}

dual! {
    /// ENABLE: a known extension is reported and changes SELECT; an unknown one is ignored;
    /// the client refuses ENABLE in the selected state.
    pub fn enable / enable_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("enable");
        let mut client = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let plain = ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        // Dovecot tracks mod-sequences of a mailbox only once a client used CONDSTORE on it.
        assert_eq!(plain.highest_modseq.is_some(), server.kind == Kind::Cyrus, "{plain:?}");
        ok(server, "UNSELECT", aw!(client.unselect()));
        let enabled = ok(server, "ENABLE", aw!(client.enable(["CONDSTORE", "X-IMAP-RS-UNKNOWN"])));
        assert_eq!(enabled.enabled, vec!["CONDSTORE".to_owned()]);
        assert_eq!(client.session().enabled(), ["CONDSTORE".to_owned()]);
        let ignored = ok(server, "ENABLE", aw!(client.enable(["X-IMAP-RS-UNKNOWN"])));
        assert!(ignored.enabled.is_empty());
        let inbox = ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        assert!(inbox.highest_modseq.is_some_and(|m| m > 0), "CONDSTORE: HIGHESTMODSEQ in SELECT");
        assert!(matches!(aw!(client.enable(["CONDSTORE"])), Err(Error::State { current: State::Selected, .. })));
    }
}

dual! {
    /// What the servers refuse: PARTIAL (obsolete) and PROXYAUTH (not in Dovecot nor in Cyrus
    /// 3.6 imapd).
    pub fn unsupported / unsupported_async(server) {
        let mut client = login!(server, Via::Tls, ALICE);
        ok(server, "SELECT", aw!(client.select("INBOX", None)));
        let text = expect_bad(aw!(client.partial(1, "BODY[]", 0, 10)));
        let unknown = match server.kind {
            Kind::Dovecot => "Unknown command",
            Kind::Cyrus => "Unrecognized command",
        };
        assert!(text.contains(unknown), "PARTIAL: {text}");
        ok(server, "UNSELECT", aw!(client.unselect()));
        let text = expect_bad(aw!(client.proxyauth("bob")));
        assert!(text.contains(unknown), "PROXYAUTH: {text}");
        // Nothing of that broke the session.
        assert_eq!(ok(server, "NOOP", aw!(client.noop())).tagged.kind, StatusKind::Ok);
    }
}

dual! {
    /// Cyrus: PROXYAUTH is unknown to imapd 3.6 even for the admin.
    pub fn proxyauth_admin / proxyauth_admin_async(server) {
        let mut client = login!(server, Via::Plain, crate::support::ADMIN);
        let text = expect_bad(aw!(client.proxyauth("alice")));
        assert!(!text.is_empty());
        assert_eq!(client.session().state(), State::Authenticated);
    }
}

dual! {
    /// SCRAM-SHA-256-PLUS over implicit TLS and STARTTLS where the server offers it. Cyrus 3.6
    /// offers the -PLUS mechanisms over TLS but binds only `tls-unique` (its library names no
    /// other type), which TLS 1.3 does not define: a `tls-exporter` binding (RFC 9266) is
    /// refused with NO, and the connection stays in step for a plain SCRAM login. The binding
    /// itself is proven against a scripted server (`tests/channel_binding.rs`). Dovecot 2.3
    /// offers no -PLUS mechanism.
    pub fn channel_binding / channel_binding_async(server) {
        for via in [Via::Tls, Via::StartTls] {
            let mut client = connect!(server, via);
            let caps: Vec<String> = aw!(client.capabilities()).unwrap();
            let plus = caps.iter().any(|c| c == "AUTH=SCRAM-SHA-256-PLUS");
            assert_eq!(plus, server.kind == Kind::Cyrus, "{caps:?}");
            if !plus {
                continue;
            }
            let tls = client.tls_info().expect("a TLS connection");
            assert_eq!(tls.protocol.as_deref(), Some("TLSv1_3"));
            let exporter = tls.tls_exporter.expect("TLS 1.3 has a tls-exporter binding");
            assert_eq!(exporter.len(), 32);
            let what = format!("{} SCRAM-SHA-256-PLUS over {}", server.kind.name(), via.name());
            let refused = aw!(client.authenticate_with(Scram::sha256(ALICE.name, ALICE.password).with_channel_binding(exporter)));
            assert!(matches!(refused, Err(Error::No { .. })), "{what}: {refused:?}");
            assert_eq!(client.session().state(), State::NotAuthenticated);
            aw!(client.authenticate_with(Scram::sha256(ALICE.name, ALICE.password))).unwrap_or_else(|e| panic!("{what}, then SCRAM-SHA-256: {e}"));
            assert_eq!(client.session().state(), State::Authenticated);
        }
    }
}
