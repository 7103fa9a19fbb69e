//! The words of status columns, in the first seven languages of the header tables
//! (English, German, French, Spanish, Portuguese, Italian, Dutch), sorted into what
//! arlens does with a row.

/// What a status says about a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Open, unpaid, overdue, partially paid, paid: the amounts decide.
    Open,
    /// Disputed: kept in the figures, set apart from chasing.
    Disputed,
    /// Cancelled, void, reversed: not a receivable, excluded from every figure.
    Cancelled,
    /// Written off: no longer a receivable, kept apart from the figures.
    WrittenOff,
}

/// Status words (as [`super::words`] joins them) and their meaning.
const WORDS: &[(&str, Status)] = &[
    // English
    ("open", Status::Open),
    ("unpaid", Status::Open),
    ("outstanding", Status::Open),
    ("overdue", Status::Open),
    ("due", Status::Open),
    ("pending", Status::Open),
    ("partiallypaid", Status::Open),
    ("partpaid", Status::Open),
    ("partial", Status::Open),
    ("paid", Status::Open),
    ("closed", Status::Open),
    ("settled", Status::Open),
    ("sent", Status::Open),
    ("posted", Status::Open),
    ("approved", Status::Open),
    ("draft", Status::Open),
    ("disputed", Status::Disputed),
    ("dispute", Status::Disputed),
    ("indispute", Status::Disputed),
    ("contested", Status::Disputed),
    ("onhold", Status::Disputed),
    ("cancelled", Status::Cancelled),
    ("canceled", Status::Cancelled),
    ("void", Status::Cancelled),
    ("voided", Status::Cancelled),
    ("reversed", Status::Cancelled),
    ("annulled", Status::Cancelled),
    ("deleted", Status::Cancelled),
    ("writtenoff", Status::WrittenOff),
    ("writeoff", Status::WrittenOff),
    ("baddebt", Status::WrittenOff),
    ("uncollectible", Status::WrittenOff),
    // German
    ("offen", Status::Open),
    ("fallig", Status::Open),
    ("uberfallig", Status::Open),
    ("teilbezahlt", Status::Open),
    ("teilweisebezahlt", Status::Open),
    ("bezahlt", Status::Open),
    ("ausgeglichen", Status::Open),
    ("strittig", Status::Disputed),
    ("bestritten", Status::Disputed),
    ("reklamiert", Status::Disputed),
    ("storniert", Status::Cancelled),
    ("storno", Status::Cancelled),
    ("annulliert", Status::Cancelled),
    ("abgeschrieben", Status::WrittenOff),
    ("uneinbringlich", Status::WrittenOff),
    // French
    ("ouvert", Status::Open),
    ("ouverte", Status::Open),
    ("impaye", Status::Open),
    ("impayee", Status::Open),
    ("enretard", Status::Open),
    ("partiellementpaye", Status::Open),
    ("partiellementregle", Status::Open),
    ("paye", Status::Open),
    ("payee", Status::Open),
    ("regle", Status::Open),
    ("solde", Status::Open),
    ("litige", Status::Disputed),
    ("enlitige", Status::Disputed),
    ("conteste", Status::Disputed),
    ("annule", Status::Cancelled),
    ("annulee", Status::Cancelled),
    ("extourne", Status::Cancelled),
    ("passeenperte", Status::WrittenOff),
    ("irrecouvrable", Status::WrittenOff),
    // Spanish
    ("abierto", Status::Open),
    ("abierta", Status::Open),
    ("pendiente", Status::Open),
    ("vencido", Status::Open),
    ("vencida", Status::Open),
    ("parcial", Status::Open),
    ("pagoparcial", Status::Open),
    ("pagado", Status::Open),
    ("pagada", Status::Open),
    ("cobrado", Status::Open),
    ("cobrada", Status::Open),
    ("endisputa", Status::Disputed),
    ("disputado", Status::Disputed),
    ("disputada", Status::Disputed),
    ("reclamado", Status::Disputed),
    ("anulado", Status::Cancelled),
    ("anulada", Status::Cancelled),
    ("cancelado", Status::Cancelled),
    ("cancelada", Status::Cancelled),
    ("incobrable", Status::WrittenOff),
    ("castigado", Status::WrittenOff),
    // Portuguese
    ("aberto", Status::Open),
    ("emaberto", Status::Open),
    ("pendente", Status::Open),
    ("atrasado", Status::Open),
    ("parcialmentepago", Status::Open),
    ("pago", Status::Open),
    ("quitado", Status::Open),
    ("recebido", Status::Open),
    ("liquidado", Status::Open),
    ("emdisputa", Status::Disputed),
    ("contestado", Status::Disputed),
    ("estornado", Status::Cancelled),
    ("estornada", Status::Cancelled),
    ("perda", Status::WrittenOff),
    ("baixadocomoperda", Status::WrittenOff),
    // Italian
    ("aperto", Status::Open),
    ("scaduto", Status::Open),
    ("insoluto", Status::Open),
    ("parzialmentepagato", Status::Open),
    ("pagato", Status::Open),
    ("incassato", Status::Open),
    ("saldato", Status::Open),
    ("contestato", Status::Disputed),
    ("incontestazione", Status::Disputed),
    ("annullato", Status::Cancelled),
    ("annullata", Status::Cancelled),
    ("stornato", Status::Cancelled),
    ("stralciato", Status::WrittenOff),
    ("perdita", Status::WrittenOff),
    // Dutch
    ("openstaand", Status::Open),
    ("vervallen", Status::Open),
    ("gedeeltelijkbetaald", Status::Open),
    ("betaald", Status::Open),
    ("voldaan", Status::Open),
    ("betwist", Status::Disputed),
    ("geschil", Status::Disputed),
    ("geannuleerd", Status::Cancelled),
    ("afgeschreven", Status::WrittenOff),
    ("oninbaar", Status::WrittenOff),
];

