//! The headers of aged reports' buckets in the languages of the header tables:
//! a column of what is not yet due (`No vencido`, `Nicht fällig`, `Non échu`,
//! `期日未到来`), or a range of days past due written as numbers and words of
//! days, ranges and overdue (`31-60 días`, `0 à 30 jours`, `Scaduto oltre 90`,
//! `Powyżej 90 dni`, `31～60日`, `90天以上`).

/// Buckets named by words alone, folded and run together (accents, case and
/// spaces do not matter): what is not yet due, and what is older than the last range.
const NOT_DUE: &[&str] = &[
    // English
    "current",
    "notdue",
    "notyetdue",
    "future",
    // Spanish, Portuguese, Italian
    "novencido",
    "novencida",
    "porvencer",
    "corriente",
    "vigente",
    "avencer",
    "emdia",
    "ascadere",
    "nonscaduto",
    "inscadenza",
    "corrente",
    // German, Dutch
    "nichtfallig",
    "nochnichtfallig",
    "nichtuberfallig",
    "nietvervallen",
    "nognietvervallen",
    // French
    "nonechu",
    "nonechus",
    "nonechue",
    "nonechues",
    "aecheoir",
    "echoir",
    // Nordic, Finnish
    "ejforfallet",
    "ejforfallen",
    "ikkeforfalden",
    "ikkeforfalt",
    "ikkeforfallen",
    "eraantymaton",
    "eraantymattomat",
    // Polish, Czech, Slovak, Hungarian, Romanian, Croatian, Slovenian
    "nieprzeterminowane",
    "nieprzeterminowana",
    "wterminie",
    "vesplatnosti",
    "nesplatne",
    "nesplatnosti",
    "nemlejart",
    "nescadent",
    "nescadente",
    "nedospjelo",
    "nezapadlo",
    // Turkish, Russian, Ukrainian, Greek
    "vadesigelmemis",
    "vadesigelmeyen",
    "непросроченная",
    "непросроченные",
    "непросрочено",
    "непрострочена",
    "μηληξιπροθεσμα",
    // Indonesian, Malay, Vietnamese
    "belumjatuhtempo",
    "lancar",
    "chuadenhan",
    "chưadếnhạn",
    // Japanese, Chinese, Korean
    "期日未到来",
    "未到来",
    "期限内",
    "未到期",
    "未逾期",
    "未逾期金额",
    "만기전",
    "미도래",
    // Older than the last range (`Older`, `Älter`, `Plus ancien`), as Xero-like
    // reports name their last bucket.
    "older",
    "alter",
    "aelter",
    "altere",
    "plusancien",
    "plusanciens",
    "masantiguo",
    "masantiguos",
    "maisantigo",
    "maisantigos",
    "ouder",
    "starsze",
    "aldre",
    "eldre",
    "vanhemmat",
    "piuvecchio",
    "piuvecchi",
];

