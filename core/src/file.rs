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
    /// An HTML page of tables, as web applications save an "Excel" export
    /// (often named `.xls`): each table is read as a sheet.
    Html,
    /// Excel 2003 XML (SpreadsheetML): a workbook written as one XML document.
    SpreadsheetMl,
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
/// markup is an HTML page or SpreadsheetML by its first tags
/// ([`markup_format`]); anything else is read as delimited text.
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
        markup_format(bytes).unwrap_or(Format::Csv)
    }
}

/// What the bytes are when they are a kind of document no ledger is read from
/// — a PDF (how many systems print an aging report), a Word or PowerPoint file,
/// an Apple Numbers, Pages or Keynote file, an e-mail saved from Outlook, an image, JSON, a zip archive holding no
/// workbook — in words, for the refusal; `None` for anything arlens may read.
/// Told by signatures and the names of a zip's or OLE file's parts.
pub fn other_document(bytes: &[u8]) -> Option<&'static str> {
    let utf16 = |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    if bytes.starts_with(ZIP) {
        let spreadsheet = contains(bytes, b"xl/workbook.")
            || contains(bytes, b"application/vnd.oasis.opendocument.spreadsheet")
            || contains(bytes, b"content.xml") && !contains(bytes, b"opendocument.");
        // The parts' names are written as they are (compressed data may hold any
        // three bytes, never by chance a whole part name).
        return match () {
            _ if contains(bytes, b"word/document.xml") => Some("a Word document (docx)"),
            _ if contains(bytes, b"ppt/presentation.xml") => Some("a PowerPoint presentation (pptx)"),
            _ if spreadsheet => None,
            // iWork's files hold `Index/*.iwa` parts; Numbers' a calculation engine.
            _ if contains(bytes, b"Index/CalculationEngine") => Some(
                "an Apple Numbers spreadsheet (in Numbers, File › Export To › Excel or CSV, and choose that file)",
            ),
            _ if contains(bytes, b"Index/Document.iwa") => Some("an Apple Pages or Keynote document"),
            _ if contains(bytes, b"opendocument.text") => Some("an OpenDocument text (odt)"),
            _ if is_plain_archive(bytes) => {
                Some("a zip archive holding no workbook (unzip it and choose the ledger file inside)")
            }
            _ => None,
        };
    }
    if bytes.starts_with(CFB) {
        return match () {
            _ if contains(bytes, &utf16("Workbook")) || contains(bytes, &utf16("Book")) => None,
            _ if contains(bytes, &utf16("EncryptedPackage")) => None,
            _ if contains(bytes, &utf16("WordDocument")) => Some("a Word 97–2003 document (doc)"),
            _ if contains(bytes, &utf16("__substg1.0_")) => {
                Some("an e-mail saved from Outlook (msg): save its attachment and choose that")
            }
            _ if contains(bytes, &utf16("PowerPoint Document")) => {
                Some("a PowerPoint 97–2003 presentation (ppt)")
            }
            _ => None,
        };
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(bytes);
    let start = text.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(text.len());
    let text = text.get(start..).unwrap_or_default();
    let json = match text {
        [b'{', rest @ ..] => {
            rest.iter().find(|b| !b.is_ascii_whitespace()).is_some_and(|&b| b == b'"' || b == b'}')
        }
        [b'[', rest @ ..] => {
            rest.iter().find(|b| !b.is_ascii_whitespace()).is_some_and(|&b| b == b'{' || b == b'[')
        }
        _ => false,
    };
    match bytes {
        _ if bytes.starts_with(b"%PDF-") => {
            Some("a PDF document (export the report as Excel or CSV from the system that printed it)")
        }
        _ if bytes.starts_with(b"{\\rtf") => Some("an RTF document"),
        _ if bytes.starts_with(b"\x89PNG") => Some("a PNG image"),
        _ if bytes.starts_with(b"\xFF\xD8\xFF") => Some("a JPEG image"),
        _ if bytes.starts_with(b"GIF8") => Some("a GIF image"),
        _ if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") => Some("a TIFF image (a scan)"),
        _ if json => Some("JSON data"),
        _ => None,
    }
}

