//! Where the user is: the view and its options, kept in the URL's hash
//! (`#/aging?asOf=2024-03-31&basis=invoice`), so back/forward and bookmarks
//! work without a server. The hash is the one source of truth: the page reads
//! the analysis options from it, and every control writes to it.

use arlens::figures::aging::{AgingBasis, AgingPeriods, BucketConvention, CreditTreatment};
use arlens::figures::dso::CeiVariant;
use arlens::figures::payments::EarlyPayment;
use arlens::figures::period::PeriodLength;
use arlens::money::locale::{Locale, parse_amount_input};
use arlens::overview::{ConsolidationOptions, Rate};
use arlens::{AgingOptions, Options};
use chrono::NaiveDate;
use leptos::prelude::*;

/// One view of the workbench.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Key figures and charts.
    #[default]
    Overview,
    /// The aging tables and the allowance.
    Aging,
    /// Aging by customer.
    Customers,
    /// Open documents.
    Invoices,
    /// The worklist and the DSO family, days to pay, recovery.
    Collections,
    /// The payment-plan calculator.
    Plans,
    /// The monthly trend.
    Trend,
    /// A report to print or save as PDF: the file, options, key figures, aging, debtors, worklist.
    Report,
    /// How the file was read, its mapping and reading choices.
    Import,
}

impl View {
    /// Every view, in the navigation's order.
    pub const ALL: [View; 9] = [
        View::Overview,
        View::Aging,
        View::Customers,
        View::Invoices,
        View::Collections,
        View::Plans,
        View::Trend,
        View::Report,
        View::Import,
    ];

    /// The view's name in the hash.
    pub fn slug(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Aging => "aging",
            View::Customers => "customers",
            View::Invoices => "invoices",
            View::Collections => "collections",
            View::Plans => "plans",
            View::Trend => "trend",
            View::Report => "report",
            View::Import => "import",
        }
    }

    /// The view's title.
    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Aging => "Aging",
            View::Customers => "Customers",
            View::Invoices => "Invoices",
            View::Collections => "Collections",
            View::Plans => "Plans",
            View::Trend => "Trend",
            View::Report => "Report",
            View::Import => "Import",
        }
    }

    fn from_slug(slug: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.slug() == slug)
    }
}

/// The view and its parameters, in the order written.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    /// The view shown.
    pub view: View,
    /// `key=value` parameters (options and filters), percent-decoded.
    pub params: Vec<(String, String)>,
}

impl Route {
    /// Reads a hash (`#/aging?asOf=2024-03-31`); an unknown view is the overview.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let view = View::from_slug(path).unwrap_or_default();
        let params = query
            .split('&')
            .filter_map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (!k.is_empty()).then(|| (decode(k), decode(v)))
            })
            .collect();
        Route { view, params }
    }

    /// The hash for this route.
    pub fn hash(&self) -> String {
        let mut out = format!("#/{}", self.view.slug());
        for (i, (k, v)) in self.params.iter().enumerate() {
            out.push(if i == 0 { '?' } else { '&' });
            out.push_str(&encode(k));
            out.push('=');
            out.push_str(&encode(v));
        }
        out
    }

    /// The value of parameter `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Sets `key` (removes it when `value` is empty), keeping the others in order.
    pub fn set(&mut self, key: &str, value: &str) {
        if value.is_empty() {
            self.params.retain(|(k, _)| k != key);
        } else if let Some(slot) = self.params.iter_mut().find(|(k, _)| k == key) {
            slot.1 = value.to_owned();
        } else {
            self.params.push((key.to_owned(), value.to_owned()));
        }
    }

    /// This route on `view`, with the analysis options kept and the view's filters dropped.
    pub fn to_view(&self, view: View) -> Route {
        let params = self
            .params
            .iter()
            .filter(|(k, _)| !FILTERS.contains(&k.as_str()) && !crate::widgets::grid::state::is_grid_key(k))
            .cloned()
            .collect();
        Route { view, params }
    }
}

/// Parameters that filter one view and do not follow the user to another.
pub const FILTERS: [&str; 7] = ["bucket", "customer", "filterCurrency", "account", "trace", "input", "desk"];

/// Every analysis option's parameter (cleared by "reset to defaults").
pub const OPTION_KEYS: [&str; 10] =
    ["basis", "convention", "periods", "edges", "credits", "period", "days", "cei", "early", "loss"];

fn decode(text: &str) -> String {
    js_sys::decode_uri_component(&text.replace('+', " ")).ok().and_then(|s| s.as_string()).unwrap_or_default()
}

fn encode(text: &str) -> String {
    js_sys::encode_uri_component(text).as_string().unwrap_or_default()
}

/// A parameter the page could not use, and why (shown beside its field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The parameter.
    pub key: &'static str,
    /// What was wrong, in plain words.
    pub message: String,
}

