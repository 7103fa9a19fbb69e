//! One table per currency, a row per month (the last twelve), oldest first.

use crate::widgets::MoneyCell;
use crate::widgets::figure_cell;
use arlens::figures::aging::Bucket;
use arlens::figures::trend::CurrencyTrend;
use leptos::prelude::*;

/// How many months the table shows.
const MONTHS_SHOWN: usize = 12;

/// The monthly trend of every currency.
#[component]
pub fn TrendTable(
    /// The aging's buckets, to name the roll rates.
    buckets: Vec<Bucket>,
    /// The series per currency.
    trend: Vec<CurrencyTrend>,
) -> impl IntoView {
    let roll_headers = arlens::labels::roll_rate_columns(&buckets)
        .into_iter()
        .map(|name| view! { <th class="num">{name}</th> })
        .collect_view();
    let tables = trend
        .into_iter()
        .map(|t| {
            let total = t.months.len();
            let skip = total.saturating_sub(MONTHS_SHOWN);
            let rows = t
                .months
                .into_iter()
                .skip(skip)
                .map(|m| {
                    let id = |name: &str| format!("trend-{}-{}-{name}", t.currency, m.month);
                    let rolls = m
                        .roll_rates
                        .iter()
                        .enumerate()
                        .map(|(k, r)| figure_cell(id(&format!("roll{k}")), r, "%"))
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{m.month.clone()}</th>
                            <MoneyCell amount=m.ar_end currency=t.currency.clone() testid=id("ar") />
                            <MoneyCell amount=m.sales currency=t.currency.clone() testid=id("sales") />
                            <MoneyCell amount=m.collections currency=t.currency.clone() testid=id("collections") />
                            {figure_cell(id("dso"), &m.dso, "")}
                            {figure_cell(id("bpdso"), &m.best_possible_dso, "")}
                            {figure_cell(id("cei"), &m.cei, "%")}
                            {rolls}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <h3>{t.currency.clone()} <span class="hint">{format!(" — last {} of {total} months", total.min(MONTHS_SHOWN))}</span></h3>
                <table class="sheet" data-testid=format!("trend-{}", t.currency)>
                    <thead>
                        <tr>
                            <th>"Month"</th>
                            <th class="num">"Receivables"</th>
                            <th class="num">"Net credit sales"</th>
                            <th class="num">"Collections"</th>
                            <th class="num">"DSO"</th>
                            <th class="num">"Best possible DSO"</th>
                            <th class="num">"CEI"</th>
                            {roll_headers.clone()}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"Monthly trend"</h2>
            <p class="hint">
                "Each calendar month, the last one ending on the as-of date. Roll rate = a column's balance at a month end ÷ the previous column's a month earlier (OCC roll-rate model)."
            </p>
            {tables}
        </section>
    }
}
