//! Monthly series over a ledger's whole history, for trend charts and roll rates.
//!
//! **Months.** Calendar months, from the month of a currency's first entry to the
//! month of the as-of date `A`; the last month ends on `A` (so it may be partial).
//! Each month's figures are exactly those of the period of that month
//! ([`crate::figures::period`]): `AR_end` is the open total at the month's last day counted
//! by [`Book::open_at`] (so only settlements dated by then count), `AR_begin`
//! the previous month's `AR_end` (0 before the first month), sales are invoices
//! less credit notes dated in the month, collections the payments dated in it.
//! DSO and best possible DSO use `D` = the month's days (up to `A` in the last
//! month); the CEI has `N = 1`, where its two variants agree.
//!
//! **Aging at each month end** uses the report's [`AgingOptions`] (basis,
//! buckets; calendar-month buckets are recut at each month end), with credits
//! in their own column, so that the columns of a month sum to its `AR_end`.
//!
//! **Roll rates** (flow rates), from the OCC Comptroller's Handbook's delinquency
//! roll-rate model: the share of a column's balance at one month end that is
//! found in the next column a month later,
//! `roll_k(m) = column_{k+1}(m) / column_k(m − 1)`, for Not due → first bucket,
//! first → second bucket, …, up to the last bounded bucket. It is a ratio of
//! aggregate balances, not a tracking of invoices: new business cannot enter a
//! bucket past the first, so a rate above 100% means the ledger gained
//! overdue items (for instance by import of older invoices) or, with 30-day
//! buckets and 31-day months, that an item skipped a column. Undefined when the
//! earlier column is empty or negative.
//!
//! ```
//! use arlens::{import, AgingOptions, ImportOptions, figures::dso::CeiVariant, figures::trend::trend};
//! let csv = b"Type,Document,Customer,Date,Due date,Amount,Applies to\n\
//!             Invoice,I-1,Acme,2024-01-10,2024-02-09,1000.00,\n\
//!             Payment,P-1,Acme,2024-02-20,,600.00,I-1\n";
//! let ledger = import(csv, &ImportOptions::default()).unwrap().ledger;
//! let at = "2024-02-29".parse().unwrap();
//! let usd = &trend(&ledger, at, &AgingOptions::default(), CeiVariant::default()).unwrap()[0];
//! let [jan, feb] = &usd.months[..] else { panic!() };
//! // January: 1,000 sold, 1,000 open (not due) → DSO = 1,000 / 1,000 × 31 = 31.
//! assert_eq!(jan.dso.value.unwrap().to_string(), "31");
//! // February: no sales (DSO undefined), 600 collected, 400 open 20 days past due (1–30);
//! // CEI = (1,000 + 0 − 400) / (1,000 + 0 − 0) = 60%; roll Not due → 1–30 = 400 / 1,000 = 40%.
//! assert!(feb.dso.value.is_none());
//! assert_eq!(feb.cei.value.unwrap().to_string(), "60");
//! assert_eq!(feb.roll_rates[0].value.unwrap().to_string(), "40");
//! ```
//!
//! The series is computed in one sweep over entries and allocations grouped by
//! month, not by replaying [`Book::open_at`] at each month end; a property test
//! checks that both agree.

use crate::error::Error;
use crate::figures::aging::{AgingOptions, aging_date, buckets, slot};
use crate::figures::dso::{self, CeiVariant};
use crate::figures::period::{month_index, month_start};
use crate::figures::value::{Figure, Undefined, Value, quotient};
use crate::ledger::Book;
use crate::ledger::facts::Facts;
use crate::money::{Tally, normalize};
use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One month of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    /// The month's first day.
    pub start: NaiveDate,
    /// Its last day, or the as-of date in the as-of month.
    pub end: NaiveDate,
    /// Days from `start` to `end`, inclusive (`D`).
    pub days: u32,
    /// Receivables at the end of the previous month.
    pub ar_begin: Decimal,
    /// Receivables at `end`.
    pub ar_end: Decimal,
    /// Open invoice balances not yet past due at `end`.
    pub ar_current: Decimal,
    /// Invoices less credit notes dated in the month.
    pub sales: Decimal,
    /// Payments dated in the month (positive).
    pub collections: Decimal,
    /// Aging at `end`: Not due, then each bucket of the report's aging.
    pub aging: Vec<Decimal>,
    /// Negative open amounts at `end`; `Σ aging + credits = ar_end`.
    pub credits: Decimal,
    /// `AR_end / S × D`.
    pub dso: Value,
    /// `AR_current / S × D`.
    pub best_possible_dso: Value,
    /// `(AR_begin + S − AR_end) / (AR_begin + S − AR_current) × 100`.
    pub cei: Value,
    /// `roll_k = aging[k + 1] / previous month's aging[k]`, for each `k` up to the
    /// last bounded bucket; empty in the first month.
    pub roll_rates: Vec<Value>,
}

