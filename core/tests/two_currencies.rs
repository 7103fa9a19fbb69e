//! `tests/fixtures/two-currencies.csv`, a transaction ledger with partial
//! payments, credit notes (applied and not), unapplied cash and two currencies,
//! computed by hand at three as-of dates (2024-02-29, 2024-03-31, 2024-04-30).
//!
//! The ledger (due dates in brackets):
//! * USD — U-1 Acme 1,000.00 (4 Feb), part-paid 400.00 by P-1 on 10 Feb, 250.00
//!   of U-3 paid by P-4 on 15 Apr; U-2 Birch 600.00 (19 Feb), credited 100.00 by
//!   CN-1 on 25 Feb, P-2 700.00 on 5 Mar pays its 500.00 left and 200.00 stays
//!   unapplied; U-3 Acme 250.00 (16 Mar); U-4 Birch 300.00 (19 Apr).
//! * EUR — E-1 Clou 2,000.00 (1 Mar), 1,500.00 paid by P-3 on 20 Mar, 100.00
//!   credited by CN-3 on 10 Apr; E-2 Clou 900.00 (9 Apr); CN-2 80.00 unapplied.

use crate::shared::fixture;
use arlens::figures::aging::CreditTreatment;
use arlens::{ImportOptions, Options, Report, analyze, import};
use rust_decimal::Decimal;

fn report(as_of: &str, tweak: impl FnOnce(&mut Options)) -> Report {
    let ledger = import(&fixture("two-currencies.csv"), &ImportOptions::default()).unwrap().ledger;
    let mut options = Options::at(as_of.parse().unwrap());
    tweak(&mut options);
    analyze(&ledger, &options).unwrap()
}

/// Not due, each bucket, credits, open total, as text.
fn columns(report: &Report, currency: &str) -> Vec<String> {
    let c = report.aging.currencies.iter().find(|c| c.currency == currency).unwrap();
    let mut out = vec![c.not_due.to_string()];
    out.extend(c.buckets.iter().map(Decimal::to_string));
    out.extend([c.credits.to_string(), c.open_total.to_string()]);
    out
}

