//! The aging tables.

mod aging_table;
mod customer_grid;
mod customer_page;
mod given_aging_table;
mod unavailable_list;

pub use aging_table::AgingTable;
pub use customer_grid::CustomerGrid;
pub use customer_page::{ACCOUNT, CustomerPage, payment_history};
pub use given_aging_table::GivenAgingTable;
pub use unavailable_list::UnavailableList;
