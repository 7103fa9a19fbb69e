//! The collection log: what the user recorded of their own collection work —
//! contacts made, promises to pay, disputes, notes and a step set by hand — as
//! an input of the worklist, so that its next step is not computed as if
//! nothing had happened.
//!
//! **The document** ([`CollectionLog`], JSON, `version: 1`): a list of events,
//! each with its `kind`, the customer's id (as the ledger has it, so that a
//! log made on one month's file applies to the next month's) and its date:
//!
//! ```json
//! { "version": 1, "events": [
//!   { "kind": "contact", "customer": "C-001", "date": "2024-03-05", "channel": "email", "step": "friendlyReminder" },
//!   { "kind": "promise", "customer": "C-001", "date": "2024-03-20", "due": "2024-04-05", "amount": "600.00" },
//!   { "kind": "dispute", "customer": "C-002", "date": "2024-03-22", "invoices": ["U-7"], "reason": "goods damaged" },
//!   { "kind": "note", "customer": "C-002", "date": "2024-03-22", "text": "Asked for photos" },
//!   { "kind": "override", "customer": "C-003", "date": "2024-03-25", "step": "call", "reason": "key account" }
//! ] }
//! ```
//!
//! **Rules**, at the as-of date `A`; an event dated after `A` is not yet known
//! and plays no part:
//!
//! - **A dispute** sets the listed invoices (document numbers of that
//!   customer's invoices) apart, as a dispute marked in the file does, until
//!   its `resolved` date if it has one (on or before `A`: no longer disputed).
//! - **A promise** to pay `amount` by `due` is **kept** when the customer's
//!   payments dated from the promise's date to its due date (in the promise's
//!   currency, or in the account's when it names none) add up to it. While it
//!   is pending (`A` on or before `due`, not yet kept) the step is **held**:
//!   it is the lower of the step at `A` and the step the account had on the
//!   day of the promise (days past due then), so nothing escalates before the
//!   promise falls due. A promise **broken** (due before `A`, not kept) raises
//!   the step one rung, after the risk raise and before the amount caps. Only
//!   the latest promise counts.
//! - **A contact** is remembered: drafts say "This follows our e-mail of …"
//!   only when the log has contacts, and the row shows the last one.
//! - **A step set by hand** (the latest `override`) wins over every rule and
//!   says so, the ladder's own step beside it; `step: null` clears it.
//! - **A note** is kept for the user; it changes nothing.
//!
//! Events that match nothing — a customer id the ledger has not, an invoice
//! number that customer has not — are listed in the worklist's `unmatched`.

use crate::collections::ladder::Step;
use crate::collections::reasons::money;
use crate::error::Error;
use crate::ledger::{Book, EntryKind};
use crate::limits::{amount_option, date_option};
use crate::money::normalize;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

/// The version of the log document this build reads and writes.
pub const LOG_VERSION: u32 = 1;

/// The most events a log may hold.
pub const MAX_EVENTS: usize = 1_000_000;

/// The collection log (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CollectionLog {
    /// The document's version: [`LOG_VERSION`].
    pub version: u32,
    /// What was logged, in any order.
    #[serde(default)]
    pub events: Vec<LogEvent>,
}

impl Default for CollectionLog {
    fn default() -> Self {
        CollectionLog { version: LOG_VERSION, events: Vec::new() }
    }
}

/// How a customer was contacted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum Channel {
    /// An e-mail.
    Email,
    /// A phone call.
    Phone,
    /// A letter.
    Letter,
    /// A meeting.
    Meeting,
    /// Any other way.
    Other,
}

impl Channel {
    /// The contact as a noun: "e-mail", "call", "letter", "meeting", "message".
    pub fn noun(self) -> &'static str {
        match self {
            Channel::Email => "e-mail",
            Channel::Phone => "call",
            Channel::Letter => "letter",
            Channel::Meeting => "meeting",
            Channel::Other => "message",
        }
    }
}

