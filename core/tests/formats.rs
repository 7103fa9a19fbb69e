//! One scenario, every format: the same open items as CSV, xlsx (written by
//! rust_xlsxwriter), and xls and ods (converted from the xlsx by LibreOffice)
//! parse to the same ledger. (No tool here writes xlsb; calamine's own xlsb
//! files are read in `workbooks`.)

use crate::shared::{fixture, warnings, warnings_about};
use arlens::import::Format;
use arlens::{Book, Entry, ImportOptions, Imported, Ledger, Options, import};

fn read(name: &str) -> Imported {
    import(&fixture(&format!("formats/{name}")), &ImportOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// An entry without its source position (sheet names differ between formats).
fn essence(book: &Book, e: &Entry) -> String {
    let customer = book.customer(e);
    format!(
        "{:?} {} {}/{} {} due {} {} {}",
        e.kind,
        e.id,
        customer.id,
        customer.name,
        e.date,
        e.due_date,
        e.amount.normalize(),
        e.currency
    )
}

#[test]
fn same_ledger_from_every_format() {
    let csv = read("ledger.csv");
    assert_eq!(csv.report.format, Format::Csv);
    assert_eq!(csv.ledger.entries.len(), 25);
    let want: Vec<String> = csv.ledger.entries.iter().map(|e| essence(&csv.ledger, e)).collect();
    for (name, format) in
        [("ledger.xlsx", Format::Xlsx), ("ledger.xls", Format::Xls), ("ledger.ods", Format::Ods)]
    {
        let other = read(name);
        assert_eq!(other.report.format, format, "{name}");
        assert_eq!(other.report.sheet.as_deref(), Some("Open items"), "{name}");
        assert!(other.report.skipped.is_empty(), "{name}: {:?}", other.report.skipped);
        let got: Vec<String> = other.ledger.entries.iter().map(|e| essence(&other.ledger, e)).collect();
        assert_eq!(got, want, "{name}");
        let amounts = |i: &Imported| {
            i.ledger.allocations.iter().map(|a| (a.to, a.amount.normalize())).collect::<Vec<_>>()
        };
        assert_eq!(amounts(&other), amounts(&csv), "{name}: allocations");
    }
}

/// The same open items as an HTML page saved as `.xls` (title rows above the
/// header, US dates, grouped amounts, each customer's id and name written once
/// across its invoices' rows by `rowspan`) and as Excel 2003 XML (a cover sheet
/// first, typed cells): the CSV's ledger, entry for entry
/// (`tests/fixtures/formats/make-markup.py` writes both files).
#[test]
fn same_ledger_from_markup_spreadsheets() {
    let csv = read("ledger.csv");
    let sorted = |i: &Imported| {
        let mut e: Vec<String> = i.ledger.entries.iter().map(|e| essence(&i.ledger, e)).collect();
        e.sort();
        e
    };
    let want = sorted(&csv);
    for (name, format, sheet, encoding) in [
        ("ledger.html.xls", Format::Html, "Table 1", "UTF-8"),
        // The page in a web archive (MHTML), quoted-printable.
        ("ledger.mhtml", Format::Html, "Table 1", "UTF-8"),
        ("ledger-2003.xml", Format::SpreadsheetMl, "Open items", "UTF-8"),
    ] {
        let other = read(name);
        assert_eq!(other.report.format, format, "{name}");
        assert_eq!(other.report.sheet.as_deref(), Some(sheet), "{name}");
        assert_eq!(other.report.encoding.as_deref(), Some(encoding), "{name}");
        assert_eq!(sorted(&other), want, "{name}");
        assert_eq!(other.ledger.entries.len(), 25, "{name}");
    }
    // The page's title rows: its report date is read from them, the total row skipped.
    let page = read("ledger.html.xls");
    assert_eq!(page.report.report_date, chrono::NaiveDate::from_ymd_opt(2026, 6, 30));
    assert_eq!(page.report.header_row, 4);
    assert!(page.report.skipped.iter().any(|s| s.reason.contains("Total")), "{:?}", page.report.skipped);
    // The workbook's cover sheet is passed over for the sheet of documents.
    let book = read("ledger-2003.xml");
    assert_eq!(book.report.sheets, ["Cover", "Open items"]);
}

fn markup(text: &str) -> Result<Imported, arlens::Error> {
    import(text.as_bytes(), &ImportOptions::default())
}

fn open_total(i: &Imported) -> String {
    let report = arlens::analyze(
        &i.ledger,
        &arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2024, 6, 30).unwrap()),
    )
    .unwrap();
    report
        .aging
        .currencies
        .iter()
        .map(|c| format!("{} {}", c.currency, c.open_total))
        .collect::<Vec<_>>()
        .join(", ")
}

/// HTML cells as a browser shows them: entities decoded, spaces and line breaks
/// made one space, `colspan` columns left empty after the cell, `rowspan` text
/// repeated below, a table inside a cell read as a table of its own, the text
/// of `<script>` and `<style>` not read, unclosed tags closed by the page's end.
#[test]
fn html_tables_read_as_a_browser_lays_them_out() {
    let page = r#"<!DOCTYPE html><html><head><style>td { color: red }</style>
        <script>var x = "<table><tr><td>not a table</td></tr></table>";</script></head><body>
        <table><tr><td>menu</td><td><table><tr><td>a nested table</td></tr></table></td></tr></table>
        <table>
          <tr><td colspan=5>Open items &amp; credits</td></tr>
          <tr><th>Customer</th><th>Invoice</th><th>Date</th><th>Due</th><th>Amount</th>
          <tr><td rowspan="2">Acme&nbsp;&amp;
              Sons<br>Ltd</td><td>A-1</td><td>2024-01-10</td><td>2024-02-09</td><td>1,000.00</td>
          <tr><td>A-2</td><td>2024-02-10</td><td>2024-03-11</td><td>500.00
          <tr><td colspan="4">Total Acme</td><td>1,500.00</td></tr>
          <tr><td>Beta GmbH</td><td>B-1</td><td>2024-03-01</td><td>2024-03-31</td><td>(250.00)</td>
        </table>"#;
    let read = markup(page).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.report.format, Format::Html);
    assert_eq!(read.report.sheet.as_deref(), Some("Table 3"), "the outer, nested, then data table");
    assert_eq!(read.report.sheets, ["Table 1", "Table 2", "Table 3"]);
    assert_eq!(read.ledger.entries.len(), 3, "{:#?}", read.report);
    let names: Vec<String> =
        read.ledger.entries.iter().map(|e| read.ledger.customer(e).name.to_string()).collect();
    // `&nbsp;`, the line break and the `<br>` inside the name are one space each.
    assert_eq!(names, ["Acme & Sons Ltd", "Acme & Sons Ltd", "Beta GmbH"]);
    let ids: Vec<&str> = read.ledger.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["A-1", "A-2", "B-1"]);
    // The subtotal's amount is in the amount column (its label spans four), and it matches.
    let skipped: Vec<(Option<u64>, &str)> =
        read.report.skipped.iter().map(|s| (s.position.row, s.reason.as_str())).collect();
    assert!(skipped.iter().any(|(row, why)| *row == Some(5) && why.contains("Total Acme")), "{skipped:?}");
    // The rows after the header as laid out: the subtotal's label leaves the
    // columns it spans empty, the name spanning down is in both of its rows.
    let seen = arlens::import::inspect(page.as_bytes(), &ImportOptions::default(), 10).unwrap();
    let rows: Vec<(u64, Vec<String>)> = seen.preview.iter().map(|r| (r.row, r.cells.clone())).collect();
    let cells = |row: &[&str]| row.iter().map(|c| (*c).to_owned()).collect::<Vec<String>>();
    assert_eq!(
        rows[1],
        (4, cells(&["Acme & Sons Ltd", "A-2", "2024-02-10", "2024-03-11", "500.00"])),
        "{rows:?}"
    );
    assert_eq!(rows[2], (5, cells(&["Total Acme", "", "", "", "1,500.00"])), "{rows:?}");
    // The page names no currency: that is the one warning (the subtotal reconciles).
    let warnings: Vec<&str> = read.report.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(warnings.len() == 1 && warnings[0].contains("unknown currency"), "{warnings:?}");
    // 1,000.00 + 500.00 − 250.00 (a credit in parentheses) = 1,250.00.
    assert_eq!(open_total(&read), format!("{} 1250.00", read.ledger.entries[0].currency));
}

/// A page's encoding from its `<meta>` when it is not UTF-8, and the legacy code
/// page the bytes look like when it says none.
#[test]
fn html_pages_in_their_declared_or_guessed_encoding() {
    let body = "<table><tr><th>Kunde</th><th>Rechnung</th><th>Fällig</th><th>Betrag</th></tr>\
                <tr><td>Müller & Söhne</td><td>R-1</td><td>31.01.2024</td><td>1.234,50</td></tr></table>";
    let declared = format!("<html><head><meta charset=\"windows-1252\"></head><body>{body}</body></html>");
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&declared);
    for bytes in
        [bytes.into_owned(), encoding_rs::WINDOWS_1252.encode(&format!("<html>{body}</html>")).0.into_owned()]
    {
        let read = import(&bytes, &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(read.report.encoding.as_deref(), Some("windows-1252"));
        assert_eq!(&*read.ledger.customer(&read.ledger.entries[0]).name, "Müller & Söhne");
        assert_eq!(read.ledger.entries[0].amount.to_string(), "1234.50");
    }
}

