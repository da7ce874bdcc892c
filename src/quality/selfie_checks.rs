//! The checks of a selfie (`--kind selfie`): find the face, then judge its size, position and
//! light on a fixed-size crop of the face box.

use image::RgbImage;

use super::face::{self, FaceBox};
use super::measures;
use super::raster::{self, Crop, luma};
use super::report::{IssueCode, Region, Severity, above, below, issue};
use super::{Analysis, Marks};

/// Side of the square face crop every face measure is taken on (methods §1: 224 px).
const FACE_CROP: u32 = 224;

// --- multiple_faces ----------------------------------------------------------------------------
/// value: f = sqrt(area₂ / area₁) of the two largest faces (OFIQ SingleFacePresent). Two people
/// side by side give 0.8–1.0; an ID card held up to the camera shows its portrait at a quarter of
/// the face's width or less (f ≤ 0.3), which must not count. Fail from 0.55, midway.
const SECOND_FACE_FAIL: f64 = 0.55;

// --- face_too_small ----------------------------------------------------------------------------
/// value: face-box width / the frame's short side. OFIQ's passport target (head height 45 % of
/// the frame) is too strict for selfies; the dev set's good selfies give 0.30–0.43, far ones
/// 0.07–0.09. Fail below 0.15, warn below 0.22.
const FACE_SMALL_FAIL: f64 = 0.15;
const FACE_SMALL_WARN: f64 = 0.22;

// --- face_cut_off ------------------------------------------------------------------------------
/// value: share of the face box outside the frame. Rustface boxes are tight (brows to mouth),
/// so even a little outside means forehead or chin is missing: warn from 3 %, fail from 10 %.
const FACE_OUT_WARN: f64 = 0.03;
const FACE_OUT_FAIL: f64 = 0.10;

// --- face_off_center ---------------------------------------------------------------------------
/// value: distance of the face centre from the frame centre, as a fraction of the frame side
/// (the larger of x and y). A face in the outer third is off centre: warn from 0.25, fail from 0.35.
/// From the methods doc (§4: no standard; the form of OFIQ's crop measures), NOT calibrated on
/// data: quality-dev has no off-centre selfie (its faces sit near the centre, offsets ≤ 0.1).
const OFF_CENTER_WARN: f64 = 0.25;
const OFF_CENTER_FAIL: f64 = 0.35;

// --- low_resolution ----------------------------------------------------------------------------
/// value: estimated inter-eye distance in original pixels (0.4 × rustface box width, an
/// assumption). OFIQ gives 50 points at 70 px; fail below 40, warn below 60.
const IED_PER_BOX_WIDTH: f64 = 0.4;
const IED_FAIL_PX: f64 = 40.0;
const IED_WARN_PX: f64 = 60.0;

// --- blurry ------------------------------------------------------------------------------------
/// value: re-blur sharpness on the 224-px face crop (0..1). Faces are smoother than print, so the
/// limit is lower than the document's. On quality-dev the good selfies give 0.61–0.73 and the
/// blurred ones (σ ≈ 2.2 % of the face width, or motion 8 %) 0.39–0.56: fail below 0.58,
/// warn below 0.60.
const FACE_BLUR_FAIL: f64 = 0.58;
const FACE_BLUR_WARN: f64 = 0.60;

// --- too_dark / too_bright ---------------------------------------------------------------------
/// value: mean luma of the face crop (0..255). OFIQ's good range is linear 0.3–0.7, sRGB ≈ 150–218
/// on skin; darker skin sits lower, so fail below 70 (the dev set's dark faces: 30–43), warn
/// below 90. Too bright: fail from 225, warn from 205 (skin is never near white when exposed well);
/// the bright limits come from the methods doc (§2.1 OFIQ LuminanceMean 0.3–0.7 linear, i.e. up to
/// sRGB ≈ 218 on skin), NOT calibrated on data: quality-dev has no over-exposed selfie (its good
/// faces give 133–159).
const FACE_DARK_FAIL: f64 = 70.0;
const FACE_DARK_WARN: f64 = 90.0;
const FACE_BRIGHT_FAIL: f64 = 225.0;
const FACE_BRIGHT_WARN: f64 = 205.0;

// --- backlit -----------------------------------------------------------------------------------
/// value: mean luma of the background (outside a generous head-and-shoulders box) / mean luma of
/// the face. Normal indoor selfies give 0.5–1.5; a window behind the head 3+. Fail from 2.2,
/// warn from 1.7.
const BACKLIT_FAIL: f64 = 2.2;
const BACKLIT_WARN: f64 = 1.7;

