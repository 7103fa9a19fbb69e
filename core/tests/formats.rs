//! One scenario, every format: the same open items as CSV, xlsx (written by
//! rust_xlsxwriter), and xls and ods (converted from the xlsx by LibreOffice)
//! parse to the same ledger. (No tool here writes xlsb; calamine's own xlsb
//! files are read in `workbooks`.)

use crate::shared::fixture;
use arlens::import::Format;
use arlens::{Book, Entry, ImportOptions, Imported, import};

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
