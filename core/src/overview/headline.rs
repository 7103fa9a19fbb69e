//! The headline figures an overview shows first, per currency: each with its
//! definition, its value at the as-of date, its value at the end of the
//! previous period and the change between them.
//!
//! | Card | Definition |
//! |---|---|
//! | Receivables | open total at the as-of date: not due + Σ aging buckets + credits ([`crate::figures::aging`]) |
//! | Overdue | Σ aging buckets: open balances past due at the as-of date |
//! | Overdue % | overdue / (not due + overdue) × 100; credits are left out of both |
//! | DSO, best possible DSO, average days delinquent, CEI | the period's figures ([`crate::figures::dso`]) |
//! | Average days to pay | invoices paid in the period ([`crate::figures::payments`]) |
//! | Allowance | Σ open balance × loss rate per bucket ([`crate::figures::allowance`]) |
//!
//! **Previous period.** The comparison is the same analysis at the day before
//! the period starts ([`Period::opening`]), with the same options: for the
//! default one-month period ending 2024-03-31, the figures at 2024-02-29.
//! The change is `value − previous`, exact; it has no value when either has
//! none (the reason is the current value's, else the previous one's).

use crate::figures::period::Period;
use crate::figures::value::{Unavailable, Undefined, Value, difference, quotient};
use crate::report::Report;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What a card's number measures, for formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    /// An amount in the card's currency.
    Money,
    /// Days.
    Days,
    /// Percent.
    Percent,
}

/// Which figure a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum CardKey {
    /// Open total at the as-of date.
    Receivables,
    /// Σ aging buckets.
    Overdue,
    /// Overdue as a share of positive open balances.
    OverduePercent,
    /// Period-end DSO.
    Dso,
    /// Best possible DSO.
    BestPossibleDso,
    /// DSO − best possible DSO.
    AverageDaysDelinquent,
    /// Collection Effectiveness Index.
    Cei,
    /// Average days to pay of invoices paid in the period.
    AverageDaysToPay,
    /// Bad-debt allowance.
    Allowance,
}

impl CardKey {
    /// Every card, in the order an overview shows them.
    pub const ALL: [CardKey; 9] = [
        CardKey::Receivables,
        CardKey::Overdue,
        CardKey::OverduePercent,
        CardKey::Dso,
        CardKey::BestPossibleDso,
        CardKey::AverageDaysDelinquent,
        CardKey::Cei,
        CardKey::AverageDaysToPay,
        CardKey::Allowance,
    ];

    /// The key as it is serialised (`overduePercent`), for ids and test ids.
    pub fn code(self) -> &'static str {
        match self {
            CardKey::Receivables => "receivables",
            CardKey::Overdue => "overdue",
            CardKey::OverduePercent => "overduePercent",
            CardKey::Dso => "dso",
            CardKey::BestPossibleDso => "bestPossibleDso",
            CardKey::AverageDaysDelinquent => "averageDaysDelinquent",
            CardKey::Cei => "cei",
            CardKey::AverageDaysToPay => "averageDaysToPay",
            CardKey::Allowance => "allowance",
        }
    }

    /// The card's title.
    pub fn label(self) -> &'static str {
        match self {
            CardKey::Receivables => "Receivables",
            CardKey::Overdue => "Overdue",
            CardKey::OverduePercent => "Overdue %",
            CardKey::Dso => "DSO",
            CardKey::BestPossibleDso => "Best possible DSO",
            CardKey::AverageDaysDelinquent => "Average days delinquent",
            CardKey::Cei => "CEI",
            CardKey::AverageDaysToPay => "Average days to pay",
            CardKey::Allowance => "Allowance",
        }
    }

    /// The figure's definition in plain words.
    pub fn definition(self) -> &'static str {
        match self {
            CardKey::Receivables => "Everything open at the as-of date: not due + overdue + credits.",
            CardKey::Overdue => "Open balances past their due date at the as-of date (the aging buckets).",
            CardKey::OverduePercent => "Overdue ÷ (not due + overdue) × 100; credits are left out.",
            CardKey::Dso => {
                "Days sales outstanding: receivables at the as-of date ÷ credit sales in the period × days in the period."
            }
            CardKey::BestPossibleDso => {
                "Receivables not yet due ÷ credit sales in the period × days in the period: the DSO if everyone paid on time."
            }
            CardKey::AverageDaysDelinquent => "DSO − best possible DSO: the days that late payment adds.",
            CardKey::Cei => {
                "Collection effectiveness index: (receivables at the start + sales − receivables at the end) ÷ (receivables at the start + sales − current receivables) × 100."
            }
            CardKey::AverageDaysToPay => {
                "Invoices paid in the period: average of the days from invoice date to the date they were paid in full."
            }
            CardKey::Allowance => "Bad-debt allowance: open balance × loss rate, per aging column.",
        }
    }

    /// What the number measures.
    pub fn unit(self) -> Unit {
        match self {
            CardKey::Receivables | CardKey::Overdue | CardKey::Allowance => Unit::Money,
            CardKey::OverduePercent | CardKey::Cei => Unit::Percent,
            _ => Unit::Days,
        }
    }

    /// Whether the figure covers the period (rather than being a balance at the as-of date).
    pub fn covers_period(self) -> bool {
        matches!(
            self,
            CardKey::Dso
                | CardKey::BestPossibleDso
                | CardKey::AverageDaysDelinquent
                | CardKey::Cei
                | CardKey::AverageDaysToPay
        )
    }
}

