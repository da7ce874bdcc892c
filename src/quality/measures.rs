//! Photometric measures on a working crop (the warped document or the face box), all normalised so
//! their thresholds do not depend on the file's resolution: luma statistics on 0..255, shares of
//! the crop, a contrast-free sharpness ratio, a cast-free chroma spread.

use super::geometry::{percentile_bin, percentile_bin_above};
use super::raster::{Crop, to_level};
use super::report::Region;

/// Luma statistics of the valid pixels of a crop.
#[derive(Debug, Clone, Copy, Default)]
pub struct Exposure {
    pub mean: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
    /// Share of pixels at or above `CLIP_LUMA` (blown out).
    pub clipped: f64,
    pub count: usize,
}

/// A pixel this bright has lost its detail (OFIQ's clipping band starts at 247 on linear Y; on the
/// sRGB-coded luma of a JPEG, 250 is the usual "blown" floor, as in the dev labels' clip share).
pub const CLIP_LUMA: f32 = 250.0;

pub fn exposure(crop: &Crop) -> Exposure {
    let mut hist = [0u32; 256];
    let mut sum = 0f64;
    let mut n = 0usize;
    let mut clipped = 0usize;
    for (&y, ok) in crop.luma.iter().zip(crop.valid.iter()) {
        if !ok {
            continue;
        }
        hist[usize::from(to_level(y))] += 1;
        sum += f64::from(y);
        n += 1;
        if y >= CLIP_LUMA {
            clipped += 1;
        }
    }
    if n == 0 {
        return Exposure::default();
    }
    let pct = |q: f64| percentile_bin(&hist, n as u64, q) as f64;
    Exposure {
        mean: sum / n as f64,
        p10: pct(0.10),
        p50: pct(0.50),
        p90: pct(0.90),
        clipped: clipped as f64 / n as f64,
        count: n,
    }
}

/// Luma plane of a crop as f32, invalid pixels replaced by the mean so they add no edges.
fn luma_plane(crop: &Crop) -> Vec<f32> {
    let mut v = crop.luma.clone();
    let (s, n) = v
        .iter()
        .zip(&crop.valid)
        .filter(|(_, ok)| **ok)
        .fold((0f64, 0usize), |(s, n), (y, _)| (s + f64::from(*y), n + 1));
    let mean = if n == 0 { 0.0 } else { (s / n as f64) as f32 };
    for (y, ok) in v.iter_mut().zip(&crop.valid) {
        if !ok {
            *y = mean;
        }
    }
    v
}

/// Re-blur sharpness (Crete et al., 2007): blur the crop again with a 9-tap box along one axis and
/// see how much of its pixel-to-pixel variation survives. A sharp picture loses most of it, a
/// blurry one hardly changes. The ratio is free of contrast and exposure; taken on a crop warped
/// to a fixed size, it is free of resolution too. Returns 0 (flat/blurry) … 1 (sharp), the
/// minimum over the two axes so motion blur in either direction counts.
pub fn sharpness(crop: &Crop) -> f64 {
    let (w, h) = (crop.width() as usize, crop.height() as usize);
    if w < 12 || h < 12 {
        return 0.0;
    }
    let y = luma_plane(crop);
    let valid = &crop.valid;
    // Along rows: each row on its own, a running 9-tap sum.
    let (mut d_orig, mut d_lost) = (0f64, 0f64);
    let mut blurred = vec![0f32; w];
    for (row, ok) in y.chunks_exact(w).zip(valid.chunks_exact(w)) {
        box9(row, &mut blurred);
        for i in 1..w {
            if ok[i] && ok[i - 1] {
                let d = (row[i] - row[i - 1]).abs();
                let db = (blurred[i] - blurred[i - 1]).abs();
                d_orig += f64::from(d);
                d_lost += f64::from((d - db).max(0.0));
            }
        }
    }
    let horizontal = if d_orig <= 0.0 { 0.0 } else { d_lost / d_orig };
    // Along columns: the same arithmetic for every column at once, a row of column sums at a
    // time (walking each column down the plane would miss the cache on every pixel).
    let (mut d_orig, mut d_lost) = (0f64, 0f64);
    let at_row = |j: isize| &y[j.clamp(0, h as isize - 1) as usize * w..][..w];
    let mut sums = vec![0f32; w];
    for j in -R..=R {
        for (s, v) in sums.iter_mut().zip(at_row(j)) {
            *s += v;
        }
    }
    let mut prev_blurred = vec![0f32; w];
    let mut cur_blurred = vec![0f32; w];
    for i in 0..h {
        for (b, s) in cur_blurred.iter_mut().zip(&sums) {
            *b = s / (2 * R + 1) as f32;
        }
        if i > 0 {
            let (cur, prev) = (at_row(i as isize), at_row(i as isize - 1));
            let (ok, ok_prev) = (&valid[i * w..(i + 1) * w], &valid[(i - 1) * w..i * w]);
            for x in 0..w {
                if ok[x] && ok_prev[x] {
                    let d = (cur[x] - prev[x]).abs();
                    let db = (cur_blurred[x] - prev_blurred[x]).abs();
                    d_orig += f64::from(d);
                    d_lost += f64::from((d - db).max(0.0));
                }
            }
        }
        let (add, sub) = (at_row(i as isize + R + 1), at_row(i as isize - R));
        for ((s, a), b) in sums.iter_mut().zip(add).zip(sub) {
            *s += a - b;
        }
        std::mem::swap(&mut prev_blurred, &mut cur_blurred);
    }
    let vertical = if d_orig <= 0.0 { 0.0 } else { d_lost / d_orig };
    // The minimum over the two axes, so motion blur in either direction counts.
    let result = horizontal.min(vertical);
    if result.is_finite() { result } else { 0.0 }
}

