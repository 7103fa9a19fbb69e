//! A ledger split across sheets laid out alike — a sheet a month, a customer
//! or a currency — or across the files of a zip archive, read as one.
//!
//! The sheets' rows are read as one grid, in workbook order: the first sheet
//! whole (its title rows give the report date), then the rows below each other
//! sheet's header. A row keeps its sheet in its number: row `r` of the `k`th
//! sheet read is numbered `k × 2⁴⁰ + r` ([`pack`]), so the rows sort in
//! workbook order, every check and allocation runs across the sheets as in one,
//! and the numbers are split back into a sheet and a row where they are shown
//! ([`Sheets::locate`], [`Sheets::row_text`], [`Book::source_row`](crate::ledger::Book::source_row)).
//! A sheet's rows number at most 2²⁰ (Excel's limit), far below 2⁴⁰.
//!
//! Sheets are read together only when they map the same fields from the same
//! columns, with the same currencies and units in their headers: sheets that
//! differ there (`Amount (USD)` in one, `Amount (EUR)` in the other) are not
//! read, with a warning. A sheet that names documents of a sheet read (a
//! backup copy, another version, open items at another month end: see
//! [`copies`]) is not read either, with a warning: its documents would be
//! counted twice. Nor is a sheet the workbook hides (often an old copy),
//! with a warning.

use super::grid::{Grid, Row};
use super::layout::Header;
use super::{ColumnMap, Field};
use crate::error::{Position, quoted};
use std::hash::{BuildHasher, Hash, Hasher};

/// The bits of a row number below its sheet's place ([`pack`]).
const SHIFT: u32 = 40;
/// The row bits of a packed number.
const ROW_BITS: u64 = (1 << SHIFT) - 1;

/// Row `row` of the sheet at place `sheet` (0 for the first) as one number.
pub(crate) fn pack(sheet: usize, row: u64) -> u64 {
    ((sheet as u64) << SHIFT) | (row & ROW_BITS)
}

/// A packed number's sheet place and row.
pub(crate) fn split(number: u64) -> (usize, u64) {
    ((number >> SHIFT) as usize, number & ROW_BITS)
}

/// Where the rows of one sheet read with others come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Part {
    /// Its file, when the sheets come from several files (of a zip archive).
    pub file: Option<String>,
    /// Its sheet, in a workbook.
    pub sheet: Option<String>,
}

/// The sheets of a grid read from several, in the order their rows come;
/// empty when the grid is one sheet's (its row numbers are then plain).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Sheets {
    parts: Vec<Part>,
    /// Each part's name as the ledger shows it ([`label`]).
    names: Vec<String>,
}

impl Sheets {
    /// The names of the sheets read, in order (empty: one sheet), as
    /// [`label`] gives them.
    pub(crate) fn names(&self) -> &[String] {
        &self.names
    }

    /// The file of each sheet (`None`: the file read).
    pub(crate) fn files(&self) -> Vec<Option<String>> {
        self.parts.iter().map(|p| p.file.clone()).collect()
    }

    /// Whether the sheets come from several files.
    pub(crate) fn several_files(&self) -> bool {
        self.parts.windows(2).any(|w| w.first().map(|p| &p.file) != w.get(1).map(|p| &p.file))
    }

    /// Row number `number` as a reader finds it: `12` in one sheet, `Feb!12`
    /// (Excel's way of naming a sheet's place) in sheets read together.
    pub(crate) fn row_text(&self, number: u64) -> String {
        row_text(&self.names, number)
    }

    /// `position`'s packed row split into its sheet (and file) and row.
    pub(crate) fn locate(&self, position: &mut Position) {
        if self.parts.is_empty() {
            return;
        }
        if let Some(number) = position.row {
            let (sheet, row) = split(number);
            position.row = Some(row);
            if let Some(part) = self.parts.get(sheet) {
                if part.file.is_some() {
                    position.file.clone_from(&part.file);
                }
                position.sheet.clone_from(&part.sheet);
            }
        }
    }
}

/// The names `parts` are shown by: their sheets when they share a file, else
/// [`Part::name`]s with their files.
pub(crate) fn label(parts: &[Part]) -> Vec<String> {
    let one_file = parts.windows(2).all(|w| w.first().map(|p| &p.file) == w.get(1).map(|p| &p.file));
    parts.iter().map(|p| if one_file { p.sheet.clone().unwrap_or_default() } else { p.name() }).collect()
}

