//! The frame around every view: the header with the file and its dates, the
//! navigation between views and the sample's banner.

mod display_menu;
mod header;
mod nav;

pub use display_menu::DisplayMenu;
pub use header::Header;
pub use nav::{Nav, SampleBanner};
