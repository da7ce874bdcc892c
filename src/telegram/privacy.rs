//! What may appear in logs about a person: a salted hash of the chat id, nothing else.

use sha2::{Digest, Sha256};

use crate::config::BotToken;

/// A short, salted, one-way tag for a chat id, so log lines about one chat can be correlated
/// without revealing who it is.
pub fn chat_tag(salt: &str, chat_id: i64) -> String {
    let mut hasher = Sha256::new();
    hasher.update(salt.as_bytes());
    hasher.update(chat_id.to_le_bytes());
    let digest = hasher.finalize();
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_stable_salted_and_do_not_contain_the_id() {
        let a = chat_tag("salt", 123456789);
        assert_eq!(a, chat_tag("salt", 123456789));
        assert_ne!(a, chat_tag("other", 123456789));
        assert_ne!(a, chat_tag("salt", 123456788));
        assert!(!a.contains("123456789"));
        assert_eq!(a.len(), 12);
    }
}

/// Removes the bot token from a text (an error message may carry a request URL with it).
pub fn redact(text: &str, token: &BotToken) -> String {
    let token = token.expose();
    if token.is_empty() { text.to_owned() } else { text.replace(token, "<token>") }
}

#[cfg(test)]
mod redact_tests {
    #[test]
    fn the_token_is_removed() {
        let t = crate::config::BotToken::new("123:ABC");
        assert_eq!(
            super::redact("GET https://x/bot123:ABC/getMe failed", &t),
            "GET https://x/bot<token>/getMe failed"
        );
    }
}
