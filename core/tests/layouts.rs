//! One fixture per named export layout (`tests/fixtures/layouts/`), written from
//! the documented columns with title, section, subtotal and total rows. Each
//! asserts what was read, what was skipped and why, and the aging it gives.

use crate::shared::{fixture, summary_rows, warnings, warnings_about};
use arlens::figures::dso::{monthly_sales, quantities};
use arlens::figures::period::{Period, PeriodLength};
use arlens::import::{AmountUnit, DateOrder, Field, PaymentMatching};
use arlens::{EntryKind, ImportOptions, Imported, LedgerShape, import};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn read(name: &str, options: ImportOptions) -> Imported {
    let options = ImportOptions { file_name: Some(name.to_owned()), ..options };
    import(&fixture(&format!("layouts/{name}")), &options).unwrap_or_else(|e| panic!("{e}"))
}

/// `[currency, not due, buckets…, credits, total]` per currency at `as_of`.
fn aging(imported: &Imported, as_of: &str) -> Vec<Vec<String>> {
    crate::shared::aging_rows(imported, as_of)
}

fn skipped(imported: &Imported) -> Vec<String> {
    imported
        .report
        .skipped
        .iter()
        .map(|s| format!("row {}: {}", s.position.row.unwrap_or(0), s.reason))
        .collect()
}

/// The mapped column headed `header`.
fn column<'a>(imported: &'a Imported, header: &str) -> &'a arlens::import::MappedColumn {
    let columns = &imported.report.mapping.columns;
    columns.iter().find(|c| c.header == header).unwrap_or_else(|| panic!("no column {header:?}: {columns:?}"))
}

#[test]
fn quickbooks_ar_aging_detail() {
    let out = read("quickbooks-ar-aging-detail.csv", ImportOptions::default());
    let r = &out.report;
    assert_eq!((r.header_row, r.shape, r.date_order), (5, LedgerShape::OpenItems, Some(DateOrder::Mdy)));
    assert_eq!(r.report_date.unwrap().to_string(), "2024-03-31"); // "As of March 31, 2024"
    assert_eq!(r.entries, 4);
    assert_eq!(
        skipped(&out),
        [
            "row 6: section heading \"Current\"",
            "row 8: subtotal row \"Total for Current\"",
            "row 9: section heading \"1 - 30 days past due\"",
            "row 11: subtotal row \"Total for 1 - 30 days past due\"",
            "row 12: section heading \"31 - 60 days past due\"",
            "row 15: subtotal row \"Total for 31 - 60 days past due\"",
            "row 16: grand total row \"TOTAL\"",
            "row 18: note after the data \"Accrual Basis Monday, April 1, 2024 09:12 AM GMT-04:00\"",
        ]
    );
    // Every subtotal reconciles; the only doubt is the currency, which the export does not name.
    assert_eq!(
        warnings(&out),
        [
            r#"file "quickbooks-ar-aging-detail.csv", row 7: 4 rows are in an unknown currency (XXX): the file names no currency; give the currency (defaultCurrency) to see them as such"#
        ]
    );
    // At 2024-03-31: 1045 due 04/14 (not due) 1,200.00; 1031 due 03/21, day 10 → 850.00;
    // 1012 due 02/14, day 46 → 1,500.00 open of 2,500.00; credit memo −100.00.
    // Total 1,200 + 850 + 1,500 − 100 = 3,450.00, the file's own TOTAL.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["XXX", "1200.00", "850.00", "1500.00", "0.00", "0.00", "0.00", "-100.00", "3450.00"]]
    );
}

#[test]
fn xero_aged_receivables_detail() {
    let out = read("xero-aged-receivables-detail.csv", ImportOptions::default());
    let r = &out.report;
    assert_eq!((r.header_row, r.shape), (6, LedgerShape::OpenItems));
    assert_eq!(r.report_date.unwrap().to_string(), "2024-03-31");
    let total = column(&out, "Total");
    assert_eq!(total.field, Field::OpenBalance, "in an aged report, Total is what is outstanding");
    let customers: Vec<&str> =
        out.ledger.entries.iter().map(|e| out.ledger.customer(e).name.as_ref()).collect();
    assert_eq!(
        customers,
        ["Acme Ltd", "Acme Ltd", "Birch Foods", "Birch Foods"],
        "contacts come from section rows"
    );
    assert_eq!(
        skipped(&out),
        [
            "row 7: section heading \"Acme Ltd\"",
            "row 10: subtotal row \"Total Acme Ltd\"",
            "row 11: section heading \"Birch Foods\"",
            "row 14: subtotal row \"Total Birch Foods\"",
            "row 15: grand total row \"Total\"",
            "row 16: percentage row \"Percentage of total\"",
        ]
    );
    assert_eq!(
        warnings(&out),
        [
            r#"file "xero-aged-receivables-detail.csv", row 8: 4 rows are in an unknown currency (XXX): the file names no currency; give the currency (defaultCurrency) to see them as such"#
        ]
    );
    // INV-0101 due 14 Apr: not due 500; INV-0088 due 11 Mar, day 20: 240;
    // INV-0042 due 4 Jan, day 87: 1,000 in 61–90; credit note −60. Total 1,680.00.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["XXX", "500.00", "240.00", "0.00", "1000.00", "0.00", "0.00", "-60.00", "1680.00"]]
    );
}

#[test]
fn sap_fbl5n_german_headers_trailing_minus() {
    let out = read("sap-fbl5n-de.csv", ImportOptions::default());
    let r = &out.report;
    assert_eq!((r.shape, r.date_order), (LedgerShape::Transactions, Some(DateOrder::Dmy)));
    assert_eq!(r.report_date.unwrap().to_string(), "2024-03-31"); // "Stichtag: 31.03.2024"
    assert_eq!(&*out.ledger.customer(&out.ledger.entries[0]).id, "0000100234");
    assert_eq!(skipped(&out), ["row 9: grand total row \"EUR\""]);
    assert_eq!(warnings(&out), Vec::<String>::new(), "the per-currency total reconciles");
    // The DZ payment of 234.56 names no invoice: applied oldest-first to 1800001234
    // (1,234.56 → 1,000.00, due 16.03, day 15). 1800001240 (10,000.00) is due on the
    // as-of date: not due. The DG credit note (500.00) stays unapplied.
    // Total 1,000.00 + 10,000.00 − 500.00 = 10,500.00, the file's own total.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["EUR", "10000.00", "1000.00", "0.00", "0.00", "0.00", "0.00", "-500.00", "10500.00"]]
    );
}

/// SAP's list output downloaded "unconverted" (`|`-separated, ruled with dashes),
/// grouped by customer: each block's head names the customer by label
/// (`Customer   100045`, `Name   Müller …`) above its header, and closes with a
/// `*` total per currency. Every row was skipped ("no customer name"): the rules'
/// dashes, repeated down the border column, were taken for a column of names.
#[test]
fn sap_list_output_grouped_by_customer() {
    let out = read("sap-fbl5n-list.txt", ImportOptions::default());
    let r = &out.report;
    assert_eq!((r.shape, r.date_order, r.entries), (LedgerShape::Transactions, Some(DateOrder::Dmy), 4));
    let customers: Vec<(&str, &str)> = out
        .ledger
        .entries
        .iter()
        .map(|e| {
            let c = out.ledger.customer(e);
            (e.id.as_str(), &*c.name)
        })
        .collect();
    assert_eq!(
        customers,
        [
            ("1800000101", "Müller Maschinenbau GmbH"),
            ("1800000207", "Müller Maschinenbau GmbH"),
            ("1400000033", "Müller Maschinenbau GmbH"),
            ("1800000150", "Schröder Logistik AG"),
        ]
    );
    // The block heads' other lines and the second header are layout; each `*` total
    // reconciles with its own block's rows (1,190.00 + 595.00 − 500.00 = 1,285.00; 2,380.00).
    assert_eq!(warnings(&out), Vec::<String>::new());
    assert_eq!(
        skipped(&out),
        [
            "row 16: subtotal row \"EUR\"",
            "row 19: section heading \"Customer           100077\"",
            "row 20: section heading \"Company Code       1000\"",
            "row 22: section heading \"Name               Schröder Logistik AG\"",
            "row 23: section heading \"City               Hamburg\"",
            "row 26: the header row again (a page break of a printed report, or files joined)",
            "row 30: subtotal row \"EUR\"",
        ]
    );
    // Müller: the DZ payment of 500.00 names no invoice and is applied oldest-first to
    // 1800000101 (1,190.00 → 690.00, due 14 April, 77 days on 30 June → 61–90);
    // 1800000207 595.00 due 19 June, 11 days → 1–30. Schröder: 2,380.00 due 10 May,
    // 51 days → 31–60. Total 690.00 + 595.00 + 2,380.00 = 3,665.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["EUR", "0.00", "595.00", "2380.00", "690.00", "0.00", "0.00", "0.00", "3665.00"]]
    );
}

/// SAP's line items with both amounts, each beside its currency: the amount in the
/// company's local currency is not what is left open of the amount in the
/// document's. It was taken for the open balance (never larger, the same on the
/// documents in euros), and 1,190.00 of euros was aged as dollars.
#[test]
fn sap_amounts_in_local_and_document_currency() {
    let csv = "Account,Document Number,Document Type,Document Date,Net due date,Arrears after net due date,Amount in local currency,Local Currency,Amount in doc. curr.,Document currency\n\
               100045,1800000101,RV,15.03.2026,14.04.2026,77,\"1,190.00\",EUR,\"1,300.00\",USD\n\
               100045,1800000207,RV,20.05.2026,19.06.2026,11,595.00,EUR,595.00,EUR\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let field = |header: &str| column(&out, header).field;
    assert_eq!(field("Amount in doc. curr."), Field::Amount);
    assert_eq!(field("Document currency"), Field::Currency);
    assert!(out.report.mapping.unmapped.contains(&"Amount in local currency".to_owned()));
    // 595.00 EUR due 19 June: 11 days on 30 June → 1–30; 1,300.00 USD due 14 April:
    // 77 days → 61–90.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [
            ["EUR", "0.00", "595.00", "0.00", "0.00", "0.00", "0.00", "0.00", "595.00"],
            ["USD", "0.00", "0.00", "0.00", "1300.00", "0.00", "0.00", "0.00", "1300.00"]
        ]
    );
}

/// NetSuite's saved search of open invoices in several currencies: `Amount` and
/// `Amount Remaining` are in the company's base currency, the `(Foreign Currency)`
/// columns in the one the `Currency` column names. The base amounts were read in
/// the transactions' currencies (440.00 of dollars aged as euros).
#[test]
fn netsuite_amounts_in_foreign_and_base_currency() {
    let csv = "Name,Document Number,Date,Due Date,Amount (Foreign Currency),Amount Remaining (Foreign Currency),Currency,Exchange Rate,Amount,Amount Remaining\n\
               Acme GmbH,INV1001,3/15/2026,4/14/2026,\"1,000.00\",400.00,EUR,1.10,\"1,100.00\",440.00\n\
               Acme Inc,INV1002,6/1/2026,7/1/2026,500.00,500.00,USD,1.00,500.00,500.00\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Amount (Foreign Currency)").field, Field::Amount);
    assert_eq!(column(&out, "Amount Remaining (Foreign Currency)").field, Field::OpenBalance);
    // The amounts are the documents' own: nothing to say of the rate, nor of a
    // column in the base currency (the base columns are not read).
    assert!(warnings_about(&out, "exchange rate").is_empty(), "{:?}", warnings(&out));
    assert!(warnings_about(&out, "foreign-currency twin").is_empty(), "{:?}", warnings(&out));
    // INV1001: 400.00 EUR left of 1,000.00, due 14 April: 77 days on 30 June → 61–90;
    // INV1002: 500.00 USD due 1 July, not due.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [
            ["EUR", "0.00", "0.00", "0.00", "400.00", "0.00", "0.00", "0.00", "400.00"],
            ["USD", "500.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "500.00"]
        ]
    );
}

/// A NetSuite saved search with `Amount (Foreign Currency)` but the base
/// currency's `Amount Remaining` (its foreign twin not exported): the open
/// balances of the euro invoice are dollars (440.00 USD is 400.00 EUR), read as
/// euros with nothing said. Nothing in the file tells them apart; the warning
/// names the column, at the first row in another currency. One currency: silent.
#[test]
fn a_foreign_amount_beside_a_base_open_balance_is_said() {
    let csv = "Name,Document Number,Date,Due Date,Currency,Amount (Foreign Currency),Amount Remaining\n\
               Acme Inc,INV1002,6/1/2026,7/1/2026,USD,500.00,500.00\n\
               Acme GmbH,INV1001,3/15/2026,4/14/2026,EUR,\"1,000.00\",440.00\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Amount Remaining").field, Field::OpenBalance);
    assert_eq!(
        warnings_about(&out, "foreign-currency twin"),
        [
            "row 3, column G (\"Amount Remaining\"): column G \"Amount Remaining\" is read in the currency each row names (column E \"Currency\"), as column F \"Amount (Foreign Currency)\" says its amounts are, but its header does not say so and the rows are in several currencies: if it is in the company's own currency (NetSuite's Amount Remaining is, beside Amount (Foreign Currency)), its amounts on rows in other currencies are misread; export the column's foreign-currency twin instead (Amount Remaining (Foreign Currency))"
        ]
    );
    let one_currency = csv.replace(",EUR,", ",USD,");
    let out = import(one_currency.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(warnings_about(&out, "foreign-currency twin").is_empty(), "{:?}", warnings(&out));
}

/// NetSuite's usual saved search: `Amount` and `Amount Remaining` in the base
/// currency beside each transaction's `Currency` and `Exchange Rate`. Nothing in
/// the file says which currency the amounts are in (Dynamics writes its
/// documents' own beside a rate): read in each row's, as before, and said — it
/// was silent (1,620.00 aged as euros that are dollars).
#[test]
fn amounts_beside_exchange_rates_say_which_currency_they_are_read_in() {
    let csv = "Date,Document Number,Name,Due Date,Currency,Exchange Rate,Amount,Amount Remaining\n\
               4/2/2026,INV1001,Acme Corp,5/2/2026,USD,1.00,\"1,080.00\",\"1,080.00\"\n\
               5/5/2026,INV1002,Globex,6/4/2026,EUR,1.08,\"2,160.00\",\"1,620.00\"\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings_about(&out, "exchange rate"),
        [
            "row 3, column F (\"Exchange Rate\"): 1 row has an exchange rate other than 1 in this column: the amounts are read in the currency each row names (column E \"Currency\"); if they are in the company's own currency (NetSuite's Amount and Amount Remaining are), map no currency column and give that currency (defaultCurrency)"
        ]
    );
    // Read as the warning says: no currency column, the company's USD given. INV1001
    // 1,080.00 due 2 May (59 days at 30 June: 31–60), INV1002 1,620.00 due 4 June (26: 1–30).
    let columns = [("Currency".to_owned(), Field::Ignore)].into_iter().collect();
    let options = ImportOptions { columns, default_currency: Some("USD".into()), ..Default::default() };
    let out = import(csv.as_bytes(), &options).unwrap();
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "1620.00", "1080.00", "0.00", "0.00", "0.00", "0.00", "2700.00"]]
    );
}

/// Xero's Aged Receivables Detail with a currency column, its customers named in
/// section headings, and an `Invoice Reference` filled on one row of two: that lone
/// reference was taken for a column of customer names, and both invoices were filed
/// under "PO 9".
#[test]
fn xero_detail_with_a_sparse_reference_column_and_currencies() {
    let csv = "Aged Receivables Detail\nDemo Company (NZ)\nAs at 30 June 2026\n\n\
               Invoice Date,Invoice Number,Invoice Reference,Due Date,Currency,Invoice Total,Paid,Credited,Due\n\
               Acme Pty Ltd\n\
               15 Mar 2026,INV-0042,PO 9,14 Apr 2026,AUD,\"1,200.00\",500.00,0.00,700.00\n\
               01 Jun 2026,INV-0051,,01 Jul 2026,NZD,300.00,0.00,50.00,250.00\n\
               Total Acme Pty Ltd,,,,,\"1,500.00\",500.00,50.00,950.00\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let names: Vec<&str> = out.ledger.entries.iter().map(|e| &*out.ledger.customer(e).name).collect();
    assert!(names.iter().all(|n| *n == "Acme Pty Ltd"), "{names:?}");
    // INV-0042: 1,200.00 − 500.00 paid = 700.00 AUD due 14 April (77 days) → 61–90;
    // INV-0051: 300.00 − 50.00 credited = 250.00 NZD due 1 July: not due.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [
            ["AUD", "0.00", "0.00", "0.00", "700.00", "0.00", "0.00", "0.00", "700.00"],
            ["NZD", "250.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "250.00"]
        ]
    );
}

/// MYOB's receivables report names the customer `Co./Last Name`: unmapped, every
/// invoice was one account's, "(no customer)".
#[test]
fn myob_company_or_last_name_is_the_customer() {
    let csv = "Co./Last Name,Invoice #,Date,Due Date,Orig. Amount,Amount Due,0-30,31-60,61-90,90+\n\
               Acme Pty Ltd,00000042,15/03/2026,14/04/2026,\"$1,200.00\",$700.00,,,$700.00,\n\
               Beta Co,00000051,01/06/2026,01/07/2026,$300.00,$300.00,$300.00,,,\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Co./Last Name").field, Field::CustomerName);
    let names: Vec<&str> = out.ledger.entries.iter().map(|e| &*out.ledger.customer(e).name).collect();
    assert_eq!(names, ["Acme Pty Ltd", "Beta Co"]);
}

/// A report's head that names a ledger account or the seller by a loose label
/// (`Account`, `Name`) names no customer: only a label naming the customer
/// (`Customer`, `Kunde`) starts a block head, whose `Name` line then counts.
#[test]
fn a_loose_label_above_the_header_names_no_customer() {
    let text = "Account            1200 Trade debtors\n\
                Name               Demo Company Ltd\n\
                \n\
                |DocumentNo|Doc. Date |Net due dt|     Amount in DC|Curr.|\n\
                |1800000101|15.03.2026|14.04.2026|         1.190,00 |EUR  |\n";
    let out = import(text.as_bytes(), &ImportOptions::default()).unwrap();
    let names: Vec<&str> = out.ledger.entries.iter().map(|e| &*out.ledger.customer(e).name).collect();
    assert_eq!(names, ["(no customer)"]);
    assert_eq!(warnings_about(&out, "no customer column").len(), 1);
}

/// The same list in German: its due date symbol column `Fäl` (`1`: overdue)
/// abbreviates `Fälligkeit` as well as the net due date's `Nettofäll.` does, and
/// took the due date: every row was skipped (`"1" is not a date`). The column of
/// dates under a header naming the due date is read instead; the `**` total of all
/// blocks reconciles with every row.
#[test]
fn sap_list_output_in_german_with_a_due_date_symbol() {
    let text = "06.07.2026                 Debitoren Einzelpostenliste                 1\n\
        \n\
        Kunde              100045\n\
        Buchungskreis      1000\n\
        \n\
        Name               Müller Maschinenbau GmbH\n\
        Ort                Stuttgart\n\
        \n\
        --------------------------------------------------------------------------------------------------\n\
        |St|Zuordnung         |Belegnr   |Art|Belegdatum|S|Fäl|Nettofäll.|      Betrag in HW|HWähr|Ausgl.beleg|\n\
        --------------------------------------------------------------------------------------------------\n\
        |@5C@|20260315         |1800000101|RV |15.03.2026| |  1|14.04.2026|          1.190,00 |EUR  |           |\n\
        |@5C@|20260520         |1800000207|RV |20.05.2026| |  1|19.06.2026|            595,00 |EUR  |           |\n\
        --------------------------------------------------------------------------------------------------\n\
        |*   |                 |          |   |          | |   |          |          1.785,00 |EUR  |           |\n\
        --------------------------------------------------------------------------------------------------\n\
        \n\
        Kunde              100077\n\
        Buchungskreis      1000\n\
        \n\
        Name               Schröder Logistik AG\n\
        Ort                Hamburg\n\
        \n\
        --------------------------------------------------------------------------------------------------\n\
        |St|Zuordnung         |Belegnr   |Art|Belegdatum|S|Fäl|Nettofäll.|      Betrag in HW|HWähr|Ausgl.beleg|\n\
        --------------------------------------------------------------------------------------------------\n\
        |@5C@|20260410         |1800000150|RV |10.04.2026| |  1|10.05.2026|          2.380,00 |EUR  |           |\n\
        --------------------------------------------------------------------------------------------------\n\
        |*   |                 |          |   |          | |   |          |          2.380,00 |EUR  |           |\n\
        --------------------------------------------------------------------------------------------------\n\
        |**  |                 |          |   |          | |   |          |          4.165,00 |EUR  |           |\n";
    let out = import(text.as_bytes(), &ImportOptions::default()).unwrap();
    let r = &out.report;
    let field = |header: &str| r.mapping.columns.iter().find(|c| c.header == header).map(|c| c.field);
    assert_eq!((field("Fäl"), field("Nettofäll.")), (Some(Field::Ignore), Some(Field::DueDate)));
    assert_eq!(r.entries, 3);
    assert_eq!(warnings(&out), Vec::<String>::new());
    let names: Vec<&str> = out.ledger.entries.iter().map(|e| &*out.ledger.customer(e).name).collect();
    assert_eq!(names, ["Müller Maschinenbau GmbH", "Müller Maschinenbau GmbH", "Schröder Logistik AG"]);
    // 1,190.00 due 14 April (77 days on 30 June) → 61–90; 595.00 due 19 June (11) → 1–30;
    // 2,380.00 due 10 May (51) → 31–60. Total 4,165.00, the `**` line's.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["EUR", "0.00", "595.00", "2380.00", "1190.00", "0.00", "0.00", "0.00", "4165.00"]]
    );
}

#[test]
fn erpnext_accounts_receivable() {
    let out = read("erpnext-accounts-receivable.csv", ImportOptions::default());
    let r = &out.report;
    assert_eq!((r.shape, r.entries), (LedgerShape::OpenItems, 3));
    assert_eq!(
        skipped(&out),
        [
            "row 4: subtotal row \"CUST-0001\"",
            "row 6: subtotal row \"CUST-0002\"",
            "row 7: grand total row \"Total\""
        ]
    );
    assert!(!out.ledger.history_complete(), "paid and credited parts carry no dates");
    // USD: SINV-00001 600.00 open, due 02-09, day 51 → 31–60; SINV-00007 200.00 due
    // 03-31: not due. EUR: SINV-00004 500.00 due 03-16, day 15 → 1–30.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [
            ["EUR", "0.00", "500.00", "0.00", "0.00", "0.00", "0.00", "0.00", "500.00"],
            ["USD", "200.00", "0.00", "600.00", "0.00", "0.00", "0.00", "0.00", "800.00"],
        ]
    );
}

#[test]
fn sage50_aged_debtors() {
    let out = read(
        "sage50-aged-debtors.csv",
        ImportOptions { default_currency: Some("GBP".into()), ..ImportOptions::default() },
    );
    let r = &out.report;
    assert_eq!((r.header_row, r.shape, r.date_order), (3, LedgerShape::OpenItems, Some(DateOrder::Dmy)));
    assert_eq!(r.report_date.unwrap().to_string(), "2024-03-31"); // "Report Date: 31/03/2024"
    let customers: Vec<&str> =
        out.ledger.entries.iter().map(|e| out.ledger.customer(e).name.as_ref()).collect();
    assert_eq!(customers, ["Acme Ltd", "Acme Ltd", "Acme Ltd", "Birch Foods"]);
    assert_eq!(
        skipped(&out),
        [
            "row 4: section heading \"A/C: ACME01  Name: Acme Ltd  Contact: J Smith\"",
            "row 8: subtotal row \"Totals:\"",
            "row 9: section heading \"A/C: BIRCH02  Name: Birch Foods  Contact: A Jones\"",
            "row 11: subtotal row \"Totals:\"",
            "row 12: grand total row \"Grand Totals:\"",
        ]
    );
    assert_eq!(
        warnings(&out),
        // Invoices 101, 88 and 77 (the credit note 95 is not aged, so needs no due date).
        [
            r#"file "sage50-aged-debtors.csv", row 5: 3 rows have no due date and no payment terms: due = invoice date (aged from it); give default terms to age them by a due date"#
        ]
    );
    // No due dates: aged from the document date. INV101 15/03, day 16 → 480.00;
    // INV088 20/01, day 71 → 1,200.00; INV077 10/12/2023, day 112 → 300.00; CRN095 −80.00.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["GBP", "0.00", "480.00", "0.00", "1200.00", "300.00", "0.00", "-80.00", "1900.00"]]
    );
}

