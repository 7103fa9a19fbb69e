//! A table of cells as read from any format, before any meaning is given to it.
//! CSV gives text cells; workbooks give typed cells (numbers, dates, text).

use chrono::NaiveDate;
use compact_str::CompactString;
use std::fmt;
use std::sync::Arc;

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

    /// [`Cell::text`] of a text read whole: kept as it is, without a copy, when
    /// there is nothing to trim.
    pub fn owned_text(text: String) -> Self {
        if text.trim().len() == text.len() && !text.is_empty() {
            Cell::Text(CompactString::from(text))
        } else {
            Cell::text(&text)
        }
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
/// [`get`](Self::get): typed cells (workbooks), or, for delimited text, a place
/// in a [`TextBlock`] the rows around it share — no allocation a row, where a
/// cell each took its own room (12 bytes in WebAssembly, the text beyond that
/// on the heap: a million rows' cells took 273 bytes a row). A block is freed
/// with the last of its rows, so the rows of a large file, freed in order as
/// they are read, give back their memory in whole blocks.
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
    /// `width` text cells in `block`: texts from `start` on, ends (from the
    /// row's start) the block's from `first` on.
    Block { block: Arc<TextBlock>, start: u32, first: u32, width: u16 },
}

/// The texts of consecutive rows of delimited text, one after another, and
/// where each cell ends, counted from its row's start (a cell starts where the
/// one before it in its row ends). Made by a [`Packer`].
#[derive(Debug, Default)]
pub struct TextBlock {
    text: Box<str>,
    ends: Box<[u16]>,
}

