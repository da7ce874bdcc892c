//! The learned document locator (issue 12 point 1): a small depthwise-separable U-Net
//! (`training/locator/train.py`, ~69 k parameters, trained from scratch on synthetic composites)
//! that sees the working copy stretched to 128 × 128 and gives a document-present score, a mask of
//! the document and a corner heatmap at 64 × 64. The four sides are lines fitted to the mask's
//! edge (sub-cell, from where the mask probability crosses ½), so corners are found also when
//! they lie outside the frame. The classical edge search (`document::find_document`) then refines
//! the outline: when it finds nearly the same quad it wins (its sides are fitted at 640 px); when
//! the network sees no document, it is the fallback.
//!
//! The model (`assets/doc_locator.onnx`) is compiled into the binary and run with `tract-onnx`,
//! loaded once. `init()` loads it at start-up so a broken model is a clear start-up error; a check
//! never panics on it (without a model it uses the classical search alone).

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use image::RgbImage;
use tract_onnx::prelude::*;

use super::document::{self, Found};
use super::raster;

/// Network input side (the working copy is stretched to a square of this size).
pub const NET_IN: usize = 128;
/// Side of the output maps (mask, corner heatmap).
pub const NET_OUT: usize = 64;
/// The model, built by `python3 training/locator/train.py --export assets/doc_locator.onnx`.
static MODEL_BYTES: &[u8] = include_bytes!("../../assets/doc_locator.onnx");

/// Below this document-present score the network reports no document.
const SCORE_MIN: f32 = 0.5;
/// Smallest mask component, in output cells (64 × 64 = 4096; the classical search stops at
/// 1.5 % of the frame, ~61 cells).
const MIN_CELLS: usize = 30;
/// Boundary points within this many cells of a side take part in its line fit.
const FIT_BAND: f32 = 1.6;
/// The classical outline replaces the network's when their quads overlap at least this much
/// (it is then the same document, with sides located at 4–8 × the resolution).
const REFINE_IOU: f64 = 0.85;

/// Which locator the id check uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `document::find_document` alone (the detector before issue 12).
    Classic = 0,
    /// The network alone.
    Learned = 1,
    /// The network, refined by (or falling back to) the classical search.
    Combined = 2,
}

/// The default, chosen by the validation figures (README, `examples/locate-eval.rs`).
pub const DEFAULT_MODE: Mode = Mode::Classic;

static MODE: AtomicU8 = AtomicU8::new(DEFAULT_MODE as u8);

/// Switch the locator for all later checks (evaluation, benchmarks).
pub fn set_mode(m: Mode) {
    MODE.store(m as u8, Ordering::Relaxed);
}

pub fn mode() -> Mode {
    match MODE.load(Ordering::Relaxed) {
        0 => Mode::Classic,
        1 => Mode::Learned,
        _ => Mode::Combined,
    }
}

type Plan = Arc<TypedRunnableModel>;

static MODEL: OnceLock<Result<Plan, String>> = OnceLock::new();

fn load() -> Result<Plan, String> {
    let mut reader = std::io::Cursor::new(MODEL_BYTES);
    tract_onnx::onnx()
        .model_for_read(&mut reader)
        .and_then(|m| m.with_input_fact(0, f32::fact([1, 3, NET_IN, NET_IN]).into()))
        .and_then(|m| m.into_optimized())
        .and_then(|m| m.into_runnable())
        .map_err(|e| {
            format!("the document locator model (assets/doc_locator.onnx) did not load: {e}")
        })
}

fn model() -> Option<&'static Plan> {
    MODEL.get_or_init(load).as_ref().ok()
}

/// Load the model now (call at start-up): an error names what failed.
pub fn init() -> Result<(), String> {
    MODEL.get_or_init(load).as_ref().map(|_| ()).map_err(|e| e.clone())
}

/// The network's raw answer for one picture.
pub struct NetOutput {
    pub score: f32,
    /// Document mask probabilities, NET_OUT × NET_OUT, row-major.
    pub mask: Vec<f32>,
    /// Corner heatmap, NET_OUT × NET_OUT.
    pub corners: Vec<f32>,
}

