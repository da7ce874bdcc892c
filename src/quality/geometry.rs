//! Plane geometry and small statistics the checks share: distances, polygon area, convexity,
//! clipping to the frame, quad shape, the perspective (homography) of a quad, its tilt and roll,
//! percentiles of a histogram, and the four frame sides as a named struct. Each was written two
//! or three times before; one copy here, with the tests next to it.

/// A point in pixels (x to the right, y down).
pub type Pt = (f32, f32);

/// Euclidean distance.
pub fn dist(a: Pt, b: Pt) -> f32 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// Euclidean distance in double precision (measures reported in original pixels).
pub fn dist64(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The frame sides, named (the order of `[bool; 4]` arrays elsewhere: top, right, bottom, left).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Sides {
    pub top: bool,
    pub right: bool,
    pub bottom: bool,
    pub left: bool,
}

impl Sides {
    pub fn any(self) -> bool {
        self.top || self.right || self.bottom || self.left
    }
    /// In the order top, right, bottom, left.
    pub fn to_array(self) -> [bool; 4] {
        [self.top, self.right, self.bottom, self.left]
    }
}

impl From<[bool; 4]> for Sides {
    fn from([top, right, bottom, left]: [bool; 4]) -> Sides {
        Sides { top, right, bottom, left }
    }
}

/// The (mean) lengths of a quad's two pairs of opposite sides (TL, TR, BR, BL order):
/// (top + bottom) / 2 and (left + right) / 2.
pub fn quad_side_means(q: &[Pt; 4]) -> (f32, f32) {
    ((dist(q[0], q[1]) + dist(q[3], q[2])) / 2.0, (dist(q[0], q[3]) + dist(q[1], q[2])) / 2.0)
}

/// `quad_side_means` in double precision.
pub fn quad_side_means64(q: &[(f64, f64); 4]) -> (f64, f64) {
    (
        (dist64(q[0], q[1]) + dist64(q[3], q[2])) / 2.0,
        (dist64(q[0], q[3]) + dist64(q[1], q[2])) / 2.0,
    )
}

/// Long side / short side of a quad, from the means of opposite sides.
pub fn quad_aspect(q: &[Pt; 4]) -> f64 {
    let horiz = f64::from(dist(q[0], q[1]) + dist(q[3], q[2])) / 2.0;
    let vert = f64::from(dist(q[0], q[3]) + dist(q[1], q[2])) / 2.0;
    let (l, s) = if horiz >= vert { (horiz, vert) } else { (vert, horiz) };
    if s <= 0.0 { f64::INFINITY } else { l / s }
}

/// Put four points in TL, TR, BR, BL order (clockwise on screen, starting nearest the top-left).
pub fn order_quad(pts: [Pt; 4]) -> [Pt; 4] {
    let cx = pts.iter().map(|p| p.0).sum::<f32>() / 4.0;
    let cy = pts.iter().map(|p| p.1).sum::<f32>() / 4.0;
    let mut v = pts;
    v.sort_by_cached_key(|p| {
        // Angle around the centre, as a sortable integer (atan2 once per point).
        ((p.1 - cy).atan2(p.0 - cx) * 1.0e6) as i64
    });
    let start =
        (0..4).min_by(|&i, &j| (v[i].0 + v[i].1).total_cmp(&(v[j].0 + v[j].1))).unwrap_or(0);
    [v[start % 4], v[(start + 1) % 4], v[(start + 2) % 4], v[(start + 3) % 4]]
}

/// The centre of mass of the four corners.
pub fn quad_centroid(q: &[Pt; 4]) -> Pt {
    (q.iter().map(|p| p.0).sum::<f32>() / 4.0, q.iter().map(|p| p.1).sum::<f32>() / 4.0)
}

/// All cross products of consecutive edges share a sign.
pub fn is_convex(q: &[Pt; 4]) -> bool {
    let mut sign = 0f32;
    for i in 0..4 {
        let (o, p1, p2) = (q[i], q[(i + 1) % 4], q[(i + 2) % 4]);
        let cr = (p1.0 - o.0) * (p2.1 - p1.1) - (p1.1 - o.1) * (p2.0 - p1.0);
        if !cr.is_finite() {
            return false;
        }
        if sign == 0.0 {
            sign = cr.signum();
        } else if cr.signum() != sign {
            return false;
        }
    }
    true
}

/// Area of a simple polygon (shoelace formula).
pub fn polygon_area(p: &[Pt]) -> f64 {
    let n = p.len();
    let mut a = 0f64;
    for i in 0..n {
        let (x0, y0) = p[i];
        let (x1, y1) = p[(i + 1) % n];
        a += f64::from(x0) * f64::from(y1) - f64::from(x1) * f64::from(y0);
    }
    a.abs() / 2.0
}

/// One frame edge for polygon clipping: an inside test and which edge it is.
type ClipEdge = (fn(Pt, f32, f32) -> bool, usize);

/// Sutherland–Hodgman clip of a polygon to the rectangle [0, w] × [0, h].
pub fn clip_to_frame(poly: &[Pt], w: f32, h: f32) -> Vec<Pt> {
    let mut out: Vec<Pt> = poly.to_vec();
    // (inside test, intersection) for each of the four frame edges.
    let edges: [ClipEdge; 4] = [
        (|p, _, _| p.0 >= 0.0, 0),
        (|p, w, _| p.0 <= w, 1),
        (|p, _, _| p.1 >= 0.0, 2),
        (|p, _, h| p.1 <= h, 3),
    ];
    for (inside, k) in edges {
        if out.is_empty() {
            break;
        }
        let input = std::mem::take(&mut out);
        for i in 0..input.len() {
            let cur = input[i];
            let prev = input[(i + input.len() - 1) % input.len()];
            let (ci, pi) = (inside(cur, w, h), inside(prev, w, h));
            let cross = |a: Pt, b: Pt| -> Pt {
                let t = match k {
                    0 => (0.0 - a.0) / (b.0 - a.0),
                    1 => (w - a.0) / (b.0 - a.0),
                    2 => (0.0 - a.1) / (b.1 - a.1),
                    _ => (h - a.1) / (b.1 - a.1),
                };
                let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
                (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
            };
            if ci {
                if !pi {
                    out.push(cross(prev, cur));
                }
                out.push(cur);
            } else if pi {
                out.push(cross(prev, cur));
            }
        }
    }
    out
}

/// Intersection over union of two convex quads (each clipped to the other by Sutherland–Hodgman
/// against its edges). 0 when either is degenerate.
pub fn quad_iou(a: &[Pt; 4], b: &[Pt; 4]) -> f64 {
    let orient = |q: &[Pt; 4]| {
        let s: f64 = (0..4)
            .map(|i| {
                let (p, n) = (q[i], q[(i + 1) % 4]);
                f64::from(p.0) * f64::from(n.1) - f64::from(n.0) * f64::from(p.1)
            })
            .sum();
        s.signum()
    };
    let (sa, sb) = (orient(a), orient(b));
    if sa == 0.0 || sb == 0.0 {
        return 0.0;
    }
    let mut out: Vec<Pt> = a.to_vec();
    for i in 0..4 {
        let (e0, e1) = (b[i], b[(i + 1) % 4]);
        let side = |p: Pt| {
            f64::from(e1.0 - e0.0) * f64::from(p.1 - e0.1)
                - f64::from(e1.1 - e0.1) * f64::from(p.0 - e0.0)
        };
        let input = std::mem::take(&mut out);
        for j in 0..input.len() {
            let (cur, prev) = (input[j], input[(j + input.len() - 1) % input.len()]);
            let (dc, dp) = (side(cur) * sb, side(prev) * sb);
            let at = |t: f64| {
                let t = t as f32;
                (prev.0 + (cur.0 - prev.0) * t, prev.1 + (cur.1 - prev.1) * t)
            };
            if dc >= 0.0 {
                if dp < 0.0 {
                    out.push(at(dp / (dp - dc)));
                }
                out.push(cur);
            } else if dp >= 0.0 {
                out.push(at(dp / (dp - dc)));
            }
        }
        if out.is_empty() {
            return 0.0;
        }
    }
    let inter = polygon_area(&out);
    let union = polygon_area(a) + polygon_area(b) - inter;
    if union > 0.0 { (inter / union).clamp(0.0, 1.0) } else { 0.0 }
}

/// The perspective map of the unit square (0,0), (1,0), (1,1), (0,1) onto a quad (Heckbert's
/// closed form): x = (a·u + b·v + c) / (g·u + h·v + 1), y = (d·u + e·v + f) / (g·u + h·v + 1).
#[derive(Debug, Clone, Copy)]
pub struct Homography(pub [f64; 8]);

impl Homography {
    /// The map of the unit square onto `q` (TL, TR, BR, BL). None when the quad is degenerate.
    pub fn square_to_quad(q: [Pt; 4]) -> Option<Homography> {
        let p = q.map(|(x, y)| (f64::from(x), f64::from(y)));
        let (x0, y0, x1, y1, x2, y2, x3, y3) =
            (p[0].0, p[0].1, p[1].0, p[1].1, p[2].0, p[2].1, p[3].0, p[3].1);
        let (sx, sy) = (x0 - x1 + x2 - x3, y0 - y1 + y2 - y3);
        let (g, h) = if sx.abs() < 1e-9 && sy.abs() < 1e-9 {
            (0.0, 0.0)
        } else {
            let (dx1, dx2, dy1, dy2) = (x1 - x2, x3 - x2, y1 - y2, y3 - y2);
            let den = dx1 * dy2 - dx2 * dy1;
            if den.abs() < 1e-12 {
                return None;
            }
            ((sx * dy2 - dx2 * sy) / den, (dx1 * sy - sx * dy1) / den)
        };
        let m =
            [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h];
        m.iter().all(|v| v.is_finite()).then_some(Homography(m))
    }

    /// The image of (u, v) (unit-square coordinates).
    pub fn apply(&self, u: f64, v: f64) -> (f64, f64) {
        let m = &self.0;
        let d = m[6] * u + m[7] * v + 1.0;
        ((m[0] * u + m[1] * v + m[2]) / d, (m[3] * u + m[4] * v + m[5]) / d)
    }
}

fn cross3(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}

/// Out-of-plane angle of a rectangle seen as `quad` (TL, TR, BR, BL, original pixels) in a
/// `w × h` frame, for a camera of focal length `focal` pixels: the vanishing points of the two
/// pairs of opposite sides are the directions of the rectangle's axes; their cross product is the
/// plane normal; its angle to the optical axis is the tilt. Parallel sides give a vanishing point
/// at infinity, which the homogeneous arithmetic handles. Returns degrees.
pub fn tilt_degrees(quad: &[(f64, f64); 4], w: f64, h: f64, focal: f64) -> f64 {
    let p: Vec<[f64; 3]> =
        quad.iter().map(|&(x, y)| [(x - w / 2.0) / focal, (y - h / 2.0) / focal, 1.0]).collect();
    let v1 = cross3(cross3(p[0], p[1]), cross3(p[3], p[2]));
    let v2 = cross3(cross3(p[0], p[3]), cross3(p[1], p[2]));
    let n = cross3(v1, v2);
    let norm = (n[0] * n[0] + n[1] * n[1] + n[2] * n[2]).sqrt();
    if norm.is_nan() || norm <= 1e-12 {
        return 0.0;
    }
    (n[2].abs() / norm).clamp(0.0, 1.0).acos().to_degrees()
}

/// In-plane rotation of the quad's long axis, folded to 0..45° (a card held sideways is fine).
pub fn roll_degrees(quad: &[(f64, f64); 4]) -> f64 {
    let horiz = dist64(quad[0], quad[1]) + dist64(quad[3], quad[2]);
    let vert = dist64(quad[0], quad[3]) + dist64(quad[1], quad[2]);
    let (a, b, c, d) = if horiz >= vert {
        (quad[0], quad[1], quad[3], quad[2])
    } else {
        (quad[0], quad[3], quad[1], quad[2])
    };
    let dx = (b.0 - a.0) + (d.0 - c.0);
    let dy = (b.1 - a.1) + (d.1 - c.1);
    let ang = dy.atan2(dx).to_degrees().rem_euclid(90.0);
    ang.min(90.0 - ang)
}

/// The index of the `q`-quantile of the `n` values counted in `hist`: the first bin at which the
/// running count reaches `ceil(q · n)` (at least 1). `hist.len() - 1` if it never does.
pub fn percentile_bin(hist: &[u32], n: u64, q: f64) -> usize {
    let target = (q * n as f64).ceil().max(1.0) as u64;
    let mut acc = 0u64;
    for (v, c) in hist.iter().enumerate() {
        acc += u64::from(*c);
        if acc >= target {
            return v;
        }
    }
    hist.len().saturating_sub(1)
}

/// The first bin at which the running count exceeds `floor(q · n)` (the upper median for
/// q = 0.5): the form the chroma measure uses. `None` if it never does.
pub fn percentile_bin_above(hist: &[u32], n: u64, q: f64) -> Option<usize> {
    let target = (n as f64 * q) as u64;
    let mut acc = 0u64;
    hist.iter().position(|c| {
        acc += u64::from(*c);
        acc > target
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: [Pt; 4] = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];

    #[test]
    fn distances_areas_and_shape() {
        assert_eq!(dist((0.0, 0.0), (3.0, 4.0)), 5.0);
        assert_eq!(dist64((1.0, 1.0), (4.0, 5.0)), 5.0);
        assert_eq!(polygon_area(&SQUARE), 100.0);
        assert!(is_convex(&SQUARE));
        assert!(!is_convex(&[(0.0, 0.0), (10.0, 10.0), (10.0, 0.0), (0.0, 10.0)]));
        let card = [(0.0, 0.0), (160.0, 0.0), (160.0, 100.0), (0.0, 100.0)];
        assert!((quad_aspect(&card) - 1.6).abs() < 1e-9);
        assert_eq!(quad_side_means(&card), (160.0, 100.0));
        assert_eq!(order_quad([(10.0, 10.0), (0.0, 0.0), (0.0, 10.0), (10.0, 0.0)]), SQUARE);
        assert_eq!(quad_centroid(&SQUARE), (5.0, 5.0));
    }

    #[test]
    fn clipping_keeps_the_part_in_the_frame() {
        let out = clip_to_frame(&[(-5.0, 0.0), (5.0, 0.0), (5.0, 10.0), (-5.0, 10.0)], 20.0, 20.0);
        assert!((polygon_area(&out) - 50.0).abs() < 1e-6);
    }

    #[test]
    fn iou_of_identical_shifted_and_disjoint_quads() {
        assert!((quad_iou(&SQUARE, &SQUARE) - 1.0).abs() < 1e-9);
        let shifted = SQUARE.map(|(x, y)| (x + 5.0, y));
        assert!((quad_iou(&SQUARE, &shifted) - 50.0 / 150.0).abs() < 1e-6);
        let far = SQUARE.map(|(x, y)| (x + 50.0, y));
        assert_eq!(quad_iou(&SQUARE, &far), 0.0);
        // Orientation does not matter.
        let ccw = [SQUARE[0], SQUARE[3], SQUARE[2], SQUARE[1]];
        assert!((quad_iou(&SQUARE, &ccw) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn homography_maps_the_unit_square_onto_the_quad() {
        let q = [(10.0, 20.0), (110.0, 25.0), (100.0, 90.0), (15.0, 80.0)];
        let h = Homography::square_to_quad(q).unwrap();
        for (uv, p) in [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)].into_iter().zip(q) {
            let (x, y) = h.apply(uv.0, uv.1);
            assert!((x - f64::from(p.0)).abs() < 1e-6 && (y - f64::from(p.1)).abs() < 1e-6);
        }
        // Three corners on one line: no perspective map.
        assert!(
            Homography::square_to_quad([(0.0, 5.0), (1.0, 0.0), (2.0, 0.0), (3.0, 0.0)]).is_none()
        );
    }

    #[test]
    fn tilt_and_roll_of_a_flat_rotated_card() {
        let q = [(0.0, 0.0), (160.0, 0.0), (160.0, 100.0), (0.0, 100.0)];
        assert!(tilt_degrees(&q, 200.0, 200.0, 160.0) < 1e-6);
        assert!(roll_degrees(&q) < 1e-9);
        let a = 30f64.to_radians();
        let rot = |(x, y): (f64, f64)| (x * a.cos() - y * a.sin(), x * a.sin() + y * a.cos());
        assert!((roll_degrees(&q.map(rot)) - 30.0).abs() < 1e-6);
    }

    #[test]
    fn percentiles_of_a_histogram() {
        let mut hist = [0u32; 10];
        hist[2] = 5;
        hist[7] = 5;
        assert_eq!(percentile_bin(&hist, 10, 0.5), 2);
        assert_eq!(percentile_bin(&hist, 10, 0.9), 7);
        assert_eq!(percentile_bin_above(&hist, 10, 0.5), Some(7));
        assert_eq!(percentile_bin(&[0; 4], 0, 0.5), 3);
    }

    #[test]
    fn sides_round_trip() {
        let s = Sides::from([true, false, false, true]);
        assert!(s.top && s.left && s.any());
        assert_eq!(s.to_array(), [true, false, false, true]);
        assert!(!Sides::default().any());
    }
}
