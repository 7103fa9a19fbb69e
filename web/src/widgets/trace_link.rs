//! A figure as a link to the documents behind it ([`arlens::trace`]).

use crate::app::Router;
use crate::route::View;
use arlens::trace::FigureRef;
use leptos::prelude::*;

/// The hash of the Invoices view listing `figure`'s members, with the current options.
pub fn trace_href(router: Router, figure: &str) -> String {
    router.0.with(|r| {
        let mut to = r.to_view(View::Invoices);
        to.set("trace", figure);
        to.hash()
    })
}

/// Opens the Invoices view listing `figure`'s members (a new history entry).
pub fn open_trace(router: Router, figure: &str) {
    let mut to = router.0.get_untracked().to_view(View::Invoices);
    to.set("trace", figure);
    router.go(to, true);
}

/// `children` as a link to the members of `figure` (keyboard-reachable, as every link).
#[component]
pub fn TraceLink(
    /// The figure.
    figure: FigureRef,
    /// What the link shows (the figure's value).
    children: Children,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let text = figure.to_string();
    let for_href = text.clone();
    view! {
        <a
            class="trace"
            href=move || trace_href(router, &for_href)
            title="Show the documents behind this figure"
            data-trace=text
        >
            {children()}
        </a>
    }
}
