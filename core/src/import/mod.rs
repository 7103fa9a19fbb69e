//! Reading user files into a [`Book`], with an [`ImportReport`] of everything
//! that was mapped, skipped or doubted.
//!
//! Bytes in, no paths: [`import`] sniffs the format (CSV and other delimited
//! text, xlsx, xlsm, xlsb, xls, ods), picks the sheet that looks like a ledger
//! (or the one asked for), finds the header row below any title rows, maps the
//! columns, and reads the rows of one of three shapes (see [`LedgerShape`]).

// Data from files flows through this code: no panicking shortcuts. Each
// exception is allowed where it is made, with why it cannot panic.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)]

mod archive;
mod cells;
mod checks;
pub(crate) mod columns;
pub(crate) mod combined;
pub(crate) mod csv;
mod entries;
mod fixed;
pub mod format_currency;
pub(crate) mod grid;
mod infer;
pub(crate) mod layout;
mod markup;
mod name_variants;
mod recalc;
mod reconcile;
pub(crate) mod rows;
pub(crate) mod sheet;
mod stream;
pub mod swapped;
mod text_commas;
mod thousands;
pub(crate) mod unclosed;
pub mod values;
pub(crate) mod vocabulary;

use crate::error::{Error, ErrorKind, Position};
use crate::ledger::{Book, LedgerShape};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::file::Format;
pub use crate::ledger::PaymentMatching;
pub use archive::bundle;
pub use columns::{AmountUnit, BucketColumn, ColumnMap, Confidence, Field, MappedColumn, Overrides};
pub use stream::{LedgerReader, Unsigned};
pub use values::{DateOrder, DecimalMark};

/// How to read a file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ImportOptions {
    /// The file's name, used only in error locations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// The sheet to read (no other sheet is read); by default the one that
    /// looks most like a ledger, of all the sheets read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Currency (ISO 4217 code) for rows without one: no currency column, no
    /// code or unambiguous symbol in the amount or its header. `None` (the
    /// default): such rows are in an unknown currency (`XXX`), with a warning —
    /// never silently USD.
    pub default_currency: Option<String>,
    /// Day/month order of numeric date text; inferred from the file when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_order: Option<DateOrder>,
    /// Decimal mark of amount text; inferred from the file when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decimal_mark: Option<DecimalMark>,
    /// Column choices: header text (or column letter) → field, or `ignore`.
    pub columns: Overrides,
    /// What to do with payments that name no invoice.
    pub unreferenced_payments: PaymentMatching,
    /// Payment terms in days for rows without a due date or terms of their own
    /// (due = invoice date + these days); `None`: such rows are aged from their
    /// invoice date, with a warning.
    pub default_terms: Option<u32>,
    /// Swap day and month back in the date cells of a file damaged by a
    /// day/month locale round trip, when the report found one
    /// ([`ImportReport::swapped_dates`]; see [`swapped`]).
    pub repair_swapped_dates: bool,
    /// Leave out the rows a workbook (xlsx, xlsb, xls, ods) hides (hidden by
    /// hand, or filtered out by an AutoFilter), as excluded rows; read like the
    /// others when `false`, and said ([`ImportReport::hidden_rows`]).
    pub skip_hidden_rows: bool,
    /// The header row (1-based, as the sheet numbers it); found by looking at
    /// the first rows when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_row: Option<u64>,
    /// The file's SHA-256 digest (64 hex digits) when the caller has it: the
    /// package computes it with the platform's native hash (Node's `crypto`, the
    /// browser's `SubtleCrypto`), several times faster than in WebAssembly,
    /// where it was a sixth of an import. Checked for form, not recomputed: a
    /// caller passing another file's digest gets that digest in the report.
    /// Computed from the bytes when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    /// How much of a file is read before it is refused as too large.
    pub limits: crate::limits::ImportLimits,
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SkippedRow {
    /// Where the row is (and the offending column, when one is to blame).
    pub position: Position,
    /// Why, in plain words, starting with the offending text when there is one.
    pub reason: String,
    /// What kind of row it is: part of the layout, excluded by rule, or unreadable.
    pub kind: SkipKind,
}

/// Why a row below the header is not an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum SkipKind {
    /// Not a document but part of the report's layout: a section heading, a
    /// subtotal or total row, a percentage row, a note after the data.
    Layout,
    /// A document left out by rule: cancelled, void or written off by its
    /// status; a receipt or transfer with no customer and nothing open; a
    /// credit with nothing left open.
    Excluded,
    /// A row that could not be read: a cell that is not what its column holds,
    /// or a value a document needs that is missing.
    Unreadable,
}

