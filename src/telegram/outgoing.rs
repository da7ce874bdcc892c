//! Dialogue replies → Telegram messages: inline keyboards, photos from memory, long texts split
//! under Telegram's limits. Texts are sent as plain text (no parse mode), so nothing a locale or a
//! finding contains can break the markup.

use teloxide::{
    ApiError, RequestError,
    payloads::{EditMessageTextSetters, SendMessageSetters, SendPhotoSetters},
    prelude::Requester,
    types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId},
};

use crate::dialogue::Reply;

use super::TgBot;

/// Telegram's message limit is 4096 characters; stay a little under it.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Telegram's caption limit.
pub const MAX_CAPTION_CHARS: usize = 1024;

pub fn keyboard(reply: &Reply) -> Option<InlineKeyboardMarkup> {
    if reply.keyboard.is_empty() {
        return None;
    }
    let rows = reply
        .keyboard
        .iter()
        .map(|row| {
            row.iter()
                .map(|b| {
                    InlineKeyboardButton::callback(b.label.clone(), b.action.encode_on(reply.menu))
                })
                .collect::<Vec<_>>()
        })
        .collect::<Vec<_>>();
    Some(InlineKeyboardMarkup::new(rows))
}

/// Splits `text` into parts of at most `max` characters, at line breaks where possible, then at
/// spaces, and only as a last resort inside a word.
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text.trim_end();
    while rest.chars().count() > max {
        let cut = rest.char_indices().nth(max).map(|(i, _)| i).unwrap_or(rest.len());
        let window = &rest[..cut];
        let at = window
            .rfind('\n')
            .filter(|i| *i > 0)
            .or_else(|| window.rfind(' ').filter(|i| *i > 0))
            .unwrap_or(cut);
        parts.push(rest[..at].trim_end().to_owned());
        rest = rest[at..].trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_owned());
    }
    parts
}

pub async fn send_replies(
    bot: &TgBot,
    chat: ChatId,
    replies: Vec<Reply>,
) -> Result<(), RequestError> {
    for reply in replies {
        send_reply(bot, chat, reply).await?;
    }
    Ok(())
}

/// The replies to a press of a button on message `pressed`. A first reply marked `edit` (a menu
/// answering a menu) is shown in that message: its text and buttons are replaced, as Telegram's
/// menus do. Otherwise the pressed message only loses its buttons, so they are not pressed out of
/// turn, and the replies are new messages. An edit Telegram refuses (the message is too old or
/// deleted, or is a picture) falls back to a new message; "message is not modified" means it
/// already shows exactly this.
pub async fn send_press_replies(
    bot: &TgBot,
    chat: ChatId,
    pressed: MessageId,
    mut replies: Vec<Reply>,
) -> Result<(), RequestError> {
    let editable = |r: &Reply| {
        r.edit
            && r.photo.is_none()
            && !r.text.is_empty()
            && r.text.chars().count() <= MAX_TEXT_CHARS
    };
    if replies.first().is_some_and(editable) {
        let reply = replies.remove(0);
        if !edit_in_place(bot, chat, pressed, &reply).await {
            let _ = bot.api().edit_message_reply_markup(chat, pressed).await;
            send_reply(bot, chat, reply).await?;
        }
    } else {
        // Failing to (message too old, buttons already removed) is fine.
        let _ = bot.api().edit_message_reply_markup(chat, pressed).await;
    }
    send_replies(bot, chat, replies).await
}

/// Whether `message` now shows `reply`.
async fn edit_in_place(bot: &TgBot, chat: ChatId, message: MessageId, reply: &Reply) -> bool {
    let mut request = bot.api().edit_message_text(chat, message, reply.text.clone());
    if let Some(markup) = keyboard(reply) {
        request = request.reply_markup(markup);
    }
    match bot.send(chat, request).await {
        Ok(_) | Err(RequestError::Api(ApiError::MessageNotModified)) => true,
        Err(e) => {
            tracing::debug!(error = %e, "editing the menu failed; sending it as a new message");
            false
        }
    }
}

async fn send_reply(bot: &TgBot, chat: ChatId, reply: Reply) -> Result<(), RequestError> {
    let markup = keyboard(&reply);
    let mut text = reply.text;
    if let Some(jpeg) = reply.photo {
        let photo = bot.api().send_photo(chat, InputFile::memory(jpeg).file_name("checked.jpg"));
        if text.chars().count() <= MAX_CAPTION_CHARS {
            let photo = photo.caption(text);
            match markup {
                Some(m) => bot.send(chat, photo.reply_markup(m)).await?,
                None => bot.send(chat, photo).await?,
            };
            return Ok(());
        }
        bot.send(chat, photo).await?;
    }
    if text.is_empty() {
        text = "…".into();
    }
    let parts = split_text(&text, MAX_TEXT_CHARS);
    let last = parts.len() - 1;
    for (i, part) in parts.into_iter().enumerate() {
        let message = bot.api().send_message(chat, part);
        match (&markup, i == last) {
            (Some(m), true) => bot.send(chat, message.reply_markup(m.clone())).await?,
            _ => bot.send(chat, message).await?,
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_split_at_line_breaks_under_the_limit() {
        let line = "ä".repeat(50);
        let text = vec![line.as_str(); 200].join("\n");
        let parts = split_text(&text, 4000);
        assert!(parts.len() >= 3);
        for p in &parts {
            assert!(p.chars().count() <= 4000);
            assert!(!p.starts_with('\n'));
        }
        assert_eq!(parts.join("\n"), text);
    }

    #[test]
    fn a_word_longer_than_the_limit_is_cut() {
        let text = "x".repeat(9000);
        let parts = split_text(&text, 4000);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.concat(), text);
        assert_eq!(split_text("", 10), vec![String::new()]);
        assert_eq!(split_text("short", 10), vec!["short".to_string()]);
    }
}
