//! The words export headers use for each ledger field, in English, German,
//! French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Danish and
//! Norwegian, Finnish, Czech and Slovak, Turkish, Russian and Ukrainian,
//! Japanese, Chinese, Korean, Arabic, Persian, Hebrew, Thai, Indonesian and
//! Malay, Vietnamese, Hungarian, Greek, Romanian, Croatian, Serbian and
//! Bosnian, Slovenian, Bulgarian, Lithuanian, Latvian, Estonian, Hindi and
//! Marathi, and Bengali — kept as
//! data, a table per language — and the
//! matching that tolerates case, accents, underscores,
//! camel case, stop words (`de`, `of`, `van`), currency codes or symbols in the
//! header (`Amount (ILS)`, `Saldo R$`) and abbreviations (`DAT_VENCIMENTO`,
//! `Vlr. saldo`, `Doc. Date`, `N° pièce`).
//!
//! A header matches a term when their words are the same after [`words`], or
//! when each header word abbreviates the term's word in the same place (a prefix
//! of at least three letters, `venc` for `vencimiento`; or a known short form,
//! `vlr` for `valor`). Exact matches win over abbreviated ones.

mod ar;
mod baltic;
mod bg;
mod bn;
pub(crate) mod buckets;
mod cs;
pub(crate) mod currencies;
mod da;
mod de;
mod el;
mod en;
mod es;
mod fa;
mod fi;
mod fold;
mod fr;
mod he;
mod hi;
mod hr;
mod hu;
mod id;
mod it;
mod ja;
pub(crate) mod kinds;
mod ko;
mod nl;
mod pl;
mod pt;
mod ro;
mod ru;
mod sl;
pub(crate) mod status;
mod sv;
mod th;
mod tr;
mod vi;
mod zh;

pub(crate) use fold::folded;
use fold::is_mark;

use super::columns::{AmountUnit, Field};
use std::sync::OnceLock;

/// One way of naming a field: its words, and whether they name it
/// specifically (`Due date`) or generically (`Date`, `Total`).
pub(crate) type Term = (Field, &'static str, bool);

/// The languages with their tables, in the order they are tried.
const LANGUAGES: [(&str, &[Term]); 34] = [
    ("English", en::TERMS),
    ("German", de::TERMS),
    ("French", fr::TERMS),
    ("Spanish", es::TERMS),
    ("Portuguese", pt::TERMS),
    ("Italian", it::TERMS),
    ("Dutch", nl::TERMS),
    ("Polish", pl::TERMS),
    ("Swedish", sv::TERMS),
    ("Danish or Norwegian", da::TERMS),
    ("Finnish", fi::TERMS),
    ("Czech or Slovak", cs::TERMS),
    ("Turkish", tr::TERMS),
    ("Russian or Ukrainian", ru::TERMS),
    ("Japanese", ja::TERMS),
    ("Chinese", zh::TERMS),
    ("Korean", ko::TERMS),
    ("Arabic", ar::TERMS),
    ("Persian", fa::TERMS),
    ("Hebrew", he::TERMS),
    ("Thai", th::TERMS),
    ("Indonesian or Malay", id::TERMS),
    ("Vietnamese", vi::TERMS),
    ("Hungarian", hu::TERMS),
    ("Greek", el::TERMS),
    ("Romanian", ro::TERMS),
    ("Croatian, Serbian or Bosnian", hr::TERMS),
    ("Slovenian", sl::TERMS),
    ("Bulgarian", bg::TERMS),
    ("Lithuanian", baltic::LITHUANIAN),
    ("Latvian", baltic::LATVIAN),
    ("Estonian", baltic::ESTONIAN),
    ("Hindi or Marathi", hi::TERMS),
    ("Bengali", bn::TERMS),
];

/// Words that carry no meaning in a header: articles and prepositions (Hindi's
/// postpositions for "of" at the end).
const STOP_WORDS: [&str; 33] = [
    "de", "del", "da", "do", "das", "dos", "di", "della", "delle", "du", "des", "d", "la", "le", "les", "el",
    "los", "the", "of", "van", "der", "den", "het", "em", "en", "in", "im", "a", "al", "l", "का", "की", "के",
];

/// Short forms that are not prefixes of the word they stand for.
const ABBREVIATIONS: [(&str, &str); 28] = [
    ("vlr", "valor"),
    ("vl", "valor"),
    ("vr", "valor"),
    ("dt", "data"),
    ("dt", "date"),
    ("dt", "datum"),
    ("vencto", "vencimento"),
    ("vcto", "vencimento"),
    ("vto", "vencimiento"),
    ("vto", "vencimento"),
    ("nro", "numero"),
    ("nr", "numero"),
    ("nr", "nummer"),
    ("nr", "number"),
    ("no", "number"),
    ("no", "numero"),
    ("n", "numero"),
    ("n", "number"),
    ("num", "numero"),
    ("amt", "amount"),
    ("pmt", "payment"),
    ("ccy", "currency"),
    ("crcy", "currency"),
    ("cust", "customer"),
    ("inv", "invoice"),
    ("ref", "reference"),
    ("fatt", "fattura"),
    ("cod", "codigo"),
];

/// The longest short form of [`ABBREVIATIONS`]: a longer header word is none.
const LONGEST_SHORT_FORM: usize = 6;

/// ISO 4217 codes and unambiguous symbols a header may carry (`Amount (ILS)`,
/// `Saldo R$`). `$`, `kr` and `¥` alone are ambiguous and name no currency.
const HEADER_SYMBOLS: [(&str, &str); 26] = [
    ("R$", "BRL"),
    ("US$", "USD"),
    // Before the symbols they end with (`A$`, `C$`, `S$`).
    ("NT$", "TWD"),
    ("HK$", "HKD"),
    ("NZ$", "NZD"),
    ("MX$", "MXN"),
    ("CA$", "CAD"),
    ("AU$", "AUD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("₹", "INR"),
    ("₪", "ILS"),
    ("zł", "PLN"),
    ("Kč", "CZK"),
    ("руб", "RUB"),
    ("₽", "RUB"),
    ("грн", "UAH"),
    ("₴", "UAH"),
    ("₺", "TRY"),
    ("₩", "KRW"),
    ("₫", "VND"),
    ("₱", "PHP"),
    ("₦", "NGN"),
];

/// The currency a word that is one of [`HEADER_SYMBOLS`] names (`zł`, `руб`, `€`).
pub(crate) fn symbol_currency(word: &str) -> Option<&'static str> {
    HEADER_SYMBOLS.iter().find(|(symbol, _)| *symbol == word).map(|&(_, code)| code)
}

/// Codes of currencies common enough that a lower-case code after another word
/// (`converted_usd`, `amount_eur`) is read as one.
const MAJOR: [&str; 16] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "BRL", "INR", "CNY", "MXN", "ZAR", "SEK", "NOK", "DKK",
    "PLN",
];

