//! The members of the payment-behaviour figures ([`crate::figures::payments`])
//! and of recovery ([`crate::figures::recovery`]).

use super::{Context, Input, Member, PaymentFigure, RecoveryFigure, Traced, not_given};
use crate::error::Error;
use crate::figures::aging::{buckets, slot};
use crate::figures::payments::{EarlyPayment, ratio};
use crate::figures::value::{Figure, Undefined, Value, quotient};
use crate::ledger::EntryKind;
use rust_decimal::Decimal;

// Money: amounts within limits::MAX_AMOUNT times day counts, as the payment
// figures themselves compute (see payment_figures_with).
#[allow(clippy::arithmetic_side_effects)]
pub(super) fn trace(cx: &Context<'_>, of: PaymentFigure) -> Result<Traced, Error> {
    let section = &cx.report.payments;
    if let Some(why) = &section.unavailable {
        return Err(not_given("days to pay", Some(why)));
    }
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let figures = section
        .currencies
        .iter()
        .find(|p| p.currency == code)
        .ok_or_else(|| not_given(&format!("days to pay in {code}"), None))?;
    let period = &cx.report.period;
    // count, amount, days, amount × days, amount × days beyond, late count, late amount
    let mut lists: [Vec<Member>; 7] = Default::default();
    for (i, (f, paid)) in cx.facts.rows.iter().zip(cx.paid).enumerate() {
        let Some(paid) = paid.filter(|p| period.contains(*p)) else { continue };
        if f.currency != cx.currency {
            continue;
        }
        let days = (paid - f.date).num_days();
        let beyond = (paid - f.due_date).num_days();
        let counted = match cx.options.early_payment {
            EarlyPayment::AsZero => beyond.max(0),
            EarlyPayment::Negative => beyond,
        };
        let member =
            |value: Decimal, days: i64| Member { on: Some(paid), days: Some(days), ..Member::of(i, value) };
        lists[0].push(member(Decimal::ONE, days));
        lists[1].push(member(f.amount, days));
        lists[2].push(member(Decimal::from(days), days));
        lists[3].push(member(f.amount * Decimal::from(days), days));
        lists[4].push(member(f.amount * Decimal::from(counted), counted));
        if beyond > 0 {
            lists[5].push(member(Decimal::ONE, beyond));
            lists[6].push(member(f.amount, beyond));
        }
    }
    let between = format!("{} to {}", period.start, period.end);
    let [count, amount, days, amount_days, amount_beyond, late_count, late_amount] = lists;
    let count = Input::new("paidInvoices", format!("Invoices paid in full {between}"), false, count);
    let amount = Input::new("paidAmount", "Amount of the invoices paid in full".to_owned(), true, amount);
    let (n, a) = (count.total, amount.total);
    let whole = |d: Decimal| Value::from(Ok::<Decimal, Undefined>(d));
    let (label, reported, recomputed, inputs): (&str, Value, Figure, Vec<Input>) = match of {
        PaymentFigure::PaidInvoices => {
            ("Invoices paid", whole(Decimal::from(figures.paid_invoices)), Ok(n), vec![count])
        }
        PaymentFigure::PaidAmount => ("Amount paid", whole(figures.paid_amount), Ok(a), vec![amount]),
        PaymentFigure::AverageDaysToPay => {
            let days = Input::new("days", "Days to pay, summed".to_owned(), false, days);
            (
                "Average days to pay",
                figures.average_days_to_pay.clone(),
                ratio(days.total, n),
                vec![days, count],
            )
        }
        PaymentFigure::WeightedDaysToPay => {
            let weighted =
                Input::new("amountDays", "Amount × days to pay, summed".to_owned(), false, amount_days);
            (
                "Days to pay, weighted by amount",
                figures.weighted_days_to_pay.clone(),
                ratio(weighted.total, a),
                vec![weighted, amount],
            )
        }
        PaymentFigure::DaysBeyondTerms => {
            let weighted = Input::new(
                "amountBeyond",
                "Amount × days beyond terms, summed".to_owned(),
                false,
                amount_beyond,
            );
            (
                "Days beyond terms",
                figures.days_beyond_terms.clone(),
                ratio(weighted.total, a),
                vec![weighted, amount],
            )
        }
        PaymentFigure::LateInvoicesPercent => {
            let late = Input::new(
                "lateInvoices",
                "Invoices paid after their due date".to_owned(),
                false,
                late_count,
            );
            (
                "Share of invoices paid late",
                figures.late_invoices_percent.clone(),
                ratio(late.total * Decimal::ONE_HUNDRED, n),
                vec![late, count],
            )
        }
        PaymentFigure::LateAmountPercent => {
            let late =
                Input::new("lateAmount", "Amount paid after its due date".to_owned(), true, late_amount);
            (
                "Share of the amount paid late",
                figures.late_amount_percent.clone(),
                ratio(late.total * Decimal::ONE_HUNDRED, a),
                vec![late, amount],
            )
        }
    };
    Ok((format!("{label}, {code}, {between}"), reported, Value::from(recomputed), inputs))
}