/// Something imported but doubtful, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Where, when it concerns one place; the file alone for whole-file warnings.
    pub position: Position,
    /// What is doubtful, in plain words.
    pub message: String,
}

/// What the import did: format, sheet, mapping, and every row it skipped or doubted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// The file format, sniffed from the bytes.
    pub format: Format,
    /// The text encoding (delimited text only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Every sheet of a workbook.
    pub sheets: Vec<String>,
    /// The sheet read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The sheets read as one ledger, in workbook order, when its documents
    /// were read from several sheets laid out alike (a sheet a month, say):
    /// `sheet` is the first, and each row's position names its sheet. For the
    /// files of a zip archive (or files chosen together), their names
    /// (`feb.csv`, `feb.xlsx/Jan`), each row's position naming its file.
    /// Empty when one sheet was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub combined_sheets: Vec<String>,
    /// Why that sheet, and the others there were, when a workbook had several.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet_choice: Option<String>,
    /// The header row (1-based).
    pub header_row: u64,
    /// The layout of the rows.
    pub shape: LedgerShape,
    /// Which column holds which field, with confidences.
    pub mapping: ColumnMap,
    /// Day/month order used for numeric date text, when the file has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_order: Option<DateOrder>,
    /// Decimal mark used for amount text.
    pub decimal_mark: DecimalMark,
    /// Report date from the title rows, the natural default as-of date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_date: Option<NaiveDate>,
    /// Rows below the header, blank ones included.
    pub rows_read: usize,
    /// Blank rows among them, and rules drawn in characters (`-----`).
    pub blank_rows: usize,
    /// Entries imported (invoices, credit notes, payments; synthetic payments from
    /// paid dates included).
    pub entries: usize,
    /// Rows not imported, with reasons: unreadable rows, sections, subtotals, totals.
    pub skipped: Vec<SkippedRow>,
    /// Doubtful values that were imported.
    pub warnings: Vec<Warning>,
    /// Per amount column and currency, the file's total split into what was
    /// imported, excluded and skipped (see [`Reconciliation`]).
    pub reconciliation: Vec<Reconciliation>,
    /// Day and month found swapped in the file's date cells (a locale round
    /// trip), and whether they were swapped back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub swapped_dates: Option<SwappedDates>,
    /// Rows below the header that the workbook hides (an xlsx's, xlsb's, xls's
    /// or ods's rows hidden by hand or filtered out by an AutoFilter), and
    /// whether they were left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hidden_rows: Option<HiddenRows>,
    /// Columns read though the workbook hides them, in column order (each also
    /// said in a warning).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hidden_columns: Vec<HiddenColumn>,
    /// The SHA-256 digest of the file's bytes, in lower-case hex.
    pub sha256: String,
    /// For a zip archive of several ledger files (or files chosen together,
    /// which the app bundles so), each ledger file taken out of it with the
    /// SHA-256 of its own bytes, in the archive's order: the digests of the
    /// files the user has.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<FileDigest>,
    /// The arlens version that read the file.
    pub version: String,
}

pub use reconcile::{Part, Reconciled, Reconciliation};

/// The rows below the header a workbook hides (see [`ImportReport::hidden_rows`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HiddenRows {
    /// How many (blank rows aside).
    pub rows: u64,
    /// Where the first is.
    pub first: Position,
    /// Whether they were left out ([`ImportOptions::skip_hidden_rows`]), as
    /// excluded rows; otherwise they are read like the others.
    pub left_out: bool,
}

/// A column read though the workbook hides it (see [`ImportReport::hidden_columns`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct HiddenColumn {
    /// Column letter (`F`).
    pub column: String,
    /// The header text as found.
    pub header: String,
    /// The field it is read as.
    pub field: Field,
}

/// A file of an archive, with its digest (see [`ImportReport::files`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FileDigest {
    /// Its name in the archive.
    pub name: String,
    /// The SHA-256 digest of its bytes, lower-case hex.
    pub sha256: String,
}
pub use swapped::SwappedDates;

/// A ledger with the report of how it was read: the import stage's output. Apps
/// and shells use [`Ledger`](crate::Ledger), which holds both with what its
/// analyses reuse.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    /// The entries read.
    pub ledger: Book,
    /// How they were read.
    pub report: ImportReport,
}

