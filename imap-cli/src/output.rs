//! What a command's result looks like: a readable text form (close to the wire), or one JSON
//! object per command (`--json`). The library's response types have no serialization of
//! their own, so the common ones are mapped here by hand; the rest fall back to their Debug
//! text (`{"kind": …, "debug": "…"}`).

use base64::Engine;
use imapkit::types::{
    Code, Fetch, FetchAttr, ListItem, Mailbox, NamespaceEntry, Status, Thread, Untagged, Value as ImapValue,
};
use imapkit::{Completed, Error, Flag};
use serde_json::{json, Map, Value};

// ----------------------------------------------------------------------------------------------
// JSON

/// `{"command", "tag", "tagged": {status, code, text}, "untagged": [...], "unsolicited": [...]}`.
pub fn completed_json(done: &Completed, unsolicited: &[Untagged]) -> Value {
    json!({
        "command": done.def.name,
        "tag": done.tag,
        "tagged": status_json(&done.tagged),
        "untagged": done.untagged.iter().map(untagged_json).collect::<Vec<_>>(),
        "unparsed": done.unparsed.iter().map(unparsed_json).collect::<Vec<_>>(),
        "unsolicited": unsolicited.iter().map(untagged_json).collect::<Vec<_>>(),
    })
}

/// `{"kind": "UNPARSED", "guess", "error", "raw", "len"}`: a response that did not parse.
fn unparsed_json(unparsed: &imapkit::types::Unparsed) -> Value {
    json!({
        "kind": "UNPARSED",
        "guess": unparsed.kind,
        "error": unparsed.error,
        "raw": String::from_utf8_lossy(&unparsed.raw),
        "len": unparsed.len,
    })
}

/// `* UNPARSED (error) raw...`: a response that did not parse, as the session kept it.
fn unparsed_text(unparsed: &imapkit::types::Unparsed) -> String {
    let cut = if unparsed.raw.len() < unparsed.len { "..." } else { "" };
    format!("* UNPARSED ({}) {}{cut}", unparsed.error, imapkit::text::escape(&unparsed.raw).trim_end())
}

/// `{"command", "error": {"kind", "message", "status"?, "code"?, "text"?}}` for a failed command.
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
        _ => ("protocol", None),
    };
    detail.insert("kind".into(), json!(kind));
    detail.insert("message".into(), json!(error.to_string()));
    if let Some(status) = status {
        detail.insert("status".into(), json!(status));
    }
    if let Error::No { code, text, .. } | Error::Bad { code, text, .. } = error {
        detail.insert("code".into(), code.as_ref().map_or(Value::Null, code_json));
        detail.insert("text".into(), json!(text));
    }
    json!({ "command": command, "error": detail })
}

fn status_json(status: &Status) -> Value {
    json!({
        "status": status.kind.as_str(),
        "code": status.code.as_ref().map_or(Value::Null, code_json),
        "text": status.text,
    })
}

fn flags_json(flags: &[Flag]) -> Value {
    Value::from(flags.iter().map(Flag::as_wire).collect::<Vec<_>>())
}

fn mailbox_json(mailbox: &Mailbox) -> Value {
    json!(mailbox.to_utf8_lossy())
}

fn bytes_json(bytes: &[u8]) -> Value {
    match std::str::from_utf8(bytes) {
        Ok(text) => json!(text),
        Err(_) => json!({ "base64": base64::engine::general_purpose::STANDARD.encode(bytes) }),
    }
}

fn opt_bytes_json<B: std::ops::Deref<Target = [u8]>>(bytes: &Option<B>) -> Value {
    bytes.as_deref().map_or(Value::Null, bytes_json)
}

fn code_json(code: &Code) -> Value {
    let value = match code {
        Code::BadCharset(list) | Code::Capability(list) | Code::BadEvent(list) => json!(list),
        Code::PermanentFlags(flags) => flags_json(flags),
        Code::UidNext(n) | Code::UidValidity(n) | Code::Unseen(n) => json!(n),
        Code::HighestModSeq(n) => json!(n),
        Code::AppendUid { uid_validity, uids } => json!({ "uid_validity": uid_validity, "uids": uids.to_string() }),
        Code::CopyUid { uid_validity, source, destination } => json!({
            "uid_validity": uid_validity, "source": source.to_string(), "destination": destination.to_string(),
        }),
        Code::Modified(set) => json!(set.to_string()),
        Code::MailboxId(id) => json!(id),
        Code::InProgress { tag, count, total } => json!({ "tag": tag, "count": count, "total": total }),
        Code::Other { value, .. } => value.as_ref().map_or(Value::Null, imap_value_json),
        _ => Value::Null,
    };
    json!({ "name": code.name(), "value": value })
}

