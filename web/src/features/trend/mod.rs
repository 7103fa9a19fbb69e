//! The monthly series: receivables, sales, collections, DSO, CEI and roll rates.

mod trend_table;

pub use trend_table::TrendTable;
