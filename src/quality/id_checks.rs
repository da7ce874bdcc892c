//! The checks of a document photo (`--kind id`). The document outline drives `cut_off`,
//! `too_small`, `tilted`, `low_resolution`; the document, warped flat to a fixed working size,
//! is where blur, glare, exposure and colour are measured.

use image::{GrayImage, ImageFormat, RgbImage, imageops};

use super::document::{self, Found};
use super::geometry::{Homography, Sides, quad_centroid, quad_side_means, quad_side_means64};
use super::measures::{self, Exposure};
use super::raster::{self, Crop};
use super::report::{Issue, IssueCode, Region, Severity, above, below, issue};
use super::screen::{self, ScreenCues};
use super::{Analysis, Marks, Measures};

/// Long side of the flattened document crop. Every document measure is taken at this size, so a
/// 12 MP photo and a Telegram-compressed 1280-px one are judged on the same scale (methods §1
/// proposes 1000; 640 is below the card's size in every acceptable photo, even a Telegram one, so
/// the crop is always downsampled and the softness of resampling and recompression weighs little,
/// while a defocus of 0.6 % of the card width is still ~4 px).
pub const DOC_CROP_LONG: u32 = 640;
/// Smallest crop: below this the measures have too few pixels to mean anything.
const MIN_CROP_LONG: u32 = 200;

/// Detector copy sizes (long side, px) reachable by an integer block average of the working copy
/// without resampling: ±20 % around document::DETECT_LONG (the integer shrink was how the
/// detector was calibrated; outside this range the copy is resized to DETECT_LONG instead).
const DET_INT_RANGE: (u32, u32) = (520, 780);

// --- no_document -------------------------------------------------------------------------------
// value: 0 (no outline found); limit: document::MIN_AREA_FRAC, the smallest outline searched for.

// --- document_uncertain ------------------------------------------------------------------------
/// value: the outline's confidence (`document::outline_score`, 0..1). Below this the outline may
/// be a tray, a table seam or a printed rectangle rather than the card: cut_off, too_small and
/// tilted, which are measured on it, are not allowed to fail the photo (they become warnings at
/// most) and one warning asks for a photo on a plain, darker surface instead (issue 12 point 6:
/// a wrong "retake" is worse than a warning). Chosen from the outline scores of correctly located
/// cards against wrongly located ones (see `LOW_CONFIDENCE` in the README's checker section).
pub const LOW_CONFIDENCE: f64 = 0.6;

// --- cut_off -----------------------------------------------------------------------------------
/// value: the smallest gap between the document's corners and the frame border, as a fraction of
/// the frame side (negative = outside). A document whose outline lies on the border is cut
/// (fail, limit 0); a whole one closer than this to the border is a warning (vendors ask for
/// margins; the dev set's clean photos keep ≥ 4 %).
const CUT_WARN_MARGIN: f64 = 0.01;

// --- too_small ---------------------------------------------------------------------------------
/// value: document area / frame area. Vendors want 70–80 % coverage, which real users rarely
/// manage; the dev set's acceptable photos cover 20–50 %, its "too small" ones 3–7 %. Fail below
/// 0.10 (midway on a log scale), warn below 0.18 (nearing the acceptable range).
const TOO_SMALL_FAIL: f64 = 0.10;
const TOO_SMALL_WARN: f64 = 0.18;

// --- low_resolution ----------------------------------------------------------------------------
/// value: the document's long side in pixels of the original file. A Telegram photo (1280 px on
/// the long side) of a card held across a portrait frame gives the card only 380–540 px, and
/// quality-dev's clean photos sent that way keep ≥ 540; its low-resolution ones have 207–380 px.
/// Fail below 450 (≈ 135 dpi on an ID-1 card: small print starts to merge), warn below 640
/// (paytah's document-crop floor, ≈ 190 dpi).
const LOW_RES_FAIL_PX: f64 = 450.0;
const LOW_RES_WARN_PX: f64 = 640.0;