/// The monthly series of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CurrencyTrend {
    /// ISO code.
    pub currency: String,
    /// Oldest month first.
    pub months: Vec<MonthFigures>,
}

/// A roll rate: the share of `earlier` found in the next column a month later.
///
/// ```
/// use arlens::figures::trend::roll_rate;
/// let d = |s: &str| s.parse().unwrap();
/// // 4,000 in 1–30 at the end of January; 1,000 in 31–60 at the end of February: 25%.
/// assert_eq!(roll_rate(d("1000"), d("4000")).unwrap(), d("25"));
/// ```
pub fn roll_rate(later: Decimal, earlier: Decimal) -> Figure {
    if earlier <= Decimal::ZERO {
        return Err(Undefined::EmptyBucket);
    }
    quotient(later, earlier, Decimal::ONE_HUNDRED)
}

/// Indices grouped by month, in one flat array (a counting sort).
struct ByMonth {
    starts: Vec<usize>,
    items: Vec<u32>,
}

impl ByMonth {
    /// The indices of month `m`, in their original order (none past the last month).
    fn get(&self, m: usize) -> &[u32] {
        let range = self.starts.get(m).copied().zip(self.starts.get(m.saturating_add(1)).copied());
        range.and_then(|(from, to)| self.items.get(from..to)).unwrap_or_default()
    }
}

/// Groups the indices whose month slot is given (`None`: left out) by month;
/// every slot must be below `months`.
// Indexes: slots are below `months` (the callers' contract), so `m + 1` indexes
// `starts` (months + 1 long) and `next[m]` stays below `starts[months]`.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
fn by_month(months: usize, slots: impl Iterator<Item = Option<usize>> + Clone) -> ByMonth {
    let mut starts = vec![0usize; months + 1];
    for m in slots.clone().flatten() {
        starts[m + 1] += 1;
    }
    for m in 0..months {
        starts[m + 1] += starts[m];
    }
    let mut next = starts.clone();
    let mut items = vec![0u32; starts[months]];
    for (i, slot) in slots.enumerate() {
        if let Some(m) = slot {
            items[next[m]] = i as u32;
            next[m] += 1;
        }
    }
    ByMonth { starts, items }
}

/// Month-end sums of one currency while sweeping (each exactly the `Decimal`
/// sum of its amounts: see [`Tally`]).
#[derive(Clone)]
struct Sums {
    ar_end: Tally,
    ar_current: Tally,
    sales: Tally,
    collections: Tally,
    aging: Vec<Tally>,
    credits: Tally,
}

impl Sums {
    /// Nothing summed yet, with Not due and `buckets` aging columns.
    fn empty(buckets: usize) -> Sums {
        Sums {
            ar_end: Tally::default(),
            ar_current: Tally::default(),
            sales: Tally::default(),
            collections: Tally::default(),
            aging: vec![Tally::default(); buckets.saturating_add(1)],
            credits: Tally::default(),
        }
    }
}

/// An entry open at a month end: its place in the facts' rows, its currency's
/// index, and the days it is aged from and due, as day numbers.
#[derive(Debug, Clone, Copy)]
struct Live {
    i: usize,
    currency: usize,
    aged_from: i32,
    due: i32,
}

/// The monthly series per currency, sorted by code, up to `as_of` (see the module docs).
pub fn trend(
    ledger: &Book,
    as_of: NaiveDate,
    aging: &AgingOptions,
    variant: CeiVariant,
) -> Result<Vec<CurrencyTrend>, Error> {
    trend_with(ledger, &Facts::new(ledger), as_of, aging, variant)
}

