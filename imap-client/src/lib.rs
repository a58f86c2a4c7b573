//! `imap-client`: a blocking IMAP client.
//!
//! Its command methods are generated from `spec/commands.toml` by [`command_table!`]: the
//! [`Commands`] trait has one method per table line, implemented for every [`Execute`] —
//! the blocking [`Client`] and anything else that can run a command. A crate with its own
//! site-specific commands brings its own table the same way:
//!
//! ```ignore
//! imap_client::command_table!(SiteCommands, "site.toml");
//! ```
#![forbid(unsafe_code)]

// Generated code names `::imap_client::…`, which must resolve inside this crate too.
extern crate self as imap_client;

pub mod auth;
mod client;
pub mod commands;
pub mod transport;

pub use client::{prepare, Client, Direction, Pending, Prepared, TraceLevel};
pub use commands::Commands;
pub use imap_core::encode::{
    AppendMessage, FetchAttribute, FetchItems, IdParams, SearchKey, SearchProgram, Section, SectionText, SortField,
    SortKey, StatusItem, StoreAction, StoreMode,
};
pub use imap_core::error::{Error, ErrorKind};
pub use imap_core::session::int2ap;
pub use imap_core::session::{
    Completed, CompressionStats, Event, ExchangeHandler, ExchangeReply, Execute, IdleWatch, Session, SessionOptions,
};
pub use imap_core::types::{parse_flags, parse_internal_date, Flag, InternalDate, Mailbox, SequenceSet};
pub use imap_core::{command, encode, extract, parse, session, text, types};
pub use imap_macros::command_table;
pub use transport::{ConnectOptions, Connection, TlsInfo, TlsOptions, Transport, PORT, TLS_PORT};

/// The README's Rust examples, compiled as doctests so they cannot go stale.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// What generated code refers to; not a stable API.
#[doc(hidden)]
pub mod __private {
    pub use imap_core::command::{ArgDef, Cardinality, CommandDef, Exchange, State};
    pub use imap_core::encode::{
        kinds, AppendMessage, Arg, CommandBuilder, FetchItems, SearchKey, SearchProgram, SortKey, StatusItem,
        StoreAction,
    };
    pub use imap_core::error::Error;
    pub use imap_core::extract::{untagged, Extract, GenericResponse};
    pub use imap_core::session::{ExchangeHandler, Execute};
    pub use imap_core::types::{Flag, InternalDate, Status, Unparsed, Untagged};
    pub use jiff;
}