#[test]
fn tally_bills_receivable_indian_grouping() {
    let out = read(
        "tally-bills-receivable.csv",
        ImportOptions { default_currency: Some("INR".into()), ..ImportOptions::default() },
    );
    assert_eq!(out.report.entries, 3);
    assert_eq!(skipped(&out), ["row 8: total row (amounts with no date, no document and no label)"]);
    assert_eq!(warnings(&out), Vec::<String>::new(), "4,45,500.50 reconciles");
    // TS/101 1,00,000.00 open, due 2-Mar, day 29 → 1–30; TS/140 25,000.00 due
    // 14-Apr: not due; TS/087 3,20,500.50 due 9-Feb, day 51 → 31–60.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["INR", "25000.00", "100000.00", "320500.50", "0.00", "0.00", "0.00", "0.00", "445500.50"]]
    );
}

#[test]
fn invoice_list_with_paid_dates_replays_history() {
    let out = read("invoice-list-paid-date.csv", ImportOptions::default());
    assert_eq!((out.report.shape, out.report.entries), (LedgerShape::InvoiceList, 5)); // 3 invoices, 2 payments
    assert!(out.ledger.history_complete());
    // 2024-03-31: A-1 paid 02-01; A-2 (due 03-06, day 25) and A-3 (due 03-11, day 20,
    // paid only on 04-15) open: 200 + 300 = 500.00 in 1–30.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["XXX", "0.00", "500.00", "0.00", "0.00", "0.00", "0.00", "0.00", "500.00"]] // no currency in the file
    );
    // 2024-04-30: A-3 paid; A-2 day 55 → 31–60.
    assert_eq!(
        aging(&out, "2024-04-30"),
        [["XXX", "0.00", "0.00", "200.00", "0.00", "0.00", "0.00", "0.00", "200.00"]]
    );
    // 2024-01-31: only A-1 exists, not yet due (02-04) and not yet paid.
    assert_eq!(
        aging(&out, "2024-01-31"),
        [["XXX", "100.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "100.00"]]
    );
}

#[test]
fn transactions_allocate_payments() {
    let out = read("transactions.csv", ImportOptions::default());
    assert_eq!((out.report.shape, out.report.entries), (LedgerShape::Transactions, 5));
    // PAY-1 names INV-1: 600 of 1,000. PAY-2 names nothing: oldest first, 400 to INV-1
    // (due 02-09), 50 to INV-2. CN-1 stays unapplied. At 03-31: INV-2 450 (due 03-11,
    // day 20), credit −50; total 1,500 − 600 − 450 − 50 = 400.00.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["USD", "0.00", "450.00", "0.00", "0.00", "0.00", "0.00", "-50.00", "400.00"]]
    );
    // At 02-28 only INV-1 (400 after PAY-1, due 02-09, day 19) and INV-2 (not due) count.
    assert_eq!(
        aging(&out, "2024-02-28"),
        [["USD", "500.00", "400.00", "0.00", "0.00", "0.00", "0.00", "0.00", "900.00"]]
    );

    let unapplied = read(
        "transactions.csv",
        ImportOptions { unreferenced_payments: PaymentMatching::Unapplied, ..ImportOptions::default() },
    );
    // PAY-2 kept as cash: INV-1 400 (day 51), INV-2 500 (day 20), credits −450 − 50.
    assert_eq!(
        aging(&unapplied, "2024-03-31"),
        [["USD", "0.00", "500.00", "400.00", "0.00", "0.00", "0.00", "-500.00", "400.00"]]
    );
}

#[test]
fn transactions_name_invoices_in_another_currency_or_not_in_the_file() {
    let csv = "Type,Document,Customer ID,Customer,Date,Due date,Amount,Currency,Applies to\n\
               Invoice,INV-1,C1,Acme,2024-01-10,2024-02-09,1000.00,USD,\n\
               Invoice,INV-2,C1,Acme,2024-01-15,2024-02-14,800.00,EUR,\n\
               Payment,PAY-1,C1,Acme,2024-02-01,,300.00,EUR,INV-1\n\
               Payment,PAY-2,C1,Acme,2024-02-05,,200.00,USD,INV-9\n\
               Payment,PAY-3,C1,Acme,2024-02-10,,250.00,USD,INV-1\n\
               Credit Note,CN-1,C1,Acme,2024-01-05,,100.00,USD,INV-3\n\
               Invoice,INV-3,C1,Acme,2024-01-20,2024-02-19,400.00,USD,\n";
    let options = ImportOptions { file_name: Some("named.csv".to_owned()), ..ImportOptions::default() };
    let out = import(csv.as_bytes(), &options).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.report.entries, 7);
    // Lines 4 and 5: a EUR payment naming a USD invoice, a payment naming no invoice of
    // the file. Both stay unapplied, said at their rows.
    assert_eq!(
        warnings(&out),
        [
            "file \"named.csv\", row 4: applies to \"INV-1\", which is in another currency: left unapplied",
            "file \"named.csv\", row 5: applies to \"INV-9\", which is not in the file: left unapplied",
        ]
    );
    // At 01-10: INV-1 1,000 not due; CN-1 (01-05) names INV-3, dated 01-20: not yet
    // applied, a credit of −100. USD 1,000 − 100 = 900; nothing in EUR yet.
    assert_eq!(
        aging(&out, "2024-01-10"),
        [
            ["EUR", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"],
            ["USD", "1000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "-100.00", "900.00"],
        ]
    );
    // At 01-31: CN-1 applied on INV-3's date, 400 − 100 = 300; USD 1,000 + 300 not due.
    assert_eq!(
        aging(&out, "2024-01-31"),
        [
            ["EUR", "800.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "800.00"],
            ["USD", "1300.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1300.00"],
        ]
    );
    // At 03-31: EUR INV-2 800 (due 02-14, day 46) and PAY-1's −300: 500. USD INV-1
    // 1,000 − 250 (PAY-3) = 750 (due 02-09, day 51) and INV-3 300 (due 02-19, day 41):
    // 1,050 in 31–60, PAY-2's −200: 850.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [
            ["EUR", "0.00", "0.00", "800.00", "0.00", "0.00", "0.00", "-300.00", "500.00"],
            ["USD", "0.00", "0.00", "1050.00", "0.00", "0.00", "0.00", "-200.00", "850.00"],
        ]
    );
}

#[test]
fn one_account_named_two_ways_is_one_customer() {
    let csv = "Type,Document,Customer ID,Customer,Date,Due date,Amount,Currency,Applies to\n\
               Invoice,INV-1,C1,Acme,2024-01-10,2024-02-09,1000.00,USD,\n\
               Invoice,INV-2,C1,Acme Ltd,2024-01-20,2024-02-19,500.00,USD,\n\
               Invoice,INV-1,C1,Acme Ltd,2024-01-25,2024-02-24,70.00,USD,\n\
               Invoice,INV-1,C2,Birch,2024-01-25,2024-02-24,30.00,USD,\n\
               Payment,PAY-1,C1,Acme,2024-02-01,,1200.00,USD,\n\
               Invoice,INV-3,C1,Acme,2024-03-01,2024-03-31,10.00,USD,\n";
    let options = ImportOptions { file_name: Some("names.csv".to_owned()), ..ImportOptions::default() };
    let out = import(csv.as_bytes(), &options).unwrap_or_else(|e| panic!("{e}"));
    // Two customers for C1 (one per name), one for C2; the entries keep the name of their row.
    let names: Vec<&str> = out.ledger.entries.iter().map(|e| &*out.ledger.customer(e).name).collect();
    assert_eq!(names, ["Acme", "Acme Ltd", "Acme Ltd", "Birch", "Acme", "Acme"]);
    // INV-1 twice for C1 (under either name) is a duplicate; C2's INV-1 is its own.
    let duplicates: Vec<String> = warnings(&out).into_iter().filter(|w| w.contains("INV-1")).collect();
    assert_eq!(duplicates.len(), 1, "{duplicates:?}");
    assert!(duplicates[0].contains("is on 2 rows (2, 4)"), "{duplicates:?}");
    // PAY-1 (as Acme) pays C1's invoices oldest due first, whatever their name: INV-1
    // 1,000, then 200 of INV-2 (as Acme Ltd). At 03-31: INV-2 300 (due 02-19, day 41),
    // INV-1 70 (due 02-24, day 36), both 31–60, and INV-3 10 (as Acme) not due: C1 owes
    // 380 in one account, nothing unapplied.
    assert_eq!(
        crate::shared::customer_aging_rows(&out, "2024-03-31"),
        [
            ["C1 USD", "10.00", "0.00", "370.00", "0.00", "0.00", "0.00", "0.00", "380.00"],
            ["C2 USD", "0.00", "0.00", "30.00", "0.00", "0.00", "0.00", "0.00", "30.00"],
        ]
    );
}

#[test]
fn oldest_first_payments_stay_in_their_account_and_currency() {
    // Acme's EUR invoice and Birch's USD invoice are both due before Acme's USD one.
    let csv = "Type,Document,Customer ID,Customer,Date,Due date,Amount,Currency,Applies to\n\
               Invoice,INV-1,C1,Acme,2024-01-10,2024-02-09,1000.00,USD,\n\
               Invoice,INV-2,C1,Acme,2024-01-02,2024-02-01,800.00,EUR,\n\
               Invoice,INV-3,C2,Birch,2024-01-01,2024-01-31,500.00,USD,\n\
               Payment,PAY-1,C1,Acme,2024-02-15,,600.00,USD,\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    // PAY-1 (Acme, USD, naming nothing) pays Acme's oldest USD invoice only: INV-1 600.
    // At 03-31: INV-1 400 (due 02-09, day 51), INV-2 800 (due 02-01, day 59), INV-3 500
    // (due 01-31, day 60): all 31–60. (Customers by currency, then the most owed first.)
    assert_eq!(
        crate::shared::customer_aging_rows(&out, "2024-03-31"),
        [
            ["C1 EUR", "0.00", "0.00", "800.00", "0.00", "0.00", "0.00", "0.00", "800.00"],
            ["C2 USD", "0.00", "0.00", "500.00", "0.00", "0.00", "0.00", "0.00", "500.00"],
            ["C1 USD", "0.00", "0.00", "400.00", "0.00", "0.00", "0.00", "0.00", "400.00"],
        ]
    );
    assert_eq!(out.ledger.allocations.len(), 1);
}

#[test]
fn xero_aged_receivables_summary_keeps_its_buckets() {
    let out = read(
        "xero-aged-receivables-summary.csv",
        ImportOptions { default_currency: Some("GBP".into()), ..ImportOptions::default() },
    );
    assert_eq!(out.report.shape, LedgerShape::AgedSummary);
    assert!(out.ledger.entries.is_empty());
    let summary = out.ledger.summary.as_ref().unwrap();
    assert_eq!(summary.labels, ["Current", "< 1 Month", "1 Month", "2 Months", "3 Months", "Older"]);
    assert_eq!(summary.rows.len(), 3);
    // The mapping says the bucket columns are read as buckets, not "not used".
    let buckets: Vec<String> =
        out.report.mapping.buckets.iter().map(|b| format!("{} {}", b.column, b.header)).collect();
    assert_eq!(buckets, ["B Current", "C < 1 Month", "D 1 Month", "E 2 Months", "F 3 Months", "G Older"]);
    assert!(out.report.mapping.unmapped.is_empty(), "{:?}", out.report.mapping.unmapped);
    assert_eq!(
        skipped(&out),
        ["row 10: grand total row \"Total\"", "row 11: percentage row \"Percentage of total\""]
    );
    let report = arlens::analyze(&out.ledger, &arlens::Options::at("2024-03-31".parse().unwrap())).unwrap();
    let given = report.given_aging.unwrap();
    let gbp = &given.currencies[0];
    let buckets: Vec<String> = gbp.buckets.iter().map(|b| b.to_string()).collect();
    // Current 500.00 − 60.00 = 440.00; < 1 Month 240.00; 2 Months 1,000.00; Older 1,250.50.
    assert_eq!(buckets, ["440.00", "240.00", "0.00", "1000.00", "0.00", "1250.50"]);
    assert_eq!(gbp.total.to_string(), "2930.50"); // 740.00 + 940.00 + 1,250.50
    let unavailable: Vec<(&str, &str)> =
        report.unavailable.iter().map(|u| (u.figure.as_str(), u.reason.as_str())).collect();
    assert_eq!(
        unavailable,
        [(
            "DSO, best possible DSO, average days delinquent, turnover, CEI, days to pay, recovery rate, \
             monthly trend and roll rates, aging at the as-of date, allowance",
            "the file is an aged summary: its buckets are as of its own report date and cannot be re-aged \
             without invoices"
        )]
    );
    assert!(report.aging.unavailable.is_some() && !report.dso.is_available());
    assert!(report.aging.currencies.is_empty(), "no invoice-level aging is made up");
    assert!(
        report.allowance.currencies.is_empty()
            && report.trend.currencies.is_empty()
            && report.recovery.currencies.is_empty()
    );
}

/// A title row's date is the report's (the default as-of date) in the languages of the
/// header tables: the marker before the date, or after it in Turkish, Japanese and Korean.
#[test]
fn report_dates_in_title_rows_in_every_language() {
    let titles = [
        "Balance âgée des clients au 30/06/2026",
        "Saldos de clientes al 30/06/2026",
        "Offene Posten, Stand: 30.06.2026",
        "Należności na dzień 30.06.2026 r.",
        "Pohledávky k 30.6.2026",
        "Дебиторская задолженность по состоянию на 30.06.2026 г.",
        "Vadesi geçmiş alacaklar 30.06.2026 itibarıyla",
        "売掛金残高一覧 2026年6月30日現在",
        "应收账款明细 截至2026年6月30日",
        "截止日期：2026年6月30日",
        "미수금 현황 2026-06-30 기준",
        "Aged receivables as of June 30, 2026 (USD)",
    ];
    for title in titles {
        let csv = format!(
            "\"{title}\"\n\nInvoice,Customer,Invoice date,Due date,Amount\nI-1,Acme,2026-01-15,2026-02-14,100.00\n"
        );
        let imported =
            import(csv.as_bytes(), &ImportOptions::default()).unwrap_or_else(|e| panic!("{title}: {e}"));
        assert_eq!(
            imported.report.report_date.map(|d| d.to_string()).as_deref(),
            Some("2026-06-30"),
            "{title}"
        );
    }
    // A date in a title without a marker is not taken for the report's: a period's
    // start, a print date.
    let csv = "Printed 2026-07-02 by J. Smith\n\nInvoice,Customer,Invoice date,Due date,Amount\nI-1,Acme,2026-01-15,2026-02-14,100.00\n";
    assert_eq!(import(csv.as_bytes(), &ImportOptions::default()).unwrap().report.report_date, None);
}

/// A printed report saved as text repeats its header on every page: the
/// repeat is skipped as such (it was refused as a row whose "Due date" is not
/// a date), and a data row whose first cell happens to read like a header is
/// still data.
#[test]
fn a_header_repeated_at_each_page_is_skipped_as_such() {
    let csv = "Aged receivables,,,,\nPage 1 of 2,,,,\n\
               Invoice,Customer,Date,Due date,Amount\n\
               A-1,Acme,2024-01-10,2024-02-09,1000.00\n\
               A-2,Beta,2024-02-15,2024-03-16,250.50\n\
               ,,,,\nPage 2 of 2,,,,\n\
               INVOICE, customer ,Date,Due date,Amount\n\
               Invoice,Cedar,2024-03-01,2024-03-31,75.00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    // 1,000.00 + 250.50 + 75.00: three documents, the last numbered "Invoice".
    assert_eq!(read.ledger.entries.len(), 3);
    assert_eq!(read.ledger.entries[2].id.as_str(), "Invoice");
    assert_eq!(
        skipped(&read),
        [
            "row 7: the report's title \"Page 2 of 2\" again (a page break of a printed report)",
            "row 8: the header row again (a page break of a printed report, or files joined)"
        ]
    );
}

