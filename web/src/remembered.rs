//! Column mappings the user confirmed, remembered in this browser only
//! (`localStorage`), one per header layout: next month's export with the same
//! headers opens straight to the figures. Listed, erasable and exportable on the
//! page; never sent anywhere.

use arlens::import::Overrides;
use serde::{Deserialize, Serialize};

/// The storage key (versioned, so a later format can move on).
const KEY: &str = "arlens.mappings.v1";

/// One remembered mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remembered {
    /// The header texts of the layout it is for, in column order.
    pub layout: Vec<String>,
    /// The columns chosen: column letter → field (or ignore).
    pub columns: Overrides,
    /// The file it was confirmed on.
    pub file: String,
    /// When (YYYY-MM-DD).
    pub saved: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Every remembered mapping (none when storage is unavailable or unreadable).
pub fn all() -> Vec<Remembered> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

fn write(list: &[Remembered]) {
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(list)) {
        let _ = storage.set_item(KEY, &text);
    }
}

/// The mapping remembered for files whose headers are `layout`.
pub fn find(layout: &[String]) -> Option<Remembered> {
    all().into_iter().find(|r| r.layout == layout)
}

/// Remembers `mapping`, replacing any for the same layout.
pub fn save(mapping: Remembered) {
    let mut list = all();
    list.retain(|r| r.layout != mapping.layout);
    list.push(mapping);
    write(&list);
}

/// Forgets the mapping for `layout`.
pub fn erase(layout: &[String]) {
    let mut list = all();
    list.retain(|r| r.layout != layout);
    write(&list);
}

/// Adds the mappings of `json` (a colleague's export) to those remembered, each
/// replacing any for the same layout; how many, or why the text is not an export.
pub fn import(json: &str) -> Result<usize, String> {
    let incoming: Vec<Remembered> = serde_json::from_str(json)
        .map_err(|e| format!("this is not a file of arlens mappings (exported as JSON): {e}"))?;
    let mut list = all();
    list.retain(|r| !incoming.iter().any(|i| i.layout == r.layout));
    let count = incoming.len();
    list.extend(incoming);
    write(&list);
    Ok(count)
}

/// Every remembered mapping as JSON, for a colleague.
pub fn export() -> String {
    serde_json::to_string_pretty(&all()).unwrap_or_else(|_| "[]".to_owned())
}
