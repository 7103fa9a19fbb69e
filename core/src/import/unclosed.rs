//! A quote that opens a cell of delimited text and is never closed (`"Bravo
//! LLC,2,…` — a stray quote typed at a name's start) makes every line after it,
//! to the end of the file, one cell: the rows those lines hold were one "note"
//! of several hundred characters, their amounts unread.
//!
//! The reader finds such a record (the file ends inside it, an odd number of
//! quotes in it); its cell is split back into the lines it took when they are
//! plainly the file's rows: with the cells before it, its first line fills a row of the
//! file's usual width; each line after it, split at the delimiter, fills one
//! too (blank lines aside); and its last line with the cells after it does. A
//! quoted cell written on several lines (an address, a note) is no such cell.

use super::grid::{Cell, Grid, Row};

/// A cell an unclosed quote opened, split back into rows: its row number and
/// column, and how many lines it had taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unclosed {
    /// The row the quote is on.
    pub row: u64,
    /// The cell's column (0-based).
    pub column: usize,
    /// The lines after the first that the cell had taken.
    pub lines: usize,
}

/// The width most of `grid`'s rows of two cells or more have.
fn usual_width(grid: &Grid) -> Option<usize> {
    let mut counts: rustc_hash::FxHashMap<usize, usize> = rustc_hash::FxHashMap::default();
    for row in &grid.rows {
        let width = row.width();
        if width >= 2 {
            let count = counts.entry(width).or_insert(0);
            *count = count.saturating_add(1);
        }
    }
    counts.into_iter().max_by_key(|&(width, count)| (count, width)).map(|(width, _)| width)
}

/// The cells of `row` re-split, when its cell holding line breaks is an
/// unclosed quote's (see the module): the rows, and the cell's column and lines.
fn resplit(row: &Row, delimiter: char, width: usize) -> Option<(Vec<Row>, usize, usize)> {
    let texts: Vec<String> = row.cells().map(|c| c.to_string()).collect();
    let column = texts.iter().position(|t| t.contains('\n'))?;
    let (before, rest) = texts.split_at(column);
    let (cell, after) = rest.split_first()?;
    let lines: Vec<&str> = cell.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let (first, more) = lines.split_first()?;
    let (last, middle) = more.split_last()?;
    let split = |line: &str| -> Vec<String> { line.split(delimiter).map(|f| f.trim().to_owned()).collect() };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut head: Vec<String> = before.to_vec();
    head.extend(split(first));
    if head.len() != width {
        return None;
    }
    rows.push(head);
    for line in middle {
        let fields = split(line);
        if line.trim().is_empty() {
            rows.push(Vec::new());
        } else if fields.len() == width {
            rows.push(fields);
        } else {
            return None;
        }
    }
    let mut tail =
        if last.trim().is_empty() && after.iter().all(String::is_empty) { Vec::new() } else { split(last) };
    if !tail.is_empty() {
        tail.extend(after.iter().cloned());
        while tail.len() > width && tail.last().is_some_and(String::is_empty) {
            tail.pop();
        }
        if tail.len() != width {
            return None;
        }
    }
    if !tail.is_empty() {
        rows.push(tail);
    }
    // Nothing taken but blank lines: a cell written on several lines.
    if rows.iter().skip(1).all(Vec::is_empty) {
        return None;
    }
    let taken = rows.len().saturating_sub(1);
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(i, cells)| {
            let number = row.number.saturating_add(i as u64);
            Row::new(number, cells.iter().map(|t| Cell::text(t)).collect())
        })
        .collect();
    Some((rows, column, taken))
}

/// Splits back the cells of `grid` at rows `candidates` (indices of records the
/// file ended inside a quote of, ascending) that an unclosed quote opened, cells
/// split at `delimiter`; what was split.
pub(super) fn reopen(grid: &mut Grid, delimiter: u8, candidates: &[usize]) -> Vec<Unclosed> {
    if candidates.is_empty() {
        return Vec::new();
    }
    let Some(width) = usual_width(grid) else { return Vec::new() };
    let delimiter = char::from(delimiter);
    let mut found = Vec::new();
    // From the last, so that the rows put in leave the earlier places as they are.
    for &index in candidates.iter().rev() {
        let Some(row) = grid.rows.get(index) else { continue };
        let Some((rows, column, lines)) = resplit(row, delimiter, width) else { continue };
        found.push(Unclosed { row: row.number, column, lines });
        grid.rows.splice(index..=index, rows);
    }
    found.reverse();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[(u64, &[&str])]) -> Grid {
        let rows = rows
            .iter()
            .map(|(n, cells)| Row::new(*n, cells.iter().map(|t| Cell::text(t)).collect()))
            .collect();
        Grid { rows, ..Grid::default() }
    }

    fn texts(grid: &Grid) -> Vec<(u64, Vec<String>)> {
        grid.rows.iter().map(|r| (r.number, r.cells().map(|c| c.to_string()).collect())).collect()
    }

    #[test]
    fn lines_an_unclosed_quote_took_are_rows_again() {
        let mut g = grid(&[
            (1, &["Customer", "Invoice", "Amount"]),
            (2, &["Acme", "1", "100.00"]),
            (3, &["Bravo,2,50.00\nCedar,3,70.00\r\n\nDelta,4,80.00\n"]),
        ]);
        let found = reopen(&mut g, b',', &[2]);
        assert_eq!(found, [Unclosed { row: 3, column: 0, lines: 3 }]);
        let want: Vec<(u64, Vec<String>)> = vec![
            (1, vec!["Customer".into(), "Invoice".into(), "Amount".into()]),
            (2, vec!["Acme".into(), "1".into(), "100.00".into()]),
            (3, vec!["Bravo".into(), "2".into(), "50.00".into()]),
            (4, vec!["Cedar".into(), "3".into(), "70.00".into()]),
            (5, vec![]),
            (6, vec!["Delta".into(), "4".into(), "80.00".into()]),
        ];
        assert_eq!(texts(&g), want);
    }

    #[test]
    fn a_cell_written_on_several_lines_stays_one() {
        let rows: &[(u64, &[&str])] = &[
            (1, &["Customer", "Address", "Amount"]),
            (2, &["Acme", "1 Main St\nSpringfield", "100.00"]),
            (4, &["Bravo", "2 Side Rd", "50.00"]),
        ];
        let mut g = grid(rows);
        assert_eq!(reopen(&mut g, b',', &[1]), []);
        assert_eq!(g, grid(rows));
    }
}
