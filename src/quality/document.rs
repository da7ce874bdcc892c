//! Finding the document: the card or passport page as a quadrilateral, on a small grey copy.
//!
//! Classic scanner pipeline (quality-methods §2.4): Canny edges at a few thresholds → close small
//! gaps → outer contours → convex hull → Douglas–Peucker polygon. A candidate is kept only when its
//! sides really lie on edges ("support"), which rejects hulls of background texture. Sides lying on
//! the frame border are the cut edges of a document that leaves the picture.

use image::GrayImage;
use imageproc::contours::{BorderType, find_contours};
use imageproc::distance_transform::Norm;
use imageproc::edges::canny;
use imageproc::geometry::{approximate_polygon_dp, arc_length, contour_area, convex_hull, min_area_rect};
use imageproc::morphology::dilate;
use imageproc::point::Point;

/// Long side of the grey copy the detector runs on. Document outlines are large structures; at
/// ~640 px the card edge is still several pixels of clean gradient while paper texture, text and
/// JPEG noise are mostly averaged away (pyimagesearch-style scanners use 500).
pub const DETECT_LONG: u32 = 640;

/// Canny hysteresis pairs (imageproc's L2 Sobel magnitude, 0..~1440), tried from strict to loose:
/// a card on a plain table needs the strict pair (fewer texture edges), a pale card on pale paper
/// the loose one. Anchored on OpenCV's 75/200 (L1 Sobel) and widened both ways.
const CANNY_PAIRS: [(f32, f32); 3] = [(60.0, 180.0), (35.0, 100.0), (18.0, 50.0)];

/// Douglas–Peucker tolerance as a fraction of the hull perimeter: 0.02 as in the classic
/// scanners; the larger one folds a rounded corner that survived the first into one vertex.
const DP_EPS: [f64; 2] = [0.02, 0.045];

/// Smallest hull worth considering, as a fraction of the frame (far below `too_small`'s fail
/// limit, so a small document is still found and reported as too small rather than missing).
const MIN_AREA_FRAC: f64 = 0.02;

/// A vertex within this fraction of the frame side from the border is "on the border" (Canny loses
/// a pixel or two at the border and the closing adds two more; 1.5 % of 640 px ≈ 10 px).
pub const BORDER_TOL_FRAC: f32 = 0.015;

/// Share of the sampled points along the non-border sides that must sit on an edge pixel. Texture
/// hulls score 0.2–0.4; real outlines 0.8–1.0 even with a rounded corner or a glare spot on a side.
const MIN_SUPPORT: f64 = 0.6;

/// Document aspect (long/short side of the fitted quad) must be plausible: ID-1 is 1.586, ID-3
/// 1.42, and strong tilt squeezes or stretches it; the range only rejects slivers.
const ASPECT_RANGE: (f64, f64) = (1.0, 3.2);

