//! The async client on tokio (feature `tokio`): a pump that moves a [`Session`]'s bytes over
//! an [`AsyncTransport`], exactly as the blocking [`crate::Client`] does over a `Transport`.
//! Every protocol decision is the session's; the generated [`AsyncCommands`](crate::AsyncCommands)
//! trait gives the same methods, arguments and result types as [`Commands`](crate::Commands).
//!
//! ```no_run
//! use imapkit::tokio::Client;
//! use imapkit::{AsyncCommands, SearchKey};
//! # async fn demo() -> Result<(), imapkit::Error> {
//! let mut client = Client::connect_tls("imap.example.org", 993, Default::default()).await?;
//! client.login("alice", "secret").await?;
//! client.select("INBOX", None).await?;
//! let unseen = client.uid_search(SearchKey::Unseen).await?;
//! println!("{:?}", unseen.search.numbers);
//! client.logout().await?;
//! # Ok(()) }
//! ```
//!
//! # Cancellation
//!
//! Dropping a call's future never desynchronises the connection. What happens to the command:
//! - not written yet (held behind a command it could be confused with): withdrawn;
//! - written: it runs to its end as the next calls read on, and its result is discarded;
//! - dropped in the middle of writing bytes, during an exchange (IDLE, AUTHENTICATE,
//!   STARTTLS, COMPRESS) or of an APPEND streamed from a reader: the connection can no longer
//!   be trusted, so it is marked broken and every later call fails with
//!   [`Error::Protocol`] saying "cancelled".

mod transport;

use std::io;
use std::time::{Duration, Instant};

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use imapkit_core::encode::{Command, Request};
use imapkit_core::error::Error;
use imapkit_core::parse::{Arena, LiteralSink};
use imapkit_core::session::{
    AsyncExecute, Await, Completed, CompressionStats, ExchangeHandler, IdleQueue, IdleWatch, Pending, Reading, Session,
    SessionOptions, Step,
};
use imapkit_core::types::borrowed::FetchRef;
use imapkit_core::types::Untagged;

pub use transport::{AsyncTransport, Connection};

use crate::auth::Mechanism;
use crate::commands::{build, AuthenticateResponse, IdleResponse};
use crate::trace::{Direction, TraceLevel, Tracer};
use crate::transport::{ConnectOptions, TlsInfo, TlsOptions};
use crate::AsyncCommands;

/// An async IMAP client over an [`AsyncTransport`]: by default its own [`Connection`] (TCP,
/// TLS, or a child process). Every call is bounded in time as in the blocking client
/// ([`SessionOptions::read_timeout`], [`SessionOptions::command_timeout`]).
pub struct Client<T: AsyncTransport = Connection> {
    stream: T,
    session: Session,
    buffer: crate::buffer::ReadBuffer,
    tls: Option<TlsOptions>,
    tracer: Tracer,
    write_timeout: Option<Duration>,
    source: Option<Box<dyn AsyncRead + Send + Unpin>>,
    /// A call between its first write and its end; still set when the next call starts means
    /// its future was dropped.
    running: Option<Running>,
    /// Bytes were being written when a future was dropped.
    writing: bool,
    /// Commands whose callers went away: their results are discarded when they complete.
    abandoned: Vec<String>,
    shut_down: bool,
}

#[derive(Debug)]
struct Running {
    tag: String,
    /// The command runs an exchange (IDLE, SASL, STARTTLS, COMPRESS) or streams a source.
    fragile: bool,
}

impl<T: AsyncTransport> std::fmt::Debug for Client<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("session", &self.session).field("trace_level", &self.tracer.level).finish()
    }
}

impl Client<Connection> {
    /// Connects with plain TCP (port 143 by convention) and reads the greeting.
    pub async fn connect(host: &str, port: u16) -> Result<Client<Connection>, Error> {
        Client::connect_with(&ConnectOptions::new(host, port), None).await
    }

