//! The site's X-commands: exact wire bytes and typed results, through the in-memory recorder.

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::types::Value;
use imapkit::Flag;
use site_commands::{AsyncSiteCommands, SiteCommands, SITE_COMMANDS_TABLE, XNOTE};

#[test]
fn xpurge_collects_its_custom_untagged_response_as_values() {
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &["* XPURGED \"Old Mail\" 12 (4:9 {3}\r\nabc)\r\n* 3 EXISTS\r\n{tag} OK purged\r\n"],
    );
    client.session_mut().set_state(imapkit::command::State::Authenticated);
    let result = client.xpurge("Old Mail", 30).unwrap();
    assert_eq!(client.stream().transcript().lines().next(), Some("C: A0001 XPURGE \"Old Mail\" 30\\r\\n"));
    assert_eq!(result.xpurged.len(), 1);
    let values = &result.xpurged[0].values;
    assert_eq!(values[0], Value::String(b"Old Mail".to_vec()));
    assert_eq!(values[1], Value::Number(12));
    assert_eq!(values[2], Value::List(vec![Value::Atom("4:9".into()), Value::String(b"abc".to_vec())]));
    // EXISTS was not claimed by XPURGE: it waits in the unsolicited queue.
    assert_eq!(client.session_mut().take_unsolicited("EXISTS").len(), 1);
}

#[test]
fn xnote_sends_its_note_as_a_literal_whatever_it_holds() {
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &[]);
    client.session_mut().set_state(imapkit::command::State::Selected);
    let note = "call back\r\nA0002 DELETE INBOX";
    client.xnote(42, note, Some(&[Flag::Flagged])).unwrap();
    let transcript = client.stream().transcript();
    let expected = [
        "C: A0001 XNOTE 42 {29}\\r\\n",
        "S: + Ready for literal data\\r\\n",
        "C: call back\\r\\nA0002 DELETE INBOX (\\\\Flagged)\\r\\n",
        "S: A0001 OK XNOTE completed\\r\\n",
    ];
    assert_eq!(transcript.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn xstats_in_any_state_and_the_table_is_data() {
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &["* XSTATS (users 3 \"mail count\" 1024)\r\n* OK [ALERT] maintenance at 2am\r\n{tag} OK done\r\n"],
    );
    let result = client.xstats().unwrap();
    assert_eq!(result.alerts, vec!["maintenance at 2am".to_owned()]);
    let Value::List(items) = &result.xstats[0].values[0] else { panic!("{:?}", result.xstats) };
    assert_eq!(items.len(), 4);
    assert_eq!(SITE_COMMANDS_TABLE.len(), 3);
    assert_eq!(XNOTE.args[1].kind.name(), "literal");
}

#[test]
fn the_same_lines_run_through_the_async_client_with_the_same_bytes() {
    let bursts = ["* XPURGED \"Old Mail\" 12 (4:9)\r\n{tag} OK purged\r\n"];
    let mut blocking = Recorder::client(DEFAULT_CAPABILITIES, &bursts);
    blocking.session_mut().set_state(imapkit::command::State::Selected);
    let expected = blocking.xpurge("Old Mail", 30).unwrap();
    blocking.xnote(7, "a note", None).unwrap();
    let (result, transcript) = imap_tests::block_on(async {
        let mut client = Recorder::async_client(DEFAULT_CAPABILITIES, &bursts).await;
        client.session_mut().set_state(imapkit::command::State::Selected);
        let result = client.xpurge("Old Mail", 30).await.unwrap();
        client.xnote(7, "a note", None).await.unwrap();
        (result, client.stream().transcript().to_owned())
    });
    assert_eq!(transcript, blocking.stream().transcript());
    assert_eq!(result.xpurged, expected.xpurged);
    // The build step alone: nothing sent, the line's name.
    assert_eq!(site_commands::build::xstats().unwrap().command().def.name, "XSTATS");
}
