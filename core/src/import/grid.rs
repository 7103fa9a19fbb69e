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

    /// The cell as read through a [`Row`].
    pub fn as_ref(&self) -> CellRef<'_> {
        match self {
            Cell::Empty => CellRef::Empty,
            Cell::Text(t) => CellRef::Text(t),
            Cell::Number(n) => CellRef::Number(*n),
            Cell::Date(d) => CellRef::Date(*d),
            Cell::Bool(b) => CellRef::Bool(*b),
            Cell::Error(e) => CellRef::Error(e),
        }
    }
}

impl fmt::Display for Cell {
    /// The cell as a person would read it (see [`CellRef`]'s).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().fmt(f)
    }
}

/// A cell as a [`Row`] gives it: a [`Cell`] whose text is borrowed from the row
/// (rows of delimited text keep their cells' text packed together, not as cells).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum CellRef<'a> {
    /// Nothing in the cell (or only spaces).
    Empty,
    /// Text as written, trimmed.
    Text(&'a str),
    /// A number cell.
    Number(f64),
    /// A date cell.
    Date(NaiveDate),
    /// A boolean cell.
    Bool(bool),
    /// A spreadsheet error value.
    Error(&'a str),
}

impl<'a> CellRef<'a> {
    /// Whether the cell holds nothing.
    pub fn is_empty(self) -> bool {
        matches!(self, CellRef::Empty)
    }

    /// The text, for text cells.
    pub fn as_text(self) -> Option<&'a str> {
        match self {
            CellRef::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The cell, owned.
    pub fn to_cell(self) -> Cell {
        match self {
            CellRef::Empty => Cell::Empty,
            CellRef::Text(t) => Cell::Text(CompactString::from(t)),
            CellRef::Number(n) => Cell::Number(n),
            CellRef::Date(d) => Cell::Date(d),
            CellRef::Bool(b) => Cell::Bool(b),
            CellRef::Error(e) => Cell::Error(e.into()),
        }
    }
}

impl fmt::Display for CellRef<'_> {
    /// The cell as a person would read it: `12.5`, `2024-03-31`, `TRUE`, `#N/A`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CellRef::Empty => Ok(()),
            CellRef::Text(t) => f.write_str(t),
            CellRef::Number(n) => write!(f, "{n}"),
            CellRef::Date(d) => write!(f, "{d}"),
            CellRef::Bool(b) => f.write_str(if *b { "TRUE" } else { "FALSE" }),
            CellRef::Error(e) => f.write_str(e),
        }
    }
}

/// One row with its number as the user sees it (1-based; for CSV the line number).
///
/// Its cells are kept in one of two ways, which read the same through
/// [`get`](Self::get): typed cells (workbooks), or the texts of delimited text
/// packed into one string with where each ends — two allocations a row where a
/// cell each took its own room (12 bytes in WebAssembly, the text beyond that on
/// the heap): a million rows' cells took 273 bytes a row.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based row (spreadsheet) or line (CSV) number.
    pub number: u64,
    cells: Cells,
}

#[derive(Debug, Clone)]
enum Cells {
    /// Cells of any type, from column A on.
    Typed(Vec<Cell>),
    /// Text cells: their texts one after the other, and where each ends (an
    /// empty cell ends where it starts). Rows longer than `u16::MAX` bytes are typed.
    Packed { text: Box<str>, ends: Box<[u16]> },
}

impl Row {
    /// A row of `cells`, from column A on.
    pub fn new(number: u64, cells: Vec<Cell>) -> Self {
        Row { number, cells: Cells::Typed(cells) }
    }

    /// The cell at `index`, [`CellRef::Empty`] past the end.
    #[inline]
    pub fn get(&self, index: usize) -> CellRef<'_> {
        match &self.cells {
            Cells::Typed(cells) => cells.get(index).map_or(CellRef::Empty, Cell::as_ref),
            Cells::Packed { text, ends } => {
                let Some(&end) = ends.get(index) else { return CellRef::Empty };
                let start = index.checked_sub(1).and_then(|i| ends.get(i)).copied().unwrap_or(0);
                match text.get(usize::from(start)..usize::from(end)) {
                    Some(t) if !t.is_empty() => CellRef::Text(t),
                    _ => CellRef::Empty,
                }
            }
        }
    }

    /// How many cells the row has, empty ones at its end included.
    pub fn width(&self) -> usize {
        match &self.cells {
            Cells::Typed(cells) => cells.len(),
            Cells::Packed { ends, .. } => ends.len(),
        }
    }

    /// The cells from column A on.
    pub fn cells(&self) -> CellsIter<'_> {
        match &self.cells {
            Cells::Typed(cells) => CellsIter::Typed(cells.iter()),
            Cells::Packed { text, ends } => CellsIter::Packed { text, ends: ends.iter(), start: 0 },
        }
    }

    /// Whether every cell is empty.
    pub fn is_blank(&self) -> bool {
        self.cells().all(CellRef::is_empty)
    }

    /// The non-empty cells with their column index.
    pub fn filled(&self) -> impl Iterator<Item = (usize, CellRef<'_>)> {
        self.cells().enumerate().filter(|(_, c)| !c.is_empty())
    }

    /// The cells as typed cells, to change them (a packed row is unpacked).
    pub fn cells_mut(&mut self) -> &mut Vec<Cell> {
        loop {
            match self.cells {
                Cells::Typed(ref mut cells) => return cells,
                Cells::Packed { .. } => {
                    let typed = self.cells().map(CellRef::to_cell).collect();
                    self.cells = Cells::Typed(typed);
                }
            }
        }
    }

    /// Frees the row's cells (it reads as blank after).
    pub fn clear(&mut self) {
        self.cells = Cells::Typed(Vec::new());
    }
}

