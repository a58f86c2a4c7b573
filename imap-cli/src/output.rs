//! What a command's result looks like: a readable text form (close to the wire), or one JSON
//! object per command (`--json`), made by the library's own serialization (feature `serde`).

use imapkit::types::{Code, FetchAttr, Status, Untagged, Value as ImapValue};
use imapkit::{Completed, Error, Flag};
use serde_json::{json, Map, Value};

// ----------------------------------------------------------------------------------------------
// JSON

/// `{"command", "tag", "tagged", "untagged", "unparsed", "unsolicited"}`: the library's own
/// serialization (feature `serde`) of the completed command, as the README documents it.
pub fn completed_json(done: &Completed, unsolicited: &[Untagged]) -> Value {
    json!({
        "command": done.def.name,
        "tag": done.tag,
        "tagged": serialized(&done.tagged),
        "untagged": serialized(&done.untagged),
        "unparsed": serialized(&done.unparsed),
        "unsolicited": serialized(unsolicited),
    })
}

/// A result value as JSON. The types serialize to plain data (strings, numbers, maps), which
/// JSON always takes.
fn serialized<T: serde::Serialize + ?Sized>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or_else(|error| json!({ "serialization error": error.to_string() }))
}

/// `* UNPARSED (error) raw...`: a response that did not parse, as the session kept it.
fn unparsed_text(unparsed: &imapkit::types::Unparsed) -> String {
    let cut = if unparsed.raw.len() < unparsed.len { "..." } else { "" };
    format!("* UNPARSED ({}) {}{cut}", unparsed.error, imapkit::text::escape(&unparsed.raw).trim_end())
}

/// `{"command", "error": {"kind", "message", "status"?, "code"?, "text"?}}` for a failed
/// command (errors are the program's own report, not a server value).
pub fn error_json(command: &str, error: &Error) -> Value {
    let mut detail = Map::new();
    let (kind, status) = match error {
        Error::No { .. } => ("no", Some("NO")),
        Error::Bad { .. } => ("bad", Some("BAD")),
        Error::State { .. } => ("state", None),
        Error::Capability { .. } => ("capability", None),
        Error::Forbidden { .. } => ("forbidden", None),
        Error::Arg(_) => ("argument", None),
        Error::Refused(_) => ("refused", None),
        Error::Bye(_) => ("bye", Some("BYE")),
        Error::Io(_) | Error::Closed => ("connection", None),
        Error::Timeout(_) => ("timeout", None),
        Error::Limit(_) => ("limit", None),
        Error::ReadOnly(_) => ("read-only", None),
        Error::Unparsed { .. } => ("unparsed", None),
        _ => ("protocol", None),
    };
    detail.insert("kind".into(), json!(kind));
    detail.insert("message".into(), json!(error.to_string()));
    if let Some(status) = status {
        detail.insert("status".into(), json!(status));
    }
    if let Error::No { code, text, .. } | Error::Bad { code, text, .. } = error {
        detail.insert("code".into(), serialized(code));
        detail.insert("text".into(), json!(text));
    }
    json!({ "command": command, "error": detail })
}

// ----------------------------------------------------------------------------------------------
// Text

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn flags_text(flags: &[Flag]) -> String {
    let flags: Vec<String> = flags.iter().map(Flag::as_wire).collect();
    format!("({})", flags.join(" "))
}

