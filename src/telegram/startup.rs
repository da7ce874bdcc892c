//! The one start-up path, for `main` and the tests alike (as zero2prod's `Application::build` and
//! `run_until_stopped`): `build` does everything before the first update, `run_until_stopped`
//! serves updates until the shutdown future completes, and `run` is both under one shutdown.
//!
//! Stopping goes through the update listener's stop token, not the dispatcher's `ShutdownToken`:
//! teloxide 0.17 announces a `ShutdownToken::shutdown` with `Notify::notify_waiters`, which is lost
//! when the dispatcher is between two waits for it (just after it started, or while it hands an
//! update to a worker), and a retry cannot announce it again — the bot then never stops. A stop
//! token is a flag the listener reads on every poll, so it cannot be missed: the update stream
//! ends, the dispatcher lets its workers finish the updates they hold, and returns.

use std::{
    future::Future,
    net::SocketAddr,
    sync::{
        Arc,
        atomic::{AtomicBool, Ordering},
    },
};

use anyhow::Context as _;
use teloxide::{
    RequestError,
    dispatching::{DefaultKey, Dispatcher},
    error_handlers::LoggingErrorHandler,
    prelude::*,
    stop::StopToken,
    types::AllowedUpdate,
    update_listeners::{AsUpdateStream, Polling, UpdateListener},
};

use super::{
    App, TgBot, build_bot, build_dispatcher, handlers::HandlerError, privacy::redact,
    set_command_menus, webhook,
};
use crate::{
    config::{BotToken, Config, POLL_TIMEOUT, StorageUrl, WebhookConfig},
    coordination::Coordinator,
    storage::DialogueStore,
};

/// A bot that is ready to take updates.
pub struct Application {
    bot: TgBot,
    app: Arc<App>,
    token: BotToken,
    transport: Transport,
}

enum Transport {
    /// Long polling; a webhook left over from another run was deleted.
    Polling,
    /// The webhook is registered and its socket bound.
    Webhook(Box<Webhook>),
}

struct Webhook {
    tcp: tokio::net::TcpListener,
    config: WebhookConfig,
    url: url::Url,
    coordinator: Arc<Coordinator>,
}

/// Runs the bot until `shutdown` completes. A shutdown during start-up stops it there (nothing
/// has been taken from Telegram yet); after that, updates in flight are finished first.
pub async fn run(
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let mut shutdown = Box::pin(shutdown);
    let application = tokio::select! {
        biased;
        () = &mut shutdown => {
            tracing::info!("stopped while starting");
            return Ok(());
        }
        built = Application::build(config) => built?,
    };
    application.run_until_stopped(shutdown).await
}

impl Application {
    /// Everything before the first update: the FAQ index, the Bot API client and `getMe` (which
    /// also checks the token), storage, coordination between replicas, the command menus, and the
    /// transport (`deleteWebhook` for polling; `setWebhook` and the bound socket for a webhook).
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        let token = config.token.clone().context("TELOXIDE_TOKEN is not set")?;
        // Build the FAQ index now rather than on the first question.
        crate::content::faq::prepare();
        let bot = build_bot(&config, &token)?;
        let me = bot
            .api()
            .get_me()
            .await
            .map_err(|e| anyhow::anyhow!("getMe failed: {}", redact(&e.to_string(), &token)))?;
        let store =
            DialogueStore::open(&config.storage, &config.redis_prefix, config.redis_ttl).await?;
        let coordinator = Arc::new(coordinator_for(&config).await?);
        let app = Arc::new(App::new(
            &config,
            token.clone(),
            store,
            coordinator.clone(),
            me.username.clone(),
        ));
        set_command_menus(&bot, &token).await;
        let transport = match &config.webhook {
            None => {
                delete_webhook_if_set(&bot, &token).await;
                tracing::info!(storage = ?config.storage, "ready (long polling)");
                Transport::Polling
            }
            Some(hook) => {
                let (tcp, url) = webhook::register(&bot, hook)
                    .await
                    .map_err(|e| anyhow::anyhow!("{}", redact(&format!("{e:#}"), &token)))?;
                tracing::info!(storage = ?config.storage, listen = %hook.listen, "ready (webhook)");
                Transport::Webhook(Box::new(Webhook {
                    tcp,
                    config: hook.clone(),
                    url,
                    coordinator,
                }))
            }
        };
        Ok(Application { bot, app, token, transport })
    }

    /// Where the webhook listens (its port when `WEBHOOK_LISTEN` asked for port 0).
    pub fn webhook_addr(&self) -> Option<SocketAddr> {
        match &self.transport {
            Transport::Webhook(hook) => hook.tcp.local_addr().ok(),
            Transport::Polling => None,
        }
    }

    /// Serves updates until `shutdown` completes, then finishes the updates in flight.
    pub async fn run_until_stopped(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Application { bot, app, token, transport } = self;
        let dispatcher = build_dispatcher(bot.clone(), app);
        let result = match transport {
            Transport::Polling => {
                let listener = Polling::builder(bot.api().clone()).timeout(POLL_TIMEOUT).build();
                // Polling takes updates only when its stream is read: nothing is held before.
                dispatch_until(dispatcher, listener, shutdown, true).await
            }
            Transport::Webhook(hook) => {
                let Webhook { tcp, config, url, coordinator } = *hook;
                let listener = webhook::serve(tcp, &config, &url, coordinator);
                // The route accepts updates (answering Telegram 200) before the dispatcher reads
                // them, so they must be read, even when the stop comes first.
                dispatch_until(dispatcher, listener, shutdown, false).await
            }
        };
        match result {
            Ok(()) => {
                tracing::info!("stopped");
                Ok(())
            }
            Err(e) => {
                Err(anyhow::anyhow!("cannot start dispatching: {}", redact(&e.to_string(), &token)))
            }
        }
    }
}

