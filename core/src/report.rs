//! The whole analysis of a ledger at one date, as one serialisable [`Report`].

use crate::aging::{Aging, AgingOptions, age};
use crate::error::Error;
use crate::import::{ImportOptions, ImportReport, import};
use crate::ledger::{AgedSummary, Ledger, LedgerShape};
use crate::money::normalize;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// The buckets of an already-aged summary file, totalled per currency as given.
    pub given_aging: Option<GivenAging>,
    /// Figures the ledger cannot give, with the reason (never shown as zero).
    pub unavailable: Vec<Unavailable>,
}

/// A figure that cannot be computed from this ledger, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unavailable {
    /// The figure, in plain words.
    pub figure: String,
    /// Why, in plain words.
    pub reason: String,
}

/// An aged summary's buckets as the file gave them, per currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GivenAging {
    /// The bucket headers as written.
    pub labels: Vec<String>,
    /// Per currency, sorted by code.
    pub currencies: Vec<GivenCurrency>,
}

/// One currency's totals of an aged summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GivenCurrency {
    /// ISO code.
    pub currency: String,
    /// Σ of each bucket column over the customers.
    pub buckets: Vec<Decimal>,
    /// Σ of the customers' totals.
    pub total: Decimal,
    /// Customers counted.
    pub customers: usize,
}

fn given_aging(summary: &AgedSummary) -> GivenAging {
    let mut per: BTreeMap<&str, GivenCurrency> = BTreeMap::new();
    for row in &summary.rows {
        let c = per.entry(row.currency.as_str()).or_insert_with(|| GivenCurrency {
            currency: row.currency.clone(),
            buckets: vec![Decimal::ZERO; summary.labels.len()],
            total: Decimal::ZERO,
            customers: 0,
        });
        c.buckets
            .iter_mut()
            .zip(&row.buckets)
            .for_each(|(sum, b)| *sum += *b);
        c.total += row.total;
        c.customers += 1;
    }
    let currencies = per
        .into_values()
        .map(|mut c| {
            c.buckets.iter_mut().for_each(|b| *b = normalize(*b, &c.currency));
            c.total = normalize(c.total, &c.currency);
            c
        })
        .collect();
    GivenAging {
        labels: summary.labels.clone(),
        currencies,
    }
}

/// What the ledger cannot give at `as_of`.
fn unavailable(ledger: &Ledger, as_of: NaiveDate) -> Vec<Unavailable> {
    let mut out = Vec::new();
    if ledger.shape == LedgerShape::AgedSummary {
        out.push(Unavailable {
            figure: "aging at the as-of date".to_owned(),
            reason: "the file is an aged summary: its buckets are as of its own report date and cannot be \
                     re-aged without invoices"
                .to_owned(),
        });
    } else if let Some(report_date) = ledger
        .report_date
        .filter(|d| as_of < *d && !ledger.history_complete())
    {
        out.push(Unavailable {
            figure: "aging before the report date".to_owned(),
            reason: format!(
                "the file gives balances at {report_date} without the dates of what was settled, so aging at an \
                 earlier date would count settlements too early"
            ),
        });
    }
    out
}

/// Computes the [`Report`] of `ledger`.
pub fn analyze(ledger: &Ledger, options: &Options) -> Result<Report, Error> {
    Ok(Report {
        as_of: options.as_of,
        aging: age(ledger, options.as_of, &options.aging)?,
        given_aging: ledger.summary.as_ref().map(given_aging),
        unavailable: unavailable(ledger, options.as_of),
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
