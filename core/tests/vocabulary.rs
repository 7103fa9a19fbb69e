//! Export headers in seven languages mapped to ledger fields: a committed list
//! of real headers with their sources (`tests/fixtures/headers/`), whole header
//! rows where fields compete, currencies named in headers, and files that used
//! to be refused imported end to end.

use crate::shared::fixture;
use arlens::import::{ColumnMap, Field, Overrides};
use arlens::{ImportOptions, Ledger, Options};

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
