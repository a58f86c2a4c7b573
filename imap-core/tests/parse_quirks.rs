//! One test per tolerated server deviation (the Q-* tags of `imapkit_core::parse`).

mod common;

use imapkit_core::parse::{parse_one, parse_response, ParseErrorKind, ParseOptions, Parsed};
use imapkit_core::types::*;

fn parse(text: &[u8]) -> Response {
    let opts = ParseOptions::default();
    match parse_one(text, &opts) {
        Ok(Parsed::Complete { response, consumed }) => {
            assert_eq!(consumed, text.len(), "{:?}", String::from_utf8_lossy(text));
            common::same_as_owned(text);
            response
        }
        other => panic!("{:?}: {other:?}", String::from_utf8_lossy(text)),
    }
}

fn untagged(text: &str) -> Untagged {
    match parse(text.as_bytes()) {
        Response::Untagged(u) => u,
        other => panic!("{other:?}"),
    }
}

fn fetch(text: &str) -> Fetch {
    match untagged(text) {
        Untagged::Fetch(f) => f,
        other => panic!("{other:?}"),
    }
}

fn status(text: &str) -> Status {
    match parse(text.as_bytes()) {
        Response::Untagged(Untagged::Status(s)) | Response::Tagged { status: s, .. } => s,
        other => panic!("{other:?}"),
    }
}

#[test]
fn q_spaces() {
    assert_eq!(untagged("*  3 EXISTS\r\n"), Untagged::Exists(3));
    assert_eq!(untagged("* 3  EXISTS  \r\n"), Untagged::Exists(3));
    let f = fetch("* 1 FETCH ( UID 5  FLAGS (\\Seen )  RFC822.SIZE 10 )\r\n");
    assert_eq!((f.uid(), f.flags(), f.size()), (Some(5), Some(&[Flag::Seen][..]), Some(10)));
    // No space between `)` and the next item.
    let f = fetch("* 1 FETCH (FLAGS (\\Seen)UID 5)\r\n");
    assert_eq!(f.uid(), Some(5));
    assert_eq!(untagged("* SEARCH 1 2 3 \r\n"), Untagged::Search { numbers: vec![1, 2, 3], modseq: None });
    let Untagged::List(l) = untagged("* LIST  (\\Noselect )  \"/\"  foo \r\n") else { panic!() };
    assert_eq!(l.mailbox.as_wire(), b"foo");
    let s = status("a1  OK   done \r\n");
    assert_eq!(s.text, "done");
    // Envelope with doubled and missing spaces between addresses.
    let f = fetch(
        "* 1 FETCH (ENVELOPE (NIL \"s\" ((NIL NIL \"a\" \"b\") (NIL NIL \"c\" \"d\"))NIL NIL NIL NIL NIL NIL NIL))\r\n",
    );
    assert_eq!(f.envelope().unwrap().to_envelope().from.len(), 2);
    let Untagged::MailboxStatus(s) = untagged("* STATUS INBOX ( MESSAGES 2  UNSEEN 1 )\r\n") else { panic!() };
    assert_eq!((s.messages(), s.unseen()), (Some(2), Some(1)));
}

#[test]
fn q_text() {
    // Missing text after a code.
    let s = status("* OK [UIDNEXT 5]\r\n");
    assert_eq!((s.code, s.text.as_str()), (Some(Code::UidNext(5)), ""));
    let s = status("a1 OK\r\n");
    assert_eq!((s.kind, s.text.as_str()), (StatusKind::Ok, ""));
    let s = status("* OK [READ-WRITE]\r\n");
    assert_eq!(s.code, Some(Code::ReadWrite));
    // Brackets in text.
    let s = status("* OK [ALERT] see [this] and ]that[\r\n");
    assert_eq!((s.code, s.text.as_str()), (Some(Code::Alert), "see [this] and ]that["));
    let s = status("* OK [no closing bracket here\r\n");
    assert_eq!((s.code, s.text.as_str()), (None, "[no closing bracket here"));
    let s = status("* OK [] empty\r\n");
    assert_eq!((s.code, s.text.as_str()), (None, "[] empty"));
    let s = status("* NO [UIDNEXT abc] odd argument\r\n");
    assert_eq!(s.code, Some(Code::Other { name: "UIDNEXT".into(), value: Some(Value::Atom("abc".into())) }));
    let s = status("* OK [X-WEIRD \"unclosed] text\r\n");
    assert_eq!(s.code, Some(Code::Other { name: "X-WEIRD".into(), value: Some(Value::Atom("\"unclosed".into())) }));
    // A literal-looking tail in text stays text (Q-TEXT-LITERAL): the line ends there.
    let s = status("* OK see {3}\r\n");
    assert_eq!(s.text, "see {3}");
}

