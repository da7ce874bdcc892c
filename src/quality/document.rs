//! Finding the document: the card or passport page as a quadrilateral, on a small grey copy.
//!
//! Straight-line pipeline (quality-methods §2.4 names Hough localisation as the robust option):
//! Canny edges → a Hough transform in which each edge pixel votes only near its own gradient
//! direction → the strongest lines, plus the four frame borders → every pair of roughly parallel
//! lines crossed with every other such pair gives a candidate quadrilateral → each candidate is
//! scored by how much of its four sides really lies on edges of the matching direction with one
//! consistent polarity (the document is lighter or darker than what surrounds it all the way
//! round). Background texture gives lines but not a closed, consistent outline, which makes this
//! far more robust than tracing contours, which merge with texture. A side on a frame border is a
//! cut edge.

use image::GrayImage;

use super::geometry::{clip_to_frame, is_convex, polygon_area};

/// Long side of the grey copy the detector runs on. Document outlines are large structures; at
/// ~640 px the card edge is still several pixels of clean gradient while paper texture, text and
/// JPEG noise are mostly averaged away (pyimagesearch-style scanners use 500).
pub const DETECT_LONG: u32 = 640;

/// Canny hysteresis thresholds (imageproc's L2 Sobel magnitude, 0..~1440): loose, because the
/// line search and the side scoring reject texture; a pale card on a pale table still gives
/// edges. (OpenCV's classic 75/200 uses L1 magnitudes, about 1.2× ours.)
const CANNY_LO: f32 = 25.0;
const CANNY_HI: f32 = 70.0;

/// An edge pixel votes for line angles within this many degrees of its gradient direction.
const VOTE_SPREAD_DEG: i32 = 6;
/// Lines kept from the Hough accumulator (the document needs 4; the rest are text, texture).
const MAX_LINES: usize = 48;
/// Non-maximum suppression window of the accumulator: degrees and 2-px distance bins.
const PEAK_DT: i32 = 2;
const PEAK_DR: i32 = 3;
/// A line needs this many votes per pixel of the copy's long side (a side of a document that
/// covers 10 % of the frame's long side, fully visible, gets ~0.1 × 3 directions' worth).
const MIN_VOTES_FRAC: f32 = 0.06;
/// Opposite sides of a document seen in perspective stay within this angle of each other. They
/// converge more the more the card is turned and the wider the angle of view it spans: quality-dev's
/// cards turned 33–51° show up to 47° (a card turned 49° spanning 72 % of the frame width); 55°
/// leaves room for a phone's wide main camera, while lines crossing at steeper angles are texture
/// and corners, not a document's opposite sides.
const MAX_PARALLEL_DEG: f32 = 55.0;
/// The two side directions of a document differ by at least this (a rectangle tilted 55° still
/// keeps its corner angles above ~50°).
const MIN_CORNER_DEG: f32 = 50.0;
/// A side point is supported when an edge pixel lies within this many pixels across the side …
const SUPPORT_REACH: i32 = 2;
/// … whose gradient points across the side (|cos| between gradient and side normal at least this).
const SUPPORT_COS: f32 = 0.85;
/// Every real side of a document must be supported over at least this share of its visible
/// length (rounded corners and glare eat some; texture lines crossing a quad score far lower).
const MIN_SIDE_SUPPORT: f64 = 0.45;
/// For a quad that reaches the frame, each end of a side (its outer 20 %) must be supported too: a
/// document that really runs off the picture has edges up to the border, while a quad closed by
/// the frame around a document that does not reach it runs on over bare background there.
const END_FRACTION: f32 = 0.2;
const MIN_END_SUPPORT: f64 = 0.3;
/// Step test: the document boundary is a step between two regions, not a thin line (brick
/// mortar, a table's seam, a ruled line are bands with the same tone on both sides). Luma is
/// compared at these distances (pixels) inside and outside the side, and the step must hold at
/// both: a band narrower than the far offset fails it …
const STEP_OFFSETS: [f32; 2] = [4.0, 11.0];
/// … and must differ by at least this many levels (0..255) …
const STEP_MIN_LEVELS: f32 = 10.0;
/// … with one sign, over at least this share of the side's in-frame points.
const MIN_STEP_SHARE: f64 = 0.5;

/// Smallest quad considered, as a fraction of the frame (far below `too_small`'s fail limit, so a
/// small document is found and called too small rather than missing).
pub const MIN_AREA_FRAC: f64 = 0.015;
/// A corner within this fraction of the frame's long side of the border (or beyond it) means the
/// document reaches the border: cut off.
pub const BORDER_TOL_FRAC: f32 = 0.006;
/// A quad cut by two opposite frame sides must cover at least this share of the frame.
const OPPOSITE_CUT_MIN_AREA: f64 = 0.5;
/// Document aspect (long/short side of the quad) must be plausible: ID-1 is 1.586, ID-3 1.42, and
/// tilt squeezes or stretches it; only slivers and squares far from any document are rejected.
const ASPECT_RANGE: (f64, f64) = (1.05, 3.0);

