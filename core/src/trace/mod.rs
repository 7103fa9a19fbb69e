//! Every figure traced to its source rows: which entries make up a figure, each
//! with what it contributes and where it was read (the sheet and row).
//!
//! A [`FigureRef`] names one figure of a [`Report`]; [`Ledger::trace`](crate::Ledger::trace)
//! lists its **inputs** — the sums the figure's formula reads — and each
//! input's **members**: the entries (or the allocations of payments and
//! credits to invoices) whose values add up to it. The rules are those of the
//! figure's own definition, read again from the ledger:
//!
//! - **An aging amount** (a currency's or a customer's Not due, bucket,
//!   Credits, open total or past-due total at the as-of date `A`): one input,
//!   whose members are the entries dated by `A` open at `A` in that column, each
//!   with its open amount. With credits netted per customer
//!   ([`CreditTreatment::NetPerCustomer`](crate::figures::aging::CreditTreatment)),
//!   a column's members also hold the parts of the customer's credits applied to
//!   it (negative), credit documents taken in ledger order, columns oldest first.
//!   The past-due share has two inputs: past due, and Not due + past due.
//! - **The allowance** of a column: its members with open amount × the
//!   column's loss rate ÷ 100; the total has one input per column.
//! - **The DSO family and the CEI**: the inputs of [`crate::figures::dso`] —
//!   receivables at the day before the period and at `A` (open amounts), current
//!   receivables (open invoice balances due on or after `A`), credit sales
//!   (invoices and credit notes dated in the period, at their amounts) and
//!   collections (payments dated in the period, positive); the count-back DSO
//!   reads the credit sales of each month back from `A`'s. A month of the
//!   trend is traced the same way over the month (`N = 1`).
//! - **Days to pay and lateness** ([`crate::figures::payments`]): the invoices
//!   paid in full in the period, each with its paid date; the inputs are the
//!   sums the averages divide (Σ days, Σ amount × days, Σ amount, counts).
//! - **Recovery** ([`crate::figures::recovery`]): the invoices past due at the
//!   day before the period (open amounts), and the allocations of payments
//!   (collected) and credit notes (credited) to them dated in the period, each
//!   member being the payment or credit note with the invoice it settled.
//!
//! **Reconciliation.** Each input's total is the exact sum of its members'
//! values; the figure is recomputed from the input totals by the figure's own
//! function ([`Trace::recomputed`]) and set beside the report's
//! ([`Trace::reported`]): [`Trace::reconciles`] says they are equal.

mod aging;
mod payments;
mod period;

use crate::error::Error;
use crate::figures::value::Value;
use crate::ledger::facts::Facts;
use crate::ledger::{Book, Customer, EntryKind};
use crate::{Options, Report};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

/// One column of an aging table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AgingCell {
    /// Not yet due.
    NotDue,
    /// The bucket at this index of the report's aging.
    Bucket(usize),
    /// Credit notes and unapplied cash (negative).
    Credits,
    /// The open total: every column.
    Open,
    /// Past due: every bucket.
    PastDue,
    /// Past due ÷ (Not due + past due) × 100, credits left out (the overview's Overdue %).
    PastDuePercent,
}

/// A figure of the DSO family, the CEI or one of their inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PeriodFigure {
    /// Period-end DSO.
    Dso,
    /// Average-AR DSO.
    AverageArDso,
    /// Best possible DSO.
    BestPossibleDso,
    /// Average days delinquent.
    AverageDaysDelinquent,
    /// Count-back DSO.
    CountbackDso,
    /// AR turnover.
    Turnover,
    /// Collection Effectiveness Index.
    Cei,
    /// Receivables the day before the period.
    ArBegin,
    /// Receivables at the as-of date.
    ArEnd,
    /// Receivables not yet due at the as-of date.
    ArCurrent,
    /// Credit sales in the period.
    CreditSales,
    /// Collections in the period.
    Collections,
}

/// A payment-behaviour figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum PaymentFigure {
    /// Invoices paid in full in the period.
    PaidInvoices,
    /// Their amount.
    PaidAmount,
    /// Average days to pay, plain.
    AverageDaysToPay,
    /// Average days to pay, weighted by amount.
    WeightedDaysToPay,
    /// Days beyond terms, weighted by amount.
    DaysBeyondTerms,
    /// Share of the invoices paid late.
    LateInvoicesPercent,
    /// Share of the amount paid late.
    LateAmountPercent,
}

