//! The dialogue state: small serde data (step, language, chosen reason, per-photo findings), never
//! image bytes or document data. Later versions must still read what earlier ones stored: only add
//! variants and fields, and give new fields `#[serde(default)]`.

use serde::{Deserialize, Serialize};

use crate::{
    content::{
        Lang,
        reasons::{Family, ReasonId},
    },
    quality::{Issue, IssueCode, Kind, Severity},
};

use super::machine::Context;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// The language the person chose with /language; it wins over Telegram's language code.
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub step: Step,
    #[serde(default)]
    pub case: Case,
}

/// Where the person is in the flow.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(tag = "at", rename_all = "snake_case")]
pub enum Step {
    #[default]
    Menu,
    ChooseFamily,
    ChooseReason {
        family: Family,
    },
    ChooseDocument,
    /// Waiting for the photo of `slot`. `retake` means the person came from the summary to redo
    /// one photo and goes back there afterwards.
    AwaitPhoto {
        slot: Slot,
        #[serde(default)]
        retake: bool,
    },
    Summary,
    AwaitExpiry,
}

impl State {
    /// The language to answer in: the person's explicit choice, else their app's language.
    pub fn language(&self, ctx: &Context) -> Lang {
        self.lang.unwrap_or_else(|| Lang::negotiate(ctx.language_code))
    }

    /// The slot a photo arriving now would fill, if the dialogue is waiting for one.
    pub fn expected_photo(&self) -> Option<Slot> {
        match self.step {
            Step::AwaitPhoto { slot, .. } => Some(slot),
            _ => None,
        }
    }
}

/// What the person told us and what the checker found, for one verification attempt.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Case {
    #[serde(default)]
    pub reason: Option<ReasonId>,
    #[serde(default)]
    pub document: Option<DocType>,
    /// The latest check of each slot (a retake replaces it).
    #[serde(default)]
    pub photos: Vec<PhotoRecord>,
    /// Perceptual hashes of photos that failed, so the same photo sent again is recognised without
    /// keeping the photo. Bounded: the oldest are dropped.
    #[serde(default)]
    pub failed_hashes: Vec<u64>,
    /// Slots the person chose to skip.
    #[serde(default)]
    pub skipped: Vec<Slot>,
    /// A photo nobody asked for that could be either: its check as an ID and as a selfie, until
    /// the person says which it is.
    #[serde(default)]
    pub pending: Vec<PhotoRecord>,
}

/// How many failed-photo hashes a case keeps.
pub const MAX_FAILED_HASHES: usize = 16;

impl Case {
    pub fn photo(&self, slot: Slot) -> Option<&PhotoRecord> {
        self.photos.iter().find(|p| p.slot == slot)
    }

    /// Stores the check of a slot, replacing an earlier one (a retake).
    pub fn record(&mut self, record: PhotoRecord) {
        self.skipped.retain(|s| *s != record.slot);
        if !record.ok {
            self.failed_hashes.retain(|h| *h != record.phash);
            self.failed_hashes.push(record.phash);
            if self.failed_hashes.len() > MAX_FAILED_HASHES {
                self.failed_hashes.remove(0);
            }
        }
        match self.photos.iter_mut().find(|p| p.slot == record.slot) {
            Some(existing) => *existing = record,
            None => self.photos.push(record),
        }
    }

    /// The slots this case asks for, in order. None for a proof of address: the checker measures
    /// identity documents and faces, not utility bills or bank statements.
    pub fn slots(&self) -> Vec<Slot> {
        if self.reason == Some(ReasonId::AddressProof) {
            return Vec::new();
        }
        let mut slots = vec![Slot::Front];
        if self.document.is_some_and(DocType::has_back) {
            slots.push(Slot::Back);
        }
        slots.push(Slot::Selfie);
        slots
    }

    /// The slot after `slot` in this case, if any.
    pub fn next_slot(&self, slot: Slot) -> Option<Slot> {
        let slots = self.slots();
        let at = slots.iter().position(|s| *s == slot)?;
        slots.get(at + 1).copied()
    }

    /// The ID slot a document photo nobody asked for fills: the first one without a photo, else
    /// the first whose photo failed, else the front. Before the document type is known, a card
    /// (front and back) is assumed; choosing a passport later drops the back.
    pub fn id_slot_for_unasked_photo(&self) -> Slot {
        let candidates: Vec<Slot> = match self.document {
            Some(_) => self.slots().into_iter().filter(|s| *s != Slot::Selfie).collect(),
            None => vec![Slot::Front, Slot::Back],
        };
        let without_photo = candidates.iter().find(|s| self.photo(**s).is_none());
        let failed = candidates.iter().find(|s| self.photo(**s).is_some_and(|p| !p.ok));
        without_photo.or(failed).copied().unwrap_or(Slot::Front)
    }

