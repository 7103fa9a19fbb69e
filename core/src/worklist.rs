//! The collection worklist: who to contact first, with which step, and why.
//!
//! **Step.** Each account with undisputed overdue invoices gets the step of the
//! [`Ladder`] its oldest undisputed overdue invoice has reached (defaults:
//! friendly reminder from 1 day past due, firm reminder from 15, call from 30,
//! payment plan from 60, collection agency from 90, legal action from 180).
//! Then, in this order: a risk segment at or above `raiseAt` (default
//! critical) raises it one step; an overdue amount under `agencyMinAmount`
//! (default 500) stops it at a call, and one under `legalMinAmount` (default
//! 10,000) stops it at a collection agency (amounts in the account's own
//! currency). An account with nothing
//! overdue but undisputed invoices falling due within `courtesyDays` (default
//! 7, due today included) gets a **courtesy reminder**. Accounts whose only
//! overdue invoices are disputed are **set apart**, never escalated. Every
//! account keeps its risk, step (if any) and reasons in [`AccountRisk`].
//!
//! **Order.** By expected value of acting, `at stake × risk score / 100`, where
//! at stake is the undisputed overdue amount (the amount falling due, for a
//! courtesy reminder); then by amount at stake, oldest item, customer id and
//! currency. Amounts in different currencies are compared as numbers: filter
//! by currency to compare like with like.
//!
//! **Suggested plan** (payment-plan step): the undisputed overdue amount in
//! monthly installments sized to what the customer paid per month over the
//! last year (its payments ÷ 12), between 2 and `planMaxMonths` (default 6)
//! installments, the first `planStartDays` (default 14) days after the as-of
//! date, without interest; see [`crate::plan`].

use crate::accounts::{Account, HISTORY_DAYS};
use crate::aging::{AgingOptions, AgingPeriods, buckets, slot};
use crate::error::Error;
use crate::ledger::{Customer, Ledger};
use crate::messages::{Draft, Sender, Templates, Tone, render};
use crate::money::{display, group_thousands, normalize};
use crate::plan::{Plan, PlanTerms, payment_plan};
use crate::risk::{Risk, RiskInputs, Segment, score};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The escalation ladder, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Step {
    /// Before the due date.
    CourtesyReminder,
    /// A first, friendly reminder.
    FriendlyReminder,
    /// A firm second reminder.
    FirmReminder,
    /// A phone call.
    Call,
    /// Offer a payment plan.
    PaymentPlan,
    /// Refer to a collection agency.
    CollectionAgency,
    /// Legal action.
    LegalAction,
}

impl Step {
    /// The step in plain words.
    pub fn label(self) -> &'static str {
        match self {
            Step::CourtesyReminder => "courtesy reminder",
            Step::FriendlyReminder => "friendly reminder",
            Step::FirmReminder => "firm reminder",
            Step::Call => "call",
            Step::PaymentPlan => "payment plan",
            Step::CollectionAgency => "collection agency",
            Step::LegalAction => "legal action",
        }
    }

    fn raised(self) -> Step {
        match self {
            Step::CourtesyReminder => Step::FriendlyReminder,
            Step::FriendlyReminder => Step::FirmReminder,
            Step::FirmReminder => Step::Call,
            Step::Call => Step::PaymentPlan,
            Step::PaymentPlan => Step::CollectionAgency,
            Step::CollectionAgency | Step::LegalAction => Step::LegalAction,
        }
    }

    /// The tone of the step's draft.
    pub fn tone(self) -> Tone {
        match self {
            Step::CourtesyReminder => Tone::Courtesy,
            Step::FriendlyReminder => Tone::Friendly,
            Step::FirmReminder | Step::Call | Step::PaymentPlan => Tone::Firm,
            Step::CollectionAgency | Step::LegalAction => Tone::FinalNotice,
        }
    }
}

