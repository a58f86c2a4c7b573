//! The one error type, with imaplib's three kinds: [`ErrorKind::Error`] (the command failed,
//! the connection is fine), [`ErrorKind::Abort`] (the connection is unusable) and
//! [`ErrorKind::ReadOnly`] (the selected mailbox became read-only).

use std::fmt;
use std::io;

use crate::command::State;
use crate::encode::ArgError;
use crate::types::{Code, Status};

/// imaplib's three exception classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `IMAP4.error`: this command failed; the connection can go on.
    Error,
    /// `IMAP4.abort`: the connection is broken or closed; make a new one.
    Abort,
    /// `IMAP4.readonly`: the mailbox was opened read-write and became read-only.
    ReadOnly,
}

/// Everything that can go wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The server answered the command with a tagged NO.
    No {
        /// The command's wire name.
        command: String,
        /// The response code, if any (`TRYCREATE`, `OVERQUOTA`, ...).
        code: Option<Code>,
        /// The server's text.
        text: String,
    },
    /// The server answered the command with a tagged BAD.
    Bad {
        /// The command's wire name.
        command: String,
        /// The response code, if any.
        code: Option<Code>,
        /// The server's text.
        text: String,
    },
    /// The command is not allowed in the current connection state; nothing was sent.
    State {
        /// The command's wire name.
        command: String,
        /// The current state.
        current: State,
        /// The states its table line allows.
        allowed: Vec<State>,
    },
    /// The command needs a capability the server did not advertise; nothing was sent.
    /// `Session::assume_capability` overrides this for servers that do not advertise truly.
    Capability {
        /// The command's wire name.
        command: String,
        /// The missing capability.
        capability: String,
    },
    /// The server advertised a capability that forbids the command (LOGINDISABLED); nothing
    /// was sent.
    Forbidden {
        /// The command's wire name.
        command: String,
        /// The capability.
        capability: String,
    },
    /// An argument cannot be sent; nothing was sent.
    Arg(ArgError),
    /// The client refused to do something unsafe (e.g. a password in clear over a network).
    Refused(String),
    /// The server said BYE: the connection is over.
    Bye(Status),
    /// The server broke the protocol in a way that leaves the connection unusable.
    Protocol(String),
    /// Reading or writing the connection failed.
    Io(io::Error),
    /// The connection was already unusable when the command was issued.
    Closed,
    /// The selected mailbox, opened read-write, became read-only.
    ReadOnly(String),
    /// The server sent more for one command than the session's limits allow
    /// (`SessionOptions::max_command_responses`, `max_command_bytes`); the command's tagged
    /// reply was still read, so the connection goes on.
    Limit(String),
    /// A response to the command did not parse and the session is strict
    /// (`SessionOptions::strict`); the connection goes on.
    Unparsed {
        /// The command's wire name.
        command: String,
        /// The response, its bytes and what was wrong.
        response: crate::types::Unparsed,
    },
    /// A read, the command or the connection attempt took longer than allowed: the
    /// connection is unusable (the server may still answer later).
    Timeout(String),
}

impl Error {
    /// Which of imaplib's three exceptions this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::No { .. }
            | Error::Bad { .. }
            | Error::State { .. }
            | Error::Capability { .. }
            | Error::Forbidden { .. }
            | Error::Arg(_) => ErrorKind::Error,
            Error::Refused(_) | Error::Limit(_) | Error::Unparsed { .. } => ErrorKind::Error,
            Error::Bye(_) | Error::Protocol(_) | Error::Io(_) | Error::Closed | Error::Timeout(_) => ErrorKind::Abort,
            Error::ReadOnly(_) => ErrorKind::ReadOnly,
        }
    }

    /// Whether the connection is unusable after this error.
    pub fn is_abort(&self) -> bool {
        self.kind() == ErrorKind::Abort
    }

    /// The response code of a tagged NO or BAD.
    pub fn code(&self) -> Option<&Code> {
        match self {
            Error::No { code, .. } | Error::Bad { code, .. } => code.as_ref(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = |code: &Option<Code>| code.as_ref().map(|c| format!("[{}] ", c.name())).unwrap_or_default();
        match self {
            Error::No { command, code: c, text } => write!(f, "{command} failed: NO {}{text}", code(c)),
            Error::Bad { command, code: c, text } => write!(f, "{command} rejected: BAD {}{text}", code(c)),
            Error::State { command, current, allowed } => {
                let allowed: Vec<String> = allowed.iter().map(ToString::to_string).collect();
                write!(f, "{command} is not allowed in the {current} state (allowed: {})", allowed.join(", "))
            }
            Error::Capability { command, capability } => {
                write!(f, "{command} needs the server capability {capability}, which it did not advertise")
            }
            Error::Forbidden { command, capability } => {
                write!(
                    f,
                    "{command} is disabled: the server advertises {capability} (use AUTHENTICATE, or STARTTLS first)"
                )
            }
            Error::Arg(e) => write!(f, "{e}"),
            Error::Refused(why) => write!(f, "refused: {why}"),
            Error::Bye(status) => write!(f, "server closed the connection: BYE {}", status.text),
            Error::Protocol(what) => write!(f, "protocol error: {what}"),
            Error::Io(e) => write!(f, "connection error: {e}"),
            Error::Closed => f.write_str("the connection is closed"),
            Error::ReadOnly(mailbox) => write!(f, "mailbox {mailbox:?} became read-only"),
            Error::Limit(what) => write!(f, "limit exceeded: {what}"),
            Error::Unparsed { command, response } => write!(
                f,
                "{command}: a response did not parse ({}): {}",
                response.error,
                crate::text::escape(&response.raw[..response.raw.len().min(200)])
            ),
            Error::Timeout(what) => write!(f, "timed out: {what}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(e) => Some(e),
            Error::Arg(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ArgError> for Error {
    fn from(e: ArgError) -> Error {
        Error::Arg(e)
    }
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Io(e)
    }
}
