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
    Context::new(Some("en"), NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
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
    checked(slot, PhotoOutcome::Checked(Checked { report, annotated_jpeg: Some(vec![0xFF, 0xD8]) }))
}

/// The result of the check the dialogue asked for, of a picture sent as a file.
fn checked(slot: Slot, outcome: PhotoOutcome) -> Event {
    let meta = PhotoMeta { as_file: true, ..PhotoMeta::default() };
    Event::PhotoChecked { check: PhotoCheck::Slot(slot), meta, outcome }
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
    assert!(actions(&r).contains(&Action::Family(Family::Document)));
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
    let (s, _) = press(State::default(), Action::Family(Family::Account));
    assert_eq!(s.case.reason, Some(ReasonId::NotEligible));
    assert_eq!(s.step, Step::Menu, "a final reason asks for no photo");
}

#[test]
fn the_reason_screens_follow_okx_rejection_screen() {
    let (s, r) = press(State::default(), Action::StartCheck);
    let top = actions(&r);
    for a in [
        Action::Family(Family::FaceCapture),
        Action::Family(Family::Document),
        Action::Reason(ReasonId::SelfieFailed),
        Action::NoReason,
    ] {
        assert!(top.contains(&a), "{a:?}");
    }
    assert!(!top.contains(&Action::Family(Family::DataMismatch)));
    assert!(!top.contains(&Action::Family(Family::ImageQuality)), "inside Document");
    // Face: recognition failed / information mismatch / face does not match.
    let (_, r) = press(s.clone(), Action::Family(Family::FaceCapture));
    let face = actions(&r);
    for reason in [ReasonId::SelfieFailed, ReasonId::DataMismatch, ReasonId::FaceMismatch] {
        assert!(face.contains(&Action::Reason(reason)), "{reason:?}");
    }
    // Document: ID already verified (final), invalid document, invalid expiry date, invalid
    // document photo.
    let (s, r) = press(s, Action::Family(Family::Document));
    let doc = actions(&r);
    assert!(doc.contains(&Action::Reason(ReasonId::DuplicateIdentity)));
    assert_eq!(doc.iter().filter(|a| **a == Action::Reason(ReasonId::DocumentInvalid)).count(), 2);
    assert!(doc.contains(&Action::Family(Family::ImageQuality)));
    let labels: Vec<&str> = r[0].buttons().map(|b| b.label.as_str()).collect();
    assert!(labels.contains(&en("family-image_quality").as_str()));
    assert!(labels.contains(&en("reason-invalid-expiry").as_str()));
    let (photo, r) = press(s.clone(), Action::Family(Family::ImageQuality));
    assert!(actions(&r).contains(&Action::Reason(ReasonId::PhotoBlurry)));
    let (back, _) = press(photo, Action::Back);
    assert_eq!(back.step, Step::ChooseReason { family: Family::Document });
    // The duplicate identity is final: no photos, the resubmitting-will-not-help path.
    let (s, _) = press(s, Action::Reason(ReasonId::DuplicateIdentity));
    assert_eq!(s.step, Step::Menu);
    // An old "information mismatch" group button opens the face group.
    let (s, _) = press(State::default(), Action::Family(Family::DataMismatch));
    assert_eq!(s.step, Step::ChooseReason { family: Family::FaceCapture });
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
    let (after, replies) =
        step(before.clone(), checked(Slot::Front, PhotoOutcome::Unreadable(unreadable.clone())));
    assert_eq!(after, before, "the slot stays empty");
    assert!(
        replies[0]
            .text
            .contains(&crate::content::localizer().text(Lang::EN, "input-error-corrupt"))
    );
    let (after, _) = step(before.clone(), Event::RateLimited);
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
    assert_eq!(s.step, Step::ChooseReason { family: Family::Document });
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
        r[0].text.contains(&crate::content::localizer().text(Lang::EN, "expiry-expired")),
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
    let glare_fix = view.issue_fix(Kind::Id, &glare());
    assert_eq!(steps[0], glare_fix, "the photo fixes come first");
    let reason_steps = ReasonId::PhotoGlare.steps(Lang::EN);
    assert_eq!(steps[1..=reason_steps.len()], reason_steps[..], "then the reason's own steps");
}

