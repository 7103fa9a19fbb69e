//! Reading a file chunk by chunk, as it arrives from a disk or a browser's
//! `File.stream()`: [`LedgerReader`].

use super::csv::CsvReader;
use super::{Grids, ImportOptions, checked_options, given_digest, workbook_grids};
use crate::error::{Error, ErrorKind, Position};
use crate::file::{CFB, ZIP};
use crate::report::Ledger;
use sha2::Digest;

/// Bytes looked at before the format is decided (the longest signature).
const SIGNATURE_BYTES: usize = 8;

/// Reads a ledger file pushed chunk by chunk, into the same [`Ledger`] as
/// [`Ledger::open`] on the whole file, whatever the chunks (a split line,
/// quoted field, CRLF or multi-byte character included).
///
/// Delimited text is split as it comes: only its cells are kept, never the
/// file. A workbook (xlsx, xlsb, xls, ods) is a zip or compound file whose
/// directory is at its end, so its bytes are kept until [`finish`](Self::finish)
/// and read then. The file's SHA-256 is computed as the bytes come, unless
/// [`ImportOptions::sha256`] gives it or [`digest_later`](Self::digest_later)
/// says it will be given at the end.
///
/// An error ends the reading: every later call returns an error.
///
/// ```
/// use arlens::{ImportOptions, Ledger, LedgerReader};
/// let csv = "Invoice,Customer,Date,Due,Amount\nA-1,Acme,2024-01-01,2024-01-31,100.00\n";
/// let mut reader = LedgerReader::new(&ImportOptions::default()).unwrap();
/// for chunk in csv.as_bytes().chunks(7) {
///     reader.push(chunk).unwrap();
/// }
/// // Records are counted once the first 1,024 bytes, which decide the encoding, are in.
/// assert_eq!((reader.bytes_read(), reader.rows_read()), (csv.len() as u64, 0));
/// let ledger = reader.finish().unwrap();
/// assert_eq!(ledger.summary(), Ledger::open(csv.as_bytes(), &ImportOptions::default()).unwrap().summary());
/// ```
pub struct LedgerReader {
    options: ImportOptions,
    file: Position,
    hash: Option<sha2::Sha256>,
    bytes: u64,
    /// Whether a byte other than ASCII white space came.
    text: bool,
    body: Body,
}

/// What the reader holds of the file.
enum Body {
    /// The first bytes, until the format is known.
    Head(Vec<u8>),
    /// Delimited text, being split.
    Text(Box<CsvReader>),
    /// A workbook's bytes, kept whole.
    Workbook(Vec<u8>),
    /// After an error.
    Spent,
}

impl LedgerReader {
    /// A reader with `options`, refused when they are (a default currency that
    /// is not an ISO code, a digest that is not 64 hex digits).
    pub fn new(options: &ImportOptions) -> Result<LedgerReader, Error> {
        checked_options(options)?;
        if let Some(given) = &options.sha256 {
            given_digest(given)?;
        }
        Ok(LedgerReader {
            options: options.clone(),
            file: Position::in_file(options.file_name.as_deref()),
            hash: options.sha256.is_none().then(sha2::Sha256::new),
            bytes: 0,
            text: false,
            body: Body::Head(Vec::new()),
        })
    }

    /// Leaves the SHA-256 to the caller, who hashes the same bytes with the
    /// platform's native hash and gives the digest to
    /// [`finish_with_digest`](Self::finish_with_digest).
    pub fn digest_later(&mut self) {
        self.hash = None;
    }

    /// Bytes pushed so far.
    pub fn bytes_read(&self) -> u64 {
        self.bytes
    }

    /// Records of delimited text split so far (0 for a workbook, read at the end).
    pub fn rows_read(&self) -> u64 {
        match &self.body {
            Body::Text(csv) => csv.rows() as u64,
            _ => 0,
        }
    }

    /// Reads the next bytes of the file.
    pub fn push(&mut self, chunk: &[u8]) -> Result<(), Error> {
        let read = self.read(chunk);
        if read.is_err() {
            self.body = Body::Spent;
        }
        read
    }

    fn read(&mut self, chunk: &[u8]) -> Result<(), Error> {
        self.bytes = self.bytes.saturating_add(chunk.len() as u64);
        if let Some(hash) = &mut self.hash {
            hash.update(chunk);
        }
        self.text = self.text || !chunk.iter().all(u8::is_ascii_whitespace);
        match &mut self.body {
            Body::Head(head) => {
                head.extend_from_slice(chunk);
                // Markup is told by its first tags, further in than a signature.
                let needed = if needs_longer_head(head) { crate::file::MARKUP_HEAD } else { SIGNATURE_BYTES };
                if head.len() >= needed {
                    let head = std::mem::take(head);
                    self.begin(head)?;
                }
                Ok(())
            }
            Body::Text(csv) => csv.push(chunk),
            Body::Workbook(bytes) => {
                bytes.extend_from_slice(chunk);
                Ok(())
            }
            Body::Spent => Err(spent()),
        }
    }

    /// Decides the format from the first bytes.
    fn begin(&mut self, head: Vec<u8>) -> Result<(), Error> {
        // Zip and OLE files are told apart by their parts, once whole (see `grids`).
        if !head.starts_with(ZIP) && !head.starts_with(CFB) {
            crate::file::refuse_other_document(&head, &self.file)?;
        }
        if head.starts_with(ZIP) || head.starts_with(CFB) || crate::file::markup_format(&head).is_some() {
            self.body = Body::Workbook(head);
            return Ok(());
        }
        let mut csv = CsvReader::new(&self.file, &self.options.limits);
        csv.push(&head)?;
        self.body = Body::Text(Box::new(csv));
        Ok(())
    }

