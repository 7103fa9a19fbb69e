//! The members of an aging amount (see the module docs of [`super`]).

use super::{AgingCell, Context, Input, Member, Traced, not_given};
use crate::error::Error;
use crate::figures::aging::{CreditTreatment, CurrencyAging, aging_date, slot};
use crate::figures::value::{Undefined, Value, quotient};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

/// A document's column: 0 Not due, `1 + b` bucket `b`, `1 + buckets` Credits.
type Column = usize;

/// One customer's members per column, with its credits to net.
#[derive(Default)]
struct Account {
    columns: Vec<Vec<Member>>,
    credits: Vec<Member>,
}

/// The members of every column of the currency's aging at the as-of date (of
/// one customer's when `customer` is set), credits netted as the options say:
/// index 0 Not due, `1 + b` bucket `b`, `1 + buckets` Credits; each in ledger order.
// Money: sums and differences of open amounts within limits::MAX_AMOUNT, at most
// limits.documents of them: below Decimal::MAX.
#[allow(clippy::arithmetic_side_effects)]
fn columns(cx: &Context<'_>, customer: Option<&str>) -> Result<Vec<Vec<Member>>, Error> {
    let aging = &cx.report.aging;
    if let Some(why) = &aging.unavailable {
        return Err(not_given("aging", Some(why)));
    }
    let buckets = aging.buckets.len();
    let as_of = cx.report.as_of;
    let credits_column = buckets + 1;
    let open = cx.facts.open_amounts(cx.book, as_of);
    let mut accounts: FxHashMap<u32, Account> = FxHashMap::default();
    for (i, (fact, &open)) in cx.facts.rows.iter().zip(&open).enumerate() {
        if fact.currency != cx.currency || fact.date > as_of || open.is_zero() {
            continue;
        }
        if let Some(id) = customer
            && cx.book.entries.get(i).is_none_or(|e| *cx.book.customer(e).id != *id)
        {
            continue;
        }
        let days = as_of.signed_duration_since(aging_date(fact, cx.options.aging.basis)).num_days();
        let member = Member { days: Some(days), ..Member::of(i, open) };
        let account = accounts.entry(fact.account).or_default();
        account.columns.resize_with(buckets + 2, Vec::new);
        let column: Column = match slot(&aging.buckets, days) {
            _ if open < Decimal::ZERO => credits_column,
            None => 0,
            Some(b) => 1 + b,
        };
        if column == credits_column && cx.options.aging.credits == CreditTreatment::NetPerCustomer {
            account.credits.push(member);
        } else if let Some(list) = account.columns.get_mut(column) {
            list.push(member);
        }
    }
    let mut out: Vec<Vec<Member>> = vec![Vec::new(); buckets + 2];
    for account in accounts.values_mut() {
        net(account, credits_column);
        for (all, list) in out.iter_mut().zip(&account.columns) {
            all.extend(list.iter().copied());
        }
    }
    for list in &mut out {
        list.sort_by_key(|m| m.entry);
    }
    Ok(out)
}

/// Checks that `cell`'s bucket is one of the aging's.
fn check(cx: &Context<'_>, cell: AgingCell) -> Result<(), Error> {
    let buckets = cx.report.aging.buckets.len();
    match cell {
        AgingCell::Bucket(b) if b >= buckets => {
            Err(Error::option("figure", format!("the aging has {buckets} buckets; there is no bucket {b}")))
        }
        _ => Ok(()),
    }
}

/// The members of the columns `wanted` picks (by column index, see [`columns`]).
fn picked(columns: &[Vec<Member>], wanted: impl Fn(Column) -> bool) -> Vec<Member> {
    let mut out: Vec<Member> =
        columns.iter().enumerate().filter(|(c, _)| wanted(*c)).flat_map(|(_, l)| l.iter().copied()).collect();
    out.sort_by_key(|m| m.entry);
    out
}

