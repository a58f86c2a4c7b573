//! `tracing`: each command runs in an `imap.command` span with its tag, wire name, outcome,
//! bytes both ways and duration; wire events nest in it; no password reaches a span or an
//! event. A subscriber of our own records everything (a few lines, instead of a dependency).

use std::fmt::Debug;
use std::sync::{Arc, Mutex};

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::{AsyncCommands, Commands, TraceLevel};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

const PASSWORD: &str = "s3cret pass";

/// A span as recorded: its name and every field given so far.
#[derive(Debug, Clone, Default)]
struct SpanSeen {
    name: String,
    fields: Vec<(String, String)>,
}

impl SpanSeen {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Fields as (name, value) text.
type FieldList = Vec<(String, String)>;

#[derive(Default)]
struct Seen {
    spans: Vec<SpanSeen>,
    /// Each event's fields and the span it happened in (index into `spans`).
    events: Vec<(FieldList, Option<usize>)>,
    current: Vec<usize>,
}

#[derive(Clone, Default)]
struct Recording(Arc<Mutex<Seen>>);

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

impl Subscriber for Recording {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut seen = self.0.lock().unwrap();
        let mut fields = Vec::new();
        span.record(&mut Fields(&mut fields));
        seen.spans.push(SpanSeen { name: span.metadata().name().to_owned(), fields });
        Id::from_u64(seen.spans.len() as u64)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut seen = self.0.lock().unwrap();
        let index = span.into_u64() as usize - 1;
        values.record(&mut Fields(&mut seen.spans[index].fields));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut seen = self.0.lock().unwrap();
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        let current = seen.current.last().copied();
        seen.events.push((fields, current));
    }
    fn enter(&self, span: &Id) {
        self.0.lock().unwrap().current.push(span.into_u64() as usize - 1);
    }
    fn exit(&self, _: &Id) {
        self.0.lock().unwrap().current.pop();
    }
}

fn check(seen: &Seen) {
    let commands: Vec<&SpanSeen> = seen.spans.iter().filter(|s| s.name == "imap.command").collect();
    let login = commands.iter().find(|s| s.field("command") == Some("LOGIN")).expect("a LOGIN span");
    assert_eq!(login.field("tag"), Some("A0001"));
    assert_eq!(login.field("status"), Some("OK"));
    let sent: u64 = login.field("bytes_sent").unwrap().parse().unwrap();
    assert_eq!(sent as usize, "A0001 LOGIN alice \"s3cret pass\"\r\n".len());
    let received: u64 = login.field("bytes_received").unwrap().parse().unwrap();
    assert!(received >= "A0001 OK done\r\n".len() as u64, "{login:?}");
    assert!(login.field("elapsed_us").is_some(), "{login:?}");
    let select = commands.iter().find(|s| s.field("command") == Some("SELECT")).expect("a SELECT span");
    assert_eq!(select.field("status"), Some("NO"));
    assert!(select.field("error").is_some_and(|e| e.contains("NONEXISTENT")), "{select:?}");

    // The wire trace: events in the command's span, the password shown as ***.
    let login_index = seen.spans.iter().position(|s| std::ptr::eq(s, *login)).unwrap();
    let in_login: Vec<String> = seen
        .events
        .iter()
        .filter(|(_, span)| *span == Some(login_index))
        .flat_map(|(fields, _)| fields.iter().map(|(n, v)| format!("{n}={v}")))
        .collect();
    assert!(in_login.iter().any(|f| f.contains("C: A0001 LOGIN alice ***")), "{in_login:?}");
    assert!(in_login.iter().any(|f| f == "direction=sent"), "{in_login:?}");
    let everything = format!(
        "{:?} {:?}",
        seen.spans.iter().map(|s| &s.fields).collect::<Vec<_>>(),
        seen.events.iter().map(|e| &e.0).collect::<Vec<_>>()
    );
    assert!(!everything.contains("s3cret"), "the password leaked: {everything}");
}

const BURSTS: &[&str] = &["{tag} OK done\r\n", "{tag} NO [NONEXISTENT] no such mailbox\r\n"];

#[test]
fn blocking_commands_run_in_spans() {
    let recording = Recording::default();
    tracing::subscriber::with_default(recording.clone(), || {
        let mut client = Recorder::client(DEFAULT_CAPABILITIES, BURSTS);
        client.set_trace_level(TraceLevel::Wire);
        client.login("alice", PASSWORD).unwrap();
        assert!(client.select("Nope", None).is_err());
    });
    check(&recording.0.lock().unwrap());
}

#[test]
fn async_commands_run_in_spans() {
    let recording = Recording::default();
    tracing::subscriber::with_default(recording.clone(), || {
        imap_tests::block_on(async {
            let mut client = Recorder::async_client(DEFAULT_CAPABILITIES, BURSTS).await;
            client.set_trace_level(TraceLevel::Wire);
            AsyncCommands::login(&mut client, "alice", PASSWORD).await.unwrap();
            assert!(AsyncCommands::select(&mut client, "Nope", None).await.is_err());
        })
    });
    check(&recording.0.lock().unwrap());
}
