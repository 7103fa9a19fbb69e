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
use super::cells::{Reader, RowValues, UNKNOWN_CURRENCY};
use super::columns::Field;
use super::grid::Row;
use super::values::parse_currency;
use rust_decimal::Decimal;
use rustc_hash::FxHashMap;
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
    /// One column of this field.
    Single(Field, usize),
    /// Debit minus credit (credits counted as positive magnitudes).
    Net(usize, usize),
}

/// The amount columns of a table, and each counted row's value in them.
pub(super) struct Controls {
    columns: Vec<(String, Field, Column)>,
    /// Each counted row's number and currency.
    rows: Vec<(u64, Arc<str>)>,
    /// Row after row, its value in each column: `Err` when the cell is not an
    /// amount, `None` when it is empty.
    values: Vec<Result<Option<Decimal>, ()>>,
}

impl Controls {
    /// The amount columns `reader`'s header maps: the amount, the open balance,
    /// debit and credit as one net column; room for `rows` rows (taken at once:
    /// grown by doubling, the old and new rooms of a million rows' values
    /// were held together while the rows' values were read).
    pub(super) fn new(reader: &Reader<'_>, rows: usize) -> Self {
        let map = &reader.header.map;
        let mut columns = Vec::new();
        for field in [Field::Amount, Field::OpenBalance] {
            if let Some(i) = map.index(field) {
                columns.push((reader.header.text(i).to_owned(), field, Column::Single(field, i)));
            }
        }
        if let (Some(d), Some(c)) = (map.index(Field::Debit), map.index(Field::Credit)) {
            let label = format!("{} − {}", reader.header.text(d), reader.header.text(c));
            columns.push((label, Field::Debit, Column::Net(d, c)));
        } else if let Some(i) = map.index(Field::Debit).or(map.index(Field::Credit)) {
            let field = if map.index(Field::Debit).is_some() { Field::Debit } else { Field::Credit };
            columns.push((reader.header.text(i).to_owned(), field, Column::Single(field, i)));
        }
        let values = Vec::with_capacity(rows.saturating_mul(columns.len()));
        Controls { columns, rows: Vec::with_capacity(rows), values }
    }

    /// Records a row that was read, with its values.
    pub(super) fn read(&mut self, row: u64, v: &RowValues) {
        let values = self.columns.iter().map(|(_, _, c)| {
            Ok(match c {
                Column::Single(field, _) => v.value(*field),
                Column::Net(..) => net(v.value(Field::Debit), v.value(Field::Credit)),
            })
        });
        self.values.extend(values);
        self.rows.push((row, v.currency.clone()));
    }

    /// Records a row that was not read into values, reading its amount cells.
    pub(super) fn unread(&mut self, row: &Row, reader: &Reader<'_>, default_currency: Option<&str>) {
        let mut code = None;
        let mut cell = |i: usize| -> Result<Option<Decimal>, ()> {
            let read = reader.amount_of(row.get(i)).map_err(|_| ())?;
            Ok(read.map(|(value, c)| {
                code = code.take().or(c);
                value
            }))
        };
        let values: Vec<_> = self
            .columns
            .iter()
            .map(|(_, _, c)| match *c {
                Column::Single(_, i) => cell(i),
                Column::Net(d, c) => Ok(net(cell(d)?, cell(c)?)),
            })
            .collect();
        self.values.extend(values);
        let currency = reader
            .cell(row, Field::Currency)
            .map_or(Some(None), |(_, c)| parse_currency(&c.to_string()).ok().map(Some))
            .flatten()
            .or(code)
            .or_else(|| reader.fallback_currency(default_currency).map(str::to_owned))
            .unwrap_or_else(|| UNKNOWN_CURRENCY.to_owned());
        self.rows.push((row.number, reader.strings.get(&currency)));
    }

