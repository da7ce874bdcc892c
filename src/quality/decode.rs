//! Turning untrusted bytes into pixels: sniff the format, refuse what we cannot or must not decode
//! (too many bytes, too many pixels, HEIC/PDF/SVG…), decode with limits, apply EXIF orientation.
//! Nothing here writes to disk.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::{CheckOptions, InputError, InputErrorCode};

/// What the rest of the checker needs to know about the file besides its pixels.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub image: DynamicImage,
    pub format: ImageFormat,
    /// True when the file itself stores no colour (1-channel JPEG/PNG): grayscale for certain.
    pub single_channel: bool,
    /// True when the file carries EXIF naming a camera maker or model (a camera photo, not a screenshot).
    pub camera_exif: bool,
}

const SEND_JPEG: &str = "please send the photo as a JPEG (or PNG) picture instead";

/// The decoder may allocate at most this many bytes per pixel we allow (16-bit RGBA is 8 bytes,
/// plus room for one conversion): a ceiling for `Limits::max_alloc`, which the codecs enforce on
/// their buffers. The strict guard is the explicit pixel count check before decoding.
const ALLOC_BYTES_PER_PIXEL: u64 = 10;

/// Largest width or height we ever accept, whatever `max_pixels` says: a strict per-side limit the
/// codecs check on the header (a 1 × 10⁶ strip is not a photo).
const MAX_SIDE: u32 = 30_000;

/// Recognise formats the `image` build cannot (or should not) decode, by their magic bytes, so the
/// person gets a useful message rather than "corrupt".
fn unsupported_by_magic(bytes: &[u8]) -> Option<InputError> {
    let head = &bytes[..bytes.len().min(64)];
    // ISO base media (HEIC/HEIF/AVIF): "....ftyp" + brand.
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        let brand = &head[8..12];
        let heif = [b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"];
        if heif.iter().any(|b| &brand == b) {
            return Some(InputError::new(
                InputErrorCode::UnsupportedFormat,
                "HEIC/HEIF photos are not supported, please send a JPEG instead: on iPhone: Settings → \
                 Camera → Formats → Most Compatible, or send it as a photo rather than a file (then \
                 Telegram sends a JPEG)",
            ));
        }
        return Some(InputError::new(
            InputErrorCode::UnsupportedFormat,
            format!("this file type (ISO media, brand {}) is not supported: {SEND_JPEG}", String::from_utf8_lossy(brand)),
        ));
    }
    if head.starts_with(b"%PDF") {
        return Some(InputError::new(
            InputErrorCode::UnsupportedFormat,
            format!("PDF files are not supported: take a photo of the document and {SEND_JPEG}"),
        ));
    }
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]).to_ascii_lowercase();
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with("<svg") || (trimmed.starts_with("<?xml") && text.contains("<svg")) {
        return Some(InputError::new(
            InputErrorCode::UnsupportedFormat,
            format!("SVG drawings are not supported: {SEND_JPEG}"),
        ));
    }
    None
}

fn corrupt(e: impl std::fmt::Display) -> InputError {
    InputError::new(InputErrorCode::Corrupt, format!("the picture could not be decoded ({e})"))
}

fn map_image_error(e: image::ImageError) -> InputError {
    use image::ImageError as E;
    match e {
        E::Limits(l) => InputError::new(
            InputErrorCode::TooManyPixels,
            format!("the picture is too large to analyse ({l})"),
        ),
        E::Unsupported(u) => {
            InputError::new(InputErrorCode::UnsupportedFormat, format!("{u}: {SEND_JPEG}"))
        }
        other => corrupt(other),
    }
}

/// Does an EXIF blob name a camera (Make 0x010F or Model 0x0110 tag)? A cheap scan of the IFD0
/// entries in either byte order; good enough as a screenshot cue, never trusted alone.
fn exif_names_camera(exif: &[u8]) -> bool {
    let exif = exif.strip_prefix(b"Exif\0\0").unwrap_or(exif);
    if exif.len() < 8 {
        return false;
    }
    let le = &exif[..2] == b"II";
    let u16_at = |i: usize| -> Option<u16> {
        let b = exif.get(i..i + 2)?;
        Some(if le { u16::from_le_bytes([b[0], b[1]]) } else { u16::from_be_bytes([b[0], b[1]]) })
    };
    let u32_at = |i: usize| -> Option<u32> {
        let b = exif.get(i..i + 4)?;
        let a = [b[0], b[1], b[2], b[3]];
        Some(if le { u32::from_le_bytes(a) } else { u32::from_be_bytes(a) })
    };
    let Some(ifd) = u32_at(4) else { return false };
    let ifd = ifd as usize;
    let Some(n) = u16_at(ifd) else { return false };
    (0..n as usize).any(|k| matches!(u16_at(ifd + 2 + 12 * k), Some(0x010F) | Some(0x0110)))
}

