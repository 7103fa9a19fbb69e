//! A zip archive holding ledger files: a CSV or workbook zipped by a system's
//! download button or an e-mail gateway, or a month's exports zipped together.
//! A ledger file inside is read as if it had been chosen itself; the files of
//! an archive holding several are read as the sheets of one workbook (the one
//! that looks most like a ledger, with those laid out alike: see
//! [`super::combined`]).

use super::csv::CsvReader;
use crate::error::{Error, ErrorKind, Position, quoted};
use crate::limits::{ImportLimits, too_large};
use std::io::{Cursor, Read};

/// The endings of the files a ledger is read from.
const LEDGER_ENDINGS: [&str; 11] =
    [".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".xml", ".htm", ".html"];

/// How many inflated bytes of an archived text file are read at a time.
const CHUNK_BYTES: usize = 1 << 20;

/// How many ledger files an archive may hold.
const MAX_FILES: usize = 256;

/// A ledger file taken out of a zip archive: its name there, its position
/// ([`inner_file`]) and what was read of it.
pub(super) struct Archived {
    pub name: String,
    pub file: Position,
    pub opened: Opened,
    /// The bytes it inflated to.
    pub inflated: u64,
    /// The SHA-256 digest of those bytes, lower-case hex.
    pub sha256: String,
}

/// An archived file as taken out: delimited text read into its grid as it
/// inflated, or any other file's bytes, whole (workbooks are read from them).
pub(super) enum Opened {
    Text(Box<super::csv::ReadText>),
    Whole(Vec<u8>),
}

/// The ledger files in `bytes` when they are a whole zip archive holding no
/// workbook of its own ([`crate::file::is_plain_archive`]) and files whose
/// names end as a ledger's (folders, macOS's `__MACOSX/` copies and hidden
/// files aside), in the archive's order; `None` for anything else (an archive
/// holding no such file is refused as other documents are). More than
/// [`MAX_FILES`] are an error; so are files that together inflate past
/// `limits.zip_bytes`, or one that cannot be inflated (a password), naming it;
/// delimited text, the errors of its reading (located in the archive,
/// `archive.zip/ledger.csv`).
pub(super) fn ledger_in(
    bytes: &[u8],
    file: &Position,
    limits: &ImportLimits,
) -> Result<Option<Vec<Archived>>, Error> {
    if !crate::file::is_plain_archive(bytes) {
        return Ok(None);
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Ok(None) };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|name| name.into_owned())
        .filter(|name| {
            let base = name.rsplit('/').next().unwrap_or(name);
            let lower = base.to_lowercase();
            !name.starts_with("__MACOSX/")
                && !base.starts_with('.')
                && LEDGER_ENDINGS.iter().any(|ending| lower.ends_with(ending))
        })
        .collect();
    if names.is_empty() {
        return Ok(None);
    }
    if names.len() > MAX_FILES {
        let what = format!(
            "a zip archive holding {} files a ledger may be in (at most {MAX_FILES} are read together): unzip it and choose the ledger files",
            names.len()
        );
        return Err(Error::new(ErrorKind::NotASpreadsheet { what }, Some(file.clone())));
    }
    // The archive's files inflate within one budget.
    let mut budget = limits.zip_bytes;
    let mut files = Vec::with_capacity(names.len());
    for name in names {
        let archived = take_out(&mut archive, name, file, limits, budget)?;
        budget = budget.saturating_sub(archived.inflated);
        files.push(archived);
    }
    Ok(Some(files))
}

