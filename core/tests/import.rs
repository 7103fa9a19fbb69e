//! CSV import: mapping, located errors, skipped rows.

use crate::shared::shared_data;
use arlens::{ErrorKind, ImportOptions, import};
use rust_decimal::Decimal;

fn opts() -> ImportOptions {
    ImportOptions {
        file_name: Some("ar.csv".into()),
        ..ImportOptions::default()
    }
}

#[test]
fn missing_columns_name_what_is_missing_and_what_was_found() {
    let err = import(b"Name,Total\nAcme,12\n", &opts()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::MissingColumns { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        r#"file "ar.csv", row 1: this does not look like a ledger: no column for invoice date (columns found: Name, Total)"#
    );
}

#[test]
fn empty_file_is_an_error() {
    for input in [&b""[..], b"\xEF\xBB\xBF", b",,,\n,,\n"] {
        let err = import(input, &opts()).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Empty), "input {input:?}: {err}");
    }
}

#[test]
fn unreadable_rows_are_skipped_with_their_location() {
    let csv = "\u{feff}Invoice;Customer;Date;Due date;Amount\n\
               A1;Acme;2024-01-05;2024-02-04;10.00\n\
               A2;Acme;31/02/2024;2024-02-04;10.00\n\
               A3;Acme;2024-01-05;2024-02-04;ten\n\
               ;;;;\n\
               A5;;2024-01-05;2024-02-04;1\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert_eq!(out.report.rows_read, 5);
    assert_eq!(out.report.entries, 1);
    assert_eq!(out.report.blank_rows, 1);
    let skipped: Vec<String> = out
        .report
        .skipped
        .iter()
        .map(|s| format!("{}: {}", s.position, s.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            r#"file "ar.csv", row 3, column C ("Date"): "31/02/2024" is not a date (expected YYYY-MM-DD)"#,
            r#"file "ar.csv", row 4, column E ("Amount"): "ten" is not an amount (expected a number such as 1,234.56, (1,234.56) or 1.234,56-)"#,
            r#"file "ar.csv", row 6, column B ("Customer"): no customer name"#,
        ]
    );
}

#[test]
fn doubtful_values_are_warned_about() {
    let csv = "Invoice,Customer,Date,Due,Amount\nA1,Acme,2024-02-05,2024-01-05,10\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    let warnings: Vec<String> = out
        .report
        .warnings
        .iter()
        .map(|w| format!("{}: {}", w.position, w.message))
        .collect();
    assert_eq!(
        warnings,
        [
            r#"file "ar.csv", row 2, column D ("Due"): due date 2024-01-05 is before the invoice date 2024-02-05"#
        ]
    );

    let no_due = import(b"Invoice,Customer,Date,Amount\nA1,Acme,2024-02-05,10\n", &opts()).unwrap();
    assert_eq!(no_due.ledger.entries[0].due_date, no_due.ledger.entries[0].date);
    assert_eq!(
        no_due.report.warnings[0].message,
        "no due-date column: entries are aged on their document date"
    );
}

fn invoices(ledger: &arlens::Ledger) -> Vec<&arlens::Entry> {
    ledger
        .entries
        .iter()
        .filter(|e| e.kind == arlens::EntryKind::Invoice)
        .collect()
}

#[test]
fn highradius_open_invoices_import_in_full() {
    let Some(path) = shared_data("highradius-open-invoices.csv") else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let out = import(&bytes, &ImportOptions::default()).unwrap();
    assert!(
        out.report.skipped.is_empty(),
        "{:?}",
        &out.report.skipped[..3.min(out.report.skipped.len())]
    );
    let invoices = invoices(&out.ledger);
    assert_eq!(invoices.len(), 9_681);
    let total: Decimal = invoices.iter().map(|d| d.amount).sum();
    // The sum of the file's converted_usd column.
    assert_eq!(total.to_string(), "323093316.19");
    assert_eq!(invoices[0].customer.id, "0140105686", "leading zeros kept");
    assert_eq!(invoices[0].id, "2960623488", "float-written ids lose their .0");
    assert_eq!(
        out.ledger.shape,
        arlens::LedgerShape::InvoiceList,
        "clear_date is a paid date"
    );

    let mut ignore = ImportOptions::default();
    ignore
        .columns
        .insert("clear_date".into(), arlens::import::Field::Ignore);
    let open = import(&bytes, &ignore).unwrap();
    assert_eq!(open.ledger.shape, arlens::LedgerShape::OpenItems);
    let at = "2020-05-31".parse().unwrap();
    assert_eq!(
        open.ledger.open_at(at).len(),
        9_681,
        "with clear_date ignored, every invoice is open"
    );
}
