//! Small typed argument values: STATUS items, STORE actions, SORT keys, ID parameters.

use super::kinds::write_flag;
use super::{ArgError, CommandBuilder};
use crate::types::Flag;

/// A STATUS data item (RFC 3501 6.3.10, RFC 7162, RFC 8438, RFC 9051).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusItem {
    /// `MESSAGES`
    Messages,
    /// `RECENT`
    Recent,
    /// `UIDNEXT`
    UidNext,
    /// `UIDVALIDITY`
    UidValidity,
    /// `UNSEEN`
    Unseen,
    /// `DELETED` (IMAP4rev2)
    Deleted,
    /// `SIZE` (RFC 8438)
    Size,
    /// `HIGHESTMODSEQ` (CONDSTORE)
    HighestModSeq,
    /// `MAILBOXID` (RFC 8474)
    MailboxId,
    /// `APPENDLIMIT` (RFC 7889)
    AppendLimit,
    /// `DELETED-STORAGE` (RFC 9208 4.3, with `QUOTA=RES-STORAGE`)
    DeletedStorage,
    /// Any other item, sent as an atom.
    Other(String),
}

impl StatusItem {
    /// The wire atom.
    pub fn as_atom(&self) -> &str {
        match self {
            StatusItem::Messages => "MESSAGES",
            StatusItem::Recent => "RECENT",
            StatusItem::UidNext => "UIDNEXT",
            StatusItem::UidValidity => "UIDVALIDITY",
            StatusItem::Unseen => "UNSEEN",
            StatusItem::Deleted => "DELETED",
            StatusItem::Size => "SIZE",
            StatusItem::HighestModSeq => "HIGHESTMODSEQ",
            StatusItem::MailboxId => "MAILBOXID",
            StatusItem::AppendLimit => "APPENDLIMIT",
            StatusItem::DeletedStorage => "DELETED-STORAGE",
            StatusItem::Other(atom) => atom,
        }
    }
}

/// How STORE changes the flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreMode {
    /// `FLAGS`: replace.
    Replace,
    /// `+FLAGS`: add.
    Add,
    /// `-FLAGS`: remove.
    Remove,
}

/// The data item of STORE (RFC 3501 6.4.6): `[+|-]FLAGS[.SILENT] (flags)`, optionally with
/// CONDSTORE's `(UNCHANGEDSINCE n)` modifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreAction {
    /// Replace, add or remove.
    pub mode: StoreMode,
    /// `.SILENT`: the server need not answer with FETCH.
    pub silent: bool,
    /// The flags.
    pub flags: Vec<Flag>,
    /// `UNCHANGEDSINCE` (RFC 7162).
    pub unchanged_since: Option<u64>,
    /// Gmail labels (X-GM-EXT-1): when set, the action changes `X-GM-LABELS` with these
    /// instead of `FLAGS` (`flags` is then unused).
    pub gm_labels: Option<Vec<String>>,
}

impl StoreAction {
    /// `FLAGS (…)`
    pub fn replace(flags: impl Into<Vec<Flag>>) -> StoreAction {
        StoreAction {
            mode: StoreMode::Replace,
            silent: false,
            flags: flags.into(),
            unchanged_since: None,
            gm_labels: None,
        }
    }

    /// `[+|-]X-GM-LABELS (…)` (Gmail X-GM-EXT-1): sets, adds or removes labels. System
    /// labels start with `\` (`\Inbox`, `\Starred`) and go bare; others are astrings.
    ///
    /// ```
    /// use imapkit_core::encode::{StoreAction, StoreMode};
    /// let action = StoreAction::gm_labels(StoreMode::Add, ["\\Starred", "Work Items"]);
    /// assert_eq!(action.gm_labels.as_deref().map(<[_]>::len), Some(2));
    /// ```
    pub fn gm_labels<S: Into<String>>(mode: StoreMode, labels: impl IntoIterator<Item = S>) -> StoreAction {
        StoreAction {
            mode,
            gm_labels: Some(labels.into_iter().map(Into::into).collect()),
            ..StoreAction::replace(Vec::new())
        }
    }

    /// `+FLAGS (…)`
    pub fn add(flags: impl Into<Vec<Flag>>) -> StoreAction {
        StoreAction { mode: StoreMode::Add, ..StoreAction::replace(flags) }
    }

    /// `-FLAGS (…)`
    pub fn remove(flags: impl Into<Vec<Flag>>) -> StoreAction {
        StoreAction { mode: StoreMode::Remove, ..StoreAction::replace(flags) }
    }

    /// Adds `.SILENT`.
    pub fn silent(mut self) -> StoreAction {
        self.silent = true;
        self
    }

