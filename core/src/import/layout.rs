//! Finding the table in a sheet: the header row below any title rows, the
//! report date in those titles, and the rows that are not data (sections,
//! subtotals, grand totals, percentages, blanks).

use super::columns::{AmountUnit, ColumnMap, Field, Overrides, is_bucket_header};
use super::grid::{CellRef, Grid, Row};
use super::values::parse_date;
use crate::error::{Position, quoted};
use chrono::NaiveDate;

/// How far down a sheet the header row is looked for first.
pub const HEADER_SEARCH_ROWS: usize = 40;

/// How far down a sheet the header row is looked for when neither the first
/// [`HEADER_SEARCH_ROWS`] rows nor their content give one: a report printed with
/// its selection criteria above the table (SAP lists them, a line each).
pub const HEADER_SEARCH_LONG: usize = 400;

/// The header row of a grid and its mapping.
#[derive(Debug, Clone)]
pub struct Header {
    /// Index of the header row in `grid.rows`.
    pub index: usize,
    /// The header texts, one per column.
    pub texts: Vec<String>,
    /// The columns mapped from them.
    pub map: ColumnMap,
}

impl Header {
    /// The header text of column `index` (empty past the last header).
    pub fn text(&self, index: usize) -> &str {
        self.texts.get(index).map_or("", String::as_str)
    }

    /// The index of the last column with a name (`None` for a header of no names).
    pub fn last_named(&self) -> Option<usize> {
        self.texts.iter().rposition(|t| !t.trim().is_empty())
    }

    /// `at` at `field`'s column when it is mapped (else `at` as it is).
    pub fn at_field(&self, at: Position, field: Field) -> Position {
        match self.map.index(field) {
            Some(i) => at.at_column(i, self.text(i)),
            None => at,
        }
    }
}

/// The header row: the row numbered `chosen` when given (`None` if the grid has
/// none), else among the first [`HEADER_SEARCH_ROWS`] rows the first one that
/// maps the most fields (at least two, or one and two aging buckets) — alone, or
/// as the lower of two rows of names (a column's name in the row above where the
/// lower row has none, as a name merged down over both rows is written; or with
/// the name of its group above it, [`grouped_names`]), which must map more. Header
/// cells are text. When none does, the same search down to row
/// [`HEADER_SEARCH_LONG`] over rows that hold no values, when it finds one naming
/// a date and an amount; else a header of names arlens does not know over
/// values ([`headers_by_content`]); else what the deeper search found.
pub fn find_header(grid: &Grid, overrides: &Overrides, chosen: Option<u64>) -> Option<Header> {
    if let Some(number) = chosen {
        let (index, row) = grid.rows.iter().enumerate().find(|(_, r)| r.number == number)?;
        let texts: Vec<String> = row.cells().map(|c| c.to_string()).collect();
        let map = ColumnMap::from_headers(&texts, overrides);
        return Some(Header { index, texts, map });
    }
    let mut read = super::vocabulary::HeaderWords::default();
    let first = grid.rows.iter().enumerate().take(HEADER_SEARCH_ROWS);
    // The deeper rows overlap the first by one: the lower of two header rows.
    let deeper =
        grid.rows.iter().enumerate().take(HEADER_SEARCH_LONG).skip(HEADER_SEARCH_ROWS.saturating_sub(1));
    if let Some(header) = best_header(&first.collect::<Vec<_>>(), overrides, &mut read) {
        return Some(header);
    }
    // Below the first rows, a row holding a date or an amount is data, not
    // looked at.
    let deeper: Vec<(usize, &Row)> = deeper.filter(|(_, r)| !holds_values(r)).collect();
    let deeper = best_header(&deeper, overrides, &mut read);
    // A deeper row whose words name a date and an amount is a ledger's header:
    // lines of selection criteria above it (`Company code 0001 | to | 0002`) may
    // look like names over values.
    match deeper {
        Some(header) if header.map.is_dated() && header.map.has_amounts() => Some(header),
        deeper => headers_by_content(grid, overrides).or(deeper),
    }
}

/// The header a refusal quotes when [`find_header`] finds none: among the first
/// [`HEADER_SEARCH_ROWS`] rows that are not blank, the first that names the most
/// fields (none, the first of them); `None` for a grid of blank rows.
pub(crate) fn likeliest_header(grid: &Grid, overrides: &Overrides) -> Option<Header> {
    let mut best: Option<Header> = None;
    for (index, row) in grid.rows.iter().enumerate().filter(|(_, r)| !r.is_blank()).take(HEADER_SEARCH_ROWS) {
        let texts: Vec<String> = row.cells().map(|c| c.to_string()).collect();
        let map = ColumnMap::from_headers(&texts, overrides);
        if best.as_ref().is_none_or(|b| map.score() > b.map.score()) {
            best = Some(Header { index, texts, map });
        }
    }
    best
}

/// Whether a cell of `row` is a number or a date, or text that reads as one.
fn holds_values(row: &Row) -> bool {
    // Every amount and date has a digit: text without one is ruled out at once.
    row.filled().any(|(_, c)| match c {
        CellRef::Number(_) | CellRef::Date(_) => true,
        _ => c.as_text().is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()) && reads_as_value(t)),
    })
}

/// Whether `text` reads as an amount (either decimal mark) or a date (in some order).
fn reads_as_value(text: &str) -> bool {
    parse_date(text, None) != Err(super::values::DateError::Invalid) || reads_as_amount(text)
}

