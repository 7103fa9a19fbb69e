//! The AFL++ entry point: `arlens-fuzz TARGET` runs one target of
//! [`arlens_fuzz::Target`] in AFL++'s persistent mode. Built and run by
//! `scripts/fuzz.sh` (`make fuzz`), never by the tests.

fn main() {
    let name = std::env::args().nth(1).unwrap_or_default();
    let Some(target) = arlens_fuzz::Target::named(&name) else {
        let names: Vec<_> = arlens_fuzz::Target::ALL.iter().map(|t| t.name()).collect();
        eprintln!("usage: arlens-fuzz TARGET (one of {})", names.join(", "));
        std::process::exit(2);
    };
    afl::fuzz!(|data: &[u8]| {
        target.run(data);
    });
}