    /// Reads what is left and imports the ledger.
    pub fn finish(self) -> Result<Ledger, Error> {
        self.finish_seen(None).map_err(|(e, _)| e)
    }

    /// [`finish`](Self::finish) with the file's SHA-256 computed by the caller
    /// (64 hex digits; checked for form, not recomputed).
    pub fn finish_with_digest(self, sha256: &str) -> Result<Ledger, Error> {
        self.finish_seen(Some(sha256)).map_err(|(e, _)| e)
    }

    /// [`finish`](Self::finish) (or with the digest, when given), with the
    /// file's [`Inspection`](super::Inspection) beside the error when the file lacks a column a
    /// ledger needs, for a mapping screen.
    pub fn finish_seen(self, sha256: Option<&str>) -> Result<Ledger, crate::import::Refusal> {
        match sha256 {
            Some(digest) => self.read_to_end(digest),
            None => {
                let digest = self.digest().map_err(|e| (e, None))?;
                self.read_to_end(&digest)
            }
        }
    }

    /// [`finish_seen`](Self::finish_seen) before the caller's digest has come
    /// (after [`digest_later`](Self::digest_later)): the ledger is read while the
    /// platform still hashes the file, and handed over by [`Unsigned::sign`]
    /// once the digest is in — it cannot be had without one.
    pub fn finish_unsigned(self) -> Result<Unsigned, crate::import::Refusal> {
        self.grids(String::new())
            .map_err(|e| (e, None))
            .and_then(|(grids, options)| Ledger::from_grids(grids, &options))
            .map(Unsigned)
    }

    /// The digest of the bytes, from the hash or the options.
    fn digest(&self) -> Result<String, Error> {
        match (&self.hash, &self.options.sha256) {
            (Some(hash), _) => Ok(super::hex(&hash.clone().finalize())),
            (None, Some(given)) => Ok(given.clone()),
            (None, None) => Err(Error::option(
                "sha256",
                "the reader was told the digest would be given at the end, and none was".to_owned(),
            )),
        }
    }

    fn read_to_end(self, sha256: &str) -> Result<Ledger, crate::import::Refusal> {
        let sha256 = given_digest(sha256).map_err(|e| (e, None))?;
        self.grids(sha256)
            .map_err(|e| (e, None))
            .and_then(|(grids, options)| Ledger::from_grids(grids, &options))
    }

    /// The file's grids, read to the end.
    fn grids(mut self, sha256: String) -> Result<(Grids, ImportOptions), Error> {
        if let Body::Head(head) = &mut self.body {
            let head = std::mem::take(head);
            self.begin(head)?;
        }
        if !self.text {
            return Err(Error::new(ErrorKind::Empty, Some(self.file)));
        }
        let grids = match self.body {
            Body::Text(csv) => Grids::of_text(self.file, csv.finish()?, sha256),
            Body::Workbook(bytes) => {
                match super::archive::ledger_in(&bytes, &self.file, &self.options.limits)? {
                    Some(archived) => super::archived_grids(archived, &self.options, sha256)?,
                    None => {
                        crate::file::refuse_other_document(&bytes, &self.file)?;
                        let format = crate::file::sniff_format(&bytes);
                        workbook_grids(&bytes, format, self.file, &self.options, sha256)?
                    }
                }
            }
            Body::Head(_) | Body::Spent => return Err(spent()),
        };
        Ok((grids, self.options))
    }
}

/// A ledger read to the end whose file's SHA-256 is still to come
/// ([`LedgerReader::finish_unsigned`]).
pub struct Unsigned(Ledger);

impl Unsigned {
    /// The ledger, with the file's SHA-256 (64 hex digits; checked for form,
    /// not recomputed) in its import report.
    ///
    /// ```
    /// use arlens::{ImportOptions, Ledger, LedgerReader};
    /// let csv = b"Invoice,Customer,Date,Due,Amount\nA-1,Acme,2024-01-01,2024-01-31,100.00\n";
    /// let mut reader = LedgerReader::new(&ImportOptions::default()).unwrap();
    /// reader.digest_later();
    /// reader.push(csv).unwrap();
    /// let unsigned = reader.finish_unsigned().map_err(|(e, _)| e).unwrap();
    /// let digest = "ab".repeat(32);
    /// let ledger = unsigned.sign(&digest).unwrap();
    /// assert_eq!(ledger.summary().import.sha256, digest);
    /// ```
    pub fn sign(self, sha256: &str) -> Result<Ledger, Error> {
        let mut ledger = self.0;
        ledger.set_sha256(given_digest(sha256)?);
        Ok(ledger)
    }
}

/// Whether the bytes so far (after a UTF-8 byte order mark and spaces) start
/// with `<` (or MIME headers, a web archive's), `{` or `[` (JSON), or are all
/// spaces: what they are is told from a longer head than a signature.
fn needs_longer_head(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let lower = head.get(..head.len().min(13)).unwrap_or_default().to_ascii_lowercase();
    let mime = [b"mime-version:".as_slice(), b"from:", b"content-type:"];
    mime.iter().any(|m| m.starts_with(&lower) || lower.starts_with(m))
        || head.iter().find(|b| !b.is_ascii_whitespace()).is_none_or(|&b| matches!(b, b'<' | b'{' | b'['))
}

/// The error of a reader used after an error.
fn spent() -> Error {
    Error::option("stream", "the reading stopped at an earlier error: open the file again".to_owned())
}