/// A generic token tree: atoms and strings as strings, numbers as numbers, NIL as null.
fn imap_value_json(value: &ImapValue) -> Value {
    match value {
        ImapValue::Atom(atom) => json!(atom),
        ImapValue::Number(n) => json!(n),
        ImapValue::String(bytes) => bytes_json(bytes),
        ImapValue::Nil => Value::Null,
        ImapValue::List(items) => Value::from(items.iter().map(imap_value_json).collect::<Vec<_>>()),
        #[allow(unreachable_patterns)]
        other => json!(format!("{other:?}")),
    }
}

fn list_json(kind: &str, item: &ListItem) -> Value {
    json!({
        "kind": kind,
        "attributes": item.attributes,
        "delimiter": item.delimiter.map(String::from),
        "mailbox": mailbox_json(&item.mailbox),
        "extended": item.extended.iter().map(|(name, value)| json!([name, imap_value_json(value)])).collect::<Vec<_>>(),
    })
}

fn namespaces_json(list: &Option<Vec<NamespaceEntry>>) -> Value {
    match list {
        None => Value::Null,
        Some(entries) => Value::from(
            entries
                .iter()
                .map(|e| json!({ "prefix": mailbox_json(&e.prefix), "delimiter": e.delimiter.map(String::from) }))
                .collect::<Vec<_>>(),
        ),
    }
}

fn thread_json(thread: &Thread) -> Value {
    json!({ "messages": thread.messages, "children": thread.children.iter().map(thread_json).collect::<Vec<_>>() })
}

fn pairs_json(pairs: &[(String, Option<Vec<u8>>)]) -> Value {
    let mut map = Map::new();
    for (name, value) in pairs {
        map.insert(name.clone(), opt_bytes_json(value));
    }
    Value::Object(map)
}

/// A body structure as nested objects: a single part with its type, fields, kind-specific
/// data and extension data, or a multipart with its parts.
fn body_json(body: &imapkit::types::BodyStructure) -> Value {
    use imapkit::types::{BodyExtension, BodyStructure, SinglePartKind};
    let params = |params: &imapkit::types::Params| {
        let mut map = Map::new();
        for (name, value) in params {
            map.insert(name.to_string(), bytes_json(value));
        }
        Value::Object(map)
    };
    let extension = |common: &BodyExtension| {
        json!({
            "disposition": common.disposition.as_ref().map(|d| json!({ "type": d.kind.as_str(), "params": params(&d.params) })),
            "language": common.language.as_ref().map(|l| l.iter().map(|v| bytes_json(v)).collect::<Vec<_>>()),
            "location": opt_bytes_json(&common.location),
            "extra": common.extra.iter().map(imap_value_json).collect::<Vec<_>>(),
        })
    };
    match body {
        BodyStructure::Single(part) => {
            let mut value = json!({
                "type": part.mime_type(),
                "params": params(&part.fields.params),
                "id": opt_bytes_json(&part.fields.id),
                "description": opt_bytes_json(&part.fields.description),
                "encoding": part.fields.encoding.as_str(),
                "size": part.fields.octets,
            });
            match &part.kind {
                SinglePartKind::Basic => {}
                SinglePartKind::Text { lines } => value["lines"] = json!(lines),
                SinglePartKind::Message(message) => {
                    value["lines"] = json!(message.lines);
                    value["body"] = body_json(&message.body);
                }
            }
            if let Some(ext) = &part.extension {
                value["md5"] = opt_bytes_json(&ext.md5);
                value["extension"] = extension(&ext.common);
            }
            value
        }
        BodyStructure::Multipart(multi) => {
            let mut value = json!({
                "type": format!("multipart/{}", multi.subtype.as_str().to_ascii_lowercase()),
                "parts": multi.parts.iter().map(body_json).collect::<Vec<_>>(),
            });
            if !multi.params.is_empty() {
                value["params"] = params(&multi.params);
            }
            if let Some(ext) = &multi.extension {
                value["extension"] = extension(ext);
            }
            value
        }
    }
}

/// One FETCH: `{"kind": "FETCH", "seq": n, "items": {"UID": 5, "FLAGS": [...], "BODY[]": "..."}}`.
fn fetch_json(fetch: &Fetch) -> Value {
    let mut items = Map::new();
    for attr in &fetch.attrs {
        let (name, value) = fetch_attr_json(attr);
        items.insert(name, value);
    }
    json!({ "kind": "FETCH", "seq": fetch.seq, "items": items })
}