/// One logged event (see the module docs for what each does).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(tag = "kind", rename_all = "camelCase", rename_all_fields = "camelCase", deny_unknown_fields)]
pub enum LogEvent {
    /// The customer was contacted.
    Contact {
        /// The customer's id.
        customer: String,
        /// When.
        date: NaiveDate,
        /// How.
        channel: Channel,
        /// The worklist step it carried out, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        step: Option<Step>,
        /// What was said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The customer promised to pay.
    Promise {
        /// The customer's id.
        customer: String,
        /// When the promise was made.
        date: NaiveDate,
        /// The date it promised to pay by.
        due: NaiveDate,
        /// How much, positive.
        amount: Decimal,
        /// In which currency; `None`: the account's.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        currency: Option<String>,
        /// What was said.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// The customer disputes invoices.
    Dispute {
        /// The customer's id.
        customer: String,
        /// When the dispute was raised.
        date: NaiveDate,
        /// The disputed invoices' document numbers.
        invoices: Vec<String>,
        /// Why.
        reason: String,
        /// When it was settled; `None`: still open.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        resolved: Option<NaiveDate>,
    },
    /// A note.
    Note {
        /// The customer's id.
        customer: String,
        /// When.
        date: NaiveDate,
        /// The note.
        text: String,
    },
    /// A step set by hand.
    Override {
        /// The customer's id.
        customer: String,
        /// When.
        date: NaiveDate,
        /// The step; `None` clears an earlier one.
        #[serde(default)]
        step: Option<Step>,
        /// Why.
        #[serde(default)]
        reason: String,
    },
}

impl LogEvent {
    /// The customer's id.
    pub fn customer(&self) -> &str {
        match self {
            LogEvent::Contact { customer, .. }
            | LogEvent::Promise { customer, .. }
            | LogEvent::Dispute { customer, .. }
            | LogEvent::Note { customer, .. }
            | LogEvent::Override { customer, .. } => customer,
        }
    }

    /// The event's date.
    pub fn date(&self) -> NaiveDate {
        match self {
            LogEvent::Contact { date, .. }
            | LogEvent::Promise { date, .. }
            | LogEvent::Dispute { date, .. }
            | LogEvent::Note { date, .. }
            | LogEvent::Override { date, .. } => *date,
        }
    }
}

impl CollectionLog {
    /// Refuses, naming the event, a version this build does not read, dates
    /// outside the range arlens works at, a promise that is not a positive
    /// amount or is due before it was made, a dispute listing no invoice, a
    /// resolution before its dispute, and more than [`MAX_EVENTS`] events.
    pub fn check(&self) -> Result<(), Error> {
        if self.version != LOG_VERSION {
            return Err(Error::option(
                "log.version",
                format!("{} is not a log version this arlens reads ({LOG_VERSION})", self.version),
            ));
        }
        if self.events.len() > MAX_EVENTS {
            return Err(Error::option(
                "log.events",
                format!("{} events is more than the {MAX_EVENTS} arlens accepts", self.events.len()),
            ));
        }
        for (i, event) in self.events.iter().enumerate() {
            let at = |field: &str| format!("log.events[{i}].{field}");
            date_option(&at("date"), event.date())?;
            if event.customer().trim().is_empty() {
                return Err(Error::option(
                    &at("customer"),
                    "empty: give the customer's id as the ledger has it",
                ));
            }
            match event {
                LogEvent::Promise { date, due, amount, currency, .. } => {
                    date_option(&at("due"), *due)?;
                    amount_option(&at("amount"), *amount)?;
                    if *amount <= Decimal::ZERO {
                        return Err(Error::option(
                            &at("amount"),
                            format!("{amount} is not a positive amount"),
                        ));
                    }
                    if due < date {
                        return Err(Error::option(
                            &at("due"),
                            format!("{due} is before the promise ({date})"),
                        ));
                    }
                    if let Some(c) = currency.as_deref().filter(|c| !crate::money::is_iso_code(c)) {
                        return Err(Error::option(
                            &at("currency"),
                            format!("{} is not an ISO 4217 code", crate::error::quoted(c)),
                        ));
                    }
                }
                LogEvent::Dispute { date, invoices, resolved, .. } => {
                    if invoices.iter().all(|n| n.trim().is_empty()) {
                        return Err(Error::option(
                            &at("invoices"),
                            "no invoice: list the disputed document numbers",
                        ));
                    }
                    if let Some(r) = resolved {
                        date_option(&at("resolved"), *r)?;
                        if r < date {
                            return Err(Error::option(
                                &at("resolved"),
                                format!("{r} is before the dispute ({date})"),
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Where a promise stands at the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub enum PromiseStatus {
    /// Not yet due and not yet paid.
    Pending,
    /// Paid in full by its due date.
    Kept,
    /// Due, and not paid in full by then.
    Broken,
}

/// The latest promise of an account and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PromiseState {
    /// When it was made.
    pub date: NaiveDate,
    /// When it falls due.
    pub due: NaiveDate,
    /// The amount promised.
    pub amount: Decimal,
    /// Paid from its date to its due date (or to the as-of date, if earlier).
    pub paid: Decimal,
    /// Pending, kept or broken.
    pub status: PromiseStatus,
}

/// The log as known at the as-of date, indexed by customer.
#[derive(Debug, Default)]
pub(crate) struct Known<'a> {
    /// Each customer's events dated by the as-of date, in date order (ties in log order).
    by_customer: FxHashMap<&'a str, Vec<&'a LogEvent>>,
    /// Payments (positive) of customers with a promise: (customer, currency) → (date, amount).
    payments: FxHashMap<(&'a str, &'a str), Vec<(NaiveDate, Decimal)>>,
    /// Entries set apart by a logged dispute, with that dispute.
    pub(crate) disputed: FxHashMap<usize, &'a LogEvent>,
    /// Events that match nothing in the ledger, in plain words.
    pub(crate) unmatched: Vec<String>,
}

impl<'a> Known<'a> {
    /// The events of `log` dated by `as_of`, matched to `book`'s customers and invoices.
    pub(crate) fn new(log: Option<&'a CollectionLog>, book: &'a Book, as_of: NaiveDate) -> Known<'a> {
        let Some(log) = log else { return Known::default() };
        let mut known = Known::default();
        for event in log.events.iter().filter(|e| e.date() <= as_of) {
            known.by_customer.entry(event.customer()).or_default().push(event);
        }
        for events in known.by_customer.values_mut() {
            events.sort_by_key(|e| e.date());
        }
        let promised: FxHashSet<&str> = known
            .by_customer
            .iter()
            .filter(|(_, events)| events.iter().any(|e| matches!(e, LogEvent::Promise { .. })))
            .map(|(c, _)| *c)
            .collect();
        // Open disputes at `as_of`: (customer, document number) → the dispute.
        let mut wanted: FxHashMap<(&str, &str), &LogEvent> = FxHashMap::default();
        for event in known.by_customer.values().flatten() {
            if let LogEvent::Dispute { customer, invoices, resolved, .. } = event
                && resolved.is_none_or(|r| r > as_of)
            {
                for number in invoices.iter().map(|n| n.trim()).filter(|n| !n.is_empty()) {
                    wanted.insert((customer.as_str(), number), event);
                }
            }
        }
        let mut customers: FxHashSet<&str> = FxHashSet::default();
        let mut found: FxHashSet<(&str, &str)> = FxHashSet::default();
        for (i, e) in book.entries.iter().enumerate() {
            let id: &str = &book.customer(e).id;
            if !known.by_customer.contains_key(id) {
                continue;
            }
            customers.insert(id);
            match e.kind {
                EntryKind::Invoice => {
                    if let Some((&key, &dispute)) = wanted.get_key_value(&(id, e.id.as_str())) {
                        known.disputed.insert(i, dispute);
                        found.insert(key);
                    }
                }
                EntryKind::Payment if promised.contains(id) && e.date <= as_of => {
                    known.payments.entry((id, &*e.currency)).or_default().push((e.date, -e.amount));
                }
                _ => {}
            }
        }
        let mut unmatched: Vec<String> = known
            .by_customer
            .keys()
            .filter(|c| !customers.contains(*c))
            .map(|c| {
                format!(
                    "customer {} is not in this ledger: its logged events play no part",
                    crate::error::quoted(c)
                )
            })
            .collect();
        let mut missing: Vec<String> = wanted
            .keys()
            .filter(|k| customers.contains(k.0) && !found.contains(*k))
            .map(|(c, n)| {
                format!(
                    "invoice {} of customer {} is not in this ledger: its dispute plays no part",
                    crate::error::quoted(n),
                    crate::error::quoted(c)
                )
            })
            .collect();
        unmatched.sort();
        missing.sort();
        unmatched.extend(missing);
        known.unmatched = unmatched;
        known
    }

    /// `customer`'s events dated by the as-of date, in date order.
    pub(crate) fn of(&self, customer: &str) -> &[&'a LogEvent] {
        self.by_customer.get(customer).map_or(&[], Vec::as_slice)
    }

    /// The latest promise of `customer` that applies to its account in
    /// `currency`, and where it stands at `as_of`.
    pub(crate) fn promise(&self, customer: &str, currency: &str, as_of: NaiveDate) -> Option<PromiseState> {
        let (date, due, amount) = self.of(customer).iter().rev().find_map(|e| match e {
            LogEvent::Promise { date, due, amount, currency: c, .. }
                if c.as_deref().is_none_or(|c| c == currency) =>
            {
                Some((*date, *due, *amount))
            }
            _ => None,
        })?;
        let until = due.min(as_of);
        let paid: Decimal = self
            .payments
            .get(&(customer, currency))
            .into_iter()
            .flatten()
            .filter(|(d, _)| *d >= date && *d <= until)
            .map(|(_, a)| *a)
            .sum();
        let status = if paid >= amount {
            PromiseStatus::Kept
        } else if as_of <= due {
            PromiseStatus::Pending
        } else {
            PromiseStatus::Broken
        };
        let (amount, paid) = (normalize(amount, currency), normalize(paid, currency));
        Some(PromiseState { date, due, amount, paid, status })
    }

    /// The step set by hand for `customer`, with its date and reason (the latest override; `None` once cleared).
    pub(crate) fn set_by_hand(&self, customer: &str) -> Option<(Step, NaiveDate, &'a str)> {
        self.of(customer).iter().rev().find_map(|e| match e {
            LogEvent::Override { step, date, reason, .. } => Some(step.map(|s| (s, *date, reason.as_str()))),
            _ => None,
        })?
    }

    /// `customer`'s contacts: (date, channel), oldest first.
    pub(crate) fn contacts(&self, customer: &str) -> Vec<(NaiveDate, Channel)> {
        self.of(customer)
            .iter()
            .filter_map(|e| match e {
                LogEvent::Contact { date, channel, .. } => Some((*date, *channel)),
                _ => None,
            })
            .collect()
    }
}

/// The sentence a draft opens with when the log has contacts: "This follows
/// our e-mail of 2024-03-05 and our call of 2024-03-12." (the last three), or nothing.
pub(crate) fn earlier(contacts: &[(NaiveDate, Channel)]) -> String {
    let last = &contacts[contacts.len().saturating_sub(3)..];
    let parts: Vec<String> = last.iter().map(|(d, c)| format!("our {} of {d}", c.noun())).collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => format!("This follows {one}.\n\n"),
        [init @ .., tail] => format!("This follows {} and {tail}.\n\n", init.join(", ")),
    }
}

/// A promise in plain words: "promised 600.00 USD by 2024-04-05 (on 2024-03-20)".
pub(crate) fn promised(p: &PromiseState, currency: &str) -> String {
    format!("promised {} by {} (on {})", money(p.amount, currency), p.due, p.date)
}