/// Days past due from which each step applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct Ladder {
    /// Friendly reminder from (default 1).
    pub friendly: i64,
    /// Firm reminder from (default 15).
    pub firm: i64,
    /// Call from (default 30).
    pub call: i64,
    /// Payment plan from (default 60).
    pub plan: i64,
    /// Collection agency from (default 90).
    pub agency: i64,
    /// Legal action from (default 180).
    pub legal: i64,
}

impl Default for Ladder {
    fn default() -> Self {
        Ladder { friendly: 1, firm: 15, call: 30, plan: 60, agency: 90, legal: 180 }
    }
}

impl Ladder {
    /// The step reached `days` past due.
    pub fn step(&self, days: i64) -> Step {
        [
            (self.legal, Step::LegalAction),
            (self.agency, Step::CollectionAgency),
            (self.plan, Step::PaymentPlan),
            (self.call, Step::Call),
            (self.firm, Step::FirmReminder),
        ]
        .into_iter()
        .find(|(from, _)| days >= *from)
        .map_or(Step::FriendlyReminder, |(_, step)| step)
    }
}

/// Worklist settings (see the module docs for each default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
pub struct WorklistOptions {
    /// Days past due from which each step applies.
    pub ladder: Ladder,
    /// Invoices falling due within this many days earn a courtesy reminder.
    pub courtesy_days: u32,
    /// Accounts in this risk segment or worse are raised one step (default
    /// critical); `None`: risk never changes the step.
    pub raise_at: Option<Segment>,
    /// Below this overdue amount, no collection agency (stops at a call).
    pub agency_min_amount: Decimal,
    /// Below this overdue amount, no legal action (stops at an agency).
    pub legal_min_amount: Decimal,
    /// The longest suggested plan, in monthly installments.
    pub plan_max_months: u32,
    /// Days from the as-of date to a suggested plan's first installment.
    pub plan_start_days: u32,
    /// Days the drafts give to reply or pay.
    pub reply_days: u32,
    /// How many rows, from the top, get a draft; `None`: all.
    pub drafts: Option<usize>,
    /// Who sends the drafts.
    pub sender: Sender,
    /// The drafts' templates; `None`: the defaults of [`crate::messages`].
    pub templates: Option<Templates>,
}

impl Default for WorklistOptions {
    fn default() -> Self {
        WorklistOptions {
            ladder: Ladder::default(),
            courtesy_days: 7,
            raise_at: Some(Segment::Critical),
            agency_min_amount: Decimal::from(500),
            legal_min_amount: Decimal::from(10_000),
            plan_max_months: 6,
            plan_start_days: 14,
            reply_days: 10,
            drafts: Some(250),
            sender: Sender::default(),
            templates: None,
        }
    }
}

/// The risk of one account (every customer with something open, per currency).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct AccountRisk {
    /// The customer.
    pub customer: Customer,
    /// ISO code.
    pub currency: String,
    /// Every open amount, credits included.
    pub open_total: Decimal,
    /// The score and its parts.
    pub risk: Risk,
    /// The worklist's step for it; `None` when nothing is to be done yet or it is set apart.
    pub next_step: Option<Step>,
    /// Why, in plain words (the worklist row's reasons when it has one).
    pub reasons: Vec<String>,
}

/// One account to act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct WorklistRow {
    /// 1 for the first to act on.
    pub rank: usize,
    /// The customer.
    pub customer: Customer,
    /// ISO code.
    pub currency: String,
    /// The recommended next step.
    pub step: Step,
    /// The undisputed overdue amount (for a courtesy reminder: what falls due soon).
    pub at_stake: Decimal,
    /// Days past due of the oldest undisputed overdue invoice.
    pub oldest_days: Option<i64>,
    /// Risk score 0–100.
    pub risk_score: Decimal,
    /// Its segment.
    pub segment: Segment,
    /// `at stake × risk score / 100`, the sort key.
    pub expected_value: Decimal,
    /// Why, in plain words.
    pub reasons: Vec<String>,
    /// A suggested plan, for the payment-plan step.
    pub plan: Option<Plan>,
    /// A draft message, for the first rows (see [`WorklistOptions::drafts`]).
    pub draft: Option<Draft>,
}