/// SpreadsheetML's `ss:Index` (rows and columns skipped), `ss:MergeAcross`,
/// typed cells and entities; a sheet asked for by name; a damaged document is a
/// located error, not a panic; a page of no ledger says what it lacks.
#[test]
fn spreadsheet_ml_cells_rows_and_errors() {
    let book = r#"<?xml version="1.0" encoding="UTF-8"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Worksheet ss:Name="AR &amp; co"><Table>
  <Row><Cell ss:MergeAcross="1"><Data ss:Type="String">Customer</Data></Cell><Cell><Data ss:Type="String">Invoice</Data></Cell>
       <Cell><Data ss:Type="String">Due date</Data></Cell><Cell ss:Index="6"><Data ss:Type="String">Amount</Data></Cell></Row>
  <Row ss:Index="3"><Cell><Data ss:Type="String">O&apos;Brien &#x26; Co&unknown;</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">I-1</Data></Cell>
       <Cell><Data ss:Type="DateTime">2024-05-31T00:00:00.000</Data></Cell><Cell ss:Index="6"><Data ss:Type="Number">1234.5</Data></Cell></Row>
  <Row/>
  <Row><Cell><Data ss:Type="String">Zed</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">I-2</Data></Cell>
       <Cell><Data ss:Type="DateTime">2024-06-30T00:00:00.000</Data></Cell><Cell ss:Index="6"><Data ss:Type="Number">10</Data></Cell></Row>
 </Table></Worksheet></Workbook>"#;
    let read = markup(book).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.report.format, Format::SpreadsheetMl);
    assert_eq!(read.report.sheet.as_deref(), Some("AR & co"));
    assert_eq!(read.ledger.entries.len(), 2);
    let rows: Vec<Option<u64>> = read.ledger.entries.iter().map(arlens::Entry::row_number).collect();
    assert_eq!(rows, [Some(3), Some(5)], "ss:Index=3, then an empty row");
    // An entity the document does not define is kept as written, not dropped.
    assert_eq!(&*read.ledger.customer(&read.ledger.entries[0]).name, "O'Brien & Co&unknown;");
    assert_eq!(read.ledger.entries[0].due_date, chrono::NaiveDate::from_ymd_opt(2024, 5, 31).unwrap());
    assert_eq!(read.ledger.entries[0].amount.to_string(), "1234.5");
    let options = ImportOptions { sheet: Some("Other".to_owned()), ..ImportOptions::default() };
    let err = import(book.as_bytes(), &options).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("no sheet \"Other\"") && err.contains("AR & co"), "{err}");
    let cut = book.replace("</Data></Cell><Cell><Data ss:Type=\"String\">Invoice", "</Cell><Data>Invoice");
    let err = markup(&cut).err().map(|e| (e.kind().code(), e.to_string())).unwrap_or_default();
    assert_eq!(err.0, "workbook", "{}", err.1);
    assert!(err.1.contains("cannot read this SpreadsheetMl file") && err.1.contains("AR & co"), "{}", err.1);
    let page =
        "<html><body><p>Nothing here</p><table><tr><td>Name</td><td>Phone</td></tr></table></body></html>";
    let err = markup(page).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("does not look like a ledger") && err.contains("Table 1"), "{err}");
}

/// What is markup and what is not: tags first (after a byte order mark and
/// spaces), or a web archive's MIME headers with an HTML part; not a CSV whose
/// header starts with `<` or `From`.
#[test]
fn markup_is_told_by_its_first_tags() {
    use arlens::file::markup_format;
    for (bytes, want) in [
        (&b"\xEF\xBB\xBF\r\n <!DOCTYPE html><html>"[..], Some(Format::Html)),
        (b"<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">", Some(Format::Html)),
        (b"<TABLE border=1><TR><TD>a", Some(Format::Html)),
        (b"<meta charset=utf-8><table>", Some(Format::Html)),
        (
            b"<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><Workbook>",
            Some(Format::SpreadsheetMl),
        ),
        (b"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", Some(Format::Html)),
        (b"<?xml version=\"1.0\"?><invoices/>", None),
        (b"<Customer>,Amount\nAcme,1\n", None),
        (b"<meta>,Amount\n", None),
        (b"Customer,Amount\n<html>,1\n", None),
        (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/html\r\n", Some(Format::Html)),
        (b"From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"", Some(Format::Html)),
        (b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nInvoice,Amount\n", None),
        (b"From,To,Amount\n", None),
    ] {
        assert_eq!(markup_format(bytes), want, "{:?}", String::from_utf8_lossy(bytes));
    }
}

/// A markup file streamed in small chunks reads as the whole file does.
#[test]
fn markup_streams_as_it_reads_whole() {
    for name in ["ledger.html.xls", "ledger.mhtml", "ledger-2003.xml"] {
        let bytes = fixture(&format!("formats/{name}"));
        let whole = read(name);
        let mut reader = arlens::LedgerReader::new(&ImportOptions::default()).unwrap();
        for chunk in bytes.chunks(7) {
            reader.push(chunk).unwrap();
        }
        let ledger = reader.finish().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(ledger.summary().import.format, whole.report.format, "{name}");
        assert_eq!(ledger.book().entries.len(), whole.ledger.entries.len(), "{name}");
    }
}

/// A web archive that holds no HTML page says so (it is no ledger to look for).
#[test]
fn a_web_archive_without_a_page_says_so() {
    let archive = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"; type=\"text/html\"\r\n\r\n\
                   --b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n";
    let err = markup(archive).err().map(|e| (e.kind().code(), e.to_string())).unwrap_or_default();
    assert_eq!(err.0, "workbook", "{}", err.1);
    assert!(err.1.contains("a web archive (MHTML) with no HTML page in it"), "{}", err.1);
}

/// A report's title and date written above its table, outside it (headings,
/// paragraphs), are the table's title rows: the date in them is the report
/// date, the as-of date of an open-item list; the page's `<title>`, scripts
/// and the text above an earlier table are not.
#[test]
fn the_text_above_an_html_table_is_its_title_rows() {
    let page = r#"<html><head><title>Report 2020-01-01</title><script>var d = "as of 2021-01-01";</script></head>
        <body><div class="menu">Home | Reports</div>
        <table><tr><td>Filtered by: all customers, as of 2019-12-31</td></tr></table>
        <h2>Aged Receivables</h2><p>Acme Holdings<br>As of 30/06/2026</p>
        <table>
          <tr><th>Customer</th><th>Invoice</th><th>Date</th><th>Due</th><th>Amount</th><th>Currency</th></tr>
          <tr><td>Beta GmbH</td><td>B-1</td><td>01/05/2026</td><td>31/05/2026</td><td>250.00</td><td>EUR</td></tr>
          <tr><td>Cedar Ltd</td><td>C-1</td><td>15/06/2026</td><td>15/07/2026</td><td>75.00</td><td>EUR</td></tr>
        </table></body></html>"#;
    let read = markup(page).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.report.sheet.as_deref(), Some("Table 2"));
    assert_eq!(read.report.report_date, chrono::NaiveDate::from_ymd_opt(2026, 6, 30));
    // Three title lines (the heading, the company, the date), then the header.
    assert_eq!(read.report.header_row, 4);
    let rows: Vec<Option<u64>> = read.ledger.entries.iter().map(arlens::Entry::row_number).collect();
    assert_eq!(rows, [Some(5), Some(6)]);
    // At the report date: B-1 is 30 days past due (31/05 → 30/06), C-1 not due.
    let report = arlens::Ledger::open(page.as_bytes(), &ImportOptions::default())
        .and_then(|l| l.analyze(&arlens::Options::default()))
        .unwrap();
    assert_eq!(report.as_of, chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
    let eur = &report.aging.currencies[0];
    assert_eq!(
        (eur.not_due.to_string(), eur.buckets[0].to_string(), eur.open_total.to_string()),
        ("75.00".to_owned(), "250.00".to_owned(), "325.00".to_owned())
    );
}

/// Cells merged down, as reports formatted for print save them: a customer's
/// name written once over the rows of its invoices belongs to each of them
/// (they were skipped as having no customer: 500.00 of 650.00 lost), but an
/// amount merged over two rows is one amount, never repeated into the second.
#[test]
fn cells_merged_down_in_a_workbook_name_each_row_they_cover() {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let plain = Format::new();
    let rows: [(&str, &str, &str, Option<f64>); 6] = [
        ("Acme", "A-1", "2026-05-01", Some(100.0)),
        ("", "A-2", "2026-05-02", Some(200.0)),
        ("", "A-3", "2026-05-03", Some(300.0)),
        ("Beta", "B-1", "2026-05-04", Some(50.0)),
        ("Beta", "B-2", "2026-05-05", None),
        ("Cobalt", "C-1", "2026-05-06", Some(25.0)),
    ];
    sheet.write_row(0, 0, ["Customer", "Invoice", "Invoice date", "Due date", "Amount", "Currency"]).unwrap();
    for (i, (customer, invoice, date, amount)) in rows.iter().enumerate() {
        let r = u32::try_from(i).unwrap() + 1;
        sheet.write_row(r, 0, [*customer, *invoice, *date, "2026-06-30", "", "USD"]).unwrap();
        if let Some(amount) = amount {
            sheet.write_number(r, 4, *amount).unwrap();
        }
    }
    sheet.merge_range(1, 0, 3, 0, "Acme", &plain).unwrap(); // A2:A4
    sheet.merge_range(4, 4, 5, 4, "", &plain).unwrap(); // E5:E6, the 50.00 of B-1
    sheet.write_number(4, 4, 50.0).unwrap();
    sheet.merge_range(6, 1, 6, 2, "C-1", &plain).unwrap(); // B7:C7 across: nothing filled
    let bytes = book.save_to_buffer().unwrap();
    let read = import(&bytes, &ImportOptions::default()).unwrap();
    let docs: Vec<String> = read
        .ledger
        .entries
        .iter()
        .map(|e| format!("{} {} {}", read.ledger.customer(e).name, e.id, e.amount))
        .collect();
    assert_eq!(docs, ["Acme A-1 100", "Acme A-2 200", "Acme A-3 300", "Beta B-1 50"]);
    let skipped: Vec<String> =
        read.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(
        skipped,
        [
            "sheet \"Sheet1\", row 6, column E (\"Amount\"): no amount",
            "sheet \"Sheet1\", row 7, column C (\"Invoice date\"): no invoice date"
        ]
    );
    // 100 + 200 + 300 + 50 = 650.00 open at 2026-06-30.
    let at = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
    let report = arlens::analyze(&read.ledger, &at).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "650.00");
}

/// An ods workbook whose `content.xml` is indented, as SheetJS writes it: the white space
/// between a row's cells is not content. Such files were refused ("cannot read this Ods
/// workbook: … Expecting 'table-cell', found 'Text(…)'").
#[test]
fn an_ods_workbook_written_with_indented_xml_is_read() {
    let (text, number) = (ods_text, ods_number);
    let indent = "\n          ";
    let row = |cells: Vec<String>| format!("{indent}{}\n        ", cells.join(indent));
    let rows = [
        row(["Invoice", "Customer", "Date", "Due date", "Amount", "Currency"].map(ods_text).to_vec()),
        row(vec![
            text("A-1"),
            text("Acme"),
            text("2024-01-10"),
            text("2024-02-09"),
            number("1200.5"),
            text("EUR"),
        ]),
        row(vec![
            text("A-2"),
            text("Birch"),
            text("2024-02-01"),
            text("2024-03-02"),
            number("300"),
            text("EUR"),
        ]),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let read = import(&ods_of(&rows), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.entries, 2);
    assert!(read.report.skipped.is_empty(), "{:?}", read.report.skipped);
    // 1,200.50 + 300.00 open at 2024-03-31.
    let at = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
    let report = arlens::analyze(&read.ledger, &at).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "1500.50");
}

/// An ods text cell.
fn ods_text(t: &str) -> String {
    format!("<table:table-cell office:value-type=\"string\"><text:p>{t}</text:p></table:table-cell>")
}

/// An ods number cell.
fn ods_number(n: &str) -> String {
    format!(
        "<table:table-cell office:value-type=\"float\" office:value=\"{n}\"><text:p>{n}</text:p></table:table-cell>"
    )
}

/// An ods workbook of one sheet, `rows` of cells written as `content.xml`'s
/// table rows (each cell's XML given whole).
fn ods_of(rows: &[&str]) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body><office:spreadsheet><table:table table:name=\"Sheet1\">{}</table:table></office:spreadsheet></office:body></office:document-content>",
        rows.iter().map(|r| format!("<table:table-row>{r}</table:table-row>")).collect::<String>()
    );
    let manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>";
    zipped(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet".as_slice()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
        ("content.xml", content.as_bytes()),
    ])
}

