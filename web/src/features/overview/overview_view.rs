//! The overview view.

use super::{Consolidated, KpiCards};
use crate::charts::{AgingChart, TopDebtors, TrendChart};
use crate::features::aging::UnavailableList;
use arlens::Report;
use arlens::figures::dso::CeiVariant;
use arlens::overview::headline;
use leptos::prelude::*;

/// The overview of `report` for `currency`, compared with `previous`.
#[component]
pub fn Overview(
    /// The figures at the as-of date.
    report: Report,
    /// The same analysis at the end of the previous period, when it could be made.
    previous: Option<Report>,
    /// Whether the previous period's figures are still being worked out.
    comparing: bool,
    /// The currency shown.
    currency: Option<String>,
    /// The CEI variant in force (the consolidation recomputes the CEI with it).
    cei: CeiVariant,
) -> impl IntoView {
    let headline = headline(&report, previous.as_ref());
    let cards = currency
        .clone()
        .and_then(|c| headline.currencies.iter().find(|h| h.currency == c).cloned())
        .or_else(|| headline.currencies.first().cloned());
    let aged = report.aging.unavailable.is_none();
    let debtors = (aged && !report.aging.customers.is_empty())
        .then(|| currency.clone().map(|c| view! { <TopDebtors aging=report.aging.clone() currency=c /> }))
        .flatten();
    let aging = aged.then(|| view! { <AgingChart aging=report.aging.clone() /> });
    let trend = report
        .trend
        .is_available()
        .then(|| view! { <TrendChart trend=report.trend.currencies.clone() currency=currency.clone() /> });
    let several = report.aging.currencies.len() > 1 || report.dso.currencies.len() > 1;
    let consolidated = several.then(|| view! { <Consolidated report=report.clone() cei=cei /> });
    view! {
        {cards.map(|c| view! { <KpiCards cards=c period=headline.period previous_as_of=headline.previous_as_of comparing=comparing /> })}
        <div class="charts">
            {aging}
            {debtors}
        </div>
        {trend}
        {consolidated}
        <UnavailableList items=report.unavailable.clone() />
    }
}