impl TextBlock {
    /// Cell `index` of the row whose texts start at `start` and whose ends
    /// start at `first`.
    #[inline]
    fn cell(&self, start: u32, first: u32, index: usize) -> CellRef<'_> {
        let first = first as usize;
        let Some(&end) = self.ends.get(first.saturating_add(index)) else { return CellRef::Empty };
        let from = match index.checked_sub(1) {
            Some(i) => self.ends.get(first.saturating_add(i)).copied().unwrap_or(0),
            None => 0,
        };
        let start = start as usize;
        match self.text.get(start.saturating_add(usize::from(from))..start.saturating_add(usize::from(end))) {
            Some(t) if !t.is_empty() => CellRef::Text(t),
            _ => CellRef::Empty,
        }
    }
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
            Cells::Block { block, start, first, width } => {
                if index >= usize::from(*width) {
                    return CellRef::Empty;
                }
                block.cell(*start, *first, index)
            }
        }
    }

    /// How many cells the row has, empty ones at its end included.
    pub fn width(&self) -> usize {
        match &self.cells {
            Cells::Typed(cells) => cells.len(),
            Cells::Block { width, .. } => usize::from(*width),
        }
    }

    /// The cells from column A on.
    pub fn cells(&self) -> CellsIter<'_> {
        match &self.cells {
            Cells::Typed(cells) => CellsIter::Typed(cells.iter()),
            Cells::Block { block, start, first, width } => {
                CellsIter::Block { block, start: *start, first: *first, at: 0, width: usize::from(*width) }
            }
        }
    }

    /// Whether every cell is empty.
    pub fn is_blank(&self) -> bool {
        match self.joined_text() {
            Some(text) => text.is_empty(),
            None => self.cells().all(CellRef::is_empty),
        }
    }

    /// The texts of all the row's cells one after the other, without
    /// separators, when they are kept together (delimited text): one look at
    /// them tells what no cell has. `None` for typed cells.
    pub fn joined_text(&self) -> Option<&str> {
        match &self.cells {
            Cells::Typed(_) => None,
            Cells::Block { block, start, first, width } => {
                let last = (*first as usize).saturating_add(usize::from(*width)).checked_sub(1);
                let end = match last {
                    Some(last) if *width > 0 => usize::from(block.ends.get(last).copied().unwrap_or(0)),
                    _ => 0,
                };
                let start = *start as usize;
                block.text.get(start..start.saturating_add(end))
            }
        }
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
                Cells::Block { .. } => {
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
    /// Over a row's cells in a block.
    Block {
        /// The row's block.
        block: &'a TextBlock,
        /// Where the row's texts start.
        start: u32,
        /// Where the row's ends start.
        first: u32,
        /// The next cell.
        at: usize,
        /// The row's cells.
        width: usize,
    },
}

impl<'a> Iterator for CellsIter<'a> {
    type Item = CellRef<'a>;

    fn next(&mut self) -> Option<CellRef<'a>> {
        match self {
            CellsIter::Typed(cells) => cells.next().map(Cell::as_ref),
            CellsIter::Block { block, start, first, at, width } => {
                if at >= width {
                    return None;
                }
                let cell = block.cell(*start, *first, *at);
                *at = at.saturating_add(1);
                Some(cell)
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            CellsIter::Typed(cells) => cells.size_hint(),
            CellsIter::Block { at, width, .. } => {
                (width.saturating_sub(*at), Some(width.saturating_sub(*at)))
            }
        }
    }
}

impl PartialEq for Row {
    /// The same number and cells, however they are kept.
    fn eq(&self, other: &Self) -> bool {
        self.number == other.number && self.width() == other.width() && self.cells().eq(other.cells())
    }
}

/// Bytes of text after which a [`Packer`] starts a new block: large, so that
/// once the rows are read the blocks leave their memory in a few large pieces
/// that the ledger's and the analysis's tables fit in (blocks of 64 KB left
/// theirs in hundreds of pieces among the allocations that outlive them: a
/// streamed 1M-row file then took 264 MB of WebAssembly memory, 234 MB with
/// these);
/// small enough that blocks freed in order as their rows are read are soon of
/// use again. (The unit tests use small blocks, to see rows span many.)
#[cfg(not(test))]
const BLOCK_BYTES: usize = 8 << 20;
#[cfg(test)]
const BLOCK_BYTES: usize = 64 << 10;

/// Packs rows of text cells into [`TextBlock`]s, a cell at a time: rows are
/// handed over when their block is full ([`row`](Self::row)) or at the end
/// ([`finish`](Self::finish)). A row of more than `u16::MAX` bytes or cells
/// (rare) is handed over as typed cells.
#[derive(Debug, Default)]
pub struct Packer {
    /// The texts of the block being filled, and where its cells end: copied
    /// into a block of their exact size when it is full, then reused (blocks
    /// grown in place and shrunk to fit left a gap after each, where
    /// allocations that outlive the blocks then went, cutting the memory the
    /// blocks leave into small pieces).
    text: String,
    block_ends: Vec<u16>,
    /// The rows of the block being filled: number, start, first end, width.
    rows: Vec<(u64, u32, u32, u16)>,
    /// Where the row being made starts in the block's text.
    start: usize,
    /// Where its cells end in the block's text.
    ends: Vec<usize>,
}

/// The text Excel shows for `text`: the inside of a text formula `="…"` (no
/// quote inside it), else `text` itself.
pub(super) fn shown(text: &str) -> &str {
    shown_text(text).unwrap_or(text)
}

/// The text Excel shows for a cell written as a text formula, `="…"` with no
/// quote inside; `None` for any other text (one byte compared for most cells).
fn shown_text(text: &str) -> Option<&str> {
    if !text.starts_with('=') {
        return None;
    }
    let inner = text.strip_prefix("=\"")?.strip_suffix('"')?;
    (!inner.contains('"')).then_some(inner)
}

impl Packer {
    /// Adds the next cell: `text` trimmed as `str::trim` would (blank: an empty cell).
    pub fn push(&mut self, text: &str) {
        self.push_trimmed(text.trim());
    }

    /// Adds the next cell, `text` already trimmed; Excel's text formula
    /// `="00123"` (what exports write so that Excel keeps leading zeros) is
    /// the text it shows, `00123`.
    pub fn push_trimmed(&mut self, text: &str) {
        self.text.push_str(shown(text));
        self.ends.push(self.text.len());
    }

    /// Rows made but not yet handed over.
    pub fn pending(&self) -> usize {
        self.rows.len()
    }

    /// Ends the row of the cells pushed, numbered `number`, handing the
    /// block's rows over to `rows` when it is full.
    pub fn row(&mut self, number: u64, rows: &mut Vec<Row>) {
        let start = self.start;
        let length = self.text.len().saturating_sub(start);
        let placed = (
            u16::try_from(length),
            u16::try_from(self.ends.len()),
            u32::try_from(start),
            u32::try_from(self.block_ends.len()),
        );
        if let (Ok(_), Ok(width), Ok(start32), Ok(first)) = placed {
            let ends = self.ends.iter().map(|&e| u16::try_from(e.saturating_sub(start)).unwrap_or(u16::MAX));
            self.block_ends.extend(ends);
            self.rows.push((number, start32, first, width));
        } else {
            let mut from = start;
            let cells = self
                .ends
                .iter()
                .map(|&end| {
                    let text = self.text.get(from..end).unwrap_or_default();
                    from = end;
                    if text.is_empty() { Cell::Empty } else { Cell::Text(CompactString::from(text)) }
                })
                .collect();
            self.text.truncate(start);
            self.finish(rows);
            rows.push(Row::new(number, cells));
        }
        self.ends.clear();
        if self.text.len() >= BLOCK_BYTES {
            self.finish(rows);
        }
        self.start = self.text.len();
    }

    /// Hands the rows made so far to `rows`.
    pub fn finish(&mut self, rows: &mut Vec<Row>) {
        if self.rows.is_empty() {
            return;
        }
        let block =
            Arc::new(TextBlock { text: self.text.as_str().into(), ends: self.block_ends.as_slice().into() });
        self.text.clear();
        self.block_ends.clear();
        // Room for the rows by doubling from a power of two, as pushing them one
        // by one would (from the first block's count, it ran to 1.8 million
        // rows' room for 941,142 rows).
        let needed = rows.len().saturating_add(self.rows.len());
        if needed > rows.capacity() {
            rows.reserve_exact(
                needed.checked_next_power_of_two().unwrap_or(needed).saturating_sub(rows.len()),
            );
        }
        rows.extend(self.rows.drain(..).map(|(number, start, first, width)| Row {
            number,
            cells: Cells::Block { block: block.clone(), start, first, width },
        }));
        self.start = 0;
    }
}

/// The formula cells of a sheet whose values arlens calculated because the
/// workbook's writer saved none, or placeholders (see [`super::recalc`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Calculated {
    /// How many cells now hold a value other than the one saved.
    pub cells: usize,
    /// The first of them: its row number and column index.
    pub first: (u64, usize),
    /// The first one's formula and the value calculated (`=E2+F2 gives 120`).
    pub example: String,
}

