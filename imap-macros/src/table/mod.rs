//! Reading and validating a command table.

pub mod model;
pub mod raw;

pub use model::{Arg, Cardinality, Command, Table, UntaggedField};
