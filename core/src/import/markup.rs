//! Spreadsheets written as markup instead of as workbooks: an HTML page of
//! tables saved as `.xls` (the "Excel" export of many web applications and
//! report servers) and Excel 2003 XML (SpreadsheetML). Each HTML table, each
//! SpreadsheetML worksheet, becomes a grid, read from then on as a workbook's
//! sheets are.
//!
//! HTML: a table's rows are its `<tr>`s; a cell is a `<td>` or `<th>`, its
//! text with runs of spaces, no-break spaces and line breaks made one space
//! (`<br>` and paragraphs included); `colspan` leaves the columns it spans
//! empty after the cell, and `rowspan` repeats the cell's text in the rows
//! below (a customer's name written once beside its invoices names each of
//! them). A table inside a cell is a table of its own. The lines of text above
//! a table (headings, paragraphs: a report's title and date written outside
//! it) are its first rows, one cell each, as title rows above a sheet's header
//! are; the table's rows are numbered after them, from 1. Cells are text,
//! typed as a delimited text file's are. The page's encoding is its byte order
//! mark, else its `<meta>` charset, else UTF-8 when the bytes are, else the
//! legacy code page the bytes look like.
//!
//! A web archive (MHTML: Excel's "Single File Web Page", SAP GUI's "Excel in
//! MHTML format", a browser's saved page) is read as the HTML page it holds:
//! its first HTML part, decoded from its transfer encoding and charset.
//!
//! SpreadsheetML: `Worksheet`s (named by `ss:Name`) of `Row`s of `Cell`s, with
//! `ss:Index` skipping rows and columns and `ss:MergeAcross` spanning columns;
//! a cell's `Data` is typed by `ss:Type`: `Number` a number cell, `DateTime` a
//! date cell (the time of day dropped), `Boolean` and `Error` as such, and
//! anything else text.

use super::grid::{Cell, Grid};
use super::sheet::{Read, SheetRows};
use crate::error::{Error, ErrorKind, Position};
use crate::file::Format;
use crate::limits::ImportLimits;
use chrono::NaiveDate;
use std::borrow::Cow;

/// The grids of a markup file (see the module docs): every table's or
/// worksheet's name (in file order), the grids read (only the one named `only`
/// when given), and the text encoding with whether any byte was not valid in it.
pub(super) fn read_sheets(
    bytes: &[u8],
    format: Format,
    file: &Position,
    limits: &ImportLimits,
    only: Option<&str>,
) -> Result<Markup, Error> {
    if format == Format::Html
        && let Some(archive) = web_archive(bytes)
    {
        let Some((text, encoding)) = archive else {
            let message = "a web archive (MHTML) with no HTML page in it".to_owned();
            return Err(Error::new(ErrorKind::Markup { format, message }, Some(file.clone())));
        };
        let (names, grids) = html(&text, file, limits, only)?;
        return Ok(Markup { names, grids, encoding: encoding.name(), malformed: false });
    }
    let (encoding, text, malformed) = decode(bytes, format);
    let (names, grids) = match format {
        Format::SpreadsheetMl => spreadsheet_ml(&text, file, limits, only)?,
        _ => html(&text, file, limits, only)?,
    };
    Ok(Markup { names, grids, encoding: encoding.name(), malformed })
}

/// What [`read_sheets`] read.
pub(super) struct Markup {
    /// Every sheet's name, in file order.
    pub(super) names: Vec<String>,
    /// The sheets read.
    pub(super) grids: Vec<Grid>,
    /// The text encoding the bytes were read in.
    pub(super) encoding: &'static str,
    /// Whether some bytes were not valid in it (shown as U+FFFD).
    pub(super) malformed: bool,
}

