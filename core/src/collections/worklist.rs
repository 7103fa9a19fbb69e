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
//! **The collection log** ([`crate::collections::log`], the `log` option): its
//! disputes set invoices apart; a pending promise holds the step at the one
//! the account had the day of the promise; a broken promise raises it one
//! step (after the risk raise, before the amount caps); a step set by hand
//! wins over all of these and says so; contacts open the drafts ("This
//! follows our e-mail of …") and show as the row's last contact.
//!
//! **Suggested plan** (payment-plan step): the undisputed overdue amount in
//! monthly installments sized to what the customer paid per month over the
//! last year (its payments ÷ 12), between 2 and `planMaxMonths` (default 6)
//! installments, the first `planStartDays` (default 14) days after the as-of
//! date, without interest; see [`crate::collections::plan`].

use crate::collections::accounts::Account;
use crate::collections::drafts::{Draft, Sender, Templates, draft_for};
use crate::collections::ladder::{Ladder, Step, next_step};
use crate::collections::log::{Known, LogEvent, PromiseState, PromiseStatus, earlier, promised};
use crate::collections::plan::{Plan, PlanTerms, payment_plan};
use crate::collections::ranking::rank;
use crate::collections::reasons::{explain, money, plural};
use crate::collections::risk::{Risk, RiskInputs, Segment, score};
use crate::error::Error;
use crate::figures::aging::{AgingOptions, AgingPeriods, buckets};
use crate::ledger::{Book, Customer};
use crate::money::normalize;
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Worklist settings (see the module docs for each default).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct WorklistOptions {
    /// Days past due from which each step applies.
    pub ladder: Ladder,
    /// Invoices falling due within this many days earn a courtesy reminder.
    pub courtesy_days: u32,
    /// Accounts in this risk segment or worse are raised one step (default
    /// critical); `None`: risk never changes the step.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub drafts: Option<usize>,
    /// Who sends the drafts.
    pub sender: Sender,
    /// The drafts' templates; `None`: the defaults of [`crate::collections::drafts`].
    #[serde(skip_serializing_if = "Option::is_none")]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<Step>,
    /// Why, in plain words (the worklist row's reasons when it has one).
    pub reasons: Vec<String>,
}

/// One account to act on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oldest_days: Option<i64>,
    /// Risk score 0–100 ([`Risk::score`], to 6 decimal places).
    pub risk_score: Decimal,
    /// Its segment.
    pub segment: Segment,
    /// `at stake × risk score / 100` in the currency's minor units (see
    /// [`expected_value`]), the sort key.
    pub expected_value: Decimal,
    /// Why, in plain words.
    pub reasons: Vec<String>,
    /// A suggested plan, for the payment-plan step.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<Plan>,
    /// A draft message, for the first rows (see [`WorklistOptions::drafts`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft: Option<Draft>,
    /// The latest logged promise to pay and where it stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub promise: Option<PromiseState>,
    /// The date of the last logged contact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_contact: Option<NaiveDate>,
    /// Whether the step was set by hand in the log (the reasons say what the ladder says).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_hand: bool,
    /// The customer's e-mail address, when the file has an e-mail column
    /// ([`Book::emails`]): the drafts' recipient.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// An account whose overdue invoices are all disputed: kept off the ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Worklist {
    /// Accounts to act on, first first.
    pub rows: Vec<WorklistRow>,
    /// Accounts kept off the ladder because what is overdue is disputed.
    pub set_apart: Vec<SetApart>,
    /// Logged events that match nothing in the ledger, in plain words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unmatched: Vec<String>,
}

