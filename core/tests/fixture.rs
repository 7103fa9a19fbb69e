//! The shared 10-row fixture, asserted against the hand computation in
//! `tests/fixtures/README.md`.

use crate::shared::fixture;
use arlens::{ImportOptions, Options, analyze_file};

fn as_strings(values: &[rust_decimal::Decimal]) -> Vec<String> {
    values.iter().map(|d| d.to_string()).collect()
}

#[test]
fn open_items_10_aged_at_2024_03_31() {
    let opts = Options::at("2024-03-31".parse().unwrap());
    let out = analyze_file(&fixture("open-items-10.csv"), &ImportOptions::default(), &opts).unwrap();
    assert_eq!(out.import.entries, 10);
    assert!(out.import.skipped.is_empty(), "{:?}", out.import.skipped);
    let aging = &out.report.aging;
    let labels: Vec<&str> = aging.buckets.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["1–30", "31–60", "61–90", "91–120", "121+"]);
    let [eur, usd] = &aging.currencies[..] else { panic!("two currencies expected") };

    assert_eq!(usd.currency, "USD");
    assert_eq!(usd.not_due.to_string(), "1250.50"); // 1,000.00 + 250.50 (due today is not late)
    // 400.00 (day 30), 120.25 (day 31), 999.99 (day 90), 75.00 (day 120), nothing at 121+
    assert_eq!(as_strings(&usd.buckets), ["400.00", "120.25", "999.99", "75.00", "0.00"]);
    assert_eq!(usd.credits.to_string(), "-50.00");
    // 1,250.50 + 400.00 + 120.25 + 999.99 + 75.00 − 50.00
    assert_eq!(usd.open_total.to_string(), "2795.74");
    assert_eq!(usd.open_documents, 7);

    assert_eq!(eur.currency, "EUR");
    assert_eq!(eur.not_due.to_string(), "300.00");
    assert_eq!(as_strings(&eur.buckets), ["45.10", "0.00", "0.00", "0.00", "2000.00"]);
    assert_eq!(eur.credits.to_string(), "0.00");
    // 300.00 + 45.10 + 2,000.00
    assert_eq!(eur.open_total.to_string(), "2345.10");
}

#[test]
fn open_items_10_before_any_invoice_is_late() {
    // At 2023-12-01 only INV-006 (dated 2023-10-01, due 2023-12-02), INV-008
    // (2023-11-01, due that very day, so not late) and INV-005 (dated 2023-12-01,
    // due 2024-01-01) exist. The other seven documents are dated later and left out.
    // USD not due: 75.00 + 999.99 = 1,074.99.
    let opts = Options::at("2023-12-01".parse().unwrap());
    let out = analyze_file(&fixture("open-items-10.csv"), &ImportOptions::default(), &opts).unwrap();
    let [eur, usd] = &out.report.aging.currencies[..] else { panic!("two currencies expected") };
    assert_eq!((usd.not_due.to_string(), usd.open_total.to_string()), ("1074.99".into(), "1074.99".into()));
    assert_eq!((eur.not_due.to_string(), eur.open_total.to_string()), ("2000.00".into(), "2000.00".into()));
    assert_eq!(usd.excluded_future + eur.excluded_future, 7);
}

#[test]
fn open_items_10_per_customer_and_shares() {
    let out = analyze_file(
        &fixture("open-items-10.csv"),
        &ImportOptions::default(),
        &Options::at("2024-03-31".parse().unwrap()),
    )
    .unwrap();
    let aging = &out.report.aging;
    let customers: Vec<(String, String, String)> = aging
        .customers
        .iter()
        .map(|c| (c.aging.currency.clone(), c.customer.name.to_string(), c.aging.open_total.to_string()))
        .collect();
    let want = [
        ("EUR", "Dubois SA", "2300.00"),           // 2,000.00 (121+) + 300.00 (not due)
        ("EUR", "Eiche GmbH", "45.10"),            // 1–30
        ("USD", "Acme Ltd", "1200.50"),            // 1,000.00 + 250.50 − 50.00 credit note
        ("USD", "Cedar Logistics LLC", "1074.99"), // 999.99 (61–90) + 75.00 (91–120)
        ("USD", "Birch Foods Inc", "520.25"),      // 400.00 (1–30) + 120.25 (31–60)
    ];
    assert_eq!(customers, want.map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned())));
    let acme = &aging.customers[2].aging;
    assert_eq!((acme.not_due.to_string(), acme.credits.to_string()), ("1250.50".into(), "-50.00".into()));
    let usd = &aging.currencies[1];
    // 1,250.50 / 2,795.74 = 44.73% of the USD open total is not yet due.
    assert_eq!(usd.share(usd.not_due).unwrap().round_dp(2).to_string(), "44.73");
}
