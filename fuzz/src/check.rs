//! The properties every target asserts on what the core returns — cheap enough
//! to run on every input, and exact (no tolerance: money is `Decimal`).

use arlens::collections::plan::{Plan, PlanTerms};
use arlens::trace::{AgingCell, FigureRef, PeriodFigure};
use arlens::{Error, Ledger, Options, Report};
use rust_decimal::Decimal;

/// A refusal must say what is wrong: a message, never an empty one.
pub fn error(error: &Error) {
    assert!(!error.to_string().trim().is_empty(), "an error without a message: {error:?}");
}

/// An opened ledger: every reconciliation line balances (file = imported +
/// excluded + skipped), and its analysis at the default options holds
/// ([`report`]) or is a located error.
pub fn ledger(ledger: &Ledger) {
    for column in &ledger.summary().import.reconciliation {
        for line in &column.currencies {
            assert!(
                line.balances(),
                "the reconciliation of {} in {} does not balance: {line:?}",
                column.column,
                line.currency
            );
        }
    }
    match ledger.analyze(&Options::default()) {
        Ok(report) => self::report(&report),
        Err(e) => error(&e),
    }
}

/// A report's aging: per currency, Not due + Σ buckets + credits = the open
/// total, and the customers' rows add up to the currency's, column by column.
pub fn report(report: &Report) {
    let aging = &report.aging;
    for c in &aging.currencies {
        let columns = c.not_due + c.buckets.iter().copied().sum::<Decimal>() + c.credits;
        assert_eq!(
            columns, c.open_total,
            "{}: the aging's columns do not add up to its open total",
            c.currency
        );
        let rows: Vec<_> = aging.customers.iter().filter(|r| r.aging.currency == c.currency).collect();
        let sum = |f: &dyn Fn(&arlens::figures::aging::CurrencyAging) -> Decimal| {
            rows.iter().map(|r| f(&r.aging)).sum::<Decimal>()
        };
        assert_eq!(sum(&|a| a.open_total), c.open_total, "{}: customers' open totals", c.currency);
        assert_eq!(sum(&|a| a.not_due), c.not_due, "{}: customers' not due", c.currency);
        assert_eq!(sum(&|a| a.credits), c.credits, "{}: customers' credits", c.currency);
        for (i, bucket) in c.buckets.iter().enumerate() {
            assert_eq!(
                sum(&|a| a.buckets.get(i).copied().unwrap_or_default()),
                *bucket,
                "{}: customers' bucket {i}",
                c.currency
            );
        }
    }
}

/// The open total, each aging column and the DSO of every currency list their
/// members: each input is the sum of its members and the figure recomputed
/// from the inputs is the report's.
pub fn traces(ledger: &Ledger, report: &Report, options: &Options) {
    for c in &report.aging.currencies {
        let currency = || c.currency.clone();
        let mut figures: Vec<FigureRef> = [AgingCell::Open, AgingCell::NotDue, AgingCell::Credits]
            .into_iter()
            .chain((0..report.aging.buckets.len()).map(AgingCell::Bucket))
            .map(|cell| FigureRef::Aging { currency: currency(), customer: None, cell })
            .collect();
        figures.push(FigureRef::Period { currency: currency(), of: PeriodFigure::Dso });
        figures.push(FigureRef::Period { currency: currency(), of: PeriodFigure::Cei });
        for figure in figures {
            match ledger.trace(report, options, &figure) {
                Ok(trace) => {
                    for input in &trace.inputs {
                        let members: Decimal = input.members.iter().map(|m| m.value).sum();
                        assert_eq!(input.total, members, "{figure}: an input is not the sum of its members");
                    }
                    assert!(
                        trace.reconciles(),
                        "{figure}: reported {:?}, recomputed {:?}",
                        trace.reported,
                        trace.recomputed
                    );
                }
                Err(e) => error(&e),
            }
        }
    }
}

/// A payment plan: its rows add up to its total (balance + interest + fee),
/// their principal to the balance, their interest and fees to the plan's; each
/// row is principal + interest + fee; dates strictly increase from the as-of
/// date on; nothing is owed after the last row.
pub fn plan(terms: &PlanTerms, plan: &Plan) {
    let rows = &plan.installments;
    let sum = |f: fn(&arlens::collections::plan::Installment) -> Decimal| rows.iter().map(f).sum::<Decimal>();
    assert_eq!(plan.total, plan.balance + plan.interest + plan.fee, "total");
    assert_eq!(sum(|i| i.amount), plan.total, "rows vs total");
    assert_eq!(sum(|i| i.principal), plan.balance, "principal vs balance");
    assert_eq!(sum(|i| i.interest), plan.interest, "interest");
    assert_eq!(sum(|i| i.fee), plan.fee, "fee");
    for i in rows {
        assert_eq!(i.amount, i.principal + i.interest + i.fee, "row {}", i.number);
        assert!(i.interest >= Decimal::ZERO, "row {}: negative interest", i.number);
        assert!(i.date >= terms.as_of, "row {} falls due before the as-of date", i.number);
    }
    assert!(rows.windows(2).all(|w| w[0].date < w[1].date), "dates do not increase");
    if let Some(last) = rows.last() {
        assert_eq!(last.balance_after, Decimal::ZERO, "owed after the last row");
    }
}
