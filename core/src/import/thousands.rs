//! Numbers split at their separators: comma-delimited text that writes
//! `1,250.00` without quotes (a hand-made file, a script's `f"{amount:,.2f}"`)
//! gives the cells `1` and `250.00`, one more than the header names — and, read
//! as it lies, an amount of 1 where 1,250.00 is owed. A decimal comma splits
//! alike (`1.250,50`: `1.250` and `50`, read as 1.25).
//!
//! A row below the header that fills `k` cells past the header's last name is
//! joined back when its cells hold exactly `k` places where a number goes on
//! in the next cell (a group of three digits after a cell of one to three, as
//! `1` `000` `000.00`; Indian lakh groups, `1` `00` `000.00`; two digits of
//! cents after a whole part, `1.250` `50`), and every
//! number so joined lands in a column the header names as money. Anything else
//! (fewer or more such places, a join landing elsewhere) is left as it is: two
//! amounts side by side (`1`, `250`, `100` under `Amount` and `Open`) read
//! either way, and no guess is made. Nor is any row joined when most rows that
//! run past the header cannot be: then the cells past it are a column the
//! header does not name.

use super::Warning;
use super::grid::{Cell, CellRef, Grid};
use super::layout::Header;
use crate::error::{Position, column_letter, quoted};

/// The longest text before a number's first digits (`-`, `(`, `$`, `USD `).
const PREFIX_CHARS: usize = 5;

/// The longest text after a number's last digits (`)`, `-`, ` CR`, ` USD`).
const SUFFIX_CHARS: usize = 4;

/// The most groups after a number's first cell looked at: seven groups of three
/// are 10^21, past any amount arlens adds up; the look from each cell stays short
/// whatever the row's width.
const MAX_GROUPS: usize = 8;

/// The digits of a number's first cell after at most [`PREFIX_CHARS`]
/// characters that are no digits, points, commas or lower-case letters (a sign,
/// a bracket, a symbol, a currency code).
fn after_prefix(text: &str) -> Option<&str> {
    let digits = text.trim_start_matches(|c: char| !c.is_ascii_digit());
    let prefix = text.get(..text.len().saturating_sub(digits.len()))?;
    let fits = prefix.chars().count() <= PREFIX_CHARS
        && !prefix.contains(|c: char| c == '.' || c == ',' || c.is_ascii_lowercase());
    fits.then_some(digits)
}

/// A number's first cell before a thousands separator: one to three digits
/// after the prefix, and nothing after them.
fn head(text: &str) -> bool {
    after_prefix(text).is_some_and(|d| (1..=3).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// A number's whole part before a decimal comma: digits after the prefix,
/// grouped by points or not (`12`, `1.250`, `1250`).
fn whole(text: &str) -> bool {
    let Some(digits) = after_prefix(text) else { return false };
    let mut groups = digits.split('.');
    let first = groups.next().unwrap_or_default();
    let plain = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    match groups.next() {
        None => plain(first),
        Some(_) => {
            plain(first) && first.len() <= 3 && digits.split('.').skip(1).all(|g| g.len() == 3 && plain(g))
        }
    }
}

/// A cell that ends a number: at most [`SUFFIX_CHARS`] characters that are no
/// digits, points or commas (`)`, `-`, ` CR`).
fn suffix(rest: &str) -> bool {
    rest.chars().count() <= SUFFIX_CHARS
        && !rest.contains(|c: char| c.is_ascii_digit() || c == ',' || c == '.')
}

/// Two digits and a suffix: the cents after a decimal comma (`50`, `50-`).
fn cents(text: &str) -> bool {
    text.get(..2).is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit())) && text.get(2..).is_some_and(suffix)
}

/// What a cell is as a further group of a number's digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    /// `000` or `00` (a lakh group): the number may go on in the next cell.
    Inner(u8),
    /// `250.00`, `250`, `250)`, `250.00-`: three digits that may end the number.
    Last,
}

/// The cell as a group of digits after a separator, if it is one.
fn group(text: &str) -> Option<Group> {
    let bytes = text.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == text.len() && (digits == 2 || digits == 3) {
        return Some(Group::Inner(digits as u8));
    }
    if digits != 3 {
        return None;
    }
    let rest = text.get(3..)?;
    let rest = match rest.strip_prefix('.') {
        Some(fraction) => {
            let places = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if places == 0 {
                return None;
            }
            fraction.get(places..)?
        }
        None => rest,
    };
    suffix(rest).then_some(Group::Last)
}

