//! Mapping columns from their content when the headers do not decide: a file
//! whose headers are meaningless (`C1`, `Column7`) or in a language the
//! vocabulary does not have.
//!
//! Each column the headers left unmapped is profiled on its first
//! [`SAMPLE`] rows (the share of cells that read as dates, as amounts, as
//! currency codes; how many distinct texts). Then only the fields the headers
//! did not give are filled, each from the columns that fit it, using relations
//! between columns to tell like columns apart:
//!
//! - **dates**: of two date columns, the one on or before the other in at least
//!   90% of rows is the invoice date, the other the due date; a lone date column
//!   is the invoice date;
//! - **days**: whole numbers under a header naming days (`Days overdue`,
//!   `Arrears`, `Verzugstage`), or that a date column's dates plus or minus them
//!   make one date (a report's key date: SAP's arrears), or the invoice date plus
//!   them the due date (terms in days), are set aside before amounts: never money;
//! - **amounts**: of two amount columns, the one never larger (in magnitude) than
//!   the other in at least 95% of rows, and smaller in some, is the open balance,
//!   the other the amount; a lone amount column is the amount; whole numbers all
//!   different (an id) and digits with a leading zero (`00412`) are not amounts,
//!   and bare numbers all of one length of five digits or more (a tax, company or
//!   account number: `25596641`) are taken only when no other column reads as
//!   amounts; when the headers name the amount but not the open balance, a column
//!   of amounts never larger, smaller in some rows and the same in a quarter at
//!   least is the open balance;
//! - **currency**: a column of ISO 4217 codes;
//! - **document number**: a column filled on 90% of rows whose values are all
//!   different (95%);
//! - **customer**: a column of text that repeats (at most 80% distinct); of two
//!   columns whose headers both name the customer (`Cliente` and `Ragione
//!   sociale`) when none names its code, the one of codes (`C00012`, `10001`) in
//!   90% of its cells, beside one with codes in at most 10%, is the customer's id.
//!
//! A column mapped this way has at most medium confidence, with the evidence in
//! its reason, for the user to confirm.

use super::columns::{ColumnMap, Field, is_bucket_header};
use super::grid::{CellRef, Row};
use super::values::{
    DateError, DateOrder, OrderEvidence, infer_date_order, infer_decimal_mark, parse_amount, parse_currency,
    parse_date,
};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// Rows profiled per column.
pub(crate) const SAMPLE: usize = 1_000;

/// What one column's sampled cells hold.
struct Profile {
    index: usize,
    filled: usize,
    /// Per sampled row: the date, when the cell reads as one in the file's order.
    dates: Vec<Option<NaiveDate>>,
    /// Cells that read as a date (either order).
    date_like: usize,
    /// Per sampled row: the amount, when the cell reads as one.
    amounts: Vec<Option<Decimal>>,
    /// Whether every amount is written as a whole number (no decimals, not even `,00`).
    whole: bool,
    /// The one length of every filled cell, when each is bare digits (`25596641`).
    width: Width,
    /// Whether a cell is digits with a leading zero (`00412`): a code.
    padded: bool,
    codes: usize,
    /// Text cells that are neither dates nor amounts.
    texts: usize,
    distinct: usize,
}

impl Profile {
    fn share(&self, n: usize) -> f64 {
        if self.filled == 0 { 0.0 } else { n as f64 / self.filled as f64 }
    }

    fn is_date(&self) -> bool {
        self.filled > 0 && self.share(self.date_like) >= 0.9
    }

    fn is_amount(&self) -> bool {
        let read = self.amounts.iter().flatten().count();
        // Whole numbers all different are an id, not money.
        let id_like = self.whole && self.share(self.distinct) >= 0.95 && self.filled > 2;
        self.filled > 0 && !self.is_date() && self.share(read) >= 0.9 && !id_like && !self.padded
    }

    /// Bare numbers all of one length of five digits or more, on three rows or
    /// more: read as amounts, but more likely a tax, company or account number.
    fn is_code_like(&self) -> bool {
        matches!(self.width, Width::One(n) if n >= 5) && self.filled >= 3
    }
}

/// The lengths of a column's bare-digit cells (see [`Profile::width`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Width {
    /// No filled cell yet.
    Unknown,
    /// Every filled cell so far is this many bare digits.
    One(usize),
    /// Cells of several lengths, or not bare digits.
    Mixed,
}

/// The share of rows where both columns have a value and `holds` is true, among
/// rows where both have one; and whether it is strictly true in some.
fn relation<T: Copy>(
    a: &[Option<T>],
    b: &[Option<T>],
    holds: impl Fn(T, T) -> bool,
    strict: impl Fn(T, T) -> bool,
) -> (f64, bool) {
    let pairs: Vec<(T, T)> = a.iter().zip(b).filter_map(|(x, y)| x.zip(*y)).collect();
    if pairs.is_empty() {
        return (0.0, false);
    }
    let ok = pairs.iter().filter(|(x, y)| holds(*x, *y)).count();
    (ok as f64 / pairs.len() as f64, pairs.iter().any(|(x, y)| strict(*x, *y)))
}

/// Among `columns`, the first ordered pair (`a`, `b`) whose `values` satisfy
/// `holds(a, b)` in at least `threshold` of rows and `strict(a, b)` in some,
/// and that `accept` takes, with that share.
fn ordered_pair<'p, T: Copy>(
    columns: &[&'p Profile],
    values: impl Fn(&Profile) -> &[Option<T>],
    threshold: f64,
    (holds, strict): (impl Fn(T, T) -> bool + Copy, impl Fn(T, T) -> bool + Copy),
    accept: impl Fn(&Profile, &Profile) -> bool,
) -> Option<(&'p Profile, &'p Profile, f64)> {
    columns.iter().enumerate().find_map(|(n, a)| {
        columns.iter().skip(n.saturating_add(1)).chain(columns.iter().take(n)).find_map(|b| {
            let (share, some) = relation(values(a), values(b), holds, strict);
            (share >= threshold && some && accept(a, b)).then_some((*a, *b, share))
        })
    })
}

