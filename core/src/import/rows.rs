//! Building the ledger from a mapped table's rows: rows classified, each data
//! row's values read (by [`super::cells`]), checked ([`super::checks`]) and
//! made into entries ([`super::entries`]) at once; totals reconciled.

use super::cells::{CONFIDENCE_SAMPLE, Reader, RowAt};
use super::checks::Checks;
use super::columns::{BucketColumn, Field, is_bucket_header};
use super::combined::Sheets;
use super::entries::Maker;
use super::grid::{Calculated, CellRef, Grid, Row};
use super::layout::{
    Header, RowClass, classify, is_bucket_section, repeats_header, report_date, section_customer, title_shape,
};
use super::reconcile::{Controls, Fate};
use super::values::{
    DateError, DateOrder, DecimalMark, OrderEvidence, infer_date_order, infer_decimal_mark, parse_amount,
    parse_currency, parse_date,
};
use super::{ImportOptions, ImportReport, SkipKind, SkippedRow, Warning};
use crate::error::{Error, ErrorKind, Position};
use crate::ledger::{AgedSummary, Book, EntryKind, LedgerShape, SummaryRow};
use rust_decimal::Decimal;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The shape a mapping implies.
pub(super) fn shape_of(header: &Header) -> LedgerShape {
    let has = |f: Field| header.map.index(f).is_some();
    if has(Field::OpenBalance) {
        LedgerShape::OpenItems
    } else if has(Field::DocumentType) || has(Field::Debit) || has(Field::Credit) {
        LedgerShape::Transactions
    } else if has(Field::AmountPaid) || has(Field::PaidDate) || has(Field::CreditAmount) {
        LedgerShape::InvoiceList
    } else {
        LedgerShape::OpenItems
    }
}

/// In aged reports (Xero's detail, an aged summary) the row's total is what is
/// outstanding on it: a column headed by a total alone (`Total`, `Total due`,
/// `Gesamt`, `Totaal`, `Razem`, `合計`: [`super::vocabulary::names_row_total`]),
/// mapped to the amount or to nothing, beside two bucket columns or more, is the
/// open balance.
fn total_is_open_balance(header: &mut Header) {
    let buckets = header.texts.iter().filter(|t| is_bucket_header(t)).count();
    if buckets < 2 || header.map.index(Field::OpenBalance).is_some() {
        return;
    }
    let amount = header.map.columns.iter_mut().find(|c| {
        c.field == Field::Amount && !c.is_chosen() && super::vocabulary::names_row_total(&c.header)
    });
    if let Some(c) = amount {
        c.field = Field::OpenBalance;
        return;
    }
    if header.map.index(Field::Amount).is_some() {
        return;
    }
    let taken: Vec<usize> = header.map.columns.iter().map(|c| c.index).collect();
    let unmapped = header
        .texts
        .iter()
        .enumerate()
        .rev()
        .find(|(i, t)| !taken.contains(i) && super::vocabulary::names_row_total(t));
    if let Some((index, text)) = unmapped {
        let why = "the total of each row beside its aging buckets: what is outstanding".to_owned();
        header.map.infer(index, &text.clone(), Field::OpenBalance, why);
    }
}

/// Infers the day/month order from every date column's text, or takes the
/// caller's. When every date reads both ways, the due dates may settle it (see
/// [`order_by_due_dates`]; the warning says how), else a decimal comma in the
/// amounts ([`order_by_decimal_comma`]); otherwise such a file is an error
/// asking for the order.
fn date_order(
    rows: &[&Row],
    header: &Header,
    options: &ImportOptions,
    file: &Position,
    sheets: &Sheets,
) -> Result<(Option<DateOrder>, Option<Warning>), Error> {
    if options.date_order.is_some() {
        return Ok((options.date_order, None));
    }
    let columns: Vec<usize> = [Field::InvoiceDate, Field::DueDate, Field::PaidDate]
        .iter()
        .filter_map(|f| header.map.index(*f))
        .collect();
    let texts = rows.iter().flat_map(|r| columns.iter().filter_map(|&i| r.get(i).as_text()));
    match infer_date_order(texts) {
        OrderEvidence::NotNeeded => Ok((None, None)),
        OrderEvidence::Decided(order) => Ok((Some(order), None)),
        OrderEvidence::Undecided if let Some(settled) = order_by_due_dates(rows, header) => {
            let (order, row, invoice, due) = settled;
            let other = match order {
                DateOrder::Mdy => DateOrder::Dmy,
                _ => DateOrder::Mdy,
            };
            let message = format!(
                "every date reads as DD/MM/YYYY and as MM/DD/YYYY: read as {}, the one order that puts no due date before its invoice date (as {}, row {} would be due on {due} before its invoice date {invoice}); set the date order if that is wrong",
                order.pattern(),
                other.pattern(),
                sheets.row_text(row),
            );
            Ok((Some(order), Some(Warning { position: file.clone(), message })))
        }
        OrderEvidence::Undecided
            if let Some((order, warning)) = order_by_decimal_comma(rows, header, options, file, sheets) =>
        {
            Ok((Some(order), Some(warning)))
        }
        evidence => {
            let ambiguous = rows
                .iter()
                .flat_map(|r| {
                    columns.iter().filter_map(move |&i| r.get(i).as_text().map(|t| (r.number, i, t)))
                })
                .find(|(_, _, t)| parse_date(t, None) == Err(DateError::Ambiguous));
            let Some((row, index, text)) = ambiguous else {
                return Ok((None, None));
            };
            let detail = match evidence {
                OrderEvidence::Conflicting => {
                    "the file has dates that read only as DD/MM/YYYY and others only as MM/DD/YYYY"
                }
                _ => "no date in the file settles the order",
            };
            let at = file.at_row(row).at_column(index, header.text(index));
            Err(Error::new(
                ErrorKind::AmbiguousDates { text: text.to_owned(), detail: detail.to_owned() },
                Some(at),
            ))
        }
    }
}

/// The customer cells a grouped report leaves blank, filled down (see
/// [`fill_grouped_customers`]): the column, how many, and the first row filled.
struct GroupFill {
    column: usize,
    rows: usize,
    first: u64,
}

impl GroupFill {
    fn warning(&self, file: &Position, header: &Header) -> Warning {
        let GroupFill { column, rows, first } = self;
        Warning {
            position: file.at_row(*first).at_column(*column, header.text(*column)),
            message: format!(
                "the customer column names each customer once, on the first of its rows (a grouped report, such as a pivot table): {rows} {} below a customer's name {} read as that customer's",
                if *rows == 1 { "row" } else { "rows" },
                if *rows == 1 { "is" } else { "are" },
            ),
        }
    }
}

/// The columns that tell a further item line of an invoice from a document of
/// its own: the document number's, and every other mapped column's.
struct ItemLines {
    id: Option<usize>,
    mapped: Vec<usize>,
}

impl ItemLines {
    fn new(header: &Header) -> Self {
        ItemLines {
            id: header.map.index(Field::DocumentId),
            mapped: header.map.columns.iter().filter(|c| c.field != Field::Ignore).map(|c| c.index).collect(),
        }
    }

    /// Whether `row` is a further line of the document on `above`: the same
    /// document number (not blank), the same cell in every mapped column
    /// (customer, dates, amounts, currency), and another cell that differs (the
    /// item) — a row written twice whole is no item line, and is read as a
    /// document, and said to repeat a number. One comparison per row, of the
    /// number's cells.
    fn is_further_line(&self, above: &Row, row: &Row) -> bool {
        let Some(id) = self.id else { return false };
        let number = row.get(id);
        !number.is_empty()
            && above.get(id) == number
            && self.mapped.iter().all(|&i| above.get(i) == row.get(i))
            && (0..above.width().max(row.width())).any(|i| above.get(i) != row.get(i))
    }
}

/// Symbols several currencies use, which one language's exports use for one of
/// them: `¥` (and its full-width `￥`) is the yen in Japanese and the yuan in
/// Chinese (Hong Kong and Taiwan write `HK$`, `NT$`); `kr` is the krona in
/// Swedish (Danish and Norwegian share a header table, so their `kr` stays
/// unsettled).
const SYMBOL_BY_LANGUAGE: [(&str, &str, &str); 9] = [
    ("Japanese", "¥", "JPY"),
    ("Japanese", "￥", "JPY"),
    // A yen or won sign written in a Japanese or Korean code page, read as a backslash.
    ("Japanese", "\\", "JPY"),
    ("Korean", "\\", "KRW"),
    ("Chinese", "¥", "CNY"),
    ("Chinese", "￥", "CNY"),
    ("Swedish", "kr", "SEK"),
    ("Swedish", "kr.", "SEK"),
    ("Swedish", "Kr", "SEK"),
];

/// How many rows below the header [`symbol_by_language`] looks at.
const SYMBOL_SAMPLE: usize = 200;

/// A currency settled by the headers' language (see [`symbol_by_language`]).
struct LanguageCurrency {
    symbol: &'static str,
    code: &'static str,
    language: &'static str,
    /// The first row (1-based) and column carrying the symbol (or, when
    /// `formatted`, the first amount cell).
    row: u64,
    column: usize,
    /// Whether the symbol is the number format's, the cells holding numbers.
    formatted: bool,
}

/// The currency of a sheet whose headers are in one language of
/// [`SYMBOL_BY_LANGUAGE`] and whose money cells, in the first [`SYMBOL_SAMPLE`]
/// rows below the header, carry that language's symbol and no other symbol
/// several currencies use — or are numbers, and the sheet's number formats show
/// that symbol alone (`format_symbols`, see [`Grid::format_symbols`]). Japanese
/// when a header is written in kana or only Japanese words are matched; Chinese
/// when a word only Chinese writes is (Japanese and Chinese share many; a shared
/// one counts as Japanese).
fn symbol_by_language(
    header: &Header,
    rows: &[Row],
    format_symbols: &[&'static str],
) -> Option<LanguageCurrency> {
    let kana = header.texts.iter().any(|t| t.chars().any(|c| matches!(c, '\u{3040}'..='\u{30ff}')));
    let languages: std::collections::BTreeSet<&str> =
        header.map.languages().filter(|&l| l != "English").collect();
    let language = match (kana, languages.contains("Chinese")) {
        (true, false) => "Japanese",
        (true, true) => return None,
        (false, true) => "Chinese",
        (false, false) => match languages.iter().next() {
            Some(&one) if languages.len() == 1 => one,
            _ => return None,
        },
    };
    let money: Vec<usize> =
        header.map.columns.iter().filter(|c| c.field.is_money()).map(|c| c.index).collect();
    let mut found: Option<LanguageCurrency> = None;
    let mut first_number: Option<(u64, usize)> = None;
    for row in rows.iter().take(SYMBOL_SAMPLE) {
        for &column in &money {
            let cell = row.get(column);
            if matches!(cell, CellRef::Number(_)) && first_number.is_none() {
                first_number = Some((row.number, column));
            }
            let Some(text) = cell.as_text() else { continue };
            let ambiguous = [DecimalMark::Point, DecimalMark::Comma]
                .into_iter()
                .find_map(|mark| parse_amount(text, mark).ok())
                .and_then(|amount| amount.ambiguous);
            let Some(symbol) = ambiguous else { continue };
            let settled = SYMBOL_BY_LANGUAGE.iter().find(|(l, s, _)| *l == language && *s == symbol)?;
            // One language settles one currency: the first cell carrying it is said.
            if found.is_none() {
                found = Some(LanguageCurrency {
                    symbol: settled.1,
                    code: settled.2,
                    language,
                    row: row.number,
                    column,
                    formatted: false,
                });
            }
        }
    }
    if found.is_some() {
        return found;
    }
    let ([symbol], Some((row, column))) = (format_symbols, first_number) else { return None };
    let &(_, symbol, code) = SYMBOL_BY_LANGUAGE.iter().find(|(l, s, _)| *l == language && s == symbol)?;
    Some(LanguageCurrency { symbol, code, language, row, column, formatted: true })
}

/// The text of `row` that repeats its section heading's customer `name`, when
/// the row has no invoice date: the section's subtotal, labelled with the name
/// again (MYOB's aged receivables detail closes each customer's block so), not a
/// document missing its date.
fn names_section<'r>(
    row: &'r Row,
    name: &str,
    columns: &super::columns::FieldColumns<'_>,
) -> Option<&'r str> {
    if columns.index(Field::InvoiceDate).is_some_and(|i| !row.get(i).is_empty()) {
        return None;
    }
    let name = name.trim();
    row.filled().filter_map(|(_, c)| c.as_text()).find(|t| !name.is_empty() && t.trim() == name)
}

