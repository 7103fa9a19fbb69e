//! Reading a file chunk by chunk (`LedgerReader`) gives the same ledger, report
//! and inspection — or the same error — as `Ledger::open` on the whole file,
//! wherever the chunks split it.

use crate::shared::{fixture, shared_data, walk};
use arlens::{ImportOptions, Ledger, LedgerReader};
use proptest::prelude::*;
use proptest::strategy::ValueTree;

/// What a reading produced, comparable: the book, summary and inspection as
/// JSON, or the error's code and message.
fn outcome(read: Result<Ledger, arlens::Error>) -> Result<serde_json::Value, (String, String)> {
    match read {
        Ok(ledger) => Ok(serde_json::json!({
            "book": ledger.book(),
            "summary": ledger.summary(),
            "inspection": ledger.inspection(),
        })),
        Err(e) => Err((e.kind().code().to_owned(), e.to_string())),
    }
}

/// The file pushed in chunks ending at `cuts` (sorted or not, any values: each
/// is taken modulo the length).
fn streamed(bytes: &[u8], options: &ImportOptions, cuts: &[usize]) -> Result<Ledger, arlens::Error> {
    let mut cuts: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
    cuts.sort_unstable();
    let mut reader = LedgerReader::new(options)?;
    let mut from = 0;
    for cut in cuts.into_iter().chain([bytes.len()]) {
        reader.push(&bytes[from..cut])?;
        from = cut;
    }
    assert_eq!(reader.bytes_read(), bytes.len() as u64);
    reader.finish()
}

/// Asserts that chunks ending at `cuts` read `bytes` as the whole file does.
fn assert_same(bytes: &[u8], options: &ImportOptions, cuts: &[usize], what: &str) {
    let whole = outcome(Ledger::open(bytes, options));
    let chunked = outcome(streamed(bytes, options, cuts));
    assert!(whole == chunked, "{what}: cut at {cuts:?}\nwhole:   {whole:?}\nchunked: {chunked:?}");
}

/// A small file with every hazard for a chunk boundary: a BOM, CRLF, a quoted
/// field holding a line break and a quote, blank lines, a title row and
/// two- and three-byte UTF-8 characters.
const TRICKY: &str = "\u{FEFF}Aged receivables\r\n\r\nInvoice;Kunde;Datum;F\u{E4}llig;Betrag;W\u{E4}hrung\r\n\
    R-1;\"M\u{FC}ller\r\nGmbH \"\"Nord\"\"\";31.01.2024;01.03.2024;1.234,56;EUR\r\n\
    \r\nR-2;Caf\u{E9} \u{20AC}uro;01.02.2024;02.03.2024;-12,00;EUR\r\nR-3;\u{6771}\u{4EAC};15.02.2024;16.03.2024;7,5;EUR";

#[test]
fn every_split_of_a_tricky_file_reads_as_the_whole() {
    let options = ImportOptions::default();
    let bytes = TRICKY.as_bytes();
    // Sanity: the whole file reads, with the quoted line break inside a customer.
    let ledger = Ledger::open(bytes, &options).unwrap();
    let book = ledger.book();
    assert_eq!(&*book.customer(&book.entries[0]).name, "M\u{FC}ller\r\nGmbH \"Nord\"");
    for cut in 0..=bytes.len() {
        assert_same(bytes, &options, &[cut], "two chunks");
    }
    let every_byte: Vec<usize> = (1..bytes.len()).collect();
    assert_same(bytes, &options, &every_byte, "one byte at a time");
}

