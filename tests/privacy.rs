//! Privacy: photo flows leave no image bytes on disk or in logs, logs carry no names or raw ids,
//! the token never shows, and /forget deletes the stored dialogue.

mod support;

use std::{
    io::Write,
    sync::{Arc, Mutex},
    time::Duration,
};

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
    storage::DialogueStore,
};
use support::{
    Chat, RunningBot, card_jpeg, config,
    fake_bot_api::{self as fake, FakeBotApi, TOKEN},
};
use teloxide::types::ChatId;

/// Log lines captured in memory, as the bot writes them in production (JSON and text alike).
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The process-wide log capture (the bot logs from tokio's worker threads, so a thread-local
/// subscriber would see nothing). Every test in this binary logs into it.
fn capture_logs() -> Captured {
    static LOGS: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Captured::default();
        let writer = logs.clone();
        tracing_subscriber::fmt()
            .with_env_filter("debug,hyper=info,h2=info,sqlx=info,reqwest=info,hyper_util=info")
            .with_writer(move || writer.clone())
            .init();
        logs
    })
    .clone()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn files_under(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() { out.extend(files_under(&path)) } else { out.push(path) }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn photo_flows_leave_no_image_bytes_ids_or_token_on_disk_or_in_logs() {
    let logs = capture_logs();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.sqlite").display().to_string();
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Sqlite(path.clone()))).await;
    let chat = 987_654_321;
    let mut person = Chat::new(&api, chat, "en");
    person.press("r:photo_glare", 2).await;
    person.press("d:id_card", 1).await;
    let jpeg = card_jpeg(1400, 1000);
    api.add_file("private-front", jpeg.clone());
    api.add_file("private-back", jpeg.clone());
    let front =
        fake::document_update(chat, "en", "private-front", "front.jpg", "image/jpeg", jpeg.len());
    person.act_within(front, 2, Duration::from_secs(90)).await;
    let back = fake::photo_update(chat, "en", "private-back", 1400, 1000, jpeg.len());
    person.act_within(back, 2, Duration::from_secs(90)).await;
    assert_eq!(api.calls_of("getFile").len(), 2, "both photos checked");
    bot.stop().await;

    // Pieces of the picture: its header and a run from the middle of the compressed data.
    let mid = jpeg.len() / 2;
    let probes: [&[u8]; 2] = [&jpeg[..64], &jpeg[mid..mid + 64]];
    for file in files_under(dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        for probe in probes {
            assert!(!contains(&bytes, probe), "image bytes found in {}", file.display());
        }
    }
    let logged = logs.0.lock().unwrap().clone();
    assert!(!logged.is_empty(), "logs were captured");
    for probe in probes {
        assert!(!contains(&logged, probe), "image bytes in the logs");
    }
    let text = String::from_utf8_lossy(&logged);
    assert!(!text.contains(&chat.to_string()), "raw chat id in the logs");
    assert!(!text.contains(TOKEN), "the token in the logs");
    assert!(!text.contains("\"first_name\""), "user data in the logs");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_deletes_the_stored_dialogue() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state.sqlite").display().to_string();
    let api = FakeBotApi::start().await;
    let bot = RunningBot::start(&api, config(&api, StorageUrl::Sqlite(path.clone()))).await;
    let chat = 5151;
    let mut person = Chat::new(&api, chat, "en");
    person.press("r:photo_glare", 2).await;
    let replies = person.send_text("/forget", 1).await;
    assert_eq!(replies[0].text(), Some(localizer().text(Lang::EN, "forget-done").as_str()));
    bot.stop().await;

    let store = DialogueStore::open(&StorageUrl::Sqlite(path.clone()), "", Duration::from_secs(60))
        .await
        .unwrap();
    let loaded = store.load(ChatId(chat)).await.unwrap();
    assert_eq!(loaded.state, Default::default());
    let db = std::fs::read(&path).unwrap();
    assert!(!contains(&db, b"photo_glare"), "nothing of the case is left in the file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_messages_gets_a_slow_down_reply() {
    let api = FakeBotApi::start().await;
    let mut cfg = config(&api, StorageUrl::Memory);
    cfg.messages_per_minute = 3;
    let bot = RunningBot::start(&api, cfg).await;
    let mut person = Chat::new(&api, 4242, "en");
    let mut replies = Vec::new();
    for _ in 0..5 {
        replies.extend(person.send_text("/privacy", 1).await);
    }
    let privacy = localizer().text(Lang::EN, "privacy-text");
    let slow = localizer().text(Lang::EN, "rate-limited");
    let texts: Vec<&str> = replies.iter().filter_map(|c| c.text()).collect();
    assert_eq!(texts[..3], [privacy.as_str(); 3], "three within the limit");
    assert_eq!(texts[3..], [slow.as_str(); 2], "then the slow-down reply");
    bot.stop().await;
}
