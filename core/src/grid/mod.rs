//! The spreadsheet-style grids' rows as the core lists, sorts, filters and
//! totals them: every open document, every customer's aging, the worklist.
//!
//! A [`Grid`] is a view of one table of a [`Report`]: its [`Column`]s and a
//! [`Cell`] for each row and column, read from the report where it lies (no
//! copy of the rows). [`Grid::select`] applies a [`Query`] — filters per column,
//! a search over the text, sort keys — and returns a [`Selection`]: the rows'
//! order and the totals of its money columns per currency, with each total's
//! share of the whole table's. [`Grid::page`] and [`Grid::tsv`] read a window of
//! a selection for the screen and the clipboard.
//!
//! Definitions:
//! - **Sort**: stable, key by key (`sort[0]` first); text in natural order
//!   (digit runs compared as numbers: `INV-2` before `INV-10`), ignoring case;
//!   pick lists in their choices' order (aging columns oldest last, ladder steps
//!   in escalation order); empty cells last in either direction. With no key,
//!   rows keep the report's order.
//! - **Scope**: filters that set which rows the table has ([`Query::scope`]);
//!   the counts are of rows in scope.
//! - **Filters**: `contains` (text and pick columns, ignoring case), `range`
//!   (numbers, amounts and dates, both bounds included, empty cells excluded),
//!   `oneOf` (pick columns' choices; text columns' exact texts), and `written`
//!   (a filter box's text, read as one of these by the column's kind). A row passes when it passes every
//!   filter (the scope's too) and, when the search is not empty, contains it in
//!   one of its text or pick cells.
//! - **Totals**: per currency of the selected rows, the sum of each summed
//!   column ([`Column::summed`]: amounts that add up) over those rows; its **share** is that sum ÷ the same column's sum over
//!   every row of the currency × 100 (none when that sum is zero); in the Members grid, over
//!   every row in its scope (the input shown), since its inputs do not add up together.

mod columns;
mod select;
mod text;
mod tsv;

pub use select::{Selection, Totals};
pub use text::{contains_folded, natural_order};

use crate::Report;
use chrono::NaiveDate;
use columns::Field;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Which table of a report a grid lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum GridName {
    /// Every open document at the as-of date ([`crate::figures::aging::Aging::items`],
    /// listed when [`crate::AgingOptions::items`] is set).
    Invoices,
    /// Each customer's aging, per currency.
    Customers,
    /// The collection worklist's rows.
    Worklist,
    /// The monthly trend: a row per currency and month, oldest month first.
    Trend,
    /// The members of a traced figure ([`crate::trace`]): a row per member of
    /// each input, inputs in the figure's order ([`Grid::of_trace`]).
    Members,
}

/// How a column's cells compare, filter, total and copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ColumnKind {
    /// Free text: natural order, `contains` filter.
    Text,
    /// One of [`Column::choices`]: ordered as listed, `oneOf` or `contains` filter.
    Pick,
    /// A calendar date: `range` filter (`YYYY-MM-DD`).
    Date,
    /// A number of days: `range` filter.
    Days,
    /// A count or a row number: `range` filter.
    Count,
    /// An amount in the row's currency: `range` filter, totalled per currency.
    Money,
    /// A score or a number of days with decimals (not an amount): `range` filter.
    Score,
    /// A percentage: `range` filter.
    Percent,
}

impl ColumnKind {
    /// Whether its cells are numbers (right-aligned, copied as numbers).
    pub fn is_number(self) -> bool {
        matches!(
            self,
            ColumnKind::Days
                | ColumnKind::Count
                | ColumnKind::Money
                | ColumnKind::Score
                | ColumnKind::Percent
        )
    }
}

/// One column of a grid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Column {
    /// Its stable name (in the URL's grid state): `customer`, `open`, `b0`…
    pub key: String,
    /// Its header.
    pub label: String,
    /// How its cells behave.
    pub kind: ColumnKind,
    /// A pick column's values, in their order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    /// Whether the totals row sums it: amounts that add up (open amounts,
    /// sales, collections), not balances at different dates.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub summed: bool,
}

/// One cell's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell<'a> {
    /// Text.
    #[serde(rename = "s")]
    Text(Cow<'a, str>),
    /// The index of a pick column's choice.
    #[serde(rename = "p")]
    Pick(u16),
    /// A date.
    #[serde(rename = "d")]
    Date(NaiveDate),
    /// Days, a count, a row number.
    #[serde(rename = "i")]
    Int(i64),
    /// An amount or a score, exact.
    #[serde(rename = "n")]
    Number(Decimal),
    /// Nothing (a figure that does not apply to the row).
    #[serde(rename = "e")]
    Empty,
}