    /// Connects with implicit TLS (port 993 by convention) and reads the greeting.
    pub async fn connect_tls(host: &str, port: u16, tls: TlsOptions) -> Result<Client<Connection>, Error> {
        Client::connect_with(&ConnectOptions::new(host, port), Some(tls)).await
    }

    /// Connects with plain TCP, then upgrades with STARTTLS before anything else. Fails —
    /// never falls back to plaintext — if the server does not offer STARTTLS.
    pub async fn connect_starttls(host: &str, port: u16, tls: TlsOptions) -> Result<Client<Connection>, Error> {
        let mut client = Client::connect_with(&ConnectOptions::new(host, port), None).await?;
        client.tls = Some(tls);
        client.starttls().await?;
        Ok(client)
    }

    /// Connects as `options` say, plain or with implicit TLS; its `read_timeout` is the
    /// session's and its `write_timeout` bounds each write.
    pub async fn connect_with(options: &ConnectOptions, tls: Option<TlsOptions>) -> Result<Client<Connection>, Error> {
        let session = SessionOptions { read_timeout: options.read_timeout, ..SessionOptions::default() };
        Client::connect_with_session(options, tls, session).await
    }

    /// [`Client::connect_with`] with every session option given.
    pub async fn connect_with_session(
        options: &ConnectOptions,
        tls: Option<TlsOptions>,
        session: SessionOptions,
    ) -> Result<Client<Connection>, Error> {
        let connection = match &tls {
            Some(tls) => Connection::tls(options, tls).await?,
            None => Connection::tcp(options).await?,
        };
        let mut client = Client::with_options(connection, session).await?;
        client.tls = tls;
        client.write_timeout = options.write_timeout;
        Ok(client)
    }

    /// Runs `command` with `sh -c` and talks IMAP over its stdin/stdout (a PREAUTH server
    /// such as Dovecot's `imap` binary, or `ssh host exec imapd`).
    pub async fn spawn(command: &str) -> Result<Client<Connection>, Error> {
        Client::with_options(Connection::spawn_shell(command)?, SessionOptions::default()).await
    }
}

impl<T: AsyncTransport> Client<T> {
    /// Reads the greeting from `stream` and returns a client ready for commands.
    pub async fn new(stream: T) -> Result<Client<T>, Error> {
        Client::with_options(stream, SessionOptions::default()).await
    }

    /// [`Client::new`] with session options.
    pub async fn with_options(stream: T, options: SessionOptions) -> Result<Client<T>, Error> {
        let mut session = Session::new(options);
        session.set_secure(stream.is_secure());
        let mut client = Client {
            stream,
            session,
            buffer: crate::buffer::ReadBuffer::default(),
            tls: None,
            tracer: Tracer::default(),
            write_timeout: Some(Duration::from_secs(30)),
            source: None,
            running: None,
            writing: false,
            abandoned: Vec::new(),
            shut_down: false,
        };
        client.pump(Await::Greeting, None, &mut Sink::None, false).await?;
        client.session.greeted()?;
        Ok(client)
    }

    /// The protocol session: state, capabilities, unsolicited responses.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The protocol session, mutably.
    pub fn session_mut(&mut self) -> &mut Session {
        &mut self.session
    }

    /// The transport.
    pub fn stream(&self) -> &T {
        &self.stream
    }

    /// Gives back the transport.
    pub fn into_inner(self) -> T {
        self.stream
    }

    /// TLS settings used by STARTTLS.
    pub fn set_tls_options(&mut self, tls: TlsOptions) {
        self.tls = Some(tls);
    }

    /// The negotiated TLS session.
    pub fn tls_info(&self) -> Option<TlsInfo> {
        self.stream.tls_info()
    }

    /// Allows passwords over an unencrypted connection to another host (off by default).
    pub fn allow_insecure_auth(&mut self, allow: bool) {
        self.session.allow_insecure_auth(allow);
    }

