//! A grid's selection as a worksheet (see [`super`]).

use super::xlsx_error;
use crate::error::Error;
use crate::grid::{Cell, ColumnKind, Grid, Selection};
use crate::money::minor_units;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// The number formats a sheet's cells take.
pub(super) struct Formats {
    pub header: Format,
    pub date: Format,
    pub whole: Format,
    pub decimal: Format,
    pub percent: Format,
    /// Money by minor units (0 to 4 decimals).
    pub money: [Format; 5],
}

impl Formats {
    pub fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            whole: Format::new().set_num_format("0"),
            decimal: Format::new().set_num_format("0.0"),
            percent: Format::new().set_num_format("0.0\"%\""),
            money: [
                Format::new().set_num_format("#,##0"),
                Format::new().set_num_format("#,##0.0"),
                Format::new().set_num_format("#,##0.00"),
                Format::new().set_num_format("#,##0.000"),
                Format::new().set_num_format("#,##0.0000"),
            ],
        }
    }

    fn money(&self, currency: &str) -> &Format {
        self.money_units(minor_units(currency))
    }

    fn money_units(&self, units: u32) -> &Format {
        &self.money[usize::try_from(units).unwrap_or(2).min(4)]
    }
}

/// A calendar date as Excel's.
pub(super) fn excel_date(date: chrono::NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    use chrono::Datelike;
    let (y, m, d) = (date.year(), date.month(), date.day());
    ExcelDateTime::from_ymd(
        u16::try_from(y).unwrap_or(0),
        u8::try_from(m).unwrap_or(1),
        u8::try_from(d).unwrap_or(1),
    )
}

/// A column's width in characters, by its kind and header.
fn width(kind: ColumnKind, label: &str) -> f64 {
    let base: f64 = match kind {
        ColumnKind::Text => 28.0,
        ColumnKind::Pick => 16.0,
        ColumnKind::Date => 12.0,
        ColumnKind::Money => 15.0,
        _ => 10.0,
    };
    let label = f64::from(u32::try_from(label.chars().count().min(40)).unwrap_or(40)) + 2.0;
    base.max(label)
}

/// Writes `selection`'s rows of `grid` to `sheet` from its first row: a header,
/// then a row per selected row (see the module docs of [`super`]).
pub(super) fn write(
    sheet: &mut Worksheet,
    grid: &Grid<'_>,
    selection: &Selection,
    formats: &Formats,
) -> Result<(), XlsxError> {
    let columns = grid.columns();
    // The minor units most of the table's amounts have: their columns' format.
    let units = (0..grid.currency_count())
        .map(|slot| minor_units(grid.currency_code(slot)))
        .max_by_key(|u| u32::from(*u == 2))
        .unwrap_or(2);
    // A number or date column's format is set on the column, so that its
    // cells need none of their own (a per-cell format costs a hash of the whole
    // format per cell): the writer gives an unformatted cell its column's
    // format, which is how readers know a date cell.
    let column_formats: Vec<Option<&Format>> = columns
        .iter()
        .map(|c| match c.kind {
            ColumnKind::Date => Some(&formats.date),
            ColumnKind::Money => Some(formats.money_units(units)),
            ColumnKind::Percent => Some(&formats.percent),
            ColumnKind::Score => Some(&formats.decimal),
            ColumnKind::Days | ColumnKind::Count => Some(&formats.whole),
            _ => None,
        })
        .collect();
    for (c, column) in columns.iter().enumerate() {
        let col = u16::try_from(c).unwrap_or(u16::MAX);
        sheet.set_column_width(col, width(column.kind, &column.label))?;
        if let Some(Some(format)) = column_formats.get(c) {
            sheet.set_column_format(col, format)?;
        }
        sheet.write_string_with_format(0, col, &column.label, &formats.header)?;
    }
    for (r, &row) in selection.order.iter().enumerate() {
        let r = u32::try_from(r).unwrap_or(u32::MAX).saturating_add(1);
        let currency = grid.currency(row as usize);
        let own_units = minor_units(currency) != units;
        for (c, column) in columns.iter().enumerate() {
            let cell = grid.cell(row as usize, c);
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            match &cell {
                Cell::Empty => {}
                Cell::Text(t) => {
                    sheet.write_string(r, c, t.as_ref())?;
                }
                Cell::Pick(_) => {
                    sheet.write_string(r, c, grid.text(usize::from(c), &cell).as_ref())?;
                }
                Cell::Date(d) => {
                    sheet.write_datetime(r, c, excel_date(*d)?)?;
                }
                Cell::Int(i) => {
                    sheet.write_number(r, c, i.to_f64().unwrap_or_default())?;
                }
                Cell::Number(n) => {
                    let n = n.to_f64().unwrap_or_default();
                    if column.kind == ColumnKind::Money && own_units {
                        sheet.write_number_with_format(r, c, n, formats.money(currency))?;
                    } else {
                        sheet.write_number(r, c, n)?;
                    }
                }
            }
        }
    }
    let last_row = u32::try_from(selection.order.len()).unwrap_or(u32::MAX);
    let last_column = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(u16::MAX);
    sheet.set_freeze_panes(1, 1)?;
    if !columns.is_empty() {
        sheet.autofilter(0, 0, last_row, last_column)?;
    }
    Ok(())
}

/// `selection`'s rows of `grid` as a one-sheet XLSX workbook named `sheet`.
pub fn grid_xlsx(grid: &Grid<'_>, selection: &Selection, sheet: &str) -> Result<Vec<u8>, Error> {
    let mut workbook = Workbook::new();
    let formats = Formats::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(super::workbook::sheet_name(sheet)).map_err(xlsx_error)?;
    write(worksheet, grid, selection, &formats).map_err(xlsx_error)?;
    super::workbook::fixed_properties(&mut workbook, None);
    workbook.save_to_buffer().map_err(xlsx_error)
}