#[test]
fn q_nil_for_lists_and_strings() {
    // NIL flag list; `()` and `""` for NIL; bare atom for a string.
    let f = fetch("* 1 FETCH (FLAGS NIL)\r\n");
    assert_eq!(f.flags(), Some(&[][..]));
    let f = fetch("* 1 FETCH (ENVELOPE (NIL () \"\" NIL NIL ((NIL NIL x y)) NIL NIL NIL NIL))\r\n");
    let env = f.envelope().unwrap().to_envelope();
    assert_eq!(env.subject, None);
    assert!(env.from.is_empty());
    assert_eq!(env.to[0].mailbox.as_deref(), Some(&b"x"[..]));
    let Untagged::List(l) = untagged("* LIST NIL NIL foo\r\n") else { panic!() };
    assert!(l.attributes.is_empty() && l.delimiter.is_none());
    let f = fetch("* 1 FETCH (BODY[] () INTERNALDATE NIL)\r\n");
    assert!(matches!(f.attrs[0], FetchAttr::BodySection(ref s) if s.data.is_none()));
    assert_eq!(f.internal_date().unwrap().timestamp(), None);
    assert_eq!(untagged("* ID (\"name\")\r\n"), Untagged::Id(Some(vec![("name".into(), None)])));
    let Untagged::Quota { root, .. } = untagged("* QUOTA NIL (STORAGE 1 2)\r\n") else { panic!() };
    assert_eq!(root, "");
}

