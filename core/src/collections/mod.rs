//! Collections: per-customer accounts, their risk, the worklist (who to
//! contact first, with which step and why), reminder drafts and payment plans.

pub mod accounts;
pub mod drafts;
pub mod eml;
pub mod ladder;
pub mod log;
pub mod plan;
mod ranking;
mod reasons;
pub mod risk;
pub mod worklist;
