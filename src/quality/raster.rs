//! Pixel plumbing shared by the checks: one fast area-average downscale of the decoded picture
//! (decode once, shrink once), luma conversion, and the bilinear perspective sampler used to cut
//! the document or face out into a fixed-size working crop.

use image::{DynamicImage, GrayImage, Luma, RgbImage};

use super::geometry::Homography;

/// Rec. 601 luma on 0..255 (the unit of every luma threshold in this module, as in the dev labels).
#[inline]
pub fn luma(r: u8, g: u8, b: u8) -> f32 {
    0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b)
}

/// Round to the nearest level (half up) and clamp to 0..=255, NaN to 0: as
/// `v.round().clamp(0.0, 255.0) as u8`, without the library call `round` makes on baseline
/// x86-64, which cost milliseconds in the per-pixel loops.
#[inline]
pub fn to_level(v: f32) -> u8 {
    // `as u8` saturates: below 0 gives 0, above 255 gives 255.
    (v + 0.5) as u8
}

/// Average `k × k` blocks of an RGB byte buffer (`w × h`, 3 bytes a pixel, tightly packed).
/// One pass over the source; the remainder rows/columns that do not fill a block are dropped.
fn box_downscale_rgb(src: &[u8], w: u32, h: u32, k: u32) -> RgbImage {
    let k = k.max(1);
    let (ow, oh) = ((w / k).max(1), (h / k).max(1));
    let k_eff_x = k.min(w);
    let k_eff_y = k.min(h);
    let mut out = RgbImage::new(ow, oh);
    let mut acc = vec![0u32; ow as usize * 3];
    let row_bytes = w as usize * 3;
    let norm = k_eff_x * k_eff_y;
    let kx = k_eff_x as usize;
    let used = ow as usize * kx * 3;
    for oy in 0..oh {
        acc.iter_mut().for_each(|a| *a = 0);
        for dy in 0..k_eff_y {
            let y = (oy * k + dy) as usize;
            let Some(row) = src.get(y * row_bytes..(y + 1) * row_bytes) else { continue };
            let Some(row) = row.get(..used) else { continue };
            // One output pixel's block of k source pixels at a time, no bounds checks inside.
            for (a, blk) in acc.chunks_exact_mut(3).zip(row.chunks_exact(kx * 3)) {
                let (mut r, mut g, mut b) = (0u32, 0u32, 0u32);
                for p in blk.chunks_exact(3) {
                    r += u32::from(p[0]);
                    g += u32::from(p[1]);
                    b += u32::from(p[2]);
                }
                a[0] += r;
                a[1] += g;
                a[2] += b;
            }
        }
        let out_row =
            &mut (*out)[oy as usize * ow as usize * 3..(oy as usize + 1) * ow as usize * 3];
        for (o, a) in out_row.iter_mut().zip(acc.iter()) {
            *o = ((a + norm / 2) / norm).min(255) as u8;
        }
    }
    out
}

/// The working copy: the picture shrunk by an integer factor so its long side is below
/// `2 × target` (and at least `target` unless the picture is smaller). Takes the decoded picture
/// by value: when it is 8-bit RGB and already small enough (a JPEG decoded at a reduced scale),
/// its buffer becomes the working copy without a copy.
pub fn working_copy(img: DynamicImage, target: u32) -> (RgbImage, u32) {
    let (w, h) = (img.width(), img.height());
    let k = (w.max(h) / target.max(1)).max(1);
    let rgb = match img {
        DynamicImage::ImageRgb8(buf) => buf,
        other => other.into_rgb8(),
    };
    if k == 1 { (rgb, 1) } else { (box_downscale_rgb(rgb.as_raw(), w, h, k), k) }
}

/// Shrink an RGB image by the integer factor `k` (area average).
pub fn shrink(img: &RgbImage, k: u32) -> RgbImage {
    if k <= 1 {
        return img.clone();
    }
    box_downscale_rgb(img.as_raw(), img.width(), img.height(), k)
}

/// Area-average resize of an RGB image to `ow × oh` (downscaling; exact box weights, fractional
/// at the block edges). For the detector's copy, whose size must not depend on what integer
/// factor the working copy happens to allow.
pub fn resize_area(img: &RgbImage, ow: u32, oh: u32) -> RgbImage {
    let mut out = RgbImage::new(ow.max(1), oh.max(1));
    let out_raw: &mut [u8] = &mut out;
    area_resize_each(img, ow, oh, |i, rgb| {
        out_raw[i * 3..i * 3 + 3].copy_from_slice(&rgb.map(to_level))
    });
    out
}

/// `to_luma(&resize_area(img, ow, oh))` without the colour copy: each output pixel's channels
/// rounded to levels as `resize_area` rounds them (the detector was calibrated on that rounding;
/// luma of unrounded channels differs by one level on a sixth of the pixels, enough to move a
/// faint outline), then its luma.
pub fn resize_area_luma(img: &RgbImage, ow: u32, oh: u32) -> GrayImage {
    let mut out = GrayImage::new(ow.max(1), oh.max(1));
    let out_raw: &mut [u8] = &mut out;
    area_resize_each(img, ow, oh, |i, [r, g, b]| {
        out_raw[i] = to_level(luma(to_level(r), to_level(g), to_level(b)))
    });
    out
}

