//! The bar above the figures: which file, which sheet, which date order, which
//! aging columns, how credits show, which date.

use crate::source::ReadChoices;
use crate::widgets::Choice;
use arlens::figures::aging::{AgingPeriods, CreditTreatment};
use arlens::import::DateOrder;
use arlens::{AgingOptions, BucketConvention};
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
    /// The as-of date in force.
    as_of: Memo<NaiveDate>,
    /// Sets the as-of date chosen by the user.
    set_as_of: WriteSignal<Option<NaiveDate>>,
    /// Changes the aging columns and the treatment of credits.
    set_aging: WriteSignal<AgingOptions>,
) -> impl IntoView {
    let on_columns = Callback::new(move |value: String| {
        let (periods, convention) = match value.as_str() {
            "sage" => (AgingPeriods::Days, BucketConvention::LowerInclusive),
            "months" => (AgingPeriods::CalendarMonths, BucketConvention::UpperInclusive),
            _ => (AgingPeriods::Days, BucketConvention::UpperInclusive),
        };
        set_aging.update(|a| {
            a.periods = periods;
            a.convention = convention;
        });
    });
    let on_credits = Callback::new(move |value: String| {
        let credits = match value.as_str() {
            "net" => CreditTreatment::NetPerCustomer,
            _ => CreditTreatment::Separate,
        };
        set_aging.update(|a| a.credits = credits);
    });
    let on_as_of = move |ev: leptos::ev::Event| {
        if let Ok(date) = event_target_value(&ev).parse::<NaiveDate>() {
            set_as_of.set(Some(date));
        }
    };
    let on_sheet = move |ev: leptos::ev::Event| {
        let name = event_target_value(&ev);
        set_choices.update(|c| c.sheet = (!name.is_empty()).then_some(name));
    };
    let on_order = Callback::new(move |value: String| {
        let order = match value.as_str() {
            "dmy" => Some(DateOrder::Dmy),
            "mdy" => Some(DateOrder::Mdy),
            _ => None,
        };
        set_choices.update(|c| c.date_order = order);
    });
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
            <Choice
                label="Dates"
                testid="date-order"
                options=&[("", "detect"), ("dmy", "DD/MM/YYYY"), ("mdy", "MM/DD/YYYY")]
                on_change=on_order
            />
            <Choice
                label="Columns"
                testid="aging-columns"
                options=&[
                    ("days", "1–30, 31–60, … days"),
                    ("sage", "0–29, 30–59, … days (Sage)"),
                    ("months", "calendar months (Xero)"),
                ]
                on_change=on_columns
            />
            <Choice
                label="Credits"
                testid="aging-credits"
                options=&[("separate", "in their own column"), ("net", "netted per customer")]
                on_change=on_credits
            />
            <label>
                "As of "
                <input type="date" data-testid="as-of" prop:value=move || as_of.get().to_string() on:input=on_as_of />
            </label>
        </section>
    }
}