/// Where a document was found, in the coordinates of the grey copy it was searched on.
#[derive(Debug, Clone)]
pub struct Found {
    /// The visible outline: the quad clipped to the frame.
    pub polygon: Vec<(f32, f32)>,
    /// TL, TR, BR, BL (may lie outside the frame when the document is cut).
    pub quad: [(f32, f32); 4],
    /// Frame sides the document reaches: top, right, bottom, left.
    pub on_border: [bool; 4],
    /// Visible area / frame area.
    pub area_frac: f64,
    /// Mean side support (0..1).
    pub support: f64,
    /// Confidence that this is the document's outline, 0..1 (`outline_score`).
    pub score: f64,
}

impl Found {
    pub fn is_cut(&self) -> bool {
        self.on_border.iter().any(|b| *b)
    }

    pub fn scaled(&self, s: f32) -> Found {
        let sc = |p: (f32, f32)| (p.0 * s, p.1 * s);
        Found {
            polygon: self.polygon.iter().map(|p| sc(*p)).collect(),
            quad: self.quad.map(sc),
            ..self.clone()
        }
    }
}

pub use super::geometry::{order_quad, quad_aspect};

/// A line in normal form: x·cos θ + y·sin θ = r (θ the normal direction, degrees 0..180).
#[derive(Debug, Clone, Copy)]
struct Line {
    theta: f32,
    r: f32,
    votes: u32,
    /// Which frame border this is (top, right, bottom, left), for the four added border lines.
    border: Option<usize>,
}

/// Where two lines cross; `sa, ca` / `sb, cb` are the sine and cosine of their normals (the
/// search takes them from a table: this runs for every line combination it considers).
fn intersect(a: &Line, (sa, ca): (f32, f32), b: &Line, (sb, cb): (f32, f32)) -> Option<(f32, f32)> {
    let det = ca * sb - sa * cb;
    if det.abs() < 1e-4 {
        return None;
    }
    Some(((a.r * sb - b.r * sa) / det, (ca * b.r - cb * a.r) / det))
}

/// Angle between two line directions, 0..90 degrees.
fn angle_between(a: f32, b: f32) -> f32 {
    let d = (a - b).rem_euclid(180.0);
    d.min(180.0 - d)
}

struct Gradients {
    luma: Vec<f32>,
    gx: Vec<f32>,
    gy: Vec<f32>,
    edges: Vec<bool>,
    w: usize,
    h: usize,
}

impl Gradients {
    fn at(&self, x: i32, y: i32) -> Option<usize> {
        (x >= 0 && y >= 0 && (x as usize) < self.w && (y as usize) < self.h)
            .then(|| y as usize * self.w + x as usize)
    }
}

fn hough_lines(g: &Gradients) -> Vec<Line> {
    let rmax = ((g.w * g.w + g.h * g.h) as f32).sqrt().ceil() as i32;
    const R_BIN: f32 = 2.0;
    let nr = (2 * rmax) as usize / R_BIN as usize + 2;
    // u16 counts (half the memory): a cell collects votes from the pixels within one 2-px band
    // across the picture, a few thousand at most, and the add saturates anyway.
    let mut acc = vec![0u16; 180 * nr];
    // Edge pixels bucketed by their gradient direction in whole degrees (0..180), so the votes
    // are cast one direction at a time: one sine and cosine per direction, and the direction's
    // accumulator row (a few KB) stays in the L1 cache.
    let mut buckets: Vec<Vec<(f32, f32)>> = vec![Vec::new(); 180];
    for y in 0..g.h {
        for x in 0..g.w {
            let i = y * g.w + x;
            if g.edges[i] {
                // Folded with integer arithmetic: float remainder and rounding are library calls.
                let theta0 = ri(g.gy[i].atan2(g.gx[i]).to_degrees()).rem_euclid(180) as usize;
                buckets[theta0].push((x as f32, y as f32));
            }
        }
    }
    for (t, row) in acc.chunks_exact_mut(nr).enumerate() {
        let (s, c) = (t as f32).to_radians().sin_cos();
        // Pixels whose direction is within the spread of t vote for it.
        for dt in -VOTE_SPREAD_DEG..=VOTE_SPREAD_DEG {
            for &(xf, yf) in &buckets[(t as i32 - dt).rem_euclid(180) as usize] {
                let r = xf * c + yf * s;
                // r is within ±rmax, so the bin fits an i32 (a float-to-i32 conversion is one
                // instruction; to usize, a branchy sequence).
                let bin = ((r + rmax as f32) * (1.0 / R_BIN)) as i32 as usize;
                if let Some(v) = row.get_mut(bin) {
                    *v = v.saturating_add(1);
                }
            }
        }
    }
    let min_votes = (MIN_VOTES_FRAC * g.w.max(g.h) as f32) as u32;
    // Peaks: local maxima over ±PEAK_DT° (wrapping, with r mirrored) and ±PEAK_DR bins. A small
    // window: a document side often lies close, in (θ, r), to a longer texture line.
    let mut peaks = Vec::new();
    for t in 0..180usize {
        for b in 0..nr {
            let v = u32::from(acc[t * nr + b]);
            if v < min_votes {
                continue;
            }
            let mut is_max = true;
            'n: for dt in -PEAK_DT..=PEAK_DT {
                for db in -PEAK_DR..=PEAK_DR {
                    if dt == 0 && db == 0 {
                        continue;
                    }
                    let tt = t as i32 + dt;
                    // Crossing θ = 0/180 flips the sign of r.
                    let (tt, bb) = if tt < 0 {
                        (tt + 180, nr as i32 - 1 - (b as i32 + db))
                    } else if tt >= 180 {
                        (tt - 180, nr as i32 - 1 - (b as i32 + db))
                    } else {
                        (tt, b as i32 + db)
                    };
                    if bb < 0 || bb >= nr as i32 {
                        continue;
                    }
                    let o = u32::from(acc[tt as usize * nr + bb as usize]);
                    if o > v || (o == v && (tt as usize, bb as usize) < (t, b)) {
                        is_max = false;
                        break 'n;
                    }
                }
            }
            if is_max {
                peaks.push(Line {
                    theta: t as f32,
                    r: b as f32 * R_BIN + R_BIN / 2.0 - rmax as f32,
                    votes: v,
                    border: None,
                });
            }
        }
    }
    peaks.sort_by_key(|p| std::cmp::Reverse(p.votes));
    peaks.truncate(MAX_LINES);
    peaks
}