/// A header (or a term) as words: accents folded, lower case, split at
/// non-letters and at camel-case humps, stop words and currency marks removed,
/// and the currency those marks named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Words {
    /// The meaningful words, in order.
    pub words: Vec<String>,
    /// The words run together (`duedate`), for headers written without spaces.
    pub joined: String,
    /// The currency named in the header, if any.
    pub currency: Option<&'static str>,
    /// The unit named in the header (`cents`, `in thousands`, `TEUR`), if any.
    pub unit: Option<AmountUnit>,
    /// Whether a `#` follows a word (`Transaction#`, `Customer #`): English's
    /// "number", which [`fits`] reads when the words with it fit a term exactly.
    pub numbered: bool,
}

/// Header words naming the unit amounts are written in, removed from the words
/// like currency marks: minor units, thousands (`'000`, `Tsd`, `TEUR`, `kUSD`),
/// millions (`Mio`, `MEUR`); with the currency a prefixed code names.
pub(crate) fn unit_word(word: &str) -> Option<(AmountUnit, Option<&'static str>)> {
    // Header words keep their case (`Tsd`, `TEUR`); the table is in lower case.
    let lower: std::borrow::Cow<str> =
        if word.chars().any(char::is_uppercase) { word.to_lowercase().into() } else { word.into() };
    let plain = match lower.as_ref() {
        "cents" | "cent" | "pence" | "centimes" | "centavos" | "centimos" | "kopeks" => {
            Some(AmountUnit::Minor)
        }
        // English, German, French, Spanish, Italian, Portuguese (`R$ mil`, `milhares`),
        // Dutch, Polish (`tys.`), Czech and Slovak (`tis.`), Russian (`тыс.`),
        // Ukrainian (`тис.`), Swedish and Norwegian (`tusen`, `tkr`), Danish,
        // Finnish, Hungarian.
        "thousands" | "thousand" | "000" | "000s" | "tsd" | "tausend" | "milliers" | "miles" | "migliaia"
        | "mil" | "milhares" | "duizend" | "duizenden" | "tys" | "tis" | "тыс" | "тис" | "tusen" | "tkr"
        | "tusinde" | "tuhatta" | "ezer" => Some(AmountUnit::Thousands),
        "millions" | "million" | "mio" | "mln" | "millones" | "milioni" | "mn" | "millionen" | "milhoes"
        | "milhões" | "miljoen" | "miljoner" | "millioner" | "млн" => Some(AmountUnit::Millions),
        _ => None,
    };
    if let Some(unit) = plain {
        return Some((unit, None));
    }
    // `TEUR`, `kUSD`, `MEUR`: a major currency's code after a unit letter.
    let (first, code) = (word.get(..1)?, word.get(1..)?);
    let code = MAJOR.iter().find(|c| c.eq_ignore_ascii_case(code))?;
    let unit = match first {
        "t" | "T" | "k" | "K" => AmountUnit::Thousands,
        "m" | "M" => AmountUnit::Millions,
        _ => return None,
    };
    Some((unit, crate::money::iso_code(code)))
}

/// Letters that are a currency's symbol when they alone fill a header's brackets
/// (`Jumlah (RM)`, `Összeg (Ft)`, `Сума (лв.)`); words elsewhere.
const BRACKETED_SYMBOLS: [(&str, &str); 7] = [
    ("RM", "MYR"),
    ("Rp", "IDR"),
    ("Ft", "HUF"),
    ("lei", "RON"),
    ("лв", "BGN"),
    ("din", "RSD"),
    ("дин", "RSD"),
];

