//! Romanian names of ledger fields in export headers (SmartBill, Saga,
//! WinMENTOR).

use super::Term;
use crate::import::columns::Field::*;

/// Romanian terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "număr factură", true),
    (DocumentId, "nr factură", true),
    (DocumentId, "număr document", true),
    (DocumentId, "nr document", true),
    (CustomerId, "cod client", true),
    (CustomerName, "denumire client", true),
    (CustomerName, "nume client", true),
    (CustomerName, "partener", true),
    (InvoiceDate, "data facturii", true),
    (InvoiceDate, "data factură", true),
    (InvoiceDate, "data emiterii", true),
    (InvoiceDate, "data document", true),
    (DueDate, "data scadenței", true),
    (DueDate, "data scadentă", true),
    (DueDate, "scadența", true),
    (DueDate, "scadență", true),
    (DueDate, "termen de plată", true),
    (Amount, "valoare factură", true),
    (Amount, "total factură", true),
    (Amount, "valoare", false),
    (OpenBalance, "rest de plată", true),
    (OpenBalance, "rest de încasat", true),
    (OpenBalance, "neîncasat", true),
    (OpenBalance, "sold", false),
    (AmountPaid, "suma încasată", true),
    (AmountPaid, "încasat", true),
    (AmountPaid, "achitat", true),
    (PaidDate, "data încasării", true),
    (PaidDate, "data plății", true),
    (Currency, "monedă", true),
    (Currency, "valută", true),
    (Status, "stare", true),
];
