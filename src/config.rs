//! Configuration from the process environment (and `.env`, loaded by `main` with dotenvy).
//! Every variable is listed in `.env.example`.

use std::{net::SocketAddr, time::Duration};

use anyhow::{Context as _, bail};

use crate::telegram::SendLimits;

/// Where dialogue state lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageUrl {
    Memory,
    Sqlite(String),
    Redis(String),
}

impl StorageUrl {
    pub fn parse(s: &str) -> anyhow::Result<StorageUrl> {
        let s = s.trim();
        if s == "memory" {
            Ok(StorageUrl::Memory)
        } else if let Some(path) = s.strip_prefix("sqlite://").or_else(|| s.strip_prefix("sqlite:"))
        {
            if path.is_empty() {
                bail!("STORAGE_URL sqlite: needs a path, e.g. sqlite:data/kyc-doctor.sqlite");
            }
            Ok(StorageUrl::Sqlite(path.to_owned()))
        } else if s.starts_with("redis://") || s.starts_with("rediss://") {
            Ok(StorageUrl::Redis(s.to_owned()))
        } else {
            bail!("STORAGE_URL must be memory, sqlite:PATH or redis://HOST:PORT (got {s:?})")
        }
    }
}

/// The bot token. It has no `Debug` or `Display`, so it cannot end up in a log line or an error
/// message by accident; the one way to read it is `expose`, which is easy to audit.
#[derive(Clone)]
pub struct BotToken(String);

impl BotToken {
    pub fn new(token: impl Into<String>) -> BotToken {
        BotToken(token.into())
    }

    /// The token itself, for the Bot API client and for redacting it from texts.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[derive(Clone)]
pub struct Config {
    pub token: Option<BotToken>,
    pub api_url: Option<String>,
    pub storage: StorageUrl,
    pub webhook: Option<WebhookConfig>,
    /// Photo checks that may run at once (each on a blocking thread).
    pub max_concurrent_checks: usize,
    /// How long a dialogue stays in Redis after the last message.
    pub redis_ttl: Duration,
    /// Prefix of every Redis key the bot writes.
    pub redis_prefix: String,
    /// Salt for the chat-id hash written to logs.
    pub log_salt: String,
    /// Checks per person per minute.
    pub checks_per_minute: u32,
    /// Messages per person per minute.
    pub messages_per_minute: u32,
    /// How long one Bot API request may take before it is given up (and retried where that is
    /// safe). Longer than the long-polling timeout, or every poll would time out.
    pub api_timeout: Duration,
    /// Telegram's send limits (tests and benchmarks switch them off).
    pub send_limits: SendLimits,
}

/// The long-polling timeout asked of Telegram; `api_timeout` must exceed it.
pub const POLL_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone)]
pub struct WebhookConfig {
    pub url: String,
    pub listen: SocketAddr,
    pub secret: String,
}

// Neither the token nor the webhook secret appears in Debug output.
impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("api_url", &self.api_url)
            .field("storage", &self.storage)
            .field("webhook", &self.webhook.as_ref().map(|w| (&w.url, w.listen)))
            .field("max_concurrent_checks", &self.max_concurrent_checks)
            .finish_non_exhaustive()
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn number<T: std::str::FromStr>(name: &str, default: T) -> anyhow::Result<T> {
    match var(name) {
        None => Ok(default),
        Some(v) => v.parse().ok().with_context(|| format!("{name} must be a number (got {v:?})")),
    }
}

/// Every default, written once; `from_env` overlays the environment on it.
impl Default for Config {
    fn default() -> Config {
        Config {
            token: None,
            api_url: None,
            storage: StorageUrl::Sqlite("data/kyc-doctor.sqlite".into()),
            webhook: None,
            max_concurrent_checks: std::thread::available_parallelism().map_or(2, |n| n.get()),
            redis_ttl: Duration::from_secs(7 * 24 * 3600),
            redis_prefix: "kyc-doctor:".into(),
            log_salt: random_salt(),
            checks_per_minute: 10,
            messages_per_minute: 40,
            api_timeout: Duration::from_secs(30),
            send_limits: SendLimits::default(),
        }
    }
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        let defaults = Config::default();
        let storage = match var("STORAGE_URL") {
            Some(url) => StorageUrl::parse(&url)?,
            None => defaults.storage.clone(),
        };
        let webhook = match var("WEBHOOK_URL") {
            None => None,
            Some(url) => {
                let listen = var("WEBHOOK_LISTEN").unwrap_or_else(|| "0.0.0.0:8443".into());
                let listen = listen
                    .parse()
                    .with_context(|| format!("WEBHOOK_LISTEN is not an address: {listen:?}"))?;
                let secret =
                    var("WEBHOOK_SECRET").context("WEBHOOK_SECRET is required in webhook mode")?;
                if !(1..=256).contains(&secret.len())
                    || !secret.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                {
                    bail!("WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ -");
                }
                Some(WebhookConfig { url, listen, secret })
            }
        };
        Ok(Config {
            token: var("TELOXIDE_TOKEN").map(BotToken::new),
            api_url: var("TELOXIDE_API_URL"),
            storage,
            webhook,
            max_concurrent_checks: number("MAX_CONCURRENT_CHECKS", defaults.max_concurrent_checks)?
                .max(1),
            redis_ttl: Duration::from_secs(number("REDIS_TTL_SECS", defaults.redis_ttl.as_secs())?),
            redis_prefix: var("REDIS_PREFIX").unwrap_or_else(|| defaults.redis_prefix.clone()),
            log_salt: var("LOG_SALT").unwrap_or_else(|| defaults.log_salt.clone()),
            checks_per_minute: number("CHECKS_PER_MINUTE", defaults.checks_per_minute)?,
            messages_per_minute: number("MESSAGES_PER_MINUTE", defaults.messages_per_minute)?,
            ..defaults
        })
    }
}

/// Without a configured salt, a per-process one: hashes then only correlate within one run.
fn random_salt() -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_urls_parse() {
        assert_eq!(StorageUrl::parse("memory").unwrap(), StorageUrl::Memory);
        assert_eq!(
            StorageUrl::parse("sqlite:data/x.sqlite").unwrap(),
            StorageUrl::Sqlite("data/x.sqlite".into())
        );
        assert_eq!(
            StorageUrl::parse("redis://127.0.0.1:6379").unwrap(),
            StorageUrl::Redis("redis://127.0.0.1:6379".into())
        );
        assert!(StorageUrl::parse("postgres://x").is_err());
        assert!(StorageUrl::parse("sqlite:").is_err());
    }

    #[test]
    fn the_token_is_not_in_debug_output() {
        let config = Config { token: Some(BotToken::new("123:SECRET")), ..Config::default() };
        let shown = format!("{config:?}");
        assert!(!shown.contains("SECRET"), "{shown}");
        assert!(shown.contains("<redacted>"));
    }
}
