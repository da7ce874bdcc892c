//! The transitions: `handle(state, event) -> (new state, replies)`. Pure: no I/O, no clock (the
//! caller passes today's date), so every flow is a plain unit test.
//!
//! Read it as a list of states, as teloxide's `examples/dialogue.rs`: `handle` first takes what
//! works the same everywhere (slash commands, navigation and information buttons, unusable
//! media), then hands the rest (typed text, photos, Continue, Skip, Back) to the one function of
//! the current step, `on_<step>`.

use chrono::NaiveDate;

use crate::{
    content::{
        faq,
        reasons::{Family, ReasonId},
    },
    quality::{
        Checked, Kind, Report,
        classify::{Guess, classify},
    },
};

use super::{
    action::Action,
    event::{Command, Event, OtherMedia, PhotoCheck, PhotoMeta, PhotoOutcome},
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
    /// The stored dialogue could not be read (or had expired) and starts afresh: the person is
    /// told so before anything else.
    pub session_reset: bool,
}

impl<'a> Context<'a> {
    pub fn new(language_code: Option<&'a str>, today: NaiveDate) -> Context<'a> {
        Context { language_code, today, session_reset: false }
    }
}

/// What the current step decides for itself; everything else is handled the same in every step.
enum Input {
    Text(String),
    /// A picture arrived and is not checked yet.
    PhotoArrived,
    Photo {
        slot: Slot,
        outcome: PhotoOutcome,
    },
    /// The check of a picture nobody asked for (`PhotoCheck::Unknown`).
    Unasked(PhotoOutcome),
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
        check: None,
    };
    if ctx.session_reset {
        machine.say(machine.view.t("session-restarted"));
    }
    match event {
        Event::Command(command) => machine.command(command),
        Event::Button(action) => machine.button(action),
        Event::MenuButton(action) => {
            machine.button(action);
            // A menu answering a press on a menu takes its place; anything else (a result, a
            // notice said first) is a new message below it.
            if let Some(first) = machine.replies.first_mut()
                && first.menu
            {
                first.edit = true;
            }
        }
        Event::RateLimited => machine.say(machine.view.t("rate-limited")),
        Event::Other(media) => machine.other_media(media),
        Event::Text(text) => machine.on_step(Input::Text(text)),
        Event::PhotoArrived(meta) => {
            machine.on_step(Input::PhotoArrived);
            if machine.check.is_none() {
                machine.photo_notes(&meta, false);
            }
        }
        Event::PhotoChecked { check, meta, outcome } => {
            let recompressed = !meta.as_file
                && match &outcome {
                    PhotoOutcome::Checked(c) => c.report.likely_recompressed(),
                    PhotoOutcome::Both { as_id, as_selfie } => {
                        as_id.report.likely_recompressed() && as_selfie.report.likely_recompressed()
                    }
                    PhotoOutcome::Unreadable(_) => false,
                };
            match check {
                PhotoCheck::Slot(slot) => machine.on_step(Input::Photo { slot, outcome }),
                PhotoCheck::Unknown => machine.on_step(Input::Unasked(outcome)),
            }
            machine.photo_notes(&meta, recompressed);
        }
    }
    Outcome {
        state: (!machine.forget).then_some(machine.state),
        replies: machine.replies,
        check: machine.check,
    }
}

struct Machine {
    view: View,
    state: State,
    replies: Vec<Reply>,
    forget: bool,
    today: NaiveDate,
    check: Option<PhotoCheck>,
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

