//! Golden wire tests: for every line of `spec/commands.toml`, calls of the generated method
//! and the exact bytes they put on the wire (tags and literal continuation points included),
//! with the server's scripted answers and the typed result.
//!
//! The files live in `tests/golden/<command>.txt`. A normal run compares byte for byte and
//! prints a diff; `BLESS=1 cargo test -p imap-tests --test golden` rewrites them (review the
//! `git diff` before committing).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use imapkit::command::State;
use imapkit::commands::COMMANDS_TABLE;
use std::future::Future;
use std::pin::Pin;

use imap_tests::{Recorder, DEFAULT_CAPABILITIES};
use imapkit::{
    AppendMessage, AsyncCommands, Client, Commands, FetchAttribute, FetchItems, Flag, SearchKey, SearchProgram,
    Section, SectionText, SortField, SortKey, StatusItem, StoreAction,
};

type Run = Box<dyn Fn(&mut Client<Recorder>) -> String>;
type AsyncClient = imapkit::tokio::Client<Recorder>;
type AsyncRun = Box<dyn for<'a> Fn(&'a mut AsyncClient) -> Pin<Box<dyn Future<Output = String> + 'a>>>;

/// The same call through the async client: one corpus, two drivers.
fn async_run(
    run: impl for<'a> Fn(&'a mut AsyncClient) -> Pin<Box<dyn Future<Output = String> + 'a>> + 'static,
) -> AsyncRun {
    Box::new(run)
}

struct Case {
    command: &'static str,
    name: &'static str,
    call: &'static str,
    run: Run,
    run_async: AsyncRun,
    server: Vec<&'static str>,
    capabilities: Option<&'static str>,
    state: Option<State>,
}

macro_rules! case {
    ($command:literal, $name:literal, |$c:ident| $call:expr
        $(, show = |$s:ident| $show:expr)?
        $(, server = [$($burst:expr),* $(,)?])?
        $(, caps = $caps:expr)?
        $(, state = $state:expr)? $(,)?) => {
        Case {
            command: $command,
            name: $name,
            call: stringify!($call),
            run: Box::new(|$c: &mut Client<Recorder>| {
                let result = format!("{:?}", $call);
                // What the case shows of the client afterwards (state, compression).
                $(let $s = &*$c; let result = format!("{result}{}", $show);)?
                result
            }),
            run_async: async_run(|$c| Box::pin(async move {
                let result = format!("{:?}", $call.await);
                $(let $s = &*$c; let result = format!("{result}{}", $show);)?
                result
            })),
            server: vec![$($($burst),*)?],
            capabilities: None $(.or(Some($caps)))?,
            state: None $(.or(Some($state)))?,
        }
    };
}

