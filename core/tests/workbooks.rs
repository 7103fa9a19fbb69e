//! Every workbook in calamine's own test suite (`../shared/data/calamine-tests`)
//! gives a ledger or a located error, quickly: no panic, no hang, no runaway memory.

use crate::shared::calamine_workbooks;
use arlens::{ImportOptions, import};
use std::time::{Duration, Instant};

/// The workbook formats calamine reads.
const WORKBOOKS: [&str; 5] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];

/// The issue's bar. Measured: all 124 files together take about 0.7 s in a debug build.
const PER_FILE: Duration = Duration::from_secs(1);

#[test]
fn every_calamine_test_workbook_reads_or_fails_cleanly() {
    let Some(files) = calamine_workbooks(&WORKBOOKS) else {
        return;
    };
    let mut outcomes = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(path).unwrap();
        let start = Instant::now();
        let options = ImportOptions { file_name: Some(name.clone()), ..ImportOptions::default() };
        let outcome = match import(&bytes, &options) {
            Ok(out) => format!("ledger of {} entries", out.ledger.entries.len()),
            Err(e) => {
                let pos = e.position().expect("every error is located");
                assert_eq!(pos.file.as_deref(), Some(name.as_str()), "{name}: {e}");
                assert!(e.to_string().starts_with(&format!("file {name:?}")), "{name}: location first: {e}");
                format!("error: {e}")
            }
        };
        let took = start.elapsed();
        assert!(took < PER_FILE, "{name} took {took:?}");
        outcomes.push((name, outcome));
    }
    assert!(outcomes.len() > 100, "only {} workbooks found", outcomes.len());
    let protected: Vec<&String> =
        outcomes.iter().filter(|(n, _)| n.starts_with("pass_protected")).map(|(_, o)| o).collect();
    assert_eq!(protected.len(), 3);
    for o in protected {
        assert!(o.contains("password protected"), "{o}");
    }
    for (name, outcome) in &outcomes {
        println!("{name}: {outcome}");
    }
}

/// Deterministic positions in `0..max` (an LCG, so every run damages the same bytes).
fn positions(seed: u64, count: usize, max: usize) -> impl Iterator<Item = usize> {
    let mut x = seed;
    (0..count).map(move |_| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (x >> 33) as usize % max
    })
}

/// Truncated and bit-flipped copies of each format never panic (natively a panic
/// would unwind; in WebAssembly it is a trap that reaches JavaScript).
#[test]
fn damaged_workbooks_never_panic() {
    let mut panics = Vec::new();
    for name in ["ledger.xlsx", "ledger.xls", "ledger.ods", "ledger.csv"] {
        let bytes = crate::shared::fixture(&format!("formats/{name}"));
        let cuts = positions(7, 300, bytes.len()).map(|cut| (format!("cut at {cut}"), bytes[..cut].to_vec()));
        let flips = positions(11, 1500, bytes.len()).map(|at| {
            let mut copy = bytes.clone();
            copy[at] ^= 1 << (at % 8);
            (format!("bit flipped at {at}"), copy)
        });
        for (what, copy) in cuts.chain(flips) {
            let run = std::panic::catch_unwind(|| import(&copy, &ImportOptions::default()).map(|_| ()));
            if run.is_err() {
                panics.push(format!("{name} {what}"));
            }
        }
    }
    assert!(panics.is_empty(), "{} panics: {:?}", panics.len(), &panics[..panics.len().min(10)]);
}

