//! What a picture sent without being asked for shows: a document or a face. Decided from the two
//! checks' public results only (was a document outline found; was a face found, and is it large),
//! so it needs no measure of its own and stays as good as the detectors are.

use super::{
    CheckOptions, Checked, InputError, Kind, Report,
    report::{IssueCode, Severity},
};

/// The picture's likely content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guess {
    /// A document was found and no face fills the frame.
    Id,
    /// A face fills the frame and no document was found.
    Selfie,
    /// Both, or neither: ask the person.
    Unsure,
}

/// Decides from a picture's check as an ID and as a selfie.
///
/// "A face fills the frame" means the selfie check found a face and did not call it small even at
/// warning level (face-box width ≥ the selfie check's warn limit of the frame's short side, see
/// `face_too_small`). A document's own portrait is far below that, so an ID photo does not count.
pub fn classify(as_id: &Report, as_selfie: &Report) -> Guess {
    let document = !as_id.has(IssueCode::NoDocument);
    let large_face = !as_selfie.has(IssueCode::NoFace)
        && !as_selfie
            .issues
            .iter()
            .any(|i| i.code == IssueCode::FaceTooSmall && i.severity >= Severity::Warn);
    match (document, large_face) {
        (true, false) => Guess::Id,
        (false, true) => Guess::Selfie,
        _ => Guess::Unsure,
    }
}

/// Both checks of one picture, for when the caller does not know what it shows.
pub fn check_both(bytes: &[u8], opts: &CheckOptions) -> Result<(Checked, Checked), InputError> {
    let as_id = super::check(bytes, Kind::Id, opts)?;
    let as_selfie = super::check(bytes, Kind::Selfie, opts)?;
    Ok((as_id, as_selfie))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::{Issue, Region};

    fn report(kind: Kind, codes: &[(IssueCode, Severity)]) -> Report {
        let issues = codes
            .iter()
            .map(|&(code, severity)| Issue {
                code,
                severity,
                value: 0.0,
                limit: 0.0,
                region: None::<Region>,
            })
            .collect();
        Report::new(kind, 1600, 1200, issues, 0)
    }

    #[test]
    fn a_document_without_a_large_face_is_an_id() {
        let id = report(Kind::Id, &[(IssueCode::Glare, Severity::Fail)]);
        let selfie = report(Kind::Selfie, &[(IssueCode::FaceTooSmall, Severity::Fail)]);
        assert_eq!(classify(&id, &selfie), Guess::Id);
        let selfie = report(Kind::Selfie, &[(IssueCode::NoFace, Severity::Fail)]);
        assert_eq!(classify(&id, &selfie), Guess::Id);
    }

    #[test]
    fn a_large_face_without_a_document_is_a_selfie() {
        let id = report(Kind::Id, &[(IssueCode::NoDocument, Severity::Fail)]);
        let selfie = report(Kind::Selfie, &[(IssueCode::Backlit, Severity::Warn)]);
        assert_eq!(classify(&id, &selfie), Guess::Selfie);
    }

    #[test]
    fn both_or_neither_is_unsure() {
        let id = report(Kind::Id, &[]);
        let selfie = report(Kind::Selfie, &[]);
        assert_eq!(classify(&id, &selfie), Guess::Unsure, "an ID held next to a face");
        let id = report(Kind::Id, &[(IssueCode::NoDocument, Severity::Fail)]);
        let selfie = report(Kind::Selfie, &[(IssueCode::FaceTooSmall, Severity::Warn)]);
        assert_eq!(classify(&id, &selfie), Guess::Unsure);
    }
}
