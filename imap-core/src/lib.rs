//! `imap-core`: everything about IMAP that does no I/O.
//!
//! - [`types`]: the values commands take and responses carry.
//! - [`parse`]: the streaming response parser.
#![forbid(unsafe_code)]

pub mod parse;
pub mod types;
