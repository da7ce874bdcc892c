//! The checks of a document photo (`--kind id`). The document outline drives `cut_off`,
//! `too_small`, `tilted`, `low_resolution`; the document, warped flat to a fixed working size,
//! is where blur, glare, exposure and colour are measured.

use image::{ImageFormat, RgbImage, imageops};
use imageproc::geometric_transformations::Projection;

use super::document::{self, Found};
use super::measures;
use super::raster::{self, Crop};
use super::report::{IssueCode, Region, Severity, above, below, issue};
use super::screen;
use super::{Analysis, Marks};

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
/// value: share of the document covered by bright colourless blobs. Methods doc: 1–1.5 %; laminated
/// cards glint, so small spots only warn (onfido issue #256) and the fail starts at 3 %.
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

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

fn cross(a: [f64; 3], b: [f64; 3]) -> [f64; 3] {
    [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]]
}

/// Out-of-plane angle of a rectangle seen as `quad` (TL, TR, BR, BL, original pixels) in a
/// `w × h` frame: the vanishing points of the two pairs of opposite sides are the directions of
/// the rectangle's axes; their cross product is the plane normal; its angle to the optical axis
/// is the tilt. Parallel sides give a vanishing point at infinity, which the homogeneous
/// arithmetic handles. Returns degrees.
pub fn tilt_degrees(quad: &[(f64, f64); 4], w: f64, h: f64) -> f64 {
    let f = FOCAL_FRAC * w.max(h);
    let p: Vec<[f64; 3]> =
        quad.iter().map(|&(x, y)| [(x - w / 2.0) / f, (y - h / 2.0) / f, 1.0]).collect();
    let v1 = cross(cross(p[0], p[1]), cross(p[3], p[2]));
    let v2 = cross(cross(p[0], p[3]), cross(p[1], p[2]));
    let n = cross(v1, v2);
    let norm = (n[0] * n[0] + n[1] * n[1] + n[2] * n[2]).sqrt();
    if !(norm > 1e-12) {
        return 0.0;
    }
    (n[2].abs() / norm).clamp(0.0, 1.0).acos().to_degrees()
}