fn code_text(code: &Code) -> String {
    let name = code.name();
    match code {
        Code::BadCharset(list) | Code::Capability(list) => format!("[{name} {}]", list.join(" ")),
        Code::BadEvent(list) => format!("[{name} ({})]", list.join(" ")),
        Code::PermanentFlags(flags) => format!("[{name} {}]", flags_text(flags)),
        Code::UidNext(n) | Code::UidValidity(n) | Code::Unseen(n) => format!("[{name} {n}]"),
        Code::HighestModSeq(n) => format!("[{name} {n}]"),
        Code::AppendUid { uid_validity, uids } => format!("[{name} {uid_validity} {uids}]"),
        Code::CopyUid { uid_validity, source, destination } => {
            format!("[{name} {uid_validity} {source} {destination}]")
        }
        Code::Modified(set) => format!("[{name} {set}]"),
        Code::MailboxId(id) => format!("[{name} ({id})]"),
        Code::InProgress { tag: None, count: None, total: None } => format!("[{name}]"),
        Code::InProgress { tag, count, total } => {
            let number = |n: &Option<u64>| n.map_or("NIL".to_string(), |n| n.to_string());
            let tag = tag.as_ref().map_or("NIL".to_string(), |tag| quote(tag));
            format!("[{name} ({tag} {} {})]", number(count), number(total))
        }
        Code::Other { value: Some(value), .. } => format!("[{name} {}]", imap_value_text(value)),
        _ => format!("[{name}]"),
    }
}

fn status_text(status: &Status) -> String {
    let code = status.code.as_ref().map(|c| format!("{} ", code_text(c))).unwrap_or_default();
    format!("{} {code}{}", status.kind.as_str(), status.text)
}

fn bytes_text(bytes: &[u8]) -> String {
    if bytes.iter().all(|b| (0x20..0x7f).contains(b)) && !bytes.is_empty() {
        quote(&String::from_utf8_lossy(bytes))
    } else {
        format!("{{{}}}\n{}", bytes.len(), String::from_utf8_lossy(bytes))
    }
}

fn opt_bytes_text(bytes: &Option<Vec<u8>>) -> String {
    bytes.as_deref().map_or_else(|| "NIL".to_owned(), bytes_text)
}

fn imap_value_text(value: &ImapValue) -> String {
    match value {
        ImapValue::Atom(atom) => atom.clone(),
        ImapValue::Number(n) => n.to_string(),
        ImapValue::String(bytes) => bytes_text(bytes),
        ImapValue::Nil => "NIL".into(),
        ImapValue::List(items) => format!("({})", items.iter().map(imap_value_text).collect::<Vec<_>>().join(" ")),
    }
}

