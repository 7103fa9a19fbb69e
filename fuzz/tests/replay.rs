//! Replays the committed corpus (`fuzz/corpus/<target>`, what the fuzzer kept
//! for new coverage) and the crash regressions (`fuzz/regressions/<target>`,
//! one file per crash or hang found, fixed in the core) through every target:
//! deterministic, no fuzzer needed (about a minute in a debug build on two
//! cores). A hang fails the test from a watchdog, naming the file.

use arlens_fuzz::Target;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Generous: a debug build on a busy machine; the fuzzer's own timeout is 2 s
/// in an optimised build.
const CEILING: Duration = Duration::from_secs(20);

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    files.sort();
    files
}

/// The file being replayed and since when: one watchdog thread per target
/// looks at it, and ends the test binary on a hang, naming the file.
type Running = std::sync::Arc<std::sync::Mutex<Option<(PathBuf, Instant)>>>;

fn watchdog() -> Running {
    let running: Running = Default::default();
    let watched = running.clone();
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let Ok(slot) = watched.lock() else { return };
            if let Some((file, since)) = slot.as_ref()
                && since.elapsed() > CEILING * 2
            {
                eprintln!("{} still running after {:?}: a hang", file.display(), CEILING * 2);
                std::process::exit(101);
            }
        }
    });
    running
}

fn replay(target: Target, file: &Path, running: &Running) {
    let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    let start = Instant::now();
    if let Ok(mut slot) = running.lock() {
        *slot = Some((file.to_owned(), start));
    }
    target.run(&bytes);
    assert!(start.elapsed() < CEILING, "{} took {:?}", file.display(), start.elapsed());
}

/// Replays one target's corpus and regressions.
fn replay_target(target: Target) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = files(&root.join("corpus").join(target.name()));
    assert!(!corpus.is_empty(), "no corpus for {}: run `make fuzz` (scripts/fuzz.sh)", target.name());
    let regressions = files(&root.join("regressions").join(target.name()));
    let running = watchdog();
    let start = Instant::now();
    for file in corpus.iter().chain(&regressions) {
        replay(target, file, &running);
    }
    if let Ok(mut slot) = running.lock() {
        *slot = None;
    }
    println!(
        "{}: {} corpus inputs, {} regressions in {:?}",
        target.name(),
        corpus.len(),
        regressions.len(),
        start.elapsed()
    );
}

/// One test per target, so that the test harness runs them side by side.
macro_rules! replays {
    ($($test:ident: $target:ident),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                replay_target(Target::$target);
            }
        )*

        #[test]
        fn every_target_is_replayed() {
            let tested = [$(Target::$target),*];
            assert!(Target::ALL.iter().all(|t| tested.contains(t)), "a target without its replay test");
        }
    };
}

replays! {
    csv_corpus: Csv,
    xlsx_corpus: Xlsx,
    xlsm_corpus: Xlsm,
    xlsb_corpus: Xlsb,
    xls_corpus: Xls,
    ods_corpus: Ods,
    file_corpus: File,
    inspect_corpus: Inspect,
    options_corpus: Options,
    plan_corpus: Plan,
}

/// The workbook targets wrap their parts into a fresh container: a fixture's
/// parts, so wrapped, must read as the fixture itself — else the targets would
/// fuzz the container's refusal and nothing behind it.
#[test]
fn a_workbook_rewrapped_from_its_parts_reads_as_the_original() {
    use arlens::{ImportOptions, Ledger};
    use arlens_fuzz::parts;
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/formats");
    for name in ["ledger.xlsx", "ledger.ods", "ledger.xls"] {
        let bytes = std::fs::read(fixtures.join(name)).unwrap();
        let framed = if name.ends_with(".xls") {
            let streams: Vec<_> =
                parts::uncompound(&bytes, 1 << 20).into_iter().filter(|(n, _)| n == "Workbook").collect();
            parts::join(&streams)
        } else {
            parts::join(&parts::unzip(&bytes, 1 << 20))
        };
        let split = parts::split(&framed);
        let wrapped =
            if name.ends_with(".xls") { parts::compound(&split) } else { parts::zip(&split) }.unwrap();
        let options = ImportOptions::default();
        let original = Ledger::open(&bytes, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = Ledger::open(&wrapped, &options).unwrap_or_else(|e| panic!("{name} rewrapped: {e}"));
        assert!(!original.book().entries.is_empty(), "{name}");
        assert!(original.book() == again.book(), "{name}: the rewrapped workbook reads otherwise");
    }
}

/// The options generators must follow the types they feed: most random inputs
/// make options serde accepts, and many of those an analysis or a plan — else a
/// renamed field would leave the targets fuzzing refusals only.
#[test]
fn random_bytes_make_options_the_core_accepts() {
    use arbitrary::Unstructured;
    use arlens_fuzz::json;
    use rand::RngCore;
    let mut rng = rand_pcg::Pcg64::new(21, 12);
    let (mut options, mut terms, mut plans) = (0, 0, 0);
    for _ in 0..400 {
        let mut bytes = vec![0u8; 512];
        rng.fill_bytes(&mut bytes);
        let value = json::value(&mut Unstructured::new(&bytes), &json::OPTIONS, &json::Names::default());
        options += usize::from(serde_json::from_value::<arlens::Options>(value).is_ok());
        let value = json::value(&mut Unstructured::new(&bytes), &json::PLAN_TERMS, &json::Names::default());
        if let Ok(t) = serde_json::from_value(value) {
            terms += 1;
            match arlens::collections::plan::payment_plan(&t) {
                Ok(_) => plans += 1,
                Err(e) => {
                    if std::env::var("SHOW").is_ok() {
                        println!("{e}")
                    }
                }
            }
        }
    }
    println!("of 400: {options} options, {terms} plan terms, {plans} plans");
    assert!(
        options >= 100 && terms >= 100 && plans >= 20,
        "of 400: {options} options, {terms} plan terms, {plans} plans"
    );
}
