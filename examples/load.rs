//! Load benchmark: the real dispatcher long-polling a Bot API on 127.0.0.1, many simulated users
//! mixing text and photos. Text users are closed-loop (each sends, waits for the answer, sends
//! again), while photo users keep the check pool saturated the whole time. Prints text
//! updates/s, p50/p99 text reply latency, photo throughput, and RSS (idle and peak).
//!
//!     cargo run --release --example load -- [TEXT_USERS] [MESSAGES_EACH] [PHOTO_USERS]
//!
//! Telegram's own send limits (about 30 messages/s per bot) are switched off here: this measures
//! what the bot can process, not what Telegram lets it send.

#[path = "../tests/support/mod.rs"]
mod support;

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

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

const TEXTS: [&str; 5] = ["/privacy", "how long does the review take", "/help", "почему отклонили верификацию", "/start"];
const WAIT: Duration = Duration::from_secs(60);

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let text_users = args.first().copied().unwrap_or(200);
    let per_user = args.get(1).copied().unwrap_or(25);
    let photo_users = args.get(2).copied().unwrap_or(20);
    kyc_doctor::content::faq::prepare();

    let api = FakeBotApi::start().await;
    let mut cfg = config(&api, StorageUrl::Memory);
    cfg.max_concurrent_checks = 2;
    let bot = RunningBot::start(&api, cfg).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let idle_rss = rss_kb("VmRSS:");

    // Photo users: get to the photo step, then keep sending photos (each a retake of the last).
    let jpeg = card_jpeg(1600, 1200);
    api.add_file("load-photo", jpeg.clone());
    let photo_chat = |i: usize| 1_000_000 + i as i64;
    for i in 0..photo_users {
        api.push_update(fake::callback_update(photo_chat(i), "en", "r:photo_glare"));
        api.push_update(fake::callback_update(photo_chat(i), "en", "d:passport"));
    }
    for i in 0..photo_users {
        api.wait_sent_to(photo_chat(i), 3, WAIT).await;
    }
    let stop_photos = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let photos_done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut photo_tasks = Vec::new();
    for i in 0..photo_users {
        let (api, stop, done, size) = (api.clone(), stop_photos.clone(), photos_done.clone(), jpeg.len());
        photo_tasks.push(tokio::spawn(async move {
            let chat = photo_chat(i);
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                let before = api.sent_to(chat);
                api.push_update(fake::photo_update(chat, "en", "load-photo", 1600, 1200, size));
                // A failed photo gets its verdict and a retake hint; a good one the verdict and the next question.
                if !api.wait_sent_to(chat, before + 2, WAIT).await {
                    break;
                }
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;

    let started = Instant::now();
    let photos_before = photos_done.load(std::sync::atomic::Ordering::Relaxed);
    let mut tasks = Vec::new();
    for u in 0..text_users {
        let api = api.clone();
        tasks.push(tokio::spawn(async move {
            let chat = 10 + u as i64;
            let mut latencies = Vec::with_capacity(per_user);
            for m in 0..per_user {
                let before = api.sent_to(chat);
                let update = if m % 5 == 4 { fake::callback_update(chat, "en", "qm") } else { fake::text_update(chat, "en", TEXTS[(u + m) % TEXTS.len()]) };
                let sent_at = Instant::now();
                api.push_update(update);
                if !api.wait_sent_to(chat, before + 1, WAIT).await {
                    break;
                }
                latencies.push(sent_at.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap_or_default());
    }
    let elapsed = started.elapsed();
    let photos = photos_done.load(std::sync::atomic::Ordering::Relaxed) - photos_before;
    stop_photos.store(true, std::sync::atomic::Ordering::Relaxed);
    for t in photo_tasks {
        let _ = t.await;
    }
    let peak_rss = rss_kb("VmHWM:");
    bot.stop().await;
    latencies.sort();

    println!("{text_users} text users x {per_user} messages (closed loop), {photo_users} photo users keeping a check pool of 2 busy");
    println!("text updates: {:.0} updates/s ({} answered in {:.2} s)", latencies.len() as f64 / elapsed.as_secs_f64(), latencies.len(), elapsed.as_secs_f64());
    println!(
        "text reply latency: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    println!("photo checks meanwhile: {photos} ({:.1}/s)", photos as f64 / elapsed.as_secs_f64());
    println!("RSS: idle {:.1} MB, peak {:.1} MB (bot, fake Bot API and load generator in one process)", idle_rss as f64 / 1024.0, peak_rss as f64 / 1024.0);
}
