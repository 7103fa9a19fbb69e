//! Saving text the page made as a file, from memory: no request leaves the page.

use wasm_bindgen::JsCast;

/// Saves `text` as a plain-text file named `name`, from memory (no request).
pub fn save_text(name: &str, text: &str) {
    save(name, "text/plain;charset=utf-8", &wasm_bindgen::JsValue::from_str(text));
}

/// Saves `bytes` as a file named `name` of type `mime`, from memory (no request).
pub fn save_bytes(name: &str, mime: &str, bytes: &js_sys::Uint8Array) {
    save(name, mime, bytes);
}

fn save(name: &str, mime: &str, part: &wasm_bindgen::JsValue) {
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else { return };
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
