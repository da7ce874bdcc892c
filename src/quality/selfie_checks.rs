//! The checks of a selfie (`--kind selfie`): find the face, then judge its size, position and
//! light on a fixed-size crop of the face box.

use image::RgbImage;

use super::face::{self, FaceBox};
use super::measures;
use super::raster::{self, Crop, luma};
use super::report::{Issue, IssueCode, Region, Severity, above, below, issue};
use super::{Analysis, Marks, Measures};

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

/// What the face crop says (light, focus, colour, background).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FaceCropMeasures {
    /// Mean luma of the face crop.
    pub luma: f64,
    /// Re-blur sharpness of the face crop (0..1).
    pub sharpness: f64,
    /// Cast-free chroma spread of the face (0 when the picture is exactly grey).
    pub chroma: f64,
    /// Mean luma of the left and right cheek zones, and darker / brighter.
    pub cheek_left: f64,
    pub cheek_right: f64,
    pub uneven: f64,
    /// Mean luma outside the head-and-shoulders box, and that / the face's.
    pub bg_luma: f64,
    pub backlit: f64,
}

/// The main face's measures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FaceMeasures {
    /// The detector's score.
    pub score: f64,
    /// sqrt(area₂ / area₁) of the two largest faces, when there are two.
    pub second_face: Option<f64>,
    /// Face-box width / frame short side.
    pub width_frac: f64,
    /// Share of the face box outside the frame.
    pub out: f64,
    /// Face centre as frame fractions, and its larger offset from the centre.
    pub center: (f64, f64),
    pub offset: f64,
    /// Estimated inter-eye distance, original pixels.
    pub ied_px: f64,
    /// None when the face box could not be cut out.
    pub crop: Option<FaceCropMeasures>,
}

/// Every measurement the `selfie` verdict is made from: `judge` turns it into issues.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SelfieMeasures {
    /// Faces found.
    pub faces: usize,
    /// Mean luma of the whole frame (measured when no face was found).
    pub frame_luma: f64,
    pub face: Option<FaceMeasures>,
}

impl SelfieMeasures {
    /// Name and value of each measure, for calibration (`examples/quality-eval.rs --verbose`).
    pub fn list(&self) -> Measures {
        let mut m: Measures = vec![("faces", self.faces as f64)];
        let Some(f) = &self.face else {
            m.push(("frame_luma", self.frame_luma));
            return m;
        };
        m.push(("face_score", f.score));
        if let Some(s) = f.second_face {
            m.push(("second_face", s));
        }
        m.extend([
            ("face_width_frac", f.width_frac),
            ("face_out", f.out),
            ("face_offset", f.offset),
            ("ied_px", f.ied_px),
        ]);
        if let Some(c) = &f.crop {
            m.extend([
                ("face_luma", c.luma),
                ("face_sharpness", c.sharpness),
                ("face_chroma", c.chroma),
                ("uneven", c.uneven),
                ("bg_luma", c.bg_luma),
                ("backlit", c.backlit),
            ]);
        }
        m
    }
}

/// The verdict on a selfie from its measures alone (no pixels): every threshold of this module
/// is applied here, in the order the report lists issues of one severity.
pub fn judge(m: &SelfieMeasures) -> Vec<Issue> {
    let mut issues = Vec::new();
    let Some(f) = &m.face else {
        issues.push(issue(IssueCode::NoFace, Severity::Fail, 0.0, 1.0, None));
        // A face in the dark is often not found at all: say that the picture is too dark too,
        // judged on the whole frame, so the first advice is the useful one.
        issues.extend(below(
            IssueCode::TooDark,
            m.frame_luma,
            FACE_DARK_FAIL,
            FACE_DARK_FAIL,
            None,
        ));
        return issues;
    };
    let several = f.second_face.filter(|s| *s >= SECOND_FACE_FAIL);
    let mut rest = judge_face(f);
    if let Some(s) = several {
        // Two people in the picture: the one advice is to retake it alone. What was measured on
        // "the" face (size, focus, colour, light) is about one of several and may be the wrong
        // one's, so it only warns (issue 12 point 5: not "too far, blurry, black and white").
        issues.push(issue(IssueCode::MultipleFaces, Severity::Fail, s, SECOND_FACE_FAIL, None));
        rest.iter_mut().for_each(|i| i.severity = Severity::Warn);
    }
    issues.extend(rest);
    issues
}

