//! The command encoder: typed arguments -> parts -> wire chunks.
//!
//! Generated command methods build a [`Command`] with a [`CommandBuilder`], one
//! [`Arg`]`<Kind>` call per table argument. The parts that depend on what the server
//! advertised (literal `{n}` vs `{n+}`, modified UTF-7 vs UTF-8 mailbox names) are resolved
//! only when the session turns the command into [`Chunk`]s, so the same `Command` is correct
//! on every server.

mod fetch;
mod items;
pub mod kinds;
mod list;
mod notify;
pub mod rules;
mod search;

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

pub use fetch::{qresync_parameters, FetchAttribute, FetchItems, Qresync, Section, SectionText, SelectParams};
pub use items::{AppendMessage, CatenatePart};
pub use items::{IdParams, SortField, SortKey, StatusItem, StoreAction, StoreMode};
pub use list::{ListReturn, ListSelection};
pub use notify::{Notify, NotifyEvent, NotifyGroup, NotifyMailboxes};
pub use search::{SearchKey, SearchProgram, SearchReturn};

use crate::command::CommandDef;
use crate::types::encode_modified_utf7;
use rules::{is_astring_char, is_atom_char, is_list_char, quoted, string_form, StringForm};

/// A typed argument value of kind `K` (a marker type in [`kinds`]).
///
/// Implemented for the Rust types each kind accepts: `&str`, `String` and byte slices for
/// string kinds, [`crate::types::SequenceSet`] and `"1:3,7"` for sequence sets, and so on.
pub trait Arg<K> {
    /// Writes the value into the command.
    fn write(self, out: &mut CommandBuilder) -> Result<(), ArgError>;
}

/// An argument that cannot be sent; nothing was written to the connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgError {
    /// The table name of the argument.
    pub argument: Cow<'static, str>,
    /// What is wrong with the value.
    pub reason: String,
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "argument `{}`: {}", self.argument, self.reason)
    }
}

impl std::error::Error for ArgError {}

/// One piece of an encoded command.
#[derive(Clone, PartialEq, Eq)]
pub enum Part {
    /// Bytes sent as they are (atoms, quoted strings, numbers, parentheses, spaces).
    Text {
        /// The bytes.
        bytes: Vec<u8>,
        /// Redacted in traces.
        secret: bool,
    },
    /// A literal: `{n}` CRLF then the data (`~{n}` when binary).
    Literal {
        /// The data.
        data: Vec<u8>,
        /// A `literal8` (RFC 3516), which may hold NUL.
        binary: bool,
        /// Redacted in traces.
        secret: bool,
    },
    /// A literal whose `len` bytes the caller streams from its own source (APPEND from a
    /// file): the chunk after the literal header carries [`Chunk::external_before`].
    External {
        /// Exact number of bytes the source provides.
        len: u64,
        /// A `literal8`.
        binary: bool,
    },
    /// A mailbox name in UTF-8, encoded when sent (modified UTF-7, or UTF-8 under UTF8=ACCEPT).
    Mailbox {
        /// The name.
        name: String,
        /// A LIST pattern: `%` and `*` may stand bare.
        pattern: bool,
    },
    /// A charset label (SEARCH's `CHARSET x`, SORT's and THREAD's charset), which depends on
    /// UTF8=ACCEPT (RFC 6855 3 and its erratum 4029): once it is enabled an optional label
    /// naming UTF-8 is left out, and a label naming another charset is refused by the session.
    Charset {
        /// The bytes as sent, with their leading space (` CHARSET UTF-8`, ` "UTF-8"`).
        bytes: Vec<u8>,
        /// The charset named.
        name: String,
        /// Whether the label may be left out (SEARCH's is optional; SORT's is not).
        optional: bool,
    },
}

impl Part {
    /// Whether this is a charset label naming a charset other than UTF-8, which a session
    /// with UTF8=ACCEPT enabled must not send.
    pub fn names_other_charset_than_utf8(&self) -> bool {
        matches!(self, Part::Charset { name, .. } if !is_utf8_name(name))
    }
}

fn is_utf8_name(charset: &str) -> bool {
    charset.eq_ignore_ascii_case("UTF-8") || charset.eq_ignore_ascii_case("UTF8")
}

