//! The `imap` program against Dovecot, when `IMAP_TEST_DOVECOT_*` are set (scripts/test sets
//! them); each test prints why it skips otherwise. Mutating tests work in a mailbox of their
//! own, so they do not disturb other tests that use alice's INBOX.

use std::process::{Command, Output, Stdio};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

const USER: &str = "alice";
const PASSWORD: &str = "alice-pw";

struct Dovecot {
    host: String,
    port: String,
    tls_port: Option<String>,
    ca: Option<String>,
    stream: Option<String>,
}

fn dovecot(test: &str) -> Option<Dovecot> {
    let Ok(host) = std::env::var("IMAP_TEST_DOVECOT_HOST") else {
        println!("skipping {test}: IMAP_TEST_DOVECOT_HOST is not set (scripts/test sets it)");
        return None;
    };
    Some(Dovecot {
        host,
        port: std::env::var("IMAP_TEST_DOVECOT_PORT").unwrap_or_else(|_| "143".into()),
        tls_port: std::env::var("IMAP_TEST_DOVECOT_TLS_PORT").ok(),
        ca: std::env::var("IMAP_TEST_DOVECOT_CA").ok(),
        stream: std::env::var("IMAP_TEST_DOVECOT_STREAM_CMD").ok(),
    })
}

impl Dovecot {
    fn url(&self) -> String {
        format!("imap://{USER}@{}:{}", self.host, self.port)
    }
}

fn imap(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_imap"))
        .args(args)
        .env("IMAP_PASSWORD", PASSWORD)
        .stdin(Stdio::null())
        .output()
        .expect("the imap binary runs")
}

