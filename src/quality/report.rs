//! The checker's result types. Their serialised form is the `check --json` contract (docs/contracts.md).

use serde::Serialize;

/// What the picture is supposed to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Id,
    Selfie,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Id => "id",
            Kind::Selfie => "selfie",
        }
    }
}

/// Every issue code of docs/contracts.md. Adding codes is fine; renaming one breaks the contract.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum IssueCode {
    // document and selfie
    Blurry,
    TooDark,
    TooBright,
    LowResolution,
    Grayscale,
    // document only
    Glare,
    CutOff,
    TooSmall,
    Tilted,
    ScreenPhoto,
    NoDocument,
    /// The outline found is too uncertain to judge cut-off, size and tilt on (a warning).
    DocumentUncertain,
    // selfie only
    NoFace,
    MultipleFaces,
    FaceTooSmall,
    FaceCutOff,
    FaceOffCenter,
    Backlit,
    UnevenLight,
    // document with a machine-readable zone
    MrzUnreadable,
}

impl IssueCode {
    pub const ALL: [IssueCode; 20] = [
        IssueCode::Blurry,
        IssueCode::TooDark,
        IssueCode::TooBright,
        IssueCode::LowResolution,
        IssueCode::Grayscale,
        IssueCode::Glare,
        IssueCode::CutOff,
        IssueCode::TooSmall,
        IssueCode::Tilted,
        IssueCode::ScreenPhoto,
        IssueCode::NoDocument,
        IssueCode::DocumentUncertain,
        IssueCode::NoFace,
        IssueCode::MultipleFaces,
        IssueCode::FaceTooSmall,
        IssueCode::FaceCutOff,
        IssueCode::FaceOffCenter,
        IssueCode::Backlit,
        IssueCode::UnevenLight,
        IssueCode::MrzUnreadable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            IssueCode::Blurry => "blurry",
            IssueCode::TooDark => "too_dark",
            IssueCode::TooBright => "too_bright",
            IssueCode::LowResolution => "low_resolution",
            IssueCode::Grayscale => "grayscale",
            IssueCode::Glare => "glare",
            IssueCode::CutOff => "cut_off",
            IssueCode::TooSmall => "too_small",
            IssueCode::Tilted => "tilted",
            IssueCode::ScreenPhoto => "screen_photo",
            IssueCode::NoDocument => "no_document",
            IssueCode::DocumentUncertain => "document_uncertain",
            IssueCode::NoFace => "no_face",
            IssueCode::MultipleFaces => "multiple_faces",
            IssueCode::FaceTooSmall => "face_too_small",
            IssueCode::FaceCutOff => "face_cut_off",
            IssueCode::FaceOffCenter => "face_off_center",
            IssueCode::Backlit => "backlit",
            IssueCode::UnevenLight => "uneven_light",
            IssueCode::MrzUnreadable => "mrz_unreadable",
        }
    }

    pub fn parse(s: &str) -> Option<IssueCode> {
        IssueCode::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// May pass, better retake.
    Warn,
    /// Must retake.
    Fail,
}

/// Where on the document (or frame) a finding sits, so replies can say "top-right of the card".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    TopLeft,
    Top,
    TopRight,
    Left,
    Center,
    Right,
    BottomLeft,
    Bottom,
    BottomRight,
}

impl Region {
    pub fn as_str(self) -> &'static str {
        match self {
            Region::TopLeft => "top_left",
            Region::Top => "top",
            Region::TopRight => "top_right",
            Region::Left => "left",
            Region::Center => "center",
            Region::Right => "right",
            Region::BottomLeft => "bottom_left",
            Region::Bottom => "bottom",
            Region::BottomRight => "bottom_right",
        }
    }

    /// The region of a point given as fractions (0..1) of a box's width and height.
    pub fn of_point(fx: f64, fy: f64) -> Region {
        let col = if fx < 1.0 / 3.0 {
            0
        } else if fx < 2.0 / 3.0 {
            1
        } else {
            2
        };
        let row = if fy < 1.0 / 3.0 {
            0
        } else if fy < 2.0 / 3.0 {
            1
        } else {
            2
        };
        match (row, col) {
            (0, 0) => Region::TopLeft,
            (0, 1) => Region::Top,
            (0, _) => Region::TopRight,
            (1, 0) => Region::Left,
            (1, 1) => Region::Center,
            (1, _) => Region::Right,
            (_, 0) => Region::BottomLeft,
            (_, 1) => Region::Bottom,
            _ => Region::BottomRight,
        }
    }
}

/// One finding. `value` and `limit` are the measured number and the threshold it was compared with
/// (units per code, documented in the README).
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Issue {
    pub code: IssueCode,
    pub severity: Severity,
    pub value: f64,
    pub limit: f64,
    /// Where the problem is (glare spot, cut edge, off-centre face), when it has a place.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub region: Option<Region>,
}

