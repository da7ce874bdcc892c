//! The shared photo-quality checker: decode (with limits, EXIF orientation), measure, detect the
//! document or face, report, annotate. Pure: no Telegram, no async, no files — callers run it on a
//! blocking thread.
//!
//! Pipeline: `decode` → one integer `raster::working_copy` (long side 1200–2400 px) → for an ID,
//! `document::find_document` on a 640-px grey copy, the document flattened to an 800-px crop and
//! measured there (`id_checks`); for a selfie, `face::detect` and a 224-px face crop
//! (`selfie_checks`) → `Report`, `phash::dhash`, optional `annotate`.

pub mod annotate;
pub mod decode;
pub mod document;
pub mod face;
pub mod id_checks;
pub mod measures;
pub mod phash;
pub mod raster;
pub mod report;
pub mod screen;
pub mod selfie_checks;

use std::panic::{AssertUnwindSafe, catch_unwind};

pub use report::{InputError, InputErrorCode, Issue, IssueCode, Kind, Region, Report, Severity};

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
}

/// One kind's verdict before it becomes a `Report`.
pub struct Analysis {
    pub issues: Vec<Issue>,
    pub measures: Measures,
    pub marks: Marks,
}

/// The working copy's long side is in [WORK_TARGET, 2 × WORK_TARGET): large enough for the
/// document crop (800 px) to be cut without upsampling in a normal photo, small enough that a
/// 12 MP photo is shrunk 3× in one pass.
const WORK_TARGET: u32 = 1200;

/// Decode `bytes` and run every check of `kind` on the picture.
pub fn check(bytes: &[u8], kind: Kind, opts: &CheckOptions) -> Result<Checked, InputError> {
    check_detailed(bytes, kind, opts).map(|(c, _)| c)
}

/// `check`, plus the raw measurements.
pub fn check_detailed(bytes: &[u8], kind: Kind, opts: &CheckOptions) -> Result<(Checked, Measures), InputError> {
    // Last guard: whatever a hostile file makes a library do, the caller gets an error, not a
    // crashed thread. (The pipeline itself avoids data-driven unwraps and indexing.)
    match catch_unwind(AssertUnwindSafe(|| run(bytes, kind, opts))) {
        Ok(r) => r,
        Err(_) => Err(InputError::new(InputErrorCode::Corrupt, "the picture could not be analysed")),
    }
}

fn run(bytes: &[u8], kind: Kind, opts: &CheckOptions) -> Result<(Checked, Measures), InputError> {
    let decoded = decode::decode(bytes, opts)?;
    let img = &decoded.image;
    let (w, h) = (img.width(), img.height());
    let (work, k) = raster::working_copy(img, WORK_TARGET);
    let analysis = match kind {
        Kind::Id => id_checks::analyse(&id_checks::IdInput {
            original: img,
            format: decoded.format,
            single_channel: decoded.single_channel,
            camera_exif: decoded.camera_exif,
            work: &work,
            work_scale: k,
        }),
        Kind::Selfie => selfie_checks::analyse(img, decoded.single_channel, &work, k),
    };
    // dHash needs 9 × 8 cells: hash an area-averaged thumbnail rather than walk the full copy.
    let phash = phash::dhash(&image::imageops::thumbnail(&work, 144, 128));
    let annotated_jpeg = if opts.annotate { annotate::annotate(&work, w, h, &analysis.marks) } else { None };
    let report = Report::new(kind, w, h, analysis.issues, phash);
    Ok((Checked { report, annotated_jpeg }, analysis.measures))
}

#[cfg(test)]
mod tests;
