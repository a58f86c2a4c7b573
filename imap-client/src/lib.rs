//! `imap-client`: the blocking IMAP client.
#![forbid(unsafe_code)]
