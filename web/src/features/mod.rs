//! One folder per feature of the page.

pub mod aging;
pub mod collection;
pub mod dso;
pub mod import;
pub mod invoices;
pub mod options;
pub mod overview;
pub mod plan;
pub mod report;
pub mod trace;
pub mod trend;
pub mod upload;
pub mod worklist;
