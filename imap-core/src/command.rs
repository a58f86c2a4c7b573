//! Command descriptors: the runtime form of one command-table line, defined once in
//! [`imapkit_table::descriptor`] and read here by the encoder and the session (states,
//! capabilities, routing, pipelining).

pub use imapkit_table::descriptor::{
    ArgDef, ArgKind, Cardinality, Claim, CommandDef, Exchange, Protocol, Sharing, State, UntaggedKind,
};
