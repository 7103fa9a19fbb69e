//! How customers paid: days to pay, days beyond terms, the share paid late.

use crate::widgets::MoneyCell;
use crate::widgets::TraceLink;
use crate::widgets::figure_cell;
use arlens::figures::payments::PaymentFigures;
use arlens::trace::{FigureRef, PaymentFigure as Y};
use leptos::prelude::*;

/// Payment behaviour per currency for invoices paid in the period.
#[component]
pub fn PaymentsTable(
    /// Figures per currency.
    payments: Vec<PaymentFigures>,
) -> impl IntoView {
    let rows = payments
        .into_iter()
        .map(|p| {
            let figure = |of| FigureRef::Payments { currency: p.currency.clone(), of };
            let cell = |name: &str, value: &arlens::figures::value::Value, suffix, of| {
                figure_cell(format!("pay-{}-{name}", p.currency), value, suffix, Some(figure(of)))
            };
            view! {
                <tr>
                    <th scope="row">{p.currency.clone()}</th>
                    <td class="num" data-testid=format!("pay-{}-count", p.currency)>
                        <TraceLink figure=figure(Y::PaidInvoices)>{p.paid_invoices}</TraceLink>
                    </td>
                    <MoneyCell amount=p.paid_amount currency=p.currency.clone() testid=format!("pay-{}-amount", p.currency) figure=figure(Y::PaidAmount) />
                    {cell("adp", &p.average_days_to_pay, "", Y::AverageDaysToPay)}
                    {cell("wadp", &p.weighted_days_to_pay, "", Y::WeightedDaysToPay)}
                    {cell("dbt", &p.days_beyond_terms, "", Y::DaysBeyondTerms)}
                    {cell("late", &p.late_invoices_percent, "%", Y::LateInvoicesPercent)}
                    {cell("lateAmount", &p.late_amount_percent, "%", Y::LateAmountPercent)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card">
            <h2>"How customers paid"</h2>
            <p class="hint">
                "Invoices fully paid in the period. Days beyond terms are weighted by amount; early payment counts as 0."
            </p>
            <table class="sheet" data-testid="payments-table">
                <thead>
                    <tr>
                        <th>"Currency"</th>
                        <th class="num">"Invoices paid"</th>
                        <th class="num">"Amount paid"</th>
                        <th class="num">"Days to pay"</th>
                        <th class="num">"Days to pay (weighted)"</th>
                        <th class="num">"Days beyond terms"</th>
                        <th class="num">"Paid late"</th>
                        <th class="num">"Amount paid late"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
