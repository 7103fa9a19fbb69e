//! How the page looks for this user: the theme (the system's, light or dark)
//! and the style of numbers and dates (the browser's language, a locale chosen
//! from a list, or ISO), remembered in this browser (`localStorage`) and never
//! sent anywhere. `main.js` applies the remembered theme before the first paint.
//!
//! Every number and date the page writes goes through [`money`], [`number`]
//! and [`date`], which call the core's formatter with the chosen locale.

use arlens::money::locale::{Locale, format_date, format_money, format_number};
use chrono::NaiveDate;
use leptos::prelude::*;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The storage key (versioned; `main.js` reads the theme from it too).
const KEY: &str = "arlens.display.v1";

/// The locales offered besides the browser's own and ISO, by tag.
pub const LOCALES: [(&str, &str); 12] = [
    ("en-US", "English (United States)"),
    ("en-GB", "English (United Kingdom)"),
    ("en-IN", "English (India)"),
    ("de-DE", "Deutsch (Deutschland)"),
    ("de-CH", "Deutsch (Schweiz)"),
    ("fr-FR", "Français (France)"),
    ("es-ES", "Español (España)"),
    ("es-MX", "Español (México)"),
    ("it-IT", "Italiano"),
    ("nl-NL", "Nederlands"),
    ("pt-BR", "Português (Brasil)"),
    ("ja-JP", "日本語"),
];

/// The page's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Light or dark as the system is set.
    #[default]
    System,
    /// Light whatever the system says.
    Light,
    /// Dark whatever the system says.
    Dark,
}

impl Theme {
    /// Every theme, in the chooser's order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value kept and set on `<html data-theme>`.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The chooser's label.
    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "As the system",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// The theme of a kept code (the system's for an unknown one).
    pub fn from_code(code: &str) -> Theme {
        Theme::ALL.into_iter().find(|t| t.code() == code).unwrap_or_default()
    }
}

/// What is kept in storage.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    theme: Theme,
    /// `auto` (the browser's language), `iso`, or a tag of [`LOCALES`].
    #[serde(default)]
    format: String,
}

/// The display choices, shared by the whole page (a context).
#[derive(Debug, Clone, Copy)]
pub struct Display {
    /// The theme chosen.
    pub theme: RwSignal<Theme>,
    /// The number and date style chosen: `auto`, `iso` or a locale tag.
    pub format: RwSignal<String>,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The browser's language tag (`en-US` when it gives none).
pub fn browser_tag() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_else(|| "en-US".to_owned())
}

/// The locale of a choice: `auto` is the browser's language, English numbers
/// with ISO dates when arlens does not know that language.
pub fn locale_of(choice: &str) -> Locale {
    let tag = if choice.is_empty() || choice == "auto" { browser_tag() } else { choice.to_owned() };
    Locale::from_tag(&tag).unwrap_or(Locale::EN)
}

impl Display {
    /// The remembered choices, provided as a context; every change is applied
    /// to the page and remembered.
    pub fn start() -> Display {
        let stored: Stored = storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default();
        let format = if stored.format.is_empty() { "auto".to_owned() } else { stored.format };
        let display = Display { theme: RwSignal::new(stored.theme), format: RwSignal::new(format) };
        provide_context(display);
        Effect::new(move |first: Option<()>| {
            let theme = display.theme.get();
            let format = display.format.get();
            if let Some(root) =
                web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
            {
                let _ = match theme {
                    Theme::System => root.remove_attribute("data-theme"),
                    t => root.set_attribute("data-theme", t.code()),
                };
            }
            // Nothing is written until the user changes a choice.
            if first.is_some()
                && let (Some(s), Ok(text)) = (storage(), serde_json::to_string(&Stored { theme, format }))
            {
                let _ = s.set_item(KEY, &text);
            }
        });
        display
    }
}

/// The page's locale, untracked (the views are redrawn as a whole on a change).
pub fn locale() -> Locale {
    use_context::<Display>().map_or(Locale::EN, |d| d.format.with_untracked(|f| locale_of(f)))
}

/// `amount` with its currency's minor units, in the page's locale.
pub fn money(amount: Decimal, currency: &str) -> String {
    format_money(amount, currency, &locale())
}

/// `value` to `decimals` places, in the page's locale.
pub fn number(value: Decimal, decimals: u32) -> String {
    format_number(value, decimals, &locale())
}

/// A count of things (`2,000` invoices), in the page's locale.
pub fn count(n: usize) -> String {
    number(n.into(), 0)
}

/// `value` as a percentage to one decimal (`73.9%`), in the page's locale.
pub fn percent(value: Decimal) -> String {
    format!("{}%", number(value, 1))
}

/// `date` in the page's locale (`31.03.2024` in German, ISO when chosen).
pub fn date(date: NaiveDate) -> String {
    format_date(date, &locale())
}
