//! A reminder draft: read it, copy it, open it in the user's mail app, or save it.
//! Nothing is sent by arlens.

use arlens::collections::drafts::Draft;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Saves `text` as a plain-text file named `name`, from memory (no request).
fn save_text(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(a) = document
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

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
