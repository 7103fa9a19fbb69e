//! The words for the core's codes: what tables, headings and the CLI show for a
//! step, a layout, a risk segment, an as-of rule or a figure. One place, so no
//! shell spells them itself.

use crate::collections::ladder::Step;
use crate::collections::risk::Segment;
use crate::ledger::LedgerShape;
use crate::report::AsOfSource;
use serde::{Deserialize, Serialize};

/// `n` with the singular or plural noun: `1 invoice`, `2 invoices`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A code and its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Label<T> {
    /// The code as it appears in a report.
    pub code: T,
    /// Its words.
    pub label: String,
}

/// Every label, by kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Labels {
    /// Worklist steps.
    pub steps: Vec<Label<Step>>,
    /// Ledger layouts.
    pub shapes: Vec<Label<LedgerShape>>,
    /// Risk segments.
    pub segments: Vec<Label<Segment>>,
    /// As-of rules.
    pub as_of_sources: Vec<Label<AsOfSource>>,
    /// Figures, by their field name in a report.
    pub figures: Vec<Label<String>>,
}

/// Short names of the figures, by field name (`dso`, `bestPossibleDso`, …).
pub const FIGURES: [(&str, &str); 16] = [
    ("dso", "DSO"),
    ("averageArDso", "Average-AR DSO"),
    ("bestPossibleDso", "Best possible DSO"),
    ("averageDaysDelinquent", "Avg days delinquent"),
    ("countbackDso", "Count-back DSO"),
    ("turnover", "AR turnover"),
    ("cei", "CEI"),
    ("averageDaysToPay", "Avg days to pay"),
    ("weightedDaysToPay", "Avg days to pay (weighted)"),
    ("daysBeyondTerms", "Days beyond terms"),
    ("lateShare", "Paid late (invoices)"),
    ("lateAmountShare", "Paid late (amount)"),
    ("rate", "Recovery rate"),
    ("allowance", "Allowance"),
    ("notDue", "Not due"),
    ("credits", "Credits"),
];

/// The label of figure `code` (a report field name), if it has one.
pub fn figure(code: &str) -> Option<&'static str> {
    FIGURES.iter().find(|(c, _)| *c == code).map(|(_, l)| *l)
}

/// Every label (see [`Labels`]).
pub fn labels() -> Labels {
    Labels {
        steps: Step::ALL.map(|s| Label { code: s, label: s.label().to_owned() }).into(),
        shapes: [
            LedgerShape::OpenItems,
            LedgerShape::InvoiceList,
            LedgerShape::Transactions,
            LedgerShape::AgedSummary,
        ]
        .map(|s| Label { code: s, label: s.label().to_owned() })
        .into(),
        segments: Segment::ALL.map(|s| Label { code: s, label: s.label().to_owned() }).into(),
        as_of_sources: [
            AsOfSource::Given,
            AsOfSource::ReportDate,
            AsOfSource::LatestEvent,
            AsOfSource::Today,
        ]
        .map(|s| Label { code: s, label: s.label().to_owned() })
        .into(),
        figures: FIGURES
            .iter()
            .map(|(c, l)| Label { code: (*c).to_owned(), label: (*l).to_owned() })
            .collect(),
    }
}

/// The names of the roll-rate columns of a trend with aging `buckets`: from Not
/// due into the first bucket, then from each bucket into the next
/// (`Not due → 1–30`, `1–30 → 31–60`, …), in the order of
/// [`MonthFigures::roll_rates`](crate::figures::trend::MonthFigures::roll_rates).
pub fn roll_rate_columns(buckets: &[crate::figures::aging::Bucket]) -> Vec<String> {
    let columns: Vec<&str> =
        std::iter::once("Not due").chain(buckets.iter().map(|b| b.label.as_str())).collect();
    columns.windows(2).map(|w| format!("{} → {}", w[0], w[1])).collect()
}
