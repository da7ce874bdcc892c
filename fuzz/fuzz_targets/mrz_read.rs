//! Any pixels through the machine-readable zone reader (issue 14): never a panic, and the check
//! digits and parser on whatever it reads. The bytes are a grey picture: two bytes of width, then
//! the pixels (a zone is mostly regular strokes, which raw bytes reach faster than a JPEG).
#![no_main]

use kyc_doctor::quality::mrz;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let w = (u32::from(data[0]) << 8 | u32::from(data[1])).clamp(1, 1024);
    let px = &data[2..];
    let h = (px.len() as u32 / w).min(1024);
    if h == 0 {
        return;
    }
    if let Some(r) = mrz::read_raw(w, h, &px[..(w * h) as usize]) {
        let _ = mrz::judge(&r, 1.0);
    }
});
