//! Feature `serde`: the result types serialize to plain data, and the value types with an IMAP
//! text form read back. Scripted server bytes, so every odd case is present at once.

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::command::State;
use imapkit::types::{Fetch, Mailbox};
use imapkit::{Commands, Flag, InternalDate, SequenceSet};
use serde_json::json;

#[test]
fn a_fetch_serializes_to_plain_data() {
    let reply = concat!(
        "* 1 FETCH (UID 42 FLAGS (\\Seen $Label) ",
        "ENVELOPE (\"Tue, 2 Jan 2024 09:30:00 +0100\" \"=?utf-8?Q?Gr=C3=BC=C3=9Fe?=\" ",
        "((\"=?iso-8859-1?Q?J=F6rg?=\" NIL \"joerg\" \"example.org\")) NIL NIL NIL NIL NIL NIL \"<id@x>\") ",
        "BODY[] {4}\r\n\x00\x01\x10\x7f BODY[1] {5}\r\nhello)\r\n",
        "* VANISHED (EARLIER) 3:5,9\r\n",
        "{tag} OK done\r\n",
    );
    let mut client = Recorder::client(DEFAULT_CAPABILITIES, &[reply]);
    client.session_mut().set_state(State::Selected);
    let fetched = client.uid_fetch(42, "(UID FLAGS ENVELOPE BODY[] BODY[1])").unwrap();
    let value = serde_json::to_value(&fetched).unwrap();

    let fetch = &value["fetches"][0];
    assert_eq!(fetch["seq"], 1);
    let attrs = fetch["attrs"].as_array().unwrap();
    let names: Vec<&str> = attrs.iter().map(|a| a["item"].as_str().unwrap()).collect();
    assert_eq!(names, ["UID", "FLAGS", "ENVELOPE", "BODY[]", "BODY[]"]);
    assert_eq!(attrs[0]["value"], 42);
    assert_eq!(attrs[1]["value"], json!(["\\Seen", "$Label"]));
    let envelope = &attrs[2]["value"];
    assert_eq!(envelope["subject"], "Grüße", "decoded");
    assert_eq!(
        envelope["from"][0],
        json!({"name": "Jörg", "email": "joerg@example.org", "mailbox": "joerg", "host": "example.org", "adl": null})
    );
    assert_eq!(envelope["cc"], json!([]));
    // Bytes that are UTF-8 come as text, control characters and all (not UTF-8: below).
    assert_eq!(attrs[3]["value"]["data"], "\u{0}\u{1}\u{10}\u{7f}");
    assert_eq!(attrs[4]["value"]["data"], "hello");
    assert_eq!(attrs[4]["value"]["section"]["part"], json!([1]));
    assert_eq!(value["vanished"], json!([{"earlier": true, "uids": "3:5,9"}]));
    assert_eq!(value["tagged"], json!({"status": "OK", "code": null, "text": "done"}));
    assert_eq!(value["unparsed"], json!([]));
}

#[test]
fn select_codes_and_mailbox_names() {
    let reply = concat!(
        "* FLAGS (\\Answered \\Seen)\r\n* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n",
        "* OK [PERMANENTFLAGS (\\Seen \\*)] ok\r\n{tag} OK [READ-WRITE] done\r\n",
    );
    let mut client = Recorder::client(
        DEFAULT_CAPABILITIES,
        &[reply, "* LIST (\\HasNoChildren) \"/\" \"Entw&APw-rfe\"\r\n{tag} OK done\r\n"],
    );
    client.session_mut().set_state(State::Authenticated);
    let selected = serde_json::to_value(client.select("INBOX", None).unwrap()).unwrap();
    assert_eq!(selected["exists"], 3);
    assert_eq!(selected["uid_validity"], 7);
    assert_eq!(selected["permanent_flags"], json!(["\\Seen", "\\*"]));
    assert_eq!(selected["tagged"]["code"], json!({"name": "READ-WRITE"}));
    let listed = serde_json::to_value(client.list(None, "", "*", None).unwrap()).unwrap();
    assert_eq!(listed["list"][0]["mailbox"], "Entwürfe", "modified UTF-7 decoded");
    assert_eq!(listed["list"][0]["delimiter"], "/");
}

#[test]
fn value_types_read_back() {
    let flags: Vec<Flag> = serde_json::from_value(json!(["\\Seen", "$Label", "\\Deleted"])).unwrap();
    assert_eq!(flags, [Flag::Seen, Flag::Keyword("$Label".into()), Flag::Deleted]);
    assert_eq!(serde_json::to_value(&flags).unwrap(), json!(["\\Seen", "$Label", "\\Deleted"]));

    let set: SequenceSet = serde_json::from_value(json!("1:3,7,9:*")).unwrap();
    assert_eq!(serde_json::to_value(&set).unwrap(), json!("1:3,7,9:*"));
    assert!(serde_json::from_value::<SequenceSet>(json!("1:x")).is_err());

    let mailbox: Mailbox = serde_json::from_value(json!("Entwürfe")).unwrap();
    assert_eq!(mailbox.as_wire(), b"Entw&APw-rfe");
    assert_eq!(serde_json::to_value(&mailbox).unwrap(), json!("Entwürfe"));

    let date: InternalDate = serde_json::from_value(json!("17-Jul-1996 02:44:25 -0700")).unwrap();
    assert_eq!(serde_json::to_value(&date).unwrap(), json!("17-Jul-1996 02:44:25 -0700"));
    assert!(serde_json::from_value::<InternalDate>(json!("yesterday")).is_err());

    // A whole message that is not UTF-8 (RFC822), as JSON.
    let fetch = Fetch { seq: 1, attrs: vec![imapkit::types::FetchAttr::Rfc822(Some(vec![0, 0xff]))] };
    let value = serde_json::to_value(&fetch).unwrap();
    assert_eq!(value["attrs"][0], json!({"item": "RFC822", "value": {"base64": "AP8="}}));
}
