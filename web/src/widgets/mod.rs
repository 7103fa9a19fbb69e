//! Small controls shared by the features.

mod choice;
mod download;
mod figure_cell;
pub mod grid;
mod money_cell;

pub use choice::Choice;
pub use download::save_text;
pub use figure_cell::figure_cell;
pub use grid::DataGrid;
pub use money_cell::{MoneyCell, bucket_cells, bucket_headers};
