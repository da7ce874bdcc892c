//! Pixel plumbing shared by the checks: one fast area-average downscale of the decoded picture
//! (decode once, shrink once), luma conversion, and the bilinear perspective sampler used to cut
//! the document or face out into a fixed-size working crop.

use image::{DynamicImage, GrayImage, Luma, RgbImage};
use imageproc::geometric_transformations::Projection;

/// Rec. 601 luma on 0..255 (the unit of every luma threshold in this module, as in the dev labels).
#[inline]
pub fn luma(r: u8, g: u8, b: u8) -> f32 {
    0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b)
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
    let norm = (k_eff_x * k_eff_y) as u32;
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
        let out_row = &mut (*out)[oy as usize * ow as usize * 3..(oy as usize + 1) * ow as usize * 3];
        for (o, a) in out_row.iter_mut().zip(acc.iter()) {
            *o = ((a + norm / 2) / norm).min(255) as u8;
        }
    }
    out
}

/// The working copy: the picture shrunk by an integer factor so its long side is below
/// `2 × target` (and at least `target` unless the picture is smaller). Works straight on the
/// decoder's buffer when it is 8-bit RGB (the JPEG case), so a 12 MP photo is read once, not copied.
pub fn working_copy(img: &DynamicImage, target: u32) -> (RgbImage, u32) {
    let (w, h) = (img.width(), img.height());
    let k = (w.max(h) / target.max(1)).max(1);
    match img {
        DynamicImage::ImageRgb8(buf) if k == 1 => (buf.clone(), 1),
        DynamicImage::ImageRgb8(buf) => (box_downscale_rgb(buf.as_raw(), w, h, k), k),
        other => {
            let rgb = other.to_rgb8();
            if k == 1 { (rgb, 1) } else { (box_downscale_rgb(rgb.as_raw(), w, h, k), k) }
        }
    }
}

/// Shrink an RGB image by the integer factor `k` (area average).
pub fn shrink(img: &RgbImage, k: u32) -> RgbImage {
    if k <= 1 {
        return img.clone();
    }
    box_downscale_rgb(img.as_raw(), img.width(), img.height(), k)
}

pub fn to_luma(img: &RgbImage) -> GrayImage {
    let mut out = GrayImage::new(img.width(), img.height());
    for (o, p) in out.pixels_mut().zip(img.pixels()) {
        *o = Luma([luma(p[0], p[1], p[2]).round().clamp(0.0, 255.0) as u8]);
    }
    out
}

/// A perspective crop: RGB plus, per pixel, whether it came from inside the picture (cut-off
/// documents reach outside the frame; those pixels must not count in any measure).
pub struct Crop {
    pub rgb: RgbImage,
    pub valid: Vec<bool>,
}

impl Crop {
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
/// `out_w × out_h` rectangle, bilinearly. imageproc's `Projection` gives the homography; the loop is
/// ours because we also need the validity mask. Returns None for a degenerate quad.
pub fn warp_quad(src: &RgbImage, quad: [(f32, f32); 4], out_w: u32, out_h: u32) -> Option<Crop> {
    if out_w == 0 || out_h == 0 || src.width() < 2 || src.height() < 2 {
        return None;
    }
    let (ow, oh) = (out_w as f32, out_h as f32);
    // Map output rectangle → source quad (what the sampler needs).
    let proj = Projection::from_control_points([(0.0, 0.0), (ow, 0.0), (ow, oh), (0.0, oh)], quad)?;
    let (sw, sh) = (src.width() as usize, src.height() as usize);
    let raw = src.as_raw();
    let mut rgb = RgbImage::new(out_w, out_h);
    let mut valid = vec![false; (out_w * out_h) as usize];
    let out: &mut [u8] = &mut rgb;
    for y in 0..out_h as usize {
        for x in 0..out_w as usize {
            let (fx, fy) = proj * (x as f32 + 0.5, y as f32 + 0.5);
            let (fx, fy) = (fx - 0.5, fy - 0.5);
            if !(fx.is_finite() && fy.is_finite()) || fx < -0.5 || fy < -0.5 || fx > sw as f32 - 0.5 || fy > sh as f32 - 0.5 {
                continue;
            }
            let fx = fx.clamp(0.0, (sw - 1) as f32);
            let fy = fy.clamp(0.0, (sh - 1) as f32);
            let x0 = fx as usize;
            let y0 = fy as usize;
            let x1 = (x0 + 1).min(sw - 1);
            let y1 = (y0 + 1).min(sh - 1);
            let (ax, ay) = (fx - x0 as f32, fy - y0 as f32);
            let i = y * out_w as usize + x;
            for c in 0..3 {
                let p = |xx: usize, yy: usize| f32::from(raw[(yy * sw + xx) * 3 + c]);
                let top = p(x0, y0) * (1.0 - ax) + p(x1, y0) * ax;
                let bot = p(x0, y1) * (1.0 - ax) + p(x1, y1) * ax;
                out[i * 3 + c] = (top * (1.0 - ay) + bot * ay).round().clamp(0.0, 255.0) as u8;
            }
            valid[i] = true;
        }
    }
    Some(Crop { rgb, valid })
}