/// A `Due` column of day counts (`30`, `45`) under a header naming the due date:
/// every row was refused (`"30" is not a date`), no figure at all. None of its
/// cells a date, it is set aside (said in the mapping) and the rows are read,
/// due on their invoice date for want of terms, as the warning says. Serial
/// numbers (`46157`) are dates, not day counts.
#[test]
fn a_due_date_column_without_a_date_is_set_aside() {
    let csv = "Customer,Invoice,Date,Due,Amount,Balance\n\
               Acme,INV-1,2026-05-01,30,1000.00,1000.00\n\
               Birch,INV-2,2026-05-15,45,500.00,250.00\n\
               Cedar,INV-3,2026-06-01,30,750.00,750.00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let due = column(&read, "Due");
    assert_eq!(due.field, Field::Ignore);
    assert!(due.reason.contains("none of its cells is a date (\"30\" …)"), "{}", due.reason);
    assert!(read.report.skipped.is_empty(), "{:?}", read.report.skipped);
    assert_eq!(warnings_about(&read, "no due date").len(), 1, "{:?}", warnings(&read));
    // Due on their invoice dates: 1,000.00 (1 May, 60 days at 30 June) in 31–60; 250.00
    // (15 May, 46 days) in 31–60; 750.00 (1 June, 29 days) in 1–30.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "750.00", "1250.00", "0.00", "0.00", "0.00", "0.00", "2000.00"]]
    );
    // One date among them: the column is read, its other rows refused as before.
    let one = csv.replacen(",45,", ",2026-06-14,", 1);
    let read = import(one.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Due").field, Field::DueDate);
    assert_eq!(read.report.skipped.len(), 2);
    // Serial numbers (a date column saved as General) are dates, read as such (the
    // first cut set them aside: every invoice due on its own date).
    let serials = "Customer,Invoice,Date,Due,Amount
                   Acme,INV-1,46113,46157,100.00
                   Birch,INV-2,46114,46158,50.00
";
    let read = import(serials.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Due").field, Field::DueDate);
    let due: Vec<String> = read.ledger.entries.iter().map(|e| e.due_date.to_string()).collect();
    assert_eq!(due, ["2026-05-15", "2026-05-16"]);
}

/// Date columns formatted as General when a workbook was saved as CSV hold
/// Excel serial numbers: read as Excel's dates (the rows were refused as "not a
/// date"), with one warning per column saying so; a serial beside written
/// dates in the same column is read too.
#[test]
fn excel_serial_numbers_in_a_text_date_column_are_read_as_dates() {
    let csv = "Invoice,Customer,Date,Due date,Amount\n\
               A-1,Acme,45301,45331,1000.00\n\
               A-2,Beta,45337,2024-03-16,250.50\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    // 45301 = 2024-01-10 (45292 is 2024-01-01, Excel's 1900 system), 45331 = 2024-02-09,
    // 45337 = 2024-02-15.
    let dates: Vec<String> =
        read.ledger.entries.iter().map(|e| format!("{} {} {}", e.id, e.date, e.due_date)).collect();
    assert_eq!(dates, ["A-1 2024-01-10 2024-02-09", "A-2 2024-02-15 2024-03-16"]);
    assert!(read.report.skipped.is_empty(), "{:?}", read.report.skipped);
    assert_eq!(
        warnings(&read)[..2],
        [
            "row 2, column C (\"Date\"): 2 dates in this column are Excel serial numbers (\"45301\" is 2024-01-10: a date column formatted as General when the file was saved): read as dates of Excel's 1900 date system",
            "row 2, column D (\"Due date\"): 1 date in this column is an Excel serial number (\"45331\" is 2024-02-09: a date column formatted as General when the file was saved): read as dates of Excel's 1900 date system",
        ]
    );
}

/// Exports write `="00123"` so that Excel keeps an id's leading zeros: the
/// cell is the text Excel shows (it was read as `="00123"`, quotes and all),
/// in a UTF-8 file and in a legacy code page alike; a formula that is not a
/// plain text (`="a"&"b"`) stays as written.
#[test]
fn excel_text_formulas_read_as_the_text_they_show() {
    let csv = "Invoice,Customer ID,Customer,Date,Due date,Amount\n\
               =\"00123\",=\"007\",Müller,2024-01-10,2024-02-09,1000.00\n\
               \"=\"\"00124\"\"\",=\"008\",=\"a\"&\"b\",2024-01-15,2024-02-14,250.50\n";
    let (latin, _, _) = encoding_rs::WINDOWS_1252.encode(csv);
    for bytes in [csv.as_bytes(), &latin[..]] {
        let read = import(bytes, &ImportOptions::default()).unwrap();
        let seen: Vec<String> = read
            .ledger
            .entries
            .iter()
            .map(|e| {
                let c = read.ledger.customer(e);
                format!("{} {} {}", e.id, c.id, c.name)
            })
            .collect();
        assert_eq!(seen, ["00123 007 Müller", "00124 008 =\"a\"&\"b\""]);
    }
}

/// A customer's statement (date, reference, description, debit, credit and a
/// running balance) read as the transactions it lists: the running balance is
/// set aside — read as each row's open amount it was summed into 4,550.00 owed
/// where 1,150.00 is — and the description's words give each row its kind
/// (they were taken for customers' names, "Invoice" and "Payment received").
#[test]
fn a_statements_running_balance_is_set_aside() {
    let csv = "Date,Reference,Description,Debit,Credit,Balance\n\
               2024-01-10,INV-1,Invoice,1000.00,,1000.00\n\
               2024-01-20,INV-2,Invoice,500.00,,1500.00\n\
               2024-02-05,PAY-1,Payment received,,600.00,900.00\n\
               2024-02-10,INV-3,Invoice,250.00,,1150.00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let balance = column(&read, "Balance");
    assert_eq!(balance.field, Field::Ignore);
    assert!(balance.reason.contains("a running balance: on 3 of 3 rows"), "{}", balance.reason);
    let kinds: Vec<String> =
        read.ledger.entries.iter().map(|e| format!("{} {:?} {}", e.id, e.kind, e.amount)).collect();
    assert_eq!(
        kinds,
        ["INV-1 Invoice 1000.00", "INV-2 Invoice 500.00", "PAY-1 Payment -600.00", "INV-3 Invoice 250.00"]
    );
    // Oldest first: PAY-1's 600.00 settles INV-1 in part, so 400.00 + 500.00 + 250.00 = 1,150.00
    // are open at 2024-06-30: the statement's last balance.
    assert_eq!(aging(&read, "2024-06-30")[0].last().map(String::as_str), Some("1150.00"));
    // A short statement, two rows after its first: 1,000.00 + 500.00 − 700.00 = 800.00 owed
    // (its balances summed, 3,300.00).
    let short = "Date,Reference,Description,Debit,Credit,Balance\n\
                 2024-01-10,INV-1,Invoice,1000.00,,1000.00\n\
                 2024-01-20,INV-2,Invoice,500.00,,1500.00\n\
                 2024-02-05,PAY-1,Payment received,,700.00,800.00\n";
    let read = import(short.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Balance").field, Field::Ignore);
    assert_eq!(aging(&read, "2024-06-30")[0].last().map(String::as_str), Some("800.00"));
    // Two documents, one pair of rows: 1,500.00 is more than INV-2's 500.00, which no
    // open balance can be, and 1,000.00 + 500.00 = 1,500.00 (its balances summed, 2,500.00).
    let two = "Date,Reference,Description,Amount,Balance\n\
               2024-01-10,INV-1,Invoice,1000.00,1000.00\n\
               2024-01-20,INV-2,Invoice,500.00,1500.00\n";
    let read = import(two.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(column(&read, "Balance").reason.contains("a running balance: on 1 of 1 rows"));
    assert_eq!(aging(&read, "2024-06-30")[0].last().map(String::as_str), Some("1500.00"));
    // One pair that adds up by chance (−50.00 + 200.00 = 150.00), each open balance
    // within its amount: kept.
    let open = "Invoice,Customer,Date,Due date,Amount,Open\n\
                C-1,Acme,2024-01-10,2024-02-09,-50.00,-50.00\n\
                A-2,Acme,2024-01-11,2024-02-10,200.00,150.00\n";
    let read = import(open.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Open").field, Field::OpenBalance);
    // A per-document open balance beside the amount is not a running balance: kept.
    let open = "Invoice,Customer,Date,Due date,Amount,Open\n\
                A-1,Acme,2024-01-10,2024-02-09,100.00,100.00\n\
                A-2,Acme,2024-01-11,2024-02-10,200.00,150.00\n\
                A-3,Acme,2024-01-12,2024-02-11,300.00,300.00\n\
                A-4,Acme,2024-01-13,2024-02-12,400.00,400.00\n";
    let read = import(open.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(read.report.mapping.index(Field::OpenBalance).is_some());
}

/// A customer ledger of several accounts in blocks (Logo's `Cari hesap ekstresi`,
/// Sage's `Grand livre clients`, DATEV's `Betrag Soll | Betrag Haben | Saldo`): each
/// account's balance runs from its first row, and a short one gives one pair of rows
/// — a payment whose balance is more than the payment itself, which no open balance
/// can be, of either sign. Read as open balances, 12,500.00 + 10,000.00 + 7,080.00 =
/// 29,580.00 were aged (with no warning) where 17,080.00 is owed.
#[test]
fn a_short_running_balance_with_a_payment_is_set_aside() {
    let files = [
        "Cari Hesap Unvanı;Fiş No;Tarih;Vade Tarihi;Borç;Alacak;Bakiye\n\
         Yıldız Tekstil A.Ş.;SF-0101;05.05.2026;04.06.2026;12.500,00 TL;;12.500,00 TL\n\
         Yıldız Tekstil A.Ş.;TH-0033;20.05.2026;;;2.500,00 TL;10.000,00 TL\n\
         Demir Ticaret Ltd.;SF-0077;01.03.2026;31.03.2026;7.080,00 TL;;7.080,00 TL\n",
        "Konto;Name;Belegdatum;Belegfeld 1;Fälligkeit;Betrag Soll;Betrag Haben;Saldo\n\
         10001;Yıldız Tekstil A.Ş.;05.05.2026;SF-0101;04.06.2026;12.500,00;;12.500,00\n\
         10001;Yıldız Tekstil A.Ş.;20.05.2026;TH-0033;;;2.500,00;10.000,00\n\
         10002;Demir Ticaret Ltd.;01.03.2026;SF-0077;31.03.2026;7.080,00;;7.080,00\n",
    ];
    for csv in files {
        let options = ImportOptions { default_currency: Some("TRY".into()), ..Default::default() };
        let read = import(csv.as_bytes(), &options).unwrap();
        let fields: Vec<String> =
            read.report.mapping.columns.iter().map(|c| format!("{} {:?}", c.header, c.field)).collect();
        assert!(
            fields.iter().any(|f| f.ends_with("Debit")) && fields.iter().any(|f| f.ends_with("Credit")),
            "{fields:?}"
        );
        assert!(
            read.report
                .mapping
                .columns
                .iter()
                .any(|c| c.field == Field::Ignore && c.reason.contains("a running balance: on 1 of 1 rows")),
            "{fields:?}"
        );
        // Yıldız: 12,500.00 − 2,500.00 = 10,000.00 (SF-0101 due 04.06, day 26: 1–30);
        // Demir: 7,080.00 (due 31.03, day 91: 91–120). 10,000.00 + 7,080.00 = 17,080.00.
        assert_eq!(
            aging(&read, "2026-06-30"),
            [["TRY", "0.00", "10000.00", "0.00", "0.00", "7080.00", "0.00", "0.00", "17080.00"]],
            "{csv}"
        );
    }
}

/// A short running balance whose one pair of rows is a payment of more than is
/// left (300.00 paid, 240.50 left): no balance is more than its row's amount,
/// but a payment leaves nothing owed of its own, so a balance of the other sign
/// beside it is a statement's. Read as open balances, the payment was −240.50 and
/// the account 300.00 where 240.50 is owed.
#[test]
fn a_short_running_balance_beside_a_larger_payment_is_set_aside() {
    let csv = "Konto;Name;Belegdatum;Belegfeld 1;Buchungstext;Fälligkeit;Soll;Haben;Saldo\n\
               10001;Müller GmbH;02.03.2026;RE-12;Rechnung;01.04.2026;1.200,00;;1.200,00\n\
               10002;Schmidt AG;10.05.2026;RE-20;Rechnung;09.06.2026;540,50;;540,50\n\
               10002;Schmidt AG;12.06.2026;ZA-3;Zahlung;;;300,00;240,50\n";
    let options = ImportOptions { default_currency: Some("EUR".into()), ..Default::default() };
    let read = import(csv.as_bytes(), &options).unwrap();
    assert!(
        column(&read, "Saldo").reason.contains("a running balance: on 1 of 1 rows"),
        "{:?}",
        column(&read, "Saldo")
    );
    // Schmidt: 540.50 − 300.00 = 240.50 (RE-20 due 09.06: 21 days, 1–30); Müller:
    // 1,200.00 (RE-12 due 01.04: 90 days, 61–90). 240.50 + 1,200.00 = 1,440.50.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "240.50", "0.00", "1200.00", "0.00", "0.00", "0.00", "1440.50"]]
    );
    // One pair that adds up by chance (30.00 − 50.00 = −20.00), the credit's open
    // balance of its own sign and within it: an open-items list's, kept.
    let open = "Invoice,Customer,Date,Due date,Amount,Open\n\
                A-1,Acme,2024-01-10,2024-02-09,100.00,30.00\n\
                C-1,Acme,2024-01-20,2024-01-20,-50.00,-20.00\n";
    let read = import(open.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Open").field, Field::OpenBalance);
}

/// A DATEV account sheet (one customer's account: `Buchungstext`, `Soll`, `Haben`,
/// a `Saldo` marked `S` or `H`): every row was refused ("`2.000,00 S` is not an
/// amount"), and once read, the posting text was taken for the customers' names
/// (`Müller AG Rechnung`, `Zahlung Müller AG`: three accounts). The balance's
/// `S`/`H` read as debit and credit (so the balance is seen running and set
/// aside), a description column is no customer, `Belegfeld 1` is the document number.
#[test]
fn a_datev_account_sheet_with_its_balance_marked_soll_or_haben() {
    let csv = "Datum;Belegfeld 1;Buchungstext;Soll;Haben;Saldo\n\
               01.04.2026;;Saldovortrag;2.000,00;;2.000,00 S\n\
               15.04.2026;R-101;Müller AG Rechnung;1.250,00;;3.250,00 S\n\
               30.04.2026;Z-55;Zahlung Müller AG;;3.500,00;250,00 H\n\
               20.05.2026;R-130;Müller AG Rechnung;800,00;;550,00 S\n";
    let options = ImportOptions { default_currency: Some("EUR".into()), ..Default::default() };
    let read = import(csv.as_bytes(), &options).unwrap();
    assert!(read.report.skipped.is_empty(), "{:?}", read.report.skipped);
    assert_eq!(column(&read, "Belegfeld 1").field, Field::DocumentId);
    assert_eq!(column(&read, "Saldo").field, Field::Ignore);
    assert!(read.report.mapping.unmapped.contains(&"Buchungstext".to_owned()));
    assert_eq!(read.ledger.customers.len(), 1);
    // 2,000 + 1,250 − 3,500 + 800 = 550: the payment settles the first two
    // (FIFO) and leaves 250 on account; R-130 (800, 20 May, no terms: 41 days
    // at 30 June) is 31–60, the 250 a credit.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "0.00", "800.00", "0.00", "0.00", "0.00", "-250.00", "550.00"]]
    );
}

/// A French accounting package's schedule (EBP, Cegid: `Débit`, `Crédit`, `Solde`)
/// lists several customer accounts sorted by date, each account's balance
/// running through the others' rows. Row against row above, the balance runs
/// on one pair of three; account by account, on both. Read as open balances,
/// 1,200.00 + 2,400.00 + 400.00 + 1,080.00 = 5,080.00 were aged where 1,480.00
/// is owed.
#[test]
fn a_running_balance_per_account_is_set_aside() {
    let csv = "Compte;Intitulé;Date pièce;N° pièce;Échéance;Libellé;Débit;Crédit;Solde\n\
               411DUPONT;Dupont SARL;15/01/2026;FA2026-015;14/02/2026;Facture FA2026-015;1 200,00;;1 200,00\n\
               411MARTIN;Martin et Fils;01/03/2026;FA2026-042;31/03/2026;Facture FA2026-042;2 400,00;;2 400,00\n\
               411MARTIN;Martin et Fils;15/03/2026;RG2026-007;15/03/2026;Règlement partiel;;2 000,00;400,00\n\
               411DUPONT;Dupont SARL;20/03/2026;AV2026-003;20/03/2026;Avoir AV2026-003;;120,00;1 080,00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let balance = column(&read, "Solde");
    assert_eq!(balance.field, Field::Ignore);
    assert_eq!(
        balance.reason,
        "set aside from the content: a running balance: on 2 of 2 rows it is the same customer's row before's plus this row's debit less its credit, not what the document leaves open"
    );
    // Dupont: 1,200.00 − 120.00 = 1,080.00 (FA2026-015, due 2026-02-14: 136 days at
    // 2026-06-30, 121+); Martin: 2,400.00 − 2,000.00 = 400.00 (due 2026-03-31: 91 days,
    // 91–120). 1,080.00 + 400.00 = 1,480.00.
    // No currency in the file: XXX.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "0.00", "0.00", "0.00", "400.00", "1080.00", "0.00", "1480.00"]]
    );
}

/// An open-items list whose paid documents (open 0.00) are each followed by one
/// wholly open: "the row above's 0.00 plus this row's amount" holds on both
/// pairs of rows the blank open cell leaves, as an open-items list reads too.
/// The open balances were set aside as a running balance, and the paid
/// documents' whole amounts aged (530.00 where 370.00 is open).
#[test]
fn paid_documents_above_wholly_open_ones_are_no_running_balance() {
    let csv = "Invoice,Customer,Date,Due date,Amount,Open\n\
               A-1,Acme,2024-01-10,2024-02-09,100.00,0.00\n\
               A-2,Acme,2024-01-11,2024-02-10,250.00,250.00\n\
               A-3,Acme,2024-01-12,2024-02-11,80.00,\n\
               A-4,Acme,2024-01-13,2024-02-12,60.00,0.00\n\
               A-5,Acme,2024-01-14,2024-02-13,40.00,40.00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Open").field, Field::OpenBalance);
    assert!(
        warnings(&read).contains(&r#"row 4, column F ("Open"): 1 document with an amount but no open balance in this column is read as open in full (nothing recorded paid): an empty cell is not read as 0.00"#.to_owned()),
        "{:?}",
        warnings(&read)
    );
    // 250.00 (A-2) + 80.00 (A-3: no open balance given, nothing recorded paid) + 40.00 (A-5),
    // all due in February 2024: 121+ days at 2024-06-30. A-1 and A-4 are paid.
    assert_eq!(
        aging(&read, "2024-06-30")[0],
        ["XXX", "0.00", "0.00", "0.00", "0.00", "0.00", "370.00", "0.00", "370.00"]
    );
}

/// A header in two rows, as a workbook with merged header cells saves it: the
/// customer and invoice names merged down over both rows (written in the upper
/// one), "Dates" and "Amounts" over the names below. Read as one header — the
/// upper row alone left the due date and the open balance unmapped, so each
/// invoice's whole amount was aged (1,250.50 where 1,050.50 is open).
#[test]
fn a_header_in_two_rows_is_read_as_one() {
    let csv = "Customer,Invoice,Dates,,Amounts,\n\
               ,,Invoice date,Due date,Original,Open\n\
               Acme,A-1,2024-01-10,2024-02-09,1000.00,800.00\n\
               Beta,A-2,2024-02-15,2024-03-16,250.50,250.50\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.header_row, 2);
    let fields: Vec<Field> = read.report.mapping.columns.iter().map(|c| c.field).collect();
    // "Original" alone names no field; under "Amounts", it is the original amount.
    assert_eq!(
        fields,
        [
            Field::CustomerName,
            Field::DocumentId,
            Field::InvoiceDate,
            Field::DueDate,
            Field::Amount,
            Field::OpenBalance
        ]
    );
    assert_eq!(column(&read, "Original Amounts").column, "E");
    // 800.00 (A-1, due 2024-02-09: 142 days at 2024-06-30) + 250.50 (A-2, 106 days).
    assert_eq!(
        aging(&read, "2024-06-30")[0],
        ["XXX", "0.00", "0.00", "0.00", "0.00", "250.50", "800.00", "0.00", "1050.50"]
    );
    assert!(read.report.skipped.is_empty(), "{:?}", read.report.skipped);
}

/// A header whose upper row names groups of the columns below, each group's name
/// in its first column (a merged cell): `Customer` over `Code` and `Name`,
/// `Invoice` over `Number` and `Date`, `Amount` over `Original` and
/// `Outstanding`. The lower names alone lost the customer's code and the
/// original amount (and took `Name`, `Number`, `Date` as generic names); with
/// their groups' names they are `Customer Code`, `Invoice Number`, `Original
/// Amount`. A lone title above a header is no group.
#[test]
fn group_names_over_a_header_complete_its_names() {
    let csv = "Customer,,Invoice,,,Amount,\n\
               Code,Name,Number,Date,Due date,Original,Outstanding\n\
               C1,Acme,INV-1,2026-05-01,2026-05-31,1000.00,1000.00\n\
               C2,Birch,INV-2,2026-05-15,2026-06-14,500.00,250.00\n\
               C3,Cedar,INV-3,2026-06-01,2026-07-01,750.00,750.00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.header_row, 2);
    let columns: Vec<(&str, Field)> =
        read.report.mapping.columns.iter().map(|c| (c.header.as_str(), c.field)).collect();
    assert_eq!(
        columns,
        [
            ("Customer Code", Field::CustomerId),
            ("Customer Name", Field::CustomerName),
            ("Invoice Number", Field::DocumentId),
            ("Invoice Date", Field::InvoiceDate),
            ("Due date", Field::DueDate),
            ("Original Amount", Field::Amount),
            ("Outstanding", Field::OpenBalance),
        ]
    );
    // 1,000.00 due 31 May (30 days at 30 June) and 250.00 left due 14 June (16): 1–30;
    // 750.00 due 1 July: not due.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "750.00", "1250.00", "0.00", "0.00", "0.00", "0.00", "0.00", "2000.00"]]
    );
    // A title alone above the same names: the names as written.
    let titled = csv.replacen("Customer,,Invoice,,,Amount,", "Invoices,,,,,,", 1);
    let read = import(titled.as_bytes(), &ImportOptions::default()).unwrap();
    let headers: Vec<&str> = read.report.mapping.columns.iter().map(|c| c.header.as_str()).collect();
    assert!(headers.contains(&"Number") && !headers.contains(&"Invoices Number"), "{headers:?}");
}

/// Dynamics GP's Historical Aged Trial Balance printed to a text file: columns of
/// fixed width under a rule of dashes, a page break repeating the titles (`Page:
/// 2`) and the header, a `Totals:` line. It was refused as "not a ledger" (its
/// lines read as one column; commas in the amounts taken for delimiters).
#[test]
fn a_report_printed_in_fixed_width_columns() {
    let read = import(&fixture("layouts/dynamics-gp-hatb.txt"), &ImportOptions::default()).unwrap();
    let columns: Vec<(&str, Field)> =
        read.report.mapping.columns.iter().map(|c| (c.header.as_str(), c.field)).take(7).collect();
    assert_eq!(
        columns,
        [
            ("Customer ID", Field::CustomerId),
            ("Name", Field::CustomerName),
            ("Document Number", Field::DocumentId),
            ("Type", Field::DocumentType),
            ("Doc Date", Field::InvoiceDate),
            ("Due Date", Field::DueDate),
            ("Amount", Field::Amount),
        ]
    );
    assert_eq!(read.report.header_row, 5);
    let ids: Vec<&str> = read.ledger.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["STDINV2001", "STDINV2045", "STDINV1988", "CRMEMO1002", "STDINV2102"]);
    assert_eq!(read.ledger.entries[3].kind, arlens::EntryKind::CreditNote);
    // The second page's titles and header, and the totals line: said, not read.
    let skipped: Vec<(u64, &str)> =
        read.report.skipped.iter().map(|s| (s.position.row.unwrap(), s.reason.as_str())).collect();
    assert_eq!(skipped.len(), 5, "{skipped:?}");
    assert!(skipped[..3].iter().all(|(_, r)| r.starts_with("the report's title ")), "{skipped:?}");
    assert_eq!(skipped[0].0, 11);
    assert_eq!(skipped[3], (15, "the header row again (a page break of a printed report, or files joined)"));
    assert_eq!(skipped[4], (20, "subtotal row \"Totals:\""));
    // The totals line adds up: nothing said of it.
    assert!(warnings_about(&read, "add up").is_empty(), "{:?}", warnings(&read));
    // At 30 June: STDINV2001 due 14 June (16 days) 1,250.00; STDINV2045 due 10 May (51)
    // 480.50; STDINV2102 due 20 April (71) 12,345.67; STDINV1988 due 22 March (100)
    // 3,900.00; CRMEMO1002 −150.00 a credit. 1,250.00 + 480.50 + 12,345.67 + 3,900.00
    // − 150.00 = 17,826.17, the report's total.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "1250.00", "480.50", "12345.67", "3900.00", "0.00", "-150.00", "17826.17"]]
    );
}

/// QuickBooks Desktop's A/R Aging Detail printed to a text file: its titles
/// centred above, columns of names two spaces apart or more with no rule under
/// them, the documents under bucket headings with a total each, and `TOTAL`. It
/// was refused as "not a ledger" (one column of lines).
#[test]
fn a_report_printed_in_columns_without_a_rule() {
    let read =
        import(&fixture("layouts/quickbooks-desktop-aging-printed.txt"), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.header_row, 5);
    assert_eq!(read.report.report_date, Some("2026-12-15".parse().unwrap()));
    let fields: Vec<Field> = read.report.mapping.columns.iter().map(|c| c.field).collect();
    assert_eq!(
        fields,
        [
            Field::DocumentType,
            Field::InvoiceDate,
            Field::DocumentId,
            Field::CustomerName,
            Field::Terms,
            Field::DueDate,
            Field::Ignore,
            Field::OpenBalance
        ]
    );
    let names: Vec<&str> = read.ledger.entries.iter().map(|e| &*read.ledger.customer(e).name).collect();
    assert_eq!(
        names,
        ["Abercrombie, Kristy", "Cook, Brian", "Jacobsen, Doug", "Melton, Johnny", "Natiello, Ernesto"]
    );
    // The bucket headings, their totals and the grand total: said, and they add up.
    assert_eq!(read.report.skipped.len(), 7, "{:?}", read.report.skipped);
    assert!(warnings_about(&read, "add up").is_empty(), "{:?}", warnings(&read));
    // At 15 December: 711.15 due 9 January and 1,636.69 due 11 January not due
    // (2,347.84); 4,222.00 due 10 December (5 days) and 695.00 due 16 November (29) in
    // 1–30 (4,917.00); 13,900.00 due 31 October (45) in 31–60: 21,164.84, the report's TOTAL.
    assert_eq!(
        aging(&read, "2026-12-15"),
        [["XXX", "2347.84", "4917.00", "13900.00", "0.00", "0.00", "0.00", "0.00", "21164.84"]]
    );
}

/// SAP's list output (FBL5N printed to a text file): a frame of `|`, rules of
/// dashes, the short ALV headers (`Amount in DC`, `Net due dt`, `Curr.`) and the
/// `Arrears` column (days after the net due date at the key date). It was
/// refused ("no column for amount", the rule above the header taken for the
/// first column's name); with the amount column unnamed, the arrears were then
/// taken for each document's open balance.
#[test]
fn sap_list_output_with_rules_short_headers_and_arrears() {
    let text = "Customer line items\n\
        ------------------------------------------------------------------------------\n\
        | Account | DocumentNo | Typ | Doc. Date  | Net due dt | Arrears | Amount in DC | Curr.|\n\
        ------------------------------------------------------------------------------\n\
        | 100001  | 1800000001 | RV  | 15.05.2026 | 14.06.2026 |      16 |     1.234,56 | EUR  |\n\
        | 100001  | 1800000003 | RV  | 01.04.2026 | 01.05.2026 |      60 |       500,00 | EUR  |\n\
        | 100002  | 1800000002 | DG  | 20.04.2026 | 20.05.2026 |      41 |       200,00-| EUR  |\n\
        ------------------------------------------------------------------------------\n\
        |*        |            |     |            |            |         |     1.534,56 | EUR  |\n";
    let read = import(text.as_bytes(), &ImportOptions::default()).unwrap();
    let r = &read.report;
    assert_eq!(r.header_row, 3);
    let field = |header: &str| r.mapping.columns.iter().find(|c| c.header == header).map(|c| c.field);
    assert_eq!(field("Amount in DC"), Some(Field::Amount));
    assert_eq!(field("Curr."), Some(Field::Currency));
    assert_eq!(field("Net due dt"), Some(Field::DueDate));
    let arrears = column(&read, "Arrears");
    assert_eq!(arrears.field, Field::Ignore);
    assert!(arrears.reason.contains("a count of days, not an amount"), "{}", arrears.reason);
    // The rules are read as blank rows, not as headings; the framed total is skipped.
    assert_eq!(r.blank_rows, 2);
    // SAP's `*` in the account column marks the total line.
    assert_eq!(skipped(&read), ["row 9: subtotal row \"*\""]);
    assert_eq!(warnings(&read), Vec::<String>::new(), "the total 1,534.56 reconciles");
    // At 30.06.2026: 1,234.56 due 14.06 (day 16) → 1–30; 500.00 due 01.05 (day 60)
    // → 31–60; the DG credit memo −200.00 apart. 1,234.56 + 500.00 − 200.00 = 1,534.56.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "1234.56", "500.00", "0.00", "0.00", "0.00", "-200.00", "1534.56"]]
    );
}

/// A column of whole numbers of days is never money: taken for the open balance
/// beside an amount column (the two related as "never larger than"), it aged
/// the day counts instead of the documents.
#[test]
fn a_count_of_days_is_never_taken_for_money() {
    // Headers that name nothing: the days after each due date at 2026-06-30 (the
    // due date plus them is that one date on every row) beside the amounts.
    let unnamed = "A,B,C,D,E,F,G\n\
        Acme,9001,2026-04-01,2026-05-01,60,1200.50,EUR\n\
        Beta,9002,2026-05-15,2026-06-14,16,845.20,EUR\n\
        Gamma,9003,2026-06-01,2026-07-01,-1,310.00,EUR\n\
        Delta,9004,2026-03-10,2026-04-09,82,99.99,EUR\n\
        Acme,9005,2026-04-01,2026-05-01,60,500.00,EUR\n\
        Beta,9006,2026-05-15,2026-06-14,16,154.80,EUR\n";
    let read = import(unnamed.as_bytes(), &ImportOptions::default()).unwrap();
    let days = column(&read, "E");
    assert_eq!(days.field, Field::Ignore);
    assert!(days.reason.contains("to 2026-06-30 on 6 of 6 rows"), "{}", days.reason);
    assert_eq!(read.report.mapping.index(Field::OpenBalance), None);
    // Not due: 310.00; 1–30: 845.20 + 154.80 = 1,000.00; 31–60: 1,200.50 + 500.00
    // = 1,700.50; 61–90: 99.99. Total 3,110.49.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "310.00", "1000.00", "1700.50", "99.99", "0.00", "0.00", "0.00", "3110.49"]]
    );

    // A header naming days, whatever the numbers.
    let named = "Customer,Invoice,Invoice date,Due date,Days overdue,Col6,Currency\n\
        Acme,9001,2026-04-01,2026-05-01,5,1200.50,EUR\n\
        Beta,9002,2026-05-15,2026-06-14,12,845.20,EUR\n\
        Gamma,9003,2026-06-01,2026-07-01,5,310.00,EUR\n\
        Delta,9004,2026-03-10,2026-04-09,40,99.99,EUR\n";
    let read = import(named.as_bytes(), &ImportOptions::default()).unwrap();
    let days = column(&read, "Days overdue");
    assert_eq!(days.field, Field::Ignore);
    assert_eq!(read.report.mapping.index(Field::Amount), Some(5));
    assert_eq!(read.report.mapping.index(Field::OpenBalance), None);
    // 1,200.50 + 845.20 + 310.00 + 99.99 = 2,455.69 open.
    assert_eq!(aging(&read, "2026-06-30")[0].last().map(String::as_str), Some("2455.69"));

    // Payment terms in days (the invoice date plus them is the due date).
    let terms = "Customer,Invoice,Invoice date,Due date,Col5,Col6,Currency\n\
        Acme,9001,2026-04-01,2026-05-01,30,1200.50,EUR\n\
        Beta,9002,2026-05-15,2026-06-14,30,845.20,EUR\n\
        Gamma,9003,2026-06-01,2026-07-31,60,310.00,EUR\n\
        Delta,9004,2026-03-10,2026-04-09,30,99.99,EUR\n";
    let read = import(terms.as_bytes(), &ImportOptions::default()).unwrap();
    let days = column(&read, "Col5");
    assert_eq!(days.field, Field::Ignore);
    assert!(days.reason.contains("payment terms"), "{}", days.reason);
    assert_eq!(aging(&read, "2026-06-30")[0].last().map(String::as_str), Some("2455.69"));
}