/// `Some` when the bytes are a web archive (MIME headers first, a multipart
/// message): its first HTML part's text, with the charset the part names
/// (UTF-8 when it names none), or `None` when it holds no HTML page.
fn web_archive(bytes: &[u8]) -> Option<Option<(String, &'static encoding_rs::Encoding)>> {
    use mail_parser::MimeHeaders;
    if !crate::file::is_web_archive(bytes) {
        return None;
    }
    let message = mail_parser::MessageParser::default().parse(bytes)?;
    let part = message.html_part(0);
    let html = part.and_then(|p| p.text_contents()).map(str::to_owned);
    let charset = part.and_then(|p| p.content_type()).and_then(|c| c.attribute("charset"));
    let encoding =
        charset.and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes())).unwrap_or(encoding_rs::UTF_8);
    Some(html.map(|h| (h, encoding)))
}

/// The file's text: in the encoding its byte order mark names, else the one its
/// head declares (`<meta charset>`, `<meta http-equiv … charset=>`, or the XML
/// declaration's `encoding`), else UTF-8 when the bytes are valid UTF-8, else
/// the legacy code page they look like.
fn decode(bytes: &[u8], format: Format) -> (&'static encoding_rs::Encoding, Cow<'_, str>, bool) {
    let (encoding, body) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, bytes.get(bom..).unwrap_or_default()),
        None => {
            let declared = declared_encoding(bytes, format)
                // A page that says UTF-16 but whose tags read as ASCII is not (the HTML standard's rule).
                .map(|e| {
                    if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE {
                        encoding_rs::UTF_8
                    } else {
                        e
                    }
                });
            let encoding = declared.unwrap_or_else(|| {
                if std::str::from_utf8(bytes).is_ok() {
                    encoding_rs::UTF_8
                } else {
                    let mut detector = chardetng::EncodingDetector::new();
                    detector.feed(bytes, true);
                    detector.guess(None, true)
                }
            });
            (encoding, bytes)
        }
    };
    let (text, malformed) = encoding.decode_without_bom_handling(body);
    (encoding, text, malformed)
}

/// The encoding the file's head declares, if it names one `encoding_rs` knows.
fn declared_encoding(bytes: &[u8], format: Format) -> Option<&'static encoding_rs::Encoding> {
    let head =
        bytes.get(..bytes.len().min(crate::file::MARKUP_HEAD)).unwrap_or_default().to_ascii_lowercase();
    let key: &[u8] = if format == Format::SpreadsheetMl { b"encoding=" } else { b"charset=" };
    let at = memchr::memmem::find(&head, key)?.saturating_add(key.len());
    let rest = head.get(at..)?;
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'?' | b'/') || b.is_ascii_whitespace());
    encoding_rs::Encoding::for_label(rest.get(..end.unwrap_or(rest.len()))?)
}

/// A table's rows as the `<tr>`s come, each row's cells laid out before they
/// are put in the grid (a `rowspan` from above can fill any column).
struct Table {
    rows: SheetRows,
    limits: ImportLimits,
    /// Cells given by a `rowspan` from above so far, empty ones included: held
    /// to the cell limit, so that spans cannot make work the file does not hold.
    spanned: u64,
    /// The next row's index (0-based).
    next_row: u32,
    /// The row being read: its cells by column, `None` where nothing is.
    row: Option<Vec<Option<String>>>,
    /// The cell being read: its column, its text so far, and its span.
    cell: Option<(usize, String, usize, u32)>,
    /// Cells spanning down: (column, rows still to fill, text).
    spans: Vec<(usize, u32, String)>,
}