/// Run the network on the working copy (any size; stretched to NET_IN × NET_IN).
pub fn run_net(work: &RgbImage) -> Option<NetOutput> {
    let plan = model()?;
    let small = raster::resize_area(work, NET_IN as u32, NET_IN as u32);
    let n = NET_IN * NET_IN;
    let mut data = vec![0f32; 3 * n];
    for (i, p) in small.pixels().enumerate() {
        data[i] = f32::from(p[0]);
        data[n + i] = f32::from(p[1]);
        data[2 * n + i] = f32::from(p[2]);
    }
    let input = Tensor::from_shape(&[1, 3, NET_IN, NET_IN], &data).ok()?;
    let out = plan.run(tvec!(input.into())).ok()?;
    let maps = out.first()?.to_plain_array_view::<f32>().ok()?;
    let score = out.get(1)?.to_plain_array_view::<f32>().ok()?.iter().next().copied()?;
    let m = NET_OUT * NET_OUT;
    let flat: Vec<f32> = maps.iter().copied().collect();
    if flat.len() != 2 * m {
        return None;
    }
    Some(NetOutput { score, mask: flat[..m].to_vec(), corners: flat[m..].to_vec() })
}

/// The document the network sees, in working-copy pixels, with its present score.
pub fn locate(work: &RgbImage) -> Option<(Found, f32)> {
    let out = run_net(work)?;
    if out.score < SCORE_MIN {
        return None;
    }
    let quad = quad_from_mask(&out.mask, NET_OUT)?;
    let (ww, wh) = (work.width() as f32, work.height() as f32);
    let s = (ww / NET_OUT as f32, wh / NET_OUT as f32);
    let quad = document::order_quad(quad.map(|(x, y)| (x * s.0, y * s.1)));
    found_from_quad(quad, ww, wh, f64::from(out.score)).map(|f| (f, out.score))
}

/// The outline the id check uses, by `mode()`: `classic` is what `document::find_document` found
/// (already computed by the caller, in working-copy pixels).
pub fn choose(work: &RgbImage, classic: Option<Found>) -> Option<Found> {
    match mode() {
        Mode::Classic => classic,
        Mode::Learned => {
            locate(work).map(|(f, _)| f).or(if model().is_none() { classic } else { None })
        }
        Mode::Combined => combine(locate(work), classic),
    }
}

/// The network's quad, replaced by the classical one when both describe the same document.
pub fn combine(learned: Option<(Found, f32)>, classic: Option<Found>) -> Option<Found> {
    match (learned, classic) {
        (Some((l, score)), Some(c)) => {
            if quad_iou(&l.quad, &c.quad) >= REFINE_IOU {
                Some(Found { score: f64::from(score).max(c.score), ..c })
            } else {
                Some(l)
            }
        }
        (Some((l, _)), None) => Some(l),
        (None, c) => c,
    }
}

fn found_from_quad(quad: [(f32, f32); 4], wf: f32, hf: f32, score: f64) -> Option<Found> {
    if quad.iter().any(|p| {
        !p.0.is_finite()
            || !p.1.is_finite()
            || p.0 < -wf
            || p.0 > 2.0 * wf
            || p.1 < -hf
            || p.1 > 2.0 * hf
    }) {
        return None;
    }
    let polygon = clip_to_frame(&quad, wf - 1.0, hf - 1.0);
    let area_frac = polygon_area(&polygon) / (f64::from(wf) * f64::from(hf));
    if area_frac < document::MIN_AREA_FRAC {
        return None;
    }
    let tol = document::BORDER_TOL_FRAC * wf.max(hf);
    let on_border = [
        quad.iter().any(|p| p.1 <= tol),
        quad.iter().any(|p| p.0 >= wf - 1.0 - tol),
        quad.iter().any(|p| p.1 >= hf - 1.0 - tol),
        quad.iter().any(|p| p.0 <= tol),
    ];
    Some(Found { polygon, quad, on_border, area_frac, support: score, score })
}

// --- mask → quad --------------------------------------------------------------------------------