/// A debit/credit indicator beside unsigned amounts (SAP's `S`/`H` for Soll and
/// Haben, `D/C`, `Dr/Cr`): a credit's amount is negative. Unread, the credit
/// memo's 200.00 was added to what the customer owes (1,434.56 for 1,034.56).
#[test]
fn a_debit_credit_indicator_signs_the_amounts() {
    // At 2026-06-30: 1,234.56 due 14.06 (day 16) → 1–30; the credit −200.00 apart:
    // 1,234.56 − 200.00 = 1,034.56, in each file below.
    let want = [["EUR", "0.00", "1234.56", "0.00", "0.00", "0.00", "0.00", "-200.00", "1034.56"]];
    let german = "Kunde;Belegnr;Belegdatum;Nettofälligkeit;S/H;Betrag;Währung\n\
                  100001;1800000001;15.05.2026;14.06.2026;S;1.234,56;EUR\n\
                  100002;1800000002;20.04.2026;20.05.2026;H;200,00;EUR\n";
    let read = import(german.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.mapping.index(Field::DebitCredit), Some(4));
    assert_eq!(aging(&read, "2026-06-30"), want);
    // `D/C` names nothing the tables know (`d` is a stop word): the marks map it.
    let marks = "Customer,Document,Date,Due date,D/C,Amount,Currency\n\
                 100001,1800000001,2026-05-15,2026-06-14,D,1234.56,EUR\n\
                 100002,1800000002,2026-04-20,2026-05-20,C,200.00,EUR\n";
    let read = import(marks.as_bytes(), &ImportOptions::default()).unwrap();
    let mapped = column(&read, "D/C");
    assert_eq!(mapped.field, Field::DebitCredit);
    assert!(mapped.reason.contains("debit and credit marks"), "{}", mapped.reason);
    assert_eq!(aging(&read, "2026-06-30"), want);
    // A credit already written negative stays negative; a debit is as written.
    let signed = "Customer,Document,Date,Due date,Debit/Credit ind,Amount,Currency\n\
                  100001,1800000001,2026-05-15,2026-06-14,Debit,1234.56,EUR\n\
                  100002,1800000002,2026-04-20,2026-05-20,Credit,-200.00,EUR\n";
    let read = import(signed.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(aging(&read, "2026-06-30"), want);
    // A mark that is neither side: the row is skipped, its cell named.
    let unknown = "Customer,Document,Date,Due date,Dr/Cr,Amount,Currency\n\
                   100001,1800000001,2026-05-15,2026-06-14,Dr,1234.56,EUR\n\
                   100002,1800000002,2026-04-20,2026-05-20,Cr,200.00,EUR\n\
                   100003,1800000004,2026-04-21,2026-05-21,X,50.00,EUR\n";
    let read = import(unknown.as_bytes(), &ImportOptions::default()).unwrap();
    let skip = &read.report.skipped[0];
    assert_eq!(
        format!("{}: {}", skip.position, skip.reason),
        "row 4, column E (\"Dr/Cr\"): \"X\" is not a debit/credit indicator (D or C, Dr or Cr, S or H for Soll or Haben, + or −)"
    );
    assert_eq!(read.report.skipped.len(), 1);
    assert_eq!(aging(&read, "2026-06-30"), want);
}

/// Amounts in minor units (a database's `total_cents`, Stripe's API) or in
/// thousands (`TEUR`, `(in thousands)`), as the header says: read in the
/// currency's units. Read as written, cents were 100 times what is owed.
#[test]
fn amounts_in_cents_or_thousands_are_read_in_the_currencys_units() {
    let cents = "customer,invoice,created,due_date,total_cents,currency\n\
                 A,in_1,2026-01-05,2026-02-04,123456,usd\n\
                 B,in_2,2026-01-05,2026-02-04,50000,jpy\n\
                 C,in_3,2026-01-05,2026-02-04,1500,kwd\n";
    let read = import(cents.as_bytes(), &ImportOptions::default()).unwrap();
    let mapped = column(&read, "total_cents");
    assert_eq!((mapped.field, mapped.unit), (Field::Amount, Some(AmountUnit::Minor)));
    assert!(mapped.reason.contains("amounts in minor units (cents)"), "{}", mapped.reason);
    // 123456 cents = 1,234.56 USD; yen have no minor unit: 50000 = ¥50,000; the
    // Kuwaiti dinar has three: 1500 fils = 1.500 KWD.
    let open: Vec<String> = aging(&read, "2026-06-30").iter().map(|r| format!("{} {}", r[0], r[8])).collect();
    assert_eq!(open, ["JPY 50000", "KWD 1.500", "USD 1234.56"]);

    // Thousands, the currency in the header's unit (`TEUR`): 12,5 + 3,25 = 15,75 thousand.
    let thousands = "Kunde;Rechnung;Datum;Fällig;Betrag TEUR\n\
                     A;1;05.01.2026;04.02.2026;12,5\n\
                     B;2;05.01.2026;04.02.2026;3,25\n";
    let read = import(thousands.as_bytes(), &ImportOptions::default()).unwrap();
    let mapped = column(&read, "Betrag TEUR");
    assert_eq!(
        (mapped.field, mapped.unit, mapped.currency.as_deref()),
        (Field::Amount, Some(AmountUnit::Thousands), Some("EUR"))
    );
    assert_eq!(aging(&read, "2026-06-30")[0][0], "EUR");
    assert_eq!(aging(&read, "2026-06-30")[0].last().map(String::as_str), Some("15750.00"));
    // Dates written with dots, every day at most 12: the day first (see `values`).
    assert_eq!(read.report.date_order, Some(DateOrder::Dmy));
}

/// A report printed with its selection criteria above the table (SAP lists each
/// on a line of its own): a header below the first 40 rows was not looked for,
/// and the file refused ("columns found: Selection criteria"). A line of dates
/// among them (`Posting date | 01.01.2026 | 31.12.2026`) looks like a header of
/// unknown names over values; the header whose words name a date and an amount wins.
#[test]
fn a_header_below_a_long_list_of_selection_criteria() {
    let mut csv = String::from("Selection criteria\nPosting date,01.01.2026,31.12.2026\n");
    for i in 1..=60 {
        csv.push_str(&format!("Company code {i:04},to,{:04}\n", i + 1));
    }
    csv.push_str("Customer,Invoice,Date,Due date,Amount\nAcme,1,2026-05-01,2026-05-31,100.00\nBirch,2,2026-04-01,2026-04-30,250.00\n");
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.header_row, 63);
    // 100.00 due 2026-05-31 (30 days at 2026-06-30: 1–30) and 250.00 due 2026-04-30
    // (61 days: 61–90): 350.00.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "100.00", "0.00", "250.00", "0.00", "0.00", "0.00", "350.00"]]
    );
    // Read in chunks, the same.
    let mut reader = arlens::LedgerReader::new(&ImportOptions::default()).unwrap();
    csv.as_bytes().chunks(97).try_for_each(|c| reader.push(c)).unwrap();
    assert_eq!(
        reader.finish().unwrap().summary(),
        arlens::Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap().summary()
    );
}

/// A unit of thousands written as other languages write it, in the header
/// (`Betrag (Tsd. EUR)`, `Сумма, тыс. руб.`, `Kwota (tys. zł)`, `Belopp tkr`,
/// `Valor (R$ mil)`) or in the title (`Należności w tys. zł`): the amounts were
/// read as written, 1,000 times too small, and the currency beside the unit lost.
#[test]
fn units_of_thousands_in_other_languages() {
    let body = "A;1;05.01.2026;04.02.2026;12,5\nB;2;05.01.2026;04.02.2026;3,25\n";
    for (header, currency) in [
        ("Betrag (Tsd. EUR)", "EUR"),
        ("Betrag Tsd", "XXX"),
        ("Сумма, тыс. руб.", "RUB"),
        ("Kwota (tys. zł)", "PLN"),
        ("Částka v tis. Kč", "CZK"),
        ("Belopp tkr", "XXX"),
        ("Valor (R$ mil)", "BRL"),
    ] {
        let csv = format!("Kunde;Rechnung;Datum;Fällig;{header}\n{body}");
        let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(column(&read, header).unit, Some(AmountUnit::Thousands), "{header}");
        // 12,5 + 3,25 = 15,75 thousand = 15,750.00, in the currency beside the unit.
        let row = &aging(&read, "2026-06-30")[0];
        assert_eq!(
            (row[0].as_str(), row.last().map(String::as_str)),
            (currency, Some("15750.00")),
            "{header}"
        );
    }
    let titled = format!("Należności w tys. zł\nKontrahent;Numer;Data;Termin;Kwota\n{body}");
    let read = import(titled.as_bytes(), &ImportOptions::default()).unwrap();
    let row = &aging(&read, "2026-06-30")[0];
    assert_eq!((row[0].as_str(), row.last().map(String::as_str)), ("PLN", Some("15750.00")));
    assert_eq!(warnings_about(&read, "names the unit").len(), 1, "{:?}", warnings(&read));
}

/// Stripe's invoice export: `Amount Due` is what the invoice asked for and
/// `Amount Remaining` what is open. Both were taken for the open balance, the
/// first winning: a paid invoice's 500.00 was aged as owed.
#[test]
fn stripe_amount_due_beside_amount_remaining() {
    let csv = "id,Customer,Customer Name,Amount Due,Amount Paid,Amount Remaining,Currency,Date (UTC),Due Date (UTC),Number,Status\n\
               in_1,cus_1,Acme,1234.56,0.00,1234.56,usd,2026-01-05 10:00,2026-02-04 10:00,ABC-0001,open\n\
               in_2,cus_2,Beta,500.00,500.00,0.00,usd,2026-01-06 10:00,2026-02-05 10:00,ABC-0002,paid\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let map = &read.report.mapping;
    assert_eq!((map.index(Field::Amount), map.index(Field::OpenBalance)), (Some(3), Some(5)));
    // Only ABC-0001 is open: 1,234.56, due 2026-02-04, day 146 at 2026-06-30 → 121+.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["USD", "0.00", "0.00", "0.00", "0.00", "0.00", "1234.56", "0.00", "1234.56"]]
    );
    // `Amount Due` alone is still the open balance.
    let alone = "Customer,Invoice,Invoice date,Due date,Amount Due,Currency\n\
                 Acme,1,2026-01-05,2026-02-04,1234.56,USD\n";
    let read = import(alone.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.report.mapping.index(Field::OpenBalance), Some(4));
}

/// An aged detail that gives each document's open balance in the column of its
/// bucket and no total column: the buckets together are the open balance. The
/// first bucket column was taken for the amount and every document in another
/// bucket skipped ("no amount"): 250.00 of 1,430.00 imported.
#[test]
fn an_aged_detail_without_a_total_sums_its_buckets() {
    let csv = "Customer,Invoice,Invoice date,Due date,Current,1-30,31-60,61-90,Over 90\n\
               Acme,1,2026-05-01,2026-05-31,,100.00,,,\n\
               Acme,2,2026-06-20,2026-07-20,250.00,,,,\n\
               Beta,3,2026-03-01,2026-03-31,,,,80.00,\n\
               Beta,4,2025-12-01,2025-12-31,,,,,1000.00\n\
               Beta,5,soon,2026-07-31,,10.00,,,\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let parts: Vec<&str> = read
        .report
        .mapping
        .columns
        .iter()
        .filter(|c| c.field == Field::OpenBalance)
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(parts, ["Current", "1-30", "31-60", "61-90", "Over 90"]);
    assert!(read.report.mapping.columns[4].reason.contains("the sum of its buckets"));
    assert_eq!(read.report.entries, 4);
    // Re-aged at the file's date, 2026-06-30, from the due dates: 250.00 not due,
    // 100.00 at 30 days (1–30), 80.00 at 91 days (91–120), 1,000.00 at 181 days (121+).
    // 250.00 + 100.00 + 80.00 + 1,000.00 = 1,430.00.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "250.00", "100.00", "0.00", "0.00", "80.00", "1000.00", "0.00", "1430.00"]]
    );
    let line = &read.report.reconciliation[0];
    assert_eq!(line.column, "Current + 1-30 + 31-60 + 61-90 + Over 90");
    // Invoice 5 (no readable date) is skipped with its 10.00 bucket: the file's
    // 1,440.00 = 1,430.00 imported + 10.00 skipped.
    let totals = &line.currencies[0];
    let parts = [&totals.file, &totals.imported, &totals.skipped].map(|p| (p.rows, p.total.to_string()));
    assert_eq!(parts, [(5, "1440.00".to_owned()), (4, "1430.00".to_owned()), (1, "10.00".to_owned())]);
}

/// A status that says a document is paid, in a file that gives no open balance,
/// amount paid or paid date: nothing of it is open. It was aged as owed ("the
/// amounts decide", and the amount was all there was). A `Paid?` column of
/// yes/no, taken for the amount paid by its name, refused every row ("`Yes` is
/// not an amount"): it is read as the status.
#[test]
fn a_paid_status_settles_a_document_when_nothing_else_says_what_is_open() {
    // 100.00 paid; 200.00 open (due 1 June, day 29 at 30 June → 1–30); 300.00
    // partially paid, how much the file does not say: open. 200.00 + 300.00 = 500.00.
    let want = [["USD", "0.00", "500.00", "0.00", "0.00", "0.00", "0.00", "0.00", "500.00"]];
    let status = "Invoice,Customer,Date,Due date,Amount,Status,Currency\n\
                  1,Acme,2026-05-01,2026-05-31,100.00,Paid,USD\n\
                  2,Acme,2026-05-02,2026-06-01,200.00,Open,USD\n\
                  3,Beta,2026-05-03,2026-06-02,300.00,Partially paid,USD\n";
    let read = import(status.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(aging(&read, "2026-06-30"), want);
    assert!(
        warnings(&read).iter().any(|w| w.starts_with(
            "row 2, column F (\"Status\"): 1 document marked paid in this column is read as settled"
        )),
        "{:?}",
        warnings(&read)
    );
    // A yes/no column named for payment.
    let flags = "Invoice,Customer,Date,Due date,Amount,Paid?,Currency\n\
                 1,Acme,2026-05-01,2026-05-31,100.00,Yes,USD\n\
                 2,Acme,2026-05-02,2026-06-01,200.00,No,USD\n\
                 3,Beta,2026-05-03,2026-06-02,300.00,,USD\n";
    let read = import(flags.as_bytes(), &ImportOptions::default()).unwrap();
    let mapped = column(&read, "Paid?");
    assert_eq!(mapped.field, Field::Status);
    assert!(mapped.reason.contains("yes/no: whether each document is paid"), "{}", mapped.reason);
    assert_eq!(aging(&read, "2026-06-30"), want);
    // With an open balance, the amounts decide: a stale "Paid" leaves its 40.00 open.
    let open = "Invoice,Customer,Date,Due date,Amount,Open,Status,Currency\n\
                1,Acme,2026-05-01,2026-05-31,100.00,40.00,Paid,USD\n";
    let read = import(open.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(aging(&read, "2026-06-30")[0][8], "40.00");
    // Other systems' words: `Fully Paid` and `Credited` settle (they were unknown,
    // read as open); Xero's `Authorised` is open, its `Submitted` awaits approval
    // (a draft, left out); `Past Due` and `Sent to Collections` are open.
    let words = "Invoice,Customer,Date,Due date,Amount,Status,Currency
                 1,Acme,2026-05-01,2026-05-31,100.00,Fully Paid,USD
                 2,Acme,2026-05-01,2026-05-31,100.00,Credited,USD
                 3,Acme,2026-05-02,2026-06-01,200.00,Authorised,USD
                 4,Acme,2026-05-02,2026-06-01,50.00,Submitted,USD
                 5,Beta,2026-05-03,2026-06-02,300.00,Past Due,USD
                 6,Beta,2026-03-03,2026-04-02,70.00,Sent to Collections,USD
";
    let read = import(words.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(warnings_about(&read, "does not know").is_empty(), "{:?}", warnings(&read));
    // 200.00 and 300.00 due 1 and 2 June (1–30); 70.00 due 2 April (89 days: 61–90).
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["USD", "0.00", "500.00", "0.00", "70.00", "0.00", "0.00", "0.00", "570.00"]]
    );
}

/// Currencies written by name in the currency column (NetSuite's `US Dollar`,
/// `British pound`; `Euro (EUR)`): every row was refused ("is not a currency
/// code"). `$` alone names several currencies and stays a located refusal.
#[test]
fn currency_names_in_the_currency_column() {
    let csv = "Customer,Invoice,Invoice date,Due date,Amount,Currency\n\
               A,1,2026-05-01,2026-05-31,100.00,US Dollar\n\
               B,2,2026-05-01,2026-05-31,200.00,Euro (EUR)\n\
               C,3,2026-05-01,2026-05-31,300.00,British pound\n\
               D,4,2026-05-01,2026-05-31,50.00,$\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let open: Vec<String> = aging(&read, "2026-06-30").iter().map(|r| format!("{} {}", r[0], r[8])).collect();
    assert_eq!(open, ["EUR 200.00", "GBP 300.00", "USD 100.00"]);
    assert_eq!(
        skipped(&read),
        [
            "row 5: \"$\" is not a currency code: this symbol names several currencies (give the ISO code, such as USD)"
        ]
    );
}

/// Document types other systems write with payments and credits as positive
/// amounts — QuickBooks' `Deposit`, `CRN`, Spain's `Abono`, the Low Countries'
/// `Creditfactuur`, a `Payment on Account` — were read as invoices by their sign:
/// what a customer paid was added to what it owes. A type that names nothing
/// known is read by its sign still, with a warning naming it (a `Late Fee` was).
#[test]
fn document_types_of_other_systems_and_types_named_by_none() {
    let csv = "Type,Document,Customer,Date,Due,Amount,Applies to,Currency\n\
               Invoice,I-1,Acme,2026-05-01,2026-05-31,1000.00,,EUR\n\
               Deposit,P-1,Acme,2026-06-05,,300.00,I-1,EUR\n\
               CRN,C-1,Acme,2026-06-10,,100.00,I-1,EUR\n\
               Factura,I-2,Beta,2026-05-02,2026-06-01,500.00,,EUR\n\
               Abono,C-2,Beta,2026-06-12,,50.00,I-2,EUR\n\
               Creditfactuur,C-3,Beta,2026-06-13,,25.00,I-2,EUR\n\
               Adjustment,A-1,Beta,2026-06-14,2026-06-14,10.00,,EUR\n\
               Adjustment,A-2,Beta,2026-06-15,2026-06-15,5.00,,EUR\n\
               Payment on Account,P-2,Beta,2026-06-20,,25.00,,EUR\n\
               Late Fee,F-1,Acme,2026-06-20,2026-06-20,15.00,,EUR\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    // At 30 June: I-1 1,000.00 − 300.00 − 100.00 = 600.00, due 31 May, day 30 → 1–30;
    // I-2 500.00 − 50.00 − 25.00 − 25.00 (the payment on account, its oldest) = 400.00,
    // due 1 June, day 29 → 1–30; A-1 10.00 and A-2 5.00 read as invoices by their
    // sign, due 14 and 15 June → 1–30; the late fee 15.00, due 20 June → 1–30.
    // 600.00 + 400.00 + 10.00 + 5.00 + 15.00 = 1,030.00.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "1030.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1030.00"]]
    );
    assert_eq!(
        warnings(&read),
        [
            "row 8, column A (\"Type\"): the type \"Adjustment\" (2 rows) names no kind of document arlens knows: read by the amount's sign, a positive amount as an invoice and a negative one as a payment"
        ]
    );
}

/// A grouped report — a pivot table in tabular form, a report writing each
/// customer once, on the first of its documents — left the customer blank on
/// every other row: 525.00 of 675.00 was skipped as "no customer name". The
/// customer columns are filled down within each group (never across a total),
/// with a warning; a list that names customers on several rows, one of them
/// missing, still skips that row.
#[test]
fn a_grouped_report_names_each_customer_once() {
    let grouped = "Customer ID,Customer,Invoice,Date,Due,Amount,Currency\n\
                   C1,Acme,1,2026-05-01,2026-05-31,100.00,USD\n\
                   ,,2,2026-05-02,2026-06-01,200.00,USD\n\
                   ,,3,2026-05-03,2026-06-02,300.00,USD\n\
                   C1 Total,,,,,600.00,\n\
                   C2,Beta,4,2026-05-04,2026-06-03,50.00,USD\n\
                   ,,5,2026-05-05,2026-06-04,25.00,USD\n\
                   C2 Total,,,,,75.00,\n\
                   Grand Total,,,,,675.00,\n";
    let read = import(grouped.as_bytes(), &ImportOptions::default()).unwrap();
    let docs: Vec<String> = read
        .ledger
        .entries
        .iter()
        .map(|e| {
            let c = read.ledger.customer(e);
            format!("{}/{} {} {}", c.id, c.name, e.id, e.amount)
        })
        .collect();
    assert_eq!(
        docs,
        ["C1/Acme 1 100.00", "C1/Acme 2 200.00", "C1/Acme 3 300.00", "C2/Beta 4 50.00", "C2/Beta 5 25.00"]
    );
    assert_eq!(
        skipped(&read),
        [
            "row 5: subtotal row \"C1 Total\"",
            "row 8: subtotal row \"C2 Total\"",
            "row 9: grand total row \"Grand Total\""
        ]
    );
    assert!(
        warnings(&read).contains(&"row 3, column A (\"Customer ID\"): the customer column names each customer once, on the first of its rows (a grouped report, such as a pivot table): 3 rows below a customer's name are read as that customer's".to_owned()),
        "{:?}",
        warnings(&read)
    );
    // 100 + 200 + 300 + 50 + 25 = 675.00, all due 31 May – 4 June: 26–30 days at 30 June → 1–30.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["USD", "0.00", "675.00", "0.00", "0.00", "0.00", "0.00", "0.00", "675.00"]]
    );
    // A list naming its customers on every row, one row without: that row is skipped.
    let list = "Customer,Invoice,Date,Due,Amount,Currency\n\
                Acme,1,2026-05-01,2026-05-31,100.00,USD\n\
                ,2,2026-05-02,2026-06-01,200.00,USD\n\
                Acme,3,2026-05-03,2026-06-02,300.00,USD\n";
    let read = import(list.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(skipped(&read), ["row 3: no customer name"]);
}

