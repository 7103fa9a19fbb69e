//! The normalised ledger: what every importer produces and every figure reads.
//!
//! A ledger keeps **history**: invoices, credit notes and payments as dated
//! entries, and dated [`Allocation`]s of payments and credits to invoices.
//! Nothing is netted at import; what is open at a date is computed by
//! [`Book::open_at`], so the same ledger can be replayed at any as-of date.
//!
//! Files that carry only open balances (an open-items report) do not say when
//! the settled part of an invoice was settled: that part becomes an *undated*
//! allocation, applied at every date, and [`Book::history_complete`] is
//! false, so figures that need history can say they are unavailable.

// Data from files flows through this code: no panicking shortcuts. Each
// exception is allowed where it is made, with why it cannot panic.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)]

pub mod allocation;
pub(crate) mod facts;

pub use allocation::{Allocation, PaymentMatching};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A customer (debtor) as the source names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    /// The customer's account code, as text (leading zeros kept). Falls back to the name.
    pub id: Arc<str>,
    /// The customer's display name. Falls back to the id.
    pub name: Arc<str>,
}

/// A customer's place in [`Book::customers`]: what an entry holds instead of the
/// customer's two texts (4 bytes, where two shared texts took 16 in WebAssembly
/// and 32 natively, and were counted up and down with every copy).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(transparent)]
pub struct CustomerIndex(pub u32);

/// What kind of document an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EntryKind {
    /// A sales invoice (or debit note): raises what the customer owes.
    #[default]
    Invoice,
    /// A credit note: lowers what the customer owes.
    CreditNote,
    /// A payment received: lowers what the customer owes.
    Payment,
}

impl EntryKind {
    /// The kind in plain words: `invoice`, `credit note`, `payment`.
    pub fn label(self) -> &'static str {
        match self {
            EntryKind::Invoice => "invoice",
            EntryKind::CreditNote => "credit note",
            EntryKind::Payment => "payment",
        }
    }
}

/// One dated entry of the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    /// Invoice, credit note or payment.
    pub kind: EntryKind,
    /// The document number, as text (leading zeros kept); may be empty for
    /// payments. Inline up to 24 bytes (12 in WebAssembly): a million entries
    /// are not a million allocations.
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(type = "string"))]
    pub id: compact_str::CompactString,
    /// Who owes it: see [`Book::customer`].
    pub customer: CustomerIndex,
    /// The document date.
    pub date: NaiveDate,
    /// The date payment is due (invoices); the document date when unknown.
    pub due_date: NaiveDate,
    /// Whether the due date was read from the file or derived from payment terms
    /// (false: it is the document date).
    pub due_date_known: bool,
    /// Effect on the receivable: positive for invoices, negative for credit notes
    /// and payments.
    pub amount: Decimal,
    /// ISO 4217 currency code, upper case.
    pub currency: Arc<str>,
    /// Marked as disputed in the source (a status column).
    pub disputed: bool,
    /// A balance carried forward from before the file's entries (an `Opening
    /// balance` row): aged, and settled by payments, like any entry, but no
    /// sale, credit or collection of the period it is dated in, and no payment
    /// timing (its own date is only a lower bound of its age).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(optional))]
    pub opening: bool,
    /// The 1-based row (for CSV, the line) the entry was read from, in the sheet
    /// the import report names; `None` for entries made by hand. For a book
    /// read from several sheets ([`Book::sheets`]) the number holds the sheet's
    /// place too: read it with [`Book::source_row`]. A row number,
    /// not a whole [`Position`](crate::error::Position): a million entries do not each carry the file name;
    /// never 0, so that it takes 8 bytes, not 16 (an entry is 64 bytes in WebAssembly).
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(type = "number | undefined"))]
    pub row: Option<std::num::NonZeroU64>,
}

// An entry's size where a million of them are held: WebAssembly (72 bytes when
// an entry held its customer's two texts), checked whenever it is built.
#[cfg(target_arch = "wasm32")]
const _: () = assert!(std::mem::size_of::<Entry>() == 64);

impl Entry {
    /// The row the entry was read from, as a plain number (see [`Entry::row`]).
    pub fn row_number(&self) -> Option<u64> {
        self.row.map(std::num::NonZeroU64::get)
    }
}

/// How the source file laid out its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum LedgerShape {
    /// Open items: each document with the balance open on it at the report date.
    #[default]
    OpenItems,
    /// Invoices with the amount paid and/or the date paid.
    InvoiceList,
    /// Invoices, payments and credit notes as separate rows.
    Transactions,
    /// An already-aged summary: one row per customer with bucket columns. Its
    /// buckets are kept as given; it has no entries.
    AgedSummary,
}

impl LedgerShape {
    /// The layout in plain words.
    pub fn label(self) -> &'static str {
        match self {
            LedgerShape::OpenItems => "open items",
            LedgerShape::InvoiceList => "invoice list",
            LedgerShape::Transactions => "transactions",
            LedgerShape::AgedSummary => "aged summary",
        }
    }
}

/// An already-aged summary as the source gave it (Xero's Aged Receivables
/// Summary, QuickBooks' A/R Aging Summary).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AgedSummary {
    /// The bucket headers as written (`Current`, `< 1 Month`, …, `Older`).
    pub labels: Vec<String>,
    /// One row per customer.
    pub rows: Vec<SummaryRow>,
}

/// One customer's row of an aged summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SummaryRow {
    /// The customer.
    pub customer: Customer,
    /// ISO currency code.
    pub currency: String,
    /// Amounts per bucket, in the order of [`AgedSummary::labels`] (blank = 0).
    pub buckets: Vec<Decimal>,
    /// The row's total as given (else the sum of its buckets).
    pub total: Decimal,
    /// The source row (1-based).
    pub row: u64,
}

