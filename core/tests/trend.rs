//! The monthly series, calendar-month aging, netted credits and recovery on
//! generated messy ledgers (partial payments, credit notes, unapplied cash,
//! three currencies), checked against independent computations.

use arlens::figures::aging::{AgingPeriods, CreditTreatment};
use arlens::figures::dso::CeiVariant;
use arlens::figures::dso::quantities;
use arlens::figures::period::Period;
use arlens::figures::recovery::recovery;
use arlens::figures::trend::trend;
use arlens::import::PaymentMatching;
use arlens::sample::{SampleOptions, generate};
use arlens::{AgingBasis, AgingOptions, Book, BucketConvention, ImportOptions, age, import};
use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn ledger(seed: u64, invoices: usize, unapplied: bool) -> (Book, NaiveDate) {
    let sample = generate(&SampleOptions { seed, invoices, ..SampleOptions::default() });
    let policy = if unapplied { PaymentMatching::Unapplied } else { PaymentMatching::OldestFirst };
    let options = ImportOptions { unreferenced_payments: policy, ..ImportOptions::default() };
    (import(&sample.transactions_csv(), &options).unwrap().ledger, sample.reference_date)
}

fn aging_options(edges: Vec<u32>, lower: bool, months: bool, invoice_basis: bool) -> AgingOptions {
    AgingOptions {
        edges,
        convention: if lower { BucketConvention::LowerInclusive } else { BucketConvention::UpperInclusive },
        periods: if months { AgingPeriods::CalendarMonths } else { AgingPeriods::Days },
        basis: if invoice_basis { AgingBasis::InvoiceDate } else { AgingBasis::DueDate },
        ..AgingOptions::default()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    /// Every month of the sweep equals the period figures and the aging computed
    /// by replaying the ledger at that month's end; roll rates follow their formula.
    #[test]
    fn the_monthly_sweep_equals_replaying_each_month_end(
        seed in any::<u64>(),
        invoices in 20usize..300,
        days_back in 0u64..300,
        unapplied in any::<bool>(),
        edges in prop::collection::btree_set(1u32..200, 1..6),
        lower in any::<bool>(),
        months in any::<bool>(),
        invoice_basis in any::<bool>(),
    ) {
        let (ledger, reference) = ledger(seed, invoices, unapplied);
        let as_of = reference - Days::new(days_back);
        let options = aging_options(edges.into_iter().collect(), lower, months, invoice_basis);
        let series = trend(&ledger, as_of, &options, CeiVariant::SalesPerMonth).unwrap();
        // Empty exactly when nothing is dated by the as-of date (a small ledger, a date
        // far back: 20 invoices, 273 days before the reference date, was one).
        prop_assert_eq!(series.is_empty(), ledger.entries.iter().all(|e| e.date > as_of));
        for currency in &series {
            let mut previous: Option<&arlens::figures::trend::MonthFigures> = None;
            for m in &currency.months {
                let period = Period { start: m.start, end: m.end, opening: m.start - chrono::Days::new(1), days: m.days, months: 1 };
                let q = quantities(&ledger, &period).into_iter().find(|q| q.currency == currency.currency).unwrap();
                prop_assert_eq!(
                    (q.ar_begin, q.ar_end, q.ar_current, q.credit_sales, q.collections),
                    (m.ar_begin, m.ar_end, m.ar_current, m.sales, m.collections),
                    "{} {}", currency.currency, m.month
                );
                let aged = age(&ledger, m.end, &options).unwrap();
                let c = aged.currencies.iter().find(|c| c.currency == currency.currency).unwrap();
                let mut columns = vec![c.not_due];
                columns.extend(&c.buckets);
                prop_assert_eq!(&m.aging, &columns, "{} {}", currency.currency, m.month);
                prop_assert_eq!(m.credits, c.credits);
                prop_assert_eq!(m.aging.iter().copied().sum::<Decimal>() + m.credits, m.ar_end);
                match previous {
                    None => prop_assert!(m.roll_rates.is_empty()),
                    Some(p) => {
                        prop_assert_eq!(m.ar_begin, p.ar_end);
                        prop_assert_eq!(m.roll_rates.len(), m.aging.len() - 1);
                        for (k, rate) in m.roll_rates.iter().enumerate() {
                            let want = (p.aging[k] > Decimal::ZERO)
                                .then(|| (m.aging[k + 1] / p.aging[k] * Decimal::ONE_HUNDRED).normalize());
                            prop_assert_eq!(rate.value, want);
                        }
                    }
                }
                previous = Some(m);
            }
            let last = currency.months.last().unwrap();
            prop_assert_eq!(last.end, as_of);
        }
    }

    /// Netting credits per customer moves amounts between columns of the same
    /// customer only: totals are unchanged, and a customer keeps a Credits column
    /// only when nothing of it is left to offset.
    #[test]
    fn netting_credits_keeps_each_customer_total(
        seed in any::<u64>(),
        invoices in 20usize..300,
        days_back in 0u64..300,
    ) {
        let (ledger, reference) = ledger(seed, invoices, true);
        let as_of = reference - Days::new(days_back);
        let gross = age(&ledger, as_of, &AgingOptions::default()).unwrap();
        let net_options = AgingOptions { credits: CreditTreatment::NetPerCustomer, ..AgingOptions::default() };
        let net = age(&ledger, as_of, &net_options).unwrap();
        let totals = |a: &arlens::Aging| {
            let mut t: Vec<_> = a.customers.iter()
                .map(|c| (c.aging.currency.clone(), c.customer.id.clone(), c.aging.open_total)).collect();
            t.sort();
            t
        };
        prop_assert_eq!(totals(&gross), totals(&net));
        for c in &net.customers {
            let a = &c.aging;
            prop_assert!(a.not_due >= Decimal::ZERO && a.buckets.iter().all(|b| *b >= Decimal::ZERO));
            let aged = a.not_due + a.buckets.iter().copied().sum::<Decimal>();
            prop_assert!(a.credits.is_zero() || aged.is_zero(), "{:?}", a);
            prop_assert_eq!(aged + a.credits, a.open_total);
        }
        for (g, n) in gross.currencies.iter().zip(&net.currencies) {
            prop_assert_eq!(g.open_total, n.open_total);
            prop_assert!(n.credits >= g.credits);
        }
    }

    /// Calendar-month aging puts each open invoice in the column of how many
    /// calendar months before the as-of month it fell due, counted independently.
    #[test]
    fn calendar_months_count_months_of_the_due_date(
        seed in any::<u64>(),
        invoices in 20usize..300,
        days_back in 0u64..300,
        count in 1usize..7,
    ) {
        let (ledger, reference) = ledger(seed, invoices, false);
        let as_of = reference - Days::new(days_back);
        let options = AgingOptions {
            periods: AgingPeriods::CalendarMonths,
            edges: (1..=count as u32).collect(),
            items: true,
            ..AgingOptions::default()
        };
        let aging = age(&ledger, as_of, &options).unwrap();
        prop_assert_eq!(aging.buckets.len(), count + 1);
        let month = |d: NaiveDate| d.year() * 12 + d.month0() as i32;
        for item in aging.items.iter().filter(|i| i.open > Decimal::ZERO) {
            let want = (item.due_date < as_of)
                .then(|| ((month(as_of) - month(item.due_date)) as usize).min(count));
            prop_assert_eq!(item.bucket, want, "due {} at {}", item.due_date, as_of);
        }
    }

    /// Recovery: what was collected and credited of the past-due invoices never
    /// exceeds what was past due, bucket by bucket, and the total is their sum.
    #[test]
    fn recovery_stays_within_what_was_past_due(
        seed in any::<u64>(),
        invoices in 20usize..300,
        days_back in 0u64..300,
        unapplied in any::<bool>(),
    ) {
        let (ledger, reference) = ledger(seed, invoices, unapplied);
        let period = Period::ending(reference - Days::new(days_back), arlens::figures::period::PeriodLength::Quarter);
        for r in recovery(&ledger, &period, &AgingOptions::default()).unwrap() {
            let mut sum = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
            for b in &r.buckets {
                prop_assert!(b.collected + b.credited <= b.past_due_at_start, "{:?}", b);
                prop_assert!(b.collected >= Decimal::ZERO && b.credited >= Decimal::ZERO);
                sum = (sum.0 + b.past_due_at_start, sum.1 + b.collected, sum.2 + b.credited);
            }
            prop_assert_eq!(sum, (r.total.past_due_at_start, r.total.collected, r.total.credited));
            if let Some(rate) = r.total.rate.value {
                prop_assert!(rate >= Decimal::ZERO && rate <= Decimal::ONE_HUNDRED);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    /// A `Ledger` handle keeps the trend to the end of the ledger's last month and
    /// sums only the as-of month again: on messy generated ledgers (partial payments,
    /// credit notes, unapplied cash, three currencies), at as-of dates in any order —
    /// inside and after the history, mid-month and at month ends — and with options
    /// changing between calls, its whole report equals a fresh analysis's.
    #[test]
    fn the_handle_reusing_its_trend_equals_a_fresh_analysis(
        seed in any::<u64>(),
        invoices in 20usize..250,
        unapplied in any::<bool>(),
        steps in prop::collection::vec((0u64..500, any::<bool>(), any::<bool>(), any::<bool>()), 1..6),
    ) {
        let sample = generate(&SampleOptions { seed, invoices, ..SampleOptions::default() });
        let policy = if unapplied { PaymentMatching::Unapplied } else { PaymentMatching::OldestFirst };
        let import_options = ImportOptions { unreferenced_payments: policy, ..ImportOptions::default() };
        let bytes = sample.transactions_csv();
        let handle = arlens::Ledger::open(&bytes, &import_options).unwrap();
        let book = import(&bytes, &import_options).unwrap().ledger;
        for (days_back, months, invoice_basis, full_sales) in steps {
            // Up to 40 days after the reference date, so some as-of dates pass the history.
            let as_of = sample.reference_date + Days::new(40) - Days::new(days_back);
            let mut options = arlens::Options::at(as_of);
            options.aging = aging_options(vec![30, 60, 90], false, months, invoice_basis);
            options.cei = if full_sales { CeiVariant::FullSales } else { CeiVariant::SalesPerMonth };
            let fresh = arlens::analyze(&book, &options).unwrap();
            prop_assert_eq!(handle.analyze(&options).unwrap(), fresh, "as of {}", as_of);
        }
    }
}
