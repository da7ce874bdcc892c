//! Shared test support: the fake Bot API and a bot running against it.

#![allow(dead_code)]

pub mod bad_files;
pub mod fake_bot_api;

use std::{net::SocketAddr, time::Duration};

use kyc_doctor::{
    config::{BotToken, Config, StorageUrl, WebhookConfig},
    telegram::{self, Application},
};
use tokio::sync::oneshot;

use fake_bot_api::{Call, FakeBotApi, TOKEN};

/// A configuration for a bot talking to `api`: no send limits, high per-person limits, so tests
/// never wait on them.
pub fn config(api: &FakeBotApi, storage: StorageUrl) -> Config {
    Config {
        token: Some(BotToken::new(TOKEN)),
        api_url: Some(api.url()),
        storage,
        messages_per_minute: 1_000,
        checks_per_minute: 1_000,
        max_concurrent_checks: 2,
        send_limits: telegram::SendLimits::unlimited(),
        ..Config::default()
    }
}

/// The bot as `main` runs it (`Application::build`, then `run_until_stopped`), in this process,
/// with a shutdown the test triggers instead of a signal.
pub struct RunningBot {
    stop: oneshot::Sender<()>,
    handle: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl RunningBot {
    /// Long polling against the fake API.
    pub async fn start(_api: &FakeBotApi, config: Config) -> RunningBot {
        let application = Application::build(config).await.expect("the bot starts");
        RunningBot::spawn(application)
    }

    /// The webhook route on a random loopback port. Returns the bot and the address Telegram
    /// (the test) posts updates to.
    pub async fn start_webhook(mut config: Config, secret: &str) -> (RunningBot, SocketAddr) {
        config.webhook = Some(WebhookConfig {
            url: "https://bot.example.org/hook".into(),
            listen: "127.0.0.1:0".parse().expect("addr"),
            secret: secret.into(),
        });
        let application = Application::build(config).await.expect("the bot starts");
        let addr = application.webhook_addr().expect("a webhook address");
        (RunningBot::spawn(application), addr)
    }

    fn spawn(application: Application) -> RunningBot {
        let (stop, stopped) = oneshot::channel();
        let shutdown = async move {
            let _ = stopped.await;
        };
        let handle = tokio::spawn(application.run_until_stopped(shutdown));
        RunningBot { stop, handle }
    }

    /// Stops like SIGTERM does: in-flight updates finish, then the bot returns. A stop that takes
    /// longer than 30 s fails the test, so a test never hangs.
    pub async fn stop(self) {
        let _ = self.stop.send(());
        match tokio::time::timeout(Duration::from_secs(30), self.handle).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => panic!("the bot stopped with an error: {e:#}"),
            Ok(Err(e)) => panic!("the bot task failed: {e}"),
            Err(_) => panic!("the bot did not stop within 30 s"),
        }
    }
}

/// One person's private chat with the bot: each action returns the replies *it* caused, so tests
/// read like the dialogue's own tests instead of counting messages across chats.
///
/// The count each action expects is part of the call: teloxide handles one chat's updates in
/// order, so a reply beyond it would show up as the first reply of the next action (and fail its
/// assertions), or in `no_more_replies`.
pub struct Chat {
    api: FakeBotApi,
    pub id: i64,
    lang: &'static str,
    seen: usize,
}

impl Chat {
    pub fn new(api: &FakeBotApi, id: i64, lang: &'static str) -> Chat {
        Chat { api: api.clone(), id, lang, seen: api.sent_to(id) }
    }

    /// Sends a text message and returns the `n` replies to it.
    pub async fn send_text(&mut self, text: &str, n: usize) -> Vec<Call> {
        self.act(fake_bot_api::text_update(self.id, self.lang, text), n).await
    }

    /// Presses a button (its callback data) and returns the `n` replies to it.
    pub async fn press(&mut self, data: &str, n: usize) -> Vec<Call> {
        self.act(fake_bot_api::callback_update(self.id, self.lang, data), n).await
    }

    /// Sends any update of this chat and returns the `n` replies to it.
    pub async fn act(&mut self, update: serde_json::Value, n: usize) -> Vec<Call> {
        self.act_within(update, n, Duration::from_secs(30)).await
    }

    /// `act`, for slow answers (a photo check on a busy machine).
    pub async fn act_within(
        &mut self,
        update: serde_json::Value,
        n: usize,
        timeout: Duration,
    ) -> Vec<Call> {
        self.api.push_update(update);
        self.replies_within(n, timeout).await
    }

    /// The next `n` replies to this chat, for updates that reach the bot some other way (posted
    /// to the webhook). Fails the test if they do not all arrive within 30 s.
    pub async fn replies(&mut self, n: usize) -> Vec<Call> {
        self.replies_within(n, Duration::from_secs(30)).await
    }

    /// `replies`, with its own bound.
    pub async fn replies_within(&mut self, n: usize, timeout: Duration) -> Vec<Call> {
        let target = self.seen + n;
        assert!(
            self.api.wait_sent_to(self.id, target, timeout).await,
            "chat {}: {n} replies expected, {} arrived",
            self.id,
            self.api.sent_to(self.id) - self.seen
        );
        let replies: Vec<Call> = self.unseen().into_iter().take(n).collect();
        self.seen = target;
        replies
    }

    /// This chat's replies after the ones already returned.
    fn unseen(&self) -> Vec<Call> {
        self.api
            .sent()
            .into_iter()
            .filter(|c| c.chat_id() == Some(self.id))
            .skip(self.seen)
            .collect()
    }

    /// Every reply not returned yet, without waiting: for an action whose count of replies is
    /// not the point, read after `RunningBot::stop`.
    pub fn remaining(&mut self) -> Vec<Call> {
        let replies = self.unseen();
        self.seen += replies.len();
        replies
    }

    /// Every reply so far was expected: nothing beyond the counts the actions named. Proves an
    /// absence only once the bot has finished what it took: after `RunningBot::stop` (which lets
    /// the chat workers finish every update they hold), or after a later reply in the same chat
    /// (one chat's updates are handled in order).
    pub fn no_more_replies(&self) {
        assert_eq!(self.api.sent_to(self.id), self.seen, "chat {}: unexpected replies", self.id);
    }
}

/// A colour JPEG of a synthetic ID card on a textured table: a light card with dark text-like
/// strokes, a portrait block and a coloured band.
pub fn card_jpeg(width: u32, height: u32) -> Vec<u8> {
    use image::{Rgb, RgbImage};
    let mut img = RgbImage::from_fn(width, height, |x, y| {
        let n = ((x * 7 + y * 13) % 17) as u8;
        Rgb([90 + n, 70 + n, 50 + n])
    });
    let (cx0, cy0) = (width / 6, height / 5);
    let (cw, ch) = (width * 2 / 3, (width * 2 / 3) * 54 / 86);
    for y in cy0..(cy0 + ch).min(height) {
        for x in cx0..(cx0 + cw).min(width) {
            let (u, v) = (x - cx0, y - cy0);
            let mut px = Rgb([235, 232, 225]);
            if v < ch / 8 {
                px = Rgb([40, 90, 170]);
            } else if u > cw / 20 && u < cw / 3 && v > ch / 4 && v < ch * 5 / 6 {
                px = Rgb([150, 120, 100]);
            } else if u > cw * 2 / 5 && (v / 6) % 4 == 0 && (u / 3) % 5 != 0 {
                px = Rgb([30, 30, 35]);
            }
            img.put_pixel(x, y, px);
        }
    }
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .expect("encode");
    out.into_inner()
}