pub(crate) fn issue(
    code: IssueCode,
    severity: Severity,
    value: f64,
    limit: f64,
    region: Option<Region>,
) -> Issue {
    Issue { code, severity, value, limit, region }
}

/// Low-is-bad threshold pair → an issue (fail below `fail`, warn below `warn`).
pub(crate) fn below(
    code: IssueCode,
    value: f64,
    fail: f64,
    warn: f64,
    region: Option<Region>,
) -> Option<Issue> {
    if value < fail {
        Some(issue(code, Severity::Fail, value, fail, region))
    } else if value < warn {
        Some(issue(code, Severity::Warn, value, warn, region))
    } else {
        None
    }
}

/// High-is-bad threshold pair → an issue (fail at or above `fail`, warn at or above `warn`).
pub(crate) fn above(
    code: IssueCode,
    value: f64,
    fail: f64,
    warn: f64,
    region: Option<Region>,
) -> Option<Issue> {
    if value >= fail {
        Some(issue(code, Severity::Fail, value, fail, region))
    } else if value >= warn {
        Some(issue(code, Severity::Warn, value, warn, region))
    } else {
        None
    }
}

/// The checker's verdict on one picture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub kind: Kind,
    pub ok: bool,
    /// Size after EXIF orientation was applied.
    pub width: u32,
    pub height: u32,
    /// Most severe first.
    pub issues: Vec<Issue>,
    /// A 64-bit perceptual hash (dHash) of the picture, so "the same photo again" can be recognised
    /// without keeping the photo. Not part of the JSON output.
    #[serde(skip)]
    pub phash: u64,
    /// The machine-readable zone, when one was found (ID photos). Not part of the serialised
    /// report: the CLI adds it as `"mrz"`; the bot shows it to the photo's owner once and keeps
    /// nothing of it.
    #[serde(skip)]
    pub mrz: Option<crate::quality::mrz::MrzRead>,
    /// `--kind id`: the document's outline, `null` when none was found (absent for a selfie).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<Option<DocumentFound>>,
    /// `--kind selfie`: the main (largest) face, `null` when none was found, and how many faces
    /// were found (both absent for a document).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face: Option<Option<FaceFound>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub faces: Option<usize>,
}

/// A located document: its corners top-left, top-right, bottom-right, bottom-left in original
/// pixels (they may lie outside the picture when the document is cut off), and the confidence
/// that this is the document's outline (0..1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct DocumentFound {
    pub quad: [[f64; 2]; 4],
    pub score: f64,
}

/// A located face: its box `[x, y, w, h]` in original pixels (it may reach outside the picture
/// when the face is cut off), and the detector's confidence mapped to 0..1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FaceFound {
    #[serde(rename = "box")]
    pub bbox: [f64; 4],
    pub score: f64,
}

impl Report {
    pub fn new(kind: Kind, width: u32, height: u32, mut issues: Vec<Issue>, phash: u64) -> Report {
        // Fails before warnings; within a severity keep the checker's order (it lists the most
        // important measure first).
        issues.sort_by_key(|i| std::cmp::Reverse(i.severity));
        let ok = !issues.iter().any(|i| i.severity == Severity::Fail);
        Report {
            kind,
            ok,
            width,
            height,
            issues,
            phash,
            mrz: None,
            document: None,
            face: None,
            faces: None,
        }
    }

    pub fn has(&self, code: IssueCode) -> bool {
        self.issues.iter().any(|i| i.code == code)
    }

    /// Whether the findings look like what heavy recompression does to a picture: too few pixels,
    /// or blur on a picture no larger than a messenger's compressed copy. Sent as the original
    /// file, such a picture would be judged on its real detail.
    pub fn likely_recompressed(&self) -> bool {
        self.has(IssueCode::LowResolution)
            || (self.has(IssueCode::Blurry)
                && self.width.max(self.height) <= RECOMPRESSED_LONG_SIDE)
    }
}

/// The long side, in pixels, of the copy Telegram makes of a photo sent as a "photo" (not as a
/// file): it downscales to at most 1280 px and recompresses.
pub const RECOMPRESSED_LONG_SIDE: u32 = 1280;

/// Why a file could not be analysed at all. Codes are fixed by docs/contracts.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputErrorCode {
    NotFound,
    UnsupportedFormat,
    Corrupt,
    TooLarge,
    TooManyPixels,
}

impl InputErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            InputErrorCode::NotFound => "not_found",
            InputErrorCode::UnsupportedFormat => "unsupported_format",
            InputErrorCode::Corrupt => "corrupt",
            InputErrorCode::TooLarge => "too_large",
            InputErrorCode::TooManyPixels => "too_many_pixels",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("{message}")]
pub struct InputError {
    pub code: InputErrorCode,
    /// An English sentence for operators (the CLI); the bot localises by `code`.
    pub message: String,
}

impl InputError {
    pub fn new(code: InputErrorCode, message: impl Into<String>) -> InputError {
        InputError { code, message: message.into() }
    }
}
