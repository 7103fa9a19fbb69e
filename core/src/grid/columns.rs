//! Each grid's columns and where its cells come from in the report.

use super::{Cell, Column, ColumnKind, Grid, GridName};
use crate::EntryKind;
use crate::Report;
use crate::collections::ladder::Step;
use crate::collections::risk::Segment;
use crate::trace::Trace;
use rust_decimal::Decimal;
use std::borrow::Cow;

/// What a column shows, for every grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Field {
    CustomerName,
    CustomerId,
    Currency,
    Document,
    Kind,
    Date,
    Due,
    Days,
    AgingColumn,
    Status,
    Amount,
    Open,
    SourceRow,
    SourceSheet,
    NotDue,
    Bucket(usize),
    Credits,
    PastDue,
    OpenTotal,
    Documents,
    Rank,
    Step,
    AtStake,
    OldestDays,
    Risk,
    Segment,
    ExpectedValue,
    Why,
    Month,
    ArBegin,
    ArEnd,
    Sales,
    Collections,
    Dso,
    BestDso,
    Cei,
    Roll(usize),
    Aged(usize),
    Input,
    Counted,
    On,
    Settles,
}

/// The kinds of entry, in a pick list's order; an opening balance
/// ([`Entry::opening`](crate::Entry::opening)) is the list's last choice.
const KINDS: [EntryKind; 3] = [EntryKind::Invoice, EntryKind::CreditNote, EntryKind::Payment];

/// The kind pick list: [`KINDS`]' labels, then `opening balance`.
fn kind_choices() -> Vec<String> {
    KINDS.iter().map(|k| k.label().to_owned()).chain(["opening balance".to_owned()]).collect()
}

/// An entry's place in [`kind_choices`].
fn kind_cell(kind: EntryKind, opening: bool) -> Cell<'static> {
    Cell::Pick(if opening { KINDS.len() as u16 } else { index_of(&KINDS, &kind) })
}

/// An open document's status: open, disputed (marked so in the source), or a
/// credit (a negative open amount).
const STATUSES: [&str; 3] = ["open", "disputed", "credit"];

/// The ladder's steps, in escalation order.
const STEPS: [Step; 7] = Step::ALL;

/// The risk segments, from the least risky.
const SEGMENTS: [Segment; 4] = Segment::ALL;

fn column(key: &str, label: &str, kind: ColumnKind) -> Column {
    Column { key: key.to_owned(), label: label.to_owned(), kind, choices: Vec::new(), summed: false }
}

/// A money column the totals row sums.
fn summed(key: &str, label: &str) -> Column {
    Column { summed: true, ..column(key, label, ColumnKind::Money) }
}

fn pick(key: &str, label: &str, choices: Vec<String>) -> Column {
    Column { key: key.to_owned(), label: label.to_owned(), kind: ColumnKind::Pick, choices, summed: false }
}

