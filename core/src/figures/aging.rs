//! Aging: open balances sorted by how many days past due they are, per currency.
//!
//! **Definition.** For an as-of date `A`, every entry dated on or before `A`
//! with a non-zero open amount `b` at `A` ([`Book::open_at`]: payments and
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
//! **Calendar months** ([`AgingPeriods::CalendarMonths`], Xero's default):
//! `< 1 month` holds what fell due in the as-of date's month before it, `1 month`
//! what fell due in the month before, …, then `Older`; at any as-of date these
//! are day ranges (see [`buckets`]), so the rest of the definition is unchanged.
//!
//! **Credits** sit in their own column by default (the gross view). With
//! [`CreditTreatment::NetPerCustomer`] each customer's credits offset its own
//! aged balances, oldest column first, then Not due; only a customer in credit
//! keeps a (negative) Credits column. The open total is the same in both views.
//!
//! **Invariant.** Not due + Σ buckets + Credits = open total, exactly, per currency.
//! Amounts in different currencies are never added together.
//!
//! ```
//! use arlens::figures::aging::{age, AgingOptions};
//! use arlens::ledger::{Customer, Entry, EntryKind, Book};
//! let date = |s: &str| s.parse().unwrap();
//! let mut ledger = Book::default();
//! let customer = ledger.add_customer(Customer { id: "C".into(), name: "C".into() });
//! let invoice = |due: &str, amount: &str| Entry {
//!     kind: EntryKind::Invoice, id: "1".into(), customer,
//!     date: date("2024-01-01"), due_date: date(due), due_date_known: true,
//!     amount: amount.parse().unwrap(), currency: "USD".into(),
//!     disputed: false, opening: false, row: None,
//! };
//! ledger.entries = vec![invoice("2024-03-01", "400.00"), invoice("2024-02-29", "120.25")];
//! let aging = age(&ledger, date("2024-03-31"), &AgingOptions::default()).unwrap();
//! let usd = &aging.currencies[0];
//! // 2024-03-31 − 2024-03-01 = 30 days → 1–30; − 2024-02-29 = 31 days → 31–60.
//! assert_eq!(usd.buckets[0].to_string(), "400.00");
//! assert_eq!(usd.buckets[1].to_string(), "120.25");
//! assert_eq!(usd.open_total.to_string(), "520.25");
//! ```

use crate::error::Error;
use crate::ledger::facts::{Fact, Facts};
use crate::ledger::{Book, Customer, EntryKind};
use crate::money::normalize;
use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Which date a document is aged from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
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
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum BucketConvention {
    /// 1–30, 31–60, …: an edge belongs to the bucket it closes (ERPNext, Odoo, QuickBooks).
    #[default]
    UpperInclusive,
    /// 0–29, 30–59, …: an edge opens the next bucket (Sage).
    LowerInclusive,
}

/// How the columns after Not due are cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum AgingPeriods {
    /// Ranges of days past due cut at [`AgingOptions::edges`] (the default).
    #[default]
    Days,
    /// Calendar months, as Xero ages by default: `< 1 month` holds what fell due
    /// earlier in the as-of date's month, `1 month` what fell due in the month
    /// before, and so on; one month column per edge (default four), then `Older`.
    CalendarMonths,
}

/// What happens to credit notes and unapplied cash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum CreditTreatment {
    /// Every negative open amount in the Credits column (the default: the gross view).
    #[default]
    Separate,
    /// Each customer's credits offset its own aged balances, oldest column first
    /// (as a payment would be applied), then Not due; what is left over (a
    /// customer in credit) stays in Credits. Customers never offset each other.
    NetPerCustomer,
}

/// Aging settings. The as-of date is passed separately to [`age`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct AgingOptions {
    /// Due-date (default) or invoice-date aging.
    pub basis: AgingBasis,
    /// Bucket edges in days, strictly increasing and positive. Default `[30, 60, 90, 120]`.
    pub edges: Vec<u32>,
    /// Which side of an edge a day falls on.
    pub convention: BucketConvention,
    /// Day ranges (default) or calendar months.
    pub periods: AgingPeriods,
    /// Credits in their own column (default) or netted per customer.
    pub credits: CreditTreatment,
    /// Whether to list every open document ([`Aging::items`]); off by default so
    /// that a million-row ledger does not pay for a million rows.
    pub items: bool,
}

impl Default for AgingOptions {
    fn default() -> Self {
        AgingOptions {
            basis: AgingBasis::default(),
            edges: vec![30, 60, 90, 120],
            convention: BucketConvention::default(),
            periods: AgingPeriods::default(),
            credits: CreditTreatment::default(),
            items: false,
        }
    }
}

/// One bucket's range of days past due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Bucket {
    /// As shown in a column header: `1–30`, `121+`.
    pub label: String,
    /// First day in the bucket.
    pub from_days: i64,
    /// Last day in the bucket; `None` for the open-ended last one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to_days: Option<i64>,
}

