//! One fixture per class of real-world file that arlens must read as its user
//! means it (`tests/fixtures/classes/`), each aged at 31 March 2024 with the
//! figures worked out by hand, and its reconciliation asserted: per amount
//! column and currency, the file's total = imported + excluded + skipped.
//! Workbooks with quirks no writer library produces (ODS currency-typed cells,
//! a row written twice) are built here from their XML.

use crate::shared::{fixture, warnings, warnings_about};
use arlens::import::{Field, Reconciliation, SkipKind};
use arlens::{ImportOptions, Imported, import};

use std::io::Write;

fn read(name: &str, options: ImportOptions) -> Imported {
    let options = ImportOptions { file_name: Some(name.to_owned()), ..options };
    import(&fixture(&format!("classes/{name}")), &options).unwrap_or_else(|e| panic!("{e}"))
}

/// `[currency, not due, 1–30, 31–60, 61–90, 91–120, 121+, credits, open total]`
/// per currency at 31 March 2024.
fn aging(imported: &Imported) -> Vec<Vec<String>> {
    crate::shared::aging_rows(imported, "2024-03-31")
}

fn skipped(imported: &Imported) -> Vec<String> {
    imported.report.skipped.iter().map(|s| format!("{} [{:?}]: {}", s.position, s.kind, s.reason)).collect()
}

/// `column currency: file rows/total = imported … + excluded … + skipped …`
/// for each reconciled column and currency, checked to balance.
fn reconciliation(imported: &Imported) -> Vec<String> {
    let lines = |r: &Reconciliation| -> Vec<String> {
        r.currencies
            .iter()
            .map(|l| {
                assert!(l.balances(), "{l:?}");
                format!(
                    "{} {}: {}/{} = {}/{} + {}/{} + {}/{}",
                    r.column,
                    l.currency,
                    l.file.rows,
                    l.file.total,
                    l.imported.rows,
                    l.imported.total,
                    l.excluded.rows,
                    l.excluded.total,
                    l.skipped.rows,
                    l.skipped.total
                )
            })
            .collect()
    };
    imported.report.reconciliation.iter().flat_map(lines).collect()
}

