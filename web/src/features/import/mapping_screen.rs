//! The mapping screen: which column holds which field, chosen by the user from
//! the file's columns, with the file's first rows to look at. It opens when a
//! file is refused for a missing field and on request under the column mapping.

use crate::remembered::{self, Remembered};
use crate::source::ReadChoices;
use crate::widgets::save_text;
use arlens::error::column_letter;
use arlens::import::{Confidence, DateOrder, DecimalMark, Field, Inspection};
use leptos::prelude::*;

/// The fields offered, in the order an accountant reads a ledger.
const FIELDS: [Field; 14] = [
    Field::CustomerName,
    Field::CustomerId,
    Field::DocumentId,
    Field::DocumentType,
    Field::InvoiceDate,
    Field::DueDate,
    Field::Amount,
    Field::OpenBalance,
    Field::DebitCredit,
    Field::AmountPaid,
    Field::PaidDate,
    Field::Currency,
    Field::Status,
    Field::Terms,
];

/// A field's name as a chooser's label: "Due date".
fn title(field: Field) -> String {
    let label = field.label();
    let mut chars = label.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "sheet \"Jan\"", or "read as one: \"Jan\", \"Feb\"" for sheets (or
/// files) read as one ledger.
pub(super) fn sheets_read(sheet: Option<&String>, combined: &[String]) -> Option<String> {
    if combined.is_empty() {
        sheet.map(|s| format!("sheet {}", arlens::error::quoted(s)))
    } else {
        Some(format!(
            "read as one: {}",
            combined.iter().map(|s| arlens::error::quoted(s)).collect::<Vec<_>>().join(", ")
        ))
    }
}

/// The mapping screen over `inspection`; "Analyse" sets the columns in `choices`.
#[component]
pub fn MappingScreen(
    /// The file as arlens sees it, with its best-guess mapping.
    inspection: Inspection,
    /// Why the file was refused, when it was (shown above the screen).
    #[prop(optional)]
    problem: Option<String>,
    /// Changes the reading choices (the columns).
    set_choices: WriteSignal<ReadChoices>,
    /// The file's name, remembered with the mapping.
    #[prop(into)]
    file_name: String,
) -> impl IntoView {
    let layout = inspection.headers.clone();
    let mapping = inspection.mapping.clone().unwrap_or_default();
    let width =
        inspection.headers.len().max(inspection.preview.iter().map(|r| r.cells.len()).max().unwrap_or(0));
    let header = |i: usize| inspection.headers.get(i).cloned().unwrap_or_default();
    let names: Vec<String> = (0..width)
        .map(|i| {
            let text = header(i);
            if text.trim().is_empty() {
                format!("column {}", column_letter(i))
            } else {
                format!("{} — {text}", column_letter(i))
            }
        })
        .collect();
    // One signal per field: the column chosen, if any.
    let chosen: Vec<(Field, RwSignal<Option<usize>>)> =
        FIELDS.iter().map(|&f| (f, RwSignal::new(mapping.index(f)))).collect();
    let guessed: Vec<(usize, Field)> = mapping.columns.iter().map(|c| (c.index, c.field)).collect();
    // How amounts and missing due dates are read, applied with the columns.
    let detected_mark = inspection.report.as_ref().map(|r| r.decimal_mark);
    let mark = RwSignal::new(None::<DecimalMark>);
    let terms = RwSignal::new(None::<u32>);
    let detected_order = inspection.report.as_ref().and_then(|r| r.date_order);
    let order = RwSignal::new(None::<DateOrder>);
    let currency = RwSignal::new(None::<String>);
    let choosers = chosen
        .iter()
        .map(|&(field, column)| {
            let id = format!("map-{}", title(field).to_lowercase().replace(' ', "-"));
            let detected = mapping.columns.iter().find(|c| c.field == field).map(|c| {
                let level = match c.confidence {
                    Confidence::High => "high",
                    Confidence::Medium => "medium",
                    Confidence::Low => "low",
                };
                format!("detected: {} ({level} confidence) — {}", c.column, c.reason)
            });
            let options = names
                .iter()
                .enumerate()
                .map(|(i, name)| view! { <option value=i.to_string() selected=move || column.get() == Some(i)>{name.clone()}</option> })
                .collect_view();
            let on_change = move |ev: leptos::ev::Event| column.set(event_target_value(&ev).parse().ok());
            view! {
                <div class="chooser">
                    <label for=id.clone()>{title(field)}</label>
                    <select id=id on:change=on_change>
                        <option value="" selected=move || column.get().is_none()>"(none)"</option>
                        {options}
                    </select>
                    <span class="hint">{detected.unwrap_or_else(|| "not detected".to_owned())}</span>
                </div>
            }
        })
        .collect_view();
    let analyse = move |_| {
        let mut columns = arlens::import::Overrides::new();
        for (field, column) in &chosen {
            if let Some(i) = column.get_untracked() {
                columns.insert(column_letter(i), *field);
            }
        }
        // A column arlens had mapped that no field holds now is ignored.
        for (index, field) in &guessed {
            let letter = column_letter(*index);
            if FIELDS.contains(field) && !columns.contains_key(&letter) {
                columns.insert(letter, Field::Ignore);
            }
        }
        // Confirmed: remembered for files with the same headers (this browser only).
        remembered::save(Remembered {
            layout: layout.clone(),
            columns: columns.clone(),
            file: file_name.clone(),
            saved: chrono::Local::now().date_naive().to_string(),
        });
        set_choices.update(|c| {
            c.columns = columns;
            c.decimal_mark = mark.get_untracked();
            c.default_terms = terms.get_untracked();
            if let Some(o) = order.get_untracked() {
                c.date_order = Some(o);
            }
            if let Some(code) = currency.get_untracked() {
                c.currency = Some(code);
            }
        });
    };
    let mark_label = |m: Option<DecimalMark>| match m {
        Some(DecimalMark::Comma) => "1.234,56 (comma)",
        _ => "1,234.56 (point)",
    };
    let on_mark = move |ev: leptos::ev::Event| {
        mark.set(match event_target_value(&ev).as_str() {
            "point" => Some(DecimalMark::Point),
            "comma" => Some(DecimalMark::Comma),
            _ => None,
        })
    };
    let on_terms = move |ev: leptos::ev::Event| terms.set(event_target_value(&ev).trim().parse().ok());
    let on_order = move |ev: leptos::ev::Event| {
        order.set(match event_target_value(&ev).as_str() {
            "dmy" => Some(DateOrder::Dmy),
            "mdy" => Some(DateOrder::Mdy),
            "ymd" => Some(DateOrder::Ymd),
            _ => None,
        })
    };
    let currency_hint = RwSignal::new("For rows whose file names none (ISO code such as EUR).".to_owned());
    let on_currency = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev).trim().to_ascii_uppercase();
        if code.is_empty() {
            currency.set(None);
        } else if arlens::money::is_iso_code(&code) {
            currency.set(Some(code));
        } else {
            currency.set(None);
            currency_hint.set(format!("{code:?} is not an ISO 4217 code (three letters such as EUR)."));
        }
    };
    // Another sheet or header row is another table: read again, its columns guessed
    // afresh, with this screen kept in view.
    let section = use_context::<super::MappingOpen>();
    let keep_open = move || {
        if let Some(super::MappingOpen(open)) = section {
            open.set(true);
        }
    };
    let on_sheet = move |ev: leptos::ev::Event| {
        keep_open();
        let sheet = event_target_value(&ev);
        set_choices.update(|c| {
            c.sheet = (!sheet.is_empty()).then_some(sheet);
            c.header_row = None;
            c.columns.clear();
        });
    };
    let on_header_row = move |ev: leptos::ev::Event| {
        keep_open();
        let row = event_target_value(&ev).trim().parse().ok().filter(|r| *r >= 1);
        set_choices.update(|c| {
            c.header_row = row;
            c.columns.clear();
        });
    };
    let current_sheet = inspection.sheet.clone();
    // Sheets laid out alike read as one (a sheet a month): the choice that reads
    // them so again, once one of them has been chosen alone.
    let combined = inspection.report.as_ref().map(|r| r.combined_sheets.clone()).unwrap_or_default();
    let sheet_chooser = (inspection.sheets.len() > 1).then(|| {
        let together = if combined.is_empty() {
            "Chosen by arlens".to_owned()
        } else {
            format!("{} (laid out alike, read as one)", combined.join(", "))
        };
        let options = std::iter::once(
            view! { <option value="" selected=!combined.is_empty()>{together}</option> }.into_any(),
        )
        .chain(inspection.sheets.iter().map(|name| {
            let selected = combined.is_empty() && current_sheet.as_deref() == Some(name.as_str());
            view! { <option value=name.clone() selected=selected>{name.clone()}</option> }.into_any()
        }))
        .collect_view();
        view! {
            <div class="chooser">
                <label for="map-sheet">"Sheet"</label>
                <select id="map-sheet" on:change=on_sheet>{options}</select>
                <span class="hint">"The sheet that holds the documents."</span>
            </div>
        }
    });
    let header_row = inspection.header_row;
    let head = (0..width)
        .map(|i| view! { <th scope="col">{column_letter(i)} <br /> <span class="hint">{header(i)}</span></th> })
        .collect_view();
    let rows = inspection
        .preview
        .iter()
        .map(|r| {
            let cells = (0..width)
                .map(|i| view! { <td>{r.cells.get(i).cloned().unwrap_or_default()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{r.row}</th>{cells}</tr> }
        })
        .collect_view();
    let place = [
        sheets_read(
            inspection.sheet.as_ref(),
            inspection.report.as_ref().map_or(&[][..], |r| &r.combined_sheets),
        ),
        inspection.header_row.map(|r| format!("header on row {r}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <section class="card mapping-screen" data-testid="mapping-screen" aria-label="Map the columns">
            <h2>"Which column holds what"</h2>
            <p class="hint">
                {if problem.is_some() {
                    "Choose the column for what arlens could not find (the message above), then Analyse."
                } else {
                    "Check what each column holds, then Analyse."
                }}
            </p>
            <p class="hint">{place}</p>
            <div class="choosers">
                {sheet_chooser}
                <div class="chooser">
                    <label for="map-header-row">"Header row"</label>
                    <input
                        id="map-header-row"
                        type="number"
                        min="1"
                        prop:value=header_row.map(|r| r.to_string()).unwrap_or_default()
                        placeholder="not found"
                        on:change=on_header_row
                    />
                    <span class="hint">"The row of column titles; the rows below it are read."</span>
                </div>
                {choosers}
                <div class="chooser">
                    <label for="map-decimal-mark">"Decimal mark"</label>
                    <select id="map-decimal-mark" on:change=on_mark>
                        <option value="">
                            {detected_mark.map_or_else(|| "detect".to_owned(), |m| format!("detect ({})", mark_label(Some(m))))}
                        </option>
                        <option value="point">{mark_label(Some(DecimalMark::Point))}</option>
                        <option value="comma">{mark_label(Some(DecimalMark::Comma))}</option>
                    </select>
                    <span class="hint">"How amounts written as text separate their decimals."</span>
                </div>
                <div class="chooser">
                    <label for="map-date-order">"Date order"</label>
                    <select id="map-date-order" on:change=on_order>
                        <option value="">
                            {detected_order.map_or_else(|| "detect".to_owned(), |o| format!("detect ({})", o.pattern()))}
                        </option>
                        <option value="dmy">"DD/MM/YYYY"</option>
                        <option value="mdy">"MM/DD/YYYY"</option>
                        <option value="ymd">"YYYY/MM/DD"</option>
                    </select>
                    <span class="hint">"How dates written as text order day and month."</span>
                </div>
                <div class="chooser">
                    <label for="map-default-currency">"Default currency"</label>
                    <input id="map-default-currency" type="text" maxlength="3" placeholder="none" on:change=on_currency />
                    <span class="hint">{move || currency_hint.get()}</span>
                </div>
                <div class="chooser">
                    <label for="map-default-terms">"Default terms (days)"</label>
                    <input id="map-default-terms" type="number" min="0" max="3650" placeholder="none" on:change=on_terms />
                    <span class="hint">"Due date = invoice date + these days, for rows with neither."</span>
                </div>
            </div>
            <button type="button" data-testid="analyse" on:click=analyse>"Analyse"</button>
            <RememberedMappings />
            <div class="preview">
                <table class="sheet" data-testid="mapping-preview">
                    <thead><tr><th scope="col">"Row"</th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The mappings remembered in this browser, each with a button to forget it,
/// an export of them all as JSON and an import of a colleague's export.
#[component]
fn RememberedMappings() -> impl IntoView {
    let list = RwSignal::new(remembered::all());
    let message = RwSignal::new(None::<String>);
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        leptos::task::spawn_local(async move {
            let text =
                wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            let outcome = match text.as_deref().map(remembered::import) {
                Some(Ok(n)) => format!(
                    "{n} {} imported from {}.",
                    if n == 1 { "mapping" } else { "mappings" },
                    file.name()
                ),
                Some(Err(e)) => e,
                None => format!("{} could not be read.", file.name()),
            };
            list.set(remembered::all());
            message.set(Some(outcome));
        });
    };
    let items = move || {
        let items = list.get();
        (!items.is_empty()).then(|| {
            let rows = items
                .into_iter()
                .map(|r| {
                    let layout = r.layout.clone();
                    let forget = move |_| {
                        remembered::erase(&layout);
                        list.set(remembered::all());
                    };
                    let headers = r.layout.iter().filter(|h| !h.is_empty()).cloned().collect::<Vec<_>>().join(", ");
                    let forget_name = format!("Forget the mapping from {}", r.file);
                    view! {
                        <li>
                            {format!("{headers} — from {} ({})", r.file, r.saved)} " "
                            <button type="button" aria-label=forget_name data-testid="forget-mapping" on:click=forget>"Forget"</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="hint">"Mappings remembered in this browser (for files with the same headers):"</p>
                <ul>{rows}</ul>
                <button type="button" on:click=move |_| save_text("arlens-mappings.json", &remembered::export())>
                    "Export as JSON"
                </button>
            }
        })
    };
    view! {
        <div class="remembered" data-testid="remembered-mappings">
            {items}
            <label class="import-mappings">
                "Import mappings (JSON from a colleague) "
                <input type="file" accept=".json,application/json" data-testid="import-mappings" on:change=on_import />
            </label>
            <p class="hint" role="status" data-testid="import-mappings-status">{move || message.get()}</p>
        </div>
    }
}