#[test]
fn every_encoding_reads_the_same_in_chunks() {
    let options = ImportOptions::default();
    // Longer than the 1,024 bytes the encoding is decided from, so that the
    // decoder itself meets the chunk boundaries.
    let more: String =
        (4..60).map(|i| format!("\r\nR-{i};K\u{F6}ln {i};01.02.2024;02.03.2024;{i},50;EUR")).collect();
    let tricky = format!("{TRICKY}{more}");
    let utf16 = |bom: bool, le: bool| -> Vec<u8> {
        let text = tricky.trim_start_matches('\u{FEFF}');
        let units = (if bom { "\u{FEFF}" } else { "" }).encode_utf16().chain(text.encode_utf16());
        units.flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    };
    // Windows-1252 (no CJK: it cannot hold them), and UTF-8 with one bad byte.
    let western = tricky.trim_start_matches('\u{FEFF}').replace("\u{6771}\u{4EAC}", "Tokio");
    let windows = encoding_rs::WINDOWS_1252.encode(&western).0.into_owned();
    let mut damaged = western.clone().into_bytes();
    damaged.extend_from_slice(b"\nR-4;Bad \xFF byte;15.02.2024;16.03.2024;1,00;EUR\n");
    let files = [
        ("UTF-16LE with BOM", utf16(true, true)),
        ("UTF-16BE with BOM", utf16(true, false)),
        ("UTF-16LE without BOM", utf16(false, true)),
        ("UTF-16BE without BOM", utf16(false, false)),
        ("windows-1252", windows),
        ("UTF-8 with a bad byte", damaged),
    ];
    let expected = ["UTF-16LE", "UTF-16BE", "UTF-16LE", "UTF-16BE", "windows-1252", "UTF-8"];
    for ((what, bytes), encoding) in files.iter().zip(expected) {
        let whole = Ledger::open(bytes, &options).unwrap();
        assert_eq!(whole.summary().import.encoding.as_deref(), Some(encoding), "{what}");
        let book = whole.book();
        assert!(book.entries.iter().any(|e| book.customer(e).name.starts_with("M\u{FC}ller")), "{what}");
        let every_byte: Vec<usize> = (1..bytes.len()).collect();
        assert_same(bytes, &options, &every_byte, what);
        assert!(bytes.len() > 2048, "{what}: {} bytes", bytes.len());
        for cut in (0..=bytes.len()).step_by(97) {
            assert_same(bytes, &options, &[cut], what);
        }
    }
}

/// A report printed in fixed-width columns, saved in UTF-16 (as SQL Server's
/// results and Windows' "Unicode" text are), with and without a BOM: decoded
/// before its lines are cut, the same ledger as in UTF-8, whole or in chunks
/// split anywhere (within a character's two bytes included), its encoding said.
#[test]
fn a_fixed_width_report_in_utf16_reads_as_in_utf8() {
    let options = ImportOptions::default();
    let text = String::from_utf8(fixture("layouts/dynamics-gp-hatb.txt")).unwrap();
    let utf8 = outcome(Ledger::open(text.as_bytes(), &options)).unwrap();
    for (bom, le, encoding) in [
        (true, true, "UTF-16LE"),
        (true, false, "UTF-16BE"),
        (false, true, "UTF-16LE"),
        (false, false, "UTF-16BE"),
    ] {
        let units = (if bom { "\u{FEFF}" } else { "" }).encode_utf16().chain(text.encode_utf16());
        let bytes: Vec<u8> = units.flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect();
        let whole = Ledger::open(&bytes, &options).unwrap();
        assert_eq!(whole.summary().import.encoding.as_deref(), Some(encoding));
        assert_eq!(whole.book().entries.len(), 5, "{encoding}");
        let mut read = outcome(Ok(whole)).unwrap();
        // The digest and the encoding are the bytes', the rest is the UTF-8 file's.
        for at in ["/summary/import", "/inspection", "/inspection/report"] {
            let (Some(theirs), Some(ours)) = (utf8.pointer(at), read.pointer_mut(at)) else { continue };
            for key in ["sha256", "encoding"] {
                if let Some(value) = theirs.get(key) {
                    ours[key] = value.clone();
                }
            }
        }
        assert!(read == utf8, "{encoding} (BOM {bom})");
        let odd: Vec<usize> = (1..bytes.len()).step_by(7).collect();
        assert_same(&bytes, &options, &odd, encoding);
    }
}

#[test]
fn every_fixture_reads_the_same_in_chunks() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    let mut files = Vec::new();
    for entry in walk(&dir) {
        let name = entry.strip_prefix(&dir).unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".md") && !name.ends_with(".json") {
            files.push(name);
        }
    }
    assert!(files.len() >= 20, "fixtures found: {files:?}");
    let options = ImportOptions::default();
    for name in files {
        let bytes = fixture(&name);
        let n = bytes.len();
        assert_same(&bytes, &options, &[n / 3, n / 2, n / 2 + 1, n - 1], &name);
        let small: Vec<usize> = (0..n).step_by(13).collect();
        assert_same(&bytes, &options, &small, &name);
    }
}

#[test]
fn a_real_ledger_streams_in_chunks_of_any_size() {
    let Some(path) = shared_data("highradius-open-invoices.csv") else { return };
    let bytes = std::fs::read(path).unwrap();
    let options = ImportOptions::default();
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for size in [1usize << 16, 4093, 1000] {
        let cuts: Vec<usize> = (size..bytes.len()).step_by(size).collect();
        assert_same(&bytes, &options, &cuts, &format!("chunks of {size} bytes"));
    }
    let random = prop::collection::vec(0..bytes.len(), 1..200).new_tree(&mut runner).unwrap().current();
    assert_same(&bytes, &options, &random, "random chunks");
}

