//! The consolidated view: the figures of every currency in one reporting
//! currency, at rates the user types (never fetched), beside each currency's
//! own figures. The rates live in the URL's hash (`fx=USD&rate.EUR=1.08&fxDate=…`).

use crate::app::Router;
use crate::route::consolidation;
use arlens::Report;
use arlens::figures::dso::CeiVariant;
use arlens::figures::value::Value;
use arlens::money::locale::{Locale, format_money};
use arlens::overview::headline::shown;
use arlens::overview::{CardKey, Unit, consolidate, headline};
use leptos::prelude::*;
use rust_decimal::Decimal;

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
        let money = |amount: Decimal, currency: &str| format_money(amount, currency, &Locale::EN);
        let value = |v: &Value, unit: Unit, currency: &str| {
            v.value.map_or_else(|| "—".to_owned(), |x| shown(x, unit, currency))
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
        // (row label, test key, per member, consolidated)
        let mut rows: Vec<(String, String, Vec<String>, String)> = Vec::new();
        if report.aging.unavailable.is_none() {
            let amounts = |pick: &dyn Fn(&arlens::figures::aging::CurrencyAging) -> Decimal| -> Vec<String> {
                members
                    .iter()
                    .map(|m| aging_of(m).map_or_else(|| "—".to_owned(), |a| money(pick(a), m)))
                    .collect()
            };
            rows.push(("Not due".into(), "notDue".into(), amounts(&|a| a.not_due), money(c.not_due, &to)));
            for (i, b) in report.aging.buckets.iter().enumerate() {
                rows.push((
                    b.label.clone(),
                    format!("b{i}"),
                    amounts(&|a| a.buckets.get(i).copied().unwrap_or_default()),
                    c.buckets.get(i).map_or_else(String::new, |v| money(*v, &to)),
                ));
            }
            rows.push(("Credits".into(), "credits".into(), amounts(&|a| a.credits), money(c.credits, &to)));
            rows.push((
                "Open total".into(),
                "total".into(),
                amounts(&|a| a.open_total),
                money(c.open_total, &to),
            ));
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
            let test = key.code().to_owned();
            rows.push((
                key.label().to_owned(),
                test,
                members.iter().map(|m| card(m, key)).collect(),
                value(v, key.unit(), &to),
            ));
        }
        let heads = members.iter().map(|m| view! { <th class="num">{m.clone()}</th> }).collect_view();
        let body = rows
            .into_iter()
            .map(|(label, key, each, total)| {
                let each = each.into_iter().map(|v| view! { <td class="num">{v}</td> }).collect_view();
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {each}
                        <td class="num consolidated" data-testid=format!("fx-{key}")>{total}</td>
                    </tr>
                }
            })
            .collect_view();
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