/// The area resize behind both: columns first (the per-tap work runs along whole rows of
/// floats, which vectorises, and no resized-rows buffer is kept), then each output pixel's three
/// channel averages across the row, handed to `pixel` with the pixel's index (row-major).
fn area_resize_each(img: &RgbImage, ow: u32, oh: u32, mut pixel: impl FnMut(usize, [f32; 3])) {
    let (w, h) = (img.width() as usize, img.height() as usize);
    let (ow, oh) = (ow.max(1) as usize, oh.max(1) as usize);
    if w == 0 || h == 0 {
        return;
    }
    let (tx, ty) = (AreaTaps::new(w, ow), AreaTaps::new(h, oh));
    let raw = img.as_raw();
    let mut col = vec![0f32; w * 3];
    for o in 0..oh {
        col.iter_mut().for_each(|a| *a = 0.0);
        for (y, wgt) in ty.of(o) {
            for (a, v) in col.iter_mut().zip(&raw[y * w * 3..(y + 1) * w * 3]) {
                *a += wgt * f32::from(*v);
            }
        }
        for (x, &(first, a, b)) in tx.spans.iter().enumerate() {
            let mut acc = [0f32; 3];
            let ws = &tx.weights[a..b];
            for (wgt, p) in ws.iter().zip(col[first * 3..(first + ws.len()) * 3].chunks_exact(3)) {
                acc[0] += wgt * p[0];
                acc[1] += wgt * p[1];
                acc[2] += wgt * p[2];
            }
            pixel(o * ow + x, acc);
        }
    }
}

/// For each output index of an area resize from `n` to `on` samples, the source samples it
/// covers and their weights (summing to 1), stored flat.
struct AreaTaps {
    /// Per output: first source index and the range of its weights in `weights`.
    spans: Vec<(usize, usize, usize)>,
    weights: Vec<f32>,
}

impl AreaTaps {
    fn new(n: usize, on: usize) -> AreaTaps {
        let s = n as f32 / on as f32;
        let mut spans = Vec::with_capacity(on);
        let mut weights = Vec::with_capacity(on * (s.ceil() as usize + 1));
        for o in 0..on {
            let (a, b) = (o as f32 * s, ((o + 1) as f32 * s).min(n as f32));
            let first = a.floor() as usize;
            let last = (b.ceil() as usize).clamp(first + 1, n);
            let start = weights.len();
            weights.extend(
                (first..last).map(|i| (((i + 1) as f32).min(b) - (i as f32).max(a)).max(0.0)),
            );
            let sum: f32 = weights[start..].iter().sum::<f32>().max(1e-6);
            weights[start..].iter_mut().for_each(|v| *v /= sum);
            spans.push((first, start, weights.len()));
        }
        AreaTaps { spans, weights }
    }

    /// (source index, weight) pairs of output `o`.
    fn of(&self, o: usize) -> impl Iterator<Item = (usize, f32)> + '_ {
        let (first, a, b) = self.spans[o];
        self.weights[a..b].iter().enumerate().map(move |(j, w)| (first + j, *w))
    }
}

pub fn to_luma(img: &RgbImage) -> GrayImage {
    let mut out = GrayImage::new(img.width(), img.height());
    for (o, p) in out.pixels_mut().zip(img.pixels()) {
        *o = Luma([to_level(luma(p[0], p[1], p[2]))]);
    }
    out
}

/// A perspective crop: RGB plus, per pixel, whether it came from inside the picture (cut-off
/// documents reach outside the frame; those pixels must not count in any measure), and its luma,
/// computed once for the several measures that read it.
pub struct Crop {
    pub rgb: RgbImage,
    pub valid: Vec<bool>,
    /// Rec. 601 luma of each pixel (0..255, unrounded).
    pub luma: Vec<f32>,
}

impl Crop {
    pub fn new(rgb: RgbImage, valid: Vec<bool>) -> Crop {
        let luma = rgb.as_raw().chunks_exact(3).map(|p| luma(p[0], p[1], p[2])).collect();
        Crop { rgb, valid, luma }
    }

    /// The whole of `rgb`, every pixel valid.
    pub fn whole(rgb: RgbImage) -> Crop {
        let n = rgb.as_raw().len() / 3;
        Crop::new(rgb, vec![true; n])
    }

    pub fn width(&self) -> u32 {
        self.rgb.width()
    }
    pub fn height(&self) -> u32 {
        self.rgb.height()
    }
    pub fn valid_count(&self) -> usize {
        self.valid.iter().filter(|v| **v).count()
    }
}

