//! Repair of a day/month locale round trip.
//!
//! A file written with dates as `DD/MM/YYYY`, opened in a spreadsheet set to
//! `MM/DD/YYYY` (or the other way round) and saved as a workbook is damaged in a
//! way that can be recognised: a date whose day is 12 or less became a date cell
//! with day and month swapped (`05/03/2024`, 5 March, became 3 May), and every
//! other date stayed text (`13/03/2024` is no date in that order). One column then
//! mixes date cells and text dates.
//!
//! The import tests the hypothesis "day and month were swapped in the date
//! cells" on a table's rows. It explains the file when all of these hold:
//! 1. a date column (invoice, due or paid date) mixes date cells and dates
//!    typed as text, and that text reads in one day/month order only, none of it
//!    both ways (text that read both ways would have become a date cell);
//! 2. every date cell of the date columns falls on a day of 12 or less, and
//!    there are at least [`MIN_CELLS`] of them (by chance, `n` dates all fall on
//!    days 1–12 with probability about (12/30.4)ⁿ: under 3% for 4, under 1% for 5);
//! 3. swapping breaks no relation between the columns: no more due dates
//!    before their invoice date than as read, and no more dates out of order
//!    along the document numbers (the rows' order when there are none).
//!
//! The report then carries a [`SwappedDates`] offering the `repairSwappedDates`
//! option; with it, every date cell of those columns gets its day and month
//! swapped back and the report says how many changed.

use super::columns::Field;
use super::grid::{Cell, CellRef, Grid, Row};
use super::layout::Header;
use super::values::{DateError, DateOrder, OrderEvidence, infer_date_order, parse_date};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The fewest date cells that can show a swap (see the module docs, point 2).
pub const MIN_CELLS: usize = 4;

/// Day and month swapped in a file's date cells: what was found and whether it
/// was repaired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct SwappedDates {
    /// The date columns whose date cells read with day and month swapped, by
    /// header text.
    pub columns: Vec<String>,
    /// How many date cells have (or, repaired, had) day and month swapped.
    pub cells: usize,
    /// Whether they were swapped back (the `repairSwappedDates` option).
    pub repaired: bool,
    /// Why the swap explains the file, in words.
    pub evidence: String,
}

/// What [`detect`] found: the columns to repair, with the evidence.
#[derive(Debug, Clone)]
pub(super) struct Finding {
    /// Column indexes whose date cells are swapped.
    pub columns: Vec<usize>,
    /// The date cells in them.
    pub cells: usize,
    /// The first swapped cell: row number and column index.
    pub first: (u64, usize),
    /// The evidence, in words.
    pub evidence: String,
}

/// The date with day and month exchanged, when both are 12 or less.
fn swap(date: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(date.year(), date.day(), date.month())
}

