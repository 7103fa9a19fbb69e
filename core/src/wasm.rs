//! The JavaScript binding (`pkg/`): every export deserialises its options, calls
//! one core function and serialises the result; errors become JS `Error`s that
//! carry `kind`, `file`, `sheet`, `row`, `column`, `header` (and `option` for an
//! option refused, `inspection` for missing columns).

use crate::error::{Error, ErrorKind, Position};
use crate::import::ImportOptions;
use crate::money::locale::{Locale, format_money, format_number, parse_amount_input};
use crate::report::{self, Options};
use crate::sample::{SampleOptions, generate};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

/// The one serializer: plain objects, not `Map`s; a missing value (`None`) is
/// `undefined`, as the generated TypeScript declarations say.
const SERIALIZER: serde_wasm_bindgen::Serializer =
    serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);

#[wasm_bindgen(typescript_custom_section)]
const TS_SCALARS: &str = r#"
/** An exact decimal number as text: money such as "2795.74" (never a float), or a figure such as "98.1666…". */
export type Decimal = string;
/** A date as text, YYYY-MM-DD. */
export type NaiveDate = string;
/** Column overrides: a header text or column letter, and the field it holds (or "ignore"). */
export type Overrides = Record<string, Field>;
/** Terms of `paymentPlan`: `asOf` defaults to today and `currency` to USD. */
export type PlanOptions = Omit<PlanTerms, "asOf"> & { asOf?: NaiveDate };
/** What `kind` an `ArlensError` has: the core's kinds; `freed` (a freed `Ledger` used);
 * `internal` (arlens failed inside, restarted its module: a bug to report); `reset` (a
 * `Ledger` made before such a restart used). */
export type ErrorKindCode =
  | "empty" | "missingColumns" | "invalidValue" | "invalidOption" | "csv" | "workbook"
  | "passwordProtected" | "notASpreadsheet" | "sheetNotFound" | "ambiguousDates" | "tooLarge" | "freed"
  | "internal" | "reset";
"#;

fn to_js_error(err: &Error) -> JsValue {
    let js = js_sys::Error::new(&err.to_string());
    js.set_name("ArlensError");
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str(key), &value);
    };
    set("kind", JsValue::from_str(err.kind().code()));
    let pos = err.position().cloned().unwrap_or_default();
    let opt = |v: Option<String>| v.map_or(JsValue::NULL, |s| JsValue::from_str(&s));
    set("file", opt(pos.file));
    set("sheet", opt(pos.sheet));
    set("row", pos.row.map_or(JsValue::NULL, |r| JsValue::from_f64(r as f64)));
    set("column", opt(pos.column));
    set("header", opt(pos.header));
    match err.kind() {
        ErrorKind::InvalidOption { option, .. } | ErrorKind::TooLarge { option: Some(option), .. } => {
            set("option", JsValue::from_str(option));
        }
        _ => {}
    }
    js.into()
}

fn option_error(option: &str, reason: impl Into<String>) -> JsValue {
    to_js_error(&Error::option(option, reason))
}

fn serialize<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&SERIALIZER).map_err(|e| option_error("result", e.to_string()))
}

/// A large result (a report) as JSON text: building it in Rust and parsing it with
/// `JSON.parse` is several times faster than making every JS object through
/// serde-wasm-bindgen. A `None` is left out (`skip_serializing_if` on every optional
/// field), so the parsed objects match [`SERIALIZER`]'s and the declarations.
///
/// The text is handed to JavaScript in pieces of about [`JSON_PIECE`] bytes,
/// joined there: a large report (26 MB for a million rows) then never needs one
/// region of WebAssembly's memory that large, which the memory freed by the
/// import is too fragmented to offer — the text alone grew the memory by 34 MB.
fn to_json<T: Serialize>(value: &T) -> Result<js_sys::JsString, JsValue> {
    let mut pieces = JsonPieces { text: js_sys::JsString::from(""), piece: Vec::new() };
    serde_json::to_writer(&mut pieces, value).map_err(|e| option_error("result", e.to_string()))?;
    pieces.hand_over();
    Ok(pieces.text)
}

/// The size of the pieces [`to_json`] hands over.
const JSON_PIECE: usize = 64 << 10;

/// JSON text handed to JavaScript a piece at a time (see [`to_json`]).
struct JsonPieces {
    /// The pieces handed over, joined.
    text: js_sys::JsString,
    /// The piece being written.
    piece: Vec<u8>,
}

