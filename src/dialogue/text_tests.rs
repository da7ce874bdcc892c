//! What the dialogue says, checked in every locale: the privacy reply is complete and uses no
//! biometric word for the picture hash, and photo results do not stutter ("❌ Blurry: The photo is
//! blurry: …").

use chrono::NaiveDate;

use super::*;
use crate::{
    content::{Lang, i18n::localizer},
    quality::{Checked, Issue, IssueCode, Kind, Region, Report, Severity},
};

fn ctx(tag: &str) -> Context<'_> {
    Context::new(Some(tag), NaiveDate::from_ymd_opt(2026, 11, 26).unwrap())
}

/// Per locale, the words that would call the picture hash a finger-print (a biometric), lower-case.
const BIOMETRIC_WORDS: [(&str, &[&str]); 21] = [
    ("en", &["fingerprint", "finger print", "biometric"]),
    ("ru", &["отпечат", "биометр"]),
    ("uk", &["відбит", "біометр"]),
    ("es", &["huella", "biométric"]),
    ("pt", &["impressão digital", "impressões digitais", "biométric"]),
    ("pt-BR", &["impressão digital", "impressões digitais", "biométric"]),
    ("fr", &["empreinte", "biométri"]),
    ("de", &["fingerabdr", "biometri"]),
    ("it", &["impront", "biometric"]),
    ("tr", &["parmak iz", "biyometri"]),
    ("vi", &["vân tay", "sinh trắc"]),
    ("id", &["sidik jari", "biometri"]),
    ("zh-CN", &["指纹", "生物特征"]),
    ("zh-TW", &["指紋", "生物特徵"]),
    ("ja", &["指紋", "生体"]),
    ("ko", &["지문", "생체"]),
    ("ar", &["بصمة", "بصمات", "بيومتر"]),
    ("pl", &["odcisk", "biometr"]),
    ("nl", &["vingerafdruk", "biometri"]),
    ("th", &["ลายนิ้วมือ", "ไบโอเมตริก"]),
    ("hi", &["फ़िंगरप्रिंट", "फिंगरप्रिंट", "उंगली", "बायोमेट्रिक"]),
];

#[test]
fn privacy_reply_says_what_is_kept_and_for_how_long_in_every_locale() {
    for lang in Lang::all() {
        let out = handle(State::default(), Event::Command(Command::Privacy), &ctx(lang.tag()));
        let text: String = out.replies.iter().map(|r| r.text.as_str()).collect();
        // How long, in both stores, and how to delete it now.
        for needle in ["/forget", "SQLite", "Redis", "REDIS_TTL_SECS", "64"] {
            assert!(text.contains(needle), "{}: /privacy lacks {needle:?}:\n{text}", lang.tag());
        }
        let faq = localizer().text(lang, "faq-bot_privacy-a");
        for needle in ["/forget", "SQLite", "Redis", "REDIS_TTL_SECS", "64"] {
            assert!(faq.contains(needle), "{}: the privacy FAQ lacks {needle:?}", lang.tag());
        }
    }
}

#[test]
fn no_locale_calls_the_picture_hash_a_fingerprint() {
    assert_eq!(BIOMETRIC_WORDS.len(), Lang::all().count());
    for (tag, words) in BIOMETRIC_WORDS {
        let lang = Lang::from_tag(tag).unwrap_or_else(|| panic!("{tag} is a locale"));
        assert_eq!(lang.tag(), tag);
        let out = handle(State::default(), Event::Command(Command::Privacy), &ctx(tag));
        let reply: String = out.replies.iter().map(|r| r.text.as_str()).collect();
        for text in [reply, localizer().text(lang, "faq-bot_privacy-a")] {
            let lower = text.to_lowercase();
            for word in words {
                assert!(!lower.contains(word), "{tag}: {word:?} in the privacy text:\n{text}");
            }
        }
    }
}

#[test]
fn photo_results_do_not_repeat_the_issue_name() {
    let issues = vec![
        Issue {
            code: IssueCode::Blurry,
            severity: Severity::Fail,
            value: 10.0,
            limit: 80.0,
            region: None,
        },
        Issue {
            code: IssueCode::Glare,
            severity: Severity::Warn,
            value: 0.02,
            limit: 0.015,
            region: Some(Region::TopRight),
        },
    ];
    for lang in Lang::all() {
        let state = State {
            step: Step::AwaitPhoto { slot: Slot::Front, retake: false },
            ..State::default()
        };
        let report = Report::new(Kind::Id, 1600, 1200, issues.clone(), 7);
        let event = Event::PhotoChecked {
            check: PhotoCheck::Slot(Slot::Front),
            meta: PhotoMeta { as_file: true, ..PhotoMeta::default() },
            outcome: PhotoOutcome::Checked(Checked { report, annotated_jpeg: None }),
        };
        let out = handle(state, event, &ctx(lang.tag()));
        let text: String = out.replies.iter().map(|r| r.text.as_str()).collect();
        let blurry = localizer().text(lang, "issue-blurry-fix");
        let line = text
            .lines()
            .find(|l| l.contains(blurry.as_str()))
            .unwrap_or_else(|| panic!("{}: no blur fix in {text}", lang.tag()));
        // "❌ The photo is blurry: wipe the lens…", not "❌ Blurry: The photo is blurry: …".
        assert_eq!(line, format!("❌ {blurry}"), "{}", lang.tag());
        assert!(text.lines().any(|l| l.starts_with("⚠️ ")), "{}: {text}", lang.tag());
    }
}
