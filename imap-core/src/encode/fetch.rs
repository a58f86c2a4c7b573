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
        if let Some(modseq) = self.changed_since {
            out.open_list();
            out.keyword("CHANGEDSINCE");
            out.keyword(&modseq.to_string());
            if self.vanished {
                out.keyword("VANISHED");
            }
            out.close_list();
        }
        Ok(())
    }
}

/// The parameters of SELECT or EXAMINE that resynchronise a mailbox with QRESYNC (RFC 7162
/// 3.2.5): `(QRESYNC (uidvalidity modseq [known-uids]))`, for the `parameters` argument. The
/// server answers with `VANISHED (EARLIER)` for what was expunged since `modseq` and FETCH
/// for what changed.
///
/// ```
/// use imap_core::encode::qresync_parameters;
/// use imap_core::types::SequenceSet;
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

fn write_item(item: &FetchAttribute, out: &mut CommandBuilder) -> Result<(), ArgError> {
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
