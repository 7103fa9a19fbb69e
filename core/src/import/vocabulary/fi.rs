//! Finnish names of ledger fields in export headers (Netvisor, Procountor).

use super::Term;
use crate::import::columns::Field::*;

/// Finnish terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "laskun numero", true),
    (DocumentId, "laskunumero", true),
    (DocumentId, "laskun nro", true),
    (DocumentId, "lasku", true),
    (CustomerId, "asiakasnumero", true),
    (CustomerId, "asiakasnro", true),
    (CustomerId, "asiakastunnus", true),
    (CustomerName, "asiakkaan nimi", true),
    (CustomerName, "asiakas", true),
    (CustomerName, "nimi", false),
    (InvoiceDate, "laskun päivämäärä", true),
    (InvoiceDate, "laskupäivä", true),
    (InvoiceDate, "päivämäärä", false),
    (DueDate, "eräpäivä", true),
    (DueDate, "erääntymispäivä", true),
    (Amount, "laskun summa", true),
    (Amount, "loppusumma", true),
    (Amount, "summa", true),
    (Amount, "määrä", false),
    (OpenBalance, "avoin saldo", true),
    (OpenBalance, "avoin summa", true),
    (OpenBalance, "avoinna", true),
    (OpenBalance, "jäljellä", true),
    (OpenBalance, "saldo", false),
    (AmountPaid, "maksettu summa", true),
    (AmountPaid, "maksettu", true),
    (PaidDate, "maksupäivä", true),
    (Currency, "valuutta", true),
    (Status, "tila", true),
    (Terms, "maksuehto", true),
    (Terms, "maksuehdot", true),
    (Email, "sähköposti", true),
];
