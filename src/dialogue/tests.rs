//! Whole flows through the pure dialogue, one event at a time.

use chrono::NaiveDate;

use super::*;
use crate::{
    content::{
        Lang,
        reasons::{Family, ReasonId},
    },
    quality::{
        Checked, InputError, InputErrorCode, Issue, IssueCode, Kind, Region, Report, Severity,
    },
};

fn ctx() -> Context<'static> {
    Context { language_code: Some("en"), today: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap() }
}

fn step(state: State, event: Event) -> (State, Vec<Reply>) {
    let out = handle(state, event, &ctx());
    (out.state.expect("state kept"), out.replies)
}

fn press(state: State, action: Action) -> (State, Vec<Reply>) {
    step(state, Event::Button(action))
}

fn actions(replies: &[Reply]) -> Vec<Action> {
    replies.iter().flat_map(|r| r.buttons().map(|b| b.action)).collect()
}

fn photo(slot: Slot, kind: Kind, issues: Vec<Issue>, phash: u64) -> Event {
    let report = Report::new(kind, 1600, 1200, issues, phash);
    Event::Photo {
        slot,
        outcome: PhotoOutcome::Checked(Checked { report, annotated_jpeg: Some(vec![0xFF, 0xD8]) }),
    }
}

fn glare() -> Issue {
    Issue {
        code: IssueCode::Glare,
        severity: Severity::Fail,
        value: 0.05,
        limit: 0.015,
        region: Some(Region::TopRight),
    }
}

#[test]
fn whole_flow_for_an_id_card() {
    let (s, r) = step(State::default(), Event::Command(Command::Start));
    assert_eq!(s.step, Step::Menu);
    assert!(actions(&r).contains(&Action::StartCheck));

    let (s, r) = press(s, Action::StartCheck);
    assert_eq!(s.step, Step::ChooseFamily);
    assert!(actions(&r).contains(&Action::Family(Family::ImageQuality)));
    assert!(actions(&r).contains(&Action::NoReason));

    let (s, r) = press(s, Action::Family(Family::ImageQuality));
    assert_eq!(s.step, Step::ChooseReason { family: Family::ImageQuality });
    assert!(actions(&r).contains(&Action::Reason(ReasonId::PhotoGlare)));

    let (s, r) = press(s, Action::Reason(ReasonId::PhotoGlare));
    assert_eq!(s.step, Step::ChooseDocument);
    assert_eq!(s.case.reason, Some(ReasonId::PhotoGlare));
    assert!(actions(&r).contains(&Action::Document(DocType::IdCard)));

    let (s, _) = press(s, Action::Document(DocType::IdCard));
    assert_eq!(s.expected_photo(), Some(Slot::Front));

    // A glared front: stays on the slot, sends the marked-up picture, offers to keep it.
    let (s, r) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 0xAAAA));
    assert_eq!(s.expected_photo(), Some(Slot::Front));
    assert!(r.iter().any(|r| r.photo.is_some()));
    assert!(actions(&r).contains(&Action::Continue));
    assert!(!s.case.photo(Slot::Front).unwrap().ok);

    // The retake is fine: on to the back.
    let (s, r) = step(s, photo(Slot::Front, Kind::Id, vec![], 0x5555_0000));
    assert!(s.case.photo(Slot::Front).unwrap().ok);
    assert_eq!(s.expected_photo(), Some(Slot::Back));
    assert!(r.iter().all(|r| r.photo.is_none()), "no mark-up for a clean photo");

    let (s, _) = step(s, photo(Slot::Back, Kind::Id, vec![], 0x1234_5678));
    assert_eq!(s.expected_photo(), Some(Slot::Selfie));

    // The reason has nothing to do with the face: the selfie may be skipped.
    let (s, r) = step(s, Event::Text("/ignored".into()));
    assert_eq!(s.expected_photo(), Some(Slot::Selfie));
    let _ = r;
    let (s, r) = press(s, Action::Skip(Slot::Selfie));
    assert_eq!(s.step, Step::Summary);
    assert!(actions(&r).contains(&Action::Retake(Slot::Front)));
    assert!(actions(&r).contains(&Action::Expiry));

    // Back to the menu from the summary.
    let (s, _) = press(s, Action::Menu);
    assert_eq!(s.step, Step::Menu);
}

