//! Delimited text (CSV, semicolon, tab, pipe) through the `csv` crate, after
//! decoding UTF-8 (with or without BOM, with bad bytes located), UTF-16 (with
//! or without BOM) or Windows-1252.

use super::grid::{Cell, Grid, Packer};
use crate::error::{Error, Position};
use crate::limits::{ImportLimits, too_large};

/// How many lines [`sniff_delimiter`] looks at.
const SNIFF_LINES: usize = 20;

/// UTF-16 without a BOM: in the first bytes, zeros fill most odd places (LE:
/// ASCII letters then 0) or most even places (BE), and almost none of the others.
// Counts of at most 1,024 bytes, times 20 at most: far below usize::MAX.
#[allow(clippy::arithmetic_side_effects)]
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..bytes.len().min(1024) & !1).unwrap_or_default();
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= pairs * 4 && even * 20 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 4 && odd * 20 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Guesses the delimiter: whichever of `, ; \t |` occurs most outside double
/// quotes in the first lines (`,` on a tie or when none occurs). Title lines
/// above the header have none and do not disturb the count.
pub fn sniff_delimiter(text: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0), (b'|', 0)];
    let mut quoted = false;
    let mut lines = 0usize;
    for &b in text {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                lines = lines.saturating_add(1);
                if lines == SNIFF_LINES {
                    break;
                }
            }
            _ if !quoted => {
                if let Some((_, count)) = counts.iter_mut().find(|(c, _)| *c == b) {
                    *count = count.saturating_add(1);
                }
            }
            _ => {}
        }
    }
    // The most frequent; on a tie the first listed.
    let best = counts.iter().enumerate().max_by_key(|(i, (_, count))| (*count, std::cmp::Reverse(*i)));
    match best {
        Some((_, (delimiter, count))) if *count > 0 => *delimiter,
        _ => b',',
    }
}

/// Whether `head` holds enough of the file to look for a fixed-width layout:
/// [`super::fixed::LOOK_LINES`] lines or [`super::fixed::LOOK_BYTES`] bytes.
fn seen_enough(head: &[u8]) -> bool {
    head.len() >= super::fixed::LOOK_BYTES
        || memchr::memchr_iter(b'\n', head).nth(super::fixed::LOOK_LINES).is_some()
}

/// Bytes split in one call (see [`CsvReader::split_in_pieces`]).
const PIECE_BYTES: usize = 1 << 20;

/// The longest start of a line kept for the next chunk by the fast path (see
/// [`CsvReader::split`]); a longer one is read by csv-core.
const CARRY_BYTES: usize = 64 << 10;

/// Bytes looked at before the encoding is decided (BOM, UTF-16 without BOM).
const HEAD_BYTES: usize = 1024;

/// Reads delimited text into a [`Grid`] of text cells, chunk by chunk: the
/// chunks may split a line, a quoted field, a CRLF or a multi-byte character
/// anywhere, and give the same grid as the whole file in one chunk. Each row is
/// numbered by the line its record starts on.
///
/// The encoding: a BOM names it (UTF-8, UTF-16 LE/BE); without one, zero
/// bytes in every other place of the first 1,024 bytes mean UTF-16 (LE or BE);
/// valid UTF-8 is UTF-8; UTF-8 with a few bad bytes (no more than its accented
/// letters) stays UTF-8, the bad bytes replaced by `�` and reported; anything
/// else is read as Windows-1252, the encoding of Excel's "CSV" on Western
/// Windows. Without a BOM that takes the whole file, so its bytes are split as
/// they are (delimiters and quotes are ASCII in UTF-8 and Windows-1252 alike)
/// and only fields with non-ASCII bytes are decoded again at the end if the
/// file turns out not to be UTF-8.
pub struct CsvReader {
    file: Position,
    limits: ImportLimits,
    /// Raw bytes while the encoding is undecided (the first [`HEAD_BYTES`]).
    head: Option<Vec<u8>>,
    /// The decoder of a file with a BOM or in UTF-16; `None`: bytes as they are.
    decoder: Option<encoding_rs::Decoder>,
    /// Whether the text is decoded (a BOM or UTF-16); the decoder is taken out
    /// of `decoder` while it runs.
    transcoded: bool,
    encoding: &'static str,
    /// Whether the decoder replaced bytes it could not decode.
    replaced: bool,
    /// Decoded text until the delimiter is sniffed from its first lines.
    sniffing: Option<Sniffing>,
    csv: csv_core::Reader,
    /// Whether lines without a quote are split here rather than by csv-core
    /// (see [`CsvReader::split`]); `false` only to test the two against each other.
    fast: bool,
    /// The delimiter, once sniffed.
    delimiter: u8,
    /// Whether csv-core is inside a record (a quoted one the fast path handed over).
    in_core: bool,
    /// The start of a line whose end has not come yet (fast path).
    carry: Vec<u8>,
    /// The fields of the record being read, and where each ends.
    fields: Vec<u8>,
    ends: Vec<usize>,
    filled: usize,
    ended: usize,
    /// Newlines consumed so far, and the line the current record starts on.
    lines: u64,
    record_line: Option<u64>,
    grid: Grid,
    cells: u64,
    /// Without a decoder: non-ASCII UTF-8 characters and invalid bytes seen
    /// (they decide between UTF-8 and Windows-1252), and the raw bytes of the
    /// fields to decode again in the end (row index, column, bytes).
    accented: usize,
    bad: usize,
    raw: Vec<(usize, usize, Box<[u8]>)>,
    /// Decoded text, reused between chunks.
    text: String,
    /// The double quotes of the record csv-core is reading: odd at the file's
    /// end, a quote never closed; one closed with text after it, a stray quote
    /// another closed ([`super::unclosed`]).
    record_quotes: super::unclosed::Quotes,
    /// The rows of records on several lines that a stray quote may have made.
    unclosed: Vec<(usize, super::unclosed::Ending)>,
    /// The rows' texts, packed into blocks the rows share.
    packer: Packer,
    /// Whether the text is a report in fixed-width columns ([`super::fixed`]).
    fixed: Fixed,
    /// The encoding of a fixed-width report in UTF-16, which is decoded before
    /// it is cut (the reader then reads UTF-8).
    cut_from: Option<&'static encoding_rs::Encoding>,
}

