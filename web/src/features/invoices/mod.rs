//! The open documents at the as-of date.

mod invoice_table;

pub use invoice_table::{InvoiceTable, aging_cell};
