//! The blocking client: a loop that moves a [`Session`]'s chunks over a [`Transport`].

use std::fmt;
use std::io::{self, Read, Write};
use std::time::{Duration, Instant};

use imap_core::command::Exchange;
use imap_core::encode::{Command, Part};
use imap_core::error::Error;
use imap_core::parse::{Arena, LiteralSink};
use imap_core::session::{Completed, Event, ExchangeHandler, ExchangeReply, Execute, Session, SessionOptions};
use imap_core::text::escape;
use imap_core::types::borrowed::FetchRef;
use imap_core::types::{Continuation, Untagged};

use crate::auth::{Mechanism, SaslExchange};
use crate::commands::{AuthenticateResponse, Commands, IdleResponse};
use crate::compress::{CompressionStats, Deflate};
use crate::transport::{ConnectOptions, Connection, TlsInfo, TlsOptions, Transport};

/// How the responses of a running command are read.
enum Reading<'r> {
    /// Parsed into owned values; FETCH body literals over the threshold go to the sink.
    Owned(Option<&'r mut dyn LiteralSink>),
    /// FETCH responses parsed borrowed into the arena and handed to the visitor.
    Borrowed(&'r mut Arena, &'r mut dyn FnMut(FetchRef<'_>)),
}

/// How much of the dialogue is traced (imaplib's `debug`), through the `log` facade (target
/// `imap::wire`, level debug) and an optional sink. Secrets are always shown as `***`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum TraceLevel {
    /// Nothing.
    #[default]
    Off,
    /// Command lines and tagged replies.
    Commands,
    /// Every byte both ways.
    Wire,
}

/// Which way traced bytes went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Client to server.
    Sent,
    /// Server to client.
    Received,
}

type TraceSink = Box<dyn FnMut(Direction, &str) + Send>;
type IoObserver = Box<dyn FnMut(Direction, usize) + Send>;

/// A blocking IMAP client over a [`Transport`]: by default its own [`Connection`] (TCP, TLS,
/// or a child process).
pub struct Client<T: Transport = Connection> {
    stream: T,
    session: Session,
    buffer: Vec<u8>,
    tls: Option<TlsOptions>,
    allow_insecure_auth: bool,
    trace_level: TraceLevel,
    trace_sink: Option<TraceSink>,
    io_observer: Option<IoObserver>,
    source: Option<Box<dyn Read + Send>>,
    /// The DEFLATE streams once COMPRESS succeeded.
    deflate: Option<Deflate>,
    /// The transport was shut down after the session ended.
    shut_down: bool,
}

impl<T: Transport> fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client").field("session", &self.session).field("trace_level", &self.trace_level).finish()
    }
}

impl Client<Connection> {
    /// Connects with plain TCP (port [`crate::PORT`], 143, by convention) and reads the greeting.
    pub fn connect(host: &str, port: u16) -> Result<Client<Connection>, Error> {
        Client::new(Connection::tcp(&ConnectOptions::new(host, port))?)
    }

    /// Connects with implicit TLS (port [`crate::TLS_PORT`], 993, by convention) and reads the
    /// greeting.
    pub fn connect_tls(host: &str, port: u16, tls: TlsOptions) -> Result<Client<Connection>, Error> {
        let connection = Connection::tls(&ConnectOptions::new(host, port), &tls)?;
        let mut client = Client::new(connection)?;
        client.tls = Some(tls);
        Ok(client)
    }

    /// Connects with plain TCP, then upgrades with STARTTLS before anything else. Fails —
    /// never falls back to plaintext — if the server does not offer STARTTLS.
    pub fn connect_starttls(host: &str, port: u16, tls: TlsOptions) -> Result<Client<Connection>, Error> {
        let mut client = Client::new(Connection::tcp(&ConnectOptions::new(host, port))?)?;
        client.tls = Some(tls);
        client.refresh_capabilities()?;
        client.starttls()?;
        Ok(client)
    }

    /// Connects as `options` say (timeouts), plain or with implicit TLS.
    pub fn connect_with(options: &ConnectOptions, tls: Option<TlsOptions>) -> Result<Client<Connection>, Error> {
        let connection = match &tls {
            Some(tls) => Connection::tls(options, tls)?,
            None => Connection::tcp(options)?,
        };
        let mut client = Client::new(connection)?;
        client.tls = tls;
        Ok(client)
    }