// --- tilted ------------------------------------------------------------------------------------
/// value: the angle (degrees) between the document plane and the image plane, recovered from the
/// outline's two vanishing points with an assumed focal length, or the in-plane rotation when
/// that is larger. Vendors accept ≤ 10°; perspective estimates from a corner fit are ±5°, so warn
/// from 20° and fail from 28° (the dev set's tilted photos are 33–51°, its clean ones ≤ 8°).
const TILT_WARN_DEG: f64 = 20.0;
const TILT_FAIL_DEG: f64 = 28.0;
/// Focal length as a multiple of the picture's long side: a phone's main camera (~26 mm
/// equivalent over a 36 mm frame width) gives 0.72; 0.8 allows for slight cropping.
const FOCAL_FRAC: f64 = 0.8;

// --- blurry ------------------------------------------------------------------------------------
/// value: re-blur sharpness of the document crop (share of pixel-to-pixel variation a 9-tap box
/// removes; 0..1, lower = blurrier), taken at the card's own resolution capped at 640 px. On
/// quality-dev (examples/quality-eval.rs) sharp cards give 0.71–0.83 and blurred ones (defocus
/// σ ≥ 0.6 % or motion ≥ 2.4 % of the card width) 0.45–0.65; a sharp synthetic card resized to
/// a Telegram photo (1280 px, JPEG quality 80) gives 0.665. Fail below 0.655, warn below 0.69.
const BLUR_FAIL: f64 = 0.655;
const BLUR_WARN: f64 = 0.69;

// --- glare -------------------------------------------------------------------------------------
/// value: share of the document covered by blown (clipped), colourless blobs for a fail, by
/// near-white colourless blobs for a warning (`measures::glare` says why: near-white alone is
/// also white print). Methods doc: 1–1.5 %; laminated cards glint, so small spots only warn
/// (onfido issue #256) and the fail starts at 3 % of blown glare.
const GLARE_WARN: f64 = 0.012;
const GLARE_FAIL: f64 = 0.03;

// --- too_dark ----------------------------------------------------------------------------------
/// value: the 90th luma percentile of the document (0..255): the brightness of its paper, since
/// text and dark print would drag a mean down. Good photos give 180–240; the dev set's dark ones
/// (card mean 25–44) give < 70. Fail below 80 (mapo80's mean-luma floor), warn below 110.
const DARK_FAIL: f64 = 80.0;
const DARK_WARN: f64 = 110.0;

// --- too_bright --------------------------------------------------------------------------------
/// value: the median luma of the document (0..255). A washed-out card has most of its surface
/// near white; a glare spot leaves the median alone. mapo80's ceiling is a mean of 180 on whole
/// photos; a document's median paper tone of clean photos reaches ~215, the over-exposed
/// ones 240+. Fail from 235, warn from 222.
const BRIGHT_FAIL: f64 = 235.0;
const BRIGHT_WARN: f64 = 222.0;

// --- grayscale ---------------------------------------------------------------------------------
/// value: cast-free chroma spread (95th percentile, 0..255 levels) of the document. 0 when the
/// file has one channel or R = G = B. Colour cards print bands and a colour portrait: 44–97 on
/// quality-dev, but one pale passport page gave 6.6; a black-and-white photo keeps only JPEG and
/// demosaicing noise (< 3). Fail below 3, warn below 6.
const GRAY_FAIL: f64 = 3.0;
const GRAY_WARN: f64 = 6.0;

