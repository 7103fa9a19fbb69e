//! The aging table.

mod aging_table;
mod money_cell;

pub use aging_table::AgingTable;
pub use money_cell::MoneyCell;
