//! Text split at a comma written without quotes: comma-delimited text that
//! writes `Smith, John` or `Acme, Inc.` bare gives two cells where the header has
//! one, shifting every cell after them — the row was refused (`"2026-05-31" is
//! not an amount`), or read with the wrong cells where they happened to fit.
//!
//! A row below the header that fills `k` cells past the header's last name,
//! and whose dates or amounts do not read where the header puts them, is joined
//! back at the one text column (the customer's name, the terms, or a column
//! arlens does not read, such as a description) where joining `k + 1` cells
//! makes every date and amount of the row read; with no such column, or more
//! than one, it is left as it is (and refused, located, as before).

use super::Warning;
use super::columns::Field;
use super::grid::{Cell, CellRef, Grid, Row};
use super::infer::{amount_of, may_be_date};
use super::layout::Header;
use super::values::{DecimalMark, is_dash};
use crate::error::{Position, column_letter, quoted};

/// Fields whose text may hold a comma.
const TEXT_FIELDS: [Field; 2] = [Field::CustomerName, Field::Terms];

/// The date fields whose cells the join must make read.
const DATE_FIELDS: [Field; 3] = [Field::InvoiceDate, Field::DueDate, Field::PaidDate];

/// The most commas a row's texts are joined at: a name or a note with more is
/// left as it is (the ways to share them among the text columns grow fast).
const MAX_EXTRA: usize = 3;

/// The most text columns before the last date or amount a row's commas are
/// looked for in (with [`MAX_EXTRA`]: a few hundred ways to try a row at most).
const MAX_COLUMNS: usize = 8;

/// Whether `text` (a cell's, at `column`) reads as what `header` maps there:
/// a date column's a date (in either order), a money column's an amount
/// (with either mark), anything for any other column; empty cells always.
fn reads(header: &Header, column: usize, text: &str) -> bool {
    let Some(field) = header.map.columns.iter().find(|m| m.index == column).map(|m| m.field) else {
        return true;
    };
    if text.is_empty() {
        return true;
    }
    let cell = CellRef::Text(text);
    if DATE_FIELDS.contains(&field) {
        may_be_date(cell)
    } else if field.is_money() {
        is_dash(text)
            || [DecimalMark::Point, DecimalMark::Comma].iter().any(|&m| amount_of(cell, m).is_some())
    } else {
        true
    }
}

/// Whether a comma may stand in `header`'s column `column`: a text field's, or
/// a named column arlens does not read.
fn may_hold_commas(header: &Header, column: usize) -> bool {
    match header.map.columns.iter().find(|m| m.index == column) {
        Some(m) => TEXT_FIELDS.contains(&m.field),
        None => !header.text(column).trim().is_empty(),
    }
}

/// A row to join: its place, its cells joined, and the first joined cell's
/// column and pieces.
struct Joined {
    index: usize,
    cells: Vec<String>,
    column: usize,
    pieces: Vec<String>,
}

/// The rows of `grid` below `header` to join, as the module says.
pub(super) struct Plan {
    rows: Vec<Joined>,
}

/// What [`join`] would join in `grid` below `header` (comma-delimited text
/// only: [`Grid::comma_split`]).
pub(super) fn plan(grid: &Grid, header: &Header) -> Option<Plan> {
    if !grid.comma_split {
        return None;
    }
    let named = header.last_named()?.saturating_add(1);
    let checked: Vec<usize> = header
        .map
        .columns
        .iter()
        .filter(|m| DATE_FIELDS.contains(&m.field) || m.field.is_money())
        .map(|m| m.index)
        .collect();
    let last_checked = *checked.iter().max()?;
    // Columns that may hold a comma and shift a date or an amount; the last one
    // after every date and amount, which takes what is left.
    let before: Vec<usize> = (0..last_checked).filter(|&c| may_hold_commas(header, c)).collect();
    if before.len() > MAX_COLUMNS {
        return None;
    }
    let after = (last_checked.saturating_add(1)..named).rev().find(|&c| may_hold_commas(header, c));
    let mut rows = Vec::new();
    for (index, row) in grid.rows.iter().enumerate().skip(header.index.saturating_add(1)) {
        if row.width() <= named {
            continue;
        }
        if let Some(joined) = joined(row, index, named, header, &checked, &before, after) {
            rows.push(joined);
        }
    }
    (!rows.is_empty()).then_some(Plan { rows })
}

/// Every way to share `cells` extra cells among `columns` (how many each takes).
fn shares(columns: usize, cells: usize) -> Vec<Vec<usize>> {
    if columns == 0 {
        return if cells == 0 { vec![Vec::new()] } else { Vec::new() };
    }
    (0..=cells)
        .flat_map(|first| {
            shares(columns.saturating_sub(1), cells.saturating_sub(first)).into_iter().map(move |mut rest| {
                rest.insert(0, first);
                rest
            })
        })
        .collect()
}

/// The first cell a join made: its column and pieces.
type FirstJoined = (usize, Vec<String>);

