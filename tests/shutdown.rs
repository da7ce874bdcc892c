//! Signals to the real process: the `kyc-doctor bot` binary runs against the fake Bot API on
//! 127.0.0.1, gets SIGTERM while a photo check is in flight, and must finish that check, answer,
//! keep the state, and exit cleanly; Ctrl-C (SIGINT) stops it too.

mod support;

use std::{process::Stdio, time::Duration};

use kyc_doctor::{
    config::StorageUrl,
    content::{Lang, localizer},
    telegram::DialogueStore,
};
use support::{
    card_jpeg,
    fake_bot_api::{self as fake, FakeBotApi, TOKEN},
};
use teloxide::types::ChatId;
use tokio::process::{Child, Command};

fn start_bot(api: &FakeBotApi, db: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_kyc-doctor"))
        .arg("bot")
        .env_clear()
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("STORAGE_URL", format!("sqlite:{}", db.display()))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("the kyc-doctor binary starts")
}

fn signal(child: &Child, signal: libc::c_int) {
    let pid = child.id().expect("still running") as libc::pid_t;
    // SAFETY: kill only sends a signal to the child we started.
    assert_eq!(unsafe { libc::kill(pid, signal) }, 0, "signal sent");
}

async fn exits_cleanly(child: &mut Child, what: &str) {
    let status = tokio::time::timeout(Duration::from_secs(90), child.wait())
        .await
        .unwrap_or_else(|_| panic!("the bot did not exit within 90 s of {what}"))
        .expect("wait");
    assert!(status.success(), "exit after {what}: {status}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_check_in_flight_and_keeps_the_state() {
    let api = FakeBotApi::start().await;
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("state.sqlite");
    let chat = 9400;

    let mut bot = start_bot(&api, &db);
    api.push_update(fake::callback_update(chat, "en", "r:photo_glare"));
    api.push_update(fake::callback_update(chat, "en", "d:passport"));
    let ask = localizer().text(Lang::EN, "ask-photo-passport");
    api.wait_for("the photo prompt", Duration::from_secs(60), |calls| {
        calls.iter().any(|c| c.text() == Some(ask.as_str()))
    })
    .await;

    // A large photo, so its check is still running when the signal arrives.
    let jpeg = card_jpeg(3000, 2250);
    api.add_file("in-flight", jpeg.clone());
    let before = api.sent_to(chat);
    api.push_update(fake::photo_update(chat, "en", "in-flight", 3000, 2250, jpeg.len()));
    api.wait_for("the download", Duration::from_secs(30), |calls| {
        calls.iter().any(|c| c.method == "getFile")
    })
    .await;
    signal(&bot, libc::SIGTERM);
    exits_cleanly(&mut bot, "SIGTERM").await;

    assert!(api.sent_to(chat) > before, "the check in flight was answered before exit");
    let store = DialogueStore::open(
        &StorageUrl::Sqlite(db.display().to_string()),
        "",
        Duration::from_secs(60),
    )
    .await
    .expect("store");
    let state = store.load(ChatId(chat)).await.expect("load").state;
    assert_eq!(state.case.photos.len(), 1, "the checked photo is in the stored state");
    drop(store);

    // Started again on the same file, it stops on Ctrl-C as well.
    let menus = api.calls_of("setMyCommands").len();
    let mut bot = start_bot(&api, &db);
    api.wait_for("the second start", Duration::from_secs(60), |calls| {
        calls.iter().filter(|c| c.method == "setMyCommands").count() >= 2 * menus
    })
    .await;
    signal(&bot, libc::SIGINT);
    exits_cleanly(&mut bot, "SIGINT").await;
}
