//! A compact copy of the entry fields the figures read, built once per analysis.
//!
//! An [`Entry`](crate::Entry) carries its document number, customer, currency and
//! source row (64 bytes in WebAssembly, 80 natively); the figures only need dates,
//! kind, amount, currency and account. Reading those from a dense array of 32-byte rows makes each pass over a million-entry ledger
//! several times cheaper than striding over the entries themselves.

use crate::ledger::{Book, EntryKind};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// The fields of one entry the figures read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fact {
    /// Signed amount.
    pub amount: Decimal,
    /// Document date.
    pub date: NaiveDate,
    /// Due date.
    pub due_date: NaiveDate,
    /// Index into [`Facts::accounts`]: the entry's customer in its currency.
    pub account: u32,
    /// Index into [`Facts::codes`].
    pub currency: u16,
    /// Invoice, credit note or payment.
    pub kind: EntryKind,
    /// An opening balance ([`Entry::opening`](crate::Entry::opening)).
    pub opening: bool,
}

impl Fact {
    /// Whether the entry counts in the net credit sales of a period holding
    /// its date: invoices and credit notes, not payments nor opening balances.
    pub fn is_sale(&self) -> bool {
        self.kind != EntryKind::Payment && !self.opening
    }

    /// Whether the entry counts in the collections of a period holding its
    /// date: payments, not an opening balance.
    pub fn is_collection(&self) -> bool {
        self.kind == EntryKind::Payment && !self.opening
    }
}

/// The facts of a ledger, by entry index, with its currencies.
#[derive(Debug)]
pub(crate) struct Facts {
    /// The distinct currency codes, sorted.
    pub codes: Vec<String>,
    /// One fact per entry, in the ledger's order.
    pub rows: Vec<Fact>,
    /// How many accounts (customer and currency pairs) the entries name.
    pub accounts: usize,
}

impl Facts {
    /// Reads the facts of `ledger`.
    pub fn new(ledger: &Book) -> Facts {
        // Accounts are found by customer index and the currency's address (an import
        // shares one `Arc<str>` per code) without reading the texts; customers that share
        // an id (one account named two ways) and distinct pointers with equal texts (a
        // ledger built by hand) still meet in `by_text`, read once per pair.
        let mut by_pointer: FxHashMap<(usize, usize), u32> = FxHashMap::default();
        let mut by_text: FxHashMap<(&str, &str), u32> = FxHashMap::default();
        let mut account_currency: Vec<&str> = Vec::new();
        let ids: Vec<u32> = ledger
            .entries
            .iter()
            .map(|e| {
                let key = (e.customer.0 as usize, Arc::as_ptr(&e.currency) as *const u8 as usize);
                *by_pointer.entry(key).or_insert_with(|| {
                    *by_text.entry((&e.currency, &ledger.customer(e).id)).or_insert_with(|| {
                        account_currency.push(&e.currency);
                        account_currency.len().saturating_sub(1) as u32
                    })
                })
            })
            .collect();
        let mut codes: Vec<String> = account_currency.iter().map(|c| c.to_string()).collect();
        codes.sort_unstable();
        codes.dedup();
        let currency_of: Vec<u16> = account_currency
            .iter()
            // Every account's currency is among the codes (they were made from them).
            .map(|c| codes.binary_search_by(|code| code.as_str().cmp(c)).unwrap_or_else(|at| at) as u16)
            .collect();
        let rows = ledger
            .entries
            .iter()
            .zip(ids)
            .map(|(e, account)| Fact {
                amount: e.amount,
                date: e.date,
                due_date: e.due_date,
                account,
                currency: currency_of.get(account as usize).copied().unwrap_or_default(),
                kind: e.kind,
                opening: e.opening,
            })
            .collect();
        Facts { codes, rows, accounts: account_currency.len() }
    }

    /// The open amount of every entry at `as_of` (see [`Book::open_amounts`]).
    pub fn open_amounts(&self, ledger: &Book, as_of: NaiveDate) -> Vec<Decimal> {
        crate::ledger::open_amounts(self.rows.iter().map(|f| f.amount), &ledger.allocations, as_of)
    }
}
