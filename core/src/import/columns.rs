//! Mapping header cells to ledger fields by their synonyms, with the caller's
//! overrides and a confidence per column.
//!
//! Synonyms cover the exports of QuickBooks (A/R Aging Detail), Xero (Aged
//! Receivables Detail), SAP FBL5N (English and German headers), ERPNext
//! (Accounts Receivable), Sage 50 (Aged Debtors), Tally (Bills Receivable) and
//! plain invoice lists. Headers are compared after [`normalize_header`].

use crate::error::{Error, ErrorKind, Position, column_letter};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A ledger field a column can hold, or `Ignore`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Field {
    /// Invoice, credit-note or payment number.
    DocumentId,
    /// Invoice / payment / credit note (a type column).
    DocumentType,
    /// Customer account code.
    CustomerId,
    /// Customer name.
    CustomerName,
    /// Invoice (document) date.
    InvoiceDate,
    /// Due date.
    DueDate,
    /// Document amount (the original amount).
    Amount,
    /// Balance still open on the document at the report date.
    OpenBalance,
    /// Amount paid against the invoice.
    AmountPaid,
    /// Date the invoice was paid (settled, cleared).
    PaidDate,
    /// Amount credited against the invoice by credit notes.
    CreditAmount,
    /// Debit amount (raises the receivable).
    Debit,
    /// Credit amount (lowers the receivable).
    Credit,
    /// ISO currency code.
    Currency,
    /// The invoice a payment or credit note applies to.
    AppliesTo,
    /// Status or dispute flag.
    Status,
    /// A column to leave unread (only by the caller's choice).
    Ignore,
}

impl Field {
    /// Fields in the order they are mapped; earlier fields win a contested header.
    pub const MAPPED: [Field; 16] = [
        Field::DocumentType,
        Field::DueDate,
        Field::PaidDate,
        Field::InvoiceDate,
        Field::CustomerId,
        Field::CustomerName,
        Field::OpenBalance,
        Field::AmountPaid,
        Field::CreditAmount,
        Field::Debit,
        Field::Credit,
        Field::Amount,
        Field::Currency,
        Field::AppliesTo,
        Field::Status,
        Field::DocumentId,
    ];

