//! The ledger file being analysed: the bundled sample, or one the user dropped.

use arlens::sample::{SAMPLE_REFERENCE_DATE, SampleOptions, generate};
use arlens::{FileReport, ImportOptions, Options};
use chrono::NaiveDate;
use std::sync::Arc;

/// A file's name and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file name, as shown and used in error locations.
    pub name: String,
    /// The file's bytes.
    pub bytes: Arc<Vec<u8>>,
}

/// How many invoices the bundled sample has.
pub const SAMPLE_INVOICES: usize = 2_000;

impl Source {
    /// The bundled sample ledger (generated, deterministic).
    pub fn sample() -> Self {
        let options = SampleOptions {
            invoices: SAMPLE_INVOICES,
            ..SampleOptions::default()
        };
        Source {
            name: "sample-ledger.csv".to_owned(),
            bytes: Arc::new(generate(&options).open_items_csv()),
        }
    }

    /// The as-of date a source opens at: the sample's export date, else today.
    pub fn default_as_of(&self, today: NaiveDate) -> NaiveDate {
        if self.name == Source::sample().name {
            SAMPLE_REFERENCE_DATE
        } else {
            today
        }
    }

    /// Reads and analyses the file at `as_of`; a failure comes back as its located message.
    pub fn analyze(&self, as_of: NaiveDate) -> Result<FileReport, String> {
        let import = ImportOptions {
            file_name: Some(self.name.clone()),
            ..ImportOptions::default()
        };
        arlens::analyze_file(
            &self.bytes,
            &import,
            &Options {
                as_of,
                aging: Default::default(),
            },
        )
        .map_err(|e| e.to_string())
    }
}