    fn on_choose_reason(&mut self, family: Family, input: Input) {
        match input {
            // "Invalid document photo" is opened from the document group.
            Input::Back if family == Family::ImageQuality => {
                self.go(Step::ChooseReason { family: Family::Document })
            }
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
            Input::PhotoArrived => self.check = Some(PhotoCheck::Slot(slot)),
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
                    let slot = self.view.slot_name(slot, self.state.case.document);
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
            // A photo is welcome at any moment: check it, see what it shows, go on from here.
            Input::PhotoArrived => self.check = Some(PhotoCheck::Unknown),
            Input::Unasked(outcome) => self.unasked_photo(outcome),
            Input::Photo { .. } => {
                // A photo checked for a slot the step moved on from (e.g. /cancel meanwhile).
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
            // "Information mismatch" is part of the face group now (an old button).
            Action::Family(Family::DataMismatch) => {
                self.go(Step::ChooseReason { family: Family::FaceCapture })
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
                let case = &mut self.state.case;
                if case.document.is_some_and(|d| d != doc) {
                    case.photos.clear();
                    case.skipped.clear();
                }
                // Photos sent before the document was named stay, where this document has them.
                case.document = Some(doc);
                let slots = case.slots();
                case.photos.retain(|p| slots.contains(&p.slot));
                match case.first_open_slot() {
                    Some(slot) => self.go(Step::AwaitPhoto { slot, retake: false }),
                    None => self.summary(),
                }
            }
            Action::Retake(slot) => {
                if self.state.case.document.is_none() {
                    return self.go(Step::ChooseFamily);
                }
                self.go(Step::AwaitPhoto { slot, retake: true });
            }
            Action::Summary => self.summary(),
            Action::Expiry => self.go(Step::AwaitExpiry),
            Action::NextSteps => {
                let reply = self.view.next_steps(self.state.case.reason);
                self.replies.push(reply);
            }
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
            Action::PhotoIs(kind) => self.photo_is(kind),
            // Back to exactly where the person was, not one step back.
            Action::Resume => self.prompt(),
            Action::NoExpiry => {
                let note = self.view.t("expiry-none");
                self.summary_update(Some(note));
            }
        }
    }

    /// What a picture's circumstances add after its answer: a forwarded picture may not be the
    /// person's own original, a question in the caption is answered, and a compressed photo
    /// that failed for want of detail would be judged fairly as a file.
    fn photo_notes(&mut self, meta: &PhotoMeta, recompressed: bool) {
        if meta.forwarded {
            self.say(self.view.t("photo-forwarded"));
        }
        if let Some(caption) = &meta.caption {
            self.answer_question(caption);
        }
        if recompressed {
            self.say(self.view.t("photo-too-small-compressed"));
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
        let replies = self.view.prompt(&self.state);
        self.replies.extend(replies);
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
        // Photos sent before any question (no reason yet) are part of this check.
        if self.state.case.reason.is_some() {
            self.reset();
        }
        self.go(Step::ChooseFamily);
    }

    fn choose_reason(&mut self, reason: ReasonId) {
        let earlier = std::mem::take(&mut self.state.case);
        if earlier.reason.is_none() {
            // Photos came first: they belong to this case.
            self.state.case.photos = earlier.photos;
            self.state.case.failed_hashes = earlier.failed_hashes;
        }
        self.state.case.reason = Some(reason);
        let intro = self.view.reason_intro(reason);
        self.replies.push(intro);
        if reason.is_final() {
            // Photos cannot fix a final outcome; the intro already says what to do instead.
            self.state.step = Step::Menu;
            return;
        }
        if reason == ReasonId::AddressProof {
            // Not an ID photo: straight to what the proof of address must show.
            return self.go(Step::Summary);
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
        let next = if retake { None } else { self.state.case.next_open_slot(done) };
        match next {
            Some(slot) => self.go(Step::AwaitPhoto { slot, retake: false }),
            // Back from a retake: the photo's result was just said; only the status changes.
            None if retake => self.summary_update(None),
            None => self.summary(),
        }
    }

    fn summary(&mut self) {
        if self.state.case.reason.is_none() {
            return self.go(Step::ChooseFamily);
        }
        self.go(Step::Summary);
    }

    /// Back at the summary without sending it whole again: `lead` (if any) and the photo
    /// results, with the summary's buttons.
    fn summary_update(&mut self, lead: Option<String>) {
        if self.state.case.reason.is_none() {
            return self.go(Step::ChooseFamily);
        }
        self.state.step = Step::Summary;
        let reply = self.view.summary_update(&self.state.case, lead);
        self.replies.push(reply);
    }

    fn photo_checked(&mut self, slot: Slot, outcome: PhotoOutcome) {
        let checked = match outcome {
            PhotoOutcome::Checked(checked) => checked,
            PhotoOutcome::Unreadable(error) => return self.input_error(&error),
            // Checked both ways although a slot was asked for: keep the check of this slot.
            PhotoOutcome::Both { as_id, as_selfie } => match slot.kind() {
                Kind::Id => as_id,
                Kind::Selfie => as_selfie,
            },
        };
        if let Some(other) = self.same_as_other_side(slot, &checked.report) {
            // The same picture for both sides of a card: neither is checked twice.
            let args = crate::fluent_args![
                "slot" => self.view.slot_name(slot, self.state.case.document),
                "other" => self.view.slot_name(other, self.state.case.document)
            ];
            self.say(self.view.ta("photo-same-as-other-side", &args));
            return self.prompt();
        }
        let ok = self.file_photo(slot, checked)
            && !self
                .state
                .case
                .photo(slot)
                .is_some_and(|p| p.has(crate::quality::IssueCode::ScreenPhoto));
        if ok {
            self.advance(slot);
        } else {
            // Stay on this slot: the next photo is a retake; a button keeps this one.
            let reply = self.view.retake_hint();
            self.replies.push(reply);
        }
    }

    /// The other side of the document, when this picture is the one already filed for it.
    fn same_as_other_side(&self, slot: Slot, report: &Report) -> Option<Slot> {
        let other = match slot {
            Slot::Front => Slot::Back,
            Slot::Back => Slot::Front,
            Slot::Selfie => return None,
        };
        let filed = self.state.case.photo(other)?;
        ((filed.phash ^ report.phash).count_ones() <= SAME_PHOTO_MAX_BITS).then_some(other)
    }

    /// Whether this failed photo was seen failing before.
    fn seen_failing(&self, report: &Report) -> bool {
        !report.ok
            && self
                .state
                .case
                .failed_hashes
                .iter()
                .any(|h| (h ^ report.phash).count_ones() <= SAME_PHOTO_MAX_BITS)
    }

    /// Records a checked photo in `slot` and answers with its findings; whether it passed.
    fn file_photo(&mut self, slot: Slot, checked: Checked) -> bool {
        let mut report = checked.report;
        // The zone's data goes into this one reply and nowhere else: not the record, the state,
        // the store or the logs.
        let mrz = report.mrz.take().filter(|m| m.valid);
        let same_again = self.seen_failing(&report);
        let record = PhotoRecord::of(slot, report);
        let mut reply = self.view.photo_result(
            &record,
            self.state.case.document,
            same_again,
            checked.annotated_jpeg,
        );
        if let Some(m) = &mrz {
            reply.text.push_str("\n\n");
            reply.text.push_str(&self.view.mrz_block(m, self.today));
        }
        self.replies.push(reply);
        let ok = record.ok;
        self.state.case.record(record);
        ok
    }

    /// A picture nobody asked for, checked both ways: decide what it shows, answer with its
    /// findings, go on from where the person is; in doubt, ask.
    fn unasked_photo(&mut self, outcome: PhotoOutcome) {
        let (as_id, as_selfie) = match outcome {
            PhotoOutcome::Unreadable(error) => return self.input_error(&error),
            PhotoOutcome::Checked(checked) => {
                let slot = match checked.report.kind {
                    Kind::Selfie => Slot::Selfie,
                    Kind::Id => self.state.case.id_slot_for_unasked_photo(),
                };
                self.file_photo(slot, checked);
                return self.go_on_after_unasked_photo();
            }
            PhotoOutcome::Both { as_id, as_selfie } => (as_id, as_selfie),
        };
        match classify(&as_id.report, &as_selfie.report) {
            Guess::Id => {
                let slot = self.state.case.id_slot_for_unasked_photo();
                self.file_photo(slot, as_id);
            }
            Guess::Selfie => {
                self.file_photo(Slot::Selfie, as_selfie);
            }
            Guess::Unsure => {
                let slot = self.state.case.id_slot_for_unasked_photo();
                self.state.case.pending = vec![
                    PhotoRecord::of(slot, as_id.report),
                    PhotoRecord::of(Slot::Selfie, as_selfie.report),
                ];
                let reply = self.view.ask_photo_kind();
                return self.replies.push(reply);
            }
        }
        self.go_on_after_unasked_photo();
    }

    /// "It is my document / my selfie": the check of that kind is kept and answered.
    fn photo_is(&mut self, kind: Kind) {
        let pending = std::mem::take(&mut self.state.case.pending);
        let Some(record) = pending.into_iter().find(|r| r.slot.kind() == kind) else {
            return self.prompt(); // an old button
        };
        let reply = self.view.photo_result(&record, self.state.case.document, false, None);
        self.replies.push(reply);
        self.state.case.record(record);
        self.go_on_after_unasked_photo();
    }

    /// After a photo nobody asked for: the first question if the check had not started, the
    /// summary again if it had ended, else the current question.
    fn go_on_after_unasked_photo(&mut self) {
        match self.state.step {
            Step::Menu if self.state.case.reason.is_none() => self.go(Step::ChooseFamily),
            Step::Summary | Step::AwaitExpiry => self.summary_update(None),
            _ => self.prompt(),
        }
    }

    fn expiry(&mut self, text: &str) {
        use crate::content::checklist::{ExpiryVerdict, check_expiry, expiry_reply};
        let unreadable = check_expiry(text, self.today) == ExpiryVerdict::Unreadable;
        let reply = expiry_reply(self.view.lang, text, self.today);
        if unreadable {
            // Not a dead end: a document may have no expiry date, and the step can be skipped.
            let reply = self.view.expiry_unreadable(reply);
            return self.replies.push(reply);
        }
        // The verdict with the summary's buttons; the checklist itself did not change.
        self.summary_update(Some(reply));
    }
}