// Money: sums of open and allocated amounts, as recovery_with computes them.
#[allow(clippy::arithmetic_side_effects)]
pub(super) fn recovery(cx: &Context<'_>, bucket: Option<usize>, of: RecoveryFigure) -> Result<Traced, Error> {
    let section = &cx.report.recovery;
    if let Some(why) = &section.unavailable {
        return Err(not_given("recovery rate", Some(why)));
    }
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let recovery = section
        .currencies
        .iter()
        .find(|r| r.currency == code)
        .ok_or_else(|| not_given(&format!("recovery in {code}"), None))?;
    let figures = match bucket {
        None => &recovery.total,
        Some(b) => recovery.buckets.get(b).ok_or_else(|| {
            Error::option(
                "figure",
                format!("recovery has {} buckets; there is no bucket {b}", recovery.buckets.len()),
            )
        })?,
    };
    let period = &cx.report.period;
    let start = period.opening;
    let ranges = buckets(&cx.options.aging, start)?;
    let open_before = cx.facts.open_amounts(cx.book, start);
    let mut past_due: Vec<Member> = Vec::new();
    let mut counted = vec![false; cx.facts.rows.len()];
    for (i, (f, &open)) in cx.facts.rows.iter().zip(&open_before).enumerate() {
        let days = (start - f.due_date).num_days();
        if f.currency != cx.currency || f.date > start || open <= Decimal::ZERO || days < 1 {
            continue;
        }
        if bucket.is_some_and(|b| slot(&ranges, days).unwrap_or(0) != b) {
            continue;
        }
        past_due.push(Member { days: Some(days), ..Member::of(i, open) });
        if let Some(c) = counted.get_mut(i) {
            *c = true;
        }
    }
    let (mut collected, mut credited) = (Vec::new(), Vec::new());
    for a in cx.book.allocations.iter().filter(|a| a.date.is_some_and(|d| period.contains(d))) {
        if !counted.get(a.to).copied().unwrap_or(false) {
            continue;
        }
        let from_kind = a.from.and_then(|f| cx.facts.rows.get(f)).map(|f| f.kind);
        let member =
            Member { on: a.date, settles: Some(a.to), ..Member::of(a.from.unwrap_or(a.to), a.amount) };
        match from_kind {
            Some(EntryKind::CreditNote) => credited.push(member),
            _ => collected.push(member),
        }
    }
    let between = format!("{} to {}", period.start, period.end);
    let column = bucket
        .and_then(|b| cx.report.aging.buckets.get(b).or(ranges.get(b)))
        .map(|b| format!(" ({})", b.label))
        .unwrap_or_default();
    let past_due = Input::new("pastDueAtStart", format!("Past due at {start}{column}"), true, past_due);
    let collected = Input::new("collected", format!("Paid of it {between}"), true, collected);
    let credited = Input::new("credited", format!("Credited of it {between}"), true, credited);
    let whole = |d: Decimal| Value::from(Ok::<Decimal, Undefined>(d));
    let (label, reported, recomputed, inputs) = match of {
        RecoveryFigure::Rate => {
            let rate = if past_due.total > Decimal::ZERO {
                quotient(collected.total, past_due.total, Decimal::ONE_HUNDRED)
            } else {
                Err(Undefined::NothingPastDue)
            };
            ("Recovery rate", figures.rate.clone(), rate, vec![collected, past_due])
        }
        RecoveryFigure::PastDueAtStart => {
            ("Past due at the start", whole(figures.past_due_at_start), Ok(past_due.total), vec![past_due])
        }
        RecoveryFigure::Collected => {
            ("Recovered", whole(figures.collected), Ok(collected.total), vec![collected])
        }
        RecoveryFigure::Credited => ("Credited", whole(figures.credited), Ok(credited.total), vec![credited]),
    };
    Ok((format!("{label}{column}, {code}, {between}"), reported, Value::from(recomputed), inputs))
}
