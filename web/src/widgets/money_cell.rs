//! A right-aligned money cell, written by the core's formatter.

use arlens::figures::aging::Bucket;
use arlens::money::locale::{Locale, format_money};
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
) -> impl IntoView {
    let text = format_money(amount, &currency, &Locale::EN);
    let class = if text.starts_with('-') { "num negative" } else { "num" };
    view! { <td class=class data-testid=testid>{text}</td> }
}

/// One right-aligned header cell per bucket, with its label.
pub fn bucket_headers(buckets: &[Bucket]) -> impl IntoView + use<> {
    buckets.iter().map(|b| view! { <th class="num">{b.label.clone()}</th> }).collect_view()
}

/// One [`MoneyCell`] per bucket amount in `currency`, with test ids `<prefix>-b0`, `<prefix>-b1`, …
pub fn bucket_cells(prefix: &str, currency: &str, amounts: &[Decimal]) -> impl IntoView + use<> {
    amounts
        .iter()
        .enumerate()
        .map(|(i, amount)| view! { <MoneyCell amount=*amount currency=currency.to_owned() testid=format!("{prefix}-b{i}") /> })
        .collect_view()
}