fn ok(args: &[&str]) -> Output {
    let out = imap(args);
    assert!(
        out.status.success(),
        "{args:?} failed:\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The JSON objects printed, one per line.
fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect()
}

fn unique(prefix: &str) -> String {
    let nanos = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().subsec_nanos();
    format!("{prefix}-{}-{nanos}", std::process::id())
}

fn message_file(subject: &str) -> String {
    let path = std::env::temp_dir().join(format!("{}.eml", unique("imap-cli-msg")));
    let text = format!("From: Carol <carol@example.org>\r\nTo: alice@example.org\r\nSubject: {subject}\r\n\r\nHello from the imap program.\r\n");
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn login_by_url_then_select_list_fetch_as_json() {
    let Some(server) = dovecot("login_by_url_then_select_list_fetch_as_json") else { return };
    let mailbox = unique("cli-json");
    let subject = "CLI test message";
    let file = message_file(subject);
    let url = server.url();
    let out = ok(&[
        "--json",
        &url,
        "create",
        &mailbox,
        ",",
        "append",
        &mailbox,
        "--flags",
        "\\Flagged $Label",
        &file,
        ",",
        "select",
        &mailbox,
        ",",
        "list",
        "",
        "*",
        ",",
        "fetch",
        "1:*",
        "(UID FLAGS ENVELOPE BODYSTRUCTURE BODY.PEEK[TEXT])",
        ",",
        "search",
        "SUBJECT",
        "CLI",
        ",",
        "close",
        ",",
        "delete",
        &mailbox,
        ",",
        "logout",
    ]);
    let results = json_lines(&out);
    let commands: Vec<&str> = results.iter().map(|r| r["command"].as_str().unwrap()).collect();
    assert_eq!(commands, ["CREATE", "APPEND", "SELECT", "LIST", "FETCH", "SEARCH", "CLOSE", "DELETE", "LOGOUT"]);
    for result in &results {
        assert_eq!(result["tagged"]["status"], "OK", "{result}");
    }
    // A0001 was the automatic LOGIN.
    assert_eq!(results[0]["tag"], "A0002");
    assert_eq!(results[1]["tagged"]["code"]["name"], "APPENDUID");

    let select = &results[2];
    let exists: Vec<&Value> = select["untagged"].as_array().unwrap().iter().filter(|u| u["kind"] == "EXISTS").collect();
    assert_eq!(exists[0]["data"], 1);
    assert_eq!(select["tagged"]["code"]["name"], "READ-WRITE");

    let list = results[3]["untagged"].as_array().unwrap();
    assert!(list.iter().all(|item| item["kind"] == "LIST"));
    assert!(list.iter().any(|item| item["data"]["mailbox"] == "INBOX"));
    assert!(list.iter().any(|item| item["data"]["mailbox"] == mailbox.as_str()));

    let fetches = results[4]["untagged"].as_array().unwrap();
    assert_eq!(fetches.len(), 1);
    assert_eq!(fetches[0]["kind"], "FETCH");
    let fetch = &fetches[0]["data"];
    assert_eq!(fetch["seq"], 1);
    // Each data item: {"item": its IMAP name, "value": ...}, in the server's order.
    let item = |name: &str| -> &Value {
        let attrs = fetch["attrs"].as_array().unwrap();
        &attrs.iter().find(|attr| attr["item"] == name).unwrap_or_else(|| panic!("no {name} in {fetch}"))["value"]
    };
    assert_eq!(item("UID"), 1);
    let flags: Vec<&str> = item("FLAGS").as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(flags.contains(&"\\Flagged") && flags.contains(&"$Label"), "{flags:?}");
    assert_eq!(item("ENVELOPE")["subject"], subject);
    assert_eq!(item("ENVELOPE")["from"][0]["email"], "carol@example.org");
    assert_eq!(item("ENVELOPE")["from"][0]["name"], "Carol");
    assert_eq!(item("BODY[]")["section"]["text"], "TEXT");
    assert_eq!(item("BODY[]")["data"], "Hello from the imap program.\r\n");
    let body = item("BODYSTRUCTURE");
    assert_eq!(
        (&body["structure"], &body["media_type"], &body["subtype"]),
        (&"single".into(), &"text".into(), &"plain".into()),
        "{body}"
    );
    assert_eq!(body["fields"]["octets"], 30);
    assert_eq!(body["kind"]["kind"], "text", "{body}");
    assert!(body["kind"]["lines"].as_u64().is_some(), "{body}");

    let search = &results[5]["untagged"][0];
    assert_eq!(search["kind"], "SEARCH");
    assert_eq!(search["data"]["numbers"], serde_json::json!([1]));
    let _ = std::fs::remove_file(file);
}

#[test]
fn text_output_and_a_failing_command() {
    let Some(server) = dovecot("text_output_and_a_failing_command") else { return };
    let url = server.url();
    let out = ok(&[&url, "examine", "INBOX", ",", "status", "INBOX", "(MESSAGES UIDNEXT)"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("* FLAGS (\\Answered"), "{text}");
    assert!(text.contains("A0002 OK [READ-ONLY]"), "{text}");
    assert!(text.contains("* STATUS \"INBOX\" (MESSAGES "), "{text}");

    // A NO stops the script with status 1 and says why; later commands do not run.
    let missing = unique("cli-missing");
    let out = imap(&["--json", &url, "select", &missing, ",", "noop"]);
    assert_eq!(out.status.code(), Some(1));
    let results = json_lines(&out);
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["command"], "SELECT");
    assert_eq!(results[0]["error"]["status"], "NO");
    assert!(String::from_utf8_lossy(&out.stderr).contains("select: SELECT failed: NO"));
}

#[test]
fn stream_command_is_preauthenticated() {
    let Some(server) = dovecot("stream_command_is_preauthenticated") else { return };
    let Some(stream) = &server.stream else {
        println!("skipping stream_command_is_preauthenticated: IMAP_TEST_DOVECOT_STREAM_CMD is not set");
        return;
    };
    let out = ok(&["--stream", stream, "--json", "list", "", "%", ",", "namespace", ",", "logout"]);
    let results = json_lines(&out);
    assert_eq!(results[0]["command"], "LIST");
    assert_eq!(results[0]["tag"], "A0001", "no login before the first command");
    assert!(results[0]["untagged"].as_array().unwrap().iter().any(|item| item["data"]["mailbox"] == "INBOX"));
    assert_eq!(results[1]["untagged"][0]["kind"], "NAMESPACE");
    assert_eq!(results[2]["command"], "LOGOUT");
}

#[test]
fn trace_redacts_the_password() {
    let Some(server) = dovecot("trace_redacts_the_password") else { return };
    let url = server.url();
    for extra in [&[][..], &["--auth", "PLAIN"][..], &["--auth", "LOGIN"][..]] {
        let mut args = vec!["--trace"];
        args.extend_from_slice(extra);
        args.extend_from_slice(&[&url, "noop"]);
        let out = ok(&args);
        let trace = String::from_utf8_lossy(&out.stderr);
        assert!(trace.contains("***"), "{trace}");
        assert!(!trace.contains(PASSWORD), "the password leaked into the trace:\n{trace}");
        assert!(trace.contains("C: A0002 NOOP"), "{trace}");
        // The base64 of PLAIN's message would hold the password too.
        assert!(!trace.contains("YWxpY2UtcHc"), "{trace}");
    }
}

#[test]
fn tls_starttls_and_authenticate() {
    let Some(server) = dovecot("tls_starttls_and_authenticate") else { return };
    let (Some(tls_port), Some(ca)) = (&server.tls_port, &server.ca) else {
        println!("skipping tls_starttls_and_authenticate: no TLS port or CA");
        return;
    };
    let imaps = format!("imaps://{USER}@{}:{tls_port}", server.host);
    let out = ok(&["--json", &imaps, "--ca", ca, "noop"]);
    assert_eq!(json_lines(&out)[0]["tagged"]["status"], "OK");

    let starttls = format!("imap://{USER}@{}:{};STARTTLS", server.host, server.port);
    let out = ok(&["--json", "--auth", "CRAM-MD5", &starttls, "--ca", ca, "capability"]);
    let capabilities = &json_lines(&out)[0]["untagged"][0]["data"];
    assert!(capabilities.as_array().unwrap().iter().any(|c| c == "IDLE"), "{capabilities}");

    // The authenticate subcommand instead of the automatic login.
    let out = ok(&["--json", &server.url(), "authenticate", "PLAIN", ",", "myrights", "INBOX"]);
    let results = json_lines(&out);
    assert_eq!(results[0]["command"], "AUTHENTICATE");
    assert_eq!(results[0]["tag"], "A0001");
    assert_eq!(results[1]["untagged"][0]["kind"], "MYRIGHTS");

    // Without the CA the certificate is not trusted.
    let out = imap(&["--ca", "/dev/null", &imaps, "noop"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn idle_prints_what_arrives() {
    let Some(server) = dovecot("idle_prints_what_arrives") else { return };
    let url = server.url();
    let mailbox = unique("cli-idle");
    ok(&[&url, "create", &mailbox]);
    let file = message_file("during IDLE");
    let appender = {
        let (url, mailbox, file) = (url.clone(), mailbox.clone(), file.clone());
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(1500));
            ok(&[&url, "append", &mailbox, &file]);
        })
    };
    let out = ok(&[&url, "select", &mailbox, ",", "idle", "--timeout", "20", "--once"]);
    appender.join().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("* 1 EXISTS"), "{text}");
    assert!(text.contains("A0003 OK Idle completed"), "{text}");
    // With nothing happening, the timeout ends it.
    let out =
        ok(&["--json", &url, "select", &mailbox, ",", "idle", "--timeout", "1", ",", "close", ",", "delete", &mailbox]);
    let results = json_lines(&out);
    assert_eq!(results[1]["command"], "IDLE");
    assert_eq!(results[1]["tagged"]["status"], "OK");
    let _ = std::fs::remove_file(file);
}

#[test]
fn compress_then_the_rest_of_the_script() {
    let Some(server) = dovecot("compress_then_the_rest_of_the_script") else { return };
    let url = server.url();
    let out = ok(&[
        "--json",
        &url,
        "compress",
        "DEFLATE",
        ",",
        "list",
        "",
        "*",
        ",",
        "status",
        "INBOX",
        "(MESSAGES)",
        ",",
        "logout",
    ]);
    let results = json_lines(&out);
    let commands: Vec<&str> = results.iter().map(|r| r["command"].as_str().unwrap()).collect();
    assert_eq!(commands, ["COMPRESS", "LIST", "STATUS", "LOGOUT"]);
    for result in &results {
        assert_eq!(result["tagged"]["status"], "OK", "{result}");
    }
    let list = results[1]["untagged"].as_array().unwrap();
    assert!(list.iter().any(|item| item["data"]["mailbox"] == "INBOX"), "{list:?}");
}

#[test]
fn scram_login_from_the_url() {
    let Some(server) = dovecot("scram_login_from_the_url") else { return };
    let url = format!("imap://{USER};AUTH=SCRAM-SHA-256@{}:{}", server.host, server.port);
    let out = ok(&["--json", &url, "noop"]);
    let results = json_lines(&out);
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0]["command"], "NOOP");
    assert_eq!(results[0]["tagged"]["status"], "OK");
    // A wrong password is a failed login, not a hang.
    let out = Command::new(env!("CARGO_BIN_EXE_imap"))
        .args(["--auth", "SCRAM-SHA-1", &server.url(), "noop"])
        .env("IMAP_PASSWORD", "wrong")
        .stdin(Stdio::null())
        .output()
        .expect("the imap binary runs");
    assert!(!out.status.success());
}