impl JsonPieces {
    /// Hands the piece over, when it is whole UTF-8: the serializer writes whole
    /// characters in each call, so a piece ends at one (and otherwise grows on).
    fn hand_over(&mut self) {
        if let Ok(text) = std::str::from_utf8(&self.piece) {
            self.text = self.text.concat(&JsValue::from_str(text));
            self.piece.clear();
        }
    }
}

impl std::io::Write for JsonPieces {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.piece.len().saturating_add(bytes.len()) > JSON_PIECE && !self.piece.is_empty() {
            self.hand_over();
        }
        self.piece.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An options object named `name`, all of it optional: the defaults when
/// `undefined` or `null`, and a field set to either counts as not given; an
/// unknown or mistyped field is refused by its name. (serde-wasm-bindgen reads
/// only the fields a struct knows, so the object goes through a JSON value,
/// whose keys are all seen.)
fn parse_options<T: Default + serde::de::DeserializeOwned>(
    name: &str,
    options: JsValue,
) -> Result<T, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(T::default());
    }
    let mut value: serde_json::Value =
        serde_wasm_bindgen::from_value(options).map_err(|e| option_error(name, e.to_string()))?;
    drop_nulls(&mut value);
    serde_json::from_value(value).map_err(|e| option_error(name, e.to_string()))
}

/// Removes object fields that are `null` (or were `undefined`), at every depth.
fn drop_nulls(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// The report options, with `today` from this machine's clock when the caller gave none.
fn analysis_options(options: JsValue) -> Result<Options, JsValue> {
    let mut options: Options = parse_options("options", options)?;
    options.today = options.today.or_else(today);
    Ok(options)
}

/// Today in the JS clock's local time zone (the binding is the core's caller here).
fn today() -> Option<NaiveDate> {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// An imported ledger kept in WebAssembly memory, analysed at any date without
/// reading the file again. The package wraps it in its own `Ledger` class.
#[wasm_bindgen(js_name = LedgerCore)]
pub struct LedgerCore {
    inner: report::Ledger,
}

#[wasm_bindgen(js_class = LedgerCore)]
impl LedgerCore {
    /// How the file was read, counts, totals per currency and the date range, as
    /// JSON text of a `Summary` (the package's `Ledger.summary` parses it).
    #[wasm_bindgen(getter)]
    pub fn summary(&self) -> Result<js_sys::JsString, JsValue> {
        to_json(self.inner.summary())
    }

    /// Every figure at the options' as-of date (see `Options`), as JSON text of a
    /// `Report` (the package's `Ledger.analyze` parses it).
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    ) -> Result<js_sys::JsString, JsValue> {
        let report = self.inner.analyze(&analysis_options(options)?).map_err(|e| to_js_error(&e))?;
        to_json(&report)
    }

    /// Sheets, header, preview rows, mapping with confidences and the import's
    /// report, as JSON text of an `Inspection` (the package's `Ledger.inspect` parses it).
    pub fn inspect(&self) -> Result<js_sys::JsString, JsValue> {
        to_json(self.inner.inspection())
    }

    /// The headline figures per currency at the options' as-of date against the
    /// end of the previous period, as JSON text of a `Headline`.
    pub fn headline(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    ) -> Result<js_sys::JsString, JsValue> {
        to_json(&self.inner.headline(&analysis_options(options)?).map_err(|e| to_js_error(&e))?)
    }

    /// The members of `figure` (its text form: `aging/USD/b1`, `period/EUR/dso`…)
    /// at the options' as-of date, with the figure recomputed from them, as JSON
    /// text of a `Trace` (see the core's `trace` module).
    pub fn trace(
        &self,
        figure: &str,
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    ) -> Result<js_sys::JsString, JsValue> {
        let figure: crate::trace::FigureRef = figure.parse().map_err(|e| to_js_error(&e))?;
        let options = analysis_options(options)?;
        let report = self.inner.analyze(&options).map_err(|e| to_js_error(&e))?;
        let trace = self.inner.trace(&report, &options, &figure).map_err(|e| to_js_error(&e))?;
        to_json(&trace.rows(self.inner.book()))
    }

    /// The whole analysis at the options' as-of date as an XLSX workbook (see the
    /// core's `export::workbook`): a summary with the file's SHA-256, then every table.
    #[wasm_bindgen(js_name = exportXlsx)]
    pub fn export_xlsx(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    ) -> Result<Vec<u8>, JsValue> {
        crate::export::workbook(&self.inner, &analysis_options(options)?).map_err(|e| to_js_error(&e))
    }

    /// The figures at the options' as-of date in one reporting currency at the
    /// given rates, as JSON text of a `Consolidated`.
    pub fn consolidate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ConsolidationOptions")] consolidation: JsValue,
        #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
    ) -> Result<js_sys::JsString, JsValue> {
        let into: crate::overview::ConsolidationOptions = parse_options("consolidation", consolidation)?;
        let options = analysis_options(options)?;
        let report = self.inner.analyze(&options).map_err(|e| to_js_error(&e))?;
        to_json(&crate::overview::consolidate(&report, &into, options.cei).map_err(|e| to_js_error(&e))?)
    }
}

