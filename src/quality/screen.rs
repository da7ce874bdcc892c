//! Screenshot and screen-recapture cues (quality-methods §2.5). Each cue is weak alone; the checker
//! fails only on a combination and warns on single cues.

use image::{GrayImage, ImageFormat, RgbImage};

use super::raster::luma;

/// Native screen sizes of common phones, tablets and desktops (portrait; landscape is matched too).
/// Cameras produce 4:3 and 16:9 frames, so screens of exactly those shapes at sizes cameras also
/// use (iPad 1536 × 2048, 1920 × 1080) are left out: quality-dev's 2048 × 1536 camera photos
/// matched them. Phones' tall 19.5:9 screens never come out of a camera.
const SCREEN_SIZES: [(u32, u32); 30] = [
    // iPhone
    (750, 1334),
    (828, 1792),
    (1125, 2436),
    (1170, 2532),
    (1179, 2556),
    (1242, 2208),
    (1242, 2688),
    (1284, 2778),
    (1290, 2796),
    (1080, 2340),
    (1206, 2622),
    (1320, 2868),
    // Android
    (720, 1600),
    (1080, 2400),
    (1080, 2160),
    (1080, 2280),
    (1080, 2412),
    (1440, 3200),
    (1440, 3120),
    (1440, 2960),
    (1440, 3088),
    (1080, 2408),
    (1220, 2712),
    // tablets (not 4:3)
    (1668, 2388),
    (1640, 2360),
    // desktops (16:10 and QHD)
    (1440, 2560),
    (900, 1440),
    (768, 1366),
    (1600, 2560),
    (1200, 1920),
];

/// Long side / short side from which a picture has a phone screen's shape: 19.5:9 and 20:9 screens
/// give 2.17–2.22; cameras give 4:3 (1.33) or 16:9 (1.78), panoramas far more (hence warn only).
const PHONE_ASPECT_MIN: f64 = 2.0;
const PHONE_ASPECT_MAX: f64 = 2.4;

pub fn is_phone_shaped(w: u32, h: u32) -> bool {
    let (s, l) = (f64::from(w.min(h)), f64::from(w.max(h)));
    s > 0.0 && (PHONE_ASPECT_MIN..=PHONE_ASPECT_MAX).contains(&(l / s))
}

pub fn is_screen_size(w: u32, h: u32) -> bool {
    let (s, l) = (w.min(h), w.max(h));
    SCREEN_SIZES.iter().any(|&(a, b)| a == s && b == l)
}

/// Share of 4 × 4 blocks (sampled over the working copy: native pixels for PNG and small JPEGs, a
/// DCT-domain reduction of a large JPEG, where an 8 × 8 block with only a DC term stays exactly
/// flat) whose pixels are all
/// exactly equal, ignoring black and clipped white (a camera clips highlights to flat 255 too).
/// A camera's sensor noise makes exactly flat blocks rare (< 2 %); screenshots' UI bars and plain
/// backgrounds are flat by construction.
pub fn flat_share(rgb: &RgbImage) -> f64 {
    let (w, h) = rgb.dimensions();
    if w < 8 || h < 8 {
        return 0.0;
    }
    // Sample about 4000 blocks on a regular grid.
    let step = ((f64::from(w) * f64::from(h) / 16.0 / 4000.0).sqrt().max(1.0) * 4.0) as u32;
    let step = step.max(4);
    let (mut flat, mut total) = (0usize, 0usize);
    let mut y = 0;
    while y + 4 <= h {
        let mut x = 0;
        while x + 4 <= w {
            let first = *rgb.get_pixel(x, y);
            let level = luma(first[0], first[1], first[2]);
            total += 1;
            if level > 3.0 && level < 252.0 {
                let same =
                    (0..4).all(|dy| (0..4).all(|dx| *rgb.get_pixel(x + dx, y + dy) == first));
                if same {
                    flat += 1;
                }
            }
            x += step;
        }
        y += step;
    }
    if total == 0 { 0.0 } else { flat as f64 / total as f64 }
}

