//! Message bodies (feature `mime`): a fetched `BODY[]` or `RFC822` parsed into headers and
//! parts by [`mail_parser`], with RFC 2047 headers decoded, transfer encodings (base64,
//! quoted-printable) undone and every part's text converted from its charset to UTF-8.
//!
//! ```no_run
//! use imapkit_core::mime::MimeHeaders;
//! # fn demo(fetch: &imapkit_core::types::Fetch) {
//! if let Some(message) = fetch.message() {
//!     println!("subject: {}", message.subject().unwrap_or_default());
//!     if let Some(html) = message.body_html(0) {
//!         println!("{} bytes of HTML", html.len());
//!     }
//!     for attachment in message.attachments() {
//!         println!("{:?}: {} bytes", attachment.attachment_name(), attachment.contents().len());
//!     }
//! }
//! # }
//! ```

pub use mail_parser::{self, Message, MessagePart, MimeHeaders, PartType};

/// Parses a whole message (the bytes of `BODY[]`, `RFC822` or `BINARY[]`: for the last, call
/// it on `fetch.binary(&[])`; [`crate::types::Fetch::message`] reads `RFC822` / `BODY[]`).
/// `None` when the bytes are not a message at all (empty, or no header).
pub fn parse(message: &[u8]) -> Option<Message<'_>> {
    mail_parser::MessageParser::default().parse(message)
}
