//! Times one import and one analysis of a file:
//! `cargo run --profile bench -p arlens --example time_import -- FILE [AS_OF]`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let as_of = std::env::args().nth(2).unwrap_or_else(|| "2026-06-30".to_owned()).parse().expect("a date");
    let bytes = std::fs::read(&path).expect("readable");
    let start = std::time::Instant::now();
    let out = arlens::import(&bytes, &arlens::ImportOptions::default()).expect("import");
    let took = start.elapsed();
    let mb = bytes.len() as f64 / 1e6;
    println!(
        "{path}: {} entries imported in {took:.2?} ({:.1} MB/s)",
        out.ledger.entries.len(),
        mb / took.as_secs_f64()
    );
    let start = std::time::Instant::now();
    let report = arlens::analyze(&out.ledger, &arlens::Options::at(as_of)).expect("analyze");
    println!("analyze at {as_of}: {:.2?} ({} currencies)", start.elapsed(), report.aging.currencies.len());
}
