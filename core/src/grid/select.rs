//! A query run on a grid: the rows it keeps, their order, their totals.

use super::text::{contains_folded, natural_order};
use super::{Cell, ColumnKind, Grid, Query, QueryError, Test};
use crate::money::locale::{Locale, parse_amount_input};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The rows a query keeps, in its order, and their totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Selection {
    /// The kept rows' indexes in the report's table, in the query's order.
    pub order: Vec<u32>,
    /// How many rows are in the query's scope ([`Query::scope`](super::Query::scope)).
    pub scoped: usize,
    /// Totals per currency of the kept rows, by currency code.
    pub totals: Vec<Totals>,
}

/// The kept rows of one currency, totalled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// ISO code.
    pub currency: String,
    /// How many kept rows are in this currency.
    pub rows: usize,
    /// Per column: the sum of a summed column over the kept rows (`None` for
    /// other columns, and when the sum would overflow an exact decimal).
    pub sums: Vec<Option<Decimal>>,
    /// Per column: `sum ÷ the column's sum over every row of the currency ×
    /// 100`, rounded to four decimals (half to even); `None` when that sum is zero.
    pub shares: Vec<Option<Decimal>>,
}

/// A bound of a range filter, as the column's values are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    Int(i64),
    Number(Decimal),
    Date(NaiveDate),
}

/// A filter checked against its column's cells.
enum Check {
    /// A text column's cell contains this (lowercased).
    Contains(usize, String),
    /// A pick column's cell is one of the choices marked `true`.
    Choices(usize, Vec<bool>),
    /// A text column's cell is one of these, exactly.
    Exact(usize, Vec<String>),
    /// The cell lies within the bounds.
    Range(usize, Option<Bound>, Option<Bound>),
}

fn bound(grid: &Grid<'_>, column: usize, text: Option<&str>) -> Result<Option<Bound>, QueryError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let c = &grid.columns()[column];
    let wrong = |expected| QueryError::Bound { column: c.label.clone(), text: text.to_owned(), expected };
    match c.kind {
        ColumnKind::Date => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|d| Some(Bound::Date(d)))
            .map_err(|_| wrong("a date written YYYY-MM-DD")),
        ColumnKind::Days | ColumnKind::Count => {
            text.parse::<i64>().map(|i| Some(Bound::Int(i))).map_err(|_| wrong("a whole number"))
        }
        ColumnKind::Money | ColumnKind::Score | ColumnKind::Percent => parse_amount_input(text, &Locale::EN)
            .map(|n| Some(Bound::Number(n)))
            .map_err(|_| wrong("a number (1200.50, 1,200.50 or 1.200,50)")),
        ColumnKind::Text | ColumnKind::Pick => Err(QueryError::Mismatch {
            column: c.label.clone(),
            reason: "a range applies to dates, days, counts and amounts",
        }),
    }
}

/// A filter box's text read as a test of a column of `kind` (see [`Test::Written`]).
fn written(kind: ColumnKind, text: &str) -> Test {
    match kind {
        ColumnKind::Text => Test::Contains(text.to_owned()),
        ColumnKind::Pick => Test::OneOf(text.split('|').map(|c| c.trim().to_owned()).collect()),
        _ => {
            let (from, to) = text.split_once("..").unwrap_or((text, text));
            let side = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
            Test::Range { from: side(from), to: side(to) }
        }
    }
}

