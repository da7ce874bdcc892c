//! The real teloxide client and dispatcher against a Bot API served on 127.0.0.1.

mod support;

use std::time::Duration;

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
};
use support::{
    Chat, RunningBot, card_jpeg, config,
    fake_bot_api::{self as fake, FakeBotApi},
};

fn en(id: &str) -> String {
    localizer().text(Lang::EN, id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_reason_photo_reply() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let mut chat = Chat::new(&api, 1001, "en");

    let replies = chat.send_text("/start", 1).await;
    assert!(replies[0].text().unwrap().contains("KYC Doctor"));
    assert!(replies[0].buttons().contains(&"~c".to_string()), "the menu offers the check");
    assert_eq!(replies[0].chat_id(), Some(1001));

    let replies = chat.press("c", 1).await;
    // OKX's groups; "invalid document photo" (image quality) is inside "required document".
    assert!(replies[0].buttons().contains(&"~f:document".to_string()));
    let replies = chat.press("f:image_quality", 1).await;
    assert!(replies[0].buttons().contains(&"~r:photo_glare".to_string()));
    // The reason's explanation, then the document question.
    let replies = chat.press("r:photo_glare", 2).await;
    assert!(replies[1].buttons().contains(&"~d:passport".to_string()));
    let replies = chat.press("d:passport", 1).await;
    assert_eq!(replies[0].text(), Some(en("ask-photo-passport").as_str()));

    // Every button press was answered (no endless spinner).
    api.wait_for("callback answers", Duration::from_secs(5), |calls| {
        calls.iter().filter(|c| c.method == "answerCallbackQuery").count() == 4
    })
    .await;

    let jpeg = card_jpeg(1600, 1200);
    api.add_file("front-1", jpeg.clone());
    let photo = fake::photo_update(1001, "en", "front-1", 1600, 1200, jpeg.len());
    let replies = chat.act_within(photo, 2, Duration::from_secs(90)).await;
    let methods: Vec<String> = api.calls().iter().map(|c| c.method.clone()).collect();
    assert!(methods.iter().any(|m| m == "getFile"), "the photo was downloaded");
    assert!(methods.iter().any(|m| m == "sendChatAction"), "the person sees that a check runs");
    let verdict = &replies[0];
    assert!(verdict.text().unwrap().contains(&en("slot-passport")), "{:?}", verdict.text());

    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dialogue_continues_after_a_restart_on_the_same_sqlite_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.sqlite").display().to_string();
    let api = FakeBotApi::start().await;
    let mut chat = Chat::new(&api, 2002, "en");

    let bot = RunningBot::start(&api, config(&api, StorageUrl::Sqlite(path.clone()))).await;
    chat.send_text("/start", 1).await;
    chat.press("r:photo_blurry", 2).await;
    let replies = chat.press("d:id_card", 1).await;
    assert_eq!(replies[0].text(), Some(en("ask-photo-front").as_str()));
    bot.stop().await;

    // A new process on the same file: the next photo is the front of the ID card.
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Sqlite(path))).await;
    let jpeg = card_jpeg(1600, 1200);
    api.add_file("front-2", jpeg.clone());
    let file = fake::document_update(2002, "en", "front-2", "front.jpg", "image/jpeg", jpeg.len());
    let replies = chat.act_within(file, 1, Duration::from_secs(90)).await;
    assert!(replies[0].text().unwrap().contains(&en("slot-front")), "{:?}", replies[0].text());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_get_one_short_answer_and_no_photo_is_downloaded() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    api.add_file("g1", card_jpeg(800, 600));
    let mut group = Chat::new(&api, -5005, "en");
    let replies = group.act(fake::group_photo_update(-5005, 77, "g1"), 1).await;
    assert_eq!(replies[0].text(), Some(en("group-private-only").as_str()));
    api.push_update(fake::group_photo_update(-5005, 78, "g1"));
    // Once the second update was taken, stopping lets the bot finish it: then nothing more.
    api.wait_for("the update consumed", Duration::from_secs(10), |_| api.pending_updates() == 0)
        .await;
    bot.stop().await;
    group.no_more_replies();
    assert!(api.calls_of("getFile").is_empty(), "never downloads photos in groups");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_gets_a_hint_and_keeps_the_place() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let mut chat = Chat::new(&api, 3003, "en");
    chat.press("r:photo_glare", 2).await;
    chat.press("d:passport", 1).await;

    let replies = chat.act(fake::sticker_update(3003, "en"), 2).await;
    assert_eq!(replies[0].text(), Some(en("media-sticker").as_str()));
    assert_eq!(
        replies[1].text(),
        Some(en("ask-photo-passport").as_str()),
        "still waiting for the passport"
    );

    let pdf =
        fake::document_update(3003, "en", "doc-pdf", "statement.pdf", "application/pdf", 1000);
    let replies = chat.act(pdf, 2).await;
    assert_eq!(replies[0].text(), Some(en("media-not-image").as_str()));
    assert_eq!(replies[1].text(), Some(en("ask-photo-passport").as_str()));

    // A file over Telegram's 20 MB download limit is refused before downloading.
    let huge =
        fake::document_update(3003, "en", "huge", "huge.jpg", "image/jpeg", 25 * 1024 * 1024);
    let replies = chat.act(huge, 1).await;
    assert_eq!(replies[0].text(), Some(en("input-error-too_large").as_str()));
    assert!(api.calls_of("getFile").is_empty());

    // Corrupt bytes: "I could not read this image", and the slot stays empty.
    api.add_file("corrupt", b"\xFF\xD8\xFF\xE0 definitely not a jpeg".to_vec());
    let corrupt = fake::document_update(3003, "en", "corrupt", "x.jpg", "image/jpeg", 30);
    let replies = chat.act(corrupt, 1).await;
    assert_eq!(replies[0].text(), Some(en("input-error-corrupt").as_str()));
    let replies = chat.send_text("/help", 2).await;
    assert_eq!(
        replies[1].text(),
        Some(en("ask-photo-passport").as_str()),
        "still on the passport slot"
    );
    chat.no_more_replies();
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn russian_app_language_gets_russian_replies() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let replies = Chat::new(&api, 4004, "ru").send_text("/start", 1).await;
    let ru = Lang::from_tag("ru").unwrap();
    assert_eq!(replies[0].text(), Some(localizer().text(ru, "menu-welcome").as_str()));
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn command_menus_are_set_for_every_language() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    assert_eq!(api.calls_of("getMe").len(), 1, "the start-up's getMe checked the token");
    api.wait_for("the dispatcher's own getMe", Duration::from_secs(20), |calls| {
        calls.iter().filter(|c| c.method == "getMe").count() == 2
    })
    .await;
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
    // No webhook was set, so there was none to delete.
    assert_eq!(api.calls_of("getWebhookInfo").len(), 1);
    assert!(api.calls_of("deleteWebhook").is_empty());
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_deletes_a_webhook_left_by_an_earlier_run() {
    let api = FakeBotApi::start().await;
    api.set_webhook_url("https://old.example.org/hook");
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    assert_eq!(api.calls_of("deleteWebhook").len(), 1);
    assert_eq!(api.webhook_url(), None);
    let replies = Chat::new(&api, 4100, "en").send_text("/privacy", 1).await;
    assert_eq!(replies[0].text(), Some(en("privacy-text").as_str()), "and polling works");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_album_fills_the_slots_in_order_with_one_combined_reply() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 6006;
    let mut person = Chat::new(&api, chat, "en");
    person.press("r:photo_glare", 2).await;
    person.press("d:id_card", 1).await;
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
    bot.stop().await;
    let album_replies = person.remaining();
    let texts: Vec<_> = album_replies.iter().filter(|c| c.method == "sendMessage").collect();
    assert_eq!(texts.len(), 1, "one combined text message for the whole album");
    assert!(
        album_replies.iter().any(|c| c.text() == Some(text)),
        "the combined reply is this chat's"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_menu_press_edits_the_menu_in_place_and_results_stay_new_messages() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let mut chat = Chat::new(&api, 1601, "en");
    chat.send_text("/start", 1).await;

    // A menu's button (marked `~`): the next menu replaces the pressed message.
    let replies = chat.press("~c", 1).await;
    assert_eq!(replies[0].method, "editMessageText");
    assert_eq!(replies[0].params["message_id"], 900, "the message the button was on");
    assert_eq!(replies[0].text(), Some(en("ask-family").as_str()));
    assert!(replies[0].buttons().contains(&"~f:document".to_string()));
    let replies = chat.press("~f:image_quality", 1).await;
    assert_eq!(replies[0].method, "editMessageText");
    assert_eq!(api.calls_of("sendMessage").len(), 1, "only /start's menu was a new message");

    // A result (the reason's explanation) is a new message, and the menu loses its buttons.
    let replies = chat.press("~r:photo_glare", 2).await;
    assert!(replies.iter().all(|r| r.method == "sendMessage"));
    assert_eq!(replies[0].text(), Some(en("reason-photo_glare-about").as_str()));
    assert!(!api.calls_of("editMessageReplyMarkup").is_empty());

    // When Telegram refuses the edit, the menu comes as a new message instead.
    api.fail_next("editMessageText", vec![fake::Fault::ServerError]);
    let replies = chat.press("~b", 1).await;
    assert_eq!(replies[0].method, "sendMessage");
    assert!(replies[0].buttons().contains(&"~r:photo_glare".to_string()), "the reasons again");
    chat.no_more_replies();
    bot.stop().await;
}
