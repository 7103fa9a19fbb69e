//! The collection worklist: next step per customer, reasons, reminder drafts
//! to edit and send from the user's own mail app, and the collection log.

mod desk_account;
mod draft_panel;
mod log_panel;
mod worklist_grid;
mod workspace_panel;

pub use desk_account::DeskAccount;
pub use draft_panel::{DraftPanel, SenderDetails, SenderState};
pub use log_panel::{LogPanel, LogState, LogTools};
pub use worklist_grid::WorklistGrid;
pub use workspace_panel::{Keeping, WorkspaceTools};
