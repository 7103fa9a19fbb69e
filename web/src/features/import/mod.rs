//! What the import read, skipped and doubted.

mod import_summary;

pub use import_summary::ImportSummary;
