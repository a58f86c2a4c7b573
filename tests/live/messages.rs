//! Mailboxes and messages: CREATE to DELETE, non-ASCII names, APPEND and FETCH (ENVELOPE,
//! BODYSTRUCTURE, sections, BINARY, a 20 MB round trip), STORE and SEARCH, SORT and THREAD,
//! COPY / MOVE / EXPUNGE and the ways out of the selected state.

use std::time::Instant;

use imapkit::build;
use imapkit::command::State;
use imapkit::types::{Code, Fetch, FetchAttr, SequenceSet, SinglePartKind, Thread};
use imapkit::{
    AppendMessage, AsyncCommands, Commands, Error, FetchAttribute, FetchItems, Flag, InternalDate, ListReturn,
    SearchKey, SearchProgram, Section, SectionText, SortField, SortKey, StatusItem, StoreAction,
};

use crate::support::{expect_no, message, message_with, ok, Cleanup, Kind, Via, ALICE};

/// The UIDs of a set from a server reply.
fn numbers(set: &SequenceSet) -> Vec<u32> {
    set.expand(u32::MAX, 100_000).expect("a small set")
}

/// The UIDs an APPEND assigned (APPENDUID, RFC 4315).
fn appended_uids(reply: &imapkit::commands::AppendResponse) -> (u32, Vec<u32>) {
    match &reply.tagged.code {
        Some(Code::AppendUid { uid_validity, uids }) => (*uid_validity, numbers(uids)),
        other => panic!("APPEND without APPENDUID: {other:?}"),
    }
}

/// Every data item the server sent for message `seq`, even when spread over several FETCH
/// responses.
fn merged(fetches: &[Fetch], seq: u32) -> Fetch {
    let attrs: Vec<FetchAttr> = fetches.iter().filter(|f| f.seq == seq).flat_map(|f| f.attrs.clone()).collect();
    assert!(!attrs.is_empty(), "no FETCH for message {seq}: {fetches:?}");
    Fetch { seq, attrs }
}

dual! {
    /// CREATE (and ALREADYEXISTS), SUBSCRIBE / LSUB / UNSUBSCRIBE, RENAME, LIST (with RETURN),
    /// STATUS, EXAMINE, SELECT of a missing mailbox, DELETE.
    pub fn mailbox_lifecycle / mailbox_lifecycle_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("life");
        let renamed = cleanup.unique("life-renamed");
        let mut client = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let again = aw!(client.create(name.as_str(), None));
        match (&again, server.kind) {
            (Err(Error::No { code, .. }), Kind::Dovecot) => assert_eq!(code, &Some(Code::AlreadyExists)),
            (Err(Error::No { text, .. }), Kind::Cyrus) => assert!(text.contains("already exists"), "{text}"),
            _ => panic!("CREATE of an existing mailbox: {again:?}"),
        }

        ok(server, "SUBSCRIBE", aw!(client.subscribe(name.as_str())));
        let subscribed = ok(server, "LSUB", aw!(client.lsub("", name.as_str()))).lsub;
        assert_eq!(subscribed.len(), 1);
        assert_eq!(subscribed[0].mailbox.to_utf8().as_deref(), Some(name.as_str()));
        assert_eq!(subscribed[0].delimiter, Some(server.sep()));
        ok(server, "UNSUBSCRIBE", aw!(client.unsubscribe(name.as_str())));
        assert!(ok(server, "LSUB", aw!(client.lsub("", name.as_str()))).lsub.is_empty());

        ok(server, "RENAME", aw!(client.rename(name.as_str(), renamed.as_str())));
        assert!(ok(server, "LIST", aw!(client.list(None, "", name.as_str(), None))).list.is_empty(), "the old name is gone");
        let listed = ok(server, "LIST", aw!(client.list(None, "", renamed.as_str(), None))).list;
        assert_eq!(listed.len(), 1);
        assert!(listed[0].has_attribute("HasNoChildren"), "{:?}", listed[0].attributes);

        let status = ok(
            server,
            "STATUS",
            aw!(client.status(renamed.as_str(), &[StatusItem::Messages, StatusItem::UidNext, StatusItem::Unseen])),
        );
        let status = status.statuses.into_iter().next().expect("a STATUS response");
        assert_eq!(status.mailbox.to_utf8().as_deref(), Some(renamed.as_str()));
        assert_eq!((status.messages(), status.uid_next(), status.unseen()), (Some(0), Some(1), Some(0)));

        // Special-use mailboxes through LIST-EXTENDED's RETURN.
        let all = ok(server, "LIST RETURN", aw!(client.list(None, "", "*", Some(&ListReturn::default().special_use())))).list;
        let drafts = all.iter().find(|item| item.has_attribute("Drafts")).expect("a \\Drafts mailbox");
        assert_eq!(drafts.mailbox.to_utf8(), Some(format!("{}Drafts", server.personal_prefix())));

        let examined = ok(server, "EXAMINE", aw!(client.examine(renamed.as_str(), None)));
        assert_eq!(examined.tagged.code, Some(Code::ReadOnly));
        assert_eq!(examined.exists, Some(0));
        assert_eq!(client.session().state(), State::Selected);
        let missing = server.unique("missing");
        let failed = aw!(client.select(missing.as_str(), None));
        assert!(matches!(failed, Err(Error::No { .. })), "{failed:?}");
        assert_eq!(client.session().state(), State::Authenticated, "a failed SELECT leaves no mailbox selected");

        ok(server, "DELETE", aw!(client.delete(renamed.as_str())));
        assert!(ok(server, "LIST", aw!(client.list(None, "", renamed.as_str(), None))).list.is_empty());
        expect_no(aw!(client.delete(renamed.as_str())));
    }
}

