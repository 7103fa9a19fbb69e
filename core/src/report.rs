//! The whole analysis of a ledger at one date, as one serialisable [`Report`].

use crate::aging::{Aging, AgingOptions, age};
use crate::error::Error;
use crate::import::{ImportOptions, ImportReport, import};
use crate::ledger::Ledger;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What to compute. `as_of` is explicit: the core never reads the clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// The date every figure is computed at.
    pub as_of: NaiveDate,
    /// Aging basis, buckets and convention.
    #[serde(default)]
    pub aging: AgingOptions,
}

/// Every figure of a ledger at [`Options::as_of`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The date the figures are computed at.
    pub as_of: NaiveDate,
    /// Aging per currency.
    pub aging: Aging,
}

/// Computes the [`Report`] of `ledger`.
pub fn analyze(ledger: &Ledger, options: &Options) -> Result<Report, Error> {
    Ok(Report {
        as_of: options.as_of,
        aging: age(ledger, options.as_of, &options.aging)?,
    })
}

/// A report together with how the file was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FileReport {
    /// Mapping, skipped rows and warnings of the import.
    pub import: ImportReport,
    /// The figures.
    pub report: Report,
}

/// Reads `bytes` and analyses them: the one call behind the package and the app.
pub fn analyze_file(
    bytes: &[u8],
    import_options: &ImportOptions,
    options: &Options,
) -> Result<FileReport, Error> {
    let imported = import(bytes, import_options)?;
    let report = analyze(&imported.ledger, options)?;
    Ok(FileReport {
        import: imported.report,
        report,
    })
}
