//! Imports every file of a folder, reporting panics (with their place) and files
//! slower than two seconds: the runner of `tests/hostile/mutate.py`'s copies.
//!
//! ```text
//! cargo run -p arlens --example import_each -- OUT_DIR
//! ```
//! Use a debug build: release builds abort on a panic (`panic = "abort"`).

use std::sync::{Arc, Mutex};
use std::time::Instant;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: import_each DIR");
        std::process::exit(2);
    };
    let current = Arc::new(Mutex::new(String::new()));
    let seen = current.clone();
    std::panic::set_hook(Box::new(move |info| {
        let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let file = seen.lock().map(|f| f.clone()).unwrap_or_default();
        println!("PANIC {file} at {place}: {info}");
    }));
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).expect("a folder").filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    let (mut panics, mut slow) = (0, 0);
    for path in &paths {
        if let Ok(mut f) = current.lock() {
            *f = path.display().to_string();
        }
        let Ok(bytes) = std::fs::read(path) else { continue };
        let start = Instant::now();
        let run = std::panic::catch_unwind(|| {
            arlens::import(&bytes, &arlens::ImportOptions::default()).map(|_| ())
        });
        panics += usize::from(run.is_err());
        let seconds = start.elapsed().as_secs_f64();
        if seconds > 2.0 {
            slow += 1;
            println!("SLOW {} {seconds:.1} s", path.display());
        }
    }
    println!("{} files, {panics} panics, {slow} slower than 2 s", paths.len());
}
