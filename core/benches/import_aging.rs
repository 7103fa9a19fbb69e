//! Native throughput of CSV import and of aging, on generated open-items ledgers.
//! `cargo bench -p arlens --bench import_aging` (numbers in BENCHMARKS.md).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use arlens::sample::{SampleOptions, generate};
    use arlens::{AgingOptions, ImportOptions, age, import};
    use criterion::{BenchmarkId, Criterion, Throughput};

    pub fn benches(c: &mut Criterion) {
        let mut import = c.benchmark_group("import_csv");
        import.sample_size(10);
        let mut ledgers = Vec::new();
        for invoices in [10_000, 100_000] {
            let csv = generate(&SampleOptions {
                invoices,
                ..SampleOptions::default()
            })
            .open_items_csv();
            import.throughput(Throughput::Bytes(csv.len() as u64));
            import.bench_with_input(BenchmarkId::from_parameter(invoices), &csv, |b, csv| {
                b.iter(|| import(csv, &ImportOptions::default()).unwrap())
            });
            ledgers.push((
                invoices,
                import(&csv, &ImportOptions::default()).unwrap().ledger,
            ));
        }
        import.finish();

        let mut aging = c.benchmark_group("age");
        aging.sample_size(10);
        let as_of = arlens::sample::SAMPLE_REFERENCE_DATE;
        for (invoices, ledger) in &ledgers {
            aging.throughput(Throughput::Elements(ledger.entries.len() as u64));
            aging.bench_with_input(BenchmarkId::from_parameter(invoices), ledger, |b, l| {
                b.iter(|| age(l, as_of, &AgingOptions::default()).unwrap())
            });
        }
        aging.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