/// A boundary point of the mask: sub-cell position, and whether it lies on the frame border (the
/// mask runs off the picture there: not a document side).
#[derive(Clone, Copy)]
struct Edge {
    p: (f32, f32),
    frame: bool,
}

/// Four corners (cyclic order) of the largest mask component, in output-cell units (cell i spans
/// [i, i + 1)); corners may lie outside [0, n].
pub fn quad_from_mask(mask: &[f32], n: usize) -> Option<[(f32, f32); 4]> {
    if mask.len() != n * n {
        return None;
    }
    let comp = largest_component(mask, n)?;
    if comp.iter().filter(|&&b| b).count() < MIN_CELLS {
        return None;
    }
    let at = |x: i64, y: i64| -> Option<f32> {
        (x >= 0 && y >= 0 && (x as usize) < n && (y as usize) < n)
            .then(|| mask[y as usize * n + x as usize])
    };
    let mut edges = Vec::new();
    for y in 0..n {
        for x in 0..n {
            if !comp[y * n + x] {
                continue;
            }
            let v = mask[y * n + x];
            let c = (x as f32 + 0.5, y as f32 + 0.5);
            for (dx, dy) in [(1i64, 0i64), (-1, 0), (0, 1), (0, -1)] {
                let (nx, ny) = (x as i64 + dx, y as i64 + dy);
                let inside = nx >= 0 && ny >= 0 && (nx as usize) < n && (ny as usize) < n;
                if inside && comp[ny as usize * n + nx as usize] {
                    continue;
                }
                match at(nx, ny) {
                    Some(o) => {
                        // Where the probability crosses ½ between the two cell centres.
                        let t = if (v - o).abs() > 1e-6 {
                            ((v - 0.5) / (v - o)).clamp(0.0, 1.0)
                        } else {
                            0.5
                        };
                        edges.push(Edge {
                            p: (c.0 + t * dx as f32, c.1 + t * dy as f32),
                            frame: false,
                        });
                    }
                    None => {
                        edges.push(Edge {
                            p: (c.0 + 0.5 * dx as f32, c.1 + 0.5 * dy as f32),
                            frame: true,
                        });
                    }
                }
            }
        }
    }
    let hull = convex_hull(edges.iter().map(|e| e.p).collect());
    if hull.len() < 4 {
        return None;
    }
    let quad = reduce_to_quad(hull, n as f32)?;
    // Refit each side to the non-frame boundary points near it.
    let mut lines = [(0f32, 0f32, 0f32); 4];
    for i in 0..4 {
        let (a, b) = (quad[i], quad[(i + 1) % 4]);
        let base = line_through(a, b)?;
        let len = dist(a, b);
        let dir = ((b.0 - a.0) / len, (b.1 - a.1) / len);
        let pts: Vec<(f32, f32)> = edges
            .iter()
            .filter(|e| !e.frame)
            .map(|e| e.p)
            .filter(|&p| {
                let d = (base.0 * p.0 + base.1 * p.1 - base.2).abs();
                let t = (p.0 - a.0) * dir.0 + (p.1 - a.1) * dir.1;
                // Leave out the rounded corners (the outer 8 % of each end).
                d <= FIT_BAND && t >= 0.08 * len && t <= 0.92 * len
            })
            .collect();
        lines[i] = if pts.len() >= 6 { fit_line(&pts).unwrap_or(base) } else { base };
    }
    let mut out = [(0f32, 0f32); 4];
    for i in 0..4 {
        out[i] = intersect(lines[(i + 3) % 4], lines[i])?;
    }
    if !is_convex(&out) {
        return None;
    }
    Some(out)
}

fn largest_component(mask: &[f32], n: usize) -> Option<Vec<bool>> {
    let mut label = vec![0u32; n * n];
    let (mut best, mut best_size, mut next) = (0u32, 0usize, 1u32);
    let mut stack = Vec::new();
    for start in 0..n * n {
        if mask[start] < 0.5 || label[start] != 0 {
            continue;
        }
        label[start] = next;
        stack.push(start);
        let mut size = 0;
        while let Some(i) = stack.pop() {
            size += 1;
            let (x, y) = (i % n, i / n);
            let mut visit = |j: usize| {
                if mask[j] >= 0.5 && label[j] == 0 {
                    label[j] = next;
                    stack.push(j);
                }
            };
            if x > 0 {
                visit(i - 1);
            }
            if x + 1 < n {
                visit(i + 1);
            }
            if y > 0 {
                visit(i - n);
            }
            if y + 1 < n {
                visit(i + n);
            }
        }
        if size > best_size {
            best_size = size;
            best = next;
        }
        next += 1;
    }
    (best_size > 0).then(|| label.iter().map(|&l| l == best).collect())
}

