//! The marked-up picture: a downscaled copy with the findings drawn on it, returned as JPEG bytes
//! (the bot sends them back from memory; only the CLI ever writes a file).

use image::{Rgb, RgbImage, codecs::jpeg::JpegEncoder, imageops};
use imageproc::drawing::{draw_filled_circle_mut, draw_hollow_rect_mut, draw_line_segment_mut};
use imageproc::rect::Rect;

use super::Marks;

/// Long side of the annotated copy: enough to see the findings on a phone, small to send.
const ANNOTATE_LONG: u32 = 1600;
/// JPEG quality of the annotated copy.
const JPEG_QUALITY: u8 = 85;

const GREEN: Rgb<u8> = Rgb([40, 220, 60]);
const RED: Rgb<u8> = Rgb([240, 30, 30]);
const YELLOW: Rgb<u8> = Rgb([255, 210, 0]);
const BLUE: Rgb<u8> = Rgb([40, 140, 255]);
/// A document outline too uncertain to judge cut-off, size and tilt on.
const ORANGE: Rgb<u8> = Rgb([255, 130, 0]);

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
/// `work`, shrunk to `ANNOTATE_LONG`, and encode it.
pub fn annotate(work: &RgbImage, orig_w: u32, orig_h: u32, marks: &Marks) -> Option<Vec<u8>> {
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
    let thick = ((img.width().max(img.height()) / 400) as i32).clamp(2, 6);
    let sc = |p: &(f32, f32)| (p.0 * scale, p.1 * scale);
    let (w, h) = (img.width() as f32, img.height() as f32);

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
    if let Some(glare) = &marks.glare {
        let pts: Vec<(f32, f32)> = glare.iter().map(sc).collect();
        thick_polygon(&mut img, &pts, RED, thick);
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

    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).encode_image(&img).ok()?;
    Some(out)
}
