//! Any bytes through the decoder alone (format sniffing, header limits, EXIF orientation, the
//! codecs): never a panic, never an allocation beyond the limits. Much faster per input than
//! `decode_and_check`, so it reaches far deeper into the formats in the same time.
#![no_main]

use kyc_doctor::quality::{
    CheckOptions,
    decode::{decode, decode_for_work},
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Small pixel limit: the fuzzer explores formats and headers, not big pictures.
    let opts = CheckOptions { max_pixels: 1_000_000, annotate: false, ..CheckOptions::default() };
    let _ = decode(data, &opts);
    // The checker's path: JPEGs decoded in the DCT domain at a reduced scale.
    let _ = decode_for_work(data, &opts, 720);
});
