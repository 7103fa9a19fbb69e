//! A reminder draft: read it, copy it, open it in the user's mail app, or save it.
//! Nothing is sent by arlens.

use crate::widgets::save_text;
use arlens::collections::drafts::Draft;
use leptos::prelude::*;

/// The draft of one worklist row.
#[component]
pub fn DraftPanel(
    /// The customer's name, for the file name.
    customer: String,
    /// The draft.
    draft: Draft,
) -> impl IntoView {
    let mailto = format!(
        "mailto:?subject={}&body={}",
        js_sys::encode_uri_component(&draft.subject),
        js_sys::encode_uri_component(&draft.body)
    );
    let text = format!("Subject: {}\n\n{}", draft.subject, draft.body);
    let file =
        format!("reminder-{}.txt", customer.replace(|c: char| !c.is_alphanumeric(), "-").to_lowercase());
    let for_copy = text.clone();
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&for_copy);
        }
    };
    let save = move |_| save_text(&file, &text);
    view! {
        <section class="card draft" data-testid="draft">
            <h2>"Reminder draft for " {customer}</h2>
            <p class="subject" data-testid="draft-subject">{draft.subject.clone()}</p>
            <pre data-testid="draft-body">{draft.body.clone()}</pre>
            <div class="draft-actions">
                <button on:click=copy>"Copy"</button>
                <a href=mailto>"Open in my mail app"</a>
                <button data-testid="draft-save" on:click=save>"Save as text"</button>
            </div>
            <p class="hint">"arlens never sends anything: the text goes only where you copy or save it."</p>
        </section>
    }
}
