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
use crate::ledger::{Customer, Ledger};
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

impl CurrencyAging {
    fn empty(currency: &str, buckets: usize) -> Self {
        CurrencyAging {
            currency: currency.to_owned(),
            not_due: Decimal::ZERO,
            buckets: vec![Decimal::ZERO; buckets],
            credits: Decimal::ZERO,
            open_total: Decimal::ZERO,
            open_documents: 0,
            excluded_future: 0,
        }
    }

    /// Adds an open amount to its column: credits when negative, else the bucket
    /// `slot` (`None`: not due).
    fn add(&mut self, open: Decimal, slot: Option<usize>) {
        self.open_documents += 1;
        self.open_total += open;
        match slot {
            _ if open < Decimal::ZERO => self.credits += open,
            None => self.not_due += open,
            Some(i) => self.buckets[i] += open,
        }
    }

    fn normalized(mut self) -> Self {
        let code = self.currency.clone();
        self.not_due = normalize(self.not_due, &code);
        self.credits = normalize(self.credits, &code);
        self.open_total = normalize(self.open_total, &code);
        self.buckets.iter_mut().for_each(|b| *b = normalize(*b, &code));
        self
    }

    /// `amount` as a percentage of the open total, exact (round for display);
    /// `None` when the open total is zero or negative. With credits the column
    /// shares still sum to 100, the credits' share being negative.
    pub fn share(&self, amount: Decimal) -> Option<Decimal> {
        (self.open_total > Decimal::ZERO).then(|| amount / self.open_total * Decimal::ONE_HUNDRED)
    }
}

/// The aging of one customer in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerAging {
    /// The customer.
    pub customer: Customer,
    /// Its columns, as for a currency.
    #[serde(flatten)]
    pub aging: CurrencyAging,
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
    /// One aging per customer and currency, by currency, then largest open total first.
    pub customers: Vec<CustomerAging>,
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
    let mut per_customer: BTreeMap<(&str, &str), CustomerAging> = BTreeMap::new();
    for entry in ledger.entries.iter().filter(|e| e.date > as_of) {
        per_currency
            .entry(entry.currency.as_str())
            .or_insert_with(|| CurrencyAging::empty(&entry.currency, ranges.len()))
            .excluded_future += 1;
    }
    for item in ledger.open_at(as_of) {
        let doc = item.entry;
        let from = match options.basis {
            AgingBasis::DueDate => doc.due_date,
            AgingBasis::InvoiceDate => doc.date,
        };
        let days = (as_of - from).num_days();
        let slot = (days >= first_day).then(|| {
            ranges
                .iter()
                .position(|b| b.to_days.is_none_or(|to| days <= to))
                .expect("the last bucket is open-ended")
        });
        per_currency
            .entry(doc.currency.as_str())
            .or_insert_with(|| CurrencyAging::empty(&doc.currency, ranges.len()))
            .add(item.open, slot);
        per_customer
            .entry((doc.currency.as_str(), doc.customer.id.as_str()))
            .or_insert_with(|| CustomerAging {
                customer: doc.customer.clone(),
                aging: CurrencyAging::empty(&doc.currency, ranges.len()),
            })
            .aging
            .add(item.open, slot);
    }
    let currencies = per_currency.into_values().map(CurrencyAging::normalized).collect();
    let mut customers: Vec<CustomerAging> =
        per_customer.into_values().map(|c| CustomerAging { aging: c.aging.normalized(), ..c }).collect();
    customers.sort_by(|a, b| {
        a.aging.currency.cmp(&b.aging.currency).then(b.aging.open_total.cmp(&a.aging.open_total))
    });
    Ok(Aging { as_of, basis: options.basis, buckets: ranges, currencies, customers })
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
