//! Money: `rust_decimal::Decimal` amounts tagged with an ISO 4217 currency code.
//!
//! Amounts are kept exactly as read; the core never rounds them silently. The one
//! place that decides how money is shown is [`normalize`]: it pads an amount to
//! its currency's minor units (`2` → `2.00` USD, `5` → `5` JPY) and never drops
//! digits, so a sum always equals its parts to the last digit.

pub mod locale;

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
    let text = format!("{:.*e}", EXCEL_DIGITS - 1, value);
    Decimal::from_scientific(&text).ok().map(|d| d.normalize())
}

/// `value` rounded to `decimals` places, half away from zero: the crate's one
/// rounding rule (`Decimal::round_dp` would round half to even). Used for
/// display, and by payment plans to make cents.
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
