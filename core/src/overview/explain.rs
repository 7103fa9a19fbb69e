//! A consolidated figure explained: which per-currency amounts it converts,
//! at which rate, and what each became — so that a consolidated figure can be
//! followed to the per-currency figures, and through their traces
//! ([`crate::trace`]) to the documents.
//!
//! A consolidated sum is the sum of its parts' converted amounts, each part a
//! figure of one currency (a column of its aging, its allowance, a quantity of
//! its DSO) converted and rounded as [`super::consolidate()`] does. Past due and
//! the open total convert column by column, as the consolidation does. A ratio
//! lists the sums its formula reads and is recomputed from their totals by the
//! same function as the consolidated one ([`Explanation::recomputed`]).

use super::consolidate::{ConsolidationOptions, Converter, consolidate};
use super::headline::overdue_percent;
use crate::error::Error;
use crate::figures::dso::{CeiVariant, average_days_delinquent, best_possible_dso, cei, period_end_dso};
use crate::figures::value::Value;
use crate::money::normalize;
use crate::report::Report;
use crate::trace::{AgingCell, FigureRef, PeriodFigure};
use rust_decimal::Decimal;
use serde::Serialize;

/// One currency's figure in a consolidated sum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Part {
    /// The figure in its own currency, as a trace names it.
    pub figure: FigureRef,
    /// Its currency.
    pub currency: String,
    /// The figure's amount in that currency.
    pub amount: Decimal,
    /// Units of the reporting currency per unit of `currency`.
    pub rate: Decimal,
    /// `amount × rate`, rounded to the reporting currency's minor units half away from zero.
    pub converted: Decimal,
}

/// A sum of converted amounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConvertedSum {
    /// Its stable name: `notDue`, `b0`, `credits`, `open`, `pastDue`, `allowance`,
    /// `arBegin`, `arEnd`, `arCurrent`, `creditSales`.
    pub key: String,
    /// In plain words.
    pub label: String,
    /// Its parts, by currency then column.
    pub parts: Vec<Part>,
    /// Σ of the parts' converted amounts, at the reporting currency's minor units.
    pub total: Decimal,
}

/// A consolidated figure with the sums it reads (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// The figure, in the reporting currency.
    pub figure: FigureRef,
    /// Its sums.
    pub sums: Vec<ConvertedSum>,
    /// The figure recomputed from the sums' totals.
    pub recomputed: Value,
    /// The figure as [`consolidate`] gives it.
    pub reported: Value,
}

impl Explanation {
    /// Whether the figure recomputed from its sums is the consolidated one.
    pub fn reconciles(&self) -> bool {
        self.recomputed == self.reported
    }
}

