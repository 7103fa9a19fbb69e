//! Aging per customer in a grid: who owes what, and how late. A row opens
//! the customer's page ([`super::CustomerPage`]).

use crate::app::Router;
use crate::route::View;
use crate::widgets::DataGrid;
use arlens::grid::{Cell, Filter, GridName, Test};
use leptos::prelude::*;

/// The customers of the currency shown.
#[component]
pub fn CustomerGrid(
    /// The currency shown (every currency when `None`).
    currency: Option<String>,
    /// One customer's id, when a chart asked for it.
    customer: Option<String>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let mut fixed = Vec::new();
    if let Some(code) = &currency {
        fixed.push(Filter { column: "currency".to_owned(), test: Test::OneOf(vec![code.clone()]) });
    }
    if let Some(id) = &customer {
        fixed.push(Filter { column: "customerId".to_owned(), test: Test::OneOf(vec![id.clone()]) });
    }
    let one = customer.clone().map(|id| {
        let documents = id.clone();
        view! {
            <p class="hint" data-testid="customers-filtered">
                {format!("Customer {id}. ")}
                <button type="button" class="link" data-testid="customer-documents"
                    on:click=move |_| router.open(View::Invoices, &[("customer", documents.clone())])>
                    "see its open documents"
                </button>
                " · "
                <button type="button" class="link" data-testid="customers-clear" on:click=move |_| router.open(View::Customers, &[])>
                    "show every customer"
                </button>
            </p>
        }
    });
    // A row opens the customer's page; Back (or its own link back) returns to the
    // grid as it was: the sort, filters and scroll stay in the hash.
    let open = Callback::new(move |(columns, cells): (Vec<arlens::grid::Column>, Vec<Cell<'static>>)| {
        let id = columns.iter().position(|c| c.key == "customerId").and_then(|i| match cells.get(i) {
            Some(Cell::Text(t)) => Some(t.to_string()),
            _ => None,
        });
        if let Some(id) = id {
            let mut r = router.0.get_untracked();
            r.set(super::ACCOUNT, &id);
            router.go(r, true);
        }
    });
    view! {
        <section class="card">
            <h2>"Customers"</h2>
            {one}
            <DataGrid name=GridName::Customers testid="customers" noun="customers" one="customer" fixed=Signal::stored(fixed) on_open=open />
        </section>
    }
}