// --- screen_photo ------------------------------------------------------------------------------
/// value: the number of screen cues found (limit: cues for a fail; one cue alone is a warning).
/// Cues: native screen size, PNG without camera EXIF, many exactly flat blocks (no sensor noise:
/// camera photos in quality-dev give ≤ 0.04, screenshots 0.16–0.70, so 0.08), and a periodic
/// fine texture (pixel grid or moiré), and a closed dark frame around the document (a device's
/// bezel, `screen::in_dark_frame`). The last two are weak — recaptures give periodicity 0.10–0.49
/// but blurred and patterned clean photos up to 0.59; a card on a black mat is framed too — so
/// each is one cue, never a fail alone.
const FLAT_SHARE_SCREEN: f64 = 0.08;
const PERIODICITY_SCREEN: f64 = 0.25;
const SCREEN_FAIL_CUES: f64 = 2.0;
/// The lit region a dark frame closes must cover at least this share of the document's area: a
/// screen around a card, or at least the card itself (a dark-mode screen), not a light patch of
/// the card's portrait ringed by dark hair.
const FRAME_MIN_REGION: f64 = 0.5;

/// The region of the frame a cut document leaves through.
fn cut_region(sides: Sides) -> Option<Region> {
    let Sides { top, right, bottom, left } = sides;
    let fy = if top && !bottom {
        0.0
    } else if bottom && !top {
        1.0
    } else {
        0.5
    };
    let fx = if left && !right {
        0.0
    } else if right && !left {
        1.0
    } else {
        0.5
    };
    if !(top || right || bottom || left) {
        return None;
    }
    Some(Region::of_point(fx, fy))
}

/// Shape of the flattened crop for a quad: long side `DOC_CROP_LONG`, or the document's own long
/// side in the working copy when that is smaller (upsampling would make a small but sharp card
/// look soft; its size is judged by `too_small` / `low_resolution` instead), orientation as seen.
fn crop_size(quad: &[(f32, f32); 4]) -> (u32, u32) {
    let aspect = document::quad_aspect(quad).clamp(1.0, 3.2);
    let (horiz, vert) = quad_side_means(quad);
    let native_long = horiz.max(vert) as u32;
    let long = native_long.clamp(MIN_CROP_LONG, DOC_CROP_LONG);
    let short = ((long as f64 / aspect).round() as u32).max(32);
    if horiz >= vert { (long, short) } else { (short, long) }
}

pub struct IdInput<'a> {
    /// The picture's own size in pixels (it may have been decoded smaller).
    pub original_size: (u32, u32),
    pub format: ImageFormat,
    pub single_channel: bool,
    pub camera_exif: bool,
    /// Working copy and its scale: original pixels per working pixel.
    pub work: &'a RgbImage,
    pub work_scale: f32,
}

/// What the document's outline says, in original pixels.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct OutlineMeasures {
    /// Visible document area / frame area.
    pub area_frac: f64,
    /// Mean support of the outline's sides by edges (0..1).
    pub support: f64,
    /// Confidence that the outline is the document's (0..1, `document::outline_score`).
    pub score: f64,
    /// Smallest gap between a corner and the frame border / frame short side (negative = outside).
    pub margin: f64,
    /// Frame sides the outline reaches (the document is cut there).
    pub cut: Sides,
    /// Frame sides a corner comes within `CUT_WARN_MARGIN` of.
    pub near: Sides,
    /// The document's long side, original pixels.
    pub long_px: f64,
    /// Out-of-plane angle and in-plane rotation (0..45), degrees.
    pub tilt_deg: f64,
    pub roll_deg: f64,
}

/// Every measurement the `id` verdict is made from: `judge` turns it into issues without pixels.
#[derive(Debug, Clone, Copy)]
pub struct IdMeasures {
    /// The picture's own size (pixels).
    pub frame: (u32, u32),
    /// None: no document found.
    pub outline: Option<OutlineMeasures>,
    /// Luma statistics of the document crop (the whole frame when none was found).
    pub exposure: Exposure,
    /// Re-blur sharpness of the crop (0..1).
    pub sharpness: f64,
    /// Share of the crop covered by near-white colourless cells, by blown ones, and where.
    pub glare: f64,
    pub glare_blown: f64,
    pub glare_region: Option<Region>,
    /// One channel, or R = G = B everywhere.
    pub gray_exact: bool,
    /// Cast-free chroma spread (0 when `gray_exact`).
    pub chroma: f64,
    pub screen: ScreenCues,
    /// A lossless format (PNG, WebP, GIF): flat blocks there are not JPEG's doing.
    pub lossless: bool,
}