impl Cell<'_> {
    /// The cell with its text owned.
    pub fn into_owned(self) -> Cell<'static> {
        match self {
            Cell::Text(t) => Cell::Text(Cow::Owned(t.into_owned())),
            Cell::Pick(p) => Cell::Pick(p),
            Cell::Date(d) => Cell::Date(d),
            Cell::Int(i) => Cell::Int(i),
            Cell::Number(n) => Cell::Number(n),
            Cell::Empty => Cell::Empty,
        }
    }
}

/// One column's sort key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SortKey {
    /// The column's [`Column::key`].
    pub column: String,
    /// Largest (or latest, or last) first.
    #[serde(default)]
    pub descending: bool,
}

/// A test on one column's cells.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Test {
    /// The cell's text (a pick's choice) contains this, ignoring case.
    Contains(String),
    /// The cell lies between the bounds, both included; a bound is written as
    /// the column's values are (`2024-03-31`, `-1200.50`, `1.200,50`, `30`).
    Range {
        /// The lowest value kept.
        #[serde(default)]
        from: Option<String>,
        /// The highest value kept.
        #[serde(default)]
        to: Option<String>,
    },
    /// The cell is one of these: a pick column's choices, or a text
    /// column's exact texts (a customer id).
    OneOf(Vec<String>),
    /// As typed in the column's filter box, read by the column's kind: text
    /// contains it; a pick is one of its choices separated by `|`; numbers,
    /// amounts and dates lie in `from..to` (either side may be empty; one
    /// value alone is both bounds).
    Written(String),
}

/// One column's filter.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Filter {
    /// The column's [`Column::key`].
    pub column: String,
    /// Its test.
    pub test: Test,
}

/// What rows a grid shows, and in which order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Query {
    /// Sort keys, the first deciding first.
    #[serde(default)]
    pub sort: Vec<SortKey>,
    /// Filters, all of which a row passes.
    #[serde(default)]
    pub filters: Vec<Filter>,
    /// Text one of the row's text or pick cells contains, ignoring case (empty: every row).
    #[serde(default)]
    pub search: String,
    /// Filters that set the table's scope rather than narrow it (the currency
    /// shown, the customer a chart opened): rows outside are not counted in
    /// [`Page::rows_total`].
    #[serde(default)]
    pub scope: Vec<Filter>,
}

/// A query the grid cannot run, located: the column, the text, what was expected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// No column has this key.
    #[error("the grid has no column “{0}”")]
    UnknownColumn(String),
    /// A range bound could not be read as the column's values are.
    #[error("filter on {column}: “{text}” is not {expected}")]
    Bound {
        /// The column's label.
        column: String,
        /// The bound as given.
        text: String,
        /// What it should be.
        expected: &'static str,
    },
    /// The test does not apply to the column's kind.
    #[error("filter on {column}: {reason}")]
    Mismatch {
        /// The column's label.
        column: String,
        /// Why it does not apply.
        reason: &'static str,
    },
}

/// A window of a selection's rows, as the page shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// The grid's columns.
    pub columns: Vec<Column>,
    /// Rows in the table's scope (before the other filters and the search).
    pub rows_total: usize,
    /// Rows the query selects.
    pub matched: usize,
    /// The selection's index of `rows[0]`.
    pub offset: usize,
    /// The rows from `offset`, each a cell per column.
    pub rows: Vec<Vec<Cell<'static>>>,
    /// The selection's totals, per currency.
    pub totals: Vec<Totals>,
}

/// The index of `code` in `codes` (`usize::MAX` when absent). Codes are
/// short: compared byte by byte where they lie, without a call per comparison.
fn slot_of(codes: &[&str], code: &str) -> usize {
    let code = code.as_bytes();
    codes
        .iter()
        .position(|c| c.len() == code.len() && c.bytes().zip(code).all(|(a, b)| a == *b))
        .unwrap_or(usize::MAX)
}

/// One table of a report, as a grid lists it.
#[derive(Debug)]
pub struct Grid<'r> {
    report: &'r Report,
    name: GridName,
    columns: Vec<Column>,
    fields: Vec<Field>,
    currencies: Vec<&'r str>,
    /// The trend's rows (currency's index, month's index in the report), or a
    /// trace's (input's index, member's index).
    pairs: Vec<(usize, usize)>,
    /// The ledger and the trace a [`GridName::Members`] grid lists.
    trace: Option<(&'r crate::Book, &'r crate::trace::Trace)>,
}

