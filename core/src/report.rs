//! The one entry: open a file as a [`Ledger`] handle, then [`Ledger::analyze`]
//! it at any date with any [`Options`], as often as needed, into one
//! serialisable [`Report`]. The package, the app and the CLI all go through here.
//!
//! **As-of date.** Every figure is computed at one date, chosen by one rule
//! ([`AsOfSource`]): the date given in [`Options::as_of`]; else the report date
//! found in the file's title rows ("As at 31 March 2024"); else the latest dated
//! event in the ledger (invoice, credit note or payment); else `today` as the
//! caller gives it ([`Options::today`]: the core never reads the clock). The
//! report says which rule applied.
//!
//! **Availability.** Whether the file can support a group of figures is decided
//! here, once ([`Section`]); a figure whose formula has no meaning for the data
//! says why in its own [`Value`](crate::figures::value::Value). The report's
//! [`Report::unavailable`] list is read off the sections.

use crate::collections::accounts::accounts;
use crate::collections::log::{CollectionLog, Known};
use crate::collections::worklist::{AccountRisk, Worklist, WorklistOptions, worklist};
use crate::error::Error;
use crate::figures::aging::{Aging, AgingOptions, age_with};
use crate::figures::allowance::{Allowance, allowances};
use crate::figures::dso::{CeiVariant, PeriodFigures, period_figures};
use crate::figures::payments::{EarlyPayment, PaymentFigures, paid_dates_with, payment_figures_with};
use crate::figures::period::month_index;
use crate::figures::period::{Period, PeriodLength};
use crate::figures::recovery::{Recovery, recovery_with};
use crate::figures::trend::{CurrencyTrend, trend_reusing, trend_with};
use crate::figures::value::{Section, Unavailable, Undefined};
use crate::import::{ImportOptions, ImportReport, Inspection, import_inspected};
use crate::ledger::facts::Facts;
use crate::ledger::{AgedSummary, Book, EntryKind, LedgerShape};
use crate::money::normalize;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::Mutex;

/// What to compute, all of it optional: `Options::default()` is the default
/// analysis at the date chosen by the as-of rule (see the module docs).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Options {
    /// The date every figure is computed at; by default the as-of rule's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Today's date from the caller's clock: the as-of date of last resort.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub today: Option<NaiveDate>,
    /// Aging basis, buckets and convention.
    pub aging: AgingOptions,
    /// The period the DSO family and the CEI cover, ending on the as-of date.
    pub period: PeriodLength,
    /// Which CEI formula.
    pub cei: CeiVariant,
    /// How early payment counts in days beyond terms.
    pub early_payment: EarlyPayment,
    /// Loss rates in percent for the allowance, one for Not due and one per
    /// bucket; `None` (the default) uses the illustrative table of [`crate::figures::allowance`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loss_rates: Option<Vec<Decimal>>,
    /// The worklist's ladder, thresholds, sender and templates.
    pub worklist: WorklistOptions,
    /// The user's collection log: contacts, promises, disputes, notes and
    /// steps set by hand, which the worklist takes into account
    /// ([`crate::collections::log`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<CollectionLog>,
}

impl Options {
    /// Default options at `as_of`.
    pub fn at(as_of: NaiveDate) -> Self {
        Options { as_of: Some(as_of), ..Options::default() }
    }

    /// Refuses, by name, an option outside what arlens computes with exactly
    /// (see [`crate::limits`]): dates outside 1900–2199, periods and day counts
    /// over ten years, aging edges over a century, amounts over 10^15.
    pub fn check(&self) -> Result<(), Error> {
        use crate::limits::{MAX_DAYS, amount_option, count_option, date_option};
        if let Some(d) = self.as_of {
            date_option("asOf", d)?;
        }
        if let Some(d) = self.today {
            date_option("today", d)?;
        }
        if let PeriodLength::TrailingDays(days) = self.period {
            count_option("period", u64::from(days), u64::from(MAX_DAYS))?;
        }
        for edge in &self.aging.edges {
            count_option("aging.edges", u64::from(*edge), 36_500)?;
        }
        let w = &self.worklist;
        let l = &w.ladder;
        for (name, days) in [
            ("friendly", l.friendly),
            ("firm", l.firm),
            ("call", l.call),
            ("plan", l.plan),
            ("agency", l.agency),
            ("legal", l.legal),
        ] {
            count_option(&format!("worklist.ladder.{name}"), days.unsigned_abs(), u64::from(MAX_DAYS))?;
        }
        for (name, days) in [
            ("courtesyDays", w.courtesy_days),
            ("planStartDays", w.plan_start_days),
            ("replyDays", w.reply_days),
        ] {
            count_option(&format!("worklist.{name}"), u64::from(days), u64::from(MAX_DAYS))?;
        }
        count_option("worklist.planMaxMonths", u64::from(w.plan_max_months), 600)?;
        amount_option("worklist.agencyMinAmount", w.agency_min_amount)?;
        amount_option("worklist.legalMinAmount", w.legal_min_amount)?;
        self.log.as_ref().map_or(Ok(()), CollectionLog::check)
    }
}

