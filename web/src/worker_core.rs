//! The core as the app's Web Worker drives it (`static/worker.js`): a file
//! read chunk by chunk into a [`Ledger`], analysed again and again, every answer
//! sent to the page as JSON (see [`crate::analyst`] for the messages).
//!
//! The same WebAssembly file runs the page and the worker, so a page load
//! downloads it once (the page hands its compiled module over); `main` mounts
//! the page only where there is a window.

use crate::analyst::{
    AnalyseRequest, Analysed, ExportRequest, GridAnswer, GridRequest, Needs, OpenOutcome, OpenedLedger,
};
use crate::charts::DEBTORS;
use crate::source::{ReadChoices, SAMPLE_INVOICES};
use arlens::Report;
use arlens::export::{CsvExport, grid_csv, grid_xlsx};
use arlens::figures::aging::CustomerAging;
use arlens::grid::{Grid, GridName, Query, Selection};
use arlens::money::locale::Locale;
use arlens::overview::select::top_debtors;
use arlens::sample::{SampleOptions, generate};
use arlens::trace::{FigureRef, Trace};
use arlens::{ImportOptions, Ledger, LedgerReader};
use wasm_bindgen::prelude::*;

/// The worker's ledger and the reading in progress, if any.
#[wasm_bindgen]
#[derive(Default)]
pub struct WorkerCore {
    /// The ledger the page shows (the previous one stays until a new reading ends).
    ledger: Option<Ledger>,
    /// The reading in progress and its options.
    reading: Option<(LedgerReader, ImportOptions)>,
    /// A reading finished before the platform's digest of the file came
    /// ([`finish_unsigned`](WorkerCore::finish_unsigned)).
    unsigned: Option<(arlens::import::Unsigned, ImportOptions)>,
    /// The options of the last reading that failed without an inspection, for
    /// [`inspect_failure`](WorkerCore::inspect_failure).
    failed: Option<(ImportOptions, String)>,
    /// The last analysis, whole.
    last: Option<Box<Kept>>,
    /// Whether the last analysis's answer said its previous period follows.
    previous_follows: bool,
}

/// A report kept whole, with its options, (once asked for) its previous
/// period's, and the grids' last selections.
struct Kept {
    options: arlens::Options,
    report: Report,
    previous: Option<Option<Report>>,
    /// The last queries run on the report's grids, newest last: scrolling and
    /// copying ask again for the same query and are answered from here.
    selections: Vec<(GridName, Query, Selection)>,
    /// The last figure traced in the report (the Members grid lists it).
    trace: Option<Trace>,
}

/// How many grid selections a report keeps.
const SELECTIONS_KEPT: usize = 4;

/// An answer with no report, for `message`.
fn unanswered(message: String) -> Analysed {
    Analysed { report: Err(message), previous: None, previous_follows: false }
}

/// The long parts of a report (see [`Needs`]): the risk scores (no view lists
/// them), each customer's aging, the worklist's rows and the open documents.
struct LongParts {
    risk: Vec<arlens::collections::worklist::AccountRisk>,
    customers: Vec<arlens::figures::aging::CustomerAging>,
    rows: Vec<arlens::collections::worklist::WorklistRow>,
    items: Vec<arlens::figures::aging::AgedItem>,
}

impl LongParts {
    /// Takes the long parts out of `report`, leaving them empty.
    fn take(report: &mut Report) -> LongParts {
        LongParts {
            risk: std::mem::take(&mut report.risk),
            customers: std::mem::take(&mut report.aging.customers),
            rows: std::mem::take(&mut report.worklist.rows),
            items: std::mem::take(&mut report.aging.items),
        }
    }

    /// Puts them back into `report`.
    fn put_back(self, report: &mut Report) {
        report.risk = self.risk;
        report.aging.customers = self.customers;
        report.worklist.rows = self.rows;
        report.aging.items = self.items;
    }
}