/// The first of `columns` whose dates stand to `known`'s as `holds` says (the
/// candidate first when `candidate_first`) in 90% of rows, strictly in some.
fn partner<'p>(
    columns: &[&'p Profile],
    known: &[Option<NaiveDate>],
    candidate_first: bool,
) -> Option<(&'p Profile, f64)> {
    columns.iter().find_map(|p| {
        let (share, some) = if candidate_first {
            relation(&p.dates, known, |x, y| x <= y, |x, y| x < y)
        } else {
            relation(known, &p.dates, |x, y| x <= y, |x, y| x < y)
        };
        (share >= 0.9 && some).then_some((*p, share))
    })
}

/// Whether column `index` of `rows` holds debit/credit marks and nothing else,
/// on two rows at least, both sides among them. Only marks no other column
/// would hold alone: not `A` (Italian *avere*), `+` or `-`, which a mapped
/// indicator column reads all the same.
fn indicates_sides(rows: &[&Row], index: usize) -> bool {
    let (mut debit, mut credit, mut filled) = (false, false, 0usize);
    for row in rows {
        let cell = row.get(index);
        if cell.is_empty() {
            continue;
        }
        let Some(text) = cell.as_text().map(str::trim) else { return false };
        if matches!(text, "a" | "A" | "+" | "-" | "\u{2212}") {
            return false;
        }
        match super::values::parse_side(text) {
            Ok(super::values::Side::Debit) => debit = true,
            Ok(super::values::Side::Credit) => credit = true,
            Err(_) => return false,
        }
        filled = filled.saturating_add(1);
    }
    filled >= 2 && debit && credit
}

/// Why `p` counts days rather than money, if it does: whole numbers (none
/// written with decimals) under a header naming days (`Days overdue`,
/// `Arrears`, `Verzug`), or that a date column's dates plus (or minus) them make
/// one date on 90% of at least three rows — the report's key date, from which
/// SAP's `Arrears after net due date` counts — or that the invoice date plus
/// them make the due date (payment terms in days). Taken for an open balance,
/// SAP's arrears aged 16 and 41 "owed" where 1,034.56 was.
fn day_count(p: &Profile, header: &str, dated: &[(String, Vec<Option<NaiveDate>>)]) -> Option<String> {
    let read = p.amounts.iter().flatten().count();
    if p.filled == 0 || !p.whole || p.share(read) < 0.9 {
        return None;
    }
    if super::vocabulary::names_days(header) {
        return Some(format!(
            "whole numbers under a header naming days ({header:?}): a count of days, not an amount"
        ));
    }
    let days: Vec<Option<i64>> = p
        .amounts
        .iter()
        .map(|a| a.and_then(|a| i64::try_from(a).ok()).filter(|d| d.abs() <= 36_600))
        .collect();
    let shifted = |dates: &[Option<NaiveDate>], sign: i64| -> Vec<Option<NaiveDate>> {
        dates
            .iter()
            .zip(&days)
            .map(|(d, n)| {
                let delta = chrono::TimeDelta::try_days(n.as_ref()?.checked_mul(sign)?)?;
                d.as_ref()?.checked_add_signed(delta)
            })
            .collect()
    };
    // One number throughout makes one date from dates that are all one date: no evidence.
    let several = days.iter().flatten().collect::<HashSet<_>>().len() >= 2;
    // The due date first: the key date is reached from it (the invoice date may reach one too).
    for (name, dates) in dated.iter().rev().filter(|_| several) {
        for sign in [1, -1] {
            let keys = shifted(dates, sign);
            let mut counts: HashMap<NaiveDate, usize> = HashMap::new();
            for key in keys.iter().flatten() {
                let n = counts.entry(*key).or_default();
                *n = n.saturating_add(1);
            }
            let pairs = keys.iter().flatten().count();
            if let Some((key, n)) = counts.into_iter().max_by_key(|(key, n)| (*n, std::cmp::Reverse(*key)))
                && pairs >= 3
                && n as f64 >= 0.9 * pairs as f64
            {
                return Some(format!(
                    "whole numbers that are the days from column {name:?}'s dates to {key} on {n} of {pairs} rows: a count of days (arrears), not an amount"
                ));
            }
        }
    }
    if let [(invoice, issued), (due, falls)] = dated {
        let terms = shifted(issued, 1);
        let pairs = terms.iter().zip(falls).filter(|(x, y)| x.is_some() && y.is_some()).count();
        let (share, _) = relation(&terms, falls, |x, y| x == y, |_, _| false);
        if pairs >= 3 && share >= 0.9 {
            return Some(format!(
                "whole numbers that are the days from column {invoice:?} to column {due:?} in {} of rows: payment terms, not an amount",
                percent(share)
            ));
        }
    }
    None
}

/// Maps a related pair: `a` to the first field and `b` to the second, each
/// reason naming the other column, the share of rows, and `tail` for the second.
fn assign_pair(
    map: &mut ColumnMap,
    texts: &[String],
    (a, b, share): (&Profile, &Profile, f64),
    first: (Field, &str),
    second: (Field, &str),
    tail: &str,
) {
    let header = |i: usize| texts.get(i).cloned().unwrap_or_default();
    for (p, other, (field, phrase), tail) in [(a, b, first, ""), (b, a, second, tail)] {
        let why = format!(
            "{phrase} column {}'s in {} of rows{tail}",
            crate::error::quoted(&header(other.index)),
            percent(share)
        );
        map.infer(p.index, &header(p.index), field, why);
    }
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// Fills the fields `map` lacks from the content of its unmapped columns (see
/// the module docs). `texts` are the header cells, `rows` the rows below them.
/// Unless `partial` (a mapping screen's best guess), nothing is filled when the
/// result still has no date column: a table without dates is not read as a
/// ledger on the content's word (text that merely holds numbers, such as code).
pub(crate) fn complete(map: &mut ColumnMap, texts: &[String], rows: &[Row], partial: bool) {
    set_aside_rates(map);
    // The rows profiled, found once for the passes that profile them.
    let sample = profiled(rows, texts);
    references_alone_number_documents(map, &sample);
    let mut guess = map.clone();
    fill(&mut guess, texts, &sample);
    if partial || guess.index(Field::InvoiceDate).is_some() || guess.index(Field::DueDate).is_some() {
        *map = guess;
    }
    set_aside_running_balance(map, rows);
    set_aside_one_account(map, rows);
    paid_flags_are_a_status(map, rows);
    codes_beside_names(map, texts, &sample);
    dates_where_the_headers_say(map, texts, &sample);
}

/// The first [`SAMPLE`] rows of `rows` that are profiled: not blank, not the rules
/// a printed report draws, nor its header (`texts`) again on every page or block,
/// nor a total (whose `Total` in a column of customer codes made it a column of
/// names).
fn profiled<'r>(rows: &'r [Row], texts: &[String]) -> Vec<&'r Row> {
    rows.iter()
        .filter(|r| {
            !r.is_blank()
                && !super::layout::is_ruled(r)
                && !super::layout::repeats_header(r, texts)
                && !super::layout::marks_total(r)
        })
        .take(SAMPLE)
        .collect()
}

