//! Money: `rust_decimal::Decimal` amounts tagged with an ISO 4217 currency code.
//!
//! Amounts are kept exactly as read; the core never rounds them silently. The one
//! place that decides how money is shown is [`normalize`]: it pads an amount to
//! its currency's minor units (`2` → `2.00` USD, `5` → `5` JPY) and never drops
//! digits, so a sum always equals its parts to the last digit.

pub mod locale;
mod tally;

pub use tally::Tally;

use rust_decimal::Decimal;

/// `-value`: a sign flip, which cannot overflow (`Decimal`'s range is symmetric).
#[allow(clippy::arithmetic_side_effects)]
pub fn negate(value: Decimal) -> Decimal {
    -value
}

/// `value`, negated when `negative`.
pub fn signed(value: Decimal, negative: bool) -> Decimal {
    if negative { negate(value) } else { value }
}

/// Number of minor-unit digits of an ISO 4217 currency (ISO 4217 table "E").
///
/// Zero-decimal currencies (JPY, KRW, …) give 0, the three-decimal dinars (BHD,
/// JOD, KWD, OMR, TND, IQD, LYD) give 3, every other code gives 2.
pub fn minor_units(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX" | "UYI"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// `amount` shown with at least its currency's minor units, losing nothing.
///
/// ```
/// use arlens::money::normalize;
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// assert_eq!(normalize(d("2"), "USD").to_string(), "2.00");
/// assert_eq!(normalize(d("2.345"), "USD").to_string(), "2.345"); // never rounded away
/// assert_eq!(normalize(d("5"), "JPY").to_string(), "5");
/// ```
pub fn normalize(amount: Decimal, currency: &str) -> Decimal {
    let units = minor_units(currency);
    let mut out = amount;
    if out.scale() < units {
        out.rescale(units);
    }
    out
}

/// Significant digits Excel keeps in a number cell.
const EXCEL_DIGITS: usize = 15;

/// The one conversion of a spreadsheet number (`f64`) to money: rounded to the
/// 15 significant digits Excel itself keeps, then trailing zeros dropped, so the
/// amount is what the user sees in the cell, not the binary float behind it.
/// `None` for infinities and NaN.
///
/// ```
/// use arlens::money::from_excel_number;
/// assert_eq!(from_excel_number(3299.7).unwrap().to_string(), "3299.7");
/// assert_eq!(from_excel_number(0.1 + 0.2).unwrap().to_string(), "0.3");
/// assert_eq!(from_excel_number(-1234.56).unwrap().to_string(), "-1234.56");
/// assert_eq!(from_excel_number(2960623488.0).unwrap().to_string(), "2960623488");
/// assert!(from_excel_number(f64::NAN).is_none());
/// ```
pub fn from_excel_number(value: f64) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    // The usual amount, whole cents: when `value` is the double nearest to
    // cents / 100 and those have at most 15 digits, that is its 15-digit form
    // (the double is within half its unit, 1.2e-16 of it, of cents / 100, and a
    // 15-digit form's half unit is at least 5e-16 of it), with no text made.
    let cents = (value * 100.0).round();
    if cents.abs() < 1e15 && cents / 100.0 == value {
        // |cents| < 1e15: an integer an `i64` holds exactly.
        #[allow(clippy::cast_possible_truncation)]
        return Some(Decimal::new(cents as i64, 2).normalize());
    }
    from_excel_digits(value)
}

/// [`from_excel_number`] through the number's 15-digit text, for every value.
fn from_excel_digits(value: f64) -> Option<Decimal> {
    let text = format!("{:.*e}", EXCEL_DIGITS - 1, value);
    Decimal::from_scientific(&text).ok().map(|d| d.normalize())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod excel_number_tests {
    use super::{from_excel_digits, from_excel_number};
    use proptest::prelude::*;

    /// Both ways' amounts as text: the same value at the same scale.
    fn both(v: f64) -> (Option<String>, Option<String>) {
        (from_excel_number(v).map(|d| d.to_string()), from_excel_digits(v).map(|d| d.to_string()))
    }

    /// Whole cents, their neighbours and the edges of the 15 digits take the
    /// short way to the same amount as the text does.
    #[test]
    fn cents_read_as_their_text_reads_them() {
        for v in [
            0.0,
            -0.0,
            0.01,
            -0.01,
            0.1 + 0.2,
            2420.93,
            -1234.56,
            3299.7,
            1e13 - 0.01,
            9_999_999_999_999.99,
            1e13,
            0.005,
        ] {
            let (short, text) = both(v);
            assert_eq!(short, text, "{v}");
        }
        // -0 is 0, as the text's way gives it.
        assert_eq!(from_excel_number(-0.0).unwrap().to_string(), "0");
        // 0.1 + 0.2 is not the double nearest to 0.30: the text's way, 15 digits.
        assert_eq!(from_excel_number(0.1 + 0.2).unwrap().to_string(), "0.3");
        assert_eq!(from_excel_number(2420.93).unwrap().to_string(), "2420.93");
    }

    proptest! {
        /// Any amount in cents up to 15 digits, and its double's neighbours.
        #[test]
        fn cents_and_their_neighbours(cents in -999_999_999_999_999i64..=999_999_999_999_999, step in -2i64..=2) {
            let v = f64::from_bits((cents as f64 / 100.0).to_bits().wrapping_add_signed(step));
            let (short, text) = both(v);
            prop_assert_eq!(short, text);
        }

        /// Any finite double at all.
        #[test]
        fn any_double(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            prop_assume!(v.is_finite());
            let (short, text) = both(v);
            prop_assert_eq!(short, text);
        }
    }
}

/// `value` rounded to `decimals` places, half away from zero: the crate's one
/// rounding rule (`Decimal::round_dp` would round half to even). Used for
/// display, by payment plans to make cents, and for a formula's `ROUND` (as Excel).
///
/// ```
/// let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
/// assert_eq!(arlens::money::display(d("2.25"), 1).to_string(), "2.3");
/// assert_eq!(arlens::money::display(d("-2.25"), 1).to_string(), "-2.3");
/// ```
pub fn display(value: Decimal, decimals: u32) -> Decimal {
    value.round_dp_with_strategy(decimals, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

/// Active ISO 4217 currency codes (and XXX, "no currency"), sorted.
const ISO_CODES: [&str; 155] = [
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD",
    "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY",
    "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
    "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR",
    "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT",
    "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR",
    "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK",
    "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD",
    "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY",
    "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF",
    "XPF", "XXX", "YER", "ZAR", "ZMW",
];

/// Whether `code` is an ISO 4217 currency code (upper case, as written in the standard).
///
/// ```
/// assert!(arlens::money::is_iso_code("EUR"));
/// assert!(!arlens::money::is_iso_code("eur") && !arlens::money::is_iso_code("€"));
/// ```
pub fn is_iso_code(code: &str) -> bool {
    ISO_CODES.binary_search(&code).is_ok()
}

/// Every ISO 4217 currency code arlens knows, sorted (for pickers).
pub fn iso_codes() -> &'static [&'static str] {
    &ISO_CODES
}

/// `code` as the standard's own `&'static str`, when it is one.
pub fn iso_code(code: &str) -> Option<&'static str> {
    ISO_CODES.binary_search(&code).ok().map(|i| ISO_CODES[i])
}