pub(super) fn trace(cx: &Context<'_>, customer: Option<&str>, cell: AgingCell) -> Result<Traced, Error> {
    check(cx, cell)?;
    let columns = columns(cx, customer)?;
    let credits_column = columns.len().saturating_sub(1);
    let aged = |c: Column| c < credits_column;
    let past_due = |c: Column| c > 0 && c < credits_column;
    let label = label(cx, customer, cell);
    let reported = reported(cx, customer, cell);
    if cell == AgingCell::PastDuePercent {
        let late = Input::new("pastDue", "Past due".to_owned(), true, picked(&columns, past_due));
        let all = Input::new(
            "aged",
            "Not due and past due (credits left out)".to_owned(),
            true,
            picked(&columns, aged),
        );
        let recomputed = if all.total > Decimal::ZERO {
            quotient(late.total, all.total, Decimal::ONE_HUNDRED)
        } else {
            Err(Undefined::NoReceivables)
        };
        return Ok((label, reported, Value::from(recomputed), vec![late, all]));
    }
    let members = picked(&columns, |c| match cell {
        AgingCell::NotDue => c == 0,
        AgingCell::Bucket(b) => c == b.saturating_add(1),
        AgingCell::Credits => c == credits_column,
        AgingCell::Open => true,
        AgingCell::PastDue | AgingCell::PastDuePercent => past_due(c),
    });
    let input = Input::new(&cell.text(), label.clone(), true, members);
    let recomputed = Value::from(Ok(input.total));
    Ok((label, reported, recomputed, vec![input]))
}

/// The allowance of a column (Not due or a bucket) or of every column
/// ([`AgingCell::Open`]): each member's open amount × the column's loss rate ÷ 100.
// Money: open amounts × rates of at most 100, as the allowance computes them.
#[allow(clippy::arithmetic_side_effects)]
pub(super) fn allowance(cx: &Context<'_>, cell: AgingCell) -> Result<Traced, Error> {
    check(cx, cell)?;
    let section = &cx.report.allowance;
    if let Some(why) = &section.unavailable {
        return Err(not_given("allowance", Some(why)));
    }
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let allowance = section
        .currencies
        .iter()
        .find(|a| a.currency == code)
        .ok_or_else(|| not_given(&format!("allowance in {code}"), None))?;
    let columns = columns(cx, None)?;
    let names: Vec<String> = std::iter::once("Not due".to_owned())
        .chain(cx.report.aging.buckets.iter().map(|b| b.label.clone()))
        .collect();
    let (wanted, reported): (Vec<usize>, Decimal) = match cell {
        AgingCell::NotDue => (vec![0], allowance.amounts.first().copied().unwrap_or_default()),
        AgingCell::Bucket(b) => (vec![b + 1], allowance.amounts.get(b + 1).copied().unwrap_or_default()),
        AgingCell::Open => ((0..names.len()).collect(), allowance.total),
        _ => {
            return Err(Error::option("figure", "an allowance is of Not due, a bucket or the total (open)"));
        }
    };
    let inputs: Vec<Input> = wanted
        .iter()
        .map(|&c| {
            let rate = allowance.rates.get(c).copied().unwrap_or_default();
            let members = columns
                .get(c)
                .map(|l| {
                    l.iter().map(|m| Member { value: m.value * rate / Decimal::ONE_HUNDRED, ..*m }).collect()
                })
                .unwrap_or_default();
            let name = names.get(c).map_or("", String::as_str);
            Input::new(&format!("c{c}"), format!("{name} × {}%", rate.normalize()), true, members)
        })
        .collect();
    let recomputed: Decimal = inputs.iter().map(|i| i.total).sum();
    let label = format!(
        "Allowance{} at {}, {code}",
        match cell {
            AgingCell::Open => String::new(),
            _ => format!(" on {}", names.get(wanted[0]).map_or("", String::as_str)),
        },
        cx.report.as_of
    );
    Ok((label, Value::from(Ok(reported)), Value::from(Ok(recomputed)), inputs))
}

