//! The marked-up picture: a downscaled copy with the findings drawn on it, returned as JPEG bytes
//! (the bot sends them back from memory; only the CLI ever writes a file).

use image::{Rgb, RgbImage, codecs::jpeg::JpegEncoder, imageops};
use imageproc::drawing::{draw_filled_circle_mut, draw_hollow_rect_mut, draw_line_segment_mut};
use imageproc::rect::Rect;

use super::{Issue, IssueCode, Marks};

/// Long side of the annotated copy: enough to see the findings on a phone, small to send.
const ANNOTATE_LONG: u32 = 1600;
/// JPEG quality of the annotated copy.
const JPEG_QUALITY: u8 = 85;

const WHITE: Rgb<u8> = Rgb([255, 255, 255]);
const GREEN: Rgb<u8> = Rgb([40, 220, 60]);
const RED: Rgb<u8> = Rgb([240, 30, 30]);
const YELLOW: Rgb<u8> = Rgb([255, 210, 0]);
const BLUE: Rgb<u8> = Rgb([40, 140, 255]);
/// A document outline too uncertain to judge cut-off, size and tilt on.
const ORANGE: Rgb<u8> = Rgb([255, 130, 0]);

/// Outlines are at least this share of the picture's short side thick, so they read at phone
/// size (a 1600 × 1200 copy shown 400 px wide still has a 3-px line).
const OUTLINE_SHARE: f32 = 0.01;
/// Brightness kept outside the problem area, so the eye goes to the marked place.
const DIM: f32 = 0.45;
/// Margin kept bright around the problem area, as a share of the picture's short side.
const FOCUS_MARGIN: f32 = 0.04;

/// The finding the numbered marker ① points at: the first (most severe) one the picture can
/// show a place for. The caption names it with the same number and its localized word, so the
/// picture itself needs no text in any script.
pub fn marked_issue(issues: &[Issue]) -> Option<&Issue> {
    issues
        .iter()
        .find(|i| matches!(i.code, IssueCode::Glare | IssueCode::CutOff | IssueCode::MultipleFaces))
}

/// The marker's radius: large enough to read on a phone (a 1600 × 1200 copy shown 400 px wide
/// still has a disc of about 14 px with a 9-px digit).
fn marker_radius(w: u32, h: u32) -> i32 {
    ((w.min(h) as f32 * 0.045).round() as i32).max(10)
}

/// The digit 1, 5 × 7: a tiny bitmap drawn by hand, so no font is needed.
const DIGIT_ONE: [&str; 7] = ["..#..", ".##..", "#.#..", "..#..", "..#..", "..#..", "#####"];

/// A white-ringed red disc with a white "1" at `(cx, cy)`, kept inside the picture.
fn draw_marker(img: &mut RgbImage, (cx, cy): (f32, f32), r: i32) {
    let (w, h) = (img.width() as i32, img.height() as i32);
    let cx = (cx.round() as i32).clamp(r + 2, (w - r - 3).max(r + 2));
    let cy = (cy.round() as i32).clamp(r + 2, (h - r - 3).max(r + 2));
    draw_filled_circle_mut(img, (cx, cy), r + 2, WHITE);
    draw_filled_circle_mut(img, (cx, cy), r, RED);
    // The digit fills about 60 % of the disc's height.
    let cell = ((r as f32 * 1.2) / 7.0).max(1.0);
    let (x0, y0) = (cx as f32 - 2.5 * cell, cy as f32 - 3.5 * cell);
    for (row, line) in DIGIT_ONE.iter().enumerate() {
        for (col, ch) in line.chars().enumerate() {
            if ch != '#' {
                continue;
            }
            let px0 = (x0 + col as f32 * cell).round() as i32;
            let py0 = (y0 + row as f32 * cell).round() as i32;
            let px1 = (x0 + (col + 1) as f32 * cell).round() as i32;
            let py1 = (y0 + (row + 1) as f32 * cell).round() as i32;
            for y in py0.max(0)..py1.min(h) {
                for x in px0.max(0)..px1.min(w) {
                    img.put_pixel(x as u32, y as u32, WHITE);
                }
            }
        }
    }
}

/// Outline thickness in pixels for a picture of `w × h`: ≥ 1 % of the short side, ≥ 2 px.
fn outline_thickness(w: u32, h: u32) -> i32 {
    ((w.min(h) as f32 * OUTLINE_SHARE).ceil() as i32).max(2)
}

/// Dims everything outside the box `(x0, y0, x1, y1)`.
fn dim_outside(img: &mut RgbImage, (x0, y0, x1, y1): (f32, f32, f32, f32)) {
    for (x, y, px) in img.enumerate_pixels_mut() {
        let (fx, fy) = (x as f32, y as f32);
        if fx >= x0 && fx <= x1 && fy >= y0 && fy <= y1 {
            continue;
        }
        for c in px.0.iter_mut() {
            *c = (*c as f32 * DIM) as u8;
        }
    }
}

