//! Charts drawn as SVG with attributes and classes only, so that they live
//! within the page's Content-Security-Policy (`style-src 'self'`: no `style="…"`
//! attribute, no inline `<style>`). The kept Leptos chart crate,
//! leptos-chartistry, positions and styles its tooltip with `style="…"`
//! attributes (`overlay/tooltip.rs`), which that policy blocks, and plots `f64`
//! series where our figures are exact decimals; these three charts are small,
//! so they are our own, here.
//!
//! Every chart has an `aria-label` that states its numbers (`role="group"`
//! where its bars are buttons that open their documents, `role="img"` where it
//! is a picture), a readout that follows the pointer and the keyboard focus,
//! and a "Show as table" switch. Even the geometry comes from the core
//! ([`arlens::overview::chart`]); every number shown is the core's, formatted by the core.

mod aging_chart;
mod top_debtors;
mod trend_chart;

pub use aging_chart::AgingChart;
pub use top_debtors::{DEBTORS, TopDebtors};
pub use trend_chart::TrendChart;

use leptos::prelude::*;

/// The "Show as table" switch of a chart.
fn table_switch(testid: String, shown: RwSignal<bool>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="link"
            data-testid=testid
            aria-pressed=move || if shown.get() { "true" } else { "false" }
            on:click=move |_| shown.update(|s| *s = !*s)
        >
            {move || if shown.get() { "Show as chart" } else { "Show as table" }}
        </button>
    }
}

/// A keydown handler that runs `open` on Enter or Space, as a click would: the
/// keyboard's way into a chart's bar.
fn on_activate(open: impl Fn() + 'static) -> impl FnMut(leptos::ev::KeyboardEvent) + 'static {
    move |ev| {
        if ev.key() == "Enter" || ev.key() == " " {
            ev.prevent_default();
            open();
        }
    }
}
