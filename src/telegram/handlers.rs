//! The update handlers: each loads the dialogue, turns the update into an event, lets the pure
//! dialogue decide, stores the new state and sends the replies. Errors and panics inside a handler
//! end in a localized apology, never in a dead chat worker.

use std::{panic::AssertUnwindSafe, sync::Arc};

use chrono::Utc;
use futures::FutureExt;
use teloxide::{
    dispatching::{UpdateFilterExt, UpdateHandler},
    dptree,
    prelude::*,
    types::{ChatAction, ChatId, FileMeta, User},
};

use crate::{
    content::{Lang, localizer},
    dialogue::{self, Action, Event, PhotoCheck, PhotoMeta, PhotoOutcome, Reply},
    quality::{InputError, InputErrorCode, Kind},
};

use super::{
    App, TgBot,
    incoming::{Incoming, classify},
    outgoing::{send_press_replies, send_replies},
    photos::{self, FetchError},
    privacy::{chat_tag, redact},
};

pub type HandlerError = Box<dyn std::error::Error + Send + Sync>;

pub fn schema() -> UpdateHandler<HandlerError> {
    dptree::entry()
        .branch(Update::filter_message().endpoint(on_message))
        .branch(Update::filter_edited_message().endpoint(on_edited_message))
        .branch(Update::filter_callback_query().endpoint(on_callback))
}

fn language_code(user: Option<&User>) -> Option<String> {
    user.and_then(|u| u.language_code.clone())
}

/// Runs a handler body; on error or panic, logs (without ids or the token) and apologises.
async fn guarded<F>(bot: &TgBot, app: &App, chat: ChatId, lang: Lang, body: F)
where
    F: std::future::Future<Output = anyhow::Result<()>>,
{
    let tag = chat_tag(&app.log_salt, chat.0);
    let failure = match AssertUnwindSafe(body).catch_unwind().await {
        Ok(Ok(())) => return,
        Ok(Err(error)) => redact(&format!("{error:#}"), &app.token),
        Err(_) => "panic".to_owned(),
    };
    tracing::error!(chat = %tag, error = %failure, "handler failed");
    let apology = localizer().text(lang, "error-apology");
    if let Err(e) = bot.send_text(chat, apology).await {
        tracing::warn!(chat = %tag, error = %redact(&e.to_string(), &app.token), "could not send the apology");
    }
}

async fn on_message(bot: TgBot, msg: Message, app: Arc<App>) -> Result<(), HandlerError> {
    let chat = msg.chat.id;
    let code = language_code(msg.from.as_ref());
    let lang = Lang::negotiate(code.as_deref());
    if !msg.chat.is_private() {
        // Never look at photos outside a private chat. Say so once per group; stay silent in channels.
        if (msg.chat.is_group() || msg.chat.is_supergroup()) && app.groups_told.insert(chat.0) {
            let _ = bot.send_text(chat, localizer().text(lang, "group-private-only")).await;
        }
        return Ok(());
    }
    guarded(&bot, &app, chat, lang, handle_private_message(&bot, &app, &msg, code)).await;
    Ok(())
}

