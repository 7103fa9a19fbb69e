//! The report view: one page to print or save as PDF — the file and its
//! digest, the as-of date and the settings, the key figures with their
//! definitions, the aging chart and table, the largest debtors and the head of
//! the worklist. On screen it is a view like the others; in print (see the
//! `@media print` rules of `style.css`) the app's chrome is left out, every
//! table fits the page's width and each section starts clear of a page break.

use crate::charts::{AgingChart, TopDebtors};
use crate::display::{count, date, money, number};
use crate::features::aging::AgingTable;
use arlens::overview::headline::shown_in;
use arlens::{Options, Report, Summary};
use leptos::prelude::*;

/// How many worklist rows the report lists.
const WORKLIST_ROWS: usize = 15;

/// The report of `report` for `currency`.
#[component]
pub fn ReportView(
    /// The figures at the as-of date (with the customers' aging and the worklist).
    report: Report,
    /// The options it was made with.
    options: Options,
    /// What the ledger holds: the file's digest and the import's counts.
    summary: Option<Summary>,
    /// The file's name.
    file_name: String,
    /// The currency shown.
    currency: Option<String>,
) -> impl IntoView {
    let locale = crate::display::locale();
    let headline = arlens::overview::headline(&report, None);
    let cards = currency
        .clone()
        .and_then(|c| headline.currencies.iter().find(|h| h.currency == c).cloned())
        .or_else(|| headline.currencies.first().cloned());
    let shown_currency = cards.as_ref().map(|c| c.currency.clone()).or(currency);
    let facts = {
        let mut rows = vec![
            ("File", file_name),
            ("As of", format!("{} ({})", date(report.as_of), report.as_of_source.label())),
        ];
        if let Some(s) = &summary {
            rows.push(("SHA-256", s.import.sha256.clone()));
            let range =
                s.date_range.map(|r| format!(" · {} to {}", date(r.first), date(r.last))).unwrap_or_default();
            rows.push((
                "Ledger",
                format!(
                    "{} invoices · {} entries · {} rows skipped{range}",
                    count(s.invoices),
                    count(s.entries),
                    count(s.import.skipped.len())
                ),
            ));
        }
        if let Some(c) = &shown_currency {
            rows.push(("Currency shown", c.clone()));
        }
        rows.push(("Made by", format!("arlens {} in this browser; nothing was uploaded", arlens::VERSION)));
        rows.into_iter()
            .map(|(label, value)| {
                let testid = format!("report-{}", label.to_lowercase().replace([' ', '-'], ""));
                view! { <div><dt>{label}</dt><dd data-testid=testid>{value}</dd></div> }
            })
            .collect_view()
    };
    let settings = arlens::overview::settings(&report, &options, &locale)
        .into_iter()
        .map(|s| view! { <div><dt>{s.label}</dt><dd>{s.value}</dd></div> })
        .collect_view();
    let figures = cards.map(|c| {
        let currency = c.currency.clone();
        let rows = c
            .cards
            .iter()
            .map(|card| {
                let value = match (card.value.value, &card.value.unavailable) {
                    (Some(v), _) => {
                        let suffix = card.suffix(&currency);
                        let value = shown_in(v, card.unit, &currency, &locale);
                        if suffix.is_empty() { value } else { format!("{value} {suffix}") }
                    }
                    (None, why) => why.as_ref().map_or_else(|| "—".to_owned(), |u| format!("— ({})", u.reason)),
                };
                view! {
                    <tr>
                        <th scope="row">{card.label.clone()}</th>
                        <td class="num" data-testid=format!("report-kpi-{}", card.key.code())>{value}</td>
                        <td class="definition">{card.definition.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="report-section card" aria-labelledby="report-figures">
                <h3 id="report-figures">{format!("Key figures in {currency}")}</h3>
                <table class="sheet report-table">
                    <thead><tr><th scope="col">"Figure"</th><th scope="col" class="num">"Value"</th><th scope="col">"Definition"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    let aged = report.aging.unavailable.is_none();
    let aging = aged.then(|| {
        view! {
            <section class="report-section card" aria-label="Aging">
                <AgingChart aging=report.aging.clone() />
            </section>
            <section class="report-section" aria-label="Aging table">
                <AgingTable aging=report.aging.clone() />
            </section>
        }
    });
    let debtors =
        (aged && !report.aging.customers.is_empty()).then(|| shown_currency.clone()).flatten().map(|c| {
            view! {
                <section class="report-section card" aria-label="Largest debtors">
                    <TopDebtors aging=report.aging.clone() currency=c />
                </section>
            }
        });
    let worklist = (!report.worklist.rows.is_empty()).then(|| {
        let total = report.worklist.rows.len();
        let rows = report
            .worklist
            .rows
            .iter()
            .take(WORKLIST_ROWS)
            .map(|r| {
                view! {
                    <tr>
                        <td class="num">{r.rank}</td>
                        <th scope="row">{r.customer.name.to_string()}</th>
                        <td>{r.step.label()}</td>
                        <td class="num">{format!("{} {}", money(r.at_stake, &r.currency), r.currency)}</td>
                        <td class="num">{r.oldest_days.map(|d| d.to_string()).unwrap_or_else(|| "—".to_owned())}</td>
                        <td class="num">{number(r.risk_score, 0)}</td>
                    </tr>
                }
            })
            .collect_view();
        let shown = total.min(WORKLIST_ROWS);
        view! {
            <section class="report-section card report-worklist" aria-labelledby="report-worklist">
                <h3 id="report-worklist">"Collection worklist"</h3>
                <p class="hint">{format!("The first {shown} of {total} accounts, the most to gain first (amount at stake × risk).")}</p>
                <table class="sheet report-table" data-testid="report-worklist">
                    <thead>
                        <tr>
                            <th scope="col" class="num">"#"</th>
                            <th scope="col">"Customer"</th>
                            <th scope="col">"Next step"</th>
                            <th scope="col" class="num">"At stake"</th>
                            <th scope="col" class="num">"Oldest, days past due"</th>
                            <th scope="col" class="num">"Risk"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        }
    });
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <article class="report" data-testid="report" aria-labelledby="report-title">
            <section class="report-section card report-head">
                <div class="report-title">
                    <h2 id="report-title">"Accounts-receivable report"</h2>
                    <button type="button" class="no-print" data-testid="report-print" on:click=print>
                        "Print or save as PDF"
                    </button>
                </div>
                <dl class="report-facts">{facts}</dl>
                <h3>"Settings"</h3>
                <dl class="report-facts">{settings}</dl>
            </section>
            {figures}
            {aging}
            {debtors}
            {worklist}
        </article>
    }
}