/// Whether `cell` may be a date: a date cell, text that reads as one in either
/// order, or a number in the range of the serials of 1927–9999 or of YYYYMMDD.
pub(super) fn may_be_date(cell: CellRef<'_>) -> bool {
    match cell {
        CellRef::Date(_) => true,
        CellRef::Text(t) => matches!(parse_date(t, None), Ok(_) | Err(DateError::Ambiguous)),
        CellRef::Number(n) => {
            (10_000.0..=2_958_465.0).contains(&n) || (19_000_101.0..=99_991_231.0).contains(&n)
        }
        _ => false,
    }
}

/// A date field's column whose cells are not dates, beside an unmapped column whose
/// header names the same field and whose cells are: SAP's `Fäl` (the due date's
/// symbol, `1` for overdue) abbreviates `Fälligkeit` as `Nettofäll.` does, took the
/// due date, and every row was skipped (`"1" is not a date`). When the mapped
/// column's filled cells are dates in under half of the rows profiled and the other
/// column's in 90%, the other is read. A column the caller chose is kept.
fn dates_where_the_headers_say(map: &mut ColumnMap, texts: &[String], sample: &[&Row]) {
    let share = |column: usize| {
        let cells: Vec<CellRef<'_>> =
            sample.iter().map(|r| r.get(column)).filter(|c| !c.is_empty()).collect();
        let dates = cells.iter().filter(|c| may_be_date(**c)).count();
        (!cells.is_empty()).then(|| dates as f64 / cells.len() as f64)
    };
    for field in [Field::InvoiceDate, Field::DueDate, Field::PaidDate] {
        let Some(mapped) = map.index(field) else { continue };
        if map.columns.iter().any(|c| c.index == mapped && c.is_chosen())
            || share(mapped).is_none_or(|s| s >= 0.5)
        {
            continue;
        }
        let other = texts.iter().enumerate().find(|&(i, t)| {
            !map.columns.iter().any(|c| c.index == i)
                && super::vocabulary::names_field(t, field)
                && share(i).is_some_and(|s| s >= 0.9)
        });
        let Some((other, header)) = other else {
            // None of its cells a date (`Due` holding `30`, `45`: day counts of some
            // kind): a due or paid date column read on every row refused them all;
            // set aside, the rows are dated by the invoice date (the due date then
            // by the terms, said), and the column is left for the user to map.
            // Numbers past ten years of days are serial dates (`46157`, a date
            // column saved as General), which the rows read as such: kept.
            let serial = |c: &CellRef<'_>| {
                let n = match c {
                    CellRef::Number(n) => Some(*n),
                    CellRef::Text(t) => t.trim().parse::<f64>().ok(),
                    _ => None,
                };
                n.is_some_and(|n| n > 3_660.0)
            };
            let first = sample.iter().map(|r| r.get(mapped)).find(|c| !c.is_empty());
            if field != Field::InvoiceDate
                && map.index(Field::InvoiceDate).is_some()
                && share(mapped) == Some(0.0)
                && !sample.iter().map(|r| r.get(mapped)).any(|c| serial(&c))
                && let Some(first) = first
            {
                map.set_aside(
                    mapped,
                    format!(
                        "its header names the {}, but none of its cells is a date ({} …): not read as one",
                        field.label(),
                        crate::error::quoted(&first.to_string())
                    ),
                );
            }
            continue;
        };
        let mapped_header = texts.get(mapped).cloned().unwrap_or_default();
        map.set_aside(
            mapped,
            format!(
                "its cells are not dates; {} beside it names the {} too and holds dates",
                crate::error::quoted(header),
                field.label()
            ),
        );
        map.infer(
            other,
            header,
            field,
            format!(
                "dates, under a header naming the {} (the cells of {} are not dates)",
                field.label(),
                crate::error::quoted(&mapped_header)
            ),
        );
    }
}

/// Whether `cell` reads as an account code rather than a name: a whole number,
/// or one word of at most 20 letters, digits and `-_./`, with a digit among them.
fn is_code(cell: CellRef<'_>) -> bool {
    match cell {
        CellRef::Number(n) => n.fract() == 0.0,
        CellRef::Text(t) => {
            let t = t.trim();
            t.len() <= 20
                && t.bytes().any(|b| b.is_ascii_digit())
                && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        }
        _ => false,
    }
}

/// Two columns whose headers both name the customer (`Cliente` beside `Ragione
/// sociale`, Sage's `N° compte tiers` beside `Intitulé`) and none its id: the
/// header search maps one and leaves the other, and the names shown were codes
/// (or the codes went unread). The column of codes in 90% of its filled cells,
/// beside one of codes in at most 10%, is read as the customer's id, the other as
/// the name. A column the caller chose is kept.
fn codes_beside_names(map: &mut ColumnMap, texts: &[String], sample: &[&Row]) {
    if map.index(Field::CustomerId).is_some() {
        return;
    }
    let Some(name) = map.index(Field::CustomerName) else { return };
    if map.columns.iter().any(|c| c.index == name && c.is_chosen()) {
        return;
    }
    let Some((other, header)) = texts.iter().enumerate().find(|(i, t)| {
        *i != name
            && !map.columns.iter().any(|c| c.index == *i)
            && super::vocabulary::names_field(t, Field::CustomerName)
    }) else {
        return;
    };
    let share_of_codes = |column: usize| {
        let (mut codes, mut filled) = (0usize, 0usize);
        for cell in sample.iter().map(|r| r.get(column)).filter(|c| !c.is_empty()) {
            filled = filled.saturating_add(1);
            codes = codes.saturating_add(usize::from(is_code(cell)));
        }
        (filled > 0).then(|| codes as f64 / filled as f64)
    };
    let (Some(mapped), Some(unmapped)) = (share_of_codes(name), share_of_codes(other)) else { return };
    let mapped_header = texts.get(name).cloned().unwrap_or_default();
    if mapped >= 0.9 && unmapped <= 0.1 {
        map.remap(
            name,
            Field::CustomerId,
            format!(
                "codes in {:.0}% of its cells, beside the names of {}",
                mapped * 100.0,
                crate::error::quoted(header)
            ),
        );
        map.infer(
            other,
            header,
            Field::CustomerName,
            format!(
                "names beside the codes of {}, both headers naming the customer",
                crate::error::quoted(&mapped_header)
            ),
        );
    } else if unmapped >= 0.9 && mapped <= 0.1 {
        map.infer(
            other,
            header,
            Field::CustomerId,
            format!(
                "codes in {:.0}% of its cells, beside the names of {}, both headers naming the customer",
                unmapped * 100.0,
                crate::error::quoted(&mapped_header)
            ),
        );
    }
}

