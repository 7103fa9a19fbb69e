//! Slovenian names of ledger fields in export headers (Minimax, Pantheon, Vasco).

use super::Term;
use crate::import::columns::Field::*;

/// Slovenian terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "številka računa", true),
    (DocumentId, "številka dokumenta", true),
    (CustomerId, "šifra kupca", true),
    (CustomerName, "naziv kupca", true),
    (CustomerName, "kupec", true),
    (InvoiceDate, "datum računa", true),
    (InvoiceDate, "datum izdaje", true),
    (DueDate, "datum zapadlosti", true),
    (DueDate, "zapadlost", true),
    (Amount, "znesek računa", true),
    (Amount, "znesek", false),
    (OpenBalance, "odprti znesek", true),
    (OpenBalance, "odprto", true),
    (OpenBalance, "neplačano", true),
    (AmountPaid, "plačano", true),
    (PaidDate, "datum plačila", true),
    (Currency, "valuta", true),
];
