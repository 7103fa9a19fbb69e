//! A table cell for a figure that may be unavailable.

use arlens::figures::value::Value;
use arlens::money::locale::{Locale, format_number};
use leptos::prelude::*;

/// The figure rounded by the core to one decimal, or a dash with the reason as a
/// tooltip: an unavailable figure is never shown as zero.
pub fn figure_cell(testid: String, value: &Value, suffix: &'static str) -> impl IntoView + use<> {
    let (text, why) = match (value.value, &value.unavailable) {
        (Some(v), _) => (format!("{}{suffix}", format_number(v, 1, &Locale::EN)), String::new()),
        (None, why) => ("—".to_owned(), why.as_ref().map(|u| u.reason.clone()).unwrap_or_default()),
    };
    view! { <td class="num" title=why data-testid=testid>{text}</td> }
}
