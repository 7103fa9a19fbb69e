//! The floor of reading an xlsx: inflating its zip entries, then calamine's cell
//! reader alone over the first sheet (every cell inflated and parsed, nothing
//! kept), against arlens's whole import of
//! the same bytes: `cargo run --profile bench -p arlens --example xlsx_floor -- FILE [RUNS]`.
use calamine::{Reader, Xlsx};
use std::io::Cursor;
use std::time::{Duration, Instant};

/// The median of `runs` timed calls of `f`, after one warm-up.
fn median(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut out = f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            out = f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], out)
}

fn main() {
    let path = std::env::args().nth(1).expect("an xlsx file");
    let runs = std::env::args().nth(2).map_or(5, |r| r.parse().expect("a count"));
    let bytes = std::fs::read(&path).expect("readable");
    let (floor, cells) = median(runs, || {
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(&bytes)).expect("an xlsx");
        let sheet = book.sheet_names()[0].clone();
        let mut reader = book.worksheet_cells_reader(&sheet).expect("a sheet");
        let mut cells = 0;
        while let Ok(Some(_)) = reader.next_cell() {
            cells += 1;
        }
        cells
    });
    let (inflate, inflated) = median(runs, || {
        let mut zip = zip::ZipArchive::new(Cursor::new(&bytes)).expect("a zip");
        (0..zip.len())
            .map(|i| {
                std::io::copy(&mut zip.by_index(i).expect("an entry"), &mut std::io::sink())
                    .expect("inflated") as usize
            })
            .sum()
    });
    let (import, entries) = median(runs, || {
        arlens::import(&bytes, &arlens::ImportOptions::default()).expect("imported").report.entries
    });
    println!("{path}: inflating every zip entry: {inflate:.1?} ({inflated} bytes)");
    println!("calamine's cell reader alone: {floor:.1?} ({cells} cells)");
    println!(
        "arlens import: {import:.1?} ({entries} entries), {:.2}× the floor",
        import.as_secs_f64() / floor.as_secs_f64()
    );
}
