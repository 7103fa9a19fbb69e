//! Hostile values and options: each ends in a report or a located error of the
//! expected kind, never a panic (which in WebAssembly traps the instance) and
//! never a runaway — each case is timed against a generous ceiling.

use arlens::collections::plan::{Interest, PlanTerms, payment_plan};
use arlens::figures::period::PeriodLength;
use arlens::figures::value::Undefined;
use arlens::{ErrorKind, ImportOptions, Ledger, Options};
use rust_decimal::Decimal;
use std::io::Write;
use std::time::{Duration, Instant};

/// Generous: these catch runaways (a loop over the days between two far dates),
/// not slowness; the debug build of a small file takes milliseconds.
const CEILING: Duration = Duration::from_secs(10);

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    timed_within(CEILING, what, f)
}

/// [`timed`] with its own ceiling.
fn timed_within<T>(ceiling: Duration, what: &str, f: impl FnOnce() -> T) -> T {
    // A hang would never return to the assertion: a watchdog ends the test
    // binary, saying which case, at twice the ceiling.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watched = (done.clone(), what.to_owned());
    std::thread::spawn(move || {
        std::thread::sleep(ceiling * 2);
        if !watched.0.load(std::sync::atomic::Ordering::SeqCst) {
            // Past the test harness's capture, which a process exit would lose.
            let _ =
                writeln!(std::io::stderr(), "{} still running after {:?}: a hang", watched.1, ceiling * 2);
            std::process::exit(101);
        }
    });
    let start = Instant::now();
    let out = f();
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(start.elapsed() < ceiling, "{what} took {:?}", start.elapsed());
    out
}

/// The corpus's amplification cases (a million repeated ODS rows, 200 MB of
/// inflated XML) take seconds in a debug build on a busy machine: the ceiling is
/// the Node test's.
const CORPUS_CEILING: Duration = Duration::from_secs(60);

const CSV: &str = "Invoice,Customer,Date,Due date,Amount,Currency\n\
                   A1,Acme,2024-01-05,2024-02-04,100.00,EUR\n\
                   A2,Acme,2024-03-01,2024-03-31,50.00,EUR\n";

fn ledger(csv: &str) -> Ledger {
    Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

/// The option an error names, when it is an invalid option.
fn refused(result: Result<arlens::Report, arlens::Error>) -> String {
    match result.as_ref().map_err(|e| e.kind()) {
        Err(ErrorKind::InvalidOption { option, .. }) => option.clone(),
        other => panic!("expected an invalid option, got {other:?}"),
    }
}

#[test]
fn amounts_beyond_exact_arithmetic_are_located_skipped_rows() {
    // Each at the limit adds up; beyond it, each row is skipped with the reason.
    let at_limit = format!(
        "{CSV}A3,Acme,2024-03-01,2024-03-31,1000000000000000,EUR\nA4,Acme,2024-03-01,2024-03-31,-1000000000000000,EUR\n"
    );
    let report =
        timed("limit", || ledger(&at_limit).analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap());
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "150.00"); // 100 + 50 + 10^15 − 10^15
    let beyond = format!(
        "{CSV}A3,Acme,2024-03-01,2024-03-31,79228162514264337593543950335,EUR\nA4,Acme,2024-03-01,2024-03-31,79228162514264337593543950335,EUR\nA5,Acme,2024-03-01,2024-03-31,1e27,EUR\n"
    );
    let l = timed("beyond", || ledger(&beyond));
    let reasons: Vec<String> =
        l.summary().import.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons[0].starts_with(r#"row 4, column E ("Amount"): "79228162514264337593543950335" is beyond what arlens adds up exactly"#), "{reasons:?}");
    let report = l.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "150.00");
}

#[test]
fn a_tiny_denominator_leaves_its_figure_undefined_instead_of_overflowing() {
    // Sales in March of 10^-28 against 10^14 open since 2023: AR_end / S × D would be
    // 10^14 / 10^-28 × 31 = 3.1 × 10^43, beyond Decimal's 7.9 × 10^28.
    let csv = "Type,Invoice,Customer,Date,Due date,Amount,Currency\n\
               Invoice,I-1,Acme,2024-03-05,2024-03-20,0.0000000000000000000000000001,EUR\n\
               Invoice,I-2,Acme,2023-01-05,2023-01-20,100000000000000,EUR\n";
    let report = timed("tiny", || ledger(csv).analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap());
    let eur = &report.dso.currencies[0];
    assert_eq!(eur.dso.unavailable.as_ref().map(|u| u.code), Some(Undefined::BeyondExact));
    assert_eq!(eur.best_possible_dso.value, Some(Decimal::ZERO), "0 / 10^-28 is 0");
}

