//! Exports an auditor can file, made where the data is (no request): any grid
//! as CSV or XLSX exactly as filtered and sorted, and the whole analysis as one
//! XLSX workbook ([`workbook`]).
//!
//! **CSV** ([`grid_csv`]): UTF-8 with a byte-order mark (so that Excel reads
//! the accents), a header row of the columns' names, then one line per row in
//! the selection's order; numbers plain with the chosen decimal mark and no
//! grouping (`-1234.50` or `-1234,50`), dates `YYYY-MM-DD`, pick lists as
//! their text. A text cell that a spreadsheet would read as a formula — one
//! beginning with `=`, `+`, `-`, `@`, a tab or a carriage return — is written
//! with a leading `'` (OWASP's advice against CSV injection), so it stays text.
//!
//! **XLSX** ([`grid_xlsx`], and each sheet of the workbook): real number and
//! date cells with formats (amounts to their currency's minor units, dates
//! `yyyy-mm-dd`), a bold frozen header, the first column frozen, column
//! widths by kind, an autofilter over the table. Amounts become the IEEE
//! doubles every spreadsheet number is (exact to the cent below 10^13). Text
//! is written as text: a spreadsheet never reads it as a formula.

mod delimited;
mod sheet;
mod workbook;

pub use delimited::{CsvExport, grid_csv};
pub use sheet::grid_xlsx;
pub use workbook::{workbook, workbook_of};

use crate::error::Error;

/// An XLSX writer's error as the core's.
fn xlsx_error(e: rust_xlsxwriter::XlsxError) -> Error {
    Error::option("export", format!("the workbook could not be written: {e}"))
}
