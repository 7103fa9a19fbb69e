//! The page's side of the app's Web Worker: files are read and analysed there
//! (`static/worker.js` driving [`crate::worker_core::WorkerCore`]), so the page
//! never freezes; answers come back as JSON into signals.
//!
//! Messages to the worker: `open` (a `File`, or the bundled sample), `reopen`
//! (the same file with other reading choices), `analyze`, `grid`
//! ([`GridRequest`]), `customer` (an id), `trace` (a figure), `export`
//! ([`ExportRequest`]), `cancel`. From it: `progress` (bytes
//! and rows read), `opened` ([`OpenOutcome`]), `analysed` ([`Analysed`]),
//! `grid` ([`GridAnswer`]), `customer` (a [`CustomerView`] or why not),
//! `trace` (a [`TraceSummary`] or why not), `export` (the file's bytes or why not),
//! `cancelled`, `crashed` when its WebAssembly trapped (the
//! page then starts a fresh worker), and `warmed` after each warm-up reading
//! ([`crate::worker_core::WorkerCore::warm_up`]; the page ignores it). A newer open or analysis cancels the older
//! one: a queued request is dropped by the worker, a running one's answer by
//! the page.

use crate::source::ReadChoices;
use arlens::grid::{GridName, Page, Query};
use arlens::import::Inspection;
use arlens::overview::CustomerView;
use arlens::trace::TraceSummary;
use arlens::{Options, Report, Summary};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A ledger the worker opened: what the page shows of it before any analysis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenedLedger {
    /// What the ledger holds, with the import's report.
    pub summary: Summary,
    /// What the mapping screen shows of the file.
    pub inspection: Inspection,
}

/// The outcome of opening a file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum OpenOutcome {
    /// The file was read.
    Opened(Box<OpenedLedger>),
    /// It could not be: the located message, and what a mapping screen shows
    /// of the file when it can show anything.
    Failed {
        /// The located error.
        message: String,
        /// The file as a mapping screen shows it.
        inspection: Option<Box<Inspection>>,
    },
}

/// What the page asks an analysis for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalyseRequest {
    /// The analysis options.
    pub options: Options,
    /// Whether the previous period's report is wanted too (the overview's changes).
    pub previous: bool,
    /// The parts of the report the view shows.
    pub needs: Needs,
}

/// The long parts of a report a view shows; the worker keeps the whole report
/// and sends only these (a 1M-row ledger's report is 26 MB of JSON, 17 MB of
/// it the risk scores no view lists), so a change of view re-sends, never
/// re-analyses. The grids ask for their rows a page at a time ([`GridRequest`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Needs {
    /// The customers the overview and the report show: each currency's largest debtors.
    pub customers: bool,
    /// The worklist's rows (the Collections view).
    pub worklist: bool,
}

/// What a grid asks the worker for: the rows of its query from `offset`, and
/// the text of a copied range when `copy` is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GridRequest {
    /// The table.
    pub grid: GridName,
    /// Its sort, filters and search.
    pub query: Query,
    /// The first row sent (an index in the query's order).
    pub offset: usize,
    /// How many rows are sent at most.
    pub limit: usize,
    /// A range to copy: rows and columns, each `[first, last]` included.
    pub copy: Option<CopyRange>,
    /// For the [`GridName::Members`] grid, the traced figure (its text form).
    #[serde(default)]
    pub trace: Option<String>,
}

/// A range of a grid's selection, as the keyboard selected it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyRange {
    /// First and last row (indexes in the query's order), included.
    pub rows: (usize, usize),
    /// First and last column, included.
    pub columns: (usize, usize),
}

/// A file the page asks the worker to make from the last analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportRequest {
    /// A grid's rows as filtered and sorted, every one of them.
    Grid {
        /// The table.
        grid: GridName,
        /// Its sort, filters and search.
        query: Query,
        /// For the Members grid, the traced figure.
        trace: Option<String>,
        /// XLSX; else CSV.
        xlsx: bool,
        /// The user's language tag (`de-DE`): the CSV's decimal mark and delimiter.
        locale: String,
    },
    /// The whole analysis as one workbook ([`arlens::export::workbook`]).
    Workbook,
}

/// The worker's answer to a [`GridRequest`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GridAnswer {
    /// The page of rows, or why there is none (a query the core cannot run, no report).
    pub page: Result<Page, String>,
    /// The copied range as tab-separated text, when asked for.
    pub copied: Option<String>,
}

