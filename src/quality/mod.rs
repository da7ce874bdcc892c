//! The shared photo-quality checker: decode (with limits, EXIF orientation), measure, detect the
//! document or face, report, annotate. Pure: no Telegram, no async, no files — callers run it on a
//! blocking thread.
//!
//! Pipeline: `decode::decode_for_work` (a JPEG straight to a 1/2–1/8 scale in the DCT domain, short
//! side ≥ 640 px) → `raster::working_copy` (integer shrink, long side < 2400 px) → for an ID,
//! `document::find_document` on a 640-px grey copy, the document flattened to a ≤ 640-px crop and
//! measured there (`id_checks`); for a selfie, `face::detect` and a 224-px face crop
//! (`selfie_checks`) → `Report`, `phash::dhash`, optional `annotate`.
//!
//! ## `value` / `limit` units (for the README; each constant's comment says how it was chosen)
//! Luma is Rec. 601 on 0–255. "fail < a, warn < b" means value below a fails, below b warns.
//!
//! `--kind id` (measured on the document flattened to ≤ 640 px unless said otherwise):
//! - `blurry`: re-blur sharpness 0–1 (share of pixel-to-pixel variation a 9-tap box removes); fail < 0.655, warn < 0.69
//! - `glare`: share of the document covered by bright (luma ≥ 240) colourless blobs; warn ≥ 0.012, fail ≥ 0.03; `region` = where on the document
//! - `too_dark`: 90th luma percentile of the document (paper brightness); fail < 80, warn < 110
//! - `too_bright`: median luma of the document; fail ≥ 235, warn ≥ 222
//! - `cut_off`: smallest gap between a document corner and the frame border / frame short side (negative = outside); fail when the outline runs off the frame (limit 0), warn < 0.01; `region` = the frame side(s) it leaves through
//! - `too_small`: visible document area / frame area; fail < 0.10, warn < 0.18
//! - `low_resolution`: document long side in original pixels; fail < 450, warn < 640 (no whole outline: the picture's long side, fail < 450)
//! - `tilted`: degrees, the larger of the out-of-plane angle (from the outline's vanishing points) and the in-plane rotation folded to 0–45°; warn ≥ 20, fail ≥ 28
//! - `grayscale`: cast-free chroma spread (95th percentile, 0–255; 0 = one channel or R = G = B); fail < 3, warn < 6
//! - `screen_photo`: number of screen cues (native screen size or a phone screen's 2.0–2.4 shape, PNG without camera EXIF, exactly flat blocks ≥ 8 %, periodic fine texture); 1 cue warns (limit 1), 2 fail (limit 2)
//! - `no_document`: 0; limit 0.015 (smallest outline searched for, as a share of the frame)
//! - `mrz_unreadable` (whole frame, `mrz`): a machine-readable zone is there but does not read: share of its check digits that agree, limit 1; or, when its characters are under 9 px tall where they are read, their cap height in picture pixels, limit 9 read pixels in picture pixels; `region` = the frame side the zone runs off. No zone, no finding.
//! - `document_uncertain` (warn only): the outline's confidence 0..1 (`document::outline_score`); warn < `id_checks::LOW_CONFIDENCE`, and then cut_off, too_small, low_resolution and tilted only warn
//!
//! The report also carries `document`: the outline's corners (TL, TR, BR, BL, original pixels)
//! and confidence, or null; for a selfie `face` (main face box and confidence 0..1, or null) and
//! `faces` (how many were found).
//!
//! `--kind selfie` (measured on the face box resampled to 224 × 224):
//! - `no_face`: 0 faces; limit 1
//! - `multiple_faces`: sqrt(area of the second largest face / area of the largest); fail ≥ 0.55
//! - `face_too_small`: face-box width / frame short side; fail < 0.15, warn < 0.22
//! - `face_cut_off`: share of the face box outside the frame; warn ≥ 0.03, fail ≥ 0.10; `region` = where the face is
//! - `face_off_center`: face-centre offset from the frame centre / frame side (larger of x, y); warn ≥ 0.25, fail ≥ 0.35; `region`
//! - `blurry`: re-blur sharpness 0–1 of the face crop; fail < 0.58, warn < 0.60
//! - `too_dark`: mean face luma; fail < 70, warn < 90 (no face found: mean frame luma, fail < 70)
//! - `too_bright`: mean face luma; warn ≥ 205, fail ≥ 225
//! - `grayscale`: chroma spread of the face; fail < 3.5, warn < 5
//! - `low_resolution`: estimated inter-eye distance in original pixels (0.4 × face-box width); fail < 40, warn < 60
//! - `backlit`: mean background luma / mean face luma; warn ≥ 1.7, fail ≥ 2.2
//! - `uneven_light`: darker cheek zone / brighter one (mean luma); fail < 0.5, warn < 0.65; `region` = the darker side

