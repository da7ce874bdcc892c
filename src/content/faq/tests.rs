use proptest::prelude::*;

use super::*;

fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).unwrap()
}

#[test]
fn every_faq_entry_exists_in_every_locale() {
    let l10n = localizer();
    let contract = [
        "resubmit_timing",
        "common_causes",
        "repeated_retries",
        "blurry_photo",
        "glare",
        "cropped_edges",
        "face_selfie_fail",
        "name_mismatch",
        "birthdate_mismatch",
        "expired_document",
        "unsupported_document",
        "region_restricted",
        "review_time",
        "address_proof",
        "invalid_document",
        "face_scan_loop",
        "head_covering",
        "document_photo_rejected",
    ];
    for id in contract {
        assert!(FAQ_IDS.contains(&id), "{id}");
    }
    let mut sorted = FAQ_IDS.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), FAQ_IDS.len(), "duplicate FAQ id");
    for lang in Lang::all() {
        for id in FAQ_IDS {
            for msg in [question_id(id), answer_id(id), keys_id(id)] {
                assert!(l10n.defines(lang, &msg), "{} {msg}", lang.tag());
            }
            let answer = l10n.text(lang, &answer_id(id));
            assert!(
                answer.chars().count() <= 900,
                "{} {id}: {} chars",
                lang.tag(),
                answer.chars().count()
            );
            // The question is a button label too (locales/README.md: at most 30 characters).
            // Checked in English and Russian and for the entries added with the model; several
            // older labels in other locales are longer (content review, section 10).
            let new_entry =
                ["invalid_document", "face_scan_loop", "head_covering", "document_photo_rejected"]
                    .contains(id);
            if lang == Lang::EN || lang.tag() == "ru" || new_entry {
                let question = l10n.text(lang, &question_id(id));
                assert!(question.chars().count() <= 30, "{} {id}: {question}", lang.tag());
            }
        }
    }
    for id in FAQ_IDS {
        let keys = l10n.text(Lang::EN, &keys_id(id));
        let n = keys.split(',').filter(|k| !k.trim().is_empty()).count();
        assert!((10..=25).contains(&n), "{id}: {n} English keys");
    }
}

#[test]
fn the_committed_model_knows_every_label() {
    assert_eq!(model().labels, all_labels());
    assert!(model().temperature > 0.0);
    assert!(model().button_at < model().answer_at);
}

#[test]
fn the_seed_guides_questions_as_written() {
    for (question, want) in [
        ("How soon can I resubmit OKX KYC after a failure?", "resubmit_timing"),
        ("What causes OKX KYC rejections most often?", "common_causes"),
        ("Will multiple quick resubmissions help?", "repeated_retries"),
    ] {
        let m = match_question(question, Lang::EN);
        assert_eq!(m.confident_id(), Some(want), "{question}: {m:?}");
        assert_eq!(m.lang, Lang::EN, "{question}");
    }
}

#[test]
fn what_the_issue_found_wrong_is_answered_right() {
    for (question, fallback, want) in [
        ("is it safe to send my passport to this bot", "en", "bot_privacy"),
        ("ID detection failed", "en", "document_photo_rejected"),
        ("هل يجب خلع الحجاب", "ar", "head_covering"),
        ("can i wear my hijab for the selfie", "en", "head_covering"),
        ("how long does the review take", "en", "review_time"),
        ("сколько длится проверка", "en", "review_time"),
        ("are you a bot?", "en", "about_bot"),
    ] {
        let m = match_question(question, lang(fallback));
        assert_eq!(m.confident_id(), Some(want), "{question}: {m:?}");
    }
}

