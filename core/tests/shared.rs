//! Access to files in `../shared/data` (which tests skip without) and to the
//! committed fixtures, and the aging rows the fixture tests compare.

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

/// The workbooks of calamine's own test suite (`../shared/data/calamine-tests`)
/// whose extension is one of `extensions`, sorted by name; `None` (after
/// `SKIP: <reason>`) when `../shared/data` is absent.
pub fn calamine_workbooks(extensions: &[&str]) -> Option<Vec<PathBuf>> {
    let dir = shared_data("calamine-tests")?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)))
        .collect();
    files.sort();
    Some(files)
}

/// Every file under `dir`, sorted.
pub fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { found.extend(walk(&path)) } else { found.push(path) }
    }
    found.sort();
    found
}

/// A committed fixture from the top-level `tests/fixtures`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `[name, not due, buckets…, credits, open total]` of one currency's aging.
pub fn aging_columns(name: &str, c: &arlens::figures::aging::CurrencyAging) -> Vec<String> {
    let mut row = vec![name.to_owned(), c.not_due.to_string()];
    row.extend(c.buckets.iter().map(|b| b.to_string()));
    row.extend([c.credits.to_string(), c.open_total.to_string()]);
    row
}

/// [`aging_columns`] per customer and currency of `imported` aged at `as_of` with
/// the default options, each named "id currency", in the aging's order.
pub fn customer_aging_rows(imported: &arlens::Imported, as_of: &str) -> Vec<Vec<String>> {
    let options = arlens::AgingOptions::default();
    let aging = arlens::age(&imported.ledger, as_of.parse().unwrap(), &options).unwrap();
    aging
        .customers
        .iter()
        .map(|c| aging_columns(&format!("{} {}", c.customer.id, c.aging.currency), &c.aging))
        .collect()
}

/// [`aging_columns`] per currency of `imported` aged at `as_of` with the default options.
pub fn aging_rows(imported: &arlens::Imported, as_of: &str) -> Vec<Vec<String>> {
    let options = arlens::AgingOptions::default();
    let aging = arlens::age(&imported.ledger, as_of.parse().unwrap(), &options).unwrap();
    aging.currencies.iter().map(|c| aging_columns(&c.currency, c)).collect()
}

/// An aged summary's rows as text: the customer's name, the currency, each bucket
/// and the total.
pub fn summary_rows(imported: &arlens::Imported) -> Vec<Vec<String>> {
    let summary = imported.ledger.summary.as_ref().expect("an aged summary");
    let text = |r: &arlens::ledger::SummaryRow| {
        let mut row = vec![r.customer.name.to_string(), r.currency.clone()];
        row.extend(r.buckets.iter().map(ToString::to_string));
        row.push(r.total.to_string());
        row
    };
    summary.rows.iter().map(text).collect()
}

/// An import's warnings as "position: message", each on a line of its own.
pub fn warnings(imported: &arlens::Imported) -> Vec<String> {
    warnings_about(imported, "")
}

/// [`warnings`] whose message contains `text`.
pub fn warnings_about(imported: &arlens::Imported, text: &str) -> Vec<String> {
    imported
        .report
        .warnings
        .iter()
        .filter(|w| w.message.contains(text))
        .map(|w| format!("{}: {}", w.position, w.message))
        .collect()
}
