//! The SEARCH program (RFC 3501 6.4.4, plus CONDSTORE's MODSEQ): a typed builder covering
//! every RFC 3501 search key, and a raw form for experts.

use jiff::civil::Date;

use super::kinds::write_flag;
use super::{ArgError, CommandBuilder};
use crate::types::{format_search_date, Flag, SequenceSet};

/// The typed ESEARCH return options of [`SearchProgram::return_options`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SearchReturn {
    /// `MIN` (RFC 4731): the lowest match.
    pub min: bool,
    /// `MAX`: the highest match.
    pub max: bool,
    /// `ALL`: every match, as a sequence set.
    pub all: bool,
    /// `COUNT`: how many match.
    pub count: bool,
    /// `SAVE` (RFC 5182 SEARCHRES): keep the matches on the server as `$`
    /// ([`SearchKey::SavedResult`], or `"$"` as a sequence set).
    pub save: bool,
    /// `PARTIAL first:last` (RFC 9394): one page of the matches.
    pub partial: Option<(i64, i64)>,
    /// `CONTEXT` (RFC 5267 4.2, CONTEXT=SEARCH / CONTEXT=SORT): a hint that the client will
    /// ask about this result again, so the server may keep it.
    pub context: bool,
    /// `UPDATE` (RFC 5267 4.3): the server keeps telling how the result changes, in later
    /// unsolicited ESEARCH responses with this command's tag and
    /// [`ESearch::add_to`](crate::types::ESearch) / `remove_from`, until CANCELUPDATE.
    pub update: bool,
}

impl SearchReturn {
    /// `(MIN MAX ALL COUNT SAVE PARTIAL a:b)`: the options that are set (may be `()`).
    /// SORT's return options: CONTEXT and UPDATE need CONTEXT=SORT.
    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        SearchProgram::new(SearchKey::All).return_options(*self).write_return(out, false, "CONTEXT=SORT")
    }
}

/// A search key. Several keys in a [`SearchKey::And`] must all match (RFC 3501: a list of
/// keys is their intersection).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SearchKey {
    /// `ALL`
    All,
    /// `ANSWERED`
    Answered,
    /// `BCC string`
    Bcc(String),
    /// `BEFORE date` (internal date)
    Before(Date),
    /// `BODY string`
    Body(String),
    /// `CC string`
    Cc(String),
    /// `DELETED`
    Deleted,
    /// `DRAFT`
    Draft,
    /// `FLAGGED`
    Flagged,
    /// `FROM string`
    From(String),
    /// `HEADER field-name string`
    Header(String, String),
    /// `KEYWORD flag`
    Keyword(Flag),
    /// `LARGER n`
    Larger(u32),
    /// `NEW`
    New,
    /// `NOT key`
    Not(Box<SearchKey>),
    /// `OLD`
    Old,
    /// `ON date`
    On(Date),
    /// `OR key1 key2`
    Or(Box<SearchKey>, Box<SearchKey>),
    /// `RECENT`
    Recent,
    /// `SEEN`
    Seen,
    /// `SENTBEFORE date` (Date: header)
    SentBefore(Date),
    /// `SENTON date`
    SentOn(Date),
    /// `SENTSINCE date`
    SentSince(Date),
    /// `SINCE date`
    Since(Date),
    /// `SMALLER n`
    Smaller(u32),
    /// `SUBJECT string`
    Subject(String),
    /// `TEXT string`
    Text(String),
    /// `TO string`
    To(String),
    /// `UID set`
    Uid(SequenceSet),
    /// `UNANSWERED`
    Unanswered,
    /// `UNDELETED`
    Undeleted,
    /// `UNDRAFT`
    Undraft,
    /// `UNFLAGGED`
    Unflagged,
    /// `UNKEYWORD flag`
    Unkeyword(Flag),
    /// `UNSEEN`
    Unseen,
    /// A message sequence set.
    Sequence(SequenceSet),
    /// `MODSEQ n` (RFC 7162)
    ModSeq(u64),
    /// `EMAILID id` (RFC 8474 6): the message with this object id.
    EmailId(String),
    /// `THREADID id` (RFC 8474 6): the messages of this thread.
    ThreadId(String),
    /// `SAVEDBEFORE date` (RFC 8514): saved in this mailbox before the date.
    SavedBefore(Date),
    /// `SAVEDON date` (RFC 8514)
    SavedOn(Date),
    /// `SAVEDSINCE date` (RFC 8514)
    SavedSince(Date),
    /// `SAVEDATESUPPORTED` (RFC 8514): matches all messages if the mailbox keeps save dates.
    SaveDateSupported,
    /// `OLDER n` (RFC 5032 WITHIN): internal date more than `n` seconds ago.
    Older(u32),
    /// `YOUNGER n` (RFC 5032 WITHIN): internal date at most `n` seconds ago.
    Younger(u32),
    /// `X-GM-RAW string` (Gmail X-GM-EXT-1): Gmail's own search syntax (`has:attachment`).
    GmRaw(String),
    /// `X-GM-MSGID n` (Gmail): the message with this Gmail id.
    GmMsgId(u64),
    /// `X-GM-THRID n` (Gmail): the messages of this Gmail thread.
    GmThrId(u64),
    /// `X-GM-LABELS label` (Gmail): messages carrying the label (`\\Inbox`, `Work`).
    GmLabels(String),
    /// `(key key …)`: all must match.
    And(Vec<SearchKey>),
    /// `$` (RFC 5182 SEARCHRES): the messages the last `SEARCH RETURN (SAVE)` kept.
    SavedResult,
    /// Verbatim text (no CR, LF or NUL).
    Raw(String),
}

