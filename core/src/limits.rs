//! Plausible ranges for every amount and date arlens computes with.
//!
//! Amounts read from a file or given as options are held to [`MAX_AMOUNT`], and
//! dates given as options to [`FIRST_DATE`]..=[`LAST_DATE`], so that no sum,
//! product or date step of the figures can overflow — an overflow would panic,
//! and in WebAssembly a panic traps the whole instance. Every real ledger is far
//! inside them; a value outside is a located error naming the limit.

use crate::error::{Error, quoted};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How much of a file arlens reads before refusing it as too large, so that a
/// hostile or broken file ends in a clear error instead of exhausting memory
/// (4 GB in a browser tab) or time. Every real ledger is far below the defaults;
/// each can be raised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ImportLimits {
    /// Characters in one cell (default 32,767, Excel's own limit per cell).
    pub cell_characters: u64,
    /// Cells read from a workbook (all its sheets, or only the one chosen with
    /// the import option `sheet`) or a CSV file, empty ones within a row included (default 60 million: 3 million rows of 20 columns).
    pub cells: u64,
    /// Bytes a workbook's zip archive declares once inflated, all entries
    /// together (default 2 GiB).
    pub zip_bytes: u64,
    /// Rows read as documents (invoices, credits, payments; default 20 million).
    /// With amounts within [`MAX_AMOUNT`], their sums stay exact.
    pub documents: u64,
    /// Distinct customers (default 5 million).
    pub customers: u64,
}

impl Default for ImportLimits {
    fn default() -> Self {
        ImportLimits {
            cell_characters: 32_767,
            cells: 60_000_000,
            zip_bytes: 2 << 30,
            documents: 20_000_000,
            customers: 5_000_000,
        }
    }
}

/// The error for `found` over `limit` (of `what`), raised by the import option `option`.
pub(crate) fn too_large(what: &str, limit: u64, found: u64, option: &str) -> crate::error::ErrorKind {
    crate::error::ErrorKind::TooLarge {
        what: what.to_owned(),
        limit,
        found,
        option: Some(format!("limits.{option}")),
    }
}

/// The largest magnitude of an amount: 10^15 (a thousand trillion, in any
/// currency). The default 20 million documents at it add up to 2 × 10^22, and
/// times a century of days to 7.3 × 10^26, both below `Decimal`'s 7.9 × 10^28.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// The earliest as-of date (and `today`) arlens accepts.
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};

/// The latest as-of date (and `today`) arlens accepts.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => panic!("2199-12-31 is a date"),
};

/// The longest span in days an option may give (ten years).
pub const MAX_DAYS: u32 = 3_660;

/// `value` when its magnitude is within [`MAX_AMOUNT`], else why not (for a
/// located skipped row).
pub(crate) fn amount(value: Decimal) -> Result<Decimal, String> {
    if value.abs() <= MAX_AMOUNT {
        Ok(value)
    } else {
        Err(format!(
            "{} is beyond what arlens adds up exactly (amounts up to 1,000,000,000,000,000)",
            quoted(&value.to_string())
        ))
    }
}

/// Refuses an amount option beyond [`MAX_AMOUNT`].
pub(crate) fn amount_option(option: &str, value: Decimal) -> Result<(), Error> {
    amount(value).map(drop).map_err(|reason| Error::option(option, reason))
}

/// Refuses a date option outside [`FIRST_DATE`]..=[`LAST_DATE`].
pub(crate) fn date_option(option: &str, date: NaiveDate) -> Result<(), Error> {
    if (FIRST_DATE..=LAST_DATE).contains(&date) {
        Ok(())
    } else {
        Err(Error::option(
            option,
            format!("{date} is outside the dates arlens works at ({FIRST_DATE} to {LAST_DATE})"),
        ))
    }
}

/// Refuses a count of days or months above `max`.
pub(crate) fn count_option(option: &str, value: u64, max: u64) -> Result<(), Error> {
    if value <= max {
        Ok(())
    } else {
        Err(Error::option(option, format!("{value} is more than the {max} arlens accepts")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_are_what_their_docs_say() {
        assert_eq!(MAX_AMOUNT, Decimal::from(1_000_000_000_000_000_i64));
        // The default documents at the limit, times a century of days, still fit.
        let sum = MAX_AMOUNT * Decimal::from(ImportLimits::default().documents) * Decimal::from(36_500);
        assert!(sum.checked_mul(Decimal::from(2)).is_some());
        assert!(amount(MAX_AMOUNT).is_ok() && amount(-MAX_AMOUNT).is_ok());
        assert!(amount(MAX_AMOUNT + Decimal::new(1, 2)).is_err());
        assert!(date_option("asOf", LAST_DATE).is_ok());
        assert!(date_option("asOf", LAST_DATE.succ_opt().unwrap()).is_err());
    }
}