/// `text` as a browser lays it out: each run of white space (line breaks and
/// no-break spaces included) one space, none at the ends.
fn one_spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of text above a table kept as its title rows: the last few (a
/// page's menus and notes further up are not a report's title).
const TITLE_LINES: usize = 8;

/// Elements that end a line of text outside the tables.
#[rustfmt::skip]
const LINE_ENDS: [&[u8]; 16] = [
    b"p", b"div", b"br", b"li", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6",
    b"tr", b"body", b"center", b"header", b"section", b"caption",
];

/// Whether element `name` ends a line of text outside the tables.
fn ends_line(name: &[u8]) -> bool {
    LINE_ENDS.contains(&name)
}

/// The text outside the tables, gathered into lines.
#[derive(Default)]
struct Loose {
    line: String,
    lines: std::collections::VecDeque<String>,
    /// Inside `<head>`, `<script>` or `<style>`: text that is not the page's.
    hidden: usize,
}

impl Loose {
    fn text(&mut self, text: &str) {
        if self.hidden == 0 && self.line.len() < 4096 {
            self.line.push_str(text);
        }
    }

    fn end_line(&mut self) {
        let line = one_spaced(&self.line);
        self.line.clear();
        if !line.is_empty() {
            if self.lines.len() == TITLE_LINES {
                self.lines.pop_front();
            }
            self.lines.push_back(line);
        }
    }

    /// The lines since the last table, ending the one being read.
    fn take(&mut self) -> Vec<String> {
        self.end_line();
        self.lines.drain(..).collect()
    }
}

/// The most columns (or rows) one `colspan` (`rowspan`) is taken to span: a
/// larger one is clamped, as browsers clamp it (1000 columns, 65534 rows).
const MAX_COLSPAN: u32 = 1000;
const MAX_ROWSPAN: u32 = 65_534;

/// A sheet's columns (as in a workbook): a cell past the last is refused.
const COLUMNS: usize = 16_384;

/// Tables nested deeper than this are read as part of the table around them.
const MAX_NESTING: usize = 32;

/// The error of a cell past a sheet's last column, in row `r` (0-based).
fn too_wide(r: u32) -> Read {
    let what = "a cell beyond the largest sheet (1,048,576 rows × 16,384 columns): its column";
    let kind = ErrorKind::TooLarge {
        what: what.to_owned(),
        limit: COLUMNS as u64,
        found: (COLUMNS as u64).saturating_add(1),
        option: None,
    };
    Read::TooLarge(kind, Some((u64::from(r).saturating_add(1), COLUMNS)))
}

impl Table {
    /// A table under `titles`, the lines of text above it (its first rows).
    fn new(limits: ImportLimits, cells: u64, titles: Vec<String>) -> Result<Table, Read> {
        let mut rows = SheetRows::new(limits, cells);
        let mut next_row = 0u32;
        for title in titles {
            rows.put((next_row, 0), Cell::owned_text(title))?;
            next_row = next_row.saturating_add(1);
        }
        Ok(Table { rows, limits, spanned: 0, next_row, row: None, cell: None, spans: Vec::new() })
    }

    /// Starts a row, ending the one before.
    fn start_row(&mut self) -> Result<(), Read> {
        self.end_row()?;
        let mut row = Vec::new();
        // The cells spanning down into this row.
        for (column, left, text) in &mut self.spans {
            if *left > 0 {
                if row.len() <= *column {
                    row.resize(column.saturating_add(1), None);
                }
                if let Some(slot) = row.get_mut(*column) {
                    *slot = Some(text.clone());
                }
                *left = left.saturating_sub(1);
            }
        }
        self.spans.retain(|(_, left, _)| *left > 0);
        self.spanned = self.spanned.saturating_add(self.spans.len() as u64);
        if self.spanned > self.limits.cells {
            let kind =
                crate::limits::too_large("cells in the workbook", self.limits.cells, self.spanned, "cells");
            return Err(Read::TooLarge(kind, Some((u64::from(self.next_row).saturating_add(1), 0))));
        }
        self.row = Some(row);
        Ok(())
    }

    /// Starts a cell spanning `colspan` columns and `rowspan` rows, in the first
    /// column no cell (nor a cell above spanning down) holds.
    fn start_cell(&mut self, colspan: usize, rowspan: u32) -> Result<(), Read> {
        self.end_cell()?;
        if self.row.is_none() {
            self.start_row()?;
        }
        let row = self.row.get_or_insert_with(Vec::new);
        let column = row.iter().position(Option::is_none).unwrap_or(row.len());
        self.cell = Some((column, String::new(), colspan, rowspan));
        Ok(())
    }

    /// Text inside the cell being read (none outside a cell).
    fn text(&mut self, text: &str) {
        if let Some((_, cell, _, _)) = &mut self.cell {
            cell.push_str(text);
        }
    }

    /// Ends the cell being read: its text, spaces made one, in its column; the
    /// columns it spans after it left empty, the rows it spans below given it.
    fn end_cell(&mut self) -> Result<(), Read> {
        let Some((column, text, colspan, rowspan)) = self.cell.take() else { return Ok(()) };
        if column >= COLUMNS {
            return Err(too_wide(self.next_row));
        }
        let text = one_spaced(&text);
        let row = self.row.get_or_insert_with(Vec::new);
        let end = column.saturating_add(colspan.max(1)).min(COLUMNS);
        if row.len() < end {
            row.resize(end, None);
        }
        if let Some(slot) = row.get_mut(column) {
            *slot = Some(text.clone());
        }
        // The spanned columns hold an empty text: taken, so the next cell goes after them.
        for slot in row.iter_mut().take(end).skip(column.saturating_add(1)) {
            slot.get_or_insert_with(String::new);
        }
        if rowspan > 1 {
            self.spans.push((column, rowspan.saturating_sub(1), text));
        }
        Ok(())
    }

    /// Ends the row being read: its cells put in the grid, in column order.
    fn end_row(&mut self) -> Result<(), Read> {
        self.end_cell()?;
        let Some(row) = self.row.take() else { return Ok(()) };
        let r = self.next_row;
        self.next_row = self.next_row.saturating_add(1);
        for (c, text) in row.into_iter().enumerate() {
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                self.rows.put((r, u32::try_from(c).unwrap_or(u32::MAX)), Cell::owned_text(text))?;
            }
        }
        Ok(())
    }
}

