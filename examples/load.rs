//! Load benchmark: the real dispatcher long-polling a Bot API on 127.0.0.1, many simulated users
//! mixing text and photos, while photo users keep the check pool saturated the whole time.
//!
//!     cargo run --release --example load -- [USERS] [RATE] [SECONDS] [PHOTO_USERS]
//!
//! Phase 1 (latency): USERS people send text at a combined RATE updates/s for SECONDS, each on a
//! fixed schedule (open loop). Latency runs from the scheduled time to the first reply message,
//! so a slow reply that delays that person's next message is counted, not hidden.
//! Phase 2 (capacity): 200 people each send as fast as they get answers (closed loop); the
//! updates/s there is the most the bot handles on this machine.
//!
//! Telegram's own send limits (about 30 messages/s per bot) are switched off here: this measures
//! what the bot can process, not what Telegram lets it send.

#[path = "../tests/support/mod.rs"]
mod support;

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed},
    },
    time::{Duration, Instant},
};

use kyc_doctor::config::StorageUrl;
use support::{
    RunningBot, card_jpeg, config,
    fake_bot_api::{self as fake, FakeBotApi},
};

fn rss_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time (user + system) this process has used so far.
fn cpu_time() -> Duration {
    // SAFETY: getrusage writes into the zeroed struct we own.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage
    };
    let tv = |t: libc::timeval| {
        Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
    };
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

const TEXTS: [&str; 5] = [
    "/privacy",
    "how long does the review take",
    "/help",
    "почему отклонили верификацию",
    "/start",
];
const WAIT: Duration = Duration::from_secs(60);

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let users = args.first().copied().unwrap_or(1000).max(1);
    let rate = args.get(1).copied().unwrap_or(2000).max(1);
    let seconds = args.get(2).copied().unwrap_or(5).max(1);
    let photo_users = args.get(3).copied().unwrap_or(20);
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
    let stop_photos = Arc::new(AtomicBool::new(false));
    let photos_done = Arc::new(AtomicUsize::new(0));
    let mut photo_tasks = Vec::new();
    for i in 0..photo_users {
        let (api, stop, done, size) =
            (api.clone(), stop_photos.clone(), photos_done.clone(), jpeg.len());
        photo_tasks.push(tokio::spawn(async move {
            let chat = photo_chat(i);
            while !stop.load(Relaxed) {
                let before = api.sent_to(chat);
                api.push_update(fake::photo_update(chat, "en", "load-photo", 1600, 1200, size));
                // A failed photo gets its verdict and a retake hint; a good one the verdict and the next question.
                if !api.wait_sent_to(chat, before + 2, WAIT).await {
                    break;
                }
                done.fetch_add(1, Relaxed);
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;

    // Phase 1: open loop at `rate`.
    let photos_before = photos_done.load(Relaxed);
    let interval = Duration::from_secs_f64(users as f64 / rate as f64);
    let per_user = (seconds as f64 / interval.as_secs_f64()).floor().max(1.0) as usize;
    let started = Instant::now() + Duration::from_millis(100);
    let mut tasks = Vec::new();
    for u in 0..users {
        // Spread the people evenly over one interval.
        let offset = interval.mul_f64(u as f64 / users as f64);
        let schedule = Some((started + offset, interval));
        tasks.push(tokio::spawn(text_user(api.clone(), 10 + u as i64, u, per_user, schedule)));
    }
    let latencies = collect(tasks).await;
    let elapsed = started.elapsed();
    let photos = photos_done.load(Relaxed) - photos_before;

    // Phase 2: closed loop, as fast as replies come.
    let capacity_users = 200;
    let capacity_each = 25;
    let capacity_started = Instant::now();
    let capacity_cpu = cpu_time();
    let mut tasks = Vec::new();
    for u in 0..capacity_users {
        tasks.push(tokio::spawn(text_user(
            api.clone(),
            500_000 + u as i64,
            u,
            capacity_each,
            None,
        )));
    }
    let capacity = collect(tasks).await;
    let capacity_elapsed = capacity_started.elapsed();
    let capacity_cpu = cpu_time() - capacity_cpu;

    stop_photos.store(true, Relaxed);
    for t in photo_tasks {
        let _ = t.await;
    }
    let peak_rss = rss_kb("VmHWM:");
    bot.stop().await;

    println!(
        "{users} text users at {rate} updates/s for {seconds} s (open loop), {photo_users} photo users keeping a check pool of 2 busy"
    );
    println!(
        "text updates: {:.0} updates/s ({} of {} answered in {:.2} s)",
        latencies.len() as f64 / elapsed.as_secs_f64(),
        latencies.len(),
        users * per_user,
        elapsed.as_secs_f64()
    );
    println!(
        "text reply latency: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        ms(percentile(&latencies, 0.50)),
        ms(percentile(&latencies, 0.99)),
        ms(latencies.last().copied().unwrap_or_default())
    );
    println!("photo checks meanwhile: {photos} ({:.1}/s)", photos as f64 / elapsed.as_secs_f64());
    println!(
        "capacity (closed loop, {capacity_users} users): {:.0} updates/s, p50 {:.1} ms, p99 {:.1} ms; CPU {:.0} µs per update (bot, API and load generator, checks included)",
        capacity.len() as f64 / capacity_elapsed.as_secs_f64(),
        ms(percentile(&capacity, 0.50)),
        ms(percentile(&capacity, 0.99)),
        capacity_cpu.as_secs_f64() * 1e6 / capacity.len().max(1) as f64
    );
    println!(
        "RSS: idle {:.1} MB, peak {:.1} MB (bot, fake Bot API and load generator in one process)",
        idle_rss as f64 / 1024.0,
        peak_rss as f64 / 1024.0
    );
}

/// One person sending `count` text updates, each after the answer to the last. With a schedule
/// (first send, interval) each goes at its planned time and its latency runs from that time; without
/// one, each goes as soon as the previous answer is in.
async fn text_user(
    api: FakeBotApi,
    chat: i64,
    first: usize,
    count: usize,
    schedule: Option<(Instant, Duration)>,
) -> Vec<Duration> {
    let mut latencies = Vec::with_capacity(count);
    for m in 0..count {
        let start = match schedule {
            Some((at, interval)) => {
                let planned = at + interval * m as u32;
                tokio::time::sleep_until(planned.into()).await;
                planned
            }
            None => Instant::now(),
        };
        let before = api.sent_to(chat);
        api.push_update(text(chat, first + m));
        if !api.wait_sent_to(chat, before + 1, WAIT).await {
            break;
        }
        latencies.push(start.elapsed());
    }
    latencies
}

/// Every fifth update is a button press, the rest a mix of commands and FAQ questions.
fn text(chat: i64, n: usize) -> serde_json::Value {
    if n % 5 == 4 {
        fake::callback_update(chat, "en", "qm")
    } else {
        fake::text_update(chat, "en", TEXTS[n % TEXTS.len()])
    }
}

async fn collect(tasks: Vec<tokio::task::JoinHandle<Vec<Duration>>>) -> Vec<Duration> {
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap_or_default());
    }
    all.sort();
    all
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