    /// The field in plain words, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Field::DocumentId => "document number",
            Field::DocumentType => "document type",
            Field::CustomerId => "customer id",
            Field::CustomerName => "customer name",
            Field::InvoiceDate => "invoice date",
            Field::DueDate => "due date",
            Field::Amount => "amount",
            Field::OpenBalance => "open balance",
            Field::AmountPaid => "amount paid",
            Field::PaidDate => "paid date",
            Field::CreditAmount => "credit note amount",
            Field::Debit => "debit",
            Field::Credit => "credit",
            Field::Currency => "currency",
            Field::AppliesTo => "applies to",
            Field::Status => "status",
            Field::Ignore => "ignored",
        }
    }

    /// Header texts naming this field, normalised, most specific first. The
    /// `bool` says whether the name is specific (`true`) or generic (`"date"`,
    /// `"total"`, `"no"`), which lowers the column's confidence.
    fn synonyms(self) -> &'static [(&'static str, bool)] {
        match self {
            Field::DocumentId => &[
                ("invoicenumber", true),
                ("invoiceno", true),
                ("invoiceid", true),
                ("invoice", true),
                ("documentnumber", true),
                ("documentno", true),
                ("docnumber", true),
                ("docno", true),
                ("docid", true),
                ("belegnummer", true),
                ("vouchernumber", true),
                ("voucherno", true),
                ("billno", true),
                ("transactionnumber", true),
                ("num", false),
                ("refno", false),
                ("ref", false),
                ("reference", false),
                ("no", false),
                ("number", false),
                ("document", false),
                ("invoicereference", false),
            ],
            Field::DocumentType => &[
                ("transactiontype", true),
                ("documenttype", true),
                ("doctype", true),
                ("vouchertype", true),
                ("belegart", true),
                ("entrytype", true),
                ("type", false),
            ],
            Field::CustomerId => &[
                ("customerid", true),
                ("customerno", true),
                ("customernumber", true),
                ("custnumber", true),
                ("customercode", true),
                ("accountnumber", true),
                ("accountno", true),
                ("acno", true),
                ("contactaccountnumber", true),
                ("debitor", true),
                ("debtor", true),
                ("kunde", true),
                ("konto", false),
                ("account", false),
                ("party", false),
            ],
            Field::CustomerName => &[
                ("customername", true),
                ("customerfullname", true),
                ("namecustomer", true),
                ("partysname", true),
                ("partyname", true),
                ("debtorname", true),
                ("customer", true),
                ("contact", false),
                ("client", false),
                ("name", false),
            ],
            Field::InvoiceDate => &[
                ("invoicedate", true),
                ("documentdate", true),
                ("docdate", true),
                ("belegdatum", true),
                ("billdate", true),
                ("postingdate", true),
                ("buchungsdatum", true),
                ("transactiondate", true),
                ("date", false),
            ],
            Field::DueDate => &[
                ("duedate", true),
                ("netduedate", true),
                ("nettofalligkeit", true),
                ("nettofalligkeitsdatum", true),
                ("nettovervaldatum", true),
                ("dueon", true),
                ("dueindate", true),
                ("paymentduedate", true),
                ("due", false),
            ],
            Field::Amount => &[
                ("amountindoccurr", true),
                ("amountindocumentcurrency", true),
                ("betraginbelegwahrung", true),
                ("amountinlocalcurrency", true),
                ("betraginhauswahrung", true),
                ("bedraginlokalevaluta", true),
                ("invoiceamount", true),
                ("invoicedamount", true),
                ("originalamount", true),
                ("openingamount", true),
                ("grossamount", true),
                ("convertedusd", true),
                ("amount", true),
                ("betrag", false),
                ("value", false),
                ("total", false),
            ],
            Field::OpenBalance => &[
                ("openbalance", true),
                ("outstandingamount", true),
                ("outstanding", true),
                ("openamount", true),
                ("pendingamount", true),
                ("amountdue", true),
                ("balancedue", true),
                ("residual", true),
                ("balance", false),
            ],
            Field::AmountPaid => {
                &[("amountpaid", true), ("paidamount", true), ("paymentamount", true), ("paid", false)]
            }
            Field::PaidDate => &[
                ("paiddate", true),
                ("datepaid", true),
                ("paymentdate", true),
                ("settleddate", true),
                ("settlementdate", true),
                ("cleardate", true),
                ("clearingdate", true),
                ("ausgleichsdatum", true),
            ],
            Field::CreditAmount => &[("creditnote", true), ("creditnoteamount", true), ("credited", false)],
            Field::Debit => &[("debit", true), ("debitamount", true), ("dr", false), ("soll", false)],
            Field::Credit => &[("credit", true), ("creditamount", true), ("cr", false), ("haben", false)],
            Field::Currency => &[
                ("currency", true),
                ("currencycode", true),
                ("documentcurrency", true),
                ("belegwahrung", true),
                ("localcurrency", true),
                ("hauswahrung", true),
                ("curr", true),
                ("ccy", true),
                ("crcy", true),
            ],
            Field::AppliesTo => &[
                ("appliesto", true),
                ("appliedto", true),
                ("againstvoucher", true),
                ("invoiceref", true),
                ("forinvoice", true),
                ("relatedinvoice", true),
            ],
            Field::Status => {
                &[("status", true), ("disputed", true), ("dispute", true), ("disputestatus", true)]
            }
            Field::Ignore => &[],
        }
    }
}

/// Lower-cases a header and keeps only its letters and digits, folding German
/// umlauts: `"Due Date"` → `"duedate"`, `"Nettofälligkeit"` → `"nettofalligkeit"`.
pub fn normalize_header(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ä' | 'Ä' => 'a',
            'ö' | 'Ö' => 'o',
            'ü' | 'Ü' => 'u',
            'é' | 'è' | 'É' => 'e',
            other => other,
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a header names an aging bucket (`Current`, `< 1 Month`, `31 - 60`,
/// `Period 1`, `91 and over`, `Older`), as in aged reports.
pub fn is_bucket_header(text: &str) -> bool {
    let h = normalize_header(text);
    let digits = h.trim_start_matches(|c: char| c.is_ascii_digit());
    matches!(h.as_str(), "current" | "future" | "older" | "notdue" | "notyetdue")
        || h.starts_with("period") && h.len() <= 8
        || (h.ends_with("month") || h.ends_with("months")) && h.len() <= 8
        || !h.is_empty() && digits.is_empty()
        || digits != h
            && ["andover", "above", "plus", "ormore", "over", "dayspastdue", "days", "ormoredayspastdue"]
                .contains(&digits)
}

/// How sure the mapping is of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Confidence {
    /// A generic header, or fewer than 80% of the values read as the field.
    Low,
    /// A generic header with values that read well, or a specific one with 80–98%.
    Medium,
    /// A specific header and at least 98% of the values read as the field, or the caller's choice.
    High,
}

/// One mapped column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct MappedColumn {
    /// The ledger field.
    pub field: Field,
    /// 0-based column index.
    pub index: usize,
    /// Column letter (`C`).
    pub column: String,
    /// The header text as found.
    pub header: String,
    /// How sure the mapping is.
    pub confidence: Confidence,
    /// Why, in plain words.
    pub reason: String,
    #[serde(skip)]
    specific: bool,
    #[serde(skip)]
    chosen: bool,
}