dual! {
    /// Non-ASCII mailbox names: created from UTF-8, sent as modified UTF-7, listed back equal;
    /// selected, appended to, renamed.
    pub fn utf8_names / utf8_names_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let parent = cleanup.unique("Entwürfe");
        let child = cleanup.add(server.child(&parent, "日本 Reise & Co"));
        let renamed = cleanup.add(server.child(&parent, "Ärger ☃ ~Ω"));
        let mut client = login!(server, Via::Tls, ALICE);
        ok(server, "CREATE", aw!(client.create(parent.as_str(), None)));
        ok(server, "CREATE", aw!(client.create(child.as_str(), None)));

        let pattern = format!("{parent}*");
        let listed = ok(server, "LIST", aw!(client.list(None, "", pattern.as_str(), None))).list;
        let mut names: Vec<String> = listed.iter().map(|item| item.mailbox.to_utf8().expect("modified UTF-7")).collect();
        names.sort();
        assert_eq!(names, [parent.clone(), child.clone()]);
        let wire = &listed.iter().find(|item| item.mailbox.to_utf8().as_deref() == Some(child.as_str())).unwrap().mailbox;
        assert!(wire.as_wire().is_ascii(), "sent as modified UTF-7");
        let wire_text = String::from_utf8_lossy(wire.as_wire()).into_owned();
        assert!(wire_text.contains("Entw&APw-rfe") && wire_text.contains(" &- Co"), "ü and & encoded: {wire_text}");

        let status = ok(server, "STATUS", aw!(client.status(child.as_str(), &[StatusItem::Messages])));
        assert_eq!(status.statuses.into_iter().next().unwrap().mailbox.to_utf8(), Some(child.clone()));
        let note = message("Namen", "alice@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "ünïcödé");
        ok(server, "APPEND", aw!(client.append(child.as_str(), [note])));
        let selected = ok(server, "SELECT", aw!(client.select(child.as_str(), None)));
        assert_eq!(selected.exists, Some(1));
        ok(server, "CLOSE", aw!(client.close()));

        ok(server, "RENAME", aw!(client.rename(child.as_str(), renamed.as_str())));
        let pattern = format!("{parent}{}%", server.sep());
        let listed = ok(server, "LIST", aw!(client.list(None, "", pattern.as_str(), None))).list;
        let names: Vec<Option<String>> = listed.iter().map(|item| item.mailbox.to_utf8()).collect();
        assert_eq!(names, [Some(renamed.clone())]);
        // A LIST result is a valid argument as it is (no second encoding).
        let status = ok(server, "STATUS", aw!(client.status(&listed[0].mailbox, &[StatusItem::Messages])));
        assert_eq!(status.statuses.into_iter().next().unwrap().messages(), Some(1));
    }
}

/// Standard base64 with line breaks every 76 characters (CRLF), for test attachments.
fn base64_lines(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut text = String::new();
    for chunk in data.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            text.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    let lines: Vec<&str> = text.as_bytes().chunks(76).map(|l| std::str::from_utf8(l).unwrap()).collect();
    lines.join("\r\n")
}

