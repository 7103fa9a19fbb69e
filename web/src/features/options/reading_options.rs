//! How the file is read: which sheet, which currency for rows that name none,
//! which day/month order.

use crate::source::ReadChoices;
use crate::widgets::Choice;
use arlens::import::DateOrder;
use leptos::prelude::*;

/// The reading choices.
#[component]
pub fn ReadingOptions(
    /// The workbook's sheets (empty for CSV).
    sheets: Signal<Vec<String>>,
    /// The current reading choices.
    choices: ReadSignal<ReadChoices>,
    /// Changes them.
    set_choices: WriteSignal<ReadChoices>,
    /// Whether some rows are in an unknown currency (`XXX`): the file names none.
    unknown_currency: Signal<bool>,
    /// The day/month order the import used for the current file, when it has
    /// numeric dates (detected, or the one chosen).
    date_order: Signal<Option<DateOrder>>,
) -> impl IntoView {
    let on_sheet = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        set_choices.update(|c| c.sheet = (!name.is_empty()).then_some(name));
    };
    let on_order =
        Callback::new(move |order: Option<DateOrder>| set_choices.update(|c| c.date_order = order));
    // A currency for rows whose file names none: offered while some are unknown
    // or one was given; only an ISO code is taken.
    let on_currency = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev).trim().to_ascii_uppercase();
        if code.is_empty() {
            set_choices.update(|c| c.currency = None);
        } else if arlens::money::is_iso_code(&code) {
            set_choices.update(|c| c.currency = Some(code));
        }
    };
    let currency_picker = move || {
        let given = choices.with(|c| c.currency.clone());
        (unknown_currency.get() || given.is_some()).then(|| {
            let codes =
                arlens::money::iso_codes().iter().map(|c| view! { <option value=*c /> }).collect_view();
            view! {
                <label title="The currency of the rows whose file names none (shown as XXX until given)">
                    "Currency of the file "
                    <input
                        data-testid="currency"
                        list="iso-codes"
                        size="4"
                        maxlength="3"
                        placeholder="XXX"
                        prop:value=given.unwrap_or_default()
                        on:change=on_currency
                    />
                    <datalist id="iso-codes">{codes}</datalist>
                </label>
            }
        })
    };
    let sheet_picker = move || {
        let names = sheets.get();
        (names.len() > 1).then(|| {
            let current = choices.with(|c| c.sheet.clone()).unwrap_or_default();
            let options = names
                .into_iter()
                .map(|n| view! { <option value=n.clone() selected=n == current>{n.clone()}</option> })
                .collect_view();
            view! {
                <label>
                    "Sheet "
                    <select data-testid="sheet" on:change=on_sheet>
                        <option value="">"(chosen by arlens)"</option>
                        {options}
                    </select>
                </label>
            }
        })
    };
    view! {
        <section class="controls card" aria-label="Reading options">
            {sheet_picker}
            {currency_picker}
            <Choice
                label="Dates"
                testid="date-order"
                options=&[(None, "detect"), (Some(DateOrder::Dmy), "DD/MM/YYYY"), (Some(DateOrder::Mdy), "MM/DD/YYYY")]
                on_change=on_order
            />
            <span class="hint" data-testid="date-order-used">
                {move || date_order.get().map(|o| format!("read as {}", o.pattern()))}
            </span>
        </section>
    }
}
