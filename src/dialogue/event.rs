//! What reaches the dialogue from a transport, already translated out of Telegram or terminal terms.

use crate::quality::{Checked, InputError};

use super::{action::Action, state::Slot};

/// The slash commands (docs/contracts.md and the Telegram menu).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Help,
    Check,
    Faq,
    Language,
    Privacy,
    Forget,
    Cancel,
}

impl Command {
    pub const ALL: [Command; 8] = [
        Command::Start,
        Command::Help,
        Command::Check,
        Command::Faq,
        Command::Language,
        Command::Privacy,
        Command::Forget,
        Command::Cancel,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Command::Start => "start",
            Command::Help => "help",
            Command::Check => "check",
            Command::Faq => "faq",
            Command::Language => "language",
            Command::Privacy => "privacy",
            Command::Forget => "forget",
            Command::Cancel => "cancel",
        }
    }

    /// Parses `/name`, `/name@SomeBot` and `/name args`. `bot_name` is our username, when known:
    /// a command addressed to another bot is not ours.
    pub fn parse(text: &str, bot_name: Option<&str>) -> Option<Command> {
        let first = text.split_whitespace().next()?;
        let body = first.strip_prefix('/')?;
        let (name, target) = match body.split_once('@') {
            Some((n, t)) => (n, Some(t)),
            None => (body, None),
        };
        if let (Some(target), Some(me)) = (target, bot_name)
            && !target.eq_ignore_ascii_case(me)
        {
            return None;
        }
        Command::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name))
    }
}

/// Media the bot cannot use, named so the reply can say what it expects instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtherMedia {
    Sticker,
    Voice,
    Video,
    Location,
    Contact,
    /// A file that is not an image (PDF, archive, …).
    NonImageFile,
    Other,
}

/// The result of checking one photo, as the adapter hands it over.
// Not boxed: an outcome lives for one dialogue step and is moved, never stored in bulk.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum PhotoOutcome {
    Checked(Checked),
    Unreadable(InputError),
    /// Checked as an ID and as a selfie, for a picture sent without being asked for
    /// (`PhotoCheck::Unknown`): the dialogue decides from both what it shows.
    Both {
        as_id: Checked,
        as_selfie: Checked,
    },
}

impl PhotoOutcome {
    /// Joins the two checks of `PhotoCheck::Unknown`; an error in either is the outcome.
    pub fn both(as_id: PhotoOutcome, as_selfie: PhotoOutcome) -> PhotoOutcome {
        match (as_id, as_selfie) {
            (PhotoOutcome::Checked(as_id), PhotoOutcome::Checked(as_selfie)) => {
                PhotoOutcome::Both { as_id, as_selfie }
            }
            (PhotoOutcome::Checked(_), other) | (other, _) => other,
        }
    }
}

/// What the transport knows about a picture besides its pixels.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PhotoMeta {
    /// Sent as a file (the original) rather than as a messenger-compressed photo.
    pub as_file: bool,
    /// Forwarded from another chat (so perhaps not the person's own, or recompressed again).
    pub forwarded: bool,
    /// Text written with the picture.
    pub caption: Option<String>,
}

/// The check the dialogue asks the adapter to run on the picture that just arrived
/// (`Outcome::check`); the adapter runs it and feeds the result back as `Event::PhotoChecked`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoCheck {
    /// Check it as the photo of this slot.
    Slot(Slot),
    /// Nobody asked for it: check it as an ID and as a selfie (`Kind::Id` first) and hand back
    /// `PhotoOutcome::both`.
    Unknown,
}

// Not boxed: an event lives for one dialogue step and is moved, never stored in bulk.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone)]
pub enum Event {
    Command(Command),
    Button(Action),
    /// A button of a menu (`Reply::menu`) was pressed: the same as `Button`, and a menu shown
    /// in answer replaces the pressed one (`Reply::edit`).
    MenuButton(Action),
    Text(String),
    /// A photo or image file arrived, not yet downloaded. The dialogue answers with a
    /// `PhotoCheck` when it wants the picture checked, or with replies when it does not.
    PhotoArrived(PhotoMeta),
    /// The check asked for with `Outcome::check`, as the adapter ran it (an input error when the
    /// picture could not be fetched or read).
    PhotoChecked {
        check: PhotoCheck,
        meta: PhotoMeta,
        outcome: PhotoOutcome,
    },
    /// The person sent too much too fast; nothing else was done.
    RateLimited,
    Other(OtherMedia),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse_with_and_without_bot_name() {
        assert_eq!(Command::parse("/start", None), Some(Command::Start));
        assert_eq!(Command::parse("  /FAQ please", None), Some(Command::Faq));
        assert_eq!(
            Command::parse("/help@kyc_doctor_bot", Some("kyc_doctor_bot")),
            Some(Command::Help)
        );
        assert_eq!(Command::parse("/help@other_bot", Some("kyc_doctor_bot")), None);
        assert_eq!(Command::parse("/nope", None), None);
        assert_eq!(Command::parse("start", None), None);
        assert_eq!(Command::parse("", None), None);
    }
}
