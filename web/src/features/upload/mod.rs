//! Choosing or dropping ledger files, and the progress of their reading.

mod chosen;
mod drop_zone;
mod reading_progress;

pub use chosen::{BUNDLE_TYPE, read_chosen};
pub use drop_zone::DropZone;
pub use reading_progress::ReadingProgress;
