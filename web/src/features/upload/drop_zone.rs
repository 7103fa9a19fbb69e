//! A file input that also takes a dropped file; the bytes never leave the
//! browser (the app's worker reads them, see [`crate::analyst`]).

use leptos::prelude::*;
use web_sys::{DragEvent, File, HtmlInputElement};

/// The drop zone.
#[component]
pub fn DropZone(
    /// Called with the chosen or dropped file (several: bundled, see [`super::read_chosen`]).
    on_file: Callback<File>,
    /// `data-testid` of the file input.
    #[prop(default = "drop-input")]
    testid: &'static str,
) -> impl IntoView {
    let (hover, set_hover) = signal(false);
    let on_change = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        super::read_chosen(input.files(), on_file);
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        set_hover.set(false);
        super::read_chosen(ev.data_transfer().and_then(|dt| dt.files()), on_file);
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
            <input type="file" multiple accept=".csv,.tsv,.txt,.prn,.rpt,.xlsx,.xlsm,.xlsb,.xls,.ods,.xml,.htm,.html,.mht,.mhtml,.zip" data-testid=testid on:change=on_change />
            <strong>"Drop a ledger here"</strong>
            " or click to choose a file (CSV, Excel with its HTML and XML kinds, OpenDocument, or a report printed to text); several files laid out alike, such as monthly exports, are read as one ledger. They are read on this computer; nothing is uploaded."
        </label>
    }
}