#[test]
fn passport_has_no_back_and_face_reasons_need_the_selfie() {
    let s = State::default();
    let (s, _) = press(s, Action::Reason(ReasonId::SelfieFailed));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    assert_eq!(s.expected_photo(), Some(Slot::Front));
    let (s, r) = step(s, photo(Slot::Front, Kind::Id, vec![], 1));
    assert_eq!(s.expected_photo(), Some(Slot::Selfie));
    assert!(!actions(&r).contains(&Action::Skip(Slot::Selfie)), "no skip for a face reason");
    // Pressing an old skip button does not skip it either.
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    assert_eq!(s.expected_photo(), Some(Slot::Selfie));
    let (s, _) = step(s, photo(Slot::Selfie, Kind::Selfie, vec![], 2));
    assert_eq!(s.step, Step::Summary);
}

#[test]
fn retake_from_the_summary_returns_to_it() {
    let s = State::default();
    let (s, _) = press(s, Action::Reason(ReasonId::PhotoBlurry));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![], 1));
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    assert_eq!(s.step, Step::Summary);
    let (s, _) = press(s, Action::Retake(Slot::Front));
    assert_eq!(s.step, Step::AwaitPhoto { slot: Slot::Front, retake: true });
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![], 9));
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.case.photo(Slot::Front).unwrap().phash, 9, "the retake replaced the photo");
}

#[test]
fn the_same_failed_photo_again_is_recognised() {
    let s = State::default();
    let (s, _) = press(s, Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, r1) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 0xF0F0_F0F0));
    let (_, r2) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 0xF0F0_F0F1));
    let same = crate::content::localizer().text(Lang::EN, "photo-same-again");
    assert!(!r1.iter().any(|r| r.text.contains(&same)));
    assert!(r2.iter().any(|r| r.text.contains(&same)));
}

#[test]
fn final_reasons_do_not_ask_for_photos() {
    for reason in [ReasonId::DuplicateIdentity, ReasonId::NotEligible] {
        let (s, r) = press(State::default(), Action::Reason(reason));
        assert_eq!(s.step, Step::Menu);
        assert_eq!(s.expected_photo(), None);
        assert!(!actions(&r).iter().any(|a| matches!(a, Action::Document(_))));
    }
}

#[test]
fn no_reason_shown_is_the_unknown_reason() {
    let (s, _) = press(State { step: Step::ChooseFamily, ..State::default() }, Action::NoReason);
    assert_eq!(s.case.reason, Some(ReasonId::Unknown));
    assert_eq!(s.step, Step::ChooseDocument);
}

#[test]
fn a_single_reason_family_skips_the_reason_screen() {
    let (s, _) = press(State::default(), Action::Family(Family::DataMismatch));
    assert_eq!(s.case.reason, Some(ReasonId::DataMismatch));
    assert_eq!(s.step, Step::ChooseDocument);
}

#[test]
fn bad_input_keeps_the_state() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::IdCard));
    let before = s.clone();
    for media in [
        OtherMedia::Sticker,
        OtherMedia::Voice,
        OtherMedia::Video,
        OtherMedia::Location,
        OtherMedia::NonImageFile,
        OtherMedia::Other,
    ] {
        let (after, replies) = step(before.clone(), Event::Other(media));
        assert_eq!(after, before, "{media:?}");
        assert!(!replies.is_empty());
    }
    let unreadable = InputError::new(InputErrorCode::Corrupt, "bad");
    let (after, replies) = step(
        before.clone(),
        Event::Photo { slot: Slot::Front, outcome: PhotoOutcome::Unreadable(unreadable.clone()) },
    );
    assert_eq!(after, before, "the slot stays empty");
    assert!(
        replies[0]
            .text
            .contains(&crate::content::localizer().text(Lang::EN, "input-error-corrupt"))
    );
    let (after, _) = step(before.clone(), Event::PhotoRejected(unreadable));
    assert_eq!(after, before);
}

