//! The FAQ: its ids in display order, and free-text matching of a message typed in any supported
//! language onto them.
//!
//! Matching is done by a trained intent model ([`model`]: a fastText-style classifier over hashed
//! words and character n-grams) over the FAQ ids plus the labels `_greeting _thanks _ack _bye
//! _offtopic` (corpus/faq/INTENTS.md). Its probabilities are calibrated (a temperature fitted on a
//! tuning group of the corpus); the bot answers when the best entry is probable enough, offers the
//! two or three likeliest entries as "did you mean" buttons when it is not, and declines when
//! nothing fits or the message is off-topic. A message of several sentences is also read sentence
//! by sentence, so a second and third clearly different question get their answers too (the main
//! question, the one the whole message is about, first). Figures and the training command:
//! README.md (FAQ) and `training/faq/README.md`.

pub mod bm25;
pub mod model;
pub mod tokenize;

use std::sync::OnceLock;

use serde_json::json;
use unicode_segmentation::UnicodeSegmentation;

use self::model::Model;
use super::{Lang, localizer};

/// Every FAQ id, in the order the FAQ menu shows them: first what most people ask right after a
/// rejection, then photos, documents, typed data, the selfie, account matters, safety and the bot.
pub const FAQ_IDS: &[&str] = &[
    "common_causes",
    "no_reason_shown",
    "review_time",
    "no_result_24h",
    "resubmit_timing",
    "repeated_retries",
    "permanent_rejection",
    "clear_but_failed",
    "blurry_photo",
    "glare",
    "cropped_edges",
    "screenshot_or_copy",
    "color_photo",
    "send_as_file",
    "file_format_size",
    "both_sides",
    "accepted_documents",
    "unsupported_document",
    "expired_document",
    "damaged_document",
    "invalid_document",
    "document_photo_rejected",
    "unsigned_passport",
    "name_mismatch",
    "birthdate_mismatch",
    "dual_nationality",
    "address_proof",
    "face_selfie_fail",
    "face_scan_loop",
    "glasses_hat_mask",
    "head_covering",
    "camera_permission",
    "someone_else_selfie",
    "duplicate_account",
    "region_restricted",
    "vpn_or_travel",
    "official_support",
    "scam_warning",
    "about_bot",
    "bot_privacy",
];

/// Message id of an entry's question (also its button label).
pub fn question_id(id: &str) -> String {
    format!("faq-{id}-q")
}

/// Message id of an entry's answer.
pub fn answer_id(id: &str) -> String {
    format!("faq-{id}-a")
}

/// Message id of an entry's matcher keys.
pub fn keys_id(id: &str) -> String {
    format!("faq-{id}-keys")
}

/// An entry's question in `lang` (falling back per message to English).
pub fn question(lang: Lang, id: &str) -> String {
    localizer().text(lang, &question_id(id))
}

/// An entry's answer in `lang` (falling back per message to English).
pub fn answer(lang: Lang, id: &str) -> String {
    localizer().text(lang, &answer_id(id))
}

/// Loads the model now rather than on the first question (call it at start-up).
pub fn prepare() {
    let _ = model();
}

/// The labels of the model beyond the FAQ ids (corpus/faq/INTENTS.md).
pub const OTHER_LABELS: &[&str] = &["_greeting", "_thanks", "_ack", "_bye", "_offtopic"];

/// Every label the model knows: the FAQ ids, then [`OTHER_LABELS`].
pub fn all_labels() -> Vec<String> {
    FAQ_IDS.iter().chain(OTHER_LABELS).map(|s| (*s).to_owned()).collect()
}

/// A message that is small talk rather than a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmallTalk {
    Greeting,
    Thanks,
    Ack,
    Bye,
}

impl SmallTalk {
    pub fn name(self) -> &'static str {
        match self {
            SmallTalk::Greeting => "greeting",
            SmallTalk::Thanks => "thanks",
            SmallTalk::Ack => "ack",
            SmallTalk::Bye => "bye",
        }
    }

    fn of_label(label: &str) -> Option<SmallTalk> {
        Some(match label {
            "_greeting" => SmallTalk::Greeting,
            "_thanks" => SmallTalk::Thanks,
            "_ack" => SmallTalk::Ack,
            "_bye" => SmallTalk::Bye,
            _ => return None,
        })
    }
}

/// The model the bot uses, trained by `cargo run --example faq-eval -- train`.
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(include_bytes!("faq/model.bin")).expect("the committed FAQ model reads")
    })
}

