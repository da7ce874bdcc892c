//! Speed and memory of the photo checker (a benchmark, not a test).
//!
//! `taskset -c 0 cargo run --release --example quality-bench [-- FILE...]` (from the repository root)
//!
//! Generates, in memory, a 12 MP JPEG of a card on a textured table (4000 × 3000, quality 92) and
//! times (a) the bare decode with the `image` crate and (b) the full `id` check of the same bytes,
//! interleaved, in the same process on one core; prints the median and the fastest run of each and
//! both ratios (on a shared machine the fastest run is the least disturbed one). Then generates a ~20 MB JPEG (noisy,
//! quality 100), resets the peak-RSS counter (/proc/self/clear_refs) and reports the peak resident
//! memory (VmHWM) of checking it. With FILEs, times those photos instead (each resized to 12 MP
//! in its own shape, quality 92), one line each and the worst ratio.

use std::time::{Duration, Instant};

use image::{Rgb, RgbImage};
use kyc_doctor::quality::{CheckOptions, Kind, check};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }
}

/// A card-like light rectangle with text strokes and a blue band on a striped, noisy table.
fn scene(w: u32, h: u32, noise: u32, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    let (cx0, cy0, cx1, cy1) = (w / 6, h / 5, w * 5 / 6, h / 5 + (w * 2 / 3) * 54 / 86);
    RgbImage::from_fn(w, h, |x, y| {
        let n = (rng.next() % (2 * noise + 1)) as i32 - noise as i32;
        let base: [i32; 3] = if x >= cx0 && x < cx1 && y >= cy0 && y < cy1 {
            let (u, v) = (x - cx0, y - cy0);
            if v < (cy1 - cy0) / 6 {
                [40, 90, 170]
            } else if u > (cx1 - cx0) / 3 && (v / 40) % 3 == 0 && (u / 9) % 4 != 0 {
                [30, 30, 40]
            } else {
                [226, 222, 208]
            }
        } else {
            let s = ((x as f32 * 0.01).sin() * 20.0) as i32;
            [120 + s, 85 + s, 60 + s / 2]
        };
        Rgb(base.map(|c| (c + n).clamp(0, 255) as u8))
    })
}

fn encode(img: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(img)
        .expect("encode");
    out
}

fn median(v: &[Duration]) -> f64 {
    let mut v = v.to_vec();
    v.sort();
    v[v.len() / 2].as_secs_f64() * 1000.0
}

fn fastest(v: &[Duration]) -> f64 {
    v.iter().min().map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn vm_hwm_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

/// Times the bare decode and the full `id` check of `jpeg`, interleaved, `runs` times each.
/// Returns (decode median, decode fastest, check median, check fastest) in ms.
fn time_pair(jpeg: &[u8], opts: &CheckOptions, runs: usize) -> (f64, f64, f64, f64) {
    // Warm up both paths once (page faults, the allocator).
    let _ = image::load_from_memory(jpeg).expect("decode");
    let _ = check(jpeg, Kind::Id, opts).expect("check");
    let (mut dec, mut chk) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        let img = image::load_from_memory(jpeg).expect("decode");
        dec.push(t.elapsed());
        drop(img);
        let t = Instant::now();
        let c = check(jpeg, Kind::Id, opts).expect("check");
        chk.push(t.elapsed());
        drop(c);
    }
    (median(&dec), fastest(&dec), median(&chk), fastest(&chk))
}

