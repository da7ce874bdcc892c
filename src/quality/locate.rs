//! The learned document locator (issue 12 point 1): a small depthwise-separable U-Net
//! (`training/locator/train.py`, ~69 k parameters, trained from scratch on synthetic composites)
//! that sees the working copy stretched to 128 × 128 and gives a document-present score, a mask of
//! the document and a corner heatmap at 64 × 64. The geometry after the network:
//! 1. mask → quad: the boundary of the largest mask component (sub-cell, where the probability
//!    crosses ½; points on the frame border left out), a first quad from its convex hull, then
//!    rounds of assigning every boundary point to its nearest side and refitting each side by
//!    iteratively reweighted least squares (Tukey); the corners are the sides' crossings, so they
//!    are found also outside the frame (for `cut_off`);
//! 2. each side refined at working resolution (`refine_quad`): in a band of ± 10 % of its length
//!    (at least 3.5 mask cells) across it, the straight line with the strongest consistent luma
//!    step of one polarity, then the step positions to sub-pixel and a robust refit; the band
//!    shrinks over three passes;
//! 3. in `Mode::Combined` the classical outline (`document::find_document`), refined the same
//!    way, is compared with it (`combine`), and the confidence (`learned_score`) weighs edge
//!    evidence against the mask.
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
/// Below this confidence a combined outline counts as no document (see `choose`).
const NO_EVIDENCE: f64 = 0.02;
/// Smallest mask component, in output cells (64 × 64 = 4096; the classical search stops at
/// 1.5 % of the frame, ~61 cells).
const MIN_CELLS: usize = 30;
/// Combined mode: a classical and a learned outline overlapping at least this much are the same
/// document (chosen on the tune split, with `Tuning::sharper_by`).
const REFINE_IOU: f64 = 0.6;

/// The locator's tunable settings (the defaults are what the id check uses; `examples/locate-eval`
/// sets others to try them on the tune split).
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// Rounds of side assignment and robust refit on the mask's boundary.
    pub fit_iters: u32,
    /// Half-width of the first refinement band: share of the side's length, and at least this
    /// many mask cells.
    pub band_frac: f32,
    pub band_cells: f32,
    /// Refinement passes (the band shrinks by 3 each pass down to the fine band).
    pub passes: u32,
    /// Fine band: pixels and share of the side (the larger).
    pub fine_px: f32,
    pub fine_frac: f32,
    /// A luma step of this size counts fully as edge evidence; a sample supports a side from
    /// `step_min` up.
    pub step_cap: f32,
    pub step_min: f32,
    /// Penalty per band-width of distance from the coarse line (share of a sample).
    pub drift: f32,
    /// Combined mode: outlines with at least this IoU are the same document …
    pub agree_iou: f64,
    /// … and a differing classical outline is taken when the mask covers it (and it the mask)
    /// at least this much.
    pub cover_min: f64,
    /// Refine the classical outline too (fine band) before comparing.
    pub refine_classic: bool,
    /// Combined mode: an agreeing classical outline must have this much more edge support.
    pub sharper_by: f64,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            fit_iters: 6,
            band_frac: BAND_FRAC,
            band_cells: BAND_CELLS,
            passes: 3,
            fine_px: FINE_BAND_PX,
            fine_frac: FINE_BAND_FRAC,
            step_cap: STEP_CAP,
            step_min: STEP_MIN,
            drift: DRIFT_PENALTY,
            agree_iou: REFINE_IOU,
            cover_min: 0.95,
            refine_classic: true,
            sharper_by: 0.1,
        }
    }
}

static TUNING: OnceLock<Tuning> = OnceLock::new();

/// Use other settings (before the first check; later calls are ignored and return false).
pub fn set_tuning(t: Tuning) -> bool {
    TUNING.set(t).is_ok()
}

fn tuning() -> &'static Tuning {
    TUNING.get_or_init(Tuning::default)
}

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
pub const DEFAULT_MODE: Mode = Mode::Combined;

/// 255: not chosen yet (`mode()` then reads `KYC_DOCTOR_LOCATOR`, else takes DEFAULT_MODE).
static MODE: AtomicU8 = AtomicU8::new(u8::MAX);

