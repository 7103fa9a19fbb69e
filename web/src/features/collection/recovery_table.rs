//! Of what was past due when the period started, how much was paid in it, by bucket.

use crate::widgets::figure_cell;
use crate::widgets::{MoneyCell, bucket_headers};
use arlens::figures::aging::Bucket;
use arlens::figures::period::Period;
use arlens::figures::recovery::Recovery;
use arlens::trace::{FigureRef, RecoveryFigure as R};
use leptos::prelude::*;

/// The recovery table: one row per currency, total then each bucket's rate.
#[component]
pub fn RecoveryTable(
    /// The period of the figures.
    period: Period,
    /// The aging's buckets, for the column headers.
    buckets: Vec<Bucket>,
    /// Recovery per currency.
    recovery: Vec<Recovery>,
) -> impl IntoView {
    let headers = bucket_headers(&buckets);
    let rows = recovery
        .into_iter()
        .map(|r| {
            let id = |name: &str| format!("recovery-{}-{name}", r.currency);
            let figure = |bucket, of| FigureRef::Recovery { currency: r.currency.clone(), bucket, of };
            let rates = r
                .buckets
                .iter()
                .enumerate()
                .map(|(i, b)| figure_cell(id(&format!("b{i}")), &b.rate, "%", Some(figure(Some(i), R::Rate))))
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{r.currency.clone()}</th>
                    <MoneyCell amount=r.total.past_due_at_start currency=r.currency.clone() testid=id("pastDue") figure=figure(None, R::PastDueAtStart) />
                    <MoneyCell amount=r.total.collected currency=r.currency.clone() testid=id("collected") figure=figure(None, R::Collected) />
                    <MoneyCell amount=r.total.credited currency=r.currency.clone() testid=id("credited") figure=figure(None, R::Credited) />
                    {figure_cell(id("rate"), &r.total.rate, "%", Some(figure(None, R::Rate)))}
                    {rates}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Recovery of past-due balances"</h2>
            <p class="hint">
                "Of what was past due on " {crate::display::date(period.opening)}
                ", the share paid by " {period.end.to_string()}
                ". Credit notes are shown apart and do not count as recovered. Rates by the bucket the invoice was in at the start."
            </p>
            <table class="sheet" data-testid="recovery-table">
                <thead>
                    <tr>
                        <th>"Currency"</th>
                        <th class="num">"Past due at start"</th>
                        <th class="num">"Collected"</th>
                        <th class="num">"Credited"</th>
                        <th class="num">"Recovery rate"</th>
                        {headers}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
