//! Face detection with rustface (SeetaFace frontal cascade, model embedded in the binary).
//!
//! The detector is built once per thread and reused: building it parses the 1.2 MB model, while
//! a detection run reuses its buffers. It is not `Sync`, hence `thread_local!` rather than a global.

use std::cell::RefCell;

use image::{GrayImage, imageops};
use rustface::{Detector, ImageData};

static MODEL: &[u8] = include_bytes!("../../assets/seeta_fd_frontal_v1.0.bin");

/// Long side of the grey copy faces are searched on. With `MIN_FACE_PX` this finds faces down to
/// ~3.5 % of the picture's long side (the dev set's distant faces are 7–9 % of the width) and keeps
/// a run near 100 ms on one core (docs/quality-methods.md (rustface, measured) 50–160 ms at 800 px / min 40).
pub const DETECT_LONG: u32 = 900;
/// Smallest face the cascade looks for, in detector pixels (rustface's floor is 20; each halving
/// quadruples the work).
const MIN_FACE_PX: u32 = 32;
/// Score threshold: docs/quality-methods.md (rustface, measured) scores 12–28 for real faces (lowest for the darker
/// skinned portrait) at 2.0; we keep 2.0 and judge faces by size and position instead.
const SCORE_THRESH: f64 = 2.0;
/// The picture is padded by this share of its side on every side (OFIQ pads by 20 %), so a face
/// that leaves the frame is still found, partly in the padding, and can be called cut off.
pub const PAD_FRAC: f32 = 0.2;
/// Padding grey level: mid-grey, neutral for the cascade's features.
const PAD_LEVEL: u8 = 128;
/// When nothing is found, a second pass pads by mirroring the picture: half a face at the border
/// becomes a whole (symmetric) face the cascade recognises, straddling the border. Mirrored
/// texture can fake faces too, so that pass needs a higher score and the face must straddle the
/// border (its centre within half a box of it) to count.
const MIRROR_SCORE_THRESH: f64 = 5.0;

/// A face box in the coordinates of the picture given to `detect` (may reach outside it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FaceBox {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub score: f64,
}

impl FaceBox {
    pub fn area(&self) -> f32 {
        self.w * self.h
    }
    pub fn center(&self) -> (f32, f32) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// Detector score at which `confidence` is one half: rustface scores real faces 12–28 and
/// accepts from `SCORE_THRESH`.
const CONFIDENCE_HALF_SCORE: f64 = 10.0;

/// The detector's score mapped to 0..1 (s / (s + 10): 2 → 0.17, 10 → 0.5, 28 → 0.74), for
/// reporting alongside the document's outline score.
pub fn confidence(score: f64) -> f64 {
    let s = score.max(0.0);
    s / (s + CONFIDENCE_HALF_SCORE)
}

thread_local! {
    static DETECTOR: RefCell<Option<Box<dyn Detector>>> = const { RefCell::new(None) };
}

fn new_detector() -> Option<Box<dyn Detector>> {
    let model = rustface::read_model(MODEL).ok()?;
    let mut d = rustface::create_detector_with_model(model);
    d.set_min_face_size(MIN_FACE_PX);
    d.set_score_thresh(SCORE_THRESH);
    d.set_pyramid_scale_factor(0.8);
    d.set_slide_window_step(4, 4);
    Some(d)
}

/// Find faces in `gray` (any size: it is shrunk to `DETECT_LONG` and padded here). Boxes come back
/// in `gray`'s coordinates, largest first.
pub fn detect(gray: &GrayImage) -> Vec<FaceBox> {
    let (w, h) = gray.dimensions();
    if w < 8 || h < 8 {
        return Vec::new();
    }
    let scale = (DETECT_LONG as f32 / w.max(h) as f32).min(1.0);
    let small;
    let src = if scale < 1.0 {
        let sw = ((w as f32 * scale).round() as u32).max(1);
        let sh = ((h as f32 * scale).round() as u32).max(1);
        small = imageops::thumbnail(gray, sw, sh);
        &small
    } else {
        gray
    };
    let (sw, sh) = src.dimensions();
    let pad = (PAD_FRAC * sw.max(sh) as f32).round() as u32;
    let (pw, ph) = (sw + 2 * pad, sh + 2 * pad);
    if pw < 2 * MIN_FACE_PX || ph < 2 * MIN_FACE_PX {
        return Vec::new();
    }
    let mut padded = GrayImage::from_pixel(pw, ph, image::Luma([PAD_LEVEL]));
    imageops::replace(&mut padded, src, i64::from(pad), i64::from(pad));
    let sx = w as f32 / sw as f32;
    let sy = h as f32 / sh as f32;
    let to_boxes = |faces: Vec<rustface::FaceInfo>| -> Vec<FaceBox> {
        faces
            .iter()
            .map(|f| {
                let b = f.bbox();
                FaceBox {
                    x: (b.x() as f32 - pad as f32) * sx,
                    y: (b.y() as f32 - pad as f32) * sy,
                    w: b.width() as f32 * sx,
                    h: b.height() as f32 * sy,
                    score: f.score(),
                }
            })
            .collect()
    };
    let mut boxes = to_boxes(run_detector(&padded));
    if boxes.is_empty() {
        // Mirror padding: reflect the picture into the padding.
        let mirrored = GrayImage::from_fn(pw, ph, |x, y| {
            let reflect = |v: i64, n: i64| -> u32 {
                let v = v - i64::from(pad);
                let m = if v < 0 {
                    -v - 1
                } else if v >= n {
                    2 * n - v - 1
                } else {
                    v
                };
                m.clamp(0, n - 1) as u32
            };
            *src.get_pixel(
                reflect(i64::from(x), i64::from(sw)),
                reflect(i64::from(y), i64::from(sh)),
            )
        });
        boxes = to_boxes(run_detector(&mirrored))
            .into_iter()
            .filter(|b| {
                let (cx, cy) = b.center();
                let near = |c: f32, n: f32, half: f32| c < half || c > n - half;
                b.score >= MIRROR_SCORE_THRESH
                    && (near(cx, w as f32, b.w / 2.0) || near(cy, h as f32, b.h / 2.0))
            })
            .collect();
    }
    boxes.sort_by(|a, b| b.area().total_cmp(&a.area()));
    boxes
}

fn run_detector(padded: &GrayImage) -> Vec<rustface::FaceInfo> {
    let (pw, ph) = padded.dimensions();

    DETECTOR.with(|cell| {
        // Take the detector out while it runs: if it panicked, the half-used one is dropped and
        // the next call builds a fresh one.
        let mut slot = cell.borrow_mut();
        let mut det = match slot.take() {
            Some(d) => d,
            None => match new_detector() {
                Some(d) => d,
                None => return Vec::new(),
            },
        };
        drop(slot);
        let found = det.detect(&ImageData::new(padded.as_raw(), pw, ph));
        *cell.borrow_mut() = Some(det);
        found
    })
}
