//! The workbench: a header (file, as-of date, date range, currency shown),
//! one view at a time chosen in the URL's hash, and the options panel. Every
//! figure comes from the core's [`arlens::Ledger`] handle; views only lay them out.

use crate::features::aging::{AgingTable, CustomerTable, GivenAgingTable, UnavailableList};
use crate::features::collection::{AllowanceTable, RecoveryTable};
use crate::features::dso::{DsoTable, PaymentsTable};
use crate::features::import::{ImportSummary, MappingScreen, MappingTable};
use crate::features::invoices::InvoiceTable;
use crate::features::options::{OptionsPanel, ReadingOptions};
use crate::features::overview::Overview;
use crate::features::plan::PlanCalculator;
use crate::features::trend::TrendTable;
use crate::features::upload::{DropZone, read};
use crate::features::worklist::WorklistTable;
use crate::route::{self, Route, View};
use crate::shell::{Header, Nav, SampleBanner};
use crate::source::{ReadChoices, Source};
use arlens::Report;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Today in the user's time zone: the core's as-of date of last resort.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// Where the page is and how to move: the route in the hash, shared by every view.
#[derive(Debug, Clone, Copy)]
pub struct Router(pub RwSignal<Route>);

impl Router {
    /// Shows `route`; a new history entry when `push`.
    pub fn go(self, route: Route, push: bool) {
        route::go(&route, push);
        self.0.set(route);
    }

    /// Sets one parameter (empty removes it) in place: an option, not a new page.
    pub fn set(self, key: &str, value: &str) {
        let mut r = self.0.get_untracked();
        r.set(key, value);
        self.go(r, false);
    }

    /// Opens `view`, keeping the options; `filters` are the view's own parameters.
    pub fn open(self, view: View, filters: &[(&str, String)]) {
        let mut r = self.0.get_untracked().to_view(view);
        for (k, v) in filters {
            r.set(k, v);
        }
        self.go(r, true);
    }

    /// The link to `view` with the current options (reactive).
    pub fn href(self, view: View) -> String {
        self.0.with(|r| r.to_view(view).hash())
    }
}

