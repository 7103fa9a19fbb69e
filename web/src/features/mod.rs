//! One folder per feature of the page.

pub mod aging;
pub mod dso;
pub mod import;
pub mod options;
pub mod upload;
