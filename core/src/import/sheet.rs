//! Workbooks (xlsx, xlsm, xlsb, xls, ods) through `calamine`.
//!
//! The format is sniffed from the bytes and the matching reader called directly,
//! so that each reader's own error reaches the user (a password-protected
//! workbook says so, instead of calamine's generic "Cannot detect file format").

use super::grid::{Calculated, Cell, CellRef, Grid, Row};
use super::recalc::{self, At, Value};
use crate::error::{Error, ErrorKind, Position};
use crate::file::{CFB, Format, contains};
use crate::limits::{ImportLimits, too_large};
use calamine::{Data, DataRef, Ods, Range, Reader, Xls, Xlsb, Xlsx};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
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
    if is_encrypted_ooxml(bytes)
        || contains(bytes.get(..bytes.len().min(4096)).unwrap_or_default(), b"encrypted-package")
    {
        return Err(Error::new(ErrorKind::PasswordProtected, Some(file.clone())));
    }
    let cursor = Cursor::new(bytes.to_vec());
    let err = |e: calamine::Error| workbook_error(format, e, file);
    Ok(match format {
        Format::Xlsx => Book::Xlsx(Xlsx::new(cursor).map_err(|e| err(e.into()))?),
        Format::Xlsb => Book::Xlsb(Xlsb::new(cursor).map_err(|e| err(e.into()))?),
        Format::Xls => {
            // Cell values only: formula text is not read (see vendor/calamine/PATCHES.md).
            let mut options = calamine::XlsOptions::default();
            options.skip_formulas = true;
            Book::Xls(Xls::new_with_options(cursor, options).map_err(|e| err(e.into()))?)
        }
        Format::Ods => Book::Ods(Ods::new(cursor).map_err(|e| err(e.into()))?),
        Format::Csv | Format::Html | Format::SpreadsheetMl => unreachable!("not a binary workbook"),
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

    /// The names of the sheets the workbook hides.
    fn hidden_sheets(&self) -> BTreeSet<String> {
        let sheets = match self {
            Book::Xlsx(b) => b.sheets_metadata(),
            Book::Xlsb(b) => b.sheets_metadata(),
            Book::Xls(b) => b.sheets_metadata(),
            Book::Ods(b) => b.sheets_metadata(),
        };
        sheets
            .iter()
            .filter(|s| s.visible != calamine::SheetVisible::Visible)
            .map(|s| s.name.clone())
            .collect()
    }

    /// The sheet's rows. xlsx and xlsb are read cell by cell in file order, so
    /// that a row written twice is kept twice (and said) instead of the later
    /// one's cells replacing the earlier's; xls and ods through their ranges.
    /// `cells`: how many earlier sheets held (the limit counts the workbook).
    fn rows(&mut self, name: &str, limits: ImportLimits, cells: u64) -> Result<SheetRows, Read> {
        let mut rows = SheetRows::new(limits, cells);
        let e = |e: calamine::Error| Read::Workbook(e);
        match self {
            Book::Xlsx(b) => {
                let mut formulas_read = 0;
                let merged = match b.worksheet_cells_reader(name) {
                    Ok(mut cells) => {
                        while let Some(cell) = cells.next_cell().map_err(|x| e(x.into()))? {
                            rows.push(cell.get_position(), cell.into_value())?;
                        }
                        rows.uncalculated = cells
                            .uncalculated()
                            .iter()
                            .map(|&(r, c)| (u64::from(r) + 1, c as usize))
                            .collect();
                        rows.uncalculated.sort_unstable();
                        formulas_read = cells.formula_cells();
                        rows.hide(cells.hidden_rows().iter().copied());
                        rows.hide_columns(cells.hidden_columns());
                        rows.number_formats(&cells.number_formats());
                        // Merged regions are a layout: a damaged list of them leaves the cells as read.
                        cells.merge_cells().unwrap_or_default()
                    }
                    // A chart sheet: no cells.
                    Err(calamine::XlsxError::NotAWorksheet(_)) => Vec::new(),
                    Err(x) => return Err(e(x.into())),
                };
                // A sheet without formulas is not read again for them (rust_xlsxwriter
                // asks for calculation on opening in every workbook it writes).
                let placeholders = b.full_calc_on_load() && formulas_read > 0;
                // A row written twice leaves a reference ambiguous: such a sheet is read as saved.
                // A formula the formula reader cannot read leaves the sheet as read.
                if (placeholders || !rows.uncalculated.is_empty())
                    && rows.repeated.is_empty()
                    && let Some(formulas) =
                        formulas(b, name, |at| placeholders || rows.uncalculated.binary_search(&at).is_ok())
                {
                    rows.recalculate(&formulas, placeholders);
                }
                rows.fill_merged(&merged)?;
            }
            Book::Xlsb(b) => {
                let mut cells = b.worksheet_cells_reader(name).map_err(|x| e(x.into()))?;
                while let Some(cell) = cells.next_cell().map_err(|x| e(x.into()))? {
                    rows.push(cell.get_position(), cell.into_value())?;
                }
                rows.hide(cells.hidden_rows().iter().copied());
                rows.hide_columns(cells.hidden_columns());
                // Merged regions are a layout: a damaged list of them leaves the cells as read.
                let merged = cells.merge_cells().unwrap_or_default();
                rows.fill_merged(&merged)?;
            }
            Book::Xls(b) => {
                rows.range(&b.worksheet_range(name).map_err(|x| e(x.into()))?)?;
                rows.fill_merged(&b.merge_cells_by_sheet_name(name).unwrap_or_default())?;
                rows.hide(b.hidden_rows_by_sheet_name(name).iter().copied());
                rows.hide_columns(b.hidden_columns_by_sheet_name(name));
                rows.number_formats(b.number_formats_by_sheet_name(name));
            }
            Book::Ods(b) => {
                let range = b.worksheet_range(name).map_err(|x| e(x.into()))?;
                rows.range(&range)?;
                rows.fill_merged(b.merge_cells_by_sheet_name(name))?;
                // A hidden row repeated to the sheet's end is one pair: only the rows with cells count.
                if let Some((last, _)) = range.end() {
                    let hidden = b.hidden_rows_by_sheet_name(name).iter().flat_map(|&(first, count)| {
                        first..first.saturating_add(count).min(last.saturating_add(1))
                    });
                    rows.hide(hidden);
                }
                rows.hide_columns(b.hidden_columns_by_sheet_name(name));
            }
        }
        Ok(rows)
    }
}

/// Why a sheet could not be read: its reader's error, or a limit, with the place.
pub(super) enum Read {
    Workbook(calamine::Error),
    TooLarge(ErrorKind, Option<(u64, usize)>),
}

/// The largest sheet a spreadsheet can have: 1,048,576 rows of 16,384 columns.
const LAST_ROW: u32 = 1_048_575;
const LAST_COLUMN: u32 = 16_383;

/// A sheet's rows as read, with the row numbers the file wrote more than once.
#[derive(Default)]
pub(super) struct SheetRows {
    rows: Vec<Row>,
    /// The last cell's position (0-based row, column).
    last: Option<(u32, u32)>,
    repeated: Vec<u64>,
    /// Cells with a formula and no saved value (see [`Grid::uncalculated`]).
    uncalculated: Vec<(u64, usize)>,
    /// The rows the sheet hides (see [`Grid::hidden_rows`]).
    hidden_rows: Vec<u64>,
    /// The columns the sheet hides (see [`Grid::hidden_columns`]).
    hidden_columns: Vec<(usize, usize)>,
    /// The currencies the number formats of its numbers show (xlsx: see
    /// [`super::format_currency`]), counted as currency-typed cells are.
    format_currencies: BTreeSet<String>,
    /// The symbols several currencies use that its number formats show with no
    /// locale (see [`Grid::format_symbols`]).
    format_symbols: BTreeSet<&'static str>,
    /// Formula cells arlens calculated (see [`Grid::calculated`]).
    calculated: Option<Box<Calculated>>,
    limits: ImportLimits,
    /// Cells held so far in the workbook, empty ones within rows included.
    cells: u64,
}

impl SheetRows {
    /// Calculates `formulas` (see [`recalc`]) and puts the values in their
    /// cells: every formula's when the workbook saved `placeholders` (0s, to
    /// be calculated on opening), else those saved without a value. A formula
    /// not calculated keeps a value its writer gave (any but 0); a placeholder
    /// reads as empty, named in [`Grid::uncalculated`].
    fn recalculate(&mut self, formulas: &[(At, String)], placeholders: bool) {
        let values: Vec<Option<Value>> = {
            let mut sheet = recalc::Sheet::new(&self.rows, formulas);
            formulas.iter().map(|(at, _)| sheet.calculate(*at)).collect()
        };
        let mut done = Vec::new();
        for ((at, formula), value) in formulas.iter().zip(values) {
            let saved = self.cell(*at);
            match value.as_ref().and_then(recalc_cell) {
                Some(cell) => {
                    done.push(*at);
                    if cell != saved {
                        match &mut self.calculated {
                            Some(calculated) => calculated.cells = calculated.cells.saturating_add(1),
                            None => {
                                let shown = value.as_ref().map(Value::to_string).unwrap_or_default();
                                let example = format!("={formula} gives {shown}");
                                self.calculated =
                                    Some(Box::new(Calculated { cells: 1, first: *at, example }));
                            }
                        }
                        self.set(*at, cell);
                    }
                }
                None if placeholders && matches!(saved, Cell::Empty | Cell::Number(0.0)) => {
                    self.set(*at, Cell::Empty);
                    self.uncalculated.push(*at);
                }
                None => {}
            }
        }
        done.sort_unstable();
        self.uncalculated.sort_unstable();
        self.uncalculated.dedup();
        self.uncalculated.retain(|at| done.binary_search(at).is_err());
    }

    /// The cell at `(row number, column)`, empty when the sheet has none there.
    fn cell(&self, (number, column): At) -> Cell {
        let row = self.rows.binary_search_by_key(&number, |r| r.number).ok().and_then(|i| self.rows.get(i));
        row.map_or(Cell::Empty, |r| r.get(column).to_cell())
    }

    /// Puts `cell` at `(row number, column)`, making the row (rows' numbers
    /// strictly increasing) or widening it as needed.
    fn set(&mut self, (number, column): At, cell: Cell) {
        let index = match self.rows.binary_search_by_key(&number, |r| r.number) {
            Ok(index) => index,
            Err(index) => {
                self.rows.insert(index, Row::new(number, Vec::new()));
                index
            }
        };
        let Some(cells) = self.rows.get_mut(index).map(Row::cells_mut) else { return };
        if cells.len() <= column {
            cells.resize(column.saturating_add(1), Cell::Empty);
        }
        if let Some(slot) = cells.get_mut(column) {
            *slot = cell;
        }
    }

    /// Adds a cell read in file order (see [`SheetRows::put`]); empty cells are none.
    fn push(&mut self, at: (u32, u32), value: DataRef<'_>) -> Result<(), Read> {
        let cell = match value {
            DataRef::Empty => return Ok(()),
            // An inline string read whole: its text moves into the cell.
            DataRef::String(s) => Cell::owned_text(s),
            DataRef::SharedString(s) => Cell::text(s),
            other => to_cell(&Data::from(other)),
        };
        self.put(at, cell)
    }

    /// Adds a cell read in file order at `(row, column)` (0-based): a cell at or
    /// before the previous one's place starts a new row, so nothing the file
    /// holds is overwritten; rows skipped between two cells are blank rows.
    pub(super) fn put(&mut self, (r, c): (u32, u32), cell: Cell) -> Result<(), Read> {
        let number = u64::from(r) + 1;
        if r > LAST_ROW || c > LAST_COLUMN {
            let what = "a cell beyond the largest sheet (1,048,576 rows × 16,384 columns): its row number";
            let kind =
                ErrorKind::TooLarge { what: what.to_owned(), limit: 1_048_576, found: number, option: None };
            return Err(Read::TooLarge(kind, Some((number, c as usize))));
        }
        let backwards = self.last.is_some_and(|(lr, lc)| r < lr || (r == lr && c <= lc));
        if backwards && !self.repeated.contains(&number) {
            self.repeated.push(number);
        }
        if self.last.is_none_or(|(lr, _)| r != lr) || backwards {
            if let Some(previous) =
                self.rows.last().map(|row| row.number).filter(|p| number > p.saturating_add(1))
            {
                self.rows.extend((previous.saturating_add(1)..number).map(|n| Row::new(n, Vec::new())));
            }
            // As wide as the row before: one allocation per row, not one per doubling.
            let width = self.rows.last().map_or(0, Row::width);
            self.rows.push(Row::new(number, Vec::with_capacity(width)));
        }
        self.last = Some((r, c));
        let Some(row) = self.rows.last_mut().map(Row::cells_mut) else { return Ok(()) };
        let c = c as usize;
        if row.len() <= c {
            // c is within the largest sheet (checked above): no overflow.
            self.cells = self.cells.saturating_add(c.saturating_add(1).saturating_sub(row.len()) as u64);
            if self.cells > self.limits.cells {
                let kind = too_large("cells in the workbook", self.limits.cells, self.cells, "cells");
                return Err(Read::TooLarge(kind, Some((number, c))));
            }
            // The next cell of the row, as most are: pushed (not a resize call per cell).
            if row.len() < c {
                row.resize(c, Cell::Empty);
            }
        }
        if let Cell::Text(t) = &cell
            && t.len() as u64 > self.limits.cell_characters
            && t.chars().count() as u64 > self.limits.cell_characters
        {
            let found = t.chars().count() as u64;
            let kind =
                too_large("characters in one cell", self.limits.cell_characters, found, "cellCharacters");
            return Err(Read::TooLarge(kind, Some((number, c))));
        }
        match row.get_mut(c) {
            Some(slot) => *slot = cell,
            None => row.push(cell),
        }
        Ok(())
    }

    /// Records the rows the sheet hides, given 0-based in any order ([`Grid::hidden_rows`]).
    fn hide(&mut self, rows: impl Iterator<Item = u32>) {
        self.hidden_rows = rows.map(|r| u64::from(r) + 1).collect();
        self.hidden_rows.sort_unstable();
        self.hidden_rows.dedup();
    }

    /// Records the columns the sheet hides, as (first, last) 0-based ranges ([`Grid::hidden_columns`]).
    fn hide_columns(&mut self, ranges: &[(u32, u32)]) {
        self.hidden_columns = ranges.iter().map(|&(first, last)| (first as usize, last as usize)).collect();
    }

    /// Fills each merged region's first column down from its top cell, as the
    /// sheet shows it: a customer's name (or an invoice's number or date)
    /// merged over the rows below is theirs too. Text and dates only: an amount
    /// merged over several rows is one amount, never repeated into each. Only
    /// rows the sheet has, and only empty cells, are filled; every cell a region
    /// covers counts against the workbook's cell limit.
    pub(super) fn fill_merged(&mut self, regions: &[calamine::Dimensions]) -> Result<(), Read> {
        for region in regions.iter().filter(|r| r.end.0 > r.start.0 && r.start.1 <= LAST_COLUMN) {
            let (top, column) = (u64::from(region.start.0) + 1, region.start.1 as usize);
            let bottom = u64::from(region.end.0) + 1;
            let first = self.rows.partition_point(|row| row.number < top);
            let value = match self.rows.get(first).filter(|row| row.number == top).map(|row| row.get(column))
            {
                Some(cell @ (CellRef::Text(_) | CellRef::Date(_))) => cell.to_cell(),
                _ => continue,
            };
            for row in self.rows.iter_mut().skip(first.saturating_add(1)) {
                if row.number > bottom {
                    break;
                }
                let grown = column.saturating_add(1).saturating_sub(row.width()).max(1);
                self.cells = self.cells.saturating_add(grown as u64);
                if self.cells > self.limits.cells {
                    let kind = too_large("cells in the workbook", self.limits.cells, self.cells, "cells");
                    return Err(Read::TooLarge(kind, Some((row.number, column))));
                }
                let cells = row.cells_mut();
                if cells.len() <= column {
                    cells.resize(column.saturating_add(1), Cell::Empty);
                }
                if let Some(slot) = cells.get_mut(column).filter(|c| matches!(c, Cell::Empty)) {
                    *slot = value.clone();
                }
            }
        }
        Ok(())
    }

    /// The rows of a dense range.
    fn range(&mut self, range: &Range<Data>) -> Result<(), Read> {
        let (height, width) = range.get_size();
        let (row0, col0) = range.start().unwrap_or((0, 0));
        self.cells = self
            .cells
            .saturating_add((height as u64).saturating_mul((width as u64).saturating_add(u64::from(col0))));
        if self.cells > self.limits.cells {
            let kind = too_large("cells in the workbook", self.limits.cells, self.cells, "cells");
            return Err(Read::TooLarge(kind, None));
        }
        let long = range.cells().find_map(|(r, c, d)| match d {
            Data::String(t)
                if t.len() as u64 > self.limits.cell_characters
                    && t.chars().count() as u64 > self.limits.cell_characters =>
            {
                Some((r, c, t.chars().count() as u64))
            }
            _ => None,
        });
        if let Some((r, c, found)) = long {
            let kind =
                too_large("characters in one cell", self.limits.cell_characters, found, "cellCharacters");
            let at = (
                u64::from(row0).saturating_add(r as u64).saturating_add(1),
                (col0 as usize).saturating_add(c),
            );
            return Err(Read::TooLarge(kind, Some(at)));
        }
        // A blank row keeps no cells: a sparse sheet (one cell at row 65,536 of an
        // xls, found by fuzzing) would otherwise be copied cell by empty cell.
        self.rows = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                Row::new(
                    u64::from(row0).saturating_add(i as u64).saturating_add(1),
                    if cells.iter().all(|d| matches!(d, Data::Empty)) {
                        Vec::new()
                    } else {
                        std::iter::repeat_n(Cell::Empty, col0 as usize)
                            .chain(cells.iter().map(to_cell))
                            .collect()
                    },
                )
            })
            .collect();
        Ok(())
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
        Data::Error(e) => Cell::Error(format!("{e}").into()),
    }
}