/// Which rule chose the as-of date (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AsOfSource {
    /// Given in the options.
    Given,
    /// The report date in the file's title rows.
    ReportDate,
    /// The latest dated event in the ledger.
    LatestEvent,
    /// Today, as the caller gave it.
    Today,
}

impl AsOfSource {
    /// The rule in plain words, as a header shows it.
    pub fn label(self) -> &'static str {
        match self {
            AsOfSource::Given => "chosen",
            AsOfSource::ReportDate => "the report date in the file",
            AsOfSource::LatestEvent => "the latest date in the file",
            AsOfSource::Today => "today",
        }
    }
}

/// Every figure of a ledger at one as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// The date the figures are computed at.
    pub as_of: NaiveDate,
    /// Which rule chose it.
    pub as_of_source: AsOfSource,
    /// Aging per currency (see `aging.unavailable` for a file that cannot be re-aged).
    pub aging: Aging,
    /// The buckets of an already-aged summary file, totalled per currency as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_aging: Option<GivenAging>,
    /// The period of the DSO family and the CEI.
    pub period: Period,
    /// DSO family and CEI per currency.
    pub dso: Section<PeriodFigures>,
    /// Days to pay, days beyond terms and the share paid late, for invoices paid in
    /// the period, per currency.
    pub payments: Section<PaymentFigures>,
    /// Of what was past due when the period started, the share paid in it, per currency.
    pub recovery: Section<Recovery>,
    /// Bad-debt allowance per currency from the aging at the as-of date.
    pub allowance: Section<Allowance>,
    /// Monthly series over the ledger's history (AR, sales, collections, DSO,
    /// CEI, aging and roll rates), per currency.
    pub trend: Section<CurrencyTrend>,
    /// Risk per customer and currency, highest first.
    pub risk: Vec<AccountRisk>,
    /// Who to contact first, with the next step, reasons, a suggested plan and a draft.
    pub worklist: Worklist,
    /// The figures this file cannot give, read off the sections above.
    pub unavailable: Vec<UnavailableFigures>,
    /// The sheets the ledger was read from, in workbook order, when it was read
    /// from several laid out alike ([`Book::sheets`]); empty when from one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(type = "string[]"))]
    pub sheets: Vec<std::sync::Arc<str>>,
}

/// A group of figures the file cannot give, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct UnavailableFigures {
    /// The figures, in plain words.
    pub figure: String,
    /// The stable reason code.
    pub code: Undefined,
    /// Why, in plain words.
    pub reason: String,
}

/// An aged summary's buckets as the file gave them, per currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct GivenAging {
    /// The bucket headers as written.
    pub labels: Vec<String>,
    /// Per currency, sorted by code.
    pub currencies: Vec<GivenCurrency>,
}

/// One currency's totals of an aged summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// Why each group of figures cannot be given for `book` at `as_of`; `None`
/// where it can. Decided here once.
struct Availability {
    /// Sales in the period (DSO family, CEI, days to pay).
    sales: Option<Undefined>,
    /// Dated history (recovery, trend).
    history: Option<Undefined>,
    /// Aging at the as-of date (and the allowance built on it).
    aging: Option<Undefined>,
}

