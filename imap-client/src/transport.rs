//! Transports: plain TCP, implicit TLS, STARTTLS upgrade in place, and a child process's
//! stdin/stdout (imaplib's `IMAP4_stream`). Only bytes move here; the protocol is in the
//! session.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command as Process, Stdio};
use std::sync::mpsc::{sync_channel, Receiver, RecvTimeoutError};
use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, StreamOwned};

/// The IMAP port, for plain TCP and STARTTLS (RFC 3501).
pub const PORT: u16 = 143;

/// The IMAP port with implicit TLS (RFC 8314).
pub const TLS_PORT: u16 = 993;

/// A byte stream a [`crate::Client`] runs over. Implement it for your own streams; only
/// `Read + Write` are required.
pub trait Transport: Read + Write {
    /// Upgrades the stream to TLS in place (STARTTLS). The default refuses.
    fn start_tls(&mut self, tls: &TlsOptions) -> io::Result<()> {
        let _ = tls;
        Err(io::Error::new(io::ErrorKind::Unsupported, "this transport cannot start TLS"))
    }

    /// Whether a password may cross it: encrypted, or to this machine (loopback, a child
    /// process). The default says no.
    fn is_secure(&self) -> bool {
        false
    }

    /// The negotiated TLS session, if any (imaplib's `ssl()`).
    fn tls_info(&self) -> Option<TlsInfo> {
        None
    }

    /// Closes the stream (imaplib's `shutdown()`).
    fn shutdown(&mut self) -> io::Result<()> {
        Ok(())
    }

    /// Limits how long a read may wait (IDLE uses it to wake up); `Unsupported` by default.
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        let _ = timeout;
        Err(io::Error::new(io::ErrorKind::Unsupported, "this transport has no read timeout"))
    }

    /// The current read timeout, so a temporary one can be undone; `Unsupported` by default.
    fn read_timeout(&self) -> io::Result<Option<Duration>> {
        Err(io::Error::new(io::ErrorKind::Unsupported, "this transport has no read timeout"))
    }
}

/// What TLS negotiated.
#[derive(Debug, Clone)]
pub struct TlsInfo {
    /// The server's certificate chain (DER), leaf first.
    pub peer_certificates: Vec<Vec<u8>>,
    /// The protocol version, e.g. `TLSv1_3`.
    pub protocol: Option<String>,
    /// The cipher suite.
    pub cipher_suite: Option<String>,
    /// The ALPN protocol, if one was agreed.
    pub alpn: Option<Vec<u8>>,
    /// The `tls-exporter` channel binding (RFC 9266): 32 bytes of keying material exported
    /// with the label `EXPORTER-Channel-Binding` and no context. TLS 1.3 only (RFC 9266 3:
    /// earlier versions need the extended master secret, which rustls does not report);
    /// what [`crate::auth::Scram::with_channel_binding`] takes for the `-PLUS` mechanisms.
    pub tls_exporter: Option<Vec<u8>>,
}

impl TlsInfo {
    /// What `connection` negotiated.
    pub(crate) fn of(connection: &ClientConnection) -> TlsInfo {
        TlsInfo {
            peer_certificates: connection
                .peer_certificates()
                .map(|chain| chain.iter().map(|c| c.as_ref().to_vec()).collect())
                .unwrap_or_default(),
            protocol: connection.protocol_version().map(|v| format!("{v:?}")),
            cipher_suite: connection.negotiated_cipher_suite().map(|s| format!("{:?}", s.suite())),
            alpn: connection.alpn_protocol().map(<[u8]>::to_vec),
            tls_exporter: (connection.protocol_version() == Some(rustls::ProtocolVersion::TLSv1_3))
                .then(|| connection.export_keying_material([0u8; 32], b"EXPORTER-Channel-Binding", None).ok())
                .flatten()
                .map(|material| material.to_vec()),
        }
    }
}

