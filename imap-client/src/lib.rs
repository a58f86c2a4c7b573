//! `imapkit`: an IMAP client, blocking ([`Client`]) and async ([`tokio::Client`](crate::tokio),
//! feature `tokio`), over one sans-I/O session ([`Session`]).
//!
//! Start with the [`guide`]: connecting (TLS, STARTTLS, a SOCKS5 proxy), logging in (LOGIN,
//! SCRAM, OAuth2), searching, fetching, message parts, IDLE, pipelining, errors. Features:
//! `tokio` (the async client), `mime` ([`types::Fetch::message`], decoded message parts),
//! `serde` (serialization of every result type).
//!
//! Its command methods are generated from `spec/commands.toml` by [`command_table!`]: the
//! [`Commands`] trait has one method per table line (and [`AsyncCommands`] the same, async),
//! implemented for every [`Execute`] — the blocking [`Client`] and anything else that can run
//! a command. A crate with its own site-specific commands brings its own table the same way:
//!
//! ```ignore
//! imapkit::command_table!(SiteCommands, "site.toml");
//! ```
#![forbid(unsafe_code)]

// Generated code names `::imapkit::…`, which must resolve inside this crate too.
extern crate self as imapkit;

pub mod auth;
mod buffer;
mod client;
pub mod commands;
pub mod guide;
pub mod proxy;
#[cfg(feature = "tokio")]
pub mod tokio;
mod trace;
pub mod transport;

pub use client::Client;
pub use commands::{build, AsyncCommands, Commands};
pub use imapkit_core::encode::{
    AppendMessage, Command, FetchAttribute, FetchItems, IdParams, ListReturn, ListSelection, Notify, NotifyEvent,
    NotifyGroup, NotifyMailboxes, Request, SearchKey, SearchProgram, SearchReturn, Section, SectionText, SelectParams,
    SortField, SortKey, StatusItem, StoreAction, StoreMode,
};
pub use imapkit_core::error::{Error, ErrorKind};
/// Message bodies (feature `mime`): [`types::Fetch::message`] parses a fetched message.
#[cfg(feature = "mime")]
pub use imapkit_core::mime;
pub use imapkit_core::session::int2ap;
pub use imapkit_core::session::{
    AsyncExecute, Claims, CommandStats, Completed, CompressionStats, Event, ExchangeHandler, ExchangeReply, Execute,
    IdleWatch, Pending, Session, SessionOptions,
};
pub use imapkit_core::types::{parse_flags, parse_internal_date, Flag, InternalDate, Mailbox, SequenceSet};
pub use imapkit_core::{command, encode, extract, parse, session, text, types};
pub use imapkit_macros::command_table;
pub use proxy::Socks5Proxy;
pub use trace::{Direction, TraceLevel};
pub use transport::{ConnectOptions, Connection, TlsInfo, TlsOptions, Transport, PORT, TLS_PORT};

/// The README's Rust examples, compiled as doctests so they cannot go stale (with the
/// `tokio` feature, which the async example needs; `cargo test --workspace` has it).
#[doc = include_str!("../README.md")]
#[cfg(all(doctest, feature = "tokio"))]
pub struct ReadmeDoctests;

/// What generated code needs from this crate's dependencies (not an API).
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "serde")]
    pub use serde;
}

/// The date type of `date` arguments (search dates), re-exported so that generated
/// signatures name it from this crate.
pub use jiff;
