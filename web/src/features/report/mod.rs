//! The printable report: what an engagement file keeps of an analysis.

mod report_view;

pub use report_view::ReportView;