/// Tests the swap hypothesis on the data rows below `header` (see the module docs).
pub(super) fn detect(rows: &[Row], header: &Header) -> Option<Finding> {
    let date_columns: Vec<(Field, usize)> = [Field::InvoiceDate, Field::DueDate, Field::PaidDate]
        .into_iter()
        .filter_map(|f| header.map.index(f).map(|i| (f, i)))
        .collect();
    let cells_in = |i: usize| {
        rows.iter().filter_map(move |r| if let CellRef::Date(d) = r.get(i) { Some(d) } else { None })
    };
    let texts_in = |i: usize| rows.iter().filter_map(move |r| r.get(i).as_text());
    // 1. A column mixing date cells and text that reads one way only.
    let mixed =
        date_columns.iter().any(|&(_, i)| cells_in(i).next().is_some() && texts_in(i).next().is_some());
    if !mixed {
        return None;
    }
    let order = match infer_date_order(date_columns.iter().flat_map(|&(_, i)| texts_in(i))) {
        OrderEvidence::Decided(order @ (DateOrder::Dmy | DateOrder::Mdy)) => order,
        _ => return None,
    };
    let ambiguous = date_columns
        .iter()
        .flat_map(|&(_, i)| texts_in(i))
        .any(|t| parse_date(t, None) == Err(DateError::Ambiguous));
    if ambiguous {
        return None;
    }
    // 2. Every date cell could be a swapped one, and there are enough to tell.
    let columns: Vec<usize> =
        date_columns.iter().map(|&(_, i)| i).filter(|&i| cells_in(i).next().is_some()).collect();
    if columns.iter().flat_map(|&i| cells_in(i)).any(|d| d.day() > 12) {
        return None;
    }
    let cells = columns.iter().map(|&i| cells_in(i).count()).sum::<usize>();
    if cells < MIN_CELLS {
        return None;
    }
    // 3. Swapping breaks no relation between the columns.
    let date = |row: &Row, field: Field, swapped: bool| -> Option<NaiveDate> {
        let i = header.map.index(field)?;
        match row.get(i) {
            CellRef::Date(d) if swapped => swap(d),
            CellRef::Date(d) => Some(d),
            CellRef::Text(t) => parse_date(t, Some(order)).ok(),
            _ => None,
        }
    };
    let due_before = |swapped: bool| {
        rows.iter()
            .filter(|r| {
                matches!((date(r, Field::InvoiceDate, swapped), date(r, Field::DueDate, swapped)), (Some(i), Some(d)) if d < i)
            })
            .count()
    };
    let sequence = document_order(rows, header);
    let dated_by =
        if header.map.index(Field::InvoiceDate).is_some() { Field::InvoiceDate } else { Field::DueDate };
    let out_of_order = |swapped: bool| {
        let dates: Vec<NaiveDate> = sequence.iter().filter_map(|r| date(r, dated_by, swapped)).collect();
        dates.windows(2).filter(|w| matches!(w, [a, b] if b < a)).count()
    };
    let (before_read, before_swapped) = (due_before(false), due_before(true));
    let (order_read, order_swapped) = (out_of_order(false), out_of_order(true));
    if before_swapped > before_read || order_swapped > order_read {
        return None;
    }
    let texts = date_columns.iter().flat_map(|&(_, i)| texts_in(i)).count();
    let first = rows.iter().find_map(|r| {
        columns.iter().find(|&&i| matches!(r.get(i), CellRef::Date(_))).map(|&i| (r.number, i))
    })?;
    let along =
        if header.map.index(Field::DocumentId).is_some() { "the document numbers" } else { "the rows" };
    let evidence = format!(
        "all {cells} date cells fall on days 1–12 while the {texts} dates typed as text read only as {}; \
         swapped back, {} due dates come before their invoice date (as read: {before_read}) and {} dates are out of order along {along} (as read: {order_read})",
        order.pattern(),
        before_swapped,
        order_swapped,
    );
    Some(Finding { columns, cells, first, evidence })
}

/// The rows in the order of their document numbers (by the number in them,
/// then the text), or in row order when the table has no document column.
fn document_order<'r>(rows: &'r [Row], header: &Header) -> Vec<&'r Row> {
    let mut order: Vec<&Row> = rows.iter().collect();
    if let Some(i) = header.map.index(Field::DocumentId) {
        order.sort_by_cached_key(|r| {
            let text = r.get(i).to_string();
            let digits: String = text.chars().filter(char::is_ascii_digit).take(30).collect();
            (digits.parse::<u128>().ok(), text)
        });
    }
    order
}

impl Finding {
    /// `grid` with the date cells of the finding's columns swapped back, in the
    /// rows below the header at `header_index`.
    pub(super) fn repaired(&self, grid: &Grid, header_index: usize) -> Grid {
        let mut grid = grid.clone();
        for row in grid.rows.iter_mut().skip(header_index.saturating_add(1)) {
            for &i in &self.columns {
                if let Some(cell @ Cell::Date(_)) = row.cells_mut().get_mut(i)
                    && let Cell::Date(d) = *cell
                    && let Some(swapped) = swap(d)
                {
                    *cell = Cell::Date(swapped);
                }
            }
        }
        grid
    }

    /// The report's account of it.
    pub(super) fn report(&self, header: &Header, repaired: bool) -> SwappedDates {
        SwappedDates {
            columns: self.columns.iter().map(|&i| header.text(i).to_owned()).collect(),
            cells: self.cells,
            repaired,
            evidence: self.evidence.clone(),
        }
    }
}
