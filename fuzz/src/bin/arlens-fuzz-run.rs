//! Runs one target on files, for triage: `arlens-fuzz-run TARGET FILE …` prints
//! each file's outcome (ok, or the panic's message) and the time it took, and
//! for a panic of a structured target the options it made of the file.

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(target) = args.next().as_deref().and_then(arlens_fuzz::Target::named) else {
        eprintln!("usage: arlens-fuzz-run TARGET FILE …");
        std::process::exit(2);
    };
    if std::env::var_os("RUST_BACKTRACE").is_none() {
        std::panic::set_hook(Box::new(|_| {}));
    }
    let mut failed = 0;
    for file in args {
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        let start = Instant::now();
        let outcome = std::panic::catch_unwind(|| target.run(&bytes));
        let took = start.elapsed();
        match outcome {
            Ok(()) => println!("{file}: ok in {took:?}"),
            Err(panic) => {
                failed += 1;
                let message = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                    .unwrap_or_default();
                println!("{file}: PANIC in {took:?}: {message}");
                if let Some(options) = target.options_of(&bytes) {
                    println!("  made of it: {options}");
                }
            }
        }
    }
    std::process::exit(i32::from(failed > 0));
}
