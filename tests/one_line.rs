//! Adding a command is one table line: this scratch table has one line, and the test calls
//! the method it generates and checks the bytes and the typed result.

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::command::State;

imapkit::command_table!(
    Scratch,
    inline = r#"
[commands]
XSITEPURGE = { states = "S", args = ["days:number", "folder:mailbox?"], untagged = ["XPURGED"], doc = "Purges old mail (site-specific)." }
"#
);

#[test]
fn a_one_line_command_is_callable() {
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &["* XPURGED 12 (\"Trash\" 3)\r\n{tag} OK purged\r\n"]);
    client.session_mut().set_state(State::Selected);
    let result = client.xsitepurge(30, Some("Old Mail")).unwrap();
    assert!(client.stream().transcript().starts_with("C: A0001 XSITEPURGE 30 \"Old Mail\"\\r\\n\n"));
    assert_eq!(result.xpurged.len(), 1);
    assert_eq!(result.xpurged[0].values.len(), 2);
    assert_eq!(result.tagged.text, "purged");
    assert_eq!(SCRATCH_TABLE.len(), 1);
    assert_eq!(XSITEPURGE.states[..], [State::Selected]);
}

#[test]
fn the_state_check_writes_nothing() {
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &[]);
    let error = client.xsitepurge(30, None).unwrap_err();
    assert!(error.to_string().contains("not allowed in the not authenticated state"), "{error}");
    assert_eq!(client.stream().transcript(), "");
}