/// Why a column of rates or percentages is set aside.
const RATE: &str = "a rate or a percentage, not an amount of money";

/// A money column whose header names a rate or a percentage (`Paid %`, `Amount
/// FX rate`), mapped by the words it shares with a money field's name, is set
/// aside: `50%` is no amount (every row was refused), and a rate is no money. A
/// column the caller chose is kept.
fn set_aside_rates(map: &mut ColumnMap) {
    let rates: Vec<usize> = map
        .columns
        .iter()
        .filter(|c| c.field.is_money() && !c.is_chosen() && super::vocabulary::names_rate(&c.header))
        .map(|c| c.index)
        .collect();
    for index in rates {
        map.set_aside(index, RATE.to_owned());
    }
}

/// A column its header names as what each row applies to (`Invoice Ref`) where
/// no column gives the documents' own numbers and its values differ from row to
/// row (no payment names an invoice above it): the documents' own numbers. Read
/// as references, every document was read without a number. A column the
/// caller chose is kept as mapped.
fn references_alone_number_documents(map: &mut ColumnMap, sample: &[&Row]) {
    let Some(refs) = map.index(Field::AppliesTo) else { return };
    if map.index(Field::DocumentId).is_some() || map.columns.iter().any(|c| c.index == refs && c.is_chosen())
    {
        return;
    }
    let texts: Vec<String> =
        sample.iter().map(|r| r.get(refs)).filter(|c| !c.is_empty()).map(|c| c.to_string()).collect();
    let distinct: HashSet<&str> = texts.iter().map(String::as_str).collect();
    let (filled, rows) = (texts.len() as f64, sample.len() as f64);
    if texts.len() >= 2 && distinct.len() as f64 >= 0.95 * filled && filled >= 0.9 * rows {
        map.remap(
            refs,
            Field::DocumentId,
            format!(
                "no column gives the documents' own numbers, and its values differ on {} of {} rows (none refers to a row above): each row's own number",
                distinct.len(),
                texts.len()
            ),
        );
    }
}

/// A column of yes/no (`Paid?` with `Yes`, `TRUE`, `x`; a workbook's check
/// boxes) that its name mapped to the amount paid says whether each document is
/// paid: it is read as the status, its yes as paid (see `status::Flag`). Read
/// as amounts, every row was refused ("`Yes` is not an amount"). A column the
/// caller chose, or a file with a status column already, is kept as mapped.
fn paid_flags_are_a_status(map: &mut ColumnMap, rows: &[Row]) {
    let Some(paid) = map.index(Field::AmountPaid) else { return };
    if map.index(Field::Status).is_some() || map.columns.iter().any(|c| c.index == paid && c.is_chosen()) {
        return;
    }
    const YES_NO: [&str; 19] = [
        "yes", "no", "y", "n", "true", "false", "x", "sim", "nao", "ja", "nein", "oui", "non", "si", "vero",
        "falso", "0", "1", "",
    ];
    let (mut flags, mut words) = (0usize, 0usize);
    for row in rows.iter().filter(|r| !r.is_blank() && !super::layout::is_ruled(r)).take(SAMPLE) {
        match row.get(paid) {
            CellRef::Empty => {}
            CellRef::Bool(_) => words = words.saturating_add(1),
            CellRef::Text(t) => {
                let key = super::vocabulary::words(t).joined;
                if !YES_NO.contains(&key.as_str()) {
                    return;
                }
                if !key.chars().all(|c| c.is_ascii_digit()) {
                    words = words.saturating_add(1);
                }
            }
            _ => return,
        }
        flags = flags.saturating_add(1);
    }
    if flags > 0 && words > 0 {
        map.remap(paid, Field::Status, "yes/no: whether each document is paid".to_owned());
    }
}

