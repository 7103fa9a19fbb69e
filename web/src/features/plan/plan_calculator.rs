//! Spread a balance over installments: dated, exact to the cent, explained.

use crate::widgets::Choice;
use crate::widgets::MoneyCell;
use arlens::collections::plan::{Frequency, Interest, Plan, PlanTerms, payment_plan};
use arlens::money::locale::{parse_amount_input, parse_percent_input};
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Which interest method the form asks for; its rate is typed apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum InterestKind {
    None,
    Flat,
    Amortized,
}

/// What the form holds, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Form {
    balance: String,
    currency: String,
    installments: String,
    frequency: Frequency,
    interest: InterestKind,
    rate: String,
    down: String,
    start: String,
}

/// The plan of the form at `as_of`, or what to correct.
fn compute(form: &Form, as_of: NaiveDate) -> Result<Plan, String> {
    // Amounts and the rate as typed, in any common style, read by the core.
    let amount = |text: &str, what: &str| -> Result<Option<Decimal>, String> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        parse_amount_input(text, &crate::display::locale()).map(Some).map_err(|e| format!("{what}: {e}"))
    };
    let balance = amount(&form.balance, "Balance")?.ok_or("Balance: give the amount to spread")?;
    let installments = form
        .installments
        .trim()
        .parse::<u32>()
        .map_err(|_| format!("Installments: {:?} is not a whole number", form.installments))?;
    let rate = match form.rate.trim() {
        "" => None,
        text => Some(
            parse_percent_input(text, &crate::display::locale()).map_err(|e| format!("Annual rate: {e}"))?,
        ),
    };
    let interest = match (form.interest, rate) {
        (InterestKind::Flat, Some(rate)) => Interest::Flat(rate),
        (InterestKind::Amortized, Some(rate)) => Interest::Amortized(rate),
        (InterestKind::None, _) | (_, None) => Interest::None,
    };
    let frequency = form.frequency;
    let start = match form.start.trim() {
        "" => None,
        text => Some(text.parse::<NaiveDate>().map_err(|_| format!("Start: {text:?} is not a date"))?),
    };
    let terms = PlanTerms {
        installments: Some(installments),
        frequency,
        interest,
        down_payment: amount(&form.down, "Down payment")?,
        start,
        ..PlanTerms::new(balance, form.currency.trim(), as_of)
    };
    payment_plan(&terms).map_err(|e| e.to_string())
}

/// The calculator: a form and the schedule it gives.
#[component]
pub fn PlanCalculator(
    /// The date plans are agreed at (the report's as-of date).
    as_of: Memo<NaiveDate>,
) -> impl IntoView {
    let form = RwSignal::new(Form {
        balance: "1200.00".to_owned(),
        currency: "USD".to_owned(),
        installments: "6".to_owned(),
        frequency: Frequency::Monthly,
        interest: InterestKind::None,
        rate: String::new(),
        down: String::new(),
        start: String::new(),
    });
    let field =
        |name: &'static str, label: &'static str, get: fn(&Form) -> String, set: fn(&mut Form, String)| {
            view! {
                <label>
                    {label}
                    <input
                        data-testid=format!("plan-{name}")
                        prop:value=move || form.with(get)
                        on:input=move |ev| form.update(|f| set(f, event_target_value(&ev)))
                    />
                </label>
            }
        };
    let schedule = move || match compute(&form.get(), as_of.get()) {
        Err(message) => view! { <p class="error" data-testid="plan-error">{message}</p> }.into_any(),
        Ok(plan) => {
            let rows = plan
                .installments
                .iter()
                .map(|i| {
                    let number = if i.number == 0 { "down".to_owned() } else { i.number.to_string() };
                    view! {
                        <tr>
                            <td class="num">{number}</td>
                            <td>{crate::display::date(i.date)}</td>
                            <MoneyCell amount=i.amount currency=plan.currency.clone() testid=format!("plan-row-{}", i.number) />
                            <MoneyCell amount=i.principal currency=plan.currency.clone() testid=format!("plan-principal-{}", i.number) />
                            <MoneyCell amount=i.interest currency=plan.currency.clone() testid=format!("plan-interest-{}", i.number) />
                            <MoneyCell amount=i.balance_after currency=plan.currency.clone() testid=format!("plan-balance-{}", i.number) />
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <p data-testid="plan-total">
                    {format!(
                        "Total {} {} = balance {} + interest {} + fee {}.",
                        crate::display::money(plan.total, &plan.currency),
                        plan.currency,
                        crate::display::money(plan.balance, &plan.currency),
                        crate::display::money(plan.interest, &plan.currency),
                        crate::display::money(plan.fee, &plan.currency),
                    )}
                </p>
                <table class="sheet" data-testid="plan-table">
                    <thead>
                        <tr>
                            <th class="num">"#"</th>
                            <th>"Due"</th>
                            <th class="num">"Amount"</th>
                            <th class="num">"Principal"</th>
                            <th class="num">"Interest"</th>
                            <th class="num">"Balance after"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        }
    };
    view! {
        <section class="card">
            <h2>"Payment plan"</h2>
            <p class="hint">
                "Installments differ by at most one cent (the first ones carry the extra cents); monthly dates keep the start's day, or the month's last day. Flat interest: balance × rate × term. Amortised: the annuity on the declining balance."
            </p>
            <div class="plan-form">
                {field("balance", "Balance ", |f| f.balance.clone(), |f, v| f.balance = v)}
                {field("currency", "Currency ", |f| f.currency.clone(), |f, v| f.currency = v)}
                {field("installments", "Installments ", |f| f.installments.clone(), |f, v| f.installments = v)}
                <Choice
                    label="Every"
                    testid="plan-frequency"
                    options=&[(Frequency::Monthly, "month"), (Frequency::Fortnightly, "two weeks"), (Frequency::Weekly, "week")]
                    on_change=Callback::new(move |v| form.update(|f| f.frequency = v))
                />
                <Choice
                    label="Interest"
                    testid="plan-interest"
                    options=&[(InterestKind::None, "none"), (InterestKind::Flat, "flat"), (InterestKind::Amortized, "amortised")]
                    on_change=Callback::new(move |v| form.update(|f| f.interest = v))
                />
                {field("rate", "Annual rate % ", |f| f.rate.clone(), |f, v| f.rate = v)}
                {field("down", "Down payment ", |f| f.down.clone(), |f, v| f.down = v)}
                {field("start", "Start (YYYY-MM-DD) ", |f| f.start.clone(), |f, v| f.start = v)}
            </div>
            {schedule}
        </section>
    }
}