/// Periodic fine texture: a photographed screen shows its pixel grid (or a moiré of it) as a
/// regular ripple every 2–12 camera pixels. On a patch of the working copy (native pixels for PNG
/// and JPEGs with a short side below 1440 px; a large JPEG is decoded at 1/2–1/8 scale, which
/// removes a fine pixel grid and leaves only a coarse moiré to see), the autocorrelation of
/// the row- and column-wise luma differences has a strong positive peak at the grid period;
/// natural texture, text and noise do not repeat that regularly. Returns the peak (−1..1).
pub fn periodicity(img: &RgbImage, center: (f64, f64)) -> f64 {
    const PATCH: u32 = 256;
    let (w, h) = (img.width(), img.height());
    if w < PATCH || h < PATCH {
        return 0.0;
    }
    let cx = ((center.0 * f64::from(w)) as u32).clamp(PATCH / 2, w - PATCH / 2);
    let cy = ((center.1 * f64::from(h)) as u32).clamp(PATCH / 2, h - PATCH / 2);
    let (x0, y0) = (cx - PATCH / 2, cy - PATCH / 2);
    let n = PATCH as usize;
    let (iw, raw) = (w as usize, img.as_raw());
    // The patch's luma, row by row, and its transpose (so columns are walked as rows too).
    let mut rows = vec![0f32; n * n];
    for (r, out) in rows.chunks_exact_mut(n).enumerate() {
        let start = ((y0 as usize + r) * iw + x0 as usize) * 3;
        for (v, p) in out.iter_mut().zip(raw[start..start + n * 3].chunks_exact(3)) {
            *v = luma(p[0], p[1], p[2]);
        }
    }
    let mut cols = vec![0f32; n * n];
    for (r, row) in rows.chunks_exact(n).enumerate() {
        for (c, v) in row.iter().enumerate() {
            cols[c * n + r] = *v;
        }
    }
    let mut best = 0f64;
    let mut d = vec![0f32; n - 1];
    for plane in [&rows, &cols] {
        let mut energy = 0f64;
        let mut corr = [0f64; 13];
        for line in plane.chunks_exact(n) {
            for (v, pair) in d.iter_mut().zip(line.windows(2)) {
                *v = pair[1] - pair[0];
            }
            energy += f64::from(dot(&d, &d));
            for (lag, c) in corr.iter_mut().enumerate().skip(2) {
                *c += f64::from(dot(&d[..d.len() - lag], &d[lag..]));
            }
        }
        if energy > 0.0 {
            for c in corr.iter().skip(2) {
                best = best.max(c / energy);
            }
        }
    }
    best
}

