//! What the import read, skipped and doubted, and how it mapped the columns.

mod import_summary;
mod mapping_screen;
mod mapping_table;

pub use import_summary::ImportSummary;
pub use mapping_screen::MappingScreen;
pub use mapping_table::MappingTable;