/// A recovery figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RecoveryFigure {
    /// Collected ÷ past due at the start × 100.
    Rate,
    /// Past due at the day before the period.
    PastDueAtStart,
    /// Paid of it in the period.
    Collected,
    /// Credited of it in the period.
    Credited,
}

/// One figure of a report, by where it sits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", tag = "figure")]
pub enum FigureRef {
    /// An aging amount of a currency, or of one customer in it.
    Aging {
        /// ISO code.
        currency: String,
        /// The customer's id; `None` for the whole currency.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        customer: Option<String>,
        /// Which column.
        cell: AgingCell,
    },
    /// A figure of the DSO family or the CEI, or one of their inputs.
    Period {
        /// ISO code.
        currency: String,
        /// Which one.
        of: PeriodFigure,
    },
    /// A figure of one month of the monthly trend: DSO, best possible DSO,
    /// CEI or one of their inputs.
    Month {
        /// ISO code.
        currency: String,
        /// The month, `YYYY-MM`.
        month: String,
        /// Which one.
        of: PeriodFigure,
    },
    /// A payment-behaviour figure.
    Payments {
        /// ISO code.
        currency: String,
        /// Which one.
        of: PaymentFigure,
    },
    /// The bad-debt allowance of Not due, a bucket, or every column ([`AgingCell::Open`]).
    Allowance {
        /// ISO code.
        currency: String,
        /// Which column.
        cell: AgingCell,
    },
    /// A recovery figure, of every past-due invoice or of one bucket's.
    Recovery {
        /// ISO code.
        currency: String,
        /// The bucket at the start (of the report's aging columns); `None` for all.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bucket: Option<usize>,
        /// Which one.
        of: RecoveryFigure,
    },
}

/// The names of a figure kind's variants in the text form (as in JSON).
trait Named: Copy + PartialEq + 'static {
    /// Every variant with its name.
    const NAMES: &'static [(Self, &'static str)];

    fn name(self) -> &'static str {
        Self::NAMES.iter().find(|(v, _)| *v == self).map_or("", |(_, n)| n)
    }

    fn named(text: &str) -> Option<Self> {
        Self::NAMES.iter().find(|(_, n)| *n == text).map(|(v, _)| *v)
    }
}

impl Named for PeriodFigure {
    const NAMES: &'static [(Self, &'static str)] = &[
        (PeriodFigure::Dso, "dso"),
        (PeriodFigure::AverageArDso, "averageArDso"),
        (PeriodFigure::BestPossibleDso, "bestPossibleDso"),
        (PeriodFigure::AverageDaysDelinquent, "averageDaysDelinquent"),
        (PeriodFigure::CountbackDso, "countbackDso"),
        (PeriodFigure::Turnover, "turnover"),
        (PeriodFigure::Cei, "cei"),
        (PeriodFigure::ArBegin, "arBegin"),
        (PeriodFigure::ArEnd, "arEnd"),
        (PeriodFigure::ArCurrent, "arCurrent"),
        (PeriodFigure::CreditSales, "creditSales"),
        (PeriodFigure::Collections, "collections"),
    ];
}

impl Named for PaymentFigure {
    const NAMES: &'static [(Self, &'static str)] = &[
        (PaymentFigure::PaidInvoices, "paidInvoices"),
        (PaymentFigure::PaidAmount, "paidAmount"),
        (PaymentFigure::AverageDaysToPay, "averageDaysToPay"),
        (PaymentFigure::WeightedDaysToPay, "weightedDaysToPay"),
        (PaymentFigure::DaysBeyondTerms, "daysBeyondTerms"),
        (PaymentFigure::LateInvoicesPercent, "lateInvoicesPercent"),
        (PaymentFigure::LateAmountPercent, "lateAmountPercent"),
    ];
}

impl Named for RecoveryFigure {
    const NAMES: &'static [(Self, &'static str)] = &[
        (RecoveryFigure::Rate, "rate"),
        (RecoveryFigure::PastDueAtStart, "pastDueAtStart"),
        (RecoveryFigure::Collected, "collected"),
        (RecoveryFigure::Credited, "credited"),
    ];
}