    /// Adds the CONDSTORE modifier `(UNCHANGEDSINCE modseq)`.
    pub fn unchanged_since(mut self, modseq: u64) -> StoreAction {
        self.unchanged_since = Some(modseq);
        self
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if let Some(modseq) = self.unchanged_since {
            out.open_list();
            out.keyword("UNCHANGEDSINCE");
            out.keyword(&modseq.to_string());
            out.close_list();
        }
        let prefix = match self.mode {
            StoreMode::Replace => "",
            StoreMode::Add => "+",
            StoreMode::Remove => "-",
        };
        let silent = if self.silent { ".SILENT" } else { "" };
        if let Some(labels) = &self.gm_labels {
            out.keyword(&format!("{prefix}X-GM-LABELS{silent}"));
            out.open_list();
            for label in labels {
                write_gm_label(label, out)?;
            }
            out.close_list();
            return Ok(());
        }
        out.keyword(&format!("{prefix}FLAGS{silent}"));
        out.open_list();
        for flag in &self.flags {
            write_flag(flag, out)?;
        }
        out.close_list();
        Ok(())
    }
}

/// A Gmail label: a system label (`\Inbox`) bare, as Gmail writes them; any other as an
/// astring.
pub(crate) fn write_gm_label(label: &str, out: &mut CommandBuilder) -> Result<(), ArgError> {
    match label.strip_prefix('\\') {
        Some(system) if !system.is_empty() && system.bytes().all(crate::encode::rules::is_atom_char) => {
            out.keyword(label);
            Ok(())
        }
        _ => out.astring(label.as_bytes(), false),
    }
}

/// A SORT criterion (RFC 5256, RFC 5957).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortField {
    /// `ARRIVAL`
    Arrival,
    /// `CC`
    Cc,
    /// `DATE`
    Date,
    /// `FROM`
    From,
    /// `SIZE`
    Size,
    /// `SUBJECT`
    Subject,
    /// `TO`
    To,
    /// `DISPLAYFROM` (RFC 5957)
    DisplayFrom,
    /// `DISPLAYTO` (RFC 5957)
    DisplayTo,
}

impl SortField {
    /// The wire atom.
    pub fn as_atom(self) -> &'static str {
        match self {
            SortField::Arrival => "ARRIVAL",
            SortField::Cc => "CC",
            SortField::Date => "DATE",
            SortField::From => "FROM",
            SortField::Size => "SIZE",
            SortField::Subject => "SUBJECT",
            SortField::To => "TO",
            SortField::DisplayFrom => "DISPLAYFROM",
            SortField::DisplayTo => "DISPLAYTO",
        }
    }
}

/// One sort key: a field, possibly reversed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SortKey {
    /// The field.
    pub field: SortField,
    /// `REVERSE`
    pub reverse: bool,
}

impl SortKey {
    /// Ascending by `field`.
    pub fn by(field: SortField) -> SortKey {
        SortKey { field, reverse: false }
    }

    /// Descending by `field`.
    pub fn reverse(field: SortField) -> SortKey {
        SortKey { field, reverse: true }
    }
}

/// Owned ID parameters (RFC 2971): field names and values.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdParams(pub Vec<(String, String)>);

/// One message for APPEND (RFC 3501 6.3.11; RFC 3502 `append-message` for MULTIAPPEND):
/// optional flags and internal date, then the message as a literal.
///
/// The bytes are sent exactly as given: a store keeps what it was handed, and a message
/// fetched from one server and appended to another must not change. RFC 5322 wants CRLF line
/// ends, and some servers (Cyrus) refuse bare LF; a message built on Unix with `\n` should go
/// through [`AppendMessage::normalize_line_endings`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppendMessage {
    /// Flags to set on the new message.
    pub flags: Option<Vec<Flag>>,
    /// Its internal date.
    pub date: Option<crate::types::InternalDate>,
    /// The message (RFC 5322 bytes).
    pub data: Vec<u8>,
    /// Send as a BINARY literal8 `~{n}` (RFC 3516), which may hold NUL bytes.
    pub binary: bool,
    /// Stream the message from the caller's source instead of `data`: its exact length.
    pub external_len: Option<u64>,
    /// Send as the `UTF8 (~{n})` data item of RFC 6855 4: a message whose headers hold UTF-8
    /// (RFC 6532). Needs UTF8=ACCEPT enabled.
    pub utf8: bool,
    /// Build the message on the server from these parts instead of `data` (CATENATE, RFC
    /// 4469): text sent here and parts of messages already stored, by IMAP URL.
    pub catenate: Option<Vec<CatenatePart>>,
}

/// One part of a CATENATE append (RFC 4469 5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatenatePart {
    /// `TEXT literal`: bytes sent with the command.
    Text(Vec<u8>),
    /// `URL "..."`: a message or part already on the server, by (relative) IMAP URL (RFC
    /// 5092), e.g. `/INBOX;UIDVALIDITY=385759045/;UID=20/;SECTION=HEADER`.
    Url(String),
}

impl AppendMessage {
    /// A message with no flags and no date.
    pub fn new(data: impl Into<Vec<u8>>) -> AppendMessage {
        AppendMessage {
            flags: None,
            date: None,
            data: data.into(),
            binary: false,
            external_len: None,
            utf8: false,
            catenate: None,
        }
    }

