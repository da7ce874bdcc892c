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
    types::{ChatAction, ChatId, User},
};

use crate::{
    content::{Lang, localizer},
    dialogue::{self, Action, Event, PhotoOutcome, Reply},
    quality::{InputError, InputErrorCode, IssueCode},
};

use super::{
    App, TgBot,
    incoming::{Incoming, classify},
    outgoing::send_replies,
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
    let lang = loaded.state.language(&context(code.as_deref()));
    if !app.messages.allow(chat.0) {
        tracing::info!(chat = %tag, "rate limited");
        bot.send_text(chat, localizer().text(lang, "rate-limited")).await?;
        return Ok(());
    }
    let mut before = Vec::new();
    if loaded.was_reset {
        before.push(Reply::text(localizer().text(lang, "session-restarted")));
    }
    let state = loaded.state;
    let incoming = classify(msg, app.bot_name.as_deref());
    tracing::info!(chat = %tag, kind = incoming_kind(&incoming), "message");
    let mut after = Vec::new();
    let mut album = None;
    if let Incoming::Picture { .. } = incoming {
        album = msg.media_group_id().map(|g| g.0.clone());
        if msg.forward_origin().is_some() {
            after.push(Reply::text(localizer().text(lang, "photo-forwarded")));
        }
        // A question written in the caption is answered after the check.
        if let Some(id) =
            msg.caption().and_then(|c| crate::content::faq::match_question(c, lang).confident_id())
        {
            after.push(dialogue::view::View { lang }.faq_answer(id));
        }
    }
    let event = match incoming {
        Incoming::Command(c) => Event::Command(c),
        Incoming::Text(t) => Event::Text(t),
        Incoming::Other(media) => Event::Other(media),
        Incoming::Picture { file, as_file, .. } => match state.expected_photo() {
            None => Event::UnexpectedPhoto,
            Some(slot) => {
                if !app.checks.allow(chat.0) {
                    bot.send_text(chat, localizer().text(lang, "rate-limited")).await?;
                    return Ok(());
                }
                let _ = bot.api().send_chat_action(chat, ChatAction::UploadPhoto).await;
                match photos::download(bot, &file).await {
                    Err(FetchError::TooLarge) => Event::PhotoRejected(InputError::new(
                        InputErrorCode::TooLarge,
                        "over 20 MB",
                    )),
                    Err(e) => return Err(anyhow::anyhow!(e)),
                    Ok(bytes) => {
                        let permit = match app.checker.try_slot() {
                            Some(permit) => permit,
                            None => {
                                bot.send_text(chat, localizer().text(lang, "photo-queued")).await?;
                                app.checker
                                    .wait()
                                    .await
                                    .ok_or_else(|| anyhow::anyhow!("checker closed"))?
                            }
                        };
                        let outcome = app.checker.check(permit, bytes, slot.kind()).await;
                        if !as_file && compressed_too_much(&outcome) {
                            after.push(Reply::text(
                                localizer().text(lang, "photo-too-small-compressed"),
                            ));
                        }
                        Event::Photo { slot, outcome }
                    }
                }
            }
        },
    };
    respond(bot, app, chat, state, event, code.as_deref(), before, after, album).await
}

/// A Telegram "photo" is recompressed and downscaled; when that is what makes it fail, the
/// original file would be judged fairly.
fn compressed_too_much(outcome: &PhotoOutcome) -> bool {
    match outcome {
        PhotoOutcome::Checked(c) => {
            c.report.has(IssueCode::LowResolution)
                || c.report.has(IssueCode::Blurry) && c.report.width.max(c.report.height) <= 1280
        }
        PhotoOutcome::Unreadable(_) => false,
    }
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
    dialogue::Context { language_code: code, today: Utc::now().date_naive() }
}

/// Lets the dialogue decide, stores the new state, then sends the replies.
#[allow(clippy::too_many_arguments)]
async fn respond(
    bot: &TgBot,
    app: &App,
    chat: ChatId,
    state: dialogue::State,
    event: Event,
    code: Option<&str>,
    before: Vec<Reply>,
    after: Vec<Reply>,
    album: Option<String>,
) -> anyhow::Result<()> {
    let ctx = context(code);
    let outcome = dialogue::handle(state, event, &ctx);
    // Store first: if sending fails, the person's progress is still kept.
    match &outcome.state {
        Some(state) => app.store.save(chat, state).await?,
        None => app.store.forget(chat).await?,
    }
    let replies: Vec<Reply> = before.into_iter().chain(outcome.replies).chain(after).collect();
    match album {
        Some(group) => {
            let lang = outcome
                .state
                .as_ref()
                .map(|s| s.language(&ctx))
                .unwrap_or_else(|| Lang::negotiate(code));
            app.albums.add(bot.clone(), app.token.clone(), chat, group, lang, replies);
        }
        None => send_replies(bot, chat, replies).await?,
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
        let lang = loaded.state.language(&context(code.as_deref()));
        if !app.messages.allow(chat.0) {
            bot.send_text(chat, localizer().text(lang, "rate-limited")).await?;
            return Ok(());
        }
        let mut before = Vec::new();
        if loaded.was_reset {
            before.push(Reply::text(localizer().text(lang, "session-restarted")));
        }
        // Unknown data (an old button after an upgrade, a forged payload) shows the menu.
        let action = q.data.as_deref().and_then(Action::decode).unwrap_or(Action::Menu);
        // The pressed keyboard has done its job; removing it keeps old buttons from being pressed
        // out of turn. Failing to (message too old, already removed) is fine.
        let _ = bot.api().edit_message_reply_markup(chat, message_id).await;
        respond(
            &bot,
            &app,
            chat,
            loaded.state,
            Event::Button(action),
            code.as_deref(),
            before,
            Vec::new(),
            None,
        )
        .await
    })
    .await;
    Ok(())
}
