//! The collection log on the page: what the user logged of one customer
//! (contacts, promises to pay, disputes, notes, a step set by hand) with a
//! form to log more, and the whole log's export, import and erasure. The
//! worklist is analysed again with the log as an input
//! ([`arlens::collections::log`]): a promise holds the step, a dispute sets
//! invoices apart, a step set by hand wins.
//!
//! The log lives in this page's memory until the user keeps it in this
//! browser as a named workspace ([`super::WorkspaceTools`]); exporting it (a
//! JSON document) carries it to another computer. Nothing is sent anywhere.

use super::WorkspaceTools;
use crate::widgets::save_text;
use arlens::collections::ladder::Step;
use arlens::collections::log::{Channel, CollectionLog, LogEvent};
use arlens::labels::plural;
use arlens::money::locale::parse_amount_input;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The page's collection log, shared by the worklist and the analysis options,
/// and the last message of its export, import or erasure (kept here: the
/// worklist, and these tools with it, are drawn again once the log re-analyses it).
#[derive(Debug, Clone, Copy)]
pub struct LogState(pub RwSignal<CollectionLog>, pub RwSignal<Option<String>>);

/// An event in plain words: (kind, what).
fn describe(event: &LogEvent) -> (&'static str, String) {
    match event {
        LogEvent::Contact { channel, step, note, .. } => (
            "Contact",
            [
                Some(channel.noun().to_owned()),
                step.map(|s| s.label().to_owned()),
                note.clone().filter(|n| !n.is_empty()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
        ),
        LogEvent::Promise { due, amount, currency, .. } => (
            "Promise",
            format!("{amount}{} by {due}", currency.as_deref().map(|c| format!(" {c}")).unwrap_or_default()),
        ),
        LogEvent::Dispute { invoices, reason, resolved, .. } => (
            "Dispute",
            format!(
                "{}: {reason}{}",
                invoices.join(", "),
                resolved.map(|r| format!(" (resolved {r})")).unwrap_or_default()
            ),
        ),
        LogEvent::Note { text, .. } => ("Note", text.clone()),
        LogEvent::Override { step, reason, .. } => (
            "Step set by hand",
            match step {
                Some(s) => format!(
                    "{}{}",
                    s.label(),
                    if reason.is_empty() { String::new() } else { format!(": {reason}") }
                ),
                None => "cleared: back to the ladder".to_owned(),
            },
        ),
    }
}

/// The core's `invalid option log.events[0].amount: …` as the form says it: `Amount: …`.
fn in_form(message: &str) -> String {
    let Some((option, reason)) = message.split_once(": ") else { return message.to_owned() };
    let field = match option.rsplit('.').next().unwrap_or_default() {
        "amount" => "Amount",
        "due" => "Pay by",
        "invoices" => "Invoices",
        "date" => "Date",
        "resolved" => "Resolved on",
        "customer" => "Customer",
        _ => return message.to_owned(),
    };
    format!("{field}: {reason}")
}

/// The channels the form offers, by their position (the select's values).
const CHANNELS: [Channel; 5] =
    [Channel::Email, Channel::Phone, Channel::Letter, Channel::Meeting, Channel::Other];

/// The step named by its position in [`Step::ALL`], or `None` for an empty choice.
fn step_at(text: &str) -> Option<Step> {
    text.parse::<usize>().ok().and_then(|i| Step::ALL.get(i).copied())
}

/// One customer's log and the form to add to it.
#[component]
pub fn LogPanel(
    /// The customer's id, as the ledger has it.
    customer: String,
    /// Its name.
    name: String,
    /// The as-of date: the form's default date.
    as_of: NaiveDate,
) -> impl IntoView {
    let LogState(log, _) = expect_context::<LogState>();
    let kind = RwSignal::new("contact".to_owned());
    let date = RwSignal::new(as_of.to_string());
    let channel = RwSignal::new("0".to_owned());
    let due = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let invoices = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let step = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let id = customer.clone();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let customer = id.clone();
        let parse_date = |text: &str, what: &str| {
            text.parse::<NaiveDate>().map_err(|_| format!("{what}: give a date (YYYY-MM-DD), not {text:?}"))
        };
        let event = (|| -> Result<LogEvent, String> {
            let date = parse_date(&date.get_untracked(), "Date")?;
            let note = Some(text.get_untracked().trim().to_owned()).filter(|t| !t.is_empty());
            Ok(match kind.get_untracked().as_str() {
                "promise" => LogEvent::Promise {
                    customer,
                    date,
                    due: parse_date(&due.get_untracked(), "Pay by")?,
                    amount: parse_amount_input(&amount.get_untracked(), &crate::display::locale())
                        .map_err(|e| in_form(&e.to_string()))?,
                    currency: None,
                    note,
                },
                "dispute" => LogEvent::Dispute {
                    customer,
                    date,
                    invoices: invoices
                        .get_untracked()
                        .split([',', ';', ' '])
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect(),
                    reason: note.unwrap_or_default(),
                    resolved: None,
                },
                "note" => LogEvent::Note { customer, date, text: note.ok_or("Note: write something")? },
                "override" => LogEvent::Override {
                    customer,
                    date,
                    step: step_at(&step.get_untracked()),
                    reason: note.unwrap_or_default(),
                },
                _ => LogEvent::Contact {
                    customer,
                    date,
                    channel: channel
                        .get_untracked()
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| CHANNELS.get(i).copied())
                        .unwrap_or(Channel::Other),
                    step: step_at(&step.get_untracked()),
                    note,
                },
            })
        })();
        // The core checks the event as it will check the whole log; its reason is
        // shown under the form's own name for the field.
        let checked = event.and_then(|e| {
            let one = CollectionLog { events: vec![e.clone()], ..CollectionLog::default() };
            one.check().map(|()| e).map_err(|e| in_form(&e.to_string()))
        });
        match checked {
            Ok(e) => {
                log.update(|l| l.events.push(e));
                problem.set(None);
                text.set(String::new());
            }
            Err(why) => problem.set(Some(why)),
        }
    };
    let id = customer.clone();
    let events = move || {
        let rows: Vec<(usize, LogEvent)> = log.with(|l| {
            l.events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.customer() == id)
                .map(|(i, e)| (i, e.clone()))
                .collect()
        });
        if rows.is_empty() {
            return view! { <p class="hint" data-testid="log-empty">"Nothing logged yet."</p> }.into_any();
        }
        let items = rows
            .into_iter()
            .map(|(i, e)| {
                let (what, detail) = describe(&e);
                let remove = move |_| log.update(|l| drop(l.events.remove(i)));
                view! {
                    <tr>
                        <td>{crate::display::date(e.date())}</td>
                        <td>{what}</td>
                        <td>{detail}</td>
                        <td><button type="button" class="link" aria-label=format!("Remove the {} of {}", what.to_lowercase(), e.date()) on:click=remove>"Remove"</button></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="sheet" data-testid="log-events">
                <thead><tr><th>"Date"</th><th>"What"</th><th>"Details"</th><th></th></tr></thead>
                <tbody>{items}</tbody>
            </table>
        }
        .into_any()
    };
    let shows = move |kinds: &'static [&'static str]| move || !kinds.contains(&kind.get().as_str());
    let channels = CHANNELS
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <option value=i.to_string()>{c.noun()}</option> })
        .collect_view();
    let steps = Step::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <option value=i.to_string()>{s.label()}</option> })
        .collect_view();
    view! {
        <section class="card log" data-testid="log">
            <h2>{format!("Collection log: {name}")}</h2>
            {events}
            <form class="log-form" on:submit=add>
                <label class="field">
                    <span>"Log"</span>
                    <select data-testid="log-kind" on:change=move |ev| kind.set(event_target_value(&ev))>
                        <option value="contact">"a contact"</option>
                        <option value="promise">"a promise to pay"</option>
                        <option value="dispute">"a dispute"</option>
                        <option value="note">"a note"</option>
                        <option value="override">"a step set by hand"</option>
                    </select>
                </label>
                <label class="field">
                    <span>"Date"</span>
                    <input type="date" data-testid="log-date" prop:value=move || date.get() on:change=move |ev| date.set(event_target_value(&ev)) />
                </label>
                <label class="field" class:hidden=shows(&["contact"])>
                    <span>"How"</span>
                    <select data-testid="log-channel" on:change=move |ev| channel.set(event_target_value(&ev))>{channels}</select>
                </label>
                <label class="field" class:hidden=shows(&["promise"])>
                    <span>"Pay by"</span>
                    <input type="date" data-testid="log-due" prop:value=move || due.get() on:change=move |ev| due.set(event_target_value(&ev)) />
                </label>
                <label class="field" class:hidden=shows(&["promise"])>
                    <span>"Amount"</span>
                    <input inputmode="decimal" data-testid="log-amount" prop:value=move || amount.get() on:change=move |ev| amount.set(event_target_value(&ev)) />
                </label>
                <label class="field" class:hidden=shows(&["dispute"])>
                    <span>"Invoices"</span>
                    <input data-testid="log-invoices" placeholder="INV-1, INV-2" prop:value=move || invoices.get() on:change=move |ev| invoices.set(event_target_value(&ev)) />
                </label>
                <label class="field" class:hidden=shows(&["contact", "override"])>
                    <span>"Step"</span>
                    <select data-testid="log-step" on:change=move |ev| step.set(event_target_value(&ev))>
                        <option value="">"—"</option>
                        {steps}
                    </select>
                </label>
                <label class="field wide">
                    <span>{move || match kind.get().as_str() { "dispute" | "override" => "Why", "note" => "Note", _ => "Note (optional)" }}</span>
                    <input data-testid="log-text" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
                </label>
                <button type="submit" data-testid="log-add">"Add to the log"</button>
            </form>
            {move || problem.get().map(|p| view! { <p class="error" role="alert" data-testid="log-problem">{p}</p> })}
        </section>
    }
}

