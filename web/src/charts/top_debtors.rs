//! The ten customers of one currency with the largest open totals, as bars as
//! long as their share of the largest; a bar opens the Customers view filtered
//! to its customer.

use super::{on_activate, table_switch};
use crate::app::Router;
use crate::route::View;
use arlens::figures::aging::Aging;
use arlens::overview::chart::{attr, bar};
use arlens::overview::select::top_debtors;
use leptos::prelude::*;

/// How many debtors the chart shows.
pub const DEBTORS: usize = 10;

/// The top debtors of `currency`.
#[component]
pub fn TopDebtors(
    /// The report's aging (with its customers).
    aging: Aging,
    /// The currency shown.
    currency: String,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let readout = RwSignal::new(String::new());
    let as_table = RwSignal::new(false);
    let top = top_debtors(&aging, &currency, DEBTORS);
    let largest = top.first().map(|c| c.aging.open_total).unwrap_or_default();
    let money =
        |c: &arlens::figures::aging::CustomerAging| crate::display::money(c.aging.open_total, &currency);
    let label = format!(
        "The {} largest debtors in {currency} at {}: {}.",
        top.len(),
        aging.as_of,
        top.iter().map(|c| format!("{} {}", c.customer.name, money(c))).collect::<Vec<_>>().join(", ")
    );
    let rows = top
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let width = bar(c.aging.open_total, largest);
            let text = format!("{}: {} {currency} open", c.customer.name, money(c));
            let (t1, t2) = (text.clone(), text);
            // The button's name is its text, read as a sentence ("Acme: 850.00 USD open"): the
            // words a screen reader adds are hidden from sight, none replaces the visible text.
            let unit = format!(" {currency} open");
            let id = c.customer.id.to_string();
            let open = move || router.open(View::Customers, &[("customer", id.clone())]);
            let open_key = open.clone();
            view! {
                <div
                    class="bar-row clickable"
                    tabindex="0"
                    role="button"
                    data-testid=format!("debtor-{i}")
                    on:mouseenter=move |_| readout.set(t1.clone())
                    on:focus=move |_| readout.set(t2.clone())
                    on:click=move |_| open()
                    on:keydown=on_activate(open_key)
                >
                    <span class="bar-label">{c.customer.name.to_string()}<span class="visually-hidden">": "</span></span>
                    <svg class="bar" aria-hidden="true" focusable="false">
                        <rect class="debt" x="0" y="15%" height="70%" width=format!("{}%", attr(width)) />
                    </svg>
                    <span class="bar-note num">{money(c)}<span class="visually-hidden">{unit}</span></span>
                </div>
            }
        })
        .collect_view();
    let table_rows = top
        .iter()
        .enumerate()
        .map(|(i, c)| {
            view! {
                <tr>
                    <th scope="row">{c.customer.name.to_string()}</th>
                    <td class="num" data-testid=format!("debtor-table-{i}")>{money(c)}</td>
                </tr>
            }
        })
        .collect_view();
    let empty = top.is_empty();
    view! {
        <figure class="chart card" data-testid="top-debtors">
            <figcaption>
                <h2>{format!("Largest debtors ({currency})")}</h2>
                {table_switch("top-debtors-switch".to_owned(), as_table)}
            </figcaption>
            {empty.then(|| view! { <p class="hint">"No customer owes anything in this currency."</p> })}
            <div class:hidden=move || as_table.get()>
                <div class="bars names" role="group" aria-label=label data-testid="top-debtors-img">{rows}</div>
                <p class="readout" aria-live="polite">
                    {move || {
                        let r = readout.get();
                        if r.is_empty() { "Click a customer to see its aging.".to_owned() } else { r }
                    }}
                </p>
            </div>
            <div class:hidden=move || !as_table.get()>
                <table class="sheet" data-testid="top-debtors-table">
                    <thead><tr><th>"Customer"</th><th class="num">"Open total"</th></tr></thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
        </figure>
    }
}