impl fmt::Debug for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Part::Text { secret: true, .. } | Part::Literal { secret: true, .. } => f.write_str("<secret>"),
            Part::Text { bytes, .. } => write!(f, "Text({:?})", String::from_utf8_lossy(bytes)),
            Part::Literal { data, binary, .. } => write!(f, "Literal({} bytes, binary: {binary})", data.len()),
            Part::Mailbox { name, pattern } => write!(f, "Mailbox({name:?}, pattern: {pattern})"),
            Part::Charset { name, optional, .. } => write!(f, "Charset({name:?}, optional: {optional})"),
            Part::External { len, binary } => write!(f, "External({len} bytes, binary: {binary})"),
        }
    }
}

/// A command ready to send: its table line and its encoded arguments.
#[derive(Debug, Clone)]
pub struct Command {
    /// The table line (a generated `static`, or an owned line read at run time).
    pub def: Cow<'static, CommandDef>,
    /// Everything after the command name.
    pub parts: Vec<Part>,
    /// Whether the line's repeated argument was given more than one value (then the
    /// capability in [`CommandDef::several_need`] is needed too).
    pub several: bool,
    /// An extension that must have been enabled (RFC 5161 ENABLE) before this command is
    /// sent (`UTF8=ACCEPT` for APPEND's `UTF8` data item, `QRESYNC` for SELECT's QRESYNC
    /// parameter), and the argument that needs it.
    pub needs_enabled: Option<(&'static str, Cow<'static, str>)>,
    /// Capabilities an argument's form needs beyond the line's (`CATENATE` for a CATENATE
    /// append, `LIST-EXTENDED` for LIST's selection options).
    pub needs_capabilities: Vec<&'static str>,
    /// An item IMAP4rev2 removed (RFC 9051 appendix E: STATUS `RECENT`, the SEARCH keys
    /// `NEW`, `OLD` and `RECENT`), and the argument that holds it: the session refuses the
    /// command once it follows IMAP4rev2.
    pub removed_in_rev2: Option<(&'static str, Cow<'static, str>)>,
}

impl Command {
    /// The capabilities the server must advertise for this command: the line's `needs`, its
    /// `several_need` when the repeated argument has more than one value, and what an
    /// argument's form needs.
    pub fn needed_capabilities(&self) -> impl Iterator<Item = &str> {
        needed_capabilities(&self.def, self.several, &self.needs_capabilities)
    }
}

/// What a command of `def` needs: the line's capabilities ([`CommandDef::needed_capabilities`])
/// and those its arguments' form asks for. Shared by [`Command`] and the session's record
/// of a command in flight.
pub(crate) fn needed_capabilities<'a>(
    def: &'a CommandDef,
    several: bool,
    form: &'a [&'static str],
) -> impl Iterator<Item = &'a str> {
    def.needed_capabilities(several).chain(form.iter().copied())
}

/// A command built from a table line together with the type of its result: what a generated
/// `build::…` function returns, ready to be sent (pipelined or not) and, once completed,
/// turned into `R` (`R: From<Completed>`). Nothing has been sent when you hold one.
///
/// `Request<Completed>` is an untyped command ([`Command`] converts into it).
pub struct Request<R> {
    command: Command,
    result: PhantomData<fn() -> R>,
}

impl<R> Request<R> {
    /// Wraps a built command, naming the type its completion turns into.
    pub fn new(command: Command) -> Request<R> {
        Request { command, result: PhantomData }
    }

    /// The command to send.
    pub fn command(&self) -> &Command {
        &self.command
    }

    /// The command, without its result type.
    pub fn into_command(self) -> Command {
        self.command
    }
}

impl From<Command> for Request<crate::session::Completed> {
    fn from(command: Command) -> Self {
        Request::new(command)
    }
}

impl<R> Clone for Request<R> {
    fn clone(&self) -> Self {
        Request::new(self.command.clone())
    }
}

impl<R> fmt::Debug for Request<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Request").field("command", &self.command).finish()
    }
}

