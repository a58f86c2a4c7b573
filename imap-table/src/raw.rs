//! Stage 1: the TOML as written, with the span of every value kept for error messages.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use toml::Spanned;

/// The whole file: a `[commands]` table whose keys are command names.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTable {
    /// Lines of the `[commands]` table, in file order.
    pub commands: Spanned<OrderedLines>,
}

/// `[commands]` entries in file order (a map would sort them).
#[derive(Debug, Default)]
pub struct OrderedLines(pub Vec<(Spanned<String>, Spanned<RawCommand>)>);

impl<'de> Deserialize<'de> for OrderedLines {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LinesVisitor;
        impl<'de> Visitor<'de> for LinesVisitor {
            type Value = OrderedLines;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table of commands")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedLines, A::Error> {
                let mut lines = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    lines.push(entry);
                }
                Ok(OrderedLines(lines))
            }
        }
        deserializer.deserialize_map(LinesVisitor)
    }
}

/// One command line: `NAME = { states = "AS", args = [...], ... }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCommand {
    /// Letters of the states the command is allowed in: `N`, `A`, `S`.
    pub states: Spanned<String>,
    /// `"[KEYWORD ]name:kind[?|*|+]"`, in wire order.
    #[serde(default)]
    pub args: Vec<Spanned<String>>,
    /// Untagged kinds collected into the result (`EXISTS`, `OK[UIDNEXT]`, `XSITE`).
    #[serde(default)]
    pub untagged: Vec<Spanned<String>>,
    /// State after a tagged OK.
    pub then: Option<Spanned<String>>,
    /// State after a tagged NO (SELECT that fails leaves no mailbox selected).
    pub fail: Option<Spanned<String>>,
    /// Capability the server must advertise.
    pub needs: Option<Spanned<String>>,
    /// Capability the server must advertise when the line's repeated argument is given more
    /// than one value (APPEND of several messages: MULTIAPPEND).
    pub several_need: Option<Spanned<String>>,
    /// Capability whose presence forbids the command (LOGIN and LOGINDISABLED).
    pub forbidden_by: Option<Spanned<String>>,
    /// The protocol revision that removed the command (`IMAP4rev2` for LSUB and CHECK).
    pub removed_in: Option<Spanned<String>>,
    /// An extension whose ENABLE forbids the command (`UIDONLY` for the commands that take
    /// message sequence numbers).
    pub forbidden_when_enabled: Option<Spanned<String>>,
    /// A client-side exchange handled by hand-written code: `sasl`, `starttls`, `idle`,
    /// `compress`.
    pub exchange: Option<Spanned<String>>,
    /// One-line documentation with the RFC section.
    pub doc: Spanned<String>,
    /// A usage example for the generated method's documentation: Rust statements with
    /// `client` (`&mut Client`) in scope, compiled as a doctest.
    pub example: Option<Spanned<String>>,
}
