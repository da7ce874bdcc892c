//! End-to-end tests of the checker on pictures drawn here (a synthetic card on a textured
//! background, then blurred, darkened, cut, tilted…) and on small committed fixtures
//! (tests/fixtures, see its README for sources and licences).

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, Rgb, RgbImage};
use imageproc::drawing::{draw_filled_ellipse_mut, draw_filled_rect_mut};
use imageproc::geometric_transformations::{Interpolation, Projection, warp_into};
use imageproc::rect::Rect;

use super::*;

/// Deterministic pseudo-random numbers (xorshift), so the pictures are the same on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 32) as u32
    }
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n.max(1)
    }
}

/// A fictitious ID card, flat: light paper, a coloured header band, a portrait block and lines of
/// dark "text" strokes.
fn card(w: u32, h: u32) -> RgbImage {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut img = RgbImage::from_pixel(w, h, Rgb([226, 222, 208]));
    let u = |f: f32, s: u32| (f * s as f32) as i32;
    draw_filled_rect_mut(
        &mut img,
        Rect::at(0, 0).of_size(w, (h as f32 * 0.16) as u32),
        Rgb([40, 90, 170]),
    );
    draw_filled_rect_mut(
        &mut img,
        Rect::at(0, u(0.9, h)).of_size(w, (h as f32 * 0.04) as u32),
        Rgb([200, 60, 70]),
    );
    // Portrait: skin-coloured block with a darker "head".
    draw_filled_rect_mut(
        &mut img,
        Rect::at(u(0.05, w), u(0.24, h)).of_size(w / 4, (h as f32 * 0.6) as u32),
        Rgb([170, 190, 205]),
    );
    draw_filled_ellipse_mut(
        &mut img,
        (u(0.175, w), u(0.5, h)),
        u(0.07, w),
        u(0.14, h),
        Rgb([190, 140, 110]),
    );
    // Text lines: words of strokes.
    let mut y = u(0.26, h);
    while y < u(0.85, h) {
        let mut x = u(0.36, w);
        while x < u(0.94, w) {
            let word = 20 + rng.below((w / 12).max(1));
            let stroke_h = (h / 22).max(3);
            let mut cx = x;
            while cx < x + word as i32 {
                let sw = 2 + rng.below(3);
                draw_filled_rect_mut(
                    &mut img,
                    Rect::at(cx, y).of_size(sw, stroke_h),
                    Rgb([30, 30, 40]),
                );
                cx += sw as i32 + 2 + rng.below(4) as i32;
            }
            x += word as i32 + (w / 40) as i32;
        }
        y += (h / 9) as i32;
    }
    img
}

/// A textured background (wood-like stripes plus noise), `w × h`.
fn background(w: u32, h: u32, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    RgbImage::from_fn(w, h, |x, y| {
        let stripe = ((x as f32 * 0.05 + (y as f32 * 0.01).sin() * 6.0).sin() * 18.0) as i32;
        let n = rng.below(9) as i32 - 4;
        let base = [95 + stripe + n, 65 + stripe + n, 45 + stripe / 2 + n];
        Rgb(base.map(|v| v.clamp(0, 255) as u8))
    })
}

/// Place `card` on `bg` at `quad` (TL, TR, BR, BL; may reach outside the frame).
fn compose(mut bg: RgbImage, card: &RgbImage, quad: [(f32, f32); 4]) -> RgbImage {
    let (cw, ch) = (card.width() as f32, card.height() as f32);
    let proj = Projection::from_control_points([(0.0, 0.0), (cw, 0.0), (cw, ch), (0.0, ch)], quad)
        .unwrap();
    let mut warped = RgbImage::new(bg.width(), bg.height());
    warp_into(card, &proj, Interpolation::Bilinear, Rgb([0, 0, 0]), &mut warped);
    let mask_src = image::GrayImage::from_pixel(card.width(), card.height(), image::Luma([255]));
    let mut mask = image::GrayImage::new(bg.width(), bg.height());
    warp_into(&mask_src, &proj, Interpolation::Bilinear, image::Luma([0]), &mut mask);
    for ((b, c), m) in bg.pixels_mut().zip(warped.pixels()).zip(mask.pixels()) {
        let a = f32::from(m[0]) / 255.0;
        for i in 0..3 {
            b[i] = (f32::from(b[i]) * (1.0 - a) + f32::from(c[i]) * a).round() as u8;
        }
    }
    bg
}

/// Mild camera noise so flat areas are not exactly flat (as in any real photo).
fn add_noise(img: &mut RgbImage, amp: u32, seed: u64) {
    let mut rng = Rng(seed | 1);
    for p in img.pixels_mut() {
        let n = rng.below(2 * amp + 1) as i32 - amp as i32;
        for c in 0..3 {
            p[c] = (i32::from(p[c]) + n).clamp(0, 255) as u8;
        }
    }
}

const W: u32 = 1600;
const H: u32 = 1200;

/// A card of long side `long` px centred at (cx, cy), rotated by `roll` degrees.
fn card_quad(cx: f32, cy: f32, long: f32, roll_deg: f32) -> [(f32, f32); 4] {
    let (hw, hh) = (long / 2.0, long / 1.586 / 2.0);
    let (s, c) = roll_deg.to_radians().sin_cos();
    [(-hw, -hh), (hw, -hh), (hw, hh), (-hw, hh)]
        .map(|(x, y)| (cx + x * c - y * s, cy + x * s + y * c))
}