impl SearchKey {
    /// `OR a b`
    pub fn or(a: SearchKey, b: SearchKey) -> SearchKey {
        SearchKey::Or(Box::new(a), Box::new(b))
    }

    /// `NOT key`
    #[allow(clippy::should_implement_trait)] // `!key` would read worse than `SearchKey::not(key)`.
    pub fn not(key: SearchKey) -> SearchKey {
        SearchKey::Not(Box::new(key))
    }

    /// Writes the key as the command's key list: keys of a top-level [`SearchKey::And`] go
    /// without parentheses (`SEARCH FLAGGED SINCE 1-Feb-1994`, as RFC 3501's grammar
    /// `1*(SP search-key)` and its example have them); nested ones keep theirs.
    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        match self {
            SearchKey::And(keys) if !keys.is_empty() => keys.iter().try_for_each(|key| key.write_depth(out, 1)),
            key => key.write_depth(out, 0),
        }
    }

    fn write_depth(&self, out: &mut CommandBuilder, depth: usize) -> Result<(), ArgError> {
        if depth > 100 {
            return Err(out.error("search program nested more than 100 levels"));
        }
        let word = |out: &mut CommandBuilder, w: &str| out.keyword(w);
        let numbered = |out: &mut CommandBuilder, w: &str, n: u64| {
            out.keyword(w);
            out.keyword(&n.to_string());
        };
        let text = |out: &mut CommandBuilder, w: &str, s: &str| {
            out.keyword(w);
            out.astring(s.as_bytes(), false)
        };
        let date = |out: &mut CommandBuilder, w: &str, d: &Date| -> Result<(), ArgError> {
            let text = format_search_date(*d).map_err(|e| out.error(e.to_string()))?;
            out.keyword(w);
            out.keyword(&text);
            Ok(())
        };
        match self {
            SearchKey::All => word(out, "ALL"),
            SearchKey::Answered => word(out, "ANSWERED"),
            SearchKey::Bcc(s) => text(out, "BCC", s)?,
            SearchKey::Before(d) => date(out, "BEFORE", d)?,
            SearchKey::Body(s) => text(out, "BODY", s)?,
            SearchKey::Cc(s) => text(out, "CC", s)?,
            SearchKey::Deleted => word(out, "DELETED"),
            SearchKey::Draft => word(out, "DRAFT"),
            SearchKey::Flagged => word(out, "FLAGGED"),
            SearchKey::From(s) => text(out, "FROM", s)?,
            SearchKey::Header(field, value) => {
                text(out, "HEADER", field)?;
                out.astring(value.as_bytes(), false)?;
            }
            SearchKey::Keyword(flag) => {
                word(out, "KEYWORD");
                write_flag(flag, out)?;
            }
            SearchKey::Larger(n) => numbered(out, "LARGER", u64::from(*n)),
            SearchKey::New => {
                out.removed_in_rev2("SEARCH NEW");
                word(out, "NEW");
            }
            SearchKey::Not(key) => {
                word(out, "NOT");
                key.write_depth(out, depth + 1)?;
            }
            SearchKey::Old => {
                out.removed_in_rev2("SEARCH OLD");
                word(out, "OLD");
            }
            SearchKey::On(d) => date(out, "ON", d)?,
            SearchKey::Or(a, b) => {
                word(out, "OR");
                a.write_depth(out, depth + 1)?;
                b.write_depth(out, depth + 1)?;
            }
            SearchKey::Recent => {
                out.removed_in_rev2("SEARCH RECENT");
                word(out, "RECENT");
            }
            SearchKey::Seen => word(out, "SEEN"),
            SearchKey::SentBefore(d) => date(out, "SENTBEFORE", d)?,
            SearchKey::SentOn(d) => date(out, "SENTON", d)?,
            SearchKey::SentSince(d) => date(out, "SENTSINCE", d)?,
            SearchKey::Since(d) => date(out, "SINCE", d)?,
            SearchKey::Smaller(n) => numbered(out, "SMALLER", u64::from(*n)),
            SearchKey::Subject(s) => text(out, "SUBJECT", s)?,
            SearchKey::Text(s) => text(out, "TEXT", s)?,
            SearchKey::To(s) => text(out, "TO", s)?,
            SearchKey::Uid(set) => {
                word(out, "UID");
                word(out, &set.to_string());
            }
            SearchKey::Unanswered => word(out, "UNANSWERED"),
            SearchKey::Undeleted => word(out, "UNDELETED"),
            SearchKey::Undraft => word(out, "UNDRAFT"),
            SearchKey::Unflagged => word(out, "UNFLAGGED"),
            SearchKey::Unkeyword(flag) => {
                word(out, "UNKEYWORD");
                write_flag(flag, out)?;
            }
            SearchKey::Unseen => word(out, "UNSEEN"),
            SearchKey::Sequence(set) => word(out, &set.to_string()),
            SearchKey::ModSeq(n) => numbered(out, "MODSEQ", *n),
            SearchKey::EmailId(id) | SearchKey::ThreadId(id) => {
                word(out, if matches!(self, SearchKey::EmailId(_)) { "EMAILID" } else { "THREADID" });
                // `objectid = 1*255(ALPHA / DIGIT / "_" / "-")`: nothing else may stand there.
                if id.is_empty()
                    || id.len() > 255
                    || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                {
                    return Err(out.error(format!("{id:?} is not an object id (RFC 8474: letters, digits, _ and -)")));
                }
                word(out, id);
            }
            SearchKey::SavedBefore(d) => date(out, "SAVEDBEFORE", d)?,
            SearchKey::SavedOn(d) => date(out, "SAVEDON", d)?,
            SearchKey::SavedSince(d) => date(out, "SAVEDSINCE", d)?,
            SearchKey::SaveDateSupported => word(out, "SAVEDATESUPPORTED"),
            SearchKey::SavedResult => word(out, "$"),
            SearchKey::Older(n) => numbered(out, "OLDER", u64::from(*n)),
            SearchKey::Younger(n) => numbered(out, "YOUNGER", u64::from(*n)),
            SearchKey::GmRaw(s) => text(out, "X-GM-RAW", s)?,
            SearchKey::GmMsgId(n) => numbered(out, "X-GM-MSGID", *n),
            SearchKey::GmThrId(n) => numbered(out, "X-GM-THRID", *n),
            SearchKey::GmLabels(label) => {
                word(out, "X-GM-LABELS");
                super::items::write_gm_label(label, out)?;
            }
            SearchKey::And(keys) => {
                if keys.is_empty() {
                    return Err(out.error("an empty key list matches nothing the grammar allows"));
                }
                out.open_list();
                for key in keys {
                    key.write_depth(out, depth + 1)?;
                }
                out.close_list();
            }
            SearchKey::Raw(raw) => out.raw(raw)?,
        }
        Ok(())
    }
}