/// One figure of one currency, now and at the end of the previous period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Card {
    /// Which figure.
    pub key: CardKey,
    /// Its title.
    pub label: String,
    /// Its definition.
    pub definition: String,
    /// What it measures.
    pub unit: Unit,
    /// At the as-of date.
    pub value: Value,
    /// At the end of the previous period.
    pub previous: Value,
    /// `value − previous`.
    pub change: Value,
}

/// The cards of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct CurrencyHeadline {
    /// ISO code.
    pub currency: String,
    /// One per [`CardKey::ALL`], in that order.
    pub cards: Vec<Card>,
}

/// The headline of a report against the previous period's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Headline {
    /// The period the period figures cover.
    pub period: Period,
    /// The date the previous figures are at ([`Period::opening`]).
    pub previous_as_of: chrono::NaiveDate,
    /// Per currency, sorted by code.
    pub currencies: Vec<CurrencyHeadline>,
}

/// The headline of `report`, compared with `previous` (the same analysis at
/// `report.period.opening`; `None` when it could not be made, which leaves
/// every previous value and change without one).
pub fn headline(report: &Report, previous: Option<&Report>) -> Headline {
    let mut codes: Vec<&str> = report
        .aging
        .currencies
        .iter()
        .map(|c| c.currency.as_str())
        .chain(report.dso.currencies.iter().map(|c| c.quantities.currency.as_str()))
        .chain(report.payments.currencies.iter().map(|c| c.currency.as_str()))
        .chain(report.given_aging.iter().flat_map(|g| g.currencies.iter().map(|c| c.currency.as_str())))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let currencies = codes
        .into_iter()
        .map(|code| CurrencyHeadline {
            currency: code.to_owned(),
            cards: CardKey::ALL
                .iter()
                .map(|&key| {
                    let value = figure(report, code, key);
                    let previous = previous
                        .map_or_else(|| unavailable(Undefined::HistoryTooShort), |p| figure(p, code, key));
                    let change = change(&value, &previous);
                    Card {
                        key,
                        label: key.label().to_owned(),
                        definition: key.definition().to_owned(),
                        unit: key.unit(),
                        value,
                        previous,
                        change,
                    }
                })
                .collect(),
        })
        .collect();
    Headline { period: report.period, previous_as_of: report.period.opening, currencies }
}

fn unavailable(code: Undefined) -> Value {
    Value { value: None, unavailable: Some(code.into()) }
}

fn known(value: Decimal) -> Value {
    Value { value: Some(value), unavailable: None }
}

/// A section's reason, else "the ledger does not reach back far enough" for a
/// currency the section has no figures for (at an earlier date, a currency
/// whose first document is later).
fn missing(section: Option<&Unavailable>) -> Value {
    Value {
        value: None,
        unavailable: Some(section.cloned().unwrap_or_else(|| Undefined::HistoryTooShort.into())),
    }
}

