//! Repair of a day/month locale round trip: a workbook whose dates went through
//! a spreadsheet set to the other day/month order, checked cell by cell against
//! the undamaged original.

use arlens::{ImportOptions, import};
use chrono::{Datelike, Duration, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

/// One document of the original ledger.
struct Doc {
    number: String,
    customer: &'static str,
    date: NaiveDate,
    due: NaiveDate,
    amount: f64,
}

/// 300 invoices through 2024, dated in the order of their numbers, due in 30 or
/// 45 days (deterministic).
fn ledger() -> Vec<Doc> {
    let customers = ["Acme", "Borealis", "Cobalt", "Dune", "Ember", "Fjord", "Gale"];
    let mut date = NaiveDate::from_ymd_opt(2024, 1, 2).unwrap();
    (0..300u32)
        .map(|k| {
            date += Duration::days(i64::from(k * 7 % 3)); // 0, 1 or 2 days apart
            Doc {
                number: format!("INV-{}", 1000 + k),
                customer: customers[(k * 5 % 7) as usize],
                date,
                due: date + Duration::days(if k % 4 == 0 { 45 } else { 30 }),
                amount: f64::from(100 + k * 37 % 900) + 0.25,
            }
        })
        .collect()
}

/// What a spreadsheet set to MM/DD/YYYY makes of `DD/MM/YYYY` text: a date
/// cell with day and month swapped when the day is 12 or less, else the text.
enum Damaged {
    Cell(NaiveDate),
    Text(String),
}

fn damage(date: NaiveDate) -> Damaged {
    if date.day() <= 12 {
        Damaged::Cell(NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()).unwrap())
    } else {
        Damaged::Text(format!("{:02}/{:02}/{}", date.day(), date.month(), date.year()))
    }
}

fn write_date(sheet: &mut Worksheet, row: u32, col: u16, date: Damaged) {
    let format = Format::new().set_num_format("mm/dd/yyyy");
    match date {
        Damaged::Cell(d) => {
            let cell = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8).unwrap();
            sheet.write_datetime_with_format(row, col, cell, &format).unwrap();
        }
        Damaged::Text(t) => {
            sheet.write_string(row, col, t).unwrap();
        }
    }
}

/// The ledger as a workbook, each date written as `write(row index, date, is the due date)` says.
fn workbook_of(docs: &[Doc], write: impl Fn(usize, NaiveDate, bool) -> Damaged) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    for (col, h) in ["Invoice", "Customer", "Date", "Due", "Amount", "Currency"].iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    for (r, doc) in docs.iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, &doc.number).unwrap();
        sheet.write_string(row, 1, doc.customer).unwrap();
        write_date(sheet, row, 2, write(r, doc.date, false));
        write_date(sheet, row, 3, write(r, doc.due, true));
        sheet.write_number(row, 4, doc.amount).unwrap();
        sheet.write_string(row, 5, "EUR").unwrap();
    }
    book.save_to_buffer().unwrap()
}

/// The ledger as a workbook, with its dates damaged or not.
fn workbook(docs: &[Doc], damaged: bool) -> Vec<u8> {
    workbook_of(docs, |_, date, _| if damaged { damage(date) } else { Damaged::Cell(date) })
}

fn options(repair: bool) -> ImportOptions {
    ImportOptions {
        file_name: Some("damaged.xlsx".into()),
        repair_swapped_dates: repair,
        ..ImportOptions::default()
    }
}

