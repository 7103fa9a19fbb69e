//! Aging invariants on generated messy ledgers (credits, partial payments,
//! several currencies), and the bucket boundaries.

use arlens::import::PaymentMatching;
use arlens::sample::{EventKind, SampleOptions, generate};
use arlens::{AgingBasis, AgingOptions, BucketConvention, ImportOptions, age, import};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn one_invoice(due: &str, as_of: &str, options: &AgingOptions) -> Vec<String> {
    let csv = format!("Invoice,Customer,Date,Due date,Amount\nA,Acme,2000-01-01,{due},1.00\n");
    let ledger = import(csv.as_bytes(), &ImportOptions::default()).unwrap().ledger;
    let aging = age(&ledger, as_of.parse().unwrap(), options).unwrap();
    let usd = &aging.currencies[0];
    let mut columns = vec![usd.not_due.to_string()];
    columns.extend(usd.buckets.iter().map(|b| b.to_string()));
    columns
}

#[test]
fn boundaries_upper_inclusive_and_sage() {
    let default = AgingOptions::default();
    let sage = AgingOptions { convention: BucketConvention::LowerInclusive, ..AgingOptions::default() };
    // (due date, as-of, convention, which column holds the 1.00: 0 = Not due, 1.. = buckets)
    let cases = [
        ("2024-03-31", "2024-03-31", &default, 0), // due today: not late
        ("2024-03-30", "2024-03-31", &default, 1), // day 1
        ("2024-03-01", "2024-03-31", &default, 1), // day 30 → 1–30
        ("2024-02-29", "2024-03-31", &default, 2), // day 31 → 31–60
        ("2023-12-02", "2024-03-31", &default, 4), // day 120 → 91–120
        ("2023-12-01", "2024-03-31", &default, 5), // day 121 → 121+
        ("2024-04-01", "2024-03-31", &sage, 0),    // day −1: not due
        ("2024-03-31", "2024-03-31", &sage, 1),    // day 0 → 0–29
        ("2024-03-02", "2024-03-31", &sage, 1),    // day 29 → 0–29
        ("2024-03-01", "2024-03-31", &sage, 2),    // day 30 → 30–59
        ("2023-12-02", "2024-03-31", &sage, 5),    // day 120 → 120+
    ];
    for (due, as_of, options, slot) in cases {
        let mut want = vec!["0.00".to_owned(); 6];
        want[slot] = "1.00".to_owned();
        assert_eq!(
            one_invoice(due, as_of, options),
            want,
            "due {due}, as of {as_of}, {:?}",
            options.convention
        );
    }
}

