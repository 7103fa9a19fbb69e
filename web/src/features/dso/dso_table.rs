//! One row per currency: receivables, sales, collections and the DSO family over
//! the period; an undefined figure shows its reason, never a zero.

use crate::widgets::MoneyCell;
use crate::widgets::figure_cell;
use arlens::figures::dso::PeriodFigures;
use arlens::figures::period::Period;
use arlens::figures::value::Value;
use arlens::labels::figure;
use arlens::trace::{FigureRef, PeriodFigure as P};
use leptos::prelude::*;

/// The DSO table.
#[component]
pub fn DsoTable(
    /// The period the figures cover.
    period: Period,
    /// Figures per currency.
    figures: Vec<PeriodFigures>,
) -> impl IntoView {
    let rows = figures
        .into_iter()
        .map(|f| {
            let q = &f.quantities;
            let figure = |of| FigureRef::Period { currency: q.currency.clone(), of };
            let cell = |name: &str, value: &Value, suffix, of| {
                figure_cell(format!("dso-{}-{name}", q.currency), value, suffix, Some(figure(of)))
            };
            view! {
                <tr>
                    <th scope="row">{q.currency.clone()}</th>
                    <MoneyCell amount=q.ar_end currency=q.currency.clone() testid=format!("dso-{}-ar", q.currency) figure=figure(P::ArEnd) />
                    <MoneyCell amount=q.credit_sales currency=q.currency.clone() testid=format!("dso-{}-sales", q.currency) figure=figure(P::CreditSales) />
                    <MoneyCell amount=q.collections currency=q.currency.clone() testid=format!("dso-{}-collections", q.currency) figure=figure(P::Collections) />
                    {cell("dso", &f.dso, "", P::Dso)}
                    {cell("bpdso", &f.best_possible_dso, "", P::BestPossibleDso)}
                    {cell("add", &f.average_days_delinquent, "", P::AverageDaysDelinquent)}
                    {cell("countback", &f.countback_dso, "", P::CountbackDso)}
                    {cell("cei", &f.cei, "%", P::Cei)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"DSO and collection effectiveness"</h2>
            <p class="hint">
                "Period " {crate::display::date(period.start)} " to " {crate::display::date(period.end)} " (" {period.days}
                " days). DSO = receivables ÷ net credit sales × days; best possible DSO uses what is not yet due; CEI (CRF) = collected ÷ collectible."
            </p>
            <table class="sheet" data-testid="dso-table">
                <thead>
                    <tr>
                        <th>"Currency"</th>
                        <th class="num">"Receivables"</th>
                        <th class="num">"Net credit sales"</th>
                        <th class="num">"Collections"</th>
                        <th class="num">{figure("dso")}</th>
                        <th class="num">{figure("bestPossibleDso")}</th>
                        <th class="num">{figure("averageDaysDelinquent")}</th>
                        <th class="num">{figure("countbackDso")}</th>
                        <th class="num">{figure("cei")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