/// A file's sheets as grids of cells, before any header is looked for.
pub(crate) struct Grids {
    file: Position,
    format: Format,
    encoding: Option<String>,
    sheets: Vec<String>,
    grids: Vec<grid::Grid>,
    /// Cells where text bytes could not be decoded.
    undecoded: Vec<Position>,
    /// The SHA-256 digest of the bytes, lower-case hex.
    sha256: String,
    /// The name in the zip archive of the file read, when the bytes were an
    /// archive holding it (see [`archive`]).
    archived: Option<String>,
    /// The files of an archive holding several, whose grids are pooled (see
    /// [`archived_grids`]), with their digests.
    archive_files: Vec<FileDigest>,
    /// Files among several of an archive that could not be read, named with why.
    unread_files: Vec<String>,
}

/// Lower-case hex of a digest.
pub(crate) fn hex(digest: &[u8]) -> String {
    use std::fmt::Write;
    digest.iter().fold(String::with_capacity(64), |mut hex, b| {
        let _ = write!(hex, "{b:02x}");
        hex
    })
}

/// A digest the caller gave ([`ImportOptions::sha256`]), in lower case, when
/// it is 64 hex digits.
fn given_digest(given: &str) -> Result<String, Error> {
    if given.len() == 64 && given.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(given.to_ascii_lowercase())
    } else {
        Err(Error::option(
            "sha256",
            format!(
                "{} is not a SHA-256 digest (expected 64 hexadecimal digits)",
                crate::error::quoted(given)
            ),
        ))
    }
}

/// The options' own errors, found before any byte is read.
fn checked_options(options: &ImportOptions) -> Result<(), Error> {
    if let Some(code) = options.default_currency.as_deref().filter(|c| !crate::money::is_iso_code(c)) {
        return Err(Error::option(
            "defaultCurrency",
            format!(
                "{} is not an ISO 4217 currency code (expected three capital letters such as EUR)",
                crate::error::quoted(code)
            ),
        ));
    }
    Ok(())
}

/// Decodes `bytes` into grids (see the module docs).
fn read_grids(bytes: &[u8], options: &ImportOptions) -> Result<Grids, Error> {
    checked_options(options)?;
    let file = Position::in_file(options.file_name.as_deref());
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::new(ErrorKind::Empty, Some(file)));
    }
    let digest = || match &options.sha256 {
        Some(given) => given_digest(given),
        None => {
            use sha2::Digest;
            Ok(hex(&sha2::Sha256::digest(bytes)))
        }
    };
    if let Some(archived) = archive::ledger_in(bytes, &file, &options.limits)? {
        return archived_grids(archived, options, digest()?);
    }
    crate::file::refuse_other_document(bytes, &file)?;
    grids_of(bytes, file, options, digest()?)
}

/// The grids of a file's bytes, of whatever format they are.
fn grids_of(bytes: &[u8], file: Position, options: &ImportOptions, sha256: String) -> Result<Grids, Error> {
    match crate::file::sniff_format(bytes) {
        Format::Csv => {
            let read = csv::read_grid(bytes, &file, &options.limits)?;
            Ok(Grids::of_text(file, read, sha256))
        }
        format => workbook_grids(bytes, format, file, options, sha256),
    }
}

