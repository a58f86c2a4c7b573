//! Command-line strings -> wire form, through the library's own encoder: one
//! `CommandBuilder::arg::<kinds::X>` call per argument, chosen by the kind's table name. Kinds
//! without a `&str` form get a small parser here (numbers, flags, dates, STORE actions, the
//! list kinds, APPEND's message files).

use std::io::Read;

use std::borrow::Cow;

use imapkit::command::{ArgDef, ArgKind, Cardinality, CommandDef};
use imapkit::encode::kinds as k;
use imapkit::encode::{Command, CommandBuilder};
use imapkit::{AppendMessage, Flag, InternalDate, SearchKey, SearchProgram, StoreAction};

/// The values given for one table argument: one entry per value the command sends (several
/// for a `*`/`+` argument), each the command-line items that make it up (several for a list
/// kind such as `astring-list`, or for text joined from several words).
pub type ArgValues = Vec<Vec<String>>;

/// Extra APPEND settings, applied to every `append-message` value.
#[derive(Debug, Default, Clone)]
pub struct AppendExtras {
    /// `--flags`: flags for each appended message.
    pub flags: Option<String>,
    /// `--date`: the internal date of each appended message.
    pub date: Option<String>,
}

/// Kinds whose value is a list of items; the others are one piece of text.
pub fn is_list_kind(kind: ArgKind) -> bool {
    use ArgKind::*;
    matches!(kind, Flags | QuotaLimits | IdParams | AStringList | StringList | Pairs | StringPairs)
}

/// List kinds that may be empty (`()` or, for `id-params`, `NIL`).
pub fn list_may_be_empty(kind: ArgKind) -> bool {
    is_list_kind(kind)
}

/// Text kinds whose value naturally holds spaces (`FROM alice UNSEEN`, `+FLAGS (\Seen)`): when
/// the last positional argument, several words are joined with single spaces.
pub fn is_phrase_kind(kind: ArgKind) -> bool {
    use ArgKind::*;
    matches!(kind, Raw | FetchItems | Search | SearchKeys | StatusItems | SortCriteria | StoreAction)
}

/// Builds the command of `def` from the values of its arguments (in `def.args` order).
pub fn build(
    def: Cow<'static, CommandDef>,
    values: &[ArgValues],
    extras: &AppendExtras,
    stdin_used: &mut bool,
) -> Result<Command, String> {
    let args = def.args.clone();
    let mut builder = CommandBuilder::new(def);
    for (arg, given) in args.iter().zip(values) {
        match arg.cardinality {
            Cardinality::Optional if given.is_empty() => continue,
            Cardinality::OneOrMore if given.is_empty() => {
                return Err(format!("argument `{}` needs at least one value", arg.name));
            }
            Cardinality::One if given.len() != 1 => {
                return Err(format!("argument `{}` takes exactly one value", arg.name));
            }
            _ => {}
        }
        if let Some(keyword) = &arg.keyword {
            builder.keyword(keyword);
        }
        if given.len() > 1 && matches!(arg.cardinality, Cardinality::ZeroOrMore | Cardinality::OneOrMore) {
            builder.mark_several();
        }
        for items in given {
            write_arg(&mut builder, arg, items, extras, stdin_used)?;
        }
    }
    Ok(builder.finish())
}