/// Decode `bytes` with every guard of the contract. The pixel count is checked on the header,
/// before any pixel buffer exists, so a decompression bomb costs nothing.
pub fn decode(bytes: &[u8], opts: &CheckOptions) -> Result<Decoded, InputError> {
    if bytes.len() > opts.max_bytes {
        return Err(InputError::new(
            InputErrorCode::TooLarge,
            format!("the file has {} bytes, more than the {} accepted", bytes.len(), opts.max_bytes),
        ));
    }
    if bytes.is_empty() {
        return Err(corrupt("empty file"));
    }
    if let Some(err) = unsupported_by_magic(bytes) {
        return Err(err);
    }
    let format = image::guess_format(bytes).map_err(|_| {
        InputError::new(
            InputErrorCode::UnsupportedFormat,
            format!("this file is not a picture format we can read: {SEND_JPEG}"),
        )
    })?;
    if !matches!(format, ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif) {
        return Err(InputError::new(
            InputErrorCode::UnsupportedFormat,
            format!("{format:?} pictures are not supported: {SEND_JPEG}"),
        ));
    }

    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(opts.max_pixels.saturating_mul(ALLOC_BYTES_PER_PIXEL).max(1 << 20));
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(map_image_error)?;

    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(corrupt("the picture has no pixels"));
    }
    let pixels = u64::from(w) * u64::from(h);
    if pixels > opts.max_pixels {
        return Err(InputError::new(
            InputErrorCode::TooManyPixels,
            format!("the picture has {w} × {h} pixels, more than the {} accepted", opts.max_pixels),
        ));
    }
    let single_channel = decoder.color_type().channel_count() <= 2;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let camera_exif = matches!(decoder.exif_metadata(), Ok(Some(ref e)) if exif_names_camera(e));
    let mut image = DynamicImage::from_decoder(decoder).map_err(map_image_error)?;
    image.apply_orientation(orientation);
    Ok(Decoded { image, format, single_channel, camera_exif })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> CheckOptions {
        CheckOptions::default()
    }

    #[test]
    fn heic_pdf_svg_are_unsupported_with_advice() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        let e = decode(heic, &opts()).unwrap_err();
        assert_eq!(e.code, InputErrorCode::UnsupportedFormat);
        assert!(e.message.contains("Most Compatible"));
        assert_eq!(decode(b"%PDF-1.7\n...", &opts()).unwrap_err().code, InputErrorCode::UnsupportedFormat);
        let svg = b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert_eq!(decode(svg, &opts()).unwrap_err().code, InputErrorCode::UnsupportedFormat);
        assert_eq!(decode(b"hello world", &opts()).unwrap_err().code, InputErrorCode::UnsupportedFormat);
    }

    #[test]
    fn too_large_and_truncated() {
        let o = CheckOptions { max_bytes: 10, ..opts() };
        assert_eq!(decode(&[0u8; 11], &o).unwrap_err().code, InputErrorCode::TooLarge);
        let mut jpeg = Vec::new();
        image::RgbImage::from_pixel(64, 64, image::Rgb([10, 200, 30]))
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        jpeg.truncate(jpeg.len() / 3);
        assert_eq!(decode(&jpeg, &opts()).unwrap_err().code, InputErrorCode::Corrupt);
        assert_eq!(decode(&[0xFF, 0xD8, 0xFF], &opts()).unwrap_err().code, InputErrorCode::Corrupt);
    }

    /// A valid PNG header claiming 100,000 × 100,000 pixels must be refused from the header.
    #[test]
    fn decompression_bomb_is_refused_without_allocating() {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend_from_slice(&100_000u32.to_be_bytes());
        ihdr.extend_from_slice(&100_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        png.extend_from_slice(&13u32.to_be_bytes());
        png.extend_from_slice(&ihdr);
        png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
        let e = decode(&png, &opts()).unwrap_err();
        assert_eq!(e.code, InputErrorCode::TooManyPixels, "{e:?}");
        // Also when the per-side limit would allow it, the pixel budget refuses it.
        let small = CheckOptions { max_pixels: 1000, ..opts() };
        let mut ok = Vec::new();
        image::RgbImage::new(40, 40).write_to(&mut Cursor::new(&mut ok), ImageFormat::Png).unwrap();
        assert_eq!(decode(&ok, &small).unwrap_err().code, InputErrorCode::TooManyPixels);
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    #[test]
    fn exif_orientation_is_applied() {
        // A 20 × 10 JPEG with an EXIF APP1 segment saying "rotate 90° clockwise" (orientation 6).
        let mut jpeg = Vec::new();
        image::RgbImage::from_pixel(20, 10, image::Rgb([120, 130, 140]))
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        let mut tiff = b"MM\0\x2a\0\0\0\x08\0\x01".to_vec();
        tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        let mut app1 = vec![0xFF, 0xE1];
        let payload_len = 2 + 6 + tiff.len();
        app1.extend_from_slice(&(payload_len as u16).to_be_bytes());
        app1.extend_from_slice(b"Exif\0\0");
        app1.extend_from_slice(&tiff);
        let mut with_exif = jpeg[..2].to_vec();
        with_exif.extend_from_slice(&app1);
        with_exif.extend_from_slice(&jpeg[2..]);
        let d = decode(&with_exif, &opts()).unwrap();
        assert_eq!((d.image.width(), d.image.height()), (10, 20));
    }
}