/// Fills the customer columns (id and name) down in a grouped report — a
/// pivot table in tabular form, a report that writes each customer once, on the
/// first of its documents — where they were skipped as having no customer.
/// Only when the first customer column looks so: blank on some data rows, on at
/// least a third as many as name a customer; filled on the first data row; and
/// no customer named on two rows (in a list of documents the same customer
/// names several rows). A row whose customer cells are all blank takes those
/// of the data row above that names one; never across a blank row, a heading
/// or a total.
fn fill_grouped_customers(grid: &mut Grid, data: &DataRows, header: &Header) -> Option<GroupFill> {
    let columns: Vec<usize> =
        [Field::CustomerId, Field::CustomerName].iter().filter_map(|f| header.map.index(*f)).collect();
    let &key = columns.first()?;
    let (mut blank, mut named) = (0usize, 0usize);
    for (n, (index, _)) in data.iter().enumerate() {
        match grid.rows.get(index).map(|r| r.get(key).is_empty()) {
            Some(true) if n == 0 => return None,
            Some(true) => blank = blank.saturating_add(1),
            _ => named = named.saturating_add(1),
        }
    }
    if blank == 0 || blank.saturating_mul(3) < named {
        return None;
    }
    // No customer on two rows: texts compared as read, the first repeat ends the look.
    let mut seen = std::collections::HashSet::new();
    for (index, _) in data.iter() {
        let cell = grid.rows.get(index).map_or(CellRef::Empty, |r| r.get(key));
        if !cell.is_empty() && !seen.insert(cell.to_string().trim().to_owned()) {
            return None;
        }
    }
    let mut above: Vec<Option<super::grid::Cell>> = vec![None; columns.len()];
    let mut fill = GroupFill { column: key, rows: 0, first: 0 };
    let start = grid.rows.len().min(header.index.saturating_add(1));
    for (index, row) in grid.rows.iter_mut().enumerate().skip(start) {
        if !data.contains(index) {
            above.iter_mut().for_each(|a| *a = None);
            continue;
        }
        if columns.iter().all(|&c| row.get(c).is_empty()) {
            if above.first().is_some_and(Option::is_some) {
                let number = row.number;
                let cells = row.cells_mut();
                for (&column, cell) in columns.iter().zip(&above) {
                    if let Some(cell) = cell {
                        if cells.len() <= column {
                            cells.resize(column.saturating_add(1), super::grid::Cell::Empty);
                        }
                        if let Some(slot) = cells.get_mut(column).filter(|c| c.as_ref().is_empty()) {
                            *slot = cell.clone();
                        }
                    }
                }
                if fill.rows == 0 {
                    fill.first = number;
                }
                fill.rows = fill.rows.saturating_add(1);
            }
        } else if !row.get(key).is_empty() {
            for (&column, slot) in columns.iter().zip(above.iter_mut()) {
                *slot = Some(row.get(column).to_cell());
            }
        }
    }
    (fill.rows > 0).then_some(fill)
}

/// A heading naming a section's customer, or a total line, in the order read
/// (see [`nest_jobs`]).
enum Nesting {
    /// A heading on `row` starting section `section`, after `data` data rows.
    Heading { section: usize, data: usize, row: u64 },
    /// A subtotal or total line's label.
    Total(String),
}

/// What a total line's label names: its words but `Total`, `for`, and dashes
/// and colons (`Total Store #13`, `Total for Acme`, `Acme Total`), lower case.
fn total_of(label: &str) -> String {
    label
        .split(|c: char| c.is_whitespace() || c == ':' || c == '-')
        .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("total") && !w.eq_ignore_ascii_case("for"))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Headings nested in another (QuickBooks' grouped reports: a customer's name,
/// then each of its jobs' names above the job's rows, `Total Store #13`, …,
/// `Total Kern Lighting Warehouse`): a heading followed by another before any
/// row, and closed by its own total line further on, is the customer of those
/// below it, named as QuickBooks names a job, `Customer:Job` (each job's rows
/// were filed under the job's name alone: `Store #13`, whose customer the list
/// did not say). Said once, with the first.
#[cold]
#[inline(never)]
fn nest_jobs(sections: &mut [String], nesting: &[Nesting], file: &Position) -> Option<Warning> {
    if !nesting.iter().any(|n| matches!(n, Nesting::Total(_))) {
        return None;
    }
    // Whether a total line after each place names each heading: from the end.
    let mut closed_after: Vec<bool> = vec![false; nesting.len()];
    let mut named: std::collections::HashSet<String> = std::collections::HashSet::new();
    for (at, n) in nesting.iter().enumerate().rev() {
        match n {
            Nesting::Total(label) => {
                named.insert(total_of(label));
            }
            Nesting::Heading { section, .. } => {
                let name = sections.get(*section).map(|s| s.trim().to_lowercase()).unwrap_or_default();
                if let Some(slot) = closed_after.get_mut(at) {
                    *slot = named.contains(&name);
                }
            }
        }
    }
    // QuickBooks nests sub-customers five levels deep at most: deeper is no job list.
    const DEEPEST: usize = 5;
    let mut parents: Vec<String> = Vec::new();
    // The heading above: its own name (not nested), the rows before it, whether a total closes it.
    let mut previous: Option<(String, usize, bool)> = None;
    let (mut jobs, mut first): (usize, Option<(u64, String)>) = (0, None);
    for (at, n) in nesting.iter().enumerate() {
        match n {
            Nesting::Heading { section, data, row } => {
                if let Some((above, rows, closed)) = previous.take()
                    && rows == *data
                    && closed
                    && parents.len() < DEEPEST
                {
                    parents.push(above);
                }
                let own = sections.get(*section).cloned().unwrap_or_default();
                if !parents.is_empty()
                    && let Some(name) = sections.get_mut(*section)
                {
                    let mut full = parents.join(":");
                    full.push(':');
                    full.push_str(name);
                    jobs = jobs.saturating_add(1);
                    first.get_or_insert_with(|| (*row, full.clone()));
                    *name = full;
                }
                previous = Some((own, *data, closed_after.get(at).copied().unwrap_or(false)));
            }
            Nesting::Total(label) => {
                let closes = total_of(label);
                if let Some(place) = parents.iter().rposition(|p| p.trim().to_lowercase() == closes) {
                    parents.truncate(place);
                }
                previous = None;
            }
        }
    }
    let (row, first) = first?;
    Some(Warning {
        position: file.at_row(row),
        message: format!(
            "{jobs} {} under another customer's heading, before its total (QuickBooks' jobs): each is read as an account of its own, named Customer:Job as QuickBooks names it ({})",
            if jobs == 1 { "heading stands" } else { "headings stand" },
            crate::error::quoted(&first),
        ),
    })
}

/// Sets aside a customer column found by its content (text repeating across
/// rows) when the titles above the header name the account the file is of
/// ([`title_account`](super::layout::title_account)): a ledger account's or a
/// statement's rows name the other side of each entry (`Sales Account`, `HDFC
/// Bank`, `Opening Balance`), never customers.
fn titles_name_the_account(map: &mut super::columns::ColumnMap, titles: &[Row]) {
    if map.index(Field::CustomerId).is_some() || !map.by_content(Field::CustomerName) {
        return;
    }
    let (Some(column), Some((account, row))) =
        (map.index(Field::CustomerName), super::layout::title_account(titles))
    else {
        return;
    };
    map.set_aside(
        column,
        format!(
            "its text repeats across rows, but the title above the header names the account the file is of ({} on row {row}): the rows name the other side of each entry",
            crate::error::quoted(&account)
        ),
    );
}

/// The rows (grid indices, in order) that print the report's title lines again
/// above a repeated header: a printed report's page break (`Page: 2` over the
/// header again). Walking up from each repeated header, the blank rows and the
/// rows whose text has the shape of a title above the first header
/// ([`title_shape`]: digits aside); the first other row ends the walk (a block's
/// own heading above the header, SAP's `Customer 100077`, is no title).
fn page_titles(grid: &Grid, header: &Header) -> Vec<usize> {
    let shape = |row: &Row| title_shape(&row.filled().map(|(_, c)| c.to_string()).collect::<String>());
    let above = grid.rows.get(..header.index).unwrap_or_default();
    let titles: Vec<String> = above.iter().map(shape).filter(|s| !s.is_empty()).collect();
    if titles.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (index, row) in grid.rows.iter().enumerate().skip(header.index.saturating_add(1)) {
        if !repeats_header(row, &header.texts) {
            continue;
        }
        let mut up = index;
        while let Some(before) = up.checked_sub(1).filter(|&i| i > header.index) {
            let Some(row) = grid.rows.get(before) else { break };
            if !row.is_blank() && !titles.contains(&shape(row)) {
                break;
            }
            found.push(before);
            up = before;
        }
    }
    found.sort_unstable();
    found
}

/// Header words saying a money column is in each document's own currency
/// (NetSuite's `Amount (Foreign Currency)`, SAP's `Amount in doc. curr.`).
const OWN_CURRENCY_WORDS: [&str; 5] = ["foreign", "transaction", "doc", "document", "fx"];

/// Whether one of `header`'s words (as the header tables read them) is among `words`.
fn says_any(header: &str, words: &[&str]) -> bool {
    super::vocabulary::words(header).words.iter().any(|w| words.contains(&w.as_str()))
}

/// A warning when the amounts may be in the company's own currency while a
/// column names each row's: an exchange rate beside them other than 1 on some
/// rows (NetSuite's `Amount` and `Amount Remaining` are in the base currency,
/// its `Currency` the transaction's), and no money header saying the amounts
/// are the documents' own. They are read in the row's currency, as before; the
/// warning says how to read them in the company's.
#[cold]
#[inline(never)]
fn exchange_rate_warning(
    rows: &[&Row],
    header: &Header,
    mark: DecimalMark,
    file: &Position,
) -> Option<Warning> {
    let currency = header.map.index(Field::Currency)?;
    let rate = (0..header.texts.len())
        .find(|&i| header.map.is_free(i) && super::vocabulary::names_rate(header.text(i)))?;
    let own = header
        .map
        .columns
        .iter()
        .filter(|c| c.field.is_money())
        .any(|c| c.currency.is_some() || says_any(&c.header, &OWN_CURRENCY_WORDS));
    if own {
        return None;
    }
    let value = |row: &Row| super::infer::amount_of(row.get(rate), mark);
    let mut other = rows.iter().filter(|r| value(r).is_some_and(|v| v > Decimal::ZERO && v != Decimal::ONE));
    let first = other.next()?;
    let count = other.count().saturating_add(1);
    Some(Warning {
        position: file.at_row(first.number).at_column(rate, header.text(rate)),
        message: format!(
            "{count} {} an exchange rate other than 1 in this column: the amounts are read in the currency each row names (column {} {}); if they are in the company's own currency (NetSuite's Amount and Amount Remaining are), map no currency column and give that currency (defaultCurrency)",
            if count == 1 { "row has" } else { "rows have" },
            crate::error::column_letter(currency),
            crate::error::quoted(header.text(currency)),
        ),
    })
}

/// Header words saying a money column is in each document's foreign currency,
/// as NetSuite names the twins of its base-currency amounts (`Amount (Foreign
/// Currency)`, `FX Amount`).
const FOREIGN_WORDS: [&str; 2] = ["foreign", "fx"];

/// A warning when one money column says it is in each document's foreign
/// currency and another says nothing of its currency, while the rows are in
/// several currencies: NetSuite's `Amount (Foreign Currency)` beside `Amount
/// Remaining`, which is in the company's base currency. Both are read in the
/// row's currency, as the file gives no other; the warning, at the first row in
/// a currency other than the first's, names the column that may be wrong.
#[cold]
#[inline(never)]
fn base_amount_warning(rows: &[&Row], header: &Header, file: &Position) -> Option<Warning> {
    let currency = header.map.index(Field::Currency)?;
    let money = || header.map.columns.iter().filter(|c| c.field.is_money() && c.currency.is_none());
    let foreign = money().find(|c| says_any(&c.header, &FOREIGN_WORDS))?;
    let unsaid = money().find(|c| !says_any(&c.header, &OWN_CURRENCY_WORDS))?;
    fn code(row: &Row, currency: usize) -> Option<&str> {
        row.get(currency).as_text().map(str::trim).filter(|t| !t.is_empty())
    }
    let first = rows.iter().find_map(|r| code(r, currency))?;
    let other = rows.iter().find(|r| code(r, currency).is_some_and(|c| !c.eq_ignore_ascii_case(first)))?;
    Some(Warning {
        position: file.at_row(other.number).at_column(unsaid.index, &unsaid.header),
        message: format!(
            "column {} {} is read in the currency each row names (column {} {}), as column {} {} says its amounts are, but its header does not say so and the rows are in several currencies: if it is in the company's own currency (NetSuite's Amount Remaining is, beside Amount (Foreign Currency)), its amounts on rows in other currencies are misread; export the column's foreign-currency twin instead (Amount Remaining (Foreign Currency))",
            crate::error::column_letter(unsaid.index),
            crate::error::quoted(&unsaid.header),
            crate::error::column_letter(currency),
            crate::error::quoted(header.text(currency)),
            crate::error::column_letter(foreign.index),
            crate::error::quoted(&foreign.header),
        ),
    })
}

/// `one` for a count of 1, else `more`.
fn plural(count: usize, one: &'static str, more: &'static str) -> &'static str {
    if count == 1 { one } else { more }
}