/// The grids of the ledger files taken out of a zip archive (`sha256`: the
/// archive's, the file the user chose), located in it (`archive.zip/ledger.csv`).
/// An archive inside is refused, not opened. The grids of several files are
/// pooled as the sheets of one workbook, each naming its file
/// ([`grid::Grid::file`]); a file among several that cannot be read is left
/// out, and said so.
fn archived_grids(
    files: Vec<archive::Archived>,
    options: &ImportOptions,
    sha256: String,
) -> Result<Grids, Error> {
    let several = files.len() > 1;
    let archive = Position::in_file(options.file_name.as_deref());
    let mut pooled: Option<Grids> = None;
    let mut names = Vec::with_capacity(files.len());
    let mut unread = Vec::new();
    for archive::Archived { name, file, opened, sha256: digest, .. } in files {
        let grids = match opened {
            archive::Opened::Text(read) => Ok(Grids::of_text(file.clone(), *read, sha256.clone())),
            archive::Opened::Whole(bytes) => {
                if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                    Err(Error::new(ErrorKind::Empty, Some(file.clone())))
                } else {
                    crate::file::refuse_other_document(&bytes, &file)
                        .and_then(|()| grids_of(&bytes, file.clone(), options, sha256.clone()))
                }
            }
        };
        let mut grids = match grids {
            Ok(grids) => grids,
            Err(e) if several => {
                unread.push(format!("{} ({})", crate::error::quoted(&name), e.kind()));
                continue;
            }
            Err(e) => return Err(e),
        };
        if !several {
            grids.archived = Some(name);
            return Ok(grids);
        }
        names.push(FileDigest { name, sha256: digest });
        for g in &mut grids.grids {
            g.file.clone_from(&file.file);
        }
        match &mut pooled {
            None => pooled = Some(grids),
            Some(all) => {
                all.grids.append(&mut grids.grids);
                all.undecoded.append(&mut grids.undecoded);
            }
        }
    }
    let Some(mut all) = pooled else {
        return Err(Error::new(
            ErrorKind::NotASpreadsheet {
                what: format!("a zip archive none of whose files can be read: {}", unread.join(", ")),
            },
            Some(archive),
        ));
    };
    all.sheets = all.grids.iter().map(grid_name).collect();
    all.file = archive;
    all.archive_files = names;
    all.unread_files = unread;
    Ok(all)
}

/// The name a grid is chosen by: its sheet's, or for one of several files of an
/// archive, its file's (without the archive's) and its sheet's, `feb.xlsx/Jan`.
fn grid_name(g: &grid::Grid) -> String {
    combined::Part { file: g.file.clone(), sheet: g.sheet.clone() }.name()
}

/// Reads a workbook's sheets into grids.
fn workbook_grids(
    bytes: &[u8],
    format: Format,
    file: Position,
    options: &ImportOptions,
    sha256: String,
) -> Result<Grids, Error> {
    if matches!(format, Format::Html | Format::SpreadsheetMl) {
        let read = markup::read_sheets(bytes, format, &file, &options.limits, options.sheet.as_deref())?;
        let undecoded = if read.malformed { vec![file.clone()] } else { Vec::new() };
        let encoding = Some(read.encoding.to_owned());
        return Ok(Grids {
            file,
            format,
            encoding,
            sheets: read.names,
            grids: read.grids,
            undecoded,
            sha256,
            archived: None,
            archive_files: Vec::new(),
            unread_files: Vec::new(),
        });
    }
    // The sheet asked for alone, when there is one: the others are not read.
    let (sheets, grids) =
        sheet::read_sheets(bytes, format, &file, &options.limits, options.sheet.as_deref())?;
    Ok(Grids {
        file,
        format,
        encoding: None,
        sheets,
        grids,
        undecoded: Vec::new(),
        sha256,
        archived: None,
        archive_files: Vec::new(),
        unread_files: Vec::new(),
    })
}

impl Grids {
    /// The one grid of a delimited text file.
    fn of_text(file: Position, (grid, encoding, undecoded): csv::ReadText, sha256: String) -> Grids {
        Grids {
            file,
            format: Format::Csv,
            encoding: Some(encoding.to_owned()),
            sheets: Vec::new(),
            grids: vec![grid],
            undecoded,
            sha256,
            archived: None,
            archive_files: Vec::new(),
            unread_files: Vec::new(),
        }
    }

    /// The place of `grid` among the grids (`usize::MAX` for none of them).
    fn place(&self, grid: &grid::Grid) -> usize {
        self.grids.iter().position(|g| std::ptr::eq(g, grid)).unwrap_or(usize::MAX)
    }

    /// The [name](grid_name) of the grid at `place` (empty past the last).
    fn name_at(&self, place: usize) -> String {
        self.grids.get(place).map(grid_name).unwrap_or_default()
    }

    /// The grids to look in: the one asked for, else all.
    fn candidates(&self, options: &ImportOptions) -> Result<Vec<&grid::Grid>, Error> {
        Ok(match &options.sheet {
            Some(name) => {
                let grid = self.grids.iter().find(|g| grid_name(g) == *name).ok_or_else(|| {
                    Error::new(
                        ErrorKind::SheetNotFound { name: name.clone(), available: self.sheets.clone() },
                        Some(self.file.clone()),
                    )
                })?;
                vec![grid]
            }
            None => self.grids.iter().collect(),
        })
    }

