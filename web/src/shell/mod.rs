//! The frame around every view: the header with the file and its dates, the
//! navigation between views and the sample's banner.

mod header;
mod nav;

pub use header::Header;
pub use nav::{Nav, SampleBanner};