#[test]
fn a_digest_is_computed_as_the_bytes_come_or_given_at_the_end() {
    let bytes = fixture("two-currencies.csv");
    let options = ImportOptions::default();
    let whole = Ledger::open(&bytes, &options).unwrap();
    let chunked = streamed(&bytes, &options, &[5, 100]).unwrap();
    assert_eq!(chunked.summary().import.sha256, whole.summary().import.sha256);

    let given = "AB".repeat(32);
    let mut reader = LedgerReader::new(&options).unwrap();
    reader.digest_later();
    reader.push(&bytes).unwrap();
    assert_eq!(reader.finish_with_digest(&given).unwrap().summary().import.sha256, "ab".repeat(32));

    let mut reader = LedgerReader::new(&options).unwrap();
    reader.digest_later();
    reader.push(&bytes).unwrap();
    let missing = reader.finish().err().unwrap();
    assert_eq!(missing.kind().code(), "invalidOption");

    let mut reader = LedgerReader::new(&options).unwrap();
    reader.push(&bytes).unwrap();
    let refused = reader.finish_with_digest("not a digest").err().unwrap();
    assert!(refused.to_string().contains("\"not a digest\" is not a SHA-256 digest"), "{refused}");
}

#[test]
fn a_ledger_read_before_its_digest_came_is_the_same_once_signed() {
    let bytes = fixture("two-currencies.csv");
    let options = ImportOptions { file_name: Some("two-currencies.csv".into()), ..Default::default() };
    let read = |digest_later: bool| {
        let mut reader = LedgerReader::new(&options).unwrap();
        if digest_later {
            reader.digest_later();
        }
        reader.push(&bytes).unwrap();
        reader
    };
    let whole = read(false).finish().unwrap();
    let digest = whole.summary().import.sha256.clone();
    let signed =
        read(true).finish_unsigned().map_err(|(e, _)| e).unwrap().sign(&digest.to_uppercase()).unwrap();
    assert_eq!(signed.summary(), whole.summary());
    assert_eq!(signed.inspection(), whole.inspection());
    assert_eq!(signed.inspection().report.as_ref().unwrap().sha256, digest);
    let unsigned = read(true).finish_unsigned().map_err(|(e, _)| e).unwrap();
    let refused = unsigned.sign("not a digest").err().unwrap();
    assert!(refused.to_string().contains("\"not a digest\" is not a SHA-256 digest"), "{refused}");
}

#[test]
fn an_error_while_streaming_is_located_and_ends_the_reading() {
    // Over the cell limit on the fourth line: refused while the chunks come.
    let options = ImportOptions {
        file_name: Some("big.csv".into()),
        limits: arlens::limits::ImportLimits { cells: 10, ..Default::default() },
        ..Default::default()
    };
    let text = "Invoice,Customer,Date\nA,B,2024-01-01\nC,D,2024-01-02\nE,F,2024-01-03\n".repeat(20);
    let mut reader = LedgerReader::new(&options).unwrap();
    let error = text.as_bytes().chunks(16).find_map(|c| reader.push(c).err()).expect("refused while reading");
    assert_eq!(error.to_string(), Ledger::open(text.as_bytes(), &options).err().unwrap().to_string());
    assert!(error.to_string().starts_with("file \"big.csv\", row 4"), "{error}");
    let after = reader.push(b"more").err().unwrap();
    assert!(after.to_string().contains("stopped at an earlier error"), "{after}");
    // An empty file and bad options are refused as by `Ledger::open`.
    assert_eq!(outcome(streamed(b" \n\t", &options, &[1])), outcome(Ledger::open(b" \n\t", &options)));
    let bad = ImportOptions { default_currency: Some("euro".into()), ..Default::default() };
    assert_eq!(
        LedgerReader::new(&bad).err().unwrap().to_string(),
        Ledger::open(b"a", &bad).err().unwrap().to_string()
    );
}

/// A messy cell of an amount column.
fn amount() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u32..100_000, 0u32..100).prop_map(|(a, c)| format!("{a}.{c:02}")),
        (0u32..100_000, 0u32..100).prop_map(|(a, c)| format!("{a},{c:02}")),
        (1000u32..100_000, 0u32..100).prop_map(|(a, c)| format!("\"{},{:03}.{c:02}\"", a / 1000, a % 1000)),
        (1000u32..100_000, 0u32..100).prop_map(|(a, c)| format!("{}.{:03},{c:02}", a / 1000, a % 1000)),
        (0u32..1000).prop_map(|a| format!("-{a}")),
        (0u32..1000).prop_map(|a| format!("({a}.00)")),
        Just(String::new()),
        Just("n/a".to_owned()),
    ]
}