    /// [`ranked`](Self::ranked), each grid by its [place](Self::place): found
    /// once for both a mapping screen's look and the import.
    fn ranked_places(&self, options: &ImportOptions) -> Result<Ranked, Error> {
        Ok(self.ranked(options)?.into_iter().map(|(g, h, rows)| (self.place(g), h, rows)).collect())
    }

    /// Every grid with a header row, the most ledger-like first: one whose header
    /// names a document date or due date (one row per document) before one that
    /// does not (a summary per customer), then more mapped columns, then more
    /// data rows, then the earlier sheet. Each with its count of rows below the
    /// header that are not blank (0 when there is one grid: nothing to rank).
    fn ranked(&self, options: &ImportOptions) -> Result<Vec<(&grid::Grid, layout::Header, usize)>, Error> {
        let candidates = self.candidates(options)?;
        // The rows are counted only to rank several sheets (a pass over every
        // row of a CSV file that has one).
        let several = candidates.len() > 1;
        let mut found: Vec<(&grid::Grid, layout::Header, usize)> = candidates
            .into_iter()
            .filter_map(|g| layout::find_header(g, &options.columns, options.header_row).map(|h| (g, h)))
            .map(|(g, h)| {
                let rows =
                    if several { g.rows_after(h.index).iter().filter(|r| !r.is_blank()).count() } else { 0 };
                (g, h, rows)
            })
            .collect();
        if let (Some(row), true) = (options.header_row, found.is_empty()) {
            let last = self.candidates(options)?.iter().filter_map(|g| g.rows.last()).map(|r| r.number).max();
            return Err(Error::option(
                "headerRow",
                format!("row {row} is not in the sheet (its last row is {})", last.unwrap_or(0)),
            ));
        }
        let dated = |h: &layout::Header| {
            h.map.index(Field::InvoiceDate).is_some() || h.map.index(Field::DueDate).is_some()
        };
        found.sort_by_key(|(_, h, rows)| {
            std::cmp::Reverse((dated(h), h.map.score(), *rows, std::cmp::Reverse(h.index)))
        });
        Ok(found)
    }
}

/// The grids with a header row, by place, as [`Grids::ranked`] ranks them.
type Ranked = Vec<(usize, layout::Header, usize)>;

/// Whether two mappings map the same fields (whatever their columns): sheets
/// laid out alike.
fn same_fields(a: &ColumnMap, b: &ColumnMap) -> bool {
    let fields = |m: &ColumnMap| {
        let mut f: Vec<Field> = m.columns.iter().map(|c| c.field).filter(|f| *f != Field::Ignore).collect();
        f.sort_by_key(|f| *f as usize);
        f
    };
    fields(a) == fields(b)
}

/// Reads a ledger from a file's bytes (see the module docs).
pub fn import(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    import_grids(read_grids(bytes, options)?, options)
}

/// Reads a ledger from decoded grids.
fn import_grids(grids: Grids, options: &ImportOptions) -> Result<Imported, Error> {
    import_ranked(grids, None, None, options)
}