/// `texts` with the cells `takes` names joined: `(column, extra cells)` pairs in
/// column order; with the first joined cell's column and pieces.
fn joined_texts(texts: &[String], takes: &[(usize, usize)]) -> (Vec<String>, Option<FirstJoined>) {
    let mut cells = Vec::with_capacity(texts.len());
    let mut first = None;
    let mut at = 0usize;
    while let Some(text) = texts.get(at) {
        let column = cells.len();
        match takes.iter().find(|&&(c, n)| c == column && n > 0) {
            Some(&(_, n)) => {
                let end = at.saturating_add(n).min(texts.len().saturating_sub(1));
                let pieces: Vec<String> = texts.get(at..=end).unwrap_or_default().to_vec();
                cells.push(pieces.join(", "));
                first.get_or_insert((column, pieces));
                at = end.saturating_add(1);
            }
            None => {
                cells.push(text.clone());
                at = at.saturating_add(1);
            }
        }
    }
    (cells, first)
}

/// `row` (at `index`) with its texts joined where one way only makes its dates
/// and amounts read, if its cells past the header's `named` columns need it.
fn joined(
    row: &Row,
    index: usize,
    named: usize,
    header: &Header,
    checked: &[usize],
    before: &[usize],
    after: Option<usize>,
) -> Option<Joined> {
    let extra = row.width().saturating_sub(named);
    // Every text column joined lies before the last date or amount, which a shift
    // moves: where it reads, the row needs no join (one look, no copy, on each row
    // of a file whose lines all end in a delimiter).
    let last = checked.iter().copied().max()?;
    if reads(header, last, row.get(last).as_text().unwrap_or_default()) {
        return None;
    }
    let all: Vec<String> = row.cells().map(|c| c.to_string()).collect();
    let at = |cells: &[String], c: usize| cells.get(c).map_or(String::new(), Clone::clone);
    // A row whose dates and amounts read as they lie needs no join.
    if checked.iter().all(|&c| reads(header, c, &at(&all, c))) {
        return None;
    }
    // The fewest commas that make the row read: its cells to `named + extra`,
    // those after that empty (a delimiter at each line's end).
    for extra in 1..=extra.min(MAX_EXTRA) {
        let width = named.saturating_add(extra);
        if all.iter().skip(width).any(|t| !t.is_empty()) {
            continue;
        }
        let texts = all.get(..width.min(all.len())).unwrap_or_default();
        let mut found: Option<(Vec<String>, FirstJoined)> = None;
        for shifted in 1..=extra {
            for share in shares(before.len(), shifted) {
                let mut takes: Vec<(usize, usize)> = before.iter().copied().zip(share).collect();
                // What is left goes to the last text column after the dates and amounts.
                if let Some(last) = after {
                    takes.push((last, extra.saturating_sub(shifted)));
                }
                let (cells, first) = joined_texts(texts, &takes);
                // Every date and amount reads, none emptied (a join that moves them all
                // past the header reads nothing).
                let filled = |cells: &[String]| checked.iter().filter(|&&c| !at(cells, c).is_empty()).count();
                if !checked.iter().all(|&c| reads(header, c, &at(&cells, c)))
                    || filled(&cells) < filled(texts)
                {
                    continue;
                }
                if found.is_some() {
                    // Two ways would do: no guess.
                    return None;
                }
                found = Some((cells, first?));
            }
        }
        if let Some((cells, (column, pieces))) = found {
            return Some(Joined { index, cells, column, pieces });
        }
    }
    None
}

/// Joins the rows `plan` found ([`plan`] of the same grid and `header`); the
/// warning that says so, naming the first.
pub(super) fn join(grid: &mut Grid, plan: Plan, header: &Header, file: &Position) -> Option<Warning> {
    let count = plan.rows.len();
    let mut first = None;
    for joined in plan.rows {
        let Some(row) = grid.rows.get_mut(joined.index) else { continue };
        *row.cells_mut() = joined.cells.iter().map(|t| Cell::text(t)).collect();
        first.get_or_insert((row.number, joined.column, joined.pieces));
    }
    let (number, column, pieces) = first?;
    let shown: Vec<String> = pieces.iter().map(|p| quoted(p)).collect();
    let said = if count == 1 {
        "1 row has a text with a comma and no quotes around it, which split it across cells and shifted the cells after it".to_owned()
    } else {
        format!(
            "{count} rows have texts with commas and no quotes around them, which split them across cells and shifted the cells after them"
        )
    };
    Some(Warning {
        position: file.at_row(number).at_column(column, header.text(column)),
        message: format!(
            "{said} (row {number}: {} in columns {} to {}): joined as {}, the one join that puts a date and an amount under each date and amount header",
            shown.join(", "),
            column_letter(column),
            column_letter(column.saturating_add(pieces.len()).saturating_sub(1)),
            quoted(&pieces.join(", ")),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_cells_are_shared_every_way() {
        assert_eq!(shares(2, 2), [vec![0, 2], vec![1, 1], vec![2, 0]]);
        assert_eq!(shares(0, 1), Vec::<Vec<usize>>::new());
        assert_eq!(shares(0, 0), [Vec::<usize>::new()]);
        let texts: Vec<String> =
            ["1", "Smith", "John", "2026-05-01", "late", "again"].map(String::from).to_vec();
        let (cells, first) = joined_texts(&texts, &[(1, 1), (3, 1)]);
        assert_eq!(cells, ["1", "Smith, John", "2026-05-01", "late, again"]);
        assert_eq!(first, Some((1, vec!["Smith".to_owned(), "John".to_owned()])));
    }
}
