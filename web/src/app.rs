//! The page: drop zone, as-of date, import summary and aging.

use crate::features::aging::AgingTable;
use crate::features::import::ImportSummary;
use crate::features::upload::DropZone;
use crate::source::Source;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Today in the user's time zone: the default as-of date of a dropped file.
fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (source, set_source) = signal(Source::sample());
    let (as_of, set_as_of) = signal(source.get_untracked().default_as_of(today()));
    let outcome = Memo::new(move |_| source.with(|s| s.analyze(as_of.get())));

    let on_file = Callback::new(move |(name, bytes): (String, Vec<u8>)| {
        let next = Source {
            name,
            bytes: bytes.into(),
        };
        set_as_of.set(next.default_as_of(today()));
        set_source.set(next);
    });
    let on_as_of = move |ev: leptos::ev::Event| {
        if let Ok(date) = event_target_value(&ev).parse::<NaiveDate>() {
            set_as_of.set(date);
        }
    };

    view! {
        <header class="top">
            <h1>"arlens"</h1>
            <p class="tagline">"Accounts-receivable analysis that never leaves your computer."</p>
        </header>
        <main data-testid="app" data-ready="true">
            <DropZone on_file=on_file />
            <section class="controls">
                <span class="file-name" data-testid="file-name">{move || source.with(|s| s.name.clone())}</span>
                <label>
                    "As of "
                    <input
                        type="date"
                        data-testid="as-of"
                        prop:value=move || as_of.get().to_string()
                        on:input=on_as_of
                    />
                </label>
            </section>
            {move || match outcome.get() {
                Ok(out) => {
                    view! {
                        <ImportSummary report=out.import />
                        <AgingTable aging=out.report.aging />
                    }
                        .into_any()
                }
                Err(message) => {
                    view! { <p class="error" role="alert" data-testid="error">{message}</p> }.into_any()
                }
            }}
        </main>
    }
}