/// [`import_grids`] with the grids already ranked ([`Grids::ranked_places`]), or
/// not, and `guess` what the mapping screen's guess found in the first of them
/// (see [`rows::read_ledger`]), if it was made.
fn import_ranked(
    grids: Grids,
    ranked: Option<Ranked>,
    guess: Option<rows::Guess>,
    options: &ImportOptions,
) -> Result<Imported, Error> {
    let file = grids.file.clone();
    let candidates = grids.candidates(options)?;
    let mut ranked = match ranked {
        Some(places) => {
            places.into_iter().filter_map(|(i, h, rows)| Some((grids.grids.get(i)?, h, rows))).collect()
        }
        None => grids.ranked(options)?,
    };
    // Why this sheet, when a workbook had others to choose from.
    let others: Vec<String> = ranked
        .iter()
        .skip(1)
        .map(|(g, h, rows)| {
            format!("{} ({} columns mapped, {rows} rows)", crate::error::quoted(&grid_name(g)), h.map.score())
        })
        .collect();
    let found = if ranked.is_empty() { None } else { Some(ranked.remove(0)) };
    let (together, not_read) = match (&found, &options.sheet) {
        (Some((g, chosen, _)), None) => combined::choose(&grids, (g, chosen), &ranked),
        _ => (Vec::new(), None),
    };
    let choice = found.as_ref().filter(|_| !others.is_empty() && options.sheet.is_none()).map(|(g, h, rows)| {
        let names: Vec<String> = together.iter().map(|(i, _)| crate::error::quoted(&grids.name_at(*i))).collect();
        let read = if names.len() > 1 {
            format!("read sheets {} as one ledger: they are laid out alike; the most like a list of documents is {}", names.join(", "), crate::error::quoted(&grid_name(g)))
        } else {
            format!("read sheet {}: it looks most like a list of documents", crate::error::quoted(&grid_name(g)))
        };
        format!(
            "{read} ({} columns mapped, {rows} rows{}); other sheets: {}",
            h.map.score(),
            if h.map.is_dated() { ", dated" } else { "" },
            others.join(", ")
        )
    });
    let found = found.map(|(g, h, _)| (g, h));
    let Some((grid, header)) = found else {
        // The header the message quotes: the row that names the most fields (a
        // title above it, `Customer Balance Summary`, names none).
        let found =
            candidates.iter().find_map(|g| Some((*g, layout::likeliest_header(g, &options.columns)?)));
        let Some((grid, header)) = found else {
            return Err(Error::new(ErrorKind::Empty, Some(file)));
        };
        let at = Position {
            file: grid.file.clone().or(file.file.clone()),
            sheet: grid.sheet.clone(),
            ..file.at_row(grid.number_at(header.index))
        };
        header.map.require_ledger(&header.texts, &at)?;
        let missing = vec!["a header row of text cells".to_owned()];
        return Err(Error::new(
            ErrorKind::MissingColumns { missing, found: header.texts, hint: None },
            Some(at),
        ));
    };
    let source = rows::Source {
        format: grids.format,
        encoding: grids.encoding.clone(),
        sheets: grids.sheets.clone(),
        sha256: grids.sha256.clone(),
        combined: combined::Sheets::default(),
    };
    let undecoded = grids.undecoded.clone();
    let archived = grids.archived.clone();
    let archive_files = grids.archive_files.clone();
    let unread_files = grids.unread_files.clone();
    let index = grids.place(grid);
    drop(candidates);
    // The sheets read are handed over whole, to be freed once their rows are
    // read; the other sheets are freed now.
    let mut sheets: Vec<Option<grid::Grid>> = grids.grids.into_iter().map(Some).collect();
    // The guess is of the first sheet's rows: not of sheets read as one.
    let guess = guess.filter(|_| together.len() <= 1);
    let (grid, header, source) = if together.len() > 1 {
        let parts: Vec<(grid::Grid, layout::Header)> =
            together.into_iter().filter_map(|(i, h)| Some((sheets.get_mut(i)?.take()?, h))).collect();
        drop(sheets);
        let Some((grid, header, names)) = combined::combine(parts) else {
            return Err(Error::new(ErrorKind::Empty, Some(file)));
        };
        (grid, header, rows::Source { combined: names, ..source })
    } else {
        let Some(grid) = sheets.get_mut(index).and_then(Option::take) else {
            return Err(Error::new(ErrorKind::Empty, Some(file)));
        };
        drop(sheets);
        (grid, header, source)
    };
    let combined = source.combined.clone();
    let read_files: Vec<Option<String>> =
        if combined.names().is_empty() { vec![grid.file.clone()] } else { combined.files() };
    let archive_at = file.clone();
    // The whole file's place: the sheet read, in its own file; the archive,
    // for files of it read together.
    let file = if combined.several_files() {
        file
    } else {
        Position { file: grid.file.clone().or(file.file), sheet: grid.sheet.clone(), ..file }
    };
    let (ledger, mut report) =
        rows::read_ledger(grid, &header, options, &file, source, guess).map_err(|mut e| {
            if let Some(at) = e.position_mut() {
                combined.locate(at);
            }
            e
        })?;
    report.sheet_choice = choice;
    report.files.clone_from(&archive_files);
    if let Some(message) = not_read {
        report.warnings.insert(0, Warning { position: file.clone(), message });
    }
    if !unread_files.is_empty() {
        report.warnings.insert(
            0,
            Warning {
                position: file.clone(),
                message: format!("files that could not be read: {}", unread_files.join(", ")),
            },
        );
    }
    if !archive_files.is_empty() {
        // Files of the archive of which no sheet was read.
        let left: Vec<String> = archive_files
            .iter()
            .filter(|f| !read_files.contains(&archive::inner_file(&archive_at, &f.name).file))
            .map(|f| crate::error::quoted(&f.name))
            .collect();
        if !left.is_empty() {
            report.warnings.insert(0, Warning {
                position: archive_at.clone(),
                message: format!(
                    "of the {} ledger files, {} {} not read: not laid out as the one read, or repeating it (see the other warnings); choose one to read it alone",
                    archive_files.len(),
                    left.join(", "),
                    if left.len() == 1 { "was" } else { "were" },
                ),
            });
        }
    }
    if combined.names().len() > 1 {
        let names: Vec<String> = combined.names().iter().map(|n| crate::error::quoted(n)).collect();
        let what = if combined.several_files() { "files" } else { "sheets" };
        report.warnings.insert(0, Warning {
            position: Position { sheet: None, ..file.clone() },
            message: format!(
                "the documents of {} {what} laid out alike, {}, were read as one ledger; each row is located by its {}; choose one to read it alone",
                names.len(),
                names.join(", "),
                if combined.several_files() { "file" } else { "sheet" },
            ),
        });
    }
    if let Some(name) = archived {
        report.warnings.insert(
            0,
            Warning {
                position: file.clone(),
                message: format!(
                    "read {}, the one ledger file in the zip archive",
                    crate::error::quoted(&name)
                ),
            },
        );
    }
    if let Some(first) = undecoded.first() {
        let more = undecoded.len().saturating_sub(1);
        report.warnings.insert(0, Warning {
            position: first.clone(),
            message: format!(
                "bytes that are not {} text, shown as �{}: the rest of the file reads as {0}, so it is read that way",
                report.encoding.as_deref().unwrap_or("UTF-8"),
                if more == 0 { String::new() } else { format!(" (here and in {more} more {})", if more == 1 { "cell" } else { "cells" }) },
            ),
        });
    }
    Ok(Imported { ledger, report })
}

