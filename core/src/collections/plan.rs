//! Payment plans: dated installments in exact minor units (cents) that never lose one.
//!
//! **Terms.** A balance `B` (in one currency), an optional down payment `D`, and
//! either a number of installments `n` or a maximum installment `M` (then `n` is
//! the smallest count whose installments fit under `M`), paid weekly, fortnightly
//! or monthly; optional interest at an annual rate `a` on the financed amount
//! `P = B − D`, and an optional fixed fee `F`.
//!
//! **Dates.** The down payment is due on the start date; the installments follow
//! one period apart, the first on the start date when there is no down payment,
//! else one period after it. Installment `k` is dated `start + k periods`
//! counted from the start each time, so month ends roll correctly: from
//! 31 January, monthly dates are 29 February (2024), 31 March, 30 April, …
//!
//! **Interest**, with the period rate `r = a / 12` (monthly), `a × 7 / 365`
//! (weekly) or `a × 14 / 365` (fortnightly):
//! * [`Interest::Flat`]: `I = P × r × n` (simple interest on the whole financed
//!   amount for the whole term);
//! * [`Interest::Amortized`]: the annuity on the declining balance,
//!   `A = P × r / (1 − (1 + r)^−n)`, `I = n × A − P`. Row `k`'s interest is
//!   `round(B × r)` on the annuity's exact balance before it,
//!   `B = A × (1 − (1 + r)^−(n − k + 1)) / r` — not on the schedule's rounded
//!   balance, whose cent differences (1 + r) would compound row after row (at
//!   high rates over long terms into negative interest: found by fuzzing). No
//!   row takes more than is left of `I`, and the last row takes what is left,
//!   so the balance ends at exactly zero.
//!
//! **Cents.** `I` is rounded once to the currency's minor units, half away
//! from zero (the one rounding of this module). The total `P + I + F` is split
//! into `n` installments that differ by at most one minor unit: each gets
//! `⌊total / n⌋` and the first `total mod n` get one unit more; interest and fee
//! are split by the same rule, and each row's principal is its amount less
//! both. So the installments sum to `P + I + F` exactly, and principals to `P`.
//!
//! ```
//! use arlens::collections::plan::{payment_plan, Frequency, Interest, PlanTerms};
//! let d = |s: &str| s.parse().unwrap();
//! let terms = PlanTerms {
//!     installments: Some(3),
//!     ..PlanTerms::new(d("100.00"), "USD", "2024-01-31".parse().unwrap())
//! };
//! let plan = payment_plan(&terms).unwrap();
//! // 100.00 / 3 = 33.33 remainder 0.01: the first installment carries the cent.
//! let rows: Vec<(String, String)> =
//!     plan.installments.iter().map(|i| (i.date.to_string(), i.amount.to_string())).collect();
//! assert_eq!(rows, [
//!     ("2024-01-31".to_owned(), "33.34".to_owned()),
//!     ("2024-02-29".to_owned(), "33.33".to_owned()),
//!     ("2024-03-31".to_owned(), "33.33".to_owned()),
//! ]);
//! ```

use crate::error::Error;
use crate::money::locale::{Locale, format_money};
use crate::money::{display, minor_units, normalize};
use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How often installments fall due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Frequency {
    /// Every 7 days.
    Weekly,
    /// Every 14 days.
    Fortnightly,
    /// Every calendar month (the default).
    #[default]
    Monthly,
}

/// Interest charged on the financed amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", tag = "method", content = "annualRate")]
#[non_exhaustive]
pub enum Interest {
    /// No interest (the default).
    #[default]
    None,
    /// Simple interest on the whole financed amount for the whole term; the
    /// annual rate as a fraction (`0.12` for 12%).
    Flat(Decimal),
    /// Annuity on the declining balance; the annual rate as a fraction.
    Amortized(Decimal),
}

/// What a payment plan is asked to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PlanTerms {
    /// The balance to spread (positive).
    pub balance: Decimal,
    /// Its ISO currency code, for the minor units (default `USD`: two decimals).
    #[serde(default = "default_currency")]
    pub currency: String,
    /// The date the plan is agreed: nothing may fall due before it.
    pub as_of: NaiveDate,
    /// The first due date (down payment, else first installment); default `as_of`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// How many installments; or give `max_installment`.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub installments: Option<u32>,
    /// The largest installment acceptable; the plan takes as few as fit.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_installment: Option<Decimal>,
    /// Weekly, fortnightly or monthly.
    #[serde(default)]
    pub frequency: Frequency,
    /// Paid on the start date, before the installments.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub down_payment: Option<Decimal>,
    /// Interest on the financed amount.
    #[serde(default)]
    pub interest: Interest,
    /// A fixed fee, spread over the installments.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee: Option<Decimal>,
}

