//! The transitions: `handle(state, event) -> (new state, replies)`. Pure: no I/O, no clock (the
//! caller passes today's date), so every flow is a plain unit test.

use chrono::NaiveDate;

use crate::content::{Lang, faq, reasons::ReasonId};

use super::{
    action::Action,
    event::{Command, Event, OtherMedia, PhotoOutcome},
    reply::{Outcome, Reply},
    state::{PhotoRecord, Slot, State, Step},
    view::View,
};

/// How close two perceptual hashes must be (differing bits of 64) to count as the same photo:
/// recompression and small resizes flip a few bits, a retake flips many.
const SAME_PHOTO_MAX_BITS: u32 = 6;

/// What the transport knows about the person and the moment.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// Telegram's `language_code` (or the terminal's `--lang`).
    pub language_code: Option<&'a str>,
    pub today: NaiveDate,
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

/// Handles one event.
pub fn handle(state: State, event: Event, ctx: &Context) -> Outcome {
    let mut machine = Machine {
        view: View { lang: state.language(ctx) },
        state,
        replies: Vec::new(),
        forget: false,
    };
    match event {
        Event::Command(c) => machine.command(c),
        Event::Button(a) => machine.action(a),
        Event::Text(t) => machine.text(&t, ctx),
        Event::Photo { slot, outcome } => machine.photo(slot, outcome),
        Event::UnexpectedPhoto => {
            machine.say(machine.view.t("photo-not-expected"));
            machine.prompt();
        }
        Event::PhotoRejected(error) => {
            let reply = machine.view.input_error(&error);
            machine.replies.push(reply);
        }
        Event::Other(media) => machine.other_media(media),
    }
    Outcome { state: (!machine.forget).then_some(machine.state), replies: machine.replies }
}

struct Machine {
    view: View,
    state: State,
    replies: Vec<Reply>,
    forget: bool,
}

impl Machine {
    fn say(&mut self, text: String) {
        self.replies.push(Reply::text(text));
    }

    fn prompt(&mut self) {
        let reply = self.view.prompt(&self.state);
        self.replies.push(reply);
    }

    fn go(&mut self, step: Step) {
        self.state.step = step;
        self.prompt();
    }

    /// Starts a fresh case, keeping only the chosen language.
    fn reset(&mut self) {
        self.state = State { lang: self.state.lang, ..State::default() };
    }

    fn command(&mut self, command: Command) {
        match command {
            Command::Start => {
                self.reset();
                let reply = self.view.main_menu("menu-welcome");
                self.replies.push(reply);
            }
            Command::Help => {
                self.say(self.view.t("help-text"));
                self.prompt();
            }
            Command::Check => {
                self.reset();
                self.go(Step::ChooseFamily);
            }
            Command::Faq => self.replies.push(self.view.faq_menu()),
            Command::Language => self.replies.push(self.view.language_menu()),
            Command::Privacy => self.say(self.view.t("privacy-text")),
            Command::Forget => {
                self.forget = true;
                self.state = State::default();
                self.say(self.view.t("forget-done"));
            }
            Command::Cancel => {
                self.reset();
                self.say(self.view.t("cancel-done"));
                self.prompt();
            }
        }
    }

    fn action(&mut self, action: Action) {
        match action {
            Action::Menu => self.go(Step::Menu),
            Action::StartCheck => {
                self.reset();
                self.go(Step::ChooseFamily);
            }
            Action::Family(family) => match family.reasons().as_slice() {
                [only] => self.choose_reason(*only),
                _ => self.go(Step::ChooseReason { family }),
            },
            Action::NoReason => self.choose_reason(ReasonId::Unknown),
            Action::Reason(reason) => self.choose_reason(reason),
            Action::Document(doc) => {
                if self.state.case.reason.is_none() {
                    // A button from an old message: the reason comes first.
                    return self.go(Step::ChooseFamily);
                }
                self.state.case.document = Some(doc);
                self.state.case.photos.clear();
                self.state.case.skipped.clear();
                self.go(Step::AwaitPhoto { slot: Slot::Front, retake: false });
            }
            Action::Skip(slot) => {
                if slot == Slot::Selfie && !self.state.case.selfie_optional() {
                    return self.prompt();
                }
                self.state.case.photos.retain(|p| p.slot != slot);
                if !self.state.case.skipped.contains(&slot) {
                    self.state.case.skipped.push(slot);
                }
                self.advance(slot);
            }
            Action::Continue => match self.state.step {
                Step::AwaitPhoto { slot, .. } if self.state.case.photo(slot).is_some() => {
                    self.advance(slot)
                }
                _ => self.prompt(),
            },
            Action::Retake(slot) => {
                if self.state.case.document.is_none() {
                    return self.go(Step::ChooseFamily);
                }
                self.go(Step::AwaitPhoto { slot, retake: true });
            }
            Action::Summary => self.summary(),
            Action::Expiry => self.go(Step::AwaitExpiry),
            Action::NextSteps => self.replies.push(self.view.next_steps()),
            Action::FaqMenu => self.replies.push(self.view.faq_menu()),
            Action::Faq(id) => self.replies.push(self.view.faq_answer(id)),
            Action::ScamWarning => self.replies.push(self.view.faq_answer("scam_warning")),
            Action::LanguageMenu => self.replies.push(self.view.language_menu()),
            Action::Language(lang) => {
                self.state.lang = Some(lang);
                self.view = View { lang };
                self.say(self.view.t("language-set"));
                self.prompt();
            }
            Action::Privacy => self.say(self.view.t("privacy-text")),
            Action::Back => self.back(),
        }
    }