/// The aging of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
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
    // Money: sums of amounts within limits::MAX_AMOUNT, at most limits.documents
    // of them: below Decimal::MAX. (The same for `absorb` and `net_credits`.)
    #[allow(clippy::arithmetic_side_effects)]
    fn add(&mut self, open: Decimal, slot: Option<usize>) {
        self.open_documents += 1;
        self.open_total += open;
        let column = match slot {
            _ if open < Decimal::ZERO => &mut self.credits,
            None => &mut self.not_due,
            Some(i) => self.buckets.get_mut(i).unwrap_or(&mut self.not_due),
        };
        *column += open;
    }

    /// Adds another aging's columns and counts to this one.
    #[allow(clippy::arithmetic_side_effects)]
    fn absorb(&mut self, other: &CurrencyAging) {
        self.not_due += other.not_due;
        self.credits += other.credits;
        self.open_total += other.open_total;
        self.open_documents += other.open_documents;
        self.buckets.iter_mut().zip(&other.buckets).for_each(|(a, b)| *a += *b);
    }

    /// Applies the credits to the aged columns, oldest first, then Not due
    /// ([`CreditTreatment::NetPerCustomer`]); the open total does not change.
    #[allow(clippy::arithmetic_side_effects)]
    fn net_credits(&mut self) {
        let mut left = -self.credits;
        for column in self.buckets.iter_mut().rev().chain(std::iter::once(&mut self.not_due)) {
            let applied = left.min(*column);
            *column -= applied;
            left -= applied;
            self.credits += applied;
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
    /// shares still sum to 100, the credits' share being negative. Also `None`
    /// when the share is beyond `Decimal` (an open total tiny against `amount`).
    pub fn share(&self, amount: Decimal) -> Option<Decimal> {
        (self.open_total > Decimal::ZERO)
            .then(|| crate::figures::value::quotient(amount, self.open_total, Decimal::ONE_HUNDRED).ok())
            .flatten()
    }
}

/// The aging of one customer in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CustomerAging {
    /// The customer.
    pub customer: Customer,
    /// Its columns, as for a currency.
    #[serde(flatten)]
    pub aging: CurrencyAging,
}

/// One open document at the as-of date (listed when [`AgingOptions::items`] is set).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AgedItem {
    /// Invoice, credit note or payment.
    pub kind: EntryKind,
    /// Its document number.
    pub id: String,
    /// Who owes it.
    pub customer: Customer,
    /// ISO code (shared with the ledger's entries: a grid reads it on every row).
    pub currency: std::sync::Arc<str>,
    /// The document date.
    pub date: NaiveDate,
    /// The due date.
    pub due_date: NaiveDate,
    /// The document's amount.
    pub amount: Decimal,
    /// What is open on it at the as-of date (negative: an unapplied credit).
    pub open: Decimal,
    /// As-of date − aging date (due or document date), in days.
    pub days: i64,
    /// Its column: `None` for Not due and for credits, else the bucket's index.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket: Option<usize>,
    /// Marked as disputed in the source.
    pub disputed: bool,
    /// A balance carried forward ([`Entry::opening`](crate::Entry::opening)).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(optional))]
    pub opening: bool,
    /// The source row (1-based, 0 when unknown).
    pub row: u64,
    /// The row's sheet (or file), when the ledger was read from several ([`Book::sheets`](crate::ledger::Book::sheets)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(type = "string | undefined"))]
    pub sheet: Option<std::sync::Arc<str>>,
}

/// Aging of a ledger at one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Aging {
    /// The date balances are aged at.
    pub as_of: NaiveDate,
    /// Due-date or invoice-date aging.
    pub basis: AgingBasis,
    /// Day ranges or calendar months.
    pub periods: AgingPeriods,
    /// Credits gross or netted per customer.
    pub credits: CreditTreatment,
    /// The buckets' ranges, after Not due.
    pub buckets: Vec<Bucket>,
    /// One aging per currency of the ledger (all zero when nothing is open), sorted
    /// by code: the sum of its customers' columns.
    pub currencies: Vec<CurrencyAging>,
    /// One aging per customer and currency, by currency, then largest open total first.
    pub customers: Vec<CustomerAging>,
    /// Every open document, oldest aging date first, when asked for; else empty.
    pub items: Vec<AgedItem>,
    /// Why the file cannot be aged at this date (an aged summary, a date before
    /// an open-items report's); the columns are then not to be shown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<crate::figures::value::Unavailable>,
}

