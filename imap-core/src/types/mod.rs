//! Values of the protocol, shared by the encoder, the parser and the session.

mod date;
mod flag;
mod mailbox;
mod sequence;
#[cfg(feature = "serde")]
pub(crate) mod serde_support;

pub mod body;
pub mod borrowed;
pub mod bytestring;
pub mod envelope;
pub mod packed;
pub mod response;
pub mod value;

pub use body::*;
pub use bytestring::{ByteString, Text};
pub use envelope::*;
pub use packed::{
    AddressView, Addresses, BodyView, DispositionView, EnvelopeView, PackedBody, PackedEnvelope, ParamsView,
};
pub use response::*;
pub use value::*;

pub use date::{format_search_date, parse_internal_date, DateError, InternalDate};
pub use flag::{parse_flags, Flag};
pub use mailbox::{decode_modified_utf7, encode_modified_utf7, Mailbox};
pub use sequence::{SeqNumber, SeqRange, SequenceSet, SequenceSetError};