/// An invoice list with its amount before tax, the tax and the total: a Spanish
/// one (`Base imponible`, `IVA`, `Total factura`) was read by its values as the
/// amount and, at most that, the open balance — the VAT was aged as what is owed
/// (63.00 of 363.00). Taxes are never the amount owed, and an amount before tax
/// beside another amount is set aside; the total is the amount.
#[test]
fn taxes_and_amounts_before_tax_are_never_what_is_owed() {
    let cases = [
        (
            "Factura;Cliente;Fecha;Vencimiento;Base imponible;IVA;Total factura;Moneda\n\
             1;Acme;01/05/2026;31/05/2026;100,00;21,00;121,00;EUR\n\
             2;Acme;02/05/2026;01/06/2026;200,00;42,00;242,00;EUR\n",
            &["Base imponible", "IVA"][..],
            "Total factura",
        ),
        (
            "Rechnung;Kunde;Datum;Fällig;Nettobetrag;USt;Rechnungsbetrag;Währung\n\
             1;Acme;01.05.2026;31.05.2026;100,00;21,00;121,00;EUR\n\
             2;Acme;02.05.2026;01.06.2026;200,00;42,00;242,00;EUR\n",
            &["Nettobetrag", "USt"],
            "Rechnungsbetrag",
        ),
        (
            "Invoice,Customer,Date,Due,Excl. VAT,VAT,Incl. VAT,Currency\n\
             1,Acme,2026-05-01,2026-05-31,100.00,21.00,121.00,EUR\n\
             2,Acme,2026-05-02,2026-06-01,200.00,42.00,242.00,EUR\n",
            &["Excl. VAT", "VAT"],
            "Incl. VAT",
        ),
        // Moneybird: the amount with its tax named by the words saying so (it was left
        // unmapped, and only the open balance read).
        (
            "Factuurnummer,Contact,Factuurdatum,Vervaldatum,Totaalbedrag excl. btw,Totaalbedrag incl. btw,Valuta\n\
             1,Acme,2026-05-01,2026-05-31,\"100,00\",\"121,00\",EUR\n\
             2,Acme,2026-05-02,2026-06-01,\"200,00\",\"242,00\",EUR\n",
            &["Totaalbedrag excl. btw"],
            "Totaalbedrag incl. btw",
        ),
        // Lexware, sevDesk: `Betrag netto`, `Betrag brutto`.
        (
            "Rechnungsnummer;Kunde;Rechnungsdatum;Fällig am;Betrag netto;Betrag brutto;Währung\n\
             1;Acme;01.05.2026;31.05.2026;100,00;121,00;EUR\n\
             2;Acme;02.05.2026;01.06.2026;200,00;242,00;EUR\n",
            &["Betrag netto"],
            "Betrag brutto",
        ),
    ];
    for (csv, aside, amount) in cases {
        let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        for header in aside {
            let c = column(&read, header);
            assert_eq!(c.field, Field::Ignore, "{header}: {}", c.reason);
        }
        assert_eq!(column(&read, amount).field, Field::Amount, "{amount}");
        assert!(
            column(&read, aside[0]).reason.contains("an amount before tax"),
            "{}",
            column(&read, aside[0]).reason
        );
        // 121.00 + 242.00 = 363.00, due 31 May and 1 June: 29–30 days at 30 June → 1–30.
        assert_eq!(
            aging(&read, "2026-06-30"),
            [["EUR", "0.00", "363.00", "0.00", "0.00", "0.00", "0.00", "0.00", "363.00"]],
            "{amount}"
        );
    }
    // A net amount alone is the amount: no tax and no other amount beside it.
    let net = "Invoice,Customer,Date,Due,Net,Currency\n1,Acme,2026-05-01,2026-05-31,100.00,EUR\n";
    let read = import(net.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Net").field, Field::Amount);
    // `Net Due` is net of payments, what is left to pay: no amount before tax (it
    // was set aside as one, every invoice read as wholly open).
    let due = "Invoice,Customer,Date,Due,Amount,Net Due\n1,Acme,2026-05-01,2026-05-31,100.00,60.00\n\
               2,Beta,2026-05-02,2026-06-01,200.00,200.00\n3,Acme,2026-05-03,2026-06-02,300.00,0.00\n";
    let read = import(due.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Net Due").field, Field::OpenBalance);
}

/// Payment terms, when the file gives no due date: days after the invoice date,
/// after the end of its month for English `EOM`, or to the end of the month
/// they reach for the continental month-end terms, or a day of the following
/// month (`Net 15th of following month`), or at once (`COD`, `Vorkasse`). `30
/// Tage netto` was read as no terms (the number before "netto"); month ends were
/// ignored; a discount's days before the net ones (`14 Tage 2% Skonto, 30 Tage
/// netto`) were taken; `COD` and `Cash in advance` were no terms (so due at the
/// default terms), `30 days from receipt` 0 days.
#[test]
fn payment_terms_give_the_due_date_month_ends_included() {
    let cases = [
        // Invoice date 10 January 2026 for each.
        ("Net 30", "2026-02-09"),
        ("2/10 Net 30", "2026-02-09"),
        ("30 Tage netto", "2026-02-09"),
        ("Net 30 EOM", "2026-03-02"), // 31 January + 30 days
        ("EOM", "2026-01-31"),
        ("30 jours fin de mois", "2026-02-28"), // 10 January + 30 = 9 February → its month's end
        ("60 gg fine mese", "2026-03-31"),      // 10 January + 60 = 11 March → 31 March
        ("Due on receipt", "2026-01-10"),
        // A discount's days before the net days: the net ones (14 was taken).
        ("14 Tage 2% Skonto; 30 Tage netto", "2026-02-09"),
        ("2% 10 días; neto 30 días", "2026-02-09"),
        ("escompte 2% à 8 jours; net à 45 jours", "2026-02-24"), // 10 January + 45
        ("1% 10 Net 60", "2026-03-11"),                          // 10 January + 60
        // A day of the following month (read as 15 or 10 days before).
        ("Net 15th of following month", "2026-02-15"),
        ("10th prox", "2026-02-10"),
        ("15. des Folgemonats", "2026-02-15"),
        ("le 10 du mois suivant", "2026-02-10"),
        ("31st of next month", "2026-02-28"), // February 2026 has 28 days
        ("End of following month", "2026-02-28"),
        // Due at once: on delivery, in advance (read as no terms, so due at
        // the default terms' 45 days, 24 February).
        ("COD", "2026-01-10"),
        ("C.O.D.", "2026-01-10"),
        ("CIA", "2026-01-10"),
        ("Cash in advance", "2026-01-10"),
        ("Prepaid", "2026-01-10"),
        ("Vorkasse", "2026-01-10"),
        ("Nachnahme", "2026-01-10"),
        ("contra reembolso", "2026-01-10"),
        ("paiement à réception", "2026-01-10"),
        // Days beside such a word are the terms (read as 0 days).
        ("30 days from receipt of invoice", "2026-02-09"),
        // No terms at all: the default terms, 10 January + 45 days.
        ("see contract", "2026-02-24"),
    ];
    let mut csv = String::from("Invoice,Customer,Date,Terms,Amount,Currency\n");
    for (i, (terms, _)) in cases.iter().enumerate() {
        csv.push_str(&format!("I-{i},Acme,2026-01-10,{terms},100.00,EUR\n"));
    }
    let options = ImportOptions { default_terms: Some(45), ..Default::default() };
    let read = import(csv.as_bytes(), &options).unwrap();
    let due: Vec<(String, String)> =
        read.ledger.entries.iter().map(|e| (e.id.to_string(), e.due_date.to_string())).collect();
    let want: Vec<(String, String)> =
        cases.iter().enumerate().map(|(i, (_, d))| (format!("I-{i}"), (*d).to_owned())).collect();
    assert_eq!(due, want);
}

/// Numbers that are no money — an exchange rate, a percentage — were paired with
/// the amounts by their values: beside an amount in the document's currency and
/// one in the company's, the exchange rate was read as what is left open (aged:
/// 1.10 EUR and 1.25 GBP); a `Paid %` column refused every row ("50% is not an
/// amount"). Rates and percentages are set aside by their headers, and a column
/// is what is left open of another only when it equals it on some rows (the
/// documents not paid at all): an amount in another currency never does.
#[test]
fn rates_percentages_and_other_currencies_are_no_open_balance() {
    let fx = "Customer,Invoice,Date,Due,Currency,Amount (Foreign),Amount (Base),Exchange Rate\n\
              Acme,1,2026-05-01,2026-05-31,EUR,100.00,110.00,1.10\n\
              Beta,2,2026-05-02,2026-06-01,GBP,200.00,250.00,1.25\n";
    let read = import(fx.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Exchange Rate").field, Field::Ignore);
    assert_eq!(column(&read, "Amount (Foreign)").field, Field::Amount);
    assert_eq!(read.report.mapping.index(Field::OpenBalance), None);
    // 100.00 EUR due 31 May (30 days at 30 June) and 200.00 GBP due 1 June (29 days): 1–30.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [
            ["EUR", "0.00", "100.00", "0.00", "0.00", "0.00", "0.00", "0.00", "100.00"],
            ["GBP", "0.00", "200.00", "0.00", "0.00", "0.00", "0.00", "0.00", "200.00"]
        ]
    );
    let percent = "Invoice,Customer,Date,Due,Amount,Paid %,Currency\n\
                   1,Acme,2026-05-01,2026-05-31,100.00,50%,EUR\n\
                   2,Acme,2026-05-02,2026-06-01,200.00,0%,EUR\n";
    let read = import(percent.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(read.report.skipped.is_empty(), "{:?}", skipped(&read));
    let paid = column(&read, "Paid %");
    assert_eq!(
        (paid.field, paid.reason.contains("a rate or a percentage")),
        (Field::Ignore, true),
        "{}",
        paid.reason
    );
}

/// A South African age analysis (Sage Pastel) writes the rand's `R` before each
/// amount (`R 11,500.00`, `-R 1,150.00`): every row was skipped ("not an
/// amount"). The amounts are in rand.
#[test]
fn amounts_written_in_rand_are_read_in_rand() {
    let csv = "Account,Name,Document,Date,Due,Amount,Outstanding\n\
               ACC001,Cape Town Traders,INV10001,15/01/2026,14/02/2026,\"R 11,500.00\",\"R 11,500.00\"\n\
               ACC002,Durban Supplies (Pty) Ltd,INV10002,01/03/2026,31/03/2026,\"R 23,000.00\",\"R 3,000.00\"\n\
               ACC001,Cape Town Traders,CRN10001,10/03/2026,10/03/2026,\"-R 1,150.00\",\"-R 1,150.00\"\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(read.report.skipped.is_empty(), "{:?}", skipped(&read));
    // INV10001 due 2026-02-14 (136 days at 2026-06-30: 121+) 11,500.00; INV10002 due
    // 2026-03-31 (91 days: 91–120) 3,000.00 open; the credit note −1,150.00.
    // 11,500.00 + 3,000.00 − 1,150.00 = 13,350.00.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["ZAR", "0.00", "0.00", "0.00", "0.00", "3000.00", "11500.00", "-1150.00", "13350.00"]]
    );
}

/// Dolibarr's invoice list: `Commencée` (a payment begun) is open, `Abandonnée`
/// (classified abandoned: a bad customer) no longer a receivable. The abandoned
/// invoice was read as open ("a status arlens does not know"), 60.00 too much.
#[test]
fn dolibarr_abandoned_invoices_are_written_off() {
    let csv = "Réf.;Tiers;Date facturation;Date échéance;Montant HT;Montant TVA;Montant TTC;Reste à payer;État\n\
               FA2601-0001;Boulangerie Martin;15/01/2026;14/02/2026;1 000,00;200,00;1 200,00;1 200,00;Impayée\n\
               FA2603-0002;Garage Dupont;01/03/2026;31/03/2026;2 000,00;400,00;2 400,00;400,00;Commencée\n\
               FA2604-0003;Boulangerie Martin;01/04/2026;01/05/2026;100,00;20,00;120,00;0,00;Payée\n\
               FA2604-0004;Garage Dupont;10/04/2026;10/05/2026;50,00;10,00;60,00;60,00;Abandonnée\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Montant TTC").field, Field::Amount);
    assert_eq!(column(&read, "Reste à payer").field, Field::OpenBalance);
    assert!(warnings_about(&read, "does not know").is_empty(), "{:?}", warnings(&read));
    assert_eq!(
        warnings_about(&read, "written-off"),
        [r#"row 5, column I ("État"): 1 written-off document (60.00 XXX): kept apart from the figures"#]
    );
    // FA2601-0001 1,200.00 due 14 Feb (136 days at 30 June: 121+); FA2603-0002 400.00
    // left of 2,400.00, due 31 March (91 days: 91–120). 1,200.00 + 400.00 = 1,600.00.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "0.00", "0.00", "0.00", "400.00", "1200.00", "0.00", "1600.00"]]
    );
}

/// Drafts and invoices awaiting approval are not yet issued, so nobody owes them:
/// Xero, Zoho, FreshBooks, Wave, Stripe and Invoice Ninja leave them out of their
/// own aged receivables. Their `Draft` was read as open (and a `Kladde` or
/// `Entwurf` warned of as a status arlens does not know, then read as open).
#[test]
fn drafts_and_invoices_awaiting_approval_are_not_owed() {
    let csv = "Invoice Number,Contact,Invoice Date,Due Date,Total,Amount Due,Status\n\
               INV-0001,Acme Ltd,2026-03-01,2026-03-31,1200.00,1200.00,Awaiting Payment\n\
               INV-0002,Acme Ltd,2026-06-20,2026-07-20,800.00,800.00,Draft\n\
               INV-0003,Birch plc,2026-05-10,2026-06-09,450.00,150.00,Awaiting Payment\n\
               INV-0004,Birch plc,2026-06-25,2026-07-25,300.00,300.00,Awaiting Approval\n\
               INV-0005,Cedar AB,2026-04-01,2026-05-01,90.00,90.00,Kladde\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "Status").field, Field::Status);
    assert!(warnings_about(&read, "does not know").is_empty(), "{:?}", warnings(&read));
    assert_eq!(
        warnings_about(&read, "draft"),
        [
            r#"row 3, column G ("Status"): 3 draft documents (1,190.00 XXX): not yet issued, so not yet owed: excluded from every figure"#
        ]
    );
    assert_eq!(
        skipped(&read),
        [
            r#"row 3: status "Draft": a draft, not yet issued, so not yet owed: excluded from every figure"#,
            r#"row 5: status "Awaiting Approval": a draft, not yet issued, so not yet owed: excluded from every figure"#,
            r#"row 6: status "Kladde": a draft, not yet issued, so not yet owed: excluded from every figure"#,
        ]
    );
    // INV-0001 1,200.00 due 31 March (91 days at 30 June: 91–120); INV-0003 150.00
    // left of 450.00, due 9 June (21 days: 1–30). 1,200.00 + 150.00 = 1,350.00; the
    // drafts' 800.00 + 300.00 + 90.00 = 1,190.00 are in no figure.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "150.00", "0.00", "0.00", "1200.00", "0.00", "0.00", "1350.00"]]
    );
}

/// A unit named in the title rows (`（单位：万元）`, `単位：千円`, `Amounts in EUR
/// thousands`, `(in Tsd. EUR)`) is the unit of the amounts below: they were read
/// as written, 10,000 or 1,000 times too small. A unit word that is part of a
/// name (`Mio GmbH`) is none.
#[test]
fn a_unit_named_in_the_titles_is_the_amounts_unit() {
    let chinese = "应收账款明细表,,,,\n（单位：万元）,,,,\n客户,发票号,发票日期,到期日,金额\n\
                   华东贸易,FP001,2026-03-31,2026-04-30,12.5\n北方机械,FP002,2026-05-31,2026-06-30,3.25\n";
    let read = import(chinese.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings_about(&read, "unit"),
        [
            r#"row 2: the title above the header ("（单位：万元）") names the unit amounts are written in: "金额" is read in ten thousands: multiplied by 10,000"#
        ]
    );
    // 12.5 × 10,000 = 125,000.00 due 30 April (61 days at 30 June: 61–90); 3.25 ×
    // 10,000 = 32,500.00 due 30 June (not due). 元 names the yuan and the Taiwan
    // dollar alike: no currency.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "32500.00", "0.00", "0.00", "125000.00", "0.00", "0.00", "0.00", "157500.00"]]
    );

    let japanese = "売掛金残高一覧,,,,\n単位：千円,,,,\n得意先,請求書番号,請求日,支払期日,請求残高\n\
                    山田商事,A-1,2026/03/31,2026/04/30,\"1,200\"\n鈴木工業,A-2,2026/05/31,2026/06/30,80\n";
    let read = import(japanese.as_bytes(), &ImportOptions::default()).unwrap();
    // 1,200 × 1,000 = 1,200,000 yen 61 days past due; 80 × 1,000 = 80,000 not due.
    assert_eq!(aging(&read, "2026-06-30"), [["JPY", "80000", "0", "0", "1200000", "0", "0", "0", "1280000"]]);

    let german = "Offene Posten (in Tsd. EUR)\nKunde;Rechnung;Datum;Fällig;Betrag\n\
                  Acme;R1;01.03.2026;31.03.2026;100,5\nBirch;R2;01.05.2026;31.05.2026;50\n";
    let read = import(german.as_bytes(), &ImportOptions::default()).unwrap();
    // 100.5 × 1,000 = 100,500.00 due 31 March (91 days: 91–120); 50,000.00 due 31 May (30 days: 1–30).
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "50000.00", "0.00", "0.00", "100500.00", "0.00", "0.00", "150500.00"]]
    );

    let summary = "Aged Receivables Summary\nAmounts in EUR thousands\n\
                   Customer,Current,1-30 Days,31-60 Days,61-90 Days,Over 90 Days,Total\n\
                   Acme GmbH,12.5,3,0,0,1.25,16.75\nBirch BV,0,0,2,0,0,2\n";
    let read = import(summary.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings_about(&read, "unit"),
        [
            r#"row 2: the title above the header ("Amounts in EUR thousands") names the unit amounts are written in: "Total" and the aging buckets are read in thousands: multiplied by 1,000"#
        ]
    );
    // Each bucket × 1,000: 12,500 + 3,000 + 1,250 = 16,750, the row's total 16.75 × 1,000.
    assert_eq!(
        summary_rows(&read),
        [
            ["Acme GmbH", "EUR", "12500.00", "3000.00", "0.00", "0.00", "1250.00", "16750.00"],
            ["Birch BV", "EUR", "0.00", "0.00", "2000.00", "0.00", "0.00", "2000.00"],
        ]
    );

    // An aged detail whose buckets are the open balance's parts: named once, as columns.
    let detail = "Aged Receivables Detail (in thousands)\n\
                  Customer,Invoice,Date,Due,Current,1-30,31-60,61-90,Over 90\n\
                  Acme,1,2026-03-01,2026-03-31,0,0,0,0,1.5\nBirch,2,2026-06-01,2026-07-01,2,0,0,0,0\n";
    let read = import(detail.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings_about(&read, "unit"),
        [
            r#"row 1: the title above the header ("Aged Receivables Detail (in thousands)") names the unit amounts are written in: "Current", "1-30", "31-60", "61-90" and "Over 90" are read in thousands: multiplied by 1,000"#
        ]
    );
    // 1.5 × 1,000 = 1,500.00 due 31 March (91 days at 30 June); 2 × 1,000 = 2,000.00 not due.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "2000.00", "0.00", "0.00", "0.00", "1500.00", "0.00", "0.00", "3500.00"]]
    );

    let named = "Mio GmbH - Offene Posten\nKunde;Rechnung;Datum;Fällig;Betrag\n\
                 Acme;R1;01.03.2026;31.03.2026;100,00\nBirch;R2;01.05.2026;31.05.2026;50,00\n";
    let read = import(named.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(warnings_about(&read, "unit").is_empty(), "{:?}", warnings(&read));
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["XXX", "0.00", "50.00", "0.00", "0.00", "100.00", "0.00", "0.00", "150.00"]]
    );
}

/// Ranges written "from … to …" (1C's `От 31 до 60 дней`): only their first and
/// last buckets (`До 30 дней`, `Свыше 90 дней`) were known, so the middle ones'
/// amounts were left out of the buckets shown (a warning said the rows did not
/// add up).
#[test]
fn ranges_written_from_to_are_buckets() {
    let csv = "Анализ дебиторской задолженности по срокам долга на 30.06.2026\n\
               Контрагент;Договор;До 30 дней;От 31 до 60 дней;От 61 до 90 дней;Свыше 90 дней;Итого\n\
               ООО \"Вектор\";Основной договор;120 000,00;35 500,00;;10 000,00;165 500,00\n\
               ИП Иванов И.И.;Договор 15;;;8 000,00;;8 000,00\n\
               Итого;;120 000,00;35 500,00;8 000,00;10 000,00;173 500,00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let buckets: Vec<&str> = read.report.mapping.buckets.iter().map(|b| b.header.as_str()).collect();
    assert_eq!(buckets, ["До 30 дней", "От 31 до 60 дней", "От 61 до 90 дней", "Свыше 90 дней"]);
    assert!(warnings_about(&read, "add up").is_empty(), "{:?}", warnings(&read));
    // 120,000.00 + 35,500.00 + 10,000.00 = 165,500.00, the row's total; the
    // grand total row `Итого` (173,500.00 = 165,500.00 + 8,000.00) is no customer.
    assert_eq!(
        summary_rows(&read),
        [
            ["ООО \"Вектор\"", "XXX", "120000.00", "35500.00", "0.00", "10000.00", "165500.00"],
            ["ИП Иванов И.И.", "XXX", "0.00", "0.00", "8000.00", "0.00", "8000.00"],
        ]
    );
}

