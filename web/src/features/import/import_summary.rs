//! Counts of the import, with every skipped row and warning, located.

use crate::source::ReadChoices;
use crate::widgets::MoneyCell;
use arlens::ImportReport;
use arlens::import::{Part, Reconciliation};
use leptos::prelude::*;

/// The import report.
#[component]
pub fn ImportSummary(
    /// What the import did.
    report: ImportReport,
    /// Changes the reading choices (the repair of swapped dates).
    set_choices: WriteSignal<ReadChoices>,
) -> impl IntoView {
    let swapped = report.swapped_dates.clone().map(|found| {
        let columns = found.columns.join(", ");
        let repair = move |on: bool| set_choices.update(|c| c.repair_swapped_dates = on);
        if found.repaired {
            view! {
                <div class="notice" role="status" data-testid="swapped-dates">
                    <p>
                        <strong>{format!("Day and month swapped back in {} date cells ({columns}).", found.cells)}</strong>
                        " " {found.evidence}
                    </p>
                    <button type="button" on:click=move |_| repair(false)>"Undo: read the dates as they are"</button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="notice warning" role="alert" data-testid="swapped-dates">
                    <p>
                        <strong>{format!("Day and month look swapped in {} date cells ({columns}).", found.cells)}</strong>
                        " The file seems to have been opened in a spreadsheet set to the other day/month order: "
                        {found.evidence} "."
                    </p>
                    <button type="button" data-testid="repair-swapped-dates" on:click=move |_| repair(true)>
                        "Swap day and month back"
                    </button>
                </div>
            }
            .into_any()
        }
    });
    let hidden = report.hidden_rows.clone().map(|found| {
        let skip = move |on: bool| set_choices.update(|c| c.skip_hidden_rows = on);
        let rows = if found.rows == 1 { "1 row".to_owned() } else { format!("{} rows", found.rows) };
        if found.left_out {
            view! {
                <div class="notice" role="status" data-testid="hidden-rows">
                    <p>
                        <strong>{format!("{rows} hidden in the workbook left out.")}</strong>
                        " They are listed with the rows excluded, from " {found.first.to_string()} "."
                    </p>
                    <button type="button" on:click=move |_| skip(false)>"Undo: read the hidden rows"</button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="notice warning" role="alert" data-testid="hidden-rows">
                    <p>
                        <strong>{format!("{rows} of the file {} hidden in the workbook.", if found.rows == 1 { "is" } else { "are" })}</strong>
                        " Filtered out by an AutoFilter or hidden by hand, they are read like the others and count in every figure."
                    </p>
                    <button type="button" data-testid="skip-hidden-rows" on:click=move |_| skip(true)>
                        "Leave the hidden rows out"
                    </button>
                </div>
            }
            .into_any()
        }
    });
    // Columns read though the workbook hides them: the user may have hidden the one not meant.
    let hidden_columns = (!report.hidden_columns.is_empty()).then(|| {
        let read: Vec<String> = report
            .hidden_columns
            .iter()
            .map(|c| format!("the {} from column {} ({})", c.field.label(), c.column, arlens::error::quoted(&c.header)))
            .collect();
        view! {
            <div class="notice warning" role="alert" data-testid="hidden-columns">
                <p>
                    <strong>{format!("Read from {} the workbook hides: {}.", if read.len() == 1 { "a column" } else { "columns" }, read.join("; "))}</strong>
                    " Their values count though the sheet does not show them; if another column is meant, choose it under Column mapping."
                </p>
            </div>
        }
    });
    let skipped = report.skipped.len();
    let warnings = report.warnings.len();
    let lines = report
        .skipped
        .iter()
        .map(|s| located("Skipped", &s.position, &s.reason))
        .chain(report.warnings.iter().map(|w| located("Warning", &w.position, &w.message)))
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    let details = [
        super::mapping_screen::sheets_read(report.sheet.as_ref(), &report.combined_sheets),
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
                {report.entries} " entries imported from " {report.rows_read} " rows; " {skipped} " skipped; "
                {warnings} {if warnings == 1 { " warning." } else { " warnings." }}
            </p>
            <p class="hint" data-testid="import-details">{details}</p>
            {swapped}
            {hidden}
            {hidden_columns}
            <ReconciliationTable reconciliation=report.reconciliation.clone() />
            <p class="hint" data-testid="import-provenance">
                {if report.files.is_empty() {
                    view! { "File SHA-256 " <code>{report.sha256.clone()}</code> }.into_any()
                } else {
                    // Files read together: each its own digest, the one `sha256sum` gives.
                    report
                        .files
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            view! { {(i > 0).then_some(" · ")} {f.name.clone()} " SHA-256 " <code>{f.sha256.clone()}</code> }
                        })
                        .collect_view()
                        .into_any()
                }}
                " · read by arlens " {report.version.clone()}
            </p>
            <ul class="problems" data-testid="import-problems">{lines}</ul>
        </section>
    }
}

/// Per amount column and currency: the file's total = imported + excluded +
/// skipped, each with its row count (the core's [`Reconciliation`]).
#[component]
fn ReconciliationTable(reconciliation: Vec<Reconciliation>) -> impl IntoView {
    if reconciliation.iter().all(|r| r.currencies.is_empty()) {
        return None;
    }
    let rows = reconciliation
        .into_iter()
        .flat_map(|r| {
            let column = r.column.clone();
            r.currencies.into_iter().map(move |line| {
                let cell = |part: Part, name: &str| {
                    let id = format!("reconciliation-{}-{}-{name}", column, line.currency);
                    view! {
                        <MoneyCell amount=part.total currency=line.currency.clone() testid=id />
                        <td class="num rows">{part.rows}</td>
                    }
                };
                let balances = if line.balances() { "✓ balances" } else { "✗ does not balance" };
                view! {
                    <tr>
                        <th scope="row">{column.clone()}</th>
                        <td>{line.currency.clone()}</td>
                        {cell(line.file, "file")}
                        {cell(line.imported, "imported")}
                        {cell(line.excluded, "excluded")}
                        {cell(line.skipped, "skipped")}
                        <td>{balances}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    // Wider than a tablet's card: the table scrolls sideways on its own, the notices stay put.
    Some(view! {
        <div class="table-scroll">
            <table class="sheet reconciliation" data-testid="import-reconciliation">
                <caption>"Reconciliation: every row of the file is imported, excluded or skipped"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Column"</th>
                        <th scope="col">"Currency"</th>
                        <th scope="col" class="num">"In the file"</th>
                        <th scope="col" class="num">"rows"</th>
                        <th scope="col" class="num">"Imported"</th>
                        <th scope="col" class="num">"rows"</th>
                        <th scope="col" class="num">"Excluded"</th>
                        <th scope="col" class="num">"rows"</th>
                        <th scope="col" class="num">"Skipped"</th>
                        <th scope="col" class="num">"rows"</th>
                        <th scope="col"></th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

/// `what — place: text`, or `what — text` for a warning of no place (of files
/// chosen together, which have no one name).
fn located(what: &str, position: &arlens::Position, text: &str) -> String {
    let place = position.to_string();
    if place.is_empty() { format!("{what} — {text}") } else { format!("{what} — {place}: {text}") }
}