/// What every warning about opening balances says of the `count` it found.
fn carried(count: usize) -> String {
    format!(
        "though what {} carries forward is older; no period counts {} among its sales",
        plural(count, "it", "each"),
        plural(count, "it", "them")
    )
}

/// The warning for the `count` rows whose type names an opening balance that
/// the layout's rules did not find (see [`super::cells::KindCache`]), the first
/// at row `first` of column `column`, its text `text`.
fn typed_openings_warning(
    count: usize,
    first: u64,
    text: &str,
    column: usize,
    header: &Header,
    file: &Position,
) -> Warning {
    Warning {
        position: file.at_row(first).at_column(column, header.text(column)),
        message: format!(
            "{count} {} an opening balance by {} type ({}), read as a balance carried forward to {} date: aged from it, {}",
            plural(count, "row is", "rows are"),
            plural(count, "its", "their"),
            crate::error::quoted(text),
            plural(count, "its", "their"),
            carried(count),
        ),
    }
}

/// The warnings for an account's opening balances (see [`date_openings`] and
/// [`dated_openings`]), once the rows are classified, with the row numbers of
/// all of them, sorted (their entries are marked [`Entry::opening`](crate::Entry::opening)):
/// `openings` are the rows [`classify`] found with no date of their own, in index order.
#[cold]
#[inline(never)]
fn opening_warnings(
    grid: &mut Grid,
    data: &DataRows,
    openings: &[usize],
    header: &Header,
    file: &Position,
    combined: &Sheets,
) -> (Vec<Warning>, Vec<u64>) {
    let Some(date_column) = header.map.index(Field::InvoiceDate) else { return (Vec::new(), Vec::new()) };
    let name_column = header.map.index(Field::CustomerName);
    let mut warnings = Vec::new();
    let undated = date_openings(grid, data, openings, date_column, name_column);
    for (below, which) in [(false, "next"), (true, "first")] {
        let given: Vec<&(u64, String, String, bool)> = undated.iter().filter(|o| o.3 == below).collect();
        let Some((first, text, date, _)) = given.first() else { continue };
        let count = given.len();
        warnings.push(Warning {
            position: file.at_row(*first),
            message: format!(
                "{count} opening {} with no date of {} own ({} on row {}{}) {} given the date of the {which} row of {} account ({date}): aged from that date, {}",
                plural(count, "balance", "balances"),
                plural(count, "its", "their"),
                crate::error::quoted(text),
                combined.row_text(*first),
                if below { ", below its account's rows as a ledger's summary puts it" } else { "" },
                plural(count, "is", "are"),
                plural(count, "its", "their"),
                carried(count),
            ),
        });
    }
    let dated = dated_openings(grid, data, openings, date_column);
    if let Some((first, text)) = dated.first() {
        let count = dated.len();
        warnings.push(Warning {
            position: file.at_row(*first),
            message: format!(
                "{count} {} an opening balance ({} on row {}), read as a balance carried forward to {} date: aged from it, {}",
                plural(count, "row is", "rows are"),
                crate::error::quoted(text),
                combined.row_text(*first),
                plural(count, "its", "their"),
                carried(count),
            ),
        });
    }
    let mut rows: Vec<u64> =
        undated.iter().map(|(row, ..)| *row).chain(dated.iter().map(|(row, _)| *row)).collect();
    rows.sort_unstable();
    (warnings, rows)
}

/// Dates each opening balance with no date of its own (`openings`) as the next
/// data row of its section that has an invoice date (`date_column`), its cell
/// copied — or, below all its section's dated rows (Tally's ledger ends with
/// `Opening Balance`, `Current Total`, `Closing Balance`), as the first of them;
/// under a heading, a customer-name cell holding the phrase is emptied (the
/// heading names the account). Gives each dated opening's row, label, date as
/// written and whether it stood below its section's rows; an opening with no
/// dated row in its section keeps no date, and is refused as such.
fn date_openings(
    grid: &mut Grid,
    data: &DataRows,
    openings: &[usize],
    date_column: usize,
    name_column: Option<usize>,
) -> Vec<(u64, String, String, bool)> {
    if openings.is_empty() {
        return Vec::new();
    }
    // The next dated row of each opening's section, found in one pass from the
    // end (rows under one heading are together): a ledger of many accounts has
    // an opening for each, and a hostile one may have no date after any. Each
    // section's first dated row (its place in `grid.rows`) is the last met.
    let mut next: Option<(Option<usize>, super::grid::Cell)> = None;
    let mut found: Vec<(usize, Option<usize>, Option<super::grid::Cell>)> = Vec::new();
    let mut first_dated: HashMap<Option<usize>, usize> = HashMap::default();
    let rows: Vec<(usize, Option<usize>)> = data.iter().collect();
    for &(index, section) in rows.iter().rev() {
        if openings.binary_search(&index).is_ok() {
            let date = next.as_ref().filter(|(s, _)| *s == section).map(|(_, cell)| cell.clone());
            found.push((index, section, date));
        }
        let cell = grid.rows.get(index).map(|r| r.get(date_column)).filter(|c| !c.is_empty());
        if let Some(cell) = cell {
            first_dated.insert(section, index);
            next = Some((section, cell.to_cell()));
        }
    }
    drop(rows);
    let mut dated = Vec::new();
    for (opening, section, next) in found.into_iter().rev() {
        let below = next.is_none();
        // None after it: the section's first dated row (above it).
        let next = next.or_else(|| {
            let first = grid.rows.get(*first_dated.get(&section)?)?;
            Some(first.get(date_column).to_cell())
        });
        let Some(row) = grid.rows.get_mut(opening) else { continue };
        let text = super::layout::opening_label(row).unwrap_or_default();
        let cells = row.cells_mut();
        if section.is_some()
            && let Some(slot) = name_column.and_then(|c| cells.get_mut(c))
            && slot.as_ref().as_text().is_some_and(super::layout::is_opening_balance)
        {
            *slot = super::grid::Cell::Empty;
        }
        let Some(date) = next else { continue };
        let shown = date.as_ref().to_string();
        if cells.len() <= date_column {
            cells.resize(date_column.saturating_add(1), super::grid::Cell::Empty);
        }
        if let Some(slot) = cells.get_mut(date_column) {
            *slot = date;
        }
        dated.push((row.number, text, shown, below));
    }
    dated
}

/// Opening balances written as dated rows (`01.04.2026 | Saldovortrag |
/// 2.000,00`), looked for on the first data row of each section (where
/// statements put them; not the `openings` [`date_openings`] dated): each
/// one's row and label. They are read as documents of their dates.
fn dated_openings(
    grid: &Grid,
    data: &DataRows,
    openings: &[usize],
    date_column: usize,
) -> Vec<(u64, String)> {
    data.sections
        .iter()
        .filter_map(|&(index, _)| {
            let row = grid.rows.get(index)?;
            if row.get(date_column).is_empty() || openings.binary_search(&index).is_ok() {
                return None;
            }
            Some((row.number, super::layout::opening_label(row)?))
        })
        .collect()
}

/// What a skipped row's reason adds when the row has formula cells with no
/// saved value (read as empty, see [`Grid::uncalculated`]) in mapped columns:
/// `"; the formula in column G (\"Amount\") was saved without its value"`.
fn uncalculated_note(uncalculated: &[(u64, usize)], row: u64, header: &Header) -> Option<String> {
    let start = uncalculated.partition_point(|&(r, _)| r < row);
    let columns: Vec<String> = uncalculated
        .get(start..)?
        .iter()
        .take_while(|&&(r, _)| r == row)
        .filter(|&&(_, c)| header.map.columns.iter().any(|m| m.index == c && m.field != Field::Ignore))
        .map(|&(_, c)| {
            format!("{} ({})", crate::error::column_letter(c), crate::error::quoted(header.text(c)))
        })
        .collect();
    match columns.as_slice() {
        [] => None,
        [one] => Some(format!("; the formula in column {one} was saved without its value")),
        more => {
            Some(format!("; the formulas in columns {} were saved without their values", more.join(", ")))
        }
    }
}

/// What a skipped row's reason adds when the row fills cells past the header's
/// last named column: in a delimited file, a text holding the delimiter without
/// quotes (`Smith, John`) splits in two and shifts every cell after it, which is
/// likelier the cause than the cell the reason names.
#[cold]
#[inline(never)]
fn shifted_note(row: &Row, header: &Header) -> Option<String> {
    let last_named = header.last_named()?;
    let last_filled = row.filled().map(|(i, _)| i).max()?;
    (last_filled > last_named).then(|| {
        format!(
            "; the row fills cells up to column {} where the header ends at column {}: a text holding the delimiter without quotes (such as Smith, John) shifts the cells after it",
            crate::error::column_letter(last_filled),
            crate::error::column_letter(last_named),
        )
    })
}

/// The one day/month order under which no row's due date falls before its
/// invoice date, when the other order puts one there, with that row's number
/// and its invoice and due date as written. Dates that all read both ways
/// (`05/01/2026`, due `04/02/2026`) are no guess then: as MM/DD/YYYY the
/// invoice of 1 May would be due on 2 April. `None` when both orders put a due
/// date before its invoice date (a file with such errors), or neither does.
fn order_by_due_dates(rows: &[&Row], header: &Header) -> Option<(DateOrder, u64, String, String)> {
    let invoice = header.map.index(Field::InvoiceDate)?;
    let due = header.map.index(Field::DueDate)?;
    let read = |cell: CellRef<'_>, order: DateOrder| match cell {
        CellRef::Date(d) => Some(d),
        CellRef::Text(t) => parse_date(t, Some(order)).ok(),
        _ => None,
    };
    const ORDERS: [DateOrder; 2] = [DateOrder::Dmy, DateOrder::Mdy];
    // Per order, the first row it puts a due date before its invoice date on.
    let mut against: [Option<(u64, String, String)>; 2] = [None, None];
    for row in rows {
        let (issued, falls_due) = (row.get(invoice), row.get(due));
        for (order, first) in ORDERS.iter().zip(against.iter_mut()) {
            if first.is_none()
                && let (Some(i), Some(d)) = (read(issued, *order), read(falls_due, *order))
                && d < i
            {
                *first = Some((row.number, issued.to_string(), falls_due.to_string()));
            }
        }
        if against.iter().all(Option::is_some) {
            return None;
        }
    }
    match against {
        [None, Some((row, i, d))] => Some((DateOrder::Dmy, row, i, d)),
        [Some((row, i, d)), None] => Some((DateOrder::Mdy, row, i, d)),
        _ => None,
    }
}