impl Part {
    /// Its file's name (without the archive's) and its sheet's, `feb.xlsx/Jan`;
    /// its sheet's alone without a file.
    pub(crate) fn name(&self) -> String {
        let file = self.file.as_deref().map(|f| f.rsplit('/').next().unwrap_or(f));
        match (file, self.sheet.as_deref()) {
            (Some(file), Some(sheet)) => format!("{file}/{sheet}"),
            (Some(file), None) => file.to_owned(),
            (None, sheet) => sheet.unwrap_or_default().to_owned(),
        }
    }
}

/// [`Sheets::row_text`] over the sheets' `names`.
pub(crate) fn row_text(names: &[String], number: u64) -> String {
    let (sheet, row) = split(number);
    match names.get(sheet) {
        Some(name) if names.len() > 1 => format!("{}!{row}", sheet_reference(name)),
        _ => row.to_string(),
    }
}

/// A sheet's name as a formula names it: quoted in `'` when it holds more
/// than letters, digits and `_` (`'Open items'`, `'It''s'`).
fn sheet_reference(name: &str) -> String {
    if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
        name.to_owned()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

/// Whether two headers read their sheets alike: the same fields from the same
/// columns, with the same currencies and units (see the module docs).
pub(super) fn same_layout(a: &ColumnMap, b: &ColumnMap) -> bool {
    let layout = |m: &ColumnMap| {
        let mut columns: Vec<_> = m
            .columns
            .iter()
            .filter(|c| c.field != Field::Ignore)
            .map(|c| (c.index, c.field as usize, c.currency.clone(), c.unit))
            .collect();
        columns.sort_by_key(|x| (x.0, x.1));
        columns
    };
    layout(a) == layout(b)
}

/// What names a row's document — its number, customer, type, installment,
/// side (debit or credit) and date — as one number, to find documents a sheet
/// repeats from another: its amounts and due dates may differ (a later version
/// of the sheet), its date does not. A number with another date is another
/// document: sheets a month each whose numbers start again at 1 are parts of
/// one ledger, not versions. The whole row when no column holds document numbers.
fn fingerprint(row: &Row, header: &Header) -> u64 {
    let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
    if header.map.index(Field::DocumentId).is_some() {
        const NAMING: [Field; 7] = [
            Field::DocumentId,
            Field::CustomerId,
            Field::CustomerName,
            Field::DocumentType,
            Field::Installment,
            Field::DebitCredit,
            Field::InvoiceDate,
        ];
        for field in NAMING {
            if let Some(i) = header.map.index(field) {
                row.get(i).to_string().hash(&mut hasher);
            }
        }
        for field in [Field::Debit, Field::Credit] {
            if let Some(i) = header.map.index(field) {
                row.get(i).is_empty().hash(&mut hasher);
            }
        }
    } else {
        for cell in row.cells() {
            cell.to_string().hash(&mut hasher);
        }
    }
    hasher.finish()
}

/// A sheet that repeats documents of another, which is read: not read itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Repeats {
    /// The place (in the list given to [`copies`]) of the sheet it repeats most.
    pub of: usize,
    /// How many of its rows name a document of the sheets before it.
    pub repeated: usize,
    /// Its non-blank rows below the header.
    pub rows: usize,
}

/// For each sheet (the one chosen first, then the others, each with its
/// header), whether it repeats documents of the sheets before it that are read
/// (see [`fingerprint`]): a backup copy, another version, or a snapshot of the
/// same open items at another date. A ledger split across sheets names each
/// document in one sheet, so a sheet is taken for a repeat when more than a
/// tenth of its rows name documents already read, two at least (or its one row).
pub(super) fn copies(sheets: &[(&Grid, &Header)]) -> Vec<Option<Repeats>> {
    let mut seen: hashbrown::HashMap<u64, usize, rustc_hash::FxBuildHasher> = Default::default();
    let mut found = Vec::with_capacity(sheets.len());
    for (place, (grid, header)) in sheets.iter().enumerate() {
        let rows: Vec<u64> = grid
            .rows_after(header.index)
            .iter()
            .filter(|r| !r.is_blank())
            .map(|r| fingerprint(r, header))
            .collect();
        let mut repeated: Vec<usize> = rows.iter().filter_map(|f| seen.get(f).copied()).collect();
        let count = repeated.len();
        let repeats =
            count > 0 && (count == rows.len() || (count >= 2 && count.saturating_mul(10) > rows.len()));
        let copy = if repeats {
            repeated.sort_unstable();
            // The sheet it repeats most.
            repeated
                .chunk_by(|a, b| a == b)
                .max_by_key(|run| run.len())
                .and_then(|run| run.first().copied())
                .map(|of| Repeats { of, repeated: count, rows: rows.len() })
        } else {
            None
        };
        if copy.is_none() {
            for f in rows {
                seen.entry(f).or_insert(place);
            }
        }
        found.push(copy);
    }
    found
}

