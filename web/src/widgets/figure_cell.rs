//! A table cell for a figure that may be undefined.

use arlens::figures::value::Value;
use arlens::money::display;
use leptos::prelude::*;

/// The figure rounded to one decimal for display, or a dash with the reason as a
/// tooltip: an undefined figure is never shown as zero.
pub fn figure_cell(testid: String, value: &Value, suffix: &'static str) -> impl IntoView + use<> {
    let (text, why) = match (value.value, &value.undefined) {
        (Some(v), _) => (format!("{:.1}{suffix}", display(v, 1)), String::new()),
        (None, why) => ("—".to_owned(), why.clone().unwrap_or_default()),
    };
    view! { <td class="num" title=why data-testid=testid>{text}</td> }
}