fn default_currency() -> String {
    "USD".to_owned()
}

impl PlanTerms {
    /// Terms for `balance` starting at `as_of`, with nothing else set: give
    /// `installments` or `max_installment` before use.
    pub fn new(balance: Decimal, currency: &str, as_of: NaiveDate) -> Self {
        PlanTerms {
            balance,
            currency: currency.to_owned(),
            as_of,
            start: None,
            installments: None,
            max_installment: None,
            frequency: Frequency::default(),
            down_payment: None,
            interest: Interest::default(),
            fee: None,
        }
    }
}

/// One due payment of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Installment {
    /// 0 for the down payment, then 1, 2, …
    pub number: u32,
    /// When it falls due.
    pub date: NaiveDate,
    /// What is due.
    pub amount: Decimal,
    /// The part that repays the balance.
    pub principal: Decimal,
    /// The part that pays interest.
    pub interest: Decimal,
    /// The part that pays the fee.
    pub fee: Decimal,
    /// What remains of the balance after it.
    pub balance_after: Decimal,
}

/// A payment schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// ISO code.
    pub currency: String,
    /// The balance the plan repays.
    pub balance: Decimal,
    /// Paid on the start date.
    pub down_payment: Decimal,
    /// Balance less down payment.
    pub financed: Decimal,
    /// Total interest, rounded once.
    pub interest: Decimal,
    /// The fee.
    pub fee: Decimal,
    /// Balance + interest + fee: the sum of every row.
    pub total: Decimal,
    /// The down payment (number 0, when there is one), then the installments.
    pub installments: Vec<Installment>,
}

/// The longest plan searched for when only a maximum installment is given.
const MAX_INSTALLMENTS: u32 = 600;

fn bad(option: &str, reason: String) -> Error {
    Error::option(option, reason)
}

/// The period rate of `annual` for `frequency`.
fn period_rate(annual: Decimal, frequency: Frequency) -> Decimal {
    match frequency {
        Frequency::Weekly => annual * Decimal::from(7) / Decimal::from(365),
        Frequency::Fortnightly => annual * Decimal::from(14) / Decimal::from(365),
        Frequency::Monthly => annual / Decimal::from(12),
    }
}

/// The date `k` periods after `start`, counted from `start` (month ends clamp).
fn due_date(start: NaiveDate, frequency: Frequency, k: u32) -> Option<NaiveDate> {
    match frequency {
        Frequency::Weekly => start.checked_add_days(Days::new(7 * u64::from(k))),
        Frequency::Fortnightly => start.checked_add_days(Days::new(14 * u64::from(k))),
        Frequency::Monthly => start.checked_add_months(Months::new(k)),
    }
}

/// The annuity's installment `A = P r g / (g − 1)`, with `g = (1 + r)^n`;
/// `None` when `g` overflows.
fn annuity(financed: Decimal, r: Decimal, n: u32) -> Option<Decimal> {
    let mut growth = Decimal::ONE;
    for _ in 0..n {
        growth = growth.checked_mul(Decimal::ONE + r)?;
    }
    if growth == Decimal::ONE {
        // A rate so small that (1 + r)^n rounds to 1: no interest to the cent.
        return Some(financed / Decimal::from(n));
    }
    // g / (g − 1) first (at most 2 once g ≥ 2), so that a large g cannot
    // overflow the product (found by fuzzing).
    Some(financed * r * (growth / (growth - Decimal::ONE)))
}

/// Total interest on `financed` over `n` periods, exact (rounded by the caller).
fn interest_over(financed: Decimal, interest: Interest, frequency: Frequency, n: u32) -> Option<Decimal> {
    match interest {
        Interest::None => Some(Decimal::ZERO),
        Interest::Flat(annual) => Some(financed * period_rate(annual, frequency) * Decimal::from(n)),
        Interest::Amortized(annual) => {
            let r = period_rate(annual, frequency);
            if r.is_zero() {
                return Some(Decimal::ZERO);
            }
            // A = P r / (1 − (1 + r)^−n); I = n A − P.
            Some(annuity(financed, r, n)? * Decimal::from(n) - financed)
        }
    }
}