/// What the server advertised that changes the wire form.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WireOptions {
    /// LITERAL+ (RFC 7888): every literal may be non-synchronizing.
    pub literal_plus: bool,
    /// LITERAL- (RFC 7888, implied by IMAP4rev2): literals up to 4096 bytes may be.
    pub literal_minus: bool,
    /// UTF8=ACCEPT enabled (RFC 6855): mailbox names go as UTF-8, and an optional
    /// `CHARSET UTF-8` is left out.
    pub utf8: bool,
    /// The session follows IMAP4rev2 (RFC 9051 5.1): mailbox names go as UTF-8 (a charset
    /// is still named).
    pub utf8_mailboxes: bool,
}

/// A piece of the wire: bytes to write, then (if `wait`) a continuation request to await
/// before the next chunk.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Chunk {
    /// Bytes to send.
    pub bytes: Vec<u8>,
    /// The same with secrets replaced by `***`, for traces.
    pub trace: Vec<u8>,
    /// Wait for `+` from the server before sending the next chunk (synchronizing literal).
    pub wait: bool,
    /// Before `bytes`, write this many bytes from the caller's source (a [`Part::External`]
    /// literal's data).
    pub external_before: Option<u64>,
}

impl Chunk {
    /// Bytes this chunk puts on the wire: its own and the source's before them.
    pub fn wire_len(&self) -> u64 {
        self.bytes.len() as u64 + self.external_before.unwrap_or(0)
    }
}

impl fmt::Debug for Chunk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Chunk({:?}, wait: {}, external_before: {:?})",
            String::from_utf8_lossy(&self.trace),
            self.wait,
            self.external_before
        )
    }
}

const REDACTED: &[u8] = b"***";

impl Command {
    /// Whether any part is a secret (a password), to be protected from plaintext networks.
    pub fn has_secret(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::Text { secret: true, .. } | Part::Literal { secret: true, .. }))
    }

    /// The wire chunks of this command with `tag`.
    pub fn to_chunks(&self, tag: &str, options: WireOptions) -> Vec<Chunk> {
        let mut chunks = Vec::new();
        let mut current = Chunk::default();
        let head = format!("{tag} {}", self.def.name);
        current.bytes.extend_from_slice(head.as_bytes());
        current.trace.extend_from_slice(head.as_bytes());
        for part in &self.parts {
            let resolved;
            let part = match part {
                Part::Mailbox { name, pattern } => {
                    resolved = resolve_mailbox(name, *pattern, options.utf8 || options.utf8_mailboxes);
                    &resolved
                }
                other => other,
            };
            match part {
                Part::Text { bytes, secret } => {
                    current.bytes.extend_from_slice(bytes);
                    current.trace.extend_from_slice(if *secret { REDACTED } else { bytes });
                }
                Part::Literal { data, binary, secret } => {
                    let non_sync = options.literal_plus || (options.literal_minus && data.len() <= 4096);
                    let header = format!(
                        "{}{{{}{}}}\r\n",
                        if *binary { "~" } else { "" },
                        data.len(),
                        if non_sync { "+" } else { "" }
                    );
                    current.bytes.extend_from_slice(header.as_bytes());
                    current.trace.extend_from_slice(header.as_bytes());
                    if !non_sync {
                        current.wait = true;
                        chunks.push(std::mem::take(&mut current));
                    }
                    current.bytes.extend_from_slice(data);
                    current.trace.extend_from_slice(if *secret { REDACTED } else { data });
                }
                Part::External { len, binary } => {
                    let non_sync = options.literal_plus || (options.literal_minus && *len <= 4096);
                    let header =
                        format!("{}{{{len}{}}}\r\n", if *binary { "~" } else { "" }, if non_sync { "+" } else { "" });
                    current.bytes.extend_from_slice(header.as_bytes());
                    current.trace.extend_from_slice(header.as_bytes());
                    current.wait = !non_sync;
                    chunks.push(std::mem::take(&mut current));
                    current.external_before = Some(*len);
                    current.trace.extend_from_slice(format!("<{len} bytes streamed>").as_bytes());
                }
                Part::Charset { optional: true, name, .. } if options.utf8 && is_utf8_name(name) => {}
                Part::Charset { bytes, .. } => {
                    current.bytes.extend_from_slice(bytes);
                    current.trace.extend_from_slice(bytes);
                }
                Part::Mailbox { .. } => unreachable!("resolved above"),
            }
        }
        current.bytes.extend_from_slice(b"\r\n");
        current.trace.extend_from_slice(b"\r\n");
        chunks.push(current);
        chunks
    }
}