/// Where a document was found, in the coordinates of the grey copy it was searched on.
#[derive(Debug, Clone)]
pub struct Found {
    /// The visible outline (4 corners for a whole document, more when the frame cuts it).
    pub polygon: Vec<(f32, f32)>,
    /// A quadrilateral TL, TR, BR, BL used to warp the document (the polygon itself when it has 4
    /// corners, else the minimum-area rectangle around it, which may reach outside the frame).
    pub quad: [(f32, f32); 4],
    /// Frame sides the outline lies on: top, right, bottom, left.
    pub on_border: [bool; 4],
    /// Polygon area / frame area.
    pub area_frac: f64,
    pub support: f64,
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

/// Put four points in TL, TR, BR, BL order (clockwise on screen, starting nearest the top-left).
pub fn order_quad(pts: [(f32, f32); 4]) -> [(f32, f32); 4] {
    let cx = pts.iter().map(|p| p.0).sum::<f32>() / 4.0;
    let cy = pts.iter().map(|p| p.1).sum::<f32>() / 4.0;
    let mut v = pts.to_vec();
    v.sort_by(|a, b| {
        let aa = (a.1 - cy).atan2(a.0 - cx);
        let ab = (b.1 - cy).atan2(b.0 - cx);
        aa.total_cmp(&ab)
    });
    let start = (0..4)
        .min_by(|&i, &j| (v[i].0 + v[i].1).total_cmp(&(v[j].0 + v[j].1)))
        .unwrap_or(0);
    [v[start % 4], v[(start + 1) % 4], v[(start + 2) % 4], v[(start + 3) % 4]]
}

fn dist(a: (f32, f32), b: (f32, f32)) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// Long side / short side of a quad, from the means of opposite sides.
pub fn quad_aspect(q: &[(f32, f32); 4]) -> f64 {
    let horiz = f64::from(dist(q[0], q[1]) + dist(q[3], q[2])) / 2.0;
    let vert = f64::from(dist(q[0], q[3]) + dist(q[1], q[2])) / 2.0;
    let (l, s) = if horiz >= vert { (horiz, vert) } else { (vert, horiz) };
    if s <= 0.0 { f64::INFINITY } else { l / s }
}

/// Which frame side a segment lies along, if any.
fn border_side(a: (f32, f32), b: (f32, f32), w: f32, h: f32, tol: f32) -> Option<usize> {
    if a.1 <= tol && b.1 <= tol {
        Some(0)
    } else if a.0 >= w - 1.0 - tol && b.0 >= w - 1.0 - tol {
        Some(1)
    } else if a.1 >= h - 1.0 - tol && b.1 >= h - 1.0 - tol {
        Some(2)
    } else if a.0 <= tol && b.0 <= tol {
        Some(3)
    } else {
        None
    }
}

/// Share of points sampled along the polygon's non-border sides that land on an edge pixel.
/// Returns (support, number of non-border sides, frame sides touched).
fn edge_support(poly: &[(f32, f32)], edges: &GrayImage, tol: f32) -> (f64, usize, [bool; 4]) {
    let (w, h) = (edges.width() as f32, edges.height() as f32);
    let mut hits = 0usize;
    let mut total = 0usize;
    let mut inner_sides = 0usize;
    let mut on_border = [false; 4];
    for i in 0..poly.len() {
        let a = poly[i];
        let b = poly[(i + 1) % poly.len()];
        if let Some(side) = border_side(a, b, w, h, tol) {
            on_border[side] = true;
            continue;
        }
        inner_sides += 1;
        const SAMPLES: usize = 40;
        for k in 0..SAMPLES {
            let t = (k as f32 + 0.5) / SAMPLES as f32;
            let x = a.0 + (b.0 - a.0) * t;
            let y = a.1 + (b.1 - a.1) * t;
            let (xi, yi) = (x.round() as i64, y.round() as i64);
            if xi < 0 || yi < 0 || xi >= edges.width() as i64 || yi >= edges.height() as i64 {
                continue;
            }
            total += 1;
            if edges.get_pixel(xi as u32, yi as u32)[0] > 0 {
                hits += 1;
            }
        }
    }
    // A vertex on the border (a corner cut by the frame) also marks that side as touched.
    for p in poly {
        if p.1 <= tol {
            on_border[0] = true;
        }
        if p.0 >= w - 1.0 - tol {
            on_border[1] = true;
        }
        if p.1 >= h - 1.0 - tol {
            on_border[2] = true;
        }
        if p.0 <= tol {
            on_border[3] = true;
        }
    }
    let support = if total == 0 { 0.0 } else { hits as f64 / total as f64 };
    (support, inner_sides, on_border)
}

fn evaluate(hull: &[Point<i32>], support_map: &GrayImage, frame_area: f64, tol: f32) -> Option<Found> {
    let perim = arc_length(hull, true);
    for eps in DP_EPS {
        let poly_i = approximate_polygon_dp(hull, eps * perim, true);
        if poly_i.len() < 4 || poly_i.len() > 7 {
            continue;
        }
        let poly: Vec<(f32, f32)> = poly_i.iter().map(|p| (p.x as f32, p.y as f32)).collect();
        let (support, inner_sides, on_border) = edge_support(&poly, support_map, tol);
        let cut = on_border.iter().any(|b| *b);
        // A whole document is a quadrilateral; a cut one may have up to 3 extra vertices where
        // the frame crosses it, but it needs at least two real (edge-supported) sides.
        if (!cut && poly.len() != 4) || inner_sides < 2 || support < MIN_SUPPORT {
            continue;
        }
        // More than two frame sides covered means the "outline" is the frame itself.
        if on_border.iter().filter(|b| **b).count() > 2 {
            continue;
        }
        let quad = if poly.len() == 4 {
            order_quad([poly[0], poly[1], poly[2], poly[3]])
        } else {
            let r = min_area_rect(&poly_i);
            order_quad(r.map(|p| (p.x as f32, p.y as f32)))
        };
        let aspect = quad_aspect(&quad);
        if !cut && !(ASPECT_RANGE.0..=ASPECT_RANGE.1).contains(&aspect) {
            continue;
        }
        let area_frac = contour_area(&poly_i) / frame_area;
        return Some(Found { polygon: poly, quad, on_border, area_frac, support });
    }
    None
}

/// Search `gray` (ideally ~`DETECT_LONG` px on the long side) for the document outline.
pub fn find_document(gray: &GrayImage) -> Option<Found> {
    let (w, h) = gray.dimensions();
    if w < 16 || h < 16 {
        return None;
    }
    let frame_area = f64::from(w) * f64::from(h);
    let tol = BORDER_TOL_FRAC * w.max(h) as f32;
    let mut best: Option<Found> = None;
    for (lo, hi) in CANNY_PAIRS {
        let edges = canny(gray, lo, hi);
        // Close 1–2 px gaps (rounded corners, a glare spot on the edge) before tracing outlines.
        let closed = dilate(&edges, Norm::LInf, 1);
        let support_map = dilate(&edges, Norm::LInf, 2);
        let contours = find_contours::<i32>(&closed);
        let mut hulls: Vec<(f64, Vec<Point<i32>>)> = contours
            .into_iter()
            .filter(|c| c.border_type == BorderType::Outer && c.points.len() >= 16)
            .filter_map(|c| {
                let hull = convex_hull(c.points);
                if hull.len() < 3 {
                    return None;
                }
                let area = contour_area(&hull);
                (area >= MIN_AREA_FRAC * frame_area).then_some((area, hull))
            })
            .collect();
        hulls.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, hull) in hulls.iter().take(8) {
            if let Some(found) = evaluate(hull, &support_map, frame_area, tol) {
                let better = match &best {
                    None => true,
                    // Prefer the larger outline: the document contains its own photo and text
                    // blocks, which are smaller rectangles. Support breaks near-ties.
                    Some(b) => found.area_frac * found.support > b.area_frac * b.support * 1.05,
                };
                if better {
                    best = Some(found);
                }
                break;
            }
        }
    }
    best
}
