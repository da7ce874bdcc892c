//! Webhook mode (real Update JSON posted to the bot's endpoint) and a Bot API that misbehaves.

mod support;

use std::time::Duration;

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
};
use serde_json::json;
use support::{
    Chat, RunningBot, config,
    fake_bot_api::{self as fake, FakeBotApi, Fault},
};

const SECRET: &str = "test_secret-123";

fn en(id: &str) -> String {
    localizer().text(Lang::EN, id)
}

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
    let mut chat = Chat::new(&api, 8008, "en");
    let mut update = fake::text_update(chat.id, "en", "/start");
    update["update_id"] = json!(500);
    let body = update.to_string();

    // Without the secret, or with a wrong one, the update is refused — and not marked as seen:
    // the same update with the secret is then answered.
    assert_eq!(post(addr, None, body.clone()).await, 401);
    assert_eq!(post(addr, Some("wrong"), body.clone()).await, 401);
    assert_eq!(post(addr, Some(SECRET), body.clone()).await, 200);
    let replies = chat.replies(1).await;
    assert_eq!(replies[0].text(), Some(en("menu-welcome").as_str()));

    // Telegram re-delivers when an answer is slow: the same update_id is handled once.
    assert_eq!(post(addr, Some(SECRET), body).await, 200);
    // Something that is not an update is acknowledged (or Telegram retries forever) and dropped.
    assert_eq!(post(addr, Some(SECRET), "{\"not\": \"an update\"".into()).await, 200);
    let mut next = fake::text_update(chat.id, "en", "/privacy");
    next["update_id"] = json!(501);
    assert_eq!(post(addr, Some(SECRET), next.to_string()).await, 200);
    // One chat's updates are handled in order: had the refused posts or the duplicate been
    // handled, a second welcome would come before the privacy text.
    let replies = chat.replies(1).await;
    assert_eq!(replies[0].text(), Some(en("privacy-text").as_str()));
    bot.stop().await;
    chat.no_more_replies();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_survives_server_errors_and_malformed_json_without_losing_updates() {
    let api = FakeBotApi::start().await;
    api.fail_next("getUpdates", vec![Fault::ServerError, Fault::MalformedJson]);
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let mut first = Chat::new(&api, 9009, "en");
    let mut second = Chat::new(&api, 9010, "en");
    // Both updates wait while the first polls fail; each is answered once.
    api.push_update(fake::text_update(first.id, "en", "/start"));
    api.push_update(fake::text_update(second.id, "en", "/start"));
    for chat in [&mut first, &mut second] {
        let replies = chat.replies(1).await;
        assert_eq!(replies[0].text(), Some(en("menu-welcome").as_str()), "chat {}", chat.id);
    }
    bot.stop().await;
    first.no_more_replies();
    second.no_more_replies();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_send_ends_in_an_apology_and_the_dialogue_stays_usable() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let mut chat = Chat::new(&api, 9100, "en");
    // The first answer fails with a 500: the person gets an apology instead of silence (and not
    // the document question that would have followed the failed explanation).
    api.fail_next("sendMessage", vec![Fault::ServerError]);
    let replies = chat.press("r:photo_glare", 2).await;
    let explanation = replies[0].text().unwrap_or_default();
    assert!(
        explanation.contains(&en("reason-photo_glare-about")),
        "the failed send: {explanation}"
    );
    assert_eq!(replies[1].text(), Some(en("error-apology").as_str()));
    // The state was stored before sending, so the dialogue goes on from the chosen reason.
    let replies = chat.press("d:passport", 1).await;
    assert_eq!(replies[0].text(), Some(en("ask-photo-passport").as_str()));
    bot.stop().await;
    chat.no_more_replies();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_reply_still_arrives() {
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Memory)).await;
    let mut chat = Chat::new(&api, 9200, "en");
    api.fail_next("sendMessage", vec![Fault::TooManyRequests(1)]);
    // The refused send, then the same message again after the second Telegram asked for.
    let replies = chat.send_text("/privacy", 2).await;
    let privacy = en("privacy-text");
    assert_eq!(replies[0].text(), Some(privacy.as_str()));
    assert_eq!(replies[1].text(), Some(privacy.as_str()));
    let waited = replies[1].at.duration_since(replies[0].at);
    assert!(waited >= Duration::from_millis(900), "retry_after was waited out: {waited:?}");
    bot.stop().await;
    chat.no_more_replies();
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
    let mut first = Chat::new(&api, 9301, "en");
    let mut second = Chat::new(&api, 9302, "en");
    api.push_update(fake::text_update(first.id, "en", "/start"));
    api.push_update(fake::text_update(second.id, "en", "/start"));
    assert_eq!(first.replies(1).await[0].text(), Some(en("menu-welcome").as_str()));
    assert_eq!(second.replies(1).await[0].text(), Some(en("menu-welcome").as_str()));

    // A send whose connection drops, and one that times out, are sent again: the third try
    // arrives.
    api.fail_next("sendMessage", vec![Fault::DropConnection, Fault::Hang(Duration::from_secs(4))]);
    let replies = first.send_text("/privacy", 3).await;
    for reply in &replies {
        assert_eq!(reply.text(), Some(en("privacy-text").as_str()));
    }
    // And the bot goes on as usual: the help, then the menu again.
    let replies = second.send_text("/help", 2).await;
    assert_eq!(replies[0].text(), Some(en("help-text").as_str()));
    assert_eq!(replies[1].text(), Some(en("menu-again").as_str()));
    bot.stop().await;
    first.no_more_replies();
    second.no_more_replies();
}