impl IdMeasures {
    /// Name and value of each measure, for calibration (`examples/quality-eval.rs --verbose`).
    pub fn list(&self) -> Measures {
        let mut m: Measures = Vec::new();
        match &self.outline {
            None => m.push(("doc_area", 0.0)),
            Some(o) => m.extend([
                ("doc_area", o.area_frac),
                ("doc_support", o.support),
                ("doc_margin", o.margin),
                ("doc_long_px", o.long_px),
                ("tilt_deg", o.tilt_deg),
                ("roll_deg", o.roll_deg),
                ("cut", if o.cut.any() { 1.0 } else { 0.0 }),
                ("doc_score", o.score),
            ]),
        }
        let e = &self.exposure;
        m.extend([
            ("luma_mean", e.mean),
            ("luma_p10", e.p10),
            ("luma_p50", e.p50),
            ("luma_p90", e.p90),
            ("clipped", e.clipped),
            ("sharpness", self.sharpness),
            ("glare", self.glare),
            ("glare_blown", self.glare_blown),
            ("chroma", self.chroma),
        ]);
        let sc = &self.screen;
        m.extend([
            ("screen_size", f64::from(u8::from(sc.screen_size))),
            ("png", f64::from(u8::from(sc.png))),
            ("flat_share", sc.flat_share),
            ("periodicity", sc.periodicity),
            ("dark_frame", f64::from(u8::from(sc.dark_frame))),
        ]);
        m
    }
}

/// The verdict on a document photo from its measures alone (no pixels): every threshold of this
/// module is applied here, in the order the report lists issues of one severity.
pub fn judge(m: &IdMeasures) -> Vec<Issue> {
    let mut issues = judge_outline(m);
    issues.extend(judge_photometry(m));
    issues.extend(judge_screen(&m.screen, m.lossless));
    issues
}

/// no_document, document_uncertain, cut_off, too_small, low_resolution, tilted.
fn judge_outline(m: &IdMeasures) -> Vec<Issue> {
    let mut issues = Vec::new();
    match &m.outline {
        None => {
            issues.push(issue(
                IssueCode::NoDocument,
                Severity::Fail,
                0.0,
                document::MIN_AREA_FRAC,
                None,
            ));
        }
        Some(o) if o.score < LOW_CONFIDENCE => {
            issues.push(issue(
                IssueCode::DocumentUncertain,
                Severity::Warn,
                o.score,
                LOW_CONFIDENCE,
                None,
            ));
            // What the outline says, as warnings only.
            issues.extend(judge_on_outline(o).into_iter().map(|mut i| {
                i.severity = Severity::Warn;
                i
            }));
        }
        Some(o) => issues.extend(judge_on_outline(o)),
    }
    if m.outline.is_none_or(|o| o.cut.any() || o.score < LOW_CONFIDENCE) {
        // Without a whole, certain outline, judge resolution on the frame: the document has at
        // most the picture's pixels, so a tiny file is too small whatever was (or was not) found.
        let long = f64::from(m.frame.0.max(m.frame.1));
        issues.extend(below(
            IssueCode::LowResolution,
            long,
            LOW_RES_FAIL_PX,
            LOW_RES_FAIL_PX,
            None,
        ));
    }
    issues
}