/// Round half up without a libm call (this runs a few million times per picture).
#[inline]
fn ri(v: f32) -> i32 {
    let f = v + 0.5;
    let i = f as i32;
    if (i as f32) > f { i - 1 } else { i }
}

/// The evidence along one whole line, sampled every pixel, as prefix sums, so the support of any
/// segment of it (a candidate side) costs O(1) instead of a fresh walk for each of the thousands
/// of candidate quads.
struct LineProfile {
    /// Line origin (foot of the normal) and direction.
    origin: (f32, f32),
    dir: (f32, f32),
    /// Parameter of sample 0 along `dir`.
    u0: f32,
    /// Prefix sums (length n + 1): in-frame samples, supported samples, supported with the
    /// gradient along +normal, step brighter on the +normal side, step darker on it.
    inside: Vec<u32>,
    hits: Vec<u32>,
    pos: Vec<u32>,
    step_pos: Vec<u32>,
    step_neg: Vec<u32>,
}

/// Counts over a segment of a line profile.
#[derive(Default, Clone, Copy)]
struct SegmentCounts {
    inside: u32,
    hits: u32,
    pos: u32,
    step_pos: u32,
    step_neg: u32,
}

impl LineProfile {
    fn build(g: &Gradients, line: &Line) -> LineProfile {
        let (s, c) = line.theta.to_radians().sin_cos();
        let (nx, ny) = (c, s);
        let dir = (-s, c);
        let origin = (c * line.r, s * line.r);
        let reach = ((g.w * g.w + g.h * g.h) as f32).sqrt();
        let u0 = -reach;
        let n = (2.0 * reach) as usize + 1;
        let mut p = LineProfile {
            origin,
            dir,
            u0,
            inside: vec![0; n + 1],
            hits: vec![0; n + 1],
            pos: vec![0; n + 1],
            step_pos: vec![0; n + 1],
            step_neg: vec![0; n + 1],
        };
        // The samples that can fall inside the frame (with a pixel to spare): outside them
        // the sums stay flat, so the lookups are skipped.
        let (mut k_lo, mut k_hi) = (0f32, n as f32);
        for (o, d, len) in [(origin.0, dir.0, g.w as f32), (origin.1, dir.1, g.h as f32)] {
            let (lo, hi) = (-1.5, len + 0.5);
            if d.abs() < 1e-6 {
                if o < lo || o > hi {
                    (k_lo, k_hi) = (1.0, 0.0);
                }
            } else {
                let (a, b) = ((lo - o) / d - u0, (hi - o) / d - u0);
                k_lo = k_lo.max(a.min(b) - 1.0);
                k_hi = k_hi.min(a.max(b) + 1.0);
            }
        }
        for k in 0..n {
            if (k as f32) < k_lo || (k as f32) > k_hi {
                p.inside[k + 1] = p.inside[k];
                p.hits[k + 1] = p.hits[k];
                p.pos[k + 1] = p.pos[k];
                p.step_pos[k + 1] = p.step_pos[k];
                p.step_neg[k + 1] = p.step_neg[k];
                continue;
            }
            let u = u0 + k as f32;
            let (x, y) = (origin.0 + dir.0 * u, origin.1 + dir.1 * u);
            let (mut ins, mut hit, mut pos, mut sp, mut sn) = (0, 0, 0, 0, 0);
            if g.at(ri(x), ri(y)).is_some() {
                ins = 1;
                let mut signs = [0i8; 2];
                for (sg, off) in signs.iter_mut().zip(STEP_OFFSETS) {
                    // "+normal side" minus "−normal side".
                    let a = g.at(ri(x + nx * off), ri(y + ny * off));
                    let b = g.at(ri(x - nx * off), ri(y - ny * off));
                    if let (Some(a), Some(b)) = (a, b) {
                        let diff = g.luma[a] - g.luma[b];
                        *sg = if diff >= STEP_MIN_LEVELS {
                            1
                        } else if diff <= -STEP_MIN_LEVELS {
                            -1
                        } else {
                            0
                        };
                    }
                }
                match signs {
                    [1, 1] => sp = 1,
                    [-1, -1] => sn = 1,
                    _ => {}
                }
                for d in 0..=2 * SUPPORT_REACH {
                    // Nearest offsets first: 0, +1, −1, +2, −2.
                    let d = if d % 2 == 1 { (d + 1) / 2 } else { -(d / 2) };
                    let Some(i) = g.at(ri(x + nx * d as f32), ri(y + ny * d as f32)) else {
                        continue;
                    };
                    if !g.edges[i] {
                        continue;
                    }
                    let (gx, gy) = (g.gx[i], g.gy[i]);
                    let m = (gx * gx + gy * gy).sqrt();
                    let along = (gx * nx + gy * ny) / m.max(1e-6);
                    if along.abs() >= SUPPORT_COS {
                        hit = 1;
                        pos = u32::from(along > 0.0);
                        break;
                    }
                }
            }
            p.inside[k + 1] = p.inside[k] + ins;
            p.hits[k + 1] = p.hits[k] + hit;
            p.pos[k + 1] = p.pos[k] + pos;
            p.step_pos[k + 1] = p.step_pos[k] + sp;
            p.step_neg[k + 1] = p.step_neg[k] + sn;
        }
        p
    }

