//! FETCH data items (RFC 3501 6.4.5, RFC 3516, RFC 7162, RFC 8474).

use super::{ArgError, CommandBuilder};

/// The section text of `BODY[…]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SectionText {
    /// The whole part (`BODY[1]`) or message (`BODY[]`).
    All,
    /// `HEADER`
    Header,
    /// `HEADER.FIELDS (…)`
    HeaderFields(Vec<String>),
    /// `HEADER.FIELDS.NOT (…)`
    HeaderFieldsNot(Vec<String>),
    /// `TEXT`
    Text,
    /// `MIME` (only with a part number)
    Mime,
}

/// A body section: part numbers, text, and an optional partial range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Part path, e.g. `[1, 2]` for `1.2`; empty for the whole message.
    pub part: Vec<u32>,
    /// Which text of the part.
    pub text: SectionText,
    /// `<start.length>`
    pub partial: Option<(u32, u32)>,
}

/// One FETCH data item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchAttribute {
    /// `ALL` macro
    All,
    /// `FAST` macro
    Fast,
    /// `FULL` macro
    Full,
    /// `UID`
    Uid,
    /// `FLAGS`
    Flags,
    /// `INTERNALDATE`
    InternalDate,
    /// `RFC822.SIZE`
    Rfc822Size,
    /// `RFC822` (like `BODY[]`, sets \Seen)
    Rfc822,
    /// `RFC822.HEADER`
    Rfc822Header,
    /// `RFC822.TEXT`
    Rfc822Text,
    /// `ENVELOPE`
    Envelope,
    /// `BODY` (structure without extension data)
    Body,
    /// `BODYSTRUCTURE`
    BodyStructure,
    /// `BODY[…]` or, when `peek`, `BODY.PEEK[…]` (does not set \Seen)
    Section {
        /// The section.
        section: Section,
        /// Use `BODY.PEEK`.
        peek: bool,
    },
    /// `BINARY[…]` / `BINARY.PEEK[…]` (RFC 3516)
    Binary {
        /// Part path.
        part: Vec<u32>,
        /// Partial range.
        partial: Option<(u32, u32)>,
        /// Use `BINARY.PEEK`.
        peek: bool,
    },
    /// `BINARY.SIZE[…]`
    BinarySize(Vec<u32>),
    /// `MODSEQ` (CONDSTORE)
    ModSeq,
    /// `EMAILID` (RFC 8474)
    EmailId,
    /// `THREADID` (RFC 8474)
    ThreadId,
    /// `SAVEDATE` (RFC 8514): when the message was saved in this mailbox.
    SaveDate,
    /// `PREVIEW` (RFC 8970): a short plain-text preview of the message; `lazy` adds the
    /// `(LAZY)` modifier, so a server that has none ready answers NIL now instead of
    /// computing it.
    Preview {
        /// `PREVIEW (LAZY)`
        lazy: bool,
    },
    /// Any other item, sent as an atom (`X-GM-LABELS`).
    Other(String),
}

/// A FETCH item list with optional CONDSTORE/QRESYNC modifiers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FetchItems {
    /// The items; one item is sent bare, several in parentheses.
    pub items: Vec<FetchAttribute>,
    /// `(CHANGEDSINCE n)` (RFC 7162)
    pub changed_since: Option<u64>,
    /// `VANISHED` with CHANGEDSINCE under QRESYNC (UID FETCH only).
    pub vanished: bool,
    /// `(PARTIAL first:last)` (RFC 9394 3.2): only that page of the messages the set names,
    /// counted from the start (positive) or the end (negative).
    pub page: Option<(i64, i64)>,
}

impl FetchItems {
    /// Items from a list.
    pub fn new(items: impl Into<Vec<FetchAttribute>>) -> FetchItems {
        FetchItems { items: items.into(), ..FetchItems::default() }
    }

    /// `BODY.PEEK[]<start.len>`: the byte range of a whole message, without setting \Seen
    /// (the modern equivalent of the obsolete PARTIAL command).
    pub fn partial(start: u32, len: u32) -> FetchItems {
        let section = Section { part: Vec::new(), text: SectionText::All, partial: Some((start, len)) };
        FetchItems::new(vec![FetchAttribute::Section { section, peek: true }])
    }

    /// Adds `(CHANGEDSINCE modseq)`.
    pub fn changed_since(mut self, modseq: u64) -> FetchItems {
        self.changed_since = Some(modseq);
        self
    }

    /// Adds the `PARTIAL first:last` modifier (RFC 9394 3.2, needs PARTIAL): the server
    /// answers for that page of the matching messages only; `-1:-50` is the last fifty.
    ///
    /// ```
    /// use imapkit_core::encode::{FetchAttribute, FetchItems};
    /// let newest = FetchItems::new(vec![FetchAttribute::Flags]).page(-1, -50);
    /// assert_eq!(newest.page, Some((-1, -50)));
    /// ```
    pub fn page(mut self, first: i64, last: i64) -> FetchItems {
        self.page = Some((first, last));
        self
    }

