//! The ledger file being analysed: the bundled sample, or one the user dropped.

use arlens::import::DateOrder;
use arlens::sample::{SAMPLE_REFERENCE_DATE, SampleOptions, generate};
use arlens::{ImportOptions, Imported};
use chrono::NaiveDate;
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
}

impl Source {
    /// The bundled sample ledger (generated, deterministic).
    pub fn sample() -> Self {
        let options = SampleOptions { invoices: SAMPLE_INVOICES, ..SampleOptions::default() };
        Source {
            name: "sample-ledger.csv".to_owned(),
            bytes: Arc::new(generate(&options).transactions_csv()),
            is_sample: true,
        }
    }

    /// A file the user chose.
    pub fn file(name: String, bytes: Vec<u8>) -> Self {
        Source { name, bytes: Arc::new(bytes), is_sample: false }
    }

    /// Reads the file; a failure comes back as its located message.
    pub fn import(&self, choices: &ReadChoices) -> Result<Imported, String> {
        let options = ImportOptions {
            file_name: Some(self.name.clone()),
            sheet: choices.sheet.clone(),
            date_order: choices.date_order,
            ..ImportOptions::default()
        };
        arlens::import(&self.bytes, &options).map_err(|e| e.to_string())
    }

    /// The as-of date a file opens at: the report date in its title rows, the
    /// sample's export date, else `today`.
    pub fn default_as_of(&self, imported: Option<&Imported>, today: NaiveDate) -> NaiveDate {
        imported
            .and_then(|i| i.report.report_date)
            .or(self.is_sample.then_some(SAMPLE_REFERENCE_DATE))
            .unwrap_or(today)
    }
}
