//! The normalised ledger: what every importer produces and every figure reads.
//!
//! This first cut holds *open items*: documents (invoices and credit notes) with
//! the balance still open on them as the source reported it. The import issue
//! extends it to dated payment and credit events so that history can be replayed
//! at any as-of date.

use crate::error::Position;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

/// A customer (debtor) as the source names it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    /// The customer's account code, as text (leading zeros kept). Falls back to the name.
    pub id: String,
    /// The customer's display name. Falls back to the id.
    pub name: String,
}

/// What kind of document a ledger line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Default)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum DocumentKind {
    /// A sales invoice: the customer owes its amount.
    #[default]
    Invoice,
    /// A credit note: reduces what the customer owes (negative amount).
    CreditNote,
}

/// One document of the ledger.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Invoice or credit note.
    pub kind: DocumentKind,
    /// The document number, as text (leading zeros kept).
    pub id: String,
    /// Who owes it.
    pub customer: Customer,
    /// The document (invoice) date.
    pub date: NaiveDate,
    /// The date payment is due; the document date when the source has none.
    pub due_date: NaiveDate,
    /// The document's full amount; negative for credit notes.
    pub amount: Decimal,
    /// What remains open on it, as the source reported; equals `amount` when the
    /// source has no open-balance column.
    pub open: Decimal,
    /// ISO 4217 currency code, upper case.
    pub currency: String,
    /// Where the document was read.
    pub source: Position,
}

/// Every document read from one file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ledger {
    /// The documents in file order.
    pub documents: Vec<Document>,
}

impl Ledger {
    /// The distinct currencies of the ledger, sorted by code.
    pub fn currencies(&self) -> Vec<String> {
        let mut codes: Vec<String> = self.documents.iter().map(|d| d.currency.clone()).collect();
        codes.sort();
        codes.dedup();
        codes
    }
}
