//! Folds CLDR's currency names (`src/import/vocabulary/currency_names.txt`) the
//! way header words are folded and writes them, sorted, as the table the import
//! looks names up in (`$OUT_DIR/currency_names.rs`, included by
//! `src/import/vocabulary/currencies.rs`). Folded here rather than at run time:
//! building the table at the first lookup took ≈ 20 ms of a fresh WebAssembly
//! instance's first analysis.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::{env, fs, io, path::Path};

#[path = "src/import/vocabulary/fold.rs"]
#[allow(dead_code)]
mod fold;

const NAMES: &str = "src/import/vocabulary/currency_names.txt";

fn main() -> io::Result<()> {
    println!("cargo::rerun-if-changed={NAMES}");
    println!("cargo::rerun-if-changed=src/import/vocabulary/fold.rs");
    let text = fs::read_to_string(NAMES)?;
    // Each folded name with the one code it names, or `None` once two currencies share it.
    let mut keys: BTreeMap<String, Option<&str>> = BTreeMap::new();
    for line in text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let (code, name) = line.split_once(' ').ok_or_else(|| bad(line, "no space after the code"))?;
        if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(bad(line, "the code is not three capital letters"));
        }
        let key = fold::name_key(name);
        if key.is_empty() || key.contains('\n') {
            return Err(bad(line, "the name folds to nothing"));
        }
        keys.entry(key)
            .and_modify(|known| {
                if *known != Some(code) {
                    *known = None;
                }
            })
            .or_insert(Some(code));
    }
    let codes: BTreeSet<&str> = keys.values().flatten().copied().collect();
    let codes: Vec<&str> = codes.into_iter().collect();
    let last_words: BTreeSet<&str> = keys.keys().filter_map(|k| k.rsplit(' ').next()).collect();

    let mut out = String::new();
    writeln!(out, "// Written by core/build.rs from {NAMES}.").ok();
    writeln!(out, "/// The ISO 4217 codes [`CLDR_CODE_OF`] points into.").ok();
    writeln!(out, "const CLDR_CODES: [&str; {}] = {codes:?};", codes.len()).ok();
    sorted(
        &mut out,
        "CLDR_KEYS",
        "CLDR's names, folded by [`super::fold::name_key`]",
        keys.keys().map(String::as_str),
    );
    let of: Vec<u8> = keys
        .values()
        .map(|code| code.and_then(|c| codes.iter().position(|k| *k == c)).map_or(Ok(u8::MAX), u8::try_from))
        .collect::<Result<_, _>>()
        .map_err(|_| bad("", "more than 255 currencies"))?;
    writeln!(out, "/// The currency of each of [`CLDR_KEYS`]: an index into [`CLDR_CODES`], `u8::MAX` for a name two share.").ok();
    writeln!(out, "const CLDR_CODE_OF: [u8; {}] = {of:?};", of.len()).ok();
    sorted(&mut out, "CLDR_LAST_WORDS", "The last word of each of [`CLDR_KEYS`]", last_words.into_iter());

    let dir = env::var_os("OUT_DIR").ok_or_else(|| bad("", "OUT_DIR is not set"))?;
    fs::write(Path::new(&dir).join("currency_names.rs"), out)
}

/// Writes `words` (sorted, without line breaks) as a [`Sorted`]-shaped constant:
/// one text, and where each word ends in it.
fn sorted<'a>(out: &mut String, name: &str, doc: &str, words: impl Iterator<Item = &'a str>) {
    let mut text = String::new();
    let mut ends = Vec::new();
    for word in words {
        text.push_str(word);
        ends.push(text.len());
    }
    writeln!(out, "/// {doc}: sorted, one after another.").ok();
    writeln!(out, "const {name}: Sorted = Sorted {{ text: {text:?}, ends: &{ends:?} }};").ok();
}

fn bad(line: &str, why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("{NAMES}: {why}: {line:?}"))
}
