//! Albums: several photos sent at once (front + back + selfie) arrive as separate messages sharing
//! a `media_group_id`. Each one fills the next waiting slot in order, as any photo does; only the
//! answers are held back briefly and sent as one combined reply.

use std::{sync::Arc, time::Duration};

use dashmap::DashMap;
use teloxide::types::ChatId;

use crate::{
    content::{Lang, localizer},
    dialogue::Reply,
    fluent_args,
};

use super::{TgBot, outgoing::send_replies, privacy::redact};

/// How long after an album's last photo was checked the combined reply goes out. Telegram
/// delivers an album's items within a fraction of a second; each check then runs in turn.
pub const ALBUM_QUIET: Duration = Duration::from_millis(1500);

#[derive(Default)]
pub struct Albums {
    pending: DashMap<(i64, String), Pending>,
}

#[derive(Default)]
struct Pending {
    replies: Vec<Reply>,
    photos: usize,
    generation: u64,
    lang: Lang,
    /// Photos of the album being checked right now: the combined reply waits for them, however
    /// long a check takes on a busy machine.
    in_flight: usize,
}

/// How many quiet periods the combined reply waits for photos still in flight before it goes
/// out anyway (a check that ended in an error never reports back).
const MAX_WAITS: u32 = 40;

impl Albums {
    /// A photo of the album is about to be checked.
    pub fn begin(&self, chat: ChatId, group: &str) {
        self.pending.entry((chat.0, group.to_owned())).or_default().in_flight += 1;
    }

    /// Holds the replies to one album photo; when no further photo of the album arrives for
    /// `ALBUM_QUIET`, sends everything as one reply.
    pub fn add(
        self: &Arc<Self>,
        bot: TgBot,
        token: crate::config::BotToken,
        chat: ChatId,
        group: String,
        lang: Lang,
        replies: Vec<Reply>,
    ) {
        let key = (chat.0, group);
        let generation = {
            let mut entry = self.pending.entry(key.clone()).or_default();
            entry.replies.extend(replies);
            entry.photos += 1;
            entry.generation += 1;
            entry.lang = lang;
            entry.in_flight = entry.in_flight.saturating_sub(1);
            entry.generation
        };
        let albums = Arc::clone(self);
        tokio::spawn(async move {
            let mut waits = 0;
            let pending = loop {
                tokio::time::sleep(ALBUM_QUIET).await;
                waits += 1;
                let removed = albums.pending.remove_if(&key, |_, p| {
                    p.generation == generation && (p.in_flight == 0 || waits >= MAX_WAITS)
                });
                match removed {
                    Some((_, pending)) => break pending,
                    None => {
                        let still_mine =
                            albums.pending.get(&key).is_some_and(|p| p.generation == generation);
                        if !still_mine {
                            return; // a later photo of the album took over
                        }
                    }
                }
            };
            let merged = merge(pending.lang, pending.replies, pending.photos);
            if let Err(e) = send_replies(&bot, chat, merged).await {
                tracing::warn!(error = %redact(&e.to_string(), &token), "could not send an album reply");
            }
        });
    }
}

/// One combined reply for an album: the marked-up pictures (each captioned with its first line),
/// then one message with every finding, ending with the last question and its buttons.
pub fn merge(lang: Lang, replies: Vec<Reply>, photos: usize) -> Vec<Reply> {
    let mut out = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let mut keyboard = Vec::new();
    for reply in replies {
        if let Some(photo) = reply.photo {
            let caption = reply.text.lines().next().unwrap_or("").to_owned();
            out.push(Reply {
                text: caption,
                keyboard: Vec::new(),
                photo: Some(photo),
                ..Reply::default()
            });
        }
        if !reply.keyboard.is_empty() {
            keyboard = reply.keyboard;
        }
        let text = reply.text.trim().to_owned();
        if !text.is_empty() && !texts.contains(&text) {
            texts.push(text);
        }
    }
    let header = localizer().text_args(lang, "album-received", &fluent_args!["count" => photos]);
    let body = std::iter::once(header).chain(texts).collect::<Vec<_>>().join("\n\n");
    out.push(Reply { text: body, keyboard, ..Reply::default() });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialogue::{Action, Button};

    #[test]
    fn an_album_becomes_pictures_then_one_message_with_the_last_buttons() {
        let replies = vec![
            Reply {
                text: "❌ front\nglare".into(),
                keyboard: vec![vec![Button::new("keep", Action::Continue)]],
                photo: Some(vec![1]),
                ..Reply::default()
            },
            Reply::text("Now the back."),
            Reply::text("✅ back"),
            Reply::text("Now the back."),
            Reply {
                text: "Selfie?".into(),
                keyboard: vec![vec![Button::new("skip", Action::Menu)]],
                ..Reply::default()
            },
        ];
        let merged = merge(Lang::EN, replies, 2);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].text, "❌ front");
        assert!(merged[0].photo.is_some());
        let text = &merged[1].text;
        assert!(text.contains("glare") && text.contains("✅ back") && text.ends_with("Selfie?"));
        assert_eq!(text.matches("Now the back.").count(), 1, "repeated prompts are said once");
        assert_eq!(merged[1].keyboard[0][0].action, Action::Menu);
    }
}
