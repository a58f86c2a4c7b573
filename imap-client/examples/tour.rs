//! A tour of the client against a real server, printing each step in readable form:
//! connect (STARTTLS when a CA file is given, certificate verified), LOGIN, COMPRESS when
//! offered, NAMESPACE and LIST, CREATE two mailboxes (one with a non-ASCII name), APPEND three
//! messages, SELECT, two pipelined SEARCHes (one with a UTF-8 string), FETCH the envelopes, STORE flags, COPY with
//! COPYUID, STORE \Deleted and EXPUNGE, STATUS, then clean up (CLOSE, DELETE) and LOGOUT.
//!
//! ```text
//! cargo run -p imapkit --example tour -- HOST PORT USER PASSWORD [CA_FILE]
//! ```
//!
//! `scripts/demo` starts a local Dovecot and runs it. The tour deletes what it created, so it
//! can run again and again against the same account.

use std::error::Error;

use imapkit::build;
use imapkit::types::{Code, Fetch};
use imapkit::{
    AppendMessage, Client, Commands, FetchAttribute, FetchItems, Flag, InternalDate, SearchKey, StatusItem,
    StoreAction, TlsOptions,
};

/// Prints one step: a verb in a column, then what happened.
fn step(verb: &str, what: impl AsRef<str>) {
    let mut lines = what.as_ref().lines();
    println!("{verb:<9} {}", lines.next().unwrap_or_default());
    for line in lines {
        println!("{:<9} {line}", "");
    }
}

