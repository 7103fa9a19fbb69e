//! Aging: open balances sorted by how many days past due they are, per currency.
//!
//! **Definition.** For an as-of date `A`, every entry dated on or before `A`
//! with a non-zero open amount `b` at `A` ([`Ledger::open_at`]: payments and
//! credits dated after `A` do not count) is aged by *days past due* `d = A − D`
//! in calendar days, where `D` is its due date (default basis) or its document
//! date. Entries dated after `A` are not yet issued at `A` and are left out
//! (counted in [`CurrencyAging::excluded_future`]).
//!
//! * `b < 0` (credit notes, overpayments) → the **Credits** column, not aged.
//! * `d ≤ 0` → **Not due** (due today is not late).
//! * otherwise the first bucket whose range holds `d`. With the default edges
//!   `[30, 60, 90, 120]` and the upper-inclusive convention of ERPNext, Odoo and
//!   QuickBooks the buckets are 1–30, 31–60, 61–90, 91–120, 121+ (day 30 in 1–30,
//!   day 31 in 31–60). The Sage convention is lower-inclusive: 0–29, 30–59, …,
//!   120+, and `d = 0` (due today) falls in 0–29.
//!
//! **Invariant.** Not due + Σ buckets + Credits = open total, exactly, per currency.
//! Amounts in different currencies are never added together.
//!
//! ```
//! use arlens::aging::{age, AgingOptions};
//! use arlens::ledger::{Customer, Entry, EntryKind, Ledger};
//! use arlens::error::Position;
//! let date = |s: &str| s.parse().unwrap();
//! let invoice = |due: &str, amount: &str| Entry {
//!     kind: EntryKind::Invoice, id: "1".into(),
//!     customer: Customer { id: "C".into(), name: "C".into() },
//!     date: date("2024-01-01"), due_date: date(due), due_date_known: true,
//!     amount: amount.parse().unwrap(), currency: "USD".into(),
//!     disputed: false, source: Position::default(),
//! };
//! let ledger = Ledger { entries: vec![invoice("2024-03-01", "400.00"), invoice("2024-02-29", "120.25")], ..Ledger::default() };
//! let aging = age(&ledger, date("2024-03-31"), &AgingOptions::default()).unwrap();
//! let usd = &aging.currencies[0];
//! // 2024-03-31 − 2024-03-01 = 30 days → 1–30; − 2024-02-29 = 31 days → 31–60.
//! assert_eq!(usd.buckets[0].to_string(), "400.00");
//! assert_eq!(usd.buckets[1].to_string(), "120.25");
//! assert_eq!(usd.open_total.to_string(), "520.25");
//! ```

use crate::error::Error;
use crate::ledger::Ledger;
use crate::money::normalize;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which date a document is aged from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AgingBasis {
    /// Days past the due date (the CRF definition; the default).
    #[default]
    DueDate,
    /// Days since the invoice date.
    InvoiceDate,
}

/// How bucket edges are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum BucketConvention {
    /// 1–30, 31–60, …: an edge belongs to the bucket it closes (ERPNext, Odoo, QuickBooks).
    #[default]
    UpperInclusive,
    /// 0–29, 30–59, …: an edge opens the next bucket (Sage).
    LowerInclusive,
}

/// Aging settings. The as-of date is passed separately to [`age`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AgingOptions {
    /// Due-date (default) or invoice-date aging.
    pub basis: AgingBasis,
    /// Bucket edges in days, strictly increasing and positive. Default `[30, 60, 90, 120]`.
    pub edges: Vec<u32>,
    /// Which side of an edge a day falls on.
    pub convention: BucketConvention,
}

impl Default for AgingOptions {
    fn default() -> Self {
        AgingOptions {
            basis: AgingBasis::default(),
            edges: vec![30, 60, 90, 120],
            convention: BucketConvention::default(),
        }
    }
}

/// One bucket's range of days past due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bucket {
    /// As shown in a column header: `1–30`, `121+`.
    pub label: String,
    /// First day in the bucket.
    pub from_days: i64,
    /// Last day in the bucket; `None` for the open-ended last one.
    pub to_days: Option<i64>,
}

/// The aging of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CurrencyAging {
    /// ISO 4217 code.
    pub currency: String,
    /// Open balances not yet past due at the as-of date.
    pub not_due: Decimal,
    /// Open balances per bucket, in the order of [`Aging::buckets`].
    pub buckets: Vec<Decimal>,
    /// Negative open balances (credit notes, overpayments), not aged.
    pub credits: Decimal,
    /// Not due + Σ buckets + credits.
    pub open_total: Decimal,
    /// Entries with a non-zero open amount counted here.
    pub open_documents: usize,
    /// Entries left out because they are dated after the as-of date.
    pub excluded_future: usize,
}

