//! A corpus of bad files through the checker, and unusual updates through the bot: each gets a
//! clear error or a result — never a panic — and the bot keeps answering.

mod support;

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
    quality::{CheckOptions, InputErrorCode, Kind, check},
};
use serde_json::json;
use support::{
    Chat, RunningBot,
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
    let mut chat = Chat::new(&api, 7070, "en");
    let channel = Chat::new(&api, -100_123, "en");
    let en = |id: &str| localizer().text(Lang::EN, id);
    let base = |extra: serde_json::Value| {
        let mut m = json!({"message_id": 50, "date": 1_700_000_000, "chat": fake::private_chat(chat.id), "from": fake::user(chat.id, "en")});
        if let (Some(m), Some(extra)) = (m.as_object_mut(), extra.as_object()) {
            for (k, v) in extra {
                m.insert(k.clone(), v.clone());
            }
        }
        m
    };
    // The menu's question: what every media message is followed by, so the person knows where
    // they are.
    let menu = en("menu-again");
    let media = |id: &str| vec![en(id), menu.clone()];
    // Each update with the replies it gets, in order (none: ignored).
    let cases: Vec<(&str, serde_json::Value, Vec<String>)> = vec![
        (
            "voice",
            json!({"message": base(json!({"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3, "mime_type": "audio/ogg", "file_size": 1000}}))}),
            media("media-voice"),
        ),
        (
            "video",
            json!({"message": base(json!({"video": {"file_id": "vd", "file_unique_id": "vd", "width": 10, "height": 10, "duration": 1, "mime_type": "video/mp4", "file_size": 1000}}))}),
            media("media-video"),
        ),
        (
            "location",
            json!({"message": base(json!({"location": {"latitude": 1.0, "longitude": 2.0}}))}),
            media("media-private-data"),
        ),
        (
            "contact",
            json!({"message": base(json!({"contact": {"phone_number": "+100", "first_name": "X"}}))}),
            media("media-private-data"),
        ),
        (
            "poll",
            json!({"message": base(json!({"poll": {"id": "p", "question": "q?", "options": [{"text": "a", "voter_count": 0}, {"text": "b", "voter_count": 0}],
            "total_voter_count": 0, "is_closed": false, "is_anonymous": true, "type": "regular", "allows_multiple_answers": false}}))}),
            media("media-other"),
        ),
        (
            "edited message",
            json!({"edited_message": base(json!({"text": "edited text", "edit_date": 1_700_000_100}))}),
            vec![en("edit-not-seen")],
        ),
        (
            "bot blocked",
            json!({"my_chat_member": {"chat": fake::private_chat(chat.id), "from": fake::user(chat.id, "en"), "date": 1_700_000_000,
            "old_chat_member": {"user": fake::user(123456, "en"), "status": "member"},
            "new_chat_member": {"user": fake::user(123456, "en"), "status": "kicked", "until_date": 0}}}),
            vec![],
        ),
        ("unknown update kind", json!({"some_future_update_kind": {"anything": true}}), vec![]),
        (
            "stale button",
            fake::callback_update(chat.id, "en", "zz:from-an-old-version"),
            vec![menu.clone()],
        ),
    ];
    // A channel post, in between: the bot never answers in a channel.
    api.push_update(json!({"channel_post": {"message_id": 1, "date": 1_700_000_000, "chat": {"id": channel.id, "type": "channel", "title": "C"}, "text": "post"}}));
    for (what, update, expected) in cases {
        let replies = chat.act(update, expected.len()).await;
        let texts: Vec<&str> = replies.iter().map(|c| c.text().unwrap_or_default()).collect();
        assert_eq!(texts, expected, "{what}");
    }
    // Ignored updates leave nothing behind: the next reply in this chat is the one to /privacy.
    let replies = chat.send_text("/privacy", 1).await;
    assert_eq!(replies[0].text(), Some(en("privacy-text").as_str()), "the bot still answers");
    bot.stop().await;
    chat.no_more_replies();
    channel.no_more_replies();
    assert_eq!(
        api.calls_of("answerCallbackQuery").len(),
        1,
        "the stale button was answered (spinner stops)"
    );
}