#[test]
fn a_photo_for_a_slot_no_longer_awaited_is_not_recorded() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![], 1));
    assert!(s.case.photos.is_empty());
}

#[test]
fn commands_work_anywhere() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::IdCard));
    let (s2, r) = step(s.clone(), Event::Command(Command::Help));
    assert_eq!(s2, s, "help keeps the place");
    assert!(!r.is_empty());
    let (s2, _) = step(s.clone(), Event::Command(Command::Privacy));
    assert_eq!(s2, s);
    let (s2, _) = step(s.clone(), Event::Command(Command::Cancel));
    assert_eq!(s2.step, Step::Menu);
    assert_eq!(s2.case, Case::default());
    let (s2, _) = step(s.clone(), Event::Command(Command::Check));
    assert_eq!(s2.step, Step::ChooseFamily);
    let out = handle(s.clone(), Event::Command(Command::Forget), &ctx());
    assert!(out.state.is_none(), "forget deletes the stored dialogue");
    assert!(!out.replies.is_empty());
}

#[test]
fn language_choice_is_stored_and_wins() {
    let (s, r) = press(State::default(), Action::LanguageMenu);
    assert_eq!(actions(&r).iter().filter(|a| matches!(a, Action::Language(_))).count(), 21);
    let ru = Lang::from_tag("ru").unwrap();
    let (s, r) = press(s, Action::Language(ru));
    assert_eq!(s.lang, Some(ru));
    assert_eq!(r[0].text, crate::content::localizer().text(ru, "language-set"));
    // Telegram says English, the stored choice says Russian.
    assert_eq!(s.language(&ctx()), ru);
    // /start keeps the choice.
    let (s, _) = step(s, Event::Command(Command::Start));
    assert_eq!(s.lang, Some(ru));
}

#[test]
fn back_walks_the_flow_backwards() {
    let (s, _) = press(State::default(), Action::StartCheck);
    let (s, _) = press(s, Action::Family(Family::ImageQuality));
    let (s, _) = press(s, Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::IdCard));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![], 1));
    assert_eq!(s.expected_photo(), Some(Slot::Back));
    let (s, _) = press(s, Action::Back);
    assert_eq!(s.expected_photo(), Some(Slot::Front));
    let (s, _) = press(s, Action::Back);
    assert_eq!(s.step, Step::ChooseDocument);
    let (s, _) = press(s, Action::Back);
    assert_eq!(s.step, Step::ChooseReason { family: Family::ImageQuality });
    let (s, _) = press(s, Action::Back);
    assert_eq!(s.step, Step::ChooseFamily);
    let (s, _) = press(s, Action::Back);
    assert_eq!(s.step, Step::Menu);
}

#[test]
fn expiry_date_is_checked_then_back_to_the_summary() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::DocumentInvalid));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = press(s, Action::Skip(Slot::Front));
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    assert_eq!(s.step, Step::Summary);
    let (s, _) = press(s, Action::Expiry);
    assert_eq!(s.step, Step::AwaitExpiry);
    let (s2, r) = step(s.clone(), Event::Text("not a date".into()));
    assert_eq!(s2.step, Step::AwaitExpiry);
    assert!(!r.is_empty());
    let (s2, r) = step(s, Event::Text("2020-01-01".into()));
    assert_eq!(s2.step, Step::Summary);
    assert!(
        r[0].text.ends_with(&crate::content::localizer().text(Lang::EN, "expiry-expired")),
        "{}",
        r[0].text
    );
    assert!(r[0].text.contains("2020-01-01"), "says how it read the date");
}

