//! A file input that also takes a dropped file; the bytes never leave the page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement};

/// Reads `file` into memory and hands `(name, bytes, SHA-256)` to `on_file`.
pub fn read(file: File, on_file: Callback<(String, Vec<u8>, Option<String>)>) {
    spawn_local(async move {
        let name = file.name();
        if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
            let digest = sha256(&buffer).await;
            on_file.run((name, js_sys::Uint8Array::new(&buffer).to_vec(), digest));
        }
    });
}

/// The file's SHA-256 in hex by the browser's own hash (`SubtleCrypto`), many
/// times faster than the core's in WebAssembly; `None` where the page has no
/// `crypto.subtle` (an insecure context): the core then computes it.
async fn sha256(buffer: &wasm_bindgen::JsValue) -> Option<String> {
    let subtle = web_sys::window()?.crypto().ok()?.subtle();
    let buffer: &js_sys::Object = wasm_bindgen::JsCast::dyn_ref(buffer)?;
    let promise = subtle.digest_with_str_and_buffer_source("SHA-256", buffer).ok()?;
    let digest = JsFuture::from(promise).await.ok()?;
    let bytes = js_sys::Uint8Array::new(&digest).to_vec();
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The drop zone.
#[component]
pub fn DropZone(
    /// Called with the file's name, bytes and SHA-256 (when the browser gives it) once it is read.
    on_file: Callback<(String, Vec<u8>, Option<String>)>,
    /// `data-testid` of the file input.
    #[prop(default = "drop-input")]
    testid: &'static str,
) -> impl IntoView {
    let (hover, set_hover) = signal(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|list| list.get(0)) {
            read(file, on_file);
        }
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        set_hover.set(false);
        if let Some(file) = ev.data_transfer().and_then(|dt| dt.files()).and_then(|list| list.get(0)) {
            read(file, on_file);
        }
    };
    view! {
        <label
            class="drop-zone"
            class:hover=hover
            on:dragover=move |ev: DragEvent| {
                ev.prevent_default();
                set_hover.set(true);
            }
            on:dragleave=move |_| set_hover.set(false)
            on:drop=on_drop
        >
            <input type="file" accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xlsb,.xls,.ods" data-testid=testid on:change=on_change />
            <strong>"Drop a ledger here"</strong>
            " or click to choose a file (CSV, Excel or OpenDocument). It is read on this computer; nothing is uploaded."
        </label>
    }
}
