//! The Telegram adapter: long polling (or a webhook), dialogue storage, photo downloads, and the
//! translation between updates and the pure dialogue. Works in private chats only.

pub mod albums;
pub mod coordination;
pub mod handlers;
pub mod incoming;
pub mod limits;
pub mod outgoing;
pub mod photos;
pub mod privacy;
pub mod store;
pub mod throttle;
pub mod webhook;

use std::{sync::Arc, time::Duration};

use anyhow::Context as _;
use dashmap::DashSet;
use teloxide::{
    RequestError,
    dispatching::{DefaultKey, Dispatcher, ShutdownToken},
    error_handlers::LoggingErrorHandler,
    prelude::*,
    requests::{Output, Request},
    types::BotCommand,
    update_listeners::Polling,
};

use crate::{
    config::Config,
    content::{Lang, localizer},
    dialogue::Command,
};

pub use store::DialogueStore;
pub use throttle::SendLimits;

/// The bot as handlers see it: the Bot API client, and Telegram's send limits that every message
/// goes through (`send`, `send_text`). Requests that are not messages (downloads, callback
/// answers, chat actions, menus) use `api()` directly.
#[derive(Clone)]
pub struct TgBot {
    api: Bot,
    throttle: Arc<throttle::SendThrottle>,
}

impl TgBot {
    pub fn new(api: Bot, limits: SendLimits) -> TgBot {
        TgBot { api, throttle: Arc::new(throttle::SendThrottle::new(limits)) }
    }

    pub fn api(&self) -> &Bot {
        &self.api
    }

    /// Sends a message-like request to `chat` within the limits (see `throttle`).
    pub async fn send<R>(&self, chat: ChatId, request: R) -> Result<Output<R>, RequestError>
    where
        R: Request<Err = RequestError>,
    {
        self.throttle.send(chat, request).await
    }

    pub async fn send_text(&self, chat: ChatId, text: String) -> Result<Message, RequestError> {
        self.send(chat, self.api.send_message(chat, text)).await
    }
}

/// What every handler shares.
pub struct App {
    pub store: DialogueStore,
    pub checker: photos::PhotoChecker,
    pub messages: limits::RateLimiter,
    pub checks: limits::RateLimiter,
    /// Groups already told "message me privately" (in memory: telling a group twice after a
    /// restart is harmless).
    pub groups_told: DashSet<i64>,
    pub log_salt: String,
    /// Our username, so `/help@OtherBot` is not taken for ours.
    pub bot_name: Option<String>,
    /// Kept only to redact it from error texts before they are logged.
    pub token: String,
    /// Per-chat locks and update de-duplication across replicas.
    pub coordinator: Arc<coordination::Coordinator>,
    /// Replies to album photos, held back to be sent as one.
    pub albums: Arc<albums::Albums>,
}

impl App {
    pub fn new(
        config: &Config,
        store: DialogueStore,
        coordinator: Arc<coordination::Coordinator>,
        bot_name: Option<String>,
    ) -> App {
        App {
            store,
            checker: photos::PhotoChecker::new(config.max_concurrent_checks),
            messages: limits::RateLimiter::new(config.messages_per_minute, Duration::from_secs(60)),
            checks: limits::RateLimiter::new(config.checks_per_minute, Duration::from_secs(60)),
            groups_told: DashSet::new(),
            log_salt: config.log_salt.clone(),
            bot_name,
            token: config.token.clone().unwrap_or_default(),
            coordinator,
            albums: Arc::default(),
        }
    }
}

/// A bot client for `config`: Telegram's API or `TELOXIDE_API_URL`, with a client timeout longer
/// than the polling timeout (teloxide #223), so a hung connection is given up and polled again.
pub fn build_bot(config: &Config, limits: SendLimits) -> anyhow::Result<TgBot> {
    let token = config.token.clone().context("TELOXIDE_TOKEN is not set")?;
    let client = teloxide::net::default_reqwest_settings()
        .timeout(config.api_timeout)
        .build()
        .context("cannot build the HTTP client")?;
    let mut bot = Bot::with_client(token, client);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(
            url.parse().with_context(|| format!("TELOXIDE_API_URL is not a URL: {url}"))?,
        );
    }
    Ok(TgBot::new(bot, limits))
}

pub fn build_dispatcher(
    bot: TgBot,
    app: Arc<App>,
) -> Dispatcher<Bot, handlers::HandlerError, DefaultKey> {
    Dispatcher::builder(bot.api().clone(), handlers::schema())
        .dependencies(dptree::deps![app, bot])
        .default_handler(|update| async move {
            tracing::debug!(id = update.id.0, "update of a kind the bot does not use");
        })
        .error_handler(LoggingErrorHandler::with_custom_text("update handler failed"))
        .build()
}