/// A copy of `report` with only what `needs` asks for (see [`Needs`]). The
/// long parts are taken out while the rest is copied, and put back: never
/// copied to be dropped. The open documents go to the grid only.
fn trimmed(report: &mut Report, needs: &Needs) -> Report {
    // Of the customers, the views that ask for them show each currency's largest
    // debtors: those alone are sent, ranked as `top_debtors` ranks them among all
    // (a 1M-row ledger's customers were 3 MB of JSON to send and parse for ten bars).
    let debtors: Vec<CustomerAging> = if needs.customers {
        let aging = &report.aging;
        aging.currencies.iter().flat_map(|c| top_debtors(aging, &c.currency, DEBTORS)).cloned().collect()
    } else {
        Vec::new()
    };
    let long = LongParts::take(report);
    let mut light = report.clone();
    light.aging.customers = debtors;
    if needs.worklist {
        light.worklist.rows = long.rows.clone();
    }
    long.put_back(report);
    light
}

/// The options a reading of `name` with `choices` runs with.
fn import_options(name: &str, choices: &ReadChoices) -> ImportOptions {
    ImportOptions {
        file_name: Some(name.to_owned()),
        sheet: choices.sheet.clone(),
        date_order: choices.date_order,
        default_currency: choices.currency.clone(),
        columns: choices.columns.clone(),
        decimal_mark: choices.decimal_mark,
        default_terms: choices.default_terms,
        header_row: choices.header_row,
        repair_swapped_dates: choices.repair_swapped_dates,
        skip_hidden_rows: choices.skip_hidden_rows,
        ..ImportOptions::default()
    }
}

/// JSON of a value the page reads back (every type sent derives both ways).
fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|e| {
        serde_json::to_string(&OpenOutcome::Failed {
            message: format!("arlens could not send its answer: {e}"),
            inspection: None,
        })
        .unwrap_or_default()
    })
}

/// Invoices in the workbook [`WorkerCore::warm_up`] reads (≈ 950 rows, 48 KB).
const WARM_UP_INVOICES: usize = 500;

/// The bundled sample ledger's bytes (generated, deterministic).
pub fn sample_bytes() -> Vec<u8> {
    generate(&SampleOptions { invoices: SAMPLE_INVOICES, ..SampleOptions::default() }).transactions_csv()
}

#[wasm_bindgen]
impl WorkerCore {
    /// A worker core with no ledger yet.
    #[wasm_bindgen(constructor)]
    pub fn new() -> WorkerCore {
        WorkerCore::default()
    }

    /// Starts reading `name` with `choices` (JSON of [`ReadChoices`]); the
    /// SHA-256 comes at [`finish`](WorkerCore::finish) when `digest_later`.
    /// `None` when the reading started, else the failure's JSON ([`OpenOutcome`]).
    pub fn begin(&mut self, name: &str, choices: &str, digest_later: bool) -> Option<String> {
        self.reading = None;
        self.unsigned = None;
        let choices: ReadChoices = match serde_json::from_str(choices) {
            Ok(c) => c,
            Err(e) => {
                return Some(json(&OpenOutcome::Failed {
                    message: format!("reading choices: {e}"),
                    inspection: None,
                }));
            }
        };
        let options = import_options(name, &choices);
        match LedgerReader::new(&options) {
            Ok(mut reader) => {
                if digest_later {
                    reader.digest_later();
                }
                self.reading = Some((reader, options));
                None
            }
            Err(e) => Some(self.failed(e, None, options)),
        }
    }

    /// Reads the next chunk; the failure's JSON when the file cannot be read
    /// (the reading is then over).
    pub fn push(&mut self, chunk: &[u8]) -> Option<String> {
        let (reader, _) = self.reading.as_mut()?;
        let error = reader.push(chunk).err()?;
        let (_, options) = self.reading.take()?;
        Some(self.failed(error, None, options))
    }