    /// Runs `command` with `sh -c` and talks IMAP over its stdin/stdout (imaplib's
    /// `IMAP4_stream`), e.g. `"ssh mailhost exec /usr/lib/dovecot/imap"`.
    pub fn spawn(command: &str) -> Result<Client<Connection>, Error> {
        Client::new(Connection::spawn_shell(command)?)
    }
}

impl<T: Transport> Client<T> {
    /// Reads the greeting from `stream` and returns a client ready for commands.
    pub fn new(stream: T) -> Result<Client<T>, Error> {
        Client::with_options(stream, SessionOptions::default())
    }

    /// [`Client::new`] with session options (tags, parser limits, capability checks).
    pub fn with_options(stream: T, options: SessionOptions) -> Result<Client<T>, Error> {
        let mut client = Client {
            stream,
            session: Session::new(options),
            buffer: vec![0; 64 * 1024],
            tls: None,
            allow_insecure_auth: false,
            trace_level: TraceLevel::Off,
            trace_sink: None,
            io_observer: None,
            source: None,
            deflate: None,
            shut_down: false,
        };
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
        self.allow_insecure_auth = allow;
    }

    /// Sets the trace level (imaplib's `debug`).
    pub fn set_trace_level(&mut self, level: TraceLevel) {
        self.trace_level = level;
    }

    /// Also sends every trace line to `sink` (the CLI's `--trace`, tests).
    pub fn set_trace_sink(&mut self, sink: impl FnMut(Direction, &str) + Send + 'static) {
        self.trace_sink = Some(Box::new(sink));
    }

    /// Calls `observer` with the byte count of every read from and every write to the
    /// transport (a progress bar for long FETCH and APPEND, as the `imap` program draws).
    /// Writes are made in pieces of at most 64 KiB while an observer is set, so a large
    /// literal reports as it goes. Replaces any earlier observer.
    pub fn set_io_observer(&mut self, observer: impl FnMut(Direction, usize) + Send + 'static) {
        self.io_observer = Some(Box::new(observer));
    }

    /// Removes the observer set by [`Client::set_io_observer`].
    pub fn clear_io_observer(&mut self) {
        self.io_observer = None;
    }

    fn write_chunk(&mut self, bytes: &[u8]) -> io::Result<()> {
        for piece in bytes.chunks(64 * 1024) {
            match &mut self.deflate {
                Some(deflate) => self.stream.write_all(&deflate.deflate(piece)?)?,
                None => self.stream.write_all(piece)?,
            }
            if let Some(observer) = &mut self.io_observer {
                observer(Direction::Sent, piece.len());
            }
        }
        self.stream.flush()
    }

    fn trace(&mut self, level: TraceLevel, direction: Direction, bytes: &[u8]) {
        if self.trace_level < level || self.trace_level == TraceLevel::Off {
            return;
        }
        let text = escape(bytes);
        let arrow = match direction {
            Direction::Sent => "C:",
            Direction::Received => "S:",
        };
        log::debug!(target: "imap::wire", "{arrow} {text}");
        if let Some(sink) = &mut self.trace_sink {
            sink(direction, &text);
        }
    }

    /// Reads once and feeds the session: the bytes as read, or with compression on, one
    /// inflated piece (reading only when the compressed bytes at hand give none).
    fn fill(&mut self) -> Result<(), Error> {
        loop {
            if self.deflate.is_some() && self.feed_inflated()? {
                return Ok(());
            }
            let n = match self.stream.read(&mut self.buffer) {
                Ok(n) => n,
                Err(error) if matches!(error.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) => {
                    return Err(Error::Io(error));
                }
                Err(error) => {
                    self.session.mark_broken(format!("read failed: {error}"));
                    return Err(Error::Io(error));
                }
            };
            if n == 0 {
                // A LOGOUT whose BYE arrived completes here; the rest fails.
                self.session.peer_closed();
                return Err(Error::Protocol("connection closed by the server".into()));
            }
            let data = self.buffer[..n].to_vec();
            match &mut self.deflate {
                Some(deflate) => deflate.push(&data),
                None => {
                    self.feed_plain(&data);
                    return Ok(());
                }
            }
        }
    }

    /// Feeds the session the next inflated piece, if the compressed bytes at hand give one.
    fn feed_inflated(&mut self) -> Result<bool, Error> {
        let Some(deflate) = &mut self.deflate else { return Ok(false) };
        match deflate.next_piece() {
            Ok(Some(piece)) => {
                self.feed_plain(&piece);
                Ok(true)
            }
            Ok(None) => Ok(false),
            Err(error) => {
                self.session.mark_broken(format!("compressed input: {error}"));
                Err(Error::Io(error))
            }
        }
    }

