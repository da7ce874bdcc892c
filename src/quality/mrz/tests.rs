//! Zones drawn from the template table itself (bilinear upsampling of the 14 × 20 cells), turned
//! and placed on paper: geometry, formats, check digits and the bad inputs. The generated corpus
//! (`examples/mrz-eval.rs`) measures accuracy on fonts rendered independently.

use super::*;
use image::{GrayImage, Luma};

/// ICAO 9303 part 4 and 5 specimens (also used by `icao`'s tests).
pub(super) const TD3: [&str; 2] = [
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
];
pub(super) const TD1: [&str; 3] = [
    "I<UTOD231458907<<<<<<<<<<<<<<<",
    "7408122F1204159UTO<<<<<<<<<<<6",
    "ERIKSSON<<ANNA<MARIA<<<<<<<<<<",
];
pub(super) const TD2: [&str; 2] =
    ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"];

fn tpl(c: u8, x: f32, y: f32) -> f32 {
    let Some(i) = CHARS.iter().position(|&k| k == c) else { return 0.0 };
    let t = &TEMPLATES[i];
    let (x, y) = (x.clamp(0.0, (TW - 1) as f32), y.clamp(0.0, (TH - 1) as f32));
    let (xi, yi) = (x as usize, y as usize);
    let (fx, fy) = (x - xi as f32, y - yi as f32);
    let at = |xx: usize, yy: usize| f32::from(t[yy.min(TH - 1) * TW + xx.min(TW - 1)]);
    let a = at(xi, yi) * (1.0 - fx) + at(xi + 1, yi) * fx;
    let b = at(xi, yi + 1) * (1.0 - fx) + at(xi + 1, yi + 1) * fx;
    (a * (1.0 - fy) + b * fy) / 255.0
}

/// A zone with cap height `cap` on a `w` × `h` page, turned by `deg`, its top-left at `origin`.
fn render(lines: &[&str], w: u32, h: u32, cap: f32, deg: f32, origin: (f32, f32)) -> GrayImage {
    let pitch = cap * 1.1;
    let gap = cap * 1.7;
    let (s, c) = deg.to_radians().sin_cos();
    let cw = cap * PITCH_PER_CAP;
    let ch = cap * CELL_H_CAPS;
    GrayImage::from_fn(w, h, |x, y| {
        // picture → zone frame
        let (dx, dy) = (x as f32 - origin.0, y as f32 - origin.1);
        let (u, v) = (dx * c + dy * s, -dx * s + dy * c);
        let li = ((v + ch / 2.0) / gap).floor();
        let mut ink = 0.0;
        if li >= 0.0 && (li as usize) < lines.len() {
            let line = lines[li as usize].as_bytes();
            let vv = v - li * gap + ch / 2.0;
            let col = ((u + (pitch - cw) / 2.0) / pitch).floor();
            if col >= 0.0 && (col as usize) < line.len() {
                let uu = u - col * pitch + (pitch - cw) / 2.0 - (pitch - cw) / 2.0;
                if (0.0..cw).contains(&uu) && (0.0..ch).contains(&vv) {
                    ink = tpl(
                        line[col as usize],
                        uu / cw * TW as f32 - 0.5,
                        vv / ch * TH as f32 - 0.5,
                    );
                }
            }
        }
        Luma([(225.0 - 190.0 * ink) as u8])
    })
}

fn zone_page(lines: &[&str], cap: f32, deg: f32) -> GrayImage {
    let n = lines[0].len() as f32;
    let w = (n * cap * 1.1 + 8.0 * cap) as u32;
    let h = (lines.len() as f32 * cap * 1.7 + 10.0 * cap) as u32;
    render(lines, w, h, cap, deg, (4.0 * cap, 5.0 * cap))
}

fn owned(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|s| s.to_string()).collect()
}

#[test]
fn td3_reads_with_its_fields() {
    let img = zone_page(&TD3, 16.0, 2.0);
    let r = read(&img, 2.0, 2026).expect("a zone");
    assert_eq!(r.format, Format::TD3);
    assert!(r.valid, "{:?} {:?}", r, r.lines);
    assert_eq!(r.lines, owned(&TD3));
    assert_eq!(r.fields.surname, "ERIKSSON");
    assert_eq!(r.fields.expiry_date.as_deref(), Some("2012-04-15"));
    assert!(r.checks.composite && r.checks.optional_data == Some(true));
    // The height is reported in the picture's own pixels.
    assert!((r.char_height_px - 32.0).abs() < 4.0, "{}", r.char_height_px);
    assert!(judge(&r, 2.0).is_none());
}

