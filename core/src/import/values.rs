//! Reading single cell values: dates, amounts, currency codes.
//!
//! Each parser returns `Err(expected)` with a plain description of what would have
//! been accepted; the caller adds the location.

use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What [`parse_date`] accepts, for error messages.
pub const DATE_FORMS: &str = "a date (expected YYYY-MM-DD)";
/// What [`parse_amount`] accepts, for error messages.
pub const AMOUNT_FORMS: &str = "an amount (expected a number such as 1,234.56 or (1,234.56))";

/// Parses an ISO date `YYYY-MM-DD`, ignoring a trailing time (`2020-04-03 17:46:11.48`
/// or `2020-04-03T00:00:00`).
pub fn parse_date(text: &str) -> Result<NaiveDate, &'static str> {
    let t = text.trim();
    let date_part = t.split([' ', 'T']).next().unwrap_or(t);
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d").map_err(|_| DATE_FORMS)
}

/// Parses an amount: optional sign or parentheses, optional `$ € £ ¥` symbol,
/// `,` thousands separators, `.` decimal point.
///
/// ```
/// use arlens::import::values::parse_amount;
/// assert_eq!(parse_amount("1,234.50").unwrap().to_string(), "1234.50");
/// assert_eq!(parse_amount("($12.00)").unwrap().to_string(), "-12.00");
/// assert!(parse_amount("12.3.4").is_err());
/// ```
pub fn parse_amount(text: &str) -> Result<Decimal, &'static str> {
    let t = text.trim();
    let (negative, body) = match t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        Some(inner) => (true, inner.trim()),
        None => (false, t),
    };
    let cleaned: String = body
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '€' | '£' | '¥' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() {
        return Err(AMOUNT_FORMS);
    }
    let value: Decimal = cleaned.parse().map_err(|_| AMOUNT_FORMS)?;
    Ok(if negative { -value } else { value })
}

/// Reads a currency code: three ASCII letters, upper-cased (`usd` → `USD`).
pub fn parse_currency(text: &str) -> Result<String, &'static str> {
    let t = text.trim();
    if t.len() == 3 && t.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(t.to_ascii_uppercase())
    } else {
        Err("a currency code (expected three letters such as USD)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let ok = [
            ("2024-03-31", "2024-03-31"),
            (" 2024-02-29 ", "2024-02-29"),
            ("2020-04-03 17:46:11.484375000", "2020-04-03"),
            ("2020-04-03T00:00:00", "2020-04-03"),
        ];
        for (input, want) in ok {
            assert_eq!(
                parse_date(input).map(|d| d.to_string()),
                Ok(want.to_owned()),
                "input {input:?}"
            );
        }
        for bad in ["2023-02-29", "31/03/2024", "", "soon"] {
            assert!(parse_date(bad).is_err(), "input {bad:?} should fail");
        }
    }

    #[test]
    fn amounts() {
        let ok = [
            ("1000", "1000"),
            ("1,000.00", "1000.00"),
            ("-50.00", "-50.00"),
            ("(1,234.00)", "-1234.00"),
            ("$ 12.5", "12.5"),
            ("0.001", "0.001"),
        ];
        for (input, want) in ok {
            assert_eq!(
                parse_amount(input).map(|d| d.to_string()),
                Ok(want.to_owned()),
                "input {input:?}"
            );
        }
        for bad in ["", "abc", "1.2.3", "()"] {
            assert!(parse_amount(bad).is_err(), "input {bad:?} should fail");
        }
    }
}