/// The row among `rows` (index in the grid, row) that names the most fields, as
/// [`find_header`] says.
fn best_header(
    rows: &[(usize, &Row)],
    overrides: &Overrides,
    read: &mut super::vocabulary::HeaderWords,
) -> Option<Header> {
    let mut best: Option<Header> = None;
    let text_row = |row: &Row| {
        !row.is_blank()
            && !is_ruled(row)
            && !row.filled().any(|(_, c)| matches!(c, CellRef::Number(_) | CellRef::Date(_)))
    };
    for (at, &(index, row)) in rows.iter().enumerate() {
        if !text_row(row) {
            continue;
        }
        let texts: Vec<String> = row.cells().map(|c| c.to_string()).collect();
        let mut candidates = vec![(index, texts)];
        // A header in two rows (names merged down over both, group names over
        // the names below): each column's lower name, else its upper one.
        if let Some(&(below, next)) =
            rows.get(at.saturating_add(1)).filter(|(i, r)| *i == index.saturating_add(1) && text_row(r))
        {
            let width = row.width().max(next.width());
            let two: Vec<String> = (0..width)
                .map(|i| {
                    let lower = next.get(i).to_string();
                    if lower.trim().is_empty() { row.get(i).to_string() } else { lower }
                })
                .collect();
            candidates.push((below, two));
            if let Some(grouped) = grouped_names(row, next, width, read) {
                candidates.push((below, grouped));
            }
        }
        for (index, texts) in candidates {
            let map = ColumnMap::from_headers_read(&texts, overrides, read);
            let score = named(&map, &texts);
            // Two fields, or one and the aging buckets (`Date | … | 0-30 | 31-60`).
            if map.score() >= 1 && score >= 2 && best.as_ref().is_none_or(|b| score > named(&b.map, &b.texts))
            {
                best = Some(Header { index, texts, map });
            }
        }
    }
    best
}

/// A header in two rows whose upper row names groups of the columns below
/// (`Customer | | Invoice | | | Amount |` over `Code | Name | Number | Date | Due
/// date | Original | Outstanding`, a merged cell written in its first column):
/// each column's lower name with its group's, where the lower name alone names
/// no field specifically and the two together do (`Customer Code`, `Invoice
/// Number`; `Original Amount`, the group's name after), else as
/// [`best_header`]'s other candidate reads it. A group spans the columns after
/// it up to the next; `None` unless the upper row names two groups or more (a
/// lone title is no group) and some column gains.
fn grouped_names(
    upper: &Row,
    lower: &Row,
    width: usize,
    read: &mut super::vocabulary::HeaderWords,
) -> Option<Vec<String>> {
    if upper.filled().count() < 2 {
        return None;
    }
    let mut specific = |text: &str| read.read(text).fits.iter().any(|(known, _)| known.specific);
    let mut group = String::new();
    let mut gained = false;
    let mut texts = Vec::with_capacity(width);
    for i in 0..width {
        let over = upper.get(i).to_string();
        let over = over.trim();
        if !over.is_empty() {
            over.clone_into(&mut group);
        }
        let name = lower.get(i).to_string();
        let name = name.trim();
        if name.is_empty() {
            texts.push(over.to_owned());
            continue;
        }
        if group.is_empty() || specific(name) {
            texts.push(name.to_owned());
            continue;
        }
        let joined = [format!("{group} {name}"), format!("{name} {group}")].into_iter().find(|t| specific(t));
        gained |= joined.is_some();
        texts.push(joined.unwrap_or_else(|| name.to_owned()));
    }
    gained.then_some(texts)
}

/// How many of a header row's columns it names: the fields mapped, and the
/// aging buckets when it has two or more (an aged summary's `Überfällig` over
/// `1-30 Tage`, `31-60 Tage` in the row below names its buckets only as two
/// rows; a lone `Current` below a header is a section heading).
fn named(map: &ColumnMap, texts: &[String]) -> usize {
    // Words, or ranges of a few digits (`31-60`, `> 90`): not a data row's
    // numbers and dates (`10`, `2024-01-05`), which a header-like CSV row holds.
    let bucket = |t: &str| {
        let t = t.trim();
        let words = t.chars().any(char::is_alphabetic);
        let range = t.chars().all(|c| c.is_ascii_digit() || " -–~～+<>".contains(c))
            && t.split(|c: char| !c.is_ascii_digit()).all(|digits| digits.len() <= 3);
        !t.is_empty() && (words || range) && is_bucket_header(t)
    };
    let buckets = texts.iter().filter(|t| bucket(t)).count();
    if buckets >= 2 { map.score().saturating_add(buckets) } else { map.score() }
}

/// When no row's texts name two fields: the first row of text cells (three or
/// more, at most half of them reading as values) whose next row holds a number
/// or date where it has text — a header of names arlens does not know (`C1`,
/// `Column7`, another language), for the content to map (see [`super::infer`]).
fn headers_by_content(grid: &Grid, overrides: &Overrides) -> Option<Header> {
    let rows: Vec<(usize, &Row)> =
        grid.rows.iter().enumerate().take(HEADER_SEARCH_ROWS).filter(|(_, r)| !r.is_blank()).collect();
    rows.windows(2).find_map(|pair| {
        let [(index, row), (_, next)] = pair else { return None };
        let all_text = row.filled().all(|(_, c)| matches!(c, CellRef::Text(_)));
        // Names, not values: a CSV's data row is text too (`00000021 | 12/05/2026
        // | $440.00` above the next document's row).
        let own_values = row.filled().filter(|(_, c)| c.as_text().is_some_and(reads_as_value)).count();
        let valued = row
            .filled()
            .filter(|(i, _)| {
                let below = next.get(*i);
                matches!(below, CellRef::Number(_) | CellRef::Date(_))
                    || below.as_text().is_some_and(reads_as_value)
            })
            .count();
        let filled = row.filled().count();
        (all_text && valued >= 1 && filled >= 3 && own_values.saturating_mul(2) <= filled).then(|| {
            let texts: Vec<String> = row.cells().map(|c| c.to_string()).collect();
            let map = ColumnMap::from_headers(&texts, overrides);
            Header { index: *index, texts, map }
        })
    })
}

/// Words before a title's date that make it the report's date, in the languages of
/// the header tables (folded as [`super::vocabulary::folded`] folds them).
const DATE_BEFORE: [&str; 33] = [
    "as at",
    "as of",
    "as on",
    "report date",
    "stichtag",
    "per",
    "zum",
    "stand",
    "arrete au",
    "au",
    "a fecha",
    "fecha de corte",
    "al",
    "posicao em",
    "data base",
    "em",
    "alla data del",
    "peildatum",
    "op",
    "na dzien",
    "stan na",
    "pr",
    "ke dni",
    "k datu",
    "k",
    "tilanne",
    "по состоянию на",
    "на",
    "截至",
    "截止",
    "截止日期",
    "기준일",
    "基準日",
];