#[test]
fn the_summary_puts_findings_first_in_short_messages() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoCutOff));
    let (s, _) = press(s, Action::Document(DocType::IdCard));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 3));
    let (s, _) = press(s, Action::Continue);
    let (s, _) = step(s, photo(Slot::Back, Kind::Id, vec![], 0xFFFF_0000));
    let (s, r) = press(s, Action::Skip(Slot::Selfie));
    assert_eq!(s.step, Step::Summary);
    assert_eq!(r.len(), 2, "{:?}", texts(&r));
    let first = &r[0].text;
    let results = first.find(&en("summary-title")).unwrap();
    let fixes = first.find(&en("checklist-section-photos")).expect("fix these first");
    let reason = first.find(&en("checklist-section-reason")).unwrap();
    assert!(results < fixes && fixes < reason);
    assert!(!first.contains(&en("reason-photo_cut_off-step-5")), "no passport step for a card");
    assert!(r[1].text.starts_with(&en("checklist-section-data")));
    assert!(r[1].text.contains(&en("checklist-section-resubmit")));
    assert!(r.iter().all(|r| r.text.chars().count() < 4096));
    // Retake buttons one per row, on the last message.
    let rows = &r[1].keyboard;
    assert!(
        rows.iter()
            .filter(|row| matches!(row[0].action, Action::Retake(_)))
            .all(|row| row.len() == 1)
    );
    assert!(actions(&r[1..]).contains(&Action::Retake(Slot::Back)));
}

#[test]
fn a_typed_date_or_a_retake_does_not_resend_the_whole_summary() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::DocumentInvalid));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 3));
    let (s, _) = press(s, Action::Continue);
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    let data = en("checklist-data-1");
    let (s, _) = press(s, Action::Expiry);
    let (s, r) = step(s, Event::Text("2030-01-01".into()));
    assert_eq!(s.step, Step::Summary);
    assert!(!r.iter().any(|r| r.text.contains(&data)), "{:?}", texts(&r));
    assert!(actions(&r).contains(&Action::Retake(Slot::Front)), "the summary's buttons");
    let (s, _) = press(s, Action::Retake(Slot::Front));
    let (s, r) = step(s, photo(Slot::Front, Kind::Id, vec![], 0x1234_0000));
    assert_eq!(s.step, Step::Summary);
    assert!(!r.iter().any(|r| r.text.contains(&data)));
    assert!(r.last().unwrap().text.contains(&en("summary-title")), "the new status");
}

fn en(id: &str) -> String {
    crate::content::localizer().text(Lang::EN, id)
}

fn texts(replies: &[Reply]) -> Vec<&str> {
    replies.iter().map(|r| r.text.as_str()).collect()
}

fn at_passport_photo() -> State {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    s
}

#[test]
fn the_dialogue_asks_for_the_check_of_an_awaited_photo() {
    let s = at_passport_photo();
    let out = handle(s.clone(), Event::PhotoArrived(PhotoMeta::default()), &ctx());
    assert_eq!(out.check, Some(PhotoCheck::Slot(Slot::Front)));
    assert!(out.replies.is_empty(), "the answer comes with the result");
    assert_eq!(out.state, Some(s));
}

#[test]
fn a_question_in_the_caption_is_answered_after_the_result() {
    let s = at_passport_photo();
    let caption = en("faq-review_time-q");
    let meta = PhotoMeta { as_file: true, caption: Some(caption.clone()), ..PhotoMeta::default() };
    let report = Report::new(Kind::Id, 1600, 1200, vec![], 1);
    let outcome = PhotoOutcome::Checked(Checked { report, annotated_jpeg: None });
    let event = Event::PhotoChecked { check: PhotoCheck::Slot(Slot::Front), meta, outcome };
    let (_, r) = step(s.clone(), event);
    let last = r.last().unwrap();
    assert!(last.text.contains(&en("faq-review_time-a")), "{:?}", texts(&r));
    assert!(r[0].text.contains(&en("slot-passport")), "the result comes first");
    // Also when the photo was not awaited.
    let meta = PhotoMeta { caption: Some(caption), ..PhotoMeta::default() };
    let (s, _) = step(State::default(), Event::PhotoArrived(meta.clone()));
    let event = Event::PhotoChecked {
        check: PhotoCheck::Unknown,
        meta,
        outcome: both(vec![], vec![IssueCode::NoFace]),
    };
    let (_, r) = step(s, event);
    assert!(r.last().unwrap().text.contains(&en("faq-review_time-a")));
}

