//! The guide: connecting, logging in, mailboxes, searching, fetching, message parts, flags, appending, IDLE,
//! pipelining, errors and your own commands, one compiled example each.
#![doc = include_str!("../guide.md")]