/// The risk inputs of an account, each to the risk's [`DECIMALS`](crate::collections::risk::DECIMALS)
/// places; `totals` are the open invoice balances per currency.
fn risk_inputs(a: &Account, totals: &BTreeMap<String, Decimal>) -> RiskInputs {
    let total = totals.get(&a.currency).copied().unwrap_or_default();
    let round = crate::collections::risk::rounded;
    RiskInputs {
        days_late: a.history.average_days().map(round),
        trend: a.recent.average_days().zip(a.earlier.average_days()).map(|(r, e)| round(r - e)),
        late_share: a.history.late_share().map(round),
        overdue_share: if a.open_invoices > Decimal::ZERO {
            round(a.overdue / a.open_invoices)
        } else {
            Decimal::ZERO
        },
        oldest_days: a.oldest_days,
        concentration: if total > Decimal::ZERO { round(a.open_invoices / total) } else { Decimal::ZERO },
    }
}

/// `at_stake × score / 100`, an amount: rounded half away from zero to the
/// minor units of `currency` (cents for most, see [`crate::money::minor_units`]),
/// or to the places of `at_stake` when it has more.
pub fn expected_value(at_stake: Decimal, score: Decimal, currency: &str) -> Decimal {
    let places = crate::money::minor_units(currency).max(at_stake.scale());
    crate::money::normalize(crate::money::display(at_stake * score / Decimal::ONE_HUNDRED, places), currency)
}

/// Risk per account and the worklist (see the module docs).
pub(crate) fn worklist(
    ledger: &Book,
    accounts: &[Account],
    as_of: NaiveDate,
    aging: &AgingOptions,
    options: &WorklistOptions,
    history: bool,
    known: &Known<'_>,
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
        let logged = logged_step(ledger, a, &risk, due_soon, as_of, options, known);
        let (chase, adjustments) = (logged.chase, logged.adjustments);
        let mut reasons = explain(a, &risk, &day_ranges, &courtesy, options, history);
        reasons.extend(logged.disputes);
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
                reasons.extend(adjustments);
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
                    expected_value: expected_value(at_stake, risk.score, &a.currency),
                    reasons: reasons.clone(),
                    plan,
                    draft: None,
                    promise: logged.promise,
                    last_contact: logged.last_contact,
                    by_hand: logged.by_hand,
                    email: ledger.emails.get(&*a.customer.id).cloned(),
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
    rank(&mut rows);
    let by_key: BTreeMap<(&str, &str), &Account> =
        accounts.iter().map(|a| ((a.currency.as_str(), &*a.customer.id), a)).collect();
    let limit = options.drafts.unwrap_or(usize::MAX);
    for (i, row) in rows.iter_mut().enumerate() {
        let account = by_key[&(row.currency.as_str(), &*row.customer.id)];
        // A step set by hand on an account whose overdue invoices are all disputed:
        // no reminder to draft (the dispute is what to write about).
        let nothing_to_remind =
            account.oldest_days.is_none() && !account.invoices.iter().any(|i| !i.disputed);
        if i < limit && !nothing_to_remind {
            let earlier = earlier(&known.contacts(&row.customer.id));
            row.draft = Some(draft_for(ledger, account, row, as_of, options, &templates, earlier)?);
        }
    }
    risks.sort_by(|x, y| {
        y.risk
            .score
            .cmp(&x.risk.score)
            .then_with(|| (&x.currency, &x.customer.id).cmp(&(&y.currency, &y.customer.id)))
    });
    set_apart.sort_by(|x, y| y.disputed.cmp(&x.disputed).then_with(|| x.customer.id.cmp(&y.customer.id)));
    Ok((risks, Worklist { rows, set_apart, unmatched: known.unmatched.clone() }))
}

/// An account's step with its collection log taken into account.
struct Logged {
    chase: Option<(Step, Decimal)>,
    adjustments: Vec<String>,
    /// The logged disputes of its overdue invoices, in plain words.
    disputes: Vec<String>,
    promise: Option<PromiseState>,
    last_contact: Option<NaiveDate>,
    by_hand: bool,
}

