//! The monthly trend of one currency: receivables at each month's end, the
//! month's DSO and its CEI, as three small line charts over the same months.
//! A month without a value (no sales, say) breaks the line instead of drawing a zero.

use super::table_switch;
use crate::widgets::TraceLink;
use arlens::figures::trend::{CurrencyTrend, MonthFigures};
use arlens::overview::chart::{attr, columns, line};
use arlens::trace::{FigureRef, PeriodFigure};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// How many months the chart shows (the latest).
pub const MONTHS: usize = 24;

/// One series: its title, test id and how to read and write a month's value.
struct Series {
    title: &'static str,
    key: &'static str,
    value: fn(&MonthFigures) -> Option<Decimal>,
    text: fn(Decimal, &str) -> String,
}

const SERIES: [Series; 3] = [
    Series {
        title: "Receivables at month end",
        key: "ar",
        value: |m| Some(m.ar_end),
        text: |v, c| crate::display::money(v, c),
    },
    Series {
        title: "DSO (days)",
        key: "dso",
        value: |m| m.dso.value,
        text: |v, _| crate::display::number(v, 1),
    },
    Series { title: "CEI (%)", key: "cei", value: |m| m.cei.value, text: |v, _| crate::display::percent(v) },
];

/// The trend chart of `currency`.
#[component]
pub fn TrendChart(
    /// The report's trend per currency.
    trend: Vec<CurrencyTrend>,
    /// The currency shown.
    currency: Option<String>,
) -> impl IntoView {
    let as_table = RwSignal::new(false);
    let readout = RwSignal::new(String::new());
    let Some(t) = currency.and_then(|c| trend.into_iter().find(|t| t.currency == c)) else {
        return view! { <p class="hint">"No monthly trend for this currency."</p> }.into_any();
    };
    let code = t.currency.clone();
    let months: Vec<MonthFigures> = t.months.iter().rev().take(MONTHS).rev().cloned().collect();
    let n = months.len();
    let first = months.first().map(|m| m.month.clone()).unwrap_or_default();
    let last = months.last().map(|m| m.month.clone()).unwrap_or_default();
    let panels = SERIES
        .iter()
        .map(|s| {
            let values: Vec<Option<Decimal>> = months.iter().map(|m| (s.value)(m)).collect();
            let drawing = line(&values);
            let lines: Vec<String> = drawing
                .runs
                .iter()
                .map(|run| run.iter().map(|(x, y)| format!("{},{}", attr(*x), attr(*y))).collect::<Vec<_>>().join(" "))
                .collect();
            let lines = lines
                .into_iter()
                .map(|points| view! { <polyline class=format!("line {}", s.key) points=points vector-effect="non-scaling-stroke" /> })
                .collect_view();
            let words: Vec<String> = months
                .iter()
                .zip(&values)
                .map(|(m, v)| format!("{} {}", m.month, v.map_or_else(|| "no value".to_owned(), |v| (s.text)(v, &code))))
                .collect();
            let label = format!("{} in {code}, {first} to {last}: {}.", s.title, words.join("; "));
            let hits = months
                .iter()
                .zip(&values)
                .zip(columns(n))
                .map(|((m, v), column)| {
                    let text = format!(
                        "{} · {}: {}",
                        m.month,
                        s.title,
                        v.map_or_else(|| "no value".to_owned(), |v| (s.text)(v, &code))
                    );
                    let (t1, t2) = (text.clone(), text.clone());
                    view! {
                        <rect
                            class="hit"
                            x=attr(column.start)
                            y="0"
                            width=attr(column.width)
                            height="100"
                            tabindex="0"
                            on:mouseenter=move |_| readout.set(t1.clone())
                            on:focus=move |_| readout.set(t2.clone())
                        >
                            <title>{text}</title>
                        </rect>
                    }
                })
                .collect_view();
            let high_text = drawing.high.map(|v| (s.text)(v, &code)).unwrap_or_default();
            let low_text = drawing.low.map(|v| (s.text)(v, &code)).unwrap_or_default();
            view! {
                <div class="spark" data-testid=format!("trend-chart-{}", s.key)>
                    <h3>{s.title}</h3>
                    <div class="spark-body">
                        <div class="axis"><span>{high_text}</span><span>{low_text}</span></div>
                        <svg
                            class="line-chart"
                            viewBox="0 0 100 100"
                            preserveAspectRatio="none"
                            role="img"
                            aria-label=label
                        >
                            {lines}
                            {hits}
                        </svg>
                    </div>
                    <div class="axis-x"><span>{first.clone()}</span><span>{last.clone()}</span></div>
                </div>
            }
        })
        .collect_view();
    let table_rows = months
        .iter()
        .map(|m| {
            let cells = SERIES
                .iter()
                .map(|s| {
                    let value = (s.value)(m);
                    let text = value.map_or_else(|| "—".to_owned(), |v| (s.text)(v, &code));
                    let of = match s.key {
                        "ar" => PeriodFigure::ArEnd,
                        "dso" => PeriodFigure::Dso,
                        _ => PeriodFigure::Cei,
                    };
                    let shown = match value {
                        Some(_) => {
                            let figure = FigureRef::Month { currency: code.clone(), month: m.month.clone(), of };
                            view! { <TraceLink figure=figure>{text}</TraceLink> }.into_any()
                        }
                        None => text.into_any(),
                    };
                    view! { <td class="num" data-testid=format!("trend-chart-table-{}-{}", m.month, s.key)>{shown}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{m.month.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    let heads = SERIES.iter().map(|s| view! { <th class="num">{s.title}</th> }).collect_view();
    view! {
        <figure class="chart card" data-testid="trend-chart">
            <figcaption>
                <h2>{format!("Monthly trend ({})", t.currency)}</h2>
                {table_switch("trend-chart-switch".to_owned(), as_table)}
            </figcaption>
            <div class:hidden=move || as_table.get()>
                <div class="sparks">{panels}</div>
                <p class="readout" aria-live="polite">
                    {move || {
                        let r = readout.get();
                        if r.is_empty() { "Point at or tab to a month to read it.".to_owned() } else { r }
                    }}
                </p>
            </div>
            <div class:hidden=move || !as_table.get()>
                <table class="sheet" data-testid="trend-chart-table">
                    <thead><tr><th>"Month"</th>{heads}</tr></thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </div>
        </figure>
    }
    .into_any()
}
