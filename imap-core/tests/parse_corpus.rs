//! A corpus of real-looking server responses: each must frame and parse completely, and every
//! strict prefix of it must be Incomplete (never an error) through both the Framer and
//! `parse_one`.

mod common;

use imapkit_core::parse::{parse_one, parse_response, Frame, Framer, ParseOptions, Parsed};
use imapkit_core::types::*;

/// `{n}\r\n` + data.
fn lit(data: &str) -> String {
    format!("{{{}}}\r\n{data}", data.len())
}

/// Checks the framing properties of one corpus entry and returns its parse.
fn parse(entry: &[u8]) -> Response {
    let opts = ParseOptions::default();
    // Every strict prefix is Incomplete, through a fresh framer and parse_one.
    for k in 0..entry.len() {
        let prefix = &entry[..k];
        let mut framer = Framer::new(opts.clone());
        assert!(
            matches!(framer.next_frame(prefix), Ok(Frame::Incomplete { .. })),
            "prefix {k} of {:?} not incomplete",
            String::from_utf8_lossy(entry)
        );
        assert!(
            matches!(parse_one(prefix, &opts), Ok(Parsed::Incomplete { .. })),
            "parse_one on prefix {k} of {:?}",
            String::from_utf8_lossy(entry)
        );
    }
    // One framer fed byte by byte completes exactly at the end.
    let mut framer = Framer::new(opts.clone());
    for k in 0..entry.len() {
        assert!(matches!(framer.next_frame(&entry[..k]), Ok(Frame::Incomplete { .. })));
    }
    assert_eq!(framer.next_frame(entry), Ok(Frame::Complete(entry.len())));
    // Nothing left over, and a following response is not swallowed.
    let mut two = entry.to_vec();
    two.extend_from_slice(b"* 1 EXISTS\r\n");
    let response = match parse_one(&two, &opts) {
        Ok(Parsed::Complete { response, consumed }) => {
            assert_eq!(consumed, entry.len(), "{:?}", String::from_utf8_lossy(entry));
            response
        }
        other => panic!("{:?}: {other:?}", String::from_utf8_lossy(entry)),
    };
    assert_eq!(parse_response(entry, &opts).as_ref(), Ok(&response));
    common::same_as_owned(entry);
    response
}

fn untagged(entry: &str) -> Untagged {
    match parse(entry.as_bytes()) {
        Response::Untagged(u) => u,
        other => panic!("not untagged: {other:?}"),
    }
}

fn status(entry: &str) -> Status {
    match untagged(entry) {
        Untagged::Status(s) => s,
        other => panic!("not a status: {other:?}"),
    }
}

fn tagged(entry: &str) -> (String, Status) {
    match parse(entry.as_bytes()) {
        Response::Tagged { tag, status } => (tag, status),
        other => panic!("not tagged: {other:?}"),
    }
}

fn fetch(entry: &str) -> Fetch {
    match untagged(entry) {
        Untagged::Fetch(f) => f,
        other => panic!("not a fetch: {other:?}"),
    }
}

fn seq(text: &str) -> SequenceSet {
    text.parse().unwrap()
}

fn b(text: &str) -> Option<Vec<u8>> {
    Some(text.as_bytes().to_vec())
}

#[test]
fn greetings_and_status_responses() {
    let s = status("* OK IMAP4rev1 Service Ready\r\n");
    assert_eq!((s.kind, s.code, s.text.as_str()), (StatusKind::Ok, None, "IMAP4rev1 Service Ready"));

    let s = status(
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.\r\n",
    );
    assert_eq!(
        s.code,
        Some(Code::Capability(
            ["IMAP4rev1", "SASL-IR", "LOGIN-REFERRALS", "ID", "ENABLE", "IDLE", "LITERAL+", "STARTTLS", "AUTH=PLAIN"]
                .map(String::from)
                .to_vec()
        ))
    );
    assert_eq!(s.text, "Dovecot ready.");

    let s = status("* PREAUTH IMAP4rev1 server logged in as Smith\r\n");
    assert_eq!(s.kind, StatusKind::PreAuth);
    let s = status("* BYE IMAP4rev1 Server logging out\r\n");
    assert_eq!(s.kind, StatusKind::Bye);
    let s = status("* NO Disk is 98% full, please delete unnecessary data\r\n");
    assert_eq!((s.kind, s.text.as_str()), (StatusKind::No, "Disk is 98% full, please delete unnecessary data"));

    let (tag, s) = tagged("a001 OK LOGIN completed\r\n");
    assert_eq!((tag.as_str(), s.kind, s.text.as_str()), ("a001", StatusKind::Ok, "LOGIN completed"));
    let (tag, s) = tagged("A142 OK [READ-WRITE] SELECT completed\r\n");
    assert_eq!((tag.as_str(), s.code), ("A142", Some(Code::ReadWrite)));
    let (_, s) = tagged("A932 OK [READ-ONLY] EXAMINE completed\r\n");
    assert_eq!(s.code, Some(Code::ReadOnly));
    let (_, s) = tagged("A003 NO [TRYCREATE] No such mailbox\r\n");
    assert_eq!((s.kind, s.code), (StatusKind::No, Some(Code::TryCreate)));
    let (_, s) = tagged("A1 BAD [PARSE] Command unknown\r\n");
    assert_eq!((s.kind, s.code), (StatusKind::Bad, Some(Code::Parse)));
}

/// Q-TEXT-LITERAL: response text that ends like a literal header is text (real servers'
/// quota and alert messages); the next response is not swallowed (checked by `parse`, also
/// byte by byte and in the borrowed form).
#[test]
fn status_text_ending_in_braces_is_text() {
    let s = status("* OK Your quota is {5}\r\n");
    assert_eq!(s.text, "Your quota is {5}");
    let s = status("* NO [ALERT] Mailbox over quota {12}\r\n");
    assert_eq!((s.code, s.text.as_str()), (Some(Code::Alert), "Mailbox over quota {12}"));
    let s = status("* bye  going {0+}\r\n");
    assert_eq!((s.kind, s.text.as_str()), (StatusKind::Bye, "going {0+}"));
    let s = status("* PREAUTH hello {3}\r\n");
    assert_eq!(s.kind, StatusKind::PreAuth);
    let (tag, s) = tagged("A7 NO [OVERQUOTA] Quota exceeded {99999999999999999999999}\r\n");
    assert_eq!((tag.as_str(), s.kind), ("A7", StatusKind::No));
    let (_, s) = tagged("A8 bad what is ~{4}\r\n");
    assert_eq!(s.text, "what is ~{4}");
    let Response::Continuation(c) = parse(b"+ send {5}\r\n") else { panic!() };
    assert_eq!(c.text, "send {5}");
    // Where the grammar has a string, `{n}` at the line end still announces a literal.
    let Untagged::List(l) = untagged(&format!("* LIST () \"/\" {}\r\n", lit("OK"))) else { panic!() };
    assert_eq!(l.mailbox.as_wire(), b"OK");
}

