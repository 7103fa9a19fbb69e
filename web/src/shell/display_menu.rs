//! The header's Display menu: the theme and the style of numbers and dates,
//! each option's label written in its own style by the core's formatter.

use crate::display::{Display, LOCALES, Theme, browser_tag, locale_of};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    // Closed by Escape (the focus back on its button) or a click elsewhere, as a menu is.
    let menu = NodeRef::<leptos::html::Details>::new();
    let close = move |refocus: bool| {
        let Some(details) = menu.get_untracked().filter(|d| d.open()) else { return };
        details.set_open(false);
        if let Some(summary) = refocus
            .then(|| details.first_element_child())
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    };
    let clicks = window_event_listener(leptos::ev::click, move |ev| {
        let node = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let inside = menu.get_untracked().zip(node).is_some_and(|(d, n)| d.contains(Some(&n)));
        if !inside {
            close(false);
        }
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            close(true);
        }
    });
    on_cleanup(move || {
        clicks.remove();
        keys.remove();
    });
    view! {
        <details class="display-menu" data-testid="display-menu" node_ref=menu>
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
