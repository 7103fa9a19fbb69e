//! Delimited text (CSV, semicolon, tab, pipe) through the `csv` crate, after
//! decoding UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1252.

use super::grid::{Cell, Grid, Row};
use crate::error::{Error, ErrorKind, Position};
use std::borrow::Cow;

/// How many lines [`sniff_delimiter`] looks at.
const SNIFF_LINES: usize = 20;

/// Decodes text bytes: a BOM names the encoding (UTF-8, UTF-16 LE/BE); without
/// one, valid UTF-8 is UTF-8 and anything else is read as Windows-1252, the
/// encoding of Excel's "CSV" on Western Windows. Returns the text and the
/// encoding's name.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text, encoding.name());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), "UTF-8"),
        Err(_) => (encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0, "windows-1252"),
    }
}

/// Guesses the delimiter: whichever of `, ; \t |` occurs most outside double
/// quotes in the first lines (`,` on a tie or when none occurs). Title lines
/// above the header have none and do not disturb the count.
pub fn sniff_delimiter(text: &str) -> u8 {
    let candidates = [b',', b';', b'\t', b'|'];
    let mut counts = [0usize; 4];
    let mut quoted = false;
    let mut lines = 0;
    for &b in text.as_bytes() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => {
                lines += 1;
                if lines == SNIFF_LINES {
                    break;
                }
            }
            _ if !quoted => {
                if let Some(i) = candidates.iter().position(|&c| c == b) {
                    counts[i] += 1;
                }
            }
            _ => {}
        }
    }
    let (best, count) =
        counts.iter().enumerate().max_by_key(|(i, c)| (**c, std::cmp::Reverse(*i))).expect("four candidates");
    if *count == 0 { b',' } else { candidates[best] }
}

/// Reads delimited text into a [`Grid`] of text cells, one row per record,
/// numbered by the line the record starts on. Also returns the encoding used.
pub fn read_grid(bytes: &[u8], file: &Position) -> Result<(Grid, &'static str), Error> {
    let (text, encoding) = decode(bytes);
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
        while offset < bytes.len() && matches!(bytes[offset], b'\n' | b'\r') {
            offset += 1;
        }
        line += bytes[counted_to..offset].iter().filter(|&&b| b == b'\n').count() as u64;
        counted_to = offset;
        line
    };
    // One record buffer for the whole file: only the cells are allocated per row.
    let mut record = ::csv::StringRecord::new();
    loop {
        let more = reader.read_record(&mut record).map_err(|e| {
            let at = e.position().map_or_else(|| file.clone(), |p| file.at_row(line_at(p.byte() as usize)));
            Error::new(ErrorKind::Csv(e), Some(at))
        })?;
        if !more {
            break;
        }
        let number = record.position().map_or(0, |p| line_at(p.byte() as usize));
        grid.rows.push(Row { number, cells: record.iter().map(Cell::text).collect() });
    }
    Ok((grid, encoding))
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
        let cases: [(&[u8], &str, &str); 5] = [
            (b"Caf\xC3\xA9", "Café", "UTF-8"),
            (b"\xEF\xBB\xBFCaf\xC3\xA9", "Café", "UTF-8"),
            (b"Caf\xE9 \x80", "Café €", "windows-1252"),
            (&utf16le, "Café", "UTF-16LE"),
            (&utf16be, "Café", "UTF-16BE"),
        ];
        for (input, text, encoding) in cases {
            let (got, enc) = decode(input);
            assert_eq!((got.as_ref(), enc), (text, encoding), "input {input:?}");
        }
    }
}