fn cross(o: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    (a.0 - o.0) * (b.1 - o.1) - (a.1 - o.1) * (b.0 - o.0)
}

/// Andrew's monotone chain; counter-clockwise in a y-down frame is clockwise on screen.
fn convex_hull(mut pts: Vec<(f32, f32)>) -> Vec<(f32, f32)> {
    pts.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    pts.dedup_by(|a, b| (a.0 - b.0).abs() < 1e-4 && (a.1 - b.1).abs() < 1e-4);
    if pts.len() < 3 {
        return pts;
    }
    let mut lower: Vec<(f32, f32)> = Vec::new();
    for &p in &pts {
        while lower.len() >= 2 && cross(lower[lower.len() - 2], lower[lower.len() - 1], p) <= 0.0 {
            lower.pop();
        }
        lower.push(p);
    }
    let mut upper: Vec<(f32, f32)> = Vec::new();
    for &p in pts.iter().rev() {
        while upper.len() >= 2 && cross(upper[upper.len() - 2], upper[upper.len() - 1], p) <= 0.0 {
            upper.pop();
        }
        upper.push(p);
    }
    lower.pop();
    upper.pop();
    lower.extend(upper);
    lower
}

/// Reduce a convex polygon to four sides by repeatedly dropping the side whose removal (extending
/// its two neighbours until they meet) adds the least area. A short side cut by the frame is
/// dropped this way too, which puts that corner outside the picture, where it is; such sides (on
/// the border of the n × n grid) are dropped first, as they are no side of the document.
fn reduce_to_quad(mut poly: Vec<(f32, f32)>, n_grid: f32) -> Option<[(f32, f32); 4]> {
    let on_frame = |a: (f32, f32), b: (f32, f32)| {
        let e = 1e-3;
        (a.0.abs() < e && b.0.abs() < e)
            || (a.1.abs() < e && b.1.abs() < e)
            || ((a.0 - n_grid).abs() < e && (b.0 - n_grid).abs() < e)
            || ((a.1 - n_grid).abs() < e && (b.1 - n_grid).abs() < e)
    };
    while poly.len() > 4 {
        let n = poly.len();
        let mut best: Option<(f32, usize, (f32, f32))> = None;
        for i in 0..n {
            // Side i runs from poly[i] to poly[i + 1]; its neighbours are (i-1 → i) and (i+1 → i+2).
            let (p0, p1, p2, p3) =
                (poly[(i + n - 1) % n], poly[i], poly[(i + 1) % n], poly[(i + 2) % n]);
            let (Some(l1), Some(l2)) = (line_through(p0, p1), line_through(p2, p3)) else {
                continue;
            };
            let Some(x) = intersect(l1, l2) else { continue };
            // The meeting point must lie beyond p1 on the first neighbour and before p2 on the second.
            let ahead1 = (x.0 - p1.0) * (p1.0 - p0.0) + (x.1 - p1.1) * (p1.1 - p0.1);
            let ahead2 = (p2.0 - x.0) * (p3.0 - p2.0) + (p2.1 - x.1) * (p3.1 - p2.1);
            if ahead1 < -1e-3 || ahead2 < -1e-3 {
                continue;
            }
            let mut added = cross(p1, x, p2).abs() / 2.0;
            if on_frame(p1, p2) {
                added *= 0.1;
            }
            if best.is_none_or(|(a, _, _)| added < a) {
                best = Some((added, i, x));
            }
        }
        let (_, i, x) = best?;
        let j = (i + 1) % n;
        poly[i] = x;
        poly.remove(j);
    }
    (poly.len() == 4).then(|| [poly[0], poly[1], poly[2], poly[3]])
}

