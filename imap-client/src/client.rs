//! The blocking client: a loop that moves a [`Session`]'s chunks over a stream.

use std::io::{Read, Write};

use imap_core::encode::Command;
use imap_core::error::Error;
use imap_core::session::{Completed, Event, ExchangeHandler, ExchangeReply, Execute, Session, SessionOptions};

/// A blocking IMAP client over any `Read + Write` stream.
#[derive(Debug)]
pub struct Client<T> {
    stream: T,
    session: Session,
    buffer: Vec<u8>,
}

impl<T: Read + Write> Client<T> {
    /// Reads the greeting from `stream` and returns a client ready for commands.
    pub fn new(stream: T) -> Result<Client<T>, Error> {
        Client::with_options(stream, SessionOptions::default())
    }

    /// [`Client::new`] with session options.
    pub fn with_options(stream: T, options: SessionOptions) -> Result<Client<T>, Error> {
        let mut client = Client { stream, session: Session::new(options), buffer: vec![0; 64 * 1024] };
        while client.session.greeting().is_none() {
            match client.session.poll()? {
                Some(_) => {}
                None => client.fill()?,
            }
        }
        if let Some(why) = client.session.broken() {
            return Err(Error::Protocol(format!("server refused the connection: {why}")));
        }
        Ok(client)
    }

    /// The protocol session (state, capabilities, unsolicited responses).
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The protocol session, mutably (assume capabilities, drain unsolicited responses).
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    /// The underlying stream.
    pub fn stream(&self) -> &T {
        &self.stream
    }

    /// The underlying stream, mutably (careful: bytes written here bypass the session).
    pub fn stream_mut(&mut self) -> &mut T {
        &mut self.stream
    }

    /// Gives back the stream.
    pub fn into_inner(self) -> T {
        self.stream
    }

    fn fill(&mut self) -> Result<(), Error> {
        let n = match self.stream.read(&mut self.buffer) {
            Ok(n) => n,
            Err(error) => {
                self.session.mark_broken(format!("read failed: {error}"));
                return Err(Error::Io(error));
            }
        };
        if n == 0 {
            self.session.mark_broken("connection closed by the server");
            return Err(Error::Protocol("connection closed by the server".into()));
        }
        self.session.feed(&self.buffer[..n]);
        Ok(())
    }

    fn flush(&mut self) -> Result<(), Error> {
        while let Some(chunk) = self.session.next_chunk() {
            if let Err(error) = self.stream.write_all(&chunk.bytes).and_then(|()| self.stream.flush()) {
                self.session.mark_broken(format!("write failed: {error}"));
                return Err(Error::Io(error));
            }
        }
        Ok(())
    }
}

impl<T: Read + Write> Execute for Client<T> {
    fn execute(&mut self, command: Command, mut handler: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error> {
        let tag = self.session.submit(command)?;
        loop {
            self.flush()?;
            if let Some(result) = self.session.take_completed(&tag) {
                return result;
            }
            match self.session.poll()? {
                Some(Event::Continuation(request)) => {
                    let Some(handler) = handler.as_deref_mut() else {
                        self.session.mark_broken("unexpected continuation request");
                        return Err(Error::Protocol(format!("unexpected continuation request: {:?}", request.text)));
                    };
                    match handler.continuation(&request)? {
                        ExchangeReply::Send { line, secret } => self.session.send_continuation(&line, secret),
                        ExchangeReply::Cancel => self.session.send_continuation(b"*", false),
                        ExchangeReply::Wait => {}
                    }
                }
                Some(_) => {}
                None => self.fill()?,
            }
        }
    }
}
