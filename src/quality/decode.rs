//! Turning untrusted bytes into pixels: sniff the format, refuse what we cannot or must not decode
//! (too many bytes, too many pixels, HEIC/PDF/SVG…), decode with limits, apply EXIF orientation.
//! Nothing here writes to disk.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use super::{CheckOptions, InputError, InputErrorCode};

/// What the rest of the checker needs to know about the file besides its pixels.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The pixels, EXIF orientation applied; smaller than the file's own size by `scale` when a
    /// reduced decode was asked for (`decode_for_work`).
    pub image: DynamicImage,
    /// The picture's real size in the file's own pixels (after orientation): what resolution is
    /// judged on, whatever size `image` was decoded at.
    pub width: u32,
    pub height: u32,
    /// Original pixels per pixel of `image` (1 for a full decode; about 2, 4 or 8 for a JPEG
    /// decoded at a reduced scale).
    pub scale: f32,
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
            format!(
                "this file type (ISO media, brand {}) is not supported: {SEND_JPEG}",
                String::from_utf8_lossy(brand)
            ),
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

/// The guards that need no decoder: byte count, empty file, formats we refuse by magic or by name.
fn preflight(bytes: &[u8], opts: &CheckOptions) -> Result<ImageFormat, InputError> {
    if bytes.len() > opts.max_bytes {
        return Err(InputError::new(
            InputErrorCode::TooLarge,
            format!(
                "the file has {} bytes, more than the {} accepted",
                bytes.len(),
                opts.max_bytes
            ),
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
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(InputError::new(
            InputErrorCode::UnsupportedFormat,
            format!("{format:?} pictures are not supported: {SEND_JPEG}"),
        ));
    }
    Ok(format)
}

/// Refuse a picture whose header announces too many pixels (before any pixel buffer exists).
fn check_dimensions(w: u32, h: u32, opts: &CheckOptions) -> Result<(), InputError> {
    if w == 0 || h == 0 {
        return Err(corrupt("the picture has no pixels"));
    }
    if w > MAX_SIDE || h > MAX_SIDE {
        return Err(InputError::new(
            InputErrorCode::TooManyPixels,
            format!("the picture is {w} × {h} pixels, a side longer than the {MAX_SIDE} accepted"),
        ));
    }
    let pixels = u64::from(w) * u64::from(h);
    if pixels > opts.max_pixels {
        return Err(InputError::new(
            InputErrorCode::TooManyPixels,
            format!("the picture has {w} × {h} pixels, more than the {} accepted", opts.max_pixels),
        ));
    }
    Ok(())
}

fn alloc_limit(opts: &CheckOptions) -> u64 {
    opts.max_pixels.saturating_mul(ALLOC_BYTES_PER_PIXEL).max(1 << 20)
}

/// Decode `bytes` at full size with every guard of the contract. The pixel count is checked on
/// the header, before any pixel buffer exists, so a decompression bomb costs nothing.
pub fn decode(bytes: &[u8], opts: &CheckOptions) -> Result<Decoded, InputError> {
    let format = preflight(bytes, opts)?;
    decode_with_image(bytes, format, opts)
}

/// Decode for measuring: a JPEG is decoded in the DCT domain at the largest reduction (1/8, 1/4,
/// 1/2) that keeps the picture's short side at or above `min_short` — the inverse transforms,
/// upsampling and colour conversion then run on a quarter or a sixteenth of the pixels, and no
/// full-size buffer is ever made. Other formats, JPEGs too small to reduce, and JPEGs the reduced
/// decoder cannot read (CMYK, 12-bit, arithmetic coding) are decoded at full size by the `image`
/// crate. Same guards
/// as `decode`; `width`/`height` are always the file's own.
pub fn decode_for_work(
    bytes: &[u8],
    opts: &CheckOptions,
    min_short: u32,
) -> Result<Decoded, InputError> {
    let format = preflight(bytes, opts)?;
    if format == ImageFormat::Jpeg
        && let Some(d) = decode_jpeg_reduced(bytes, opts, min_short)?
    {
        return Ok(d);
    }
    decode_with_image(bytes, format, opts)
}

/// The reduced JPEG decode. `Ok(None)` means "let the `image` crate try" (a feature this decoder
/// lacks, or an error it may classify better); an `Err` is final (too many pixels).
fn decode_jpeg_reduced(
    bytes: &[u8],
    opts: &CheckOptions,
    min_short: u32,
) -> Result<Option<Decoded>, InputError> {
    use jpeg_decoder::PixelFormat;
    let mut dec = jpeg_decoder::Decoder::new(bytes);
    dec.set_max_decoding_buffer_size(usize::try_from(alloc_limit(opts)).unwrap_or(usize::MAX));
    if dec.read_info().is_err() {
        return Ok(None);
    }
    let Some(info) = dec.info() else { return Ok(None) };
    let (w, h) = (u32::from(info.width), u32::from(info.height));
    check_dimensions(w, h, opts)?;
    if !matches!(info.pixel_format, PixelFormat::L8 | PixelFormat::RGB24) {
        return Ok(None);
    }
    // Largest reduction that keeps the short side ≥ min_short.
    let short = w.min(h);
    let div = [8u32, 4, 2].into_iter().find(|d| short / d >= min_short).unwrap_or(1);
    if div == 1 {
        // No reduction to gain: the `image` crate's decoder is as fast at full size.
        return Ok(None);
    }
    let req = |v: u32| u16::try_from(v.div_ceil(div)).unwrap_or(u16::MAX);
    let (sw, sh) = match dec.scale(req(w), req(h)) {
        Ok((a, b)) => (u32::from(a), u32::from(b)),
        Err(_) => return Ok(None),
    };
    let Ok(pixels) = dec.decode() else { return Ok(None) };
    let single_channel = info.pixel_format == PixelFormat::L8;
    let image = if single_channel {
        image::GrayImage::from_raw(sw, sh, pixels).map(DynamicImage::ImageLuma8)
    } else {
        image::RgbImage::from_raw(sw, sh, pixels).map(DynamicImage::ImageRgb8)
    };
    let Some(mut image) = image else { return Ok(None) };
    let exif = dec.exif_data();
    let camera_exif = exif.is_some_and(exif_names_camera);
    let orientation = exif
        .and_then(exif_orientation)
        .and_then(image::metadata::Orientation::from_exif)
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    image.apply_orientation(orientation);
    let (width, height) = if image.width() == sw { (w, h) } else { (h, w) };
    let scale = w.max(h) as f32 / sw.max(sh) as f32;
    Ok(Some(Decoded {
        image,
        width,
        height,
        scale,
        format: ImageFormat::Jpeg,
        single_channel,
        camera_exif,
    }))
}

/// EXIF orientation (tag 0x0112) of an APP1 payload, read by the `image` crate's own reader —
/// the one its decoders use on the full-size path, so both paths agree.
fn exif_orientation(exif: &[u8]) -> Option<u8> {
    let tiff = exif.strip_prefix(b"Exif\0\0").unwrap_or(exif);
    image::metadata::Orientation::from_exif_chunk(tiff).map(image::metadata::Orientation::to_exif)
}

/// Full-size decode with the `image` crate and its limits.
fn decode_with_image(
    bytes: &[u8],
    format: ImageFormat,
    opts: &CheckOptions,
) -> Result<Decoded, InputError> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(alloc_limit(opts));
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(map_image_error)?;

    let (w, h) = decoder.dimensions();
    check_dimensions(w, h, opts)?;
    let single_channel = decoder.color_type().channel_count() <= 2;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let camera_exif = matches!(decoder.exif_metadata(), Ok(Some(ref e)) if exif_names_camera(e));
    let mut image = DynamicImage::from_decoder(decoder).map_err(map_image_error)?;
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());
    Ok(Decoded { image, width, height, scale: 1.0, format, single_channel, camera_exif })
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
        assert_eq!(
            decode(b"%PDF-1.7\n...", &opts()).unwrap_err().code,
            InputErrorCode::UnsupportedFormat
        );
        let svg = b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        assert_eq!(decode(svg, &opts()).unwrap_err().code, InputErrorCode::UnsupportedFormat);
        assert_eq!(
            decode(b"hello world", &opts()).unwrap_err().code,
            InputErrorCode::UnsupportedFormat
        );
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

    fn jpeg_of(w: u32, h: u32) -> Vec<u8> {
        let mut jpeg = Vec::new();
        image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 90]))
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        jpeg
    }

    /// A big JPEG is decoded in the DCT domain at a reduced scale, but reports its own size.
    #[test]
    fn reduced_jpeg_decode_keeps_the_original_size() {
        let jpeg = jpeg_of(1600, 1500);
        let d = decode_for_work(&jpeg, &opts(), 720).unwrap();
        assert_eq!((d.width, d.height), (1600, 1500));
        assert_eq!((d.image.width(), d.image.height()), (800, 750));
        assert!((d.scale - 2.0).abs() < 1e-6);
        // Too small to reduce: the full-size decode.
        let d = decode_for_work(&jpeg_of(1000, 700), &opts(), 720).unwrap();
        assert_eq!((d.image.width(), d.image.height(), d.scale), (1000, 700, 1.0));
    }

    /// A JPEG whose frame header claims 60,000 × 60,000 pixels is refused from the header.
    #[test]
    fn jpeg_bomb_is_refused_from_the_header() {
        let mut jpeg = jpeg_of(16, 16);
        let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        jpeg[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
        for reduced in [false, true] {
            let r =
                if reduced { decode_for_work(&jpeg, &opts(), 720) } else { decode(&jpeg, &opts()) };
            assert_eq!(r.unwrap_err().code, InputErrorCode::TooManyPixels);
        }
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
        assert_eq!(exif_orientation(&app1[4..]), Some(6));
    }
}
