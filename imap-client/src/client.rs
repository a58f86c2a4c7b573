//! The blocking client: a pump that moves a [`Session`]'s bytes over a [`Transport`].
//!
//! It owns the socket and the clock and nothing else: every protocol decision (what to
//! write when, continuations, secrets, IDLE's DONE, the STARTTLS and COMPRESS switches,
//! deadlines) is made by [`Session::step`].

use std::fmt;
use std::io::{self, Read, Write};
use std::time::{Duration, Instant};

use imapkit_core::command::CommandDef;
use imapkit_core::encode::{Command, Request};
use imapkit_core::error::Error;
use imapkit_core::parse::Arena;
use imapkit_core::session::{
    Await, Completed, CompressionStats, ExchangeHandler, Execute, IdleWatch, Pending, Reading, Session, SessionOptions,
    Step,
};
use imapkit_core::types::borrowed::FetchRef;

use crate::auth::Mechanism;
use crate::commands::{AuthenticateResponse, Commands, IdleResponse};
use crate::trace::{Direction, TraceLevel, Tracer};
use crate::transport::{ConnectOptions, Connection, TlsInfo, TlsOptions, Transport};

/// A blocking IMAP client over a [`Transport`]: by default its own [`Connection`] (TCP, TLS,
/// or a child process).
///
/// Every call is bounded in time by default: the server must send something at least every
/// 60 s while it owes an answer, and a command must complete within 5 minutes
/// ([`SessionOptions::read_timeout`], [`SessionOptions::command_timeout`]; set them with
/// [`Client::with_options`] or [`Client::connect_with`]). An IDLE is bounded by its own
/// deadline instead.
pub struct Client<T: Transport = Connection> {
    stream: T,
    session: Session,
    buffer: crate::buffer::ReadBuffer,
    tls: Option<TlsOptions>,
    tracer: Tracer,
    source: Option<Box<dyn Read + Send>>,
    /// The transport was shut down after the session ended.
    shut_down: bool,
}

impl<T: Transport> fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client").field("session", &self.session).field("trace_level", &self.tracer.level).finish()
    }
}

impl Client<Connection> {
    /// Connects with plain TCP (port [`crate::PORT`], 143, by convention) and reads the greeting.
    /// Passwords are refused on such a connection to another host ([`Client::allow_insecure_auth`]).
    ///
    /// ```no_run
    /// let client = imapkit::Client::connect("127.0.0.1", imapkit::PORT)?;
    /// println!("{:?}", client.session().state());
    /// # Ok::<(), imapkit::Error>(())
    /// ```
    pub fn connect(host: &str, port: u16) -> Result<Client<Connection>, Error> {
        Client::connect_with(&ConnectOptions::new(host, port), None)
    }

    /// Connects with implicit TLS (port [`crate::TLS_PORT`], 993, by convention) and reads the
    /// greeting.
    ///
    /// ```no_run
    /// use imapkit::{Client, TlsOptions};
    /// let client = Client::connect_tls("imap.example.com", imapkit::TLS_PORT, TlsOptions::default())?;
    /// println!("{:?}", client.tls_info().and_then(|tls| tls.protocol));
    /// # Ok::<(), imapkit::Error>(())
    /// ```
    pub fn connect_tls(host: &str, port: u16, tls: TlsOptions) -> Result<Client<Connection>, Error> {
        Client::connect_with(&ConnectOptions::new(host, port), Some(tls))
    }

    /// Connects with plain TCP, then upgrades with STARTTLS before anything else. Fails —
    /// never falls back to plaintext — if the server does not offer STARTTLS.
    ///
    /// ```no_run
    /// use imapkit::{Client, TlsOptions};
    /// let tls = TlsOptions::with_ca_file("/etc/ssl/company-ca.pem");
    /// let client = Client::connect_starttls("mail.internal", imapkit::PORT, tls)?;
    /// # drop(client);
    /// # Ok::<(), imapkit::Error>(())
    /// ```
    pub fn connect_starttls(host: &str, port: u16, tls: TlsOptions) -> Result<Client<Connection>, Error> {
        let mut client = Client::connect_with(&ConnectOptions::new(host, port), None)?;
        client.tls = Some(tls);
        client.starttls()?;
        Ok(client)
    }

