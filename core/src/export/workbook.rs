//! The whole analysis as one XLSX workbook, for an auditor's working papers:
//! a Summary sheet (the file's name as the import options gave it, its
//! SHA-256, the arlens version, the as-of date and options, the import's
//! reconciliation, every key figure with its definition), then Aging by customer, Open documents (with their source
//! rows), Worklist and Trend — each a grid of [`crate::grid`] in its default
//! order (see [`super`] for the cells). The workbook's creation date is the
//! as-of date, so the same file and options always give the same bytes.

use super::sheet::{Formats, excel_date, write};
use super::xlsx_error;
use crate::error::Error;
use crate::figures::value::Value;
use crate::grid::{Grid, GridName, Query};
use crate::money::minor_units;
use crate::overview::headline::Unit;
use crate::{Ledger, Options, Report};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use rust_xlsxwriter::{DocProperties, Format, Workbook, Worksheet, XlsxError};

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
pub(super) fn sheet_name(name: &str) -> String {
    let clean: String =
        name.chars().filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\')).take(31).collect();
    if clean.trim().is_empty() { "Sheet1".to_owned() } else { clean }
}

/// Sets the document's properties to fixed values (author, and the creation
/// date at `date`, else 2000-01-01), so that equal inputs give equal bytes.
/// Also sets the zip compression to level 2: 0.57× the default's time for
/// 1.11× its size (rust_xlsxwriter's own measurements), the save being most of
/// a large workbook's time.
pub(super) fn fixed_properties(workbook: &mut Workbook, date: Option<chrono::NaiveDate>) {
    workbook.set_zip_compression_level(2);
    let date = date.unwrap_or(chrono::NaiveDate::MIN);
    let when = excel_date(date).or_else(|_| rust_xlsxwriter::ExcelDateTime::from_ymd(2000, 1, 1));
    let mut properties = DocProperties::new().set_author("arlens").set_title("Accounts-receivable analysis");
    if let Ok(when) = when {
        properties = properties.set_creation_datetime(&when);
    }
    workbook.set_properties(&properties);
}

/// Writes label–value rows and tables down the Summary sheet.
struct Lines<'a> {
    sheet: &'a mut Worksheet,
    formats: &'a Formats,
    row: u32,
}

impl Lines<'_> {
    fn heading(&mut self, text: &str) -> Result<(), XlsxError> {
        self.row = self.row.saturating_add(1);
        self.sheet.write_string_with_format(self.row, 0, text, &self.formats.header)?;
        self.row = self.row.saturating_add(1);
        Ok(())
    }

    fn pair(&mut self, label: &str, value: &str) -> Result<(), XlsxError> {
        self.sheet.write_string_with_format(self.row, 0, label, &self.formats.header)?;
        self.sheet.write_string(self.row, 1, value)?;
        self.row = self.row.saturating_add(1);
        Ok(())
    }

    fn header(&mut self, labels: &[&str]) -> Result<(), XlsxError> {
        for (c, label) in labels.iter().enumerate() {
            self.sheet.write_string_with_format(self.row, col(c), *label, &self.formats.header)?;
        }
        self.row = self.row.saturating_add(1);
        Ok(())
    }

    fn text(&mut self, c: usize, text: &str) -> Result<(), XlsxError> {
        self.sheet.write_string(self.row, col(c), text)?;
        Ok(())
    }

    fn number(&mut self, c: usize, value: Decimal, format: &Format) -> Result<(), XlsxError> {
        self.sheet.write_number_with_format(self.row, col(c), value.to_f64().unwrap_or_default(), format)?;
        Ok(())
    }

    fn next(&mut self) {
        self.row = self.row.saturating_add(1);
    }
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

fn money<'f>(formats: &'f Formats, currency: &str) -> &'f Format {
    let units = usize::try_from(minor_units(currency)).unwrap_or(2).min(4);
    &formats.money[units]
}