/// Whether `bytes` are a whole zip archive (its central directory's end is
/// there) that is no workbook, document or presentation of its own: an archive
/// of files. A cut one is left to the workbook reader to say so.
pub(crate) fn is_plain_archive(bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP)
        && contains(bytes, b"PK\x05\x06")
        && !contains(bytes, b"xl/")
        && !contains(bytes, b"xl\\")
        && !contains(bytes, b"[Content_Types].xml")
        && !contains(bytes, b"word/document.xml")
        && !contains(bytes, b"ppt/presentation.xml")
        && !contains(bytes, b"content.xml")
}

/// Refuses `bytes` as [`ErrorKind::NotASpreadsheet`](crate::error::ErrorKind::NotASpreadsheet)
/// at `file` when they are [another document](other_document).
pub(crate) fn refuse_other_document(bytes: &[u8], file: &crate::error::Position) -> Result<(), crate::Error> {
    match other_document(bytes) {
        Some(what) => Err(crate::Error::new(
            crate::error::ErrorKind::NotASpreadsheet { what: what.to_owned() },
            Some(file.clone()),
        )),
        None => Ok(()),
    }
}

/// Whether the bytes are a web archive (MHTML) holding an HTML page: MIME
/// headers first (`MIME-Version:`, `From:` or `Content-Type:`), a
/// `multipart/related` message, and `text/html` in its first bytes.
pub(crate) fn is_web_archive(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(MARKUP_HEAD)).unwrap_or_default().to_ascii_lowercase();
    let starts = [b"mime-version:".as_slice(), b"from:", b"content-type:"];
    starts.iter().any(|s| head.starts_with(s))
        && contains(&head, b"multipart/related")
        && contains(&head, b"text/html")
}

/// How many bytes at the start of a file [`markup_format`] looks at.
pub(crate) const MARKUP_HEAD: usize = 4096;

/// Whether the first bytes are a web archive of an HTML page (MHTML: read as the
/// page, [`Format::Html`]), or (after a UTF-8 byte order mark and spaces) begin an
/// HTML page (`<!DOCTYPE html`, `<html`, `<table`, or a comment, `<head`,
/// `<meta`, `<body` or `<style` with `<table` or `<html` soon after) or a
/// SpreadsheetML workbook (an XML declaration with Excel's spreadsheet
/// namespace or `progid="Excel.Sheet"`, or a `<Workbook` element). A delimited
/// text file does not start with a tag, so nothing else is taken for markup.
pub fn markup_format(bytes: &[u8]) -> Option<Format> {
    if is_web_archive(bytes) {
        return Some(Format::Html);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let head = bytes.get(start..bytes.len().min(start.saturating_add(MARKUP_HEAD)))?;
    if head.first() != Some(&b'<') {
        return None;
    }
    let lower = head.to_ascii_lowercase();
    let begins = |tag: &[u8]| lower.starts_with(tag);
    if begins(b"<?xml") || begins(b"<workbook") || begins(b"<ss:workbook") {
        if contains(&lower, b"urn:schemas-microsoft-com:office:spreadsheet")
            || contains(&lower, b"progid=\"excel.sheet\"")
        {
            return Some(Format::SpreadsheetMl);
        }
        // XHTML: an XML declaration before the page.
        return contains(&lower, b"<html").then_some(Format::Html);
    }
    if begins(b"<!doctype html") || begins(b"<html") || begins(b"<table") {
        return Some(Format::Html);
    }
    let preamble = [b"<!--".as_slice(), b"<head", b"<meta", b"<body", b"<style", b"<title"];
    (preamble.iter().any(|tag| begins(tag)) && (contains(&lower, b"<table") || contains(&lower, b"<html")))
        .then_some(Format::Html)
}