    /// Adds `VANISHED` to the CHANGEDSINCE modifier (QRESYNC, UID FETCH only): the UIDs
    /// expunged since then come as `VANISHED (EARLIER)`.
    pub fn vanished(mut self) -> FetchItems {
        self.vanished = true;
        self
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if self.items.is_empty() {
            return Err(out.error("at least one fetch item is needed"));
        }
        let listed = self.items.len() > 1;
        if listed {
            out.open_list();
        }
        for item in &self.items {
            write_item(item, out)?;
        }
        if listed {
            out.close_list();
        }
        if self.changed_since.is_none() && self.page.is_none() {
            return Ok(());
        }
        // RFC 4466 2.4: one list of fetch modifiers.
        out.open_list();
        if let Some(modseq) = self.changed_since {
            out.keyword("CHANGEDSINCE");
            out.keyword(&modseq.to_string());
            if self.vanished {
                out.keyword("VANISHED");
            }
        }
        if let Some((first, last)) = self.page {
            if first == 0 || last == 0 || (first < 0) != (last < 0) {
                return Err(out.error(format!("PARTIAL {first}:{last}: both ends positive or both negative, not 0")));
            }
            out.needs_capability("PARTIAL");
            out.keyword("PARTIAL");
            out.keyword(&format!("{first}:{last}"));
        }
        out.close_list();
        Ok(())
    }
}

/// The parameters of SELECT or EXAMINE (RFC 4466 `select-params`): CONDSTORE (RFC 7162
/// 3.1.8) and QRESYNC (RFC 7162 3.2.5), typed.
///
/// With QRESYNC the server answers the SELECT with `VANISHED (EARLIER)` for what was expunged
/// since `modseq` and FETCH for what changed; it needs `ENABLE QRESYNC` first (the session
/// refuses it otherwise).
///
/// ```
/// use imapkit_core::encode::SelectParams;
/// use imapkit_core::types::SequenceSet;
/// let known: SequenceSet = "1:3,7".parse().unwrap();
/// let params = SelectParams::qresync(67890007, 90060115194045000).known_uids(known);
/// assert_eq!(params.qresync.unwrap().modseq, 90060115194045000);
/// assert!(SelectParams::condstore().condstore);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SelectParams {
    /// `CONDSTORE`: enables mod-sequences for the session (RFC 7162 3.1.8).
    pub condstore: bool,
    /// `QRESYNC (...)`: resynchronise from a known state (RFC 7162 3.2.5).
    pub qresync: Option<Qresync>,
}

/// The QRESYNC parameter's values: `(uidvalidity modseq [known-uids [(seqs uids)]])`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qresync {
    /// The mailbox's UIDVALIDITY when the state was saved.
    pub uid_validity: u32,
    /// The HIGHESTMODSEQ the client knows.
    pub modseq: u64,
    /// The UIDs the client knows (limits the VANISHED reply).
    pub known_uids: Option<crate::types::SequenceSet>,
    /// Message numbers and the UIDs they had (`seq-match-data`), so the server can tell
    /// which of the known UIDs are still valid cheaply. Needs `known_uids`.
    pub seq_match: Option<(crate::types::SequenceSet, crate::types::SequenceSet)>,
}

impl SelectParams {
    /// `(CONDSTORE)`
    pub fn condstore() -> SelectParams {
        SelectParams { condstore: true, qresync: None }
    }

    /// `(QRESYNC (uid_validity modseq))`
    pub fn qresync(uid_validity: u32, modseq: u64) -> SelectParams {
        let qresync = Qresync { uid_validity, modseq, known_uids: None, seq_match: None };
        SelectParams { condstore: false, qresync: Some(qresync) }
    }

    /// Adds the known UIDs to the QRESYNC parameter (no effect without one).
    pub fn known_uids(mut self, uids: crate::types::SequenceSet) -> SelectParams {
        if let Some(q) = &mut self.qresync {
            q.known_uids = Some(uids);
        }
        self
    }

    /// Adds `seq-match-data`: message numbers and their UIDs (no effect without QRESYNC).
    pub fn seq_match(mut self, seqs: crate::types::SequenceSet, uids: crate::types::SequenceSet) -> SelectParams {
        if let Some(q) = &mut self.qresync {
            q.seq_match = Some((seqs, uids));
        }
        self
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if !self.condstore && self.qresync.is_none() {
            return Err(out.error("no parameter: pass None instead"));
        }
        out.open_list();
        if self.condstore {
            out.keyword("CONDSTORE");
        }
        if let Some(q) = &self.qresync {
            if q.seq_match.is_some() && q.known_uids.is_none() {
                return Err(out.error("QRESYNC seq-match-data needs the known UIDs too (RFC 7162 3.2.5)"));
            }
            out.needs_enabled("QRESYNC");
            out.keyword("QRESYNC");
            out.open_list();
            out.keyword(&q.uid_validity.to_string());
            out.keyword(&q.modseq.to_string());
            if let Some(uids) = &q.known_uids {
                out.keyword(&uids.to_string());
            }
            if let Some((seqs, uids)) = &q.seq_match {
                out.open_list();
                out.keyword(&seqs.to_string());
                out.keyword(&uids.to_string());
                out.close_list();
            }
            out.close_list();
        }
        out.close_list();
        Ok(())
    }
}

