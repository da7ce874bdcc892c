//! Memory stays bounded on every bad file: the checker's peak heap use, measured by a counting
//! allocator, is a fixed allowance plus an amount per pixel it actually decoded — never what a
//! header claims. Alone in its test binary so nothing else allocates meanwhile.

mod support;

use std::{
    alloc::{GlobalAlloc, Layout, System},
    sync::atomic::{AtomicUsize, Ordering::Relaxed},
};

use kyc_doctor::quality::{CheckOptions, Kind, check};
use support::{bad_files::corpus, card_jpeg};

struct Counting;

static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        CURRENT.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            CURRENT.fetch_sub(layout.size(), Relaxed);
            grew(new_size);
        }
        p
    }
}

fn grew(bytes: usize) {
    let now = CURRENT.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(now, Relaxed);
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Whatever the input, the checker may use this much besides its per-pixel working memory (the
/// face model, the annotated JPEG's encoder, small tables).
const FIXED_ALLOWANCE: usize = 24 << 20;
/// Working memory per decoded pixel: the RGB image, a grey copy, downscaled copies and the
/// annotation canvas fit in this comfortably.
const BYTES_PER_DECODED_PIXEL: usize = 16;

#[test]
fn every_bad_file_is_checked_in_bounded_memory() {
    let mut files = corpus();
    // And a real-sized photo, so the per-pixel part of the bound is exercised too.
    files.push(("12 MP photo", card_jpeg(4000, 3000)));
    let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
    println!("{:<40} {:>10} {:>12} {:>12}", "file", "bytes", "pixels", "peak heap");
    for (name, bytes) in &files {
        for kind in [Kind::Id, Kind::Selfie] {
            let baseline = CURRENT.load(Relaxed);
            PEAK.store(baseline, Relaxed);
            let pixels = match check(bytes, kind, &opts) {
                Ok(checked) => checked.report.width as usize * checked.report.height as usize,
                Err(_) => 0,
            };
            let peak = PEAK.load(Relaxed).saturating_sub(baseline);
            if kind == Kind::Id {
                println!(
                    "{name:<40} {:>10} {pixels:>12} {:>9.1} MiB",
                    bytes.len(),
                    peak as f64 / (1 << 20) as f64
                );
            }
            let bound = FIXED_ALLOWANCE + BYTES_PER_DECODED_PIXEL * pixels;
            assert!(
                peak <= bound,
                "{name} ({kind:?}): peak {peak} bytes over the bound {bound} for {pixels} pixels"
            );
        }
    }
}