fn resolve_mailbox(name: &str, pattern: bool, utf8: bool) -> Part {
    let wire: Vec<u8> = if name.eq_ignore_ascii_case("INBOX") {
        b"INBOX".to_vec()
    } else if utf8 {
        name.as_bytes().to_vec()
    } else {
        encode_modified_utf7(name).into_bytes()
    };
    string_part(wire, if pattern { is_list_char } else { is_astring_char }, false)
}

/// The part for a string value: bare when `bare_ok` accepts every byte, else quoted, else a
/// literal.
fn string_part(value: Vec<u8>, bare_ok: fn(u8) -> bool, secret: bool) -> Part {
    match string_form(&value, bare_ok) {
        StringForm::Bare => Part::Text { bytes: value, secret },
        StringForm::Quoted => Part::Text { bytes: quoted(&value), secret },
        StringForm::Literal => Part::Literal { data: value, binary: false, secret },
    }
}

/// Whether `text` ends with `{n}`, `{n+}` or `{n-}` (RFC 7888), with or without `~`: the form
/// that, at the end of a command line, announces a literal.
fn ends_with_literal_announcement(text: &[u8]) -> bool {
    let Some(inner) = text.strip_suffix(b"}") else { return false };
    let inner = inner.strip_suffix(b"+").or_else(|| inner.strip_suffix(b"-")).unwrap_or(inner);
    let digits = inner.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && inner[..inner.len() - digits].ends_with(b"{")
}

/// Builds a [`Command`] item by item, putting the spaces and parentheses where they belong.
#[derive(Debug)]
pub struct CommandBuilder {
    def: Cow<'static, CommandDef>,
    parts: Vec<Part>,
    space_needed: bool,
    argument: Cow<'static, str>,
    several: bool,
    needs_enabled: Option<(&'static str, Cow<'static, str>)>,
    needs_capabilities: Vec<&'static str>,
    removed_in_rev2: Option<(&'static str, Cow<'static, str>)>,
}

impl CommandBuilder {
    /// Starts the command of `def`: a generated `&'static` descriptor, or an owned
    /// [`CommandDef`] (a site table read at run time, [`CommandDef::runtime`]).
    pub fn new(def: impl Into<Cow<'static, CommandDef>>) -> CommandBuilder {
        CommandBuilder {
            def: def.into(),
            parts: Vec::new(),
            space_needed: true,
            argument: Cow::Borrowed(""),
            several: false,
            needs_enabled: None,
            needs_capabilities: Vec::new(),
            removed_in_rev2: None,
        }
    }

    /// The finished command.
    pub fn finish(self) -> Command {
        Command {
            def: self.def,
            parts: self.parts,
            several: self.several,
            needs_enabled: self.needs_enabled,
            needs_capabilities: self.needs_capabilities,
            removed_in_rev2: self.removed_in_rev2,
        }
    }

    /// Writes argument `name` of kind `K`.
    pub fn arg<K>(&mut self, name: impl Into<Cow<'static, str>>, value: impl Arg<K>) -> Result<(), ArgError> {
        self.argument = name.into();
        value.write(self)
    }

    /// Writes each value of a repeated argument, space-separated; at least `at_least` of them.
    pub fn repeated<K, V: Arg<K>>(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        values: impl IntoIterator<Item = V>,
        at_least: usize,
    ) -> Result<(), ArgError> {
        self.argument = name.into();
        let mut count = 0;
        for value in values {
            value.write(self)?;
            count += 1;
        }
        if count < at_least {
            return Err(self.error(format!("needs at least {at_least} value(s)")));
        }
        self.several |= count > 1;
        Ok(())
    }

    /// Records that the line's repeated argument has more than one value, so the command
    /// needs [`CommandDef::several_need`] too. [`CommandBuilder::repeated`] does this; call it
    /// when writing the values one by one.
    pub fn mark_several(&mut self) {
        self.several = true;
    }