/// Time zones that exports write in brackets after a date's name (Stripe's
/// `Due Date (UTC)`, `Created (GMT+1)`): the header names the date all the same.
fn is_time_zone(name: &str) -> bool {
    const ZONES: [&str; 20] = [
        "utc", "gmt", "z", "cet", "cest", "eet", "eest", "wet", "bst", "est", "edt", "cst", "cdt", "mst",
        "mdt", "pst", "pdt", "ist", "jst", "aest",
    ];
    let name = name.trim().to_ascii_lowercase();
    let offset = |rest: &str| {
        rest.strip_prefix(['+', '-']).is_some_and(|o| {
            !o.is_empty() && o.len() <= 5 && o.bytes().all(|b| b.is_ascii_digit() || b == b':')
        })
    };
    ZONES.contains(&name.as_str())
        || ["utc", "gmt"].iter().any(|z| name.strip_prefix(z).is_some_and(|r| offset(r.trim())))
        || matches!(name.as_str(), "local" | "local time" | "time zone" | "timezone")
}

/// `text` without its bracketed currency names (`(US Dollars)`, `[EUR]` is left to
/// the words) and time zones ([`is_time_zone`]), and the currency of the first,
/// when one names a currency.
fn bracketed_currency(text: &str) -> (String, Option<&'static str>) {
    let mut out = String::with_capacity(text.len());
    let mut currency = None;
    let mut rest = text;
    while let Some(open) = rest.find(['(', '（', '[']) {
        let (before, from) = rest.split_at(open);
        out.push_str(before);
        let opener = from.chars().next().unwrap_or('(');
        let closer = match opener {
            '（' => '）',
            '[' => ']',
            _ => ')',
        };
        let inside = from.get(opener.len_utf8()..).unwrap_or_default();
        let symbol = |name: &str| {
            let name = name.trim().trim_end_matches('.');
            BRACKETED_SYMBOLS.iter().find(|(symbol, _)| *symbol == name).map(|&(_, code)| code)
        };
        let named = inside
            .split_once(closer)
            .and_then(|(name, after)| Some((currencies::named(name).or_else(|| symbol(name))?, name, after)));
        if let Some((_, after)) = inside.split_once(closer).filter(|(name, _)| is_time_zone(name)) {
            out.push(' ');
            rest = after;
            continue;
        }
        match named {
            Some((code, name, after)) => {
                currency = currency.or(Some(code));
                // A unit beside the code stays (`(Tsd. EUR)`).
                for word in name.split(|c: char| !c.is_alphanumeric()).filter(|w| unit_word(w).is_some()) {
                    out.push(' ');
                    out.push_str(word);
                }
                out.push(' ');
                rest = after;
            }
            _ => {
                out.push(opener);
                rest = inside;
            }
        }
    }
    out.push_str(rest);
    (out, currency)
}

/// Splits `text` into words (see [`Words`]).
pub(crate) fn words(text: &str) -> Words {
    let mut rest = text.to_owned();
    let mut currency = None;
    // A currency named in brackets (`Balance (US Dollars)`, `Importe (euros)`,
    // `金额（人民币）`): the column's currency, not words of its name.
    if rest.contains(['(', '（', '[']) {
        let (text, named) = bracketed_currency(&rest);
        rest = text;
        currency = named;
    }
    // Every symbol is a `$` or a letter beyond ASCII: most texts have neither.
    let symbols = if rest.is_ascii() && !rest.contains('$') { &[][..] } else { &HEADER_SYMBOLS[..] };
    for &(symbol, code) in symbols {
        if rest.contains(symbol) {
            currency = currency.or(Some(code));
            rest = rest.replace(symbol, " ");
        }
    }
    // Raw words: split at non-alphanumerics and at lower→upper humps (`InvoiceDate`).
    let mut raw: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous: Option<char> = None;
    let mut numbered = false;
    for c in rest.chars() {
        numbered |= c == '#' && !(raw.is_empty() && current.is_empty());
        let hump = c.is_uppercase() && previous.is_some_and(char::is_lowercase);
        let letter = c.is_alphanumeric() || (is_mark(c) && !current.is_empty());
        if (!letter || hump) && !current.is_empty() {
            raw.push(std::mem::take(&mut current));
        }
        if letter {
            current.push(c);
        }
        previous = Some(c);
    }
    if !current.is_empty() {
        raw.push(current);
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut unit = None;
    for word in raw {
        if let Some((named, code)) = unit_word(&word) {
            unit = unit.or(Some(named));
            currency = currency.or(code);
            continue;
        }
        // An upper-case ISO code (`Amount (ILS)`, `Saldo EUR`) names the column's
        // currency; so does a lower-case code of a major currency after another word
        // (`converted_usd`), which is no word in the tables' languages.
        if word.len() == 3 {
            let upper = word.to_ascii_uppercase();
            let upper_case = word.chars().all(|c| c.is_ascii_uppercase());
            let major_after_a_word = !out.is_empty()
                && word.chars().all(|c| c.is_ascii_lowercase())
                && MAJOR.contains(&upper.as_str());
            let coded = if upper_case || major_after_a_word { crate::money::iso_code(&upper) } else { None };
            if coded.is_some() {
                currency = currency.or(coded);
                continue;
            }
        }
        let folded = folded(&word);
        if !STOP_WORDS.contains(&folded.as_str()) {
            out.push(folded);
        }
    }
    // A currency named in words at the end (`Open amount in euros`, `Betrag in Euro`):
    // the column's currency, not words of its name; never the header's only words.
    if currency.is_none() && out.len() >= 2 && out.last().is_some_and(|w| currencies::ends_a_name(w)) {
        let named = (1..=3.min(out.len().saturating_sub(1))).rev().find_map(|length| {
            let from = out.len().saturating_sub(length);
            currencies::named(&out.get(from..).unwrap_or_default().join(" ")).map(|code| (code, from))
        });
        if let Some((code, from)) = named {
            currency = Some(code);
            out.truncate(from);
        }
    }
    Words { joined: out.concat(), words: out, currency, unit, numbered }
}

/// How a header matched a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fit {
    /// English money words no term puts together, one of them saying which
    /// amount (see [`MONEY_WORDS`]).
    Worded,
    /// Some header words abbreviate the term's.
    Abbreviated,
    /// The same words.
    Exact,
}

