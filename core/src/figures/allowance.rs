//! Bad-debt allowance by the percentage-of-receivables (aging schedule) method.
//!
//! `allowance = Σ_c balance_c × rate_c` over the aging columns `c` (Not due,
//! then each bucket) of a currency at the as-of date; credits carry no
//! allowance. Rates are percentages, one per column, set by the caller from its
//! own loss history. Without them arlens uses an **illustrative default table**
//! keyed on the first day of each column:
//!
//! | column starts at (days past due) | rate |
//! |---|---|
//! | Not due | 1% |
//! | 1–30 | 2% |
//! | 31–60 | 5% |
//! | 61–90 | 10% |
//! | 91–120 | 25% |
//! | 121 and over | 50% |
//!
//! in the range of published examples (Penn State ACCTG 211: 1%, 1.5%, 5%, 50%;
//! IFRS 9 provision matrices such as finlearnhub's 1.5% at 1–30 days to 10.8%
//! over 90). It is a starting point to replace, not an estimate of anyone's
//! losses: the report says when the default is in use. Amounts are exact, shown
//! with at least the currency's minor units ([`normalize`]; round for display).
//! With [`crate::figures::aging::CreditTreatment::NetPerCustomer`] it applies to the
//! netted columns.

use crate::error::Error;
use crate::figures::aging::{Aging, Bucket};
use crate::money::normalize;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The allowance of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Allowance {
    /// ISO code.
    pub currency: String,
    /// Loss rate per column (Not due, then each bucket), percent.
    pub rates: Vec<Decimal>,
    /// `balance × rate / 100` per column, exact.
    pub amounts: Vec<Decimal>,
    /// Σ of the amounts.
    pub total: Decimal,
    /// Whether the rates are the illustrative default table.
    pub default_rates: bool,
}

/// The default rate, percent, of a column starting `from_days` past due (`None`: Not due).
pub fn default_rate(from_days: Option<i64>) -> Decimal {
    let percent = match from_days {
        None => 1,
        Some(..=30) => 2,
        Some(31..=60) => 5,
        Some(61..=90) => 10,
        Some(91..=120) => 25,
        Some(_) => 50,
    };
    Decimal::from(percent)
}

/// The rates to use with `buckets`: `rates` checked, else the default table.
pub fn loss_rates(rates: Option<&[Decimal]>, buckets: &[Bucket]) -> Result<Vec<Decimal>, Error> {
    let Some(rates) = rates else {
        return Ok(std::iter::once(None)
            .chain(buckets.iter().map(|b| Some(b.from_days)))
            .map(default_rate)
            .collect());
    };
    if rates.len() != buckets.len().saturating_add(1) {
        return Err(Error::option(
            "lossRates",
            format!(
                "{} rates given; {} are needed, one for Not due and one per bucket ({})",
                rates.len(),
                buckets.len().saturating_add(1),
                buckets.iter().map(|b| b.label.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    if let Some(bad) = rates.iter().find(|r| **r < Decimal::ZERO || **r > Decimal::ONE_HUNDRED) {
        return Err(Error::option("lossRates", format!("{bad} is not a percentage between 0 and 100")));
    }
    Ok(rates.to_vec())
}

/// The allowance of every currency of `aging` (see the module docs).
// Money: balances are sums of amounts within limits::MAX_AMOUNT (at most 2 × 10^22)
// and rates at most 100 (checked by `loss_rates`): products below Decimal::MAX.
#[allow(clippy::arithmetic_side_effects)]
pub fn allowances(aging: &Aging, rates: Option<&[Decimal]>) -> Result<Vec<Allowance>, Error> {
    let table = loss_rates(rates, &aging.buckets)?;
    Ok(aging
        .currencies
        .iter()
        .map(|c| {
            let balances: Vec<Decimal> =
                std::iter::once(c.not_due).chain(c.buckets.iter().copied()).collect();
            let money = |d: Decimal| normalize(d.normalize(), &c.currency);
            let amounts: Vec<Decimal> =
                balances.iter().zip(&table).map(|(b, r)| money(b * r / Decimal::ONE_HUNDRED)).collect();
            Allowance {
                currency: c.currency.clone(),
                rates: table.clone(),
                total: money(amounts.iter().sum()),
                amounts,
                default_rates: rates.is_none(),
            }
        })
        .collect())
}

/// Bad-debt allowance by the percentage-of-receivables method:
/// `Σ_b balance_b × rate_b`, pairing each bucket's balance with its loss rate.
///
/// Source: Penn State ACCTG 211: 18,000·1% + 5,000·1.5% + 2,000·5% + 200·50% = 455.
///
/// ```
/// use arlens::figures::allowance::allowance;
/// let d = |s: &str| s.parse().unwrap();
/// let balances = [d("18000"), d("5000"), d("2000"), d("200")];
/// let rates = [d("0.01"), d("0.015"), d("0.05"), d("0.50")];
/// assert_eq!(allowance(&balances, &rates), d("455"));
/// ```
///
/// Balances of a ledger read by arlens (sums of amounts within
/// [`crate::limits::MAX_AMOUNT`]) and rates up to 1 cannot overflow.
// Money: see the precondition above.
#[allow(clippy::arithmetic_side_effects)]
pub fn allowance(balances: &[Decimal], rates: &[Decimal]) -> Decimal {
    balances.iter().zip(rates).map(|(b, r)| b * r).sum()
}
