//! Command descriptors: the runtime form of one command-table line.
//!
//! `imap-macros` emits one `static CommandDef` per table line; the session reads it to check
//! states and capabilities, route untagged responses and change state after the tagged reply.

use std::fmt;

/// Connection state (RFC 3501 section 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// Before LOGIN / AUTHENTICATE.
    NotAuthenticated,
    /// Logged in, no mailbox selected.
    Authenticated,
    /// A mailbox is selected.
    Selected,
    /// After BYE / LOGOUT: the connection is over.
    Logout,
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            State::NotAuthenticated => "not authenticated",
            State::Authenticated => "authenticated",
            State::Selected => "selected",
            State::Logout => "logout",
        })
    }
}

/// How many values an argument takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cardinality {
    /// Exactly one.
    One,
    /// Zero or one; omitted from the wire when absent.
    Optional,
    /// Zero or more, space-separated.
    ZeroOrMore,
    /// One or more, space-separated.
    OneOrMore,
}

/// One argument of a table line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgDef {
    /// Atom sent before the value when present (`CHARSET`).
    pub keyword: Option<&'static str>,
    /// Parameter name.
    pub name: &'static str,
    /// Kind name as written in the table (`astring`).
    pub kind: &'static str,
    /// How many values.
    pub cardinality: Cardinality,
}

/// A client-side exchange that hand-written code performs during the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exchange {
    /// SASL challenge / response lines (AUTHENTICATE).
    Sasl,
    /// TLS handshake after the tagged OK (STARTTLS).
    StartTls,
    /// Server pushes events until the client sends `DONE` (IDLE).
    Idle,
    /// DEFLATE on both directions after the tagged OK (COMPRESS, RFC 4978).
    Compress,
}

/// One command-table line, as compiled into the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandDef {
    /// Wire name (`UID FETCH`).
    pub name: &'static str,
    /// States the command may be sent in.
    pub states: &'static [State],
    /// Arguments in wire order.
    pub args: &'static [ArgDef],
    /// Untagged kinds the command claims (`FETCH`, `OK[UIDNEXT]`).
    pub untagged: &'static [&'static str],
    /// State after a tagged OK, if it changes.
    pub then: Option<State>,
    /// State after a tagged NO, if it changes.
    pub fail: Option<State>,
    /// Capability the server must advertise.
    pub needs: Option<&'static str>,
    /// Capability whose presence forbids the command (LOGIN under LOGINDISABLED).
    pub forbidden_by: Option<&'static str>,
    /// Hand-written exchange, if any.
    pub exchange: Option<Exchange>,
    /// One-line documentation from the table.
    pub doc: &'static str,
}

impl CommandDef {
    /// Whether this command claims untagged responses of `kind`.
    pub fn claims(&self, kind: &str) -> bool {
        self.untagged.iter().any(|k| k.eq_ignore_ascii_case(kind))
    }
}
