//! The open documents at the as-of date.

mod invoice_grid;

pub use invoice_grid::InvoiceGrid;
