//! The headline cards of one currency: value, change since the previous
//! period's end, and the definition and period on hover and keyboard focus.

use arlens::figures::period::Period;
use arlens::figures::value::Value;
use arlens::money::locale::{Locale, format_money, format_number};
use arlens::overview::{Card, CardKey, CurrencyHeadline, Unit};
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// `value` as the card shows it: money with its minor units, days and percent to one decimal.
pub fn shown(value: Decimal, unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => format_money(value, currency, &Locale::EN),
        Unit::Days => format_number(value, 1, &Locale::EN),
        Unit::Percent => format!("{}%", format_number(value, 1, &Locale::EN)),
    }
}

/// The unit written after the number.
fn suffix(unit: Unit, currency: &str) -> String {
    match unit {
        Unit::Money => currency.to_owned(),
        Unit::Days => "days".to_owned(),
        Unit::Percent => String::new(),
    }
}

/// A card's change, signed: `+12.5 days`, `−400.00 USD`, `no change`.
fn change_text(change: &Value, card: &Card, currency: &str) -> Option<String> {
    let c = change.value?;
    // A change that rounds to nothing as shown is no change, never "−0.0".
    let decimals = match card.unit {
        Unit::Money => arlens::money::minor_units(currency),
        Unit::Days | Unit::Percent => 1,
    };
    if arlens::money::display(c, decimals).is_zero() {
        return Some("no change".to_owned());
    }
    let sign = if c > Decimal::ZERO { "+" } else { "−" };
    // A change of a percentage is in percentage points: `−7.6 points`, not `−7.6%`.
    let (magnitude, unit) = match card.unit {
        Unit::Percent => (format_number(c.abs(), 1, &Locale::EN), " points".to_owned()),
        u => (shown(c.abs(), u, currency), format!(" {}", suffix(u, currency))),
    };
    Some(format!("{sign}{magnitude}{unit}"))
}

/// The cards of one currency.
#[component]
pub fn KpiCards(
    /// The currency's cards.
    cards: CurrencyHeadline,
    /// The period the period figures cover.
    period: Period,
    /// The date the previous values are at.
    previous_as_of: NaiveDate,
) -> impl IntoView {
    let currency = cards.currency.clone();
    let items = cards
        .cards
        .iter()
        .map(|card| {
            let key = serde_json::to_value(card.key).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
            let id = format!("kpi-{currency}-{key}");
            let def_id = format!("{id}-definition");
            let (value, why) = match (card.value.value, &card.value.unavailable) {
                (Some(v), _) => (shown(v, card.unit, &currency), None),
                (None, why) => ("—".to_owned(), why.as_ref().map(|u| format!("Unavailable: {}.", u.reason))),
            };
            let change = match change_text(&card.change, card, &currency) {
                Some(text) => format!("{text} since {previous_as_of}"),
                None if card.value.value.is_some() => format!(
                    "no comparison with {previous_as_of}: {}",
                    card.change.unavailable.as_ref().map_or("no value then", |u| u.reason.as_str())
                ),
                None => String::new(),
            };
            let direction = card.change.value.map_or("", |c| {
                if c > Decimal::ZERO {
                    "up"
                } else if c < Decimal::ZERO {
                    "down"
                } else {
                    ""
                }
            });
            let covers = if card.key.covers_period() {
                format!("Period: {} to {} ({} days).", period.start, period.end, period.days)
            } else {
                format!("At {}.", period.end)
            };
            let wide = card.key == CardKey::Receivables;
            let described_by = def_id.clone();
            let value_id = format!("{id}-value");
            let why_id = format!("{id}-why");
            let change_id = format!("{id}-change");
            view! {
                <article class="kpi" class:wide=wide tabindex="0" aria-describedby=described_by data-testid=id>
                    <h3>{card.label.clone()}</h3>
                    <p class="value">
                        <span data-testid=value_id>{value}</span>
                        " "
                        <span class="unit">{card.value.value.map(|_| suffix(card.unit, &currency))}</span>
                    </p>
                    {why.map(|w| view! { <p class="why" data-testid=why_id>{w}</p> })}
                    <p class=format!("change {direction}") data-testid=change_id>{change}</p>
                    <p class="definition" role="tooltip" id=def_id>
                        {card.definition.clone()}
                        " "
                        {covers}
                    </p>
                </article>
            }
        })
        .collect_view();
    view! {
        <section class="kpis" aria-label=format!("Key figures in {currency}") data-testid="kpis">
            {items}
        </section>
    }
}
