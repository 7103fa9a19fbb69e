//! What is checked of the data rows' values as they are read, before their
//! entries are made: doubtful values (warnings), the import limits, whether
//! the rows share one currency; and, once every row is read, document numbers
//! on several rows.

use super::cells::{OLDEST_PLAUSIBLE_YEAR, RowValues};
use super::columns::Field;
use super::layout::Header;
use super::{ImportOptions, Warning};
use crate::error::{Error, Position};
use crate::ledger::{CustomerIndex, Entry, EntryKind};
use chrono::NaiveDate;
use compact_str::CompactString;
use rust_decimal::Decimal;
use std::sync::Arc;

/// Marks an index into [`Checks::kept`] rather than into the entries.
const KEPT: usize = 1 << (usize::BITS - 1);

/// The checks of the rows read so far.
pub(super) struct Checks<'a> {
    file: &'a Position,
    header: &'a Header,
    report_date: Option<NaiveDate>,
    /// Doubts about single rows, in row order.
    pub(super) warnings: Vec<Warning>,
    /// Where each row's invoice number is, for the duplicate check, in row
    /// order: the entry holding it, or (with [`KEPT`]) its place in `kept`.
    numbers: Vec<usize>,
    /// The numbers of rows left out by rule: the customer's id key, number, row.
    kept: Vec<(usize, CompactString, u64)>,
    /// Rows read (documents), and the row of the first over the limit.
    documents: u64,
    documents_over: Option<u64>,
    /// The customers met (their ids' addresses: the import shares one `Arc`
    /// per id text), and the row of the first over the limit.
    customers: rustc_hash::FxHashSet<usize>,
    customers_over: Option<u64>,
    /// The first row's currency, and whether another row had another.
    currency: Option<Arc<str>>,
    mixed_currencies: bool,
}

impl<'a> Checks<'a> {
    /// Checks for rows under `header` of a report dated `report_date`.
    pub(super) fn new(file: &'a Position, header: &'a Header, report_date: Option<NaiveDate>) -> Self {
        Checks {
            file,
            header,
            report_date,
            warnings: Vec::new(),
            numbers: Vec::new(),
            kept: Vec::new(),
            documents: 0,
            documents_over: None,
            customers: rustc_hash::FxHashSet::default(),
            customers_over: None,
            currency: None,
            mixed_currencies: false,
        }
    }

    /// Checks a row's values: due before the invoice date, dates after the
    /// report date or implausibly old, invoices of zero or less; counts it
    /// towards the limits ([`Checks::within`]).
    /// `id_key` tells the row's customer's account apart ([`Interner::id_key`](super::cells::Interner::id_key)).
    pub(super) fn row(&mut self, v: &RowValues, id_key: usize, options: &ImportOptions) {
        if let Some(due) = v.due.filter(|d| *d < v.date) {
            self.warn(v.row, Field::DueDate, format!("due date {due} is before the invoice date {}", v.date));
        }
        if let Some(report) = self.report_date.filter(|r| v.date > *r) {
            self.warn(
                v.row,
                Field::InvoiceDate,
                format!("date {} is after the report date {report}", v.date),
            );
        }
        if chrono::Datelike::year(&v.date) < OLDEST_PLAUSIBLE_YEAR {
            self.warn(v.row, Field::InvoiceDate, format!("date {} is implausibly old", v.date));
        }
        if v.kind == Some(EntryKind::Invoice)
            && v.value(Field::Amount).or(v.value(Field::Debit)).is_some_and(|a| a <= Decimal::ZERO)
        {
            self.warn(v.row, Field::Amount, "invoice with a zero or negative amount".to_owned());
        }
        self.documents = self.documents.saturating_add(1);
        if self.documents > options.limits.documents && self.documents_over.is_none() {
            self.documents_over = Some(v.row);
        }
        if self.customers.insert(id_key)
            && self.customers.len() as u64 > options.limits.customers
            && self.customers_over.is_none()
        {
            self.customers_over = Some(v.row);
        }
        match &self.currency {
            None => self.currency = Some(v.currency.clone()),
            Some(c) => self.mixed_currencies |= *c != v.currency,
        }
    }

    /// A warning about row `row`'s `field`.
    fn warn(&mut self, row: u64, field: Field, message: String) {
        let position = self.at(row, field);
        self.warnings.push(Warning { position, message });
    }

    /// Row `row`, at `field`'s column when it is mapped.
    fn at(&self, row: u64, field: Field) -> Position {
        self.header.at_field(self.file.at_row(row), field)
    }

    /// Whether a row's document number is one the duplicate check counts: an
    /// invoice's (or an untyped row's) that is not empty.
    pub(super) fn numbered(v: &RowValues) -> bool {
        !v.id.is_empty() && v.kind.is_none_or(|k| k == EntryKind::Invoice)
    }

    /// Notes where a [`Checks::numbered`] row's number went: the entry at `entry`.
    pub(super) fn number_in(&mut self, entry: usize) {
        self.numbers.push(entry);
    }

    /// Notes the number of a [`Checks::numbered`] row left out by rule, with its
    /// customer's `id_key`.
    pub(super) fn number_of_left_out(&mut self, v: &RowValues, id_key: usize) {
        self.numbers.push(self.kept.len() | KEPT);
        self.kept.push((id_key, v.id.clone(), v.row));
    }