/// Writes one value of `arg`.
fn write_arg(
    b: &mut CommandBuilder,
    arg: &ArgDef,
    items: &[String],
    extras: &AppendExtras,
    stdin_used: &mut bool,
) -> Result<(), String> {
    let name = &arg.name;
    let n = || arg.name.clone();
    let text = items.join(" ");
    let text = text.as_str();
    let result = match arg.kind {
        ArgKind::Atom => b.arg::<k::Atom>(n(), text),
        ArgKind::Charset => b.arg::<k::Charset>(n(), text),
        ArgKind::Mechanism => b.arg::<k::Mechanism>(n(), text),
        ArgKind::SaslResponse => b.arg::<k::SaslResponse>(n(), text),
        ArgKind::ListSelection => {
            b.arg::<k::ListSelection>(n(), parse_list_selection(text).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        ArgKind::ListReturn => {
            b.arg::<k::ListReturn>(n(), parse_list_return(text).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        ArgKind::SpecialUse => {
            let uses: Vec<imapkit::types::SpecialUse> = text
                .replace(['(', ')'], " ")
                .split_whitespace()
                .filter(|w| !w.eq_ignore_ascii_case("USE"))
                .map(|w| {
                    let attribute = if w.starts_with('\\') { w.to_owned() } else { format!("\\{w}") };
                    imapkit::types::SpecialUse::from_attribute(&attribute)
                        .unwrap_or_else(|| imapkit::types::SpecialUse::Other(attribute[1..].to_owned()))
                })
                .collect();
            b.arg::<k::SpecialUse>(n(), &uses[..])
        }
        ArgKind::SearchReturn => {
            b.arg::<k::SearchReturn>(n(), parse_search_return(text).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        ArgKind::Notify => b.arg::<k::Notify>(n(), parse_notify(text).map_err(|e| format!("argument `{name}`: {e}"))?),
        ArgKind::SelectParams => {
            b.arg::<k::SelectParams>(n(), parse_select_params(text).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        ArgKind::AString => b.arg::<k::AString>(n(), text),
        ArgKind::Secret => b.arg::<k::Secret>(n(), text),
        ArgKind::Str => b.arg::<k::Str>(n(), text),
        ArgKind::NString => b.arg::<k::NString>(n(), (text != "NIL").then_some(text)),
        ArgKind::Literal => b.arg::<k::Literal>(n(), text),
        ArgKind::Mailbox => b.arg::<k::Mailbox>(n(), text),
        ArgKind::ListMailbox => b.arg::<k::ListMailbox>(n(), text),
        ArgKind::SequenceSet => b.arg::<k::SequenceSet>(n(), text),
        ArgKind::AclRights => b.arg::<k::AclRights>(n(), text),
        ArgKind::Raw => b.arg::<k::Raw>(n(), text),
        // Several words (`fetch 1:* FLAGS UID`) make one parenthesized list.
        ArgKind::FetchItems if items.len() > 1 && !text.starts_with('(') => {
            b.arg::<k::FetchItems>(n(), format!("({text})"))
        }
        ArgKind::FetchItems => b.arg::<k::FetchItems>(n(), text),
        // Search words go through the typed builder: phrases, ISO dates and non-ASCII text
        // become the right strings and CHARSET (RFC 3501 6.4.4).
        ArgKind::Search => b.arg::<k::Search>(n(), parse_search(items).map_err(|e| format!("argument `{name}`: {e}"))?),
        ArgKind::SearchKeys => {
            b.arg::<k::SearchKeys>(n(), parse_search_keys(items).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        // Both are parenthesized lists on the wire; `MESSAGES UNSEEN` means `(MESSAGES UNSEEN)`.
        ArgKind::StatusItems => b.arg::<k::StatusItems>(n(), parenthesized(text).as_str()),
        ArgKind::SortCriteria => b.arg::<k::SortCriteria>(n(), parenthesized(text).as_str()),
        ArgKind::Number => b.arg::<k::Number>(n(), parse_number::<u32>(name, text)?),
        ArgKind::Number64 => b.arg::<k::Number64>(n(), parse_number::<u64>(name, text)?),
        ArgKind::Flags => b.arg::<k::Flags>(n(), parse_flags(text)),
        ArgKind::DateTime => {
            b.arg::<k::DateTime>(n(), parse_datetime(text).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        ArgKind::Date => b.arg::<k::Date>(n(), parse_date(text).map_err(|e| format!("argument `{name}`: {e}"))?),
        ArgKind::StoreAction => {
            b.arg::<k::StoreAction>(n(), parse_store_action(text).map_err(|e| format!("argument `{name}`: {e}"))?)
        }
        ArgKind::QuotaLimits => {
            let words = split_words(items);
            let limits = parse_quota_limits(name, &words)?;
            b.arg::<k::QuotaLimits>(n(), &limits[..])
        }
        ArgKind::IdParams => {
            let items = list_items(items);
            let params = items
                .iter()
                .map(|item| {
                    item.split_once('=').ok_or_else(|| format!("argument `{name}`: {item:?} is not name=value"))
                })
                .collect::<Result<Vec<(&str, &str)>, String>>()?;
            b.arg::<k::IdParams>(n(), &params[..])
        }
        ArgKind::AStringList | ArgKind::StringList => {
            let items = list_items(items);
            let list: Vec<&str> = items.iter().map(String::as_str).collect();
            if arg.kind == ArgKind::StringList {
                b.arg::<k::StringList>(n(), &list[..])
            } else {
                b.arg::<k::AStringList>(n(), &list[..])
            }
        }
        ArgKind::Pairs | ArgKind::StringPairs => {
            let items = list_items(items);
            let pairs = items
                .iter()
                .map(|item| match item.split_once('=') {
                    Some((entry, "NIL")) => Ok((entry, None)),
                    Some((entry, value)) => Ok((entry, Some(value))),
                    None => Err(format!("argument `{name}`: {item:?} is not entry=value (or entry=NIL)")),
                })
                .collect::<Result<Vec<(&str, Option<&str>)>, String>>()?;
            if arg.kind == ArgKind::StringPairs {
                b.arg::<k::StringPairs>(n(), &pairs[..])
            } else {
                b.arg::<k::Pairs>(n(), &pairs[..])
            }
        }
        ArgKind::AppendMessage => {
            let message = append_message(text, extras, stdin_used).map_err(|e| format!("argument `{name}`: {e}"))?;
            b.arg::<k::AppendMessage>(n(), message)
        }
    };
    result.map_err(|e| e.to_string())
}

/// The items of a list value: given one by one, each is an item; given as one string, its
/// whitespace-separated words are (so `"/a /b"` and `/a /b` both make two entries).
fn list_items(items: &[String]) -> Vec<String> {
    if items.len() == 1 {
        split_words(items)
    } else {
        items.to_vec()
    }
}

fn split_words(items: &[String]) -> Vec<String> {
    items.iter().flat_map(|item| item.split_whitespace().map(str::to_owned)).collect()
}

/// The words of a search, as typed on the command line, into a typed program: `FROM alice
/// SINCE 2024-05-01 SUBJECT "hello world" TEXT Grüße`. A word holding spaces is a phrase when
/// it is a key's value, otherwise it is split (so `'FROM alice UNSEEN'` works as one word;
/// double quotes group inside it). Keys are RFC 3501's, `MODSEQ n` (RFC 7162), `EMAILID` /
/// `THREADID` (RFC 8474), `SAVED*` (RFC 8514), `OLDER` / `YOUNGER` (RFC 5032), Gmail's
/// `X-GM-RAW` / `X-GM-MSGID` / `X-GM-THRID` / `X-GM-LABELS`, `(...)` groups,
/// `NOT`, `OR`, sequence sets, and a leading `CHARSET name`. Dates are ISO (`2024-05-01`) or
/// IMAP (`1-May-2024`). Any other atom is passed through as it is (extension keys such as
/// `X-GM-RAW`), and its value, if it has one, must then be an atom.
pub fn parse_search(items: &[String]) -> Result<SearchProgram, String> {
    let mut words = SearchWords::new(items);
    let charset = match words.peek_keyword().as_deref().map(str::to_ascii_uppercase).as_deref() {
        Some("CHARSET") => {
            words.keyword();
            Some(words.value("CHARSET")?)
        }
        _ => None,
    };
    let key = search_keys(&mut words)?;
    let program = SearchProgram::new(key);
    Ok(match charset {
        Some(charset) => program.charset(&charset),
        None => program,
    })
}

/// [`parse_search`] without `CHARSET` (SORT and THREAD take the charset separately).
pub fn parse_search_keys(items: &[String]) -> Result<SearchKey, String> {
    search_keys(&mut SearchWords::new(items))
}

fn search_keys(words: &mut SearchWords) -> Result<SearchKey, String> {
    let mut keys = Vec::new();
    while words.peek_keyword().is_some() {
        keys.push(search_key(words)?);
    }
    match keys.len() {
        0 => Err("no search keys (ALL matches every message)".into()),
        1 => Ok(keys.remove(0)),
        _ => Ok(SearchKey::And(keys)),
    }
}

fn search_key(words: &mut SearchWords) -> Result<SearchKey, String> {
    let word = words.keyword().ok_or("a search key is missing")?;
    let upper = word.to_ascii_uppercase();
    let date = |words: &mut SearchWords| -> Result<jiff::civil::Date, String> { parse_date(&words.value(&upper)?) };
    let number = |words: &mut SearchWords| -> Result<u64, String> {
        let text = words.value(&upper)?;
        text.parse().map_err(|_| format!("{upper} takes a number, not {text:?}"))
    };
    let flag = |words: &mut SearchWords| -> Result<Flag, String> { Ok(Flag::from_wire(&words.value(&upper)?)) };
    let small = |n: u64| u32::try_from(n).map_err(|_| format!("{upper}: {n} is too large"));
    Ok(match upper.as_str() {
        "ALL" => SearchKey::All,
        "ANSWERED" => SearchKey::Answered,
        "DELETED" => SearchKey::Deleted,
        "DRAFT" => SearchKey::Draft,
        "FLAGGED" => SearchKey::Flagged,
        "NEW" => SearchKey::New,
        "OLD" => SearchKey::Old,
        "RECENT" => SearchKey::Recent,
        "SEEN" => SearchKey::Seen,
        "UNANSWERED" => SearchKey::Unanswered,
        "UNDELETED" => SearchKey::Undeleted,
        "UNDRAFT" => SearchKey::Undraft,
        "UNFLAGGED" => SearchKey::Unflagged,
        "UNSEEN" => SearchKey::Unseen,
        "BCC" => SearchKey::Bcc(words.value(&upper)?),
        "BODY" => SearchKey::Body(words.value(&upper)?),
        "CC" => SearchKey::Cc(words.value(&upper)?),
        "FROM" => SearchKey::From(words.value(&upper)?),
        "SUBJECT" => SearchKey::Subject(words.value(&upper)?),
        "TEXT" => SearchKey::Text(words.value(&upper)?),
        "TO" => SearchKey::To(words.value(&upper)?),
        "HEADER" => {
            let field = words.value(&upper)?;
            SearchKey::Header(field, words.value(&upper)?)
        }
        "BEFORE" => SearchKey::Before(date(words)?),
        "ON" => SearchKey::On(date(words)?),
        "SINCE" => SearchKey::Since(date(words)?),
        "SENTBEFORE" => SearchKey::SentBefore(date(words)?),
        "SENTON" => SearchKey::SentOn(date(words)?),
        "SENTSINCE" => SearchKey::SentSince(date(words)?),
        "KEYWORD" => SearchKey::Keyword(flag(words)?),
        "UNKEYWORD" => SearchKey::Unkeyword(flag(words)?),
        "LARGER" => SearchKey::Larger(small(number(words)?)?),
        "SMALLER" => SearchKey::Smaller(small(number(words)?)?),
        "MODSEQ" => SearchKey::ModSeq(number(words)?),
        "EMAILID" => SearchKey::EmailId(words.value(&upper)?),
        "THREADID" => SearchKey::ThreadId(words.value(&upper)?),
        "SAVEDBEFORE" => SearchKey::SavedBefore(date(words)?),
        "SAVEDON" => SearchKey::SavedOn(date(words)?),
        "SAVEDSINCE" => SearchKey::SavedSince(date(words)?),
        "SAVEDATESUPPORTED" => SearchKey::SaveDateSupported,
        "OLDER" => SearchKey::Older(small(number(words)?)?),
        "YOUNGER" => SearchKey::Younger(small(number(words)?)?),
        "X-GM-RAW" => SearchKey::GmRaw(words.value(&upper)?),
        "X-GM-MSGID" => SearchKey::GmMsgId(number(words)?),
        "X-GM-THRID" => SearchKey::GmThrId(number(words)?),
        "X-GM-LABELS" => SearchKey::GmLabels(words.value(&upper)?),
        "UID" => {
            let set = words.value(&upper)?;
            SearchKey::Uid(set.parse().map_err(|e| format!("UID {set:?}: {e}"))?)
        }
        "NOT" => SearchKey::not(search_key(words)?),
        "OR" => {
            let a = search_key(words)?;
            SearchKey::or(a, search_key(words)?)
        }
        "(" => {
            let mut keys = Vec::new();
            loop {
                match words.peek_keyword().as_deref() {
                    Some(")") => {
                        words.keyword();
                        break SearchKey::And(keys);
                    }
                    Some(_) => keys.push(search_key(words)?),
                    None => return Err("a `(` is not closed".into()),
                }
            }
        }
        ")" => return Err("a `)` closes nothing".into()),
        _ if word.bytes().all(|b| b.is_ascii_digit() || matches!(b, b':' | b',' | b'*')) => {
            SearchKey::Sequence(word.parse().map_err(|e| format!("{word:?}: {e}"))?)
        }
        _ if word.is_ascii() && !word.contains(['"', '(', ')']) => SearchKey::Raw(word),
        _ => return Err(format!("{word:?} is not a search key (use e.g. TEXT {word:?} to search for it)")),
    })
}

/// The command-line words of a search, split further where a word holds spaces and is not
/// a key's value.
struct SearchWords {
    queue: std::collections::VecDeque<String>,
}

impl SearchWords {
    fn new(items: &[String]) -> SearchWords {
        SearchWords { queue: items.iter().cloned().collect() }
    }

    /// Splits the front word if it holds spaces or parentheses (double quotes group, with
    /// `\"` and `\\` escapes).
    fn split_front(&mut self) {
        let Some(front) = self.queue.front() else { return };
        let is_single = front == "(" || front == ")";
        if is_single || !front.contains(|c: char| c.is_whitespace() || c == '(' || c == ')' || c == '"') {
            return;
        }
        let front = self.queue.pop_front().unwrap_or_default();
        let pieces: Vec<String> = lex(&front)
            .into_iter()
            .map(|lexeme| match lexeme {
                Lexeme::Open => "(".to_owned(),
                Lexeme::Close => ")".to_owned(),
                Lexeme::Word(word) => word,
            })
            .collect();
        for piece in pieces.into_iter().rev() {
            self.queue.push_front(piece);
        }
        // A word of only spaces split into nothing: look at the next one.
        if self.queue.front().is_some_and(|w| w.trim().is_empty()) {
            self.queue.pop_front();
        }
    }

    fn peek_keyword(&mut self) -> Option<String> {
        while self.queue.front().is_some_and(|w| w.trim().is_empty()) {
            self.queue.pop_front();
        }
        self.split_front();
        self.queue.front().cloned()
    }

    fn keyword(&mut self) -> Option<String> {
        self.peek_keyword()?;
        self.queue.pop_front()
    }

    /// The next word whole, as the value of `key`.
    fn value(&mut self, key: &str) -> Result<String, String> {
        self.queue.pop_front().ok_or_else(|| format!("{key} needs a value"))
    }
}

/// ESEARCH return options: `MIN MAX ALL COUNT SAVE`, `PARTIAL first:last`, with or without
/// parentheses.
pub fn parse_search_return(text: &str) -> Result<imapkit::SearchReturn, String> {
    let mut options = imapkit::SearchReturn::default();
    let cleaned = text.replace(['(', ')'], " ");
    let mut words = cleaned.split_whitespace();
    while let Some(word) = words.next() {
        match word.to_ascii_uppercase().as_str() {
            "MIN" => options.min = true,
            "MAX" => options.max = true,
            "ALL" => options.all = true,
            "COUNT" => options.count = true,
            "SAVE" => options.save = true,
            "PARTIAL" => {
                let range = words.next().ok_or("PARTIAL needs a range such as 1:100")?;
                let (first, last) = range.split_once(':').ok_or_else(|| format!("{range:?} is not a range a:b"))?;
                let number = |n: &str| n.parse::<i64>().map_err(|_| format!("{n:?} is not a number"));
                options.partial = Some((number(first)?, number(last)?));
            }
            other => return Err(format!("{other:?} is not a return option")),
        }
    }
    Ok(options)
}

/// LIST selection options: `SUBSCRIBED REMOTE RECURSIVEMATCH SPECIAL-USE`, with or without
/// parentheses.
pub fn parse_list_selection(text: &str) -> Result<imapkit::ListSelection, String> {
    let mut selection = imapkit::ListSelection::default();
    for word in text.replace(['(', ')'], " ").split_whitespace() {
        match word.to_ascii_uppercase().as_str() {
            "SUBSCRIBED" => selection.subscribed = true,
            "REMOTE" => selection.remote = true,
            "RECURSIVEMATCH" => selection.recursive_match = true,
            "SPECIAL-USE" => selection.special_use = true,
            other => return Err(format!("{other:?} is not a LIST selection option")),
        }
    }
    Ok(selection)
}

/// LIST return options: `CHILDREN SUBSCRIBED SPECIAL-USE MYRIGHTS STATUS (MESSAGES UNSEEN)`,
/// with or without the outer parentheses.
pub fn parse_list_return(text: &str) -> Result<imapkit::ListReturn, String> {
    let mut options = imapkit::ListReturn::default();
    let spaced = text.replace('(', " ( ").replace(')', " ) ");
    let mut words = spaced.split_whitespace().peekable();
    let mut in_status = false;
    while let Some(word) = words.next() {
        let upper = word.to_ascii_uppercase();
        match upper.as_str() {
            "(" | ")" => in_status = false,
            _ if in_status => options.status.push(status_item(&upper)),
            "SUBSCRIBED" => options.subscribed = true,
            "CHILDREN" => options.children = true,
            "SPECIAL-USE" => options.special_use = true,
            "MYRIGHTS" => options.myrights = true,
            "STATUS" => {
                if words.next() != Some("(") {
                    return Err("STATUS needs its items in parentheses: STATUS (MESSAGES UNSEEN)".into());
                }
                in_status = true;
            }
            other => return Err(format!("{other:?} is not a LIST return option")),
        }
    }
    Ok(options)
}

fn status_item(name: &str) -> imapkit::StatusItem {
    use imapkit::StatusItem::*;
    let known = [Messages, Recent, UidNext, UidValidity, Unseen, Deleted, Size, HighestModSeq, MailboxId, AppendLimit];
    known.into_iter().find(|item| item.as_atom() == name).unwrap_or_else(|| Other(name.to_owned()))
}

/// `CONDSTORE`, `QRESYNC uidvalidity modseq [known-uids]`, or both, with or without the
/// parentheses of the wire form.
pub fn parse_select_params(text: &str) -> Result<imapkit::encode::SelectParams, String> {
    let cleaned = text.replace(['(', ')'], " ");
    let mut words = cleaned.split_whitespace();
    let mut params = imapkit::encode::SelectParams::default();
    while let Some(word) = words.next() {
        match word.to_ascii_uppercase().as_str() {
            "CONDSTORE" => params.condstore = true,
            "QRESYNC" => {
                let mut number = |what: &str| -> Result<u64, String> {
                    let word = words.next().ok_or_else(|| format!("QRESYNC needs {what}"))?;
                    word.parse().map_err(|_| format!("QRESYNC {what}: {word:?} is not a number"))
                };
                let uid_validity = u32::try_from(number("the UIDVALIDITY")?).map_err(|_| "UIDVALIDITY too large")?;
                let modseq = number("a mod-sequence")?;
                let mut qresync = imapkit::encode::SelectParams::qresync(uid_validity, modseq);
                if let Some(uids) = words.next() {
                    qresync = qresync.known_uids(uids.parse().map_err(|e| format!("known UIDs {uids:?}: {e}"))?);
                }
                params.qresync = qresync.qresync;
            }
            other => return Err(format!("{other:?} is not a SELECT parameter (CONDSTORE or QRESYNC)")),
        }
    }
    Ok(params)
}

fn parse_number<N: std::str::FromStr>(name: &str, text: &str) -> Result<N, String> {
    text.trim().parse().map_err(|_| format!("argument `{name}`: {text:?} is not a number in range"))
}

/// `\Seen $Label`, with or without the parentheses.
pub fn parse_flags(text: &str) -> Vec<Flag> {
    let text = text.trim();
    let text = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(text);
    text.split_whitespace().map(Flag::from_wire).collect()
}

/// An internal date: IMAP's `dd-Mon-yyyy hh:mm:ss +zzzz`, RFC 3339 (`2024-05-01T12:00:00+02:00`),
/// an RFC 9557 zoned time, or `now`.
pub fn parse_datetime(text: &str) -> Result<InternalDate, String> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("now") {
        return InternalDate::try_from(std::time::SystemTime::now()).map_err(|e| e.to_string());
    }
    if let Ok(date) = InternalDate::parse(text) {
        return Ok(date);
    }
    if let Ok(zoned) = text.parse::<jiff::ZonedDateTime>() {
        return InternalDate::try_from(zoned).map_err(|e| e.to_string());
    }
    if let Ok(timestamp) = text.parse::<jiff::Timestamp>() {
        return InternalDate::try_from(timestamp).map_err(|e| e.to_string());
    }
    Err(format!("{text:?} is not a date-time: use \"01-May-2024 12:00:00 +0200\", 2024-05-01T12:00:00+02:00 or now"))
}

/// A date: `2024-05-01` or IMAP's `1-May-2024`.
pub fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    let text = text.trim();
    if let Ok(date) = text.parse::<jiff::civil::Date>() {
        return Ok(date);
    }
    // IMAP's day-month-year, through the library's own date-time parser.
    imapkit::parse_internal_date(&format!("{text} 00:00:00 +0000"))
        .map(|zoned| zoned.date())
        .map_err(|_| format!("{text:?} is not a date: use 2024-05-01 or 1-May-2024"))
}

/// `[(UNCHANGEDSINCE n)] [+|-]FLAGS[.SILENT] [(]flags[)]`, as it appears on the wire.
pub fn parse_store_action(text: &str) -> Result<StoreAction, String> {
    let mut rest = text.trim();
    let mut unchanged_since = None;
    if let Some(inner) = rest.strip_prefix('(') {
        let (modifier, after) =
            inner.split_once(')').ok_or_else(|| format!("{text:?}: unclosed `(` of the UNCHANGEDSINCE modifier"))?;
        let mut words = modifier.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(word), Some(n), None) if word.eq_ignore_ascii_case("UNCHANGEDSINCE") => {
                unchanged_since =
                    Some(n.parse::<u64>().map_err(|_| format!("{text:?}: UNCHANGEDSINCE needs a number"))?);
            }
            _ => return Err(format!("{text:?}: the only STORE modifier understood is (UNCHANGEDSINCE n)")),
        }
        rest = after.trim_start();
    }
    let (item, flags) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let upper = item.to_ascii_uppercase();
    let (sign, name) = match upper.as_bytes().first() {
        Some(b'+') => ("+", &upper[1..]),
        Some(b'-') => ("-", &upper[1..]),
        _ => ("", upper.as_str()),
    };
    let silent = match name {
        "FLAGS" => false,
        "FLAGS.SILENT" => true,
        _ => return Err(format!("{text:?}: expected FLAGS, +FLAGS or -FLAGS (optionally .SILENT), then the flags")),
    };
    let flags = parse_flags(flags);
    let mut action = match sign {
        "+" => StoreAction::add(flags),
        "-" => StoreAction::remove(flags),
        _ => StoreAction::replace(flags),
    };
    if silent {
        action = action.silent();
    }
    if let Some(modseq) = unchanged_since {
        action = action.unchanged_since(modseq);
    }
    Ok(action)
}

/// `STORAGE=512 MESSAGE=100` (or `STORAGE 512`): resource names and limits.
fn parse_quota_limits<'a>(name: &str, words: &'a [String]) -> Result<Vec<(&'a str, u64)>, String> {
    let mut limits = Vec::new();
    let mut words = words.iter().map(|w| w.trim_matches(['(', ')'])).filter(|w| !w.is_empty());
    while let Some(word) = words.next() {
        let (resource, limit) = match word.split_once('=') {
            Some((resource, limit)) => (resource, limit),
            None => (word, words.next().ok_or_else(|| format!("argument `{name}`: {word} has no limit"))?),
        };
        let limit =
            limit.parse::<u64>().map_err(|_| format!("argument `{name}`: the limit of {resource} is not a number"))?;
        limits.push((resource, limit));
    }
    Ok(limits)
}

/// The message of a file path, or standard input for `-`.
fn append_message(path: &str, extras: &AppendExtras, stdin_used: &mut bool) -> Result<AppendMessage, String> {
    let data = if path == "-" {
        if std::mem::replace(stdin_used, true) {
            return Err("standard input (`-`) can be read only once".into());
        }
        let mut data = Vec::new();
        std::io::stdin().read_to_end(&mut data).map_err(|e| format!("reading standard input: {e}"))?;
        data
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    let mut message = AppendMessage::new(data);
    if let Some(flags) = &extras.flags {
        message = message.flags(parse_flags(flags));
    }
    if let Some(date) = &extras.date {
        message = message.date(parse_datetime(date)?);
    }
    Ok(message)
}

/// `text` in parentheses unless it already is.
fn parenthesized(text: &str) -> String {
    if text.starts_with('(') {
        text.to_owned()
    } else {
        format!("({text})")
    }
}

/// A word or a parenthesised group of the NOTIFY text.
enum Token {
    Word(String),
    Group(Vec<Token>),
}

/// A piece of typed text: a parenthesis, or a word (bare, or double-quoted with `\"` and
/// `\\` escapes; an unterminated quote runs to the end).
enum Lexeme {
    Open,
    Close,
    Word(String),
}

/// `text` split at whitespace and parentheses, double quotes grouping: what the search words
/// and the NOTIFY request are read from.
fn lex(text: &str) -> Vec<Lexeme> {
    let mut pieces = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' => {
                pieces.push(if c == '(' { Lexeme::Open } else { Lexeme::Close });
                chars.next();
            }
            '"' => {
                chars.next();
                let mut text = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => text.extend(chars.next()),
                        c => text.push(c),
                    }
                }
                pieces.push(Lexeme::Word(text));
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '"') {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                pieces.push(Lexeme::Word(word));
            }
        }
    }
    pieces
}

/// [`lex`]'s pieces as a tree of parenthesised groups.
fn token_tree(text: &str) -> Result<Vec<Token>, String> {
    let mut stack: Vec<Vec<Token>> = vec![Vec::new()];
    for lexeme in lex(text) {
        match lexeme {
            Lexeme::Open => stack.push(Vec::new()),
            Lexeme::Close => {
                let group = stack.pop().filter(|_| !stack.is_empty()).ok_or("an unmatched )")?;
                stack.last_mut().expect("the outer level").push(Token::Group(group));
            }
            Lexeme::Word(word) => stack.last_mut().expect("a level").push(Token::Word(word)),
        }
    }
    match stack.len() {
        1 => Ok(stack.pop().expect("one level")),
        _ => Err("an unmatched (".into()),
    }
}

/// NOTIFY's request, in its wire form: `NONE`, or `SET [STATUS] (filter [(mailboxes)]
/// (events) | NONE) ...` (RFC 5465 3).
pub fn parse_notify(text: &str) -> Result<imapkit::encode::Notify, String> {
    use imapkit::encode::{Notify, NotifyEvent, NotifyGroup, NotifyMailboxes};
    let tokens = token_tree(text)?;
    let mut tokens = tokens.into_iter();
    match tokens.next() {
        Some(Token::Word(w)) if w.eq_ignore_ascii_case("NONE") => {
            return if tokens.next().is_none() { Ok(Notify::None) } else { Err("nothing may follow NONE".into()) }
        }
        Some(Token::Word(w)) if w.eq_ignore_ascii_case("SET") => {}
        _ => return Err("expected NONE or SET".into()),
    }
    let word = |t: &Token| match t {
        Token::Word(w) => Some(w.clone()),
        Token::Group(_) => None,
    };
    let mut status = false;
    let mut groups = Vec::new();
    for token in tokens {
        let parts = match token {
            Token::Word(w) if w.eq_ignore_ascii_case("STATUS") && !status && groups.is_empty() => {
                status = true;
                continue;
            }
            Token::Word(_) => return Err("expected an event group in parentheses".into()),
            Token::Group(parts) => parts,
        };
        let mut parts = parts.into_iter();
        let filter = parts.next().as_ref().and_then(word).ok_or("an event group starts with its mailboxes")?;
        let names = |parts: &mut std::vec::IntoIter<Token>| -> Result<Vec<String>, String> {
            match parts.next() {
                Some(Token::Word(w)) => Ok(vec![w]),
                Some(Token::Group(g)) => {
                    g.iter().map(|t| word(t).ok_or_else(|| "a mailbox name".to_string())).collect()
                }
                None => Err(format!("{filter} needs mailbox names")),
            }
        };
        let mailboxes = match filter.to_ascii_lowercase().as_str() {
            "selected" => NotifyMailboxes::Selected,
            "selected-delayed" => NotifyMailboxes::SelectedDelayed,
            "inboxes" => NotifyMailboxes::Inboxes,
            "personal" => NotifyMailboxes::Personal,
            "subscribed" => NotifyMailboxes::Subscribed,
            "subtree" => NotifyMailboxes::Subtree(names(&mut parts)?),
            "mailboxes" => NotifyMailboxes::Mailboxes(names(&mut parts)?),
            other => return Err(format!("{other:?} is not a NOTIFY mailbox filter")),
        };
        let mut events = Vec::new();
        match parts.next() {
            Some(Token::Word(w)) if w.eq_ignore_ascii_case("NONE") => {}
            Some(Token::Group(list)) => {
                let mut list = list.into_iter().peekable();
                while let Some(token) = list.next() {
                    let name = word(&token).ok_or("an event name")?;
                    events.push(match name.to_ascii_lowercase().as_str() {
                        "messagenew" => {
                            let mut items = Vec::new();
                            if let Some(Token::Group(_)) = list.peek() {
                                let Some(Token::Group(fetch)) = list.next() else { unreachable!("peeked") };
                                for item in fetch {
                                    let item = word(&item).ok_or("a fetch item")?;
                                    items.push(fetch_attribute(&item)?);
                                }
                            }
                            NotifyEvent::MessageNew(items)
                        }
                        "messageexpunge" => NotifyEvent::MessageExpunge,
                        "flagchange" => NotifyEvent::FlagChange,
                        "annotationchange" => NotifyEvent::AnnotationChange,
                        "mailboxname" => NotifyEvent::MailboxName,
                        "subscriptionchange" => NotifyEvent::SubscriptionChange,
                        "mailboxmetadatachange" => NotifyEvent::MailboxMetadataChange,
                        "servermetadatachange" => NotifyEvent::ServerMetadataChange,
                        other => return Err(format!("{other:?} is not a NOTIFY event")),
                    });
                }
            }
            _ => return Err(format!("the {filter} group needs its events in parentheses, or NONE")),
        }
        if parts.next().is_some() {
            return Err(format!("too much in the {filter} group"));
        }
        groups.push(NotifyGroup::new(mailboxes, events));
    }
    let request = Notify::set(groups);
    Ok(if status { request.with_status() } else { request })
}

/// The fetch items MessageNew may carry, by name.
fn fetch_attribute(name: &str) -> Result<imapkit::FetchAttribute, String> {
    use imapkit::FetchAttribute as F;
    Ok(match name.to_ascii_uppercase().as_str() {
        "UID" => F::Uid,
        "FLAGS" => F::Flags,
        "INTERNALDATE" => F::InternalDate,
        "RFC822.SIZE" => F::Rfc822Size,
        "ENVELOPE" => F::Envelope,
        "BODYSTRUCTURE" => F::BodyStructure,
        other => return Err(format!("{other:?} is not a fetch item MessageNew takes here (UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE)")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_actions() {
        let action = parse_store_action("(UNCHANGEDSINCE 12) +FLAGS.SILENT (\\Seen $Label)").unwrap();
        assert_eq!(
            action,
            StoreAction::add(vec![Flag::Seen, Flag::Keyword("$Label".into())]).silent().unchanged_since(12)
        );
        assert_eq!(parse_store_action("-flags \\Deleted").unwrap(), StoreAction::remove(vec![Flag::Deleted]));
        assert_eq!(parse_store_action("FLAGS ()").unwrap(), StoreAction::replace(vec![]));
        assert!(parse_store_action("+LABELS x").is_err());
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2024-05-01").unwrap(), jiff::civil::date(2024, 5, 1));
        assert_eq!(parse_date("1-May-2024").unwrap(), jiff::civil::date(2024, 5, 1));
        assert_eq!(parse_datetime("01-May-2024 12:00:00 +0200").unwrap().as_str(), "01-May-2024 12:00:00 +0200");
        assert!(parse_datetime("2024-05-01T12:00:00+02:00").is_ok());
        assert!(parse_datetime("yesterday").is_err());
    }

    #[test]
    fn quota_limits() {
        let words = vec!["STORAGE=512".to_owned(), "MESSAGE".to_owned(), "100".to_owned()];
        assert_eq!(parse_quota_limits("l", &words).unwrap(), vec![("STORAGE", 512), ("MESSAGE", 100)]);
    }
}