/// How many cells after `cells[from]` make one number with it, 0 when none
/// does: groups of three (`1` `250` `000.00`), lakh groups of two before a
/// last group of three (`12` `34` `567.00`), or the cents after a decimal
/// comma (`1.250` `50`). A group with a fraction or a mark after its digits
/// ends the number.
fn run(cells: &[&str], from: usize) -> usize {
    let Some(first) = cells.get(from) else { return 0 };
    if !head(first) {
        // Only a decimal comma's cents can follow a longer whole part.
        let decimal = whole(first) && cells.get(from.saturating_add(1)).is_some_and(|t| cents(t));
        return usize::from(decimal);
    }
    let after = || cells.iter().skip(from.saturating_add(1)).take(MAX_GROUPS).map(|t| group(t));
    let mut thousands = 0usize;
    for g in after() {
        match g {
            Some(Group::Inner(3)) => thousands = thousands.saturating_add(1),
            Some(Group::Last) => return thousands.saturating_add(1),
            _ => break,
        }
    }
    if thousands > 0 {
        return thousands;
    }
    let lakhs = after().take_while(|g| *g == Some(Group::Inner(2))).count();
    match after().nth(lakhs) {
        Some(Some(Group::Inner(3) | Group::Last)) if lakhs > 0 => lakhs.saturating_add(1),
        // `12` `50`, or `12` `50-`: cents.
        _ => usize::from(cells.get(from.saturating_add(1)).is_some_and(|t| cents(t))),
    }
}

/// The row's cells with its split numbers joined, if exactly `extra` joins
/// make it, each landing in a column of `money`: the cells, and the first
/// number joined (its column in the file, its pieces, its column after).
fn joined(cells: &[&str], extra: usize, money: &dyn Fn(usize) -> bool) -> Option<(Vec<String>, Joined)> {
    let mut out: Vec<String> = Vec::with_capacity(cells.len());
    let mut first: Option<Joined> = None;
    let mut joins = 0usize;
    let mut at = 0usize;
    while let Some(text) = cells.get(at) {
        let more = run(cells, at);
        if more == 0 {
            out.push((*text).to_owned());
            at = at.saturating_add(1);
            continue;
        }
        let pieces = cells.get(at..=at.saturating_add(more))?;
        if !money(out.len()) {
            return None;
        }
        first.get_or_insert_with(|| Joined {
            column: at,
            pieces: pieces.iter().map(|p| (*p).to_owned()).collect(),
            to: out.len(),
        });
        out.push(pieces.join(","));
        joins = joins.saturating_add(more);
        at = at.saturating_add(more).saturating_add(1);
    }
    (joins == extra).then_some((out, first?))
}

/// A number joined from the cells it was split into.
#[derive(Debug, Clone)]
struct Joined {
    /// The column of its first piece.
    column: usize,
    /// Its pieces, as written.
    pieces: Vec<String>,
    /// The column it is read in.
    to: usize,
}

/// The rows to join in `grid` below `header` (their places, cells and first
/// number joined), as the module says; `None` when there are none.
pub(super) struct Plan {
    rows: Vec<(usize, Vec<String>, Joined)>,
}

/// What [`join`] would join in `grid` below `header` (comma-delimited text
/// only: [`Grid::comma_split`]).
pub(super) fn plan(grid: &Grid, header: &Header) -> Option<Plan> {
    if !grid.comma_split {
        return None;
    }
    let named = header.last_named()?.saturating_add(1);
    let money = |i: usize| {
        header.map.columns.iter().any(|m| m.index == i && m.field.is_money())
            || header.map.buckets.iter().any(|b| b.index == i)
    };
    let mut rows: Vec<(usize, Vec<String>, Joined)> = Vec::new();
    let mut others = 0usize;
    for (index, row) in grid.rows.iter().enumerate().skip(header.index.saturating_add(1)) {
        if row.width() <= named {
            continue;
        }
        let Some(last) = (named..row.width()).rev().find(|&i| !row.get(i).is_empty()) else { continue };
        let texts: Vec<&str> =
            (0..=last).map(|i| row.get(i)).map(|c| if let CellRef::Text(t) = c { t } else { "" }).collect();
        let extra = last.saturating_add(1).saturating_sub(named);
        match joined(&texts, extra, &money) {
            Some((cells, first)) => rows.push((index, cells, first)),
            None => others = others.saturating_add(1),
        }
    }
    // Cells past the header on most such rows are a column of their own.
    (!rows.is_empty() && others <= rows.len()).then_some(Plan { rows })
}

