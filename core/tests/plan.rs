//! Payment plans: hand-computed schedules, impossible terms, and the cent
//! invariants on random terms.

use arlens::collections::plan::{Frequency, Interest, Plan, PlanTerms, payment_plan};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn terms(balance: &str, as_of: &str) -> PlanTerms {
    PlanTerms::new(d(balance), "USD", date(as_of))
}

fn amounts(plan: &Plan) -> Vec<String> {
    plan.installments.iter().map(|i| i.amount.to_string()).collect()
}

#[test]
fn amortized_interest_matches_the_annuity_formula() {
    let plan = payment_plan(&PlanTerms {
        installments: Some(12),
        interest: Interest::Amortized(d("0.12")),
        ..terms("10000.00", "2024-01-15")
    })
    .unwrap();
    // r = 12% / 12 = 1% a month; (1.01)^12 = 1.12682503…;
    // A = 10,000 × 0.01 × 1.12682503 / 0.12682503 = 888.48788…; I = 12 A − 10,000 = 661.85.
    assert_eq!(plan.interest, d("661.85"));
    assert_eq!(plan.total.to_string(), "10661.85");
    // 1,066,185 cents / 12 = 88,848 remainder 9: nine of 888.49, then three of 888.48.
    let mut want = vec!["888.49"; 9];
    want.extend(["888.48"; 3]);
    assert_eq!(amounts(&plan), want);
    let first = &plan.installments[0];
    // Interest on the declining balance: 10,000 × 1% = 100.00; principal 888.49 − 100.00.
    assert_eq!((first.interest.to_string(), first.principal.to_string()), ("100.00".into(), "788.49".into()));
    assert_eq!(first.balance_after.to_string(), "9211.51");
    // 9,211.51 × 1% = 92.1151 → 92.12.
    assert_eq!(plan.installments[1].interest.to_string(), "92.12");
    assert_eq!(plan.installments[11].balance_after.to_string(), "0.00");
    let interest: Decimal = plan.installments.iter().map(|i| i.interest).sum();
    assert_eq!(interest, d("661.85"));
}

#[test]
fn the_highest_amortized_rate_over_many_months_does_not_overflow() {
    // Found by fuzzing: P r g overflowed a Decimal when g = (1 + r)^n was large.
    let plan = payment_plan(&PlanTerms {
        installments: Some(100),
        interest: Interest::Amortized(d("10")),
        ..terms("1000000.00", "2024-01-15")
    })
    .unwrap();
    // r = 10 / 12 a month; g = (1 + r)^100 ≈ 2 × 10^26, so g / (g − 1) = 1 to 26 places and
    // A = P r = 833,333.33…; I = 100 A − P = 83,333,333.33… − 1,000,000 = 82,333,333.33.
    assert_eq!(plan.interest, d("82333333.33"));
    assert_eq!(plan.installments.iter().map(|i| i.amount).sum::<Decimal>(), plan.total);
}

#[test]
fn interest_at_a_high_rate_over_a_long_term_never_turns_negative() {
    // Found by fuzzing: each row's interest was taken on the schedule's rounded
    // balance, whose cent differences grew by (1 + r) a month, 444 times, until the
    // balance and the interest went negative. Now on the annuity's exact balance.
    let plan = payment_plan(&PlanTerms {
        installments: Some(444),
        interest: Interest::Amortized(d("0.9884")),
        ..terms("178233.20", "2020-10-05")
    })
    .unwrap();
    let rows = &plan.installments;
    // r = 0.9884 / 12 = 0.0823666…; (1 + r)^−444 ≈ 6 × 10^−16, so row 1's balance is the whole
    // 178,233.20: 178,233.20 × 0.0823666… = 14,680.4745… → 14,680.47.
    assert_eq!(rows[0].interest, d("14680.47"));
    assert!(rows.iter().all(|i| i.interest >= Decimal::ZERO), "a negative interest row");
    assert_eq!(rows.iter().map(|i| i.interest).sum::<Decimal>(), plan.interest);
    assert_eq!(rows.iter().map(|i| i.principal).sum::<Decimal>(), d("178233.20"));
    assert_eq!(rows.last().unwrap().balance_after, Decimal::ZERO);
}

