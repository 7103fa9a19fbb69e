//! How numbers and dates are written for people: grouping and decimal marks and
//! the date order per locale, money with its currency's minor units, and amounts
//! typed into form fields.
//!
//! These are the only formatting and reading rules of the app and the CLI: the
//! shells call them and never group, round or parse numbers themselves.
//! Display rounding is the crate's one rule, half away from zero ([`display`]).

use super::{display, minor_units};
use crate::error::Error;
use crate::error::quoted;
use crate::import::values::{DecimalMark, parse_amount};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Grouping and decimal marks and the date style of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// Between groups of digits (empty: no grouping).
    pub group: &'static str,
    /// Before the fraction.
    pub decimal: char,
    /// Indian grouping: the last three digits, then twos (`12,34,567`).
    pub lakh: bool,
    /// How dates are written.
    pub dates: DateStyle,
}

/// The order of a date's parts and the mark between them. Day and month are
/// always two digits and the year four, so that dates line up in a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// ISO 8601: `2024-03-31`.
    Iso,
    /// Day, month, year: `31.03.2024`, `31/03/2024`, `31-03-2024`.
    DayMonthYear(char),
    /// Month, day, year (the United States): `03/31/2024`.
    MonthDayYear(char),
    /// Year, month, day with another mark than ISO's: `2024/03/31` (Japan, China).
    YearMonthDay(char),
}

/// A narrow no-break space, the grouping mark of French and most of northern Europe (CLDR).
const NARROW_NBSP: &str = "\u{202f}";

impl Locale {
    /// English with ISO dates: `1,234.56`, `2024-03-31` (the core's own texts).
    pub const EN: Locale = Locale { group: ",", decimal: '.', lakh: false, dates: DateStyle::Iso };
    /// Plain, for files and programs: `1234.56`, `2024-03-31`.
    pub const ISO: Locale = Locale { group: "", decimal: '.', lakh: false, dates: DateStyle::Iso };

