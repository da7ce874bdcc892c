//! A corpus of bad files through the checker, and unusual updates through the bot: each gets a
//! clear error or a result — never a panic — and the bot keeps answering.

mod support;

use std::time::Duration;

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
    quality::{CheckOptions, InputErrorCode, Kind, check},
};
use serde_json::json;
use support::{
    RunningBot,
    bad_files::corpus,
    config,
    fake_bot_api::{self as fake, FakeBotApi},
};

/// Counts panics on the calling thread while `f` runs. `check` turns a panic inside the pipeline
/// into a `corrupt` answer (its last guard), so only the panic hook, which runs before unwinding,
/// can tell whether one happened.
fn panics_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };
    let count = Arc::new(AtomicUsize::new(0));
    let this_thread = std::thread::current().id();
    let seen = Arc::clone(&count);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().id() == this_thread {
            seen.fetch_add(1, Ordering::SeqCst);
            eprintln!("panic inside the checker: {info}");
        }
    }));
    let result = f();
    let _ = std::panic::take_hook();
    std::panic::set_hook(previous);
    (result, count.load(Ordering::SeqCst))
}

#[test]
fn every_bad_file_gets_an_error_or_a_result_never_a_panic() {
    let corpus = corpus();
    assert!(corpus.len() >= 30);
    let opts = CheckOptions { annotate: true, ..CheckOptions::default() };
    let ((), panics) = panics_during(|| {
        for (name, bytes) in &corpus {
            for kind in [Kind::Id, Kind::Selfie] {
                match check(bytes, kind, &opts) {
                    Ok(checked) => {
                        assert!(checked.report.width > 0 && checked.report.height > 0, "{name}")
                    }
                    Err(e) => assert!(!e.message.is_empty(), "{name}: an error says what is wrong"),
                }
            }
        }
    });
    assert_eq!(panics, 0, "no file makes the checker panic (its catch-all guard stays unused)");
    let code = |name: &str| {
        let bytes = &corpus.iter().find(|(n, _)| *n == name).expect(name).1;
        check(bytes, Kind::Id, &CheckOptions::default()).err().map(|e| e.code)
    };
    assert_eq!(code("zero bytes"), Some(InputErrorCode::Corrupt));
    assert_eq!(code("PDF"), Some(InputErrorCode::UnsupportedFormat));
    assert_eq!(code("HEIC"), Some(InputErrorCode::UnsupportedFormat));
    assert_eq!(code("SVG"), Some(InputErrorCode::UnsupportedFormat));
    assert_eq!(code("decompression bomb PNG 100000x100000"), Some(InputErrorCode::TooManyPixels));
    assert_eq!(code("25 MB file"), Some(InputErrorCode::TooLarge));
    assert!(code("text renamed .jpg").is_some());
    // A JPEG cut off at a third decodes (the missing rows come out grey): it gets a report, and
    // the report asks for a retake rather than passing half a picture.
    let truncated = &corpus.iter().find(|(n, _)| *n == "truncated JPEG").expect("in the corpus").1;
    let report = check(truncated, Kind::Id, &CheckOptions::default()).expect("a report").report;
    assert!(!report.ok, "a truncated photo does not pass: {:?}", report.issues);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unusual_updates_are_answered_or_ignored_and_the_bot_keeps_working() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 7070;
    let base = |extra: serde_json::Value| {
        let mut m = json!({"message_id": 50, "date": 1_700_000_000, "chat": fake::private_chat(chat), "from": fake::user(chat, "en")});
        if let (Some(m), Some(extra)) = (m.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                m.insert(k.clone(), v.clone());
            }
        }
        m
    };
    let updates = vec![
        json!({"message": base(json!({"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3, "mime_type": "audio/ogg", "file_size": 1000}}))}),
        json!({"message": base(json!({"video": {"file_id": "vd", "file_unique_id": "vd", "width": 10, "height": 10, "duration": 1, "mime_type": "video/mp4", "file_size": 1000}}))}),
        json!({"message": base(json!({"location": {"latitude": 1.0, "longitude": 2.0}}))}),
        json!({"message": base(json!({"contact": {"phone_number": "+100", "first_name": "X"}}))}),
        json!({"message": base(json!({"poll": {"id": "p", "question": "q?", "options": [{"text": "a", "voter_count": 0}, {"text": "b", "voter_count": 0}],
            "total_voter_count": 0, "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}))}),
        json!({"edited_message": base(json!({"text": "edited text", "edit_date": 1_700_000_100}))}),
        json!({"channel_post": {"message_id": 1, "date": 1_700_000_000, "chat": {"id": -100_123, "type": "channel", "title": "C"}, "text": "post"}}),
        json!({"my_chat_member": {"chat": fake::private_chat(chat), "from": fake::user(chat, "en"), "date": 1_700_000_000,
            "old_chat_member": {"user": fake::user(123456, "en"), "status": "member"},
            "new_chat_member": {"user": fake::user(123456, "en"), "status": "kicked", "until_date": 0}}}),
        json!({"some_future_update_kind": {"anything": true}}),
        fake::callback_update(chat, "en", "zz:from-an-old-version"),
    ];
    for u in updates {
        api.push_update(u);
    }
    api.wait_for("all consumed", Duration::from_secs(20), |_| api.pending_updates() == 0).await;
    api.push_update(fake::text_update(chat, "en", "/privacy"));
    let privacy = localizer().text(Lang::EN, "privacy-text");
    let calls = api
        .wait_for("the bot still answers", Duration::from_secs(20), |c| {
            c.iter().any(|c| c.text() == Some(privacy.as_str()))
        })
        .await;
    let texts: Vec<&str> = calls
        .iter()
        .filter_map(|c| if c.method == "sendMessage" { c.text() } else { None })
        .collect();
    assert!(texts.contains(&localizer().text(Lang::EN, "media-voice").as_str()));
    assert!(texts.contains(&localizer().text(Lang::EN, "media-private-data").as_str()));
    assert!(texts.contains(&localizer().text(Lang::EN, "edit-not-seen").as_str()));
    assert!(!calls.iter().any(|c| c.chat_id() == Some(-100_123)), "never answers in a channel");
    assert_eq!(
        calls.iter().filter(|c| c.method == "answerCallbackQuery").count(),
        1,
        "the stale button was answered (spinner stops)"
    );
    bot.stop().await;
}
