//! The guide: connecting, logging in, mailboxes, searching, fetching, flags, appending, IDLE,
//! pipelining, errors and your own commands, one compiled example each.
#![doc = include_str!("../guide.md")]