/// The result of matching one free-text message.
#[derive(Debug, Clone, PartialEq)]
pub struct FaqMatch {
    /// The likeliest FAQ entry, whether or not it is certain enough to answer with.
    pub id: Option<&'static str>,
    /// Its calibrated probability (0..1).
    pub score: f32,
    /// Whether the bot should answer with `id`.
    pub confident: bool,
    /// The entries to answer, main question first (at most three; empty unless `confident`).
    pub answers: Vec<&'static str>,
    /// The next likeliest entries after the best one, best first, with their probabilities.
    pub alternatives: Vec<(&'static str, f32)>,
    /// When unsure: the two or three likeliest entries to offer as "did you mean" buttons.
    /// Empty when the bot answers, when the message is small talk, and when nothing fits.
    pub suggestions: Vec<&'static str>,
    /// Greetings, thanks, "ok" and goodbyes (never set together with an answer).
    pub smalltalk: Option<SmallTalk>,
    /// The language the message is written in (or the caller's fallback when it does not tell).
    pub lang: Lang,
}

impl FaqMatch {
    /// The entry to answer with, only when confident.
    pub fn confident_id(&self) -> Option<&'static str> {
        if self.confident { self.id } else { None }
    }
}

/// Matches free text onto FAQ entries with the committed model. `fallback` is the language to
/// assume when the text does not tell (the user's chosen language). Never panics; long input is
/// cut to its first 1,000 characters.
pub fn match_question(text: &str, fallback: Lang) -> FaqMatch {
    match_with(model(), text, fallback)
}

const MAX_INPUT_CHARS: usize = 1000;
/// Sentences of one message read on their own (the rest only count as part of the whole).
const MAX_SENTENCES: usize = 12;
/// At most this many answers to one message.
const MAX_ANSWERS: usize = 3;
/// A sentence adds a further answer only at this calibrated probability (or the model's answer
/// threshold when that is higher): a side remark in a long story must not get an answer of its
/// own. Fixed before any validation group was scored.
const EXTRA_ANSWER_AT: f32 = 0.8;

struct Read {
    probs: Vec<f32>,
    /// Label indices by probability, best first.
    order: Vec<usize>,
}

impl Read {
    fn of(model: &Model, text: &str) -> Option<Read> {
        let probs = model.probabilities(text)?;
        let mut order: Vec<usize> = (0..probs.len()).collect();
        order.sort_by(|a, b| probs[*b].total_cmp(&probs[*a]).then(a.cmp(b)));
        Some(Read { probs, order })
    }

    /// FAQ entries by probability, best first.
    fn faq(&self) -> impl Iterator<Item = (&'static str, f32)> + '_ {
        self.order.iter().filter_map(|&i| FAQ_IDS.get(i).map(|id| (*id, self.probs[i])))
    }

    fn top_label<'m>(&self, model: &'m Model) -> (&'m str, f32) {
        let i = self.order[0];
        (model.labels[i].as_str(), self.probs[i])
    }
}