    /// Rows split so far (delimited text; a workbook's rows are read at the end).
    pub fn rows_read(&self) -> u32 {
        self.reading.as_ref().map_or(0, |(r, _)| u32::try_from(r.rows_read()).unwrap_or(u32::MAX))
    }

    /// Drops the reading in progress (cancelled); the ledger before it stays.
    pub fn abandon(&mut self) {
        self.reading = None;
        self.unsigned = None;
    }

    /// Ends the reading with the file's SHA-256 (hex) when the worker hashed
    /// it: the new ledger's [`OpenOutcome`] as JSON.
    pub fn finish(&mut self, sha256: Option<String>) -> String {
        let Some((reader, options)) = self.reading.take() else {
            return json(&OpenOutcome::Failed {
                message: "no file is being read".to_owned(),
                inspection: None,
            });
        };
        match reader.finish_seen(sha256.as_deref()) {
            Ok(ledger) => self.opened(ledger),
            Err((error, inspection)) => self.failed(error, inspection, options),
        }
    }

    /// Reads the rest of the file while the worker still waits for the
    /// platform's digest of it (the reading began with `digest_later`): `None`
    /// when the ledger is read, to be handed over by [`sign`](WorkerCore::sign),
    /// else the failure's [`OpenOutcome`] JSON. At 1M rows the digest came
    /// 170 ms after the last chunk, time the import now overlaps.
    pub fn finish_unsigned(&mut self) -> Option<String> {
        let Some((reader, options)) = self.reading.take() else {
            return Some(json(&OpenOutcome::Failed {
                message: "no file is being read".to_owned(),
                inspection: None,
            }));
        };
        match reader.finish_unsigned() {
            Ok(unsigned) => {
                self.unsigned = Some((unsigned, options));
                None
            }
            Err((error, inspection)) => Some(self.failed(error, inspection, options)),
        }
    }

    /// Hands over the ledger [`finish_unsigned`](WorkerCore::finish_unsigned)
    /// read, with the file's SHA-256 (hex): the [`OpenOutcome`] as JSON.
    pub fn sign(&mut self, sha256: Option<String>) -> String {
        let Some((unsigned, options)) = self.unsigned.take() else {
            return json(&OpenOutcome::Failed { message: "no file was read".to_owned(), inspection: None });
        };
        let signed = match sha256 {
            Some(digest) => unsigned.sign(&digest),
            None => Err(arlens::Error::option(
                "sha256",
                "the browser could not compute the file's SHA-256: open the file again".to_owned(),
            )),
        };
        match signed {
            Ok(ledger) => self.opened(ledger),
            Err(error) => self.failed(error, None, options),
        }
    }

    /// Whether the last failure came without the rows a mapping screen shows:
    /// the worker then hands the file's bytes to [`inspect_failure`](WorkerCore::inspect_failure).
    pub fn wants_bytes(&self) -> bool {
        self.failed.is_some()
    }

    /// The last failure again, with what a mapping screen shows of `bytes`.
    pub fn inspect_failure(&mut self, bytes: &[u8]) -> String {
        let Some((options, message)) = self.failed.take() else {
            return json(&OpenOutcome::Failed {
                message: "no failure to inspect".to_owned(),
                inspection: None,
            });
        };
        let inspection = arlens::import::inspect(bytes, &options, 20).ok().map(Box::new);
        json(&OpenOutcome::Failed { message, inspection })
    }