fn value(v: &arlens::figures::value::Value) -> Option<Decimal> {
    v.value.map(|d| arlens::money::display(d, 2))
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn aging_at_three_dates() {
    let feb = report("2024-02-29", |_| {});
    // USD: U-1 1,000 − 400 = 600, 25 days past due (1–30); U-2 600 − 100 = 500, 10 days (1–30);
    // U-3 250 due 16 Mar (not due). 1,850 invoiced − 400 paid − 100 credited = 1,350.
    assert_eq!(
        columns(&feb, "USD"),
        ["250.00", "1100.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1350.00"]
    );
    // EUR: E-1 is due tomorrow (not due); E-2, P-3, CN-2 and CN-3 are later documents.
    assert_eq!(columns(&feb, "EUR"), ["2000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "2000.00"]);
    let excluded: Vec<usize> = feb.aging.currencies.iter().map(|c| c.excluded_future).collect();
    assert_eq!(excluded, [4, 3]); // EUR: E-2, P-3, CN-2, CN-3; USD: P-2, U-4, P-4

    let mar = report("2024-03-31", |_| {});
    // USD: U-4 300 not due; U-3 250 15 days (1–30); U-1 600 56 days (31–60); P-2's 200 unapplied.
    // 2,150 invoiced − 400 − 100 − 700 = 950.
    assert_eq!(
        columns(&mar, "USD"),
        ["300.00", "250.00", "600.00", "0.00", "0.00", "0.00", "-200.00", "950.00"]
    );
    // EUR: E-2 900 not due; E-1 2,000 − 1,500 = 500, 30 days (1–30); CN-2 −80. 2,900 − 1,580 = 1,320.
    assert_eq!(
        columns(&mar, "EUR"),
        ["900.00", "500.00", "0.00", "0.00", "0.00", "0.00", "-80.00", "1320.00"]
    );

    let apr = report("2024-04-30", |_| {});
    // USD: U-4 300 11 days (1–30); U-3 paid by P-4; U-1 600 86 days (61–90). 950 − 250 = 700.
    assert_eq!(
        columns(&apr, "USD"),
        ["0.00", "300.00", "0.00", "600.00", "0.00", "0.00", "-200.00", "700.00"]
    );
    // EUR: E-2 900 21 days (1–30); E-1 500 − 100 = 400, 60 days (31–60). 1,320 − 100 = 1,220.
    assert_eq!(
        columns(&apr, "EUR"),
        ["0.00", "900.00", "400.00", "0.00", "0.00", "0.00", "-80.00", "1220.00"]
    );
}

#[test]
fn credits_netted_per_customer_at_march_end() {
    let net = report("2024-03-31", |o| o.aging.credits = CreditTreatment::NetPerCustomer);
    // Birch: 300 not due − 200 unapplied = 100 not due. Acme has no credits.
    assert_eq!(
        columns(&net, "USD"),
        ["100.00", "250.00", "600.00", "0.00", "0.00", "0.00", "0.00", "950.00"]
    );
    // Clou: −80 taken from its oldest column, 1–30: 500 − 80 = 420.
    assert_eq!(columns(&net, "EUR"), ["900.00", "420.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1320.00"]);
}

#[test]
fn dso_family_and_cei() {
    let mar = report("2024-03-31", |_| {});
    let [eur, usd] = &mar.dso.currencies[..] else { panic!("two currencies") };
    // USD, March (D = 31): AR_begin 1,350; AR_end 950; AR_current 300 (U-4); S = 300 (U-4).
    assert_eq!((usd.quantities.ar_begin, usd.quantities.credit_sales), (d("1350.00"), d("300.00")));
    assert_eq!(usd.quantities.collections, d("700.00"));
    assert_eq!(value(&usd.dso), Some(d("98.17"))); // 950 / 300 × 31 = 98.1666…
    assert_eq!(value(&usd.best_possible_dso), Some(d("31"))); // 300 / 300 × 31
    assert_eq!(value(&usd.average_days_delinquent), Some(d("67.17"))); // 98.1666… − 31
    assert_eq!(value(&usd.cei), Some(d("51.85"))); // (1,350 + 300 − 950) / (1,350 + 300 − 300) = 700 / 1,350
    // EUR: AR_begin 2,000; AR_end 1,320; AR_current 900 (E-2); S = 900 − 80 = 820.
    assert_eq!(value(&eur.dso), Some(d("49.90"))); // 1,320 / 820 × 31 = 49.9024…
    assert_eq!(value(&eur.best_possible_dso), Some(d("34.02"))); // 900 / 820 × 31 = 34.0243…
    assert_eq!(eur.cei.value, Some(d("78.125"))); // (2,000 + 820 − 1,320) / (2,000 + 820 − 900) = 1,500 / 1,920

    let apr = report("2024-04-30", |_| {});
    let [eur, usd] = &apr.dso.currencies[..] else { panic!("two currencies") };
    // April has no USD sales and EUR sales of −100 (CN-3 only): DSO has no value, not zero.
    assert_eq!(
        usd.dso.unavailable.as_ref().map(|u| u.reason.as_str()),
        Some("no credit sales in the period")
    );
    assert_eq!(
        eur.dso.unavailable.as_ref().map(|u| u.reason.as_str()),
        Some("no credit sales in the period")
    );
    // USD CEI: (950 + 0 − 700) / (950 + 0 − 0) = 26.3157…%; EUR: (1,320 − 100 − 1,220) / … = 0.
    assert_eq!(value(&usd.cei), Some(d("26.32")));
    assert_eq!(eur.cei.value, Some(Decimal::ZERO));
}

#[test]
fn days_to_pay_in_march() {
    let mar = report("2024-03-31", |_| {});
    let [eur, usd] = &mar.payments.currencies[..] else { panic!("two currencies") };
    // U-2 is settled on 5 Mar (CN-1 then P-2): 45 days after 20 Jan, 15 days after its due date.
    assert_eq!((usd.paid_invoices, usd.average_days_to_pay.value), (1, Some(d("45"))));
    assert_eq!(usd.days_beyond_terms.value, Some(d("15")));
    assert_eq!(usd.late_amount_percent.value, Some(d("100")));
    // E-1 is only part-paid: nothing fully paid in EUR.
    assert_eq!(
        eur.average_days_to_pay.unavailable.as_ref().map(|u| u.reason.as_str()),
        Some("no invoice was paid in the period")
    );
}

#[test]
fn recovery_in_march_and_april() {
    let mar = report("2024-03-31", |_| {});
    let [eur, usd] = &mar.recovery.currencies[..] else { panic!("two currencies") };
    // Past due on 29 Feb: U-1 600 and U-2 500, both in 1–30. Paid in March: U-2's 500 (P-2).
    assert_eq!((usd.total.past_due_at_start, usd.total.collected), (d("1100.00"), d("500.00")));
    assert_eq!(value(&usd.total.rate), Some(d("45.45"))); // 500 / 1,100
    assert_eq!(value(&usd.buckets[0].rate), Some(d("45.45")));
    assert!(usd.buckets[1].rate.value.is_none());
    // E-1 fell due on 1 Mar: nothing EUR was past due on 29 Feb.
    assert_eq!(
        eur.total.rate.unavailable.as_ref().map(|u| u.reason.as_str()),
        Some("nothing was past due at the start of the period")
    );

    let apr = report("2024-04-30", |_| {});
    let [eur, usd] = &apr.recovery.currencies[..] else { panic!("two currencies") };
    // Past due on 31 Mar: U-3 250 (1–30) and U-1 600 (31–60); P-4 pays U-3 in April.
    assert_eq!((usd.total.past_due_at_start, usd.total.collected), (d("850.00"), d("250.00")));
    assert_eq!(value(&usd.total.rate), Some(d("29.41"))); // 250 / 850
    assert_eq!(usd.buckets[0].rate.value, Some(d("100"))); // 250 / 250
    assert_eq!(usd.buckets[1].rate.value, Some(Decimal::ZERO)); // 0 / 600
    // EUR: E-1's 500 past due; CN-3 credits 100 of it, which is not a recovery.
    assert_eq!((eur.total.past_due_at_start, eur.total.credited), (d("500.00"), d("100.00")));
    assert_eq!(eur.total.rate.value, Some(Decimal::ZERO));
}

#[test]
fn allowance_with_the_default_table() {
    let mar = report("2024-03-31", |_| {});
    let [eur, usd] = &mar.allowance.currencies[..] else { panic!("two currencies") };
    assert!(usd.default_rates);
    assert_eq!(usd.total, d("38")); // 300 × 1% + 250 × 2% + 600 × 5% = 3 + 5 + 30
    assert_eq!(eur.total, d("19")); // 900 × 1% + 500 × 2% = 9 + 10
    let own = report("2024-03-31", |o| {
        o.loss_rates = Some(["0", "10", "20", "40", "60", "100"].map(d).to_vec());
    });
    assert_eq!(own.allowance.currencies[1].total, d("145")); // 250 × 10% + 600 × 20%
    let err = analyze(
        &import(&fixture("two-currencies.csv"), &ImportOptions::default()).unwrap().ledger,
        &Options { loss_rates: Some(vec![d("1")]), ..Options::at(d_date("2024-03-31")) },
    )
    .unwrap_err();
    assert!(err.to_string().contains("1 rates given; 6 are needed"), "{err}");
}

fn d_date(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

#[test]
fn monthly_trend_and_roll_rates() {
    let apr = report("2024-04-30", |_| {});
    let usd = apr.trend.currencies.iter().find(|t| t.currency == "USD").unwrap();
    let months: Vec<&str> = usd.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, ["2024-01", "2024-02", "2024-03", "2024-04"]);
    let ar: Vec<String> = usd.months.iter().map(|m| m.ar_end.to_string()).collect();
    assert_eq!(ar, ["1600.00", "1350.00", "950.00", "700.00"]); // U-1 + U-2 = 1,600 at January's end
    let sales: Vec<String> = usd.months.iter().map(|m| m.sales.to_string()).collect();
    assert_eq!(sales, ["1600.00", "150.00", "300.00", "0.00"]); // Feb: U-3 250 − CN-1 100
    let dso: Vec<Option<Decimal>> = usd.months.iter().map(|m| value(&m.dso)).collect();
    // Jan: 1,600 / 1,600 × 31 = 31; Feb: 1,350 / 150 × 29 = 261; Mar: 950 / 300 × 31; Apr: no sales.
    assert_eq!(dso, [Some(d("31")), Some(d("261")), Some(d("98.17")), None]);
    // Aging at each month end (Not due, 1–30, 31–60, 61–90, …).
    assert_eq!(usd.months[1].aging[..2], [d("250.00"), d("1100.00")]);
    assert_eq!(usd.months[3].aging[..4], [d("0"), d("300.00"), d("0"), d("600.00")]);
    // Roll rates: Feb, Not due → 1–30 = 1,100 / 1,600 = 68.75%.
    assert_eq!(usd.months[1].roll_rates[0].value, Some(d("68.75")));
    // Mar: 250 / 250 = 100%; 1–30 → 31–60 = 600 / 1,100 = 54.5454…%.
    assert_eq!(value(&usd.months[2].roll_rates[1]), Some(d("54.55")));
    // Apr: 31–60 → 61–90 = 600 / 600; 61–90 was empty in March: undefined.
    assert_eq!(usd.months[3].roll_rates[2].value, Some(d("100")));
    assert!(usd.months[3].roll_rates[3].value.is_none());
    assert!(usd.months[0].roll_rates.is_empty());
}

#[test]
fn per_invoice_rows_when_asked() {
    assert!(report("2024-03-31", |_| {}).aging.items.is_empty());
    let mar = report("2024-03-31", |o| o.aging.items = true);
    let rows: Vec<(String, String, i64, Option<usize>)> =
        mar.aging.items.iter().map(|i| (i.id.clone(), i.open.to_string(), i.days, i.bucket)).collect();
    // Oldest aging date first; credits have no bucket.
    assert_eq!(
        rows,
        [
            ("U-1".to_owned(), "600.00".to_owned(), 56, Some(1)),
            ("E-1".to_owned(), "500.00".to_owned(), 30, Some(0)),
            ("P-2".to_owned(), "-200.00".to_owned(), 26, None),
            ("U-3".to_owned(), "250.00".to_owned(), 15, Some(0)),
            ("CN-2".to_owned(), "-80.00".to_owned(), 6, None),
            ("E-2".to_owned(), "900.00".to_owned(), -9, None),
            ("U-4".to_owned(), "300.00".to_owned(), -19, None),
        ]
    );
}
