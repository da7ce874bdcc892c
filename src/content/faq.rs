//! Placeholder FAQ (the content work replaces this file).

/// FAQ ids in display order.
pub const FAQ_IDS: &[&str] = &[
    "resubmit_timing", "common_causes", "repeated_retries", "blurry_photo", "glare", "cropped_edges",
    "face_selfie_fail", "name_mismatch", "birthdate_mismatch", "expired_document", "unsupported_document",
    "region_restricted", "review_time", "address_proof", "scam_warning", "bot_privacy",
];

pub struct FaqMatch {
    pub id: &'static str,
    pub score: f32,
}

pub fn match_question(_text: &str) -> Option<FaqMatch> {
    None
}