fn fetch_attr_text(attr: &FetchAttr) -> String {
    match attr {
        FetchAttr::Flags(flags) => format!("FLAGS {}", flags_text(flags)),
        FetchAttr::InternalDate(date) => format!("INTERNALDATE {}", quote(&date.raw)),
        FetchAttr::SaveDate(date) => format!("SAVEDATE {}", date.as_ref().map_or("NIL".to_string(), |d| quote(&d.raw))),
        FetchAttr::Preview(text) => format!("PREVIEW {}", text.as_deref().map_or("NIL".to_string(), quote)),
        FetchAttr::Rfc822Size(size) => format!("RFC822.SIZE {size}"),
        FetchAttr::Uid(uid) => format!("UID {uid}"),
        FetchAttr::ModSeq(modseq) => format!("MODSEQ ({modseq})"),
        FetchAttr::Envelope(envelope) => {
            let envelope = envelope.view();
            let addresses = |list: imapkit::types::Addresses<'_>| {
                list.iter()
                    .filter_map(|a| match (a.name_decoded(), a.email()) {
                        (Some(name), Some(email)) => Some(format!("{name} <{email}>")),
                        (None, email) => email,
                        (Some(name), None) => Some(name),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let lossy =
                |bytes: Option<&[u8]>| bytes.map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
            format!(
                "ENVELOPE (Date: {}; Subject: {}; From: {}; To: {}; Message-ID: {})",
                lossy(envelope.date()),
                envelope.subject_decoded().unwrap_or_default(),
                addresses(envelope.from()),
                addresses(envelope.to()),
                lossy(envelope.message_id())
            )
        }
        FetchAttr::Rfc822(data) => format!("RFC822 {}", opt_bytes_text(data)),
        FetchAttr::Rfc822Header(data) => format!("RFC822.HEADER {}", opt_bytes_text(data)),
        FetchAttr::Rfc822Text(data) => format!("RFC822.TEXT {}", opt_bytes_text(data)),
        FetchAttr::BodySection(item) => {
            let origin = item.origin.map(|o| format!("<{o}>")).unwrap_or_default();
            format!("BODY[{}]{origin} {}", item.section, opt_bytes_text(&item.data))
        }
        FetchAttr::Other(other) => format!("{} {}", other.name, imap_value_text(&other.value)),
        FetchAttr::Unparsed(item) => format!("{} {} (unparsed)", item.name, String::from_utf8_lossy(&item.raw)),
        FetchAttr::Body(body) => format!("BODY {}", body_text(body.view(), "")),
        FetchAttr::BodyStructure(body) => format!("BODYSTRUCTURE {}", body_text(body.view(), "")),
        FetchAttr::Binary(item) => {
            let origin = item.origin.map(|o| format!("<{o}>")).unwrap_or_default();
            format!("BINARY[{}]{origin} {}", part_number(&item.section), opt_bytes_text(&item.data))
        }
        FetchAttr::BinarySize { section, size } => format!("BINARY.SIZE[{}] {size}", part_number(section)),
        FetchAttr::EmailId(id) => format!("EMAILID ({id})"),
        FetchAttr::ThreadId(id) => format!("THREADID {}", id.as_ref().map_or("NIL".to_owned(), |id| format!("({id})"))),
        FetchAttr::GmMsgId(id) => format!("X-GM-MSGID {id}"),
        FetchAttr::GmThrId(id) => format!("X-GM-THRID {id}"),
        FetchAttr::GmLabels(labels) => {
            let labels: Vec<String> = labels.iter().map(|l| bytes_text(l)).collect();
            format!("X-GM-LABELS ({})", labels.join(" "))
        }
        FetchAttr::Streamed { item, len } => {
            let name = fetch_attr_text(item);
            let name = name.split_once(' ').map_or(name.as_str(), |(name, _)| name);
            format!("{name} ({len} bytes written to the output)")
        }
        // An item added to the library after this program was written (`FetchAttr` is
        // non-exhaustive): its data as JSON, never Rust's Debug form.
        other => serde_json::to_string(other).unwrap_or_default(),
    }
}

/// `1.2.3`
fn part_number(section: &[u32]) -> String {
    section.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
}

/// A body structure as a reader wants it: each part's number, type, size and name, nested
/// parts indented by their numbers (`1 text/plain (utf-8) 39 bytes; 2 application/pdf
/// "report.pdf" 4711 bytes`), not the wire's nested lists.
fn body_text(body: imapkit::types::BodyView<'_>, number: &str) -> String {
    let child =
        |index: usize| if number.is_empty() { (index + 1).to_string() } else { format!("{number}.{}", index + 1) };
    if body.is_multipart() {
        let parts: Vec<String> = body.children().enumerate().map(|(i, part)| body_text(part, &child(i))).collect();
        let label = if number.is_empty() { String::new() } else { format!("{number} ") };
        return format!("({label}{}: {})", body.mime_type(), parts.join("; "));
    }
    let mut text = if number.is_empty() { body.mime_type() } else { format!("{number} {}", body.mime_type()) };
    if let Some(charset) = body.param("charset") {
        text.push_str(&format!(" ({})", String::from_utf8_lossy(charset).to_ascii_lowercase()));
    }
    let name = body.disposition().and_then(|d| d.param("filename")).or_else(|| body.param("name"));
    if let Some(name) = name {
        text.push_str(&format!(" {}", quote(&imapkit::types::decode_encoded_words(name))));
    }
    text.push_str(&format!(" {} bytes", body.octets()));
    if let Some((envelope, inner)) = body.message() {
        let subject = envelope.subject_decoded().unwrap_or_default();
        text.push_str(&format!(" {} {}", quote(&subject), body_text(inner, number)));
    }
    text
}

/// One untagged response as a line close to the wire (`* 3 EXISTS`); message data follows
/// its `{size}` on the next lines.
pub fn untagged_text(untagged: &Untagged) -> String {
    let line = match untagged {
        Untagged::Status(status) => status_text(status),
        Untagged::Capability(list) => format!("CAPABILITY {}", list.join(" ")),
        Untagged::Flags(flags) => format!("FLAGS {}", flags_text(flags)),
        Untagged::Exists(n) => format!("{n} EXISTS"),
        Untagged::Recent(n) => format!("{n} RECENT"),
        Untagged::Expunge(n) => format!("{n} EXPUNGE"),
        Untagged::Fetch(fetch) => {
            let items: Vec<String> = fetch.attrs.iter().map(fetch_attr_text).collect();
            format!("{} FETCH ({})", fetch.seq, items.join(" "))
        }
        Untagged::Search { numbers, modseq } | Untagged::Sort { numbers, modseq } => {
            let mut line = untagged.kind().into_owned();
            for n in numbers {
                line.push_str(&format!(" {n}"));
            }
            if let Some(modseq) = modseq {
                line.push_str(&format!(" (MODSEQ {modseq})"));
            }
            line
        }
        Untagged::List(item) | Untagged::Lsub(item) => format!(
            "{} ({}) {} {}",
            untagged.kind(),
            item.attributes.join(" "),
            item.delimiter.map_or_else(|| "NIL".to_owned(), |d| quote(&d.to_string())),
            quote(&item.mailbox.to_utf8_lossy())
        ),
        Untagged::MailboxStatus(status) => {
            let items: Vec<String> = status.items.iter().map(|(name, value)| format!("{name} {value}")).collect();
            format!("STATUS {} ({})", quote(&status.mailbox.to_utf8_lossy()), items.join(" "))
        }
        Untagged::Enabled(list) => format!("ENABLED {}", list.join(" ")),
        Untagged::Vanished { earlier, uids } => {
            format!("VANISHED {}{uids}", if *earlier { "(EARLIER) " } else { "" })
        }
        Untagged::Quota { root, resources } => {
            let resources: Vec<String> =
                resources.iter().map(|r| format!("{} {} {}", r.name, r.usage, r.limit)).collect();
            format!("QUOTA {} ({})", quote(root), resources.join(" "))
        }
        Untagged::QuotaRoot { mailbox, roots } => {
            let roots: Vec<String> = roots.iter().map(|r| quote(r)).collect();
            format!("QUOTAROOT {} {}", quote(&mailbox.to_utf8_lossy()), roots.join(" "))
        }
        Untagged::MyRights { mailbox, rights } => format!("MYRIGHTS {} {rights}", quote(&mailbox.to_utf8_lossy())),
        Untagged::Acl { mailbox, entries } => {
            let entries: Vec<String> = entries.iter().map(|(id, rights)| format!("{} {rights}", quote(id))).collect();
            format!("ACL {} {}", quote(&mailbox.to_utf8_lossy()), entries.join(" "))
        }
        Untagged::Metadata { mailbox, entries } => {
            let entries: Vec<String> = entries.iter().map(|(e, v)| format!("{e} {}", opt_bytes_text(v))).collect();
            format!("METADATA {} ({})", quote(&mailbox.to_utf8_lossy()), entries.join(" "))
        }
        Untagged::Id(None) => "ID NIL".into(),
        Untagged::Id(Some(params)) => {
            let params: Vec<String> =
                params.iter().map(|(n, v)| format!("{} {}", quote(n), opt_bytes_text(v))).collect();
            format!("ID ({})", params.join(" "))
        }
        Untagged::Other { number, name, values } => {
            let number = number.map(|n| format!("{n} ")).unwrap_or_default();
            let values: Vec<String> = values.iter().map(imap_value_text).collect();
            format!("{number}{name} {}", values.join(" ")).trim_end().to_owned()
        }
        Untagged::Unparsed(unparsed) => return unparsed_text(unparsed),
        Untagged::ESearch(search) => {
            let mut line = String::from("ESEARCH");
            if let Some(tag) = &search.tag {
                line.push_str(&format!(" (TAG {})", quote(tag)));
            }
            if search.uid {
                line.push_str(" UID");
            }
            let numbers = [("MIN", search.min), ("MAX", search.max), ("COUNT", search.count)];
            for (name, value) in numbers {
                if let Some(value) = value {
                    line.push_str(&format!(" {name} {value}"));
                }
            }
            if let Some(all) = &search.all {
                line.push_str(&format!(" ALL {all}"));
            }
            if let Some(modseq) = search.modseq {
                line.push_str(&format!(" MODSEQ {modseq}"));
            }
            if let Some(partial) = &search.partial {
                let results = partial.results.as_ref().map_or("NIL".to_owned(), ToString::to_string);
                line.push_str(&format!(" PARTIAL ({}:{} {results})", partial.range.0, partial.range.1));
            }
            for (position, set) in &search.add_to {
                line.push_str(&format!(" ADDTO ({position} {set})"));
            }
            for (position, set) in &search.remove_from {
                line.push_str(&format!(" REMOVEFROM ({position} {set})"));
            }
            for (name, value) in &search.other {
                line.push_str(&format!(" {name} {}", imap_value_text(value)));
            }
            line
        }
        Untagged::Namespace(namespaces) => {
            let group = |entries: &Option<Vec<imapkit::types::NamespaceEntry>>| match entries {
                None => "NIL".to_owned(),
                Some(entries) => {
                    let entries: Vec<String> = entries
                        .iter()
                        .map(|entry| {
                            let delimiter = entry.delimiter.map_or("NIL".to_owned(), |d| quote(&d.to_string()));
                            format!("({} {delimiter})", quote(&entry.prefix.to_utf8_lossy()))
                        })
                        .collect();
                    format!("({})", entries.join(""))
                }
            };
            format!(
                "NAMESPACE {} {} {}  (personal, other users', shared)",
                group(&namespaces.personal),
                group(&namespaces.other),
                group(&namespaces.shared)
            )
        }
        Untagged::ListRights { mailbox, identifier, required, optional } => format!(
            "LISTRIGHTS {} {} {required} {}",
            quote(&mailbox.to_utf8_lossy()),
            quote(identifier),
            optional.join(" ")
        )
        .trim_end()
        .to_owned(),
        Untagged::Annotation { mailbox, entry, attributes, further } => {
            let pairs = |list: &[(String, Option<Vec<u8>>)]| {
                list.iter().map(|(n, v)| format!("{} {}", quote(n), opt_bytes_text(v))).collect::<Vec<_>>().join(" ")
            };
            let mut line =
                format!("ANNOTATION {} {} ({})", quote(&mailbox.to_utf8_lossy()), quote(entry), pairs(attributes));
            for more in further {
                line.push_str(&format!(" {} ({})", quote(&more.entry), pairs(&more.attributes)));
            }
            line
        }
        Untagged::MetadataNames { mailbox, entries } => {
            format!("METADATA {} {}", quote(&mailbox.to_utf8_lossy()), entries.join(" "))
        }
        Untagged::Thread(threads) => {
            fn thread(t: &imapkit::types::Thread) -> String {
                let mut parts: Vec<String> = t.messages.iter().map(u32::to_string).collect();
                parts.extend(t.children.iter().map(thread));
                format!("({})", parts.join(" "))
            }
            format!("THREAD {}", threads.iter().map(thread).collect::<Vec<_>>().join(""))
        }
        // A kind added to the library after this program was written (`Untagged` is
        // non-exhaustive): its name and data as JSON, never Rust's Debug form.
        other => format!("{} {}", other.kind(), serde_json::to_string(other).unwrap_or_default()),
    };
    format!("* {line}")
}

/// The text form of a completed command: its untagged responses (unless printed already, as
/// IDLE does while waiting), then the unsolicited ones, then the tagged line.
pub fn completed_text(done: &Completed, unsolicited: &[Untagged], skip_untagged: bool) -> String {
    let mut out = String::new();
    if !skip_untagged {
        for untagged in &done.untagged {
            out.push_str(&untagged_text(untagged));
            out.push('\n');
        }
    }
    for unparsed in &done.unparsed {
        out.push_str(&unparsed_text(unparsed));
        out.push('\n');
    }
    for untagged in unsolicited {
        out.push_str(&untagged_text(untagged));
        out.push('\n');
    }
    out.push_str(&format!("{} {}\n", done.tag, status_text(&done.tagged)));
    out
}