#[test]
fn q_number() {
    let f = fetch("* 1 FETCH (RFC822.SIZE -1 UID 3)\r\n");
    assert_eq!((f.size(), f.uid()), (Some(0), Some(3)));
    let f = fetch("* 1 FETCH (RFC822.SIZE 99999999999999999999999)\r\n");
    assert_eq!(f.size(), Some(u64::MAX));
    let Untagged::Quota { resources, .. } = untagged("* QUOTA \"\" (STORAGE -5 99999999999999999999999)\r\n") else {
        panic!()
    };
    assert_eq!((resources[0].usage, resources[0].limit), (0, u64::MAX));
    let f = fetch("* 1 FETCH (BODYSTRUCTURE (\"TEXT\" \"PLAIN\" NIL NIL NIL \"7BIT\" -1 -2))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let part = structure.as_single().unwrap();
    assert_eq!((part.fields.octets, &part.kind), (0, &SinglePartKind::Text { lines: 0 }));
    let f = fetch("* 1 FETCH (MODSEQ 77)\r\n");
    assert_eq!(f.modseq(), Some(77));
    let Untagged::MailboxStatus(s) = untagged("* STATUS x (UIDNEXT 99999999999)\r\n") else { panic!() };
    assert_eq!((s.get("uidnext"), s.uid_next()), (Some(99999999999), Some(u32::MAX)));
}

#[test]
fn q_8bit() {
    let Untagged::List(l) = untagged("* LIST () \"/\" \"Entw\u{fc}rfe\"\r\n") else { panic!() };
    assert_eq!(l.mailbox.to_utf8_lossy(), "Entw\u{fc}rfe");
    let Untagged::List(l) = untagged("* LIST () \"/\" Gel\u{f6}scht\r\n") else { panic!() };
    assert_eq!(l.mailbox.as_wire(), "Gel\u{f6}scht".as_bytes());
    let f = fetch("* 1 FETCH (ENVELOPE (NIL \"Gr\u{fc}\u{df}e \u{1f600}\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    assert_eq!(f.envelope().unwrap().to_envelope().subject_decoded().as_deref(), Some("Gr\u{fc}\u{df}e \u{1f600}"));
    let raw = b"* 1 FETCH (ENVELOPE (NIL \"caf\xe9\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n";
    let Response::Untagged(Untagged::Fetch(f)) = parse(raw) else { panic!() };
    assert_eq!(f.envelope().unwrap().to_envelope().subject.as_deref(), Some(&b"caf\xe9"[..]));
}

#[test]
fn q_quote() {
    let f = fetch("* 1 FETCH (ENVELOPE (NIL \"Re: \"hello\" world\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    assert_eq!(f.envelope().unwrap().to_envelope().subject.as_deref(), Some(&b"Re: \"hello\" world"[..]));
    let f = fetch(
        "* 1 FETCH (ENVELOPE (NIL \"say \"hi\"\" ((\"A \"B\" C\" NIL \"a\" \"b\")) NIL NIL NIL NIL NIL NIL NIL))\r\n",
    );
    let env = f.envelope().unwrap().to_envelope();
    assert_eq!(env.subject.as_deref(), Some(&b"say \"hi\""[..]));
    // Inside an address a quote followed by a letter is not a delimiter.
    let f = fetch("* 1 FETCH (ENVELOPE (NIL NIL ((\"O\"Brien\" NIL \"ob\" \"x\")) NIL NIL NIL NIL NIL NIL NIL))\r\n");
    assert_eq!(f.envelope().unwrap().to_envelope().from[0].name.as_deref(), Some(&b"O\"Brien"[..]));
    // Escapes still work.
    let f = fetch("* 1 FETCH (ENVELOPE (NIL \"a \\\"b\\\" \\\\ c\" NIL NIL NIL NIL NIL NIL NIL NIL))\r\n");
    assert_eq!(f.envelope().unwrap().to_envelope().subject.as_deref(), Some(&b"a \"b\" \\ c"[..]));
}

#[test]
fn q_flag() {
    let u = untagged("* FLAGS (\\Answered \\* $Label/1 Junk% \\X-Odd] \"quoted flag\" $\u{e9}t\u{e9})\r\n");
    let Untagged::Flags(flags) = u else { panic!() };
    assert_eq!(
        flags,
        vec![
            Flag::Answered,
            Flag::MayCreate,
            Flag::Keyword("$Label/1".into()),
            Flag::Keyword("Junk%".into()),
            Flag::Extension("X-Odd]".into()),
            Flag::Keyword("quoted flag".into()),
            Flag::Keyword("$\u{e9}t\u{e9}".into()),
        ]
    );
    let s = status("* OK [PERMANENTFLAGS (\\Seen \\*)] ok\r\n");
    assert_eq!(s.code, Some(Code::PermanentFlags(vec![Flag::Seen, Flag::MayCreate])));
}

#[test]
fn q_body() {
    // Empty part, missing fields, NIL type, odd params, string disposition, no lines.
    let f = fetch(
        "* 1 FETCH (BODYSTRUCTURE (() (\"TEXT\" \"PLAIN\") (NIL NIL NIL NIL NIL NIL 0) \
(\"application\" \"octet-stream\" (\"name\") NIL NIL \"base64\" 10 NIL \"attachment\" NIL) \
(\"text\" \"html\" \"\" NIL NIL \"7bit\" 5 NIL (\"inline\") NIL) \
(\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 100 NIL NIL NIL) \
 \"mixed\"))\r\n",
    );
    let body = f.body_structure().unwrap().to_body_structure();
    let multi = body.as_multipart().unwrap();
    assert_eq!(multi.parts.len(), 6);
    let empty = multi.parts[0].as_single().unwrap();
    assert_eq!((empty.media_type.as_str(), empty.fields.octets), ("", 0));
    let short = multi.parts[1].as_single().unwrap();
    assert_eq!((short.mime_type(), &short.kind), ("text/plain".to_string(), &SinglePartKind::Text { lines: 0 }));
    assert_eq!(multi.parts[2].as_single().unwrap().media_type, "");
    let app = multi.parts[3].as_single().unwrap();
    assert_eq!(app.fields.params, vec![("name".into(), Default::default())].into());
    assert_eq!(app.disposition().unwrap().kind, "attachment");
    let html = multi.parts[4].as_single().unwrap();
    assert!(html.fields.params.is_empty());
    assert_eq!(html.disposition().unwrap(), &Disposition { kind: "inline".into(), params: Default::default() });
    // message/rfc822 without envelope/body: basic.
    let msg = multi.parts[5].as_single().unwrap();
    assert_eq!(msg.kind, SinglePartKind::Basic);
    assert_eq!(msg.fields.octets, 100);
    // Multipart children separated by spaces, lowercase everything.
    let f = fetch("* 2 fetch (bodystructure ((\"text\" \"plain\" nil nil nil \"7bit\" 1 1) (\"text\" \"plain\" nil nil nil \"7bit\" 2 1) \"alternative\"))\r\n");
    assert_eq!(f.body_structure().unwrap().to_body_structure().as_multipart().unwrap().parts.len(), 2);
    // A single-string language and a NIL language.
    let f = fetch("* 3 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL NIL \"en\" NIL))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let ext = structure.as_single().unwrap().extension.clone().unwrap();
    assert_eq!(ext.common.language, Some(vec![b"en".into()]));
}

#[test]
fn q_fetch_fallback() {
    // An ENVELOPE that is not an envelope is kept unparsed with its bytes; the other items
    // survive.
    let f = fetch("* 1 FETCH (UID 3 ENVELOPE (1 2) FLAGS (\\Seen))\r\n");
    assert_eq!(f.uid(), Some(3));
    assert_eq!(f.envelope(), None);
    let unparsed = f.unparsed("ENVELOPE").unwrap();
    assert_eq!(unparsed.raw, b"(1 2)");
    assert_eq!(unparsed.value(), Some(Value::List(vec![Value::Number(1), Value::Number(2)])));
    assert_eq!(f.other("ENVELOPE"), None);
    assert_eq!(f.flags(), Some(&[Flag::Seen][..]));
    let f = fetch("* 1 FETCH (BODY[ODD.SPEC] \"x\")\r\n");
    assert_eq!(f.unparsed("BODY[ODD.SPEC]").map(|u| &u.raw[..]), Some(&b"\"x\""[..]));
}

#[test]
fn q_depth() {
    let opts = ParseOptions { max_depth: 8, ..ParseOptions::default() };
    let deep = format!("* XFOO {}{}\r\n", "(".repeat(9), ")".repeat(9));
    let err = parse_response(deep.as_bytes(), &opts).unwrap_err();
    assert_eq!(err.kind, ParseErrorKind::TooDeep { max_depth: 8 });
    let ok = format!("* XFOO {}{}\r\n", "(".repeat(8), ")".repeat(8));
    assert!(parse_response(ok.as_bytes(), &opts).is_ok());
}

#[test]
fn q_case() {
    assert_eq!(untagged("* 4 exists\r\n"), Untagged::Exists(4));
    let s = status("* ok [uidvalidity 7] fine\r\n");
    assert_eq!((s.kind, s.code), (StatusKind::Ok, Some(Code::UidValidity(7))));
    let f = fetch("* 1 fetch (uid 9 flags (\\seen) body[header.fields (from)] {0}\r\n)\r\n");
    assert_eq!((f.uid(), f.flags()), (Some(9), Some(&[Flag::Seen][..])));
    assert_eq!(f.body_section("HEADER.FIELDS (FROM)"), Some(&b""[..]));
    let Untagged::Vanished { earlier, .. } = untagged("* vanished (earlier) 1:3\r\n") else { panic!() };
    assert!(earlier);
    assert_eq!(untagged("* capability imap4rev1\r\n").kind(), "CAPABILITY");
}

#[test]
fn q_lf() {
    let opts = ParseOptions::default();
    let buf = b"* 1 EXISTS\n* 1 FETCH (BODY[] {3}\nabc)\n";
    let Ok(Parsed::Complete { response, consumed }) = parse_one(buf, &opts) else { panic!() };
    assert_eq!((response, consumed), (Response::Untagged(Untagged::Exists(1)), 11));
    let Ok(Parsed::Complete { response, consumed }) = parse_one(&buf[11..], &opts) else { panic!() };
    assert_eq!(consumed, buf.len() - 11);
    let Response::Untagged(Untagged::Fetch(f)) = response else { panic!() };
    assert_eq!(f.rfc822(), Some(&b"abc"[..]));
}

#[test]
fn q_atom() {
    let Untagged::List(l) = untagged("* LIST () \"/\" foo%bar*\r\n") else { panic!() };
    assert_eq!(l.mailbox.as_wire(), b"foo%bar*");
    assert_eq!(
        untagged("* CAPABILITY IMAP4rev1 X-*\r\n"),
        Untagged::Capability(vec!["IMAP4rev1".into(), "X-*".into()])
    );
}

#[test]
fn unparseable_line_is_a_typed_error_and_skippable() {
    let opts = ParseOptions::default();
    let buf = b"* 5 FETCH (UID 3\r\n* 6 EXISTS\r\n";
    let err = parse_one(buf, &opts).unwrap_err();
    assert!(err.is_recoverable());
    assert_eq!(err.consumed, 18);
    assert!(matches!(err.kind, ParseErrorKind::Syntax { .. }), "{err:?}");
    assert_eq!(err.line, b"* 5 FETCH (UID 3\r");
    assert!(err.to_string().contains("expected"), "{err}");
    let Ok(Parsed::Complete { response, .. }) = parse_one(&buf[err.consumed..], &opts) else { panic!() };
    assert_eq!(response, Response::Untagged(Untagged::Exists(6)));
    for bad in [&b"* 5 FETCH UID 3\r\n"[..], b"A1 MAYBE\r\n", b"* LIST (\r\n", b"* 99999999999 EXISTS\r\n", b"\r\n"] {
        let err = parse_response(bad, &opts).unwrap_err();
        common::same_as_owned(bad);
        assert_eq!(err.consumed, bad.len());
        assert!(err.line.len() <= 256);
    }
    let long = format!("* SEARCH {}x\r\n", "1 ".repeat(1000));
    let err = parse_response(long.as_bytes(), &opts).unwrap_err();
    assert!(err.line.len() <= 256 && err.line.ends_with(b"x\r"), "{:?}", err.line_text());
}

/// Q-BODY: body structures in forms real servers send: each is read with its meaning or kept
/// unparsed with its bytes, never as a plausible wrong value; the other items survive.
#[test]
fn q_body_forms_never_give_wrong_values() {
    // A size printed as a float: unparsed (9 with a stray ".3736e+06" would shift every field).
    let f = fetch(
        "* 1 FETCH (UID 5 BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 9.3736e+06 12) FLAGS (\\Seen))\r\n",
    );
    assert_eq!((f.uid(), f.body_structure()), (Some(5), None));
    let unparsed = f.unparsed("BODYSTRUCTURE").unwrap();
    assert_eq!(unparsed.raw, b"(\"text\" \"plain\" NIL NIL NIL \"7bit\" 9.3736e+06 12)");
    assert_eq!(f.flags(), Some(&[Flag::Seen][..]));
    let f = fetch("* 1 FETCH (RFC822.SIZE 1.5e3 UID 5)\r\n");
    assert_eq!(
        (f.size(), f.uid(), f.unparsed("RFC822.SIZE").map(|u| &u.raw[..])),
        (None, Some(5), Some(&b"1.5e3"[..]))
    );

    let multipart =
        |text: &str| fetch(text).body_structure().and_then(|b| b.to_body_structure().as_multipart().cloned()).unwrap();
    // A multipart with no parts: its subtype is the subtype, not a media type.
    let m = multipart("* 1 FETCH (BODYSTRUCTURE (\"MIXED\"))\r\n");
    assert_eq!((m.parts.len(), m.subtype.as_str()), (0, "MIXED"));
    let m = multipart("* 1 FETCH (BODYSTRUCTURE (\"RELATED\" NIL (\"ATTACHMENT\" NIL) NIL))\r\n");
    assert_eq!((m.parts.len(), m.subtype.as_str()), (0, "RELATED"));
    assert_eq!(m.extension.unwrap().disposition.unwrap().kind, "ATTACHMENT");
    // NIL for the empty list of parts.
    let m = multipart("* 1 FETCH (BODYSTRUCTURE (NIL \"alternative\" (\"boundary\" \"x\") NIL NIL NIL))\r\n");
    assert_eq!((m.parts.len(), m.subtype.as_str()), (0, "alternative"));
    assert_eq!(m.params, vec![("boundary".into(), b"x".to_vec().into())].into());
    // The subtype alone in parentheses after the parts.
    let m = multipart(
        "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"text\" \"html\" NIL NIL NIL \"7bit\" 2 1) (\"ALTERNATIVE\")))\r\n",
    );
    assert_eq!((m.parts.len(), m.subtype.as_str()), (2, "ALTERNATIVE"));
    // Still single parts: NIL type with a size, and a NIL subtype with a size.
    let f = fetch("* 1 FETCH (BODYSTRUCTURE (NIL \"plain\" NIL NIL NIL \"7bit\" 5))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let single = structure.as_single().unwrap().clone();
    assert_eq!((single.subtype.as_str(), single.fields.octets), ("plain", 5));
    let f = fetch("* 1 FETCH (BODYSTRUCTURE (\"application\" NIL NIL NIL NIL \"base64\" 100))\r\n");
    let structure = f.body_structure().unwrap().to_body_structure();
    let single = structure.as_single().unwrap().clone();
    assert_eq!((single.media_type.as_str(), single.fields.octets), ("application", 100));
}

/// Q-FETCH: envelopes, addresses and item names in forms real servers send.
#[test]
fn q_fetch_forms_keep_the_rest_of_the_response() {
    // One envelope field too few: which one is missing is unknown, so unparsed.
    let f = fetch("* 1 FETCH (UID 5 ENVELOPE (NIL \"s\" NIL NIL NIL NIL NIL NIL NIL) FLAGS ())\r\n");
    assert_eq!((f.uid(), f.envelope(), f.flags().map(<[_]>::len)), (Some(5), None, Some(0)));
    assert!(f.unparsed("ENVELOPE").unwrap().raw.starts_with(b"(NIL \"s\""));
    // An extra level of parentheses.
    let f = fetch("* 1 FETCH (UID 5 ENVELOPE ((NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL)))\r\n");
    assert_eq!(f.envelope().unwrap().to_envelope().subject.as_deref(), Some(&b"s"[..]));
    // Bare atoms in an address, an address without its own parentheses, 8-bit in a literal.
    let f = fetch(
        "* 1 FETCH (ENVELOPE (NIL \"s\" ((\"Jo\" NIL joe example.com)) (NIL NIL \"a\" \"b\") ((NIL NIL {5}\r\njörg \"x.de\")) NIL NIL NIL NIL NIL) UID 5)\r\n",
    );
    let e = f.envelope().unwrap().to_envelope();
    assert_eq!(
        (e.from[0].mailbox.as_deref(), e.from[0].host.as_deref()),
        (Some(&b"joe"[..]), Some(&b"example.com"[..]))
    );
    assert_eq!((e.sender.len(), e.sender[0].mailbox.as_deref()), (1, Some(&b"a"[..])));
    assert_eq!(e.reply_to[0].mailbox.as_deref(), Some("jörg".as_bytes()));
    assert_eq!(f.uid(), Some(5));
    // Item names echoed from the request, spaces around sections.
    let f =
        fetch("* 1 FETCH (UID 5 BODY[]<0.100> {2}\r\nab BODY.PEEK[1] \"c\" BINARY.PEEK[2] \"d\" BODY [3 ] \"e\")\r\n");
    assert_eq!(f.body_section(""), Some(&b"ab"[..]));
    assert_eq!(f.body_section("1"), Some(&b"c"[..]));
    assert_eq!(f.binary(&[2]), Some(&b"d"[..]));
    assert_eq!(f.body_section("3"), Some(&b"e"[..]));
    let f = fetch("* 1 FETCH (BODY[HEADER.FIELDS(SUBJECT)] {2}\r\nab UID 5 )\r\n");
    assert_eq!((f.body_section("HEADER.FIELDS (SUBJECT)"), f.uid()), (Some(&b"ab"[..]), Some(5)));
    // A known item without its value: unparsed, empty; the UID survives.
    let f = fetch("* 1 FETCH (UID 5 BODY[1] )\r\n");
    assert_eq!((f.uid(), f.unparsed("BODY[1]").map(|u| u.raw.len())), (Some(5), Some(0)));
}

/// Q-ATOM: LIST mailbox names holding TAB or other controls as bare atoms.
#[test]
fn q_atom_mailbox_with_controls() {
    let Untagged::List(l) = untagged("* LIST () \"/\" foo\tbar\r\n") else { panic!() };
    assert_eq!(l.mailbox.as_wire(), b"foo\tbar");
    let Untagged::List(l) = untagged("* LIST (\\HasNoChildren) \".\" a\x01b (CHILDINFO (\"SUBSCRIBED\"))\r\n") else {
        panic!()
    };
    assert_eq!((l.mailbox.as_wire(), l.extended.len()), (&b"a\x01b"[..], 1));
}

/// Q-NIL in RFC 8474 items: Cyrus without conversations sends `THREADID (NIL)`.
#[test]
fn q_nil_thread_id_in_parentheses() {
    let f = fetch("* 1 FETCH (UID 1 EMAILID (Mfdbc7318826594372694bbe0) THREADID (NIL))\r\n");
    assert!(f.attrs.contains(&FetchAttr::ThreadId(None)), "{f:?}");
    assert!(f.attrs.contains(&FetchAttr::EmailId("Mfdbc7318826594372694bbe0".into())));
    let f = fetch("* 1 FETCH (THREADID (T64b478a75b7ea9) SAVEDATE \" 2-Dec-2026 19:59:40 +0000\" PREVIEW NIL)\r\n");
    assert!(f.attrs.contains(&FetchAttr::ThreadId(Some("T64b478a75b7ea9".into()))));
    assert!(f.save_date().unwrap().unwrap().to_internal_date().is_some());
    assert_eq!(f.preview(), Some(None));
}
