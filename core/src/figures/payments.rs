//! How customers pay: average days to pay, days beyond terms, the share paid late.
//!
//! **Population.** Invoices *fully paid* in the period: every allocation that
//! settles the invoice is dated, together they cover its amount, and the last of
//! them (the paid date) falls in the period. Invoices settled on dates the file
//! does not give (open-items files, undated "amount paid") are left out.
//!
//! **Day-count.** Calendar days. For an invoice of amount `a`, invoice date `I`,
//! due date `U` and paid date `P`:
//! * Average days to pay (ADP): plain `Σ(P − I) / n` and amount-weighted
//!   `Σ a·(P − I) / Σ a` (123loadboard; the Dynamics ideas thread's weighted form).
//! * Days beyond terms (DBT), amount-weighted: `Σ a·max(0, P − U) / Σ a`, early
//!   payment counting as 0 by default; with [`EarlyPayment::Negative`] early days
//!   count below zero (Satago, FitSmallBusiness). Upflow likewise weights by amount
//!   over paid invoices only.
//! * Paid late: the share of invoices, and of their amount, with `P > U`.
//!
//! Every figure is per currency and [`Undefined`] when no invoice was paid in the period.

use crate::figures::period::Period;
use crate::figures::value::{Figure, Undefined, Value, quotient};
use crate::ledger::facts::Facts;
use crate::ledger::{Book, EntryKind};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How payment before the due date counts in days beyond terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EarlyPayment {
    /// Early payment is 0 days beyond terms (the default).
    #[default]
    AsZero,
    /// Early payment counts as negative days beyond terms.
    Negative,
}

/// Payment behaviour of one currency over a period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PaymentFigures {
    /// ISO code.
    pub currency: String,
    /// Invoices fully paid in the period.
    pub paid_invoices: usize,
    /// Their amount.
    pub paid_amount: Decimal,
    /// Average days to pay, plain.
    pub average_days_to_pay: Value,
    /// Average days to pay, weighted by amount.
    pub weighted_days_to_pay: Value,
    /// Days beyond terms, weighted by amount.
    pub days_beyond_terms: Value,
    /// Share of the paid invoices paid after their due date, percent.
    pub late_invoices_percent: Value,
    /// Share of the paid amount paid after its due date, percent.
    pub late_amount_percent: Value,
}

/// The paid date of every invoice fully settled by dated allocations.
pub fn paid_dates(ledger: &Book) -> Vec<Option<NaiveDate>> {
    paid_dates_with(ledger, &Facts::new(ledger))
}

/// [`paid_dates`] with the ledger's facts already read.
// Money: allocations to one invoice add up to at most its amount: below Decimal::MAX.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn paid_dates_with(ledger: &Book, facts: &Facts) -> Vec<Option<NaiveDate>> {
    /// What allocations did to one invoice: settled, when last, any undated.
    #[derive(Clone, Default)]
    struct Settled {
        amount: Decimal,
        last: Option<NaiveDate>,
        undated: bool,
    }
    let mut settled = vec![Settled::default(); facts.rows.len()];
    for a in &ledger.allocations {
        let Some(s) = settled.get_mut(a.to) else { continue };
        s.amount += a.amount;
        match a.date {
            Some(d) => s.last = s.last.max(Some(d)),
            None => s.undated = true,
        }
    }
    facts
        .rows
        .iter()
        .zip(settled)
        .map(|(f, s)| {
            // An opening balance's own date is a lower bound of its age: no timing.
            let paid = f.kind == EntryKind::Invoice
                && !f.opening
                && f.amount > Decimal::ZERO
                && s.amount >= f.amount;
            if paid && !s.undated { s.last } else { None }
        })
        .collect()
}

#[derive(Default)]
struct Sums {
    n: usize,
    late_n: usize,
    amount: Decimal,
    late_amount: Decimal,
    days: Decimal,
    weighted_days: Decimal,
    weighted_beyond: Decimal,
}

