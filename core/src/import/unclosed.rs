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
//!
//! A stray quote that a later stray quote closes (`"Bravo LLC,2,…` and, lines
//! on, `7,"Golf,…`) takes the lines between the two into one cell the same way,
//! in the middle of the file, and the row then reads as one invoice of the last
//! line's amount — the amounts of the lines between lost without a word. Such a
//! record is found by its closing quote, which text follows where a delimiter
//! or the line's end should (what csv-core reads on as part of the cell), and
//! split back by the same rule. A record whose quotes are closed as they should
//! be is split back only when at least two whole lines inside it each fill a
//! row (a stray quote that an inch mark closes: `Pipe 5"`).

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
    /// Whether a later quote closed the cell (the file's end did not).
    pub closed_later: bool,
}

/// Why a record is looked at: how the quote that took its lines ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Ending {
    /// The file ended inside the quote.
    AtFileEnd,
    /// A quote closed it with text after it, on the same cell.
    StrayClose,
    /// Closed as a quoted cell is: split back only on stronger evidence.
    Closed,
}

/// The double quotes of the record csv-core is reading, followed as csv-core
/// reads them: a quote opens a cell only at the cell's start, `""` inside a
/// quoted cell is one quote, and any other quote inside closes it.
#[derive(Debug, Default, Clone)]
pub(super) struct Quotes {
    /// The quotes seen (an odd count at the file's end: one never closed).
    pub count: usize,
    /// Inside a quoted cell.
    open: bool,
    /// The last byte read was a quote inside a quoted cell (closing or doubled:
    /// the next byte says).
    pending: bool,
    /// The byte before the next one read (`None`: the record's start).
    prev: Option<u8>,
    /// A quote closed a quoted cell with text after it on the same cell.
    pub stray_close: bool,
}

