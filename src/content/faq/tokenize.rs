//! Turns text into index terms, per language: Unicode words, Snowball stems where
//! `rust-stemmers` has the language, character bigrams for scripts written without spaces, a few
//! chat synonyms, and function words dropped. The same analyzer runs over the FAQ keys and over a
//! question, so whatever it does to one it does to the other.

use std::collections::HashSet;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::content::Lang;

/// One analysed word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The terms this word stands for (its stem with and without accents; a single term for
    /// bigrams). The first one is the canonical form.
    pub terms: Vec<String>,
    /// Length of the word as written, in characters (typo tolerance only applies to long words).
    pub chars: usize,
    /// A character bigram of a script without spaces: no word bigrams and no typo matching.
    pub is_bigram: bool,
}

/// The language-independent first half of analysis: the text normalised (NFKC, lower case), its
/// words with synonyms folded and function words and long numbers dropped, and the character
/// bigrams of scripts without spaces.
pub struct Words {
    words: Vec<Word>,
    bigrams: Vec<Token>,
}

struct Word {
    word: String,
    /// `word` without accents.
    unmarked: String,
    chars: usize,
}

impl Words {
    pub fn of(text: &str) -> Words {
        let normalized: String = text.nfkc().flat_map(char::to_lowercase).collect();
        let (rest, bigrams) = split_off_bigram_scripts(&normalized);
        let mut words = Vec::new();
        for word in rest.unicode_words() {
            let word = canonical_synonym(word);
            let unmarked = strip_marks(word);
            if is_stopword(word) || is_stopword(&unmarked) {
                continue;
            }
            if word.chars().all(|c| c.is_ascii_digit()) && word.len() > 4 {
                continue; // long numbers (amounts, ids) carry no topic
            }
            words.push(Word { word: word.to_owned(), unmarked, chars: word.chars().count() });
        }
        Words { words, bigrams }
    }
}

impl Words {
    /// The scripts the words are written in (see `script_bits`).
    pub fn scripts(&self) -> u32 {
        let words = self.words.iter().flat_map(|w| [w.word.as_str(), w.unmarked.as_str()]);
        let bigrams = self.bigrams.iter().flat_map(|t| t.terms.iter().map(String::as_str));
        words.chain(bigrams).fold(0, |bits, w| bits | script_bits(w))
    }
}

/// One bit per script (Latin, Greek, Cyrillic, Arabic, Devanagari, Thai, CJK and kana, Hangul,
/// digits, anything else) that occurs in `text`. Stemming and accent stripping never change a
/// letter's script, so a question and a vocabulary without a script in common share no term.
pub fn script_bits(text: &str) -> u32 {
    text.chars().fold(0, |bits, c| {
        bits | 1
            << match c as u32 {
                0x30..=0x39 => 0,
                0x41..=0x24F | 0x1E00..=0x1EFF => 1,
                0x370..=0x3FF => 2,
                0x400..=0x52F => 3,
                0x600..=0x6FF => 4,
                0x900..=0x97F => 5,
                0xE00..=0xE7F => 6,
                0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => 7,
                0xAC00..=0xD7AF | 0x1100..=0x11FF => 8,
                _ => 9,
            }
    })
}

/// How one locale's text is analysed.
pub struct Analyzer {
    stemmer: Option<Stemmer>,
    /// Stems of the function words, so inflected forms ("большое" next to "больше") drop too.
    stop_stems: HashSet<String>,
    /// For inflected languages without a Snowball stemmer: keep this many leading characters.
    truncate: Option<usize>,
}

impl Analyzer {
    pub fn for_lang(lang: Lang) -> Analyzer {
        let algorithm = match lang.tag() {
            "en" => Some(Algorithm::English),
            "ru" => Some(Algorithm::Russian),
            "es" => Some(Algorithm::Spanish),
            "pt" | "pt-BR" => Some(Algorithm::Portuguese),
            "fr" => Some(Algorithm::French),
            "de" => Some(Algorithm::German),
            "it" => Some(Algorithm::Italian),
            "tr" => Some(Algorithm::Turkish),
            "ar" => Some(Algorithm::Arabic),
            "nl" => Some(Algorithm::Dutch),
            _ => None,
        };
        // Ukrainian and Polish inflect heavily and have no stemmer here: a fixed prefix is a
        // crude but well-known substitute.
        let truncate = matches!(lang.tag(), "uk" | "pl").then_some(6);
        let stemmer = algorithm.map(Stemmer::create);
        let stop_stems = match &stemmer {
            // Only stems of at least three letters: shorter ones would catch content words.
            Some(stemmer) => STOPWORDS
                .iter()
                .map(|w| stemmer.stem(w).into_owned())
                .filter(|stem| stem.chars().count() >= 3)
                .collect(),
            None => HashSet::new(),
        };
        Analyzer { stemmer, stop_stems, truncate }
    }

