//! One error type for everything the core can refuse, located in the user's file.
//!
//! Modelled on `csv::Error`: [`Error::kind`] says what went wrong, [`Error::position`]
//! where. `Display` puts the location first:
//! `file "ar.csv", row 12, column C ("Due date"): "31/02/2024" is not a date (expected YYYY-MM-DD)`.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Where something was found in the user's file. Every part is optional: a
/// structural error may know the file but no row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Position {
    /// The file name the caller gave, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The worksheet name, for workbooks.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// 1-based row as the user sees it (for CSV, the record's line number).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// Column letter as a spreadsheet shows it (`A`, `B`, … `AA`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<String>,
    /// The column's header text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub header: Option<String>,
}

impl Position {
    /// A position in `file` with nothing else known yet.
    /// (An empty name is none: the files of a bundle are named by their own.)
    pub fn in_file(file: Option<&str>) -> Self {
        Position { file: file.filter(|f| !f.is_empty()).map(str::to_owned), ..Position::default() }
    }

    /// This position narrowed to a 1-based `row`.
    pub fn at_row(&self, row: u64) -> Self {
        Position { row: Some(row), ..self.clone() }
    }

    /// This position narrowed to a 0-based column `index` with its `header`.
    pub fn at_column(&self, index: usize, header: &str) -> Self {
        Position { column: Some(column_letter(index)), header: Some(header.to_owned()), ..self.clone() }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(file) = &self.file {
            parts.push(format!("file {}", quoted(file)));
        }
        if let Some(sheet) = &self.sheet {
            parts.push(format!("sheet {}", quoted(sheet)));
        }
        if let Some(row) = self.row {
            parts.push(format!("row {row}"));
        }
        match (&self.column, &self.header) {
            (Some(col), Some(h)) => parts.push(format!("column {col} ({})", quoted(h))),
            (Some(col), None) => parts.push(format!("column {col}")),
            _ => {}
        }
        f.write_str(&parts.join(", "))
    }
}

/// How to raise a limit, for [`ErrorKind::TooLarge`]'s message.
fn raise(option: &Option<String>) -> String {
    option.as_ref().map_or_else(String::new, |o| format!(" (raise it with the import option {o})"))
}

/// The longest offending text a message quotes in full, in characters.
pub const QUOTE_LIMIT: usize = 80;

/// `text` quoted for a message: in full up to [`QUOTE_LIMIT`] characters, else
/// its beginning and its length, so that a 200 MB cell makes a readable message.
/// Quotes, backslashes and invisible characters are escaped (`\"`, `\t`,
/// `\u{200e}`); the vowel signs and accents of Thai, Hindi, Hebrew or Arabic
/// words stay as written (Rust's `{:?}` escapes each, `ว\u{e31}นท\u{e35}\u{e48}`).
///
/// ```
/// use arlens::error::quoted;
/// assert_eq!(quoted("12,5"), "\"12,5\"");
/// assert_eq!(quoted("O'Brien \"and\" Co\t"), r#""O'Brien \"and\" Co\t""#);
/// assert_eq!(quoted("วันที่"), "\"วันที่\"");
/// assert_eq!(quoted(&"x".repeat(1000)), format!("{:?}… (1000 characters)", "x".repeat(80)));
/// ```
pub fn quoted(text: &str) -> String {
    let (head, length) = cut(text);
    // `str::escape_debug` keeps combining marks after a letter; it also escapes
    // the apostrophe, which a name such as O'Brien keeps.
    let escaped = head.escape_debug().to_string().replace("\\'", "'");
    format!("\"{escaped}\"{length}")
}

/// `text` as it is up to [`QUOTE_LIMIT`] characters, else its beginning and its
/// length (unquoted, for lists of headers).
pub fn shortened(text: &str) -> String {
    let (head, length) = cut(text);
    format!("{head}{length}")
}

/// `text`'s first [`QUOTE_LIMIT`] characters and, when that cut it, `… (N characters)`.
fn cut(text: &str) -> (&str, String) {
    match text.char_indices().nth(QUOTE_LIMIT) {
        None => (text, String::new()),
        Some((at, _)) => (&text[..at], format!("… ({} characters)", text.chars().count())),
    }
}

/// Spreadsheet column letters for a 0-based index: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