/// An account whose overdue invoices are all disputed: kept off the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SetApart {
    /// The customer.
    pub customer: Customer,
    /// ISO code.
    pub currency: String,
    /// The disputed overdue amount.
    pub disputed: Decimal,
    /// Why, in plain words.
    pub reason: String,
}

/// The worklist at the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Worklist {
    /// Accounts to act on, first first.
    pub rows: Vec<WorklistRow>,
    /// Accounts kept off the ladder because what is overdue is disputed.
    pub set_apart: Vec<SetApart>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn money(amount: Decimal, currency: &str) -> String {
    format!("{} {currency}", group_thousands(normalize(amount, currency)))
}

fn whole(value: Decimal) -> Decimal {
    display(value, 0)
}

/// The risk inputs of an account; `totals` are the open invoice balances per currency.
fn risk_inputs(a: &Account, totals: &BTreeMap<String, Decimal>) -> RiskInputs {
    let total = totals.get(&a.currency).copied().unwrap_or_default();
    RiskInputs {
        days_late: a.history.average_days(),
        trend: a.recent.average_days().zip(a.earlier.average_days()).map(|(r, e)| r - e),
        late_share: a.history.late_share(),
        overdue_share: if a.open_invoices > Decimal::ZERO {
            a.overdue / a.open_invoices
        } else {
            Decimal::ZERO
        },
        oldest_days: a.oldest_days,
        concentration: if total > Decimal::ZERO { a.open_invoices / total } else { Decimal::ZERO },
    }
}

