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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    ///
    /// Dates beyond chrono's range are held at its ends; arlens's own callers
    /// check the as-of date first ([`crate::limits::FIRST_DATE`] to
    /// [`crate::limits::LAST_DATE`]), where every period is a plain date range.
    pub fn ending(as_of: NaiveDate, length: PeriodLength) -> Period {
        let after = as_of.checked_add_days(Days::new(1)).unwrap_or(NaiveDate::MAX);
        let back = |months: u32| after.checked_sub_months(Months::new(months)).unwrap_or(NaiveDate::MIN);
        let (start, months) = match length {
            PeriodLength::Month => (back(1), 1),
            PeriodLength::Quarter => (back(3), 3),
            PeriodLength::Year => (back(12), 12),
            PeriodLength::TrailingDays(n) => (
                after.checked_sub_days(Days::new(u64::from(n.max(1)))).unwrap_or(NaiveDate::MIN),
                (n / 30).max(1),
            ),
        };
        Period {
            start,
            end: as_of,
            opening: start.pred_opt().unwrap_or(start),
            days: u32::try_from(after.signed_duration_since(start).num_days()).unwrap_or(u32::MAX),
            months,
        }
    }

    /// Whether `date` falls in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// Index of the month of `d`, counted from year 0.
// chrono's years are within ±262,143: times 12 is far inside i32.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn month_index(d: NaiveDate) -> i32 {
    d.year() * 12 + d.month0() as i32
}

/// The first day of month index `m`.
pub(crate) fn month_start(m: i32) -> NaiveDate {
    // rem_euclid(12) is 0..=11; only a year beyond chrono's can fail: held at its ends.
    let month = m.rem_euclid(12).unsigned_abs().saturating_add(1);
    NaiveDate::from_ymd_opt(m.div_euclid(12), month, 1).unwrap_or(if m < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}