fn scene(quad: [(f32, f32); 4]) -> RgbImage {
    let mut img = compose(background(W, H, 7), &card(1712, 1080), quad);
    add_noise(&mut img, 2, 11);
    img
}

fn good_scene() -> RgbImage {
    scene(card_quad(800.0, 600.0, 1100.0, 3.0))
}

fn jpeg(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(img).unwrap();
    out
}

fn png(img: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
    out
}

fn id(bytes: &[u8]) -> Report {
    check(bytes, Kind::Id, &CheckOptions::default()).unwrap().report
}

fn fails(r: &Report, code: IssueCode) -> bool {
    r.issues.iter().any(|i| i.code == code && i.severity == Severity::Fail)
}

fn map_pixels(img: &RgbImage, f: impl Fn(u8) -> u8) -> RgbImage {
    let mut out = img.clone();
    out.pixels_mut().for_each(|p| p.0 = p.0.map(&f));
    out
}

#[test]
fn a_good_card_photo_passes_and_every_id_code_stays_quiet() {
    let (c, m) = check_detailed(&jpeg(&good_scene()), Kind::Id, &CheckOptions::default()).unwrap();
    eprintln!("{m:?}");
    let r = c.report;
    assert!(r.ok, "{:?}", r.issues);
    for code in [
        IssueCode::Blurry,
        IssueCode::Glare,
        IssueCode::TooDark,
        IssueCode::TooBright,
        IssueCode::CutOff,
        IssueCode::TooSmall,
        IssueCode::LowResolution,
        IssueCode::Tilted,
        IssueCode::Grayscale,
        IssueCode::NoDocument,
    ] {
        assert!(!r.has(code), "{code:?} on a good photo: {:?}", r.issues);
    }
    assert!(!fails(&r, IssueCode::ScreenPhoto));
    assert_ne!(r.phash, 0);
}

/// A Telegram "photo" arrives recompressed at 1280 px on the long side: a good card must still
/// pass (resolution is judged on the document's pixels, not the file's).
#[test]
fn telegram_sized_photo_of_a_good_card_passes() {
    let small =
        image::imageops::resize(&good_scene(), 1280, 960, image::imageops::FilterType::Triangle);
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 80)
        .encode_image(&small)
        .unwrap();
    let (c, m) = check_detailed(&bytes, Kind::Id, &CheckOptions::default()).unwrap();
    assert!(c.report.ok, "{:?} {m:?}", c.report.issues);
}

#[test]
fn sharpness_reads_rows_and_columns_alike() {
    // The row and column passes are written differently (columns a row of sums at a time): a
    // crop and its transpose, with invalid pixels in both, must measure the same.
    let base = imageproc::filter::gaussian_blur_f32(&card(160, 100), 1.2);
    let valid: Vec<bool> = (0..160 * 100).map(|i| i % 160 > 6 && i / 160 < 93).collect();
    let flipped = RgbImage::from_fn(100, 160, |x, y| *base.get_pixel(y, x));
    let flipped_valid: Vec<bool> =
        (0..100 * 160).map(|i| valid[(i % 100) * 160 + i / 100]).collect();
    let a = measures::sharpness(&raster::Crop::new(base, valid));
    let b = measures::sharpness(&raster::Crop::new(flipped, flipped_valid));
    assert!(a > 0.3 && (a - b).abs() < 1e-9, "{a} vs {b}");
}

#[test]
fn blurry_card() {
    let blurred = imageproc::filter::gaussian_blur_f32(&good_scene(), 11.0);
    let r = id(&jpeg(&blurred));
    assert!(r.has(IssueCode::Blurry), "{:?}", r.issues);
}

#[test]
fn glare_on_the_top_right_of_the_card() {
    let mut img = good_scene();
    // A soft-edged white spot over the card's upper right (its centre at 80 %, 30 % of the card).
    let (cx, cy) = (250.0 + 0.8 * 1100.0, 253.0 + 0.3 * 694.0);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let d = (((x as f32 - cx) / 130.0).powi(2) + ((y as f32 - cy) / 85.0).powi(2)).sqrt();
        let a = (1.6 - d).clamp(0.0, 1.0);
        for c in 0..3 {
            p[c] = (f32::from(p[c]) * (1.0 - a) + 255.0 * a) as u8;
        }
    }
    let r = id(&jpeg(&img));
    let g = r
        .issues
        .iter()
        .find(|i| i.code == IssueCode::Glare)
        .unwrap_or_else(|| panic!("{:?}", r.issues));
    assert_eq!(g.region, Some(Region::TopRight), "{g:?}");
}

#[test]
fn too_dark_and_too_bright_cards() {
    let dark = map_pixels(&good_scene(), |v| (f32::from(v) * 0.2) as u8);
    assert!(id(&jpeg(&dark)).has(IssueCode::TooDark));
    let bright = map_pixels(&good_scene(), |v| (f32::from(v) * 1.9).min(255.0) as u8);
    let r = id(&jpeg(&bright));
    assert!(r.has(IssueCode::TooBright), "{:?}", r.issues);
    assert!(!id(&jpeg(&good_scene())).has(IssueCode::TooBright));
}

#[test]
fn card_cut_off_at_the_right_edge() {
    let r = id(&jpeg(&scene(card_quad(1400.0, 600.0, 1000.0, 2.0))));
    let c = r
        .issues
        .iter()
        .find(|i| i.code == IssueCode::CutOff)
        .unwrap_or_else(|| panic!("{:?}", r.issues));
    assert_eq!(c.severity, Severity::Fail);
    assert!(
        matches!(c.region, Some(Region::Right | Region::TopRight | Region::BottomRight)),
        "{c:?}"
    );
}

