//! Recovery rate: how much of what was already overdue got paid.
//!
//! There is no single standard (collection agencies measure what they recover
//! of placed or written-off debt). arlens defines it on the ledger, for a period
//! `[start, A]`:
//!
//! * **Past due at the start**, `P`: the open amounts, at the day before `start`,
//!   of invoices whose due date is before that day (positive open amounts only;
//!   credits are not debts to recover).
//! * **Collected**, `C`: what payments settled of those same invoices by
//!   allocations dated in the period (a payment entry, or a paid amount with its
//!   date in an invoice list).
//! * **Credited**: what credit notes settled of them in the period, reported
//!   beside `C` but not counted as recovered.
//! * **Recovery rate** = `C / P × 100`; undefined when nothing was past due.
//!
//! By bucket: the same, for the invoices in each bucket of the report's aging at
//! the day before `start`, aged on their due dates. Payments of invoices that
//! fell due during the period are not recoveries and do not count. The rate
//! stays within [0, 100] unless the file applies more to an invoice than was open
//! on it.
//!
//! ```
//! use arlens::figures::recovery::recovery;
//! use arlens::{import, AgingOptions, ImportOptions, figures::period::{Period, PeriodLength}};
//! let csv = b"Invoice,Customer,Date,Due date,Amount,Paid date\n\
//!             A-1,Acme,2024-01-05,2024-02-04,100.00,2024-03-10\n\
//!             A-2,Acme,2024-01-20,2024-02-19,300.00,\n\
//!             A-3,Birch,2024-02-10,2024-03-11,50.00,2024-03-20\n";
//! let ledger = import(csv, &ImportOptions::default()).unwrap().ledger;
//! let period = Period::ending("2024-03-31".parse().unwrap(), PeriodLength::Month);
//! let usd = &recovery(&ledger, &period, &AgingOptions::default()).unwrap()[0];
//! // Past due on 29 Feb: A-1 (100.00) and A-2 (300.00); A-3 was not yet due.
//! // Collected in March: A-1's 100.00 → 100 / 400 = 25%.
//! assert_eq!(usd.total.past_due_at_start.to_string(), "400.00");
//! assert_eq!(usd.total.rate.value.unwrap().to_string(), "25");
//! ```

use crate::error::Error;
use crate::figures::aging::{AgingBasis, AgingOptions, aging_date, buckets, slot};
use crate::figures::period::Period;
use crate::figures::value::{Figure, Undefined, Value, quotient};
use crate::ledger::facts::Facts;
use crate::ledger::{Book, EntryKind};
use crate::money::normalize;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What was past due in one column at the start, and what of it was recovered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Recovered {
    /// Open past-due amount at the day before the period.
    pub past_due_at_start: Decimal,
    /// Paid of it in the period.
    pub collected: Decimal,
    /// Credited of it in the period (not counted as recovered).
    pub credited: Decimal,
    /// `collected / past_due_at_start × 100`.
    pub rate: Value,
}

/// Recovery of one currency over the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// ISO code.
    pub currency: String,
    /// All past-due invoices together.
    #[serde(flatten)]
    pub total: Recovered,
    /// Per bucket of the report's aging at the start, in its order (the first
    /// bucket counts from one day past due).
    pub buckets: Vec<Recovered>,
}

#[derive(Clone, Default)]
struct Sums {
    past_due: Decimal,
    collected: Decimal,
    credited: Decimal,
}

impl Sums {
    fn figures(&self, currency: &str) -> Recovered {
        let rate: Figure = if self.past_due > Decimal::ZERO {
            quotient(self.collected, self.past_due, Decimal::ONE_HUNDRED)
        } else {
            Err(Undefined::NothingPastDue)
        };
        Recovered {
            past_due_at_start: normalize(self.past_due, currency),
            collected: normalize(self.collected, currency),
            credited: normalize(self.credited, currency),
            rate: rate.into(),
        }
    }
}

/// Recovery of every currency of the ledger, sorted by code (see the module docs).
pub fn recovery(ledger: &Book, period: &Period, aging: &AgingOptions) -> Result<Vec<Recovery>, Error> {
    let facts = Facts::new(ledger);
    recovery_with(ledger, &facts, &facts.open_amounts(ledger, period.opening), period, aging)
}

/// [`recovery`] with the ledger's facts and the open amounts on the day before
/// the period already computed.
// Money: sums of amounts within limits::MAX_AMOUNT, at most limits.documents of
// them: below Decimal::MAX. Days: between dates chrono holds, inside i64.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn recovery_with(
    ledger: &Book,
    facts: &Facts,
    open_before: &[Decimal],
    period: &Period,
    aging: &AgingOptions,
) -> Result<Vec<Recovery>, Error> {
    let start = period.opening;
    let ranges = buckets(aging, start)?;
    let mut per: Vec<Vec<Sums>> = vec![vec![Sums::default(); ranges.len()]; facts.codes.len()];
    // The bucket of each invoice past due at the start.
    // The bucket of each invoice past due at the start (`u8::MAX`: none); buckets
    // number at most 255 since options allow no more edges than that.
    let mut bucket_of: Vec<u8> = vec![u8::MAX; facts.rows.len()];
    for ((index, fact), &open) in facts.rows.iter().enumerate().zip(open_before) {
        let days = (start - aging_date(fact, AgingBasis::DueDate)).num_days();
        if fact.date > start || open <= Decimal::ZERO || days < 1 {
            continue;
        }
        let b = slot(&ranges, days).unwrap_or(0);
        let Some(sums) = per.get_mut(usize::from(fact.currency)).and_then(|p| p.get_mut(b)) else { continue };
        sums.past_due += open;
        if let Some(of) = bucket_of.get_mut(index) {
            *of = b as u8;
        }
    }
    for a in ledger.allocations.iter().filter(|a| a.date.is_some_and(|d| period.contains(d))) {
        let b = match bucket_of.get(a.to) {
            Some(&b) if b != u8::MAX => usize::from(b),
            _ => continue,
        };
        let currency = facts.rows.get(a.to).map(|f| usize::from(f.currency));
        let Some(sums) = currency.and_then(|c| per.get_mut(c)).and_then(|p| p.get_mut(b)) else { continue };
        match a.from.and_then(|f| facts.rows.get(f)).map(|f| f.kind) {
            Some(EntryKind::CreditNote) => sums.credited += a.amount,
            _ => sums.collected += a.amount,
        }
    }
    Ok(facts
        .codes
        .iter()
        .zip(per)
        .map(|(currency, sums)| {
            let total = sums.iter().fold(Sums::default(), |t, s| Sums {
                past_due: t.past_due + s.past_due,
                collected: t.collected + s.collected,
                credited: t.credited + s.credited,
            });
            Recovery {
                currency: currency.clone(),
                total: total.figures(currency),
                buckets: sums.iter().map(|s| s.figures(currency)).collect(),
            }
        })
        .collect())
}