#[test]
fn invoice_date_basis_ages_from_the_invoice_date() {
    let options = AgingOptions { basis: AgingBasis::InvoiceDate, ..AgingOptions::default() };
    // Dated 2000-01-01, as of 2000-01-31: 30 days after the invoice date → 1–30,
    // although the due date (2000-03-01) has not come.
    assert_eq!(
        one_invoice("2000-03-01", "2000-01-31", &options),
        ["0.00", "1.00", "0.00", "0.00", "0.00", "0.00"]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Not due + Σ buckets + credits = open total, which equals the generator's own
    /// open balances of documents dated on or before the as-of date, per currency.
    #[test]
    fn columns_sum_to_the_open_total(
        seed in any::<u64>(),
        invoices in 20usize..600,
        days_back in 0u64..400,
        edges in prop::collection::btree_set(1u32..400, 1..7),
        lower in any::<bool>(),
    ) {
        let sample = generate(&SampleOptions { seed, invoices, ..SampleOptions::default() });
        let ledger = import(&sample.open_items_csv(), &ImportOptions::default()).unwrap().ledger;
        let as_of = sample.reference_date - Days::new(days_back);
        let options = AgingOptions {
            edges: edges.into_iter().collect(),
            convention: if lower { BucketConvention::LowerInclusive } else { BucketConvention::UpperInclusive },
            ..AgingOptions::default()
        };
        let aging = age(&ledger, as_of, &options).unwrap();

        let mut expected: BTreeMap<&str, Decimal> = BTreeMap::new();
        for item in sample.open_items().iter().filter(|i| i.event.date <= as_of) {
            *expected.entry(sample.customers[item.event.customer].currency).or_default() += item.open;
        }
        for c in &aging.currencies {
            let columns = c.not_due + c.buckets.iter().copied().sum::<Decimal>() + c.credits;
            prop_assert_eq!(columns, c.open_total, "{}", c.currency);
            prop_assert_eq!(c.open_total, expected.get(c.currency.as_str()).copied().unwrap_or_default(), "{}", c.currency);
            prop_assert!(c.credits <= Decimal::ZERO);
            // The customers' rows add up to the currency's, column by column.
            let rows: Vec<_> = aging.customers.iter().filter(|r| r.aging.currency == c.currency).collect();
            prop_assert_eq!(rows.iter().map(|r| r.aging.open_total).sum::<Decimal>(), c.open_total);
            prop_assert_eq!(rows.iter().map(|r| r.aging.not_due).sum::<Decimal>(), c.not_due);
            prop_assert_eq!(rows.iter().map(|r| r.aging.credits).sum::<Decimal>(), c.credits);
            for (i, bucket) in c.buckets.iter().enumerate() {
                prop_assert_eq!(rows.iter().map(|r| r.aging.buckets[i]).sum::<Decimal>(), *bucket);
            }
            prop_assert!(c.buckets.iter().all(|b| *b >= Decimal::ZERO) && c.not_due >= Decimal::ZERO);
        }
    }
}

/// The transactions CSV keeping only rows dated on or before `date`.
fn events_up_to(csv: &[u8], date: NaiveDate) -> Vec<u8> {
    let text = std::str::from_utf8(csv).unwrap();
    let mut lines = text.lines();
    let mut out = format!("{}\n", lines.next().unwrap());
    for line in lines {
        let day: NaiveDate = line.split(',').nth(4).unwrap().parse().unwrap();
        if day <= date {
            out.push_str(line);
            out.push('\n');
        }
    }
    out.into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// On transaction ledgers (partial payments, credit notes, three currencies):
    /// the columns sum to the open total; the open total is what was invoiced less
    /// what was paid and credited by then; and ageing the whole ledger at D equals
    /// ageing a file of only the events up to D.
    #[test]
    fn replaying_at_a_date_equals_importing_the_events_up_to_it(
        seed in any::<u64>(),
        invoices in 20usize..400,
        days_back in 0u64..400,
        unapplied in any::<bool>(),
    ) {
        let sample = generate(&SampleOptions { seed, invoices, ..SampleOptions::default() });
        let csv = sample.transactions_csv();
        let policy = if unapplied { PaymentMatching::Unapplied } else { PaymentMatching::OldestFirst };
        let options = ImportOptions { unreferenced_payments: policy, ..ImportOptions::default() };
        let full = import(&csv, &options).unwrap();
        prop_assert!(full.report.skipped.is_empty());
        prop_assert!(full.ledger.history_complete());
        let at = sample.reference_date - Days::new(days_back);
        let aging = age(&full.ledger, at, &AgingOptions::default()).unwrap();

        let mut net: BTreeMap<&str, Decimal> = BTreeMap::new();
        for e in sample.events.iter().filter(|e| e.date <= at) {
            let sign = if e.kind == EventKind::Invoice { Decimal::ONE } else { -Decimal::ONE };
            *net.entry(sample.customers[e.customer].currency).or_default() += sign * e.amount;
        }
        for c in &aging.currencies {
            let columns = c.not_due + c.buckets.iter().copied().sum::<Decimal>() + c.credits;
            prop_assert_eq!(columns, c.open_total, "{}", c.currency);
            prop_assert_eq!(c.open_total, net.get(c.currency.as_str()).copied().unwrap_or_default(), "{}", c.currency);
        }

        let truncated = import(&events_up_to(&csv, at), &options);
        match truncated {
            Ok(part) => {
                let replayed = age(&part.ledger, at, &AgingOptions::default()).unwrap();
                let strip = |a: &arlens::Aging| a.currencies.iter().filter(|c| c.open_documents > 0).map(|c| (c.currency.clone(), c.not_due, c.buckets.clone(), c.credits, c.open_total)).collect::<Vec<_>>();
                prop_assert_eq!(strip(&replayed), strip(&aging));
            }
            Err(e) => prop_assert!(matches!(e.kind(), arlens::ErrorKind::Empty | arlens::ErrorKind::MissingColumns { .. }), "{e}"),
        }
    }
}

/// The HighRadius extract (`../shared/data`) aged at 2020-05-31 equals an
/// independent computation straight from the file's columns: an invoice is open
/// when its clear_date (the payment date) falls after the as-of date, and sits in
/// the bucket of its days past due_in_date.
#[test]
fn highradius_aging_at_2020_05_31_matches_an_independent_count() {
    let Some(path) = crate::shared::shared_data("highradius-open-invoices.csv") else { return };
    let text = std::fs::read_to_string(&path).unwrap();
    let as_of: NaiveDate = "2020-05-31".parse().unwrap();
    let date = |s: &str| NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").unwrap();
    // Columns: index, business_code, cust_number, name_customer, clear_date, buisness_year,
    // doc_id, posting_date, due_in_date, baseline_create_date, cust_payment_terms, converted_usd, Aging Bucket
    let mut want = [Decimal::ZERO; 6]; // not due, 1–30, 31–60, 61–90, 91–120, 121+
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        assert_eq!(f.len(), 13, "{line}");
        if date(f[4]) <= as_of {
            continue; // paid by then
        }
        let days = (as_of - date(f[8])).num_days();
        let slot = match days {
            ..=0 => 0,
            1..=30 => 1,
            31..=60 => 2,
            61..=90 => 3,
            91..=120 => 4,
            _ => 5,
        };
        want[slot] += f[11].parse::<Decimal>().unwrap();
    }
    let ledger = import(text.as_bytes(), &ImportOptions::default()).unwrap().ledger;
    let aging = age(&ledger, as_of, &AgingOptions::default()).unwrap();
    let [usd] = &aging.currencies[..] else { panic!("one currency") };
    let mut got = vec![usd.not_due];
    got.extend(&usd.buckets);
    assert_eq!(got, want);
    assert_eq!(usd.credits, Decimal::ZERO);
    assert_eq!(usd.open_total, want.iter().copied().sum::<Decimal>());
    // Regression literal: 1,409,861.97 not due + 878,105.09 in 1–30 (nothing older is open).
    assert_eq!(usd.open_total.to_string(), "2287967.06");
}
