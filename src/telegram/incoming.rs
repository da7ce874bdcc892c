//! Telegram messages → what the dialogue understands.

use teloxide::types::{FileMeta, Message};

use crate::dialogue::{Command, OtherMedia};

/// A message, reduced to what matters to the dialogue.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    Command(Command),
    Text(String),
    /// A picture to check: a compressed "photo" (largest size) or an image sent as a file.
    Picture {
        file: FileMeta,
        width: Option<u32>,
        height: Option<u32>,
        as_file: bool,
    },
    Other(OtherMedia),
}

/// File extensions of images people send as documents; the checker decides what it can read.
const IMAGE_EXTENSIONS: &[&str] =
    &["jpg", "jpeg", "png", "webp", "heic", "heif", "gif", "bmp", "tif", "tiff", "avif"];

pub fn classify(msg: &Message, bot_name: Option<&str>) -> Incoming {
    if let Some(text) = msg.text() {
        if text.trim_start().starts_with('/')
            && let Some(command) = Command::parse(text, bot_name)
        {
            return Incoming::Command(command);
        }
        return Incoming::Text(text.to_owned());
    }
    if let Some(sizes) = msg.photo() {
        // Telegram lists several sizes of one photo; the largest carries the most detail.
        if let Some(best) = sizes.iter().max_by_key(|p| u64::from(p.width) * u64::from(p.height)) {
            return Incoming::Picture {
                file: best.file.clone(),
                width: Some(best.width),
                height: Some(best.height),
                as_file: false,
            };
        }
    }
    if msg.animation().is_some() {
        return Incoming::Other(OtherMedia::Video);
    }
    if let Some(doc) = msg.document() {
        let mime_is_image = doc.mime_type.as_ref().is_some_and(|m| m.type_() == mime::IMAGE);
        let name_is_image =
            doc.file_name.as_deref().and_then(|n| n.rsplit_once('.')).is_some_and(|(_, ext)| {
                IMAGE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
            });
        if mime_is_image || name_is_image {
            return Incoming::Picture {
                file: doc.file.clone(),
                width: None,
                height: None,
                as_file: true,
            };
        }
        return Incoming::Other(OtherMedia::NonImageFile);
    }
    if msg.sticker().is_some() {
        return Incoming::Other(OtherMedia::Sticker);
    }
    if msg.voice().is_some() || msg.audio().is_some() {
        return Incoming::Other(OtherMedia::Voice);
    }
    if msg.video().is_some() || msg.video_note().is_some() {
        return Incoming::Other(OtherMedia::Video);
    }
    if msg.location().is_some() || msg.venue().is_some() {
        return Incoming::Other(OtherMedia::Location);
    }
    if msg.contact().is_some() {
        return Incoming::Other(OtherMedia::Contact);
    }
    Incoming::Other(OtherMedia::Other)
}