    fn choose_reason(&mut self, reason: ReasonId) {
        self.state.case = Default::default();
        self.state.case.reason = Some(reason);
        let intro = self.view.reason_intro(reason);
        self.replies.push(intro);
        if reason.is_final() {
            // Photos cannot fix a final outcome; the intro already says what to do instead.
            self.state.step = Step::Menu;
            return;
        }
        self.go(Step::ChooseDocument);
    }

    /// "Back" (and "Continue" after an FAQ answer, which re-shows where the person was).
    fn back(&mut self) {
        let case = &self.state.case;
        let step = match &self.state.step {
            Step::Menu => Step::Menu,
            Step::ChooseFamily => Step::Menu,
            Step::ChooseReason { .. } => Step::ChooseFamily,
            Step::ChooseDocument => match case.reason.and_then(ReasonId::family) {
                Some(family) if family.reasons().len() > 1 => Step::ChooseReason { family },
                _ => Step::ChooseFamily,
            },
            Step::AwaitPhoto { retake: true, .. } => Step::Summary,
            Step::AwaitPhoto { slot, .. } => {
                let slots = case.slots();
                match slots.iter().position(|s| s == slot) {
                    Some(0) | None => Step::ChooseDocument,
                    Some(i) => Step::AwaitPhoto { slot: slots[i - 1], retake: false },
                }
            }
            Step::Summary => Step::Summary,
            Step::AwaitExpiry => Step::Summary,
        };
        self.go(step);
    }

    /// After a slot is done: the next open slot, or the summary.
    fn advance(&mut self, done: Slot) {
        let retake = matches!(self.state.step, Step::AwaitPhoto { retake: true, .. });
        let next = if retake { None } else { self.state.case.next_slot(done) };
        match next {
            Some(slot) => self.go(Step::AwaitPhoto { slot, retake: false }),
            None => self.summary(),
        }
    }

    fn summary(&mut self) {
        if self.state.case.reason.is_none() {
            return self.go(Step::ChooseFamily);
        }
        self.go(Step::Summary);
    }

    fn photo(&mut self, slot: Slot, outcome: PhotoOutcome) {
        if self.state.expected_photo() != Some(slot) {
            // The step moved on while the photo was being checked (e.g. /cancel in between).
            self.say(self.view.t("photo-not-expected"));
            return self.prompt();
        }
        let checked = match outcome {
            PhotoOutcome::Checked(checked) => checked,
            PhotoOutcome::Unreadable(error) => {
                let reply = self.view.input_error(&error);
                self.replies.push(reply);
                return;
            }
        };
        let report = checked.report;
        let same_again = !report.ok
            && self
                .state
                .case
                .failed_hashes
                .iter()
                .any(|h| (h ^ report.phash).count_ones() <= SAME_PHOTO_MAX_BITS);
        let record =
            PhotoRecord { slot, ok: report.ok, issues: report.issues, phash: report.phash };
        let reply = self.view.photo_result(&record, same_again, checked.annotated_jpeg);
        self.replies.push(reply);
        let ok = record.ok;
        self.state.case.record(record);
        if ok {
            self.advance(slot);
        } else {
            // Stay on this slot: the next photo is a retake; a button keeps this one.
            let reply = Reply::text(self.view.t("photo-retake-hint")).with_keyboard(vec![
                vec![super::reply::Button::new(self.view.t("btn-keep-photo"), Action::Continue)],
                vec![
                    super::reply::Button::new(self.view.t("btn-back"), Action::Back),
                    super::reply::Button::new(self.view.t("btn-menu"), Action::Menu),
                ],
            ]);
            self.replies.push(reply);
        }
    }

    fn text(&mut self, text: &str, ctx: &Context) {
        if self.state.step == Step::AwaitExpiry {
            return self.expiry(text, ctx.today);
        }
        match faq::match_question(text, self.view.lang).confident_id() {
            Some(id) => {
                let reply = self.view.faq_answer(id);
                self.replies.push(reply);
            }
            None => {
                if let Some(slot) = self.state.expected_photo() {
                    let slot = self.view.slot_name(slot);
                    self.say(
                        self.view.ta("hint-waiting-photo", &crate::fluent_args!["slot" => slot]),
                    );
                }
                self.say(self.view.t("faq-no-match"));
                let menu = self.view.faq_menu();
                self.replies.push(menu);
            }
        }
    }

    fn expiry(&mut self, text: &str, today: NaiveDate) {
        use crate::content::checklist::{ExpiryVerdict, check_expiry, expiry_reply};
        let unreadable = check_expiry(text, today) == ExpiryVerdict::Unreadable;
        self.say(expiry_reply(self.view.lang, text, today));
        if unreadable {
            return self.prompt();
        }
        self.summary();
    }

    fn other_media(&mut self, media: OtherMedia) {
        let id = match media {
            OtherMedia::Sticker => "media-sticker",
            OtherMedia::Voice => "media-voice",
            OtherMedia::Video => "media-video",
            OtherMedia::Location | OtherMedia::Contact => "media-private-data",
            OtherMedia::NonImageFile => "media-not-image",
            OtherMedia::Other => "media-other",
        };
        self.say(self.view.t(id));
        self.prompt();
    }
}