#[test]
fn small_card_far_away() {
    let r = id(&jpeg(&scene(card_quad(800.0, 600.0, 380.0, 0.0))));
    assert!(fails(&r, IssueCode::TooSmall), "{:?}", r.issues);
}

#[test]
fn low_resolution_photo() {
    let small = image::imageops::thumbnail(&good_scene(), 480, 360);
    let r = id(&jpeg(&small));
    assert!(fails(&r, IssueCode::LowResolution), "{:?}", r.issues);
}

#[test]
fn strongly_tilted_card() {
    // The right edge much shorter than the left: the card turned ~45° away from the camera.
    let r = id(&jpeg(&scene([(250.0, 250.0), (1200.0, 420.0), (1200.0, 800.0), (250.0, 970.0)])));
    assert!(r.has(IssueCode::Tilted), "{:?}", r.issues);
}

#[test]
fn black_and_white_copy() {
    let gray = DynamicImage::ImageRgb8(good_scene()).to_luma8();
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90).encode_image(&gray).unwrap();
    assert!(fails(&id(&bytes), IssueCode::Grayscale));
    // Grey content stored as RGB is caught too.
    let rgb = DynamicImage::ImageLuma8(gray).to_rgb8();
    assert!(fails(&id(&jpeg(&rgb)), IssueCode::Grayscale));
}

#[test]
fn screenshot_at_a_phone_screen_size() {
    // A phone screenshot: flat UI bars and a photo of the card in the middle, saved as PNG.
    let mut shot = RgbImage::from_pixel(1080, 2340, Rgb([245, 245, 247]));
    draw_filled_rect_mut(&mut shot, Rect::at(0, 0).of_size(1080, 180), Rgb([30, 120, 220]));
    let photo = image::imageops::thumbnail(&good_scene(), 1080, 810);
    image::imageops::replace(&mut shot, &photo, 0, 800);
    let r = id(&png(&DynamicImage::ImageRgb8(shot)));
    assert!(fails(&r, IssueCode::ScreenPhoto), "{:?}", r.issues);
}

/// A card shown on a phone held up in front of a lit wall: a dark bezel around a light screen,
/// camera-sized JPEG, no screen size or shape to go by. Only the frame gives it away.
#[test]
fn card_shown_on_a_phone_screen() {
    let wall = |img: &RgbImage| map_pixels(img, |v| v.saturating_add(70));
    let mut bg = wall(&background(W, H, 5));
    draw_filled_rect_mut(&mut bg, Rect::at(420, 40).of_size(760, 1120), Rgb([26, 26, 28]));
    draw_filled_rect_mut(&mut bg, Rect::at(450, 110).of_size(700, 980), Rgb([238, 239, 243]));
    let mut shown = compose(bg, &card(1712, 1080), card_quad(800.0, 600.0, 620.0, 0.0));
    add_noise(&mut shown, 2, 13);
    let r = id(&jpeg(&shown));
    assert!(r.has(IssueCode::ScreenPhoto), "{:?}", r.issues);
    // The same card lying on the same wall: no frame, no screen.
    let mut lying =
        compose(wall(&background(W, H, 5)), &card(1712, 1080), card_quad(800.0, 600.0, 620.0, 0.0));
    add_noise(&mut lying, 2, 13);
    let r = id(&jpeg(&lying));
    assert!(!r.has(IssueCode::ScreenPhoto), "{:?}", r.issues);
}

#[test]
fn no_document_in_a_picture_of_a_table() {
    let mut bg = background(W, H, 3);
    add_noise(&mut bg, 2, 5);
    let r = id(&jpeg(&bg));
    assert!(fails(&r, IssueCode::NoDocument), "{:?}", r.issues);
}

#[test]
fn annotation_is_a_jpeg_and_not_written_anywhere() {
    let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
    let c = check(&jpeg(&scene(card_quad(1400.0, 600.0, 1000.0, 2.0))), Kind::Id, &opts).unwrap();
    let bytes = c.annotated_jpeg.expect("annotated picture");
    assert_eq!(image::guess_format(&bytes).unwrap(), ImageFormat::Jpeg);
    let img = image::load_from_memory(&bytes).unwrap();
    assert!(img.width().max(img.height()) <= 1600);
    assert!(
        check(&jpeg(&good_scene()), Kind::Id, &CheckOptions::default())
            .unwrap()
            .annotated_jpeg
            .is_none()
    );
}

