//! Times one import of a file: `cargo run --release -p arlens --example time_import -- FILE`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let bytes = std::fs::read(&path).expect("readable");
    let start = std::time::Instant::now();
    let out = arlens::import(&bytes, &arlens::ImportOptions::default()).expect("import");
    let took = start.elapsed();
    println!(
        "{path}: {} entries in {took:.2?} ({:.1} MB/s)",
        out.ledger.entries.len(),
        bytes.len() as f64 / 1e6 / took.as_secs_f64()
    );
}
