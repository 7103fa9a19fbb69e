//! The members of the DSO family, the CEI and their inputs (see [`crate::figures::dso`]).

use super::{Context, Input, Member, PeriodFigure, Traced, not_given};
use crate::error::Error;
use crate::figures::dso::{
    MonthSales, average_ar_dso, average_days_delinquent, best_possible_dso, cei, countback_dso,
    monthly_sales_with, period_end_dso, turnover,
};
use crate::figures::period::{Period, month_index};
use crate::figures::value::{Figure, Value};
use crate::ledger::EntryKind;
use rust_decimal::Decimal;

/// The inputs of [`crate::figures::dso::Quantities`], by name.
struct Quantities {
    ar_begin: Input,
    ar_end: Input,
    ar_current: Input,
    sales: Input,
    collections: Input,
}

fn quantities(cx: &Context<'_>, period: &Period) -> Quantities {
    let open_before = cx.facts.open_amounts(cx.book, period.opening);
    let open_end = cx.facts.open_amounts(cx.book, period.end);
    let mut q: [Vec<Member>; 5] = Default::default();
    let rows = cx.facts.rows.iter().zip(open_before.iter().zip(&open_end)).enumerate();
    for (i, (f, (&before, &end))) in rows.filter(|(_, (f, _))| f.currency == cx.currency) {
        if f.date <= period.opening && !before.is_zero() {
            q[0].push(Member::of(i, before));
        }
        if f.date <= period.end && !end.is_zero() {
            q[1].push(Member::of(i, end));
            if end > Decimal::ZERO && f.due_date >= period.end {
                q[2].push(Member::of(i, end));
            }
        }
        if period.contains(f.date) {
            match f.kind {
                EntryKind::Payment => q[4].push(Member::of(i, -f.amount)),
                _ => q[3].push(Member::of(i, f.amount)),
            }
        }
    }
    let [ar_begin, ar_end, ar_current, sales, collections] = q;
    let between = format!("{} to {}", period.start, period.end);
    Quantities {
        ar_begin: Input::new(
            "arBegin",
            format!("Receivables at {} (the day before the period)", period.opening),
            true,
            ar_begin,
        ),
        ar_end: Input::new("arEnd", format!("Receivables at {}", period.end), true, ar_end),
        ar_current: Input::new(
            "arCurrent",
            format!("Receivables not yet due at {}", period.end),
            true,
            ar_current,
        ),
        sales: Input::new("creditSales", format!("Credit sales {between}"), true, sales),
        collections: Input::new("collections", format!("Collections {between}"), true, collections),
    }
}

/// The credit sales of each month the count-back walk reads, newest first, as
/// inputs, with the months' sales and days.
// Money: sums within what the monthly sales sum; months inside i32 (see month_index).
#[allow(clippy::arithmetic_side_effects)]
fn months_read(cx: &Context<'_>, ar_end: Decimal) -> (Vec<Input>, Vec<MonthSales>) {
    let as_of = cx.report.as_of;
    let all = monthly_sales_with(cx.facts, as_of).swap_remove(usize::from(cx.currency));
    let mut read: Vec<MonthSales> = Vec::new();
    let mut remaining = ar_end;
    for month in &all {
        if remaining <= Decimal::ZERO {
            break;
        }
        read.push(*month);
        if month.sales <= Decimal::ZERO || remaining < month.sales {
            break;
        }
        remaining -= month.sales;
    }
    let newest = month_index(as_of);
    let mut members: Vec<Vec<Member>> = vec![Vec::new(); read.len()];
    for (i, f) in cx.facts.rows.iter().enumerate() {
        if f.currency != cx.currency || f.kind == EntryKind::Payment || f.date > as_of {
            continue;
        }
        let back = usize::try_from(newest - month_index(f.date)).unwrap_or(usize::MAX);
        if let Some(list) = members.get_mut(back) {
            list.push(Member::of(i, f.amount));
        }
    }
    let inputs = members
        .into_iter()
        .enumerate()
        .map(|(back, list)| {
            let month = crate::figures::period::month_start(newest - back as i32);
            let key = format!("sales{}", month.format("%Y-%m"));
            Input::new(&key, format!("Credit sales in {}", month.format("%Y-%m")), true, list)
        })
        .collect();
    (inputs, read)
}