/// The file `name` taken out of `archive` (see [`ledger_in`]), inflating to
/// at most `budget` bytes.
fn take_out(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: String,
    file: &Position,
    limits: &ImportLimits,
    budget: u64,
) -> Result<Archived, Error> {
    let refuse = |what: String| Error::new(ErrorKind::NotASpreadsheet { what }, Some(file.clone()));
    let unreadable = |why: String| {
        refuse(format!("a zip archive whose file {} cannot be taken out ({why})", quoted(&name)))
    };
    let mut entry = archive.by_name(&name).map_err(|e| unreadable(e.to_string()))?;
    let spent = limits.zip_bytes.saturating_sub(budget);
    let too_big = |found: u64| {
        let kind = too_large(
            "bytes the archived files inflate to",
            limits.zip_bytes,
            spent.saturating_add(found),
            "zipBytes",
        );
        Error::new(kind, Some(file.clone()))
    };
    if entry.size() > budget {
        return Err(too_big(entry.size()));
    }
    // The declared size can lie: no more than the budget (and a byte) is inflated.
    let mut inflating = (&mut entry).take(budget.saturating_add(1));
    let mut head = Vec::new();
    (&mut inflating)
        .take(crate::file::MARKUP_HEAD as u64)
        .read_to_end(&mut head)
        .map_err(|e| unreadable(e.to_string()))?;
    let inner = inner_file(file, &name);
    let text = !head.starts_with(crate::file::ZIP)
        && !head.starts_with(crate::file::CFB)
        && crate::file::markup_format(&head).is_none()
        && crate::file::other_document(&head).is_none();
    use sha2::Digest;
    let mut digest = sha2::Sha256::new();
    let opened = if text {
        // Delimited text is read as it inflates: never whole in memory.
        let mut csv = CsvReader::new(&inner, limits);
        let mut filled = !head.iter().all(u8::is_ascii_whitespace);
        let mut inflated = head.len() as u64;
        digest.update(&head);
        csv.push(&head)?;
        let mut chunk = vec![0; CHUNK_BYTES];
        loop {
            let n = inflating.read(&mut chunk).map_err(|e| unreadable(e.to_string()))?;
            let Some(piece) = chunk.get(..n).filter(|p| !p.is_empty()) else { break };
            inflated = inflated.saturating_add(n as u64);
            if inflated > budget {
                return Err(too_big(inflated));
            }
            filled = filled || !piece.iter().all(u8::is_ascii_whitespace);
            digest.update(piece);
            csv.push(piece)?;
        }
        if !filled {
            return Err(Error::new(ErrorKind::Empty, Some(inner)));
        }
        (Opened::Text(Box::new(csv.finish()?)), inflated)
    } else {
        let mut bytes = head;
        inflating.read_to_end(&mut bytes).map_err(|e| unreadable(e.to_string()))?;
        if bytes.len() as u64 > budget {
            return Err(too_big(bytes.len() as u64));
        }
        let inflated = bytes.len() as u64;
        digest.update(&bytes);
        (Opened::Whole(bytes), inflated)
    };
    let (opened, inflated) = opened;
    Ok(Archived { name, file: inner, opened, inflated, sha256: super::hex(&digest.finalize()) })
}

/// The position of `archived`'s file: named `archive.zip/ledger.csv` (or by its
/// name in the archive, when the archive's name is not known or empty).
pub(super) fn inner_file(file: &Position, archived: &str) -> Position {
    let name = match file.file.as_deref().filter(|a| !a.is_empty()) {
        Some(archive) => format!("{archive}/{archived}"),
        None => archived.to_owned(),
    };
    Position { file: Some(name), ..file.clone() }
}

/// `files` (names and bytes) stored, uncompressed, in one zip archive: the form
/// in which several ledger files chosen together are read as one (see the
/// module docs). A name met again gets a number, `export (2).csv`.
pub fn bundle(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, Error> {
    use std::io::Write;
    let failed = |e: &dyn std::fmt::Display| {
        Error::new(
            ErrorKind::NotASpreadsheet { what: format!("files that cannot be put together ({e})") },
            None,
        )
    };
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .large_file(files.iter().any(|(_, b)| b.len() as u64 >= u64::from(u32::MAX)));
    let mut names: Vec<String> = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        let mut unique = name.clone();
        let mut n = 1u32;
        while names.contains(&unique) {
            n = n.saturating_add(1);
            unique = match name.rsplit_once('.') {
                Some((stem, ending)) => format!("{stem} ({n}).{ending}"),
                None => format!("{name} ({n})"),
            };
        }
        zip.start_file(unique.as_str(), stored).map_err(|e| failed(&e))?;
        zip.write_all(bytes).map_err(|e| failed(&e))?;
        names.push(unique);
    }
    Ok(zip.finish().map_err(|e| failed(&e))?.into_inner())
}