/// The rows of one sheet (or of a CSV file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// The file the sheet is in, when it is one of several files of a zip
    /// archive (`archive.zip/feb.csv`); `None` for the file read.
    pub file: Option<String>,
    /// The sheet's name; `None` for CSV.
    pub sheet: Option<String>,
    /// Rows in order, blank rows included.
    pub rows: Vec<Row>,
    /// The currencies of the sheet's currency-typed cells (ODS keeps one per
    /// cell) or of its numbers' number formats (xlsx: see
    /// [`super::format_currency`]), sorted; empty when the format has none.
    pub typed_currencies: Vec<String>,
    /// The symbols several currencies use (`¥`, `kr`) that the sheet's number
    /// formats show with no locale to tell which (xlsx, xls: see
    /// [`super::format_currency::ambiguous_symbol`]), sorted: the headers'
    /// language may settle them.
    pub format_symbols: Vec<&'static str>,
    /// Row numbers the sheet's file writes more than once (each copy is a row
    /// of its own in `rows`).
    pub repeated_rows: Vec<u64>,
    /// The cells holding a formula with no saved value, read as empty (an xlsx
    /// written by a program that does not calculate): row numbers (1-based)
    /// and column indices, sorted.
    pub uncalculated: Vec<(u64, usize)>,
    /// The rows the workbook hides (rows of an xlsx, xlsb, xls or ods hidden by hand or filtered
    /// out by an AutoFilter), read like the others: row numbers (1-based), sorted.
    pub hidden_rows: Vec<u64>,
    /// The columns the workbook hides (an xlsx's, xlsb's, xls's or ods's), read
    /// like the others: (first, last) 0-based inclusive ranges.
    pub hidden_columns: Vec<(usize, usize)>,
    /// The formula cells whose values arlens calculated (see [`super::recalc`]),
    /// if any (boxed: most sheets have none).
    pub calculated: Option<Box<Calculated>>,
    /// The workbook hides the sheet: it is not read with sheets laid out alike
    /// (see [`super::combined`]).
    pub hidden: bool,
    /// The cells were split at commas (comma-delimited text): a number written
    /// with thousands separators and no quotes spans several (see
    /// [`super::thousands`]).
    pub comma_split: bool,
    /// Cells of delimited text a quote opened and never closed, split back into
    /// the rows they had taken (see [`super::unclosed`]).
    pub unclosed_quotes: Vec<super::unclosed::Unclosed>,
}

impl Grid {
    /// Whether the workbook hides row `number` ([`Grid::hidden_rows`]).
    pub fn hides(&self, number: u64) -> bool {
        !self.hidden_rows.is_empty() && self.hidden_rows.binary_search(&number).is_ok()
    }

    /// Whether the workbook hides column `index` (0-based; [`Grid::hidden_columns`]).
    pub fn hides_column(&self, index: usize) -> bool {
        self.hidden_columns.iter().any(|&(first, last)| (first..=last).contains(&index))
    }

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
#[allow(clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    /// A million rows of ten columns are 240 MB of cells at 24 bytes, 320 MB at 32
    /// (on 64-bit; 12 bytes in wasm32).
    #[test]
    fn a_cell_is_as_small_as_its_inline_text() {
        assert_eq!(std::mem::size_of::<Cell>(), std::mem::size_of::<CompactString>());
    }

