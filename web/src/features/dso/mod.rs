//! The DSO family and the CEI, per currency.

mod dso_table;

pub use dso_table::DsoTable;