/// The whole log's size, export, import and erasure, with the events that match nothing.
#[component]
pub fn LogTools(
    /// The file the log is kept for (for the export's name).
    file: String,
    /// The worklist's events that match nothing in the ledger.
    unmatched: Vec<String>,
) -> impl IntoView {
    let LogState(log, message) = expect_context::<LogState>();
    let file_name = file.clone();
    let stem: String = file
        .rsplit_once('.')
        .map_or(file.as_str(), |(s, _)| s)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let export = move |_| {
        if let Ok(text) = log.with_untracked(serde_json::to_string_pretty) {
            save_text(&format!("arlens-log-{}.json", if stem.is_empty() { "ledger" } else { &stem }), &text);
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let text =
                wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            let read = text
                .ok_or_else(|| format!("{} could not be read.", file.name()))
                .and_then(|t| {
                    serde_json::from_str::<CollectionLog>(&t)
                        .map_err(|e| format!("{} is not a collection log: {e}.", file.name()))
                })
                .and_then(|l| l.check().map(|()| l).map_err(|e| format!("{}: {e}", file.name())));
            match read {
                Ok(l) => {
                    let n = l.events.len();
                    log.set(l);
                    message.set(Some(format!("{} read from {}.", plural(n, "event", "events"), file.name())));
                }
                Err(e) => message.set(Some(e)),
            }
        });
    };
    let erase = move |_| {
        log.set(CollectionLog::default());
        message.set(Some("The log is erased.".to_owned()));
    };
    let count = move || {
        let n = log.with(|l| l.events.len());
        format!("Collection log: {}.", plural(n, "event", "events"))
    };
    let unmatched = (!unmatched.is_empty()).then(|| {
        let items = unmatched.into_iter().map(|u| view! { <li>{u}</li> }).collect_view();
        view! { <ul class="unavailable" data-testid="log-unmatched">{items}</ul> }
    });
    view! {
        <div class="log-tools">
            <span data-testid="log-count">{count}</span>
            <button type="button" data-testid="log-export" on:click=export>"Export log"</button>
            <label class="button">
                "Import log…"
                <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="log-import" on:change=on_import />
            </label>
            <button type="button" data-testid="log-erase" on:click=erase>"Erase log"</button>
            <p aria-live="polite" data-testid="log-message">{move || message.get()}</p>
            {unmatched}
            <WorkspaceTools file=file_name />
        </div>
    }
}
