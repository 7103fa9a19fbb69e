//! Coverage-guided fuzz targets for arlens: every reader, `inspect`, the options
//! of `analyze` and the terms of `paymentPlan`.
//!
//! Each target takes the fuzzer's bytes and must end in a value or a located
//! error — a panic (which in WebAssembly traps the module) or a broken property
//! is a crash. What each target feeds the core, and what it asserts beyond "no
//! panic", is in [`Target`]'s docs. The AFL++ entry point is `src/bin/arlens-fuzz.rs`
//! (`scripts/fuzz.sh` builds and runs it); `tests/replay.rs` runs the committed
//! corpus and the crash regressions through the same functions in `make test`.

#![warn(missing_docs)]

pub mod check;
pub mod json;
pub mod parts;

use arbitrary::Unstructured;
use arlens::import::{ImportOptions, inspect};
use arlens::sample::{SampleOptions, generate};
use arlens::{Ledger, Options};
use std::sync::OnceLock;

/// A fuzz target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// CSV bytes, opened whole and also streamed in two chunks cut where the
    /// input says: the two ledgers (or errors) must be equal.
    Csv,
    /// An xlsx's parts ([`parts`]), zipped: the XML readers.
    Xlsx,
    /// An xlsm's parts (macro-enabled; read by the same reader as xlsx, seeded
    /// with macro-enabled workbooks).
    Xlsm,
    /// An xlsb's parts, zipped: the binary record readers.
    Xlsb,
    /// An xls's streams, in a compound file: the BIFF readers.
    Xls,
    /// An ods's parts, zipped.
    Ods,
    /// Whole files of any format, containers included.
    File,
    /// Import options (a JSON object made from the first bytes, see [`json`])
    /// and a whole file, through `inspect` and `Ledger::open`.
    Inspect,
    /// `analyze`'s options (JSON made from the bytes) over a fixed messy ledger:
    /// three currencies, credits and partial payments.
    Options,
    /// `paymentPlan`'s terms (JSON made from the bytes).
    Plan,
}

impl Target {
    /// Every target, in the order `make fuzz` runs them.
    pub const ALL: [Target; 10] = [
        Target::Csv,
        Target::Xlsx,
        Target::Xlsm,
        Target::Xlsb,
        Target::Xls,
        Target::Ods,
        Target::File,
        Target::Inspect,
        Target::Options,
        Target::Plan,
    ];

    /// The target's name: its corpus folder and its command-line argument.
    pub fn name(self) -> &'static str {
        match self {
            Target::Csv => "csv",
            Target::Xlsx => "xlsx",
            Target::Xlsm => "xlsm",
            Target::Xlsb => "xlsb",
            Target::Xls => "xls",
            Target::Ods => "ods",
            Target::File => "file",
            Target::Inspect => "inspect",
            Target::Options => "options",
            Target::Plan => "plan",
        }
    }

    /// The target named `name`.
    pub fn named(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The options JSON the structured targets make of `data` (for triage);
    /// `None` for the targets that take files.
    pub fn options_of(self, data: &[u8]) -> Option<String> {
        self.generated(data).map(|(value, _)| value.to_string())
    }

    /// The JSON a structured target makes of its bytes (for `inspect`, of the
    /// first [`INSPECT_OPTIONS_BYTES`]), and what is left of them to draw from.
    fn generated(self, data: &[u8]) -> Option<(serde_json::Value, Unstructured<'_>)> {
        let none = json::Names::default();
        let (shape, bytes, names) = match self {
            Target::Inspect => (&json::IMPORT_OPTIONS, inspect_split(data).0, &none),
            Target::Options => (&json::OPTIONS, data, &fixed().1),
            Target::Plan => (&json::PLAN_TERMS, data, &none),
            _ => return None,
        };
        let mut u = Unstructured::new(bytes);
        let value = json::value(&mut u, shape, names);
        Some((value, u))
    }

    /// Runs the target on `data`; panics on a broken property.
    pub fn run(self, data: &[u8]) {
        match self {
            Target::Csv => csv(data),
            Target::Xlsx | Target::Xlsm | Target::Xlsb | Target::Ods => {
                if let Some(file) = parts::zip(&parts::split(data)) {
                    file_with(&file, &ImportOptions::default());
                }
            }
            Target::Xls => {
                if let Some(file) = parts::compound(&parts::split(data)) {
                    file_with(&file, &ImportOptions::default());
                }
            }
            Target::File => file_with(data, &ImportOptions::default()),
            Target::Inspect => inspect_target(data),
            Target::Options => options(data),
            Target::Plan => plan(data),
        }
    }
}

