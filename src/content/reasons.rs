//! Rejection reasons (docs/contracts.md), grouped as OKX's rejection screen groups them, with the
//! facts the dialogue needs about each: is it final, does the selfie matter, which checker codes
//! point at it, and its numbered fix steps in `reasons.ftl`.

use serde::{Deserialize, Serialize};

use super::{Lang, localizer};
use crate::quality::IssueCode;

/// A rejection reason id of docs/contracts.md. Serialised as its snake_case id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonId {
    PhotoBlurry,
    PhotoGlare,
    PhotoExposure,
    PhotoCutOff,
    NotOriginal,
    WrongDocument,
    DocumentInvalid,
    DataMismatch,
    SelfieFailed,
    FaceMismatch,
    DuplicateIdentity,
    NotEligible,
    AddressProof,
    Unknown,
}

/// The groups of OKX's rejection screen. `ReasonId::Unknown` ("no reason shown") is in none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    DataMismatch,
    ImageQuality,
    FaceCapture,
    Document,
    Account,
}

impl Family {
    pub const ALL: [Family; 5] = [
        Family::DataMismatch,
        Family::ImageQuality,
        Family::FaceCapture,
        Family::Document,
        Family::Account,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Family::DataMismatch => "data_mismatch",
            Family::ImageQuality => "image_quality",
            Family::FaceCapture => "face_capture",
            Family::Document => "document",
            Family::Account => "account",
        }
    }

    pub fn parse(s: &str) -> Option<Family> {
        Family::ALL.into_iter().find(|f| f.as_str() == s)
    }

    /// The reasons of this family, in `ReasonId::ALL` order.
    pub fn reasons(self) -> Vec<ReasonId> {
        ReasonId::ALL.into_iter().filter(|r| r.family() == Some(self)).collect()
    }
}