#[test]
fn fetch_output_writes_exactly_the_messages() {
    let Some(server) = dovecot("fetch_output_writes_exactly_the_messages") else { return };
    let mailbox = unique("cli-output");
    let first = message_file("first");
    let second = message_file("second");
    let url = server.url();
    ok(&[&url, "create", &mailbox, ",", "append", &mailbox, &first, ",", "append", &mailbox, &second]);

    // A directory named with a trailing / is made.
    let dir = std::env::temp_dir().join(unique("imap-cli-out"));
    let file = dir.with_extension("eml");
    let dir_text = format!("{}/", dir.to_string_lossy());
    let file_text = file.to_string_lossy().into_owned();
    let binary_dir = format!("{}-binary/", dir.to_string_lossy());
    let out = ok(&[
        &url,
        "examine",
        &mailbox,
        ",",
        "uid-fetch",
        "1:*",
        "BODY.PEEK[]",
        "--output",
        &dir_text,
        ",",
        "fetch",
        "2",
        "BODY.PEEK[]",
        "-o",
        &file_text,
        ",",
        "uid-fetch",
        "1",
        "BINARY.PEEK[]",
        "--output",
        &binary_dir,
        ",",
        "fetch",
        "1",
        "BODYSTRUCTURE",
        ",",
        "namespace",
        ",",
        "close",
        ",",
        "delete",
        &mailbox,
    ]);
    // One file per message, named by UID, holding exactly the appended bytes.
    assert_eq!(std::fs::read(dir.join("1.eml")).unwrap(), std::fs::read(&first).unwrap());
    assert_eq!(std::fs::read(dir.join("2.eml")).unwrap(), std::fs::read(&second).unwrap());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
    // BINARY[] (RFC 3516) too.
    let binary_file = std::path::Path::new(&binary_dir).join("1.eml");
    assert_eq!(std::fs::read(&binary_file).unwrap(), std::fs::read(&first).unwrap());
    let _ = std::fs::remove_dir_all(&binary_dir);
    // A file gets the message alone: no protocol lines around it.
    assert_eq!(std::fs::read(&file).unwrap(), std::fs::read(&second).unwrap());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("2 messages written to") && stderr.contains("1 messages written to"), "{stderr}");

    // Text output is readable for every kind, never Rust's Debug form.
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("* 1 FETCH (BODYSTRUCTURE text/plain"), "{text}");
    assert!(text.contains("* NAMESPACE ((\"\" \"/\"))"), "{text}");
    assert!(!text.contains(" { ") && !text.contains("Some("), "Debug output in:\n{text}");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_file(&file);
    let _ = std::fs::remove_file(&first);
    let _ = std::fs::remove_file(&second);
}