/// Risk per account and the worklist (see the module docs).
pub(crate) fn worklist(
    ledger: &Ledger,
    accounts: &[Account],
    as_of: NaiveDate,
    aging: &AgingOptions,
    options: &WorklistOptions,
    history: bool,
) -> Result<(Vec<AccountRisk>, Worklist), Error> {
    let templates = options.templates.clone().unwrap_or_default();
    templates.check()?;
    let day_ranges = buckets(&AgingOptions { periods: AgingPeriods::Days, ..aging.clone() }, as_of)?;
    let mut totals: BTreeMap<String, Decimal> = BTreeMap::new();
    for a in accounts {
        *totals.entry(a.currency.clone()).or_default() += a.open_invoices;
    }
    let mut risks = Vec::with_capacity(accounts.len());
    let mut rows = Vec::new();
    let mut set_apart = Vec::new();
    for a in accounts {
        let risk = score(&risk_inputs(a, &totals));
        let courtesy: Vec<_> = a
            .invoices
            .iter()
            .filter(|i| {
                !i.disputed && i.days_overdue <= 0 && -i.days_overdue <= i64::from(options.courtesy_days)
            })
            .collect();
        let due_soon: Decimal = courtesy.iter().map(|i| i.open).sum();
        // Changes of step after the ladder, said after the reasons.
        let mut adjustments = Vec::new();
        let chase = match a.oldest_days {
            Some(days) => {
                let mut step = options.ladder.step(days);
                if options.raise_at.is_some_and(|at| risk.segment >= at) {
                    let raised = step.raised();
                    if raised != step {
                        adjustments.push(format!(
                            "raised one step, to {}: the risk is {}",
                            raised.label(),
                            risk.segment.label()
                        ));
                    }
                    step = raised;
                }
                if step >= Step::LegalAction && a.overdue < options.legal_min_amount {
                    step = Step::CollectionAgency;
                    adjustments.push(format!(
                        "under {} overdue: a collection agency rather than legal action",
                        money(options.legal_min_amount, &a.currency)
                    ));
                }
                if step >= Step::CollectionAgency && a.overdue < options.agency_min_amount {
                    step = Step::Call;
                    adjustments.push(format!(
                        "under {} overdue: a call rather than a collection agency",
                        money(options.agency_min_amount, &a.currency)
                    ));
                }
                Some((step, a.overdue))
            }
            None if due_soon > Decimal::ZERO => Some((Step::CourtesyReminder, due_soon)),
            None => None,
        };
        let mut reasons = explain(a, &risk, &day_ranges, &courtesy, options, history);
        let next_step = match chase {
            // Nothing to chase: the account keeps its risk and says why it is off the list.
            None => {
                let lead = if a.disputed_overdue > Decimal::ZERO {
                    let n = a.invoices.iter().filter(|i| i.disputed && i.days_overdue > 0).count();
                    let reason = format!(
                        "{} ({}) overdue but disputed: resolve the dispute before chasing",
                        plural(n, "invoice", "invoices"),
                        money(a.disputed_overdue, &a.currency)
                    );
                    set_apart.push(SetApart {
                        customer: a.customer.clone(),
                        currency: a.currency.clone(),
                        disputed: normalize(a.disputed_overdue, &a.currency),
                        reason: reason.clone(),
                    });
                    reason
                } else {
                    format!("nothing overdue or due within {} days", options.courtesy_days)
                };
                reasons.insert(0, lead);
                None
            }
            Some((step, at_stake)) => {
                reasons.extend(adjustments);
                // A plan that cannot be made (an amount finer than the currency's minor
                // units) is said, not fatal: the rest of the report stands.
                let plan = match (step == Step::PaymentPlan).then(|| suggested_plan(a, as_of, options)) {
                    Some(Ok(plan)) => Some(plan),
                    Some(Err(e)) => {
                        reasons.push(format!("no plan suggested: {e}"));
                        None
                    }
                    None => None,
                };
                rows.push(WorklistRow {
                    rank: 0,
                    customer: a.customer.clone(),
                    currency: a.currency.clone(),
                    step,
                    at_stake: normalize(at_stake, &a.currency),
                    oldest_days: a.oldest_days,
                    risk_score: risk.score,
                    segment: risk.segment,
                    expected_value: (at_stake * risk.score / Decimal::ONE_HUNDRED).normalize(),
                    reasons: reasons.clone(),
                    plan,
                    draft: None,
                });
                Some(step)
            }
        };
        risks.push(AccountRisk {
            customer: a.customer.clone(),
            currency: a.currency.clone(),
            open_total: normalize(a.open_total, &a.currency),
            risk,
            next_step,
            reasons,
        });
    }
    rows.sort_by(|x, y| {
        y.expected_value
            .cmp(&x.expected_value)
            .then(y.at_stake.cmp(&x.at_stake))
            .then(y.oldest_days.cmp(&x.oldest_days))
            .then_with(|| x.customer.id.cmp(&y.customer.id))
            .then_with(|| x.currency.cmp(&y.currency))
    });
    let by_key: BTreeMap<(&str, &str), &Account> =
        accounts.iter().map(|a| ((a.currency.as_str(), &*a.customer.id), a)).collect();
    let limit = options.drafts.unwrap_or(usize::MAX);
    for (i, row) in rows.iter_mut().enumerate() {
        row.rank = i + 1;
        if i < limit {
            let account = by_key[&(row.currency.as_str(), &*row.customer.id)];
            row.draft = Some(draft(ledger, account, row, as_of, options, &templates)?);
        }
    }
    risks.sort_by(|x, y| {
        y.risk
            .score
            .cmp(&x.risk.score)
            .then_with(|| (&x.currency, &x.customer.id).cmp(&(&y.currency, &y.customer.id)))
    });
    set_apart.sort_by(|x, y| y.disputed.cmp(&x.disputed).then_with(|| x.customer.id.cmp(&y.customer.id)));
    Ok((risks, Worklist { rows, set_apart }))
}

