//! What an overview shows first, read off a [`Report`](crate::report::Report):
//! the headline figures per currency against the previous period, the
//! figures consolidated into one reporting currency at rates the user gives,
//! and one customer's page.

// Data from files flows through this code: no panicking shortcuts.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)]

pub mod chart;
pub mod consolidate;
pub mod customer;
pub mod explain;
pub mod headline;
pub mod select;
pub mod settings;

pub use consolidate::{Consolidated, ConsolidationOptions, Rate, consolidate};
pub use customer::{CustomerView, customer_view};
pub use explain::{ConvertedSum, Explanation, Part, explain};
pub use headline::{Card, CardKey, CurrencyHeadline, Headline, Unit, headline};
pub use settings::{Setting, settings};