fn compile(grid: &Grid<'_>, filters: &[super::Filter]) -> Result<Vec<Check>, QueryError> {
    let mut checks = Vec::new();
    for f in filters {
        let i = grid.column(&f.column)?;
        let c = &grid.columns()[i];
        let read;
        let test = match &f.test {
            Test::Written(text) => {
                read = written(c.kind, text);
                &read
            }
            test => test,
        };
        checks.push(match (test, c.kind) {
            (Test::Contains(t), ColumnKind::Pick) => {
                let t = t.to_lowercase();
                Check::Choices(i, c.choices.iter().map(|choice| contains_folded(choice, &t)).collect())
            }
            (Test::Contains(t), ColumnKind::Text) => Check::Contains(i, t.to_lowercase()),
            (Test::Contains(_), _) => {
                return Err(QueryError::Mismatch {
                    column: c.label.clone(),
                    reason: "“contains” applies to text columns; give a range",
                });
            }
            (Test::OneOf(values), ColumnKind::Pick) => {
                Check::Choices(i, c.choices.iter().map(|choice| values.contains(choice)).collect())
            }
            (Test::OneOf(values), ColumnKind::Text) => Check::Exact(i, values.clone()),
            (Test::OneOf(_), _) => {
                return Err(QueryError::Mismatch {
                    column: c.label.clone(),
                    reason: "a list of values applies to text and pick columns",
                });
            }
            (Test::Range { from, to }, _) => {
                Check::Range(i, bound(grid, i, from.as_deref())?, bound(grid, i, to.as_deref())?)
            }
            // Read above into one of the others.
            (Test::Written(_), _) => {
                return Err(QueryError::Mismatch {
                    column: c.label.clone(),
                    reason: "its text could not be read",
                });
            }
        });
    }
    Ok(checks)
}

/// Where `cell` lies against `bound` (`None` when they cannot be compared:
/// an empty cell).
fn against(cell: &Cell<'_>, bound: Bound) -> Option<Ordering> {
    match (cell, bound) {
        (Cell::Int(i), Bound::Int(b)) => Some(i.cmp(&b)),
        (Cell::Number(n), Bound::Number(b)) => Some(n.cmp(&b)),
        (Cell::Date(d), Bound::Date(b)) => Some(d.cmp(&b)),
        _ => None,
    }
}

fn passes(grid: &Grid<'_>, row: usize, check: &Check) -> bool {
    match check {
        Check::Contains(c, t) => match grid.cell(row, *c) {
            Cell::Text(s) => contains_folded(&s, t),
            _ => t.is_empty(),
        },
        Check::Exact(c, values) => match grid.cell(row, *c) {
            Cell::Text(s) => values.iter().any(|v| *v == *s),
            _ => false,
        },
        Check::Choices(c, keep) => match grid.cell(row, *c) {
            Cell::Pick(p) => keep.get(p as usize).copied().unwrap_or(false),
            _ => false,
        },
        Check::Range(c, from, to) => {
            let cell = grid.cell(row, *c);
            let low = from.is_none_or(|b| against(&cell, b).is_some_and(|o| o != Ordering::Less));
            let high = to.is_none_or(|b| against(&cell, b).is_some_and(|o| o != Ordering::Greater));
            low && high && !matches!(cell, Cell::Empty)
        }
    }
}

/// The search: lowercased text, the text columns, and per pick column which
/// choices contain it.
struct Search {
    text: String,
    texts: Vec<usize>,
    picks: Vec<(usize, Vec<bool>)>,
}

impl Search {
    fn new(grid: &Grid<'_>, text: &str) -> Option<Search> {
        let text = text.trim().to_lowercase();
        if text.is_empty() {
            return None;
        }
        let mut texts = Vec::new();
        let mut picks = Vec::new();
        for (i, c) in grid.columns().iter().enumerate() {
            match c.kind {
                ColumnKind::Text => texts.push(i),
                ColumnKind::Pick => {
                    picks.push((i, c.choices.iter().map(|ch| contains_folded(ch, &text)).collect()))
                }
                _ => {}
            }
        }
        Some(Search { text, texts, picks })
    }

    fn finds(&self, grid: &Grid<'_>, row: usize) -> bool {
        self.texts.iter().any(|&c| matches!(grid.cell(row, c), Cell::Text(s) if contains_folded(&s, &self.text)))
            || self.picks.iter().any(|(c, hits)| {
                matches!(grid.cell(row, *c), Cell::Pick(p) if hits.get(p as usize).copied().unwrap_or(false))
            })
    }
}