/// A short message with a (possibly RFC 2047 encoded) subject and sender.
fn message(subject: &str, from: &str, date: &str, body: &str) -> Vec<u8> {
    format!(
        "From: {from}\r\nTo: Alice <alice@example.org>\r\nSubject: {subject}\r\nDate: {date}\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

/// One line per message: number, UID, flags, date, sender and subject from the ENVELOPE.
fn describe(fetch: &Fetch) -> String {
    let flags: Vec<String> = fetch.flags().unwrap_or_default().iter().map(Flag::to_string).collect();
    let Some(envelope) = fetch.envelope() else { return format!("#{} (no envelope)", fetch.seq) };
    let from = envelope.from().first().map_or_else(String::new, |a| match (a.name_decoded(), a.email()) {
        (Some(name), Some(email)) => format!("{name} <{email}>"),
        (None, Some(email)) => email,
        (name, None) => name.unwrap_or_default(),
    });
    format!(
        "#{} UID {:<3} {:<31} {:<32} {:<20} [{}]",
        fetch.seq,
        fetch.uid().unwrap_or(0),
        envelope.date_text().unwrap_or_default(),
        from,
        format!("{:?}", envelope.subject_decoded().unwrap_or_default()),
        flags.join(" ")
    )
}

fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !(4..=5).contains(&args.len()) {
        eprintln!("usage: tour HOST PORT USER PASSWORD [CA_FILE]   (with a CA file: STARTTLS)");
        std::process::exit(2);
    }
    let (host, port, user, password) = (&args[0], args[1].parse::<u16>()?, &args[2], &args[3]);

    println!("== imap-rs tour: {user} at {host}:{port} ==\n");
    let mut client = match args.get(4) {
        Some(ca) => {
            let client = Client::connect_starttls(host, port, TlsOptions::with_ca_file(ca))?;
            let protocol = client.tls_info().and_then(|t| t.protocol).unwrap_or_default();
            step("connect", format!("STARTTLS, {protocol}, certificate verified against {ca}"));
            client
        }
        None => {
            step("connect", "plain TCP (give a CA file for STARTTLS)");
            Client::connect(host, port)?
        }
    };
    if let Some(greeting) = client.session().greeting() {
        step("greeting", &greeting.text);
    }

    client.login(user.as_str(), password.as_str())?;
    let capabilities = client.capabilities()?;
    let notable: Vec<&str> = ["IDLE", "MOVE", "SORT", "UIDPLUS", "CONDSTORE", "METADATA", "QUOTA", "ACL"]
        .into_iter()
        .filter(|c| capabilities.iter().any(|have| have == c))
        .collect();
    step("login", format!("as {user}; {} capabilities, among them {}", capabilities.len(), notable.join(" ")));
    if capabilities.iter().any(|c| c == "COMPRESS=DEFLATE") {
        client.compress("DEFLATE")?;
        step("compress", "DEFLATE in both directions from here on");
    }

    // Where our own mailboxes live, and the separator: "" and "/" on Dovecot, "INBOX." and "."
    // on Cyrus.
    let namespaces = client.namespace()?.namespace.unwrap_or_default();
    let personal = namespaces.personal.and_then(|list| list.into_iter().next());
    let prefix = personal.as_ref().map(|ns| ns.prefix.to_utf8_lossy()).unwrap_or_default();
    let separator = personal.and_then(|ns| ns.delimiter).unwrap_or('/');
    step("namespace", format!("personal mailboxes under {prefix:?}, separator {separator:?}"));

    let listed = client.list(None, "", "*", None)?.list;
    let names: Vec<String> = listed
        .iter()
        .map(|item| {
            let special: Vec<&str> =
                ["Drafts", "Sent", "Trash", "Junk", "Archive"].into_iter().filter(|a| item.has_attribute(a)).collect();
            match special.first() {
                Some(use_) => format!("{} (\\{use_})", item.mailbox),
                None => item.mailbox.to_string(),
            }
        })
        .collect();
    step("list", format!("{} mailboxes: {}", listed.len(), names.join(", ")));

    let pid = std::process::id();
    let tour = format!("{prefix}imap-rs tour {pid}");
    let archive = format!("{prefix}imap-rs tour {pid} Ärchiv");
    client.create(tour.as_str(), None)?;
    client.create(archive.as_str(), None)?;
    step("create", format!("{tour:?} and {archive:?} (sent as modified UTF-7)"));

    let messages = [
        AppendMessage::new(message(
            "Lunch on Friday?",
            "Bob <bob@example.org>",
            "Mon, 1 Jan 2024 12:00:00 +0100",
            "Pizza?",
        )),
        AppendMessage::new(message(
            "=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_K=C3=B6ln?=",
            "=?UTF-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@example.org>",
            "Tue, 2 Jan 2024 09:30:00 +0100",
            "Der Dom steht noch.",
        ))
        .flags(vec![Flag::Seen])
        .date(InternalDate::parse("02-Jan-2024 09:30:00 +0100")?),
        AppendMessage::new(message(
            "Quarterly report",
            "Carol <carol@example.org>",
            "Wed, 3 Jan 2024 08:15:00 +0100",
            "Numbers attached.",
        )),
    ];
    let appended = client.append(tour.as_str(), messages)?;
    let uids = match &appended.tagged.code {
        Some(Code::AppendUid { uids, .. }) => format!(", UIDs {uids}"),
        _ => String::new(),
    };
    step("append", format!("3 messages in one APPEND (the second already \\Seen){uids}"));

    let selected = client.select(tour.as_str(), None)?;
    step(
        "select",
        format!(
            "{}: {} messages, UIDVALIDITY {}, next UID {}",
            tour,
            selected.exists.unwrap_or(0),
            selected.uid_validity.unwrap_or(0),
            selected.uid_next.unwrap_or(0)
        ),
    );

    // Two searches in flight at once (pipelined), each result typed as the direct call's.
    let unseen = client.send(build::search(SearchKey::Unseen)?)?;
    let greetings = client.send(build::search(SearchKey::Subject("Grüße".into()))?)?;
    let greetings = client.wait(greetings)?.search.numbers;
    let unseen = client.wait(unseen)?.search.numbers;
    step(
        "search",
        format!("pipelined: UNSEEN -> {unseen:?}\nSUBJECT \"Grüße\" (sent with CHARSET UTF-8) -> {greetings:?}"),
    );

    let envelopes = FetchItems::new(vec![FetchAttribute::Uid, FetchAttribute::Flags, FetchAttribute::Envelope]);
    let fetched = client.fetch("1:*", envelopes.clone())?;
    step("fetch", fetched.fetches.iter().map(describe).collect::<Vec<_>>().join("\n"));

    let flagged = client.store(3, StoreAction::add(vec![Flag::Flagged, Flag::Keyword("$Report".into())]))?;
    let now: Vec<String> =
        flagged.fetches.iter().flat_map(|f| f.flags().unwrap_or_default()).map(Flag::to_string).collect();
    step("store", format!("+FLAGS (\\Flagged $Report) on #3 -> flags now {}", now.join(" ")));

    let copied = client.copy(3, archive.as_str())?;
    let copy_uid = match &copied.tagged.code {
        Some(Code::CopyUid { source, destination, .. }) => format!("UID {source} became UID {destination} there"),
        _ => "no COPYUID".into(),
    };
    step("copy", format!("#3 to {archive:?}: {copy_uid}"));

    client.store(1, StoreAction::add(vec![Flag::Deleted]).silent())?;
    let expunged = client.expunge()?.expunged;
    step("expunge", format!("#1 marked \\Deleted, EXPUNGE removed message numbers {expunged:?}"));
    let fetched = client.fetch("1:*", envelopes)?;
    step("fetch", fetched.fetches.iter().map(describe).collect::<Vec<_>>().join("\n"));

    client.close()?;
    for mailbox in [&tour, &archive] {
        let status = client.status(mailbox.as_str(), &[StatusItem::Messages, StatusItem::Unseen])?;
        if let Some(status) = status.statuses.into_iter().next() {
            step(
                "status",
                format!(
                    "{mailbox}: messages {}, unseen {}",
                    status.messages().unwrap_or(0),
                    status.unseen().unwrap_or(0)
                ),
            );
        }
    }

    client.delete(archive.as_str())?;
    client.delete(tour.as_str())?;
    step("delete", "both tour mailboxes (the account is as before)");
    if let Some(stats) = client.compression() {
        step(
            "compress",
            format!(
                "sent {} bytes as {}, received {} as {}",
                stats.sent_plain, stats.sent_wire, stats.received_plain, stats.received_wire
            ),
        );
    }
    client.logout()?;
    step("logout", "BYE");
    Ok(())
}
