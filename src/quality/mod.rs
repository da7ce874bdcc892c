//! The shared photo-quality checker: decode (with limits, EXIF orientation), measure, detect the
//! document or face, report, annotate. Pure: no Telegram, no async — callers run it on a blocking
//! thread.

pub mod report;

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

/// Decode `bytes` and run every check of `kind` on the picture.
pub fn check(bytes: &[u8], kind: Kind, opts: &CheckOptions) -> Result<Checked, InputError> {
    // Walking-skeleton placeholder: replaced by the real pipeline in the quality work.
    if bytes.len() > opts.max_bytes {
        return Err(InputError::new(InputErrorCode::TooLarge, "file too large"));
    }
    let img = image::load_from_memory(bytes)
        .map_err(|e| InputError::new(InputErrorCode::Corrupt, e.to_string()))?;
    Ok(Checked {
        report: Report::new(kind, img.width(), img.height(), Vec::new(), 0),
        annotated_jpeg: None,
    })
}