/// The command menu, in every language Telegram can ask for (two-letter codes; `pt-BR` shares
/// `pt`'s menu and `zh-TW` shares `zh`'s, as Telegram's `language_code` allows only two letters).
pub async fn set_command_menus(bot: &TgBot) {
    for lang in Lang::all() {
        let commands: Vec<BotCommand> = Command::ALL
            .iter()
            .map(|c| {
                BotCommand::new(c.name(), localizer().text(lang, &format!("cmd-{}", c.name())))
            })
            .collect();
        let code = lang.tag();
        let result = if lang == Lang::EN {
            bot.api().set_my_commands(commands).await
        } else if code.len() == 2 {
            bot.api().set_my_commands(commands).language_code(code).await
        } else if code == "zh-CN" {
            bot.api().set_my_commands(commands).language_code("zh").await
        } else {
            continue;
        };
        if let Err(e) = result {
            tracing::warn!(lang = code, error = %e, "could not set the command menu");
        }
    }
}

/// Ctrl-C and SIGTERM (Docker and systemd send SIGTERM), listened for from the first moment of
/// `run`: a signal that arrives while the bot is still starting must not kill it the hard way.
struct StopSignals {
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl StopSignals {
    fn listen() -> StopSignals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let listen = |kind: SignalKind, name: &str| {
                signal(kind)
                    .map_err(|e| tracing::warn!(error = %e, "cannot listen for {name}"))
                    .ok()
            };
            StopSignals {
                interrupt: listen(SignalKind::interrupt(), "Ctrl-C"),
                terminate: listen(SignalKind::terminate(), "SIGTERM"),
            }
        }
        #[cfg(not(unix))]
        StopSignals {}
    }

    async fn recv(self) {
        #[cfg(unix)]
        {
            let (mut interrupt, mut terminate) = (self.interrupt, self.terminate);
            let interrupted = async {
                match interrupt.as_mut() {
                    Some(s) => s.recv().await,
                    None => std::future::pending().await,
                }
            };
            let terminated = async {
                match terminate.as_mut() {
                    Some(s) => s.recv().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                _ = interrupted => {},
                _ = terminated => {},
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Stops the dispatcher on the first signal; in-flight handlers finish and their state is stored.
fn stop_on_signals(signals: StopSignals, token: ShutdownToken) {
    tokio::spawn(async move {
        signals.recv().await;
        shutdown(token).await;
    });
}

async fn shutdown(token: ShutdownToken) {
    tracing::info!("shutting down: finishing in-flight updates");
    loop {
        match token.shutdown() {
            Ok(done) => return done.await,
            // Not running yet: try again shortly.
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// Replicas share Redis, so they coordinate through it; one process with another storage does
/// not need to.
pub async fn coordinator_for(config: &Config) -> anyhow::Result<coordination::Coordinator> {
    match &config.storage {
        crate::config::StorageUrl::Redis(url) => {
            coordination::Coordinator::redis(url, &config.redis_prefix).await
        }
        _ => Ok(coordination::Coordinator::local()),
    }
}

/// Runs the bot until a shutdown signal.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let signals = StopSignals::listen();
    // Build the FAQ index now rather than on the first question.
    crate::content::faq::prepare();
    let bot = build_bot(&config, SendLimits::default())?;
    let me = bot.api().get_me().await.map_err(|e| {
        anyhow::anyhow!(privacy::redact(&e.to_string(), config.token.as_deref().unwrap_or("")))
    })?;
    let store =
        DialogueStore::open(&config.storage, &config.redis_prefix, config.redis_ttl).await?;
    let coordinator = Arc::new(coordinator_for(&config).await?);
    let app = Arc::new(App::new(&config, store, coordinator.clone(), me.username.clone()));
    set_command_menus(&bot).await;
    let mut dispatcher = build_dispatcher(bot.clone(), app);
    stop_on_signals(signals, dispatcher.shutdown_token());
    match &config.webhook {
        None => {
            tracing::info!(storage = ?config.storage, "starting (long polling)");
            let listener = Polling::builder(bot.api().clone())
                .timeout(crate::config::POLL_TIMEOUT)
                .delete_webhook()
                .await
                .build();
            dispatcher
                .dispatch_with_listener(
                    listener,
                    LoggingErrorHandler::with_custom_text("update listener"),
                )
                .await;
        }
        Some(webhook) => {
            tracing::info!(storage = ?config.storage, listen = %webhook.listen, "starting (webhook)");
            let listener = webhook::start(&bot, webhook, coordinator).await?;
            dispatcher
                .dispatch_with_listener(
                    listener,
                    LoggingErrorHandler::with_custom_text("update listener"),
                )
                .await;
        }
    }
    tracing::info!("stopped");
    Ok(())
}
