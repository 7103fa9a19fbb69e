//! Periods, and the ledger quantities the DSO family is computed from.
//!
//! **Period.** The period ends on the as-of date `A` (inclusive) and starts one
//! month, quarter or year earlier: `start = (A + 1 day) − length`, so that a
//! month-end `A` gives the calendar month (2024-03-31 → 2024-03-01..2024-03-31,
//! 31 days) and a mid-month `A` the month ending on it (2024-03-15 →
//! 2024-02-16..2024-03-15, 29 days). `TrailingDays(n)` is the `n` days ending on
//! `A`. `D` is the period's actual number of days; `N`, the months in it for the
//! CEI, is 1, 3 or 12 (trailing days: `n / 30`, at least 1).
//!
//! **Quantities**, per currency, from [`Book::open_at`] and the entries:
//! * `AR(t)`: the open total at `t` (open invoices less unapplied credits);
//!   `AR_begin = AR(start − 1 day)`, `AR_end = AR(A)`.
//! * `AR_current`: open invoice balances not yet past due at `A` (due on or after `A`).
//! * `S`, net credit sales: invoices less credit notes dated in the period.
//! * Collections: payments dated in the period.

use crate::ledger::facts::Facts;
use crate::ledger::{Book, EntryKind};
use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How long the period ending on the as-of date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PeriodLength {
    /// One month (the default).
    #[default]
    Month,
    /// Three months.
    Quarter,
    /// Twelve months.
    Year,
    /// The given number of days.
    TrailingDays(u32),
}

/// A period of whole days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day (the as-of date).
    pub end: NaiveDate,
    /// The day before `start`: receivables at its end are `AR_begin`, and what
    /// was past due then is what recovery measures.
    pub opening: NaiveDate,
    /// Days in the period, `D`.
    pub days: u32,
    /// Months in the period, `N`, for the CEI.
    pub months: u32,
}

impl Period {
    /// The period of `length` ending on `as_of` (see the module docs).
    ///
    /// ```
    /// use arlens::figures::period::{Period, PeriodLength};
    /// let p = Period::ending("2024-03-31".parse().unwrap(), PeriodLength::Month);
    /// assert_eq!((p.start.to_string(), p.days), ("2024-03-01".to_owned(), 31));
    /// let p = Period::ending("2024-03-15".parse().unwrap(), PeriodLength::Month);
    /// assert_eq!((p.start.to_string(), p.days), ("2024-02-16".to_owned(), 29));
    /// ```
    pub fn ending(as_of: NaiveDate, length: PeriodLength) -> Period {
        let after = as_of + Days::new(1);
        let (start, months) = match length {
            PeriodLength::Month => (after - Months::new(1), 1),
            PeriodLength::Quarter => (after - Months::new(3), 3),
            PeriodLength::Year => (after - Months::new(12), 12),
            PeriodLength::TrailingDays(n) => (after - Days::new(u64::from(n.max(1))), (n / 30).max(1)),
        };
        Period {
            start,
            end: as_of,
            opening: start - Days::new(1),
            days: (after - start).num_days() as u32,
            months,
        }
    }

    /// Whether `date` falls in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// The ledger quantities of one currency over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Index of the month of `d`, counted from year 0.
pub(crate) fn month_index(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// The first day of month index `m`.
pub(crate) fn month_start(m: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1).expect("a valid month")
}

/// The quantities of every currency of the ledger over `period`.
pub fn quantities(ledger: &Book, period: &Period) -> Vec<Quantities> {
    let facts = Facts::new(ledger);
    let before = facts.open_amounts(ledger, period.start - Days::new(1));
    quantities_with(&facts, &before, &facts.open_amounts(ledger, period.end), period)
}

/// [`quantities`] with the ledger's facts and the open amounts on the day before
/// the period and on its last day already computed.
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
    let before = period.start - Days::new(1);
    for (f, &open) in facts.rows.iter().zip(open_before) {
        if f.date <= before {
            per[f.currency as usize].ar_begin += open;
        }
    }
    for (f, &open) in facts.rows.iter().zip(open_end) {
        let q = &mut per[f.currency as usize];
        if f.date <= period.end {
            q.ar_end += open;
            if open > Decimal::ZERO && f.due_date >= period.end {
                q.ar_current += open;
            }
        }
        if period.contains(f.date) {
            match f.kind {
                EntryKind::Payment => q.collections -= f.amount,
                _ => q.credit_sales += f.amount,
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
pub(crate) fn monthly_sales_with(
    facts: &Facts,
    as_of: NaiveDate,
) -> Vec<Vec<crate::figures::dso::MonthSales>> {
    let newest = month_index(as_of);
    let mut oldest: Vec<Option<i32>> = vec![None; facts.codes.len()];
    for f in &facts.rows {
        let o = &mut oldest[f.currency as usize];
        let m = month_index(f.date);
        *o = Some(o.map_or(m, |o| o.min(m)));
    }
    let mut sales: Vec<Vec<Decimal>> = oldest
        .iter()
        .map(|o| o.map_or(Vec::new(), |o| vec![Decimal::ZERO; (newest - o).max(0) as usize + 1]))
        .collect();
    for f in facts.rows.iter().filter(|f| f.kind != EntryKind::Payment && f.date <= as_of) {
        sales[f.currency as usize][(newest - month_index(f.date)) as usize] += f.amount;
    }
    sales
        .into_iter()
        .map(|months| {
            let mut end = as_of;
            months
                .into_iter()
                .map(|sales| {
                    let start = end.with_day(1).expect("day 1 exists");
                    let days = (end - start).num_days() as u32 + 1;
                    end = start - Days::new(1);
                    crate::figures::dso::MonthSales { sales, days }
                })
                .collect()
        })
        .collect()
}