/// Splits `total` minor units into `n` parts differing by at most one unit, the
/// larger ones first.
fn split(total: Decimal, n: u32, unit: Decimal) -> Vec<Decimal> {
    let units = (total / unit).trunc();
    let n_dec = Decimal::from(n);
    let base = (units / n_dec).floor();
    let extra = units - base * n_dec;
    (0..n)
        .map(|k| (base + if Decimal::from(k) < extra { Decimal::ONE } else { Decimal::ZERO }) * unit)
        .collect()
}

/// Builds the schedule of `terms` (see the module docs), or says which term to change.
pub fn payment_plan(terms: &PlanTerms) -> Result<Plan, Error> {
    let digits = minor_units(&terms.currency);
    let unit = Decimal::new(1, digits);
    let cents = |d: Decimal| display(d, digits);
    let show = |d: Decimal| format_money(cents(d), &terms.currency, &Locale::EN);
    // Amounts, rates and dates within what arlens computes with exactly (see crate::limits).
    crate::limits::amount_option("balance", terms.balance)?;
    for (option, value) in
        [("maxInstallment", terms.max_installment), ("downPayment", terms.down_payment), ("fee", terms.fee)]
    {
        if let Some(value) = value {
            crate::limits::amount_option(option, value)?;
        }
    }
    if let Interest::Flat(rate) | Interest::Amortized(rate) = terms.interest
        && rate.abs() > Decimal::TEN
    {
        return Err(bad(
            "interest",
            format!("{rate} is not an annual rate arlens plans with (at most 10, that is 1,000%)"),
        ));
    }
    crate::limits::date_option("asOf", terms.as_of)?;
    if let Some(start) = terms.start {
        crate::limits::date_option("start", start)?;
    }
    if terms.balance <= Decimal::ZERO {
        return Err(bad("balance", format!("{} is not a positive balance to spread", terms.balance)));
    }
    if terms.balance != cents(terms.balance) {
        return Err(bad(
            "balance",
            format!("{} has more digits than {}'s minor units", terms.balance, terms.currency),
        ));
    }
    let start = terms.start.unwrap_or(terms.as_of);
    if start < terms.as_of {
        return Err(bad(
            "start",
            format!("{start} is before the as-of date {}: start on or after it", terms.as_of),
        ));
    }
    let down = terms.down_payment.unwrap_or_default();
    if down < Decimal::ZERO || down != cents(down) || down >= terms.balance {
        return Err(bad(
            "downPayment",
            format!(
                "{} must be a whole amount of {} from 0 up to less than the balance {}",
                down,
                terms.currency,
                show(terms.balance)
            ),
        ));
    }
    let fee = terms.fee.unwrap_or_default();
    if fee < Decimal::ZERO || fee != cents(fee) {
        return Err(bad("fee", format!("{fee} must be a whole, non-negative amount of {}", terms.currency)));
    }
    if let Interest::Flat(a) | Interest::Amortized(a) = terms.interest
        && !(Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&a)
    {
        return Err(bad("interest", format!("annual rate {a} must be a fraction from 0 (0%) to 100")));
    }
    let financed = terms.balance - down;
    let total_for = |n: u32| -> Option<(Decimal, Decimal)> {
        let interest = cents(interest_over(financed, terms.interest, terms.frequency, n)?);
        Some((interest, financed + interest + fee))
    };
    let n = match (terms.installments, terms.max_installment) {
        (Some(0), _) => return Err(bad("installments", "0 installments: give at least 1".to_owned())),
        (Some(n), _) if n > MAX_INSTALLMENTS => {
            return Err(bad("installments", format!("{n} installments: give at most {MAX_INSTALLMENTS}")));
        }
        (Some(n), _) => n,
        (None, Some(max)) if max <= Decimal::ZERO => {
            return Err(bad("maxInstallment", format!("{max} is not a positive amount")));
        }
        (None, Some(max)) => {
            let per_period = financed * period_rate(rate_of(terms.interest), terms.frequency);
            if max <= per_period {
                return Err(bad(
                    "maxInstallment",
                    format!(
                        "{} does not cover the interest of {} a period: raise it above that or lower the rate",
                        show(max),
                        show(per_period)
                    ),
                ));
            }
            (1..=MAX_INSTALLMENTS)
                .find(|&n| total_for(n).is_some_and(|(_, total)| split(total, n, unit)[0] <= max))
                .ok_or_else(|| {
                    bad(
                        "maxInstallment",
                        format!(
                            "installments of at most {} take more than {MAX_INSTALLMENTS} to repay {}: raise it",
                            show(max),
                            show(financed)
                        ),
                    )
                })?
        }
        (None, None) => {
            return Err(bad(
                "installments",
                "give the number of installments or a maximum installment".to_owned(),
            ));
        }
    };
    let (interest, total) = total_for(n).ok_or_else(|| {
        bad(
            "installments",
            format!("{n} installments at this rate overflow: fewer installments or a lower rate"),
        )
    })?;
    let amounts = split(total, n, unit);
    let interests = interest_rows(financed, interest, &amounts, terms, unit, &cents);
    let fees = split(fee, n, unit);
    let first = if down.is_zero() { 0 } else { 1 };
    let date = |k: u32| {
        due_date(start, terms.frequency, k)
            .ok_or_else(|| bad("start", format!("installment {k} after {start} is past the calendar's end")))
    };
    let mut rows = Vec::with_capacity(n as usize + 1);
    let mut balance = terms.balance;
    if !down.is_zero() {
        balance -= down;
        rows.push(Installment {
            number: 0,
            date: start,
            amount: down,
            principal: down,
            interest: Decimal::ZERO,
            fee: Decimal::ZERO,
            balance_after: balance,
        });
    }
    for k in 0..n {
        let i = k as usize;
        let principal = amounts[i] - interests[i] - fees[i];
        balance -= principal;
        rows.push(Installment {
            number: k + 1,
            date: date(k + first)?,
            amount: amounts[i],
            principal,
            interest: interests[i],
            fee: fees[i],
            balance_after: balance,
        });
    }
    let money = |d: Decimal| normalize(d, &terms.currency);
    for row in &mut rows {
        for field in
            [&mut row.amount, &mut row.principal, &mut row.interest, &mut row.fee, &mut row.balance_after]
        {
            *field = money(*field);
        }
    }
    Ok(Plan {
        currency: terms.currency.clone(),
        balance: money(terms.balance),
        down_payment: money(down),
        financed: money(financed),
        interest: money(interest),
        fee: money(fee),
        total: money(down + total),
        installments: rows,
    })
}

