//! A table cell for a figure that may be unavailable.

use crate::widgets::TraceLink;
use arlens::figures::value::Value;
use arlens::trace::FigureRef;
use leptos::prelude::*;

/// The figure rounded by the core to one decimal, or a dash with the reason as a
/// tooltip: an unavailable figure is never shown as zero. With `figure`, the
/// value links to the documents behind it.
pub fn figure_cell(
    testid: String,
    value: &Value,
    suffix: &'static str,
    figure: Option<FigureRef>,
) -> impl IntoView + use<> {
    let (text, why) = match (value.value, &value.unavailable) {
        (Some(v), _) => (format!("{}{suffix}", crate::display::number(v, 1)), String::new()),
        (None, why) => ("—".to_owned(), why.as_ref().map(|u| u.reason.clone()).unwrap_or_default()),
    };
    let shown = match figure.filter(|_| value.value.is_some()) {
        Some(figure) => view! { <TraceLink figure=figure>{text}</TraceLink> }.into_any(),
        None => text.into_any(),
    };
    view! { <td class="num" title=why data-testid=testid>{shown}</td> }
}