impl Availability {
    fn of(book: &Book, as_of: NaiveDate, aging: &AgingOptions) -> Availability {
        let sales = match book.shape {
            LedgerShape::AgedSummary => Some(Undefined::AgedSummary),
            LedgerShape::OpenItems => Some(Undefined::OpenItemsOnly),
            _ if book.dated_by_due_date => Some(Undefined::NoInvoiceDates),
            _ => None,
        };
        let history = sales.or((!book.history_complete()).then_some(Undefined::UndatedSettlements));
        let aging = if book.shape == LedgerShape::AgedSummary {
            Some(Undefined::AgedSummary)
        } else if book.dated_by_due_date && aging.basis == crate::figures::aging::AgingBasis::InvoiceDate {
            Some(Undefined::NoInvoiceDates)
        } else {
            book.report_date
                .filter(|d| as_of < *d && !book.history_complete())
                .map(|_| Undefined::BeforeReportDate)
        };
        Availability { sales, history, aging }
    }
}

/// The report's list of what is unavailable, grouped by reason, read off the sections.
fn unavailable_list(report: &Report) -> Vec<UnavailableFigures> {
    let groups: [(&str, Option<&Unavailable>); 6] = [
        ("DSO, best possible DSO, average days delinquent, turnover, CEI", report.dso.unavailable.as_ref()),
        ("days to pay", report.payments.unavailable.as_ref()),
        ("recovery rate", report.recovery.unavailable.as_ref()),
        ("monthly trend and roll rates", report.trend.unavailable.as_ref()),
        ("aging at the as-of date", report.aging.unavailable.as_ref()),
        ("allowance", report.allowance.unavailable.as_ref()),
    ];
    let mut out: Vec<UnavailableFigures> = Vec::new();
    for (figure, why) in groups {
        let Some(why) = why else { continue };
        match out.iter_mut().find(|u| u.code == why.code) {
            Some(u) => {
                u.figure.push_str(", ");
                u.figure.push_str(figure);
            }
            None => out.push(UnavailableFigures {
                figure: figure.to_owned(),
                code: why.code,
                reason: why.reason.clone(),
            }),
        }
    }
    out
}

/// First and last dated event of a ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct DateRange {
    /// The earliest document, payment or allocation date.
    pub first: NaiveDate,
    /// The latest one.
    pub last: NaiveDate,
}

/// The documents of one currency in a ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CurrencyTotals {
    /// ISO code.
    pub currency: String,
    /// Invoices (not the opening balances).
    pub invoices: usize,
    /// Σ invoice amounts.
    pub invoiced: Decimal,
    /// Σ credit notes (positive).
    pub credited: Decimal,
    /// Σ payments received (positive).
    pub paid: Decimal,
    /// Σ balances carried forward ([`Entry::opening`](crate::Entry::opening)),
    /// credit balances negative: `invoiced − credited − paid + carried_forward` is
    /// what the ledger leaves owed.
    pub carried_forward: Decimal,
}

/// What a ledger holds and how it was read: the import report, counts, totals
/// per currency and the date range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// How the file was read.
    pub import: ImportReport,
    /// Entries in the ledger.
    pub entries: usize,
    /// Payments and credits applied to invoices.
    pub allocations: usize,
    /// Invoices in the ledger.
    pub invoices: usize,
    /// Its currencies, sorted by code.
    pub currencies: Vec<String>,
    /// What the ledger holds per currency, sorted by code.
    pub totals: Vec<CurrencyTotals>,
    /// The first and last dated event; `None` for a ledger without entries.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_range: Option<DateRange>,
}

impl Summary {
    /// The summary of `book`, read with `import`.
    pub fn of(book: &Book, import: ImportReport) -> Summary {
        let mut totals: Vec<CurrencyTotals> = book
            .currencies()
            .into_iter()
            .map(|currency| CurrencyTotals {
                currency,
                invoices: 0,
                invoiced: Decimal::ZERO,
                credited: Decimal::ZERO,
                paid: Decimal::ZERO,
                carried_forward: Decimal::ZERO,
            })
            .collect();
        for e in &book.entries {
            let Some(t) = totals.iter_mut().find(|t| *t.currency == *e.currency) else { continue };
            match e.kind {
                _ if e.opening => t.carried_forward += e.amount,
                EntryKind::Invoice => {
                    t.invoices += 1;
                    t.invoiced += e.amount;
                }
                EntryKind::CreditNote => t.credited -= e.amount,
                _ => t.paid -= e.amount,
            }
        }
        for t in &mut totals {
            let code = t.currency.clone();
            for amount in [&mut t.invoiced, &mut t.credited, &mut t.paid, &mut t.carried_forward] {
                *amount = normalize(*amount, &code);
            }
        }
        let date_range = date_range(book);
        Summary {
            entries: book.entries.len(),
            allocations: book.allocations.len(),
            invoices: totals.iter().map(|t| t.invoices).sum(),
            currencies: book.currencies(),
            totals,
            date_range,
            import,
        }
    }
}

