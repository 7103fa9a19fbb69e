//! Integration tests of the `arlens` core, one module per topic.
#![cfg(not(target_arch = "wasm32"))]

mod aging;
mod classes;
mod dso;
mod emails;
mod export;
mod fixture;
mod formats;
mod formatting;
mod grid;
mod hostile;
mod import;
mod layouts;
mod locale_repair;
mod log;
mod overview;
mod pipeline;
mod plan;
mod sample;
mod shared;
mod sheet_xml;
mod stream;
mod trace;
mod trend;
mod two_currencies;
mod values;
mod vocabulary;
mod workbooks;
mod worklist;
