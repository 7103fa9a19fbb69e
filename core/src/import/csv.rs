//! Delimited text (CSV, semicolon, tab, pipe) through the `csv` crate, after
//! decoding UTF-8 (with or without BOM, with bad bytes located), UTF-16 (with
//! or without BOM) or Windows-1252.

use super::grid::{Cell, Grid, Row};
use crate::error::{Error, ErrorKind, Position};
use crate::limits::{ImportLimits, too_large};
use std::borrow::Cow;

/// How many lines [`sniff_delimiter`] looks at.
const SNIFF_LINES: usize = 20;

/// Decodes text bytes: a BOM names the encoding (UTF-8, UTF-16 LE/BE); without
/// one, zero bytes in every other place mean UTF-16 (LE or BE); valid UTF-8 is
/// UTF-8; UTF-8 with a few bad bytes (no more than its accented letters) stays
/// UTF-8, the bad bytes replaced by `�` and reported by [`read_grid`]; anything
/// else is read as Windows-1252, the encoding of Excel's "CSV" on Western
/// Windows. Returns the text, the encoding's name and whether bytes were replaced.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str, bool) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, lossy) = encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default());
        return (text, encoding.name(), lossy);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, lossy) = encoding.decode_without_bom_handling(bytes);
        return (text, encoding.name(), lossy);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), "UTF-8", false),
        Err(_) => {
            let (mut accented, mut bad) = (0usize, 0usize);
            for chunk in bytes.utf8_chunks() {
                accented = accented.saturating_add(chunk.valid().chars().filter(|c| !c.is_ascii()).count());
                bad = bad.saturating_add(chunk.invalid().len());
            }
            if accented > 0 && bad <= accented {
                (String::from_utf8_lossy(bytes), "UTF-8", true)
            } else {
                (encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0, "windows-1252", false)
            }
        }
    }
}

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
pub fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0), (b'|', 0)];
    let mut quoted = false;
    let mut lines = 0usize;
    for &b in text.as_bytes() {
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

/// Reads delimited text into a [`Grid`] of text cells, one row per record,
/// numbered by the line the record starts on. Also returns the encoding used.
pub fn read_grid(
    bytes: &[u8],
    file: &Position,
    limits: &ImportLimits,
) -> Result<(Grid, &'static str, Vec<Position>), Error> {
    let (text, encoding, lossy) = decode(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(&text))
        .from_reader(text.as_bytes());
    let mut grid = Grid::default();
    // Line numbers are counted here from byte offsets: the csv crate's own count
    // leaves out the blank lines it skips, and the user's editor does not.
    let bytes = text.as_bytes();
    let (mut line, mut counted_to) = (1u64, 0usize);
    let mut line_at = |offset: usize| {
        // A record's offset can point at the blank lines before it.
        let mut offset = offset.min(bytes.len());
        while matches!(bytes.get(offset), Some(b'\n' | b'\r')) {
            offset = offset.saturating_add(1);
        }
        let newlines =
            bytes.get(counted_to..offset).unwrap_or_default().iter().filter(|&&b| b == b'\n').count();
        line = line.saturating_add(newlines as u64);
        counted_to = offset;
        line
    };
    // One record buffer for the whole file: only the cells are allocated per row.
    let mut record = ::csv::StringRecord::new();
    let mut cells = 0u64;
    loop {
        let more = reader.read_record(&mut record).map_err(|e| {
            let at = e.position().map_or_else(|| file.clone(), |p| file.at_row(line_at(p.byte() as usize)));
            Error::new(ErrorKind::Csv(e), Some(at))
        })?;
        if !more {
            break;
        }
        let number = record.position().map_or(0, |p| line_at(p.byte() as usize));
        cells = cells.saturating_add(record.len() as u64);
        if cells > limits.cells {
            return Err(Error::new(
                too_large("cells in the file", limits.cells, cells, "cells"),
                Some(file.at_row(number)),
            ));
        }
        // Bytes bound characters from above: count characters only for a long field.
        if let Some((index, field)) = record.iter().enumerate().find(|(_, f)| {
            f.len() as u64 > limits.cell_characters && f.chars().count() as u64 > limits.cell_characters
        }) {
            let found = field.chars().count() as u64;
            let at = file.at_row(number).at_column(index, "");
            let at = Position { header: None, ..at };
            return Err(Error::new(
                too_large("characters in one cell", limits.cell_characters, found, "cellCharacters"),
                Some(at),
            ));
        }
        grid.rows.push(Row { number, cells: record.iter().map(Cell::text).collect() });
    }
    // Where bytes could not be decoded: each cell holding a replacement character.
    let mut bad = Vec::new();
    if lossy {
        for row in &grid.rows {
            for (i, cell) in row.cells.iter().enumerate() {
                if cell.as_text().is_some_and(|t| t.contains('\u{FFFD}')) {
                    bad.push(Position {
                        column: Some(crate::error::column_letter(i)),
                        ..file.at_row(row.number)
                    });
                }
            }
        }
    }
    Ok((grid, encoding, bad))
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(sniff_delimiter(input), want, "input {input:?}");
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
            let (got, enc, replaced) = decode(input);
            assert_eq!((got.as_ref(), enc, replaced), (text, encoding, lossy), "input {input:?}");
        }
    }
}
