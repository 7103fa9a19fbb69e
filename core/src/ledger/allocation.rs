//! Allocations: the parts of payments and credit notes applied to invoices, and
//! the rule that makes them when a file lists transactions.

use super::{Book, EntryKind};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// What to do with a payment that names no invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum PaymentMatching {
    /// Apply it to the customer's oldest open invoices (by due date) in its
    /// currency, dated on or before it; keep any remainder as unapplied cash.
    /// The default: it is how most ledgers without remittance data are worked.
    #[default]
    OldestFirst,
    /// Keep it whole as unapplied cash.
    Unapplied,
}

/// Part of a payment or credit note applied to an invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Allocation {
    /// Index of the payment or credit-note entry; `None` when the source reported
    /// only that the invoice was (partly) settled, not by what.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<usize>,
    /// Index of the invoice entry.
    pub to: usize,
    /// How much of the invoice it settles (positive).
    pub amount: Decimal,
    /// When it was applied; `None` when the source does not say (settled before
    /// the report date).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
}

impl Allocation {
    /// Moves the allocated amount in `open` (open amounts by entry index): off the
    /// invoice, and off the payment or credit note it came from.
    pub fn apply(&self, open: &mut [Decimal]) {
        open[self.to] -= self.amount;
        if let Some(from) = self.from {
            open[from] += self.amount;
        }
    }

    /// Whether the allocation has happened by `as_of` (undated ones always have).
    pub fn applies_at(&self, as_of: NaiveDate) -> bool {
        self.date.is_none_or(|d| d <= as_of)
    }
}

/// Applies payments and credit notes to invoices, in date order: to the invoice
/// a credit names (`applies_to`, by document number, same currency), else by
/// `policy`; credit notes naming none stay unapplied. Returns the credits left
/// unapplied for a reason worth a warning, as (entry index, message).
pub(crate) fn allocate(
    ledger: &mut Book,
    applies_to: &[Option<String>],
    policy: PaymentMatching,
) -> Vec<(usize, String)> {
    let entries = &ledger.entries;
    let mut open: Vec<Decimal> = entries.iter().map(|e| e.amount.max(Decimal::ZERO)).collect();
    let mut by_id: HashMap<&str, usize> = HashMap::default();
    let mut by_customer: HashMap<(&str, &str), Vec<usize>> = HashMap::default();
    for (i, e) in
        entries.iter().enumerate().filter(|(_, e)| e.kind == EntryKind::Invoice && e.amount > Decimal::ZERO)
    {
        if !e.id.is_empty() {
            by_id.entry(e.id.as_str()).or_insert(i);
        }
        by_customer.entry((&*e.customer.id, &*e.currency)).or_default().push(i);
    }
    for list in by_customer.values_mut() {
        list.sort_by_key(|&i| (entries[i].due_date, entries[i].date, i));
    }
    let mut credits: Vec<usize> = (0..entries.len()).filter(|&i| entries[i].amount < Decimal::ZERO).collect();
    credits.sort_by_key(|&i| (entries[i].date, i));
    let mut allocations = Vec::new();
    let mut unapplied = Vec::new();
    for c in credits {
        let credit = &entries[c];
        let mut remaining = -credit.amount;
        let targets: Vec<usize> = match applies_to[c].as_deref() {
            Some(reference) => match by_id.get(reference) {
                Some(&i) if entries[i].currency == credit.currency => vec![i],
                Some(_) => {
                    unapplied.push((
                        c,
                        format!("applies to {reference:?}, which is in another currency: left unapplied"),
                    ));
                    vec![]
                }
                None => {
                    unapplied.push((
                        c,
                        format!("applies to {reference:?}, which is not in the file: left unapplied"),
                    ));
                    vec![]
                }
            },
            None if credit.kind == EntryKind::Payment && policy == PaymentMatching::OldestFirst => {
                by_customer
                    .get(&(&*credit.customer.id, &*credit.currency))
                    .map(|list| list.iter().copied().filter(|&i| entries[i].date <= credit.date).collect())
                    .unwrap_or_default()
            }
            None => vec![],
        };
        for i in targets {
            if remaining.is_zero() {
                break;
            }
            let amount = remaining.min(open[i]);
            if amount > Decimal::ZERO {
                open[i] -= amount;
                remaining -= amount;
                allocations.push(Allocation {
                    from: Some(c),
                    to: i,
                    amount,
                    date: Some(credit.date.max(entries[i].date)),
                });
            }
        }
    }
    ledger.allocations = allocations;
    unapplied
}
