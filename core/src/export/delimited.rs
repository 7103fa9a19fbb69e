//! A grid's selection as CSV (see [`super`]).

use crate::grid::{Cell, Grid, Selection};
use crate::money::locale::Locale;

/// How a CSV export writes numbers and separates fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvExport {
    /// Between fields: `,`, or `;` where the decimal mark is a comma.
    pub delimiter: u8,
    /// Before a number's fraction: `.` or `,`.
    pub decimal: char,
}

impl Default for CsvExport {
    fn default() -> Self {
        CsvExport { delimiter: b',', decimal: '.' }
    }
}

impl CsvExport {
    /// What a spreadsheet in `locale` reads: its decimal mark, and `;` between
    /// fields where that mark is a comma (as Excel does in those locales).
    pub fn for_locale(locale: &Locale) -> CsvExport {
        let decimal = locale.decimal;
        CsvExport { delimiter: if decimal == ',' { b';' } else { b',' }, decimal }
    }
}

/// `text` as a spreadsheet reads it as text: with a leading `'` when it begins
/// like a formula (`=`, `+`, `-`, `@`, tab, carriage return).
pub fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => std::borrow::Cow::Owned(format!("'{text}")),
        _ => std::borrow::Cow::Borrowed(text),
    }
}

/// The rows of `selection` (all of them, in its order) and every column of
/// `grid`, as CSV bytes with a BOM (see the module docs of [`super`]).
pub fn grid_csv(grid: &Grid<'_>, selection: &Selection, options: &CsvExport) -> Vec<u8> {
    let mut out: Vec<u8> = "\u{feff}".as_bytes().to_vec();
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(&mut out);
    let columns = grid.columns();
    let header: Vec<std::borrow::Cow<'_, str>> = columns.iter().map(|c| neutralised(&c.label)).collect();
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(header.iter().map(|h| h.as_bytes()));
    let mut record: Vec<String> = Vec::with_capacity(columns.len());
    for &row in &selection.order {
        record.clear();
        for c in 0..columns.len() {
            let cell = grid.cell(row as usize, c);
            record.push(match &cell {
                Cell::Number(n) => {
                    let text = n.to_string();
                    if options.decimal == '.' {
                        text
                    } else {
                        text.replace('.', &options.decimal.to_string())
                    }
                }
                Cell::Int(i) => i.to_string(),
                Cell::Date(_) | Cell::Empty => grid.text(c, &cell).into_owned(),
                Cell::Text(_) | Cell::Pick(_) => neutralised(&grid.text(c, &cell)).into_owned(),
            });
        }
        let _ = writer.write_record(&record);
    }
    let _ = writer.flush();
    drop(writer);
    out
}