impl AgingCell {
    fn text(self) -> String {
        match self {
            AgingCell::NotDue => "notDue".to_owned(),
            AgingCell::Bucket(i) => format!("b{i}"),
            AgingCell::Credits => "credits".to_owned(),
            AgingCell::Open => "open".to_owned(),
            AgingCell::PastDue => "pastDue".to_owned(),
            AgingCell::PastDuePercent => "pastDuePercent".to_owned(),
        }
    }

    fn read(text: &str) -> Option<AgingCell> {
        Some(match text {
            "notDue" => AgingCell::NotDue,
            "credits" => AgingCell::Credits,
            "open" => AgingCell::Open,
            "pastDue" => AgingCell::PastDue,
            "pastDuePercent" => AgingCell::PastDuePercent,
            _ => AgingCell::Bucket(text.strip_prefix('b')?.parse().ok()?),
        })
    }
}

/// The text form, for a link or a URL: `aging/USD/b2`, `aging/USD/open/C-001`
/// (a customer's, its id last and whole), `allowance/USD/b1`, `period/USD/dso`,
/// `month/USD/cei/2024-03` (a month of the trend),
/// `payments/EUR/averageDaysToPay`, `recovery/USD/rate`, `recovery/USD/rate/b1`.
impl fmt::Display for FigureRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FigureRef::Aging { currency, customer, cell } => {
                write!(f, "aging/{currency}/{}", cell.text())?;
                match customer {
                    Some(id) => write!(f, "/{id}"),
                    None => Ok(()),
                }
            }
            FigureRef::Allowance { currency, cell } => write!(f, "allowance/{currency}/{}", cell.text()),
            FigureRef::Period { currency, of } => write!(f, "period/{currency}/{}", of.name()),
            FigureRef::Month { currency, month, of } => write!(f, "month/{currency}/{}/{month}", of.name()),
            FigureRef::Payments { currency, of } => write!(f, "payments/{currency}/{}", of.name()),
            FigureRef::Recovery { currency, bucket, of } => {
                write!(f, "recovery/{currency}/{}", of.name())?;
                match bucket {
                    Some(b) => write!(f, "/b{b}"),
                    None => Ok(()),
                }
            }
        }
    }
}

impl std::str::FromStr for FigureRef {
    type Err = Error;

    /// Reads the text form (see [`Display`](#impl-Display-for-FigureRef)).
    fn from_str(text: &str) -> Result<FigureRef, Error> {
        let bad = || {
            Error::option(
                "figure",
                format!(
                    "{} is not a figure: expected aging/USD/b0, period/USD/dso, payments/USD/averageDaysToPay \
                     or recovery/USD/rate",
                    crate::error::quoted(text)
                ),
            )
        };
        let mut parts = text.splitn(4, '/');
        let (Some(group), Some(currency), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let rest = parts.next();
        let currency = currency.to_owned();
        match group {
            "aging" => Ok(FigureRef::Aging {
                currency,
                customer: rest.map(str::to_owned),
                cell: AgingCell::read(name).ok_or_else(bad)?,
            }),
            "allowance" if rest.is_none() => {
                Ok(FigureRef::Allowance { currency, cell: AgingCell::read(name).ok_or_else(bad)? })
            }
            "period" if rest.is_none() => {
                Ok(FigureRef::Period { currency, of: PeriodFigure::named(name).ok_or_else(bad)? })
            }
            "month" => Ok(FigureRef::Month {
                currency,
                month: rest
                    .filter(|m| m.len() == 7 && m.as_bytes().get(4) == Some(&b'-'))
                    .ok_or_else(bad)?
                    .to_owned(),
                of: PeriodFigure::named(name).ok_or_else(bad)?,
            }),
            "payments" if rest.is_none() => {
                Ok(FigureRef::Payments { currency, of: PaymentFigure::named(name).ok_or_else(bad)? })
            }
            "recovery" => {
                let bucket = match rest {
                    None => None,
                    Some(b) => Some(b.strip_prefix('b').and_then(|b| b.parse().ok()).ok_or_else(bad)?),
                };
                Ok(FigureRef::Recovery { currency, bucket, of: RecoveryFigure::named(name).ok_or_else(bad)? })
            }
            _ => Err(bad()),
        }
    }
}

impl FigureRef {
    /// The currency the figure is in.
    pub fn currency(&self) -> &str {
        match self {
            FigureRef::Aging { currency, .. }
            | FigureRef::Allowance { currency, .. }
            | FigureRef::Period { currency, .. }
            | FigureRef::Month { currency, .. }
            | FigureRef::Payments { currency, .. }
            | FigureRef::Recovery { currency, .. } => currency,
        }
    }
}

/// One member of an input: an entry, with what it adds to the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// The entry's index in the ledger.
    pub entry: usize,
    /// What it adds to the input (an open amount, an amount, days, a count).
    pub value: Decimal,
    /// The date that made it a member when it is not the document's own: the
    /// date an allocation was made, an invoice's paid date.
    pub on: Option<NaiveDate>,
    /// Days past due (aging), days to pay or beyond terms (payments).
    pub days: Option<i64>,
    /// For an allocation, the index of the invoice it settled.
    pub settles: Option<usize>,
}