/// The same for an ods workbook, as LibreOffice writes merged cells: the region's
/// top-left cell spans rows or columns, the cells it covers are `covered-table-cell`s.
#[test]
fn cells_merged_down_in_an_ods_workbook_name_each_row_they_cover() {
    let (text, number) = (ods_text, ods_number);
    let covered = "<table:covered-table-cell/>";
    let rest = |amount: &str| format!("{}{}{}", text("2026-06-30"), number(amount), text("USD"));
    let invoice = |id: &str, date: &str, amount: &str| format!("{}{}{}", text(id), text(date), rest(amount));
    let header: String = ["Customer", "Invoice", "Invoice date", "Due date", "Amount", "Currency"]
        .iter()
        .map(|h| text(h))
        .collect();
    let rows = [
        header,
        // Acme's name merged down over its three invoices (A2:A4), and their one
        // invoice date too (C2:C4).
        format!(
            "<table:table-cell table:number-rows-spanned=\"3\" office:value-type=\"string\"><text:p>Acme</text:p></table:table-cell>{}<table:table-cell table:number-rows-spanned=\"3\" office:value-type=\"string\"><text:p>2026-05-01</text:p></table:table-cell>{}",
            text("A-1"),
            rest("100")
        ),
        format!("{covered}{}{covered}{}", text("A-2"), rest("200")),
        format!("{covered}{}{covered}{}", text("A-3"), rest("300")),
        format!("{}{}", text("Beta"), invoice("B-1", "2026-05-04", "50")),
        // Across only (B6:C6): nothing filled down, the date left empty.
        format!(
            "{}<table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\"><text:p>C-1</text:p></table:table-cell>{covered}{}{}{}",
            text("Cobalt"),
            text("2026-06-30"),
            number("25"),
            text("USD")
        ),
    ];
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let read = import(&ods_of(&rows), &ImportOptions::default()).unwrap();
    let docs: Vec<String> = read
        .ledger
        .entries
        .iter()
        .map(|e| format!("{} {} {} {}", read.ledger.customer(e).name, e.id, e.date, e.amount))
        .collect();
    assert_eq!(
        docs,
        [
            "Acme A-1 2026-05-01 100",
            "Acme A-2 2026-05-01 200",
            "Acme A-3 2026-05-01 300",
            "Beta B-1 2026-05-04 50"
        ]
    );
    let skipped: Vec<String> =
        read.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(skipped, ["sheet \"Sheet1\", row 6, column C (\"Invoice date\"): no invoice date"]);
}

/// Documents no ledger is read from — the PDF an aging report is often printed
/// to, a Word file, an Outlook message, an image, JSON, a zip of other files —
/// are named for what they are, read whole or streamed. They were read as
/// delimited text ("no column for invoice date … columns found: %PDF-1.4") or
/// refused by the workbook reader ("File not found '_rels/.rels'").
#[test]
fn other_documents_are_named_for_what_they_are() {
    let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    let ole =
        |stream: &str| [b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".as_slice(), &[0; 64], &utf16(stream)].concat();
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n".to_vec(), "a PDF document"),
        (
            b"PK\x03\x04\x14\0\0\0[Content_Types].xml..word/document.xml..PK\x05\x06\0\0".to_vec(),
            "a Word document (docx)",
        ),
        (
            b"PK\x03\x04\x14\0\0\0ledger.csv..Customer,Amount..PK\x05\x06\0\0".to_vec(),
            "a zip archive holding no workbook",
        ),
        (
            b"PK\x03\x04\x14\0\0\0Index/Document.iwa..Index/CalculationEngine.iwa..PK\x05\x06\0\0".to_vec(),
            "an Apple Numbers spreadsheet (in Numbers, File › Export To › Excel or CSV",
        ),
        (ole("__substg1.0_0037001F"), "an e-mail saved from Outlook (msg)"),
        (ole("WordDocument"), "a Word 97–2003 document (doc)"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "a PNG image"),
        (b"\xEF\xBB\xBF\n  [\n  {\"customer\": \"Acme\", \"amount\": 1}]".to_vec(), "JSON data"),
    ];
    for (bytes, what) in &cases {
        let err =
            import(bytes, &ImportOptions::default()).err().unwrap_or_else(|| panic!("{what}: imported"));
        assert_eq!(err.kind().code(), "notASpreadsheet", "{what}: {err}");
        assert!(err.to_string().starts_with(&format!("this is {what}")), "{err}");
        let mut reader = arlens::LedgerReader::new(&ImportOptions::default()).unwrap();
        let streamed =
            bytes.chunks(5).try_for_each(|c| reader.push(c)).and_then(|()| reader.finish().map(drop));
        assert_eq!(streamed.err().map(|e| e.kind().code()), Some("notASpreadsheet"), "{what} streamed");
    }
    // A workbook cut short is still the workbook reader's to refuse; a CSV whose
    // first cell is in brackets is no JSON.
    let xlsx = fixture("formats/ledger.xlsx");
    let cut = import(&xlsx[..xlsx.len() / 2], &ImportOptions::default()).err().unwrap();
    assert_eq!(cut.kind().code(), "workbook", "{cut}");
    let bracketed = "[Customer],Invoice,Date,Due date,Amount\nAcme,1,2024-01-10,2024-02-09,100.00\n";
    assert!(import(bracketed.as_bytes(), &ImportOptions::default()).is_ok());
}

/// An xlsx written by a program that does not calculate (openpyxl, report scripts)
/// saves its formulas without their values: such cells read as empty, and the rows
/// were skipped as having "no amount" with nothing saying why. Each skipped row now
/// names its formula cell, and a warning says how to get the values saved. The three
/// shapes such writers give (`<f>` then `<v />`, `<f>` alone, `<f>` then `<v></v>`)
/// are read by calamine's two cell readers (the general one and arlens's fast path).
#[test]
fn formulas_saved_without_values_are_calculated() {
    let read = import(&fixture("formats/uncalculated.xlsx"), &ImportOptions::default()).unwrap();
    assert!(read.report.skipped.is_empty(), "{:?}", read.report.skipped);
    let warnings = warnings(&read);
    assert_eq!(
        warnings,
        [
            "sheet \"Invoices\", row 2, column G (\"Amount\"): 3 formula cells were calculated by arlens (=E2*F2 gives 100): the workbook was written by a program that does not calculate its formulas — it saved them without values, or with 0 in their place for Excel to calculate on opening — so arlens calculated them from the sheet's own cells, as Excel would"
        ]
    );
    // Quantity × price: 1 × 100, 2 × 100, 3 × 100; row 5's amount is a number.
    let docs: Vec<String> = read.ledger.entries.iter().map(|e| format!("{} {}", e.id, e.amount)).collect();
    assert_eq!(docs, ["I-1 100", "I-2 200", "I-3 300", "I-4 250"]);
}

