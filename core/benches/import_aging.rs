//! Native throughput of import (CSV and XLSX) and aging on generated transaction ledgers
//! of about 10k, 100k and 1M rows, and of the whole analysis on ledgers of 10k, 100k and
//! 1M invoices (with their payments and credit notes: about twice as many entries).
//! `cargo bench -p arlens --features xlsx --bench import_aging` (numbers in BENCHMARKS.md).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use arlens::sample::{SAMPLE_REFERENCE_DATE, SampleOptions, generate};
    use arlens::{AgingOptions, ImportOptions, Options, age, analyze, import};
    use criterion::{BenchmarkId, Criterion, Throughput};
    use std::time::Duration;

    /// Invoices giving about 10k, 100k and 1M rows (invoices, payments, credit notes).
    const SIZES: [(&str, usize); 3] = [("10k", 5_000), ("100k", 50_000), ("1M", 500_000)];

    pub fn benches(c: &mut Criterion) {
        let mut group = c.benchmark_group("import");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
        let mut ledgers = Vec::new();
        for (label, invoices) in SIZES {
            let sample = generate(&SampleOptions { invoices, ..SampleOptions::default() });
            let rows = sample.events.len();
            let csv = sample.transactions_csv();
            let xlsx = sample.transactions_xlsx().expect("xlsx");
            eprintln!("{label}: {rows} rows, csv {} bytes, xlsx {} bytes", csv.len(), xlsx.len());
            for (format, bytes) in [("csv", &csv), ("xlsx", &xlsx)] {
                group.throughput(Throughput::Bytes(bytes.len() as u64));
                group.bench_with_input(BenchmarkId::new(format, label), bytes, |b, bytes| {
                    b.iter(|| import(bytes, &ImportOptions::default()).expect("import"))
                });
            }
            ledgers.push((label, import(&csv, &ImportOptions::default()).expect("import").ledger));
        }
        group.finish();

        let mut group = c.benchmark_group("age");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
        for (label, ledger) in &ledgers {
            group.throughput(Throughput::Elements(ledger.entries.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(label), ledger, |b, l| {
                b.iter(|| age(l, SAMPLE_REFERENCE_DATE, &AgingOptions::default()).expect("age"))
            });
        }
        group.finish();

        // The whole report: aging, DSO family, CEI, payment figures, recovery, allowance, trend.
        let mut group = c.benchmark_group("analyze");
        group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
        for (label, invoices) in [("10k", 10_000), ("100k", 100_000), ("1M", 1_000_000)] {
            let sample = generate(&SampleOptions { invoices, ..SampleOptions::default() });
            let ledger =
                import(&sample.transactions_csv(), &ImportOptions::default()).expect("import").ledger;
            eprintln!("analyze {label} invoices: {} entries", ledger.entries.len());
            group.throughput(Throughput::Elements(invoices as u64));
            group.bench_with_input(BenchmarkId::new("invoices", label), &ledger, |b, l| {
                b.iter(|| analyze(l, &Options::at(SAMPLE_REFERENCE_DATE)).expect("analyze"))
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
