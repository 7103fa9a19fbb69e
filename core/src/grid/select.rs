//! A query run on a grid: the rows it keeps, their order, their totals.

use super::text::{contains_folded, natural_key};
use super::{Cell, ColumnKind, Grid, GridName, Query, QueryError, Test};
use crate::money::locale::{Locale, parse_amount_input};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

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
    /// 100` (in the Members grid, every row in its scope: the input shown),
    /// rounded to four decimals (half to even); `None` when that sum is zero.
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

/// A cell as a sort key: a column's cells are of one kind, so only keys of
/// one variant are compared with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    /// A text's rank among the column's distinct texts in [`natural_key`]
    /// order, a pick's index, a date's day number, days, a count.
    Int(i64),
    /// An amount's mantissa at the column's largest scale.
    Scaled(i128),
    /// An amount that does not fit the above.
    Number(Decimal),
}

/// The sort key of each non-empty cell of `column` in `rows`, as (position in
/// `rows`, key); keys of one column compare as its cells do.
fn keyed(grid: &Grid<'_>, rows: &[u32], column: usize) -> Vec<(u32, Key)> {
    let cells: Vec<Cell<'_>> = rows.iter().map(|&r| grid.cell(r as usize, column)).collect();
    let scale =
        cells.iter().filter_map(|c| if let Cell::Number(n) = c { Some(n.scale()) } else { None }).max();
    let scaled = |n: &Decimal| {
        let up = scale.unwrap_or(0).checked_sub(n.scale())?;
        n.mantissa().checked_mul(10i128.checked_pow(up)?)
    };
    let fits = cells.iter().all(|c| match c {
        Cell::Number(n) => scaled(n).is_some(),
        _ => true,
    });
    // Mantissas that fit 64 bits compare as `Int` (a column's keys are all one variant):
    // 128-bit comparisons are several instructions in WebAssembly.
    let narrow = fits
        && cells.iter().all(|c| match c {
            Cell::Number(n) => scaled(n).is_some_and(|m| i64::try_from(m).is_ok()),
            _ => true,
        });
    // A text column's distinct texts keyed once (a customer's name repeats on
    // each of its documents).
    let mut texts: FxHashMap<&str, u32> = FxHashMap::default();
    let mut text_keys: Vec<Vec<u8>> = Vec::new();
    for cell in &cells {
        if let Cell::Text(t) = cell {
            texts.entry(t.as_ref()).or_insert_with(|| {
                let mut k = Vec::with_capacity(t.len() + 8);
                natural_key(t, &mut k);
                text_keys.push(k);
                u32::try_from(text_keys.len() - 1).unwrap_or(u32::MAX)
            });
        }
    }
    let mut text_order: Vec<u32> = (0..u32::try_from(text_keys.len()).unwrap_or(u32::MAX)).collect();
    text_order.sort_unstable_by(|a, b| text_keys[*a as usize].cmp(&text_keys[*b as usize]));
    // Each distinct text's rank among them (equal keys equal ranks).
    let mut text_rank = vec![0i64; text_keys.len()];
    for (i, &t) in text_order.iter().enumerate() {
        let same = i > 0 && text_keys[text_order[i - 1] as usize] == text_keys[t as usize];
        let previous = if i > 0 { text_rank[text_order[i - 1] as usize] } else { 0 };
        text_rank[t as usize] = if same || i == 0 { previous } else { previous + 1 };
    }
    cells
        .iter()
        .enumerate()
        .filter_map(|(p, cell)| {
            let key = match cell {
                Cell::Empty => return None,
                Cell::Text(t) => Key::Int(texts.get(t.as_ref()).map_or(0, |&i| text_rank[i as usize])),
                Cell::Pick(i) => Key::Int(i64::from(*i)),
                Cell::Date(d) => Key::Int(i64::from(d.num_days_from_ce())),
                Cell::Int(i) => Key::Int(*i),
                Cell::Number(n) if narrow => {
                    Key::Int(scaled(n).and_then(|m| i64::try_from(m).ok()).unwrap_or(0))
                }
                Cell::Number(n) if fits => Key::Scaled(scaled(n).unwrap_or(0)),
                Cell::Number(n) => Key::Number(*n),
            };
            Some((u32::try_from(p).unwrap_or(u32::MAX), key))
        })
        .collect()
}

/// `rows` in the order of `column`, ascending or `descending`, equal cells in
/// their order in `rows` and empty cells last either way: one sort of
/// (key, position) pairs, which are all distinct, so an unstable sort is stable.
fn sorted(grid: &Grid<'_>, rows: &[u32], column: usize, descending: bool) -> Vec<u32> {
    let mut keyed = keyed(grid, rows, column);
    if descending {
        keyed.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    } else {
        keyed.sort_unstable_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    }
    let mut filled = vec![false; rows.len()];
    let mut out = Vec::with_capacity(rows.len());
    for &(p, _) in &keyed {
        filled[p as usize] = true;
        out.push(rows[p as usize]);
    }
    out.extend(rows.iter().zip(&filled).filter(|(_, f)| !**f).map(|(r, _)| *r));
    out
}