/// In-plane rotation of the quad's long axis, folded to 0..45° (a card held sideways is fine).
pub fn roll_degrees(quad: &[(f64, f64); 4]) -> f64 {
    let horiz = dist(quad[0], quad[1]) + dist(quad[3], quad[2]);
    let vert = dist(quad[0], quad[3]) + dist(quad[1], quad[2]);
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

/// The region of the frame a cut document leaves through.
fn cut_region(on_border: [bool; 4]) -> Option<Region> {
    let [top, right, bottom, left] = on_border;
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
    let d = |a: (f32, f32), b: (f32, f32)| ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
    let native_long = ((d(quad[0], quad[1]) + d(quad[3], quad[2]))
        .max(d(quad[0], quad[3]) + d(quad[1], quad[2]))
        / 2.0) as u32;
    let long = native_long.clamp(MIN_CROP_LONG, DOC_CROP_LONG);
    let short = ((long as f64 / aspect).round() as u32).max(32);
    let horiz = d(quad[0], quad[1]) + d(quad[3], quad[2]);
    let vert = d(quad[0], quad[3]) + d(quad[1], quad[2]);
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

/// The classical document search (`document::find_document` on grey renderings of a ~640-px copy,
/// then at twice that resolution), in working-copy pixels, and the Rec. 601 grey copy it searched.
pub fn find_classical(work: &RgbImage) -> (Option<Found>, image::GrayImage) {
    let (ww, wh) = work.dimensions();
    // The detector's copy, about DETECT_LONG on the long side (its thresholds — line votes, step
    // offsets in pixels — were set at that size): an integer block average when one lands within
    // DET_INT_RANGE of it (exact, one pass), otherwise an area resize to DETECT_LONG (a 1000-px
    // working copy would give 500 px, where card edges of low contrast get lost).
    let det_k = ((ww.max(wh) as f32 / document::DETECT_LONG as f32).round() as u32).max(1);
    let det_long = ww.max(wh) / det_k;
    let det_s = det_long as f32 / ww.max(wh) as f32;
    // Shrink the colour copy once, then try grey renderings in turn: Rec. 601 luma first; when
    // that finds nothing, Rec. 709 luma (weighs green more) and the max channel (HSV value),
    // which keep an outline whose two sides differ more in colour than in Rec. 601 brightness.
    let integer_shrink = (DET_INT_RANGE.0..=DET_INT_RANGE.1).contains(&det_long)
        || ww.max(wh) <= document::DETECT_LONG;
    let det_size = if integer_shrink {
        ((ww / det_k).max(1), (wh / det_k).max(1))
    } else {
        let s = document::DETECT_LONG as f32 / ww.max(wh) as f32;
        (((ww as f32 * s).round() as u32).max(1), ((wh as f32 * s).round() as u32).max(1))
    };
    let det_rgb = || {
        if integer_shrink {
            raster::shrink(work, det_k)
        } else {
            raster::resize_area(work, det_size.0, det_size.1)
        }
    };
    // The Rec. 601 grey copy is kept: the dark-frame cue (step 5) looks at it too. The colour
    // copy is only made when the other renderings are needed.
    let det_gray = if integer_shrink {
        raster::to_luma(&det_rgb())
    } else {
        raster::resize_area_luma(work, det_size.0, det_size.1)
    };
    let dw = det_gray.width();
    let other_renderings: [fn(&image::Rgb<u8>) -> u8; 2] = [
        |p| {
            raster::to_level(
                0.2126 * f32::from(p[0]) + 0.7152 * f32::from(p[1]) + 0.0722 * f32::from(p[2]),
            )
        },
        |p| p[0].max(p[1]).max(p[2]),
    ];
    let search = |luma: &image::GrayImage, rgb: &dyn Fn() -> RgbImage| -> Option<Found> {
        document::find_document(luma).or_else(|| {
            let rgb = rgb();
            let (w, h) = rgb.dimensions();
            other_renderings.iter().find_map(|render| {
                let gray = image::GrayImage::from_fn(w, h, |x, y| {
                    image::Luma([render(rgb.get_pixel(x, y))])
                });
                document::find_document(&gray)
            })
        })
    };
    let mut found = search(&det_gray, &det_rgb).map(|f| f.scaled(ww as f32 / dw as f32));
    if found.is_none() && det_s <= 0.75 {
        // Last try at about twice the resolution: a small card on a busy background (gravel,
        // print) has sides of ~100 px on the small copy, where texture edges crowd them out.
        let fine = raster::shrink(
            work,
            ((ww.max(wh) as f32 / (2 * document::DETECT_LONG) as f32).round() as u32).max(1),
        );
        let fw_ = fine.width();
        found = search(&raster::to_luma(&fine), &|| fine.clone())
            .map(|f| f.scaled(ww as f32 / fw_ as f32));
    }
    (found, det_gray)
}

pub fn analyse(input: &IdInput) -> Analysis {
    let mut issues = Vec::new();
    let mut measures: Vec<(&'static str, f64)> = Vec::new();
    let mut marks = Marks::default();
    let work = input.work;
    let (fw, fh) = (f64::from(input.original_size.0), f64::from(input.original_size.1));
    // Work → original pixel factor (the box downscale drops a few remainder pixels; negligible).
    let k = input.work_scale;

    // 1. Find the document: the classical edge search on a small grey copy (kept for the
    // dark-frame cue below), then the learned locator, refined by or falling back to it.
    let (ww, wh) = work.dimensions();
    let (found, det_gray) = find_classical(work);
    let dw = det_gray.width();
    let found = super::locate::choose(work, found);

    // 2. The measuring crop: the flattened document, or the whole frame when none was found.
    let (crop, to_work) = match &found {
        Some(f) => {
            let (cw, ch) = crop_size(&f.quad);
            let crop = raster::warp_quad(work, f.quad, cw, ch);
            let proj = Projection::from_control_points(
                [(0.0, 0.0), (cw as f32, 0.0), (cw as f32, ch as f32), (0.0, ch as f32)],
                f.quad,
            );
            (crop, proj)
        }
        None => (None, None),
    };
    let crop: Crop = match crop {
        Some(c) => c,
        None => {
            // Whole frame, shrunk to the crop size.
            let s = (DOC_CROP_LONG as f32 / ww.max(wh) as f32).min(1.0);
            let (cw, ch) = (((ww as f32 * s) as u32).max(1), ((wh as f32 * s) as u32).max(1));
            Crop::whole(imageops::thumbnail(work, cw, ch))
        }
    };

    // 3. Geometry checks.
    match &found {
        None => {
            measures.push(("doc_area", 0.0));
            issues.push(issue(
                IssueCode::NoDocument,
                Severity::Fail,
                0.0,
                document::MIN_AREA_FRAC,
                None,
            ));
        }
        Some(f) => {
            let quad_orig: [(f64, f64); 4] =
                f.quad.map(|(x, y)| (f64::from(x * k), f64::from(y * k)));
            let poly_orig: Vec<(f32, f32)> =
                f.polygon.iter().map(|&(x, y)| (x * k, y * k)).collect();
            let side = fw.min(fh);
            let margin = quad_orig
                .iter()
                .map(|&(x, y)| x.min(y).min(fw - x).min(fh - y) / side)
                .fold(f64::INFINITY, f64::min);
            let long_px = {
                let h = (dist(quad_orig[0], quad_orig[1]) + dist(quad_orig[3], quad_orig[2])) / 2.0;
                let v = (dist(quad_orig[0], quad_orig[3]) + dist(quad_orig[1], quad_orig[2])) / 2.0;
                h.max(v)
            };
            let tilt = tilt_degrees(&quad_orig, fw, fh);
            let roll = roll_degrees(&quad_orig);
            measures.extend([
                ("doc_area", f.area_frac),
                ("doc_support", f.support),
                ("doc_margin", margin),
                ("doc_long_px", long_px),
                ("tilt_deg", tilt),
                ("roll_deg", roll),
                ("cut", if f.is_cut() { 1.0 } else { 0.0 }),
            ]);
            if f.is_cut() {
                issues.push(issue(
                    IssueCode::CutOff,
                    Severity::Fail,
                    margin.min(0.0),
                    0.0,
                    cut_region(f.on_border),
                ));
            } else if margin < CUT_WARN_MARGIN {
                let q = quad_orig;
                let near = [
                    q.iter().any(|p| p.1 / side < CUT_WARN_MARGIN),
                    q.iter().any(|p| (fw - p.0) / side < CUT_WARN_MARGIN),
                    q.iter().any(|p| (fh - p.1) / side < CUT_WARN_MARGIN),
                    q.iter().any(|p| p.0 / side < CUT_WARN_MARGIN),
                ];
                issues.push(issue(
                    IssueCode::CutOff,
                    Severity::Warn,
                    margin,
                    CUT_WARN_MARGIN,
                    cut_region(near),
                ));
            }
            issues.extend(below(
                IssueCode::TooSmall,
                f.area_frac,
                TOO_SMALL_FAIL,
                TOO_SMALL_WARN,
                None,
            ));
            // A cut document's outline is partly the frame: its size and angle are not its own.
            if !f.is_cut() {
                issues.extend(below(
                    IssueCode::LowResolution,
                    long_px,
                    LOW_RES_FAIL_PX,
                    LOW_RES_WARN_PX,
                    None,
                ));
                issues.extend(above(
                    IssueCode::Tilted,
                    tilt.max(roll),
                    TILT_FAIL_DEG,
                    TILT_WARN_DEG,
                    None,
                ));
            }
            marks.doc_polygon = Some(poly_orig);
            marks.cut_sides = f.on_border;
        }
    }
    if found.as_ref().is_none_or(|f| f.is_cut()) {
        // Without a whole outline, judge resolution on the frame: the document has at most the
        // picture's pixels, so a tiny file is too small whatever was (or was not) found.
        let long = fw.max(fh);
        issues.extend(below(
            IssueCode::LowResolution,
            long,
            LOW_RES_FAIL_PX,
            LOW_RES_FAIL_PX,
            None,
        ));
    }

    // 4. Photometric checks on the crop.
    let exp = measures::exposure(&crop);
    let sharp = measures::sharpness(&crop);
    let gl = measures::glare(&crop);
    let gray_exact = input.single_channel || measures::all_channels_equal(&crop);
    let chroma = if gray_exact { 0.0 } else { measures::chroma_spread(&crop) };
    measures.extend([
        ("luma_mean", exp.mean),
        ("luma_p10", exp.p10),
        ("luma_p50", exp.p50),
        ("luma_p90", exp.p90),
        ("clipped", exp.clipped),
        ("sharpness", sharp),
        ("glare", gl.fraction),
        ("chroma", chroma),
    ]);
    let too_dark = below(IssueCode::TooDark, exp.p90, DARK_FAIL, DARK_WARN, None);
    let too_bright = above(IssueCode::TooBright, exp.p50, BRIGHT_FAIL, BRIGHT_WARN, None);
    // Blur is unmeasurable on a near-black or washed-out crop (no contrast left to be sharp);
    // those photos already fail on exposure.
    if too_dark.as_ref().map_or(true, |i| i.severity != Severity::Fail)
        && too_bright.as_ref().map_or(true, |i| i.severity != Severity::Fail)
    {
        issues.extend(below(IssueCode::Blurry, sharp, BLUR_FAIL, BLUR_WARN, None));
    }
    if too_bright.as_ref().map_or(true, |i| i.severity != Severity::Fail) {
        issues.extend(above(IssueCode::Glare, gl.fraction, GLARE_FAIL, GLARE_WARN, gl.region));
    }
    issues.extend(too_dark);
    issues.extend(too_bright);
    // Dim light desaturates: judge colour only when the exposure leaves colour to see.
    if exp.p90 >= DARK_FAIL {
        issues.extend(below(IssueCode::Grayscale, chroma, GRAY_FAIL, GRAY_WARN, None));
    } else if gray_exact {
        issues.push(issue(IssueCode::Grayscale, Severity::Fail, 0.0, GRAY_FAIL, None));
    }

    // Glare outline for the annotation: the glare cells' bounding box, mapped back to the frame.
    if let (Some(proj), false) = (&to_work, gl.cells.is_empty()) {
        let x0 = gl.cells.iter().map(|c| c.0).min().unwrap_or(0) as f32;
        let y0 = gl.cells.iter().map(|c| c.1).min().unwrap_or(0) as f32;
        let x1 = gl.cells.iter().map(|c| c.0 + c.2).max().unwrap_or(0) as f32;
        let y1 = gl.cells.iter().map(|c| c.1 + c.3).max().unwrap_or(0) as f32;
        let corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)].map(|p| {
            let (x, y) = *proj * p;
            (x * k, y * k)
        });
        marks.glare = Some(corners.to_vec());
    }

    // 5. Screens.
    // The document's centroid, in working-copy pixels.
    let centroid = |f: &Found| {
        (
            f.quad.iter().map(|p| p.0).sum::<f32>() / 4.0,
            f.quad.iter().map(|p| p.1).sum::<f32>() / 4.0,
        )
    };
    let center = found
        .as_ref()
        .map(|f| {
            let (cx, cy) = centroid(f);
            (f64::from(cx / ww as f32), f64::from(cy / wh as f32))
        })
        .unwrap_or((0.5, 0.5));
    // A device frame around the document, looked for on the detector's grey copy, from the
    // document's centre and four points halfway to its corners (one of them is lit paper even
    // when the centre falls on a dark photo or text).
    let dark_frame = found.as_ref().is_some_and(|f| {
        let to_det = dw as f32 / ww as f32;
        let doc_area = f64::from(dw) * f64::from(det_gray.height()) * f.area_frac;
        let (cx, cy) = centroid(f);
        let seeds: Vec<(f32, f32)> = std::iter::once((cx, cy))
            .chain(f.quad.iter().map(|p| ((cx + p.0) / 2.0, (cy + p.1) / 2.0)))
            .map(|(x, y)| (x * to_det, y * to_det))
            .collect();
        screen::in_dark_frame(&det_gray, &seeds, FRAME_MIN_REGION * doc_area)
    });
    let sc = screen::cues(
        work,
        input.original_size,
        input.format,
        input.camera_exif,
        center,
        dark_frame,
    );
    measures.extend([
        ("screen_size", f64::from(u8::from(sc.screen_size))),
        ("png", f64::from(u8::from(sc.png))),
        ("flat_share", sc.flat_share),
        ("periodicity", sc.periodicity),
        ("dark_frame", f64::from(u8::from(sc.dark_frame))),
    ]);
    let mut cues = 0.0;
    if sc.screen_size {
        cues += 1.0;
    } else if sc.phone_shaped {
        // A resized phone screenshot (Telegram shrinks it to 1280 px) loses its exact size but
        // keeps the screen's shape.
        cues += 1.0;
    }
    if sc.png && !sc.camera_exif {
        cues += 1.0;
    }
    // JPEG flattens smooth areas of recompressed photos (a Telegram "photo" at quality ~80) into
    // exactly flat blocks too: count flatness only in lossless files or at a screen's exact size.
    let lossless = matches!(input.format, ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif);
    if sc.flat_share >= FLAT_SHARE_SCREEN && (lossless || sc.screen_size) {
        cues += 1.0;
    }
    if sc.periodicity >= PERIODICITY_SCREEN {
        cues += 1.0;
    }
    if sc.dark_frame {
        cues += 1.0;
    }
    if cues >= SCREEN_FAIL_CUES {
        issues.push(issue(IssueCode::ScreenPhoto, Severity::Fail, cues, SCREEN_FAIL_CUES, None));
    } else if cues >= 1.0 {
        issues.push(issue(IssueCode::ScreenPhoto, Severity::Warn, cues, 1.0, None));
    }

    Analysis { issues, measures, marks }
}
