//! Recovery of what was past due, and the bad-debt allowance, per currency.

mod allowance_table;
mod recovery_table;

pub use allowance_table::AllowanceTable;
pub use recovery_table::RecoveryTable;