fn main() {
    const RUNS: usize = 11;
    let opts = CheckOptions::default();
    // `-- FILE...`: time real photos instead, each resized to 12 MP in its own shape and
    // re-encoded at quality 92 (the synthetic scene is easy for the document search; busy real backgrounds are
    // not). One line per photo, then the worst ratios; the memory part is skipped.
    let photos: Vec<String> = std::env::args().skip(1).collect();
    if !photos.is_empty() {
        println!(
            "12 MP copies (q92) of real photos; ms, median of {RUNS} interleaved runs (fastest)"
        );
        let (mut worst_median, mut worst_fastest) = (0f64, 0f64);
        for path in &photos {
            let img = image::open(path).expect("open FILE").to_rgb8();
            // 12 MP in the photo's own shape (4000 × 3000 for 4:3, 3000 × 4000 for a portrait).
            let s = (12.0e6 / (f64::from(img.width()) * f64::from(img.height()))).sqrt();
            let (w, h) = (
                (f64::from(img.width()) * s).round() as u32,
                (f64::from(img.height()) * s).round() as u32,
            );
            let jpeg = encode(
                &image::imageops::resize(&img, w, h, image::imageops::FilterType::CatmullRom),
                92,
            );
            let verdict = check(&jpeg, Kind::Id, &opts).expect("check");
            let (d, df, c, cf) = time_pair(&jpeg, &opts, RUNS);
            worst_median = worst_median.max(c / d);
            worst_fastest = worst_fastest.max(cf / df);
            let issues: Vec<&str> = verdict.report.issues.iter().map(|i| i.code.as_str()).collect();
            println!(
                "{path}: decode {d:.1} ({df:.1}), check {c:.1} ({cf:.1}), ratio {:.2} ({:.2}); issues {issues:?}",
                c / d,
                cf / df
            );
        }
        println!(
            "worst ratio over {} photos: {worst_median:.2} median, {worst_fastest:.2} fastest (target ≤ 1.30)",
            photos.len()
        );
        return;
    }
    let jpeg12 = encode(&scene(4000, 3000, 6, 42), 92);
    println!("12 MP JPEG: 4000 × 3000, {:.1} MB", jpeg12.len() as f64 / 1e6);
    let r = check(&jpeg12, Kind::Id, &opts).expect("check");
    println!(
        "verdict: ok={} issues={:?}",
        r.report.ok,
        r.report.issues.iter().map(|i| i.code.as_str()).collect::<Vec<_>>()
    );
    let (d, df, c, cf) = time_pair(&jpeg12, &opts, RUNS);
    println!("decode only (image crate): {d:.1} ms median, {df:.1} ms fastest");
    println!("full id check:             {c:.1} ms median, {cf:.1} ms fastest");
    println!(
        "ratio check / decode:      {:.2} median, {:.2} fastest (target ≤ 1.30)",
        c / d,
        cf / df
    );

    // ~20 MB: high-quality JPEG of a noisy scene (noise defeats compression), shrunk until it
    // fits under the 20 MiB limit (Telegram's getFile maximum).
    let (mut w, mut h) = (6000u32, 4500u32);
    let big = loop {
        let bytes = encode(&scene(w, h, 40, 7), 100);
        if bytes.len() <= opts.max_bytes || w < 2000 {
            break bytes;
        }
        let f = (opts.max_bytes as f64 * 0.97 / bytes.len() as f64).sqrt();
        w = (f64::from(w) * f) as u32;
        h = (f64::from(h) * f) as u32;
    };
    println!("\nlarge JPEG: {w} × {h}, {:.1} MB", big.len() as f64 / 1e6);
    let before = vm_hwm_kib().unwrap_or(0);
    // Reset the high-water mark (Linux ≥ 4.0), so it reflects the check alone plus the bytes held.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let after_reset = vm_hwm_kib().unwrap_or(0);
    let t = Instant::now();
    let res = check(&big, Kind::Id, &opts);
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    let peak = vm_hwm_kib().unwrap_or(0);
    match res {
        Ok(_) => println!("checked in {ms:.0} ms"),
        Err(e) => println!("refused: {} ({})", e.code.as_str(), e.message),
    }
    println!(
        "peak RSS while checking it: {:.0} MiB (baseline after reset {:.0} MiB; before reset {:.0} MiB)",
        peak as f64 / 1024.0,
        after_reset as f64 / 1024.0,
        before as f64 / 1024.0
    );
}