#[test]
fn a_tiny_payment_history_gives_the_longest_plan_instead_of_overflowing() {
    // Paid in the last year: 1.2 × 10^-27, so 10^-28 a month; overdue 10^14. The months
    // needed, 10^14 / 10^-28 = 10^42, are beyond Decimal: the plan takes the most months
    // allowed (6 by default, planMaxMonths) instead of trapping.
    let csv = "Invoice,Customer,Date,Due date,Amount,Paid date,Currency\n\
               I-1,Acme,2023-06-01,2023-07-01,0.0000000000000000000000000012,2023-07-01,EUR\n\
               I-2,Acme,2024-01-05,2024-01-26,100000000000000,,EUR\n";
    let report =
        timed("tiny history", || ledger(csv).analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap());
    let row =
        report.worklist.rows.iter().find(|r| &*r.customer.id == "Acme").expect("Acme is on the worklist");
    let plan = row.plan.as_ref().expect("a suggested plan");
    assert_eq!(plan.installments.len(), 6);
}

#[test]
fn options_beyond_their_plausible_range_are_refused_by_name() {
    let l = ledger(CSV);
    let at = |f: &dyn Fn(&mut Options)| {
        let mut o = Options::at("2024-03-31".parse().unwrap());
        f(&mut o);
        timed("analyze", || refused(l.analyze(&o)))
    };
    assert_eq!(at(&|o| o.as_of = Some(chrono::NaiveDate::MAX)), "asOf");
    assert_eq!(at(&|o| o.as_of = Some(chrono::NaiveDate::MIN)), "asOf");
    assert_eq!(at(&|o| o.as_of = Some("1899-12-31".parse().unwrap())), "asOf");
    assert_eq!(at(&|o| o.today = Some("9999-12-31".parse().unwrap())), "today");
    assert_eq!(at(&|o| o.period = PeriodLength::TrailingDays(400_000_000)), "period");
    assert_eq!(at(&|o| o.aging.edges = vec![30, u32::MAX]), "aging.edges");
    assert_eq!(at(&|o| o.worklist.ladder.friendly = i64::MIN), "worklist.ladder.friendly");
    assert_eq!(at(&|o| o.worklist.ladder.legal = i64::MAX), "worklist.ladder.legal");
    assert_eq!(at(&|o| o.worklist.reply_days = u32::MAX), "worklist.replyDays");
    assert_eq!(at(&|o| o.worklist.plan_start_days = u32::MAX), "worklist.planStartDays");
    assert_eq!(at(&|o| o.worklist.plan_max_months = u32::MAX), "worklist.planMaxMonths");
    assert_eq!(at(&|o| o.worklist.agency_min_amount = Decimal::MAX), "worklist.agencyMinAmount");
    // At the edge of each range, figures come out.
    let mut o = Options::at("2199-12-31".parse().unwrap());
    o.period = PeriodLength::TrailingDays(3_660);
    o.worklist.reply_days = 3_660;
    assert!(timed("edge", || l.analyze(&o)).is_ok());
    // The same instance keeps giving the right figures.
    let report = l.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "150.00");
}

#[test]
fn far_dates_in_the_file_end_in_figures_or_a_named_as_of_error() {
    // A document dated 9999-12-31 makes the latest date the as-of rule would take: refused, said why.
    let far = format!("{CSV}A3,Acme,9999-12-31,9999-12-31,5.00,EUR\n");
    let l = timed("open", || ledger(&far));
    let err = l.analyze(&Options::default()).unwrap_err().to_string();
    assert!(
        err.contains("9999-12-31, the latest date in the file is outside the dates arlens works at"),
        "{err}"
    );
    // Given an as-of date, the figures come out; the far document is not issued yet at it.
    let report = timed("analyze far", || l.analyze(&Options::at("2024-03-31".parse().unwrap()))).unwrap();
    assert_eq!(report.aging.currencies[0].not_due.to_string(), "50.00"); // A2, due that day
    // A document from year 1 and an as-of in 2199: the trend and periods stay bounded in time.
    let old = format!("{CSV}A0,Acme,0001-01-01,0001-01-31,5.00,EUR\n");
    let l = timed("open old", || ledger(&old));
    let report = timed("analyze old", || l.analyze(&Options::at("2199-12-31".parse().unwrap())));
    assert!(report.is_ok(), "{report:?}");
}