    /// Sets the trace level (as the blocking client's).
    pub fn set_trace_level(&mut self, level: TraceLevel) {
        self.tracer.level = level;
    }

    /// Also sends every trace line to `sink`.
    pub fn set_trace_sink(&mut self, sink: impl FnMut(Direction, &str) + Send + 'static) {
        self.tracer.set_sink(sink);
    }

    /// Calls `observer` with the byte count of every read and write.
    pub fn set_io_observer(&mut self, observer: impl FnMut(Direction, usize) + Send + 'static) {
        self.tracer.set_observer(Some(Box::new(observer)));
    }

    /// Whether COMPRESS is on, and how much it saved.
    pub fn compression(&self) -> Option<CompressionStats> {
        self.session.compression()
    }

    // ------------------------------------------------------------------ the pump

    /// Steps the session until what is awaited happened (or, with `early`, the handler is
    /// [`ready`](ExchangeHandler::ready) with something for the caller), doing the I/O it
    /// asks for.
    async fn pump(
        &mut self,
        awaiting: Await<'_>,
        mut handler: Option<&mut (dyn ExchangeHandler + Send)>,
        sink: &mut Sink<'_>,
        early: bool,
    ) -> Result<(), Error> {
        self.tracer.prepare(&mut self.session);
        loop {
            let step = {
                // Built per step so that nothing borrowed by the parser lives across an await.
                let mut reading = sink.reading();
                let handler = handler.as_deref_mut().map(|h| h as &mut dyn ExchangeHandler);
                self.session.step(awaiting, handler, &mut reading, Instant::now())
            };
            self.tracer.input(&mut self.session);
            sink.drain().await.map_err(|error| self.broken(format!("writing a streamed body failed: {error}")))?;
            match step {
                Step::Write => self.flush().await?,
                // Updates waiting for the caller go out before waiting for more.
                Step::Read { .. } if early && handler.as_deref().is_some_and(|h| h.ready()) => return Ok(()),
                Step::Read { until } => self.fill(until).await?,
                Step::StartTls => self.start_tls().await?,
                Step::Done => return Ok(()),
            }
        }
    }

    fn broken(&mut self, why: String) -> Error {
        self.session.mark_broken(why.clone());
        Error::Protocol(why)
    }

    /// Before a call: deals with calls whose futures were dropped (see the module docs). A
    /// connection it marks broken fails the call that follows, through the session.
    fn begin(&mut self) {
        if self.writing {
            self.writing = false;
            self.session.mark_broken("a call was cancelled in the middle of writing a command");
        }
        if let Some(running) = self.running.take() {
            if running.fragile && !self.session.is_completed(&running.tag) {
                self.session
                    .mark_broken("a call was cancelled during an exchange (IDLE, AUTHENTICATE, a streamed APPEND)");
            } else if !self.session.withdraw(&running.tag) {
                self.abandoned.push(running.tag);
            }
        }
        // A source left by a dropped streamed APPEND is of no use any more.
        self.source = None;
        self.forget_abandoned();
    }

    fn forget_abandoned(&mut self) {
        let session = &mut self.session;
        self.abandoned.retain(|tag| session.take_completed(tag).is_none());
    }

    /// Runs the command `tag` to completion and returns its result.
    async fn run(
        &mut self,
        tag: &str,
        handler: Option<&mut (dyn ExchangeHandler + Send)>,
        sink: &mut Sink<'_>,
    ) -> Result<Completed, Error> {
        use tracing::Instrument as _;
        let span = crate::trace::command_span(&self.session, tag);
        let pumped = self.pump(Await::Command(tag), handler, sink, false).instrument(span.clone()).await;
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
        self.forget_abandoned();
        if self.session.is_closed() && !self.shut_down {
            self.shut_down = true;
            let _ = self.stream.close().await;
        }
        result
    }