/// The sheets' grids (in workbook order, each with its header, the first's
/// header the one read) as one grid, with the names of its sheets.
pub(super) fn combine(mut parts: Vec<(Grid, Header)>) -> Option<(Grid, Header, Sheets)> {
    if parts.is_empty() {
        return None;
    }
    let (mut grid, header) = parts.remove(0);
    let mut from = vec![Part { file: grid.file.clone(), sheet: grid.sheet.clone() }];
    for (place, (sheet, its_header)) in parts.into_iter().enumerate() {
        let place = place.saturating_add(1);
        from.push(Part { file: sheet.file.clone(), sheet: sheet.sheet.clone() });
        let below = its_header.index.saturating_add(1);
        grid.rows.extend(sheet.rows.into_iter().skip(below).map(|mut row| {
            row.number = pack(place, row.number);
            row
        }));
        grid.repeated_rows.extend(sheet.repeated_rows.into_iter().map(|r| pack(place, r)));
        grid.uncalculated.extend(sheet.uncalculated.into_iter().map(|(r, c)| (pack(place, r), c)));
        grid.hidden_rows.extend(sheet.hidden_rows.into_iter().map(|r| pack(place, r)));
        grid.hidden_columns.extend(sheet.hidden_columns);
        match (&mut grid.calculated, sheet.calculated) {
            (Some(all), Some(more)) => all.cells = all.cells.saturating_add(more.cells),
            (all @ None, Some(mut more)) => {
                more.first.0 = pack(place, more.first.0);
                *all = Some(more);
            }
            (_, None) => {}
        }
        grid.typed_currencies.extend(sheet.typed_currencies);
        grid.format_symbols.extend(sheet.format_symbols);
        grid.comma_split &= sheet.comma_split;
        grid.unclosed_quotes.extend(
            sheet
                .unclosed_quotes
                .into_iter()
                .map(|u| super::unclosed::Unclosed { row: pack(place, u.row), ..u }),
        );
    }
    grid.typed_currencies.sort();
    grid.typed_currencies.dedup();
    grid.format_symbols.sort_unstable();
    grid.format_symbols.dedup();
    let names = label(&from);
    Some((grid, header, Sheets { parts: from, names }))
}

/// The sheets to read with `chosen` (its grid and header), in workbook order
/// with their headers (by their place in `grids`), and the warning for those
/// laid out alike and not read: of `ranked` (the other sheets with a header,
/// as [`Grids::ranked`](super::Grids) gives them), those mapping the same
/// fields from the same columns, neither hidden nor repeating documents of a
/// sheet read (see [`copies`]).
pub(super) fn choose(
    grids: &super::Grids,
    chosen: (&Grid, &Header),
    ranked: &[(&Grid, Header, usize)],
) -> (Vec<(usize, Header)>, Option<String>) {
    let (grid, header) = chosen;
    let mut together: Vec<(usize, Header)> = vec![(grids.place(grid), header.clone())];
    let mut elsewhere: Vec<String> = Vec::new();
    let mut hidden: Vec<String> = Vec::new();
    for (other, h, rows) in ranked {
        if *rows == 0 || !super::same_fields(&h.map, &header.map) {
            continue;
        }
        if other.hidden {
            hidden.push(super::grid_name(other));
        } else if same_layout(&h.map, &header.map) {
            together.push((grids.place(other), h.clone()));
        } else {
            elsewhere.push(super::grid_name(other));
        }
    }
    // The chosen sheet first, the others in workbook order: repeats of the
    // sheets before them are found.
    if let Some(rest) = together.get_mut(1..) {
        rest.sort_by_key(|(i, _)| *i);
    }
    // (One sheet: nothing to compare it with.)
    let repeats = if together.len() > 1 {
        let parts: Vec<(&Grid, &Header)> =
            together.iter().filter_map(|(i, h)| Some((grids.grids.get(*i)?, h))).collect();
        copies(&parts)
    } else {
        vec![None; together.len()]
    };
    let copied: Vec<(String, String, Repeats)> = together
        .iter()
        .zip(&repeats)
        .filter_map(|((i, _), r)| {
            let r = (*r)?;
            Some((grids.name_at(*i), grids.name_at(together.get(r.of)?.0), r))
        })
        .collect();
    let mut together: Vec<(usize, Header)> =
        together.into_iter().zip(&repeats).filter(|(_, r)| r.is_none()).map(|(t, _)| t).collect();
    together.sort_by_key(|(i, _)| *i);
    let noun = if grids.archive_files.is_empty() { "sheet" } else { "file" };
    (together, not_read(noun, &copied, &hidden, &elsewhere))
}

