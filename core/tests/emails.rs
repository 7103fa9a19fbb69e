//! Customers' e-mail addresses from an e-mail column (any of the seven
//! languages' headers), carried to the worklist as the drafts' recipient, and a
//! draft written as an `.eml` file, read back by an independent parser
//! (`mail-parser`).

use arlens::collections::eml::{Message, eml, recipients};
use arlens::import::{ColumnMap, Field, Overrides};
use arlens::{ImportOptions, Options, analyze, import};

#[test]
fn e_mail_headers_of_every_language_map_to_the_e_mail_field() {
    for header in [
        "Email",
        "E-mail",
        "Email Address",
        "Contact email",
        "E-Mail-Adresse",
        "Courriel",
        "Adresse e-mail",
        "Correo electrónico",
        "Indirizzo email",
        "E-mailadres",
        "Endereço de e-mail",
    ] {
        let map = ColumnMap::from_headers(&[header.to_owned()], &Overrides::new());
        assert_eq!(map.columns.first().map(|c| c.field), Some(Field::Email), "{header}");
    }
    // Beside a customer column named "Contact" (Xero), each keeps its own field.
    let headers: Vec<String> =
        ["Contact", "Email", "Invoice Number", "Due Date", "Total"].iter().map(|h| (*h).to_owned()).collect();
    let map = ColumnMap::from_headers(&headers, &Overrides::new());
    assert_eq!(map.index(Field::CustomerName), Some(0));
    assert_eq!(map.index(Field::Email), Some(1));
}

const LEDGER: &str = "\
Document,Customer ID,Customer,Date,Due date,Amount,Currency,E-mail
A-1,C-A,Alder Ltd,2024-01-01,2024-01-31,1000.00,USD,
A-2,C-A,Alder Ltd,2024-02-01,2024-03-02,500.00,USD,ap@alder.example
A-3,C-A,Alder Ltd,2024-03-01,2024-03-31,200.00,USD,other@alder.example
B-1,C-B,Birch GmbH,2024-04-01,2024-05-01,300.00,USD,  Buchhaltung <buchhaltung@birch.example> 
C-1,C-C,Cedar SA,2024-04-01,2024-05-01,100.00,USD,
";

#[test]
fn the_first_address_given_for_a_customer_is_its_drafts_recipient() {
    let imported = import(LEDGER.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(imported.report.mapping.index(Field::Email), Some(7));
    // Alder's first row has no address: its first non-empty one is A-2's; Birch's is trimmed;
    // Cedar has none.
    let emails: Vec<(&str, &str)> =
        imported.ledger.emails.iter().map(|(id, e)| (id.as_str(), e.as_str())).collect();
    assert_eq!(emails, [("C-A", "ap@alder.example"), ("C-B", "Buchhaltung <buchhaltung@birch.example>")]);
    let report = analyze(&imported.ledger, &Options::at("2024-06-30".parse().unwrap())).unwrap();
    let email = |id: &str| {
        let row = report.worklist.rows.iter().find(|r| &*r.customer.id == id).unwrap();
        row.email.clone()
    };
    assert_eq!(email("C-A").as_deref(), Some("ap@alder.example"));
    assert_eq!(email("C-B").as_deref(), Some("Buchhaltung <buchhaltung@birch.example>"));
    assert_eq!(email("C-C"), None);
    // Every address is one the .eml writer takes.
    for address in imported.ledger.emails.values() {
        assert_eq!(recipients(address).unwrap().len(), 1, "{address}");
    }
}

#[test]
fn a_file_without_an_e_mail_column_gives_no_recipient() {
    let text = LEDGER.lines().map(|l| l.rsplit_once(',').unwrap().0).collect::<Vec<_>>().join("\n");
    let imported = import(text.as_bytes(), &ImportOptions::default()).unwrap();
    assert!(imported.ledger.emails.is_empty());
    let report = analyze(&imported.ledger, &Options::at("2024-06-30".parse().unwrap())).unwrap();
    assert!(report.worklist.rows.iter().all(|r| r.email.is_none()));
}

#[test]
fn a_draft_as_eml_reads_back_as_written() {
    let body = "Sehr geehrte Damen und Herren,\n\nRechnung B-1 über 300,00 € ist seit 60 Tagen fällig.\n\
                A line with = and a very long tail that goes on and on past the seventy-eight characters \
                of a polite mail line, to be folded by the encoder and put back together by the reader.\n";
    let bytes = eml(&Message {
        to: "Buchhaltung <buchhaltung@birch.example>; ap@alder.example",
        from: Some("Credit Control <ar@seller.example>"),
        subject: "Überfällige Zahlung: 300,00 €",
        body,
        // 2024-06-30 12:00:00 UTC = 1,719,748,800 s (19,904 days × 86,400 + 43,200).
        date: 1_719_748_800,
    })
    .unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Headers and body are 7-bit with CRLF line ends, no line over RFC 5322's 998 octets.
    assert!(text.is_ascii());
    assert!(text.split("\r\n").all(|line| line.len() <= 998 && !line.contains('\n')));
    assert!(text.contains("X-Unsent: 1\r\n"), "{text}");
    let parsed = mail_parser::MessageParser::default().parse(&bytes).unwrap();
    assert_eq!(parsed.subject(), Some("Überfällige Zahlung: 300,00 €"));
    assert_eq!(parsed.body_text(0).unwrap().replace("\r\n", "\n"), body);
    let to: Vec<(Option<&str>, Option<&str>)> =
        parsed.to().unwrap().iter().map(|a| (a.name(), a.address())).collect();
    assert_eq!(
        to,
        [(Some("Buchhaltung"), Some("buchhaltung@birch.example")), (None, Some("ap@alder.example"))]
    );
    let from = parsed.from().unwrap().first().unwrap();
    assert_eq!((from.name(), from.address()), (Some("Credit Control"), Some("ar@seller.example")));
    assert_eq!(parsed.date().unwrap().to_rfc3339(), "2024-06-30T12:00:00Z");
}

#[test]
fn a_draft_without_a_recipient_is_still_a_message() {
    let bytes = eml(&Message { subject: "Reminder", body: "Hello", date: 0, ..Message::default() }).unwrap();
    let parsed = mail_parser::MessageParser::default().parse(&bytes).unwrap();
    assert!(parsed.to().is_none());
    assert_eq!(parsed.body_text(0).as_deref(), Some("Hello"));
}

#[test]
fn a_recipient_that_is_not_an_address_is_named_in_the_error() {
    for (to, bad) in [
        ("ap@alder.example, accounts", "accounts"),
        ("Jane <jane@birch.example", "lacks its closing >"),
        ("a b@c.example", "a b@c.example"),
        ("@birch.example", "@birch.example"),
        ("jane@", "jane@"),
    ] {
        let err = eml(&Message { to, subject: "s", body: "b", ..Message::default() }).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("to") && text.contains(bad), "{to}: {text}");
    }
    let err =
        eml(&Message { from: Some("nobody"), subject: "s", body: "b", ..Message::default() }).unwrap_err();
    assert!(err.to_string().contains("from"), "{err}");
}
