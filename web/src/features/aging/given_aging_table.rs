//! An aged summary's buckets, as the file gave them.

use crate::widgets::MoneyCell;
use crate::widgets::bucket_cells;
use arlens::report::GivenAging;
use leptos::prelude::*;

/// The buckets of an aged-summary file, totalled per currency.
#[component]
pub fn GivenAgingTable(
    /// The summary's buckets.
    given: GivenAging,
) -> impl IntoView {
    let headers = given.labels.iter().map(|l| view! { <th class="num">{l.clone()}</th> }).collect_view();
    let rows = given
        .currencies
        .into_iter()
        .map(|c| {
            let id = |column: &str| format!("given-{}-{column}", c.currency);
            let buckets = bucket_cells(&format!("given-{}", c.currency), &c.currency, &c.buckets, &|_| None);
            view! {
                <tr>
                    <th scope="row">{c.currency.clone()}</th>
                    {buckets}
                    <MoneyCell amount=c.total currency=c.currency.clone() testid=id("total") />
                    <td class="num">{c.customers}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Aging as given in the file"</h2>
            <p class="hint">"This file is an aged summary: its buckets are shown as the file states them."</p>
            <table class="sheet" data-testid="given-aging-table">
                <thead>
                    <tr>
                        <th>"Currency"</th>
                        {headers}
                        <th class="num">"Total"</th>
                        <th class="num">"Customers"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