    /// Submits `command` and runs it to completion, keeping track of it in case the caller
    /// goes away.
    async fn call(
        &mut self,
        command: Command,
        handler: Option<&mut (dyn ExchangeHandler + Send)>,
        sink: &mut Sink<'_>,
    ) -> Result<Completed, Error> {
        self.call_with_source(command, handler, sink, None).await
    }

    /// [`Client::call`] whose command streams a literal from `source`.
    async fn call_with_source(
        &mut self,
        command: Command,
        handler: Option<&mut (dyn ExchangeHandler + Send)>,
        sink: &mut Sink<'_>,
        source: Option<Box<dyn AsyncRead + Send + Unpin>>,
    ) -> Result<Completed, Error> {
        self.begin();
        self.source = source;
        let fragile = command.def.exchange.is_some() || self.source.is_some();
        let tag = self.session.submit(command)?;
        self.running = Some(Running { tag: tag.clone(), fragile });
        let result = self.run(&tag, handler, sink).await;
        self.running = None;
        result
    }

    async fn fill(&mut self, until: Option<Instant>) -> Result<(), Error> {
        // `read` is cancel-safe: a dropped future loses no byte.
        let read = self.stream.read(self.buffer.space());
        let result = match until {
            Some(at) => match tokio::time::timeout_at(at.into(), read).await {
                Ok(result) => result,
                // The session decides what the time means.
                Err(_) => return Ok(()),
            },
            None => read.await,
        };
        match result {
            Ok(0) => self.session.peer_closed(),
            Ok(n) => self.session.feed(self.buffer.filled(n)),
            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
            Err(error) => return Err(self.broken(format!("read failed: {error}"))),
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<(), Error> {
        let mut first = true;
        while let Some(chunk) = self.session.next_chunk() {
            self.tracer.chunk(first, &chunk.trace);
            first = false;
            if let Some(len) = chunk.external_before {
                self.stream_source(len).await?;
            }
            let wire = self.session.encode_outgoing(&chunk.bytes)?.into_owned();
            self.write_wire(&wire).await?;
        }
        Ok(())
    }

    async fn write_wire(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.writing = true;
        for piece in bytes.chunks(64 * 1024) {
            let write = self.stream.write_all(piece);
            let result = match self.write_timeout {
                Some(limit) => tokio::time::timeout(limit, write).await.unwrap_or_else(|_| {
                    Err(io::Error::new(io::ErrorKind::TimedOut, format!("a write took over {limit:?}")))
                }),
                None => write.await,
            };
            if let Err(error) = result {
                self.writing = false;
                return Err(self.broken(format!("write failed: {error}")));
            }
            self.tracer.wrote(piece.len());
        }
        let flushed = self.stream.flush().await;
        self.writing = false;
        flushed.map_err(|error| self.broken(format!("write failed: {error}")))
    }

    async fn stream_source(&mut self, len: u64) -> Result<(), Error> {
        let Some(mut source) = self.source.take() else {
            return Err(self.broken("a streamed literal has no source to read from".into()));
        };
        let mut piece = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let want = piece.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            let n = match source.read(&mut piece[..want]).await {
                Ok(0) => return Err(self.broken(format!("the APPEND source ended {left} bytes before its length"))),
                Ok(n) => n,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(self.broken(format!("reading the APPEND source failed: {error}"))),
            };
            let wire = self.session.encode_outgoing(&piece[..n])?.into_owned();
            self.write_wire(&wire).await?;
            left -= n as u64;
        }
        Ok(())
    }

    async fn start_tls(&mut self) -> Result<(), Error> {
        let Some(tls) = self.tls.clone() else {
            self.session.mark_broken("STARTTLS without TLS options");
            return Err(Error::Refused("STARTTLS needs TLS options (Client::set_tls_options)".into()));
        };
        if let Err(error) = self.stream.start_tls(&tls).await {
            return Err(self.broken(format!("TLS handshake failed: {error}")));
        }
        self.session.transport_secured();
        Ok(())
    }

    // ------------------------------------------------------------------ calls beyond the table

    /// The capabilities, asking the server if they are not current.
    pub async fn capabilities(&mut self) -> Result<Vec<String>, Error> {
        let (known, current) = self.session.capabilities();
        if current {
            return Ok(known.to_vec());
        }
        Ok(self.capability().await?.capabilities)
    }

    /// The mailbox with a special use, asked as the blocking client's
    /// [`special_use_mailbox`](crate::Client::special_use_mailbox) does (LIST (SPECIAL-USE),
    /// else XLIST, else a plain LIST).
    pub async fn special_use_mailbox(
        &mut self,
        special_use: &crate::types::SpecialUse,
    ) -> Result<Option<crate::Mailbox>, Error> {
        use crate::client::{special_use_source, SpecialUseSource};
        self.capabilities().await?;
        let found = match special_use_source(&self.session) {
            SpecialUseSource::List => self.list(Some(&crate::ListSelection::special_use()), "", "*", None).await?.list,
            SpecialUseSource::Xlist => self.xlist("", "*").await?.list,
            SpecialUseSource::PlainList => self.list(None, "", "*", None).await?.list,
        };
        Ok(found.into_iter().find(|item| item.is_special_use(special_use)).map(|item| item.mailbox))
    }

    /// AUTHENTICATE with a SASL mechanism (SASL-IR when the server has it), as the blocking
    /// client's `authenticate_with`.
    pub async fn authenticate_with<M: Mechanism + Send>(
        &mut self,
        mechanism: M,
    ) -> Result<AuthenticateResponse, Error> {
        let (request, mut exchange) = crate::auth::authenticate_request(&self.session, mechanism)?;
        let done = self.call(request.into_command(), Some(&mut exchange), &mut Sink::None).await?;
        crate::auth::verify_server(&mut self.session, &exchange)?;
        Ok(AuthenticateResponse::from(done))
    }

    /// IDLE until the server reports something or `timeout` passes, then DONE.
    pub async fn idle_wait(&mut self, timeout: Duration) -> Result<IdleResponse, Error> {
        let mut watch = IdleWatch::new(Some(Instant::now() + timeout), true, |_| {});
        let done = self.call(build::idle()?.into_command(), Some(&mut watch), &mut Sink::None).await?;
        Ok(IdleResponse::from(done))
    }

    /// IDLE as a stream of updates (EXISTS, EXPUNGE, FETCH, VANISHED, ...) as they arrive;
    /// see [`IdleStream`].
    pub async fn idle_stream(&mut self, options: IdleOptions) -> Result<IdleStream<'_, T>, Error> {
        let mut stream = IdleStream { client: self, options, tag: None, queue: IdleQueue::default(), ended: false };
        stream.start().await?;
        Ok(stream)
    }