#[test]
fn odd_inputs_give_a_result_or_a_clean_error() {
    let opts = CheckOptions::default();
    let cases: Vec<DynamicImage> = vec![
        DynamicImage::new_rgb8(1, 1),
        DynamicImage::new_rgb8(4000, 3),
        DynamicImage::new_luma8(3, 2000),
        DynamicImage::ImageRgba8(image::RgbaImage::from_pixel(
            300,
            200,
            image::Rgba([200, 10, 10, 0]),
        )),
        DynamicImage::ImageRgb16(image::ImageBuffer::from_pixel(
            320,
            240,
            Rgb([60000u16, 30000, 100]),
        )),
        DynamicImage::ImageLumaA16(image::ImageBuffer::from_pixel(
            50,
            70,
            image::LumaA([1000u16, 65535]),
        )),
    ];
    for img in cases {
        for kind in [Kind::Id, Kind::Selfie] {
            let res = check(&png(&img), kind, &opts);
            assert!(res.is_ok(), "{:?} {kind:?}: {res:?}", img.color());
        }
    }
    // WebP (lossless, as the image crate writes it).
    let mut webp = Vec::new();
    image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
        .encode(
            image::RgbImage::from_pixel(64, 48, Rgb([10, 20, 200])).as_raw(),
            64,
            48,
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    assert!(check(&webp, Kind::Id, &opts).is_ok());
    // An animated GIF: the first frame is checked.
    let mut gif = Vec::new();
    {
        let mut enc = image::codecs::gif::GifEncoder::new(&mut gif);
        let frame = image::Frame::new(image::RgbaImage::from_pixel(
            64,
            48,
            image::Rgba([10, 200, 30, 255]),
        ));
        enc.encode_frames(vec![frame.clone(), frame]).unwrap();
    }
    assert!(check(&gif, Kind::Id, &opts).is_ok());
}

/// `check --json` reports the document's corners (original pixels, TL TR BR BL) and a score;
/// `null` when there is none, and no face fields for a document.
#[test]
fn the_report_carries_the_located_document() {
    let truth = card_quad(800.0, 600.0, 1100.0, 3.0);
    let r = id(&jpeg(&good_scene()));
    let d = r.document.flatten().expect("a document");
    let quad = d.quad.map(|[x, y]| (x as f32, y as f32));
    // In original pixels, in the card's place. (The classical outline search takes the lower edge
    // of this drawn card's dark header band for its top side: IoU ≈ 0.84, not ≥ 0.9.)
    assert!(geometry::quad_iou(&quad, &truth) > 0.75, "{quad:?} vs {truth:?}");
    assert!(d.quad[0][0] < d.quad[1][0] && d.quad[1][1] < d.quad[2][1], "TL, TR, BR, BL");
    assert!((0.0..=1.0).contains(&d.score) && d.score > 0.3, "{}", d.score);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["document"]["quad"].as_array().map(Vec::len), Some(4));
    assert!(json["document"]["score"].is_number());
    assert!(json.get("face").is_none() && json.get("faces").is_none());
    // A cut card's outline reaches the frame side it runs off (the classical search closes it
    // with the border line; a corner may also lie outside the frame).
    let cut = id(&jpeg(&scene(card_quad(1400.0, 600.0, 1000.0, 2.0))));
    let cd = cut.document.flatten().expect("a cut document");
    assert!(cd.quad.iter().any(|p| p[0] >= 0.99 * f64::from(W)), "{:?}", cd.quad);
    // Nothing found: the field is there, and null.
    let mut table = background(W, H, 3);
    add_noise(&mut table, 2, 5);
    let none = id(&jpeg(&table));
    if none.has(IssueCode::NoDocument) {
        assert_eq!(none.document, Some(None));
        assert!(serde_json::to_value(&none).unwrap()["document"].is_null());
    }
}

/// A selfie's report carries the main face's box and score and the number of faces.
#[test]
fn the_report_carries_the_faces() {
    let p = portrait();
    let r = selfie(&p);
    assert_eq!(r.faces, Some(1));
    let f = r.face.flatten().expect("a face");
    let [x, y, w, h] = f.bbox;
    let (pw, ph) = (f64::from(p.width()), f64::from(p.height()));
    assert!(x > 0.0 && y > 0.0 && x + w < pw && y + h < ph && w > 0.15 * pw, "{:?}", f.bbox);
    assert!((0.0..=1.0).contains(&f.score) && f.score > 0.1);
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["faces"], 1);
    assert_eq!(json["face"]["box"].as_array().map(Vec::len), Some(4));
    assert!(json.get("document").is_none());
    // Two people: two faces, the main one first.
    let (pw, ph) = p.dimensions();
    let mut two = RgbImage::from_pixel(pw * 2, ph, Rgb([150, 150, 150]));
    image::imageops::replace(&mut two, &p, 0, 0);
    image::imageops::replace(&mut two, &p, i64::from(pw), 0);
    assert_eq!(selfie(&two).faces, Some(2));
    // Nobody: null and 0.
    let mut bg = background(900, 1200, 9);
    add_noise(&mut bg, 2, 4);
    let nobody = selfie(&bg);
    assert_eq!((nobody.face, nobody.faces), (Some(None), Some(0)));
    assert!(serde_json::to_value(&nobody).unwrap()["face"].is_null());
}

// --- selfies -----------------------------------------------------------------------------------

/// A real portrait (see tests/fixtures/README.md): one face, centred, well lit.
fn portrait() -> RgbImage {
    image::load_from_memory(include_bytes!("../../tests/fixtures/selfie_ok.jpg")).unwrap().to_rgb8()
}

fn selfie(img: &RgbImage) -> Report {
    check(&jpeg(img), Kind::Selfie, &CheckOptions::default()).unwrap().report
}

#[test]
fn good_selfie_passes() {
    let r = selfie(&portrait());
    assert!(r.ok, "{:?}", r.issues);
    for code in [
        IssueCode::NoFace,
        IssueCode::MultipleFaces,
        IssueCode::FaceTooSmall,
        IssueCode::FaceCutOff,
        IssueCode::FaceOffCenter,
        IssueCode::Blurry,
        IssueCode::TooDark,
        IssueCode::TooBright,
        IssueCode::Backlit,
        IssueCode::UnevenLight,
        IssueCode::Grayscale,
        IssueCode::LowResolution,
    ] {
        assert!(!r.has(code), "{code:?}: {:?}", r.issues);
    }
}