/// What the reader knows of a fixed-width layout ([`super::fixed`]).
enum Fixed {
    /// The first lines, kept until a report's header is looked for.
    Looking(Vec<u8>),
    /// Delimited text: read as it comes.
    Delimited,
    /// A fixed-width report: its lines cut into fields as they come, after
    /// decoding when it is in UTF-16.
    Cutting(Box<super::fixed::Cutter>, Option<Box<encoding_rs::Decoder>>),
}

/// `bytes` decoded by `decoder` (UTF-16 into UTF-8), all of them.
fn decoded_text(decoder: &mut encoding_rs::Decoder, bytes: &[u8], last: bool) -> String {
    let mut text = String::with_capacity(bytes.len().saturating_add(4));
    let mut rest = bytes;
    loop {
        let (result, read, _) = decoder.decode_to_string(rest, &mut text, last);
        rest = rest.get(read..).unwrap_or_default();
        match result {
            encoding_rs::CoderResult::InputEmpty => return text,
            encoding_rs::CoderResult::OutputFull => text.reserve(rest.len().saturating_add(16)),
        }
    }
}

/// Text kept while the first lines are counted for [`sniff_delimiter`].
struct Sniffing {
    text: Vec<u8>,
    quoted: bool,
    lines: usize,
}

/// A grid read from delimited text: the grid, the encoding's name and the
/// cells holding bytes that could not be decoded.
pub type ReadText = (Grid, &'static str, Vec<Position>);

impl CsvReader {
    /// A reader for the file at `file` (its name, for error locations).
    pub fn new(file: &Position, limits: &ImportLimits) -> Self {
        CsvReader {
            file: file.clone(),
            limits: *limits,
            head: Some(Vec::new()),
            decoder: None,
            transcoded: false,
            encoding: "UTF-8",
            replaced: false,
            sniffing: Some(Sniffing { text: Vec::new(), quoted: false, lines: 0 }),
            csv: csv_core::Reader::new(),
            fast: true,
            delimiter: b',',
            in_core: false,
            carry: Vec::new(),
            fields: vec![0; 1024],
            ends: vec![0; 32],
            filled: 0,
            ended: 0,
            lines: 0,
            record_line: None,
            grid: Grid::default(),
            cells: 0,
            accented: 0,
            bad: 0,
            raw: Vec::new(),
            text: String::new(),
            record_quotes: super::unclosed::Quotes::default(),
            unclosed: Vec::new(),
            packer: Packer::default(),
            fixed: Fixed::Looking(Vec::new()),
            cut_from: None,
        }
    }

    /// Records read so far.
    pub fn rows(&self) -> usize {
        self.grid.rows.len().saturating_add(self.packer.pending())
    }

    /// Reads the next bytes of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), Error> {
        if chunk.is_empty() {
            return Ok(());
        }
        match &mut self.fixed {
            Fixed::Delimited => self.push_text(chunk),
            Fixed::Cutting(cutter, decoder) => {
                let cut = match decoder {
                    Some(decoder) => cutter.cut(decoded_text(decoder, chunk, false).as_bytes(), false),
                    None => cutter.cut(chunk, false),
                };
                self.push_text(&cut)
            }
            Fixed::Looking(looked) if looked.is_empty() && seen_enough(chunk) => self.look(chunk, false),
            Fixed::Looking(looked) => {
                looked.extend_from_slice(chunk);
                if !seen_enough(looked) {
                    return Ok(());
                }
                let looked = std::mem::take(looked);
                self.look(&looked, false)
            }
        }
    }

    /// Decides from the first lines whether the text is a fixed-width report,
    /// and reads them.
    fn look(&mut self, head: &[u8], last: bool) -> Result<(), Error> {
        // UTF-16 (with or without a BOM) is looked at, and cut, decoded.
        let utf16 = match encoding_rs::Encoding::for_bom(head) {
            Some((encoding, _)) => (encoding != encoding_rs::UTF_8).then_some(encoding),
            None => utf16_without_bom(head),
        };
        let mut decoder = utf16.map(|encoding| Box::new(encoding.new_decoder_with_bom_removal()));
        let text = decoder.as_mut().map(|decoder| decoded_text(decoder, head, last));
        let text = text.as_ref().map_or(head, |t| t.as_bytes());
        match super::fixed::layout(text) {
            Some(layout) => {
                let mut cutter = super::fixed::Cutter::new(layout);
                let cut = cutter.cut(text, last);
                self.cut_from = utf16;
                self.fixed = Fixed::Cutting(Box::new(cutter), decoder);
                self.push_text(&cut)
            }
            None => {
                self.fixed = Fixed::Delimited;
                self.push_text(head)
            }
        }
    }

    /// Reads the next bytes of delimited text.
    fn push_text(&mut self, chunk: &[u8]) -> Result<(), Error> {
        if chunk.is_empty() {
            return Ok(());
        }
        if let Some(head) = &mut self.head {
            if head.is_empty() && chunk.len() >= HEAD_BYTES {
                // The first chunk holds the head: read it where it is.
                self.head = None;
                return self.start(chunk, false);
            }
            head.extend_from_slice(chunk);
            if head.len() < HEAD_BYTES {
                return Ok(());
            }
            let head = self.head.take().unwrap_or_default();
            return self.start(&head, false);
        }
        self.decode(chunk, false)
    }

    /// Reads what is left and returns the grid.
    pub fn finish(mut self) -> Result<ReadText, Error> {
        match std::mem::replace(&mut self.fixed, Fixed::Delimited) {
            Fixed::Looking(looked) => self.look(&looked, true)?,
            Fixed::Cutting(mut cutter, decoder) => {
                let rest =
                    decoder.map(|mut decoder| decoded_text(&mut decoder, &[], true)).unwrap_or_default();
                let cut = cutter.cut(rest.as_bytes(), true);
                self.push_text(&cut)?;
            }
            Fixed::Delimited => {}
        }
        match self.head.take() {
            Some(head) => self.start(&head, true)?,
            None => self.decode(&[], true)?,
        }
        if let Some(sniffing) = self.sniffing.take() {
            self.begin(&sniffing.text)?;
        }
        self.split(&[])?;
        let cut_from = self.cut_from;
        let (grid, encoding, undecoded) = self.decoded();
        Ok((grid, cut_from.map_or(encoding, encoding_rs::Encoding::name), undecoded))
    }

    /// Decides the encoding from the first bytes and reads them.
    fn start(&mut self, head: &[u8], last: bool) -> Result<(), Error> {
        let (encoding, skip) = match encoding_rs::Encoding::for_bom(head) {
            Some((encoding, bom)) => (Some(encoding), bom),
            None => (utf16_without_bom(head), 0),
        };
        if let Some(encoding) = encoding {
            self.encoding = encoding.name();
            self.transcoded = true;
            self.decoder = Some(encoding.new_decoder_without_bom_handling());
        }
        self.decode(head.get(skip..).unwrap_or_default(), last)
    }

    /// Decodes `bytes` (when the file has a decoder) and splits them.
    fn decode(&mut self, bytes: &[u8], last: bool) -> Result<(), Error> {
        let Some(mut decoder) = self.decoder.take() else {
            return self.text_in(bytes);
        };
        let read = self.transcode(&mut decoder, bytes, last);
        self.decoder = Some(decoder);
        read
    }

    /// Decodes `bytes` with `decoder` and splits the text.
    fn transcode(
        &mut self,
        decoder: &mut encoding_rs::Decoder,
        bytes: &[u8],
        last: bool,
    ) -> Result<(), Error> {
        let mut text = std::mem::take(&mut self.text);
        let mut rest = bytes;
        loop {
            text.clear();
            let room = decoder.max_utf8_buffer_length(rest.len()).unwrap_or(rest.len()).max(16);
            text.reserve(room);
            let (result, read, replaced) = decoder.decode_to_string(rest, &mut text, last);
            self.replaced |= replaced;
            rest = rest.get(read..).unwrap_or_default();
            if let Err(e) = self.text_in(text.as_bytes()) {
                self.text = text;
                return Err(e);
            }
            if result == encoding_rs::CoderResult::InputEmpty {
                break;
            }
        }
        self.text = text;
        Ok(())
    }

    /// Takes decoded (or raw) text: kept until the delimiter is known, then split.
    fn text_in(&mut self, bytes: &[u8]) -> Result<(), Error> {
        if bytes.is_empty() {
            return Ok(());
        }
        let Some(sniffing) = &mut self.sniffing else {
            return self.split_in_pieces(bytes);
        };
        // Kept up to the end of the first lines; the rest is split where it is.
        let mut end = bytes.len();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'"' => sniffing.quoted = !sniffing.quoted,
                b'\n' if !sniffing.quoted => {
                    sniffing.lines = sniffing.lines.saturating_add(1);
                    if sniffing.lines == SNIFF_LINES {
                        end = i.saturating_add(1);
                        break;
                    }
                }
                _ => {}
            }
        }
        let (first, rest) = bytes.split_at(end.min(bytes.len()));
        sniffing.text.extend_from_slice(first);
        if sniffing.lines < SNIFF_LINES {
            return Ok(());
        }
        let text = self.sniffing.take().map(|s| s.text).unwrap_or_default();
        self.begin(&text)?;
        self.split_in_pieces(rest)
    }

    /// Splits `bytes` a megabyte at a time: the same records (the reader is
    /// chunk-invariant), and in WebAssembly a whole 77 MB file went a third
    /// slower in one piece than in pieces (9.4 against 6.6 s to a ledger).
    fn split_in_pieces(&mut self, bytes: &[u8]) -> Result<(), Error> {
        bytes.chunks(PIECE_BYTES).try_for_each(|piece| self.split(piece))
    }

    /// Sniffs the delimiter from the first lines and splits them.
    fn begin(&mut self, text: &[u8]) -> Result<(), Error> {
        self.delimiter = match self.fixed {
            Fixed::Cutting(..) => super::fixed::SEPARATOR,
            _ => sniff_delimiter(text),
        };
        self.csv = csv_core::ReaderBuilder::new().delimiter(self.delimiter).build();
        if text.is_empty() { Ok(()) } else { self.split(text) }
    }

    /// Splits text into records; an empty `input` ends the file.
    ///
    /// A line without a double quote is split at its delimiters here, its
    /// fields read where they lie, which gives exactly what csv-core gives (a
    /// record ends at `\n`, `\r` or `\r\n`, blank lines are none, and only a
    /// quote changes the meaning of a byte): csv-core's byte-by-byte automaton
    /// copying every field was a third of the time to split a file. A line with
    /// a quote, from its first byte to the end of its record (which may span
    /// lines and chunks), goes through csv-core.
    fn split(&mut self, input: &[u8]) -> Result<(), Error> {
        if !self.fast {
            return self.split_by_core(input).map(|_| ());
        }
        let last = input.is_empty();
        if !self.carry.is_empty() && !last {
            // The line carried over, completed with this chunk up to its first
            // line break, then the rest read where it lies (joining the whole
            // chunk to it copied every byte of a file once more, and left a
            // chunk-sized gap in the memory each time).
            let end = memchr::memchr2(b'\n', b'\r', input).map_or(input.len(), |at| at.saturating_add(1));
            let (head, rest) = input.split_at(end);
            let mut joined = std::mem::take(&mut self.carry);
            joined.extend_from_slice(head);
            self.split_joined(&joined, false)?;
            return if rest.is_empty() { Ok(()) } else { self.split(rest) };
        }
        // A line still carried here is the file's last (`input` is its end).
        let joined = std::mem::take(&mut self.carry);
        let data = if joined.is_empty() { input } else { joined.as_slice() };
        self.split_joined(data, last)
    }

    /// [`split`](Self::split)'s reading of `data`, the carried line already
    /// joined to it; `last` when the file ends with `data`.
    fn split_joined(&mut self, data: &[u8], last: bool) -> Result<(), Error> {
        let mut at = 0usize;
        // The piece's text when it is all ASCII (most files): its lines are cut
        // from it, not each checked for UTF-8 and for ASCII again.
        let ascii = ascii_text(data);
        // The first double quote at or after where it was last searched from
        // (`data.len()`: none), found once for all the lines before it.
        let mut quote: Option<usize> = None;
        loop {
            let rest = data.get(at..).unwrap_or_default();
            if self.in_core {
                let used = self.split_by_core(if last { &[] } else { rest })?;
                if last || self.in_core {
                    // The file's end, or all of `rest` read inside one record.
                    return Ok(());
                }
                at = at.saturating_add(used);
                continue;
            }
            // A record's start: line breaks before it end the last one or are blank lines.
            let skip = rest.iter().position(|&b| b != b'\n' && b != b'\r').unwrap_or(rest.len());
            let (breaks, rest) = rest.split_at(skip);
            self.lines = self.lines.saturating_add(memchr::memchr_iter(b'\n', breaks).count() as u64);
            at = at.saturating_add(skip);
            if rest.is_empty() {
                return Ok(());
            }
            let line = match memchr::memchr2(b'\n', b'\r', rest) {
                Some(end) => rest.get(..end).unwrap_or_default(),
                None if last => rest,
                None if rest.len() <= CARRY_BYTES => {
                    // The line's end is in the next chunk.
                    self.carry = rest.to_vec();
                    return Ok(());
                }
                // A line longer than that goes to csv-core, which reads it in
                // one pass (carried, it would be copied and searched again with
                // every chunk: quadratic on a file with no line breaks).
                None => {
                    self.csv.reset();
                    self.in_core = true;
                    continue;
                }
            };
            let next_quote = match quote {
                Some(q) if q >= at => q,
                _ => memchr::memchr(b'"', rest).map_or(data.len(), |i| at.saturating_add(i)),
            };
            quote = Some(next_quote);
            if next_quote < at.saturating_add(line.len()) {
                self.csv.reset();
                self.in_core = true;
                if last {
                    // The file's last record, with no line break after it.
                    let used = self.split_by_core(rest)?;
                    at = at.saturating_add(used);
                }
                continue;
            }
            let number = self.lines.saturating_add(1);
            let ascii_line = match ascii {
                Some(text) => text.get(at..at.saturating_add(line.len())),
                None => ascii_text(line),
            };
            match ascii_line {
                // The usual line: ASCII, decoded once for all its cells.
                Some(text) => self.ascii_record(number, text)?,
                None => {
                    let delimiter = self.delimiter;
                    let count = memchr::memchr_iter(delimiter, line).count().saturating_add(1);
                    let mut start = 0usize;
                    let ends = memchr::memchr_iter(delimiter, line).chain([line.len()]);
                    let fields = ends.map(|end| {
                        let field = line.get(start..end).unwrap_or_default();
                        start = end.saturating_add(1);
                        field
                    });
                    self.record(number, count, fields)?;
                }
            }
            at = at.saturating_add(line.len());
        }
    }

    /// Splits `input` with csv-core until a record ends (the general path):
    /// returns the bytes read, `self.in_core` telling whether a record is still open.
    fn split_by_core(&mut self, input: &[u8]) -> Result<usize, Error> {
        let mut at = 0usize;
        loop {
            let rest = input.get(at..).unwrap_or_default();
            let (Some(fields), Some(ends)) =
                (self.fields.get_mut(self.filled..), self.ends.get_mut(self.ended..))
            else {
                return Ok(at);
            };
            let (result, read, wrote, ended) = self.csv.read_record(rest, fields, ends);
            let consumed = rest.get(..read).unwrap_or_default();
            self.count_lines(consumed);
            self.record_quotes.scan(consumed, self.delimiter);
            at = at.saturating_add(read);
            self.filled = self.filled.saturating_add(wrote);
            self.ended = self.ended.saturating_add(ended);
            match result {
                csv_core::ReadRecordResult::InputEmpty | csv_core::ReadRecordResult::End => return Ok(at),
                csv_core::ReadRecordResult::OutputFull => {
                    let longer = self.fields.len().saturating_mul(2);
                    self.fields.resize(longer, 0);
                }
                csv_core::ReadRecordResult::OutputEndsFull => {
                    let longer = self.ends.len().saturating_mul(2);
                    self.ends.resize(longer, 0);
                }
                csv_core::ReadRecordResult::Record => {
                    let number = self.record_line.take().unwrap_or_else(|| self.lines.saturating_add(1));
                    let fields = std::mem::take(&mut self.fields);
                    let ends = std::mem::take(&mut self.ends);
                    let mut start = 0usize;
                    let cells = ends.get(..self.ended).unwrap_or_default().iter().map(|&end| {
                        let bytes = fields.get(start..end).unwrap_or_default();
                        start = end;
                        bytes
                    });
                    let made = self.record(number, self.ended, cells);
                    let lines =
                        memchr::memchr(b'\n', fields.get(..self.filled).unwrap_or_default()).is_some();
                    self.fields = fields;
                    self.ends = ends;
                    made?;
                    // A record on several lines a stray quote may have made: ended by
                    // the file's end (no input left) with a quote open, or closed by
                    // a quote with text after it, or closed as it should be.
                    let quotes = std::mem::take(&mut self.record_quotes);
                    let ending = if input.is_empty() && quotes.count % 2 == 1 {
                        Some(super::unclosed::Ending::AtFileEnd)
                    } else if lines && quotes.stray_close {
                        Some(super::unclosed::Ending::StrayClose)
                    } else if lines {
                        Some(super::unclosed::Ending::Closed)
                    } else {
                        None
                    };
                    if let Some(ending) = ending {
                        self.unclosed.push((self.rows().saturating_sub(1), ending));
                    }
                    self.filled = 0;
                    self.ended = 0;
                    if self.fast {
                        // Back to the fast path at the next record's start.
                        self.in_core = false;
                        return Ok(at);
                    }
                }
            }
        }
    }

    /// Counts the newlines of bytes read, noting the line a record starts on:
    /// that of its first byte that is not a line break (the breaks before it
    /// end the previous record or are blank lines).
    fn count_lines(&mut self, read: &[u8]) {
        let newlines = |bytes: &[u8]| memchr::memchr_iter(b'\n', bytes).count() as u64;
        let mut rest = read;
        if self.record_line.is_none() {
            let Some(first) = read.iter().position(|&b| b != b'\n' && b != b'\r') else {
                self.lines = self.lines.saturating_add(newlines(read));
                return;
            };
            let (before, after) = read.split_at(first);
            self.lines = self.lines.saturating_add(newlines(before));
            self.record_line = Some(self.lines.saturating_add(1));
            rest = after;
        }
        self.lines = self.lines.saturating_add(newlines(rest));
    }

    /// Counts row `number`'s `count` cells, refused past the `cells` limit.
    fn count_cells(&mut self, number: u64, count: usize) -> Result<(), Error> {
        self.cells = self.cells.saturating_add(count as u64);
        if self.cells > self.limits.cells {
            return Err(Error::new(
                too_large("cells in the file", self.limits.cells, self.cells, "cells"),
                Some(self.file.at_row(number)),
            ));
        }
        Ok(())
    }

    /// The error for a cell of `found` characters, past the `cellCharacters` limit;
    /// `lines` line breaks in it say the likely cause, a quote never closed.
    fn too_long(&self, number: u64, column: usize, found: u64, lines: usize) -> Error {
        let at = Position { header: None, ..self.file.at_row(number).at_column(column, "") };
        let what = if lines > 1 {
            format!(
                "characters in one cell, which a quote opens and does not close for {lines} lines (a stray quote at the cell's start? close or remove it)"
            )
        } else {
            "characters in one cell".to_owned()
        };
        let kind = too_large(&what, self.limits.cell_characters, found, "cellCharacters");
        Error::new(kind, Some(at))
    }

    /// Makes row `number` of an ASCII line without quotes: what [`record`](Self::record)
    /// makes of its fields, without decoding each.
    fn ascii_record(&mut self, number: u64, line: &str) -> Result<(), Error> {
        // The first cell over the length limit (ASCII: a character a byte).
        let mut too_long = None;
        // Split with a byte loop: `str::split` searched for each delimiter with
        // a `memchr` call, whose set-up costs more than the few bytes of a cell.
        let delimiter = self.delimiter;
        let mut start = 0usize;
        let ends =
            line.bytes().enumerate().filter(|&(_, b)| b == delimiter).map(|(i, _)| i).chain([line.len()]);
        let mut count = 0usize;
        for end in ends {
            // ASCII: every byte offset is a character boundary.
            let field = line.get(start..end).unwrap_or_default();
            start = end.saturating_add(1);
            if too_long.is_none() && field.len() as u64 > self.limits.cell_characters {
                too_long = Some((count, field.len() as u64));
            }
            // ASCII: trimmed as `str::trim` would, byte by byte.
            self.packer.push_trimmed(trim_ascii_str(field));
            count = count.saturating_add(1);
        }
        // The limits in `record`'s order: the file's cells, then each cell's length.
        self.count_cells(number, count)?;
        if let Some((column, found)) = too_long {
            return Err(self.too_long(number, column, found, 0));
        }
        self.packer.row(number, &mut self.grid.rows);
        Ok(())
    }

    /// Makes row `number` of a record's `count` fields.
    fn record<'f>(
        &mut self,
        number: u64,
        count: usize,
        fields: impl Iterator<Item = &'f [u8]>,
    ) -> Result<(), Error> {
        self.count_cells(number, count)?;
        let index = self.rows();
        for (column, bytes) in fields.enumerate() {
            if bytes.len() as u64 > self.limits.cell_characters {
                let found = characters(bytes);
                if found > self.limits.cell_characters {
                    let lines = memchr::memchr_iter(b'\n', bytes.trim_ascii_end()).count();
                    return Err(self.too_long(number, column, found, lines));
                }
            }
            if bytes.is_ascii() {
                // ASCII is itself in every encoding read here; trimmed as
                // `str::trim` would (its white space in ASCII), without decoding.
                self.packer.push_trimmed(std::str::from_utf8(trim_ascii_space(bytes)).unwrap_or_default());
                continue;
            }
            if self.transcoded {
                // The decoder's output is UTF-8.
                self.packer.push(&String::from_utf8_lossy(bytes));
                continue;
            }
            match std::str::from_utf8(bytes) {
                Ok(text) => {
                    self.accented =
                        self.accented.saturating_add(text.chars().filter(|c| !c.is_ascii()).count());
                    // Decoded again from the cell's text unless trimming took
                    // more than ASCII spaces off it.
                    if text.trim().len() != text.trim_ascii().len() {
                        self.raw.push((index, column, bytes.into()));
                    }
                    self.packer.push(text);
                }
                Err(_) => {
                    for chunk in bytes.utf8_chunks() {
                        let accented = chunk.valid().chars().filter(|c| !c.is_ascii()).count();
                        self.accented = self.accented.saturating_add(accented);
                        self.bad = self.bad.saturating_add(chunk.invalid().len());
                    }
                    self.raw.push((index, column, bytes.into()));
                    self.packer.push("");
                }
            }
        }
        self.packer.row(number, &mut self.grid.rows);
        Ok(())
    }

    /// The grid with every cell decoded in the file's encoding, and the cells
    /// where bytes were replaced by `�`.
    fn decoded(mut self) -> ReadText {
        self.packer.finish(&mut self.grid.rows);
        self.grid.comma_split = self.delimiter == b',';
        // The room left after the last row is of use to what comes next.
        self.grid.rows.shrink_to_fit();
        let mut lossy = self.replaced;
        if !self.transcoded && self.bad > 0 {
            if self.accented > 0 && self.bad <= self.accented {
                // UTF-8 with a few bad bytes: those fields with `�`.
                lossy = true;
                for (row, column, bytes) in std::mem::take(&mut self.raw) {
                    if let Some(cell) =
                        self.grid.rows.get_mut(row).and_then(|r| r.cells_mut().get_mut(column))
                    {
                        *cell = Cell::text(super::grid::shown(&String::from_utf8_lossy(&bytes)));
                    }
                }
            } else {
                // A legacy encoding: the one the cells' bytes fit best (Excel writes the
                // system's code page: windows-1252 in the West, Shift_JIS in Japan, GBK in
                // China, windows-1250/1251/1254 in central Europe, Russia, Turkey…).
                let legacy = legacy_encoding(self.raw.iter().map(|(_, _, bytes)| &bytes[..]));
                self.encoding = legacy.name();
                let mut raw = std::mem::take(&mut self.raw).into_iter().peekable();
                let in_legacy = |bytes: &[u8]| {
                    Cell::text(super::grid::shown(&legacy.decode_without_bom_handling(bytes).0))
                };
                for (index, row) in self.grid.rows.iter_mut().enumerate() {
                    // Only rows with something to decode again are unpacked.
                    let again = raw.peek().is_some_and(|(r, _, _)| *r == index);
                    if !again && row.cells().all(|c| c.as_text().is_none_or(str::is_ascii)) {
                        continue;
                    }
                    for (column, cell) in row.cells_mut().iter_mut().enumerate() {
                        let again = match raw.peek() {
                            Some((r, c, _)) if (*r, *c) == (index, column) => raw.next().map(|(_, _, b)| b),
                            _ => None,
                        };
                        match (again, cell.as_ref().as_text()) {
                            (Some(bytes), _) => *cell = in_legacy(&bytes),
                            (None, Some(text)) if !text.is_ascii() => *cell = in_legacy(text.as_bytes()),
                            _ => {}
                        }
                    }
                }
            }
        }
        // A cell an unclosed quote made of the file's last lines, split back (after
        // decoding: the rows put in are of typed cells).
        let unclosed = std::mem::take(&mut self.unclosed);
        self.grid.unclosed_quotes = super::unclosed::reopen(&mut self.grid, self.delimiter, &unclosed);
        // Where bytes could not be decoded: each cell holding a replacement character.
        let mut bad = Vec::new();
        if lossy {
            for row in &self.grid.rows {
                for (i, cell) in row.cells().enumerate() {
                    if cell.as_text().is_some_and(|t| t.contains('\u{FFFD}')) {
                        bad.push(Position {
                            column: Some(crate::error::column_letter(i)),
                            ..self.file.at_row(row.number)
                        });
                    }
                }
            }
        }
        (self.grid, self.encoding, bad)
    }
}