/// The decimal mark of the money columns: the caller's, else the first amount
/// that settles it, else a comma when the points of the amounts group
/// thousands ([`grouping_point`]), else a point.
fn decimal_mark(rows: &[&Row], header: &Header, options: &ImportOptions) -> DecimalMark {
    options
        .decimal_mark
        .or_else(|| settling_amount(rows, header).map(|(mark, ..)| mark))
        .or_else(|| grouping_point(rows, header, options).map(|_| DecimalMark::Comma))
        .unwrap_or_default()
}

/// When no amount settles the decimal mark, every amount written with a point
/// has three digits after it (`1.234`, `12.500`: a point grouping thousands, or
/// three decimals), and each is in a currency of fewer decimals than three (its
/// own symbol or code, else the currency column's, else the default currency):
/// the point groups thousands, since no such currency writes three decimals.
/// The first such amount's row, column, text and currency. `None` when a
/// currency is unknown or has three decimals (the dinars), or an amount is
/// written with a comma.
fn grouping_point<'a>(
    rows: &[&'a Row],
    header: &Header,
    options: &ImportOptions,
) -> Option<(u64, usize, &'a str, String)> {
    if options.decimal_mark.is_some() {
        return None;
    }
    let columns: Vec<usize> = Field::MONEY.iter().filter_map(|f| header.map.index(*f)).collect();
    let currency_column = header.map.index(Field::Currency);
    let mut first = None;
    for row in rows {
        for &i in &columns {
            let Some(text) = row.get(i).as_text() else { continue };
            if text.contains(',') {
                return None;
            }
            if !text.contains('.') {
                continue;
            }
            // Read with the point grouping thousands: its own currency, if any.
            let Ok(amount) = parse_amount(text, DecimalMark::Comma) else { continue };
            let currency = amount
                .currency
                .or_else(|| currency_column.and_then(|c| parse_currency(&row.get(c).to_string()).ok()))
                .or_else(|| options.default_currency.as_deref().and_then(|c| parse_currency(c).ok()))?;
            if crate::money::minor_units(&currency) >= 3 {
                return None;
            }
            first.get_or_insert((row.number, i, text, currency));
        }
    }
    first
}

/// The first amount of the money columns whose separators settle the decimal
/// mark (`1.000,00`, `12,5`), with the mark, its row and its column.
fn settling_amount<'a>(rows: &[&'a Row], header: &Header) -> Option<(DecimalMark, u64, usize, &'a str)> {
    let columns: Vec<usize> = Field::MONEY.iter().filter_map(|f| header.map.index(*f)).collect();
    rows.iter().find_map(|r| {
        columns.iter().find_map(|&i| {
            let text = r.get(i).as_text()?;
            infer_decimal_mark([text]).map(|mark| (mark, r.number, i, text))
        })
    })
}

/// When every date reads both ways and the due dates settle nothing, an amount
/// written with a decimal comma does: of the 304 locales of the Unicode CLDR
/// (48) that write a decimal comma, one (Anii, spoken in Benin) writes the month
/// before the day; every other writes the day first. The order, and the
/// warning saying so with the amount that settled it. The caller's decimal
/// mark counts as the file's.
fn order_by_decimal_comma(
    rows: &[&Row],
    header: &Header,
    options: &ImportOptions,
    file: &Position,
    sheets: &Sheets,
) -> Option<(DateOrder, Warning)> {
    let settled = match options.decimal_mark {
        Some(DecimalMark::Comma) => "the decimal comma you chose".to_owned(),
        Some(DecimalMark::Point) => return None,
        None => {
            let at = |row: u64, column: usize| {
                format!(
                    "row {}, column {} ({})",
                    sheets.row_text(row),
                    crate::error::column_letter(column),
                    crate::error::quoted(header.text(column))
                )
            };
            match settling_amount(rows, header) {
                Some((DecimalMark::Comma, row, column, text)) => {
                    format!("the decimal comma of {} ({})", crate::error::quoted(text), at(row, column))
                }
                Some(_) => return None,
                // A point grouping thousands is a decimal comma's locale.
                None => {
                    let (row, column, text, _) = grouping_point(rows, header, options)?;
                    format!(
                        "the point grouping thousands in {} ({})",
                        crate::error::quoted(text),
                        at(row, column)
                    )
                }
            }
        }
    };
    let message = format!(
        "every date reads as DD/MM/YYYY and as MM/DD/YYYY: read as DD/MM/YYYY for {settled}: the locales that write the month first write a decimal point; set the date order if that is wrong"
    );
    Some((DateOrder::Dmy, Warning { position: file.clone(), message }))
}

/// What is known of the file before its rows are read, for the report.
#[derive(Debug, Clone)]
pub struct Source {
    /// The sniffed format.
    pub format: super::Format,
    /// The text encoding (delimited text only).
    pub encoding: Option<String>,
    /// Every sheet of a workbook.
    pub sheets: Vec<String>,
    /// The SHA-256 digest of the file, lower-case hex.
    pub sha256: String,
    /// The sheets the grid was read from, when several (see [`super::combined`]).
    pub(crate) combined: super::combined::Sheets,
}

/// The data rows of a grid, by their index in its rows, each with the section
/// heading it is under (an index in the headings' names): one bit a row and
/// the headings' changes, where a list of (row, heading) took 12 bytes a data
/// row in WebAssembly (11 MB of a 1M-row import's peak).
#[derive(Debug, Default)]
struct DataRows {
    /// Bit `i % 64` of word `i / 64` is set for a data row at index `i`.
    bits: Vec<u64>,
    count: usize,
    /// From which row index on which heading holds (in increasing index order).
    sections: Vec<(usize, Option<usize>)>,
}

impl DataRows {
    /// Adds the data row at `index` (after every one added before), under `section`.
    fn push(&mut self, index: usize, section: Option<usize>) {
        let word = index / 64;
        if self.bits.len() <= word {
            self.bits.resize(word.saturating_add(1), 0);
        }
        if let Some(w) = self.bits.get_mut(word) {
            *w |= 1 << (index % 64);
        }
        self.count = self.count.saturating_add(1);
        if self.sections.last().is_none_or(|(_, s)| *s != section) {
            self.sections.push((index, section));
        }
    }

    /// How many data rows.
    fn len(&self) -> usize {
        self.count
    }

    /// Whether the row at `index` is a data row.
    fn contains(&self, index: usize) -> bool {
        self.bits.get(index / 64).is_some_and(|w| w & (1 << (index % 64)) != 0)
    }

    /// Whether any data row is under a heading.
    fn any_section(&self) -> bool {
        self.sections.iter().any(|(_, s)| s.is_some())
    }

    /// The data rows in order, each with its heading.
    fn iter(&self) -> impl Iterator<Item = (usize, Option<usize>)> + '_ {
        let mut changes = self.sections.iter().peekable();
        let mut section = None;
        self.bits
            .iter()
            .enumerate()
            .flat_map(|(w, &word)| {
                let base = w.saturating_mul(64);
                (0..64).filter(move |b| word & (1u64 << b) != 0).map(move |b| base.saturating_add(b))
            })
            .map(move |index| {
                while let Some(&&(from, s)) = changes.peek() {
                    if from > index {
                        break;
                    }
                    section = s;
                    changes.next();
                }
                (index, section)
            })
    }
}