fn cases() -> Vec<Case> {
    let mut cases = vec![
        // --- any state ---
        case!("CAPABILITY", "plain", |c| c.capability(),
            server = ["* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\n{tag} OK CAPABILITY completed\r\n"]),
        case!("CAPABILITY", "quoted text in the reply", |c| c.capability(),
            server = ["* CAPABILITY IMAP4rev1 IDLE\r\n{tag} OK \"done\" [sic]\r\n"], state = State::Selected),
        case!("NOOP", "plain", |c| c.noop(), state = State::Selected),
        case!("NOOP", "collects updates", |c| c.noop(),
            server = ["* 22 EXPUNGE\r\n* 23 EXISTS\r\n* 3 RECENT\r\n* 14 FETCH (FLAGS (\\Seen \\Deleted))\r\n{tag} OK \"NOOP\" completed\r\n"],
            state = State::Selected),
        case!("LOGOUT", "plain", |c| c.logout(),
            server = ["* BYE IMAP4rev1 Server logging out\r\n{tag} OK LOGOUT completed\r\n"]),
        case!("LOGOUT", "from selected, quoted BYE text", |c| c.logout(),
            server = ["* BYE \"bye\"\r\n{tag} OK LOGOUT completed\r\n"], state = State::Selected),
        case!("ID", "parameters", |c| c.id(&[("name", "imap-rs"), ("version", "0.1")]),
            server = ["* ID (\"name\" \"Dovecot\" \"support-url\" NIL)\r\n{tag} OK ID completed\r\n"]),
        case!("ID", "NIL", |c| c.id(&[] as &[(&str, &str)]), server = ["* ID NIL\r\n{tag} OK ID completed\r\n"]),
        // --- not authenticated ---
        case!("STARTTLS", "plain", |c| c.starttls()),
        case!("STARTTLS", "refused", |c| c.starttls(), server = ["{tag} BAD \"TLS\" not available\r\n"]),
        case!("LOGIN", "atoms", |c| c.login("alice", "alice-pw"),
            server = ["{tag} OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n"]),
        case!("LOGIN", "password needs quoting", |c| c.login("fred smith", "p@ss \"word\"\\x")),
        case!("LOGIN", "password needs a literal", |c| c.login("tricky", "p@ss \"wörd\"\\x")),
        case!("LOGIN", "refused under LOGINDISABLED", |c| c.login("alice", "pw"), caps = "IMAP4rev1 LOGINDISABLED"),
        case!("LOGIN", "wrong state", |c| c.login("alice", "pw"), state = State::Authenticated),
        case!("AUTHENTICATE", "with initial response", |c| c.authenticate("PLAIN", Some("AGFsaWNlAGFsaWNlLXB3"), &mut NoChallenge)),
        case!("AUTHENTICATE", "challenge, answered with a secret", |c| c.authenticate("CRAM-MD5", None, &mut Answer(b"YWxpY2UgNjVhMzIx")),
            server = ["+ PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+\r\n", "{tag} OK done\r\n"]),
        case!("AUTHENTICATE", "rejected credentials", |c| c.authenticate("PLAIN", Some("AGJvYgB3cm9uZw=="), &mut NoChallenge),
            server = ["{tag} NO [AUTHENTICATIONFAILED] \"Authentication failed.\"\r\n"]),
        case!("AUTHENTICATE", "mechanism must be an atom", |c| c.authenticate("X Y", None, &mut NoChallenge)),
        case!("AUTHENTICATE", "mechanism sent upper-case", |c| c.authenticate("plain", Some("AGFsaWNlAGFsaWNlLXB3"), &mut NoChallenge)),
        // --- authenticated ---
        case!("SELECT", "RFC 3501 example", |c| c.select("INBOX", None), server = [concat!(
            "* 172 EXISTS\r\n* 1 RECENT\r\n* OK [UNSEEN 12] Message 12 is first unseen\r\n",
            "* OK [UIDVALIDITY 3857529045] UIDs valid\r\n* OK [UIDNEXT 4392] Predicted next UID\r\n",
            "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
            "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n{tag} OK [READ-WRITE] SELECT completed\r\n")]),
        case!("SELECT", "QRESYNC before ENABLE QRESYNC is refused", |c| c.select("INBOX", Some(&imapkit::encode::SelectParams::qresync(67890007, 90060115194045000)))),
        case!("SELECT", "seq-match-data without known UIDs is refused", |c| c.select("INBOX", Some(&imapkit::encode::SelectParams::qresync(1, 2)
            .seq_match("1:3".parse().unwrap(), "5:7".parse().unwrap())))),
        case!("SELECT", "modified UTF-7 name and CONDSTORE", |c| c.select("Entwürfe & Co", Some(&imapkit::encode::SelectParams::condstore())),
            server = ["* OK [HIGHESTMODSEQ 715194045007] Highest\r\n{tag} OK [READ-WRITE] done\r\n"]),
        case!("SELECT", "fails: back to authenticated", |c| c.select("nope", None), show = |c| format!(" state={:?}", c.session().state()),
            server = ["{tag} NO [NONEXISTENT] Mailbox doesn't exist\r\n"], state = State::Selected),
        case!("EXAMINE", "read-only", |c| c.examine("blurdybloop", None),
            server = ["* 17 EXISTS\r\n* 2 RECENT\r\n{tag} OK [READ-ONLY] EXAMINE completed\r\n"]),
        case!("EXAMINE", "name with a space", |c| c.examine("Sent Items", None)),
        case!("CREATE", "plain", |c| c.create("owatagusiam/", None)),
        case!("CREATE", "RFC 8474 example: the new mailbox's MAILBOXID", |c| c.create("foo", None),
            server = ["{tag} OK [MAILBOXID (F2212ea87-6097-4256-9d51-71338625)] Completed\r\n"]),
        case!("CREATE", "special-use parameters and a quoted name", |c| c.create("My Drafts", Some(&[imapkit::types::SpecialUse::Drafts]))),
        case!("DELETE", "plain", |c| c.delete("blurdybloop")),
        case!("DELETE", "fails", |c| c.delete("\"odd\""), server = ["{tag} NO Name \"foo\" has inferior hierarchical names\r\n"]),
        case!("RENAME", "plain", |c| c.rename("blurdybloop", "sarasoop")),
        case!("RENAME", "non-ASCII target with a space", |c| c.rename("INBOX", "Jürgen/日本 Reise")),
        case!("SUBSCRIBE", "plain", |c| c.subscribe("#news.comp.mail.mime")),
        case!("SUBSCRIBE", "empty name is quoted", |c| c.subscribe("")),
        case!("UNSUBSCRIBE", "plain", |c| c.unsubscribe("#news.comp.mail.mime")),
        case!("UNSUBSCRIBE", "quoted", |c| c.unsubscribe("a (b)")),
        case!("LIST", "RFC 5258 SUBSCRIBED selection", |c| c.list(Some(&imapkit::ListSelection::subscribed()), "", "*", None), server = [concat!(
            "* LIST (\\Marked \\NoInferiors \\Subscribed) \"/\" \"inbox\"\r\n",
            "* LIST (\\Subscribed \\NonExistent) \"/\" \"Fruit/Peach\"\r\n{tag} OK done\r\n")]),
        case!("LIST", "RFC 5258 RECURSIVEMATCH with CHILDREN and CHILDINFO", |c| c.list(Some(&imapkit::ListSelection::subscribed().recursive_match()), "", "%",
            Some(&imapkit::ListReturn::default().children())), server = [
            "* LIST (\\HasChildren) \"/\" \"Fruit\" (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n{tag} OK done\r\n"]),
        case!("LIST", "RECURSIVEMATCH alone is refused", |c| c.list(Some(&imapkit::ListSelection::default().recursive_match()), "", "%", None)),
        case!("LIST", "RFC 5819 LIST-STATUS: every STATUS kept", |c| c.list(None, "", "%", Some(&imapkit::ListReturn::default().status(&[StatusItem::Messages, StatusItem::Unseen]))),
            server = [concat!("* LIST () \".\" \"INBOX\"\r\n* STATUS \"INBOX\" (MESSAGES 17 UNSEEN 16)\r\n* LIST () \".\" \"foo\"\r\n",
                "* STATUS \"foo\" (MESSAGES 30 UNSEEN 29)\r\n* LIST (\\NoSelect) \".\" \"bar\"\r\n{tag} OK done\r\n")]),
        case!("LIST", "RFC 6154 SPECIAL-USE selection", |c| c.list(Some(&imapkit::ListSelection::special_use()), "", "*", None),
            server = [concat!("* LIST (\\Sent \\HasNoChildren) \"/\" \"Sent Mail\"\r\n",
                "* LIST (\\Drafts \\HasNoChildren) \"/\" \"Drafts\"\r\n{tag} OK done\r\n")]),
        case!("LIST", "RFC 8440 MYRIGHTS return option", |c| c.list(None, "", "%", Some(&imapkit::ListReturn::default().myrights())),
            server = [concat!("* LIST () \".\" \"INBOX\"\r\n* MYRIGHTS \"INBOX\" lrswipkxtecda\r\n",
                "* LIST () \".\" \"foo\"\r\n* MYRIGHTS \"foo\" lrs\r\n{tag} OK done\r\n")]),
        case!("XLIST", "Gmail's example: special uses from XLIST", |c| c.xlist("", "*"),
            server = [concat!("* XLIST (\\HasNoChildren \\Inbox) \"/\" \"Inbox\"\r\n",
                "* XLIST (\\HasNoChildren \\AllMail) \"/\" \"[Gmail]/All Mail\"\r\n{tag} OK XLIST Success\r\n")], caps = "IMAP4rev1 XLIST"),
        case!("XLIST", "refused without the XLIST capability", |c| c.xlist("", "%")),
        case!("CREATE", "RFC 6154 CREATE-SPECIAL-USE", |c| c.create("MySpecial", Some(&[imapkit::types::SpecialUse::Drafts, imapkit::types::SpecialUse::Sent]))),
        case!("LIST", "RFC 5258 several patterns", |c| c.list(None, "", ["INBOX", "Drafts", "Sent/%"], None),
            server = ["* LIST () \"/\" INBOX\r\n* LIST (\\Drafts) \"/\" Drafts\r\n{tag} OK done\r\n"]),
        case!("LIST", "several patterns need LIST-EXTENDED", |c| c.list(None, "", ["INBOX", "a b"], None), caps = "IMAP4rev1"),
        case!("LIST", "selection options need LIST-EXTENDED", |c| c.list(Some(&imapkit::ListSelection::subscribed()), "", "*", None), caps = "IMAP4rev1"),
        case!("LIST", "LIST-STATUS return option needs LIST-STATUS", |c| c.list(None, "", "%", Some(&imapkit::ListReturn::default().status(&[StatusItem::Messages]))), caps = "IMAP4rev1 LIST-EXTENDED"),
        case!("LIST", "wildcard", |c| c.list(None, "", "*", None), server = [concat!(
            "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n* LIST () \"/\" \"Sent Items\"\r\n",
            "* LIST (\\HasNoChildren) \".\" {9}\r\nwith\"quot\r\n{tag} OK LIST completed\r\n")]),
        case!("LIST", "pattern with a space, RETURN options", |c| c.list(None, "", "Sent %", Some(&imapkit::encode::ListReturn::default().special_use().status(&[StatusItem::Messages]))),
            server = ["* LIST (\\Sent) \"/\" \"Sent Mail\"\r\n* STATUS \"Sent Mail\" (MESSAGES 3)\r\n{tag} OK done\r\n"]),
        case!("LSUB", "plain", |c| c.lsub("#news.", "comp.mail.*"),
            server = ["* LSUB () \".\" #news.comp.mail.mime\r\n{tag} OK LSUB completed\r\n"]),
        case!("LSUB", "quoted reference", |c| c.lsub("a b", "%")),
        case!("STATUS", "typed items", |c| c.status("blurdybloop", &[StatusItem::UidNext, StatusItem::Messages]),
            server = ["* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n{tag} OK STATUS completed\r\n"]),
        case!("STATUS", "quoted name", |c| c.status("two words", &[StatusItem::Unseen])),
        case!("STATUS", "RFC 8474 MAILBOXID, RFC 8438 SIZE, RFC 7889 APPENDLIMIT", |c| c.status("foo", &[StatusItem::MailboxId, StatusItem::Size, StatusItem::AppendLimit]),
            server = ["* STATUS foo (MAILBOXID (F2212ea87-6097-4256-9d51-71338625) SIZE 2345 APPENDLIMIT NIL)\r\n{tag} OK done\r\n"]),
        case!("APPEND", "RFC 3501 example", |c| c.append("saved-messages", [AppendMessage::new(
            &b"Date: Mon, 7 Feb 1994 21:52:25 -0800 (PST)\r\nFrom: Fred Foobar <foobar@Blurdybloop.COM>\r\nSubject: afternoon meeting\r\n\r\nHello Joe\r\n"[..])
            .flags(vec![Flag::Seen])]),
            server = ["{tag} OK [APPENDUID 38505 3955] APPEND completed\r\n"]),
        case!("APPEND", "date, LITERAL+", |c| c.append("INBOX", [AppendMessage::new("hi\r\n")
            .date(imapkit::InternalDate::parse("17-Jul-1996 02:44:25 -0700").unwrap())]),
            caps = "IMAP4rev1 LITERAL+"),
        case!("APPEND", "date from an offset with seconds: the same instant in whole minutes", |c| c.append("INBOX", [AppendMessage::new("hi\r\n")
            .date(imapkit::InternalDate::try_from("1996-07-17T09:44:25Z".parse::<jiff::Timestamp>().unwrap()
                .to_zoned_datetime(jiff::tz::TimeZone::fixed(jiff::tz::Offset::from_seconds(-7 * 3600 - 15).unwrap()))).unwrap())]),
            caps = "IMAP4rev1 LITERAL+"),
        case!("APPEND", "MULTIAPPEND, two messages", |c| c.append("INBOX", ["one\r\n", "two\r\n"])),
        case!("APPEND", "two messages without MULTIAPPEND: refused, nothing sent", |c| c.append("INBOX", ["one\r\n", "two\r\n"]),
            caps = "IMAP4rev1 LITERAL+"),
        case!("APPEND", "one message without MULTIAPPEND", |c| c.append("INBOX", ["one\r\n"]), caps = "IMAP4rev1 LITERAL+"),
        case!("APPEND", "RFC 4469 CATENATE of stored parts and new text", |c| c.append("Drafts", [AppendMessage::catenate(vec![
            imapkit::encode::CatenatePart::Url("/Drafts;UIDVALIDITY=385759045/;UID=20/;section=HEADER".into()),
            imapkit::encode::CatenatePart::Text(b"\r\n--------------030308070208000400050907\r\n".to_vec()),
            imapkit::encode::CatenatePart::Url("/Drafts;UIDVALIDITY=385759045/;UID=20/;section=1.MIME".into())]).flags(vec![Flag::Seen, Flag::Draft])]),
            server = ["{tag} OK [APPENDUID 385759045 45] append Completed\r\n"], caps = "IMAP4rev1 CATENATE"),
        case!("APPEND", "CATENATE without the capability is refused", |c| c.append("Drafts", [AppendMessage::catenate(vec![
            imapkit::encode::CatenatePart::Text(b"x".to_vec())])]), caps = "IMAP4rev1"),
        case!("APPEND", "literal refused", |c| c.append("full", ["x"]), server = ["{tag} NO [OVERQUOTA] Quota exceeded\r\n"]),
        case!("UNAUTHENTICATE", "RFC 8437: back to not authenticated, ENABLEd extensions reset", |c| c.unauthenticate(),
            show = |c| format!(" state={:?} enabled={:?}", c.session().state(), c.session().enabled()),
            server = ["{tag} OK \"Unauthenticate\" completed\r\n"], caps = "IMAP4rev1 UNAUTHENTICATE"),
        case!("UNAUTHENTICATE", "refused without the capability", |c| c.unauthenticate(), caps = "IMAP4rev1"),
        case!("NOTIFY", "RFC 5465: the selected mailbox and the personal namespace, STATUS first", |c| c.notify(imapkit::encode::Notify::set(vec![
                imapkit::encode::NotifyGroup::messages(imapkit::encode::NotifyMailboxes::Selected),
                imapkit::encode::NotifyGroup::new(imapkit::encode::NotifyMailboxes::Personal,
                    vec![imapkit::encode::NotifyEvent::new_messages(), imapkit::encode::NotifyEvent::MessageExpunge, imapkit::encode::NotifyEvent::MailboxName])]).with_status()),
            show = |c| format!(" unsolicited={:?}", c.session().unsolicited().collect::<Vec<_>>()),
            server = ["* STATUS INBOX (MESSAGES 3 UIDNEXT 4 UIDVALIDITY 1)\r\n{tag} OK NOTIFY completed\r\n"], caps = "IMAP4rev1 NOTIFY"),
        case!("NOTIFY", "NONE", |c| c.notify(imapkit::encode::Notify::None), caps = "IMAP4rev1 NOTIFY"),
        case!("NOTIFY", "named mailboxes, one quoted; events the server lacks", |c| c.notify(imapkit::encode::Notify::set(vec![
                imapkit::encode::NotifyGroup::new(imapkit::encode::NotifyMailboxes::Mailboxes(vec!["Sent Items".into(), "INBOX".into()]),
                    vec![imapkit::encode::NotifyEvent::new_messages(), imapkit::encode::NotifyEvent::MessageExpunge, imapkit::encode::NotifyEvent::AnnotationChange])])),
            server = ["{tag} NO [BADEVENT (MessageNew MessageExpunge FlagChange MailboxName)] AnnotationChange is not supported\r\n"], caps = "IMAP4rev1 NOTIFY"),
        case!("NOTIFY", "MessageNew without MessageExpunge is refused (RFC 5465 5)", |c| c.notify(imapkit::encode::Notify::set(vec![
                imapkit::encode::NotifyGroup::new(imapkit::encode::NotifyMailboxes::Inboxes, vec![imapkit::encode::NotifyEvent::new_messages()])])),
            caps = "IMAP4rev1 NOTIFY"),
        case!("NOTIFY", "refused without the capability", |c| c.notify(imapkit::encode::Notify::None)),
        case!("NAMESPACE", "RFC 2342 example", |c| c.namespace(),
            server = ["* NAMESPACE ((\"\" \"/\")) ((\"~\" \"/\")) ((\"#shared/\" \"/\")(\"#public/\" \"/\"))\r\n{tag} OK done\r\n"]),
        case!("NAMESPACE", "NIL namespaces", |c| c.namespace(), server = ["* NAMESPACE ((\"\" \"/\")) NIL NIL\r\n{tag} OK done\r\n"]),
        case!("ENABLE", "two", |c| c.enable(["CONDSTORE", "UTF8=ACCEPT"]),
            server = ["* ENABLED CONDSTORE\r\n{tag} OK \"Enabled\"\r\n"]),
        case!("ENABLE", "none is an error", |c| c.enable(Vec::<&str>::new())),
        case!("GETACL", "plain", |c| c.getacl("INBOX"),
            server = ["* ACL INBOX Fred rwipsldexta \"Ann Smith\" lr\r\n{tag} OK Getacl complete\r\n"]),
        case!("GETACL", "quoted name", |c| c.getacl("a b")),
        case!("SETACL", "plain", |c| c.setacl("INBOX", "Fred", "+rwipslxetad")),
        case!("SETACL", "identifier with a space", |c| c.setacl("INBOX", "Ann Smith", "lr")),
        case!("SETACL", "bad rights", |c| c.setacl("INBOX", "Fred", "r w")),
        case!("DELETEACL", "plain", |c| c.deleteacl("INBOX", "Fred")),
        case!("DELETEACL", "quoted identifier", |c| c.deleteacl("INBOX", "-Fred Smith")),
        case!("LISTRIGHTS", "plain", |c| c.listrights("~/Mail/saved", "smith"),
            server = ["* LISTRIGHTS ~/Mail/saved smith la r swicdkxte\r\n{tag} OK Listrights completed\r\n"]),
        case!("LISTRIGHTS", "quoted", |c| c.listrights("a b", "c d")),
        case!("MYRIGHTS", "plain", |c| c.myrights("INBOX"), server = ["* MYRIGHTS INBOX rwiptsldaex\r\n{tag} OK done\r\n"]),
        case!("MYRIGHTS", "quoted", |c| c.myrights("x\"y")),
        case!("GETQUOTA", "plain", |c| c.getquota(""),
            server = ["* QUOTA \"\" (STORAGE 10 512)\r\n{tag} OK Getquota completed\r\n"]),
        case!("GETQUOTA", "atom root", |c| c.getquota("user.alice")),
        case!("SETQUOTA", "plain", |c| c.setquota("", &[("STORAGE", 512)]),
            server = ["* QUOTA \"\" (STORAGE 10 512)\r\n{tag} OK Setquota completed\r\n"]),
        case!("SETQUOTA", "RFC 9208 typed resources", |c| c.setquota("", vec![(imapkit::types::QuotaResourceName::Storage, 512), (imapkit::types::QuotaResourceName::Mailbox, 20)]),
            server = ["* QUOTA \"\" (STORAGE 10 512 MAILBOX 3 20)\r\n{tag} OK Setquota completed\r\n"]),
        case!("STATUS", "RFC 9208 DELETED-STORAGE", |c| c.status("INBOX", &[StatusItem::Deleted, StatusItem::DeletedStorage]),
            server = ["* STATUS INBOX (DELETED 2 DELETED-STORAGE 12)\r\n{tag} OK done\r\n"]),
        case!("SETQUOTA", "two resources", |c| c.setquota("user.bob", &[("STORAGE", 1024), ("MESSAGE", 100)])),
        case!("GETQUOTAROOT", "plain", |c| c.getquotaroot("INBOX"),
            server = ["* QUOTAROOT INBOX \"\"\r\n* QUOTA \"\" (STORAGE 10 512)\r\n{tag} OK Getquota completed\r\n"]),
        case!("GETQUOTAROOT", "quoted", |c| c.getquotaroot("Sent Items")),
        case!("GETANNOTATION", "one entry", |c| c.getannotation("INBOX", &["/comment"], &["value.shared"]),
            server = ["* ANNOTATION INBOX \"/comment\" (\"value.shared\" \"My comment\")\r\n{tag} OK done\r\n"]),
        case!("GETANNOTATION", "quoted mailbox, two attributes", |c| c.getannotation("a b", &["/comment"], &["value.priv", "value.shared"])),
        case!("SETANNOTATION", "set", |c| c.setannotation("INBOX", "/comment", &[("value.shared", Some("My new comment"))])),
        case!("SETANNOTATION", "remove with NIL", |c| c.setannotation("INBOX", "/comment", &[("value.shared", None)])),
        case!("GETMETADATA", "plain", |c| c.getmetadata("INBOX", &["/private/comment"]),
            server = ["* METADATA \"INBOX\" (/private/comment \"My own comment\")\r\n{tag} OK GETMETADATA complete\r\n"]),
        case!("GETMETADATA", "server metadata", |c| c.getmetadata("", &["/shared/comment", "/shared/admin"])),
        case!("SETMETADATA", "set", |c| c.setmetadata("INBOX", &[("/private/comment", Some("My new comment"))])),
        case!("SETMETADATA", "remove, value needs a literal", |c| c.setmetadata("INBOX", &[("/private/a", None), ("/private/b", Some("line\r\nbreak"))])),
        case!("PROXYAUTH", "plain", |c| c.proxyauth("alice")),
        case!("PROXYAUTH", "quoted", |c| c.proxyauth("alice smith")),
        case!("IDLE", "done after an update", |c| c.idle(&mut Answer(b"DONE")),
            server = ["+ idling\r\n", "* 4 EXISTS\r\n{tag} OK \"IDLE\" terminated\r\n"]),
        case!("IDLE", "not advertised", |c| c.idle(&mut Answer(b"DONE")), caps = "IMAP4rev1"),
        // --- selected ---
        case!("CHECK", "plain", |c| c.check(), server = ["{tag} OK \"CHECK\" completed\r\n"], state = State::Selected),
        case!("CHECK", "not selected", |c| c.check(), state = State::Authenticated),
        case!("CLOSE", "plain", |c| c.close(), show = |c| format!(" state={:?}", c.session().state())),
        case!("CLOSE", "refused", |c| c.close(), server = ["{tag} BAD \"no\"\r\n"]),
        case!("UNSELECT", "plain", |c| c.unselect(), show = |c| format!(" state={:?}", c.session().state()), server = ["{tag} OK \"UNSELECT\" completed\r\n"]),
        case!("UNSELECT", "not advertised", |c| c.unselect(), caps = "IMAP4rev1"),
        case!("COMPRESS", "on from the tagged OK", |c| c.compress("DEFLATE"), show = |c| format!(" compressed={}", c.compression().is_some()),
            server = ["{tag} OK \"DEFLATE\" active\r\n"], caps = "IMAP4rev1 COMPRESS=DEFLATE", state = State::Authenticated),
        case!("COMPRESS", "server says it is on already", |c| c.compress("deflate"), show = |c| format!(" compressed={}", c.compression().is_some()),
            server = ["{tag} NO [COMPRESSIONACTIVE] \"DEFLATE\" active already\r\n"], caps = "IMAP4rev1 COMPRESS=DEFLATE", state = State::Selected),
        case!("COMPRESS", "only DEFLATE is spoken", |c| c.compress("LZ4"), caps = "IMAP4rev1 COMPRESS=DEFLATE", state = State::Authenticated),
        case!("COMPRESS", "not advertised", |c| c.compress("DEFLATE"), caps = "IMAP4rev1", state = State::Authenticated),
        case!("EXPUNGE", "RFC 3501 example", |c| c.expunge(),
            server = ["* 3 EXPUNGE\r\n* 3 EXPUNGE\r\n* 5 EXPUNGE\r\n* 8 EXPUNGE\r\n{tag} OK EXPUNGE completed\r\n"]),
        case!("EXPUNGE", "QRESYNC VANISHED", |c| c.expunge(), server = ["* VANISHED 405,407,410:420\r\n{tag} OK \"done\"\r\n"]),
        case!("SEARCH", "RFC 3501 example", |c| c.search(SearchKey::And(vec![SearchKey::Flagged,
            SearchKey::Since(jiff::civil::date(1994, 2, 1)), SearchKey::not(SearchKey::From("Smith".into()))])),
            server = ["* SEARCH 2 84 882\r\n{tag} OK SEARCH completed\r\n"]),
        case!("SEARCH", "non-ASCII string: CHARSET UTF-8 and a literal", |c| c.search(SearchKey::Subject("Grüße".into()))),
        case!("SEARCH", "ESEARCH", |c| c.search(SearchProgram::new(SearchKey::Unseen).returning(&["MIN", "COUNT"])),
            server = ["* ESEARCH (TAG \"{tag}\") MIN 4 COUNT 3\r\n{tag} OK done\r\n"]),
        case!("SEARCH", "raw", |c| c.search("OR SEEN FLAGGED")),
        case!("SEARCH", "raw with CRLF is refused", |c| c.search("ALL\r\nA0002 DELETE INBOX")),
        case!("SEARCH", "raw 8-bit text is refused (the typed key sends it as a literal)", |c| c.search("TEXT Grüße")),
        case!("SEARCH", "a year beyond four digits is refused", |c| c.search(SearchProgram::new(
            SearchKey::And(vec![SearchKey::Unseen, SearchKey::Before(jiff::civil::date(-1, 1, 1))])))),
        case!("FETCH", "RFC 3501 example", |c| c.fetch("2:4", "(FLAGS BODY[HEADER.FIELDS (DATE FROM)])"), server = [concat!(
            "* 2 FETCH (FLAGS (\\Seen) BODY[HEADER.FIELDS (DATE FROM)] {30}\r\nDate: Wed, 17 Jul 1996 02:44\r\n)\r\n",
            "{tag} OK FETCH completed\r\n")]),
        case!("FETCH", "RFC 8474 object ids, RFC 8514 SAVEDATE, RFC 8970 PREVIEW", |c| c.fetch("1", FetchItems::new(vec![FetchAttribute::EmailId,
            FetchAttribute::ThreadId, FetchAttribute::SaveDate, FetchAttribute::Preview { lazy: false }])),
            server = ["* 1 FETCH (EMAILID (M6d99ac3275bb4e) THREADID (T64b478a75b7ea9) SAVEDATE \"13-Nov-2018 12:25:45 +0100\" PREVIEW \"Preview text\")\r\n{tag} OK done\r\n"]),
        case!("FETCH", "RFC 5182 example: the saved result $", |c| c.fetch("$", "(UID INTERNALDATE FLAGS RFC822.SIZE)"),
            server = ["* 2 FETCH (UID 14 FLAGS (\\Seen))\r\n{tag} OK completed\r\n"]),
        case!("FETCH", "RFC 8970 PREVIEW (LAZY) answered NIL", |c| c.fetch("1", FetchItems::new(vec![FetchAttribute::Preview { lazy: true }])),
            server = ["* 1 FETCH (PREVIEW NIL)\r\n{tag} OK done\r\n"]),
        case!("FETCH", "typed items with a quoted header field", |c| c.fetch(1..=3, FetchItems::new(vec![FetchAttribute::Uid,
            FetchAttribute::Section { section: Section { part: vec![1, 2], text: SectionText::HeaderFields(vec!["X Odd".into(), "Subject".into()]), partial: Some((0, 100)) }, peek: true }])),
            server = ["* 1 FETCH (UID 7 RFC822.SIZE 44 INTERNALDATE \"17-Jul-1996 02:44:25 -0700\")\r\n{tag} OK done\r\n"]),
        case!("FETCH", "CONDSTORE", |c| c.fetch(4.., FetchItems::new(vec![FetchAttribute::Flags]).changed_since(12345))),
        case!("FETCH", "bad set, refused before sending", |c| c.fetch("0:3", "FLAGS")),
        case!("FETCH", "partial helper", |c| c.fetch(7, FetchItems::partial(0, 1024))),
        case!("STORE", "RFC 3501 example", |c| c.store("2:4", StoreAction::add(vec![Flag::Deleted])), server = [concat!(
            "* 2 FETCH (FLAGS (\\Deleted \\Seen))\r\n* 3 FETCH (FLAGS (\\Deleted))\r\n",
            "* 4 FETCH (FLAGS (\\Deleted \\Flagged \\Seen))\r\n{tag} OK STORE completed\r\n")]),
        case!("STORE", "silent remove of a keyword, UNCHANGEDSINCE", |c| c.store("1,3", StoreAction::remove(vec![Flag::Keyword("$Junk".into()), Flag::Seen]).silent().unchanged_since(99)),
            server = ["{tag} OK [MODIFIED 3] \"Conditional STORE\" failed\r\n"]),
        case!("STORE", "Gmail labels (X-GM-EXT-1)", |c| c.store("1", StoreAction::gm_labels(imapkit::StoreMode::Add, ["\\Starred", "foo", "Work Items"])),
            server = ["* 1 FETCH (X-GM-LABELS (\\Starred foo \"Work Items\"))\r\n{tag} OK done\r\n"]),
        case!("STORE", "a flag that cannot be sent", |c| c.store("1", StoreAction::add(vec![Flag::Keyword("a b".into())]))),
        case!("COPY", "plain", |c| c.copy("2:4", "MEETING"), server = ["{tag} OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n"]),
        case!("COPY", "to a quoted name", |c| c.copy("1", "Old Mail"), server = ["{tag} NO [TRYCREATE] No such mailbox\r\n"]),
        case!("MOVE", "plain", |c| c.move_("2:4", "Trash"), server = ["* OK [COPYUID 432432 42:44 10:12] moved\r\n* 2 EXPUNGE\r\n* 2 EXPUNGE\r\n* 2 EXPUNGE\r\n{tag} OK Move completed\r\n"]),
        case!("MOVE", "non-ASCII target with a space", |c| c.move_("1", "Papierkorb/Älter Kram")),
        case!("SORT", "RFC 5256 example", |c| c.sort(None, &[SortKey::by(SortField::Subject)], "UTF-8", SearchKey::Since(jiff::civil::date(2004, 2, 1))),
            server = ["* SORT 5 3 4 1 2\r\n{tag} OK SORT completed\r\n"]),
        case!("SORT", "reverse, quoted search string", |c| c.sort(None, &[SortKey::reverse(SortField::Date), SortKey::by(SortField::Size)], "US-ASCII", SearchKey::Subject("two words".into()))),
        case!("SORT", "charset quoted, never a literal", |c| c.sort(None, &[SortKey::by(SortField::Date)], "X charset", SearchKey::All)),
        case!("SORT", "RFC 5267 ESORT: return options, answered with ESEARCH", |c| c.sort(Some(&imapkit::SearchReturn { min: true, count: true, ..Default::default() }),
            &[SortKey::by(SortField::From)], "UTF-8", SearchKey::Undeleted),
            server = ["* ESEARCH (TAG \"{tag}\") MIN 17 COUNT 3\r\n{tag} OK SORT completed\r\n"], caps = "IMAP4rev1 SORT ESORT"),
        case!("SORT", "a charset that would need a literal is refused", |c| c.sort(None, &[SortKey::by(SortField::Date)], "ÜTF-8", SearchKey::All)),
        case!("THREAD", "RFC 5256 example", |c| c.thread("ORDEREDSUBJECT", "UTF-8", SearchKey::All),
            server = ["* THREAD (166)(167)(168)(169)(172)(170)(171)(173)(174 (175)(176)(178)(181)(180))(179)(177 (183)(182)(188)(184)(185)(186)(187)(189))\r\n{tag} OK done\r\n"]),
        case!("THREAD", "quoted search string", |c| c.thread("REFERENCES", "UTF-8", SearchKey::From("Ann Smith".into()))),
        case!("PARTIAL", "obsolete: servers answer BAD", |c| c.partial(4, "BODY[]", 0, 1024),
            server = ["{tag} BAD Error in IMAP command PARTIAL: Unknown command.\r\n"]),
        case!("PARTIAL", "RFC 1730 style reply", |c| c.partial(1, "RFC822.TEXT", 10, 5),
            server = ["* 1 FETCH (RFC822.TEXT {5}\r\nhello)\r\n{tag} OK \"PARTIAL\" done\r\n"]),
        case!("UID FETCH", "RFC 9394 PARTIAL: the last two messages", |c| c.uid_fetch("1:*", FetchItems::new(vec![FetchAttribute::Flags]).page(-1, -2)),
            server = ["* 9 FETCH (UID 41 FLAGS (\\Seen))\r\n* 10 FETCH (UID 42 FLAGS ())\r\n{tag} OK done\r\n"], caps = "IMAP4rev1 PARTIAL", state = State::Selected),
        case!("UID FETCH", "PARTIAL with CHANGEDSINCE: one modifier list", |c| c.uid_fetch("1:*", FetchItems::new(vec![FetchAttribute::Flags]).changed_since(12345).page(1, 100)),
            caps = "IMAP4rev1 PARTIAL CONDSTORE", state = State::Selected),
        case!("UID FETCH", "PARTIAL needs PARTIAL", |c| c.uid_fetch("1:*", FetchItems::new(vec![FetchAttribute::Flags]).page(1, 100)),
            state = State::Selected),
        case!("UID FETCH", "plain", |c| c.uid_fetch("4827313:4828442", "FLAGS"),
            server = ["* 23 FETCH (FLAGS (\\Seen) UID 4827313)\r\n{tag} OK UID FETCH completed\r\n"]),
        case!("UID FETCH", "everything", |c| c.uid_fetch("1:*", FetchItems::new(vec![FetchAttribute::Envelope, FetchAttribute::BodyStructure])), server = [concat!(
            "* 1 FETCH (UID 9 ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"=?utf-8?q?caf=C3=A9?=\" ((\"Fred \\\"F\\\" Foobar\" NIL \"foobar\" \"Blurdybloop.COM\")) NIL NIL ",
            "((NIL NIL \"mooch\" \"owatagu.siam.edu\")) NIL NIL NIL \"<B27397-0100000@Blurdybloop.COM>\") ",
            "BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") ",
            "\"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\"))\r\n{tag} OK done\r\n")]),
        case!("REPLACE", "RFC 8508 example", |c| c.replace(4, "Drafts", AppendMessage::new("Date: Thu, 1 Jan 2015 00:05:00 -0500\r\nSubject: Saving a draft\r\n\r\nHi\r\n")
            .flags(vec![Flag::Seen, Flag::Draft])),
            server = ["* OK [APPENDUID 1 2000] Replacement Message ready\r\n* 5 EXISTS\r\n* 4 EXPUNGE\r\n{tag} OK Replace completed\r\n"], caps = "IMAP4rev1 REPLACE LITERAL+"),
        case!("REPLACE", "a quoted mailbox name, refused without REPLACE", |c| c.replace(1, "Sent Items", AppendMessage::new("x\r\n")), caps = "IMAP4rev1"),
        case!("UID REPLACE", "RFC 8508 example, by UID", |c| c.uid_replace(2000, "Other Drafts", AppendMessage::new("Subject: again\r\n\r\nHi\r\n")),
            server = ["* OK [APPENDUID 1 2001] Replacement Message ready\r\n* VANISHED 2000\r\n{tag} OK Replace completed\r\n"],
            caps = "IMAP4rev1 REPLACE QRESYNC LITERAL+"),
        case!("UID REPLACE", "refused without REPLACE", |c| c.uid_replace(3, "Drafts", AppendMessage::new("x\r\n")), caps = "IMAP4rev1"),
        case!("UID SEARCH", "Gmail thread (X-GM-EXT-1)", |c| c.uid_search(SearchKey::GmThrId(1266894439832287888)),
            server = ["* SEARCH 2 3\r\n{tag} OK done\r\n"]),
        case!("SEARCH", "Gmail raw search (X-GM-EXT-1)", |c| c.search(SearchKey::GmRaw("has:attachment in:unread".into())),
            server = ["* SEARCH 123 12344 5992\r\n{tag} OK done\r\n"]),
        case!("SEARCH", "Gmail message id and label", |c| c.search(SearchKey::And(vec![SearchKey::GmMsgId(1278455344230334865), SearchKey::GmLabels("\\Inbox".into())]))),
        case!("SEARCH", "RFC 5182 SEARCHRES: RETURN (SAVE)", |c| c.search(SearchProgram::new(SearchKey::And(vec![SearchKey::Flagged,
            SearchKey::Since(jiff::civil::date(1994, 2, 1)), SearchKey::not(SearchKey::From("Smith".into()))])).return_options(imapkit::SearchReturn { save: true, ..Default::default() })),
            server = ["{tag} OK SEARCH completed, result saved\r\n"], caps = "IMAP4rev1 ESEARCH SEARCHRES"),
        case!("UID SEARCH", "RFC 5267 UPDATE: the result, then how it changes", |c| c.uid_search(SearchProgram::new(SearchKey::From("Smith".into())).return_options(imapkit::SearchReturn { count: true, update: true, ..Default::default() })),
            server = ["* ESEARCH (TAG \"{tag}\") UID COUNT 2\r\n* ESEARCH (TAG \"{tag}\") UID ADDTO (0 32768:32769 0 4) REMOVEFROM (0 12)\r\n{tag} OK done\r\n"], state = State::Selected),
        case!("SEARCH", "RFC 5267 CONTEXT needs CONTEXT=SEARCH", |c| c.search(SearchProgram::new(SearchKey::All).return_options(imapkit::SearchReturn { context: true, ..Default::default() })),
            caps = "IMAP4rev1 ESEARCH", state = State::Selected),
        case!("CANCELUPDATE", "RFC 5267 example", |c| c.cancelupdate(["A01"]), state = State::Selected),
        case!("CANCELUPDATE", "two tags, one with a quote", |c| c.cancelupdate(["A01", "B\"2"]), state = State::Selected),
        case!("CANCELUPDATE", "refused without CONTEXT=SEARCH", |c| c.cancelupdate(["A01"]), caps = "IMAP4rev1 ESEARCH", state = State::Selected),
        case!("SEARCH", "RFC 9394 PARTIAL: one page of the matches", |c| c.search(SearchProgram::new(SearchKey::Undeleted).return_options(imapkit::SearchReturn { count: true, partial: Some((-1, -100)), ..Default::default() })),
            server = ["* ESEARCH (TAG \"{tag}\") COUNT 3 PARTIAL (-1:-100 200,210,232)\r\n{tag} OK done\r\n"], caps = "IMAP4rev1 ESEARCH PARTIAL"),
        case!("SEARCH", "RFC 9394 PARTIAL with no match in the page", |c| c.search(SearchProgram::new(SearchKey::Seen).return_options(imapkit::SearchReturn { partial: Some((1, 500)), ..Default::default() })),
            server = ["* ESEARCH (TAG \"{tag}\") PARTIAL (1:500 NIL)\r\n{tag} OK done\r\n"], caps = "IMAP4rev1 ESEARCH PARTIAL"),
        case!("SEARCH", "a PARTIAL range across zero is refused", |c| c.search(SearchProgram::new(SearchKey::All).return_options(imapkit::SearchReturn { partial: Some((-5, 5)), ..Default::default() }))),
        case!("SEARCH", "the saved result $ as a key", |c| c.search(SearchKey::And(vec![SearchKey::SavedResult, SearchKey::Unseen]))),
        case!("SEARCH", "RFC 5032 WITHIN: YOUNGER and OLDER", |c| c.search(SearchKey::And(vec![SearchKey::Unseen, SearchKey::Younger(259200), SearchKey::Older(3600)]))),
        case!("SEARCH", "RFC 8474 EMAILID and THREADID", |c| c.search(SearchKey::or(SearchKey::EmailId("M6d99ac3275bb4e".into()), SearchKey::ThreadId("T64b478a75b7ea9".into())))),
        case!("SEARCH", "an object id with a space is refused", |c| c.search(SearchKey::EmailId("M1 M2".into()))),
        case!("SEARCH", "RFC 8514 save dates", |c| c.search(SearchKey::And(vec![SearchKey::SaveDateSupported, SearchKey::SavedSince(jiff::civil::date(2018, 11, 13)), SearchKey::not(SearchKey::SavedOn(jiff::civil::date(2018, 11, 14)))]))),
        case!("UID SEARCH", "plain", |c| c.uid_search(SearchKey::Uid("1:100".parse().unwrap())),
            server = ["* SEARCH 4 7 9 (MODSEQ 917162500)\r\n{tag} OK done\r\n"]),
        case!("UID SEARCH", "header search with quoting", |c| c.uid_search(SearchKey::Header("X-Mailer".into(), "My \"Client\"".into()))),
        case!("UID STORE", "plain", |c| c.uid_store("4827313", StoreAction::replace(vec![Flag::Seen, Flag::Answered]))),
        case!("UID STORE", "keyword flag", |c| c.uid_store("1:*", StoreAction::add(vec![Flag::Keyword("$Forwarded".into())]).silent()),
            server = ["* 1 FETCH (UID 1 FLAGS (\\Seen $Forwarded))\r\n{tag} OK \"ok\"\r\n"]),
        case!("UID COPY", "plain", |c| c.uid_copy("1:3", "Archive")),
        case!("UID COPY", "quoted", |c| c.uid_copy("5", "Archive 2024")),
        case!("UID MOVE", "plain", |c| c.uid_move("42", "Trash"), server = ["* VANISHED 42\r\n{tag} OK \"moved\"\r\n"]),
        case!("UID MOVE", "quoted", |c| c.uid_move("42:44", "Old Stuff")),
        case!("UID EXPUNGE", "plain", |c| c.uid_expunge("3000:3002"), server = ["* 3 EXPUNGE\r\n* 3 EXPUNGE\r\n{tag} OK \"done\"\r\n"]),
        case!("UID EXPUNGE", "not advertised", |c| c.uid_expunge("1"), caps = "IMAP4rev1"),
        case!("UID SORT", "plain", |c| c.uid_sort(None, &[SortKey::by(SortField::Arrival)], "UTF-8", SearchKey::All),
            server = ["* SORT 12 7 9\r\n{tag} OK \"done\"\r\n"]),
        case!("UID SORT", "quoted string", |c| c.uid_sort(None, &[SortKey::by(SortField::From)], "UTF-8", SearchKey::To("a b".into()))),
        case!("UID THREAD", "plain", |c| c.uid_thread("REFERENCES", "US-ASCII", SearchKey::All),
            server = ["* THREAD (2)(3 6 (4 23)(44 7 96))\r\n{tag} OK \"done\"\r\n"]),
        case!("UID THREAD", "quoted", |c| c.uid_thread("REFERENCES", "US-ASCII", SearchKey::Subject("re: x y".into()))),
    ];
    for case in &mut cases {
        if case.state.is_none() {
            let def = COMMANDS_TABLE.iter().find(|d| d.name == case.command).expect("case names a table command");
            case.state = Some(def.states[0]);
        }
    }
    cases
}

