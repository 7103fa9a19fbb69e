//! The grids' sort, filters, search, totals and clipboard text, on
//! `tests/fixtures/open-items-10.csv` aged at 2024-03-31 (hand-computed in
//! `tests/fixtures/README.md`), and properties on generated messy ledgers.

use crate::shared::fixture;
use arlens::grid::{Cell, Filter, Grid, GridName, Query, QueryError, SortKey, Test};
use arlens::sample::{SampleOptions, generate};
use arlens::{ImportOptions, Ledger, Options, Report};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn report() -> Report {
    let ledger = Ledger::open(&fixture("open-items-10.csv"), &ImportOptions::default()).unwrap();
    let mut options = Options::at("2024-03-31".parse().unwrap());
    options.aging.items = true;
    ledger.analyze(&options).unwrap()
}

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn sort(column: &str, descending: bool) -> SortKey {
    SortKey { column: column.to_owned(), descending }
}

fn filter(column: &str, test: Test) -> Filter {
    Filter { column: column.to_owned(), test }
}

fn range(from: Option<&str>, to: Option<&str>) -> Test {
    Test::Range { from: from.map(str::to_owned), to: to.map(str::to_owned) }
}

/// The document numbers of a selection, in its order.
fn documents(grid: &Grid<'_>, query: &Query) -> Vec<String> {
    let selection = grid.select(query).unwrap();
    let c = grid.column("document").unwrap();
    selection
        .order
        .iter()
        .map(|&r| match grid.cell(r as usize, c) {
            Cell::Text(t) => t.into_owned(),
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn invoices_sort_by_days_then_stably_by_a_second_key() {
    let report = report();
    let grid = Grid::of(&report, GridName::Invoices);
    assert_eq!(grid.len(), 10);
    // Days past due (README): 001 −30, 002 0, 003 30, 004 31, 005 90, 006 120,
    // CN-007 16 (dated 15 Mar, "due" the same day), 008 121, 009 −9, 010 15.
    let q = Query { sort: vec![sort("days", true)], ..Query::default() };
    assert_eq!(
        documents(&grid, &q),
        [
            "INV-008", "INV-006", "INV-005", "INV-004", "INV-003", "CN-007", "INV-010", "INV-002", "INV-009",
            "INV-001"
        ]
    );
    // Currency first (EUR before USD in the pick list), then open amount, largest first.
    let q = Query { sort: vec![sort("currency", false), sort("open", true)], ..Query::default() };
    assert_eq!(
        documents(&grid, &q),
        [
            "INV-008", "INV-009", "INV-010", "INV-001", "INV-005", "INV-003", "INV-002", "INV-004",
            "INV-006", "CN-007"
        ]
    );
    // Customer names are equal within a customer: the report's order is kept (stable).
    let q = Query { sort: vec![sort("customer", true)], ..Query::default() };
    let docs = documents(&grid, &q);
    assert_eq!(&docs[..2], ["INV-010", "INV-008"].map(str::to_owned)); // Eiche, then Dubois (008 before 009)
    assert_eq!(&docs[2..3], ["INV-009"].map(str::to_owned));
}

#[test]
fn invoices_filters_and_totals_follow_each_other() {
    let report = report();
    let grid = Grid::of(&report, GridName::Invoices);
    let open = grid.column("open").unwrap();
    let amount = grid.column("amount").unwrap();
    // USD documents 31 days past due or more: 004 (120.25), 005 (999.99), 006 (75.00).
    let q = Query {
        filters: vec![
            filter("currency", Test::OneOf(vec!["USD".into()])),
            filter("days", range(Some("31"), None)),
        ],
        ..Query::default()
    };
    let s = grid.select(&q).unwrap();
    assert_eq!(s.order.len(), 3);
    assert_eq!(s.totals.len(), 1);
    let usd = &s.totals[0];
    assert_eq!((usd.currency.as_str(), usd.rows), ("USD", 3));
    // Open 120.25 + 999.99 + 75.00 = 1,195.24 of USD's 2,795.74 → 42.75218…% → 42.7522
    assert_eq!(usd.sums[open], Some(d("1195.24")));
    assert_eq!(usd.shares[open], Some(d("42.7522")));
    // Amount 500.00 + 999.99 + 75.00 = 1,574.99 of USD's 1,000 + 250.50 + 400 + 500 + 999.99 + 75 − 50 = 3,175.49
    // → 49.59833…%
    assert_eq!(usd.sums[amount], Some(d("1574.99")));
    assert_eq!(usd.shares[amount], Some(d("49.5983")));
    // A text column has no total.
    assert_eq!(usd.sums[grid.column("customer").unwrap()], None);

    // The same filters as a scope: the count of rows in scope is USD's 7.
    let q = Query {
        scope: vec![filter("currency", Test::OneOf(vec!["USD".into()]))],
        filters: vec![filter("days", range(Some("31"), None))],
        ..Query::default()
    };
    let s = grid.select(&q).unwrap();
    assert_eq!((s.order.len(), s.scoped, grid.page(&s, 0, 1).rows_total), (3, 7, 7));

    // Dates: documents dated in March 2024 (001, CN-007, 009): one total per currency.
    let q = Query {
        filters: vec![filter("date", range(Some("2024-03-01"), Some("2024-03-31")))],
        ..Query::default()
    };
    let s = grid.select(&q).unwrap();
    assert_eq!(s.order.len(), 3);
    let totals: Vec<(&str, usize, Option<Decimal>)> =
        s.totals.iter().map(|t| (t.currency.as_str(), t.rows, t.sums[open])).collect();
    // EUR: INV-009 300.00; USD: 1,000.00 − 50.00 = 950.00
    assert_eq!(totals, [("EUR", 1, Some(d("300.00"))), ("USD", 2, Some(d("950.00")))]);

    // Amounts with a bound written with grouping: open of 1,000.00 or more (001, 008).
    let q = Query { filters: vec![filter("open", range(Some("1,000.00"), None))], ..Query::default() };
    assert_eq!(documents(&grid, &q), ["INV-008", "INV-001"]); // 121 days, then −30
    // The aging-column pick list and status: credits only.
    let q = Query { filters: vec![filter("status", Test::OneOf(vec!["credit".into()]))], ..Query::default() };
    assert_eq!(documents(&grid, &q), ["CN-007"]);
    let q = Query { filters: vec![filter("column", Test::OneOf(vec!["1–30".into()]))], ..Query::default() };
    assert_eq!(documents(&grid, &q), ["INV-003", "INV-010"]);
    // A customer id, exactly (C00 is a prefix of every id: no match).
    let q = Query {
        filters: vec![filter("customerId", Test::OneOf(vec!["C004".into(), "C00".into()]))],
        ..Query::default()
    };
    assert_eq!(documents(&grid, &q), ["INV-008", "INV-009"]);
    // Filter boxes as typed: days 15..31 (CN-007's 16, INV-010's 15, 004's 31, 003's 30),
    // a status, an amount on its own (one value is both bounds), a date range open on one side.
    let written = |pairs: &[(&str, &str)]| Query {
        filters: pairs.iter().map(|(c, t)| filter(c, Test::Written((*t).to_owned()))).collect(),
        ..Query::default()
    };
    assert_eq!(
        documents(&grid, &written(&[("days", "15..31")])),
        ["INV-004", "INV-003", "CN-007", "INV-010"]
    );
    assert_eq!(documents(&grid, &written(&[("days", "15..31"), ("status", "credit|disputed")])), ["CN-007"]);
    assert_eq!(documents(&grid, &written(&[("open", "400")])), ["INV-003"]);
    assert_eq!(documents(&grid, &written(&[("due", "..2023-12-31"), ("customer", "DUBOIS")])), ["INV-008"]);
}

#[test]
fn invoices_search_finds_text_and_pick_cells_ignoring_case() {
    let report = report();
    let grid = Grid::of(&report, GridName::Invoices);
    // Rows with no sort key keep the report's order: most days past due first.
    let q = Query { search: "  birch ".into(), ..Query::default() };
    assert_eq!(documents(&grid, &q), ["INV-004", "INV-003"]);
    // "credit" is the status (and the aging column "Credits") of CN-007 alone.
    let q = Query { search: "CREDIT".into(), ..Query::default() };
    assert_eq!(documents(&grid, &q), ["CN-007"]);
    // Search and a filter together.
    let q = Query {
        search: "acme".into(),
        filters: vec![filter("days", range(None, Some("0")))],
        ..Query::default()
    };
    assert_eq!(documents(&grid, &q), ["INV-002", "INV-001"]);
}

#[test]
fn a_query_the_grid_cannot_run_is_a_located_error() {
    let report = report();
    let grid = Grid::of(&report, GridName::Invoices);
    let q = Query { filters: vec![filter("due", range(Some("31/03/2024"), None))], ..Query::default() };
    assert_eq!(
        grid.select(&q).unwrap_err().to_string(),
        "filter on Due: “31/03/2024” is not a date written YYYY-MM-DD"
    );
    let q = Query { sort: vec![sort("nope", false)], ..Query::default() };
    assert_eq!(grid.select(&q).unwrap_err(), QueryError::UnknownColumn("nope".into()));
    let q = Query { filters: vec![filter("open", Test::Contains("12".into()))], ..Query::default() };
    assert!(matches!(grid.select(&q).unwrap_err(), QueryError::Mismatch { .. }));
}

#[test]
fn a_copied_range_is_tab_separated_with_numbers_and_dates_as_a_spreadsheet_reads_them() {
    let report = report();
    let grid = Grid::of(&report, GridName::Invoices);
    let q = Query { sort: vec![sort("days", true)], ..Query::default() };
    let s = grid.select(&q).unwrap();
    let from = grid.column("document").unwrap();
    let to = grid.column("column").unwrap() + 1;
    // The two most overdue: INV-008 (121 days, 121+) and INV-006 (120 days, 91–120).
    assert_eq!(
        grid.tsv(&s, 0..2, from..to),
        "INV-008\tDubois SA\t2000.00\t121\t121+\r\nINV-006\tCedar Logistics LLC\t75.00\t120\t91–120\r\n"
    );
    // Every column of the credit: its dates ISO, its source row (line 8: the header is
    // line 1); ranges past the end are clipped.
    let cn = s.order.len() - 5;
    assert_eq!(
        grid.tsv(&s, cn..cn + 1, 0..40),
        "CN-007\tAcme Ltd\t-50.00\t16\tCredits\t-50.00\t2024-03-15\t2024-03-15\tcredit\tcredit note\tUSD\tC001\t8\r\n"
    );
}

#[test]
fn customers_and_worklist_grids_list_the_report_rows() {
    let report = report();
    let grid = Grid::of(&report, GridName::Customers);
    assert_eq!(grid.len(), report.aging.customers.len());
    let keys: Vec<&str> = grid.columns().iter().map(|c| c.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "customer",
            "open",
            "pastDue",
            "notDue",
            "b0",
            "b1",
            "b2",
            "b3",
            "b4",
            "credits",
            "documents",
            "currency",
            "customerId"
        ]
    );
    // Acme: not due 1,250.50, credits −50.00, nothing past due; open 1,200.50.
    let q = Query { filters: vec![filter("customer", Test::Contains("acme".into()))], ..Query::default() };
    let s = grid.select(&q).unwrap();
    let row = s.order[0] as usize;
    assert_eq!(grid.cell(row, grid.column("pastDue").unwrap()), Cell::Number(d("0.00")));
    assert_eq!(grid.cell(row, grid.column("open").unwrap()), Cell::Number(d("1200.50")));
    // Past due over every USD customer: 400.00 + 120.25 + 999.99 + 75.00 = 1,595.24 (100% of itself).
    let s = grid
        .select(&Query {
            filters: vec![filter("currency", Test::OneOf(vec!["USD".into()]))],
            ..Query::default()
        })
        .unwrap();
    let past = grid.column("pastDue").unwrap();
    assert_eq!((s.totals[0].sums[past], s.totals[0].shares[past]), (Some(d("1595.24")), Some(d("100"))));

    let worklist = Grid::of(&report, GridName::Worklist);
    assert_eq!(worklist.len(), report.worklist.rows.len());
    let s = worklist.select(&Query { sort: vec![sort("rank", false)], ..Query::default() }).unwrap();
    let ranks: Vec<usize> = s.order.iter().map(|&r| report.worklist.rows[r as usize].rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");
}

#[test]
fn the_trend_grid_lists_each_month_and_sums_only_what_adds_up() {
    let ledger = Ledger::open(&fixture("two-currencies.csv"), &ImportOptions::default()).unwrap();
    let report = ledger.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    let grid = Grid::of(&report, GridName::Trend);
    let q = Query {
        scope: vec![filter("currency", Test::OneOf(vec!["USD".into()]))],
        sort: vec![sort("month", true)],
        ..Query::default()
    };
    let s = grid.select(&q).unwrap();
    let col = |k: &str| grid.column(k).unwrap();
    let months: Vec<Cell<'_>> = s.order.iter().map(|&r| grid.cell(r as usize, col("month"))).collect();
    assert_eq!(months, ["2024-03", "2024-02", "2024-01"].map(|m| Cell::Text(m.into())));
    // February: DSO 1,350 / 150 × 29 = 261; roll Not due → 1–30: 1,100 / 1,600 = 68.75%.
    let feb = s.order[1] as usize;
    assert_eq!(grid.cell(feb, col("dso")), Cell::Number(d("261")));
    assert_eq!(grid.cell(feb, col("roll0")), Cell::Number(d("68.75")));
    // Sales add up: January 1,000 + 600, February 250 − 100, March 300 = 2,050;
    // collections 400 (P-1) + 700 (P-2) = 1,100; receivables are balances, not summed.
    let usd = &s.totals[0];
    assert_eq!(usd.sums[col("sales")], Some(d("2050.00")));
    assert_eq!(usd.sums[col("collections")], Some(d("1100.00")));
    assert_eq!(usd.sums[col("ar")], None);
}

#[test]
fn a_customer_page_lists_its_receipts_and_how_late_it_paid() {
    let ledger = Ledger::open(&fixture("two-currencies.csv"), &ImportOptions::default()).unwrap();
    let report = ledger.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
    // Birch (C2): U-2 600.00 due 19 Feb, credited 100.00 by CN-1 (25 Feb), the remaining
    // 500.00 paid by P-2 (5 Mar, 700.00: 200.00 left unapplied); U-4 300.00 open.
    let birch = ledger.customer(&report, "C2").unwrap();
    assert_eq!(&*birch.customer.name, "Birch");
    let receipts: Vec<(&str, &str, String, String)> = birch
        .receipts
        .iter()
        .map(|r| (r.id.as_str(), r.kind.label(), r.applied.to_string(), r.unapplied.to_string()))
        .collect();
    assert_eq!(
        receipts,
        [
            ("P-2", "payment", "500.00".into(), "200.00".into()),
            ("CN-1", "credit note", "100.00".into(), "0.00".into())
        ]
    );
    // U-2 paid on 5 March: 29 − 19 = 10 days of February, + 5 = 15 days late.
    assert_eq!(birch.paid.len(), 1);
    assert_eq!(
        (birch.paid[0].id.as_str(), birch.paid[0].paid.to_string(), birch.paid[0].days_late),
        ("U-2", "2024-03-05".into(), 15)
    );
    assert_eq!(birch.lateness.len(), 1);
    assert_eq!(
        (birch.lateness[0].month.as_str(), birch.lateness[0].average_days_late),
        ("2024-03", Some(d("15")))
    );
    // Its aging: U-4 300.00 not due, the −200.00 credit; open total 100.00.
    assert_eq!(birch.agings.len(), 1);
    assert_eq!(birch.agings[0].open_total, d("100.00"));

    // Acme (C1) at 31 March: P-1 400.00 applied to U-1, nothing paid in full yet; at
    // 30 April U-3 (due 16 Mar) is paid by P-4 on 15 Apr: 15 + 15 = 30 days late, and
    // U-1 is still 600.00 open.
    let acme = ledger.customer(&report, "C1").unwrap();
    assert_eq!(acme.receipts.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["P-1"]);
    assert!(acme.paid.is_empty() && acme.lateness.is_empty());
    let april = ledger.analyze(&Options::at("2024-04-30".parse().unwrap())).unwrap();
    let acme = ledger.customer(&april, "C1").unwrap();
    assert_eq!(acme.receipts.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["P-4", "P-1"]);
    assert_eq!(acme.paid.iter().map(|p| (p.id.as_str(), p.days_late)).collect::<Vec<_>>(), [("U-3", 30)]);
    assert!(ledger.customer(&report, "nobody").is_none());
}

/// A generated messy ledger: credits, partial payments, several currencies.
fn messy_report(invoices: usize, seed: u64) -> Report {
    let sample = generate(&SampleOptions { invoices, seed, ..SampleOptions::default() });
    let ledger = Ledger::open(&sample.transactions_csv(), &ImportOptions::default()).unwrap();
    let mut options = Options::default();
    options.aging.items = true;
    options.today = Some("2026-06-30".parse().unwrap());
    ledger.analyze(&options).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the filter and sort, the kept rows are exactly those passing
    /// the filter, ordered by the key, and the totals are their sums.
    #[test]
    fn a_selection_keeps_the_rows_its_filter_passes_in_its_order_with_their_sums(
        seed in 0u64..1_000,
        low in -400i64..200,
        width in 0i64..400,
        descending in any::<bool>(),
    ) {
        let report = messy_report(120, seed);
        let grid = Grid::of(&report, GridName::Invoices);
        let days = grid.column("days").unwrap();
        let open = grid.column("open").unwrap();
        let q = Query {
            sort: vec![sort("open", descending)],
            filters: vec![filter("days", range(Some(&low.to_string()), Some(&(low + width).to_string())))],
            ..Query::default()
        };
        let s = grid.select(&q).unwrap();
        let expected: Vec<usize> = report.aging.items.iter().enumerate()
            .filter(|(_, i)| (low..=low + width).contains(&i.days)).map(|(n, _)| n).collect();
        let mut kept: Vec<usize> = s.order.iter().map(|&r| r as usize).collect();
        for pair in kept.windows(2) {
            let (a, b) = (report.aging.items[pair[0]].open, report.aging.items[pair[1]].open);
            let in_order = if descending { a > b } else { a < b };
            prop_assert!(in_order || (a == b && pair[0] < pair[1]), "{} {}", a, b);
        }
        kept.sort_unstable();
        prop_assert_eq!(&kept, &expected);
        for t in &s.totals {
            let sum: Decimal = expected.iter().map(|&n| &report.aging.items[n])
                .filter(|i| *i.currency == *t.currency).map(|i| i.open).sum();
            prop_assert_eq!(t.sums[open], Some(sum));
            prop_assert_eq!(t.sums[days], None);
        }
    }

    /// A sort by one column (one sort of key–position pairs) orders the rows
    /// as the general path of several keys does (ranks, then a stable sort):
    /// every column of the invoices and worklist grids, texts, picks, dates,
    /// amounts and empty cells, either way.
    #[test]
    fn a_sort_by_one_column_orders_as_the_general_path(seed in 0u64..1_000, descending in any::<bool>()) {
        let report = messy_report(120, seed);
        for name in [GridName::Invoices, GridName::Worklist, GridName::Customers] {
            let grid = Grid::of(&report, name);
            for column in grid.columns() {
                let one = Query { sort: vec![sort(&column.key, descending)], ..Query::default() };
                let twice = Query {
                    sort: vec![sort(&column.key, descending), sort(&column.key, descending)],
                    ..Query::default()
                };
                prop_assert_eq!(grid.select(&one).unwrap().order, grid.select(&twice).unwrap().order, "{}", column.key);
            }
        }
    }
}

/// A balance carried forward is its own kind in the invoices grid (it was an
/// `invoice`), and a filter on the kind finds it.
#[test]
fn an_opening_balance_is_its_own_kind() {
    let options = ImportOptions { default_currency: Some("GBP".into()), ..ImportOptions::default() };
    let ledger = Ledger::open(&fixture("layouts/customer-activity-opening-balances.csv"), &options).unwrap();
    let mut options = Options::at("2026-05-31".parse().unwrap());
    options.aging.items = true;
    let report = ledger.analyze(&options).unwrap();
    let grid = Grid::of(&report, GridName::Invoices);
    let q = Query {
        filters: vec![filter("kind", Test::OneOf(vec!["opening balance".into()]))],
        ..Query::default()
    };
    let selection = grid.select(&q).unwrap();
    // At 31 May only Beta's 500.00 b/f (row 10) is open: REC-55 (30 April) settled
    // Acme's 2,000.00, Beta's REC-60 is of 5 June.
    let rows: Vec<Cell<'_>> =
        selection.order.iter().map(|&r| grid.cell(r as usize, grid.column("row").unwrap())).collect();
    assert_eq!(rows, [Cell::Int(10)]);
}
