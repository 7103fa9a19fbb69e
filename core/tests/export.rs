//! Exports: a grid as CSV (BOM, locale, formula injection neutralised) and as
//! XLSX, and the whole analysis as one workbook, read back with calamine.

use crate::shared::fixture;
use arlens::export::{CsvExport, grid_csv, grid_xlsx, workbook};
use arlens::grid::{Filter, Grid, GridName, Query, SortKey, Test};
use arlens::money::locale::Locale;
use arlens::{ImportOptions, Ledger, Options};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

fn two_currencies() -> (Ledger, Options) {
    let import = ImportOptions { file_name: Some("two-currencies.csv".into()), ..ImportOptions::default() };
    let ledger = Ledger::open(&fixture("two-currencies.csv"), &import).unwrap();
    let mut options = Options::at("2024-03-31".parse().unwrap());
    options.aging.items = true;
    (ledger, options)
}

/// USD's open documents, largest open amount first.
fn usd_by_open() -> Query {
    Query {
        sort: vec![SortKey { column: "open".into(), descending: true }],
        scope: vec![Filter { column: "currency".into(), test: Test::OneOf(vec!["USD".into()]) }],
        ..Query::default()
    }
}

#[test]
fn a_grid_exports_as_csv_as_filtered_and_sorted() {
    let (ledger, options) = two_currencies();
    let report = ledger.analyze(&options).unwrap();
    let grid = Grid::of(&report, GridName::Invoices);
    let selection = grid.select(&usd_by_open()).unwrap();
    let csv = grid_csv(&grid, &selection, &CsvExport::default());
    assert!(csv.starts_with("\u{feff}".as_bytes()), "a BOM first");
    let text = String::from_utf8(csv[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Document,Customer,Open,Days past due,Aging column,Amount,Due,Date,Status,Kind,Currency,Customer id,Source row"
    );
    // U-1 600.00 (56 days, 31–60), U-4 300.00, U-3 250.00, P-2 −200.00: the numbers stay numbers.
    assert_eq!(lines[1], "U-1,Acme,600.00,56,31–60,1000.00,2024-02-04,2024-01-05,open,invoice,USD,C1,2");
    assert_eq!(
        lines[4],
        "P-2,Birch,-200.00,26,Credits,-700.00,2024-03-05,2024-03-05,credit,payment,USD,C2,8"
    );
    assert_eq!(lines.len(), 6, "4 rows, a header and the final line break");
    // In a comma-decimal locale: `;` between fields, `,` before the cents.
    let de = grid_csv(&grid, &selection, &CsvExport::for_locale(&Locale::from_tag("de").unwrap()));
    let de = String::from_utf8(de[3..].to_vec()).unwrap();
    assert!(de.contains("\r\nU-1;Acme;600,00;56;31–60;1000,00;2024-02-04;"), "{de}");
}

#[test]
fn a_text_that_looks_like_a_formula_stays_text_in_csv() {
    let csv = "Invoice,Customer,Date,Due date,Amount\n\
               A-1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",2024-01-01,2024-01-31,10.00\n\
               A-2,+Plus Co,2024-01-01,2024-01-31,20.00\n\
               A-3,-Minus Co,2024-01-01,2024-01-31,30.00\n\
               A-4,@At Co,2024-01-01,2024-01-31,40.00\n";
    let ledger = Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let mut options = Options::at("2024-03-31".parse().unwrap());
    options.aging.items = true;
    let report = ledger.analyze(&options).unwrap();
    let grid = Grid::of(&report, GridName::Invoices);
    let query =
        Query { sort: vec![SortKey { column: "document".into(), descending: false }], ..Query::default() };
    let out = grid_csv(&grid, &grid.select(&query).unwrap(), &CsvExport::default());
    let text = String::from_utf8(out[3..].to_vec()).unwrap();
    let customers: Vec<String> = text
        .split("\r\n")
        .skip(1)
        .filter(|l| !l.is_empty())
        .map(|l| {
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(l.as_bytes());
            reader.records().next().unwrap().unwrap()[1].to_owned()
        })
        .collect();
    assert_eq!(customers, ["'=HYPERLINK(\"http://x\",\"y\")", "'+Plus Co", "'-Minus Co", "'@At Co"]);
}

/// A sheet's cells as calamine reads them.
fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    book.worksheet_range(name).unwrap().rows().map(<[Data]>::to_vec).collect()
}

fn date(text: &str) -> Data {
    let d: chrono::NaiveDate = text.parse().unwrap();
    let excel = d.signed_duration_since(chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap()).num_days();
    Data::DateTime(calamine::ExcelDateTime::new(excel as f64, calamine::ExcelDateTimeType::DateTime, false))
}