    /// Connects as `options` say, plain or with implicit TLS. Its `read_timeout` is the
    /// session's ([`SessionOptions::read_timeout`]; `None` waits forever).
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use imapkit::{Client, ConnectOptions, TlsOptions};
    /// let mut options = ConnectOptions::new("imap.example.com", imapkit::TLS_PORT);
    /// options.connect_timeout = Some(Duration::from_secs(5));
    /// options.read_timeout = Some(Duration::from_secs(20));
    /// let client = Client::connect_with(&options, Some(TlsOptions::default()))?;
    /// # drop(client);
    /// # Ok::<(), imapkit::Error>(())
    /// ```
    pub fn connect_with(options: &ConnectOptions, tls: Option<TlsOptions>) -> Result<Client<Connection>, Error> {
        let session = SessionOptions { read_timeout: options.read_timeout, ..SessionOptions::default() };
        Client::connect_with_session(options, tls, session)
    }

    /// [`Client::connect_with`] with every session option given (timeouts, limits, tags);
    /// `options.read_timeout` applies only to connecting and the TLS handshake then.
    pub fn connect_with_session(
        options: &ConnectOptions,
        tls: Option<TlsOptions>,
        session: SessionOptions,
    ) -> Result<Client<Connection>, Error> {
        let connection = match &tls {
            Some(tls) => Connection::tls(options, tls)?,
            None => Connection::tcp(options)?,
        };
        let mut client = Client::with_options(connection, session)?;
        client.tls = tls;
        Ok(client)
    }

    /// Runs `command` with `sh -c` and talks IMAP over its stdin/stdout (imaplib's
    /// `IMAP4_stream`), e.g. `"ssh mailhost exec /usr/lib/dovecot/imap"`.
    ///
    /// ```no_run
    /// use imapkit::Commands;
    /// // Dovecot started as a child: already authenticated (PREAUTH) as the local user.
    /// let mut client = imapkit::Client::spawn("/usr/lib/dovecot/imap")?;
    /// client.select("INBOX", None)?;
    /// # Ok::<(), imapkit::Error>(())
    /// ```
    pub fn spawn(command: &str) -> Result<Client<Connection>, Error> {
        Client::spawn_with(command, SessionOptions::default())
    }

    /// [`Client::spawn`] with session options.
    pub fn spawn_with(command: &str, session: SessionOptions) -> Result<Client<Connection>, Error> {
        Client::with_options(Connection::spawn_shell(command)?, session)
    }
}

impl<T: Transport> Client<T> {
    /// Reads the greeting from `stream` and returns a client ready for commands.
    pub fn new(stream: T) -> Result<Client<T>, Error> {
        Client::with_options(stream, SessionOptions::default())
    }

    /// [`Client::new`] with session options (tags, parser limits, capability checks,
    /// timeouts).
    pub fn with_options(stream: T, options: SessionOptions) -> Result<Client<T>, Error> {
        let mut session = Session::new(options);
        session.set_secure(stream.is_secure());
        let mut client = Client {
            stream,
            session,
            buffer: crate::buffer::ReadBuffer::default(),
            tls: None,
            tracer: Tracer::default(),
            source: None,
            shut_down: false,
        };
        client.pump(Await::Greeting, None, Reading::Owned(None))?;
        client.session.greeted()?;
        Ok(client)
    }

    /// The protocol session: state, capabilities, unsolicited responses.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The protocol session, mutably (assume capabilities, drain unsolicited responses).
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    /// The transport (imaplib's `socket()`: `client.stream().socket()` for a [`Connection`]).
    pub fn stream(&self) -> &T {
        &self.stream
    }

    /// The transport, mutably. Bytes written here bypass the session.
    pub fn stream_mut(&mut self) -> &mut T {
        &mut self.stream
    }

    /// Gives back the transport.
    pub fn into_inner(self) -> T {
        self.stream
    }

    /// TLS settings used by STARTTLS.
    pub fn set_tls_options(&mut self, tls: TlsOptions) {
        self.tls = Some(tls);
    }

    /// The negotiated TLS session (imaplib's `IMAP4_SSL.ssl()`).
    pub fn tls_info(&self) -> Option<TlsInfo> {
        self.stream.tls_info()
    }

    /// Allows passwords over an unencrypted connection to another host. Off by default:
    /// LOGIN, AUTHENTICATE PLAIN/LOGIN and any `secret` argument are refused there.
    pub fn allow_insecure_auth(&mut self, allow: bool) {
        self.session.allow_insecure_auth(allow);
    }