/// cut_off, too_small, low_resolution, tilted: the measures taken on the outline.
fn judge_on_outline(o: &OutlineMeasures) -> Vec<Issue> {
    let mut issues = Vec::new();
    let cut = o.cut.any();
    if cut {
        issues.push(issue(
            IssueCode::CutOff,
            Severity::Fail,
            o.margin.min(0.0),
            0.0,
            cut_region(o.cut),
        ));
    } else if o.margin < CUT_WARN_MARGIN {
        issues.push(issue(
            IssueCode::CutOff,
            Severity::Warn,
            o.margin,
            CUT_WARN_MARGIN,
            cut_region(o.near),
        ));
    }
    issues.extend(below(IssueCode::TooSmall, o.area_frac, TOO_SMALL_FAIL, TOO_SMALL_WARN, None));
    // A cut document's outline is partly the frame: its size and angle are not its own.
    if !cut {
        issues.extend(below(
            IssueCode::LowResolution,
            o.long_px,
            LOW_RES_FAIL_PX,
            LOW_RES_WARN_PX,
            None,
        ));
        issues.extend(above(
            IssueCode::Tilted,
            o.tilt_deg.max(o.roll_deg),
            TILT_FAIL_DEG,
            TILT_WARN_DEG,
            None,
        ));
    }
    issues
}

/// glare: a fail needs blown glare; near-white colourless cells alone only warn.
fn judge_glare(m: &IdMeasures) -> Option<Issue> {
    if m.glare_blown >= GLARE_FAIL {
        Some(issue(IssueCode::Glare, Severity::Fail, m.glare_blown, GLARE_FAIL, m.glare_region))
    } else if m.glare.max(m.glare_blown) >= GLARE_WARN {
        Some(issue(
            IssueCode::Glare,
            Severity::Warn,
            m.glare.max(m.glare_blown),
            GLARE_WARN,
            m.glare_region,
        ))
    } else {
        None
    }
}

/// blurry, glare, too_dark, too_bright, grayscale.
fn judge_photometry(m: &IdMeasures) -> Vec<Issue> {
    let mut issues = Vec::new();
    let exp = &m.exposure;
    let too_dark = below(IssueCode::TooDark, exp.p90, DARK_FAIL, DARK_WARN, None);
    let too_bright = above(IssueCode::TooBright, exp.p50, BRIGHT_FAIL, BRIGHT_WARN, None);
    let fails = |i: &Option<Issue>| i.as_ref().is_some_and(|i| i.severity == Severity::Fail);
    // Blur is unmeasurable on a near-black or washed-out crop (no contrast left to be sharp);
    // those photos already fail on exposure.
    // On an uncertain outline the crop may be a tray or a table rather than the card: its
    // sharpness and glare are not the document's, so they warn at most (issue 12 point 6).
    let uncertain = m.outline.is_some_and(|o| o.score < LOW_CONFIDENCE);
    let on_crop = |i: Option<Issue>| {
        i.map(|mut i| {
            if uncertain {
                i.severity = Severity::Warn;
            }
            i
        })
    };
    if !fails(&too_dark) && !fails(&too_bright) {
        issues.extend(on_crop(below(IssueCode::Blurry, m.sharpness, BLUR_FAIL, BLUR_WARN, None)));
    }
    if !fails(&too_bright) {
        issues.extend(on_crop(judge_glare(m)));
    }
    issues.extend(too_dark);
    issues.extend(too_bright);
    // Dim light desaturates: judge colour only when the exposure leaves colour to see.
    if exp.p90 >= DARK_FAIL {
        issues.extend(below(IssueCode::Grayscale, m.chroma, GRAY_FAIL, GRAY_WARN, None));
    } else if m.gray_exact {
        issues.push(issue(IssueCode::Grayscale, Severity::Fail, 0.0, GRAY_FAIL, None));
    }
    issues
}

/// The number of screen cues (value of `screen_photo`).
pub fn screen_cue_count(sc: &ScreenCues, lossless: bool) -> f64 {
    let mut cues = 0.0;
    // A resized phone screenshot (Telegram shrinks it to 1280 px) loses its exact size but keeps
    // the screen's shape.
    if sc.screen_size || sc.phone_shaped {
        cues += 1.0;
    }
    if sc.png && !sc.camera_exif {
        cues += 1.0;
    }
    // JPEG flattens smooth areas of recompressed photos (a Telegram "photo" at quality ~80) into
    // exactly flat blocks too: count flatness only in lossless files or at a screen's exact size.
    if sc.flat_share >= FLAT_SHARE_SCREEN && (lossless || sc.screen_size) {
        cues += 1.0;
    }
    if sc.periodicity >= PERIODICITY_SCREEN {
        cues += 1.0;
    }
    if sc.dark_frame {
        cues += 1.0;
    }
    cues
}

