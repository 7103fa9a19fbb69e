//! The arlens web app: a Leptos client-side app that reads a ledger file in the
//! browser and shows its figures. Every figure comes from the `arlens` core;
//! components only lay them out.

pub mod analyst;
pub mod app;
pub mod charts;
pub mod display;
pub mod features;
pub mod remembered;
pub mod route;
pub mod shell;
pub mod source;
pub mod widgets;
pub mod worker_core;
pub mod workspaces;

pub use app::App;
