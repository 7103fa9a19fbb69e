//! CSV import: mapping, located errors, skipped rows.

use crate::shared::{shared_data, warnings};
use arlens::import::Field;
use arlens::{ErrorKind, ImportOptions, Options, import};
use rust_decimal::Decimal;

/// The file name, and USD for files that name no currency (their own test is
/// `a_file_without_a_currency_is_in_an_unknown_one`).
fn opts() -> ImportOptions {
    ImportOptions {
        file_name: Some("ar.csv".into()),
        default_currency: Some("USD".into()),
        ..ImportOptions::default()
    }
}

#[test]
fn missing_columns_name_what_is_missing_and_what_was_found() {
    let err = import(b"Name,Total\nAcme,12\n", &opts()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::MissingColumns { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        r#"file "ar.csv", row 1: this does not look like a ledger: no column for invoice date (or due date) (columns found: Name, Total): no column holds dates that can be read, so these look like balances (a customer balance summary or a trial balance), which cannot be aged; export the open documents with their dates instead (an aged receivables detail, an open invoices or open items list)"#
    );
    // Without amounts either, nothing says what the file is.
    let err = import(b"Name,Phone\nAcme,555\n", &opts()).unwrap_err();
    assert!(!err.to_string().contains("balances"), "{err}");
}

/// QuickBooks' Customer Balance Summary (its header `,Total` under two title rows)
/// and 1C's trial balance by counterparty: balances without dates, refused with
/// what to export instead, quoting the header row (not the title above it).
#[test]
fn balance_summaries_are_refused_with_what_to_export() {
    let quickbooks = "Customer Balance Summary\nAll Dates\n,Total\nAcme Inc,\"1,200.00\"\nBirch LLC,300.00\nTOTAL,\"$1,500.00\"\n";
    let err = import(quickbooks.as_bytes(), &opts()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::MissingColumns { hint: Some(_), .. }), "{err}");
    let text = err.to_string();
    assert!(text.starts_with(r#"file "ar.csv", row 3: this does not look like a ledger: no column for invoice date (or due date) (columns found: Total): "#), "{text}");
    assert!(text.contains("export the open documents with their dates instead"), "{text}");
    // The mapping screen starts from the same row (it said "header row: not found").
    let seen = arlens::import::inspect(quickbooks.as_bytes(), &opts(), 20).unwrap();
    assert_eq!(
        (seen.header_row, seen.headers.as_slice()),
        (Some(3), &["".to_owned(), "Total".to_owned()][..])
    );
    assert_eq!(
        seen.preview.first().map(|r| r.cells.clone()),
        Some(vec!["Acme Inc".to_owned(), "1,200.00".to_owned()])
    );
    let one_c = "Оборотно-сальдовая ведомость по счету 62\n\
                 Счет;Сальдо на начало периода;;Обороты за период;;Сальдо на конец периода;\n\
                 Контрагенты;Дебет;Кредит;Дебет;Кредит;Дебет;Кредит\n\
                 ООО \"Вектор\";100 000,00;;200 000,00;134 500,00;165 500,00;\n\
                 Итого;100 000,00;;200 000,00;134 500,00;165 500,00;\n";
    let err = import(one_c.as_bytes(), &opts()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::MissingColumns { hint: Some(_), .. }), "{err}");
    assert!(err.to_string().contains("row 3: "), "{err}");
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
    let skipped: Vec<String> =
        out.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(
        skipped,
        [
            r#"file "ar.csv", row 3, column C ("Date"): "31/02/2024" is not a date (expected YYYY-MM-DD)"#,
            r#"file "ar.csv", row 4, column E ("Amount"): "ten" is not an amount (expected a number such as 1,234.56, (1,234.56) or 1.234,56-)"#,
            r#"file "ar.csv", row 6, column B ("Customer"): no customer name"#,
        ]
    );
}

/// A name holding the delimiter without quotes (`Smith, John`) splits in two and
/// shifts the row's cells: the reason named only the shifted cell ("`2` is not a
/// date"). It now says the row runs past the header, and why that happens (where
/// no join of the name reads the row: see `layouts::texts_split_at_unquoted_commas_…`).
/// A row that is short, or padded with empty cells, says nothing more.
#[test]
fn a_row_shifted_by_an_unquoted_delimiter_says_so() {
    let csv = "Customer,Invoice,Date,Due,Amount\n\
               Acme,1,04/15/2026,05/15/2026,1250.00\n\
               Smith, John,2,05/02/2026,06/01/2026,3400.00\n\
               Gamma,3,05/20/2026,,abc,,,\n\
               Jones, Ann,4,05/32/2026,06/01/2026,80.00\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    let skipped: Vec<String> =
        out.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(
        skipped,
        [
            r#"file "ar.csv", row 4, column E ("Amount"): "abc" is not an amount (expected a number such as 1,234.56, (1,234.56) or 1.234,56-)"#,
            r#"file "ar.csv", row 5, column D ("Due"): "05/32/2026" is not a date (expected MM/DD/YYYY); the row fills cells up to column F where the header ends at column E: a text holding the delimiter without quotes (such as Smith, John) shifts the cells after it"#,
        ]
    );
    // The name joined, its row read.
    let read: Vec<(&str, &str)> = out
        .ledger
        .entries
        .iter()
        .map(|e| (&*e.id, &*out.ledger.customers[e.customer.0 as usize].name))
        .collect();
    assert_eq!(read, [("1", "Acme"), ("2", "Smith, John")]);
}

#[test]
fn doubtful_values_are_warned_about() {
    let csv = "Invoice,Customer,Date,Due,Amount\nA1,Acme,2024-02-05,2024-01-05,10\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 2, column D ("Due"): due date 2024-01-05 is before the invoice date 2024-02-05"#
        ]
    );

    let no_due = import(b"Invoice,Customer,Date,Amount\nA1,Acme,2024-02-05,10\n", &opts()).unwrap();
    assert_eq!(no_due.ledger.entries[0].due_date, no_due.ledger.entries[0].date);
    assert_eq!(
        no_due.report.warnings[0].message,
        "1 row has no due date and no payment terms: due = invoice date (aged from it); give default terms to age them by a due date"
    );
}

