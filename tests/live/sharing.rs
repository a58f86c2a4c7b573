//! Sharing and per-mailbox data: ACL between alice and bob, QUOTA as users and as admin,
//! ANNOTATEMORE (Cyrus) and METADATA (both).

use std::collections::BTreeMap;

use imapkit::command::State;
use imapkit::extract::Quota;
use imapkit::types::Code;
use imapkit::AsyncCommands;
use imapkit::{AppendMessage, Commands, Direction, Error, TraceLevel};

use crate::support::{expect_bad, expect_no, message, ok, Cleanup, Kind, Via, ADMIN, ALICE, BOB, QUOTED};

dual! {
    /// alice shares a mailbox with bob (SETACL), bob sees it read-only (LIST, MYRIGHTS, SELECT,
    /// a refused APPEND), rights change with +/-, and DELETEACL takes it away again.
    pub fn acl / acl_async(server) {
        // Dovecot keeps who may see whose mailboxes in a `file:` dict that concurrent SETACLs
        // rewrite, losing updates (seen once in a full run: bob did not see the mailbox):
        // one ACL writer at a time (the conformance matrix takes the same flag).
        let _serial = crate::support::serial();
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("shared");
        let seen_by_bob = server.as_seen_by_others(ALICE, &name);
        let mut alice = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(alice.create(name.as_str(), None)));

        let acl = ok(server, "GETACL", aw!(alice.getacl(name.as_str()))).acl;
        assert_eq!(acl.len(), 1);
        assert_eq!(acl[0].mailbox.to_utf8().as_deref(), Some(name.as_str()));
        assert_eq!(acl[0].entries.len(), 1, "only the owner: {:?}", acl[0].entries);
        let (owner, rights) = &acl[0].entries[0];
        assert_eq!(owner, "alice");
        assert!(["l", "r", "w", "i", "k", "x", "t", "e", "a"].iter().all(|r| rights.contains(r)), "{rights}");

        ok(server, "SETACL", aw!(alice.setacl(name.as_str(), "bob", "lr")));
        // A macro, not a closure, so that the scenario runs through both clients (dual!).
        macro_rules! rights {
            () => {{
                let acl = ok(server, "GETACL", aw!(alice.getacl(name.as_str()))).acl;
                acl.into_iter().flat_map(|a| a.entries).collect::<BTreeMap<String, String>>()
            }};
        }
        assert_eq!(rights!().get("bob").map(String::as_str), Some("lr"));

        let listed = ok(server, "LISTRIGHTS", aw!(alice.listrights(name.as_str(), "bob"))).list_rights;
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].identifier, "bob");
        assert_eq!(listed[0].required, "", "nothing is granted to bob unconditionally");
        for right in ["l", "r", "s", "w", "i", "p", "k", "x", "t", "e", "a"] {
            assert!(listed[0].optional.iter().any(|o| o == right), "{right} may be granted: {:?}", listed[0].optional);
        }

        // bob, freshly logged in, sees the mailbox in the other users' namespace.
        let mut bob = login!(server, Via::StartTls, BOB);
        let list = ok(server, "LIST", aw!(bob.list(None, "", seen_by_bob.as_str(), None))).list;
        assert_eq!(list.len(), 1, "bob lists {seen_by_bob}");
        assert_eq!(list[0].mailbox.to_utf8().as_deref(), Some(seen_by_bob.as_str()));
        let mine = ok(server, "MYRIGHTS", aw!(bob.myrights(seen_by_bob.as_str()))).my_rights.into_iter().next().expect("MYRIGHTS response");
        assert_eq!(mine.rights, "lr");
        assert_eq!(mine.mailbox.to_utf8().as_deref(), Some(seen_by_bob.as_str()));
        let refused = aw!(bob.getacl(seen_by_bob.as_str()));
        assert!(matches!(refused, Err(Error::No { .. })), "bob lacks the a right: {refused:?}");
        let selected = ok(server, "SELECT", aw!(bob.select(seen_by_bob.as_str(), None)));
        assert_eq!(selected.tagged.code, Some(Code::ReadOnly), "without w/i/s rights the mailbox is read-only");
        assert_eq!(selected.exists, Some(0));
        expect_no(
            aw!(bob.append(seen_by_bob.as_str(), [message("x", "bob@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "x")])),
        );
        ok(server, "LOGOUT", aw!(bob.logout()));

        ok(server, "SETACL +w", aw!(alice.setacl(name.as_str(), "bob", "+w")));
        assert_eq!(rights!().get("bob").map(String::as_str), Some("lrw"));
        ok(server, "SETACL -w", aw!(alice.setacl(name.as_str(), "bob", "-w")));
        assert_eq!(rights!().get("bob").map(String::as_str), Some("lr"));

        ok(server, "DELETEACL", aw!(alice.deleteacl(name.as_str(), "bob")));
        let left = rights!();
        assert_eq!(left.keys().collect::<Vec<_>>(), ["alice"], "{left:?}");
        let mut bob = login!(server, Via::Tls, BOB);
        assert!(ok(server, "LIST", aw!(bob.list(None, "", seen_by_bob.as_str(), None))).list.is_empty());
        expect_no(aw!(bob.myrights(seen_by_bob.as_str())));
    }
}

/// The user's quota root of a mailbox, its usage and limits (STORAGE in KiB, MESSAGE), from
/// GETQUOTAROOT's reply.
fn quota_root(mailbox: &str, reply: imapkit::commands::GetquotarootResponse) -> (String, Quota) {
    assert_eq!(reply.quota_roots.len(), 1, "{reply:?}");
    assert_eq!(reply.quota_roots[0].mailbox.to_utf8().as_deref(), Some(mailbox));
    let roots = &reply.quota_roots[0].roots;
    assert_eq!(roots.len(), 1, "one quota root: {roots:?}");
    let quota = reply.quotas.into_iter().find(|q| q.root == roots[0]).expect("the root's QUOTA comes along");
    (roots[0].clone(), quota)
}

fn resource(quota: &Quota, name: &str) -> (u64, u64) {
    let typed = imapkit::types::QuotaResourceName::from_atom(name);
    let r = quota.resource(&typed).expect("resource reported");
    (r.usage, r.limit)
}

dual! {
    /// QUOTA as a user (usage follows an APPEND; GETQUOTA and SETQUOTA as the servers allow) and
    /// as admin (Cyrus sets a new quota root; Dovecot refuses).
    pub fn quota / quota_async(server) {
        // Usage is per user: the two runs of this scenario must not APPEND at the same time.
        let _serial = crate::support::serial();
        let mut cleanup = Cleanup::new(server, QUOTED);
        let name = cleanup.unique("quota");
        let mut user = login!(server, Via::Tls, QUOTED);
        // A macro, not a function, so that the scenario runs through both clients (dual!).
        macro_rules! quota_of {
            () => {{
                let reply = ok(server, "GETQUOTAROOT", aw!(user.getquotaroot(name.as_str())));
                quota_root(&name, reply)
            }};
        }
        ok(server, "CREATE", aw!(user.create(name.as_str(), None)));
        let (root, before) = quota_of!();
        let expected_root = match server.kind {
            Kind::Dovecot => "User quota",
            Kind::Cyrus => "INBOX",
        };
        assert_eq!(root, expected_root);
        // RFC 9208 3.1: the resources a server supports, from its capabilities (Cyrus 3.6 names
        // them X-QUOTA=...; Dovecot 2.3's plain QUOTA names none).
        {
            use imapkit::types::QuotaResourceName as R;
            let resources = user.session().quota_resources();
            match server.kind {
                Kind::Dovecot => assert_eq!(resources, vec![]),
                Kind::Cyrus => assert_eq!(resources, vec![R::Storage, R::Message, R::Other("X-ANNOTATION-STORAGE".into()), R::Other("X-NUM-FOLDERS".into())]),
            }
        }
        let (storage_before, storage_limit) = resource(&before, "STORAGE");
        let (messages_before, message_limit) = resource(&before, "MESSAGE");
        assert_eq!((storage_limit, message_limit), (102_400, 10_000), "100 MiB and 10000 messages");

        // 40 KiB exactly, CRLF line ends: STORAGE grows by 40 (give or take rounding).
        let mut data = message("quota", "quoted@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "");
        let line = format!("{}\r\n", "q".repeat(62));
        while data.len() + line.len() <= 40 * 1024 {
            data.extend_from_slice(line.as_bytes());
        }
        data.resize(40 * 1024 - 2, b'q');
        data.extend_from_slice(b"\r\n");
        ok(server, "APPEND", aw!(user.append(name.as_str(), [AppendMessage::new(data)])));
        let (_, after) = quota_of!();
        assert_eq!(resource(&after, "MESSAGE").0, messages_before + 1);
        let grown = resource(&after, "STORAGE").0 - storage_before;
        assert!((39..=41).contains(&grown), "STORAGE grew by {grown} KiB for 40 KiB");

        match server.kind {
            Kind::Dovecot => {
                let quota = ok(server, "GETQUOTA", aw!(user.getquota(root.as_str()))).quotas;
                assert_eq!(quota, vec![after.clone()], "GETQUOTA tells what GETQUOTAROOT told");
                let text = expect_no(aw!(user.setquota(root.as_str(), &[("STORAGE", 1024)])));
                assert!(text.contains("only by admin"), "{text}");
                let mut admin = login!(server, Via::Plain, ADMIN);
                let text = expect_bad(aw!(admin.setquota(root.as_str(), &[("STORAGE", 1024)])));
                assert!(text.contains("Permission denied"), "{text}");
            }
            Kind::Cyrus => {
                let text = expect_no(aw!(user.getquota(root.as_str())));
                assert!(text.contains("Permission denied"), "GETQUOTA is for admins: {text}");
                let text = expect_no(aw!(user.setquota(root.as_str(), &[("STORAGE", 1024)])));
                assert!(text.contains("Permission denied"), "{text}");

                // The admin makes the test mailbox a quota root of its own.
                let mut admin = login!(server, Via::Plain, ADMIN);
                let admin_name = server.as_seen_by_others(QUOTED, &name);
                let typed = vec![(imapkit::types::QuotaResourceName::Storage, 500)];
                ok(server, "SETQUOTA", aw!(admin.setquota(admin_name.as_str(), typed)));
                let set = ok(server, "GETQUOTA", aw!(admin.getquota(admin_name.as_str()))).quotas;
                assert_eq!(set.len(), 1);
                assert_eq!(set[0].root, admin_name);
                let (usage, limit) = resource(&set[0], "STORAGE");
                assert_eq!(limit, 500);
                assert!((39..=41).contains(&usage), "usage of the new root is the one 40 KiB message: {usage}");
                let (own_root, own) = quota_of!();
                assert_eq!(own_root, name, "the user sees the new root under its own name");
                assert_eq!(resource(&own, "STORAGE").1, 500);
                // An empty list removes the limits; the root itself stays until the mailbox goes.
                ok(server, "SETQUOTA ()", aw!(admin.setquota(admin_name.as_str(), &[])));
                let (root_again, unlimited) = quota_of!();
                assert_eq!(root_again, name);
                assert!(unlimited.resources.is_empty(), "no limits left: {unlimited:?}");
            }
        }
        assert_eq!(user.session().state(), State::Authenticated);
    }
}

dual! {
    /// ANNOTATEMORE on Cyrus: set, read (with a UTF-8 value), remove; server annotations.
    /// Dovecot does not advertise it: the client refuses, and sent anyway the commands are BAD.
    pub fn annotation / annotation_async(server) {
        if server.kind == Kind::Dovecot {
            let mut client = login!(server, Via::StartTls, ALICE);
            let refused = aw!(client.getannotation("INBOX", &["/comment"], &["value.shared"]));
            assert!(
                matches!(refused, Err(Error::Capability { ref capability, .. }) if capability == "ANNOTATEMORE"),
                "{refused:?}"
            );
            client.session_mut().assume_capability("ANNOTATEMORE");
            let text = expect_bad(aw!(client.getannotation("INBOX", &["/comment"], &["value.shared"])));
            assert!(text.contains("Unknown command"), "GETANNOTATION: {text}");
            let text = expect_bad(aw!(client.setannotation("INBOX", "/comment", &[("value.shared", Some("x"))])));
            assert!(text.contains("Unknown command"), "SETANNOTATION: {text}");
            return;
        }
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("annotation");
        let mut client = login!(server, Via::StartTls, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        // The dialogue goes into the failure message.
        let wire = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = wire.clone();
        client.set_trace_level(TraceLevel::Commands);
        client.set_trace_sink(move |direction, text| {
            let arrow = if direction == Direction::Sent { "C:" } else { "S:" };
            sink.lock().unwrap().push_str(&format!("{arrow} {}\n", text.trim_end()));
        });
        let comment = "Grüße \"aus\" Köln";
        let set = aw!(client.setannotation(name.as_str(), "/comment", &[("value.shared", Some(comment))]));
        if let Err(error) = set {
            panic!("SETANNOTATION failed: {error}\n{}", wire.lock().unwrap());
        }
        let read = ok(server, "GETANNOTATION", aw!(client.getannotation(name.as_str(), &["/comment"], &["value.shared"])));
        assert_eq!(read.annotations.len(), 1, "{read:?}");
        let annotation = &read.annotations[0];
        assert_eq!(annotation.mailbox.to_utf8().as_deref(), Some(name.as_str()));
        assert_eq!(annotation.entry, "/comment");
        assert_eq!(annotation.attributes, vec![("value.shared".to_owned(), Some(comment.as_bytes().to_vec()))]);

        let both = ok(
            server,
            "GETANNOTATION",
            aw!(client.getannotation(name.as_str(), &["/comment"], &["value.shared", "value.priv"])),
        );
        let attributes: BTreeMap<_, _> = both.annotations[0].attributes.iter().cloned().collect();
        assert_eq!(attributes.get("value.priv"), Some(&None), "no private value set");
        assert_eq!(attributes.get("value.shared"), Some(&Some(comment.as_bytes().to_vec())));

        ok(server, "SETANNOTATION NIL", aw!(client.setannotation(name.as_str(), "/comment", &[("value.shared", None)])));
        let removed = ok(server, "GETANNOTATION", aw!(client.getannotation(name.as_str(), &["/comment"], &["value.shared"])));
        assert_eq!(removed.annotations[0].attributes, vec![("value.shared".to_owned(), None)]);

        let server_wide = ok(server, "GETANNOTATION \"\"", aw!(client.getannotation("", &["/comment"], &["value.shared"])));
        assert_eq!(server_wide.annotations.len(), 1);
        assert_eq!(server_wide.annotations[0].mailbox.as_wire(), b"");
    }
}

dual! {
    /// METADATA: private and shared entries on a mailbox (one value with a line break, so a
    /// literal), an absent entry, removal with NIL, and a private server entry.
    pub fn metadata / metadata_async(server) {
        // The server entry is per user: the two runs of this scenario take turns.
        let _serial = crate::support::serial();
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("metadata");
        let mut client = login!(server, Via::Tls, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let shared = "line one\r\nline two: Grüße";
        ok(
            server,
            "SETMETADATA",
            aw!(client.setmetadata(name.as_str(), &[("/private/comment", Some("mine")), ("/shared/comment", Some(shared))])),
        );
        // A macro, not a closure, so that the scenario runs through both clients (dual!).
        macro_rules! entries {
            ($mailbox:expr, $wanted:expr) => {{
                let mailbox: &str = $mailbox;
                let reply = ok(server, "GETMETADATA", aw!(client.getmetadata(mailbox, $wanted)));
                assert!(!reply.metadata.is_empty(), "a METADATA response");
                for response in &reply.metadata {
                    assert_eq!(response.mailbox.to_utf8().as_deref(), Some(mailbox));
                }
                reply.metadata.into_iter().flat_map(|m| m.entries).collect::<BTreeMap<String, Option<Vec<u8>>>>()
            }};
        }
        let read = entries!(&name, &["/private/comment", "/shared/comment", "/private/imap-rs-absent"]);
        assert_eq!(read.get("/private/comment"), Some(&Some(b"mine".to_vec())));
        assert_eq!(read.get("/shared/comment"), Some(&Some(shared.as_bytes().to_vec())));
        assert_eq!(read.get("/private/imap-rs-absent"), Some(&None), "an absent entry is NIL");

        ok(server, "SETMETADATA NIL", aw!(client.setmetadata(name.as_str(), &[("/private/comment", None)])));
        let read = entries!(&name, &["/private/comment"]);
        assert_eq!(read.get("/private/comment"), Some(&None));

        // Server metadata: mailbox "".
        let value = format!("imap-rs live {}", std::process::id());
        ok(server, "SETMETADATA \"\"", aw!(client.setmetadata("", &[("/private/comment", Some(value.as_str()))])));
        let read = entries!("", &["/private/comment"]);
        assert_eq!(read.get("/private/comment"), Some(&Some(value.into_bytes())));
        ok(server, "SETMETADATA \"\" NIL", aw!(client.setmetadata("", &[("/private/comment", None)])));
        assert_eq!(entries!("", &["/private/comment"]).get("/private/comment"), Some(&None));
    }
}