#[test]
fn select_response_codes() {
    assert_eq!(untagged("* 18 EXISTS\r\n"), Untagged::Exists(18));
    assert_eq!(untagged("* 2 RECENT\r\n"), Untagged::Recent(2));
    assert_eq!(untagged("* 22 EXPUNGE\r\n"), Untagged::Expunge(22));
    let s = status("* OK [UNSEEN 17] Message 17 is the first unseen message\r\n");
    assert_eq!((s.code, s.text.as_str()), (Some(Code::Unseen(17)), "Message 17 is the first unseen message"));
    let u = untagged("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n");
    assert_eq!(u.kind(), "OK[UIDVALIDITY]");
    assert!(matches!(u, Untagged::Status(Status { code: Some(Code::UidValidity(3857529045)), .. })));
    assert_eq!(status("* OK [UIDNEXT 4392] Predicted next UID\r\n").code, Some(Code::UidNext(4392)));
    assert_eq!(
        untagged("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"),
        Untagged::Flags(vec![Flag::Answered, Flag::Flagged, Flag::Deleted, Flag::Seen, Flag::Draft])
    );
    assert_eq!(
        status("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n").code,
        Some(Code::PermanentFlags(vec![Flag::Deleted, Flag::Seen, Flag::MayCreate]))
    );
    assert_eq!(status("* OK [HIGHESTMODSEQ 715194045007] Highest\r\n").code, Some(Code::HighestModSeq(715194045007)));
    assert_eq!(
        status("* OK [NOMODSEQ] Sorry, this mailbox format doesn't support modsequences\r\n").code,
        Some(Code::NoModSeq)
    );
    assert_eq!(status("* OK [CLOSED] Previous mailbox closed.\r\n").code, Some(Code::Closed));
    let (_, s) = tagged("d105 OK [MODIFIED 7,9] Conditional STORE failed\r\n");
    assert_eq!(s.code, Some(Code::Modified(seq("7,9"))));
}