/// [`trend`] with the ledger's facts already read.
// Indexes: `i` ranges over `rows` (the groups are built from them), currency
// indexes over `codes` (Facts makes them so), aging columns over the month's
// buckets plus Not due (`slot` + 1). Money: sums of amounts within
// limits::MAX_AMOUNT, at most limits.documents of them. Months: chrono's dates
// span ±3.1 million months, inside i32 and usize.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub(crate) fn trend_with(
    ledger: &Book,
    facts: &Facts,
    as_of: NaiveDate,
    aging: &AgingOptions,
    variant: CeiVariant,
) -> Result<Vec<CurrencyTrend>, Error> {
    let rows = &facts.rows;
    let codes = &facts.codes;
    let currency = |i: usize| rows[i].currency as usize;
    let last = month_index(as_of);
    let Some(first) = rows.iter().filter(|e| e.date <= as_of).map(|e| month_index(e.date)).min() else {
        return Ok(Vec::new());
    };
    let months = (last - first + 1) as usize;
    let slot_of = |d: NaiveDate| (month_index(d) - first) as usize;

    // Entries and dated allocations grouped by month; undated allocations apply from the start.
    let mut open: Vec<Decimal> = rows.iter().map(|e| e.amount).collect();
    let entries_in = by_month(months, rows.iter().map(|e| (e.date <= as_of).then(|| slot_of(e.date))));
    for a in ledger.allocations.iter().filter(|a| a.date.is_none()) {
        a.apply(&mut open);
    }
    let first_day = month_start(first);
    let allocations_in = by_month(
        months,
        ledger.allocations.iter().map(|a| a.date.filter(|d| *d <= as_of).map(|d| slot_of(d.max(first_day)))),
    );

    // The entries open at a month end, each with what the month-end sums read
    // of it side by side (not in the entry, a cache miss each month it is open).
    let open_item = |i: usize| {
        let e = &rows[i];
        Live {
            i,
            currency: currency(i),
            aged_from: aging_date(e, aging.basis).num_days_from_ce(),
            due: e.due_date.num_days_from_ce(),
        }
    };
    let mut listed = vec![false; rows.len()];
    let mut live: Vec<Live> = Vec::new();
    let mut series: Vec<Vec<MonthFigures>> = vec![Vec::new(); codes.len()];
    let mut started = vec![false; codes.len()];
    for m in 0..months {
        let start = month_start(first + m as i32);
        let end = if m + 1 == months { as_of } else { month_start(first + m as i32 + 1) - Days::new(1) };
        let ranges = buckets(aging, end)?;
        let end_day = end.num_days_from_ce();
        let mut sums = vec![Sums::empty(ranges.len()); codes.len()];
        for &i in entries_in.get(m) {
            let i = i as usize;
            let e = &rows[i];
            let s = &mut sums[currency(i)];
            if e.is_collection() {
                s.collections.sub(e.amount);
            } else if e.is_sale() {
                s.sales.add(e.amount);
            }
            started[currency(i)] = true;
            if !listed[i] {
                listed[i] = true;
                live.push(open_item(i));
            }
        }
        for &k in allocations_in.get(m) {
            let a = &ledger.allocations[k as usize];
            a.apply(&mut open);
            for i in std::iter::once(a.to).chain(a.from) {
                if !listed[i] && rows[i].date <= end {
                    listed[i] = true;
                    live.push(open_item(i));
                }
            }
        }
        live.retain(|item| {
            let amount = open[item.i];
            if amount.is_zero() {
                listed[item.i] = false;
                return false;
            }
            let s = &mut sums[item.currency];
            s.ar_end.add(amount);
            if amount < Decimal::ZERO {
                s.credits.add(amount);
            } else {
                if item.due >= end_day {
                    s.ar_current.add(amount);
                }
                let column = slot(&ranges, i64::from(end_day - item.aged_from)).map_or(0, |b| b + 1);
                s.aging[column].add(amount);
            }
            true
        });
        for (c, s) in sums.into_iter().enumerate().filter(|(c, _)| started[*c]) {
            let figures = month_figures(&codes[c], start, end, s, series[c].last(), variant);
            series[c].push(figures);
        }
    }
    Ok(codes
        .iter()
        .cloned()
        .zip(series)
        .filter(|(_, months)| !months.is_empty())
        .map(|(currency, months)| CurrencyTrend { currency, months })
        .collect())
}