#[test]
fn flat_interest_on_the_whole_amount() {
    let plan = payment_plan(&PlanTerms {
        installments: Some(6),
        interest: Interest::Flat(d("0.10")),
        ..terms("1200.00", "2024-01-15")
    })
    .unwrap();
    // I = 1,200 × 10% / 12 × 6 = 60.00; 1,260.00 / 6 = 210.00, of which 10.00 interest.
    assert_eq!(plan.interest.to_string(), "60.00");
    assert_eq!(amounts(&plan), ["210.00"; 6]);
    assert!(plan.installments.iter().all(|i| i.interest == d("10") && i.principal == d("200")));
}

#[test]
fn a_down_payment_then_month_ends_that_roll() {
    let plan = payment_plan(&PlanTerms {
        installments: Some(3),
        down_payment: Some(d("100.00")),
        ..terms("1000.00", "2024-01-31")
    })
    .unwrap();
    let rows: Vec<(u32, String, String)> =
        plan.installments.iter().map(|i| (i.number, i.date.to_string(), i.amount.to_string())).collect();
    // 900.00 financed in three: 31 Jan + 1 month is 29 Feb (leap year), + 2 is 31 Mar, + 3 is 30 Apr.
    assert_eq!(
        rows,
        [
            (0, "2024-01-31".into(), "100.00".into()),
            (1, "2024-02-29".into(), "300.00".into()),
            (2, "2024-03-31".into(), "300.00".into()),
            (3, "2024-04-30".into(), "300.00".into()),
        ]
    );
    assert_eq!(plan.total.to_string(), "1000.00");
}

#[test]
fn a_maximum_installment_sets_the_count() {
    let plain =
        payment_plan(&PlanTerms { max_installment: Some(d("300")), ..terms("1000.00", "2024-01-15") });
    assert_eq!(amounts(&plain.unwrap()), ["250.00"; 4]); // 3 × 300 < 1,000 ≤ 4 × 300
    let amortized = payment_plan(&PlanTerms {
        max_installment: Some(d("300")),
        interest: Interest::Amortized(d("0.12")),
        ..terms("1000.00", "2024-01-15")
    })
    .unwrap();
    // n = 3: A = 10 × 1.030301 / 0.030301 = 340.02 > 300. n = 4: A = 10 × 1.04060401 / 0.04060401
    // = 256.28; I = 4 × 256.2811 − 1,000 = 25.12; 1,025.12 / 4 = 256.28 each.
    assert_eq!(amounts(&amortized), ["256.28"; 4]);
    assert_eq!(amortized.interest.to_string(), "25.12");
}