/// What went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file has no rows at all.
    #[error("the file is empty")]
    Empty,
    /// Required columns are missing from the header row.
    #[error("this does not look like a ledger: no column for {missing} (columns found: {found}){hint}", missing = .missing.join(", "), found = .found.iter().map(|h| shortened(h)).collect::<Vec<_>>().join(", "), hint = .hint.as_deref().map(|h| format!(": {h}")).unwrap_or_default())]
    MissingColumns {
        /// The fields that could not be mapped, in plain words.
        missing: Vec<String>,
        /// The header cells that were found.
        found: Vec<String>,
        /// What the file seems to be instead, and what to export, when that can be told.
        hint: Option<String>,
    },
    /// A cell's text could not be read as the expected kind of value.
    #[error("{} is not {expected}", quoted(.text))]
    InvalidValue {
        /// The offending text, as found.
        text: String,
        /// What was expected, e.g. "a date (expected YYYY-MM-DD)".
        expected: String,
    },
    /// An option given by the caller is not usable.
    #[error("invalid option {option}: {reason}")]
    InvalidOption {
        /// The option's name.
        option: String,
        /// Why it is refused and what would be accepted.
        reason: String,
    },
    /// The CSV reader failed.
    #[error("cannot read CSV: {0}")]
    Csv(#[source] csv::Error),
    /// The workbook reader refused the file (corrupt, truncated, unsupported).
    #[error("cannot read this {format:?} workbook: {source}")]
    Workbook {
        /// The format the bytes were sniffed as.
        format: crate::file::Format,
        /// The reader's own error.
        #[source]
        source: calamine::Error,
    },
    /// A spreadsheet written as markup (an HTML page of tables, Excel 2003 XML)
    /// that cannot be read.
    #[error("cannot read this {format:?} file: {message}")]
    Markup {
        /// The format the bytes were sniffed as.
        format: crate::file::Format,
        /// What is wrong, and where in the file.
        message: String,
    },
    /// A document of a kind no ledger is read from (a PDF, a Word file, an image).
    #[error(
        "this is {what}, not a ledger arlens can read: workbooks (xlsx, xlsm, xlsb, xls, ods), Excel's HTML and XML files, and delimited text (CSV, TSV)"
    )]
    NotASpreadsheet {
        /// What the file is, in words ([`crate::file::other_document`]).
        what: String,
    },
    /// The workbook is encrypted.
    #[error("the workbook is password protected: save it without a password and try again")]
    PasswordProtected,
    /// The caller named a sheet the workbook does not have.
    #[error("there is no sheet {} (sheets: {available})", quoted(.name), available = .available.join(", "))]
    SheetNotFound {
        /// The sheet asked for.
        name: String,
        /// The sheets there are.
        available: Vec<String>,
    },
    /// Something in the file is over a limit arlens keeps to stay responsive and
    /// within memory (see [`crate::limits::ImportLimits`]).
    #[error("{what}: {found} is over the limit of {limit}{}", raise(.option))]
    TooLarge {
        /// What was counted, in plain words.
        what: String,
        /// The limit.
        limit: u64,
        /// What the file has (at least).
        found: u64,
        /// The import option that raises the limit, when one does.
        option: Option<String>,
    },
    /// Numeric dates whose day/month order the file does not settle.
    #[error("{} can be read as DD/MM/YYYY or MM/DD/YYYY ({detail}): set the date order (dmy or mdy)", quoted(.text))]
    AmbiguousDates {
        /// A date text that reads both ways.
        text: String,
        /// What was seen.
        detail: String,
    },
}

impl ErrorKind {
    /// A stable camelCase code for callers (the JS package exposes it as `kind`).
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::MissingColumns { .. } => "missingColumns",
            ErrorKind::InvalidValue { .. } => "invalidValue",
            ErrorKind::InvalidOption { .. } => "invalidOption",
            ErrorKind::Csv(_) => "csv",
            ErrorKind::Workbook { .. } | ErrorKind::Markup { .. } => "workbook",
            ErrorKind::PasswordProtected => "passwordProtected",
            ErrorKind::NotASpreadsheet { .. } => "notASpreadsheet",
            ErrorKind::SheetNotFound { .. } => "sheetNotFound",
            ErrorKind::AmbiguousDates { .. } => "ambiguousDates",
            ErrorKind::TooLarge { .. } => "tooLarge",
        }
    }
}

/// An error with its location in the user's file (boxed: results stay small).
#[derive(Debug)]
pub struct Error(Box<Inner>);

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    position: Option<Position>,
}

impl Error {
    /// An error of `kind` at `position`.
    pub fn new(kind: ErrorKind, position: Option<Position>) -> Self {
        Error(Box::new(Inner { kind, position }))
    }

    /// An error about a caller's option.
    pub fn option(option: &str, reason: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidOption { option: option.to_owned(), reason: reason.into() }, None)
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0.kind
    }

    /// Where it went wrong, when known.
    pub fn position(&self) -> Option<&Position> {
        self.0.position.as_ref()
    }

    /// Where it went wrong, to be narrowed or corrected.
    pub(crate) fn position_mut(&mut self) -> Option<&mut Position> {
        self.0.position.as_mut()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.position {
            Some(p) if *p != Position::default() => write!(f, "{p}: {}", self.0.kind),
            _ => write!(f, "{}", self.0.kind),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        std::error::Error::source(&self.0.kind)
    }
}

/// Result with the core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        for (index, want) in
            [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")]
        {
            assert_eq!(column_letter(index), want, "index {index}");
        }
    }

    #[test]
    fn display_puts_location_first() {
        let pos = Position::in_file(Some("ar.csv")).at_row(12).at_column(2, "Due date");
        let err = Error::new(
            ErrorKind::InvalidValue {
                text: "31/02/2024".into(),
                expected: "a date (expected YYYY-MM-DD)".into(),
            },
            Some(pos),
        );
        assert_eq!(
            err.to_string(),
            r#"file "ar.csv", row 12, column C ("Due date"): "31/02/2024" is not a date (expected YYYY-MM-DD)"#
        );
    }
}
