//! A user crate that extends `imap-client` with its own commands: `site.toml` holds one line
//! per command, and `command_table!` turns it into the [`SiteCommands`] trait, implemented for
//! every `imap_client::Client` (and any other `Execute`), its async twin
//! [`AsyncSiteCommands`] for the tokio client (any `AsyncExecute`), and the [`build`]
//! functions for pipelining.
//!
//! ```no_run
//! use site_commands::SiteCommands;
//! # fn demo(client: &mut imap_client::Client<std::net::TcpStream>) -> Result<(), imap_client::Error> {
//! let purged = client.xpurge("Trash", 30)?;
//! for response in &purged.xpurged {
//!     println!("{:?}", response.values);
//! }
//! # Ok(()) }
//! ```
//!
//! The same line, async (with `imap-client`'s `tokio` feature):
//!
//! ```ignore
//! use site_commands::AsyncSiteCommands;
//! let purged = client.xpurge("Trash", 30).await?;
//! ```
#![forbid(unsafe_code)]

imap_client::command_table!(SiteCommands, "site.toml");
