//! Aging per customer: who owes what, and how late.

use crate::widgets::MoneyCell;
use crate::widgets::bucket_cells;
use crate::widgets::bucket_headers;
use arlens::figures::aging::{Bucket, CustomerAging};
use leptos::prelude::*;

/// How many customers the table shows (the spreadsheet-style grid lists them all).
pub const CUSTOMERS_SHOWN: usize = 1_000;

/// The customers of the currency shown, largest open total first (as the core orders them).
#[component]
pub fn CustomerTable(
    /// The buckets' ranges, for the headers.
    buckets: Vec<Bucket>,
    /// Every customer's aging, as the core orders them.
    customers: Vec<CustomerAging>,
    /// The currency shown (every currency when `None`).
    currency: Option<String>,
    /// One customer's id, when a chart asked for it.
    customer: Option<String>,
) -> impl IntoView {
    let router = expect_context::<crate::app::Router>();
    let customers: Vec<CustomerAging> = customers
        .into_iter()
        .filter(|c| currency.as_ref().is_none_or(|code| &c.aging.currency == code))
        .filter(|c| customer.as_ref().is_none_or(|id| &*c.customer.id == id))
        .collect();
    let total = customers.len();
    let headers = bucket_headers(&buckets);
    let name = customer.as_ref().and_then(|_| customers.first().map(|c| c.customer.name.to_string()));
    let clear = customer.is_some().then(|| {
        view! {
            <button type="button" class="link" data-testid="customers-clear" on:click=move |_| router.open(crate::route::View::Customers, &[])>
                "show every customer"
            </button>
        }
    });
    let documents = customer.clone().map(|id| {
        view! {
            <button type="button" class="link" data-testid="customer-documents" on:click=move |_| router.open(crate::route::View::Invoices, &[("customer", id.clone())])>
                "see its open documents"
            </button>
        }
    });
    let shown = total.min(CUSTOMERS_SHOWN);
    let count = match (&name, shown == total) {
        (Some(n), _) => format!("{n}. "),
        (None, true) => format!("{total} customers, largest open total first. "),
        (None, false) => format!("Showing the {shown} largest of {total} customers. "),
    };
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
            <p class="hint" data-testid="customers-count">{count} {documents} {clear}</p>
            <div class="table-scroll">
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
            </div>
        </section>
    }
}
