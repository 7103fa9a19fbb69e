//! The escalation ladder and the rules that move an account along it (see
//! [`crate::collections::worklist`] for the policy in words).

use crate::collections::accounts::Account;
use crate::collections::drafts::Tone;
use crate::collections::reasons::money;
use crate::collections::risk::Risk;
use crate::collections::worklist::WorklistOptions;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

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
    /// Every step, in escalation order.
    pub const ALL: [Step; 7] = [
        Step::CourtesyReminder,
        Step::FriendlyReminder,
        Step::FirmReminder,
        Step::Call,
        Step::PaymentPlan,
        Step::CollectionAgency,
        Step::LegalAction,
    ];

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

    pub(crate) fn raised(self) -> Step {
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
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
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

/// The step for account `a` when its oldest undisputed overdue invoice is
/// `oldest_days` past due, and the amount at stake, with the changes made to
/// the ladder's step in plain words (risk raise, a `broken` promise's raise,
/// amount caps); `None` when nothing is overdue or due within the courtesy days
/// (`due_soon` is what falls due).
pub(crate) fn next_step(
    a: &Account,
    oldest_days: Option<i64>,
    risk: &Risk,
    broken: Option<&str>,
    due_soon: Decimal,
    options: &WorklistOptions,
) -> (Option<(Step, Decimal)>, Vec<String>) {
    let mut adjustments = Vec::new();
    let chase = match oldest_days {
        Some(days) => {
            let mut step = options.ladder.step(days);
            let raises = [
                options
                    .raise_at
                    .is_some_and(|at| risk.segment >= at)
                    .then(|| format!("the risk is {}", risk.segment.label())),
                broken.map(str::to_owned),
            ];
            for why in raises.into_iter().flatten() {
                let raised = step.raised();
                if raised != step {
                    adjustments.push(format!("raised one step, to {}: {why}", raised.label()));
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
    (chase, adjustments)
}
