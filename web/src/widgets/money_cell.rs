//! A right-aligned money cell, written by the core's formatter.

use crate::widgets::TraceLink;
use arlens::figures::aging::Bucket;
use arlens::trace::FigureRef;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// One amount in a table, with its currency's minor units (JPY 0, BHD 3).
#[component]
pub fn MoneyCell(
    /// The amount, exact.
    amount: Decimal,
    /// Its ISO currency code.
    #[prop(into)]
    currency: String,
    /// `data-testid` for tests: `aging-<currency>-<column>`.
    testid: String,
    /// The figure it is, when the documents behind it can be listed.
    #[prop(optional)]
    figure: Option<FigureRef>,
) -> impl IntoView {
    let text = crate::display::money(amount, &currency);
    let class = if text.starts_with('-') { "num negative" } else { "num" };
    let shown = match figure {
        Some(figure) => view! { <TraceLink figure=figure>{text}</TraceLink> }.into_any(),
        None => text.into_any(),
    };
    view! { <td class=class data-testid=testid>{shown}</td> }
}

/// One right-aligned header cell per bucket, with its label.
pub fn bucket_headers(buckets: &[Bucket]) -> impl IntoView + use<> {
    buckets.iter().map(|b| view! { <th class="num">{b.label.clone()}</th> }).collect_view()
}

/// One [`MoneyCell`] per bucket amount in `currency`, with test ids `<prefix>-b0`,
/// `<prefix>-b1`, …; `figure(i)` is the figure of amount `i`, when it can be traced.
pub fn bucket_cells(
    prefix: &str,
    currency: &str,
    amounts: &[Decimal],
    figure: &dyn Fn(usize) -> Option<FigureRef>,
) -> impl IntoView + use<> {
    amounts
        .iter()
        .enumerate()
        .map(|(i, amount)| match figure(i) {
            Some(f) => view! { <MoneyCell amount=*amount currency=currency.to_owned() testid=format!("{prefix}-b{i}") figure=f /> }.into_any(),
            None => view! { <MoneyCell amount=*amount currency=currency.to_owned() testid=format!("{prefix}-b{i}") /> }.into_any(),
        })
        .collect_view()
}
