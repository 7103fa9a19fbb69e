//! Delimited text files (CSV, semicolon, tab, pipe) through the `csv` crate.

use super::columns::{ColumnMap, Field};
use super::values::{parse_amount, parse_currency, parse_date};
use super::{ImportOptions, ImportReport, Imported, SkippedRow, Warning};
use crate::error::{Error, ErrorKind, Position};
use crate::ledger::{Customer, Document, DocumentKind, Ledger};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Guesses the delimiter from the first line: whichever of `, ; \t |` occurs most
/// outside double quotes (`,` on a tie or when none occurs).
pub fn sniff_delimiter(bytes: &[u8]) -> u8 {
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &b in first_line {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(i) = candidates.iter().position(|&c| c == b) {
            counts[i] += 1;
        }
    }
    let (best, count) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, std::cmp::Reverse(*i)))
        .expect("four candidates");
    if *count == 0 { b',' } else { candidates[best] }
}

/// Reads a delimited file of open items whose first non-blank row is the header.
///
/// A missing required column or an unreadable file is an [`Error`]; a row whose
/// cells cannot be read is skipped and listed in [`ImportReport::skipped`] with
/// its line, column and the offending text.
pub fn read_csv(bytes: &[u8], options: &ImportOptions) -> Result<Imported, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let file = Position::in_file(options.file_name.as_deref());
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sniff_delimiter(bytes))
        .from_reader(bytes);
    let csv_error = |e: ::csv::Error| {
        let at = e.position().map(|p| file.at_row(p.line()));
        Error::new(ErrorKind::Csv(e), at.or_else(|| Some(file.clone())))
    };

    let mut records = reader.records();
    let (header_line, headers) = loop {
        match records.next() {
            None => return Err(Error::new(ErrorKind::Empty, Some(file.clone()))),
            Some(rec) => {
                let rec = rec.map_err(csv_error)?;
                if rec.iter().any(|c| !c.trim().is_empty()) {
                    let line = rec.position().map_or(1, |p| p.line());
                    break (
                        line,
                        rec.iter().map(|h| h.trim().to_owned()).collect::<Vec<_>>(),
                    );
                }
            }
        }
    };
    let mapping = ColumnMap::from_headers(&headers, &file.at_row(header_line))?;
    let mut report = ImportReport {
        mapping: mapping.clone(),
        rows_read: 0,
        documents: 0,
        skipped: Vec::new(),
        warnings: Vec::new(),
    };
    if mapping.index(Field::DueDate).is_none() {
        report.warnings.push(Warning {
            position: file.clone(),
            message: "no due-date column: documents are aged on their invoice date".to_owned(),
        });
    }
    let rows = RowReader {
        mapping: &mapping,
        headers: &headers,
        options,
    };
    let mut ledger = Ledger::default();
    for rec in records {
        let rec = rec.map_err(csv_error)?;
        report.rows_read += 1;
        let at = file.at_row(rec.position().map_or(0, |p| p.line()));
        if rec.iter().all(|c| c.trim().is_empty()) {
            report.skipped.push(SkippedRow {
                position: at,
                reason: "blank row".to_owned(),
            });
            continue;
        }
        match rows.document(&rec, &at, &mut report.warnings) {
            Ok(doc) => ledger.documents.push(doc),
            Err(skip) => report.skipped.push(*skip),
        }
    }
    report.documents = ledger.documents.len();
    Ok(Imported { ledger, report })
}

/// Turns one record into a [`Document`] following a [`ColumnMap`].
struct RowReader<'a> {
    mapping: &'a ColumnMap,
    headers: &'a [String],
    options: &'a ImportOptions,
}

