//! The import's reconciliation, for an auditor's file: per amount column and
//! currency, the total of the file's rows equals what was imported plus what
//! was excluded plus what was skipped.
//!
//! The rows counted are every row below the header except blank rows and the
//! file's own subtotal, total and percentage rows (which restate other rows):
//! documents, and any heading or note that carries an amount. A row's currency
//! is the one it was imported in; for a row not imported, its currency cell,
//! else a code or unambiguous symbol in its amount, else the column header's,
//! else the `defaultCurrency` option, else unknown (`XXX`).

use super::SkipKind;
use super::cells::{Reader, RowAt, RowValues, UNKNOWN_CURRENCY};
use super::columns::Field;
use super::grid::Row;
use super::values::parse_currency;
use crate::error::Position;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// A number of rows and the total of their cells in one column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Part {
    /// How many rows.
    pub rows: usize,
    /// The sum of their cells, exact.
    #[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), tsify(type = "string"))]
    pub total: Decimal,
}

impl Part {
    // Money: every value is within limits::MAX_AMOUNT and a file holds at most
    // limits.cells of them (6 × 10^22 at most), below Decimal::MAX.
    #[allow(clippy::arithmetic_side_effects)]
    fn add(&mut self, value: Decimal) {
        self.rows = self.rows.saturating_add(1);
        self.total += value;
    }
}

/// One currency's line of a [`Reconciliation`]: `file` = `imported` +
/// `excluded` + `skipped`, in rows and in total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Reconciled {
    /// ISO 4217 code (`XXX` when unknown).
    pub currency: String,
    /// Every counted row with an amount in the column.
    pub file: Part,
    /// Rows that became entries.
    pub imported: Part,
    /// Rows left out by rule ([`SkipKind::Excluded`]): cancelled, void, written
    /// off; receipts with no customer and nothing open; credits with nothing open.
    pub excluded: Part,
    /// Rows that could not be read, or layout rows carrying an amount.
    pub skipped: Part,
}

impl Reconciled {
    /// Whether the parts add up to the file's rows and total.
    pub fn balances(&self) -> bool {
        let parts = [self.imported, self.excluded, self.skipped];
        parts.iter().map(|p| p.rows).sum::<usize>() == self.file.rows
            && parts.iter().map(|p| p.total).sum::<Decimal>() == self.file.total
    }
}

/// One amount column's reconciliation, per currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Reconciliation {
    /// The column's header (`Debit − Credit` for a debit and a credit column).
    pub column: String,
    /// The field it holds.
    pub field: Field,
    /// One line per currency, by code.
    pub currencies: Vec<Reconciled>,
    /// Rows whose cell in this column is not an amount: in no total, each in
    /// the report's skipped rows with its reason.
    pub unreadable: usize,
}

/// Which values of a row a reconciled column sums.
#[derive(Debug, Clone, Copy)]
enum Column {
    /// The field's value (its column, or an open balance's bucket parts).
    Single(Field),
    /// Debit minus credit (credits counted as positive magnitudes).
    Net,
}

/// What became of a counted row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fate {
    /// It became entries.
    Imported,
    /// Left out by rule ([`SkipKind::Excluded`]).
    Excluded,
    /// Not read, or a layout row.
    Skipped,
}

impl Fate {
    /// The fate of a row skipped with `kind`.
    pub(super) fn of_skip(kind: SkipKind) -> Self {
        if kind == SkipKind::Excluded { Fate::Excluded } else { Fate::Skipped }
    }
}

/// Most amount columns a table's reconciliation has: the amount, the open
/// balance, and debit and credit (one net column).
const MOST_COLUMNS: usize = 3;

/// A row's values in the reconciled columns (`Err` when the cell is not an
/// amount, `None` when it is empty) and its currency, until its fate is known.
pub(super) struct Counted {
    values: [Result<Option<Decimal>, ()>; MOST_COLUMNS],
    currency: Arc<str>,
}

/// One reconciled column and its lines so far.
struct Control {
    label: String,
    field: Field,
    column: Column,
    /// A file has a few currencies (`Arc`'s equality tries the pointer first:
    /// the import shares one per code); sorted by code at the end.
    lines: Vec<(Arc<str>, Reconciled)>,
    unreadable: usize,
}

/// The amount columns of a table, each row's values added to its currency's
/// line as soon as the row's fate is known (nothing kept per row).
pub(super) struct Controls {
    columns: Vec<Control>,
}