fn fetch_attr_json(attr: &FetchAttr) -> (String, Value) {
    match attr {
        FetchAttr::Flags(flags) => ("FLAGS".into(), flags_json(flags)),
        FetchAttr::InternalDate(date) => ("INTERNALDATE".into(), json!(date.raw.as_str())),
        FetchAttr::SaveDate(date) => ("SAVEDATE".into(), json!(date.as_ref().map(|d| d.raw.as_str()))),
        FetchAttr::Preview(text) => ("PREVIEW".into(), json!(text.as_deref())),
        FetchAttr::Rfc822(data) => ("RFC822".into(), opt_bytes_json(data)),
        FetchAttr::Rfc822Header(data) => ("RFC822.HEADER".into(), opt_bytes_json(data)),
        FetchAttr::Rfc822Text(data) => ("RFC822.TEXT".into(), opt_bytes_json(data)),
        FetchAttr::Rfc822Size(size) => ("RFC822.SIZE".into(), json!(size)),
        FetchAttr::Uid(uid) => ("UID".into(), json!(uid)),
        FetchAttr::ModSeq(modseq) => ("MODSEQ".into(), json!(modseq)),
        FetchAttr::Envelope(envelope) => {
            let addresses = |list: &[imapkit::types::Address]| {
                Value::from(
                    list.iter().map(|a| json!({ "name": a.name_decoded(), "email": a.email() })).collect::<Vec<_>>(),
                )
            };
            (
                "ENVELOPE".into(),
                json!({
                    "date": envelope.date_text(),
                    "subject": envelope.subject_decoded(),
                    "from": addresses(&envelope.from),
                    "sender": addresses(&envelope.sender),
                    "reply_to": addresses(&envelope.reply_to),
                    "to": addresses(&envelope.to),
                    "cc": addresses(&envelope.cc),
                    "bcc": addresses(&envelope.bcc),
                    "in_reply_to": opt_bytes_json(&envelope.in_reply_to),
                    "message_id": envelope.message_id_text(),
                }),
            )
        }
        FetchAttr::BodySection(item) => {
            let origin = item.origin.map(|o| format!("<{o}>")).unwrap_or_default();
            (format!("BODY[{}]{origin}", item.section), opt_bytes_json(&item.data))
        }
        FetchAttr::Binary(item) => {
            let part: Vec<String> = item.section.iter().map(u32::to_string).collect();
            let origin = item.origin.map(|o| format!("<{o}>")).unwrap_or_default();
            (format!("BINARY[{}]{origin}", part.join(".")), opt_bytes_json(&item.data))
        }
        FetchAttr::BinarySize { section, size } => {
            let part: Vec<String> = section.iter().map(u32::to_string).collect();
            (format!("BINARY.SIZE[{}]", part.join(".")), json!(size))
        }
        FetchAttr::EmailId(id) => ("EMAILID".into(), json!(id)),
        FetchAttr::ThreadId(id) => ("THREADID".into(), json!(id)),
        FetchAttr::GmMsgId(id) => ("X-GM-MSGID".into(), json!(id)),
        FetchAttr::GmThrId(id) => ("X-GM-THRID".into(), json!(id)),
        FetchAttr::Other(other) => (other.name.clone(), imap_value_json(&other.value)),
        FetchAttr::Unparsed(item) => {
            (item.name.clone(), json!({ "unparsed": String::from_utf8_lossy(&item.raw), "expected": item.expected }))
        }
        FetchAttr::Body(body) => ("BODY".into(), body_json(body)),
        FetchAttr::BodyStructure(body) => ("BODYSTRUCTURE".into(), body_json(body)),
        #[allow(unreachable_patterns)]
        other => (fetch_attr_name(other), json!({ "debug": format!("{other:?}") })),
    }
}

fn fetch_attr_name(attr: &FetchAttr) -> String {
    let debug = format!("{attr:?}");
    debug.split(['(', ' ', '{']).next().unwrap_or("ITEM").to_ascii_uppercase()
}

