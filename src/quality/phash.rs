//! dHash: a 64-bit perceptual hash, so "the same photo again" is recognised without keeping it.
//! The picture is shrunk to 9 × 8 grey cells (area average, so JPEG re-compression and resizing
//! barely move it) and each bit says whether a cell is brighter than its right neighbour.

use image::RgbImage;

use super::raster::luma;

pub fn dhash(img: &RgbImage) -> u64 {
    let (w, h) = (img.width() as usize, img.height() as usize);
    if w == 0 || h == 0 {
        return 0;
    }
    let mut sums = [[0f64; 9]; 8];
    let mut counts = [[0u32; 9]; 8];
    for (x, y, p) in img.enumerate_pixels() {
        let cx = (x as usize * 9 / w).min(8);
        let cy = (y as usize * 8 / h).min(7);
        sums[cy][cx] += f64::from(luma(p[0], p[1], p[2]));
        counts[cy][cx] += 1;
    }
    let mut hash = 0u64;
    for row in 0..8 {
        for col in 0..8 {
            let a = sums[row][col] / f64::from(counts[row][col].max(1));
            let b = sums[row][col + 1] / f64::from(counts[row][col + 1].max(1));
            hash = (hash << 1) | u64::from(a > b);
        }
    }
    hash
}

/// Number of differing bits; ≤ 10 of 64 means "the same picture" in practice.
pub fn distance(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gradient(w: u32, h: u32, flip: bool) -> RgbImage {
        RgbImage::from_fn(w, h, |x, y| {
            let v = ((x * 7 + y * 3) % 256) as u8;
            let v = if flip { 255 - v } else { v };
            image::Rgb([v, v / 2, 255 - v])
        })
    }

    #[test]
    fn same_picture_at_two_sizes_hashes_alike_and_different_pictures_do_not() {
        let a = gradient(400, 300, false);
        let small = image::imageops::thumbnail(&a, 200, 150);
        assert!(distance(dhash(&a), dhash(&small)) <= 6);
        assert!(distance(dhash(&a), dhash(&gradient(400, 300, true))) > 20);
        assert_eq!(dhash(&RgbImage::new(0, 0)), 0);
    }
}