/// The number a span attribute gives, at least 1 and at most `max` (digits
/// past any integer's range are `max`, the same in WebAssembly as natively).
fn span(value: Option<&[u8]>, max: u32) -> u32 {
    let digits: Vec<u8> = value
        .map(|v| v.trim_ascii().iter().copied().take_while(u8::is_ascii_digit).collect())
        .unwrap_or_default();
    if digits.is_empty() {
        return 1;
    }
    let n = std::str::from_utf8(&digits).ok().and_then(|d| d.parse::<u64>().ok()).unwrap_or(u64::MAX);
    u32::try_from(n).unwrap_or(u32::MAX).clamp(1, max)
}

/// The tables of an HTML page, as grids named "Table 1", "Table 2"… (in the
/// order their `<table>` tags open); tables with no text are left out.
fn html(
    text: &str,
    file: &Position,
    limits: &ImportLimits,
    only: Option<&str>,
) -> Result<(Vec<String>, Vec<Grid>), Error> {
    use html5gum::Token;
    let mut emitter = html5gum::DefaultEmitter::default();
    // `<script>`, `<style>`, `<title>` and `<textarea>` read as text, not as tags.
    emitter.naively_switch_states(true);
    let mut open: Vec<(usize, Table)> = Vec::new();
    let mut done: Vec<(usize, Table)> = Vec::new();
    let mut opened = 0usize;
    let mut cells = 0u64;
    let located =
        |e: Read, n: usize| e.located(Format::Html, &Position { sheet: Some(table_name(n)), ..file.clone() });
    let mut loose = Loose::default();
    for token in html5gum::Tokenizer::new_with_emitter(text, emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => match tag.name.as_slice() {
                b"table" if open.len() < MAX_NESTING => {
                    opened = opened.saturating_add(1);
                    let titles = if open.is_empty() { loose.take() } else { Vec::new() };
                    let table = Table::new(*limits, cells, titles).map_err(|e| located(e, opened))?;
                    open.push((opened, table));
                }
                name => {
                    let Some((n, table)) = open.last_mut() else {
                        match name {
                            // A body ends a head its page left open.
                            b"body" => {
                                loose.hidden = 0;
                                loose.end_line();
                            }
                            b"head" | b"script" | b"style" => loose.hidden = loose.hidden.saturating_add(1),
                            name if ends_line(name) => loose.end_line(),
                            _ => {}
                        }
                        continue;
                    };
                    let attribute = |key: &[u8]| tag.attributes.get(key).map(|v| v.value.as_slice());
                    let read = match name {
                        b"tr" => table.start_row(),
                        b"td" | b"th" => table.start_cell(
                            span(attribute(b"colspan"), MAX_COLSPAN) as usize,
                            span(attribute(b"rowspan"), MAX_ROWSPAN),
                        ),
                        b"br" | b"p" | b"div" | b"li" => {
                            table.text(" ");
                            Ok(())
                        }
                        _ => Ok(()),
                    };
                    read.map_err(|e| located(e, *n))?;
                }
            },
            Token::EndTag(tag) => {
                let Some((n, table)) = open.last_mut() else {
                    match tag.name.as_slice() {
                        b"head" | b"script" | b"style" => loose.hidden = loose.hidden.saturating_sub(1),
                        name if ends_line(name) => loose.end_line(),
                        _ => {}
                    }
                    continue;
                };
                let read = match tag.name.as_slice() {
                    b"table" => {
                        let n = *n;
                        if let Some((_, mut table)) = open.pop() {
                            table.end_row().map_err(|e| located(e, n))?;
                            cells = table.rows.cells();
                            done.push((n, table));
                        }
                        continue;
                    }
                    b"tr" => table.end_row(),
                    b"td" | b"th" => table.end_cell(),
                    b"p" | b"div" | b"li" => {
                        table.text(" ");
                        Ok(())
                    }
                    _ => Ok(()),
                };
                read.map_err(|e| located(e, *n))?;
            }
            Token::String(s) => match open.last_mut() {
                Some((_, table)) => table.text(&String::from_utf8_lossy(&s.value)),
                None => loose.text(&String::from_utf8_lossy(&s.value)),
            },
            _ => {}
        }
    }
    // Tables the page does not close end with it.
    while let Some((n, mut table)) = open.pop() {
        table.end_row().map_err(|e| located(e, n))?;
        done.push((n, table));
    }
    done.sort_by_key(|(n, _)| *n);
    let grids: Vec<Grid> = done
        .into_iter()
        .map(|(n, table)| table.rows.grid(Some(table_name(n)), Vec::new()))
        .filter(|g| g.rows.iter().any(|r| !r.is_blank()))
        .collect();
    let names: Vec<String> = grids.iter().filter_map(|g| g.sheet.clone()).collect();
    let grids = grids.into_iter().filter(|g| only.is_none_or(|o| g.sheet.as_deref() == Some(o))).collect();
    Ok((names, grids))
}

