//! The DSO family and its relatives: formulas on given inputs.
//!
//! Every function takes the period's figures and returns an exact `Decimal`
//! (no rounding: round only for display), or [`Undefined`] when the formula has
//! no meaning for the inputs (no credit sales, a zero denominator) — never a
//! division error, an infinity or a made-up zero. Nothing is clamped: credits
//! can make receivables, and so DSO, negative.
//!
//! **Inputs** ([`Quantities`]), per currency, from [`Book::open_at`] and the entries:
//! * `AR(t)`: the open total at `t` (open invoices less unapplied credits);
//!   `AR_begin = AR(start − 1 day)`, `AR_end = AR(A)`.
//! * `AR_current`: open invoice balances not yet past due at `A` (due on or after `A`).
//! * `S`, net credit sales: invoices less credit notes dated in the period
//!   (an opening balance carried forward is no sale: [`Entry::opening`](crate::Entry::opening)).
//! * Collections: payments dated in the period.
//!
//! Notation: `AR_end`, `AR_begin` are total receivables at the end and start of
//! the period; `AR_current` the part not yet due at the end; `S` the credit sales
//! of the period; `D` its length in days (actual calendar days).

use crate::figures::period::{Period, month_index};
use crate::figures::value::{Figure, Undefined, Value, difference, quotient, sum};
use crate::ledger::Book;
use crate::ledger::facts::Facts;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

fn per_day_of_sales(amount: Decimal, sales: Decimal, days: u32) -> Figure {
    if sales <= Decimal::ZERO {
        return Err(Undefined::NoSales);
    }
    quotient(amount, sales, Decimal::from(days))
}

/// Period-end ("regular") DSO: `AR_end / S × D`.
///
/// Source: CreditGuru, "Average Days Delinquent" page; aro2c ("Ending Total
/// Receivables / Total Credit Sales × Days"). Undefined when `S ≤ 0`.
///
/// ```
/// use arlens::figures::dso::period_end_dso;
/// let d = |s: &str| s.parse().unwrap();
/// // CreditGuru: 15,000 / 10,000 × 30 = 45 days.
/// assert_eq!(period_end_dso(d("15000"), d("10000"), 30).unwrap(), d("45"));
/// ```
pub fn period_end_dso(ar_end: Decimal, sales: Decimal, days: u32) -> Figure {
    per_day_of_sales(ar_end, sales, days)
}

/// Average-AR DSO: `(AR_begin + AR_end) / 2 / S × D`.
///
/// Source: YayPay/Quadient ("DSO = (Average AR / Billed Revenue) × Days").
pub fn average_ar_dso(ar_begin: Decimal, ar_end: Decimal, sales: Decimal, days: u32) -> Figure {
    per_day_of_sales(quotient(sum(ar_begin, ar_end)?, Decimal::TWO, Decimal::ONE)?, sales, days)
}

/// Best Possible DSO: `AR_current / S × D`, where `AR_current` is what is not yet
/// due at the period's end (the CRF definition of "current").
///
/// Source: CreditGuru: (4,000 / 10,000) × 30 = 12 days.
///
/// ```
/// use arlens::figures::dso::best_possible_dso;
/// let d = |s: &str| s.parse().unwrap();
/// assert_eq!(best_possible_dso(d("4000"), d("10000"), 30).unwrap(), d("12"));
/// ```
pub fn best_possible_dso(ar_current: Decimal, sales: Decimal, days: u32) -> Figure {
    per_day_of_sales(ar_current, sales, days)
}

/// Average Days Delinquent: `DSO − Best Possible DSO`.
///
/// Source: CreditGuru: 45 − 12 = 33 days. Undefined when either is.
pub fn average_days_delinquent(dso: Figure, best_possible: Figure) -> Figure {
    difference(dso?, best_possible?)
}