/// One month's figures of currency `code` from its sums at `end`, after `previous`.
// Indexes: `k + 1` ranges over this month's aging columns, and `previous` has as
// many (the same options). Days: within one month.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
fn month_figures(
    code: &str,
    start: NaiveDate,
    end: NaiveDate,
    s: Sums,
    previous: Option<&MonthFigures>,
    variant: CeiVariant,
) -> MonthFigures {
    let ar_begin = previous.map_or(Decimal::ZERO, |p| p.ar_end);
    let aging: Vec<Decimal> = s.aging.iter().map(Tally::total).collect();
    let (ar_end, ar_current, sales) = (s.ar_end.total(), s.ar_current.total(), s.sales.total());
    let roll_rates = previous
        .map(|p| (0..aging.len() - 1).map(|k| roll_rate(aging[k + 1], p.aging[k]).into()).collect())
        .unwrap_or_default();
    let days = (end - start).num_days() as u32 + 1;
    let money = |d: Decimal| normalize(d, code);
    MonthFigures {
        month: format!("{:04}-{:02}", start.year(), start.month()),
        start,
        end,
        days,
        ar_begin: money(ar_begin),
        dso: dso::period_end_dso(ar_end, sales, days).into(),
        best_possible_dso: dso::best_possible_dso(ar_current, sales, days).into(),
        cei: dso::cei(ar_begin, sales, 1, ar_end, ar_current, variant).into(),
        roll_rates,
        ar_end: money(ar_end),
        ar_current: money(ar_current),
        sales: money(sales),
        collections: money(s.collections.total()),
        aging: aging.into_iter().map(money).collect(),
        credits: money(s.credits.total()),
    }
}

/// [`trend`] at `as_of` from `later`, the trend of the same ledger and options at a
/// date in the same month or after it: every month before `as_of`'s month ends
/// before `as_of` and is the same in both, so it is taken from `later`; the as-of
/// month is summed from `open`, the open amounts at `as_of`. Equal to
/// [`trend_with`] at `as_of` (a property test checks it).
// Indexes: `i` ranges over `rows` (the groups are built from them), currency
// indexes over `codes` (Facts makes them so), aging columns over the month's
// buckets plus Not due (`slot` + 1). Money: sums of amounts within
// limits::MAX_AMOUNT, at most limits.documents of them. Months: chrono's dates
// span ±3.1 million months, inside i32 and usize.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub(crate) fn trend_reusing(
    later: &[CurrencyTrend],
    facts: &Facts,
    open: &[Decimal],
    as_of: NaiveDate,
    aging: &AgingOptions,
    variant: CeiVariant,
) -> Result<Vec<CurrencyTrend>, Error> {
    let rows = &facts.rows;
    let month = month_index(as_of);
    let start = month_start(month);
    let ranges = buckets(aging, as_of)?;
    let mut sums: Vec<Option<Sums>> = vec![None; facts.codes.len()];
    for (e, &amount) in rows.iter().zip(open).filter(|(e, _)| e.date <= as_of) {
        let s = sums[e.currency as usize].get_or_insert_with(|| Sums::empty(ranges.len()));
        if e.date >= start {
            if e.is_collection() {
                s.collections.sub(e.amount);
            } else if e.is_sale() {
                s.sales.add(e.amount);
            }
        }
        if amount.is_zero() {
            continue;
        }
        s.ar_end.add(amount);
        if amount < Decimal::ZERO {
            s.credits.add(amount);
        } else {
            if e.due_date >= as_of {
                s.ar_current.add(amount);
            }
            let column = slot(&ranges, (as_of - aging_date(e, aging.basis)).num_days()).map_or(0, |b| b + 1);
            s.aging[column].add(amount);
        }
    }
    Ok(facts
        .codes
        .iter()
        .zip(sums)
        .filter_map(|(code, s)| {
            let s = s?;
            let earlier: Vec<MonthFigures> = later
                .iter()
                .find(|t| t.currency == *code)
                .map(|t| t.months.iter().take_while(|m| month_index(m.start) < month).cloned().collect())
                .unwrap_or_default();
            let mut months = earlier;
            let figures = month_figures(code, start, as_of, s, months.last(), variant);
            months.push(figures);
            Some(CurrencyTrend { currency: code.clone(), months })
        })
        .collect())
}
