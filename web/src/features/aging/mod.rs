//! The aging tables.

mod aging_table;
mod customer_table;
mod given_aging_table;
mod unavailable_list;

pub use aging_table::AgingTable;
pub use customer_table::CustomerTable;
pub use given_aging_table::GivenAgingTable;
pub use unavailable_list::UnavailableList;