/// Line a·x + b·y = c with (a, b) a unit normal.
fn line_through(p: (f32, f32), q: (f32, f32)) -> Option<(f32, f32, f32)> {
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let l = (dx * dx + dy * dy).sqrt();
    if l < 1e-6 {
        return None;
    }
    let (a, b) = (-dy / l, dx / l);
    Some((a, b, a * p.0 + b * p.1))
}

/// Total least squares line through points.
fn fit_line(pts: &[(f32, f32)]) -> Option<(f32, f32, f32)> {
    let n = pts.len() as f64;
    let mx = pts.iter().map(|p| f64::from(p.0)).sum::<f64>() / n;
    let my = pts.iter().map(|p| f64::from(p.1)).sum::<f64>() / n;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for p in pts {
        let (dx, dy) = (f64::from(p.0) - mx, f64::from(p.1) - my);
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    // Direction of largest spread; the normal is perpendicular to it.
    let theta = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let (a, b) = (-theta.sin(), theta.cos());
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    Some((a as f32, b as f32, (a * mx + b * my) as f32))
}

fn intersect(l1: (f32, f32, f32), l2: (f32, f32, f32)) -> Option<(f32, f32)> {
    let det = l1.0 * l2.1 - l1.1 * l2.0;
    if det.abs() < 1e-6 {
        return None;
    }
    Some(((l1.2 * l2.1 - l1.1 * l2.2) / det, (l1.0 * l2.2 - l1.2 * l2.0) / det))
}

fn dist(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn is_convex(q: &[(f32, f32)]) -> bool {
    let n = q.len();
    let signs: Vec<f32> = (0..n).map(|i| cross(q[i], q[(i + 1) % n], q[(i + 2) % n])).collect();
    signs.iter().all(|&s| s > 0.0) || signs.iter().all(|&s| s < 0.0)
}

fn polygon_area(p: &[(f32, f32)]) -> f64 {
    let n = p.len();
    if n < 3 {
        return 0.0;
    }
    let mut a = 0.0f64;
    for i in 0..n {
        let (x0, y0) = p[i];
        let (x1, y1) = p[(i + 1) % n];
        a += f64::from(x0) * f64::from(y1) - f64::from(x1) * f64::from(y0);
    }
    a.abs() / 2.0
}

/// Sutherland–Hodgman clip of a polygon to [0, xmax] × [0, ymax].
pub fn clip_to_frame(poly: &[(f32, f32)], xmax: f32, ymax: f32) -> Vec<(f32, f32)> {
    let mut pts = poly.to_vec();
    let planes: [(usize, f32, bool); 4] =
        [(0, 0.0, false), (0, xmax, true), (1, 0.0, false), (1, ymax, true)];
    for (axis, lim, keep_less) in planes {
        let get = |p: (f32, f32)| if axis == 0 { p.0 } else { p.1 };
        let inside = |p: (f32, f32)| if keep_less { get(p) <= lim } else { get(p) >= lim };
        let mut out = Vec::new();
        for i in 0..pts.len() {
            let (a, b) = (pts[i], pts[(i + 1) % pts.len()]);
            if inside(a) {
                out.push(a);
            }
            if inside(a) != inside(b) {
                let t = (lim - get(a)) / (get(b) - get(a));
                out.push((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)));
            }
        }
        pts = out;
        if pts.is_empty() {
            break;
        }
    }
    pts
}

/// Intersection over union of two convex quads.
pub fn quad_iou(a: &[(f32, f32); 4], b: &[(f32, f32); 4]) -> f64 {
    // Clip a by each edge of b (both convex; orient b counter-clockwise in the maths sense).
    let mut clip: Vec<(f32, f32)> = b.to_vec();
    if signed_area(&clip) < 0.0 {
        clip.reverse();
    }
    let mut subject: Vec<(f32, f32)> = a.to_vec();
    for i in 0..clip.len() {
        let (c0, c1) = (clip[i], clip[(i + 1) % clip.len()]);
        let inside = |p: (f32, f32)| cross(c0, c1, p) >= 0.0;
        let mut out = Vec::new();
        for j in 0..subject.len() {
            let (p, q) = (subject[j], subject[(j + 1) % subject.len()]);
            if inside(p) {
                out.push(p);
            }
            if inside(p) != inside(q) {
                let (d1, d2) = (cross(c0, c1, p), cross(c0, c1, q));
                let t = d1 / (d1 - d2);
                out.push((p.0 + t * (q.0 - p.0), p.1 + t * (q.1 - p.1)));
            }
        }
        subject = out;
        if subject.is_empty() {
            return 0.0;
        }
    }
    let inter = polygon_area(&subject);
    let uni = polygon_area(a) + polygon_area(b) - inter;
    if uni <= 0.0 { 0.0 } else { inter / uni }
}

fn signed_area(p: &[(f32, f32)]) -> f64 {
    let n = p.len();
    let mut a = 0.0f64;
    for i in 0..n {
        let (x0, y0) = p[i];
        let (x1, y1) = p[(i + 1) % n];
        a += f64::from(x0) * f64::from(y1) - f64::from(x1) * f64::from(y0);
    }
    a / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mask of a quad drawn at n × n (cell centres inside the quad are 1).
    fn draw(q: [(f32, f32); 4], n: usize) -> Vec<f32> {
        let mut m = vec![0f32; n * n];
        for y in 0..n {
            for x in 0..n {
                let p = (x as f32 + 0.5, y as f32 + 0.5);
                let inside = (0..4).all(|i| cross(q[i], q[(i + 1) % 4], p) >= 0.0);
                if inside {
                    m[y * n + x] = 1.0;
                }
            }
        }
        m
    }

    #[test]
    fn quad_from_a_rotated_mask() {
        let q = [(20.0, 14.0), (62.0, 22.0), (56.0, 52.0), (14.0, 44.0)];
        let got = document::order_quad(quad_from_mask(&draw(q, 80), 80).unwrap());
        let iou = quad_iou(&got, &q);
        assert!(iou > 0.95, "{got:?} iou {iou}");
    }

    #[test]
    fn corner_outside_the_frame_is_extrapolated() {
        // The top-left corner lies outside the frame; both of its sides are partly visible.
        let q = [(-8.0, -6.0), (50.0, 2.0), (46.0, 44.0), (6.0, 36.0)];
        let got = document::order_quad(quad_from_mask(&draw(q, 64), 64).unwrap());
        assert!(got[0].0 < -4.0 && got[0].1 < -1.0, "{got:?}");
        let iou = quad_iou(&got, &q);
        assert!(iou > 0.95, "{got:?} iou {iou}");
    }

    #[test]
    fn a_side_beyond_the_frame_is_closed_by_the_border() {
        // The whole left side is outside: the frame border stands in for it.
        let q = [(-10.0, -6.0), (50.0, 4.0), (46.0, 44.0), (-14.0, 34.0)];
        let got = document::order_quad(quad_from_mask(&draw(q, 64), 64).unwrap());
        assert!(got[0].0.abs() < 1.0 && got[3].0.abs() < 1.0, "{got:?}");
    }

    #[test]
    fn empty_mask_has_no_quad() {
        assert!(quad_from_mask(&vec![0.0; 6400], 80).is_none());
        assert!(quad_from_mask(&[0.0; 10], 80).is_none());
    }

    #[test]
    fn iou_of_identical_and_disjoint_quads() {
        let a = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        let b = [(20.0, 0.0), (30.0, 0.0), (30.0, 10.0), (20.0, 10.0)];
        assert!((quad_iou(&a, &a) - 1.0).abs() < 1e-6);
        assert!(quad_iou(&a, &b) < 1e-9);
    }

    #[test]
    fn the_committed_model_loads_and_runs() {
        init().expect("model loads");
        let img = RgbImage::from_pixel(300, 200, image::Rgb([90, 90, 90]));
        let out = run_net(&img).expect("net runs");
        assert_eq!(out.mask.len(), NET_OUT * NET_OUT);
        assert!((0.0..=1.0).contains(&out.score));
    }
}