/// One untagged response as JSON; `kind` is its routing name (`EXISTS`, `OK[UIDNEXT]`).
pub fn untagged_json(untagged: &Untagged) -> Value {
    let kind = untagged.kind().into_owned();
    match untagged {
        Untagged::Status(status) => {
            let mut value = status_json(status);
            value["kind"] = json!(kind);
            value
        }
        Untagged::Capability(list) => json!({ "kind": kind, "capabilities": list }),
        Untagged::Flags(flags) => json!({ "kind": kind, "flags": flags_json(flags) }),
        Untagged::Exists(n) | Untagged::Recent(n) | Untagged::Expunge(n) => json!({ "kind": kind, "number": n }),
        Untagged::Fetch(fetch) => fetch_json(fetch),
        Untagged::Search { numbers, modseq } | Untagged::Sort { numbers, modseq } => {
            json!({ "kind": kind, "numbers": numbers, "modseq": modseq })
        }
        Untagged::ESearch(e) => json!({
            "kind": kind, "tag": e.tag, "uid": e.uid, "min": e.min, "max": e.max, "count": e.count,
            "all": e.all.as_ref().map(ToString::to_string), "modseq": e.modseq,
        }),
        Untagged::List(item) | Untagged::Lsub(item) => list_json(&kind, item),
        Untagged::MailboxStatus(status) => {
            let mut items = Map::new();
            for (name, value) in &status.items {
                items.insert(name.clone(), json!(value));
            }
            json!({ "kind": kind, "mailbox": mailbox_json(&status.mailbox), "items": items })
        }
        Untagged::Namespace(ns) => json!({
            "kind": kind, "personal": namespaces_json(&ns.personal), "other": namespaces_json(&ns.other),
            "shared": namespaces_json(&ns.shared),
        }),
        Untagged::Acl { mailbox, entries } => {
            json!({ "kind": kind, "mailbox": mailbox_json(mailbox), "entries": entries })
        }
        Untagged::ListRights { mailbox, identifier, required, optional } => json!({
            "kind": kind, "mailbox": mailbox_json(mailbox), "identifier": identifier, "required": required,
            "optional": optional,
        }),
        Untagged::MyRights { mailbox, rights } => {
            json!({ "kind": kind, "mailbox": mailbox_json(mailbox), "rights": rights })
        }
        Untagged::Quota { root, resources } => json!({
            "kind": kind, "root": root,
            "resources": resources.iter().map(|r| json!({ "name": r.name, "usage": r.usage, "limit": r.limit })).collect::<Vec<_>>(),
        }),
        Untagged::QuotaRoot { mailbox, roots } => {
            json!({ "kind": kind, "mailbox": mailbox_json(mailbox), "roots": roots })
        }
        Untagged::Annotation { mailbox, entry, attributes, further } => {
            let mut entries = vec![json!({ "entry": entry, "attributes": pairs_json(attributes) })];
            entries
                .extend(further.iter().map(|e| json!({ "entry": e.entry, "attributes": pairs_json(&e.attributes) })));
            json!({ "kind": kind, "mailbox": mailbox_json(mailbox), "entries": entries })
        }
        Untagged::MetadataNames { mailbox, entries } => {
            json!({ "kind": kind, "mailbox": mailbox_json(mailbox), "names": entries })
        }
        Untagged::Metadata { mailbox, entries } => {
            json!({ "kind": kind, "mailbox": mailbox_json(mailbox), "entries": pairs_json(entries) })
        }
        Untagged::Thread(threads) => {
            json!({ "kind": kind, "threads": threads.iter().map(thread_json).collect::<Vec<_>>() })
        }
        Untagged::Enabled(list) => json!({ "kind": kind, "capabilities": list }),
        Untagged::Id(params) => json!({ "kind": kind, "params": params.as_deref().map(pairs_json) }),
        Untagged::Vanished { earlier, uids } => json!({ "kind": kind, "earlier": earlier, "uids": uids.to_string() }),
        Untagged::Other { number, name, values } => json!({
            "kind": kind, "name": name, "number": number, "values": values.iter().map(imap_value_json).collect::<Vec<_>>(),
        }),
        Untagged::Unparsed(unparsed) => unparsed_json(unparsed),
    }
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
        Code::InProgress { tag: Some(tag), count, total } => {
            let number = |n: &Option<u64>| n.map_or("NIL".to_string(), |n| n.to_string());
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
        #[allow(unreachable_patterns)]
        other => format!("{other:?}"),
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
            let addresses = |list: &[imapkit::types::Address]| {
                list.iter()
                    .filter_map(|a| match (a.name_decoded(), a.email()) {
                        (Some(name), Some(email)) => Some(format!("{name} <{email}>")),
                        (None, email) => email,
                        (Some(name), None) => Some(name),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            format!(
                "ENVELOPE (Date: {}; Subject: {}; From: {}; To: {}; Message-ID: {})",
                envelope.date_text().unwrap_or_default(),
                envelope.subject_decoded().unwrap_or_default(),
                addresses(&envelope.from),
                addresses(&envelope.to),
                envelope.message_id_text().unwrap_or_default()
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
        other => format!("{other:?}"),
    }
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
        other => format!("{other:?}"),
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