impl ReasonId {
    /// Every reason, in the order the dialogue offers them.
    pub const ALL: [ReasonId; 14] = [
        ReasonId::PhotoBlurry,
        ReasonId::PhotoGlare,
        ReasonId::PhotoExposure,
        ReasonId::PhotoCutOff,
        ReasonId::NotOriginal,
        ReasonId::WrongDocument,
        ReasonId::DocumentInvalid,
        ReasonId::DataMismatch,
        ReasonId::SelfieFailed,
        ReasonId::FaceMismatch,
        ReasonId::DuplicateIdentity,
        ReasonId::NotEligible,
        ReasonId::AddressProof,
        ReasonId::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReasonId::PhotoBlurry => "photo_blurry",
            ReasonId::PhotoGlare => "photo_glare",
            ReasonId::PhotoExposure => "photo_exposure",
            ReasonId::PhotoCutOff => "photo_cut_off",
            ReasonId::NotOriginal => "not_original",
            ReasonId::WrongDocument => "wrong_document",
            ReasonId::DocumentInvalid => "document_invalid",
            ReasonId::DataMismatch => "data_mismatch",
            ReasonId::SelfieFailed => "selfie_failed",
            ReasonId::FaceMismatch => "face_mismatch",
            ReasonId::DuplicateIdentity => "duplicate_identity",
            ReasonId::NotEligible => "not_eligible",
            ReasonId::AddressProof => "address_proof",
            ReasonId::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<ReasonId> {
        ReasonId::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The group of OKX's rejection screen this reason sits in (kyc-knowledge §1.4). Face:
    /// "recognition failed / information mismatch" (a failed scan or typed details that do not
    /// match) and "face does not match the ID". Document: "ID already verified / duplicate",
    /// "invalid document", "invalid expiry date", and "invalid document photo" (blurry, cropped,
    /// obscured, or an irrelevant ID: `ImageQuality`, offered inside Document). OKX's separate
    /// "Invalid selfie" is `SelfieFailed`. Eligibility by residence is not on that screen
    /// (`Account`). `Family::DataMismatch` is kept for stored states and has no reasons now.
    pub fn family(self) -> Option<Family> {
        use ReasonId::*;
        match self {
            PhotoBlurry | PhotoGlare | PhotoExposure | PhotoCutOff | NotOriginal
            | WrongDocument => Some(Family::ImageQuality),
            DuplicateIdentity | DocumentInvalid | AddressProof => Some(Family::Document),
            SelfieFailed | DataMismatch | FaceMismatch => Some(Family::FaceCapture),
            NotEligible => Some(Family::Account),
            Unknown => None,
        }
    }

    /// Final outcomes: resubmitting cannot change them (kyc-knowledge §2.1), so the bot says so and
    /// offers what to do instead (the original account, official support).
    pub fn is_final(self) -> bool {
        matches!(self, ReasonId::DuplicateIdentity | ReasonId::NotEligible)
    }

    /// Whether checking a selfie is worth the user's time for this reason. Face reasons obviously;
    /// `unknown` because the selfie is one of the common causes to rule out; `data_mismatch` too,
    /// because OKX files "face recognition failed / information mismatch" under one label
    /// (kyc-knowledge §1.4), so a person told "information mismatch" may in fact have failed the
    /// face scan. Photo-quality and document reasons concern the ID photo only, and final reasons
    /// are not fixed by any photo.
    pub fn needs_selfie(self) -> bool {
        matches!(
            self,
            ReasonId::SelfieFailed
                | ReasonId::FaceMismatch
                | ReasonId::DataMismatch
                | ReasonId::Unknown
        )
    }

    /// Whether checking the ID photo is worth it: every reason except the final ones and a pure
    /// proof-of-address problem (the checker measures IDs, not utility bills).
    pub fn needs_id_photo(self) -> bool {
        !self.is_final() && self != ReasonId::AddressProof
    }

    /// The checker codes that point at this reason (kyc-knowledge §3), so a finding that confirms
    /// the user's reason can be put first.
    pub fn related_issue_codes(self) -> &'static [IssueCode] {
        use IssueCode as C;
        match self {
            ReasonId::PhotoBlurry => &[C::Blurry, C::LowResolution, C::TooSmall],
            ReasonId::PhotoGlare => &[C::Glare],
            ReasonId::PhotoExposure => &[C::TooDark, C::TooBright],
            ReasonId::PhotoCutOff => &[C::CutOff, C::TooSmall, C::NoDocument, C::DocumentUncertain],
            ReasonId::NotOriginal => &[C::ScreenPhoto, C::Grayscale],
            ReasonId::SelfieFailed => &[
                C::NoFace,
                C::MultipleFaces,
                C::FaceTooSmall,
                C::FaceCutOff,
                C::FaceOffCenter,
                C::Blurry,
                C::TooDark,
                C::TooBright,
                C::Backlit,
                C::UnevenLight,
            ],
            // A face mismatch is often a poor portrait on either side; §3 lists no codes for it,
            // but glare or blur on the ID portrait is what its step 3 asks to fix.
            ReasonId::FaceMismatch => &[C::Glare, C::Blurry],
            ReasonId::WrongDocument
            | ReasonId::DocumentInvalid
            | ReasonId::DataMismatch
            | ReasonId::DuplicateIdentity
            | ReasonId::NotEligible
            | ReasonId::AddressProof
            | ReasonId::Unknown => &[],
        }
    }

    /// Message id of the short button label.
    pub fn label_id(self) -> String {
        format!("reason-{}", self.as_str())
    }

    /// Message id of the one-or-two-sentence explanation.
    pub fn about_id(self) -> String {
        format!("reason-{}-about", self.as_str())
    }

    /// The numbered step message ids (`reason-<id>-step-1`, `-2`, …) in order, found by
    /// enumerating English, the source locale, so adding a step needs no code change.
    pub fn step_ids(self) -> Vec<String> {
        numbered_ids(&format!("reason-{}-step-", self.as_str()))
    }

    pub fn label(self, lang: Lang) -> String {
        localizer().text(lang, &self.label_id())
    }

    pub fn about(self, lang: Lang) -> String {
        localizer().text(lang, &self.about_id())
    }

    pub fn steps(self, lang: Lang) -> Vec<String> {
        self.step_ids().iter().map(|id| localizer().text(lang, id)).collect()
    }
}

/// `prefix1`, `prefix2`, … as defined in English, in numeric order, stopping at the first gap so a
/// stray `-step-9` cannot silently reorder the list.
pub(crate) fn numbered_ids(prefix: &str) -> Vec<String> {
    let defined = localizer().ids(Lang::EN);
    let mut ids = Vec::new();
    for n in 1.. {
        let id = format!("{prefix}{n}");
        if defined.binary_search(&id).is_err() {
            break;
        }
        ids.push(id);
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru() -> Lang {
        Lang::from_tag("ru").expect("ru is a supported language")
    }

    #[test]
    fn ids_round_trip_and_serialise_as_contract_ids() {
        for r in ReasonId::ALL {
            assert_eq!(ReasonId::parse(r.as_str()), Some(r));
            assert_eq!(serde_json::to_string(&r).unwrap(), format!("\"{}\"", r.as_str()));
        }
        assert_eq!(ReasonId::parse("nope"), None);
    }

    #[test]
    fn every_reason_has_label_about_and_steps_in_en_and_ru() {
        let l10n = localizer();
        for lang in [Lang::EN, ru()] {
            for r in ReasonId::ALL {
                assert!(l10n.defines(lang, &r.label_id()), "{} {}", lang.tag(), r.label_id());
                assert!(l10n.defines(lang, &r.about_id()), "{} {}", lang.tag(), r.about_id());
                let steps = r.step_ids();
                assert!(steps.len() >= 3, "{} has {} steps", r.as_str(), steps.len());
                for id in &steps {
                    assert!(l10n.defines(lang, id), "{} {id}", lang.tag());
                }
                assert!(r.label(lang).chars().count() <= 30, "label too long: {}", r.label(lang));
            }
        }
    }

    #[test]
    fn families_cover_every_reason_but_unknown() {
        let mut seen: Vec<ReasonId> = Family::ALL.iter().flat_map(|f| f.reasons()).collect();
        seen.push(ReasonId::Unknown);
        assert_eq!(seen.len(), ReasonId::ALL.len());
        for r in ReasonId::ALL {
            assert!(seen.contains(&r));
        }
        assert_eq!(ReasonId::Unknown.family(), None);
        // OKX's screen (kyc-knowledge §1.4): a duplicate identity is under Document.
        assert_eq!(ReasonId::DuplicateIdentity.family(), Some(Family::Document));
        assert_eq!(ReasonId::DataMismatch.family(), Some(Family::FaceCapture));
        assert_eq!(Family::Account.reasons(), vec![ReasonId::NotEligible]);
        assert!(Family::DataMismatch.reasons().is_empty(), "kept only for stored states");
    }

    #[test]
    fn final_reasons_are_duplicate_identity_and_eligibility() {
        for r in ReasonId::ALL {
            let expected = matches!(r, ReasonId::DuplicateIdentity | ReasonId::NotEligible);
            assert_eq!(r.is_final(), expected, "{}", r.as_str());
        }
        assert!(ReasonId::SelfieFailed.needs_selfie());
        assert!(!ReasonId::PhotoGlare.needs_selfie());
        assert!(ReasonId::PhotoGlare.related_issue_codes().contains(&IssueCode::Glare));
    }
}