/// A whole SEARCH program: `[RETURN (options)] [CHARSET name] keys` (RFC 3501 6.4.4,
/// RFC 4731). Without a charset, a program whose strings are not all ASCII is sent with
/// `CHARSET UTF-8`, since servers must support it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchProgram {
    /// ESEARCH result options as atoms (`MIN`, `MAX`, `COUNT`, `ALL`, `SAVE`, or an
    /// extension's); `Some(vec![])` sends `RETURN ()`. [`SearchProgram::return_options`]
    /// sets them typed.
    pub return_options: Option<Vec<String>>,
    /// `PARTIAL first:last` (RFC 9394): one page of the results; negative numbers count from
    /// the last match (`-1:-100` is the last hundred).
    pub partial: Option<(i64, i64)>,
    /// The charset of the strings.
    pub charset: Option<String>,
    /// The keys.
    pub key: SearchKey,
}

impl SearchProgram {
    /// A program of `key`, no RETURN, automatic charset.
    pub fn new(key: SearchKey) -> SearchProgram {
        SearchProgram { return_options: None, partial: None, charset: None, key }
    }

    /// Asks for ESEARCH results (RFC 4731, RFC 5182, RFC 9394), typed.
    ///
    /// ```
    /// use imapkit_core::encode::{SearchKey, SearchProgram, SearchReturn};
    /// let program = SearchProgram::new(SearchKey::Unseen)
    ///     .return_options(SearchReturn { min: true, count: true, partial: Some((1, 100)), ..SearchReturn::default() });
    /// assert_eq!(program.return_options.as_deref(), Some(&["MIN".to_string(), "COUNT".to_string()][..]));
    /// assert_eq!(program.partial, Some((1, 100)));
    /// ```
    pub fn return_options(mut self, options: SearchReturn) -> SearchProgram {
        let mut atoms = Vec::new();
        for (set, atom) in [
            (options.min, "MIN"),
            (options.max, "MAX"),
            (options.all, "ALL"),
            (options.count, "COUNT"),
            (options.save, "SAVE"),
            (options.context, "CONTEXT"),
            (options.update, "UPDATE"),
        ] {
            if set {
                atoms.push(atom.to_owned());
            }
        }
        self.return_options = Some(atoms);
        self.partial = options.partial;
        self
    }