#[test]
fn through_a_socks5_proxy() {
    let Some(server) = dovecot("through_a_socks5_proxy") else { return };
    let (Ok(host), Ok(open), Ok(auth), Ok(user), Ok(password)) = (
        std::env::var("IMAP_TEST_SOCKS_HOST"),
        std::env::var("IMAP_TEST_SOCKS_PORT"),
        std::env::var("IMAP_TEST_SOCKS_AUTH_PORT"),
        std::env::var("IMAP_TEST_SOCKS_USER"),
        std::env::var("IMAP_TEST_SOCKS_PASSWORD"),
    ) else {
        println!("skipping through_a_socks5_proxy: IMAP_TEST_SOCKS_* are not set");
        return;
    };
    let Some(ca) = server.ca.as_deref() else { return };
    let url = format!("imap://{USER}@{}:{};STARTTLS", server.host, server.port);
    let out = ok(&["--socks5", &format!("{host}:{open}"), &url, "--ca", ca, "noop"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("OK"), "{out:?}");
    let via_auth = format!("{user}@{host}:{auth}");
    let out = Command::new(env!("CARGO_BIN_EXE_imap"))
        .args(["--socks5", &via_auth, &url, "--ca", ca, "noop"])
        .env("IMAP_PASSWORD", PASSWORD)
        .env("IMAP_SOCKS5_PASSWORD", &password)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Without the proxy's password: refused, and said so.
    let out = imap(&["--socks5", &format!("{host}:{auth}"), &url, "--ca", ca, "noop"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wants a user name and password"));
}