/// Opens `bytes` with `options` and checks what comes out.
fn file_with(bytes: &[u8], options: &ImportOptions) {
    opened(&Ledger::open(bytes, options));
}

/// Checks an opened file: the ledger ([`check::ledger`]) or the refusal.
fn opened(result: &Result<Ledger, arlens::Error>) {
    match result {
        Ok(ledger) => check::ledger(ledger),
        Err(error) => check::error(error),
    }
}

fn csv(data: &[u8]) {
    let options = ImportOptions::default();
    let whole = Ledger::open(data, &options);
    opened(&whole);
    // The same bytes streamed in two chunks, cut at a place the input picks.
    let cut = data.first().map_or(0, |&b| usize::from(b) * data.len() / 256);
    let streamed = arlens::LedgerReader::new(&options).and_then(|mut reader| {
        reader.push(&data[..cut])?;
        reader.push(&data[cut..])?;
        reader.finish()
    });
    match (&whole, &streamed) {
        (Ok(a), Ok(b)) => {
            assert!(a.book() == b.book(), "streamed in two chunks at {cut}, the ledger differs");
            assert!(a.summary() == b.summary(), "streamed in two chunks at {cut}, the summary differs");
        }
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "streamed at {cut}"),
        (a, b) => panic!(
            "whole and streamed at {cut} disagree: {:?} vs {:?}",
            a.as_ref().err().map(ToString::to_string),
            b.as_ref().err().map(ToString::to_string)
        ),
    }
}

/// How many of the input's first bytes make the import options.
pub const INSPECT_OPTIONS_BYTES: usize = 48;

/// The import options' bytes and the file's.
fn inspect_split(data: &[u8]) -> (&[u8], &[u8]) {
    data.split_at(data.len().min(INSPECT_OPTIONS_BYTES))
}

fn inspect_target(data: &[u8]) {
    let Some((value, mut u)) = Target::Inspect.generated(data) else { return };
    let preview = u.int_in_range(0..=40).unwrap_or(10);
    let Ok(options) = serde_json::from_value::<ImportOptions>(value) else { return };
    let file = inspect_split(data).1;
    match inspect(file, &options, preview) {
        Ok(seen) => {
            assert!(seen.preview.len() <= preview, "{} preview rows for {preview}", seen.preview.len())
        }
        Err(error) => check::error(&error),
    }
    file_with(file, &options);
}

/// The fixed ledger of the options target, and the names its options pick from.
fn fixed() -> &'static (Ledger, json::Names) {
    static FIXED: OnceLock<(Ledger, json::Names)> = OnceLock::new();
    FIXED.get_or_init(|| {
        let sample = generate(&SampleOptions { invoices: 40, seed: 7, ..SampleOptions::default() });
        let ledger = Ledger::open(&sample.transactions_csv(), &ImportOptions::default())
            .unwrap_or_else(|e| panic!("the options target's ledger: {e}"));
        let book = ledger.book();
        let mut customers: Vec<String> =
            book.entries.iter().map(|e| book.customer(e).id.to_string()).collect();
        customers.sort();
        customers.dedup();
        let documents = book.entries.iter().map(|e| e.id.to_string()).take(200).collect();
        (ledger, json::Names { customers, documents })
    })
}

fn options(data: &[u8]) {
    let ledger = &fixed().0;
    let Some((value, mut u)) = Target::Options.generated(data) else { return };
    let Ok(options) = serde_json::from_value::<Options>(value) else { return };
    match ledger.analyze(&options) {
        Ok(report) => {
            check::report(&report);
            check::traces(ledger, &report, &options);
            if u.ratio(1, 8).unwrap_or(false) {
                // The whole workbook, with its settings and drafts.
                if let Err(error) = arlens::export::workbook_of(ledger, &report, &options) {
                    check::error(&error);
                }
            }
        }
        Err(error) => check::error(&error),
    }
}

fn plan(data: &[u8]) {
    let Some((value, _)) = Target::Plan.generated(data) else { return };
    let Ok(terms) = serde_json::from_value(value) else { return };
    match arlens::collections::plan::payment_plan(&terms) {
        Ok(plan) => check::plan(&terms, &plan),
        Err(error) => check::error(&error),
    }
}