/// screen_photo.
fn judge_screen(sc: &ScreenCues, lossless: bool) -> Option<Issue> {
    let cues = screen_cue_count(sc, lossless);
    if cues >= SCREEN_FAIL_CUES {
        Some(issue(IssueCode::ScreenPhoto, Severity::Fail, cues, SCREEN_FAIL_CUES, None))
    } else if cues >= 1.0 {
        Some(issue(IssueCode::ScreenPhoto, Severity::Warn, cues, 1.0, None))
    } else {
        None
    }
}

/// The detector's grey copy of the working copy, about `document::DETECT_LONG` on the long side
/// (its thresholds — line votes, step offsets in pixels — were set at that size): an integer
/// block average when one lands within DET_INT_RANGE of it (exact, one pass), otherwise an area
/// resize to DETECT_LONG (a 1000-px working copy would give 500 px, where card edges of low
/// contrast get lost).
struct DetectorCopy {
    /// Rec. 601 grey (kept: the dark-frame cue looks at it too).
    gray: GrayImage,
    integer_shrink: bool,
    det_k: u32,
    size: (u32, u32),
    /// Detector long side / working long side.
    scale: f32,
}

impl DetectorCopy {
    fn new(work: &RgbImage) -> DetectorCopy {
        let (ww, wh) = work.dimensions();
        let det_k = ((ww.max(wh) as f32 / document::DETECT_LONG as f32).round() as u32).max(1);
        let det_long = ww.max(wh) / det_k;
        let scale = det_long as f32 / ww.max(wh) as f32;
        let integer_shrink = (DET_INT_RANGE.0..=DET_INT_RANGE.1).contains(&det_long)
            || ww.max(wh) <= document::DETECT_LONG;
        let size = if integer_shrink {
            ((ww / det_k).max(1), (wh / det_k).max(1))
        } else {
            let s = document::DETECT_LONG as f32 / ww.max(wh) as f32;
            (((ww as f32 * s).round() as u32).max(1), ((wh as f32 * s).round() as u32).max(1))
        };
        // The colour copy is only made when the other renderings are needed.
        let gray = if integer_shrink {
            raster::to_luma(&raster::shrink(work, det_k))
        } else {
            raster::resize_area_luma(work, size.0, size.1)
        };
        DetectorCopy { gray, integer_shrink, det_k, size, scale }
    }

    /// The colour copy of the same size.
    fn rgb(&self, work: &RgbImage) -> RgbImage {
        if self.integer_shrink {
            raster::shrink(work, self.det_k)
        } else {
            raster::resize_area(work, self.size.0, self.size.1)
        }
    }
}

/// Grey renderings tried after Rec. 601 luma finds nothing: Rec. 709 luma (weighs green more) and
/// the max channel (HSV value), which keep an outline whose two sides differ more in colour than
/// in Rec. 601 brightness.
const OTHER_RENDERINGS: [fn(&image::Rgb<u8>) -> u8; 2] = [
    |p| {
        raster::to_level(
            0.2126 * f32::from(p[0]) + 0.7152 * f32::from(p[1]) + 0.0722 * f32::from(p[2]),
        )
    },
    |p| p[0].max(p[1]).max(p[2]),
];

/// `document::find_document` on `luma`, then on the other renderings of `rgb` (made on demand).
fn search_renderings(luma: &GrayImage, rgb: &dyn Fn() -> RgbImage) -> Option<Found> {
    document::find_document(luma).or_else(|| {
        let rgb = rgb();
        let (w, h) = rgb.dimensions();
        OTHER_RENDERINGS.iter().find_map(|render| {
            let gray = GrayImage::from_fn(w, h, |x, y| image::Luma([render(rgb.get_pixel(x, y))]));
            document::find_document(&gray)
        })
    })
}

