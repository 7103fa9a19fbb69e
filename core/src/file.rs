//! What kind of file the bytes are: the format sniffed from them, before any reader runs.

use serde::{Deserialize, Serialize};

/// A file format arlens can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(all(feature = "wasm", target_arch = "wasm32"), derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum Format {
    /// Delimited text.
    Csv,
    /// Office Open XML workbook (also xlsm).
    Xlsx,
    /// Excel binary workbook.
    Xlsb,
    /// Excel 97–2003 workbook (BIFF).
    Xls,
    /// OpenDocument spreadsheet.
    Ods,
}

pub(crate) const ZIP: &[u8] = b"PK\x03\x04";
pub(crate) const CFB: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Whether `needle` occurs in `haystack` (`memchr`'s substring search: a
/// window compared at every byte of a workbook was 2% of opening a 10k-row xlsx).
pub(crate) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// Tells the format from the first bytes: a zip is xlsx, xlsb or ods by the
/// names of its parts; an OLE compound file is xls (or an encrypted workbook);
/// anything else is read as delimited text.
pub fn sniff_format(bytes: &[u8]) -> Format {
    if bytes.starts_with(ZIP) {
        let head = &bytes[..bytes.len().min(64 * 1024)];
        if contains(head, b"application/vnd.oasis.opendocument.spreadsheet")
            || contains(bytes, b"content.xml") && !contains(bytes, b"xl/")
        {
            Format::Ods
        } else if contains(bytes, b"xl/workbook.bin") {
            Format::Xlsb
        } else {
            Format::Xlsx
        }
    } else if bytes.starts_with(CFB) {
        Format::Xls
    } else {
        Format::Csv
    }
}