    /// Records that the command needs `capability` because of an argument's form (checked by
    /// the session like the line's `needs`).
    pub fn needs_capability(&mut self, capability: &'static str) {
        if !self.needs_capabilities.contains(&capability) {
            self.needs_capabilities.push(capability);
        }
    }

    /// Records that the command may only be sent once `extension` has been enabled (RFC 5161).
    pub fn needs_enabled(&mut self, extension: &'static str) {
        self.needs_enabled = Some((extension, self.argument.clone()));
    }

    /// Records that the argument being written holds `item`, which IMAP4rev2 removed (STATUS
    /// `RECENT`, SEARCH `NEW`): the session refuses the command once it follows IMAP4rev2.
    pub fn removed_in_rev2(&mut self, item: &'static str) {
        self.removed_in_rev2.get_or_insert((item, self.argument.clone()));
    }

    /// An error about the argument being written.
    pub fn error(&self, reason: impl Into<String>) -> ArgError {
        ArgError { argument: self.argument.clone(), reason: reason.into() }
    }

    fn push_text(&mut self, bytes: &[u8], secret: bool) {
        if let Some(Part::Text { bytes: last, secret: last_secret }) = self.parts.last_mut() {
            if *last_secret == secret {
                last.extend_from_slice(bytes);
                return;
            }
        }
        self.parts.push(Part::Text { bytes: bytes.to_vec(), secret });
    }

    fn separate(&mut self) {
        if self.space_needed {
            self.push_text(b" ", false);
        }
        self.space_needed = true;
    }

    fn push_part(&mut self, part: Part) {
        self.separate();
        match part {
            Part::Text { bytes, secret } => self.push_text(&bytes, secret),
            other => self.parts.push(other),
        }
    }

