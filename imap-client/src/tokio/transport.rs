//! The async client's transports: TCP, TLS over TCP (tokio-rustls, the same [`TlsOptions`]
//! and rustls configuration as the blocking client), and a child process.

use std::fmt;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::process::Stdio;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;
use tokio::process::{Child, ChildStdin, ChildStdout};
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;

use crate::transport::{ConnectOptions, TlsInfo, TlsOptions};

/// A byte stream an async [`Client`](super::Client) runs over. Implement it for your own
/// streams; only `AsyncRead + AsyncWrite` are required.
pub trait AsyncTransport: AsyncRead + AsyncWrite + Unpin + Send {
    /// Upgrades the stream to TLS in place (STARTTLS). The default refuses.
    fn start_tls(&mut self, tls: &TlsOptions) -> impl Future<Output = io::Result<()>> + Send {
        let _ = tls;
        async { Err(io::Error::new(io::ErrorKind::Unsupported, "this transport cannot start TLS")) }
    }

    /// Whether a password may cross it: encrypted, or to this machine (loopback, a child
    /// process). The default says no.
    fn is_secure(&self) -> bool {
        false
    }

    /// The negotiated TLS session, if any.
    fn tls_info(&self) -> Option<TlsInfo> {
        None
    }

    /// Closes the stream.
    fn close(&mut self) -> impl Future<Output = io::Result<()>> + Send {
        async { Ok(()) }
    }
}

/// The async client's own connection: TCP, TLS over TCP, or a child process.
pub enum Connection {
    /// Plain TCP.
    Tcp {
        /// The socket.
        stream: TcpStream,
        /// The host name connected to (for STARTTLS verification).
        host: String,
        /// Through a SOCKS5 proxy: a loopback peer is then the proxy, not the server, so the
        /// connection is not secure enough for passwords.
        proxied: bool,
    },
    /// TLS over TCP (implicit TLS, or after STARTTLS).
    Tls(Box<TlsStream<TcpStream>>),
    /// A child process's stdin and stdout.
    Child {
        /// The process (killed when dropped).
        child: Child,
        /// Its stdin; `None` once closed.
        stdin: Option<ChildStdin>,
        /// Its stdout.
        stdout: ChildStdout,
    },
    /// Left behind by a failed upgrade.
    Closed,
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Connection::Tcp { host, .. } => write!(f, "Connection::Tcp({host})"),
            Connection::Tls(tls) => write!(f, "Connection::Tls({:?})", tls.get_ref().0.peer_addr().ok()),
            Connection::Child { child, .. } => write!(f, "Connection::Child(pid {:?})", child.id()),
            Connection::Closed => f.write_str("Connection::Closed"),
        }
    }
}

impl Connection {
    /// Connects with plain TCP, within `options.connect_timeout`.
    pub async fn tcp(options: &ConnectOptions) -> io::Result<Connection> {
        Ok(Connection::Tcp {
            stream: tcp(options).await?,
            host: options.host.clone(),
            proxied: options.proxy.is_some(),
        })
    }

    /// Connects with TCP and completes a TLS handshake before any IMAP byte (port 993).
    pub async fn tls(options: &ConnectOptions, tls: &TlsOptions) -> io::Result<Connection> {
        let stream = tcp(options).await?;
        Ok(Connection::Tls(Box::new(handshake(stream, &options.host, tls).await?)))
    }

    /// Runs `command` through `sh -c` and talks IMAP over its stdin and stdout.
    pub fn spawn_shell(command: &str) -> io::Result<Connection> {
        let mut process = tokio::process::Command::new("sh");
        process.arg("-c").arg(command);
        Connection::spawn(process)
    }

    /// Starts `process` with piped stdin and stdout (stderr is inherited); it is killed when
    /// the connection is dropped.
    pub fn spawn(mut process: tokio::process::Command) -> io::Result<Connection> {
        let mut child = process.stdin(Stdio::piped()).stdout(Stdio::piped()).kill_on_drop(true).spawn()?;
        let stdin = child.stdin.take().ok_or_else(|| io::Error::other("child has no stdin"))?;
        let stdout = child.stdout.take().ok_or_else(|| io::Error::other("child has no stdout"))?;
        Ok(Connection::Child { child, stdin: Some(stdin), stdout })
    }

    /// The TCP socket under the connection, if there is one.
    pub fn socket(&self) -> Option<&TcpStream> {
        match self {
            Connection::Tcp { stream, .. } => Some(stream),
            Connection::Tls(tls) => Some(tls.get_ref().0),
            _ => None,
        }
    }
}