/// Reads the rows of `grid` below `header` into a ledger (see the module docs).
/// Each data row's values are made into entries as soon as they are read, and
/// its cells freed: a large file's cells and entries are never all held at
/// once, and its values are never kept.
///
/// `guess`, when given, is what [`best_mapping`] found on its way through this
/// very grid below this header: its rows' classes are taken when the import
/// reads them with the map they were found with, from cells no repair changed
/// (a swap of day and month); its confidence counts when, besides, the rows
/// rated, their date order and decimal mark are the same and no grouped
/// customer was filled in. Otherwise each is found here.
pub fn read_ledger(
    mut grid: Grid,
    header: &Header,
    options: &ImportOptions,
    file: &Position,
    source: Source,
    guess: Option<Guess>,
) -> Result<(Book, ImportReport), Error> {
    let mut header = header.clone();
    let combined = source.combined.clone();
    // Numbers and texts split at commas written without quotes, joined before
    // anything reads the cells.
    let joined = rejoined(&mut grid, &header, file);
    // Fields the headers did not give, from the columns' content.
    super::infer::complete(&mut header.map, &header.texts, grid.rows_after(header.index), false);
    titles_name_the_account(&mut header.map, grid.rows_before(header.index));
    total_is_open_balance(&mut header);
    // Delimited text has no date cells: nothing to find in it that only date
    // cells show (a swap, date cells mixed with text), by reading every row.
    let date_cells = source.format != super::Format::Csv;
    // A day/month locale round trip, detected and (when asked) repaired first.
    let swap = if date_cells { super::swapped::detect(grid.rows_after(header.index), &header) } else { None };
    let (mut grid, repaired) = match &swap {
        Some(found) if options.repair_swapped_dates => (found.repaired(&grid, header.index), true),
        _ => (grid, false),
    };
    // The mapping screen's guess, when it is of these cells and this map.
    let mut guess = guess.filter(|g| !repaired && g.map == header.map);
    let mut classes = guess.as_mut().map(|g| std::mem::take(&mut g.classes)).unwrap_or_default().into_iter();
    let header_row = grid.number_at(header.index);
    let shape = shape_of(&header);
    let mut report = ImportReport {
        format: source.format,
        encoding: source.encoding,
        sheets: source.sheets,
        sheet_choice: None,
        sheet: grid.sheet.clone(),
        combined_sheets: Vec::new(),
        header_row,
        shape,
        mapping: header.map.clone(),
        date_order: None,
        decimal_mark: DecimalMark::Point,
        report_date: report_date(grid.rows_before(header.index)),
        rows_read: 0,
        blank_rows: 0,
        entries: 0,
        skipped: Vec::new(),
        warnings: Vec::new(),
        reconciliation: Vec::new(),
        swapped_dates: swap.as_ref().map(|f| f.report(&header, options.repair_swapped_dates)),
        hidden_rows: None,
        hidden_columns: Vec::new(),
        sha256: source.sha256,
        files: Vec::new(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
    };

    report.warnings.extend(joined);
    for u in &grid.unclosed_quotes {
        report.warnings.push(Warning {
            position: file.at_row(u.row).at_column(u.column, header.text(u.column)),
            message: {
                let lines = if u.lines == 1 { "line".to_owned() } else { format!("{} lines", u.lines) };
                if u.closed_later {
                    format!(
                        "a quote opens this cell and only a quote {} down closes it, which took the {lines} into the cell: read as the rows they are (a stray quote at a cell's start? remove it)",
                        if u.lines == 1 { "one line".to_owned() } else { format!("{} lines", u.lines) }
                    )
                } else {
                    format!(
                        "a quote opens this cell and is never closed, which took the {lines} after it into the cell: read as the rows they are"
                    )
                }
            },
        });
    }
    if let Some(found) = &swap {
        let (row, column) = found.first;
        let columns: Vec<String> =
            found.columns.iter().map(|&i| crate::error::quoted(header.text(i))).collect();
        let cells = format!("{} date cells of {}", found.cells, columns.join(", "));
        let message = if options.repair_swapped_dates {
            format!("day and month swapped back in {cells} (repairSwappedDates): {}", found.evidence)
        } else {
            format!(
                "day and month look swapped in {cells}, the mark of a locale round trip: {}; set repairSwappedDates to swap them back",
                found.evidence
            )
        };
        report
            .warnings
            .push(Warning { position: file.at_row(row).at_column(column, header.text(column)), message });
    }
    // Only the cells read matter: a `=TODAY()-C2` of days overdue beside them does not.
    let header_row = grid.number_at(header.index);
    let read = |&&(row, column): &&(u64, usize)| {
        row > header_row && header.map.columns.iter().any(|m| m.index == column && m.field != Field::Ignore)
    };
    let uncalculated: Vec<&(u64, usize)> = grid.uncalculated.iter().filter(read).collect();
    if let Some(&&(row, column)) = uncalculated.first() {
        let count = uncalculated.len();
        report.warnings.push(Warning {
            position: file.at_row(row).at_column(column, header.text(column)),
            message: format!(
                "{count} formula {} saved without {} value and {} more than arithmetic on the sheet's own cells (which arlens calculates), so {} as empty: the workbook was written by a program that does not calculate its formulas (a script or report writer); open it in Excel or LibreOffice, save it, and read it again",
                if count == 1 { "cell was" } else { "cells were" },
                if count == 1 { "its" } else { "their" },
                if count == 1 { "is" } else { "are" },
                if count == 1 { "it reads" } else { "they read" },
            ),
        });
    }
    // Rows hidden in the workbook (by hand, or filtered out): a user who filtered
    // the sheet before saving it sees fewer than the file holds. Read like the
    // others, or left out as excluded rows (`skipHiddenRows`); said either way.
    let hidden: Vec<u64> = grid
        .rows_after(header.index)
        .iter()
        .filter(|row| grid.hides(row.number) && !row.is_blank())
        .map(|row| row.number)
        .collect();
    if let Some(&first) = hidden.first() {
        let count = hidden.len();
        let (one, left_out) = (count == 1, options.skip_hidden_rows);
        let what = if left_out {
            "left out (skipHiddenRows), listed with the rows excluded".to_owned()
        } else {
            format!(
                "{} read like the others and {} in every figure; set skipHiddenRows to leave {} out",
                if one { "it is" } else { "they are" },
                if one { "counts" } else { "count" },
                if one { "it" } else { "them" },
            )
        };
        report.warnings.push(Warning {
            position: file.at_row(first),
            message: format!(
                "{count} {} below the header {} hidden in the workbook (hidden by hand, or filtered out by an AutoFilter): {what}",
                if one { "row" } else { "rows" },
                if one { "is" } else { "are" },
            ),
        });
        report.hidden_rows =
            Some(super::HiddenRows { rows: count as u64, first: file.at_row(first), left_out });
    }
    // No column names the currency, but the amount cells carry one in their type
    // (ods) or number format (xlsx): said, since the currency read is not in a cell.
    if let [one] = grid.typed_currencies.as_slice()
        && header.map.index(Field::Currency).is_none()
        && header.map.header_currency().is_none()
    {
        report.warnings.push(Warning {
            position: file.at_row(header_row),
            message: format!(
                "no column names the currency, and the amount cells are typed or formatted as {one} (what the spreadsheet shows beside them): rows whose cells name no other currency are read in {one}"
            ),
        });
    }
    // No column, header or cell names the currency, but a title above the header
    // does (`Währung: EUR`, `amounts in USD`): read in it, and said.
    if grid.typed_currencies.is_empty()
        && header.map.index(Field::Currency).is_none()
        && header.map.header_currency().is_none()
        && let Some((code, row, text)) = super::layout::title_currency(grid.rows_before(header.index))
    {
        report.warnings.push(Warning {
            position: file.at_row(row),
            message: format!(
                "no column names the currency, and the title above the header does ({}): rows whose cells name no other currency are read in {code}",
                crate::error::quoted(&text)
            ),
        });
        grid.typed_currencies.push(code);
    }
    // Nothing names the currency, but the amounts carry a symbol several
    // currencies use which the headers' language settles (`¥` under Japanese
    // names): read in it, and said — after the option, which a user gives to say
    // otherwise.
    if grid.typed_currencies.is_empty()
        && options.default_currency.is_none()
        && header.map.index(Field::Currency).is_none()
        && header.map.header_currency().is_none()
        && let Some(found) = symbol_by_language(&header, grid.rows_after(header.index), &grid.format_symbols)
    {
        report.warnings.push(Warning {
            position: file.at_row(found.row).at_column(found.column, header.text(found.column)),
            message: format!(
                "no column names the currency, and the amounts {} {} under headers in {}: rows whose cells name no other currency are read in {}; give the currency (defaultCurrency) if it is another",
                if found.formatted { "are formatted with" } else { "carry" },
                super::values::quoted_symbol(found.symbol),
                found.language,
                found.code,
            ),
        });
        grid.typed_currencies.push(found.code.to_owned());
    }
    // A unit named above the header (`（单位：万元）`, `Amounts in thousands`, `EUR
    // '000`): the money columns whose own header names none are written in it
    // (an aged summary's buckets too), and it is said.
    let title_unit = super::layout::title_unit(grid.rows_before(header.index));
    if let Some((unit, row, text)) = &title_unit {
        let mut named = Vec::new();
        for map in [&mut header.map, &mut report.mapping] {
            named.clear();
            for column in map.columns.iter_mut().filter(|c| c.field.is_money() && c.unit.is_none()) {
                column.unit = Some(*unit);
                named.push(crate::error::quoted(&column.header));
            }
        }
        // Buckets not mapped as money columns (an aged summary's) are read in it too.
        let mapped = |i: usize| header.map.columns.iter().any(|c| c.index == i && c.field.is_money());
        if (0..header.texts.len()).any(|i| is_bucket_header(header.text(i)) && !mapped(i)) {
            named.push("the aging buckets".to_owned());
        }
        if !named.is_empty() {
            report.warnings.push(Warning {
                position: file.at_row(*row),
                message: format!(
                    "the title above the header ({}) names the unit amounts are written in: {} {} read in {}",
                    crate::error::quoted(text),
                    match named.split_last() {
                        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                        _ => named.join(""),
                    },
                    if named.len() == 1 && !named.iter().any(|n| n.ends_with("buckets")) {
                        "is"
                    } else {
                        "are"
                    },
                    unit.label(),
                ),
            });
        }
    }
    // Columns read though the workbook hides them: what the user sees in the sheet
    // is not all that counts. Said once per column read.
    for column in header.map.columns.iter().filter(|c| c.field != Field::Ignore && grid.hides_column(c.index))
    {
        report.hidden_columns.push(super::HiddenColumn {
            column: column.column.clone(),
            header: column.header.clone(),
            field: column.field,
        });
        report.warnings.push(Warning {
            position: file.at_row(header_row).at_column(column.index, &column.header),
            message: format!(
                "this column is hidden in the workbook, and read as the {}: its values count though the sheet does not show them; map another column to the {} if this is not the one meant",
                column.field.label(),
                column.field.label(),
            ),
        });
    }
    if let Some(calculated) = &grid.calculated {
        let Calculated { cells: count, first: (row, column), example } = calculated.as_ref();
        report.warnings.push(Warning {
            position: file.at_row(*row).at_column(*column, header.text(*column)),
            message: format!(
                "{count} formula {} calculated by arlens ({example}): the workbook was written by a program that does not calculate its formulas — it saved them without values, or with 0 in their place for Excel to calculate on opening — so arlens calculated them from the sheet's own cells, as Excel would",
                if *count == 1 { "cell was" } else { "cells were" },
            ),
        });
    }
    for &number in &grid.repeated_rows {
        let (_, row) = super::combined::split(number);
        report.warnings.push(Warning {
            position: file.at_row(number),
            message: format!(
                "the sheet's file writes row {row} more than once (or out of order): each copy is read as a row of its own, both numbered {row}, so nothing is overwritten"
            ),
        });
    }
    // Classify rows; sections name the customer when no column does.
    let names_customers =
        header.map.index(Field::CustomerName).is_none() && header.map.index(Field::CustomerId).is_none();
    // Rows by their index in `grid.rows` (their cells are freed as they are
    // read), each with the section heading naming its customer, if any (an
    // index in `sections`: not a copy of the name for every row).
    let mut data = DataRows::default();
    let mut sections: Vec<String> = Vec::new();
    let mut section: Option<usize> = None;
    // Block heads naming the customer by a label (`Customer   100045`, `Name
    // Müller GmbH`: SAP's list output) name it for the rows below; the block's other
    // lines (`City   Stuttgart`) do not. The first block's head is above the header.
    // Of a head's labelled values, a name is kept over a code. A label that names
    // the customer only loosely (`Name`, `Account`) counts after a specific one
    // (`Customer`) in the same head: alone it may be the seller's or a ledger account's.
    let mut labelled: Option<String> = None;
    let head = |row: &Row, labelled: &mut Option<String>| -> Option<String> {
        let (value, specific) = super::layout::customer_heading(row)?;
        if !specific && labelled.is_none() {
            return None;
        }
        let keep = labelled
            .as_deref()
            .is_some_and(|kept| !super::layout::is_code_text(kept) && super::layout::is_code_text(&value));
        if !keep {
            *labelled = Some(value);
        }
        labelled.clone()
    };
    if names_customers {
        // A ledger account's name above its title (Tally): every row is its account's.
        if let Some((account, row)) = super::layout::ledger_account(grid.rows_before(header.index)) {
            report.warnings.push(Warning {
                position: file.at_row(row),
                message: format!(
                    "no column names the customer; the title above the header does ({}, a ledger account's name): every row is read as that account's",
                    crate::error::quoted(&account)
                ),
            });
            section = Some(sections.len());
            sections.push(account);
        }
        for row in grid.rows_before(header.index) {
            if let Some(customer) = head(row, &mut labelled) {
                section = Some(sections.len());
                sections.push(customer);
            }
        }
    }
    let mut totals: Vec<(usize, usize, RowClass)> = Vec::new();
    // Headings and total lines in the order read, for headings nested in others (see `nest_jobs`).
    let mut nesting: Vec<Nesting> = Vec::new();
    // Opening balances with no date of their own (see `opening_warnings`).
    let mut openings: Vec<usize> = Vec::new();
    // Headings and notes, counted in the reconciliation should they carry an amount.
    let mut headings: Vec<usize> = Vec::new();
    let columns = header.map.table();
    let mut last_data = 0;
    let page_titles = page_titles(&grid, &header);
    for (index, row) in grid.rows.iter().enumerate().skip(header.index.saturating_add(1)) {
        report.rows_read = report.rows_read.saturating_add(1);
        let known = classes.next();
        let class = if repeats_header(row, &header.texts) {
            RowClass::RepeatedHeader
        } else {
            known.unwrap_or_else(|| classify(row, &columns))
        };
        // A row naming its section's customer again, with amounts and no date, is
        // the section's subtotal (read as a document, or as a total of all above).
        let class = match (class, section.and_then(|s| sections.get(s))) {
            (class, Some(name)) if class.may_total_a_section() => match names_section(row, name, &columns) {
                Some(text) => RowClass::Subtotal(text.to_owned()),
                None => class,
            },
            (class, _) => class,
        };
        let class = match class {
            RowClass::Section(text) if page_titles.binary_search(&index).is_ok() => {
                RowClass::RepeatedTitle(text)
            }
            class => class,
        };
        let layout =
            |reason: String| SkippedRow { position: file.at_row(row.number), reason, kind: SkipKind::Layout };
        match &class {
            RowClass::Data => {
                last_data = row.number;
                data.push(index, section);
                labelled = None;
            }
            RowClass::Opening(_) => {
                last_data = row.number;
                data.push(index, section);
                openings.push(index);
            }
            RowClass::Blank => report.blank_rows = report.blank_rows.saturating_add(1),
            RowClass::RepeatedHeader | RowClass::RepeatedTitle(_) => {
                headings.push(index);
                report.skipped.push(layout(class.reason().unwrap_or_default()));
            }
            RowClass::Section(text) => {
                if names_customers && !is_bucket_section(text) {
                    match head(row, &mut labelled) {
                        Some(customer) => {
                            section = Some(sections.len());
                            sections.push(customer);
                        }
                        // A labelled head's other lines name no customer.
                        None if labelled.is_some() => {}
                        None => {
                            section = Some(sections.len());
                            let (section, data) = (sections.len(), data.len());
                            nesting.push(Nesting::Heading { section, data, row: row.number });
                            sections.push(section_customer(text));
                        }
                    }
                }
                headings.push(index);
                report.skipped.push(layout(class.reason().unwrap_or_default()));
            }
            _ => {
                if let RowClass::Subtotal(text) | RowClass::GrandTotal(text) = &class {
                    nesting.push(Nesting::Total(text.clone()));
                }
                totals.push((data.len(), index, class.clone()));
                report.skipped.push(layout(class.reason().unwrap_or_default()));
            }
        }
    }
    if let Some(said) = nest_jobs(&mut sections, &nesting, file) {
        report.warnings.push(said);
    }
    // Text rows after the last document are notes, not headings of what follows.
    for skip in report.skipped.iter_mut().filter(|s| s.position.row > Some(last_data)) {
        if let Some(text) = skip.reason.strip_prefix("section heading ") {
            skip.reason = format!("note after the data {text}");
        }
    }
    let no_rows = (data.len() == 0)
        .then(|| no_rows_warning(&report, file.at_row(header_row), !combined.names().is_empty()));
    if let Some(filled) = fill_grouped_customers(&mut grid, &data, &header) {
        report.warnings.push(filled.warning(file, &header));
        // Cells changed: the guess's counts are not of these.
        guess = None;
    }
    if !openings.is_empty() {
        // Cells changed (dates filled in): the guess's counts are not of these.
        guess = None;
    }
    let (opening_said, opening_rows) =
        opening_warnings(&mut grid, &data, &openings, &header, file, &combined);
    report.warnings.extend(opening_said);
    let bucket_columns: Vec<usize> =
        (0..header.texts.len()).filter(|&i| is_bucket_header(header.text(i))).collect();
    let row_at = |index: usize| grid.rows.get(index);
    if header.map.index(Field::InvoiceDate).is_none() && bucket_columns.len() >= 2 && !names_customers {
        let rows: Vec<&Row> = data.iter().filter_map(|(i, _)| row_at(i)).collect();
        let mut reader = Reader::new(&header, None, decimal_mark(&rows, &header, options));
        reader.typed_currencies = grid.typed_currencies.clone();
        reader.default_currency = options.default_currency.clone();
        if let Some((unit, ..)) = title_unit {
            reader.units.extend(bucket_columns.iter().map(|&i| (i, unit)));
        }
        report.shape = LedgerShape::AgedSummary;
        report.decimal_mark = reader.mark;
        report.warnings.push(Warning {
            position: file.clone(),
            message: "an aged summary (one row per customer, buckets as given): its buckets are shown as they are; \
                      figures that need invoices (re-aging at another date, DSO, collection metrics) are unavailable"
                .to_owned(),
        });
        let summary = aged_summary(&rows, &bucket_columns, &reader, options, file, &mut report.skipped);
        report.warnings.extend(unbalanced_summary(&summary, &reader, file));
        report.mapping.buckets = bucket_columns
            .iter()
            .map(|&index| BucketColumn {
                index,
                column: crate::error::column_letter(index),
                header: header.text(index).to_owned(),
            })
            .collect();
        report.mapping.unmapped.retain(|h| !summary.labels.contains(h));
        report.skipped.sort_by_key(|s| s.position.row);
        report.mapping.rate(&BTreeMap::new());
        located(&mut report, &combined);
        let ledger = Book {
            shape: LedgerShape::AgedSummary,
            report_date: report.report_date,
            summary: Some(summary),
            ..Book::default()
        };
        return Ok((ledger, report));
    }
    let sections_name_customers = names_customers && data.any_section();
    header.map.require_ledger(&header.texts, &file.at_row(header_row))?;
    let rows: Vec<&Row> = data.iter().filter_map(|(i, _)| row_at(i)).collect();
    let (order, order_warning) =
        if rows.is_empty() { (None, None) } else { date_order(&rows, &header, options, file, &combined)? };
    report.warnings.extend(order_warning);
    let mut reader = Reader::new(&header, order, decimal_mark(&rows, &header, options));
    reader.typed_currencies = grid.typed_currencies.clone();
    reader.default_currency = options.default_currency.clone();
    // No column gives the due date, but one counts the days overdue at the
    // report date the titles give (`Days Past Due` under `As of June 30, 2026`):
    // the due date is that date less the days (said in the due-date warnings).
    if header.map.index(Field::DueDate).is_none()
        && let Some(report_date) = report.report_date
    {
        reader.days_overdue = (0..header.texts.len())
            .find(|&i| header.map.is_free(i) && super::vocabulary::names_days_overdue(header.text(i)))
            .map(|i| (i, report_date));
    }
    report.date_order = reader.order;
    report.decimal_mark = reader.mark;
    if settling_amount(&rows, &header).is_none()
        && let Some((row, column, text, currency)) = grouping_point(&rows, &header, options)
    {
        report.warnings.push(Warning {
            position: file.at_row(row).at_column(column, header.text(column)),
            message: format!(
                "amounts such as {} write three digits after a point and no amount settles the decimal mark: read with the point grouping thousands ({}), since {currency} has {} decimals, not three; set the decimal mark if that is wrong",
                crate::error::quoted(text),
                parse_amount(text, DecimalMark::Comma).map(|a| a.value.to_string()).unwrap_or_default(),
                crate::money::minor_units(&currency),
            ),
        });
    }
    report.warnings.extend(exchange_rate_warning(&rows, &header, reader.mark, file));
    report.warnings.extend(base_amount_warning(&rows, &header, file));
    // What needs the data rows' cells, before they go: the columns' confidence
    // (on the first rows) and the date columns mixing date cells with text —
    // not when the day and month look swapped (that warning says it already).
    let rated = data.iter().take(CONFIDENCE_SAMPLE).map(|(i, _)| i);
    match guess
        .filter(|g| g.order == reader.order && g.mark == reader.mark && rated.eq(g.rated.iter().copied()))
    {
        Some(g) => {
            // What rating those rows leaves in the reader and shows: the symbols
            // met that name several currencies. (The type texts it meets show
            // nothing: a type's warning is placed at its first counted row.)
            reader.ambiguous.borrow_mut().extend(g.ambiguous);
            report.mapping.rate(&g.counts);
        }
        None => rate(&mut report.mapping, &rows, &reader),
    }
    let mixed = if date_cells && swap.is_none() { mixed_date_columns(&rows, &header) } else { Vec::new() };
    drop(rows);
    // The rows read again after the data rows' values (headings, totals) get
    // cells of their own: the text blocks of delimited text they share with
    // data rows are then freed with those.
    for &i in headings.iter().chain(totals.iter().map(|(_, i, _)| i)) {
        if let Some(row) = grid.rows.get_mut(i) {
            row.cells_mut();
        }
    }

    // The entries' room is taken at once (grown by doubling, a vector holds its
    // old and new rooms together): one entry a data row, more for invoice lists.
    let mut maker = Maker::new(shape, Vec::with_capacity(data.len()), file);
    let mut checks = Checks::new(file, &header, report.report_date);
    // Each data row's value, for the file's own total rows to be checked
    // against (none kept when it has none: 20 bytes a row in WebAssembly).
    let mut row_value: Vec<Option<Decimal>> =
        Vec::with_capacity(if totals.is_empty() { 0 } else { data.len() });
    let mut controls = Controls::new(&reader);
    let default_currency = options.default_currency.as_deref();
    // An invoice export with a row per item line repeats the invoice's number,
    // customer, dates and amounts on each: the row read before, kept until the
    // next is read, to tell a further line from a document (with its section:
    // a heading naming the customer is one of its cells).
    let lines = ItemLines::new(&header);
    let mut previous: Option<(usize, Option<usize>)> = None;
    let mut further_lines: Vec<u64> = Vec::new();
    // Rows whose type names an opening balance, beyond those found above: how
    // many, and the first.
    let mut typed_openings: (usize, u64) = (0, 0);
    // Comma-delimited rows read with filled cells past the header's last name, which
    // no join explained: how many, and the first's number and cell.
    let named = header.last_named().map_or(0, |i| i.saturating_add(1));
    let mut past_header: (usize, Option<(u64, usize, String)>) = (0, None);
    for (index, section) in data.iter() {
        let Some(row) = grid.rows.get(index) else { continue };
        let past = if grid.comma_split && row.width() > named {
            (named..row.width()).find(|&i| !row.get(i).is_empty())
        } else {
            None
        };
        let at = RowAt { file, row: row.number };
        let line_of = previous
            .filter(|&(_, above)| above == section)
            .and_then(|(p, _)| grid.rows.get(p))
            .filter(|above| lines.is_further_line(above, row))
            .map(|above| above.number);
        let section_index = section;
        let section = section.and_then(|i| sections.get(i)).map(String::as_str);
        let read = if options.skip_hidden_rows && grid.hides(row.number) {
            Err(Box::new(SkippedRow {
                position: file.at_row(row.number),
                reason: "hidden in the workbook: left out (skipHiddenRows)".to_owned(),
                kind: SkipKind::Excluded,
            }))
        } else {
            reader.values(row, at, section, options)
        };
        let read_before = previous.take();
        match read {
            Ok(v) if let Some(first) = line_of.filter(|_| v.kind != Some(EntryKind::Payment)) => {
                if !totals.is_empty() {
                    row_value.push(None);
                }
                controls.unread(row, &reader, default_currency, Fate::Skipped);
                further_lines.push(row.number);
                report.skipped.push(SkippedRow {
                    position: file.at_row(row.number),
                    reason: format!(
                        "a further line of document {} (row {}): the same customer, dates and amounts beside another item, read once",
                        crate::error::quoted(&v.id),
                        combined.row_text(first),
                    ),
                    kind: SkipKind::Layout,
                });
                // The document's first row stays the one its further lines repeat.
                previous = read_before;
            }
            Ok(mut v) => {
                let listed = !opening_rows.is_empty() && opening_rows.binary_search(&v.row).is_ok();
                if v.opening && !listed {
                    // An opening by its type the layout's rules did not find.
                    let (n, first) = typed_openings;
                    typed_openings = (n.saturating_add(1), if n == 0 { v.row } else { first });
                }
                v.opening |= listed;
                if let Some(column) = past {
                    let (n, first) = &mut past_header;
                    *n = n.saturating_add(1);
                    first.get_or_insert_with(|| (row.number, column, row.get(column).to_string()));
                }
                previous = Some((index, section_index));
                if !totals.is_empty() {
                    row_value.push(v.value(Field::OpenBalance).or(v.value(Field::Amount)));
                }
                checks.row(&v, reader.strings.id_key(v.customer), options);
                let counted = controls.read(&v);
                let numbered = Checks::numbered(&v);
                let first_entry = maker.entries().len();
                let fate = match maker.push(v) {
                    None => {
                        if numbered {
                            checks.number_in(first_entry);
                        }
                        Fate::Imported
                    }
                    Some(left_out) => {
                        if numbered {
                            checks.number_of_left_out(&left_out, reader.strings.id_key(left_out.customer));
                        }
                        Fate::Excluded
                    }
                };
                controls.count(counted, fate);
            }
            Err(skip) => {
                // A row left out still counts towards the file's own totals.
                if !totals.is_empty() {
                    let value = |field| reader.amount(row, field, at).ok().flatten();
                    row_value
                        .push(value(Field::OpenBalance).or_else(|| value(Field::Amount)).map(|(v, _)| v));
                }
                controls.unread(row, &reader, default_currency, Fate::of_skip(skip.kind));
                let mut skip = *skip;
                if let Some(note) = uncalculated_note(&grid.uncalculated, row.number, &header) {
                    skip.reason.push_str(&note);
                }
                if skip.kind == SkipKind::Unreadable
                    && let Some(note) = shifted_note(row, &header)
                {
                    skip.reason.push_str(&note);
                }
                report.skipped.push(skip);
            }
        }
        // Rows are freed as read, but for the one a further line may repeat.
        let kept = previous.map(|(i, _)| i);
        for done in
            [read_before.map(|(i, _)| i), Some(index)].into_iter().flatten().filter(|&i| kept != Some(i))
        {
            if let Some(row) = grid.rows.get_mut(done) {
                row.clear();
            }
        }
    }
    if let Some(row) = previous.and_then(|(p, _)| grid.rows.get_mut(p)) {
        row.clear();
    }
    if let (count @ 1.., first) = typed_openings {
        let text = reader.kinds.opening_text().unwrap_or_default();
        let column = reader.index(Field::DocumentType).unwrap_or_default();
        report.warnings.push(typed_openings_warning(count, first, &text, column, &header, file));
    }
    if let Some(&first) = further_lines.first() {
        let count = further_lines.len();
        report.warnings.push(Warning {
            position: file.at_row(first),
            message: format!(
                "{count} {} the document of the row above with the same customer, dates and amounts beside another item (an invoice export with a row per item line): each document is read once, from its first row",
                if count == 1 { "row repeats" } else { "rows repeat" }
            ),
        });
    }
    drop(data);
    for row in headings.iter().filter_map(|i| grid.rows.get(*i)) {
        controls.unread(row, &reader, default_currency, Fate::Skipped);
    }
    checks.within(options)?;
    report.skipped.sort_by_key(|s| s.position.row);
    report.warnings.extend(reader.marker_warnings(file));
    if report.shape == LedgerShape::Transactions {
        report.warnings.extend(reader.kind_warnings(file));
    }
    report.warnings.extend(reader.serial_warnings(file));
    report.warnings.extend(reader.unix_warnings(file));
    report.warnings.extend(reader.calendar_warnings(file));
    report.warnings.extend(reader.due_rule_warnings(file));
    report.warnings.extend(reader.open_balance_warning(file));
    report.warnings.extend(reader.status_warnings(file));
    report.warnings.extend(reader.currency_warnings(file, &grid.format_symbols));
    if reader.no_customer_column && !sections_name_customers {
        report.warnings.push(Warning {
            position: file.clone(),
            message: format!(
                "no customer column: every row is under one account, {:?}; map a column to the customer to see them apart",
                super::cells::NO_CUSTOMER
            ),
        });
    }
    if header.map.index(Field::InvoiceDate).is_none() {
        report.warnings.push(Warning {
            position: file.clone(),
            message: "no invoice date column: documents are dated by their due date; aging by due date stands, \
                      figures that need invoice dates (sales in a period, DSO, days to pay, the trend) are unavailable"
                .to_owned(),
        });
    }

    if let (count, Some((row, column, text))) = past_header {
        report.warnings.push(Warning {
            position: Position { header: None, ..file.at_row(row).at_column(column, "") },
            message: format!(
                "{count} {} cells past the header's last column, which no header names and are not read (row {row}: {} in column {}): a value holding a comma without quotes shifts the cells after it — check {}",
                if count == 1 { "row read has" } else { "rows read have" },
                crate::error::quoted(&text),
                crate::error::column_letter(column),
                if count == 1 { "the row" } else { "those rows" },
            ),
        });
    }
    if checks.one_currency() {
        let totals: Vec<(usize, &Row, RowClass)> =
            totals.into_iter().filter_map(|(end, i, class)| Some((end, grid.rows.get(i)?, class))).collect();
        reconcile_totals(&totals, &row_value, &header, &reader, file, &mut report.warnings);
    }
    drop(row_value);
    drop(grid);
    report.warnings.append(&mut checks.warnings);
    report.warnings.extend(checks.duplicates(maker.entries(), |c| reader.strings.id_key(c), &combined));
    for &(i, row) in &mixed {
        let at = if checks.documents() == 0 { Position::default() } else { file.clone() };
        report.warnings.push(Warning {
            position: at.at_row(row).at_column(i, header.text(i)),
            message: "this column mixes date cells with dates typed as text, the mark of a locale round trip: check the day/month order".to_owned(),
        });
    }
    drop(checks);
    let mut customers = reader.strings.take_customers();
    // Names that are the customers' ids: spellings of one name are one account.
    let variants = match header.map.index(Field::CustomerId) {
        None => super::name_variants::merge(&mut customers),
        Some(_) => Vec::new(),
    };
    let (mut ledger, warnings, excluded) = maker.finish(options, customers);
    report.warnings.extend(warnings);
    report.warnings.extend(name_variants_warning(&ledger, &variants, &header, file, &combined));
    report.warnings.extend(three_decimals(&ledger.entries, &header, file));
    report.skipped.extend(excluded);
    report.warnings.extend(no_rows);
    report.warnings.sort_by_key(|w| w.position.row);
    report.warnings = group_warnings(std::mem::take(&mut report.warnings), &combined);
    ledger.shape = shape;
    ledger.report_date = report.report_date;
    ledger.dated_by_due_date = header.map.index(Field::InvoiceDate).is_none();
    ledger.emails = reader.emails.take().into_iter().map(|(id, email)| (id.to_string(), email)).collect();
    // A spelling read as another's account files its address under that account.
    for v in &variants {
        if let (Some(email), Some(first)) = (ledger.emails.remove(&*v.own_id), ledger.customers.get(v.first))
        {
            ledger.emails.entry(first.id.to_string()).or_insert(email);
        }
    }
    report.entries = ledger.entries.len();
    report.reconciliation = controls.finish();
    located(&mut report, &combined);
    ledger.sheets = combined.names().iter().map(|n| Arc::from(n.as_str())).collect();
    Ok((ledger, report))
}

/// The warning that no row under the header reads as a document (an export
/// filtered to nothing, a template, the wrong sheet): every figure is 0, said
/// rather than shown as a ledger that owes nothing. Rows under the header that
/// are headings, totals or notes are listed with the rows skipped. Another sheet
/// (or file, of several chosen together) is offered when there are several and
/// one was read (not when they were `combined` into the ledger: each was read).
fn no_rows_warning(report: &ImportReport, at: Position, combined: bool) -> Warning {
    let other = report.rows_read.saturating_sub(report.blank_rows);
    let which = match (other, report.blank_rows) {
        (0, 0) => String::new(),
        (0, _) => " but blank ones".to_owned(),
        (1, _) => " but one that is no document (listed with the rows skipped)".to_owned(),
        (n, _) => format!(" but {n} that are no documents (listed with the rows skipped)"),
    };
    // A bundle of text files lists its files as the sheets to choose from.
    let sheet = if report.format == super::Format::Csv { "file" } else { "sheet" };
    let other_sheets = report.sheets.len() > 1 && !combined;
    Warning {
        position: at,
        message: format!(
            "no rows under the header{which}: the file lists no documents, so there is nothing to age and every figure is 0 (an export filtered to nothing, or a template?){}",
            if other_sheets {
                format!("; choose another {sheet} if the documents are in one")
            } else {
                String::new()
            },
        ),
    }
}

/// The warning that names spelt apart were read as one account, at the first
/// row of the first spelling read so ([`super::name_variants`]).
fn name_variants_warning(
    ledger: &Book,
    variants: &[super::name_variants::Variant],
    header: &Header,
    file: &Position,
    sheets: &Sheets,
) -> Option<Warning> {
    let first = variants.first()?;
    let row_of = |customer: usize| {
        ledger.entries.iter().find(|e| e.customer.0 as usize == customer).and_then(|e| e.row).map(|r| r.get())
    };
    let name = |customer: usize| ledger.customers.get(customer).map_or("", |c| &*c.name);
    let at = row_of(first.customer).map_or_else(|| file.clone(), |r| file.at_row(r));
    let position = header.at_field(at, Field::CustomerName);
    let first_row = row_of(first.first).map(|r| format!(" (row {})", sheets.row_text(r))).unwrap_or_default();
    let more = match variants.len() {
        1 => String::new(),
        2 => ", and 1 more spelling".to_owned(),
        n => format!(", and {} more spellings", n.saturating_sub(1)),
    };
    Some(Warning {
        position,
        message: format!(
            "names that differ only in case, spacing, points or commas are read as one customer, as no column gives customer ids: {} as {}{first_row}{more} (a payment under one spelling settles the invoices under the other); map a customer id column if they are different customers",
            crate::error::quoted(name(first.customer)),
            crate::error::quoted(name(first.first)),
        ),
    })
}

/// Amounts with three decimals in a currency of fewer (`1.234` read in a file
/// of decimal points, `1,234` yen in a file of decimal commas): the mark of a
/// separator grouping thousands read as the decimal mark, or a typing slip.
/// One warning per currency, at its first such entry. Three digits written
/// (`2.500` is one), not more: a converted amount's or a formula's decimals are
/// not this.
fn three_decimals(entries: &[crate::ledger::Entry], header: &Header, file: &Position) -> Vec<Warning> {
    // The column the entries' amounts are read from first.
    let field = [Field::Amount, Field::OpenBalance, Field::Debit, Field::Credit, Field::AmountPaid]
        .into_iter()
        .find(|&f| header.map.index(f).is_some())
        .unwrap_or(Field::Amount);
    let mut found: BTreeMap<&str, (Option<std::num::NonZeroU64>, Decimal, usize)> = BTreeMap::new();
    for e in entries {
        // Most amounts have at most two decimals: nothing more is looked at.
        if e.amount.scale() != 3 {
            continue;
        }
        if crate::money::minor_units(&e.currency) >= 3 {
            continue;
        }
        let first = found.entry(&e.currency).or_insert((e.row, e.amount, 0));
        first.2 = first.2.saturating_add(1);
    }
    found
        .into_iter()
        .map(|(currency, (row, amount, count))| {
            let at = row.map_or_else(|| file.clone(), |r| file.at_row(r.get()));
            let position = header.at_field(at, field);
            let which = if currency == super::cells::UNKNOWN_CURRENCY {
                "an unknown currency (few currencies have three decimals)".to_owned()
            } else {
                format!("{currency}, which has {}", crate::money::minor_units(currency))
            };
            let amounts = if count == 1 { "1 amount has".to_owned() } else { format!("{count} amounts have") };
            Warning {
                position,
                message: format!(
                    "{amounts} three decimals ({amount} here) in {which}: a point or comma grouping thousands read as the decimal mark, or a slip? check them, or set the decimal mark"
                ),
            }
        })
        .collect()
}

/// The report's row positions split into their sheets and rows, when the
/// grid was read from several sheets (see [`super::combined`]).
fn located(report: &mut ImportReport, sheets: &Sheets) {
    if sheets.names().is_empty() {
        return;
    }
    for at in report
        .skipped
        .iter_mut()
        .map(|s| &mut s.position)
        .chain(report.warnings.iter_mut().map(|w| &mut w.position))
    {
        sheets.locate(at);
    }
    report.combined_sheets = sheets.names().to_vec();
}

/// Row warnings of one kind (the same message but for its numbers and dates)
/// more than [`GROUP_FROM`] times become one: the first row's message, how many
/// rows, and the first rows — not a thousand lines of the same doubt.
fn group_warnings(warnings: Vec<Warning>, sheets: &Sheets) -> Vec<Warning> {
    const FIRST_ROWS: usize = 5;
    let shape = |m: &str| -> String { m.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect() };
    let mut counts: HashMap<String, usize> = HashMap::default();
    for w in warnings.iter().filter(|w| w.position.row.is_some()) {
        let count = counts.entry(shape(&w.message)).or_default();
        *count = count.saturating_add(1);
    }
    let mut groups: HashMap<String, (usize, Vec<u64>)> = HashMap::default();
    let mut out = Vec::with_capacity(warnings.len());
    for w in warnings {
        let key = shape(&w.message);
        let count = counts.get(&key).copied().unwrap_or(0);
        if w.position.row.is_none() || count <= GROUP_FROM {
            out.push(w);
            continue;
        }
        let (at, rows) = groups.entry(key).or_insert_with(|| (out.len(), Vec::new()));
        rows.extend(w.position.row);
        if rows.len() == 1 {
            out.push(w);
        } else if rows.len() == count {
            let first: Vec<String> = rows.iter().take(FIRST_ROWS).map(|&r| sheets.row_text(r)).collect();
            let more = count.saturating_sub(FIRST_ROWS);
            if let Some(w) = out.get_mut(*at) {
                w.message = format!(
                    "{count} rows like this one: {} (rows {}{})",
                    w.message,
                    first.join(", "),
                    if more > 0 { format!(" and {more} more") } else { String::new() }
                );
            }
        }
    }
    out
}

/// Warnings of one kind on more rows than this are grouped into one.
const GROUP_FROM: usize = 3;

/// Sets each column's confidence from how many of the first rows' values read
/// as its field (enough to judge a column).
fn rate(map: &mut super::columns::ColumnMap, rows: &[&Row], reader: &Reader<'_>) {
    let counts = counts(map, rows, reader);
    map.rate(&counts);
}

/// Per column of `map`: how many of the first rows' values read as its field,
/// of how many filled.
fn counts(
    map: &super::columns::ColumnMap,
    rows: &[&Row],
    reader: &Reader<'_>,
) -> BTreeMap<usize, (usize, usize)> {
    let mut counts: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for c in &map.columns {
        let entry = counts.entry(c.index).or_default();
        for row in rows.iter().take(CONFIDENCE_SAMPLE) {
            let cell = row.get(c.index);
            if !cell.is_empty() {
                entry.1 = entry.1.saturating_add(1);
                entry.0 = entry.0.saturating_add(usize::from(reader.readable(c.field, cell)));
            }
        }
    }
    counts
}

/// What [`best_mapping`] found on its way, which [`read_ledger`] takes instead
/// of finding it again when it reads the same cells with the same map: the
/// classes [`classify`] gave the first rows below the header, and the columns'
/// confidence counts on the data rows among them.
#[derive(Debug, Default)]
pub(crate) struct Guess {
    /// The map the rows were classified and rated with.
    map: super::columns::ColumnMap,
    /// The classes of the rows from the one after the header, in order.
    classes: Vec<RowClass>,
    /// The rows rated (their places in the grid's rows), the date order and
    /// decimal mark they were read with, and what each column's count was.
    rated: Vec<usize>,
    order: Option<DateOrder>,
    mark: DecimalMark,
    counts: BTreeMap<usize, (usize, usize)>,
    /// What reading them left in the reader: the symbols met that name
    /// several currencies.
    ambiguous: std::collections::BTreeSet<&'static str>,
}

/// The mapping arlens would read `grid` with below `header`: the headers' and
/// the content's, rated on the rows — for a mapping screen, even when the import
/// then fails (a field still missing, ambiguous dates). With it, what it found
/// on its way, for the import to take.
pub(crate) fn best_mapping(
    grid: &Grid,
    header: &Header,
    options: &ImportOptions,
) -> (super::columns::ColumnMap, Guess) {
    // Read as the import reads it: numbers and texts split at commas joined.
    let repaired;
    let grid = if super::thousands::plan(grid, header).is_some()
        || super::text_commas::plan(grid, header).is_some()
    {
        let mut copy = grid.clone();
        rejoined(&mut copy, header, &Position::default());
        repaired = copy;
        &repaired
    } else {
        grid
    };
    let mut header = header.clone();
    super::infer::complete(&mut header.map, &header.texts, grid.rows_after(header.index), true);
    titles_name_the_account(&mut header.map, grid.rows_before(header.index));
    total_is_open_balance(&mut header);
    let columns = header.map.table();
    // The data rows, to the sample's size: rows are classified until it is full.
    let mut rows: Vec<&Row> = Vec::new();
    let mut rated = Vec::new();
    let mut classes = Vec::new();
    let first = header.index.saturating_add(1);
    for (place, row) in grid.rows_after(header.index).iter().enumerate() {
        if rows.len() >= CONFIDENCE_SAMPLE {
            break;
        }
        let class = classify(row, &columns);
        if class == RowClass::Data {
            rows.push(row);
            rated.push(first.saturating_add(place));
        }
        classes.push(class);
    }
    // The same order the import would use; ambiguous dates (the import's error) read none.
    let order = date_order(&rows, &header, options, &Position::default(), &Sheets::default())
        .ok()
        .and_then(|(order, _)| order);
    let reader = Reader::new(&header, order, decimal_mark(&rows, &header, options));
    let mut map = header.map.clone();
    let counts = counts(&map, &rows, &reader);
    map.rate(&counts);
    let guess = Guess {
        classes,
        rated,
        order: reader.order,
        mark: reader.mark,
        counts,
        ambiguous: reader.ambiguous.take(),
        map: header.map.clone(),
    };
    (map, guess)
}

/// Joins in `grid` below `header` the amounts split at their thousands separators
/// ([`super::thousands`]), then the texts split at a comma ([`super::text_commas`]);
/// the warnings that say so.
fn rejoined(grid: &mut Grid, header: &Header, file: &Position) -> Vec<Warning> {
    let mut said = Vec::new();
    if let Some(plan) = super::thousands::plan(grid, header) {
        said.extend(super::thousands::join(grid, plan, header, file));
    }
    if let Some(plan) = super::text_commas::plan(grid, header) {
        said.extend(super::text_commas::join(grid, plan, header, file));
    }
    said
}

/// Reads an aged summary: per row, the customer, each bucket column as given and
/// the total (the row's open-balance column, else the sum of its buckets).
fn aged_summary(
    rows: &[&Row],
    bucket_columns: &[usize],
    reader: &Reader<'_>,
    options: &ImportOptions,
    file: &Position,
    skipped: &mut Vec<SkippedRow>,
) -> AgedSummary {
    let labels = bucket_columns.iter().map(|&i| reader.header.text(i).to_owned()).collect();
    let mut out = AgedSummary { labels, rows: Vec::new() };
    'rows: for row in rows {
        let at = RowAt { file, row: row.number };
        let name = reader.text(row, Field::CustomerName);
        let id = reader.text(row, Field::CustomerId);
        let customer = reader.strings.customer(id.as_deref(), name.as_deref());
        let Some(customer) = customer.and_then(|c| reader.strings.customer_at(c)) else {
            skipped.push(SkippedRow {
                position: at.position(),
                reason: "no customer name".to_owned(),
                kind: SkipKind::Unreadable,
            });
            continue;
        };
        let mut buckets = Vec::with_capacity(bucket_columns.len());
        let mut currency = None;
        for &i in bucket_columns {
            match reader.amount_at(row, i, at) {
                Ok(value) => {
                    let (value, code) = value.unwrap_or_default();
                    currency = currency.or(code);
                    buckets.push(value);
                }
                Err(skip) => {
                    skipped.push(*skip);
                    continue 'rows;
                }
            }
        }
        let total = match reader.amount(row, Field::OpenBalance, at) {
            Ok(Some((total, _))) => total,
            Ok(None) => buckets.iter().sum(),
            Err(skip) => {
                skipped.push(*skip);
                continue;
            }
        };
        let currency = reader
            .text(row, Field::Currency)
            .and_then(|t| parse_currency(&t).ok())
            .or(currency)
            .or_else(|| reader.fallback_currency(options.default_currency.as_deref()).map(str::to_owned))
            .unwrap_or_else(|| super::cells::UNKNOWN_CURRENCY.to_owned());
        // Shown with the currency's minor units, as every other amount is (a
        // workbook's number cell `1000` is `1000.00`), nothing rounded away.
        let normal = |v: Decimal| crate::money::normalize(v, &currency);
        let buckets = buckets.into_iter().map(normal).collect();
        let total = normal(total);
        out.rows.push(SummaryRow { customer, currency, buckets, total, row: row.number });
    }
    out
}