/// How to verify the server and who the client is.
///
/// By default a server is trusted when its certificate chains to a root of the operating
/// system's store (what browsers, `openssl` and Python's `imaplib` trust, including a company
/// CA an administrator installed; `SSL_CERT_FILE` / `SSL_CERT_DIR` point elsewhere) or to one
/// of Mozilla's roots compiled into the program (so a machine or container without a store
/// still verifies public servers). [`TlsOptions::with_ca_file`] trusts one private CA only.
///
/// ```no_run
/// use imapkit::{Client, TlsOptions};
///
/// // Public servers: the defaults.
/// let public = Client::connect_tls("imap.example.com", imapkit::TLS_PORT, TlsOptions::default())?;
/// // Mozilla's roots only, ignoring what the system trusts.
/// let strict = TlsOptions { system_roots: false, ..TlsOptions::default() };
/// let other = Client::connect_tls("imap.example.net", imapkit::TLS_PORT, strict)?;
/// # drop((public, other));
/// # Ok::<(), imapkit::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TlsOptions {
    /// Trust Mozilla's root certificates (compiled in, from `webpki-roots`). On by default.
    pub webpki_roots: bool,
    /// Trust the operating system's root certificates (read once per process by
    /// `rustls-native-certs`, which honours `SSL_CERT_FILE` and `SSL_CERT_DIR`). On by default.
    pub system_roots: bool,
    /// Also trust the CA certificates in these PEM files (a private CA).
    pub ca_files: Vec<PathBuf>,
    /// A client certificate chain and its private key, both PEM (imaplib's certfile/keyfile).
    pub client_certificate: Option<(PathBuf, PathBuf)>,
    /// The name to verify and to send as SNI, if not the host connected to.
    pub server_name: Option<String>,
}

impl Default for TlsOptions {
    fn default() -> TlsOptions {
        TlsOptions {
            webpki_roots: true,
            system_roots: true,
            ca_files: Vec::new(),
            client_certificate: None,
            server_name: None,
        }
    }
}

impl TlsOptions {
    /// Trusts only the CA in `path` (a private CA): neither Mozilla's nor the system's roots.
    pub fn with_ca_file(path: impl Into<PathBuf>) -> TlsOptions {
        TlsOptions { webpki_roots: false, system_roots: false, ca_files: vec![path.into()], ..TlsOptions::default() }
    }

    /// The name the server's certificate must carry: `server_name`, else the host connected to.
    pub(crate) fn server_name(&self, host: &str) -> io::Result<ServerName<'static>> {
        let name = self.server_name.clone().unwrap_or_else(|| host.to_owned());
        ServerName::try_from(name.clone())
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, format!("server name {name:?}: {e}")))
    }

    /// The rustls configuration these options make (both clients use it).
    pub(crate) fn config(&self) -> io::Result<Arc<ClientConfig>> {
        let invalid = |what: String| io::Error::new(io::ErrorKind::InvalidInput, what);
        let mut roots = RootCertStore::empty();
        if self.webpki_roots {
            roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
        if self.system_roots {
            for certificate in system_roots() {
                // A system store may hold certificates rustls cannot use; skip those.
                let _ = roots.add(certificate.clone());
            }
        }
        for path in &self.ca_files {
            let certificates =
                CertificateDer::pem_file_iter(path).map_err(|e| invalid(format!("CA file {}: {e}", path.display())))?;
            for certificate in certificates {
                let certificate = certificate.map_err(|e| invalid(format!("CA file {}: {e}", path.display())))?;
                roots.add(certificate).map_err(|e| invalid(format!("CA file {}: {e}", path.display())))?;
            }
        }
        if roots.is_empty() {
            return Err(invalid(
                "no trusted root certificates: enable webpki or system roots, or give a CA file".into(),
            ));
        }
        let builder = ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .map_err(|e| invalid(e.to_string()))?
            .with_root_certificates(roots);
        let config = match &self.client_certificate {
            None => builder.with_no_client_auth(),
            Some((chain, key)) => {
                let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(chain)
                    .and_then(|certs| certs.collect())
                    .map_err(|e| invalid(format!("certificate file {}: {e}", chain.display())))?;
                let key = PrivateKeyDer::from_pem_file(key)
                    .map_err(|e| invalid(format!("key file {}: {e}", key.display())))?;
                builder.with_client_auth_cert(chain, key).map_err(|e| invalid(e.to_string()))?
            }
        };
        Ok(Arc::new(config))
    }
}

