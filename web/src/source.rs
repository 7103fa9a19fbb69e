//! The ledger file being analysed: the bundled sample, or one the user dropped,
//! opened once into the core's [`Ledger`] handle.

use arlens::import::{DateOrder, DecimalMark, Inspection, Overrides};
use arlens::sample::{SampleOptions, generate};
use arlens::{ImportOptions, Ledger};
use std::sync::Arc;

/// A file's name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file name, as shown and used in error locations.
    pub name: String,
    /// The file's bytes.
    pub bytes: Arc<Vec<u8>>,
    /// Whether this is the bundled sample.
    pub is_sample: bool,
    /// The file's SHA-256 (hex) when the browser computed it; the core
    /// computes it otherwise.
    pub sha256: Option<String>,
}

/// How many invoices the bundled sample has.
pub const SAMPLE_INVOICES: usize = 2_000;

/// The reader choices a user can make on the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
}

/// An opened ledger, shared: equal when it is the same opening (the handle is
/// never compared field by field).
#[derive(Debug, Clone)]
pub struct Opened(pub Arc<Ledger>);

impl PartialEq for Opened {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Source {
    /// The bundled sample ledger (generated, deterministic).
    pub fn sample() -> Self {
        let options = SampleOptions { invoices: SAMPLE_INVOICES, ..SampleOptions::default() };
        Source {
            name: "sample-ledger.csv".to_owned(),
            bytes: Arc::new(generate(&options).transactions_csv()),
            is_sample: true,
            sha256: None,
        }
    }

    /// A file the user chose, with its SHA-256 when the browser computed it.
    pub fn file(name: String, bytes: Vec<u8>, sha256: Option<String>) -> Self {
        Source { name, bytes: Arc::new(bytes), is_sample: false, sha256 }
    }

    fn options(&self, choices: &ReadChoices) -> ImportOptions {
        ImportOptions {
            file_name: Some(self.name.clone()),
            sheet: choices.sheet.clone(),
            date_order: choices.date_order,
            default_currency: choices.currency.clone(),
            columns: choices.columns.clone(),
            decimal_mark: choices.decimal_mark,
            default_terms: choices.default_terms,
            header_row: choices.header_row,
            repair_swapped_dates: choices.repair_swapped_dates,
            sha256: self.sha256.clone(),
            ..ImportOptions::default()
        }
    }

    /// Opens the file with `choices`; a failure comes back as its located message.
    pub fn open(&self, choices: &ReadChoices) -> Result<Opened, String> {
        Ledger::open(&self.bytes, &self.options(choices))
            .map(|l| Opened(Arc::new(l)))
            .map_err(|e| e.to_string())
    }

    /// What a mapping screen shows of the file read with `choices` (20 preview
    /// rows); `None` for a file that cannot be read at all.
    pub fn inspect(&self, choices: &ReadChoices) -> Option<Inspection> {
        arlens::import::inspect(&self.bytes, &self.options(choices), 20).ok()
    }
}
