//! Figures computed from a [`Book`](crate::ledger::Book) at an as-of date,
//! each with its definition, day-count and edge cases in its module's docs:
//! aging and allowance, the DSO family and the CEI over a period, how customers
//! paid, recovery of what was past due, and the monthly trend.

// Data from files flows through this code: no panicking shortcuts. Each
// exception is allowed where it is made, with why it cannot panic.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)]

pub mod aging;
pub mod allowance;
pub mod dso;
pub mod payments;
pub mod period;
pub mod recovery;
pub mod trend;
pub mod value;
