//! Aging by column: one stacked bar per currency, Not due then each bucket,
//! each part as wide as its share of the currency's positive open balances.
//! Credits are negative and not aged: they are named beside the bar, not drawn.
//! A part opens the documents behind it (its trace, [`arlens::trace`]): with
//! credits netted per customer these are not the invoices in the column alone.

use super::{on_activate, table_switch};
use crate::app::Router;
use crate::widgets::{TraceLink, open_trace};
use arlens::figures::aging::Aging;
use arlens::overview::chart::{Span, attr, stacked};
use arlens::trace::{AgingCell, FigureRef};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// One drawn part: its column's label, test key, figure, amount and share.
#[derive(Debug, Clone)]
struct Part {
    label: String,
    bucket: String,
    figure: FigureRef,
    amount: Decimal,
    share: Option<Decimal>,
    span: Option<Span>,
    class: String,
}

/// The aging chart of every currency of `aging`.
#[component]
pub fn AgingChart(
    /// The report's aging.
    aging: Aging,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let readout = RwSignal::new(String::new());
    let as_table = RwSignal::new(false);
    let labels: Vec<String> =
        std::iter::once("Not due".to_owned()).chain(aging.buckets.iter().map(|b| b.label.clone())).collect();
    let rows: Vec<(String, Vec<Part>, Decimal)> = aging
        .currencies
        .iter()
        .map(|c| {
            let amounts: Vec<Decimal> = std::iter::once(c.not_due).chain(c.buckets.iter().copied()).collect();
            let spans = stacked(&amounts);
            let parts = amounts
                .iter()
                .zip(&labels)
                .zip(spans)
                .enumerate()
                .map(|(i, ((amount, label), span))| Part {
                    label: label.clone(),
                    bucket: if i == 0 { "notDue".to_owned() } else { (i - 1).to_string() },
                    figure: FigureRef::Aging {
                        currency: c.currency.clone(),
                        customer: None,
                        cell: if i == 0 { AgingCell::NotDue } else { AgingCell::Bucket(i - 1) },
                    },
                    amount: *amount,
                    // Its share of the drawn whole, as the core computed it; none for what is not drawn.
                    share: span.map(|s| s.width).or(amount.is_zero().then_some(Decimal::ZERO)),
                    span,
                    class: format!("part s{i}"),
                })
                .collect();
            (c.currency.clone(), parts, c.credits)
        })
        .collect();
    let money = |amount: Decimal, currency: &str| crate::display::money(amount, currency);
    let share_text =
        |share: Option<Decimal>| share.map(crate::display::percent).unwrap_or_else(|| "—".to_owned());
    let label = rows
        .iter()
        .map(|(currency, parts, credits)| {
            let parts: Vec<String> = parts
                .iter()
                .map(|p| format!("{} {} ({})", p.label, money(p.amount, currency), share_text(p.share)))
                .collect();
            format!("{currency}: {}; credits {}", parts.join(", "), money(*credits, currency))
        })
        .collect::<Vec<_>>()
        .join(". ");
    let label = format!("Aging at {}. {label}.", crate::display::date(aging.as_of));

    let chart_rows = rows
        .iter()
        .map(|(currency, parts, credits)| {
            let rects = parts
                .iter()
                .filter_map(|p| p.span.map(|span| (p, span)))
                .map(|(p, span)| {
                    let text = format!(
                        "{currency} · {}: {} ({})",
                        p.label,
                        money(p.amount, currency),
                        share_text(p.share)
                    );
                    let figure = p.figure.to_string();
                    let open = move || open_trace(router, &figure);
                    let open_key = open.clone();
                    let (t1, t2, name) = (text.clone(), text.clone(), text.clone());
                    view! {
                        <rect
                            class=p.class.clone()
                            x=format!("{}%", attr(span.start))
                            width=format!("{}%", attr(span.width))
                            y="0"
                            height="100%"
                            tabindex="0"
                            role="button"
                            aria-label=name
                            data-testid=format!("aging-chart-{currency}-{}", p.bucket)
                            on:mouseenter=move |_| readout.set(t1.clone())
                            on:focus=move |_| readout.set(t2.clone())
                            on:click=move |_| open()
                            on:keydown=on_activate(open_key)
                        >
                            <title>{text}</title>
                        </rect>
                    }
                })
                .collect_view();
            view! {
                <div class="bar-row">
                    <span class="bar-label">{currency.clone()}</span>
                    <svg class="bar stacked" role="none">{rects}</svg>
                    <span class="bar-note">{format!("credits {}", money(*credits, currency))}</span>
                </div>
            }
        })
        .collect_view();
    let legend = labels
        .iter()
        .enumerate()
        .map(|(i, l)| view! { <li><svg class="swatch" aria-hidden="true"><rect class=format!("s{i}") width="100%" height="100%" /></svg>{l.clone()}</li> })
        .collect_view();

    let table_rows = rows
        .iter()
        .map(|(currency, parts, credits)| {
            let cells = parts
                .iter()
                .map(|p| {
                    let amount = money(p.amount, currency);
                    view! {
                        <td class="num" data-testid=format!("aging-chart-table-{currency}-{}", p.bucket)>
                            <TraceLink figure=p.figure.clone()>{amount}</TraceLink>
                            <span class="hint">{format!(" ({})", share_text(p.share))}</span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{currency.clone()}</th>
                    {cells}
                    <td class="num">{money(*credits, currency)}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = labels.iter().map(|l| view! { <th class="num">{l.clone()}</th> }).collect_view();
    let table = view! {
        <table class="sheet" data-testid="aging-chart-table">
            <thead><tr><th>"Currency"</th>{heads}<th class="num">"Credits"</th></tr></thead>
            <tbody>{table_rows}</tbody>
        </table>
    };
    view! {
        <figure class="chart card" data-testid="aging-chart">
            <figcaption>
                <h2>"Aging"</h2>
                {table_switch("aging-chart-switch".to_owned(), as_table)}
            </figcaption>
            <div class:hidden=move || as_table.get()>
                <div class="bars" role="group" aria-label=label data-testid="aging-chart-img">{chart_rows}</div>
                <ul class="legend">{legend}</ul>
                <p class="readout" aria-live="polite">
                    {move || {
                        let r = readout.get();
                        if r.is_empty() { "Point at or tab to a column to read it; click to see its documents.".to_owned() } else { r }
                    }}
                </p>
            </div>
            <div class:hidden=move || !as_table.get()>{table}</div>
        </figure>
    }
}