/// The legacy encoding that `cells` (the bytes of the cells that are not UTF-8) read
/// best in, by Firefox's detector (`chardetng`); windows-1252 when it has nothing to
/// tell (its own fallback for Latin text). A header's few accented words are
/// little for the detector to go on (a Czech `Číslo;…;Měna` read as windows-1252:
/// `Èíslo`, `Mìna`), so the encodings of Excel's code pages are also tried on the
/// first such cells ([`HEADER_CELLS`]): one in which more of them are header words
/// of a language arlens reads, word for word, is taken instead.
fn legacy_encoding<'a>(cells: impl Iterator<Item = &'a [u8]> + Clone) -> &'static encoding_rs::Encoding {
    let mut detector = chardetng::EncodingDetector::new();
    for bytes in cells.clone() {
        detector.feed(bytes, false);
        // Cells apart, as they stand in the file: a space between them.
        detector.feed(b" ", false);
    }
    detector.feed(b"", true);
    let guess = detector.guess(None, false);
    let first: Vec<&[u8]> = cells.take(HEADER_CELLS).collect();
    let headers = |encoding: &'static encoding_rs::Encoding| {
        first
            .iter()
            .filter(|bytes| {
                let text = encoding.decode_without_bom_handling(bytes).0;
                let words = super::vocabulary::words(&text);
                super::vocabulary::fits(&words).iter().any(|(_, fit)| *fit == super::vocabulary::Fit::Exact)
            })
            .count()
    };
    let mut best = (headers(guess), guess);
    for encoding in CODE_PAGES {
        let read = headers(encoding);
        if read > best.0 {
            best = (read, encoding);
        }
    }
    best.1
}

