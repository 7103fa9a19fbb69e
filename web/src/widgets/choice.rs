//! A labelled drop-down list.

use leptos::prelude::*;

/// A label and a `<select>` of `(value, text)` options, the first selected; calls
/// `on_change` with the chosen value.
#[component]
pub fn Choice(
    /// The label before the list.
    label: &'static str,
    /// `data-testid` of the `<select>`.
    testid: &'static str,
    /// `(value, text)` per option.
    options: &'static [(&'static str, &'static str)],
    /// Receives the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let items =
        options.iter().map(|(value, text)| view! { <option value=*value>{*text}</option> }).collect_view();
    view! {
        <label>
            {label}
            " "
            <select data-testid=testid on:change=move |ev| on_change.run(event_target_value(&ev))>
                {items}
            </select>
        </label>
    }
}