    /// The locale of a BCP 47 tag (`en`, `en-GB`, `de`, `fr`, `pt-BR`, `es`,
    /// `it`, `nl`, `de-CH`, `en-IN`, …) or `iso`. Languages not listed are refused
    /// with the option's name, so that no number is shown in a guessed style.
    ///
    /// ```
    /// use arlens::money::locale::Locale;
    /// assert_eq!(Locale::from_tag("pt-BR").unwrap().decimal, ',');
    /// assert_eq!(Locale::from_tag("de-CH").unwrap().group, "’");
    /// assert!(Locale::from_tag("xx").is_err());
    /// ```
    pub fn from_tag(tag: &str) -> Result<Locale, Error> {
        let lower = tag.trim().to_ascii_lowercase().replace('_', "-");
        let (language, rest) = lower.split_once('-').unwrap_or((&lower, ""));
        // The region is the first two-letter (or three-digit) subtag after the language.
        let region = rest
            .split('-')
            .find(|s| s.len() == 2 || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())))
            .unwrap_or("");
        let numbers = Self::numbers(language, region).ok_or_else(|| {
            Error::option(
                "locale",
                format!(
                    "{} is not a locale arlens knows; use a tag such as en, de, fr, pt-BR or iso",
                    crate::error::quoted(tag)
                ),
            )
        })?;
        Ok(Locale { dates: Self::date_style(language, region), ..numbers })
    }

    /// The number marks of a language and region (dates left ISO).
    fn numbers(language: &str, region: &str) -> Option<Locale> {
        let point = Locale::EN;
        let comma = Locale { group: ".", decimal: ',', ..point };
        let space = Locale { group: NARROW_NBSP, decimal: ',', ..point };
        Some(match (language, region) {
            ("iso", _) => Locale::ISO,
            ("de" | "it" | "fr" | "rm", "ch" | "li") => Locale { group: "’", ..point },
            ("en" | "hi" | "bn" | "ta" | "te" | "mr" | "gu", "in") | ("hi", _) => {
                Locale { lakh: true, ..point }
            }
            ("en" | "ja" | "zh" | "ko" | "he" | "th" | "ms" | "fil" | "ga", _) => point,
            ("es", "mx" | "us" | "pr" | "gt" | "hn" | "ni" | "sv" | "pa" | "do" | "pe") => point,
            (
                "de" | "es" | "it" | "nl" | "pt" | "id" | "da" | "tr" | "el" | "ro" | "hr" | "sl" | "sr"
                | "vi",
                _,
            ) => comma,
            (
                "fr" | "ru" | "pl" | "cs" | "sk" | "sv" | "nb" | "no" | "nn" | "fi" | "uk" | "hu" | "bg"
                | "lt" | "lv" | "et",
                _,
            ) => space,
            _ => return None,
        })
    }

    /// How a language and region write dates (CLDR's short numeric date, padded).
    fn date_style(language: &str, region: &str) -> DateStyle {
        use DateStyle::{DayMonthYear as Dmy, Iso, MonthDayYear as Mdy, YearMonthDay as Ymd};
        match (language, region) {
            ("iso" | "sv" | "lt", _) | ("en" | "fr", "ca") => Iso,
            ("en", "us" | "ph" | "" | "um" | "as" | "gu" | "mp" | "pr" | "vi")
            | ("es", "us")
            | ("fil", _) => Mdy('/'),
            ("en", "za") | ("ja" | "zh", _) => Ymd('/'),
            ("ko" | "hu", _) => Ymd('.'),
            ("nl", "be") => Dmy('/'),
            ("nl", _) => Dmy('-'),
            (
                "de" | "da" | "nb" | "no" | "nn" | "fi" | "cs" | "sk" | "pl" | "ru" | "uk" | "tr" | "ro"
                | "hr" | "sl" | "sr" | "bg" | "et" | "lv" | "he" | "rm",
                _,
            )
            | ("fr" | "it", "ch" | "li") => Dmy('.'),
            _ => Dmy('/'),
        }
    }

    /// The locale's own way of writing `1234.56` and 31 March 2024, for a
    /// chooser's label: `1.234,56 · 31.03.2024` in `de`.
    pub fn example(&self) -> String {
        let date = NaiveDate::from_ymd_opt(2024, 3, 31).map(|d| format_date(d, self)).unwrap_or_default();
        format!("{} · {date}", format_number(Decimal::new(123_456, 2), 2, self))
    }

    /// Groups the digits of a non-negative integer part.
    fn group_digits(&self, int: &str) -> String {
        if self.group.is_empty() || int.len() <= 3 {
            return int.to_owned();
        }
        let mut out = String::with_capacity(int.len() * 2);
        let n = int.len();
        for (i, ch) in int.chars().enumerate() {
            let left = n - i;
            let boundary =
                if self.lakh { left > 3 && (left - 3).is_multiple_of(2) } else { left.is_multiple_of(3) };
            if i > 0 && (boundary || (self.lakh && left == 3)) {
                out.push_str(self.group);
            }
            out.push(ch);
        }
        out
    }
}

impl Default for Locale {
    fn default() -> Self {
        Locale::EN
    }
}

/// `value` rounded to `decimals` places (half away from zero) and written in
/// `locale`: `-1234567.5` with 2 decimals in `de` → `-1.234.567,50`.
///
/// ```
/// use arlens::money::locale::{Locale, format_number};
/// let d = |s: &str| s.parse().unwrap();
/// assert_eq!(format_number(d("-1234567.505"), 2, &Locale::EN), "-1,234,567.51");
/// assert_eq!(format_number(d("1234567.5"), 2, &Locale::from_tag("de").unwrap()), "1.234.567,50");
/// ```
pub fn format_number(value: Decimal, decimals: u32, locale: &Locale) -> String {
    let mut rounded = display(value, decimals);
    rounded.rescale(decimals);
    let text = rounded.abs().to_string();
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(text.len() + 8);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    out.push_str(&locale.group_digits(int));
    if let Some(frac) = frac {
        out.push(locale.decimal);
        out.push_str(frac);
    }
    out
}

/// `amount` with its currency's minor units (JPY 0, BHD 3, most 2), grouped in
/// `locale`; a zero is never shown as `-0.00`.
///
/// ```
/// use arlens::money::locale::{Locale, format_money};
/// let d = |s: &str| s.parse().unwrap();
/// assert_eq!(format_money(d("1234567"), "JPY", &Locale::EN), "1,234,567");
/// assert_eq!(format_money(d("1234.5"), "BHD", &Locale::EN), "1,234.500");
/// assert_eq!(format_money(d("-0.00"), "USD", &Locale::EN), "0.00");
/// ```
pub fn format_money(amount: Decimal, currency: &str, locale: &Locale) -> String {
    format_number(amount, minor_units(currency), locale)
}

