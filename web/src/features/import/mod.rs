//! What the import read, skipped and doubted, and how it mapped the columns.

mod import_summary;
mod mapping_screen;
mod mapping_table;

pub use import_summary::ImportSummary;
pub use mapping_screen::MappingScreen;
pub use mapping_table::MappingTable;

/// Whether the column-mapping section is open, shared so that a choice made on
/// the mapping screen (another sheet, another header row) keeps it in view
/// when the file then reads.
#[derive(Clone, Copy)]
pub struct MappingOpen(pub leptos::prelude::RwSignal<bool>);
