//! An explainable risk score per account (customer and currency), 0–100.
//!
//! Six components, each an input brought to a share `c ∈ [0, 1]` that never
//! falls as the input worsens (saturating at the stated point), times its
//! weight; the score is their sum:
//!
//! | component | input | `c` | weight |
//! |---|---|---|---|
//! | days late | amount-weighted days beyond terms of invoices paid in the last 365 days (early = 0) | days / 60, at most 1 | 25 |
//! | trend | days late in the last 90 days − days late in the 275 days before (both needed) | increase / 30, 0 when not worse, at most 1 | 10 |
//! | paid late | share of that paid amount paid after its due date | the share | 15 |
//! | overdue share | undisputed overdue ÷ open invoice balances | the share | 20 |
//! | oldest item | days past due of the oldest undisputed overdue invoice | days / 120, at most 1 | 20 |
//! | concentration | the account's open invoice balances ÷ all of its currency's | share / 20%, at most 1 | 10 |
//!
//! An account without paid invoices in the year scores 0 on the three history
//! components, and its explanation says so. **Segments**: reliable below 25,
//! slow from 25, at risk from 50, critical from 75.
//!
//! **Precision.** The inputs the worklist measures (averages and shares) and
//! each `c` are rounded to [`DECIMALS`] places, half away from zero; a
//! component's points are then `weight × c` exactly, and the score their exact
//! sum — so every figure can be recomputed from the ones shown, and adds up. (A
//! quotient is never exact in a decimal type: `1/3` was cut at 28 digits before,
//! digits no reader uses, which made the risk rows of a report two thirds of
//! its size.)
//!
//! ```
//! use arlens::collections::risk::{score, RiskInputs, Segment};
//! let d = |s: &str| s.parse().unwrap();
//! let inputs = RiskInputs {
//!     days_late: Some(d("30")), trend: Some(d("15")), late_share: Some(d("0.5")),
//!     overdue_share: d("0.5"), oldest_days: Some(60), concentration: d("0.1"),
//! };
//! let risk = score(&inputs);
//! // 25 × 30/60 + 10 × 15/30 + 15 × 0.5 + 20 × 0.5 + 20 × 60/120 + 10 × 0.1/0.2
//! // = 12.5 + 5 + 7.5 + 10 + 10 + 5 = 50
//! assert_eq!(risk.score, d("50"));
//! assert_eq!(risk.segment, Segment::AtRisk);
//! ```

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Decimal places of the risk inputs, shares, points and scores (see the module docs).
pub const DECIMALS: u32 = 6;

/// What the score is computed from (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct RiskInputs {
    /// Amount-weighted days beyond terms over the last year; `None` without history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_late: Option<Decimal>,
    /// Recent days late less earlier days late; `None` without both.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trend: Option<Decimal>,
    /// Share of the paid amount paid late, 0–1; `None` without history.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub late_share: Option<Decimal>,
    /// Undisputed overdue ÷ open invoice balances, 0–1.
    pub overdue_share: Decimal,
    /// Days past due of the oldest undisputed overdue invoice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oldest_days: Option<i64>,
    /// Share of the currency's open invoice balances, 0–1.
    pub concentration: Decimal,
}

/// One component of a score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Component {
    /// Its name: `daysLate`, `trend`, `paidLate`, `overdueShare`, `oldestItem`, `concentration`.
    pub name: std::borrow::Cow<'static, str>,
    /// Its weight (the points it gives at its worst).
    pub weight: Decimal,
    /// The input brought to 0–1, to [`DECIMALS`] places.
    pub share: Decimal,
    /// `weight × share`.
    pub points: Decimal,
}

/// A segment of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Segment {
    /// Score below 25.
    Reliable,
    /// 25 to below 50.
    Slow,
    /// 50 to below 75.
    AtRisk,
    /// 75 and above.
    Critical,
}

impl Segment {
    /// Every segment, from the least risky.
    pub const ALL: [Segment; 4] = [Segment::Reliable, Segment::Slow, Segment::AtRisk, Segment::Critical];

    /// The segment's name in plain words.
    pub fn label(self) -> &'static str {
        match self {
            Segment::Reliable => "reliable",
            Segment::Slow => "slow",
            Segment::AtRisk => "at risk",
            Segment::Critical => "critical",
        }
    }
}

/// A score with its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Risk {
    /// 0–100: the components' points summed, to [`DECIMALS`] places.
    pub score: Decimal,
    /// Its segment.
    pub segment: Segment,
    /// The six components, in the order of the module docs.
    pub components: [Component; 6],
    /// The inputs.
    pub inputs: RiskInputs,
}

/// `value` to [`DECIMALS`] places by the crate's one rounding rule
/// ([`crate::money::display`]), trailing zeros dropped.
pub(crate) fn rounded(value: Decimal) -> Decimal {
    crate::money::display(value, DECIMALS).normalize()
}

/// `value / full`, at most 1, never below 0, to [`DECIMALS`] places.
fn saturating(value: Decimal, full: Decimal) -> Decimal {
    rounded((value / full).min(Decimal::ONE).max(Decimal::ZERO))
}

/// The score of `inputs` (see the module docs).
pub fn score(inputs: &RiskInputs) -> Risk {
    let d = Decimal::from;
    let or_zero = |v: Option<Decimal>| v.unwrap_or(Decimal::ZERO);
    let parts = [
        ("daysLate", 25, saturating(or_zero(inputs.days_late), d(60))),
        ("trend", 10, saturating(or_zero(inputs.trend), d(30))),
        ("paidLate", 15, saturating(or_zero(inputs.late_share), Decimal::ONE)),
        ("overdueShare", 20, saturating(inputs.overdue_share, Decimal::ONE)),
        ("oldestItem", 20, saturating(d(inputs.oldest_days.unwrap_or(0)), d(120))),
        ("concentration", 10, saturating(inputs.concentration, Decimal::new(2, 1))),
    ];
    let components = parts.map(|(name, weight, share)| Component {
        name: name.into(),
        weight: d(weight),
        share: share.normalize(),
        points: (d(weight) * share).normalize(),
    });
    let score = components.iter().map(|c| c.points).sum::<Decimal>().normalize();
    let segment = match score {
        s if s >= d(75) => Segment::Critical,
        s if s >= d(50) => Segment::AtRisk,
        s if s >= d(25) => Segment::Slow,
        _ => Segment::Reliable,
    };
    Risk { score, segment, components, inputs: inputs.clone() }
}
