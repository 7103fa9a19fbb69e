//! Every account to act on in a grid, first first, with its reasons in plain
//! words; the accounts set apart; and the desk of the chosen account: its
//! draft to edit and its collection log side by side. The chosen account is
//! the hash's `desk` (its customer id), so it stays chosen when the log
//! re-analyses the worklist and Back returns to it.

use super::{DeskAccount, DraftPanel, LogPanel, LogTools};
use crate::app::Router;
use crate::route::View;
use crate::widgets::DataGrid;
use arlens::collections::ladder::Step;
use arlens::collections::log::PromiseStatus;
use arlens::collections::worklist::{Worklist, WorklistRow};
use arlens::grid::{Cell, Column, GridName};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The hash parameter of the worklist grid's step filter (see `widgets::grid::state`).
const STEP_FILTER: &str = "f.step";

/// Scrolls the element with `data-testid` `testid` into view, if it is there.
fn scroll_to(testid: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("[data-testid={testid}]")).ok().flatten())
    {
        el.scroll_into_view();
    }
}

/// What the log says of a row, in a line: its promise and last contact.
fn logged(row: &WorklistRow) -> Option<String> {
    let promise = row.promise.as_ref().map(|p| {
        let status = match p.status {
            PromiseStatus::Pending => "pending",
            PromiseStatus::Kept => "kept",
            PromiseStatus::Broken => "broken",
        };
        let money = |amount| crate::display::money(amount, &row.currency);
        format!(
            "promised {} {} by {} ({status}, {} paid)",
            money(p.amount),
            row.currency,
            p.due,
            money(p.paid)
        )
    });
    let contact = row.last_contact.map(|d| format!("last contact {d}"));
    let by_hand = row.by_hand.then(|| "step set by hand".to_owned());
    let parts: Vec<String> = [by_hand, promise, contact].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// The worklist grid, the drafts ready, the accounts set apart, and the chosen draft.
#[component]
pub fn WorklistGrid(
    /// The worklist of the report (its rows with drafts are the first ones).
    worklist: Worklist,
    /// The as-of date (the log form's default date).
    as_of: NaiveDate,
    /// The file's name (the log export's).
    file: String,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let rows = worklist.rows.clone();
    let first = rows.first().map(|r| r.customer.id.to_string());
    // The chosen account: the hash's `desk`, else the first row's.
    let chosen =
        Memo::new(move |_| router.0.with(|r| r.get("desk").map(str::to_owned)).or_else(|| first.clone()));
    let choose = move |id: String| router.set("desk", &id);
    // One chooser, not a button per account: every row of a long worklist can be chosen.
    let chooser = (!rows.is_empty()).then(|| {
        let options = rows
            .iter()
            .map(|r| {
                let id = r.customer.id.to_string();
                view! { <option value=id.clone()>{format!("#{} {} ({})", r.rank, r.customer.name, r.currency)}</option> }
            })
            .collect_view();
        view! {
            <p class="drafts-ready">
                <label>
                    "Work on "
                    <select data-testid="work-draft-choice" prop:value=move || chosen.get().unwrap_or_default()
                        on:change=move |ev| choose(event_target_value(&ev))>
                        {options}
                    </select>
                </label>
                " — or Enter on a row."
            </p>
        }
    });
    // The worklist's lists, as filters of its step column kept in the hash: the
    // accounts overdue to chase, the courtesy reminders of what falls due soon.
    let courtesy = rows.iter().filter(|r| r.step == Step::CourtesyReminder).count();
    let chase = Step::ALL
        .iter()
        .filter(|s| **s != Step::CourtesyReminder)
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join("|");
    let lists = [
        ("every", format!("Every account ({})", rows.len()), String::new()),
        ("overdue", format!("Overdue, to chase ({})", rows.len() - courtesy), chase),
        (
            "courtesy",
            format!("Falling due: courtesy reminders ({courtesy})"),
            Step::CourtesyReminder.label().to_owned(),
        ),
    ];
    let shown_list = Memo::new(move |_| router.0.with(|r| r.get(STEP_FILTER).unwrap_or_default().to_owned()));
    let list_links = lists
        .into_iter()
        .map(|(id, label, filter)| {
            let href = {
                let filter = filter.clone();
                move || {
                    router.0.with(|r| {
                        let mut to = r.clone();
                        to.set(STEP_FILTER, &filter);
                        to.set("row", "");
                        to.hash()
                    })
                }
            };
            let current = move || (shown_list.get() == filter).then_some("true");
            view! { <a href=href data-testid=format!("worklist-list-{id}") aria-current=current>{label}</a> }
        })
        .collect_view();
    let apart_link = (!worklist.set_apart.is_empty()).then(|| {
        let n = worklist.set_apart.len();
        let jump = move |_| scroll_to("set-apart");
        view! { <button type="button" class="link" data-testid="worklist-list-apart" on:click=jump>{format!("Disputed, set apart ({n})")}</button> }
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
    // Enter or a double click on a row chooses its account.
    let open = Callback::new(move |(columns, cells): (Vec<Column>, Vec<Cell<'static>>)| {
        let id = columns.iter().position(|c| c.key == "customerId").and_then(|i| match cells.get(i) {
            Some(Cell::Text(t)) => Some(t.to_string()),
            _ => None,
        });
        if let Some(id) = id {
            choose(id);
            // The desk is below the grid: bring it into view once drawn.
            request_animation_frame(|| scroll_to("desk"));
        }
    });
    let desk = move || {
        let id = chosen.get()?;
        let row = rows.iter().find(|r| *r.customer.id == *id)?;
        let name = row.customer.name.to_string();
        let draft = match &row.draft {
            Some(d) => {
                view! { <DraftPanel customer=name.clone() draft=d.clone() email=row.email.clone().unwrap_or_default() /> }
                    .into_any()
            }
            None => view! { <section class="card draft"><h2>{format!("Reminder draft for {name}")}</h2><p class="hint">"Drafts are written for the first rows of the worklist; see the worklist options."</p></section> }.into_any(),
        };
        let note = logged(row).map(|n| view! { <p class="hint" data-testid="desk-logged">{n}</p> });
        let money = |amount, currency: &str| crate::display::money(amount, currency);
        let plan = row.plan.as_ref().map(|p| {
            let lines = p
                .installments
                .iter()
                .map(|i| view! { <tr><td>{i.number}</td><td>{i.date.to_string()}</td><td class="num">{money(i.amount, &p.currency)}</td></tr> })
                .collect_view();
            view! {
                <details class="desk-plan" data-testid="desk-plan">
                    <summary>{format!(
                        "Suggested plan: {} in {} monthly payments",
                        money(p.total, &p.currency),
                        p.installments.len()
                    )}</summary>
                    <table class="sheet">
                        <thead><tr><th>"#"</th><th>"Date"</th><th class="num">{format!("Amount ({})", p.currency)}</th></tr></thead>
                        <tbody>{lines}</tbody>
                    </table>
                </details>
            }
        });
        let customer_href = {
            let id = row.customer.id.to_string();
            router.0.with(|r| {
                let mut to = r.to_view(View::Customers);
                to.set("account", &id);
                to.hash()
            })
        };
        Some(view! {
            <div class="desk" data-testid="desk">
                <div class="desk-head">
                    <h2>{format!("{name}: {}", row.step.label())}</h2>
                    {note}
                    <p><a href=customer_href data-testid="desk-customer">{format!("{name}'s open documents and payment history")}</a></p>
                    <ul class="reasons" data-testid="desk-reasons">{row.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}</ul>
                    {plan}
                </div>
                {draft}
                <LogPanel customer=row.customer.id.to_string() name=name.clone() as_of=as_of />
                <DeskAccount id=row.customer.id.to_string() currency=row.currency.clone() />
            </div>
        })
    };
    let unmatched = worklist.unmatched.clone();
    view! {
        <section class="card">
            <h2>"Collection worklist"</h2>
            <p class="hint">
                "Accounts to act on, by expected value of acting (amount at stake × risk ÷ 100). Steps: courtesy, friendly and firm reminders, call, payment plan, collection agency, legal action."
            </p>
            <LogTools file=file unmatched=unmatched />
            <nav class="worklist-lists" aria-label="Worklist lists">{list_links} {apart_link}</nav>
            {chooser}
            <DataGrid name=GridName::Worklist testid="worklist" noun="accounts" one="account" fixed=Signal::stored(Vec::new()) on_open=open />
            {set_apart}
        </section>
        {desk}
    }
}