/// Joins the numbers `plan` found split in `grid` ([`plan`] of the same grid
/// and `header`); the warning that says so, naming the first.
pub(super) fn join(grid: &mut Grid, plan: Plan, header: &Header, file: &Position) -> Option<Warning> {
    let count = plan.rows.len();
    let mut example = None;
    for (index, cells, first) in plan.rows {
        let Some(row) = grid.rows.get_mut(index) else { continue };
        example.get_or_insert((row.number, first));
        *row.cells_mut() = cells.into_iter().map(|t| Cell::text(&t)).collect();
    }
    let (number, first) = example?;
    let pieces: Vec<String> = first.pieces.iter().map(|p| quoted(p)).collect();
    let last = first.column.saturating_add(first.pieces.len()).saturating_sub(1);
    let said = if count == 1 {
        "1 row writes an amount with a comma in it and no quotes around it, and the comma split it across cells"
            .to_owned()
    } else {
        format!(
            "{count} rows write amounts with commas in them and no quotes around them, and the commas split them across cells"
        )
    };
    Some(Warning {
        position: file.at_row(number).at_column(first.to, header.text(first.to)),
        message: format!(
            "{said} (row {number}: {} in columns {} to {}): read as one amount ({}), in the header's money column",
            pieces.join(", "),
            column_letter(first.column),
            column_letter(last),
            first.pieces.join(","),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joins(cells: &[&str], extra: usize, money: &[usize]) -> Option<Vec<String>> {
        joined(cells, extra, &|i| money.contains(&i)).map(|(cells, _)| cells)
    }

    #[test]
    fn numbers_split_at_their_separators_are_joined() {
        let row = ["1001", "Acme", "2026-04-01", "1", "250.00"];
        assert_eq!(joins(&row, 1, &[3]).unwrap()[3], "1,250.00");
        let row = ["1004", "Cedar", "1", "000", "000.00", "2026-05-02"];
        assert_eq!(joins(&row, 2, &[2]).unwrap(), ["1004", "Cedar", "1,000,000.00", "2026-05-02"]);
        // Indian lakh groups, signs, symbols and marks around the number.
        assert_eq!(joins(&["A", "₹1", "00", "000.00"], 2, &[1]).unwrap()[1], "₹1,00,000.00");
        assert_eq!(joins(&["A", "(12", "400.75)"], 1, &[1]).unwrap()[1], "(12,400.75)");
        assert_eq!(joins(&["A", "-3", "200"], 1, &[1]).unwrap()[1], "-3,200");
        assert_eq!(joins(&["A", "3", "200.00 CR"], 1, &[1]).unwrap()[1], "3,200.00 CR");
        // Cents after a decimal comma, the whole part grouped by points or not.
        assert_eq!(joins(&["A", "1.250", "50", "EUR"], 1, &[1]).unwrap(), ["A", "1.250,50", "EUR"]);
        assert_eq!(joins(&["A", "12", "50-"], 1, &[1]).unwrap()[1], "12,50-");
        assert_eq!(joins(&["A", "1250", "50"], 1, &[1]).unwrap()[1], "1250,50");
        // Two amounts, each split.
        let row = ["A", "1", "250.00", "1", "000.00"];
        assert_eq!(joins(&row, 2, &[1, 2]).unwrap(), ["A", "1,250.00", "1,000.00"]);
    }

    #[test]
    fn splits_read_more_than_one_way_or_outside_money_are_left() {
        // 1,250 and 100, or 1 and 250,100: no guess.
        assert_eq!(joins(&["A", "1", "250", "100"], 1, &[1, 2]), None);
        // A join landing in a column that is not money.
        assert_eq!(joins(&["1", "250.00", "Acme"], 1, &[2]), None);
        // Cells past the header that are no digits' group.
        assert_eq!(joins(&["A", "1", "note"], 1, &[1]), None);
        assert_eq!(joins(&["A", "1", "2"], 1, &[1]), None);
        assert_eq!(joins(&["A", "1", "2500.00"], 1, &[1]), None);
        assert_eq!(joins(&["A", "1234", "500.00"], 1, &[1]), None);
        assert_eq!(joins(&["A", "1.25", "50"], 1, &[1]), None);
        assert_eq!(joins(&["A", "12", "5"], 1, &[1]), None);
        // A fraction ends a number: `250.00` is followed by no group.
        assert_eq!(joins(&["A", "1", "250.00", "000"], 2, &[1]), None);
    }
}
