//! The consolidated view: the figures of every currency in one reporting
//! currency, at rates the user types (never fetched), beside each currency's
//! own figures. The rates live in the URL's hash (`fx=USD&rate.EUR=1.08&fxDate=…`).

use super::kpi_cards::traced;
use crate::app::Router;
use crate::route::consolidation;
use crate::widgets::TraceLink;
use arlens::Report;
use arlens::figures::dso::CeiVariant;
use arlens::figures::value::Value;
use arlens::overview::headline::shown_in;
use arlens::overview::{CardKey, Explanation, Unit, consolidate, explain, headline};
use arlens::trace::{AgingCell, FigureRef};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A row of the consolidated table.
struct Row {
    /// The figure's name.
    label: String,
    /// Its test key.
    key: String,
    /// Each currency's figure, shown, with its trace.
    each: Vec<(String, Option<FigureRef>)>,
    /// The consolidated figure, shown.
    total: String,
    /// The consolidated figure, when it can be explained.
    figure: Option<FigureRef>,
}

/// How a consolidated figure is made: each sum's parts (each currency's figure,
/// linked to its documents, × its rate = converted), the sum, and the figure
/// recomputed from the sums beside the one shown.
fn explanation_view(e: &Explanation, label: &str) -> impl IntoView + use<> {
    let to = e.figure.currency().to_owned();
    let money = |amount: Decimal, currency: &str| crate::display::money(amount, currency);
    let sums = e
        .sums
        .iter()
        .map(|s| {
            let parts = s
                .parts
                .iter()
                .filter(|p| !p.amount.is_zero())
                .map(|p| {
                    let rate = if p.currency == to { String::new() } else { format!(" × {}", p.rate) };
                    view! {
                        <li>
                            <TraceLink figure=p.figure.clone()>{format!("{} {}", p.currency, money(p.amount, &p.currency))}</TraceLink>
                            {format!("{rate} = {}", money(p.converted, &to))}
                        </li>
                    }
                })
                .collect_view();
            let zero = s.parts.iter().filter(|p| p.amount.is_zero()).count();
            let zero = (zero > 0).then(|| view! { <li class="hint">{format!("{zero} more at 0")}</li> });
            view! {
                <li data-testid=format!("fx-explain-{}", s.key)>
                    <span>{format!("{}: {} {}", s.label, money(s.total, &to), to)}</span>
                    <ul>{parts}{zero}</ul>
                </li>
            }
        })
        .collect_view();
    let suffix = match &e.figure {
        FigureRef::Aging { cell: AgingCell::PastDuePercent, .. }
        | FigureRef::Period { of: arlens::trace::PeriodFigure::Cei, .. } => "%",
        _ => "",
    };
    let shown = |v: &Value| {
        v.value.map_or_else(|| "—".to_owned(), |x| format!("{}{suffix}", crate::display::number(x, 1)))
    };
    let check = match (e.reconciles(), e.sums.as_slice()) {
        (true, [one]) if e.recomputed.value == Some(one.total) => {
            format!("{} {to} — equals the figure.", money(one.total, &to))
        }
        (true, _) => format!("Recomputed from these sums: {} — as shown.", shown(&e.recomputed)),
        (false, _) => format!(
            "Recomputed from these sums: {}, but {} is shown.",
            shown(&e.recomputed),
            shown(&e.reported)
        ),
    };
    view! {
        <div class="fx-explain" id="fx-explain" data-testid="fx-explain">
            <h3>{format!("How the consolidated {label} is made")}</h3>
            <ul class="fx-sums">{sums}</ul>
            <p class=if e.reconciles() { "reconciled ok" } else { "reconciled differs" } data-testid="fx-explain-check">{check}</p>
        </div>
    }
}