dual! {
    /// APPEND with flags and a date, then FETCH of everything the message has: flags, date,
    /// size, ENVELOPE (RFC 2047 names and subject), BODYSTRUCTURE (multipart, parameters,
    /// disposition), BODY sections, BINARY, a partial range.
    pub fn append_fetch_structure / append_fetch_structure_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("structure");
        let mut client = login!(server, Via::StartTls, ALICE);
        // The borrowed FETCH visitor, checked against the owned values it converts to: a macro,
        // not a function, so that the scenario runs through both clients (dual!).
        macro_rules! fetched_borrowed {
            ($command:expr) => {{
                let mut seen = Vec::new();
                let request = imapkit::Request::<imapkit::Completed>::from($command);
                let done = ok(
                    server,
                    "FETCH (borrowed)",
                    aw!(client.fetch_each(request, |fetch| {
                        // The borrowed accessors agree with the owned ones.
                        let owned = fetch.into_owned();
                        assert_eq!(fetch.uid(), owned.uid());
                        assert_eq!(fetch.envelope().map(|e| e.into_owned()), owned.envelope().map(|e| e.to_envelope()));
                        assert_eq!(
                            fetch.body_structure().map(|b| b.into_owned()),
                            owned.body_structure().map(|b| b.to_body_structure())
                        );
                        seen.push(owned);
                    })),
                );
                // The FETCH responses went to the visitor, not into the result.
                let fetch = Some(imapkit::command::UntaggedKind::Fetch);
                assert!(done.untagged.iter().all(|u| u.kind_id() != fetch), "{:?}", done.untagged);
                seen
            }};
        }
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));

        let attachment: Vec<u8> = (0..300u32).map(|i| (i * 7 % 256) as u8).collect();
        let text_part = "Gr=C3=BC=C3=9Fe!\r\nDer Bericht h=C3=A4ngt an.";
        let attachment_part = base64_lines(&attachment);
        let data = format!(
            "From: =?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.org>\r\n\
             To: Alice <alice@example.org>\r\n\
             Cc: Bob <bob@example.org>, carol@example.org\r\n\
             Reply-To: Team <team@example.org>\r\n\
             Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?= - Bericht\r\n\
             Date: Tue, 2 Jan 2024 09:30:00 +0100\r\n\
             Message-ID: <live-structure@imap-rs.test>\r\n\
             In-Reply-To: <parent@imap-rs.test>\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"imap-rs-boundary\"\r\n\
             \r\n\
             This is a multi-part message.\r\n\
             --imap-rs-boundary\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\
             \r\n\
             {text_part}\r\n\
             --imap-rs-boundary\r\n\
             Content-Type: application/pdf; name=\"Bericht.pdf\"\r\n\
             Content-Transfer-Encoding: base64\r\n\
             Content-Disposition: attachment; filename=\"Bericht.pdf\"\r\n\
             Content-Description: Der Bericht\r\n\
             \r\n\
             {attachment_part}\r\n\
             --imap-rs-boundary--\r\n"
        );
        let date = InternalDate::parse("02-Jan-2024 09:30:00 +0100").expect("a valid date");
        let appended = ok(
            server,
            "APPEND",
            aw!(client.append(
                name.as_str(),
                [AppendMessage::new(data.as_bytes())
                    .flags(vec![Flag::Seen, Flag::Keyword("$Bericht".into())])
                    .date(date.clone())],
            )),
        );
        let (uid_validity, uids) = appended_uids(&appended);
        assert_eq!(uids, [1], "the first message of a new mailbox");
        let selected = ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        assert_eq!(selected.uid_validity, Some(uid_validity));
        assert_eq!(selected.exists, Some(1));

        let items = || {
            FetchItems::new(vec![
                FetchAttribute::Uid,
                FetchAttribute::Flags,
                FetchAttribute::InternalDate,
                FetchAttribute::Rfc822Size,
                FetchAttribute::Envelope,
                FetchAttribute::BodyStructure,
            ])
        };
        let fetched = ok(server, "FETCH", aw!(client.fetch(1, items())));
        let message = merged(&fetched.fetches, 1);
        let command = ok(server, "build", build::fetch(1, items()));
        assert_eq!(merged(&fetched_borrowed!(command.into_command()), 1), message);
        assert_eq!(message.uid(), Some(1));
        let flags = message.flags().expect("FLAGS");
        assert!(flags.contains(&Flag::Seen) && flags.contains(&Flag::Keyword("$Bericht".into())), "{flags:?}");
        let internal = message.internal_date().expect("INTERNALDATE");
        assert_eq!(internal.timestamp(), Some(date.to_zoned().timestamp()), "{internal:?}");
        assert_eq!(message.size(), Some(data.len() as u64));

        let envelope = message.envelope().expect("ENVELOPE").to_envelope();
        assert_eq!(envelope.subject_decoded().as_deref(), Some("Grüße aus Köln - Bericht"));
        assert_eq!(envelope.date_text().as_deref(), Some("Tue, 2 Jan 2024 09:30:00 +0100"));
        assert_eq!(envelope.message_id_text().as_deref(), Some("<live-structure@imap-rs.test>"));
        assert_eq!(envelope.in_reply_to.as_deref(), Some(&b"<parent@imap-rs.test>"[..]));
        assert_eq!(envelope.from.len(), 1);
        assert_eq!(envelope.from[0].name_decoded().as_deref(), Some("Jörg Müller"));
        assert_eq!(envelope.from[0].email().as_deref(), Some("joerg@example.org"));
        assert_eq!(envelope.sender, envelope.from, "Sender defaults to From");
        assert_eq!(envelope.reply_to[0].email().as_deref(), Some("team@example.org"));
        let emails =
            |list: &[imapkit::types::Address]| -> Vec<String> { list.iter().filter_map(|a| a.email()).collect() };
        assert_eq!(emails(&envelope.to), ["alice@example.org"]);
        assert_eq!(emails(&envelope.cc), ["bob@example.org", "carol@example.org"]);
        assert_eq!(envelope.cc[0].name.as_deref(), Some(&b"Bob"[..]));
        assert_eq!(envelope.cc[1].name, None);
        assert!(envelope.bcc.is_empty());

        let structure = message.body_structure().expect("BODYSTRUCTURE").to_body_structure();
        assert_eq!(structure.mime_type(), "multipart/mixed");
        let multipart = structure.as_multipart().unwrap();
        assert_eq!(multipart.parts.len(), 2);
        // The boundary comes with BODYSTRUCTURE's extension data.
        assert_eq!(multipart.param("boundary"), Some(&b"imap-rs-boundary"[..]));
        let text = structure.part("1").and_then(|p| p.as_single()).expect("part 1");
        assert_eq!(text.mime_type(), "text/plain");
        assert_eq!(text.param("charset").map(<[u8]>::to_ascii_lowercase), Some(b"utf-8".to_vec()));
        assert!(text.fields.encoding.eq_ignore_ascii_case("quoted-printable"));
        assert_eq!(text.fields.octets, text_part.len() as u64);
        // Both servers count line ends: the CRLF after the second line belongs to the boundary.
        assert!(matches!(text.kind, SinglePartKind::Text { lines: 1 }), "{:?}", text.kind);
        let pdf = structure.part("2").and_then(|p| p.as_single()).expect("part 2");
        assert_eq!(pdf.mime_type(), "application/pdf");
        assert_eq!(pdf.param("name"), Some(&b"Bericht.pdf"[..]));
        assert!(pdf.fields.encoding.eq_ignore_ascii_case("base64"));
        assert_eq!(pdf.fields.octets, attachment_part.len() as u64);
        assert_eq!(pdf.fields.description.as_deref(), Some(&b"Der Bericht"[..]));
        let disposition = pdf.disposition().expect("Content-Disposition");
        assert!(disposition.kind.eq_ignore_ascii_case("attachment"));
        assert_eq!(disposition.param("filename"), Some(&b"Bericht.pdf"[..]));
        assert!(structure.part("3").is_none());

        // Sections, BINARY (decoded by the server) and a partial range, all without \Seen.
        let section = |part: Vec<u32>, text: SectionText, partial: Option<(u32, u32)>| FetchAttribute::Section {
            section: Section { part, text, partial },
            peek: true,
        };
        let items = || {
            FetchItems::new(vec![
                section(vec![1], SectionText::All, None),
                section(vec![2], SectionText::All, None),
                section(vec![], SectionText::HeaderFields(vec!["Subject".into(), "Message-ID".into()]), None),
                FetchAttribute::Binary { part: vec![1], partial: None, peek: true },
                FetchAttribute::Binary { part: vec![2], partial: None, peek: true },
            ])
        };
        let fetched = ok(server, "UID FETCH", aw!(client.uid_fetch(1, items())));
        let message = merged(&fetched.fetches, 1);
        let command = ok(server, "build", build::uid_fetch(1, items()));
        assert_eq!(merged(&fetched_borrowed!(command.into_command()), 1), message);
        assert_eq!(message.uid(), Some(1), "UID FETCH always returns the UID");
        assert_eq!(message.body_section("1"), Some(text_part.as_bytes()));
        assert_eq!(message.body_section("2"), Some(attachment_part.as_bytes()));
        assert_eq!(
            message.body_section("HEADER.FIELDS (Subject Message-ID)"),
            Some(
                &b"Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?= - Bericht\r\n\
                   Message-ID: <live-structure@imap-rs.test>\r\n\r\n"[..]
            )
        );
        assert_eq!(message.binary(&[1]), Some("Grüße!\r\nDer Bericht hängt an.".as_bytes()));
        assert_eq!(message.binary(&[2]), Some(attachment.as_slice()));

        let partial = ok(server, "FETCH partial", aw!(client.fetch(1, FetchItems::partial(6, 20)))).fetches;
        let range = partial.iter().find_map(|f| {
            f.attrs.iter().find_map(|a| match a {
                FetchAttr::BodySection(section) => Some((section.origin, section.data.clone()?)),
                _ => None,
            })
        });
        assert_eq!(range, Some((Some(6), data.as_bytes()[6..26].to_vec())));
    }
}

