//! Entries and allocations made from each data row's values as soon as they are
//! read, for each of the three shapes (see [`LedgerShape`]): a row's values are
//! never kept beside its entries.

use super::cells::RowValues;
use super::columns::Field;
use super::{ImportOptions, SkipKind, SkippedRow, Warning};
use crate::error::Position;
use crate::ledger::allocation::allocate;
use crate::ledger::{Allocation, Book, Customer, Entry, EntryKind, LedgerShape};
use crate::money::negate;
use compact_str::CompactString;
use rust_decimal::Decimal;

/// The ledger being made, row by row.
pub(super) struct Maker<'a> {
    shape: LedgerShape,
    ledger: Book,
    /// Transactions: the invoice each entry names, by entry (only those that
    /// name one), for the allocation once every entry is made.
    applies_to: Vec<(usize, CompactString)>,
    file: &'a Position,
    /// Doubts about the rows' values met while making their entries, in row order.
    pub(super) warnings: Vec<Warning>,
    /// Rows left out by rule (credits with nothing open), in row order.
    pub(super) excluded: Vec<SkippedRow>,
}

impl<'a> Maker<'a> {
    /// A maker of `shape`'s entries into `entries` (its room taken by the caller).
    pub(super) fn new(shape: LedgerShape, entries: Vec<Entry>, file: &'a Position) -> Self {
        Maker {
            shape,
            ledger: Book { entries, ..Book::default() },
            applies_to: Vec::new(),
            file,
            warnings: Vec::new(),
            excluded: Vec::new(),
        }
    }

    /// The entries made so far.
    pub(super) fn entries(&self) -> &[Entry] {
        &self.ledger.entries
    }

    /// Makes `v`'s entries — the first of them holds its document number — or
    /// gives `v` back when its row is left out by rule (listed in `excluded`).
    pub(super) fn push(&mut self, v: RowValues) -> Option<RowValues> {
        match self.shape {
            LedgerShape::Transactions => {
                self.transaction(v);
                None
            }
            LedgerShape::InvoiceList => {
                self.listed_invoice(v);
                None
            }
            _ => self.open_item(v),
        }
    }

    /// The ledger of `customers` (the entries name them by place): for
    /// transactions, payments and credit notes applied to the invoices they name
    /// (or by [`PaymentMatching`](super::PaymentMatching)), with the warnings that raises.
    pub(super) fn finish(
        self,
        options: &ImportOptions,
        customers: Vec<Customer>,
    ) -> (Book, Vec<Warning>, Vec<SkippedRow>) {
        let Maker { shape, mut ledger, applies_to, file, mut warnings, excluded } = self;
        ledger.customers = customers;
        if shape == LedgerShape::Transactions {
            // Each entry's place in `applies_to` (`u32::MAX`: it names none): 4
            // bytes an entry where a list of optional numbers took 12 in WebAssembly.
            let mut named = vec![u32::MAX; ledger.entries.len()];
            for (at, (i, _)) in applies_to.iter().enumerate() {
                if let (Some(slot), Ok(at)) = (named.get_mut(*i), u32::try_from(at)) {
                    *slot = at;
                }
            }
            let reference = |i: usize| {
                let at = *named.get(i)?;
                applies_to.get(usize::try_from(at).ok()?).map(|(_, id)| id.as_str())
            };
            for (i, message) in allocate(&mut ledger, &reference, options.unreferenced_payments) {
                let position = ledger
                    .entries
                    .get(i)
                    .and_then(|e| e.row)
                    .map_or_else(|| file.clone(), |r| file.at_row(r.get()));
                warnings.push(Warning { position, message });
            }
        }
        (ledger, warnings, excluded)
    }

    /// Open items: the amount is the document's, the open balance what remains;
    /// the difference was settled before the report, on dates the file does not
    /// give. Credit-side rows (credit notes, payments) contribute their open
    /// (unapplied) part.
    fn open_item(&mut self, v: RowValues) -> Option<RowValues> {
        let open = v.value(Field::OpenBalance).or(v.value(Field::Amount)).unwrap_or_default();
        let amount = v.value(Field::Amount).unwrap_or(open);
        let kind = match v.kind {
            Some(k) => k,
            None if open < Decimal::ZERO || amount < Decimal::ZERO => EntryKind::CreditNote,
            None => EntryKind::Invoice,
        };
        if kind != EntryKind::Invoice || amount < Decimal::ZERO {
            if open.is_zero() {
                self.excluded.push(SkippedRow {
                    position: self.file.at_row(v.row),
                    reason: "credit fully applied (open balance 0)".to_owned(),
                    kind: SkipKind::Excluded,
                });
                return Some(v);
            }
            let kind = if kind == EntryKind::Invoice { EntryKind::CreditNote } else { kind };
            self.ledger.entries.push(into_entry(v, kind, negate(open.abs())));
            return None;
        }
        let amount = if open > amount {
            self.warnings.push(Warning {
                position: self.file.at_row(v.row),
                message: format!("open balance {open} exceeds the amount {amount}"),
            });
            open
        } else {
            amount
        };
        let to = self.ledger.add(into_entry(v, EntryKind::Invoice, amount));
        if amount != open {
            // Money: both within limits::MAX_AMOUNT, so is their difference (doubled).
            #[allow(clippy::arithmetic_side_effects)]
            let settled = amount - open;
            self.ledger.allocations.push(Allocation { from: None, to, amount: settled, date: None });
        }
        None
    }