/// `num / den` for a payment figure: [`Undefined::NothingPaid`] when nothing
/// was paid (`den ≤ 0`).
pub(crate) fn ratio(num: Decimal, den: Decimal) -> Figure {
    if den <= Decimal::ZERO {
        Err(Undefined::NothingPaid)
    } else {
        quotient(num, den, Decimal::ONE).map(|q| q.normalize())
    }
}

/// Payment figures per currency for invoices paid in `period`.
///
/// ```
/// use arlens::figures::payments::{payment_figures, EarlyPayment};
/// use arlens::{import, ImportOptions, figures::period::{Period, PeriodLength}};
/// let csv = b"Invoice,Customer,Date,Due date,Amount,Paid date\n\
///             A-1,Acme,2024-01-05,2024-02-04,100.00,2024-02-01\n\
///             A-3,Birch,2024-02-10,2024-03-11,300.00,2024-04-15\n";
/// let ledger = import(csv, &ImportOptions::default()).unwrap().ledger;
/// let period = Period::ending("2024-04-30".parse().unwrap(), PeriodLength::Quarter);
/// let usd = &payment_figures(&ledger, &period, EarlyPayment::AsZero)[0];
/// // Days to pay 27 and 65: plain (27 + 65) / 2 = 46; weighted (100·27 + 300·65) / 400 = 55.5.
/// assert_eq!(usd.average_days_to_pay.value.unwrap().to_string(), "46");
/// assert_eq!(usd.weighted_days_to_pay.value.unwrap().to_string(), "55.5");
/// ```
pub fn payment_figures(ledger: &Book, period: &Period, early: EarlyPayment) -> Vec<PaymentFigures> {
    let facts = Facts::new(ledger);
    payment_figures_with(&facts, &paid_dates_with(ledger, &facts), period, early)
}

/// [`payment_figures`] with the ledger's facts and paid dates already read.
// Money: amounts within limits::MAX_AMOUNT (10^15) times days between dates of
// years 0–9999 (3.7 × 10^6), over at most limits.documents (2 × 10^7) invoices:
// 7.3 × 10^28 at the very most, below Decimal::MAX (7.9 × 10^28).
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn payment_figures_with(
    facts: &Facts,
    paid: &[Option<NaiveDate>],
    period: &Period,
    early: EarlyPayment,
) -> Vec<PaymentFigures> {
    let mut per: Vec<Sums> = facts.codes.iter().map(|_| Sums::default()).collect();
    for (e, &paid) in facts.rows.iter().zip(paid) {
        let Some(paid) = paid.filter(|p| period.contains(*p)) else { continue };
        let Some(s) = per.get_mut(usize::from(e.currency)) else { continue };
        let days = Decimal::from((paid - e.date).num_days());
        let beyond = (paid - e.due_date).num_days();
        let counted = match early {
            EarlyPayment::AsZero => beyond.max(0),
            EarlyPayment::Negative => beyond,
        };
        s.n += 1;
        s.amount += e.amount;
        s.days += days;
        s.weighted_days += e.amount * days;
        s.weighted_beyond += e.amount * Decimal::from(counted);
        if beyond > 0 {
            s.late_n += 1;
            s.late_amount += e.amount;
        }
    }
    facts
        .codes
        .iter()
        .cloned()
        .zip(per)
        .map(|(currency, s)| {
            let n = Decimal::from(s.n);
            PaymentFigures {
                currency,
                paid_invoices: s.n,
                paid_amount: s.amount,
                average_days_to_pay: Value::from(ratio(s.days, n)),
                weighted_days_to_pay: Value::from(ratio(s.weighted_days, s.amount)),
                days_beyond_terms: Value::from(ratio(s.weighted_beyond, s.amount)),
                late_invoices_percent: Value::from(ratio(Decimal::from(s.late_n) * Decimal::ONE_HUNDRED, n)),
                late_amount_percent: Value::from(ratio(s.late_amount * Decimal::ONE_HUNDRED, s.amount)),
            }
        })
        .collect()
}
