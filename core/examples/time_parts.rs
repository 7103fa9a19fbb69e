//! Times each part of `analyze` on one file:
//! `cargo run --profile bench -p arlens --example time_parts -- FILE [AS_OF]`.
use arlens::figures::dso::quantities;
use arlens::figures::period::{Period, PeriodLength};
use std::time::Instant;

fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("{label:>12}: {:.1?}", start.elapsed());
    out
}

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let as_of = std::env::args().nth(2).unwrap_or_else(|| "2026-06-30".to_owned()).parse().expect("a date");
    let bytes = std::fs::read(&path).expect("readable");
    let ledger = arlens::import(&bytes, &arlens::ImportOptions::default()).expect("import").ledger;
    let options = arlens::Options::at(as_of);
    let period = Period::ending(as_of, PeriodLength::Month);
    println!(
        "Entry {} bytes, Allocation {} bytes",
        std::mem::size_of::<arlens::Entry>(),
        std::mem::size_of::<arlens::Allocation>()
    );
    time("open_at", || ledger.open_at(as_of).len());
    time("age", || arlens::age(&ledger, as_of, &options.aging).unwrap());
    time("quantities", || quantities(&ledger, &period));
    time("countback", || arlens::figures::dso::monthly_sales(&ledger, "USD", as_of));
    time("payments", || arlens::figures::payments::payment_figures(&ledger, &period, options.early_payment));
    time("recovery", || arlens::figures::recovery::recovery(&ledger, &period, &options.aging).unwrap());
    time("trend", || arlens::figures::trend::trend(&ledger, as_of, &options.aging, options.cei).unwrap());
    time("currencies", || ledger.currencies());
    time("analyze", || arlens::analyze(&ledger, &options).unwrap());
    let handle = arlens::Ledger::open(&bytes, &arlens::ImportOptions::default()).expect("import");
    time("handle", || handle.analyze(&options).unwrap());
    let report = handle.analyze(&options).unwrap();
    time("to json", || serde_json::to_string(&report).unwrap().len());
    let mut no_drafts = options.clone();
    no_drafts.worklist.drafts = Some(0);
    time("no drafts", || arlens::analyze(&ledger, &no_drafts).unwrap());
}