/// The sentences of a message (split at sentence ends and line breaks), those with any letters.
fn sentences(text: &str) -> Vec<&str> {
    text.split(['?', '!', '.', ';', '\n', '。', '？', '！', '؟', '؛', '।'])
        .map(str::trim)
        .filter(|s| s.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
        .take(MAX_SENTENCES)
        .collect()
}

/// [`match_question`] with a given model (`faq-eval` scores models it has just trained).
pub fn match_with(model: &Model, text: &str, fallback: Lang) -> FaqMatch {
    let text = truncate_chars(text, MAX_INPUT_CHARS);
    let lang = detect_lang(text, fallback);
    let mut found = FaqMatch {
        id: None,
        score: 0.0,
        confident: false,
        answers: Vec::new(),
        alternatives: Vec::new(),
        suggestions: Vec::new(),
        smalltalk: None,
        lang,
    };
    // The model's labels must be the catalogue's (a stale model would answer with wrong ids).
    if model.labels.len() != FAQ_IDS.len() + OTHER_LABELS.len() {
        return found;
    }
    let Some(whole) = Read::of(model, text) else { return found };
    let mut ranked = whole.faq();
    if let Some((id, p)) = ranked.next() {
        found.id = Some(id);
        found.score = p;
        found.alternatives = ranked.take(3).collect();
    }
    let (top, top_p) = whole.top_label(model);
    // The whole message decides the main question; its sentences may add others.
    let mut answers: Vec<(&'static str, f32)> = Vec::new();
    if found.id.is_some() && found.score >= model.answer_at && Some(top) == found.id {
        answers.push((top_static(top), found.score));
    }
    let parts = sentences(text);
    if parts.len() > 1 {
        let extra_at = EXTRA_ANSWER_AT.max(model.answer_at);
        let mut extra: Vec<(&'static str, f32)> = Vec::new();
        for part in parts {
            let Some(read) = Read::of(model, part) else { continue };
            let (label, p) = read.top_label(model);
            let Some(id) = FAQ_IDS.iter().find(|id| **id == label) else { continue };
            let threshold = if answers.is_empty() { model.answer_at.max(0.6) } else { extra_at };
            if p >= threshold
                && !answers.iter().any(|(a, _)| a == id)
                && !extra.iter().any(|(a, _)| a == id)
            {
                extra.push((id, p));
            }
        }
        if answers.is_empty() {
            // No main question overall: the surest sentence leads.
            extra.sort_by(|a, b| b.1.total_cmp(&a.1));
        }
        answers.extend(extra);
        answers.truncate(MAX_ANSWERS);
    }
    if let Some(&(first, p)) = answers.first() {
        found.confident = true;
        found.id = Some(first);
        found.score = p;
        found.alternatives = whole.faq().filter(|(id, _)| *id != first).take(3).collect();
        found.answers = answers.into_iter().map(|(id, _)| id).collect();
        return found;
    }
    if let Some(talk) = SmallTalk::of_label(top) {
        found.smalltalk = Some(talk);
        return found;
    }
    if top == "_offtopic" && top_p >= model.answer_at {
        return found;
    }
    let mut suggestions: Vec<&'static str> =
        whole.faq().take(3).filter(|(_, p)| *p >= model.button_at).map(|(id, _)| id).collect();
    if suggestions.len() == 1 {
        suggestions.extend(whole.faq().nth(1).map(|(id, _)| id));
    }
    found.suggestions = suggestions;
    found
}

fn top_static(label: &str) -> &'static str {
    FAQ_IDS.iter().find(|id| **id == label).copied().unwrap_or("common_causes")
}

fn round2(v: f32) -> f64 {
    (f64::from(v) * 100.0).round() / 100.0
}

/// The `faq --json` object (docs/contracts.md): the entry in `lang` (or in the message's language when
/// `lang` is `None`) with the next likeliest entries as `alternatives`; `"id": null` when it would
/// not answer (then `alternatives` are the "did you mean" suggestions, if any), plus `"smalltalk"`
/// for greetings, thanks, "ok" and goodbyes. A message with several questions also lists the
/// further answers under `"more"`.
pub fn answer_json(question: &str, lang: Option<Lang>) -> serde_json::Value {
    let found = match_question(question, lang.unwrap_or(Lang::EN));
    let answer_lang = lang.unwrap_or(found.lang);
    let alternatives: Vec<serde_json::Value> = if found.confident {
        found.alternatives.iter().map(|(id, p)| json!({"id": id, "score": round2(*p)})).collect()
    } else {
        let scores = std::iter::once((found.id, found.score))
            .chain(found.alternatives.iter().map(|(id, p)| (Some(*id), *p)));
        found
            .suggestions
            .iter()
            .map(|id| {
                let p = scores.clone().find(|(i, _)| *i == Some(*id)).map_or(0.0, |(_, p)| p);
                json!({"id": id, "score": round2(p)})
            })
            .collect()
    };
    match found.confident_id() {
        Some(id) => {
            let mut v = json!({
                "id": id,
                "lang": answer_lang.tag(),
                "score": round2(found.score),
                "question": self::question(answer_lang, id),
                "answer": self::answer(answer_lang, id),
                "alternatives": alternatives,
            });
            if found.answers.len() > 1 {
                v["more"] = found.answers[1..]
                    .iter()
                    .map(|id| {
                        json!({
                            "id": id,
                            "question": self::question(answer_lang, id),
                            "answer": self::answer(answer_lang, id),
                        })
                    })
                    .collect();
            }
            v
        }
        None => {
            let mut v =
                json!({ "id": null, "lang": answer_lang.tag(), "alternatives": alternatives });
            if let Some(talk) = found.smalltalk {
                v["smalltalk"] = json!(talk.name());
            }
            v
        }
    }
}

fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((byte, _)) => &text[..byte],
        None => text,
    }
}

