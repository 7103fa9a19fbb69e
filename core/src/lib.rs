//! # arlens
//!
//! Accounts-receivable analytics that run where the data is: import a ledger
//! from bytes (CSV and other delimited text, xlsx, xlsm, xlsb, xls, ods), then compute its aging and
//! collection figures exactly, in `rust_decimal`, at an explicit as-of date.
//!
//! ```
//! use arlens::{ImportOptions, Options, analyze_file};
//! let csv = b"Invoice,Customer,Invoice date,Due date,Amount,Currency\n\
//!             INV-1,Acme,2024-01-01,2024-01-31,100.00,USD\n";
//! let opts = Options::at("2024-03-31".parse().unwrap());
//! let out = analyze_file(csv, &ImportOptions::default(), &opts).unwrap();
//! // 2024-03-31 − 2024-01-31 = 60 days past due → the 31–60 bucket.
//! assert_eq!(out.report.aging.currencies[0].buckets[1].to_string(), "100.00");
//! ```

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
pub mod figures;
pub mod file;
pub mod import;
pub mod labels;
pub mod ledger;
pub mod money;
pub mod report;
pub mod sample;

#[cfg(all(feature = "wasm", target_arch = "wasm32"))]
pub mod wasm;

pub use error::{Error, ErrorKind, Position};
pub use figures::aging::{Aging, AgingBasis, AgingOptions, BucketConvention, age};
pub use import::{ImportOptions, ImportReport, Imported, import};
pub use ledger::{Allocation, Book, Customer, Entry, EntryKind, LedgerShape};
pub use report::{AsOfSource, FileReport, Ledger, Options, Report, Summary, analyze, analyze_file};

/// The crate version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