#[test]
fn a_locale_damaged_workbook_is_repaired_cell_by_cell() {
    let docs = ledger();
    let swapped_cells = docs.iter().flat_map(|d| [d.date, d.due]).filter(|d| d.day() <= 12).count();
    assert!(swapped_cells > 100, "the generator damages enough cells: {swapped_cells}");

    // As read: the swap is found and offered, nothing is changed.
    let read = import(&workbook(&docs, true), &options(false)).unwrap();
    let found = read.report.swapped_dates.clone().expect("the swap is found");
    assert_eq!((found.cells, found.repaired), (swapped_cells, false));
    assert_eq!(found.columns, ["Date", "Due"]);
    assert!(found.evidence.contains("read only as DD/MM/YYYY"), "{}", found.evidence);
    let offered = read.report.warnings.iter().find(|w| w.message.contains("set repairSwappedDates")).unwrap();
    assert_eq!(offered.position.row, Some(2), "the first swapped cell: INV-1000 dated 2024-01-02");
    assert!(
        !read.report.warnings.iter().any(|w| w.message.contains("mixes date cells")),
        "one warning, not two"
    );

    // Repaired: every date equals the undamaged original's, document by document.
    let repaired = import(&workbook(&docs, true), &options(true)).unwrap();
    let original = import(&workbook(&docs, false), &options(false)).unwrap();
    assert!(original.report.swapped_dates.is_none(), "an undamaged workbook shows no swap");
    let fixed = repaired.report.swapped_dates.clone().unwrap();
    assert_eq!((fixed.cells, fixed.repaired), (swapped_cells, true));
    assert_eq!(repaired.ledger.entries.len(), docs.len());
    for ((doc, got), want) in docs.iter().zip(&repaired.ledger.entries).zip(&original.ledger.entries) {
        assert_eq!(got.id, doc.number);
        assert_eq!((got.date, got.due_date), (doc.date, doc.due), "{}", doc.number);
        assert_eq!((got.date, got.due_date, got.amount), (want.date, want.due_date, want.amount));
    }
    assert!(
        repaired.report.warnings.iter().any(|w| w.message.starts_with(&format!(
            "day and month swapped back in {swapped_cells} date cells of \"Date\", \"Due\""
        ))),
        "{:?}",
        repaired.report.warnings
    );
    // As read without the repair, dates from day-≤12 cells are wrong: the repair matters.
    let wrong = read.ledger.entries.iter().zip(&docs).filter(|(e, d)| e.date != d.date).count();
    assert!(wrong > 50, "{wrong}");
}

#[test]
fn genuine_date_cells_are_not_taken_for_a_swap() {
    // Dated on days 1–12 only (the first part of each month), every date a
    // date cell but one typed as text: swapping would scramble the order of
    // the documents, so no swap is offered.
    let mut docs = ledger();
    for (k, doc) in docs.iter_mut().enumerate() {
        let month = 1 + (k / 25) as u32;
        doc.date = NaiveDate::from_ymd_opt(2024, month, 1 + (k % 25) as u32 / 3).unwrap();
        doc.due =
            NaiveDate::from_ymd_opt(2024 + i32::from(month == 12), month % 12 + 1, doc.date.day()).unwrap();
    }
    // The last one's dates typed as text, read only as DD/MM/YYYY.
    docs.push(Doc {
        number: "INV-9999".into(),
        customer: "Acme",
        date: NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
        due: NaiveDate::from_ymd_opt(2025, 1, 30).unwrap(),
        amount: 10.0,
    });
    let last = docs.len() - 1;
    let text = |date: NaiveDate| Damaged::Text(date.format("%d/%m/%Y").to_string());
    let bytes = workbook_of(&docs, |r, date, _| if r == last { text(date) } else { Damaged::Cell(date) });
    let out = import(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(out.report.swapped_dates, None);
    assert!(out.report.warnings.iter().any(|w| w.message.contains("mixes date cells")));

    // Date cells on days after the 12th, and one date typed as text: no swap.
    let mut docs = ledger();
    docs.truncate(40);
    // One date typed as text, one that reads one way only.
    let text_row = docs.iter().position(|d| d.date.day() > 12).unwrap();
    let bytes = workbook_of(
        &docs,
        |r, date, due| if r == text_row && !due { text(date) } else { Damaged::Cell(date) },
    );
    let out = import(&bytes, &ImportOptions::default()).unwrap();
    assert_eq!(out.report.swapped_dates, None);
}

#[test]
fn a_chosen_header_row_is_read_and_one_past_the_sheet_is_refused() {
    let csv =
        "Aged receivables\nNr,Kunde,Datum,Betrag\nA-1,Acme,2024-03-01,10.00\nA-2,Acme,2024-03-02,20.00\n";
    let chosen = ImportOptions {
        header_row: Some(2),
        default_currency: Some("EUR".into()),
        ..ImportOptions::default()
    };
    let out = import(csv.as_bytes(), &chosen).unwrap();
    assert_eq!((out.report.header_row, out.ledger.entries.len()), (2, 2));
    // Row 3 as the header: its dates and amounts are no header, one document is left.
    let low = ImportOptions { header_row: Some(3), ..chosen.clone() };
    let out = import(csv.as_bytes(), &low).unwrap();
    let only = &out.ledger.entries[..];
    assert_eq!(
        (only.len(), only[0].row_number(), only[0].date.to_string()),
        (1, Some(4), "2024-03-02".into())
    );
    let past = ImportOptions { header_row: Some(9), ..chosen };
    let err = import(csv.as_bytes(), &past).unwrap_err();
    assert_eq!(err.to_string(), "invalid option headerRow: row 9 is not in the sheet (its last row is 4)");
}