/// Aged summaries in other languages — one row per customer, a column of what is
/// not yet due and ranges of days past due written in words of the language —
/// were refused ("no column for invoice date"): only English bucket headers
/// were known. The row's total alone (`Gesamt`, `Razem`, `合計`, `Total Due`)
/// is what is outstanding; a total row in the language (`Razem`) is no customer,
/// and the codes beside the names (`Kontrahent` beside `Nazwa`) are the ids.
#[test]
fn aged_summaries_in_other_languages_keep_their_buckets() {
    let cases: [(&str, [&str; 5], &str); 5] = [
        (
            "Kunde;Name;Nicht fällig;1-30 Tage;31-60 Tage;61-90 Tage;über 90 Tage;Gesamt\n\
             10001;Müller GmbH;1.000,00;500,00;0,00;0,00;250,00;1.750,00\n\
             10002;Schmidt AG;0,00;0,00;2.000,00;0,00;0,00;2.000,00\n",
            ["Nicht fällig", "1-30 Tage", "31-60 Tage", "61-90 Tage", "über 90 Tage"],
            "Gesamt",
        ),
        (
            "Kontrahent;Nazwa;Nieprzeterminowane;1-30 dni;31-60 dni;61-90 dni;Powyżej 90 dni;Razem\n\
             K1;Handel Sp. z o.o.;1 000,00;500,00;0,00;0,00;250,00;1 750,00\n\
             K2;Jan Kowalski;0,00;0,00;2 000,00;0,00;0,00;2 000,00\n\
             Razem;;1 000,00;500,00;2 000,00;0,00;250,00;3 750,00\n",
            ["Nieprzeterminowane", "1-30 dni", "31-60 dni", "61-90 dni", "Powyżej 90 dni"],
            "Razem",
        ),
        (
            "得意先コード,得意先名,期日未到来,30日以内,31～60日,61～90日,91日以上,合計\n\
             001,山田商事,\"1,000.00\",500.00,0.00,0.00,250.00,\"1,750.00\"\n\
             002,鈴木工業,0.00,0.00,\"2,000.00\",0.00,0.00,\"2,000.00\"\n",
            ["期日未到来", "30日以内", "31～60日", "61～90日", "91日以上"],
            "合計",
        ),
        (
            "Code client;Nom;Non échu;0 à 30 jours;31 à 60 jours;61 à 90 jours;Plus de 90 jours;Total\n\
             411A;Dupont SARL;1 000,00;500,00;0,00;0,00;250,00;1 750,00\n\
             411B;Martin SA;0,00;0,00;2 000,00;0,00;0,00;2 000,00\n",
            ["Non échu", "0 à 30 jours", "31 à 60 jours", "61 à 90 jours", "Plus de 90 jours"],
            "Total",
        ),
        (
            "Customer,Name,Current,1 - 30 Days Past Due,31 - 60 Days Past Due,61 - 90 Days Past Due,Over 90 Days Past Due,Total Due\n\
             C1,Acme,1000.00,500.00,0.00,0.00,250.00,1750.00\n\
             C2,Globex,0.00,0.00,2000.00,0.00,0.00,2000.00\n",
            [
                "Current",
                "1 - 30 Days Past Due",
                "31 - 60 Days Past Due",
                "61 - 90 Days Past Due",
                "Over 90 Days Past Due",
            ],
            "Total Due",
        ),
    ];
    for (csv, labels, total) in cases {
        let read =
            import(csv.as_bytes(), &ImportOptions::default()).unwrap_or_else(|e| panic!("{total}: {e}"));
        assert_eq!(read.report.shape, LedgerShape::AgedSummary, "{total}");
        let summary = read.ledger.summary.as_ref().unwrap();
        assert_eq!(summary.labels, labels, "{total}");
        assert_eq!(column(&read, total).field, Field::OpenBalance, "{total}");
        let rows: Vec<String> = summary
            .rows
            .iter()
            .map(|r| {
                let buckets: Vec<String> = r.buckets.iter().map(|b| b.to_string()).collect();
                format!("{} {} {} {}", r.customer.id, r.customer.name, buckets.join(" "), r.total)
            })
            .collect();
        let (first, second) = (&rows[0], &rows[1]);
        // Not due 1,000.00, 1–30 500.00, over 90 250.00: 1,750.00; the second 2,000.00 at 31–60.
        assert!(first.ends_with(" 1000.00 500.00 0.00 0.00 250.00 1750.00"), "{total}: {rows:?}");
        assert!(second.ends_with(" 0.00 0.00 2000.00 0.00 0.00 2000.00"), "{total}: {rows:?}");
        assert_eq!(rows.len(), 2, "{total}: {rows:?}");
    }
    // The Polish grand total is said, and the ids are the codes beside the names.
    let read = import(cases[1].0.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(skipped(&read), ["row 4: grand total row \"Razem\""]);
    assert_eq!(column(&read, "Kontrahent").field, Field::CustomerId);
    assert_eq!(column(&read, "Nazwa").field, Field::CustomerName);
    let customer = &read.ledger.summary.as_ref().unwrap().rows[0].customer;
    assert_eq!((&*customer.id, &*customer.name), ("K1", "Handel Sp. z o.o."));
}

/// An aged detail in another language with each document's whole amount beside
/// its buckets: `1-30 días`, never larger than `Importe` and equal to it on one
/// row of three, was taken for the open balance, and 800.00 of 3,300.00 open was
/// aged. The buckets are what is open (their sum, or the row's total beside them).
#[test]
fn an_aged_detail_with_the_amount_beside_its_buckets_ages_what_they_hold() {
    let spanish = "Cliente;Factura;Fecha;Vencimiento;Importe;No vencido;1-30 días;31-60 días;61-90 días;Más de 90 días;Total\n\
                   Ferretería López;F-001;15/01/2026;14/02/2026;1.000,00;0,00;0,00;0,00;0,00;1.000,00;1.000,00\n\
                   Ferretería López;F-014;01/06/2026;01/07/2026;2.000,00;1.500,00;0,00;0,00;0,00;0,00;1.500,00\n\
                   Distribuciones Ruiz;F-020;10/05/2026;09/06/2026;800,00;0,00;800,00;0,00;0,00;0,00;800,00\n";
    let german = "Kunde;Beleg;Belegdatum;Fällig am;Betrag;Nicht fällig;1-30 Tage;31-60 Tage;61-90 Tage;über 90 Tage\n\
                  Müller GmbH;RE-1;15.01.2026;14.02.2026;1.000,00;0,00;0,00;0,00;0,00;1.000,00\n\
                  Müller GmbH;RE-2;01.06.2026;01.07.2026;2.000,00;1.500,00;0,00;0,00;0,00;0,00\n\
                  Schmidt AG;RE-3;10.05.2026;09.06.2026;800,00;0,00;800,00;0,00;0,00;0,00\n";
    for (csv, open) in
        [(spanish, &["Total"][..]), (german, &["Nicht fällig", "1-30 Tage", "über 90 Tage"][..])]
    {
        let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        for header in open {
            assert_eq!(column(&read, header).field, Field::OpenBalance, "{header}");
        }
        // At 30 June: F-001/RE-1 1,000.00 due 14 Feb (136 days: 121+); F-014/RE-2 1,500.00
        // of 2,000.00 due 1 July (not due); F-020/RE-3 800.00 due 9 June (21 days: 1–30).
        // 1,500.00 + 800.00 + 1,000.00 = 3,300.00.
        assert_eq!(
            aging(&read, "2026-06-30"),
            [["XXX", "1500.00", "800.00", "0.00", "0.00", "0.00", "1000.00", "0.00", "3300.00"]],
            "{open:?}"
        );
    }
}

/// An aged summary whose buckets do not add up to a row's stated total says so:
/// a bucket header the import does not know (`120 días y otras`) left its
/// amounts out of the buckets shown without a word (`120 días o más`, whose `o`
/// was not known, was one such).
#[test]
fn an_aged_summary_whose_buckets_miss_the_total_says_so() {
    let csv = "Código;Cliente;Saldo;Corriente;30 días;60 días;90 días;120 días y otras\n\
               C1;Acme;1.750,00;1.000,00;500,00;0,00;0,00;250,00\n\
               C2;Globex;2.000,00;0,00;0,00;2.000,00;0,00;0,00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.ledger.summary.as_ref().unwrap().labels, ["Corriente", "30 días", "60 días", "90 días"]);
    // Row 2: 1,000.00 + 500.00 = 1,500.00 in the buckets read, 1,750.00 stated.
    assert_eq!(
        warnings_about(&read, "add up to other than the total"),
        [
            r#"row 2, column C ("Saldo"): 1 row whose buckets add up to other than the total: this row's buckets (Corriente, 30 días, 60 días, 90 días) add up to 1500.00, its total is 1750.00; a bucket column may not have been read as one (set the columns on the mapping screen)"#
        ]
    );
    // With `o más`, the last bucket is read and nothing is said.
    let known = csv.replace("120 días y otras", "120 días o más");
    let read = import(known.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(read.ledger.summary.as_ref().unwrap().labels.len(), 5);
    assert!(warnings_about(&read, "add up to other than the total").is_empty(), "{:?}", warnings(&read));
}

/// A currency named above the header (`Währung: EUR`, `(amounts in USD)`,
/// `Currency | USD`) is the rows' currency when no column, header or cell names
/// one: they were in an unknown currency, "the file names no currency". A code
/// alone in a title (`ALL CUSTOMERS`: `ALL` is the lek's) names none.
#[test]
fn a_currency_named_in_the_title_rows_is_the_rows_currency() {
    let cases = [
        (
            "Offene Posten\nWährung: EUR\nStichtag: 30.06.2026\n\nKunde;Beleg;Belegdatum;Fällig am;Betrag;Offen\n\
             Müller GmbH;RE-1;15.01.2026;14.02.2026;1.000,00;1.000,00\n",
            Some((
                "EUR",
                "row 2: no column names the currency, and the title above the header does (\"Währung: EUR\"): rows whose cells name no other currency are read in EUR",
            )),
        ),
        (
            "Aged Receivables (amounts in USD)\nAs of 06/30/2026\n\nCustomer,Invoice,Date,Due,Amount,Open\n\
             Acme,1,01/15/2026,02/14/2026,1000.00,1000.00\n",
            Some((
                "USD",
                "row 1: no column names the currency, and the title above the header does (\"Aged Receivables (amounts in USD)\"): rows whose cells name no other currency are read in USD",
            )),
        ),
        (
            "Currency,USD\n\nCustomer,Invoice,Date,Due,Amount,Open\nAcme,1,01/15/2026,02/14/2026,1000.00,1000.00\n",
            Some((
                "USD",
                "row 1: no column names the currency, and the title above the header does (\"Currency USD\"): rows whose cells name no other currency are read in USD",
            )),
        ),
        (
            "ALL CUSTOMERS - OPEN ITEMS\n\nCustomer,Invoice,Date,Due,Amount,Open\nAcme,1,01/15/2026,02/14/2026,1000.00,1000.00\n",
            None,
        ),
        (
            // A code in brackets after a separator of several bytes (`—`).
            "Offene Posten — (EUR)\n\nKunde;Beleg;Belegdatum;Fällig am;Betrag;Offen\n\
             Müller GmbH;RE-1;15.01.2026;14.02.2026;1.000,00;1.000,00\n",
            Some((
                "EUR",
                "row 1: no column names the currency, and the title above the header does (\"Offene Posten — (EUR)\"): rows whose cells name no other currency are read in EUR",
            )),
        ),
    ];
    for (csv, want) in cases {
        let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        let said = warnings_about(&read, "the title above the header");
        let currency = read.ledger.entries[0].currency.to_string();
        match want {
            Some((code, warning)) => {
                assert_eq!(currency, code);
                assert_eq!(said, [warning]);
            }
            None => {
                assert_eq!(currency, "XXX");
                assert!(said.is_empty(), "{said:?}");
            }
        }
    }
}

/// An aged summary whose day ranges sit in a second header row under a group
/// name (`Überfällig` merged over `1-30 Tage` … `> 90 Tage`): the upper row alone
/// was taken for the header, one bucket found, and the file refused as no ledger.
#[test]
fn an_aged_summary_with_its_ranges_under_a_group_header() {
    let csv = "Offene Posten nach Fälligkeit\nStichtag: 30.06.2026\n\n\
               Kunde;Name;Saldo;Nicht fällig;Überfällig;;;\n\
               ;;;;1-30 Tage;31-60 Tage;61-90 Tage;> 90 Tage\n\
               10001;Müller GmbH;1.750,00;1.000,00;500,00;0,00;0,00;250,00\n\
               10002;Schmidt AG;2.000,00;0,00;0,00;2.000,00;0,00;0,00\n\
               Summe;;3.750,00;1.000,00;500,00;2.000,00;0,00;250,00\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!((read.report.header_row, read.report.shape), (5, LedgerShape::AgedSummary));
    let summary = read.ledger.summary.as_ref().unwrap();
    assert_eq!(summary.labels, ["Nicht fällig", "1-30 Tage", "31-60 Tage", "61-90 Tage", "> 90 Tage"]);
    // 1,000.00 + 500.00 + 250.00 = 1,750.00 and 2,000.00: as stated, nothing said.
    let totals: Vec<String> = summary.rows.iter().map(|r| r.total.to_string()).collect();
    assert_eq!(totals, ["1750.00", "2000.00"]);
    assert!(warnings_about(&read, "add up to other than").is_empty());
    assert_eq!(skipped(&read), ["row 8: subtotal row \"Summe\""]);
}

#[test]
fn myob_aged_receivables_detail() {
    let out = read(
        "myob-aged-receivables-detail.csv",
        ImportOptions { default_currency: Some("AUD".into()), ..ImportOptions::default() },
    );
    let r = &out.report;
    // Row 4 names the document, its date and what is due, beside the buckets; was
    // missed for `Total Due`, and the first invoice's row taken as a header of names.
    assert_eq!((r.header_row, r.shape, r.date_order), (4, LedgerShape::OpenItems, Some(DateOrder::Dmy)));
    assert_eq!(column(&out, "ID No.").field, Field::DocumentId);
    assert_eq!(column(&out, "Total Due").field, Field::OpenBalance);
    let customers: Vec<&str> =
        out.ledger.entries.iter().map(|e| out.ledger.customer(e).name.as_ref()).collect();
    assert_eq!(customers, ["Bell, Alexander", "Bell, Alexander", "Kite Co"]);
    myob_blocks_and_aging(&out);
}

/// What MYOB's aged receivables detail gives however its columns are mapped: each
/// block's totals repeat the customer's name in the `ID No.` column — the block's
/// subtotal, not a document without a date (nor a total of all above) — and
/// 3,240.00 aged.
fn myob_blocks_and_aging(out: &Imported) {
    assert_eq!(
        skipped(out),
        [
            "row 5: section heading \"Bell, Alexander\"",
            "row 8: subtotal row \"Bell, Alexander\"",
            "row 9: section heading \"Kite Co\"",
            "row 11: subtotal row \"Kite Co\"",
            "row 12: grand total row \"Grand Total:\"",
        ]
    );
    assert!(warnings_about(out, "states").is_empty(), "3,240.00 reconciles: {:?}", warnings(out));
    // No due dates: aged from the invoice date at 30/06/2026. 00000021 12/05, day 49 →
    // 31–60: 440.00; 00000035 25/06, day 5 → 1–30: 600.00 (of 1,100.00); 00000009
    // 01/02, day 149 → 121+: 2,200.00. Total 3,240.00.
    assert_eq!(
        aging(out, "2026-06-30"),
        [["AUD", "0.00", "600.00", "440.00", "0.00", "0.00", "2200.00", "0.00", "3240.00"]]
    );
}

#[test]
fn a_header_naming_a_date_and_the_buckets_is_found() {
    // Neither `Nummer X` nor `Figure Z` is a known name: the date and the four
    // buckets make row 4 the header (the buckets read as the open balance's parts),
    // and each block's line of totals, labelled in an unmapped column with the
    // block's customer, is its subtotal.
    let csv = std::str::from_utf8(&fixture("layouts/myob-aged-receivables-detail.csv"))
        .unwrap()
        .replace("ID No.", "Nummer X")
        .replace("Total Due", "Figure Z");
    let out =
        import(csv.as_bytes(), &ImportOptions { default_currency: Some("AUD".into()), ..Default::default() })
            .unwrap();
    assert_eq!(out.report.header_row, 4);
    let buckets: Vec<&str> = out
        .report
        .mapping
        .columns
        .iter()
        .filter(|c| c.field == Field::OpenBalance)
        .map(|c| c.header.as_str())
        .collect();
    assert_eq!(buckets, ["0-30", "31-60", "61-90", "90+"]);
    myob_blocks_and_aging(&out);
}

/// A customer activity report (Sage-like: each account under its name, its
/// opening balance first with no date and no reference, `Details` beside): the
/// opening balances were skipped as subtotals, so the receipts that settled them
/// were applied to later invoices — 450.00 aged where 2,950.00 is owed — and the
/// `Details` text was taken for the customers' names. Each opening balance is
/// now read, dated as its account's next row, and said.
#[test]
fn opening_balances_with_no_date_are_read_and_dated_as_their_accounts_next_row() {
    let options = ImportOptions { default_currency: Some("GBP".into()), ..Default::default() };
    let out = read("customer-activity-opening-balances.csv", options);
    assert!(out.report.mapping.unmapped.contains(&"Details".to_owned()));
    assert_eq!(
        skipped(&out),
        [
            "row 3: section heading \"Acme Ltd\"",
            "row 8: subtotal row \"Total Acme Ltd\"",
            "row 9: section heading \"Beta plc\"",
            "row 13: subtotal row \"Total Beta plc\"",
        ]
    );
    assert_eq!(
        warnings_about(&out, "opening balance"),
        [
            "file \"customer-activity-opening-balances.csv\", row 4: 2 opening balances with no date of their own (\"Opening Balance\" on row 4) are given the date of the next row of their account (15/04/2026): aged from that date, though what each carries forward is older; no period counts them among its sales"
        ]
    );
    // Acme: opening 2,000.00 (dated 15/04) and INV-101 1,250.00 (15/04), REC-55 2,000.00
    // settles the opening first; INV-101 (76 days at 30 June) is 61–90, INV-130 800.00
    // (20/05, 41 days) 31–60. Beta: 500.00 b/f + INV-120 3,400.00 − REC-60 3,000.00
    // leaves 900.00 of INV-120 (02/05, 59 days): 31–60. 800 + 900 = 1,700.00;
    // 2,050.00 + 900.00 = 2,950.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["GBP", "0.00", "0.00", "1700.00", "1250.00", "0.00", "0.00", "0.00", "2950.00"]]
    );
    let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(customers, ["Acme Ltd", "Beta plc"]);
    let openings: Vec<u64> =
        out.ledger.entries.iter().filter(|e| e.opening).filter_map(|e| e.row_number()).collect();
    assert_eq!(openings, [4, 10]);
    // The quarter April–June holds every row. Sales: INV-101 1,250.00 + INV-130 800.00 +
    // INV-120 3,400.00 = 5,450.00 (with the two balances carried forward, 2,000.00 and
    // 500.00, it would be 7,950.00); collections REC-55 2,000.00 + REC-60 3,000.00 = 5,000.00.
    let quarter = Period::ending("2026-06-30".parse().unwrap(), PeriodLength::Quarter);
    let q = &quantities(&out.ledger, &quarter)[0];
    assert_eq!((q.credit_sales, q.collections), (d("5450.00"), d("5000.00")));
    // Count-back from June: June's sales 0 (nothing invoiced), May's 800.00 + 3,400.00 =
    // 4,200.00, April's 1,250.00 (not 4,750.00).
    let months: Vec<Decimal> =
        monthly_sales(&out.ledger, "GBP", "2026-06-30".parse().unwrap()).iter().map(|m| m.sales).collect();
    assert_eq!(months, [d("0"), d("4200.00"), d("1250.00")]);
    // The summary counts 3 invoices (5,450.00), not 5: 5,450.00 invoiced − 5,000.00 paid
    // + 2,500.00 carried forward = 2,950.00, what the aging holds.
    let summary = arlens::report::Summary::of(&out.ledger, out.report.clone());
    let t = &summary.totals[0];
    assert_eq!(
        (summary.invoices, t.invoiced, t.paid, t.carried_forward),
        (3, d("5450.00"), d("5000.00"), d("2500.00"))
    );
}

/// Odoo's Partner Ledger was read as one customer — the receivable account
/// (`121000 Account Receivable`) beside every line, taken for the customer's id —
/// with its running balances aged as open amounts (7,900.00 where 4,650.00 is
/// owed, the subtotal said not to add up), and its `Initial Balance` line
/// refused for want of a date. The account is set aside (the headings name the
/// partners), the balance seen running within each block, the initial balance read.
#[test]
fn odoo_partner_ledger() {
    let options = ImportOptions { default_currency: Some("EUR".into()), ..Default::default() };
    let out = read("odoo-partner-ledger.csv", options);
    assert_eq!(column(&out, "Account").field, Field::Ignore);
    assert!(
        column(&out, "Account").reason.ends_with(
            "one value on every row (\"121000 Account Receivable\") under headings naming 2 customers: the ledger's account, not the customer's"
        ),
        "{}",
        column(&out, "Account").reason
    );
    assert_eq!(column(&out, "Balance").field, Field::Ignore);
    let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(customers, ["Azure Interior", "Deco Addict"]);
    assert!(warnings_about(&out, "add up").is_empty(), "{:?}", warnings(&out));
    // Azure Interior: 2,000.00 initial (dated 04/15) + INV/00101 1,250.00 − BNK1 2,000.00
    // (settling the initial balance first) = 1,250.00 due 05/15, 46 days: 31–60.
    // Deco Addict: INV/00120 3,400.00 due 06/01, 29 days: 1–30. 4,650.00 in all.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["EUR", "0.00", "3400.00", "1250.00", "0.00", "0.00", "0.00", "0.00", "4650.00"]]
    );
}

/// A NetSuite saved search with the receivables account beside every invoice
/// (`Account`: `1200 Accounts Receivable`): taken for the customer's id, it made
/// every customer one account (two companies' invoices ranked, chased and
/// risk-scored as one). With names of several customers beside one value, it is
/// set aside.
#[test]
fn a_receivables_account_beside_the_customers_names_is_set_aside() {
    let csv = "Type,Date,Document Number,Name,Account,Due Date,Currency,Amount,Amount Remaining\n\
               Invoice,4/2/2026,INV1001,Acme Corp,1200 Accounts Receivable,5/2/2026,USD,\"1,080.00\",\"1,080.00\"\n\
               Invoice,5/5/2026,INV1002,Globex,1200 Accounts Receivable,6/4/2026,USD,\"2,160.00\",\"1,620.00\"\n\
               Invoice,6/15/2026,INV1003,Acme Corp,1200 Accounts Receivable,7/15/2026,USD,540.00,540.00\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Account").field, Field::Ignore);
    assert!(
        column(&out, "Account").reason.ends_with(
            "one value on every row (\"1200 Accounts Receivable\") beside the names of 2 customers: the ledger's account, not the customer's"
        ),
        "{}",
        column(&out, "Account").reason
    );
    let customers: Vec<(&str, &str)> = out.ledger.customers.iter().map(|c| (&*c.id, &*c.name)).collect();
    assert_eq!(customers, [("Acme Corp", "Acme Corp"), ("Globex", "Globex")]);
    // A customer renamed under its id keeps one account: the names begin alike.
    let renamed = "Date,Invoice,Name,Account,Due Date,Amount\n\
                   4/2/2026,INV1,Acme Corp,C-100,5/2/2026,100.00\n\
                   5/2/2026,INV2,ACME Corporation,C-100,6/1/2026,200.00\n\
                   6/2/2026,INV3,Acme Corp,C-100,7/2/2026,300.00\n";
    let out = import(renamed.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Account").field, Field::CustomerId);
    assert!(out.ledger.entries.iter().all(|e| &*out.ledger.customer(e).id == "C-100"));
}

/// QuickBooks' Open Invoices grouped by customer and job: each job's invoices
/// were filed under the job's name alone (`Store #13`, the customer nowhere);
/// they are the customer's jobs, named `Customer:Job` as QuickBooks' flat
/// exports name them.
#[test]
fn quickbooks_open_invoices_grouped_by_customer_and_job() {
    let out = read(
        "quickbooks-open-invoices-jobs.csv",
        ImportOptions { default_currency: Some("USD".into()), ..Default::default() },
    );
    let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(
        customers,
        ["Kern Lighting Warehouse:Store #13", "Kern Lighting Warehouse:Store #34", "Teschner Anton"]
    );
    assert_eq!(
        warnings_about(&out, "jobs"),
        [
            "file \"quickbooks-open-invoices-jobs.csv\", row 7: 2 headings stand under another customer's heading, before its total (QuickBooks' jobs): each is read as an account of its own, named Customer:Job as QuickBooks names it (\"Kern Lighting Warehouse:Store #13\")"
        ]
    );
    assert!(warnings_about(&out, "add up").is_empty(), "{:?}", warnings(&out));
    // At 30 June: 1093 1,250.00 due 10 May (51 days: 31–60); 1101 800.00 due 19 June
    // (11: 1–30); 1110 450.00 due 15 July (not due); 1080 3,000.00 due 16 March (106:
    // 91–120). 1,250 + 800 + 450 + 3,000 = 5,500.00, the `TOTAL` line's.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "450.00", "800.00", "1250.00", "0.00", "3000.00", "0.00", "0.00", "5500.00"]]
    );
}

/// Sage's detailed aged debtors: `Current` was taken for each document's open
/// balance (its amounts are never above `Total`'s), so every document past due
/// was read as 0 — 1,100.00 aged where 2,730.00 is owed — and the file's
/// `Totals:` line said not to add up. `Total` is what is open; the buckets are
/// its parts.
#[test]
fn sage_aged_debtors_detailed() {
    let out = read(
        "sage-aged-debtors-detailed.csv",
        ImportOptions { default_currency: Some("GBP".into()), ..Default::default() },
    );
    assert_eq!(column(&out, "Total").field, Field::OpenBalance);
    assert!(out.report.mapping.unmapped.contains(&"Current".to_owned()));
    assert_eq!(
        skipped(&out),
        [
            "row 6: subtotal row \"ABC Trading Ltd\"",
            "row 9: subtotal row \"XYZ Supplies\"",
            "row 10: subtotal row \"Totals:\"",
        ]
    );
    // The `Totals:` line (2,730.00) is every document above it, not the rows since XYZ's total.
    assert!(warnings_about(&out, "add up").is_empty(), "{:?}", warnings(&out));
    // At 30 June (the report date): SI-1042 1,200.00 not due; SI-1001 650.00 due 02/05,
    // 59 days: 31–60; SI-0950 980.00 due 14/02, 136 days: 121+; SC-0010 −100.00 a credit.
    // 1,200 + 650 + 980 − 100 = 2,730.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["GBP", "1200.00", "0.00", "650.00", "0.00", "0.00", "980.00", "-100.00", "2730.00"]]
    );
}

/// An opening balance written as a dated row is read as a document of its date,
/// and said: its age and the period's sales are what that date makes them.
#[test]
fn a_dated_opening_balance_is_said() {
    let csv = "Customer,Date,Type,Reference,Debit,Credit\n\
               Acme Corp,01/04/2026,,Balance brought forward,\"2,000.00\",\n\
               Acme Corp,15/04/2026,Invoice,INV-101,\"1,250.00\",\n\
               Acme Corp,30/04/2026,Payment,REC-55,,\"2,000.00\"\n";
    let options = ImportOptions { default_currency: Some("GBP".into()), ..Default::default() };
    let out = import(csv.as_bytes(), &options).unwrap();
    assert_eq!(
        warnings_about(&out, "opening balance"),
        [
            "row 2: 1 row is an opening balance (\"Balance brought forward\" on row 2), read as a balance carried forward to its date: aged from it, though what it carries forward is older; no period counts it among its sales"
        ]
    );
    // 2,000.00 + 1,250.00 − 2,000.00: INV-101 (15/04, 76 days) in 61–90.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["GBP", "0.00", "0.00", "0.00", "1250.00", "0.00", "0.00", "0.00", "1250.00"]]
    );
}

