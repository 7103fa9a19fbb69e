//! Choosing or dropping a ledger file, and the progress of its reading.

mod drop_zone;
mod reading_progress;

pub use drop_zone::DropZone;
pub use reading_progress::ReadingProgress;
