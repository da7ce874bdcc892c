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

use super::TgBot;
use crate::config::WebhookConfig;
use crate::coordination::Coordinator;

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
/// deleted on stop, because one replica stopping must not cut off the others) and binds the
/// socket the route is served on.
pub(super) async fn register(
    bot: &TgBot,
    config: &WebhookConfig,
) -> anyhow::Result<(tokio::net::TcpListener, url::Url)> {
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
        .context("setWebhook failed")?;
    let tcp = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot bind WEBHOOK_LISTEN {}", config.listen))?;
    Ok((tcp, url))
}

/// Serves the webhook route (the path of `url`) on an already bound socket.
pub(super) fn serve(
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
    let id = i64::from(update.id.0);
    // Taken atomically (two replicas may get the same re-delivery), and given back when it could
    // not be handed on, so that only an accepted update counts as seen.
    if !route.coordinator.first_delivery(id).await {
        tracing::info!(update_id = id, "duplicate delivery dropped");
        return StatusCode::OK;
    }
    let sent = match route.sender.lock() {
        Ok(sender) => sender.as_ref().is_some_and(|tx| tx.send(Ok(update)).is_ok()),
        Err(_) => false,
    };
    if sent {
        StatusCode::OK
    } else {
        // Stopping: Telegram delivers it again (to this replica after a restart, or another one).
        route.coordinator.unmark(id).await;
        StatusCode::SERVICE_UNAVAILABLE
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(
        coordinator: &Arc<Coordinator>,
        sender: Option<mpsc::UnboundedSender<UpdateResult>>,
    ) -> Route {
        Route {
            secret: Arc::new("s3cret".into()),
            coordinator: Arc::clone(coordinator),
            sender: Arc::new(Mutex::new(sender)),
        }
    }

    fn delivery(update_id: i64) -> (HeaderMap, Bytes) {
        let mut headers = HeaderMap::new();
        headers.insert(SECRET_HEADER, "s3cret".parse().unwrap());
        let update = serde_json::json!({"update_id": update_id, "message": {"message_id": 1,
            "date": 1_700_000_000, "chat": {"id": 5, "type": "private", "first_name": "T"},
            "from": {"id": 5, "is_bot": false, "first_name": "T"}, "text": "/start"}});
        (headers, Bytes::from(update.to_string()))
    }

    #[tokio::test]
    async fn a_redelivery_after_a_failed_hand_off_is_processed() {
        let coordinator = Arc::new(Coordinator::local());
        // A replica that is stopping cannot hand the update on: 503, and it is not marked seen.
        let (headers, body) = delivery(77);
        let stopping = route(&coordinator, None);
        assert_eq!(receive(State(stopping), headers, body).await, StatusCode::SERVICE_UNAVAILABLE);

        // Telegram delivers it again (here or to another replica sharing the coordinator).
        let (tx, mut rx) = mpsc::unbounded_channel();
        let running = route(&coordinator, Some(tx));
        let (headers, body) = delivery(77);
        assert_eq!(receive(State(running.clone()), headers, body).await, StatusCode::OK);
        let update = rx.try_recv().expect("the re-delivery was handed on").expect("an update");
        assert_eq!(update.id.0, 77);

        // Once accepted, a further copy is a duplicate.
        let (headers, body) = delivery(77);
        assert_eq!(receive(State(running), headers, body).await, StatusCode::OK);
        assert!(rx.try_recv().is_err(), "the duplicate was dropped");
    }

    #[test]
    fn secrets_compare_exactly() {
        assert!(super::constant_time_eq(b"abc", b"abc"));
        assert!(!super::constant_time_eq(b"abc", b"abd"));
        assert!(!super::constant_time_eq(b"abc", b"ab"));
        assert!(!super::constant_time_eq(b"", b"a"));
    }
}