/// A credit balance carried forward is a credit left open on the account (it was
/// read as a payment of its date: a collection of the period, applied to the
/// account's invoices); a balance carried forward and settled has no payment
/// timing (its date is only a lower bound of its age).
#[test]
fn a_credit_balance_carried_forward_is_a_credit_left_open() {
    let csv = "Customer Activity,,,,,\n\
               Date,Type,Ref,Details,Debit,Credit\n\
               Acme Ltd,,,,,\n\
               ,,,Opening Balance,\"2,000.00\",\n\
               15/04/2026,Invoice,INV-101,Goods,\"1,250.00\",\n\
               30/04/2026,Receipt,REC-55,Payment,,\"2,000.00\"\n\
               Beta plc,,,,,\n\
               ,,,Balance b/f,,300.00\n\
               02/05/2026,Invoice,INV-120,Services,\"1,000.00\",\n";
    let options = ImportOptions { default_currency: Some("GBP".into()), ..Default::default() };
    let out = import(csv.as_bytes(), &options).unwrap();
    let openings: Vec<(u64, EntryKind, Decimal)> = out
        .ledger
        .entries
        .iter()
        .filter(|e| e.opening)
        .map(|e| (e.row_number().unwrap(), e.kind, e.amount))
        .collect();
    assert_eq!(openings, [(4, EntryKind::Invoice, d("2000.00")), (8, EntryKind::CreditNote, d("-300.00"))]);
    // Acme: REC-55 settles the opening (15/04, before INV-101 of the same day) and leaves
    // INV-101 1,250.00 (15/04, 76 days at 30 June: 61–90). Beta: INV-120 1,000.00 (02/05,
    // 59 days: 31–60) and the credit −300.00 open beside it. 1,000 + 1,250 − 300 = 1,950.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["GBP", "0.00", "0.00", "1000.00", "1250.00", "0.00", "0.00", "-300.00", "1950.00"]]
    );
    // Sales: INV-101 1,250.00 + INV-120 1,000.00; collections: REC-55 2,000.00 alone.
    let quarter = Period::ending("2026-06-30".parse().unwrap(), PeriodLength::Quarter);
    let q = &quantities(&out.ledger, &quarter)[0];
    assert_eq!((q.credit_sales, q.collections), (d("2250.00"), d("2000.00")));
    // The settled opening balance gives no paid date (INV-101 is still open).
    assert!(arlens::figures::payments::paid_dates(&out.ledger).iter().all(Option::is_none));
}

#[test]
fn xero_invoice_export_reads_each_invoice_once() {
    let out = read("xero-invoices-export.csv", ImportOptions::default());
    // INV-0001's second row is its second item line (golf umbrellas), repeating the
    // invoice's Total 575.00 and InvoiceAmountDue 575.00: read once, not twice.
    assert_eq!(
        skipped(&out),
        [
            "row 3: a further line of document \"INV-0001\" (row 2): the same customer, dates and amounts beside another item, read once",
            "row 5: status \"Draft\": a draft, not yet issued, so not yet owed: excluded from every figure",
        ]
    );
    assert_eq!(
        warnings_about(&out, "item line"),
        [
            "file \"xero-invoices-export.csv\", row 3: 1 row repeats the document of the row above with the same customer, dates and amounts beside another item (an invoice export with a row per item line): each document is read once, from its first row"
        ]
    );
    assert!(warnings_about(&out, "is on 2 rows").is_empty(), "{:?}", warnings(&out));
    // INV-0001 575.00 due 04/06, day 26 → 1–30; INV-0002 230.00 − 100.00 paid = 130.00
    // due 10/06, day 20 → 1–30: 705.00 (the draft INV-0003 is excluded).
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["NZD", "0.00", "705.00", "0.00", "0.00", "0.00", "0.00", "0.00", "705.00"]]
    );
    // The repeated line's amounts are counted as skipped: the Total column's
    // 575 + 575 + 230 + 1,150 = 2,530.00 = 805.00 read + 1,150.00 excluded + 575.00 skipped.
    let total = out.report.reconciliation.iter().find(|r| r.column.contains("Total")).unwrap();
    let nzd = &total.currencies[0];
    assert!(nzd.balances());
    assert_eq!(
        [&nzd.file, &nzd.imported, &nzd.excluded, &nzd.skipped].map(|p| format!("{}/{}", p.rows, p.total)),
        ["4/2530.00", "2/805.00", "1/1150.00", "1/575.00"]
    );
}

#[test]
fn a_row_written_twice_whole_is_no_item_line() {
    // Every cell the same: no item tells the rows apart, so each is read (and the
    // number said to repeat), as before; a differing amount makes two documents too.
    for (second, entries) in
        [("INV-1,Acme,2026-05-01,2026-05-31,100.00,x", 2), ("INV-1,Acme,2026-05-01,2026-05-31,90.00,y", 2)]
    {
        let csv = format!(
            "Invoice number,Customer,Invoice date,Due date,Amount,Description\nINV-1,Acme,2026-05-01,2026-05-31,100.00,x\n{second}\n"
        );
        let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(out.report.entries, entries, "{second}");
        assert_eq!(warnings_about(&out, "is on 2 rows").len(), 1, "{second}");
        assert!(warnings_about(&out, "item line").is_empty(), "{second}");
    }
    // Another item: a further line, read once.
    let csv = "Invoice number,Customer,Invoice date,Due date,Amount,Description\n\
               INV-1,Acme,2026-05-01,2026-05-31,100.00,x\nINV-1,Acme,2026-05-01,2026-05-31,100.00,y\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(out.report.entries, 1);
    // The same cells under two customers' headings: two customers' documents.
    let csv = "Invoice number,Invoice date,Due date,Amount,Description\nAcme Ltd\n\
               INV-1,2026-05-01,2026-05-31,100.00,x\nBeta Ltd\nINV-1,2026-05-01,2026-05-31,100.00,y\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let customers: Vec<&str> =
        out.ledger.entries.iter().map(|e| out.ledger.customer(e).name.as_ref()).collect();
    assert_eq!(customers, ["Acme Ltd", "Beta Ltd"]);
}

/// Money headers no term puts together — `Outstanding Balance`, Oracle's
/// `AMOUNT_DUE_REMAINING` beside `AMOUNT_DUE_ORIGINAL` — were left unmapped, and
/// each invoice read as wholly open: the Oracle export below aged 3,869.52 where
/// 2,044.00 is owed. English money words with one word marking which amount
/// name it; words marking two amounts, or a word that is no money word, name none.
#[test]
fn money_headers_of_english_words_name_their_amount() {
    let cases = [
        ("Outstanding Balance", Some(Field::OpenBalance)),
        ("Remaining Balance", Some(Field::OpenBalance)),
        ("Unpaid Balance", Some(Field::OpenBalance)),
        ("Amount Open", Some(Field::OpenBalance)),
        ("Open Invoice Amount", Some(Field::OpenBalance)),
        ("Total Paid Amount", Some(Field::AmountPaid)),
        ("Balance Remaining Paid", None), // two amounts marked
        ("Outstanding Days", None),       // not a money word
    ];
    for (header, field) in cases {
        let csv = format!(
            "Customer,Invoice,Date,Due date,Amount,{header}\nA,1,2026-05-01,2026-05-31,100.00,50.00\n"
        );
        let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        let mapped = read.report.mapping.columns.iter().find(|c| c.header == header);
        assert_eq!(mapped.map(|c| c.field), field, "{header}");
        if let Some(c) = mapped {
            assert!(c.reason.contains("English words for it"), "{header}: {}", c.reason);
        }
    }
    let oracle = "CUSTOMER_NAME,TRX_NUMBER,TRX_DATE,DUE_DATE,AMOUNT_DUE_ORIGINAL,AMOUNT_DUE_REMAINING,INVOICE_CURRENCY_CODE\n\
                  ACME CORP,10045,15-MAY-26,14-JUN-26,1200,1200,USD\n\
                  ACME CORP,10051,02-JUN-26,02-JUL-26,300,150,USD\n\
                  GLOBEX,10002,15-MAR-26,14-APR-26,2369.52,694,USD\n";
    let read = import(oracle.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&read, "AMOUNT_DUE_ORIGINAL").field, Field::Amount);
    assert_eq!(column(&read, "AMOUNT_DUE_REMAINING").field, Field::OpenBalance);
    // 10045 1,200.00 due 14 June (16 days: 1–30); 10051 150.00 of 300.00, due 2 July:
    // not due; 10002 694.00 of 2,369.52 due 14 April (77 days: 61–90). 2,044.00.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["USD", "150.00", "1200.00", "0.00", "694.00", "0.00", "0.00", "0.00", "2044.00"]]
    );
}

/// Tally's ledger account of one party: its name stands above the `Ledger
/// Account` title (under the company's own name and address), its
/// `Particulars` name the other side of each entry (`Sales Account`, `HDFC
/// Bank`), and the ledger ends with `Opening Balance`, `Current Total` and
/// `Closing Balance`. The particulars were read as customers (the receipt paid
/// no invoice of "Sales Account"), `Vch No.` and `Vch Type` were unmapped, and
/// the opening balance, with no date and no row of its account after it, was
/// refused: -7,300.00 "owed" where 18,880.00 is.
#[test]
fn a_tally_ledger_account_is_its_titles_account() {
    let out = read(
        "tally-ledger-account.csv",
        ImportOptions { default_currency: Some("INR".into()), ..Default::default() },
    );
    let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(customers, ["Acme Traders Pvt Ltd"]);
    assert_eq!(column(&out, "Particulars").field, Field::Ignore);
    assert_eq!(column(&out, "Vch No.").field, Field::DocumentId);
    assert_eq!(column(&out, "Vch Type").field, Field::DocumentType);
    assert_eq!(
        warnings_about(&out, "ledger account"),
        [
            "file \"tally-ledger-account.csv\", row 3: no column names the customer; the title above the header does (\"Acme Traders Pvt Ltd\", a ledger account's name): every row is read as that account's"
        ]
    );
    assert_eq!(
        warnings_about(&out, "below its account's rows"),
        [
            "file \"tally-ledger-account.csv\", row 13: 1 opening balance with no date of its own (\"Opening Balance\" on row 13, below its account's rows as a ledger's summary puts it) is given the date of the first row of its account (5-Apr-2026): aged from that date, though what it carries forward is older; no period counts it among its sales"
        ]
    );
    assert_eq!(
        skipped(&out),
        ["row 14: subtotal row \"Current Total\"", "row 15: grand total row \"Closing Balance\""]
    );
    // At 30 June, due on their dates (no terms): the receipt's 25,000.00 pays the
    // opening balance (5 April, the oldest with S/101); S/101 11,800.00 is 86 days
    // past due (61–90), S/140 5,900.00 49 (31–60), S/162 2,360.00 12 (1–30); the
    // credit note's 1,180.00 names no invoice. 11,800 + 5,900 + 2,360 - 1,180 =
    // 18,880.00, the `Closing Balance` (25,000 + 20,060 - 26,180).
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["INR", "0.00", "2360.00", "5900.00", "11800.00", "0.00", "0.00", "-1180.00", "18880.00"]]
    );
    // A statement whose title labels the customer: its `Particulars` (`Sales`,
    // `Bank`) are no customers either (the payments paid no invoice of "Sales").
    let statement = "Statement of Account\nCustomer: Bravo LLC\nDate,Particulars,Reference,Debit,Credit\n\
                     2026-04-01,Sales,INV-1,500.00,\n2026-04-15,Bank,PMT-9,,500.00\n\
                     2026-05-02,Sales,INV-2,800.00,\n2026-05-20,Sales,INV-3,300.00,\n\
                     2026-06-01,Bank,PMT-10,,200.00\n";
    let options = ImportOptions { default_currency: Some("USD".into()), ..Default::default() };
    let out = import(statement.as_bytes(), &options).unwrap();
    let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(customers, ["Bravo LLC"]);
    // PMT-9 pays INV-1; PMT-10's 200.00 goes to INV-2 (2 May, 59 days: 31–60), 600.00
    // left, beside INV-3 300.00 (20 May, 41 days: 31–60): 900.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "0.00", "900.00", "0.00", "0.00", "0.00", "0.00", "900.00"]]
    );
    // A report's selection in its title (`Customer: All`, a range) names no account:
    // the customers of the rows stay theirs.
    for title in ["Customer: All", "Customer: (All)", "Customer: A001 to Z999"] {
        let report = format!(
            "{title}\nDate,Ref,Holder,Amount\n2026-04-01,INV-1,Acme Ltd,500.00\n\
             2026-04-02,INV-2,Bravo LLC,300.00\n2026-04-03,INV-3,Acme Ltd,200.00\n"
        );
        let out = import(report.as_bytes(), &options).unwrap();
        let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
        assert_eq!(customers, ["Acme Ltd", "Bravo LLC"], "{title}");
    }
}

/// Business Central's customer ledger entries leave the currency code empty for
/// the company's own currency: those rows were said to be in an unknown currency
/// because "the file names no currency", though a column names EUR on others.
/// The warning names the column whose cells are empty, and the default currency
/// reads them.
#[test]
fn empty_currency_cells_beside_named_ones_are_said_as_such() {
    let entries = "Posting Date,Document Type,Document No.,Customer No.,Customer Name,Currency Code,Original Amount,Remaining Amount,Due Date\n\
                   01/04/2026,Invoice,103001,10000,Adatum Corporation,,\"4,500.00\",\"4,500.00\",01/05/2026\n\
                   05/04/2026,Invoice,103002,20000,Trey Research,EUR,\"1,200.00\",600.00,05/05/2026\n\
                   15/04/2026,Payment,2604,20000,Trey Research,EUR,-600.00,0.00,15/04/2026\n\
                   20/04/2026,Credit Memo,104001,10000,Adatum Corporation,,-500.00,-500.00,20/04/2026\n";
    let out = import(entries.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings_about(&out, "unknown currency"),
        [
            "row 2: 2 rows are in an unknown currency (XXX): their cells of column F \"Currency Code\" are empty (Business Central and Dynamics NAV leave the company's own currency empty); give the currency (defaultCurrency) to see them as such"
        ]
    );
    let options = ImportOptions { default_currency: Some("GBP".into()), ..Default::default() };
    let out = import(entries.as_bytes(), &options).unwrap();
    assert!(warnings_about(&out, "unknown currency").is_empty());
    // At 30 June: 103002's 600.00 EUR left, due 5 May (56 days: 31–60); 103001
    // 4,500.00 GBP due 1 May (60 days: 31–60) and the credit memo's 500.00 open.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [
            ["EUR", "0.00", "0.00", "600.00", "0.00", "0.00", "0.00", "0.00", "600.00"],
            ["GBP", "0.00", "0.00", "4500.00", "0.00", "0.00", "0.00", "-500.00", "4000.00"]
        ]
    );
}

/// SAP's list of billing documents names two customers, the sold-to party and
/// the payer (who owes), both as codes: the codes were read as the amount and
/// what is left open (`100045` "owed" on a 100.00 invoice) and the net value
/// set aside. The payer is the account; the sold-to party is read as nothing,
/// and the net value, the only amount, is the amount.
#[test]
fn a_second_customer_column_is_no_amount() {
    let list = "Sold-To Party,Payer,Billing Document,Billing Date,Net Value\n\
                100045,100045,90000001,2026-04-01,100.00\n\
                100046,100099,90000002,2026-04-02,50.00\n\
                100045,100045,90000003,2026-04-03,70.00\n";
    let options = ImportOptions { default_currency: Some("EUR".into()), ..Default::default() };
    let out = import(list.as_bytes(), &options).unwrap();
    assert_eq!(column(&out, "Payer").field, Field::CustomerId);
    assert_eq!(column(&out, "Net Value").field, Field::Amount);
    assert!(out.report.mapping.columns.iter().all(|c| c.header != "Sold-To Party"));
    let customers: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.id).collect();
    assert_eq!(customers, ["100045", "100099"]);
    // Due on their dates (no terms), 88 to 90 days before 30 June: 61–90;
    // 100.00 + 50.00 + 70.00 = 220.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["EUR", "0.00", "0.00", "0.00", "220.00", "0.00", "0.00", "0.00", "220.00"]]
    );
}