/// Everything judged on the main face (all but no_face and multiple_faces).
fn judge_face(f: &FaceMeasures) -> Vec<Issue> {
    let mut issues = Vec::new();
    issues.extend(below(
        IssueCode::FaceTooSmall,
        f.width_frac,
        FACE_SMALL_FAIL,
        FACE_SMALL_WARN,
        None,
    ));
    let where_ = Region::of_point(f.center.0, f.center.1);
    issues.extend(above(IssueCode::FaceCutOff, f.out, FACE_OUT_FAIL, FACE_OUT_WARN, Some(where_)));
    issues.extend(above(
        IssueCode::FaceOffCenter,
        f.offset,
        OFF_CENTER_FAIL,
        OFF_CENTER_WARN,
        Some(where_),
    ));
    issues.extend(below(IssueCode::LowResolution, f.ied_px, IED_FAIL_PX, IED_WARN_PX, None));
    let Some(c) = &f.crop else {
        return issues;
    };
    let dark = below(IssueCode::TooDark, c.luma, FACE_DARK_FAIL, FACE_DARK_WARN, None);
    let dark_fail = dark.as_ref().is_some_and(|i| i.severity == Severity::Fail);
    issues.extend(dark);
    issues.extend(above(IssueCode::TooBright, c.luma, FACE_BRIGHT_FAIL, FACE_BRIGHT_WARN, None));
    issues.extend(above(IssueCode::Backlit, c.backlit, BACKLIT_FAIL, BACKLIT_WARN, None));
    if !dark_fail {
        issues.extend(below(IssueCode::Blurry, c.sharpness, FACE_BLUR_FAIL, FACE_BLUR_WARN, None));
        let side = if c.cheek_left < c.cheek_right { Region::Left } else { Region::Right };
        issues.extend(below(
            IssueCode::UnevenLight,
            c.uneven,
            UNEVEN_FAIL,
            UNEVEN_WARN,
            Some(side),
        ));
        issues.extend(below(IssueCode::Grayscale, c.chroma, FACE_GRAY_FAIL, FACE_GRAY_WARN, None));
    } else if c.chroma == 0.0 {
        issues.push(issue(IssueCode::Grayscale, Severity::Fail, 0.0, FACE_GRAY_FAIL, None));
    }
    issues
}

/// Light and focus on the face crop (`main` in working pixels).
fn crop_measures(
    work: &RgbImage,
    main: &FaceBox,
    single_channel: bool,
) -> Option<FaceCropMeasures> {
    let quad = [
        (main.x, main.y),
        (main.x + main.w, main.y),
        (main.x + main.w, main.y + main.h),
        (main.x, main.y + main.h),
    ];
    let crop = raster::warp_quad(work, quad, FACE_CROP, FACE_CROP)?;
    let exp = measures::exposure(&crop);
    let sharpness = measures::sharpness(&crop);
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
    let exclude = (main.x - main.w, main.y - main.h, main.x + 2.0 * main.w, work.height() as f32);
    let bg = mean_luma_outside(work, exclude).unwrap_or(exp.mean);
    Some(FaceCropMeasures {
        luma: exp.mean,
        sharpness,
        chroma,
        cheek_left: left,
        cheek_right: right,
        uneven,
        bg_luma: bg,
        backlit: bg / exp.mean.max(1.0),
    })
}

/// Measure everything the verdict needs, and the marks (face boxes in original pixels).
pub fn measure(single_channel: bool, work: &RgbImage, work_scale: f32) -> (SelfieMeasures, Marks) {
    let (ww, wh) = (work.width() as f32, work.height() as f32);
    let k = work_scale;
    let faces: Vec<FaceBox> = face::detect(&raster::to_luma(work));
    let marks = Marks {
        faces: faces
            .iter()
            .map(|f| FaceBox { x: f.x * k, y: f.y * k, w: f.w * k, h: f.h * k, ..*f })
            .collect(),
        ..Marks::default()
    };
    let Some(main) = faces.first().copied() else {
        let all = measures::exposure(&Crop::whole(work.clone()));
        return (SelfieMeasures { faces: 0, frame_luma: all.mean, face: None }, marks);
    };
    let second_face =
        faces.get(1).map(|s| (f64::from(s.area()) / f64::from(main.area()).max(1.0)).sqrt());
    let inside_w = (main.x + main.w).min(ww) - main.x.max(0.0);
    let inside_h = (main.y + main.h).min(wh) - main.y.max(0.0);
    let out =
        1.0 - f64::from(inside_w.max(0.0) * inside_h.max(0.0)) / f64::from(main.area()).max(1.0);
    let (cx, cy) = main.center();
    let (ox, oy) = (f64::from(cx / ww - 0.5), f64::from(cy / wh - 0.5));
    let face = FaceMeasures {
        score: main.score,
        second_face,
        width_frac: f64::from(main.w) / f64::from(ww.min(wh)),
        out,
        center: (f64::from(cx / ww), f64::from(cy / wh)),
        offset: ox.abs().max(oy.abs()),
        ied_px: IED_PER_BOX_WIDTH * f64::from(main.w * k),
        crop: crop_measures(work, &main, single_channel),
    };
    (SelfieMeasures { faces: faces.len(), frame_luma: 0.0, face: Some(face) }, marks)
}

/// Measure, then judge.
pub fn analyse(single_channel: bool, work: &RgbImage, work_scale: f32) -> Analysis {
    let (m, marks) = measure(single_channel, work, work_scale);
    Analysis { issues: judge(&m), measures: m.list(), marks }
}
