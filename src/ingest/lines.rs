//! Lines of a JSON Lines input, read one at a time with a bound on their length, so that a
//! stream of any size (or one endless line) is read in constant memory.

use std::io::{self, BufRead, Read};

/// One line of input, without its line break (`\n` or `\r\n`).
pub enum Line {
    /// The line's text.
    Text(String),
    /// A line over the bound, of this many bytes at least; it was read past and dropped.
    TooLong(usize),
    /// A line that is not UTF-8.
    NotUtf8,
}

/// Reads the lines of `input`, each at most `max_bytes` long.
pub struct Lines<R> {
    input: R,
    max_bytes: usize,
    buffer: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    /// Reads `input` in lines of at most `max_bytes`.
    pub fn new(input: R, max_bytes: usize) -> Self {
        Self {
            input,
            max_bytes,
            buffer: Vec::new(),
        }
    }

    /// The next line; `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        self.buffer.clear();
        let limit = self.max_bytes as u64 + 1;
        let read = Read::take(self.input.by_ref(), limit).read_until(b'\n', &mut self.buffer)?;
        if read == 0 {
            return Ok(None);
        }
        if self.buffer.last() == Some(&b'\n') {
            self.buffer.pop();
            if self.buffer.last() == Some(&b'\r') {
                self.buffer.pop();
            }
        } else if self.buffer.len() > self.max_bytes {
            let length = self.buffer.len() + self.skip_line()?;
            self.buffer = Vec::new();
            return Ok(Some(Line::TooLong(length)));
        }
        Ok(Some(match std::str::from_utf8(&self.buffer) {
            Ok(text) => Line::Text(text.to_string()),
            Err(_) => Line::NotUtf8,
        }))
    }

    /// Reads past the rest of the current line; returns how many bytes it had.
    fn skip_line(&mut self) -> io::Result<usize> {
        let mut skipped = 0;
        loop {
            let available = self.input.fill_buf()?;
            if available.is_empty() {
                return Ok(skipped);
            }
            match available.iter().position(|&b| b == b'\n') {
                Some(end) => {
                    self.input.consume(end + 1);
                    return Ok(skipped + end);
                }
                None => {
                    let length = available.len();
                    self.input.consume(length);
                    skipped += length;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_broken_lines_are_told_apart_and_skipped() {
        let input: &[u8] = b"short\r\n0123456789abc\nnext\n\xff\xfe\nlast";
        let mut lines = Lines::new(input, 8);
        let mut seen = Vec::new();
        while let Some(line) = lines.next_line().unwrap_or_else(|e| panic!("{e}")) {
            seen.push(match line {
                Line::Text(text) => text,
                Line::TooLong(bytes) => format!("too long: {bytes}"),
                Line::NotUtf8 => "not UTF-8".to_string(),
            });
        }
        assert_eq!(seen, ["short", "too long: 13", "next", "not UTF-8", "last"]);
    }
}
