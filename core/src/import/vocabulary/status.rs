//! The words of status columns, in the languages of the header tables, sorted
//! into what arlens does with a row.

/// What a status says about a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Open, unpaid, overdue, partially paid: the amounts decide.
    Open,
    /// Paid, settled, closed: the amounts decide; without an open balance, an
    /// amount paid or a paid date, nothing of the document is open.
    Paid,
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
    ("paid", Status::Paid),
    ("closed", Status::Paid),
    ("settled", Status::Paid),
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
    ("bezahlt", Status::Paid),
    ("ausgeglichen", Status::Paid),
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
    ("paye", Status::Paid),
    ("payee", Status::Paid),
    ("regle", Status::Paid),
    ("solde", Status::Paid),
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
    ("pagado", Status::Paid),
    ("pagada", Status::Paid),
    ("cobrado", Status::Paid),
    ("cobrada", Status::Paid),
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
    ("pago", Status::Paid),
    ("quitado", Status::Paid),
    ("recebido", Status::Paid),
    ("liquidado", Status::Paid),
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
    ("pagato", Status::Paid),
    ("incassato", Status::Paid),
    ("saldato", Status::Paid),
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
    ("betaald", Status::Paid),
    ("voldaan", Status::Paid),
    ("betwist", Status::Disputed),
    ("geschil", Status::Disputed),
    ("geannuleerd", Status::Cancelled),
    ("afgeschreven", Status::WrittenOff),
    ("oninbaar", Status::WrittenOff),
    // Polish
    ("otwarta", Status::Open),
    ("otwarty", Status::Open),
    ("nieoplacona", Status::Open),
    ("niezaplacona", Status::Open),
    ("przeterminowana", Status::Open),
    ("czesciowooplacona", Status::Open),
    ("czesciowozaplacona", Status::Open),
    ("oplacona", Status::Paid),
    ("zaplacona", Status::Paid),
    ("rozliczona", Status::Paid),
    ("sporna", Status::Disputed),
    ("reklamacja", Status::Disputed),
    ("anulowana", Status::Cancelled),
    ("anulowany", Status::Cancelled),
    ("odpisana", Status::WrittenOff),
    ("niesciagalna", Status::WrittenOff),
    // Swedish, Danish, Norwegian
    ("oppen", Status::Open),
    ("aben", Status::Open),
    ("apen", Status::Open),
    ("obetald", Status::Open),
    ("ubetalt", Status::Open),
    ("forfallen", Status::Open),
    ("forfalden", Status::Open),
    ("forfalt", Status::Open),
    ("delbetald", Status::Open),
    ("delvistbetalt", Status::Open),
    ("betald", Status::Paid),
    ("betalt", Status::Paid),
    ("bestridd", Status::Disputed),
    ("omstridt", Status::Disputed),
    ("tvist", Status::Disputed),
    ("makulerad", Status::Cancelled),
    ("annulleret", Status::Cancelled),
    ("annullert", Status::Cancelled),
    ("avskriven", Status::WrittenOff),
    ("afskrevet", Status::WrittenOff),
    ("avskrevet", Status::WrittenOff),
    ("kundforlust", Status::WrittenOff),
    ("tapsfort", Status::WrittenOff),
    // Finnish
    ("avoin", Status::Open),
    ("maksamatta", Status::Open),
    ("eraantynyt", Status::Open),
    ("osittainmaksettu", Status::Open),
    ("maksettu", Status::Paid),
    ("kiistetty", Status::Disputed),
    ("riidanalainen", Status::Disputed),
    ("mitatoity", Status::Cancelled),
    ("luottotappio", Status::WrittenOff),
    // Czech and Slovak
    ("otevrena", Status::Open),
    ("neuhrazena", Status::Open),
    ("neuhradena", Status::Open),
    ("posplatnosti", Status::Open),
    ("castecneuhrazena", Status::Open),
    ("uhrazena", Status::Paid),
    ("uhradena", Status::Paid),
    ("zaplacena", Status::Paid),
    ("sporna", Status::Disputed),
    ("zrusena", Status::Cancelled),
    ("odepsana", Status::WrittenOff),
    ("nedobytna", Status::WrittenOff),
    // Turkish
    ("acik", Status::Open),
    ("odenmemis", Status::Open),
    ("vadesigecmis", Status::Open),
    ("kismenodendi", Status::Open),
    ("odendi", Status::Paid),
    ("kapandi", Status::Paid),
    ("itirazli", Status::Disputed),
    ("ihtilafli", Status::Disputed),
    ("iptal", Status::Cancelled),
    ("iptaledildi", Status::Cancelled),
    ("zararyazildi", Status::WrittenOff),
    // Russian and Ukrainian (`ё` folded to `е`)
    ("открыт", Status::Open),
    ("открыта", Status::Open),
    ("открыто", Status::Open),
    ("неоплачен", Status::Open),
    ("неоплачена", Status::Open),
    ("просрочен", Status::Open),
    ("просрочена", Status::Open),
    ("частичнооплачен", Status::Open),
    ("частичнооплачена", Status::Open),
    ("оплачен", Status::Paid),
    ("оплачена", Status::Paid),
    ("оплачено", Status::Paid),
    ("оспаривается", Status::Disputed),
    ("спорный", Status::Disputed),
    ("претензия", Status::Disputed),
    ("отменен", Status::Cancelled),
    ("отменена", Status::Cancelled),
    ("аннулирован", Status::Cancelled),
    ("аннулирована", Status::Cancelled),
    ("списан", Status::WrittenOff),
    ("списана", Status::WrittenOff),
    // Japanese
    ("未入金", Status::Open),
    ("未回収", Status::Open),
    ("期日超過", Status::Open),
    ("一部入金", Status::Open),
    ("入金済", Status::Paid),
    ("入金済み", Status::Paid),
    ("回収済", Status::Paid),
    ("支払済", Status::Paid),
    ("消込済", Status::Paid),
    ("係争中", Status::Disputed),
    ("取消", Status::Cancelled),
    ("取消済", Status::Cancelled),
    ("キャンセル", Status::Cancelled),
    ("無効", Status::Cancelled),
    ("貸倒", Status::WrittenOff),
    ("貸倒れ", Status::WrittenOff),
    // Chinese
    ("未收款", Status::Open),
    ("未收", Status::Open),
    ("逾期", Status::Open),
    ("部分收款", Status::Open),
    ("已收款", Status::Paid),
    ("已结清", Status::Paid),
    ("已結清", Status::Paid),
    ("有争议", Status::Disputed),
    ("争议", Status::Disputed),
    ("爭議", Status::Disputed),
    ("作废", Status::Cancelled),
    ("已作废", Status::Cancelled),
    ("作廢", Status::Cancelled),
    ("已取消", Status::Cancelled),
    ("坏账", Status::WrittenOff),
    ("壞帳", Status::WrittenOff),
    // Korean
    ("미수", Status::Open),
    ("미결제", Status::Open),
    ("부분입금", Status::Open),
    ("입금완료", Status::Paid),
    ("분쟁", Status::Disputed),
    ("취소", Status::Cancelled),
    ("무효", Status::Cancelled),
    ("대손", Status::WrittenOff),
];