/// A statement's running balance is not what each document leaves open: when
/// the column taken for the open balance is, row after row, the row above's
/// (or the same customer's row before's: a statement of several accounts
/// sorted by date) plus this row's debit less its credit (or plus its signed amount) — in 90%
/// of at least three pairs of rows with an amount, in both of two, or in the one pair of a
/// file where a balance is one no document leaves (more than its row's amount, or of the
/// other sign: a payment of 300.00 beside a balance of 240.50) — it is set aside (the
/// mapping says why), and the documents' amounts make the ledger. Read as open
/// balances, a statement's running totals were summed into an aging many times
/// what the customer owes. A column the caller chose is kept. Pairs whose upper
/// balance is zero and lower balance the row's own amount are not counted: a
/// paid document above a wholly open one fits both readings (an open-items list
/// of six rows, two such pairs among them, had its open balances set aside).
fn set_aside_running_balance(map: &mut ColumnMap, rows: &[Row]) {
    let Some(balance) = map.index(Field::OpenBalance) else { return };
    if map.columns.iter().any(|c| c.index == balance && c.is_chosen()) {
        return;
    }
    let (debit, credit, amount) =
        (map.index(Field::Debit), map.index(Field::Credit), map.index(Field::Amount));
    if debit.is_none() && credit.is_none() && amount.is_none() {
        return;
    }
    let sample: Vec<&Row> =
        rows.iter().filter(|r| !r.is_blank() && !super::layout::is_ruled(r)).take(SAMPLE).collect();
    let columns: Vec<usize> = [Some(balance), debit, credit, amount].into_iter().flatten().collect();
    let mark = infer_decimal_mark(
        sample
            .iter()
            .flat_map(|r| columns.iter().filter_map(|&i| r.get(i).as_text()))
            .filter(|t| may_be_amount(t)),
    )
    .unwrap_or_default();
    let value = |r: &Row, i: Option<usize>| i.and_then(|i| amount_of(r.get(i), mark));
    let effect = |r: &Row| -> Option<Decimal> {
        if debit.is_some() || credit.is_some() {
            let (d, c) = (value(r, debit), value(r, credit));
            if d.is_none() && c.is_none() {
                return None;
            }
            d.unwrap_or_default().checked_sub(c.unwrap_or_default())
        } else {
            value(r, amount)
        }
    };
    // Each row against the row above, and against the row above in its own
    // account: a statement of several customers sorted by date keeps each one's
    // balance running through the others' rows.
    let customer = map.index(Field::CustomerId).or_else(|| map.index(Field::CustomerName));
    let mut last_of: HashMap<&str, &Row> = HashMap::new();
    let (mut pairs, mut running) = ((0usize, 0usize), (0usize, 0usize));
    // A row whose balance is more than its own amount, of either sign, or of the
    // other sign: no document leaves more open than it is for, nor a payment
    // something owed (a payment of 400.00 beside a balance of 800.00, or of
    // 300.00 beside 240.50, is a statement's line).
    let mut exceeds = false;
    // The row above in the same block: a heading or a total line (an account's
    // block in a partner ledger) starts the balance afresh.
    let mut previous: Option<&Row> = None;
    for row in &sample {
        if super::layout::breaks_block(row) {
            previous = None;
            continue;
        }
        if let (Some(balance), Some(own)) = (value(row, Some(balance)), effect(row)) {
            exceeds |= !own.is_zero()
                && (balance.abs() > own.abs()
                    || !balance.is_zero() && balance.is_sign_negative() != own.is_sign_negative());
        }
        let above = previous.replace(row);
        let own = customer.and_then(|c| row.get(c).as_text()).map(str::trim).filter(|t| !t.is_empty());
        let own_above = own.and_then(|c| last_of.insert(c, *row));
        for (above, pairs, running) in
            [(above, &mut pairs.0, &mut running.0), (own_above, &mut pairs.1, &mut running.1)]
        {
            let Some(above) = above else { continue };
            let (Some(before), Some(after), Some(change)) =
                (value(above, Some(balance)), value(row, Some(balance)), effect(row))
            else {
                continue;
            };
            // A zero change says nothing; nor does a row wholly open below one with
            // nothing open (a paid document): an open-items list reads so as well.
            if change.is_zero() || (before.is_zero() && after == change) {
                continue;
            }
            *pairs = pairs.saturating_add(1);
            if before.checked_add(change) == Some(after) {
                *running = running.saturating_add(1);
            }
        }
    }
    let holds = |pairs: usize, running: usize| {
        (pairs >= 3 && running as f64 >= 0.9 * pairs as f64)
            || (pairs == 2 && running == 2)
            || (pairs == 1 && running == 1 && exceeds)
    };
    // Two pairs are enough when both hold (a short statement): a list of open
    // balances would match an amount to the cent twice by chance. One is, when a
    // balance is one no document leaves (a statement of two documents).
    let (above, pairs, running) = if holds(pairs.0, running.0) {
        ("row above's", pairs.0, running.0)
    } else if holds(pairs.1, running.1) {
        ("same customer's row before's", pairs.1, running.1)
    } else {
        return;
    };
    let why = format!(
        "a running balance: on {running} of {pairs} rows it is the {above} plus this row's {}, not what the document leaves open",
        if debit.is_some() || credit.is_some() { "debit less its credit" } else { "amount" }
    );
    map.set_aside(balance, why);
}

/// A customer-id column holding one value on every row (`121000 Account
/// Receivable`) while headings between the rows name several customers (Odoo's
/// partner ledger: each partner's name above its lines, the receivable account
/// beside every line) is the ledger's account, not the customer's: it is set
/// aside, and the headings name the customers. Every row was one account.
/// A column the caller chose is kept.
///
/// So too beside a customer-name column whose names on those rows are of
/// several customers (NetSuite's `Account`, `1200 Accounts Receivable` on every
/// invoice of every customer): names beginning with different words, where a
/// customer renamed (`Acme Corp`, `ACME Corporation`) keeps its first.
fn set_aside_one_account(map: &mut ColumnMap, rows: &[Row]) {
    let Some(account) = map.index(Field::CustomerId) else { return };
    if map.columns.iter().any(|c| c.index == account && c.is_chosen()) {
        return;
    }
    let name = map.index(Field::CustomerName);
    let mut value: Option<&str> = None;
    let (mut rows_with_it, mut headings) = (0usize, std::collections::BTreeSet::new());
    // The first words of the names beside the value (a customer renamed keeps its first).
    let mut first_words: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for row in rows.iter().filter(|r| !r.is_blank()).take(SAMPLE) {
        if let Some(heading) = super::layout::lone_text(row) {
            if !super::layout::may_mark_total(heading) {
                headings.insert(heading.trim());
            }
            continue;
        }
        let Some(text) = row.get(account).as_text().map(str::trim).filter(|t| !t.is_empty()) else {
            continue;
        };
        match value {
            None => value = Some(text),
            Some(v) if v != text => return,
            Some(_) => {}
        }
        rows_with_it = rows_with_it.saturating_add(1);
        if let Some(word) = name.and_then(|n| row.get(n).as_text()).and_then(|t| t.split_whitespace().next())
        {
            first_words.insert(word.to_lowercase());
        }
    }
    let Some(value) = value else { return };
    headings.remove(value);
    let (customers, where_named) = match name {
        Some(_) => (first_words.len(), "beside the names of"),
        None => (headings.len(), "under headings naming"),
    };
    if rows_with_it >= 3 && customers >= 2 {
        map.set_aside(
            account,
            format!(
                "one value on every row ({}) {where_named} {customers} customers: the ledger's account, not the customer's",
                crate::error::quoted(value),
            ),
        );
    }
}

