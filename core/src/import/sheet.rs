//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through `calamine`.
//!
//! The format is sniffed from the bytes and the matching reader called directly,
//! so that each reader's own error reaches the user (a password-protected
//! workbook says so, instead of calamine's generic "Cannot detect file format").

use super::grid::{Cell, Grid, Row};
use crate::error::{Error, ErrorKind, Position};
use crate::file::{CFB, Format, contains};
use calamine::{Data, Ods, Range, Reader, Xls, Xlsb, Xlsx};
use chrono::NaiveDate;
use std::io::Cursor;

/// An encrypted OOXML workbook is an OLE file with an `EncryptedPackage` stream.
fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.starts_with(CFB) && contains(bytes, &name)
}

/// An open workbook of any format.
enum Book {
    Xlsx(Xlsx<Cursor<Vec<u8>>>),
    Xlsb(Xlsb<Cursor<Vec<u8>>>),
    Xls(Xls<Cursor<Vec<u8>>>),
    Ods(Ods<Cursor<Vec<u8>>>),
}

/// A reader's error as the core's: password protection by its type, anything
/// else as [`ErrorKind::Workbook`] with calamine's error as the source.
fn workbook_error(format: Format, source: calamine::Error, file: &Position) -> Error {
    use calamine::{Error as E, XlsError, XlsbError, XlsxError};
    let kind = match source {
        E::Xlsx(XlsxError::Password) | E::Xls(XlsError::Password) | E::Xlsb(XlsbError::Password) => {
            ErrorKind::PasswordProtected
        }
        source => ErrorKind::Workbook { format, source },
    };
    Error::new(kind, Some(file.clone()))
}

fn open(bytes: &[u8], format: Format, file: &Position) -> Result<Book, Error> {
    if is_encrypted_ooxml(bytes) || contains(&bytes[..bytes.len().min(4096)], b"encrypted-package") {
        return Err(Error::new(ErrorKind::PasswordProtected, Some(file.clone())));
    }
    let cursor = Cursor::new(bytes.to_vec());
    let err = |e: calamine::Error| workbook_error(format, e, file);
    Ok(match format {
        Format::Xlsx => Book::Xlsx(Xlsx::new(cursor).map_err(|e| err(e.into()))?),
        Format::Xlsb => Book::Xlsb(Xlsb::new(cursor).map_err(|e| err(e.into()))?),
        Format::Xls => Book::Xls(Xls::new(cursor).map_err(|e| err(e.into()))?),
        Format::Ods => Book::Ods(Ods::new(cursor).map_err(|e| err(e.into()))?),
        Format::Csv => unreachable!("CSV is not a workbook"),
    })
}

impl Book {
    fn sheet_names(&self) -> Vec<String> {
        match self {
            Book::Xlsx(b) => b.sheet_names(),
            Book::Xlsb(b) => b.sheet_names(),
            Book::Xls(b) => b.sheet_names(),
            Book::Ods(b) => b.sheet_names(),
        }
    }

    fn range(&mut self, name: &str) -> Result<Range<Data>, calamine::Error> {
        match self {
            Book::Xlsx(b) => b.worksheet_range(name).map_err(Into::into),
            Book::Xlsb(b) => b.worksheet_range(name).map_err(Into::into),
            Book::Xls(b) => b.worksheet_range(name).map_err(Into::into),
            Book::Ods(b) => b.worksheet_range(name).map_err(Into::into),
        }
    }
}

fn to_cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::text(s),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        // A serial of 0 or below (Excel's "no date") or past 9999-12-31 stays a number,
        // so that the date reader says what it is instead of a made-up date.
        Data::DateTime(dt) if dt.is_datetime() && !(dt.as_f64() > 0.0 && dt.as_f64() < 2_958_466.0) => {
            Cell::Number(dt.as_f64())
        }
        Data::DateTime(dt) if dt.is_datetime() => {
            // calamine knows the workbook's date system (1900 or 1904) and Excel's
            // fake 1900-02-29, which has no date and stays a number.
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
                .map_or(Cell::Number(dt.as_f64()), Cell::Date)
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::text(s),
        Data::Error(e) => Cell::Error(format!("{e}")),
    }
}

/// Reads every sheet of a workbook into grids, in workbook order. A sheet that
/// cannot be read is an error naming it.
pub fn read_sheets(bytes: &[u8], format: Format, file: &Position) -> Result<Vec<Grid>, Error> {
    let mut book = open(bytes, format, file)?;
    let mut grids = Vec::new();
    for name in book.sheet_names() {
        let at = Position { sheet: Some(name.clone()), ..file.clone() };
        let range = book.range(&name).map_err(|e| workbook_error(format, e, &at))?;
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| Row {
                number: u64::from(row0) + i as u64 + 1,
                cells: std::iter::repeat_n(Cell::Empty, col0 as usize)
                    .chain(cells.iter().map(to_cell))
                    .collect(),
            })
            .collect();
        grids.push(Grid { sheet: Some(name), rows });
    }
    Ok(grids)
}
