//! Times the import and the analysis of a file, natively:
//! `cargo run --profile bench -p arlens --example time_import -- FILE [AS_OF] [RUNS]`
//! prints the median of RUNS (default 1) timed runs after one warm-up when RUNS > 1: the
//! import, the analysis, and the two with the report written as JSON text
//! ([`arlens::report::analyze_file`] + `serde_json`), the work the package's WebAssembly
//! `analyzeFile` does before JavaScript parses the text.
//!
//! The file's SHA-256 digest is given to every timed call ([`arlens::ImportOptions::sha256`]),
//! as the package and the app give the platform's: it is computed once before the timing
//! and its time printed on a line of its own.
use std::time::{Duration, Instant};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let as_of = std::env::args().nth(2).unwrap_or_else(|| "2026-06-30".to_owned()).parse().expect("a date");
    let runs: usize = std::env::args().nth(3).map_or(1, |n| n.parse().expect("a count"));
    let bytes = std::fs::read(&path).expect("readable");
    let start = Instant::now();
    let digest = {
        use sha2::Digest;
        sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let hashing = start.elapsed();
    let options = arlens::ImportOptions { sha256: Some(digest), ..Default::default() };
    let import = || arlens::import(&bytes, &options).expect("import");
    if runs > 1 {
        import();
    }
    let mut times = Vec::new();
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        out = Some(import());
        times.push(start.elapsed());
    }
    let out = out.expect("one run");
    let fastest = times.iter().min().copied().unwrap_or_default();
    let took = median(times);
    let mb = bytes.len() as f64 / 1e6;
    println!(
        "{path}: {} entries imported in {took:.2?} ({:.1} MB/s; fastest {fastest:.2?})",
        out.ledger.entries.len(),
        mb / took.as_secs_f64()
    );
    let opts = arlens::Options::at(as_of);
    let mut times = Vec::new();
    let mut currencies = 0;
    for _ in 0..runs {
        let start = Instant::now();
        currencies = arlens::analyze(&out.ledger, &opts).expect("analyze").aging.currencies.len();
        times.push(start.elapsed());
    }
    println!("analyze at {as_of}: {:.2?} ({currencies} currencies)", median(times));
    let mut times = Vec::new();
    let mut length = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let report = arlens::report::analyze_file(&bytes, &options, &opts).expect("analyze_file");
        length = serde_json::to_string(&report).expect("JSON").len();
        times.push(start.elapsed());
    }
    println!("analyze_file + JSON text: {:.2?} ({length} bytes)", median(times));
    println!("SHA-256 of the file (given to the calls above, not timed in them): {hashing:.2?}");
}
