//! What the dialogue answers: transport-neutral messages with buttons.

use super::action::Action;

#[derive(Debug, Clone, PartialEq)]
pub struct Button {
    pub label: String,
    pub action: Action,
}

impl Button {
    pub fn new(label: impl Into<String>, action: Action) -> Button {
        Button { label: label.into(), action }
    }
}

/// One message to send. Text is plain (adapters escape it for their markup).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reply {
    pub text: String,
    /// Rows of buttons.
    pub keyboard: Vec<Vec<Button>>,
    /// A marked-up picture (JPEG bytes, in memory only) sent with `text` as its caption.
    pub photo: Option<Vec<u8>>,
}

impl Reply {
    pub fn text(text: impl Into<String>) -> Reply {
        Reply { text: text.into(), ..Reply::default() }
    }

    pub fn with_keyboard(mut self, keyboard: Vec<Vec<Button>>) -> Reply {
        self.keyboard = keyboard;
        self
    }

    pub fn buttons(&self) -> impl Iterator<Item = &Button> {
        self.keyboard.iter().flatten()
    }
}

/// The result of handling one event.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The new state; `None` means "forget this person": delete the stored dialogue.
    pub state: Option<super::State>,
    pub replies: Vec<Reply>,
    /// The check to run on the picture that just arrived (after `Event::PhotoArrived`); the
    /// adapter feeds its result back as `Event::PhotoChecked`.
    pub check: Option<super::event::PhotoCheck>,
}
