//! Any text through the FAQ matcher in every language: never a panic.
#![no_main]

use kyc_doctor::content::{Lang, faq};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lang =
        Lang::all().nth(data.first().map(|b| *b as usize % 21).unwrap_or(0)).unwrap_or(Lang::EN);
    let _ = faq::match_question(&text, lang);
    let _ = faq::answer_json(&text, None);
});