    /// Reads a small generated workbook (the sample generator's ledger of 500
    /// invoices, as XLSX) the way a dropped file is read, and drops the ledger: the number
    /// of entries it read. The ledger shown, the reading in progress and the
    /// last analysis are left as they were.
    ///
    /// Why: the browser runs a function on its baseline compiler until it has
    /// been busy for a while, and optimises it for its next call; a workbook's
    /// reading functions are called once a file, so the first workbook a user
    /// drops ran on baseline code throughout (the sample, a CSV, warms only
    /// the text reader and the figures). The worker calls this twice when it
    /// is idle after opening the sample: a 10k-row XLSX's first drop then
    /// shows its figures ≈ 2× sooner, a 100k-row one ≈ 1.3× (BENCHMARKS.md,
    /// session 36).
    pub fn warm_up(&mut self) -> Result<u32, String> {
        let workbook = generate(&SampleOptions { invoices: WARM_UP_INVOICES, ..SampleOptions::default() })
            .transactions_xlsx()
            .map_err(|e| format!("the warm-up workbook: {e}"))?;
        let options =
            ImportOptions { file_name: Some("warm-up.xlsx".to_owned()), ..ImportOptions::default() };
        let mut reader = LedgerReader::new(&options).map_err(|e| e.to_string())?;
        reader.push(&workbook).map_err(|e| e.to_string())?;
        let ledger = reader.finish_seen(None).map_err(|(e, _)| e.to_string())?;
        Ok(u32::try_from(ledger.summary().import.entries).unwrap_or(u32::MAX))
    }

    /// Opens the bundled sample with `choices` in one go: [`OpenOutcome`] JSON.
    pub fn open_sample(&mut self, choices: &str) -> String {
        if let Some(failure) = self.begin("sample-ledger.csv", choices, false) {
            return failure;
        }
        let bytes = sample_bytes();
        if let Some(failure) = self.push(&bytes) {
            return if self.wants_bytes() { self.inspect_failure(&bytes) } else { failure };
        }
        let outcome = self.finish(None);
        if self.wants_bytes() { self.inspect_failure(&bytes) } else { outcome }
    }

    /// Analyses the ledger with the request's options (JSON of
    /// [`AnalyseRequest`]): [`Analysed`] JSON with the parts the request needs.
    /// The last report is kept: the same options again (another view) only
    /// send other parts of it.
    pub fn analyze(&mut self, request: &str) -> String {
        self.previous_follows = false;
        let request = match serde_json::from_str::<AnalyseRequest>(request) {
            Ok(r) => r,
            Err(e) => return json(&unanswered(format!("analysis options: {e}"))),
        };
        let Some(ledger) = &self.ledger else {
            return json(&unanswered("no ledger is open".to_owned()));
        };
        let kept = self.last.as_ref().is_some_and(|l| l.options == request.options);
        if !kept {
            self.last = None;
            match ledger.analyze(&request.options) {
                Ok(report) => {
                    self.last = Some(Box::new(Kept {
                        options: request.options.clone(),
                        report,
                        previous: None,
                        selections: Vec::new(),
                        trace: None,
                    }))
                }
                Err(e) => return json(&unanswered(e.to_string())),
            }
        }
        let Some(last) = self.last.as_deref_mut() else {
            return json(&unanswered("no report".to_owned()));
        };
        // The previous period's figures are a second analysis: the report is
        // answered first, they follow ([`WorkerCore::previous`]).
        let previous_follows = request.previous && last.previous.is_none();
        self.previous_follows = previous_follows;
        let report = trimmed(&mut last.report, &request.needs);
        let previous = if request.previous { last.previous.clone().flatten() } else { None };
        json(&Analysed { report: Ok(report), previous, previous_follows })
    }

    /// Whether the last answer of [`analyze`](WorkerCore::analyze) said the
    /// previous period's figures follow (the worker then asks [`previous`](WorkerCore::previous)).
    pub fn previous_pending(&self) -> bool {
        self.previous_follows
    }

    /// The previous period's report of the last analysis, without its long
    /// parts (the overview's changes read only its figures): JSON of
    /// `Option<Report>`, `null` when it cannot be made. Made once per report.
    pub fn previous(&mut self) -> String {
        self.previous_follows = false;
        let (Some(ledger), Some(last)) = (&self.ledger, self.last.as_deref_mut()) else {
            return json(&None::<Report>);
        };
        let previous = last.previous.get_or_insert_with(|| {
            ledger.previous(&last.report, &last.options).map(|mut p| {
                LongParts::take(&mut p);
                p
            })
        });
        json(previous)
    }