/// Words after a title's date that make it the report's date (`2026年6月30日現在`,
/// `30.06.2026 itibarıyla`, `2026-06-30 기준`).
const DATE_AFTER: [&str; 7] =
    ["tarihi itibariyla", "itibariyla", "itibariyle", "現在", "時点", "기준", "현재"];

/// Whether `marker` stands at `at` in `text` as a word of its own (CJK markers
/// anywhere: their scripts put no spaces between words).
fn whole_word(text: &str, at: usize, marker: &str) -> bool {
    let spaced = |c: char| c.is_alphanumeric() && (c as u32) < 0x2E80;
    if !marker.chars().all(|c| spaced(c) || c == ' ') {
        return true;
    }
    let before = text.get(..at).and_then(|t| t.chars().next_back());
    let after = text.get(at.saturating_add(marker.len())..).and_then(|t| t.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// The date that `text` starts with (`at_end`: ends with), of up to five words.
fn date_at(text: &str, at_end: bool) -> Option<NaiveDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=words.len().min(5)).rev().find_map(|n| {
        let part = if at_end { words.get(words.len().saturating_sub(n)..)? } else { words.get(..n)? };
        parse_date(&part.join(" "), None).ok()
    })
}

/// The report date in title rows: text such as "As at 31 March 2024",
/// "as of 03/31/2024", "Report date: 2024-03-31", "Stichtag 31.03.2024", "Balance
/// âgée au 30/06/2026", "Należności na dzień 30.06.2026 r.", "2026年6月30日現在",
/// "30.06.2026 itibarıyla", or a date cell next to a cell reading "As at".
/// Returns the first found.
pub fn report_date(titles: &[Row]) -> Option<NaiveDate> {
    for row in titles {
        for (i, cell) in row.filled() {
            let Some(text) = cell.as_text() else { continue };
            let folded = super::vocabulary::folded(text);
            for marker in DATE_BEFORE {
                for (pos, _) in folded.match_indices(marker).filter(|(p, _)| whole_word(&folded, *p, marker))
                {
                    let rest = folded.get(pos.saturating_add(marker.len())..).unwrap_or_default();
                    // `：` is the colon CJK text writes (`截止日期：2026年6月30日`).
                    let rest = rest.trim_start_matches([':', '：', ' ', '.']).trim();
                    if rest.is_empty() {
                        let next = row.get(i.saturating_add(1));
                        if let CellRef::Date(d) = next {
                            return Some(d);
                        }
                        if let Some(d) = next.as_text().and_then(|t| parse_date(t, None).ok()) {
                            return Some(d);
                        }
                    } else if let Some(d) = date_at(rest, false) {
                        return Some(d);
                    }
                }
            }
            for marker in DATE_AFTER {
                for (pos, _) in folded.match_indices(marker).filter(|(p, _)| whole_word(&folded, *p, marker))
                {
                    if let Some(d) = date_at(folded.get(..pos).unwrap_or_default(), true) {
                        return Some(d);
                    }
                }
            }
        }
    }
    None
}

/// The currency the title rows above the header name, with its row and the
/// text naming it: a label and its value (`Währung: EUR`, `Currency | USD`), an
/// ISO code in brackets (`(USD)`) or after a word for "in" (`amounts in USD`,
/// `Montants en EUR`, `Beträge in EUR`). `None` when no title names one, or
/// when two name different ones. A code alone in a title is not taken: titles
/// are often in capitals, and `ALL` (customers) is the lek's code.
pub(crate) fn title_currency(titles: &[Row]) -> Option<(String, u64, String)> {
    let mut found: Option<(String, u64, String)> = None;
    for row in titles {
        let texts: Vec<&str> = row.filled().filter_map(|(_, c)| c.as_text()).collect();
        for (k, text) in texts.iter().enumerate() {
            // The label and its value in one text, or in this cell and the next.
            let labelled = || {
                if let Some((_, Some(code))) = unit_label(text) {
                    return Some((code, text.to_string()));
                }
                let (label, value, shown) = match text.split_once([':', '：']) {
                    Some((label, value)) if !value.trim().is_empty() => {
                        (label, value.trim(), text.to_string())
                    }
                    _ => {
                        let value = *texts.get(k.saturating_add(1))?;
                        (text.trim_end_matches([':', '：']), value, format!("{text} {value}"))
                    }
                };
                let code = super::values::parse_currency(value).ok();
                code.filter(|_| super::vocabulary::names_field(label, Field::Currency)).map(|c| (c, shown))
            };
            let in_words = || code_in_title(text).map(|c| (c, text.to_string()));
            let Some((code, shown)) = labelled().or_else(in_words) else { continue };
            match &found {
                Some((known, ..)) if *known != code => return None,
                Some(_) => {}
                None => found = Some((code, row.number, shown)),
            }
        }
    }
    found
}

/// Labels of the unit amounts are written in (`单位：元`, `単位：千円`, `단위: 천원`,
/// `Units: thousands`), written before a colon.
const UNIT_LABELS: [&str; 8] = ["单位", "單位", "単位", "金额单位", "金額単位", "단위", "unit", "units"];

