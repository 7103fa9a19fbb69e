//! Periods: the span of days the DSO family, the CEI, payments and recovery cover.
//!
//! **Period.** The period ends on the as-of date `A` (inclusive) and starts one
//! month, quarter or year earlier: `start = (A + 1 day) − length`, so that a
//! month-end `A` gives the calendar month (2024-03-31 → 2024-03-01..2024-03-31,
//! 31 days) and a mid-month `A` the month ending on it (2024-03-15 →
//! 2024-02-16..2024-03-15, 29 days). `TrailingDays(n)` is the `n` days ending on
//! `A`. `D` is the period's actual number of days; `N`, the months in it for the
//! CEI, is 1, 3 or 12 (trailing days: `n / 30`, at least 1).
//!

use chrono::{Datelike, Days, Months, NaiveDate};
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

/// Index of the month of `d`, counted from year 0.
pub(crate) fn month_index(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// The first day of month index `m`.
pub(crate) fn month_start(m: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(m.div_euclid(12), m.rem_euclid(12) as u32 + 1, 1).expect("a valid month")
}
