//! Currency names as exports write them in a currency column instead of the
//! ISO code (NetSuite's `US Dollar`, QuickBooks Desktop's `British Pound`,
//! `Pound Sterling`, `Euro`, Kingdee's `人民币`, 1C's `Российский рубль`): the
//! names and short forms below, then the Unicode CLDR's names of 69 currencies in
//! 40 languages ([`super::currency_names`]).

use std::collections::HashMap;
use std::sync::OnceLock;

/// Names (folded and spaced as [`key`] makes them: `dồng` for `Đồng`) and their ISO 4217 codes.
const NAMES: &[(&str, &str)] = &[
    ("us dollar", "USD"),
    ("us dollars", "USD"),
    ("u s dollar", "USD"),
    ("united states dollar", "USD"),
    ("american dollar", "USD"),
    ("dolar estadounidense", "USD"),
    ("dolar americano", "USD"),
    ("dollar americain", "USD"),
    ("dollar des etats unis", "USD"),
    ("dollaro statunitense", "USD"),
    ("dollaro americano", "USD"),
    ("amerikaanse dollar", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("british pound", "GBP"),
    ("british pounds", "GBP"),
    ("pound sterling", "GBP"),
    ("pounds sterling", "GBP"),
    ("great british pound", "GBP"),
    ("sterling", "GBP"),
    ("uk pound", "GBP"),
    ("libra esterlina", "GBP"),
    ("livre sterling", "GBP"),
    ("pfund sterling", "GBP"),
    ("britisches pfund", "GBP"),
    ("sterlina britannica", "GBP"),
    ("canadian dollar", "CAD"),
    ("australian dollar", "AUD"),
    ("new zealand dollar", "NZD"),
    ("singapore dollar", "SGD"),
    ("hong kong dollar", "HKD"),
    ("new taiwan dollar", "TWD"),
    ("taiwan dollar", "TWD"),
    ("japanese yen", "JPY"),
    ("yen", "JPY"),
    ("chinese yuan", "CNY"),
    ("yuan renminbi", "CNY"),
    ("chinese yuan renminbi", "CNY"),
    ("renminbi", "CNY"),
    ("swiss franc", "CHF"),
    ("swiss francs", "CHF"),
    ("schweizer franken", "CHF"),
    ("franc suisse", "CHF"),
    ("franco suizo", "CHF"),
    ("franco svizzero", "CHF"),
    ("swedish krona", "SEK"),
    ("norwegian krone", "NOK"),
    ("danish krone", "DKK"),
    ("icelandic krona", "ISK"),
    ("polish zloty", "PLN"),
    ("zloty", "PLN"),
    ("czech koruna", "CZK"),
    ("hungarian forint", "HUF"),
    ("romanian leu", "RON"),
    ("bulgarian lev", "BGN"),
    ("ukrainian hryvnia", "UAH"),
    ("russian ruble", "RUB"),
    ("russian rouble", "RUB"),
    ("turkish lira", "TRY"),
    ("indian rupee", "INR"),
    ("pakistani rupee", "PKR"),
    ("sri lankan rupee", "LKR"),
    ("indonesian rupiah", "IDR"),
    ("malaysian ringgit", "MYR"),
    ("philippine peso", "PHP"),
    ("thai baht", "THB"),
    ("vietnamese dong", "VND"),
    ("south korean won", "KRW"),
    ("korean won", "KRW"),
    ("israeli new shekel", "ILS"),
    ("new israeli shekel", "ILS"),
    ("israeli shekel", "ILS"),
    ("uae dirham", "AED"),
    ("emirati dirham", "AED"),
    ("united arab emirates dirham", "AED"),
    ("saudi riyal", "SAR"),
    ("qatari riyal", "QAR"),
    ("omani rial", "OMR"),
    ("kuwaiti dinar", "KWD"),
    ("bahraini dinar", "BHD"),
    ("jordanian dinar", "JOD"),
    ("egyptian pound", "EGP"),
    ("south african rand", "ZAR"),
    ("nigerian naira", "NGN"),
    ("kenyan shilling", "KES"),
    ("moroccan dirham", "MAD"),
    ("mexican peso", "MXN"),
    ("brazilian real", "BRL"),
    ("real brasileiro", "BRL"),
    ("argentine peso", "ARS"),
    ("chilean peso", "CLP"),
    ("colombian peso", "COP"),
    ("peruvian sol", "PEN"),
    ("uruguayan peso", "UYU"),
    // Short and everyday forms CLDR does not list as names.
    ("rmb", "CNY"),
    ("美金", "USD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("台币", "TWD"),
    ("台幣", "TWD"),
    ("원", "KRW"),
    ("рубль", "RUB"),
    ("рубли", "RUB"),
    ("рублей", "RUB"),
    ("грн", "UAH"),
    ("гривня", "UAH"),
    ("тенге", "KZT"),
    ("лв", "BGN"),
    ("лева", "BGN"),
    ("vnd", "VND"),
    ("dồng", "VND"),
    ("dong", "VND"),
];

/// CLDR's names by their [`key`], with the code of the one currency each names
/// (`None` for a name two currencies share once folded): built at the first name
/// that is not in [`NAMES`].
fn cldr() -> &'static HashMap<String, Option<&'static str>> {
    static TABLE: OnceLock<HashMap<String, Option<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<String, Option<&'static str>> = HashMap::new();
        for (code, name) in super::currency_names::CLDR.lines().filter_map(|line| line.split_once(' ')) {
            table
                .entry(key(name))
                .and_modify(|known| {
                    if *known != Some(code) {
                        *known = None;
                    }
                })
                .or_insert(Some(code));
        }
        table
    })
}