/// The operating system's root certificates, read once per process (a few hundred files on
/// Debian: milliseconds that a program opening many connections should not pay each time).
fn system_roots() -> &'static [CertificateDer<'static>] {
    static ROOTS: std::sync::OnceLock<Vec<CertificateDer<'static>>> = std::sync::OnceLock::new();
    ROOTS.get_or_init(|| rustls_native_certs::load_native_certs().certs)
}

/// Where and how to connect.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// Host name or address.
    pub host: String,
    /// Port: 143 for plain and STARTTLS, 993 for implicit TLS.
    pub port: u16,
    /// Limit on connecting (per address tried).
    pub connect_timeout: Option<Duration>,
    /// The longest the server may stay silent while it owes an answer (the session's
    /// `read_timeout`; an IDLE is exempt until DONE); `None`: wait as long as it takes.
    pub read_timeout: Option<Duration>,
    /// Limit on each write.
    pub write_timeout: Option<Duration>,
    /// Connect through this SOCKS5 proxy (Tor, a company proxy); `host` is then resolved by
    /// the proxy. The connect timeout covers reaching the proxy and its negotiation.
    pub proxy: Option<crate::proxy::Socks5Proxy>,
}

impl ConnectOptions {
    /// `host:port` with a 30 s connect and write timeout and a 60 s read timeout.
    pub fn new(host: impl Into<String>, port: u16) -> ConnectOptions {
        ConnectOptions {
            host: host.into(),
            port,
            connect_timeout: Some(Duration::from_secs(30)),
            read_timeout: Some(Duration::from_secs(60)),
            write_timeout: Some(Duration::from_secs(30)),
            proxy: None,
        }
    }

    fn tcp(&self) -> io::Result<TcpStream> {
        let Some(proxy) = &self.proxy else { return self.direct((self.host.as_str(), self.port), &self.host) };
        // `host:port` or `[v6]:port`, resolved by std as the tokio client's connect does.
        let mut stream = self.direct(proxy.address.as_str(), &proxy.address)?;
        // The negotiation runs under the connect timeout, then the session's timeouts apply.
        stream.set_read_timeout(self.connect_timeout)?;
        stream.set_write_timeout(self.connect_timeout)?;
        crate::proxy::negotiate(&mut stream, proxy, &self.host, self.port)?;
        stream.set_read_timeout(self.read_timeout)?;
        stream.set_write_timeout(self.write_timeout)?;
        Ok(stream)
    }

    /// A TCP connection to `target` (named `shown` in errors), trying each address in turn.
    fn direct(&self, target: impl ToSocketAddrs, shown: &str) -> io::Result<TcpStream> {
        let mut last = io::Error::new(io::ErrorKind::NotFound, format!("{shown} resolves to no address"));
        for address in target.to_socket_addrs()? {
            let attempt = match self.connect_timeout {
                Some(timeout) => TcpStream::connect_timeout(&address, timeout),
                None => TcpStream::connect(address),
            };
            match attempt {
                Ok(stream) => {
                    stream.set_read_timeout(self.read_timeout)?;
                    stream.set_write_timeout(self.write_timeout)?;
                    stream.set_nodelay(true)?;
                    return Ok(stream);
                }
                Err(error) => last = error,
            }
        }
        Err(last)
    }
}

/// The client's own connection: TCP, TLS over TCP, or a child process.
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
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
    /// A child process's stdin and stdout.
    Child(ChildStream),
    /// Left behind by a failed upgrade.
    Closed,
}

impl fmt::Debug for Connection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Connection::Tcp { host, .. } => write!(f, "Connection::Tcp({host})"),
            Connection::Tls(tls) => write!(f, "Connection::Tls({:?})", tls.sock.peer_addr().ok()),
            Connection::Child(child) => write!(f, "Connection::Child(pid {})", child.child.id()),
            Connection::Closed => f.write_str("Connection::Closed"),
        }
    }
}