/// XlsxWriter and rust_xlsxwriter (pandas reports, scripts) save every formula
/// with the value 0 and ask Excel to calculate on opening: an amount column of
/// `=E2+F2` read every invoice as 0.00, in silence. arlens calculates the
/// formulas that are arithmetic over the sheet's own cells, keeps a value the
/// writer gave, and names the rows whose formulas it cannot calculate.
/// Rows an AutoFilter filters out, or hidden by hand, are in the file: they are
/// read like the others and said, since the user who saved the filtered sheet saw
/// fewer rows than the figures count.
#[test]
fn rows_hidden_in_a_workbook_are_read_and_said() {
    use rust_xlsxwriter::{FilterCondition, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Open items").unwrap();
    sheet.write_row(0, 0, ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency"]).unwrap();
    let rows = [
        ("I-1", "Acme", "2026-05-01", "2026-05-31", 100.0),
        ("I-2", "Beta", "2026-05-02", "2026-06-01", 250.0),
        ("I-3", "Acme", "2026-05-03", "2026-06-02", 40.0),
        ("I-4", "Beta", "2026-05-04", "2026-06-03", 10.0),
    ];
    for (i, (id, customer, date, due, amount)) in rows.into_iter().enumerate() {
        let r = u32::try_from(i).unwrap() + 1;
        sheet.write_row(r, 0, [id, customer, date, due]).unwrap();
        sheet.write_number(r, 4, amount).unwrap();
        sheet.write_string(r, 5, "EUR").unwrap();
    }
    // Filtered to Acme: the writer hides Beta's rows 3 and 5, as Excel does.
    sheet.autofilter(0, 0, 4, 5).unwrap();
    sheet.filter_column(1, &FilterCondition::new().add_list_filter("Acme")).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let read = import(&bytes, &ImportOptions::default()).unwrap();
    // Every row counts: 100 + 250 + 40 + 10 = 400.00.
    let total: rust_decimal::Decimal = read.ledger.entries.iter().map(|e| e.amount).sum();
    assert_eq!(total.to_string(), "400");
    let said = warnings_about(&read, "hidden in the workbook");
    assert_eq!(
        said,
        [
            "sheet \"Open items\", row 3: 2 rows below the header are hidden in the workbook (hidden by hand, or filtered out by an AutoFilter): they are read like the others and count in every figure; set skipHiddenRows to leave them out"
        ]
    );
    let hidden = read.report.hidden_rows.as_ref().unwrap();
    assert_eq!((hidden.rows, hidden.first.row, hidden.left_out), (2, Some(3), false));
    // Left out as the user filtered the sheet: Acme's 100 + 40 = 140.00, Beta's two rows
    // excluded (and reconciled so: 400.00 in the file = 140.00 imported + 260.00 excluded).
    let options = ImportOptions { skip_hidden_rows: true, ..ImportOptions::default() };
    let read = import(&bytes, &options).unwrap();
    let total: rust_decimal::Decimal = read.ledger.entries.iter().map(|e| e.amount).sum();
    assert_eq!(total.to_string(), "140");
    let left_out: Vec<String> =
        read.report.skipped.iter().map(|s| format!("{}: {} ({:?})", s.position, s.reason, s.kind)).collect();
    assert_eq!(
        left_out,
        [
            "sheet \"Open items\", row 3: hidden in the workbook: left out (skipHiddenRows) (Excluded)",
            "sheet \"Open items\", row 5: hidden in the workbook: left out (skipHiddenRows) (Excluded)"
        ]
    );
    let reconciled = &read.report.reconciliation[0].currencies[0];
    let parts: Vec<String> = [reconciled.file, reconciled.imported, reconciled.excluded, reconciled.skipped]
        .iter()
        .map(|p| format!("{} ({})", p.total, p.rows))
        .collect();
    assert_eq!(parts, ["400 (4)", "140 (2)", "260 (2)", "0 (0)"]);
    assert!(read.report.hidden_rows.as_ref().unwrap().left_out);
    let said = read.report.warnings.iter().map(|w| w.message.as_str());
    assert!(said.clone().any(|m| m.ends_with("left out (skipHiddenRows), listed with the rows excluded")));
    // A row hidden by hand is said the same way; with no row hidden, nothing is said.
    for hide in [true, false] {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet
            .write_row(0, 0, ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency"])
            .unwrap();
        sheet.write_row(1, 0, ["I-1", "Acme", "2026-05-01", "2026-05-31", "100", "EUR"]).unwrap();
        sheet.write_row(2, 0, ["I-2", "Acme", "2026-05-01", "2026-05-31", "5", "EUR"]).unwrap();
        if hide {
            sheet.set_row_hidden(2).unwrap();
        }
        let read = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
        let said = read
            .report
            .warnings
            .iter()
            .filter(|w| w.message.starts_with("1 row below the header is hidden in the workbook"))
            .count();
        assert_eq!(said, usize::from(hide), "hidden: {hide}");
    }
}

#[test]
fn formulas_a_report_writer_saved_as_zeros_are_calculated() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("AR").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    sheet
        .write_row(
            0,
            0,
            ["Invoice", "Customer", "Invoice date", "Due date", "Net", "VAT", "Amount", "Currency"],
        )
        .unwrap();
    let rows = [("I-1", "Acme", 1, 5, 100.0), ("I-2", "Beta", 2, 10, 250.5), ("I-3", "Acme", 3, 1, 80.0)];
    for (i, (id, customer, month, day, net)) in rows.into_iter().enumerate() {
        let r = u32::try_from(i).unwrap() + 1;
        let n = r + 1;
        sheet.write_row(r, 0, [id, customer]).unwrap();
        let invoiced = ExcelDateTime::from_ymd(2026, month, day).unwrap();
        sheet.write_datetime_with_format(r, 2, &invoiced, &date).unwrap();
        sheet.write_formula(r, 3, format!("=C{n}+30").as_str()).unwrap();
        sheet.write_number(r, 4, net).unwrap();
        let vat = if id == "I-3" {
            "=VLOOKUP(B4,Rates!A:B,2,FALSE)*E4".to_owned()
        } else {
            format!("=ROUND(E{n}*0.2,2)")
        };
        sheet.write_formula(r, 5, vat.as_str()).unwrap();
        sheet.write_formula(r, 6, format!("=E{n}+F{n}").as_str()).unwrap();
        sheet.write_string(r, 7, "EUR").unwrap();
    }
    // A formula arlens cannot calculate, saved with its value by the writer.
    sheet.write_row(4, 0, ["I-4", "Gamma"]).unwrap();
    let invoiced = ExcelDateTime::from_ymd(2026, 3, 10).unwrap();
    let due = ExcelDateTime::from_ymd(2026, 4, 9).unwrap();
    sheet.write_datetime_with_format(4, 2, &invoiced, &date).unwrap();
    sheet.write_datetime_with_format(4, 3, &due, &date).unwrap();
    sheet.write_formula(4, 6, Formula::new("=Rates!B2*40").set_result("48")).unwrap();
    sheet.write_string(4, 7, "EUR").unwrap();
    let rates = book.add_worksheet().set_name("Rates").unwrap();
    rates.write_row(0, 0, ["Acme", "0.2"]).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let read = import(&bytes, &ImportOptions::default()).unwrap();
    let docs: Vec<String> =
        read.ledger.entries.iter().map(|e| format!("{} {} {}", e.id, e.due_date, e.amount)).collect();
    // I-1: 100 + ROUND(100 × 0.2, 2) = 120, due 5 Jan + 30 days = 4 Feb;
    // I-2: 250.5 + ROUND(250.5 × 0.2, 2) = 250.5 + 50.1 = 300.6, due 10 Feb + 30 = 12 Mar;
    // I-4: 48 as the writer saved it.
    assert_eq!(docs, ["I-1 2026-02-04 120", "I-2 2026-03-12 300.6", "I-4 2026-04-09 48"]);
    let skipped: Vec<String> =
        read.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(
        skipped,
        [
            "sheet \"AR\", row 4, column G (\"Amount\"): no amount; the formula in column G (\"Amount\") was saved without its value"
        ]
    );
    let warnings = warnings(&read);
    // F4's VAT is not read (a tax is never what is owed): only G4 is said.
    assert!(warnings.contains(&"sheet \"AR\", row 4, column G (\"Amount\"): 1 formula cell was saved without its value and is more than arithmetic on the sheet's own cells (which arlens calculates), so it reads as empty: the workbook was written by a program that does not calculate its formulas (a script or report writer); open it in Excel or LibreOffice, save it, and read it again".to_owned()), "{warnings:#?}");
    // D2, D3, D4, F2, F3, G2, G3: seven cells; the first in the file is D2.
    assert!(warnings.contains(&"sheet \"AR\", row 2, column D (\"Due date\"): 7 formula cells were calculated by arlens (=C2+30 gives 2026-02-04): the workbook was written by a program that does not calculate its formulas — it saved them without values, or with 0 in their place for Excel to calculate on opening — so arlens calculated them from the sheet's own cells, as Excel would".to_owned()), "{warnings:#?}");
    // 120 + 300.6 + 48 = 468.60 open at 31 March.
    let at = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    let report = arlens::analyze(&read.ledger, &at).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "468.60");
}

/// The ods fixture with its `content.xml` rewritten by `edit`.
fn rewritten_ods_content(edit: impl Fn(&str) -> String) -> Vec<u8> {
    use std::io::Read;
    let bytes = fixture("formats/ledger.ods");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    for name in names {
        let mut data = Vec::new();
        archive.by_name(&name).unwrap().read_to_end(&mut data).unwrap();
        if name == "content.xml" {
            data = edit(std::str::from_utf8(&data).unwrap()).into_bytes();
        }
        parts.push((name, data));
    }
    let files: Vec<(&str, &[u8])> = parts.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    zipped(&files)
}

/// The ods fixture with its sheet rows 3 and 5 hidden as LibreOffice writes them
/// (`collapse`: hidden by hand; `filter`: filtered out by a standard filter).
fn ods_with_rows_hidden() -> Vec<u8> {
    rewritten_ods_content(|text| {
        let tag = "<table:table-row table:style-name=\"ro1\">";
        let mut pieces = text.split(tag);
        let mut out = pieces.next().unwrap().to_owned();
        for (i, piece) in pieces.enumerate() {
            out.push_str(match i + 1 {
                3 => "<table:table-row table:style-name=\"ro1\" table:visibility=\"collapse\">",
                5 => "<table:table-row table:style-name=\"ro1\" table:visibility=\"filter\">",
                _ => tag,
            });
            out.push_str(piece);
        }
        out
    })
}

/// The xls fixture with its sheet rows 3 and 5 hidden: the ROW records' `fDyZero`
/// bit set (MS-XLS 2.4.221), as Excel saves rows hidden or filtered out.
fn xls_with_rows_hidden() -> Vec<u8> {
    let mut bytes = fixture("formats/ledger.xls");
    for row in [2u8, 4] {
        // A ROW record: type 0x0208, 16 bytes, then the 0-based row; its flags are 12 bytes in.
        let record = [0x08, 0x02, 0x10, 0x00, row, 0x00];
        let at = bytes.windows(6).position(|w| w == record).expect("a ROW record for the row");
        bytes[at + 4 + 12] |= 0x20;
    }
    bytes
}

/// Rows an xls or ods workbook hides are said and can be left out, as an xlsx's are.
#[test]
fn rows_hidden_in_xls_and_ods_workbooks_are_said_too() {
    for (name, bytes) in [("ledger.xls", xls_with_rows_hidden()), ("ledger.ods", ods_with_rows_hidden())] {
        let read = import(&bytes, &ImportOptions::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let all = read.ledger.entries.len();
        let said = warnings_about(&read, "hidden in the workbook");
        // The ledger's 25 rows all count; sheet rows 3 and 5 are said.
        assert_eq!(all, 25, "{name}");
        assert_eq!(
            said,
            [
                "sheet \"Open items\", row 3: 2 rows below the header are hidden in the workbook (hidden by hand, or filtered out by an AutoFilter): they are read like the others and count in every figure; set skipHiddenRows to leave them out"
            ],
            "{name}"
        );
        let hidden = read.report.hidden_rows.as_ref().unwrap();
        assert_eq!((hidden.rows, hidden.first.row, hidden.left_out), (2, Some(3), false), "{name}");
        let options = ImportOptions { skip_hidden_rows: true, ..ImportOptions::default() };
        let read = import(&bytes, &options).unwrap();
        assert_eq!(read.ledger.entries.len(), 23, "{name}");
        let left_out: Vec<String> = read
            .report
            .skipped
            .iter()
            .map(|s| format!("{}: {} ({:?})", s.position, s.reason, s.kind))
            .collect();
        assert_eq!(
            left_out,
            [
                "sheet \"Open items\", row 3: hidden in the workbook: left out (skipHiddenRows) (Excluded)",
                "sheet \"Open items\", row 5: hidden in the workbook: left out (skipHiddenRows) (Excluded)"
            ],
            "{name}"
        );
        // Excluded: CN-000005's open -162.60 + INV-000044's 576.52 = 413.92 EUR, and
        // 5,550.58 EUR in the file (20 rows) = 5,136.66 imported (18) + 413.92 excluded (2).
        let eur = read.report.reconciliation[0].currencies.iter().find(|c| c.currency == "EUR").unwrap();
        let parts: Vec<String> = [eur.file, eur.imported, eur.excluded]
            .iter()
            .map(|p| format!("{} ({})", p.total, p.rows))
            .collect();
        assert_eq!(parts[1..], ["5136.66 (18)", "413.92 (2)"], "{name}: {parts:?}");
        assert_eq!(parts[0], "5550.58 (20)", "{name}");
    }
}

/// The hidden-column warnings of an import: "position: message".
fn hidden_columns_said(read: &Imported) -> Vec<String> {
    warnings_about(read, "this column is hidden in the workbook")
}

/// A column the workbook hides but arlens reads (an old amount column the user hid,
/// keeping the one they meant in view) is said: the figures count what the sheet
/// does not show. A hidden column arlens does not read is not.
#[test]
fn columns_hidden_in_a_workbook_are_said_when_read() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Open items").unwrap();
    sheet
        .write_row(0, 0, ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency", "Notes"])
        .unwrap();
    sheet.write_row(1, 0, ["I-1", "Acme", "2026-05-01", "2026-05-31", "100", "EUR", "called"]).unwrap();
    sheet.set_column_hidden(4).unwrap();
    sheet.set_column_hidden(6).unwrap();
    let read = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
    assert_eq!(
        hidden_columns_said(&read),
        [
            "sheet \"Open items\", row 1, column E (\"Amount\"): this column is hidden in the workbook, and read as the amount: its values count though the sheet does not show them; map another column to the amount if this is not the one meant"
        ]
    );
    let listed: Vec<(&str, &str, arlens::import::Field)> =
        read.report.hidden_columns.iter().map(|c| (c.column.as_str(), c.header.as_str(), c.field)).collect();
    assert_eq!(listed, [("E", "Amount", arlens::import::Field::Amount)]);
    // The ods fixture with its column F (Amount) hidden, as LibreOffice writes it.
    let ods = rewritten_ods_content(|text| {
        let all = "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"16384\" table:default-cell-style-name=\"Default\"/>";
        assert!(text.contains(all));
        text.replace(all, "<table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"5\"/><table:table-column table:style-name=\"co1\" table:visibility=\"collapse\"/><table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"16378\"/>")
    });
    let read = import(&ods, &ImportOptions::default()).unwrap();
    let said = hidden_columns_said(&read);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said[0].starts_with("sheet \"Open items\", row 1, column F (\"Amount\"): this column is hidden"),
        "{said:?}"
    );
    // The xls fixture's one COLINFO record (columns A to IW) set hidden: each column read is said.
    let mut xls = fixture("formats/ledger.xls");
    let record = [0x7D, 0x00, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x01];
    let at = xls.windows(8).position(|w| w == record).expect("the COLINFO record");
    xls[at + 4 + 8] |= 0x01;
    let hidden = import(&xls, &ImportOptions::default()).unwrap();
    let mapped =
        hidden.report.mapping.columns.iter().filter(|c| c.field != arlens::import::Field::Ignore).count();
    assert!(mapped >= 6, "{mapped}");
    assert_eq!(hidden_columns_said(&hidden).len(), mapped);
    // Nothing hidden, nothing said.
    let plain = import(&fixture("formats/ledger.xls"), &ImportOptions::default()).unwrap();
    assert!(hidden_columns_said(&plain).is_empty());
}

/// A workbook with no currency column whose amounts are formatted as currency
/// (`1.234,56 €` in Excel) is in that currency: it was "an unknown currency (XXX):
/// the file names no currency". A `$` format names none (several currencies
/// write it), and the warning stands.
#[test]
fn amounts_formatted_as_a_currency_are_in_it() {
    use rust_xlsxwriter::{Format, Workbook};
    for (format, currency) in
        [("#,##0.00 [$€-407]", "EUR"), ("[$$-1009]#,##0.00", "CAD"), ("\"$\"#,##0.00", "XXX")]
    {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        let money = Format::new().set_num_format(format);
        sheet.write_row(0, 0, ["Invoice", "Customer", "Invoice date", "Due date", "Amount"]).unwrap();
        sheet.write_row(1, 0, ["I-1", "Acme", "2026-05-01", "2026-05-31"]).unwrap();
        sheet.write_number_with_format(1, 4, 1234.56, &money).unwrap();
        sheet.write_row(2, 0, ["I-2", "Beta", "2026-05-02", "2026-06-01"]).unwrap();
        sheet.write_number_with_format(2, 4, 100.0, &money).unwrap();
        let read = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
        let currencies: Vec<&str> = read.ledger.entries.iter().map(|e| e.currency.as_ref()).collect();
        assert_eq!(currencies, [currency, currency], "{format}");
        let unknown = read.report.warnings.iter().any(|w| w.message.contains("unknown currency"));
        assert_eq!(unknown, currency == "XXX", "{format}");
        let said = warnings_about(&read, "no column names the currency");
        let expected = format!(
            "sheet \"Sheet1\", row 1: no column names the currency, and the amount cells are typed or formatted as {currency} (what the spreadsheet shows beside them): rows whose cells name no other currency are read in {currency}"
        );
        assert_eq!(said, if currency == "XXX" { vec![] } else { vec![expected] }, "{format}");
    }
}

/// An Excel 97-2003 workbook (`formats/currency-format.xls`, xlwt) whose amounts
/// are formatted in pounds and no column names the currency is in pounds, as an
/// xlsx is: it was "an unknown currency (XXX)".
#[test]
fn xls_amounts_formatted_in_pounds_are_in_pounds() {
    let read = import(&fixture("formats/currency-format.xls"), &ImportOptions::default()).unwrap();
    let currencies: Vec<&str> = read.ledger.entries.iter().map(|e| e.currency.as_ref()).collect();
    assert_eq!(currencies, ["GBP"; 4]);
    assert!(!read.report.warnings.iter().any(|w| w.message.contains("unknown currency")));
    assert_eq!(warnings_about(&read, "no column names the currency").len(), 1);
    // Open at 30 June: 1,500.00 + 320.40 + 12,450.00 − 450.00 = 13,820.40.
    let ledger = Ledger::open(&fixture("formats/currency-format.xls"), &ImportOptions::default()).unwrap();
    let report = ledger.analyze(&Options::at("2026-06-30".parse().unwrap())).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "13820.40");
    // The generator's xls (LibreOffice's conversion, plain number formats) names none.
    let plain = import(&fixture("formats/ledger.xls"), &ImportOptions::default()).unwrap();
    assert!(warnings_about(&plain, "no column names the currency").is_empty());
}

