//! Latency of the grids' queries (sort, filter, search, a page of rows) on
//! 100k and 1M open documents: a generated ledger's open documents, repeated
//! with other numbers, customers and amounts to the size.
//! `cargo bench -p arlens --bench grid` (numbers in BENCHMARKS.md).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use arlens::grid::{Filter, Grid, GridName, Query, SortKey, Test};
    use arlens::sample::{SampleOptions, generate};
    use arlens::{Ledger, Options, Report};
    use criterion::{BenchmarkId, Criterion};
    use rust_decimal::Decimal;
    use std::sync::Arc;
    use std::time::Duration;

    /// A report whose aging lists `n` open documents.
    fn report(n: usize) -> Report {
        let sample = generate(&SampleOptions { invoices: 20_000, ..SampleOptions::default() });
        let ledger = Ledger::open(&sample.transactions_csv(), &Default::default()).expect("ledger");
        let mut options = Options::default();
        options.aging.items = true;
        options.today = Some(arlens::sample::SAMPLE_REFERENCE_DATE);
        let mut report = ledger.analyze(&options).expect("report");
        let seed = std::mem::take(&mut report.aging.items);
        assert!(!seed.is_empty());
        report.aging.items = (0..n)
            .map(|i| {
                let mut item = seed[i % seed.len()].clone();
                item.id = format!("INV-{i}");
                let name = format!("{} {}", item.customer.name, i % 7_919);
                item.customer =
                    arlens::Customer { id: Arc::from(format!("C{}", i % 7_919)), name: Arc::from(name) };
                item.open += Decimal::new((i % 9_973) as i64, 2);
                item.days += (i % 37) as i64;
                item
            })
            .collect();
        report
    }

    fn key(column: &str, descending: bool) -> SortKey {
        SortKey { column: column.to_owned(), descending }
    }

    pub fn benches(c: &mut Criterion) {
        let mut group = c.benchmark_group("grid");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
        for (label, n) in [("100k", 100_000), ("1M", 1_000_000)] {
            let report = report(n);
            let grid = Grid::of(&report, GridName::Invoices);
            let queries = [
                ("sort-open", Query { sort: vec![key("open", true)], ..Query::default() }),
                (
                    "sort-customer-then-days",
                    Query { sort: vec![key("customer", false), key("days", true)], ..Query::default() },
                ),
                (
                    "filter-days",
                    Query {
                        filters: vec![Filter { column: "days".into(), test: Test::Written("31..90".into()) }],
                        ..Query::default()
                    },
                ),
                ("search", Query { search: "77".into(), ..Query::default() }),
            ];
            for (name, query) in &queries {
                group.bench_with_input(BenchmarkId::new(*name, label), query, |b, q| {
                    b.iter(|| grid.select(q).expect("select"))
                });
            }
            let selection = grid.select(&queries[0].1).expect("select");
            group.bench_function(BenchmarkId::new("page-240", label), |b| {
                b.iter(|| grid.page(&selection, n / 2, 240))
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
