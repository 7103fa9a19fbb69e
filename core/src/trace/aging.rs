//! The members of an aging amount (see the module docs of [`super`]).

use super::{AgingCell, Context, Input, Member, Traced, not_given};
use crate::error::Error;
use crate::figures::aging::{CreditTreatment, CurrencyAging, aging_date, slot};
use crate::figures::value::Value;
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

// Money: sums and differences of open amounts within limits::MAX_AMOUNT, at most
// limits.documents of them: below Decimal::MAX.
#[allow(clippy::arithmetic_side_effects)]
pub(super) fn trace(cx: &Context<'_>, customer: Option<&str>, cell: AgingCell) -> Result<Traced, Error> {
    let aging = &cx.report.aging;
    if let Some(why) = &aging.unavailable {
        return Err(not_given("aging", Some(why)));
    }
    let buckets = aging.buckets.len();
    if let AgingCell::Bucket(b) = cell
        && b >= buckets
    {
        return Err(Error::option(
            "figure",
            format!("the aging has {buckets} buckets; there is no bucket {b}"),
        ));
    }
    let as_of = cx.report.as_of;
    let credits_column = buckets + 1;
    let open = cx.facts.open_amounts(cx.book, as_of);
    let mut accounts: FxHashMap<u32, Account> = FxHashMap::default();
    for (i, (fact, &open)) in cx.facts.rows.iter().zip(&open).enumerate() {
        if fact.currency != cx.currency || fact.date > as_of || open.is_zero() {
            continue;
        }
        if let Some(id) = customer
            && cx.book.entries.get(i).is_none_or(|e| *e.customer.id != *id)
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
    let wanted = |column: Column| match cell {
        AgingCell::NotDue => column == 0,
        AgingCell::Bucket(b) => column == 1 + b,
        AgingCell::Credits => column == credits_column,
        AgingCell::Open => true,
        AgingCell::PastDue => column > 0 && column < credits_column,
    };
    let mut members: Vec<Member> = Vec::new();
    for account in accounts.values_mut() {
        net(account, credits_column);
        for (column, list) in account.columns.iter().enumerate() {
            if wanted(column) {
                members.extend(list.iter().copied());
            }
        }
    }
    members.sort_by_key(|m| m.entry);
    let reported = reported(cx, customer, cell);
    let input = Input::new(&cell_key(cell), label(cx, customer, cell), true, members);
    let recomputed = Value::from(Ok(input.total));
    Ok((input.label.clone(), reported, recomputed, vec![input]))
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

fn cell_key(cell: AgingCell) -> String {
    cell.text()
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
        AgingCell::PastDue => c.buckets.iter().sum(),
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
    };
    let code = cx.facts.codes.get(usize::from(cx.currency)).map_or("", String::as_str);
    let who = customer
        .and_then(|id| cx.book.entries.iter().find(|e| *e.customer.id == *id))
        .map(|e| format!("{}: ", e.customer.name))
        .unwrap_or_default();
    format!("{who}{column} at {}, {code}", cx.report.as_of)
}