/// The report the page shows, or the message of why there is none.
pub type Analysed = Result<Report, String>;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(Source::sample());
    let (choices, set_choices) = signal(ReadChoices::default());
    let router = Router(RwSignal::new(route::current()));
    provide_context(router);
    // Back, forward, a typed or bookmarked hash.
    let hash_listener =
        window_event_listener(leptos::ev::hashchange, move |_| router.0.set(route::current()));
    let pop_listener = window_event_listener(leptos::ev::popstate, move |_| router.0.set(route::current()));
    on_cleanup(move || {
        hash_listener.remove();
        pop_listener.remove();
    });
    let view = Memo::new(move |_| router.0.with(|r| r.view));
    let asked = Memo::new(move |_| router.0.with(route::options));
    // The invoices view lists every open document; the others do not pay for it.
    let options = Memo::new(move |_| {
        let mut o = asked.with(|(o, _)| o.clone());
        o.today = Some(today());
        o.aging.items = view.get() == View::Invoices;
        o
    });

    // Opened once per file and reading choice; options only re-analyse the handle.
    let ledger = Memo::new(move |_| source.with(|s| choices.with(|c| s.open(c))));
    let report: Memo<Analysed> = Memo::new(move |_| {
        ledger.with(|l| {
            let l = l.as_ref().map_err(Clone::clone)?;
            options.with(|o| l.0.analyze(o)).map_err(|e| e.to_string())
        })
    });
    // The previous period's figures, for the overview's changes only.
    let previous = Memo::new(move |_| {
        if view.get() != View::Overview {
            return None;
        }
        ledger.with(|l| {
            let l = l.as_ref().ok()?;
            report.with(|r| r.as_ref().ok().and_then(|r| options.with(|o| l.0.previous(r, o))))
        })
    });
    let as_of = Signal::derive(move || report.with(|r| r.as_ref().ok().map(|r| (r.as_of, r.as_of_source))));
    let plan_date = Memo::new(move |_| as_of.get().map_or_else(today, |(d, _)| d));
    let summary = Memo::new(move |_| ledger.with(|l| l.as_ref().ok().map(|l| l.0.summary().clone())));
    // The currency shown: the one in the hash, else the one with the most invoices.
    let currency = Memo::new(move |_| {
        let currencies = summary.with(|s| s.as_ref().map(|s| s.currencies.clone()).unwrap_or_default());
        let asked = router.0.with(|r| r.get("currency").map(str::to_owned));
        match asked {
            Some(c) if currencies.contains(&c) => Some(c),
            _ => summary.with(|s| {
                s.as_ref().and_then(|s| {
                    s.totals
                        .iter()
                        .max_by_key(|t| (t.invoices, std::cmp::Reverse(t.currency.clone())))
                        .map(|t| t.currency.clone())
                })
            }),
        }
    });

    // A mapping remembered for this file's header layout applies itself once.
    let applied = RwSignal::new(None::<crate::remembered::Remembered>);
    // The column-mapping section stays open while choices made in it re-read the file.
    let mapping_open = RwSignal::new(false);
    provide_context(crate::features::import::MappingOpen(mapping_open));
    Effect::new(move |_| {
        if !choices.with(|c| c.columns.is_empty()) || source.with(|s| s.is_sample) {
            return;
        }
        let headers = ledger
            .with(|l| l.as_ref().ok().map(|l| l.0.inspection().headers.clone()))
            .or_else(|| source.with(|s| choices.with(|c| s.inspect(c))).map(|i| i.headers));
        if let Some(found) = headers.and_then(|h| crate::remembered::find(&h)) {
            set_choices.update(|c| c.columns = found.columns.clone());
            applied.set(Some(found));
        }
    });

    let on_file = Callback::new(move |(name, bytes, sha256): (String, Vec<u8>, Option<String>)| {
        applied.set(None);
        mapping_open.set(false);
        set_choices.set(ReadChoices::default());
        // A new file starts at its own as-of rule, on the view the user is on.
        let mut r = router.0.get_untracked();
        for key in ["asOf", "currency", "bucket", "customer"] {
            r.set(key, "");
        }
        router.go(r, false);
        set_source.set(Source::file(name, bytes, sha256));
    });
    // A file dropped anywhere on the page, on any view.
    let drag_listener = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop_listener = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        if let Some(file) = ev.data_transfer().and_then(|dt| dt.files()).and_then(|list| list.get(0)) {
            read(file, on_file);
        }
    });
    on_cleanup(move || {
        drag_listener.remove();
        drop_listener.remove();
    });

    // The import's outcome and the mapping screen: the Import view, and any view
    // when the file could not be read.
    let import_section = move || {
        ledger.with(|l| match l {
            Ok(l) => {
                let import = l.0.summary().import.clone();
                let inspection = l.0.inspection().clone();
                let name = source.with(|s| s.name.clone());
                view! {
                    <ImportSummary report=import.clone() set_choices=set_choices />
                    <MappingTable report=import open=mapping_open>
                        <MappingScreen inspection=inspection set_choices=set_choices file_name=name />
                    </MappingTable>
                }
                .into_any()
            }
            Err(message) => {
                // Never a dead end: a file arlens can read but not map opens the mapping screen.
                let name = source.with(|s| s.name.clone());
                let screen = source.with(|s| choices.with(|c| s.inspect(c))).map(|inspection| {
                    view! { <MappingScreen inspection=inspection problem=message.clone() set_choices=set_choices file_name=name /> }
                });
                view! {
                    <p class="error" role="alert" data-testid="error">{message.clone()}</p>
                    {screen}
                }
                .into_any()
            }
        })
    };
    let reading = move || {
        view! {
            <ReadingOptions
                sheets=Signal::derive(move || ledger.with(|l| l.as_ref().map(|l| l.0.summary().import.sheets.clone()).unwrap_or_default()))
                choices=choices
                set_choices=set_choices
                date_order=Signal::derive(move || ledger.with(|l| l.as_ref().ok().and_then(|l| l.0.summary().import.date_order)))
                unknown_currency=Signal::derive(move || ledger.with(|l| l.as_ref().is_ok_and(|l| l.0.summary().currencies.iter().any(|c| c == "XXX"))))
            />
        }
    };

    let import_view = move || {
        view! {
            <DropZone on_file=on_file />
            {reading}
            {import_section}
        }
        .into_any()
    };
    // The views' own filters, set by a click on a chart.
    let bucket_filter = Memo::new(move |_| router.0.with(|r| r.get("bucket").map(str::to_owned)));
    let customer_filter = Memo::new(move |_| router.0.with(|r| r.get("customer").map(str::to_owned)));
    let body = move || {
        let v = view.get();
        if v == View::Import {
            return import_view();
        }
        let Ok(r) = report.get() else {
            // The figures cannot be made: say why where the figures would be.
            return view! { {reading} {import_section} }.into_any();
        };
        let shown = currency.get();
        match v {
            View::Overview => view! {
                <Overview report=r.clone() previous=previous.get() currency=shown cei=options.with(|o| o.cei) />
            }
            .into_any(),
            View::Aging => {
                let aged = r.aging.unavailable.is_none();
                let aging = aged.then(|| view! { <AgingTable aging=r.aging.clone() /> });
                let given = r.given_aging.clone().map(|given| view! { <GivenAgingTable given=given /> });
                let allowance = r.allowance.is_available().then(|| {
                    view! { <AllowanceTable buckets=r.aging.buckets.clone() allowance=r.allowance.currencies.clone() /> }
                });
                view! {
                    <UnavailableList items=r.unavailable.clone() />
                    {given}
                    {aging}
                    {allowance}
                }
                .into_any()
            }
            View::Customers => {
                let filter = customer_filter.get();
                view! { <CustomerTable buckets=r.aging.buckets.clone() customers=r.aging.customers.clone() currency=shown customer=filter /> }
                    .into_any()
            }
            View::Invoices => view! {
                <InvoiceTable aging=r.aging.clone() currency=shown bucket=bucket_filter.get() customer=customer_filter.get() />
            }
            .into_any(),
            View::Collections => {
                let worklist = (!r.worklist.rows.is_empty() || !r.worklist.set_apart.is_empty())
                    .then(|| view! { <WorklistTable worklist=r.worklist.clone() /> });
                let dso = r.dso.is_available().then(|| view! { <DsoTable period=r.period figures=r.dso.currencies.clone() /> });
                let payments = r.payments.is_available().then(|| view! { <PaymentsTable payments=r.payments.currencies.clone() /> });
                let recovery = r.recovery.is_available().then(|| {
                    view! { <RecoveryTable period=r.period buckets=r.aging.buckets.clone() recovery=r.recovery.currencies.clone() /> }
                });
                view! {
                    <UnavailableList items=r.unavailable.clone() />
                    {worklist}
                    {dso}
                    {payments}
                    {recovery}
                }
                .into_any()
            }
            View::Plans => view! { <PlanCalculator as_of=plan_date /> }.into_any(),
            View::Trend => {
                let trend = r.trend.is_available().then(|| {
                    view! {
                        <crate::charts::TrendChart trend=r.trend.currencies.clone() currency=shown.clone() />
                        <TrendTable buckets=r.aging.buckets.clone() trend=r.trend.currencies.clone() />
                    }
                });
                let missing = r.trend.unavailable.as_ref().map(|u| {
                    view! { <p class="notice" data-testid="trend-unavailable">{format!("No monthly trend: {}.", u.reason)}</p> }
                });
                view! { {missing} {trend} }.into_any()
            }
            View::Import => import_view(),
        }
    };

    view! {
        <Header
            file_name=Signal::derive(move || source.with(|s| s.name.clone()))
            summary=summary.into()
            as_of=as_of
            currency=currency.into()
            on_file=on_file
        />
        <Nav current=view.into() />
        <SampleBanner shown=Signal::derive(move || source.with(|s| s.is_sample)) />
        {move || {
            applied.get().map(|r| {
                view! {
                    <p class="banner" data-testid="mapping-remembered">
                        {format!("Mapping remembered from {} ({}): change it under Column mapping on the ", r.file, r.saved)}
                        <a href=move || router.href(View::Import)>"Import"</a>
                        " view."
                    </p>
                }
            })
        }}
        <OptionsPanel problems=Signal::derive(move || asked.with(|(_, p)| p.clone())) report=Signal::derive(move || if ledger.with(Result::is_ok) { report.with(|r| r.as_ref().err().cloned()) } else { None }) />
        <main data-testid="app" data-view=move || view.get().slug()>
            {body}
        </main>
    }
}