/// The QRESYNC parameter as text, for code that builds SELECT parameters by hand; prefer
/// [`SelectParams::qresync`].
///
/// ```
/// use imapkit_core::encode::qresync_parameters;
/// use imapkit_core::types::SequenceSet;
/// let known = SequenceSet::from_numbers(&[1, 2, 3, 7]).unwrap();
/// assert_eq!(qresync_parameters(67890007, 90060115194045000, Some(&known)), "(QRESYNC (67890007 90060115194045000 1:3,7))");
/// assert_eq!(qresync_parameters(3, 5, None), "(QRESYNC (3 5))");
/// ```
pub fn qresync_parameters(uid_validity: u32, modseq: u64, known_uids: Option<&crate::types::SequenceSet>) -> String {
    match known_uids {
        Some(uids) => format!("(QRESYNC ({uid_validity} {modseq} {uids}))"),
        None => format!("(QRESYNC ({uid_validity} {modseq}))"),
    }
}

fn part_path(part: &[u32]) -> String {
    part.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
}

pub(crate) fn write_item(item: &FetchAttribute, out: &mut CommandBuilder) -> Result<(), ArgError> {
    let simple = match item {
        FetchAttribute::All => "ALL",
        FetchAttribute::Fast => "FAST",
        FetchAttribute::Full => "FULL",
        FetchAttribute::Uid => "UID",
        FetchAttribute::Flags => "FLAGS",
        FetchAttribute::InternalDate => "INTERNALDATE",
        FetchAttribute::Rfc822Size => "RFC822.SIZE",
        FetchAttribute::Rfc822 => "RFC822",
        FetchAttribute::Rfc822Header => "RFC822.HEADER",
        FetchAttribute::Rfc822Text => "RFC822.TEXT",
        FetchAttribute::Envelope => "ENVELOPE",
        FetchAttribute::Body => "BODY",
        FetchAttribute::BodyStructure => "BODYSTRUCTURE",
        FetchAttribute::ModSeq => "MODSEQ",
        FetchAttribute::EmailId => "EMAILID",
        FetchAttribute::ThreadId => "THREADID",
        FetchAttribute::SaveDate => "SAVEDATE",
        FetchAttribute::Preview { lazy: false } => "PREVIEW",
        FetchAttribute::Preview { lazy: true } => {
            out.keyword("PREVIEW");
            out.open_list();
            out.keyword("LAZY");
            out.close_list();
            return Ok(());
        }
        FetchAttribute::Other(atom) => return out.atom(atom),
        FetchAttribute::BinarySize(part) => {
            out.keyword(&format!("BINARY.SIZE[{}]", part_path(part)));
            return Ok(());
        }
        FetchAttribute::Binary { part, partial, peek } => {
            let name = if *peek { "BINARY.PEEK" } else { "BINARY" };
            out.keyword(&format!("{name}[{}]{}", part_path(part), partial_text(*partial)));
            return Ok(());
        }
        FetchAttribute::Section { section, peek } => return write_section(section, *peek, out),
    };
    out.keyword(simple);
    Ok(())
}

fn partial_text(partial: Option<(u32, u32)>) -> String {
    partial.map(|(start, len)| format!("<{start}.{len}>")).unwrap_or_default()
}

fn write_section(section: &Section, peek: bool, out: &mut CommandBuilder) -> Result<(), ArgError> {
    let mut spec = part_path(&section.part);
    let text = match &section.text {
        SectionText::All => None,
        SectionText::Header => Some("HEADER"),
        SectionText::HeaderFields(_) => Some("HEADER.FIELDS"),
        SectionText::HeaderFieldsNot(_) => Some("HEADER.FIELDS.NOT"),
        SectionText::Text => Some("TEXT"),
        SectionText::Mime => Some("MIME"),
    };
    if let Some(text) = text {
        if !spec.is_empty() {
            spec.push('.');
        }
        spec.push_str(text);
    }
    let name = if peek { "BODY.PEEK" } else { "BODY" };
    out.keyword(&format!("{name}[{spec}"));
    if let SectionText::HeaderFields(fields) | SectionText::HeaderFieldsNot(fields) = &section.text {
        if fields.is_empty() {
            return Err(out.error("HEADER.FIELDS needs at least one field name"));
        }
        out.open_list();
        for field in fields {
            out.astring(field.as_bytes(), false)?;
        }
        out.close_list();
    }
    out.glued(&format!("]{}", partial_text(section.partial)));
    Ok(())
}
