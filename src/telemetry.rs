//! Logging: `RUST_LOG` filter (default `info`), `LOG_FORMAT=text|json`, to stderr. Logs carry no
//! names, usernames, phone numbers or raw ids — see `telegram::privacy::chat_tag`.

use tracing_subscriber::{EnvFilter, fmt};

const QUIET: &str =
    "teloxide::dispatching::dispatcher=off,teloxide::update_listeners::webhooks=off";

pub fn init() {
    let base = std::env::var("RUST_LOG")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .unwrap_or_else(|| "info".into());
    // teloxide logs the raw JSON of an update it cannot parse (names, usernames, message text) from
    // these two places; personal data must never reach our logs, so they stay silent whatever
    // RUST_LOG says. Our own default handler logs such updates by id only.
    let filter = EnvFilter::try_new(format!("{base},{QUIET}"))
        .unwrap_or_else(|_| EnvFilter::new(format!("info,{QUIET}")));
    let json = std::env::var("LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    // A second init (tests) is harmless: keep the first subscriber.
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}