#[test]
fn no_face_in_a_background() {
    let mut bg = background(900, 1200, 9);
    add_noise(&mut bg, 2, 4);
    assert!(fails(&selfie(&bg), IssueCode::NoFace));
}

#[test]
fn two_people_are_multiple_faces_but_a_small_id_portrait_is_not() {
    let p = portrait();
    let (w, h) = p.dimensions();
    let mut two = RgbImage::from_pixel(w * 2, h, Rgb([150, 150, 150]));
    image::imageops::replace(&mut two, &p, 0, 0);
    image::imageops::replace(&mut two, &p, i64::from(w), 0);
    assert!(fails(&selfie(&two), IssueCode::MultipleFaces));
    // The same person holding an "ID" with a photo a quarter of the face size.
    let mut holding = p.clone();
    let small = image::imageops::thumbnail(&p, w / 5, h / 5);
    image::imageops::replace(
        &mut holding,
        &small,
        i64::from(w - w / 5 - 4),
        i64::from(h - h / 5 - 4),
    );
    assert!(!selfie(&holding).has(IssueCode::MultipleFaces));
}

#[test]
fn distant_face_is_too_small_and_off_centre() {
    let p = portrait();
    let (w, h) = p.dimensions();
    let mut far = RgbImage::from_pixel(w * 4, h * 4, Rgb([140, 135, 130]));
    add_noise(&mut far, 2, 8);
    image::imageops::replace(&mut far, &p, 0, 0);
    let r = selfie(&far);
    assert!(fails(&r, IssueCode::FaceTooSmall), "{:?}", r.issues);
    assert!(r.has(IssueCode::FaceOffCenter), "{:?}", r.issues);
}

/// A normal-sized face placed near the left edge of a wide frame: off centre, not too small; the
/// same portrait centred is not off centre (good_selfie_passes).
#[test]
fn face_near_the_side_is_off_centre() {
    let p = portrait();
    let (w, h) = p.dimensions();
    let mut wide = RgbImage::from_pixel(w * 3, h, Rgb([140, 135, 130]));
    add_noise(&mut wide, 2, 11);
    image::imageops::replace(&mut wide, &p, 0, 0);
    let r = selfie(&wide);
    assert!(r.has(IssueCode::FaceOffCenter), "{:?}", r.issues);
    assert!(!selfie(&p).has(IssueCode::FaceOffCenter));
}

/// Over-exposure and one-sided light each have a negative twin: the clean portrait reports
/// neither (good_selfie_passes); a mildly brightened one is still not too bright.
#[test]
fn mildly_brighter_face_is_not_too_bright() {
    let r = selfie(&map_pixels(&portrait(), |v| (f32::from(v) * 1.1).min(255.0) as u8));
    assert!(!r.has(IssueCode::TooBright) && !r.has(IssueCode::UnevenLight), "{:?}", r.issues);
}

#[test]
fn face_cut_by_the_top_edge() {
    let p = portrait();
    let (w, h) = p.dimensions();
    let r0 = selfie(&p);
    assert!(!r0.has(IssueCode::FaceCutOff));
    // Drop the top 40 % of the picture: the forehead and eyes leave the frame.
    let cut = image::imageops::crop_imm(&p, 0, h * 2 / 5, w, h - h * 2 / 5).to_image();
    let r = selfie(&cut);
    assert!(r.has(IssueCode::FaceCutOff) || r.has(IssueCode::NoFace), "{:?}", r.issues);
}

#[test]
fn blurry_dark_bright_grey_selfies() {
    let p = portrait();
    assert!(selfie(&imageproc::filter::gaussian_blur_f32(&p, 6.0)).has(IssueCode::Blurry));
    assert!(selfie(&map_pixels(&p, |v| (f32::from(v) * 0.25) as u8)).has(IssueCode::TooDark));
    assert!(
        selfie(&map_pixels(&p, |v| (f32::from(v) * 1.8).min(255.0) as u8))
            .has(IssueCode::TooBright)
    );
    let grey = DynamicImage::ImageLuma8(DynamicImage::ImageRgb8(p).to_luma8()).to_rgb8();
    assert!(fails(&selfie(&grey), IssueCode::Grayscale));
}

#[test]
fn backlit_and_unevenly_lit_faces() {
    let bl = image::load_from_memory(include_bytes!("../../tests/fixtures/selfie_backlit.jpg"))
        .unwrap()
        .to_rgb8();
    assert!(selfie(&bl).has(IssueCode::Backlit));
    // A lamp from the right: the left half of the picture at a third of its light.
    let mut uneven = portrait();
    let w = uneven.width();
    for (x, _, p) in uneven.enumerate_pixels_mut() {
        let g = 0.3 + 0.7 * (x as f32 / w as f32).powf(0.5).min(1.0);
        let g = if x < w / 2 { g * 0.6 } else { 1.0 };
        p.0 = p.0.map(|v| (f32::from(v) * g) as u8);
    }
    let r = selfie(&uneven);
    assert!(r.has(IssueCode::UnevenLight), "{:?}", r.issues);
}

