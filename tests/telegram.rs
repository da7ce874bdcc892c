//! The real teloxide client and dispatcher against a Bot API served on 127.0.0.1.

mod support;

use std::time::Duration;

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
};
use support::{
    RunningBot, card_jpeg, config,
    fake_bot_api::{self as fake, FakeBotApi},
};

fn en(id: &str) -> String {
    localizer().text(Lang::EN, id)
}

/// Sends an update and waits for the bot to have sent `total` messages in all.
async fn exchange(api: &FakeBotApi, update: serde_json::Value, total: usize) -> Vec<fake::Call> {
    api.push_update(update);
    api.wait_sent(total).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_reason_photo_reply() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 1001;

    let sent = exchange(&api, fake::text_update(chat, "en", "/start"), 1).await;
    assert!(sent[0].text().unwrap().contains("KYC Doctor"));
    assert!(sent[0].buttons().contains(&"c".to_string()), "the menu offers the check");
    assert_eq!(sent[0].chat_id(), Some(chat));

    let sent = exchange(&api, fake::callback_update(chat, "en", "c"), 2).await;
    // OKX's groups; "invalid document photo" (image quality) is inside "required document".
    assert!(sent[1].buttons().contains(&"f:document".to_string()));
    let sent = exchange(&api, fake::callback_update(chat, "en", "f:image_quality"), 3).await;
    assert!(sent[2].buttons().contains(&"r:photo_glare".to_string()));
    // The reason's explanation, then the document question.
    let sent = exchange(&api, fake::callback_update(chat, "en", "r:photo_glare"), 5).await;
    assert!(sent[4].buttons().contains(&"d:passport".to_string()));
    let sent = exchange(&api, fake::callback_update(chat, "en", "d:passport"), 6).await;
    assert_eq!(sent[5].text(), Some(en("ask-photo-passport").as_str()));

    // Every button press was answered (no endless spinner).
    api.wait_for("callback answers", Duration::from_secs(5), |calls| {
        calls.iter().filter(|c| c.method == "answerCallbackQuery").count() == 4
    })
    .await;

    let jpeg = card_jpeg(1600, 1200);
    api.add_file("front-1", jpeg.clone());
    let before = api.sent().len();
    api.push_update(fake::photo_update(chat, "en", "front-1", 1600, 1200, jpeg.len()));
    let sent = api
        .wait_for("the photo verdict", Duration::from_secs(90), |calls| {
            calls.iter().filter(|c| c.method == "sendMessage" || c.method == "sendPhoto").count()
                > before + 1
        })
        .await;
    let methods: Vec<&str> = sent.iter().map(|c| c.method.as_str()).collect();
    assert!(methods.contains(&"getFile"), "the photo was downloaded");
    assert!(methods.contains(&"sendChatAction"), "the person sees that a check runs");
    let verdict = api.sent()[before].clone();
    let slot = en("slot-passport");
    assert!(verdict.text().unwrap().contains(&slot), "{:?}", verdict.text());

    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dialogue_continues_after_a_restart_on_the_same_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.sqlite").display().to_string();
    let api = FakeBotApi::start().await;
    let chat = 2002;

    let bot = RunningBot::start(&api, config(&api, StorageUrl::Sqlite(path.clone()))).await;
    exchange(&api, fake::text_update(chat, "en", "/start"), 1).await;
    exchange(&api, fake::callback_update(chat, "en", "r:photo_blurry"), 3).await;
    let sent = exchange(&api, fake::callback_update(chat, "en", "d:id_card"), 4).await;
    assert_eq!(sent[3].text(), Some(en("ask-photo-front").as_str()));
    bot.stop().await;

    // A new process on the same file: the next photo is the front of the ID card.
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Sqlite(path))).await;
    let jpeg = card_jpeg(1600, 1200);
    api.add_file("front-2", jpeg.clone());
    api.push_update(fake::document_update(
        chat,
        "en",
        "front-2",
        "front.jpg",
        "image/jpeg",
        jpeg.len(),
    ));
    let sent = api.wait_sent(5).await;
    assert!(sent[4].text().unwrap().contains(&en("slot-front")), "{:?}", sent[4].text());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_get_one_short_answer_and_no_photo_is_downloaded() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    api.add_file("g1", card_jpeg(800, 600));
    let sent = exchange(&api, fake::group_photo_update(-5005, 77, "g1"), 1).await;
    assert_eq!(sent[0].text(), Some(en("group-private-only").as_str()));
    api.push_update(fake::group_photo_update(-5005, 78, "g1"));
    // Wait until the second update was consumed, then check nothing more happened.
    api.wait_for("the update consumed", Duration::from_secs(10), |_| api.pending_updates() == 0)
        .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(api.sent().len(), 1, "answered once");
    assert!(api.calls_of("getFile").is_empty(), "never downloads photos in groups");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_a_hint_and_keeps_the_place() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 3003;
    exchange(&api, fake::callback_update(chat, "en", "r:photo_glare"), 2).await;
    exchange(&api, fake::callback_update(chat, "en", "d:passport"), 3).await;

    let sent = exchange(&api, fake::sticker_update(chat, "en"), 5).await;
    assert_eq!(sent[3].text(), Some(en("media-sticker").as_str()));
    assert_eq!(
        sent[4].text(),
        Some(en("ask-photo-passport").as_str()),
        "still waiting for the passport"
    );

    let sent = exchange(
        &api,
        fake::document_update(chat, "en", "doc-pdf", "statement.pdf", "application/pdf", 1000),
        7,
    )
    .await;
    assert_eq!(sent[5].text(), Some(en("media-not-image").as_str()));

    // A file over Telegram's 20 MB download limit is refused before downloading.
    let sent = exchange(
        &api,
        fake::document_update(chat, "en", "huge", "huge.jpg", "image/jpeg", 25 * 1024 * 1024),
        8,
    )
    .await;
    assert_eq!(sent[7].text(), Some(en("input-error-too_large").as_str()));
    assert!(api.calls_of("getFile").is_empty());

    // Corrupt bytes: "I could not read this image", and the slot stays empty.
    api.add_file("corrupt", b"\xFF\xD8\xFF\xE0 definitely not a jpeg".to_vec());
    let sent =
        exchange(&api, fake::document_update(chat, "en", "corrupt", "x.jpg", "image/jpeg", 30), 9)
            .await;
    assert_eq!(sent[8].text(), Some(en("input-error-corrupt").as_str()));
    let sent = exchange(&api, fake::text_update(chat, "en", "/help"), 11).await;
    assert_eq!(
        sent[10].text(),
        Some(en("ask-photo-passport").as_str()),
        "still on the passport slot"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn russian_app_language_gets_russian_replies() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let sent = exchange(&api, fake::text_update(4004, "ru", "/start"), 1).await;
    let ru = Lang::from_tag("ru").unwrap();
    assert_eq!(sent[0].text(), Some(localizer().text(ru, "menu-welcome").as_str()));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn command_menus_are_set_for_every_language() {
    let api = FakeBotApi::start().await;
    let bot =
        kyc_doctor::telegram::build_bot(&config(&api, StorageUrl::Memory), support::no_limits())
            .unwrap();
    kyc_doctor::telegram::set_command_menus(&bot).await;
    let calls = api.calls_of("setMyCommands");
    let codes: Vec<Option<&str>> =
        calls.iter().map(|c| c.params.get("language_code").and_then(|v| v.as_str())).collect();
    assert!(codes.contains(&None), "a default menu");
    for code in ["ru", "uk", "pt", "zh", "ar", "ja", "hi"] {
        assert!(codes.contains(&Some(code)), "{code}");
    }
    assert_eq!(calls.len(), 19, "a default (English) menu, 17 two-letter codes, and zh");
    let ru_menu = calls.iter().find(|c| c.params["language_code"] == "ru").unwrap();
    assert_eq!(ru_menu.params["commands"].as_array().unwrap().len(), 8);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_album_fills_the_slots_in_order_with_one_combined_reply() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 6006;
    exchange(&api, fake::callback_update(chat, "en", "r:photo_glare"), 2).await;
    exchange(&api, fake::callback_update(chat, "en", "d:id_card"), 3).await;
    let jpeg = card_jpeg(1600, 1200);
    for id in ["a1", "a2", "a3"] {
        api.add_file(id, jpeg.clone());
    }
    for id in ["a1", "a2", "a3"] {
        api.push_update(fake::album_photo_update(chat, "en", id, "album-1", jpeg.len()));
    }
    let header =
        localizer().text_args(Lang::EN, "album-received", &kyc_doctor::fluent_args!["count" => 3]);
    let calls = api
        .wait_for("the combined album reply", Duration::from_secs(90), |calls| {
            calls.iter().any(|c| c.text().is_some_and(|t| t.starts_with(&header)))
        })
        .await;
    assert_eq!(
        calls.iter().filter(|c| c.method == "getFile").count(),
        3,
        "every photo was checked"
    );
    let combined = calls.iter().find(|c| c.text().is_some_and(|t| t.starts_with(&header))).unwrap();
    let text = combined.text().unwrap();
    let front = text.find(&en("slot-front")).expect("front reported");
    let back = text.find(&en("slot-back")).expect("back reported");
    assert!(front < back, "in order");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let texts_after_setup = api.sent().iter().skip(3).filter(|c| c.method == "sendMessage").count();
    assert_eq!(texts_after_setup, 1, "one combined text message for the whole album");
    bot.stop().await;
}