    /// Sample index of a point on (or near) the line.
    fn index_of(&self, pt: (f32, f32)) -> f32 {
        (pt.0 - self.origin.0) * self.dir.0 + (pt.1 - self.origin.1) * self.dir.1 - self.u0
    }

    /// Counts over samples [i0, i1) (clamped).
    fn counts(&self, i0: f32, i1: f32) -> SegmentCounts {
        let n = self.inside.len() - 1;
        let a = (i0.max(0.0) as usize).min(n);
        let b = (i1.max(0.0) as usize).min(n).max(a);
        SegmentCounts {
            inside: self.inside[b] - self.inside[a],
            hits: self.hits[b] - self.hits[a],
            pos: self.pos[b] - self.pos[a],
            step_pos: self.step_pos[b] - self.step_pos[a],
            step_neg: self.step_neg[b] - self.step_neg[a],
        }
    }

    /// Support of the side from `a` to `b` (both on this line), as `side_support` defines it.
    fn side(&self, a: (f32, f32), b: (f32, f32), check_ends: bool) -> (f64, f64) {
        let (ia, ib) = (self.index_of(a), self.index_of(b));
        let (lo, hi) = if ia <= ib { (ia, ib) } else { (ib, ia) };
        let len = (hi - lo).max(1.0);
        let all = self.counts(lo, hi);
        let vis = f64::from(all.inside) / f64::from(len);
        if all.inside == 0 {
            return (0.0, vis);
        }
        let step_share = f64::from(all.step_pos.max(all.step_neg)) / f64::from(all.inside);
        let weak_end = check_ends
            && [self.counts(lo, lo + END_FRACTION * len), self.counts(hi - END_FRACTION * len, hi)]
                .iter()
                .any(|e| {
                    e.inside >= 3 && f64::from(e.hits) < MIN_END_SUPPORT * f64::from(e.inside)
                });
        if step_share < MIN_STEP_SHARE || weak_end {
            return (0.0, vis);
        }
        let polarity = f64::from(all.pos.max(all.hits - all.pos)) / f64::from(all.hits.max(1));
        (f64::from(all.hits) / f64::from(all.inside) * polarity, vis)
    }
}

