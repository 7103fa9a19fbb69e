//! One customer, opened from the customers grid: its aging and worklist step
//! per currency, its open documents (a grid of their own), the payments and
//! credits it sent, and how late it paid over time. The way back is the
//! customers grid with its sort, filters and scroll, kept in the hash.

use crate::analyst::Work;
use crate::app::Router;
use crate::widgets::{DataGrid, MoneyCell, bucket_cells, bucket_headers};
use arlens::figures::aging::Bucket;
use arlens::grid::{Filter, GridName, Test};
use arlens::overview::CustomerView;
use arlens::trace::{AgingCell, FigureRef};
use leptos::prelude::*;

/// How many receipts and paid invoices the page lists (the newest).
const LISTED: usize = 200;

/// The hash parameter naming the customer shown.
pub const ACCOUNT: &str = "account";

/// The customer page.
#[component]
pub fn CustomerPage(
    /// The customer's id.
    id: String,
    /// The report's buckets, for the aging's headers.
    buckets: Vec<Bucket>,
) -> impl IntoView {
    let work = expect_context::<Work>();
    let router = expect_context::<Router>();
    let shown = RwSignal::new(None::<Result<CustomerView, String>>);
    {
        let id = id.clone();
        work.customer(&id, move |answer| {
            shown.try_set(Some(answer));
        });
    }
    let back = move |_| {
        let mut r = router.0.get_untracked();
        r.set(ACCOUNT, "");
        router.go(r, true);
    };
    let scope = vec![Filter { column: "customerId".to_owned(), test: Test::OneOf(vec![id.clone()]) }];
    let top = move || {
        shown.get().map(|answer| match answer {
            Err(message) => {
                view! { <p class="error" role="alert" data-testid="customer-error">{message}</p> }.into_any()
            }
            Ok(c) => summary(&c, &buckets).into_any(),
        })
    };
    let bottom = move || shown.get().and_then(Result::ok).map(|c| payment_history(&c));
    view! {
        <p><button type="button" class="link" data-testid="customer-back" on:click=back>"← All customers"</button></p>
        {top}
        <section class="card">
            <h3>"Open documents"</h3>
            <DataGrid name=GridName::Invoices testid="customer-docs" noun="open documents" one="open document" prefix="d." fixed=Signal::stored(scope) />
        </section>
        {bottom}
    }
}

/// Who the customer is, its aging and its worklist step.
fn summary(c: &CustomerView, buckets: &[Bucket]) -> impl IntoView + use<> {
    let name = c.customer.name.to_string();
    let agings = c
        .agings
        .iter()
        .map(|a| {
            let prefix = format!("customer-aging-{}", a.currency);
            let (code, id) = (a.currency.clone(), c.customer.id.to_string());
            let figure = move |cell| FigureRef::Aging { currency: code.clone(), customer: Some(id.clone()), cell };
            view! {
                <tr>
                    <th scope="row">{a.currency.clone()}</th>
                    <MoneyCell amount=a.not_due currency=a.currency.clone() testid=format!("{prefix}-notDue") figure=figure(AgingCell::NotDue) />
                    {bucket_cells(&prefix, &a.currency, &a.buckets, &|i| Some(figure(AgingCell::Bucket(i))))}
                    <MoneyCell amount=a.credits currency=a.currency.clone() testid=format!("{prefix}-credits") figure=figure(AgingCell::Credits) />
                    <MoneyCell amount=a.open_total currency=a.currency.clone() testid=format!("{prefix}-total") figure=figure(AgingCell::Open) />
                </tr>
            }
        })
        .collect_view();
    let steps = c
        .worklist
        .iter()
        .map(|w| {
            let reasons = w.reasons.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view();
            view! {
                <p data-testid=format!("customer-step-{}", w.currency)>
                    <strong>{format!("Next step: {}", w.step.label())}</strong>
                    {format!(
                        " — rank {} · {} at stake · risk {} ({})",
                        w.rank,
                        crate::display::money(w.at_stake, &w.currency),
                        crate::display::number(w.risk_score, 0),
                        w.segment.label()
                    )}
                </p>
                <ul class="reasons">{reasons}</ul>
            }
        })
        .collect_view();
    let set_apart = c
        .set_apart
        .iter()
        .map(|s| view! { <p class="notice">{format!("Set apart ({}): {}", s.currency, s.reason)}</p> })
        .collect_view();
    view! {
        <section class="card">
            <h2 data-testid="customer-name">{name} <span class="hint">{format!(" {} · at {}", c.customer.id, c.as_of)}</span></h2>
            <div class="table-scroll">
                <table class="sheet">
                    <thead><tr><th>"Currency"</th><th class="num">"Not due"</th>{bucket_headers(buckets)}<th class="num">"Credits"</th><th class="num">"Open total"</th></tr></thead>
                    <tbody>{agings}</tbody>
                </table>
            </div>
            {steps}
            {set_apart}
        </section>
    }
}

