//! COMPRESS=DEFLATE (RFC 4978): after the tagged OK of `COMPRESS DEFLATE`, everything the
//! client writes and reads is one raw DEFLATE stream per direction (RFC 1951, no zlib
//! header). Each write is sync-flushed, so the server can decode a command as soon as it is
//! sent. Input is inflated one piece of at most 64 KiB at a time, and the client parses each
//! piece before asking for the next: a small input that inflates to a lot (a "bomb") meets
//! the session's size limits as it grows, exactly as uncompressed input read 64 KiB at a time.

use std::io;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

/// Largest piece of inflated data handed on at a time.
const PIECE: usize = 64 * 1024;

/// Bytes before and after compression since COMPRESS took effect (see
/// `Session::compression`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CompressionStats {
    /// IMAP bytes the client sent.
    pub sent_plain: u64,
    /// The compressed bytes that went on the wire for them.
    pub sent_wire: u64,
    /// Compressed bytes the client read from the wire.
    pub received_wire: u64,
    /// The IMAP bytes they inflated to.
    pub received_plain: u64,
}

/// The two DEFLATE streams of a compressed connection.
pub(crate) struct Deflate {
    compress: Compress,
    decompress: Decompress,
    /// Compressed bytes read but not yet inflated.
    pending: Vec<u8>,
    stats: CompressionStats,
    /// The server finished its stream (it does so as it closes the connection).
    ended: bool,
}

impl std::fmt::Debug for Deflate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deflate").field("stats", &self.stats).field("ended", &self.ended).finish_non_exhaustive()
    }
}

impl Deflate {
    /// Fresh streams, as at the tagged OK of COMPRESS.
    pub fn new() -> Deflate {
        Deflate {
            compress: Compress::new(Compression::default(), false),
            decompress: Decompress::new(false),
            pending: Vec::new(),
            stats: CompressionStats::default(),
            ended: false,
        }
    }

    /// What has gone through so far.
    pub fn stats(&self) -> CompressionStats {
        self.stats
    }

    /// Compresses `plain` and sync-flushes: the result carries all of it.
    pub fn deflate(&mut self, plain: &[u8]) -> io::Result<Vec<u8>> {
        let mut out = Vec::with_capacity(plain.len() / 2 + 64);
        let mut consumed = 0;
        loop {
            if out.capacity() - out.len() < 1024 {
                out.reserve(out.capacity().max(1024));
            }
            let before_in = self.compress.total_in();
            self.compress
                .compress_vec(&plain[consumed..], &mut out, FlushCompress::Sync)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("DEFLATE failed: {e}")))?;
            consumed += usize::try_from(self.compress.total_in() - before_in).unwrap_or(usize::MAX);
            // Done when all input is in and the flush did not fill the space it had.
            if consumed >= plain.len() && out.len() < out.capacity() {
                break;
            }
        }
        self.stats.sent_plain += plain.len() as u64;
        self.stats.sent_wire += out.len() as u64;
        Ok(out)
    }

    /// Adds compressed bytes read from the wire; [`Deflate::next_piece`] inflates them.
    pub fn push(&mut self, wire: &[u8]) {
        self.pending.extend_from_slice(wire);
    }

    /// The next piece (at most 64 KiB) of inflated data; `None` when the bytes pushed so far
    /// give no more. A stream that is not valid DEFLATE, or bytes after its end, are an
    /// `InvalidData` error. The end itself is not: a server may finish its stream as it
    /// closes the connection.
    pub fn next_piece(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut piece = vec![0u8; PIECE];
        loop {
            if self.ended {
                if self.pending.is_empty() {
                    return Ok(None);
                }
                return Err(io::Error::new(io::ErrorKind::InvalidData, "data after the end of the DEFLATE stream"));
            }
            let before_in = self.decompress.total_in();
            let before_out = self.decompress.total_out();
            let status = self
                .decompress
                .decompress(&self.pending, &mut piece, FlushDecompress::None)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("not a DEFLATE stream: {e}")))?;
            let read = usize::try_from(self.decompress.total_in() - before_in).unwrap_or(usize::MAX);
            let written = usize::try_from(self.decompress.total_out() - before_out).unwrap_or(usize::MAX);
            self.pending.drain(..read.min(self.pending.len()));
            self.stats.received_wire += read as u64;
            self.stats.received_plain += written as u64;
            if status == Status::StreamEnd {
                self.ended = true;
            }
            if written > 0 {
                piece.truncate(written);
                return Ok(Some(piece));
            }
            // Nothing came out: the stream needs more input (or just ended: checked above).
            if read == 0 && status != Status::StreamEnd {
                return Ok(None);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Deflate {
        /// Everything `wire` inflates to, piece by piece.
        fn inflate(&mut self, wire: &[u8], mut sink: impl FnMut(&[u8])) -> io::Result<()> {
            self.push(wire);
            while let Some(piece) = self.next_piece()? {
                sink(&piece);
            }
            Ok(())
        }
    }

    /// Two ends of one direction: what one deflates, the other inflates, write by write.
    #[test]
    fn each_write_is_decodable_on_its_own() {
        let (mut client, mut server) = (Deflate::new(), Deflate::new());
        for line in [&b"A1 NOOP\r\n"[..], b"A2 SELECT INBOX\r\n", &[b'x'; 200_000]] {
            let wire = client.deflate(line).unwrap();
            let mut got = Vec::new();
            server.inflate(&wire, |piece| got.extend_from_slice(piece)).unwrap();
            assert!(got == line, "a sync flush carries the whole write: {} of {} bytes", got.len(), line.len());
        }
        let stats = client.stats();
        assert_eq!(stats.sent_plain, 9 + 17 + 200_000);
        assert!(stats.sent_wire < stats.sent_plain / 10, "{stats:?}");
        assert_eq!(server.stats().received_plain, stats.sent_plain);
    }

    #[test]
    fn input_split_anywhere_inflates_the_same() {
        let mut client = Deflate::new();
        let text: Vec<u8> =
            (0..5_000u32).flat_map(|i| format!("* {i} FETCH (FLAGS (\\Seen))\r\n").into_bytes()).collect();
        let wire = client.deflate(&text).unwrap();
        for step in [1, 7, 4096] {
            let mut server = Deflate::new();
            let mut got = Vec::new();
            for part in wire.chunks(step) {
                server.inflate(part, |piece| got.extend_from_slice(piece)).unwrap();
            }
            assert!(got == text, "pieces of {step}: {} of {} bytes", got.len(), text.len());
        }
    }

    #[test]
    fn a_bomb_comes_out_in_bounded_pieces_and_garbage_is_an_error() {
        let mut client = Deflate::new();
        let wire = client.deflate(&vec![b'a'; 20 << 20]).unwrap();
        assert!(wire.len() < 100_000);
        let mut server = Deflate::new();
        let (mut largest, mut total) = (0, 0);
        server
            .inflate(&wire, |piece| {
                largest = largest.max(piece.len());
                total += piece.len();
            })
            .unwrap();
        assert_eq!((largest, total), (PIECE, 20 << 20));
        let error = Deflate::new().inflate(b"\xff\xff\xff\xff not deflate", |_| {}).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::InvalidData);
    }
}
