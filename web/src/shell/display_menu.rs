//! The header's Display menu: the theme and the style of numbers and dates,
//! each option's label written in its own style by the core's formatter.

use crate::display::{Display, LOCALES, Theme, browser_tag, locale_of};
use leptos::prelude::*;

/// A disclosure with the two choices; they apply at once and are remembered.
#[component]
pub fn DisplayMenu() -> impl IntoView {
    let display = expect_context::<Display>();
    let themes = Theme::ALL
        .into_iter()
        .map(|t| {
            view! { <option value=t.code() selected=move || display.theme.get() == t>{t.label()}</option> }
        })
        .collect_view();
    let on_theme = move |ev| display.theme.set(Theme::from_code(&event_target_value(&ev)));
    let example = |choice: &str| locale_of(choice).example();
    let mut formats = vec![
        ("auto".to_owned(), format!("This browser's ({}) — {}", browser_tag(), example("auto"))),
        ("iso".to_owned(), format!("ISO — {}", example("iso"))),
    ];
    formats
        .extend(LOCALES.iter().map(|(tag, name)| ((*tag).to_owned(), format!("{name} — {}", example(tag)))));
    let formats = formats
        .into_iter()
        .map(|(value, text)| {
            let chosen = value.clone();
            view! { <option value=value selected=move || display.format.with(|f| *f == chosen)>{text}</option> }
        })
        .collect_view();
    view! {
        <details class="display-menu" data-testid="display-menu">
            <summary>"Display"</summary>
            <div class="display-panel">
                <label class="field">
                    <span>"Theme"</span>
                    <select data-testid="theme" on:change=on_theme>{themes}</select>
                </label>
                <label class="field">
                    <span>"Numbers and dates"</span>
                    <select data-testid="number-format" on:change=move |ev| display.format.set(event_target_value(&ev))>
                        {formats}
                    </select>
                </label>
                <p class="hint">"Kept in this browser only. Files and exports keep their own formats."</p>
            </div>
        </details>
    }
}