    fn feed_plain(&mut self, plain: &[u8]) {
        if let Some(observer) = &mut self.io_observer {
            observer(Direction::Received, plain.len());
        }
        self.trace(TraceLevel::Wire, Direction::Received, plain);
        self.session.feed(plain);
    }

    /// [`Client::fill`], waiting at most until `deadline`: a deadline already passed is a
    /// timeout without reading. Without a deadline, the connection's own timeout (`own`, set
    /// when a deadline may have changed it) is put back first.
    fn fill_until(&mut self, deadline: Option<Instant>, own: Option<Option<Duration>>) -> Result<(), Error> {
        match (deadline, own) {
            (Some(deadline), _) => {
                let left = deadline.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Err(Error::Io(io::Error::new(io::ErrorKind::TimedOut, "the wait's deadline passed")));
                }
                self.stream.set_read_timeout(Some(left))?;
            }
            (None, Some(own)) => self.stream.set_read_timeout(own)?,
            (None, None) => {}
        }
        self.fill()
    }

    fn flush(&mut self) -> Result<(), Error> {
        let mut first = true;
        while let Some(chunk) = self.session.next_chunk() {
            let level = if first { TraceLevel::Commands } else { TraceLevel::Wire };
            first = false;
            self.trace(level, Direction::Sent, &chunk.trace);
            if let Some(len) = chunk.external_before {
                self.stream_source(len)?;
            }
            if let Err(error) = self.write_chunk(&chunk.bytes) {
                self.session.mark_broken(format!("write failed: {error}"));
                return Err(Error::Io(error));
            }
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
            if let Err(error) = self.write_chunk(&piece[..n]) {
                self.session.mark_broken(format!("write failed: {error}"));
                return Err(Error::Io(error));
            }
            left -= n as u64;
        }
        Ok(())
    }

    /// After BYE or LOGOUT the transport is closed (once).
    fn shut_down_if_closed(&mut self) {
        if self.session.is_closed() && !self.shut_down {
            self.shut_down = true;
            let _ = self.stream.shutdown();
        }
    }

    fn insecure(&self) -> bool {
        !self.allow_insecure_auth && !self.stream.is_secure()
    }

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

    /// AUTHENTICATE with a SASL mechanism; its first message goes with the command when the
    /// server advertises SASL-IR (RFC 4959), else at the first challenge.
    pub fn authenticate_with<M: Mechanism>(&mut self, mut mechanism: M) -> Result<AuthenticateResponse, Error> {
        let initial = mechanism.initial_response();
        let name = mechanism.name().to_owned();
        let sasl_ir = self.session.has_capability("SASL-IR");
        let (with_command, pending) = match initial {
            Some(initial) if sasl_ir => {
                (Some(if initial.is_empty() { "=".to_owned() } else { crate::auth::encode(&initial) }), None)
            }
            initial => (None, initial),
        };
        let mut exchange = SaslExchange::new(mechanism, pending);
        let done = self.authenticate(name.as_str(), with_command.as_deref(), &mut exchange)?;
        if let Err(why) = exchange.mechanism().verify_success() {
            // Logged in as far as the server is concerned, but to a server that may not be the
            // one holding the password: nothing more goes over this connection.
            self.session.mark_broken(why.clone());
            return Err(Error::Protocol(why));
        }
        Ok(done)
    }

    /// imaplib's `login_cram_md5`.
    pub fn login_cram_md5(&mut self, user: &str, password: &str) -> Result<AuthenticateResponse, Error> {
        self.authenticate_with(crate::auth::CramMd5::new(user, password))
    }

    /// IDLE until the server reports something or `timeout` passes, then DONE (RFC 2177).
    /// Returns what arrived. Servers drop idle clients after 30 minutes; use less.
    ///
    /// `timeout` bounds the whole wait: keep-alives the server sends meanwhile (`* OK Still
    /// here`, queued as unsolicited responses) do not extend it. After DONE, the tagged reply
    /// is read with the connection's own read timeout.
    pub fn idle_wait(&mut self, timeout: Duration) -> Result<IdleResponse, Error> {
        self.idle(&mut IdleWatch::new(Some(Instant::now() + timeout), true, |_| {}))
    }

    /// imaplib's `xatom(name, args...)`: sends a command the table does not know, with its
    /// arguments as raw text (each refused if it holds CR, LF or NUL), in any state; untagged
    /// responses named `name` are collected. Prefer a table line (`command_table!`), which
    /// gives typed arguments and results.
    pub fn xatom(&mut self, name: &str, args: &[&str]) -> Result<Completed, Error> {
        let def = runtime_def(name)?;
        let mut builder = imap_core::encode::CommandBuilder::new(def);
        for arg in args {
            builder.arg::<imap_core::encode::kinds::Raw>("args", *arg)?;
        }
        self.execute(builder.finish(), None)
    }

    /// APPEND of one message streamed from `reader`, which must give exactly the length of
    /// `message` (made with [`imap_core::encode::AppendMessage::streamed`]): memory stays flat
    /// whatever the message size.
    pub fn append_reader(
        &mut self,
        mailbox: &str,
        message: imap_core::encode::AppendMessage,
        reader: impl Read + Send + 'static,
    ) -> Result<crate::commands::AppendResponse, Error> {
        if message.external_len.is_none() {
            return Err(Error::Arg(imap_core::encode::ArgError {
                argument: "message",
                reason: "append_reader needs AppendMessage::streamed(len)".into(),
            }));
        }
        self.source = Some(Box::new(reader));
        let result = self.append(mailbox, [message]);
        self.source = None;
        result
    }

    /// imaplib's `send(data)` for experts: writes bytes as they are, bypassing the session.
    pub fn send_raw(&mut self, data: &[u8]) -> Result<(), Error> {
        self.trace(TraceLevel::Wire, Direction::Sent, data);
        self.stream.write_all(data)?;
        self.stream.flush()?;
        Ok(())
    }

    /// imaplib's `readline()` for experts: the next raw line from the server.
    pub fn read_line_raw(&mut self) -> Result<Vec<u8>, Error> {
        loop {
            if let Some(line) = self.session.take_raw_line() {
                return Ok(line);
            }
            self.fill()?;
        }
    }

    /// imaplib's `read(size)` for experts: exactly `size` raw bytes from the server.
    pub fn read_raw(&mut self, size: usize) -> Result<Vec<u8>, Error> {
        let mut out = Vec::with_capacity(size.min(1 << 20));
        while out.len() < size {
            let more = self.session.take_raw(size - out.len());
            if more.is_empty() {
                self.fill()?;
            }
            out.extend(more);
        }
        Ok(out)
    }

    /// imaplib's `shutdown()`: closes the transport without LOGOUT.
    pub fn shutdown(&mut self) -> Result<(), Error> {
        self.session.mark_broken("shut down by the client");
        self.stream.shutdown()?;
        Ok(())
    }

    fn finish_starttls(&mut self) -> Result<(), Error> {
        if self.session.buffered() > 0 {
            // RFC 3501 6.2.1 / CVE-2011-0411 class: anything after the OK and before the
            // handshake could be injected by a man in the middle.
            self.session.mark_broken("server data after STARTTLS OK");
            return Err(Error::Protocol(
                "the server sent data after the STARTTLS OK and before the TLS handshake; refusing to go on".into(),
            ));
        }
        let Some(tls) = self.tls.clone() else {
            self.session.mark_broken("STARTTLS without TLS options");
            return Err(Error::Refused("STARTTLS needs TLS options (Client::set_tls_options)".into()));
        };
        if let Err(error) = self.stream.start_tls(&tls) {
            self.session.mark_broken(format!("TLS handshake failed: {error}"));
            return Err(Error::Io(error));
        }
        self.refresh_capabilities()?;
        Ok(())
    }

    /// After the tagged OK of COMPRESS: both directions are DEFLATE from here on. Anything
    /// read after the OK is already compressed.
    fn finish_compress(&mut self) -> Result<(), Error> {
        let early = self.session.take_raw(usize::MAX);
        let mut deflate = Deflate::new();
        deflate.push(&early);
        self.deflate = Some(deflate);
        // The first piece now, so that garbage behind the OK fails COMPRESS itself.
        self.feed_inflated()?;
        Ok(())
    }

    /// Whether COMPRESS is on, and how much it saved: bytes before and after compression in
    /// each direction since it took effect. `None` on an uncompressed connection.
    pub fn compression(&self) -> Option<CompressionStats> {
        self.deflate.as_ref().map(Deflate::stats)
    }
}

