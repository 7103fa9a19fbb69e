//! Counts of the import, with every skipped row and warning, located.

use arlens::ImportReport;
use leptos::prelude::*;

/// The import report.
#[component]
pub fn ImportSummary(
    /// What the import did.
    report: ImportReport,
) -> impl IntoView {
    let skipped = report.skipped.len();
    let lines = report
        .skipped
        .iter()
        .map(|s| format!("Skipped — {}: {}", s.position, s.reason))
        .chain(report.warnings.iter().map(|w| format!("Warning — {}: {}", w.position, w.message)))
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    let details = [
        report.sheet.as_ref().map(|s| format!("sheet {s:?}")),
        Some(format!("header on row {}", report.header_row)),
        report.report_date.map(|d| format!("report date {d}")),
        report.date_order.map(|o| format!("dates {}", o.pattern())),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <section class="card import">
            <p data-testid="import-counts">
                {report.entries} " entries imported from " {report.rows_read} " rows; " {skipped} " skipped."
            </p>
            <p class="hint" data-testid="import-details">{details}</p>
            <ul class="problems" data-testid="import-problems">{lines}</ul>
        </section>
    }
}