    /// Asks for ESEARCH results with these options.
    pub fn returning(mut self, options: &[&str]) -> SearchProgram {
        self.return_options = Some(options.iter().map(|o| o.to_string()).collect());
        self
    }

    /// Sets the charset explicitly.
    pub fn charset(mut self, charset: &str) -> SearchProgram {
        self.charset = Some(charset.to_owned());
        self
    }

    /// `[RETURN ](options)` when any are set (`keyword`: write `RETURN` too).
    fn write_return(&self, out: &mut CommandBuilder, keyword: bool, context: &'static str) -> Result<(), ArgError> {
        if self.return_options.is_none() && self.partial.is_none() {
            return if keyword { Ok(()) } else { Err(out.error("no return option: pass None instead")) };
        }
        if keyword {
            out.keyword("RETURN");
        }
        out.open_list();
        for option in self.return_options.iter().flatten() {
            if option.eq_ignore_ascii_case("CONTEXT") || option.eq_ignore_ascii_case("UPDATE") {
                out.needs_capability(context);
            }
            out.atom(option)?;
        }
        if let Some((first, last)) = self.partial {
            // RFC 9394: both ends on the same side of zero, neither zero.
            if first == 0 || last == 0 || (first < 0) != (last < 0) {
                return Err(out.error(format!("PARTIAL {first}:{last}: both ends positive or both negative, not 0")));
            }
            out.keyword("PARTIAL");
            out.keyword(&format!("{first}:{last}"));
        }
        out.close_list();
        Ok(())
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        self.write_return(out, true, "CONTEXT=SEARCH")?;
        let charset = match &self.charset {
            Some(charset) => Some(charset.as_str()),
            None if !self.key.is_ascii() => Some("UTF-8"),
            None => None,
        };
        if let Some(charset) = charset {
            // Left out once UTF8=ACCEPT is enabled (see `Part::Charset`).
            out.charset_label(Some("CHARSET"), charset, true)?;
        }
        self.key.write_to(out)
    }
}

impl SearchKey {
    /// Whether every string in the program is ASCII.
    pub fn is_ascii(&self) -> bool {
        match self {
            SearchKey::Bcc(s)
            | SearchKey::Body(s)
            | SearchKey::Cc(s)
            | SearchKey::From(s)
            | SearchKey::Subject(s)
            | SearchKey::Text(s)
            | SearchKey::To(s)
            | SearchKey::GmRaw(s)
            | SearchKey::GmLabels(s)
            | SearchKey::Raw(s) => s.is_ascii(),
            SearchKey::Header(a, b) => a.is_ascii() && b.is_ascii(),
            SearchKey::Not(k) => k.is_ascii(),
            SearchKey::Or(a, b) => a.is_ascii() && b.is_ascii(),
            SearchKey::And(keys) => keys.iter().all(SearchKey::is_ascii),
            _ => true,
        }
    }
}