#[test]
fn plan_terms_beyond_their_range_are_refused_by_name() {
    let base = PlanTerms::new(Decimal::from(1200), "EUR", "2024-03-31".parse().unwrap());
    let option =
        |terms: PlanTerms| match timed("plan", || payment_plan(&terms)).as_ref().map_err(|e| e.kind()) {
            Err(ErrorKind::InvalidOption { option, .. }) => option.clone(),
            other => panic!("expected an invalid option, got {other:?}"),
        };
    assert_eq!(option(PlanTerms { balance: Decimal::MAX, ..base.clone() }), "balance");
    assert_eq!(option(PlanTerms { fee: Some(Decimal::MAX), ..base.clone() }), "fee");
    assert_eq!(
        option(PlanTerms { interest: Interest::Amortized(Decimal::from(99)), ..base.clone() }),
        "interest"
    );
    assert_eq!(option(PlanTerms { as_of: chrono::NaiveDate::MAX, ..base.clone() }), "asOf");
    assert_eq!(option(PlanTerms { start: Some(chrono::NaiveDate::MAX), ..base.clone() }), "start");
    assert_eq!(option(PlanTerms { installments: Some(u32::MAX), ..base.clone() }), "installments");
    // At the limit, a schedule comes out; at the highest rate over 600 months the
    // growth factor is past exact arithmetic: refused by name ("fewer installments
    // or a lower rate"), not a panic; flat interest at that rate still plans.
    let plan = PlanTerms { balance: arlens::limits::MAX_AMOUNT, installments: Some(600), ..base.clone() };
    assert!(timed("plan at limit", || payment_plan(&plan)).is_ok());
    let flat = PlanTerms { interest: Interest::Flat(Decimal::TEN), ..plan.clone() };
    assert!(timed("flat at limit", || payment_plan(&flat)).is_ok());
    let steep = PlanTerms { interest: Interest::Amortized(Decimal::TEN), ..plan };
    assert_eq!(option(steep), "installments");
}

/// The error kind's fields for a file read with `limits` lowered, as `option found/limit at`.
fn too_large(bytes: &[u8], limits: arlens::limits::ImportLimits) -> String {
    let options = ImportOptions { limits, ..ImportOptions::default() };
    let err = timed("import", || arlens::import(bytes, &options)).unwrap_err();
    match err.kind() {
        ErrorKind::TooLarge { option, found, limit, .. } => {
            format!(
                "{} {found}/{limit} at {}",
                option.clone().unwrap_or_default(),
                err.position().map(ToString::to_string).unwrap_or_default()
            )
        }
        other => panic!("expected tooLarge, got {other:?}: {err}"),
    }
}

#[test]
fn limits_end_in_too_large_naming_the_option_that_raises_them() {
    use arlens::limits::ImportLimits;
    let low = |f: &dyn Fn(&mut ImportLimits)| {
        let mut l = ImportLimits::default();
        f(&mut l);
        l
    };
    // A cell longer than the limit, in a CSV: located at its row and column.
    let long = format!("{CSV}A3,{},2024-03-01,2024-03-31,1.00,EUR\n", "é".repeat(100));
    assert_eq!(
        too_large(long.as_bytes(), low(&|l| l.cell_characters = 99)),
        "limits.cellCharacters 100/99 at row 4, column B"
    );
    assert!(
        arlens::import(
            long.as_bytes(),
            &ImportOptions { limits: low(&|l| l.cell_characters = 100), ..Default::default() }
        )
        .is_ok()
    );
    // Cells: the file's 18 cells (3 rows of 6) against a limit of 12.
    assert_eq!(too_large(CSV.as_bytes(), low(&|l| l.cells = 12)), "limits.cells 18/12 at row 3");
    // The same in a workbook, read cell by cell, and the zip's declared size.
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Invoice", "Customer", "Date", "Amount"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 1, "x".repeat(50)).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    assert_eq!(
        too_large(&bytes, low(&|l| l.cell_characters = 49)),
        r#"limits.cellCharacters 50/49 at sheet "Sheet1", row 2, column B"#
    );
    assert_eq!(
        too_large(&bytes, low(&|l| l.cells = 5)),
        r#"limits.cells 6/5 at sheet "Sheet1", row 2, column B"#
    );
    // The cells of every sheet count together: two sheets of 6 cells against a limit of 10.
    let mut two = rust_xlsxwriter::Workbook::new();
    for name in ["One", "Two"] {
        let sheet = two.add_worksheet().set_name(name).unwrap();
        for (c, h) in ["Invoice", "Customer", "Date", "Amount", "Due date", "Currency"].iter().enumerate() {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
    }
    let two = two.save_to_buffer().unwrap();
    assert_eq!(
        too_large(&two, low(&|l| l.cells = 10)),
        r#"limits.cells 11/10 at sheet "Two", row 1, column E"#
    );
    let declared = too_large(&bytes, low(&|l| l.zip_bytes = 1_000));
    assert!(declared.starts_with("limits.zipBytes ") && declared.ends_with("/1000 at "), "{declared}");
    // Documents and customers: three documents of two customers, the first over on row 4.
    let two = format!("{CSV}A3,Birch,2024-03-01,2024-03-31,5.00,EUR\n");
    assert_eq!(too_large(two.as_bytes(), low(&|l| l.documents = 2)), "limits.documents 3/2 at row 4");
    assert_eq!(too_large(two.as_bytes(), low(&|l| l.customers = 1)), "limits.customers 2/1 at row 4");
    let at_the_limit = low(&|l| {
        l.documents = 3;
        l.customers = 2;
    });
    assert!(
        arlens::import(two.as_bytes(), &ImportOptions { limits: at_the_limit, ..Default::default() }).is_ok()
    );
}