#[test]
fn the_sheet_of_documents_is_read_before_a_summary_sheet() {
    let mut book = rust_xlsxwriter::Workbook::new();
    // First sheet: a summary per customer, with many mapped columns but no dates.
    let summary = book.add_worksheet().set_name("Summary").unwrap();
    for (c, h) in
        ["Customer ID", "Customer", "Currency", "Amount", "Amount paid", "Open balance"].iter().enumerate()
    {
        summary.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (id, name)) in [("C1", "Acme"), ("C2", "Birch")].iter().enumerate() {
        let row = r as u32 + 1;
        summary.write_string(row, 0, *id).unwrap();
        summary.write_string(row, 1, *name).unwrap();
        summary.write_string(row, 2, "EUR").unwrap();
        for c in 3..6 {
            summary.write_number(row, c, 100.0).unwrap();
        }
    }
    summary.write_string(3, 0, "Total").unwrap();
    // Second sheet: one row per invoice.
    let invoices = book.add_worksheet().set_name("Invoices").unwrap();
    for (c, h) in ["Invoice", "Customer", "Date", "Amount"].iter().enumerate() {
        invoices.write_string(0, c as u16, *h).unwrap();
    }
    for (r, (id, amount)) in [("I-1", 60.0), ("I-2", 40.0), ("I-3", 100.0)].iter().enumerate() {
        let row = r as u32 + 1;
        invoices.write_string(row, 0, *id).unwrap();
        invoices.write_string(row, 1, "Acme").unwrap();
        invoices.write_number(row, 2, 45_292.0).unwrap(); // 2024-01-01
        invoices.write_number(row, 3, *amount).unwrap();
    }
    let out = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
    assert_eq!(out.report.sheet.as_deref(), Some("Invoices"));
    assert_eq!(out.report.entries, 3);
    assert_eq!(
        out.report.sheet_choice.as_deref(),
        Some(
            r#"read sheet "Invoices": it looks most like a list of documents (4 columns mapped, 3 rows, dated); other sheets: "Summary" (6 columns mapped, 3 rows)"#
        )
    );
}

/// An aged summary's amounts from a workbook's number cells show with their
/// currency's minor units, as every other amount does: `1000` was shown as `1000`
/// beside the totals' `1500.00`.
#[test]
fn an_aged_summarys_number_cells_show_their_minor_units() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Customer", "Current", "1-30 Days", "31-60 Days", "Total", "Currency"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    let rows = [("Acme", [1000.0, 500.0, 0.0, 1500.0], "EUR"), ("Birch", [0.0, 0.5, 20.25, 20.75], "JPY")];
    for (r, (name, amounts, currency)) in rows.iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, *name).unwrap();
        for (c, amount) in amounts.iter().enumerate() {
            sheet.write_number(row, c as u16 + 1, *amount).unwrap();
        }
        sheet.write_string(row, 5, *currency).unwrap();
    }
    let out = import(&book.save_to_buffer().unwrap(), &ImportOptions::default()).unwrap();
    // EUR has two minor units; the yen none, and what a cell holds beyond them is kept.
    assert_eq!(
        crate::shared::summary_rows(&out),
        [
            ["Acme", "EUR", "1000.00", "500.00", "0.00", "1500.00"],
            ["Birch", "JPY", "0", "0.5", "20.25", "20.75"],
        ]
    );
}