/// Switch the locator for all later checks (evaluation, benchmarks).
pub fn set_mode(m: Mode) {
    MODE.store(m as u8, Ordering::Relaxed);
}

/// The locator in use: `set_mode`'s, else the environment variable `KYC_DOCTOR_LOCATOR`
/// (`classic`, `learned` or `combined`, for evaluations such as `examples/quality-eval.rs`), else
/// DEFAULT_MODE.
pub fn mode() -> Mode {
    let mut v = MODE.load(Ordering::Relaxed);
    if v == u8::MAX {
        let m = match std::env::var("KYC_DOCTOR_LOCATOR").as_deref() {
            Ok("classic") => Mode::Classic,
            Ok("learned") => Mode::Learned,
            Ok("combined") => Mode::Combined,
            _ => DEFAULT_MODE,
        };
        v = m as u8;
        MODE.store(v, Ordering::Relaxed);
    }
    match v {
        0 => Mode::Classic,
        1 => Mode::Learned,
        _ => Mode::Combined,
    }
}

type Plan = Arc<TypedRunnableModel>;

static MODEL: OnceLock<Result<Plan, String>> = OnceLock::new();

fn load() -> Result<Plan, String> {
    load_bytes(MODEL_BYTES)
}

fn load_bytes(bytes: &[u8]) -> Result<Plan, String> {
    let mut reader = std::io::Cursor::new(bytes);
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

/// Load another model instead of the committed one (evaluation of a new export; call before
/// `init` and before any check).
pub fn init_with(bytes: &[u8]) -> Result<(), String> {
    let plan = load_bytes(bytes)?;
    MODEL.set(Ok(plan)).map_err(|_| "the locator model was already loaded".to_string())
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

/// What the learned locator found, in working-copy pixels.
#[derive(Debug, Clone)]
pub struct Learned {
    /// The outline after refinement against the picture, with its confidence as `score`.
    pub found: Found,
    /// The outline fitted to the mask alone.
    pub coarse: [(f32, f32); 4],
    /// The network's document-present score.
    pub net_score: f32,
    /// Mean edge support of the refined sides that could be judged, and how many could.
    pub edge_support: f64,
    pub judged: u32,
    /// The mask (NET_OUT × NET_OUT probabilities) and the working-copy size it covers.
    mask: Vec<f32>,
    size: (f32, f32),
}

impl Learned {
    /// (share of `quad`'s cells the mask covers, share of the mask's cells inside `quad`), at the
    /// mask's resolution: how far an outline agrees with what the network sees as the document.
    pub fn mask_agreement(&self, quad: &[(f32, f32); 4]) -> (f64, f64) {
        let (sx, sy) = (self.size.0 / NET_OUT as f32, self.size.1 / NET_OUT as f32);
        let mut q = *quad;
        if signed_area(&q) < 0.0 {
            q.reverse();
        }
        let (mut inq, mut inm, mut both) = (0f64, 0f64, 0f64);
        for y in 0..NET_OUT {
            for x in 0..NET_OUT {
                let p = ((x as f32 + 0.5) * sx, (y as f32 + 0.5) * sy);
                let iq = (0..4).all(|i| cross(q[i], q[(i + 1) % 4], p) >= 0.0);
                let m = f64::from(self.mask[y * NET_OUT + x]);
                if iq {
                    inq += 1.0;
                    both += m;
                }
                inm += m;
            }
        }
        (if inq > 0.0 { both / inq } else { 0.0 }, if inm > 0.0 { both / inm } else { 0.0 })
    }
}

/// The document the network sees, in working-copy pixels: the mask's outline, each side refined
/// in a narrow band against the picture.
pub fn locate(work: &RgbImage) -> Option<Learned> {
    let out = run_net(work)?;
    if out.score < SCORE_MIN {
        return None;
    }
    let quad = quad_from_mask(&out.mask, NET_OUT)?;
    let (ww, wh) = (work.width() as f32, work.height() as f32);
    let s = (ww / NET_OUT as f32, wh / NET_OUT as f32);
    let coarse = document::order_quad(quad.map(|(x, y)| (x * s.0, y * s.1)));
    let (quad, sides) = match refine_quad(work, coarse, Some(s.0.max(s.1))) {
        Some((q, sides)) => (document::order_quad(q), sides),
        None => (coarse, [None; 4]),
    };
    let judged: Vec<&RefinedSide> = sides.iter().flatten().collect();
    let edge_support = if judged.is_empty() {
        0.0
    } else {
        judged.iter().map(|s| f64::from(s.support)).sum::<f64>() / judged.len() as f64
    };
    let mut learned = Learned {
        found: found_from_quad(quad, ww, wh, 0.0)
            .or_else(|| found_from_quad(coarse, ww, wh, 0.0))?,
        coarse,
        net_score: out.score,
        edge_support,
        judged: judged.len() as u32,
        mask: out.mask,
        size: (ww, wh),
    };
    let score = learned_score(&learned);
    learned.found.score = score;
    learned.found.support = edge_support;
    Some(learned)
}

/// Confidence of the learned outline, 0..1: the network's present score × the share of the
/// refined sides' samples on an edge of their polarity × √(share of sides that could be judged) ×
/// how far mask and outline agree (the smaller of mask-covers-quad and quad-covers-mask). On the
/// tune split it separates outlines with IoU ≥ 0.90 from the rest with an AUC of 0.93 (the
/// classical `outline_score`: 0.70); at `id_checks::LOW_CONFIDENCE` (0.6) 11 of 140 right
/// outlines are called uncertain and 11 of 82 badly wrong ones (IoU < 0.7) are not.
fn learned_score(l: &Learned) -> f64 {
    outline_confidence(l, &l.found.quad, l.edge_support, l.judged)
}

fn outline_confidence(l: &Learned, quad: &[(f32, f32); 4], edge_support: f64, judged: u32) -> f64 {
    let (cover, inside) = l.mask_agreement(quad);
    let sides = f64::from(judged.min(4)) / 4.0;
    (f64::from(l.net_score) * edge_support * sides.sqrt() * cover.min(inside)).clamp(0.0, 1.0)
}

/// The outline the id check uses, by `mode()`: `classic` is what `document::find_document` found
/// (already computed by the caller, in working-copy pixels).
pub fn choose(work: &RgbImage, classic: Option<Found>) -> Option<Found> {
    match mode() {
        Mode::Classic => classic,
        Mode::Learned => {
            locate(work).map(|l| l.found).or(if model().is_none() { classic } else { None })
        }
        Mode::Combined => {
            let classic = classic.map(|c| Candidate::classic(work, c));
            // An outline with no evidence at all (no refined side on an edge, or mask and outline
            // disjoint) is not a document found: a half-grey truncated JPEG gave one at score 0,
            // and judging it "uncertain" would only warn where the photo must be retaken.
            combine(locate(work).as_ref(), classic).filter(|f| f.score >= NO_EVIDENCE)
        }
    }
}

/// A classical outline with its edge support measured (and its sides refined, when
/// `Tuning::refine_classic`) at working resolution, as the learned outline's are.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub found: Found,
    pub edge_support: f64,
    pub judged: u32,
}

impl Candidate {
    pub fn classic(work: &RgbImage, c: Found) -> Candidate {
        let (ww, wh) = (work.width() as f32, work.height() as f32);
        let Some((q, sides)) = refine_quad(work, c.quad, None) else {
            return Candidate { found: c, edge_support: 0.0, judged: 0 };
        };
        let judged: Vec<&RefinedSide> = sides.iter().flatten().collect();
        let edge_support = if judged.is_empty() {
            0.0
        } else {
            judged.iter().map(|s| f64::from(s.support)).sum::<f64>() / judged.len() as f64
        };
        let q = document::order_quad(q);
        let found = if tuning().refine_classic && quad_iou(&q, &c.quad) >= 0.8 {
            found_from_quad(q, ww, wh, c.score)
                .map(|f| Found { support: c.support, ..f })
                .unwrap_or(c)
        } else {
            c
        };
        Candidate { found, edge_support, judged: judged.len() as u32 }
    }
}

/// The learned and the classical outline combined. When they describe the same document (quad
/// IoU ≥ `Tuning::agree_iou`) the classical one is taken only when it is clearly sharper (edge
/// support higher by `Tuning::sharper_by`), as its sides come from a 640-px search and the
/// learned ones from the working copy; when they disagree, the classical one only when the
/// network's mask covers it and it the mask (≥ `Tuning::cover_min`). Chosen on the tune split:
/// this rule gave the most outlines with IoU ≥ 0.90 of a grid over the three settings. The score
/// of either is the learned confidence (`learned_score`), which also judges a classical outline
/// against the mask.
pub fn combine(learned: Option<&Learned>, classic: Option<Candidate>) -> Option<Found> {
    let tu = tuning();
    match (learned, classic) {
        (Some(l), Some(c)) => {
            let take_classic = if quad_iou(&l.found.quad, &c.found.quad) >= tu.agree_iou {
                c.edge_support >= l.edge_support + tu.sharper_by
            } else {
                let (cover, inside) = l.mask_agreement(&c.found.quad);
                cover.min(inside) >= tu.cover_min
            };
            if take_classic {
                let score = outline_confidence(l, &c.found.quad, c.edge_support, c.judged);
                Some(Found { score, ..c.found })
            } else {
                Some(l.found.clone())
            }
        }
        (Some(l), None) => Some(l.found.clone()),
        (None, c) => c.map(|c| c.found),
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
    let mut quad = reduce_to_quad(hull, n as f32)?;
    // Refit each side to the non-frame boundary points nearest to it (away from the rounded
    // corners), robustly, and repeat with the new sides: the hull's quad is only a start.
    let pts: Vec<(f32, f32)> = edges.iter().filter(|e| !e.frame).map(|e| e.p).collect();
    for _ in 0..tuning().fit_iters {
        let mut groups: [Vec<(f32, f32)>; 4] = Default::default();
        for &p in &pts {
            let mut best = (f32::INFINITY, 0usize, 0f32);
            for i in 0..4 {
                let (a, b) = (quad[i], quad[(i + 1) % 4]);
                let len = dist(a, b).max(1e-6);
                let u = ((b.0 - a.0) / len, (b.1 - a.1) / len);
                let t = (p.0 - a.0) * u.0 + (p.1 - a.1) * u.1;
                let tc = t.clamp(0.0, len);
                let d = dist(p, (a.0 + u.0 * tc, a.1 + u.1 * tc));
                if d < best.0 {
                    best = (d, i, t / len);
                }
            }
            // Leave out the rounded corners (the outer 10 % of each end).
            if (0.1..=0.9).contains(&best.2) {
                groups[best.1].push(p);
            }
        }
        let mut lines = [(0f32, 0f32, 0f32); 4];
        for i in 0..4 {
            let base = line_through(quad[i], quad[(i + 1) % 4])?;
            lines[i] = if groups[i].len() >= 5 {
                robust_line(&groups[i], 0.5).unwrap_or(base)
            } else {
                base
            };
        }
        let mut out = [(0f32, 0f32); 4];
        for i in 0..4 {
            out[i] = intersect(lines[(i + 3) % 4], lines[i])?;
        }
        if !is_convex(&out) {
            break;
        }
        quad = out;
    }
    if !is_convex(&quad) {
        return None;
    }
    Some(quad)
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

// --- refinement at working resolution -------------------------------------------------------------

/// Samples taken along each side (between its outer 10 % ends, which rounded corners bend).
const REFINE_SAMPLES: usize = 48;
/// Half-width of the first search band across a coarse side: this share of the side's length …
const BAND_FRAC: f32 = 0.1;
/// … but at least this many output cells of the network (its mask is coarse by about a cell).
const BAND_CELLS: f32 = 3.5;
/// Half-width of the second, fine pass (pixels, and share of the side).
const FINE_BAND_PX: f32 = 4.0;
const FINE_BAND_FRAC: f32 = 0.012;
/// A step is measured as the mean luma over this many pixels outside minus as many inside.
const STEP_R: i32 = 3;
/// Tangential averaging: taps along the side at this spacing (pixels) on each side of a sample.
const TANGENT_TAPS: i32 = 2;
const TANGENT_STEP: f32 = 1.5;
/// A step of this many luma levels counts fully as edge evidence (weaker ones count partly), so
/// one strong line of text cannot outvote a consistent, moderate card edge.
const STEP_CAP: f32 = 18.0;
/// A sample point supports a side when its step has the side's polarity and at least this size.
const STEP_MIN: f32 = 6.0;
/// Penalty (share of a fully supported sample) per band-width of distance from the coarse line:
/// between equally good edges the one nearer the network's outline wins.
const DRIFT_PENALTY: f32 = 0.1;

/// A side refined against the picture: its line and the share of its samples that lie on an
/// edge of its polarity (the evidence that this is the document's side).
#[derive(Debug, Clone, Copy)]
struct RefinedSide {
    line: (f32, f32, f32),
    support: f32,
}

/// Bilinear luma of the working copy; None outside it.
fn luma_at(img: &RgbImage, x: f32, y: f32) -> Option<f32> {
    let (w, h) = (img.width() as f32, img.height() as f32);
    if !(x >= 0.0 && y >= 0.0 && x <= w - 1.0 && y <= h - 1.0) {
        return None;
    }
    let (x0, y0) = (x.floor() as u32, y.floor() as u32);
    let (x1, y1) = ((x0 + 1).min(img.width() - 1), (y0 + 1).min(img.height() - 1));
    let (fx, fy) = (x - x0 as f32, y - y0 as f32);
    let l = |xx: u32, yy: u32| {
        let p = img.get_pixel(xx, yy);
        raster::luma(p[0], p[1], p[2])
    };
    let top = l(x0, y0) * (1.0 - fx) + l(x1, y0) * fx;
    let bot = l(x0, y1) * (1.0 - fx) + l(x1, y1) * fx;
    Some(top * (1.0 - fy) + bot * fy)
}

/// Refine the side a → b (outward normal `n`) within ±`band` pixels: the straight line through
/// the band with the strongest, most consistent luma step of one polarity, then a robust fit to
/// the step positions along it. None when too little of the side lies in the frame.
fn refine_side(
    img: &RgbImage,
    a: (f32, f32),
    b: (f32, f32),
    n: (f32, f32),
    band: f32,
) -> Option<RefinedSide> {
    let tu = tuning();
    let len = dist(a, b);
    if len < 8.0 {
        return None;
    }
    let u = ((b.0 - a.0) / len, (b.1 - a.1) / len);
    let d = band.ceil().max(2.0) as i32;
    let span = (d + STEP_R + 1) as usize;
    let width = 2 * span + 1;
    // steps[i][o + d]: outside-minus-inside step at offset o (pixels along n) for sample i.
    let mut steps = vec![0f32; REFINE_SAMPLES * (2 * d as usize + 1)];
    let mut known = vec![false; REFINE_SAMPLES * (2 * d as usize + 1)];
    let mut ts = [0f32; REFINE_SAMPLES];
    let mut visible = 0usize;
    let mut prof = vec![f32::NAN; width];
    for (i, t_slot) in ts.iter_mut().enumerate() {
        let t = 0.1 + 0.8 * (i as f32 + 0.5) / REFINE_SAMPLES as f32;
        *t_slot = t;
        let p = (a.0 + u.0 * t * len, a.1 + u.1 * t * len);
        if luma_at(img, p.0, p.1).is_some() {
            visible += 1;
        }
        for (k, v) in prof.iter_mut().enumerate() {
            let o = k as f32 - span as f32;
            let (mut sum, mut cnt) = (0f32, 0u32);
            for j in -TANGENT_TAPS..=TANGENT_TAPS {
                let tj = j as f32 * TANGENT_STEP;
                if let Some(l) = luma_at(img, p.0 + n.0 * o + u.0 * tj, p.1 + n.1 * o + u.1 * tj) {
                    sum += l;
                    cnt += 1;
                }
            }
            *v = if cnt as i32 == 2 * TANGENT_TAPS + 1 { sum / cnt as f32 } else { f32::NAN };
        }
        for o in -d..=d {
            let c = (o + span as i32) as usize;
            let r = STEP_R as usize;
            let outside: f32 = prof[c + 1..=c + r].iter().sum::<f32>() / r as f32;
            let inside: f32 = prof[c - r..c].iter().sum::<f32>() / r as f32;
            let s = outside - inside;
            if s.is_finite() {
                let idx = i * (2 * d as usize + 1) + (o + d) as usize;
                steps[idx] = s;
                known[idx] = true;
            }
        }
    }
    if visible < REFINE_SAMPLES / 4 {
        return None;
    }
    let row = 2 * d as usize + 1;
    let at = |i: usize, o: i32| -> f32 {
        if o < -d || o > d {
            return 0.0;
        }
        steps[i * row + (o + d) as usize]
    };
    // Coarse search over lines (offset oa at t = 0, ob at t = 1) and both polarities.
    let grid = (d / 24).max(1);
    let mut best = (f32::NEG_INFINITY, 0i32, 0i32, 1f32);
    for pol in [1f32, -1f32] {
        let mut oa = -d;
        while oa <= d {
            let mut ob = -d;
            while ob <= d {
                let mut s = 0f32;
                for (i, &t) in ts.iter().enumerate() {
                    let o = (oa as f32 + (ob - oa) as f32 * t).round() as i32;
                    s += (pol * at(i, o) / tu.step_cap).clamp(0.0, 1.0);
                }
                s -= tu.drift * REFINE_SAMPLES as f32 * (oa.abs() + ob.abs()) as f32
                    / (2.0 * d as f32);
                if s > best.0 {
                    best = (s, oa, ob, pol);
                }
                ob += grid;
            }
            oa += grid;
        }
    }
    let (_, oa, ob, pol) = best;
    // The step position at each sample near that line, to sub-pixel precision.
    let reach = grid + 2;
    let mut pts = Vec::with_capacity(REFINE_SAMPLES);
    for (i, &t) in ts.iter().enumerate() {
        let o0 = (oa as f32 + (ob - oa) as f32 * t).round() as i32;
        let mut bo = None;
        let mut bv = tu.step_min;
        for o in (o0 - reach).max(-d)..=(o0 + reach).min(d) {
            let v = pol * at(i, o);
            if known[i * row + (o + d) as usize] && v > bv {
                bv = v;
                bo = Some(o);
            }
        }
        let Some(o) = bo else { continue };
        let (l, r) = (pol * at(i, o - 1), pol * at(i, o + 1));
        let den = l - 2.0 * bv + r;
        let frac = if den < -1e-6 { (0.5 * (l - r) / den).clamp(-0.5, 0.5) } else { 0.0 };
        let off = o as f32 + frac;
        let p = (a.0 + u.0 * t * len + n.0 * off, a.1 + u.1 * t * len + n.1 * off);
        pts.push(p);
    }
    if pts.len() < 6 {
        return None;
    }
    let line = robust_line(&pts, 1.5)?;
    let near = pts.iter().filter(|p| (line.0 * p.0 + line.1 * p.1 - line.2).abs() <= 1.5).count();
    Some(RefinedSide { line, support: near as f32 / visible.max(1) as f32 })
}

/// A line fitted by iteratively reweighted least squares (Tukey's biweight with scale `c`
/// pixels after a first total-least-squares fit), so stray points (text, a finger, glare) do not
/// pull it.
fn robust_line(pts: &[(f32, f32)], c: f32) -> Option<(f32, f32, f32)> {
    let mut w = vec![1f64; pts.len()];
    let mut line = weighted_line(pts, &w)?;
    for it in 0..5 {
        // A wide scale first, so a poor start does not discard the true points.
        let scale = f64::from(c) * if it == 0 { 4.0 } else { 2.0 };
        for (wi, p) in w.iter_mut().zip(pts) {
            let r = f64::from(line.0 * p.0 + line.1 * p.1 - line.2) / scale;
            *wi = if r.abs() < 1.0 { (1.0 - r * r).powi(2) } else { 0.0 };
        }
        if w.iter().filter(|&&x| x > 0.0).count() < 3 {
            break;
        }
        line = weighted_line(pts, &w)?;
    }
    Some(line)
}

/// Weighted total least squares line a·x + b·y = c, (a, b) a unit normal.
fn weighted_line(pts: &[(f32, f32)], w: &[f64]) -> Option<(f32, f32, f32)> {
    let sw: f64 = w.iter().sum();
    if sw <= 1e-9 {
        return None;
    }
    let mx = pts.iter().zip(w).map(|(p, w)| f64::from(p.0) * w).sum::<f64>() / sw;
    let my = pts.iter().zip(w).map(|(p, w)| f64::from(p.1) * w).sum::<f64>() / sw;
    let (mut sxx, mut syy, mut sxy) = (0.0, 0.0, 0.0);
    for (p, w) in pts.iter().zip(w) {
        let (dx, dy) = (f64::from(p.0) - mx, f64::from(p.1) - my);
        sxx += w * dx * dx;
        syy += w * dy * dy;
        sxy += w * dx * dy;
    }
    let theta = 0.5 * (2.0 * sxy).atan2(sxx - syy);
    let (a, b) = (-theta.sin(), theta.cos());
    if !a.is_finite() || !b.is_finite() {
        return None;
    }
    Some((a as f32, b as f32, (a * mx + b * my) as f32))
}

/// A refined quad (cyclic order, working pixels) and what each side's search found.
type RefinedQuad = ([(f32, f32); 4], [Option<RefinedSide>; 4]);

/// The refined quad and per-side evidence: each side of `quad` (cyclic order, working pixels)
/// searched in a band of ±`band0[i]` pixels, then once more in a narrow band around the result.
/// Sides that cannot be refined (mostly outside the frame, or lying on its border) keep their
/// coarse line and count as unjudged.
fn refine_quad(img: &RgbImage, quad: [(f32, f32); 4], cell: Option<f32>) -> Option<RefinedQuad> {
    let tu = tuning();
    let (wf, hf) = (img.width() as f32, img.height() as f32);
    let mut q = quad;
    let mut sides: [Option<RefinedSide>; 4] = [None; 4];
    // Without a cell size (an outline from the classical search) only the fine passes run.
    let (first, passes) = match cell {
        Some(_) => (0, tu.passes.max(1)),
        None => (tu.passes.max(1) - 1, tu.passes.max(1)),
    };
    let mut bands = [0f32; 4];
    for pass in first..passes {
        let c =
            ((q[0].0 + q[1].0 + q[2].0 + q[3].0) / 4.0, (q[0].1 + q[1].1 + q[2].1 + q[3].1) / 4.0);
        let mut lines = [(0f32, 0f32, 0f32); 4];
        for i in 0..4 {
            let (a, b) = (q[i], q[(i + 1) % 4]);
            let base = line_through(a, b)?;
            lines[i] = base;
            let len = dist(a, b);
            let mut n = (base.0, base.1);
            let mid = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            if n.0 * (mid.0 - c.0) + n.1 * (mid.1 - c.1) < 0.0 {
                n = (-n.0, -n.1);
            }
            // A side along the frame border is the frame's, not the document's.
            let e = 2.0;
            let on_border = (a.0 <= e && b.0 <= e)
                || (a.1 <= e && b.1 <= e)
                || (a.0 >= wf - 1.0 - e && b.0 >= wf - 1.0 - e)
                || (a.1 >= hf - 1.0 - e && b.1 >= hf - 1.0 - e);
            if on_border {
                sides[i] = None;
                continue;
            }
            let fine = (tu.fine_frac * len).max(tu.fine_px);
            let band = if pass == 0 {
                (tu.band_frac * len).max(tu.band_cells * cell.unwrap_or(0.0)).max(fine)
            } else if pass + 1 == passes {
                fine
            } else {
                (bands[i] / 3.0).max(fine)
            };
            bands[i] = band;
            match refine_side(img, a, b, n, band) {
                Some(s) => {
                    lines[i] = s.line;
                    sides[i] = Some(s);
                }
                None => {
                    // A later pass that saw too little keeps the earlier evidence.
                    if pass == first {
                        sides[i] = None;
                    }
                }
            }
        }
        let mut out = [(0f32, 0f32); 4];
        for i in 0..4 {
            out[i] = intersect(lines[(i + 3) % 4], lines[i])?;
        }
        if !is_convex(&out) {
            return None;
        }
        q = out;
    }
    Some((q, sides))
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
        // Corner-end points are left out of the side fits (rounded corners), so the short visible
        // stretches of the two cut sides carry less: 0.948 with the nearest-side refit.
        let iou = quad_iou(&got, &q);
        assert!(iou > 0.94, "{got:?} iou {iou}");
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
