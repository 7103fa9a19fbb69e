//! Small controls shared by the features.

mod choice;
mod download;
mod figure_cell;
pub mod grid;
mod money_cell;
mod trace_link;

pub use choice::Choice;
pub use download::{save_bytes, save_text};
pub use figure_cell::figure_cell;
pub use grid::DataGrid;
pub use money_cell::{MoneyCell, bucket_cells, bucket_headers};
pub use trace_link::{TraceLink, open_trace, trace_href};
