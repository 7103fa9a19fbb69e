//! The overview: headline cards for the currency shown, the charts, and the
//! figures consolidated into one currency at the user's rates.

mod consolidated;
mod kpi_cards;
mod overview_view;

pub use consolidated::Consolidated;
pub use kpi_cards::KpiCards;
pub use overview_view::Overview;