impl Connection {
    /// Connects with plain TCP.
    pub fn tcp(options: &ConnectOptions) -> io::Result<Connection> {
        Ok(Connection::Tcp { stream: options.tcp()?, host: options.host.clone(), proxied: options.proxy.is_some() })
    }

    /// Connects with TCP and completes a TLS handshake before any IMAP byte (port 993).
    pub fn tls(options: &ConnectOptions, tls: &TlsOptions) -> io::Result<Connection> {
        let stream = options.tcp()?;
        handshake(stream, &options.host, tls).map(|s| Connection::Tls(Box::new(s)))
    }

    /// Runs `command` through `sh -c` and talks IMAP over its stdin and stdout
    /// (imaplib's `IMAP4_stream`), e.g. `ssh mailhost exec imapd` or Dovecot's `imap` binary.
    pub fn spawn_shell(command: &str) -> io::Result<Connection> {
        let mut process = Process::new("sh");
        process.arg("-c").arg(command);
        Connection::spawn(process)
    }

    /// Starts `process` with piped stdin and stdout (stderr is inherited) and talks IMAP over
    /// them.
    pub fn spawn(mut process: Process) -> io::Result<Connection> {
        let mut child = process.stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
        let stdin = child.stdin.take().ok_or_else(|| io::Error::other("child has no stdin"))?;
        let stdout = child.stdout.take().ok_or_else(|| io::Error::other("child has no stdout"))?;
        Ok(Connection::Child(ChildStream::new(child, stdin, stdout)))
    }

    /// The TCP socket under the connection, if there is one (imaplib's `socket()`).
    pub fn socket(&self) -> Option<&TcpStream> {
        match self {
            Connection::Tcp { stream, .. } => Some(stream),
            Connection::Tls(tls) => Some(&tls.sock),
            _ => None,
        }
    }
}

fn handshake(
    mut stream: TcpStream,
    host: &str,
    tls: &TlsOptions,
) -> io::Result<StreamOwned<ClientConnection, TcpStream>> {
    let mut connection = ClientConnection::new(tls.config()?, tls.server_name(host)?)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.to_string()))?;
    // Finish the handshake now, so a certificate problem is reported here and not at the
    // first command.
    while connection.is_handshaking() {
        connection.complete_io(&mut stream)?;
    }
    Ok(StreamOwned::new(connection, stream))
}

impl Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Connection::Tcp { stream, .. } => stream.read(buf),
            Connection::Tls(tls) => match tls.read(buf) {
                // Some servers (Cyrus) close without close_notify after BYE: that is an end.
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(0),
                other => other,
            },
            Connection::Child(child) => child.read(buf),
            Connection::Closed => Err(io::Error::new(io::ErrorKind::NotConnected, "connection closed")),
        }
    }
}

impl Write for Connection {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Connection::Tcp { stream, .. } => stream.write(buf),
            Connection::Tls(tls) => tls.write(buf),
            Connection::Child(child) => match &mut child.stdin {
                Some(stdin) => stdin.write(buf),
                None => Err(io::Error::new(io::ErrorKind::NotConnected, "child stdin closed")),
            },
            Connection::Closed => Err(io::Error::new(io::ErrorKind::NotConnected, "connection closed")),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Connection::Tcp { stream, .. } => stream.flush(),
            Connection::Tls(tls) => tls.flush(),
            Connection::Child(child) => child.stdin.as_mut().map_or(Ok(()), |stdin| stdin.flush()),
            Connection::Closed => Ok(()),
        }
    }
}