/// An import error, with the file's inspection when a column a ledger needs
/// is missing (what a mapping screen shows to fix it).
pub type Refusal = (Error, Option<Box<Inspection>>);

/// What a column-mapping screen needs: the file's sheets, the rows around the
/// header, the mapping arlens chose with its confidences, and how the import
/// went with it — its report, or the error to fix (a missing column, ambiguous
/// dates) rather than a failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Inspection {
    /// The file format, sniffed from the bytes.
    pub format: Format,
    /// The text encoding (delimited text only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// Every sheet of a workbook.
    pub sheets: Vec<String>,
    /// The sheet looked at: the one asked for, else the most ledger-like.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The header row (1-based), when one was found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header_row: Option<u64>,
    /// The header texts, one per column (empty without a header row).
    pub headers: Vec<String>,
    /// The first rows below the header (or of the sheet, without one), as text.
    pub preview: Vec<PreviewRow>,
    /// The mapping arlens reads the file with — from the headers and, where
    /// they do not decide, the content — rated, even when the import fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mapping: Option<ColumnMap>,
    /// The import's report (layout, mapping with confidences, skipped rows,
    /// warnings), when the import succeeds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<ImportReport>,
    /// Why the import fails with these options, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
}

/// One row of a preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PreviewRow {
    /// 1-based row (or line) number.
    pub row: u64,
    /// Each cell as text, from column A.
    pub cells: Vec<String>,
}

/// An import error, as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// What kind ([`ErrorKind::code`]).
    pub kind: String,
    /// The full message, starting with the place.
    pub message: String,
    /// Where, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<Position>,
}

/// Looks at a file for a mapping screen (see [`Inspection`]), with up to
/// `preview_rows` rows of preview. Only a file that cannot be read at all (empty,
/// damaged, password-protected, a sheet that is not there) is an error.
///
/// ```
/// use arlens::import::{inspect, ImportOptions};
/// let csv = b"Aged receivables\nName,Total\nAcme,12\n";
/// let seen = inspect(csv, &ImportOptions::default(), 10).unwrap();
/// // The header row is found below the title; no date column: the problem to fix.
/// assert_eq!((seen.header_row, seen.headers.clone()), (Some(2), vec!["Name".to_owned(), "Total".to_owned()]));
/// assert_eq!(seen.preview[0].cells, ["Acme", "12"]);
/// assert_eq!(seen.problem.unwrap().kind, "missingColumns");
/// ```
pub fn inspect(bytes: &[u8], options: &ImportOptions, preview_rows: usize) -> Result<Inspection, Error> {
    let grids = read_grids(bytes, options)?;
    let ranked = grids.ranked_places(options)?;
    let (mut seen, guess) = look(&grids, &ranked, options, preview_rows);
    match import_ranked(grids, Some(ranked), guess, options) {
        Ok(imported) => seen.report = Some(imported.report),
        Err(e) => {
            seen.problem = Some(Problem {
                kind: e.kind().code().to_owned(),
                message: e.to_string(),
                position: e.position().cloned(),
            })
        }
    }
    Ok(seen)
}