/// The rows of an aged summary whose buckets do not add up to the total it states
/// for them, said once: a bucket column the import did not recognise as one (its
/// amounts then missing from the buckets shown), or a report whose total counts
/// something its buckets do not (unapplied cash, say).
fn unbalanced_summary(summary: &AgedSummary, reader: &Reader<'_>, file: &Position) -> Option<Warning> {
    let total = reader.header.map.index(Field::OpenBalance)?;
    let mut off = summary.rows.iter().filter(|r| r.buckets.iter().sum::<Decimal>() != r.total);
    let first = off.next()?;
    let more = off.count();
    let sum: Decimal = first.buckets.iter().sum();
    Some(Warning {
        position: file.at_row(first.row).at_column(total, reader.header.text(total)),
        message: format!(
            "{} whose buckets add up to other than the total: this row's buckets ({}) add up to {sum}, its total is {}; a bucket column may not have been read as one (set the columns on the mapping screen)",
            match more {
                0 => "1 row".to_owned(),
                n => format!("{} rows", n.saturating_add(1)),
            },
            summary.labels.join(", "),
            first.total
        ),
    })
}

/// Compares subtotal and grand-total rows with the sum of the rows above them
/// (since the previous total), for a file in one currency (totals of mixed
/// currencies cannot be checked row by row); a mismatch is only a warning, since exports
/// differ in what their totals hold (Xero's grand total is overdue-only).
fn reconcile_totals(
    totals: &[(usize, &Row, RowClass)],
    row_value: &[Option<Decimal>],
    header: &Header,
    reader: &Reader<'_>,
    file: &Position,
    warnings: &mut Vec<Warning>,
) {
    if totals.is_empty() {
        return;
    }
    let column = header.map.index(Field::OpenBalance).or(header.map.index(Field::Amount));
    let Some(column) = column else { return };
    let field = header.map.columns.iter().find(|c| c.index == column).map_or(Field::Amount, |c| c.field);
    let mut since = 0;
    // Every row above the total reached, added as the totals are passed (once each).
    let (mut all, mut counted) = (Decimal::ZERO, 0usize);
    for (end, row, class) in totals {
        let Ok(Some((stated, _))) = reader.amount(row, field, RowAt { file, row: row.number }) else {
            continue;
        };
        let at = file.at_row(row.number);
        let from = if matches!(class, RowClass::GrandTotal(_)) { 0 } else { since };
        let sum_of =
            |from: usize| -> Decimal { row_value.get(from..*end).unwrap_or_default().iter().flatten().sum() };
        all = all.saturating_add(sum_of(counted.min(*end)));
        counted = counted.max(*end);
        let sum = if from == 0 { all } else { sum_of(from) };
        // A total worded as a subtotal (`Totals:` after each account's own) that
        // holds every row above it is the file's total.
        if sum != stated && all != stated {
            warnings.push(Warning {
                position: at.at_column(column, header.text(column)),
                message: format!(
                    "{} states {stated}, but the rows above it add up to {sum}",
                    class.reason().unwrap_or_default()
                ),
            });
        }
        since = *end;
    }
}

