//! The formatting and form-reading rules the shells call: numbers and money per
//! locale and currency, amounts typed in any common style. Table-driven.

use arlens::money::locale::{Locale, format_date, format_money, format_number, parse_amount_input};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn money_with_each_currencys_minor_units_in_each_locale() {
    // (amount, currency, locale, expected)
    let cases: &[(&str, &str, &str, &str)] = &[
        ("1234567.891", "USD", "en", "1,234,567.89"),
        ("1234567.895", "USD", "en", "1,234,567.90"), // half away from zero
        ("-1234567.895", "USD", "en", "-1,234,567.90"),
        ("1234567", "JPY", "en", "1,234,567"),   // no minor units
        ("1234567.5", "JPY", "en", "1,234,568"), // rounded for display only
        ("1234.5", "BHD", "en", "1,234.500"),    // three minor units
        ("1234.5", "KWD", "de", "1.234,500"),
        ("1234567.5", "EUR", "de", "1.234.567,50"),
        ("1234567.5", "EUR", "fr", "1\u{202f}234\u{202f}567,50"),
        ("1234567.5", "BRL", "pt-BR", "1.234.567,50"),
        ("1234567.5", "EUR", "es", "1.234.567,50"),
        ("1234567.5", "EUR", "it", "1.234.567,50"),
        ("1234567.5", "EUR", "nl", "1.234.567,50"),
        ("1234567.5", "CHF", "de-CH", "1’234’567.50"),
        ("1234567.5", "INR", "en-IN", "12,34,567.50"),
        ("123.5", "INR", "en-IN", "123.50"),
        ("1234567.5", "USD", "iso", "1234567.50"),
        ("-0.001", "USD", "en", "0.00"), // never -0.00
        ("0", "EUR", "de", "0,00"),
        ("999.995", "USD", "en", "1,000.00"),
    ];
    for (amount, currency, tag, want) in cases {
        let locale = Locale::from_tag(tag).unwrap();
        assert_eq!(format_money(d(amount), currency, &locale), *want, "{amount} {currency} in {tag}");
    }
}

#[test]
fn dates_in_each_locales_order_padded_to_line_up() {
    // 5 March 2024: a day that reads differently in every order.
    let date = chrono::NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
    // (tag, expected)
    let cases: &[(&str, &str)] = &[
        ("en", "03/05/2024"),
        ("en-US", "03/05/2024"),
        ("en-GB", "05/03/2024"),
        ("en-IN", "05/03/2024"),
        ("en-CA", "2024-03-05"),
        ("en-ZA", "2024/03/05"),
        ("de", "05.03.2024"),
        ("de-AT", "05.03.2024"),
        ("de-CH", "05.03.2024"),
        ("fr", "05/03/2024"),
        ("fr-CH", "05.03.2024"),
        ("fr-CA", "2024-03-05"),
        ("es", "05/03/2024"),
        ("es-US", "03/05/2024"),
        ("es-MX", "05/03/2024"),
        ("it", "05/03/2024"),
        ("nl", "05-03-2024"),
        ("nl-BE", "05/03/2024"),
        ("pt-BR", "05/03/2024"),
        ("pl", "05.03.2024"),
        ("sv", "2024-03-05"),
        ("ja", "2024/03/05"),
        ("zh-Hant-TW", "2024/03/05"),
        ("ko", "2024.03.05"),
        ("hu", "2024.03.05"),
        ("iso", "2024-03-05"),
    ];
    for (tag, want) in cases {
        assert_eq!(format_date(date, &Locale::from_tag(tag).unwrap()), *want, "{tag}");
    }
    // The core's own texts keep ISO dates with English numbers.
    assert_eq!(format_date(date, &Locale::EN), "2024-03-05");
    assert_eq!(Locale::from_tag("de-DE").unwrap().example(), "1.234,56 · 31.03.2024");
}

#[test]
fn figures_round_half_away_from_zero() {
    for (value, decimals, want) in [
        ("45.25", 1, "45.3"),
        ("-45.25", 1, "-45.3"),
        ("45.24", 1, "45.2"),
        ("55.94", 0, "56"),
        ("1234.05", 1, "1,234.1"),
    ] {
        assert_eq!(format_number(d(value), decimals, &Locale::EN), want, "{value} to {decimals}");
    }
}

#[test]
fn amounts_typed_in_any_common_style() {
    // (text, locale, expected)
    let cases: &[(&str, &str, &str)] = &[
        ("1.200,00", "en", "1200.00"),
        ("1,200.00", "de", "1200.00"),
        ("1 200,00", "fr", "1200.00"),
        ("1\u{202f}200,00", "fr", "1200.00"),
        ("1’200.00", "de-CH", "1200.00"),
        ("1'200.00", "en", "1200.00"),
        ("1200", "en", "1200"),
        ("1200,5", "en", "1200.5"), // a lone comma before one digit is a decimal comma
        ("1200.5", "de", "1200.5"),
        ("1.200", "de", "1200"), // a lone mark before three digits: as the locale writes
        ("1.200", "en", "1.200"),
        ("1,200", "en", "1200"),
        ("1,200", "pt-BR", "1.200"),
        ("1.234.567", "en", "1234567"), // repeated marks are grouping
        ("1,234,567", "de", "1234567"),
        ("12,34,567.89", "en-IN", "1234567.89"),
        ("-35", "en", "-35"),
        ("(35.00)", "en", "-35.00"),
        ("€ 1.200,50", "de", "1200.50"),
        ("1,200.50 USD", "en", "1200.50"),
        ("R$ 1.200,50", "pt-BR", "1200.50"),
    ];
    for (text, tag, want) in cases {
        let locale = Locale::from_tag(tag).unwrap();
        assert_eq!(
            parse_amount_input(text, &locale).map(|v| v.to_string()).map_err(|e| e.to_string()),
            Ok((*want).to_owned()),
            "{text:?} in {tag}"
        );
    }
    for bad in ["", "abc", "1.2.3,4,5", "12..5"] {
        let err = parse_amount_input(bad, &Locale::EN).unwrap_err();
        assert!(err.to_string().starts_with("invalid option amount"), "{bad:?}: {err}");
    }
}

#[test]
fn unknown_locales_are_refused_by_name() {
    let err = Locale::from_tag("tlh").unwrap_err();
    assert!(err.to_string().starts_with("invalid option locale"), "{err}");
}