async fn handle_private_message(
    bot: &TgBot,
    app: &App,
    msg: &Message,
    code: Option<String>,
) -> anyhow::Result<()> {
    let chat = msg.chat.id;
    let _lock = app.coordinator.lock_chat(chat.0).await;
    let tag = chat_tag(&app.log_salt, chat.0);
    let loaded = app.store.load(chat).await?;
    let ctx = context(code.as_deref());
    if !app.messages.allow(chat.0) {
        tracing::info!(chat = %tag, "rate limited");
        return rate_limited(bot, chat, loaded.state, &ctx).await;
    }
    let incoming = classify(msg, app.bot_name.as_deref());
    tracing::info!(chat = %tag, kind = incoming_kind(&incoming), "message");
    let album = msg.media_group_id().map(|g| g.0.clone());
    let (event, picture) = match incoming {
        Incoming::Command(c) => (Event::Command(c), None),
        Incoming::Text(t) => (Event::Text(t), None),
        Incoming::Other(media) => (Event::Other(media), None),
        Incoming::Picture { file, as_file, .. } => {
            let meta = PhotoMeta {
                as_file,
                forwarded: msg.forward_origin().is_some(),
                caption: msg.caption().map(str::to_owned),
            };
            (Event::PhotoArrived(meta.clone()), Some((file, meta)))
        }
    };
    if let (Some(group), Some(_)) = (&album, &picture) {
        // The album's combined reply waits for this photo's check.
        app.albums.begin(chat, group);
    }
    let reset = dialogue::Context { session_reset: loaded.was_reset, ..ctx };
    let first = dialogue::handle(loaded.state, event, &reset);
    let (mut state, mut replies) = (first.state, first.replies);
    // The dialogue asked for the picture to be checked: fetch and check it, and feed the result
    // back.
    if let (Some(check), Some((file, meta))) = (first.check, picture) {
        let lang = state.as_ref().map_or(Lang::negotiate(code.as_deref()), |s| s.language(&ctx));
        let event = check_picture(bot, app, chat, lang, check, &file, meta).await?;
        let second = dialogue::handle(state.unwrap_or_default(), event, &ctx);
        state = second.state;
        replies.extend(second.replies);
    }
    let delivery = album.map_or(Delivery::New, Delivery::Album);
    finish(bot, app, chat, state, replies, delivery, code.as_deref()).await
}

/// Where the replies go: new messages, an album's gathered reply, or the answer to a press of a
/// button on a message (which a menu may replace).
enum Delivery {
    New,
    Album(String),
    Press(teloxide::types::MessageId),
}

/// Downloads and checks a picture as the dialogue asked; what happened, as the event to feed back.
async fn check_picture(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    lang: Lang,
    check: PhotoCheck,
    file: &FileMeta,
    meta: PhotoMeta,
) -> anyhow::Result<Event> {
    if !app.checks.allow(chat.0) {
        return Ok(Event::RateLimited);
    }
    let _ = bot.api().send_chat_action(chat, ChatAction::UploadPhoto).await;
    let outcome = match photos::download(bot, file).await {
        Err(FetchError::TooLarge) => {
            PhotoOutcome::Unreadable(InputError::new(InputErrorCode::TooLarge, "over 20 MB"))
        }
        Err(e) => return Err(anyhow::anyhow!(e)),
        Ok(bytes) => match check {
            PhotoCheck::Slot(slot) => run_check(bot, app, chat, lang, bytes, slot.kind()).await?,
            PhotoCheck::Unknown => {
                let as_id = run_check(bot, app, chat, lang, bytes.clone(), Kind::Id).await?;
                let as_selfie = run_check(bot, app, chat, lang, bytes, Kind::Selfie).await?;
                PhotoOutcome::both(as_id, as_selfie)
            }
        },
    };
    Ok(Event::PhotoChecked { check, meta, outcome })
}

/// One check on the checker pool; when every checker is busy, the person is told it is queued.
async fn run_check(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    lang: Lang,
    bytes: Vec<u8>,
    kind: Kind,
) -> anyhow::Result<PhotoOutcome> {
    let permit = match app.checker.try_slot() {
        Some(permit) => permit,
        None => {
            // Progress, not an answer: the check itself comes when a checker is free.
            bot.send_text(chat, localizer().text(lang, "photo-queued")).await?;
            app.checker.wait().await.ok_or_else(|| anyhow::anyhow!("checker closed"))?
        }
    };
    Ok(app.checker.check(permit, bytes, kind).await)
}

/// Too much too fast: the dialogue's notice, and nothing stored (a reset stays to be told).
async fn rate_limited(
    bot: &TgBot,
    chat: ChatId,
    state: dialogue::State,
    ctx: &dialogue::Context<'_>,
) -> anyhow::Result<()> {
    let outcome = dialogue::handle(state, Event::RateLimited, ctx);
    send_replies(bot, chat, outcome.replies).await?;
    Ok(())
}