/// The first and last dated event of `book`: document dates and dated allocations.
fn date_range(book: &Book) -> Option<DateRange> {
    let dates = book.entries.iter().map(|e| e.date).chain(book.allocations.iter().filter_map(|a| a.date));
    dates.fold(None, |range: Option<DateRange>, d| {
        Some(match range {
            None => DateRange { first: d, last: d },
            Some(r) => DateRange { first: r.first.min(d), last: r.last.max(d) },
        })
    })
}

/// An imported ledger, ready to be analysed at any date with any options
/// without reading the file again: the long-lived handle behind the package's
/// `Ledger` class and the app.
///
/// ```
/// use arlens::{ImportOptions, Ledger, Options};
/// let csv = b"Type,Invoice,Customer,Date,Due date,Amount,Currency\n\
///             Invoice,INV-1,Acme,2024-01-01,2024-01-31,100.00,USD\n\
///             Payment,INV-1,Acme,2024-03-15,,100.00,USD\n";
/// let ledger = Ledger::open(csv, &ImportOptions::default()).unwrap();
/// // At 2024-02-29: 29 days past due → 1–30. By 2024-03-31 it was paid.
/// let feb = ledger.analyze(&Options::at("2024-02-29".parse().unwrap())).unwrap();
/// assert_eq!(feb.aging.currencies[0].buckets[0].to_string(), "100.00");
/// let mar = ledger.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
/// assert_eq!(mar.aging.currencies[0].open_total.to_string(), "0.00");
/// // Without a date, the latest event in the file: the payment on 2024-03-15.
/// let latest = ledger.analyze(&Options::default()).unwrap();
/// assert_eq!(latest.as_of.to_string(), "2024-03-15");
/// ```
#[derive(Debug)]
pub struct Ledger {
    book: Book,
    summary: Summary,
    inspection: Inspection,
    /// The compact facts and paid dates: they depend on the book only.
    facts: Facts,
    paid: Vec<Option<NaiveDate>>,
    /// The file's name, when the import options gave it.
    file_name: Option<String>,
    /// The monthly trend to the end of the ledger's last month, for the aging and
    /// CEI options it was made with: its months before an as-of date's month do
    /// not depend on the as-of date, so only that month is summed again.
    trend: Mutex<Option<TrendCache>>,
}

/// A trend kept for reuse, with the options it depends on.
#[derive(Debug)]
struct TrendCache {
    aging: AgingOptions,
    cei: CeiVariant,
    /// The date it was computed at: the last day of the ledger's last month.
    until: NaiveDate,
    trend: Vec<CurrencyTrend>,
}

/// Rows of preview a handle keeps for its inspection.
const PREVIEW_ROWS: usize = 20;

impl Ledger {
    /// Records the file's digest in the import report (and its copy in the inspection).
    pub(crate) fn set_sha256(&mut self, sha256: String) {
        if let Some(report) = &mut self.inspection.report {
            report.sha256.clone_from(&sha256);
        }
        self.summary.import.sha256 = sha256;
    }

    /// Reads a ledger file's bytes (see [`mod@crate::import`]).
    pub fn open(bytes: &[u8], options: &ImportOptions) -> Result<Ledger, Error> {
        let (imported, inspection) = import_inspected(bytes, options, PREVIEW_ROWS)?;
        Ok(Ledger::with(imported.ledger, imported.report, inspection, options.file_name.clone()))
    }

    /// The ledger of a file read into grids (see [`crate::import::LedgerReader`]).
    /// A file without the columns a ledger needs also gives its inspection.
    pub(crate) fn from_grids(
        grids: crate::import::Grids,
        options: &ImportOptions,
    ) -> Result<Ledger, crate::import::Refusal> {
        let (imported, inspection) = crate::import::grids_seen(grids, options, PREVIEW_ROWS)?;
        Ok(Ledger::with(imported.ledger, imported.report, inspection, options.file_name.clone()))
    }