impl Transport for Connection {
    fn start_tls(&mut self, tls: &TlsOptions) -> io::Result<()> {
        match std::mem::replace(self, Connection::Closed) {
            Connection::Tcp { stream, host, .. } => {
                *self = Connection::Tls(Box::new(handshake(stream, &host, tls)?));
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
            Connection::Tls(_) | Connection::Child(_) => true,
            Connection::Closed => false,
        }
    }

    fn tls_info(&self) -> Option<TlsInfo> {
        let Connection::Tls(tls) = self else { return None };
        Some(TlsInfo::of(&tls.conn))
    }

    fn shutdown(&mut self) -> io::Result<()> {
        match self {
            Connection::Tcp { stream, .. } => TcpStream::shutdown(stream, Shutdown::Both),
            Connection::Tls(tls) => {
                tls.conn.send_close_notify();
                let _ = tls.conn.complete_io(&mut tls.sock);
                TcpStream::shutdown(&tls.sock, Shutdown::Both)
            }
            Connection::Child(child) => {
                child.stdin = None;
                child.child.wait().map(|_| ())
            }
            Connection::Closed => Ok(()),
        }
    }

    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        if let Connection::Child(child) = self {
            child.timeout = timeout;
            return Ok(());
        }
        match self.socket() {
            Some(socket) => socket.set_read_timeout(timeout),
            None => Err(io::Error::new(io::ErrorKind::Unsupported, "no socket to time out")),
        }
    }

    fn read_timeout(&self) -> io::Result<Option<Duration>> {
        if let Connection::Child(child) = self {
            return Ok(child.timeout);
        }
        match self.socket() {
            Some(socket) => socket.read_timeout(),
            None => Err(io::Error::new(io::ErrorKind::Unsupported, "no socket to time out")),
        }
    }
}

/// A child process's pipes. Its stdout is read by a thread into a channel, so reads can time
/// out as on a socket (a pipe cannot). Dropping it closes stdin and reaps the process (killing
/// it if it does not exit by itself within a second).
#[derive(Debug)]
pub struct ChildStream {
    child: Child,
    stdin: Option<ChildStdin>,
    chunks: Receiver<io::Result<Vec<u8>>>,
    pending: Vec<u8>,
    offset: usize,
    timeout: Option<Duration>,
}

impl ChildStream {
    fn new(child: Child, stdin: ChildStdin, mut stdout: ChildStdout) -> ChildStream {
        let (sender, chunks) = sync_channel(4);
        std::thread::spawn(move || {
            let mut buffer = vec![0u8; 64 * 1024];
            loop {
                let result = match stdout.read(&mut buffer) {
                    Ok(0) => break,
                    Ok(n) => Ok(buffer[..n].to_vec()),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => Err(e),
                };
                let failed = result.is_err();
                if sender.send(result).is_err() || failed {
                    break;
                }
            }
        });
        ChildStream { child, stdin: Some(stdin), chunks, pending: Vec::new(), offset: 0, timeout: None }
    }

    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.offset == self.pending.len() {
            let next = match self.timeout {
                Some(timeout) => match self.chunks.recv_timeout(timeout) {
                    Ok(next) => next,
                    Err(RecvTimeoutError::Timeout) => {
                        return Err(io::Error::new(io::ErrorKind::TimedOut, "no data from the child in time"))
                    }
                    Err(RecvTimeoutError::Disconnected) => return Ok(0),
                },
                None => match self.chunks.recv() {
                    Ok(next) => next,
                    Err(_) => return Ok(0),
                },
            };
            self.pending = next?;
            self.offset = 0;
        }
        let n = buf.len().min(self.pending.len() - self.offset);
        buf[..n].copy_from_slice(&self.pending[self.offset..self.offset + n]);
        self.offset += n;
        Ok(n)
    }

    /// The child's process id.
    pub fn id(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for ChildStream {
    fn drop(&mut self) {
        self.stdin = None;
        for _ in 0..20 {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Transport for TcpStream {
    fn is_secure(&self) -> bool {
        self.peer_addr().is_ok_and(|a| a.ip().is_loopback())
    }

    fn shutdown(&mut self) -> io::Result<()> {
        TcpStream::shutdown(self, Shutdown::Both)
    }

    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        TcpStream::set_read_timeout(self, timeout)
    }

    fn read_timeout(&self) -> io::Result<Option<Duration>> {
        TcpStream::read_timeout(self)
    }
}
