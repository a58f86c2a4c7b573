//! The read buffer both pumps use: small while a connection is quiet (an idle connection
//! holds 8 KiB, not 64), doubled up to 64 KiB while reads fill it (a big FETCH), and given
//! back when a command ends.

const SMALL: usize = 8 * 1024;
const LARGE: usize = 64 * 1024;

#[derive(Debug)]
pub(crate) struct ReadBuffer {
    bytes: Vec<u8>,
}

impl Default for ReadBuffer {
    fn default() -> ReadBuffer {
        ReadBuffer { bytes: vec![0; SMALL] }
    }
}

impl ReadBuffer {
    /// Where the next read goes.
    pub(crate) fn space(&mut self) -> &mut [u8] {
        &mut self.bytes
    }

    /// The first `n` bytes, just read; a read that filled the buffer makes it grow.
    pub(crate) fn filled(&mut self, n: usize) -> &[u8] {
        if n == self.bytes.len() && n < LARGE {
            let mut grown = vec![0; (n * 2).min(LARGE)];
            grown[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = grown;
        }
        &self.bytes[..n]
    }

    /// After a command: back to the small size.
    pub(crate) fn relax(&mut self) {
        if self.bytes.len() > SMALL {
            self.bytes = vec![0; SMALL];
        }
    }
}
