//! The transitions: `handle(state, event) -> (new state, replies)`. Pure: no I/O, no clock (the
//! caller passes today's date), so every flow is a plain unit test.
//!
//! Read it as a list of states, as teloxide's `examples/dialogue.rs`: `handle` first takes what
//! works the same everywhere (slash commands, navigation and information buttons, unusable
//! media), then hands the rest (typed text, photos, Continue, Skip, Back) to the one function of
//! the current step, `on_<step>`.

use chrono::NaiveDate;

use crate::content::{
    faq,
    reasons::{Family, ReasonId},
};

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

/// What the current step decides for itself; everything else is handled the same in every step.
enum Input {
    Text(String),
    Photo {
        slot: Slot,
        outcome: PhotoOutcome,
    },
    UnexpectedPhoto,
    /// "Keep this photo and go on".
    Continue,
    Skip(Slot),
    Back,
}

/// Handles one event.
pub fn handle(state: State, event: Event, ctx: &Context) -> Outcome {
    let mut machine = Machine {
        view: View { lang: state.language(ctx) },
        state,
        replies: Vec::new(),
        forget: false,
        today: ctx.today,
    };
    match event {
        Event::Command(command) => machine.command(command),
        Event::Button(action) => machine.button(action),
        Event::PhotoRejected(error) => machine.input_error(&error),
        Event::Other(media) => machine.other_media(media),
        Event::Text(text) => machine.on_step(Input::Text(text)),
        Event::Photo { slot, outcome } => machine.on_step(Input::Photo { slot, outcome }),
        Event::UnexpectedPhoto => machine.on_step(Input::UnexpectedPhoto),
    }
    Outcome { state: (!machine.forget).then_some(machine.state), replies: machine.replies }
}

struct Machine {
    view: View,
    state: State,
    replies: Vec<Reply>,
    forget: bool,
    today: NaiveDate,
}

// ---- the steps: one function each --------------------------------------------------------------

impl Machine {
    fn on_step(&mut self, input: Input) {
        match self.state.step.clone() {
            Step::Menu => self.on_menu(input),
            Step::ChooseFamily => self.on_choose_family(input),
            Step::ChooseReason { family } => self.on_choose_reason(family, input),
            Step::ChooseDocument => self.on_choose_document(input),
            Step::AwaitPhoto { slot, retake } => self.on_await_photo(slot, retake, input),
            Step::Summary => self.on_summary(input),
            Step::AwaitExpiry => self.on_await_expiry(input),
        }
    }

    fn on_menu(&mut self, input: Input) {
        match input {
            Input::Back => self.go(Step::Menu),
            other => self.not_for_this_step(other),
        }
    }

    fn on_choose_family(&mut self, input: Input) {
        match input {
            Input::Back => self.go(Step::Menu),
            other => self.not_for_this_step(other),
        }
    }

    fn on_choose_reason(&mut self, _family: Family, input: Input) {
        match input {
            Input::Back => self.go(Step::ChooseFamily),
            other => self.not_for_this_step(other),
        }
    }

    fn on_choose_document(&mut self, input: Input) {
        match input {
            Input::Back => {
                let step = match self.state.case.reason.and_then(ReasonId::family) {
                    Some(family) if family.reasons().len() > 1 => Step::ChooseReason { family },
                    _ => Step::ChooseFamily,
                };
                self.go(step);
            }
            other => self.not_for_this_step(other),
        }
    }

    fn on_await_photo(&mut self, slot: Slot, retake: bool, input: Input) {
        match input {
            Input::Photo { slot: checked, outcome } if checked == slot => {
                self.photo_checked(slot, outcome)
            }
            Input::Continue if self.state.case.photo(slot).is_some() => self.advance(slot),
            Input::Skip(skipped) => self.skip(skipped),
            Input::Back if retake => self.go(Step::Summary),
            Input::Back => {
                let slots = self.state.case.slots();
                let step = match slots.iter().position(|s| *s == slot) {
                    Some(0) | None => Step::ChooseDocument,
                    Some(i) => Step::AwaitPhoto { slot: slots[i - 1], retake: false },
                };
                self.go(step);
            }
            Input::Text(text) => {
                if !self.answer_question(&text) {
                    let slot = self.view.slot_name(slot);
                    self.say(
                        self.view.ta("hint-waiting-photo", &crate::fluent_args!["slot" => slot]),
                    );
                    self.no_answer();
                }
            }
            other => self.not_for_this_step(other),
        }
    }

    fn on_summary(&mut self, input: Input) {
        match input {
            Input::Back => self.go(Step::Summary),
            other => self.not_for_this_step(other),
        }
    }

