//! The members of a figure at 1M documents, and the exports: a 100k-document
//! grid as CSV and XLSX, and the whole-analysis workbook with 100k open documents.
//! `cargo bench -p arlens --bench export` (numbers in BENCHMARKS.md).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use arlens::export::{CsvExport, grid_csv, grid_xlsx, workbook};
    use arlens::grid::{Grid, GridName, Query};
    use arlens::sample::{SampleOptions, generate};
    use arlens::trace::FigureRef;
    use arlens::{Ledger, Options};
    use criterion::{BenchmarkId, Criterion};
    use std::time::Duration;

    /// A generated ledger of `invoices` invoices (with its payments and credits) and its options.
    fn ledger(invoices: usize) -> (Ledger, Options) {
        let sample = generate(&SampleOptions { invoices, ..SampleOptions::default() });
        let ledger = Ledger::open(&sample.transactions_csv(), &Default::default()).expect("ledger");
        let mut options = Options::default();
        options.aging.items = true;
        options.today = Some(arlens::sample::SAMPLE_REFERENCE_DATE);
        (ledger, options)
    }

    pub fn benches(c: &mut Criterion) {
        let mut group = c.benchmark_group("export");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(6));
        {
            let (ledger, options) = ledger(1_000_000);
            let report = ledger.analyze(&options).expect("report");
            let currency = report.aging.currencies[0].currency.clone();
            for text in [format!("aging/{currency}/open"), format!("period/{currency}/cei")] {
                let figure: FigureRef = text.parse().expect("figure");
                group.bench_with_input(BenchmarkId::new("trace", format!("{text} 1M")), &figure, |b, f| {
                    b.iter(|| ledger.trace(&report, &options, f).expect("trace"))
                });
            }
        }
        // 450k generated invoices leave about 100k documents open at the reference date.
        let (ledger, options) = ledger(450_000);
        let report = ledger.analyze(&options).expect("report");
        let grid = Grid::of(&report, GridName::Invoices);
        let selection = grid.select(&Query::default()).expect("select");
        let rows = selection.order.len();
        group.bench_function(BenchmarkId::new("grid-csv", format!("{rows} open documents")), |b| {
            b.iter(|| grid_csv(&grid, &selection, &CsvExport::default()))
        });
        group.bench_function(BenchmarkId::new("grid-xlsx", format!("{rows} open documents")), |b| {
            b.iter(|| grid_xlsx(&grid, &selection, "Open documents").expect("xlsx"))
        });
        group.bench_function(BenchmarkId::new("workbook", format!("{rows} open documents")), |b| {
            b.iter(|| workbook(&ledger, &options).expect("workbook"))
        });
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
