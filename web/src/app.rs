//! The workbench: a header (file, as-of date, date range, currency shown),
//! one view at a time chosen in the URL's hash, and the options panel. Every
//! figure comes from the core's [`arlens::Ledger`] handle; views only lay them out.

use crate::analyst::{Needs, OpenOutcome, OpenedLedger, Work};
use crate::features::aging::{
    ACCOUNT, AgingTable, CustomerGrid, CustomerPage, GivenAgingTable, UnavailableList,
};
use crate::features::collection::{AllowanceTable, RecoveryTable};
use crate::features::dso::{DsoTable, PaymentsTable};
use crate::features::import::{ImportSummary, MappingScreen, MappingTable};
use crate::features::invoices::InvoiceGrid;
use crate::features::options::{OptionsPanel, ReadingOptions};
use crate::features::overview::Overview;
use crate::features::plan::PlanCalculator;
use crate::features::trace::TracePanel;
use crate::features::trend::TrendGrid;
use crate::features::upload::{DropZone, ReadingProgress};
use crate::features::worklist::WorklistGrid;
use crate::route::{self, Route, View};
use crate::shell::{Header, Nav, SampleBanner};
use arlens::Report;
use chrono::NaiveDate;
use leptos::prelude::*;
use std::sync::Arc;

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

/// The report the page shows, or the message of why there is none (the
/// worker's [`crate::analyst::Analysed`] answer without its extras).
pub type ShownReport = Result<Report, String>;