/// The date columns (invoice, due, paid date, in that order) that hold both date
/// cells and dates typed as text, each with the row of its first text date.
fn mixed_date_columns(rows: &[&Row], header: &Header) -> Vec<(usize, u64)> {
    [Field::InvoiceDate, Field::DueDate, Field::PaidDate]
        .into_iter()
        .filter_map(|field| {
            let i = header.map.index(field)?;
            let typed = rows.iter().any(|r| matches!(r.get(i), CellRef::Date(_)));
            let text = rows.iter().find(|r| matches!(r.get(i), CellRef::Text(_)))?;
            typed.then_some((i, text.number))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::DataRows;

    #[test]
    fn data_rows_come_back_in_order_with_their_headings() {
        let mut data = DataRows::default();
        let rows =
            [(1, None), (2, None), (5, Some(0)), (63, Some(0)), (64, Some(1)), (200, None), (201, None)];
        for (index, section) in rows {
            data.push(index, section);
        }
        assert_eq!(data.len(), 7);
        assert!(data.any_section());
        assert_eq!(data.iter().collect::<Vec<_>>(), rows);
        // Three changes of heading, not one entry a row.
        assert_eq!(data.sections.len(), 4);
        let mut plain = DataRows::default();
        plain.push(3, None);
        assert!(!plain.any_section());
        assert_eq!(plain.iter().collect::<Vec<_>>(), [(3, None)]);
    }
}