    /// A message of `len` bytes that the client streams from a reader when it sends the
    /// command (`Client::append_reader`), so memory does not grow with message size.
    pub fn streamed(len: u64) -> AppendMessage {
        AppendMessage { external_len: Some(len), ..AppendMessage::new(Vec::new()) }
    }

    /// Sets the flags.
    pub fn flags(mut self, flags: impl Into<Vec<Flag>>) -> AppendMessage {
        self.flags = Some(flags.into());
        self
    }

    /// Sets the internal date (from a date-time with `InternalDate::try_from`, or
    /// [`crate::types::InternalDate::parse`]).
    pub fn date(mut self, date: crate::types::InternalDate) -> AppendMessage {
        self.date = Some(date);
        self
    }

    /// Makes every line end CRLF (RFC 5322): a bare LF becomes CRLF, a lone CR too; CRLF stays.
    /// Not applied by default (see the type's docs); has no effect on a streamed message.
    ///
    /// ```
    /// use imapkit_core::encode::AppendMessage;
    /// let message = AppendMessage::new("Subject: hi\n\nbody\r\nend\r").normalize_line_endings();
    /// assert_eq!(message.data, b"Subject: hi\r\n\r\nbody\r\nend\r\n");
    /// ```
    pub fn normalize_line_endings(mut self) -> AppendMessage {
        let mut out = Vec::with_capacity(self.data.len() + self.data.len() / 32);
        let mut bytes = self.data.iter().copied().peekable();
        while let Some(byte) = bytes.next() {
            match byte {
                b'\r' => {
                    out.extend_from_slice(b"\r\n");
                    if bytes.peek() == Some(&b'\n') {
                        bytes.next();
                    }
                }
                b'\n' => out.extend_from_slice(b"\r\n"),
                other => out.push(other),
            }
        }
        self.data = out;
        self
    }

    /// Sends the data as a literal8 (needs the server's BINARY capability).
    pub fn binary(mut self) -> AppendMessage {
        self.binary = true;
        self
    }

    /// A message the server assembles from `parts` (CATENATE, RFC 4469): the command needs
    /// the CATENATE capability (checked by the session).
    ///
    /// ```
    /// use imapkit_core::encode::{AppendMessage, CatenatePart};
    /// let message = AppendMessage::catenate(vec![
    ///     CatenatePart::Text(b"Subject: forwarded\r\n\r\n".to_vec()),
    ///     CatenatePart::Url("/INBOX;UIDVALIDITY=385759045/;UID=20/;SECTION=TEXT".into()),
    /// ]);
    /// assert_eq!(message.catenate.as_ref().map(Vec::len), Some(2));
    /// ```
    pub fn catenate(parts: Vec<CatenatePart>) -> AppendMessage {
        AppendMessage { catenate: Some(parts), ..AppendMessage::new(Vec::new()) }
    }

    /// Sends the message as the `UTF8 (~{n})` data item (RFC 6855 4), for a message with
    /// UTF-8 in its headers (RFC 6532). The session refuses it unless `ENABLE UTF8=ACCEPT`
    /// succeeded first.
    ///
    /// ```
    /// use imapkit_core::encode::AppendMessage;
    /// let message = AppendMessage::new("Subject: Grüße\r\n\r\nhi\r\n").utf8();
    /// assert!(message.utf8);
    /// ```
    pub fn utf8(mut self) -> AppendMessage {
        self.utf8 = true;
        self
    }

    pub(crate) fn write_to(&self, out: &mut CommandBuilder) -> Result<(), ArgError> {
        if let Some(flags) = &self.flags {
            out.open_list();
            for flag in flags {
                write_flag(flag, out)?;
            }
            out.close_list();
        }
        if let Some(date) = &self.date {
            out.keyword(&date.to_quoted());
        }
        if let Some(parts) = &self.catenate {
            // `append-data =/ "CATENATE" SP "(" cat-part *(SP cat-part) ")"`.
            if parts.is_empty() {
                return Err(out.error("a CATENATE append needs at least one part"));
            }
            out.needs_capability("CATENATE");
            out.keyword("CATENATE");
            out.open_list();
            for part in parts {
                match part {
                    CatenatePart::Text(text) => {
                        out.keyword("TEXT");
                        out.literal(text, false)?;
                    }
                    CatenatePart::Url(url) => {
                        out.keyword("URL");
                        out.astring(url.as_bytes(), false)?;
                    }
                }
            }
            out.close_list();
            return Ok(());
        }
        if self.utf8 {
            // `append-data =/ "UTF8" SP "(" literal8 ")"`.
            out.needs_enabled("UTF8=ACCEPT");
            out.keyword("UTF8");
            out.open_list();
            match self.external_len {
                Some(len) => out.external_literal(len, true),
                None => out.literal8(&self.data),
            }
            out.close_list();
            return Ok(());
        }
        if let Some(len) = self.external_len {
            out.external_literal(len, self.binary);
            Ok(())
        } else if self.binary {
            out.literal8(&self.data);
            Ok(())
        } else {
            out.literal(&self.data, false)
        }
    }
}
