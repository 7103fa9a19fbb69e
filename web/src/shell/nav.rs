//! The views' tabs (links to their hashes) and the banner shown over the sample.

use crate::app::Router;
use crate::route::View;
use leptos::prelude::*;

/// One link per view; the current one marked for assistive technology.
#[component]
pub fn Nav(
    /// The view shown.
    current: Signal<View>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let links = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <a
                    href=move || router.href(v)
                    data-testid=format!("nav-{}", v.slug())
                    aria-current=move || (current.get() == v).then_some("page")
                >
                    {v.label()}
                </a>
            }
        })
        .collect_view();
    view! { <nav class="views" aria-label="Views">{links}</nav> }
}

/// Says that the figures are the bundled sample's, and how to see one's own.
#[component]
pub fn SampleBanner(
    /// Whether the sample is shown.
    shown: Signal<bool>,
) -> impl IntoView {
    move || {
        shown.get().then(|| {
            view! {
                <p class="banner" data-testid="sample-banner">
                    "You're looking at a sample ledger — drop yours anywhere on the page, or use "
                    <strong>"Open a ledger"</strong>
                    ". It is read on this computer; nothing is uploaded."
                </p>
            }
        })
    }
}