impl Controls {
    /// The amount columns `reader`'s header maps: the amount, the open balance,
    /// debit and credit as one net column.
    pub(super) fn new(reader: &Reader<'_>) -> Self {
        let map = &reader.header.map;
        let mut columns = Vec::new();
        let mut add = |label: String, field: Field, column: Column| {
            columns.push(Control { label, field, column, lines: Vec::new(), unreadable: 0 });
        };
        for field in [Field::Amount, Field::OpenBalance] {
            if let Some(i) = map.index(field) {
                let label = if field == Field::OpenBalance && !reader.parts.is_empty() {
                    reader.parts.iter().map(|&p| reader.header.text(p)).collect::<Vec<_>>().join(" + ")
                } else {
                    reader.header.text(i).to_owned()
                };
                add(label, field, Column::Single(field));
            }
        }
        if let (Some(d), Some(c)) = (map.index(Field::Debit), map.index(Field::Credit)) {
            let label = format!("{} − {}", reader.header.text(d), reader.header.text(c));
            add(label, Field::Debit, Column::Net);
        } else if let Some(i) = map.index(Field::Debit).or(map.index(Field::Credit)) {
            let field = if map.index(Field::Debit).is_some() { Field::Debit } else { Field::Credit };
            add(reader.header.text(i).to_owned(), field, Column::Single(field));
        }
        Controls { columns }
    }

    /// The values of a row that was read, to count once its fate is known.
    pub(super) fn read(&self, v: &RowValues) -> Counted {
        let mut values = [Ok(None); MOST_COLUMNS];
        for (slot, control) in values.iter_mut().zip(&self.columns) {
            *slot = Ok(match control.column {
                Column::Single(field) => v.value(field),
                Column::Net => net(v.value(Field::Debit), v.value(Field::Credit)),
            });
        }
        Counted { values, currency: v.currency.clone() }
    }

    /// Counts a row that was not read into values (`fate` is skipped or
    /// excluded), reading its amount cells.
    pub(super) fn unread(
        &mut self,
        row: &Row,
        reader: &Reader<'_>,
        default_currency: Option<&str>,
        fate: Fate,
    ) {
        let mut code = None;
        // As a row read into values reads it: the header's unit, an open balance in
        // bucket parts, the debit/credit indicator's sign (an unreadable one: unread).
        let nowhere = Position::default();
        let at = RowAt { file: &nowhere, row: row.number };
        let mut read = |field: Field| -> Result<Option<Decimal>, ()> {
            let read = reader.amount(row, field, at).map_err(|_| ())?;
            Ok(read.map(|(value, c)| {
                code = code.take().or(c);
                value
            }))
        };
        let mut values = [Ok(None); MOST_COLUMNS];
        for (slot, control) in values.iter_mut().zip(&self.columns) {
            *slot = match control.column {
                Column::Single(field) => read(field),
                Column::Net => read(Field::Debit).and_then(|d| Ok(net(d, read(Field::Credit)?))),
            };
        }
        let currency = reader
            .cell(row, Field::Currency)
            .map_or(Some(None), |(_, c)| parse_currency(&c.to_string()).ok().map(Some))
            .flatten()
            .or(code)
            .or_else(|| reader.fallback_currency(default_currency).map(str::to_owned))
            .unwrap_or_else(|| UNKNOWN_CURRENCY.to_owned());
        self.count(Counted { values, currency: reader.strings.get(&currency) }, fate);
    }

    /// Adds a row's values to its currency's line in each column, as `fate` says.
    pub(super) fn count(&mut self, row: Counted, fate: Fate) {
        for (control, value) in self.columns.iter_mut().zip(row.values) {
            let value = match value {
                Ok(Some(v)) => v,
                Ok(None) => continue,
                Err(()) => {
                    control.unreadable = control.unreadable.saturating_add(1);
                    continue;
                }
            };
            let at = match control.lines.iter().position(|(code, _)| *code == row.currency) {
                Some(at) => at,
                None => {
                    control.lines.push((row.currency.clone(), Reconciled::empty(&row.currency)));
                    control.lines.len().saturating_sub(1)
                }
            };
            let Some((_, line)) = control.lines.get_mut(at) else { continue };
            line.file.add(value);
            match fate {
                Fate::Imported => line.imported.add(value),
                Fate::Excluded => line.excluded.add(value),
                Fate::Skipped => line.skipped.add(value),
            }
        }
    }

    /// Each column's reconciliation, its lines sorted by currency code.
    pub(super) fn finish(self) -> Vec<Reconciliation> {
        self.columns
            .into_iter()
            .map(|mut c| {
                c.lines.sort_by(|(a, _), (b, _)| a.cmp(b));
                Reconciliation {
                    column: c.label,
                    field: c.field,
                    currencies: c.lines.into_iter().map(|(_, line)| line).collect(),
                    unreadable: c.unreadable,
                }
            })
            .collect()
    }
}

impl Reconciled {
    /// A line for `currency` with nothing counted yet.
    fn empty(currency: &str) -> Self {
        Reconciled {
            currency: currency.to_owned(),
            file: Part::default(),
            imported: Part::default(),
            excluded: Part::default(),
            skipped: Part::default(),
        }
    }
}

/// Debit minus the credit's magnitude; `None` when both are empty.
// Money: both within limits::MAX_AMOUNT, so the difference is too (doubled).
#[allow(clippy::arithmetic_side_effects)]
fn net(debit: Option<Decimal>, credit: Option<Decimal>) -> Option<Decimal> {
    match (debit, credit) {
        (None, None) => None,
        (d, c) => Some(d.unwrap_or_default() - c.unwrap_or_default().abs()),
    }
}
