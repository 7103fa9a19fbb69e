//! The reasons of a worklist row, in plain words, and the small text helpers
//! the worklist, its ladder and its drafts share.

use crate::collections::accounts::{Account, HISTORY_DAYS, OpenInvoice};
use crate::collections::risk::Risk;
use crate::collections::worklist::WorklistOptions;
use crate::figures::aging::{Bucket, slot};
use crate::money::display;
use crate::money::locale::{Locale, format_money};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

pub(crate) use crate::labels::plural;

/// `amount` with its currency's minor units, grouped, and its code: `1,200.00 USD`.
pub(crate) fn money(amount: Decimal, currency: &str) -> String {
    format!("{} {currency}", format_money(amount, currency, &Locale::EN))
}

/// A figure rounded to whole units for the reasons, half away from zero.
fn whole(value: Decimal) -> Decimal {
    display(value, 0)
}

/// The plain-words reasons of a row, before any adjustment of its step.
pub(crate) fn explain(
    a: &Account,
    risk: &Risk,
    ranges: &[Bucket],
    courtesy: &[&OpenInvoice],
    options: &WorklistOptions,
    history: bool,
) -> Vec<String> {
    let mut out = Vec::new();
    // Overdue invoices per bucket, oldest bucket first.
    let mut per_bucket: BTreeMap<usize, (usize, Decimal)> = BTreeMap::new();
    for i in a.invoices.iter().filter(|i| !i.disputed && i.days_overdue > 0) {
        if let Some(b) = slot(ranges, i.days_overdue) {
            let e = per_bucket.entry(b).or_default();
            e.0 += 1;
            e.1 += i.open;
        }
    }
    for (b, (n, amount)) in per_bucket.into_iter().rev() {
        out.push(format!(
            "{} {} days past due ({})",
            plural(n, "invoice", "invoices"),
            ranges[b].label,
            money(amount, &a.currency)
        ));
    }
    if !courtesy.is_empty() {
        let amount: Decimal = courtesy.iter().map(|i| i.open).sum();
        out.push(format!(
            "{} ({}) {} due within {} days",
            plural(courtesy.len(), "invoice", "invoices"),
            money(amount, &a.currency),
            if courtesy.len() == 1 { "falls" } else { "fall" },
            options.courtesy_days
        ));
    }
    let inputs = &risk.inputs;
    match inputs.days_late {
        None if !history => out.push("the file gives no payment history".to_owned()),
        None => out.push(format!("no invoice paid in the last {HISTORY_DAYS} days")),
        Some(days) => {
            let days = whole(days);
            let mut text = if days.is_zero() {
                "pays on time on average".to_owned()
            } else {
                format!("pays {days} {} late on average", if days == Decimal::ONE { "day" } else { "days" })
            };
            if let (Some(trend), Some(recent)) = (inputs.trend, a.recent.average_days()) {
                let recent = whole(recent);
                if trend >= Decimal::from(5) {
                    text.push_str(&format!(", getting worse ({recent} days late in the last 90 days)"));
                } else if trend <= Decimal::from(-5) {
                    text.push_str(&format!(", improving ({recent} days late in the last 90 days)"));
                }
            }
            out.push(text);
            if let Some(share) = inputs.late_share.filter(|s| !s.is_zero()) {
                out.push(format!(
                    "{}% of the amount paid in the last {HISTORY_DAYS} days was paid late",
                    whole(share * Decimal::ONE_HUNDRED)
                ));
            }
        }
    }
    if inputs.concentration >= Decimal::new(1, 1) {
        out.push(format!(
            "owes {}% of all open {} invoices",
            whole(inputs.concentration * Decimal::ONE_HUNDRED),
            a.currency
        ));
    }
    if a.disputed_overdue > Decimal::ZERO {
        let n = a.invoices.iter().filter(|i| i.disputed && i.days_overdue > 0).count();
        out.push(format!(
            "{} ({}) disputed, left out",
            plural(n, "invoice", "invoices"),
            money(a.disputed_overdue, &a.currency)
        ));
    }
    out.push(format!("risk {} ({})", whole(risk.score), risk.segment.label()));
    out
}