/// The bounding box of `pts`, grown by `margin`.
fn bounds(pts: &[(f32, f32)], margin: f32) -> Option<(f32, f32, f32, f32)> {
    let first = pts.first()?;
    let mut b = (first.0, first.1, first.0, first.1);
    for p in pts {
        b = (b.0.min(p.0), b.1.min(p.1), b.2.max(p.0), b.3.max(p.1));
    }
    Some((b.0 - margin, b.1 - margin, b.2 + margin, b.3 + margin))
}

/// A closed polygon outline, `thick` pixels wide. Drawn as segments (not imageproc's hollow
/// polygon, which refuses repeated points that a clipped outline can contain).
fn thick_polygon(img: &mut RgbImage, pts: &[(f32, f32)], color: Rgb<u8>, thick: i32) {
    if pts.len() < 2 {
        return;
    }
    for i in 0..pts.len() {
        thick_line(img, pts[i], pts[(i + 1) % pts.len()], color, thick);
    }
}

fn thick_line(img: &mut RgbImage, a: (f32, f32), b: (f32, f32), color: Rgb<u8>, thick: i32) {
    for d in 0..thick {
        let off = (d - thick / 2) as f32;
        draw_line_segment_mut(img, (a.0 + off, a.1), (b.0 + off, b.1), color);
        draw_line_segment_mut(img, (a.0, a.1 + off), (b.0, b.1 + off), color);
    }
}

