//! A corpus of bad files through the checker, and unusual updates through the bot: each gets a
//! clear error or a result — never a panic — and the bot keeps answering.

mod support;

use std::{io::Cursor, time::Duration};

use image::{DynamicImage, ImageBuffer, ImageFormat, Luma, Rgb, Rgba, RgbImage};
use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
    quality::{CheckOptions, InputErrorCode, Kind, check},
};
use serde_json::json;
use support::{RunningBot, card_jpeg, config, fake_bot_api::{self as fake, FakeBotApi}};

fn encode(img: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

/// A PNG header claiming `w × h` pixels followed by a tiny (invalid) body: a decompression bomb.
fn png_claiming(w: u32, h: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(b"IHDR");
    png.extend_from_slice(&ihdr);
    let crc = crc32(&[b"IHDR".as_slice(), &ihdr].concat());
    png.extend_from_slice(&crc.to_be_bytes());
    png.extend_from_slice(&[0, 0, 0, 10]);
    png.extend_from_slice(b"IDAT\x78\x9c\x63\x00\x00\x00\x01\x00\x01\x00\x00\x00\x00");
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn corpus() -> Vec<(&'static str, Vec<u8>)> {
    let jpeg = card_jpeg(800, 600);
    let png = encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(300, 200, Rgb([200, 180, 150]))), ImageFormat::Png);
    let mut corrupt_png = png.clone();
    for b in corrupt_png.iter_mut().skip(40).take(60) {
        *b ^= 0x5A;
    }
    let gray16: ImageBuffer<Luma<u16>, Vec<u16>> = ImageBuffer::from_fn(64, 64, |x, y| Luma([(x * y * 16) as u16]));
    let rgba: ImageBuffer<Rgba<u8>, Vec<u8>> = ImageBuffer::from_fn(120, 80, |x, _| Rgba([200, 100, 50, (x * 2) as u8]));
    let frames_gif = {
        use image::{Delay, Frame, codecs::gif::GifEncoder};
        let mut out = Vec::new();
        {
            let mut enc = GifEncoder::new(&mut out);
            for i in 0..3u8 {
                let f = image::RgbaImage::from_pixel(40, 30, Rgba([i * 80, 20, 200, 255]));
                enc.encode_frame(Frame::from_parts(f, 0, 0, Delay::from_numer_denom_ms(100, 1))).expect("gif");
            }
        }
        out
    };
    let mut random = Vec::with_capacity(4096);
    let mut x = 0x1234_5678u32;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        random.push(x as u8);
    }
    let mut huge = vec![0xFFu8, 0xD8, 0xFF, 0xE0];
    huge.resize(25 * 1024 * 1024, 0x41);
    vec![
        ("zero bytes", Vec::new()),
        ("one byte", vec![0xFF]),
        ("truncated JPEG", jpeg[..jpeg.len() / 3].to_vec()),
        ("JPEG header only", jpeg[..20].to_vec()),
        ("corrupt PNG", corrupt_png),
        ("truncated PNG", png[..png.len() / 2].to_vec()),
        ("PDF", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF".to_vec()),
        ("HEIC", [b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".as_slice(), &[0u8; 64]].concat()),
        ("AVIF", [b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf".as_slice(), &[0u8; 64]].concat()),
        ("SVG", b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".to_vec()),
        ("text renamed .jpg", b"Hello, this is just text pretending to be a photo.".to_vec()),
        ("HTML", b"<!doctype html><html><body>hi</body></html>".to_vec()),
        ("ZIP", b"PK\x03\x04\x14\0\0\0\x08\0".to_vec()),
        ("random bytes", random),
        ("animated GIF", frames_gif),
        ("decompression bomb PNG 100000x100000", png_claiming(100_000, 100_000)),
        ("PNG claiming 1x200000", png_claiming(1, 200_000)),
        ("PNG claiming 0x0", png_claiming(0, 0)),
        ("25 MB file", huge),
        ("16-bit PNG", encode(DynamicImage::ImageLuma16(gray16), ImageFormat::Png)),
        ("PNG with alpha", encode(DynamicImage::ImageRgba8(rgba), ImageFormat::Png)),
        ("1x1 PNG", encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(1, 1, Rgb([1, 2, 3]))), ImageFormat::Png)),
        ("1x1 JPEG", encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(1, 1, Rgb([1, 2, 3]))), ImageFormat::Jpeg)),
        ("1x4000 strip", encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(1, 4000, Rgb([90, 90, 90]))), ImageFormat::Png)),
        ("4000x1 strip", encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(4000, 1, Rgb([90, 90, 90]))), ImageFormat::Png)),
        ("3x3000 JPEG", encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(3, 3000, Rgb([200, 10, 10]))), ImageFormat::Jpeg)),
        ("grey 1-channel JPEG", encode(DynamicImage::ImageLuma8(ImageBuffer::from_pixel(200, 150, Luma([128]))), ImageFormat::Jpeg)),
        ("BMP", [b"BM\x3a\0\0\0\0\0\0\0\x36\0\0\0\x28\0\0\0".as_slice(), &[1u8; 40]].concat()),
        ("TIFF magic", b"II*\0\x08\0\0\0\0\0".to_vec()),
        ("JPEG with a garbage tail", [jpeg.as_slice(), &[0xAB; 5000]].concat()),
        ("JPEG with its middle zeroed", {
            let mut j = jpeg.clone();
            let n = j.len();
            for b in &mut j[n / 3..n / 2] {
                *b = 0;
            }
            j
        }),
        ("all black PNG", encode(DynamicImage::ImageRgb8(RgbImage::new(640, 480)), ImageFormat::Png)),
        ("all white JPEG", encode(DynamicImage::ImageRgb8(RgbImage::from_pixel(640, 480, Rgb([255, 255, 255]))), ImageFormat::Jpeg)),
    ]
}

