//! Every workbook in calamine's own test suite (`../shared/data/calamine-tests`)
//! gives a ledger or a located error, quickly: no panic, no hang, no runaway memory.

use crate::shared::shared_data;
use arlens::{ImportOptions, import};
use std::time::{Duration, Instant};

/// The issue's bar. Measured: all 124 files together take about 0.7 s in a debug build.
const PER_FILE: Duration = Duration::from_secs(1);

#[test]
fn every_calamine_test_workbook_reads_or_fails_cleanly() {
    let Some(dir) = shared_data("calamine-tests") else {
        return;
    };
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut outcomes = Vec::new();
    for path in files.iter().filter(|p| {
        p.extension().is_some_and(|e| ["xlsx", "xlsm", "xlsb", "xls", "ods"].contains(&e.to_str().unwrap()))
    }) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let start = Instant::now();
        let options = ImportOptions { file_name: Some(name.clone()), ..ImportOptions::default() };
        let outcome = match import(&bytes, &options) {
            Ok(out) => format!("ledger of {} entries", out.ledger.entries.len()),
            Err(e) => {
                let pos = e.position().expect("every error is located");
                assert_eq!(pos.file.as_deref(), Some(name.as_str()), "{name}: {e}");
                assert!(e.to_string().starts_with(&format!("file {name:?}")), "{name}: location first: {e}");
                format!("error: {e}")
            }
        };
        let took = start.elapsed();
        assert!(took < PER_FILE, "{name} took {took:?}");
        outcomes.push((name, outcome));
    }
    assert!(outcomes.len() > 100, "only {} workbooks found", outcomes.len());
    let protected: Vec<&String> =
        outcomes.iter().filter(|(n, _)| n.starts_with("pass_protected")).map(|(_, o)| o).collect();
    assert_eq!(protected.len(), 3);
    for o in protected {
        assert!(o.contains("password protected"), "{o}");
    }
    for (name, outcome) in &outcomes {
        println!("{name}: {outcome}");
    }
}

/// Deterministic positions in `0..max` (an LCG, so every run damages the same bytes).
fn positions(seed: u64, count: usize, max: usize) -> impl Iterator<Item = usize> {
    let mut x = seed;
    (0..count).map(move |_| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (x >> 33) as usize % max
    })
}

/// Truncated and bit-flipped copies of each format never panic (natively a panic
/// would unwind; in WebAssembly it is a trap that reaches JavaScript).
#[test]
fn damaged_workbooks_never_panic() {
    let mut panics = Vec::new();
    for name in ["ledger.xlsx", "ledger.xls", "ledger.ods", "ledger.csv"] {
        let bytes = crate::shared::fixture(&format!("formats/{name}"));
        let cuts = positions(7, 300, bytes.len()).map(|cut| (format!("cut at {cut}"), bytes[..cut].to_vec()));
        let flips = positions(11, 1500, bytes.len()).map(|at| {
            let mut copy = bytes.clone();
            copy[at] ^= 1 << (at % 8);
            (format!("bit flipped at {at}"), copy)
        });
        for (what, copy) in cuts.chain(flips) {
            let run = std::panic::catch_unwind(|| import(&copy, &ImportOptions::default()).map(|_| ()));
            if run.is_err() {
                panics.push(format!("{name} {what}"));
            }
        }
    }
    assert!(panics.is_empty(), "{} panics: {:?}", panics.len(), &panics[..panics.len().min(10)]);
}

#[test]
fn the_sheet_of_documents_is_read_before_a_summary_sheet() {
    let mut book = rust_xlsxwriter::Workbook::new();
    // First sheet: a summary per customer, with many mapped columns but no dates.
    let summary = book.add_worksheet().set_name("Summary").unwrap();
    for (c, h) in
        ["Customer ID", "Customer", "Currency", "Amount", "Amount paid", "Open balance"].iter().enumerate()
    {
        summary.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (id, name)) in [("C1", "Acme"), ("C2", "Birch")].iter().enumerate() {
        let row = r as u32 + 1;
        summary.write_string(row, 0, *id).unwrap();
        summary.write_string(row, 1, *name).unwrap();
        summary.write_string(row, 2, "EUR").unwrap();
        for c in 3..6 {
            summary.write_number(row, c, 100.0).unwrap();
        }
    }
    summary.write_string(3, 0, "Total").unwrap();
    // Second sheet: one row per invoice.
    let invoices = book.add_worksheet().set_name("Invoices").unwrap();
    for (c, h) in ["Invoice", "Customer", "Date", "Amount"].iter().enumerate() {
        invoices.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (id, amount)) in [("I-1", 60.0), ("I-2", 40.0), ("I-3", 100.0)].iter().enumerate() {
        let row = r as u32 + 1;
        invoices.write_string(row, 0, *id).unwrap();
        invoices.write_string(row, 1, "Acme").unwrap();
        invoices.write_number(row, 2, 45_292.0).unwrap(); // 2024-01-01
        invoices.write_number(row, 3, *amount).unwrap();
    }
    let out = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
    assert_eq!(out.report.sheet.as_deref(), Some("Invoices"));
    assert_eq!(out.report.entries, 3);
    assert_eq!(
        out.report.sheet_choice.as_deref(),
        Some(
            r#"read sheet "Invoices": it looks most like a list of documents (4 columns mapped, 3 rows, dated); other sheets: "Summary" (6 columns mapped, 3 rows)"#
        )
    );
}