#[test]
fn low_resolution_selfie() {
    let small = image::imageops::thumbnail(&portrait(), 120, 160);
    let r = selfie(&small);
    assert!(r.has(IssueCode::LowResolution) || r.has(IssueCode::NoFace), "{:?}", r.issues);
    assert!(!selfie(&portrait()).has(IssueCode::LowResolution));
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 64, ..Default::default() })]
    /// Arbitrary bytes — and arbitrary bytes behind a valid image signature — never panic.
    #[test]
    fn arbitrary_bytes_never_panic(mut bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2048), prefix in 0usize..5) {
        let heads: [&[u8]; 5] = [b"", b"\xFF\xD8\xFF\xE0", b"\x89PNG\r\n\x1a\n", b"RIFF\0\0\0\0WEBPVP8 ", b"GIF89a"];
        let mut data = heads[prefix].to_vec();
        data.append(&mut bytes);
        for kind in [Kind::Id, Kind::Selfie] {
            let _ = run(&data, kind, &CheckOptions { annotate: true, ..CheckOptions::default() });
        }
    }
}

/// The verdicts from measures alone: every threshold of `id_checks` and `selfie_checks`, on
/// both sides of its warn and fail limits, without a picture.
mod judged_from_measures {
    use super::super::geometry::Sides;
    use super::super::id_checks::{self, IdMeasures, OutlineMeasures};
    use super::super::measures::Exposure;
    use super::super::screen::ScreenCues;
    use super::super::selfie_checks::{self, FaceCropMeasures, FaceMeasures, SelfieMeasures};
    use super::*;

    fn good_outline() -> OutlineMeasures {
        OutlineMeasures {
            area_frac: 0.3,
            support: 0.9,
            score: 0.8,
            margin: 0.08,
            cut: Sides::default(),
            near: Sides::default(),
            long_px: 1500.0,
            tilt_deg: 5.0,
            roll_deg: 2.0,
        }
    }

    fn good_id() -> IdMeasures {
        IdMeasures {
            frame: (4000, 3000),
            outline: Some(good_outline()),
            exposure: Exposure {
                mean: 170.0,
                p10: 60.0,
                p50: 185.0,
                p90: 215.0,
                clipped: 0.0,
                count: 1000,
            },
            sharpness: 0.76,
            glare: 0.0,
            glare_blown: 0.0,
            glare_region: None,
            gray_exact: false,
            chroma: 40.0,
            screen: ScreenCues {
                screen_size: false,
                phone_shaped: false,
                png: false,
                camera_exif: true,
                flat_share: 0.0,
                periodicity: 0.05,
                dark_frame: false,
            },
            lossless: false,
        }
    }

    /// Code and severity of every issue.
    fn verdict(issues: &[Issue]) -> Vec<(IssueCode, Severity)> {
        issues.iter().map(|i| (i.code, i.severity)).collect()
    }

    fn id_with(f: impl Fn(&mut IdMeasures)) -> Vec<(IssueCode, Severity)> {
        let mut m = good_id();
        f(&mut m);
        verdict(&id_checks::judge(&m))
    }

    fn outline_with(f: impl Fn(&mut OutlineMeasures)) -> Vec<(IssueCode, Severity)> {
        id_with(|m| {
            let mut o = good_outline();
            f(&mut o);
            m.outline = Some(o);
        })
    }

    use IssueCode as C;
    use Severity::{Fail, Warn};

    #[test]
    fn a_good_document_has_no_issue() {
        assert!(id_checks::judge(&good_id()).is_empty());
    }

    #[test]
    fn document_geometry_thresholds() {
        let none = id_with(|m| m.outline = None);
        assert_eq!(none, [(C::NoDocument, Fail)]);
        // A tiny file is too small whatever was found.
        let tiny = id_with(|m| {
            m.outline = None;
            m.frame = (400, 300);
        });
        assert_eq!(tiny, [(C::NoDocument, Fail), (C::LowResolution, Fail)]);
        // Cut: a fail, at the side it leaves through; size and angle are not judged then.
        let cut = outline_with(|o| {
            o.cut = Sides { right: true, ..Sides::default() };
            o.margin = -0.1;
            o.tilt_deg = 40.0;
            o.long_px = 100.0;
        });
        assert_eq!(cut, [(C::CutOff, Fail)]);
        let mut m = good_id();
        m.outline = Some(OutlineMeasures {
            cut: Sides { right: true, ..Sides::default() },
            ..good_outline()
        });
        assert_eq!(id_checks::judge(&m)[0].region, Some(Region::Right));
        assert_eq!(outline_with(|o| o.margin = 0.005), [(C::CutOff, Warn)]);
        assert_eq!(outline_with(|o| o.margin = 0.011), []);
        assert_eq!(outline_with(|o| o.area_frac = 0.05), [(C::TooSmall, Fail)]);
        assert_eq!(outline_with(|o| o.area_frac = 0.15), [(C::TooSmall, Warn)]);
        assert_eq!(outline_with(|o| o.area_frac = 0.18), []);
        assert_eq!(outline_with(|o| o.long_px = 449.0), [(C::LowResolution, Fail)]);
        assert_eq!(outline_with(|o| o.long_px = 639.0), [(C::LowResolution, Warn)]);
        assert_eq!(outline_with(|o| o.long_px = 640.0), []);
        assert_eq!(outline_with(|o| o.tilt_deg = 28.0), [(C::Tilted, Fail)]);
        assert_eq!(outline_with(|o| o.tilt_deg = 20.0), [(C::Tilted, Warn)]);
        assert_eq!(outline_with(|o| o.roll_deg = 21.0), [(C::Tilted, Warn)]);
        assert_eq!(outline_with(|o| o.tilt_deg = 19.9), []);
    }

