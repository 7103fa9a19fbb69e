//! A consolidated view: a report's figures in one reporting currency, at
//! exchange rates the user gives (arlens never fetches any), beside the
//! per-currency figures and never replacing them.
//!
//! **Conversion.** A rate says how many units of the reporting currency one
//! unit of a currency is worth (`EUR 1.08` with USD reporting: 1 EUR = 1.08 USD).
//! Each currency's amount is multiplied by its rate and rounded to the reporting
//! currency's minor units, half away from zero ([`crate::money::display`]),
//! figure by figure; the consolidated figure is the sum of those rounded
//! amounts, so a consolidated row adds up exactly. The reporting currency's own
//! amounts are taken as they are (rate 1).
//!
//! **Ratios** are recomputed from the consolidated inputs with the same
//! formulas ([`crate::figures::dso`]), never averaged across currencies:
//! consolidated DSO = Σ converted receivables at the end ÷ Σ converted credit
//! sales × days.

use crate::error::Error;
use crate::figures::dso::{CeiVariant, average_days_delinquent, best_possible_dso, cei, period_end_dso};
use crate::figures::value::{Undefined, Value};
use crate::limits::MAX_AMOUNT;
use crate::money::{display, is_iso_code, minor_units, normalize};
use crate::overview::headline::overdue_percent;
use crate::report::Report;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One exchange rate: one unit of `currency` is worth `rate` units of the reporting currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rate {
    /// ISO code of the converted currency.
    pub currency: String,
    /// Units of the reporting currency per unit of `currency`; positive.
    pub rate: Decimal,
}

/// What to consolidate into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ConsolidationOptions {
    /// ISO code of the reporting currency.
    pub currency: String,
    /// A rate for every other currency of the report.
    pub rates: Vec<Rate>,
    /// The date the rates are from, as the user gives it (shown, not used in arithmetic).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

/// A report's figures in one currency (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Consolidated {
    /// The reporting currency.
    pub currency: String,
    /// The rates used, one per converted currency, sorted by code.
    pub rates: Vec<Rate>,
    /// The rates' date, as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The currencies summed, sorted (the reporting one included when the report has it).
    pub members: Vec<String>,
    /// Σ converted not-due balances.
    pub not_due: Decimal,
    /// Σ converted balances per aging bucket.
    pub buckets: Vec<Decimal>,
    /// Σ converted credits.
    pub credits: Decimal,
    /// Not due + Σ buckets + credits.
    pub open_total: Decimal,
    /// Σ buckets.
    pub overdue: Decimal,
    /// Overdue ÷ (not due + overdue) × 100.
    pub overdue_percent: Value,
    /// Σ converted allowances.
    pub allowance: Value,
    /// From Σ converted receivables at the end and credit sales.
    pub dso: Value,
    /// From Σ converted current receivables and credit sales.
    pub best_possible_dso: Value,
    /// DSO − best possible DSO.
    pub average_days_delinquent: Value,
    /// From Σ converted receivables at both ends, current receivables and sales.
    pub cei: Value,
}

/// `report`'s figures in `options.currency` (see the module docs); `variant` is
/// the CEI variant the report was made with. Refuses, naming the option, a
/// reporting currency that is not ISO 4217, a rate that is not positive or is
/// beyond [`MAX_AMOUNT`], a rate for a currency twice, and a missing rate.
pub fn consolidate(
    report: &Report,
    options: &ConsolidationOptions,
    variant: CeiVariant,
) -> Result<Consolidated, Error> {
    let converter = Converter::new(report, options)?;
    let reporting = converter.reporting;
    let members = converter.members.clone();
    let convert = |amount: Decimal, currency: &str| converter.convert(amount, currency);
    let add = Converter::add;
    let rates = converter.rates.clone();

    // Aging.
    let width = report.aging.buckets.len();
    let (mut not_due, mut credits, mut buckets) = (Decimal::ZERO, Decimal::ZERO, vec![Decimal::ZERO; width]);
    for c in &report.aging.currencies {
        not_due = add(not_due, convert(c.not_due, &c.currency)?)?;
        credits = add(credits, convert(c.credits, &c.currency)?)?;
        for (sum, amount) in buckets.iter_mut().zip(&c.buckets) {
            *sum = add(*sum, convert(*amount, &c.currency)?)?;
        }
    }
    let overdue = buckets.iter().try_fold(Decimal::ZERO, |s, b| add(s, *b))?;
    let open_total = add(add(not_due, overdue)?, credits)?;
    let aged = report.aging.unavailable.is_none();
    let overdue_percent = if aged {
        overdue_percent(not_due, &buckets).into()
    } else {
        Value { value: None, unavailable: report.aging.unavailable.clone() }
    };

    // Allowance.
    let allowance = if report.allowance.is_available() {
        let mut total = Decimal::ZERO;
        for a in &report.allowance.currencies {
            total = add(total, convert(a.total, &a.currency)?)?;
        }
        Value { value: Some(normalize(total, reporting)), unavailable: None }
    } else {
        Value { value: None, unavailable: report.allowance.unavailable.clone() }
    };

    // The DSO family and the CEI from consolidated quantities.
    let (dso, best, add_days, index) = if report.dso.is_available() {
        let [mut ar_begin, mut ar_end, mut ar_current, mut sales] = [Decimal::ZERO; 4];
        for f in &report.dso.currencies {
            let q = &f.quantities;
            ar_begin = add(ar_begin, convert(q.ar_begin, &q.currency)?)?;
            ar_end = add(ar_end, convert(q.ar_end, &q.currency)?)?;
            ar_current = add(ar_current, convert(q.ar_current, &q.currency)?)?;
            sales = add(sales, convert(q.credit_sales, &q.currency)?)?;
        }
        let p = &report.period;
        let dso = period_end_dso(ar_end, sales, p.days);
        let best = best_possible_dso(ar_current, sales, p.days);
        (
            dso.into(),
            best.into(),
            average_days_delinquent(dso, best).into(),
            cei(ar_begin, sales, p.months, ar_end, ar_current, variant).into(),
        )
    } else {
        let why = Value { value: None, unavailable: report.dso.unavailable.clone() };
        (why.clone(), why.clone(), why.clone(), why)
    };
    let members = if aged || report.dso.is_available() { members } else { Vec::new() };
    if members.is_empty() && report.given_aging.is_some() {
        return Err(Error::option(
            "consolidation",
            Undefined::AgedSummary.to_string() + "; its buckets are shown per currency as given",
        ));
    }
    Ok(Consolidated {
        currency: reporting.to_owned(),
        rates: rates.into_iter().filter(|r| r.currency != reporting).collect(),
        date: options.date,
        members,
        not_due: normalize(not_due, reporting),
        buckets: buckets.into_iter().map(|b| normalize(b, reporting)).collect(),
        credits: normalize(credits, reporting),
        open_total: normalize(open_total, reporting),
        overdue: normalize(overdue, reporting),
        overdue_percent,
        allowance,
        dso,
        best_possible_dso: best,
        average_days_delinquent: add_days,
        cei: index,
    })
}