    /// Splits each column's total by what became of its rows: `imported` rows
    /// are entries; the others are excluded or skipped by their [`SkipKind`].
    pub(super) fn finish(self, imported: &RowSet, kinds: &FxHashMap<u64, SkipKind>) -> Vec<Reconciliation> {
        // What became of each row, looked up once (not once per column).
        let fates: Vec<Fate> = self
            .rows
            .iter()
            .map(|(row, _)| {
                if imported.contains(*row) {
                    Fate::Imported
                } else if kinds.get(row) == Some(&SkipKind::Excluded) {
                    Fate::Excluded
                } else {
                    Fate::Skipped
                }
            })
            .collect();
        let width = self.columns.len();
        self.columns
            .iter()
            .enumerate()
            .map(|(c, (label, field, _))| {
                let mut unreadable: usize = 0;
                // A file has a few currencies (`Arc`'s equality tries the
                // pointer first: the import shares one per code); sorted by code at the end.
                let mut lines: Vec<(&Arc<str>, Reconciled)> = Vec::new();
                // The values are row by row, `width` per row.
                let rows = self.rows.iter().zip(&fates);
                for (((_, currency), fate), values) in rows.zip(self.values.chunks(width.max(1))) {
                    let value = match values.get(c) {
                        Some(Ok(Some(v))) => *v,
                        Some(Ok(None)) | None => continue,
                        Some(Err(())) => {
                            unreadable = unreadable.saturating_add(1);
                            continue;
                        }
                    };
                    let at = match lines.iter().position(|(code, _)| *code == currency) {
                        Some(at) => at,
                        None => {
                            lines.push((currency, Reconciled::empty(currency)));
                            lines.len().saturating_sub(1)
                        }
                    };
                    let Some((_, line)) = lines.get_mut(at) else { continue };
                    line.file.add(value);
                    match fate {
                        Fate::Imported => line.imported.add(value),
                        Fate::Excluded => line.excluded.add(value),
                        Fate::Skipped => line.skipped.add(value),
                    }
                }
                lines.sort_by_key(|(code, _)| *code);
                Reconciliation {
                    column: label.clone(),
                    field: *field,
                    currencies: lines.into_iter().map(|(_, line)| line).collect(),
                    unreadable,
                }
            })
            .collect()
    }
}

/// What became of a counted row.
#[derive(Clone, Copy)]
enum Fate {
    Imported,
    Excluded,
    Skipped,
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

/// A set of row numbers: bits when the rows are dense (one lookup is one load,
/// where a hash set of a million rows missed the cache on most of them), else
/// sorted numbers (a sheet whose few rows are numbered in the billions).
#[derive(Debug)]
pub(super) enum RowSet {
    /// Bit `r % 64` of word `r / 64` is set for row `r`.
    Bits(Vec<u64>),
    /// The rows, sorted.
    Sorted(Vec<u64>),
}

impl RowSet {
    /// The set of `rows`.
    pub(super) fn of(rows: impl Iterator<Item = u64>) -> Self {
        let rows: Vec<u64> = rows.collect();
        let words = rows.iter().max().map_or(0, |m| (m / 64).saturating_add(1));
        // Bits when they take no more room than a list of the rows would.
        match usize::try_from(words) {
            Ok(words) if words <= rows.len().saturating_add(1024) => {
                let mut bits = vec![0u64; words];
                for row in rows {
                    if let Some(w) = usize::try_from(row / 64).ok().and_then(|w| bits.get_mut(w)) {
                        *w |= 1 << (row % 64);
                    }
                }
                RowSet::Bits(bits)
            }
            _ => {
                let mut rows = rows;
                rows.sort_unstable();
                RowSet::Sorted(rows)
            }
        }
    }

    /// Whether `row` is in the set.
    pub(super) fn contains(&self, row: u64) -> bool {
        match self {
            RowSet::Bits(bits) => usize::try_from(row / 64)
                .ok()
                .and_then(|w| bits.get(w))
                .is_some_and(|w| w & (1 << (row % 64)) != 0),
            RowSet::Sorted(rows) => rows.binary_search(&row).is_ok(),
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

#[cfg(test)]
mod tests {
    use super::RowSet;

    #[test]
    fn a_row_set_holds_dense_and_sparse_rows() {
        let dense = RowSet::of([2, 3, 64, 65, 700].into_iter());
        assert!(matches!(dense, RowSet::Bits(_)));
        let sparse = RowSet::of([5, 4_000_000_000].into_iter());
        assert!(matches!(sparse, RowSet::Sorted(_)));
        for set in [dense, sparse] {
            let found: Vec<u64> = [0, 2, 3, 5, 63, 64, 65, 700, 701, 4_000_000_000]
                .into_iter()
                .filter(|&r| set.contains(r))
                .collect();
            let want: &[u64] = match set {
                RowSet::Bits(_) => &[2, 3, 64, 65, 700],
                RowSet::Sorted(_) => &[5, 4_000_000_000],
            };
            assert_eq!(found, want);
        }
    }
}
