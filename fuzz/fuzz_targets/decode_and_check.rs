//! Any bytes through decode and both kinds of check: never a panic, memory bounded by the limits.
#![no_main]

use kyc_doctor::quality::{CheckOptions, Kind, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Small pixel limit: the fuzzer explores formats and headers, not big pictures.
    let opts = CheckOptions {
        max_pixels: 1_000_000,
        annotate: data.first().is_some_and(|b| b & 1 == 1),
        ..CheckOptions::default()
    };
    let _ = check(data, Kind::Id, &opts);
    let _ = check(data, Kind::Selfie, &opts);
});