/// An analysis's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysed {
    /// The report, or the message of why there is none, with only the long
    /// parts the request's [`Needs`] asked for (the others empty).
    pub report: Result<Report, String>,
    /// The previous period's report, when asked for and available, without
    /// its long parts (the overview's changes only read its figures).
    pub previous: Option<Report>,
    /// Whether the previous period's report was asked for and follows in a
    /// message of its own (a second analysis: the report is shown first).
    #[serde(default)]
    pub previous_follows: bool,
}

/// A reading in progress, as the progress bar shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The file's name.
    pub name: String,
    /// Bytes read so far.
    pub bytes: f64,
    /// The file's size (0 when unknown).
    pub total: f64,
    /// Rows split so far.
    pub rows: f64,
}

/// The file on the page: its name, whether it is the sample, and which opening
/// of it this is (a new number for every file or reading choice read).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shown {
    /// The file's name.
    pub name: String,
    /// Whether it is the bundled sample.
    pub is_sample: bool,
    /// Whether it is several files chosen together, bundled (see
    /// [`crate::features::upload::read_chosen`]): their rows are located by
    /// their own files' names, not the bundle's.
    pub bundle: bool,
    /// Counts the openings, so that an analysis knows which ledger it is of.
    pub generation: u64,
}

/// The worker's answers, as signals; `Copy`, shared through the context.
#[derive(Debug, Clone, Copy)]
pub struct Work {
    /// The reading in progress, if any.
    pub progress: RwSignal<Option<Progress>>,
    /// The file shown and its opening.
    pub shown: RwSignal<Shown>,
    /// The outcome of the last opening; `None` until the first one ends.
    pub opened: RwSignal<Option<Arc<OpenOutcome>>>,
    /// The last analysis of the shown ledger, with the opening it is of;
    /// `None` while the first is running.
    pub analysed: RwSignal<Option<(u64, Arc<Analysed>)>>,
    /// The reading choices of the shown (or opening) file.
    pub choices: RwSignal<ReadChoices>,
    /// Whether an analysis is running.
    pub analysing: RwSignal<bool>,
}

/// What the page waits for.
#[derive(Default)]
struct Pending {
    /// The open running, with the file it is of and its choices.
    open: Option<(u32, Shown, ReadChoices)>,
    /// The analysis running, with the opening it is of.
    analysis: Option<(u32, u64)>,
    /// The analysis whose previous period's figures are still to come, with
    /// the opening it is of.
    previous: Option<(u32, u64)>,
    /// The choices of the ledger shown.
    shown_choices: ReadChoices,
    /// The last request's number.
    last_id: u32,
    /// Requests of the grids and the customer page waiting for their answer,
    /// with what to do with its JSON (`None` when it never comes: a crash).
    asked: Vec<(u32, AnswerCallback)>,
}

/// What a view does with the worker's answer (the message; `None` when it never comes).
type AnswerCallback = Box<dyn FnOnce(Option<JsValue>)>;

struct Client {
    worker: web_sys::Worker,
    /// Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    static PENDING: RefCell<Pending> = RefCell::new(Pending::default());
}

/// A field of a message, as a string.
fn text(message: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(message, &key.into()).ok()?.as_string()
}

/// A field of a message, as a number.
fn number(message: &JsValue, key: &str) -> f64 {
    js_sys::Reflect::get(message, &key.into()).ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
}