/// The warning for sheets (files: `noun`) not read although laid out alike: `copies` (a
/// sheet, the one it repeats, and how much), `hidden` ones, and `others` (the
/// same fields elsewhere).
pub(super) fn not_read(
    noun: &str,
    copies: &[(String, String, Repeats)],
    hidden: &[String],
    others: &[String],
) -> Option<String> {
    let names = |list: &[String]| list.iter().map(|n| quoted(n)).collect::<Vec<String>>().join(", ");
    let mut parts = Vec::new();
    for (copy, of, r) in copies {
        parts.push(format!(
            "{noun} {} was not read: {} of its {} rows name documents of {noun} {}, so it looks like a copy of it, another version, or the same open items at another date, and its documents would count twice; choose it to read it alone",
            quoted(copy),
            r.repeated,
            r.rows,
            quoted(of)
        ));
    }
    if !hidden.is_empty() {
        let one = hidden.len() == 1;
        parts.push(format!(
            "{} {}, laid out as this one, {} hidden in the workbook and {} not read (a hidden sheet is often an old copy); choose {} to read {}",
            if one { "sheet" } else { "sheets" },
            names(hidden),
            if one { "is" } else { "are" },
            if one { "was" } else { "were" },
            if one { "it" } else { "one" },
            if one { "it" } else { "it alone" },
        ));
    }
    if !others.is_empty() {
        let one = others.len() == 1;
        parts.push(format!(
            "{noun}{} {} {} the same fields as this one from other columns, or in other currencies, and {} not read: the figures are without {}; choose one, or put the documents of all of them in one {noun} laid out alike",
            if one { "" } else { "s" },
            names(others),
            if one { "maps" } else { "map" },
            if one { "was" } else { "were" },
            if one { "it" } else { "them" },
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_row_splits_into_its_sheet_and_row_and_sorts_in_sheet_order() {
        assert_eq!(split(pack(0, 12)), (0, 12));
        assert_eq!(split(pack(3, 1_048_576)), (3, 1_048_576));
        assert!(pack(0, 1_048_576) < pack(1, 1));
        let names = vec!["Jan".to_owned(), "Open items".to_owned(), "It's".to_owned()];
        assert_eq!(row_text(&names, pack(0, 7)), "Jan!7");
        assert_eq!(row_text(&names, pack(1, 7)), "'Open items'!7");
        assert_eq!(row_text(&names, pack(2, 7)), "'It''s'!7");
        assert_eq!(row_text(&names[..1], 7), "7");
        assert_eq!(row_text(&[], 7), "7");
        let parts: Vec<Part> = names.iter().map(|n| Part { file: None, sheet: Some(n.clone()) }).collect();
        let sheets = Sheets { names: label(&parts), parts };
        let mut at = Position { row: Some(pack(1, 9)), sheet: Some("Jan".into()), ..Position::default() };
        sheets.locate(&mut at);
        assert_eq!((at.sheet.as_deref(), at.row), (Some("Open items"), Some(9)));
        assert!(!sheets.several_files());
        // Files of an archive: each row located in its own file.
        let parts = vec![
            Part { file: Some("m.zip/jan.csv".into()), sheet: None },
            Part { file: Some("m.zip/feb.xlsx".into()), sheet: Some("Data".into()) },
        ];
        let files = Sheets { names: label(&parts), parts };
        assert_eq!(files.names(), ["jan.csv", "feb.xlsx/Data"]);
        assert!(files.several_files());
        let mut at = Position { file: Some("m.zip".into()), row: Some(pack(1, 4)), ..Position::default() };
        files.locate(&mut at);
        assert_eq!(at.to_string(), "file \"m.zip/feb.xlsx\", sheet \"Data\", row 4");
        assert_eq!(files.row_text(pack(0, 4)), "'jan.csv'!4");
    }
}
