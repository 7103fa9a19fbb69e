//! One row per account to act on, first first, with its reasons in plain words.

use super::DraftPanel;
use crate::widgets::MoneyCell;
use arlens::collections::worklist::{Worklist, WorklistRow};
use arlens::money::locale::{Locale, format_number};
use leptos::prelude::*;

/// How many rows the table shows at first.
pub const ROWS_FIRST: usize = 10;
/// How many it shows when expanded.
pub const ROWS_SHOWN: usize = 50;

/// The worklist table, the accounts set apart, and the draft of the chosen row.
#[component]
pub fn WorklistTable(
    /// The worklist of the report.
    worklist: Worklist,
) -> impl IntoView {
    let total = worklist.rows.len();
    let rows: Vec<WorklistRow> = worklist.rows.into_iter().take(ROWS_SHOWN).collect();
    let (chosen, set_chosen) = signal(rows.iter().position(|r| r.draft.is_some()));
    let (expanded, set_expanded) = signal(false);
    let row_view = move |i: usize, r: &WorklistRow| {
        let id = |name: &str| format!("work-{}-{name}", r.rank);
        let reasons = r.reasons.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
        let oldest = r.oldest_days.map(|d| d.to_string()).unwrap_or_else(|| "—".to_owned());
        let has_draft = r.draft.is_some();
        view! {
            <tr class:chosen=move || chosen.get() == Some(i)>
                <td class="num">{r.rank}</td>
                <th scope="row">{r.customer.name.clone()}</th>
                <td>{r.currency.clone()}</td>
                <td data-testid=id("step")>{r.step.label()}</td>
                <MoneyCell amount=r.at_stake currency=r.currency.clone() testid=id("stake") />
                <td class="num">{oldest}</td>
                <td class="num" data-testid=id("risk")>
                    {format!("{} {}", format_number(r.risk_score, 0, &Locale::EN), r.segment.label())}
                </td>
                <td>
                    {has_draft
                        .then(|| {
                            view! {
                                <button data-testid=id("draft") aria-label=format!("Draft for {}", r.customer.name) on:click=move |_| set_chosen.set(Some(i))>
                                    "Draft"
                                </button>
                            }
                        })}
                </td>
                <td class="reasons">
                    <ul>{reasons}</ul>
                </td>
            </tr>
        }
    };
    let shown_rows = rows.clone();
    let body = move || {
        let n = if expanded.get() { shown_rows.len() } else { ROWS_FIRST.min(shown_rows.len()) };
        shown_rows[..n].iter().enumerate().map(|(i, r)| row_view(i, r)).collect_view()
    };
    let count = rows.len();
    let more = (count > ROWS_FIRST).then(|| {
        view! {
            <button data-testid="work-more" on:click=move |_| set_expanded.update(|e| *e = !*e)>
                {move || if expanded.get() { "Show fewer".to_owned() } else { format!("Show {count} rows") }}
            </button>
        }
    });
    let set_apart = (!worklist.set_apart.is_empty()).then(|| {
        let items = worklist
            .set_apart
            .iter()
            .map(|s| view! { <li>{format!("{} ({}): {}", s.customer.name, s.currency, s.reason)}</li> })
            .collect_view();
        view! {
            <h3>"Set apart"</h3>
            <ul class="unavailable" data-testid="set-apart">{items}</ul>
        }
    });
    let drafts: Vec<_> = rows.iter().map(|r| (r.customer.name.to_string(), r.draft.clone())).collect();
    let panel = move || {
        chosen.get().and_then(|i| {
            let (name, draft) = drafts[i].clone();
            draft.map(|d| view! { <DraftPanel customer=name draft=d /> })
        })
    };
    view! {
        <section class="card">
            <h2>"Collection worklist"</h2>
            <p class="hint" data-testid="worklist-count">
                {move || {
                    let shown = if expanded.get() { count } else { ROWS_FIRST.min(count) };
                    format!(
                        "Showing {shown} of {total} accounts to act on, by expected value of acting (amount at stake × risk ÷ 100). Steps: courtesy, friendly and firm reminders, call, payment plan, collection agency, legal action.",
                    )
                }}
            </p>
            <table class="sheet worklist" data-testid="worklist-table">
                <thead>
                    <tr>
                        <th class="num">"#"</th>
                        <th>"Customer"</th>
                        <th>"Currency"</th>
                        <th>"Next step"</th>
                        <th class="num">"At stake"</th>
                        <th class="num">"Oldest (days)"</th>
                        <th class="num">"Risk"</th>
                        <th></th>
                        <th>"Why"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            {more}
            {set_apart}
        </section>
        {panel}
    }
}
