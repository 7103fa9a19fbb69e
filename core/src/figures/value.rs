//! What a figure is: an exact value, or why it has none — decided once, in the
//! core, and carried by the figure itself so that every shell only shows it.
//!
//! A single figure ([`Value`]) is undefined when its formula has no meaning for
//! the inputs (no credit sales, nothing past due). A whole section of figures
//! ([`Section`]) is unavailable when the file cannot support it at all (an
//! open-items file has no sales history). Both say why with an [`Unavailable`]:
//! a stable code for programs and a sentence for people.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a figure has no value: the stable reason codes (camelCase in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// The file lists only what is unpaid: no sales or payment history.
    OpenItemsOnly,
    /// Some settlements are undated, so past balances cannot be replayed.
    UndatedSettlements,
    /// The file is an already-aged summary without invoices.
    AgedSummary,
    /// The as-of date is before the file's report date and settlements are undated.
    BeforeReportDate,
    /// The file gives no invoice dates (documents are dated by their due date).
    NoInvoiceDates,
    /// The quotient is beyond what `Decimal` holds exactly: a denominator tiny
    /// against its numerator (amounts with more decimal places than money has).
    BeyondExact,
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
            Undefined::OpenItemsOnly => {
                "the file lists only what is unpaid, so it does not give the period's sales or when anything \
                 was paid; an invoice list with paid dates or a transaction ledger does"
            }
            Undefined::UndatedSettlements => {
                "some invoices are marked paid without a paid date, so past balances cannot be replayed"
            }
            Undefined::AgedSummary => {
                "the file is an aged summary: its buckets are as of its own report date and cannot be \
                 re-aged without invoices"
            }
            Undefined::NoInvoiceDates => {
                "the file gives no invoice dates, so sales in a period and days to pay cannot be told; \
                 map a column to the invoice date"
            }
            Undefined::BeyondExact => {
                "the figure is beyond what arlens computes exactly: its denominator is tiny against its \
                 numerator (amounts with more decimal places than money has)"
            }
            Undefined::BeforeReportDate => {
                "the file gives balances at its report date without the dates of what was settled, so \
                 figures at an earlier date would count settlements too early"
            }
        })
    }
}

/// A figure's value, or why it has none.
pub type Figure = Result<Decimal, Undefined>;

/// `a + b`, exact, or [`Undefined::BeyondExact`] when it overflows `Decimal`.
pub(crate) fn sum(a: Decimal, b: Decimal) -> Figure {
    a.checked_add(b).ok_or(Undefined::BeyondExact)
}

/// `a − b`, exact, or [`Undefined::BeyondExact`] when it overflows `Decimal`.
pub(crate) fn difference(a: Decimal, b: Decimal) -> Figure {
    a.checked_sub(b).ok_or(Undefined::BeyondExact)
}

/// `numerator / denominator × factor`, exact, or [`Undefined::BeyondExact`]
/// when it overflows `Decimal` (the caller has checked the denominator's sign).
pub(crate) fn quotient(numerator: Decimal, denominator: Decimal, factor: Decimal) -> Figure {
    numerator.checked_div(denominator).and_then(|q| q.checked_mul(factor)).ok_or(Undefined::BeyondExact)
}

/// Why something has no value: a stable code and the sentence to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Unavailable {
    /// The stable reason code.
    pub code: Undefined,
    /// The reason in plain words.
    pub reason: String,
}

impl From<Undefined> for Unavailable {
    fn from(code: Undefined) -> Self {
        Unavailable { code, reason: code.to_string() }
    }
}

/// A figure as reported: its exact value with trailing zeros dropped (`60`, not
/// `60.00`; round only for display), or why it has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Value {
    /// The exact value, when defined.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    /// Why there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<Unavailable>,
}

impl From<Figure> for Value {
    fn from(figure: Figure) -> Self {
        match figure {
            Ok(value) => Value { value: Some(value.normalize()), unavailable: None },
            Err(why) => Value { value: None, unavailable: Some(why.into()) },
        }
    }
}

/// A group of per-currency figures that a file either supports or does not: when
/// `unavailable` is set, `currencies` is empty and the reason says why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Section<T> {
    /// Why the file cannot give these figures, when it cannot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unavailable: Option<Unavailable>,
    /// The figures, one entry per currency.
    pub currencies: Vec<T>,
}

impl<T> Section<T> {
    /// Figures the file supports.
    pub fn available(currencies: Vec<T>) -> Self {
        Section { unavailable: None, currencies }
    }

    /// `compute`'s figures, or the reason the file cannot give them.
    pub fn unless<E>(
        reason: Option<Undefined>,
        compute: impl FnOnce() -> Result<Vec<T>, E>,
    ) -> Result<Self, E> {
        Ok(match reason {
            Some(code) => Section { unavailable: Some(code.into()), currencies: Vec::new() },
            None => Section::available(compute()?),
        })
    }

    /// Whether the file supports these figures.
    pub fn is_available(&self) -> bool {
        self.unavailable.is_none()
    }
}