fn invoices(ledger: &arlens::Book) -> Vec<&arlens::Entry> {
    ledger.entries.iter().filter(|e| e.kind == arlens::EntryKind::Invoice).collect()
}

#[test]
fn highradius_open_invoices_import_in_full() {
    let Some(path) = shared_data("highradius-open-invoices.csv") else {
        return;
    };
    let bytes = std::fs::read(path).unwrap();
    let out = import(&bytes, &ImportOptions::default()).unwrap();
    assert!(out.report.skipped.is_empty(), "{:?}", &out.report.skipped[..3.min(out.report.skipped.len())]);
    let invoices = invoices(&out.ledger);
    assert_eq!(invoices.len(), 9_681);
    let total: Decimal = invoices.iter().map(|d| d.amount).sum();
    // The sum of the file's converted_usd column.
    assert_eq!(total.to_string(), "323093316.19");
    assert_eq!(&*out.ledger.customer(invoices[0]).id, "0140105686", "leading zeros kept");
    assert_eq!(invoices[0].id, "2960623488", "float-written ids lose their .0");
    assert_eq!(out.ledger.shape, arlens::LedgerShape::InvoiceList, "clear_date is a paid date");
    assert!(invoices.iter().all(|e| &*e.currency == "USD"), "the header converted_usd names the currency");
    // Every field a figure needs is mapped, each with high confidence.
    use arlens::import::{Confidence, Field};
    for field in [
        Field::DocumentId,
        Field::CustomerId,
        Field::CustomerName,
        Field::InvoiceDate,
        Field::DueDate,
        Field::Amount,
        Field::PaidDate,
    ] {
        let column = out.report.mapping.columns.iter().find(|c| c.field == field);
        assert_eq!(column.map(|c| c.confidence), Some(Confidence::High), "{field:?}: {column:?}");
    }

    // The reconciliation an auditor files: every row of the amount column imported.
    let [amount] = &out.report.reconciliation[..] else { panic!("{:?}", out.report.reconciliation) };
    let [usd] = &amount.currencies[..] else { panic!("{amount:?}") };
    assert_eq!(
        (amount.column.as_str(), usd.file.total.to_string(), usd.imported.rows, usd.balances()),
        ("converted_usd", "323093316.19".to_owned(), 9_681, true)
    );
    assert_eq!(out.report.sha256.len(), 64);

    let mut ignore = ImportOptions::default();
    ignore.columns.insert("clear_date".into(), arlens::import::Field::Ignore);
    let open = import(&bytes, &ignore).unwrap();
    assert_eq!(open.ledger.shape, arlens::LedgerShape::OpenItems);
    let at = "2020-05-31".parse().unwrap();
    assert_eq!(open.ledger.open_at(at).len(), 9_681, "with clear_date ignored, every invoice is open");
}

