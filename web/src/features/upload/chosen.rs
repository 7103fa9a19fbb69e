//! The files a person chose or dropped, made into the one file the app reads:
//! one file as it is; several stored together in one zip archive in memory
//! ([`arlens::import::bundle`]), which the core reads as the sheets of one
//! workbook — monthly exports laid out alike become one ledger, each row
//! located in its own file. Nothing leaves the browser.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{File, FileList};

/// The media type of a bundle of several files (the worker names their rows
/// by their own files, not by the bundle's).
pub const BUNDLE_TYPE: &str = "application/x-arlens-files+zip";

/// Runs `on_file` with the file to read of `list`: its one file, or its
/// files bundled (read first: a bundle is made once all are in memory).
pub fn read_chosen(list: Option<FileList>, on_file: Callback<File>) {
    let Some(list) = list else { return };
    let files: Vec<File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    match files.as_slice() {
        [] => {}
        [one] => on_file.run(one.clone()),
        several => {
            let several = several.to_vec();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(file) = bundled(&several).await {
                    on_file.run(file);
                }
            });
        }
    }
}

/// `files` in one zip archive, as a file named for them (`jan.csv + 2 more`).
async fn bundled(files: &[File]) -> Option<File> {
    let mut parts = Vec::with_capacity(files.len());
    for file in files {
        let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.ok()?;
        parts.push((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()));
    }
    let bytes = arlens::import::bundle(&parts).ok()?;
    drop(parts);
    let name = match files.first() {
        Some(first) => format!("{} + {} more", first.name(), files.len().saturating_sub(1)),
        None => String::new(),
    };
    let sequence = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(BUNDLE_TYPE);
    File::new_with_u8_array_sequence_and_options(&sequence, &name, &options).ok()?.dyn_into().ok()
}