/// Draw `marks` (in original-picture pixels; the original is `orig_w × orig_h`) on a copy of
/// `work`, shrunk to `ANNOTATE_LONG`, and encode it. The place of the finding `marked_issue`
/// picks from `issues` gets the numbered marker ①.
pub fn annotate(
    work: &RgbImage,
    orig_w: u32,
    orig_h: u32,
    marks: &Marks,
    issues: &[Issue],
) -> Option<Vec<u8>> {
    let (ww, wh) = work.dimensions();
    if ww == 0 || wh == 0 || orig_w == 0 {
        return None;
    }
    let s = (ANNOTATE_LONG as f32 / ww.max(wh) as f32).min(1.0);
    let mut img = if s < 1.0 {
        imageops::thumbnail(work, ((ww as f32 * s) as u32).max(1), ((wh as f32 * s) as u32).max(1))
    } else {
        work.clone()
    };
    let scale = img.width() as f32 / orig_w as f32;
    let _ = orig_h;
    let thick = outline_thickness(img.width(), img.height());
    let sc = |p: &(f32, f32)| (p.0 * scale, p.1 * scale);
    let (w, h) = (img.width() as f32, img.height() as f32);
    let margin = w.min(h) * FOCUS_MARGIN;

    // The problem area stays bright and the rest is dimmed: the glare spot, else the faces.
    let glare_pts: Option<Vec<(f32, f32)>> =
        marks.glare.as_ref().map(|g| g.iter().map(sc).collect());
    let face_pts: Vec<(f32, f32)> = marks
        .faces
        .iter()
        .flat_map(|f| [(f.x * scale, f.y * scale), ((f.x + f.w) * scale, (f.y + f.h) * scale)])
        .collect();
    let focus = match &glare_pts {
        Some(pts) => bounds(pts, margin),
        None if marks.faces.len() > 1 => bounds(&face_pts, margin),
        None => None,
    };
    if let Some(focus) = focus {
        dim_outside(&mut img, focus);
    }

    if let Some(poly) = &marks.doc_polygon {
        let pts: Vec<(f32, f32)> = poly.iter().map(sc).collect();
        let color = if marks.doc_uncertain {
            ORANGE
        } else if marks.cut_sides.iter().any(|c| *c) {
            YELLOW
        } else {
            GREEN
        };
        thick_polygon(&mut img, &pts, color, thick);
        // The reported corners (`document.quad`): where a cut document's sides run on outside
        // the frame, and a dot on each corner in the frame.
        if let Some((quad, _)) = &marks.doc_quad {
            let q: Vec<(f32, f32)> = quad.iter().map(sc).collect();
            thick_polygon(&mut img, &q, color, (thick / 2).max(1));
            for p in &q {
                let r = thick * 2;
                draw_filled_circle_mut(
                    &mut img,
                    (p.0.round() as i32, p.1.round() as i32),
                    r,
                    color,
                );
            }
        }
        // The cut edges: the frame sides the document runs off, in red.
        let edges = [
            ((0.0, 0.0), (w - 1.0, 0.0)),
            ((w - 1.0, 0.0), (w - 1.0, h - 1.0)),
            ((0.0, h - 1.0), (w - 1.0, h - 1.0)),
            ((0.0, 0.0), (0.0, h - 1.0)),
        ];
        for (side, cut) in marks.cut_sides.iter().enumerate() {
            if *cut {
                let (a, b) = edges[side];
                thick_line(&mut img, a, b, RED, thick * 2);
            }
        }
    }
    if let Some(pts) = &glare_pts {
        thick_polygon(&mut img, pts, RED, thick);
    }
    for (i, f) in marks.faces.iter().enumerate() {
        let x = (f.x * scale).round() as i32;
        let y = (f.y * scale).round() as i32;
        let fw = ((f.w * scale).round() as u32).max(1);
        let fh = ((f.h * scale).round() as u32).max(1);
        let color = if i == 0 { BLUE } else { YELLOW };
        for d in 0..thick {
            let grow = d as u32 * 2;
            draw_hollow_rect_mut(
                &mut img,
                Rect::at(x - d, y - d).of_size(fw + grow, fh + grow),
                color,
            );
        }
    }

    // The numbered marker, beside the place it names (not over it).
    let r = marker_radius(img.width(), img.height());
    let inset = (r + thick * 2) as f32;
    let place = match marked_issue(issues).map(|i| i.code) {
        Some(IssueCode::Glare) => glare_pts
            .as_ref()
            .and_then(|pts| bounds(pts, 0.0))
            .map(|b| (b.0 - r as f32 * 0.7, b.1 - r as f32 * 0.7)),
        Some(IssueCode::CutOff) => marks.cut_sides.iter().position(|c| *c).map(|side| match side {
            0 => (w / 2.0, inset),
            1 => (w - inset, h / 2.0),
            2 => (w / 2.0, h - inset),
            _ => (inset, h / 2.0),
        }),
        Some(IssueCode::MultipleFaces) => {
            marks.faces.get(1).map(|f| (f.x * scale - r as f32 * 0.7, f.y * scale - r as f32 * 0.7))
        }
        _ => None,
    };
    if let Some(place) = place {
        draw_marker(&mut img, place, r);
    }

    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).encode_image(&img).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlines_are_at_least_one_percent_of_the_short_side() {
        assert_eq!(outline_thickness(1600, 1200), 12);
        assert_eq!(outline_thickness(100, 80), 2, "never thinner than 2 px");
        for (w, h) in [(1600, 900), (1200, 1600), (640, 480)] {
            assert!(outline_thickness(w, h) as f32 >= w.min(h) as f32 * 0.01);
        }
    }

    #[test]
    fn the_rest_of_the_picture_is_dimmed_around_the_glare() {
        let work = RgbImage::from_pixel(800, 600, Rgb([200, 200, 200]));
        let marks = Marks {
            glare: Some(vec![(300.0, 200.0), (400.0, 200.0), (400.0, 300.0), (300.0, 300.0)]),
            ..Marks::default()
        };
        let jpeg = annotate(&work, 800, 600, &marks, &[]).unwrap();
        let img = image::load_from_memory(&jpeg).unwrap().to_rgb8();
        let far = img.get_pixel(40, 40).0[1];
        let inside = img.get_pixel(350, 250).0[1];
        assert!(far < 120, "outside dimmed: {far}");
        assert!(inside > 180, "the problem area stays bright: {inside}");
        // The red outline is thick: count red pixels across its left edge at mid-height.
        let red = (280..320)
            .filter(|x| {
                let p = img.get_pixel(*x, 250).0;
                p[0] > 180 && p[1] < 90
            })
            .count();
        assert!(red >= 6, "outline {red} px, at least 1 % of 600");
    }

    fn glare_issue() -> Issue {
        Issue {
            code: IssueCode::Glare,
            severity: crate::quality::Severity::Fail,
            value: 0.05,
            limit: 0.015,
            region: None,
        }
    }

    #[test]
    fn the_problem_area_gets_the_numbered_marker() {
        let work = RgbImage::from_pixel(800, 600, Rgb([60, 60, 60]));
        let marks = Marks {
            glare: Some(vec![(400.0, 300.0), (500.0, 300.0), (500.0, 400.0), (400.0, 400.0)]),
            ..Marks::default()
        };
        let issues = [glare_issue()];
        assert_eq!(marked_issue(&issues).map(|i| i.code), Some(IssueCode::Glare));
        let decoded = |jpeg: Vec<u8>| image::load_from_memory(&jpeg).unwrap().to_rgb8();
        let with = decoded(annotate(&work, 800, 600, &marks, &issues).unwrap());
        let without = decoded(annotate(&work, 800, 600, &marks, &[]).unwrap());
        // Up and left of the glare box: a red disc with a white digit, absent without a finding.
        let r = marker_radius(800, 600);
        let (cx, cy) = ((400.0 - r as f32 * 0.7) as i32, (300.0 - r as f32 * 0.7) as i32);
        let count = |img: &RgbImage, pred: &dyn Fn([u8; 3]) -> bool| {
            let mut n = 0;
            for y in (cy - r)..(cy + r) {
                for x in (cx - r)..(cx + r) {
                    if pred(img.get_pixel(x as u32, y as u32).0) {
                        n += 1;
                    }
                }
            }
            n
        };
        let red = |p: [u8; 3]| p[0] > 180 && p[1] < 90 && p[2] < 90;
        let white = |p: [u8; 3]| p.iter().all(|c| *c > 200);
        assert!(count(&with, &red) > r * r, "a red disc");
        assert!(count(&with, &white) > 20, "a white digit on it");
        assert_eq!(count(&without, &white), 0, "no marker without a finding to point at");
        assert!(r >= 10 && r as f32 >= 600.0 * 0.04, "readable at phone size: {r}");
    }
}
