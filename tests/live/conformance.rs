//! The conformance matrix: every line of `COMMANDS_TABLE` against every server and
//! transport, with the outcome recorded (OK, NO, BAD, or refused by the client) and checked
//! against what is expected, then written to `docs/conformance.md`.
//!
//! A command the client refuses because the server did not advertise its capability is sent
//! anyway (`assume_capability`), so the matrix shows the server's own answer too.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::PathBuf;

use imapkit::auth::Plain;
use imapkit::commands::COMMANDS_TABLE;
use imapkit::types::Code;
use imapkit::{
    AppendMessage, AsyncCommands, Commands, Error, FetchAttribute, FetchItems, Flag, SearchKey, SortField, SortKey,
    StatusItem, StoreAction, TlsOptions,
};

use crate::support::{message_with, Cleanup, Kind, Server, Via, ALICE};

/// What one command did.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// Tagged OK, with a short note on what came back.
    Ok(String),
    /// Tagged NO.
    No { code: Option<String>, text: String },
    /// Tagged BAD.
    Bad { code: Option<String>, text: String },
    /// The client sent nothing; `then` is the server's answer when sent anyway.
    Refused { why: String, then: Option<Box<Outcome>> },
    /// Any other failure (I/O, protocol).
    Failed(String),
}

/// Server texts without the timings Dovecot and Cyrus append (`(0.001 + 0.000 secs)`).
fn clean(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(" (") {
        let Some(close) = rest[open..].find(')') else { break };
        let inner = &rest[open + 2..open + close];
        out.push_str(&rest[..open]);
        if !inner.contains("secs") {
            out.push_str(&rest[open..=open + close]);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.trim_end_matches('.').trim().to_owned()
}

impl Outcome {
    fn from_error(error: &Error) -> Outcome {
        let code = |c: &Option<Code>| c.as_ref().map(|c| c.name().to_owned());
        match error {
            Error::No { code: c, text, .. } => Outcome::No { code: code(c), text: clean(text) },
            Error::Bad { code: c, text, .. } => Outcome::Bad { code: code(c), text: clean(text) },
            Error::State { current, .. } => Outcome::Refused { why: format!("{current}"), then: None },
            Error::Capability { capability, .. } => Outcome::Refused { why: format!("no {capability}"), then: None },
            Error::Forbidden { capability, .. } => {
                Outcome::Refused { why: format!("forbidden by {capability}"), then: None }
            }
            Error::Refused(why) => Outcome::Refused { why: why.clone(), then: None },
            other => Outcome::Failed(other.to_string()),
        }
    }

    /// The class the expectations speak of: `OK`, `NO`, `BAD`, `refused`, `refused, then BAD`.
    fn class(&self) -> String {
        match self {
            Outcome::Ok(_) => "OK".into(),
            Outcome::No { .. } => "NO".into(),
            Outcome::Bad { .. } => "BAD".into(),
            Outcome::Refused { then: None, .. } => "refused".into(),
            Outcome::Refused { then: Some(then), .. } => format!("refused, then {}", then.class()),
            Outcome::Failed(_) => "failed".into(),
        }
    }

    /// The table cell.
    fn cell(&self) -> String {
        let code = |c: &Option<String>| c.as_ref().map(|c| format!(" [{c}]")).unwrap_or_default();
        match self {
            Outcome::Ok(_) => "OK".into(),
            Outcome::No { code: c, .. } => format!("NO{}", code(c)),
            Outcome::Bad { code: c, .. } => format!("BAD{}", code(c)),
            Outcome::Refused { why, then: None } => format!("refused ({why})"),
            Outcome::Refused { why, then: Some(then) } => format!("refused ({why}) → {}", then.cell()),
            Outcome::Failed(_) => "**failed**".into(),
        }
    }

    /// The longer description for the notes.
    fn detail(&self) -> String {
        let code = |c: &Option<String>| c.as_ref().map(|c| format!("[{c}] ")).unwrap_or_default();
        match self {
            Outcome::Ok(note) if note.is_empty() => "OK".into(),
            Outcome::Ok(note) => format!("OK: {note}"),
            Outcome::No { code: c, text } => format!("NO {}\"{text}\"", code(c)),
            Outcome::Bad { code: c, text } => format!("BAD {}\"{text}\"", code(c)),
            Outcome::Refused { why, then: None } => format!("refused by the client ({why}), nothing sent"),
            Outcome::Refused { why, then: Some(then) } => {
                format!("refused by the client ({why} advertised); sent anyway: {}", then.detail())
            }
            Outcome::Failed(why) => format!("failed: {why}"),
        }
    }
}

/// The outcomes of one server and transport, by command name.
#[derive(Debug, Default)]
struct Column {
    outcomes: BTreeMap<&'static str, Outcome>,
    /// Capabilities assumed after the client refused a command for want of them.
    assumed: BTreeSet<String>,
}

impl Column {
    /// The refusal to record without sending, when an earlier command made the client assume
    /// the capability this one needs (the client by itself would have refused it).
    fn refusal(&self, command: &'static str) -> Option<Error> {
        assert!(!self.outcomes.contains_key(command), "{command} recorded twice");
        let def = COMMANDS_TABLE.iter().find(|def| def.name == command).expect("a table command");
        let capability = def.needs.as_deref().filter(|capability| self.assumed.contains(*capability))?;
        Some(Error::Capability { command: def.name.to_string(), capability: capability.to_owned() })
    }

    /// After a capability refusal: the capability is assumed from now on, and the command is
    /// sent anyway to record the server's answer (`run!` does the second call).
    fn assume(&mut self, session: &mut imapkit::Session, capability: &str) {
        if self.assumed.insert(capability.to_owned()) {
            session.assume_capability(capability);
        }
    }

    /// Records the outcome of `command`: its first result and, after a capability refusal,
    /// the result of sending it anyway. Returns the value of a successful call.
    fn record<T>(
        &mut self,
        command: &'static str,
        first: Result<T, Error>,
        anyway: Option<Result<T, Error>>,
        note: impl Fn(&T) -> String,
    ) -> Option<T> {
        let (outcome, value) = match (first, anyway) {
            (Ok(value), _) => (Outcome::Ok(note(&value)), Some(value)),
            (Err(Error::Capability { capability, .. }), Some(anyway)) => {
                let (then, value) = match anyway {
                    Ok(value) => (Outcome::Ok(note(&value)), Some(value)),
                    Err(error) => (Outcome::from_error(&error), None),
                };
                (Outcome::Refused { why: format!("no {capability}"), then: Some(Box::new(then)) }, value)
            }
            (Err(error), _) => (Outcome::from_error(&error), None),
        };
        self.outcomes.insert(command, outcome);
        value
    }
}

/// One matrix entry: `run!(col, client, "NAME", |c| call, note)` runs `call` (through either
/// client: `aw!` awaits in the async run), and after a capability refusal assumes the
/// capability and runs it again to record the server's own answer.
macro_rules! run {
    ($col:ident, $client:ident, $command:expr, |$c:ident| $call:expr, $note:expr $(,)?) => {{
        let first = match $col.refusal($command) {
            Some(refusal) => Err(refusal),
            None => {
                let $c = &mut $client;
                aw!($call)
            }
        };
        let anyway = match &first {
            Err(Error::Capability { capability, .. }) => {
                let capability = capability.clone();
                $col.assume($client.session_mut(), &capability);
                let $c = &mut $client;
                Some(aw!($call))
            }
            _ => None,
        };
        $col.record($command, first, anyway, $note)
    }};
}

/// The matrix scenario, written once: `column` runs it through the blocking client,
/// `column_async` through the async one (same commands, same order, fresh mailboxes).
macro_rules! column_fns {
    (($server:ident, $via:ident) $body:block) => {
        /// One server and transport through the whole table. Mailboxes are new, so UIDs are too.
        fn column($server: &Server, $via: Via) -> Column {
            #[allow(unused_macros)]
            macro_rules! aw {
                ($e:expr) => {
                    $e
                };
            }
            macro_rules! connect {
                () => {
                    $server.connect($via)
                };
            }
            $body
        }

        /// [`column`] through the async client.
        fn column_async($server: &Server, $via: Via) -> Column {
            imap_tests::block_on(async {
                #[allow(unused_macros)]
                macro_rules! aw {
                    ($e:expr) => {
                        $e.await
                    };
                }
                macro_rules! connect {
                    () => {
                        $server.connect_async($via).await
                    };
                }
                $body
            })
        }
    };
}

/// Cells that are wrong because of a bug in the client: `(command, server, reason)`. While a
/// bug is listed, `expected` names the outcome the cell has until the fix; the fix then fails
/// the test, which is the reminder to remove both. (GETANNOTATION / SETANNOTATION on Cyrus
/// were listed until the table sent their names as strings.)
const KNOWN_CLIENT_BUGS: &[(&str, Kind, &str)] = &[];

/// What each cell should be: the class of [`Outcome::class`].
fn expected(kind: Kind, via: Via, command: &str) -> &'static str {
    match (command, kind, via) {
        ("STARTTLS", _, Via::Plain) => "OK",
        ("STARTTLS", _, Via::StartTls | Via::Tls) => "refused, then BAD",
        ("STARTTLS" | "LOGIN" | "AUTHENTICATE", _, Via::Stream) => "refused",
        ("GETANNOTATION" | "SETANNOTATION", Kind::Dovecot, _) => "refused, then BAD",
        ("PARTIAL" | "PROXYAUTH", _, _) => "BAD",
        // Neither server offers these (RFC 8508, RFC 8437); sent anyway, both answer BAD and
        // stay in step (the literal of a REPLACE included).
        ("REPLACE" | "UID REPLACE" | "UNAUTHENTICATE", _, _) => "refused, then BAD",
        // Dovecot answers XLIST without advertising it.
        ("XLIST", Kind::Dovecot, _) => "refused, then OK",
        ("GETQUOTA", Kind::Cyrus, _) => "NO",
        // Cyrus 3.6 has neither CONTEXT=SEARCH nor NOTIFY.
        ("CANCELUPDATE" | "NOTIFY", Kind::Cyrus, _) => "refused, then BAD",
        // Dovecot: NO "Unknown tag" (no updates run under that tag).
        ("CANCELUPDATE", Kind::Dovecot, _) => "NO",
        ("SETQUOTA", _, _) => "NO",
        _ => "OK",
    }
}

fn count<T>(items: &[T], what: &str) -> String {
    format!("{} {what}", items.len())
}

column_fns! {(server, via) {
    let mut col = Column::default();
    let mut cleanup = Cleanup::new(server, ALICE);
    let first = cleanup.unique("matrix");
    let second = cleanup.unique("matrix-2");
    let renamed = cleanup.unique("matrix-renamed");
    let mut c = connect!();

    // --- not authenticated (the stream transport starts authenticated) ---
    run!(col, c, "CAPABILITY", |c| c.capability(), |r| count(&r.capabilities, "capabilities"));
    run!(col, c, "NOOP", |c| c.noop(), |_| String::new());
    run!(col, c,
        "ID",
        |c| c.id(&[("name", "imap-rs conformance")]),
        |r| {
            let name = r.id.iter().flatten().find(|(k, _)| k.eq_ignore_ascii_case("name"));
            let name = name.and_then(|(_, v)| v.as_deref()).map(String::from_utf8_lossy).unwrap_or_default();
            format!("server name {name:?}")
        },
    );
    {
        let mut side = connect!();
        side.set_tls_options(TlsOptions::with_ca_file(&server.ca));
        run!(col, side, "STARTTLS", |c| c.starttls(), |_| String::new());
        if let Some(Outcome::Ok(note)) = col.outcomes.get_mut("STARTTLS") {
            let protocol = side.tls_info().and_then(|t| t.protocol).unwrap_or_default();
            *note = format!("upgraded to {protocol}");
        }
    }
    {
        let mut side = connect!();
        run!(col, side,
            "AUTHENTICATE",
            |c| c.authenticate_with(Plain::new(ALICE.name, ALICE.password)),
            |_| "PLAIN with SASL-IR".into(),
        );
    }
    run!(col, c, "LOGIN", |c| c.login(ALICE.name, ALICE.password), |_| String::new());
    aw!(c.capabilities()).expect("CAPABILITY after login");

    // --- authenticated ---
    run!(col, c,
        "NAMESPACE",
        |c| c.namespace(),
        |r| {
            let ns = r.namespace.clone().unwrap_or_default();
            let first = |list: Option<Vec<imapkit::types::NamespaceEntry>>| {
                list.and_then(|l| l.into_iter().next())
                    .map(|e| format!("{:?} {:?}", e.prefix.to_utf8_lossy(), e.delimiter.unwrap_or(' ')))
                    .unwrap_or_else(|| "NIL".into())
            };
            format!("personal {}, other users {}, shared {}", first(ns.personal), first(ns.other), first(ns.shared))
        },
    );
    run!(col, c, "ENABLE", |c| c.enable(["CONDSTORE"]), |r| format!("ENABLED {}", r.enabled.join(" ")));
    run!(col, c, "CREATE", |c| c.create(first.as_str(), None), |_| String::new());
    aw!(c.create(second.as_str(), None)).expect("CREATE");
    run!(col, c, "RENAME", |c| c.rename(second.as_str(), renamed.as_str()), |_| String::new());
    run!(col, c, "LIST", |c| c.list(None, "", first.as_str(), None), |r| count(&r.list, "LIST"));
    run!(col, c, "XLIST", |c| c.xlist("", first.as_str()), |r| count(&r.list, "XLIST"));
    run!(col, c, "SUBSCRIBE", |c| c.subscribe(first.as_str()), |_| String::new());
    run!(col, c, "LSUB", |c| c.lsub("", first.as_str()), |r| count(&r.lsub, "LSUB"));
    run!(col, c, "UNSUBSCRIBE", |c| c.unsubscribe(first.as_str()), |_| String::new());
    let date = "Mon, 1 Jan 2024 10:00:00 +0000";
    let three: Vec<AppendMessage> = ["banana", "apple", "cherry"]
        .iter()
        .enumerate()
        .map(|(i, subject)| {
            let id = format!("Message-ID: <m{i}@imap-rs.test>\r\n");
            AppendMessage::new(message_with(subject, "alice@example.org", date, &id, "Grüße"))
        })
        .collect();
    run!(col, c,
        "APPEND",
        |c| c.append(first.as_str(), three.clone()),
        |r| match &r.tagged.code {
            Some(Code::AppendUid { uids, .. }) => format!("3 messages (MULTIAPPEND), APPENDUID {uids}"),
            _ => "3 messages (MULTIAPPEND)".into(),
        },
    );
    run!(col, c,
        "STATUS",
        |c| c.status(first.as_str(), &[StatusItem::Messages, StatusItem::UidNext]),
        |r| r.statuses.first().map(|s| format!("{:?}", s.items)).unwrap_or_default(),
    );
    run!(col, c, "GETACL", |c| c.getacl(first.as_str()), |r| count(&r.acl, "ACL"));
    // SETACL .. DELETEACL rewrite Dovecot's shared-mailbox dict (a `file:` dict, whose
    // concurrent writers lose updates): one writer at a time, as in `sharing::acl`.
    let acl_writer = crate::support::serial();
    run!(col, c, "SETACL", |c| c.setacl(first.as_str(), "bob", "lr"), |_| "bob lr".into());
    run!(col, c,
        "LISTRIGHTS",
        |c| c.listrights(first.as_str(), "bob"),
        |r| r.list_rights.first().map(|l| format!("{} optional rights", l.optional.len())).unwrap_or_default(),
    );
    run!(col, c,
        "MYRIGHTS",
        |c| c.myrights(first.as_str()),
        |r| r.my_rights.first().map(|m| m.rights.clone()).unwrap_or_default(),
    );
    run!(col, c, "DELETEACL", |c| c.deleteacl(first.as_str(), "bob"), |_| String::new());
    drop(acl_writer);
    let root = run!(col, c,
            "GETQUOTAROOT",
            |c| c.getquotaroot("INBOX"),
            |r| {
                let roots: Vec<&str> = r.quota_roots.iter().flat_map(|q| &q.roots).map(String::as_str).collect();
                format!("root {roots:?}, {}", count(&r.quotas, "QUOTA"))
            },
        )
        .and_then(|r| r.quota_roots.first().and_then(|q| q.roots.first().cloned()))
        .unwrap_or_default();
    run!(col, c,
        "GETQUOTA",
        |c| c.getquota(root.as_str()),
        |r| {
            let names: Vec<&str> = r.quotas.iter().flat_map(|q| &q.resources).map(|x| x.name.as_str()).collect();
            names.join(", ")
        },
    );
    run!(col, c, "SETQUOTA", |c| c.setquota(root.as_str(), &[("STORAGE", 102_400)]), |_| String::new());
    run!(col, c,
        "SETANNOTATION",
        |c| c.setannotation(first.as_str(), "/comment", &[("value.shared", Some("matrix"))]),
        |_| String::new(),
    );
    run!(col, c,
        "GETANNOTATION",
        |c| c.getannotation(first.as_str(), &["/comment"], &["value.shared"]),
        |r| count(&r.annotations, "ANNOTATION"),
    );
    run!(col, c,
        "SETMETADATA",
        |c| c.setmetadata(first.as_str(), &[("/private/comment", Some("matrix"))]),
        |_| String::new(),
    );
    run!(col, c,
        "GETMETADATA",
        |c| c.getmetadata(first.as_str(), &["/private/comment"]),
        |r| count(&r.metadata, "METADATA"),
    );
    run!(col, c, "PROXYAUTH", |c| c.proxyauth("bob"), |_| String::new());
    run!(col, c, "IDLE", |c| c.idle(&mut crate::updates::DoneAtOnce), |_| "IDLE, + continuation, DONE".into());

    // --- selected ---
    run!(col, c,
        "EXAMINE",
        |c| c.examine(first.as_str(), None),
        |r| format!("{} EXISTS, {:?}", r.exists.unwrap_or(0), r.tagged.code.as_ref().map(Code::name)),
    );
    run!(col, c,
        "SELECT",
        |c| c.select(first.as_str(), None),
        |r| format!("{} EXISTS, {:?}", r.exists.unwrap_or(0), r.tagged.code.as_ref().map(Code::name)),
    );
    run!(col, c, "CHECK", |c| c.check(), |_| String::new());
    run!(col, c, "NOTIFY", |c| c.notify(imapkit::Notify::None), |_| String::new());
    // RFC 5267: a tag without updates running.
    run!(col, c, "CANCELUPDATE", |c| c.cancelupdate(["A0001"]), |_| String::new());
    run!(col, c,
        "FETCH",
        |c| c.fetch("1:*", FetchItems::new(vec![FetchAttribute::Flags, FetchAttribute::Envelope])),
        |r| count(&r.fetches, "FETCH"),
    );
    run!(col, c,
        "UID FETCH",
        |c| c.uid_fetch("1:*", FetchItems::new(vec![FetchAttribute::BodyStructure])),
        |r| count(&r.fetches, "FETCH"),
    );
    run!(col, c, "STORE", |c| c.store(1, StoreAction::add(vec![Flag::Flagged])), |r| count(&r.fetches, "FETCH"));
    run!(col, c,
        "UID STORE",
        |c| c.uid_store(2, StoreAction::add(vec![Flag::Seen]).silent()),
        |r| count(&r.fetches, "FETCH"),
    );
    run!(col, c, "SEARCH", |c| c.search(SearchKey::Body("Grüße".into())), |r| format!("{:?}", r.search.numbers));
    run!(col, c, "UID SEARCH", |c| c.uid_search(SearchKey::Flagged), |r| format!("{:?}", r.search.numbers));
    let by_subject = [SortKey::by(SortField::Subject)];
    run!(col, c, "SORT", |c| c.sort(None, &by_subject, "UTF-8", SearchKey::All), |r| format!("{:?}", r.sort.numbers));
    run!(col, c,
        "UID SORT",
        |c| c.uid_sort(None, &by_subject, "UTF-8", SearchKey::All),
        |r| format!("{:?}", r.sort.numbers),
    );
    run!(col, c, "THREAD", |c| c.thread("REFERENCES", "UTF-8", SearchKey::All), |r| count(&r.threads, "threads"));
    run!(col, c,
        "UID THREAD",
        |c| c.uid_thread("ORDEREDSUBJECT", "UTF-8", SearchKey::All),
        |r| count(&r.threads, "threads"),
    );
    run!(col, c, "PARTIAL", |c| c.partial(1, "BODY[]", 0, 10), |_| String::new());
    let copy_uid = |code: &Option<Code>| match code {
        Some(Code::CopyUid { source, destination, .. }) => format!("COPYUID {source} -> {destination}"),
        _ => "no COPYUID".into(),
    };
    run!(col, c, "COPY", |c| c.copy(1, renamed.as_str()), |r| copy_uid(&r.tagged.code));
    run!(col, c, "UID COPY", |c| c.uid_copy(2, renamed.as_str()), |r| copy_uid(&r.tagged.code));
    run!(col, c, "MOVE", |c| c.move_(1, renamed.as_str()), |r| format!("EXPUNGE {:?}", r.expunged));
    run!(col, c, "UID MOVE", |c| c.uid_move(2, renamed.as_str()), |r| format!("EXPUNGE {:?}", r.expunged));
    c.session_mut().drain_unsolicited();
    aw!(c.append(first.as_str(), three.clone())).expect("APPEND");
    aw!(c.noop()).expect("NOOP");
    aw!(c.store("1:*", StoreAction::add(vec![Flag::Deleted]).silent())).expect("STORE");
    run!(col, c, "UID EXPUNGE", |c| c.uid_expunge(4), |r| format!("EXPUNGE {:?}", r.expunged));
    run!(col, c, "EXPUNGE", |c| c.expunge(), |r| format!("EXPUNGE {:?}", r.expunged));
    let replacement = || imapkit::AppendMessage::new("Subject: replaced\r\n\r\nx\r\n");
    run!(col, c, "REPLACE", |c| c.replace(1, first.as_str(), replacement()), |r| format!("{:?}", r.append_uid));
    run!(col, c, "UID REPLACE", |c| c.uid_replace(1, first.as_str(), replacement()), |r| format!("{:?}", r.append_uid));
    run!(col, c, "UNSELECT", |c| c.unselect(), |_| String::new());
    aw!(c.select(renamed.as_str(), None)).expect("SELECT");
    run!(col, c, "CLOSE", |c| c.close(), |_| String::new());
    run!(col, c, "DELETE", |c| c.delete(first.as_str()), |_| String::new());
    aw!(c.delete(renamed.as_str())).expect("DELETE");
    run!(col, c, "UNAUTHENTICATE", |c| c.unauthenticate(), |_| String::new());
    // Last but LOGOUT: from here on the connection is compressed, and LOGOUT still works.
    run!(col, c, "COMPRESS", |c| c.compress("DEFLATE"), |_| "DEFLATE on".into());
    run!(col, c, "LOGOUT", |c| c.logout(), |_| String::new());
    col
}}

/// Runs the matrix for the servers there are; writes `docs/conformance.md` when both are
/// there; fails on any outcome that differs from [`expected`].
pub fn matrix() {
    let servers: Vec<&Server> = Kind::ALL.into_iter().filter_map(Server::get).collect();
    if servers.is_empty() {
        return;
    }
    // Every column through the blocking client and, at the same time, the async one.
    let run_all = |run: fn(&Server, Via) -> Column| -> Vec<(Kind, Via, Column)> {
        let mut columns: Vec<(Kind, Via, Column)> = std::thread::scope(|scope| {
            let handles: Vec<_> = servers
                .iter()
                .flat_map(|&server| server.transports().into_iter().map(move |via| (server, via)))
                .map(|(server, via)| (server.kind, via, scope.spawn(move || run(server, via))))
                .collect();
            handles
                .into_iter()
                .map(|(kind, via, handle)| match handle.join() {
                    Ok(column) => (kind, via, column),
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        });
        columns.sort_by_key(|(kind, via, _)| (*kind, *via));
        columns
    };
    let (columns, async_columns) = std::thread::scope(|scope| {
        let asynchronous = scope.spawn(|| run_all(column_async));
        let blocking = run_all(column);
        (blocking, asynchronous.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    });

    let table: BTreeSet<&str> = COMMANDS_TABLE.iter().map(|def| &*def.name).collect();
    let mut problems = Vec::new();
    for (kind, via, column) in &columns {
        let recorded: BTreeSet<&str> = column.outcomes.keys().copied().collect();
        for missing in table.difference(&recorded) {
            problems.push(format!("{missing}: not in the matrix scenario (add it to tests/live/conformance.rs)"));
        }
        for (command, outcome) in &column.outcomes {
            let want = expected(*kind, *via, command);
            if outcome.class() != want {
                problems.push(format!(
                    "{command} on {} over {}: expected {want}, got {}",
                    kind.name(),
                    via.name(),
                    outcome.detail()
                ));
            }
        }
    }
    // The async client gets the same answer to every command on every server and transport.
    for ((kind, via, blocking), (_, _, asynchronous)) in columns.iter().zip(&async_columns) {
        for (command, outcome) in &blocking.outcomes {
            let other = asynchronous.outcomes.get(command).map(Outcome::cell);
            if other.as_deref() != Some(outcome.cell().as_str()) {
                problems.push(format!(
                    "{command} on {} over {}: the blocking client got {}, the async client {other:?}",
                    kind.name(),
                    via.name(),
                    outcome.cell()
                ));
            }
        }
    }
    let complete = Kind::ALL.iter().all(|kind| columns.iter().any(|(k, via, _)| k == kind && *via == Via::Tls))
        && columns.iter().any(|(_, via, _)| *via == Via::Stream);
    let text = render(&columns);
    if complete {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/conformance.md");
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old != text {
            std::fs::create_dir_all(path.parent().unwrap()).expect("docs/");
            std::fs::write(&path, &text).expect("write docs/conformance.md");
            eprintln!("docs/conformance.md rewritten: the servers answered differently from last time (git diff)");
        }
    } else {
        eprintln!("not all servers and transports ran: docs/conformance.md left as it is\n{text}");
    }
    assert!(problems.is_empty(), "conformance matrix: unexpected outcomes:\n{}", problems.join("\n"));
}

/// The Markdown page: a header, the table, and notes on every cell.
fn render(columns: &[(Kind, Via, Column)]) -> String {
    let mut out = String::new();
    out.push_str(
        "# Conformance matrix\n\n\
         Every line of `spec/commands.toml` (`COMMANDS_TABLE`), sent by the generated client to the two\n\
         test servers over each transport. Written by the live test `conformance_matrix`\n\
         (`tests/live/conformance.rs`) whenever its result differs from this file: run `scripts/test`, or\n\
         with the servers of `scripts/servers` running,\n\
         `cargo test -p imap-tests --test live conformance_matrix`. Do not edit by hand.\n\n\
         - **plain**: TCP, LOGIN allowed on loopback; **STARTTLS**: `Client::connect_starttls`;\n  \
           **TLS**: implicit TLS, `Client::connect_tls`, certificate verified against the test CA;\n  \
           **stream**: `Client::spawn` of Dovecot's `imap` binary, pre-authenticated as alice.\n\
         - Each column is one session as alice (AUTHENTICATE and STARTTLS on a second connection of\n  \
           the same kind) in fresh mailboxes, so the answers do not depend on earlier runs.\n\
         - **refused**: the client sent nothing: wrong state (`refused (authenticated)`), or a `needs`\n  \
           capability the server did not advertise (`refused (no X)`). Then the command is sent anyway\n  \
           (`Session::assume_capability`) and the server's answer follows the arrow.\n\
         - **(client bug)**: a cell that is wrong because of a client bug, listed below.\n\
         - The test fails when a cell differs from the expectation in `expected()` (OK unless listed).\n\
         - Server texts are shown without the timings the servers append.\n\n",
    );
    let header: Vec<String> = columns.iter().map(|(kind, via, _)| format!("{} {}", kind.name(), via.name())).collect();
    let _ = writeln!(out, "| Command | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(columns.len()));
    for def in COMMANDS_TABLE.iter() {
        let cells: Vec<String> = columns
            .iter()
            .map(|(kind, _, column)| {
                let cell = column.outcomes.get(&*def.name).map(Outcome::cell).unwrap_or_else(|| "—".into());
                let bug = KNOWN_CLIENT_BUGS.iter().any(|(command, k, _)| *command == def.name && k == kind);
                if bug {
                    format!("{cell} (client bug)")
                } else {
                    cell
                }
            })
            .collect();
        let _ = writeln!(out, "| `{}` | {} |", def.name, cells.join(" | "));
    }
    out.push_str("\n## Known client bugs\n\nCells that will change when the client is fixed:\n\n");
    for (command, kind, why) in KNOWN_CLIENT_BUGS {
        let _ = writeln!(out, "- `{command}` on {}: {why}.", kind.name());
    }
    if KNOWN_CLIENT_BUGS.is_empty() {
        out.push_str("- none\n");
    }
    out.push_str("\n## What came back\n\nPer command and server; transports are named when they differ.\n\n");
    for def in COMMANDS_TABLE.iter() {
        let mut parts = Vec::new();
        for kind in Kind::ALL {
            let mut by_detail: BTreeMap<String, Vec<&str>> = BTreeMap::new();
            let mine: Vec<_> = columns.iter().filter(|(k, _, _)| *k == kind).collect();
            for (_, via, column) in &mine {
                if let Some(outcome) = column.outcomes.get(&*def.name) {
                    by_detail.entry(outcome.detail()).or_default().push(via.name());
                }
            }
            if by_detail.is_empty() {
                continue;
            }
            let text = if by_detail.len() == 1 {
                by_detail.into_keys().next().unwrap_or_default()
            } else {
                let described: Vec<String> =
                    by_detail.into_iter().map(|(detail, vias)| format!("{} ({})", detail, vias.join(", "))).collect();
                described.join("; ")
            };
            parts.push(format!("{}: {text}", kind.name()));
        }
        let _ = writeln!(out, "- `{}` — {}", def.name, parts.join(". "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn timings_are_removed() {
        let text = "Error in IMAP command PARTIAL: Unknown command (0.001 + 0.000 secs).";
        assert_eq!(clean(text), "Error in IMAP command PARTIAL: Unknown command");
        assert_eq!(clean("Completed (0.000 secs 6 calls)"), "Completed");
        assert_eq!(clean("Mailbox (x) gone"), "Mailbox (x) gone");
    }
}