impl<T: Transport> Client<T> {
    fn check_secret(&self, command: &Command) -> Result<(), Error> {
        if command.has_secret() && self.insecure() {
            return Err(Error::Refused(format!(
                "{} would send a password in clear to a host on the network; use TLS or STARTTLS, \
                 or Client::allow_insecure_auth(true)",
                command.def.name
            )));
        }
        Ok(())
    }

    /// Pipelining: sends `command` without waiting for its reply and returns its tag. Send
    /// several, then [`Client::wait`] for each. Build commands with [`prepare`]. State checks
    /// use the state at sending time, so do not pipeline behind LOGIN, SELECT or other
    /// state-changing commands; untagged data goes to the oldest command that claims its kind.
    pub fn send(&mut self, command: Command) -> Result<String, Error> {
        if let Some(exchange @ (Exchange::StartTls | Exchange::Compress)) = command.def.exchange {
            // Both change the connection at their OK: nothing may be in flight behind them.
            return Err(Error::Refused(format!(
                "{} changes the connection ({exchange:?}); call it directly, not pipelined",
                command.def.name
            )));
        }
        self.check_secret(&command)?;
        let tag = self.session.submit(command)?;
        self.flush()?;
        Ok(tag)
    }

    /// Pipelining: waits for the command `tag` sent with [`Client::send`] and returns it; take
    /// typed fields with `completed.take::<imap_client::extract::untagged::Fetch>()`, or use
    /// [`Client::send_typed`] to get the generated method's result type.
    pub fn wait(&mut self, tag: &str) -> Result<Completed, Error> {
        self.run(tag, None, None, Reading::Owned(None))
    }

