//! A labelled drop-down list over the core's own option values.

use leptos::prelude::*;

/// A label and a `<select>` of `(value, text)` options, the first selected; calls
/// `on_change` with the chosen value itself (an enum of the core, not a code of
/// the page's own). The `<option>` values are the positions in `options`.
#[component]
pub fn Choice<T>(
    /// The label before the list.
    label: &'static str,
    /// `data-testid` of the `<select>`.
    testid: &'static str,
    /// `(value, text)` per option.
    options: &'static [(T, &'static str)],
    /// Receives the chosen value.
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Copy + Send + Sync + 'static,
{
    let items = options
        .iter()
        .enumerate()
        .map(|(i, (_, text))| view! { <option value=i.to_string()>{*text}</option> })
        .collect_view();
    let pick = move |ev| {
        if let Some((value, _)) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| options.get(i)) {
            on_change.run(*value);
        }
    };
    view! {
        <label>
            {label}
            " "
            <select data-testid=testid on:change=pick>
                {items}
            </select>
        </label>
    }
}
