//! The documents behind a figure, with the reconciliation of their sums.

mod trace_panel;

pub use trace_panel::TracePanel;