// --- uneven_light ------------------------------------------------------------------------------
/// value: mean luma of the darker cheek zone / the brighter one (OFIQ's IlluminationUniformity
/// compares the cheeks). Even light gives 0.85–1.0; a lamp from one side 0.5. Fail below 0.5, warn
/// below 0.65. From the methods doc (§4, OFIQ IlluminationUniformity's cheek zones) and first
/// guesses, NOT calibrated on data: quality-dev has no unevenly lit selfie; the unit tests check a
/// generated half-lit face against the clean one.
const UNEVEN_FAIL: f64 = 0.5;
const UNEVEN_WARN: f64 = 0.65;

// --- grayscale ---------------------------------------------------------------------------------
/// value: cast-free chroma spread on the face crop (0..255 levels). Skin, lips and eyes give ≥ 8;
/// a grey picture only JPEG noise. Fail below 3.5, warn below 5.
const FACE_GRAY_FAIL: f64 = 3.5;
const FACE_GRAY_WARN: f64 = 5.0;

/// Mean luma of the work image outside `exclude` (x0, y0, x1, y1 in work pixels), sampled.
fn mean_luma_outside(work: &RgbImage, exclude: (f32, f32, f32, f32)) -> Option<f64> {
    let (mut s, mut n) = (0f64, 0usize);
    let step = ((work.width().max(work.height()) / 200).max(1)) as usize;
    for y in (0..work.height()).step_by(step) {
        for x in (0..work.width()).step_by(step) {
            let (fx, fy) = (x as f32, y as f32);
            if fx >= exclude.0 && fx < exclude.2 && fy >= exclude.1 && fy < exclude.3 {
                continue;
            }
            let p = work.get_pixel(x, y);
            s += f64::from(luma(p[0], p[1], p[2]));
            n += 1;
        }
    }
    (n > 0).then(|| s / n as f64)
}

/// Mean luma of a rectangle of a crop given as fractions.
fn zone_mean(crop: &Crop, fx0: f32, fy0: f32, fx1: f32, fy1: f32) -> f64 {
    let (w, h) = (crop.width() as f32, crop.height() as f32);
    let (mut s, mut n) = (0f64, 0usize);
    for y in (fy0 * h) as u32..((fy1 * h) as u32).min(crop.height()) {
        for x in (fx0 * w) as u32..((fx1 * w) as u32).min(crop.width()) {
            let i = (y * crop.width() + x) as usize;
            if crop.valid.get(i).copied().unwrap_or(false) {
                let p = crop.rgb.get_pixel(x, y);
                s += f64::from(luma(p[0], p[1], p[2]));
                n += 1;
            }
        }
    }
    if n == 0 { 0.0 } else { s / n as f64 }
}