/// AR turnover: `S / ((AR_begin + AR_end) / 2)`, times per period.
///
/// Source: AccountingCoach-style definitions (net credit sales over average
/// receivables). Undefined when average receivables are `≤ 0`.
pub fn turnover(sales: Decimal, ar_begin: Decimal, ar_end: Decimal) -> Figure {
    let average = quotient(sum(ar_begin, ar_end)?, Decimal::TWO, Decimal::ONE)?;
    if average <= Decimal::ZERO {
        return Err(Undefined::NoReceivables);
    }
    quotient(sales, average, Decimal::ONE)
}

/// One month of sales for [`countback_dso`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthSales {
    /// Credit sales of the month.
    pub sales: Decimal,
    /// Days in the month (28–31; fewer for the month-to-date).
    pub days: u32,
}

/// Count-back (exhaustion) DSO: start from `AR_end`; walk back month by month,
/// newest first; while what remains covers a month's sales, subtract them and
/// add the month's days; for the last, partly covered month add
/// `remaining / sales × days`.
///
/// Edge cases: `AR_end ≤ 0` gives 0 days. As in Oracle HFM's exhaustion method
/// the walk stops at a month whose sales are `≤ 0`, returning the days counted so
/// far. When the months run out before the receivables do, the figure is
/// [`Undefined::HistoryTooShort`].
///
/// Source: BenjiPays, "Mastering DSO Calculation: The Count-Back Method
/// Explained": AR 212,000; sales 100,000 / 80,000 / 70,000 (newest first), 30
/// days each → 30 + 30 + 32,000 / 70,000 × 30 = 73.7 days.
///
/// ```
/// use arlens::figures::dso::{countback_dso, MonthSales};
/// let d = |s: &str| s.parse().unwrap();
/// let months = [("100000", 30), ("80000", 30), ("70000", 30)].map(|(s, days)| MonthSales { sales: d(s), days });
/// assert_eq!(countback_dso(d("212000"), &months).unwrap().round_dp(1), d("73.7"));
/// ```
pub fn countback_dso(ar_end: Decimal, months_newest_first: &[MonthSales]) -> Figure {
    let mut remaining = ar_end;
    let mut days = Decimal::ZERO;
    for month in months_newest_first {
        if remaining <= Decimal::ZERO || month.sales <= Decimal::ZERO {
            return Ok(days);
        }
        if remaining >= month.sales {
            remaining = difference(remaining, month.sales)?;
            days = sum(days, Decimal::from(month.days))?;
        } else {
            return sum(days, quotient(remaining, month.sales, Decimal::from(month.days))?);
        }
    }
    if remaining > Decimal::ZERO { Err(Undefined::HistoryTooShort) } else { Ok(days) }
}

/// Which sales figure the CEI formula uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CeiVariant {
    /// Credit sales divided by the number of months in the period (`S/N`): the
    /// Credit Research Foundation's and Oracle Collections' form. The default.
    #[default]
    SalesPerMonth,
    /// The period's full credit sales (`S`), a form that circulates for one-year CEI.
    FullSales,
}

