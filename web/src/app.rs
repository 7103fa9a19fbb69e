//! The page: drop zone, reading options, import summary, mapping and aging.

use crate::features::aging::{AgingTable, CustomerTable, GivenAgingTable, UnavailableList};
use crate::features::collection::{AllowanceTable, RecoveryTable};
use crate::features::dso::{DsoTable, PaymentsTable};
use crate::features::import::{ImportSummary, MappingTable};
use crate::features::options::OptionsBar;
use crate::features::plan::PlanCalculator;
use crate::features::trend::TrendTable;
use crate::features::upload::DropZone;
use crate::features::worklist::WorklistTable;
use crate::source::{ReadChoices, Source};
use arlens::{AgingOptions, Options};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Today in the user's time zone: the as-of date of a file without a report date.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(Source::sample());
    let (choices, set_choices) = signal(ReadChoices::default());
    let (as_of_choice, set_as_of_choice) = signal(None::<NaiveDate>);
    let (aging_options, set_aging_options) = signal(AgingOptions::default());
    let imported = Memo::new(move |_| source.with(|s| choices.with(|c| s.import(c))));
    let as_of = Memo::new(move |_| {
        as_of_choice
            .get()
            .unwrap_or_else(|| imported.with(|i| source.with(|s| s.default_as_of(i.as_ref().ok(), today()))))
    });
    let report = Memo::new(move |_| {
        imported.with(|i| {
            let i = i.as_ref().map_err(Clone::clone)?;
            let options = Options { aging: aging_options.get(), ..Options::at(as_of.get()) };
            arlens::analyze(&i.ledger, &options).map_err(|e| e.to_string())
        })
    });

    let on_file = Callback::new(move |(name, bytes): (String, Vec<u8>)| {
        set_choices.set(ReadChoices::default());
        set_as_of_choice.set(None);
        set_source.set(Source::file(name, bytes));
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
                sheets=Signal::derive(move || imported.with(|i| i.as_ref().map(|i| i.report.sheets.clone()).unwrap_or_default()))
                choices=choices
                set_choices=set_choices
                as_of=as_of
                set_as_of=set_as_of_choice
                set_aging=set_aging_options
            />
            {move || {
                imported
                    .with(|i| match i {
                        Ok(i) => {
                            view! {
                                <ImportSummary report=i.report.clone() />
                                <MappingTable report=i.report.clone() />
                            }
                                .into_any()
                        }
                        Err(message) => {
                            view! { <p class="error" role="alert" data-testid="error">{message.clone()}</p> }
                                .into_any()
                        }
                    })
            }}
            {move || {
                report
                    .get()
                    .ok()
                    .map(|r| {
                        let customers = (r.given_aging.is_none() && !r.aging.customers.is_empty()).then(|| {
                            view! { <CustomerTable buckets=r.aging.buckets.clone() customers=r.aging.customers.clone() /> }
                        });
                        let aging =
                            (r.given_aging.is_none()).then(|| view! { <AgingTable aging=r.aging.clone() /> });
                        let given = r.given_aging.map(|given| view! { <GivenAgingTable given=given /> });
                        let dso = (!r.dso.is_empty()).then(|| view! { <DsoTable period=r.period figures=r.dso /> });
                        let payments =
                            (!r.payments.is_empty()).then(|| view! { <PaymentsTable payments=r.payments /> });
                        let recovery = (!r.recovery.is_empty()).then(|| {
                            view! { <RecoveryTable period=r.period buckets=r.aging.buckets.clone() recovery=r.recovery /> }
                        });
                        let allowance = (!r.allowance.is_empty()).then(|| {
                            view! { <AllowanceTable buckets=r.aging.buckets.clone() allowance=r.allowance /> }
                        });
                        let worklist = (!r.worklist.rows.is_empty() || !r.worklist.set_apart.is_empty())
                            .then(|| view! { <WorklistTable worklist=r.worklist /> });
                        let trend = (!r.trend.is_empty()).then(|| {
                            view! { <TrendTable buckets=r.aging.buckets.clone() trend=r.trend /> }
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
            <PlanCalculator as_of=as_of />
        </main>
    }
}
