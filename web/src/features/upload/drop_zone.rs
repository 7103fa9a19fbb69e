//! A file input that also takes a dropped file; the bytes never leave the page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement};

/// Reads `file` into memory and hands `(name, bytes)` to `on_file`.
fn read(file: File, on_file: Callback<(String, Vec<u8>)>) {
    spawn_local(async move {
        let name = file.name();
        if let Ok(buffer) = JsFuture::from(file.array_buffer()).await {
            on_file.run((name, js_sys::Uint8Array::new(&buffer).to_vec()));
        }
    });
}

/// The drop zone.
#[component]
pub fn DropZone(
    /// Called with the file's name and bytes once it is read.
    on_file: Callback<(String, Vec<u8>)>,
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
            <input type="file" accept=".csv,.tsv,.txt,.xlsx,.xlsm,.xlsb,.xls,.ods" data-testid="file-input" on:change=on_change />
            <strong>"Drop a ledger here"</strong>
            " or click to choose a file (CSV, Excel or OpenDocument). It is read on this computer; nothing is uploaded."
        </label>
    }
}