/// A list whose only document column is headed as a reference (`Invoice Ref`)
/// read it as what each row applies to: every document had no number (the
/// worklist and the traces named none). With a different value on every row it
/// is the documents' own number; where payments repeat the invoices' numbers it
/// stays what they apply to.
#[test]
fn references_alone_are_the_documents_numbers() {
    let list = "Customer,Invoice Ref,Invoice Date,Due Date,Amount\n\
                Acme Ltd,INV-1,2026-04-01,2026-05-01,100.00\n\
                Bravo LLC,INV-2,2026-04-02,2026-05-02,200.00\n\
                Acme Ltd,INV-3,2026-04-03,2026-05-03,300.00\n";
    let out = import(list.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Invoice Ref").field, Field::DocumentId);
    let ids: Vec<&str> = out.ledger.entries.iter().map(|e| &*e.id).collect();
    assert_eq!(ids, ["INV-1", "INV-2", "INV-3"]);
    let transactions = "Type,Customer,Invoice Ref,Date,Amount\n\
                        Invoice,Acme Ltd,INV-1,2026-04-01,100.00\n\
                        Invoice,Bravo LLC,INV-2,2026-04-02,200.00\n\
                        Payment,Acme Ltd,INV-1,2026-04-20,-100.00\n\
                        Payment,Bravo LLC,INV-2,2026-04-21,-50.00\n";
    let out = import(transactions.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(column(&out, "Invoice Ref").field, Field::AppliesTo);
}

/// A ledger of several customers, each opening with a row typed `Opening
/// Balance` (no heading between them): only the file's first was read as a
/// balance carried forward; the others counted among the period's sales, and
/// each type was said to name no kind of document. Every row so typed is an
/// opening balance, read by its amount's sign.
#[test]
fn openings_by_their_type_are_openings_wherever_they_stand() {
    let csv = "Date,Type,Document,Customer,Debit,Credit,Currency\n\
               2026-04-01,Opening Balance,,Acme Ltd,500.00,,EUR\n\
               2026-04-05,Invoice,INV-10,Acme Ltd,300.00,,EUR\n\
               2026-04-20,Payment,PMT-3,Acme Ltd,,600.00,EUR\n\
               2026-04-01,Opening Balance,,Bravo LLC,200.00,,EUR\n\
               2026-05-02,Invoice,INV-11,Bravo LLC,150.00,,EUR\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let openings: Vec<Option<u64>> =
        read.ledger.entries.iter().filter(|e| e.opening).map(|e| e.row.map(|r| r.get())).collect();
    assert_eq!(openings, [Some(2), Some(5)]);
    assert!(warnings_about(&read, "names no kind").is_empty(), "{:?}", warnings(&read));
    assert_eq!(
        warnings_about(&read, "by its type"),
        [
            "row 5, column B (\"Type\"): 1 row is an opening balance by its type (\"Opening Balance\"), read as a balance carried forward to its date: aged from it, though what it carries forward is older; no period counts it among its sales"
        ]
    );
    // April's sales: INV-10's 300.00 alone (Bravo's 200.00 carried forward counted too:
    // 500.00); May's INV-11 150.00.
    let april = Period::ending("2026-04-30".parse().unwrap(), PeriodLength::Month);
    assert_eq!(quantities(&read.ledger, &april)[0].credit_sales, Decimal::new(30000, 2));
    let months: Vec<Decimal> =
        monthly_sales(&read.ledger, "EUR", "2026-05-31".parse().unwrap()).iter().map(|m| m.sales).collect();
    assert_eq!(months, [Decimal::new(15000, 2), Decimal::new(30000, 2)]);
}

/// Comma-delimited text that writes `1,250.00` (or `1.250,50`) without quotes (a
/// hand-made file, a script's `f"{amount:,.2f}"`) splits the amount at its comma:
/// the amount was read as 1 and the currency as `250.00` — 1,000,000.00 owed
/// read as 1. The cells past the header are joined back into the money column
/// they split from, said once, when that is the only way to read the row.
#[test]
fn amounts_split_at_unquoted_thousands_separators_are_joined() {
    let out = read("unquoted-thousands.csv", ImportOptions::default());
    let amounts: Vec<String> = out.ledger.entries.iter().map(|e| e.amount.to_string()).collect();
    assert_eq!(amounts, ["1250.00", "980.50", "12400.75", "1000000.00", "75.00", "-1200.00"]);
    assert!(out.ledger.entries.iter().all(|e| &*e.currency == "USD"));
    // The file's own total (1,013,506.25, itself split in three) agrees: no warning of it.
    assert_eq!(
        warnings(&out),
        [
            "file \"unquoted-thousands.csv\", row 2, column E (\"Amount\"): 5 rows write amounts with commas in them and no quotes around them, and the commas split them across cells (row 2: \"1\", \"250.00\" in columns E to F): read as one amount (1,250.00), in the header's money column"
        ]
    );
    assert_eq!(skipped(&out), ["row 8: grand total row \"Total\""]);
    // At 30 June: 1–30 days 1,000,000.00 (due 1 June) + 75.00 (19 June) = 1,000,075.00;
    // 31–60 days 1,250.00 (1 May: 60) + 980.50 (3 May: 58) + 12,400.75 (10 May: 51) =
    // 14,631.25; credit −1,200.00; total 1,014,706.25 − 1,200.00 = 1,013,506.25.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "1000075.00", "14631.25", "0.00", "0.00", "0.00", "-1200.00", "1013506.25"]]
    );

    // Indian lakh groups split alike; a negative with its sign.
    let list = "Customer,Bill No,Bill Date,Due Date,Amount\n\
                Sharma Traders,B-1,2026-05-01,2026-05-31,₹1,00,000.00\n\
                Patel & Sons,B-2,2026-05-02,2026-06-01,-12,34,567.50\n";
    let out = import(list.as_bytes(), &ImportOptions::default()).unwrap();
    let amounts: Vec<String> = out.ledger.entries.iter().map(|e| e.amount.to_string()).collect();
    assert_eq!(amounts, ["100000.00", "-1234567.50"]);
    // A decimal comma splits the cents off: 1.250,50 was read as 1.25, 980,00 as 980.
    let german = "Kunde,Rechnung,Datum,Fällig,Betrag\n\
                  Müller GmbH,R-1,01.05.2026,31.05.2026,1.250,50\n\
                  Schmidt AG,R-2,02.05.2026,01.06.2026,980,00\n\
                  Müller GmbH,R-3,03.05.2026,02.06.2026,75\n";
    let out = import(german.as_bytes(), &ImportOptions::default()).unwrap();
    let amounts: Vec<String> = out.ledger.entries.iter().map(|e| e.amount.to_string()).collect();
    assert_eq!(amounts, ["1250.50", "980.00", "75"]);
    assert_eq!(warnings_about(&out, "commas").len(), 1);
    // Cents split off in a file whose other amounts have a decimal point: the
    // joined `12,50` reads neither way, and the row is refused, located, not read as 12.
    let mixed = "Customer,Invoice,Date,Due,Amount\n\
                 A,1,2026-05-01,2026-05-31,980.50\n\
                 B,2,2026-05-01,2026-05-31,12,50\n\
                 C,3,2026-05-01,2026-05-31,1,250.00\n";
    let out = import(mixed.as_bytes(), &ImportOptions::default()).unwrap();
    let amounts: Vec<String> = out.ledger.entries.iter().map(|e| e.amount.to_string()).collect();
    assert_eq!(amounts, ["980.50", "1250.00"]);
    assert_eq!(
        skipped(&out),
        ["row 3: \"12,50\" is not an amount (expected a number such as 1,234.56, (1,234.56) or 1.234,56-)"]
    );

    // Read two ways (1,250 and 100, or 1 and 250,100): nothing joined; the row read
    // as the header places it, its cell past the header said (it was not).
    let two = "Invoice,Customer,Date,Amount,Open\n1,Acme,2026-05-01,1,250,100\n2,Acme,2026-05-02,90,90\n";
    let out = import(two.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(warnings_about(&out, "commas in them").is_empty());
    assert_eq!(
        warnings_about(&out, "past the header"),
        [
            "row 2, column F: 1 row read has cells past the header's last column, which no header names and are not read (row 2: \"100\" in column F): a value holding a comma without quotes shifts the cells after it — check the row"
        ]
    );
    // A column the header does not name, filled on most rows: its cells are its own.
    let notes = "Invoice,Customer,Date,Amount\n\
                 1,Acme,2026-05-01,5,250\n\
                 2,Acme,2026-05-02,7,call back\n\
                 3,Acme,2026-05-03,9,disputed\n";
    let out = import(notes.as_bytes(), &ImportOptions::default()).unwrap();
    let amounts: Vec<String> = out.ledger.entries.iter().map(|e| e.amount.to_string()).collect();
    assert_eq!(amounts, ["5", "7", "9"]);
    assert!(warnings_about(&out, "commas in them").is_empty());
    assert_eq!(warnings_about(&out, "3 rows read have cells past the header's last column").len(), 1);
}

/// Dates written as Unix times, as databases and web applications export them
/// (seconds, milliseconds, .NET's `/Date(…)/`), in columns whose headers name
/// dates: every row was refused (`"1777593600" is not a date`). Read as their
/// days in UTC, said per column; a number of other lengths is still no date.
#[test]
fn unix_times_in_date_columns_are_their_days_in_utc() {
    // 1777593600 s = 20,574 days after 1970-01-01 = 2026-05-01 00:00 UTC;
    // 1780185600 = 1777593600 + 30 × 86,400 = 2026-05-31; 1777680000000 ms = 2026-05-02;
    // 1780272000000 ms = 2026-06-01.
    let list = "Customer,Invoice,Created,Due Date,Amount,Currency\n\
                Acme Ltd,1,1777593600,1780185600,100.00,USD\n\
                Bravo LLC,2,1777680000000,1780272000000,200.00,USD\n\
                Cedar Inc,3,/Date(1777593600000)/,/Date(1780185600000+0200)/,300.00,USD\n";
    let out = import(list.as_bytes(), &ImportOptions::default()).unwrap();
    let dates: Vec<String> =
        out.ledger.entries.iter().map(|e| format!("{} {}", e.date, e.due_date)).collect();
    assert_eq!(dates, ["2026-05-01 2026-05-31", "2026-05-02 2026-06-01", "2026-05-01 2026-05-31"]);
    assert_eq!(
        warnings_about(&out, "Unix"),
        [
            "row 2, column C (\"Created\"): 3 dates in this column are Unix times (\"1777593600\" is 2026-05-01): read as their days in UTC",
            "row 2, column D (\"Due Date\"): 3 dates in this column are Unix times (\"1780185600\" is 2026-05-31): read as their days in UTC",
        ]
    );
    // At 30 June: 100.00 and 300.00 due 31 May are 30 days late (1–30), 200.00 due
    // 1 June 29: 1–30 holds 100.00 + 200.00 + 300.00 = 600.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "600.00", "0.00", "0.00", "0.00", "0.00", "0.00", "600.00"]]
    );
    // Eleven digits, or a time before 2000, are no date.
    let odd = "Customer,Invoice,Date,Amount\nAcme,1,17775936000,10.00\nAcme,2,946684799,10.00\n";
    let out = import(odd.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(out.ledger.entries.len(), 0);
    assert_eq!(out.report.skipped.len(), 2);
}

/// A stray quote at a cell's start that nothing closes (`"Birch LLC`) made every
/// line after it one cell: the file read as one invoice and a "note after the
/// data" of several hundred characters. The lines it took are the rows they are
/// again, said where the quote is. In a file too large to hold the lines in one
/// cell, the refusal names the quote.
#[test]
fn a_quote_never_closed_takes_no_rows_with_it() {
    let out = read("unclosed-quote.csv", ImportOptions::default());
    let ids: Vec<&str> = out.ledger.entries.iter().map(|e| &*e.id).collect();
    assert_eq!(ids, ["1001", "1002", "1003", "1004", "1005"]);
    assert_eq!(
        warnings(&out),
        [
            "file \"unclosed-quote.csv\", row 3, column B (\"Customer\"): a quote opens this cell and is never closed, which took the 3 lines after it into the cell: read as the rows they are"
        ]
    );
    assert!(out.report.skipped.is_empty());
    // At 30 June: 1–30 days 2,000.00 (due 1 June) + 75.00 (19 June) = 2,075.00;
    // 31–60 days 1,250.00 (1 May: 60) + 980.50 (3 May: 58) + 400.75 (10 May: 51) = 2,631.25;
    // in all 4,706.25.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "2075.00", "2631.25", "0.00", "0.00", "0.00", "0.00", "4706.25"]]
    );

    let mut big =
        String::from("Invoice,Customer,Date,Amount\n1,Acme,2026-05-01,10.00\n2,\"Birch,2026-05-02,10.00\n");
    for i in 3..3_000 {
        big.push_str(&format!("{i},Cedar {i},2026-05-03,10.00\n"));
    }
    let error = import(big.as_bytes(), &ImportOptions::default()).unwrap_err().to_string();
    assert!(
        error.starts_with(
            "row 3, column B: characters in one cell, which a quote opens and does not close for 2997 lines"
        ),
        "{error}"
    );
}

/// A customer's name typed two ways (`Acme Ltd`, `ACME LTD`, `Acme  Ltd.`) in
/// a ledger with no customer ids made two accounts: the 300.00 paid under one
/// spelling was not applied to the invoices under the other — 350.00 overdue
/// where 50.00 is, beside a 300.00 unapplied credit, nothing said. One account,
/// said; with a customer id column the ids decide, as before.
#[test]
fn names_differing_only_in_case_or_spacing_are_one_customer() {
    let csv = "Type,Number,Customer,Date,Due,Amount,Currency,Email\n\
               Invoice,I1,Acme Ltd,2024-01-05,2024-02-04,100.00,USD,\n\
               Invoice,I2,Acme  Ltd.,2024-01-06,2024-02-05,200.00,USD,\n\
               Payment,P1,ACME LTD,2024-02-10,,300.00,USD,ap@acme.example\n\
               Invoice,I3,Beta,2024-01-07,2024-02-06,50.00,USD,\n";
    let out = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    // The address given under one spelling is the account's.
    assert_eq!(out.ledger.emails.get("Acme Ltd").map(String::as_str), Some("ap@acme.example"));
    assert_eq!(
        warnings(&out),
        [
            r#"row 3, column C ("Customer"): names that differ only in case, spacing, points or commas are read as one customer, as no column gives customer ids: "Acme  Ltd." as "Acme Ltd" (row 2), and 1 more spelling (a payment under one spelling settles the invoices under the other); map a customer id column if they are different customers"#
        ]
    );
    // P1 settles I1 (100.00) and I2 (200.00); I3 due 6 Feb, 54 days late at
    // 31 March: 31–60 50.00, no credit left.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["USD", "0.00", "0.00", "50.00", "0.00", "0.00", "0.00", "0.00", "50.00"]]
    );
    // Ids given: they tell the customers apart, whatever the names.
    let with_ids = "Type,Number,Customer ID,Customer,Date,Due,Amount,Currency\n\
                    Invoice,I1,C1,Acme Ltd,2024-01-05,2024-02-04,100.00,USD\n\
                    Payment,P1,C2,ACME LTD,2024-02-10,,100.00,USD\n";
    let out = import(with_ids.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(warnings(&out), Vec::<String>::new());
    // I1 open (due 4 Feb, 56 days: 31–60 100.00); C2's payment unapplied: −100.00.
    assert_eq!(
        aging(&out, "2024-03-31"),
        [["USD", "0.00", "0.00", "100.00", "0.00", "0.00", "0.00", "-100.00", "0.00"]]
    );
}

/// An amount alone under the amount header (an export's group totals and grand
/// total with no label) is a total row in text and in a workbook alike. In
/// a CSV it was a "section heading" (its sum unchecked); in a workbook a grand
/// total, so each group's total was set against every row above it: "states
/// 50, but the rows above it add up to 350" on a file that adds up. Each is
/// now checked against the rows since the last total or all rows above.
#[test]
fn totals_with_no_label_are_totals_in_text_and_in_workbooks() {
    use rust_xlsxwriter::Workbook;
    let rows: [[&str; 6]; 7] = [
        ["Invoice", "Customer", "Date", "Due", "Amount", "Currency"],
        ["I1", "Acme Ltd", "2024-01-05", "2024-02-04", "100.00", "USD"],
        ["I2", "Acme Ltd", "2024-01-06", "2024-02-05", "200.00", "USD"],
        ["", "", "", "", "300.00", ""],
        ["I3", "Beta", "2024-01-07", "2024-02-06", "50.00", ""],
        ["", "", "", "", "50.00", ""],
        ["", "", "", "", "350.00", ""],
    ];
    let csv: String = rows.iter().map(|r| r.join(",") + "\n").collect();
    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("AR").unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
            match text.parse::<f64>() {
                Ok(n) if c == 4 => sheet.write_number(r, c, n).map(|_| ()),
                _ if text.is_empty() => Ok(()),
                _ => sheet.write_string(r, c, *text).map(|_| ()),
            }
            .unwrap();
        }
    }
    let xlsx = book.save_to_buffer().unwrap();
    let options = ImportOptions { default_currency: Some("USD".into()), ..Default::default() };
    let total = "total row (amounts with no date, no document and no label)";
    for (name, bytes) in [("csv", csv.as_bytes()), ("xlsx", &xlsx[..])] {
        let out = import(bytes, &options).unwrap();
        assert_eq!(out.report.entries, 3, "{name}");
        assert_eq!(
            skipped(&out),
            [format!("row 4: {total}"), format!("row 6: {total}"), format!("row 7: {total}")],
            "{name}"
        );
        assert_eq!(warnings(&out), Vec::<String>::new(), "{name}: 300 = 100 + 200; 50; 350 = all");
        // Due 4–6 February, 54–56 days late at 31 March: 31–60 100.00 + 200.00 + 50.00 = 350.00.
        assert_eq!(
            aging(&out, "2024-03-31"),
            [["USD", "0.00", "0.00", "350.00", "0.00", "0.00", "0.00", "0.00", "350.00"]],
            "{name}"
        );
    }
    // A total that is neither the rows since the last one nor all above is said.
    let wrong = csv.replace("\n,,,,50.00,", "\n,,,,55.00,");
    let out = import(wrong.as_bytes(), &options).unwrap();
    assert_eq!(
        warnings(&out),
        [format!(
            "row 6, column E (\"Amount\"): {total} states 55.00, but the rows above it add up to 50.00"
        )]
    );
}

/// A stray quote that a later stray quote closes took the lines between into
/// one cell in the middle of the file: the row read as one invoice of the last
/// line's amount (2002 owing 2,000.00, 2003 and the 980.50 gone) with nothing
/// said. The lines are rows again, said where the quote is; so for a stray quote
/// an inch mark closes (`Gum Valves 5"`, three lines on). A note quoted on two
/// lines (2005) stays one cell.
#[test]
fn a_stray_quote_closed_lines_later_takes_no_rows_with_it() {
    let out = read("stray-quotes.csv", ImportOptions::default());
    let ids: Vec<&str> = out.ledger.entries.iter().map(|e| &*e.id).collect();
    assert_eq!(ids, ["2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2010", "2011"]);
    let names: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(
        names,
        ["Acme Ltd", "Birch LLC", "Cedar Inc", "Dune Co", "Elm 12\" Pipes", "Fir & Co", "Gum Valves 5"]
    );
    assert_eq!(
        warnings(&out),
        [
            "file \"stray-quotes.csv\", row 3, column B (\"Customer\"): a quote opens this cell and only a quote 2 lines down closes it, which took the 2 lines into the cell: read as the rows they are (a stray quote at a cell's start? remove it)",
            "file \"stray-quotes.csv\", row 9, column B (\"Customer\"): a quote opens this cell and only a quote 3 lines down closes it, which took the 3 lines into the cell: read as the rows they are (a stray quote at a cell's start? remove it)",
        ]
    );
    assert!(out.report.skipped.is_empty(), "{:?}", skipped(&out));
    // At 30 June: 31–60 days 1,250.00 (due 1 May: 60 days) + 980.50 (3 May: 58)
    // + 400.75 (10 May: 51) = 2,631.25; 1–30 days 2,000.00 (1 June) + 75.00 + 60.00
    // + 10.00 + 20.00 + 30.00 + 40.00 + 50.00 (19–25 June) = 2,285.00; in all 4,916.25.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "2285.00", "2631.25", "0.00", "0.00", "0.00", "0.00", "4916.25"]]
    );
}

/// Names written with a comma and no quotes (`Smith, John`, `Bravo, Inc.`) split
/// into two cells and shifted every cell after them: the rows were refused
/// (`"John" is not a date`). The one join that puts a date under each date
/// header and an amount under each amount header is made, and said; a row two
/// joins would read is left refused.
#[test]
fn texts_split_at_unquoted_commas_are_joined_where_one_join_reads() {
    let list = "Invoice,Customer,Date,Due,Amount,Notes\n\
                1001,Smith, John,2026-05-01,2026-05-31,100.00,\n\
                1002,Acme Ltd,2026-05-02,2026-06-01,50.00,call back\n\
                1003,Bravo, Inc.,2026-05-03,2026-06-02,70.00,late, again\n\
                1004,Cedar,2026-05-04,2026-06-03,80.00,ok\n";
    let options = ImportOptions { default_currency: Some("USD".into()), ..Default::default() };
    let out = import(list.as_bytes(), &options).unwrap();
    let names: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(names, ["Smith, John", "Acme Ltd", "Bravo, Inc.", "Cedar"]);
    assert!(out.report.skipped.is_empty(), "{:?}", skipped(&out));
    assert_eq!(
        warnings(&out),
        [
            "row 2, column B (\"Customer\"): 2 rows have texts with commas and no quotes around them, which split them across cells and shifted the cells after them (row 2: \"Smith\", \"John\" in columns B to C): joined as \"Smith, John\", the one join that puts a date and an amount under each date and amount header"
        ]
    );
    // At 30 June, due 31 May to 3 June: 27 to 30 days late, all 1–30:
    // 100.00 + 50.00 + 70.00 + 80.00 = 300.00.
    assert_eq!(
        aging(&out, "2026-06-30"),
        [["USD", "0.00", "300.00", "0.00", "0.00", "0.00", "0.00", "0.00", "300.00"]]
    );

    // Every name written `Last, First`: every row joined.
    let people = "Patient,Invoice,Date,Amount\nDoe, Jane,1,2026-05-01,10.00\nRoe, Rick,2,2026-05-02,20.00\n";
    let out = import(people.as_bytes(), &options).unwrap();
    let names: Vec<&str> = out.ledger.customers.iter().map(|c| &*c.name).collect();
    assert_eq!(names, ["Doe, Jane", "Roe, Rick"]);

    // A comma in the name or in the unread memo before the date: two joins read,
    // none is made; the row is refused as before, its shift said.
    let two = "Customer,Memo,Date,Amount\nSmith, John,PO 7,2026-05-01,10.00\nAcme,PO 8,2026-05-02,20.00\n";
    let out = import(two.as_bytes(), &options).unwrap();
    assert_eq!(out.ledger.entries.len(), 1);
    assert!(warnings_about(&out, "joined as").is_empty());
    assert!(skipped(&out)[0].contains("a text holding the delimiter without quotes"), "{:?}", skipped(&out));
}

/// A header with nothing under it (an export filtered to nothing, a
/// template) read as a ledger that owes nothing, with nothing said: "0 entries
/// imported from 0 rows". It is said at the header; blank rows under it are
/// named as blank.
#[test]
fn a_header_with_no_rows_under_it_is_said() {
    let out = import(b"Invoice,Customer,Date,Due,Amount\n", &ImportOptions::default()).unwrap();
    assert_eq!(out.ledger.entries.len(), 0);
    assert_eq!(
        warnings(&out),
        [
            "row 1: no rows under the header: the file lists no documents, so there is nothing to age and every figure is 0 (an export filtered to nothing, or a template?)"
        ]
    );
    let out = import(
        b"Invoice,Customer,Date,Due,Amount\n,,,,\n,,,,\nI1,Acme,2024-01-05,2024-02-04,10\n",
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(out.ledger.entries.len(), 1);
    assert!(!warnings(&out).iter().any(|w| w.contains("no rows")), "{:?}", warnings(&out));
    let out = import(b"Invoice,Customer,Date,Due,Amount\n,,,,\n,,,,\n", &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings(&out),
        [
            "row 1: no rows under the header but blank ones: the file lists no documents, so there is nothing to age and every figure is 0 (an export filtered to nothing, or a template?)"
        ]
    );
    // A total of nothing under the header: skipped as a total, and said.
    let out =
        import(b"Invoice,Customer,Date,Due,Amount\nTotal,,,,0.00\n", &ImportOptions::default()).unwrap();
    assert_eq!(
        warnings(&out),
        [
            "row 1: no rows under the header but one that is no document (listed with the rows skipped): the file lists no documents, so there is nothing to age and every figure is 0 (an export filtered to nothing, or a template?)"
        ]
    );
    assert_eq!(out.report.skipped.len(), 1);
    // One row read, even one skipped, is not this.
    let out =
        import(b"Invoice,Customer,Date,Due,Amount\nI1,Acme,soon,,abc\n", &ImportOptions::default()).unwrap();
    assert!(!warnings(&out).iter().any(|w| w.contains("no rows")), "{:?}", warnings(&out));
    assert_eq!(out.report.skipped.len(), 1);
}

/// The not-due bucket as Wave (`Not yet overdue`) and Odoo (`At Date`: what is
/// not due at the report's date) name it: not read as a bucket, its amounts
/// were left out of the buckets shown, and each row said to miss its total.
#[test]
fn the_not_due_bucket_as_wave_and_odoo_name_it() {
    let wave = "Aged Receivables\nAcme Services Inc\nAs of Jun 30 2026\n\
                Customer,Not yet overdue,30 or less days,31 to 60 days,61 to 90 days,More than 90 days,Total unpaid\n\
                Acme Ltd,$99.99,$0.00,$0.00,$0.00,\"$1,200.00\",\"$1,299.99\"\n\
                Beta GmbH,$0.00,$0.00,$240.50,$0.00,$0.00,$240.50\n\
                Total,$99.99,$0.00,$240.50,$0.00,\"$1,200.00\",\"$1,540.49\"\n";
    let odoo = "Partner,At Date,1-30,31-60,61-90,91-120,Older,Total\n\
                Acme Ltd,99.99,0.00,0.00,0.00,1200.00,0.00,1299.99\n\
                Beta GmbH,0.00,0.00,240.50,0.00,0.00,0.00,240.50\n\
                Total,99.99,0.00,240.50,0.00,1200.00,0.00,1540.49\n";
    for (csv, first) in [(wave, "Not yet overdue"), (odoo, "At Date")] {
        let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(read.report.shape, LedgerShape::AgedSummary);
        let summary = read.ledger.summary.as_ref().unwrap();
        assert_eq!(summary.labels.first().map(String::as_str), Some(first));
        // Acme: 99.99 not due + 1,200.00 over 90 = 1,299.99, as stated; Beta 240.50.
        let totals: Vec<String> = summary.rows.iter().map(|r| r.total.to_string()).collect();
        assert_eq!(totals, ["1299.99", "240.50"]);
        assert!(warnings_about(&read, "add up to other than").is_empty(), "{:?}", warnings(&read));
    }
}

/// A matching code shared by invoices and the payment that settles them (a
/// French ledger's lettrage, `Let.`; SAP's clearing document, `Ausgleichsbeleg`,
/// on the invoice and on its payment) says which invoices a payment settled.
/// The lettrage was not read, and oldest first settled the older invoice the
/// ledger leaves open; SAP's payment named its own number, "not in the file",
/// and stayed unapplied beside the invoice it cleared.
#[test]
fn a_matching_code_says_which_invoices_a_payment_settled() {
    // F0012 (1,200.00, due 01/04) unlettered: open. F0020 and F0025 lettered AB
    // with R0007 (700.00 = 500.00 + 200.00): settled. R0009 (100.00) names
    // nothing: oldest first, it takes 100.00 off F0012, not off AB's invoices.
    let lettrage = "Compte;Date;Journal;N° pièce;Libellé;Échéance;Débit;Crédit;Let.\n\
                    411ACME;02/03/2026;VT;F0012;Facture ACME;01/04/2026;1 200,00;;\n\
                    411ACME;20/04/2026;VT;F0020;Facture ACME;20/05/2026;500,00;;AB\n\
                    411ACME;22/04/2026;VT;F0025;Facture ACME;22/05/2026;200,00;;AB\n\
                    411ACME;10/05/2026;BQ;R0009;Règlement ACME;;;100,00;\n\
                    411ACME;25/05/2026;BQ;R0007;Règlement ACME;;;700,00;AB\n\
                    411ACME;20/06/2026;VT;F0031;Facture ACME;20/07/2026;99,99;;\n";
    let options = ImportOptions { default_currency: Some("EUR".into()), ..Default::default() };
    let read = import(lettrage.as_bytes(), &options).unwrap();
    assert_eq!(column(&read, "Let.").field, Field::AppliesTo);
    assert!(warnings_about(&read, "left unapplied").is_empty(), "{:?}", warnings(&read));
    // At 30/06: F0012 1,200.00 − 100.00 = 1,100.00, 90 days past 01/04 (61–90);
    // F0031 99.99 not due. 1,100.00 + 99.99 = 1,199.99.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "99.99", "0.00", "0.00", "1100.00", "0.00", "0.00", "0.00", "1199.99"]]
    );
    // SAP: the payment 1400000007 clears 1800000020 (both carry its number).
    let sap = "Konto;Belegnummer;Belegart;Belegdatum;Nettofälligkeit;Betrag in HW;Hauswährung;Ausgleichsbeleg\n\
               100045;1800000012;RV;02.03.2026;01.04.2026;1.200,00;EUR;\n\
               100045;1800000020;RV;20.04.2026;20.05.2026;500,00;EUR;1400000007\n\
               100045;1400000007;DZ;25.05.2026;25.05.2026;-500,00;EUR;1400000007\n";
    let read = import(sap.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(warnings_about(&read, "left unapplied").is_empty(), "{:?}", warnings(&read));
    // 1800000012: 1,200.00, 90 days past 01.04 (61–90); nothing else open.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "0.00", "0.00", "1200.00", "0.00", "0.00", "0.00", "1200.00"]]
    );
}

/// Invoice numbers each customer's own (numbered per branch or series): a
/// payment naming `1001` settled the first invoice of that number in the file,
/// another customer's — Beta's 200.00 paid Acme's 100.00 invoice, left Beta's
/// open and 100.00 of credit beside it. The credit's own customer's invoice of
/// the number comes first; another's only when its customer has none.
#[test]
fn a_payment_settles_its_own_customers_invoice_of_a_number_others_share() {
    let csv = "Type,Number,Customer,Date,Due,Amount,Applies to,Currency\n\
               Invoice,1001,Acme,2026-03-02,2026-04-01,100.00,,EUR\n\
               Invoice,1001,Beta,2026-03-05,2026-04-04,200.00,,EUR\n\
               Payment,P1,Beta,2026-04-10,,200.00,1001,EUR\n\
               Invoice,2002,Acme,2026-03-06,2026-04-05,40.00,,EUR\n\
               Payment,P2,Gamma,2026-04-12,,40.00,2002,EUR\n";
    let read = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    // Acme's 1001 (100.00, due 01/04, 90 days: 61–90) open; Beta's settled by P1.
    // Gamma has no 2002: P2 settles Acme's, as before. 100.00 owed.
    assert_eq!(
        aging(&read, "2026-06-30"),
        [["EUR", "0.00", "0.00", "0.00", "100.00", "0.00", "0.00", "0.00", "100.00"]]
    );
}

/// Files chosen together, each a header alone: the first is read (files with
/// no rows are not judged alike) and said to list no documents, offering the
/// other file — a file, not a "sheet", as a bundle of text files has none.
#[test]
fn files_chosen_together_with_no_rows_offer_another_file() {
    let head = b"Invoice,Customer,Date,Due,Amount\n".to_vec();
    let bundled =
        arlens::import::bundle(&[("jan.csv".to_owned(), head.clone()), ("feb.csv".to_owned(), head)])
            .unwrap();
    let out =
        import(&bundled, &ImportOptions { file_name: Some(String::new()), ..Default::default() }).unwrap();
    assert_eq!(
        warnings_about(&out, "no rows under the header"),
        [
            "file \"jan.csv\", row 1: no rows under the header: the file lists no documents, so there is nothing to age and every figure is 0 (an export filtered to nothing, or a template?); choose another file if the documents are in one"
        ]
    );
}
