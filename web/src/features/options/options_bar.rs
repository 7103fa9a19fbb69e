//! The bar above the figures: which file, which sheet, which date order, which
//! aging columns, how credits show, which date.

use crate::source::ReadChoices;
use crate::widgets::Choice;
use arlens::figures::aging::{AgingPeriods, CreditTreatment};
use arlens::import::DateOrder;
use arlens::{AsOfSource, BucketConvention, Options};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The options bar.
#[component]
pub fn OptionsBar(
    /// The file's name.
    file_name: Signal<String>,
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
    /// The as-of date in force and the rule that chose it, from the report.
    as_of: Signal<Option<(NaiveDate, AsOfSource)>>,
    /// Changes the analysis options (as-of date, aging columns, credits).
    set_options: WriteSignal<Options>,
) -> impl IntoView {
    let on_columns = Callback::new(move |(periods, convention): (AgingPeriods, BucketConvention)| {
        set_options.update(|o| {
            o.aging.periods = periods;
            o.aging.convention = convention;
        });
    });
    let on_credits =
        Callback::new(move |credits: CreditTreatment| set_options.update(|o| o.aging.credits = credits));
    // A date sets the as-of date; a cleared field goes back to the core's rule.
    let on_as_of = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        match text.parse::<NaiveDate>() {
            Ok(date) => set_options.update(|o| o.as_of = Some(date)),
            Err(_) if text.is_empty() => set_options.update(|o| o.as_of = None),
            Err(_) => {}
        }
    };
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
                    "Currency "
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
                        <option value="">"(most ledger-like)"</option>
                        {options}
                    </select>
                </label>
            }
        })
    };
    view! {
        <section class="controls">
            <span class="file-name" data-testid="file-name">{move || file_name.get()}</span>
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
            <Choice
                label="Columns"
                testid="aging-columns"
                options=&[
                    ((AgingPeriods::Days, BucketConvention::UpperInclusive), "1–30, 31–60, … days"),
                    ((AgingPeriods::Days, BucketConvention::LowerInclusive), "0–29, 30–59, … days (Sage)"),
                    ((AgingPeriods::CalendarMonths, BucketConvention::UpperInclusive), "calendar months (Xero)"),
                ]
                on_change=on_columns
            />
            <Choice
                label="Credits"
                testid="aging-credits"
                options=&[(CreditTreatment::Separate, "in their own column"), (CreditTreatment::NetPerCustomer, "netted per customer")]
                on_change=on_credits
            />
            <label>
                "As of "
                <input
                    type="date"
                    data-testid="as-of"
                    prop:value=move || as_of.get().map(|(d, _)| d.to_string()).unwrap_or_default()
                    on:input=on_as_of
                />
            </label>
            <span class="hint" data-testid="as-of-source">{move || as_of.get().map(|(_, source)| source.label())}</span>
        </section>
    }
}
