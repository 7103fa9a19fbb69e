//! Writes a generated sample ledger to a file.
//!
//! `arlens-sample --invoices 100000 [--seed 2026] [--layout open-items|transactions] OUT.csv|OUT.xlsx`

use arlens::sample::{SampleOptions, generate};
use std::process::ExitCode;

const USAGE: &str =
    "usage: arlens-sample [--invoices N] [--seed S] [--layout open-items|transactions] OUT.(csv|xlsx)";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("arlens-sample: {message}\n{USAGE}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut options = SampleOptions::default();
    let mut layout = "open-items".to_owned();
    let mut out = None;
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--invoices" => {
                options.invoices = value("--invoices")?.parse().map_err(|e| format!("--invoices: {e}"))?
            }
            "--seed" => options.seed = value("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--layout" => layout = value("--layout")?,
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}")),
            _ => out = Some(arg),
        }
    }
    let out = out.ok_or("no output file")?;
    let ledger = generate(&options);
    let bytes = match (layout.as_str(), out.rsplit('.').next()) {
        ("open-items", Some("csv")) => ledger.open_items_csv(),
        ("transactions", Some("csv")) => ledger.transactions_csv(),
        ("open-items", Some("xlsx")) => ledger.open_items_xlsx().map_err(|e| e.to_string())?,
        ("transactions", Some("xlsx")) => ledger.transactions_xlsx().map_err(|e| e.to_string())?,
        _ => return Err(format!("cannot write layout {layout} to {out}")),
    };
    std::fs::write(&out, bytes).map_err(|e| format!("{out}: {e}"))
}