/// The hostile-input corpus (`tests/hostile/corpus.mjs`, written here by Node): every
/// case ends natively in a report or a located error, within the time ceiling, and
/// the analysis of a normal file still gives its figures afterwards.
/// Headings and total lines by the tens of thousands: each heading above the
/// next and all closed at the end (nested jobs, five deep at most), and a total
/// line after every row that never adds up (each compared with every row above
/// it). Linear, not one pass over what came before per line.
#[test]
fn headings_and_total_lines_by_the_thousand_end_in_reports() {
    let n = 30_000;
    let mut nested = String::from("Type,Date,Num,Due Date,Open Balance\n");
    for i in 0..n {
        nested.push_str(&format!("Customer {i},,,,\n"));
    }
    nested.push_str("Invoice,04/20/2026,1093,05/20/2026,100.00\n");
    for i in (0..n).rev() {
        nested.push_str(&format!("Total Customer {i},,,,100.00\n"));
    }
    let out =
        timed("30,000 nested headings", || arlens::import(nested.as_bytes(), &ImportOptions::default()));
    let out = out.unwrap();
    let names: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    // The last heading under the first five: nesting stops five deep (QuickBooks' most).
    let five = (0..5).map(|i| format!("Customer {i}:")).collect::<String>();
    assert_eq!(names, [format!("{five}Customer {}", n - 1).as_str()]);
    let mut totals = String::from("Customer,Date,Invoice,Due Date,Amount\n");
    for i in 0..n {
        totals.push_str(&format!("Acme,04/20/2026,I{i},05/20/2026,100.00\nTotal,,,,1.00\n"));
    }
    let out =
        timed("30,000 total lines", || arlens::import(totals.as_bytes(), &ImportOptions::default())).unwrap();
    assert_eq!(out.report.entries, n);
    // Each customer's undated opening balance below its rows (Tally's ledger summary),
    // dated as its first row: each looked up once, not searched for among all the others.
    let m = 2 * n;
    let mut openings = String::from("Type,Date,Num,Due Date,Open Balance\n");
    for i in 0..m {
        openings.push_str(&format!(
            "Customer {i},,,,\nInvoice,04/20/2026,I{i},05/20/2026,100.00\nOpening Balance,,,,50.00\n"
        ));
    }
    let out = timed("60,000 openings below their rows", || {
        arlens::import(openings.as_bytes(), &ImportOptions::default())
    })
    .unwrap();
    assert_eq!(out.report.entries, 2 * m);
    assert_eq!(out.ledger.entries.iter().filter(|e| e.opening).count(), m);
}

/// Rows far wider than their header, of cells that look like a number's groups
/// or like text split at commas, end in reports: numbers are looked for a few
/// groups on from each cell, and texts joined at a few commas only (trying every
/// count of commas up to the row's 60,000 was quadratic).
#[test]
fn rows_of_cells_like_split_numbers_end_in_reports() {
    let n = 60_000;
    let mut wide = String::from("Customer,Invoice,Date,Amount,Notes\nAcme,1,2026-05-01,");
    // `12,34,56,…`: lakh-like groups that never end in a group of three.
    for i in 0..n {
        wide.push_str(&format!("{},", 10 + i % 90));
    }
    wide.push('\n');
    // `Smith, a, b, …`: a text split at every comma, the date and amount far right.
    wide.push_str("Smith");
    for _ in 0..n {
        wide.push_str(",x");
    }
    wide.push_str(",2,2026-05-02,10.00,\n");
    let limits = arlens::limits::ImportLimits { cells: 1_000_000, ..Default::default() };
    let options = ImportOptions { limits, ..ImportOptions::default() };
    let out = timed("rows of 60,000 cells like split numbers", || arlens::import(wide.as_bytes(), &options));
    let out = out.unwrap();
    // The first read as its header places it (no join reads it one way only); the
    // second refused ("x" is no date).
    assert_eq!((out.report.entries, out.report.skipped.len()), (1, 1));
    assert_eq!(out.ledger.entries[0].amount.to_string(), "10");
}