    /// Pipelining with typed results: sends the command that `call` (a generated method on
    /// the [`Prepared`] recorder, as for [`prepare`]) builds, without waiting. Give the
    /// returned [`Pending`] to [`Client::wait_typed`] for the same result type the direct
    /// call returns. `call` runs twice: once to build the command, once on the reply to build
    /// the result (the command it builds then is not sent).
    ///
    /// ```no_run
    /// use imap_client::{Client, Commands};
    /// # fn demo(client: &mut Client) -> Result<(), imap_client::Error> {
    /// let inbox = client.send_typed(|c| c.status("INBOX", "(MESSAGES UIDNEXT)"))?;
    /// let flags = client.send_typed(|c| c.fetch("1:*", "(UID FLAGS)"))?;
    /// let status = client.wait_typed(inbox)?; // a StatusResponse
    /// let fetches = client.wait_typed(flags)?.fetches; // a FetchResponse's Vec<Fetch>
    /// # Ok(()) }
    /// ```
    pub fn send_typed<'a, R>(
        &mut self,
        mut call: impl FnMut(&mut Prepared) -> Result<R, Error> + 'a,
    ) -> Result<Pending<'a, R>, Error> {
        let command = prepare(&mut call)?;
        let tag = self.send(command)?;
        Ok(Pending { tag, build: Box::new(call) })
    }

    /// Waits for a command sent with [`Client::send_typed`] and returns its typed result. A
    /// tagged NO or BAD is an error, as with the direct call.
    pub fn wait_typed<R>(&mut self, pending: Pending<'_, R>) -> Result<R, Error> {
        let Pending { tag, mut build } = pending;
        let completed = self.wait(&tag)?;
        let mut replay = Prepared { command: None, reply: Some(completed) };
        build(&mut replay)
    }

    /// Sends a FETCH or UID FETCH (built with [`prepare`]) whose body literals over 64 KiB go
    /// to `writer` as they arrive, back to back, so memory does not grow with message size.
    /// In the result, those items are `FetchAttr::Streamed { len, .. }`. Returns the completed
    /// command and the number of bytes written.
    ///
    /// ```no_run
    /// use imap_client::{prepare, Client, Commands};
    /// # fn demo(client: &mut Client) -> Result<(), imap_client::Error> {
    /// let mut file = std::fs::File::create("message.eml")?;
    /// let (_, written) = client.fetch_to_writer(prepare(|c| c.uid_fetch(42, "BODY.PEEK[]"))?, &mut file)?;
    /// # Ok(()) }
    /// ```
    pub fn fetch_to_writer(&mut self, command: Command, writer: &mut dyn Write) -> Result<(Completed, u64), Error> {
        let mut sink = imap_core::parse::WriteSink::new(writer);
        let tag = self.send(command)?;
        self.session.stream_literals_over(Some(64 * 1024));
        let result = self.run(&tag, None, None, Reading::Owned(Some(&mut sink)));
        self.session.stream_literals_over(None);
        let done = result?;
        let written = sink.written();
        if let (_, Some(error)) = sink.into_inner() {
            return Err(Error::Io(error));
        }
        Ok((done, written))
    }

    /// Sends a FETCH or UID FETCH (built with [`prepare`]) and hands each FETCH response to
    /// `visit` as it arrives, parsed in borrowed form ([`imap_core::parse::parse_response_ref`]:
    /// strings point into the read buffer, nodes into an arena reset after each response)
    /// instead of collecting owned values. For going through many messages once (indexing,
    /// syncing) at about 2.5 times the parse speed and with memory that does not grow with the
    /// number of messages. `visit` cannot keep the borrowed values; `FetchRef::into_owned`
    /// gives an owned copy. Returns the completed command, without the FETCH responses.
    ///
    /// ```no_run
    /// use imap_client::{prepare, Client, Commands};
    /// # fn demo(client: &mut Client) -> Result<(), imap_client::Error> {
    /// let mut subjects = Vec::new();
    /// client.fetch_each(prepare(|c| c.uid_fetch("1:*", "(UID ENVELOPE)"))?, |fetch| {
    ///     let subject = fetch.envelope().and_then(|e| e.subject).unwrap_or_default();
    ///     subjects.push((fetch.uid(), String::from_utf8_lossy(subject).into_owned()));
    /// })?;
    /// # Ok(()) }
    /// ```
    pub fn fetch_each(&mut self, command: Command, mut visit: impl FnMut(FetchRef<'_>)) -> Result<Completed, Error> {
        let mut arena = Arena::new();
        let tag = self.send(command)?;
        self.run(&tag, None, None, Reading::Borrowed(&mut arena, &mut visit))
    }

    fn run(
        &mut self,
        tag: &str,
        handler: Option<&mut dyn ExchangeHandler>,
        after_ok: Option<Exchange>,
        reading: Reading<'_>,
    ) -> Result<Completed, Error> {
        // A handler's deadline shortens the reads; the connection's own timeout comes back
        // once the handler has none (and at the end).
        let own_timeout = match handler.as_deref() {
            Some(h) if h.deadline().is_some() => Some(self.stream.read_timeout()?),
            _ => None,
        };
        let result = self.run_reads(tag, handler, after_ok, reading, own_timeout);
        if let Some(own) = own_timeout {
            let restored = self.stream.set_read_timeout(own);
            // The command's own error, if any, is the one to report.
            if result.is_ok() {
                restored?;
            }
        }
        result
    }

    fn run_reads(
        &mut self,
        tag: &str,
        mut handler: Option<&mut dyn ExchangeHandler>,
        after_ok: Option<Exchange>,
        mut reading: Reading<'_>,
        own_timeout: Option<Option<Duration>>,
    ) -> Result<Completed, Error> {
        loop {
            self.flush()?;
            if let Some(result) = self.session.take_completed(tag) {
                if self.trace_level == TraceLevel::Commands {
                    // At the Wire level the tagged line was traced with the bytes read.
                    let line = match &result {
                        Ok(done) => format!("{tag} {:?} {}", done.tagged.kind, done.tagged.text),
                        Err(error) => format!("{tag} {error}"),
                    };
                    self.trace(TraceLevel::Commands, Direction::Received, line.as_bytes());
                }
                self.shut_down_if_closed();
                let done = result?;
                // What the connection becomes at the tagged OK (not after a NO or BAD).
                match after_ok {
                    Some(Exchange::StartTls) => self.finish_starttls()?,
                    Some(Exchange::Compress) => self.finish_compress()?,
                    _ => {}
                }
                return Ok(done);
            }
            let polled = match &mut reading {
                Reading::Owned(sink) => self.session.poll_with_sink(sink.as_deref_mut()),
                Reading::Borrowed(arena, visit) => self.session.poll_fetch_with(arena, *visit),
            };
            let event = match polled? {
                Some(event) => event,
                None => match self.fill_until(handler.as_deref().and_then(|h| h.deadline()), own_timeout) {
                    Ok(()) => continue,
                    Err(Error::Io(error))
                        if matches!(error.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) =>
                    {
                        match handler.as_deref_mut().and_then(|h| h.timed_out()) {
                            Some(line) => {
                                self.session.send_continuation(&line, false);
                                continue;
                            }
                            None => {
                                self.session.mark_broken("read timed out mid-command");
                                return Err(Error::Io(error));
                            }
                        }
                    }
                    Err(error) => {
                        // The end of input may have completed the command (LOGOUT after BYE).
                        if let Some(result) = self.session.take_completed(tag) {
                            self.shut_down_if_closed();
                            return result;
                        }
                        return Err(error);
                    }
                },
            };
            match event {
                Event::Continuation(request) => {
                    let Some(handler) = handler.as_deref_mut() else {
                        self.session.mark_broken("unexpected continuation request");
                        return Err(Error::Protocol(format!("unexpected continuation request: {:?}", request.text)));
                    };
                    match handler.continuation(&request)? {
                        ExchangeReply::Send { secret: true, .. } if self.insecure() => {
                            self.session.send_continuation(b"*", false);
                            self.flush()?;
                            return Err(Error::Refused(
                                "the SASL exchange would send a secret in clear to a host on the network".into(),
                            ));
                        }
                        ExchangeReply::Send { line, secret } => self.session.send_continuation(&line, secret),
                        ExchangeReply::Cancel => self.session.send_continuation(b"*", false),
                        ExchangeReply::Wait => {}
                    }
                }
                Event::Claimed(claimer) if claimer == tag => {
                    if let Some(handler) = handler.as_deref_mut() {
                        if let Some(last) = self.session.collected(tag).last().cloned() {
                            if let Some(line) = handler.untagged(&last) {
                                self.session.send_continuation(&line, false);
                            }
                        }
                    }
                }
                Event::Unparsed(claimer) => {
                    log::debug!(target: "imap::wire", "a response did not parse; kept for {claimer:?}")
                }
                _ => {}
            }
        }
    }
}