#[test]
fn a_forwarded_photo_gets_the_warning() {
    let meta = PhotoMeta { forwarded: true, as_file: true, ..PhotoMeta::default() };
    let report = Report::new(Kind::Id, 1600, 1200, vec![], 1);
    let outcome = PhotoOutcome::Checked(Checked { report, annotated_jpeg: None });
    let event = Event::PhotoChecked { check: PhotoCheck::Slot(Slot::Front), meta, outcome };
    let (_, r) = step(at_passport_photo(), event);
    assert!(texts(&r).contains(&en("photo-forwarded").as_str()));
    let (_, r) = step(at_passport_photo(), photo(Slot::Front, Kind::Id, vec![], 1));
    assert!(!texts(&r).contains(&en("photo-forwarded").as_str()));
}

#[test]
fn a_compressed_photo_that_lacks_detail_is_asked_for_as_a_file() {
    let blurry = Issue {
        code: IssueCode::Blurry,
        severity: Severity::Fail,
        value: 0.5,
        limit: 0.655,
        region: None,
    };
    let note = en("photo-too-small-compressed");
    for (as_file, long_side, expected) in
        [(false, 1280, true), (true, 1280, false), (false, 4000, false)]
    {
        let report = Report::new(Kind::Id, long_side, long_side * 3 / 4, vec![blurry.clone()], 1);
        let outcome = PhotoOutcome::Checked(Checked { report, annotated_jpeg: None });
        let meta = PhotoMeta { as_file, ..PhotoMeta::default() };
        let event = Event::PhotoChecked { check: PhotoCheck::Slot(Slot::Front), meta, outcome };
        let (_, r) = step(at_passport_photo(), event);
        assert_eq!(texts(&r).contains(&note.as_str()), expected, "{as_file} {long_side}");
    }
}

#[test]
fn rate_limit_and_session_reset_notices_come_from_the_dialogue() {
    let s = at_passport_photo();
    let (after, r) = step(s.clone(), Event::RateLimited);
    assert_eq!(after, s);
    assert_eq!(texts(&r), vec![en("rate-limited").as_str()]);
    let reset = Context { session_reset: true, ..ctx() };
    let out = handle(State::default(), Event::Command(Command::Help), &reset);
    assert_eq!(out.replies[0].text, en("session-restarted"));
    assert!(out.replies.len() > 1, "and then the answer");
}

fn report_with(kind: Kind, codes: Vec<IssueCode>, phash: u64) -> Report {
    let issues = codes
        .into_iter()
        .map(|code| Issue { code, severity: Severity::Fail, value: 0.0, limit: 0.0, region: None })
        .collect();
    Report::new(kind, 1600, 1200, issues, phash)
}

/// A picture nobody asked for, checked both ways.
fn both(id_codes: Vec<IssueCode>, selfie_codes: Vec<IssueCode>) -> PhotoOutcome {
    both_hashed(id_codes, selfie_codes, 0x77)
}

fn both_hashed(id_codes: Vec<IssueCode>, selfie_codes: Vec<IssueCode>, phash: u64) -> PhotoOutcome {
    PhotoOutcome::Both {
        as_id: Checked { report: report_with(Kind::Id, id_codes, phash), annotated_jpeg: None },
        as_selfie: Checked {
            report: report_with(Kind::Selfie, selfie_codes, phash),
            annotated_jpeg: None,
        },
    }
}

/// Sends a picture nobody asked for through both phases.
fn unasked(state: State, outcome: PhotoOutcome) -> (State, Vec<Reply>) {
    let meta = PhotoMeta::default();
    let out = handle(state, Event::PhotoArrived(meta.clone()), &ctx());
    assert_eq!(out.check, Some(PhotoCheck::Unknown), "every photo is checked");
    step(out.state.unwrap(), Event::PhotoChecked { check: PhotoCheck::Unknown, meta, outcome })
}