/// Reads a ledger file's bytes into a handle. Missing columns throw an error of
/// kind `missingColumns` that carries the file's `inspection` for a mapping screen.
#[wasm_bindgen(js_name = openLedger)]
pub fn open_ledger(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "ImportOptions | undefined")] options: JsValue,
) -> Result<LedgerCore, JsValue> {
    let options: ImportOptions = parse_options("importOptions", options)?;
    report::Ledger::open(bytes, &options).map(|inner| LedgerCore { inner }).map_err(|e| {
        let js = to_js_error(&e);
        if matches!(e.kind(), ErrorKind::MissingColumns { .. })
            && let Ok(seen) = crate::import::inspect(bytes, &options, 20)
            && let Ok(value) = serialize(&seen)
        {
            let _ = js_sys::Reflect::set(&js, &JsValue::from_str("inspection"), &value);
        }
        js
    })
}

/// A ledger file read chunk by chunk (see [`crate::LedgerReader`]); the
/// package's `openLedgerStream` drives it.
#[wasm_bindgen(js_name = LedgerReaderCore)]
pub struct LedgerReaderCore {
    inner: Option<crate::LedgerReader>,
}

#[wasm_bindgen(js_class = LedgerReaderCore)]
impl LedgerReaderCore {
    /// A reader with the import options; `digest_later`: the caller hashes the
    /// bytes itself and gives the digest to `finish`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "ImportOptions | undefined")] options: JsValue,
        digest_later: bool,
    ) -> Result<LedgerReaderCore, JsValue> {
        let options: ImportOptions = parse_options("importOptions", options)?;
        let mut reader = crate::LedgerReader::new(&options).map_err(|e| to_js_error(&e))?;
        if digest_later {
            reader.digest_later();
        }
        Ok(LedgerReaderCore { inner: Some(reader) })
    }

    fn reader(&mut self) -> Result<&mut crate::LedgerReader, JsValue> {
        self.inner.as_mut().ok_or_else(|| option_error("stream", "this reader has already finished"))
    }

    /// Reads the next bytes of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), JsValue> {
        self.reader()?.push(chunk).map_err(|e| to_js_error(&e))
    }

    /// Bytes pushed so far.
    #[wasm_bindgen(getter, js_name = bytesRead)]
    pub fn bytes_read(&self) -> f64 {
        self.inner.as_ref().map_or(0.0, |r| r.bytes_read() as f64)
    }

    /// Records of delimited text read so far (0 for a workbook until the end).
    #[wasm_bindgen(getter, js_name = rowsRead)]
    pub fn rows_read(&self) -> f64 {
        self.inner.as_ref().map_or(0.0, |r| r.rows_read() as f64)
    }

    /// Reads what is left into a ledger handle, with the file's SHA-256 when
    /// the caller hashed it. Missing columns throw an error of kind
    /// `missingColumns` that carries the file's `inspection`.
    pub fn finish(&mut self, sha256: Option<String>) -> Result<LedgerCore, JsValue> {
        let reader =
            self.inner.take().ok_or_else(|| option_error("stream", "this reader has already finished"))?;
        reader.finish_seen(sha256.as_deref()).map(|inner| LedgerCore { inner }).map_err(|(e, seen)| {
            let js = to_js_error(&e);
            if let Some(value) = seen.and_then(|seen| serialize(&seen).ok()) {
                let _ = js_sys::Reflect::set(&js, &JsValue::from_str("inspection"), &value);
            }
            js
        })
    }
}

