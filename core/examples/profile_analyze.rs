//! Runs `analyze` repeatedly on one file, for a profiler:
//! `perf record -g target/release/examples/profile_analyze FILE [RUNS]`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let runs: usize = std::env::args().nth(2).map_or(5, |n| n.parse().expect("a count"));
    let bytes = std::fs::read(&path).expect("readable");
    let ledger = arlens::import(&bytes, &arlens::ImportOptions::default()).expect("import").ledger;
    let options = arlens::Options::at(arlens::sample::SAMPLE_REFERENCE_DATE);
    for _ in 0..runs {
        std::hint::black_box(arlens::analyze(&ledger, &options).expect("analyze"));
    }
}