    /// imaplib's `xatom`: a command the table does not know, with raw arguments.
    pub async fn xatom(&mut self, name: &str, args: &[&str]) -> Result<Completed, Error> {
        let command = crate::client::xatom_command(name, args)?;
        self.call(command, None, &mut Sink::None).await
    }

    /// APPEND of one message streamed from `reader`, which must give exactly the length of
    /// `message` (made with [`imapkit_core::encode::AppendMessage::streamed`]).
    pub async fn append_reader(
        &mut self,
        mailbox: &str,
        message: imapkit_core::encode::AppendMessage,
        reader: impl AsyncRead + Send + Unpin + 'static,
    ) -> Result<crate::commands::AppendResponse, Error> {
        let request = crate::client::append_reader_request(mailbox, message)?;
        let source: Box<dyn AsyncRead + Send + Unpin> = Box::new(reader);
        let result = self.call_with_source(request.into_command(), None, &mut Sink::None, Some(source)).await;
        self.source = None;
        result.map(crate::commands::AppendResponse::from)
    }

    /// Closes the transport without LOGOUT.
    pub async fn shutdown(&mut self) -> Result<(), Error> {
        self.session.mark_broken("shut down by the client");
        self.shut_down = true;
        self.stream.close().await?;
        Ok(())
    }

