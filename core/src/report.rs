//! The whole analysis of a ledger at one date, as one serialisable [`Report`].

use crate::collections::accounts::accounts;
use crate::collections::worklist::{AccountRisk, Worklist, WorklistOptions, worklist};
use crate::error::Error;
use crate::figures::aging::{Aging, AgingOptions, age_with};
use crate::figures::allowance::{Allowance, allowances};
use crate::figures::dso::{CeiVariant, PeriodFigures, period_figures};
use crate::figures::payments::{EarlyPayment, PaymentFigures, paid_dates_with, payment_figures_with};
use crate::figures::period::{Period, PeriodLength};
use crate::figures::recovery::{Recovery, recovery_with};
use crate::figures::trend::{CurrencyTrend, trend_with};
use crate::import::{ImportOptions, ImportReport, import};
use crate::ledger::facts::Facts;
use crate::ledger::{AgedSummary, Ledger, LedgerShape};
use crate::money::normalize;
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What to compute. `as_of` is explicit: the core never reads the clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Options {
    /// The date every figure is computed at.
    pub as_of: NaiveDate,
    /// Aging basis, buckets and convention.
    #[serde(default)]
    pub aging: AgingOptions,
    /// The period the DSO family and the CEI cover, ending on `as_of`.
    #[serde(default)]
    pub period: PeriodLength,
    /// Which CEI formula.
    #[serde(default)]
    pub cei: CeiVariant,
    /// How early payment counts in days beyond terms.
    #[serde(default)]
    pub early_payment: EarlyPayment,
    /// Loss rates in percent for the allowance, one for Not due and one per
    /// bucket; `None` (the default) uses the illustrative table of [`crate::figures::allowance`].
    #[serde(default)]
    pub loss_rates: Option<Vec<Decimal>>,
    /// The worklist's ladder, thresholds, sender and templates.
    #[serde(default)]
    pub worklist: WorklistOptions,
}

impl Options {
    /// Default options at `as_of`.
    pub fn at(as_of: NaiveDate) -> Self {
        Options {
            as_of,
            aging: AgingOptions::default(),
            period: PeriodLength::default(),
            cei: CeiVariant::default(),
            early_payment: EarlyPayment::default(),
            loss_rates: None,
            worklist: WorklistOptions::default(),
        }
    }
}

/// Every figure of a ledger at [`Options::as_of`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The date the figures are computed at.
    pub as_of: NaiveDate,
    /// Aging per currency.
    pub aging: Aging,
    /// The buckets of an already-aged summary file, totalled per currency as given.
    pub given_aging: Option<GivenAging>,
    /// The period of the DSO family and the CEI.
    pub period: Period,
    /// DSO family and CEI per currency; empty when unavailable (see `unavailable`).
    pub dso: Vec<PeriodFigures>,
    /// Days to pay, days beyond terms and the share paid late, for invoices paid in
    /// the period, per currency; empty when the file gives no payment dates.
    pub payments: Vec<PaymentFigures>,
    /// Of what was past due when the period started, the share paid in it, per currency.
    pub recovery: Vec<Recovery>,
    /// Bad-debt allowance per currency from the aging at the as-of date.
    pub allowance: Vec<Allowance>,
    /// Monthly series over the ledger's history (AR, sales, collections, DSO,
    /// CEI, aging and roll rates), per currency.
    pub trend: Vec<CurrencyTrend>,
    /// Risk per customer and currency, highest first.
    pub risk: Vec<AccountRisk>,
    /// Who to contact first, with the next step, reasons, a suggested plan and a draft.
    pub worklist: Worklist,
    /// Figures the ledger cannot give, with the reason (never shown as zero).
    pub unavailable: Vec<Unavailable>,
}

/// A figure that cannot be computed from this ledger, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Unavailable {
    /// The figure, in plain words.
    pub figure: String,
    /// Why, in plain words.
    pub reason: String,
}