/// What a yes in a yes/no status column means (see [`status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flag {
    /// The header names no flag: yes and no are open.
    None,
    /// The header names a dispute (`Disputed?`): yes is disputed.
    Dispute,
    /// The header names payment (`Paid?`, `Bezahlt`): yes is paid.
    Paid,
}

/// What a status text means, or `None` for words not in the table. Yes/no
/// flags (`yes`, `true`, `x`, `1`, `sim`, `sí`, `ja`, `oui`) mean what the
/// column's header says they flag (`flag`).
pub(crate) fn status(text: &str, flag: Flag) -> Option<Status> {
    let key = super::words(text).joined;
    if key.is_empty() {
        return Some(Status::Open);
    }
    if let Some((_, s)) = WORDS.iter().find(|(w, _)| *w == key) {
        return Some(*s);
    }
    if ["yes", "y", "true", "x", "1", "sim", "si", "ja", "oui", "vero"].contains(&key.as_str()) {
        return Some(match flag {
            Flag::Dispute => Status::Disputed,
            Flag::Paid => Status::Paid,
            Flag::None => Status::Open,
        });
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
    use super::{Flag, Status, status};

    #[test]
    fn status_words_in_every_language() {
        use Status::*;
        // (text, what the header flags, meaning)
        let cases: &[(&str, Flag, Option<Status>)] = &[
            ("Open", Flag::None, Some(Open)),
            ("Partially Paid", Flag::None, Some(Open)),
            ("PAID", Flag::None, Some(Paid)),
            ("Disputed", Flag::None, Some(Disputed)),
            ("Disputed - pricing", Flag::None, Some(Disputed)),
            ("yes", Flag::Dispute, Some(Disputed)),
            ("TRUE", Flag::Paid, Some(Paid)),
            ("no", Flag::Paid, Some(Open)),
            ("Closed", Flag::None, Some(Paid)),
            ("Bezahlt", Flag::None, Some(Paid)),
            ("Soldé", Flag::None, Some(Paid)),
            ("Оплачена", Flag::None, Some(Paid)),
            ("支払済", Flag::None, Some(Paid)),
            ("yes", Flag::None, Some(Open)),
            ("Cancelled", Flag::None, Some(Cancelled)),
            ("VOID", Flag::None, Some(Cancelled)),
            ("Reversed", Flag::None, Some(Cancelled)),
            ("Written off", Flag::None, Some(WrittenOff)),
            ("Write-off", Flag::None, Some(WrittenOff)),
            ("aberto", Flag::None, Some(Open)),
            ("Em aberto", Flag::None, Some(Open)),
            ("cancelado", Flag::None, Some(Cancelled)),
            ("Estornado", Flag::None, Some(Cancelled)),
            ("anulada", Flag::None, Some(Cancelled)),
            ("Pendiente", Flag::None, Some(Open)),
            ("En disputa", Flag::None, Some(Disputed)),
            ("Incobrable", Flag::None, Some(WrittenOff)),
            ("offen", Flag::None, Some(Open)),
            ("storniert", Flag::None, Some(Cancelled)),
            ("Strittig", Flag::None, Some(Disputed)),
            ("Abgeschrieben", Flag::None, Some(WrittenOff)),
            ("annulée", Flag::None, Some(Cancelled)),
            ("En litige", Flag::None, Some(Disputed)),
            ("Impayée", Flag::None, Some(Open)),
            ("Annullato", Flag::None, Some(Cancelled)),
            ("Insoluto", Flag::None, Some(Open)),
            ("Stralciato", Flag::None, Some(WrittenOff)),
            ("Geannuleerd", Flag::None, Some(Cancelled)),
            ("Betwist", Flag::None, Some(Disputed)),
            ("Openstaand", Flag::None, Some(Open)),
            ("", Flag::None, Some(Open)),
            ("Anulowana", Flag::None, Some(Cancelled)),
            ("Częściowo opłacona", Flag::None, Some(Open)),
            ("Makulerad", Flag::None, Some(Cancelled)),
            ("Kundförlust", Flag::None, Some(WrittenOff)),
            ("İptal", Flag::None, Some(Cancelled)),
            ("İTİRAZLI", Flag::None, Some(Disputed)),
            ("Отменён", Flag::None, Some(Cancelled)),
            ("Частично оплачен", Flag::None, Some(Open)),
            ("取消", Flag::None, Some(Cancelled)),
            ("係争中", Flag::None, Some(Disputed)),
            ("已作废", Flag::None, Some(Cancelled)),
            ("坏账", Flag::None, Some(WrittenOff)),
            ("취소", Flag::None, Some(Cancelled)),
            ("Em análise", Flag::None, None),
            ("Protestado", Flag::None, None),
        ];
        for (text, flag, want) in cases {
            assert_eq!(status(text, *flag), *want, "{text:?} ({flag:?})");
        }
    }
}