    /// Trusted text built by the encoder itself (`CHARSET`, `NIL`, `3:*`, a quoted date), sent
    /// as is. Never user input: that goes through [`CommandBuilder::atom`] or a string form.
    pub fn keyword(&mut self, atom: &str) {
        debug_assert!(!atom.is_empty() && !atom.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0));
        self.separate();
        self.push_text(atom.as_bytes(), false);
    }

    /// Validated atom.
    pub fn atom(&mut self, atom: &str) -> Result<(), ArgError> {
        if atom.is_empty() || !atom.bytes().all(is_atom_char) {
            return Err(self.error(format!("{atom:?} is not an IMAP atom (letters, digits and most punctuation; no space, ()\"\\{{%*] or control characters)")));
        }
        self.keyword(atom);
        Ok(())
    }

    /// A charset name: an atom, else a quoted string; one that would need a literal (8-bit,
    /// CR, LF) is refused, since the grammar allows none there (RFC 5256 `charset`).
    pub fn charset(&mut self, text: &str) -> Result<(), ArgError> {
        self.charset_label(None, text, false)
    }

    /// A charset label `[keyword SP] charset` (SEARCH's `CHARSET x`, `optional`), as a
    /// [`Part::Charset`]: an atom or a quoted string, never a literal (RFC 5256 `charset`).
    pub fn charset_label(&mut self, keyword: Option<&str>, text: &str, optional: bool) -> Result<(), ArgError> {
        let value = match string_form(text.as_bytes(), is_atom_char) {
            StringForm::Bare if !text.is_empty() => text.as_bytes().to_vec(),
            StringForm::Bare | StringForm::Quoted => quoted(text.as_bytes()),
            StringForm::Literal => {
                return Err(self.error(format!(
                    "{text:?} cannot be a charset name: only an atom or a quoted string may stand there"
                )))
            }
        };
        let mut bytes = Vec::new();
        if self.space_needed {
            bytes.push(b' ');
        }
        self.space_needed = true;
        if let Some(keyword) = keyword {
            bytes.extend_from_slice(keyword.as_bytes());
            bytes.push(b' ');
        }
        bytes.extend_from_slice(&value);
        self.parts.push(Part::Charset { bytes, name: text.to_owned(), optional });
        Ok(())
    }

    /// A SASL initial response (RFC 4959 `initial-resp = base64 / "="`), redacted in traces:
    /// anything but `=` or canonical base64 (RFC 4648, padded) is refused, so no other text
    /// can ride on the AUTHENTICATE line.
    pub fn sasl_response(&mut self, text: &str) -> Result<(), ArgError> {
        use base64::Engine;
        let base64 = !text.is_empty() && base64::engine::general_purpose::STANDARD.decode(text).is_ok();
        if text != "=" && !base64 {
            return Err(self.error("a SASL initial response must be base64 or \"=\" (RFC 4959)"));
        }
        self.separate();
        self.push_text(text.as_bytes(), true);
        Ok(())
    }

    /// Verbatim text for experts; rejected if it holds CR, LF or NUL, so it cannot end the
    /// command line.
    pub fn raw(&mut self, text: &str) -> Result<(), ArgError> {
        if text.bytes().any(|b| b == b'\r' || b == b'\n' || b == 0) {
            return Err(self.error("raw text must not contain CR, LF or NUL"));
        }
        if text.is_empty() {
            return Err(self.error("raw text must not be empty"));
        }
        if !text.is_ascii() {
            return Err(self.error(
                "raw text must be ASCII: 8-bit text is valid only inside a literal; \
                 use the typed form (e.g. SearchKey::Text), which sends it as one",
            ));
        }
        if ends_with_literal_announcement(text.as_bytes()) {
            return Err(self.error(format!(
                "raw text {text:?} ends like a literal announcement ({{n}}): at the end of a line the \
                 server would wait for literal data or take the next command as it"
            )));
        }
        self.separate();
        self.push_text(text.as_bytes(), false);
        Ok(())
    }

    /// An astring: atom, quoted or literal by rule.
    pub fn astring(&mut self, value: &[u8], secret: bool) -> Result<(), ArgError> {
        self.check_no_nul(value)?;
        self.push_part(string_part(value.to_vec(), is_astring_char, secret));
        Ok(())
    }

    /// A string: quoted or literal, never an atom.
    pub fn string(&mut self, value: &[u8], secret: bool) -> Result<(), ArgError> {
        self.check_no_nul(value)?;
        self.push_part(string_part(value.to_vec(), |_| false, secret));
        Ok(())
    }

    /// A literal, whatever the bytes.
    pub fn literal(&mut self, data: &[u8], secret: bool) -> Result<(), ArgError> {
        self.check_no_nul(data)?;
        self.push_part(Part::Literal { data: data.to_vec(), binary: false, secret });
        Ok(())
    }

    /// A literal of `len` bytes that the caller streams from its own source when sending.
    pub fn external_literal(&mut self, len: u64, binary: bool) {
        self.push_part(Part::External { len, binary });
    }

    /// A binary literal `~{n}` (RFC 3516), which may hold NUL.
    pub fn literal8(&mut self, data: &[u8]) {
        self.push_part(Part::Literal { data: data.to_vec(), binary: true, secret: false });
    }

    /// A mailbox name (or LIST pattern), encoded when sent.
    pub fn mailbox(&mut self, name: &str, pattern: bool) -> Result<(), ArgError> {
        if name.contains('\0') {
            return Err(self.error("mailbox names cannot contain NUL"));
        }
        self.push_part(Part::Mailbox { name: name.to_owned(), pattern });
        Ok(())
    }

    /// Opens a parenthesized list.
    pub fn open_list(&mut self) {
        self.separate();
        self.push_text(b"(", false);
        self.space_needed = false;
    }

    /// Closes a parenthesized list.
    pub fn close_list(&mut self) {
        self.push_text(b")", false);
        self.space_needed = true;
    }

    /// Text glued to what precedes it, with no space (`BODY[` … `]`, `<0.100>`).
    pub fn glued(&mut self, text: &str) {
        self.push_text(text.as_bytes(), false);
        self.space_needed = !text.ends_with('[') && !text.ends_with('(');
    }

    fn check_no_nul(&self, value: &[u8]) -> Result<(), ArgError> {
        if value.contains(&0) {
            return Err(self.error("NUL bytes cannot be sent in an IMAP string (only in a BINARY literal8)"));
        }
        Ok(())
    }
}
