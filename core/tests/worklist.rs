//! Risk, the worklist and its drafts: a golden worklist for the hand-built
//! `tests/fixtures/worklist.csv` at 2024-06-30, and invariants on generated ledgers.
//!
//! The ledger: Alder (USD) paid A-1 30 days late (in March) and A-2 40 days late
//! (in June) and owes A-3 2,000.00 (due 31 Mar, 91 days past due) and A-4
//! 1,500.00 (due 15 May, 46 days); Eiche (EUR) paid E-0 20 days late in January
//! and owes E-1 900.00 (due 19 Apr, 72 days); Dubois (USD) paid D-0 early and
//! owes D-1 400.00 (due 31 May, 30 days) and the disputed D-2 200.00; Birch (USD)
//! owes B-1 800.00 falling due on 5 July; Cedar (USD) owes only the disputed C-1.

use crate::shared::fixture;
use arlens::collections::drafts::{Template, Templates};
use arlens::collections::ladder::Step;
use arlens::collections::risk::{RiskInputs, Segment, score};
use arlens::collections::worklist::WorklistOptions;
use arlens::money::display;
use arlens::sample::{SampleOptions, generate};
use arlens::{ImportOptions, Options, Report, analyze, import};
use chrono::Days;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn report(tweak: impl FnOnce(&mut Options)) -> Report {
    let ledger = import(&fixture("worklist.csv"), &ImportOptions::default()).unwrap().ledger;
    let mut options = Options::at("2024-06-30".parse().unwrap());
    tweak(&mut options);
    analyze(&ledger, &options).unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

/// The scores and expected values as given, to the digit: shares to six places,
/// points `weight × share`, the score their sum; expected values in cents.
#[test]
fn scores_and_expected_values_to_the_digit() {
    let r = report(|_| {});
    let rows: Vec<(&str, String, String)> = r
        .worklist
        .rows
        .iter()
        .map(|w| (w.customer.name.as_ref(), w.risk_score.to_string(), w.expected_value.to_string()))
        .collect();
    // Alder: 35/60 = 0.583333|33 → 25 × 0.583333 = 14.583325; 10/30 = 0.333333|3 → 3.33333;
    // 15; 20; 91/120 = 0.758333|3 → 15.16666; concentration 3,500/5,200 = 0.673077 ≥ 0.2 → 10:
    // 78.083315; × 3,500.00 / 100 = 2,732.916025 → 2,732.92.
    // Eiche: 20/60 → 0.333333 → 8.333325 + 15 + 20 + 72/120 = 0.6 → 12 + 10 = 65.333325;
    // × 900.00 / 100 = 587.999925 → 588.00.
    // Dubois: 400/600 = 0.666666|67 → 0.666667 → 13.33334; 30/120 → 5; 600/5,200 = 0.115384|6
    // → 0.115385, / 0.2 = 0.576925 → 5.76925: 24.10259; × 400.00 / 100 = 96.410360 → 96.41.
    // Birch: 800/5,200 = 0.153846|15 → 0.153846, / 0.2 = 0.76923 → 7.6923; × 800.00 / 100
    // = 61.53840 → 61.54.
    assert_eq!(
        rows,
        [
            ("Alder Ltd", "78.083315".into(), "2732.92".into()),
            ("Eiche AG", "65.333325".into(), "588.00".into()),
            ("Dubois Inc", "24.10259".into(), "96.41".into()),
            ("Birch GmbH", "7.6923".into(), "61.54".into()),
        ]
    );
    let alder = &r.risk[0].risk;
    let parts: Vec<(&str, String, String)> = alder
        .components
        .iter()
        .map(|c| (c.name.as_ref(), c.share.to_string(), c.points.to_string()))
        .collect();
    assert_eq!(
        parts,
        [
            ("daysLate", "0.583333".into(), "14.583325".into()),
            ("trend", "0.333333".into(), "3.33333".into()),
            ("paidLate", "1".into(), "15".into()),
            ("overdueShare", "1".into(), "20".into()),
            ("oldestItem", "0.758333".into(), "15.16666".into()),
            ("concentration", "1".into(), "10".into()),
        ]
    );
    assert_eq!(alder.inputs.concentration, d("0.673077"));
}

#[test]
fn golden_worklist() {
    let r = report(|_| {});
    let rows: Vec<(&str, Step, String, String, String)> = r
        .worklist
        .rows
        .iter()
        .map(|w| {
            (
                w.customer.name.as_ref(),
                w.step,
                w.at_stake.to_string(),
                display(w.risk_score, 2).to_string(),
                display(w.expected_value, 2).to_string(),
            )
        })
        .collect();
    // USD open invoices: Alder 3,500 + Birch 800 + Cedar 300 + Dubois 600 = 5,200.
    // Alder: days late (1,000·30 + 1,000·40) / 2,000 = 35 → 25 × 35/60 = 14.58; trend 40 − 30 = 10
    // → 10 × 10/30 = 3.33; paid late 100% → 15; overdue 3,500/3,500 → 20; oldest 91 → 20 × 91/120
    // = 15.17; concentration 3,500/5,200 = 67% ≥ 20% → 10. Score 78.08, critical:
    // 91 days is the agency step, raised to legal action, held at agency (3,500 < 10,000).
    // Eiche: 25 × 20/60 = 8.33 + 15 + 20 + 20 × 72/120 = 12 + 10 = 65.33; 72 days → payment plan.
    // Dubois: overdue 400/600 → 13.33; oldest 30 → 5; 600/5,200 = 11.5% → 5.77; score 24.10 → call.
    // Birch: nothing overdue, B-1 due in 5 days → courtesy; 800/5,200 = 15.4% → 7.69.
    // Expected value = at stake × score / 100: 2,732.92; 588.00; 96.41; 61.54.
    assert_eq!(
        rows,
        [
            ("Alder Ltd", Step::CollectionAgency, "3500.00".into(), "78.08".into(), "2732.92".into()),
            ("Eiche AG", Step::PaymentPlan, "900.00".into(), "65.33".into(), "588.00".into()),
            ("Dubois Inc", Step::Call, "400.00".into(), "24.10".into(), "96.41".into()),
            ("Birch GmbH", Step::CourtesyReminder, "800.00".into(), "7.69".into(), "61.54".into()),
        ]
    );
    let reasons: Vec<Vec<&str>> =
        r.worklist.rows.iter().map(|w| w.reasons.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        reasons[0],
        [
            "1 invoice 91–120 days past due (2,000.00 USD)",
            "1 invoice 31–60 days past due (1,500.00 USD)",
            "pays 35 days late on average, getting worse (40 days late in the last 90 days)",
            "100% of the amount paid in the last 365 days was paid late",
            "owes 67% of all open USD invoices",
            "risk 78 (critical)",
            "raised one step, to legal action: the risk is critical",
            "under 10,000.00 USD overdue: a collection agency rather than legal action",
        ]
    );
    assert_eq!(
        reasons[1],
        [
            "1 invoice 61–90 days past due (900.00 EUR)",
            "pays 20 days late on average",
            "100% of the amount paid in the last 365 days was paid late",
            "owes 100% of all open EUR invoices",
            "risk 65 (at risk)",
        ]
    );
    assert_eq!(
        reasons[2],
        [
            "1 invoice 1–30 days past due (400.00 USD)",
            "pays on time on average",
            "owes 12% of all open USD invoices",
            "1 invoice (200.00 USD) disputed, left out",
            "risk 24 (reliable)",
        ]
    );
    assert_eq!(
        reasons[3],
        [
            "1 invoice (800.00 USD) falls due within 7 days",
            "no invoice paid in the last 365 days",
            "owes 15% of all open USD invoices",
            "risk 8 (reliable)",
        ]
    );
    let [cedar] = &r.worklist.set_apart[..] else { panic!("Cedar is set apart") };
    assert_eq!(
        cedar.reason,
        "1 invoice (300.00 USD) overdue but disputed: resolve the dispute before chasing"
    );
    // Every customer with something open has a risk, highest first; Cedar's disputed invoice
    // counts for nothing but concentration: 300 / 5,200 = 5.8% → 10 × 0.29 = 2.88.
    let risks: Vec<&str> = r.risk.iter().map(|a| a.customer.name.as_ref()).collect();
    assert_eq!(risks, ["Alder Ltd", "Eiche AG", "Dubois Inc", "Birch GmbH", "Cedar SA"]);
    assert_eq!(display(r.risk[4].risk.score, 2), d("2.88"));
    assert_eq!(r.risk[4].next_step, None);
    assert_eq!(r.risk[4].reasons[0], cedar.reason);
    assert_eq!(r.risk[0].next_step, Some(Step::CollectionAgency));
    assert_eq!(r.risk[0].reasons, r.worklist.rows[0].reasons);

    // Without the risk rule Alder stays at the agency step, for the age of its oldest invoice.
    let plain = report(|o| o.worklist.raise_at = None);
    assert_eq!(plain.worklist.rows[0].step, Step::CollectionAgency);
    assert!(!plain.worklist.rows[0].reasons.iter().any(|r| r.starts_with("raised")));
    assert_eq!(r.risk[0].risk.segment, Segment::Critical);
}

#[test]
fn suggested_plan_sized_to_past_payments() {
    let r = report(|_| {});
    let plan = r.worklist.rows[1].plan.as_ref().expect("the payment-plan step carries a plan");
    // Eiche paid 1,200.00 in the last year: 100.00 a month; 900.00 / 100.00 = 9 months, at most 6.
    // The first installment 14 days after the as-of date, then monthly.
    let rows: Vec<(String, String)> =
        plan.installments.iter().map(|i| (i.date.to_string(), i.amount.to_string())).collect();
    assert_eq!(
        rows,
        ["2024-07-14", "2024-08-14", "2024-09-14", "2024-10-14", "2024-11-14", "2024-12-14"]
            .map(|date| (date.to_owned(), "150.00".to_owned()))
    );
    assert!(r.worklist.rows.iter().filter(|w| w.step != Step::PaymentPlan).all(|w| w.plan.is_none()));
}

#[test]
fn draft_with_a_disputed_invoice_left_out() {
    let r = report(|_| {});
    let draft = r.worklist.rows[2].draft.as_ref().unwrap();
    // No collection log: neither subject nor body claims an earlier reminder.
    assert_eq!(draft.subject, "Overdue payment: 400.00 USD, please pay by 2024-07-10");
    assert_eq!(
        draft.body,
        "Dear Dubois Inc,\n\
         \n\
         The following invoices remain unpaid:\n\
         \n\
         - Invoice D-1, dated 2024-05-01, due 2024-05-31: 400.00 USD (30 days overdue)\n\
         \n\
         Total overdue: 400.00 USD\n\
         \n\
         Invoices under discussion with you (D-2) are not included.\n\
         \n\
         Please pay this amount by 2024-07-10, or contact us before then to agree how it will be settled. \
         If you believe any of these amounts is not owed, please tell us why.\n\
         \n\
         [how to pay: bank account and the reference to quote]\n\
         \n\
         Kind regards,\n\
         [your name, phone and email]\n\
         [your company]\n"
    );
    // The plan offer and the final notice.
    let eiche = r.worklist.rows[1].draft.as_ref().unwrap();
    assert!(eiche.body.contains(
        "we can offer to spread the 900.00 EUR over 6 monthly payments of 150.00 EUR, the first on 2024-07-14."
    ));
    let alder = r.worklist.rows[0].draft.as_ref().unwrap();
    assert_eq!(alder.subject, "Final notice before referral: 3,500.00 USD overdue");
    assert!(alder.body.contains("by 2024-07-10, we intend to refer the account to a collection agency."));
    assert!(
        alder
            .body
            .contains("- Invoice A-3, dated 2024-03-01, due 2024-03-31: 2,000.00 USD (91 days overdue)")
    );
}

#[test]
fn sender_details_and_custom_templates_fill_every_placeholder() {
    let r = report(|o| {
        o.worklist.sender.company = Some("Northwind Ltd".into());
        o.worklist.sender.contact = Some("Ana Ruiz, +44 20 7946 0000".into());
        o.worklist.sender.payment_details =
            Some("IBAN GB00 NWBK 0000 0000 0000 00, quote your account".into());
    });
    for row in &r.worklist.rows {
        let draft = row.draft.as_ref().unwrap();
        assert!(!draft.body.contains('[') && !draft.body.contains('{'), "{}", draft.body);
        assert!(draft.body.ends_with("Kind regards,\nAna Ruiz, +44 20 7946 0000\nNorthwind Ltd\n"));
    }
    let mut templates = Templates {
        courtesy: Template { subject: "{count} due: {total}".into(), body: "Hi {customer}".into() },
        ..Templates::default()
    };
    let custom = report(|o| o.worklist.templates = Some(templates.clone()));
    let birch = custom.worklist.rows[3].draft.as_ref().unwrap();
    assert_eq!((birch.subject.as_str(), birch.body.as_str()), ("1 due: 800.00 USD", "Hi Birch GmbH"));

    templates.firm.body = "Dear {customer_name}".into();
    let ledger = import(&fixture("worklist.csv"), &ImportOptions::default()).unwrap().ledger;
    let options = Options {
        worklist: WorklistOptions { templates: Some(templates), ..WorklistOptions::default() },
        ..Options::at("2024-06-30".parse().unwrap())
    };
    let err = analyze(&ledger, &options).unwrap_err().to_string();
    assert!(err.contains("unknown placeholder {customer_name} in the firm body"), "{err}");
}

#[test]
fn drafts_only_for_the_first_rows_when_limited() {
    let r = report(|o| o.worklist.drafts = Some(1));
    let drafted: Vec<bool> = r.worklist.rows.iter().map(|w| w.draft.is_some()).collect();
    assert_eq!(drafted, [true, false, false, false]);
}

fn inputs() -> impl Strategy<Value = RiskInputs> {
    let share = (0u32..=1000).prop_map(|n| Decimal::new(n.into(), 3));
    (
        prop::option::of(0u32..200),
        prop::option::of(-100i32..100),
        prop::option::of(share.clone()),
        share.clone(),
        prop::option::of(0i64..400),
        share,
    )
        .prop_map(|(days, trend, late, overdue, oldest, conc)| RiskInputs {
            days_late: days.map(Decimal::from),
            trend: trend.map(Decimal::from),
            late_share: late,
            overdue_share: overdue,
            oldest_days: oldest,
            concentration: conc,
        })
}

proptest! {
    /// Worsening any one input never lowers the score, and the score is the sum
    /// of its components, within 0–100.
    #[test]
    fn worse_inputs_never_lower_the_score(base in inputs(), which in 0usize..6, by in 1u32..200) {
        let step = Decimal::from(by);
        let mut worse = base.clone();
        match which {
            0 => worse.days_late = Some(base.days_late.unwrap_or_default() + step),
            1 => worse.trend = Some(base.trend.unwrap_or_default() + step),
            2 => worse.late_share = Some((base.late_share.unwrap_or_default() + step / Decimal::from(1000)).min(Decimal::ONE)),
            3 => worse.overdue_share = (base.overdue_share + step / Decimal::from(1000)).min(Decimal::ONE),
            4 => worse.oldest_days = Some(base.oldest_days.unwrap_or(0) + i64::from(by)),
            _ => worse.concentration = (base.concentration + step / Decimal::from(1000)).min(Decimal::ONE),
        }
        let (a, b) = (score(&base), score(&worse));
        prop_assert!(b.score >= a.score, "{:?} → {} but {:?} → {}", base, a.score, worse, b.score);
        prop_assert!(b.segment >= a.segment);
        prop_assert_eq!(a.components.iter().map(|c| c.points).sum::<Decimal>().normalize(), a.score);
        prop_assert!(a.score >= Decimal::ZERO && a.score <= Decimal::ONE_HUNDRED);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// On generated ledgers: rows follow their documented key, each row's expected
    /// value is at stake × score / 100, every account with undisputed overdue
    /// invoices is on the list, and ranks count from 1.
    #[test]
    fn worklist_order_follows_its_key(seed in any::<u64>(), invoices in 20usize..400, days_back in 0u64..200) {
        let sample = generate(&SampleOptions { seed, invoices, ..SampleOptions::default() });
        let ledger = import(&sample.transactions_csv(), &ImportOptions::default()).unwrap().ledger;
        let as_of = sample.reference_date - Days::new(days_back);
        let r = analyze(&ledger, &Options::at(as_of)).unwrap();
        let rows = &r.worklist.rows;
        for (i, w) in rows.iter().enumerate() {
            prop_assert_eq!(w.rank, i + 1);
            // An amount in the currency's minor units (or the amount at stake's places,
            // when more), within half of one of them of the exact product.
            let places = arlens::money::minor_units(&w.currency).max(w.at_stake.scale());
            let exact = w.at_stake * w.risk_score / Decimal::ONE_HUNDRED;
            prop_assert_eq!(w.expected_value.scale(), places);
            prop_assert!((w.expected_value - exact).abs() * Decimal::from(2) <= Decimal::new(1, places));
            prop_assert!(w.risk_score.scale() <= 6);
            prop_assert!(w.at_stake > Decimal::ZERO);
            prop_assert_eq!(w.plan.is_some(), w.step == Step::PaymentPlan);
            if let Some(plan) = &w.plan {
                prop_assert_eq!(plan.total, w.at_stake);
            }
        }
        for pair in rows.windows(2) {
            let key = |w: &arlens::collections::worklist::WorklistRow| (std::cmp::Reverse(w.expected_value), std::cmp::Reverse(w.at_stake), std::cmp::Reverse(w.oldest_days), w.customer.id.clone(), w.currency.clone());
            prop_assert!(key(&pair[0]) <= key(&pair[1]));
        }
        // Accounts with overdue money in the aging (due-date basis) are all listed.
        for c in r.aging.customers.iter().filter(|c| c.aging.buckets.iter().any(|b| *b > Decimal::ZERO)) {
            prop_assert!(rows.iter().any(|w| w.customer.id == c.customer.id && w.currency == c.aging.currency),
                "{} {} missing", c.customer.id, c.aging.currency);
        }
    }
}

#[test]
fn an_impossible_plan_is_a_reason_not_a_failure() {
    // 1,000.005 USD cannot be cut into cents: the payment-plan row says so and the report stands.
    let csv = b"Invoice,Customer,Date,Due date,Amount\nA-1,Acme,2024-03-01,2024-04-01,1000.005\n";
    let usd = ImportOptions { default_currency: Some("USD".into()), ..ImportOptions::default() };
    let ledger = import(csv, &usd).unwrap().ledger;
    let r = analyze(&ledger, &Options::at("2024-06-10".parse().unwrap())).unwrap();
    let [row] = &r.worklist.rows[..] else { panic!("one row") };
    assert_eq!(row.step, Step::PaymentPlan); // 70 days past due
    assert!(row.plan.is_none());
    let last = row.reasons.last().unwrap();
    assert!(
        last.starts_with("no plan suggested: ") && last.contains("more digits than USD's minor units"),
        "{last}"
    );
}