/// How many of the first cells that are not UTF-8 [`legacy_encoding`] reads as
/// headers in each code page: the header is near the top.
const HEADER_CELLS: usize = 64;

/// The encodings of the code pages Excel writes text files in.
const CODE_PAGES: [&encoding_rs::Encoding; 14] = [
    encoding_rs::WINDOWS_1252,
    encoding_rs::WINDOWS_1250,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1253,
    encoding_rs::WINDOWS_1254,
    encoding_rs::WINDOWS_1255,
    encoding_rs::WINDOWS_1256,
    encoding_rs::WINDOWS_1257,
    encoding_rs::WINDOWS_1258,
    encoding_rs::WINDOWS_874,
    encoding_rs::SHIFT_JIS,
    encoding_rs::GBK,
    encoding_rs::BIG5,
    encoding_rs::EUC_KR,
];

/// `bytes` without the white space `str::trim` takes off ASCII text: space,
/// tab, line feed, vertical tab, form feed, carriage return.
fn trim_ascii_space(bytes: &[u8]) -> &[u8] {
    bytes.get(unspaced(bytes)).unwrap_or_default()
}

/// `bytes` as text when they are all ASCII (every byte offset then a character boundary).
fn ascii_text(bytes: &[u8]) -> Option<&str> {
    if bytes.is_ascii() { std::str::from_utf8(bytes).ok() } else { None }
}

