//! Lithuanian, Latvian and Estonian names of ledger fields in export headers
//! (Rivilė, B1, Centrs, Horizon, Merit Aktiva, Directo).

use super::Term;
use crate::import::columns::Field::*;

/// Lithuanian terms, most specific first within each field.
pub(crate) const LITHUANIAN: &[Term] = &[
    (DocumentId, "sąskaitos numeris", true),
    (DocumentId, "sąskaitos nr", true),
    (DocumentId, "dokumento numeris", true),
    (DocumentId, "dokumento nr", true),
    (CustomerId, "kliento kodas", true),
    (CustomerId, "pirkėjo kodas", true),
    (CustomerName, "kliento pavadinimas", true),
    (CustomerName, "klientas", true),
    (CustomerName, "pirkėjas", true),
    (InvoiceDate, "sąskaitos data", true),
    (InvoiceDate, "dokumento data", true),
    (InvoiceDate, "išrašymo data", true),
    (DueDate, "mokėjimo terminas", true),
    (DueDate, "apmokėti iki", true),
    (DueDate, "mokėjimo data", false),
    (Amount, "sąskaitos suma", true),
    (Amount, "suma su pvm", true),
    (OpenBalance, "likutis", true),
    (OpenBalance, "neapmokėta suma", true),
    (OpenBalance, "skola", true),
    (AmountPaid, "apmokėta", true),
    (AmountPaid, "apmokėta suma", true),
    (Currency, "valiuta", true),
    (Status, "būsena", true),
];

/// Latvian terms, most specific first within each field.
pub(crate) const LATVIAN: &[Term] = &[
    (DocumentId, "rēķina numurs", true),
    (DocumentId, "rēķina nr", true),
    (DocumentId, "dokumenta numurs", true),
    (CustomerId, "klienta kods", true),
    (CustomerName, "klienta nosaukums", true),
    (CustomerName, "klients", true),
    (CustomerName, "pircējs", true),
    (InvoiceDate, "rēķina datums", true),
    (InvoiceDate, "dokumenta datums", true),
    (InvoiceDate, "datums", false),
    (DueDate, "apmaksas termiņš", true),
    (DueDate, "samaksas termiņš", true),
    (Amount, "rēķina summa", true),
    (Amount, "summa", false),
    (OpenBalance, "atlikums", true),
    (OpenBalance, "neapmaksātā summa", true),
    (OpenBalance, "parāds", true),
    (AmountPaid, "apmaksāts", true),
    (AmountPaid, "samaksāts", true),
    (Currency, "valūta", true),
    (Status, "statuss", true),
];

/// Estonian terms, most specific first within each field.
pub(crate) const ESTONIAN: &[Term] = &[
    (DocumentId, "arve number", true),
    (DocumentId, "arve nr", true),
    (DocumentId, "dokumendi number", true),
    (CustomerId, "kliendi kood", true),
    (CustomerName, "kliendi nimi", true),
    (CustomerName, "klient", true),
    (CustomerName, "ostja", true),
    (InvoiceDate, "arve kuupäev", true),
    (InvoiceDate, "kuupäev", false),
    (DueDate, "maksetähtaeg", true),
    (DueDate, "tähtaeg", true),
    (Amount, "arve summa", true),
    (Amount, "summa", false),
    (OpenBalance, "tasumata summa", true),
    (OpenBalance, "tasumata", true),
    (OpenBalance, "jääk", true),
    (AmountPaid, "tasutud", true),
    (AmountPaid, "laekunud", true),
    (Currency, "valuuta", true),
    (Status, "olek", true),
];