impl<'r> Grid<'r> {
    /// The grid of `report`'s table `name`.
    /// (A [`GridName::Members`] grid made here has no row: see [`Grid::of_trace`].)
    pub fn of(report: &'r Report, name: GridName) -> Grid<'r> {
        columns::grid(report, name, None)
    }

    /// The grid of `trace`'s members (a trace of `report`, made from `book`).
    pub fn of_trace(report: &'r Report, book: &'r crate::Book, trace: &'r crate::trace::Trace) -> Grid<'r> {
        columns::grid(report, GridName::Members, Some((book, trace)))
    }

    /// Which table it lists.
    pub fn name(&self) -> GridName {
        self.name
    }

    /// Its columns, in order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// How many rows the table has.
    pub fn len(&self) -> usize {
        match self.name {
            GridName::Invoices => self.report.aging.items.len(),
            GridName::Customers => self.report.aging.customers.len(),
            GridName::Worklist => self.report.worklist.rows.len(),
            GridName::Trend | GridName::Members => self.pairs.len(),
        }
    }

    /// Whether the table has no row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The index of the column with `key`.
    pub fn column(&self, key: &str) -> Result<usize, QueryError> {
        self.columns
            .iter()
            .position(|c| c.key == key)
            .ok_or_else(|| QueryError::UnknownColumn(key.to_owned()))
    }

    /// The cell at `row` (in the report's order) and `column`.
    pub fn cell(&self, row: usize, column: usize) -> Cell<'r> {
        columns::cell(self, row, self.fields[column])
    }

    /// The currency code of `row`.
    pub fn currency(&self, row: usize) -> &'r str {
        match self.name {
            GridName::Invoices => &self.report.aging.items[row].currency,
            GridName::Customers => &self.report.aging.customers[row].aging.currency,
            GridName::Worklist => &self.report.worklist.rows[row].currency,
            GridName::Trend => &self.report.trend.currencies[self.pairs[row].0].currency,
            GridName::Members => self.trace.map_or("", |(_, t)| t.figure.currency()),
        }
    }

    /// The index of `row`'s currency among the table's (sorted by code).
    pub fn currency_slot(&self, row: usize) -> usize {
        let code = self.currency(row).as_bytes();
        // Codes are short: compared as they lie, without a call per comparison.
        self.currencies
            .iter()
            .position(|c| c.len() == code.len() && c.bytes().zip(code).all(|(a, b)| a == *b))
            .unwrap_or(usize::MAX)
    }

    /// How many currencies the table's rows are in.
    pub fn currency_count(&self) -> usize {
        self.currencies.len()
    }

    /// The code of the currency at `slot` (see [`currency_slot`](Self::currency_slot)).
    pub fn currency_code(&self, slot: usize) -> &'r str {
        self.currencies.get(slot).copied().unwrap_or("")
    }

    /// The rows `query` selects, in its order, with their totals.
    pub fn select(&self, query: &Query) -> Result<Selection, QueryError> {
        select::select(self, query)
    }

    /// At most `limit` rows of `selection` from its index `offset`.
    pub fn page(&self, selection: &Selection, offset: usize, limit: usize) -> Page {
        let offset = offset.min(selection.order.len());
        let end = offset.saturating_add(limit).min(selection.order.len());
        let rows = selection.order[offset..end]
            .iter()
            .map(|&row| (0..self.columns.len()).map(|c| self.cell(row as usize, c).into_owned()).collect())
            .collect();
        Page {
            columns: self.columns.clone(),
            rows_total: selection.scoped,
            matched: selection.order.len(),
            offset,
            rows,
            totals: selection.totals.clone(),
        }
    }

    /// The cells of `selection`'s rows `rows` and the columns `columns` as
    /// tab-separated text for a spreadsheet's paste: one line per row ending
    /// in `\r\n`, numbers plain with a point (`-1234.50`), dates `YYYY-MM-DD`,
    /// a text with a tab, a line break or a quote quoted; ranges clipped.
    pub fn tsv(
        &self,
        selection: &Selection,
        rows: std::ops::Range<usize>,
        columns: std::ops::Range<usize>,
    ) -> String {
        tsv::tsv(self, selection, rows, columns)
    }

    /// The display text of `cell` in `column`: a pick's choice, a date as
    /// `YYYY-MM-DD`, a number as written by the core (point as decimal mark).
    pub fn text<'c>(&self, column: usize, cell: &'c Cell<'_>) -> Cow<'c, str> {
        match cell {
            Cell::Text(t) => Cow::Borrowed(t.as_ref()),
            Cell::Pick(p) => {
                Cow::Owned(self.columns[column].choices.get(*p as usize).cloned().unwrap_or_default())
            }
            Cell::Date(d) => Cow::Owned(d.format("%Y-%m-%d").to_string()),
            Cell::Int(i) => Cow::Owned(i.to_string()),
            Cell::Number(n) => Cow::Owned(n.to_string()),
            Cell::Empty => Cow::Borrowed(""),
        }
    }
}