#[test]
fn a_document_photo_first_is_checked_then_the_reason_is_asked() {
    let (s, _) = step(State::default(), Event::Command(Command::Start));
    // A document found, no face filling the frame: the front of an ID.
    let (s, r) = unasked(s, both(vec![IssueCode::Glare], vec![IssueCode::FaceTooSmall]));
    assert_eq!(s.case.photo(Slot::Front).map(|p| p.ok), Some(false));
    assert!(r[0].text.contains(&en("slot-front")), "{:?}", texts(&r));
    assert_eq!(s.step, Step::ChooseFamily, "then the first question");
    // The flow keeps the photo and asks for the other side.
    let (s, _) = press(s, Action::Reason(ReasonId::PhotoGlare));
    assert!(s.case.photo(Slot::Front).is_some());
    let (s, _) = press(s, Action::Document(DocType::IdCard));
    assert_eq!(s.expected_photo(), Some(Slot::Back));
}

#[test]
fn a_selfie_first_fills_the_selfie_slot() {
    let (s, r) = unasked(State::default(), both(vec![IssueCode::NoDocument], vec![]));
    assert!(s.case.photo(Slot::Selfie).is_some_and(|p| p.ok));
    assert!(r[0].text.contains(&en("slot-selfie")));
    let (s, _) = press(s, Action::StartCheck);
    assert!(s.case.photo(Slot::Selfie).is_some(), "starting the check keeps it");
    let (s, _) = press(s, Action::Reason(ReasonId::SelfieFailed));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![], 5));
    assert_eq!(s.step, Step::Summary, "the selfie was already there");
}

#[test]
fn a_photo_that_could_be_either_is_asked_about() {
    let (s, r) = unasked(State::default(), both(vec![], vec![]));
    assert!(s.case.photos.is_empty());
    let asked = actions(&r);
    assert!(asked.contains(&Action::PhotoIs(Kind::Id)));
    assert!(asked.contains(&Action::PhotoIs(Kind::Selfie)));
    let (s, r) = press(s, Action::PhotoIs(Kind::Selfie));
    assert!(s.case.photo(Slot::Selfie).is_some());
    assert!(s.case.pending.is_empty());
    assert!(r[0].text.contains(&en("slot-selfie")));
    assert_eq!(s.step, Step::ChooseFamily);
    // The button again (an old message) changes nothing.
    let (s2, _) = press(s.clone(), Action::PhotoIs(Kind::Id));
    assert_eq!(s2, s);
}

#[test]
fn an_album_sent_first_fills_the_slots_in_order() {
    let mut s = State::default();
    for (i, outcome) in [
        both_hashed(vec![], vec![IssueCode::NoFace], 0x0F),
        both_hashed(vec![], vec![IssueCode::NoFace], 0xF000),
        both_hashed(vec![IssueCode::NoDocument], vec![], 0xFF_0000),
    ]
    .into_iter()
    .enumerate()
    {
        s = unasked(s, outcome).0;
        assert_eq!(s.case.photos.len(), i + 1);
    }
    let slots: Vec<Slot> = s.case.photos.iter().map(|p| p.slot).collect();
    assert_eq!(slots, vec![Slot::Front, Slot::Back, Slot::Selfie]);
    // A passport has no back: choosing it drops the second document photo.
    let (s, _) = press(s, Action::Reason(ReasonId::PhotoBlurry));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    assert!(s.case.photo(Slot::Back).is_none());
    assert_eq!(s.step, Step::Summary);
}

#[test]
fn a_photo_at_the_summary_is_taken_as_a_retake() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![glare()], 3));
    let (s, _) = press(s, Action::Continue);
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    assert_eq!(s.step, Step::Summary);
    let (s, _) = unasked(s, both_hashed(vec![], vec![IssueCode::NoFace], 0xABC0));
    assert!(s.case.photo(Slot::Front).is_some_and(|p| p.ok), "the failed front was replaced");
    assert_eq!(s.step, Step::Summary);
}