pub fn analyse(
    original_size: (u32, u32),
    single_channel: bool,
    work: &RgbImage,
    work_scale: f32,
) -> Analysis {
    let mut issues = Vec::new();
    let mut measures: Vec<(&'static str, f64)> = Vec::new();
    let mut marks = Marks::default();
    let (ww, wh) = (work.width() as f32, work.height() as f32);
    let k = work_scale;
    let (fw, fh) = (f64::from(original_size.0), f64::from(original_size.1));

    let faces: Vec<FaceBox> = face::detect(&raster::to_luma(work));
    marks.faces = faces
        .iter()
        .map(|f| FaceBox { x: f.x * k, y: f.y * k, w: f.w * k, h: f.h * k, ..*f })
        .collect();
    measures.push(("faces", faces.len() as f64));
    let Some(main) = faces.first().copied() else {
        issues.push(issue(IssueCode::NoFace, Severity::Fail, 0.0, 1.0, None));
        // A face in the dark is often not found at all: say that the picture is too dark too,
        // judged on the whole frame, so the first advice is the useful one.
        let all = measures::exposure(&Crop::whole(work.clone()));
        measures.push(("frame_luma", all.mean));
        issues.extend(below(IssueCode::TooDark, all.mean, FACE_DARK_FAIL, FACE_DARK_FAIL, None));
        return Analysis { issues, measures, marks };
    };
    measures.push(("face_score", main.score));

    // multiple_faces: the second largest face against the largest.
    if let Some(second) = faces.get(1) {
        let f = (f64::from(second.area()) / f64::from(main.area()).max(1.0)).sqrt();
        measures.push(("second_face", f));
        if f >= SECOND_FACE_FAIL {
            issues.push(issue(IssueCode::MultipleFaces, Severity::Fail, f, SECOND_FACE_FAIL, None));
        }
    }

    // Size and placement, in frame fractions.
    let width_frac = f64::from(main.w) / f64::from(ww.min(wh));
    measures.push(("face_width_frac", width_frac));
    issues.extend(below(
        IssueCode::FaceTooSmall,
        width_frac,
        FACE_SMALL_FAIL,
        FACE_SMALL_WARN,
        None,
    ));
    let inside_w = (main.x + main.w).min(ww) - main.x.max(0.0);
    let inside_h = (main.y + main.h).min(wh) - main.y.max(0.0);
    let out =
        1.0 - f64::from(inside_w.max(0.0) * inside_h.max(0.0)) / f64::from(main.area()).max(1.0);
    measures.push(("face_out", out));
    let (cx, cy) = main.center();
    let (ox, oy) = (f64::from(cx / ww - 0.5), f64::from(cy / wh - 0.5));
    let where_ = Region::of_point(f64::from(cx / ww), f64::from(cy / wh));
    issues.extend(above(IssueCode::FaceCutOff, out, FACE_OUT_FAIL, FACE_OUT_WARN, Some(where_)));
    let off = ox.abs().max(oy.abs());
    measures.push(("face_offset", off));
    issues.extend(above(
        IssueCode::FaceOffCenter,
        off,
        OFF_CENTER_FAIL,
        OFF_CENTER_WARN,
        Some(where_),
    ));
    let ied = IED_PER_BOX_WIDTH * f64::from(main.w * k);
    measures.push(("ied_px", ied));
    issues.extend(below(IssueCode::LowResolution, ied, IED_FAIL_PX, IED_WARN_PX, None));
    let _ = (fw, fh);

    // Light and focus on the face crop.
    let quad = [
        (main.x, main.y),
        (main.x + main.w, main.y),
        (main.x + main.w, main.y + main.h),
        (main.x, main.y + main.h),
    ];
    let Some(crop) = raster::warp_quad(work, quad, FACE_CROP, FACE_CROP) else {
        return Analysis { issues, measures, marks };
    };
    let exp = measures::exposure(&crop);
    let sharp = measures::sharpness(&crop);
    let chroma = if single_channel || measures::all_channels_equal(&crop) {
        0.0
    } else {
        measures::chroma_spread(&crop)
    };
    // Cheek zones: left and right thirds of the box, from eye height to mouth height.
    let left = zone_mean(&crop, 0.1, 0.45, 0.4, 0.8);
    let right = zone_mean(&crop, 0.6, 0.45, 0.9, 0.8);
    let uneven = if left.max(right) > 0.0 { left.min(right) / left.max(right) } else { 1.0 };
    // Background: outside the head-and-shoulders box (face box grown 1× sideways and upwards,
    // to the bottom of the frame).
    let exclude = (main.x - main.w, main.y - main.h, main.x + 2.0 * main.w, wh);
    let bg = mean_luma_outside(work, exclude).unwrap_or(exp.mean);
    let backlit = bg / exp.mean.max(1.0);
    measures.extend([
        ("face_luma", exp.mean),
        ("face_sharpness", sharp),
        ("face_chroma", chroma),
        ("uneven", uneven),
        ("bg_luma", bg),
        ("backlit", backlit),
    ]);
    let dark = below(IssueCode::TooDark, exp.mean, FACE_DARK_FAIL, FACE_DARK_WARN, None);
    let dark_fail = dark.as_ref().is_some_and(|i| i.severity == Severity::Fail);
    issues.extend(dark);
    issues.extend(above(IssueCode::TooBright, exp.mean, FACE_BRIGHT_FAIL, FACE_BRIGHT_WARN, None));
    issues.extend(above(IssueCode::Backlit, backlit, BACKLIT_FAIL, BACKLIT_WARN, None));
    if !dark_fail {
        issues.extend(below(IssueCode::Blurry, sharp, FACE_BLUR_FAIL, FACE_BLUR_WARN, None));
        let side = if left < right { Region::Left } else { Region::Right };
        if uneven < UNEVEN_WARN {
            let sev = if uneven < UNEVEN_FAIL { Severity::Fail } else { Severity::Warn };
            let lim = if uneven < UNEVEN_FAIL { UNEVEN_FAIL } else { UNEVEN_WARN };
            issues.push(issue(IssueCode::UnevenLight, sev, uneven, lim, Some(side)));
        }
        issues.extend(below(IssueCode::Grayscale, chroma, FACE_GRAY_FAIL, FACE_GRAY_WARN, None));
    } else if chroma == 0.0 {
        issues.push(issue(IssueCode::Grayscale, Severity::Fail, 0.0, FACE_GRAY_FAIL, None));
    }
    Analysis { issues, measures, marks }
}
