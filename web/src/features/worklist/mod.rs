//! The collection worklist: next step per customer, reasons, and reminder drafts.

mod draft_panel;
mod worklist_grid;

pub use draft_panel::DraftPanel;
pub use worklist_grid::WorklistGrid;