    #[test]
    fn document_photometry_thresholds() {
        assert_eq!(id_with(|m| m.sharpness = 0.65), [(C::Blurry, Fail)]);
        assert_eq!(id_with(|m| m.sharpness = 0.68), [(C::Blurry, Warn)]);
        assert_eq!(id_with(|m| m.sharpness = 0.69), []);
        // Only blown glare fails; near-white colourless cells alone (white print) warn.
        let blown = |v: f64| {
            id_with(|m| {
                m.glare = v;
                m.glare_blown = v;
            })
        };
        assert_eq!(blown(0.03), [(C::Glare, Fail)]);
        assert_eq!(blown(0.029), [(C::Glare, Warn)]);
        assert_eq!(id_with(|m| m.glare = 0.2), [(C::Glare, Warn)]);
        assert_eq!(id_with(|m| m.glare = 0.012), [(C::Glare, Warn)]);
        assert_eq!(id_with(|m| m.glare = 0.011), []);
        // Too dark: a fail hides blur (no contrast left to be sharp).
        let dark = id_with(|m| {
            m.exposure.p90 = 70.0;
            m.sharpness = 0.3;
        });
        assert_eq!(dark, [(C::TooDark, Fail)]);
        assert_eq!(id_with(|m| m.exposure.p90 = 100.0), [(C::TooDark, Warn)]);
        // Too bright: a fail hides blur and glare.
        let bright = id_with(|m| {
            m.exposure.p50 = 240.0;
            m.glare = 0.5;
            m.sharpness = 0.3;
        });
        assert_eq!(bright, [(C::TooBright, Fail)]);
        assert_eq!(id_with(|m| m.exposure.p50 = 225.0), [(C::TooBright, Warn)]);
        assert_eq!(id_with(|m| m.chroma = 2.9), [(C::Grayscale, Fail)]);
        assert_eq!(id_with(|m| m.chroma = 5.9), [(C::Grayscale, Warn)]);
        assert_eq!(id_with(|m| m.chroma = 6.0), []);
        // In dim light colour is not judged, unless the file is exactly grey.
        assert_eq!(
            id_with(|m| {
                m.exposure.p90 = 70.0;
                m.chroma = 1.0;
            }),
            [(C::TooDark, Fail)]
        );
        assert_eq!(
            id_with(|m| {
                m.exposure.p90 = 70.0;
                m.chroma = 0.0;
                m.gray_exact = true;
            }),
            [(C::TooDark, Fail), (C::Grayscale, Fail)]
        );
    }

    /// Issue 12 point 6: an uncertain outline never fails the photo on what is measured on it;
    /// one warning asks for a plainer, darker surface instead.
    #[test]
    fn an_uncertain_outline_only_warns() {
        let low = id_checks::LOW_CONFIDENCE - 0.01;
        let cut = outline_with(|o| {
            o.score = low;
            o.cut = Sides { left: true, ..Sides::default() };
            o.margin = -0.05;
            o.area_frac = 0.05;
        });
        assert_eq!(cut, [(C::DocumentUncertain, Warn), (C::CutOff, Warn), (C::TooSmall, Warn)]);
        let tilted = outline_with(|o| {
            o.score = low;
            o.tilt_deg = 40.0;
            o.long_px = 300.0;
        });
        assert_eq!(
            tilted,
            [(C::DocumentUncertain, Warn), (C::LowResolution, Warn), (C::Tilted, Warn)]
        );
        // Nothing wrong but the doubt: a warning, the photo passes.
        let m = IdMeasures {
            outline: Some(OutlineMeasures { score: low, ..good_outline() }),
            ..good_id()
        };
        let r = Report::new(Kind::Id, 4000, 3000, id_checks::judge(&m), 0);
        assert!(r.ok);
        assert_eq!(verdict(&r.issues), [(C::DocumentUncertain, Warn)]);
        // A tiny file still fails on resolution, whatever the outline.
        let tiny = id_with(|m| {
            m.outline = Some(OutlineMeasures { score: low, ..good_outline() });
            m.frame = (400, 300);
        });
        assert!(tiny.contains(&(C::LowResolution, Fail)), "{tiny:?}");
        // Blur and glare are measured on the crop the outline cuts out: they only warn too.
        // Exposure fails stand (a dark or washed-out photo is so on any region of it).
        let uncertain = |f: &dyn Fn(&mut IdMeasures)| {
            id_with(|m| {
                m.outline = Some(OutlineMeasures { score: low, ..good_outline() });
                f(m);
            })
        };
        assert_eq!(
            uncertain(&|m| {
                m.sharpness = 0.5;
                m.glare = 0.2;
                m.glare_blown = 0.2;
            }),
            [(C::DocumentUncertain, Warn), (C::Blurry, Warn), (C::Glare, Warn)]
        );
        assert!(uncertain(&|m| m.exposure.p90 = 70.0).contains(&(C::TooDark, Fail)));
        // At the limit the outline is trusted.
        assert_eq!(
            outline_with(|o| {
                o.score = id_checks::LOW_CONFIDENCE;
                o.area_frac = 0.05;
            }),
            [(C::TooSmall, Fail)]
        );
    }

    #[test]
    fn screen_cues_add_up() {
        assert_eq!(id_with(|m| m.screen.periodicity = 0.3), [(C::ScreenPhoto, Warn)]);
        assert_eq!(id_with(|m| m.screen.dark_frame = true), [(C::ScreenPhoto, Warn)]);
        // PNG without camera EXIF and a screen's shape: two cues.
        let shot = id_with(|m| {
            m.screen.png = true;
            m.screen.camera_exif = false;
            m.screen.phone_shaped = true;
        });
        assert_eq!(shot, [(C::ScreenPhoto, Fail)]);
        // Flat blocks count only in lossless files or at a screen's exact size.
        assert_eq!(id_with(|m| m.screen.flat_share = 0.5), []);
        let flat_png = id_with(|m| {
            m.screen.flat_share = 0.5;
            m.lossless = true;
        });
        assert_eq!(flat_png, [(C::ScreenPhoto, Warn)]);
    }