fn incoming_kind(incoming: &Incoming) -> &'static str {
    match incoming {
        Incoming::Command(_) => "command",
        Incoming::Text(_) => "text",
        Incoming::Picture { as_file: true, .. } => "image file",
        Incoming::Picture { .. } => "photo",
        Incoming::Other(_) => "other",
    }
}

fn context(code: Option<&str>) -> dialogue::Context<'_> {
    dialogue::Context::new(code, Utc::now().date_naive())
}

/// Stores the dialogue's new state, then sends its replies (an album's are gathered first).
async fn finish(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    state: Option<dialogue::State>,
    replies: Vec<Reply>,
    delivery: Delivery,
    code: Option<&str>,
) -> anyhow::Result<()> {
    // Store first: if sending fails, the person's progress is still kept.
    match &state {
        Some(state) => app.store.save(chat, state).await?,
        None => app.store.forget(chat).await?,
    }
    match delivery {
        Delivery::Album(group) => {
            let lang = state
                .as_ref()
                .map(|s| s.language(&context(code)))
                .unwrap_or_else(|| Lang::negotiate(code));
            app.albums.add(bot.clone(), app.token.clone(), chat, group, lang, replies);
        }
        Delivery::New => send_replies(bot, chat, replies).await?,
        Delivery::Press(message) => send_press_replies(bot, chat, message, replies).await?,
    }
    Ok(())
}

async fn on_edited_message(bot: TgBot, msg: Message, app: Arc<App>) -> Result<(), HandlerError> {
    if !msg.chat.is_private() {
        return Ok(());
    }
    let lang = Lang::negotiate(language_code(msg.from.as_ref()).as_deref());
    let chat = msg.chat.id;
    guarded(&bot, &app, chat, lang, async {
        let state = app.store.load(chat).await?.state;
        let lang = state.language(&context(language_code(msg.from.as_ref()).as_deref()));
        bot.send_text(chat, localizer().text(lang, "edit-not-seen")).await?;
        Ok(())
    })
    .await;
    Ok(())
}

async fn on_callback(bot: TgBot, q: CallbackQuery, app: Arc<App>) -> Result<(), HandlerError> {
    // Always answer, or the button keeps spinning on the phone.
    if let Err(e) = bot.api().answer_callback_query(q.id.clone()).await {
        tracing::debug!(error = %redact(&e.to_string(), &app.token), "answer_callback_query failed");
    }
    let Some(message) = q.regular_message() else { return Ok(()) };
    if !message.chat.is_private() {
        return Ok(());
    }
    let chat = message.chat.id;
    let message_id = message.id;
    let code = q.from.language_code.clone();
    let lang = Lang::negotiate(code.as_deref());
    guarded(&bot, &app, chat, lang, async {
        let _lock = app.coordinator.lock_chat(chat.0).await;
        let loaded = app.store.load(chat).await?;
        let ctx = context(code.as_deref());
        if !app.messages.allow(chat.0) {
            return rate_limited(&bot, chat, loaded.state, &ctx).await;
        }
        // Unknown data (an old button after an upgrade, a forged payload) shows the menu.
        let event = match q.data.as_deref().and_then(Action::decode_press) {
            Some((action, true)) => Event::MenuButton(action),
            Some((action, false)) => Event::Button(action),
            None => Event::Button(Action::Menu),
        };
        let reset = dialogue::Context { session_reset: loaded.was_reset, ..ctx };
        let outcome = dialogue::handle(loaded.state, event, &reset);
        // The pressed message: a menu answering a menu replaces it, else it loses its buttons.
        let delivery = Delivery::Press(message_id);
        finish(&bot, &app, chat, outcome.state, outcome.replies, delivery, code.as_deref()).await
    })
    .await;
    Ok(())
}