    /// The tokens of `text`, in order, without function words.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        self.tokens_of(&Words::of(text))
    }

    /// The tokens of text already split into `words` (which is the same for every language, so a
    /// question scored in every locale is split only once).
    pub fn tokens_of(&self, words: &Words) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(words.words.len() + words.bigrams.len());
        for word in &words.words {
            let stem = self.stem(&word.word);
            if self.stop_stems.contains(&stem) {
                continue;
            }
            let mut terms = Vec::with_capacity(2);
            let unmarked_stem =
                if word.unmarked == word.word { stem.clone() } else { self.stem(&word.unmarked) };
            for term in [strip_marks(&stem), unmarked_stem] {
                if !term.is_empty() && !terms.contains(&term) {
                    terms.push(term);
                }
            }
            if !terms.is_empty() {
                tokens.push(Token { terms, chars: word.chars, is_bigram: false });
            }
        }
        tokens.extend(words.bigrams.iter().cloned());
        tokens
    }

    fn stem(&self, word: &str) -> String {
        let stemmed = match &self.stemmer {
            Some(stemmer) => stemmer.stem(word).into_owned(),
            None => word.to_owned(),
        };
        match self.truncate {
            Some(n) => stemmed.chars().take(n).collect(),
            None => stemmed,
        }
    }
}

/// Scripts written without spaces between words (Chinese, Japanese, Thai) and Korean, whose
/// particles stick to words: overlapping character pairs stand in for words.
fn is_bigram_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x0E00..=0x0E7F    // Thai
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0x1100..=0x11FF    // Hangul Jamo
    )
}

/// Pulls runs of bigram scripts out as bigram tokens; returns the remaining text (those runs
/// replaced by spaces) for ordinary word splitting.
fn split_off_bigram_scripts(text: &str) -> (String, Vec<Token>) {
    let mut rest = String::with_capacity(text.len());
    let mut tokens = Vec::new();
    let mut run: Vec<char> = Vec::new();
    let flush = |run: &mut Vec<char>, tokens: &mut Vec<Token>| {
        // Thai vowel and tone marks sit in the Thai block, so they stay in the run and pair up
        // like any other character.
        let chars: Vec<char> = std::mem::take(run);
        match chars.as_slice() {
            [] => {}
            [single] => {
                tokens.push(Token { terms: vec![single.to_string()], chars: 1, is_bigram: true })
            }
            _ => {
                for pair in chars.windows(2) {
                    tokens.push(Token {
                        terms: vec![pair.iter().collect()],
                        chars: 2,
                        is_bigram: true,
                    });
                }
            }
        }
    };
    for c in text.chars() {
        if is_bigram_script(c) {
            run.push(c);
            rest.push(' ');
        } else {
            flush(&mut run, &mut tokens);
            rest.push(c);
        }
    }
    flush(&mut run, &mut tokens);
    (rest, tokens)
}

/// Removes accents and other optional combining marks of Latin, Cyrillic, Greek and Arabic
/// (people often type "verificacion", "ещё" as "еще", Arabic without short vowels); Indic and
/// Thai marks are letters, not decoration, so they stay.
pub fn strip_marks(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned(); // nothing to strip, and most words are
    }
    word.nfd()
        .filter(|c| !matches!(*c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670))
        .map(|c| if c == 'ı' { 'i' } else { c })
        .nfc()
        .collect()
}