/// Canny edges, written out for speed: imageproc's `canny` spends ~40 ms on a 640-px copy (an f32
/// Gaussian and a trigonometric non-maximum suppression), a third of a whole 12 MP check. Here:
/// a 5-tap binomial blur applied twice (σ ≈ 1.4), the Sobel gradients we need anyway, non-maximum
/// suppression along the gradient quantised to 4 directions by slope tests, and hysteresis by
/// flood fill from strong pixels. Thresholds are on the L2 Sobel magnitude, as imageproc's.
fn fast_canny(gray: &GrayImage, lo: f32, hi: f32) -> Gradients {
    let (w, h) = (gray.width() as usize, gray.height() as usize);
    let src = gray.as_raw();
    let clampi = |v: isize, n: usize| v.clamp(0, n as isize - 1) as usize;
    // Separable [1 4 6 4 1] / 16 blur applied twice: σ ≈ 1.4, as Canny's usual Gaussian. The
    // borders (2 px) clamp; the interior runs on plain slices.
    let mut blur: Vec<f32> = src.iter().map(|v| f32::from(*v)).collect();
    let mut tmp = vec![0f32; w * h];
    for _ in 0..2 {
        for y in 0..h {
            let row = &blur[y * w..(y + 1) * w];
            let out = &mut tmp[y * w..(y + 1) * w];
            for x in (0..w.min(2)).chain(w.saturating_sub(2).max(2)..w) {
                let at = |dx: isize| row[clampi(x as isize + dx, w)];
                out[x] = (at(-2) + 4.0 * at(-1) + 6.0 * at(0) + 4.0 * at(1) + at(2)) / 16.0;
            }
            if w > 4 {
                for (o, win) in out[2..w - 2].iter_mut().zip(row.windows(5)) {
                    *o = (win[0] + 4.0 * win[1] + 6.0 * win[2] + 4.0 * win[3] + win[4])
                        * (1.0 / 16.0);
                }
            }
        }
        for y in 0..h {
            let r = |d: isize| clampi(y as isize + d, h) * w;
            let (r2, r1, r0, r3, r4) = (r(-2), r(-1), y * w, r(1), r(2));
            let out = &mut blur[y * w..(y + 1) * w];
            let (a, b, c, d, e) = (
                &tmp[r2..r2 + w],
                &tmp[r1..r1 + w],
                &tmp[r0..r0 + w],
                &tmp[r3..r3 + w],
                &tmp[r4..r4 + w],
            );
            for x in 0..w {
                out[x] = (a[x] + 4.0 * b[x] + 6.0 * c[x] + 4.0 * d[x] + e[x]) * (1.0 / 16.0);
            }
        }
    }
    let mut gx = vec![0f32; w * h];
    let mut gy = vec![0f32; w * h];
    let mut mag = vec![0f32; w * h];
    let sobel_at = |x: usize, y: usize| -> (f32, f32) {
        let (ym, yp) = (clampi(y as isize - 1, h), clampi(y as isize + 1, h));
        let (xm, xp) = (clampi(x as isize - 1, w), clampi(x as isize + 1, w));
        let p = |xx: usize, yy: usize| blur[yy * w + xx];
        let dx =
            (p(xp, ym) + 2.0 * p(xp, y) + p(xp, yp)) - (p(xm, ym) + 2.0 * p(xm, y) + p(xm, yp));
        let dy =
            (p(xm, yp) + 2.0 * p(x, yp) + p(xp, yp)) - (p(xm, ym) + 2.0 * p(x, ym) + p(xp, ym));
        (dx, dy)
    };
    for y in 0..h {
        let row = y * w..(y + 1) * w;
        let (rx, ry, rm) = (&mut gx[row.clone()], &mut gy[row.clone()], &mut mag[row]);
        if y == 0 || y + 1 == h || w < 3 {
            // Border rows: clamped neighbours.
            for x in 0..w {
                let (dx, dy) = sobel_at(x, y);
                (rx[x], ry[x], rm[x]) = (dx, dy, (dx * dx + dy * dy).sqrt());
            }
            continue;
        }
        // Interior: the same sums on plain row slices (no clamping, no index arithmetic), so
        // the loop vectorises.
        let (a, b, c) =
            (&blur[(y - 1) * w..y * w], &blur[y * w..(y + 1) * w], &blur[(y + 1) * w..(y + 2) * w]);
        for x in [0, w - 1] {
            let (dx, dy) = sobel_at(x, y);
            (rx[x], ry[x], rm[x]) = (dx, dy, (dx * dx + dy * dy).sqrt());
        }
        let inner = rx[1..w - 1].iter_mut().zip(&mut ry[1..w - 1]).zip(&mut rm[1..w - 1]);
        for (x, ((ox, oy), om)) in (1..w - 1).zip(inner) {
            let dx =
                (a[x + 1] + 2.0 * b[x + 1] + c[x + 1]) - (a[x - 1] + 2.0 * b[x - 1] + c[x - 1]);
            let dy = (c[x - 1] + 2.0 * c[x] + c[x + 1]) - (a[x - 1] + 2.0 * a[x] + a[x + 1]);
            (*ox, *oy, *om) = (dx, dy, (dx * dx + dy * dy).sqrt());
        }
    }
    // Non-maximum suppression: compare with the two neighbours across the edge. Only interior
    // pixels can be edges, so the hysteresis below needs no bounds checks.
    const TAN22: f32 = 0.414_213_57;
    let mut strength = vec![0u8; w * h]; // 0 none, 1 weak, 2 strong
    let mut strong = Vec::new();
    for y in 1..h.saturating_sub(1) {
        for x in 1..w.saturating_sub(1) {
            let i = y * w + x;
            let m = mag[i];
            if m < lo {
                continue;
            }
            let (ax, ay) = (gx[i].abs(), gy[i].abs());
            let (a, b) = if ay <= TAN22 * ax {
                (mag[i - 1], mag[i + 1])
            } else if ax <= TAN22 * ay {
                (mag[i - w], mag[i + w])
            } else if (gx[i] > 0.0) == (gy[i] > 0.0) {
                (mag[i - w - 1], mag[i + w + 1])
            } else {
                (mag[i - w + 1], mag[i + w - 1])
            };
            if m >= a && m > b {
                if m >= hi {
                    strength[i] = 2;
                    strong.push(i);
                } else {
                    strength[i] = 1;
                }
            }
        }
    }
    // Hysteresis: keep weak pixels connected (8-neighbourhood) to a strong one.
    let mut edges = vec![false; w * h];
    let mut stack = Vec::new();
    let neighbours = [
        -(w as isize) - 1,
        -(w as isize),
        -(w as isize) + 1,
        -1,
        1,
        w as isize - 1,
        w as isize,
        w as isize + 1,
    ];
    for i in strong {
        if edges[i] {
            continue;
        }
        edges[i] = true;
        stack.push(i);
        while let Some(j) = stack.pop() {
            for d in neighbours {
                // j is interior (1 ≤ x < w − 1, 1 ≤ y < h − 1), so every neighbour is in the frame.
                let k = j.wrapping_add_signed(d);
                if strength[k] > 0 && !edges[k] {
                    edges[k] = true;
                    stack.push(k);
                }
            }
        }
    }
    Gradients { luma: blur, gx, gy, edges, w, h }
}