pub(super) fn trace(cx: &Context<'_>, of: PeriodFigure) -> Result<Traced, Error> {
    let section = &cx.report.dso;
    if let Some(why) = &section.unavailable {
        return Err(not_given("DSO or CEI", Some(why)));
    }
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let figures = section
        .currencies
        .iter()
        .find(|p| p.quantities.currency == code)
        .ok_or_else(|| not_given(&format!("DSO in {code}"), None))?;
    let period = &cx.report.period;
    let days = period.days;
    let q = quantities(cx, period);
    let (b, e, c, s) = (q.ar_begin.total, q.ar_end.total, q.ar_current.total, q.sales.total);
    let amount = |d: Decimal| Value::from(Ok::<Decimal, crate::figures::value::Undefined>(d));
    let (label, reported, recomputed, inputs): (&str, Value, Figure, Vec<Input>) = match of {
        PeriodFigure::Dso => {
            ("DSO", figures.dso.clone(), period_end_dso(e, s, days), vec![q.ar_end, q.sales])
        }
        PeriodFigure::AverageArDso => (
            "Average-AR DSO",
            figures.average_ar_dso.clone(),
            average_ar_dso(b, e, s, days),
            vec![q.ar_begin, q.ar_end, q.sales],
        ),
        PeriodFigure::BestPossibleDso => (
            "Best possible DSO",
            figures.best_possible_dso.clone(),
            best_possible_dso(c, s, days),
            vec![q.ar_current, q.sales],
        ),
        PeriodFigure::AverageDaysDelinquent => (
            "Average days delinquent",
            figures.average_days_delinquent.clone(),
            average_days_delinquent(period_end_dso(e, s, days), best_possible_dso(c, s, days)),
            vec![q.ar_end, q.ar_current, q.sales],
        ),
        PeriodFigure::Turnover => {
            ("AR turnover", figures.turnover.clone(), turnover(s, b, e), vec![q.ar_begin, q.ar_end, q.sales])
        }
        PeriodFigure::Cei => (
            "Collection Effectiveness Index",
            figures.cei.clone(),
            cei(b, s, period.months, e, c, cx.options.cei),
            vec![q.ar_begin, q.sales, q.ar_end, q.ar_current],
        ),
        PeriodFigure::CountbackDso => {
            let (months, read) = months_read(cx, e);
            let mut inputs = vec![q.ar_end];
            inputs.extend(months);
            ("Count-back DSO", figures.countback_dso.clone(), countback_dso(e, &read), inputs)
        }
        PeriodFigure::ArBegin => {
            ("Receivables at the start", amount(figures.quantities.ar_begin), Ok(b), vec![q.ar_begin])
        }
        PeriodFigure::ArEnd => ("Receivables", amount(figures.quantities.ar_end), Ok(e), vec![q.ar_end]),
        PeriodFigure::ArCurrent => {
            ("Current receivables", amount(figures.quantities.ar_current), Ok(c), vec![q.ar_current])
        }
        PeriodFigure::CreditSales => {
            ("Credit sales", amount(figures.quantities.credit_sales), Ok(s), vec![q.sales])
        }
        PeriodFigure::Collections => (
            "Collections",
            amount(figures.quantities.collections),
            Ok(q.collections.total),
            vec![q.collections],
        ),
    };
    let label = format!("{label}, {code}, {} to {}", period.start, period.end);
    Ok((label, reported, Value::from(recomputed), inputs))
}

/// A figure of one month of the trend ([`crate::figures::trend`]): the month is
/// a period of its own (its first day to its last, or to the as-of date), with
/// `N = 1` for the CEI.
pub(super) fn month(cx: &Context<'_>, month: &str, of: PeriodFigure) -> Result<Traced, Error> {
    let section = &cx.report.trend;
    if let Some(why) = &section.unavailable {
        return Err(not_given("monthly trend", Some(why)));
    }
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let figures = section
        .currencies
        .iter()
        .find(|t| t.currency == code)
        .and_then(|t| t.months.iter().find(|m| m.month == month))
        .ok_or_else(|| not_given(&format!("month {month} in {code}"), None))?;
    let period = Period {
        start: figures.start,
        end: figures.end,
        opening: figures.start.pred_opt().unwrap_or(figures.start),
        days: figures.days,
        months: 1,
    };
    let q = quantities(cx, &period);
    let (b, e, c, s) = (q.ar_begin.total, q.ar_end.total, q.ar_current.total, q.sales.total);
    let amount = |d: Decimal| Value::from(Ok::<Decimal, crate::figures::value::Undefined>(d));
    let days = period.days;
    let (label, reported, recomputed, inputs): (&str, Value, Figure, Vec<Input>) = match of {
        PeriodFigure::Dso => {
            ("DSO", figures.dso.clone(), period_end_dso(e, s, days), vec![q.ar_end, q.sales])
        }
        PeriodFigure::BestPossibleDso => (
            "Best possible DSO",
            figures.best_possible_dso.clone(),
            best_possible_dso(c, s, days),
            vec![q.ar_current, q.sales],
        ),
        PeriodFigure::Cei => (
            "Collection Effectiveness Index",
            figures.cei.clone(),
            cei(b, s, 1, e, c, cx.options.cei),
            vec![q.ar_begin, q.sales, q.ar_end, q.ar_current],
        ),
        PeriodFigure::ArBegin => {
            ("Receivables at the start", amount(figures.ar_begin), Ok(b), vec![q.ar_begin])
        }
        PeriodFigure::ArEnd => ("Receivables", amount(figures.ar_end), Ok(e), vec![q.ar_end]),
        PeriodFigure::ArCurrent => {
            ("Current receivables", amount(figures.ar_current), Ok(c), vec![q.ar_current])
        }
        PeriodFigure::CreditSales => ("Credit sales", amount(figures.sales), Ok(s), vec![q.sales]),
        PeriodFigure::Collections => {
            ("Collections", amount(figures.collections), Ok(q.collections.total), vec![q.collections])
        }
        _ => {
            return Err(Error::option(
                "figure",
                "a month of the trend has DSO, best possible DSO, CEI and their inputs (arBegin, arEnd, \
                 arCurrent, creditSales, collections)",
            ));
        }
    };
    let label = format!("{label}, {code}, {month} ({} to {})", period.start, period.end);
    Ok((label, reported, Value::from(recomputed), inputs))
}