/// The name an HTML page's `n`th table (from 1) is given as a sheet.
fn table_name(n: usize) -> String {
    format!("Table {n}")
}

/// The worksheets of a SpreadsheetML workbook (see the module docs).
fn spreadsheet_ml(
    text: &str,
    file: &Position,
    limits: &ImportLimits,
    only: Option<&str>,
) -> Result<(Vec<String>, Vec<Grid>), Error> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().trim_text(false);
    let mut names = Vec::new();
    let mut grids = Vec::new();
    let mut cells = 0u64;
    // The worksheet being read (`None` when it is not wanted), its next row and column.
    let mut sheet: Option<(String, SheetRows)> = None;
    let (mut row, mut column) = (0u32, 0u32);
    // The cell being read: its type and text (inside `Data`), and the columns it spans.
    let mut data: Option<(String, String)> = None;
    let mut across = 0u32;
    let mut value: Option<(String, String)> = None;
    let at = |name: Option<&str>| Position { sheet: name.map(str::to_owned), ..file.clone() };
    let xml_error = |e: &dyn std::fmt::Display, name: Option<&str>, position: u64| {
        let message = format!("{e} (at byte {position} of the file's text)");
        Error::new(ErrorKind::Markup { format: Format::SpreadsheetMl, message }, Some(at(name)))
    };
    loop {
        let event = reader.read_event();
        let position = reader.buffer_position();
        let name = sheet.as_ref().map(|(n, _)| n.as_str());
        let event = event.map_err(|e| xml_error(&e, name, position))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let attribute = |key: &str| -> Option<String> {
                    e.attributes().flatten().find(|a| a.key.local_name().as_ref() == key).and_then(|a| {
                        a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(Cow::into_owned)
                    })
                };
                let index = |key: &str| attribute(key).and_then(|i| i.trim().parse::<u32>().ok());
                match e.local_name().as_ref() {
                    "Worksheet" => {
                        let name = attribute("Name")
                            .unwrap_or_else(|| format!("Sheet{}", names.len().saturating_add(1)));
                        names.push(name.clone());
                        sheet =
                            only.is_none_or(|o| o == name).then(|| (name, SheetRows::new(*limits, cells)));
                        (row, column) = (0, 0);
                    }
                    "Row" => {
                        if let Some(index) = index("Index") {
                            row = index.saturating_sub(1);
                        }
                        column = 0;
                        if empty {
                            row = row.saturating_add(1);
                        }
                    }
                    "Cell" => {
                        if let Some(index) = index("Index") {
                            column = index.saturating_sub(1);
                        }
                        across = index("MergeAcross").unwrap_or(0);
                        value = None;
                        if empty {
                            column = column.saturating_add(across).saturating_add(1);
                        }
                    }
                    "Data" if !empty => data = Some((attribute("Type").unwrap_or_default(), String::new())),
                    _ => {}
                }
            }
            Event::Text(t) => {
                if let Some((_, text)) = &mut data {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) => {
                if let Some((_, text)) = &mut data {
                    text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some((_, text)) = &mut data {
                    // XML's five entities and character references; any other
                    // reference (undefined in the document) is kept as written.
                    match (quick_xml::escape::resolve_xml_entity(&r), r.resolve_char_ref()) {
                        (Some(resolved), _) => text.push_str(resolved),
                        (None, Ok(Some(c))) => text.push(c),
                        (None, _) => text.push_str(&format!("&{};", &*r)),
                    }
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "Data" => value = data.take(),
                "Cell" => {
                    if let (Some((name, rows)), Some((kind, text))) = (&mut sheet, value.take()) {
                        let cell = typed(&kind, &text);
                        if !matches!(cell, Cell::Empty) {
                            rows.put((row, column), cell)
                                .map_err(|e| e.located(Format::SpreadsheetMl, &at(Some(name))))?;
                        }
                    }
                    column = column.saturating_add(across).saturating_add(1);
                    across = 0;
                }
                "Row" => row = row.saturating_add(1),
                "Worksheet" => {
                    if let Some((name, rows)) = sheet.take() {
                        cells = rows.cells();
                        grids.push(rows.grid(Some(name), Vec::new()));
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if let Some((name, rows)) = sheet.take() {
        grids.push(rows.grid(Some(name), Vec::new()));
    }
    Ok((names, grids))
}

/// A SpreadsheetML cell's value by its `ss:Type`.
fn typed(kind: &str, text: &str) -> Cell {
    match kind {
        "Number" => text.trim().parse::<f64>().map_or_else(|_| Cell::text(text), Cell::Number),
        "DateTime" => text
            .trim()
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .map_or_else(|| Cell::text(text), Cell::Date),
        "Boolean" => match text.trim() {
            "1" => Cell::Bool(true),
            "0" => Cell::Bool(false),
            _ => Cell::text(text),
        },
        "Error" => Cell::Error(text.trim().into()),
        _ => Cell::text(text),
    }
}
