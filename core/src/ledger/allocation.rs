//! Allocations: the parts of payments and credit notes applied to invoices, and
//! the rule that makes them when a file lists transactions.

use super::{Book, EntryKind};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;
use serde::{Deserialize, Serialize};

/// What a credit's reference found among the invoices.
enum Named<'r> {
    /// The credit names no invoice.
    Nothing,
    /// The invoice at this entry index, in the credit's currency, and its date.
    Invoice(usize, NaiveDate),
    /// The customer's invoices in the credit's currency that carry the same
    /// reference (a matching code: a lettrage, a clearing document), by this key
    /// of `groups`.
    Group(GroupKey<'r>),
    /// An invoice in another currency.
    OtherCurrency(&'r str),
    /// No invoice by that number.
    Missing(&'r str),
}

/// A matching code's invoices: the customer's and currency's (by address, as
/// accounts are told apart) and the code.
type GroupKey<'r> = (*const u8, *const u8, &'r str);

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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    // Money: amounts within limits::MAX_AMOUNT, at most limits.documents of them:
    // every sum and difference is below Decimal::MAX.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn apply(&self, open: &mut [Decimal]) {
        if let Some(to) = open.get_mut(self.to) {
            *to -= self.amount;
        }
        if let Some(from) = self.from.and_then(|f| open.get_mut(f)) {
            *from += self.amount;
        }
    }

    /// Whether the allocation has happened by `as_of` (undated ones always have).
    pub fn applies_at(&self, as_of: NaiveDate) -> bool {
        self.date.is_none_or(|d| d <= as_of)
    }
}