    /// The rows of `texts`, packed by one packer.
    fn packed_rows(texts: &[&[&str]]) -> Vec<Row> {
        let mut packer = Packer::default();
        let mut rows = Vec::new();
        for (number, row) in texts.iter().enumerate() {
            for t in *row {
                packer.push(t);
            }
            packer.row(number as u64 + 1, &mut rows);
        }
        assert_eq!(packer.pending() + rows.len(), texts.len());
        packer.finish(&mut rows);
        assert_eq!(packer.pending(), 0);
        rows
    }

    #[test]
    fn packed_rows_read_as_their_text_cells() {
        let rows = packed_rows(&[
            &["Invoice", "Customer"],
            &[" A-1 ", "", "Acme Industrial Supplies Ltd", "  ", "12.50", ""],
            &[],
            &["", " "],
            &["B-2"],
        ]);
        assert_eq!(rows.len(), 5);
        let row = &rows[1];
        assert!(matches!(row.cells, Cells::Block { .. }));
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
            (2, 6, CellRef::Empty, CellRef::Empty)
        );
        assert_eq!(row.filled().map(|(i, _)| i).collect::<Vec<_>>(), [0, 2, 4]);
        assert_eq!(
            rows[0].cells().collect::<Vec<_>>(),
            [CellRef::Text("Invoice"), CellRef::Text("Customer")]
        );
        assert!(rows[2].is_blank() && rows[2].width() == 0 && rows[3].is_blank() && rows[3].width() == 2);
        assert_eq!((rows[4].get(0), rows[4].get(1)), (CellRef::Text("B-2"), CellRef::Empty));
        // Each row's texts together, trimmed, and only its own (rows share a block).
        let joined: Vec<Option<&str>> = rows.iter().map(Row::joined_text).collect();
        assert_eq!(
            joined,
            [
                Some("InvoiceCustomer"),
                Some("A-1Acme Industrial Supplies Ltd12.50"),
                Some(""),
                Some(""),
                Some("B-2")
            ]
        );
        assert!(!rows[1].is_blank());
        // The same cells typed are the same row; unpacked to change them, too.
        let typed = Row::new(2, cells.iter().map(|c| c.to_cell()).collect());
        assert_eq!(*row, typed);
        assert_eq!(typed.joined_text(), None);
        let mut changed = row.clone();
        changed.cells_mut()[1] = Cell::Number(3.0);
        assert_eq!(
            (changed.get(1), changed.get(2)),
            (CellRef::Number(3.0), CellRef::Text("Acme Industrial Supplies Ltd"))
        );
        assert_ne!(changed, *row);
        changed.clear();
        assert!(changed.is_blank() && changed.width() == 0);
    }

    /// Rows across many blocks read as made, and a block is freed with its last row.
    #[test]
    fn rows_span_blocks_and_free_them_with_their_last_row() {
        // Past a row's `u16` reach.
        let long = "x".repeat(3 << 16);
        let texts: Vec<Vec<String>> = (0..20_000)
            .map(|i| match i {
                7 => vec![long.clone(), String::new(), "after".to_owned()],
                _ => vec![format!("R-{i}"), format!(" {} ", i * 3), String::new()],
            })
            .collect();
        let refs: Vec<Vec<&str>> = texts.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
        let slices: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
        let mut rows = packed_rows(&slices);
        for (i, row) in rows.iter().enumerate() {
            let want: Vec<CellRef<'_>> = texts[i]
                .iter()
                .map(|t| if t.trim().is_empty() { CellRef::Empty } else { CellRef::Text(t.trim()) })
                .collect();
            assert_eq!(row.cells().collect::<Vec<_>>(), want, "row {i}");
            assert_eq!(row.number, i as u64 + 1);
        }
        let block_of = |row: &Row| match &row.cells {
            Cells::Block { block, .. } => Some(Arc::clone(block)),
            Cells::Typed(_) => None,
        };
        // The row past a block's `u16` reach is typed; the rows around it are not.
        let typed: Vec<usize> = (0..rows.len()).filter(|&i| block_of(&rows[i]).is_none()).collect();
        assert_eq!(typed, [7]);
        let blocks: std::collections::BTreeSet<_> =
            rows.iter().filter_map(block_of).map(|b| Arc::as_ptr(&b)).collect();
        assert!(blocks.len() >= 4, "{} blocks", blocks.len());
        let first = block_of(&rows[0]).unwrap();
        let shared = rows.iter().take_while(|r| block_of(r).is_some_and(|b| Arc::ptr_eq(&b, &first))).count();
        assert_eq!(shared, 7, "the typed row ends the first block");
        for row in rows.iter_mut().take(shared) {
            row.clear();
        }
        assert_eq!(Arc::strong_count(&first), 1, "only this test's handle is left");
    }
}
