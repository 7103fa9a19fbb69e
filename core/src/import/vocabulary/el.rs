//! Greek names of ledger fields in export headers (SoftOne, Epsilon, Pylon).
//! Accents and the final sigma fold ([`super::words`]).

use super::Term;
use crate::import::columns::Field::*;

/// Greek terms, most specific first within each field.
pub(crate) const TERMS: &[Term] = &[
    (DocumentId, "αριθμός τιμολογίου", true),
    (DocumentId, "αρ τιμολογίου", true),
    (DocumentId, "αριθμός παραστατικού", true),
    (DocumentId, "παραστατικό", false),
    (DocumentType, "τύπος παραστατικού", true),
    (CustomerId, "κωδικός πελάτη", true),
    (CustomerName, "επωνυμία πελάτη", true),
    (CustomerName, "όνομα πελάτη", true),
    (CustomerName, "πελάτης", true),
    (CustomerName, "επωνυμία", false),
    (InvoiceDate, "ημερομηνία τιμολογίου", true),
    (InvoiceDate, "ημερομηνία έκδοσης", true),
    (InvoiceDate, "ημερομηνία", false),
    (DueDate, "ημερομηνία λήξης", true),
    (DueDate, "λήξη", true),
    (Amount, "ποσό τιμολογίου", true),
    (Amount, "συνολικό ποσό", true),
    (Amount, "σύνολο", true),
    (Amount, "ποσό", false),
    (OpenBalance, "ανεξόφλητο υπόλοιπο", true),
    (OpenBalance, "ανεξόφλητο ποσό", true),
    (OpenBalance, "υπόλοιπο", false),
    (AmountPaid, "εξοφλημένο ποσό", true),
    (AmountPaid, "πληρωμένο", true),
    (PaidDate, "ημερομηνία εξόφλησης", true),
    (PaidDate, "ημερομηνία πληρωμής", true),
    (Debit, "χρέωση", false),
    (Credit, "πίστωση", false),
    (Currency, "νόμισμα", true),
    (Status, "κατάσταση", true),
];