dual! {
    /// A 20 MB message: APPEND and FETCH, compared byte for byte.
    pub fn big_message / big_message_async(server) {
        let via = match server.kind {
            Kind::Dovecot => Via::Plain,
            Kind::Cyrus => Via::Tls,
        };
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("big");
        let mut client = login!(server, via, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));

        let size = 20 * 1024 * 1024;
        let mut data = message("big", "alice@example.org", "Mon, 1 Jan 2024 10:00:00 +0000", "");
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        while data.len() < size {
            for _ in 0..76 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                data.push(CHARS[(state % 64) as usize]);
            }
            data.extend_from_slice(b"\r\n");
        }
        let start = Instant::now();
        let appended = ok(server, "APPEND 20 MB", aw!(client.append(name.as_str(), [data.as_slice()])));
        let (_, uids) = appended_uids(&appended);
        let appended_in = start.elapsed();
        ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        let start = Instant::now();
        let items = FetchItems::new(vec![
            FetchAttribute::Rfc822Size,
            FetchAttribute::Section {
                section: Section { part: vec![], text: SectionText::All, partial: None },
                peek: true,
            },
        ]);
        let fetched = ok(server, "UID FETCH 20 MB", aw!(client.uid_fetch(uids[0], items)));
        let message = merged(&fetched.fetches, 1);
        assert_eq!(message.size(), Some(data.len() as u64));
        let back = message.rfc822().expect("BODY[] data");
        assert_eq!(back.len(), data.len());
        assert!(back == data.as_slice(), "the 20 MB message came back changed");
        eprintln!(
            "{} over {}: APPEND {} bytes in {appended_in:?}, FETCH in {:?}",
            server.kind.name(),
            via.name(),
            data.len(),
            start.elapsed()
        );

        // The same, streamed: APPEND from a reader and FETCH into a writer, with memory that does
        // not grow with the message (the parsed FETCH holds a placeholder, not the bytes).
        let reader = std::io::Cursor::new(data.clone());
        let message = imapkit::AppendMessage::streamed(data.len() as u64);
        let appended = ok(server, "APPEND streamed", aw!(client.append_reader(name.as_str(), message, reader)));
        let (_, streamed_uids) = appended_uids(&appended);
        let mut written = Vec::with_capacity(data.len());
        let command = build::uid_fetch(streamed_uids[0], "BODY.PEEK[]").unwrap();
        let (done, count) = aw!(client.fetch_to_writer(command, &mut written)).expect("streamed FETCH");
        assert_eq!(count, data.len() as u64);
        assert!(written == data, "the streamed 20 MB message came back changed");
        let fetches = done.fetches;
        let streamed = fetches
            .iter()
            .flat_map(|f| &f.attrs)
            .any(|a| matches!(a, imapkit::types::FetchAttr::Streamed { len, .. } if *len == data.len() as u64));
        assert!(streamed, "the body went to the writer, not into the parsed response: {:?}", fetches.len());
    }
}

/// Four messages for STORE and SEARCH; the second has a UTF-8 subject, sender and body.
fn search_messages() -> Vec<Vec<u8>> {
    let date = "Mon, 1 Jan 2024 10:00:00 +0000";
    vec![
        message("alpha report", "Ann <ann@example.org>", date, "first"),
        message_with(
            "=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=",
            "=?UTF-8?Q?J=C3=B6rg?= <joerg@example.org>",
            date,
            "Content-Transfer-Encoding: 8bit\r\n",
            "Der Käsekuchen ist fertig.",
        ),
        message("beta report", "Bob <bob@example.org>", date, "third"),
        message("gamma", "Carl <carl@example.org>", date, "fourth"),
    ]
}

dual! {
    /// STORE in every mode (add, remove, replace, silent; by sequence number and by UID) and
    /// SEARCH / UID SEARCH on flags, headers and text, with UTF-8 strings (CHARSET UTF-8) and
    /// ESEARCH results.
    pub fn store_search / store_search_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("search");
        let mut client = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let (_, uids) = appended_uids(&ok(server, "APPEND", aw!(client.append(name.as_str(), search_messages()))));
        assert_eq!(uids.len(), 4);
        ok(server, "SELECT", aw!(client.select(name.as_str(), None)));

        // \Recent is the server's to set; the others are what STORE did.
        let flags_of = |reply: &[Fetch], seq: u32| -> Vec<Flag> {
            let flags = merged(reply, seq).flags().expect("FLAGS").to_vec();
            let mut flags: Vec<Flag> = flags.into_iter().filter(|f| *f != Flag::Recent).collect();
            flags.sort();
            flags
        };
        let stored = ok(server, "STORE +FLAGS", aw!(client.store(1, StoreAction::add(vec![Flag::Flagged]))));
        assert_eq!(flags_of(&stored.fetches, 1), [Flag::Flagged]);
        let silent = ok(server, "STORE +FLAGS.SILENT", aw!(client.store("2:3", StoreAction::add(vec![Flag::Seen]).silent())));
        match server.kind {
            Kind::Dovecot => assert!(silent.fetches.is_empty(), ".SILENT: no FETCH back: {:?}", silent.fetches),
            // Cyrus reports the changed flags anyway (RFC 3501 6.4.6 only says SHOULD NOT).
            Kind::Cyrus => {
                for seq in [2, 3] {
                    assert_eq!(flags_of(&silent.fetches, seq), [Flag::Seen]);
                }
            }
        }
        let removed = ok(server, "STORE -FLAGS", aw!(client.store(3, StoreAction::remove(vec![Flag::Seen]))));
        assert!(flags_of(&removed.fetches, 3).is_empty());
        let replaced = ok(
            server,
            "STORE FLAGS",
            aw!(client.store(4, StoreAction::replace(vec![Flag::Answered, Flag::Keyword("$Label1".into())]))),
        );
        assert_eq!(flags_of(&replaced.fetches, 4), [Flag::Answered, Flag::Keyword("$Label1".into())]);
        let by_uid = ok(server, "UID STORE", aw!(client.uid_store(uids[0], StoreAction::add(vec![Flag::Draft]))));
        assert_eq!(merged(&by_uid.fetches, 1).uid(), Some(uids[0]));
        assert_eq!(flags_of(&by_uid.fetches, 1), [Flag::Flagged, Flag::Draft]);

        // A macro, not a closure, so that the scenario runs through both clients (dual!).
        macro_rules! search {
            ($key:expr) => {{
                let mut found = ok(server, "SEARCH", aw!(client.search($key))).search.numbers;
                found.sort_unstable();
                found
            }};
        }
        assert_eq!(search!(SearchKey::All), [1, 2, 3, 4]);
        assert_eq!(search!(SearchKey::Flagged), [1]);
        assert_eq!(search!(SearchKey::Seen), [2]);
        assert_eq!(search!(SearchKey::Unseen), [1, 3, 4]);
        assert_eq!(search!(SearchKey::Keyword(Flag::Keyword("$Label1".into()))), [4]);
        assert_eq!(search!(SearchKey::Subject("report".into())), [1, 3]);
        assert_eq!(search!(SearchKey::or(SearchKey::From("carl".into()), SearchKey::Draft)), [1, 4]);
        assert_eq!(
            search!(SearchKey::And(vec![SearchKey::Subject("report".into()), SearchKey::not(SearchKey::Flagged)])),
            [3]
        );
        // Non-ASCII strings: sent with CHARSET UTF-8 as literals, matched against decoded text.
        assert_eq!(search!(SearchKey::Subject("Grüße".into())), [2]);
        assert_eq!(search!(SearchKey::From("Jörg".into())), [2]);
        assert_eq!(search!(SearchKey::Body("Käsekuchen".into())), [2]);
        assert_eq!(search!(SearchKey::Text("KÖLN".into())), [2], "case-insensitive");
        assert!(search!(SearchKey::Subject("Grüße aus Berlin".into())).is_empty());

        let mut found = ok(server, "UID SEARCH", aw!(client.uid_search(SearchKey::Subject("report".into())))).search.numbers;
        found.sort_unstable();
        assert_eq!(found, [uids[0], uids[2]]);
        let found = ok(server, "UID SEARCH", aw!(client.uid_search(SearchKey::Body("Käsekuchen".into())))).search.numbers;
        assert_eq!(found, [uids[1]]);

        let esearch = ok(
            server,
            "SEARCH RETURN",
            aw!(client.search(SearchProgram::new(SearchKey::Unseen).returning(&["MIN", "MAX", "COUNT"]))),
        );
        assert_eq!(esearch.esearch.len(), 1, "{esearch:?}");
        let result = &esearch.esearch[0];
        assert_eq!((result.min, result.max, result.count, result.uid), (Some(1), Some(4), Some(3), false));
    }
}