/// The consolidation panel of `report`.
#[component]
pub fn Consolidated(
    /// The figures at the as-of date.
    report: Report,
    /// The CEI variant the report was made with.
    cei: CeiVariant,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let asked = Memo::new(move |_| router.0.with(consolidation));
    // The consolidated figure whose conversion is shown under the table.
    let explained = RwSignal::new(None::<FigureRef>);
    let mut codes: Vec<String> = report
        .aging
        .currencies
        .iter()
        .map(|c| c.currency.clone())
        .chain(report.dso.currencies.iter().map(|c| c.quantities.currency.clone()))
        .filter(|c| c != "XXX")
        .collect();
    codes.sort();
    codes.dedup();
    let reporting = move || asked.with(|a| a.as_ref().map(|a| a.currency.clone())).unwrap_or_default();
    let picker = {
        let codes = codes.clone();
        move || {
            let current = reporting();
            let items = codes
                .iter()
                .map(|c| view! { <option value=c.clone() selected=*c == current>{c.clone()}</option> })
                .collect_view();
            view! {
                <label class="field">
                    <span>"Reporting currency"</span>
                    <select data-testid="fx-currency" on:change=move |ev| router.set("fx", &event_target_value(&ev))>
                        <option value="" selected=current.is_empty()>"— not consolidated —"</option>
                        {items}
                    </select>
                </label>
            }
        }
    };
    let rate_fields = {
        let codes = codes.clone();
        move || {
            let to = reporting();
            if to.is_empty() {
                return None;
            }
            let fields = codes
                .iter()
                .filter(|c| **c != to)
                .map(|c| {
                    let key = format!("rate.{c}");
                    let k = key.clone();
                    let value = move || router.0.with(|r| r.get(&k).map(str::to_owned)).unwrap_or_default();
                    view! {
                        <label class="field rate">
                            <span>{format!("1 {c} =")}</span>
                            <input
                                inputmode="decimal"
                                data-testid=format!("fx-rate-{c}")
                                prop:value=value
                                on:change=move |ev| router.set(&key, event_target_value(&ev).trim())
                            />
                            <span>{to.clone()}</span>
                        </label>
                    }
                })
                .collect_view();
            Some(view! {
                {fields}
                <label class="field">
                    <span>"Rates of"</span>
                    <input
                        type="date"
                        data-testid="fx-date"
                        prop:value=move || router.0.with(|r| r.get("fxDate").map(str::to_owned)).unwrap_or_default()
                        on:change=move |ev| router.set("fxDate", &event_target_value(&ev))
                    />
                </label>
            })
        }
    };
    let per_currency = headline(&report, None);
    let result = {
        let report = report.clone();
        move || {
            let options = asked.get()?;
            Some(consolidate(&report, &options, cei).map_err(|e| e.to_string()))
        }
    };
    let table = move || {
        let outcome = result()?;
        let c = match outcome {
            Ok(c) => c,
            Err(message) => {
                return Some(
                    view! { <p class="error" role="alert" data-testid="fx-error">{message}</p> }.into_any(),
                );
            }
        };
        let to = c.currency.clone();
        let money = |amount: Decimal, currency: &str| crate::display::money(amount, currency);
        let value = |v: &Value, unit: Unit, currency: &str| {
            v.value.map_or_else(|| "—".to_owned(), |x| shown_in(x, unit, currency, &crate::display::locale()))
        };
        let card = |currency: &str, key: CardKey| {
            per_currency
                .currencies
                .iter()
                .find(|h| h.currency == currency)
                .and_then(|h| h.cards.iter().find(|c| c.key == key))
                .map_or_else(|| "—".to_owned(), |card| value(&card.value, card.unit, currency))
        };
        let members = c.members.clone();
        let aging_of = |currency: &str| report.aging.currencies.iter().find(|a| a.currency == currency);
        let aging_ref =
            |currency: &str, cell| FigureRef::Aging { currency: currency.to_owned(), customer: None, cell };
        // (row label, test key, per member with its figure, consolidated, the consolidated figure)
        let mut rows: Vec<Row> = Vec::new();
        if report.aging.unavailable.is_none() {
            let amounts =
                |cell: AgingCell, pick: &dyn Fn(&arlens::figures::aging::CurrencyAging) -> Decimal| {
                    members
                        .iter()
                        .map(|m| match aging_of(m) {
                            Some(a) => (money(pick(a), m), Some(aging_ref(m, cell))),
                            None => ("—".to_owned(), None),
                        })
                        .collect()
                };
            let mut aging_row = |label: String,
                                 key: String,
                                 cell: AgingCell,
                                 pick: &dyn Fn(&arlens::figures::aging::CurrencyAging) -> Decimal,
                                 total: Decimal| {
                rows.push(Row {
                    label,
                    key,
                    each: amounts(cell, pick),
                    total: money(total, &to),
                    figure: Some(aging_ref(&to, cell)),
                });
            };
            aging_row("Not due".into(), "notDue".into(), AgingCell::NotDue, &|a| a.not_due, c.not_due);
            for (i, b) in report.aging.buckets.iter().enumerate() {
                let total = c.buckets.get(i).copied().unwrap_or_default();
                aging_row(
                    b.label.clone(),
                    format!("b{i}"),
                    AgingCell::Bucket(i),
                    &|a| a.buckets.get(i).copied().unwrap_or_default(),
                    total,
                );
            }
            aging_row("Credits".into(), "credits".into(), AgingCell::Credits, &|a| a.credits, c.credits);
            aging_row("Open total".into(), "total".into(), AgingCell::Open, &|a| a.open_total, c.open_total);
        }
        let figure_rows: [(CardKey, &Value); 7] = [
            (CardKey::Overdue, &Value { value: Some(c.overdue), unavailable: None }),
            (CardKey::OverduePercent, &c.overdue_percent),
            (CardKey::Allowance, &c.allowance),
            (CardKey::Dso, &c.dso),
            (CardKey::BestPossibleDso, &c.best_possible_dso),
            (CardKey::AverageDaysDelinquent, &c.average_days_delinquent),
            (CardKey::Cei, &c.cei),
        ];
        for (key, v) in figure_rows {
            rows.push(Row {
                label: key.label().to_owned(),
                key: key.code().to_owned(),
                each: members.iter().map(|m| (card(m, key), traced(key, m))).collect(),
                total: value(v, key.unit(), &to),
                figure: v.value.and(traced(key, &to)),
            });
        }
        let heads = members.iter().map(|m| view! { <th class="num">{m.clone()}</th> }).collect_view();
        let labels: Vec<(FigureRef, String)> =
            rows.iter().filter_map(|r| r.figure.clone().map(|f| (f, r.label.clone()))).collect();
        let body = rows
            .into_iter()
            .map(|row| {
                let each = row
                    .each
                    .into_iter()
                    .map(|(text, figure)| match figure.filter(|_| text != "—") {
                        Some(figure) => view! { <td class="num"><TraceLink figure=figure>{text}</TraceLink></td> }.into_any(),
                        None => view! { <td class="num">{text}</td> }.into_any(),
                    })
                    .collect_view();
                let total = match row.figure {
                    Some(figure) => {
                        let pressed = {
                            let figure = figure.clone();
                            move || if explained.with(|e| e.as_ref() == Some(&figure)) { "true" } else { "false" }
                        };
                        let toggle = {
                            let figure = figure.clone();
                            move |_| explained.update(|e| *e = if e.as_ref() == Some(&figure) { None } else { Some(figure.clone()) })
                        };
                        view! {
                            <button type="button" class="link" aria-pressed=pressed aria-controls="fx-explain" title="Show how this figure is converted and added up" on:click=toggle>
                                {row.total}
                            </button>
                        }
                        .into_any()
                    }
                    None => row.total.into_any(),
                };
                view! {
                    <tr>
                        <th scope="row">{row.label}</th>
                        {each}
                        <td class="num consolidated" data-testid=format!("fx-{}", row.key)>{total}</td>
                    </tr>
                }
            })
            .collect_view();
        let explanation = {
            let report = report.clone();
            let options = asked.get_untracked();
            let label_of = move |figure: &FigureRef| {
                labels.iter().find(|(f, _)| f == figure).map(|(_, l)| l.clone()).unwrap_or_default()
            };
            move || {
                let options = options.as_ref()?;
                let figure = explained.get().filter(|f| f.currency() == options.currency)?;
                Some(match explain(&report, options, cei, &figure) {
                    Ok(e) => explanation_view(&e, &label_of(&figure)).into_any(),
                    Err(e) => {
                        view! { <p class="error" role="alert" data-testid="fx-explain">{e.to_string()}</p> }
                            .into_any()
                    }
                })
            }
        };
        let rates: Vec<String> =
            c.rates.iter().map(|r| format!("1 {} = {} {to}", r.currency, r.rate)).collect();
        let note = format!(
            "In {to} at {}{}, as you entered them; each amount converted and rounded to the cent, ratios recomputed from the converted amounts.",
            rates.join(", "),
            c.date.map(|d| format!(" (rates of {d})")).unwrap_or_default()
        );
        Some(
            view! {
                <p class="hint" data-testid="fx-note">{note}</p>
                <div class="table-scroll">
                    <table class="sheet" data-testid="fx-table">
                        <thead><tr><th></th>{heads}<th class="num">{format!("Consolidated ({to})")}</th></tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
                {explanation}
            }
            .into_any(),
        )
    };
    view! {
        <section class="card consolidated" data-testid="consolidated">
            <h2>"Consolidated"</h2>
            <p class="hint">
                "The figures of every currency in one, at exchange rates you type in (arlens fetches none). The figures per currency stay as they are."
            </p>
            <div class="fx-form">{picker} {rate_fields}</div>
            {table}
        </section>
    }
}