/// Search `gray` (ideally ~`DETECT_LONG` px on the long side) for the document outline, in four
/// named steps: edges, lines (with the frame borders), candidate line pairs, and the quad search.
pub fn find_document(gray: &GrayImage) -> Option<Found> {
    let (w, h) = gray.dimensions();
    if w < 32 || h < 32 {
        return None;
    }
    let g = fast_canny(gray, CANNY_LO, CANNY_HI);
    let mut lines = hough_lines(&g);
    add_frame_borders(&mut lines, w as f32, h as f32);
    let pairs = parallel_pairs(&lines, w as f32, h as f32);
    QuadSearch::new(&g, &lines).best(&pairs)
}

/// Two lines closer than this share of the frame's short side (at the frame centre) are not
/// opposite sides of a document: the smallest document searched for is wider.
const MIN_PAIR_SEP_FRAC: f32 = 0.08;
/// Corners farther outside the frame than this share of its side (on any side) make no sense as
/// a document photo.
const CORNER_REACH_FRAC: f32 = 0.5;
/// A side with less than this share of its length inside the frame is a cut side: not judged.
const MIN_VISIBLE_SIDE: f64 = 0.25;
/// Largest visible share of the frame an outline may cover (the frame itself is not a document).
const MAX_AREA_FRAC: f64 = 0.97;
/// Score factor of an outline that reaches the frame: whole documents win over cut ones. The
/// quad search's upper bound uses the same constant, so its pruning stays exact.
const CUT_PENALTY: f64 = 0.8;

/// The four frame borders as lines, so a document running off the picture still closes into a
/// quad.
fn add_frame_borders(lines: &mut Vec<Line>, wf: f32, hf: f32) {
    lines.push(Line { theta: 90.0, r: 0.0, votes: 0, border: Some(0) });
    lines.push(Line { theta: 0.0, r: wf - 1.0, votes: 0, border: Some(1) });
    lines.push(Line { theta: 90.0, r: hf - 1.0, votes: 0, border: Some(2) });
    lines.push(Line { theta: 0.0, r: 0.0, votes: 0, border: Some(3) });
}

/// Pairs of lines that can be opposite sides of a document: roughly parallel, far enough apart,
/// not both frame borders.
fn parallel_pairs(lines: &[Line], wf: f32, hf: f32) -> Vec<(usize, usize)> {
    let min_sep = MIN_PAIR_SEP_FRAC * wf.min(hf);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for i in 0..lines.len() {
        for j in i + 1..lines.len() {
            let (a, b) = (&lines[i], &lines[j]);
            if a.border.is_some() && b.border.is_some() {
                continue;
            }
            if angle_between(a.theta, b.theta) > MAX_PARALLEL_DEG {
                continue;
            }
            // Separation, measured at the frame centre along a's normal.
            let mid = (wf / 2.0, hf / 2.0);
            let da = |l: &Line| {
                let (s, c) = l.theta.to_radians().sin_cos();
                mid.0 * c + mid.1 * s - l.r
            };
            let (sa, sb) = (da(a), da(b));
            let same_dir = (a.theta - b.theta).abs() < 90.0;
            let sep = if same_dir { (sa - sb).abs() } else { (sa + sb).abs() };
            if sep < min_sep {
                continue;
            }
            pairs.push((i, j));
        }
    }
    pairs
}

/// The search over every two line pairs: their four crossings are a candidate quad, judged by
/// cheap shape tests first and by the evidence along its sides last, with an exact upper bound of
/// the score pruning candidates that cannot win.
struct QuadSearch<'a> {
    g: &'a Gradients,
    lines: &'a [Line],
    /// Built on first use: quads that fail the cheap tests never need their lines' evidence.
    profiles: Vec<std::cell::OnceCell<LineProfile>>,
    /// Every crossing, computed once (the search meets each one thousands of times), row-major.
    crossings: Vec<Option<(f32, f32)>>,
    /// Which line pairs meet at a plausible corner angle (a float remainder is a library call,
    /// too slow for the hundreds of thousands of combinations).
    corner_ok: Vec<bool>,
    wf: f32,
    hf: f32,
    frame_area: f64,
    /// Distance from the border within which a corner counts as on it.
    tol: f32,
}

/// A candidate that passed every test, with its score.
struct Scored {
    score: f64,
    found: Found,
}