/// A thread as (message, replies), whatever nesting the server chose for a chain.
#[derive(Debug, PartialEq, Eq)]
struct Node(u32, Vec<Node>);

fn nodes(thread: &Thread) -> Node {
    let children: Vec<Node> = thread.children.iter().map(nodes).collect();
    let Some((&last, chain)) = thread.messages.split_last() else { return Node(0, children) };
    chain.iter().rev().fold(Node(last, children), |child, &parent| Node(parent, vec![child]))
}

fn forest(threads: &[Thread]) -> Vec<Node> {
    threads.iter().map(nodes).collect()
}

/// Six messages in three conversations, for SORT and THREAD.
fn conversation() -> Vec<Vec<u8>> {
    let mail = |subject: &str, from: &str, day: u32, id: u32, parents: &[u32], pad: usize| {
        let mut extra = format!("Message-ID: <t{id}@imap-rs.test>\r\n");
        if let Some(last) = parents.last() {
            let refs: Vec<String> = parents.iter().map(|p| format!("<t{p}@imap-rs.test>")).collect();
            extra.push_str(&format!("In-Reply-To: <t{last}@imap-rs.test>\r\nReferences: {}\r\n", refs.join(" ")));
        }
        let date = format!("Mon, {day} Jan 2024 10:00:00 +0000");
        message_with(subject, from, &date, &extra, &"x".repeat(pad))
    };
    vec![
        mail("Banana", "Carol <carol@example.org>", 3, 1, &[], 30),
        mail("Re: Banana", "Alice <alice@example.org>", 5, 2, &[1], 70),
        mail("apple", "Bob <bob@example.org>", 1, 3, &[], 10),
        mail("Cherry", "Dave <dave@example.org>", 4, 4, &[], 0),
        mail("Re: apple", "Eve <eve@example.org>", 2, 5, &[3], 50),
        mail("Re: Re: Banana", "Frank <frank@example.org>", 6, 6, &[1, 2], 20),
    ]
}

dual! {
    /// SORT and UID SORT by subject, date, sender and size (with a search key); THREAD by
    /// REFERENCES and ORDEREDSUBJECT, and UID THREAD: the orders and trees are asserted.
    pub fn sort_thread / sort_thread_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("sort");
        let mut client = login!(server, Via::Tls, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let messages = conversation();
        let (_, uids) = appended_uids(&ok(server, "APPEND", aw!(client.append(name.as_str(), messages.clone()))));
        ok(server, "SELECT", aw!(client.select(name.as_str(), None)));

        // A macro, not a closure, so that the scenario runs through both clients (dual!).
        macro_rules! sort {
            ($keys:expr, $search:expr) => {
                ok(server, "SORT", aw!(client.sort(None, $keys, "UTF-8", $search))).sort.numbers
            };
        }
        // Base subjects (RFC 5256: "Re:" removed, case folded): apple, banana, cherry; ties by number.
        assert_eq!(sort!(&[SortKey::by(SortField::Subject)], SearchKey::All), [3, 5, 1, 2, 6, 4]);
        assert_eq!(sort!(&[SortKey::by(SortField::Date)], SearchKey::All), [3, 5, 1, 4, 2, 6]);
        assert_eq!(sort!(&[SortKey::reverse(SortField::Date)], SearchKey::All), [6, 2, 4, 1, 5, 3]);
        assert_eq!(sort!(&[SortKey::by(SortField::From)], SearchKey::All), [2, 3, 1, 4, 5, 6]);
        let mut by_size: Vec<u32> = (1..=6).collect();
        by_size.sort_by_key(|&n| (messages[n as usize - 1].len(), n));
        assert_eq!(sort!(&[SortKey::by(SortField::Size)], SearchKey::All), by_size);
        assert_eq!(
            sort!(&[SortKey::by(SortField::Subject), SortKey::reverse(SortField::Date)], SearchKey::All),
            [5, 3, 6, 2, 1, 4]
        );
        assert_eq!(sort!(&[SortKey::reverse(SortField::Date)], SearchKey::Subject("banana".into())), [6, 2, 1]);
        let by_uid = ok(server, "UID SORT", aw!(client.uid_sort(None, &[SortKey::by(SortField::Subject)], "UTF-8", SearchKey::All)));
        let expected: Vec<u32> = [3, 5, 1, 2, 6, 4].iter().map(|&n| uids[n - 1]).collect();
        assert_eq!(by_uid.sort.numbers, expected);

        // REFERENCES: threads by the date of their first message: apple, banana, cherry.
        let threads = ok(server, "THREAD", aw!(client.thread("REFERENCES", "UTF-8", SearchKey::All))).threads;
        let expected = vec![Node(3, vec![Node(5, vec![])]), Node(1, vec![Node(2, vec![Node(6, vec![])])]), Node(4, vec![])];
        assert_eq!(forest(&threads), expected, "{threads:?}");
        // ORDEREDSUBJECT: the first message of a subject is the parent of all the others.
        let threads = ok(server, "THREAD", aw!(client.thread("ORDEREDSUBJECT", "UTF-8", SearchKey::All))).threads;
        let expected =
            vec![Node(3, vec![Node(5, vec![])]), Node(1, vec![Node(2, vec![]), Node(6, vec![])]), Node(4, vec![])];
        assert_eq!(forest(&threads), expected, "{threads:?}");
        let threads = ok(server, "UID THREAD", aw!(client.uid_thread("REFERENCES", "UTF-8", SearchKey::All))).threads;
        let u = |n: usize| uids[n - 1];
        let expected = vec![
            Node(u(3), vec![Node(u(5), vec![])]),
            Node(u(1), vec![Node(u(2), vec![Node(u(6), vec![])])]),
            Node(u(4), vec![]),
        ];
        assert_eq!(forest(&threads), expected, "{threads:?}");
        let threads =
            ok(server, "THREAD", aw!(client.thread("REFERENCES", "UTF-8", SearchKey::Subject("apple".into())))).threads;
        assert_eq!(forest(&threads), vec![Node(3, vec![Node(5, vec![])])]);
    }
}