impl Quotes {
    /// Follows the quotes of `bytes`, the record's next bytes, in a text
    /// delimited by `delimiter`.
    pub(super) fn scan(&mut self, bytes: &[u8], delimiter: u8) {
        let ends_cell = |b: u8| b == delimiter || b == b'\n' || b == b'\r';
        let mut doubled: Option<usize> = None;
        if self.pending
            && let Some(&first) = bytes.first()
        {
            self.pending = false;
            if first == b'"' {
                doubled = Some(0);
            } else {
                self.open = false;
                self.stray_close |= !ends_cell(first);
            }
        }
        for at in memchr::memchr_iter(b'"', bytes) {
            self.count = self.count.saturating_add(1);
            if doubled == Some(at) {
                continue;
            }
            if self.open {
                match bytes.get(at.saturating_add(1)) {
                    Some(b'"') => doubled = Some(at.saturating_add(1)),
                    Some(&next) => {
                        self.open = false;
                        self.stray_close |= !ends_cell(next);
                    }
                    None => self.pending = true,
                }
            } else {
                let before = if at == 0 { self.prev } else { bytes.get(at.saturating_sub(1)).copied() };
                if before.is_none_or(ends_cell) {
                    self.open = true;
                }
            }
        }
        if let Some(&last) = bytes.last() {
            self.prev = Some(last);
        }
    }
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
fn resplit(row: &Row, delimiter: char, width: usize, ending: Ending) -> Option<(Vec<Row>, usize, usize)> {
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
    // Quotes closed as they should be: two whole lines inside that fill a row.
    let whole = middle.iter().filter(|line| !line.trim().is_empty()).count();
    if ending == Ending::Closed && (whole < 2 || width < 3) {
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

/// Splits back the cells of `grid` at rows `candidates` (indices of records on
/// several lines, ascending, with how their quote ended) that a stray quote
/// opened, cells split at `delimiter`; what was split.
pub(super) fn reopen(grid: &mut Grid, delimiter: u8, candidates: &[(usize, Ending)]) -> Vec<Unclosed> {
    if candidates.is_empty() {
        return Vec::new();
    }
    let Some(width) = usual_width(grid) else { return Vec::new() };
    let delimiter = char::from(delimiter);
    let mut found = Vec::new();
    // From the last, so that the rows put in leave the earlier places as they are.
    for &(index, ending) in candidates.iter().rev() {
        let Some(row) = grid.rows.get(index) else { continue };
        let Some((rows, column, lines)) = resplit(row, delimiter, width, ending) else { continue };
        found.push(Unclosed { row: row.number, column, lines, closed_later: ending != Ending::AtFileEnd });
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
        let found = reopen(&mut g, b',', &[(2, Ending::AtFileEnd)]);
        assert_eq!(found, [Unclosed { row: 3, column: 0, lines: 3, closed_later: false }]);
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

    /// `scan` fed `text` in pieces of `size` bytes.
    fn scanned(text: &str, size: usize) -> Quotes {
        let mut quotes = Quotes::default();
        for piece in text.as_bytes().chunks(size) {
            quotes.scan(piece, b',');
        }
        quotes
    }

    #[test]
    fn a_quote_closed_with_text_after_it_is_a_stray_close() {
        for size in [1, 2, 3, 64] {
            // Quoted as they should be, a doubled quote inside, an inch mark mid-cell.
            let q = scanned("1,\"Acme, \"\"Big\"\" Ltd\",Pipe 5\",\"a\nb\"\n", size);
            assert_eq!((q.count, q.stray_close, q.open), (9, false, false), "{size}");
            // A stray quote closed by the next one at a cell's start.
            let q = scanned("2,\"Birch,2026-04-03\n3,\"Cedar,2026-05-02\n", size);
            assert_eq!((q.count, q.stray_close, q.open), (2, true, false), "{size}");
            // A quote after text is no quote that opens.
            let q = scanned("4,Elm 12\" Pipes,60.00\n", size);
            assert_eq!((q.count, q.stray_close, q.open), (1, false, false), "{size}");
            // Never closed.
            let q = scanned("5,\"Fir,10.00\n6,Gum,20.00\n", size);
            assert_eq!((q.count, q.stray_close, q.open), (1, false, true), "{size}");
        }
    }

    #[test]
    fn quotes_closed_as_they_should_be_need_two_whole_lines_inside() {
        let two = (
            3,
            &["Fir & Co,2026-05-22,10.00\n2008,Acme,2026-05-23,20.00\n2009,Acme,2026-05-24,30.00\n2010,Gum 5"]
                as &[&str],
        );
        let one = (3, &["Fir & Co,2026-05-22,10.00\n2008,Acme,2026-05-23,20.00\n2010,Gum 5"] as &[&str]);
        for (row, taken) in [(two, Some(3)), (one, None)] {
            let mut g = grid(&[
                (1, &["Invoice", "Customer", "Date", "Amount"]),
                (2, &["2006", "Elm", "2026-05-21", "60.00"]),
            ]);
            let mut cells: Vec<&str> = vec!["2007"];
            cells.extend(row.1);
            cells.extend(["2026-05-25", "40.00"]);
            g.rows.push(Row::new(row.0, cells.iter().map(|t| Cell::text(t)).collect()));
            let found = reopen(&mut g, b',', &[(2, Ending::Closed)]);
            assert_eq!(found.first().map(|u| u.lines), taken);
            if taken.is_some() {
                assert_eq!(found, [Unclosed { row: 3, column: 1, lines: 3, closed_later: true }]);
                assert_eq!(g.rows.len(), 6);
            }
        }
    }

    #[test]
    fn a_cell_written_on_several_lines_stays_one() {
        let rows: &[(u64, &[&str])] = &[
            (1, &["Customer", "Address", "Amount"]),
            (2, &["Acme", "1 Main St\nSpringfield", "100.00"]),
            (4, &["Bravo", "2 Side Rd", "50.00"]),
        ];
        let mut g = grid(rows);
        for ending in [Ending::AtFileEnd, Ending::StrayClose, Ending::Closed] {
            assert_eq!(reopen(&mut g, b',', &[(1, ending)]), []);
        }
        assert_eq!(g, grid(rows));
    }
}
