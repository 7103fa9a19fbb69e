//! Aging per currency: Not due, the buckets, Credits and the open total.

use crate::widgets::MoneyCell;
use crate::widgets::TraceLink;
use crate::widgets::bucket_cells;
use crate::widgets::bucket_headers;
use arlens::Aging;
use arlens::trace::{AgingCell, FigureRef};
use leptos::prelude::*;

/// The aging of every currency, one row each; amounts are never added across currencies.
#[component]
pub fn AgingTable(
    /// The aging to show.
    aging: Aging,
) -> impl IntoView {
    let basis = match aging.basis {
        arlens::AgingBasis::InvoiceDate => "days since the invoice date",
        _ => "days past the due date",
    };
    let headers = bucket_headers(&aging.buckets);
    let rows = aging
        .currencies
        .into_iter()
        .map(|c| {
            let id = |column: &str| format!("aging-{}-{column}", c.currency);
            let code = c.currency.clone();
            let figure = move |cell| FigureRef::Aging { currency: code.clone(), customer: None, cell };
            let buckets = bucket_cells(&format!("aging-{}", c.currency), &c.currency, &c.buckets, &|i| {
                Some(figure(AgingCell::Bucket(i)))
            });
            view! {
                <tr>
                    <th scope="row">{c.currency.clone()}</th>
                    <MoneyCell amount=c.not_due currency=c.currency.clone() testid=id("notDue") figure=figure(AgingCell::NotDue) />
                    {buckets}
                    <MoneyCell amount=c.credits currency=c.currency.clone() testid=id("credits") figure=figure(AgingCell::Credits) />
                    <MoneyCell amount=c.open_total currency=c.currency.clone() testid=id("total") figure=figure(AgingCell::Open) />
                    <td class="num" data-testid=id("documents")>
                        <TraceLink figure=figure(AgingCell::Open)>{c.open_documents}</TraceLink>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Aging at " {crate::display::date(aging.as_of)}</h2>
            <p class="hint">"Buckets by " {basis} ". Not due + buckets + credits = open total."</p>
            <table class="sheet" data-testid="aging-table">
                <thead>
                    <tr>
                        <th>"Currency"</th>
                        <th class="num">"Not due"</th>
                        {headers}
                        <th class="num">"Credits"</th>
                        <th class="num">"Open total"</th>
                        <th class="num">"Open items"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