impl RowReader<'_> {
    /// The trimmed cell of `field`, `None` when unmapped or empty.
    fn cell<'r>(&self, rec: &'r ::csv::StringRecord, field: Field) -> Option<(usize, &'r str)> {
        let index = self.mapping.index(field)?;
        let text = rec.get(index)?.trim();
        (!text.is_empty()).then_some((index, text))
    }

    fn located(&self, at: &Position, index: usize) -> Position {
        at.at_column(index, &self.headers[index])
    }

    /// Reads `field` with `parse`, skipping the row with a located reason on failure.
    fn parsed<T>(
        &self,
        rec: &::csv::StringRecord,
        field: Field,
        at: &Position,
        parse: impl Fn(&str) -> Result<T, &'static str>,
    ) -> Result<Option<T>, Box<SkippedRow>> {
        match self.cell(rec, field) {
            None => Ok(None),
            Some((index, text)) => parse(text).map(Some).map_err(|expected| {
                Box::new(SkippedRow {
                    position: self.located(at, index),
                    reason: format!("{text:?} is not {expected}"),
                })
            }),
        }
    }

    fn missing(&self, at: &Position, field: Field) -> Box<SkippedRow> {
        let position = match self.mapping.index(field) {
            Some(index) => self.located(at, index),
            None => at.clone(),
        };
        Box::new(SkippedRow {
            position,
            reason: format!("no {}", field.label()),
        })
    }

    fn document(
        &self,
        rec: &::csv::StringRecord,
        at: &Position,
        warnings: &mut Vec<Warning>,
    ) -> Result<Document, Box<SkippedRow>> {
        let id = self
            .cell(rec, Field::DocumentId)
            .ok_or_else(|| self.missing(at, Field::DocumentId))?
            .1
            .to_owned();
        let customer_id = self.cell(rec, Field::CustomerId).map(|(_, t)| t.to_owned());
        let customer_name = self
            .cell(rec, Field::CustomerName)
            .map(|(_, t)| t.to_owned());
        let customer = match (customer_id, customer_name) {
            (Some(id), Some(name)) => Customer { id, name },
            (Some(id), None) => Customer {
                name: id.clone(),
                id,
            },
            (None, Some(name)) => Customer {
                id: name.clone(),
                name,
            },
            (None, None) => return Err(self.missing(at, Field::CustomerName)),
        };
        let date: NaiveDate = self
            .parsed(rec, Field::InvoiceDate, at, parse_date)?
            .ok_or_else(|| self.missing(at, Field::InvoiceDate))?;
        let due_date = self
            .parsed(rec, Field::DueDate, at, parse_date)?
            .unwrap_or(date);
        let amount: Option<Decimal> = self.parsed(rec, Field::Amount, at, parse_amount)?;
        let open: Option<Decimal> = self.parsed(rec, Field::OpenBalance, at, parse_amount)?;
        let (amount, open) = match (amount, open) {
            (Some(a), Some(o)) => (a, o),
            (Some(a), None) => (a, a),
            (None, Some(o)) => (o, o),
            (None, None) => return Err(self.missing(at, Field::Amount)),
        };
        let currency = self
            .parsed(rec, Field::Currency, at, parse_currency)?
            .unwrap_or_else(|| self.options.default_currency.clone());
        if due_date < date {
            let index = self
                .mapping
                .index(Field::DueDate)
                .expect("a due date differing from the date was read from its column");
            warnings.push(Warning {
                position: self.located(at, index),
                message: format!("due date {due_date} is before the invoice date {date}"),
            });
        }
        let kind = if amount < Decimal::ZERO || open < Decimal::ZERO {
            DocumentKind::CreditNote
        } else {
            DocumentKind::Invoice
        };
        Ok(Document {
            kind,
            id,
            customer,
            date,
            due_date,
            amount,
            open,
            currency,
            source: at.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_delimiters() {
        let cases: [(&[u8], u8); 5] = [
            (b"a,b,c\n1,2,3", b','),
            (b"a;b;c\n1;2;3", b';'),
            (b"a\tb\tc", b'\t'),
            (b"a|b|c", b'|'),
            (b"\"x;y\",b,c", b','),
        ];
        for (input, want) in cases {
            assert_eq!(
                sniff_delimiter(input),
                want,
                "input {:?}",
                String::from_utf8_lossy(input)
            );
        }
    }
}
