//! One customer at the as-of date, as the customers grid's drill-down shows
//! it: its aging and worklist step per currency, the payments and credits it
//! sent, and how late it paid each invoice it settled.
//!
//! Definitions (as-of date `A`, the report's):
//! - **Receipts**: the customer's payments and credit notes dated on or before
//!   `A`, newest first; `amount` is what it paid or was credited (positive);
//!   `applied` is the part of it allocated to invoices (allocations dated on or
//!   before `A`, or undated), `unapplied = amount − applied`.
//! - **Paid invoices**: invoices settled in full by allocations dated on or
//!   before `A` ([`crate::figures::payments::paid_dates`]); `days_late = paid −
//!   due` in calendar days (negative: paid early).
//! - **Lateness per month** (the payment history over time): for each month of
//!   paid dates, the paid invoices' amount-weighted average days late, an early
//!   payment counting as 0 days — the measure the risk score reads.

use crate::collections::worklist::{SetApart, WorklistRow};
use crate::figures::aging::CurrencyAging;
use crate::figures::payments::paid_dates;
use crate::ledger::{Book, Customer, EntryKind};
use crate::report::Report;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One customer at the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerView {
    /// The customer.
    pub customer: Customer,
    /// The report's as-of date.
    pub as_of: NaiveDate,
    /// Its aging in each currency it has something open in.
    pub agings: Vec<CurrencyAging>,
    /// Its worklist rows (one per currency it is ranked in).
    pub worklist: Vec<WorklistRow>,
    /// Where it is kept off the worklist because what is overdue is disputed.
    pub set_apart: Vec<SetApart>,
    /// Payments and credit notes dated up to the as-of date, newest first.
    pub receipts: Vec<Receipt>,
    /// Invoices paid in full by the as-of date, most recently paid first.
    pub paid: Vec<PaidInvoice>,
    /// Days late per month of payment, oldest month first.
    pub lateness: Vec<MonthLateness>,
}

/// A payment or credit note the customer sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Receipt {
    /// Payment or credit note.
    pub kind: EntryKind,
    /// Its document number.
    pub id: String,
    /// Its date.
    pub date: NaiveDate,
    /// ISO code.
    pub currency: String,
    /// What was paid or credited (positive).
    pub amount: Decimal,
    /// The part applied to invoices by the as-of date.
    pub applied: Decimal,
    /// `amount − applied`.
    pub unapplied: Decimal,
    /// The source row (0 when unknown).
    pub row: u64,
    /// The row's sheet, when the ledger was read from several.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

/// An invoice the customer paid in full.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaidInvoice {
    /// Its document number.
    pub id: String,
    /// ISO code.
    pub currency: String,
    /// Its amount.
    pub amount: Decimal,
    /// Its due date.
    pub due_date: NaiveDate,
    /// When the last allocation settling it was applied.
    pub paid: NaiveDate,
    /// `paid − due_date`, in days (negative: early).
    pub days_late: i64,
}

/// The invoices paid in one month (of one currency), and how late.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthLateness {
    /// `YYYY-MM` of the paid dates.
    pub month: String,
    /// ISO code.
    pub currency: String,
    /// Invoices paid in the month.
    pub invoices: usize,
    /// Their amount.
    pub amount: Decimal,
    /// `Σ amount × max(days late, 0) / Σ amount`, rounded to one decimal
    /// (half away from zero); `None` when the amount is not positive or the
    /// sum overflows an exact decimal.
    pub average_days_late: Option<Decimal>,
}

/// A month's paid invoices: how many, their amount, Σ amount × max(days late, 0)
/// (`None` once a sum overflows).
type MonthSums = (usize, Option<Decimal>, Option<Decimal>);

/// The customer with id `id` in `report` (analysed from `book`), or `None`
/// when the book has no entry of it.
pub fn customer_view(book: &Book, report: &Report, id: &str) -> Option<CustomerView> {
    let as_of = report.as_of;
    let of_id = |e: &&crate::ledger::Entry| &*book.customer(e).id == id;
    let customer = book.customer(book.entries.iter().find(of_id)?).clone();
    let agings =
        report.aging.customers.iter().filter(|c| &*c.customer.id == id).map(|c| c.aging.clone()).collect();
    let worklist = report.worklist.rows.iter().filter(|r| &*r.customer.id == id).cloned().collect();
    let set_apart = report.worklist.set_apart.iter().filter(|s| &*s.customer.id == id).cloned().collect();

    let mut applied: BTreeMap<usize, Decimal> = BTreeMap::new();
    for a in &book.allocations {
        if let Some(from) = a.from
            && a.date.is_none_or(|d| d <= as_of)
        {
            let slot = applied.entry(from).or_insert(Decimal::ZERO);
            *slot = slot.checked_add(a.amount).unwrap_or(*slot);
        }
    }
    let mut receipts: Vec<Receipt> = book
        .entries
        .iter()
        .enumerate()
        .filter(|(_, e)| of_id(e) && e.kind != EntryKind::Invoice && e.date <= as_of)
        .map(|(i, e)| {
            let amount = e.amount.abs();
            let applied = applied.get(&i).copied().unwrap_or(Decimal::ZERO);
            Receipt {
                kind: e.kind,
                id: e.id.to_string(),
                date: e.date,
                currency: e.currency.to_string(),
                amount,
                applied,
                unapplied: amount.checked_sub(applied).unwrap_or(Decimal::ZERO),
                row: book.source_row(e).map_or(0, |(_, row)| row),
                sheet: book.source_row(e).and_then(|(sheet, _)| sheet.map(|s| s.to_string())),
            }
        })
        .collect();
    receipts.sort_by_key(|r| std::cmp::Reverse(r.date));

    let paid_on = paid_dates(book);
    let mut paid: Vec<PaidInvoice> = book
        .entries
        .iter()
        .zip(&paid_on)
        .filter(|(e, _)| of_id(e))
        .filter_map(|(e, paid)| {
            let paid = paid.filter(|p| *p <= as_of)?;
            Some(PaidInvoice {
                id: e.id.to_string(),
                currency: e.currency.to_string(),
                amount: e.amount,
                due_date: e.due_date,
                paid,
                days_late: paid.signed_duration_since(e.due_date).num_days(),
            })
        })
        .collect();
    paid.sort_by_key(|p| std::cmp::Reverse(p.paid));

    // Per (month, currency): invoices, amount, Σ amount × max(days late, 0).
    let mut months: BTreeMap<(String, String), MonthSums> = BTreeMap::new();
    for p in &paid {
        let slot = months.entry((p.paid.format("%Y-%m").to_string(), p.currency.clone())).or_insert((
            0,
            Some(Decimal::ZERO),
            Some(Decimal::ZERO),
        ));
        slot.0 = slot.0.saturating_add(1);
        slot.1 = slot.1.and_then(|s| s.checked_add(p.amount));
        let weighted = p.amount.checked_mul(Decimal::from(p.days_late.max(0)));
        slot.2 = slot.2.zip(weighted).and_then(|(s, w)| s.checked_add(w));
    }
    let lateness = months
        .into_iter()
        .map(|((month, currency), (invoices, amount, weighted))| MonthLateness {
            month,
            currency,
            invoices,
            amount: amount.unwrap_or(Decimal::ZERO),
            average_days_late: amount.zip(weighted).and_then(|(a, w)| {
                (a > Decimal::ZERO).then(|| w.checked_div(a)).flatten().map(|d| {
                    d.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                })
            }),
        })
        .collect();
    Some(CustomerView { customer, as_of, agings, worklist, set_apart, receipts, paid, lateness })
}