impl<'a> QuadSearch<'a> {
    fn new(g: &'a Gradients, lines: &'a [Line]) -> QuadSearch<'a> {
        let n = lines.len();
        let trig: Vec<(f32, f32)> = lines.iter().map(|l| l.theta.to_radians().sin_cos()).collect();
        let mut crossings: Vec<Option<(f32, f32)>> = vec![None; n * n];
        for i in 0..n {
            for j in 0..n {
                if i != j {
                    crossings[i * n + j] = intersect(&lines[i], trig[i], &lines[j], trig[j]);
                }
            }
        }
        let corner_ok: Vec<bool> = (0..n * n)
            .map(|k| angle_between(lines[k / n].theta, lines[k % n].theta) >= MIN_CORNER_DEG)
            .collect();
        let (wf, hf) = (g.w as f32, g.h as f32);
        QuadSearch {
            g,
            lines,
            profiles: lines.iter().map(|_| std::cell::OnceCell::new()).collect(),
            crossings,
            corner_ok,
            wf,
            hf,
            frame_area: f64::from(wf) * f64::from(hf),
            tol: BORDER_TOL_FRAC * wf.max(hf),
        }
    }

    fn cross(&self, i: usize, j: usize) -> Option<(f32, f32)> {
        self.crossings[i * self.lines.len() + j]
    }

    fn near_border(&self, p: &(f32, f32)) -> bool {
        let (wf, hf, tol) = (self.wf, self.hf, self.tol);
        p.1 <= tol || p.0 >= wf - 1.0 - tol || p.1 >= hf - 1.0 - tol || p.0 <= tol
    }

    /// The best-scoring outline over every two of `pairs`.
    fn best(&self, pairs: &[(usize, usize)]) -> Option<Found> {
        let mut best: Option<Scored> = None;
        for p in 0..pairs.len() {
            for q in p + 1..pairs.len() {
                let best_score = best.as_ref().map_or(f64::NEG_INFINITY, |b| b.score);
                if let Some(c) = self.candidate(pairs[p], pairs[q], best_score)
                    && c.score > best_score
                {
                    best = Some(c);
                }
            }
        }
        best.map(|b| b.found)
    }

    /// The corners of the quad two line pairs make, in their natural cyclic order (a∩c, c∩b,
    /// b∩d, d∩a), when they can be a document's: distinct lines, a corner angle, corners near the
    /// frame, large enough, convex.
    fn corners(&self, (a, b): (usize, usize), (c, d): (usize, usize)) -> Option<[(f32, f32); 4]> {
        if a == c || a == d || b == c || b == d {
            return None;
        }
        if !self.corner_ok[a * self.lines.len() + c] {
            return None;
        }
        let (Some(p0), Some(p1), Some(p2), Some(p3)) =
            (self.cross(a, c), self.cross(c, b), self.cross(b, d), self.cross(d, a))
        else {
            return None;
        };
        let corners = [p0, p1, p2, p3];
        let (wf, hf) = (self.wf, self.hf);
        let (lo, hi) = (-CORNER_REACH_FRAC, 1.0 + CORNER_REACH_FRAC);
        if corners.iter().any(|c| {
            c.0 < lo * wf
                || c.0 > hi * wf
                || c.1 < lo * hf
                || c.1 > hi * hf
                || !c.0.is_finite()
                || !c.1.is_finite()
        }) {
            return None;
        }
        // Most line combinations are tiny or self-crossing.
        if polygon_area(&corners) / self.frame_area < MIN_AREA_FRAC || !is_convex(&corners) {
            return None;
        }
        Some(corners)
    }

    /// One candidate from two line pairs, scored, or None when it fails a test or cannot beat
    /// `best_score`.
    fn candidate(
        &self,
        (a, b): (usize, usize),
        (c, d): (usize, usize),
        best_score: f64,
    ) -> Option<Scored> {
        let corners = self.corners((a, b), (c, d))?;
        let whole_area = polygon_area(&corners) / self.frame_area;
        let cut = corners.iter().any(|p| self.near_border(p));
        // Each side's line: p0→p1 lies on c, p1→p2 on b, p2→p3 on d, p3→p0 on a.
        let side_lines = [c, b, d, a];
        let (support_sum, real_sides) =
            self.judge_sides(&corners, &side_lines, cut, whole_area, best_score)?;
        self.finish(corners, support_sum, real_sides)
    }

    /// An upper bound of the score (`finish`), so a quad that cannot beat the best so far is not
    /// scored: support ≤ 1, the visible area is at most the whole quad's (and ≤ MAX_AREA_FRAC),
    /// the cut penalty is known from the corners, and sides on frame-border lines never count.
    /// With k sides judged (support sum s) and m still open, the support-and-sides factor
    /// (mean support)² · sides / 4 is at most (s + m)² / (4 (k + m)) (every open side perfect).
    /// Exact: the same quad wins as without the bound (the margin covers rounding).
    fn bound(area_bound: f64, s: f64, k: u32, m: u32) -> f64 {
        if k + m == 0 {
            0.0
        } else {
            area_bound * (s + f64::from(m)).powi(2) / (4.0 * f64::from(k + m))
        }
    }

    /// Score the four sides against the edge evidence. Returns (support sum, sides judged), or
    /// None when a side is too weakly supported or the quad can no longer beat `best_score`.
    fn judge_sides(
        &self,
        corners: &[(f32, f32); 4],
        side_lines: &[usize; 4],
        cut: bool,
        whole_area: f64,
        best_score: f64,
    ) -> Option<(f64, u32)> {
        let (wf, hf, tol) = (self.wf, self.hf, self.tol);
        let mut open_sides =
            side_lines.iter().filter(|&&l| self.lines[l].border.is_none()).count() as u32;
        let area_bound = whole_area.min(MAX_AREA_FRAC).sqrt()
            * if cut { CUT_PENALTY } else { 1.0 }
            * (1.0 + 1e-9);
        if best_score >= Self::bound(area_bound, 0.0, 0, open_sides) {
            return None;
        }
        let (mut support_sum, mut real_sides) = (0.0, 0u32);
        for i in 0..4 {
            let (s0, s1) = (corners[i], corners[(i + 1) % 4]);
            let line = &self.lines[side_lines[i]];
            if line.border.is_some() {
                continue; // a frame border: the cut edge, not judged
            }
            open_sides -= 1;
            let on_border_line = ((s0.1 <= tol) && (s1.1 <= tol))
                || ((s0.0 >= wf - 1.0 - tol) && (s1.0 >= wf - 1.0 - tol))
                || ((s0.1 >= hf - 1.0 - tol) && (s1.1 >= hf - 1.0 - tol))
                || ((s0.0 <= tol) && (s1.0 <= tol));
            if on_border_line {
                continue;
            }
            // The end test only matters for quads the frame closes.
            let profile =
                self.profiles[side_lines[i]].get_or_init(|| LineProfile::build(self.g, line));
            let (sup, vis) = profile.side(s0, s1, cut);
            if vis < MIN_VISIBLE_SIDE {
                continue; // mostly outside the frame: a cut side, not judged
            }
            real_sides += 1;
            if sup < MIN_SIDE_SUPPORT {
                return None;
            }
            support_sum += sup;
            if best_score >= Self::bound(area_bound, support_sum, real_sides, open_sides) {
                return None;
            }
        }
        (real_sides >= 2).then_some((support_sum, real_sides))
    }

    /// The final tests on the ordered, clipped outline, and its score: larger outlines win (the
    /// document contains smaller rectangles: its photo, text blocks), whole ones over cut ones,
    /// well-supported over weak.
    fn finish(
        &self,
        corners: [(f32, f32); 4],
        support_sum: f64,
        real_sides: u32,
    ) -> Option<Scored> {
        let (wf, hf, tol) = (self.wf, self.hf, self.tol);
        let quad = order_quad(corners);
        let visible = clip_to_frame(&quad, wf - 1.0, hf - 1.0);
        let area_frac = polygon_area(&visible) / self.frame_area;
        if !(MIN_AREA_FRAC..=MAX_AREA_FRAC).contains(&area_frac) {
            return None;
        }
        let aspect = quad_aspect(&quad);
        if !(ASPECT_RANGE.0..=ASPECT_RANGE.1).contains(&aspect) || !is_convex(&quad) {
            return None;
        }
        let support = support_sum / f64::from(real_sides);
        let on_border = [
            quad.iter().any(|p| p.1 <= tol),
            quad.iter().any(|p| p.0 >= wf - 1.0 - tol),
            quad.iter().any(|p| p.1 >= hf - 1.0 - tol),
            quad.iter().any(|p| p.0 <= tol),
        ];
        // Cut on two opposite sides means the document is larger than the frame in that
        // direction: only plausible when it also fills most of the picture. Otherwise it is a
        // band of background texture (a brick column, a plank) closed by the frame.
        if ((on_border[0] && on_border[2]) || (on_border[1] && on_border[3]))
            && area_frac < OPPOSITE_CUT_MIN_AREA
        {
            return None;
        }
        let cut_penalty = if on_border.iter().any(|b| *b) { CUT_PENALTY } else { 1.0 };
        let score =
            support * support * area_frac.sqrt() * cut_penalty * (f64::from(real_sides) / 4.0);
        Some(Scored {
            score,
            found: Found {
                polygon: visible,
                quad,
                on_border,
                area_frac,
                support,
                score: outline_score(support, real_sides),
            },
        })
    }
}

/// Confidence that an outline is the document's, 0..1: its mean side support mapped from the
/// acceptance floor (`MIN_SIDE_SUPPORT` → 0) to full support (→ 1), weighed by the share of its
/// four sides that could be judged against edges (a side on the frame or mostly outside it is no
/// evidence: a quad closed by two frame borders rests on two sides only).
pub fn outline_score(support: f64, judged_sides: u32) -> f64 {
    let s = ((support - MIN_SIDE_SUPPORT) / (1.0 - MIN_SIDE_SUPPORT)).clamp(0.0, 1.0);
    let sides = f64::from(judged_sides.min(4)) / 4.0;
    (s * sides.sqrt()).clamp(0.0, 1.0)
}