fn rate_of(interest: Interest) -> Decimal {
    match interest {
        Interest::Flat(a) | Interest::Amortized(a) => a,
        _ => Decimal::ZERO,
    }
}

/// Each installment's interest: an even split for flat interest; for the
/// annuity, `round(B × r)` on the annuity's exact balance before the row, the
/// last row taking what is left of the total (see the module docs).
fn interest_rows(
    financed: Decimal,
    total_interest: Decimal,
    amounts: &[Decimal],
    terms: &PlanTerms,
    unit: Decimal,
    cents: &dyn Fn(Decimal) -> Decimal,
) -> Vec<Decimal> {
    let n = amounts.len() as u32;
    let Interest::Amortized(annual) = terms.interest else {
        return split(total_interest, n, unit);
    };
    let r = period_rate(annual, terms.frequency);
    if r.is_zero() {
        return split(total_interest, n, unit);
    }
    let Some(a) = annuity(financed, r, n) else {
        return split(total_interest, n, unit);
    };
    // v^j for j = 1 ..= n, with v = 1 / (1 + r); B_(k−1) × r = A (1 − v^(n−k+1)).
    let v = Decimal::ONE / (Decimal::ONE + r);
    let mut powers = Vec::with_capacity(amounts.len());
    let mut power = Decimal::ONE;
    for _ in 0..n {
        power *= v;
        powers.push(power);
    }
    let mut left = total_interest;
    let mut out = Vec::with_capacity(amounts.len());
    for k in 0..amounts.len() {
        let interest = if k + 1 == amounts.len() {
            left
        } else {
            cents(a * (Decimal::ONE - powers[amounts.len() - 1 - k])).min(left)
        };
        left -= interest;
        out.push(interest);
    }
    out
}
