//! Test support: [`Recorder`], an in-memory transport that plays a scripted server and
//! records the dialogue, so golden tests see the exact bytes a command sends with no socket.
//!
//! It is a scripted fake server in the sense of the project's rules: it stands in for a real
//! server only where the point is the client's own bytes (golden files); behaviour against
//! real servers is tested live against Dovecot and Cyrus.

use std::collections::VecDeque;
use std::io::{self, Read, Write};

use imapkit::Client;

/// Capabilities the recorder's greeting advertises by default: every capability a table line
/// needs, but not LITERAL+ / LITERAL-, so that literal continuation points show in the golden
/// files.
pub const DEFAULT_CAPABILITIES: &str = "IMAP4rev1 STARTTLS AUTH=PLAIN SASL-IR ID NAMESPACE ENABLE ACL QUOTA \
ANNOTATEMORE METADATA IDLE UNSELECT MOVE UIDPLUS SORT THREAD=REFERENCES CONDSTORE ESEARCH BINARY MULTIAPPEND \
LIST-EXTENDED LIST-STATUS SPECIAL-USE LIST-MYRIGHTS CONTEXT=SEARCH CONTEXT=SORT";

/// An in-memory server: answers each client line from a script, or with a tagged OK.
#[derive(Debug, Default)]
pub struct Recorder {
    to_client: VecDeque<u8>,
    script: VecDeque<String>,
    tag: Option<String>,
    command_name: String,
    transcript: String,
    written: Vec<u8>,
}

impl Recorder {
    /// A recorder whose greeting advertises `capabilities`; `bursts` answer the client's lines
    /// in order (`{tag}` is replaced by the current command's tag); once they are used up, each
    /// command gets `<tag> OK <NAME> completed`.
    pub fn new(capabilities: &str, bursts: &[&str]) -> Recorder {
        let mut recorder = Recorder { script: bursts.iter().map(|b| b.to_string()).collect(), ..Recorder::default() };
        recorder.to_client.extend(format!("* OK [CAPABILITY {capabilities}] ready\r\n").bytes());
        recorder
    }

    /// A client connected to a recorder; the greeting is consumed and not recorded.
    pub fn client(capabilities: &str, bursts: &[&str]) -> Client<Recorder> {
        Client::new(Recorder::new(capabilities, bursts)).expect("the recorder's greeting parses")
    }

    /// The async client connected to a recorder (the same script, the same bytes expected).
    pub async fn async_client(capabilities: &str, bursts: &[&str]) -> imapkit::tokio::Client<Recorder> {
        imapkit::tokio::Client::new(Recorder::new(capabilities, bursts)).await.expect("the recorder's greeting parses")
    }

    /// Every byte the client wrote, in order.
    pub fn written(&self) -> &[u8] {
        &self.written
    }

    /// The dialogue so far: `C:` lines as the client wrote them (chunk by chunk), `S:` lines
    /// as the recorder answered.
    pub fn transcript(&self) -> &str {
        &self.transcript
    }

    fn reply(&mut self, text: &str) {
        for line in text.split_inclusive("\r\n") {
            self.transcript.push_str(&format!("S: {}\n", escape(line.as_bytes())));
        }
        self.to_client.extend(text.bytes());
    }
}

pub use imapkit_core::text::escape;

fn ends_with_sync_literal(chunk: &[u8]) -> bool {
    let Some(head) = chunk.strip_suffix(b"}\r\n") else { return false };
    let digits = head.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && head[..head.len() - digits].ends_with(b"{")
}

impl Write for Recorder {
    fn write(&mut self, chunk: &[u8]) -> io::Result<usize> {
        self.written.extend_from_slice(chunk);
        self.transcript.push_str(&format!("C: {}\n", escape(chunk)));
        if self.tag.is_none() {
            let text = String::from_utf8_lossy(chunk);
            let mut words = text.split(' ');
            self.tag = words.next().map(str::to_owned);
            self.command_name = words.next().unwrap_or("").trim_end().to_owned();
            if self.command_name == "UID" {
                self.command_name = format!("UID {}", words.next().unwrap_or("").trim_end());
            }
        }
        if ends_with_sync_literal(chunk) {
            self.reply("+ Ready for literal data\r\n");
        } else if chunk.ends_with(b"\r\n") {
            let tag = self.tag.clone().unwrap_or_default();
            match self.script.pop_front() {
                Some(burst) => {
                    let burst = burst.replace("{tag}", &tag);
                    if burst.lines().any(|l| l.starts_with(&format!("{tag} "))) {
                        self.tag = None;
                    }
                    self.reply(&burst);
                }
                None => {
                    let name = self.command_name.clone();
                    self.tag = None;
                    self.reply(&format!("{tag} OK {name} completed\r\n"));
                }
            }
        }
        Ok(chunk.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl imapkit::Transport for Recorder {
    /// In memory: nothing crosses a network, so passwords may be sent.
    fn is_secure(&self) -> bool {
        true
    }
}

impl Read for Recorder {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.to_client.len());
        if n == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the recorder has nothing more to say"));
        }
        for (slot, byte) in buf.iter_mut().zip(self.to_client.drain(..n)) {
            *slot = byte;
        }
        Ok(n)
    }
}

/// The same in-memory server for the async client: every operation completes at once.
impl tokio::io::AsyncRead for Recorder {
    fn poll_read(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> std::task::Poll<io::Result<()>> {
        let this = self.get_mut();
        let mut piece = vec![0; buf.remaining()];
        std::task::Poll::Ready(this.read(&mut piece).map(|n| buf.put_slice(&piece[..n])))
    }
}

impl tokio::io::AsyncWrite for Recorder {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<io::Result<usize>> {
        std::task::Poll::Ready(self.get_mut().write(buf))
    }

    fn poll_flush(self: std::pin::Pin<&mut Self>, _: &mut std::task::Context<'_>) -> std::task::Poll<io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }

    fn poll_shutdown(
        self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<io::Result<()>> {
        std::task::Poll::Ready(Ok(()))
    }
}

impl imapkit::tokio::AsyncTransport for Recorder {
    /// In memory: nothing crosses a network, so passwords may be sent.
    fn is_secure(&self) -> bool {
        true
    }
}

/// Runs a future to completion on a fresh single-threaded tokio runtime (tests).
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime").block_on(future)
}

/// A scripted fake server on loopback (for what a real server will not do: cut connections,
/// odd orderings, a byte at a time): `script` gets the accepted socket. Returns the port and
/// the server's thread.
pub fn scripted(script: impl FnOnce(std::net::TcpStream) + Send + 'static) -> (u16, std::thread::JoinHandle<()>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let port = listener.local_addr().expect("its address").port();
    let handle = std::thread::spawn(move || {
        if let Ok((socket, _)) = listener.accept() {
            script(socket);
        }
    });
    (port, handle)
}

/// One client line read by a scripted server, without CRLF; empty at end of input.
pub fn read_line(reader: &mut io::BufReader<std::net::TcpStream>) -> String {
    use std::io::BufRead;
    let mut line = String::new();
    let _ = reader.read_line(&mut line);
    line.trim_end().to_owned()
}