/// Step 1: the document's outline, in working-copy pixels.
fn locate(work: &RgbImage, det: &DetectorCopy) -> Option<Found> {
    let (ww, wh) = work.dimensions();
    let dw = det.gray.width();
    let found =
        search_renderings(&det.gray, &|| det.rgb(work)).map(|f| f.scaled(ww as f32 / dw as f32));
    if found.is_some() || det.scale > 0.75 {
        return found;
    }
    // Last try at about twice the resolution: a small card on a busy background (gravel, print)
    // has sides of ~100 px on the small copy, where texture edges crowd them out.
    let fine = raster::shrink(
        work,
        ((ww.max(wh) as f32 / (2 * document::DETECT_LONG) as f32).round() as u32).max(1),
    );
    let fw = fine.width();
    search_renderings(&raster::to_luma(&fine), &|| fine.clone())
        .map(|f| f.scaled(ww as f32 / fw as f32))
}

/// The classical document search alone, in working-copy pixels (for `examples/locate-eval.rs`,
/// which compares it with the learned locator).
pub fn find_classical(work: &RgbImage) -> Option<Found> {
    locate(work, &DetectorCopy::new(work))
}

/// Step 2: the measuring crop — the flattened document, or the whole frame shrunk to the crop
/// size when none was found — and the map from crop pixels (as unit-square fractions) to the
/// working copy.
fn measuring_crop(work: &RgbImage, found: Option<&Found>) -> (Crop, Option<Homography>) {
    if let Some(f) = found {
        let (cw, ch) = crop_size(&f.quad);
        if let Some(crop) = raster::warp_quad(work, f.quad, cw, ch) {
            return (crop, Homography::square_to_quad(f.quad));
        }
    }
    let (ww, wh) = work.dimensions();
    let s = (DOC_CROP_LONG as f32 / ww.max(wh) as f32).min(1.0);
    let (cw, ch) = (((ww as f32 * s) as u32).max(1), ((wh as f32 * s) as u32).max(1));
    (Crop::whole(imageops::thumbnail(work, cw, ch)), None)
}

/// Step 3: the outline's geometry in original pixels (`k`: original pixels per working pixel).
fn outline_measures(f: &Found, original_size: (u32, u32), k: f32) -> OutlineMeasures {
    let (fw, fh) = (f64::from(original_size.0), f64::from(original_size.1));
    let q: [(f64, f64); 4] = f.quad.map(|(x, y)| (f64::from(x * k), f64::from(y * k)));
    let side = fw.min(fh);
    let margin = q
        .iter()
        .map(|&(x, y)| x.min(y).min(fw - x).min(fh - y) / side)
        .fold(f64::INFINITY, f64::min);
    let (horiz, vert) = quad_side_means64(&q);
    let near = Sides {
        top: q.iter().any(|p| p.1 / side < CUT_WARN_MARGIN),
        right: q.iter().any(|p| (fw - p.0) / side < CUT_WARN_MARGIN),
        bottom: q.iter().any(|p| (fh - p.1) / side < CUT_WARN_MARGIN),
        left: q.iter().any(|p| p.0 / side < CUT_WARN_MARGIN),
    };
    OutlineMeasures {
        area_frac: f.area_frac,
        support: f.support,
        score: f.score,
        margin,
        cut: Sides::from(f.on_border),
        near,
        long_px: horiz.max(vert),
        tilt_deg: super::geometry::tilt_degrees(&q, fw, fh, FOCAL_FRAC * fw.max(fh)),
        roll_deg: super::geometry::roll_degrees(&q),
    }
}