    /// Invoice lists: a paid date makes a payment entry on that date (for the
    /// amount paid, or the whole amount); an amount paid without a date settles
    /// undated; a credit-note amount makes a credit note applied to the invoice.
    fn listed_invoice(&mut self, mut v: RowValues) {
        let ledger = &mut self.ledger;
        let amount = v
            .value(Field::Amount)
            .or(v.value(Field::Debit))
            .or(v.value(Field::OpenBalance))
            .unwrap_or_default();
        if amount < Decimal::ZERO {
            ledger.entries.push(entry(&mut v, EntryKind::CreditNote, amount));
            return;
        }
        let to = ledger.add(entry(&mut v, EntryKind::Invoice, amount));
        let mut remaining = amount;
        if let Some(credit) = v.value(Field::CreditAmount).filter(|c| !c.is_zero()) {
            let applied = credit.abs().min(remaining);
            let from = ledger.add(Entry {
                id: CompactString::default(),
                ..entry(&mut v, EntryKind::CreditNote, negate(credit.abs()))
            });
            ledger.allocations.push(Allocation { from: Some(from), to, amount: applied, date: None });
            // Money: `applied` is at most `remaining`, so the result is 0 or more.
            #[allow(clippy::arithmetic_side_effects)]
            let left = remaining - applied;
            remaining = left;
        }
        match (v.paid_date, v.value(Field::AmountPaid)) {
            (Some(paid_date), paid) => {
                let paid = paid.unwrap_or(remaining).abs();
                if paid_date < v.date {
                    self.warnings.push(Warning {
                        position: self.file.at_row(v.row),
                        message: format!("paid date {paid_date} is before the invoice date {}", v.date),
                    });
                }
                let date = paid_date.max(v.date);
                let from = ledger.add(Entry {
                    id: CompactString::default(),
                    date,
                    due_date: date,
                    due_date_known: false,
                    ..entry(&mut v, EntryKind::Payment, negate(paid))
                });
                ledger.allocations.push(Allocation {
                    from: Some(from),
                    to,
                    amount: paid.min(remaining),
                    date: Some(date),
                });
            }
            (None, Some(paid)) if !paid.is_zero() => {
                ledger.allocations.push(Allocation {
                    from: None,
                    to,
                    amount: paid.abs().min(remaining),
                    date: None,
                });
            }
            _ => {}
        }
    }

    /// Transaction ledgers: each row is an invoice, a credit note or a payment
    /// (by its type, by debit/credit columns, or by its sign). Payments and
    /// credit notes naming an invoice are applied to it at the end ([`Maker::finish`]).
    fn transaction(&mut self, mut v: RowValues) {
        let (kind, magnitude) = match (
            v.value(Field::Debit).filter(|d| !d.is_zero()),
            v.value(Field::Credit).filter(|c| !c.is_zero()),
            v.value(Field::Amount),
        ) {
            (Some(d), _, _) => (EntryKind::Invoice, d),
            (None, Some(c), _) => {
                (v.kind.filter(|k| *k != EntryKind::Invoice).unwrap_or(EntryKind::Payment), negate(c.abs()))
            }
            (None, None, Some(a)) => match v.kind {
                Some(EntryKind::Invoice) if a < Decimal::ZERO => {
                    self.warnings.push(Warning {
                        position: self.file.at_row(v.row),
                        message: "invoice with a negative amount: read as a credit note".to_owned(),
                    });
                    (EntryKind::CreditNote, a)
                }
                Some(EntryKind::Invoice) => (EntryKind::Invoice, a),
                Some(k) => (k, negate(a.abs())),
                None if a < Decimal::ZERO => (EntryKind::Payment, a),
                None => (EntryKind::Invoice, a),
            },
            _ => (EntryKind::Invoice, Decimal::ZERO),
        };
        // A credit balance carried forward is a credit left open, not a payment of the period.
        let kind = if v.opening && kind == EntryKind::Payment { EntryKind::CreditNote } else { kind };
        if let Some(id) = v.applies_to.take() {
            self.applies_to.push((self.ledger.entries.len(), id));
        }
        self.ledger.entries.push(into_entry(v, kind, magnitude));
    }
}

/// The entry of `v`, taking its document number (a second entry of the same
/// row, a payment or credit made from it, has none).
fn entry(v: &mut RowValues, kind: EntryKind, amount: Decimal) -> Entry {
    Entry {
        kind,
        id: std::mem::take(&mut v.id),
        customer: v.customer,
        date: v.date,
        due_date: v.due.unwrap_or(v.date),
        due_date_known: v.due.is_some(),
        amount,
        currency: v.currency.clone(),
        disputed: v.disputed,
        // Once: a payment or credit made from the row is no opening balance.
        opening: std::mem::take(&mut v.opening),
        row: std::num::NonZeroU64::new(v.row),
    }
}

/// The one entry of `v`, moving its texts (no reference counts touched).
fn into_entry(v: RowValues, kind: EntryKind, amount: Decimal) -> Entry {
    Entry {
        kind,
        id: v.id,
        customer: v.customer,
        date: v.date,
        due_date: v.due.unwrap_or(v.date),
        due_date_known: v.due.is_some(),
        amount,
        currency: v.currency,
        disputed: v.disputed,
        opening: v.opening,
        row: std::num::NonZeroU64::new(v.row),
    }
}