#[test]
fn final_reasons_lead_to_their_own_next_steps() {
    for reason in [ReasonId::DuplicateIdentity, ReasonId::NotEligible] {
        let (s, r) = press(State::default(), Action::Reason(reason));
        assert!(actions(&r).contains(&Action::NextSteps));
        let (_, r) = press(s, Action::NextSteps);
        let text = &r[0].text;
        for never in ["next-register", "next-complete-kyc"] {
            assert!(!text.contains(&en(never)), "{reason:?} must not say {never}");
        }
        assert!(text.contains(&en("checklist-final-1")) && text.contains(&en("checklist-final-3")));
        assert!(text.contains(&en("next-help-centre")), "official support");
        assert_eq!(text.contains(&en("next-terms-link")), reason == ReasonId::NotEligible);
        assert!(actions(&r).contains(&Action::ScamWarning));
    }
    // A self-fixable reason still gets the way to register and verify.
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (_, r) = press(s, Action::NextSteps);
    assert!(r[0].text.contains(&en("next-complete-kyc")));
}

#[test]
fn a_screen_finding_is_never_may_pass() {
    let screen = Issue {
        code: IssueCode::ScreenPhoto,
        severity: Severity::Warn,
        value: 1.0,
        limit: 1.0,
        region: None,
    };
    let s = at_passport_photo();
    let (s, r) = step(s, photo(Slot::Front, Kind::Id, vec![screen], 0x1111));
    let warn = crate::content::localizer().text_args(
        Lang::EN,
        "photo-screen-warn",
        &crate::fluent_args!["slot" => en("slot-passport")],
    );
    assert!(r[0].text.starts_with(&warn), "{}", r[0].text);
    assert!(!r.iter().any(|r| r.text.contains("may pass")));
    assert_eq!(s.expected_photo(), Some(Slot::Front), "a retake is asked for");
    assert!(actions(&r).contains(&Action::Continue), "it can still be kept");
}

#[test]
fn the_same_picture_for_both_sides_is_flagged() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::PhotoGlare));
    let (s, _) = press(s, Action::Document(DocType::IdCard));
    let (s, _) = step(s, photo(Slot::Front, Kind::Id, vec![], 0xDEAD_BEEF));
    assert_eq!(s.expected_photo(), Some(Slot::Back));
    let (s, r) = step(s, photo(Slot::Back, Kind::Id, vec![], 0xDEAD_BEEE));
    assert!(s.case.photo(Slot::Back).is_none(), "not filed as the back");
    assert_eq!(s.expected_photo(), Some(Slot::Back));
    let flag = crate::content::localizer().text_args(
        Lang::EN,
        "photo-same-as-other-side",
        &crate::fluent_args!["slot" => en("slot-back"), "other" => en("slot-front")],
    );
    assert_eq!(r[0].text, flag);
}

#[test]
fn photo_results_start_with_a_capital_letter() {
    let ru = Lang::from_tag("ru").unwrap();
    let s = State { lang: Some(ru), ..at_passport_photo() };
    let (_, r) = step(s, photo(Slot::Front, Kind::Id, vec![], 1));
    let first_letter = r[0].text.chars().find(|c| c.is_alphabetic()).unwrap();
    assert!(first_letter.is_uppercase(), "{}", r[0].text);
}

#[test]
fn an_unreadable_date_is_not_a_dead_end() {
    let (s, _) = press(State::default(), Action::Reason(ReasonId::DocumentInvalid));
    let (s, _) = press(s, Action::Document(DocType::Passport));
    let (s, _) = press(s, Action::Skip(Slot::Front));
    let (s, _) = press(s, Action::Skip(Slot::Selfie));
    let (s, _) = press(s, Action::Expiry);
    let (s, r) = step(s, Event::Text("sometime next year".into()));
    assert_eq!(s.step, Step::AwaitExpiry);
    assert!(actions(&r).contains(&Action::NoExpiry));
    assert!(actions(&r).contains(&Action::Summary), "skip");
    let (s2, r) = press(s.clone(), Action::NoExpiry);
    assert_eq!(s2.step, Step::Summary);
    assert!(r[0].text.starts_with(&en("expiry-none")));
    let (s2, r) = step(s, Event::Text("长期".into()));
    assert_eq!(s2.step, Step::Summary);
    assert!(r[0].text.starts_with(&en("expiry-none")));
}