/// Half-width of the re-blur box (9 taps).
const R: isize = 4;

/// 9-tap mean of `line` with clamped ends, from a running sum (O(1) a pixel).
fn box9(line: &[f32], out: &mut [f32]) {
    let len = line.len() as isize;
    let tap = |j: isize| line[j.clamp(0, len - 1) as usize];
    let mut s: f32 = (-R..=R).map(tap).sum();
    for (i, b) in out.iter_mut().enumerate() {
        *b = s / (2 * R + 1) as f32;
        let i = i as isize;
        s += tap(i + R + 1) - tap(i - R);
    }
}

/// Colour spread that ignores a uniform cast: opponent channels (R−G, (R+G)/2−B) minus their
/// medians, and the 95th percentile of the remaining chroma magnitude. A black-and-white photo or
/// copy stays near 0 even under a warm lamp; a printed colour card has bands and a portrait far
/// above. Units: 0..255 levels.
pub fn chroma_spread(crop: &Crop) -> f64 {
    // Histograms instead of sorting: R−G and 2·((R+G)/2−B) = R+G−2B are integers, so their
    // medians are exact from counts; the magnitude's percentile is taken on 0.25-level bins.
    let mut h_rg = vec![0u32; 511];
    let mut h_yb = vec![0u32; 1021];
    let mut n = 0u64;
    let raw = crop.rgb.as_raw();
    for (p, ok) in raw.chunks_exact(3).zip(crop.valid.iter()) {
        if *ok {
            let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
            h_rg[(r - g + 255) as usize] += 1;
            h_yb[(r + g - 2 * b + 510) as usize] += 1;
            n += 1;
        }
    }
    if n == 0 {
        return 0.0;
    }
    let median = |h: &[u32]| percentile_bin_above(h, n, 0.5).unwrap_or(0);
    let (mr, my) = (median(&h_rg) as f32 - 255.0, (median(&h_yb) as f32 - 510.0) / 2.0);
    const BINS_PER_LEVEL: f32 = 4.0;
    let mut h_mag = vec![0u32; (400.0 * BINS_PER_LEVEL) as usize];
    for (p, ok) in raw.chunks_exact(3).zip(crop.valid.iter()) {
        if *ok {
            let (r, g, b) = (f32::from(p[0]), f32::from(p[1]), f32::from(p[2]));
            let m = ((r - g - mr).powi(2) + ((r + g) / 2.0 - b - my).powi(2)).sqrt();
            let i = ((m * BINS_PER_LEVEL) as usize).min(h_mag.len() - 1);
            h_mag[i] += 1;
        }
    }
    match percentile_bin_above(&h_mag, n, 0.95) {
        Some(i) => f64::from(i as f32 / BINS_PER_LEVEL),
        None => f64::from(h_mag.len() as f32 / BINS_PER_LEVEL),
    }
}

/// True when every pixel has R = G = B (within 2 levels for JPEG rounding): certainly grey.
pub fn all_channels_equal(crop: &Crop) -> bool {
    crop.rgb.pixels().zip(&crop.valid).filter(|(_, ok)| **ok).all(|(p, _)| {
        let (mx, mn) = (p[0].max(p[1]).max(p[2]), p[0].min(p[1]).min(p[2]));
        mx - mn <= 2
    })
}