#[test]
fn td1_and_td2_read() {
    let r = read(&zone_page(&TD1, 14.0, -3.0), 1.0, 2026).expect("a TD1 zone");
    assert_eq!((r.format, r.valid), (Format::TD1, true), "{:?}", r.lines);
    assert_eq!(r.lines, owned(&TD1));
    let r = read(&zone_page(&TD2, 14.0, 1.0), 1.0, 2026).expect("a TD2 zone");
    assert_eq!((r.format, r.valid), (Format::TD2, true), "{:?}", r.lines);
    assert_eq!(r.lines, owned(&TD2));
}

#[test]
fn upside_down_and_sideways_zones_read() {
    let img = zone_page(&TD3, 15.0, 1.0);
    let r = read(&image::imageops::rotate180(&img), 1.0, 2026).expect("a zone");
    assert!(r.valid && r.lines == owned(&TD3), "{:?}", r.lines);
    let r = read(&image::imageops::rotate90(&img), 1.0, 2026).expect("a zone");
    assert!(r.valid && r.lines == owned(&TD3), "{:?}", r.lines);
}

#[test]
fn a_wrong_check_digit_is_unreadable_not_valid() {
    // Birth date check digit 2 printed as 7 (and no close runner-up can fix a crisp 7).
    let mut l2 = TD3[1].to_owned();
    l2.replace_range(19..20, "7");
    let lines = [TD3[0], l2.as_str()];
    let r = read(&zone_page(&lines, 16.0, 0.5), 1.0, 2026).expect("a zone");
    assert!(!r.valid);
    assert!(!r.checks.birth_date && r.checks.document_number);
    let i = judge(&r, 1.0).expect("a finding");
    assert_eq!(i.code, crate::quality::IssueCode::MrzUnreadable);
    assert!(i.value < 1.0 && i.limit == 1.0);
}

#[test]
fn a_zone_cut_off_at_the_right_never_reads_valid_and_says_where() {
    let img = zone_page(&TD3, 16.0, 0.0);
    let (w, h) = img.dimensions();
    let cut = image::imageops::crop_imm(&img, 0, 0, w * 3 / 4, h).to_image();
    match read(&cut, 1.0, 2026) {
        None => {}
        Some(r) => {
            assert!(!r.valid);
            assert_eq!(r.cut, Some(Region::Right), "{r:?}");
            assert_eq!(judge(&r, 1.0).and_then(|i| i.region), Some(Region::Right));
        }
    }
}

#[test]
fn no_zone_on_blank_paper_or_a_barcode() {
    let blank = GrayImage::from_pixel(900, 500, Luma([220]));
    assert!(read(&blank, 1.0, 2026).is_none());
    let mut rng = 7u32;
    let mut bars = vec![false; 900];
    let mut x = 50;
    while x < 850 {
        rng = rng.wrapping_mul(1_103_515_245).wrapping_add(12345);
        let wbar = 2 + (rng >> 16) as usize % 6;
        for b in bars.iter_mut().skip(x).take(wbar) {
            *b = true;
        }
        x += wbar + 2 + (rng >> 20) as usize % 6;
    }
    let barcode = GrayImage::from_fn(900, 300, |x, y| {
        Luma([if (80..220).contains(&y) && bars[x as usize] { 20 } else { 225 }])
    });
    assert!(read(&barcode, 1.0, 2026).is_none_or(|r| !r.valid));
}

#[test]
fn lookalikes_never_read_valid() {
    let fill = ["<".repeat(44), "<".repeat(44)];
    let fill: Vec<&str> = fill.iter().map(String::as_str).collect();
    assert!(read(&zone_page(&fill, 16.0, 0.0), 1.0, 2026).is_none_or(|r| !r.valid));
    // The card designs' placeholder zone.
    let ph = [
        "MRZ<LINE<1<<<<<<<<<<<<<<<<<<<",
        "MRZ<LINE<2<<<<<<<<<<<<<<<<<<<",
        "MRZ<LINE<3<<<<<<<<<<<<<<<<<<<",
    ];
    assert!(read(&zone_page(&ph, 16.0, 0.0), 1.0, 2026).is_none_or(|r| !r.valid));
    // Random characters in OCR-B: check digits do not agree.
    let mut seed = 99u32;
    let mut random_line = || -> String {
        (0..44)
            .map(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                CHARS[(seed >> 16) as usize % CHARS.len()] as char
            })
            .collect()
    };
    for _ in 0..5 {
        let l = [random_line(), random_line()];
        let l: Vec<&str> = l.iter().map(String::as_str).collect();
        assert!(read(&zone_page(&l, 16.0, 0.0), 1.0, 2026).is_none_or(|r| !r.valid));
    }
}

