//! The chosen account's documents and history beside its draft on the
//! collections desk: its open documents in the worklist row's currency (a grid
//! of their own, keys `d.` in the hash) and how it paid — the same history as
//! its customer page, asked of the worker.

use crate::analyst::Work;
use crate::features::aging::payment_history;
use crate::widgets::DataGrid;
use arlens::grid::{Filter, GridName, Test};
use arlens::overview::CustomerView;
use leptos::prelude::*;

/// One account's open documents and payment history.
#[component]
pub fn DeskAccount(
    /// The customer's id.
    id: String,
    /// The worklist row's currency.
    currency: String,
) -> impl IntoView {
    let work = expect_context::<Work>();
    let shown = RwSignal::new(None::<Result<CustomerView, String>>);
    work.customer(&id, move |answer| {
        shown.try_set(Some(answer));
    });
    let scope = vec![
        Filter { column: "customerId".to_owned(), test: Test::OneOf(vec![id]) },
        Filter { column: "currency".to_owned(), test: Test::OneOf(vec![currency]) },
    ];
    let history = move || {
        shown.get().map(|answer| match answer {
            Err(message) => view! { <p class="error" role="alert">{message}</p> }.into_any(),
            Ok(c) => payment_history(&c).into_any(),
        })
    };
    view! {
        <section class="card desk-docs">
            <h3>"Open documents"</h3>
            <DataGrid name=GridName::Invoices testid="desk-docs" noun="open documents" one="open document" prefix="d." fixed=Signal::stored(scope) />
        </section>
        <div class="desk-history" data-testid="desk-history">{history}</div>
    }
}