fn fill(map: &mut ColumnMap, texts: &[String], sample: &[&Row]) {
    let width = sample.iter().map(|r| r.width()).max().unwrap_or(0).max(texts.len());
    let taken: HashSet<usize> = map.columns.iter().map(|c| c.index).collect();
    let free: Vec<usize> = (0..width).filter(|i| !taken.contains(i)).collect();
    if free.is_empty() {
        return;
    }
    let order =
        match infer_date_order(sample.iter().flat_map(|r| free.iter().filter_map(|&i| r.get(i).as_text()))) {
            OrderEvidence::Decided(order) => Some(order),
            _ => None,
        };
    // The decimal mark from cells that may be amounts: not names (`Alfa Kft.`, whose
    // point would decide it) nor dates (`04.05.2026`).
    let numeric = |t: &&str| may_be_amount(t);
    let mark = infer_decimal_mark(
        sample.iter().flat_map(|r| free.iter().filter_map(|&i| r.get(i).as_text()).filter(numeric)),
    )
    .unwrap_or_default();
    let profiles: Vec<Profile> = free.iter().map(|&i| profile(i, sample, order, mark)).collect();
    let header = |i: usize| texts.get(i).cloned().unwrap_or_default();
    let has = |map: &ColumnMap, f: Field| map.index(f).is_some();
    // A second column whose header names the customer (SAP's sold-to party
    // beside its payer) is read as nothing from its content: its codes read as
    // amounts.
    let mut used: HashSet<usize> = free
        .iter()
        .copied()
        .filter(|&i| {
            super::vocabulary::fits(&super::vocabulary::words(&header(i)))
                .iter()
                .any(|(k, _)| matches!(k.field, Field::CustomerId | Field::CustomerName))
        })
        .collect();

    // Dates.
    let dates: Vec<&Profile> = profiles.iter().filter(|p| p.is_date()).collect();
    let known_dates = |map: &ColumnMap, f: Field| {
        map.index(f).map(|i| sample.iter().map(|r| date_of(r.get(i), order)).collect::<Vec<_>>())
    };
    match (has(map, Field::InvoiceDate), has(map, Field::DueDate)) {
        (false, false) => {
            let pair = ordered_pair(&dates, |p| &p.dates, 0.9, (|x, y| x <= y, |x, y| x < y), |_, _| true);
            if let Some((a, b, share)) = pair {
                let first = (Field::InvoiceDate, "dates, on or before");
                let second = (Field::DueDate, "dates, on or after");
                assign_pair(map, texts, (a, b, share), first, second, "");
                used.extend([a.index, b.index]);
            } else if let Some(a) = dates.first() {
                let why =
                    format!("the first column of dates ({} of its values)", percent(a.share(a.date_like)));
                map.infer(a.index, &header(a.index), Field::InvoiceDate, why);
                used.insert(a.index);
            }
        }
        (true, false) | (false, true) => {
            // One date column known: its partner among the date columns.
            let (known, missing, candidate_first, phrase) = if has(map, Field::InvoiceDate) {
                (Field::InvoiceDate, Field::DueDate, false, "on or after the invoice date")
            } else {
                (Field::DueDate, Field::InvoiceDate, true, "on or before the due date")
            };
            let values = known_dates(map, known).unwrap_or_default();
            if let Some((p, share)) = partner(&dates, &values, candidate_first) {
                let why = format!("dates, {phrase} in {} of rows", percent(share));
                map.infer(p.index, &header(p.index), missing, why);
                used.insert(p.index);
            }
        }
        (true, true) => {}
    }

    // Counts of days, before amounts: whole numbers of days are no money.
    let dated: Vec<(String, Vec<Option<NaiveDate>>)> = [Field::InvoiceDate, Field::DueDate]
        .into_iter()
        .filter_map(|f| {
            let i = map.index(f)?;
            let own = infer_date_order(sample.iter().filter_map(|r| r.get(i).as_text()));
            let order = if let OrderEvidence::Decided(o) = own { Some(o) } else { order };
            Some((header(i), sample.iter().map(|r| date_of(r.get(i), order)).collect()))
        })
        .collect();
    for p in &profiles {
        if used.contains(&p.index) {
            continue;
        }
        if let Some(why) = day_count(p, &header(p.index), &dated) {
            map.infer(p.index, &header(p.index), Field::Ignore, why);
            used.insert(p.index);
        }
    }

    // Rates and percentages, taxes, and amounts before tax beside another amount
    // or a tax: never the amount owed or what is left open. Paired by their
    // values, a Spanish invoice list's `Base imponible` and `IVA` were read as the
    // amount and the open balance (aged: the VAT) beside `Total factura`, and an
    // exchange rate as what is left open of the amount in foreign currency.
    // The fields an amount column may be (not the amount paid or credited).
    let money = [Field::Amount, Field::OpenBalance, Field::Debit, Field::Credit];
    let named_money = money.iter().any(|f| has(map, *f));
    let taxed =
        profiles.iter().any(|p| !used.contains(&p.index) && super::vocabulary::names_tax(&header(p.index)));
    for p in &profiles {
        if used.contains(&p.index) || !p.is_amount() {
            continue;
        }
        let name = header(p.index);
        let other_amounts = named_money
            || profiles.iter().any(|o| o.index != p.index && !used.contains(&o.index) && o.is_amount());
        let why = if super::vocabulary::names_rate(&name) {
            RATE
        } else if super::vocabulary::names_tax(&name) {
            "a tax: a part of what each document owes, not the amount owed"
        } else if super::vocabulary::names_net(&name) && (taxed || other_amounts) {
            "an amount before tax, beside another amount: receivables are owed with their tax"
        } else {
            continue;
        };
        map.infer(p.index, &name, Field::Ignore, why.to_owned());
        used.insert(p.index);
    }

    // Amounts.
    // An aged detail without a total: each document's open balance is in the column of
    // its bucket (`Current`, `1-30`, …), the others empty; together they are its open balance.
    let buckets: Vec<&Profile> = profiles
        .iter()
        .filter(|p| !used.contains(&p.index) && is_bucket_header(&header(p.index)))
        .filter(|p| p.amounts.iter().flatten().count() as f64 >= 0.9 * p.filled as f64)
        .collect();
    // So too beside a named amount (the document's whole amount), unless that is
    // the row's total (`Total`: Xero's detail, taken for what is open later). An
    // unnamed column of the row's total (`Total`, `Gesamt`) is what is open, then.
    let total_named =
        map.index(Field::Amount).is_some_and(|i| super::vocabulary::names_row_total(&header(i)));
    let open_named = [Field::OpenBalance, Field::Debit, Field::Credit].iter().any(|f| has(map, *f));
    let total = profiles.iter().find(|p| {
        !used.contains(&p.index) && p.is_amount() && super::vocabulary::names_row_total(&header(p.index))
    });
    if !open_named && !total_named && buckets.len() >= 2 && buckets.iter().any(|p| p.filled > 0) {
        let names: Vec<String> = buckets.iter().map(|p| crate::error::quoted(&header(p.index))).collect();
        if let Some(total) = total.filter(|_| has(map, Field::Amount)) {
            let why = format!(
                "the total of each row beside its aging buckets ({}): what is open",
                names.join(", ")
            );
            map.infer(total.index, &header(total.index), Field::OpenBalance, why);
            used.insert(total.index);
        }
        let summed = !has(map, Field::OpenBalance);
        for p in buckets.iter().filter(|_| summed) {
            let why = format!(
                "an aging bucket: each document's open balance is the sum of its buckets ({})",
                names.join(" + ")
            );
            map.infer(p.index, &header(p.index), Field::OpenBalance, why);
            used.insert(p.index);
        }
    } else if !money.iter().any(|f| has(map, *f)) {
        let mut amounts: Vec<&Profile> =
            profiles.iter().filter(|p| p.is_amount() && !used.contains(&p.index)).collect();
        // Codes of one length (a tax or company number) only when nothing else reads as money.
        if amounts.iter().any(|p| !p.is_code_like()) {
            amounts.retain(|p| !p.is_code_like());
        }
        // (a, b) with |b| ≤ |a|: a the amount, b what is left open — the same as
        // the amount on a quarter of the rows at least (the documents not paid at
        // all), which an amount in another currency or a part of it never is.
        let same = |a: &Profile, b: &Profile| {
            relation(&a.amounts, &b.amounts, |x: Decimal, y: Decimal| x == y, |_, _| false).0 >= 0.25
        };
        let pair = ordered_pair(
            &amounts,
            |p| &p.amounts,
            0.95,
            (|x: Decimal, y: Decimal| x.abs() >= y.abs(), |x: Decimal, y: Decimal| x.abs() > y.abs()),
            same,
        );
        if let Some((a, b, share)) = pair {
            let first = (Field::Amount, "amounts, never smaller than");
            let second = (Field::OpenBalance, "amounts, at most");
            assign_pair(map, texts, (a, b, share), first, second, ": what is left open");
            used.extend([a.index, b.index]);
        } else if let Some(a) = amounts.first() {
            let read = a.amounts.iter().flatten().count();
            let why = format!("the first column of amounts ({} of its values)", percent(a.share(read)));
            map.infer(a.index, &header(a.index), Field::Amount, why);
            used.insert(a.index);
        }
    } else if let (Some(known), false, false, false) = (
        map.index(Field::Amount),
        has(map, Field::OpenBalance),
        has(map, Field::Debit),
        has(map, Field::Credit),
    ) {
        // The amount named, what is left open not: an unnamed column of amounts never
        // larger, smaller in some rows and the same in a quarter at least (a tax or net
        // column is never the same) is the open balance. A column whose header names
        // the amount too is the amount in another currency (SAP's `Amount in local
        // currency` beside `Amount in doc. curr.`, the same on every document in the
        // company's own currency), never what is left open; nor is one of several
        // aging buckets (Sage's `Current` beside `1 Month`…`Older` and the row's
        // `Total`: only a part of it, and the same on the documents not yet due).
        let values: Vec<Option<Decimal>> = sample.iter().map(|r| amount_of(r.get(known), mark)).collect();
        let part_of_the_buckets = |i: usize| buckets.len() >= 2 && is_bucket_header(&header(i));
        let open = profiles
            .iter()
            .filter(|p| {
                p.is_amount()
                    && !p.is_code_like()
                    && !used.contains(&p.index)
                    && !super::vocabulary::names_field(&header(p.index), Field::Amount)
                    && !part_of_the_buckets(p.index)
            })
            .find_map(|p| {
                let (share, smaller) = relation(
                    &values,
                    &p.amounts,
                    |a: Decimal, o: Decimal| a.abs() >= o.abs(),
                    |a, o| a.abs() > o.abs(),
                );
                let (same, _) = relation(&values, &p.amounts, |a: Decimal, o: Decimal| a == o, |_, _| false);
                (share >= 0.95 && smaller && same >= 0.25).then_some((p, share))
            });
        if let Some((p, share)) = open {
            let why = format!(
                "amounts, at most column {:?}'s in {} of rows: what is left open",
                header(known),
                percent(share)
            );
            map.infer(p.index, &header(p.index), Field::OpenBalance, why);
            used.insert(p.index);
        }
    }

    let free_profiles = |used: &HashSet<usize>| -> Vec<&Profile> {
        profiles.iter().filter(|p| !used.contains(&p.index) && p.filled > 0).collect()
    };
    // Currency codes.
    if !has(map, Field::Currency)
        && let Some(p) = free_profiles(&used).into_iter().find(|p| p.share(p.codes) >= 0.9)
    {
        map.infer(p.index, &header(p.index), Field::Currency, "ISO 4217 currency codes".to_owned());
        used.insert(p.index);
    }
    // Debit/credit indicators: the two marks of one side each (`S`/`H`, `D`/`C`,
    // `Dr`/`Cr`) and nothing else, both sides present.
    if !has(map, Field::DebitCredit)
        && let Some(p) = free_profiles(&used).into_iter().find(|p| indicates_sides(sample, p.index))
    {
        let why = "debit and credit marks (D/C, Dr/Cr, S/H) and nothing else".to_owned();
        map.infer(p.index, &header(p.index), Field::DebitCredit, why);
        used.insert(p.index);
    }
    // Document numbers: filled and all different.
    if !has(map, Field::DocumentId)
        && let Some(p) = free_profiles(&used).into_iter().find(|p| {
            !p.is_date()
                && p.filled as f64 >= 0.9 * sample.len() as f64
                && p.share(p.distinct) >= 0.95
                && (p.whole || p.texts > 0)
                && p.filled > 1
        })
    {
        let why = format!("{} different values on {} rows", p.distinct, p.filled);
        map.infer(p.index, &header(p.index), Field::DocumentId, why);
        used.insert(p.index);
    }
    // Document types: words for an invoice, a payment, a credit note (a
    // statement's description column), never taken for customers' names.
    let kinds = |i: usize| {
        let texts: Vec<&str> = sample.iter().filter_map(|r| r.get(i).as_text()).collect();
        let known = texts.iter().filter(|t| super::cells::entry_kind(t).is_some()).count();
        !texts.is_empty() && known as f64 >= 0.9 * texts.len() as f64
    };
    if !has(map, Field::DocumentType)
        && let Some(p) = free_profiles(&used).into_iter().find(|p| p.share(p.texts) >= 0.9 && kinds(p.index))
    {
        let why = format!(
            "words for invoices, payments and credit notes ({} kinds on {} rows)",
            p.distinct, p.filled
        );
        map.infer(p.index, &header(p.index), Field::DocumentType, why);
        used.insert(p.index);
    }
    // Customers: text that repeats (or the one text of a file of a row or two), but not
    // SAP's status icons (`@5C@`, `@5B`), nor a text on one row of many (Xero's
    // `Invoice Reference` beside customers named in section headings), nor a column
    // headed as a description (`Buchungstext`: `Müller AG Rechnung`, `Zahlung Müller AG`).
    let icons =
        |p: &Profile| sample.iter().filter(|r| r.get(p.index).as_text().is_some_and(is_sap_icon)).count();
    if !has(map, Field::CustomerName)
        && !has(map, Field::CustomerId)
        && let Some(p) = free_profiles(&used).into_iter().find(|p| {
            p.share(p.texts) >= 0.9
                && (p.share(p.distinct) <= 0.8 || (p.filled == 1 && sample.len() <= 2))
                && p.share(icons(p)) < 0.5
                && !super::vocabulary::names_description(&header(p.index))
        })
    {
        let why = format!("text repeating across rows ({} names on {} rows)", p.distinct, p.filled);
        map.infer(p.index, &header(p.index), Field::CustomerName, why);
    }
}