/// The cells of a [`Row`] in turn ([`Row::cells`]).
#[derive(Debug, Clone)]
pub enum CellsIter<'a> {
    /// Over typed cells.
    Typed(std::slice::Iter<'a, Cell>),
    /// Over packed texts: each ends where the next starts.
    Packed {
        /// The row's texts.
        text: &'a str,
        /// Where each of the cells left ends.
        ends: std::slice::Iter<'a, u16>,
        /// Where the next cell starts.
        start: usize,
    },
}

impl<'a> Iterator for CellsIter<'a> {
    type Item = CellRef<'a>;

    fn next(&mut self) -> Option<CellRef<'a>> {
        match self {
            CellsIter::Typed(cells) => cells.next().map(Cell::as_ref),
            CellsIter::Packed { text, ends, start } => {
                let end = usize::from(*ends.next()?);
                let cell = match text.get(*start..end) {
                    Some(t) if !t.is_empty() => CellRef::Text(t),
                    _ => CellRef::Empty,
                };
                *start = end;
                Some(cell)
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            CellsIter::Typed(cells) => cells.size_hint(),
            CellsIter::Packed { ends, .. } => ends.size_hint(),
        }
    }
}

impl PartialEq for Row {
    /// The same number and cells, however they are kept.
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number && self.width() == other.width() && self.cells().eq(other.cells())
    }
}

/// Packs a row's text cells one at a time; a reader keeps one and reuses its
/// room from row to row.
#[derive(Debug, Default)]
pub struct Packer {
    text: String,
    ends: Vec<u32>,
}

impl Packer {
    /// Adds the next cell: `text` trimmed as `str::trim` would (blank: an empty cell).
    pub fn push(&mut self, text: &str) {
        self.push_trimmed(text.trim());
    }

    /// Adds the next cell, `text` already trimmed.
    pub fn push_trimmed(&mut self, text: &str) {
        self.text.push_str(text);
        self.ends.push(u32::try_from(self.text.len()).unwrap_or(u32::MAX));
    }

    /// The row of the cells pushed, numbered `number`; the packer is empty after.
    /// A row of more than `u16::MAX` bytes of text (rare) is kept as typed cells.
    pub fn row(&mut self, number: u64) -> Row {
        let cells = if u16::try_from(self.text.len()).is_ok() {
            let ends = self.ends.iter().map(|&e| u16::try_from(e).unwrap_or(u16::MAX)).collect();
            Cells::Packed { text: self.text.as_str().into(), ends }
        } else {
            let mut start = 0usize;
            let typed = self
                .ends
                .iter()
                .map(|&end| {
                    let end = end as usize;
                    let text = self.text.get(start..end).unwrap_or_default();
                    start = end;
                    if text.is_empty() { Cell::Empty } else { Cell::Text(CompactString::from(text)) }
                })
                .collect();
            Cells::Typed(typed)
        };
        self.text.clear();
        self.ends.clear();
        Row { number, cells }
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
    use super::*;

    /// A million rows of ten columns are 240 MB of cells at 24 bytes, 320 MB at 32
    /// (on 64-bit; 12 bytes in wasm32).
    #[test]
    fn a_cell_is_as_small_as_its_inline_text() {
        assert_eq!(std::mem::size_of::<Cell>(), std::mem::size_of::<CompactString>());
    }

    fn packed(number: u64, texts: &[&str]) -> Row {
        let mut packer = Packer::default();
        for t in texts {
            packer.push(t);
        }
        packer.row(number)
    }

    #[test]
    fn a_packed_row_reads_as_its_text_cells() {
        let row = packed(7, &[" A-1 ", "", "Acme Industrial Supplies Ltd", "  ", "12.50", ""]);
        assert!(matches!(row.cells, Cells::Packed { .. }));
        let cells: Vec<CellRef<'_>> = row.cells().collect();
        assert_eq!(
            cells,
            [
                CellRef::Text("A-1"),
                CellRef::Empty,
                CellRef::Text("Acme Industrial Supplies Ltd"),
                CellRef::Empty,
                CellRef::Text("12.50"),
                CellRef::Empty
            ]
        );
        assert_eq!(
            (row.number, row.width(), row.get(6), row.get(usize::MAX)),
            (7, 6, CellRef::Empty, CellRef::Empty)
        );
        assert_eq!(row.filled().map(|(i, _)| i).collect::<Vec<_>>(), [0, 2, 4]);
        assert!(!row.is_blank() && packed(1, &["", " "]).is_blank());
        // The same cells typed are the same row; unpacked to change them, too.
        let typed = Row::new(7, cells.iter().map(|c| c.to_cell()).collect());
        assert_eq!(row, typed);
        let mut changed = row.clone();
        changed.cells_mut()[1] = Cell::Number(3.0);
        assert_eq!(
            (changed.get(1), changed.get(2)),
            (CellRef::Number(3.0), CellRef::Text("Acme Industrial Supplies Ltd"))
        );
        assert_ne!(changed, row);
        changed.clear();
        assert!(changed.is_blank() && changed.width() == 0);
    }

    #[test]
    fn a_row_longer_than_packed_offsets_reach_is_kept_typed() {
        let long = "x".repeat(70_000);
        let row = packed(2, &["a", &long, "", "b"]);
        assert!(matches!(row.cells, Cells::Typed(_)));
        assert_eq!(
            row.cells().collect::<Vec<_>>(),
            [CellRef::Text("a"), CellRef::Text(&long), CellRef::Empty, CellRef::Text("b")]
        );
        // The packer is empty after each row, long or not.
        let mut packer = Packer::default();
        packer.push(&long);
        packer.row(3);
        packer.push("c");
        assert_eq!(packer.row(4).cells().collect::<Vec<_>>(), [CellRef::Text("c")]);
    }
}
