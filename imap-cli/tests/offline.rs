//! The `imap` program without a server: `--dry-run` bytes, `--help`, `--table` errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn imap(args: &[&str]) -> Output {
    imap_with_stdin(args, b"")
}

fn imap_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_imap"))
        .args(args)
        .env_remove("IMAP_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the imap binary runs");
    child.stdin.take().expect("piped").write_all(stdin).expect("stdin written");
    child.wait_with_output().expect("the imap binary finishes")
}

/// Runs `--dry-run ARGS` and returns stdout, asserting success.
fn dry(args: &[&str]) -> String {
    let mut all = vec!["--dry-run"];
    all.extend_from_slice(args);
    let out = imap(&all);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn site_table(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("imap-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn dry_run_simple_commands() {
    assert_eq!(dry(&["noop"]), "A0001 NOOP\r\n");
    assert_eq!(dry(&["select", "INBOX"]), "A0001 SELECT INBOX\r\n");
    assert_eq!(dry(&["select", "inbox", "--parameters", "(CONDSTORE)"]), "A0001 SELECT INBOX (CONDSTORE)\r\n");
    assert_eq!(
        dry(&["uid-fetch", "4:*", "(UID BODY.PEEK[HEADER])"]),
        "A0001 UID FETCH 4:* (UID BODY.PEEK[HEADER])\r\n"
    );
    assert_eq!(
        dry(&["list", "", "*", "--return-options", "(SUBSCRIBED)"]),
        "A0001 LIST \"\" * RETURN (SUBSCRIBED)\r\n"
    );
    assert_eq!(dry(&["enable", "CONDSTORE", "QRESYNC"]), "A0001 ENABLE CONDSTORE QRESYNC\r\n");
    assert_eq!(dry(&["fetch", "1:*", "FLAGS", "UID"]), "A0001 FETCH 1:* (FLAGS UID)\r\n");
    assert_eq!(dry(&["status", "Sent", "(MESSAGES UNSEEN)"]), "A0001 STATUS Sent (MESSAGES UNSEEN)\r\n");
}

#[test]
fn dry_run_quoting_and_mailbox_names() {
    // atom, quoted (with escapes), modified UTF-7.
    assert_eq!(dry(&["create", "a \"b\\c\""]), "A0001 CREATE \"a \\\"b\\\\c\\\"\"\r\n");
    assert_eq!(dry(&["select", "Entwürfe"]), "A0001 SELECT Entw&APw-rfe\r\n");
    assert_eq!(dry(&["rename", "Old Stuff", "Archive/2024"]), "A0001 RENAME \"Old Stuff\" Archive/2024\r\n");
    assert_eq!(dry(&["setacl", "Shared", "bob", "+lr"]), "A0001 SETACL Shared bob +lr\r\n");
}

#[test]
fn dry_run_literals_wait_and_secrets_are_redacted() {
    // A password with a space is quoted; redacted unless --show-secrets.
    assert_eq!(dry(&["login", "alice", "pass word"]), "A0001 LOGIN alice ***\r\n");
    assert_eq!(dry(&["--show-secrets", "login", "alice", "pass word"]), "A0001 LOGIN alice \"pass word\"\r\n");
    // A line break forces a synchronizing literal: the client waits for "+".
    assert_eq!(dry(&["login", "bob", "a\nb"]), "A0001 LOGIN bob {3}\r\n[wait for +]\r\n***\r\n");
    assert_eq!(dry(&["--show-secrets", "login", "bob", "a\nb"]), "A0001 LOGIN bob {3}\r\n[wait for +]\r\na\nb\r\n");
    // Non-ASCII user name: a literal, not redacted.
    assert_eq!(dry(&["login", "jörg", "x"]), "A0001 LOGIN {5}\r\n[wait for +]\r\njörg ***\r\n");
}

#[test]
fn dry_run_kinds_with_parsers() {
    assert_eq!(
        dry(&["store", "1:3", "+FLAGS.SILENT", "(\\Seen $Label)"]),
        "A0001 STORE 1:3 +FLAGS.SILENT (\\Seen $Label)\r\n"
    );
    assert_eq!(dry(&["store", "2", "-FLAGS \\Deleted"]), "A0001 STORE 2 -FLAGS (\\Deleted)\r\n");
    assert_eq!(
        dry(&["uid-store", "7", "(UNCHANGEDSINCE 12) FLAGS ()"]),
        "A0001 UID STORE 7 (UNCHANGEDSINCE 12) FLAGS ()\r\n"
    );
    assert_eq!(dry(&["search", "FROM", "alice", "UNSEEN"]), "A0001 SEARCH FROM alice UNSEEN\r\n");
    assert_eq!(
        dry(&["id", "name=imap-cli", "version=0.1 beta"]),
        "A0001 ID (\"name\" \"imap-cli\" \"version\" \"0.1 beta\")\r\n"
    );
    assert_eq!(dry(&["id"]), "A0001 ID NIL\r\n");
    assert_eq!(
        dry(&["setquota", "", "STORAGE=512", "MESSAGE=100"]),
        "A0001 SETQUOTA \"\" (STORAGE 512 MESSAGE 100)\r\n"
    );
    assert_eq!(
        dry(&["setmetadata", "INBOX", "/private/comment=hello world", "/shared/x=NIL"]),
        "A0001 SETMETADATA INBOX (/private/comment \"hello world\" /shared/x NIL)\r\n"
    );
    assert_eq!(
        dry(&["getannotation", "INBOX", "/comment /motd", "value.priv"]),
        "A0001 GETANNOTATION INBOX (\"/comment\" \"/motd\") (\"value.priv\")\r\n"
    );
    assert_eq!(dry(&["partial", "3", "BODY[]", "0", "1024"]), "A0001 PARTIAL 3 BODY[] 0 1024\r\n");
}

#[test]
fn dry_run_append_from_stdin_and_file() {
    let out = imap_with_stdin(
        &["--dry-run", "append", "Drafts", "--flags", "\\Draft $Todo", "--date", "01-May-2024 12:00:00 +0200", "-"],
        b"Subject: hi\r\n\r\nbody\r\n",
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "A0001 APPEND Drafts (\\Draft $Todo) \"01-May-2024 12:00:00 +0200\" {21}\r\n[wait for +]\r\nSubject: hi\r\n\r\nbody\r\n\r\n"
    );
    let file = site_table("message.eml", "Subject: x\r\n\r\ny\r\n");
    assert_eq!(
        dry(&["append", "INBOX", &file]),
        "A0001 APPEND INBOX {17}\r\n[wait for +]\r\nSubject: x\r\n\r\ny\r\n\r\n"
    );
}

#[test]
fn dry_run_script_of_several_commands() {
    assert_eq!(
        dry(&["select", "INBOX", ",", "fetch", "1:*", "FLAGS", ",", "search", "TEXT", ",,", ",", "logout"]),
        "A0001 SELECT INBOX\r\nA0002 FETCH 1:* FLAGS\r\nA0003 SEARCH TEXT ,\r\nA0004 LOGOUT\r\n"
    );
}

#[test]
fn dry_run_site_table_line() {
    let table = site_table(
        "site.toml",
        "[commands]\n\
         XPURGE = { states = \"S\", args = [\"days:number\", \"folder:mailbox?\"], untagged = [\"XPURGED\"], doc = \"Purges old mail.\" }\n\
         \"UID XNOTE\" = { states = \"AS\", args = [\"set:sequence-set\", \"note:string\", \"tags:astring*\"], doc = \"Adds a note.\" }\n",
    );
    assert_eq!(
        dry(&[
            "--table",
            &table,
            "xpurge",
            "30",
            "--folder",
            "Old Mail",
            ",",
            "uid-xnote",
            "1:5",
            "hi \"there\"",
            "a",
            "b c"
        ]),
        "A0001 XPURGE 30 \"Old Mail\"\r\nA0002 UID XNOTE 1:5 \"hi \\\"there\\\"\" a \"b c\"\r\n"
    );
    let help = imap(&["--table", &table, "--help"]);
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(help.contains("xpurge") && help.contains("Purges old mail. [site]"), "{help}");
    let sub = imap(&["--table", &table, "uid-xnote", "--help"]);
    let sub = String::from_utf8(sub.stdout).unwrap();
    assert!(sub.contains("Wire form: UID XNOTE <set:sequence-set> <note:string> <tags:astring>*"), "{sub}");
}

#[test]
fn bad_arguments_are_refused_before_anything_is_sent() {
    let out = imap(&["--dry-run", "fetch", "0", "FLAGS"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("argument `set`") && stderr.contains("\"0\""), "{stderr}");
    assert!(out.stdout.is_empty());
    let out = imap(&["--dry-run", "store", "1", "+LABELS x"]);
    assert_eq!(out.status.code(), Some(2));
    // No command injection through verbatim kinds.
    let out = imap(&["--dry-run", "fetch", "1", "FLAGS\r\nA0002 DELETE INBOX"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("CR, LF or NUL"));
    assert!(out.stdout.is_empty());
    let out = imap(&["--dry-run", "frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("frobnicate"));
}

#[test]
fn help_lists_every_table_command() {
    let out = imap(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for def in imapkit::commands::COMMANDS_TABLE {
        let name = def.name.to_ascii_lowercase().replace(' ', "-");
        let listed = help.lines().any(|line| line.trim_start().starts_with(&format!("{name} ")));
        assert!(listed, "{name} missing from --help:\n{help}");
    }
    assert!(help.contains("--dry-run") && help.contains("--json") && help.contains("--stream"));
    assert!(help.contains("Examples:") && help.contains("--output mail/"), "{help}");
}

#[test]
fn completion_scripts_know_every_command() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = imap(&["--completions", shell]);
        assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        let script = String::from_utf8(out.stdout).unwrap();
        for command in ["uid-fetch", "getquotaroot", "select"] {
            assert!(script.contains(command), "{shell} script lacks {command}");
        }
        assert!(script.contains("--output") || script.contains("-l output"), "{shell} script lacks FETCH's --output");
    }
    let out = imap(&["--completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use bash, zsh"));
}

#[test]
fn bad_table_shows_located_errors() {
    let table = site_table(
        "bad.toml",
        "[commands]\n\
         XGOOD = { states = \"A\", doc = \"Fine.\" }\n\
         XNOTE = { states = \"SQ\", args = [\"text:nope\"], doc = \"Adds a note.\" }\n",
    );
    let out = imap(&["--table", &table, "--dry-run", "noop"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("{table}:3:20: unknown state `Q`")), "{stderr}");
    assert!(stderr.contains(&format!("{table}:3:34: unknown argument kind `nope`")), "{stderr}");
    assert!(stderr.contains("  | XNOTE = { states = \"SQ\""), "{stderr}");
    assert!(out.stdout.is_empty());

    let clash = site_table("clash.toml", "[commands]\nNOOP = { states = \"A\", doc = \"Again.\" }\n");
    let out = imap(&["--table", &clash, "--dry-run", "noop"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("command `NOOP` is already defined"));

    let syntax = site_table("syntax.toml", "[commands\n");
    let out = imap(&["--table", &syntax, "--dry-run", "noop"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("syntax.toml:1:"));
}

#[test]
fn no_server_is_a_usage_error() {
    let out = imap(&["noop"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no server"));
    let out = imap(&["imap://alice:pw@localhost", "noop"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("password does not belong in the URL"));
}

/// A password typed into a malformed URL is never printed back (the URL parser's errors
/// redact the user part; words with `:` or `@` never reach clap's "invalid value" message).
#[test]
fn a_password_in_a_malformed_url_is_never_echoed() {
    for url in ["imap:/alice:PW-s3cret@host", "imap://alice@host:PW-s3cret", "https://alice:PW-s3cret@host"] {
        let output = imap(&[url, "noop"]);
        assert!(!output.status.success(), "{url}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stderr.contains("PW-s3cret") && !stdout.contains("PW-s3cret"), "{url}: {stderr}{stdout}");
        assert!(!stderr.trim().is_empty(), "{url}: says what is wrong");
    }
}

/// `search` words go through the typed search builder: phrases stay one string, ISO dates
/// become IMAP dates, non-ASCII text gets CHARSET UTF-8 and a literal, groups and OR/NOT
/// nest; a word that is no key is an error, not bare 8-bit bytes on the wire.
#[test]
fn dry_run_search_words_are_typed() {
    assert_eq!(
        dry(&["search", "FROM", "alice", "SINCE", "2024-05-01", "SUBJECT", "hello world", "TEXT", "Grüße"]),
        "A0001 SEARCH CHARSET UTF-8 FROM alice SINCE 1-May-2024 SUBJECT \"hello world\" TEXT {7}\r\n[wait for +]\r\nGrüße\r\n"
    );
    assert_eq!(dry(&["search", "FROM alice UNSEEN"]), "A0001 SEARCH FROM alice UNSEEN\r\n");
    assert_eq!(
        dry(&["search", "SUBJECT \"two words\" BEFORE 1-Jun-2024 LARGER 100"]),
        "A0001 SEARCH SUBJECT \"two words\" BEFORE 1-Jun-2024 LARGER 100\r\n"
    );
    assert_eq!(
        dry(&["uid-search", "OR", "FROM", "a", "(", "TO", "b", "CC", "c", ")", "NOT", "SEEN", "1:5"]),
        "A0001 UID SEARCH OR FROM a (TO b CC c) NOT SEEN 1:5\r\n"
    );
    assert_eq!(dry(&["search", "X-GM-RAW", "has:attachment"]), "A0001 SEARCH X-GM-RAW has:attachment\r\n");
    assert_eq!(
        dry(&["sort", "DATE", "UTF-8", "TEXT", "Grüße"]),
        "A0001 SORT (DATE) UTF-8 TEXT {7}\r\n[wait for +]\r\nGrüße\r\n"
    );
    for (words, message) in [
        (&["search", "Grüße"][..], "is not a search key"),
        (&["search", "SINCE", "yesterday"], "is not a date"),
        (&["search", "TEXT"], "TEXT needs a value"),
        (&["search", "(", "SEEN"], "not closed"),
    ] {
        let out = imap(&[&["--dry-run"][..], words].concat());
        assert!(!out.status.success());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(message), "{words:?}: {stderr}");
        assert!(out.stdout.is_empty(), "nothing written for {words:?}");
    }
}

/// SELECT / EXAMINE parameters are typed: CONDSTORE, and QRESYNC with its numbers checked.
#[test]
fn dry_run_select_parameters() {
    assert_eq!(dry(&["select", "INBOX", "--parameters", "CONDSTORE"]), "A0001 SELECT INBOX (CONDSTORE)\r\n");
    assert_eq!(dry(&["examine", "INBOX", "--parameters", "(CONDSTORE)"]), "A0001 EXAMINE INBOX (CONDSTORE)\r\n");
    let out = imap(&["--dry-run", "select", "INBOX", "--parameters", "QRESYNC x 5"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a number"));
}

/// NOTIFY's request, typed from its wire form (RFC 5465): the same bytes come out, the event
/// rules are checked, names are quoted by rule.
#[test]
fn dry_run_notify() {
    assert_eq!(dry(&["notify", "NONE"]), "A0001 NOTIFY NONE\r\n");
    assert_eq!(
        dry(&["notify", "SET STATUS (selected (MessageNew (UID FLAGS) MessageExpunge)) (mailboxes (\"Sent Items\" INBOX) (MailboxName))"]),
        "A0001 NOTIFY SET STATUS (selected (MessageNew (UID FLAGS) MessageExpunge)) (mailboxes (\"Sent Items\" INBOX) (MailboxName))\r\n"
    );
    assert_eq!(dry(&["notify", "SET (subtree Lists NONE)"]), "A0001 NOTIFY SET (subtree (Lists) NONE)\r\n");
    let out = imap(&["--dry-run", "notify", "SET (inboxes (MessageNew))"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("MessageExpunge"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