/// The COPYUID of a COPY or MOVE: (UIDVALIDITY, source UIDs, destination UIDs).
fn copy_uid(code: Option<&Code>) -> (u32, Vec<u32>, Vec<u32>) {
    match code {
        Some(Code::CopyUid { uid_validity, source, destination }) => {
            (*uid_validity, numbers(source), numbers(destination))
        }
        other => panic!("no COPYUID: {other:?}"),
    }
}

/// The COPYUID of a MOVE (RFC 6851): sent in an untagged OK, which the MOVE line claims
/// (`copy_uid`), or on the tagged OK.
fn move_copy_uid(
    found: Option<&imapkit::extract::CopyUid>,
    tagged: &imapkit::types::Status,
) -> (u32, Vec<u32>, Vec<u32>) {
    match found {
        Some(c) => {
            (c.uid_validity, c.source.expand(u32::MAX, 1000).unwrap(), c.destination.expand(u32::MAX, 1000).unwrap())
        }
        None => copy_uid(tagged.code.as_ref()),
    }
}

dual! {
    /// COPY / UID COPY with COPYUID, MOVE / UID MOVE, STORE \Deleted, UID EXPUNGE, EXPUNGE,
    /// CHECK, and leaving the mailbox with CLOSE (expunges) and UNSELECT (does not).
    pub fn copy_move_expunge / copy_move_expunge_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let source = cleanup.unique("source");
        let target = cleanup.unique("target");
        let mut client = login!(server, Via::StartTls, ALICE);
        ok(server, "CREATE", aw!(client.create(source.as_str(), None)));
        ok(server, "CREATE", aw!(client.create(target.as_str(), None)));
        let date = "Mon, 1 Jan 2024 10:00:00 +0000";
        let five: Vec<Vec<u8>> = (1..=5).map(|i| message(&format!("copy {i}"), "alice@example.org", date, "x")).collect();
        let (_, uids) = appended_uids(&ok(server, "APPEND", aw!(client.append(source.as_str(), five))));
        assert_eq!(uids, [1, 2, 3, 4, 5]);
        let target_validity = ok(server, "STATUS", aw!(client.status(target.as_str(), &[StatusItem::UidValidity])))
            .statuses.into_iter().next()
            .and_then(|s| s.uid_validity())
            .expect("UIDVALIDITY");
        ok(server, "SELECT", aw!(client.select(source.as_str(), None)));

        let copied = ok(server, "COPY", aw!(client.copy("1:2", target.as_str())));
        assert_eq!(copy_uid(copied.tagged.code.as_ref()), (target_validity, vec![1, 2], vec![1, 2]));
        let copied = ok(server, "UID COPY", aw!(client.uid_copy(4, target.as_str())));
        assert_eq!(copy_uid(copied.tagged.code.as_ref()), (target_validity, vec![4], vec![3]));
        let missing = aw!(client.copy(1, server.unique("nowhere").as_str()));
        assert!(matches!(&missing, Err(Error::No { code: Some(Code::TryCreate), .. })), "{missing:?}");

        let moved = ok(server, "MOVE", aw!(client.move_(3, target.as_str())));
        assert_eq!(moved.expunged, [3]);
        assert_eq!(move_copy_uid(moved.copy_uid.as_ref(), &moved.tagged), (target_validity, vec![3], vec![4]));
        let moved = ok(server, "UID MOVE", aw!(client.uid_move(5, target.as_str())));
        assert_eq!(moved.expunged, [4], "UID 5 was message 4 after the first MOVE");
        assert_eq!(move_copy_uid(moved.copy_uid.as_ref(), &moved.tagged), (target_validity, vec![5], vec![5]));

        // Left: UIDs 1, 2, 4 as messages 1, 2, 3.
        ok(server, "STORE", aw!(client.store("1:3", StoreAction::add(vec![Flag::Deleted]).silent())));
        ok(server, "CHECK", aw!(client.check()));
        let expunged = ok(server, "UID EXPUNGE", aw!(client.uid_expunge(2)));
        assert_eq!(expunged.expunged, [2], "only UID 2, although all are \\Deleted");
        let expunged = ok(server, "EXPUNGE", aw!(client.expunge()));
        assert_eq!(expunged.expunged.len(), 2, "{:?}", expunged.expunged);
        assert!(expunged.expunged.iter().all(|&n| n == 1 || n == 2), "{:?}", expunged.expunged);
        assert!(ok(server, "SEARCH", aw!(client.search(SearchKey::All))).search.numbers.is_empty());

        // UNSELECT leaves \Deleted messages; CLOSE expunges them.
        // A macro, not a closure, so that the scenario runs through both clients (dual!).
        macro_rules! messages {
            () => {{
                let status = ok(server, "STATUS", aw!(client.status(target.as_str(), &[StatusItem::Messages])));
                status.statuses.into_iter().next().and_then(|s| s.messages())
            }};
        }
        let selected = ok(server, "SELECT", aw!(client.select(target.as_str(), None)));
        assert_eq!(selected.exists, Some(5));
        ok(server, "STORE", aw!(client.store(1, StoreAction::add(vec![Flag::Deleted]))));
        ok(server, "UNSELECT", aw!(client.unselect()));
        assert_eq!(client.session().state(), State::Authenticated);
        assert_eq!(messages!(), Some(5));
        ok(server, "SELECT", aw!(client.select(target.as_str(), None)));
        ok(server, "CLOSE", aw!(client.close()));
        assert_eq!(client.session().state(), State::Authenticated);
        assert_eq!(messages!(), Some(4));
        assert!(matches!(aw!(client.check()), Err(Error::State { current: State::Authenticated, .. })));
    }
}

