//! The bad-file corpus shared by the bad-input test and the memory-bound test: at least 30 files
//! that are not the photos the checker expects (wrong formats, broken files, bombs, odd shapes).

use std::io::Cursor;

use image::{DynamicImage, ImageBuffer, ImageFormat, Luma, Rgb, RgbImage, Rgba};

use super::card_jpeg;

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

pub fn corpus() -> Vec<(&'static str, Vec<u8>)> {
    let jpeg = card_jpeg(800, 600);
    let png = encode(
        DynamicImage::ImageRgb8(RgbImage::from_pixel(300, 200, Rgb([200, 180, 150]))),
        ImageFormat::Png,
    );
    let mut corrupt_png = png.clone();
    for b in corrupt_png.iter_mut().skip(40).take(60) {
        *b ^= 0x5A;
    }
    let gray16: ImageBuffer<Luma<u16>, Vec<u16>> =
        ImageBuffer::from_fn(64, 64, |x, y| Luma([(x * y * 16) as u16]));
    let rgba: ImageBuffer<Rgba<u8>, Vec<u8>> =
        ImageBuffer::from_fn(120, 80, |x, _| Rgba([200, 100, 50, (x * 2) as u8]));
    let frames_gif = {
        use image::{Delay, Frame, codecs::gif::GifEncoder};
        let mut out = Vec::new();
        {
            let mut enc = GifEncoder::new(&mut out);
            for i in 0..3u8 {
                let f = image::RgbaImage::from_pixel(40, 30, Rgba([i * 80, 20, 200, 255]));
                enc.encode_frame(Frame::from_parts(f, 0, 0, Delay::from_numer_denom_ms(100, 1)))
                    .expect("gif");
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
