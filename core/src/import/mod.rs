//! Reading user files into a [`Ledger`], with an [`ImportReport`] of everything
//! that was mapped, skipped or doubted.
//!
//! Bytes in, no paths: [`import`] sniffs the format (CSV and other delimited
//! text, xlsx, xlsm, xlsb, xls, ods), picks the sheet that looks like a ledger
//! (or the one asked for), finds the header row below any title rows, maps the
//! columns, and reads the rows of one of three shapes (see [`LedgerShape`]).

pub mod columns;
pub mod csv;
pub mod grid;
pub mod layout;
pub mod rows;
pub mod sheet;
pub mod values;

use crate::error::{Error, ErrorKind, Position};
use crate::ledger::{Ledger, LedgerShape};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use columns::{ColumnMap, Confidence, Field, MappedColumn, Overrides};
pub use sheet::Format;
pub use values::{DateOrder, DecimalMark};

/// What to do with a payment that names no invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PaymentMatching {
    /// Apply it to the customer's oldest open invoices (by due date) in its
    /// currency, dated on or before it; keep any remainder as unapplied cash.
    /// The default: it is how most ledgers without remittance data are worked.
    #[default]
    OldestFirst,
    /// Keep it whole as unapplied cash.
    Unapplied,
}

/// How to read a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct ImportOptions {
    /// The file's name, used only in error locations.
    pub file_name: Option<String>,
    /// The sheet to read; by default the one that looks most like a ledger.
    pub sheet: Option<String>,
    /// Currency for rows without one (no currency column, no code or symbol in
    /// the amount). Default `USD`.
    pub default_currency: String,
    /// Day/month order of numeric date text; inferred from the file when `None`.
    pub date_order: Option<DateOrder>,
    /// Decimal mark of amount text; inferred from the file when `None`.
    pub decimal_mark: Option<DecimalMark>,
    /// Column choices: header text (or column letter) → field, or `ignore`.
    pub columns: Overrides,
    /// What to do with payments that name no invoice.
    pub unreferenced_payments: PaymentMatching,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            file_name: None,
            sheet: None,
            default_currency: "USD".to_owned(),
            date_order: None,
            decimal_mark: None,
            columns: Overrides::new(),
            unreferenced_payments: PaymentMatching::default(),
        }
    }
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SkippedRow {
    /// Where the row is (and the offending column, when one is to blame).
    pub position: Position,
    /// Why, in plain words, starting with the offending text when there is one.
    pub reason: String,
}

/// Something imported but doubtful, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Where, when it concerns one place; the file alone for whole-file warnings.
    pub position: Position,
    /// What is doubtful, in plain words.
    pub message: String,
}

/// What the import did: format, sheet, mapping, and every row it skipped or doubted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// The file format, sniffed from the bytes.
    pub format: Format,
    /// The text encoding (delimited text only).
    pub encoding: Option<String>,
    /// Every sheet of a workbook.
    pub sheets: Vec<String>,
    /// The sheet read.
    pub sheet: Option<String>,
    /// The header row (1-based).
    pub header_row: u64,
    /// The layout of the rows.
    pub shape: LedgerShape,
    /// Which column holds which field, with confidences.
    pub mapping: ColumnMap,
    /// Day/month order used for numeric date text, when the file has any.
    pub date_order: Option<DateOrder>,
    /// Decimal mark used for amount text.
    pub decimal_mark: DecimalMark,
    /// Report date from the title rows, the natural default as-of date.
    pub report_date: Option<NaiveDate>,
    /// Rows below the header, blank ones included.
    pub rows_read: usize,
    /// Blank rows among them.
    pub blank_rows: usize,
    /// Entries imported (invoices, credit notes, payments; synthetic payments from
    /// paid dates included).
    pub entries: usize,
    /// Rows not imported, with reasons: unreadable rows, sections, subtotals, totals.
    pub skipped: Vec<SkippedRow>,
    /// Doubtful values that were imported.
    pub warnings: Vec<Warning>,
}

/// A ledger with the report of how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    /// The entries read.
    pub ledger: Ledger,
    /// How they were read.
    pub report: ImportReport,
}

/// Reads a ledger from a file's bytes (see the module docs).
pub fn import(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    let file = Position::in_file(options.file_name.as_deref());
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::new(ErrorKind::Empty, Some(file)));
    }
    let format = sheet::sniff_format(bytes);
    let (grids, encoding) = match format {
        Format::Csv => {
            let (grid, encoding) = csv::read_grid(bytes, &file)?;
            (vec![grid], Some(encoding.to_owned()))
        }
        _ => (sheet::read_sheets(bytes, format, &file)?, None),
    };
    let sheets: Vec<String> = grids.iter().filter_map(|g| g.sheet.clone()).collect();
    let candidates: Vec<&grid::Grid> = match &options.sheet {
        Some(name) => {
            let grid = grids.iter().find(|g| g.sheet.as_deref() == Some(name.as_str())).ok_or_else(|| {
                Error::new(
                    ErrorKind::SheetNotFound { name: name.clone(), available: sheets.clone() },
                    Some(file.clone()),
                )
            })?;
            vec![grid]
        }
        None => grids.iter().collect(),
    };
    let found = candidates
        .iter()
        .filter_map(|g| layout::find_header(g, &options.columns).map(|h| (*g, h)))
        .max_by_key(|(_, h)| (h.map.score(), std::cmp::Reverse(h.index)));
    let Some((grid, header)) = found else {
        let grid = candidates.iter().find(|g| g.rows.iter().any(|r| !r.is_blank()));
        let Some(grid) = grid else {
            return Err(Error::new(ErrorKind::Empty, Some(file)));
        };
        let first = grid.rows.iter().find(|r| !r.is_blank()).expect("a non-blank row");
        let texts: Vec<String> = first.cells.iter().map(|c| c.to_string()).collect();
        let at = Position { sheet: grid.sheet.clone(), ..file.at_row(first.number) };
        let map = ColumnMap::from_headers(&texts, &options.columns);
        map.require_ledger(&texts, &at, false)?;
        let missing = vec!["a header row of text cells".to_owned()];
        return Err(Error::new(ErrorKind::MissingColumns { missing, found: texts }, Some(at)));
    };
    let file = Position { sheet: grid.sheet.clone(), ..file };
    let source = rows::Source { format, encoding, sheets };
    let (ledger, report) = rows::read_ledger(grid, &header, options, &file, source)?;
    Ok(Imported { ledger, report })
}