/// Reads a ledger file's bytes and analyses them once: its import report and
/// figures, as JSON text of a `FileReport` (the package's `analyze` parses it).
#[wasm_bindgen(js_name = analyzeFile)]
pub fn analyze_file(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "ImportOptions | undefined")] import_options: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Options | undefined")] options: JsValue,
) -> Result<js_sys::JsString, JsValue> {
    let import_options: ImportOptions = parse_options("import", import_options)?;
    let options = analysis_options(options)?;
    to_json(&report::analyze_file(bytes, &import_options, &options).map_err(|e| to_js_error(&e))?)
}

/// Several ledger files as one zip archive of them, stored (see
/// [`crate::import::bundle`]): `names[i]` is the name of `files[i]` (bytes).
/// The package's calls read it as the sheets of one workbook.
#[wasm_bindgen(js_name = bundleFiles)]
pub fn bundle_files(
    names: Vec<String>,
    #[wasm_bindgen(unchecked_param_type = "Uint8Array[]")] files: js_sys::Array,
) -> Result<Vec<u8>, JsValue> {
    use wasm_bindgen::JsCast;
    let mut parts = Vec::with_capacity(names.len());
    for (name, file) in names.into_iter().zip(files.iter()) {
        let Some(bytes) = file.dyn_ref::<js_sys::Uint8Array>() else {
            let kind = ErrorKind::InvalidOption {
                option: "files".into(),
                reason: format!("the bytes of {name:?} are not a Uint8Array"),
            };
            return Err(to_js_error(&Error::new(kind, None)));
        };
        parts.push((name, bytes.to_vec()));
    }
    crate::import::bundle(&parts).map_err(|e| to_js_error(&e))
}

