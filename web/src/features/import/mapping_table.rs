//! Which column was read as which field, and how sure the mapping is.

use arlens::ImportReport;
use arlens::import::Confidence;
use leptos::prelude::*;

/// The column mapping with a confidence per column.
#[component]
pub fn MappingTable(
    /// What the import did.
    report: ImportReport,
    /// Whether the section is open: kept while a choice made in it reads the
    /// file again.
    open: RwSignal<bool>,
    /// What to show below the table (the mapping screen, to change it).
    children: Children,
) -> impl IntoView {
    // The mapped columns and an aged summary's bucket columns (read as its
    // buckets as given), in column order.
    let mut rows: Vec<(usize, AnyView)> = report
        .mapping
        .columns
        .into_iter()
        .map(|c| {
            let (label, class) = match c.confidence {
                Confidence::High => ("high", "conf high"),
                Confidence::Medium => ("medium", "conf medium"),
                Confidence::Low => ("low", "conf low"),
            };
            let row = view! {
                <tr title=c.reason>
                    <td>{c.column}</td>
                    <td>{c.header}</td>
                    <td>{c.field.label()}</td>
                    <td class=class>{label}</td>
                </tr>
            };
            (c.index, row.into_any())
        })
        .collect();
    rows.extend(report.mapping.buckets.into_iter().map(|b| {
        let row = view! {
            <tr title="an aged summary's bucket, shown as the file gives it">
                <td>{b.column}</td>
                <td>{b.header}</td>
                <td>"aging bucket, as given"</td>
                <td class="conf medium">"medium"</td>
            </tr>
        };
        (b.index, row.into_any())
    }));
    rows.sort_by_key(|(index, _)| *index);
    let rows = rows.into_iter().map(|(_, row)| row).collect_view();
    let unmapped = report.mapping.unmapped.join(", ");
    let none_unused = report.mapping.unmapped.is_empty();
    view! {
        <details
            class="card mapping"
            prop:open=move || open.get()
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())
        >
            <summary>"Column mapping"</summary>
            <table class="sheet" data-testid="mapping-table">
                <thead>
                    <tr>
                        <th>"Column"</th>
                        <th>"Header"</th>
                        <th>"Read as"</th>
                        <th>"Confidence"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="hint" hidden=none_unused>"Not used: " {unmapped}</p>
            {children()}
        </details>
    }
}
