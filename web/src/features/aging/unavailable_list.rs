//! Figures the file cannot give, each with its reason.

use arlens::report::UnavailableFigures;
use leptos::prelude::*;

/// The figures that are unavailable, never shown as zero.
#[component]
pub fn UnavailableList(
    /// What is unavailable, and why.
    items: Vec<UnavailableFigures>,
) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let lines = items
            .into_iter()
            .map(|u| view! { <li><strong>{u.figure}</strong>": "{u.reason}</li> })
            .collect_view();
        view! { <ul class="card unavailable" data-testid="unavailable">{lines}</ul> }
    })
}