#[test]
fn a_grid_exports_as_xlsx_with_number_and_date_cells() {
    let (ledger, options) = two_currencies();
    let report = ledger.analyze(&options).unwrap();
    let grid = Grid::of(&report, GridName::Invoices);
    let bytes = grid_xlsx(&grid, &grid.select(&usd_by_open()).unwrap(), "Open documents").unwrap();
    let rows = sheet(&bytes, "Open documents");
    assert_eq!(rows.len(), 5);
    assert_eq!(rows[0][0], Data::String("Document".into()));
    assert_eq!(rows[1][0], Data::String("U-1".into()));
    assert_eq!(rows[1][2], Data::Float(600.0));
    assert_eq!(rows[1][3], Data::Float(56.0));
    assert_eq!(rows[1][6], date("2024-02-04"));
    assert_eq!(rows[4][2], Data::Float(-200.0));
}

#[test]
fn the_workbook_holds_the_summary_and_every_table_and_is_the_same_for_the_same_input() {
    let (ledger, options) = two_currencies();
    let bytes = workbook(&ledger, &options).unwrap();
    assert_eq!(bytes, workbook(&ledger, &options).unwrap(), "the same bytes for the same input");
    // From a report already made (the app's worker keeps one): the same bytes.
    let report = ledger.analyze(&options).unwrap();
    assert_eq!(bytes, arlens::export::workbook_of(&ledger, &report, &options).unwrap());
    let book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(book.sheet_names(), ["Summary", "Aging by customer", "Open documents", "Worklist", "Trend"]);
    let summary = sheet(&bytes, "Summary");
    let find = |label: &str| {
        summary
            .iter()
            .find(|r| r.first() == Some(&Data::String(label.into())))
            .unwrap_or_else(|| panic!("{label}"))
            .clone()
    };
    assert_eq!(find("File")[1], Data::String("two-currencies.csv".into()));
    assert_eq!(find("SHA-256 of the file")[1], Data::String(ledger.summary().import.sha256.clone()));
    assert_eq!(find("arlens version")[1], Data::String(arlens::VERSION.into()));
    assert_eq!(find("As-of date")[1], date("2024-03-31"));
    // The key figures: USD receivables 950.00 (600 + 250 + 300 − 200), DSO 98.17 (950 / 300 × 31).
    let figure = |currency: &str, label: &str| {
        summary
            .iter()
            .find(|r| {
                r.first() == Some(&Data::String(currency.into()))
                    && r.get(1) == Some(&Data::String(label.into()))
            })
            .unwrap_or_else(|| panic!("{currency} {label}"))[2]
            .clone()
    };
    assert_eq!(figure("USD", "Receivables"), Data::Float(950.0));
    let Data::Float(dso) = figure("USD", "DSO") else { panic!("DSO is a number") };
    assert!((dso - 950.0 / 300.0 * 31.0).abs() < 1e-9);
    // The reconciliation balances: one line per amount column and currency.
    let line = summary
        .iter()
        .find(|r| r.get(1) == Some(&Data::String("USD".into())) && r.get(10).is_some())
        .unwrap();
    assert_eq!(line[10], Data::String("yes".into()));
    // Open documents: every currency's, with source rows (U-1 on line 2).
    let open = sheet(&bytes, "Open documents");
    assert_eq!(open.len(), 1 + report_items(&ledger, &options));
    let row_column = open[0].iter().position(|c| *c == Data::String("Source row".into())).unwrap();
    let u1 = open.iter().find(|r| r[0] == Data::String("U-1".into())).unwrap();
    assert_eq!(u1[row_column], Data::Float(2.0));
    assert!(sheet(&bytes, "Trend").len() > 1);
}

fn report_items(ledger: &Ledger, options: &Options) -> usize {
    ledger.analyze(options).unwrap().aging.items.len()
}

/// Files read together: the summary names each with its own digest, not the
/// bundle's (which is no file the user has).
#[test]
fn the_workbook_of_files_read_together_names_each_with_its_digest() {
    let head = "Invoice,Customer,Invoice date,Due date,Amount,Currency\n";
    let jan = format!("{head}I-1,Acme,2024-01-10,2024-02-09,100.00,EUR\n");
    let feb = format!("{head}I-2,Acme,2024-02-10,2024-03-11,50.00,EUR\n");
    let bundled = arlens::import::bundle(&[
        ("jan.csv".into(), jan.clone().into_bytes()),
        ("feb.csv".into(), feb.clone().into_bytes()),
    ])
    .unwrap();
    let options = arlens::Options::at(chrono::NaiveDate::from_ymd_opt(2024, 3, 31).unwrap());
    let ledger = arlens::Ledger::open(&bundled, &arlens::ImportOptions::default()).unwrap();
    let bytes = workbook(&ledger, &options).unwrap();
    let summary = sheet(&bytes, "Summary");
    let pairs: Vec<(String, String)> = summary
        .iter()
        .filter(|r| matches!(r.first(), Some(Data::String(l)) if l == "File" || l == "SHA-256 of the file"))
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    use sha2::Digest;
    let digest = |t: &str| -> String {
        sha2::Sha256::digest(t.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
    };
    let want: Vec<(String, String)> = [
        ("File", "jan.csv".to_owned()),
        ("SHA-256 of the file", digest(&jan)),
        ("File", "feb.csv".to_owned()),
        ("SHA-256 of the file", digest(&feb)),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_owned(), b))
    .collect();
    assert_eq!(pairs, want);
}