/// Whether `text` is an SAP list's icon code (`@5C@`, `@5B`, `@0A\Q…@`): the
/// traffic light of a status column, no name.
fn is_sap_icon(text: &str) -> bool {
    let t = text.trim();
    let code = t.strip_prefix('@').map(|rest| rest.split(['@', '\\']).next().unwrap_or(rest));
    code.is_some_and(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether text may be an amount, for telling the decimal mark: a digit, no date,
/// and no letters but a currency code or a `CR`/`DR` mark (`1.249,50 EUR`).
fn may_be_amount(text: &str) -> bool {
    let words_fit = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| matches!(w, "CR" | "DR" | "Cr" | "Dr") || parse_currency(w).is_ok());
    text.bytes().any(|b| b.is_ascii_digit())
        && words_fit
        && !matches!(parse_date(text, None), Ok(_) | Err(DateError::Ambiguous))
}

/// A cell's amount, read as [`profile`] reads it.
/// A cell's amount: a number cell's value, or text read as an amount with `mark`.
pub(super) fn amount_of(cell: CellRef<'_>, mark: super::values::DecimalMark) -> Option<Decimal> {
    match cell {
        CellRef::Number(n) => crate::money::from_excel_number(n),
        CellRef::Text(t) => parse_amount(t, mark).ok().map(|a| a.value),
        _ => None,
    }
}

fn date_of(cell: CellRef<'_>, order: Option<DateOrder>) -> Option<NaiveDate> {
    match cell {
        CellRef::Date(d) => Some(d),
        CellRef::Text(t) => parse_date(t, order).ok(),
        _ => None,
    }
}

// Counts: at most one per row profiled (the first rows of a sheet), far below usize::MAX.
#[allow(clippy::arithmetic_side_effects)]
fn profile(
    index: usize,
    rows: &[&Row],
    order: Option<DateOrder>,
    mark: super::values::DecimalMark,
) -> Profile {
    let mut p = Profile {
        index,
        filled: 0,
        dates: Vec::with_capacity(rows.len()),
        date_like: 0,
        amounts: Vec::with_capacity(rows.len()),
        whole: true,
        width: Width::Unknown,
        padded: false,
        codes: 0,
        texts: 0,
        distinct: 0,
    };
    let mut seen: HashSet<String> = HashSet::new();
    for row in rows {
        let cell = row.get(index);
        // An accounting zero (`-`) says nothing of what the column holds: a
        // column of dashes alone is no amount column.
        if cell.as_text().is_some_and(super::values::is_dash) {
            p.dates.push(None);
            p.amounts.push(None);
            continue;
        }
        let date = date_of(cell, order);
        let amount = amount_of(cell, mark);
        p.dates.push(date);
        p.amounts.push(amount);
        if cell.is_empty() {
            continue;
        }
        p.filled += 1;
        let date_like = date.is_some()
            || matches!(cell, CellRef::Text(t) if parse_date(t, None) == Err(DateError::Ambiguous));
        p.date_like += usize::from(date_like);
        if let Some(a) = amount {
            // Written without decimals: `60 500,00` is money, even with no cents.
            p.whole &= a.scale() == 0;
        }
        let bare = match cell {
            CellRef::Text(t) => {
                Some(t.trim()).filter(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            }
            _ => None,
        };
        p.padded |= bare.is_some_and(|t| t.len() > 1 && t.starts_with('0'));
        // A number cell counts by its digits when whole (a company number typed into Excel).
        let digits = bare.map(str::len).or_else(|| match (cell, amount) {
            (CellRef::Number(_), Some(a)) if a.fract().is_zero() && a > Decimal::ZERO => {
                Some(a.trunc().to_string().len())
            }
            _ => None,
        });
        p.width = match (p.width, digits) {
            (Width::Unknown, Some(n)) => Width::One(n),
            (Width::One(m), Some(n)) if m == n => Width::One(n),
            _ => Width::Mixed,
        };
        if let CellRef::Text(t) = cell {
            p.codes += usize::from(t.len() == 3 && parse_currency(t).is_ok());
            p.texts += usize::from(!date_like && amount.is_none());
        }
        if seen.len() < SAMPLE && seen.insert(cell.to_string()) {
            p.distinct += 1;
        }
    }
    p
}
