//! The Telegram adapter: long polling (or a webhook), dialogue storage, photo downloads, and the
//! translation between updates and the pure dialogue. Works in private chats only.

mod albums;
mod handlers;
mod incoming;
mod limits;
mod outgoing;
mod photos;
mod privacy;
mod startup;
mod throttle;
mod webhook;

use std::{sync::Arc, time::Duration};

use anyhow::Context as _;
use dashmap::DashSet;
use teloxide::{
    RequestError,
    dispatching::{DefaultKey, Dispatcher},
    error_handlers::LoggingErrorHandler,
    prelude::*,
    requests::{Output, Request},
    types::BotCommand,
};

use crate::{
    checker_pool::PhotoChecker,
    config::{BotToken, Config},
    content::{Lang, localizer},
    coordination::Coordinator,
    dialogue::Command,
    storage::DialogueStore,
};

pub use startup::{Application, run};
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
pub(crate) struct App {
    pub store: DialogueStore,
    pub checker: PhotoChecker,
    pub messages: limits::RateLimiter,
    pub checks: limits::RateLimiter,
    /// Groups already told "message me privately" (in memory: telling a group twice after a
    /// restart is harmless).
    pub groups_told: DashSet<i64>,
    pub log_salt: String,
    /// Our username, so `/help@OtherBot` is not taken for ours.
    pub bot_name: Option<String>,
    /// Kept only to redact it from error texts before they are logged.
    pub token: BotToken,
    /// Per-chat locks and update de-duplication across replicas.
    pub coordinator: Arc<Coordinator>,
    /// Replies to album photos, held back to be sent as one.
    pub albums: Arc<albums::Albums>,
}

impl App {
    fn new(
        config: &Config,
        token: BotToken,
        store: DialogueStore,
        coordinator: Arc<Coordinator>,
        bot_name: Option<String>,
    ) -> App {
        App {
            store,
            checker: PhotoChecker::new(config.max_concurrent_checks),
            messages: limits::RateLimiter::new(config.messages_per_minute, Duration::from_secs(60)),
            checks: limits::RateLimiter::new(config.checks_per_minute, Duration::from_secs(60)),
            groups_told: DashSet::new(),
            log_salt: config.log_salt.clone(),
            bot_name,
            token,
            coordinator,
            albums: Arc::default(),
        }
    }
}

/// A bot client for `config`: Telegram's API or `TELOXIDE_API_URL`, with a client timeout longer
/// than the polling timeout (teloxide #223), so a hung connection is given up and polled again.
fn build_bot(config: &Config, token: &BotToken) -> anyhow::Result<TgBot> {
    let client = teloxide::net::default_reqwest_settings()
        .timeout(config.api_timeout)
        .build()
        .context("cannot build the HTTP client")?;
    let mut bot = Bot::with_client(token.expose(), client);
    if let Some(url) = &config.api_url {
        bot = bot.set_api_url(
            url.parse().with_context(|| format!("TELOXIDE_API_URL is not a URL: {url}"))?,
        );
    }
    Ok(TgBot::new(bot, config.send_limits))
}

fn build_dispatcher(
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
async fn set_command_menus(bot: &TgBot, token: &BotToken) {
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
            let error = privacy::redact(&e.to_string(), token);
            tracing::warn!(lang = code, %error, "could not set the command menu");
        }
    }
}