#[test]
fn continue_after_an_faq_answer_returns_to_the_same_place() {
    let (s, _) = press(at_passport_photo(), Action::Skip(Slot::Front));
    assert_eq!(s.expected_photo(), Some(Slot::Selfie));
    let (s, r) = press(s, Action::Faq("review_time"));
    assert!(actions(&r).contains(&Action::Resume));
    let (s, r) = press(s, Action::Resume);
    assert_eq!(s.expected_photo(), Some(Slot::Selfie), "still the selfie, not one step back");
    assert!(r[0].text.starts_with(&en("ask-selfie-optional")));
}

#[test]
fn a_valid_zone_shows_what_the_document_says_once_and_keeps_none_of_it() {
    let s = at_passport_photo();
    let mut report = Report::new(Kind::Id, 1600, 1200, vec![], 0x1234);
    report.mrz = crate::quality::mrz::MrzRead::from_text(
        &[
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
        ],
        24.0,
        2026,
    );
    assert!(report.mrz.as_ref().is_some_and(|m| m.valid));
    let event =
        checked(Slot::Front, PhotoOutcome::Checked(Checked { report, annotated_jpeg: None }));
    let (s, r) = step(s, event);
    let all = texts(&r).join("\n");
    // Expired in 2012: said without typing.
    assert!(all.contains(&en("expiry-expired")), "{all}");
    assert!(
        all.contains("ERIKSSON") && all.contains("ANNA MARIA") && all.contains("1974-08-12"),
        "{all}"
    );
    // The number masked but for its last three characters.
    assert!(all.contains("••••••2C3") && !all.contains("L898902C3"), "{all}");
    assert!(all.contains(&en("mrz-block-advice")));
    // Nothing of it in the state the store keeps.
    let json = serde_json::to_string(&s).unwrap();
    for secret in ["ERIKSSON", "ANNA", "L898902C3", "740812", "1974"] {
        assert!(!json.contains(secret), "{secret} in {json}");
    }
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

#[test]
fn a_passport_photo_is_its_photo_page_not_a_front() {
    let s = at_passport_photo();
    let report = Report::new(Kind::Id, 1600, 1200, vec![], 1);
    let outcome = PhotoOutcome::Checked(Checked { report, annotated_jpeg: None });
    let meta = PhotoMeta { as_file: true, ..PhotoMeta::default() };
    let event = Event::PhotoChecked { check: PhotoCheck::Slot(Slot::Front), meta, outcome };
    let (s, r) = step(s, event);
    let all = texts(&r).join("\n");
    assert!(all.to_lowercase().contains(&en("slot-passport")), "{all}");
    assert!(!all.to_lowercase().contains(&en("slot-front")), "{all}");
    // The summary's lines and retake buttons say the same.
    let (_, r) = press(s, Action::Summary);
    let labels: Vec<String> =
        r.iter().flat_map(|x| x.keyboard.iter().flatten().map(|b| b.label.clone())).collect();
    let all = texts(&r).join("\n") + &labels.join("\n");
    assert!(!all.to_lowercase().contains(&en("slot-front")), "{all}");
}

fn press_on_menu(state: State, action: Action) -> (State, Vec<Reply>) {
    step(state, Event::MenuButton(action))
}

#[test]
fn menus_navigate_in_place_and_results_stay_new_messages() {
    let (s, r) = step(State::default(), Event::Command(Command::Start));
    // A command's answer is a new message, though it is a menu.
    assert!(r[0].menu && !r[0].edit);

    // Menu → reason groups → a group's reasons: each screen replaces the one pressed.
    let (s, r) = press_on_menu(s, Action::StartCheck);
    assert_eq!((r.len(), r[0].menu, r[0].edit), (1, true, true));
    let (s, r) = press_on_menu(s, Action::Family(Family::Document));
    assert_eq!((r.len(), r[0].edit), (1, true));
    let (s, r) = press_on_menu(s, Action::Back);
    assert!(r[0].edit, "back is navigation too");
    let (s, _) = press_on_menu(s, Action::Family(Family::ImageQuality));

    // A reason: its explanation is a result (a new message), the document question below it.
    let (s, r) = press_on_menu(s, Action::Reason(ReasonId::PhotoGlare));
    assert!(!r[0].menu && r.iter().all(|r| !r.edit), "{r:?}");
    assert!(r[1].menu);

    // The FAQ menu, from the photo prompt, replaces it; the answer does not replace the menu.
    let (s, _) = press_on_menu(s, Action::Document(DocType::Passport));
    let (s, r) = press_on_menu(s, Action::FaqMenu);
    assert!(r[0].edit);
    let (s, r) = press_on_menu(s, Action::Faq("review_time"));
    assert!(!r[0].menu && !r[0].edit);

    // A press on a result (the answer's own buttons) never edits it, even into a menu.
    let (s, r) = press(s, Action::FaqMenu);
    assert!(r[0].menu && !r[0].edit);
    let (_, r) = press(s, Action::Resume);
    assert_eq!(r[0].text, en("ask-photo-passport"));
    assert!(!r[0].edit);
}

#[test]
fn a_notice_said_first_keeps_the_menu_a_new_message() {
    let mut reset = ctx();
    reset.session_reset = true;
    let out = handle(State::default(), Event::MenuButton(Action::StartCheck), &reset);
    assert_eq!(out.replies[0].text, en("session-restarted"));
    assert!(out.replies.iter().all(|r| !r.edit));
}

#[test]
fn proof_of_address_asks_for_no_id_photos_and_says_what_the_document_must_show() {
    let (s, _) = press(State::default(), Action::StartCheck);
    let (s, r) = press(s, Action::Reason(ReasonId::AddressProof));
    // No "which document?", no front/back/selfie prompt: the checklist for the document itself.
    assert_eq!(s.step, Step::Summary);
    assert_eq!(s.expected_photo(), None);
    assert!(s.case.slots().is_empty());
    let all = texts(&r).join("\n");
    assert!(all.contains(&en("reason-address_proof-about")), "{all}");
    for id in ["reason-address_proof-step-1", "reason-address_proof-step-2"] {
        assert!(all.contains(&en(id)), "{id}: {all}");
    }
    // What OKX does not publish is said as such, pointing to official support.
    assert!(all.contains(&en("address-proof-unpublished")), "{all}");
    for not_here in ["ask-document", "ask-photo-front", "ask-photo-back", "ask-selfie"] {
        assert!(!all.contains(&en(not_here)), "{not_here}: {all}");
    }
    let offered = actions(&r);
    assert!(
        offered.iter().all(|a| !matches!(a, Action::Retake(_) | Action::Expiry)),
        "{offered:?}"
    );
    // Back or Continue stays at the checklist; it never turns into an ID photo request.
    let (s, _) = press(s, Action::Back);
    assert_eq!(s.expected_photo(), None);
    let (s, _) = press(s, Action::Resume);
    assert_eq!(s.step, Step::Summary);
}

/// Characters as a person counts them on a button: an emoji with its variation selector, or a
/// sequence joined with ZWJ, is one.
fn label_len(label: &str) -> usize {
    let mut n = 0;
    let mut joined = false;
    for c in label.chars() {
        match c {
            '\u{FE0E}' | '\u{FE0F}' => {}
            '\u{200D}' => joined = true,
            _ if joined => joined = false,
            _ => n += 1,
        }
    }
    n
}

/// Every screen the dialogue can show, in `lang`: menus, prompts of every step for every
/// reason and document, summaries, answers and the small one-off questions.
fn every_screen(lang: Lang) -> Vec<Reply> {
    use crate::content::faq::FAQ_IDS;
    let v = view::View { lang };
    let mut out = vec![
        v.main_menu("menu-welcome"),
        v.faq_menu(),
        v.language_menu(),
        v.ask_photo_kind(),
        v.retake_hint(),
        v.expiry_unreadable(String::new()),
        v.faq_did_you_mean(FAQ_IDS),
        v.next_steps(None),
    ];
    out.extend(FAQ_IDS.iter().map(|id| v.faq_answer(id)));
    let mut steps = vec![Step::Menu, Step::ChooseFamily, Step::ChooseDocument, Step::AwaitExpiry];
    steps.extend(Family::ALL.map(|family| Step::ChooseReason { family }));
    for reason in ReasonId::ALL {
        out.push(v.reason_intro(reason));
        out.push(v.next_steps(Some(reason)));
        for document in DocType::ALL.map(Some).into_iter().chain([None]) {
            let case = Case { reason: Some(reason), document, ..Case::default() };
            let mut steps = steps.clone();
            steps.push(Step::Summary);
            steps.extend(
                [Slot::Front, Slot::Back, Slot::Selfie]
                    .map(|slot| Step::AwaitPhoto { slot, retake: false }),
            );
            for step in steps {
                out.extend(v.prompt(&State { lang: Some(lang), step, case: case.clone() }));
            }
        }
    }
    out
}

#[test]
fn every_button_label_fits_a_phone_in_every_language() {
    let mut too_long = Vec::new();
    for lang in Lang::all() {
        let mut labels: Vec<String> =
            every_screen(lang).iter().flat_map(|r| r.buttons().map(|b| b.label.clone())).collect();
        labels.sort();
        labels.dedup();
        assert!(labels.len() > 60, "{}: only {} labels rendered", lang.tag(), labels.len());
        for label in labels {
            assert!(!label.trim().is_empty(), "{}: an empty label", lang.tag());
            if label_len(&label) > 24 {
                too_long.push(format!("{} ({}): {label}", lang.tag(), label_len(&label)));
            }
        }
    }
    assert!(too_long.is_empty(), "labels over 24 characters:\n{}", too_long.join("\n"));
    assert_eq!(label_len("⚠️ Scam"), 6, "an emoji with its variation selector is one");
}

#[test]
fn faq_entries_as_buttons_use_their_short_labels() {
    for lang in Lang::all() {
        let v = view::View { lang };
        for id in crate::content::faq::FAQ_IDS {
            let reply = v.faq_did_you_mean(&[id]);
            assert_eq!(reply.keyboard[0][0].label, v.t(&format!("faq-{id}-btn")), "{id}");
        }
    }
}

#[test]
fn retake_buttons_are_one_per_row_and_name_the_side_briefly() {
    for document in DocType::ALL {
        let case = Case {
            reason: Some(ReasonId::PhotoGlare),
            document: Some(document),
            ..Case::default()
        };
        let state = State { step: Step::Summary, case: case.clone(), ..State::default() };
        let (_, r) = step(state, Event::Button(Action::Summary));
        let rows = &r.last().unwrap().keyboard;
        let retakes: Vec<&Vec<Button>> = rows
            .iter()
            .filter(|row| row.iter().any(|b| matches!(b.action, Action::Retake(_))))
            .collect();
        assert_eq!(retakes.len(), case.slots().len(), "{document:?}");
        assert!(retakes.iter().all(|row| row.len() == 1), "{document:?}: {rows:?}");
        if document == DocType::Passport {
            assert_eq!(retakes[0][0].label, en("btn-retake-passport"));
        }
    }
}

#[test]
fn the_caption_names_what_the_pictures_marker_points_at() {
    let s = at_passport_photo();
    let (_, r) = step(s.clone(), photo(Slot::Front, Kind::Id, vec![glare()], 0xAB));
    let result = r.iter().find(|r| r.photo.is_some()).expect("the marked-up picture");
    // "❌ ① Glare: …": the number drawn on the picture and the finding's localized word.
    assert!(result.text.contains(&format!("① {}", en("issue-glare"))), "{}", result.text);
    // Without a picture there is no marker to refer to.
    let report = Report::new(Kind::Id, 1600, 1200, vec![glare()], 0xAC);
    let bare =
        checked(Slot::Front, PhotoOutcome::Checked(Checked { report, annotated_jpeg: None }));
    let (_, r) = step(s, bare);
    assert!(r.iter().all(|r| !r.text.contains('①')));
}