    // ------------------------------------------------------------------ pipelining

    /// Pipelining: sends a built request without waiting; [`Client::wait`] gives its typed
    /// result (as the blocking client's `send`).
    pub async fn send<R>(&mut self, request: Request<R>) -> Result<Pending<R>, Error> {
        self.begin();
        let tag = self.session.submit(request.into_command())?;
        self.flush().await?;
        Ok(Pending::new(tag))
    }

    /// Waits for a command sent with [`Client::send`] and returns its typed result.
    pub async fn wait<R: From<Completed>>(&mut self, pending: Pending<R>) -> Result<R, Error> {
        self.begin();
        self.running = Some(Running { tag: pending.tag().to_owned(), fragile: false });
        let result = self.run(pending.tag(), None, &mut Sink::None).await;
        self.running = None;
        result.map(R::from)
    }

    /// Runs a FETCH whose body literals go to `writer` as they arrive; returns the result and
    /// the number of bytes written (as the blocking `fetch_to_writer`).
    pub async fn fetch_to_writer<R: From<Completed>>(
        &mut self,
        request: Request<R>,
        writer: &mut (dyn AsyncWrite + Send + Unpin),
    ) -> Result<(R, u64), Error> {
        let mut sink = Sink::Writer(BufferSink::default(), writer);
        self.session.stream_literals_over(Some(0));
        let result = self.call(request.into_command(), None, &mut sink).await;
        self.session.stream_literals_over(None);
        let written = match &sink {
            Sink::Writer(buffer, _) => buffer.total,
            _ => 0,
        };
        Ok((R::from(result?), written))
    }

    /// Runs a FETCH and hands each FETCH response to `visit` in borrowed form as it arrives
    /// (as the blocking `fetch_each`).
    pub async fn fetch_each<R: From<Completed>>(
        &mut self,
        request: Request<R>,
        mut visit: impl FnMut(FetchRef<'_>) + Send,
    ) -> Result<R, Error> {
        let mut sink = Sink::Borrowed(Arena::new(), &mut visit);
        self.call(request.into_command(), None, &mut sink).await.map(R::from)
    }
}

impl<T: AsyncTransport> AsyncExecute for Client<T> {
    async fn execute(
        &mut self,
        command: Command,
        handler: Option<&mut (dyn ExchangeHandler + Send)>,
    ) -> Result<Completed, Error> {
        self.call(command, handler, &mut Sink::None).await
    }
}

// ---------------------------------------------------------------------- reading modes

/// Where the awaited command's responses go, owned across awaits (a [`Reading`] borrows it
/// for one step at a time).
enum Sink<'a> {
    None,
    /// Streamed FETCH bodies, buffered for one step, then written to the writer.
    Writer(BufferSink, &'a mut (dyn AsyncWrite + Send + Unpin)),
    Borrowed(Arena, &'a mut (dyn FnMut(FetchRef<'_>) + Send)),
}

impl Sink<'_> {
    fn reading(&mut self) -> Reading<'_> {
        match self {
            Sink::None => Reading::Owned(None),
            Sink::Writer(buffer, _) => Reading::Owned(Some(buffer)),
            Sink::Borrowed(arena, visit) => Reading::Borrowed(arena, *visit),
        }
    }

    /// Writes what the last step buffered (at most what one read fed the session).
    async fn drain(&mut self) -> io::Result<()> {
        if let Sink::Writer(buffer, writer) = self {
            if !buffer.data.is_empty() {
                writer.write_all(&buffer.data).await?;
                buffer.data.clear();
            }
        }
        Ok(())
    }
}