/// What a status text means, or `None` for words not in the table. Yes/no
/// flags (`yes`, `true`, `x`, `1`, `sim`, `sí`, `ja`, `oui`) in a column headed
/// as a dispute flag mean disputed.
pub(crate) fn status(text: &str, dispute_flag: bool) -> Option<Status> {
    let key = super::words(text).joined;
    if key.is_empty() {
        return Some(Status::Open);
    }
    if let Some((_, s)) = WORDS.iter().find(|(w, _)| *w == key) {
        return Some(*s);
    }
    if ["yes", "y", "true", "x", "1", "sim", "si", "ja", "oui", "vero"].contains(&key.as_str()) {
        return Some(if dispute_flag { Status::Disputed } else { Status::Open });
    }
    if ["no", "n", "false", "0", "nao", "nein", "non", "nee", "falso"].contains(&key.as_str()) {
        return Some(Status::Open);
    }
    // A longer text naming a dispute or a cancellation (`disputed - pricing`).
    [
        ("disput", Status::Disputed),
        ("cancel", Status::Cancelled),
        ("storn", Status::Cancelled),
        ("anul", Status::Cancelled),
    ]
    .iter()
    .find(|(stem, _)| key.starts_with(stem))
    .map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    use super::{Status, status};

    #[test]
    fn status_words_in_every_language() {
        use Status::*;
        // (text, headed as a dispute flag, meaning)
        let cases: &[(&str, bool, Option<Status>)] = &[
            ("Open", false, Some(Open)),
            ("Partially Paid", false, Some(Open)),
            ("PAID", false, Some(Open)),
            ("Disputed", false, Some(Disputed)),
            ("Disputed - pricing", false, Some(Disputed)),
            ("yes", true, Some(Disputed)),
            ("yes", false, Some(Open)),
            ("Cancelled", false, Some(Cancelled)),
            ("VOID", false, Some(Cancelled)),
            ("Reversed", false, Some(Cancelled)),
            ("Written off", false, Some(WrittenOff)),
            ("Write-off", false, Some(WrittenOff)),
            ("aberto", false, Some(Open)),
            ("Em aberto", false, Some(Open)),
            ("cancelado", false, Some(Cancelled)),
            ("Estornado", false, Some(Cancelled)),
            ("anulada", false, Some(Cancelled)),
            ("Pendiente", false, Some(Open)),
            ("En disputa", false, Some(Disputed)),
            ("Incobrable", false, Some(WrittenOff)),
            ("offen", false, Some(Open)),
            ("storniert", false, Some(Cancelled)),
            ("Strittig", false, Some(Disputed)),
            ("Abgeschrieben", false, Some(WrittenOff)),
            ("annulée", false, Some(Cancelled)),
            ("En litige", false, Some(Disputed)),
            ("Impayée", false, Some(Open)),
            ("Annullato", false, Some(Cancelled)),
            ("Insoluto", false, Some(Open)),
            ("Stralciato", false, Some(WrittenOff)),
            ("Geannuleerd", false, Some(Cancelled)),
            ("Betwist", false, Some(Disputed)),
            ("Openstaand", false, Some(Open)),
            ("", false, Some(Open)),
            ("Em análise", false, None),
            ("Protestado", false, None),
        ];
        for (text, flag, want) in cases {
            assert_eq!(status(text, *flag), *want, "{text:?} (dispute flag: {flag})");
        }
    }
}