/// SASL handler that must not be asked anything.
struct NoChallenge;

impl imapkit::ExchangeHandler for NoChallenge {
    fn continuation(
        &mut self,
        _request: &imapkit_core::types::Continuation,
    ) -> Result<imapkit::ExchangeReply, imapkit::Error> {
        Ok(imapkit::ExchangeReply::Cancel)
    }
}

/// Handler that answers every continuation with the same secret line.
struct Answer(&'static [u8]);

impl imapkit::ExchangeHandler for Answer {
    fn continuation(
        &mut self,
        _request: &imapkit_core::types::Continuation,
    ) -> Result<imapkit::ExchangeReply, imapkit::Error> {
        Ok(imapkit::ExchangeReply::Send { line: self.0.to_vec(), secret: false })
    }
}

fn run(case: &Case) -> String {
    let mut client = Recorder::client(case.capabilities.unwrap_or(DEFAULT_CAPABILITIES), &case.server);
    client.session_mut().set_state(case.state.expect("filled in by cases()"));
    let result = (case.run)(&mut client);
    record(case, client.stream().transcript(), &result)
}

/// The same case through the async client.
fn run_async(case: &Case) -> String {
    imap_tests::block_on(async {
        let mut client =
            imap_tests::Recorder::async_client(case.capabilities.unwrap_or(DEFAULT_CAPABILITIES), &case.server).await;
        client.session_mut().set_state(case.state.expect("filled in by cases()"));
        let result = (case.run_async)(&mut client).await;
        record(case, client.stream().transcript(), &result)
    })
}

fn record(case: &Case, transcript: &str, result: &str) -> String {
    let mut out = String::new();
    writeln!(out, "== {}", case.name).unwrap();
    writeln!(out, "call: {}", case.call).unwrap();
    out.push_str(transcript);
    writeln!(out, "result: {result}").unwrap();
    out
}

fn file_name(command: &str) -> String {
    format!("{}.txt", command.to_ascii_lowercase().replace(' ', "_"))
}

#[test]
fn golden_files_match() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("golden");
    let bless = std::env::var_os("BLESS").is_some();
    let mut files: BTreeMap<&str, String> = BTreeMap::new();
    let mut async_differs = Vec::new();
    for case in cases() {
        let text = files.entry(case.command).or_insert_with(|| {
            format!(
                "# {} — golden wire file. Regenerate: BLESS=1 cargo test -p imap-tests --test golden\n",
                case.command
            )
        });
        text.push('\n');
        let blocking = run(&case);
        let asynchronous = run_async(&case);
        if asynchronous != blocking {
            async_differs.push(format!("{} / {}:\n{}", case.command, case.name, diff(&blocking, &asynchronous)));
        }
        text.push_str(&blocking);
    }
    assert!(
        async_differs.is_empty(),
        "the async client's bytes or results differ from the blocking client's:\n{}",
        async_differs.join("\n")
    );
    let mut failures = Vec::new();
    for (command, text) in &files {
        let path = dir.join(file_name(command));
        if bless {
            std::fs::write(&path, text).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if &expected != text {
            failures.push(format!("{}:\n{}", path.display(), diff(&expected, text)));
        }
    }
    assert!(
        failures.is_empty(),
        "golden files differ (BLESS=1 to rewrite, then review git diff):\n{}",
        failures.join("\n")
    );
}

/// A line diff good enough for golden files: expected lines missing (-) and new lines (+).
fn diff(expected: &str, actual: &str) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < new.len() {
        if i < old.len() && j < new.len() && old[i] == new[j] {
            i += 1;
            j += 1;
        } else if j < new.len() && !old[i..].contains(&new[j]) {
            writeln!(out, "+ {}", new[j]).unwrap();
            j += 1;
        } else if i < old.len() {
            writeln!(out, "- {}", old[i]).unwrap();
            i += 1;
        } else {
            writeln!(out, "+ {}", new[j]).unwrap();
            j += 1;
        }
    }
    out
}

#[test]
fn every_table_line_has_two_cases_one_quoted_or_literal() {
    let cases = cases();
    let mut problems = Vec::new();
    for def in COMMANDS_TABLE.iter() {
        let mine: Vec<&Case> = cases.iter().filter(|c| c.command == def.name).collect();
        if mine.len() < 2 {
            problems.push(format!("{} has {} golden case(s); every table line needs two", def.name, mine.len()));
        }
        let quoted_or_literal = mine.iter().any(|case| {
            run(case)
                .lines()
                .filter(|l| l.starts_with("C: ") || l.starts_with("S: "))
                .any(|l| l.contains('"') || l.contains('{'))
        });
        if !quoted_or_literal {
            problems.push(format!("{}: no golden case forces quoting or a literal", def.name));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn golden_directory_has_no_stale_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("golden");
    let known: Vec<String> = COMMANDS_TABLE.iter().map(|d| file_name(&d.name)).collect();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(known.contains(&name), "tests/golden/{name} belongs to no table line");
    }
}