/// Applies payments and credit notes to invoices, in date order: to the invoice
/// a credit names (`applies_to` of its entry index: a document number, of the
/// same currency; the credit's own customer's when several customers' invoices
/// carry the number, else the first of it), else by `policy`; credit notes naming none stay unapplied. Returns the credits left
/// unapplied for a reason worth a warning, as (entry index, message).
///
/// A reference that is no invoice's number but one the customer's invoices
/// carry too is a matching code (a French ledger's lettrage `AA`, SAP's
/// clearing document on both the invoice and its payment): the credit settles
/// those invoices, earliest due first, and payments naming nothing leave them
/// to it (oldest first would have settled them, and left open the invoice the
/// ledger says is unpaid).
///
/// Cost: one pass over the credits; oldest-first skips each customer's fully
/// paid invoices once, so a customer's payments cost the invoices they settle,
/// not all of that customer's invoices each.
///
/// The entries' customer ids and currency codes must be one shared `Arc` per
/// distinct text, as the import interns them: accounts are told apart by address.
// Money: amounts within limits::MAX_AMOUNT, and `amount` is at most both
// `remaining` and `open[i]`, so the differences stay 0 or more.
#[allow(clippy::arithmetic_side_effects)]
pub(crate) fn allocate<'a>(
    ledger: &mut Book,
    applies_to: &dyn Fn(usize) -> Option<&'a str>,
    policy: PaymentMatching,
) -> Vec<(usize, String)> {
    let entries = &ledger.entries;
    // A customer's account: its id's text, by address (one per distinct id).
    let id_of_customer = |e: &super::Entry| ledger.customer(e).id.as_ptr();
    let mut open: Vec<Decimal> = entries.iter().map(|e| e.amount.max(Decimal::ZERO)).collect();
    let invoices = || {
        entries.iter().enumerate().filter(|(_, e)| e.kind == EntryKind::Invoice && e.amount > Decimal::ZERO)
    };
    // Each invoice's index, filed under its number (the first of a number):
    // compared without `memcmp` (see [`crate::text`]).
    let id_of = |i: &usize| entries.get(*i).map_or("", |e| e.id.as_str());
    let mut by_id: hashbrown::HashTable<usize> = hashbrown::HashTable::with_capacity(invoices().count());
    // Per customer and currency: the invoices by due date (with their dates, so
    // that neither the sort nor the walk reads the entries again), and how many
    // at the front are fully paid (skipped from then on). Keyed by the texts'
    // addresses: an import shares one `Arc` per distinct id and code (hashing
    // and comparing the texts of a million entries missed the cache on each).
    type Dated = (NaiveDate, NaiveDate, usize);
    let mut by_customer: HashMap<(*const u8, *const u8), (Vec<Dated>, usize)> = HashMap::default();
    // A number more than one customer's invoices carry (numbered per branch or
    // series): each other customer's first invoice of it, by the customer and
    // the number's hash, for that customer's credits naming it.
    let mut also: HashMap<(*const u8, u64), usize> = HashMap::default();
    for (i, e) in invoices() {
        if !e.id.is_empty() {
            let hash = crate::text::hash(&e.id);
            match by_id.entry(hash, |j| crate::text::same(id_of(j), &e.id), |j| crate::text::hash(id_of(j))) {
                hashbrown::hash_table::Entry::Vacant(v) => {
                    v.insert(i);
                }
                hashbrown::hash_table::Entry::Occupied(o) => {
                    if entries.get(*o.get()).map(id_of_customer) != Some(id_of_customer(e)) {
                        also.entry((id_of_customer(e), hash)).or_insert(i);
                    }
                }
            }
        }
        by_customer
            .entry((id_of_customer(e), e.currency.as_ptr()))
            .or_default()
            .0
            .push((e.due_date, e.date, i));
    }
    for (list, _) in by_customer.values_mut() {
        list.sort_unstable();
    }
    // The invoices carrying each reference, per customer and currency: a
    // matching code's (filled only for files whose invoices carry references).
    let mut groups: HashMap<GroupKey<'a>, Vec<Dated>> = HashMap::default();
    for (i, e) in invoices() {
        if let Some(code) = applies_to(i).filter(|c| !c.trim().is_empty()) {
            groups
                .entry((id_of_customer(e), e.currency.as_ptr(), code))
                .or_default()
                .push((e.due_date, e.date, i));
        }
    }
    for list in groups.values_mut() {
        list.sort_unstable();
    }
    // The credits by date (then entry order), sorted without reading the entries.
    let mut credits: Vec<(NaiveDate, usize)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.amount < Decimal::ZERO)
        .map(|(i, e)| (e.date, i))
        .collect();
    credits.sort_unstable();
    // The invoice each credit names, looked up for all of them before any is
    // applied: the lookups do not depend on one another, so their cache misses
    // (the table's control bytes, its slot, the invoice's entry) overlap. Made
    // inside the walk, each waited for the one before, and applying a 1M-row
    // file's 441,141 credits took 175 ms natively, most of it waiting.
    let named: Vec<Named<'a>> = credits
        .iter()
        .map(|&(_, c)| {
            let Some(reference) = applies_to(c) else { return Named::Nothing };
            let credit_currency = entries.get(c).map(|e| &e.currency);
            let hash = crate::text::hash(reference);
            // The credit's own customer's invoice of that number, before another's.
            let own = |i: usize| {
                let customer = entries.get(c).map(id_of_customer)?;
                if entries.get(i).map(id_of_customer) == Some(customer) {
                    return None;
                }
                also.get(&(customer, hash)).copied().filter(|&j| crate::text::same(id_of(&j), reference))
            };
            match by_id.find(hash, |j| crate::text::same(id_of(j), reference)).map(|&i| own(i).unwrap_or(i)) {
                Some(i) => match entries.get(i) {
                    Some(e) if Some(&e.currency) == credit_currency => Named::Invoice(i, e.date),
                    _ => Named::OtherCurrency(reference),
                },
                None => match entries.get(c).map(|e| (id_of_customer(e), e.currency.as_ptr(), reference)) {
                    Some(key) if groups.contains_key(&key) => Named::Group(key),
                    _ => Named::Missing(reference),
                },
            }
        })
        .collect();
    // Invoices a matching code gives to its credits: not for payments naming nothing.
    let mut reserved = vec![false; if groups.is_empty() { 0 } else { entries.len() }];
    for named in &named {
        if let Named::Group(key) = named {
            for &(_, _, i) in groups.get(key).map(Vec::as_slice).unwrap_or_default() {
                if let Some(r) = reserved.get_mut(i) {
                    *r = true;
                }
            }
        }
    }
    let mut allocations = Vec::new();
    let mut unapplied = Vec::new();
    let walk =
        credits.into_iter().zip(named).filter_map(|((_, c), named)| entries.get(c).map(|e| (c, e, named)));
    for (c, credit, named) in walk {
        let mut remaining = -credit.amount;
        // The invoice the credit names, or the customer's unpaid ones oldest first
        // (walked only as far as the credit reaches: no list per credit).
        let (named, oldest, grouped): (Option<(usize, NaiveDate)>, &[Dated], &[Dated]) = match named {
            Named::Invoice(i, date) => (Some((i, date)), &[], &[]),
            Named::Group(key) => (None, &[], groups.get(&key).map(Vec::as_slice).unwrap_or_default()),
            Named::OtherCurrency(reference) => {
                unapplied.push((
                    c,
                    format!(
                        "applies to {}, which is in another currency: left unapplied",
                        crate::error::quoted(reference)
                    ),
                ));
                (None, &[], &[])
            }
            Named::Missing(reference) => {
                unapplied.push((
                    c,
                    format!(
                        "applies to {}, which is not in the file: left unapplied",
                        crate::error::quoted(reference)
                    ),
                ));
                (None, &[], &[])
            }
            Named::Nothing if credit.kind == EntryKind::Payment && policy == PaymentMatching::OldestFirst => {
                match by_customer.get_mut(&(id_of_customer(credit), credit.currency.as_ptr())) {
                    Some((list, paid)) => {
                        while list
                            .get(*paid)
                            .is_some_and(|&(_, _, i)| open.get(i).is_none_or(|o| o.is_zero()))
                        {
                            *paid += 1;
                        }
                        (None, list.get(*paid..).unwrap_or_default(), &[])
                    }
                    None => (None, &[], &[]),
                }
            }
            Named::Nothing => (None, &[], &[]),
        };
        let free = |i: usize| !reserved.get(i).copied().unwrap_or(false);
        let dated_before = |&(_, date, i): &Dated| (date <= credit.date && free(i)).then_some((i, date));
        let targets = named
            .into_iter()
            .chain(grouped.iter().map(|&(_, date, i)| (i, date)))
            .chain(oldest.iter().filter_map(dated_before));
        for (i, date) in targets {
            if remaining.is_zero() {
                break;
            }
            let Some(open) = open.get_mut(i) else { continue };
            let amount = remaining.min(*open);
            if amount > Decimal::ZERO {
                *open -= amount;
                remaining -= amount;
                allocations.push(Allocation {
                    from: Some(c),
                    to: i,
                    amount,
                    date: Some(credit.date.max(date)),
                });
            }
        }
    }
    ledger.allocations = allocations;
    unapplied
}
