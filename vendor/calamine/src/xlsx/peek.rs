// SPDX-License-Identifier: MIT
//
// arlens patch 19 (vendor/calamine/PATCHES.md).

//! A buffered reader that can look ahead: [`BufRead`] for quick-xml, and
//! [`Peek::peek`] for the worksheet cells' fast path, which needs a whole
//! cell in view before it takes it.

use std::io::{self, BufRead, Read};

/// The first buffer's size; it doubles when a look-ahead needs more.
const CAPACITY: usize = 64 * 1024;

/// `inner` read through a buffer that [`Peek::peek`] can fill further without
/// consuming anything. A read error is kept until the buffered bytes before it
/// have been consumed, then returned, as `BufReader` would have.
pub(crate) struct Peek<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    end: usize,
    eof: bool,
    error: Option<io::Error>,
}

impl<R: Read> Peek<R> {
    /// A reader of `inner` with nothing buffered yet.
    pub(crate) fn new(inner: R) -> Self {
        Self {
            inner,
            buf: vec![0; CAPACITY],
            pos: 0,
            end: 0,
            eof: false,
            error: None,
        }
    }

    /// The unconsumed bytes, at least `min` of them unless the input ends (or
    /// fails) first. Nothing is consumed.
    pub(crate) fn peek(&mut self, min: usize) -> &[u8] {
        while self.end - self.pos < min && !self.eof && self.error.is_none() {
            if self.pos > 0 {
                self.buf.copy_within(self.pos..self.end, 0);
                self.end -= self.pos;
                self.pos = 0;
            }
            if self.end == self.buf.len() {
                let len = self.buf.len().saturating_mul(2).max(CAPACITY);
                self.buf.resize(len, 0);
            }
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => self.error = Some(e),
            }
        }
        &self.buf[self.pos..self.end]
    }

    /// Whether [`Peek::peek`] can give no more than it has: the input ended or failed.
    pub(crate) fn exhausted(&self) -> bool {
        self.eof || self.error.is_some()
    }

    /// The consumed bytes still in the buffer, the last one consumed last.
    pub(crate) fn consumed(&self) -> &[u8] {
        &self.buf[..self.pos]
    }
}

impl<R: Read> Read for Peek<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Peek<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.end {
            if let Some(e) = self.error.take() {
                return Err(e);
            }
            if !self.eof {
                self.pos = 0;
                self.end = 0;
                loop {
                    match self.inner.read(&mut self.buf) {
                        Ok(0) => self.eof = true,
                        Ok(n) => self.end = n,
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        Err(e) => return Err(e),
                    }
                    break;
                }
            }
        }
        Ok(&self.buf[self.pos..self.end])
    }

    fn consume(&mut self, n: usize) {
        self.pos = self.pos.saturating_add(n).min(self.end);
    }
}