/// `key`'s value for `currency` in `report`.
fn figure(report: &Report, currency: &str, key: CardKey) -> Value {
    let aging = || {
        report
            .aging
            .currencies
            .iter()
            .find(|c| c.currency == currency)
            .ok_or_else(|| missing(report.aging.unavailable.as_ref()))
    };
    let dso = || {
        report
            .dso
            .currencies
            .iter()
            .find(|c| c.quantities.currency == currency)
            .ok_or_else(|| missing(report.dso.unavailable.as_ref()))
    };
    let result = match key {
        CardKey::Receivables => match (aging(), &report.given_aging) {
            (Err(_), Some(given)) => given
                .currencies
                .iter()
                .find(|c| c.currency == currency)
                .map(|c| known(c.total))
                .ok_or_else(|| missing(None)),
            (a, _) => a.map(|a| known(a.open_total)),
        },
        CardKey::Overdue => aging().and_then(|a| overdue(&a.buckets).map(known).map_err(unavailable)),
        CardKey::OverduePercent => aging().map(|a| overdue_percent(a.not_due, &a.buckets).into()),
        CardKey::Dso => dso().map(|d| d.dso.clone()),
        CardKey::BestPossibleDso => dso().map(|d| d.best_possible_dso.clone()),
        CardKey::AverageDaysDelinquent => dso().map(|d| d.average_days_delinquent.clone()),
        CardKey::Cei => dso().map(|d| d.cei.clone()),
        CardKey::AverageDaysToPay => report
            .payments
            .currencies
            .iter()
            .find(|c| c.currency == currency)
            .map(|p| p.average_days_to_pay.clone())
            .ok_or_else(|| missing(report.payments.unavailable.as_ref())),
        CardKey::Allowance => report
            .allowance
            .currencies
            .iter()
            .find(|c| c.currency == currency)
            .map(|a| known(a.total))
            .ok_or_else(|| missing(report.allowance.unavailable.as_ref())),
    };
    result.unwrap_or_else(|why| why)
}

/// Σ buckets, exact.
fn overdue(buckets: &[Decimal]) -> Result<Decimal, Undefined> {
    buckets.iter().try_fold(Decimal::ZERO, |sum, b| sum.checked_add(*b).ok_or(Undefined::BeyondExact))
}

/// `overdue / (not_due + overdue) × 100`; undefined when nothing positive is open.
pub fn overdue_percent(not_due: Decimal, buckets: &[Decimal]) -> Result<Decimal, Undefined> {
    let late = overdue(buckets)?;
    let open = not_due.checked_add(late).ok_or(Undefined::BeyondExact)?;
    if open <= Decimal::ZERO {
        return Err(Undefined::NoReceivables);
    }
    quotient(late, open, Decimal::ONE_HUNDRED)
}

/// `value − previous`, or why not.
fn change(value: &Value, previous: &Value) -> Value {
    match (value.value, previous.value) {
        // Exact, at the scale of its inputs (money keeps its cents: `-400.00`).
        (Some(v), Some(p)) => difference(v, p).map_or_else(unavailable, known),
        _ => Value {
            value: None,
            unavailable: value.unavailable.clone().or_else(|| previous.unavailable.clone()),
        },
    }
}

/// `value` as a card shows it (English number style): money with its
/// currency's minor units, days and percent to one decimal (`73.9%`).
pub fn shown(value: Decimal, unit: Unit, currency: &str) -> String {
    shown_in(value, unit, currency, &crate::money::locale::Locale::EN)
}

/// [`shown`], in `locale`'s number style (`73,9%` in `de`).
pub fn shown_in(value: Decimal, unit: Unit, currency: &str, locale: &crate::money::locale::Locale) -> String {
    use crate::money::locale::{format_money, format_number};
    match unit {
        Unit::Money => format_money(value, currency, locale),
        Unit::Days => format_number(value, 1, locale),
        Unit::Percent => format!("{}%", format_number(value, 1, locale)),
    }
}

impl Card {
    /// The unit written after the number: the currency, `days`, or nothing for percent.
    pub fn suffix(&self, currency: &str) -> String {
        match self.unit {
            Unit::Money => currency.to_owned(),
            Unit::Days => "days".to_owned(),
            Unit::Percent => String::new(),
        }
    }

    /// The change as shown, signed and with its unit: `+13.50 USD`, `−162.8 days`,
    /// `−7.6 points` (a change of a percentage is in percentage points), and
    /// `no change` when it rounds to nothing as shown (never `−0.0`); `None`
    /// when there is no change to show.
    pub fn change_text(&self, currency: &str) -> Option<String> {
        self.change_text_in(currency, &crate::money::locale::Locale::EN)
    }

    /// [`Card::change_text`], in `locale`'s number style.
    pub fn change_text_in(&self, currency: &str, locale: &crate::money::locale::Locale) -> Option<String> {
        use crate::money::locale::format_number;
        let c = self.change.value?;
        let decimals = match self.unit {
            Unit::Money => crate::money::minor_units(currency),
            Unit::Days | Unit::Percent => 1,
        };
        if crate::money::display(c, decimals).is_zero() {
            return Some("no change".to_owned());
        }
        let sign = if c > Decimal::ZERO { "+" } else { "−" };
        let magnitude = c.abs();
        Some(match self.unit {
            Unit::Percent => format!("{sign}{} points", format_number(magnitude, 1, locale)),
            unit => {
                format!("{sign}{} {}", shown_in(magnitude, unit, currency, locale), self.suffix(currency))
            }
        })
    }
}