/// A date cell's parts (day, month, year, style); the file's style decides
/// how it is written unless the file mixes styles.
fn date() -> impl Strategy<Value = (u32, u32, i32, u8)> {
    (1u32..29, 1u32..13, 2022i32..2025, 0..6u8)
}

/// A date written in `style`: ISO, day first with slashes or dots, month
/// first, or empty.
fn written((d, m, y, own): (u32, u32, i32, u8), style: u8) -> String {
    match if style == 5 { own } else { style } {
        0 => format!("{y}-{m:02}-{d:02}"),
        1 => format!("{d:02}/{m:02}/{y}"),
        2 => format!("{d}.{m}.{y}"),
        3 => format!("{m:02}/{d:02}/{y}"),
        _ => String::new(),
    }
}

/// A customer name: ASCII, accented, CJK, quoted with the delimiter, a quote
/// or a line break inside.
fn customer() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Z][a-z]{1,8}",
        Just("M\u{FC}ller GmbH".to_owned()),
        Just("\u{C7}a et l\u{E0}".to_owned()),
        Just("\u{6771}\u{4EAC}\u{5546}\u{4E8B}".to_owned()),
        Just("\"Smith, Jones\"".to_owned()),
        Just("\"Say \"\"hi\"\"\"".to_owned()),
        Just("\"Two\r\nlines\"".to_owned()),
        Just(String::new()),
    ]
}

/// A messy delimited file as bytes: a title row or not, a header, rows with
/// blank lines, LF or CRLF, a BOM or not, in UTF-8, Windows-1252 or UTF-16.
fn messy_file() -> impl Strategy<Value = Vec<u8>> {
    let row = (
        customer(),
        date(),
        date(),
        amount(),
        prop_oneof![Just("EUR"), Just("USD"), Just("")],
        any::<bool>(),
    );
    (
        prop::collection::vec(row, 0..25),
        prop_oneof![Just(','), Just(';'), Just('\t')],
        any::<bool>(),
        any::<bool>(),
        0..5u8,
        any::<bool>(),
        prop_oneof![4 => 0..4u8, 1 => Just(5u8)],
    )
        .prop_map(|(rows, delimiter, crlf, title, encoding, bad_byte, style)| {
            let eol = if crlf { "\r\n" } else { "\n" };
            let mut text = String::new();
            if title {
                text.push_str(&format!("Aged receivables as at 31/03/2024{eol}{eol}"));
            }
            let header = ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency"];
            text.push_str(&header.join(&delimiter.to_string()));
            text.push_str(eol);
            for (i, (customer, date, due, amount, currency, blank)) in rows.into_iter().enumerate() {
                let amount = if delimiter == ',' && amount.contains(',') && !amount.starts_with('"') {
                    format!("\"{amount}\"")
                } else {
                    amount
                };
                let (date, due) = (written(date, style), written(due, style));
                let cells = [format!("INV-{i}"), customer, date, due, amount, currency.to_owned()];
                text.push_str(&cells.join(&delimiter.to_string()));
                text.push_str(eol);
                if blank {
                    text.push_str(eol);
                }
            }
            let mut bytes = match encoding {
                0 => text.into_bytes(),
                1 => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
                2 => encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(),
                3 => {
                    "\u{FEFF}".encode_utf16().chain(text.encode_utf16()).flat_map(u16::to_le_bytes).collect()
                }
                _ => text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            };
            if bad_byte && encoding < 2 {
                let at = bytes.len() / 2;
                bytes.insert(at, 0xFF);
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any messy file, split anywhere, reads as the whole file does.
    #[test]
    fn any_split_of_a_messy_file_reads_as_the_whole(
        bytes in messy_file(),
        cuts in prop::collection::vec(any::<usize>(), 0..40),
    ) {
        let options = ImportOptions::default();
        let whole = outcome(Ledger::open(&bytes, &options));
        let chunked = outcome(streamed(&bytes, &options, &cuts));
        prop_assert_eq!(whole, chunked);
    }
}

#[test]
fn a_file_without_the_columns_of_a_ledger_gives_its_inspection_hashed_here_or_given() {
    let bytes = b"Name,Total\nAcme,12\n";
    for digest in [None, Some("ab".repeat(32))] {
        let mut reader = LedgerReader::new(&ImportOptions::default()).unwrap();
        reader.push(bytes).unwrap();
        let (error, seen) = reader.finish_seen(digest.as_deref()).err().unwrap();
        assert_eq!(error.kind().code(), "missingColumns");
        let seen = seen.expect("an inspection");
        assert_eq!(
            (seen.headers.clone(), seen.problem.map(|p| p.kind)),
            (vec!["Name".to_owned(), "Total".to_owned()], Some("missingColumns".to_owned()))
        );
    }
}