impl<T: Transport> Execute for Client<T> {
    fn execute(&mut self, command: Command, handler: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error> {
        self.check_secret(&command)?;
        let after_ok = command.def.exchange.filter(|e| matches!(e, Exchange::StartTls | Exchange::Compress));
        if after_ok == Some(Exchange::Compress) {
            check_compress(&command, self.deflate.is_some())?;
        }
        let tag = self.session.submit(command)?;
        self.run(&tag, handler, after_ok, Reading::Owned(None))
    }
}

/// COMPRESS is sent only for the one algorithm this client speaks, and only once.
fn check_compress(command: &Command, active: bool) -> Result<(), Error> {
    if active {
        return Err(Error::Refused("compression is already on for this connection".into()));
    }
    let deflate = match command.parts.as_slice() {
        [Part::Text { bytes, .. }] => bytes.trim_ascii().eq_ignore_ascii_case(b"DEFLATE"),
        _ => false,
    };
    if deflate {
        Ok(())
    } else {
        Err(Error::Arg(imap_core::encode::ArgError {
            argument: "algorithm",
            reason: "this client compresses with DEFLATE only (COMPRESS=DEFLATE)".into(),
        }))
    }
}

/// A descriptor for a command known only at run time (`xatom`), made once per name: the
/// session wants `'static` descriptors, so each distinct name is leaked exactly once.
fn runtime_def(name: &str) -> Result<&'static imap_core::command::CommandDef, Error> {
    use imap_core::command::{CommandDef, State};
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static DEFS: OnceLock<Mutex<HashMap<String, &'static CommandDef>>> = OnceLock::new();
    let valid = !name.is_empty()
        && name.split(' ').all(|word| !word.is_empty() && word.bytes().all(imap_core::encode::rules::is_atom_char));
    if !valid {
        return Err(Error::Arg(imap_core::encode::ArgError {
            argument: "name",
            reason: format!("{name:?} is not an IMAP command name (atoms separated by single spaces)"),
        }));
    }
    let upper = name.to_ascii_uppercase();
    let mut defs = DEFS.get_or_init(|| Mutex::new(HashMap::new())).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(def) = defs.get(&upper) {
        return Ok(def);
    }
    let leaked_name: &'static str = Box::leak(upper.clone().into_boxed_str());
    let def: &'static CommandDef = Box::leak(Box::new(CommandDef {
        name: leaked_name,
        states: &[State::NotAuthenticated, State::Authenticated, State::Selected],
        args: &[],
        untagged: Box::leak(Box::new([leaked_name])),
        then: None,
        fail: None,
        needs: None,
        forbidden_by: None,
        exchange: None,
        doc: "A command sent with xatom.",
    }));
    defs.insert(upper, def);
    Ok(def)
}