/// Each row's rank by `column` (indexed by position in `rows`): equal cells
/// equal ranks, in ascending or `descending` order, empty cells last either way.
fn ranks(grid: &Grid<'_>, rows: &[u32], column: usize, descending: bool) -> Vec<u32> {
    let mut keyed = keyed(grid, rows, column);
    keyed.sort_unstable_by_key(|k| k.1);
    let mut out = vec![u32::MAX; rows.len()];
    let mut rank = 0u32;
    for (i, (p, key)) in keyed.iter().enumerate() {
        if i > 0 && keyed[i - 1].1 != *key {
            rank += 1;
        }
        out[*p as usize] = rank;
    }
    if descending {
        // Empty cells keep u32::MAX: last either way.
        for r in out.iter_mut().filter(|r| **r != u32::MAX) {
            *r = rank - *r;
        }
    }
    out
}

/// A currency's rows counted and its summed columns' sums (`None` for the
/// other columns, and once a sum overflows).
#[derive(Debug, Clone)]
struct Sums {
    rows: usize,
    sums: Vec<Option<Decimal>>,
}

impl Sums {
    fn new(width: usize, summed: &[usize]) -> Sums {
        let mut sums = vec![None; width];
        for &c in summed {
            sums[c] = Some(Decimal::ZERO);
        }
        Sums { rows: 0, sums }
    }

    fn add(&mut self, grid: &Grid<'_>, row: usize, summed: &[usize]) {
        self.rows += 1;
        for &c in summed {
            if let (Some(sum), Cell::Number(n)) = (self.sums[c], grid.cell(row, c)) {
                self.sums[c] = sum.checked_add(n);
            }
        }
    }
}

/// The sums per currency (by [`Grid::currency_slot`]) over every row (those
/// `whole` marks, when given) and over the `kept` rows, in one pass over the table.
fn sums(
    grid: &Grid<'_>,
    kept: &[u32],
    whole_rows: Option<&[bool]>,
    all_kept: bool,
) -> (Vec<Sums>, Vec<Sums>) {
    let summed: Vec<usize> =
        grid.columns().iter().enumerate().filter(|(_, c)| c.summed).map(|(i, _)| i).collect();
    let width = grid.columns().len();
    let currencies = grid.currency_count();
    let mut whole = vec![Sums::new(width, &summed); currencies];
    let mut part = whole.clone();
    // When every row the whole counts is kept, the kept rows' sums are the whole's.
    let mut is_kept = vec![all_kept; grid.len()];
    for &r in kept {
        is_kept[r as usize] = true;
    }
    for (row, kept) in is_kept.into_iter().enumerate() {
        if whole_rows.is_some_and(|w| !w.get(row).copied().unwrap_or(false)) {
            continue;
        }
        let slot = grid.currency_slot(row);
        if let Some(w) = whole.get_mut(slot) {
            w.add(grid, row, &summed);
        }
        if kept
            && !all_kept
            && let Some(p) = part.get_mut(slot)
        {
            p.add(grid, row, &summed);
        }
    }
    if all_kept {
        part = whole.clone();
    }
    (whole, part)
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
    // A trace's members are shared out within the input in scope (see Totals::shares).
    let mut in_scope: Option<Vec<bool>> = (grid.name() == GridName::Members).then(|| vec![false; grid.len()]);
    let mut order: Vec<u32> = (0..rows)
        .filter(|&r| {
            let r = r as usize;
            if !scope.iter().all(|c| passes(grid, r, c)) {
                return false;
            }
            scoped += 1;
            if let Some(mark) = in_scope.as_mut().and_then(|m| m.get_mut(r)) {
                *mark = true;
            }
            checks.iter().all(|c| passes(grid, r, c)) && search.as_ref().is_none_or(|s| s.finds(grid, r))
        })
        .collect();
    if let [(column, descending)] = keys.as_slice() {
        order = sorted(grid, &order, *column, *descending);
    } else if !keys.is_empty() {
        // Each key column's cells ranked once; then a stable sort of rank tuples
        // keeps the report's order among equals.
        let ranks: Vec<Vec<u32>> =
            keys.iter().map(|&(c, descending)| ranks(grid, &order, c, descending)).collect();
        let mut positions: Vec<u32> = (0..u32::try_from(order.len()).unwrap_or(u32::MAX)).collect();
        positions.sort_by(|&a, &b| {
            ranks
                .iter()
                .map(|r| r[a as usize].cmp(&r[b as usize]))
                .find(|o| *o != Ordering::Equal)
                .unwrap_or(Ordering::Equal)
        });
        order = positions.into_iter().map(|p| order[p as usize]).collect();
    }
    // Every row the whole counts was kept (all rows; a trace's: all in scope).
    let all_kept = order.len() == grid.len() || (in_scope.is_some() && order.len() == scoped);
    let (whole, kept) = sums(grid, &order, in_scope.as_deref(), all_kept);
    let totals = kept
        .into_iter()
        .zip(&whole)
        .enumerate()
        .filter(|(_, (k, _))| k.rows > 0)
        .map(|(slot, (Sums { rows, sums }, all))| {
            let shares = sums
                .iter()
                .zip(&all.sums)
                .map(|(part, whole)| match (part, whole) {
                    (Some(p), Some(w)) if !w.is_zero() => p
                        .checked_div(*w)
                        .and_then(|q| q.checked_mul(Decimal::ONE_HUNDRED))
                        .map(|s| s.round_dp(4).normalize()),
                    _ => None,
                })
                .collect();
            Totals { currency: grid.currency_code(slot).to_owned(), rows, sums, shares }
        })
        .collect();
    Ok(Selection { order, scoped, totals })
}
