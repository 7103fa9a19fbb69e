//! Currency names as exports write them in a currency column instead of the
//! ISO code (NetSuite's `US Dollar`, QuickBooks Desktop's `British Pound`,
//! `Pound Sterling`, `Euro`, Kingdee's `人民币`, 1C's `Российский рубль`): the
//! names and short forms below, then the Unicode CLDR's names of 69 currencies in
//! 40 languages (`currency_names.txt`, folded into a sorted table by
//! `core/build.rs`).

use super::fold::name_key as key;

include!(concat!(env!("OUT_DIR"), "/currency_names.rs"));

/// Words written one after another, sorted, with where each ends: a table
/// that costs nothing to build and is searched by halves.
struct Sorted {
    text: &'static str,
    ends: &'static [u32],
}

impl Sorted {
    /// The `i`th word.
    fn get(&self, i: usize) -> Option<&'static str> {
        let start = match i.checked_sub(1) {
            Some(before) => *self.ends.get(before)?,
            None => 0,
        };
        let end = *self.ends.get(i)?;
        self.text.get(usize::try_from(start).ok()?..usize::try_from(end).ok()?)
    }

    /// Where `word` is, if it is there.
    fn find(&self, word: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.ends.len());
        while low < high {
            let middle = low.checked_add(high.checked_sub(low)? / 2)?;
            match self.get(middle)?.cmp(word) {
                std::cmp::Ordering::Less => low = middle.checked_add(1)?,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(middle),
            }
        }
        None
    }
}

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

/// The code of the one currency CLDR's name `key` (folded by [`key`]) names:
/// `Some(None)` for a name two currencies share once folded, `None` for no
/// name of CLDR's.
fn cldr(key: &str) -> Option<Option<&'static str>> {
    let i = CLDR_KEYS.find(key)?;
    let code = CLDR_CODE_OF.get(i)?;
    Some(CLDR_CODES.get(usize::from(*code)).copied())
}

/// Whether `word` (folded as [`super::words`] folds them) is the last word of a
/// currency's name in [`NAMES`] or CLDR's: a header's words are looked up as a
/// currency's name only when they end in one.
pub(crate) fn ends_a_name(word: &str) -> bool {
    CLDR_LAST_WORDS.find(word).is_some()
        || NAMES.iter().any(|(name, _)| name.rsplit(' ').next() == Some(word))
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
    cldr(&key).flatten()
}

#[cfg(test)]
mod tests {
    use super::named;

    /// The lines of the names file the build script folds: code and name.
    fn cldr_lines() -> impl Iterator<Item = (&'static str, &'static str)> {
        include_str!("currency_names.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once(' '))
    }

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
        let cldr = cldr_lines().map(|(_, n)| n.to_owned());
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
        let lines: Vec<(&str, &str)> = cldr_lines().collect();
        assert!(lines.len() > 4_000, "{} names", lines.len());
        let mut shared = 0;
        for (code, name) in lines {
            match named(name) {
                Some(read) => assert_eq!(read, code, "{name:?}"),
                None => {
                    assert_eq!(super::cldr(&super::key(name)), Some(None), "{name:?}");
                    shared += 1;
                }
            }
        }
        assert!(shared < 20, "{shared} names shared once folded");
    }
}
