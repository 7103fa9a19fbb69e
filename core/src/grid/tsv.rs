//! A grid range as tab-separated text, the format Excel, Google Sheets and
//! LibreOffice read from the clipboard.

use super::{Cell, Grid, Selection};
use std::ops::Range;

/// The cells of `selection`'s rows `rows` (indexes in the selection's order)
/// and the columns `columns`: one line per row ending in `\r\n`, cells
/// separated by tabs. Numbers are written plain, with a point as decimal
/// mark and no grouping (`-1234.50`), dates as `YYYY-MM-DD`, so that a
/// spreadsheet reads them as numbers and dates; a text with a tab, a line
/// break or a double quote is quoted, its quotes doubled. Ranges are clipped
/// to the selection and the columns.
pub(super) fn tsv(
    grid: &Grid<'_>,
    selection: &Selection,
    rows: Range<usize>,
    columns: Range<usize>,
) -> String {
    let rows = rows.start.min(selection.order.len())..rows.end.min(selection.order.len());
    let columns = columns.start.min(grid.columns().len())..columns.end.min(grid.columns().len());
    let mut out = String::new();
    for &row in &selection.order[rows] {
        for (n, c) in columns.clone().enumerate() {
            if n > 0 {
                out.push('\t');
            }
            let cell = grid.cell(row as usize, c);
            let text = grid.text(c, &cell);
            if matches!(cell, Cell::Text(_) | Cell::Pick(_)) && text.contains(['\t', '\n', '\r', '"']) {
                out.push('"');
                out.push_str(&text.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&text);
            }
        }
        out.push_str("\r\n");
    }
    out
}