    /// Whether every row read was in one currency (the file's totals can then be checked).
    pub(super) fn one_currency(&self) -> bool {
        !self.mixed_currencies
    }

    /// How many rows were read into values.
    pub(super) fn documents(&self) -> u64 {
        self.documents
    }

    /// Refuses more documents or customers than the import limits allow, at the
    /// row of the first one over.
    pub(super) fn within(&self, options: &ImportOptions) -> Result<(), Error> {
        let limits = &options.limits;
        let over = |what: &str, limit: u64, found: u64, row: Option<u64>| {
            let kind = crate::limits::too_large(what, limit, found, what);
            Err(Error::new(kind, Some(row.map_or_else(|| self.file.clone(), |r| self.file.at_row(r)))))
        };
        if self.documents > limits.documents {
            return over("documents", limits.documents, self.documents, self.documents_over);
        }
        let customers = self.customers.len() as u64;
        if customers > limits.customers {
            return over("customers", limits.customers, customers, self.customers_over);
        }
        Ok(())
    }

    /// Warns about each document number on more than one row (per customer),
    /// once, at its first row, with its rows; the numbers are read from
    /// `entries` (and from the rows left out).
    pub(super) fn duplicates(
        &self,
        entries: &[Entry],
        id_key: impl Fn(CustomerIndex) -> usize,
        sheets: &super::combined::Sheets,
    ) -> Vec<Warning> {
        // One table of (customer, number) → the index in `numbers` of its first
        // row and of its list of rows, for the numbers seen again (indices, not
        // keys: a tenth of a map of keys' memory at a million rows). The
        // customer is its id's address: the import shares one `Arc` per id text.
        let key_at = |i: usize| -> Option<(usize, &str, u64)> {
            let at = *self.numbers.get(i)?;
            if at & KEPT != 0 {
                let (customer, id, row) = self.kept.get(at & !KEPT)?;
                Some((*customer, id.as_str(), *row))
            } else {
                let e = entries.get(at)?;
                Some((id_key(e.customer), e.id.as_str(), e.row_number().unwrap_or(0)))
            }
        };
        let hash = |k: (usize, &str)| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, k);
        let key = |i: usize| key_at(i).map(|(c, id, _)| (c, id));
        const NONE: usize = usize::MAX;
        let mut first: hashbrown::HashTable<(usize, usize)> =
            hashbrown::HashTable::with_capacity(self.numbers.len());
        let mut repeated: Vec<(&str, Vec<u64>)> = Vec::new();
        for index in 0..self.numbers.len() {
            let Some((customer, id, row)) = key_at(index) else { continue };
            let k = (customer, id);
            match first.entry(hash(k), |&(i, _)| key(i) == Some(k), |&(i, _)| key(i).map_or(0, hash)) {
                hashbrown::hash_table::Entry::Vacant(e) => {
                    e.insert((index, NONE));
                }
                hashbrown::hash_table::Entry::Occupied(mut e) => {
                    let (at, list) = e.get_mut();
                    match repeated.get_mut(*list) {
                        Some((_, rows)) => rows.push(row),
                        None => {
                            *list = repeated.len();
                            let first_row = key_at(*at).map_or(row, |(_, _, r)| r);
                            repeated.push((id, vec![first_row, row]));
                        }
                    }
                }
            }
        }
        drop(first);
        repeated.sort_by_key(|(_, at)| at.first().copied());
        // Each number once in each of several sheets read as one: numbering
        // that starts again in each sheet (a month each), said once.
        let across = |at: &[u64]| {
            let mut places: Vec<usize> = at.iter().map(|&r| super::combined::split(r).0).collect();
            places.sort_unstable();
            places.windows(2).all(|w| w.first() != w.last())
        };
        if repeated.len() > 1 && repeated.iter().all(|(_, at)| across(at)) {
            let first = repeated.first().and_then(|(_, at)| at.first().copied()).unwrap_or(0);
            let shown: Vec<String> = repeated
                .iter()
                .take(3)
                .map(|(id, at)| {
                    let rows: Vec<String> = at.iter().map(|&r| sheets.row_text(r)).collect();
                    format!("{} on {}", crate::error::quoted(id), rows.join(", "))
                })
                .collect();
            let more = if repeated.len() > 3 { "; …" } else { "" };
            return vec![Warning {
                position: self.at(first, Field::DocumentId),
                message: format!(
                    "{} document numbers are each on rows of several sheets, as when numbering starts again in each ({}{more}): each row is read as its own document",
                    repeated.len(),
                    shown.join("; ")
                ),
            }];
        }
        repeated
            .into_iter()
            .filter_map(|(id, at)| {
                let first = *at.first()?;
                let rows: Vec<String> = at.iter().map(|&r| sheets.row_text(r)).collect();
                Some(Warning {
                    position: self.at(first, Field::DocumentId),
                    message: format!(
                        "document number {id:?} is on {} rows ({}): each is read as its own document; if they are installments, map the installment column",
                        at.len(),
                        rows.join(", ")
                    ),
                })
            })
            .collect()
    }
}
