//! Every open document of the currency shown, most days past due first,
//! filtered to one aging column or one customer when a chart asked for it.

use crate::analyst::ITEMS_SENT;
use crate::app::Router;
use crate::route::View;
use crate::widgets::MoneyCell;
use arlens::figures::aging::Aging;
use arlens::overview::select::{AgingCell, items_in};
use leptos::prelude::*;

/// How many rows the table shows: those the worker sends
/// ([`ITEMS_SENT`]); the spreadsheet-style grid will list them all.
pub const ROWS_SHOWN: usize = ITEMS_SENT;

/// The aging column a `bucket` filter names: `notDue`, `credits`, a bucket's
/// index, or every column.
pub fn aging_cell(bucket: Option<&str>) -> AgingCell {
    match bucket {
        Some("notDue") => AgingCell::NotDue,
        Some("credits") => AgingCell::Credits,
        Some(b) => b.parse().map_or(AgingCell::All, AgingCell::Bucket),
        None => AgingCell::All,
    }
}

/// The open documents.
#[component]
pub fn InvoiceTable(
    /// The report's aging, with its items listed.
    aging: Aging,
    /// The currency shown.
    currency: Option<String>,
    /// The aging column asked for: `notDue`, `credits` or a bucket's index.
    bucket: Option<String>,
    /// The customer id asked for.
    customer: Option<String>,
    /// How many open documents the filter selects (the aging lists at most
    /// [`ROWS_SHOWN`] of them).
    total: usize,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let cell = aging_cell(bucket.as_deref());
    let items = items_in(&aging, currency.as_deref(), customer.as_deref(), cell);
    let column = match cell {
        AgingCell::All => None,
        AgingCell::NotDue => Some("Not due".to_owned()),
        AgingCell::Credits => Some("Credits".to_owned()),
        AgingCell::Bucket(b) => aging.buckets.get(b).map(|b| b.label.clone()),
    };
    let customer_name = customer
        .as_ref()
        .and_then(|id| items.first().map(|i| i.customer.name.to_string()).or(Some(id.clone())));
    let mut filters: Vec<String> = Vec::new();
    if let Some(c) = &column {
        filters.push(format!("column {c}"));
    }
    if let Some(n) = &customer_name {
        filters.push(format!("customer {n}"));
    }
    let clear = (!filters.is_empty()).then(|| {
        view! {
            <button type="button" class="link" data-testid="invoices-clear" on:click=move |_| router.open(View::Invoices, &[])>
                "show every open document"
            </button>
        }
    });
    let buckets = aging.buckets.clone();
    let rows = items
        .iter()
        .take(ROWS_SHOWN)
        .map(|i| {
            let column = match i.bucket {
                Some(b) => buckets.get(b).map(|b| b.label.clone()).unwrap_or_default(),
                None if i.open < rust_decimal::Decimal::ZERO => "Credits".to_owned(),
                None => "Not due".to_owned(),
            };
            view! {
                <tr>
                    <th scope="row">{i.id.clone()}</th>
                    <td>{i.customer.name.to_string()}</td>
                    <td>{i.kind.label()}</td>
                    <td>{i.date.to_string()}</td>
                    <td>{i.due_date.to_string()}</td>
                    <td class="num">{i.days.to_string()}</td>
                    <td>{column}{i.disputed.then_some(" · disputed")}</td>
                    <MoneyCell amount=i.amount currency=i.currency.clone() testid=format!("inv-{}-amount", i.id) />
                    <MoneyCell amount=i.open currency=i.currency.clone() testid=format!("inv-{}-open", i.id) />
                    <td class="num">{(i.row > 0).then(|| i.row.to_string())}</td>
                </tr>
            }
        })
        .collect_view();
    let shown = total.min(ROWS_SHOWN);
    let count = if shown == total {
        format!("{total} open documents")
    } else {
        format!("Showing the {shown} most overdue of {total} open documents")
    };
    let code = currency.unwrap_or_default();
    view! {
        <section class="card">
            <h2>{format!("Open documents ({code})")}</h2>
            <p class="hint" data-testid="invoices-count">
                {count}
                {(!filters.is_empty()).then(|| format!(" · filtered to {}", filters.join(", ")))}
                ", most days past due first. "
                {clear}
            </p>
            <div class="table-scroll">
                <table class="sheet" data-testid="invoice-table">
                    <thead>
                        <tr>
                            <th>"Document"</th>
                            <th>"Customer"</th>
                            <th>"Kind"</th>
                            <th>"Date"</th>
                            <th>"Due"</th>
                            <th class="num">"Days past due"</th>
                            <th>"Column"</th>
                            <th class="num">"Amount"</th>
                            <th class="num">"Open"</th>
                            <th class="num">"Row"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