/// Whether header word `h` stands for term word `t`.
fn abbreviates(h: &str, t: &str) -> bool {
    if h == t {
        return true;
    }
    if h.len() <= LONGEST_SHORT_FORM
        && ABBREVIATIONS.iter().any(|(short, long)| *short == h && (*long == t || t.starts_with(long)))
    {
        return true;
    }
    // A prefix of at least three letters (`venc`, `doc`, `dat`), or the term's word
    // with a short ending (`cliente` for `client`, `montante` for `montant`).
    (h.chars().count() >= 3 && t.starts_with(h))
        || (h.starts_with(t) && h.len().saturating_sub(t.len()) <= 2 && t.len() >= 4)
}

/// How `header` fits `term`, if it does.
pub(crate) fn fit(header: &Words, term: &Words) -> Option<Fit> {
    if header.words.is_empty() {
        return None;
    }
    if header.joined == term.joined {
        return Some(Fit::Exact);
    }
    (header.words.len() == term.words.len()
        && header.words.iter().zip(&term.words).all(|(h, t)| abbreviates(h, t)))
    .then_some(Fit::Abbreviated)
}

/// A term with its words split once.
pub(crate) struct Known {
    /// Its place in the tables: earlier terms win ties.
    pub rank: usize,
    /// The field it names.
    pub field: Field,
    /// Whether it names it specifically.
    pub specific: bool,
    /// Its language.
    pub language: &'static str,
    /// Its words.
    pub words: Words,
}

/// Every term of every language, split into words once.
pub(crate) fn known() -> &'static [Known] {
    static KNOWN: OnceLock<Vec<Known>> = OnceLock::new();
    KNOWN.get_or_init(|| {
        LANGUAGES
            .iter()
            .flat_map(|(language, terms)| terms.iter().map(move |term| (*language, term)))
            .enumerate()
            .map(|(rank, (language, (field, text, specific)))| Known {
                rank,
                field: *field,
                specific: *specific,
                language,
                words: words(text),
            })
            .collect()
    })
}

/// The terms by their joined words, and by word count and first letter (an
/// abbreviation keeps both), so that a header is compared with few terms.
struct Index {
    exact: std::collections::HashMap<&'static str, Vec<&'static Known>>,
    shape: std::collections::HashMap<(usize, char), Vec<&'static Known>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index { exact: Default::default(), shape: Default::default() };
        for k in known() {
            index.exact.entry(k.words.joined.as_str()).or_default().push(k);
            if let Some(first) = k.words.words.first().and_then(|w| w.chars().next()) {
                index.shape.entry((k.words.words.len(), first)).or_default().push(k);
            }
        }
        index
    })
}