impl Member {
    fn of(entry: usize, value: Decimal) -> Member {
        Member { entry, value, on: None, days: None, settles: None }
    }
}

/// One sum a figure's formula reads, with its members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Its stable name: `open`, `arEnd`, `creditSales`, `paidAmount`, `sales2024-03`…
    pub key: String,
    /// In plain words, with its date or period.
    pub label: String,
    /// Whether its values are amounts in the figure's currency (else days or counts).
    pub money: bool,
    /// Σ of the members' values, exact.
    pub total: Decimal,
    /// Its members, in ledger order.
    pub members: Vec<Member>,
}

impl Input {
    fn new(key: &str, label: String, money: bool, members: Vec<Member>) -> Input {
        // Money: sums of members' values, each within what a figure itself sums.
        #[allow(clippy::arithmetic_side_effects)]
        let total = members.iter().map(|m| m.value).sum();
        Input { key: key.to_owned(), label, money, total, members }
    }
}

/// A figure with its inputs and their members (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    /// The figure.
    pub figure: FigureRef,
    /// Its name in plain words.
    pub label: String,
    /// The figure as the report gives it.
    pub reported: Value,
    /// The figure recomputed from the inputs' totals by its own formula.
    pub recomputed: Value,
    /// The sums its formula reads.
    pub inputs: Vec<Input>,
}

impl Trace {
    /// Whether the figure recomputed from its members equals the report's.
    pub fn reconciles(&self) -> bool {
        self.reported == self.recomputed
            || matches!((self.reported.value, self.recomputed.value), (Some(a), Some(b)) if a == b)
    }

    /// The figure and its inputs' totals and counts, without the members: what
    /// a reconciliation line shows.
    pub fn summary(&self) -> TraceSummary {
        TraceSummary {
            figure: self.figure.to_string(),
            label: self.label.clone(),
            reported: self.reported.clone(),
            recomputed: self.recomputed.clone(),
            reconciles: self.reconciles(),
            inputs: self
                .inputs
                .iter()
                .map(|i| InputSummary {
                    key: i.key.clone(),
                    label: i.label.clone(),
                    money: i.money,
                    total: i.total,
                    members: i.members.len(),
                })
                .collect(),
        }
    }

    /// The members' rows with the entries' fields, for a table or the package.
    pub fn rows(&self, book: &Book) -> TraceRows {
        let row = |input: &Input, m: &Member| {
            let e = book.entries.get(m.entry);
            MemberRow {
                input: input.key.clone(),
                document: e.map(|e| e.id.to_string()).unwrap_or_default(),
                kind: e.map_or(EntryKind::Invoice, |e| e.kind),
                customer: e.map(|e| book.customer(e).clone()),
                date: e.map(|e| e.date),
                due_date: e.map(|e| e.due_date),
                amount: e.map(|e| e.amount),
                value: m.value,
                on: m.on,
                days: m.days,
                settles: m.settles.and_then(|i| book.entries.get(i)).map(|e| e.id.to_string()),
                row: e.and_then(crate::ledger::Entry::row_number),
            }
        };
        TraceRows {
            figure: self.figure.to_string(),
            label: self.label.clone(),
            reported: self.reported.clone(),
            recomputed: self.recomputed.clone(),
            reconciles: self.reconciles(),
            inputs: self
                .inputs
                .iter()
                .map(|i| InputRows {
                    key: i.key.clone(),
                    label: i.label.clone(),
                    money: i.money,
                    total: i.total,
                    members: i.members.iter().map(|m| row(i, m)).collect(),
                })
                .collect(),
        }
    }
}