#[test]
fn small_talk_gets_its_own_kind_and_no_answer() {
    for (text, fallback, want) in [
        ("hello", "en", SmallTalk::Greeting),
        ("hi", "en", SmallTalk::Greeting),
        ("привет", "ru", SmallTalk::Greeting),
        ("thanks!", "en", SmallTalk::Thanks),
        ("спасибо", "ru", SmallTalk::Thanks),
        ("ok", "en", SmallTalk::Ack),
        ("bye", "en", SmallTalk::Bye),
    ] {
        let m = match_question(text, lang(fallback));
        assert_eq!(m.confident_id(), None, "{text}: {m:?}");
        assert_eq!(m.smalltalk, Some(want), "{text}: {m:?}");
        assert!(m.suggestions.is_empty(), "{text}: {m:?}");
    }
}

#[test]
fn off_topic_and_empty_text_get_no_answer() {
    for text in ["what is the bitcoin price today", "", "   ", "🙂"] {
        let m = match_question(text, Lang::EN);
        assert_eq!(m.confident_id(), None, "{text}: {m:?}");
    }
}

#[test]
fn two_questions_in_one_message_get_two_answers() {
    let m = match_question(
        "How long does the review usually take? Also, can I use an expired passport?",
        Lang::EN,
    );
    assert!(m.confident, "{m:?}");
    assert!(m.answers.contains(&"review_time"), "{m:?}");
    assert!(m.answers.contains(&"expired_document"), "{m:?}");
    assert!(m.answers.len() <= 3);
}

#[test]
fn detects_the_language_or_falls_back() {
    for (text, fallback, want) in [
        ("por qué rechazaron mi verificación", Lang::EN, "es"),
        ("kimlik doğrulamam neden reddedildi", Lang::EN, "tr"),
        ("照片模糊怎么办", Lang::EN, "zh-CN"),
        ("審核需要多長時間", lang("zh-TW"), "zh-TW"),
        ("写真がぼやけています", Lang::EN, "ja"),
        ("لماذا تم رفض التحقق", Lang::EN, "ar"),
        ("сколько ждать", Lang::EN, "ru"),
        ("Will multiple quick resubmissions help?", Lang::EN, "en"),
        ("Will multiple quick resubmissions help?", lang("fr"), "en"),
        ("ok", lang("ru"), "ru"),
        ("ok", lang("es"), "es"),
        ("", lang("es"), "es"),
        // English function words win over the user's language: the answer is still given in the
        // user's language by the dialogue.
        ("glare on my card", lang("es"), "en"),
    ] {
        assert_eq!(detect_lang(text, fallback).tag(), want, "{text}");
    }
}

#[test]
fn json_follows_the_contract() {
    let v = answer_json("сколько ждать проверку?", None);
    assert_eq!(v["id"], "review_time");
    assert_eq!(v["lang"], "ru");
    assert!(v["score"].as_f64().is_some_and(|s| (0.0..=1.0).contains(&s)));
    let alternatives = v["alternatives"].as_array().expect("alternatives");
    assert!(!alternatives.is_empty());
    assert!(alternatives.iter().all(|a| a["id"].is_string() && a["score"].is_number()));
    let v = answer_json("how long is the review", Some(lang("ru")));
    assert_eq!(v["lang"], "ru");
    assert_eq!(v["question"], localizer().text(lang("ru"), "faq-review_time-q"));
    let v = answer_json("hello", Some(lang("ru")));
    assert_eq!(v["id"], serde_json::Value::Null);
    assert_eq!(v["smalltalk"], "greeting");
    assert_eq!(v["lang"], "ru");
}

proptest! {
    #[test]
    fn never_panics(text in ".{0,300}") {
        let m = match_question(&text, Lang::EN);
        prop_assert!((0.0..=1.0).contains(&m.score));
        prop_assert!(m.answers.len() <= 3);
        prop_assert!(!(m.confident && m.smalltalk.is_some()));
        let _ = answer_json(&text, None);
    }

    #[test]
    fn never_panics_on_mixed_scripts(text in "[a-zа-яё0-9 ?.!照片模糊ไทย한국어العربية]{0,80}") {
        let _ = match_question(&text, Lang::EN);
    }
}