/// Dot product in eight running f32 lanes (a plain `sum` is a sequential chain the compiler may
/// not reorder; the lanes vectorise). One line is only 255 products, so f32 partial sums lose
/// nothing that matters (the line totals are added up in f64).
fn dot(a: &[f32], b: &[f32]) -> f32 {
    let mut lanes = [0f32; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f32 = ca.remainder().iter().zip(cb.remainder()).map(|(x, y)| x * y).sum();
    for (xa, xb) in ca.zip(cb) {
        for k in 0..8 {
            lanes[k] += xa[k] * xb[k];
        }
    }
    lanes.iter().sum::<f32>() + tail
}

/// Luma levels (0..255, on the detector's grey copy) below which a pixel may belong to a device's
/// frame, tried in turn. Phone and monitor bezels, and a dark-mode screen around a card, measure
/// 22–45 on quality-dev's recaptures (blurred into their surroundings at 640 px); backgrounds
/// there are 60 and brighter, and a lit card far brighter. Trying three levels keeps the cue from
/// hanging on one number. Highest first: the higher the level, the fewer pixels are lit, so a
/// document whose lit region reaches the border at the highest level reaches it at all of them and
/// the search stops there (the usual case, one pass).
const FRAME_DARK_LEVELS: [u8; 3] = [55, 50, 45];
/// A frame is a band, not a hairline: it must stay closed after thinning by this share of the
/// copy's long side on each side (2 px at 640 px, so a frame must be ≥ 5 px there, ~0.8 % of the
/// long side). Bezels measure 1.5–3 % in quality-dev; a card's own edge or shadow line far less.
const FRAME_MIN_HALF_THICKNESS_FRAC: f32 = 0.003;
/// Outside the frame the scene must be mostly lit: at least this share of the picture is lit
/// pixels outside the framed region. When the whole scene is dark (a card on a black table), the
/// "frame" is just the background.
const FRAME_MIN_LIT_OUTSIDE: f64 = 0.2;

/// A closed dark frame around the document: the device a card is shown on. The lit region around
/// the document's inner points (`seeds`, in `gray`'s pixels) covers at least `min_area` pixels
/// (half the document: a dark-haired portrait on the card does not count), and every path from it
/// to the picture's border crosses a dark band at least a few pixels thick — a phone's or
/// monitor's bezel, or a dark-mode screen around the card — while the scene outside is lit. A paper
/// card on a table is reached from the border through the lit table (or, on a dark table, the
/// scene itself is dark). Weak alone (a card on a black mat framed by a lit floor looks the same),
/// so it is one cue.
pub fn in_dark_frame(gray: &GrayImage, seeds: &[(f32, f32)], min_area: f64) -> bool {
    let (w, h) = (gray.width() as usize, gray.height() as usize);
    if w < 16 || h < 16 {
        return false;
    }
    let r = ((FRAME_MIN_HALF_THICKNESS_FRAC * w.max(h) as f32).round() as usize).max(1);
    let px = gray.as_raw();
    // The flood runs on a copy with a one-pixel rim, so neighbours are i ± 1 and i ± pw with no
    // bounds tests or divisions (this is the hot loop); reaching the rim means reaching the border.
    let pw = w + 2;
    let padded = |i: usize| (i / w + 1) * pw + i % w + 1;
    let seeds: Vec<usize> = seeds
        .iter()
        .filter_map(|&(sx, sy)| {
            let (x, y) = (sx.round() as isize, sy.round() as isize);
            (x >= 0 && y >= 0 && (x as usize) < w && (y as usize) < h)
                .then(|| padded(y as usize * w + x as usize))
        })
        .collect();
    // Cell states: closed (dark after thinning), open, open and lit, or the rim.
    const OPEN: u8 = 1;
    const LIT: u8 = 2;
    const RIM: u8 = 4;
    let mut cell = vec![RIM; pw * (h + 2)];
    let mut seen = vec![false; pw * (h + 2)];
    let mut stack = Vec::new();
    for level in FRAME_DARK_LEVELS {
        // Lit pixels, widened by r: a dark band thinner than 2r + 1 no longer separates them.
        let lit: Vec<bool> = px.iter().map(|v| *v > level).collect();
        let lit_total = lit.iter().filter(|l| **l).count();
        let wide = dilate(&lit, w, h, r);
        for y in 0..h {
            let row = (y + 1) * pw + 1;
            for ((c, open), lit) in cell[row..row + w]
                .iter_mut()
                .zip(&wide[y * w..(y + 1) * w])
                .zip(&lit[y * w..(y + 1) * w])
            {
                *c = (u8::from(*open) * OPEN) | (u8::from(*lit) * LIT);
            }
        }
        seen.fill(false);
        // Flood each seed's lit region (depth first: on a lit table it reaches the border fast).
        let mut any_escaped = false;
        for &s in &seeds {
            if seen[s] || cell[s] & LIT == 0 {
                continue;
            }
            let (mut escaped, mut area, mut lit_inside) = (false, 0usize, 0usize);
            seen[s] = true;
            stack.push(s);
            while let Some(i) = stack.pop() {
                area += 1;
                lit_inside += usize::from(cell[i] & LIT != 0);
                for j in [i - 1, i + 1, i - pw, i + pw] {
                    if cell[j] == RIM {
                        escaped = true;
                    } else if cell[j] & OPEN != 0 && !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
                if escaped {
                    break;
                }
            }
            stack.clear();
            if escaped {
                any_escaped = true;
                continue;
            }
            let lit_outside = (lit_total - lit_inside) as f64 / (w * h) as f64;
            if area as f64 >= min_area && lit_outside >= FRAME_MIN_LIT_OUTSIDE {
                return true;
            }
        }
        if any_escaped {
            return false; // a seed reaches the border at this level, so at every lower one too
        }
    }
    false
}

/// `mask` widened by `r` pixels (a square window), as two separable passes.
fn dilate(mask: &[bool], w: usize, h: usize, r: usize) -> Vec<bool> {
    // Each pass ORs whole shifted slices (2r + 1 of them; r is 2 at 640 px), which vectorises,
    // rather than walking columns down the picture.
    let mut rows = vec![false; w * h];
    for (src, dst) in mask.chunks_exact(w).zip(rows.chunks_exact_mut(w)) {
        for d in 0..=r.min(w - 1) {
            // dst[x] |= src[x + d] and dst[x + d] |= src[x].
            for (o, v) in dst[..w - d].iter_mut().zip(&src[d..]) {
                *o |= *v;
            }
            for (o, v) in dst[d..].iter_mut().zip(&src[..w - d]) {
                *o |= *v;
            }
        }
    }
    let mut out = vec![false; w * h];
    for y in 0..h {
        let dst = &mut out[y * w..(y + 1) * w];
        for yy in y.saturating_sub(r)..(y + r + 1).min(h) {
            for (o, v) in dst.iter_mut().zip(&rows[yy * w..(yy + 1) * w]) {
                *o |= *v;
            }
        }
    }
    out
}

/// Everything the screen check looks at.
#[derive(Debug, Clone, Copy)]
pub struct ScreenCues {
    pub screen_size: bool,
    pub phone_shaped: bool,
    pub png: bool,
    pub camera_exif: bool,
    pub flat_share: f64,
    pub periodicity: f64,
    /// The document sits inside a closed dark frame (`in_dark_frame`).
    pub dark_frame: bool,
}

/// `work` is the working copy; `size` the picture's own size (screen sizes are judged on it).
pub fn cues(
    work: &RgbImage,
    size: (u32, u32),
    format: ImageFormat,
    camera_exif: bool,
    doc_center: (f64, f64),
    dark_frame: bool,
) -> ScreenCues {
    let img = work;
    ScreenCues {
        screen_size: is_screen_size(size.0, size.1),
        phone_shaped: is_phone_shaped(size.0, size.1),
        png: format == ImageFormat::Png,
        camera_exif,
        flat_share: flat_share(img),
        periodicity: periodicity(img, doc_center),
        dark_frame,
    }
}

#[cfg(test)]
mod tests {
    use image::{GrayImage, Luma};

    use super::{dilate, in_dark_frame};

    #[test]
    fn dilation_sets_every_pixel_within_the_square_window() {
        let (w, h) = (37, 23);
        let mask: Vec<bool> = (0..w * h).map(|i| (i * 2_654_435_761usize) % 97 < 4).collect();
        for r in [1, 2, 3] {
            let got = dilate(&mask, w, h, r);
            for y in 0..h {
                for x in 0..w {
                    let want = (y.saturating_sub(r)..(y + r + 1).min(h)).any(|yy| {
                        (x.saturating_sub(r)..(x + r + 1).min(w)).any(|xx| mask[yy * w + xx])
                    });
                    assert_eq!(got[y * w + x], want, "r {r} at ({x}, {y})");
                }
            }
        }
    }

    /// 320 × 240 grey copy: `bg` everywhere, a dark band `frame` px thick around a lit screen, and
    /// a lit card in the middle.
    fn picture(bg: u8, frame: u32, frame_level: u8) -> GrayImage {
        GrayImage::from_fn(320, 240, |x, y| {
            let in_rect = |m: u32| x >= 60 + m && x < 260 - m && y >= 30 + m && y < 210 - m;
            if in_rect(frame) {
                Luma([if (110..210).contains(&x) && (90..150).contains(&y) { 200 } else { 230 }])
            } else if in_rect(0) {
                Luma([frame_level])
            } else {
                Luma([bg])
            }
        })
    }

    const SEEDS: [(f32, f32); 1] = [(160.0, 120.0)];

    fn in_dark_frame_t(g: &GrayImage, seeds: &[(f32, f32)]) -> bool {
        in_dark_frame(g, seeds, 3000.0)
    }

    #[test]
    fn a_bezel_on_a_lit_scene_is_a_frame() {
        assert!(in_dark_frame_t(&picture(120, 5, 30), &SEEDS));
        // A dark-mode screen: the screen is as dark as the bezel, only the card is lit.
        let dark_mode = GrayImage::from_fn(320, 240, |x, y| {
            let card = (110..210).contains(&x) && (90..150).contains(&y);
            let phone = (60..260).contains(&x) && (30..210).contains(&y);
            Luma([if card {
                200
            } else if phone {
                38
            } else {
                90
            }])
        });
        assert!(in_dark_frame(&dark_mode, &SEEDS, 3000.0));
    }

    #[test]
    fn a_hairline_a_grey_band_or_a_dark_scene_is_not() {
        // A card's own 2-px edge line.
        assert!(!in_dark_frame_t(&picture(120, 2, 30), &SEEDS));
        // A mid-grey band (a lit object's rim) is not dark.
        assert!(!in_dark_frame_t(&picture(120, 5, 90), &SEEDS));
        // Everything outside the screen dark: the "frame" is the scene itself.
        assert!(!in_dark_frame_t(&picture(30, 5, 30), &SEEDS));
        // No band at all: a card on a lit table.
        assert!(!in_dark_frame_t(&picture(120, 0, 30), &SEEDS));
    }
}