/// Collection Effectiveness Index, in percent:
/// `(AR_begin + S' − AR_end) / (AR_begin + S' − AR_current) × 100`, where `S'` is
/// `S / N` ([`CeiVariant::SalesPerMonth`], N = months in the period) or `S`
/// ([`CeiVariant::FullSales`]).
///
/// It can leave [0, 100]: above 100 when more than the current receivables
/// was collected (credits, early payments), below 0 when receivables grew beyond
/// what was collectible. Undefined when the denominator is `≤ 0`.
///
/// Source: CreditGuru, CEI page; its sample (AR_begin 6,200; S 10,890 over 3
/// months; AR_end 6,340; AR_current 3,590) gives 55.9% with S/N and 79.6% with S.
///
/// ```
/// use arlens::figures::dso::{cei, CeiVariant};
/// let d = |s: &str| s.parse().unwrap();
/// // (6,200 + 3,630 − 6,340) / (6,200 + 3,630 − 3,590) = 3,490 / 6,240 = 55.9%
/// let monthly = cei(d("6200"), d("10890"), 3, d("6340"), d("3590"), CeiVariant::SalesPerMonth).unwrap();
/// assert_eq!(monthly.round_dp(1), d("55.9"));
/// // (6,200 + 10,890 − 6,340) / (6,200 + 10,890 − 3,590) = 10,750 / 13,500 = 79.6%
/// let full = cei(d("6200"), d("10890"), 3, d("6340"), d("3590"), CeiVariant::FullSales).unwrap();
/// assert_eq!(full.round_dp(1), d("79.6"));
/// ```
pub fn cei(
    ar_begin: Decimal,
    sales: Decimal,
    months: u32,
    ar_end: Decimal,
    ar_current: Decimal,
    variant: CeiVariant,
) -> Figure {
    let sales = match variant {
        CeiVariant::SalesPerMonth => quotient(sales, Decimal::from(months.max(1)), Decimal::ONE)?,
        CeiVariant::FullSales => sales,
    };
    let collectible = difference(sum(ar_begin, sales)?, ar_current)?;
    if collectible <= Decimal::ZERO {
        return Err(Undefined::NothingToCollect);
    }
    quotient(difference(sum(ar_begin, sales)?, ar_end)?, collectible, Decimal::ONE_HUNDRED)
}

/// The DSO family and the CEI of one currency over the period (formulas in [`crate::figures::dso`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PeriodFigures {
    /// The inputs: receivables at both ends, current receivables, sales, collections.
    #[serde(flatten)]
    pub quantities: Quantities,
    /// `AR_end / S × D`.
    pub dso: Value,
    /// `(AR_begin + AR_end) / 2 / S × D`.
    pub average_ar_dso: Value,
    /// `AR_current / S × D`.
    pub best_possible_dso: Value,
    /// DSO − best possible DSO.
    pub average_days_delinquent: Value,
    /// Count-back (exhaustion) DSO over the ledger's months.
    pub countback_dso: Value,
    /// `S / average AR`, times in the period.
    pub turnover: Value,
    /// Collection Effectiveness Index, percent.
    pub cei: Value,
}

pub(crate) fn period_figures(
    facts: &Facts,
    open_before: &[Decimal],
    open_end: &[Decimal],
    period: &Period,
    variant: CeiVariant,
) -> Vec<PeriodFigures> {
    quantities_with(facts, open_before, open_end, period)
        .into_iter()
        .zip(monthly_sales_with(facts, period.end))
        .map(|(q, months)| {
            let dso = period_end_dso(q.ar_end, q.credit_sales, period.days);
            let best = best_possible_dso(q.ar_current, q.credit_sales, period.days);
            PeriodFigures {
                average_ar_dso: average_ar_dso(q.ar_begin, q.ar_end, q.credit_sales, period.days).into(),
                average_days_delinquent: average_days_delinquent(dso, best).into(),
                countback_dso: countback_dso(q.ar_end, &months).into(),
                turnover: turnover(q.credit_sales, q.ar_begin, q.ar_end).into(),
                cei: cei(q.ar_begin, q.credit_sales, period.months, q.ar_end, q.ar_current, variant).into(),
                dso: dso.into(),
                best_possible_dso: best.into(),
                quantities: q,
            }
        })
        .collect()
}

/// The ledger quantities of one currency over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Quantities {
    /// ISO code.
    pub currency: String,
    /// Receivables the day before the period starts.
    pub ar_begin: Decimal,
    /// Receivables at the as-of date.
    pub ar_end: Decimal,
    /// Open invoice balances not yet past due at the as-of date.
    pub ar_current: Decimal,
    /// Invoices less credit notes dated in the period.
    pub credit_sales: Decimal,
    /// Payments dated in the period.
    pub collections: Decimal,
}

/// The quantities of every currency of the ledger over `period`.
pub fn quantities(ledger: &Book, period: &Period) -> Vec<Quantities> {
    let facts = Facts::new(ledger);
    let before = facts.open_amounts(ledger, period.opening);
    quantities_with(&facts, &before, &facts.open_amounts(ledger, period.end), period)
}