/// Dates written as eight-digit numbers in a workbook (`20260315`, as SAP's and
/// Oracle's exports to Excel write them) are read as YYYYMMDD: every row was skipped
/// ("20260414 is not a date: serial numbers end at 2958465"). Eight digits that name
/// no day are refused with the reading tried.
#[test]
fn dates_written_as_eight_digit_numbers_are_read_as_yyyymmdd() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet
        .write_row(0, 0, ["Customer", "Document", "Doc. Date", "Net due date", "Amount", "Currency"])
        .unwrap();
    let rows = [
        ("Acme", "9000101", 20_260_315.0, 20_260_414.0, 1200.0),
        ("Acme", "9000107", 20_260_520.0, 20_260_619.0, 450.5),
        ("Globex", "9000111", 20_260_601.0, 20_260_701.0, 3000.0),
        ("Globex", "9000112", 20_260_601.0, 20_261_345.0, 10.0),
    ];
    for (row, (customer, document, date, due, amount)) in (1u32..).zip(rows) {
        sheet.write_row(row, 0, [customer, document]).unwrap();
        sheet.write_row(row, 2, [date, due, amount]).unwrap();
        sheet.write(row, 5, "USD").unwrap();
    }
    let bytes = book.save_to_buffer().unwrap();
    let read = import(&bytes, &ImportOptions::default()).unwrap();
    let dates: Vec<String> =
        read.ledger.entries.iter().map(|e| format!("{} {}", e.date, e.due_date)).collect();
    assert_eq!(dates, ["2026-03-15 2026-04-14", "2026-05-20 2026-06-19", "2026-06-01 2026-07-01"]);
    let [skipped] = &read.report.skipped[..] else { panic!("{:?}", read.report.skipped) };
    assert_eq!(
        skipped.reason,
        "20261345 is not a date: eight digits are read as YYYYMMDD (serial numbers end at 2958465), and 2026-13-45 is no day"
    );
    // At 30 June: 1,200.00 due 14 April, 77 days → 61–90; 450.50 due 19 June, 11 days →
    // 1–30; 3,000.00 due 1 July, not due. Total 4,650.50.
    assert_eq!(
        crate::shared::aging_rows(&read, "2026-06-30"),
        [["USD", "3000.00", "450.50", "0.00", "1200.00", "0.00", "0.00", "0.00", "4650.50"]]
    );
}

