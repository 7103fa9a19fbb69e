//! Every analysis option of the core in one panel, each kept in the URL's hash:
//! aging basis, columns (convention, custom edges, calendar months), credits,
//! the DSO period, the CEI variant, early payment and loss rates. A value the
//! page cannot use is explained beside its field and left at its default.

use crate::app::Router;
use crate::route::{OPTION_KEYS, Problem};
use leptos::prelude::*;

/// A drop-down over one hash parameter; its first option is the default (no parameter).
#[component]
fn ParamSelect(
    /// The label.
    label: &'static str,
    /// The parameter.
    key: &'static str,
    /// `(value, text)`, the default first.
    options: &'static [(&'static str, &'static str)],
    /// A sentence under the field.
    #[prop(optional)]
    help: &'static str,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let current =
        move || router.0.with(|r| r.get(key).map(str::to_owned)).unwrap_or_else(|| options[0].0.to_owned());
    let items = options
        .iter()
        .map(|(value, text)| view! { <option value=*value selected=move || current() == *value>{*text}</option> })
        .collect_view();
    let pick = move |ev| {
        let value = event_target_value(&ev);
        router.set(key, if value == options[0].0 { "" } else { &value });
    };
    view! {
        <label class="field">
            <span>{label}</span>
            <select data-testid=format!("opt-{key}") prop:value=current on:change=pick>
                {items}
            </select>
            {(!help.is_empty()).then(|| view! { <small class="hint">{help}</small> })}
        </label>
    }
}

/// A text field over one hash parameter, with its problem beside it.
#[component]
fn ParamText(
    /// The label.
    label: &'static str,
    /// The parameter.
    key: &'static str,
    /// Shown when empty: the default.
    placeholder: &'static str,
    /// A sentence under the field.
    help: &'static str,
    /// The problems of the route's parameters.
    problems: Signal<Vec<Problem>>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let value = move || router.0.with(|r| r.get(key).map(str::to_owned)).unwrap_or_default();
    let problem = move || problems.with(|p| p.iter().find(|p| p.key == key).map(|p| p.message.clone()));
    let id = format!("opt-{key}");
    let error_id = format!("opt-{key}-error");
    view! {
        <label class="field">
            <span>{label}</span>
            <input
                data-testid=id
                placeholder=placeholder
                prop:value=value
                aria-invalid=move || problem().is_some().then_some("true")
                aria-describedby=error_id.clone()
                on:change=move |ev| router.set(key, event_target_value(&ev).trim())
            />
            <small class="hint">{help}</small>
            <small class="field-error" id=error_id.clone() data-testid=error_id role="alert">
                {problem}
            </small>
        </label>
    }
}

/// The options panel; `report_error` is why the analysis failed with these options, if it did.
#[component]
pub fn OptionsPanel(
    /// The parameters the page could not use.
    problems: Signal<Vec<Problem>>,
    /// The analysis's error, when the options are refused by the core.
    report: Signal<Option<String>>,
) -> impl IntoView {
    let router = expect_context::<Router>();
    let changed = move || router.0.with(|r| OPTION_KEYS.iter().filter(|k| r.get(k).is_some()).count());
    let reset = move |_| {
        let mut r = router.0.get_untracked();
        for key in OPTION_KEYS {
            r.set(key, "");
        }
        router.go(r, false);
    };
    let trailing = move || router.0.with(|r| r.get("period") == Some("days"));
    // Opened when an option is refused, so the reason is seen; closed only by the user.
    let panel = NodeRef::<leptos::html::Details>::new();
    Effect::new(move |_| {
        let refused = report.with(Option::is_some) || problems.with(|p| !p.is_empty());
        if let Some(details) = panel.get()
            && refused
        {
            details.set_open(true);
        }
    });
    view! {
        <details class="options-panel" data-testid="options-panel" node_ref=panel>
            <summary>
                "Analysis options"
                <span class="hint">
                    {move || match changed() {
                        0 => " — the defaults".to_owned(),
                        1 => " — 1 changed".to_owned(),
                        n => format!(" — {n} changed"),
                    }}
                </span>
            </summary>
            <div class="options-grid">
                <fieldset>
                    <legend>"Aging"</legend>
                    <ParamSelect label="Age by" key="basis" options=&[("due", "days past the due date"), ("invoice", "days since the invoice date")] />
                    <ParamSelect
                        label="Columns"
                        key="periods"
                        options=&[("days", "ranges of days"), ("months", "calendar months (Xero)")]
                    />
                    <ParamSelect
                        label="Edges fall"
                        key="convention"
                        options=&[("upper", "1–30, 31–60, … (edge closes a column)"), ("lower", "0–29, 30–59, … (Sage)")]
                    />
                    <ParamText
                        label="Column edges (days)"
                        key="edges"
                        placeholder="30, 60, 90, 120"
                        help="Increasing whole days; one more column follows the last edge."
                        problems=problems
                    />
                    <ParamSelect
                        label="Credits"
                        key="credits"
                        options=&[("separate", "in their own column"), ("net", "netted per customer, oldest first")]
                    />
                </fieldset>
                <fieldset>
                    <legend>"DSO and CEI"</legend>
                    <ParamSelect
                        label="Period"
                        key="period"
                        options=&[("month", "one month"), ("quarter", "three months"), ("year", "twelve months"), ("days", "a number of days")]
                        help="The period ends on the as-of date."
                    />
                    {move || trailing().then(|| view! {
                        <ParamText label="Days in the period" key="days" placeholder="90" help="1 to 3660." problems=problems />
                    })}
                    <ParamSelect
                        label="CEI sales"
                        key="cei"
                        options=&[("monthly", "sales ÷ months in the period (CRF)"), ("full", "the period's full sales")]
                    />
                    <ParamSelect
                        label="Early payment"
                        key="early"
                        options=&[("zero", "counts as 0 days beyond terms"), ("negative", "counts as negative days")]
                    />
                </fieldset>
                <fieldset>
                    <legend>"Allowance"</legend>
                    <ParamText
                        label="Loss rates (%)"
                        key="loss"
                        placeholder="1, 2, 5, 10, 25, 50"
                        help="One for Not due, then one per aging column, in percent."
                        problems=problems
                    />
                </fieldset>
            </div>
            {move || report.get().map(|message| view! {
                <p class="error" role="alert" data-testid="options-error">{message}</p>
            })}
            <button type="button" data-testid="options-reset" on:click=reset disabled=move || changed() == 0>
                "Reset to defaults"
            </button>
        </details>
    }
}
