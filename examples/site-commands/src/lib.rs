//! A user crate that extends `imapkit` with its own commands: `site.toml` holds one line
//! per command, and `command_table!` turns it into the [`SiteCommands`] trait, implemented for
//! every `imapkit::Client` (and any other `Execute`), its async twin
//! [`AsyncSiteCommands`] for the tokio client (any `AsyncExecute`), and the [`build`]
//! functions for pipelining.
//!
//! ```no_run
//! use site_commands::SiteCommands;
//! # fn demo(client: &mut imapkit::Client<std::net::TcpStream>) -> Result<(), imapkit::Error> {
//! let purged = client.xpurge("Trash", 30)?;
//! for response in &purged.xpurged {
//!     println!("{:?}", response.values);
//! }
//! # Ok(()) }
//! ```
//!
//! The same line, async (with `imapkit`'s `tokio` feature):
//!
//! ```ignore
//! use site_commands::AsyncSiteCommands;
//! let purged = client.xpurge("Trash", 30).await?;
//! ```
#![forbid(unsafe_code)]

imapkit::command_table!(SiteCommands, "site.toml");