#[test]
fn the_hostile_corpus_ends_in_reports_or_errors() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = root.join("target/hostile-corpus");
    let status = std::process::Command::new("node")
        .arg(root.join("tests/hostile/corpus.mjs"))
        .arg(&out)
        .status()
        .expect("node runs (scripts/setup.sh installs it)");
    assert!(status.success(), "the corpus generator failed");
    let list: Vec<serde_json::Value> =
        serde_json::from_slice(&std::fs::read(out.join("cases.json")).unwrap()).unwrap();
    assert!(list.len() >= 19, "{} cases", list.len());
    for case in list {
        let name = case["name"].as_str().unwrap();
        let bytes = std::fs::read(out.join(name)).unwrap();
        let options = ImportOptions { file_name: Some(name.to_owned()), ..ImportOptions::default() };
        let outcome = timed_within(CORPUS_CEILING, name, || match Ledger::open(&bytes, &options) {
            Ok(l) => l.analyze(&Options::at("2024-03-31".parse().unwrap())).map(|_| "report".to_owned()),
            Err(e) => Err(e),
        });
        if let Err(e) = &outcome {
            let text = e.to_string();
            assert!(text.len() < 1000 && e.position().is_some(), "{name}: {text}");
        }
        // The real bombs, with the default limits: refused as expected.
        if let Some(expect) = case["expect"].as_str() {
            let got = outcome.as_ref().map_or_else(|e| e.kind().code(), |_| "report");
            assert_eq!(got, expect, "{name}");
        }
    }
    let report = ledger(CSV).analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    assert_eq!(report.aging.currencies[0].open_total.to_string(), "150.00");
}

/// Markup that would make work the file does not hold ends in a limit or a
/// report, within the ceiling: cells spanning many rows over many rows (held to
/// the cell limit, empty ones included), a column past a sheet's last, tables
/// nested thousands deep, a span in the billions.
#[test]
fn hostile_html_ends_in_limits_not_runaways() {
    let head = "<table><tr><th>Invoice</th><th>Customer</th><th>Date</th><th>Amount</th></tr>";
    // 1,000 empty cells spanning 65,534 rows, then 200,000 rows: 200 million spanned cells.
    let spans = format!(
        "{head}<tr>{}</tr>{}</table>",
        "<td rowspan=65534></td>".repeat(1000),
        "<tr>".repeat(200_000)
    );
    let err = timed("spans", || arlens::import(spans.as_bytes(), &ImportOptions::default())).err();
    let err = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("cells in the workbook") && err.contains("limits.cells"), "{err}");
    // 20 cells of colspan=1000 and one more: its column is past the last one a sheet has.
    let wide = format!("{head}<tr>{}<td>x</td></tr></table>", "<td colspan=1000></td>".repeat(20));
    let err = timed("wide", || arlens::import(wide.as_bytes(), &ImportOptions::default())).err();
    let err = err.map(|e| e.to_string()).unwrap_or_default();
    assert!(err.contains("16384"), "{err}");
    // Tables nested 100,000 deep (deeper than 32 are read into the table around them).
    let deep = format!(
        "<html>{}{head}<tr><td>A1</td><td>Acme</td><td>2024-01-31</td><td>5.00</td></tr>",
        "<table><tr><td>".repeat(100_000)
    );
    let read = timed("deep", || arlens::import(deep.as_bytes(), &ImportOptions::default()));
    let read = read.map_err(|e| e.to_string());
    let ids: Vec<String> =
        read.map(|r| r.ledger.entries.iter().map(|e| e.id.to_string()).collect()).unwrap_or_default();
    assert_eq!(ids, ["A1"], "the data row inside the deepest table read is still read");
    // A span in the billions is a span of 1,000 columns (as browsers clamp it).
    let huge = format!("{head}<tr><td colspan=4294967296999>x</td><td>after</td></tr></table>");
    let seen =
        timed("huge", || arlens::import::inspect(huge.as_bytes(), &ImportOptions::default(), 5)).unwrap();
    let row = seen.preview.first().map(|r| r.cells.clone()).unwrap_or_default();
    assert_eq!(
        (row.len(), row.first().cloned(), row.last().cloned()),
        (1001, Some("x".to_owned()), Some("after".to_owned()))
    );
}