#[test]
fn every_bad_file_gets_an_error_or_a_result_never_a_panic() {
    let corpus = corpus();
    assert!(corpus.len() >= 30);
    let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
    for (name, bytes) in &corpus {
        for kind in [Kind::Id, Kind::Selfie] {
            let result = std::panic::catch_unwind(|| check(bytes, kind, &opts));
            let Ok(result) = result else { panic!("{name}: panicked") };
            match result {
                Ok(checked) => assert!(checked.report.width > 0 && checked.report.height > 0, "{name}"),
                Err(e) => assert!(!e.message.is_empty(), "{name}: an error says what is wrong"),
            }
        }
    }
    let code = |name: &str| {
        let bytes = &corpus.iter().find(|(n, _)| *n == name).expect(name).1;
        check(bytes, Kind::Id, &CheckOptions::default()).err().map(|e| e.code)
    };
    assert_eq!(code("zero bytes"), Some(InputErrorCode::Corrupt));
    assert_eq!(code("PDF"), Some(InputErrorCode::UnsupportedFormat));
    assert_eq!(code("HEIC"), Some(InputErrorCode::UnsupportedFormat));
    assert_eq!(code("SVG"), Some(InputErrorCode::UnsupportedFormat));
    assert_eq!(code("decompression bomb PNG 100000x100000"), Some(InputErrorCode::TooManyPixels));
    assert_eq!(code("25 MB file"), Some(InputErrorCode::TooLarge));
    assert!(code("text renamed .jpg").is_some());
    assert!(code("truncated JPEG").is_some() || code("truncated JPEG").is_none(), "either is fine, without a panic");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unusual_updates_are_answered_or_ignored_and_the_bot_keeps_working() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 7070;
    let base = |extra: serde_json::Value| {
        let mut m = json!({"message_id": 50, "date": 1_700_000_000, "chat": fake::private_chat(chat), "from": fake::user(chat, "en")});
        if let (Some(m), Some(extra)) = (m.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                m.insert(k.clone(), v.clone());
            }
        }
        m
    };
    let updates = vec![
        json!({"message": base(json!({"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3, "mime_type": "audio/ogg", "file_size": 1000}}))}),
        json!({"message": base(json!({"video": {"file_id": "vd", "file_unique_id": "vd", "width": 10, "height": 10, "duration": 1, "mime_type": "video/mp4", "file_size": 1000}}))}),
        json!({"message": base(json!({"location": {"latitude": 1.0, "longitude": 2.0}}))}),
        json!({"message": base(json!({"contact": {"phone_number": "+100", "first_name": "X"}}))}),
        json!({"message": base(json!({"poll": {"id": "p", "question": "q?", "options": [{"text": "a", "voter_count": 0}, {"text": "b", "voter_count": 0}],
            "total_voter_count": 0, "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}))}),
        json!({"edited_message": base(json!({"text": "edited text", "edit_date": 1_700_000_100}))}),
        json!({"channel_post": {"message_id": 1, "date": 1_700_000_000, "chat": {"id": -100_123, "type": "channel", "title": "C"}, "text": "post"}}),
        json!({"my_chat_member": {"chat": fake::private_chat(chat), "from": fake::user(chat, "en"), "date": 1_700_000_000,
            "old_chat_member": {"user": fake::user(123456, "en"), "status": "member"},
            "new_chat_member": {"user": fake::user(123456, "en"), "status": "kicked", "until_date": 0}}}),
        json!({"some_future_update_kind": {"anything": true}}),
        fake::callback_update(chat, "en", "zz:from-an-old-version"),
    ];
    for u in updates {
        api.push_update(u);
    }
    api.wait_for("all consumed", Duration::from_secs(20), |_| api.pending_updates() == 0).await;
    api.push_update(fake::text_update(chat, "en", "/privacy"));
    let privacy = localizer().text(Lang::EN, "privacy-text");
    let calls = api
        .wait_for("the bot still answers", Duration::from_secs(20), |c| c.iter().any(|c| c.text() == Some(privacy.as_str())))
        .await;
    let texts: Vec<&str> = calls.iter().filter_map(|c| if c.method == "sendMessage" { c.text() } else { None }).collect();
    assert!(texts.contains(&localizer().text(Lang::EN, "media-voice").as_str()));
    assert!(texts.contains(&localizer().text(Lang::EN, "media-private-data").as_str()));
    assert!(texts.contains(&localizer().text(Lang::EN, "edit-not-seen").as_str()));
    assert!(!calls.iter().any(|c| c.chat_id() == Some(-100_123)), "never answers in a channel");
    assert_eq!(
        calls.iter().filter(|c| c.method == "answerCallbackQuery").count(),
        1,
        "the stale button was answered (spinner stops)"
    );
    bot.stop().await;
}