/// `a` against `b` for a sort: empty cells after every value whatever the
/// direction, then the values (reversed when `descending`).
fn compare(a: &Cell<'_>, b: &Cell<'_>, descending: bool) -> Ordering {
    let order = match (a, b) {
        (Cell::Empty, Cell::Empty) => return Ordering::Equal,
        (Cell::Empty, _) => return Ordering::Greater,
        (_, Cell::Empty) => return Ordering::Less,
        (Cell::Text(x), Cell::Text(y)) => natural_order(x, y),
        (Cell::Pick(x), Cell::Pick(y)) => x.cmp(y),
        (Cell::Date(x), Cell::Date(y)) => x.cmp(y),
        (Cell::Int(x), Cell::Int(y)) => x.cmp(y),
        (Cell::Number(x), Cell::Number(y)) => x.cmp(y),
        // A column's cells are of one kind; a mix keeps the rows' order.
        _ => Ordering::Equal,
    };
    if descending { order.reverse() } else { order }
}

/// Sums of the summed columns per currency over `rows`: (rows counted, sums).
fn sums<'r>(
    grid: &Grid<'r>,
    rows: impl Iterator<Item = usize>,
) -> BTreeMap<&'r str, (usize, Vec<Option<Decimal>>)> {
    let money: Vec<usize> =
        grid.columns().iter().enumerate().filter(|(_, c)| c.summed).map(|(i, _)| i).collect();
    let width = grid.columns().len();
    let mut out: BTreeMap<&str, (usize, Vec<Option<Decimal>>)> = BTreeMap::new();
    for row in rows {
        let (count, sums) = out.entry(grid.currency(row)).or_insert_with(|| {
            let mut v = vec![None; width];
            for &c in &money {
                v[c] = Some(Decimal::ZERO);
            }
            (0, v)
        });
        *count += 1;
        for &c in &money {
            if let (Some(sum), Cell::Number(n)) = (sums[c], grid.cell(row, c)) {
                sums[c] = sum.checked_add(n);
            }
        }
    }
    out
}

pub(super) fn select(grid: &Grid<'_>, query: &Query) -> Result<Selection, QueryError> {
    let scope = compile(grid, &query.scope)?;
    let checks = compile(grid, &query.filters)?;
    let keys = query
        .sort
        .iter()
        .map(|k| grid.column(&k.column).map(|c| (c, k.descending)))
        .collect::<Result<Vec<_>, _>>()?;
    let search = Search::new(grid, &query.search);
    let rows = u32::try_from(grid.len()).unwrap_or(u32::MAX);
    let mut scoped = 0;
    let mut order: Vec<u32> = (0..rows)
        .filter(|&r| {
            let r = r as usize;
            if !scope.iter().all(|c| passes(grid, r, c)) {
                return false;
            }
            scoped += 1;
            checks.iter().all(|c| passes(grid, r, c)) && search.as_ref().is_none_or(|s| s.finds(grid, r))
        })
        .collect();
    if !keys.is_empty() {
        // Each key column's cells read once, then compared: a stable sort keeps
        // the report's order among equals.
        let cells: Vec<Vec<Cell<'_>>> = keys
            .iter()
            .map(|&(c, _)| {
                let mut column = vec![Cell::Empty; grid.len()];
                for &r in &order {
                    column[r as usize] = grid.cell(r as usize, c);
                }
                column
            })
            .collect();
        order.sort_by(|&a, &b| {
            keys.iter()
                .zip(&cells)
                .map(|(&(_, descending), column)| {
                    compare(&column[a as usize], &column[b as usize], descending)
                })
                .find(|o| *o != Ordering::Equal)
                .unwrap_or(Ordering::Equal)
        });
    }
    let whole = sums(grid, 0..grid.len());
    let kept = sums(grid, order.iter().map(|&r| r as usize));
    let totals = kept
        .into_iter()
        .map(|(currency, (rows, sums))| {
            let all = whole.get(currency).map(|(_, s)| s.as_slice()).unwrap_or(&[]);
            let shares = sums
                .iter()
                .zip(all)
                .map(|(part, whole)| match (part, whole) {
                    (Some(p), Some(w)) if !w.is_zero() => p
                        .checked_div(*w)
                        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
                        .map(|s| s.round_dp(4).normalize()),
                    _ => None,
                })
                .collect();
            Totals { currency: currency.to_owned(), rows, sums, shares }
        })
        .collect();
    Ok(Selection { order, scoped, totals })
}