/// The language `text` is written in, by script first (unambiguous for Chinese, Japanese, Korean,
/// Thai, Arabic, Hindi), then by `whatlang` among our languages of that script. Short or mixed
/// text, where `whatlang` is unsure, gets `fallback`.
pub fn detect_lang(text: &str, fallback: Lang) -> Lang {
    use whatlang::Lang as W;
    let tag = |t: &str| Lang::from_tag(t).unwrap_or(fallback);
    let mut counts = ScriptCounts::default();
    for c in text.chars() {
        counts.add(c);
    }
    if counts.kana > 0 {
        return tag("ja");
    }
    if counts.hangul > 0 {
        return tag("ko");
    }
    if counts.thai > 0 {
        return tag("th");
    }
    if counts.han > 0 && counts.han * 2 >= counts.letters() {
        return if fallback.tag() == "zh-TW" { fallback } else { tag("zh-CN") };
    }
    if counts.arabic * 2 > counts.letters() {
        return tag("ar");
    }
    if counts.devanagari * 2 > counts.letters() {
        return tag("hi");
    }
    let (allow, default) = if counts.cyrillic * 2 > counts.letters() {
        (vec![W::Rus, W::Ukr], "ru")
    } else if counts.latin > 0 {
        (
            vec![
                W::Eng,
                W::Spa,
                W::Por,
                W::Fra,
                W::Deu,
                W::Ita,
                W::Tur,
                W::Vie,
                W::Ind,
                W::Pol,
                W::Nld,
            ],
            "",
        )
    } else {
        return fallback;
    };
    let same_script_fallback = |detected: Option<Lang>| {
        // When unsure, keep the user's language if it is written in this script at all.
        if allow.iter().any(|w| whatlang_to_lang(*w, fallback) == Some(fallback)) {
            fallback
        } else {
            detected.or_else(|| Lang::from_tag(default)).unwrap_or(fallback)
        }
    };
    // One word ("ok", "vpn") says nothing about the language.
    if text.unicode_words().nth(1).is_none() {
        return same_script_fallback(None);
    }
    let words = text.unicode_words().count();
    // Short Latin-script messages: whatlang's trigram statistics are weak there, function words
    // are not.
    if counts.latin > 0
        && words <= 12
        && let Some(tag) = by_function_words(text).and_then(Lang::from_tag)
    {
        return match tag.tag() {
            "pt-BR" if fallback.tag() == "pt" => fallback,
            _ => tag,
        };
    }
    let detector = whatlang::Detector::with_allowlist(allow.clone());
    match detector.detect(text) {
        // whatlang rarely calls a short message reliable; a sentence of three words or more with
        // a modest confidence is right far more often than the fallback would be.
        Some(info)
            if info.is_reliable()
                || info.confidence() >= 0.5
                || (words >= 3 && info.confidence() >= 0.2) =>
        {
            whatlang_to_lang(info.lang(), fallback).unwrap_or(fallback)
        }
        Some(info) => same_script_fallback(whatlang_to_lang(info.lang(), fallback)),
        None => same_script_fallback(None),
    }
}

/// `whatlang`'s language onto ours. Portuguese is Brazilian unless the user chose European
/// Portuguese (Brazil has by far the most Portuguese-speaking users).
fn whatlang_to_lang(w: whatlang::Lang, fallback: Lang) -> Option<Lang> {
    use whatlang::Lang as W;
    let tag = match w {
        W::Eng => "en",
        W::Rus => "ru",
        W::Ukr => "uk",
        W::Spa => "es",
        W::Por if fallback.tag() == "pt" => "pt",
        W::Por => "pt-BR",
        W::Fra => "fr",
        W::Deu => "de",
        W::Ita => "it",
        W::Tur => "tr",
        W::Vie => "vi",
        W::Ind => "id",
        W::Cmn if fallback.tag() == "zh-TW" => "zh-TW",
        W::Cmn => "zh-CN",
        W::Ara => "ar",
        W::Pol => "pl",
        W::Nld => "nl",
        W::Jpn => "ja",
        W::Kor => "ko",
        W::Tha => "th",
        W::Hin => "hi",
        _ => return None,
    };
    Lang::from_tag(tag)
}

#[derive(Default)]
struct ScriptCounts {
    latin: usize,
    cyrillic: usize,
    arabic: usize,
    devanagari: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    thai: usize,
    other: usize,
}

