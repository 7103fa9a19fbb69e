//! A right-aligned money cell with thousands separators.

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