#[test]
fn every_doubtful_value_is_warned_about_with_its_location() {
    let csv = "Report date: 2024-03-31\n\
               Invoice,Customer,Date,Due date,Type,Amount\n\
               A1,Acme,2024-02-05,2024-03-05,Invoice,100.00\n\
               A1,Acme,2024-02-06,2024-03-06,Invoice,50.00\n\
               A3,Acme,2024-02-07,2024-03-07,Invoice,0.00\n\
               A4,Acme,1975-01-01,1975-01-31,Invoice,10.00\n\
               A5,Acme,2024-04-02,2024-05-02,Invoice,10.00\n\
               Total,,,,,999.00\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 3, column A ("Invoice"): document number "A1" is on 2 rows (3, 4): each is read as its own document; if they are installments, map the installment column"#,
            r#"file "ar.csv", row 5, column F ("Amount"): invoice with a zero or negative amount"#,
            r#"file "ar.csv", row 6, column C ("Date"): date 1975-01-01 is implausibly old"#,
            r#"file "ar.csv", row 7, column C ("Date"): date 2024-04-02 is after the report date 2024-03-31"#,
            // 100 + 50 + 0 + 10 + 10 = 170, not 999.
            r#"file "ar.csv", row 8, column F ("Amount"): grand total row "Total" states 999.00, but the rows above it add up to 170.00"#,
        ]
    );
}

/// Rows far apart (the import keeps rows' values in chunks of a few hundred):
/// a number repeated by one customer is said once with all its rows, and the
/// same number of another customer is no repeat.
#[test]
fn a_number_repeated_far_apart_is_said_once_with_its_rows() {
    let mut csv = String::from("Invoice,Customer,Date,Due date,Amount\n");
    for line in 2..=700 {
        let (invoice, customer) = match line {
            3 | 300 | 690 => ("D-1".to_owned(), "Acme"),
            // Birch's D-1 is its own document.
            500 => ("D-1".to_owned(), "Birch"),
            _ => (format!("N-{line}"), "Acme"),
        };
        csv.push_str(&format!("{invoice},{customer},2024-02-05,2024-03-05,10.00\n"));
    }
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert_eq!(out.ledger.entries.len(), 699);
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 3, column A ("Invoice"): document number "D-1" is on 3 rows (3, 300, 690): each is read as its own document; if they are installments, map the installment column"#
        ]
    );
}

