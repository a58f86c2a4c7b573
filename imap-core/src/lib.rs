//! `imapkit-core`: everything about IMAP that does no I/O.
//!
//! - [`types`]: the values commands take and responses carry.
//! - [`command`]: command-table lines as compiled into the program.
//! - [`encode`]: typed arguments to wire bytes, by the quoting rules of RFC 3501.
//! - [`parse`]: the streaming response parser.
#![forbid(unsafe_code)]

pub mod command;
pub mod encode;
pub mod error;
pub mod extract;
#[cfg(feature = "mime")]
pub mod mime;
pub mod parse;
pub mod session;
pub mod text;
pub mod types;

pub use error::{Error, ErrorKind};