/// A unit label and its value in one text, brackets around it or not
/// (`（单位：万元）`, `単位：千円`, `Units: EUR thousands`): the unit its value
/// names (`千` thousands, `万` ten thousands, `百万` millions, or a unit word),
/// if any, and the currency, if any.
fn unit_label(text: &str) -> Option<(Option<AmountUnit>, Option<String>)> {
    let inner = text.trim().trim_matches(['(', ')', '（', '）', '[', ']', '【', '】']);
    let (label, value) = inner.split_once([':', '：'])?;
    let label = label.trim();
    if !UNIT_LABELS.iter().any(|l| l.eq_ignore_ascii_case(label)) {
        return None;
    }
    let value = value.trim();
    // Units written before the currency in the CJK scripts; a unit word (`Mio`,
    // `thousands`, `TEUR`) is found by the header words below.
    const PREFIXES: [(&str, AmountUnit); 7] = [
        ("百万", AmountUnit::Millions),
        ("千", AmountUnit::Thousands),
        ("万", AmountUnit::TenThousands),
        ("萬", AmountUnit::TenThousands),
        ("백만", AmountUnit::Millions),
        ("천", AmountUnit::Thousands),
        ("만", AmountUnit::TenThousands),
    ];
    let (unit, rest) = PREFIXES
        .iter()
        .find_map(|(prefix, unit)| value.strip_prefix(prefix).map(|rest| (Some(*unit), rest)))
        .unwrap_or((None, value));
    let rest = rest.trim();
    let code = super::values::parse_currency(rest).ok().or_else(|| {
        // `人民币元`, `韩元`: a currency's name and the word for its unit.
        rest.strip_suffix('元').and_then(|name| super::values::parse_currency(name).ok())
    });
    let words = (unit.is_none()).then(|| super::vocabulary::words(value));
    let unit = unit.or_else(|| words.as_ref().and_then(|w| w.unit));
    let code = code.or_else(|| words.and_then(|w| w.currency).map(str::to_owned));
    (unit.is_some() || code.is_some()).then_some((unit, code))
}

/// The unit the title rows above the header say amounts are written in, with
/// its row and the text saying it: a unit label and its value (`（单位：万元）`,
/// `単位：千円`, `Units: thousands`), or a title naming a unit as such
/// ([`unit_in_title`]: `Amounts in thousands`, `EUR '000`, `in TEUR`,
/// `(en milliers d'euros)`). `None` when no title names one, or when two name
/// different ones.
pub(crate) fn title_unit(titles: &[Row]) -> Option<(AmountUnit, u64, String)> {
    let mut found: Option<(AmountUnit, u64, String)> = None;
    for row in titles {
        for text in row.filled().filter_map(|(_, c)| c.as_text()) {
            let unit = match unit_label(text) {
                Some((unit, _)) => unit,
                None => unit_in_title(text),
            };
            let Some(unit) = unit else { continue };
            match &found {
                Some((known, ..)) if *known != unit => return None,
                Some(_) => {}
                None => found = Some((unit, row.number, text.to_owned())),
            }
        }
    }
    found
}

/// Each word of `text` (its letters and digits) with the byte where it starts
/// (separators may be several bytes: `（`).
fn words_at(text: &str) -> Vec<(usize, &str)> {
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                words.extend(text.get(from..at).map(|word| (from, word)));
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Whether `word` is a word for "in" (`amounts in USD`, `en milliers`, `w tys.`).
fn is_in(word: &str) -> bool {
    const IN: [&str; 12] = ["in", "en", "em", "im", "w", "v", "i", "в", "на", "με", "dalam", "trong"];
    IN.iter().any(|i| word.eq_ignore_ascii_case(i))
}

/// The unit a title's words name as a unit: a unit word after a word for "in"
/// (a currency's code between them or not: `in EUR thousands`), in brackets
/// (`(thousands)`), or a unit that can be nothing else (`'000`, `000s`, `TEUR`,
/// `kUSD`). A unit word alone is not taken: `Mio` may be a company's name.
fn unit_in_title(text: &str) -> Option<AmountUnit> {
    let words = words_at(text);
    for (k, &(at, word)) in words.iter().enumerate() {
        let lower = word.to_lowercase();
        let Some((unit, code)) = super::vocabulary::unit_word(&lower) else { continue };
        let plain = code.is_some() || lower.starts_with("000");
        // The word before, passing over a currency's code (`in EUR thousands`).
        let mut before = words.get(..k).unwrap_or_default().iter().rev();
        let previous = before.next().map(|&(_, w)| w);
        let previous = match previous {
            Some(w) if crate::money::iso_code(&w.to_ascii_uppercase()).is_some() && w.len() == 3 => {
                before.next().map(|&(_, w)| w).or(Some(w))
            }
            other => other,
        };
        let bracketed = text.get(..at).is_some_and(|b| b.trim_end().ends_with(['(', '[', '（']));
        if plain || bracketed || previous.is_some_and(is_in) {
            return Some(unit);
        }
    }
    None
}

/// An ISO code in `text` in brackets or after a word for "in", a unit between
/// them or not (`in EUR`, `in Tsd. EUR`; see [`title_currency`]).
fn code_in_title(text: &str) -> Option<String> {
    let mut previous: Option<&str> = None;
    for (at, word) in words_at(text) {
        if word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase()) {
            let bracketed =
                text.get(..at).is_some_and(|before| before.trim_end().ends_with(['(', '[', '（']));
            let after_in = previous.is_some_and(is_in);
            if let Some(code) = crate::money::iso_code(word).filter(|_| bracketed || after_in) {
                return Some(code.to_owned());
            }
        }
        // A symbol after the word for "in" and a unit (`w tys. zł`, `в тыс. руб.`).
        if let Some(code) = super::vocabulary::symbol_currency(word).filter(|_| previous.is_some_and(is_in)) {
            return Some(code.to_owned());
        }
        // A unit between the word for "in" and the code (`in Tsd. EUR`, `en milliers EUR`).
        if !previous.is_some_and(is_in) || super::vocabulary::unit_word(word).is_none() {
            previous = Some(word);
        }
    }
    None
}

/// What a row below the header is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowClass {
    /// A ledger row.
    Data,
    /// Nothing in it.
    Blank,
    /// A heading alone on its row: a customer name, a bucket name.
    Section(String),
    /// A subtotal ("Total for Acme Ltd", "Acme Ltd Total").
    Subtotal(String),
    /// The grand total ("TOTAL", "Grand Total").
    GrandTotal(String),
    /// A "Percentage of total" row.
    Percentage(String),
    /// The header row again (a printed report's page break, reports joined).
    RepeatedHeader,
    /// A title line of the report above its header again (a printed report's
    /// page break: `Page: 2`), told by [`title_shape`].
    RepeatedTitle(String),
    /// An account's opening balance with no date and no document (`Opening
    /// Balance`, `Saldovortrag`: [`is_opening_balance`]): read as a document
    /// dated as the next row of its section.
    Opening(String),
}

