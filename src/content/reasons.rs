//! Placeholder for the rejection reasons (the content work replaces this file).

use serde::{Deserialize, Serialize};

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
    pub const ALL: [Family; 5] =
        [Family::DataMismatch, Family::ImageQuality, Family::FaceCapture, Family::Document, Family::Account];
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
    pub fn reasons(self) -> Vec<ReasonId> {
        ReasonId::ALL.into_iter().filter(|r| r.family() == Some(self)).collect()
    }
}

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

impl ReasonId {
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
    pub fn family(self) -> Option<Family> {
        use ReasonId::*;
        match self {
            DataMismatch => Some(Family::DataMismatch),
            PhotoBlurry | PhotoGlare | PhotoExposure | PhotoCutOff | NotOriginal => Some(Family::ImageQuality),
            SelfieFailed | FaceMismatch => Some(Family::FaceCapture),
            WrongDocument | DocumentInvalid | AddressProof => Some(Family::Document),
            DuplicateIdentity | NotEligible => Some(Family::Account),
            Unknown => None,
        }
    }
    pub fn is_final(self) -> bool {
        matches!(self, ReasonId::DuplicateIdentity | ReasonId::NotEligible)
    }
    pub fn needs_selfie(self) -> bool {
        matches!(self, ReasonId::SelfieFailed | ReasonId::FaceMismatch)
    }
}