/// How the customer paid: days late per month, then the receipts and the
/// invoices paid in full, each folded under its count (also on the collections desk).
pub fn payment_history(c: &CustomerView) -> impl IntoView + use<> {
    let receipts_total = c.receipts.len();
    let receipts = c
        .receipts
        .iter()
        .take(LISTED)
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.id.clone()}</th>
                    <td>{r.kind.label()}</td>
                    <td>{crate::display::date(r.date)}</td>
                    <MoneyCell amount=r.amount currency=r.currency.clone() testid=format!("receipt-{}-amount", r.id) />
                    <MoneyCell amount=r.applied currency=r.currency.clone() testid=format!("receipt-{}-applied", r.id) />
                    <MoneyCell amount=r.unapplied currency=r.currency.clone() testid=format!("receipt-{}-unapplied", r.id) />
                    <td>{r.currency.clone()}</td>
                    <td class="num">{(r.row > 0).then(|| match &r.sheet {
                        Some(sheet) => format!("{sheet} {}", r.row),
                        None => r.row.to_string(),
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    let lateness = c
        .lateness
        .iter()
        .map(|m| {
            let days = m.average_days_late.map_or_else(|| "—".to_owned(), |d| crate::display::number(d, 1));
            view! {
                <tr>
                    <th scope="row">{m.month.clone()}</th>
                    <td>{m.currency.clone()}</td>
                    <td class="num">{m.invoices}</td>
                    <MoneyCell amount=m.amount currency=m.currency.clone() testid=format!("late-{}-{}-amount", m.currency, m.month) />
                    <td class="num" data-testid=format!("late-{}-{}-days", m.currency, m.month)>{days}</td>
                </tr>
            }
        })
        .collect_view();
    let paid_total = c.paid.len();
    let paid = c
        .paid
        .iter()
        .take(LISTED)
        .map(|p| {
            view! {
                <tr>
                    <th scope="row">{p.id.clone()}</th>
                    <td>{crate::display::date(p.due_date)}</td>
                    <td>{p.paid.to_string()}</td>
                    <td class="num" data-testid=format!("paid-{}-days", p.id)>{p.days_late}</td>
                    <MoneyCell amount=p.amount currency=p.currency.clone() testid=format!("paid-{}-amount", p.id) />
                    <td>{p.currency.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let listed = |shown: usize, total: usize, one: &str, many: &str| {
        if shown < total {
            format!("The newest {shown} of {total} {many}.")
        } else {
            format!("{total} {}.", if total == 1 { one } else { many })
        }
    };
    view! {
        <section class="card">
            <h3>"Payment history"</h3>
            <p class="hint">"Days late per month of payment: the paid invoices' amount-weighted average of paid date − due date, an early payment counting as 0."</p>
            {if c.lateness.is_empty() {
                view! { <p class="hint" data-testid="lateness-none">"No invoice paid in full by the as-of date."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table class="sheet" data-testid="lateness">
                            <thead><tr><th>"Month paid"</th><th>"Currency"</th><th class="num">"Invoices"</th><th class="num">"Amount"</th><th class="num">"Average days late"</th></tr></thead>
                            <tbody>{lateness}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
            <details>
                <summary data-testid="paid-count">{listed(paid_total.min(LISTED), paid_total, "invoice paid in full", "invoices paid in full, most recently paid first")}</summary>
                <div class="table-scroll">
                    <table class="sheet" data-testid="paid">
                        <thead><tr><th>"Invoice"</th><th>"Due"</th><th>"Paid"</th><th class="num">"Days late"</th><th class="num">"Amount"</th><th>"Currency"</th></tr></thead>
                        <tbody>{paid}</tbody>
                    </table>
                </div>
            </details>
            <details>
                <summary data-testid="receipts-count">{listed(receipts_total.min(LISTED), receipts_total, "payment or credit note", "payments and credit notes, newest first")}</summary>
                <div class="table-scroll">
                    <table class="sheet" data-testid="receipts">
                        <thead><tr><th>"Document"</th><th>"Kind"</th><th>"Date"</th><th class="num">"Amount"</th><th class="num">"Applied"</th><th class="num">"Unapplied"</th><th>"Currency"</th><th class="num">"Source row"</th></tr></thead>
                        <tbody>{receipts}</tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
