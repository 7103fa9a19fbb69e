//! A figure's members ([`arlens::trace`]) in a grid, one input at a time, with
//! the reconciliation line: how many documents, their sum, and that the figure
//! recomputed from the inputs equals the one shown.

use crate::analyst::Work;
use crate::app::Router;
use crate::route::View;
use crate::widgets::DataGrid;
use arlens::grid::{Filter, GridName, Test};
use arlens::trace::{
    AgingCell, FigureRef, InputSummary, PaymentFigure, PeriodFigure, RecoveryFigure, TraceSummary,
};
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::sync::Arc;

/// How a figure's value is written: money in its currency, days and other
/// figures to one decimal, percentages with `%`, counts whole.
fn written(figure: &FigureRef, value: Decimal) -> String {
    enum Unit {
        Money,
        Decimal,
        Percent,
        Count,
    }
    let unit = match figure {
        FigureRef::Aging { cell: AgingCell::PastDuePercent, .. } => Unit::Percent,
        FigureRef::Aging { .. } | FigureRef::Allowance { .. } => Unit::Money,
        FigureRef::Period { of, .. } | FigureRef::Month { of, .. } => match of {
            PeriodFigure::Cei => Unit::Percent,
            PeriodFigure::ArBegin
            | PeriodFigure::ArEnd
            | PeriodFigure::ArCurrent
            | PeriodFigure::CreditSales
            | PeriodFigure::Collections => Unit::Money,
            _ => Unit::Decimal,
        },
        FigureRef::Payments { of, .. } => match of {
            PaymentFigure::PaidInvoices => Unit::Count,
            PaymentFigure::PaidAmount => Unit::Money,
            PaymentFigure::LateInvoicesPercent | PaymentFigure::LateAmountPercent => Unit::Percent,
            _ => Unit::Decimal,
        },
        FigureRef::Recovery { of: RecoveryFigure::Rate, .. } => Unit::Percent,
        FigureRef::Recovery { .. } => Unit::Money,
    };
    match unit {
        Unit::Money => crate::display::money(value, figure.currency()),
        Unit::Decimal => crate::display::number(value, 1),
        Unit::Percent => crate::display::percent(value),
        Unit::Count => value.normalize().to_string(),
    }
}

/// An input's total as written: money in the currency, else a plain number.
fn total(input: &InputSummary, currency: &str) -> String {
    if input.money {
        crate::display::money(input.total, currency)
    } else {
        crate::display::number(input.total, 0)
    }
}

/// What an input's members are, counted.
fn counted(input: &InputSummary) -> String {
    let (one, many) = match input.key.as_str() {
        "collected" | "credited" => ("allocation", "allocations"),
        "paidInvoices" | "paidAmount" | "days" | "amountDays" | "amountBeyond" | "lateInvoices"
        | "lateAmount" => ("invoice", "invoices"),
        _ => ("document", "documents"),
    };
    format!("{} {}", input.members, if input.members == 1 { one } else { many })
}

/// The members of the figure in the `trace` parameter.
#[component]
pub fn TracePanel(
    /// The figure's text form.
    figure: String,
) -> impl IntoView {
    let work = expect_context::<Work>();
    let router = expect_context::<Router>();
    let summary = RwSignal::new(None::<Result<TraceSummary, String>>);
    let parsed: Result<FigureRef, String> = figure.parse().map_err(|e: arlens::Error| e.to_string());
    let asked = figure.clone();
    // Traced again for every analysis (another as-of date or option).
    let version =
        Memo::new(move |_| work.analysed.with(|a| a.as_ref().map(|(g, a)| (*g, Arc::as_ptr(a) as usize))));
    Effect::new(move |_| {
        if version.get().is_none() {
            return;
        }
        work.trace(&asked, move |answer| {
            summary.try_set(Some(answer));
        });
    });
    let chosen = Memo::new(move |_| router.0.with(|r| r.get("input").map(str::to_owned)));
    let input = Memo::new(move |_| {
        summary.with(|s| {
            let inputs = match s {
                Some(Ok(s)) => &s.inputs,
                _ => return None,
            };
            chosen
                .with(|c| c.as_ref().and_then(|c| inputs.iter().find(|i| i.key == *c)))
                .or(inputs.first())
                .cloned()
        })
    });
    let fixed = Signal::derive(move || {
        input.with(|i| {
            i.as_ref()
                .map(|i| {
                    vec![Filter { column: "input".to_owned(), test: Test::OneOf(vec![i.label.clone()]) }]
                })
                .unwrap_or_default()
        })
    });
    let shown_figure = Signal::stored(Some(figure.clone()));
    let back = move |_| router.open(View::Invoices, &[]);
    let body = move || {
        let parsed = match &parsed {
            Ok(f) => f.clone(),
            Err(e) => {
                return view! { <p class="error" role="alert" data-testid="trace-error">{e.clone()}</p> }
                    .into_any();
            }
        };
        match summary.get() {
            None => view! { <p class="hint" aria-busy="true">"Finding the documents behind the figure…"</p> }
                .into_any(),
            Some(Err(e)) => {
                view! { <p class="error" role="alert" data-testid="trace-error">{e}</p> }.into_any()
            }
            Some(Ok(s)) => {
                let currency = parsed.currency().to_owned();
                let value = s.reported.value.map(|v| written(&parsed, v)).unwrap_or_else(|| "—".to_owned());
                let recomputed =
                    s.recomputed.value.map(|v| written(&parsed, v)).unwrap_or_else(|| "—".to_owned());
                let single = s.inputs.len() == 1;
                let check = match (s.reconciles, single) {
                    (true, true) => "equals the figure".to_owned(),
                    (true, false) => format!("the figure recomputed from them is {recomputed}, as shown"),
                    (false, _) => {
                        format!("recomputed: {recomputed}, which differs from the figure: please report this")
                    }
                };
                let lines = s
                    .inputs
                    .iter()
                    .map(|i| {
                        let key = i.key.clone();
                        let pressed = move || input.with(|c| c.as_ref().is_some_and(|c| c.key == key));
                        let key = i.key.clone();
                        let text = format!("{}: {}, {}", i.label, counted(i), total(i, &currency));
                        let id = format!("trace-input-{}", i.key);
                        view! {
                            <li>
                                <button type="button" class="link" aria-pressed=move || pressed().to_string() data-testid=id on:click=move |_| router.set("input", &key)>
                                    {text}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                let reconciliation = if single {
                    let i = &s.inputs[0];
                    format!("{}, {} — {check}.", counted(i), total(i, &currency))
                } else {
                    format!("{} inputs — {check}.", s.inputs.len())
                };
                let ok = if s.reconciles { "reconciled ok" } else { "reconciled differs" };
                view! {
                    <p class="figure-value">
                        <span data-testid="trace-label">{s.label.clone()}</span>
                        ": "
                        <strong data-testid="trace-value">{value}</strong>
                    </p>
                    <p class=ok role="status" data-testid="trace-reconciliation">{reconciliation}</p>
                    {(!single).then(|| view! { <ul class="trace-inputs" aria-label="Inputs of the figure">{lines}</ul> })}
                }
                .into_any()
            }
        }
    };
    view! {
        <section class="card" data-testid="trace">
            <h2>"Behind the figure"</h2>
            {body}
            <DataGrid name=GridName::Members testid="members" noun="documents" one="document" fixed=fixed trace=shown_figure />
            <p class="hint">
                <button type="button" class="link" data-testid="trace-clear" on:click=back>"Show every open document"</button>
            </p>
        </section>
    }
}