/// Reads a ledger and, from the same decoded grids, what a mapping screen shows
/// of the file (with the import's report in it).
pub(crate) fn import_inspected(
    bytes: &[u8],
    options: &ImportOptions,
    preview_rows: usize,
) -> Result<(Imported, Inspection), Error> {
    grids_inspected(read_grids(bytes, options)?, options, preview_rows)
}

/// [`import_inspected`] from decoded grids.
pub(crate) fn grids_inspected(
    grids: Grids,
    options: &ImportOptions,
    preview_rows: usize,
) -> Result<(Imported, Inspection), Error> {
    grids_seen(grids, options, preview_rows).map_err(|(e, _)| e)
}

/// [`grids_inspected`], with the inspection of a file whose columns are
/// missing beside the error (what a mapping screen needs to fix it).
pub(crate) fn grids_seen(
    grids: Grids,
    options: &ImportOptions,
    preview_rows: usize,
) -> Result<(Imported, Inspection), Refusal> {
    let ranked = grids.ranked_places(options).map_err(|e| (e, None))?;
    let (mut seen, guess) = look(&grids, &ranked, options, preview_rows);
    match import_ranked(grids, Some(ranked), guess, options) {
        Ok(imported) => {
            seen.report = Some(imported.report.clone());
            Ok((imported, seen))
        }
        Err(e) => {
            let missing = matches!(e.kind(), ErrorKind::MissingColumns { .. });
            if missing {
                seen.problem = Some(Problem {
                    kind: e.kind().code().to_owned(),
                    message: e.to_string(),
                    position: e.position().cloned(),
                });
            }
            Err((e, missing.then(|| Box::new(seen))))
        }
    }
}

/// The sheets, header and preview rows of `grids` (see [`Inspection`]), without
/// the import's outcome; `ranked` from [`Grids::ranked_places`], whose success
/// says the sheet asked for is there. With it, what the mapping's guess found
/// in the first ranked sheet, for the import to take.
fn look(
    grids: &Grids,
    ranked: &Ranked,
    options: &ImportOptions,
    preview_rows: usize,
) -> (Inspection, Option<rows::Guess>) {
    let best = ranked.first().and_then(|(i, header, _)| Some((grids.grids.get(*i)?, header.clone())));
    // No sheet has a header naming two fields: the row naming the most, as the
    // refusal quotes it, for the mapping screen to start from.
    let (grid, header) = match best {
        Some((grid, header)) => (Some(grid), Some(header)),
        None => grids
            .candidates(options)
            .ok()
            .into_iter()
            .flatten()
            .find_map(|g| Some((g, layout::likeliest_header(g, &options.columns)?)))
            .map_or((None, None), |(g, h)| (Some(g), (h.map.score() > 0).then_some(h))),
    };
    let preview = grid
        .map(|g| {
            let rows = header.as_ref().map_or(g.rows.as_slice(), |h| g.rows_after(h.index));
            rows.iter()
                .filter(|r| !r.is_blank())
                .take(preview_rows)
                .map(|r| PreviewRow { row: r.number, cells: r.cells().map(|c| c.to_string()).collect() })
                .collect()
        })
        .unwrap_or_default();
    let (mapping, guess) = grid.zip(header.as_ref()).map(|(g, h)| rows::best_mapping(g, h, options)).unzip();
    let seen = Inspection {
        format: grids.format,
        encoding: grids.encoding.clone(),
        sheets: grids.sheets.clone(),
        sheet: grid.and_then(|g| g.sheet.clone()),
        header_row: grid.zip(header.as_ref()).map(|(g, h)| g.number_at(h.index)),
        headers: header.as_ref().map(|h| h.texts.clone()).unwrap_or_default(),
        preview,
        mapping,
        report: None,
        problem: None,
    };
    (seen, guess)
}
