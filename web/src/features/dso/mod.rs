//! The DSO family and the CEI, per currency.

mod dso_table;
mod figure_cell;
mod payments_table;

pub use dso_table::DsoTable;
pub use figure_cell::figure_cell;
pub use payments_table::PaymentsTable;