dual! {
    /// Pipelining with typed results: several commands in flight, collected out of order, each
    /// equal to what the direct call returns; a NO in the middle fails only its own command.
    pub fn pipelined / pipelined_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("pipelined");
        let mut client = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        ok(server, "APPEND", aw!(client.append(name.as_str(), search_messages())));
        ok(server, "SELECT", aw!(client.select(name.as_str(), None)));

        let fetch = ok(server, "send FETCH", aw!(client.send(build::fetch("1:4", "(UID FLAGS RFC822.SIZE)").unwrap())));
        let missing =
            ok(server, "send STATUS", aw!(client.send(build::status("no-such-mailbox", &[StatusItem::Messages]).unwrap())));
        let search = ok(server, "send SEARCH", aw!(client.send(build::search(SearchKey::Subject("report".into())).unwrap())));
        let status = ok(server, "send STATUS", aw!(client.send(build::status("INBOX", &[StatusItem::Messages]).unwrap())));
        assert_ne!(fetch.tag(), search.tag());

        // Out of order: each result is its own, typed.
        let mut found = ok(server, "wait SEARCH", aw!(client.wait(search))).search.numbers;
        found.sort_unstable();
        assert_eq!(found, [1, 3]);
        let status = ok(server, "wait STATUS", aw!(client.wait(status))).statuses.into_iter().next().expect("a STATUS response");
        assert_eq!(status.mailbox.to_utf8().as_deref(), Some("INBOX"));
        assert!(status.messages().is_some());
        expect_no(aw!(client.wait(missing)));
        let pipelined = ok(server, "wait FETCH", aw!(client.wait(fetch))).fetches;

        let direct = ok(server, "FETCH", aw!(client.fetch("1:4", "(UID FLAGS RFC822.SIZE)"))).fetches;
        assert_eq!(pipelined.len(), 4);
        for seq in 1..=4 {
            let (a, b) = (merged(&pipelined, seq), merged(&direct, seq));
            assert_eq!((a.uid(), a.size()), (b.uid(), b.size()), "message {seq}");
            assert!(a.uid().is_some() && a.size().is_some());
        }

        // Two SEARCHes in flight (their bare `* SEARCH` replies cannot be told apart: the
        // session writes the second after the first completes) give what they give one by one.
        ok(server, "STORE", aw!(client.store(2, StoreAction::add(vec![Flag::Seen]))));
        let unseen = ok(server, "send SEARCH UNSEEN", aw!(client.send(build::search(SearchKey::Unseen).unwrap())));
        let greetings =
            ok(server, "send SEARCH SUBJECT", aw!(client.send(build::search(SearchKey::Subject("Grüße".into())).unwrap())));
        let status = ok(server, "send STATUS", aw!(client.send(build::status("INBOX", &[StatusItem::Messages]).unwrap())));
        let flags = ok(server, "send FETCH", aw!(client.send(build::fetch("1:4", "(FLAGS)").unwrap())));
        let (unseen, greetings) = (
            ok(server, "wait SEARCH UNSEEN", aw!(client.wait(unseen))).search.numbers,
            ok(server, "wait SEARCH SUBJECT", aw!(client.wait(greetings))).search.numbers,
        );
        let status = ok(server, "wait STATUS", aw!(client.wait(status))).statuses.into_iter().next();
        let flags = ok(server, "wait FETCH", aw!(client.wait(flags))).fetches;
        let direct_unseen = ok(server, "SEARCH UNSEEN", aw!(client.search(SearchKey::Unseen))).search.numbers;
        let direct_greetings =
            ok(server, "SEARCH SUBJECT", aw!(client.search(SearchKey::Subject("Grüße".into())))).search.numbers;
        let direct_status = ok(server, "STATUS", aw!(client.status("INBOX", &[StatusItem::Messages]))).statuses.into_iter().next();
        assert_eq!(unseen, direct_unseen, "{}", server.kind.name());
        assert!(!unseen.contains(&2), "message 2 is \\Seen: {unseen:?}");
        assert_eq!(greetings, direct_greetings);
        assert_eq!(greetings, [2]);
        assert_eq!(status.map(|s| s.messages()), direct_status.map(|s| s.messages()));
        assert_eq!(flags.len(), 4);
    }
}

dual! {
    /// A mail client's resynchronisation (CONDSTORE and QRESYNC, RFC 7162): what changed since a
    /// mod-sequence, a conditional STORE that reports what it skipped (MODIFIED), expunges as
    /// VANISHED, and SELECT with QRESYNC answering with VANISHED (EARLIER) and the changed flags.
    pub fn resync / resync_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("resync");
        let mut client = login!(server, Via::Plain, ALICE);
        let caps = ok(server, "CAPABILITY", aw!(client.capabilities()));
        assert!(caps.iter().any(|c| c == "QRESYNC"), "{caps:?}");
        ok(server, "ENABLE QRESYNC", aw!(client.enable(["QRESYNC"])));
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let (_, uids) = appended_uids(&ok(server, "APPEND", aw!(client.append(name.as_str(), search_messages()))));
        let selected = ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        let uid_validity = selected.uid_validity.expect("UIDVALIDITY");
        let start = selected.highest_modseq.expect("HIGHESTMODSEQ with QRESYNC enabled");

        // One change since `start`: only that message comes back, with its MODSEQ.
        ok(server, "STORE", aw!(client.store(2, StoreAction::add(vec![Flag::Seen]).silent())));
        let changed = ok(
            server,
            "UID FETCH CHANGEDSINCE",
            aw!(client.uid_fetch("1:*", FetchItems::new(vec![FetchAttribute::Flags]).changed_since(start))),
        )
        .fetches;
        assert_eq!(changed.iter().map(|f| f.uid()).collect::<Vec<_>>(), [Some(uids[1])], "{changed:?}");
        let after_store = changed[0].modseq().expect("MODSEQ");
        assert!(after_store > start);

        // Conditional STORE: message 2 changed after `start`, so it is skipped and reported.
        let stored = ok(
            server,
            "STORE UNCHANGEDSINCE",
            aw!(client.store("2:3", StoreAction::add(vec![Flag::Flagged]).unchanged_since(start))),
        );
        match &stored.tagged.code {
            Some(Code::Modified(set)) => assert_eq!(numbers(set), [2], "{set}"),
            other => panic!("{}: expected [MODIFIED 2], got {other:?}", server.kind.name()),
        }

        // With QRESYNC enabled, an expunge is reported as VANISHED (UIDs), not EXPUNGE.
        ok(server, "STORE \\Deleted", aw!(client.uid_store(uids[3], StoreAction::add(vec![Flag::Deleted]).silent())));
        let expunged = ok(server, "UID EXPUNGE", aw!(client.uid_expunge(uids[3])));
        assert!(expunged.expunged.is_empty(), "{:?}", expunged.expunged);
        let vanished: Vec<u32> = expunged.vanished.iter().flat_map(|v| numbers(&v.uids)).collect();
        assert_eq!(vanished, [uids[3]]);

        // A later session resynchronises from `after_store`: message 3's new flag and the
        // vanished UID arrive with the SELECT.
        ok(server, "UNSELECT", aw!(client.unselect()));
        let known = SequenceSet::from_numbers(&uids).expect("UIDs");
        let params = imapkit::encode::SelectParams::qresync(uid_validity, after_store).known_uids(known);
        let resynced = ok(server, "SELECT QRESYNC", aw!(client.select(name.as_str(), Some(&params))));
        let earlier: Vec<u32> = resynced.vanished.iter().filter(|v| v.earlier).flat_map(|v| numbers(&v.uids)).collect();
        assert_eq!(earlier, [uids[3]], "{:?}", resynced.vanished);
        let flagged: Vec<Option<u32>> = resynced
            .fetches
            .iter()
            .filter(|f| f.flags().is_some_and(|flags| flags.contains(&Flag::Flagged)))
            .map(|f| f.uid())
            .collect();
        assert_eq!(flagged, [Some(uids[2])], "{:?}", resynced.fetches);

        // UID FETCH with VANISHED: the same expunge, asked for explicitly. The range names the
        // UIDs: `*` is the largest UID still there, and Cyrus takes that literally.
        let range = format!("{}:{}", uids[0], uids[3]);
        let fetched = ok(
            server,
            "UID FETCH CHANGEDSINCE VANISHED",
            aw!(client.uid_fetch(
                range.as_str(),
                FetchItems::new(vec![FetchAttribute::Flags]).changed_since(after_store).vanished(),
            )),
        );
        let earlier: Vec<u32> = fetched.vanished.iter().filter(|v| v.earlier).flat_map(|v| numbers(&v.uids)).collect();
        assert_eq!(earlier, [uids[3]], "{:?}", fetched.vanished);
    }
}

