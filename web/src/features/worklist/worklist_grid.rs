//! Every account to act on in a grid, first first, with its reasons in plain
//! words; the accounts set apart; the reminder drafts of the first rows.

use super::DraftPanel;
use crate::widgets::DataGrid;
use arlens::collections::worklist::Worklist;
use arlens::grid::{Cell, Column, GridName};
use leptos::prelude::*;

/// The worklist grid, the drafts ready, the accounts set apart, and the chosen draft.
#[component]
pub fn WorklistGrid(
    /// The worklist of the report (its rows with drafts are the first ones).
    worklist: Worklist,
) -> impl IntoView {
    // The rows with a draft, by rank: (rank, customer, draft).
    let drafts: Vec<_> = worklist
        .rows
        .iter()
        .filter_map(|r| r.draft.clone().map(|d| (r.rank, r.customer.name.to_string(), d)))
        .collect();
    let chosen = RwSignal::new(drafts.first().map(|(rank, ..)| *rank));
    // One chooser, not a button per account: every row of a long worklist can have a draft.
    let chooser = (!drafts.is_empty()).then(|| {
        let options = drafts
            .iter()
            .map(|(rank, name, _)| view! { <option value=rank.to_string()>{format!("#{rank} {name}")}</option> })
            .collect_view();
        view! {
            <p class="drafts-ready">
                <label>
                    "Reminder draft for "
                    <select data-testid="work-draft-choice" prop:value=move || chosen.get().map(|r| r.to_string()).unwrap_or_default()
                        on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                        {options}
                    </select>
                </label>
                " — or Enter on a row."
            </p>
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
    let ranks: Vec<usize> = drafts.iter().map(|(rank, ..)| *rank).collect();
    // Enter or a double click on a row shows its draft, when it has one.
    let open = Callback::new(move |(columns, cells): (Vec<Column>, Vec<Cell<'static>>)| {
        let rank = columns.iter().position(|c| c.key == "rank").and_then(|i| match cells.get(i) {
            Some(Cell::Int(r)) => usize::try_from(*r).ok(),
            _ => None,
        });
        if let Some(rank) = rank.filter(|r| ranks.contains(r)) {
            chosen.set(Some(rank));
        }
    });
    let panel = move || {
        let rank = chosen.get()?;
        drafts
            .iter()
            .find(|(r, ..)| *r == rank)
            .map(|(_, name, draft)| view! { <DraftPanel customer=name.clone() draft=draft.clone() /> })
    };
    view! {
        <section class="card">
            <h2>"Collection worklist"</h2>
            <p class="hint">
                "Accounts to act on, by expected value of acting (amount at stake × risk ÷ 100). Steps: courtesy, friendly and firm reminders, call, payment plan, collection agency, legal action."
            </p>
            {chooser}
            <DataGrid name=GridName::Worklist testid="worklist" noun="accounts" one="account" fixed=Signal::stored(Vec::new()) on_open=open />
            {set_apart}
        </section>
        {panel}
    }
}