/// The formulas of sheet `name` at the places `wanted`, in file order; none
/// when the sheet's formulas cannot be read.
fn formulas(
    book: &mut Xlsx<Cursor<Vec<u8>>>,
    name: &str,
    wanted: impl Fn(At) -> bool,
) -> Option<Vec<(At, String)>> {
    let mut formulas = Vec::new();
    let mut cells = book.worksheet_cells_reader(name).ok()?;
    while let Some(cell) = cells.next_formula().ok()? {
        let (r, c) = cell.get_position();
        let at = (u64::from(r) + 1, c as usize);
        if !cell.get_value().is_empty() && wanted(at) {
            formulas.push((at, cell.get_value().clone()));
        }
    }
    Some(formulas)
}

/// A calculated value as a cell (a blank as 0), none for a number a double
/// cannot hold.
fn recalc_cell(value: &Value) -> Option<Cell> {
    use rust_decimal::prelude::ToPrimitive;
    Some(match value {
        Value::Number(n) => Cell::Number(n.to_f64()?),
        Value::Date(d) => Cell::Date(*d),
        Value::Text(t) => Cell::text(t),
        Value::Blank => Cell::Number(0.0),
    })
}

/// The currencies of an ODS workbook's currency-typed cells, per sheet name:
/// each such cell carries an `office:currency` code, which calamine reads past.
/// A workbook whose `content.xml` cannot be read has none (calamine reports why).
fn ods_typed_currencies(bytes: &[u8]) -> BTreeMap<String, BTreeSet<String>> {
    use std::io::Read;
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return out };
    let Ok(mut content) = archive.by_name("content.xml") else { return out };
    let mut xml = String::new();
    if content.read_to_string(&mut xml).is_err() {
        return out;
    }
    let attribute = |text: &str, name: &str| -> Option<String> {
        let (_, rest) = text.split_once(name)?;
        let (value, _) = rest.split_once('"')?;
        Some(decode_xml(value))
    };
    // Each `<table:table …>` owns the text up to the next one.
    let starts: Vec<usize> = xml.match_indices("<table:table ").map(|(i, _)| i).collect();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n.saturating_add(1)).copied().unwrap_or(xml.len());
        let table = xml.get(start..end).unwrap_or_default();
        let tag = table.split_once('>').map_or(table, |(tag, _)| tag);
        let Some(name) = attribute(tag, "table:name=\"") else { continue };
        let codes = out.entry(name).or_default();
        // Each piece after an `office:currency="` starts with a code.
        for piece in table.split("office:currency=\"").skip(1) {
            if let Some((code, _)) = piece.split_once('"') {
                codes.insert(decode_xml(code).to_ascii_uppercase());
            }
        }
    }
    out
}