/// The step of account `a` under the ladder and the collection log (see the
/// module docs and [`crate::collections::log`]).
fn logged_step(
    ledger: &Book,
    a: &Account,
    risk: &Risk,
    due_soon: Decimal,
    as_of: NaiveDate,
    options: &WorklistOptions,
    known: &Known<'_>,
) -> Logged {
    let id: &str = &a.customer.id;
    let promise = known.promise(id, &a.currency, as_of);
    let broken = promise.as_ref().filter(|p| p.status == PromiseStatus::Broken).map(|p| {
        format!(
            "{} and paid {} of it: the promise is broken",
            promised(p, &a.currency),
            money(p.paid, &a.currency)
        )
    });
    let (mut chase, mut adjustments) =
        next_step(a, a.oldest_days, risk, broken.as_deref(), due_soon, options);
    if let Some(p) = &promise {
        match p.status {
            PromiseStatus::Pending => {
                // The step the day of the promise: its days past due then (at
                // least one, the first overdue step, for a promise made before the due date).
                let then = a.oldest_days.map(|d| (d - (as_of - p.date).num_days()).max(1));
                let (held, _) = next_step(a, then, risk, None, due_soon, options);
                match (&mut chase, held) {
                    (Some((now, _)), Some((held, _))) if held < *now => {
                        adjustments.push(format!(
                            "held at {} (not {}): {}; no escalation before then",
                            held.label(),
                            now.label(),
                            promised(p, &a.currency)
                        ));
                        *now = held;
                    }
                    _ => adjustments.push(format!("{}, not yet due", promised(p, &a.currency))),
                }
            }
            PromiseStatus::Kept => {
                adjustments.push(format!("kept its promise: {}", promised(p, &a.currency)))
            }
            PromiseStatus::Broken => {}
        }
    }
    let mut by_hand = false;
    if let Some((step, date, why)) = known.set_by_hand(id) {
        let why = if why.trim().is_empty() { String::new() } else { format!(": {}", why.trim()) };
        let ladder = chase.map_or_else(|| "nothing to chase".to_owned(), |(s, _)| s.label().to_owned());
        let stake = chase
            .map(|(_, s)| s)
            .or_else(|| (a.disputed_overdue > Decimal::ZERO).then_some(a.disputed_overdue));
        match stake {
            Some(stake) => {
                chase = Some((step, stake));
                by_hand = true;
                adjustments.push(format!(
                    "set by hand to {} on {date}{why} (the ladder says {ladder})",
                    step.label()
                ));
            }
            None => adjustments.push(format!(
                "set by hand to {} on {date}, but nothing is overdue or due soon",
                step.label()
            )),
        }
    }
    let disputes = a
        .invoices
        .iter()
        .filter_map(|i| match known.disputed.get(&i.entry) {
            Some(LogEvent::Dispute { date, reason, .. }) => Some(format!(
                "invoice {} disputed in the log on {date}: {}",
                ledger.entries[i.entry].id,
                reason.trim()
            )),
            _ => None,
        })
        .collect();
    Logged {
        chase,
        adjustments,
        disputes,
        promise,
        last_contact: known.contacts(id).last().map(|(d, _)| *d),
        by_hand,
    }
}

/// The suggested plan of an account (see the module docs).
fn suggested_plan(a: &Account, as_of: NaiveDate, options: &WorklistOptions) -> Result<Plan, Error> {
    let monthly = a.paid_last_year / Decimal::from(12);
    let max = options.plan_max_months.max(2);
    // A monthly rate tiny against what is overdue (amounts with more decimal places
    // than money has) overflows the quotient: as many months as the plan allows.
    let n = match a.overdue.checked_div(monthly) {
        Some(needed) if monthly > Decimal::ZERO => {
            needed.ceil().max(Decimal::TWO).min(Decimal::from(max)).try_into().unwrap_or(max)
        }
        _ => max,
    };
    payment_plan(&PlanTerms {
        installments: Some(n),
        start: Some(as_of + Days::new(u64::from(options.plan_start_days))),
        ..PlanTerms::new(normalize(a.overdue, &a.currency), &a.currency, as_of)
    })
}