/// A trace's figure and inputs without their members (see [`Trace::summary`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TraceSummary {
    /// The figure's text form.
    pub figure: String,
    /// Its name in plain words.
    pub label: String,
    /// As the report gives it.
    pub reported: Value,
    /// Recomputed from the inputs.
    pub recomputed: Value,
    /// Whether the two are equal.
    pub reconciles: bool,
    /// Each input's total and count.
    pub inputs: Vec<InputSummary>,
}

/// One input's total and number of members.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct InputSummary {
    /// Its stable name.
    pub key: String,
    /// In plain words (the Members grid's `input` choice).
    pub label: String,
    /// Whether its values are amounts.
    pub money: bool,
    /// Σ of the members' values.
    pub total: Decimal,
    /// How many members.
    pub members: usize,
}

/// A trace with its members' entries read (see [`Trace::rows`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TraceRows {
    /// The figure's text form.
    pub figure: String,
    /// Its name in plain words.
    pub label: String,
    /// As the report gives it.
    pub reported: Value,
    /// Recomputed from the inputs.
    pub recomputed: Value,
    /// Whether the two are equal.
    pub reconciles: bool,
    /// The inputs with their members.
    pub inputs: Vec<InputRows>,
}

/// An input with its members' rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InputRows {
    /// Its stable name.
    pub key: String,
    /// In plain words.
    pub label: String,
    /// Whether its values are amounts.
    pub money: bool,
    /// Σ of the members' values.
    pub total: Decimal,
    /// The members.
    pub members: Vec<MemberRow>,
}

/// One member with its entry's fields and source row.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberRow {
    /// The input's key.
    pub input: String,
    /// The document number.
    pub document: String,
    /// Invoice, credit note or payment.
    pub kind: EntryKind,
    /// Who.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<Customer>,
    /// The document date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_date: Option<NaiveDate>,
    /// The document's amount.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Decimal>,
    /// What it adds to the input.
    pub value: Decimal,
    /// The allocation's or paid date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on: Option<NaiveDate>,
    /// Days past due, to pay or beyond terms.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// The invoice an allocation settled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settles: Option<String>,
    /// The source row (1-based), in the sheet the import names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
}

/// What a trace reads: the ledger, its facts, the report and its options.
pub(crate) struct Context<'a> {
    pub book: &'a Book,
    pub facts: &'a Facts,
    pub paid: &'a [Option<NaiveDate>],
    pub report: &'a Report,
    pub options: &'a Options,
    /// The index of the figure's currency in [`Facts::codes`].
    pub currency: u16,
}

/// Traces `figure` of `report` (made from this ledger with `options`).
pub(crate) fn trace(
    book: &Book,
    facts: &Facts,
    paid: &[Option<NaiveDate>],
    report: &Report,
    options: &Options,
    figure: &FigureRef,
) -> Result<Trace, Error> {
    let code = figure.currency();
    let currency =
        facts.codes.iter().position(|c| c == code).and_then(|i| u16::try_from(i).ok()).ok_or_else(|| {
            Error::option("figure", format!("the ledger has no amounts in {}", crate::error::quoted(code)))
        })?;
    let cx = Context { book, facts, paid, report, options, currency };
    match figure {
        FigureRef::Aging { customer, cell, .. } => aging::trace(&cx, customer.as_deref(), *cell),
        FigureRef::Allowance { cell, .. } => aging::allowance(&cx, *cell),
        FigureRef::Period { of, .. } => period::trace(&cx, *of),
        FigureRef::Month { month, of, .. } => period::month(&cx, month, *of),
        FigureRef::Payments { of, .. } => payments::trace(&cx, *of),
        FigureRef::Recovery { bucket, of, .. } => payments::recovery(&cx, *bucket, *of),
    }
    .map(|(label, reported, recomputed, inputs)| Trace {
        figure: figure.clone(),
        label,
        reported,
        recomputed,
        inputs,
    })
}

/// What each figure's tracer returns: label, reported, recomputed, inputs.
type Traced = (String, Value, Value, Vec<Input>);

/// The error for a figure the report does not give.
fn not_given(what: &str, why: Option<&crate::figures::value::Unavailable>) -> Error {
    Error::option(
        "figure",
        match why {
            Some(u) => format!("the report has no {what}: {}", u.reason),
            None => format!("the report has no {what}"),
        },
    )
}
