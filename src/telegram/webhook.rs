//! Webhook mode for one or many replicas. Telegram posts updates to `WEBHOOK_URL`; every replica
//! serves the same path with the same secret. Before teloxide's own route sees a request, a
//! screening layer (1) answers 401 unless the secret header matches, (2) drops bodies that are not
//! an update without logging their content (teloxide would log the raw JSON, names included), and
//! (3) drops re-deliveries of an update another replica already took.

use std::sync::Arc;

use anyhow::Context as _;
use axum::{
    body::Body,
    extract::{Request, State},
    http::StatusCode,
    middleware::{self, Next},
    response::{IntoResponse, Response},
};
use teloxide::{
    prelude::*,
    types::{AllowedUpdate, Update},
    update_listeners::{UpdateListener, webhooks},
};

use crate::config::WebhookConfig;

use super::{TgBot, coordination::Coordinator};

/// Largest update body accepted (updates are a few KB; photos are sent as file ids).
const MAX_BODY: usize = 1024 * 1024;
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

#[derive(Clone)]
struct Screen {
    secret: Arc<String>,
    coordinator: Arc<Coordinator>,
}

/// Registers the webhook with Telegram (idempotent, so every replica may do it; it is never
/// deleted on stop, because one replica stopping must not cut off the others) and starts the
/// HTTP server. Returns the update listener for the dispatcher.
pub async fn start(
    bot: &TgBot,
    config: &WebhookConfig,
    coordinator: Arc<Coordinator>,
) -> anyhow::Result<impl UpdateListener<Err = std::convert::Infallible> + use<>> {
    let url: url::Url = config.url.parse().with_context(|| format!("WEBHOOK_URL is not a URL: {}", config.url))?;
    bot.set_webhook(url.clone())
        .secret_token(config.secret.clone())
        .allowed_updates(vec![AllowedUpdate::Message, AllowedUpdate::EditedMessage, AllowedUpdate::CallbackQuery])
        .await
        .map_err(|e| anyhow::anyhow!("setWebhook failed: {e}"))?;
    let (listener, stop, router) = serve_parts(config, url, coordinator);
    let tcp = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("cannot bind WEBHOOK_LISTEN {}", config.listen))?;
    tokio::spawn(async move {
        if let Err(e) = axum::serve(tcp, router).with_graceful_shutdown(stop).await {
            tracing::error!(error = %e, "webhook server failed");
        }
    });
    Ok(listener)
}

/// The listener, its stop future and the screened router, without binding or calling Telegram.
pub fn serve_parts(
    config: &WebhookConfig,
    url: url::Url,
    coordinator: Arc<Coordinator>,
) -> (impl UpdateListener<Err = std::convert::Infallible> + use<>, impl Future<Output = ()> + Send + use<>, axum::Router) {
    let options = webhooks::Options::new(config.listen, url).secret_token(config.secret.clone());
    let (listener, stop, router) = webhooks::axum_no_setup(options);
    let screen = Screen { secret: Arc::new(config.secret.clone()), coordinator };
    let router = router.layer(middleware::from_fn_with_state(screen, screen_update));
    (listener, stop, router)
}

async fn screen_update(State(screen): State<Screen>, request: Request, next: Next) -> Response {
    let given = request.headers().get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !constant_time_eq(given, screen.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let update_id = match serde_json::from_slice::<Update>(&bytes) {
        Ok(update) => i64::from(update.id.0),
        Err(_) => {
            // 200, or Telegram would retry it forever; its content is not logged on purpose.
            tracing::warn!(bytes = bytes.len(), "webhook body is not an update; dropped");
            return StatusCode::OK.into_response();
        }
    };
    if !screen.coordinator.first_delivery(update_id).await {
        tracing::info!(update_id, "duplicate delivery dropped");
        return StatusCode::OK.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes))).await
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
