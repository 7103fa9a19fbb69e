//! The progress of a file being read in the worker, with a button to cancel it.

use crate::analyst::Work;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// `value` with `decimals` places and thousands groups (`1,234.5`).
fn shown(value: f64, decimals: u32) -> String {
    Decimal::try_from(value).map(|d| crate::display::number(d, decimals)).unwrap_or_default()
}

/// The bar (`role="progressbar"`, the share of the file's bytes read) and the
/// cancel button while a file is read; while figures are worked out again (an
/// option changed), a note that they are being updated (shown only after a
/// moment, so that a quick update does not flicker).
#[component]
pub fn ReadingProgress() -> impl IntoView {
    let work = expect_context::<Work>();
    move || {
        let Some(p) = work.progress.get() else {
            return work.analysing.get().then(|| {
                view! { <p class="updating" role="status" data-testid="updating">"Updating the figures…"</p> }.into_any()
            });
        };
        Some({
            let percent =
                if p.total > 0.0 { (p.bytes * 100.0 / p.total).clamp(0.0, 100.0).floor() } else { 0.0 };
            let size = if p.total > 0.0 {
                format!("{} of {} MB", shown(p.bytes / 1e6, 1), shown(p.total / 1e6, 1))
            } else {
                String::new()
            };
            let rows = if p.rows > 0.0 { format!(" · {} rows", shown(p.rows, 0)) } else { String::new() };
            // Every byte is in: the rows are being typed and checked into a ledger
            // (a workbook's cells are only read now, its directory being at its end).
            let phase = if p.total > 0.0 && p.bytes >= p.total { " · building the ledger…" } else { "" };
            let label = format!("Reading {}", p.name);
            view! {
                <section class="reading" data-testid="reading" aria-live="polite">
                    <div class="reading-text">
                        <strong>{label.clone()}</strong>
                        <span data-testid="reading-facts">{format!("{size}{rows}{phase}")}</span>
                    </div>
                    // A native bar: its width needs no inline style, which the page's CSP forbids.
                    <progress
                        class="reading-bar"
                        role="progressbar"
                        aria-label=label
                        aria-valuemin="0"
                        aria-valuemax="100"
                        aria-valuenow=shown(percent, 0)
                        max="100"
                        value=shown(percent, 0)
                        data-testid="reading-bar"
                    ></progress>
                    <button type="button" data-testid="reading-cancel" on:click=move |_| work.cancel_open()>
                        {format!("Cancel reading {}", p.name)}
                    </button>
                </section>
            }
            .into_any()
        })
    }
}
