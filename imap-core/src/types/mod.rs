//! Values of the protocol, shared by the encoder, the parser and the session.

mod flag;
mod mailbox;
mod sequence;

pub use flag::{parse_flags, Flag};
pub use mailbox::{decode_modified_utf7, encode_modified_utf7, Mailbox};
pub use sequence::{SeqNumber, SeqRange, SequenceSet, SequenceSetError};
