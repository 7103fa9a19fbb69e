//! Export headers in thirty-two languages mapped to ledger fields: a committed list
//! of real headers with their sources (`tests/fixtures/headers/`), whole header
//! rows where fields compete, currencies named in headers, and files that used
//! to be refused imported end to end.

use crate::shared::fixture;
use arlens::import::{ColumnMap, Confidence, Field, Overrides};
use arlens::{ImportOptions, Ledger, Options, import};

fn field(code: &str) -> Field {
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .unwrap_or_else(|e| panic!("{code}: {e}"))
}

fn map(headers: &[&str]) -> ColumnMap {
    let headers: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    ColumnMap::from_headers(&headers, &Overrides::new())
}

#[test]
fn every_real_export_header_maps_to_its_field() {
    let list = String::from_utf8(fixture("headers/real-export-headers.tsv")).unwrap();
    let mut wrong = Vec::new();
    let mut checked = 0;
    for line in list.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let parts: Vec<&str> = line.split('\t').collect();
        let [system, language, header, want, source] = parts[..] else { panic!("malformed line {line:?}") };
        assert!(!source.is_empty(), "{header:?} has no source");
        let got = map(&[header]).columns.first().map(|c| c.field);
        if got != Some(field(want)) {
            wrong.push(format!("{system} ({language}) {header:?}: want {want}, got {got:?}"));
        }
        checked += 1;
    }
    assert!(checked >= 100, "the list has {checked} headers");
    assert!(wrong.is_empty(), "{} of {checked} headers mapped wrongly:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn whole_header_rows_give_each_field_its_column() {
    // (header row, the field of each column; None: left unmapped)
    let rows: &[(&[&str], &[Option<&str>])] = &[
        (
            // Stripe's invoices export: its dates' names end in the time zone, in brackets
            // (`Due Date (UTC)` was read by no name: the dates were placed by their content,
            // the due date column left unread). `Created` beside `Date` is the record's
            // creation, not read as the invoice date.
            &[
                "id",
                "Created (UTC)",
                "Date (UTC)",
                "Due Date (UTC)",
                "Customer Name",
                "Total",
                "Amount Due",
                "Currency",
            ],
            &[
                Some("documentId"),
                None,
                Some("invoiceDate"),
                Some("dueDate"),
                Some("customerName"),
                Some("amount"),
                Some("openBalance"),
                Some("currency"),
            ],
        ),
        (
            // A Brazilian ERP's receivables list (abbreviated, upper case, underscores).
            &[
                "Nº Título",
                "Cliente",
                "Emissão",
                "DAT_VENCIMENTO",
                "Valor do Título",
                "VLR_SALDO",
                "Situação",
            ],
            &[
                Some("documentId"),
                Some("customerName"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("openBalance"),
                Some("status"),
            ],
        ),
        (
            // Serbian in Cyrillic: terms written in Latin letters fit (`Шифра партнера`
            // is `Šifra partnera`, `Отворени износ` `Otvoreni iznos`).
            &[
                "Шифра партнера",
                "Назив купца",
                "Број рачуна",
                "Датум издавања",
                "Датум доспећа",
                "Износ",
                "Уплаћено",
                "Преостали дуг",
            ],
            &[
                Some("customerId"),
                Some("customerName"),
                Some("documentId"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("amountPaid"),
                Some("openBalance"),
            ],
        ),
        (
            // SAP Business One in Spanish.
            &[
                "Nº documento",
                "Código de cliente",
                "Nombre del cliente",
                "Fecha de contabilización",
                "Fecha de vencimiento",
                "Importe",
                "Saldo pendiente",
                "Moneda",
            ],
            &[
                Some("documentId"),
                Some("customerId"),
                Some("customerName"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("openBalance"),
                Some("currency"),
            ],
        ),
        (
            // SAP FBL5N in German.
            &[
                "Konto",
                "Belegnummer",
                "Belegart",
                "Belegdatum",
                "Nettofälligkeit",
                "Betrag in Hauswährung",
                "Hauswährung",
                "Ausgleichsdatum",
            ],
            &[
                Some("customerId"),
                Some("documentId"),
                Some("documentType"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("currency"),
                Some("paidDate"),
            ],
        ),
        (
            // French and Italian invoice lists.
            &["N° facture", "Client", "Date de facture", "Échéance", "Montant TTC", "Reste à payer"],
            &[
                Some("documentId"),
                Some("customerName"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("openBalance"),
            ],
        ),
        (
            &[
                "Numero fattura",
                "Ragione sociale",
                "Data documento",
                "Data scadenza",
                "Importo",
                "Importo residuo",
                "Valuta",
            ],
            &[
                Some("documentId"),
                Some("customerName"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("openBalance"),
                Some("currency"),
            ],
        ),
        (
            // Dutch, with a column arlens has no field for.
            &[
                "Factuurnummer",
                "Klantnaam",
                "Factuurdatum",
                "Vervaldatum",
                "Omschrijving",
                "Openstaand bedrag",
            ],
            &[
                Some("documentId"),
                Some("customerName"),
                Some("invoiceDate"),
                Some("dueDate"),
                None,
                Some("openBalance"),
            ],
        ),
        (
            // JD Edwards' open receivables (its column titles): the address book number
            // and name, the document type (`RI`, `RM`); the pay item is left.
            &[
                "Address Number",
                "Alpha Name",
                "Doc Ty",
                "Document Number",
                "Pay Item",
                "Invoice Date",
                "Due Date",
                "Gross Amount",
                "Open Amount",
            ],
            &[
                Some("customerId"),
                Some("customerName"),
                Some("documentType"),
                Some("documentId"),
                None,
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("openBalance"),
            ],
        ),
        (
            // Primavera (Portugal): the entity's code beside its name.
            &["Entidade", "Nome", "Documento", "Data Doc.", "Data Venc.", "Valor Total", "Valor Pendente"],
            &[
                Some("customerId"),
                Some("customerName"),
                Some("documentId"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("amount"),
                Some("openBalance"),
            ],
        ),
        (
            // Amounts with their tax, named by the words saying so (Lexware, Moneybird,
            // a French `TTC`): the amount owed.
            &["Belegnummer", "Betrag brutto", "Offener Betrag"],
            &[Some("documentId"), Some("amount"), Some("openBalance")],
        ),
        (
            &["Factuurnummer", "Totaalbedrag incl. btw", "Openstaand bedrag"],
            &[Some("documentId"), Some("amount"), Some("openBalance")],
        ),
        (
            &["N° facture", "Montant TTC", "Reste dû"],
            &[Some("documentId"), Some("amount"), Some("openBalance")],
        ),
        (
            // Chargebee: the company beside the customer's id; HubSpot's and Square's amounts.
            &["Customer Id", "Customer Company", "Amount Due"],
            &[Some("customerId"), Some("customerName"), Some("openBalance")],
        ),
        (&["Amount billed", "Balance due"], &[Some("amount"), Some("openBalance")]),
        (&["Requested Amount", "Amount Remaining"], &[Some("amount"), Some("openBalance")]),
        (
            // Business Central's posted sales invoices: the customer billed, not
            // the one sold to, is the one who owes (both were left unmapped).
            &[
                "No.",
                "Sell-to Customer No.",
                "Sell-to Customer Name",
                "Bill-to Customer No.",
                "Bill-to Name",
                "Due Date",
                "Remaining Amount",
            ],
            &[
                Some("documentId"),
                None,
                None,
                Some("customerId"),
                Some("customerName"),
                Some("dueDate"),
                Some("openBalance"),
            ],
        ),
        (
            // Billing systems of other trades: a practice's clients, a school's
            // students, a landlord's tenants (each left unmapped, every row under
            // one account when its names did not repeat).
            &["Client Name", "Client ID", "Invoice #", "Date Issued", "Outstanding"],
            &[
                Some("customerName"),
                Some("customerId"),
                Some("documentId"),
                Some("invoiceDate"),
                Some("openBalance"),
            ],
        ),
        (
            &["Student ID", "Student Name", "Balance Due"],
            &[Some("customerId"), Some("customerName"), Some("openBalance")],
        ),
        (&["Tenant", "Unit", "Amount Receivable"], &[Some("customerName"), None, Some("openBalance")]),
        (
            // A Colombian ledger's third party; a Brazilian boleto list's payer (read
            // as the amount paid, `pagado`, and every row refused); Italian, German
            // and Dutch names of the customer's name.
            &["Tercero", "Factura", "Fecha", "Vencimiento", "Saldo"],
            &[
                Some("customerName"),
                Some("documentId"),
                Some("invoiceDate"),
                Some("dueDate"),
                Some("openBalance"),
            ],
        ),
        (&["Pagador", "Vencimento", "Valor"], &[Some("customerName"), Some("dueDate"), Some("amount")]),
        (&["Ragione Sociale Cliente", "Anagrafica"], &[Some("customerName"), None]),
        (&["Debitor Name", "Relatienaam"], &[Some("customerName"), None]),
    ];
    for (headers, want) in rows {
        let m = map(headers);
        let got: Vec<Option<Field>> =
            (0..headers.len()).map(|i| m.columns.iter().find(|c| c.index == i).map(|c| c.field)).collect();
        let want: Vec<Option<Field>> = want.iter().map(|w| w.map(field)).collect();
        assert_eq!(got, want, "{headers:?}");
    }
}

#[test]
fn a_currency_in_a_header_is_the_columns_currency() {
    for (header, want) in [
        ("Amount (ILS)", Some("ILS")),
        ("Open Advance (ILS)", Some("ILS")),
        ("Saldo R$", Some("BRL")),
        ("Betrag EUR", Some("EUR")),
        ("Montant (€)", Some("EUR")),
        ("Amount ($)", None), // `$` alone names no currency
        ("Amount", None),
        ("Amount in doc. curr.", None),
        ("converted_usd", Some("USD")),
        // A currency named in words in brackets (CLDR's names, any language).
        ("Balance (US Dollars)", Some("USD")),
        ("Pendiente (euros)", Some("EUR")),
        ("未收金额（人民币）", Some("CNY")),
        ("金额(人民币)", Some("CNY")),
        // Dollars a country's letters mark (`CA$` was read as `A$`, the Australian).
        ("Amount (CA$)", Some("CAD")),
        ("Balance NT$", Some("TWD")),
        ("Outstanding (HK$)", Some("HKD")),
        ("Amount S$", Some("SGD")),
        ("Amount (US$)", Some("USD")),
        // Letters that are a symbol when they alone fill the brackets.
        ("Jumlah (RM)", Some("MYR")),
        ("Sisa (Rp)", Some("IDR")),
        ("Összeg (Ft)", Some("HUF")),
        ("Сума (лв.)", Some("BGN")),
    ] {
        let m = map(&[header]);
        assert_eq!(m.columns.first().map(|c| c.currency.as_deref()), Some(want), "{header:?}");
    }
}

#[test]
fn files_in_other_languages_import_and_age() {
    // Spanish, semicolons, decimal commas, the currency in the amount's header.
    let csv = "Nº factura;Cliente;Fecha de emisión;Fecha de vencimiento;Importe (EUR)\n\
               F-1;Acme SL;01/02/2024;02/03/2024;1.210,00\n\
               F-2;Acme SL;15/03/2024;14/04/2024;500,50\n";
    let ledger = Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let report = ledger.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    let eur = &report.aging.currencies[0];
    assert_eq!(eur.currency, "EUR");
    // F-1 due 2 March: 29 days past due on 31 March → 1–30; F-2 due 14 April: not due.
    assert_eq!(eur.buckets[0].to_string(), "1210.00");
    assert_eq!(eur.not_due.to_string(), "500.50");
    assert_eq!(eur.open_total.to_string(), "1710.50"); // 1,210.00 + 500.50
    // Portuguese, abbreviated upper-case headers, a balance column, R$ in the header.
    let csv = "NUM_DOC,COD_CLIENTE,NOME_CLIENTE,DAT_EMISSAO,DAT_VENCIMENTO,VLR_TITULO,VLR_SALDO R$\n\
               100,C1,Padaria Sol,2024-01-10,2024-02-09,\"1.000,00\",\"400,00\"\n\
               101,C1,Padaria Sol,2024-03-01,2024-03-31,\"250,00\",\"250,00\"\n";
    let ledger = Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let mapping = &ledger.summary().import.mapping;
    assert!(mapping.unmapped.is_empty(), "{:?}", mapping.unmapped);
    let report = ledger.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    let brl = &report.aging.currencies[0];
    assert_eq!(brl.currency, "BRL");
    // Doc 100: 400.00 open, due 9 Feb → 51 days → 31–60; doc 101 due today: not due.
    assert_eq!((brl.buckets[1].to_string(), brl.not_due.to_string()), ("400.00".into(), "250.00".into()));
}

/// Open-item lists in ten more languages (`tests/fixtures/languages/`, written in the
/// layouts their systems export: see the fixtures' README), aged at 2026-06-30: every
/// header that names a field is mapped by its name, and the figures are the hand-computed ones.
#[test]
fn open_items_in_twenty_eight_more_languages_map_by_their_headers() {
    // (file, the language named, headers left unmapped, aging rows per currency:
    // not due, 1–30, 31–60, 61–90, 91–120, 121+, credits, open total)
    type Case<'a> = (&'a str, &'a str, &'a [&'a str], &'a [[&'a str; 9]]);
    let cases: &[Case] = &[
        // ABC 12,300.00 due 19 May (42 days) and 1,920.00 due 1 June (29); Nowak 861.00
        // due 4 May (57) and 2,460.00 due 16 June (14); Eksport 3,150.50 EUR due 21 June (9).
        (
            "pl.csv",
            "Polish",
            &["NIP"],
            &[
                ["EUR", "0.00", "3150.50", "0.00", "0.00", "0.00", "0.00", "0.00", "3150.50"],
                ["PLN", "0.00", "4380.00", "13161.00", "0.00", "0.00", "0.00", "0.00", "17541.00"],
            ],
        ),
        // 15,000.00 due 3 June (27 days), 3,250.00 left of 20467 due 19 June (11),
        // 22,400.00 due 10 July; Nordic 1,980.00 EUR due 2 May (59).
        (
            "sv.csv",
            "Swedish",
            &[],
            &[
                ["EUR", "0.00", "0.00", "1980.00", "0.00", "0.00", "0.00", "0.00", "1980.00"],
                ["SEK", "22400.00", "18250.00", "0.00", "0.00", "0.00", "0.00", "0.00", "40650.00"],
            ],
        ),
        // 12,500.00 due 31 May (30 days); 4,375.00 due 15 July.
        (
            "da.csv",
            "Danish or Norwegian",
            &[],
            &[["DKK", "4375.00", "12500.00", "0.00", "0.00", "0.00", "0.00", "0.00", "16875.00"]],
        ),
        // 1,240.00 due 16 May (45 days); 720.00 left of 10245 due 3 June (27).
        (
            "fi.csv",
            "Finnish",
            &[],
            &[["EUR", "0.00", "720.00", "1240.00", "0.00", "0.00", "0.00", "0.00", "1960.00"]],
        ),
        // 60,500.00 due 18 May (43 days); 2,100.00 left due 3 June (27); 4,840.00 due
        // 24 April (6 + 31 + 30 = 67). IČO, the company number, is the customer's id.
        (
            "cs.csv",
            "Czech or Slovak",
            &[],
            &[["CZK", "0.00", "2100.00", "60500.00", "4840.00", "0.00", "0.00", "0.00", "67440.00"]],
        ),
        // 48,500.00 due 2 June (28 days), 2,750.00 left due 20 June (10), 9,800.00 due
        // 15 May (46); 1,250.00 EUR due 5 July. The account code 120.01.001 is an id.
        (
            "tr.csv",
            "Turkish",
            &[],
            &[
                ["EUR", "1250.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1250.00"],
                ["TRY", "0.00", "51250.00", "9800.00", "0.00", "0.00", "0.00", "0.00", "61050.00"],
            ],
        ),
        // 120,000.00 due 4 June (26 days), 5,600.00 left due 20 June (10), 98,000.00 due
        // 14 May (47). ИНН, the tax number, is the customer's id.
        (
            "ru.csv",
            "Russian or Ukrainian",
            &[],
            &[["RUB", "0.00", "125600.00", "98000.00", "0.00", "0.00", "0.00", "0.00", "223600.00"]],
        ),
        // 1,100,000 due 31 May (30 days); 250,000 left due 30 June (due today: not due);
        // 330,000 due 10 May (51); 2,200,000 due 31 July. Yen have no minor units.
        (
            "ja.csv",
            "Japanese",
            &[],
            &[["JPY", "2450000", "1100000", "330000", "0", "0", "0", "0", "3880000"]],
        ),
        // 113,000.00 due 31 May (30 days), 16,500.00 left due 17 June (13), 22,600.00 due
        // 12 May (49); 8,000.00 USD due 3 July.
        (
            "zh.csv",
            "Chinese",
            &[],
            &[
                ["CNY", "0.00", "129500.00", "22600.00", "0.00", "0.00", "0.00", "0.00", "152100.00"],
                ["USD", "8000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "8000.00"],
            ],
        ),
        // 3,300,000 due 5 June (25 days), 600,000 left due 24 June (6), 5,500,000 due
        // 15 May (46). Won have no minor units.
        ("ko.csv", "Korean", &[], &[["KRW", "0", "3900000", "5500000", "0", "0", "0", "0", "9400000"]]),
        // Arabic-Indic digits with the Arabic separators (`١٢٬٥٠٠٫٠٠`): 12,500.00 due 31 May
        // (30 days), 3,250.50 left due 19 June (11), 4,700.00 due 1 May (60), 9,900.00
        // due 20 July.
        (
            "ar.csv",
            "Arabic",
            &[],
            &[["SAR", "9900.00", "15750.50", "4700.00", "0.00", "0.00", "0.00", "0.00", "30350.50"]],
        ),
        // Persian digits, Solar Hijri dates (1405/01/01 is 21 March 2026; 30 June is
        // 1405/04/09): 125,000,000 due 1405/03/01 = 22 May (39 days); 30,000,000 left due
        // 1405/04/15 = 6 July; 45,000,000 due 1405/02/10 = 30 April (61) and 15,500,000 due
        // 1405/01/20 = 9 April (82).
        (
            "fa.csv",
            "Persian",
            &[],
            &[[
                "IRR",
                "30000000.00",
                "0.00",
                "125000000.00",
                "60500000.00",
                "0.00",
                "0.00",
                "0.00",
                "215500000.00",
            ]],
        ),
        // 11,700.00 due 31 May (30 days), 1,680.00 left due 14 June (16), 2,340.00 due 1 May
        // (60), 9,360.00 due 20 July.
        (
            "he.csv",
            "Hebrew",
            &[],
            &[["ILS", "9360.00", "13380.00", "2340.00", "0.00", "0.00", "0.00", "0.00", "25080.00"]],
        ),
        // Buddhist-era years (2569 is 2026): 53,500.00 due 31 May (30 days), 10,700.00 left
        // due 19 June (11), 8,560.00 due 10 May (51), 32,100.00 due 25 July.
        (
            "th.csv",
            "Thai",
            &[],
            &[["THB", "32100.00", "64200.00", "8560.00", "0.00", "0.00", "0.00", "0.00", "104860.00"]],
        ),
        // `Rp 11.100.000,00`: 11,100,000.00 due 31 May (30 days), 2,775,000.00 left due
        // 19 June (11), 3,330,000.00 due 2 May (59), 7,770,000.00 due 25 July.
        (
            "id.csv",
            "Indonesian or Malay",
            &[],
            &[[
                "IDR",
                "7770000.00",
                "13875000.00",
                "3330000.00",
                "0.00",
                "0.00",
                "0.00",
                "0.00",
                "24975000.00",
            ]],
        ),
        // Dong have no minor units: 55,000,000 due 31 May (30 days), 11,000,000 left due
        // 19 June (11), 8,800,000 due 10 May (51), 33,000,000 due 25 July.
        (
            "vi.csv",
            "Vietnamese",
            &[],
            &[["VND", "33000000", "66000000", "8800000", "0", "0", "0", "0", "107800000"]],
        ),
        // 60,500.00 due 18 May (43 days); 2,100.00 left due 3 June (27); 4,840.00 due 24 April (67).
        (
            "hu.csv",
            "Hungarian",
            &[],
            &[["HUF", "0.00", "2100.00", "60500.00", "4840.00", "0.00", "0.00", "0.00", "67440.00"]],
        ),
        // 1,240.00 due 31 May (30 days), 720.00 left due 14 June (16), 2,480.00 due 16 May (45).
        (
            "el.csv",
            "Greek",
            &[],
            &[["EUR", "0.00", "1960.00", "2480.00", "0.00", "0.00", "0.00", "0.00", "4440.00"]],
        ),
        // 5,950.00 due 31 May (30 days), 1,190.00 left due 19 June (11), 11,900.00 due 10 May (51).
        (
            "ro.csv",
            "Romanian",
            &[],
            &[["RON", "0.00", "7140.00", "11900.00", "0.00", "0.00", "0.00", "0.00", "19040.00"]],
        ),
        // The next seven alike: 12,500.00 (or 1,250.00) due 31 May (30 days), 2,500.00 (250.00)
        // left due 19 June (11), 4,700.00 (470.00) due 10 May (51).
        (
            "uk.csv",
            "Russian or Ukrainian",
            &[],
            &[["UAH", "0.00", "15000.00", "4700.00", "0.00", "0.00", "0.00", "0.00", "19700.00"]],
        ),
        (
            "hr.csv",
            "Croatian, Serbian or Bosnian",
            &[],
            &[["EUR", "0.00", "1500.00", "470.00", "0.00", "0.00", "0.00", "0.00", "1970.00"]],
        ),
        (
            "sl.csv",
            "Slovenian",
            &[],
            &[["EUR", "0.00", "1500.00", "470.00", "0.00", "0.00", "0.00", "0.00", "1970.00"]],
        ),
        (
            "bg.csv",
            "Bulgarian",
            &[],
            &[["BGN", "0.00", "15000.00", "4700.00", "0.00", "0.00", "0.00", "0.00", "19700.00"]],
        ),
        (
            "lt.csv",
            "Lithuanian",
            &[],
            &[["EUR", "0.00", "1500.00", "470.00", "0.00", "0.00", "0.00", "0.00", "1970.00"]],
        ),
        (
            "lv.csv",
            "Latvian",
            &[],
            &[["EUR", "0.00", "1500.00", "470.00", "0.00", "0.00", "0.00", "0.00", "1970.00"]],
        ),
        (
            "et.csv",
            "Estonian",
            &[],
            &[["EUR", "0.00", "1500.00", "470.00", "0.00", "0.00", "0.00", "0.00", "1970.00"]],
        ),
        // `राशि (₹)`, Indian digit groups (`1,25,000.00`), Hindi month names (`01 मई 2026`):
        // 1,25,000.00 due 31 May (30 days) and 12,500.00 left due 19 June (11) in 1–30;
        // 8,560.00 due 10 May (51) in 31–60; 3,21,000.00 due 25 July not due.
        (
            "hi.csv",
            "Hindi or Marathi",
            &[],
            &[["INR", "321000.00", "137500.00", "8560.00", "0.00", "0.00", "0.00", "0.00", "467060.00"]],
        ),
        // Bengali digits in dates and amounts, Bengali month names (`৩১ মে ২০২৬`): 50,000.00
        // due 31 May (30 days) and 7,500.00 left due 19 June (11) in 1–30; 12,345.50 due
        // 10 May (51) in 31–60; 98,760.00 due 25 July not due.
        (
            "bn.csv",
            "Bengali",
            &[],
            &[["BDT", "98760.00", "57500.00", "12345.50", "0.00", "0.00", "0.00", "0.00", "168605.50"]],
        ),
    ];
    for (file, language, unmapped, expected) in cases {
        let imported = import(&fixture(&format!("languages/{file}")), &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        let mapping = &imported.report.mapping;
        assert_eq!(mapping.unmapped, *unmapped, "{file}");
        // Each column by its name, not its content (a word several languages share,
        // `Saldo`, `Valuta`, is named by the first table that lists it).
        for column in &mapping.columns {
            assert!(column.reason.contains("name"), "{file}: {}", column.reason);
            assert!(!column.reason.starts_with("from the content"), "{file}: {}", column.reason);
        }
        let named = mapping.columns.iter().filter(|c| c.reason.contains(language)).count();
        assert!(named >= 4, "{file}: {named} columns named as {language}");
        assert!(mapping.columns.iter().all(|c| c.confidence != Confidence::Low), "{file}");
        let fields: Vec<Field> = mapping.columns.iter().map(|c| c.field).collect();
        for field in
            [Field::CustomerName, Field::DocumentId, Field::InvoiceDate, Field::DueDate, Field::OpenBalance]
        {
            assert!(fields.contains(&field), "{file}: no {field:?} in {fields:?}");
        }
        assert!(imported.report.skipped.is_empty(), "{file}: {:?}", imported.report.skipped);
        let rows = crate::shared::aging_rows(&imported, "2026-06-30");
        assert_eq!(rows, expected.iter().map(|r| r.map(String::from).to_vec()).collect::<Vec<_>>(), "{file}");
    }
}

/// Dates in other calendars are read as the Gregorian dates they are, and said so,
/// once per column, with the first date's text and what it was read as.
#[test]
fn dates_in_other_calendars_are_converted_and_said() {
    for (file, calendar, first) in [
        ("fa.csv", "Solar Hijri (Persian) calendar", r#""۱۴۰۵/۰۲/۰۱" is 2026-04-21"#),
        ("th.csv", "Thai solar calendar (Buddhist era years)", r#""01/05/2569" is 2026-05-01"#),
        // Taiwan's Minguo years (were "not a date": every row refused).
        ("zh-tw.csv", "Minguo (Republic of China) calendar", r#""115/05/01" is 2026-05-01"#),
    ] {
        let imported = import(&fixture(&format!("languages/{file}")), &ImportOptions::default()).unwrap();
        let said: Vec<&str> = imported
            .report
            .warnings
            .iter()
            .map(|w| w.message.as_str())
            .filter(|m| m.contains(calendar))
            .collect();
        // The invoice date and the due date columns, each said once.
        assert_eq!(said.len(), 2, "{file}: {said:?}");
        assert!(said[0].starts_with("4 dates in this column are written in the"), "{file}: {}", said[0]);
        assert!(said[0].contains(first), "{file}: {}", said[0]);
    }
    // NT$ is the Taiwan dollar: 113,000 (due 31 May, 30 days) + 16,500 (17 June, 13) in
    // 1–30; 22,600 (12 May, 49) in 31–60; 8,000 (3 July) not due; 160,100 in all.
    let taiwan = import(&fixture("languages/zh-tw.csv"), &ImportOptions::default()).unwrap();
    assert_eq!(
        crate::shared::aging_rows(&taiwan, "2026-06-30"),
        [["TWD", "8000.00", "129500.00", "22600.00", "0.00", "0.00", "0.00", "0.00", "160100.00"]]
    );
    // Thai headers are quoted as written, their vowel signs not escaped (`ว\u{e31}น…`).
    let thai = import(&fixture("languages/th.csv"), &ImportOptions::default()).unwrap();
    let due = thai.report.warnings.iter().find(|w| w.message.contains("31/05/2569")).unwrap();
    assert_eq!(due.position.to_string(), r#"row 2, column E ("วันครบกำหนด")"#);
    let mapped = thai.report.mapping.columns.iter().find(|c| c.field == Field::DueDate).unwrap();
    assert!(mapped.reason.starts_with(r#"header "วันครบกำหนด" is a known Thai name"#), "{}", mapped.reason);
    // Gregorian dates, in Arabic-Indic digits, are said nothing about.
    let arabic = import(&fixture("languages/ar.csv"), &ImportOptions::default()).unwrap();
    assert!(
        arabic.report.warnings.iter().all(|w| !w.message.contains("calendar")),
        "{:?}",
        arabic.report.warnings
    );
}

/// Headers in a language arlens has no table for (Swahili), so every column is
/// mapped from its content: the customer's account code (`120.01.001`, groups of three
/// then two digits) is no amount, and neither is the tax number beside it (eight digits
/// on every row) while the invoice amounts are there to take.
#[test]
fn content_mapping_passes_over_account_codes_and_tax_numbers() {
    let imported = import(&fixture("languages/sw-unknown-headers.csv"), &ImportOptions::default()).unwrap();
    let mapped: Vec<(&str, Field)> =
        imported.report.mapping.columns.iter().map(|c| (c.header.as_str(), c.field)).collect();
    assert!(mapped.contains(&("Kiasi", Field::Amount)), "{mapped:?}");
    assert!(mapped.contains(&("Kilichobaki", Field::OpenBalance)), "{mapped:?}");
    assert!(!mapped.iter().any(|(h, _)| *h == "Namba ya kodi"), "{mapped:?}");
    assert!(imported.report.mapping.columns.iter().all(|c| c.reason.starts_with("from the content")));
    // 60,500.00 due 18 May (43 days); 2,100.00 left due 3 June (27); 4,840.00 due 24 April (67).
    let rows = crate::shared::aging_rows(&imported, "2026-06-30");
    let open: Vec<&[String]> = rows.iter().map(|r| &r[1..]).collect();
    assert_eq!(open, [["0.00", "2100.00", "60500.00", "4840.00", "0.00", "0.00", "0.00", "67440.00"]]);
}

/// A German transaction ledger (SAP-like, in words): "Rechnung", "Zahlung" and
/// "Gutschrift" give each entry its kind, so the credit note counts as one (not as
/// money collected), and the document-type column is read with confidence.
#[test]
fn document_types_in_other_languages_give_each_entry_its_kind() {
    let csv = "Belegart;Belegnummer;Kundennummer;Kunde;Belegdatum;Fälligkeit;Betrag;Währung;Ausgleichsbeleg\n\
               Rechnung;R-1001;K1;Müller GmbH;02.05.2026;01.06.2026;1.190,00;EUR;\n\
               Rechnung;R-1002;K1;Müller GmbH;15.05.2026;14.06.2026;595,00;EUR;\n\
               Zahlung;Z-501;K1;Müller GmbH;10.06.2026;10.06.2026;-1.190,00;EUR;R-1001\n\
               Gutschrift;G-77;K1;Müller GmbH;20.06.2026;20.06.2026;-95,00;EUR;R-1002\n\
               Rechnung;R-1003;K2;Schmidt AG;01.04.2026;01.05.2026;2.380,00;EUR;\n";
    let imported = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let kinds: Vec<(&str, arlens::EntryKind)> =
        imported.ledger.entries.iter().map(|e| (e.id.as_str(), e.kind)).collect();
    use arlens::EntryKind::{CreditNote, Invoice, Payment};
    assert_eq!(
        kinds,
        [
            ("R-1001", Invoice),
            ("R-1002", Invoice),
            ("Z-501", Payment),
            ("G-77", CreditNote),
            ("R-1003", Invoice)
        ]
    );
    let types = imported.report.mapping.columns.iter().find(|c| c.field == Field::DocumentType).unwrap();
    assert_eq!(types.confidence, Confidence::High, "{}", types.reason);
    // R-1001 settled by Z-501; R-1002 595.00 − 95.00 = 500.00 due 14 June (16 days → 1–30);
    // R-1003 2,380.00 due 1 May (30 + 30 = 60 days → 31–60).
    assert_eq!(
        crate::shared::aging_rows(&imported, "2026-06-30"),
        [["EUR", "0.00", "500.00", "2380.00", "0.00", "0.00", "0.00", "0.00", "2880.00"]]
    );
}

/// A Hindi transaction list as Tally writes one (voucher types, party names, a status
/// column): sales are invoices, a receipt a payment, a credit note a credit; the
/// statuses are read (cancelled left out, disputed kept apart). The document number's
/// header is written with the precomposed `ज़` (U+095B), the table's with `ज` and the
/// nukta; `का` ("of") is a stop word.
#[test]
fn a_hindi_transaction_list_reads_its_voucher_types_and_statuses() {
    let csv = "वाउचर प्रकार,दस्तावे\u{95b} संख्या,पार्टी का नाम,दिनांक,देय तिथि,राशि,मुद्रा,स्थिति\n\
               बिक्री,S-1,मेहता स्टोर्स,02-05-2026,01-06-2026,\"11,800.00\",INR,बकाया\n\
               बिक्री,S-2,मेहता स्टोर्स,15-05-2026,14-06-2026,\"5,900.00\",INR,आंशिक भुगतान\n\
               रसीद,R-1,मेहता स्टोर्स,10-06-2026,10-06-2026,\"-11,800.00\",INR,\n\
               क्रेडिट नोट,C-1,मेहता स्टोर्स,20-06-2026,20-06-2026,-900.00,INR,\n\
               बिक्री,S-3,जैन ब्रदर्स,01-04-2026,01-05-2026,\"23,600.00\",INR,रद्द\n\
               बिक्री,S-4,जैन ब्रदर्स,01-04-2026,01-05-2026,\"4,720.00\",INR,विवादित\n";
    let imported = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let mapping = &imported.report.mapping;
    assert!(mapping.unmapped.is_empty(), "{:?}", mapping.unmapped);
    assert!(mapping.columns.iter().all(|c| c.reason.contains("Hindi or Marathi")), "{:?}", mapping.columns);
    let kinds: Vec<(&str, arlens::EntryKind, bool)> =
        imported.ledger.entries.iter().map(|e| (e.id.as_str(), e.kind, e.disputed)).collect();
    use arlens::EntryKind::{CreditNote, Invoice, Payment};
    assert_eq!(
        kinds,
        [
            ("S-1", Invoice, false),
            ("S-2", Invoice, false),
            ("R-1", Payment, false),
            ("C-1", CreditNote, false),
            ("S-4", Invoice, true)
        ]
    );
    // S-3 `रद्द` (cancelled): left out, said.
    assert!(
        imported.report.skipped.iter().any(|s| s.reason.contains("cancelled")),
        "{:?}",
        imported.report.skipped
    );
    assert!(!imported.report.warnings.iter().any(|w| w.message.contains("does not know")));
    // R-1 settles S-1 (oldest first); S-2 5,900.00 due 14 June (16 days → 1–30); S-4
    // 4,720.00 due 1 May (60 days → 31–60, disputed); C-1's 900.00 a credit left open:
    // 5,900.00 + 4,720.00 − 900.00 = 9,720.00.
    assert_eq!(
        crate::shared::aging_rows(&imported, "2026-06-30"),
        [["INR", "0.00", "5900.00", "4720.00", "0.00", "0.00", "0.00", "-900.00", "9720.00"]]
    );
}

/// The same open-item lists as Excel saves "CSV" on a system in each language: in its
/// code page, not UTF-8 (Shift_JIS in Japan, GBK in China, EUC-KR in Korea,
/// windows-1250/1251/1254 in central Europe, Russia and Turkey, windows-1252 in the
/// West). The encoding is recognised and the ledger is the UTF-8 file's.
#[test]
fn open_items_in_their_code_pages_read_as_in_utf8() {
    let cases = [
        ("ja.csv", encoding_rs::SHIFT_JIS),
        ("zh.csv", encoding_rs::GBK),
        ("ko.csv", encoding_rs::EUC_KR),
        ("ru.csv", encoding_rs::WINDOWS_1251),
        ("cs.csv", encoding_rs::WINDOWS_1250),
        ("pl.csv", encoding_rs::WINDOWS_1250),
        ("tr.csv", encoding_rs::WINDOWS_1254),
        ("sv.csv", encoding_rs::WINDOWS_1252),
        ("da.csv", encoding_rs::WINDOWS_1252),
    ];
    for (file, encoding) in cases {
        let utf8 = fixture(&format!("languages/{file}"));
        let text = String::from_utf8(utf8.clone()).unwrap();
        let (legacy, _, unmappable) = encoding.encode(&text);
        assert!(!unmappable, "{file} fits {}", encoding.name());
        let want = import(&utf8, &ImportOptions::default()).unwrap();
        let got = import(&legacy, &ImportOptions::default()).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(got.report.encoding.as_deref(), Some(encoding.name()), "{file}");
        assert_eq!(got.ledger.entries, want.ledger.entries, "{file}");
        assert_eq!(got.ledger.customers, want.ledger.customers, "{file}");
        assert_eq!(got.report.mapping, want.report.mapping, "{file}");
    }
}

/// A Czech export (Pohoda) in windows-1250 whose only letters beyond ASCII are in
/// its header: `Číslo` and `Měna` are too little for the detector, which took
/// windows-1252 (`Èíslo`, `Mìna`: the currency column mapped from its content
/// only, and the headers shown misspelt). The code page in which the
/// header's words are words of a language arlens reads is taken.
#[test]
fn the_header_words_decide_a_short_files_code_page() {
    let text = "Číslo;Datum;Splatno;Firma;Celkem;K likvidaci;Měna\n\
                FV260101;15.01.2026;29.01.2026;ALFA s.r.o.;12 100,00;12 100,00;CZK\n";
    let (legacy, _, unmappable) = encoding_rs::WINDOWS_1250.encode(text);
    assert!(!unmappable);
    let read = import(&legacy, &ImportOptions::default()).unwrap();
    assert_eq!(read.report.encoding.as_deref(), Some("windows-1250"));
    let mapping = &read.report.mapping;
    let headers: Vec<&str> = mapping
        .columns
        .iter()
        .map(|c| c.header.as_str())
        .chain(mapping.unmapped.iter().map(String::as_str))
        .collect();
    assert!(headers.contains(&"Měna") && headers.contains(&"Číslo"), "{headers:?}");
    let currency = read.report.mapping.columns.iter().find(|c| c.header == "Měna").unwrap();
    assert!(currency.reason.contains("a known Czech or Slovak name"), "{}", currency.reason);
    // A windows-1252 file whose header words read alike in both stays windows-1252.
    let text =
        "Kunde;Rechnungsdatum;Fälligkeit;Betrag;Währung\nMüller GmbH;15.01.2026;29.01.2026;1.190,00;EUR\n";
    let (legacy, _, _) = encoding_rs::WINDOWS_1252.encode(text);
    let read = import(&legacy, &ImportOptions::default()).unwrap();
    assert_eq!(read.report.encoding.as_deref(), Some("windows-1252"));
    assert_eq!(&*read.ledger.customers[0].name, "Müller GmbH");
}

/// A header word English shares with another language (`Client`, English and
/// French) is said to be English in the mapping's reason, though the other
/// language's table names the field more specifically: an English export's
/// `Client` column was "a known French name". A word only French has stays French.
#[test]
fn a_word_english_shares_is_said_to_be_english() {
    let csv = "Invoice,Client,Date,Due,Amount\nI-1,Acme,2026-05-01,2026-05-31,100.00\n";
    let imported = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let client = imported.report.mapping.columns.iter().find(|c| c.header == "Client").unwrap();
    assert_eq!(client.field, Field::CustomerName);
    assert_eq!(client.confidence, Confidence::High);
    assert!(client.reason.contains("a known English name"), "{}", client.reason);
    let csv = "Facture,Nom du client,Date,Échéance,Montant\nI-1,Acme,2026-05-01,2026-05-31,100.00\n";
    let imported = import(csv.as_bytes(), &ImportOptions::default()).unwrap();
    let client = imported.report.mapping.columns.iter().find(|c| c.header == "Nom du client").unwrap();
    assert!(client.reason.contains("a known French name"), "{}", client.reason);
}

/// A header naming its currency in words, in brackets or at its end, is mapped by
/// its other words: `Balance (US Dollars)`, `未收金额(人民币)` and `Open amount in
/// euros` were left unmapped, and each document's whole amount was aged in an
/// unknown currency.
#[test]
fn headers_naming_their_currency_in_words_map_by_their_other_words() {
    for (amount, balance, currency) in [
        ("Amount (US Dollars)", "Balance (US Dollars)", "USD"),
        ("Importe (euros)", "Pendiente (euros)", "EUR"),
        ("金额(人民币)", "未收金额(人民币)", "CNY"),
        // Or in words at the end.
        ("Amount in euros", "Open amount in euros", "EUR"),
        ("Betrag in Euro", "Offen in Euro", "EUR"),
    ] {
        let m = map(&["Customer", "Invoice", "Date", "Due", amount, balance]);
        let field = |h: &str| m.columns.iter().find(|c| c.header == h).map(|c| (c.field, c.currency.clone()));
        assert_eq!(field(amount), Some((Field::Amount, Some(currency.to_owned()))), "{amount}");
        assert_eq!(field(balance), Some((Field::OpenBalance, Some(currency.to_owned()))), "{balance}");
    }
}

/// A `#` after a word is English's "number" when the words with it name a term
/// exactly, and nothing when they do not (`Factura #` stays a `factura`); a `#`
/// before the words is no number of anything.
#[test]
fn a_hash_after_a_word_reads_as_number() {
    for (header, want) in [
        ("Transaction#", Some(Field::DocumentId)),
        ("Invoice #", Some(Field::DocumentId)),
        ("Customer #", Some(Field::CustomerId)),
        ("Factura #", Some(Field::DocumentId)),
        ("# of days", None),
    ] {
        assert_eq!(map(&[header]).columns.first().map(|c| c.field), want, "{header:?}");
    }
}

/// A currency column that names its currency in the file's language (CLDR's
/// names: Kingdee writes `人民币`, `美元`) is read as the codes, not refused.
#[test]
fn currencies_named_in_other_languages_are_read_as_their_codes() {
    let csv = "客户编码,客户名称,单据编号,业务日期,到期日,币别,应收金额,未收金额\n\
               C001,上海华通贸易有限公司,AR2026030012,2026/03/12,2026/04/11,人民币,\"125,000.00\",\"125,000.00\"\n\
               C001,上海华通贸易有限公司,AR2026050031,2026/05/20,2026/06/19,人民币,\"36,800.00\",\"6,800.00\"\n\
               C005,深圳宏远科技有限公司,AR2026060007,2026/06/08,2026/07/08,美元,\"8,000.00\",\"8,000.00\"\n";
    let ledger = Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(ledger.summary().import.skipped.is_empty(), "{:?}", ledger.summary().import.skipped);
    let report = ledger.analyze(&Options::at("2026-06-30".parse().unwrap())).unwrap();
    let [cny, usd] = &report.aging.currencies[..] else { panic!("{:?}", report.aging.currencies) };
    assert_eq!((cny.currency.as_str(), usd.currency.as_str()), ("CNY", "USD"));
    // 125,000.00 due 11 April: 80 days past due on 30 June → 61–90; 6,800.00 left
    // of 36,800.00, due 19 June: 11 days → 1–30. Total 131,800.00.
    assert_eq!(cny.buckets[2].to_string(), "125000.00");
    assert_eq!(cny.buckets[0].to_string(), "6800.00");
    assert_eq!(cny.open_total.to_string(), "131800.00");
    // 8,000.00 due 8 July: not due.
    assert_eq!(usd.not_due.to_string(), "8000.00");
}

/// freee's open amount column (`未決済額`, "not yet settled") is the open
/// balance: read as nothing, the documents' whole amounts were aged.
#[test]
fn a_japanese_unsettled_amount_is_the_open_balance() {
    let csv = "取引先,請求書番号,発生日,支払期日,金額,未決済額\n\
               株式会社山田商事,INV-2026-031,2026/03/31,2026/04/30,\"¥550,000\",\"¥550,000\"\n\
               株式会社山田商事,INV-2026-045,2026/05/31,2026/06/30,\"¥132,000\",\"¥32,000\"\n\
               有限会社佐藤製作所,INV-2026-052,2026/06/15,2026/07/31,\"¥1,100,000\",\"¥1,100,000\"\n";
    let options = ImportOptions { default_currency: Some("JPY".to_owned()), ..Default::default() };
    let ledger = Ledger::open(csv.as_bytes(), &options).unwrap();
    let mapping = &ledger.summary().import.mapping;
    assert_eq!(mapping.index(Field::OpenBalance), Some(5), "{mapping:?}");
    let report = ledger.analyze(&Options::at("2026-06-30".parse().unwrap())).unwrap();
    let jpy = &report.aging.currencies[0];
    assert_eq!(jpy.currency, "JPY");
    // 550,000 due 30 April: 61 days → 61–90; 32,000 left of 132,000 due 30 June
    // and 1,100,000 due 31 July: not due (1,132,000). Total 1,682,000.
    assert_eq!(jpy.buckets[2].to_string(), "550000");
    assert_eq!(jpy.not_due.to_string(), "1132000");
    assert_eq!(jpy.open_total.to_string(), "1682000");
}

/// Two columns both named for the customer, one of codes and one of names
/// (Italian `Cliente` and `Ragione sociale`; Sage 100's `N° compte tiers` and
/// `Intitulé`): the codes are the customer's id, the names its name.
#[test]
fn of_two_customer_columns_the_codes_are_the_id() {
    let italian = "Cliente;Ragione sociale;N. documento;Data documento;Data scadenza;Importo;Residuo\n\
                   C00012;Rossi S.r.l.;FT 2026/0142;15/03/2026;14/04/2026;3.660,00;3.660,00\n\
                   C00012;Rossi S.r.l.;FT 2026/0201;10/05/2026;09/06/2026;1.220,00;610,00\n\
                   C00031;Bianchi & C. S.n.c.;FT 2026/0233;01/06/2026;31/07/2026;7.930,00;7.930,00\n";
    let french = "N° compte tiers;Intitulé;N° pièce;Date pièce;Date échéance;Montant TTC;Solde\n\
                  CLT0001;SARL Boulangerie Martin;FA260045;12/02/2026;14/03/2026;1 234,56;1 234,56\n\
                  CLT0001;SARL Boulangerie Martin;FA260078;05/04/2026;05/05/2026;890,00;445,00\n\
                  CLT0009;Garage Dupont et Fils;FA260102;21/05/2026;20/06/2026;15 600,00;15 600,00\n";
    // A3's `Cliente` (an account of the 430 group) and `Nombre`; Exact's `Relatie` and `Naam`.
    let spanish = "Cliente;Nombre;Nº Factura;Fecha;Vencimiento;Importe;Pendiente\n\
                   430000012;Talleres Pérez S.L.;A-2026/0142;15/03/2026;14/04/2026;3.630,00;3.630,00\n\
                   430000031;Hermanos García S.A.;A-2026/0233;01/06/2026;31/07/2026;7.865,00;7.865,00\n";
    let dutch = "Relatie;Naam;Factuurnummer;Factuurdatum;Vervaldatum;Bedrag;Openstaand\n\
                 10001;Bakkerij De Molen B.V.;26100012;03-02-2026;05-03-2026;1.815,00;1.815,00\n\
                 10007;Van Dijk Installatietechniek;26100041;28-05-2026;27-06-2026;12.100,00;12.100,00\n";
    for (csv, id, name) in [
        (italian, "C00012", "Rossi S.r.l."),
        (french, "CLT0001", "SARL Boulangerie Martin"),
        (spanish, "430000012", "Talleres Pérez S.L."),
        (dutch, "10001", "Bakkerij De Molen B.V."),
    ] {
        let ledger = Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap();
        let mapping = &ledger.summary().import.mapping;
        assert_eq!(
            (mapping.index(Field::CustomerId), mapping.index(Field::CustomerName)),
            (Some(0), Some(1)),
            "{mapping:?}"
        );
        let report = ledger.analyze(&Options::at("2026-06-30".parse().unwrap())).unwrap();
        let first = &report.aging.customers.iter().find(|c| &*c.customer.id == id).unwrap().customer;
        assert_eq!(&*first.name, name);
    }
}

/// Dynamics GP writes every document's amount positive and its type as a code
/// (`SLS` invoice, `CR` credit memo, `RTN` return, `PMT` payment): a credit memo
/// lowers what the customer owes, it was aged as one more invoice.
#[test]
fn dynamics_gp_document_codes_give_each_entry_its_kind() {
    let csv = "Customer Number,Customer Name,Document Type,Document Number,Document Date,Due Date,Document Amount,Current Trx Amount\n\
               AARONFIT0001,Aaron Fitz Electrical,SLS,STDINV2001,2026-03-01,2026-03-31,\"2,500.00\",\"2,500.00\"\n\
               AARONFIT0001,Aaron Fitz Electrical,SLS,STDINV2044,2026-05-10,2026-06-09,780.00,280.00\n\
               ADVANCED0001,Advanced Paper Co.,CR,CRMEMO0012,2026-06-01,2026-06-01,150.00,150.00\n\
               ADVANCED0001,Advanced Paper Co.,RTN,RTN00003,2026-06-05,2026-06-05,40.00,40.00\n";
    let options = ImportOptions { default_currency: Some("USD".to_owned()), ..Default::default() };
    let imported = import(csv.as_bytes(), &options).unwrap();
    use arlens::EntryKind::{CreditNote, Invoice};
    let kinds: Vec<arlens::EntryKind> = imported.ledger.entries.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [Invoice, Invoice, CreditNote, CreditNote]);
    // 2,500.00 due 31 March: 91 days on 30 June → 91–120; 280.00 due 9 June: 21 days →
    // 1–30; the credits 150.00 + 40.00 apart. Open 2,500.00 + 280.00 − 190.00 = 2,590.00.
    assert_eq!(
        crate::shared::aging_rows(&imported, "2026-06-30"),
        [["USD", "0.00", "280.00", "0.00", "0.00", "2500.00", "0.00", "-190.00", "2590.00"]]
    );
}

/// What is left to collect, as exports in other languages head it: each was
/// left unmapped beside the amount, and every invoice read as wholly open.
#[test]
fn open_balances_named_in_other_languages() {
    for header in [
        "Noch offen",
        "Pendiente de cobro",
        "Saldo insoluto",
        "Por cobrar",
        "Residuo da incassare",
        "Nog te ontvangen",
        "未収残高",
        "未回收金额",
        "欠款余额",
    ] {
        let map = map(&["Customer", "Invoice", "Date", "Amount", header]);
        assert_eq!(
            map.columns.last().map(|c| (c.header.as_str(), c.field)),
            Some((header, Field::OpenBalance))
        );
    }
}

/// `Doc` beside `Type` and `Date` is the document's number: it was taken for
/// the currency, as the start of Dutch `documentvaluta`, and every row refused.
#[test]
fn doc_is_the_document_number() {
    let map = map(&["Customer", "Type", "Doc", "Date", "Due", "Amount"]);
    assert_eq!(map.index(Field::DocumentId), Some(2));
    assert_eq!(map.index(Field::Currency), None);
}