#[test]
fn a_sheet_asked_for_is_read_alone() {
    let mut book = rust_xlsxwriter::Workbook::new();
    // A large first sheet of notes, then the ledger.
    let notes = book.add_worksheet().set_name("Notes").unwrap();
    for r in 0..200 {
        for c in 0..5 {
            notes.write_string(r, c, "note").unwrap();
        }
    }
    let invoices = book.add_worksheet().set_name("Invoices").unwrap();
    for (c, h) in ["Invoice", "Customer", "Date", "Amount"].iter().enumerate() {
        invoices.write_string(0, c as u16, *h).unwrap();
    }
    invoices.write_string(1, 0, "I-1").unwrap();
    invoices.write_string(1, 1, "Acme").unwrap();
    invoices.write_number(1, 2, 45_292.0).unwrap(); // 2024-01-01
    invoices.write_number(1, 3, 60.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // 1,000 notes cells are over a limit of 100; the ledger's 8 are not.
    let limits = arlens::limits::ImportLimits { cells: 100, ..Default::default() };
    let all = ImportOptions { limits, ..Default::default() };
    let refused = import(&bytes, &all).err().unwrap();
    assert_eq!(refused.kind().code(), "tooLarge");
    assert_eq!(refused.position().and_then(|p| p.sheet.as_deref()), Some("Notes"));
    let chosen = ImportOptions { sheet: Some("Invoices".into()), ..all.clone() };
    let out = import(&bytes, &chosen).unwrap();
    assert_eq!((out.report.sheet.as_deref(), out.report.entries), (Some("Invoices"), 1));
    // Every sheet is still named, and a sheet that is not there is refused with them.
    assert_eq!(out.report.sheets, ["Notes", "Invoices"]);
    let missing = ImportOptions { sheet: Some("Ledger".into()), ..all };
    let error = import(&bytes, &missing).err().unwrap();
    assert!(
        error.to_string().ends_with(r#"there is no sheet "Ledger" (sheets: Notes, Invoices)"#),
        "{error}"
    );
}

/// A deterministic generator (an LCG) for the mutations below.
pub struct Lcg(pub u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize % n.max(1)
    }
}

/// `bytes` damaged one of the ways a fuzzer does: bits flipped, cut short, a run
/// set to 0x00/0x7F/0x80/0xFF, a slice repeated, or a 32-bit field set huge.
fn mutate(bytes: &[u8], rng: &mut Lcg) -> Vec<u8> {
    let mut b = bytes.to_vec();
    if b.is_empty() {
        return b;
    }
    match rng.below(5) {
        0 => {
            for _ in 0..=rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        1 => b.truncate(rng.below(b.len())),
        2 => {
            let (i, v) = (rng.below(b.len()), [0x00, 0x7F, 0x80, 0xFF][rng.below(4)]);
            let end = (i + [1, 2, 4][rng.below(3)]).min(b.len());
            b[i..end].fill(v);
        }
        3 => {
            let i = rng.below(b.len());
            let slice = b[i..(i + rng.below(64)).min(b.len())].to_vec();
            b.splice(i..i, slice);
        }
        _ => {
            let i = rng.below(b.len().saturating_sub(4).max(1));
            let v: u32 = [0xFFFF_FFFF, 0x7FFF_FFFF, 0x1000_0000][rng.below(3)];
            let end = (i + 4).min(b.len());
            b[i..end].copy_from_slice(&v.to_le_bytes()[..end - i]);
        }
    }
    b
}

/// The workbook `bytes` with one part mutated: an xls file itself; a zip's
/// (xlsx, xlsb, ods) XML or binary part, the archive written again stored.
pub fn mutated_workbook(bytes: &[u8], is_zip: bool, rng: &mut Lcg) -> Option<Vec<u8>> {
    use std::io::{Read, Write};
    if !is_zip {
        return Some(mutate(bytes, rng));
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let names: Vec<String> = archive.file_names().filter_map(|n| Some(n.ok()?.into_owned())).collect();
    let parts: Vec<&String> = names.iter().filter(|n| n.ends_with(".xml") || n.ends_with(".bin")).collect();
    let victim = parts.get(rng.below(parts.len()))?.to_string();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for name in &names {
        let mut data = Vec::new();
        archive.by_name(name).ok()?.read_to_end(&mut data).ok()?;
        out.start_file(name.as_str(), stored).ok()?;
        out.write_all(&if *name == victim { mutate(&data, rng) } else { data }).ok()?;
    }
    Some(out.finish().ok()?.into_inner())
}

/// Mutated copies of calamine's own workbooks — one part of each damaged, the
/// zip written again — end in a ledger or an error: never a panic, never a hang.
/// (Mutations like these, 90,300 files of them, found calamine patches 9–12:
/// `tests/hostile/mutate.py` and the `import_each` example.)
#[test]
fn mutated_calamine_workbooks_never_panic_or_hang() {
    const PER_WORKBOOK: usize = 24;
    const CEILING: Duration = Duration::from_secs(20);
    let Some(files) = calamine_workbooks(&WORKBOOKS) else {
        return;
    };
    let mut rng = Lcg(20_261_202);
    let (mut tried, mut failures) = (0, Vec::new());
    for path in &files {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or_default().to_owned();
        let bytes = std::fs::read(path).unwrap();
        for k in 0..PER_WORKBOOK {
            let Some(copy) = mutated_workbook(&bytes, ext != "xls", &mut rng) else { break };
            tried += 1;
            let (send, receive) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let run = std::panic::catch_unwind(|| import(&copy, &ImportOptions::default()).map(|_| ()));
                let _ = send.send(run.is_ok());
            });
            let name = path.file_name().unwrap().to_string_lossy();
            match receive.recv_timeout(CEILING) {
                Ok(true) => {}
                Ok(false) => failures.push(format!("{name} mutation {k}: panic")),
                Err(_) => failures.push(format!("{name} mutation {k}: still running after {CEILING:?}")),
            }
        }
    }
    assert!(tried > 2_000, "only {tried} mutated workbooks");
    assert!(failures.is_empty(), "{} of {tried}: {failures:?}", failures.len());
}

/// The records of an xlsb part: (type, offset of the record, offset of its data, data length).
fn xlsb_records(part: &[u8]) -> Vec<(u32, usize, usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    // A number in 7-bit groups, the high bit saying another byte follows (up to `max` bytes).
    let varint = |at: &mut usize, max: usize| {
        let mut value = 0u32;
        for i in 0..max {
            let b = part[*at];
            *at += 1;
            value |= u32::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        value
    };
    while at < part.len() {
        let start = at;
        let typ = varint(&mut at, 2);
        let len = varint(&mut at, 4) as usize;
        out.push((typ, start, at, len));
        at += len;
    }
    out
}

/// An xlsb record: its type and size as 7-bit groups, then `data`.
fn xlsb_record(typ: u32, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for (mut value, max) in [(typ, 2), (u32::try_from(data.len()).unwrap(), 4)] {
        for _ in 0..max {
            let b = (value & 0x7F) as u8;
            value >>= 7;
            out.push(if value > 0 { b | 0x80 } else { b });
            if value == 0 {
                break;
            }
        }
    }
    out.extend_from_slice(data);
    out
}

/// Rows and columns an xlsb sheet hides (a BrtRowHdr's and a BrtColInfo's hidden
/// flags, MS-XLSB 2.4.726 and 2.4.323) and its merged cells (BrtMergeCell) are told
/// by calamine's cell reader (vendored patches 24–26), as an xlsx's are. (No tool
/// here writes xlsb: they are set in a copy of calamine's `date.xlsb`.)
#[test]
fn rows_columns_and_merges_of_an_xlsb_sheet_are_told() {
    use calamine::Reader;
    use std::io::{Read, Write};
    let Some(dir) = crate::shared::shared_data("calamine-tests") else {
        return;
    };
    let bytes = std::fs::read(dir.join("date.xlsb")).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.as_slice())).unwrap();
    let names: Vec<String> = archive.file_names().map(|n| n.unwrap().into_owned()).collect();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut hidden = None;
    for name in &names {
        let mut data = Vec::new();
        archive.by_name(name).unwrap().read_to_end(&mut data).unwrap();
        if name == "xl/worksheets/sheet1.bin" {
            let records = xlsb_records(&data);
            // The second row header (BrtRowHdr, type 0): its byte 11 bit 4 set.
            let &(_, _, at, len) = records.iter().filter(|r| r.0 == 0).nth(1).unwrap();
            assert!(len > 11);
            data[at + 11] |= 0x10;
            hidden = Some(u32::from_le_bytes(data[at..at + 4].try_into().unwrap()));
            // Columns C:D hidden (BrtColInfo, type 0x3C, before BrtBeginSheetData 0x91),
            // and A1:A3 merged (BrtMergeCell 0xB0 after BrtEndSheetData 0x92).
            let begin = records.iter().find(|r| r.0 == 0x91).unwrap().1;
            let end = records.iter().find(|r| r.0 == 0x92).map(|r| r.2 + r.3).unwrap();
            let u32s = |v: &[u32]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
            let mut col_info = u32s(&[2, 3, 2560, 0]);
            col_info.extend_from_slice(&[0x01, 0x00]);
            let merges = [
                xlsb_record(0xB1, &u32s(&[1])),
                xlsb_record(0xB0, &u32s(&[0, 2, 0, 0])),
                xlsb_record(0xB2, &[]),
            ]
            .concat();
            data = [
                &data[..begin],
                &xlsb_record(0x186, &u32s(&[1])),
                &xlsb_record(0x3C, &col_info),
                &xlsb_record(0x187, &[]),
                &data[begin..end],
                &merges,
                &data[end..],
            ]
            .concat();
        }
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&data).unwrap();
    }
    let hidden = hidden.expect("a sheet1.bin with two row headers");
    let copy = out.finish().unwrap().into_inner();
    for (bytes, changed) in [(bytes, false), (copy, true)] {
        let mut book = calamine::Xlsb::new(std::io::Cursor::new(bytes)).unwrap();
        let name = book.sheet_names()[0].clone();
        let mut cells = book.worksheet_cells_reader(&name).unwrap();
        let mut read = 0;
        while cells.next_cell().unwrap().is_some() {
            read += 1;
        }
        assert!(read > 0);
        let merged: Vec<_> = cells.merge_cells().unwrap().iter().map(|d| (d.start, d.end)).collect();
        if changed {
            assert_eq!(cells.hidden_rows(), [hidden]);
            assert_eq!(cells.hidden_columns(), [(2, 3)]);
            assert_eq!(merged, [((0, 0), (2, 0))]);
        } else {
            assert!(cells.hidden_rows().is_empty() && cells.hidden_columns().is_empty() && merged.is_empty());
        }
    }
}
