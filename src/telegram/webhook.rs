//! Webhook mode for one or many replicas. Telegram posts updates to `WEBHOOK_URL`; every replica
//! serves the same path with the same secret. The route (1) answers 401 unless the secret header
//! matches, (2) drops bodies that are not an update without logging their content, (3) drops
//! re-deliveries of an update another replica already took, and only then hands the update to the
//! dispatcher.
//!
//! Written here rather than taken from teloxide's `webhooks::axum*`, because those log the raw
//! JSON of an update they cannot parse (names and message text), and their update stream only
//! ends when every HTTP connection has closed — Telegram keeps connections open, so a SIGTERM would
//! never finish. Here stopping drops the one sender, which ends the stream at once.

use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use axum::{
    Router,
    body::Bytes,
    extract::State,
    http::{HeaderMap, StatusCode},
    routing::post,
};
use teloxide::{
    prelude::*,
    stop::{StopToken, mk_stop_token},
    types::{AllowedUpdate, Update},
    update_listeners::{StatefulListener, UpdateListener},
};
use tokio::sync::mpsc;
use tokio_stream::wrappers::UnboundedReceiverStream;

use crate::config::WebhookConfig;

use super::{TgBot, coordination::Coordinator};

const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

type UpdateResult = Result<Update, std::convert::Infallible>;

#[derive(Clone)]
struct Route {
    secret: Arc<String>,
    coordinator: Arc<Coordinator>,
    /// The only sender of the update stream; taken (dropped) on stop.
    sender: Arc<Mutex<Option<mpsc::UnboundedSender<UpdateResult>>>>,
}

/// Registers the webhook with Telegram (idempotent, so every replica may do it; it is never
/// deleted on stop, because one replica stopping must not cut off the others) and starts the
/// HTTP server. Returns the update listener for the dispatcher.
pub async fn start(
    bot: &TgBot,
    config: &WebhookConfig,
    coordinator: Arc<Coordinator>,
) -> anyhow::Result<impl UpdateListener<Err = std::convert::Infallible> + use<>> {
    let url: url::Url =
        config.url.parse().with_context(|| format!("WEBHOOK_URL is not a URL: {}", config.url))?;
    bot.api()
        .set_webhook(url.clone())
        .secret_token(config.secret.clone())
        .allowed_updates(vec![
            AllowedUpdate::Message,
            AllowedUpdate::EditedMessage,
            AllowedUpdate::CallbackQuery,
        ])
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook failed: {e}"))?;
    let tcp = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot bind WEBHOOK_LISTEN {}", config.listen))?;
    Ok(serve(tcp, config, &url, coordinator))
}

/// Serves the webhook route (the path of `url`) on an already bound socket.
pub fn serve(
    tcp: tokio::net::TcpListener,
    config: &WebhookConfig,
    url: &url::Url,
    coordinator: Arc<Coordinator>,
) -> impl UpdateListener<Err = std::convert::Infallible> + use<> {
    let (tx, rx) = mpsc::unbounded_channel();
    let route = Route {
        secret: Arc::new(config.secret.clone()),
        coordinator,
        sender: Arc::new(Mutex::new(Some(tx))),
    };
    let path = if url.path().is_empty() { "/".to_owned() } else { url.path().to_owned() };
    let sender = route.sender.clone();
    let router = Router::new().route(&path, post(receive)).with_state(route);
    let (stop_token, stop_flag) = mk_stop_token();
    tokio::spawn(async move {
        let stopped = async move {
            stop_flag.await;
            // Closing the channel ends the update stream, so the dispatcher can finish.
            if let Ok(mut sender) = sender.lock() {
                sender.take();
            }
        };
        if let Err(e) = axum::serve(tcp, router).with_graceful_shutdown(stopped).await {
            tracing::error!(error = %e, "webhook server failed");
        }
    });
    StatefulListener::new(
        (UnboundedReceiverStream::new(rx), stop_token),
        stream_of,
        |s: &mut (_, StopToken)| s.1.clone(),
    )
}

fn stream_of<A, B>(state: &mut (A, B)) -> &mut A {
    &mut state.0
}

async fn receive(State(route): State<Route>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !constant_time_eq(given, route.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    let update = match serde_json::from_slice::<Update>(&body) {
        Ok(update) => update,
        Err(_) => {
            // 200, or Telegram would retry it forever; its content is not logged on purpose.
            tracing::warn!(bytes = body.len(), "webhook body is not an update; dropped");
            return StatusCode::OK;
        }
    };
    if !route.coordinator.first_delivery(i64::from(update.id.0)).await {
        tracing::info!(update_id = update.id.0, "duplicate delivery dropped");
        return StatusCode::OK;
    }
    let sent = match route.sender.lock() {
        Ok(sender) => sender.as_ref().is_some_and(|tx| tx.send(Ok(update)).is_ok()),
        Err(_) => false,
    };
    // Stopping: Telegram will deliver it again (to this replica after a restart, or another one).
    if sent { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    #[test]
    fn secrets_compare_exactly() {
        assert!(super::constant_time_eq(b"abc", b"abc"));
        assert!(!super::constant_time_eq(b"abc", b"abd"));
        assert!(!super::constant_time_eq(b"abc", b"ab"));
        assert!(!super::constant_time_eq(b"", b"a"));
    }
}
