//! Collection logs kept in this browser, only after the user opts in: one
//! named workspace per client ledger (so two clients' "Acme" never merge), each
//! holding the collection log, the sender's details and the names of the files
//! it was used with. Stored in IndexedDB (database `arlens-workspaces`, store
//! `workspaces`, key = the workspace's name, value = the record as versioned
//! JSON text) through the `idb` crate; nothing is written before the user keeps
//! a first workspace (a `localStorage` flag says whether they have), and
//! erasing deletes a record, or the whole database and the flag. Never sent
//! anywhere.

use arlens::collections::drafts::Sender;
use arlens::collections::log::CollectionLog;
use idb::{Database, DatabaseEvent, Factory, ObjectStore, TransactionMode};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// The database's name.
pub const DATABASE: &str = "arlens-workspaces";
/// Its one object store.
const STORE: &str = "workspaces";
/// The `localStorage` key set once the user has kept a workspace.
pub const OPTED_IN: &str = "arlens.workspaces.v1";

/// One workspace as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Workspace {
    /// The record's format (1).
    pub version: u32,
    /// Its name, as the user gave it (the key).
    pub name: String,
    /// The collection log.
    pub log: CollectionLog,
    /// The sender's details the drafts are signed with.
    pub sender: Sender,
    /// The names of the files it was used with, oldest first.
    pub files: Vec<String>,
    /// The day it was last saved (YYYY-MM-DD).
    pub saved: String,
}

impl Workspace {
    /// A new workspace named `name` holding `log` and `sender`, used with `file`.
    pub fn new(name: &str, log: CollectionLog, sender: Sender, file: &str, today: &str) -> Self {
        Workspace {
            version: 1,
            name: name.to_owned(),
            log,
            sender,
            files: vec![file.to_owned()],
            saved: today.to_owned(),
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Whether the user has kept a workspace in this browser.
pub fn opted_in() -> bool {
    storage().and_then(|s| s.get_item(OPTED_IN).ok().flatten()).is_some()
}

fn failed(what: &str, e: impl std::fmt::Display) -> String {
    format!("This browser could not {what} (IndexedDB: {e}).")
}

async fn open() -> Result<Database, String> {
    let factory = Factory::new().map_err(|e| failed("open its storage", e))?;
    let mut request = factory.open(DATABASE, Some(1)).map_err(|e| failed("open its storage", e))?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database()
            && !db.store_names().iter().any(|s| s == STORE)
        {
            let _ = db.create_object_store(STORE, idb::ObjectStoreParams::new());
        }
    });
    request.await.map_err(|e| failed("open its storage", e))
}

/// Runs `work` on the store in one transaction, then closes the database.
async fn with_store<T, F, Fut>(mode: TransactionMode, what: &str, work: F) -> Result<T, String>
where
    F: FnOnce(ObjectStore) -> Fut,
    Fut: std::future::Future<Output = Result<T, idb::Error>>,
{
    let db = open().await?;
    let result = async {
        let tx = db.transaction(&[STORE], mode)?;
        let out = work(tx.object_store(STORE)?).await?;
        tx.await?;
        Ok::<T, idb::Error>(out)
    }
    .await;
    db.close();
    result.map_err(|e| failed(what, e))
}

/// Every workspace kept, by name, and how many records could not be read
/// (left as they are).
pub async fn all() -> Result<(Vec<Workspace>, usize), String> {
    if !opted_in() {
        return Ok((Vec::new(), 0));
    }
    let values = with_store(TransactionMode::ReadOnly, "read the workspaces", |store| async move {
        store.get_all(None, None)?.await
    })
    .await?;
    let mut kept = Vec::new();
    let mut unreadable = 0;
    for value in &values {
        match value.as_string().and_then(|text| serde_json::from_str::<Workspace>(&text).ok()) {
            Some(w) if w.version == 1 && w.log.check().is_ok() => kept.push(w),
            _ => unreadable += 1,
        }
    }
    kept.sort_by_key(|a| a.name.to_lowercase());
    Ok((kept, unreadable))
}

/// Writes `workspace` (replacing the one of its name) and records the opt-in.
pub async fn put(workspace: &Workspace) -> Result<(), String> {
    let text = serde_json::to_string(workspace).map_err(|e| failed("save the workspace", e))?;
    let key = JsValue::from_str(&workspace.name);
    with_store(TransactionMode::ReadWrite, "save the workspace", |store| async move {
        store.put(&JsValue::from_str(&text), Some(&key))?.await.map(drop)
    })
    .await?;
    if let Some(s) = storage() {
        let _ = s.set_item(OPTED_IN, "1");
    }
    Ok(())
}

/// Deletes the workspace named `name`.
pub async fn erase(name: &str) -> Result<(), String> {
    let key = JsValue::from_str(name);
    with_store(
        TransactionMode::ReadWrite,
        "erase the workspace",
        |store| async move { store.delete(key)?.await },
    )
    .await
}

/// Deletes every workspace: the whole database and the opt-in flag.
pub async fn erase_all() -> Result<(), String> {
    if let Some(s) = storage() {
        let _ = s.remove_item(OPTED_IN);
    }
    let factory = Factory::new().map_err(|e| failed("erase its storage", e))?;
    factory
        .delete(DATABASE)
        .map_err(|e| failed("erase its storage", e))?
        .await
        .map_err(|e| failed("erase its storage", e))
}