/// Words a range of days is written with, besides its numbers: days and months,
/// "to", "over", "within", and words of overdue (folded).
const RANGE_WORDS: &[&str] = &[
    // Days and months.
    "days",
    "day",
    "d",
    "dias",
    "dia",
    "tage",
    "tagen",
    "tag",
    "t",
    "jours",
    "jour",
    "j",
    "dagen",
    "dag",
    "dagar",
    "dage",
    "dager",
    "giorni",
    "gg",
    "dni",
    "dnu",
    "dny",
    "dnia",
    "dnei",
    "gun",
    "paivaa",
    "paiva",
    "pv",
    "nap",
    "napig",
    "zile",
    "zi",
    "dana",
    "dan",
    "ημερες",
    "ημερων",
    "ημ",
    "дней",
    "дня",
    "дн",
    "днів",
    "дни",
    "hari",
    "ngay",
    "ימים",
    "يوم",
    "ايام",
    "روز",
    "日",
    "天",
    "일",
    "months",
    "month",
    "monate",
    "mois",
    "meses",
    "mesi",
    "maanden",
    "miesiace",
    "manader",
    "kuukautta",
    "ay",
    "monat",
    "monaten",
    "mes",
    "mese",
    "maand",
    "miesiac",
    "manad",
    // To, and.
    "to",
    "a",
    "ate",
    "bis",
    "au",
    "tot",
    "till",
    "til",
    "do",
    "al",
    "y",
    "e",
    "und",
    "and",
    "et",
    "i",
    "и",
    "ao",
    "hasta",
    "fino",
    "ila",
    "sampai",
    "den",
    // Over, more than, older.
    "over",
    "above",
    "plus",
    "more",
    "than",
    "older",
    "greater",
    "beyond",
    "or",
    "mas",
    "de",
    "uber",
    "ueber",
    "mehr",
    "als",
    "acima",
    "mais",
    "oltre",
    "sopra",
    "powyzej",
    "ponad",
    "boven",
    "meer",
    "yli",
    "uzeri",
    "ustu",
    "fazla",
    "vise",
    "preko",
    "nad",
    "над",
    "больше",
    "свыше",
    "более",
    "понад",
    "lebih",
    "dari",
    "tren",
    "peste",
    "feletti",
    "felett",
    "πανω",
    "απο",
    "以上",
    "超过",
    "超過",
    "이상",
    "초과",
    "اكثر",
    "اكبر",
    "من",
    "الي",
    "حتي",
    "يوما",
    "qua",
    "hạn",
    "dến",
    "napos",
    "napon",
    "tul",
    "vade",
    "ημερεσ",
    "ημερα",
    "μεχρι",
    "מעל",
    "עד",
    "יותר",
    "מ",
    "o",
    "ou",
    "oder",
    "eller",
    "lub",
    "veya",
    "или",
    "或",
    "또는",
    "atau",
    "hoac",
    "nebo",
    "vagy",
    "sau",
    "alter",
    "aelter",
    "ancien",
    "antiguo",
    "antigo",
    "ouder",
    "starsze",
    "aldre",
    "eldre",
    "vanhemmat",
    "piu",
    "vecchio",
    // Within, under.
    "within",
    "under",
    "up",
    "upto",
    "less",
    "unter",
    "moins",
    "menos",
    "entro",
    "binnen",
    "ponizej",
    "inom",
    "inden",
    "innen",
    "alatt",
    "以内",
    "以下",
    "未満",
    "이내",
    "이하",
    "до",
    "менее",
    "kurang",
    // Past due, overdue.
    "past",
    "due",
    "overdue",
    "pastdue",
    "vencido",
    "vencida",
    "vencidos",
    "vencidas",
    "atrasado",
    "atraso",
    "uberfallig",
    "ueberfallig",
    "fallig",
    "echu",
    "echus",
    "retard",
    "scaduto",
    "scaduti",
    "scadute",
    "vervallen",
    "achterstallig",
    "przeterminowane",
    "po",
    "terminie",
    "forfallet",
    "forfalden",
    "forfalt",
    "eraantynyt",
    "gecikmis",
    "gecikme",
    "vadesi",
    "gecmis",
    "просрочено",
    "просрочка",
    "просроченные",
    "terlambat",
    "quahan",
    "lejart",
    "splatnosti",
    "dospjelo",
    "zapadlo",
    "cu",
    "intarziere",
    "超期",
    "逾期",
    "延滞",
    "経過",
    "연체",
    "old",
    "aged",
    "period",
];