impl RowClass {
    /// Whether the row may be its section's subtotal when a cell names the
    /// section's customer: data, a grand total, or a total with no label.
    pub(crate) fn may_total_a_section(&self) -> bool {
        match self {
            RowClass::Data | RowClass::GrandTotal(_) => true,
            RowClass::Subtotal(label) => label.is_empty(),
            _ => false,
        }
    }

    /// Why a row of this class is not imported, for the report.
    pub fn reason(&self) -> Option<String> {
        match self {
            RowClass::Data | RowClass::Blank | RowClass::Opening(_) => None,
            RowClass::Section(t) => Some(format!("section heading {}", quoted(t))),
            RowClass::Subtotal(t) if t.is_empty() => {
                Some("total row (amounts with no date, no document and no label)".to_owned())
            }
            RowClass::Subtotal(t) => Some(format!("subtotal row {}", quoted(t))),
            RowClass::GrandTotal(t) => Some(format!("grand total row {}", quoted(t))),
            RowClass::Percentage(t) => Some(format!("percentage row {}", quoted(t))),
            RowClass::RepeatedHeader => {
                Some("the header row again (a page break of a printed report, or files joined)".to_owned())
            }
            RowClass::RepeatedTitle(t) => {
                Some(format!("the report's title {} again (a page break of a printed report)", quoted(t)))
            }
        }
    }
}

/// A title line's text without its digits and white space: what a printed
/// report's title keeps from page to page (`Page: 1`, `Page: 2`). Empty for a
/// text of fewer than four other characters, which tells nothing.
pub(crate) fn title_shape(text: &str) -> String {
    let shape: String = text.chars().filter(|c| !c.is_ascii_digit() && !c.is_whitespace()).collect();
    if shape.chars().count() < 4 { String::new() } else { shape }
}

/// A cheap first look, without allocating: only text mentioning "total",
/// "totaal", "summe" or "%" can mark a total or percentage row.
///
/// Every row's texts come here at once, so the places worth a look are found
/// eight bytes at a time: where `to` or `su` (in any case) or `%` starts. A
/// `memchr` for `t`, `T` and `%`, then for `s` and `S`, stopped at every such
/// letter of every name (9% of opening a 100k-row CSV in WebAssembly, where it
/// reads four bytes at a time).
pub(crate) fn may_mark_total(text: &str) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const CASE: u64 = 0x2020_2020_2020_2020;
    // The top bit of each byte of `x` that equals `c`, and no other bit.
    let equal = |x: u64, c: u8| {
        let y = x ^ ONES.wrapping_mul(u64::from(c));
        !((y & LOW).wrapping_add(LOW) | y | LOW)
    };
    let bytes = text.as_bytes();
    let at = |i: usize, word: &[u8]| {
        bytes.get(i..i.saturating_add(word.len())).is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    // Each word looked for only where its first letter is.
    let marks = |i: usize| match bytes.get(i) {
        Some(b'%') => true,
        Some(b't' | b'T') => at(i, b"total") || at(i, b"totaal"),
        Some(b's' | b'S') => at(i, b"summe"),
        _ => false,
    };
    let mut start = 0usize;
    // Each window: the eight bytes from `start` and, one byte on, the bytes after
    // them (a letter's case is its 0x20 bit: `T | 0x20` is `t`, and only `T` and
    // `t` give `t`, as for `o`, `s` and `u`).
    for window in bytes.windows(9).step_by(8) {
        let word = |from: usize| {
            window
                .get(from..from.saturating_add(8))
                .and_then(|w| <[u8; 8]>::try_from(w).ok())
                .map_or(0, u64::from_le_bytes)
        };
        let (here, next) = (word(0), word(1));
        let (lower, next_lower) = (here | CASE, next | CASE);
        let mut places = (equal(lower, b't') & equal(next_lower, b'o'))
            | (equal(lower, b's') & equal(next_lower, b'u'))
            | equal(here, b'%');
        while places != 0 {
            if marks(start.saturating_add((places.trailing_zeros() / 8) as usize)) {
                return true;
            }
            places &= places.wrapping_sub(1);
        }
        start = start.saturating_add(8);
    }
    (start..bytes.len()).any(marks)
}

/// A total's label in the header tables' other languages, lower-cased, as a
/// row's first text gives it alone (`Razem`, `Toplam`, `Итого`, `合計`): the
/// words [`may_mark_total`] looks for are English, Dutch and German. With a
/// ledger's closing balance (Tally's last line, under `Current Total`).
const OTHER_TOTALS: [&str; 45] = [
    "closing balance",
    "balance c/f",
    "razem",
    "suma",
    "ogółem",
    "toplam",
    "genel toplam",
    "итого",
    "всего",
    "итог",
    "разом",
    "усього",
    "合計",
    "合计",
    "总计",
    "總計",
    "小計",
    "小计",
    "합계",
    "총계",
    "yhteensä",
    "celkem",
    "celkom",
    "spolu",
    "összesen",
    "jumlah",
    "tổng cộng",
    "tổng",
    "σύνολο",
    "סה\"כ",
    "סך הכל",
    "المجموع",
    "الإجمالي",
    "مجموع",
    "جمع",
    "รวม",
    "ukupno",
    "skupaj",
    "общо",
    "kopā",
    "iš viso",
    "kokku",
    "summa",
    "i alt",
    "insgesamt",
];

/// The first text of `row`, when it labels a total alone in a language whose
/// totals [`may_mark_total`] does not look for ([`OTHER_TOTALS`]). One look
/// per row, at one short text.
pub(crate) fn labels_total(row: &Row) -> Option<&str> {
    let text = row.filled().find_map(|(_, c)| c.as_text())?;
    let label = text.trim().trim_end_matches(':').trim_end();
    if label.is_empty() || label.len() > 24 {
        return None;
    }
    // Compared letter by letter in lower case, no text made for each row, and
    // only with the labels that start with its first letter (decoded, not by
    // `starts_with`, whose byte comparison calls `memcmp` for each label).
    let first = label.chars().next()?.to_lowercase().next()?;
    let same = |total: &str| label.chars().flat_map(char::to_lowercase).eq(total.chars());
    let starts = |total: &str| matches!(total.chars().next(), Some(c) if c == first);
    OTHER_TOTALS.iter().any(|total| starts(total) && same(total)).then_some(text)
}

