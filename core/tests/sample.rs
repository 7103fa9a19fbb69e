//! The sample-ledger generator: deterministic, realistic, and the same in CSV and XLSX.

use arlens::sample::{EventKind, SampleOptions, generate};
use arlens::{ImportOptions, import};
use calamine::{Data, Reader, Xlsx};
use std::collections::HashSet;
use std::io::Cursor;

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let a = generate(&SampleOptions::default()).open_items_csv();
    let b = generate(&SampleOptions::default()).open_items_csv();
    let c = generate(&SampleOptions { seed: 7, ..SampleOptions::default() }).open_items_csv();
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn ledger_is_messy_like_a_real_one() {
    let sample = generate(&SampleOptions { invoices: 2_000, ..SampleOptions::default() });
    let currencies: HashSet<&str> = sample.customers.iter().map(|c| c.currency).collect();
    assert_eq!(currencies.len(), 3, "{currencies:?}");
    let count = |kind| sample.events.iter().filter(|e| e.kind == kind).count();
    assert_eq!(count(EventKind::Invoice), 2_000);
    assert!(count(EventKind::CreditNote) > 20, "credit notes: {}", count(EventKind::CreditNote));
    assert!(count(EventKind::Payment) > 1_000);
    let open = sample.open_items();
    let partial =
        open.iter().filter(|i| i.event.kind == EventKind::Invoice && i.open < i.event.amount).count();
    let unapplied = open.iter().filter(|i| i.open.is_sign_negative()).count();
    assert!(partial > 10, "partially paid open invoices: {partial}");
    assert!(unapplied > 0, "unapplied credit notes: {unapplied}");
    assert!(sample.events.iter().all(|e| e.date <= sample.reference_date), "nothing after the export date");
    let terms: HashSet<u32> = sample.customers.iter().map(|c| c.terms_days).collect();
    assert_eq!(terms, HashSet::from([30, 45, 60]));
}

#[test]
fn open_items_csv_imports_without_loss() {
    let sample = generate(&SampleOptions { invoices: 3_000, seed: 11, ..SampleOptions::default() });
    let out = import(&sample.open_items_csv(), &ImportOptions::default()).unwrap();
    assert!(out.report.skipped.is_empty());
    let open = out.ledger.open_at(sample.reference_date);
    assert_eq!(open.len(), sample.open_items().len());
    for (doc, item) in open.iter().zip(sample.open_items()) {
        assert_eq!((doc.entry.id.as_str(), doc.open), (item.event.document.as_str(), item.open));
    }
}

#[test]
fn xlsx_holds_the_same_open_items_as_csv() {
    let sample = generate(&SampleOptions { invoices: 500, ..SampleOptions::default() });
    let bytes = sample.open_items_xlsx().unwrap();
    let mut book = Xlsx::new(Cursor::new(bytes)).unwrap();
    let range = book.worksheet_range("Open items").unwrap();
    let items = sample.open_items();
    assert_eq!(range.height(), items.len() + 1);
    for (row, item) in range.rows().skip(1).zip(&items) {
        assert_eq!(row[0], Data::String(item.event.document.clone()));
        let Data::DateTime(date) = &row[3] else { panic!("{:?} is not a date cell", row[3]) };
        assert_eq!(date.as_datetime().unwrap().date(), item.event.date);
        let Data::Float(open) = row[6] else { panic!("{:?} is not a number", row[6]) };
        assert_eq!(format!("{open:.2}"), item.open.to_string());
    }
}