    fn with(book: Book, import: ImportReport, inspection: Inspection, file_name: Option<String>) -> Ledger {
        let facts = Facts::new(&book);
        let paid = paid_dates_with(&book, &facts);
        Ledger {
            summary: Summary::of(&book, import),
            facts,
            paid,
            book,
            inspection,
            file_name,
            trend: Mutex::new(None),
        }
    }

    /// The file's name, as the import options gave it.
    pub fn file_name(&self) -> Option<&str> {
        self.file_name.as_deref()
    }

    /// The entries and allocations.
    pub fn book(&self) -> &Book {
        &self.book
    }

    /// How the file was read, counts, totals and date range.
    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// What a mapping screen shows of the file: sheets, header, preview rows,
    /// mapping with confidences and the import's report.
    pub fn inspection(&self) -> &Inspection {
        &self.inspection
    }

    /// The as-of date `options` lead to, and the rule that chose it.
    pub fn as_of(&self, options: &Options) -> Result<(NaiveDate, AsOfSource), Error> {
        as_of(&self.book, self.summary.date_range, options)
    }

    /// Every figure at the as-of date of `options`.
    pub fn analyze(&self, options: &Options) -> Result<Report, Error> {
        let (as_of, source) = self.as_of(options)?;
        report(&self.book, &self.facts, &self.paid, as_of, source, options, &|open| {
            self.trend(open, as_of, options)
        })
    }

    /// The same analysis as `report` (made with `options`) at the end of the
    /// previous period ([`Period::opening`]), which the headline compares with;
    /// `None` when the ledger cannot be analysed then (a date before 1900).
    pub fn previous(&self, report: &Report, options: &Options) -> Option<Report> {
        self.analyze(&Options { as_of: Some(report.period.opening), ..options.clone() }).ok()
    }

    /// The customer with id `id` as of `report` (an analysis of this ledger):
    /// see [`mod@crate::overview::customer`]; `None` when no entry is its.
    pub fn customer(&self, report: &Report, id: &str) -> Option<crate::overview::CustomerView> {
        crate::overview::customer_view(self.book(), report, id)
    }

    /// The members of `figure` of `report` (an analysis of this ledger made with
    /// `options`), with the figure recomputed from them: see [`mod@crate::trace`].
    /// A figure the report does not give (a currency it does not have, a
    /// section the file cannot support) is a located option error.
    pub fn trace(
        &self,
        report: &Report,
        options: &Options,
        figure: &crate::trace::FigureRef,
    ) -> Result<crate::trace::Trace, Error> {
        crate::trace::trace(&self.book, &self.facts, &self.paid, report, options, figure)
    }

    /// The headline figures at the as-of date of `options`, against the end of
    /// the previous period (see [`mod@crate::overview::headline`]).
    pub fn headline(&self, options: &Options) -> Result<crate::overview::Headline, Error> {
        let report = self.analyze(options)?;
        let previous = self.previous(&report, options);
        Ok(crate::overview::headline(&report, previous.as_ref()))
    }

    /// The trend at `as_of`: from the kept one when its options match and it
    /// reaches `as_of`'s month (see [`TrendCache`]), else computed, and kept.
    fn trend(
        &self,
        open: &[Decimal],
        as_of: NaiveDate,
        options: &Options,
    ) -> Result<Vec<CurrencyTrend>, Error> {
        let (aging, cei) = (&options.aging, options.cei);
        let Some(range) = self.summary.date_range else {
            return trend_with(&self.book, &self.facts, as_of, aging, cei);
        };
        let month = month_index(as_of);
        let mut kept = self.trend.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let fits = |c: &TrendCache| c.aging == *aging && c.cei == cei && month <= month_index(c.until);
        if !kept.as_ref().is_some_and(fits) {
            if month > month_index(range.last) {
                return trend_with(&self.book, &self.facts, as_of, aging, cei);
            }
            let until = month_end(range.last);
            let trend = trend_with(&self.book, &self.facts, until, aging, cei)?;
            *kept = Some(TrendCache { aging: aging.clone(), cei, until, trend });
        }
        let cache = kept.as_ref().expect("kept above");
        trend_reusing(&cache.trend, &self.facts, open, as_of, aging, cei)
    }
}

/// The last day of `date`'s month.
fn month_end(date: NaiveDate) -> NaiveDate {
    crate::figures::period::month_start(month_index(date) + 1).pred_opt().unwrap_or(date)
}