/// Whether `row` is a total: its first text marks one, in English or another
/// language ([`is_total_text`], [`labels_total`]).
pub(crate) fn marks_total(row: &Row) -> bool {
    labels_total(row).is_some()
        || row
            .filled()
            .find_map(|(_, c)| c.as_text())
            .is_some_and(|t| may_mark_total(t) && is_total_text(&t.to_lowercase()).is_some())
}

fn is_total_text(lower: &str) -> Option<bool> {
    // Some(true): grand total; Some(false): subtotal.
    let l = lower.trim().trim_end_matches(':');
    match l {
        "total" | "grand total" | "grand totals" | "report total" | "total ar" | "total receivables"
        | "gesamtsumme" | "total geral" | "total general" | "total général" | "totale"
        | "totale generale" | "totaal" | "eindtotaal" | "totaal generaal" => Some(true),
        "totals" | "summe" => Some(false),
        _ if l.starts_with("total for ")
            || l.starts_with("total ")
            || l.ends_with(" total")
            || l.ends_with(" totals")
            || l.starts_with("subtotal") =>
        {
            Some(false)
        }
        _ => None,
    }
}

/// Classifies a row below the header. A lone text that is not a date is a
/// section heading; a row is data when it has an invoice date or any amount. Texts
/// starting or ending with "Total" mark subtotals and grand totals wherever
/// they stand, since exports put them in the first column or the name column.
/// `map` is the mapping's table of columns ([`ColumnMap::table`]), made once for many rows.
pub(crate) fn classify(row: &Row, map: &super::columns::FieldColumns<'_>) -> RowClass {
    if row.is_blank() {
        return RowClass::Blank;
    }
    // A row's texts kept together are looked at once: most rows mark no total
    // anywhere (a mark across two cells' texts only sends the row to the cells).
    let cells = if row.joined_text().is_none_or(may_mark_total) { Some(row.filled()) } else { None };
    for (_, cell) in cells.into_iter().flatten() {
        if let Some(text) = cell.as_text().filter(|t| may_mark_total(t)) {
            let lower = text.to_lowercase();
            if lower.contains("percentage of total") || lower.starts_with("% of total") {
                return RowClass::Percentage(text.to_owned());
            }
            // A total marker in an id or name column of a data-looking row still counts.
            match is_total_text(&lower) {
                Some(true) => return RowClass::GrandTotal(text.to_owned()),
                Some(false) => return RowClass::Subtotal(text.to_owned()),
                None => {}
            }
        }
    }
    let filled = |f: Field| map.index(f).is_some_and(|i| !row.get(i).is_empty());
    let amounts = [Field::Amount, Field::OpenBalance, Field::Debit, Field::Credit, Field::AmountPaid];
    let has_amount = amounts.into_iter().any(filled);
    // The date's cell, read once (most rows are documents with a date).
    let date = map.index(Field::InvoiceDate).map(|i| row.get(i));
    let dated = date.is_some_and(|c| !c.is_empty());
    // An account's opening balance, with no date of its own (its label may stand in
    // the document column: Odoo's `Initial Balance`): no total of the rows above.
    // Only where dates are given (a file without them would look at every row).
    if date.is_some()
        && !dated
        && has_amount
        && let Some(text) = opening_label(row)
    {
        return RowClass::Opening(text);
    }
    // A total labelled in another language: looked for only on rows without a
    // date or a document (an aged summary's, or one the rule below would miss).
    if !dated
        && !filled(Field::DocumentId)
        && let Some(text) = labels_total(row)
    {
        return RowClass::GrandTotal(text.to_owned());
    }
    let mut cells = row.filled();
    if let (Some((at, CellRef::Text(text))), None) = (cells.next(), cells.next())
        && !is_rule(text)
        // A number alone under an amount header is a total with no label.
        && !(amounts.into_iter().any(|f| map.index(f) == Some(at)) && reads_as_amount(text))
        && parse_date(text, Some(super::values::DateOrder::Dmy)).is_err()
        && parse_date(text, Some(super::values::DateOrder::Mdy)).is_err()
    {
        return RowClass::Section(text.to_string());
    }
    let invoice_level = date.is_some() || map.index(Field::DocumentId).is_some();
    if invoice_level && has_amount && !dated && !filled(Field::DocumentId) {
        // Amounts with no date and no document: a party subtotal (ERPNext) or a
        // per-currency total (SAP, Tally).
        let label = [Field::CustomerName, Field::CustomerId, Field::Currency]
            .into_iter()
            .find_map(|f| map.index(f).map(|i| row.get(i).to_string()).filter(|t| !t.is_empty()));
        // SAP's list output marks a block's totals `*` in the first column, and the
        // totals of all blocks `**`.
        let starred = row.filled().next().and_then(|(_, c)| c.as_text()).map(str::trim) == Some("*");
        // With no label, the total of the rows since the last total or of all
        // rows above (an export's group totals and its grand total look alike).
        return match label {
            Some(text) if filled(Field::CustomerName) || filled(Field::CustomerId) || starred => {
                RowClass::Subtotal(text)
            }
            Some(text) => RowClass::GrandTotal(text),
            None => RowClass::Subtotal(String::new()),
        };
    }
    if dated || has_amount {
        // A rule drawn under a header in every column (a fixed-width report's) is no
        // data though its dashes fill the date and amount columns: looked for only
        // when the date's (else the first amount's) cell starts as a rule does
        // (every data row would pay for the look).
        let first = date.or_else(|| amounts.into_iter().find_map(|f| map.index(f)).map(|i| row.get(i)));
        let dashed = first.and_then(CellRef::as_text).is_some_and(|t| t.starts_with(['-', '=']));
        if dashed && is_ruled(row) {
            return RowClass::Blank;
        }
        return RowClass::Data;
    }
    if is_ruled(row) {
        return RowClass::Blank;
    }
    let text = row.filled().map(|(_, c)| c.to_string()).collect::<Vec<_>>().join(" ");
    RowClass::Section(text)
}