/// Builds the [`Command`] a generated method would send, without sending it — for
/// [`Client::send`] (pipelining) and for showing the wire form (`--dry-run`).
///
/// ```
/// use imap_client::{prepare, Commands};
/// let command = prepare(|c| c.fetch("1:*", "(FLAGS UID)")).unwrap();
/// assert_eq!(command.def.name, "FETCH");
/// ```
pub fn prepare<R>(call: impl FnOnce(&mut Prepared) -> Result<R, Error>) -> Result<Command, Error> {
    let mut prepared = Prepared { command: None, reply: None };
    match call(&mut prepared) {
        Err(Error::Arg(error)) => Err(Error::Arg(error)),
        _ => prepared.command.ok_or_else(|| Error::Protocol("the call built no command".into())),
    }
}

/// The recorder behind [`prepare`] and [`Client::send_typed`]: an [`Execute`] that keeps the
/// command and sends nothing. Replaying a reply (for [`Client::wait_typed`]), it hands that
/// reply to the generated method, which builds its typed result from it.
#[derive(Debug)]
pub struct Prepared {
    command: Option<Command>,
    reply: Option<Completed>,
}

impl Execute for Prepared {
    fn execute(&mut self, command: Command, _: Option<&mut dyn ExchangeHandler>) -> Result<Completed, Error> {
        if let Some(reply) = self.reply.take() {
            return Ok(reply);
        }
        self.command = Some(command);
        Err(Error::Refused("prepared, not sent".into()))
    }
}