/// Glare: bright, colourless blobs. A cell of `GLARE_CELL` px counts when most of its pixels are
/// near-white and unsaturated; isolated specks (white text, a white stripe) do not fill a cell.
#[derive(Debug, Clone, Default)]
pub struct Glare {
    /// Glare cells / valid cells of the crop.
    pub fraction: f64,
    /// Blown glare cells (mean luma at the clip level, `CLIP_LUMA`) / valid cells: the part of
    /// the near-white, colourless area that is a specular reflection beyond doubt.
    pub blown: f64,
    /// Where the glare's centre of mass sits on the crop.
    pub region: Option<Region>,
    /// Glare cells as rectangles (x, y, w, h) in crop pixels, for the annotation.
    pub cells: Vec<(u32, u32, u32, u32)>,
}

/// Near-white: at this luma (of 255) printed paper under normal light does not get; a specular
/// reflection does (the dev set's clean cards peak below 230, glare cores are clipped at 255).
pub const GLARE_LUMA: f32 = 240.0;
/// …and colourless: (max − min) / max of the RGB triplet, HSV saturation (methods doc: S < 0.15–0.2).
pub const GLARE_MAX_SAT: f32 = 0.2;
/// Cell side on the 800-px document crop (1 % of the card width: fine enough to place a spot,
/// coarse enough that white text strokes never fill one).
pub const GLARE_CELL: u32 = 8;
/// Share of a cell's pixels that must be glare pixels for the cell to count.
const GLARE_CELL_FILL: f64 = 0.75;

// Why two levels. Near-white and colourless is what a specular reflection looks like, but it is
// also what a card's white print looks like (portrait background, MRZ band, a white card's
// paper): on `tune`, with the true card outline, 24 % of good photos had ≥ 3 % of such cells,
// all of them white print at 240–247. A specular reflection is the light source mirrored, far
// brighter than any diffusely lit paper, so it drives the sensor to its clip level while the
// camera's exposure keeps paper below it; white print is never blown in a well-exposed photo
// (and a photo where it is, is too bright). So only blown glare (cell mean ≥ `CLIP_LUMA`, the
// same "blown" floor as `Exposure::clipped`) can fail a photo; near-white alone only warns.

pub fn glare(crop: &Crop) -> Glare {
    let (w, h) = (crop.width(), crop.height());
    let mut cells = Vec::new();
    let mut blown = 0usize;
    let mut valid_cells = 0usize;
    let (mut sx, mut sy) = (0f64, 0f64);
    let mut cy = 0;
    while cy + GLARE_CELL <= h {
        let mut cx = 0;
        while cx + GLARE_CELL <= w {
            let mut bright = 0usize;
            let mut valid = 0usize;
            let mut sum = 0f32;
            for y in cy..cy + GLARE_CELL {
                for x in cx..cx + GLARE_CELL {
                    let i = (y * w + x) as usize;
                    if !crop.valid.get(i).copied().unwrap_or(false) {
                        continue;
                    }
                    valid += 1;
                    sum += crop.luma[i];
                    if crop.luma[i] < GLARE_LUMA {
                        continue;
                    }
                    let p = crop.rgb.get_pixel(x, y);
                    let mx = f32::from(p[0].max(p[1]).max(p[2]));
                    let mn = f32::from(p[0].min(p[1]).min(p[2]));
                    let sat = if mx > 0.0 { (mx - mn) / mx } else { 0.0 };
                    if sat <= GLARE_MAX_SAT {
                        bright += 1;
                    }
                }
            }
            let cell_px = (GLARE_CELL * GLARE_CELL) as usize;
            if valid * 2 >= cell_px {
                valid_cells += 1;
                if bright as f64 >= GLARE_CELL_FILL * valid as f64 {
                    if sum >= CLIP_LUMA * valid as f32 {
                        blown += 1;
                    }
                    cells.push((cx, cy, GLARE_CELL, GLARE_CELL));
                    sx += f64::from(cx + GLARE_CELL / 2);
                    sy += f64::from(cy + GLARE_CELL / 2);
                }
            }
            cx += GLARE_CELL;
        }
        cy += GLARE_CELL;
    }
    if valid_cells == 0 || cells.is_empty() {
        return Glare::default();
    }
    let n = cells.len() as f64;
    let region = Some(Region::of_point(sx / n / f64::from(w), sy / n / f64::from(h)));
    Glare {
        fraction: n / valid_cells as f64,
        blown: blown as f64 / valid_cells as f64,
        region,
        cells,
    }
}
