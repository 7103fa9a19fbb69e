//! Bad-debt allowance by the percentage-of-receivables method.

use crate::widgets::bucket_cells;
use crate::widgets::{MoneyCell, bucket_headers};
use arlens::figures::aging::Bucket;
use arlens::figures::allowance::Allowance;
use arlens::trace::{AgingCell, FigureRef};
use leptos::prelude::*;

/// The allowance table: the rates, then the amount per column and the total, per currency.
#[component]
pub fn AllowanceTable(
    /// The aging's buckets, for the column headers.
    buckets: Vec<Bucket>,
    /// Allowance per currency.
    allowance: Vec<Allowance>,
) -> impl IntoView {
    let default_rates = allowance.iter().any(|a| a.default_rates);
    let headers = bucket_headers(&buckets);
    let rates = allowance.first().map(|a| {
        a.rates.iter().map(|r| view! { <td class="num">{format!("{}%", r.normalize())}</td> }).collect_view()
    });
    let rows = allowance
        .into_iter()
        .map(|a| {
            let prefix = format!("allowance-{}", a.currency);
            let code = a.currency.clone();
            // The amounts are Not due's, then each bucket's.
            let cell = |i: usize| if i == 0 { AgingCell::NotDue } else { AgingCell::Bucket(i - 1) };
            let figure = move |cell| FigureRef::Allowance { currency: code.clone(), cell };
            view! {
                <tr>
                    <th scope="row">{a.currency.clone()}</th>
                    {bucket_cells(&prefix, &a.currency, &a.amounts, &|i| Some(figure(cell(i))))}
                    <MoneyCell amount=a.total currency=a.currency.clone() testid=format!("{prefix}-total") figure=figure(AgingCell::Open) />
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Allowance for doubtful accounts"</h2>
            <p class="hint">
                "Σ balance × loss rate per column; credits carry none."
                {default_rates
                    .then_some(
                        " The rates are arlens's illustrative default table: replace them with your own loss history.",
                    )}
            </p>
            <table class="sheet" data-testid="allowance-table">
                <thead>
                    <tr>
                        <th>"Currency"</th>
                        <th class="num">"Not due"</th>
                        {headers}
                        <th class="num">"Allowance"</th>
                    </tr>
                    <tr class="rates">
                        <th>"Loss rate"</th>
                        {rates}
                        <td></td>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
