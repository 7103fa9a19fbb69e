//! Choosing or dropping a ledger file.

mod drop_zone;

pub use drop_zone::{DropZone, read};
