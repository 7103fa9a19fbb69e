//! The headline cards of one currency: value, change since the previous
//! period's end, and the definition and period on hover and keyboard focus.

use crate::widgets::TraceLink;
use arlens::figures::period::Period;
use arlens::overview::headline::shown_in;
use arlens::overview::{CardKey, CurrencyHeadline};
use arlens::trace::{AgingCell, FigureRef, PaymentFigure, PeriodFigure};
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The figure a card shows, as the core traces it.
pub(super) fn traced(key: CardKey, currency: &str) -> Option<FigureRef> {
    let currency = currency.to_owned();
    let aging = |cell| Some(FigureRef::Aging { currency: currency.clone(), customer: None, cell });
    let period = |of| Some(FigureRef::Period { currency: currency.clone(), of });
    match key {
        CardKey::Receivables => aging(AgingCell::Open),
        CardKey::Overdue => aging(AgingCell::PastDue),
        CardKey::OverduePercent => aging(AgingCell::PastDuePercent),
        CardKey::Dso => period(PeriodFigure::Dso),
        CardKey::BestPossibleDso => period(PeriodFigure::BestPossibleDso),
        CardKey::AverageDaysDelinquent => period(PeriodFigure::AverageDaysDelinquent),
        CardKey::Cei => period(PeriodFigure::Cei),
        CardKey::AverageDaysToPay => {
            Some(FigureRef::Payments { currency: currency.clone(), of: PaymentFigure::AverageDaysToPay })
        }
        CardKey::Allowance => {
            Some(FigureRef::Allowance { currency: currency.clone(), cell: AgingCell::Open })
        }
    }
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
    /// Whether the previous values are still being worked out (they follow the figures).
    comparing: bool,
) -> impl IntoView {
    let currency = cards.currency.clone();
    let locale = crate::display::locale();
    let since = crate::display::date(previous_as_of);
    // Figures the file cannot give for one reason (an open-items list gives no
    // DSO, CEI or days to pay) are said once, in one card naming them all: five
    // cards repeating a paragraph each buried the figures there are.
    let mut shared: Vec<(String, Vec<String>)> = Vec::new();
    for card in cards.cards.iter().filter(|c| c.value.value.is_none()) {
        let Some(why) = &card.value.unavailable else { continue };
        match shared.iter_mut().find(|(reason, _)| *reason == why.reason) {
            Some((_, labels)) => labels.push(card.label.clone()),
            None => shared.push((why.reason.clone(), vec![card.label.clone()])),
        }
    }
    shared.retain(|(_, labels)| labels.len() > 1);
    let grouped = |card: &arlens::overview::Card| {
        card.value.value.is_none()
            && card.value.unavailable.as_ref().is_some_and(|u| shared.iter().any(|(r, _)| *r == u.reason))
    };
    let groups = shared
        .iter()
        .enumerate()
        .map(|(i, (reason, labels))| {
            let id = format!("kpi-{currency}-unavailable-{i}");
            view! {
                <article class="kpi unavailable-group" data-testid=id>
                    <h3>{labels.join(" · ")}</h3>
                    <p class="why">{format!("Unavailable: {reason}.")}</p>
                </article>
            }
        })
        .collect_view();
    let items = cards
        .cards
        .iter()
        .filter(|card| !grouped(card))
        .map(|card| {
            let key = card.key.code();
            let id = format!("kpi-{currency}-{key}");
            let def_id = format!("{id}-definition");
            let (value, why) = match (card.value.value, &card.value.unavailable) {
                (Some(v), _) => (shown_in(v, card.unit, &currency, &locale), None),
                (None, why) => ("—".to_owned(), why.as_ref().map(|u| format!("Unavailable: {}.", u.reason))),
            };
            let change = match card.change_text_in(&currency, &locale) {
                _ if comparing && card.value.value.is_some() => format!("comparing with {since}…"),
                Some(text) => format!("{text} since {since}"),
                None if card.value.value.is_some() => format!(
                    "no comparison with {since}: {}",
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
                format!("Period: {} to {} ({} days).", crate::display::date(period.start), crate::display::date(period.end), period.days)
            } else {
                format!("At {}.", crate::display::date(period.end))
            };
            let wide = card.key == CardKey::Receivables;
            let described_by = def_id.clone();
            let value_id = format!("{id}-value");
            let value = match traced(card.key, &currency).filter(|_| card.value.value.is_some()) {
                Some(figure) => view! { <TraceLink figure=figure>{value}</TraceLink> }.into_any(),
                None => value.into_any(),
            };
            let why_id = format!("{id}-why");
            let change_id = format!("{id}-change");
            view! {
                <article class="kpi" class:wide=wide tabindex="0" aria-describedby=described_by data-testid=id>
                    <h3>{card.label.clone()}</h3>
                    <p class="value">
                        <span data-testid=value_id>{value}</span>
                        " "
                        <span class="unit">{card.value.value.map(|_| card.suffix(&currency))}</span>
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
        // A heading for the cards' own headings to sit under (seen by screen readers only).
        <h2 class="visually-hidden" id="kpis-heading">{format!("Key figures in {currency}")}</h2>
        <section class="kpis" aria-labelledby="kpis-heading" aria-busy=comparing.to_string() data-testid="kpis">
            {items}
            {groups}
        </section>
    }
}