/// The duplicate check finds numbers where the rows' entries put them: a row
/// left out by rule (a credit with nothing open) still has its number counted;
/// the payment an invoice list's row makes (an entry without a number) has none.
#[test]
fn numbers_of_rows_left_out_count_and_payments_made_from_a_row_do_not() {
    let open_items = "Invoice,Customer,Date,Due date,Amount,Open balance\n\
                      C1,Acme,2024-02-05,2024-03-05,-40.00,0.00\n\
                      C1,Acme,2024-02-06,2024-03-06,100.00,100.00\n\
                      C2,Acme,2024-02-07,2024-03-07,70.00,70.00\n";
    let out = import(open_items.as_bytes(), &opts()).unwrap();
    assert_eq!(out.ledger.entries.len(), 2);
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 2, column A ("Invoice"): document number "C1" is on 2 rows (2, 3): each is read as its own document; if they are installments, map the installment column"#
        ]
    );
    let skipped: Vec<String> =
        out.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(skipped, [r#"file "ar.csv", row 2: credit fully applied (open balance 0)"#]);
    // Amount: the file's 3 rows −40 + 100 + 70 = 130 = imported 100 + 70 = 170
    // (2 rows) + excluded −40 (1 row); open balance: 0 + 100 + 70 = 170, of it 0 excluded.
    let lines: Vec<(String, usize, String, usize, String, usize, String)> = out
        .report
        .reconciliation
        .iter()
        .flat_map(|r| r.currencies.iter().map(move |c| (r.column.clone(), c)))
        .map(|(column, c)| {
            (
                column,
                c.file.rows,
                c.file.total.to_string(),
                c.imported.rows,
                c.imported.total.to_string(),
                c.excluded.rows,
                c.excluded.total.to_string(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("Amount".into(), 3, "130.00".into(), 2, "170.00".into(), 1, "-40.00".into()),
            ("Open balance".into(), 3, "170.00".into(), 2, "170.00".into(), 1, "0.00".into()),
        ]
    );

    let invoice_list = "Invoice,Customer,Date,Due date,Amount,Paid date\n\
                        P1,Acme,2024-02-05,2024-03-05,100.00,2024-02-20\n\
                        P1,Acme,2024-02-06,2024-03-06,50.00,\n";
    let out = import(invoice_list.as_bytes(), &opts()).unwrap();
    // Row 2's invoice and its payment, row 3's invoice.
    let ids: Vec<(&str, Option<u64>)> =
        out.ledger.entries.iter().map(|e| (e.id.as_str(), e.row_number())).collect();
    assert_eq!(ids, [("P1", Some(2)), ("", Some(2)), ("P1", Some(3))]);
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 2, column A ("Invoice"): document number "P1" is on 2 rows (2, 3): each is read as its own document; if they are installments, map the installment column"#
        ]
    );
}

#[test]
fn encodings_excel_writes_are_read() {
    let text = "Invoice;Client;Date;Montant;Devise\nF-1;Café Müller;2024-01-05;1 234,50;EUR\n";
    let utf16: Vec<u8> =
        [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    for (bytes, encoding) in
        [(text.as_bytes().to_vec(), "UTF-8"), (utf16, "UTF-16LE"), (cp1252.into_owned(), "windows-1252")]
    {
        let mut options = opts();
        options.columns.insert("Client".into(), arlens::import::Field::CustomerName);
        options.columns.insert("Montant".into(), arlens::import::Field::Amount);
        let out = import(&bytes, &options).unwrap_or_else(|e| panic!("{encoding}: {e}"));
        assert_eq!(out.report.encoding.as_deref(), Some(encoding));
        let e = &out.ledger.entries[0];
        assert_eq!(
            (out.ledger.customer(e).name.as_ref(), e.amount.to_string().as_str()),
            ("Café Müller", "1234.50"),
            "{encoding}"
        );
    }
}

#[test]
fn confidence_is_high_for_known_headers_with_readable_values_and_low_otherwise() {
    use arlens::import::Confidence::*;
    // "Due Date" is specific and every value reads: high. "Date" is generic: medium.
    // "Amount" is specific but half its values are not amounts: low. "Ref" chosen by the caller: high.
    let csv = "Ref,Customer,Date,Due Date,Amount\nA1,Acme,2024-01-05,2024-02-04,10\nA2,Acme,2024-01-06,2024-02-05,n/a\n";
    let mut options = opts();
    options.columns.insert("Ref".into(), arlens::import::Field::DocumentId);
    let out = import(csv.as_bytes(), &options).unwrap();
    let conf: Vec<(String, arlens::import::Confidence)> =
        out.report.mapping.columns.iter().map(|c| (c.header.clone(), c.confidence)).collect();
    let want = [("Ref", High), ("Customer", High), ("Date", Medium), ("Due Date", High), ("Amount", Low)];
    assert_eq!(conf, want.map(|(h, c)| (h.to_owned(), c)));
    let amount = out.report.mapping.columns.iter().find(|c| c.header == "Amount").unwrap();
    assert_eq!(amount.reason, r#"header "Amount" matches, but only 1 of 2 values read as amount"#);
}

#[test]
fn columns_can_be_chosen_by_letter_or_ignored() {
    let csv = "Doc,Who,When,Sum,Paid on\nA1,Acme,2024-01-05,10,2024-01-20\n";
    let mut options = opts();
    for (key, field) in [
        ("A", Field::DocumentId),
        ("B", Field::CustomerName),
        ("C", Field::InvoiceDate),
        ("D", Field::Amount),
    ] {
        options.columns.insert(key.into(), field);
    }
    options.columns.insert("Paid on".into(), Field::Ignore);
    let out = import(csv.as_bytes(), &options).unwrap();
    assert_eq!(out.ledger.shape, arlens::LedgerShape::OpenItems, "the paid-date column is ignored");
    assert_eq!(out.ledger.entries[0].id, "A1");
    let ignored = out.report.mapping.columns.iter().find(|c| c.header == "Paid on").unwrap();
    assert_eq!((ignored.field, ignored.confidence), (Field::Ignore, arlens::import::Confidence::High));
}

#[test]
fn a_column_mixing_date_cells_and_date_text_is_flagged() {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (col, h) in ["Invoice", "Customer", "Date", "Amount"].iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "A1").unwrap();
    sheet.write_string(1, 1, "Acme").unwrap();
    sheet.write_datetime_with_format(1, 2, ExcelDateTime::from_ymd(2024, 3, 4).unwrap(), &date).unwrap();
    sheet.write_number(1, 3, 10.0).unwrap();
    sheet.write_string(2, 0, "A2").unwrap();
    sheet.write_string(2, 1, "Acme").unwrap();
    sheet.write_string(2, 2, "13/03/2024").unwrap(); // typed as text after a locale round trip
    sheet.write_number(2, 3, 20.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let out =
        import(&bytes, &ImportOptions { file_name: Some("mixed.xlsx".into()), ..ImportOptions::default() })
            .unwrap();
    assert_eq!(out.ledger.entries.len(), 2);
    assert_eq!(out.ledger.entries[1].date.to_string(), "2024-03-13");
    assert!(
        warnings(&out).iter().any(|w| w.starts_with(r#"file "mixed.xlsx", sheet "Sheet1", row 3, column C ("Date"): this column mixes date cells with dates typed as text"#)),
        "{:?}",
        warnings(&out)
    );
}

#[test]
fn due_dates_from_terms_and_files_without_customers_or_invoice_dates() {
    // Spanish, no due-date column but a terms column: due = invoice date + the terms' days.
    let csv = "Factura,Cliente,Fecha,Condiciones de pago,Importe,Moneda\n\
               F-1,Acme,2024-02-01,30 días,100.00,EUR\n\
               F-2,Acme,2024-02-01,Net 60,200.00,EUR\n\
               F-3,Acme,2024-02-01,,300.00,EUR\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    let due: Vec<String> = out.ledger.entries.iter().map(|e| e.due_date.to_string()).collect();
    // 2024-02-01 + 30 = 2024-03-02; + 60 = 2024-04-01; F-3 has no terms: its invoice date.
    assert_eq!(due, ["2024-03-02", "2024-04-01", "2024-02-01"]);
    let said = warnings(&out);
    assert!(
        said.contains(&r#"file "ar.csv", row 2, column D ("Condiciones de pago"): 2 rows have no due date: due = invoice date + the days of the payment terms in this column"#.to_owned()),
        "{said:?}"
    );
    assert!(
        said.iter()
            .any(|w| w.starts_with(r#"file "ar.csv", row 4: 1 row has no due date and no payment terms"#)),
        "{said:?}"
    );
    // The defaultTerms option fills what the file leaves out.
    let with_default = import(csv.as_bytes(), &ImportOptions { default_terms: Some(14), ..opts() }).unwrap();
    assert_eq!(with_default.ledger.entries[2].due_date.to_string(), "2024-02-15"); // 2024-02-01 + 14

    // No customer column: one "(no customer)" account, said once.
    let csv =
        "Invoice,Date,Due date,Amount\nA1,2024-01-05,2024-02-04,10.00\nA2,2024-01-06,2024-02-05,20.00\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert_eq!(out.ledger.entries.len(), 2);
    assert!(out.ledger.entries.iter().all(|e| &*out.ledger.customer(e).id == "(no customer)"));
    assert!(warnings(&out).iter().any(|w| w.contains("no customer column")), "{:?}", warnings(&out));

    // No invoice date: dated by the due date, aged by it; sales figures unavailable.
    let csv = "Invoice,Customer,Due date,Open balance\nA1,Acme,2024-02-04,10.00\nA2,Acme,2024-03-30,20.00\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert!(out.ledger.dated_by_due_date);
    let report = arlens::analyze(&out.ledger, &Options::at("2024-03-31".parse().unwrap())).unwrap();
    let usd = &report.aging.currencies[0];
    // A1 due 2024-02-04: 56 days → 31–60; A2 due 2024-03-30: 1 day → 1–30.
    assert_eq!((usd.buckets[0].to_string(), usd.buckets[1].to_string()), ("20.00".into(), "10.00".into()));
    let mut by_invoice_date = Options::at("2024-03-31".parse().unwrap());
    by_invoice_date.aging.basis = arlens::AgingBasis::InvoiceDate;
    let report = arlens::analyze(&out.ledger, &by_invoice_date).unwrap();
    assert_eq!(
        report.aging.unavailable.map(|u| u.code),
        Some(arlens::figures::value::Undefined::NoInvoiceDates)
    );
}

#[test]
fn cancelled_and_written_off_documents_are_left_out_and_counted() {
    // A Portuguese ERP export: status words in Portuguese, a cancelled and a
    // written-off title, a status arlens does not know.
    let csv = "Título,Cliente,Emissão,Vencimento,Valor,Situação\n\
               T-1,Padaria Sol,2024-01-10,2024-02-09,1000.00,Aberto\n\
               T-2,Padaria Sol,2024-01-15,2024-02-14,250.00,Cancelado\n\
               T-3,Mercado Luz,2024-01-20,2024-02-19,400.00,Baixado como perda\n\
               T-4,Mercado Luz,2024-03-01,2024-03-31,600.00,Em análise\n\
               T-5,Mercado Luz,2024-03-05,2024-04-04,150.00,Estornado\n";
    let out =
        import(csv.as_bytes(), &ImportOptions { default_currency: Some("BRL".into()), ..opts() }).unwrap();
    let ids: Vec<&str> = out.ledger.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["T-1", "T-4"]);
    let skipped: Vec<String> =
        out.report.skipped.iter().map(|s| format!("{}: {}", s.position, s.reason)).collect();
    assert_eq!(
        skipped,
        [
            r#"file "ar.csv", row 3, column F ("Situação"): status "Cancelado": a cancelled or void document: excluded from every figure"#,
            r#"file "ar.csv", row 4, column F ("Situação"): status "Baixado como perda": written off: kept apart from the figures"#,
            r#"file "ar.csv", row 6, column F ("Situação"): status "Estornado": a cancelled or void document: excluded from every figure"#,
        ]
    );
    let warnings = warnings(&out);
    for want in [
        // T-2 250.00 + T-5 150.00 = 400.00.
        r#"file "ar.csv", row 3, column F ("Situação"): 2 cancelled or void documents (400.00 BRL): excluded from every figure"#,
        r#"file "ar.csv", row 4, column F ("Situação"): 1 written-off document (400.00 BRL): kept apart from the figures"#,
        r#"file "ar.csv", row 5, column F ("Situação"): status values arlens does not know: "Em análise" (1 row); read as open"#,
    ] {
        assert!(warnings.contains(&want.to_owned()), "{want}\n{warnings:#?}");
    }
    // Open at 2024-03-31: T-1 1,000.00 (51 days past due → 31–60) and T-4 600.00 (due that day: not due).
    let report = arlens::analyze(&out.ledger, &Options::at("2024-03-31".parse().unwrap())).unwrap();
    let brl = &report.aging.currencies[0];
    assert_eq!(
        (brl.buckets[1].to_string(), brl.not_due.to_string(), brl.open_total.to_string()),
        ("1000.00".into(), "600.00".into(), "1600.00".into())
    );
}

#[test]
fn text_decoding_is_honest_and_said() {
    // UTF-8 with one bad byte (0xFF in B-2's customer): still UTF-8, the byte located.
    let mut csv =
        b"Invoice,Customer,Date,Amount\nB-1,M\xC3\xBCller GmbH,2024-01-05,10.00\nB-2,G\xC3\xB6rz ".to_vec();
    csv.extend_from_slice(b"\xFFAG,2024-01-06,20.00\n");
    let out = import(&csv, &opts()).unwrap();
    assert_eq!(out.report.encoding.as_deref(), Some("UTF-8"));
    assert_eq!(
        &*out.ledger.customer(&out.ledger.entries[0]).name,
        "Müller GmbH",
        "not Windows-1252 (MÃ¼ller)"
    );
    assert_eq!(
        warnings(&out)[0],
        r#"file "ar.csv", row 3, column B: bytes that are not UTF-8 text, shown as �: the rest of the file reads as UTF-8, so it is read that way"#
    );
    // UTF-16 without a BOM (some Excel and database exports): detected, every row read.
    let text = "Invoice,Customer,Date,Amount\nC-1,Müller,2024-01-05,10.00\nC-2,Görz,2024-01-06,20.00\n";
    let utf16: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let out = import(&utf16, &opts()).unwrap();
    assert_eq!((out.report.encoding.as_deref(), out.report.entries), (Some("UTF-16LE"), 2));
    assert_eq!(&*out.ledger.customer(&out.ledger.entries[1]).name, "Görz");
}

#[test]
fn installments_are_documents_of_their_own() {
    // A Brazilian receivables list: title 100 in three installments (parcelas), one duplicated
    // number without an installment column would be warned; with it, each part is an item.
    let csv = "Título,Parcela,Cliente,Emissão,Vencimento,Valor,Moeda\n\
               100,1,Padaria Sol,2024-01-10,2024-02-09,300.00,BRL\n\
               100,2,Padaria Sol,2024-01-10,2024-03-10,300.00,BRL\n\
               100,3,Padaria Sol,2024-01-10,2024-04-09,300.00,BRL\n";
    let out = import(csv.as_bytes(), &opts()).unwrap();
    let ids: Vec<&str> = out.ledger.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["100/1", "100/2", "100/3"]);
    assert!(!warnings(&out).iter().any(|w| w.contains("is on")), "{:?}", warnings(&out));
    let report = arlens::analyze(&out.ledger, &Options::at("2024-03-31".parse().unwrap())).unwrap();
    let brl = &report.aging.currencies[0];
    // Part 1 due 9 Feb: 51 days → 31–60; part 2 due 10 Mar: 21 days → 1–30; part 3 not due.
    assert_eq!(
        (brl.buckets[1].to_string(), brl.buckets[0].to_string(), brl.not_due.to_string()),
        ("300.00".into(), "300.00".into(), "300.00".into())
    );
}

mod no_silent_drop {
    use super::opts;
    use arlens::import;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use std::collections::BTreeMap;

    /// An amount cell's text and what it holds: `Err(())` not an amount,
    /// `Ok(None)` empty, `Ok(Some(cents))`.
    type AmountCell = (String, Result<Option<i64>, ()>);

    fn amount() -> impl Strategy<Value = AmountCell> {
        prop_oneof![
            (1i64..1_000_000).prop_map(|c| (format!("{}.{:02}", c / 100, c % 100), Ok(Some(c)))),
            (1i64..1_000_000).prop_map(|c| (format!("-{}.{:02}", c / 100, c % 100), Ok(Some(-c)))),
            Just(("1,234.50".to_owned(), Ok(Some(123_450)))),
            Just(("0.00".to_owned(), Ok(Some(0)))),
            Just(("-0.00".to_owned(), Ok(Some(0)))),
            Just(("ten".to_owned(), Err(()))),
            Just((String::new(), Ok(None))),
        ]
    }

    /// One generated row: every way a cell can be odd in real exports.
    #[allow(clippy::type_complexity)]
    fn row() -> impl Strategy<Value = (String, String, String, AmountCell, AmountCell, String, String)> {
        let date = prop_oneof![
            Just("2024-01-15".to_owned()),
            Just("15/01/2024".to_owned()),
            Just("0".to_owned()),
            Just("00/00/0000".to_owned()),
            Just("N/A".to_owned()),
            Just(String::new()),
            Just("31/02/2024".to_owned()),
            Just("soon".to_owned()),
        ];
        let status = prop_oneof![
            Just("Open".to_owned()),
            Just("Cancelled".to_owned()),
            Just("Written off".to_owned()),
            Just("Disputed".to_owned()),
            Just("Em análise".to_owned()),
            Just(String::new()),
        ];
        let customer = prop_oneof![Just("Acme".to_owned()), Just("Birch".to_owned()), Just(String::new())];
        let currency = prop_oneof![Just("EUR".to_owned()), Just("JPY".to_owned()), Just(String::new())];
        (customer, date.clone(), date, amount(), amount(), status, currency)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        /// Every data row of a messy open-items file is either an entry or a skipped
        /// row with a reason: nothing disappears in silence. And the reconciliation
        /// balances: per column and currency, the file's total (summed here from
        /// the generated cents, not by arlens) = imported + excluded + skipped.
        #[test]
        fn every_row_is_imported_or_reported(rows in prop::collection::vec(row(), 1..40)) {
            let mut csv = String::from("Invoice,Customer,Invoice date,Due date,Amount,Open balance,Status,Currency\n");
            // Per column (0 amount, 1 open) and currency: rows and cents; unreadable cells.
            let mut expected: [BTreeMap<String, (usize, i64)>; 2] = Default::default();
            let mut unreadable = [0usize; 2];
            for (i, (customer, date, due, amount, open, status, currency)) in rows.iter().enumerate() {
                csv.push_str(&format!("I-{i},{customer},{date},{due},\"{}\",\"{}\",{status},{currency}\n", amount.0, open.0));
                let code = if currency.is_empty() { "USD" } else { currency.as_str() };
                for (column, cell) in [amount, open].into_iter().enumerate() {
                    match cell.1 {
                        Ok(Some(cents)) => {
                            let line = expected[column].entry(code.to_owned()).or_default();
                            line.0 += 1;
                            line.1 += cents;
                        }
                        Ok(None) => {}
                        Err(()) => unreadable[column] += 1,
                    }
                }
            }
            let Ok(out) = import(csv.as_bytes(), &opts()) else {
                // Only a file whose every date is unreadable may fail, and then with a located error.
                return Ok(());
            };
            let data_rows = rows.len() - out.report.blank_rows;
            let skipped = out.report.skipped.iter().filter(|s| s.position.row.is_some()).count();
            prop_assert_eq!(out.report.entries + skipped, data_rows, "{:?}", out.report.skipped);
            for s in &out.report.skipped {
                prop_assert!(s.position.row.is_some() && !s.reason.is_empty(), "{:?}", s);
            }
            prop_assert_eq!(out.report.reconciliation.len(), 2);
            for (column, r) in out.report.reconciliation.iter().enumerate() {
                prop_assert_eq!(r.unreadable, unreadable[column], "{}", r.column);
                let got: BTreeMap<String, (usize, i64)> = r
                    .currencies
                    .iter()
                    .map(|l| (l.currency.clone(), (l.file.rows, (l.file.total * Decimal::from(100)).try_into().unwrap())))
                    .collect();
                prop_assert_eq!(&got, &expected[column], "{}", r.column);
                for line in &r.currencies {
                    prop_assert!(line.balances(), "{:?}", line);
                }
            }
        }
    }
}

#[test]
fn a_file_without_a_currency_is_in_an_unknown_one() {
    let csv = "Invoice,Customer,Date,Due date,Amount\nA1,Acme,2024-01-05,2024-02-04,$10.00\nA2,Acme,2024-01-06,2024-02-05,20.00\n";
    let plain = ImportOptions { file_name: Some("ar.csv".into()), ..ImportOptions::default() };
    let out = import(csv.as_bytes(), &plain).unwrap();
    assert!(out.ledger.entries.iter().all(|e| &*e.currency == "XXX"), "never silently USD");
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 2: 2 rows are in an unknown currency (XXX): the amounts carry "$", which several currencies use; give the currency (defaultCurrency) to see them as such"#
        ]
    );
    // Given, it is used; an ISO code is required.
    let cad = ImportOptions { default_currency: Some("CAD".into()), ..plain.clone() };
    assert!(import(csv.as_bytes(), &cad).unwrap().ledger.entries.iter().all(|e| &*e.currency == "CAD"));
    for bad in ["", "€", "usd", "DOLLAR"] {
        let options = ImportOptions { default_currency: Some(bad.into()), ..plain.clone() };
        let err = import(csv.as_bytes(), &options).unwrap_err();
        assert!(err.to_string().starts_with("invalid option defaultCurrency"), "{bad:?}: {err}");
    }
}

#[test]
fn offending_text_is_cut_to_a_readable_length() {
    // A 300,000-character cell: the reason quotes its first 80 characters and says how long it is.
    let huge = "ten".repeat(100_000);
    let csv = format!("Invoice,Customer,Date,Amount\nA1,Acme,2024-01-05,10\nA2,Acme,2024-01-05,{huge}\n");
    // Over the default limit of 32,767 characters a cell, the file is refused as too large;
    // with the limit raised it is read, and the cell's row skipped with a short reason.
    let err = import(csv.as_bytes(), &opts()).unwrap_err();
    assert_eq!(err.kind().code(), "tooLarge");
    let mut opts = opts();
    opts.limits.cell_characters = 1_000_000;
    let opts = || opts.clone();
    let out = import(csv.as_bytes(), &opts()).unwrap();
    let reason = &out.report.skipped[0].reason;
    assert_eq!(reason.split(" is not ").next().unwrap(), format!("{:?}… (300000 characters)", &huge[..80]),);
    assert!(reason.len() < 200, "{reason}");
    // Errors too: an option's text, a header in a missing-columns error.
    let options = ImportOptions { default_currency: Some("€".repeat(10_000)), ..opts() };
    let err = import(csv.as_bytes(), &options).unwrap_err().to_string();
    assert!(err.len() < 400 && err.contains("… (10000 characters) is not an ISO 4217"), "{err}");
    // (Its ≈ 270-character hint, what to export instead of balances, comes after the headers.)
    let err = import(format!("{huge},Total\nAcme,12\n").as_bytes(), &opts()).unwrap_err().to_string();
    assert!(err.len() < 700 && err.contains("(300000 characters)"), "{err}");
}

#[test]
fn warnings_of_one_kind_on_many_rows_are_one_entry_with_the_count_and_first_rows() {
    // Seven invoices due before their date: one warning, not seven.
    let mut csv = String::from("Invoice,Customer,Date,Due date,Amount\n");
    for i in 1..=7 {
        csv.push_str(&format!("I-{i},Acme,2024-03-{:02},2024-02-{:02},10.00\n", i + 10, i));
    }
    let out = import(csv.as_bytes(), &opts()).unwrap();
    assert_eq!(
        warnings(&out),
        [
            r#"file "ar.csv", row 2, column D ("Due date"): 7 rows like this one: due date 2024-02-01 is before the invoice date 2024-03-11 (rows 2, 3, 4, 5, 6 and 2 more)"#
        ]
    );
    // Three are each said on their own row.
    let three: String = csv.lines().take(4).map(|l| format!("{l}\n")).collect();
    assert_eq!(warnings(&import(three.as_bytes(), &opts()).unwrap()).len(), 3);
}

#[test]
fn a_digest_the_caller_computed_is_used_and_checked_for_form() {
    let csv = b"Invoice,Customer,Date,Amount\nA1,Acme,2024-03-01,100\n";
    // `printf 'Invoice,Customer,Date,Amount\nA1,Acme,2024-03-01,100\n' | sha256sum`
    let own = "8209e0c6ccfdebcb11fe9ea10fa9a5bc0fe7c7094887f374cbf877abf52e43c7";
    let computed = import(csv, &ImportOptions::default()).unwrap().report.sha256;
    assert_eq!(computed, own);
    // Given (in capitals, as some tools print it): used as given, in lower case.
    let given = ImportOptions { sha256: Some(own.to_uppercase()), ..ImportOptions::default() };
    assert_eq!(import(csv, &given).unwrap().report.sha256, own);
    for bad in ["", "abc", &"g".repeat(64), &format!("{own}0")] {
        let options = ImportOptions { sha256: Some(bad.to_owned()), ..ImportOptions::default() };
        let err = import(csv, &options).unwrap_err();
        assert_eq!(err.kind().code(), "invalidOption", "{bad:?}");
        assert!(err.to_string().contains("64 hexadecimal digits"), "{err}");
    }
}
