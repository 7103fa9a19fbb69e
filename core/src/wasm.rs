//! The JavaScript binding (`pkg/`): every export deserialises its options, calls
//! one core function and serialises the result; errors become JS `Error`s that
//! carry `kind`, `file`, `sheet`, `row`, `column` and `header`.

use crate::error::Error;
use crate::figures::aging::AgingOptions;
use crate::figures::dso::CeiVariant;
use crate::figures::payments::EarlyPayment;
use crate::figures::period::PeriodLength;
use crate::import::ImportOptions;
use crate::import::import;
use crate::report::{self, FileReport, Options};
use crate::sample::{SampleOptions, generate};
use chrono::NaiveDate;
use serde::Deserialize;
use serde::Serialize;
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
/** What `kind` an `ArlensError` has. */
export type ErrorKindCode =
  | "empty" | "missingColumns" | "invalidValue" | "invalidOption" | "csv" | "workbook"
  | "passwordProtected" | "sheetNotFound" | "ambiguousDates";
"#;

/// Options of `analyze` as JS passes them (all optional): `asOf` plus every
/// field of [`ImportOptions`] and [`AgingOptions`], flattened, and the rest of
/// the report's options.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase", default)]
struct AnalyzeOptions {
    /// ISO date; defaults to the report date found in the file, else today.
    as_of: Option<String>,
    #[serde(flatten)]
    import: ImportOptions,
    #[serde(flatten)]
    aging: AgingOptions,
    /// The period of the DSO family and the CEI, ending on the as-of date (default a month).
    period: PeriodLength,
    /// Which CEI formula (default `salesPerMonth`).
    cei: CeiVariant,
    /// How early payment counts in days beyond terms (default `asZero`).
    early_payment: EarlyPayment,
    /// Loss rates in percent, Not due then each bucket (strings or numbers).
    loss_rates: Option<Vec<rust_decimal::Decimal>>,
    /// Ladder, thresholds, sender and templates of the worklist.
    worklist: crate::collections::worklist::WorklistOptions,
}

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
    js.into()
}

fn option_error(option: &str, reason: impl Into<String>) -> JsValue {
    to_js_error(&Error::option(option, reason))
}

fn serialize<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&SERIALIZER).map_err(|e| option_error("result", e.to_string()))
}

/// An options object, all of it optional: the defaults when `undefined` or `null`.
fn parse_options<T: Default + serde::de::DeserializeOwned>(options: JsValue) -> Result<T, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| option_error("options", e.to_string()))
}

fn today() -> NaiveDate {
    let now = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
        .expect("the JS clock gives a valid date")
}

/// Reads a ledger file's bytes and returns its import report and figures.
#[wasm_bindgen(js_name = analyze, unchecked_return_type = "FileReport")]
pub fn analyze(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts: AnalyzeOptions = parse_options(options)?;
    let as_of = match &opts.as_of {
        Some(text) => Some(
            text.parse::<NaiveDate>()
                .map_err(|_| option_error("asOf", format!("{text:?} is not a date (expected YYYY-MM-DD)")))?,
        ),
        None => None,
    };
    let imported = import(bytes, &opts.import).map_err(|e| to_js_error(&e))?;
    let as_of = as_of.or(imported.report.report_date).unwrap_or_else(today);
    let options = Options {
        as_of,
        aging: opts.aging,
        period: opts.period,
        cei: opts.cei,
        early_payment: opts.early_payment,
        loss_rates: opts.loss_rates,
        worklist: opts.worklist,
    };
    let report = report::analyze(&imported.ledger, &options).map_err(|e| to_js_error(&e))?;
    serialize(&FileReport { import: imported.report, report })
}

/// What `importLedger` returns: the import report and the ledger's size.
#[derive(Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
struct LedgerSummary {
    /// How the file was read.
    import: crate::import::ImportReport,
    /// Entries in the ledger.
    entries: usize,
    /// Payments and credits applied to invoices.
    allocations: usize,
    /// Its currencies, sorted by code.
    currencies: Vec<String>,
    /// Invoices in the ledger.
    invoices: usize,
    /// What the ledger holds per currency, sorted by code.
    totals: Vec<CurrencyTotals>,
}

/// The documents of one currency in a ledger.
#[derive(Serialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
struct CurrencyTotals {
    /// ISO code.
    currency: String,
    /// Invoices.
    invoices: usize,
    /// Σ invoice amounts.
    invoiced: rust_decimal::Decimal,
    /// Σ credit notes (positive).
    credited: rust_decimal::Decimal,
    /// Σ payments received (positive).
    paid: rust_decimal::Decimal,
}

/// Per-currency counts and sums of `ledger`'s documents.
fn totals(ledger: &crate::ledger::Book) -> Vec<CurrencyTotals> {
    use crate::ledger::EntryKind;
    let mut out: Vec<CurrencyTotals> = ledger
        .currencies()
        .into_iter()
        .map(|currency| CurrencyTotals {
            currency,
            invoices: 0,
            invoiced: rust_decimal::Decimal::ZERO,
            credited: rust_decimal::Decimal::ZERO,
            paid: rust_decimal::Decimal::ZERO,
        })
        .collect();
    for e in &ledger.entries {
        let Some(t) = out.iter_mut().find(|t| *t.currency == *e.currency) else { continue };
        match e.kind {
            EntryKind::Invoice => {
                t.invoices += 1;
                t.invoiced += e.amount;
            }
            EntryKind::CreditNote => t.credited -= e.amount,
            _ => t.paid -= e.amount,
        }
    }
    for t in &mut out {
        let code = t.currency.clone();
        for amount in [&mut t.invoiced, &mut t.credited, &mut t.paid] {
            *amount = crate::money::normalize(*amount, &code);
        }
    }
    out
}

/// Reads a ledger file's bytes and returns the import report with the ledger's
/// size (entries, allocations, currencies), without computing figures.
#[wasm_bindgen(js_name = importLedger, unchecked_return_type = "LedgerSummary")]
pub fn import_ledger(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let opts: AnalyzeOptions = parse_options(options)?;
    let imported = import(bytes, &opts.import).map_err(|e| to_js_error(&e))?;
    let totals = totals(&imported.ledger);
    serialize(&LedgerSummary {
        invoices: totals.iter().map(|t| t.invoices).sum(),
        totals,
        entries: imported.ledger.entries.len(),
        allocations: imported.ledger.allocations.len(),
        currencies: imported.ledger.currencies(),
        import: imported.report,
    })
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
        let _ = js_sys::Reflect::set(&copy, &as_of, &JsValue::from_str(&today().to_string()));
        return payment_plan(copy.into());
    }
    let terms: crate::collections::plan::PlanTerms =
        serde_wasm_bindgen::from_value(terms).map_err(|e| option_error("terms", e.to_string()))?;
    serialize(&crate::collections::plan::payment_plan(&terms).map_err(|e| to_js_error(&e))?)
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
    let opts: InspectOptions = parse_options(options)?;
    let seen = crate::import::inspect(bytes, &opts.import, opts.preview_rows).map_err(|e| to_js_error(&e))?;
    serialize(&seen)
}