#[test]
fn tiny_characters_are_reported_by_their_height() {
    let r = MrzRead {
        format: Format::TD3,
        valid: false,
        char_height_px: 14.0,
        checks: Checks {
            document_number: false,
            birth_date: false,
            expiry_date: false,
            composite: false,
            optional_data: Some(false),
        },
        lines: vec![],
        fields: icao::fields(Format::TD3, &[], 2026),
        check_share: 0.0,
        char_height_read: 7.0,
        cut: None,
        zone: None,
    };
    let i = judge(&r, 2.0).expect("a finding");
    assert_eq!((i.value, i.limit), (14.0, READABLE_CHAR_H * 2.0));
    // Debug output leaves the person's data out.
    let dbg = format!("{r:?}");
    assert!(!dbg.contains("lines") && !dbg.contains("fields"), "{dbg}");
}

#[test]
fn the_whole_check_reports_the_zone_and_the_cli_prints_it() {
    let page = zone_page(&TD3, 18.0, 1.5);
    let rgb = image::DynamicImage::ImageLuma8(page).to_rgb8();
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&rgb).unwrap();
    let checked =
        crate::quality::check(&jpeg, crate::quality::Kind::Id, &Default::default()).unwrap();
    let m = checked.report.mrz.as_ref().expect("zone");
    assert!(m.valid, "{:?}", m.lines);
    assert!(!checked.report.has(crate::quality::IssueCode::MrzUnreadable));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zone.jpg");
    std::fs::write(&path, &jpeg).unwrap();
    let mut out = Vec::new();
    crate::cli::run_check(&[path], crate::quality::Kind::Id, true, None, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["mrz"]["format"], "TD3");
    assert_eq!(v["mrz"]["valid"], true);
    assert_eq!(v["mrz"]["checks"]["composite"], true);
    assert_eq!(v["mrz"]["lines"][1], TD3[1]);
    assert_eq!(v["mrz"]["fields"]["document_number"], "L898902C3");
    // No zone: null.
    let blank = image::RgbImage::from_pixel(800, 500, image::Rgb([200, 190, 180]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&blank).unwrap();
    let path = dir.path().join("blank.jpg");
    std::fs::write(&path, &jpeg).unwrap();
    let mut out = Vec::new();
    crate::cli::run_check(&[path], crate::quality::Kind::Id, true, None, &mut out).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(v.get("mrz").is_some_and(|m| m.is_null()), "{v}");
}

#[test]
fn a_zone_photographed_at_an_angle_reads() {
    // Foreshortened along the lines (the card turned away from the camera): the glyphs are
    // narrower than the font's proportions, which the grid anchored on the characters measures.
    let img = zone_page(&TD3, 18.0, 1.5);
    let (w, h) = img.dimensions();
    let squeezed = image::imageops::resize(
        &img,
        (w as f32 * 0.82) as u32,
        h,
        image::imageops::FilterType::Triangle,
    );
    let r = read(&squeezed, 1.0, 2026).expect("a zone");
    assert!(r.valid && r.lines == owned(&TD3), "{:?}", r.lines);
}

#[test]
fn letters_after_the_name_filler_are_a_misread() {
    let lines = |l0: &str| vec![l0.as_bytes().to_vec(), TD3[1].as_bytes().to_vec()];
    assert!(icao::name_filler_ok(Format::TD3, &lines(TD3[0])));
    let bad = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<S<<<<<<<<<<<<";
    assert_eq!(bad.len(), 44);
    assert!(!icao::name_filler_ok(Format::TD3, &lines(bad)));
    // The name, state and nationality are covered by no check digit; the document number is.
    assert!(icao::unchecked(Format::TD3, (0, 7)) && icao::unchecked(Format::TD3, (1, 10)));
    assert!(!icao::unchecked(Format::TD3, (1, 3)));
}

#[test]
fn learned_cell_weights_parse_when_present_and_bad_bytes_never_panic() {
    use super::learned::{Mlp, available};
    assert!(Mlp::parse(b"").is_none());
    assert!(Mlp::parse(b"MRZCELL1\x18\x01\x00\x00\x40\x00\x00\x00\x25\x00\x00\x00").is_none());
    assert!(Mlp::parse(&[0xff; 64]).is_none());
    // The committed weights must parse, or every read silently falls back to the templates.
    assert!(available(), "assets/mrz_cells.bin does not parse");
}
