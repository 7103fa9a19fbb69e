//! Prints the worklist of a file as JSON:
//! `cargo run -p arlens --example show_worklist -- FILE AS_OF`.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let as_of = std::env::args().nth(2).expect("an as-of date").parse().expect("a date");
    let bytes = std::fs::read(&path).expect("readable");
    let ledger = arlens::import(&bytes, &arlens::ImportOptions::default()).expect("import").ledger;
    let report = arlens::analyze(&ledger, &arlens::Options::at(as_of)).expect("analyze");
    for row in &report.worklist.rows {
        println!(
            "#{} {} {:?} stake {} risk {} ev {}",
            row.rank, row.customer.name, row.step, row.at_stake, row.risk_score, row.expected_value
        );
        for r in &row.reasons {
            println!("   - {r}");
        }
        if let Some(d) = &row.draft {
            println!("   SUBJECT: {}\n{}", d.subject, d.body);
        }
    }
    for s in &report.worklist.set_apart {
        println!("set apart: {} {}", s.customer.name, s.reason);
    }
}