#[test]
fn the_summary_checklist_is_ordered() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 3));
    let (s, _) = press(s, Action::Continue);
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    let view = view::View { lang: Lang::EN };
    let steps = view.checklist(&s.case);
    let reason_steps = ReasonId::PhotoGlare.steps(Lang::EN);
    assert!(steps.starts_with(&reason_steps));
    let glare_fix = view.issue_fix(Kind::Id, &glare());
    let at = steps.iter().position(|x| *x == glare_fix).expect("the glare step");
    assert_eq!(at, reason_steps.len(), "photo fixes come right after the reason's steps");
}

fn say(text: &str) -> Vec<Reply> {
    let (_, replies) = step(State::default(), Event::Text(text.into()));
    replies
}

#[test]
fn small_talk_gets_a_short_reply_of_its_own() {
    let en = Lang::EN;
    for (text, id) in [
        ("hello", "smalltalk-greeting"),
        ("thanks!", "smalltalk-thanks"),
        ("ok", "smalltalk-ack"),
        ("bye", "smalltalk-bye"),
    ] {
        let r = say(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].text, crate::content::localizer().text(en, id), "{text}");
        assert!(!r[0].text.contains(&crate::content::localizer().text(en, "faq-no-match")));
    }
}

#[test]
fn an_unsure_match_offers_the_likeliest_questions_and_nothing_fitting_gets_the_menu() {
    let l10n = crate::content::localizer();
    // Something the FAQ half-covers: buttons of two or three entries, then the whole menu.
    let found = crate::content::faq::match_question("photo problem", Lang::EN);
    if !found.confident && !found.suggestions.is_empty() {
        let r = say("photo problem");
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text, l10n.text(Lang::EN, "faq-did-you-mean"));
        let faq_buttons = actions(&r).iter().filter(|a| matches!(a, Action::Faq(_))).count();
        assert!((2..=3).contains(&faq_buttons), "{r:?}");
        assert!(actions(&r).contains(&Action::FaqMenu));
    }
    // The view on its own, with known suggestions.
    let view = super::view::View { lang: Lang::EN };
    let reply = view.faq_did_you_mean(&["review_time", "no_result_24h"]);
    assert_eq!(
        actions(std::slice::from_ref(&reply)),
        vec![Action::Faq("review_time"), Action::Faq("no_result_24h"), Action::FaqMenu]
    );
    // Off-topic: one line and the FAQ menu, no answer.
    let r = say("what is the bitcoin price today");
    assert_eq!(r[0].text, l10n.text(Lang::EN, "faq-no-match"));
    assert!(actions(&r).contains(&Action::Faq("common_causes")));
}

#[test]
fn a_message_with_two_questions_gets_two_answers_main_first() {
    let r = say("How long does the review usually take? Also, can I use an expired passport?");
    let answers: Vec<&Reply> = r.iter().filter(|r| r.text.starts_with('❓')).collect();
    assert_eq!(answers.len(), 2, "{r:?}");
    let l10n = crate::content::localizer();
    assert!(answers[0].text.contains(&l10n.text(Lang::EN, "faq-review_time-q")));
    assert!(answers[1].text.contains(&l10n.text(Lang::EN, "faq-expired_document-q")));
    // Buttons only under the last answer.
    assert!(answers[0].keyboard.is_empty());
    assert!(!answers[1].keyboard.is_empty());
}

#[test]
fn the_answer_is_in_the_persons_language_whatever_the_questions() {
    let ru = Lang::from_tag("ru").unwrap();
    let state = State { lang: Some(ru), ..State::default() };
    let (_, r) = step(state, Event::Text("how long does the review take".into()));
    let l10n = crate::content::localizer();
    assert!(r[0].text.contains(&l10n.text(ru, "faq-review_time-a")), "{r:?}");
}