async fn tcp(options: &ConnectOptions) -> io::Result<TcpStream> {
    // Reaching the proxy and its negotiation count against the same connect timeout.
    let connect = async {
        let stream = match &options.proxy {
            None => TcpStream::connect((options.host.as_str(), options.port)).await?,
            Some(proxy) => {
                let mut stream = TcpStream::connect(proxy.address.as_str()).await?;
                negotiate(&mut stream, proxy, &options.host, options.port).await?;
                stream
            }
        };
        io::Result::Ok(stream)
    };
    let stream = match options.connect_timeout {
        Some(limit) => tokio::time::timeout(limit, connect).await.map_err(|_| {
            io::Error::new(io::ErrorKind::TimedOut, format!("connecting to {} took over {limit:?}", options.host))
        })??,
        None => connect.await?,
    };
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// The SOCKS5 negotiation ([`crate::proxy`]) over the async socket.
async fn negotiate(stream: &mut TcpStream, proxy: &crate::proxy::Socks5Proxy, host: &str, port: u16) -> io::Result<()> {
    use crate::proxy::{Negotiation, Next};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut negotiation = Negotiation::new(proxy, host, port);
    let mut input = Vec::new();
    loop {
        match negotiation.step(&input)? {
            Next::Write(bytes) => {
                stream.write_all(&bytes).await?;
                input.clear();
            }
            Next::Read(n) => {
                input = vec![0; n];
                stream.read_exact(&mut input).await?;
            }
            Next::Done => return Ok(()),
        }
    }
}

async fn handshake(stream: TcpStream, host: &str, tls: &TlsOptions) -> io::Result<TlsStream<TcpStream>> {
    // The whole handshake happens here, so a certificate problem is reported now.
    TlsConnector::from(tls.config()?).connect(tls.server_name(host)?, stream).await
}

impl AsyncRead for Connection {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Connection::Tcp { stream, .. } => Pin::new(stream).poll_read(cx, buf),
            Connection::Tls(tls) => match Pin::new(tls.as_mut()).poll_read(cx, buf) {
                // Some servers (Cyrus) close without close_notify after BYE: that is an end.
                Poll::Ready(Err(e)) if e.kind() == io::ErrorKind::UnexpectedEof => Poll::Ready(Ok(())),
                other => other,
            },
            Connection::Child { stdout, .. } => Pin::new(stdout).poll_read(cx, buf),
            Connection::Closed => Poll::Ready(Err(io::Error::new(io::ErrorKind::NotConnected, "connection closed"))),
        }
    }
}

fn not_connected() -> io::Error {
    io::Error::new(io::ErrorKind::NotConnected, "connection closed")
}

impl AsyncWrite for Connection {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Connection::Tcp { stream, .. } => Pin::new(stream).poll_write(cx, buf),
            Connection::Tls(tls) => Pin::new(tls.as_mut()).poll_write(cx, buf),
            Connection::Child { stdin: Some(stdin), .. } => Pin::new(stdin).poll_write(cx, buf),
            Connection::Child { stdin: None, .. } | Connection::Closed => Poll::Ready(Err(not_connected())),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Connection::Tcp { stream, .. } => Pin::new(stream).poll_flush(cx),
            Connection::Tls(tls) => Pin::new(tls.as_mut()).poll_flush(cx),
            Connection::Child { stdin: Some(stdin), .. } => Pin::new(stdin).poll_flush(cx),
            Connection::Child { stdin: None, .. } | Connection::Closed => Poll::Ready(Ok(())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Connection::Tcp { stream, .. } => Pin::new(stream).poll_shutdown(cx),
            Connection::Tls(tls) => Pin::new(tls.as_mut()).poll_shutdown(cx),
            Connection::Child { stdin: Some(stdin), .. } => Pin::new(stdin).poll_shutdown(cx),
            Connection::Child { stdin: None, .. } | Connection::Closed => Poll::Ready(Ok(())),
        }
    }
}

impl AsyncTransport for Connection {
    async fn start_tls(&mut self, tls: &TlsOptions) -> io::Result<()> {
        match std::mem::replace(self, Connection::Closed) {
            Connection::Tcp { stream, host, .. } => {
                *self = Connection::Tls(Box::new(handshake(stream, &host, tls).await?));
                Ok(())
            }
            other => {
                *self = other;
                Err(io::Error::new(io::ErrorKind::Unsupported, "STARTTLS needs a plain TCP connection"))
            }
        }
    }

    fn is_secure(&self) -> bool {
        match self {
            // Loopback is as safe as TLS, unless it is a proxy's end: then the server is elsewhere.
            Connection::Tcp { stream, proxied, .. } => {
                !*proxied && stream.peer_addr().is_ok_and(|a| a.ip().is_loopback())
            }
            Connection::Tls(_) | Connection::Child { .. } => true,
            Connection::Closed => false,
        }
    }

    fn tls_info(&self) -> Option<TlsInfo> {
        let Connection::Tls(tls) = self else { return None };
        Some(TlsInfo::of(tls.get_ref().1))
    }

    async fn close(&mut self) -> io::Result<()> {
        match self {
            // TLS: close_notify first.
            Connection::Tcp { .. } | Connection::Tls(_) => self.shutdown().await,
            Connection::Child { child, stdin, .. } => {
                *stdin = None;
                // A child that does not exit once its input ends is stopped.
                match tokio::time::timeout(std::time::Duration::from_secs(1), child.wait()).await {
                    Ok(status) => status.map(drop),
                    Err(_) => child.kill().await,
                }
            }
            Connection::Closed => Ok(()),
        }
    }
}

/// A bare tokio socket (tests, a socket set up by the caller): secure only to this machine.
impl AsyncTransport for TcpStream {
    fn is_secure(&self) -> bool {
        self.peer_addr().is_ok_and(|a| a.ip().is_loopback())
    }

    async fn close(&mut self) -> io::Result<()> {
        self.shutdown().await
    }
}