/// Chat spellings and near-synonyms folded onto one word, so "pic" finds "photo". Kept small and
/// general: the per-locale FAQ keys carry the real vocabulary.
fn canonical_synonym(word: &str) -> &str {
    match word {
        "pic" | "pics" | "picture" | "pictures" | "image" | "images" | "img" | "foto" | "fotos"
        | "photos" => "photo",
        "selfi" | "selfy" | "selfies" => "selfie",
        "passports" | "pasport" | "passpord" => "passport",
        "docs" | "doc" | "documents" => "document",
        "verify" | "verified" | "verifying" | "verif" | "verfication" | "verifaction" => {
            "verification"
        }
        "фотка"
        | "фотку"
        | "фотки"
        | "фоткать"
        | "фотографию"
        | "фотография"
        | "фотографии"
        | "фотографий"
        | "снимок"
        | "снимке" => "фото",
        "верифа"
        | "верифу"
        | "верификацию"
        | "верификации"
        | "верифицироваться"
        | "кус"
        | "кайк" => "верификация",
        "паспорта" | "паспорте" | "паспортом" => "паспорт",
        _ => word,
    }
}

/// Function words and chat fillers of the supported languages (one shared list: a question can mix
/// languages, and a function word of one language never names an FAQ topic in another). Greetings
/// and thanks are here too, so "hello" or "спасибо" leaves nothing to match.
fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