#[test]
fn portuguese_erp_export_with_cancelled_rows_installments_and_a_receipt() {
    let out = read("pt-erp-titulos.csv", ImportOptions::default());
    let map = &out.report.mapping;
    assert!(map.unmapped.is_empty(), "{:?}", map.unmapped);
    assert_eq!(map.index(Field::Installment), Some(2)); // Parcela
    assert_eq!(map.index(Field::Status), Some(7)); // Situação
    assert_eq!(out.report.header_row, 3);
    // 1001/1 due 9 Feb: 51 days late (20 in Feb, 31 in Mar) → 31–60: 1,500.00.
    // 1001/2 due 10 Mar: 21 days → 1–30; 1004 due 21 Mar: 10 days → 1–30: 1,500.00 + 650.50.
    // 1002 due 4 Apr, 300.00 open → not due. 1003 cancelled, 1005 written off: not aged.
    assert_eq!(
        aging(&out),
        [["BRL", "300.00", "2150.50", "1500.00", "0.00", "0.00", "0.00", "0.00", "3950.50"]]
    );
    let f = r#"file "pt-erp-titulos.csv""#;
    assert_eq!(
        skipped(&out),
        [
            format!(
                r#"{f}, row 7, column H ("Situação") [Excluded]: status "Cancelado": a cancelled or void document: excluded from every figure"#
            ),
            format!(
                r#"{f}, row 9, column H ("Situação") [Excluded]: status "Baixado como perda": written off: kept apart from the figures"#
            ),
            format!(
                r#"{f}, row 10, column A ("Cliente") [Excluded]: not a customer's document: no customer and nothing open (a receipt or transfer)"#
            ),
            format!(r#"{f}, row 11 [Layout]: grand total row "Total geral""#),
            format!(r#"{f}, row 12 [Layout]: note after the data "Emitido em 01/04/2024 pelo sistema""#),
        ]
    );
    // The grand total (6,350.50 open) agrees with every row above it, the
    // excluded ones included, so there is no warning about it.
    assert_eq!(
        warnings(&out),
        [
            format!(
                r#"{f}, row 7, column H ("Situação"): 1 cancelled or void document (2,000.00 BRL): excluded from every figure"#
            ),
            format!(
                r#"{f}, row 9, column H ("Situação"): 1 written-off document (400.00 BRL): kept apart from the figures"#
            ),
        ]
    );
    // Valor: 1,500 + 1,500 + 800 + 650.50 imported; 2,000 + 400 + 1,200 (the receipt) excluded.
    // Saldo: 1,500 + 1,500 + 300 + 650.50 imported; 2,000 + 400 + 0 excluded.
    assert_eq!(
        reconciliation(&out),
        [
            "Valor R$ BRL: 7/8050.50 = 4/4450.50 + 3/3600.00 + 0/0",
            "Saldo R$ BRL: 7/6350.50 = 4/3950.50 + 3/2400.00 + 0/0",
        ]
    );
    assert_eq!(out.report.sha256, "d890eb5f3a529762ac54b821bbfff3d3b0529bb688ef2149b84529aefc88b65c");
    assert_eq!(out.report.version, env!("CARGO_PKG_VERSION"));
}

#[test]
fn spanish_export_without_due_dates_but_with_terms() {
    let out = read("es-condiciones-sin-vencimiento.csv", ImportOptions::default());
    assert_eq!(out.report.mapping.index(Field::Terms), Some(3));
    assert_eq!(out.report.mapping.index(Field::DueDate), None);
    // A-101 15 Jan + 30 días = 14 Feb: 46 days late → 31–60: 1,000.00; A-103 "Contado"
    // (cash) due 10 Feb: 50 days → 31–60: 480.00. A-102 1 Mar + 60 = 30 Apr: not due.
    // A-105 5 Dec + 30 = 4 Jan: 87 days → 61–90. A-104 has no terms: due = its date,
    // 20 Mar: 11 days → 1–30 (120.00 open).
    assert_eq!(
        aging(&out),
        [["EUR", "2500.00", "120.00", "1480.00", "900.00", "0.00", "0.00", "0.00", "5000.00"]]
    );
    let f = r#"file "es-condiciones-sin-vencimiento.csv""#;
    assert_eq!(
        warnings(&out),
        [
            format!(
                r#"{f}, row 2, column D ("Condiciones de pago"): 4 rows have no due date: due = invoice date + the days of the payment terms in this column"#
            ),
            format!(
                "{f}, row 5: 1 row has no due date and no payment terms: due = invoice date (aged from it); give default terms to age them by a due date"
            ),
        ]
    );
    // With default terms of 30 days, A-104 is due 19 Apr: not due any more.
    let thirty = read(
        "es-condiciones-sin-vencimiento.csv",
        ImportOptions { default_terms: Some(30), ..Default::default() },
    );
    assert_eq!(
        aging(&thirty),
        [["EUR", "2620.00", "0.00", "1480.00", "900.00", "0.00", "0.00", "0.00", "5000.00"]]
    );
    assert_eq!(
        reconciliation(&out),
        [
            "Importe EUR: 5/5180.00 = 5/5180.00 + 0/0 + 0/0",
            "Pendiente EUR: 5/5000.00 = 5/5000.00 + 0/0 + 0/0"
        ]
    );
}

#[test]
fn french_list_with_euro_amounts_a_credit_note_and_a_cancelled_invoice() {
    let out = read("fr-factures.csv", ImportOptions::default());
    assert!(out.report.mapping.unmapped.is_empty(), "{:?}", out.report.mapping.unmapped);
    // 001 due 7 Feb: 53 days → 31–60: 1,234.56. 002 due 23 Mar: 8 days → 1–30,
    // 140.00 of 540.00 left. 003 due today (disputed, still owed): not due. The
    // credit note: −200.00. 004 cancelled. Total 2,000 + 140 + 1,234.56 − 200.
    assert_eq!(
        aging(&out),
        [["EUR", "2000.00", "140.00", "1234.56", "0.00", "0.00", "0.00", "-200.00", "3174.56"]]
    );
    assert_eq!(
        reconciliation(&out),
        [
            "Montant TTC EUR: 5/4334.56 = 4/3574.56 + 1/760.00 + 0/0",
            "Reste dû EUR: 5/3934.56 = 4/3174.56 + 1/760.00 + 0/0",
        ]
    );
}

#[test]
fn italian_list_with_a_reversed_invoice_and_a_total_row() {
    let out = read(
        "it-scadenzario.csv",
        ImportOptions { default_currency: Some("EUR".into()), ..Default::default() },
    );
    assert!(out.report.mapping.unmapped.is_empty(), "{:?}", out.report.mapping.unmapped);
    // 2024/15 due 9 Mar: 22 days → 1–30: 3,660.00. 2024/41 due 30 Apr: 610.00 open,
    // not due. 2023/388 due 15 Jan: 76 days (16 + 29 + 31) → 61–90: 915.00. 2024/07 stornato.
    assert_eq!(
        aging(&out),
        [["EUR", "610.00", "3660.00", "0.00", "915.00", "0.00", "0.00", "0.00", "5185.00"]]
    );
    // The "Totale" row restates the column (6,283.00 and 5,673.00): no warning, not counted.
    assert_eq!(
        reconciliation(&out),
        [
            "Importo EUR: 4/6283.00 = 3/5795.00 + 1/488.00 + 0/0",
            "Importo residuo EUR: 4/5673.00 = 3/5185.00 + 1/488.00 + 0/0",
        ]
    );
    assert_eq!(warnings(&out).len(), 1, "{:?}", warnings(&out)); // the reversed document, counted
}

#[test]
fn zero_payment_dates_are_no_date_and_the_invoices_stay_open() {
    let out = read("zero-payment-dates.csv", ImportOptions::default());
    // INV-1 paid 5 Feb. INV-2 (paid date 0) due 2 Mar: 29 days → 1–30: 750.00; INV-3
    // (00/01/1900) due 16 Mar: 15 days → 1–30: 420.00; INV-4 due 4 Apr: not due.
    assert_eq!(
        aging(&out),
        [["GBP", "300.00", "1170.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1470.00"]]
    );
    assert_eq!(
        warnings(&out),
        [
            r#"file "zero-payment-dates.csv", row 3, column F ("Payment Date"): 2 cells in this column hold an empty-date marker such as "0" (0, 00/00/0000, -, N/A): read as no date, the rows kept"#
        ]
    );
    assert!(out.report.skipped.is_empty());
}

#[test]
fn dollar_amounts_with_no_currency_are_in_an_unknown_one_until_given() {
    let out = read("dollar-amounts-no-currency.csv", ImportOptions::default());
    // 1001 due 14 Feb: 46 days → 31–60; 1002 due 21 Mar: 10 days → 1–30 (200.00 left);
    // 1003 due 9 Apr: not due.
    assert_eq!(
        aging(&out),
        [["XXX", "99.99", "200.00", "1200.00", "0.00", "0.00", "0.00", "0.00", "1499.99"]]
    );
    assert!(warnings(&out)[0].ends_with(r#"3 rows are in an unknown currency (XXX): the amounts carry "$", which several currencies use; give the currency (defaultCurrency) to see them as such"#));
    let cad = read(
        "dollar-amounts-no-currency.csv",
        ImportOptions { default_currency: Some("CAD".into()), ..Default::default() },
    );
    assert_eq!(aging(&cad)[0][0], "CAD");
    assert!(warnings(&cad).is_empty());
}

/// A code beside an amount grouped with spaces (`1 250,00 PLN`, as Polish and Czech
/// systems write a document's currency in its amount) refused every row: "not an
/// amount". Each row is now in its own cell's currency.
#[test]
fn codes_beside_space_grouped_amounts_give_each_rows_currency() {
    let csv = "Klient;Numer;Data wystawienia;Termin płatności;Kwota;Pozostało\n\
               Kowalski sp. z o.o.;FV/1/2024;15.01.2024;14.02.2024;1 250,00 PLN;1 250,00 PLN\n\
               Nowak S.A.;FV/2/2024;02.03.2024;01.04.2024;3 400,00 EUR;400,00 EUR\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(out.report.skipped.is_empty(), "{:?}", out.report.skipped);
    // FV/1 due 14 February: 46 days at 31 March → 31–60; FV/2 due 1 April: not due.
    assert_eq!(
        aging(&out),
        [
            ["EUR", "400.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "400.00"],
            ["PLN", "0.00", "0.00", "1250.00", "0.00", "0.00", "0.00", "0.00", "1250.00"]
        ]
    );
}

#[test]
fn kronor_amounts_name_no_currency() {
    let csv = "Invoice;Customer;Date;Due date;Amount\nF1;Alfa AB;2024-03-01;2024-03-31;1 250,00 kr\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(&*out.ledger.entries[0].currency, "XXX");
    assert!(
        warnings(&out).iter().any(|w| w.contains(r#"the amounts carry "kr", which several currencies use"#))
    );
}

#[test]
fn yen_and_kronor_are_settled_by_the_headers_language() {
    // (file, expected currency of every entry, the warning's symbol and language)
    let cases = [
        // Japanese names (kana in `得意先名`): the yen, in either width.
        ("得意先名,請求書番号,請求日,支払期日,残高\n山田商事,A-1,2024/02/29,2024/03/31,\"¥55,000\"\n", "JPY"),
        (
            "得意先名,請求書番号,請求日,支払期日,残高\n山田商事,A-1,2024/02/29,2024/03/31,\"￥55,000\"\n",
            "JPY",
        ),
        // Names only Chinese writes (`客户名称`, `发票号码`): the yuan.
        (
            "客户名称,发票号码,开票日期,到期日,未收金额\n华信科技,FP-1,2024-02-29,2024-03-31,\"¥55,000.00\"\n",
            "CNY",
        ),
        // Swedish names: the krona.
        (
            "Kund;Fakturanummer;Fakturadatum;Förfallodatum;Restbelopp\nAlfa AB;F1;2024-02-29;2024-03-31;55 000,00 kr\n",
            "SEK",
        ),
        // Danish (its table is Norwegian's too), English, or a symbol the language
        // does not settle: unknown, as before.
        (
            "Kunde;Fakturanummer;Fakturadato;Forfaldsdato;Beløb\nNordisk A/S;2001;29-02-2024;31-03-2024;kr. 55.000,00\n",
            "XXX",
        ),
        ("Invoice;Customer;Date;Due date;Amount\nF1;Alfa AB;2024-02-29;2024-03-31;55 000,00 kr\n", "XXX"),
        ("得意先名,請求書番号,請求日,支払期日,残高\n山田商事,A-1,2024/02/29,2024/03/31,\"$55,000\"\n", "XXX"),
    ];
    for (csv, currency) in cases {
        let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap_or_else(|e| panic!("{csv}: {e}"));
        assert_eq!(out.ledger.entries.len(), 1, "{csv}");
        assert_eq!(&*out.ledger.entries[0].currency, currency, "{csv}");
        // 55,000 open, due 31 March: not due at 31 March 2024, in whichever currency.
        assert_eq!(aging(&out)[0][1].trim_end_matches(".00"), "55000", "{csv}");
        let said = warnings_about(&out, "under headers in");
        if currency == "XXX" {
            assert!(said.is_empty(), "{csv}: {said:?}");
            assert!(!warnings_about(&out, "several currencies use").is_empty(), "{csv}");
        } else {
            assert_eq!(said.len(), 1, "{csv}: {:?}", warnings(&out));
            assert!(said[0].ends_with(&format!(
                "rows whose cells name no other currency are read in {currency}; give the currency (defaultCurrency) if it is another"
            )));
        }
    }
    // The option, given, wins over the language: a Japanese export in yuan.
    let japanese = cases[0].0;
    let given = ImportOptions { default_currency: Some("CNY".into()), ..Default::default() };
    let out = import(japanese.as_bytes(), &given).unwrap();
    assert_eq!(&*out.ledger.entries[0].currency, "CNY");
    assert!(warnings_about(&out, "under headers in").is_empty());
    // The warning names the first cell carrying the symbol, and the language.
    let out = import(japanese.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(warnings(&out)[0].starts_with(
        r#"row 2, column E ("残高"): no column names the currency, and the amounts carry "¥" under headers in Japanese"#
    ), "{:?}", warnings(&out));
}

/// Excel saves a Japanese CSV in Shift_JIS and a Korean one in EUC-KR, where the
/// byte 0x5C is shown as `¥` and `₩` and decodes as a backslash: `\125,000` refused
/// every row ("not an amount"). The headers' language settles it.
#[test]
fn a_code_pages_backslash_is_the_yen_or_the_won() {
    let japanese = "得意先名,請求書番号,請求日,支払期日,請求金額,未入金額\n\
                    山田商事,A-1001,2024/02/15,2024/03/15,\"\\125,000\",\"\\125,000\"\n\
                    佐藤物産,A-1002,2024/03/01,2024/03/31,\"\\34,000\",\"\\4,000\"\n";
    let korean = "거래처명,전표번호,일자,만기일,금액,잔액\n\
                  한국상사,K-001,2024-02-15,2024-03-15,\"\\125,000\",\"\\125,000\"\n\
                  삼성물산,K-002,2024-03-01,2024-03-31,\"\\34,000\",\"\\4,000\"\n";
    for (text, encoding, currency, language) in [
        (japanese, encoding_rs::SHIFT_JIS, "JPY", "Japanese"),
        (korean, encoding_rs::EUC_KR, "KRW", "Korean"),
    ] {
        let (bytes, _, lossy) = encoding.encode(text);
        assert!(!lossy);
        let out = import(&bytes, &ImportOptions::default()).unwrap_or_else(|e| panic!("{currency}: {e}"));
        assert!(out.report.skipped.is_empty(), "{:?}", out.report.skipped);
        // 125,000 due 15 March: 16 days at 31 March → 1–30; 4,000 due 31 March: not due.
        assert_eq!(
            aging(&out),
            [[currency, "4000", "125000", "0", "0", "0", "0", "0", "129000"]],
            "{language}"
        );
        assert_eq!(
            warnings_about(&out, "under headers in"),
            [format!(
                r#"row 2, column E ("{}"): no column names the currency, and the amounts carry "\" (the yen or won sign of a Japanese or Korean code page) under headers in {language}: rows whose cells name no other currency are read in {currency}; give the currency (defaultCurrency) if it is another"#,
                if currency == "JPY" { "請求金額" } else { "금액" }
            )]
        );
    }
}

/// A zip archive of `files`, stored uncompressed.
fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in files {
        zip.start_file(*name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// An ODS workbook with one sheet whose rows are `rows` of table cells.
fn ods(rows: &[&str]) -> Vec<u8> {
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Facturas">{}</table:table></office:spreadsheet></office:body></office:document-content>"#,
        rows.iter().map(|r| format!("<table:table-row>{r}</table:table-row>")).collect::<String>()
    );
    zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        (
            "META-INF/manifest.xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#,
        ),
        ("content.xml", &content),
    ])
}

fn text_cell(text: &str) -> String {
    format!(r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#)
}

fn date_cell(iso: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>"#
    )
}

fn currency_cell(code: &str, value: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="currency" office:currency="{code}" office:value="{value}"><text:p>{value} {code}</text:p></table:table-cell>"#
    )
}

#[test]
fn ods_currency_typed_cells_carry_their_currency() {
    let header: String =
        ["Factura", "Cliente", "Fecha", "Vencimiento", "Importe"].iter().map(|h| text_cell(h)).collect();
    let row = |id: &str, due: &str, code: &str, value: &str| {
        [
            text_cell(id),
            text_cell("Acme"),
            date_cell("2024-02-01"),
            date_cell(due),
            currency_cell(code, value),
        ]
        .concat()
    };
    // Both in euros: the sheet's typed currency is theirs. F-1 due 2 Mar: 29 days
    // → 1–30: 1,210.00; F-2 due 30 Apr: not due.
    let eur =
        ods(&[&header, &row("F-1", "2024-03-02", "EUR", "1210"), &row("F-2", "2024-04-30", "EUR", "500.5")]);
    let out = import(&eur, &ImportOptions::default()).unwrap();
    assert_eq!(
        aging(&out),
        [["EUR", "500.50", "1210.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1710.50"]]
    );
    // Said, since the currency read is in no cell.
    assert_eq!(
        warnings(&out),
        [
            "sheet \"Facturas\", row 1: no column names the currency, and the amount cells are typed or formatted as EUR (what the spreadsheet shows beside them): rows whose cells name no other currency are read in EUR"
        ]
    );
    // Two currencies typed, which arlens cannot tell apart per cell: unknown, and said why.
    let mixed =
        ods(&[&header, &row("F-1", "2024-03-02", "EUR", "1210"), &row("F-2", "2024-04-30", "USD", "500.5")]);
    let out = import(&mixed, &ImportOptions::default()).unwrap();
    assert_eq!(aging(&out)[0][0], "XXX");
    assert!(
        warnings(&out)[0].contains("the amount cells are typed in several currencies (EUR, USD)"),
        "{:?}",
        warnings(&out)
    );
}

/// An xlsx workbook with one sheet "AR" whose `<sheetData>` is `rows`.
fn xlsx(rows: &str) -> Vec<u8> {
    const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#;
    let rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
    );
    let workbook = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="{REL}"><sheets><sheet name="AR" sheetId="1" r:id="rId1"/></sheets></workbook>"#
    );
    let workbook_rels = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
    );
    let sheet = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
    );
    zip_of(&[
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", &rels),
        ("xl/workbook.xml", &workbook),
        ("xl/_rels/workbook.xml.rels", &workbook_rels),
        ("xl/worksheets/sheet1.xml", &sheet),
    ])
}

fn xlsx_row(number: u32, cells: &[&str]) -> String {
    let cells: String = cells
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let at = format!("{}{number}", char::from(b'A' + i as u8));
            match text.parse::<f64>() {
                Ok(_) => format!(r#"<c r="{at}"><v>{text}</v></c>"#),
                Err(_) => format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#),
            }
        })
        .collect();
    format!(r#"<row r="{number}">{cells}</row>"#)
}

#[test]
fn a_row_number_written_twice_keeps_both_rows_and_says_so() {
    let rows = [
        xlsx_row(1, &["Invoice", "Customer", "Date", "Due date", "Amount", "Currency"]),
        xlsx_row(2, &["I-1", "Acme", "2024-03-01", "2024-03-31", "100", "EUR"]),
        xlsx_row(3, &["I-2", "Acme", "2024-03-01", "2024-03-31", "20", "EUR"]),
        // The same row number again: its cells must not replace I-2's.
        xlsx_row(3, &["I-3", "Birch", "2024-03-01", "2024-03-31", "3", "EUR"]),
    ]
    .concat();
    let out = import(&xlsx(&rows), &ImportOptions::default()).unwrap();
    let ids: Vec<&str> = out.ledger.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["I-1", "I-2", "I-3"]);
    assert_eq!(
        warnings(&out),
        [
            r#"sheet "AR", row 3: the sheet's file writes row 3 more than once (or out of order): each copy is read as a row of its own, both numbered 3, so nothing is overwritten"#
        ]
    );
    assert_eq!(reconciliation(&out), ["Amount EUR: 3/123 = 3/123 + 0/0 + 0/0"]);
    assert!(out.report.skipped.iter().all(|s| s.kind != SkipKind::Unreadable));
}

#[test]
fn inline_strings_are_read_unescaped_and_trimmed() {
    // Each row's customer cell as a workbook may write it: an Excel `_xHHHH_` escape, a
    // preserved space around a name longer than a cell's inline room, an XML entity,
    // spaces that are not preserved.
    let customers = [
        "<t>_x0041_cme</t>",
        r#"<t xml:space="preserve">  Birch Trading Company Limited  </t>"#,
        "<t>Dune &amp; Co</t>",
        "<t> Elm </t>",
    ];
    let mut rows = xlsx_row(1, &["Invoice", "Customer", "Date", "Due date", "Amount", "Currency"]);
    for (i, customer) in customers.iter().enumerate() {
        let number = i as u32 + 2;
        let row = xlsx_row(number, &[&format!("I-{number}"), "x", "2024-03-01", "2024-03-31", "10", "EUR"]);
        rows += &row.replace("<t>x</t>", customer);
    }
    // A row whose one cell holds preserved spaces only: a blank row, not a heading.
    rows += r#"<row r="6"><c r="A6" t="inlineStr"><is><t xml:space="preserve">   </t></is></c></row>"#;
    let out = import(&xlsx(&rows), &ImportOptions::default()).unwrap();
    let names: Vec<&str> = out.ledger.entries.iter().map(|e| &*out.ledger.customer(e).name).collect();
    assert_eq!(names, ["Acme", "Birch Trading Company Limited", "Dune & Co", "Elm"]);
    assert_eq!((out.report.blank_rows, out.report.skipped.len()), (1, 0), "{:?}", out.report.skipped);
}

#[test]
fn meaningless_headers_are_mapped_from_the_content() {
    let out = read("meaningless-headers.csv", ImportOptions::default());
    let fields: Vec<String> = out
        .report
        .mapping
        .columns
        .iter()
        .map(|c| format!("{} {:?} {:?}", c.header, c.field, c.confidence))
        .collect();
    assert_eq!(
        fields,
        [
            "C1 CustomerName Medium",
            "C2 DocumentId Medium",
            "C3 InvoiceDate Medium",
            "C4 DueDate Medium",
            "C5 Amount Medium",
            "C6 OpenBalance Medium",
            "C7 Currency Medium",
        ]
    );
    let reason = |i: usize| out.report.mapping.columns[i].reason.clone();
    assert_eq!(
        reason(2),
        r#"from the content: dates, on or before column "C4"'s in 100% of rows; 5 of 5 values read as invoice date"#
    );
    assert_eq!(
        reason(5),
        r#"from the content: amounts, at most column "C5"'s in 100% of rows: what is left open; 5 of 5 values read as open balance"#
    );
    // 2024-001 due 4 Feb: 57 days → 31–60: 1,250.00; 2024-002 due 21 Mar: 10 days → 1–30:
    // 300.00 left; 2024-003 due today: not due, as 2024-004 (99.90); 2024-005 paid.
    assert_eq!(
        aging(&out),
        [["SEK", "550.40", "300.00", "1250.00", "0.00", "0.00", "0.00", "0.00", "2100.40"]]
    );
}

#[test]
fn headers_in_a_language_arlens_does_not_know_are_mapped_from_the_content() {
    // Swahili: not one of the vocabularies; "Kiasi" 1,000 > "Kinachodaiwa" 400 tells them apart.
    let csv = "Mteja;Namba ya ankara;Tarehe ya ankara;Tarehe ya kulipa;Kiasi;Kinachodaiwa\n\
               Alfa Kft.;F-1;2024-02-01;2024-03-02;1 000,00;400,00\n\
               Alfa Kft.;F-2;2024-03-10;2024-04-09;250,00;250,00\n\
               Béta Zrt.;F-3;2024-01-15;2024-02-14;75,50;75,50\n";
    let out =
        import(csv.as_bytes(), &ImportOptions { default_currency: Some("HUF".into()), ..Default::default() })
            .unwrap();
    let map = &out.report.mapping;
    assert_eq!(
        [
            Field::CustomerName,
            Field::DocumentId,
            Field::InvoiceDate,
            Field::DueDate,
            Field::Amount,
            Field::OpenBalance
        ]
        .map(|f| map.index(f)),
        [Some(0), Some(1), Some(2), Some(3), Some(4), Some(5)]
    );
    assert!(map.columns.iter().all(|c| c.reason.starts_with("from the content")), "{map:?}");
    // F-1 due 2 Mar: 29 days → 1–30: 400.00 open; F-2 not due; F-3 due 14 Feb: 46 days → 31–60.
    assert_eq!(aging(&out), [["HUF", "250.00", "400.00", "75.50", "0.00", "0.00", "0.00", "0.00", "725.50"]]);
}

#[test]
fn an_open_balance_the_headers_do_not_name_is_found_beside_the_amount_they_do() {
    // Swedish: "Belopp" names the amount; "Öppet" ("open") is in no table. Never larger
    // than the amount, smaller on F-1 and the same on F-2 and F-3: what is left open.
    let csv = "Kund;Fakturanr;Fakturadatum;Förfallodatum;Belopp;Öppet;Moms\n\
               Alfa AB;F-1;2024-02-01;2024-03-02;1 000,00;400,00;200,00\n\
               Alfa AB;F-2;2024-03-10;2024-04-09;250,00;250,00;50,00\n\
               Beta AB;F-3;2024-01-15;2024-02-14;75,50;75,50;15,10\n";
    let out =
        import(csv.as_bytes(), &ImportOptions { default_currency: Some("SEK".into()), ..Default::default() })
            .unwrap();
    let map = &out.report.mapping;
    assert_eq!(map.index(Field::Amount), Some(4));
    assert_eq!(map.index(Field::OpenBalance), Some(5));
    let open = map.columns.iter().find(|c| c.field == Field::OpenBalance).unwrap();
    assert_eq!(
        open.reason,
        r#"from the content: amounts, at most column "Belopp"'s in 100% of rows: what is left open; 3 of 3 values read as open balance"#
    );
    // "Moms" (the VAT) is set aside by its name, never taken as open.
    let moms = map.columns.iter().find(|c| c.header == "Moms").unwrap();
    assert_eq!(moms.field, Field::Ignore);
    assert!(moms.reason.contains("a tax: a part of what each document owes"), "{}", moms.reason);
    // F-1 due 2 Mar: 29 days → 1–30: 400.00 open; F-2 not due; F-3 due 14 Feb: 46 days → 31–60.
    assert_eq!(aging(&out), [["SEK", "250.00", "400.00", "75.50", "0.00", "0.00", "0.00", "0.00", "725.50"]]);
}

#[test]
fn content_that_decides_nothing_still_asks_for_the_columns() {
    // No column of dates: the content cannot give one, so the file is refused naming it.
    let csv = "A,B,C\nAcme,12.50,x\nBirch,3.00,y\nAcme,1.00,z\n";
    let err = import(csv.as_bytes(), &ImportOptions::default()).unwrap_err();
    assert_eq!(err.kind().code(), "missingColumns", "{err}");
    assert!(err.to_string().contains("no column for invoice date (or due date)"), "{err}");
    // Not a dead end: inspect gives the best guess for a mapping screen, the problem named.
    let seen = arlens::import::inspect(csv.as_bytes(), &ImportOptions::default(), 20).unwrap();
    let guess: Vec<String> =
        seen.mapping.unwrap().columns.iter().map(|c| format!("{} {:?}", c.header, c.field)).collect();
    // A repeats (customers), B holds amounts, C is all different (document numbers).
    assert_eq!(guess, ["A CustomerName", "B Amount", "C DocumentId"]);
    assert_eq!(seen.problem.unwrap().kind, "missingColumns");
    assert_eq!(seen.preview.len(), 3);
}

#[test]
fn inspect_shows_the_mapping_the_import_uses() {
    let bytes = fixture("classes/meaningless-headers.csv");
    let seen = arlens::import::inspect(&bytes, &ImportOptions::default(), 20).unwrap();
    assert_eq!(seen.mapping.as_ref(), Some(&seen.report.as_ref().unwrap().mapping));
}

#[test]
fn a_table_without_dates_is_not_made_a_ledger_from_its_content() {
    // A JavaScript test file with CSV aging tables in its strings was once read as an
    // aged summary, a code column inferred as the customer. With no date column the
    // content maps nothing and the file is refused, naming what is missing.
    let code = fixture("../node/cli.test.mjs");
    let err = import(&code, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.kind().code(), "missingColumns", "{err}");
}
