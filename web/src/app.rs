//! The page: drop zone, reading options, import summary, mapping and aging.

use crate::features::aging::{AgingTable, CustomerTable, GivenAgingTable, UnavailableList};
use crate::features::collection::{AllowanceTable, RecoveryTable};
use crate::features::dso::{DsoTable, PaymentsTable};
use crate::features::import::{ImportSummary, MappingScreen, MappingTable};
use crate::features::options::OptionsBar;
use crate::features::plan::PlanCalculator;
use crate::features::trend::TrendTable;
use crate::features::upload::DropZone;
use crate::features::worklist::WorklistTable;
use crate::source::{ReadChoices, Source};
use arlens::Options;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Today in the user's time zone: the core's as-of date of last resort.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(Source::sample());
    let (choices, set_choices) = signal(ReadChoices::default());
    let (options, set_options) = signal(Options::default());
    // Opened once per file and reading choice; options only re-analyse the handle.
    let ledger = Memo::new(move |_| source.with(|s| choices.with(|c| s.open(c))));
    let report = Memo::new(move |_| {
        ledger.with(|l| {
            let l = l.as_ref().map_err(Clone::clone)?;
            let options = Options { today: Some(today()), ..options.get() };
            l.0.analyze(&options).map_err(|e| e.to_string())
        })
    });
    let as_of = Signal::derive(move || report.with(|r| r.as_ref().ok().map(|r| (r.as_of, r.as_of_source))));
    let plan_date = Memo::new(move |_| as_of.get().map_or_else(today, |(d, _)| d));

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
        set_options.update(|o| o.as_of = None);
        set_source.set(Source::file(name, bytes, sha256));
    });

    view! {
        <header class="top">
            <h1>"arlens"</h1>
            <p class="tagline">"Accounts-receivable analysis that never leaves your computer."</p>
        </header>
        <main data-testid="app">
            <DropZone on_file=on_file />
            <OptionsBar
                file_name=Signal::derive(move || source.with(|s| s.name.clone()))
                sheets=Signal::derive(move || ledger.with(|l| l.as_ref().map(|l| l.0.summary().import.sheets.clone()).unwrap_or_default()))
                choices=choices
                set_choices=set_choices
                date_order=Signal::derive(move || ledger.with(|l| l.as_ref().ok().and_then(|l| l.0.summary().import.date_order)))
                unknown_currency=Signal::derive(move || ledger.with(|l| l.as_ref().is_ok_and(|l| l.0.summary().currencies.iter().any(|c| c == "XXX"))))
                as_of=as_of
                set_options=set_options
            />
            {move || {
                ledger
                    .with(|l| match l {
                        Ok(l) => {
                            let import = l.0.summary().import.clone();
                            let inspection = l.0.inspection().clone();
                            let name = source.with(|s| s.name.clone());
                            let note = applied.get().map(|r| {
                                view! {
                                    <p class="hint" data-testid="mapping-remembered">
                                        {format!("Mapping remembered from {} ({}): change it under Column mapping.", r.file, r.saved)}
                                    </p>
                                }
                            });
                            view! {
                                {note}
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
            }}
            {move || {
                report
                    .get()
                    .ok()
                    .map(|r| {
                        // Each section shows when the core says the file supports it.
                        let aged = r.aging.unavailable.is_none();
                        let customers = (aged && !r.aging.customers.is_empty()).then(|| {
                            view! { <CustomerTable buckets=r.aging.buckets.clone() customers=r.aging.customers.clone() /> }
                        });
                        let aging = aged.then(|| view! { <AgingTable aging=r.aging.clone() /> });
                        let given = r.given_aging.map(|given| view! { <GivenAgingTable given=given /> });
                        let dso = r.dso.is_available().then(|| view! { <DsoTable period=r.period figures=r.dso.currencies /> });
                        let payments = r
                            .payments
                            .is_available()
                            .then(|| view! { <PaymentsTable payments=r.payments.currencies /> });
                        let recovery = r.recovery.is_available().then(|| {
                            view! { <RecoveryTable period=r.period buckets=r.aging.buckets.clone() recovery=r.recovery.currencies /> }
                        });
                        let allowance = r.allowance.is_available().then(|| {
                            view! { <AllowanceTable buckets=r.aging.buckets.clone() allowance=r.allowance.currencies /> }
                        });
                        let worklist = (!r.worklist.rows.is_empty() || !r.worklist.set_apart.is_empty())
                            .then(|| view! { <WorklistTable worklist=r.worklist /> });
                        let trend = r.trend.is_available().then(|| {
                            view! { <TrendTable buckets=r.aging.buckets.clone() trend=r.trend.currencies /> }
                        });
                        view! {
                            <UnavailableList items=r.unavailable />
                            {given}
                            {aging}
                            {customers}
                            {worklist}
                            {dso}
                            {payments}
                            {recovery}
                            {allowance}
                            {trend}
                        }
                    })
            }}
            <PlanCalculator as_of=plan_date />
        </main>
    }
}