/// An aged summary's buckets as the file gave them, per currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct GivenAging {
    /// The bucket headers as written.
    pub labels: Vec<String>,
    /// Per currency, sorted by code.
    pub currencies: Vec<GivenCurrency>,
}

/// One currency's totals of an aged summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
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
        c.buckets.iter_mut().zip(&row.buckets).for_each(|(sum, b)| *sum += *b);
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
    GivenAging { labels: summary.labels.clone(), currencies }
}

/// Whether the ledger dates every settlement, so that past dates replay truly.
fn has_history(ledger: &Ledger) -> bool {
    !matches!(ledger.shape, LedgerShape::OpenItems | LedgerShape::AgedSummary) && ledger.history_complete()
}

/// What the ledger cannot give at `as_of`.
fn unavailable(ledger: &Ledger, as_of: NaiveDate) -> Vec<Unavailable> {
    let mut out = Vec::new();
    let mut say = |figure: &str, reason: String| {
        out.push(Unavailable { figure: figure.to_owned(), reason });
    };
    if matches!(ledger.shape, LedgerShape::OpenItems | LedgerShape::AgedSummary) {
        say(
            "DSO, best possible DSO, average days delinquent, turnover, CEI, days to pay, recovery rate, \
             monthly trend and roll rates",
            "the file lists only what is unpaid, so it does not give the period's sales or when anything \
             was paid; an invoice list with paid dates or a transaction ledger does"
                .to_owned(),
        );
    } else if !ledger.history_complete() {
        say(
            "recovery rate, monthly trend and roll rates",
            "some invoices are marked paid without a paid date, so past balances cannot be replayed"
                .to_owned(),
        );
    }
    if ledger.shape == LedgerShape::AgedSummary {
        say(
            "aging at the as-of date and allowance",
            "the file is an aged summary: its buckets are as of its own report date and cannot be \
             re-aged without invoices"
                .to_owned(),
        );
    } else if let Some(report_date) = ledger.report_date.filter(|d| as_of < *d && !ledger.history_complete())
    {
        say(
            "aging before the report date",
            format!(
                "the file gives balances at {report_date} without the dates of what was settled, so aging at an \
                 earlier date would count settlements too early"
            ),
        );
    }
    out
}

/// Computes the [`Report`] of `ledger`.
pub fn analyze(ledger: &Ledger, options: &Options) -> Result<Report, Error> {
    let period = Period::ending(options.as_of, options.period);
    let sales = !matches!(ledger.shape, LedgerShape::OpenItems | LedgerShape::AgedSummary);
    let history = has_history(ledger);
    let facts = Facts::new(ledger);
    let open = facts.open_amounts(ledger, options.as_of);
    let open_before = facts.open_amounts(ledger, period.start - Days::new(1));
    let paid = paid_dates_with(ledger, &facts);
    let aging = age_with(ledger, &facts, &open, options.as_of, &options.aging)?;
    let accounts = accounts(ledger, &facts, &open, &paid, options.as_of);
    let (risk, worklist) =
        worklist(ledger, &accounts, options.as_of, &options.aging, &options.worklist, sales)?;
    Ok(Report {
        risk,
        worklist,
        as_of: options.as_of,
        allowance: allowances(&aging, options.loss_rates.as_deref())?,
        aging,
        given_aging: ledger.summary.as_ref().map(given_aging),
        period,
        dso: if sales {
            period_figures(&facts, &open_before, &open, &period, options.cei)
        } else {
            Vec::new()
        },
        payments: if sales {
            payment_figures_with(&facts, &paid, &period, options.early_payment)
        } else {
            Vec::new()
        },
        recovery: if history {
            recovery_with(ledger, &facts, &open_before, &period, &options.aging)?
        } else {
            Vec::new()
        },
        trend: if history {
            trend_with(ledger, &facts, options.as_of, &options.aging, options.cei)?
        } else {
            Vec::new()
        },
        unavailable: unavailable(ledger, options.as_of),
    })
}

/// A report together with how the file was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
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
    Ok(FileReport { import: imported.report, report })
}