/// [`trim_ascii_space`] of a text: the same bytes taken off, none of them
/// inside a character (they are ASCII).
fn trim_ascii_str(text: &str) -> &str {
    text.get(unspaced(text.as_bytes())).unwrap_or_default()
}

/// Where `bytes` are without the white space at their ends that
/// [`trim_ascii_space`] takes off.
fn unspaced(bytes: &[u8]) -> std::ops::Range<usize> {
    let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !space(b)).map_or(start, |i| i.saturating_add(1));
    start..end
}

/// Characters in a field's bytes: UTF-8 characters, and one per byte that is not UTF-8.
fn characters(bytes: &[u8]) -> u64 {
    bytes.utf8_chunks().map(|c| c.valid().chars().count().saturating_add(c.invalid().len())).sum::<usize>()
        as u64
}

/// Reads delimited text into a [`Grid`] in one chunk (see [`CsvReader`]).
pub fn read_grid(bytes: &[u8], file: &Position, limits: &ImportLimits) -> Result<ReadText, Error> {
    let mut reader = CsvReader::new(file, limits);
    reader.push(bytes)?;
    reader.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The grid, encoding and undecoded cells of `bytes` fed in pieces cut at
    /// `cuts`, split by the fast path or by csv-core alone.
    #[allow(clippy::arithmetic_side_effects)]
    fn read_in_pieces(bytes: &[u8], cuts: &[usize], fast: bool) -> Result<ReadText, String> {
        read_within(bytes, cuts, fast, &ImportLimits::default())
    }

    /// [`read_in_pieces`] with `limits`.
    #[allow(clippy::arithmetic_side_effects)]
    fn read_within(
        bytes: &[u8],
        cuts: &[usize],
        fast: bool,
        limits: &ImportLimits,
    ) -> Result<ReadText, String> {
        let mut reader = CsvReader::new(&Position::default(), limits);
        reader.fast = fast;
        let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
        cuts.sort_unstable();
        let mut from = 0;
        for cut in cuts.into_iter().chain([bytes.len()]) {
            reader.push(&bytes[from..cut]).map_err(|e| e.to_string())?;
            from = cut;
        }
        reader.finish().map_err(|e| e.to_string())
    }

    /// Bytes of a messy delimited file: quotes (closed, doubled, left open,
    /// inside a field), every line break alone and in pairs, blank lines, all
    /// four delimiters, spaces, a non-ASCII letter and a bad byte.
    #[cfg(not(target_arch = "wasm32"))]
    fn messy_bytes() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            4 => "[a-z0-9 .]{0,6}".prop_map(String::into_bytes),
            2 => Just(b",".to_vec()),
            1 => Just(b";".to_vec()),
            1 => Just(b"\t".to_vec()),
            1 => Just(b"|".to_vec()),
            2 => Just(b"\n".to_vec()),
            1 => Just(b"\r\n".to_vec()),
            1 => Just(b"\r".to_vec()),
            1 => Just(b"\n\n".to_vec()),
            1 => Just(b"\"".to_vec()),
            1 => Just(b"\"x,\ny\"".to_vec()),
            1 => Just(b"\"\"".to_vec()),
            1 => Just("é".as_bytes().to_vec()),
            1 => Just(vec![0xFF]),
            1 => Just(vec![0x0B]),
        ];
        proptest::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The fast path splits exactly as csv-core does, in any pieces.
        #[test]
        fn the_fast_path_splits_as_csv_core(
            bytes in messy_bytes(),
            cuts in proptest::collection::vec(0usize..10_000, 0..6),
        ) {
            let general = read_in_pieces(&bytes, &[], false);
            proptest::prop_assert_eq!(&read_in_pieces(&bytes, &cuts, true), &general);
            proptest::prop_assert_eq!(&read_in_pieces(&bytes, &[], true), &general);
        }

        /// And refuses the same file at the same cell when a limit is reached.
        #[test]
        fn the_fast_path_keeps_the_limits_as_csv_core(
            bytes in messy_bytes(),
            cuts in proptest::collection::vec(0usize..10_000, 0..6),
            cells in 1u64..40,
            characters in 1u64..8,
        ) {
            let limits = ImportLimits { cells, cell_characters: characters, ..ImportLimits::default() };
            let general = read_within(&bytes, &[], false, &limits);
            proptest::prop_assert_eq!(&read_within(&bytes, &cuts, true, &limits), &general);
        }
    }

    /// Rows over many of the blocks their texts are packed in (and one past a
    /// block's reach, kept typed) read as the fields written, whatever the
    /// pieces and the path: fields made here, not by the reader's own splitting.
    #[test]
    fn rows_across_text_blocks_read_as_written() {
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut next = move |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % n
        };
        let long = "L".repeat(70_000);
        let mut file = String::new();
        let mut rows: Vec<Vec<String>> = Vec::new();
        while file.len() < 400_000 {
            let width = 1 + next(9) as usize;
            let mut fields = Vec::new();
            for column in 0..width {
                let pick = if rows.len() == 2_000 && column == 0 { 4 } else { next(8) };
                let (written, value) = match pick {
                    0 => (String::new(), String::new()),
                    1 => ("  padded  ".to_owned(), "padded".to_owned()),
                    2 => ("\"a, \"\"b\"\"\nc\"".to_owned(), "a, \"b\"\nc".to_owned()),
                    3 => ("Société Générale".to_owned(), "Société Générale".to_owned()),
                    4 if rows.len() == 2_000 => (long.clone(), long.clone()),
                    _ => {
                        let n = next(1_000_000);
                        (format!("R{n}"), format!("R{n}"))
                    }
                };
                if column > 0 {
                    file.push(',');
                }
                file.push_str(&written);
                fields.push(value);
            }
            file.push_str(if next(3) == 0 { "\r\n" } else { "\n" });
            // A record of one empty field is a blank line: none.
            if fields.iter().any(|f| !f.is_empty()) || width > 1 {
                rows.push(fields);
            }
        }
        assert_eq!(rows.get(2_000).map(|r| r[0].len()), Some(long.len()));
        let limits = ImportLimits { cell_characters: 100_000, ..ImportLimits::default() };
        let bytes = file.as_bytes();
        for (cuts, fast) in [(vec![], true), (vec![], false), (vec![65_536, 65_537, 200_000, 300_001], true)]
        {
            let (grid, encoding, bad) = read_within(bytes, &cuts, fast, &limits).unwrap();
            assert_eq!((encoding, bad.len()), ("UTF-8", 0));
            assert_eq!(grid.rows.len(), rows.len(), "cuts {cuts:?}, fast {fast}");
            for (row, want) in grid.rows.iter().zip(&rows) {
                let got: Vec<String> = row.cells().map(|c| c.to_string()).collect();
                assert_eq!(&got, want, "line {}", row.number);
            }
        }
    }

    /// A file with no line break, fed a megabyte at a time: no more than
    /// `CARRY_BYTES` is carried from chunk to chunk (carrying the whole line
    /// would copy and search it again with every chunk), and it reads as csv-core reads it.
    #[test]
    fn a_line_longer_than_a_chunk_is_not_carried_from_chunk_to_chunk() {
        let line: Vec<u8> = b"a,".iter().copied().cycle().take(3 << 20).collect();
        let mut reader = CsvReader::new(&Position::default(), &ImportLimits::default());
        for piece in line.chunks(1 << 20) {
            reader.push(piece).unwrap();
            assert!(reader.carry.len() <= CARRY_BYTES, "carried {} bytes", reader.carry.len());
        }
        let fast = reader.finish().unwrap();
        assert_eq!(Ok(fast), read_in_pieces(&line, &[], false));
    }

    #[test]
    fn quoted_records_between_plain_lines_keep_their_line_numbers() {
        let text = "a,b\r\n\r\n\"x\ny\",\"q\"\"\"\nplain,2\r\"open";
        for fast in [true, false] {
            let (grid, _, _) = read_in_pieces(text.as_bytes(), &[5, 9], fast).unwrap();
            let rows: Vec<(u64, Vec<String>)> =
                grid.rows.iter().map(|r| (r.number, r.cells().map(|c| c.to_string()).collect())).collect();
            let want = vec![
                (1, vec!["a".to_owned(), "b".to_owned()]),
                (3, vec!["x\ny".to_owned(), "q\"".to_owned()]),
                (5, vec!["plain".to_owned(), "2".to_owned()]),
                (5, vec!["open".to_owned()]),
            ];
            assert_eq!(rows, want, "fast: {fast}");
        }
    }

    #[test]
    fn sniffs_delimiters() {
        let cases = [
            ("a,b,c\n1,2,3", b','),
            ("a;b;c\n1;2;3", b';'),
            ("a\tb\tc", b'\t'),
            ("a|b|c", b'|'),
            ("\"x;y\",b,c", b','),
            ("Aged Receivables\nAs at 31 March 2024\n\nContact;Total\nA;1", b';'),
        ];
        for (input, want) in cases {
            assert_eq!(sniff_delimiter(input.as_bytes()), want, "input {input:?}");
        }
    }

    #[test]
    fn decodes_every_encoding_excel_writes() {
        let utf16le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Café".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let utf16be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Café".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        let bare16le: Vec<u8> =
            "Invoice,Customer\nA1,Müller\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let bare16be: Vec<u8> =
            "Invoice,Customer\nA1,Müller\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        // (bytes, text, encoding, bytes replaced)
        let cases: [(&[u8], &str, &str, bool); 9] = [
            (b"Caf\xC3\xA9", "Café", "UTF-8", false),
            (b"\xEF\xBB\xBFCaf\xC3\xA9", "Café", "UTF-8", false),
            (b"Caf\xE9 \x80", "Café €", "windows-1252", false),
            (&utf16le, "Café", "UTF-16LE", false),
            (&utf16be, "Café", "UTF-16BE", false),
            (&bare16le, "Invoice,Customer\nA1,Müller\n", "UTF-16LE", false),
            (&bare16be, "Invoice,Customer\nA1,Müller\n", "UTF-16BE", false),
            // One bad byte among UTF-8 letters: still UTF-8, the byte replaced.
            (b"M\xC3\xBCller,\xFF,G\xC3\xB6rz", "Müller,\u{FFFD},Görz", "UTF-8", true),
            // No UTF-8 letters at all: Windows-1252.
            (b"M\xFCller", "Müller", "windows-1252", false),
        ];
        for (input, text, encoding, lossy) in cases {
            let (grid, enc, bad) = read_grid(input, &Position::default(), &ImportLimits::default()).unwrap();
            let got: Vec<String> = grid
                .rows
                .iter()
                .map(|r| r.cells().map(|c| c.to_string()).collect::<Vec<_>>().join(","))
                .collect();
            assert_eq!(
                (got.join("\n"), enc, !bad.is_empty()),
                (text.trim_end().to_owned(), encoding, lossy),
                "input {input:?}"
            );
        }
    }
}