/// The plain-words reasons of a row, before any adjustment of its step.
fn explain(
    a: &Account,
    risk: &Risk,
    ranges: &[crate::aging::Bucket],
    courtesy: &[&crate::accounts::OpenInvoice],
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

/// The suggested plan of an account (see the module docs).
fn suggested_plan(a: &Account, as_of: NaiveDate, options: &WorklistOptions) -> Result<Plan, Error> {
    let monthly = a.paid_last_year / Decimal::from(12);
    let max = options.plan_max_months.max(2);
    let n = if monthly > Decimal::ZERO {
        let needed = (a.overdue / monthly).ceil();
        needed.max(Decimal::TWO).min(Decimal::from(max)).try_into().unwrap_or(max)
    } else {
        max
    };
    payment_plan(&PlanTerms {
        installments: Some(n),
        start: Some(as_of + Days::new(u64::from(options.plan_start_days))),
        ..PlanTerms::new(normalize(a.overdue, &a.currency), &a.currency, as_of)
    })
}

/// The draft of a row, from the account's invoices.
fn draft(
    ledger: &Ledger,
    a: &Account,
    row: &WorklistRow,
    as_of: NaiveDate,
    options: &WorklistOptions,
    templates: &Templates,
) -> Result<Draft, Error> {
    let tone = row.step.tone();
    let courtesy = tone == Tone::Courtesy;
    let lines: Vec<String> = a
        .invoices
        .iter()
        .filter(|i| !i.disputed)
        .filter(|i| if courtesy { i.days_overdue <= 0 } else { i.days_overdue > 0 })
        .filter(|i| !courtesy || -i.days_overdue <= i64::from(options.courtesy_days))
        .map(|i| {
            let e = &ledger.entries[i.entry];
            let when = match i.days_overdue {
                d if d > 0 => format!("{d} {} overdue", if d == 1 { "day" } else { "days" }),
                0 => "due today".to_owned(),
                d => format!("due in {} {}", -d, if d == -1 { "day" } else { "days" }),
            };
            let number = if e.id.is_empty() { "(no number)" } else { e.id.as_str() };
            format!(
                "- Invoice {number}, dated {}, due {}: {} ({when})",
                e.date,
                e.due_date,
                money(i.open, &a.currency)
            )
        })
        .collect();
    let disputed: Vec<&str> = a
        .invoices
        .iter()
        .filter(|i| i.disputed && i.days_overdue > 0)
        .map(|i| ledger.entries[i.entry].id.as_str())
        .collect();
    let deadline = as_of + Days::new(u64::from(options.reply_days));
    let plan_text = row.plan.as_ref().map_or(String::new(), |p| {
        let first = &p.installments[0];
        format!(
            "\nIf paying in one sum is difficult, we can offer to spread the {} over {} monthly payments of {}, \
             the first on {}. Please reply to confirm.\n",
            money(p.total, &p.currency),
            p.installments.len(),
            money(first.amount, &p.currency),
            first.date
        )
    });
    let sender = &options.sender;
    let value = |key: &str| -> Option<String> {
        Some(match key {
            "customer" => a.customer.name.to_string(),
            "invoices" => lines.join("\n"),
            "total" => money(row.at_stake, &a.currency),
            "count" => lines.len().to_string(),
            "as_of" => as_of.to_string(),
            "deadline" => deadline.to_string(),
            "plan" => plan_text.clone(),
            "disputed" if disputed.is_empty() => String::new(),
            "disputed" => {
                format!("\nInvoices under discussion with you ({}) are not included.\n", disputed.join(", "))
            }
            "next_party" if row.step == Step::LegalAction => "our legal advisers".to_owned(),
            "next_party" => "a collection agency".to_owned(),
            "company" => sender.company.clone().unwrap_or_else(|| "[your company]".to_owned()),
            "contact" => sender.contact.clone().unwrap_or_else(|| "[your name, phone and email]".to_owned()),
            "payment_details" => sender
                .payment_details
                .clone()
                .unwrap_or_else(|| "[how to pay: bank account and the reference to quote]".to_owned()),
            _ => return None,
        })
    };
    let template = templates.get(tone);
    let fill = |text: &str| {
        render(text, &value)
            .map_err(|name| Error::option("templates", format!("unknown placeholder {{{name}}}")))
    };
    Ok(Draft { tone, subject: fill(&template.subject)?, body: fill(&template.body)? })
}
