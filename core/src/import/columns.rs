//! Mapping header cells to ledger fields by their synonyms.

use crate::error::{Error, ErrorKind, Position};
use serde::Serialize;

/// A ledger field a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Field {
    /// Invoice or credit-note number.
    DocumentId,
    /// Customer account code.
    CustomerId,
    /// Customer name.
    CustomerName,
    /// Invoice (document) date.
    InvoiceDate,
    /// Due date.
    DueDate,
    /// Document amount.
    Amount,
    /// Balance still open on the document.
    OpenBalance,
    /// ISO currency code.
    Currency,
}

impl Field {
    /// Every field, in mapping order.
    pub const ALL: [Field; 8] = [
        Field::DocumentId,
        Field::CustomerId,
        Field::CustomerName,
        Field::InvoiceDate,
        Field::DueDate,
        Field::Amount,
        Field::OpenBalance,
        Field::Currency,
    ];

    /// The field in plain words, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Field::DocumentId => "document number",
            Field::CustomerId => "customer id",
            Field::CustomerName => "customer name",
            Field::InvoiceDate => "invoice date",
            Field::DueDate => "due date",
            Field::Amount => "amount",
            Field::OpenBalance => "open balance",
            Field::Currency => "currency",
        }
    }

    /// Header texts that name this field, normalised by [`normalize_header`].
    fn synonyms(self) -> &'static [&'static str] {
        match self {
            Field::DocumentId => &[
                "invoice",
                "invoiceid",
                "invoiceno",
                "invoicenumber",
                "num",
                "no",
                "number",
                "document",
                "documentno",
                "documentnumber",
                "docid",
                "voucherno",
                "refno",
            ],
            Field::CustomerId => &[
                "customerid",
                "customerno",
                "customernumber",
                "custnumber",
                "account",
                "accountno",
            ],
            Field::CustomerName => &[
                "customer",
                "customername",
                "namecustomer",
                "name",
                "contact",
                "party",
                "partysname",
            ],
            Field::InvoiceDate => &[
                "invoicedate",
                "date",
                "documentdate",
                "postingdate",
                "docdate",
            ],
            Field::DueDate => &["duedate", "due", "netduedate", "dueon", "dueindate"],
            Field::Amount => &[
                "amount",
                "invoiceamount",
                "invoicedamount",
                "total",
                "originalamount",
                "convertedusd",
            ],
            Field::OpenBalance => &[
                "openbalance",
                "outstanding",
                "outstandingamount",
                "balance",
                "openamount",
                "pendingamount",
            ],
            Field::Currency => &["currency", "curr", "currencycode", "ccy"],
        }
    }
}

/// Lower-cases a header and keeps only its letters and digits: `"Due Date"` → `"duedate"`.
pub fn normalize_header(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Which column holds which field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMap {
    /// `(field, 0-based column index, header text)` for every mapped field.
    pub columns: Vec<MappedColumn>,
}

/// One mapped column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MappedColumn {
    /// The ledger field.
    pub field: Field,
    /// 0-based column index.
    pub index: usize,
    /// The header text as found.
    pub header: String,
}

impl ColumnMap {
    /// Maps `headers` to fields, each header to at most one field and each field to
    /// its first matching header. Fails, naming what is missing and what was found,
    /// when there is no document number, no customer, no invoice date or no amount.
    pub fn from_headers(headers: &[String], at: &Position) -> Result<Self, Error> {
        let normalized: Vec<String> = headers.iter().map(|h| normalize_header(h)).collect();
        let mut taken = vec![false; headers.len()];
        let mut columns = Vec::new();
        for field in Field::ALL {
            let hit = normalized
                .iter()
                .enumerate()
                .find(|(i, h)| !taken[*i] && field.synonyms().contains(&h.as_str()));
            if let Some((index, _)) = hit {
                taken[index] = true;
                columns.push(MappedColumn {
                    field,
                    index,
                    header: headers[index].clone(),
                });
            }
        }
        let map = ColumnMap { columns };
        let mut missing = Vec::new();
        for field in [Field::DocumentId, Field::InvoiceDate] {
            if map.index(field).is_none() {
                missing.push(field.label().to_owned());
            }
        }
        if map.index(Field::CustomerName).is_none() && map.index(Field::CustomerId).is_none() {
            missing.push("customer (name or id)".to_owned());
        }
        if map.index(Field::Amount).is_none() && map.index(Field::OpenBalance).is_none() {
            missing.push("amount (or open balance)".to_owned());
        }
        if missing.is_empty() {
            Ok(map)
        } else {
            let found = headers
                .iter()
                .filter(|h| !h.trim().is_empty())
                .cloned()
                .collect();
            Err(Error::new(
                ErrorKind::MissingColumns { missing, found },
                Some(at.clone()),
            ))
        }
    }

    /// The column index of `field`, if mapped.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.columns
            .iter()
            .find(|c| c.field == field)
            .map(|c| c.index)
    }
}