/// Step 5: the screen cues. The dark frame is looked for on the detector's grey copy, from the
/// document's centre and four points halfway to its corners (one of them is lit paper even when
/// the centre falls on a dark photo or text).
fn screen_measures(input: &IdInput, det: &DetectorCopy, found: Option<&Found>) -> ScreenCues {
    let (ww, wh) = input.work.dimensions();
    let dw = det.gray.width();
    let center = found
        .map(|f| {
            let (cx, cy) = quad_centroid(&f.quad);
            (f64::from(cx / ww as f32), f64::from(cy / wh as f32))
        })
        .unwrap_or((0.5, 0.5));
    let dark_frame = found.is_some_and(|f| {
        let to_det = dw as f32 / ww as f32;
        let doc_area = f64::from(dw) * f64::from(det.gray.height()) * f.area_frac;
        let (cx, cy) = quad_centroid(&f.quad);
        let seeds: Vec<(f32, f32)> = std::iter::once((cx, cy))
            .chain(f.quad.iter().map(|p| ((cx + p.0) / 2.0, (cy + p.1) / 2.0)))
            .map(|(x, y)| (x * to_det, y * to_det))
            .collect();
        screen::in_dark_frame(&det.gray, &seeds, FRAME_MIN_REGION * doc_area)
    });
    screen::cues(
        input.work,
        input.original_size,
        input.format,
        input.camera_exif,
        center,
        dark_frame,
    )
}

/// Measure everything the verdict needs, and the marks for the annotation.
pub fn measure(input: &IdInput) -> (IdMeasures, Marks) {
    let work = input.work;
    // Work → original pixel factor (the box downscale drops a few remainder pixels; negligible).
    let k = input.work_scale;
    let det = DetectorCopy::new(work);
    // The classical edge search, then the learned locator when it is switched on
    // (`locate::mode`), refined by or falling back to the classical outline.
    let found = super::locate::choose(work, locate(work, &det));
    let (crop, to_work) = measuring_crop(work, found.as_ref());
    let outline = found.as_ref().map(|f| outline_measures(f, input.original_size, k));
    // Step 4: photometry on the crop.
    let exposure = measures::exposure(&crop);
    let sharpness = measures::sharpness(&crop);
    let gl = measures::glare(&crop);
    let gray_exact = input.single_channel || measures::all_channels_equal(&crop);
    let chroma = if gray_exact { 0.0 } else { measures::chroma_spread(&crop) };
    let screen = screen_measures(input, &det, found.as_ref());
    let lossless = matches!(input.format, ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif);

    let mut marks = Marks::default();
    if let Some(f) = &found {
        marks.doc_polygon = Some(f.polygon.iter().map(|&(x, y)| (x * k, y * k)).collect());
        marks.cut_sides = f.on_border;
        marks.doc_quad = Some((f.quad.map(|(x, y)| (x * k, y * k)), f.score));
        marks.doc_uncertain = f.score < LOW_CONFIDENCE;
    }
    // Glare outline: the glare cells' bounding box, mapped back to the frame.
    if let (Some(h), false) = (&to_work, gl.cells.is_empty()) {
        let (cw, ch) = (f64::from(crop.width()), f64::from(crop.height()));
        let x0 = gl.cells.iter().map(|c| c.0).min().unwrap_or(0) as f64;
        let y0 = gl.cells.iter().map(|c| c.1).min().unwrap_or(0) as f64;
        let x1 = gl.cells.iter().map(|c| c.0 + c.2).max().unwrap_or(0) as f64;
        let y1 = gl.cells.iter().map(|c| c.1 + c.3).max().unwrap_or(0) as f64;
        let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)].map(|(x, y)| {
            let (x, y) = h.apply(x / cw, y / ch);
            (x as f32 * k, y as f32 * k)
        });
        marks.glare = Some(corners.to_vec());
    }
    let m = IdMeasures {
        frame: input.original_size,
        outline,
        exposure,
        sharpness,
        glare: gl.fraction,
        glare_blown: gl.blown,
        glare_region: gl.region,
        gray_exact,
        chroma,
        screen,
        lossless,
    };
    (m, marks)
}

/// Measure, then judge.
pub fn analyse(input: &IdInput) -> Analysis {
    let (m, marks) = measure(input);
    Analysis { issues: judge(&m), measures: m.list(), marks }
}