/// The Summary sheet.
fn summary(
    sheet: &mut Worksheet,
    formats: &Formats,
    ledger: &Ledger,
    report: &Report,
    options: &Options,
) -> Result<(), XlsxError> {
    let import = &ledger.summary().import;
    sheet.set_column_width(0, 34)?;
    sheet.set_column_width(1, 40)?;
    for c in 2..12u16 {
        sheet.set_column_width(c, 15)?;
    }
    sheet.set_column_width(5, 90)?;
    let mut l = Lines { sheet, formats, row: 0 };
    l.sheet.write_string_with_format(0, 0, "Accounts-receivable analysis", &formats.header)?;
    l.next();
    if import.files.is_empty() {
        l.pair("File", ledger.file_name().unwrap_or("(not named)"))?;
        l.pair("SHA-256 of the file", &import.sha256)?;
    } else {
        // Files read together: each with its own digest (the bundle's is no file's).
        for f in &import.files {
            l.pair("File", &f.name)?;
            l.pair("SHA-256 of the file", &f.sha256)?;
        }
    }
    l.pair("arlens version", crate::VERSION)?;
    l.sheet.write_string_with_format(l.row, 0, "As-of date", &formats.header)?;
    l.sheet.write_datetime_with_format(l.row, 1, excel_date(report.as_of)?, &formats.date)?;
    l.sheet.write_string(l.row, 2, format!("({})", report.as_of_source.label()))?;
    l.next();
    for setting in crate::overview::settings(report, options, &crate::money::locale::Locale::EN) {
        l.pair(&setting.label, &setting.value)?;
    }
    l.pair("Layout read", import.shape.label())?;
    if let Some(sheet) = &import.sheet {
        l.pair("Sheet read", sheet)?;
    }
    l.pair("Header row", &import.header_row.to_string())?;
    l.pair("Entries imported", &import.entries.to_string())?;
    l.pair("Rows skipped", &import.skipped.len().to_string())?;

    l.heading("Import reconciliation: file total = imported + excluded + skipped")?;
    l.header(&[
        "Column",
        "Currency",
        "File rows",
        "File total",
        "Imported rows",
        "Imported total",
        "Excluded rows",
        "Excluded total",
        "Skipped rows",
        "Skipped total",
        "Balances",
    ])?;
    for r in &import.reconciliation {
        for c in &r.currencies {
            let m = money(formats, &c.currency);
            l.text(0, &r.column)?;
            l.text(1, &c.currency)?;
            for (i, part) in [c.file, c.imported, c.excluded, c.skipped].iter().enumerate() {
                l.number(2 + 2 * i, Decimal::from(part.rows), &formats.whole)?;
                l.number(3 + 2 * i, part.total, m)?;
            }
            l.text(10, if c.balances() { "yes" } else { "no" })?;
            l.next();
        }
    }

    l.heading("Key figures")?;
    l.header(&["Currency", "Figure", "Value", "Unit", "", "Definition"])?;
    // The values only: the changes since the previous period are not filed (and
    // would cost a second analysis).
    let headline = crate::overview::headline(report, None);
    for c in &headline.currencies {
        for card in &c.cards {
            let (unit, format) = match card.unit {
                Unit::Money => (c.currency.as_str(), money(formats, &c.currency)),
                Unit::Days => ("days", &formats.decimal),
                Unit::Percent => ("%", &formats.percent),
            };
            figure_row(&mut l, &c.currency, &card.label, &card.value, unit, format, &card.definition)?;
        }
        if let Some(d) = report.dso.currencies.iter().find(|d| d.quantities.currency == c.currency) {
            for (label, value, definition) in [
                (
                    "Average-AR DSO",
                    &d.average_ar_dso,
                    "(receivables at the start + at the end) ÷ 2 ÷ credit sales × days in the period.",
                ),
                (
                    "Count-back DSO",
                    &d.countback_dso,
                    "Days of the latest months' credit sales that the receivables at the as-of date cover, newest month first.",
                ),
                ("AR turnover", &d.turnover, "Credit sales ÷ average receivables, times in the period."),
            ] {
                let (unit, format) = if label == "AR turnover" {
                    ("times", &formats.decimal)
                } else {
                    ("days", &formats.decimal)
                };
                figure_row(&mut l, &c.currency, label, value, unit, format, definition)?;
            }
        }
        if let Some(r) = report.recovery.currencies.iter().find(|r| r.currency == c.currency) {
            figure_row(
                &mut l,
                &c.currency,
                "Recovery rate",
                &r.total.rate,
                "%",
                &formats.percent,
                "Of what was past due the day before the period, the share paid in the period.",
            )?;
        }
    }
    l.next();
    l.sheet.write_string(
        l.row,
        0,
        "Every figure is exact (rust_decimal) and defined in the arlens documentation; cells show it rounded.",
    )?;
    Ok(())
}

fn figure_row(
    l: &mut Lines<'_>,
    currency: &str,
    label: &str,
    value: &Value,
    unit: &str,
    format: &Format,
    definition: &str,
) -> Result<(), XlsxError> {
    l.text(0, currency)?;
    l.text(1, label)?;
    match (value.value, &value.unavailable) {
        (Some(v), _) => {
            l.number(2, v, format)?;
            l.text(3, unit)?;
            l.text(5, definition)?;
        }
        (None, why) => {
            l.text(2, "—")?;
            let reason = why.as_ref().map_or("", |u| u.reason.as_str());
            l.text(5, &format!("{definition} Unavailable: {reason}."))?;
        }
    }
    l.next();
    Ok(())
}

/// The whole analysis of `ledger` with `options` as XLSX bytes (see the module docs).
pub fn workbook(ledger: &Ledger, options: &Options) -> Result<Vec<u8>, Error> {
    let mut options = options.clone();
    options.aging.items = true;
    let report = ledger.analyze(&options)?;
    workbook_of(ledger, &report, &options)
}

/// [`workbook`] from `report`, an analysis of `ledger` made with `options`
/// that lists its open documents ([`crate::AgingOptions::items`]; else it is
/// analysed again with them): the same bytes, without a second analysis.
pub fn workbook_of(ledger: &Ledger, report: &Report, options: &Options) -> Result<Vec<u8>, Error> {
    if !options.aging.items {
        return workbook(ledger, options);
    }
    let formats = Formats::new();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Summary").map_err(xlsx_error)?;
    summary(sheet, &formats, ledger, report, options).map_err(xlsx_error)?;
    for (name, grid) in [
        ("Aging by customer", GridName::Customers),
        ("Open documents", GridName::Invoices),
        ("Worklist", GridName::Worklist),
        ("Trend", GridName::Trend),
    ] {
        let grid = Grid::of(report, grid);
        let selection = grid.select(&Query::default()).map_err(|e| Error::option("export", e.to_string()))?;
        let sheet = book.add_worksheet().set_name(name).map_err(xlsx_error)?;
        write(sheet, &grid, &selection, &formats).map_err(xlsx_error)?;
    }
    fixed_properties(&mut book, Some(report.as_of));
    book.save_to_buffer().map_err(xlsx_error)
}
