//! Per-customer accounts at the as-of date: what is open, overdue and disputed,
//! and how the customer has paid — the inputs of risk and the worklist.
//!
//! An account is one customer in one currency. **Overdue** means open on an
//! invoice whose due date is before the as-of date `A` (one day late is late),
//! whatever the aging basis. **History** covers invoices fully paid in the 365
//! days ending on `A`; each invoice's days late are `paid date − due date`,
//! early payment counting as 0.

use crate::collections::log::Known;
use crate::ledger::facts::Facts;
use crate::ledger::{Book, Customer};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

/// Days of payment history looked at.
pub const HISTORY_DAYS: u64 = 365;
/// The recent part of the history, for the trend of days late.
pub const RECENT_DAYS: u64 = 90;

/// Amount-weighted days late of a set of paid invoices.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Lateness {
    /// Invoices paid.
    pub invoices: usize,
    /// Their amount.
    pub amount: Decimal,
    /// Σ amount × days late (early = 0).
    pub weighted_days: Decimal,
    /// Amount of those paid after their due date.
    pub late_amount: Decimal,
}

impl Lateness {
    fn add(&mut self, amount: Decimal, days_late: i64) {
        self.invoices += 1;
        self.amount += amount;
        self.weighted_days += amount * Decimal::from(days_late.max(0));
        if days_late > 0 {
            self.late_amount += amount;
        }
    }

    /// `Σ amount × days late / Σ amount`, or `None` without paid invoices.
    pub fn average_days(&self) -> Option<Decimal> {
        (self.amount > Decimal::ZERO).then(|| self.weighted_days / self.amount)
    }

    /// Late amount ÷ paid amount, or `None` without paid invoices.
    pub fn late_share(&self) -> Option<Decimal> {
        (self.amount > Decimal::ZERO).then(|| self.late_amount / self.amount)
    }
}

/// One open invoice (positive open amount) of an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvoice {
    /// Index of the entry in the ledger.
    pub entry: usize,
    /// Open amount at `A`.
    pub open: Decimal,
    /// `A − due date`: positive when overdue, zero or negative when not yet due.
    pub days_overdue: i64,
    /// Marked as disputed.
    pub disputed: bool,
}

/// One customer in one currency at the as-of date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The customer.
    pub customer: Customer,
    /// ISO code.
    pub currency: String,
    /// Every open amount, credits included.
    pub open_total: Decimal,
    /// Open invoice balances (positive amounts only).
    pub open_invoices: Decimal,
    /// Open on undisputed overdue invoices.
    pub overdue: Decimal,
    /// Open on disputed overdue invoices (kept out of chasing).
    pub disputed_overdue: Decimal,
    /// Days past due of the oldest undisputed overdue invoice.
    pub oldest_days: Option<i64>,
    /// Open positive items, oldest due date first.
    pub invoices: Vec<OpenInvoice>,
    /// Invoices paid in the last 365 days.
    pub history: Lateness,
    /// Those paid in the last 90 days.
    pub recent: Lateness,
    /// Those paid 91–365 days ago.
    pub earlier: Lateness,
    /// Payments received in the last 365 days (positive).
    pub paid_last_year: Decimal,
}

/// The accounts of every customer with something open at `as_of`, in the order
/// of their first entry; `open` and `paid` hold every entry's open amount at
/// `as_of` and paid date ([`crate::figures::payments::paid_dates`]); an invoice
/// is disputed when the file marks it or `logged` holds its entry (a dispute of
/// the collection log, [`crate::collections::log`]).
pub(crate) fn accounts(
    ledger: &Book,
    facts: &Facts,
    open: &[Decimal],
    paid: &[Option<NaiveDate>],
    as_of: NaiveDate,
    logged: &Known<'_>,
) -> Vec<Account> {
    let year_ago = as_of - Days::new(HISTORY_DAYS);
    let recent_from = as_of - Days::new(RECENT_DAYS);
    let mut slot_of: Vec<Option<usize>> = vec![None; facts.accounts];
    let mut out: Vec<Account> = Vec::new();
    for (i, (fact, &open)) in facts.rows.iter().zip(open).enumerate() {
        if fact.date > as_of || open.is_zero() {
            continue;
        }
        let slot = *slot_of[fact.account as usize].get_or_insert_with(|| {
            let e = &ledger.entries[i];
            out.push(Account {
                customer: ledger.customer(e).clone(),
                currency: e.currency.to_string(),
                open_total: Decimal::ZERO,
                open_invoices: Decimal::ZERO,
                overdue: Decimal::ZERO,
                disputed_overdue: Decimal::ZERO,
                oldest_days: None,
                invoices: Vec::new(),
                history: Lateness::default(),
                recent: Lateness::default(),
                earlier: Lateness::default(),
                paid_last_year: Decimal::ZERO,
            });
            out.len() - 1
        });
        let a = &mut out[slot];
        a.open_total += open;
        if open < Decimal::ZERO {
            continue;
        }
        let days = (as_of - fact.due_date).num_days();
        let disputed = ledger.entries[i].disputed || logged.disputed.contains_key(&i);
        a.open_invoices += open;
        if days > 0 {
            if disputed {
                a.disputed_overdue += open;
            } else {
                a.overdue += open;
                a.oldest_days = Some(a.oldest_days.map_or(days, |d| d.max(days)));
            }
        }
        a.invoices.push(OpenInvoice { entry: i, open, days_overdue: days, disputed });
    }
    // History only for customers with something open: they are the ones ranked.
    for (fact, &paid) in facts.rows.iter().zip(paid) {
        let Some(slot) = slot_of[fact.account as usize] else { continue };
        let a = &mut out[slot];
        if fact.is_collection() && fact.date > year_ago && fact.date <= as_of {
            a.paid_last_year -= fact.amount;
        }
        let Some(paid) = paid.filter(|p| *p > year_ago && *p <= as_of) else { continue };
        let late = (paid - fact.due_date).num_days();
        a.history.add(fact.amount, late);
        if paid > recent_from { a.recent.add(fact.amount, late) } else { a.earlier.add(fact.amount, late) }
    }
    for a in &mut out {
        a.invoices.sort_by_key(|inv| std::cmp::Reverse(inv.days_overdue));
    }
    out
}