/// Whether `text` reads as an amount with either decimal mark (the file's is
/// decided after the rows are classified).
fn reads_as_amount(text: &str) -> bool {
    use super::values::{DecimalMark, parse_amount};
    parse_amount(text, DecimalMark::Point).is_ok() || parse_amount(text, DecimalMark::Comma).is_ok()
}

/// How statements and account sheets name an account's balance carried in from
/// the period before (lower case): `Opening balance`, `Balance b/f`, Odoo's `Initial Balance`,
/// `Saldovortrag`, `Report à nouveau`, `Saldo anterior`, `Остаток на начало`,
/// `期初余额`.
const OPENING_BALANCE: [&str; 44] = [
    "opening balance",
    "balance b/f",
    "balance b/fwd",
    "balance brought forward",
    "brought forward",
    "balance forward",
    "beginning balance",
    "initial balance",
    "starting balance",
    "b/f",
    "b/fwd",
    "saldovortrag",
    "anfangsbestand",
    "anfangssaldo",
    "eröffnungssaldo",
    "eb-wert",
    "report à nouveau",
    "solde reporté",
    "solde initial",
    "solde d'ouverture",
    "saldo anterior",
    "saldo inicial",
    "saldo iniziale",
    "saldo di apertura",
    "saldo precedente",
    "beginsaldo",
    "openingssaldo",
    "saldo początkowe",
    "bilans otwarcia",
    "počáteční stav",
    "остаток на начало",
    "сальдо на начало",
    "начальное сальдо",
    "входящее сальдо",
    "devreden bakiye",
    "devir bakiyesi",
    "ingående saldo",
    "ingående balans",
    "primosaldo",
    "inngående saldo",
    "alkusaldo",
    "期初余额",
    "前期繰越",
    "기초잔액",
];

/// The text of `row` naming an opening balance ([`is_opening_balance`]), if
/// any: looked for only on rows with no date (out of the way of the rows that
/// have one).
#[cold]
#[inline(never)]
pub(crate) fn opening_label(row: &Row) -> Option<String> {
    row.filled().find_map(|(_, c)| c.as_text().filter(|t| is_opening_balance(t)).map(str::to_owned))
}