/// Every term `header` fits, with how. A header whose `#` follows a word fits
/// as the words and "number" when those name a term exactly (`Transaction#` is
/// a transaction number, `Customer #` a customer number), else as its words
/// (`Factura #` is a `factura`).
pub(crate) fn fits(header: &Words) -> Vec<(&'static Known, Fit)> {
    if header.numbered {
        let joined = format!("{}number", header.joined);
        if let Some(terms) = index().exact.get(joined.as_str()) {
            return terms.iter().map(|k| (*k, Fit::Exact)).collect();
        }
    }
    let Some(first) = header.words.first().and_then(|w| w.chars().next()) else {
        return Vec::new();
    };
    let index = index();
    let exact = index.exact.get(header.joined.as_str()).into_iter().flatten().map(|k| (*k, Fit::Exact));
    let abbreviated = index
        .shape
        .get(&(header.words.len(), first))
        .into_iter()
        .flatten()
        .filter(|k| k.words.joined != header.joined)
        .filter_map(|k| fit(header, &k.words).map(|f| (*k, f)));
    let found: Vec<(&'static Known, Fit)> = exact.chain(abbreviated).collect();
    if !found.is_empty() {
        return found;
    }
    let included = tax_included(header);
    if included.is_empty() { worded(header).into_iter().collect() } else { included }
}

/// English words money headers are made of, with the amount a word marks
/// (`None`: any amount). No term names `Outstanding Balance`, `Amount Due
/// Remaining` (Oracle's), `Original Amount Due` or `Unpaid Balance`: left
/// unmapped, each invoice was read as wholly open.
const MONEY_WORDS: [(&str, Option<Field>); 33] = [
    ("amount", None),
    ("amt", None),
    ("balance", None),
    ("bal", None),
    ("due", None),
    ("total", None),
    ("sum", None),
    ("value", None),
    ("invoice", None),
    ("inv", None),
    ("document", None),
    ("doc", None),
    ("transaction", None),
    ("trx", None),
    ("outstanding", Some(Field::OpenBalance)),
    ("remaining", Some(Field::OpenBalance)),
    ("unpaid", Some(Field::OpenBalance)),
    ("open", Some(Field::OpenBalance)),
    ("residual", Some(Field::OpenBalance)),
    ("pending", Some(Field::OpenBalance)),
    ("uncollected", Some(Field::OpenBalance)),
    ("unsettled", Some(Field::OpenBalance)),
    ("receivable", Some(Field::OpenBalance)),
    ("owed", Some(Field::OpenBalance)),
    ("original", Some(Field::Amount)),
    ("orig", Some(Field::Amount)),
    ("billed", Some(Field::Amount)),
    ("invoiced", Some(Field::Amount)),
    ("gross", Some(Field::Amount)),
    ("paid", Some(Field::AmountPaid)),
    ("received", Some(Field::AmountPaid)),
    ("collected", Some(Field::AmountPaid)),
    ("applied", Some(Field::AmountPaid)),
];

/// The amount a header no term fits names by its words alone ([`Fit::Worded`]):
/// every word one of [`MONEY_WORDS`], one of them any amount's (`Amount`,
/// `Balance`: `Open` alone may be a status) and those that mark one all marking
/// the same. Fitted as a generic English term of that field, so any term a
/// column fits takes the field first.
fn worded(header: &Words) -> Option<(&'static Known, Fit)> {
    let mut field = None;
    let mut neutral = false;
    for word in &header.words {
        match MONEY_WORDS.iter().find(|(w, _)| w == word)? {
            (_, None) => neutral = true,
            (_, Some(marks)) if field.is_none_or(|f| f == *marks) => field = Some(*marks),
            _ => return None,
        }
    }
    let field = field.filter(|_| neutral)?;
    static WORDED: OnceLock<Vec<Known>> = OnceLock::new();
    let known = WORDED.get_or_init(|| {
        [(Field::OpenBalance, "outstanding"), (Field::Amount, "original"), (Field::AmountPaid, "paid")]
            .into_iter()
            .map(|(field, word)| Known {
                rank: usize::MAX,
                field,
                specific: false,
                language: "English",
                words: words(word),
            })
            .collect()
    });
    known.iter().find(|k| k.field == field).map(|k| (k, Fit::Worded))
}

/// The money terms a header fits by its words other than those saying the tax
/// is included, when it says so: `Betrag brutto`, `Totaalbedrag incl. btw`,
/// `Montant TTC` and `Total incl. VAT` are amounts (`Betrag`, `Totaalbedrag`,
/// `Montant`, `Total`), with their tax, as owed.
fn tax_included(header: &Words) -> Vec<(&'static Known, Fit)> {
    let included = |w: &String| INCLUDED_WORDS.contains(&w.as_str());
    if !header.words.iter().any(included) {
        return Vec::new();
    }
    let rest: Vec<String> =
        header.words.iter().filter(|w| !included(w) && !TAX_WORDS.contains(&w.as_str())).cloned().collect();
    if rest.is_empty() || rest.len() == header.words.len() {
        return Vec::new();
    }
    let plain = Words { joined: rest.concat(), words: rest, numbered: false, ..header.clone() };
    fits(&plain).into_iter().filter(|(k, _)| k.field.is_money()).collect()
}

/// A header text's [`words`] and the terms they [`fits`].
pub(crate) struct HeaderRead {
    /// The text's words.
    pub words: Words,
    /// Every term the words fit, with how.
    pub fits: Vec<(&'static Known, Fit)>,
}

/// The texts read by [`HeaderWords::read`], each once: looking for the header
/// row reads the same texts again (a row alone, then below the row above it),
/// and data rows repeat theirs (`Invoice`, `USD`).
#[derive(Default)]
pub(crate) struct HeaderWords {
    read: std::collections::HashMap<String, std::rc::Rc<HeaderRead>>,
}

impl HeaderWords {
    /// The words of `text` and the terms they fit.
    pub(crate) fn read(&mut self, text: &str) -> std::rc::Rc<HeaderRead> {
        if let Some(read) = self.read.get(text) {
            return read.clone();
        }
        let mut words = words(text);
        let mut fitting = fits(&words);
        // A field named within its object (`Invoice: Invoice Number`, `Account: Name`,
        // Zuora's and report writers' data-source columns), that no term fits
        // whole: the field's own name. Not after a dot: German headers abbreviate
        // with one (`Ausgl.beleg`, the clearing document).
        if fitting.is_empty()
            && let Some(field) = object_field(text)
        {
            let inner = self::words(field);
            let inner_fits = fits(&inner);
            if !inner_fits.is_empty() {
                (words, fitting) = (inner, inner_fits);
            }
        }
        // Serbian (and Macedonian) in Cyrillic, that no Russian, Ukrainian or
        // Bulgarian term fits: its Latin letters, one for one, are the Serbo-Croatian
        // terms' (`Преостали дуг` is `Preostali dug`).
        if fitting.is_empty()
            && let Some(latin) = serbian_latin(text)
        {
            let inner = self::words(&latin);
            let inner_fits = fits(&inner);
            if !inner_fits.is_empty() {
                (words, fitting) = (inner, inner_fits);
            }
        }
        let read = std::rc::Rc::new(HeaderRead { fits: fitting, words });
        self.read.insert(text.to_owned(), read.clone());
        read
    }
}

/// `text` in Serbian Latin letters (Vuk's alphabet, one for one, with
/// Macedonian's own), when it has Cyrillic letters and none that only other
/// languages write (`ы`, `я`, `щ`…).
fn serbian_latin(text: &str) -> Option<String> {
    const LETTERS: [(char, &str); 33] = [
        ('а', "a"),
        ('б', "b"),
        ('в', "v"),
        ('г', "g"),
        ('д', "d"),
        ('ђ', "đ"),
        ('е', "e"),
        ('ж', "ž"),
        ('з', "z"),
        ('и', "i"),
        ('ј', "j"),
        ('к', "k"),
        ('л', "l"),
        ('љ', "lj"),
        ('м', "m"),
        ('н', "n"),
        ('њ', "nj"),
        ('о', "o"),
        ('п', "p"),
        ('р', "r"),
        ('с', "s"),
        ('т', "t"),
        ('ћ', "ć"),
        ('у', "u"),
        ('ф', "f"),
        ('х', "h"),
        ('ц', "c"),
        ('ч', "č"),
        ('џ', "dž"),
        ('ш', "š"),
        ('ѓ', "gj"),
        ('ѕ', "dz"),
        ('ќ', "kj"),
    ];
    let cyrillic = |c: char| ('\u{400}'..='\u{4FF}').contains(&c);
    if !text.chars().any(cyrillic) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if !cyrillic(c) {
            out.push(c);
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        let (_, latin) = LETTERS.iter().find(|(letter, _)| *letter == lower)?;
        out.push_str(latin);
    }
    Some(out)
}

/// The field's name of a header naming it within its object: what follows
/// the colon of `Invoice: Due Date` (an object of one or two words).
fn object_field(text: &str) -> Option<&str> {
    let (object, field) = text.split_once(':')?;
    let object_words = object.split_whitespace().count();
    let named = object.chars().any(char::is_alphabetic) && field.chars().any(char::is_alphabetic);
    ((1..=2).contains(&object_words) && named).then_some(field.trim())
}

/// Header words for a tax on an invoice, in the tables' languages (folded as
/// [`words`] folds them): VAT, GST, sales tax, `MwSt`, `TVA`, `IVA`, `BTW`,
/// `moms`, `ALV`, `DPH`, `KDV`, `НДС`.
const TAX_WORDS: [&str; 37] = [
    "vat",
    "tax",
    "taxes",
    "gst",
    "hst",
    "pst",
    "qst",
    "mwst",
    "ust",
    "umsatzsteuer",
    "mehrwertsteuer",
    "steuer",
    "steuerbetrag",
    "tva",
    "taxe",
    "tasse",
    "iva",
    "igic",
    "impuesto",
    "impuestos",
    "imposto",
    "icms",
    "btw",
    "moms",
    "mva",
    "alv",
    "dph",
    "kdv",
    "ндс",
    "налог",
    "podatek",
    "vatu",
    "imposta",
    "momsbelopp",
    "skatt",
    "vero",
    "verot",
];

/// Tax written without spaces in Japanese, Chinese and Korean headers (`消費税`, `税额`, `부가세`).
const TAX_MARKS: [&str; 4] = ["税", "稅", "부가세", "세액"];

/// Header words for an amount before tax (folded): `Net`, `Netto`, `HT` (hors
/// taxes), `Base imponible`, `Imponibile`, `Subtotal`, `excl.`.
const NET_WORDS: [&str; 15] = [
    "net",
    "netto",
    "nettobetrag",
    "ht",
    "hors",
    "imponible",
    "imponibile",
    "subtotal",
    "excl",
    "excluding",
    "exclusive",
    "liquido",
    "netbedrag",
    "nettobelopp",
    "без",
];

/// Header words saying the tax is included (`incl. VAT`, `TTC`, `Brutto`,
/// `IVA incluido`, `con IVA`): the amount owed, not a part of it.
const INCLUDED_WORDS: [&str; 14] = [
    "incl",
    "including",
    "inclusive",
    "inkl",
    "inklusive",
    "brutto",
    "gross",
    "ttc",
    "incluido",
    "incluida",
    "inclusa",
    "incluso",
    "con",
    "com",
];

/// Whether `header` names a tax on the invoices (`VAT`, `Sales tax`, `MwSt`,
/// `TVA`, `IVA`, `消費税`): a part of what is owed, never the amount owed. Not
/// a header saying the tax is included (`Total incl. VAT`) or left out
/// (`Totaalbedrag excl. btw`, `Betrag ohne MwSt`: see [`names_net`]).
pub(crate) fn names_tax(header: &str) -> bool {
    let w = words(header);
    let has = |list: &[&str]| w.words.iter().any(|word| list.contains(&word.as_str()));
    (has(&TAX_WORDS) || TAX_MARKS.iter().any(|mark| w.joined.contains(mark)))
        && !has(&INCLUDED_WORDS)
        && !has(&EXCLUDED_WORDS)
}

/// Whether `header` is a row's total alone, in the header tables' languages
/// (`Total`, `Total due`, `Gesamt`, `Totaal`, `Totale`, `Razem`, `Toplam`,
/// `Итого`, `合計`): in an aged report, what is outstanding on the row.
pub(crate) fn names_row_total(header: &str) -> bool {
    const TOTALS: [&str; 26] = [
        "total",
        "totals",
        "totaldue",
        "totaloutstanding",
        "totalbalance",
        "totaal",
        "totale",
        "totalt",
        "totalet",
        "toplam",
        "gesamt",
        "gesamtbetrag",
        "summe",
        "razem",
        "suma",
        "celkem",
        "osszesen",
        "yhteensa",
        "итого",
        "всего",
        "合計",
        "合计",
        "总计",
        "總計",
        "합계",
        "jumlah",
    ];
    TOTALS.contains(&words(header).words.concat().as_str())
}

/// Whether some term of `field` fits `header` (exactly or abbreviated, in any language).
pub(crate) fn names_field(header: &str, field: Field) -> bool {
    fits(&words(header)).iter().any(|(k, _)| k.field == field)
}

/// Whether `header` names an amount before tax (`Net amount`, `Netto`,
/// `Montant HT`, `Base imponible`, `Subtotal`, `Totaal excl. btw`), unless it
/// also says the tax is included (`incl. VAT`, `Brutto`) or that the amount is
/// what is left to pay (`Net Due`: net of payments).
pub(crate) fn names_net(header: &str) -> bool {
    const LEFT: [&str; 10] = [
        "due",
        "outstanding",
        "open",
        "remaining",
        "unpaid",
        "owed",
        "residual",
        "offen",
        "openstaand",
        "pendiente",
    ];
    let w = words(header);
    let has = |list: &[&str]| w.words.iter().any(|word| list.contains(&word.as_str()));
    (has(&NET_WORDS) || (has(&TAX_WORDS) && has(&EXCLUDED_WORDS))) && !has(&INCLUDED_WORDS) && !has(&LEFT)
}

/// Header words saying a tax is left out, before a tax's name (`excl. VAT`,
/// `ohne MwSt`, `zonder btw`, `sin IVA`, `hors taxes`, `bez DPH`, `без НДС`,
/// `utan moms`, `ilman ALV`, `KDV hariç`): with one, the header names an amount
/// before tax, not the tax.
const EXCLUDED_WORDS: [&str; 18] = [
    "excl",
    "excluding",
    "exclusive",
    "ohne",
    "zonder",
    "exclusief",
    "sin",
    "senza",
    "sem",
    "sans",
    "hors",
    "bez",
    "без",
    "utan",
    "uden",
    "uten",
    "ilman",
    "haric",
];

/// Header words for a rate or a share (folded): an exchange rate (`FX rate`,
/// `Kurs`, `Taux de change`, `Tipo de cambio`, `Koers`, `Курс`), a percentage.
const RATE_WORDS: [&str; 17] = [
    "rate",
    "fx",
    "kurs",
    "wechselkurs",
    "umrechnungskurs",
    "taux",
    "cambio",
    "cambial",
    "koers",
    "valutakurs",
    "kurssi",
    "курс",
    "percent",
    "percentage",
    "pct",
    "prozent",
    "pourcentage",
];

/// Rates written without spaces in Japanese, Chinese and Korean headers (`為替レート`, `汇率`, `환율`).
const RATE_MARKS: [&str; 5] = ["レート", "汇率", "匯率", "환율", "率"];

/// Whether `header` names a rate or a percentage (`Exchange rate`, `FX`,
/// `Kurs`, `Paid %`, `汇率`): numbers that are no amount of money.
pub(crate) fn names_rate(header: &str) -> bool {
    let w = words(header);
    header.contains('%')
        || w.words.iter().any(|word| RATE_WORDS.contains(&word.as_str()))
        || RATE_MARKS.iter().any(|mark| w.joined.contains(mark))
}

/// Header words for a posting's description (folded): free text, which may name
/// the customer among other words (`Müller AG Rechnung`) but is no customer's
/// name — `Description`, `Details`, `Memo`, `Narration`, `Text`, `Buchungstext`, `Libellé`,
/// `Concepto`, `Descrizione`, `Omschrijving`, `Opis`, `Описание`, `Açıklama`.
const DESCRIPTION_WORDS: [&str; 33] = [
    "description",
    "details",
    "narrative",
    "text",
    "memo",
    "narration",
    "notes",
    "comment",
    "comments",
    "remarks",
    "buchungstext",
    "beschreibung",
    "verwendungszweck",
    "bemerkung",
    "libelle",
    "commentaire",
    "concepto",
    "descripcion",
    "glosa",
    "observaciones",
    "descrizione",
    "causale",
    "descricao",
    "historico",
    "omschrijving",
    "opis",
    "описание",
    "содержание",
    "назначение",
    "beskrivning",
    "beskrivelse",
    "kuvaus",
    "aciklama",
];

/// Whether `header` names a posting's free-text description ([`DESCRIPTION_WORDS`]).
pub(crate) fn names_description(header: &str) -> bool {
    words(header).words.iter().any(|word| DESCRIPTION_WORDS.contains(&word.as_str()))
}

/// Header words for days, in the tables' languages (folded as [`words`] folds
/// them), and the words exports put over a count of days overdue (SAP's
/// `Arrears` and `Verzug`, an aging's `Age`, collections' `DPD`).
const DAY_WORDS: [&str; 31] = [
    "day", "days", "dpd", "age", "aging", "ageing", "arrears", "tage", "tagen", "verzug", "jour", "jours",
    "retard", "dias", "atraso", "giorni", "gg", "ritardo", "dagen", "dage", "dager", "dagar", "dni", "dnu",
    "paivaa", "paivia", "gun", "gunu", "дней", "дни", "дн",
];

/// Days written without spaces in Japanese, Chinese and Korean headers (`延滞日数`, `逾期天数`, `연체일수`).
const DAY_MARKS: [&str; 3] = ["日数", "天数", "일수"];

/// Whether `header` names a count of days (`Days overdue`, `Arrears`,
/// `Verzugstage`, `Jours de retard`, `延滞日数`): whole numbers under it are
/// days, not money.
pub(crate) fn names_days(header: &str) -> bool {
    let w = words(header);
    w.words
        .iter()
        .any(|word| DAY_WORDS.contains(&word.as_str()) || word.ends_with("tage") || word.ends_with("dagar"))
        || DAY_MARKS.iter().any(|mark| w.joined.contains(mark))
}

/// Stems of overdue, past due and arrears, folded and run together as [`words`]
/// joins a header's words.
const OVERDUE_MARKS: [&str; 27] = [
    "overdue",
    "pastdue",
    "late",
    "arrears",
    "dpd",
    "verzug",
    "uberfallig",
    "ueberfallig",
    "retard",
    "atras",
    "ritard",
    "scadut",
    "vencid",
    "mora",
    "achterstal",
    "vervallen",
    "przetermin",
    "zwlok",
    "forfal",
    "eraanty",
    "gecik",
    "terlambat",
    "просроч",
    "延滞",
    "逾期",
    "超期",
    "연체",
];

/// Whether `header` names a count of days overdue (`Days Past Due`, `Days
/// overdue`, `Verzugstage`, `Días vencidos`, `Jours de retard`, `逾期天数`), not
/// of days since the invoice (`Age`, `Days`).
pub(crate) fn names_days_overdue(header: &str) -> bool {
    names_days(header) && {
        let joined = words(header).joined;
        OVERDUE_MARKS.iter().any(|mark| joined.contains(mark))
    }
}

#[cfg(test)]
mod tests {
    /// A header's unit and currency, in the words beside a code in brackets too.
    #[test]
    fn units_and_currencies_in_headers() {
        use crate::import::columns::AmountUnit::{Millions, Thousands};
        for (header, words, currency, unit) in [
            ("Сумма, тыс. руб.", &["сумма"][..], Some("RUB"), Some(Thousands)),
            ("Betrag (Tsd. EUR)", &["betrag"], Some("EUR"), Some(Thousands)),
            ("Betrag Tsd", &["betrag"], None, Some(Thousands)),
            ("Kwota (tys. zł)", &["kwota"], Some("PLN"), Some(Thousands)),
            ("Částka (tis. Kč)", &["castka"], Some("CZK"), Some(Thousands)),
            ("Belopp tkr", &["belopp"], None, Some(Thousands)),
            ("Valor (R$ mil)", &["valor"], Some("BRL"), Some(Thousands)),
            ("Amount (EUR mn)", &["amount"], Some("EUR"), Some(Millions)),
            ("Сума, тис. грн", &["сума"], Some("UAH"), Some(Thousands)),
            ("Amount (US Dollars)", &["amount"], Some("USD"), None),
            ("Balance (EUR)", &["balance"], Some("EUR"), None),
        ] {
            let read = super::words(header);
            assert_eq!(
                (
                    read.words.iter().map(String::as_str).collect::<Vec<_>>().as_slice(),
                    read.currency,
                    read.unit
                ),
                (words, currency, unit),
                "{header:?}"
            );
        }
    }

    #[test]
    fn headers_of_days_overdue() {
        for header in [
            "Days Past Due",
            "Days overdue",
            "Verzugstage",
            "Días vencidos",
            "Jours de retard",
            "逾期天数",
            "DPD",
        ] {
            assert!(super::names_days_overdue(header), "{header:?}");
        }
        for header in ["Age", "Days", "Aging", "Tage", "Due Date", "Overdue"] {
            assert!(!super::names_days_overdue(header), "{header:?}");
        }
    }

    /// No short form is longer than [`super::LONGEST_SHORT_FORM`], which spares
    /// longer header words the look through them.
    #[test]
    fn no_short_form_is_longer_than_said() {
        let longest = super::ABBREVIATIONS.iter().map(|(short, _)| short.len()).max();
        assert_eq!(longest, Some(super::LONGEST_SHORT_FORM));
        assert!(super::abbreviates("vencto", "vencimento"));
    }
}
