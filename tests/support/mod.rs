//! Shared test support: the fake Bot API and a bot running against it.

#![allow(dead_code)]

pub mod bad_files;
pub mod fake_bot_api;

use std::{sync::Arc, time::Duration};

use kyc_doctor::{
    config::{Config, StorageUrl},
    telegram::{self, App, DialogueStore},
};
use teloxide::{
    dispatching::ShutdownToken, error_handlers::LoggingErrorHandler, update_listeners::Polling,
};

use fake_bot_api::{BOT_USERNAME, FakeBotApi, TOKEN};

/// Limits high enough that tests never wait on them.
pub fn no_limits() -> telegram::SendLimits {
    telegram::SendLimits::unlimited()
}

pub fn config(api: &FakeBotApi, storage: StorageUrl) -> Config {
    let mut config = Config::new(Some(TOKEN.into()), Some(api.url()), storage);
    config.messages_per_minute = 1_000;
    config.checks_per_minute = 1_000;
    config
}

/// The real dispatcher, long-polling the fake API.
pub struct RunningBot {
    token: ShutdownToken,
    handle: tokio::task::JoinHandle<()>,
}

impl RunningBot {
    pub async fn start(api: &FakeBotApi, config: Config) -> RunningBot {
        let bot = telegram::build_bot(&config, no_limits()).expect("bot");
        let store = DialogueStore::open(&config.storage, &config.redis_prefix, config.redis_ttl)
            .await
            .expect("storage");
        let coordinator = Arc::new(telegram::coordinator_for(&config).await.expect("coordinator"));
        let app = Arc::new(App::new(&config, store, coordinator, Some(BOT_USERNAME.into())));
        let mut dispatcher = telegram::build_dispatcher(bot.clone(), app);
        let token = dispatcher.shutdown_token();
        let listener = Polling::builder(bot.api().clone()).timeout(Duration::from_secs(1)).build();
        let handle = tokio::spawn(async move {
            dispatcher.dispatch_with_listener(listener, LoggingErrorHandler::new()).await;
        });
        let _ = api;
        RunningBot { token, handle }
    }

    /// The real dispatcher behind the webhook route, on a random loopback port. Returns the bot
    /// and the address Telegram (the test) posts updates to.
    pub async fn start_webhook(config: Config, secret: &str) -> (RunningBot, std::net::SocketAddr) {
        use kyc_doctor::{config::WebhookConfig, telegram::webhook};
        let bot = telegram::build_bot(&config, no_limits()).expect("bot");
        let store = DialogueStore::open(&config.storage, &config.redis_prefix, config.redis_ttl)
            .await
            .expect("storage");
        let coordinator = Arc::new(telegram::coordinator_for(&config).await.expect("coordinator"));
        let app =
            Arc::new(App::new(&config, store, coordinator.clone(), Some(BOT_USERNAME.into())));
        let tcp = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = tcp.local_addr().expect("addr");
        let hook = WebhookConfig {
            url: "https://bot.example.org/hook".into(),
            listen: addr,
            secret: secret.into(),
        };
        let listener = webhook::serve(tcp, &hook, &hook.url.parse().expect("url"), coordinator);
        let mut dispatcher = telegram::build_dispatcher(bot, app);
        let token = dispatcher.shutdown_token();
        let handle = tokio::spawn(async move {
            dispatcher.dispatch_with_listener(listener, LoggingErrorHandler::new()).await;
        });
        (RunningBot { token, handle }, addr)
    }

    /// Stops like SIGTERM does: in-flight updates finish, then the dispatcher returns. A stop
    /// that takes longer than 15 s is reported and the dispatcher aborted, so a test never hangs.
    pub async fn stop(self) {
        let token = self.token.clone();
        let graceful = async move {
            loop {
                match token.shutdown() {
                    Ok(done) => break done.await,
                    Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
                }
            }
        };
        if tokio::time::timeout(Duration::from_secs(15), graceful).await.is_err() {
            eprintln!("warning: graceful shutdown took over 15 s; aborting the dispatcher");
            self.handle.abort();
            return;
        }
        let _ = tokio::time::timeout(Duration::from_secs(10), self.handle).await;
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