    fn on_await_expiry(&mut self, input: Input) {
        match input {
            Input::Text(text) => self.expiry(&text),
            Input::Back => self.go(Step::Summary),
            other => self.not_for_this_step(other),
        }
    }

    /// What a step that does not use `input` does with it: a question is answered, a photo is
    /// not expected here, an old Continue or Skip button shows the step again.
    fn not_for_this_step(&mut self, input: Input) {
        match input {
            Input::Text(text) => {
                if !self.answer_question(&text) {
                    self.no_answer();
                }
            }
            Input::Photo { .. } | Input::UnexpectedPhoto => {
                // Also a photo checked for a slot the step moved on from (e.g. /cancel meanwhile).
                self.say(self.view.t("photo-not-expected"));
                self.prompt();
            }
            Input::Continue | Input::Skip(_) | Input::Back => self.prompt(),
        }
    }
}

// ---- what works the same in every step --------------------------------------------------------

impl Machine {
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
            Command::Check => self.start_check(),
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

    /// Buttons. Those that jump to a place work from any step (a person may press a button of an
    /// older message); Continue, Skip and Back mean something only where the person is.
    fn button(&mut self, action: Action) {
        match action {
            Action::Continue => self.on_step(Input::Continue),
            Action::Skip(slot) => self.on_step(Input::Skip(slot)),
            Action::Back => self.on_step(Input::Back),
            Action::Menu => self.go(Step::Menu),
            Action::StartCheck => self.start_check(),
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
            Action::Faq(id) => self.faq_answer(id),
            Action::ScamWarning => self.faq_answer("scam_warning"),
            Action::LanguageMenu => self.replies.push(self.view.language_menu()),
            Action::Language(lang) => {
                self.state.lang = Some(lang);
                self.view = View { lang };
                self.say(self.view.t("language-set"));
                self.prompt();
            }
            Action::Privacy => self.say(self.view.t("privacy-text")),
        }
    }

    fn input_error(&mut self, error: &crate::quality::InputError) {
        let reply = self.view.input_error(error);
        self.replies.push(reply);
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

// ---- the pieces the steps share ---------------------------------------------------------------

impl Machine {
    fn say(&mut self, text: String) {
        self.replies.push(Reply::text(text));
    }

    /// The question of the current step again, with its buttons.
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

    fn start_check(&mut self) {
        self.reset();
        self.go(Step::ChooseFamily);
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

    /// The one place an FAQ answer goes out.
    fn faq_answer(&mut self, id: &'static str) {
        let reply = self.view.faq_answer(id);
        self.replies.push(reply);
    }

    /// Answers typed text: the FAQ entries it confidently asks about (up to three, the main
    /// question first, buttons under the last), a short reply of its own to small talk, or "did
    /// you mean" buttons for the likeliest entries when unsure. False when nothing fits.
    fn answer_question(&mut self, text: &str) -> bool {
        let found = faq::match_question(text, self.view.lang);
        if found.confident {
            let last = found.answers.len().saturating_sub(1);
            for (i, id) in found.answers.iter().enumerate() {
                let mut reply = self.view.faq_answer(id);
                if i < last {
                    reply.keyboard.clear();
                }
                self.replies.push(reply);
            }
            return !found.answers.is_empty();
        }
        if let Some(talk) = found.smalltalk {
            self.say(self.view.t(&format!("smalltalk-{}", talk.name())));
            return true;
        }
        if !found.suggestions.is_empty() {
            let reply = self.view.faq_did_you_mean(&found.suggestions);
            self.replies.push(reply);
            return true;
        }
        false
    }

    fn no_answer(&mut self) {
        self.say(self.view.t("faq-no-match"));
        let menu = self.view.faq_menu();
        self.replies.push(menu);
    }

    fn skip(&mut self, slot: Slot) {
        if slot == Slot::Selfie && !self.state.case.selfie_optional() {
            return self.prompt();
        }
        self.state.case.photos.retain(|p| p.slot != slot);
        if !self.state.case.skipped.contains(&slot) {
            self.state.case.skipped.push(slot);
        }
        self.advance(slot);
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

    fn photo_checked(&mut self, slot: Slot, outcome: PhotoOutcome) {
        let checked = match outcome {
            PhotoOutcome::Checked(checked) => checked,
            PhotoOutcome::Unreadable(error) => return self.input_error(&error),
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
            let reply = self.view.retake_hint();
            self.replies.push(reply);
        }
    }

    fn expiry(&mut self, text: &str) {
        use crate::content::checklist::{ExpiryVerdict, check_expiry, expiry_reply};
        let unreadable = check_expiry(text, self.today) == ExpiryVerdict::Unreadable;
        self.say(expiry_reply(self.view.lang, text, self.today));
        if unreadable {
            return self.prompt();
        }
        self.summary();
    }
}