/// The IDLE exchange (RFC 2177) as an [`ExchangeHandler`]: waits until `deadline`, calling
/// `on_update` for each untagged response the command collects, and sends DONE at the deadline
/// or, with `first_update_ends`, at the first update. Keep-alives do not extend the wait
/// ([`ExchangeHandler::deadline`]). [`Client::idle_wait`] is this with the first update
/// ending the wait; give it to [`Commands::idle`] (or any table line with `exchange = "idle"`)
/// for other behaviour, e.g. printing updates until a deadline.
pub struct IdleWatch<F> {
    idling: bool,
    done: bool,
    deadline: Option<Instant>,
    first_update_ends: bool,
    on_update: F,
}

impl<F: FnMut(&Untagged)> IdleWatch<F> {
    /// A watch ending at `deadline` (`None`: only at an update, for transports that cannot
    /// time out), or at the first update when `first_update_ends`.
    pub fn new(deadline: Option<Instant>, first_update_ends: bool, on_update: F) -> IdleWatch<F> {
        IdleWatch {
            idling: false,
            done: false,
            deadline,
            first_update_ends: first_update_ends || deadline.is_none(),
            on_update,
        }
    }

    fn done(&mut self) -> Option<Vec<u8>> {
        if !self.idling || self.done {
            return None;
        }
        self.done = true;
        Some(b"DONE".to_vec())
    }
}

impl<F> fmt::Debug for IdleWatch<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IdleWatch")
            .field("idling", &self.idling)
            .field("done", &self.done)
            .field("deadline", &self.deadline)
            .field("first_update_ends", &self.first_update_ends)
            .finish_non_exhaustive()
    }
}

impl<F: FnMut(&Untagged)> ExchangeHandler for IdleWatch<F> {
    fn continuation(&mut self, _: &Continuation) -> Result<ExchangeReply, Error> {
        self.idling = true;
        Ok(ExchangeReply::Wait)
    }

    fn untagged(&mut self, response: &Untagged) -> Option<Vec<u8>> {
        (self.on_update)(response);
        if self.first_update_ends {
            self.done()
        } else {
            None
        }
    }

    fn timed_out(&mut self) -> Option<Vec<u8>> {
        self.done()
    }

    fn deadline(&self) -> Option<Instant> {
        self.deadline.filter(|_| !self.done)
    }
}

/// A command sent with [`Client::send_typed`], waiting for [`Client::wait_typed`]: its tag
/// and how to build its typed result from the reply.
pub struct Pending<'a, R> {
    tag: String,
    build: BuildResult<'a, R>,
}

/// The call given to [`Client::send_typed`], kept to build the result from the reply.
type BuildResult<'a, R> = Box<dyn FnMut(&mut Prepared) -> Result<R, Error> + 'a>;

impl<R> Pending<'_, R> {
    /// The command's tag (for [`Client::wait`] instead, or for matching a trace).
    pub fn tag(&self) -> &str {
        &self.tag
    }
}

impl<R> fmt::Debug for Pending<'_, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pending").field("tag", &self.tag).finish_non_exhaustive()
    }
}