/// The bundled sample ledger as transactions CSV bytes (deterministic): invoices,
/// payments and credit notes, so that every figure has its history.
#[wasm_bindgen(js_name = sampleCsv)]
pub fn sample_csv(invoices: u32, seed: u32) -> Vec<u8> {
    let options =
        SampleOptions { invoices: invoices as usize, seed: u64::from(seed), ..SampleOptions::default() };
    generate(&options).transactions_csv()
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// The allocator, watched: an allocation that fails (WebAssembly's memory is
/// 4 GB at most) is remembered, so that the package can say that the file was
/// too large after the trap that follows, instead of reporting a bug.
struct Watched;

static OUT_OF_MEMORY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `pointer`, noting a failed allocation.
fn watched(pointer: *mut u8) -> *mut u8 {
    if pointer.is_null() {
        OUT_OF_MEMORY.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    pointer
}

/// The allocator: Talc (faster and smaller than Rust's default dlmalloc in
/// WebAssembly), over memory grown in steps.
static TALC: talc::cell::TalcSyncCell<Growing, talc::wasm::WasmBinning> =
    talc::cell::TalcSyncCell::new_wasm(Growing { end: None });

/// Talc's memory: WebAssembly's, grown by a sixteenth of its size at least
/// (Talc's own source grows by what each allocation needs alone: a million-row
/// import then grew the memory ten thousand times, and a first import in a
/// fresh instance took 1.4× as long as with this source; by sixteenths it grows
/// about ninety times up to 250 MB). The price: up to a sixteenth more memory
/// than the allocations need (an eighth before: a peak a few kilobytes past a
/// step took 26 MB more at 1M rows). The heap is extended when the new pages
/// follow it.
#[derive(Debug)]
struct Growing {
    end: Option<std::ptr::NonNull<u8>>,
}

/// WebAssembly's page.
const PAGE: usize = 64 * 1024;

// SAFETY: `acquire` only grows the memory and hands Talc the new pages, which
// nothing else uses; it allocates nothing.
unsafe impl talc::source::Source for Growing {
    fn acquire<B: talc::base::binning::Binning>(
        talc: &mut talc::base::Talc<Self, B>,
        layout: std::alloc::Layout,
    ) -> Result<(), ()> {
        use std::arch::wasm32::{memory_grow, memory_size};
        // The allocation, its alignment and Talc's bookkeeping, in pages.
        let overhead = 4 * talc::base::CHUNK_UNIT;
        let needed = layout.size().saturating_add(layout.align()).saturating_add(overhead).div_ceil(PAGE);
        let step = needed.max(memory_size::<0>() / 16);
        // Near the 4 GB ceiling, only what is needed.
        let (first, pages) = match memory_grow::<0>(step) {
            usize::MAX => match memory_grow::<0>(needed) {
                usize::MAX => return Err(()),
                first => (first, needed),
            },
            first => (first, step),
        };
        let base = first.saturating_mul(PAGE) as *mut u8;
        let size = pages.saturating_mul(PAGE);
        let end = base.wrapping_add(size);
        if let Some(old) = talc.source.end.take()
            && old.as_ptr() == base
        {
            // SAFETY: the new pages follow the heap's end and belong to no one.
            talc.source.end = Some(unsafe { talc.extend(old, end) });
            return Ok(());
        }
        // SAFETY: the new pages belong to no one.
        talc.source.end = unsafe { talc.claim(base, size) };
        Ok(())
    }
}

// SAFETY: every call is passed on unchanged to Talc.
unsafe impl std::alloc::GlobalAlloc for Watched {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        watched(unsafe { TALC.alloc(layout) })
    }
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        watched(unsafe { TALC.alloc_zeroed(layout) })
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        watched(unsafe { TALC.realloc(ptr, layout, new_size) })
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        unsafe { TALC.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Watched = Watched;

/// Whether an allocation failed since the last call (then the instance has
/// trapped: the package restarts it and reports a file too large).
#[wasm_bindgen(js_name = __arlensOutOfMemory)]
pub fn out_of_memory() -> bool {
    OUT_OF_MEMORY.swap(false, std::sync::atomic::Ordering::Relaxed)
}

/// Allocates until WebAssembly's memory is full, trapping the instance, so that
/// tests can check what the package says of a file too large for it. Only with
/// the `trap-for-tests` feature.
#[cfg(feature = "trap-for-tests")]
#[wasm_bindgen(js_name = exhaustMemoryForTests)]
pub fn exhaust_memory_for_tests() -> usize {
    // Reserved, not written: the memory grows without the pages being touched.
    let mut blocks: Vec<Vec<u8>> = Vec::new();
    loop {
        blocks.push(Vec::with_capacity(256 << 20));
        if blocks.len() > 64 {
            return blocks.len();
        }
    }
}

/// Panics, trapping the instance, so that tests can check how the package
/// recovers from a trap. Only in builds with the `trap-for-tests` feature, which
/// the published package never has.
#[cfg(feature = "trap-for-tests")]
#[wasm_bindgen(js_name = trapForTests)]
pub fn trap_for_tests() {
    panic!("a trap forced by a test");
}

/// A payment schedule for `terms` (`balance`, `currency`, `installments` or
/// `maxInstallment`, `frequency`, `start`, `downPayment`, `interest`, `fee`;
/// `asOf` defaults to today). Impossible terms throw an `ArlensError` saying what to change.
#[wasm_bindgen(js_name = paymentPlan, unchecked_return_type = "Plan")]
pub fn payment_plan(
    #[wasm_bindgen(unchecked_param_type = "PlanOptions")] terms: JsValue,
) -> Result<JsValue, JsValue> {
    if !terms.is_object() {
        return Err(option_error(
            "terms",
            "give an object such as { balance: \"1200.00\", installments: 6 }",
        ));
    }
    let as_of = JsValue::from_str("asOf");
    if js_sys::Reflect::get(&terms, &as_of).is_ok_and(|v| v.is_undefined() || v.is_null()) {
        let copy = js_sys::Object::assign(&js_sys::Object::new(), terms.unchecked_ref());
        let today = today().map(|d| d.to_string()).unwrap_or_default();
        let _ = js_sys::Reflect::set(&copy, &as_of, &JsValue::from_str(&today));
        return payment_plan(copy.into());
    }
    let terms: crate::collections::plan::PlanTerms =
        serde_wasm_bindgen::from_value(terms).map_err(|e| option_error("terms", e.to_string()))?;
    serialize(&crate::collections::plan::payment_plan(&terms).map_err(|e| to_js_error(&e))?)
}

/// What `draftEml` writes: recipients, sender, subject, body and when.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
struct EmlOptions {
    /// Recipients, `,` or `;` between them: `ap@acme.example; Jane Roe <jane@acme.example>`
    /// (a worklist row's `email`, or typed); may be empty.
    to: String,
    /// The sender's address, when known.
    from: Option<String>,
    /// The subject line (any language: encoded as RFC 2047 words).
    subject: String,
    /// The body, plain text.
    body: String,
    /// When it is written, RFC 3339 (`2024-06-30T12:00:00Z`); default now.
    date: Option<String>,
}

/// A reminder draft as the bytes of an `.eml` file that mail apps open as a
/// message to send (`X-Unsent: 1`); a recipient that is not an address throws
/// an `ArlensError` naming `to` and the text. Nothing is sent.
#[wasm_bindgen(js_name = draftEml)]
pub fn draft_eml(
    #[wasm_bindgen(unchecked_param_type = "EmlOptions")] message: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let m: EmlOptions = parse_options("message", message)?;
    let date = match m.date.as_deref() {
        Some(text) => chrono::DateTime::parse_from_rfc3339(text)
            .map_err(|_| {
                option_error(
                    "date",
                    format!(
                        "{} is not a date and time such as \"2024-06-30T12:00:00Z\"",
                        crate::error::quoted(text)
                    ),
                )
            })?
            .timestamp(),
        None => (js_sys::Date::now() / 1000.0) as i64,
    };
    let message = crate::collections::eml::Message {
        to: &m.to,
        from: m.from.as_deref(),
        subject: &m.subject,
        body: &m.body,
        date,
    };
    crate::collections::eml::eml(&message).map_err(|e| to_js_error(&e))
}

/// Options of `inspect`: the import options, and how many preview rows (default 20).
#[derive(Debug, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
struct InspectOptions {
    #[serde(flatten)]
    import: ImportOptions,
    /// Rows of preview below the header (default 20).
    preview_rows: usize,
}

impl Default for InspectOptions {
    fn default() -> Self {
        InspectOptions { import: ImportOptions::default(), preview_rows: 20 }
    }
}

/// Looks at a file for a column-mapping screen: sheets, header, preview rows, the
/// mapping with confidences, and the import's report or the problem to fix.
#[wasm_bindgen(js_name = inspect, unchecked_return_type = "Inspection")]
pub fn inspect(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "InspectOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts: InspectOptions = parse_options("options", options)?;
    let seen = crate::import::inspect(bytes, &opts.import, opts.preview_rows).map_err(|e| to_js_error(&e))?;
    serialize(&seen)
}

fn locale(tag: Option<String>) -> Result<Locale, JsValue> {
    tag.map_or(Ok(Locale::EN), |t| Locale::from_tag(&t)).map_err(|e| to_js_error(&e))
}

fn decimal(option: &str, text: &str) -> Result<Decimal, JsValue> {
    text.parse().map_err(|_| {
        option_error(
            option,
            format!("{} is not a decimal number such as \"1234.56\"", crate::error::quoted(text)),
        )
    })
}

/// `amount` (decimal text) with its currency's minor units, grouped as `locale`
/// writes numbers (default `en`; `de`, `fr`, `pt-BR`, …, or `iso`).
#[wasm_bindgen(js_name = formatMoney)]
pub fn format_money_js(amount: &str, currency: &str, locale_tag: Option<String>) -> Result<String, JsValue> {
    Ok(format_money(decimal("amount", amount)?, currency, &locale(locale_tag)?))
}

/// `value` (decimal text) rounded half away from zero to `decimals` places, in `locale`.
#[wasm_bindgen(js_name = formatNumber)]
pub fn format_number_js(value: &str, decimals: u32, locale_tag: Option<String>) -> Result<String, JsValue> {
    Ok(format_number(decimal("value", value)?, decimals, &locale(locale_tag)?))
}

/// An amount typed by a person (`1.200,00`, `1,200.00`, `1 200,00`) as decimal text.
#[wasm_bindgen(js_name = parseAmount)]
pub fn parse_amount_js(text: &str, locale_tag: Option<String>) -> Result<String, JsValue> {
    parse_amount_input(text, &locale(locale_tag)?).map(|d| d.to_string()).map_err(|e| to_js_error(&e))
}

/// A position (`file`, `sheet`, `row`, `column`, `header`) as the core writes it:
/// `file "ar.csv", row 12, column C ("Due date")`.
#[wasm_bindgen(js_name = describePosition)]
pub fn describe_position(
    #[wasm_bindgen(unchecked_param_type = "Position")] position: JsValue,
) -> Result<String, JsValue> {
    #[derive(Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    struct In {
        file: Option<String>,
        sheet: Option<String>,
        row: Option<u64>,
        column: Option<String>,
        header: Option<String>,
    }
    let p: In = parse_options("position", position)?;
    Ok(Position { file: p.file, sheet: p.sheet, row: p.row, column: p.column, header: p.header }.to_string())
}

/// The words for the core's codes, for tables and headings: steps, shapes,
/// as-of sources and figure names, by code.
#[wasm_bindgen(unchecked_return_type = "Labels")]
pub fn labels() -> Result<JsValue, JsValue> {
    serialize(&crate::labels::labels())
}
