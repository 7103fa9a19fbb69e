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
//! **Quantities**, per currency, from [`Ledger::open_at`] and the entries:
//! * `AR(t)`: the open total at `t` (open invoices less unapplied credits);
//!   `AR_begin = AR(start − 1 day)`, `AR_end = AR(A)`.
//! * `AR_current`: open invoice balances not yet past due at `A` (due on or after `A`).
//! * `S`, net credit sales: invoices less credit notes dated in the period.
//! * Collections: payments dated in the period.

use crate::ledger::{EntryKind, Ledger};
use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How long the period ending on the as-of date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
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
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day (the as-of date).
    pub end: NaiveDate,
    /// Days in the period, `D`.
    pub days: u32,
    /// Months in the period, `N`, for the CEI.
    pub months: u32,
}

impl Period {
    /// The period of `length` ending on `as_of` (see the module docs).
    ///
    /// ```
    /// use arlens::period::{Period, PeriodLength};
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
        Period { start, end: as_of, days: (after - start).num_days() as u32, months }
    }

    /// Whether `date` falls in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// The ledger quantities of one currency over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Receivables per currency at `date` (the open total, credits included).
pub fn receivables_at(ledger: &Ledger, date: NaiveDate) -> BTreeMap<String, Decimal> {
    let mut out: BTreeMap<String, Decimal> = BTreeMap::new();
    for item in ledger.open_at(date) {
        *out.entry(item.entry.currency.clone()).or_default() += item.open;
    }
    out
}

/// The quantities of every currency of the ledger over `period`.
pub fn quantities(ledger: &Ledger, period: &Period) -> Vec<Quantities> {
    let mut per: BTreeMap<String, Quantities> = ledger
        .currencies()
        .into_iter()
        .map(|c| {
            let q = Quantities {
                currency: c.clone(),
                ar_begin: Decimal::ZERO,
                ar_end: Decimal::ZERO,
                ar_current: Decimal::ZERO,
                credit_sales: Decimal::ZERO,
                collections: Decimal::ZERO,
            };
            (c, q)
        })
        .collect();
    for (currency, ar) in receivables_at(ledger, period.start - Days::new(1)) {
        if let Some(q) = per.get_mut(&currency) {
            q.ar_begin = ar;
        }
    }
    for item in ledger.open_at(period.end) {
        let Some(q) = per.get_mut(&item.entry.currency) else {
            continue;
        };
        q.ar_end += item.open;
        if item.open > Decimal::ZERO && item.entry.due_date >= period.end {
            q.ar_current += item.open;
        }
    }
    for e in ledger.entries.iter().filter(|e| period.contains(e.date)) {
        let Some(q) = per.get_mut(&e.currency) else {
            continue;
        };
        match e.kind {
            EntryKind::Payment => q.collections -= e.amount,
            _ => q.credit_sales += e.amount,
        }
    }
    per.into_values().collect()
}

/// Net credit sales per calendar month, newest first, from the month of `as_of`
/// (counted up to `as_of`) back to the ledger's first month in `currency`, for
/// the count-back DSO.
pub fn monthly_sales(ledger: &Ledger, currency: &str, as_of: NaiveDate) -> Vec<crate::dso::MonthSales> {
    let month_index = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
    let newest = month_index(as_of);
    let Some(oldest) =
        ledger.entries.iter().filter(|e| e.currency == currency).map(|e| month_index(e.date)).min()
    else {
        return Vec::new();
    };
    let count = (newest - oldest).max(0) as usize + 1;
    let mut sales = vec![Decimal::ZERO; count];
    for e in ledger
        .entries
        .iter()
        .filter(|e| e.currency == currency && e.kind != EntryKind::Payment && e.date <= as_of)
    {
        sales[(newest - month_index(e.date)) as usize] += e.amount;
    }
    let mut end = as_of;
    sales
        .into_iter()
        .map(|sales| {
            let start = end.with_day(1).expect("day 1 exists");
            let days = (end - start).num_days() as u32 + 1;
            end = start - Days::new(1);
            crate::dso::MonthSales { sales, days }
        })
        .collect()
}