/// Whether `text` names an account's opening balance ([`OPENING_BALANCE`]),
/// alone or followed by a date or a colon (`Opening balance 01/04/2026`);
/// `Closing balance`, `Balance` are not.
pub(crate) fn is_opening_balance(text: &str) -> bool {
    let t = text.trim();
    if t.len() < 3 || !t.starts_with(char::is_alphabetic) {
        return false;
    }
    let lower = t.to_lowercase();
    OPENING_BALANCE.iter().any(|phrase| {
        lower.strip_prefix(phrase).is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// The text of `row` when it is the row's one filled cell: a heading's.
pub(crate) fn lone_text(row: &Row) -> Option<&str> {
    let mut texts = row.filled().map(|(_, c)| c.as_text());
    match (texts.next(), texts.next()) {
        (Some(Some(text)), None) => Some(text),
        _ => None,
    }
}

/// Whether `row` closes or opens a block of rows rather than being one: a lone
/// text (a heading: a customer's name) or a text marking a total.
pub(crate) fn breaks_block(row: &Row) -> bool {
    if lone_text(row).is_some() {
        return true;
    }
    row.filled().any(|(_, c)| {
        c.as_text().is_some_and(|t| may_mark_total(t) && is_total_text(&t.to_lowercase()).is_some())
    })
}

/// Whether `text` is a rule drawn in characters (`-----`, `=====`, `+----+`,
/// `_____`, `·····`): three of them at least, and nothing else but spaces.
pub(crate) fn is_rule(text: &str) -> bool {
    let rule = |c: char| "-=_~*+|.#─━═·".contains(c);
    // Most texts fail at their first character.
    text.chars().all(|c| rule(c) || c.is_whitespace())
        && text.chars().filter(|c| !c.is_whitespace()).count() >= 3
}

/// Whether every filled cell of `row` is a rule ([`is_rule`]): the lines a
/// printed report (SAP's list output, a text export) draws between its parts,
/// read as blank rows rather than headings.
pub(crate) fn is_ruled(row: &Row) -> bool {
    let mut filled = row.filled().peekable();
    filled.peek().is_some() && filled.all(|(_, c)| c.as_text().is_some_and(is_rule))
}

/// Whether `row` repeats the header row `texts`: every header text in its
/// column, as written but for case and spaces, and nothing else in the row.
/// Cheap for a data row: its first header column's cell differs at once.
pub(crate) fn repeats_header(row: &Row, texts: &[String]) -> bool {
    let same = |i: usize, text: &str| {
        row.get(i).as_text().is_some_and(|t| t.trim().eq_ignore_ascii_case(text.trim()))
    };
    let mut headed = texts.iter().enumerate().filter(|(_, t)| !t.trim().is_empty());
    let Some((first, text)) = headed.next() else { return false };
    same(first, text)
        && headed.all(|(i, t)| same(i, t))
        && row.filled().all(|(i, _)| texts.get(i).is_some_and(|t| !t.trim().is_empty()))
}

/// The customer a section heading names: the text after `Name:` when there is
/// one (Sage's `A/C: ACME01  Name: Acme Ltd`), else the whole heading.
pub fn section_customer(text: &str) -> String {
    match text.split_once("Name:") {
        Some((_, rest)) => rest.split("  ").next().unwrap_or(rest).trim().to_owned(),
        None => text.trim().to_owned(),
    }
}

/// The customer a heading row names as a printed report's block head writes it:
/// a label naming the customer (`Customer`, `Kunde`, `Debitor`, `Name`) and its
/// value (`Customer   100045`, `Name: Müller GmbH`, or the two in cells of their
/// own), with whether the label names the customer specifically (`Customer`, not
/// `Name`, `Account` or `Firma`, which may be the seller's or a ledger account's).
/// `None` for a lone text (`Acme Ltd`) or another label's value (`City
/// Stuttgart`, `Company Code   1000`).
pub(crate) fn customer_heading(row: &Row) -> Option<(String, bool)> {
    let mut filled = row.filled().filter_map(|(_, c)| c.as_text().map(str::trim));
    let (label, value) = match (filled.next(), filled.next(), filled.next()) {
        (Some(label), Some(value), None) => (label.trim_end_matches(':').trim(), value),
        (Some(text), None, None) => {
            let cut = [text.find(':'), text.find("  "), text.find('\t')].into_iter().flatten().min()?;
            let (label, rest) = text.split_at(cut);
            let rest = rest.trim_start_matches(':').trim();
            (label.trim(), rest.split("  ").next().unwrap_or(rest).trim())
        }
        _ => return None,
    };
    if label.is_empty() || value.is_empty() {
        return None;
    }
    let fits = super::vocabulary::fits(&super::vocabulary::words(label));
    let named: Vec<bool> = fits
        .iter()
        .filter(|(k, _)| matches!(k.field, Field::CustomerId | Field::CustomerName))
        .map(|(k, _)| k.specific)
        .collect();
    (!named.is_empty()).then(|| (value.to_owned(), named.contains(&true)))
}

/// The account a ledger account's titles name: the line printed above the
/// `Ledger Account` title (Tally's party ledger, under the company's own name
/// and address), with its row number. `None` when no title line is one.
///
/// ```text
/// "Acme Traders Pvt Ltd" / "Ledger Account" / "1-Apr-2026 to 30-Jun-2026" → "Acme Traders Pvt Ltd"
/// ```
pub(crate) fn ledger_account(titles: &[Row]) -> Option<(String, u64)> {
    const TITLES: [&str; 5] =
        ["ledger account", "ledger vouchers", "account ledger", "party ledger", "ledger statement"];
    let at = titles.iter().position(|row| {
        lone_text(row).is_some_and(|t| TITLES.iter().any(|w| t.trim().eq_ignore_ascii_case(w)))
    })?;
    let above = titles.get(..at)?.iter().rev().find(|row| !row.is_blank())?;
    let name = lone_text(above)?.trim();
    (!name.is_empty() && report_date(std::slice::from_ref(above)).is_none())
        .then(|| (name.to_owned(), above.number))
}

/// The account the titles above a header name: a ledger account's
/// ([`ledger_account`]) or a label naming the customer specifically
/// (`Customer: Acme Ltd`, `Kunde   Müller AG`; see [`customer_heading`]), not a
/// report's selection (`Customer: All`, `Customer: A001 to Z999`).
pub(crate) fn title_account(titles: &[Row]) -> Option<(String, u64)> {
    ledger_account(titles).or_else(|| {
        titles.iter().find_map(|row| {
            customer_heading(row)
                .filter(|(value, specific)| *specific && !is_selection(value))
                .map(|(value, _)| (value, row.number))
        })
    })
}

/// Whether a title's value is a report's selection rather than one account:
/// all of them (`All`, `(All)`, `All Customers`, `Alle`, `Todos`), a range
/// (`A001 to Z999`, `1000 - 1999`, `von … bis …`), or a pattern (`*`, `A*`).
fn is_selection(value: &str) -> bool {
    const ALL: [&str; 14] = [
        "all", "alle", "todos", "todas", "tous", "toutes", "tutti", "tutte", "alla", "kaikki", "wszyscy",
        "všichni", "hepsi", "все",
    ];
    let lower = value.trim().to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    lower.contains('*')
        || lower.starts_with('(')
        || words.first().is_some_and(|w| ALL.contains(w))
        || words.iter().any(|w| matches!(*w, "to" | "bis" | "through" | "thru" | "hasta" | "até"))
        || lower.contains(" - ")
}

/// Whether a heading's value is an account code (`100045`, `C-12`: a digit, no
/// space) rather than a name: a block head that gives both is named by the name.
pub(crate) fn is_code_text(value: &str) -> bool {
    value.bytes().any(|b| b.is_ascii_digit()) && !value.contains(char::is_whitespace)
}

/// Whether a section heading names a bucket ("Current", "1 - 30 days past due",
/// "91 or more days past due") rather than a customer.
pub fn is_bucket_section(text: &str) -> bool {
    let lower = text.to_lowercase();
    is_bucket_header(text)
        || lower.contains("days past due")
        || lower.contains("days overdue")
        || lower == "current"
}

#[cfg(test)]
mod tests {
    use super::{is_opening_balance, may_mark_total};

    /// The plain reading of what `may_mark_total` looks for.
    fn mentions_total(text: &str) -> bool {
        let lower = text.to_ascii_lowercase();
        ["%", "total", "totaal", "summe"].iter().any(|w| lower.contains(w))
    }

    #[test]
    fn total_words_are_found_anywhere_in_any_case() {
        for text in ["Total", "TOTAL", "Grand total", "x totaal", "Summe:", "12%", "Subtotal Acme", "toTAl"] {
            assert!(may_mark_total(text) && mentions_total(text), "{text}");
        }
        for text in ["", "Tota", "tot al", "Sum", "Acme Textiles", "Nordic Media 5 BV", "tötal", "summ"] {
            assert!(!may_mark_total(text) && !mentions_total(text), "{text}");
        }
    }

    #[test]
    fn opening_balances_are_told_from_names_and_other_balances() {
        for text in [
            "Opening Balance",
            "Balance b/f",
            "B/Fwd",
            "Saldovortrag 2025",
            "Opening balance: 01/04/2026",
            "期初余额",
        ] {
            assert!(is_opening_balance(text), "{text}");
        }
        // Company names beginning alike, other balances.
        for text in ["Closing Balance", "Balance", "Devir Tekstil A.Ş.", "Vortragswerk GmbH", "B/Fab Ltd", ""]
        {
            assert!(!is_opening_balance(text), "{text}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_search_finds_what_a_plain_reading_finds(text in "[tTsSoOaAlLuUmMeE% é\u{5}ÔŤ-]{0,40}") {
            proptest::prop_assert_eq!(may_mark_total(&text), mentions_total(&text));
        }
    }
}
