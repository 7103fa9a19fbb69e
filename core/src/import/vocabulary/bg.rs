//! Bulgarian names of ledger fields in export headers (Microinvest, Ajur, Plus
//! Minus).

use super::Term;
use crate::import::columns::Field::*;

/// Bulgarian terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "номер на фактура", true),
    (DocumentId, "номер на документ", true),
    (DocumentId, "фактура номер", true),
    (DocumentId, "фактура", false),
    (DocumentType, "вид документ", true),
    (CustomerId, "код на клиент", true),
    (CustomerId, "код на контрагент", true),
    (CustomerName, "име на клиент", true),
    (CustomerName, "контрагент", true),
    (InvoiceDate, "дата на фактура", true),
    (InvoiceDate, "дата на издаване", true),
    (InvoiceDate, "дата на документ", true),
    (DueDate, "падеж", true),
    (DueDate, "дата на падеж", true),
    (DueDate, "срок за плащане", true),
    (Amount, "сума на фактура", true),
    (Amount, "обща сума", true),
    (OpenBalance, "остатък", true),
    (OpenBalance, "неплатена сума", true),
    (OpenBalance, "дължима сума", true),
    (AmountPaid, "платена сума", true),
    (AmountPaid, "платено", true),
    (PaidDate, "дата на плащане", true),
    (Currency, "валута", true),
    (Status, "статус", true),
];
