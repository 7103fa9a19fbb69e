//! The monthly trend in a grid: a row per month of the currency shown, oldest first.

use crate::widgets::DataGrid;
use arlens::grid::{Filter, GridName, Test};
use leptos::prelude::*;

/// The months of the currency shown.
#[component]
pub fn TrendGrid(
    /// The currency shown (every currency when `None`).
    currency: Option<String>,
) -> impl IntoView {
    let fixed: Vec<Filter> = currency
        .map(|code| Filter { column: "currency".to_owned(), test: Test::OneOf(vec![code]) })
        .into_iter()
        .collect();
    view! {
        <section class="card">
            <h2>"Monthly trend"</h2>
            <p class="hint">
                "Each calendar month, the last one ending on the as-of date. Roll rate = a column's balance at a month end ÷ the previous column's a month earlier (OCC roll-rate model). Sales and collections are totalled; balances are not."
            </p>
            <DataGrid name=GridName::Trend testid="trend" noun="months" one="month" fixed=Signal::stored(fixed) />
        </section>
    }
}
