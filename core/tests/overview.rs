//! The overview's headline cards and the consolidated view, on
//! `tests/fixtures/two-currencies.csv` (hand-computed in `two_currencies.rs`).

use crate::shared::fixture;
use arlens::overview::{CardKey, ConsolidationOptions, Headline, Rate, consolidate, explain};
use arlens::{ImportOptions, Ledger, Options};
use rust_decimal::Decimal;

fn ledger() -> Ledger {
    Ledger::open(&fixture("two-currencies.csv"), &ImportOptions::default()).unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// (value, previous, change) of `key` for `currency`, rounded to 2 places for display.
fn card(h: &Headline, currency: &str, key: CardKey) -> (Option<Decimal>, Option<Decimal>, Option<Decimal>) {
    let c = h.currencies.iter().find(|c| c.currency == currency).unwrap();
    let card = c.cards.iter().find(|c| c.key == key).unwrap();
    let r = |v: Option<Decimal>| v.map(|d| arlens::money::display(d, 2));
    (r(card.value.value), r(card.previous.value), r(card.change.value))
}

#[test]
fn headline_at_march_end_against_february_end() {
    let h = ledger().headline(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    // The default period is March; the previous figures are at 29 February.
    assert_eq!(h.previous_as_of.to_string(), "2024-02-29");
    let codes: Vec<&str> = h.currencies.iter().map(|c| c.currency.as_str()).collect();
    assert_eq!(codes, ["EUR", "USD"]);
    for c in &h.currencies {
        let keys: Vec<CardKey> = c.cards.iter().map(|c| c.key).collect();
        assert_eq!(keys, CardKey::ALL);
    }
    // USD open total 950 (31 Mar) against 1,350 (29 Feb).
    assert_eq!(card(&h, "USD", CardKey::Receivables), (Some(d("950")), Some(d("1350")), Some(d("-400"))));
    // Overdue: 250 + 600 = 850 against 1,100 (U-1 600 + U-2 500).
    assert_eq!(card(&h, "USD", CardKey::Overdue), (Some(d("850")), Some(d("1100")), Some(d("-250"))));
    // 850 / (300 + 850) = 73.91%; 1,100 / (250 + 1,100) = 81.48%; credits left out.
    // Change: 73.9130… − 81.4814… = −7.5684…
    assert_eq!(
        card(&h, "USD", CardKey::OverduePercent),
        (Some(d("73.91")), Some(d("81.48")), Some(d("-7.57")))
    );
    // DSO 950 / 300 × 31 = 98.17 against February's 1,350 / 150 × 29 = 261
    // (Feb sales: U-3 250 − CN-1 100); change 98.1666… − 261 = −162.8333…
    assert_eq!(card(&h, "USD", CardKey::Dso), (Some(d("98.17")), Some(d("261")), Some(d("-162.83"))));
    // Allowance 38 (300 × 1% + 250 × 2% + 600 × 5%) against 24.5 (250 × 1% + 1,100 × 2%).
    assert_eq!(card(&h, "USD", CardKey::Allowance), (Some(d("38")), Some(d("24.5")), Some(d("13.5"))));
    // Days to pay: U-2, 45 days, paid in March; nothing was paid in full in February.
    assert_eq!(card(&h, "USD", CardKey::AverageDaysToPay), (Some(d("45")), None, None));
    let usd = h.currencies.iter().find(|c| c.currency == "USD").unwrap();
    let days_to_pay = usd.cards.iter().find(|c| c.key == CardKey::AverageDaysToPay).unwrap();
    assert_eq!(
        days_to_pay.change.unavailable.as_ref().map(|u| u.reason.as_str()),
        Some("no invoice was paid in the period")
    );
    // EUR: 500 overdue of 900 + 500 = 35.71%; nothing was overdue on 29 Feb (E-1 due 1 Mar).
    assert_eq!(card(&h, "EUR", CardKey::OverduePercent), (Some(d("35.71")), Some(d("0")), Some(d("35.71"))));
}

#[test]
fn an_open_items_file_says_why_a_card_is_missing() {
    let l = Ledger::open(&fixture("open-items-10.csv"), &ImportOptions::default()).unwrap();
    let h = l.headline(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    let c = &h.currencies[0];
    let dso = c.cards.iter().find(|c| c.key == CardKey::Dso).unwrap();
    assert!(dso.value.value.is_none());
    assert!(dso.value.unavailable.as_ref().unwrap().reason.starts_with("the file lists only what is unpaid"));
    let receivables = c.cards.iter().find(|c| c.key == CardKey::Receivables).unwrap();
    assert!(receivables.value.value.is_some());
}

fn rates(pairs: &[(&str, &str)]) -> Vec<Rate> {
    pairs.iter().map(|(c, r)| Rate { currency: (*c).to_owned(), rate: d(r) }).collect()
}

#[test]
fn consolidated_in_usd_at_a_given_rate() {
    let options = Options::at("2024-03-31".parse().unwrap());
    let report = ledger().analyze(&options).unwrap();
    let into = ConsolidationOptions { currency: "USD".into(), rates: rates(&[("EUR", "1.10")]), date: None };
    let c = consolidate(&report, &into, options.cei).unwrap();
    assert_eq!(c.members, ["EUR", "USD"]);
    // Not due: USD 300 + EUR 900 × 1.10 = 300 + 990.
    assert_eq!(c.not_due, d("1290.00"));
    // 1–30: 250 + 500 × 1.10 = 800; 31–60: USD 600.
    let buckets: Vec<String> = c.buckets.iter().map(Decimal::to_string).collect();
    assert_eq!(buckets, ["800.00", "600.00", "0.00", "0.00", "0.00"]);
    // Credits −200 + −80 × 1.10 = −288; open total 1,290 + 1,400 − 288 = 2,402 = 950 + 1,320 × 1.10.
    assert_eq!((c.credits, c.open_total, c.overdue), (d("-288.00"), d("2402.00"), d("1400.00")));
    // Allowance 38 + 19 × 1.10 = 58.90.
    assert_eq!(c.allowance.value, Some(d("58.90")));
    let r = |v: &arlens::figures::value::Value| v.value.map(|d| arlens::money::display(d, 2));
    // DSO from consolidated inputs: (950 + 1,452) / (300 + 820 × 1.10) × 31 = 2,402 / 1,202 × 31 = 61.948…
    assert_eq!(r(&c.dso), Some(d("61.95")));
    // Best possible: 1,290 / 1,202 × 31 = 33.269…
    assert_eq!(r(&c.best_possible_dso), Some(d("33.27")));
    // CEI: AR_begin 1,350 + 2,000 × 1.10 = 3,550; (3,550 + 1,202 − 2,402) / (3,550 + 1,202 − 1,290)
    // = 2,350 / 3,462 = 67.879…%
    assert_eq!(r(&c.cei), Some(d("67.88")));
    // Overdue %: 1,400 / (1,290 + 1,400) = 52.044…
    assert_eq!(r(&c.overdue_percent), Some(d("52.04")));
}

#[test]
fn a_consolidated_figure_lists_each_currencys_figure_and_its_conversion() {
    let options = Options::at("2024-03-31".parse().unwrap());
    let report = ledger().analyze(&options).unwrap();
    let into = ConsolidationOptions { currency: "USD".into(), rates: rates(&[("EUR", "1.10")]), date: None };
    let figure = |text: &str| text.parse().unwrap();
    // The open total converts column by column: EUR 900, 500, 0, 0, 0, −80 and USD 300, 250,
    // 600, 0, 0, −200; 990 + 550 − 88 + 950 = 2,402.00.
    let e = explain(&report, &into, options.cei, &figure("aging/USD/open")).unwrap();
    let open = &e.sums[0];
    assert_eq!(open.parts.len(), 14); // two currencies × (Not due, five buckets, Credits)
    let eur: Vec<(String, Decimal, Decimal)> = open.parts[..7]
        .iter()
        .map(|p| (p.figure.to_string(), p.amount, p.converted))
        .filter(|p| !p.1.is_zero())
        .collect();
    assert_eq!(
        eur,
        [
            ("aging/EUR/notDue".to_owned(), d("900"), d("990.00")),
            ("aging/EUR/b0".to_owned(), d("500"), d("550.00")),
            ("aging/EUR/credits".to_owned(), d("-80"), d("-88.00")),
        ]
    );
    assert_eq!((open.total, e.reported.value), (d("2402.00"), Some(d("2402.00"))));
    assert!(e.reconciles());
    // DSO reads AR at the end (950 + 1,320 × 1.10 = 2,402) and credit sales (300 + 820 × 1.10 =
    // 1,202): 2,402 / 1,202 × 31 = 61.948…, the consolidated DSO.
    let e = explain(&report, &into, options.cei, &figure("period/USD/dso")).unwrap();
    let totals: Vec<(&str, Decimal)> = e.sums.iter().map(|s| (s.key.as_str(), s.total)).collect();
    assert_eq!(totals, [("arEnd", d("2402.00")), ("creditSales", d("1202.00"))]);
    assert_eq!(e.sums[1].parts[0].figure.to_string(), "period/EUR/creditSales");
    assert_eq!((e.sums[1].parts[0].amount, e.sums[1].parts[0].rate), (d("820"), d("1.10")));
    assert_eq!(e.recomputed.value.map(|v| arlens::money::display(v, 2)), Some(d("61.95")));
    assert!(e.reconciles());
    // A figure in another currency, or one the consolidation has not, is refused by name.
    let wrong = explain(&report, &into, options.cei, &figure("aging/EUR/open")).unwrap_err().to_string();
    assert!(
        wrong.contains("aging/EUR/open is not a consolidated figure: the reporting currency is USD"),
        "{wrong}"
    );
    let absent =
        explain(&report, &into, options.cei, &figure("period/USD/turnover")).unwrap_err().to_string();
    assert!(absent.contains("period/USD/turnover is not a consolidated figure"), "{absent}");
}

#[test]
fn consolidation_rounds_each_converted_amount_half_away_from_zero() {
    let options = Options::at("2024-03-31".parse().unwrap());
    let report = ledger().analyze(&options).unwrap();
    let into = ConsolidationOptions {
        currency: "JPY".into(),
        rates: rates(&[("USD", "150.555"), ("EUR", "162.345")]),
        date: Some("2024-03-31".parse().unwrap()),
    };
    let c = consolidate(&report, &into, options.cei).unwrap();
    // Not due: 300 × 150.555 = 45,166.5 → 45,167; 900 × 162.345 = 146,110.5 → 146,111.
    assert_eq!(c.not_due, d("191278"));
    // Credits: −200 × 150.555 = −30,111; −80 × 162.345 = −12,987.6 → −12,988.
    assert_eq!(c.credits, d("-43099"));
    assert_eq!(c.rates.len(), 2);
    assert_eq!(c.date.map(|d| d.to_string()).as_deref(), Some("2024-03-31"));
}

#[test]
fn consolidation_refuses_missing_and_impossible_rates_by_name() {
    let options = Options::at("2024-03-31".parse().unwrap());
    let report = ledger().analyze(&options).unwrap();
    let attempt = |currency: &str, given: &[(&str, &str)]| {
        let into = ConsolidationOptions { currency: currency.into(), rates: rates(given), date: None };
        consolidate(&report, &into, options.cei).unwrap_err().to_string()
    };
    assert!(attempt("USD", &[]).contains("no rate for EUR: give how many USD one EUR is worth"));
    assert!(attempt("USD", &[("EUR", "0")]).contains("EUR: 0 is not a rate"));
    assert!(attempt("USD", &[("EUR", "-1.1")]).contains("is not a rate"));
    assert!(attempt("USD", &[("EUR", "1.1"), ("EUR", "1.2")]).contains("EUR has two rates"));
    assert!(attempt("USD", &[("EUR", "1.1"), ("USD", "2")]).contains("its rate is 1"));
    assert!(attempt("usd", &[("EUR", "1.1")]).contains("not an ISO 4217 currency code"));
    // The rates' currency itself needs none.
    let into = ConsolidationOptions { currency: "EUR".into(), rates: rates(&[("USD", "0.9")]), date: None };
    assert_eq!(consolidate(&report, &into, options.cei).unwrap().open_total, d("2175.00")); // 950 × 0.9 + 1,320
}

#[test]
fn a_cards_change_is_written_signed_with_its_unit() {
    let h = ledger().headline(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    let text = |currency: &str, key: CardKey| {
        let c = h.currencies.iter().find(|c| c.currency == currency).unwrap();
        c.cards.iter().find(|c| c.key == key).unwrap().change_text(currency)
    };
    assert_eq!(text("USD", CardKey::Dso).as_deref(), Some("−162.8 days")); // 98.1666… − 261
    assert_eq!(text("USD", CardKey::Allowance).as_deref(), Some("+13.50 USD")); // 38 − 24.5
    assert_eq!(text("USD", CardKey::OverduePercent).as_deref(), Some("−7.6 points")); // 73.91 − 81.48
    assert_eq!(text("USD", CardKey::AverageDaysToPay), None); // nothing paid in February
    // EUR receivables: 1,320 against 2,000.
    assert_eq!(text("EUR", CardKey::Receivables).as_deref(), Some("−680.00 EUR"));
}

#[test]
fn card_codes_are_their_serialised_keys() {
    for key in CardKey::ALL {
        assert_eq!(serde_json::to_value(key).unwrap(), serde_json::json!(key.code()));
    }
}