/// Collects streamed literal bytes between two writes to the caller's writer.
#[derive(Default)]
struct BufferSink {
    data: Vec<u8>,
    total: u64,
}

impl LiteralSink for BufferSink {
    fn start(&mut self, _: &[u8], _: u64) {}

    fn data(&mut self, bytes: &[u8]) {
        self.data.extend_from_slice(bytes);
        self.total += bytes.len() as u64;
    }

    fn end(&mut self) {}
}

// ---------------------------------------------------------------------- IDLE as a stream

/// How an [`IdleStream`] runs.
#[derive(Debug, Clone, Copy)]
pub struct IdleOptions {
    /// When the stream ends by itself (`None`: when the caller stops).
    pub until: Option<Instant>,
    /// How long one IDLE command lasts before it is renewed (DONE, then IDLE again):
    /// servers may drop a client idle for 30 minutes (RFC 2177 says to re-issue at least
    /// every 29), so the default is 29 minutes.
    pub renew_after: Duration,
}

impl Default for IdleOptions {
    fn default() -> IdleOptions {
        IdleOptions { until: None, renew_after: Duration::from_secs(29 * 60) }
    }
}

/// IDLE as a stream: [`IdleStream::next`] yields each update the server pushes, as it
/// arrives; the IDLE command is renewed every [`IdleOptions::renew_after`]; the stream ends at
/// [`IdleOptions::until`] or when the caller calls [`IdleStream::stop`]. Dropping it without
/// `stop` leaves the server idling: the connection is then marked broken at the next call.
#[derive(Debug)]
pub struct IdleStream<'c, T: AsyncTransport> {
    client: &'c mut Client<T>,
    options: IdleOptions,
    tag: Option<String>,
    queue: IdleQueue,
    ended: bool,
}

impl<T: AsyncTransport> IdleStream<'_, T> {
    async fn start(&mut self) -> Result<(), Error> {
        self.client.begin();
        let now = Instant::now();
        let renew = now + self.options.renew_after;
        let until = self.options.until.map_or(renew, |until| until.min(renew));
        self.queue.renew(Some(until));
        let tag = self.client.session.submit(build::idle()?.into_command())?;
        self.client.running = Some(Running { tag: tag.clone(), fragile: true });
        self.tag = Some(tag);
        Ok(())
    }

    /// The next update, `None` once the stream ended (its deadline passed or it was
    /// stopped). An error ends it too.
    pub async fn next(&mut self) -> Option<Result<Untagged, Error>> {
        loop {
            if let Some(update) = self.queue.pop() {
                return Some(Ok(update));
            }
            if self.ended {
                return None;
            }
            let tag = self.tag.clone()?;
            if let Err(error) =
                self.client.pump(Await::Command(&tag), Some(&mut self.queue), &mut Sink::None, true).await
            {
                self.ended = true;
                return Some(Err(error));
            }
            if !self.client.session.is_completed(&tag) {
                continue;
            }
            self.client.running = None;
            if let Some(Err(error)) = self.client.session.take_completed(&tag) {
                self.ended = true;
                return Some(Err(error));
            }
            if self.options.until.is_some_and(|until| until <= Instant::now()) {
                self.ended = true;
                continue;
            }
            // Renewed: DONE went because the IDLE had lasted `renew_after`.
            if let Err(error) = self.start().await {
                self.ended = true;
                return Some(Err(error));
            }
        }
    }

    /// Ends the IDLE (DONE) and waits for its tagged reply; updates not yet taken are
    /// dropped.
    pub async fn stop(mut self) -> Result<(), Error> {
        let Some(tag) = self.tag.take() else { return Ok(()) };
        if self.ended {
            return Ok(());
        }
        self.queue.stop(Instant::now());
        let result = self.client.run(&tag, Some(&mut self.queue), &mut Sink::None).await;
        self.client.running = None;
        self.ended = true;
        result.map(drop)
    }
}
