//! The DSO family and the CEI, per currency.

mod dso_table;
mod payments_table;

pub use dso_table::DsoTable;
pub use payments_table::PaymentsTable;