/// A message object from `(key, value)` pairs.
fn message(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

fn next_id() -> u32 {
    PENDING.with_borrow_mut(|p| {
        p.last_id += 1;
        p.last_id
    })
}

fn post(fields: &[(&str, JsValue)]) {
    CLIENT.with_borrow(|c| {
        if let Some(c) = c {
            let _ = c.worker.post_message(&message(fields));
        }
    });
}

fn id_value(id: u32) -> JsValue {
    JsValue::from(id)
}

impl Work {
    /// Starts the worker and opens the bundled sample in it.
    pub fn start() -> Work {
        let work = Work {
            progress: RwSignal::new(None),
            shown: RwSignal::new(Shown {
                name: "sample-ledger.csv".to_owned(),
                is_sample: true,
                bundle: false,
                generation: 0,
            }),
            opened: RwSignal::new(None),
            analysed: RwSignal::new(None),
            choices: RwSignal::new(ReadChoices::default()),
            analysing: RwSignal::new(false),
        };
        work.spawn();
        let shown = work.shown.get_untracked();
        work.send_open(shown, ReadChoices::default(), None, false);
        work
    }

    /// A new worker, replacing the one before (after a trap).
    fn spawn(self) {
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let Ok(worker) = web_sys::Worker::new_with_options("worker.js", &options) else {
            self.opened.set(Some(Arc::new(OpenOutcome::Failed {
                message: "this browser cannot start the worker arlens reads files in".to_owned(),
                inspection: None,
            })));
            return;
        };
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                self.answer(&ev.data());
            });
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |ev: web_sys::ErrorEvent| {
            ev.prevent_default();
            self.crashed(ev.message(), false);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        // The page's compiled WebAssembly, shared: the worker neither downloads nor compiles it again.
        let _ =
            worker.post_message(&message(&[("kind", "module".into()), ("module", wasm_bindgen::module())]));
        let old = CLIENT
            .with_borrow_mut(|c| c.replace(Client { worker, _on_message: on_message, _on_error: on_error }));
        if let Some(old) = old {
            old.worker.terminate();
        }
    }

    /// Reads `file` (a new file, with the default reading choices).
    pub fn open_file(self, file: web_sys::File) {
        let bundle = file.type_() == crate::features::upload::BUNDLE_TYPE;
        let shown = Shown { name: file.name(), is_sample: false, bundle, generation: 0 };
        self.choices.set(ReadChoices::default());
        self.send_open(shown, ReadChoices::default(), Some(file), false);
    }

    /// Reads the shown file again with `choices`, unless they are the ones
    /// it is shown (or being read) with.
    pub fn reopen(self, choices: ReadChoices) {
        let same = PENDING.with_borrow(|p| match &p.open {
            Some((_, _, c)) => *c == choices,
            None => p.shown_choices == choices,
        });
        if !same {
            let shown = self.shown.get_untracked();
            self.send_open(shown, choices, None, true);
        }
    }

    fn send_open(self, shown: Shown, choices: ReadChoices, file: Option<web_sys::File>, again: bool) {
        self.drop_open();
        let id = next_id();
        let json = serde_json::to_string(&choices).unwrap_or_default();
        let total = file.as_ref().map_or(0.0, |f| f.size());
        self.progress.set(Some(Progress { name: shown.name.clone(), bytes: 0.0, total, rows: 0.0 }));
        let mut fields = vec![
            ("kind", JsValue::from_str(if again { "reopen" } else { "open" })),
            ("id", id_value(id)),
            ("name", JsValue::from_str(if shown.bundle { "" } else { &shown.name })),
            ("choices", JsValue::from_str(&json)),
            ("sample", JsValue::from_bool(shown.is_sample)),
        ];
        if let Some(file) = file {
            fields.push(("file", file.into()));
        }
        PENDING.with_borrow_mut(|p| p.open = Some((id, shown, choices)));
        post(&fields);
    }

    /// Cancels the reading in progress: the file shown before stays, with its
    /// reading choices.
    pub fn cancel_open(self) {
        if self.drop_open() {
            self.progress.set(None);
            let shown = PENDING.with_borrow(|p| p.shown_choices.clone());
            if self.choices.get_untracked() != shown {
                self.choices.set(shown);
            }
        }
    }

    /// Tells the worker to drop the open in progress; whether there was one.
    fn drop_open(self) -> bool {
        let pending = PENDING.with_borrow_mut(|p| p.open.take());
        if let Some((id, _, _)) = &pending {
            post(&[("kind", "cancel".into()), ("id", id_value(*id))]);
        }
        pending.is_some()
    }

    /// Analyses the shown ledger with `options` (and its previous period when
    /// `previous`), for a view that shows `needs`, cancelling the analysis before it.
    pub fn analyze(self, generation: u64, options: Options, previous: bool, needs: Needs) {
        let older = PENDING.with_borrow_mut(|p| [p.analysis.take(), p.previous.take()]);
        for (id, _) in older.into_iter().flatten() {
            post(&[("kind", "cancel".into()), ("id", id_value(id))]);
        }
        let id = next_id();
        let request = serde_json::to_string(&AnalyseRequest { options, previous, needs }).unwrap_or_default();
        PENDING.with_borrow_mut(|p| p.analysis = Some((id, generation)));
        self.analysing.set(true);
        post(&[("kind", "analyze".into()), ("id", id_value(id)), ("request", JsValue::from_str(&request))]);
    }

    /// Asks the worker for a grid's rows (and a copied range); `then` runs
    /// with the answer unless [`cancel_grid`](Work::cancel_grid) was called
    /// first. The request's number.
    pub fn grid(self, request: &GridRequest, then: impl FnOnce(GridAnswer) + 'static) -> u32 {
        let json = serde_json::to_string(request).unwrap_or_default();
        self.ask("grid", &json, move |answer| {
            then(answer.and_then(|j| serde_json::from_str::<GridAnswer>(&j).ok()).unwrap_or_else(|| {
                GridAnswer {
                    page: Err("arlens's worker sent an answer the page cannot read".to_owned()),
                    copied: None,
                }
            }))
        })
    }

    /// Asks the worker for the page of the customer with id `id` in the last
    /// analysis; `then` runs with it, or with why there is none.
    pub fn customer(self, id: &str, then: impl FnOnce(Result<CustomerView, String>) + 'static) -> u32 {
        self.ask("customer", id, move |answer| {
            then(
                answer
                    .and_then(|j| serde_json::from_str::<Result<CustomerView, String>>(&j).ok())
                    .unwrap_or_else(|| Err("arlens's worker sent an answer the page cannot read".to_owned())),
            )
        })
    }

    /// Asks the worker to trace `figure` (its text form, see
    /// [`arlens::trace::FigureRef`]) in the last analysis; `then` runs with its
    /// summary, or with why there is none.
    pub fn trace(self, figure: &str, then: impl FnOnce(Result<TraceSummary, String>) + 'static) -> u32 {
        self.ask("trace", figure, move |answer| {
            then(
                answer
                    .and_then(|j| serde_json::from_str::<Result<TraceSummary, String>>(&j).ok())
                    .unwrap_or_else(|| Err("arlens's worker sent an answer the page cannot read".to_owned())),
            )
        })
    }

    /// Asks the worker for a file of the last analysis ([`ExportRequest`]);
    /// `then` runs with its bytes, or with why there are none.
    pub fn export(
        self,
        request: &ExportRequest,
        then: impl FnOnce(Result<js_sys::Uint8Array, String>) + 'static,
    ) {
        let json = serde_json::to_string(request).unwrap_or_default();
        self.ask_raw("export", &json, move |message| {
            let answer = message.as_ref().and_then(|m| js_sys::Reflect::get(m, &"answer".into()).ok());
            let bytes = answer.as_ref().and_then(|a| js_sys::Reflect::get(a, &"bytes".into()).ok());
            then(match bytes.and_then(|b| b.dyn_into::<js_sys::Uint8Array>().ok()) {
                Some(bytes) => Ok(bytes),
                None => Err(answer
                    .and_then(|a| text(&a, "error"))
                    .unwrap_or_else(|| "arlens's worker stopped before the file was made".to_owned())),
            });
        });
    }

    /// Posts a request of `kind` whose JSON answer goes to `then`; its number.
    fn ask(self, kind: &str, request: &str, then: impl FnOnce(Option<String>) + 'static) -> u32 {
        self.ask_raw(kind, request, move |message| then(message.and_then(|m| text(&m, "json"))))
    }

    /// Posts a request of `kind` whose answer message goes to `then`; its number.
    fn ask_raw(self, kind: &str, request: &str, then: impl FnOnce(Option<JsValue>) + 'static) -> u32 {
        let id = next_id();
        PENDING.with_borrow_mut(|p| p.asked.push((id, Box::new(then))));
        post(&[("kind", kind.into()), ("id", id_value(id)), ("request", JsValue::from_str(request))]);
        id
    }

    /// Drops a grid request: a queued one is not run, a running one's answer is ignored.
    pub fn cancel_grid(self, id: u32) {
        let dropped = PENDING.with_borrow_mut(|p| {
            let before = p.asked.len();
            p.asked.retain(|(i, _)| *i != id);
            before != p.asked.len()
        });
        if dropped {
            post(&[("kind", "cancel".into()), ("id", id_value(id))]);
        }
    }

    /// Handles one message of the worker.
    fn answer(self, data: &JsValue) {
        let id = number(data, "id");
        match text(data, "kind").as_deref() {
            Some("progress")
                if PENDING.with_borrow(|p| p.open.as_ref().is_some_and(|(i, _, _)| f64::from(*i) == id)) =>
            {
                self.progress.update(|p| {
                    if let Some(p) = p {
                        p.bytes = number(data, "bytes");
                        p.rows = number(data, "rows");
                        let total = number(data, "total");
                        if total > 0.0 {
                            p.total = total;
                        }
                    }
                });
            }
            Some("opened") => {
                let pending = PENDING.with_borrow_mut(|p| match &p.open {
                    Some((i, _, _)) if f64::from(*i) == id => p.open.take(),
                    _ => None,
                });
                let Some((_, mut shown, choices)) = pending else { return };
                let outcome = text(data, "json")
                    .and_then(|j| serde_json::from_str::<OpenOutcome>(&j).ok())
                    .unwrap_or_else(|| OpenOutcome::Failed {
                        message: "arlens's worker sent an answer the page cannot read".to_owned(),
                        inspection: None,
                    });
                shown.generation = self.shown.get_untracked().generation + 1;
                PENDING.with_borrow_mut(|p| {
                    p.shown_choices = choices.clone();
                    p.analysis = None;
                    p.previous = None;
                });
                self.progress.set(None);
                self.analysing.set(false);
                self.analysed.set(None);
                self.shown.set(shown);
                if self.choices.get_untracked() != choices {
                    self.choices.set(choices);
                }
                self.opened.set(Some(Arc::new(outcome)));
            }
            Some("analysed") => {
                let pending = PENDING.with_borrow_mut(|p| match p.analysis {
                    Some((i, _)) if f64::from(i) == id => p.analysis.take(),
                    _ => None,
                });
                let Some((asked, generation)) = pending else { return };
                let analysed = text(data, "json")
                    .and_then(|j| serde_json::from_str::<Analysed>(&j).ok())
                    .unwrap_or_else(|| Analysed {
                        report: Err("arlens's worker sent an answer the page cannot read".to_owned()),
                        previous: None,
                        previous_follows: false,
                    });
                if analysed.previous_follows {
                    PENDING.with_borrow_mut(|p| p.previous = Some((asked, generation)));
                }
                self.analysing.set(false);
                self.analysed.set(Some((generation, Arc::new(analysed))));
            }
            Some("previous") => {
                let pending = PENDING.with_borrow_mut(|p| match p.previous {
                    Some((i, generation)) if f64::from(i) == id => p.previous.take().map(|_| generation),
                    _ => None,
                });
                let Some(generation) = pending else { return };
                // `null` (or an unreadable answer): no comparison can be made.
                let previous = text(data, "json")
                    .and_then(|j| serde_json::from_str::<Option<Report>>(&j).ok())
                    .flatten();
                self.analysed.update(|a| {
                    if let Some((g, analysed)) = a
                        && *g == generation
                    {
                        let analysed = Arc::make_mut(analysed);
                        analysed.previous = previous;
                        analysed.previous_follows = false;
                    }
                });
            }
            Some("grid" | "customer" | "trace" | "export") => {
                let then = PENDING.with_borrow_mut(|p| {
                    let at = p.asked.iter().position(|(i, _)| f64::from(*i) == id)?;
                    Some(p.asked.remove(at).1)
                });
                if let Some(then) = then {
                    then(Some(data.clone()));
                }
            }
            Some("cancelled") => {
                PENDING.with_borrow_mut(|p| p.asked.retain(|(i, _)| f64::from(*i) != id));
            }
            Some("crashed") => {
                let too_large = js_sys::Reflect::get(data, &"tooLarge".into()).is_ok_and(|v| v.is_truthy());
                self.crashed(text(data, "message").unwrap_or_default(), too_large);
            }
            _ => {}
        }
    }

    /// The worker's WebAssembly trapped: what it was doing is lost. The page
    /// says so where the figures would be (a file too large for WebAssembly's
    /// memory when an allocation failed first) and starts a fresh worker, so
    /// the next file is read as usual.
    fn crashed(self, detail: String, too_large: bool) {
        let (open, name) = PENDING.with_borrow_mut(|p| {
            p.analysis = None;
            p.previous = None;
            p.asked.clear();
            let open = p.open.take();
            let name = open.as_ref().map(|(_, s, _)| s.name.clone());
            (open, name)
        });
        let name = name.unwrap_or_else(|| self.shown.get_untracked().name);
        self.spawn();
        self.progress.set(None);
        self.analysing.set(false);
        let mut shown = open.map(|(_, s, _)| s).unwrap_or_else(|| self.shown.get_untracked());
        shown.generation = self.shown.get_untracked().generation + 1;
        self.shown.set(shown);
        self.analysed.set(None);
        let message = if too_large {
            format!(
                "{name} is too large for arlens in this browser: reading it ran out of memory (WebAssembly's memory is 4 GB at most), so it shows no figures for it. Split the file (by year or by company) and open each part."
            )
        } else {
            let detail = if detail.is_empty() { String::new() } else { format!(" ({detail})") };
            format!(
                "arlens stopped while working on {name}{detail}, so it shows no figures for it. This is a bug in arlens; open the file again or another one."
            )
        };
        self.opened.set(Some(Arc::new(OpenOutcome::Failed { message, inspection: None })));
    }
}