    fn good_face() -> FaceMeasures {
        FaceMeasures {
            score: 20.0,
            second_face: None,
            width_frac: 0.35,
            out: 0.0,
            center: (0.5, 0.45),
            offset: 0.05,
            ied_px: 200.0,
            crop: Some(FaceCropMeasures {
                luma: 145.0,
                sharpness: 0.68,
                chroma: 12.0,
                cheek_left: 150.0,
                cheek_right: 140.0,
                uneven: 140.0 / 150.0,
                bg_luma: 120.0,
                backlit: 120.0 / 145.0,
            }),
        }
    }

    fn selfie_with(f: impl Fn(&mut FaceMeasures)) -> Vec<(IssueCode, Severity)> {
        let mut face = good_face();
        f(&mut face);
        verdict(&selfie_checks::judge(&SelfieMeasures {
            faces: 1,
            frame_luma: 0.0,
            face: Some(face),
        }))
    }

    fn crop_with(f: impl Fn(&mut FaceCropMeasures)) -> Vec<(IssueCode, Severity)> {
        selfie_with(|face| {
            let mut c = good_face().crop.unwrap();
            f(&mut c);
            face.crop = Some(c);
        })
    }

    #[test]
    fn selfie_thresholds() {
        assert_eq!(selfie_with(|_| {}), []);
        let nobody = SelfieMeasures { faces: 0, frame_luma: 50.0, face: None };
        assert_eq!(
            verdict(&selfie_checks::judge(&nobody)),
            [(C::NoFace, Fail), (C::TooDark, Fail)]
        );
        assert_eq!(selfie_with(|f| f.second_face = Some(0.8)), [(C::MultipleFaces, Fail)]);
        assert_eq!(selfie_with(|f| f.second_face = Some(0.3)), []);
        // Two people: the retake-alone advice fails the photo, what was measured on one of the
        // faces only warns.
        let two = selfie_with(|f| {
            f.second_face = Some(0.9);
            f.width_frac = 0.1;
            if let Some(c) = f.crop.as_mut() {
                c.sharpness = 0.3;
                c.chroma = 1.0;
            }
        });
        assert_eq!(
            two,
            [
                (C::MultipleFaces, Fail),
                (C::FaceTooSmall, Warn),
                (C::Blurry, Warn),
                (C::Grayscale, Warn)
            ]
        );
        assert_eq!(selfie_with(|f| f.width_frac = 0.14), [(C::FaceTooSmall, Fail)]);
        assert_eq!(selfie_with(|f| f.width_frac = 0.21), [(C::FaceTooSmall, Warn)]);
        assert_eq!(selfie_with(|f| f.out = 0.10), [(C::FaceCutOff, Fail)]);
        assert_eq!(selfie_with(|f| f.out = 0.03), [(C::FaceCutOff, Warn)]);
        assert_eq!(selfie_with(|f| f.offset = 0.35), [(C::FaceOffCenter, Fail)]);
        assert_eq!(selfie_with(|f| f.offset = 0.25), [(C::FaceOffCenter, Warn)]);
        assert_eq!(selfie_with(|f| f.ied_px = 39.0), [(C::LowResolution, Fail)]);
        assert_eq!(selfie_with(|f| f.ied_px = 59.0), [(C::LowResolution, Warn)]);
        // A dark face: blur and light evenness are not judged.
        let dark = crop_with(|c| {
            c.luma = 60.0;
            c.sharpness = 0.3;
            c.uneven = 0.3;
        });
        assert_eq!(dark, [(C::TooDark, Fail)]);
        assert_eq!(crop_with(|c| c.luma = 80.0), [(C::TooDark, Warn)]);
        assert_eq!(crop_with(|c| c.luma = 225.0), [(C::TooBright, Fail)]);
        assert_eq!(crop_with(|c| c.luma = 205.0), [(C::TooBright, Warn)]);
        assert_eq!(crop_with(|c| c.backlit = 2.2), [(C::Backlit, Fail)]);
        assert_eq!(crop_with(|c| c.backlit = 1.7), [(C::Backlit, Warn)]);
        assert_eq!(crop_with(|c| c.sharpness = 0.57), [(C::Blurry, Fail)]);
        assert_eq!(crop_with(|c| c.sharpness = 0.59), [(C::Blurry, Warn)]);
        assert_eq!(crop_with(|c| c.uneven = 0.49), [(C::UnevenLight, Fail)]);
        assert_eq!(crop_with(|c| c.uneven = 0.64), [(C::UnevenLight, Warn)]);
        assert_eq!(crop_with(|c| c.chroma = 3.4), [(C::Grayscale, Fail)]);
        assert_eq!(crop_with(|c| c.chroma = 4.9), [(C::Grayscale, Warn)]);
        // The darker cheek names the side.
        let mut face = good_face();
        face.crop = Some(FaceCropMeasures { uneven: 0.4, ..good_face().crop.unwrap() });
        let m = SelfieMeasures { faces: 1, frame_luma: 0.0, face: Some(face) };
        assert_eq!(selfie_checks::judge(&m)[0].region, Some(Region::Right));
    }
}
