//! What a figure is: an exact value, or the reason it has none.

use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt;

/// Why a figure has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Undefined {
    /// No credit sales in the period (or negative sales: more credited than sold).
    NoSales,
    /// Average receivables are zero or negative.
    NoReceivables,
    /// A denominator is zero or negative (CEI with nothing collectible).
    NothingToCollect,
    /// The ledger does not reach back far enough.
    HistoryTooShort,
    /// No invoice was paid in the period.
    NothingPaid,
    /// The column a roll rate starts from was empty (or negative).
    EmptyBucket,
    /// Nothing was past due at the start of the period.
    NothingPastDue,
}

impl fmt::Display for Undefined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Undefined::NoSales => "no credit sales in the period",
            Undefined::NoReceivables => "average receivables are zero or negative",
            Undefined::NothingToCollect => "nothing was collectible in the period",
            Undefined::HistoryTooShort => "the ledger does not reach back far enough",
            Undefined::NothingPaid => "no invoice was paid in the period",
            Undefined::EmptyBucket => "the column was empty the month before",
            Undefined::NothingPastDue => "nothing was past due at the start of the period",
        })
    }
}

/// A figure's value, or why it has none.
pub type Figure = Result<Decimal, Undefined>;

/// A figure as reported: its exact value with trailing zeros dropped (`60`, not
/// `60.00`; round only for display), or the reason it has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Value {
    /// The exact value, when defined.
    pub value: Option<Decimal>,
    /// Why there is none.
    pub undefined: Option<String>,
}

impl From<Figure> for Value {
    fn from(figure: Figure) -> Self {
        match figure {
            Ok(value) => Value { value: Some(value.normalize()), undefined: None },
            Err(why) => Value { value: None, undefined: Some(why.to_string()) },
        }
    }
}