/// Whether `word` (folded as [`super::words`] folds them) is the last word of a
/// currency's name in [`NAMES`] or CLDR's: a header's words are looked up as a
/// currency's name only when they end in one.
/// Built from each name's last word alone, not from [`cldr`]'s table of whole names
/// (a few milliseconds in WebAssembly's baseline code, paid by every file's first
/// header search, where this set is a tenth of that).
pub(crate) fn ends_a_name(word: &str) -> bool {
    static LAST: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    LAST.get_or_init(|| {
        let hand = NAMES.iter().filter_map(|(name, _)| key(name).rsplit(' ').next().map(str::to_owned));
        let cldr = super::currency_names::CLDR.lines().filter_map(|line| {
            let last = line.rsplit(char::is_whitespace).next()?;
            key(last).rsplit(' ').next().map(str::to_owned)
        });
        hand.chain(cldr).filter(|w| !w.is_empty()).collect()
    })
    .contains(word)
}

/// `text` folded as headers are, its non-alphanumerics spaces, its words one space apart.
fn key(text: &str) -> String {
    let folded = super::folded(text);
    let spaced: String = folded.chars().map(|c| if c.is_alphanumeric() { c } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The ISO 4217 code of a currency written by name (`US Dollar`, `Pound
/// Sterling`, `Euro`), or with its code beside the name (`Euro (EUR)`, `USD -
/// US Dollar`): `None` for anything else.
pub(crate) fn named(text: &str) -> Option<&'static str> {
    let codes: Vec<&'static str> = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase()))
        .filter_map(crate::money::iso_code)
        .collect();
    if let [code] = codes.as_slice() {
        return Some(code);
    }
    let key = key(text);
    if let Some((_, code)) = NAMES.iter().find(|(name, _)| *name == key) {
        return Some(code);
    }
    cldr().get(&key).copied().flatten()
}

#[cfg(test)]
mod tests {
    use super::named;

    #[test]
    fn currency_names_and_codes_beside_them() {
        let cases = [
            ("US Dollar", Some("USD")),
            ("  us dollars ", Some("USD")),
            ("Pound Sterling", Some("GBP")),
            ("British pound", Some("GBP")),
            ("Euro", Some("EUR")),
            ("Dólar estadounidense", Some("USD")),
            ("Schweizer Franken", Some("CHF")),
            ("Euro (EUR)", Some("EUR")),
            ("USD - US Dollar", Some("USD")),
            ("Kuwaiti Dinar", Some("KWD")),
            // CLDR's names in other languages and scripts.
            ("人民币", Some("CNY")),
            ("人民幣", Some("CNY")),
            ("日本円", Some("JPY")),
            ("Российский рубль", Some("RUB")),
            ("złoty polski", Some("PLN")),
            ("Đồng Việt Nam", Some("VND")),
            ("ريال سعودي", Some("SAR")),
            ("대한민국 원", Some("KRW")),
            ("Türk lirası", Some("TRY")),
            ("Schwedische Krone", Some("SEK")),
            ("couronne danoise", Some("DKK")),
            ("RMB", Some("CNY")),
            ("VNĐ", Some("VND")),
            ("đồng", Some("VND")),
            ("Dollar", None),
            ("Peso", None),
            ("USD or EUR", None),
            ("Acme", None),
        ];
        for (text, want) in cases {
            assert_eq!(named(text), want, "{text:?}");
        }
    }

    /// Every name's last word, folded as a header's are, is one [`super::ends_a_name`]
    /// knows: the cheap set the header search asks agrees with the whole names.
    #[test]
    fn every_name_ends_in_a_word_the_header_search_knows() {
        for (name, _) in super::NAMES {
            assert_eq!(super::key(name), *name, "a hand-written name is written as it is looked up");
        }
        let names = super::NAMES.iter().map(|(name, _)| (*name).to_owned());
        let cldr = super::super::currency_names::CLDR
            .lines()
            .filter_map(|l| l.split_once(' '))
            .map(|(_, n)| n.to_owned());
        for name in names.chain(cldr) {
            let key = super::key(&name);
            let last = key.rsplit(' ').next().unwrap_or_default();
            assert!(super::ends_a_name(last), "{name:?} ends in {last:?}");
        }
    }

    /// Every name of the CLDR table reads as its own currency, unless folding makes
    /// it another currency's too (then it reads as none): no hand-written name
    /// contradicts CLDR, and the table's lines are all read.
    #[test]
    fn every_cldr_name_reads_as_its_currency_or_as_none() {
        let lines: Vec<(&str, &str)> =
            super::super::currency_names::CLDR.lines().filter_map(|l| l.split_once(' ')).collect();
        assert!(lines.len() > 4_000, "{} names", lines.len());
        let mut shared = 0;
        for (code, name) in lines {
            match named(name) {
                Some(read) => assert_eq!(read, code, "{name:?}"),
                None => {
                    assert_eq!(super::cldr().get(&super::key(name)), Some(&None), "{name:?}");
                    shared += 1;
                }
            }
        }
        assert!(shared < 20, "{shared} names shared once folded");
    }
}
