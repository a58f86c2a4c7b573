//! The generic token tree that responses without a dedicated type are parsed into.

use std::fmt;

/// One token of a response, or a parenthesised list of them.
///
/// Site-specific and unknown responses (`* XSITE 12 (a "b" {3}\r\nxyz)`), unknown response
/// codes and unknown FETCH attributes are kept as `Value`s so that nothing a server sends is
/// lost and nothing unknown is an error.
#[derive(Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub enum Value {
    /// An atom, kept as sent (lossily decoded when it has 8-bit bytes). Atoms keep any
    /// bracketed section they carry, e.g. `BODY[1.2]` or `BODY[HEADER.FIELDS (FROM)]<0>`.
    Atom(String),
    /// A string of digits that fits in a `u64`.
    Number(u64),
    /// A quoted string or a literal (`{n}` or `~{n}`), unescaped.
    String(#[cfg_attr(feature = "serde", serde(serialize_with = "crate::types::serde_support::bytes"))] Vec<u8>),
    /// `NIL`
    Nil,
    /// `( ... )`
    List(Vec<Value>),
}

impl Value {
    /// The atom text, if this is an atom.
    pub fn as_atom(&self) -> Option<&str> {
        match self {
            Value::Atom(atom) => Some(atom),
            _ => None,
        }
    }

    /// The number, if this is a number.
    pub fn as_number(&self) -> Option<u64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The bytes of a string or an atom (an `astring`); `None` for anything else.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::String(bytes) => Some(bytes),
            Value::Atom(atom) => Some(atom.as_bytes()),
            _ => None,
        }
    }

    /// The elements, if this is a list.
    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }

    /// Whether this is `NIL`.
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Atom(atom) => write!(f, "Atom({atom})"),
            Value::Number(n) => write!(f, "Number({n})"),
            Value::String(bytes) => write!(f, "String({:?})", String::from_utf8_lossy(bytes)),
            Value::Nil => f.write_str("Nil"),
            Value::List(items) => f.debug_list().entries(items).finish(),
        }
    }
}
