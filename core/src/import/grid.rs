//! A table of cells as read from any format, before any meaning is given to it.
//! CSV gives text cells; workbooks give typed cells (numbers, dates, text).

use chrono::NaiveDate;
use compact_str::CompactString;
use std::fmt;

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing in the cell (or only spaces).
    Empty,
    /// Text as written: inline up to 24 bytes (most cells), so reading a file
    /// does not allocate per cell.
    Text(CompactString),
    /// A number cell. Converted to `Decimal` once, in `values`, never summed as `f64`.
    Number(f64),
    /// A date cell (any time of day dropped).
    Date(NaiveDate),
    /// A boolean cell.
    Bool(bool),
    /// A spreadsheet error value (`#N/A`, `#DIV/0!`); boxed, so that a cell
    /// takes no more room than its inline text (24 bytes).
    Error(Box<str>),
}

impl Cell {
    /// A text cell, or [`Cell::Empty`] when `text` is blank.
    pub fn text(text: &str) -> Self {
        let t = text.trim();
        if t.is_empty() { Cell::Empty } else { Cell::Text(CompactString::from(t)) }
    }

    /// Whether the cell holds nothing.
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// The text, for text cells.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Cell::Text(t) => Some(t),
            _ => None,
        }
    }
}

impl fmt::Display for Cell {
    /// The cell as a person would read it: `12.5`, `2024-03-31`, `TRUE`, `#N/A`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Empty => Ok(()),
            Cell::Text(t) => f.write_str(t),
            Cell::Number(n) => write!(f, "{n}"),
            Cell::Date(d) => write!(f, "{d}"),
            Cell::Bool(b) => f.write_str(if *b { "TRUE" } else { "FALSE" }),
            Cell::Error(e) => f.write_str(e),
        }
    }
}

/// One row with its number as the user sees it (1-based; for CSV the line number).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// 1-based row (spreadsheet) or line (CSV) number.
    pub number: u64,
    /// Cells from column A on.
    pub cells: Vec<Cell>,
}

impl Row {
    /// The cell at `index`, [`Cell::Empty`] past the end.
    pub fn get(&self, index: usize) -> &Cell {
        self.cells.get(index).unwrap_or(&Cell::Empty)
    }

    /// Whether every cell is empty.
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(Cell::is_empty)
    }

    /// The non-empty cells with their column index.
    pub fn filled(&self) -> impl Iterator<Item = (usize, &Cell)> {
        self.cells.iter().enumerate().filter(|(_, c)| !c.is_empty())
    }
}

/// The rows of one sheet (or of a CSV file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// The sheet's name; `None` for CSV.
    pub sheet: Option<String>,
    /// Rows in order, blank rows included.
    pub rows: Vec<Row>,
    /// The currencies of the sheet's currency-typed cells (ODS keeps one per
    /// cell), sorted; empty when the format has none.
    pub typed_currencies: Vec<String>,
    /// Row numbers the sheet's file writes more than once (each copy is a row
    /// of its own in `rows`).
    pub repeated_rows: Vec<u64>,
}

impl Grid {
    /// The rows after the one at `index` (none past the end).
    pub fn rows_after(&self, index: usize) -> &[Row] {
        self.rows.get(index.saturating_add(1)..).unwrap_or_default()
    }

    /// The rows before the one at `index`.
    pub fn rows_before(&self, index: usize) -> &[Row] {
        self.rows.get(..index).unwrap_or(&self.rows)
    }

    /// The number of the row at `index` (0 past the end).
    pub fn number_at(&self, index: usize) -> u64 {
        self.rows.get(index).map_or(0, |r| r.number)
    }
}

#[cfg(test)]
mod tests {
    /// A million rows of ten columns are 240 MB of cells at 24 bytes, 320 MB at 32
    /// (on 64-bit; 12 bytes in wasm32).
    #[test]
    fn a_cell_is_as_small_as_its_inline_text() {
        assert_eq!(std::mem::size_of::<super::Cell>(), std::mem::size_of::<compact_str::CompactString>());
    }
}
