//! The options: how the file is read (sheet, currency, date order) on the
//! Import view, and every analysis option of the core in one panel.

mod options_panel;
mod reading_options;

pub use options_panel::OptionsPanel;
pub use reading_options::ReadingOptions;