    /// Sets the trace level (imaplib's `debug`).
    pub fn set_trace_level(&mut self, level: TraceLevel) {
        self.tracer.level = level;
    }

    /// Also sends every trace line to `sink` (the CLI's `--trace`, tests).
    pub fn set_trace_sink(&mut self, sink: impl FnMut(Direction, &str) + Send + 'static) {
        self.tracer.set_sink(sink);
    }

    /// Calls `observer` with the byte count of every read from and every write to the
    /// transport (a progress bar for long FETCH and APPEND, as the `imap` program draws).
    /// Writes are made in pieces of at most 64 KiB while an observer is set, so a large
    /// literal reports as it goes. Replaces any earlier observer.
    pub fn set_io_observer(&mut self, observer: impl FnMut(Direction, usize) + Send + 'static) {
        self.tracer.set_observer(Some(Box::new(observer)));
    }

    /// Removes the observer set by [`Client::set_io_observer`].
    pub fn clear_io_observer(&mut self) {
        self.tracer.set_observer(None);
    }

    // ------------------------------------------------------------------ the pump

    /// Steps the session until what is awaited happened, doing the I/O it asks for.
    fn pump(
        &mut self,
        awaiting: Await<'_>,
        mut handler: Option<&mut (dyn ExchangeHandler + '_)>,
        mut reading: Reading<'_>,
    ) -> Result<(), Error> {
        self.tracer.prepare(&mut self.session);
        // Reads are timed by the session; the transport's own timeout comes back afterwards.
        let own_timeout = self.stream.read_timeout().ok();
        let result = loop {
            let step = self.session.step(awaiting, handler.as_deref_mut(), &mut reading, Instant::now());
            self.tracer.input(&mut self.session);
            let done = match step {
                Step::Write => self.flush(),
                Step::Read { until } => self.fill(until),
                Step::StartTls => self.start_tls(),
                Step::Done => break Ok(()),
            };
            if let Err(error) = done {
                break Err(error);
            }
        };
        if let Some(own) = own_timeout {
            let _ = self.stream.set_read_timeout(own);
        }
        result
    }

    /// Runs the command `tag` to completion and returns its result.
    fn run(
        &mut self,
        tag: &str,
        handler: Option<&mut dyn ExchangeHandler>,
        reading: Reading<'_>,
    ) -> Result<Completed, Error> {
        let span = crate::trace::command_span(&self.session, tag);
        let entered = span.enter();
        let pumped = self.pump(Await::Command(tag), handler, reading);
        drop(entered);
        if let Err(error) = pumped {
            crate::trace::record_error(&span, &error);
            return Err(error);
        }
        let result = self.session.take_completed(tag).unwrap_or_else(|| {
            Err(self.session.failure().unwrap_or_else(|| Error::Protocol(format!("no command {tag:?} in flight"))))
        });
        crate::trace::record_outcome(&span, &result);
        self.tracer.completed(tag, &result);
        self.session.release_buffers();
        self.buffer.relax();
        if self.session.is_closed() && !self.shut_down {
            // After BYE or LOGOUT (or a broken connection) the transport is closed once.
            self.shut_down = true;
            let _ = self.stream.shutdown();
        }
        result
    }

    /// Reads once, waiting at most until `until`, and feeds the session. A wait that ends
    /// with nothing read is not an error: the session decides what the time means.
    fn fill(&mut self, until: Option<Instant>) -> Result<(), Error> {
        let timeout = until.map(|at| at.saturating_duration_since(Instant::now()).max(Duration::from_millis(1)));
        // A transport that cannot time out waits as long as it takes.
        let _ = self.stream.set_read_timeout(timeout);
        match self.stream.read(self.buffer.space()) {
            Ok(0) => {
                self.session.peer_closed();
                Ok(())
            }
            Ok(n) => {
                self.session.feed(self.buffer.filled(n));
                Ok(())
            }
            Err(error)
                if matches!(
                    error.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
                ) =>
            {
                Ok(())
            }
            Err(error) => {
                self.session.mark_broken(format!("read failed: {error}"));
                Err(Error::Io(error))
            }
        }
    }

    fn flush(&mut self) -> Result<(), Error> {
        let mut first = true;
        while let Some(chunk) = self.session.next_chunk() {
            self.tracer.chunk(first, &chunk.trace);
            first = false;
            if let Some(len) = chunk.external_before {
                self.stream_source(len)?;
            }
            let wire = self.session.encode_outgoing(&chunk.bytes)?.into_owned();
            self.write_wire(&wire)?;
        }
        Ok(())
    }

    fn write_wire(&mut self, bytes: &[u8]) -> Result<(), Error> {
        let written = bytes.chunks(64 * 1024).try_for_each(|piece| {
            self.stream.write_all(piece)?;
            self.tracer.wrote(piece.len());
            Ok::<(), io::Error>(())
        });
        if let Err(error) = written.and_then(|()| self.stream.flush()) {
            self.session.mark_broken(format!("write failed: {error}"));
            return Err(Error::Io(error));
        }
        Ok(())
    }

    /// Copies exactly `len` bytes of the pending source (APPEND from a reader) to the stream,
    /// 64 KiB at a time. A short source leaves a literal unfinished: the connection is broken.
    fn stream_source(&mut self, len: u64) -> Result<(), Error> {
        let Some(mut source) = self.source.take() else {
            self.session.mark_broken("a streamed literal without a source");
            return Err(Error::Protocol("a streamed literal has no source to read from".into()));
        };
        let mut piece = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let want = piece.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            let n = match source.read(&mut piece[..want]) {
                Ok(0) => {
                    self.session.mark_broken("the APPEND source ended early");
                    return Err(Error::Protocol(format!("the source ended {left} bytes before its declared length")));
                }
                Ok(n) => n,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    self.session.mark_broken(format!("reading the APPEND source failed: {error}"));
                    return Err(Error::Io(error));
                }
            };
            let wire = self.session.encode_outgoing(&piece[..n])?.into_owned();
            self.write_wire(&wire)?;
            left -= n as u64;
        }
        Ok(())
    }

    /// The TLS handshake [`Step::StartTls`] asks for.
    fn start_tls(&mut self) -> Result<(), Error> {
        let Some(tls) = self.tls.clone() else {
            self.session.mark_broken("STARTTLS without TLS options");
            return Err(Error::Refused("STARTTLS needs TLS options (Client::set_tls_options)".into()));
        };
        if let Err(error) = self.stream.start_tls(&tls) {
            self.session.mark_broken(format!("TLS handshake failed: {error}"));
            return Err(Error::Io(error));
        }
        self.session.transport_secured();
        Ok(())
    }

    // ------------------------------------------------------------------ calls beyond the table

    /// Asks for the capabilities now (after login and STARTTLS they are forgotten unless the
    /// server sent them with its reply).
    pub fn refresh_capabilities(&mut self) -> Result<Vec<String>, Error> {
        Ok(self.capability()?.capabilities)
    }

    /// The capabilities, asking the server if they are not current.
    pub fn capabilities(&mut self) -> Result<Vec<String>, Error> {
        let (known, current) = self.session.capabilities();
        if current {
            return Ok(known.to_vec());
        }
        self.refresh_capabilities()
    }

    /// The mailbox with a special use (RFC 6154), e.g. where to save sent mail, asked the way
    /// the server understands: `LIST (SPECIAL-USE) "" "*"` where SPECIAL-USE is advertised
    /// (IMAP4rev2 includes it), else Gmail's `XLIST "" "*"` where XLIST is (its `\AllMail`,
    /// `\Spam`, `\Starred` read as All, Junk, Flagged), else a plain `LIST "" "*"`, whose
    /// attributes some servers mark anyway. `None` when no mailbox has that use.
    ///
    /// ```no_run
    /// use imapkit::types::SpecialUse;
    /// # fn demo(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
    /// if let Some(sent) = client.special_use_mailbox(&SpecialUse::Sent)? {
    ///     println!("sent mail goes to {sent}");
    /// }
    /// # Ok(()) }
    /// ```
    pub fn special_use_mailbox(
        &mut self,
        special_use: &imapkit_core::types::SpecialUse,
    ) -> Result<Option<imapkit_core::types::Mailbox>, Error> {
        self.capabilities()?;
        let found = match special_use_source(&self.session) {
            SpecialUseSource::List => self.list(Some(&crate::ListSelection::special_use()), "", "*", None)?.list,
            SpecialUseSource::Xlist => self.xlist("", "*")?.list,
            SpecialUseSource::PlainList => self.list(None, "", "*", None)?.list,
        };
        Ok(found.into_iter().find(|item| item.is_special_use(special_use)).map(|item| item.mailbox))
    }

    /// AUTHENTICATE with a SASL mechanism; its first message goes with the command when the
    /// server advertises SASL-IR (RFC 4959), else at the first challenge. SCRAM also checks
    /// that the server knew the password.
    ///
    /// ```no_run
    /// use imapkit::auth::{Plain, Scram, XOAuth2};
    /// # fn demo(client: &mut imapkit::Client, token: &str) -> Result<(), imapkit::Error> {
    /// client.authenticate_with(Scram::sha256("alice", "password"))?;
    /// # client.authenticate_with(Plain::new("alice", "password"))?;
    /// # client.authenticate_with(XOAuth2::new("alice@example.com", token))?;
    /// # Ok(()) }
    /// ```
    pub fn authenticate_with<M: Mechanism>(&mut self, mechanism: M) -> Result<AuthenticateResponse, Error> {
        let (request, mut exchange) = crate::auth::authenticate_request(&self.session, mechanism)?;
        let done = self.execute(request.into_command(), Some(&mut exchange)).map(AuthenticateResponse::from)?;
        crate::auth::verify_server(&mut self.session, &exchange)?;
        Ok(done)
    }

    /// imaplib's `login_cram_md5`.
    ///
    /// ```no_run
    /// # fn demo(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
    /// client.login_cram_md5("alice", "password")?;
    /// # Ok(()) }
    /// ```
    pub fn login_cram_md5(&mut self, user: &str, password: &str) -> Result<AuthenticateResponse, Error> {
        self.authenticate_with(crate::auth::CramMd5::new(user, password))
    }

    /// IDLE until the server reports something or `timeout` passes, then DONE (RFC 2177).
    /// Returns what arrived. Servers drop idle clients after 30 minutes; use less.
    ///
    /// `timeout` bounds the whole wait: keep-alives the server sends meanwhile (`* OK Still
    /// here`, queued as unsolicited responses) do not extend it. After DONE, the tagged reply
    /// is due within the session's read timeout, however much the server keeps talking.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use imapkit::Commands;
    /// # fn demo(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
    /// client.select("INBOX", None)?;
    /// let updates = client.idle_wait(Duration::from_secs(25 * 60))?;
    /// println!("{:?} messages, {} expunged", updates.exists, updates.expunged.len());
    /// # Ok(()) }
    /// ```
    pub fn idle_wait(&mut self, timeout: Duration) -> Result<IdleResponse, Error> {
        self.idle(&mut IdleWatch::new(Some(Instant::now() + timeout), true, |_| {}))
    }

    /// imaplib's `xatom(name, args...)`: sends a command the table does not know, with its
    /// arguments as raw text (each refused if it holds CR, LF or NUL), in any state; untagged
    /// responses named `name` are collected. Prefer a table line (`command_table!`), which
    /// gives typed arguments and results.
    pub fn xatom(&mut self, name: &str, args: &[&str]) -> Result<Completed, Error> {
        self.execute(xatom_command(name, args)?, None)
    }

    /// APPEND of one message streamed from `reader`, which must give exactly the length of
    /// `message` (made with [`imapkit_core::encode::AppendMessage::streamed`]): memory stays flat
    /// whatever the message size.
    ///
    /// ```no_run
    /// use imapkit::AppendMessage;
    /// # fn demo(client: &mut imapkit::Client) -> Result<(), imapkit::Error> {
    /// let file = std::fs::File::open("big.eml")?;
    /// let len = file.metadata()?.len();
    /// client.append_reader("Archive", AppendMessage::streamed(len), file)?;
    /// # Ok(()) }
    /// ```
    pub fn append_reader(
        &mut self,
        mailbox: &str,
        message: imapkit_core::encode::AppendMessage,
        reader: impl Read + Send + 'static,
    ) -> Result<crate::commands::AppendResponse, Error> {
        let request = append_reader_request(mailbox, message)?;
        self.source = Some(Box::new(reader));
        let result = self.execute(request.into_command(), None).map(crate::commands::AppendResponse::from);
        self.source = None;
        result
    }

    /// imaplib's `send(data)` for experts: writes bytes as they are, bypassing the session.
    pub fn send_raw(&mut self, data: &[u8]) -> Result<(), Error> {
        self.tracer.trace(TraceLevel::Wire, Direction::Sent, data);
        self.stream.write_all(data)?;
        self.stream.flush()?;
        Ok(())
    }

    /// Reads once for the raw helpers: a timeout or the end of input is an error here.
    fn fill_raw(&mut self) -> Result<(), Error> {
        let timeout = self.session.options().read_timeout;
        let _ = self.stream.set_read_timeout(timeout);
        match self.stream.read(self.buffer.space()) {
            Ok(0) => {
                self.session.peer_closed();
                Err(Error::Protocol("connection closed by the server".into()))
            }
            Ok(n) => {
                self.session.feed(self.buffer.filled(n));
                Ok(())
            }
            Err(error) if matches!(error.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => {
                Err(Error::Timeout(format!("no data from the server within {timeout:?}")))
            }
            Err(error) => Err(Error::Io(error)),
        }
    }

    /// imaplib's `readline()` for experts: the next raw line from the server.
    pub fn read_line_raw(&mut self) -> Result<Vec<u8>, Error> {
        loop {
            if let Some(line) = self.session.take_raw_line() {
                return Ok(line);
            }
            self.fill_raw()?;
        }
    }

    /// imaplib's `read(size)` for experts: exactly `size` raw bytes from the server.
    pub fn read_raw(&mut self, size: usize) -> Result<Vec<u8>, Error> {
        let mut out = Vec::with_capacity(size.min(1 << 20));
        while out.len() < size {
            let more = self.session.take_raw(size - out.len());
            if more.is_empty() {
                self.fill_raw()?;
            }
            out.extend(more);
        }
        Ok(out)
    }

    /// imaplib's `shutdown()`: closes the transport without LOGOUT.
    pub fn shutdown(&mut self) -> Result<(), Error> {
        self.session.mark_broken("shut down by the client");
        self.shut_down = true;
        self.stream.shutdown()?;
        Ok(())
    }

    /// Whether COMPRESS is on, and how much it saved: bytes before and after compression in
    /// each direction since it took effect. `None` on an uncompressed connection.
    pub fn compression(&self) -> Option<CompressionStats> {
        self.session.compression()
    }

    // ------------------------------------------------------------------ pipelining

    /// Pipelining: sends a built request (from a `build::…` function, or any [`Command`]
    /// made into a `Request<Completed>`) without waiting for its reply. Send several, then
    /// [`Client::wait`] for each, in any order, for the same result type the direct method
    /// returns. State checks use the state at sending time, so do not pipeline behind LOGIN,
    /// SELECT or other state-changing commands. Commands whose answers could not be told
    /// apart (two SEARCHes, FETCH and STORE) are held by the session and written one after
    /// the other.
    ///
    /// ```no_run
    /// use imapkit::{build, Client};
    /// # fn demo(client: &mut Client) -> Result<(), imapkit::Error> {
    /// let inbox = client.send(build::status("INBOX", "(MESSAGES UIDNEXT)")?)?;
    /// let flags = client.send(build::fetch("1:*", "(UID FLAGS)")?)?;
    /// let status = client.wait(inbox)?; // a StatusResponse
    /// let fetches = client.wait(flags)?.fetches; // a FetchResponse's Vec<Fetch>
    /// # Ok(()) }
    /// ```
    pub fn send<R>(&mut self, request: Request<R>) -> Result<Pending<R>, Error> {
        let tag = self.session.submit(request.into_command())?;
        self.flush()?;
        Ok(Pending::new(tag))
    }

    /// Waits for a command sent with [`Client::send`] and returns its typed result. A tagged
    /// NO or BAD is an error, as with the direct call.
    pub fn wait<R: From<Completed>>(&mut self, pending: Pending<R>) -> Result<R, Error> {
        self.run(pending.tag(), None, Reading::Owned(None)).map(R::from)
    }

    /// Runs a FETCH or UID FETCH whose body data (`BODY[…]`, `BINARY[…]`, `RFC822…` sent as
    /// literals, as servers send message data) goes to `writer` as it arrives, back to back in
    /// response order, so memory does not grow with message size and the writer gets exactly
    /// the message bytes. In the result, those items are `FetchAttr::Streamed { len, .. }`.
    /// A body the server sends as a quoted string instead (an empty one, say) stays in the
    /// result. Returns the result and the number of bytes written.
    ///
    /// ```no_run
    /// use imapkit::{build, Client};
    /// # fn demo(client: &mut Client) -> Result<(), imapkit::Error> {
    /// let mut file = std::fs::File::create("message.eml")?;
    /// let (_, written) = client.fetch_to_writer(build::uid_fetch(42, "BODY.PEEK[]")?, &mut file)?;
    /// # Ok(()) }
    /// ```
    pub fn fetch_to_writer<R: From<Completed>>(
        &mut self,
        request: Request<R>,
        writer: &mut dyn Write,
    ) -> Result<(R, u64), Error> {
        let mut sink = imapkit_core::parse::WriteSink::new(writer);
        let pending = self.send(request)?;
        self.session.stream_literals_over(Some(0));
        let result = self.run(pending.tag(), None, Reading::Owned(Some(&mut sink)));
        self.session.stream_literals_over(None);
        let done = result?;
        let written = sink.written();
        if let (_, Some(error)) = sink.into_inner() {
            return Err(Error::Io(error));
        }
        Ok((R::from(done), written))
    }

    /// Runs a FETCH or UID FETCH and hands each FETCH response to `visit` as it arrives,
    /// parsed in borrowed form ([`imapkit_core::parse::parse_response_ref`]: strings point into
    /// the read buffer, nodes into an arena reset after each response) instead of collecting
    /// owned values. For going through many messages once (indexing, syncing) at about 2.5
    /// times the parse speed and with memory that does not grow with the number of messages.
    /// `visit` cannot keep the borrowed values; `FetchRef::into_owned` gives an owned copy.
    /// Returns the result, without the FETCH responses.
    ///
    /// ```no_run
    /// use imapkit::{build, Client};
    /// # fn demo(client: &mut Client) -> Result<(), imapkit::Error> {
    /// let mut subjects = Vec::new();
    /// client.fetch_each(build::uid_fetch("1:*", "(UID ENVELOPE)")?, |fetch| {
    ///     let subject = fetch.envelope().and_then(|e| e.subject).unwrap_or_default();
    ///     subjects.push((fetch.uid(), String::from_utf8_lossy(subject).into_owned()));
    /// })?;
    /// # Ok(()) }
    /// ```
    pub fn fetch_each<R: From<Completed>>(
        &mut self,
        request: Request<R>,
        mut visit: impl FnMut(FetchRef<'_>),
    ) -> Result<R, Error> {
        let mut arena = Arena::new();
        let pending = self.send(request)?;
        self.run(pending.tag(), None, Reading::Borrowed(&mut arena, &mut visit)).map(R::from)
    }
}

impl<T: Transport> Execute for Client<T> {
    fn execute(&mut self, command: Command, handler: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error> {
        let tag = self.session.submit(command)?;
        self.run(&tag, handler, Reading::Owned(None))
    }
}

/// The command imaplib's `xatom(name, args...)` sends: `name` as a runtime table line, each
/// argument raw (refused if it holds CR, LF or NUL). Both clients use it.
pub(crate) fn xatom_command(name: &str, args: &[&str]) -> Result<Command, Error> {
    let def = CommandDef::runtime(name).ok_or_else(|| {
        Error::Arg(imapkit_core::encode::ArgError {
            argument: "name".into(),
            reason: format!("{name:?} is not an IMAP command name (atoms separated by single spaces)"),
        })
    })?;
    let mut builder = imapkit_core::encode::CommandBuilder::new(def);
    for arg in args {
        builder.arg::<imapkit_core::encode::kinds::Raw>("args", *arg)?;
    }
    Ok(builder.finish())
}

/// The APPEND of one message whose bytes come from a reader (both clients' `append_reader`).
pub(crate) fn append_reader_request(
    mailbox: &str,
    message: imapkit_core::encode::AppendMessage,
) -> Result<Request<crate::commands::AppendResponse>, Error> {
    if message.external_len.is_none() {
        return Err(Error::Arg(imapkit_core::encode::ArgError {
            argument: "message".into(),
            reason: "append_reader needs AppendMessage::streamed(len)".into(),
        }));
    }
    crate::build::append(mailbox, [message])
}

/// Where [`Client::special_use_mailbox`] (and the async client's) asks.
pub(crate) enum SpecialUseSource {
    List,
    Xlist,
    PlainList,
}

/// SPECIAL-USE's LIST option where the server has it, else XLIST, else a plain LIST.
pub(crate) fn special_use_source(session: &imapkit_core::session::Session) -> SpecialUseSource {
    if session.has_capability("SPECIAL-USE") {
        SpecialUseSource::List
    } else if session.has_capability("XLIST") {
        SpecialUseSource::Xlist
    } else {
        SpecialUseSource::PlainList
    }
}