    /// Answers a grid's request (JSON of [`GridRequest`]) from the last
    /// report: [`GridAnswer`] JSON. The selection is kept, so that the next
    /// page of the same query is only read, not sorted again.
    pub fn grid(&mut self, request: &str) -> String {
        let answer = match serde_json::from_str::<GridRequest>(request) {
            Ok(request) => self.grid_answer(&request),
            Err(e) => GridAnswer { page: Err(format!("grid request: {e}")), copied: None },
        };
        json(&answer)
    }

    /// A deliberate trap, for the tests that check the page recovers from one
    /// (`static/worker.js` calls it only when a test set its drill flag): an
    /// `unreachable`, or with `out_of_memory` memory filled until an allocation fails.
    pub fn fault_drill(&self, out_of_memory: bool) {
        if out_of_memory {
            let mut held: Vec<Vec<u8>> = Vec::new();
            loop {
                held.push(vec![1; 256 << 20]);
            }
        }
        #[cfg(target_arch = "wasm32")]
        core::arch::wasm32::unreachable();
    }

    /// The page of the customer with id `id` in the last report: JSON of
    /// `Result<CustomerView, String>`.
    pub fn customer(&self, id: &str) -> String {
        let view = match (&self.ledger, self.last.as_deref()) {
            (Some(ledger), Some(last)) => {
                ledger.customer(&last.report, id).ok_or_else(|| format!("the ledger has no customer “{id}”"))
            }
            _ => Err("no report yet".to_owned()),
        };
        serde_json::to_string(&view).unwrap_or_default()
    }

    /// The summary of `figure` (its text form) traced in the last report: JSON
    /// of `Result<TraceSummary, String>`. The trace is kept for the Members grid.
    pub fn trace(&mut self, figure: &str) -> String {
        let summary = self.kept_trace(figure).map(|t| t.summary());
        serde_json::to_string(&summary).unwrap_or_default()
    }

    /// The trace of `figure` in the last report: the kept one when it is of
    /// `figure`, else made and kept (the Members grid's selections of the
    /// previous one dropped).
    fn kept_trace(&mut self, figure: &str) -> Result<&Trace, String> {
        let (Some(ledger), Some(last)) = (&self.ledger, self.last.as_deref_mut()) else {
            return Err("no report yet".to_owned());
        };
        let figure: FigureRef = figure.parse().map_err(|e: arlens::Error| e.to_string())?;
        if last.trace.as_ref().is_none_or(|t| t.figure != figure) {
            last.trace = None;
            last.selections.retain(|(g, ..)| *g != GridName::Members);
            last.trace = Some(ledger.trace(&last.report, &last.options, &figure).map_err(|e| e.to_string())?);
        }
        last.trace.as_ref().ok_or_else(|| "no trace".to_owned())
    }

    fn grid_answer(&mut self, request: &GridRequest) -> GridAnswer {
        let answer =
            self.selected(request.grid, &request.query, request.trace.as_deref(), |grid, selection| {
                let copied = request.copy.map(|c| {
                    grid.tsv(
                        selection,
                        c.rows.0..c.rows.1.saturating_add(1),
                        c.columns.0..c.columns.1.saturating_add(1),
                    )
                });
                (grid.page(selection, request.offset, request.limit), copied)
            });
        match answer {
            Ok((page, copied)) => GridAnswer { page: Ok(page), copied },
            Err(e) => GridAnswer { page: Err(e), copied: None },
        }
    }