/// Which column holds which field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ColumnMap {
    /// Every mapped (or deliberately ignored) column, in column order.
    pub columns: Vec<MappedColumn>,
    /// Headers left unmapped, for the caller's mapping screen.
    pub unmapped: Vec<String>,
}

/// The caller's choices: header text (or column letter) → field, or `Ignore`.
pub type Overrides = BTreeMap<String, Field>;

impl ColumnMap {
    /// Maps `headers` to fields: the caller's `overrides` first (matched by header
    /// text, normalised, or by column letter), then each field to the untaken
    /// header matching its most specific synonym.
    pub fn from_headers(headers: &[String], overrides: &Overrides) -> Self {
        let normalized: Vec<String> = headers.iter().map(|h| normalize_header(h)).collect();
        let mut taken: Vec<Option<(Field, bool, bool)>> = vec![None; headers.len()];
        for (key, field) in overrides {
            let key_norm = normalize_header(key);
            let hit = (0..headers.len()).find(|&i| normalized[i] == key_norm || column_letter(i) == *key);
            if let Some(i) = hit {
                taken[i] = Some((*field, true, true));
            }
        }
        for field in Field::MAPPED {
            if taken.iter().flatten().any(|(f, _, _)| *f == field) {
                continue;
            }
            let hit = field.synonyms().iter().find_map(|(name, specific)| {
                (0..headers.len())
                    .find(|&i| taken[i].is_none() && normalized[i] == *name)
                    .map(|i| (i, *specific))
            });
            if let Some((i, specific)) = hit {
                taken[i] = Some((field, specific, false));
            }
        }
        let mut map = ColumnMap::default();
        for (index, slot) in taken.into_iter().enumerate() {
            match slot {
                Some((field, specific, chosen)) => map.columns.push(MappedColumn {
                    field,
                    index,
                    column: column_letter(index),
                    header: headers[index].clone(),
                    confidence: Confidence::High,
                    reason: String::new(),
                    specific,
                    chosen,
                }),
                None if !headers[index].trim().is_empty() => map.unmapped.push(headers[index].clone()),
                None => {}
            }
        }
        map
    }

    /// How many fields a header row maps, for finding the header row.
    pub fn score(&self) -> usize {
        self.columns.iter().filter(|c| c.field != Field::Ignore).count()
    }

    /// The column index of `field`, if mapped.
    pub fn index(&self, field: Field) -> Option<usize> {
        self.columns.iter().find(|c| c.field == field).map(|c| c.index)
    }

    /// Fails, naming what is missing and the headers found, when there is no
    /// invoice date, no amount of any kind, or no customer column (unless
    /// `sections_name_customers`: section rows above the data name them).
    pub fn require_ledger(
        &self,
        headers: &[String],
        at: &Position,
        sections_name_customers: bool,
    ) -> Result<(), Error> {
        let has = |f: Field| self.index(f).is_some();
        let mut missing = Vec::new();
        if !has(Field::InvoiceDate) {
            missing.push("invoice date".to_owned());
        }
        if !has(Field::CustomerName) && !has(Field::CustomerId) && !sections_name_customers {
            missing.push("customer (name or id)".to_owned());
        }
        if ![Field::Amount, Field::OpenBalance, Field::Debit, Field::Credit].into_iter().any(has) {
            missing.push("amount (or open balance, or debit/credit)".to_owned());
        }
        if missing.is_empty() {
            return Ok(());
        }
        let found = headers.iter().filter(|h| !h.trim().is_empty()).cloned().collect();
        Err(Error::new(ErrorKind::MissingColumns { missing, found }, Some(at.clone())))
    }

    /// Sets each column's confidence from its header and the share `read` of its
    /// `filled` values that read as its field.
    pub fn rate(&mut self, counts: &BTreeMap<usize, (usize, usize)>) {
        for c in &mut self.columns {
            let (read, filled) = counts.get(&c.index).copied().unwrap_or((0, 0));
            let share = if filled == 0 { 1.0 } else { read as f64 / filled as f64 };
            let values = format!("{read} of {filled} values read as {}", c.field.label());
            (c.confidence, c.reason) = if c.chosen {
                (Confidence::High, "chosen by you".to_owned())
            } else if share < 0.8 {
                (Confidence::Low, format!("header {:?} matches, but only {values}", c.header))
            } else if !c.specific {
                (
                    Confidence::Medium,
                    format!("header {:?} is a generic name for {}; {values}", c.header, c.field.label()),
                )
            } else if share < 0.98 {
                (
                    Confidence::Medium,
                    format!("header {:?} is a known name for {}; {values}", c.header, c.field.label()),
                )
            } else {
                (
                    Confidence::High,
                    format!("header {:?} is a known name for {}; {values}", c.header, c.field.label()),
                )
            };
        }
    }
}
