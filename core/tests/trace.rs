//! Every figure traced to its members: hand-computed traces on
//! `tests/fixtures/two-currencies.csv` (the ledger is described in
//! `two_currencies.rs`), and the reconciliation property on generated messy ledgers.

use crate::shared::fixture;
use arlens::figures::aging::CreditTreatment;
use arlens::figures::period::PeriodLength;
use arlens::sample::{SampleOptions, generate};
use arlens::trace::{AgingCell, FigureRef, PaymentFigure, PeriodFigure, RecoveryFigure, Trace};
use arlens::{ImportOptions, Ledger, Options, Report};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn two_currencies(as_of: &str, tweak: impl FnOnce(&mut Options)) -> (Ledger, Options, Report) {
    let ledger = Ledger::open(&fixture("two-currencies.csv"), &ImportOptions::default()).unwrap();
    let mut options = Options::at(as_of.parse().unwrap());
    tweak(&mut options);
    let report = ledger.analyze(&options).unwrap();
    (ledger, options, report)
}

fn figure(text: &str) -> FigureRef {
    text.parse().unwrap()
}

/// An input as (key, total, [(document, value)]).
type Listed = (String, Decimal, Vec<(String, Decimal)>);

/// Each input of `trace` as listed.
fn members(ledger: &Ledger, trace: &Trace) -> Vec<Listed> {
    trace
        .inputs
        .iter()
        .map(|i| {
            let list =
                i.members.iter().map(|m| (ledger.book().entries[m.entry].id.to_string(), m.value)).collect();
            (i.key.clone(), i.total, list)
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, Decimal)> {
    list.iter().map(|(doc, v)| (doc.to_string(), d(v))).collect()
}

#[test]
fn an_aging_cell_lists_its_open_documents_and_adds_up_to_the_cell() {
    let (ledger, options, report) = two_currencies("2024-03-31", |_| {});
    let trace = |t: &str| ledger.trace(&report, &options, &figure(t)).unwrap();
    // USD at 31 Mar: U-1 600.00 (1,000 − 400; 56 days: 31–60), U-3 250.00 (15 days: 1–30),
    // U-4 300.00 (not due), P-2's unapplied 200.00 (credits): 600 + 250 + 300 − 200 = 950.00.
    let open = trace("aging/USD/open");
    assert_eq!(
        members(&ledger, &open),
        [(
            "open".into(),
            d("950"),
            pairs(&[("U-1", "600"), ("U-3", "250"), ("P-2", "-200"), ("U-4", "300")])
        )]
    );
    assert!(open.reconciles());
    assert_eq!(open.reported.value, Some(d("950")));
    let b1 = trace("aging/USD/b1");
    assert_eq!(members(&ledger, &b1)[0].2, pairs(&[("U-1", "600")]));
    assert_eq!(b1.inputs[0].members[0].days, Some(56));
    assert_eq!(b1.label, "31–60 days past due at 2024-03-31, USD");
    // Past due = 1–30 + 31–60: 250 + 600 = 850.
    assert_eq!(trace("aging/USD/pastDue").inputs[0].total, d("850"));
    // Overdue % = 850 / (300 + 850) × 100 = 73.91…% (P-2's credit left out).
    let share = trace("aging/USD/pastDuePercent");
    assert_eq!((share.inputs[0].total, share.inputs[1].total), (d("850"), d("1150")));
    assert_eq!(share.recomputed.value.unwrap().round_dp(2), d("73.91"));
    assert!(share.reconciles());
    // Allowance on 31–60 at the default 5%: U-1 600.00 × 5% = 30.00; the total adds
    // not due 300 × 1% + 250 × 2% + 30 = 3 + 5 + 30 = 38.00.
    let allowance = trace("allowance/USD/b1");
    assert_eq!(members(&ledger, &allowance)[0].2, pairs(&[("U-1", "30")]));
    let total = trace("allowance/USD/open");
    assert_eq!((total.inputs.len(), total.recomputed.value), (6, Some(d("38"))));
    assert!(total.reconciles());
    // A customer's cell: Birch (C2) has U-4 300.00 not due and P-2's 200.00 credit.
    let birch = trace("aging/USD/open/C2");
    assert_eq!(members(&ledger, &birch)[0].2, pairs(&[("P-2", "-200"), ("U-4", "300")]));
    assert!(birch.reconciles());
    assert!(birch.label.starts_with("Birch: Open"), "{}", birch.label);
    // Its row in the sheet (line 8 of the CSV, the header being line 1).
    assert_eq!(ledger.book().entries[birch.inputs[0].members[0].entry].row_number(), Some(8));
}

#[test]
fn netted_credits_are_members_of_the_columns_they_offset() {
    let (ledger, options, report) =
        two_currencies("2024-03-31", |o| o.aging.credits = CreditTreatment::NetPerCustomer);
    let trace = |t: &str| ledger.trace(&report, &options, &figure(t)).unwrap();
    // Birch's P-2 −200.00 offsets its only column, Not due (U-4 300.00): 100.00.
    let not_due = trace("aging/USD/notDue");
    assert_eq!(members(&ledger, &not_due)[0].2, pairs(&[("P-2", "-200"), ("U-4", "300")]));
    assert_eq!((not_due.inputs[0].total, not_due.reported.value), (d("100"), Some(d("100"))));
    // Nothing is left in USD's Credits column.
    let credits = trace("aging/USD/credits");
    assert!(credits.inputs[0].members.is_empty() && credits.reconciles());
}

#[test]
fn dso_and_cei_list_receivables_sales_and_collections() {
    let (ledger, options, report) = two_currencies("2024-03-31", |_| {});
    let trace = |t: &str| ledger.trace(&report, &options, &figure(t)).unwrap();
    // DSO (March, 31 days) = AR_end 950.00 / sales 300.00 (U-4) × 31 = 98.1666…
    let dso = trace("period/USD/dso");
    let inputs = members(&ledger, &dso);
    assert_eq!((inputs[0].0.as_str(), inputs[0].1), ("arEnd", d("950")));
    assert_eq!(inputs[1], ("creditSales".into(), d("300"), pairs(&[("U-4", "300")])));
    assert_eq!(dso.recomputed.value.unwrap().round_dp(4), d("98.1667"));
    assert!(dso.reconciles());
    // CEI = (AR_begin 1,350 + S 300 − AR_end 950) / (1,350 + 300 − AR_current 300) × 100
    //     = 700 / 1,350 × 100 = 51.85…%. AR_begin at 29 Feb: U-1 600, U-2 500, U-3 250.
    let cei = trace("period/USD/cei");
    let inputs = members(&ledger, &cei);
    assert_eq!(
        inputs[0],
        ("arBegin".into(), d("1350"), pairs(&[("U-1", "600"), ("U-2", "500"), ("U-3", "250")]))
    );
    assert_eq!(inputs[3], ("arCurrent".into(), d("300"), pairs(&[("U-4", "300")])));
    assert_eq!(cei.recomputed.value.unwrap().round_dp(2), d("51.85"));
    assert!(cei.reconciles());
    // February as a month of the trend: AR at 29 Feb 1,350 (U-1 600, U-2 500, U-3 250) over
    // sales U-3 250 − CN-1 100 = 150 in 29 days: 1,350 / 150 × 29 = 261 days.
    let feb = trace("month/USD/dso/2024-02");
    assert_eq!((feb.inputs[0].total, feb.inputs[1].total), (d("1350"), d("150")));
    assert_eq!(feb.recomputed.value, Some(d("261")));
    assert!(feb.reconciles());
    // Collections in March: P-2 700.00.
    assert_eq!(members(&ledger, &trace("period/USD/collections"))[0].2, pairs(&[("P-2", "700")]));
    // Count-back: 950 covers March's 300 (31 days), then 650 of February's sales:
    // U-3 250 − CN-1 100 = 150 (29 days); then 500 of January's 1,600 → 500 / 1,600 × 31.
    let countback = trace("period/USD/countbackDso");
    let keys: Vec<&str> = countback.inputs.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["arEnd", "sales2024-03", "sales2024-02", "sales2024-01"]);
    // 31 + 29 + 500 / 1,600 × 31 = 69.6875 days.
    assert_eq!(countback.recomputed.value, Some(d("69.6875")));
    assert!(countback.reconciles());
}

#[test]
fn days_to_pay_and_recovery_list_what_was_paid() {
    let (ledger, options, report) = two_currencies("2024-03-31", |_| {});
    let trace = |t: &str| ledger.trace(&report, &options, &figure(t)).unwrap();
    // In March only U-2 was paid in full (CN-1 25 Feb, P-2 5 Mar): 20 Jan → 5 Mar = 45 days.
    let adp = trace("payments/USD/averageDaysToPay");
    assert_eq!(members(&ledger, &adp)[0], ("days".into(), d("45"), pairs(&[("U-2", "45")])));
    assert_eq!(adp.inputs[0].members[0].on, Some("2024-03-05".parse().unwrap()));
    assert!(adp.reconciles());
    // Recovery: past due at 29 Feb U-1 600 + U-2 500 = 1,100; P-2 paid 500 of U-2 in March:
    // 500 / 1,100 × 100 = 45.45…%.
    let rate = trace("recovery/USD/rate");
    let inputs = members(&ledger, &rate);
    assert_eq!(inputs[0], ("collected".into(), d("500"), pairs(&[("P-2", "500")])));
    assert_eq!(inputs[1], ("pastDueAtStart".into(), d("1100"), pairs(&[("U-1", "600"), ("U-2", "500")])));
    let settled = rate.inputs[0].members[0].settles.unwrap();
    assert_eq!(ledger.book().entries[settled].id.as_str(), "U-2");
    assert_eq!(rate.recomputed.value.unwrap().round_dp(2), d("45.45"));
    assert!(rate.reconciles());
}

#[test]
fn a_figure_the_report_does_not_give_is_a_clear_error() {
    let (ledger, options, report) = two_currencies("2024-03-31", |_| {});
    for (text, says) in [
        ("aging/GBP/open", "no amounts in \"GBP\""),
        ("aging/USD/b9", "no bucket 9"),
        ("recovery/USD/rate/b7", "no bucket 7"),
    ] {
        let err = ledger.trace(&report, &options, &figure(text)).unwrap_err().to_string();
        assert!(err.contains(says), "{text}: {err}");
    }
    for bad in [
        "aging/USD",
        "dso/USD/x",
        "period/USD/nope",
        "recovery/USD/rate/x1",
        "month/USD/dso",
        "month/USD/dso/March",
    ] {
        assert!(bad.parse::<FigureRef>().is_err(), "{bad}");
    }
    // The text form reads back.
    for text in [
        "aging/USD/b2/C-001/x",
        "period/EUR/cei",
        "payments/USD/daysBeyondTerms",
        "recovery/USD/collected/b1",
    ] {
        assert_eq!(figure(text).to_string(), text);
    }
}

/// Every figure a report of `report` can be asked about.
fn every_figure(report: &Report) -> Vec<FigureRef> {
    use AgingCell::*;
    let mut out = Vec::new();
    for c in &report.aging.currencies {
        let currency = c.currency.clone();
        let mut cells = vec![NotDue, Credits, Open, PastDue, PastDuePercent];
        cells.extend((0..report.aging.buckets.len()).map(Bucket));
        for &cell in &cells {
            out.push(FigureRef::Aging { currency: currency.clone(), customer: None, cell });
        }
        for cell in std::iter::once(NotDue)
            .chain(std::iter::once(Open))
            .chain((0..report.aging.buckets.len()).map(Bucket))
        {
            out.push(FigureRef::Allowance { currency: currency.clone(), cell });
        }
        for customer in report.aging.customers.iter().filter(|a| a.aging.currency == currency).take(3) {
            for &cell in &cells {
                let customer = Some(customer.customer.id.to_string());
                out.push(FigureRef::Aging { currency: currency.clone(), customer, cell });
            }
        }
        use PeriodFigure as P;
        for of in [
            P::Dso,
            P::AverageArDso,
            P::BestPossibleDso,
            P::AverageDaysDelinquent,
            P::CountbackDso,
            P::Turnover,
            P::Cei,
            P::ArBegin,
            P::ArEnd,
            P::ArCurrent,
            P::CreditSales,
            P::Collections,
        ] {
            out.push(FigureRef::Period { currency: currency.clone(), of });
        }
        if let Some(t) = report.trend.currencies.iter().find(|t| t.currency == currency) {
            for m in t.months.iter().rev().take(3) {
                for of in [
                    P::Dso,
                    P::BestPossibleDso,
                    P::Cei,
                    P::ArBegin,
                    P::ArEnd,
                    P::ArCurrent,
                    P::CreditSales,
                    P::Collections,
                ] {
                    out.push(FigureRef::Month { currency: currency.clone(), month: m.month.clone(), of });
                }
            }
        }
        use PaymentFigure as Y;
        for of in [
            Y::PaidInvoices,
            Y::PaidAmount,
            Y::AverageDaysToPay,
            Y::WeightedDaysToPay,
            Y::DaysBeyondTerms,
            Y::LateInvoicesPercent,
            Y::LateAmountPercent,
        ] {
            out.push(FigureRef::Payments { currency: currency.clone(), of });
        }
        use RecoveryFigure as R;
        for bucket in std::iter::once(None).chain((0..report.aging.buckets.len()).map(Some)) {
            for of in [R::Rate, R::PastDueAtStart, R::Collected, R::Credited] {
                out.push(FigureRef::Recovery { currency: currency.clone(), bucket, of });
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// On messy ledgers (credits, partial payments, several currencies), at any
    /// date, period and credit treatment: every figure's inputs are the sums of
    /// their members, the figure recomputed from them equals the report's, and
    /// an aging's columns partition its open total's members.
    #[test]
    fn every_figure_reconciles_with_its_members(
        seed in 0u64..1_000,
        days_back in 0u64..500,
        net in any::<bool>(),
        period in 0usize..3,
    ) {
        let sample = generate(&SampleOptions { invoices: 150, seed, ..SampleOptions::default() });
        let ledger = Ledger::open(&sample.transactions_csv(), &ImportOptions::default()).unwrap();
        let last = ledger.summary().date_range.unwrap().last;
        let mut options = Options::at(last - chrono::Days::new(days_back));
        options.period = [PeriodLength::Month, PeriodLength::Quarter, PeriodLength::Year][period];
        if net {
            options.aging.credits = CreditTreatment::NetPerCustomer;
        }
        let report = ledger.analyze(&options).unwrap();
        for figure in every_figure(&report) {
            let trace = ledger.trace(&report, &options, &figure).unwrap();
            for input in &trace.inputs {
                prop_assert_eq!(input.total, input.members.iter().map(|m| m.value).sum::<Decimal>());
            }
            prop_assert!(trace.reconciles(), "{}: reported {:?}, recomputed {:?}", figure, trace.reported, trace.recomputed);
        }
        for c in &report.aging.currencies {
            let total = |cell| {
                let f = FigureRef::Aging { currency: c.currency.clone(), customer: None, cell };
                ledger.trace(&report, &options, &f).unwrap().inputs[0].total
            };
            let columns: Decimal = [AgingCell::NotDue, AgingCell::Credits].into_iter()
                .chain((0..report.aging.buckets.len()).map(AgingCell::Bucket))
                .map(total).sum();
            prop_assert_eq!(columns, total(AgingCell::Open));
            prop_assert_eq!(total(AgingCell::Open), c.open_total);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// On messy ledgers in several currencies at random rates: every consolidated
    /// figure's sums are the sums of their converted parts, the figure recomputed
    /// from them is the consolidated one, and each part is its currency's figure
    /// as the report and its trace give it.
    #[test]
    fn every_consolidated_figure_reconciles_with_each_currencys_figures(
        seed in 0u64..1_000,
        days_back in 0u64..400,
        rate_cents in proptest::collection::vec(1i64..1_000_000, 4),
        scale in 0u32..4,
    ) {
        use arlens::overview::{ConsolidationOptions, Rate, explain};
        let sample = generate(&SampleOptions { invoices: 120, seed, ..SampleOptions::default() });
        let ledger = Ledger::open(&sample.transactions_csv(), &ImportOptions::default()).unwrap();
        let last = ledger.summary().date_range.unwrap().last;
        let options = Options::at(last - chrono::Days::new(days_back));
        let report = ledger.analyze(&options).unwrap();
        let codes: Vec<String> = report.aging.currencies.iter().map(|c| c.currency.clone()).collect();
        // Mostly three currencies; one alone when the others have nothing open at that date.
        prop_assume!(!codes.is_empty());
        let reporting = codes[0].clone();
        let rates = codes[1..].iter().zip(&rate_cents)
            .map(|(c, r)| Rate { currency: c.clone(), rate: Decimal::new(*r, scale + 2) })
            .collect();
        let into = ConsolidationOptions { currency: reporting.clone(), rates, date: None };
        let mut figures: Vec<FigureRef> = [AgingCell::NotDue, AgingCell::Credits, AgingCell::Open, AgingCell::PastDue, AgingCell::PastDuePercent]
            .into_iter()
            .chain((0..report.aging.buckets.len()).map(AgingCell::Bucket))
            .map(|cell| FigureRef::Aging { currency: reporting.clone(), customer: None, cell })
            .collect();
        figures.push(FigureRef::Allowance { currency: reporting.clone(), cell: AgingCell::Open });
        for of in [PeriodFigure::Dso, PeriodFigure::BestPossibleDso, PeriodFigure::AverageDaysDelinquent, PeriodFigure::Cei] {
            figures.push(FigureRef::Period { currency: reporting.clone(), of });
        }
        for figure in &figures {
            let e = explain(&report, &into, options.cei, figure).unwrap();
            prop_assert!(e.reconciles(), "{}: reported {:?}, recomputed {:?}", figure, e.reported, e.recomputed);
            for sum in &e.sums {
                prop_assert_eq!(sum.total, sum.parts.iter().map(|p| p.converted).sum::<Decimal>());
                for part in &sum.parts {
                    let trace = ledger.trace(&report, &options, &part.figure).unwrap();
                    prop_assert_eq!(trace.reported.value, Some(part.amount), "{}", part.figure);
                }
            }
        }
    }
}

#[test]
fn a_trace_lists_as_a_grid_scoped_to_one_input_with_its_total() {
    use arlens::grid::{Filter, Grid, GridName, Query, Test};
    let (ledger, options, report) = two_currencies("2024-03-31", |_| {});
    let trace = ledger.trace(&report, &options, &figure("period/USD/cei")).unwrap();
    let grid = Grid::of_trace(&report, ledger.book(), &trace);
    assert_eq!(grid.name(), GridName::Members);
    // AR_begin 3 + sales 1 + AR_end 4 + AR_current 1 members.
    assert_eq!(grid.len(), 9);
    let begin = trace.inputs[0].label.clone();
    let query = Query {
        scope: vec![Filter { column: "input".into(), test: Test::OneOf(vec![begin]) }],
        ..Query::default()
    };
    let selection = grid.select(&query).unwrap();
    let value = grid.column("value").unwrap();
    // U-1 600 + U-2 500 + U-3 250 = 1,350.00, the input's total.
    assert_eq!((selection.order.len(), selection.totals[0].sums[value]), (3, Some(d("1350"))));
    // Shares are of the input in scope: all of it, then U-1's 600 of 1,350 = 44.4444%.
    assert_eq!(selection.totals[0].shares[value], Some(d("100")));
    let mut one = query.clone();
    one.filters = vec![Filter { column: "document".into(), test: Test::Contains("U-1".into()) }];
    assert_eq!(grid.select(&one).unwrap().totals[0].shares[value], Some(d("44.4444")));
    let tsv = grid.tsv(&selection, 0..1, 0..3);
    assert_eq!(tsv, "U-1\tAcme\t600.00\r\n");
    // Without a trace the grid has no row.
    assert!(Grid::of(&report, GridName::Members).is_empty());
}