/// Sorted (checked by a test) so lookups can binary-search.
const STOPWORDS: &[&str] = &[
    "a",
    "aber",
    "about",
    "above",
    "acaso",
    "ada",
    "adalah",
    "ah",
    "ai",
    "akan",
    "aku",
    "al",
    "ale",
    "all",
    "also",
    "am",
    "ama",
    "an",
    "anche",
    "and",
    "anda",
    "anh",
    "any",
    "apa",
    "are",
    "as",
    "at",
    "atau",
    "au",
    "auch",
    "auf",
    "aussi",
    "aux",
    "avec",
    "avez",
    "bagaimana",
    "bardzo",
    "be",
    "because",
    "bedankt",
    "been",
    "bei",
    "below",
    "bem",
    "ben",
    "benim",
    "bez",
    "bin",
    "bir",
    "bisa",
    "bitte",
    "biz",
    "bonjour",
    "bro",
    "bu",
    "but",
    "by",
    "być",
    "bạn",
    "can",
    "ce",
    "ces",
    "cet",
    "cette",
    "che",
    "cho",
    "chào",
    "chị",
    "ciao",
    "com",
    "comment",
    "como",
    "con",
    "could",
    "cuando",
    "cuándo",
    "cześć",
    "có",
    "cómo",
    "cũng",
    "cảm",
    "của",
    "da",
    "dan",
    "danke",
    "dans",
    "dari",
    "das",
    "de",
    "dei",
    "dein",
    "deine",
    "del",
    "della",
    "dem",
    "den",
    "dengan",
    "der",
    "des",
    "di",
    "dia",
    "did",
    "didn",
    "didnt",
    "die",
    "dimana",
    "dla",
    "dlaczego",
    "do",
    "does",
    "doesn",
    "doesnt",
    "doing",
    "don",
    "donde",
    "dont",
    "dos",
    "dove",
    "du",
    "dzięki",
    "dziękuję",
    "déjà",
    "dónde",
    "e",
    "each",
    "een",
    "ein",
    "eine",
    "einem",
    "einen",
    "el",
    "ela",
    "ele",
    "eles",
    "ella",
    "elle",
    "elles",
    "ellos",
    "em",
    "en",
    "er",
    "era",
    "es",
    "esa",
    "ese",
    "eso",
    "essa",
    "esse",
    "est",
    "esta",
    "estar",
    "este",
    "esto",
    "estou",
    "estoy",
    "está",
    "están",
    "et",
    "eu",
    "favor",
    "few",
    "foi",
    "for",
    "from",
    "fue",
    "further",
    "für",
    "gan",
    "gdzie",
    "get",
    "gibi",
    "gimana",
    "già",
    "gli",
    "got",
    "gracias",
    "grazie",
    "ha",
    "habe",
    "had",
    "hai",
    "hallo",
    "halo",
    "has",
    "have",
    "hay",
    "he",
    "he's",
    "heb",
    "heeft",
    "heel",
    "hello",
    "here",
    "het",
    "hey",
    "hi",
    "hii",
    "hij",
    "ho",
    "hoe",
    "hola",
    "how",
    "hoặc",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "ich",
    "if",
    "ihr",
    "ik",
    "il",
    "ile",
    "ils",
    "im",
    "in",
    "ini",
    "into",
    "io",
    "is",
    "isn",
    "isnt",
    "isso",
    "ist",
    "isto",
    "it",
    "it's",
    "its",
    "itu",
    "için",
    "ja",
    "jak",
    "je",
    "jest",
    "jij",
    "jouw",
    "juga",
    "jullie",
    "just",
    "już",
    "já",
    "kak",
    "kami",
    "kamu",
    "kan",
    "kann",
    "kapan",
    "kasih",
    "ke",
    "kenapa",
    "kiedy",
    "kita",
    "know",
    "kunnen",
    "können",
    "la",
    "las",
    "le",
    "lei",
    "les",
    "lhe",
    "like",
    "lo",
    "loro",
    "los",
    "lub",
    "lui",
    "là",
    "lütfen",
    "ma",
    "maar",
    "mais",
    "mam",
    "mas",
    "me",
    "mein",
    "meine",
    "mengapa",
    "merci",
    "mereka",
    "merhaba",
    "mes",
    "met",
    "meu",
    "meus",
    "mi",
    "mia",
    "miei",
    "mijn",
    "min",
    "minha",
    "minhas",
    "mio",
    "mis",
    "mit",
    "mogę",
    "moja",
    "moje",
    "molto",
    "mon",
    "more",
    "most",
    "może",
    "mu",
    "muito",
    "muy",
    "my",
    "mà",
    "mój",
    "mü",
    "mı",
    "na",
    "nas",
    "nasıl",
    "ne",
    "neden",
    "nhưng",
    "ni",
    "niye",
    "no",
    "noi",
    "nor",
    "nos",
    "nosotros",
    "nous",
    "now",
    "này",
    "não",
    "nós",
    "o",
    "obrigada",
    "obrigado",
    "oder",
    "of",
    "oh",
    "ohne",
    "oi",
    "ok",
    "okay",
    "okx",
    "olá",
    "on",
    "ona",
    "onde",
    "oni",
    "onlar",
    "only",
    "ook",
    "op",
    "or",
    "os",
    "other",
    "ou",
    "oui",
    "our",
    "own",
    "où",
    "pada",
    "par",
    "para",
    "pas",
    "per",
    "perché",
    "pero",
    "peut",
    "peux",
    "please",
    "pls",
    "plz",
    "pode",
    "por",
    "porque",
    "posso",
    "pour",
    "pourquoi",
    "proszę",
    "puede",
    "puedo",
    "può",
    "quand",
    "quando",
    "que",
    "qui",
    "quoi",
    "qué",
    "really",
    "rất",
    "sa",
    "said",
    "same",
    "sans",
    "say",
    "saya",
    "says",
    "schon",
    "se",
    "sehr",
    "sei",
    "sein",
    "seine",
    "sem",
    "sen",
    "senin",
    "ser",
    "ses",
    "seu",
    "she",
    "she's",
    "should",
    "si",
    "sie",
    "sim",
    "sin",
    "sind",
    "siz",
    "so",
    "some",
    "son",
    "sono",
    "sont",
    "su",
    "sua",
    "such",
    "sudah",
    "suis",
    "suo",
    "sur",
    "sus",
    "são",
    "sì",
    "sí",
    "są",
    "ta",
    "también",
    "também",
    "tapi",
    "te",
    "tell",
    "tem",
    "tengo",
    "tenho",
    "terima",
    "tes",
    "tetapi",
    "teşekkürler",
    "też",
    "than",
    "thank",
    "thanks",
    "that",
    "that's",
    "the",
    "their",
    "them",
    "then",
    "there",
    "there's",
    "these",
    "they",
    "they're",
    "this",
    "thx",
    "thì",
    "ti",
    "tiene",
    "tienen",
    "to",
    "tolong",
    "ton",
    "too",
    "trong",
    "très",
    "tu",
    "tua",
    "tudo",
    "tuo",
    "tus",
    "twój",
    "ty",
    "tôi",
    "u",
    "ue",
    "um",
    "uma",
    "un",
    "una",
    "unas",
    "und",
    "une",
    "uno",
    "unos",
    "until",
    "untuk",
    "up",
    "van",
    "vc",
    "ve",
    "very",
    "veya",
    "voce",
    "você",
    "voi",
    "von",
    "voor",
    "vous",
    "và",
    "với",
    "waar",
    "waarom",
    "wann",
    "wanneer",
    "warum",
    "was",
    "we",
    "were",
    "what",
    "what's",
    "whats",
    "when",
    "where",
    "which",
    "while",
    "who",
    "why",
    "wie",
    "wij",
    "will",
    "wir",
    "with",
    "wo",
    "would",
    "wy",
    "xin",
    "y",
    "ya",
    "yang",
    "yes",
    "yo",
    "you",
    "you're",
    "your",
    "yours",
    "zij",
    "zijn",
    "zonder",
    "zu",
    "çok",
    "é",
    "él",
    "était",
    "être",
    "đã",
    "đó",
    "được",
    "şu",
    "że",
    "ơn",
    "а",
    "без",
    "блин",
    "более",
    "больше",
    "бы",
    "был",
    "была",
    "были",
    "было",
    "быть",
    "в",
    "вам",
    "вас",
    "ваш",
    "во",
    "вообще",
    "вот",
    "все",
    "всегда",
    "всего",
    "всех",
    "всю",
    "всё",
    "всё-таки",
    "вы",
    "где",
    "да",
    "даже",
    "для",
    "до",
    "его",
    "ее",
    "если",
    "есть",
    "еще",
    "ещё",
    "её",
    "же",
    "за",
    "зачем",
    "здесь",
    "и",
    "из",
    "или",
    "им",
    "иногда",
    "их",
    "к",
    "как",
    "какая",
    "какие",
    "какой",
    "ко",
    "когда",
    "короче",
    "кто",
    "куда",
    "ли",
    "либо",
    "между",
    "меня",
    "мне",
    "много",
    "может",
    "можно",
    "мой",
    "мою",
    "моя",
    "мы",
    "на",
    "над",
    "надо",
    "нас",
    "не",
    "него",
    "нее",
    "нет",
    "ни",
    "нибудь",
    "ним",
    "них",
    "ничего",
    "но",
    "ну",
    "нужно",
    "о",
    "об",
    "один",
    "ок",
    "окей",
    "окх",
    "он",
    "она",
    "они",
    "от",
    "очень",
    "перед",
    "по",
    "под",
    "пожалуйста",
    "после",
    "потом",
    "потому",
    "почти",
    "при",
    "привет",
    "про",
    "просто",
    "разве",
    "с",
    "сам",
    "свою",
    "себе",
    "себя",
    "сейчас",
    "со",
    "совсем",
    "спасибо",
    "так",
    "такой",
    "там",
    "тебя",
    "тем",
    "теперь",
    "типа",
    "то",
    "тогда",
    "того",
    "тоже",
    "только",
    "том",
    "тот",
    "тут",
    "ты",
    "у",
    "уж",
    "уже",
    "хорошо",
    "хоть",
    "чего",
    "чей",
    "чем",
    "через",
    "что",
    "чтоб",
    "чтобы",
    "чуть",
    "эти",
    "это",
    "этого",
    "этой",
    "этом",
    "этот",
    "эту",
    "я",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        let mut given = STOPWORDS.to_vec();
        given.dedup();
        assert_eq!(given, sorted);
    }

    #[test]
    fn stems_and_folds_accents() {
        let es = Analyzer::for_lang(Lang::from_tag("es").unwrap());
        let a = es.tokens("verificación");
        let b = es.tokens("verificacion");
        assert!(a[0].terms.iter().any(|t| b[0].terms.contains(t)), "{a:?} {b:?}");
        let ru = Analyzer::for_lang(Lang::from_tag("ru").unwrap());
        assert_eq!(ru.tokens("фотографии")[0].terms, ru.tokens("фото")[0].terms);
    }

    #[test]
    fn chinese_becomes_bigrams() {
        let zh = Analyzer::for_lang(Lang::from_tag("zh-CN").unwrap());
        let terms: Vec<String> = zh.tokens("照片模糊").into_iter().flat_map(|t| t.terms).collect();
        assert_eq!(terms, ["照片", "片模", "模糊"]);
    }

    #[test]
    fn fillers_leave_nothing() {
        let en = Analyzer::for_lang(Lang::EN);
        assert!(en.tokens("ok thanks!").is_empty());
        assert!(en.tokens("").is_empty());
    }
}
