//! Figures computed from a [`Book`](crate::ledger::Book) at an as-of date,
//! each with its definition, day-count and edge cases in its module's docs:
//! aging and allowance, the DSO family and the CEI over a period, how customers
//! paid, recovery of what was past due, and the monthly trend.

pub mod aging;
pub mod allowance;
pub mod dso;
pub mod payments;
pub mod period;
pub mod recovery;
pub mod trend;
pub mod value;