/// The analysis options a route asks for, and the parameters it could not use
/// (each left at its default).
pub fn options(route: &Route) -> (Options, Vec<Problem>) {
    let mut o = Options::default();
    let mut problems = Vec::new();
    let mut problem = |key: &'static str, message: String| problems.push(Problem { key, message });
    if let Some(text) = route.get("asOf") {
        match text.parse::<NaiveDate>() {
            Ok(d) => o.as_of = Some(d),
            Err(_) => problem("asOf", format!("{text:?} is not a date (YYYY-MM-DD)")),
        }
    }
    let a: &mut AgingOptions = &mut o.aging;
    match route.get("basis") {
        Some("invoice") => a.basis = AgingBasis::InvoiceDate,
        Some("due") | None => {}
        Some(other) => problem("basis", format!("{other:?}: choose due or invoice")),
    }
    match route.get("convention") {
        Some("lower") => a.convention = BucketConvention::LowerInclusive,
        Some("upper") | None => {}
        Some(other) => problem("convention", format!("{other:?}: choose upper or lower")),
    }
    match route.get("periods") {
        Some("months") => a.periods = AgingPeriods::CalendarMonths,
        Some("days") | None => {}
        Some(other) => problem("periods", format!("{other:?}: choose days or months")),
    }
    match route.get("credits") {
        Some("net") => a.credits = CreditTreatment::NetPerCustomer,
        Some("separate") | None => {}
        Some(other) => problem("credits", format!("{other:?}: choose separate or net")),
    }
    if let Some(text) = route.get("edges") {
        match edges(text) {
            Ok(e) => a.edges = e,
            Err(m) => problem("edges", m),
        }
    }
    match route.get("period") {
        Some("quarter") => o.period = PeriodLength::Quarter,
        Some("year") => o.period = PeriodLength::Year,
        Some("days") => match route.get("days").map(str::parse::<u32>) {
            Some(Ok(n)) if (1..=3_660).contains(&n) => o.period = PeriodLength::TrailingDays(n),
            _ => problem("days", "give a number of days from 1 to 3660".to_owned()),
        },
        Some("month") | None => {}
        Some(other) => problem("period", format!("{other:?}: choose month, quarter, year or days")),
    }
    match route.get("cei") {
        Some("full") => o.cei = CeiVariant::FullSales,
        Some("monthly") | None => {}
        Some(other) => problem("cei", format!("{other:?}: choose monthly or full")),
    }
    match route.get("early") {
        Some("negative") => o.early_payment = EarlyPayment::Negative,
        Some("zero") | None => {}
        Some(other) => problem("early", format!("{other:?}: choose zero or negative")),
    }
    if let Some(text) = route.get("loss") {
        // The core takes loss rates in percent (`5` is 5%), as they are typed.
        let rates: Result<Vec<_>, _> = text
            .split(',')
            .map(|r| {
                let number = r.trim().trim_end_matches('%').trim();
                parse_amount_input(number, &Locale::EN)
                    .map_err(|_| format!("{:?} is not a percentage such as 5 or 2.5", r.trim()))
            })
            .collect();
        match rates {
            Ok(r) => o.loss_rates = Some(r),
            Err(m) => problem("loss", m),
        }
    }
    (o, problems)
}

/// Aging edges written `30, 60, 90`: whole days, strictly increasing, the first positive.
pub fn edges(text: &str) -> Result<Vec<u32>, String> {
    let mut out: Vec<u32> = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let n: u32 = part.parse().map_err(|_| format!("{part:?} is not a whole number of days"))?;
        if n == 0 || out.last().is_some_and(|&last| n <= last) {
            return Err(format!("{text:?}: give days that increase, such as 30, 60, 90"));
        }
        out.push(n);
    }
    if out.is_empty() {
        return Err("give at least one edge, such as 30".to_owned());
    }
    Ok(out)
}

/// The consolidation a route asks for (`fx=USD&rate.EUR=1.08&fxDate=2024-03-31`);
/// `None` when it names no reporting currency. Rates that are not numbers are
/// left out (the core then names the currency that lacks one).
pub fn consolidation(route: &Route) -> Option<ConsolidationOptions> {
    let currency = route.get("fx")?.to_owned();
    let rates = route
        .params
        .iter()
        .filter_map(|(k, v)| {
            let code = k.strip_prefix("rate.")?;
            let rate = parse_amount_input(v, &Locale::EN).ok()?;
            Some(Rate { currency: code.to_owned(), rate })
        })
        .collect();
    let date = route.get("fxDate").and_then(|d| d.parse().ok());
    Some(ConsolidationOptions { currency, rates, date })
}

/// The route in the address bar now.
pub fn current() -> Route {
    Route::parse(&window().location().hash().unwrap_or_default())
}

/// Shows `route`: a new history entry when `push` (a change of view), else the
/// current one replaced (an option), so that Back returns to the last view.
pub fn go(route: &Route, push: bool) {
    let hash = route.hash();
    if let Ok(history) = window().history() {
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
        } else {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash))
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_must_increase() {
        assert_eq!(edges("30, 60,90"), Ok(vec![30, 60, 90]));
        assert!(edges("30,30").is_err());
        assert!(edges("0,30").is_err());
        assert!(edges("thirty").is_err());
        assert!(edges("").is_err());
    }
}