/// A zip archive of `files` (name, bytes), deflated as download buttons zip them.
fn zipped(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A ledger exported and zipped (a system's download button, an e-mail gateway)
/// was refused as "a zip archive holding no workbook": the one ledger file inside
/// is read as if chosen itself — whole or streamed, CSV or workbook, beside
/// macOS's `__MACOSX/` copies and other files — and located in the archive. An
/// archive of several ledger files is refused naming them: no guess.
#[test]
fn a_zip_archive_holding_one_ledger_file_is_read() {
    let csv = read("ledger.csv");
    let want: Vec<String> = csv.ledger.entries.iter().map(|e| essence(&csv.ledger, e)).collect();
    let options = ImportOptions { file_name: Some("export.zip".into()), ..Default::default() };
    for inner in ["ledger.csv", "ledger.xlsx"] {
        let name = format!("AR export/{inner}");
        let archive = zipped(&[
            ("__MACOSX/AR export/._ledger.csv", b"\0\x05\x16\x07"),
            ("AR export/read me.pdf", b"%PDF-1.4\n"),
            (&name, &fixture(&format!("formats/{inner}"))),
        ]);
        let read = import(&archive, &options).unwrap_or_else(|e| panic!("{inner}: {e}"));
        let got: Vec<String> = read.ledger.entries.iter().map(|e| essence(&read.ledger, e)).collect();
        assert_eq!(got, want, "{inner}");
        let first = &read.report.warnings[0];
        assert_eq!(first.position.file.as_deref(), Some(format!("export.zip/{name}").as_str()), "{inner}");
        assert_eq!(first.message, format!("read \"{name}\", the one ledger file in the zip archive"));
        // The digest is the archive's: the file the user chose.
        use sha2::Digest;
        let digest: String = sha2::Sha256::digest(&archive).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(read.report.sha256, digest, "{inner}");
        let mut reader = arlens::LedgerReader::new(&options).unwrap();
        archive.chunks(997).try_for_each(|c| reader.push(c)).unwrap();
        let streamed = reader.finish().unwrap_or_else(|e| panic!("{inner} streamed: {e}"));
        assert_eq!(streamed.summary().import.entries, read.report.entries, "{inner} streamed");
    }
    // Two files, neither a ledger: refused as one would be, located in the archive.
    let two = zipped(&[("a.csv", b"x"), ("b.xlsx", b"y")]);
    let err = import(&two, &options).err().unwrap();
    assert_eq!(err.kind().code(), "missingColumns");
    assert_eq!(err.position().unwrap().file.as_deref(), Some("export.zip/a.csv"));
}

/// Each entry's document number with its sheet (or file) and row: `INV-1 Jan!2`.
fn sources(read: &Imported) -> Vec<String> {
    let book = &read.ledger;
    book.entries
        .iter()
        .map(|e| {
            let (sheet, row) = book.source_row(e).unwrap();
            format!("{} {}!{row}", e.id, sheet.unwrap())
        })
        .collect()
}

/// A month's exports zipped together are read as the sheets of one workbook:
/// the files laid out alike as one ledger, each row located in its file; a
/// copy, a file of notes and one that cannot be read named, not read; read
/// whole or streamed alike.
#[test]
fn the_files_of_a_zip_archive_are_read_as_one_ledger() {
    let head = "Type,Document,Customer,Date,Due date,Amount,Currency,Applies to\n";
    let jan = format!(
        "{head}Invoice,INV-1,Acme,2026-01-10,2026-02-09,1000.00,EUR,\nInvoice,INV-2,Beta,2026-01-20,2026-02-19,500.00,EUR,\n"
    );
    let feb = format!(
        "{head}Payment,PAY-1,Acme,2026-02-05,,600.00,EUR,INV-1\nInvoice,INV-3,Acme,2026-02-15,2026-03-17,250.00,EUR,\nInvoice,INV-4,Beta,15 Febtober,2026-03-20,90.00,EUR,\n"
    );
    let archive = zipped(&[
        ("AR/jan.csv", jan.as_bytes()),
        ("AR/notes.txt", b"Exported by hand\nAsk Jane about Beta\n"),
        ("AR/feb.csv", feb.as_bytes()),
        ("AR/broken.xlsx", b"PK\x03\x04 cut short"),
        ("AR/feb copy.csv", feb.as_bytes()),
    ]);
    let options = ImportOptions { file_name: Some("export.zip".into()), ..Default::default() };
    let read = import(&archive, &options).unwrap();
    let report = &read.report;
    assert_eq!(report.combined_sheets, ["jan.csv", "feb.csv"]);
    // Open at 31 March: INV-1 1000.00 − PAY-1 600.00 (in feb.csv) + INV-2 500.00 + INV-3 250.00 = 1,150.00.
    let at = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    let figures = arlens::analyze(&read.ledger, &at).unwrap();
    assert_eq!(figures.aging.currencies[0].open_total.to_string(), "1150.00");
    let sources = sources(&read);
    assert_eq!(sources, ["INV-1 jan.csv!2", "INV-2 jan.csv!3", "PAY-1 feb.csv!2", "INV-3 feb.csv!3"]);
    let skipped: Vec<String> =
        report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(skipped.len(), 1, "{skipped:#?}");
    assert!(
        skipped[0].starts_with("file \"export.zip/AR/feb.csv\", row 4, column D (\"Date\"): \"15 Febtober\""),
        "{skipped:#?}"
    );
    let messages = warnings(&read);
    let has = |text: &str| messages.iter().any(|m| m.contains(text));
    assert!(
        has(
            "file \"export.zip\": the documents of 2 files laid out alike, \"jan.csv\", \"feb.csv\", were read as one ledger; each row is located by its file"
        ),
        "{messages:#?}"
    );
    assert!(
        has("file \"feb copy.csv\" was not read: 3 of its 3 rows name documents of file \"feb.csv\""),
        "{messages:#?}"
    );
    assert!(
        has(
            "file \"export.zip\": of the 4 ledger files, \"AR/notes.txt\", \"AR/feb copy.csv\" were not read"
        ),
        "{messages:#?}"
    );
    assert!(has("file \"export.zip\": files that could not be read: \"AR/broken.xlsx\" ("), "{messages:#?}");
    // Streamed, the same ledger.
    let mut reader = arlens::LedgerReader::new(&options).unwrap();
    archive.chunks(997).try_for_each(|c| reader.push(c)).unwrap();
    let streamed = reader.finish().unwrap();
    assert_eq!(streamed.summary().import.combined_sheets, report.combined_sheets);
    assert_eq!(streamed.summary().import.entries, 4);
    // Files chosen together, bundled by the app: named by their own names.
    let bundled = arlens::import::bundle(&[
        ("jan.csv".to_owned(), jan.clone().into_bytes()),
        ("feb.csv".to_owned(), feb.clone().into_bytes()),
        ("jan.csv".to_owned(), head.as_bytes().to_vec()),
    ])
    .unwrap();
    let together =
        import(&bundled, &ImportOptions { file_name: Some(String::new()), ..Default::default() }).unwrap();
    assert_eq!(together.report.combined_sheets, ["jan.csv", "feb.csv"]);
    assert_eq!(
        together.report.skipped[0].position.to_string(),
        "file \"feb.csv\", row 4, column D (\"Date\")"
    );
    // Each file's own digest, as `sha256sum` gives it for the file the user has.
    use sha2::Digest;
    let digest =
        |bytes: &[u8]| -> String { sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect() };
    let files: Vec<(&str, &str)> =
        together.report.files.iter().map(|f| (f.name.as_str(), f.sha256.as_str())).collect();
    let want = [digest(jan.as_bytes()), digest(feb.as_bytes()), digest(head.as_bytes())];
    assert_eq!(
        files,
        [("jan.csv", want[0].as_str()), ("feb.csv", want[1].as_str()), ("jan (2).csv", want[2].as_str())]
    );
    let named: Vec<&str> = together.report.sheets.iter().map(String::as_str).collect();
    assert_eq!(named, ["jan.csv", "feb.csv", "jan (2).csv"]);
    // The files inflate within one budget: 2 × 334 bytes are over 667.
    let row = "Invoice,INV-1,Acme,2026-01-10,2026-02-09,1000.00,EUR,\n";
    let file = format!("{head}{}", row.repeat(5));
    assert_eq!(file.len(), 334);
    let two = zipped(&[("a.csv", file.as_bytes()), ("b.csv", file.as_bytes())]);
    let mut small = options.clone();
    small.limits.zip_bytes = 667;
    let err = import(&two, &small).err().unwrap();
    assert_eq!(err.kind().code(), "tooLarge", "{err}");
    small.limits.zip_bytes = 668;
    assert!(import(&two, &small).is_ok());
    // One file asked for: read alone.
    let feb_only =
        import(&archive, &ImportOptions { sheet: Some("feb.csv".into()), ..options.clone() }).unwrap();
    assert_eq!(feb_only.ledger.entries.len(), 2);
    assert!(feb_only.report.combined_sheets.is_empty());
}

/// A transactions ledger split by month, one sheet each, with a backup copy
/// of one month and a summary sheet.
fn monthly_workbook() -> Vec<u8> {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let header = ["Type", "Document", "Customer", "Date", "Due date", "Amount", "Currency", "Applies to"];
    let jan: &[[&str; 8]] = &[
        ["Invoice", "INV-1", "Acme", "2026-01-10", "2026-02-09", "1000.00", "EUR", ""],
        ["Invoice", "INV-2", "Beta", "2026-01-20", "2026-02-19", "500.00", "EUR", ""],
    ];
    let feb: &[[&str; 8]] = &[
        ["Payment", "PAY-1", "Acme", "2026-02-05", "", "600.00", "EUR", "INV-1"],
        ["Invoice", "INV-3", "Acme", "2026-02-15", "2026-03-17", "250.00", "EUR", ""],
        ["Invoice", "INV-4", "Beta", "15 Febtober", "2026-03-20", "90.00", "EUR", ""],
    ];
    let mar: &[[&str; 8]] = &[
        ["Invoice", "INV-2", "Beta", "2026-03-01", "2026-03-31", "80.00", "EUR", ""],
        ["Invoice", "INV-5", "Gamma", "2026-03-10", "2026-04-09", "40.00", "EUR", ""],
    ];
    for (name, rows) in [("Jan", jan), ("Feb", feb), ("Mar", mar), ("Feb (2)", feb)] {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        sheet.write_row(0, 0, header).unwrap();
        for (r, row) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            sheet.write_row(r, 0, row.iter().copied().take(5)).unwrap();
            sheet.write_number(r, 5, row[5].parse::<f64>().unwrap()).unwrap();
            sheet.write_row(r, 6, row.iter().copied().skip(6)).unwrap();
        }
        if name == "Jan" {
            sheet.write_string(4, 1, "Total").unwrap();
            sheet.write_number(4, 5, 1500.0).unwrap();
        }
    }
    let summary = book.add_worksheet().set_name("Summary").unwrap();
    summary.write_row(0, 0, ["Customer", "Total"]).unwrap();
    summary.write_row(1, 0, ["Acme", "650"]).unwrap();
    let old = book.add_worksheet().set_name("Dec 2025").unwrap().set_hidden(true);
    old.write_row(0, 0, header).unwrap();
    old.write_row(1, 0, ["Invoice", "INV-0", "Zeta", "2025-12-01", "2025-12-31"]).unwrap();
    old.write_number(1, 5, 999.0).unwrap();
    old.write_string(1, 6, "EUR").unwrap();
    book.save_to_buffer().unwrap()
}

/// A ledger split across sheets laid out alike is read as one: payments in
/// one month's sheet settle invoices in another's, document numbers are
/// checked across them, and every row is located by its sheet. A copy of a
/// sheet is not read (its documents would count twice), nor is a hidden one
/// or a sheet of other fields; a sheet asked for is read alone.
#[test]
fn a_ledger_split_across_sheets_is_read_as_one() {
    let bytes = monthly_workbook();
    let read = import(&bytes, &ImportOptions::default()).unwrap();
    let report = &read.report;
    assert_eq!(report.sheet.as_deref(), Some("Jan"));
    assert_eq!(report.combined_sheets, ["Jan", "Feb", "Mar"]);
    // Open at 31 March: INV-1 1000.00 − PAY-1 600.00 (in Feb's sheet) = 400.00,
    // INV-2 500.00, INV-3 250.00, Mar's INV-2 80.00 and INV-5 40.00:
    // 400 + 500 + 250 + 80 + 40 = 1,270.00.
    let at = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    let figures = arlens::analyze(&read.ledger, &at).unwrap();
    assert_eq!(figures.aging.currencies[0].open_total.to_string(), "1270.00");
    assert_eq!(figures.sheets.len(), 3);
    // The invoices grid names each open document's sheet.
    let at = arlens::Options {
        aging: arlens::figures::aging::AgingOptions { items: true, ..Default::default() },
        ..at
    };
    let figures = arlens::analyze(&read.ledger, &at).unwrap();
    let grid = arlens::grid::Grid::of(&figures, arlens::grid::GridName::Invoices);
    let (document, row, sheet) =
        (grid.column("document").unwrap(), grid.column("row").unwrap(), grid.column("sheet").unwrap());
    let mut shown: Vec<String> = (0..grid.len())
        .map(|r| {
            let text = |c: usize| grid.text(c, &grid.cell(r, c)).into_owned();
            format!("{} {}!{}", text(document), text(sheet), text(row))
        })
        .collect();
    shown.sort();
    assert_eq!(shown, ["INV-1 Jan!2", "INV-2 Jan!3", "INV-2 Mar!2", "INV-3 Feb!3", "INV-5 Mar!3"]);
    // Each entry's sheet and row.
    let sources = sources(&read);
    assert_eq!(
        sources,
        ["INV-1 Jan!2", "INV-2 Jan!3", "PAY-1 Feb!2", "INV-3 Feb!3", "INV-2 Mar!2", "INV-5 Mar!3"]
    );
    // The unreadable row is located in its own sheet; Jan's total row is layout.
    let skipped: Vec<String> =
        report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(skipped.len(), 2, "{skipped:#?}");
    assert!(skipped[0].starts_with("sheet \"Jan\", row 5: "), "{skipped:#?}");
    assert!(
        skipped[1].starts_with("sheet \"Feb\", row 4, column D (\"Date\"): \"15 Febtober\""),
        "{skipped:#?}"
    );
    let messages = warnings(&read);
    let has = |text: &str| messages.iter().any(|m| m.contains(text));
    assert!(
        has("the documents of 3 sheets laid out alike, \"Jan\", \"Feb\", \"Mar\", were read as one ledger"),
        "{messages:#?}"
    );
    assert!(
        has(
            "sheet \"Feb (2)\" was not read: 3 of its 3 rows name documents of sheet \"Feb\", so it looks like a copy of it"
        ),
        "{messages:#?}"
    );
    assert!(
        has("sheet \"Dec 2025\", laid out as this one, is hidden in the workbook and was not read"),
        "{messages:#?}"
    );
    // The number on two sheets, named by sheet and row; the warning at its first row.
    assert!(
        has(
            "sheet \"Jan\", row 3, column B (\"Document\"): document number \"INV-2\" is on 2 rows (Jan!3, Mar!2)"
        ),
        "{messages:#?}"
    );
    // The reconciliation adds the sheets' rows: 1000 + 500 + 600 + 250 + 90 + 80 + 40.
    let amounts = report.reconciliation.iter().find(|r| r.column == "Amount").unwrap();
    assert_eq!(amounts.currencies[0].file.total.to_string(), "2560", "{amounts:#?}");
    assert!(amounts.currencies[0].balances(), "{amounts:#?}");
    // The sheet asked for: read alone, nothing said of the others.
    let jan = import(&bytes, &ImportOptions { sheet: Some("Jan".into()), ..Default::default() }).unwrap();
    assert!(jan.report.combined_sheets.is_empty() && jan.ledger.sheets.is_empty());
    assert_eq!(jan.ledger.entries.len(), 2);
    assert!(jan.report.warnings.iter().all(|w| !w.message.contains("sheets laid out alike")));
}

/// Open items listed at two month ends, a sheet each: the same invoices in
/// both are one invoice, so the sheets are versions, not parts. The sheet that
/// looks most like a ledger is read, the other named.
#[test]
fn open_items_at_two_month_ends_are_versions_not_parts() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let jan: &[(&str, &str, f64)] = &[("A-1", "Acme", 100.0), ("A-2", "Acme", 200.0), ("B-1", "Beta", 300.0)];
    let feb: &[(&str, &str, f64)] =
        &[("A-2", "Acme", 150.0), ("B-1", "Beta", 300.0), ("C-1", "Cole", 50.0), ("C-2", "Cole", 70.0)];
    for (name, rows) in [("31 Jan", jan), ("28 Feb", feb)] {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        sheet.write_row(0, 0, ["Invoice", "Customer", "Invoice date", "Due date", "Open balance"]).unwrap();
        for (r, (id, customer, open)) in rows.iter().enumerate() {
            let r = r as u32 + 1;
            sheet.write_row(r, 0, [*id, *customer, "2026-01-05", "2026-02-04"]).unwrap();
            sheet.write_number(r, 4, *open).unwrap();
        }
    }
    let read = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.sheet.as_deref(), Some("28 Feb"));
    assert!(read.report.combined_sheets.is_empty());
    // 28 Feb alone: 150 + 300 + 50 + 70 = 570.
    let total: rust_decimal::Decimal = read.ledger.entries.iter().map(|e| e.amount).sum();
    assert_eq!(total.to_string(), "570");
    let first = &read.report.warnings[0];
    assert_eq!(
        format!("{}: {}", first.position, first.message),
        "sheet \"28 Feb\": sheet \"31 Jan\" was not read: 2 of its 3 rows name documents of sheet \"28 Feb\", so it looks like a copy of it, another version, or the same open items at another date, and its documents would count twice; choose it to read it alone"
    );
}

