//! Aging per customer: who owes what, and how late.

use crate::widgets::MoneyCell;
use crate::widgets::bucket_cells;
use crate::widgets::bucket_headers;
use arlens::figures::aging::{Bucket, CustomerAging};
use leptos::prelude::*;

/// How many customers the table shows.
pub const CUSTOMERS_SHOWN: usize = 30;

/// The customers with the largest open totals, per currency.
#[component]
pub fn CustomerTable(
    /// The buckets' ranges, for the headers.
    buckets: Vec<Bucket>,
    /// Every customer's aging, as the core orders them.
    customers: Vec<CustomerAging>,
) -> impl IntoView {
    let total = customers.len();
    let headers = bucket_headers(&buckets);
    let rows = customers
        .into_iter()
        .take(CUSTOMERS_SHOWN)
        .map(|c| {
            let prefix = format!("cust-{}-{}", c.aging.currency, c.customer.id);
            view! {
                <tr>
                    <th scope="row">{c.customer.name.clone()}</th>
                    <td>{c.aging.currency.clone()}</td>
                    <MoneyCell amount=c.aging.not_due currency=c.aging.currency.clone() testid=format!("{prefix}-notDue") />
                    {bucket_cells(&prefix, &c.aging.currency, &c.aging.buckets)}
                    <MoneyCell amount=c.aging.credits currency=c.aging.currency.clone() testid=format!("{prefix}-credits") />
                    <MoneyCell amount=c.aging.open_total currency=c.aging.currency.clone() testid=format!("{prefix}-total") />
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Customers"</h2>
            <p class="hint">
                {format!("{} of {total} customers, largest open total first in each currency.", total.min(CUSTOMERS_SHOWN))}
            </p>
            <table class="sheet" data-testid="customer-table">
                <thead>
                    <tr>
                        <th>"Customer"</th>
                        <th>"Currency"</th>
                        <th class="num">"Not due"</th>
                        {headers}
                        <th class="num">"Credits"</th>
                        <th class="num">"Open total"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