pub mod annotate;
pub mod classify;
pub mod decode;
pub mod document;
pub mod face;
pub mod geometry;
pub mod id_checks;
pub mod locate;
pub mod measures;
pub mod mrz;
pub mod phash;
pub mod raster;
pub mod report;
pub mod screen;
pub mod selfie_checks;

use std::panic::{AssertUnwindSafe, catch_unwind};

pub use report::{
    DocumentFound, FaceFound, InputError, InputErrorCode, Issue, IssueCode, Kind, Region, Report,
    Severity,
};

/// Limits and switches for one check.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Largest accepted file, in bytes (Telegram's getFile serves at most 20 MB).
    pub max_bytes: usize,
    /// Largest accepted picture, in pixels (width × height), checked before any pixel is allocated.
    pub max_pixels: u64,
    /// Also draw the findings on a copy of the picture and return it as JPEG bytes.
    pub annotate: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions { max_bytes: 20 * 1024 * 1024, max_pixels: 50_000_000, annotate: false }
    }
}

/// A report plus, when asked for, the marked-up picture (JPEG, in memory only).
#[derive(Debug, Clone)]
pub struct Checked {
    pub report: Report,
    pub annotated_jpeg: Option<Vec<u8>>,
}

/// The raw measurements behind a report (name, value), for calibration and debugging
/// (`examples/quality-eval.rs`). Names and units are documented where each is computed.
pub type Measures = Vec<(&'static str, f64)>;

/// What a check found, in original-picture pixels, for the annotation.
#[derive(Debug, Clone, Default)]
pub struct Marks {
    pub doc_polygon: Option<Vec<(f32, f32)>>,
    /// Frame sides (top, right, bottom, left) the document runs off.
    pub cut_sides: [bool; 4],
    pub glare: Option<Vec<(f32, f32)>>,
    pub faces: Vec<face::FaceBox>,
    /// The document's corners (TL, TR, BR, BL, original pixels; may lie outside the frame) and
    /// the outline's confidence (0..1).
    pub doc_quad: Option<([(f32, f32); 4], f64)>,
    /// The document outline is too uncertain to judge cut-off, size and tilt on.
    pub doc_uncertain: bool,
}

/// One kind's verdict before it becomes a `Report`.
pub struct Analysis {
    pub issues: Vec<Issue>,
    pub measures: Measures,
    pub marks: Marks,
}

/// The working copy's long side is in [WORK_TARGET, 2 × WORK_TARGET) when the decoded picture
/// is larger: an integer area-average shrink, one pass (large enough for the document crop,
/// 640 px, to be cut without upsampling in a normal photo).
const WORK_TARGET: u32 = 1200;
/// A JPEG is decoded at the largest DCT-domain reduction (1/2, 1/4, 1/8) that keeps its short
/// side at or above this: a 12 MP photo comes out at 1000 × 750 (4:3) or 1155 × 650 (16:9),
/// where a card across half the short side still has ~330–400 px (the crop measures use
/// ≤ 640 px, the detector 640 px on the long side), and the decode does a quarter of the
/// inverse-DCT and colour work. (At 720, a 16:9 12 MP photo, short side 2600, was decoded at
/// 1/2, and its whole check took 1.6–2.5 × the `image` crate's full decode; on quality-dev the
/// change from 720 touched one photo, id_screen_photo_05 (2304 × 1296), now decoded at 1/2
/// rather than in full, which smooths its moiré away, as reduced decodes already did for larger
/// photos: its screen cue count fell from 2 to 1, a fail became a warning.)
const WORK_MIN_SHORT: u32 = 640;

/// Decode `bytes` and run every check of `kind` on the picture.
pub fn check(bytes: &[u8], kind: Kind, opts: &CheckOptions) -> Result<Checked, InputError> {
    check_detailed(bytes, kind, opts).map(|(c, _)| c)
}

/// `check`, plus the raw measurements.
pub fn check_detailed(
    bytes: &[u8],
    kind: Kind,
    opts: &CheckOptions,
) -> Result<(Checked, Measures), InputError> {
    // Last guard: whatever a hostile file makes a library do, the caller gets an error, not a
    // crashed thread. (The pipeline itself avoids data-driven unwraps and indexing.)
    match catch_unwind(AssertUnwindSafe(|| run(bytes, kind, opts))) {
        Ok(r) => r,
        Err(_) => {
            Err(InputError::new(InputErrorCode::Corrupt, "the picture could not be analysed"))
        }
    }
}

/// The working copy a check measures on, and its scale (original pixels per working pixel), as
/// `check` makes it (for evaluating the document locators on labelled photos).
pub fn work_copy(bytes: &[u8], opts: &CheckOptions) -> Result<(image::RgbImage, f32), InputError> {
    let decoded = decode::decode_for_work(bytes, opts, WORK_MIN_SHORT)?;
    let (work, k) = raster::working_copy(decoded.image, WORK_TARGET);
    Ok((work, decoded.scale * k as f32))
}

fn run(bytes: &[u8], kind: Kind, opts: &CheckOptions) -> Result<(Checked, Measures), InputError> {
    let decoded = decode::decode_for_work(bytes, opts, WORK_MIN_SHORT)?;
    let (w, h) = (decoded.width, decoded.height);
    let (format, single_channel, camera_exif) =
        (decoded.format, decoded.single_channel, decoded.camera_exif);
    let (work, k) = raster::working_copy(decoded.image, WORK_TARGET);
    // Work pixel → original pixel.
    let k = decoded.scale * k as f32;
    let mut analysis = match kind {
        Kind::Id => id_checks::analyse(&id_checks::IdInput {
            original_size: (w, h),
            format,
            single_channel,
            camera_exif,
            work: &work,
            work_scale: k,
        }),
        Kind::Selfie => selfie_checks::analyse(single_channel, &work, k),
    };
    // dHash needs 9 × 8 cells: hash an area-averaged thumbnail rather than walk the full copy.
    let phash =
        phash::dhash(&raster::shrink(&work, (work.width().max(work.height()) / 144).max(1)));
    let annotated_jpeg = if opts.annotate {
        annotate::annotate(&work, w, h, &analysis.marks, &analysis.issues)
    } else {
        None
    };
    // The zone is read wherever it is in the frame (a located card, a scan, a tight crop).
    let mrz = match kind {
        Kind::Id => mrz::read_and_judge(&work, k, &mut analysis.issues),
        Kind::Selfie => None,
    };
    let mut report = Report::new(kind, w, h, analysis.issues, phash);
    let round = |v: f32| (f64::from(v) * 10.0).round() / 10.0;
    match kind {
        Kind::Id => {
            report.document = Some(analysis.marks.doc_quad.map(|(q, score)| DocumentFound {
                quad: q.map(|(x, y)| [round(x), round(y)]),
                score: (score * 1000.0).round() / 1000.0,
            }));
        }
        Kind::Selfie => {
            let faces = &analysis.marks.faces;
            report.faces = Some(faces.len());
            report.face = Some(faces.first().map(|f| FaceFound {
                bbox: [round(f.x), round(f.y), round(f.w), round(f.h)],
                score: (face::confidence(f.score) * 1000.0).round() / 1000.0,
            }));
        }
    }
    report.mrz = mrz;
    Ok((Checked { report, annotated_jpeg }, analysis.measures))
}

#[cfg(test)]
mod tests;
