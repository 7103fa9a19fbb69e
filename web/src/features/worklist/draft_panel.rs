//! A reminder draft to edit: recipient, subject and body, then copy it, open
//! it in the user's own mail app (a `mailto:` link carrying the edited text) or
//! save it. Nothing is sent by arlens.

use crate::widgets::save_text;
use arlens::collections::drafts::Draft;
use leptos::prelude::*;

/// The draft of one worklist row, editable.
#[component]
pub fn DraftPanel(
    /// The customer's name, for the file name.
    customer: String,
    /// The draft as the core wrote it.
    draft: Draft,
) -> impl IntoView {
    let to = RwSignal::new(String::new());
    let subject = RwSignal::new(draft.subject.clone());
    let body = RwSignal::new(draft.body.clone());
    // Each part percent-encoded (RFC 6068): an `&`, `?` or `#` in the text cannot end a field.
    let mailto = move || {
        format!(
            "mailto:{}?subject={}&body={}",
            js_sys::encode_uri_component(to.get().trim()),
            js_sys::encode_uri_component(&subject.get()),
            js_sys::encode_uri_component(&body.get().replace('\n', "\r\n"))
        )
    };
    let text = move || format!("Subject: {}\n\n{}", subject.get(), body.get());
    let file =
        format!("reminder-{}.txt", customer.replace(|c: char| !c.is_alphanumeric(), "-").to_lowercase());
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&text());
        }
    };
    let save = move |_| save_text(&file, &text());
    let original = draft.clone();
    let reset = move |_| {
        subject.set(original.subject.clone());
        body.set(original.body.clone());
    };
    view! {
        <section class="card draft" data-testid="draft">
            <h2>"Reminder draft for " {customer}</h2>
            <label class="field wide">
                <span>"To"</span>
                <input type="email" data-testid="draft-to" placeholder="the customer's e-mail address" prop:value=move || to.get() on:input=move |ev| to.set(event_target_value(&ev)) />
            </label>
            <label class="field wide">
                <span>"Subject"</span>
                <input data-testid="draft-subject" prop:value=move || subject.get() on:input=move |ev| subject.set(event_target_value(&ev)) />
            </label>
            <label class="field wide">
                <span>"Message"</span>
                <textarea data-testid="draft-body" rows="16" prop:value=move || body.get() on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            </label>
            <div class="draft-actions">
                <button type="button" on:click=copy>"Copy"</button>
                <a href=mailto data-testid="draft-mailto">"Open in my mail app"</a>
                <button type="button" data-testid="draft-save" on:click=save>"Save as text"</button>
                <button type="button" class="link" data-testid="draft-reset" on:click=reset>"Back to the draft as written"</button>
            </div>
            <p class="hint">"arlens never sends anything: the text goes only where you copy, open or save it."</p>
        </section>
    }
}