/// The as-of rule (see the module docs).
fn as_of(book: &Book, range: Option<DateRange>, options: &Options) -> Result<(NaiveDate, AsOfSource), Error> {
    options.check()?;
    let found = options
        .as_of
        .map(|d| (d, AsOfSource::Given))
        .or(book.report_date.map(|d| (d, AsOfSource::ReportDate)))
        .or(range.map(|r| (r.last, AsOfSource::LatestEvent)))
        .or(options.today.map(|d| (d, AsOfSource::Today)));
    let (date, source) = found
        .ok_or_else(|| Error::option("asOf", "the file has no dates: give an as-of date (YYYY-MM-DD)"))?;
    // A date the file gave (a report date, its latest event) is held to the same range.
    crate::limits::date_option("asOf", date).map_err(|_| {
        Error::option(
            "asOf",
            format!(
                "{date}, {} is outside the dates arlens works at ({} to {}): give an as-of date",
                source.label(),
                crate::limits::FIRST_DATE,
                crate::limits::LAST_DATE
            ),
        )
    })?;
    Ok((date, source))
}

/// Computes the [`Report`] of `book` (a one-off: a [`Ledger`] keeps what does
/// not depend on the options between analyses).
pub fn analyze(book: &Book, options: &Options) -> Result<Report, Error> {
    let facts = Facts::new(book);
    let paid = paid_dates_with(book, &facts);
    let (as_of, source) = as_of(book, date_range(book), options)?;
    report(book, &facts, &paid, as_of, source, options, &|_| {
        trend_with(book, &facts, as_of, &options.aging, options.cei)
    })
}

/// How a report gets its monthly trend, from the open amounts at its as-of date.
type TrendAt<'a> = dyn Fn(&[Decimal]) -> Result<Vec<CurrencyTrend>, Error> + 'a;

fn report(
    book: &Book,
    facts: &Facts,
    paid: &[Option<NaiveDate>],
    as_of: NaiveDate,
    as_of_source: AsOfSource,
    options: &Options,
    trend: &TrendAt<'_>,
) -> Result<Report, Error> {
    let period = Period::ending(as_of, options.period);
    let can = Availability::of(book, as_of, &options.aging);
    let open = facts.open_amounts(book, as_of);
    let open_before = facts.open_amounts(book, period.opening);
    let mut aging = age_with(book, facts, &open, as_of, &options.aging)?;
    aging.unavailable = can.aging.map(Into::into);
    let known = Known::new(options.log.as_ref(), book, as_of);
    let accounts = accounts(book, facts, &open, paid, as_of, &known);
    let (risk, worklist) =
        worklist(book, &accounts, as_of, &options.aging, &options.worklist, can.sales.is_none(), &known)?;
    let mut report = Report {
        risk,
        worklist,
        as_of,
        as_of_source,
        allowance: Section::unless(can.aging, || allowances(&aging, options.loss_rates.as_deref()))?,
        given_aging: book.summary.as_ref().map(given_aging),
        dso: Section::unless(can.sales, || {
            Ok::<_, Error>(period_figures(facts, &open_before, &open, &period, options.cei))
        })?,
        payments: Section::unless(can.sales, || {
            Ok::<_, Error>(payment_figures_with(facts, paid, &period, options.early_payment))
        })?,
        recovery: Section::unless(can.history, || {
            recovery_with(book, facts, &open_before, &period, &options.aging)
        })?,
        trend: Section::unless(can.history, || trend(&open))?,
        aging,
        period,
        unavailable: Vec::new(),
        sheets: book.sheets.clone(),
    };
    report.unavailable = unavailable_list(&report);
    Ok(report)
}

/// A report together with how the file was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct FileReport {
    /// Mapping, skipped rows and warnings of the import.
    pub import: ImportReport,
    /// The figures.
    pub report: Report,
}

/// Reads `bytes` and analyses them once: [`Ledger::open`] then [`Ledger::analyze`].
pub fn analyze_file(
    bytes: &[u8],
    import_options: &ImportOptions,
    options: &Options,
) -> Result<FileReport, Error> {
    let ledger = Ledger::open(bytes, import_options)?;
    let report = ledger.analyze(options)?;
    Ok(FileReport { import: ledger.summary.import, report })
}