/// Sample the quadrilateral `quad` (TL, TR, BR, BL in `src` pixel coordinates) into an
/// `out_w × out_h` rectangle, bilinearly. The homography is stepped along each output row (two
/// additions and a division a pixel) and the bilinear weights are 8-bit fixed point. Returns None
/// for a degenerate quad.
pub fn warp_quad(src: &RgbImage, quad: [(f32, f32); 4], out_w: u32, out_h: u32) -> Option<Crop> {
    if out_w == 0 || out_h == 0 || src.width() < 2 || src.height() < 2 {
        return None;
    }
    let m = Homography::square_to_quad(quad)?.0;
    let (sw, sh) = (src.width() as usize, src.height() as usize);
    let raw = src.as_raw();
    let (ow, oh) = (out_w as usize, out_h as usize);
    let mut rgb = RgbImage::new(out_w, out_h);
    let mut valid = vec![false; ow * oh];
    let out: &mut [u8] = &mut rgb;
    let du = 1.0 / ow as f64;
    let (xmax, ymax) = (sw as f64 - 0.5, sh as f64 - 0.5);
    for y in 0..oh {
        let v = (y as f64 + 0.5) / oh as f64;
        let u0 = 0.5 * du;
        // Numerators and denominator at the row start, and their steps per output pixel.
        let (mut nx, mut ny, mut dd) =
            (m[0] * u0 + m[1] * v + m[2], m[3] * u0 + m[4] * v + m[5], m[6] * u0 + m[7] * v + 1.0);
        let (sx, sy, sd) = (m[0] * du, m[3] * du, m[6] * du);
        for x in 0..ow {
            let inv = 1.0 / dd;
            let (fx, fy) = (nx * inv - 0.5, ny * inv - 0.5);
            nx += sx;
            ny += sy;
            dd += sd;
            if !(fx >= -0.5 && fy >= -0.5 && fx <= xmax && fy <= ymax) {
                continue; // also rejects NaN
            }
            // One float-to-integer conversion per axis (each costs several instructions):
            // the position in 1/256 px, whose high bits are the pixel and low bits the weight.
            let fx = (fx.clamp(0.0, (sw - 1) as f64) * 256.0) as u32;
            let fy = (fy.clamp(0.0, (sh - 1) as f64) * 256.0) as u32;
            let (x0, y0) = ((fx >> 8) as usize, (fy >> 8) as usize);
            let (ax, ay) = (fx & 255, fy & 255);
            // The 2 × 2 neighbourhood as two 6-byte row slices (one bounds check each); at the
            // last column or row the neighbour is the pixel itself.
            let (dx, dy) = (if x0 + 1 < sw { 3 } else { 0 }, if y0 + 1 < sh { sw * 3 } else { 0 });
            let i00 = (y0 * sw + x0) * 3;
            let (Some(t), Some(b)) =
                (raw.get(i00..i00 + dx + 3), raw.get(i00 + dy..i00 + dy + dx + 3))
            else {
                continue;
            };
            let o = (y * ow + x) * 3;
            for (c, px) in out[o..o + 3].iter_mut().enumerate() {
                let top = u32::from(t[c]) * (256 - ax) + u32::from(t[dx + c]) * ax;
                let bot = u32::from(b[c]) * (256 - ax) + u32::from(b[dx + c]) * ax;
                *px = ((top * (256 - ay) + bot * ay + (1 << 15)) >> 16) as u8;
            }
            valid[y * ow + x] = true;
        }
    }
    Some(Crop::new(rgb, valid))
}

#[cfg(test)]
mod tests {
    use image::{Rgb, RgbImage};

    use super::{resize_area, resize_area_luma, to_level, to_luma};

    /// A picture with detail at every scale: gradients, a checker and a pseudo-random speckle.
    fn busy(w: u32, h: u32) -> RgbImage {
        RgbImage::from_fn(w, h, |x, y| {
            let n =
                (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)).wrapping_mul(2_654_435_761) >> 24;
            let check = if (x / 3 + y / 5) % 2 == 0 { 60 } else { 0 };
            Rgb([(x * 255 / w) as u8, ((y * 200 / h) + check) as u8, (n & 0xff) as u8])
        })
    }

    #[test]
    fn the_one_pass_grey_resize_matches_colour_resize_then_luma() {
        let img = busy(157, 93);
        let (a, b) = (to_luma(&resize_area(&img, 100, 59)), resize_area_luma(&img, 100, 59));
        assert_eq!(a.dimensions(), b.dimensions());
        // At most a level, and rarely.
        let diffs: Vec<i32> =
            a.pixels().zip(b.pixels()).map(|(p, q)| i32::from(p[0]) - i32::from(q[0])).collect();
        assert!(diffs.iter().all(|d| d.abs() <= 1));
        assert!(diffs.iter().filter(|d| **d != 0).count() * 100 <= diffs.len());
    }

    #[test]
    fn levels_round_half_up_and_clamp() {
        for v in [-3.0f32, -0.5, 0.0, 0.49, 0.5, 1.5, 2.5, 127.49, 254.5, 255.0, 300.0, f32::NAN] {
            assert_eq!(to_level(v), v.round().clamp(0.0, 255.0) as u8, "{v}");
        }
    }
}
