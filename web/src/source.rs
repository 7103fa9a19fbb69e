//! How the ledger file is read: the choices a user makes on the page, sent to
//! the worker that reads the file (see [`crate::analyst`]).

use arlens::import::{DateOrder, DecimalMark, Overrides};
use serde::{Deserialize, Serialize};

/// How many invoices the bundled sample has.
pub const SAMPLE_INVOICES: usize = 2_000;

/// The reader choices a user can make on the page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadChoices {
    /// The sheet to read; the most ledger-like one when `None`.
    pub sheet: Option<String>,
    /// Day/month order of date text; inferred when `None`.
    pub date_order: Option<DateOrder>,
    /// The currency (ISO code) of rows whose file names none.
    pub currency: Option<String>,
    /// Columns the user mapped: column letter → field (or ignore).
    pub columns: Overrides,
    /// Decimal mark of amount text; inferred when `None`.
    pub decimal_mark: Option<DecimalMark>,
    /// Payment terms in days for rows without a due date or terms of their own.
    pub default_terms: Option<u32>,
    /// The header row (1-based); found by arlens when `None`.
    pub header_row: Option<u64>,
    /// Swap day and month back in date cells damaged by a locale round trip.
    pub repair_swapped_dates: bool,
    /// Leave out the rows the workbook hides (filtered out, or hidden by hand).
    pub skip_hidden_rows: bool,
}
