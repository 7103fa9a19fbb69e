//! The header: the file's name and what it holds, its date range, the as-of
//! date with the rule that chose it, the currency shown, a button that saves
//! the whole analysis as a workbook, and one to open another file.

use crate::analyst::{ExportRequest, Work};
use crate::app::Router;
use crate::widgets::grid::{as_of as grid_as_of, export_name};
use crate::widgets::save_bytes;
use arlens::{AsOfSource, Summary};
use chrono::NaiveDate;
use leptos::prelude::*;
use web_sys::HtmlInputElement;

/// The header.
#[component]
pub fn Header(
    /// The file's name.
    file_name: Signal<String>,
    /// What the ledger holds, when it could be read.
    summary: Signal<Option<Summary>>,
    /// The as-of date and the rule that chose it, from the report.
    as_of: Signal<Option<(NaiveDate, AsOfSource)>>,
    /// The currency shown.
    currency: Signal<Option<String>>,
    /// Called with a chosen file.
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let on_open = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        crate::features::upload::read_chosen(input.files(), on_file);
        // The same file chosen again is a new choice.
        input.set_value("");
    };
    // A date sets the as-of date; a cleared field goes back to the core's rule,
    // and shows the rule's date at once rather than an empty field.
    let on_as_of = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        let text = input.value();
        if text.parse::<NaiveDate>().is_ok() {
            router.set("asOf", &text);
        } else if text.is_empty() {
            router.set("asOf", "");
            if let Some((date, _)) = as_of.get_untracked() {
                input.set_value(&date.to_string());
            }
        }
    };
    let display = expect_context::<crate::display::Display>();
    let facts = move || {
        // Written in the chosen number and date style.
        display.format.track();
        summary.get().map(|s| {
            let range = s
                .date_range
                .map(|r| format!("{} to {}", crate::display::date(r.first), crate::display::date(r.last)))
                .unwrap_or_else(|| "no dated entries".to_owned());
            let count = crate::display::count;
            format!("{} invoices · {} entries · {range}", count(s.invoices), count(s.entries))
        })
    };
    let currency_picker = move || {
        let codes = summary.get().map(|s| s.currencies).unwrap_or_default();
        (codes.len() > 1).then(|| {
            let current = currency.get().unwrap_or_default();
            let options = codes
                .into_iter()
                .map(|c| view! { <option value=c.clone() selected=c == current>{c.clone()}</option> })
                .collect_view();
            view! {
                <label>
                    "Currency "
                    <select data-testid="currency-shown" on:change=move |ev| router.set("currency", &event_target_value(&ev))>
                        {options}
                    </select>
                </label>
            }
        })
    };
    // The whole analysis as one workbook, made in the worker.
    let work = expect_context::<Work>();
    let saved = RwSignal::new(String::new());
    let workbook = move |_| {
        let name = export_name(&file_name.get_untracked(), "arlens", grid_as_of(work), "xlsx");
        saved.set("Making the workbook…".to_owned());
        work.export(&ExportRequest::Workbook, move |made| match made {
            Ok(bytes) => {
                save_bytes(
                    &name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    &bytes,
                );
                saved.try_set(format!("Saved {name}."));
            }
            Err(e) => {
                saved.try_set(format!("No workbook: {e}"));
            }
        });
    };
    let reset = move || {
        matches!(as_of.get(), Some((_, AsOfSource::Given))).then(|| {
            view! {
                <button
                    type="button"
                    class="link"
                    data-testid="as-of-reset"
                    title="Go back to the date the file gives"
                    on:click=move |_| router.set("asOf", "")
                >
                    "file's date"
                </button>
            }
        })
    };
    view! {
        <header class="top">
            <div class="brand">
                <h1>"arlens"</h1>
                <span class="tagline">"private accounts-receivable analysis"</span>
            </div>
            <div class="file">
                <span class="file-name" data-testid="file-name">{move || file_name.get()}</span>
                <span class="hint" data-testid="file-facts">{facts}</span>
            </div>
            <div class="as-of">
                <label>
                    "As of "
                    <input
                        type="date"
                        data-testid="as-of"
                        prop:value=move || as_of.get().map(|(d, _)| d.to_string()).unwrap_or_default()
                        on:change=on_as_of
                    />
                </label>
                <span class="hint" data-testid="as-of-source">{move || as_of.get().map(|(_, source)| source.label())}</span>
                {reset}
            </div>
            {currency_picker}
            <button type="button" class="workbook" data-testid="export-workbook" on:click=workbook
                title="Save the whole analysis as an Excel workbook: summary with the file's SHA-256, options, reconciliation and definitions, then every table">
                "Save workbook"
            </button>
            <span class="visually-hidden" role="status" aria-live="polite" data-testid="export-workbook-status">{move || saved.get()}</span>
            <label class="open-file button">
                "Open a ledger…"
                <input
                    type="file"
                    multiple
                    accept=".csv,.tsv,.txt,.prn,.rpt,.xlsx,.xlsm,.xlsb,.xls,.ods,.xml,.htm,.html,.mht,.mhtml,.zip"
                    data-testid="file-input"
                    on:change=on_open
                />
            </label>
        </header>
    }
}