/// Sheets mapping the same fields from other columns, or in another currency
/// their headers name, are not read with the chosen one: said so.
#[test]
fn sheets_of_the_same_fields_in_other_currencies_are_named_not_read() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    for (name, currency, count) in [("USD", "USD", 3u32), ("EUR", "EUR", 2)] {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        sheet
            .write_row(
                0,
                0,
                ["Invoice", "Customer", "Invoice date", "Due date", &format!("Amount ({currency})")],
            )
            .unwrap();
        for r in 1..=count {
            sheet.write_row(r, 0, [&format!("{name}-{r}"), "Acme", "2026-05-01", "2026-05-31"]).unwrap();
            sheet.write_number(r, 4, 100.0).unwrap();
        }
    }
    let read = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.sheet.as_deref(), Some("USD"));
    assert!(read.report.combined_sheets.is_empty());
    let first = &read.report.warnings[0];
    assert_eq!(
        format!("{}: {}", first.position, first.message),
        "sheet \"USD\": sheet \"EUR\" maps the same fields as this one from other columns, or in other currencies, and was not read: the figures are without it; choose one, or put the documents of all of them in one sheet laid out alike"
    );
}

/// Sheets a month each whose invoice numbers start again at 1 (a small
/// business's book, an export run per month) were taken for versions of one
/// another — the same numbers — and all but the first left unread: the numbers
/// repeat with other dates, so they are other invoices, and the sheets are
/// read as one ledger.
#[test]
fn monthly_sheets_whose_numbers_start_again_are_read_as_one() {
    use rust_xlsxwriter::Workbook;
    let mut book = Workbook::new();
    let months = [
        (
            "January",
            [
                (1, "Acme", "2026-01-05", 100.0),
                (2, "Beta", "2026-01-12", 200.0),
                (3, "Acme", "2026-01-20", 300.0),
            ],
        ),
        (
            "February",
            [
                (1, "Acme", "2026-02-03", 110.0),
                (2, "Beta", "2026-02-14", 210.0),
                (3, "Gamma", "2026-02-21", 310.0),
            ],
        ),
    ];
    for (name, rows) in months {
        let sheet = book.add_worksheet().set_name(name).unwrap();
        sheet.write_row(0, 0, ["Invoice", "Customer", "Date", "Amount", "Currency"]).unwrap();
        for (r, (number, customer, date, amount)) in rows.into_iter().enumerate() {
            let r = u32::try_from(r).unwrap() + 1;
            sheet.write_number(r, 0, f64::from(number)).unwrap();
            sheet.write_row(r, 1, [customer, date]).unwrap();
            sheet.write_number(r, 3, amount).unwrap();
            sheet.write_string(r, 4, "EUR").unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let read = import(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(read.report.combined_sheets, ["January", "February"]);
    let docs: Vec<String> = read
        .ledger
        .entries
        .iter()
        .map(|e| format!("{} {} {} {}", e.id, read.ledger.customer(e).name, e.date, e.amount))
        .collect();
    assert_eq!(
        docs,
        [
            "1 Acme 2026-01-05 100",
            "2 Beta 2026-01-12 200",
            "3 Acme 2026-01-20 300",
            "1 Acme 2026-02-03 110",
            "2 Beta 2026-02-14 210",
            "3 Gamma 2026-02-21 310"
        ]
    );
    // The numbers on two rows of one customer are said once.
    let said = warnings(&read);
    assert!(said.contains(&"sheet \"January\", row 2, column A (\"Invoice\"): 2 document numbers are each on rows of several sheets, as when numbering starts again in each (\"1\" on January!2, February!2; \"2\" on January!3, February!3): each row is read as its own document".to_owned()), "{said:#?}");
    // 100 + 200 + 300 + 110 + 210 + 310 = 1,230.00 open at 31 March.
    let at = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    let report = arlens::analyze(&read.ledger, &at).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "1230.00");
}

/// Amounts formatted with a symbol several currencies use and no locale
/// (`"¥"#,##0`, Japanese Excel's own; `#,##0.00 "kr"`, Swedish Excel's) were read
/// in an unknown currency: the headers' language settles it, as it does for the
/// same symbol written in text cells; a format that names its locale keeps it.
#[test]
fn a_format_symbol_is_settled_by_the_headers_language() {
    use rust_xlsxwriter::{Format, Workbook};
    let cases = [
        (
            ["得意先名", "請求書番号", "請求日", "支払期日", "残高"],
            "\"¥\"#,##0",
            "JPY",
            Some("\"¥\" under headers in Japanese"),
        ),
        (
            ["客户名称", "发票号码", "开票日期", "到期日", "未收金额"],
            "¥#,##0.00",
            "CNY",
            Some("\"¥\" under headers in Chinese"),
        ),
        (
            ["Kund", "Fakturanummer", "Fakturadatum", "Förfallodatum", "Restbelopp"],
            "#,##0.00\\ \"kr\"",
            "SEK",
            Some("\"kr\" under headers in Swedish"),
        ),
        // English headers settle no `kr`; a locale (0x414, Norwegian) names its own.
        (
            ["Customer", "Invoice", "Invoice date", "Due date", "Open balance"],
            "#,##0.00\\ \"kr\"",
            "XXX",
            None,
        ),
        (
            ["Kund", "Fakturanummer", "Fakturadatum", "Förfallodatum", "Restbelopp"],
            "[$kr-414]\\ #,##0.00",
            "NOK",
            None,
        ),
    ];
    for (headers, format, currency, said) in cases {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_row(0, 0, headers).unwrap();
        sheet.write_row(1, 0, ["A", "1", "2026-05-31", "2026-06-30"]).unwrap();
        sheet.write_number_with_format(1, 4, 55_000.0, &Format::new().set_num_format(format)).unwrap();
        let read = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
        assert_eq!(&*read.ledger.entries[0].currency, currency, "{format}");
        let warned: Vec<&str> = read
            .report
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .filter(|m| m.contains("under headers in"))
            .collect();
        match said {
            Some(text) => {
                assert_eq!(warned.len(), 1, "{format}");
                assert!(
                    warned[0].contains(&format!("the amounts are formatted with {text}")),
                    "{}",
                    warned[0]
                );
            }
            None => assert!(warned.is_empty(), "{format}: {warned:?}"),
        }
        // Unsettled, the unknown currency's warning names the symbol the format shows
        // (it said "the file names no currency" of a sheet showing `kr` in every cell).
        let unknown = read.report.warnings.iter().find(|w| w.message.contains("unknown currency (XXX)"));
        assert_eq!(
            unknown.map(|w| w.message.as_str()),
            (currency == "XXX").then_some(
                r#"1 row is in an unknown currency (XXX): the amounts are formatted with "kr", which several currencies use; give the currency (defaultCurrency) to see them as such"#
            ),
            "{format}"
        );
    }
}
