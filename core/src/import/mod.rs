//! Reading user files into a [`Ledger`], with an [`ImportReport`] of everything
//! that was mapped, skipped or doubtful.

pub mod columns;
pub mod csv;
pub mod values;

use crate::error::Position;
use crate::ledger::Ledger;
use serde::{Deserialize, Serialize};

pub use columns::{ColumnMap, Field, MappedColumn};

/// How to read a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ImportOptions {
    /// The file's name, used only in error locations.
    pub file_name: Option<String>,
    /// Currency for rows without one (no currency column, or an empty cell). Default `USD`.
    pub default_currency: String,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            file_name: None,
            default_currency: "USD".to_owned(),
        }
    }
}

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SkippedRow {
    /// Where the row is (and the offending column, when one is to blame).
    pub position: Position,
    /// Why, in plain words, starting with the offending text when there is one.
    pub reason: String,
}

/// Something imported but doubtful, located.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Where, when it concerns one place; the file alone for whole-file warnings.
    pub position: Position,
    /// What is doubtful, in plain words.
    pub message: String,
}

/// What the import did: the mapping used, and every row it skipped or doubted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// Which column holds which field.
    pub mapping: ColumnMap,
    /// Data rows read below the header (blank rows included).
    pub rows_read: usize,
    /// Documents imported into the ledger.
    pub documents: usize,
    /// Rows not imported, with reasons.
    pub skipped: Vec<SkippedRow>,
    /// Doubtful values that were imported.
    pub warnings: Vec<Warning>,
}

/// A ledger with the report of how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    /// The documents read.
    pub ledger: Ledger,
    /// How they were read.
    pub report: ImportReport,
}