/// Aging of a ledger at one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Aging {
    /// The date balances are aged at.
    pub as_of: NaiveDate,
    /// Due-date or invoice-date aging.
    pub basis: AgingBasis,
    /// The buckets' ranges, after Not due.
    pub buckets: Vec<Bucket>,
    /// One aging per currency, sorted by code.
    pub currencies: Vec<CurrencyAging>,
}

/// The buckets described by `options`, or an error naming the bad edge.
pub fn buckets(options: &AgingOptions) -> Result<Vec<Bucket>, Error> {
    let edges = &options.edges;
    if edges.first() == Some(&0) || edges.windows(2).any(|w| w[0] >= w[1]) {
        return Err(Error::option(
            "edges",
            format!("{edges:?} must be positive and strictly increasing, such as [30, 60, 90, 120]"),
        ));
    }
    let shift = match options.convention {
        BucketConvention::UpperInclusive => 1,
        BucketConvention::LowerInclusive => 0,
    };
    let mut out = Vec::with_capacity(edges.len() + 1);
    let mut from = if shift == 1 { 1 } else { 0 };
    for &edge in edges {
        let to = i64::from(edge) - 1 + shift;
        out.push(Bucket { label: format!("{from}–{to}"), from_days: from, to_days: Some(to) });
        from = to + 1;
    }
    out.push(Bucket { label: format!("{from}+"), from_days: from, to_days: None });
    Ok(out)
}

/// Ages `ledger` at `as_of` (see the module docs for the definition).
pub fn age(ledger: &Ledger, as_of: NaiveDate, options: &AgingOptions) -> Result<Aging, Error> {
    let ranges = buckets(options)?;
    let first_day = ranges[0].from_days;
    let mut per_currency: BTreeMap<&str, CurrencyAging> = BTreeMap::new();
    let slot = |code: &str| CurrencyAging {
        currency: code.to_owned(),
        not_due: Decimal::ZERO,
        buckets: vec![Decimal::ZERO; ranges.len()],
        credits: Decimal::ZERO,
        open_total: Decimal::ZERO,
        open_documents: 0,
        excluded_future: 0,
    };
    for entry in ledger.entries.iter().filter(|e| e.date > as_of) {
        per_currency
            .entry(entry.currency.as_str())
            .or_insert_with(|| slot(&entry.currency))
            .excluded_future += 1;
    }
    for item in ledger.open_at(as_of) {
        let doc = item.entry;
        let c = per_currency.entry(doc.currency.as_str()).or_insert_with(|| slot(&doc.currency));
        c.open_documents += 1;
        c.open_total += item.open;
        if item.open < Decimal::ZERO {
            c.credits += item.open;
            continue;
        }
        let from = match options.basis {
            AgingBasis::DueDate => doc.due_date,
            AgingBasis::InvoiceDate => doc.date,
        };
        let days = (as_of - from).num_days();
        if days < first_day {
            c.not_due += item.open;
        } else {
            let index = ranges
                .iter()
                .position(|b| b.to_days.is_none_or(|to| days <= to))
                .expect("the last bucket is open-ended");
            c.buckets[index] += item.open;
        }
    }
    let currencies = per_currency
        .into_values()
        .map(|mut c| {
            let code = c.currency.clone();
            c.not_due = normalize(c.not_due, &code);
            c.credits = normalize(c.credits, &code);
            c.open_total = normalize(c.open_total, &code);
            c.buckets.iter_mut().for_each(|b| *b = normalize(*b, &code));
            c
        })
        .collect();
    Ok(Aging { as_of, basis: options.basis, buckets: ranges, currencies })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_labels() {
        let labels = |o: &AgingOptions| buckets(o).unwrap().into_iter().map(|b| b.label).collect::<Vec<_>>();
        assert_eq!(labels(&AgingOptions::default()), ["1–30", "31–60", "61–90", "91–120", "121+"]);
        let sage = AgingOptions { convention: BucketConvention::LowerInclusive, ..AgingOptions::default() };
        assert_eq!(labels(&sage), ["0–29", "30–59", "60–89", "90–119", "120+"]);
    }

    #[test]
    fn bad_edges_are_refused() {
        for edges in [vec![0, 30], vec![30, 30], vec![60, 30]] {
            let o = AgingOptions { edges: edges.clone(), ..AgingOptions::default() };
            assert!(buckets(&o).is_err(), "edges {edges:?}");
        }
    }
}
