//! The monthly trend.

mod trend_grid;

pub use trend_grid::TrendGrid;