/// `date` in `locale`'s style ([`DateStyle`]), day and month on two digits.
///
/// ```
/// use arlens::money::locale::{Locale, format_date};
/// let d = chrono::NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
/// assert_eq!(format_date(d, &Locale::from_tag("de-DE").unwrap()), "05.03.2024");
/// assert_eq!(format_date(d, &Locale::from_tag("en-US").unwrap()), "03/05/2024");
/// assert_eq!(format_date(d, &Locale::from_tag("en-GB").unwrap()), "05/03/2024");
/// assert_eq!(format_date(d, &Locale::ISO), "2024-03-05");
/// ```
pub fn format_date(date: NaiveDate, locale: &Locale) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match locale.dates {
        DateStyle::Iso => format!("{y:04}-{m:02}-{d:02}"),
        DateStyle::DayMonthYear(mark) => format!("{d:02}{mark}{m:02}{mark}{y:04}"),
        DateStyle::MonthDayYear(mark) => format!("{m:02}{mark}{d:02}{mark}{y:04}"),
        DateStyle::YearMonthDay(mark) => format!("{y:04}{mark}{m:02}{mark}{d:02}"),
    }
}

/// An amount typed into a form field, in any common style: `1.200,00`,
/// `1,200.00`, `1 200,00`, `1’200.00`, `1200,5`, `-35`, `(35.00)`, with a
/// currency symbol or code around it. When both marks appear, the last one is
/// the decimal mark; a lone mark followed by exactly three digits (`1.200`) is
/// read as `locale` writes numbers; otherwise a lone mark is the decimal mark.
///
/// ```
/// use arlens::money::locale::{Locale, parse_amount_input};
/// let de = Locale::from_tag("de").unwrap();
/// assert_eq!(parse_amount_input("1.200,00", &Locale::EN).unwrap().to_string(), "1200.00");
/// assert_eq!(parse_amount_input("1.200", &de).unwrap().to_string(), "1200");
/// assert_eq!(parse_amount_input("1.200", &Locale::EN).unwrap().to_string(), "1.200");
/// ```
pub fn parse_amount_input(text: &str, locale: &Locale) -> Result<Decimal, Error> {
    // Grouping spaces and apostrophes between digits go; a space before a code stays.
    let chars: Vec<char> = text.trim().chars().collect();
    let cleaned: String = chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            let grouping = matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’');
            let between_digits =
                i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit);
            !(grouping && between_digits)
        })
        .map(|(_, c)| *c)
        .collect();
    let last_point = cleaned.rfind('.');
    let last_comma = cleaned.rfind(',');
    let lone = |mark: char, at: usize| {
        cleaned.matches(mark).count() == 1
            && cleaned[at + 1..].chars().take_while(char::is_ascii_digit).count() == 3
    };
    let mark = match (last_point, last_comma) {
        (Some(p), Some(c)) if p > c => DecimalMark::Point,
        (Some(_), Some(_)) => DecimalMark::Comma,
        (Some(p), None) if lone('.', p) => {
            if locale.decimal == '.' {
                DecimalMark::Point
            } else {
                DecimalMark::Comma
            }
        }
        (None, Some(c)) if lone(',', c) => {
            if locale.decimal == ',' {
                DecimalMark::Comma
            } else {
                DecimalMark::Point
            }
        }
        (Some(_), None) if cleaned.matches('.').count() > 1 => DecimalMark::Comma,
        (None, Some(_)) if cleaned.matches(',').count() > 1 => DecimalMark::Point,
        (Some(_), None) | (None, None) => DecimalMark::Point,
        (None, Some(_)) => DecimalMark::Comma,
    };
    parse_amount(&cleaned, mark)
        .map(|a| a.value)
        .map_err(|expected| Error::option("amount", format!("{} is not {expected}", quoted(text))))
}

/// A percentage typed by a person (`12`, `12,5`, `12.5 %`) as a rate: `12` → `0.12`.
///
/// ```
/// use arlens::money::locale::{Locale, parse_percent_input};
/// assert_eq!(parse_percent_input("12,5 %", &Locale::EN).unwrap().to_string(), "0.125");
/// ```
pub fn parse_percent_input(text: &str, locale: &Locale) -> Result<Decimal, Error> {
    let number = text.trim().trim_end_matches('%');
    parse_amount_input(number, locale).map(|percent| percent / Decimal::ONE_HUNDRED).map_err(|_| {
        Error::option("rate", format!("{} is not a percentage such as 12 or 12.5", quoted(text)))
    })
}
