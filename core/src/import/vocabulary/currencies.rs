//! Currency names as exports write them in a currency column instead of the
//! ISO code (NetSuite's `US Dollar`, QuickBooks Desktop's `British Pound`,
//! `Pound Sterling`, `Euro`), in English and the tables' other languages.

/// Names (folded and spaced as [`key`] makes them) and their ISO 4217 codes.
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
];

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
    NAMES.iter().find(|(name, _)| *name == key).map(|(_, code)| *code)
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
            ("Dollar", None),
            ("Peso", None),
            ("USD or EUR", None),
            ("Acme", None),
        ];
        for (text, want) in cases {
            assert_eq!(named(text), want, "{text:?}");
        }
    }
}