/// The book of one file: every entry read from it, with its allocations (the
/// data behind a [`Ledger`](crate::Ledger) handle).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Book {
    /// Entries in file order.
    pub entries: Vec<Entry>,
    /// The customers the entries name, by [`CustomerIndex`] (one per id and name
    /// met; two may share an id, when a file names one account two ways).
    #[serde(default)]
    pub customers: Vec<Customer>,
    /// Payments and credits applied to invoices.
    pub allocations: Vec<Allocation>,
    /// The layout the entries came from.
    pub shape: LedgerShape,
    /// The report date found in the file's title rows ("As at 31 March 2024").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report_date: Option<NaiveDate>,
    /// The buckets of an already-aged summary, kept as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<AgedSummary>,
    /// The file had no invoice-date column: each document is dated by its due
    /// date, so figures that need invoice dates are unavailable.
    pub dated_by_due_date: bool,
    /// Customers' e-mail addresses, by customer id, from an e-mail column: the
    /// first non-empty cell of each customer's rows, as written.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub emails: std::collections::BTreeMap<String, String>,
    /// The sheets (or files of an archive, `feb.csv`) the entries were read
    /// from, in workbook order, when a ledger split across sheets laid out
    /// alike was read as one; an entry's
    /// [`row`](Entry::row) then holds its sheet's place in this list too (see
    /// [`Book::source_row`]). Empty when the entries came from one sheet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(type = "string[]"))]
    pub sheets: Vec<Arc<str>>,
}

/// What is open on one entry at a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenEntry<'a> {
    /// The entry.
    pub entry: &'a Entry,
    /// Its open amount: positive for what remains of an invoice, negative for the
    /// unapplied part of a credit note or payment.
    pub open: Decimal,
}

impl Book {
    /// Adds `entry` and returns its index.
    pub fn add(&mut self, entry: Entry) -> usize {
        self.entries.push(entry);
        self.entries.len().saturating_sub(1)
    }

    /// Adds `customer` to [`Book::customers`] and returns its index, for entries
    /// made by hand.
    pub fn add_customer(&mut self, customer: Customer) -> CustomerIndex {
        self.customers.push(customer);
        CustomerIndex(u32::try_from(self.customers.len().saturating_sub(1)).unwrap_or(u32::MAX))
    }

    /// Where `entry` was read: its sheet, when the book was read from several
    /// ([`Book::sheets`]), and its 1-based row in that sheet; `None` for an
    /// entry made by hand.
    pub fn source_row(&self, entry: &Entry) -> Option<(Option<&Arc<str>>, u64)> {
        let number = entry.row_number()?;
        if self.sheets.is_empty() {
            return Some((None, number));
        }
        let (sheet, row) = crate::import::combined::split(number);
        Some((self.sheets.get(sheet), row))
    }

    /// The customer `entry` names; a customer with empty texts when its index is
    /// not in [`Book::customers`] (a book put together by hand without it).
    pub fn customer(&self, entry: &Entry) -> &Customer {
        self.customer_at(entry.customer)
    }

    /// The customer at `index` (see [`Book::customer`]).
    pub fn customer_at(&self, index: CustomerIndex) -> &Customer {
        static NOBODY: std::sync::LazyLock<Customer> =
            std::sync::LazyLock::new(|| Customer { id: Arc::from(""), name: Arc::from("") });
        usize::try_from(index.0).ok().and_then(|i| self.customers.get(i)).unwrap_or(&NOBODY)
    }

    /// The distinct currencies of the ledger, sorted by code.
    pub fn currencies(&self) -> Vec<String> {
        let mut codes: Vec<&str> = Vec::new();
        for e in &self.entries {
            // A ledger has a handful of currencies: a linear scan beats hashing.
            if !codes.contains(&&*e.currency) {
                codes.push(&e.currency);
            }
        }
        codes.sort_unstable();
        codes.into_iter().map(str::to_owned).collect()
    }

    /// Whether every settlement is dated, so that the ledger replays truly at any
    /// date (false for open-items files and undated "amount paid" columns).
    pub fn history_complete(&self) -> bool {
        self.allocations.iter().all(|a| a.date.is_some())
    }

    /// The open amount of every entry, by index, counting the allocations made by
    /// `as_of` (entries dated after `as_of` included: filter them as needed).
    pub fn open_amounts(&self, as_of: NaiveDate) -> Vec<Decimal> {
        open_amounts(self.entries.iter().map(|e| e.amount), &self.allocations, as_of)
    }

    /// Every entry dated on or before `as_of` with a non-zero open amount at that
    /// date: invoices less the allocations made to them by `as_of`; credit notes
    /// and payments less what of them was allocated by `as_of`.
    ///
    /// The open amounts of entries dated by `as_of` sum to the sum of their
    /// amounts less undated settlements, since every dated allocation moves money
    /// between two entries dated on or before it.
    pub fn open_at(&self, as_of: NaiveDate) -> Vec<OpenEntry<'_>> {
        self.entries
            .iter()
            .zip(self.open_amounts(as_of))
            .filter(|(e, o)| e.date <= as_of && !o.is_zero())
            .map(|(entry, open)| OpenEntry { entry, open })
            .collect()
    }
}

/// The one rule for what is open at a date: each entry's amount (in ledger
/// order) less the allocations made to it by `as_of`, plus those made from it
/// (see [`Allocation::apply`]).
pub(crate) fn open_amounts(
    amounts: impl Iterator<Item = Decimal>,
    allocations: &[Allocation],
    as_of: NaiveDate,
) -> Vec<Decimal> {
    let mut open: Vec<Decimal> = amounts.collect();
    for a in allocations.iter().filter(|a| a.applies_at(as_of)) {
        a.apply(&mut open);
    }
    open
}
