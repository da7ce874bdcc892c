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
    /// A navigation screen (a menu or the question of a step), not a result: its buttons move
    /// between screens, so a press on them may show the next screen in the same message.
    pub menu: bool,
    /// Show this reply in place of the message whose button was pressed (Telegram's convention
    /// for menus), instead of as a new message. Set only on the first reply to a press on a
    /// menu, when that reply is a menu too; results (photo findings, checklists, answers) are
    /// always new messages. Transports that cannot edit (the terminal) print it as usual.
    pub edit: bool,
}

impl Reply {
    pub fn text(text: impl Into<String>) -> Reply {
        Reply { text: text.into(), ..Reply::default() }
    }

    pub fn with_keyboard(mut self, keyboard: Vec<Vec<Button>>) -> Reply {
        self.keyboard = keyboard;
        self
    }

    /// Marks this reply as a navigation screen (see `menu`).
    pub fn as_menu(mut self) -> Reply {
        self.menu = true;
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