dual! {
    /// APPEND line ends: a message with bare LF goes as given (a server may store or refuse
    /// it, the connection goes on either way); normalised, it is stored and comes back CRLF.
    pub fn append_line_endings / append_line_endings_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("line-ends");
        let mut client = login!(server, Via::Plain, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let unix = b"From: a@example.org\nSubject: line ends\n\nbody\n".to_vec();
        let as_given = aw!(client.append(name.as_str(), [AppendMessage::new(unix.clone())]));
        let stored_as_given = match &as_given {
            Ok(_) => 1,
            Err(Error::No { .. } | Error::Bad { .. }) => 0,
            Err(other) => panic!("{}: APPEND with bare LF: {other}", server.kind.name()),
        };
        let normal = AppendMessage::new(unix).normalize_line_endings();
        ok(server, "APPEND normalised", aw!(client.append(name.as_str(), [normal])));
        let selected = ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        assert_eq!(selected.exists, Some(1 + stored_as_given));
        let fetched = ok(server, "FETCH", aw!(client.fetch(1 + stored_as_given, "BODY.PEEK[]"))).fetches;
        let body = fetched.iter().find_map(|f| f.body_section("")).expect("BODY[]");
        assert_eq!(body, b"From: a@example.org\r\nSubject: line ends\r\n\r\nbody\r\n".as_slice());
        ok(server, "LOGOUT", aw!(client.logout()));
    }
}

dual! {
    /// Message bodies (feature `mime`): a message with an ISO-2022-JP subject, a UTF-8 HTML
    /// part beside its plain-text form and a base64 attachment goes in with APPEND, comes back
    /// with FETCH BODY.PEEK[] and parses into the same decoded headers, text and bytes.
    pub fn mime_round_trip / mime_round_trip_async(server) {
        let mut cleanup = Cleanup::new(server, ALICE);
        let name = cleanup.unique("mime");
        let mut client = login!(server, Via::Tls, ALICE);
        ok(server, "CREATE", aw!(client.create(name.as_str(), None)));
        let attachment: Vec<u8> = (0..1000u32).map(|i| (i * 31 % 251) as u8).collect();
        let data = format!(
            "From: =?iso-2022-jp?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>\r\n\
             To: Alice <alice@example.org>\r\n\
             Subject: =?ISO-2022-JP?B?GyRCMnE1RCROMEZGYhsoQg==?=\r\n\
             Date: Wed, 2 Dec 2026 08:05:00 +0900\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"outer\"\r\n\
             \r\n\
             --outer\r\n\
             Content-Type: multipart/alternative; boundary=\"inner\"\r\n\
             \r\n\
             --inner\r\n\
             Content-Type: text/plain; charset=utf-8\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\
             \r\n\
             Gr=C3=BC=C3=9Fe =E2=98=83\r\n\
             --inner\r\n\
             Content-Type: text/html; charset=utf-8\r\n\
             Content-Transfer-Encoding: base64\r\n\
             \r\n\
             {html}\r\n\
             --inner--\r\n\
             --outer\r\n\
             Content-Type: application/octet-stream; name=\"data.bin\"\r\n\
             Content-Disposition: attachment; filename=\"data.bin\"\r\n\
             Content-Transfer-Encoding: base64\r\n\
             \r\n\
             {attached}\r\n\
             --outer--\r\n",
            html = base64_lines("<p>Grüße <b>☃</b></p>".as_bytes()),
            attached = base64_lines(&attachment),
        );
        let appended = ok(server, "APPEND", aw!(client.append(name.as_str(), [AppendMessage::new(data.as_bytes())])));
        let (_, uids) = appended_uids(&appended);
        ok(server, "SELECT", aw!(client.select(name.as_str(), None)));
        let fetched = ok(server, "UID FETCH", aw!(client.uid_fetch(uids[0], "(ENVELOPE BODY.PEEK[])"))).fetches;
        let fetch = merged(&fetched, 1);
        assert_eq!(fetch.rfc822(), Some(data.as_bytes()), "the message came back byte for byte");
        // The envelope's RFC 2047 decoding (encoding_rs) and mail-parser's agree.
        let envelope = fetch.envelope().expect("ENVELOPE");
        assert_eq!(envelope.subject_decoded().as_deref(), Some("会議の案内"));
        assert_eq!(envelope.from().get(0).and_then(|a| a.name_decoded()).as_deref(), Some("山田"));

        use imapkit::mime::MimeHeaders;
        let message = fetch.message().expect("BODY[] parses as a message");
        assert_eq!(message.subject(), Some("会議の案内"));
        let from = message.from().and_then(|from| from.first()).expect("From");
        assert_eq!(from.name(), Some("山田"));
        assert_eq!(from.address(), Some("yamada@example.jp"));
        assert_eq!(message.body_text(0).as_deref().map(str::trim_end), Some("Grüße ☃"));
        assert_eq!(message.body_html(0).as_deref(), Some("<p>Grüße <b>☃</b></p>"));
        let attachments: Vec<_> = message.attachments().collect();
        assert_eq!(attachments.len(), 1, "one attachment");
        assert_eq!(attachments[0].attachment_name(), Some("data.bin"));
        let content_type = attachments[0].content_type().expect("Content-Type");
        assert_eq!((content_type.ctype(), content_type.subtype()), ("application", Some("octet-stream")));
        assert_eq!(attachments[0].contents(), attachment.as_slice(), "base64 undone exactly");
    }
}
