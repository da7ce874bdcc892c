//! Load benchmark: the real dispatcher long-polling a Bot API on 127.0.0.1, many simulated users
//! mixing text and photos. Prints updates/s, p50/p99 reply latency for text while photo checks
//! saturate the check pool, and RSS (idle and peak).
//!
//!     cargo run --release --example load -- [TEXT_USERS] [PHOTO_USERS]
//!
//! Telegram's own send limits (about 30 messages/s per bot) are switched off here: this measures
//! what the bot can process, not what Telegram lets it send.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use kyc_doctor::config::StorageUrl;
use support::{RunningBot, card_jpeg, config, fake_bot_api::{self as fake, FakeBotApi}};

fn rss_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let text_users = args.first().copied().unwrap_or(5000);
    let photo_users = args.get(1).copied().unwrap_or(40);
    kyc_doctor::content::faq::prepare();

    let api = FakeBotApi::start().await;
    let mut cfg = config(&api, StorageUrl::Memory);
    cfg.max_concurrent_checks = 2;
    let bot = RunningBot::start(&api, cfg).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle_rss = rss_kb("VmRSS:");

    // Photo users first get to the photo step, then all send their photo at once.
    let jpeg = card_jpeg(1600, 1200);
    let photo_chat = |i: usize| 1_000_000 + i as i64;
    for i in 0..photo_users {
        api.push_update(fake::callback_update(photo_chat(i), "en", "r:photo_glare"));
        api.push_update(fake::callback_update(photo_chat(i), "en", "d:passport"));
    }
    api.wait_for("photo users ready", Duration::from_secs(60), |c| c.iter().filter(|c| c.method == "sendMessage").count() >= 3 * photo_users)
        .await;
    let setup_calls = api.calls().len();
    api.add_file("load-photo", jpeg.clone());
    for i in 0..photo_users {
        api.push_update(fake::photo_update(photo_chat(i), "en", "load-photo", 1600, 1200, jpeg.len()));
    }

    // Text users: one update each, a mix of commands, buttons and free-text questions.
    let questions = ["/privacy", "how long does the review take", "/help", "почему отклонили верификацию", "/start"];
    let started = Instant::now();
    let mut pushed = Vec::with_capacity(text_users);
    for i in 0..text_users {
        let chat = 10 + i as i64;
        let update = if i % 5 == 4 {
            fake::callback_update(chat, "en", "qm")
        } else {
            fake::text_update(chat, "en", questions[i % questions.len()])
        };
        api.push_update(update);
        pushed.push((chat, Instant::now()));
    }
    let calls = api
        .wait_for("text replies", Duration::from_secs(300), |calls| {
            let answered: std::collections::HashSet<i64> =
                calls.iter().filter(|c| c.method == "sendMessage").filter_map(|c| c.chat_id()).filter(|id| *id < 1_000_000).collect();
            answered.len() >= text_users
        })
        .await;
    let text_done = started.elapsed();
    let mut first_reply = std::collections::HashMap::new();
    for c in calls.iter().skip(setup_calls).filter(|c| c.method == "sendMessage") {
        if let Some(id) = c.chat_id() {
            first_reply.entry(id).or_insert(c.at);
        }
    }
    let mut latencies: Vec<Duration> =
        pushed.iter().filter_map(|(chat, at)| first_reply.get(chat).map(|r| r.saturating_duration_since(*at))).collect();
    latencies.sort();
    let photos_done_at = api
        .wait_for("photo checks", Duration::from_secs(600), |calls| {
            calls.iter().filter(|c| c.method == "getFile").count() >= photo_users
                && calls.iter().filter(|c| (c.method == "sendMessage" || c.method == "sendPhoto") && c.chat_id().is_some_and(|id| id >= 1_000_000)).count()
                    >= 4 * photo_users
        })
        .await;
    let photos_done = photos_done_at.last().map(|c| c.at.saturating_duration_since(started)).unwrap_or_default();
    let peak_rss = rss_kb("VmHWM:");
    bot.stop().await;

    println!("text users: {text_users}, photo users: {photo_users}, check pool: 2");
    println!("text updates: {:.0} updates/s ({} in {:.2} s, while {photo_users} photo checks queued)", text_users as f64 / text_done.as_secs_f64(), text_users, text_done.as_secs_f64());
    println!(
        "text reply latency: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    println!("photo checks: {photo_users} done after {:.2} s ({:.1} photos/s)", photos_done.as_secs_f64(), photo_users as f64 / photos_done.as_secs_f64().max(1e-9));
    println!("RSS: idle {:.1} MB, peak {:.1} MB (bot, fake Bot API and load generator in one process)", idle_rss as f64 / 1024.0, peak_rss as f64 / 1024.0);
}