/// Runs the dispatcher on `listener` until the update stream ends. When `shutdown` completes, the
/// listener's stop token ends the stream; if the dispatcher had not begun to read it yet (it
/// first calls getMe, which can hang) and `nothing_held`, it is dropped there instead.
async fn dispatch_until<L>(
    mut dispatcher: Dispatcher<Bot, HandlerError, DefaultKey>,
    listener: L,
    shutdown: impl Future<Output = ()> + Send,
    nothing_held: bool,
) -> Result<(), RequestError>
where
    L: UpdateListener + Send,
    L::Err: std::fmt::Debug,
{
    let mut listener = Watched { inner: listener, reading: Arc::new(AtomicBool::new(false)) };
    let stop = listener.stop_token();
    let reading = listener.reading.clone();
    let dispatch = dispatcher.try_dispatch_with_listener(
        listener,
        LoggingErrorHandler::with_custom_text("update listener"),
    );
    tokio::pin!(dispatch, shutdown);
    tokio::select! {
        result = &mut dispatch => result,
        () = &mut shutdown => {
            tracing::info!("shutting down: finishing in-flight updates");
            stop.stop();
            if nothing_held && !reading.load(Ordering::SeqCst) {
                tracing::info!("stopped before the first update was taken");
                return Ok(());
            }
            dispatch.await
        }
    }
}

/// An update listener that notes when the dispatcher starts reading it.
struct Watched<L> {
    inner: L,
    reading: Arc<AtomicBool>,
}

impl<L: UpdateListener> UpdateListener for Watched<L> {
    type Err = L::Err;

    fn stop_token(&mut self) -> StopToken {
        self.inner.stop_token()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.inner.hint_allowed_updates(hint)
    }
}

impl<'a, L: UpdateListener> AsUpdateStream<'a> for Watched<L> {
    type StreamErr = L::Err;
    type Stream = <L as AsUpdateStream<'a>>::Stream;

    fn as_stream(&'a mut self) -> Self::Stream {
        self.reading.store(true, Ordering::SeqCst);
        self.inner.as_stream()
    }
}

/// Long polling cannot start while a webhook is set (Telegram answers getUpdates with 409).
async fn delete_webhook_if_set(bot: &TgBot, token: &BotToken) {
    let set = match bot.api().get_webhook_info().await {
        Ok(info) => info.url.is_some(),
        Err(e) => {
            let error = redact(&e.to_string(), token);
            tracing::warn!(%error, "getWebhookInfo failed; deleting any webhook");
            true
        }
    };
    if set && let Err(e) = bot.api().delete_webhook().await {
        let error = redact(&e.to_string(), token);
        tracing::error!(%error, "could not delete the webhook; polling will fail");
    }
}

/// Replicas share Redis, so they coordinate through it; one process with another storage does
/// not need to.
async fn coordinator_for(config: &Config) -> anyhow::Result<Coordinator> {
    match &config.storage {
        StorageUrl::Redis(url) => Coordinator::redis(url, &config.redis_prefix).await,
        _ => Ok(Coordinator::local()),
    }
}
