//! Button actions and their compact callback data (Telegram allows 1–64 bytes; never user text).

use crate::content::{
    Lang,
    reasons::{Family, ReasonId},
};

use super::state::{DocType, Slot};
use crate::quality::Kind;

/// Leads the callback data of a menu's buttons (see `Action::encode_on`).
pub const MENU_MARK: char = '~';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Menu,
    StartCheck,
    Family(Family),
    /// "No reason was shown" on the family screen.
    NoReason,
    Reason(ReasonId),
    Document(DocType),
    Skip(Slot),
    /// Keep the photo despite its problems and go on.
    Continue,
    Retake(Slot),
    Summary,
    Expiry,
    NextSteps,
    FaqMenu,
    Faq(&'static str),
    LanguageMenu,
    Language(Lang),
    Privacy,
    ScamWarning,
    Back,
    /// "↩ Continue" under an answer: the question of the step the person is at, again.
    Resume,
    /// "It has no expiry date", offered when a typed date could not be read.
    NoExpiry,
    /// The answer to "is this your document or a selfie?" for a photo nobody asked for.
    PhotoIs(Kind),
}

impl Action {
    pub fn encode(self) -> String {
        match self {
            Action::Menu => "m".into(),
            Action::StartCheck => "c".into(),
            Action::Family(f) => format!("f:{}", f.as_str()),
            Action::NoReason => "nr".into(),
            Action::Reason(r) => format!("r:{}", r.as_str()),
            Action::Document(d) => format!("d:{}", d.as_str()),
            Action::Skip(s) => format!("s:{}", s.as_str()),
            Action::Continue => "go".into(),
            Action::Retake(s) => format!("rt:{}", s.as_str()),
            Action::Summary => "sum".into(),
            Action::Expiry => "exp".into(),
            Action::NextSteps => "next".into(),
            Action::FaqMenu => "qm".into(),
            Action::Faq(id) => format!("q:{id}"),
            Action::LanguageMenu => "lm".into(),
            Action::Language(l) => format!("l:{}", l.tag()),
            Action::Privacy => "p".into(),
            Action::ScamWarning => "scam".into(),
            Action::Back => "b".into(),
            Action::NoExpiry => "nx".into(),
            Action::Resume => "re".into(),
            Action::PhotoIs(kind) => format!("is:{}", kind.as_str()),
        }
    }

    /// Callback data for this action on a button of `reply`: a menu's buttons carry a leading
    /// `MENU_MARK`, so the press can be told to replace that menu (`Event::MenuButton`).
    pub fn encode_on(self, menu: bool) -> String {
        match menu {
            true => format!("{MENU_MARK}{}", self.encode()),
            false => self.encode(),
        }
    }

    /// Reads callback data written by `encode_on`: the action, and whether its button was on a
    /// menu. Data without the mark (a result's button, or an older message's) is not on a menu.
    pub fn decode_press(data: &str) -> Option<(Action, bool)> {
        match data.strip_prefix(MENU_MARK) {
            Some(rest) => Action::decode(rest).map(|a| (a, true)),
            None => Action::decode(data).map(|a| (a, false)),
        }
    }

    /// Reads callback data back. Anything unknown (an old message's button after an upgrade, a
    /// forged payload) is `None`, and the caller answers with the menu.
    pub fn decode(data: &str) -> Option<Action> {
        let (head, arg) = match data.split_once(':') {
            Some((h, a)) => (h, Some(a)),
            None => (data, None),
        };
        let action = match (head, arg) {
            ("m", None) => Action::Menu,
            ("c", None) => Action::StartCheck,
            ("f", Some(a)) => Action::Family(Family::parse(a)?),
            ("nr", None) => Action::NoReason,
            ("r", Some(a)) => Action::Reason(ReasonId::parse(a)?),
            ("d", Some(a)) => Action::Document(DocType::parse(a)?),
            ("s", Some(a)) => Action::Skip(Slot::parse(a)?),
            ("go", None) => Action::Continue,
            ("rt", Some(a)) => Action::Retake(Slot::parse(a)?),
            ("sum", None) => Action::Summary,
            ("exp", None) => Action::Expiry,
            ("next", None) => Action::NextSteps,
            ("qm", None) => Action::FaqMenu,
            ("q", Some(a)) => {
                Action::Faq(crate::content::faq::FAQ_IDS.iter().find(|id| **id == a)?)
            }
            ("lm", None) => Action::LanguageMenu,
            ("l", Some(a)) => Action::Language(Lang::from_tag(a)?),
            ("p", None) => Action::Privacy,
            ("scam", None) => Action::ScamWarning,
            ("b", None) => Action::Back,
            ("nx", None) => Action::NoExpiry,
            ("re", None) => Action::Resume,
            ("is", Some("id")) => Action::PhotoIs(Kind::Id),
            ("is", Some("selfie")) => Action::PhotoIs(Kind::Selfie),
            _ => return None,
        };
        Some(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_round_trips_within_64_bytes() {
        let mut all = vec![
            Action::Menu,
            Action::StartCheck,
            Action::NoReason,
            Action::Continue,
            Action::Summary,
            Action::Expiry,
            Action::NextSteps,
            Action::FaqMenu,
            Action::LanguageMenu,
            Action::Privacy,
            Action::ScamWarning,
            Action::Back,
            Action::PhotoIs(Kind::Id),
            Action::PhotoIs(Kind::Selfie),
            Action::NoExpiry,
            Action::Resume,
        ];
        all.extend(Family::ALL.map(Action::Family));
        all.extend(ReasonId::ALL.map(Action::Reason));
        all.extend(DocType::ALL.map(Action::Document));
        for s in [Slot::Front, Slot::Back, Slot::Selfie] {
            all.push(Action::Skip(s));
            all.push(Action::Retake(s));
        }
        all.extend(crate::content::faq::FAQ_IDS.iter().map(|id| Action::Faq(id)));
        all.extend(Lang::all().map(Action::Language));
        for a in all {
            let data = a.encode();
            assert!(!data.is_empty() && data.len() <= 64, "{data}");
            assert_eq!(Action::decode(&data), Some(a), "{data}");
            assert_eq!(Action::decode_press(&data), Some((a, false)), "{data}");
            let on_menu = a.encode_on(true);
            assert!(on_menu.len() <= 64, "{on_menu}");
            assert_eq!(Action::decode_press(&on_menu), Some((a, true)), "{on_menu}");
        }
    }

    #[test]
    fn unknown_data_is_refused() {
        for data in ["", "zz", "r:nope", "l:xx", "q:", "m:1", "f", "~", "~~m", "~zz"] {
            assert_eq!(Action::decode_press(data), None, "{data}");
        }
    }
}
