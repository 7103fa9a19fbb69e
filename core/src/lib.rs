//! # arlens
//!
//! Accounts-receivable analytics that run where the data is: import a ledger
//! from bytes (CSV and other delimited text, xlsx, xlsm, xlsb, xls, ods), then compute its aging and
//! collection figures exactly, in `rust_decimal`, at an explicit as-of date.
//!
//! Open a file's bytes once as a [`Ledger`], then analyse it at any date and
//! with any [`Options`]: each [`Report`] holds every figure, each with its
//! definition in the docs of [`figures`] and [`collections`].
//!
//! ```
//! use arlens::{ImportOptions, Ledger, Options};
//! let csv = b"Type,Document,Customer,Date,Due date,Amount,Currency,Applies to\n\
//!             Invoice,INV-1,Acme,2024-01-01,2024-01-31,100.00,USD,\n\
//!             Invoice,INV-2,Acme,2024-02-01,2024-03-02,40.00,USD,\n\
//!             Payment,PAY-1,Acme,2024-03-20,,100.00,USD,INV-1\n";
//! let ledger = Ledger::open(csv, &ImportOptions::default()).unwrap();
//!
//! // 2024-02-29: INV-1 is 29 days past due (1–30), INV-2 not due yet.
//! let feb = ledger.analyze(&Options::at("2024-02-29".parse().unwrap())).unwrap();
//! let usd = &feb.aging.currencies[0];
//! assert_eq!((usd.not_due.to_string(), usd.buckets[0].to_string()), ("40.00".into(), "100.00".into()));
//!
//! // 2024-03-31: INV-1 was paid on 20 March; INV-2 is 29 days past due.
//! let mar = ledger.analyze(&Options::at("2024-03-31".parse().unwrap())).unwrap();
//! let usd = &mar.aging.currencies[0];
//! assert_eq!((usd.buckets[0].to_string(), usd.open_total.to_string()), ("40.00".into(), "40.00".into()));
//! ```
//!
//! The stages, in the order the data goes through them: [`mod@import`] (bytes to a
//! [`ledger::Book`] with an import report), [`ledger`] (entries, allocations, what
//! is open at a date), [`figures`], [`collections`], then [`report`], the one
//! entry that puts them together; [`money`] holds the money and formatting rules.
//!
//! **Rounding policy.** Amounts are never rounded: they are kept as read, sums
//! are exact, and [`money::normalize`] only pads them to their currency's minor
//! units. Ratios and day counts (DSO, CEI, rates, averages) are exact decimals
//! (28 significant digits) with trailing zeros dropped; they are rounded only for
//! display, half away from zero ([`money::display`]; the app shows one decimal).
//! The one place that must create cents is a payment plan: its interest is
//! rounded once to minor units, half away from zero, and the remainder cents are
//! placed by a stated rule ([`collections::plan`]).

#![cfg_attr(not(all(feature = "wasm", target_arch = "wasm32")), forbid(unsafe_code))]
#![warn(missing_docs)]

pub mod collections;
pub mod error;
pub mod export;
pub mod figures;
pub mod file;
pub mod grid;
pub mod import;
pub mod labels;
pub mod ledger;
pub mod limits;
pub mod money;
pub mod overview;
pub mod report;
pub mod sample;
mod text;
pub mod trace;

#[cfg(all(feature = "wasm", target_arch = "wasm32"))]
pub mod wasm;

pub use error::{Error, ErrorKind, Position};
pub use figures::aging::{Aging, AgingBasis, AgingOptions, BucketConvention, age};
pub use import::{ImportOptions, ImportReport, Imported, LedgerReader, import};
pub use ledger::{Allocation, Book, Customer, CustomerIndex, Entry, EntryKind, LedgerShape};
pub use report::{AsOfSource, FileReport, Ledger, Options, Report, Summary, analyze, analyze_file};

/// The crate version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
