//! The supported languages and the mapping from Telegram's `language_code` onto them.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// One supported language: its locale folder name, its own name, and its writing direction.
#[derive(Debug, Clone, Copy)]
pub struct LangInfo {
    pub tag: &'static str,
    pub native_name: &'static str,
    pub right_to_left: bool,
}

/// Every locale under `locales/`, in the order `/language` shows them. English first: it is the
/// fallback and the language every other locale must match message for message.
pub const LANGUAGES: [LangInfo; 21] = [
    LangInfo { tag: "en", native_name: "English", right_to_left: false },
    LangInfo { tag: "ru", native_name: "Русский", right_to_left: false },
    LangInfo { tag: "uk", native_name: "Українська", right_to_left: false },
    LangInfo { tag: "es", native_name: "Español", right_to_left: false },
    LangInfo { tag: "pt", native_name: "Português", right_to_left: false },
    LangInfo { tag: "pt-BR", native_name: "Português (Brasil)", right_to_left: false },
    LangInfo { tag: "fr", native_name: "Français", right_to_left: false },
    LangInfo { tag: "de", native_name: "Deutsch", right_to_left: false },
    LangInfo { tag: "it", native_name: "Italiano", right_to_left: false },
    LangInfo { tag: "tr", native_name: "Türkçe", right_to_left: false },
    LangInfo { tag: "vi", native_name: "Tiếng Việt", right_to_left: false },
    LangInfo { tag: "id", native_name: "Bahasa Indonesia", right_to_left: false },
    LangInfo { tag: "zh-CN", native_name: "简体中文", right_to_left: false },
    LangInfo { tag: "zh-TW", native_name: "繁體中文", right_to_left: false },
    LangInfo { tag: "ar", native_name: "العربية", right_to_left: true },
    LangInfo { tag: "pl", native_name: "Polski", right_to_left: false },
    LangInfo { tag: "nl", native_name: "Nederlands", right_to_left: false },
    LangInfo { tag: "ja", native_name: "日本語", right_to_left: false },
    LangInfo { tag: "ko", native_name: "한국어", right_to_left: false },
    LangInfo { tag: "th", native_name: "ไทย", right_to_left: false },
    LangInfo { tag: "hi", native_name: "हिन्दी", right_to_left: false },
];

/// A supported language: an index into [`LANGUAGES`]. Stored in dialogue state by its tag, and read
/// back leniently (an unknown tag becomes the nearest supported language), so removing a locale
/// never makes a stored dialogue unreadable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

impl Lang {
    pub const EN: Lang = Lang(0);

    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len() as u8).map(Lang)
    }

    pub fn info(self) -> &'static LangInfo {
        &LANGUAGES[usize::from(self.0) % LANGUAGES.len()]
    }

    pub fn tag(self) -> &'static str {
        self.info().tag
    }

    pub fn native_name(self) -> &'static str {
        self.info().native_name
    }

    pub fn is_right_to_left(self) -> bool {
        self.info().right_to_left
    }

    /// The exact locale with this tag (case-insensitive), if we have it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        LANGUAGES.iter().position(|l| l.tag.eq_ignore_ascii_case(tag)).map(|i| Lang(i as u8))
    }

    /// Where a message missing in this locale is looked up next, ending with English.
    pub fn fallback_chain(self) -> Vec<Lang> {
        let mut chain = vec![self];
        let base = match self.tag() {
            "pt-BR" => Lang::from_tag("pt"),
            "pt" => Lang::from_tag("pt-BR"),
            "zh-TW" => Lang::from_tag("zh-CN"),
            _ => None,
        };
        chain.extend(base);
        if self != Lang::EN {
            chain.push(Lang::EN);
        }
        chain
    }

    /// Telegram's `language_code` (an IETF tag of the app's UI language, sometimes missing, in
    /// varying case and form: `pt-br`, `zh-hans`, `zh-hant`, `it-IT`) onto a supported language.
    pub fn negotiate(code: Option<&str>) -> Lang {
        let Some(code) = code else { return Lang::EN };
        let code = code.trim().replace('_', "-").to_ascii_lowercase();
        let mut parts = code.split('-');
        let primary = parts.next().unwrap_or("");
        let rest: Vec<&str> = parts.collect();
        let has = |s: &str| rest.contains(&s);
        let tag = match primary {
            // Scripts and regions decide Chinese: Traditional in Taiwan, Hong Kong and Macau.
            "zh" if has("hant") || has("tw") || has("hk") || has("mo") => "zh-TW",
            "zh" => "zh-CN",
            "pt" if has("br") => "pt-BR",
            "pt" => "pt",
            // Older codes some clients still send.
            "in" => "id",
            "iw" | "he" => "en",
            other => other,
        };
        Lang::from_tag(tag).unwrap_or(Lang::EN)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(d)?;
        Ok(Lang::from_tag(&tag).unwrap_or_else(|| Lang::negotiate(Some(&tag))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_codes_map_onto_locales() {
        let cases = [
            (Some("pt-br"), "pt-BR"),
            (Some("pt-BR"), "pt-BR"),
            (Some("pt"), "pt"),
            (Some("pt-PT"), "pt"),
            (Some("zh-hans"), "zh-CN"),
            (Some("zh"), "zh-CN"),
            (Some("zh-hant"), "zh-TW"),
            (Some("zh-TW"), "zh-TW"),
            (Some("zh-HK"), "zh-TW"),
            (Some("uk"), "uk"),
            (Some("it-IT"), "it"),
            (Some("en-GB"), "en"),
            (Some("xx"), "en"),
            (Some(""), "en"),
            (None, "en"),
            (Some("AR"), "ar"),
        ];
        for (code, want) in cases {
            assert_eq!(Lang::negotiate(code).tag(), want, "{code:?}");
        }
    }

    #[test]
    fn stored_language_reads_back_leniently() {
        let l: Lang = serde_json::from_str("\"pt-BR\"").unwrap();
        assert_eq!(l.tag(), "pt-BR");
        let l: Lang = serde_json::from_str("\"zh-hant\"").unwrap();
        assert_eq!(l.tag(), "zh-TW");
        let l: Lang = serde_json::from_str("\"klingon\"").unwrap();
        assert_eq!(l, Lang::EN);
        assert_eq!(serde_json::to_string(&Lang::from_tag("ar").unwrap()).unwrap(), "\"ar\"");
    }

    #[test]
    fn fallback_chain_ends_in_english() {
        let chain: Vec<_> =
            Lang::from_tag("pt-BR").unwrap().fallback_chain().iter().map(|l| l.tag()).collect();
        assert_eq!(chain, ["pt-BR", "pt", "en"]);
        assert_eq!(Lang::EN.fallback_chain(), vec![Lang::EN]);
    }
}