/// Explains the consolidated `figure` (named with the reporting currency): an
/// aging column, past due, the open total, the past-due share, the allowance
/// total, or period-end DSO, best possible DSO, average days delinquent or the
/// CEI. Refuses, naming the figure, any other figure, one whose section is not
/// available, and what [`consolidate`] refuses.
pub fn explain(
    report: &Report,
    options: &ConsolidationOptions,
    variant: CeiVariant,
    figure: &FigureRef,
) -> Result<Explanation, Error> {
    let consolidated = consolidate(report, options, variant)?;
    let converter = Converter::new(report, options)?;
    let reporting = converter.reporting;
    let not_consolidated =
        |why: &str| Error::option("figure", format!("{figure} is not a consolidated figure: {why}"));
    if figure.currency() != reporting {
        return Err(not_consolidated(&format!("the reporting currency is {reporting}")));
    }
    let sum =
        |key: &str, label: String, parts: Vec<(FigureRef, &str, Decimal)>| -> Result<ConvertedSum, Error> {
            let mut total = Decimal::ZERO;
            let mut out = Vec::with_capacity(parts.len());
            for (figure, currency, amount) in parts {
                let converted = converter.convert(amount, currency)?;
                total = Converter::add(total, converted)?;
                out.push(Part {
                    figure,
                    currency: currency.to_owned(),
                    amount,
                    rate: converter.rate_of(currency)?,
                    converted,
                });
            }
            Ok(ConvertedSum { key: key.to_owned(), label, parts: out, total: normalize(total, reporting) })
        };
    let aging = &report.aging;
    let bucket_label =
        |i: usize| aging.buckets.get(i).map_or_else(|| format!("Bucket {i}"), |b| b.label.clone());
    // The columns of `cells` of every currency, currency by currency.
    let columns = |cells: &[AgingCell]| -> Vec<(FigureRef, &str, Decimal)> {
        let mut parts = Vec::new();
        for c in &aging.currencies {
            for cell in cells {
                let amount = match cell {
                    AgingCell::NotDue => Some(c.not_due),
                    AgingCell::Bucket(i) => c.buckets.get(*i).copied(),
                    AgingCell::Credits => Some(c.credits),
                    _ => None,
                };
                if let Some(amount) = amount {
                    let figure =
                        FigureRef::Aging { currency: c.currency.clone(), customer: None, cell: *cell };
                    parts.push((figure, c.currency.as_str(), amount));
                }
            }
        }
        parts
    };
    let buckets: Vec<AgingCell> = (0..aging.buckets.len()).map(AgingCell::Bucket).collect();
    let amount = |v: Decimal| Value { value: Some(v), unavailable: None };
    let (sums, recomputed, reported) = match figure {
        FigureRef::Aging { customer: None, cell, .. } => {
            if let Some(why) = &aging.unavailable {
                return Err(not_consolidated(&why.reason));
            }
            match cell {
                AgingCell::NotDue | AgingCell::Bucket(_) | AgingCell::Credits => {
                    let (label, reported) = match cell {
                        AgingCell::NotDue => ("Not due".to_owned(), consolidated.not_due),
                        AgingCell::Bucket(i) => (
                            bucket_label(*i),
                            consolidated
                                .buckets
                                .get(*i)
                                .copied()
                                .ok_or_else(|| not_consolidated("no such bucket"))?,
                        ),
                        _ => ("Credits".to_owned(), consolidated.credits),
                    };
                    let s = sum(&cell_key(*cell), label, columns(&[*cell]))?;
                    let total = s.total;
                    (vec![s], amount(total), amount(reported))
                }
                AgingCell::PastDue => {
                    let s = sum("pastDue", "Past due".to_owned(), columns(&buckets))?;
                    let total = s.total;
                    (vec![s], amount(total), amount(consolidated.overdue))
                }
                AgingCell::Open => {
                    let mut cells = vec![AgingCell::NotDue];
                    cells.extend(&buckets);
                    cells.push(AgingCell::Credits);
                    let s = sum("open", "Open total".to_owned(), columns(&cells))?;
                    let total = s.total;
                    (vec![s], amount(total), amount(consolidated.open_total))
                }
                AgingCell::PastDuePercent => {
                    let late = sum("pastDue", "Past due".to_owned(), columns(&buckets))?;
                    let early = sum("notDue", "Not due".to_owned(), columns(&[AgingCell::NotDue]))?;
                    let recomputed = overdue_percent(early.total, &[late.total]).into();
                    (vec![late, early], recomputed, consolidated.overdue_percent.clone())
                }
            }
        }
        FigureRef::Allowance { cell: AgingCell::Open, .. } => {
            if let Some(why) = &report.allowance.unavailable {
                return Err(not_consolidated(&why.reason));
            }
            let parts = report
                .allowance
                .currencies
                .iter()
                .map(|a| {
                    let figure = FigureRef::Allowance { currency: a.currency.clone(), cell: AgingCell::Open };
                    (figure, a.currency.as_str(), a.total)
                })
                .collect();
            let s = sum("allowance", "Allowance".to_owned(), parts)?;
            let total = s.total;
            (vec![s], amount(total), consolidated.allowance.clone())
        }
        FigureRef::Period { of, .. } => {
            if let Some(why) = &report.dso.unavailable {
                return Err(not_consolidated(&why.reason));
            }
            let p = &report.period;
            let quantity = |of: PeriodFigure| -> Result<ConvertedSum, Error> {
                let (key, label) = match of {
                    PeriodFigure::ArBegin => ("arBegin", format!("Receivables at {}", p.opening)),
                    PeriodFigure::ArEnd => ("arEnd", format!("Receivables at {}", p.end)),
                    PeriodFigure::ArCurrent => ("arCurrent", format!("Receivables not yet due at {}", p.end)),
                    _ => ("creditSales", format!("Credit sales {} to {}", p.start, p.end)),
                };
                let parts = report
                    .dso
                    .currencies
                    .iter()
                    .map(|f| {
                        let q = &f.quantities;
                        let amount = match of {
                            PeriodFigure::ArBegin => q.ar_begin,
                            PeriodFigure::ArEnd => q.ar_end,
                            PeriodFigure::ArCurrent => q.ar_current,
                            _ => q.credit_sales,
                        };
                        (FigureRef::Period { currency: q.currency.clone(), of }, q.currency.as_str(), amount)
                    })
                    .collect();
                sum(key, label, parts)
            };
            let c = &consolidated;
            match of {
                PeriodFigure::Dso => {
                    let (end, sales) = (quantity(PeriodFigure::ArEnd)?, quantity(PeriodFigure::CreditSales)?);
                    let r = period_end_dso(end.total, sales.total, p.days).into();
                    (vec![end, sales], r, c.dso.clone())
                }
                PeriodFigure::BestPossibleDso => {
                    let (current, sales) =
                        (quantity(PeriodFigure::ArCurrent)?, quantity(PeriodFigure::CreditSales)?);
                    let r = best_possible_dso(current.total, sales.total, p.days).into();
                    (vec![current, sales], r, c.best_possible_dso.clone())
                }
                PeriodFigure::AverageDaysDelinquent => {
                    let end = quantity(PeriodFigure::ArEnd)?;
                    let current = quantity(PeriodFigure::ArCurrent)?;
                    let sales = quantity(PeriodFigure::CreditSales)?;
                    let r = average_days_delinquent(
                        period_end_dso(end.total, sales.total, p.days),
                        best_possible_dso(current.total, sales.total, p.days),
                    )
                    .into();
                    (vec![end, current, sales], r, c.average_days_delinquent.clone())
                }
                PeriodFigure::Cei => {
                    let begin = quantity(PeriodFigure::ArBegin)?;
                    let sales = quantity(PeriodFigure::CreditSales)?;
                    let end = quantity(PeriodFigure::ArEnd)?;
                    let current = quantity(PeriodFigure::ArCurrent)?;
                    let r = cei(begin.total, sales.total, p.months, end.total, current.total, variant).into();
                    (vec![begin, sales, end, current], r, c.cei.clone())
                }
                _ => {
                    return Err(not_consolidated(
                        "the consolidation has DSO, best possible DSO, average days delinquent and CEI",
                    ));
                }
            }
        }
        _ => {
            return Err(not_consolidated(
                "the consolidation has the aging of each column, past due, the open total, the allowance and the DSO family",
            ));
        }
    };
    Ok(Explanation { figure: figure.clone(), sums, recomputed, reported })
}

/// The text of an aging column in a figure's name (`notDue`, `b2`, `credits`).
fn cell_key(cell: AgingCell) -> String {
    match cell {
        AgingCell::NotDue => "notDue".to_owned(),
        AgingCell::Bucket(i) => format!("b{i}"),
        _ => "credits".to_owned(),
    }
}