#[test]
fn weekly_and_fortnightly_dates() {
    let dates = |frequency| {
        let plan =
            payment_plan(&PlanTerms { installments: Some(3), frequency, ..terms("30.00", "2024-02-26") })
                .unwrap();
        plan.installments.iter().map(|i| i.date.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(dates(Frequency::Weekly), ["2024-02-26", "2024-03-04", "2024-03-11"]);
    assert_eq!(dates(Frequency::Fortnightly), ["2024-02-26", "2024-03-11", "2024-03-25"]);
}

#[test]
fn impossible_terms_say_what_to_change() {
    let message = |t: PlanTerms| payment_plan(&t).unwrap_err().to_string();
    let base = terms("10000.00", "2024-03-31");
    assert!(message(PlanTerms { installments: Some(0), ..base.clone() }).contains("give at least 1"));
    assert!(message(base.clone()).contains("give the number of installments or a maximum installment"));
    let early = message(PlanTerms { installments: Some(2), start: Some(date("2024-03-01")), ..base.clone() });
    assert!(
        early.contains("2024-03-01 is before the as-of date 2024-03-31: start on or after it"),
        "{early}"
    );
    let short = message(PlanTerms {
        max_installment: Some(d("100")),
        interest: Interest::Amortized(d("0.12")),
        ..base.clone()
    });
    // 10,000 × 1% = 100.00 interest a month: an installment of 100 never repays anything.
    assert!(short.contains("100.00 does not cover the interest of 100.00 a period"), "{short}");
    let down = message(PlanTerms { installments: Some(2), down_payment: Some(d("10000")), ..base.clone() });
    assert!(down.contains("less than the balance 10,000.00"), "{down}");
    let cents = message(PlanTerms { installments: Some(2), ..terms("10.001", "2024-03-31") });
    assert!(cents.contains("more digits than USD's minor units"), "{cents}");
}

fn interest_strategy() -> impl Strategy<Value = Interest> {
    prop_oneof![
        Just(Interest::None),
        (0u32..3000).prop_map(|bp| Interest::Flat(Decimal::new(bp.into(), 4))),
        (0u32..3000).prop_map(|bp| Interest::Amortized(Decimal::new(bp.into(), 4))),
    ]
}

proptest! {
    /// Installments sum to balance + interest + fee and principals to the balance,
    /// equal installments differ by at most one cent, every amount is in whole cents,
    /// the balance ends at zero, and dates rise from the start, month ends clamped.
    #[test]
    fn schedules_never_lose_a_cent(
        cents in 1i64..100_000_000,
        n in 1u32..60,
        frequency in prop_oneof![Just(Frequency::Weekly), Just(Frequency::Fortnightly), Just(Frequency::Monthly)],
        interest in interest_strategy(),
        down_share in 0u32..90,
        fee_cents in 0i64..10_000,
        day in 1u32..29,
        month_end in any::<bool>(),
    ) {
        let balance = Decimal::new(cents, 2);
        let down = (balance * Decimal::from(down_share) / Decimal::from(100)).round_dp(2);
        let start = if month_end { date("2024-01-31") } else { NaiveDate::from_ymd_opt(2024, 1, day).unwrap() };
        let terms = PlanTerms {
            installments: Some(n),
            frequency,
            interest,
            down_payment: (down < balance).then_some(down),
            fee: Some(Decimal::new(fee_cents, 2)),
            start: Some(start),
            ..PlanTerms::new(balance, "USD", date("2024-01-01"))
        };
        let plan = payment_plan(&terms).unwrap();
        let rows = &plan.installments;
        prop_assert_eq!(rows.iter().map(|i| i.amount).sum::<Decimal>(), plan.total);
        prop_assert_eq!(plan.total, balance + plan.interest + plan.fee);
        prop_assert_eq!(rows.iter().map(|i| i.principal).sum::<Decimal>(), balance);
        prop_assert_eq!(rows.iter().map(|i| i.interest).sum::<Decimal>(), plan.interest);
        prop_assert_eq!(rows.last().unwrap().balance_after, Decimal::ZERO);
        let regular: Vec<Decimal> = rows.iter().filter(|i| i.number > 0).map(|i| i.amount).collect();
        prop_assert_eq!(regular.len(), n as usize);
        let (lo, hi) = (regular.iter().min().unwrap(), regular.iter().max().unwrap());
        prop_assert!(hi - lo <= d("0.01"), "{} vs {}", lo, hi);
        for i in rows {
            prop_assert!(i.amount.scale() <= 2 && i.amount == i.amount.round_dp(2));
            prop_assert_eq!(i.amount, i.principal + i.interest + i.fee);
            prop_assert!(i.interest >= Decimal::ZERO);
        }
        prop_assert!(rows.windows(2).all(|w| w[0].date < w[1].date));
        prop_assert_eq!(rows[0].date, start);
        if frequency == Frequency::Monthly {
            for (k, i) in rows.iter().enumerate() {
                let month_len = |d: NaiveDate| {
                    let next = d.with_day(1).unwrap().checked_add_months(chrono::Months::new(1)).unwrap();
                    (next - d.with_day(1).unwrap()).num_days() as u32
                };
                prop_assert_eq!(i.date.day(), start.day().min(month_len(i.date)), "row {}", k);
            }
        }
    }
}