impl ScriptCounts {
    fn add(&mut self, c: char) {
        if !c.is_alphabetic() {
            return;
        }
        match c as u32 {
            0x0041..=0x024F | 0x1E00..=0x1EFF => self.latin += 1,
            0x0400..=0x04FF => self.cyrillic += 1,
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                self.arabic += 1
            }
            0x0900..=0x097F => self.devanagari += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => self.han += 1,
            0x3040..=0x30FF => self.kana += 1,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => self.hangul += 1,
            0x0E00..=0x0E7F => self.thai += 1,
            _ => self.other += 1,
        }
    }

    fn letters(&self) -> usize {
        self.latin
            + self.cyrillic
            + self.arabic
            + self.devanagari
            + self.han
            + self.kana
            + self.hangul
            + self.thai
            + self.other
    }
}

/// Very common short words of each Latin-script language: a short message that uses them is in
/// that language whatever `whatlang` makes of its rarer words ("Will multiple quick resubmissions
/// help?" is English, not French). A word shared by several lists counts for none.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "is", "my", "i", "will", "can", "how", "why", "what", "does", "do", "it", "to",
            "of", "and", "you", "help", "long", "with", "after", "when", "not", "was", "it's",
            "im", "i'm", "dont", "don't", "this", "still", "again", "should", "did", "me", "have",
            "get",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "mi", "es", "por", "qué", "que", "cómo", "como", "puedo",
            "para", "una", "pero", "con", "cuánto", "tarda", "sigue", "otra", "vez", "tengo", "ya",
            "del", "hay",
        ],
    ),
    (
        "pt-BR",
        &[
            "o", "os", "meu", "minha", "é", "por", "que", "quê", "como", "posso", "para", "uma",
            "mas", "com", "quanto", "demora", "ainda", "não", "nao", "tenho", "já", "do", "da",
            "foi", "tem", "vez", "você", "voce",
        ],
    ),
    (
        "fr",
        &[
            "le", "les", "mon", "ma", "mes", "est", "pourquoi", "comment", "je", "peux", "pour",
            "une", "mais", "avec", "combien", "toujours", "encore", "pas", "j'ai", "ai", "du",
            "des", "c'est", "vous", "ne",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "mein", "meine", "ist", "warum", "wie", "ich", "kann", "für",
            "eine", "aber", "mit", "lange", "noch", "nicht", "immer", "habe", "wurde", "mich",
            "wieso", "dauert", "schon", "und",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "gli", "mio", "mia", "è", "perché", "perche", "come", "posso", "per",
            "una", "ma", "con", "quanto", "ancora", "non", "ho", "della", "sono", "stato", "stata",
            "di", "che",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "neden", "nasıl", "nasil", "ne", "kadar", "mi", "mı", "mu", "mü",
            "ben", "benim", "hala", "hâlâ", "için", "icin", "ama", "çok", "değil", "degil", "yok",
            "var",
        ],
    ),
    (
        "vi",
        &[
            "tôi", "toi", "của", "là", "không", "khong", "tại", "sao", "bao", "lâu", "được",
            "duoc", "bị", "bi", "có", "co", "và", "mình", "vẫn", "lại", "làm", "gì",
        ],
    ),
    (
        "id",
        &[
            "saya",
            "aku",
            "kenapa",
            "mengapa",
            "bagaimana",
            "apa",
            "tidak",
            "gak",
            "nggak",
            "yang",
            "dan",
            "untuk",
            "sudah",
            "udah",
            "masih",
            "berapa",
            "lama",
            "bisa",
            "ini",
            "itu",
            "dengan",
            "sih",
            "ya",
            "kok",
        ],
    ),
    (
        "pl",
        &[
            "i", "jest", "mój", "moja", "dlaczego", "jak", "czy", "nie", "się", "sie", "ile",
            "mogę", "moge", "ale", "już", "juz", "nadal", "co", "na", "to", "mnie", "trwa",
            "jeszcze",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "mijn", "is", "waarom", "hoe", "ik", "kan", "voor", "maar", "met",
            "lang", "nog", "niet", "steeds", "heb", "wordt", "duurt", "en", "wat", "al",
        ],
    ),
];

/// The Latin-script language whose function words `text` uses most, when one clearly does.
fn by_function_words(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower.unicode_words().collect();
    let mut best: (usize, Option<&'static str>) = (0, None);
    let mut tie = false;
    for (tag, list) in FUNCTION_WORDS {
        let hits = words
            .iter()
            .filter(|w| {
                list.contains(w)
                    && FUNCTION_WORDS.iter().filter(|(_, l)| l.contains(w)).count() == 1
            })
            .count();
        if hits > best.0 {
            best = (hits, Some(tag));
            tie = false;
        } else if hits == best.0 && hits > 0 {
            tie = true;
        }
    }
    if tie { None } else { best.1 }
}

#[cfg(test)]
mod tests;
