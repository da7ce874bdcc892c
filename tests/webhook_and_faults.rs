//! Webhook mode (real Update JSON posted to the bot's endpoint) and a Bot API that misbehaves.

mod support;

use std::time::Duration;

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
};
use serde_json::json;
use support::{
    RunningBot, config,
    fake_bot_api::{self as fake, FakeBotApi, Fault},
};

const SECRET: &str = "test_secret-123";

async fn post(addr: std::net::SocketAddr, secret: Option<&str>, body: String) -> u16 {
    let client =
        reqwest::Client::builder().timeout(Duration::from_secs(10)).build().expect("client");
    let mut request = client
        .post(format!("http://{addr}/hook"))
        .header("content-type", "application/json")
        .body(body);
    if let Some(s) = secret {
        request = request.header("X-Telegram-Bot-Api-Secret-Token", s);
    }
    request.send().await.expect("post").status().as_u16()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_requires_the_secret_and_drops_duplicates() {
    let api = FakeBotApi::start().await;
    let (bot, addr) = RunningBot::start_webhook(config(&api, StorageUrl::Memory), SECRET).await;
    let mut update = fake::text_update(8008, "en", "/start");
    update["update_id"] = json!(500);
    let body = update.to_string();

    assert_eq!(post(addr, None, body.clone()).await, 401);
    assert_eq!(post(addr, Some("wrong"), body.clone()).await, 401);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(api.sent().is_empty(), "nothing handled without the secret");

    assert_eq!(post(addr, Some(SECRET), body.clone()).await, 200);
    let sent = api.wait_sent(1).await;
    assert_eq!(sent[0].text(), Some(localizer().text(Lang::EN, "menu-welcome").as_str()));

    // Telegram re-delivers when an answer is slow: the same update_id is handled once.
    assert_eq!(post(addr, Some(SECRET), body).await, 200);
    // Something that is not an update is acknowledged (or Telegram retries forever) and dropped.
    assert_eq!(post(addr, Some(SECRET), "{\"not\": \"an update\"".into()).await, 200);
    let mut next = fake::text_update(8008, "en", "/privacy");
    next["update_id"] = json!(501);
    assert_eq!(post(addr, Some(SECRET), next.to_string()).await, 200);
    let sent = api.wait_sent(2).await;
    assert_eq!(sent[1].text(), Some(localizer().text(Lang::EN, "privacy-text").as_str()));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(api.sent().len(), 2, "the duplicate was not answered");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_survives_server_errors_and_malformed_json_without_losing_updates() {
    let api = FakeBotApi::start().await;
    api.fail_next("getUpdates", vec![Fault::ServerError, Fault::MalformedJson]);
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    api.push_update(fake::text_update(9009, "en", "/start"));
    api.push_update(fake::text_update(9010, "en", "/start"));
    let sent = api.wait_sent(2).await;
    let chats: Vec<_> = sent.iter().filter_map(|c| c.chat_id()).collect();
    assert!(chats.contains(&9009) && chats.contains(&9010), "{chats:?}");
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_send_ends_in_an_apology_and_the_dialogue_stays_usable() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let chat = 9100;
    // The first answer fails with a 500: the person gets an apology instead of silence.
    api.fail_next("sendMessage", vec![Fault::ServerError]);
    api.push_update(fake::callback_update(chat, "en", "r:photo_glare"));
    let apology = localizer().text(Lang::EN, "error-apology");
    api.wait_for("the apology", Duration::from_secs(20), |calls| {
        calls.iter().any(|c| c.text() == Some(apology.as_str()))
    })
    .await;
    // The state was stored before sending, so the dialogue goes on from the chosen reason.
    let before = api.sent().len();
    api.push_update(fake::callback_update(chat, "en", "d:passport"));
    let sent = api.wait_sent(before + 1).await;
    assert_eq!(
        sent[before].text(),
        Some(localizer().text(Lang::EN, "ask-photo-passport").as_str())
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_reply_still_arrives() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    api.fail_next("sendMessage", vec![Fault::TooManyRequests(1)]);
    api.push_update(fake::text_update(9200, "en", "/privacy"));
    let privacy = localizer().text(Lang::EN, "privacy-text");
    api.wait_for("the reply after 429", Duration::from_secs(20), |calls| {
        calls.iter().any(|c| c.text() == Some(privacy.as_str()))
    })
    .await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeouts_and_dropped_connections_lose_no_update() {
    let api = FakeBotApi::start().await;
    // Polls that hang past the client's timeout or lose their connection are polled again with
    // the same offset, so the updates waiting behind them are still delivered.
    api.fail_next("getUpdates", vec![Fault::DropConnection, Fault::Hang(Duration::from_secs(4))]);
    let mut cfg = config(&api, StorageUrl::Memory);
    cfg.api_timeout = Duration::from_secs(2);
    let bot = RunningBot::start(&api, cfg).await;
    api.push_update(fake::text_update(9301, "en", "/start"));
    api.push_update(fake::text_update(9302, "en", "/start"));
    assert!(api.wait_sent_to(9301, 1, Duration::from_secs(30)).await, "first update lost");
    assert!(api.wait_sent_to(9302, 1, Duration::from_secs(30)).await, "second update lost");

    // A send whose connection drops, and one that times out, are sent again.
    let privacy = localizer().text(Lang::EN, "privacy-text");
    let help = localizer().text(Lang::EN, "help-text");
    api.fail_next("sendMessage", vec![Fault::DropConnection, Fault::Hang(Duration::from_secs(4))]);
    api.push_update(fake::text_update(9301, "en", "/privacy"));
    api.wait_for("the privacy text, sent again", Duration::from_secs(30), |calls| {
        calls.iter().filter(|c| c.text() == Some(privacy.as_str())).count() >= 3
    })
    .await;
    // And the bot goes on as usual.
    api.push_update(fake::text_update(9302, "en", "/help"));
    api.wait_for("the help text", Duration::from_secs(30), |calls| {
        calls.iter().any(|c| c.text() == Some(help.as_str()))
    })
    .await;
    bot.stop().await;
}
