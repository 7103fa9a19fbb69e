//! Access to files in `../shared/data`, which tests skip without.

use std::path::PathBuf;

/// The path of `name` under `../shared/data`, or `None` (after printing
/// `SKIP: <reason>`) when that folder is absent. When the folder exists but the
/// file does not, the test fails: data that should be there was not tested.
pub fn shared_data(name: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data");
    if !dir.is_dir() {
        println!("SKIP: {} is absent, so {name} is not tested", dir.display());
        return None;
    }
    let path = dir.join(name);
    assert!(path.exists(), "{} exists but {name} is missing from it", dir.display());
    Some(path)
}

/// A committed fixture from the top-level `tests/fixtures`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
