//! The currency an Excel number format shows beside its numbers: a workbook with
//! no currency column often formats its amounts as currency instead
//! (`#,##0.00 [$€-407]`, `"£"#,##0.00`, `[$USD] #,##0.00`), and Excel shows the
//! symbol though the cells hold bare numbers.
//!
//! Read from a format code: a `[$symbol-LCID]` part (the symbol, or an ISO code,
//! with the Windows locale that tells a `$` or a `kr` apart: `[$$-1009]` is
//! Canadian dollars), a quoted literal (`"€"`), an escaped or bare symbol
//! (`\€`, `€`). A `$` without a locale (Excel's own currency formats, which
//! follow the computer's settings) names no currency, nor does `[$-409]` (a
//! locale alone, as date formats carry).

use super::values::symbol_currency;

/// The ISO code of the currency `code` (an Excel number format code) shows, if
/// it shows exactly one that names a currency; `None` for no currency, a symbol
/// several currencies use, or two currencies.
///
/// ```
/// use arlens::import::format_currency::currency;
/// assert_eq!(currency("#,##0.00 [$€-407]").as_deref(), Some("EUR"));
/// assert_eq!(currency("[$$-1009]#,##0.00").as_deref(), Some("CAD"));
/// assert_eq!(currency("#,##0.00 [$€-es-ES]").as_deref(), Some("EUR"));
/// assert_eq!(currency("[$$-en-CA]#,##0.00").as_deref(), Some("CAD"));
/// assert_eq!(currency("\"$\"#,##0.00"), None);
/// ```
pub fn currency(code: &str) -> Option<String> {
    let mut found: Option<String> = None;
    walk(code, |symbol, locale| match (&found, named(symbol, locale)) {
        (_, None) => None,
        (Some(f), Some(c)) if *f != c => None,
        (_, Some(c)) => {
            found = Some(c);
            Some(())
        }
    })?;
    found
}

/// The symbol several currencies use (`¥`, `kr`, `$`) that `code` shows with no
/// locale to tell which, when it shows that one and nothing else naming a
/// currency: for the headers' language to settle (a Japanese sheet's `"¥"#,##0`).
///
/// ```
/// use arlens::import::format_currency::ambiguous_symbol;
/// assert_eq!(ambiguous_symbol("\"¥\"#,##0;\"¥\"\\-#,##0"), Some("¥"));
/// assert_eq!(ambiguous_symbol("#,##0.00\\ \"kr\""), Some("kr"));
/// assert_eq!(ambiguous_symbol("[$¥-411]#,##0"), None);
/// assert_eq!(ambiguous_symbol("#,##0.00 [$€-407]"), None);
/// ```
pub fn ambiguous_symbol(code: &str) -> Option<&'static str> {
    let mut found: Option<&'static str> = None;
    walk(code, |symbol, locale| {
        if named(symbol, locale).is_some() {
            return None;
        }
        let shared = super::values::shared_symbol(symbol.trim())?;
        match found {
            Some(f) if f != shared => None,
            _ => {
                found = Some(shared);
                Some(())
            }
        }
    })?;
    found
}

/// Calls `each` with every symbol-like part of format `code` and the locale
/// given with it; `None` when `each` does (or the code is cut short).
fn walk(code: &str, mut each: impl FnMut(&str, Option<&str>) -> Option<()>) -> Option<()> {
    let mut rest = code;
    while let Some(c) = rest.chars().next() {
        let len = c.len_utf8();
        match c {
            '[' => {
                let end = rest.find(']')?;
                if let Some(inner) = rest.get(2..end).filter(|_| rest.starts_with("[$")) {
                    // `[$€-407]`, or with a language tag (`[$€-es-ES]`, `[$$-en-CA]`).
                    let (symbol, locale) = inner.split_once('-').unwrap_or((inner, ""));
                    if !symbol.is_empty() {
                        each(symbol, Some(locale))?;
                    }
                }
                rest = rest.get(end.saturating_add(1)..)?;
            }
            '"' => {
                let tail = rest.get(1..)?;
                let end = tail.find('"')?;
                let literal = tail.get(..end)?.trim();
                if !literal.is_empty() && symbol_like(literal) {
                    each(literal, None)?;
                }
                rest = tail.get(end.saturating_add(1)..)?;
            }
            '\\' => {
                let escaped = rest.get(1..)?.chars().next()?;
                if symbol_like(&escaped.to_string()) {
                    each(&escaped.to_string(), None)?;
                }
                rest = rest.get(1usize.saturating_add(escaped.len_utf8())..)?;
            }
            // Padding the width of the next character (`_)`), or filling with it (`* `).
            '_' | '*' => {
                let next = rest.get(1..)?.chars().next().map_or(0, char::len_utf8);
                rest = rest.get(1usize.saturating_add(next)..)?;
            }
            // A symbol of one character, bare (`$`, `€`): one of those amounts are read with.
            _ if symbol_currency(rest.get(..len)?).is_some() => {
                each(rest.get(..len)?, None)?;
                rest = rest.get(len..)?;
            }
            _ => rest = rest.get(len..)?,
        }
    }
    Some(())
}

/// Whether literal text in a format looks like a currency (a symbol or letters
/// of a code) rather than a unit or words (`" days"`, `"x"`).
fn symbol_like(text: &str) -> bool {
    symbol_currency(text).is_some() || (text.len() == 3 && crate::money::is_iso_code(text))
}

/// The currency `symbol` names: an ISO code as written, a symbol that names one
/// currency, or one that names several told apart by the Windows `locale` (hex
/// LCID) the format gives. `None` when it names none, or several.
fn named(symbol: &str, locale: Option<&str>) -> Option<String> {
    let symbol = symbol.trim();
    if symbol.len() == 3 && crate::money::is_iso_code(symbol) {
        return Some(symbol.to_owned());
    }
    match symbol_currency(symbol)? {
        Some(code) => Some(code.to_owned()),
        None => by_locale(locale?).map(str::to_owned),
    }
}

/// The currency of a Windows locale (LCID, hex as format codes write it; or a
/// language tag's region, `en-CA`) for the symbols several currencies share
/// (`$`, `¥`, `kr`).
fn by_locale(lcid: &str) -> Option<&'static str> {
    if let Some((_, region)) = lcid.rsplit_once('-') {
        return Some(match region.trim().to_ascii_uppercase().as_str() {
            "US" => "USD",
            "CA" => "CAD",
            "AU" => "AUD",
            "NZ" => "NZD",
            "HK" => "HKD",
            "SG" => "SGD",
            "MX" => "MXN",
            "AR" => "ARS",
            "CL" => "CLP",
            "CO" => "COP",
            "JP" => "JPY",
            "CN" => "CNY",
            "SE" => "SEK",
            "NO" => "NOK",
            "DK" => "DKK",
            "IS" => "ISK",
            _ => return None,
        });
    }
    let lcid = u32::from_str_radix(lcid.trim(), 16).ok()? & 0xFFFF;
    Some(match lcid {
        0x0409 => "USD",
        0x1009 | 0x0C0C => "CAD",
        0x0C09 => "AUD",
        0x1409 => "NZD",
        0x3C09 | 0x0C04 => "HKD",
        0x4809 | 0x1004 => "SGD",
        0x080A => "MXN",
        0x2C0A => "ARS",
        0x340A => "CLP",
        0x240A => "COP",
        0x0411 => "JPY",
        0x0804 => "CNY",
        0x041D => "SEK",
        0x0414 | 0x0814 => "NOK",
        0x0406 => "DKK",
        0x040F => "ISK",
        _ => return None,
    })
}