    /// The first slot after `slot` that has neither a photo nor was skipped (photos may come
    /// before they are asked for).
    pub fn next_open_slot(&self, slot: Slot) -> Option<Slot> {
        let slots = self.slots();
        let at = slots.iter().position(|s| *s == slot)?;
        slots[at + 1..]
            .iter()
            .copied()
            .find(|s| self.photo(*s).is_none() && !self.skipped.contains(s))
    }

    /// The first slot of this case that has neither a photo nor was skipped.
    pub fn first_open_slot(&self) -> Option<Slot> {
        self.slots().into_iter().find(|s| self.photo(*s).is_none() && !self.skipped.contains(s))
    }

    /// Whether the selfie may be skipped: only when the reason has nothing to do with the face.
    /// (`ReasonId::needs_selfie` says where a selfie check is worth offering; that is wider.)
    pub fn selfie_optional(&self) -> bool {
        !self.reason.is_some_and(|r| r.family() == Some(Family::FaceCapture))
    }
}

/// A photo the dialogue asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    Front,
    Back,
    Selfie,
}

impl Slot {
    pub fn kind(self) -> Kind {
        match self {
            Slot::Front | Slot::Back => Kind::Id,
            Slot::Selfie => Kind::Selfie,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Slot::Front => "front",
            Slot::Back => "back",
            Slot::Selfie => "selfie",
        }
    }

    pub fn parse(s: &str) -> Option<Slot> {
        [Slot::Front, Slot::Back, Slot::Selfie].into_iter().find(|x| x.as_str() == s)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    Passport,
    IdCard,
    DriverLicense,
    ResidencePermit,
}

impl DocType {
    pub const ALL: [DocType; 4] =
        [DocType::Passport, DocType::IdCard, DocType::DriverLicense, DocType::ResidencePermit];

    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Passport => "passport",
            DocType::IdCard => "id_card",
            DocType::DriverLicense => "driver_license",
            DocType::ResidencePermit => "residence_permit",
        }
    }

    pub fn parse(s: &str) -> Option<DocType> {
        DocType::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Cards have a back that OKX asks for; a passport's data page is one photo.
    pub fn has_back(self) -> bool {
        !matches!(self, DocType::Passport)
    }
}

/// What the checker found on one photo: codes, severities and places only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoRecord {
    pub slot: Slot,
    pub ok: bool,
    #[serde(default)]
    pub issues: Vec<Issue>,
    #[serde(default)]
    pub phash: u64,
}

impl PhotoRecord {
    /// What is kept of a check: codes, severities, places and the picture hash.
    pub fn of(slot: Slot, report: crate::quality::Report) -> PhotoRecord {
        PhotoRecord { slot, ok: report.ok, issues: report.issues, phash: report.phash }
    }

    pub fn worst(&self) -> Option<Severity> {
        self.issues.iter().map(|i| i.severity).max()
    }

    pub fn has(&self, code: IssueCode) -> bool {
        self.issues.iter().any(|i| i.code == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_and_partial_states_still_read() {
        // An empty object, an unknown extra field, and a step without later-added fields.
        let s: State = serde_json::from_str("{}").unwrap();
        assert_eq!(s, State::default());
        let s: State =
            serde_json::from_str(r#"{"step":{"at":"await_photo","slot":"back"},"future":1}"#)
                .unwrap();
        assert_eq!(s.step, Step::AwaitPhoto { slot: Slot::Back, retake: false });
    }

    #[test]
    fn state_round_trips() {
        let mut s = State { lang: Lang::from_tag("ru"), step: Step::Summary, ..State::default() };
        s.case.reason = Some(ReasonId::PhotoGlare);
        s.case.document = Some(DocType::IdCard);
        s.case.record(PhotoRecord { slot: Slot::Front, ok: false, issues: vec![], phash: 7 });
        let json = serde_json::to_string(&s).unwrap();
        let back: State = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn slots_follow_the_document() {
        let mut case = Case { document: Some(DocType::Passport), ..Case::default() };
        assert_eq!(case.slots(), vec![Slot::Front, Slot::Selfie]);
        case.document = Some(DocType::IdCard);
        assert_eq!(case.slots(), vec![Slot::Front, Slot::Back, Slot::Selfie]);
        assert_eq!(case.next_slot(Slot::Back), Some(Slot::Selfie));
        assert_eq!(case.next_slot(Slot::Selfie), None);
    }

    #[test]
    fn failed_hashes_are_bounded() {
        let mut case = Case::default();
        for h in 0..40 {
            case.record(PhotoRecord { slot: Slot::Front, ok: false, issues: vec![], phash: h });
        }
        assert_eq!(case.failed_hashes.len(), MAX_FAILED_HASHES);
        assert_eq!(case.photos.len(), 1);
    }
}