/// The rates of a consolidation, checked, and the conversion of one amount
/// (shared by [`consolidate`] and [`super::explain`]).
#[derive(Debug, Clone)]
pub(crate) struct Converter<'a> {
    /// The reporting currency.
    pub(crate) reporting: &'a str,
    /// The rates, sorted by currency.
    pub(crate) rates: Vec<Rate>,
    /// The report's currencies, sorted, each with a rate.
    pub(crate) members: Vec<String>,
    units: u32,
}

impl<'a> Converter<'a> {
    /// Checks `options` against `report` (see [`consolidate`] for what is refused).
    pub(crate) fn new(report: &Report, options: &'a ConsolidationOptions) -> Result<Converter<'a>, Error> {
        let reporting = options.currency.as_str();
        if !is_iso_code(reporting) || reporting == "XXX" {
            return Err(Error::option(
                "consolidation.currency",
                format!(
                    "{} is not an ISO 4217 currency code (such as EUR or USD)",
                    crate::error::quoted(reporting)
                ),
            ));
        }
        let mut rates = options.rates.clone();
        rates.sort_by(|a, b| a.currency.cmp(&b.currency));
        for pair in rates.windows(2) {
            if let [a, b] = pair
                && a.currency == b.currency
            {
                return Err(Error::option("consolidation.rates", format!("{} has two rates", a.currency)));
            }
        }
        for r in &rates {
            if r.rate <= Decimal::ZERO || r.rate > MAX_AMOUNT {
                return Err(Error::option(
                    "consolidation.rates",
                    format!("{}: {} is not a rate; give a positive number", r.currency, r.rate),
                ));
            }
            if r.currency == reporting && r.rate != Decimal::ONE {
                return Err(Error::option(
                    "consolidation.rates",
                    format!("{reporting} is the reporting currency: its rate is 1, not {}", r.rate),
                ));
            }
        }
        let mut members: Vec<String> = report
            .aging
            .currencies
            .iter()
            .map(|c| c.currency.clone())
            .chain(report.dso.currencies.iter().map(|c| c.quantities.currency.clone()))
            .chain(report.allowance.currencies.iter().map(|c| c.currency.clone()))
            .collect();
        members.sort_unstable();
        members.dedup();
        let converter = Converter { reporting, rates, members, units: minor_units(reporting) };
        for currency in &converter.members {
            converter.rate_of(currency)?;
        }
        Ok(converter)
    }

    /// Units of the reporting currency per unit of `currency`.
    pub(crate) fn rate_of(&self, currency: &str) -> Result<Decimal, Error> {
        let reporting = self.reporting;
        if currency == reporting {
            return Ok(Decimal::ONE);
        }
        if currency == "XXX" {
            return Err(Error::option(
                "consolidation.rates",
                "some amounts have no currency (XXX): give the file's currency before consolidating",
            ));
        }
        self.rates.iter().find(|r| r.currency == currency).map(|r| r.rate).ok_or_else(|| {
            Error::option(
                "consolidation.rates",
                format!("no rate for {currency}: give how many {reporting} one {currency} is worth"),
            )
        })
    }

    /// `amount` of `currency` in the reporting currency, rounded to its minor
    /// units half away from zero (the reporting currency's own amounts as they are).
    pub(crate) fn convert(&self, amount: Decimal, currency: &str) -> Result<Decimal, Error> {
        let rate = self.rate_of(currency)?;
        if rate == Decimal::ONE {
            return Ok(amount);
        }
        amount.checked_mul(rate).map(|v| display(v, self.units)).ok_or_else(too_large)
    }

    /// `a + b`, or the error of a sum beyond exact arithmetic.
    pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, Error> {
        a.checked_add(b).ok_or_else(too_large)
    }
}

fn too_large() -> Error {
    Error::option("consolidation.rates", "the converted amounts are beyond what arlens adds up exactly")
}
