//! Runs the analysis repeatedly on one file, through the `Ledger` handle as the
//! app's worker does (its facts and trend kept), for a profiler:
//! `perf record -g target/release/examples/profile_analyze FILE [RUNS]`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let runs: usize = std::env::args().nth(2).map_or(5, |n| n.parse().expect("a count"));
    let bytes = std::fs::read(&path).expect("readable");
    let ledger = arlens::Ledger::open(&bytes, &arlens::ImportOptions::default()).expect("import");
    let options = arlens::Options::at(arlens::sample::SAMPLE_REFERENCE_DATE);
    let start = std::time::Instant::now();
    for _ in 0..runs {
        std::hint::black_box(ledger.analyze(&options).expect("analyze"));
    }
    eprintln!("{:.1?} a run", start.elapsed() / u32::try_from(runs).expect("runs"));
}