#[test]
fn other_codes() {
    let (_, s) = tagged("A003 OK [APPENDUID 38505 3955] APPEND completed\r\n");
    assert_eq!(s.code, Some(Code::AppendUid { uid_validity: 38505, uids: seq("3955") }));
    let (_, s) = tagged("A004 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
    assert_eq!(
        s.code,
        Some(Code::CopyUid { uid_validity: 38505, source: seq("304,319:320"), destination: seq("3956:3958") })
    );
    let (_, s) = tagged("A1 NO [BADCHARSET (UTF-8 US-ASCII)] unsupported charset\r\n");
    assert_eq!(s.code, Some(Code::BadCharset(vec!["UTF-8".into(), "US-ASCII".into()])));
    let (_, s) = tagged("A1 NO [OVERQUOTA] Quota exceeded\r\n");
    assert_eq!(s.code.as_ref().map(Code::name), Some("OVERQUOTA"));
    let (_, s) = tagged("A1 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
    assert_eq!(s.code, Some(Code::AuthenticationFailed));
    let s = status("* OK [ALERT] System shutdown in 10 minutes\r\n");
    assert_eq!((s.code, s.text.as_str()), (Some(Code::Alert), "System shutdown in 10 minutes"));
    let s = status("* NO [XYZZY foo (1 \"two\")] odd\r\n");
    assert_eq!(
        s.code,
        Some(Code::Other {
            name: "XYZZY".into(),
            value: Some(Value::List(vec![
                Value::Atom("foo".into()),
                Value::List(vec![Value::Number(1), Value::String(b"two".to_vec())])
            ]))
        })
    );
    assert_eq!(s.code.as_ref().map(Code::name), Some("XYZZY"));
    let s = status("* OK [METADATA LONGENTRIES 2199] Some entries were too long\r\n");
    assert_eq!(s.code.as_ref().map(Code::name), Some("METADATA"));
    let (_, s) = tagged("a NO [UIDNOTSTICKY] Non-persistent UIDs\r\n");
    assert_eq!(s.code.as_ref().map(Code::name), Some("UIDNOTSTICKY"));
    let (_, s) = tagged("a NO [ALREADYEXISTS] Mailbox exists\r\n");
    assert_eq!(s.code.as_ref().map(Code::name), Some("ALREADYEXISTS"));
}

#[test]
fn continuation_requests() {
    let Response::Continuation(c) = parse(b"+ Ready for additional command text\r\n") else { panic!() };
    assert_eq!((c.text.as_str(), c.code), ("Ready for additional command text", None));
    assert_eq!(c.raw, b"Ready for additional command text");
    let challenge = "YGgGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzBeBiVHeceP2CWY0SR0fAQAgAAQEBAQ=";
    let Response::Continuation(c) = parse(format!("+ {challenge}\r\n").as_bytes()) else { panic!() };
    assert_eq!(c.raw, challenge.as_bytes());
    let Response::Continuation(c) = parse(b"+\r\n") else { panic!() };
    assert_eq!((c.raw.len(), c.text.as_str()), (0, ""));
    let Response::Continuation(c) = parse(b"+ \r\n") else { panic!() };
    assert!(c.raw.is_empty());
    let Response::Continuation(c) = parse(b"+ [ALERT] go on\r\n") else { panic!() };
    assert_eq!((c.code, c.text.as_str()), (Some(Code::Alert), "go on"));
}

#[test]
fn capability_list_lsub_status() {
    assert_eq!(
        untagged("* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\n"),
        Untagged::Capability(["IMAP4rev1", "STARTTLS", "AUTH=GSSAPI", "LOGINDISABLED"].map(String::from).to_vec())
    );
    let Untagged::List(l) = untagged("* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n") else { panic!() };
    assert_eq!(l.attributes, vec!["\\Noselect"]);
    assert_eq!(l.delimiter, Some('/'));
    assert_eq!(l.mailbox.as_wire(), b"~/Mail/foo");
    assert!(l.has_attribute("noselect"));
    let Untagged::List(l) = untagged("* LIST () NIL INBOX\r\n") else { panic!() };
    assert_eq!((l.attributes.len(), l.delimiter), (0, None));
    assert!(l.mailbox.is_inbox());
    let Untagged::List(l) = untagged("* LIST (\\HasNoChildren \\Drafts) \".\" \"Entw&APw-rfe\"\r\n") else { panic!() };
    assert_eq!(l.mailbox.to_utf8().as_deref(), Some("Entw\u{fc}rfe"));
    assert_eq!(l.delimiter, Some('.'));
    let Untagged::List(l) = untagged("* LIST (\\Marked) \"\\\\\" Foo\\Bar\r\n") else { panic!() };
    assert_eq!(l.delimiter, Some('\\'));
    let Untagged::List(l) = untagged(&format!("* LIST () \"/\" {}\r\n", lit("odd \"name\""))) else { panic!() };
    assert_eq!(l.mailbox.as_wire(), b"odd \"name\"");
    let Untagged::List(l) = untagged(
        "* LIST (\\Subscribed \\NonExistent) \"/\" \"Foo\" (\"CHILDINFO\" (\"SUBSCRIBED\") \"OLDNAME\" (\"Bar\"))\r\n",
    ) else {
        panic!()
    };
    assert_eq!(l.extended.len(), 2);
    assert_eq!(l.extended[0], ("CHILDINFO".into(), Value::List(vec![Value::String(b"SUBSCRIBED".to_vec())])));
    let u = untagged("* LSUB () \".\" #news.comp.mail.mime\r\n");
    assert_eq!(u.kind(), "LSUB");
    let Untagged::MailboxStatus(s) = untagged("* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n") else {
        panic!()
    };
    assert_eq!(s.mailbox.as_wire(), b"blurdybloop");
    assert_eq!((s.messages(), s.uid_next(), s.unseen()), (Some(231), Some(44292), None));
    let Untagged::MailboxStatus(s) = untagged(
        "* STATUS \"INBOX\" (MESSAGES 52 RECENT 0 UIDNEXT 4827 UIDVALIDITY 1467191213 UNSEEN 3 HIGHESTMODSEQ 90060115205545359 SIZE 3081426)\r\n",
    ) else {
        panic!()
    };
    assert_eq!(s.highest_modseq(), Some(90060115205545359));
    assert_eq!(s.uid_validity(), Some(1467191213));
    assert_eq!(s.size(), Some(3081426));
}

#[test]
fn search_sort_thread_esearch() {
    assert_eq!(untagged("* SEARCH 2 84 882\r\n"), Untagged::Search { numbers: vec![2, 84, 882], modseq: None });
    assert_eq!(untagged("* SEARCH\r\n"), Untagged::Search { numbers: vec![], modseq: None });
    assert_eq!(
        untagged("* SEARCH 2 5 6 7 11 12 18 19 20 23 (MODSEQ 917162500)\r\n"),
        Untagged::Search { numbers: vec![2, 5, 6, 7, 11, 12, 18, 19, 20, 23], modseq: Some(917162500) }
    );
    assert_eq!(untagged("* SORT 5 3 4 1 2\r\n"), Untagged::Sort { numbers: vec![5, 3, 4, 1, 2], modseq: None });
    let Untagged::Thread(threads) = untagged("* THREAD (2)(3 6 (4 23)(44 7 96))\r\n") else { panic!() };
    assert_eq!(
        threads,
        vec![
            Thread { messages: vec![2], children: vec![] },
            Thread {
                messages: vec![3, 6],
                children: vec![
                    Thread { messages: vec![4, 23], children: vec![] },
                    Thread { messages: vec![44, 7, 96], children: vec![] }
                ]
            }
        ]
    );
    let Untagged::Thread(threads) = untagged("* THREAD ((3)(5))\r\n") else { panic!() };
    assert_eq!(threads[0].messages.len(), 0);
    assert_eq!(threads[0].children.len(), 2);
    assert_eq!(untagged("* THREAD\r\n"), Untagged::Thread(vec![]));

    let Untagged::ESearch(e) = untagged("* ESEARCH (TAG \"A285\") UID MIN 7 MAX 3800\r\n") else { panic!() };
    assert_eq!((e.tag.as_deref(), e.uid, e.min, e.max, e.count), (Some("A285"), true, Some(7), Some(3800), None));
    let Untagged::ESearch(e) = untagged("* ESEARCH (TAG \"A284\") COUNT 5 ALL 4:19,21,28\r\n") else { panic!() };
    assert_eq!((e.count, e.all), (Some(5), Some(seq("4:19,21,28"))));
    let Untagged::ESearch(e) = untagged("* ESEARCH (TAG \"a\") UID ALL 1:3 MODSEQ 1234 PARTIAL (1:10 4,7)\r\n") else {
        panic!()
    };
    assert_eq!(e.modseq, Some(1234));
    // RFC 9394's PARTIAL is typed.
    let partial = e.partial.as_deref().unwrap();
    assert_eq!((partial.range, partial.results.clone()), ((1, 10), Some(seq("4,7"))));
    assert!(e.other.is_empty());
    let Untagged::ESearch(e) = untagged("* ESEARCH\r\n") else { panic!() };
    assert_eq!(*e, ESearch::default());
}

#[test]
fn namespace_acl_quota() {
    let Untagged::Namespace(ns) = untagged(
        "* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" \"/\")(\"#news.\" \".\"))\r\n",
    ) else {
        panic!()
    };
    assert_eq!(ns.personal.as_ref().unwrap()[0].prefix.as_wire(), b"");
    assert_eq!(ns.other.as_ref().unwrap()[0].prefix.as_wire(), b"~");
    let shared = ns.shared.unwrap();
    assert_eq!(shared.len(), 3);
    assert_eq!(shared[2].delimiter, Some('.'));
    let Untagged::Namespace(ns) =
        untagged("* NAMESPACE ((\"\" \"/\")(\"#mh/\" \"/\" \"X-PARAM\" (\"FLAG1\" \"FLAG2\"))) NIL NIL\r\n")
    else {
        panic!()
    };
    let personal = ns.personal.unwrap();
    assert_eq!(personal[1].extensions, vec![("X-PARAM".to_string(), vec!["FLAG1".to_string(), "FLAG2".to_string()])]);
    assert_eq!((ns.other, ns.shared), (None, None));

    let Untagged::Acl { mailbox, entries } = untagged("* ACL INBOX Fred rwipslxetad \"John Doe\" lr\r\n") else {
        panic!()
    };
    assert!(mailbox.is_inbox());
    assert_eq!(entries, vec![("Fred".into(), "rwipslxetad".into()), ("John Doe".into(), "lr".into())]);
    assert_eq!(
        untagged("* LISTRIGHTS ~/Mail/saved smith la r swicdkxte\r\n"),
        Untagged::ListRights {
            mailbox: Mailbox::from_wire(b"~/Mail/saved".to_vec()),
            identifier: "smith".into(),
            required: "la".into(),
            optional: vec!["r".into(), "swicdkxte".into()],
        }
    );
    assert_eq!(
        untagged("* MYRIGHTS INBOX rwiptsldaex\r\n"),
        Untagged::MyRights { mailbox: Mailbox::from_wire(b"INBOX".to_vec()), rights: "rwiptsldaex".into() }
    );
    assert_eq!(
        untagged("* QUOTA \"\" (STORAGE 10 512 MESSAGE 3 1000)\r\n"),
        Untagged::Quota {
            root: String::new(),
            resources: vec![
                QuotaResource { name: "STORAGE".into(), usage: 10, limit: 512 },
                QuotaResource { name: "MESSAGE".into(), usage: 3, limit: 1000 }
            ]
        }
    );
    assert_eq!(
        untagged("* QUOTAROOT INBOX \"\" user.fred\r\n"),
        Untagged::QuotaRoot {
            mailbox: Mailbox::from_wire(b"INBOX".to_vec()),
            roots: vec![String::new(), "user.fred".into()]
        }
    );
    let Untagged::QuotaRoot { roots, .. } = untagged("* QUOTAROOT comp.mail.mime\r\n") else { panic!() };
    assert!(roots.is_empty());
}

#[test]
fn annotation_metadata_id_enabled_vanished() {
    let u = untagged("* ANNOTATION INBOX \"/comment\" (\"value.priv\" \"My comment\" \"value.shared\" NIL)\r\n");
    assert_eq!(u.kind(), "ANNOTATION");
    let Untagged::Annotation { mailbox, entry, attributes, further } = u else { panic!() };
    assert!(mailbox.is_inbox());
    assert_eq!(entry, "/comment");
    assert_eq!(attributes, vec![("value.priv".into(), b("My comment")), ("value.shared".into(), None)]);
    assert!(further.is_empty());
    let Untagged::Annotation { entry, further, .. } = untagged(
        "* ANNOTATION \"\" \"/motd\" (\"value.shared\" \"Hello\") \"/admin\" (\"value.shared\" {11}\r\nroot@x.test)\r\n",
    ) else {
        panic!()
    };
    assert_eq!(entry, "/motd");
    assert_eq!(further[0].attributes, vec![("value.shared".into(), b("root@x.test"))]);

    let Untagged::Metadata { mailbox, entries } = untagged("* METADATA \"\" (/shared/comment \"Shared comment\")\r\n")
    else {
        panic!()
    };
    assert_eq!(mailbox.as_wire(), b"");
    assert_eq!(entries, vec![("/shared/comment".into(), b("Shared comment"))]);
    let comment = "My new comment\r\nacross two lines.";
    let Untagged::Metadata { entries, .. } =
        untagged(&format!("* METADATA INBOX (/private/comment {} /shared/x NIL)\r\n", lit(comment)))
    else {
        panic!()
    };
    assert_eq!(entries, vec![("/private/comment".into(), b(comment)), ("/shared/x".into(), None)]);
    let u = untagged("* METADATA INBOX /shared/comment /private/comment\r\n");
    assert_eq!(u.kind(), "METADATA");
    assert_eq!(
        u,
        Untagged::MetadataNames {
            mailbox: Mailbox::from_wire(b"INBOX".to_vec()),
            entries: vec!["/shared/comment".into(), "/private/comment".into()]
        }
    );

    assert_eq!(
        untagged("* ID (\"name\" \"Cyrus\" \"version\" \"1.5\" \"support-url\" \"mailto:cyrus-bugs+@andrew.cmu.edu\" \"os\" NIL)\r\n"),
        Untagged::Id(Some(vec![
            ("name".into(), b("Cyrus")),
            ("version".into(), b("1.5")),
            ("support-url".into(), b("mailto:cyrus-bugs+@andrew.cmu.edu")),
            ("os".into(), None),
        ]))
    );
    assert_eq!(untagged("* ID NIL\r\n"), Untagged::Id(None));
    assert_eq!(
        untagged("* ENABLED CONDSTORE QRESYNC\r\n"),
        Untagged::Enabled(vec!["CONDSTORE".into(), "QRESYNC".into()])
    );
    assert_eq!(untagged("* ENABLED\r\n"), Untagged::Enabled(vec![]));
    assert_eq!(
        untagged("* VANISHED (EARLIER) 41,43:116,118,120:211,214:540\r\n"),
        Untagged::Vanished { earlier: true, uids: seq("41,43:116,118,120:211,214:540") }
    );
    assert_eq!(untagged("* VANISHED 405,407,410\r\n"), Untagged::Vanished { earlier: false, uids: seq("405,407,410") });
}

#[test]
fn other_untagged_responses() {
    let u = untagged("* XSITE 12 (a \"b\" {3}\r\nxyz)\r\n");
    assert_eq!(u.kind(), "XSITE");
    assert_eq!(
        u,
        Untagged::Other {
            number: None,
            name: "XSITE".into(),
            values: vec![
                Value::Number(12),
                Value::List(vec![
                    Value::Atom("a".into()),
                    Value::String(b"b".to_vec()),
                    Value::String(b"xyz".to_vec())
                ])
            ]
        }
    );
    assert_eq!(
        untagged("* 7 XFOO bar\r\n"),
        Untagged::Other { number: Some(7), name: "XFOO".into(), values: vec![Value::Atom("bar".into())] }
    );
    // Gmail's XLIST reads as LIST (same grammar and meaning).
    let Untagged::List(item) = untagged("* xlist (\\HasNoChildren \\Inbox) \"/\" \"Inbox\"\r\n") else { panic!() };
    assert_eq!(item.mailbox.as_wire(), b"Inbox");
    let u = untagged("* CONVERSATIONS 12 (BODY[1.2] NIL x-y)\r\n");
    let Untagged::Other { values, .. } = u else { panic!() };
    assert_eq!(values[1], Value::List(vec![Value::Atom("BODY[1.2]".into()), Value::Nil, Value::Atom("x-y".into())]));
}

const RFC3501_FETCH: &str = "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" \
RFC822.SIZE 4286 ENVELOPE (\"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\" \
\"IMAP4rev1 WG mtg summary and minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) \
((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) \
((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL NIL \"minutes\" \"CNRI.Reston.VA.US\")\
(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL \"<B27397-0100000@cac.washington.edu>\") \
BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n";

#[test]
fn fetch_rfc3501_example() {
    let f = fetch(RFC3501_FETCH);
    assert_eq!(f.seq, 12);
    assert_eq!(f.flags(), Some(&[Flag::Seen][..]));
    assert_eq!(f.size(), Some(4286));
    let date = f.internal_date().unwrap();
    assert_eq!(date.raw, "17-Jul-1996 02:44:25 -0700");
    assert_eq!(date.timestamp().unwrap().to_string(), "1996-07-17T09:44:25Z");
    assert!(date.to_internal_date().is_some());
    let env = f.envelope().unwrap().to_envelope();
    assert_eq!(env.subject_decoded().as_deref(), Some("IMAP4rev1 WG mtg summary and minutes"));
    assert_eq!(env.from[0].name.as_deref(), Some(&b"Terry Gray"[..]));
    assert_eq!(env.from[0].email().as_deref(), Some("gray@cac.washington.edu"));
    assert_eq!(env.cc.len(), 2);
    assert_eq!(env.cc[1].mailbox.as_deref(), Some(&b"KLENSIN"[..]));
    assert!(env.bcc.is_empty());
    assert_eq!(env.in_reply_to, None);
    assert_eq!(env.message_id.as_deref(), Some(&b"<B27397-0100000@cac.washington.edu>"[..]));
    let structure = f.body_structure().unwrap().to_body_structure();
    let body = structure.as_single().unwrap();
    assert_eq!(body.mime_type(), "text/plain");
    assert_eq!(body.param("charset"), Some(&b"US-ASCII"[..]));
    assert_eq!(body.fields.octets, 3028);
    assert_eq!(body.kind, SinglePartKind::Text { lines: 92 });
    assert_eq!(body.extension, None);
}

#[test]
fn fetch_literals_sections_and_flags() {
    let header = "Date: Wed, 17 Jul 1996 02:23:25 -0700 (PDT)\r\nFrom: Terry Gray <gray@cac.washington.edu>\r\n\r\n";
    let f = fetch(&format!("* 12 FETCH (BODY[HEADER] {} UID 4827313)\r\n", lit(header)));
    assert_eq!(f.header(), Some(header.as_bytes()));
    assert_eq!(f.body_section("header"), Some(header.as_bytes()));
    assert_eq!(f.uid(), Some(4827313));

    let f = fetch(&format!(
        "* 3 FETCH (UID 9 BODY[1.2.HEADER.FIELDS (FROM SUBJECT)]<0> {} BODY[2] NIL BODY[]<100> {})\r\n",
        lit("From: x\r\n\r\n"),
        lit("part")
    ));
    let FetchAttr::BodySection(item) = &f.attrs[1] else { panic!() };
    let BodySection { section, origin, data } = &**item;
    assert_eq!(section.part, vec![1, 2]);
    assert_eq!(
        section.text,
        Some(SectionText::HeaderFields { not: false, fields: vec!["FROM".into(), "SUBJECT".into()] })
    );
    assert_eq!(section.to_string(), "1.2.HEADER.FIELDS (FROM SUBJECT)");
    assert_eq!((*origin, data.as_deref()), (Some(0), Some(&b"From: x\r\n\r\n"[..])));
    assert_eq!(f.body_section("1.2.header.fields  (from subject)"), Some(&b"From: x\r\n\r\n"[..]));
    assert_eq!(f.body_section("2"), None);
    assert!(matches!(&f.attrs[2], FetchAttr::BodySection(item) if item.data.is_none()));
    assert_eq!(f.rfc822(), Some(&b"part"[..]));

    let f = fetch("* 23 FETCH (FLAGS (\\Seen $Forwarded \\Recent NonJunk) UID 4827313)\r\n");
    assert_eq!(
        f.flags().unwrap(),
        &[Flag::Seen, Flag::Keyword("$Forwarded".into()), Flag::Recent, Flag::Keyword("NonJunk".into())]
    );
    let f = fetch(&format!("* 2 FETCH (RFC822 {} RFC822.HEADER NIL RFC822.TEXT \"\")\r\n", lit("whole")));
    assert_eq!(
        f.attrs,
        vec![FetchAttr::Rfc822(b("whole")), FetchAttr::Rfc822Header(None), FetchAttr::Rfc822Text(b(""))]
    );
    let f = fetch("* 1 FETCH (BODY[HEADER.FIELDS.NOT (\"Received\" X-Spam)] {0}\r\n)\r\n");
    let FetchAttr::BodySection(item) = &f.attrs[0] else { panic!() };
    let BodySection { section, data, .. } = &**item;
    assert_eq!(
        section.text,
        Some(SectionText::HeaderFields { not: true, fields: vec!["Received".into(), "X-Spam".into()] })
    );
    assert_eq!(data.as_deref(), Some(&b""[..]));
    let f = fetch(
        "* 1 FETCH (BODY[1.MIME] \"Content-Type: text/plain\r\n\" BODY[3.TEXT] NIL)\r\n"
            .replace("\r\n\"", "\"")
            .as_str(),
    );
    let FetchAttr::BodySection(item) = &f.attrs[0] else { panic!() };
    assert_eq!(&item.section, &Section { part: vec![1], text: Some(SectionText::Mime) });
}

#[test]
fn fetch_extensions() {
    let f = fetch("* 4 FETCH (UID 8 MODSEQ (12121231000) FLAGS (\\Seen))\r\n");
    assert_eq!((f.uid(), f.modseq()), (Some(8), Some(12121231000)));
    let f = fetch("* 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9) UID 1)\r\n");
    assert_eq!((f.email_id(), f.thread_id()), (Some("M6d99ac3275bb4e"), Some("T64b478a75b7ea9")));
    let f = fetch("* 2 FETCH (EMAILID (M00000002) THREADID NIL)\r\n");
    assert_eq!(f.attrs[1], FetchAttr::ThreadId(None));
    let f = fetch(
        "* 1 FETCH (X-GM-THRID 1266894439832287888 X-GM-MSGID 1278455344230334865 X-GM-LABELS (\\Inbox \\Sent Important \"Muy Importante\") UID 5)\r\n",
    );
    assert_eq!(f.attrs[0], FetchAttr::GmThrId(1266894439832287888));
    assert_eq!(f.attrs[1], FetchAttr::GmMsgId(1278455344230334865));
    assert_eq!(
        f.gm_labels().unwrap(),
        &[b"\\Inbox".to_vec(), b"\\Sent".to_vec(), b"Important".to_vec(), b"Muy Importante".to_vec()]
    );
    let mut entry = b"* 1 FETCH (BINARY[1] ~{5}\r\nhe\0lo BINARY.SIZE[1] 5 BINARY[]<4> {2}\r\n\xff\xfe)\r\n".to_vec();
    let Response::Untagged(Untagged::Fetch(f)) = parse(&entry) else { panic!() };
    assert_eq!(f.binary(&[1]), Some(&b"he\0lo"[..]));
    assert_eq!(f.attrs[1], FetchAttr::BinarySize { section: vec![1].into(), size: 5 });
    assert_eq!(
        f.attrs[2],
        FetchAttr::Binary(Box::new(BinarySection { section: vec![], origin: Some(4), data: Some(vec![0xff, 0xfe]) }))
    );
    entry.clear();
    let f = fetch("* 1 FETCH (X-UNKNOWN (1 2) X-SECTION[1.2]<5> \"abc\" X-LAST)\r\n");
    assert_eq!(f.other("x-unknown"), Some(&Value::List(vec![Value::Number(1), Value::Number(2)])));
    assert_eq!(
        f.attrs[1],
        FetchAttr::Other(Box::new(OtherAttr {
            name: "X-SECTION[1.2]<5>".into(),
            value: Value::String(b"abc".to_vec())
        }))
    );
    assert_eq!(f.attrs[2], FetchAttr::Other(Box::new(OtherAttr { name: "X-LAST".into(), value: Value::Nil })));
    let f = fetch("* 5 FETCH (PREVIEW \"Hello there\" SAVEDATE NIL)\r\n");
    // RFC 8970 and RFC 8514 items are typed.
    assert_eq!((f.preview(), f.save_date()), (Some(Some("Hello there")), Some(None)));
}

const BODYSTRUCTURE_RFC3501: &str =
    "* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)\
(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") \"<960723163407.20117h@cac.washington.edu>\" \
\"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\"))\r\n";

const BODYSTRUCTURE_DOVECOT: &str = "* 5 FETCH (UID 42 BODYSTRUCTURE (((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \
\"quoted-printable\" 1204 31 NIL NIL NIL NIL)(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 5830 118 \
NIL NIL NIL NIL) \"alternative\" (\"boundary\" \"b2\") NIL NIL NIL)(\"application\" \"pdf\" (\"name\" \"report.pdf\") NIL NIL \
\"base64\" 184330 NIL (\"attachment\" (\"filename\" \"report.pdf\" \"size\" \"134694\")) NIL NIL)(\"message\" \"rfc822\" NIL \
NIL NIL \"7bit\" 2210 (\"Mon, 7 Feb 1994 21:52:25 -0800 (PST)\" \"Fwd: hi\" ((\"Fred\" NIL \"fred\" \"example.com\")) \
((\"Fred\" NIL \"fred\" \"example.com\")) ((\"Fred\" NIL \"fred\" \"example.com\")) ((NIL NIL \"joe\" \"example.com\")) NIL \
NIL NIL \"<x@example.com>\") (\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 12 1 NIL NIL NIL NIL) 40 NIL \
NIL NIL NIL) \"mixed\" (\"boundary\" \"b1\") NIL (\"en\" \"de\") NIL))\r\n";

const BODYSTRUCTURE_CYRUS: &str = "* 9 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"iso-8859-1\" \"FORMAT\" \
\"flowed\") NIL NIL \"8BIT\" 433 12 NIL NIL \"de\" NIL)(\"IMAGE\" \"JPEG\" (\"NAME\" \"=?UTF-8?Q?B=C3=A4r.jpg?=\") \
\"<img1@host>\" NIL \"BASE64\" 40612 \"Q2hlY2sgSW50ZWdyaXR5IQ==\" (\"INLINE\" (\"FILENAME\" \"bar.jpg\")) NIL \
\"http://example.com/bar.jpg\" (\"X-EXT\" 7)) \"RELATED\" (\"TYPE\" \"text/plain\" \"BOUNDARY\" \"==b==\") (\"INLINE\" NIL) \
NIL NIL) UID 77)\r\n";

#[test]
fn bodystructures() {
    let f = fetch(BODYSTRUCTURE_RFC3501);
    let body = f.body_structure().unwrap().to_body_structure();
    let multi = body.as_multipart().unwrap();
    assert_eq!((multi.subtype.as_str(), multi.parts.len(), multi.extension.is_none()), ("MIXED", 2, true));
    let part2 = body.part("2").unwrap().as_single().unwrap();
    assert_eq!(part2.param("name"), Some(&b"cc.diff"[..]));
    assert_eq!(part2.fields.id.as_deref(), Some(&b"<960723163407.20117h@cac.washington.edu>"[..]));
    assert_eq!(part2.fields.description.as_deref(), Some(&b"Compiler diff"[..]));
    assert_eq!((part2.fields.encoding.as_str(), part2.fields.octets), ("BASE64", 4554));

    let f = fetch(BODYSTRUCTURE_DOVECOT);
    assert_eq!(f.uid(), Some(42));
    let body = f.body_structure().unwrap().to_body_structure();
    assert_eq!(body.mime_type(), "multipart/mixed");
    let multi = body.as_multipart().unwrap();
    assert_eq!(multi.params, vec![("boundary".into(), b"b1".into())].into());
    assert_eq!(multi.extension.as_ref().unwrap().language, Some(vec![b"en".into(), b"de".into()]));
    assert_eq!(body.part("1").unwrap().mime_type(), "multipart/alternative");
    assert_eq!(body.part("1.2").unwrap().mime_type(), "text/html");
    let pdf = body.part("2").unwrap().as_single().unwrap();
    let dsp = pdf.disposition().unwrap();
    assert_eq!((dsp.kind.as_str(), dsp.param("FILENAME")), ("attachment", Some(&b"report.pdf"[..])));
    let msg = body.part("3").unwrap().as_single().unwrap();
    let SinglePartKind::Message(message) = &msg.kind else { panic!("{msg:?}") };
    assert_eq!((message.envelope.subject.as_deref(), message.lines), (Some(&b"Fwd: hi"[..]), 40));
    assert_eq!(message.body.mime_type(), "text/plain");
    assert_eq!(body.part("3.1").unwrap().mime_type(), "text/plain");
    assert_eq!(body.part("4"), None);
    assert_eq!(body.part("1.2.1"), None);
    let numbers: Vec<String> = body.parts().into_iter().map(|(n, _)| n).collect();
    assert_eq!(numbers, vec!["1", "1.1", "1.2", "2", "3", "3.1"]);

    let f = fetch(BODYSTRUCTURE_CYRUS);
    assert_eq!(f.uid(), Some(77));
    let body = f.body_structure().unwrap().to_body_structure();
    let text = body.part("1").unwrap().as_single().unwrap();
    assert_eq!(text.extension.as_ref().unwrap().common.language, Some(vec![b"de".into()]));
    let image = body.part("2").unwrap().as_single().unwrap();
    let ext = image.extension.as_ref().unwrap();
    assert_eq!(ext.md5.as_deref(), Some(&b"Q2hlY2sgSW50ZWdyaXR5IQ=="[..]));
    assert_eq!(ext.common.location.as_deref(), Some(&b"http://example.com/bar.jpg"[..]));
    assert_eq!(ext.common.extra, vec![Value::List(vec![Value::String(b"X-EXT".to_vec()), Value::Number(7)])]);
    assert_eq!(decode_encoded_words(image.param("name").unwrap()), "B\u{e4}r.jpg");
    let mext = body.as_multipart().unwrap().extension.as_ref().unwrap();
    assert_eq!(mext.disposition, Some(Disposition { kind: "INLINE".into(), params: Default::default() }));

    // A non-multipart message: part 1 is the body itself.
    let f = fetch("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 1152 23 NIL NIL NIL NIL))\r\n");
    let body = f.body_structure().unwrap().to_body_structure();
    assert_eq!(body.part("1"), Some(&body));
    assert_eq!(body.part(""), Some(&body));
    assert_eq!(body.part("2"), None);
}

#[test]
fn envelope_groups_and_encoded_words() {
    let f = fetch(
        "* 3 FETCH (ENVELOPE (\"Tue, 1 Mar 2022 10:00:00 +0100\" \"=?UTF-8?B?R3LDvMOfZQ==?= =?UTF-8?Q?_aus_M=C3=BCnchen?=\" \
((\"=?iso-8859-1?Q?J=F6rg?= Schmidt\" NIL \"joerg\" \"example.de\")) NIL NIL \
((NIL NIL \"undisclosed-recipients\" NIL)(NIL NIL NIL NIL)) \
((NIL NIL \"team\" NIL)(\"Ann\" NIL \"ann\" \"a.test\")(NIL NIL \"bob\" \"b.test\")(NIL NIL NIL NIL)(NIL NIL \"carl\" \"c.test\")) \
NIL \"<parent@x>\" \"<id@x>\"))\r\n",
    );
    let env = f.envelope().unwrap().to_envelope();
    assert_eq!(env.subject_decoded().as_deref(), Some("Gr\u{fc}\u{df}e aus M\u{fc}nchen"));
    assert_eq!(env.from[0].name_decoded().as_deref(), Some("J\u{f6}rg Schmidt"));
    assert!(env.sender.is_empty() && env.reply_to.is_empty());
    let to = address_entries(&env.to);
    assert_eq!(to, vec![AddressEntry::Group { name: b"undisclosed-recipients", members: vec![] }]);
    let cc = address_entries(&env.cc);
    assert_eq!(cc.len(), 2);
    let AddressEntry::Group { name, members } = &cc[0] else { panic!() };
    assert_eq!((*name, members.len()), (&b"team"[..], 2));
    assert_eq!(cc[1], AddressEntry::Mailbox(&env.cc[4]));
    assert_eq!(env.in_reply_to.as_deref(), Some(&b"<parent@x>"[..]));
}

/// A Dovecot-like session transcript, fed through one Framer in odd-sized chunks.
#[test]
fn stream_of_responses_in_chunks() {
    let transcript = [
        "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN] Dovecot ready.\r\n"
            .to_string(),
        "+ \r\n".to_string(),
        "a1 OK [CAPABILITY IMAP4rev1 SORT THREAD=REFERENCES CONDSTORE QRESYNC METADATA] Logged in\r\n".to_string(),
        "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded)\r\n".to_string(),
        "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft $Forwarded \\*)] Flags permitted.\r\n"
            .to_string(),
        "* 3 EXISTS\r\n".to_string(),
        "* 0 RECENT\r\n".to_string(),
        "* OK [UIDVALIDITY 1467191213] UIDs valid\r\n".to_string(),
        "* OK [UIDNEXT 4827] Predicted next UID\r\n".to_string(),
        "* OK [HIGHESTMODSEQ 90060115205545359] Highest\r\n".to_string(),
        "a2 OK [READ-WRITE] Select completed (0.001 + 0.000 secs).\r\n".to_string(),
        format!("* 1 FETCH (UID 4825 MODSEQ (5) BODY[] {})\r\n", lit("Subject: hi\r\n\r\nbody {5}\r\n")),
        RFC3501_FETCH.to_string(),
        BODYSTRUCTURE_DOVECOT.to_string(),
        "* 2 FETCH (FLAGS (\\Seen))\r\n".to_string(),
        "* VANISHED 405,407\r\n".to_string(),
        "a3 OK Fetch completed (0.002 + 0.000 secs).\r\n".to_string(),
        "* BYE Logging out\r\n".to_string(),
    ];
    let expected: Vec<Response> = transcript.iter().map(|t| parse(t.as_bytes())).collect();
    let stream: Vec<u8> = transcript.concat().into_bytes();
    let opts = ParseOptions::default();
    for chunk_size in [1, 7, 64, 1000] {
        let mut framer = Framer::new(opts.clone());
        let mut buf: Vec<u8> = Vec::new();
        let mut got = Vec::new();
        for chunk in stream.chunks(chunk_size) {
            buf.extend_from_slice(chunk);
            while let Frame::Complete(len) = framer.next_frame(&buf).unwrap() {
                got.push(parse_response(&buf[..len], &opts).unwrap());
                buf.drain(..len);
                framer.reset();
            }
        }
        assert!(buf.is_empty());
        assert_eq!(got, expected, "chunk size {chunk_size}");
    }
    let kinds: Vec<String> = expected
        .iter()
        .filter_map(|r| match r {
            Response::Untagged(u) => Some(u.kind().into_owned()),
            _ => None,
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "OK[CAPABILITY]",
            "FLAGS",
            "OK[PERMANENTFLAGS]",
            "EXISTS",
            "RECENT",
            "OK[UIDVALIDITY]",
            "OK[UIDNEXT]",
            "OK[HIGHESTMODSEQ]",
            "FETCH",
            "FETCH",
            "FETCH",
            "FETCH",
            "VANISHED",
            "BYE"
        ]
    );
}

#[test]
fn internal_dates() {
    let f = fetch("* 1 FETCH (INTERNALDATE \" 7-Jul-1996 02:44:25 +0200\")\r\n");
    let date = f.internal_date().unwrap();
    assert_eq!(date.raw, " 7-Jul-1996 02:44:25 +0200");
    assert_eq!(date.timestamp().unwrap().to_string(), "1996-07-07T00:44:25Z");
    let f = fetch("* 1 FETCH (INTERNALDATE \"7-jul-1996 02:44:25 -0000\")\r\n");
    assert_eq!(f.internal_date().unwrap().timestamp().unwrap().to_string(), "1996-07-07T02:44:25Z");
    let f = fetch("* 1 FETCH (INTERNALDATE \"yesterday\")\r\n");
    assert_eq!(f.internal_date().unwrap().timestamp(), None);
}

#[test]
fn every_kind_has_its_routing_name() {
    let cases = [
        ("* CAPABILITY IMAP4rev1\r\n", "CAPABILITY"),
        ("* SEARCH 1\r\n", "SEARCH"),
        ("* ESEARCH COUNT 1\r\n", "ESEARCH"),
        ("* LIST () \"/\" a\r\n", "LIST"),
        ("* STATUS a (MESSAGES 1)\r\n", "STATUS"),
        ("* NAMESPACE NIL NIL NIL\r\n", "NAMESPACE"),
        ("* ACL a b c\r\n", "ACL"),
        ("* LISTRIGHTS a b c\r\n", "LISTRIGHTS"),
        ("* MYRIGHTS a b\r\n", "MYRIGHTS"),
        ("* QUOTA a (STORAGE 1 2)\r\n", "QUOTA"),
        ("* QUOTAROOT a b\r\n", "QUOTAROOT"),
        ("* SORT 1\r\n", "SORT"),
        ("* THREAD (1)\r\n", "THREAD"),
        ("* ENABLED X\r\n", "ENABLED"),
        ("* ID NIL\r\n", "ID"),
        ("* 1 EXPUNGE\r\n", "EXPUNGE"),
        ("* NO x\r\n", "NO"),
        ("* BAD [PARSE] x\r\n", "BAD[PARSE]"),
        ("* PREAUTH x\r\n", "PREAUTH"),
    ];
    for (text, kind) in cases {
        assert_eq!(untagged(text).kind(), kind, "{text}");
    }
}

#[test]
fn envelope_shares_repeated_address_lists() {
    // Sender and reply-to repeat from (as servers fill them): one shared list.
    let f = fetch(
        "* 1 FETCH (ENVELOPE (NIL \"s\" ((\"A\" NIL \"a\" \"x.org\")) ((\"A\" NIL \"a\" \"x.org\")) \
         ((\"A\" NIL \"a\" \"x.org\")) ((NIL NIL \"b\" \"y.org\")) NIL NIL NIL NIL))\r\n",
    );
    let env = f.envelope().unwrap().to_envelope();
    assert!(env.sender.shares_with(&env.from) && env.reply_to.shares_with(&env.from));
    assert_eq!(env.reply_to[0].email().as_deref(), Some("a@x.org"));
    assert!(!env.to.shares_with(&env.from));
    assert!(env.cc.is_empty() && !env.cc.shares_with(&env.bcc));
    // A different reply-to is its own list; equal lists that are not adjacent compare equal.
    let f = fetch(
        "* 1 FETCH (ENVELOPE (NIL \"s\" ((\"A\" NIL \"a\" \"x.org\")) ((\"A\" NIL \"a\" \"x.org\")) \
         ((NIL NIL \"r\" \"x.org\")) ((\"A\" NIL \"a\" \"x.org\")) NIL NIL NIL NIL))\r\n",
    );
    let env = f.envelope().unwrap().to_envelope();
    assert!(env.sender.shares_with(&env.from) && !env.reply_to.shares_with(&env.sender));
    assert_eq!(env.reply_to[0].mailbox.as_deref(), Some(&b"r"[..]));
    assert_eq!(env.to, env.from);
}

#[test]
fn all_nil_body_extensions_are_not_kept() {
    let f = fetch("* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"QUOTED-PRINTABLE\" 1 1 NIL NIL NIL NIL) \"MIXED\" (\"BOUNDARY\" \"b\") NIL NIL NIL))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let multi = structure.as_multipart().unwrap();
    assert_eq!((multi.param("boundary"), multi.extension.is_none()), (Some(&b"b"[..]), true));
    let text = multi.parts[0].as_single().unwrap();
    assert!(text.extension.is_none());
    // Well-known long tokens are kept without a heap copy.
    assert_eq!((text.fields.encoding.as_str(), text.fields.encoding.heap_bytes()), ("QUOTED-PRINTABLE", 0));
    // Lowercase, doubled spaces, fewer or more NILs: the same meaning by the slower path.
    for ext in ["nil nil nil nil", "NIL  NIL NIL NIL ", "NIL NIL NIL", "NIL"] {
        let f = fetch(&format!("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 {ext}))\r\n"));
        let structure = f.body_structure().unwrap().to_body_structure();
        let part = structure.as_single().unwrap().clone();
        assert_eq!((part.extension, part.kind), (None, SinglePartKind::Text { lines: 1 }), "{ext}");
    }
    let f = fetch("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL NIL NIL NIL))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let ext = structure.as_single().unwrap().extension.as_ref().unwrap();
    assert_eq!(ext.common.extra, vec![Value::Nil]);
    let f = fetch("* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1) \"MIXED\" (\"BOUNDARY\" \"b\") NIL NIL NIL NIL))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let multi = structure.as_multipart().unwrap();
    assert_eq!(multi.extension.as_ref().unwrap().extra, vec![Value::Nil]);
    let f = fetch("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" 1 1 NIL NIL \"en\" NIL))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let ext = structure.as_single().unwrap().extension.as_ref().unwrap();
    assert_eq!(ext.common.language, Some(vec![b"en".into()]));
}
