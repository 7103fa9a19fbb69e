//! A reminder draft to edit: recipient, subject and body, then copy it, open
//! it in the user's own mail app (a `mailto:` link carrying the edited text) or
//! save it, as text or as an `.eml` message the mail app opens as a draft
//! ([`arlens::collections::eml`]). Nothing is sent by arlens.

use crate::widgets::{save_bytes, save_text};
use arlens::collections::drafts::{Draft, Sender};
use arlens::collections::eml::{Message, eml};
use leptos::prelude::*;

/// The sender's details every draft is signed with (the `worklist.sender`
/// option), and whether their form is open (kept here: the drafts are drawn
/// again once the details re-analyse the worklist).
#[derive(Debug, Clone, Copy)]
pub struct SenderState(pub RwSignal<Sender>, pub RwSignal<bool>);

/// The sender's details, typed once for every draft; "Sign the drafts" writes
/// the drafts again with them.
#[component]
pub fn SenderDetails() -> impl IntoView {
    let SenderState(sender, open) = expect_context::<SenderState>();
    let keeping = expect_context::<super::Keeping>();
    let now = sender.get_untracked();
    let company = RwSignal::new(now.company.unwrap_or_default());
    let contact = RwSignal::new(now.contact.unwrap_or_default());
    let payment = RwSignal::new(now.payment_details.unwrap_or_default());
    let field = |label: &'static str, testid: &'static str, value: RwSignal<String>| {
        view! {
            <label class="field wide">
                <span>{label}</span>
                <input data-testid=testid prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            </label>
        }
    };
    let given = |v: RwSignal<String>| Some(v.get_untracked().trim().to_owned()).filter(|t| !t.is_empty());
    let apply = move |_| {
        sender.set(Sender {
            company: given(company),
            contact: given(contact),
            payment_details: given(payment),
        });
    };
    view! {
        <details class="sender" data-testid="sender" prop:open=move || open.get() on:toggle=move |ev| {
            let details: web_sys::HtmlDetailsElement = event_target(&ev);
            open.set(details.open());
        }>
            <summary>"Your details, for every draft"</summary>
            {field("Company", "sender-company", company)}
            {field("Name, phone and e-mail", "sender-contact", contact)}
            {field("How to pay (bank account, reference)", "sender-payment", payment)}
            <button type="button" data-testid="sender-apply" on:click=apply>"Sign the drafts"</button>
            <span class="hint" data-testid="sender-kept">{move || match keeping.current.get() {
                Some(name) => format!(" Saved with workspace “{name}” in this browser; nothing is sent."),
                None => " Kept in this page only; nothing is sent.".to_owned(),
            }}</span>
        </details>
    }
}

/// The draft of one worklist row, editable.
#[component]
pub fn DraftPanel(
    /// The customer's name, for the file name.
    customer: String,
    /// The draft as the core wrote it.
    draft: Draft,
    /// The customer's e-mail address from the file, the recipient to start with.
    #[prop(optional)]
    email: Option<String>,
) -> impl IntoView {
    let to = RwSignal::new(email.unwrap_or_default());
    let problem = RwSignal::new(None::<String>);
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
    let stem = format!("reminder-{}", customer.replace(|c: char| !c.is_alphanumeric(), "-").to_lowercase());
    let file = format!("{stem}.txt");
    let copy = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&text());
        }
    };
    let save = move |_| save_text(&file, &text());
    // An .eml file: the mail app opens it as a message to send (checked recipients, encoded subject).
    let save_eml = move |_| {
        let (to, subject, body) = (to.get_untracked(), subject.get_untracked(), body.get_untracked());
        let date = (js_sys::Date::now() / 1000.0) as i64;
        match eml(&Message { to: &to, from: None, subject: &subject, body: &body, date }) {
            Ok(bytes) => {
                problem.set(None);
                save_bytes(
                    &format!("{stem}.eml"),
                    "message/rfc822",
                    &js_sys::Uint8Array::from(bytes.as_slice()),
                );
            }
            Err(e) => problem.set(Some(match e.kind() {
                arlens::error::ErrorKind::InvalidOption { reason, .. } => format!("To: {reason}."),
                _ => e.to_string(),
            })),
        }
    };
    let original = draft.clone();
    // Buttons named for the account they act on: a screen reader's list of buttons says whose draft.
    let named = |what: &str| format!("{what}: the draft for {customer}");
    let (copy_name, mailto_name, eml_name, save_name) =
        (named("Copy"), named("Open in my mail app"), named("Save as e-mail (.eml)"), named("Save as text"));
    let reset = move |_| {
        subject.set(original.subject.clone());
        body.set(original.body.clone());
    };
    view! {
        <section class="card draft" data-testid="draft">
            <h2>"Reminder draft for " {customer}</h2>
            <SenderDetails />
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
                <button type="button" aria-label=copy_name on:click=copy>"Copy"</button>
                <a href=mailto aria-label=mailto_name data-testid="draft-mailto">"Open in my mail app"</a>
                <button type="button" aria-label=eml_name data-testid="draft-eml" on:click=save_eml>"Save as e-mail (.eml)"</button>
                <button type="button" aria-label=save_name data-testid="draft-save" on:click=save>"Save as text"</button>
                <button type="button" class="link" data-testid="draft-reset" on:click=reset>"Back to the draft as written"</button>
            </div>
            {move || problem.get().map(|p| view! { <p class="error" role="alert" data-testid="draft-problem">{p}</p> })}
            <p class="hint">"arlens never sends anything: the text goes only where you copy, open or save it."</p>
        </section>
    }
}