/// [`quantities`] with the ledger's facts and the open amounts on the day before
/// the period and on its last day already computed.
// Money: sums of amounts within limits::MAX_AMOUNT, at most limits.documents of
// them: below Decimal::MAX.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn quantities_with(
    facts: &Facts,
    open_before: &[Decimal],
    open_end: &[Decimal],
    period: &Period,
) -> Vec<Quantities> {
    let mut per: Vec<Quantities> = facts
        .codes
        .iter()
        .map(|c| Quantities {
            currency: c.clone(),
            ar_begin: Decimal::ZERO,
            ar_end: Decimal::ZERO,
            ar_current: Decimal::ZERO,
            credit_sales: Decimal::ZERO,
            collections: Decimal::ZERO,
        })
        .collect();
    for (f, &open) in facts.rows.iter().zip(open_before) {
        if let Some(q) = per.get_mut(usize::from(f.currency))
            && f.date <= period.opening
        {
            q.ar_begin += open;
        }
    }
    for (f, &open) in facts.rows.iter().zip(open_end) {
        let Some(q) = per.get_mut(usize::from(f.currency)) else { continue };
        if f.date <= period.end {
            q.ar_end += open;
            if open > Decimal::ZERO && f.due_date >= period.end {
                q.ar_current += open;
            }
        }
        if period.contains(f.date) {
            if f.is_collection() {
                q.collections -= f.amount;
            } else if f.is_sale() {
                q.credit_sales += f.amount;
            }
        }
    }
    per
}

/// Net credit sales per calendar month, newest first, from the month of `as_of`
/// (counted up to `as_of`) back to the ledger's first month in `currency`, for
/// the count-back DSO.
pub fn monthly_sales(
    ledger: &Book,
    currency: &str,
    as_of: NaiveDate,
) -> Vec<crate::figures::dso::MonthSales> {
    let facts = Facts::new(ledger);
    let index = facts.codes.iter().position(|c| c == currency);
    index.map(|i| monthly_sales_with(&facts, as_of).swap_remove(i)).unwrap_or_default()
}

/// [`monthly_sales`] of every currency, in the order of [`Facts::codes`], in one pass.
// Money: sums of amounts within limits::MAX_AMOUNT (below Decimal::MAX); months:
// chrono's dates span ±3.1 million months, inside i32 and usize.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn monthly_sales_with(
    facts: &Facts,
    as_of: NaiveDate,
) -> Vec<Vec<crate::figures::dso::MonthSales>> {
    let newest = month_index(as_of);
    let mut oldest: Vec<Option<i32>> = vec![None; facts.codes.len()];
    for f in &facts.rows {
        let Some(o) = oldest.get_mut(usize::from(f.currency)) else { continue };
        let m = month_index(f.date);
        *o = Some(o.map_or(m, |o| o.min(m)));
    }
    let mut sales: Vec<Vec<Decimal>> = oldest
        .iter()
        .map(|o| o.map_or(Vec::new(), |o| vec![Decimal::ZERO; (newest - o).max(0) as usize + 1]))
        .collect();
    for f in facts.rows.iter().filter(|f| f.is_sale() && f.date <= as_of) {
        let back = usize::try_from(newest - month_index(f.date)).unwrap_or(usize::MAX);
        if let Some(month) = sales.get_mut(usize::from(f.currency)).and_then(|m| m.get_mut(back)) {
            *month += f.amount;
        }
    }
    sales
        .into_iter()
        .map(|months| {
            let mut end = as_of;
            months
                .into_iter()
                .map(|sales| {
                    let start = end.with_day(1).unwrap_or(end);
                    let days = (end - start).num_days() as u32 + 1;
                    end = start.pred_opt().unwrap_or(start);
                    crate::figures::dso::MonthSales { sales, days }
                })
                .collect()
        })
        .collect()
}