/// The buckets described by `options` at `as_of`, or an error naming the bad edge.
///
/// With [`AgingPeriods::CalendarMonths`] each month column is the range of days
/// past due its month spans at `as_of`: at 2024-03-31, `< 1 month` is 1–30 (due
/// 1–30 March), `1 month` 31–59 (February), and so on.
// Day counts: the edges are u32, so i64 arithmetic on them cannot overflow.
#[allow(clippy::arithmetic_side_effects)]
pub fn buckets(options: &AgingOptions, as_of: NaiveDate) -> Result<Vec<Bucket>, Error> {
    let edges = &options.edges;
    if edges.first() == Some(&0) || edges.windows(2).any(|w| matches!(w, [a, b] if a >= b)) {
        return Err(Error::option(
            "edges",
            format!("{edges:?} must be positive and strictly increasing, such as [30, 60, 90, 120]"),
        ));
    }
    if options.periods == AgingPeriods::CalendarMonths {
        return month_buckets(edges.len(), as_of);
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

/// `count` calendar-month columns ending at `as_of`, then `Older`.
fn month_buckets(count: usize, as_of: NaiveDate) -> Result<Vec<Bucket>, Error> {
    let too_far =
        || Error::option("edges", format!("{count} calendar months before {as_of} is out of range"));
    let first_of_month = as_of.with_day(1).unwrap_or(as_of);
    let mut out = Vec::with_capacity(count.saturating_add(1));
    let mut from: i64 = 1;
    for k in 0..count {
        let start = first_of_month.checked_sub_months(Months::new(k as u32)).ok_or_else(too_far)?;
        let to = as_of.signed_duration_since(start).num_days();
        let label = match k {
            0 => "< 1 month".to_owned(),
            1 => "1 month".to_owned(),
            k => format!("{k} months"),
        };
        out.push(Bucket { label, from_days: from, to_days: Some(to) });
        from = to.saturating_add(1);
    }
    out.push(Bucket { label: "Older".to_owned(), from_days: from, to_days: None });
    Ok(out)
}

/// The column of `days` past due: `None` for Not due, else the bucket's index.
pub(crate) fn slot(ranges: &[Bucket], days: i64) -> Option<usize> {
    if days < ranges.first()?.from_days {
        return None;
    }
    // The last bucket is open-ended, so one holds every count of days.
    let last = ranges.len().saturating_sub(1);
    Some(ranges.iter().position(|b| b.to_days.is_none_or(|to| days <= to)).unwrap_or(last))
}

/// The date an entry is aged from.
pub(crate) fn aging_date(fact: &Fact, basis: AgingBasis) -> NaiveDate {
    match basis {
        AgingBasis::DueDate => fact.due_date,
        AgingBasis::InvoiceDate => fact.date,
    }
}

/// Ages `ledger` at `as_of` (see the module docs for the definition).
pub fn age(ledger: &Book, as_of: NaiveDate, options: &AgingOptions) -> Result<Aging, Error> {
    let facts = Facts::new(ledger);
    age_with(ledger, &facts, &facts.open_amounts(ledger, as_of), as_of, options)
}

/// [`age`] with the ledger's facts and open amounts at `as_of` already read.
pub(crate) fn age_with(
    ledger: &Book,
    facts: &Facts,
    open: &[Decimal],
    as_of: NaiveDate,
    options: &AgingOptions,
) -> Result<Aging, Error> {
    let ranges = buckets(options, as_of)?;
    let mut per_customer: Vec<Option<CustomerAging>> = vec![None; facts.accounts];
    let mut future: Vec<usize> = vec![0; facts.codes.len()];
    let mut items = Vec::new();
    for (i, (fact, &open)) in facts.rows.iter().zip(open).enumerate() {
        if fact.date > as_of {
            if let Some(n) = future.get_mut(usize::from(fact.currency)) {
                *n = n.saturating_add(1);
            }
            continue;
        }
        if open.is_zero() {
            continue;
        }
        let (Some(doc), Some(customer)) =
            (ledger.entries.get(i), per_customer.get_mut(fact.account as usize))
        else {
            continue;
        };
        let days = as_of.signed_duration_since(aging_date(fact, options.basis)).num_days();
        let slot = slot(&ranges, days);
        customer
            .get_or_insert_with(|| CustomerAging {
                customer: ledger.customer(doc).clone(),
                aging: CurrencyAging::empty(&doc.currency, ranges.len()),
            })
            .aging
            .add(open, slot);
        if options.items {
            let source = ledger.source_row(doc);
            items.push(AgedItem {
                kind: doc.kind,
                id: doc.id.to_string(),
                customer: ledger.customer(doc).clone(),
                currency: doc.currency.clone(),
                date: doc.date,
                due_date: doc.due_date,
                amount: doc.amount,
                open,
                days,
                bucket: slot.filter(|_| open > Decimal::ZERO),
                disputed: doc.disputed,
                opening: doc.opening,
                row: source.map_or(0, |(_, row)| row),
                sheet: source.and_then(|(sheet, _)| sheet.cloned()),
            });
        }
    }
    let mut customers: Vec<CustomerAging> = per_customer
        .into_iter()
        .flatten()
        .map(|mut c| {
            if options.credits == CreditTreatment::NetPerCustomer {
                c.aging.net_credits();
            }
            CustomerAging { aging: c.aging.normalized(), ..c }
        })
        .collect();
    let mut currencies: Vec<CurrencyAging> =
        facts.codes.iter().map(|c| CurrencyAging::empty(c, ranges.len())).collect();
    for c in &customers {
        if let Some(currency) = currencies.iter_mut().find(|code| code.currency == c.aging.currency) {
            currency.absorb(&c.aging);
        }
    }
    for (c, n) in currencies.iter_mut().zip(future) {
        c.excluded_future = n;
    }
    let currencies = currencies.into_iter().map(CurrencyAging::normalized).collect();
    customers.sort_by(|a, b| {
        a.aging
            .currency
            .cmp(&b.aging.currency)
            .then(b.aging.open_total.cmp(&a.aging.open_total))
            .then_with(|| a.customer.id.cmp(&b.customer.id))
    });
    items.sort_by_key(|i: &AgedItem| std::cmp::Reverse(i.days));
    Ok(Aging {
        as_of,
        basis: options.basis,
        periods: options.periods,
        credits: options.credits,
        buckets: ranges,
        currencies,
        customers,
        items,
        unavailable: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_of() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 3, 31).unwrap()
    }

    #[test]
    fn bucket_labels() {
        let labels =
            |o: &AgingOptions| buckets(o, as_of()).unwrap().into_iter().map(|b| b.label).collect::<Vec<_>>();
        assert_eq!(labels(&AgingOptions::default()), ["1–30", "31–60", "61–90", "91–120", "121+"]);
        let sage = AgingOptions { convention: BucketConvention::LowerInclusive, ..AgingOptions::default() };
        assert_eq!(labels(&sage), ["0–29", "30–59", "60–89", "90–119", "120+"]);
    }

    #[test]
    fn calendar_month_buckets() {
        let months = AgingOptions { periods: AgingPeriods::CalendarMonths, ..AgingOptions::default() };
        let ranges = |d: &str| {
            buckets(&months, d.parse().unwrap())
                .unwrap()
                .into_iter()
                .map(|b| (b.label, b.from_days, b.to_days))
                .collect::<Vec<_>>()
        };
        // At 2024-03-31: due 1–30 March → 1–30 days; February (29 days) → 31–59;
        // January → 60–90; December → 91–121; before December → 122+.
        assert_eq!(
            ranges("2024-03-31"),
            [
                ("< 1 month".to_owned(), 1, Some(30)),
                ("1 month".to_owned(), 31, Some(59)),
                ("2 months".to_owned(), 60, Some(90)),
                ("3 months".to_owned(), 91, Some(121)),
                ("Older".to_owned(), 122, None),
            ]
        );
        // On the first of a month nothing can be `< 1 month` overdue: its range is empty
        // and a day past due lands in `1 month` (due 29 February).
        let first = buckets(&months, "2024-03-01".parse().unwrap()).unwrap();
        assert_eq!((first[0].from_days, first[0].to_days), (1, Some(0)));
        assert_eq!(slot(&first, 1), Some(1));
        assert_eq!(slot(&first, 29), Some(1));
        assert_eq!(slot(&first, 30), Some(2));
        assert_eq!(slot(&first, 0), None);
    }

    #[test]
    fn credits_net_oldest_first() {
        let mut a = CurrencyAging::empty("USD", 3);
        a.add(Decimal::from(100), None);
        a.add(Decimal::from(50), Some(0));
        a.add(Decimal::from(30), Some(2));
        a.add(Decimal::from(-60), None);
        a.net_credits();
        // −60 takes the 30 in the oldest column, then 30 of the 50 in the first.
        assert_eq!(
            (a.not_due, a.buckets.clone(), a.credits, a.open_total),
            (
                Decimal::from(100),
                vec![Decimal::from(20), Decimal::ZERO, Decimal::ZERO],
                Decimal::ZERO,
                Decimal::from(120)
            )
        );
        let mut in_credit = CurrencyAging::empty("USD", 1);
        in_credit.add(Decimal::from(10), Some(0));
        in_credit.add(Decimal::from(-25), None);
        in_credit.net_credits();
        assert_eq!((in_credit.buckets[0], in_credit.credits), (Decimal::ZERO, Decimal::from(-15)));
    }

    #[test]
    fn bad_edges_are_refused() {
        for edges in [vec![0, 30], vec![30, 30], vec![60, 30]] {
            let o = AgingOptions { edges: edges.clone(), ..AgingOptions::default() };
            assert!(buckets(&o, as_of()).is_err(), "edges {edges:?}");
        }
    }
}