    /// Runs `then` on the selection of `query` in the last report's table
    /// `name` (the trace of `trace` for the Members grid): the kept one when the
    /// same query ran lately, else made and kept.
    fn selected<R>(
        &mut self,
        name: GridName,
        query: &Query,
        trace: Option<&str>,
        then: impl FnOnce(&Grid<'_>, &Selection) -> R,
    ) -> Result<R, String> {
        if name == GridName::Members {
            self.kept_trace(trace.ok_or("the Members grid needs a figure")?)?;
        }
        let (Some(ledger), Some(last)) = (&self.ledger, self.last.as_deref_mut()) else {
            return Err("no report yet".to_owned());
        };
        let found = last.selections.iter().position(|(g, q, _)| *g == name && q == query);
        let grid = match (&last.trace, name) {
            (Some(trace), GridName::Members) => Grid::of_trace(&last.report, ledger.book(), trace),
            _ => Grid::of(&last.report, name),
        };
        let at = match found {
            Some(at) => at,
            None => {
                let selection = grid.select(query).map_err(|e| e.to_string())?;
                if last.selections.len() == SELECTIONS_KEPT {
                    last.selections.remove(0);
                }
                last.selections.push((name, query.clone(), selection));
                last.selections.len() - 1
            }
        };
        Ok(then(&grid, &last.selections[at].2))
    }

    /// Makes a file of the last analysis (JSON of [`ExportRequest`]): an object
    /// with `bytes` (a `Uint8Array`), or `error` saying why there are none.
    pub fn export_file(&mut self, request: &str) -> JsValue {
        let made = match serde_json::from_str::<ExportRequest>(request) {
            Err(e) => Err(format!("export request: {e}")),
            Ok(ExportRequest::Workbook) => match (&self.ledger, self.last.as_deref()) {
                (Some(ledger), Some(last)) => {
                    arlens::export::workbook_of(ledger, &last.report, &last.options)
                        .map_err(|e| e.to_string())
                }
                _ => Err("no report yet".to_owned()),
            },
            Ok(ExportRequest::Grid { grid, query, trace, xlsx, locale }) => {
                let sheet = match grid {
                    GridName::Invoices => "Open documents",
                    GridName::Customers => "Aging by customer",
                    GridName::Worklist => "Worklist",
                    GridName::Trend => "Trend",
                    GridName::Members => "Behind the figure",
                };
                let csv = CsvExport::for_locale(&Locale::from_tag(&locale).unwrap_or(Locale::EN));
                self.selected(grid, &query, trace.as_deref(), |grid, selection| {
                    if xlsx {
                        grid_xlsx(grid, selection, sheet).map_err(|e| e.to_string())
                    } else {
                        Ok(grid_csv(grid, selection, &csv))
                    }
                })
                .and_then(|made| made)
            }
        };
        let answer = js_sys::Object::new();
        let _ = match made {
            Ok(bytes) => {
                js_sys::Reflect::set(&answer, &"bytes".into(), &js_sys::Uint8Array::from(bytes.as_slice()))
            }
            Err(e) => js_sys::Reflect::set(&answer, &"error".into(), &JsValue::from_str(&e)),
        };
        answer.into()
    }

    /// Shows `ledger` from now on: its [`OpenOutcome`] JSON.
    fn opened(&mut self, ledger: Ledger) -> String {
        let opened =
            OpenedLedger { summary: ledger.summary().clone(), inspection: ledger.inspection().clone() };
        self.ledger = Some(ledger);
        self.last = None;
        self.failed = None;
        json(&OpenOutcome::Opened(Box::new(opened)))
    }

    /// Records a failure: its JSON now, and its options kept when it has no
    /// inspection (so that the worker can ask for one with the file's bytes).
    fn failed(
        &mut self,
        error: arlens::Error,
        inspection: Option<Box<arlens::import::Inspection>>,
        options: ImportOptions,
    ) -> String {
        self.ledger = None;
        self.last = None;
        let message = error.to_string();
        self.failed = inspection.is_none().then(|| (options, message.clone()));
        json(&OpenOutcome::Failed { message, inspection })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sample opened in a worker core.
    fn opened() -> WorkerCore {
        let mut core = WorkerCore::new();
        let choices = serde_json::to_string(&ReadChoices::default()).unwrap();
        assert!(core.open_sample(&choices).starts_with("{\"Opened\""));
        core
    }

    fn analysed(core: &mut WorkerCore, previous: bool) -> Analysed {
        let options =
            arlens::Options { today: chrono::NaiveDate::from_ymd_opt(2026, 6, 30), ..Default::default() };
        let request = AnalyseRequest { options, previous, needs: Needs::default() };
        serde_json::from_str(&core.analyze(&serde_json::to_string(&request).unwrap())).unwrap()
    }

    #[test]
    fn the_warm_up_reads_its_workbook_and_leaves_the_ledger_shown_and_its_analysis() {
        let mut core = opened();
        let before = analysed(&mut core, false);
        let summary = core.ledger.as_ref().unwrap().summary().clone();
        // 500 invoices and the payments, credits and notes the generator makes for them:
        // the sample CSV of the same 500 invoices, read as text, has as many entries.
        let csv = generate(&SampleOptions { invoices: WARM_UP_INVOICES, ..SampleOptions::default() })
            .transactions_csv();
        let as_text = arlens::Ledger::open(&csv, &ImportOptions::default()).unwrap();
        let entries = core.warm_up().unwrap();
        assert!(entries > 500, "{entries}");
        assert_eq!(entries, u32::try_from(as_text.summary().import.entries).unwrap());
        assert_eq!(core.warm_up(), Ok(entries), "twice, the same");
        assert_eq!(core.ledger.as_ref().unwrap().summary(), &summary);
        assert!(core.last.is_some(), "the last analysis is kept");
        assert_eq!(analysed(&mut core, false).report, before.report);
    }

    #[test]
    fn the_overview_is_sent_each_currencys_largest_debtors_as_the_whole_ranks_them() {
        let mut core = opened();
        let options =
            arlens::Options { today: chrono::NaiveDate::from_ymd_opt(2026, 6, 30), ..Default::default() };
        let needs = Needs { customers: true, worklist: false };
        let request = AnalyseRequest { options, previous: false, needs };
        let sent: Analysed =
            serde_json::from_str(&core.analyze(&serde_json::to_string(&request).unwrap())).unwrap();
        let sent = sent.report.unwrap().aging;
        let whole = &core.last.as_ref().unwrap().report.aging;
        assert!(whole.currencies.len() >= 2 && whole.customers.len() > whole.currencies.len() * DEBTORS);
        assert!(sent.customers.len() <= whole.currencies.len() * DEBTORS);
        for currency in whole.currencies.iter().map(|c| c.currency.as_str()) {
            let ids = |aging| -> Vec<String> {
                arlens::overview::select::top_debtors(aging, currency, DEBTORS)
                    .iter()
                    .map(|c| c.customer.id.to_string())
                    .collect()
            };
            assert_eq!(ids(&sent), ids(whole), "{currency}");
        }
    }

    #[test]
    fn the_report_is_answered_before_its_previous_period_which_follows_once() {
        let mut core = opened();
        // Not asked: nothing follows.
        let first = analysed(&mut core, false);
        assert!(first.report.is_ok());
        assert!(first.previous.is_none() && !first.previous_follows && !core.previous_pending());
        // Asked: the report now, the previous period after.
        let asked = analysed(&mut core, true);
        assert_eq!(asked.report, first.report);
        assert!(asked.previous.is_none() && asked.previous_follows && core.previous_pending());
        let previous: Option<Report> = serde_json::from_str(&core.previous()).unwrap();
        let previous = previous.expect("the sample has a previous period");
        let report = asked.report.unwrap();
        assert_eq!(previous.as_of, report.period.opening);
        assert!(previous.risk.is_empty() && previous.aging.items.is_empty(), "its long parts stay out");
        assert!(!core.previous_pending());
        // Asked again (another visit to the overview): made once, sent with the report.
        let again = analysed(&mut core, true);
        assert_eq!(again.previous, Some(previous));
        assert!(!again.previous_follows && !core.previous_pending());
    }
}
