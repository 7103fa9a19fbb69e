//! Heap in use while a CSV is streamed into a `Ledger`, by a counting allocator:
//! `cargo run --profile bench -p arlens --example memory_stages -- FILE`.
//! Prints the live and peak heap after reading the cells and after the import,
//! natively (64-bit pointers: WebAssembly's 32-bit ones take less).
#[cfg(not(all(feature = "wasm", target_arch = "wasm32")))]
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

// Native only: the package's WebAssembly build has its own (watched) allocator.
#[cfg(not(all(feature = "wasm", target_arch = "wasm32")))]
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

#[cfg(not(all(feature = "wasm", target_arch = "wasm32")))]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[cfg(not(all(feature = "wasm", target_arch = "wasm32")))]
#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn mb(n: usize) -> String {
    format!("{:.0} MB", n as f64 / 1e6)
}

fn main() {
    use std::io::Read;
    let path = std::env::args().nth(1).expect("a file");
    let size = std::fs::metadata(&path).expect("readable").len();
    let mut file = std::fs::File::open(&path).expect("readable");
    let options = arlens::ImportOptions {
        limits: arlens::limits::ImportLimits { cells: u64::MAX, ..Default::default() },
        ..Default::default()
    };
    let mut reader = arlens::LedgerReader::new(&options).expect("options");
    let mut chunk = vec![0; 1 << 20];
    loop {
        let n = file.read(&mut chunk).expect("readable");
        if n == 0 {
            break;
        }
        reader.push(&chunk[..n]).expect("pushed");
    }
    let (live, peak) = (LIVE.load(Ordering::Relaxed), PEAK.load(Ordering::Relaxed));
    println!("file {}: cells read: live {} (peak {})", mb(size as usize), mb(live), mb(peak));
    let ledger = reader.finish().expect("imported");
    let (live, peak) = (LIVE.load(Ordering::Relaxed), PEAK.load(Ordering::Relaxed));
    println!("ledger of {} entries: live {} (peak {})", ledger.book().entries.len(), mb(live), mb(peak));
}
