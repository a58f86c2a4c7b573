//! The command table format, shared by the proc macro (`imapkit-macros`, at compile time) and the
//! `imap` command-line program (for a user's site table, at run time).
//!
//! [`descriptor`] is the model itself: what a line means ([`CommandDef`]), and the vocabulary
//! a line may use ([`ArgKind`], [`UntaggedKind`]), one row per kind. It has no dependencies;
//! `imapkit-core` builds it alone (without the `toml` feature).
//!
//! With `toml` (the default), reading a table is two stages that never mix: [`raw`]
//! deserialises the TOML keeping the byte span of every value; [`model`] validates it into
//! the same descriptors, reporting every problem at its line.
#![forbid(unsafe_code)]

pub mod descriptor;
#[cfg(feature = "toml")]
pub mod model;
#[cfg(feature = "toml")]
pub mod raw;

pub use descriptor::{
    ArgDef, ArgKind, Cardinality, Claim, CommandDef, Exchange, Protocol, Sharing, State, UntaggedKind,
};
#[cfg(feature = "toml")]
pub use model::{load, Table, TableError};

#[cfg(feature = "toml")]
impl TableError {
    /// `file:line:col: message`, the offending source line, and for duplicates where the first
    /// definition is.
    pub fn located(&self, file: &str, text: &str) -> String {
        let start = self.span.start.min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_no = text[..start].matches('\n').count() + 1;
        let column = text[line_start..start].chars().count() + 1;
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut message = format!("{file}:{line_no}:{column}: {}\n  | {}", self.message, &text[line_start..line_end]);
        if let Some(first) = &self.first {
            let first_line = text[..first.start.min(text.len())].matches('\n').count() + 1;
            message.push_str(&format!("\n  = note: first defined at {file}:{first_line}"));
        }
        message
    }
}