/// Whether `text`, a header, names an aging bucket in any of the header tables'
/// languages: what is not yet due, or a range of days (or months) written as
/// one or two numbers and words of [`RANGE_WORDS`] only (`31-60 días`,
/// `über 90 Tage`, `Vencido até 30 dias`, `> 90 dagen`, `30日以内`, `1-30天`).
/// A header with no number (`Días vencidos`, a count of days) or with any other
/// word (`Net 30`, `Invoice 2026`) is none.
pub(crate) fn names_bucket(text: &str) -> bool {
    let folded = super::folded(text);
    // Runs of digits and of letters, apart: `60日` and `30天以上` are a number
    // and a word.
    let mut words: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut digits = false;
    for c in folded.chars() {
        let letter = c.is_alphanumeric() && !c.is_ascii_digit();
        if c.is_ascii_digit() || letter {
            if !current.is_empty() && digits != c.is_ascii_digit() {
                words.push(std::mem::take(&mut current));
            }
            digits = c.is_ascii_digit();
            current.push(c);
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    if NOT_DUE.contains(&words.concat().as_str()) {
        return true;
    }
    // Letters against digits in one Latin word (`A1`, `D30`, `T12`) are a code.
    let trimmed = text.trim();
    if trimmed.is_ascii() && !trimmed.contains(|c: char| c.is_whitespace() || "-~<>+.".contains(c)) {
        return false;
    }
    let numbers = words.iter().filter(|w| w.bytes().all(|b| b.is_ascii_digit())).count();
    (1..=2).contains(&numbers)
        && words.iter().any(|w| !w.bytes().all(|b| b.is_ascii_digit()))
        && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit()) || of_range_words(w))
}

/// Whether `word` is range words run together, as Chinese and Japanese write
/// them (`日以内`, `天以上`, `日以上`).
fn of_range_words(word: &str) -> bool {
    word.is_empty()
        || RANGE_WORDS.iter().any(|w| !w.is_empty() && word.strip_prefix(w).is_some_and(of_range_words))
}

#[cfg(test)]
mod tests {
    use super::names_bucket;

    /// No word is listed twice (a second entry is dead).
    #[test]
    fn the_tables_list_each_word_once() {
        for table in [super::NOT_DUE, super::RANGE_WORDS] {
            let mut words = table.to_vec();
            words.sort_unstable();
            let before = words.len();
            words.dedup();
            assert_eq!(words.len(), before);
        }
    }

    #[test]
    fn bucket_headers_in_every_language() {
        let missed: Vec<&str> = [
            "No vencido",
            "1-30 días",
            "Más de 90 días",
            "Nicht fällig",
            "über 90 Tage",
            "Non échu",
            "0 à 30 jours",
            "Plus de 90 jours",
            "A vencer",
            "Vencido até 30 dias",
            "Acima de 90 dias",
            "Niet vervallen",
            "> 90 dagen",
            "A scadere",
            "Scaduto 0-30",
            "Scaduto oltre 90",
            "Nieprzeterminowane",
            "Powyżej 90 dni",
            "期日未到来",
            "30日以内",
            "31～60日",
            "91日以上",
            "未到期",
            "1-30天",
            "90天以上",
            "Ej förfallet",
            ">90 dagar",
            "Vadesi Gelmemiş",
            "90 Gün Üzeri",
            "1 - 30 Days Past Due",
            "Over 90 Days Past Due",
            "Älter als 90 Tage",
            "Älter",
            "Plus ancien",
            "1 Monat",
            "2 Monate",
            "120 días o más",
            "91 ou mais dias",
            "Не просрочено",
            "1-30 дней",
            "Более 90 дней",
            "Свыше 90 дн.",
            "0-30 يوم",
            "أكثر من 90 يوم",
            "미도래",
            "1-30일",
            "90일 초과",
            "Chưa đến hạn",
            "1-30 ngày",
            "Trên 90 ngày",
            "1-30 hari",
            "Lebih dari 90 hari",
            "Belum jatuh tempo",
            "31-60 napos",
            "90 napon túl",
            "Nesplatné",
            "Po splatnosti 1-30 dní",
            "Vade 1-30 gün",
            "Μη ληξιπρόθεσμα",
            "1-30 ημέρες",
            "1-30 ימים",
            "מעל 90 ימים",
        ]
        .into_iter()
        .filter(|t| !names_bucket(t))
        .collect();
        assert!(missed.is_empty(), "{missed:?}");
        for text in
            ["Días vencidos", "Net 30", "Invoice 2026", "Total", "Saldo", "Dni", "Tage", "30", "Kunde 1"]
        {
            assert!(!names_bucket(text), "{text:?}");
        }
    }
}
