//! The reading options: file name, sheet, date order and as-of date.

mod options_bar;

pub use options_bar::OptionsBar;