/// Applies an account's credits to its columns oldest first, then Not due, as
/// [`CreditTreatment::NetPerCustomer`] does, each applied part a member (negative)
/// of the column it offsets; what is left stays in Credits.
#[allow(clippy::arithmetic_side_effects)]
fn net(account: &mut Account, credits_column: Column) {
    if account.credits.is_empty() {
        return;
    }
    // What is left of each credit, as a positive amount.
    let mut left: Vec<(Member, Decimal)> = account.credits.drain(..).map(|m| (m, -m.value)).collect();
    let mut next = 0;
    // Oldest bucket first (credits_column − 1 down to 1), then Not due (0).
    let order = (1..credits_column).rev().chain(std::iter::once(0));
    for column in order {
        let Some(list) = account.columns.get_mut(column) else { continue };
        let mut need: Decimal = list.iter().map(|m| m.value).sum();
        while need > Decimal::ZERO {
            let Some((credit, remaining)) = left.get_mut(next) else { break };
            let part = need.min(*remaining);
            list.push(Member { value: -part, ..*credit });
            *remaining -= part;
            need -= part;
            if remaining.is_zero() {
                next += 1;
            }
        }
    }
    if let Some(credits) = account.columns.get_mut(credits_column) {
        credits
            .extend(left.into_iter().filter(|(_, r)| !r.is_zero()).map(|(m, r)| Member { value: -r, ..m }));
    }
}

/// The cell as the report gives it (zero for a customer with nothing open).
fn reported(cx: &Context<'_>, customer: Option<&str>, cell: AgingCell) -> Value {
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let aging = &cx.report.aging;
    let columns: Option<&CurrencyAging> = match customer {
        None => aging.currencies.iter().find(|c| c.currency == code),
        Some(id) => aging
            .customers
            .iter()
            .find(|c| c.aging.currency == code && *c.customer.id == *id)
            .map(|c| &c.aging),
    };
    let Some(c) = columns else { return Value::from(Ok(Decimal::ZERO)) };
    if cell == AgingCell::PastDuePercent {
        return Value::from(crate::overview::headline::overdue_percent(c.not_due, &c.buckets));
    }
    Value::from(Ok(cell_of(c, cell)))
}

/// The amount in `cell` of an aging's columns.
#[allow(clippy::arithmetic_side_effects)]
fn cell_of(c: &CurrencyAging, cell: AgingCell) -> Decimal {
    match cell {
        AgingCell::NotDue => c.not_due,
        AgingCell::Bucket(b) => c.buckets.get(b).copied().unwrap_or_default(),
        AgingCell::Credits => c.credits,
        AgingCell::Open => c.open_total,
        AgingCell::PastDue | AgingCell::PastDuePercent => c.buckets.iter().sum(),
    }
}

fn label(cx: &Context<'_>, customer: Option<&str>, cell: AgingCell) -> String {
    let aging = &cx.report.aging;
    let column = match cell {
        AgingCell::NotDue => "Not due".to_owned(),
        AgingCell::Bucket(b) => {
            let name = aging.buckets.get(b).map_or("", |b| b.label.as_str());
            match aging.periods {
                crate::figures::aging::AgingPeriods::Days => format!("{name} days past due"),
                _ => format!("Past due {name}"),
            }
        }
        AgingCell::Credits => "Credits".to_owned(),
        AgingCell::Open => "Open".to_owned(),
        AgingCell::PastDue => "Past due".to_owned(),
        AgingCell::PastDuePercent => "Past due %".to_owned(),
    };
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let who = customer
        .and_then(|id| cx.book.entries.iter().map(|e| cx.book.customer(e)).find(|c| *c.id == *id))
        .map(|c| format!("{}: ", c.name))
        .unwrap_or_default();
    format!("{who}{column} at {}, {code}", cx.report.as_of)
}