/// The grid of `report`'s table `name`: its columns, first the one that names
/// the row (kept in view when the grid scrolls sideways).
pub(super) fn grid<'r>(
    report: &'r Report,
    name: GridName,
    trace: Option<(&'r crate::Book, &'r Trace)>,
) -> Grid<'r> {
    use ColumnKind::{Count, Date, Days, Money, Percent, Score, Text};
    let pairs: Vec<(usize, usize)> = match name {
        GridName::Trend => report
            .trend
            .currencies
            .iter()
            .enumerate()
            .flat_map(|(c, t)| (0..t.months.len()).map(move |m| (c, m)))
            .collect(),
        GridName::Members => trace
            .map(|(_, t)| {
                t.inputs
                    .iter()
                    .enumerate()
                    .flat_map(|(i, input)| (0..input.members.len()).map(move |m| (i, m)))
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let codes: Box<dyn Iterator<Item = &str>> = match name {
        GridName::Invoices => Box::new(report.aging.items.iter().map(|i| &*i.currency)),
        GridName::Customers => Box::new(report.aging.customers.iter().map(|c| c.aging.currency.as_str())),
        GridName::Worklist => Box::new(report.worklist.rows.iter().map(|r| r.currency.as_str())),
        GridName::Trend => Box::new(report.trend.currencies.iter().map(|t| t.currency.as_str())),
        GridName::Members => Box::new(trace.map(|(_, t)| t.figure.currency()).into_iter()),
    };
    // A table has a handful of currencies: a scan of those seen beats sorting every row's.
    let mut currencies: Vec<&str> = Vec::new();
    for code in codes {
        if currencies.last() != Some(&code) && !currencies.contains(&code) {
            currencies.push(code);
        }
    }
    currencies.sort_unstable();
    let currency = pick("currency", "Currency", currencies.iter().map(|c| (*c).to_owned()).collect());
    let mut aging_columns = vec!["Not due".to_owned()];
    aging_columns.extend(report.aging.buckets.iter().map(|b| b.label.clone()));
    aging_columns.push("Credits".to_owned());
    let mut list: Vec<(Column, Field)> = Vec::new();
    match name {
        GridName::Invoices => {
            // What a collector reads first (who, how much, how late) before what the row
            // is: the open amount beside the customer, in view on a tablet's width too.
            list.push((column("document", "Document", Text), Field::Document));
            list.push((column("customer", "Customer", Text), Field::CustomerName));
            list.push((summed("open", "Open"), Field::Open));
            list.push((column("days", "Days past due", Days), Field::Days));
            list.push((pick("column", "Aging column", aging_columns), Field::AgingColumn));
            list.push((summed("amount", "Amount"), Field::Amount));
            list.push((column("due", "Due", Date), Field::Due));
            list.push((column("date", "Date", Date), Field::Date));
            list.push((
                pick("status", "Status", STATUSES.iter().map(|s| (*s).to_owned()).collect()),
                Field::Status,
            ));
            list.push((pick("kind", "Kind", kind_choices()), Field::Kind));
            list.push((currency, Field::Currency));
            list.push((column("customerId", "Customer id", Text), Field::CustomerId));
            list.push((column("row", "Source row", Count), Field::SourceRow));
            if !report.sheets.is_empty() {
                let sheets = report.sheets.iter().map(|s| s.to_string()).collect();
                list.push((pick("sheet", "Source sheet", sheets), Field::SourceSheet));
            }
        }
        GridName::Customers => {
            // The totals the rows are sorted by beside the customer (in view on a
            // tablet's width too), then the aging columns they are the sums of.
            list.push((column("customer", "Customer", Text), Field::CustomerName));
            list.push((summed("open", "Open total"), Field::OpenTotal));
            list.push((summed("pastDue", "Past due"), Field::PastDue));
            list.push((summed("notDue", "Not due"), Field::NotDue));
            for (i, b) in report.aging.buckets.iter().enumerate() {
                list.push((summed(&format!("b{i}"), &b.label), Field::Bucket(i)));
            }
            list.push((summed("credits", "Credits"), Field::Credits));
            list.push((column("documents", "Open documents", Count), Field::Documents));
            list.push((currency, Field::Currency));
            list.push((column("customerId", "Customer id", Text), Field::CustomerId));
        }
        GridName::Worklist => {
            list.push((column("customer", "Customer", Text), Field::CustomerName));
            list.push((column("rank", "Rank", Count), Field::Rank));
            list.push((
                pick("step", "Next step", STEPS.iter().map(|s| s.label().to_owned()).collect()),
                Field::Step,
            ));
            list.push((summed("atStake", "At stake"), Field::AtStake));
            list.push((column("oldestDays", "Oldest days past due", Days), Field::OldestDays));
            list.push((column("risk", "Risk score", Score), Field::Risk));
            list.push((
                pick("segment", "Segment", SEGMENTS.iter().map(|s| s.label().to_owned()).collect()),
                Field::Segment,
            ));
            list.push((summed("expected", "Expected value"), Field::ExpectedValue));
            list.push((column("why", "Why", Text), Field::Why));
            list.push((currency, Field::Currency));
            list.push((column("customerId", "Customer id", Text), Field::CustomerId));
        }
        GridName::Trend => {
            // Balances are at each month's end: not summed; sales and collections add up.
            list.push((column("month", "Month", Text), Field::Month));
            list.push((column("ar", "Receivables", Money), Field::ArEnd));
            list.push((summed("sales", "Net credit sales"), Field::Sales));
            list.push((summed("collections", "Collections"), Field::Collections));
            list.push((column("dso", "DSO", Score), Field::Dso));
            list.push((column("bpdso", "Best possible DSO", Score), Field::BestDso));
            list.push((column("cei", "CEI", Percent), Field::Cei));
            for (k, label) in crate::labels::roll_rate_columns(&report.aging.buckets).iter().enumerate() {
                list.push((column(&format!("roll{k}"), label, Percent), Field::Roll(k)));
            }
            list.push((column("arBegin", "Receivables at start", Money), Field::ArBegin));
            for (k, label) in aging_columns.iter().take(aging_columns.len() - 1).enumerate() {
                list.push((column(&format!("aged{k}"), label, Money), Field::Aged(k)));
            }
            list.push((column("credits", "Credits", Money), Field::Credits));
            list.push((currency, Field::Currency));
        }
        GridName::Members => {
            let inputs = trace.map(|(_, t)| t.inputs.as_slice()).unwrap_or_default();
            let money = inputs.iter().all(|i| i.money);
            let counted =
                Column { summed: true, ..column("value", "Counted", if money { Money } else { Score }) };
            list.push((column("document", "Document", Text), Field::Document));
            list.push((column("customer", "Customer", Text), Field::CustomerName));
            list.push((counted, Field::Counted));
            list.push((column("days", "Days", Days), Field::Days));
            list.push((column("on", "Paid or applied", Date), Field::On));
            list.push((column("date", "Date", Date), Field::Date));
            list.push((column("due", "Due", Date), Field::Due));
            list.push((column("amount", "Document amount", Money), Field::Amount));
            list.push((pick("kind", "Kind", kind_choices()), Field::Kind));
            list.push((column("settles", "Settles", Text), Field::Settles));
            // Last: the page shows one input at a time (its scope).
            list.push((
                pick("input", "Input", inputs.iter().map(|i| i.label.clone()).collect()),
                Field::Input,
            ));
            list.push((currency, Field::Currency));
            list.push((column("customerId", "Customer id", Text), Field::CustomerId));
            list.push((column("row", "Source row", Count), Field::SourceRow));
            if !report.sheets.is_empty() {
                let sheets = report.sheets.iter().map(|s| s.to_string()).collect();
                list.push((pick("sheet", "Source sheet", sheets), Field::SourceSheet));
            }
        }
    }
    let (columns, fields) = list.into_iter().unzip();
    Grid { report, name, columns, fields, currencies, pairs, trace }
}

/// The index of `value` among `choices` (`u16::MAX` when absent, which a
/// grid's own choices never are).
fn index_of<T: PartialEq>(choices: &[T], value: &T) -> u16 {
    choices.iter().position(|c| c == value).and_then(|i| u16::try_from(i).ok()).unwrap_or(u16::MAX)
}

fn currency_cell(grid: &Grid<'_>, code: &str) -> Cell<'static> {
    Cell::Pick(u16::try_from(super::slot_of(&grid.currencies, code)).unwrap_or(u16::MAX))
}

/// A row's sheet among the ledger's `sheets` (empty when it has none).
fn sheet_cell(sheets: &[std::sync::Arc<str>], sheet: Option<&std::sync::Arc<str>>) -> Cell<'static> {
    sheet.map_or(Cell::Empty, |s| Cell::Pick(index_of(sheets, s)))
}

fn text(s: &str) -> Cell<'_> {
    Cell::Text(Cow::Borrowed(s))
}

/// The cell of `row` (in the report's order) for `field`.
pub(super) fn cell<'r>(grid: &Grid<'r>, row: usize, field: Field) -> Cell<'r> {
    let report = grid.report;
    match grid.name {
        GridName::Invoices => {
            let i = &report.aging.items[row];
            match field {
                Field::Document => text(&i.id),
                Field::CustomerName => text(&i.customer.name),
                Field::CustomerId => text(&i.customer.id),
                Field::Kind => kind_cell(i.kind, i.opening),
                Field::Date => Cell::Date(i.date),
                Field::Due => Cell::Date(i.due_date),
                Field::Days => Cell::Int(i.days),
                Field::AgingColumn => Cell::Pick(match i.bucket {
                    _ if i.open < Decimal::ZERO => {
                        u16::try_from(report.aging.buckets.len() + 1).unwrap_or(u16::MAX)
                    }
                    None => 0,
                    Some(b) => u16::try_from(b + 1).unwrap_or(u16::MAX),
                }),
                Field::Status => Cell::Pick(if i.open < Decimal::ZERO {
                    2
                } else if i.disputed {
                    1
                } else {
                    0
                }),
                Field::Currency => currency_cell(grid, &i.currency),
                Field::Amount => Cell::Number(i.amount),
                Field::Open => Cell::Number(i.open),
                Field::SourceRow if i.row > 0 => Cell::Int(i64::try_from(i.row).unwrap_or(i64::MAX)),
                Field::SourceSheet => sheet_cell(&report.sheets, i.sheet.as_ref()),
                _ => Cell::Empty,
            }
        }
        GridName::Customers => {
            let c = &report.aging.customers[row];
            let a = &c.aging;
            match field {
                Field::CustomerName => text(&c.customer.name),
                Field::CustomerId => text(&c.customer.id),
                Field::Currency => currency_cell(grid, &a.currency),
                Field::NotDue => Cell::Number(a.not_due),
                Field::Bucket(b) => a.buckets.get(b).map_or(Cell::Empty, |v| Cell::Number(*v)),
                Field::Credits => Cell::Number(a.credits),
                Field::PastDue => a
                    .buckets
                    .iter()
                    .try_fold(Decimal::ZERO, |s, v| s.checked_add(*v))
                    .map_or(Cell::Empty, Cell::Number),
                Field::OpenTotal => Cell::Number(a.open_total),
                Field::Documents => Cell::Int(i64::try_from(a.open_documents).unwrap_or(i64::MAX)),
                _ => Cell::Empty,
            }
        }
        GridName::Worklist => {
            let w = &report.worklist.rows[row];
            match field {
                Field::CustomerName => text(&w.customer.name),
                Field::CustomerId => text(&w.customer.id),
                Field::Rank => Cell::Int(i64::try_from(w.rank).unwrap_or(i64::MAX)),
                Field::Currency => currency_cell(grid, &w.currency),
                Field::Step => Cell::Pick(index_of(&STEPS, &w.step)),
                Field::AtStake => Cell::Number(w.at_stake),
                Field::OldestDays => w.oldest_days.map_or(Cell::Empty, Cell::Int),
                Field::Risk => Cell::Number(w.risk_score),
                Field::Segment => Cell::Pick(index_of(&SEGMENTS, &w.segment)),
                Field::ExpectedValue => Cell::Number(w.expected_value),
                Field::Why => Cell::Text(Cow::Owned(w.reasons.join("; "))),
                _ => Cell::Empty,
            }
        }
        GridName::Members => {
            let Some((book, trace)) = grid.trace else { return Cell::Empty };
            let (i, m) = grid.pairs[row];
            let member = &trace.inputs[i].members[m];
            let Some(e) = book.entries.get(member.entry) else { return Cell::Empty };
            match field {
                Field::Input => Cell::Pick(u16::try_from(i).unwrap_or(u16::MAX)),
                Field::Document => text(&e.id),
                Field::CustomerName => text(&book.customer(e).name),
                Field::CustomerId => text(&book.customer(e).id),
                Field::Counted => Cell::Number(member.value),
                Field::Days => member.days.map_or(Cell::Empty, Cell::Int),
                Field::On => member.on.map_or(Cell::Empty, Cell::Date),
                Field::Date => Cell::Date(e.date),
                Field::Due => Cell::Date(e.due_date),
                Field::Amount => Cell::Number(e.amount),
                Field::Kind => kind_cell(e.kind, e.opening),
                Field::Settles => {
                    member.settles.and_then(|s| book.entries.get(s)).map_or(Cell::Empty, |s| text(&s.id))
                }
                Field::Currency => currency_cell(grid, &e.currency),
                Field::SourceRow => book
                    .source_row(e)
                    .map_or(Cell::Empty, |(_, r)| Cell::Int(i64::try_from(r).unwrap_or(i64::MAX))),
                Field::SourceSheet => sheet_cell(&book.sheets, book.source_row(e).and_then(|(s, _)| s)),
                _ => Cell::Empty,
            }
        }
        GridName::Trend => {
            let (c, m) = grid.pairs[row];
            let t = &report.trend.currencies[c];
            let f = &t.months[m];
            let value = |v: &crate::figures::value::Value| v.value.map_or(Cell::Empty, Cell::Number);
            match field {
                Field::Month => text(&f.month),
                Field::Currency => currency_cell(grid, &t.currency),
                Field::ArBegin => Cell::Number(f.ar_begin),
                Field::ArEnd => Cell::Number(f.ar_end),
                Field::Sales => Cell::Number(f.sales),
                Field::Collections => Cell::Number(f.collections),
                Field::Dso => value(&f.dso),
                Field::BestDso => value(&f.best_possible_dso),
                Field::Cei => value(&f.cei),
                Field::Roll(k) => f.roll_rates.get(k).map_or(Cell::Empty, value),
                Field::Aged(k) => f.aging.get(k).map_or(Cell::Empty, |v| Cell::Number(*v)),
                Field::Credits => Cell::Number(f.credits),
                _ => Cell::Empty,
            }
        }
    }
}
