//! The members of the DSO family, the CEI and their inputs (see [`crate::figures::dso`]).

use super::{Context, Input, Member, PeriodFigure, Traced, not_given};
use crate::error::Error;
use crate::figures::dso::{
    MonthSales, average_ar_dso, average_days_delinquent, best_possible_dso, cei, countback_dso,
    monthly_sales_with, period_end_dso, turnover,
};
use crate::figures::period::{Period, month_index};
use crate::figures::value::{Figure, Value};
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
            if f.is_collection() {
                q[4].push(Member::of(i, -f.amount));
            } else if f.is_sale() {
                q[3].push(Member::of(i, f.amount));
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
        if f.currency != cx.currency || !f.is_sale() || f.date > as_of {
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

/// The label, inputs and recomputed value of `of` over `period`, with the
/// value its table gives (`reported`; `None`: the table has no such figure).
fn over(
    cx: &Context<'_>,
    period: &Period,
    of: PeriodFigure,
    reported: Option<Value>,
) -> Option<(&'static str, Value, Figure, Vec<Input>)> {
    let reported = reported?;
    let days = period.days;
    let q = quantities(cx, period);
    let (b, e, c, s) = (q.ar_begin.total, q.ar_end.total, q.ar_current.total, q.sales.total);
    Some(match of {
        PeriodFigure::Dso => ("DSO", reported, period_end_dso(e, s, days), vec![q.ar_end, q.sales]),
        PeriodFigure::AverageArDso => {
            ("Average-AR DSO", reported, average_ar_dso(b, e, s, days), vec![q.ar_begin, q.ar_end, q.sales])
        }
        PeriodFigure::BestPossibleDso => {
            ("Best possible DSO", reported, best_possible_dso(c, s, days), vec![q.ar_current, q.sales])
        }
        PeriodFigure::AverageDaysDelinquent => (
            "Average days delinquent",
            reported,
            average_days_delinquent(period_end_dso(e, s, days), best_possible_dso(c, s, days)),
            vec![q.ar_end, q.ar_current, q.sales],
        ),
        PeriodFigure::Turnover => {
            ("AR turnover", reported, turnover(s, b, e), vec![q.ar_begin, q.ar_end, q.sales])
        }
        PeriodFigure::Cei => (
            "Collection Effectiveness Index",
            reported,
            cei(b, s, period.months, e, c, cx.options.cei),
            vec![q.ar_begin, q.sales, q.ar_end, q.ar_current],
        ),
        PeriodFigure::CountbackDso => {
            let (months, read) = months_read(cx, e);
            let mut inputs = vec![q.ar_end];
            inputs.extend(months);
            ("Count-back DSO", reported, countback_dso(e, &read), inputs)
        }
        PeriodFigure::ArBegin => ("Receivables at the start", reported, Ok(b), vec![q.ar_begin]),
        PeriodFigure::ArEnd => ("Receivables", reported, Ok(e), vec![q.ar_end]),
        PeriodFigure::ArCurrent => ("Current receivables", reported, Ok(c), vec![q.ar_current]),
        PeriodFigure::CreditSales => ("Credit sales", reported, Ok(s), vec![q.sales]),
        PeriodFigure::Collections => ("Collections", reported, Ok(q.collections.total), vec![q.collections]),
    })
}

/// An amount as a figure's value.
fn amount(d: Decimal) -> Value {
    Value::from(Ok::<Decimal, crate::figures::value::Undefined>(d))
}

pub(super) fn trace(cx: &Context<'_>, of: PeriodFigure) -> Result<Traced, Error> {
    let section = &cx.report.dso;
    if let Some(why) = &section.unavailable {
        return Err(not_given("DSO or CEI", Some(why)));
    }
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let f = section
        .currencies
        .iter()
        .find(|p| p.quantities.currency == code)
        .ok_or_else(|| not_given(&format!("DSO in {code}"), None))?;
    let q = &f.quantities;
    let reported = match of {
        PeriodFigure::Dso => f.dso.clone(),
        PeriodFigure::AverageArDso => f.average_ar_dso.clone(),
        PeriodFigure::BestPossibleDso => f.best_possible_dso.clone(),
        PeriodFigure::AverageDaysDelinquent => f.average_days_delinquent.clone(),
        PeriodFigure::CountbackDso => f.countback_dso.clone(),
        PeriodFigure::Turnover => f.turnover.clone(),
        PeriodFigure::Cei => f.cei.clone(),
        PeriodFigure::ArBegin => amount(q.ar_begin),
        PeriodFigure::ArEnd => amount(q.ar_end),
        PeriodFigure::ArCurrent => amount(q.ar_current),
        PeriodFigure::CreditSales => amount(q.credit_sales),
        PeriodFigure::Collections => amount(q.collections),
    };
    let period = &cx.report.period;
    let (label, reported, recomputed, inputs) =
        over(cx, period, of, Some(reported)).ok_or_else(|| not_given("this figure", None))?;
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
    let m = section
        .currencies
        .iter()
        .find(|t| t.currency == code)
        .and_then(|t| t.months.iter().find(|m| m.month == month))
        .ok_or_else(|| not_given(&format!("month {month} in {code}"), None))?;
    let reported = match of {
        PeriodFigure::Dso => Some(m.dso.clone()),
        PeriodFigure::BestPossibleDso => Some(m.best_possible_dso.clone()),
        PeriodFigure::Cei => Some(m.cei.clone()),
        PeriodFigure::ArBegin => Some(amount(m.ar_begin)),
        PeriodFigure::ArEnd => Some(amount(m.ar_end)),
        PeriodFigure::ArCurrent => Some(amount(m.ar_current)),
        PeriodFigure::CreditSales => Some(amount(m.sales)),
        PeriodFigure::Collections => Some(amount(m.collections)),
        _ => None,
    };
    let period = Period {
        start: m.start,
        end: m.end,
        opening: m.start.pred_opt().unwrap_or(m.start),
        days: m.days,
        months: 1,
    };
    let (label, reported, recomputed, inputs) = over(cx, &period, of, reported).ok_or_else(|| {
        Error::option(
            "figure",
            "a month of the trend has DSO, best possible DSO, CEI and their inputs (arBegin, arEnd, \
             arCurrent, creditSales, collections)",
        )
    })?;
    let label = format!("{label}, {code}, {month} ({} to {})", period.start, period.end);
    Ok((label, reported, Value::from(recomputed), inputs))
}
