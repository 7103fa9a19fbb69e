//! A right-aligned money cell with thousands separators.

use arlens::figures::aging::Bucket;
use arlens::money::group_thousands;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// One amount in a table.
#[component]
pub fn MoneyCell(
    /// The amount, exact.
    amount: Decimal,
    /// `data-testid` for tests: `aging-<currency>-<column>`.
    testid: String,
) -> impl IntoView {
    let class = if amount.is_sign_negative() && !amount.is_zero() { "num negative" } else { "num" };
    view! { <td class=class data-testid=testid>{group_thousands(amount)}</td> }
}

/// One right-aligned header cell per bucket, with its label.
pub fn bucket_headers(buckets: &[Bucket]) -> impl IntoView + use<> {
    buckets.iter().map(|b| view! { <th class="num">{b.label.clone()}</th> }).collect_view()
}

/// One [`MoneyCell`] per bucket amount, with test ids `<prefix>-b0`, `<prefix>-b1`, …
pub fn bucket_cells(prefix: &str, amounts: &[Decimal]) -> impl IntoView + use<> {
    amounts
        .iter()
        .enumerate()
        .map(|(i, amount)| view! { <MoneyCell amount=*amount testid=format!("{prefix}-b{i}") /> })
        .collect_view()
}