/// The ledger the worker opened, when it could.
fn opened_ledger(outcome: &Option<Arc<OpenOutcome>>) -> Option<&OpenedLedger> {
    match outcome.as_deref() {
        Some(OpenOutcome::Opened(l)) => Some(l),
        _ => None,
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Files are read and analysed in the worker; its answers arrive in `work`.
    let work = Work::start();
    provide_context(work);
    // The theme and the number and date style, remembered in this browser.
    let display = crate::display::Display::start();
    let choices = work.choices.read_only();
    let set_choices = work.choices.write_only();
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
    // The customer a customers-grid row opened (its page lists its open documents).
    let account = Memo::new(move |_| router.0.with(|r| r.get(ACCOUNT).map(str::to_owned)));
    // The invoices view and a customer's page list open documents; the others do not pay for them.
    // The collection log the user keeps on the Collections view: an input of the worklist.
    let log = RwSignal::new(arlens::collections::log::CollectionLog::default());
    provide_context(crate::features::worklist::LogState(log, RwSignal::new(None)));
    // The sender's details, typed once on the Collections view: every draft is signed with them.
    let sender = RwSignal::new(arlens::collections::drafts::Sender::default());
    provide_context(crate::features::worklist::SenderState(sender, RwSignal::new(false)));
    // Both kept in this browser only after the user opts in, per named workspace.
    let file_name = Memo::new(move |_| work.shown.with(|s| s.name.clone()));
    provide_context(crate::features::worklist::Keeping::start(
        file_name,
        log,
        sender,
        Signal::derive(|| today().to_string()),
    ));
    let options = Memo::new(move |_| {
        let mut o = asked.with(|(o, _)| o.clone());
        o.today = Some(today());
        o.log = log.with(|l| (!l.events.is_empty()).then(|| l.clone()));
        o.worklist.sender = sender.get();
        // The Collections view's desk lists the chosen account's open documents.
        o.aging.items = match view.get() {
            View::Invoices | View::Collections => true,
            View::Customers => account.with(Option::is_some),
            _ => false,
        };
        o
    });
    let wants_previous = Memo::new(move |_| view.get() == View::Overview);

    // A reading choice made on the page reads the file again (in the worker).
    Effect::new(move |_| work.reopen(choices.get()));
    let opened = work.opened;
    let is_open = Memo::new(move |_| opened.with(|o| opened_ledger(o).is_some()));
    let analysed = work.analysed;
    // `None` while the first analysis of the file runs.
    let report: Memo<Option<ShownReport>> =
        Memo::new(move |_| analysed.with(|a| a.as_ref().map(|(_, a)| a.report.clone())));
    // The previous period's figures, for the overview's changes only.
    let previous = Memo::new(move |_| {
        if !wants_previous.get() {
            return None;
        }
        analysed.with(|a| a.as_ref().and_then(|(_, a)| a.previous.clone()))
    });
    // Whether the previous period's figures are still being worked out (they follow the report).
    let comparing = Memo::new(move |_| {
        wants_previous.get() && analysed.with(|a| a.as_ref().is_some_and(|(_, a)| a.previous_follows))
    });
    let as_of = Signal::derive(move || {
        report.with(|r| r.as_ref().and_then(|r| r.as_ref().ok()).map(|r| (r.as_of, r.as_of_source)))
    });
    let plan_date = Memo::new(move |_| as_of.get().map_or_else(today, |(d, _)| d));
    let summary = Memo::new(move |_| opened.with(|o| opened_ledger(o).map(|l| l.summary.clone())));
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

    // The bucket and customer a chart asked for (the Invoices and Customers views' filters).
    let bucket_filter = Memo::new(move |_| router.0.with(|r| r.get("bucket").map(str::to_owned)));
    let customer_filter = Memo::new(move |_| router.0.with(|r| r.get("customer").map(str::to_owned)));
    // The figure whose documents the Invoices view lists (a link on a figure).
    let trace_figure = Memo::new(move |_| router.0.with(|r| r.get("trace").map(str::to_owned)));
    // The long parts of the report the view shows; the worker keeps the rest.
    let needs = Memo::new(move |_| {
        let v = view.get();
        Needs {
            customers: matches!(v, View::Overview | View::Report),
            worklist: matches!(v, View::Collections | View::Report),
        }
    });
    // Opened once per file and reading choice; options only re-analyse the
    // worker's handle, and an answer already given is not asked again (leaving
    // the overview keeps its report, which has the previous period too).
    let asked_for = StoredValue::new(None::<(u64, arlens::Options, bool, Needs)>);
    Effect::new(move |_| {
        let generation = work.shown.with(|s| s.generation);
        if !is_open.get() {
            return;
        }
        let o = options.get();
        let previous = wants_previous.get();
        let needs = needs.get();
        let answered = asked_for.with_value(|a| {
            a.as_ref()
                .is_some_and(|(g, ao, p, n)| *g == generation && *ao == o && (*p || !previous) && *n == needs)
        });
        if !answered {
            asked_for.set_value(Some((generation, o.clone(), previous, needs.clone())));
            work.analyze(generation, o, previous, needs);
        }
    });
    // A mapping remembered for this file's header layout applies itself once.
    let applied = RwSignal::new(None::<crate::remembered::Remembered>);
    // The column-mapping section stays open while choices made in it re-read the file.
    let mapping_open = RwSignal::new(false);
    provide_context(crate::features::import::MappingOpen(mapping_open));
    Effect::new(move |_| {
        if !choices.with(|c| c.columns.is_empty()) || work.shown.with(|s| s.is_sample) {
            return;
        }
        let headers = opened.with(|o| match o.as_deref() {
            Some(OpenOutcome::Opened(l)) => Some(l.inspection.headers.clone()),
            Some(OpenOutcome::Failed { inspection: Some(i), .. }) => Some(i.headers.clone()),
            _ => None,
        });
        if let Some(found) = headers.and_then(|h| crate::remembered::find(&h)) {
            set_choices.update(|c| c.columns = found.columns.clone());
            applied.set(Some(found));
        }
    });

    let on_file = Callback::new(move |file: web_sys::File| {
        applied.set(None);
        mapping_open.set(false);
        // A new file starts at its own as-of rule, on the view the user is on.
        let mut r = router.0.get_untracked();
        for key in ["asOf", "currency", "bucket", "customer"] {
            r.set(key, "");
        }
        router.go(r, false);
        work.open_file(file);
    });
    // A file dropped anywhere on the page, on any view.
    let drag_listener = window_event_listener(leptos::ev::dragover, |ev| ev.prevent_default());
    let drop_listener = window_event_listener(leptos::ev::drop, move |ev| {
        ev.prevent_default();
        crate::features::upload::read_chosen(ev.data_transfer().and_then(|dt| dt.files()), on_file);
    });
    on_cleanup(move || {
        drag_listener.remove();
        drop_listener.remove();
    });

    // The import's outcome and the mapping screen: the Import view, and any view
    // when the file could not be read.
    let import_section = move || {
        let name = work.shown.with(|s| s.name.clone());
        opened.with(|o| match o.as_deref() {
            None => view! { <p class="notice" data-testid="opening">{format!("Reading {name}…")}</p> }.into_any(),
            Some(OpenOutcome::Opened(l)) => {
                let import = l.summary.import.clone();
                let inspection = l.inspection.clone();
                view! {
                    <ImportSummary report=import.clone() set_choices=set_choices />
                    <MappingTable report=import open=mapping_open>
                        <MappingScreen inspection=inspection set_choices=set_choices file_name=name />
                    </MappingTable>
                }
                .into_any()
            }
            Some(OpenOutcome::Failed { message, inspection }) => {
                // Never a dead end: a file arlens can read but not map opens the mapping screen.
                let screen = inspection.as_deref().cloned().map(|inspection| {
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
    // What a screen reader hears when a file has been read, or could not be.
    let announcement = move || {
        let name = work.shown.with(|s| s.name.clone());
        opened.with(|o| match o.as_deref() {
            None => format!("Reading {name}…"),
            Some(OpenOutcome::Opened(l)) => {
                let s = &l.summary;
                format!(
                    "Read {name}: {} invoices, {} entries, {} rows skipped.",
                    crate::display::count(s.invoices),
                    crate::display::count(s.entries),
                    crate::display::count(s.import.skipped.len())
                )
            }
            Some(OpenOutcome::Failed { message, .. }) => format!("{name} could not be read: {message}"),
        })
    };
    let reading = move || {
        view! {
            <ReadingOptions
                sheets=Signal::derive(move || summary.with(|s| s.as_ref().map(|s| s.import.sheets.clone()).unwrap_or_default()))
                choices=choices
                set_choices=set_choices
                date_order=Signal::derive(move || summary.with(|s| s.as_ref().and_then(|s| s.import.date_order)))
                unknown_currency=Signal::derive(move || summary.with(|s| s.as_ref().is_some_and(|s| s.currencies.iter().any(|c| c == "XXX"))))
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
    let body = move || {
        // Numbers and dates are written in the chosen style: a new choice redraws the view.
        display.format.track();
        let v = view.get();
        if v == View::Import {
            return import_view();
        }
        // No figures: the file is being read, or cannot be, or holds no documents (a
        // header alone, an export filtered to nothing); say so where the figures would be.
        let no_documents = summary.with(|s| {
            s.as_ref().is_some_and(|s| s.entries == 0 && s.import.shape != arlens::LedgerShape::AgedSummary)
        });
        if !is_open.get() || no_documents {
            return view! { {reading} {import_section} }.into_any();
        }
        let Some(analysed) = report.get() else {
            return view! { <p class="notice" role="status" data-testid="analysing">"Working out the figures…"</p> }
                .into_any();
        };
        let Ok(r) = analysed else {
            return view! { {reading} {import_section} }.into_any();
        };
        let shown = currency.get();
        match v {
            View::Overview => view! {
                <Overview report=r.clone() previous=previous.get() comparing=comparing.get() currency=shown cei=options.with(|o| o.cei) />
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
            View::Customers => match account.get() {
                Some(id) => view! { <CustomerPage id=id buckets=r.aging.buckets.clone() /> }.into_any(),
                None => {
                    let filter = customer_filter.get();
                    view! { <CustomerGrid currency=shown customer=filter /> }.into_any()
                }
            },
            View::Invoices => match trace_figure.get() {
                Some(figure) => view! { <TracePanel figure=figure /> }.into_any(),
                None => view! {
                    <InvoiceGrid buckets=r.aging.buckets.clone() currency=shown bucket=bucket_filter.get() customer=customer_filter.get() />
                }
                .into_any(),
            },
            View::Collections => {
                let worklist = if !r.worklist.rows.is_empty() || !r.worklist.set_apart.is_empty() {
                    let file = work.shown.with_untracked(|s| s.name.clone());
                    view! { <WorklistGrid worklist=r.worklist.clone() as_of=r.as_of file=file /> }.into_any()
                } else {
                    view! {
                        <p class="notice" data-testid="worklist-empty">
                            {format!("No account to chase at {}: nothing is overdue or falling due soon.", crate::display::date(r.as_of))}
                        </p>
                    }
                    .into_any()
                };
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
                        <TrendGrid currency=shown.clone() />
                    }
                });
                let missing = r.trend.unavailable.as_ref().map(|u| {
                    view! { <p class="notice" data-testid="trend-unavailable">{format!("No monthly trend: {}.", u.reason)}</p> }
                });
                view! { {missing} {trend} }.into_any()
            }
            View::Report => view! {
                <crate::features::report::ReportView
                    report=r.clone()
                    options=options.get_untracked()
                    summary=summary.get_untracked()
                    file_name=work.shown.with_untracked(|s| s.name.clone())
                    currency=shown
                />
            }
            .into_any(),
            View::Import => import_view(),
        }
    };

    view! {
        <Header
            file_name=Signal::derive(move || work.shown.with(|s| s.name.clone()))
            summary=summary.into()
            as_of=as_of
            currency=currency.into()
            on_file=on_file
        />
        // The views' tabs scroll sideways on a narrow screen; the Display menu stays beside them.
        <div class="nav-row">
            <Nav current=view.into() />
            <crate::shell::DisplayMenu />
        </div>
        <ReadingProgress />
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="announce">{announcement}</p>
        <SampleBanner shown=Signal::derive(move || work.shown.with(|s| s.is_sample)) />
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
        <OptionsPanel problems=Signal::derive(move || asked.with(|(_, p)| p.clone())) report=Signal::derive(move || if is_open.get() { report.with(|r| r.as_ref().and_then(|r| r.as_ref().err().cloned())) } else { None }) />
        <main data-testid="app" data-view=move || view.get().slug()>
            {body}
        </main>
    }
}