/// Refuses a zip-based workbook (xlsx, xlsb, ods) whose entries declare more
/// inflated bytes than the limit, before anything is inflated. A declared size
/// can lie, but no further than itself: the zip reader fails an entry once it
/// inflates past the size it declares (a `workbook` error).
fn check_zip(bytes: &[u8], file: &Position, limits: &ImportLimits) -> Result<(), Error> {
    if !bytes.starts_with(b"PK") {
        return Ok(());
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    // The central directory's sizes, without inflating anything.
    let declared = (0..archive.len())
        .filter_map(|i| archive.by_index_raw(i).ok().map(|f| f.size()))
        .fold(0u64, u64::saturating_add);
    if declared > limits.zip_bytes {
        let kind = too_large("bytes the workbook inflates to", limits.zip_bytes, declared, "zipBytes");
        return Err(Error::new(kind, Some(file.clone())));
    }
    Ok(())
}

/// XML attribute text with its five predefined entities decoded.
fn decode_xml(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Reads the sheets of a workbook into grids, in workbook order: only the one
/// named `only` when the workbook has it (none when it does not), else every
/// sheet. Returns every sheet's name with the grids. A sheet that cannot be
/// read is an error naming it.
pub fn read_sheets(
    bytes: &[u8],
    format: Format,
    file: &Position,
    limits: &ImportLimits,
    only: Option<&str>,
) -> Result<(Vec<String>, Vec<Grid>), Error> {
    check_zip(bytes, file, limits)?;
    let mut typed = if format == Format::Ods { ods_typed_currencies(bytes) } else { BTreeMap::new() };
    let mut book = open(bytes, format, file)?;
    let names = book.sheet_names();
    let hidden = book.hidden_sheets();
    let mut grids = Vec::new();
    let mut cells = 0;
    for name in names.iter().filter(|n| only.is_none_or(|only| only == n.as_str())).cloned() {
        let at = Position { sheet: Some(name.clone()), ..file.clone() };
        let read = book.rows(&name, *limits, cells).map_err(|e| e.located(format, &at))?;
        cells = read.cells;
        let typed_currencies = typed.remove(&name).unwrap_or_default().into_iter().collect();
        let mut grid = read.grid(Some(name), typed_currencies);
        grid.hidden = grid.sheet.as_ref().is_some_and(|n| hidden.contains(n));
        grids.push(grid);
    }
    Ok((names, grids))
}

impl SheetRows {
    /// No rows yet, `cells` held by the earlier sheets of the file (the limit counts them all).
    pub(super) fn new(limits: ImportLimits, cells: u64) -> SheetRows {
        SheetRows { limits, cells, ..SheetRows::default() }
    }

    /// Keeps what the sheet's number `formats` show of a currency: the currencies
    /// they name, and the symbols several currencies use they show with no locale.
    fn number_formats(&mut self, formats: &[impl AsRef<str>]) {
        let codes = || formats.iter().map(AsRef::as_ref);
        self.format_currencies = codes().filter_map(super::format_currency::currency).collect();
        self.format_symbols = codes().filter_map(super::format_currency::ambiguous_symbol).collect();
    }

    /// Cells held so far in the file, this sheet's included.
    pub(super) fn cells(&self) -> u64 {
        self.cells
    }

    /// The sheet as a grid named `sheet`.
    pub(super) fn grid(self, sheet: Option<String>, mut typed_currencies: Vec<String>) -> Grid {
        typed_currencies.extend(self.format_currencies);
        typed_currencies.sort();
        typed_currencies.dedup();
        Grid {
            file: None,
            sheet,
            rows: self.rows,
            typed_currencies,
            format_symbols: self.format_symbols.into_iter().collect(),
            repeated_rows: self.repeated,
            uncalculated: self.uncalculated,
            hidden_rows: self.hidden_rows,
            hidden_columns: self.hidden_columns,
            calculated: self.calculated,
            hidden: false,
            comma_split: false,
            unclosed_quotes: Vec::new(),
        }
    }
}

impl Read {
    /// The error, at `at` (the sheet's position) and the cell it names.
    pub(super) fn located(self, format: Format, at: &Position) -> Error {
        match self {
            Read::Workbook(e) => workbook_error(format, e, at),
            Read::TooLarge(kind, place) => {
                let at = match place {
                    Some((row, column)) => Position { header: None, ..at.at_row(row).at_column(column, "") },
                    None => at.clone(),
                };
                Error::new(kind, Some(at))
            }
        }
    }
}
