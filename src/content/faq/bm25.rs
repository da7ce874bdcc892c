//! The baseline matcher: BM25 over every locale's FAQ questions and keys.
//!
//! Every locale's `faq-<id>-q` and `faq-<id>-keys` are analysed with that locale's analyzer (see
//! [`super::tokenize`]) into one BM25 document per (FAQ id, locale). A question is analysed with
//! each indexed locale's analyzer and scored against that locale's documents; matches through keys
//! of a language that is neither the question's, the user's nor English are discounted. Words not
//! in the vocabulary get one typo-tolerant second chance. Entries are ranked by BM25 × coverage;
//! confidence needs coverage, a margin over the runner-up, and a minimum of evidence. Thresholds
//! were chosen on tests/data/faq-dev.tsv. The bot answers with the trained model
//! ([`super::model`]); this matcher stays as the baseline `faq-eval` compares against.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tokenize::{self, Analyzer, Token, Words};
use super::{FAQ_IDS, detect_lang, keys_id, question_id};
use crate::content::{Lang, localizer};

/// Builds the index now rather than on first use.
pub fn prepare() {
    let _ = index();
}

/// The result of matching one free-text question.
#[derive(Debug, Clone, PartialEq)]
pub struct Bm25Match {
    /// The best entry, when anything matched at all (see `confident` before answering with it).
    pub id: Option<&'static str>,
    /// 0..1: how well the best entry explains the question and how clearly it beats the others.
    pub score: f32,
    /// Whether the bot should answer with `id` rather than show the FAQ menu.
    pub confident: bool,
    /// The language the question is written in (or the caller's fallback when the text is too
    /// short or mixed to tell).
    pub lang: Lang,
    /// Up to three entries, best first, with their scores (for "did you mean" buttons).
    pub ranked: Vec<(&'static str, f32)>,
    /// Why: the share of the question's weight the best entry explains (0..1), how far it is
    /// ahead of the runner-up (0..1), and its BM25 score (the evidence).
    pub coverage: f32,
    pub margin: f32,
    pub evidence: f32,
    /// The locale whose question and keys matched the best entry.
    pub matched_in: Option<Lang>,
}

impl Bm25Match {
    /// The entry to answer with, only when confident.
    pub fn confident_id(&self) -> Option<&'static str> {
        if self.confident { self.id } else { None }
    }
}

/// Matches free text onto an FAQ entry. `fallback` is the language to assume when the text does
/// not tell (the user's chosen language). Never panics; long input is cut to its first 1,000
/// characters.
pub fn match_question(text: &str, fallback: Lang) -> Bm25Match {
    let text = truncate_chars(text, MAX_INPUT_CHARS);
    let lang = detect_lang(text, fallback);
    let index = index();

    // Keys of the question's language, the user's language and English (whose words turn up in
    // every language) are trusted fully; another language's keys matching is likelier a false
    // friend ("documents" is French too).
    let mut trusted = lang.fallback_chain();
    trusted.extend(fallback.fallback_chain());
    // A message may hold several questions: score the whole text and each sentence, keep the best.
    let mut best = index.score(text, &trusted);
    let sentences: Vec<&str> = text
        .split(['?', '!', '.', ';', '\n', '。', '？', '！', '؟', '؛'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect();
    if sentences.len() > 1 {
        for sentence in sentences.into_iter().take(MAX_SENTENCES) {
            let candidate = index.score(sentence, &trusted);
            // A confident reading beats an unconfident one; then the higher score wins.
            if (candidate.is_confident(), candidate.score) > (best.is_confident(), best.score) {
                best = candidate;
            }
        }
    }
    let confident = best.is_confident();
    Bm25Match {
        id: best.ranked.first().map(|(id, _)| *id),
        score: best.score,
        confident,
        lang,
        ranked: best.ranked,
        coverage: best.coverage,
        margin: best.margin,
        evidence: best.evidence,
        matched_in: best.matched_in,
    }
}

// Tuning. Chosen on the whole dev set (tests/data/faq-dev.tsv) as global thresholds, never per
// sentence; see examples/faq-eval.rs.
const MAX_INPUT_CHARS: usize = 1000;
const MAX_SENTENCES: usize = 8;
const MAX_QUERY_TOKENS: usize = 60;
/// Unknown words per question and locale that get a typo-tolerant lookup.
const MAX_FUZZY_LOOKUPS: usize = 12;
/// BM25 term-frequency saturation and length normalisation. Keys documents are bags of phrases of
/// very different lengths, so length matters only a little.
const K1: f32 = 1.2;
const B: f32 = 0.3;
/// What a word the locale's index has never seen weighs against a match, as a share of the
/// highest IDF (a word no entry uses): "weather" or "bitcoin" in a question means it is probably
/// about something else.
const UNKNOWN_WORD_SHARE: f32 = 0.6;
/// The same for a character bigram (most bigrams of a sentence are not words, so they weigh less).
const UNKNOWN_BIGRAM_SHARE: f32 = 0.15;
/// A pair of neighbouring words found as a pair in the keys adds this much of its IDF on top of
/// the two words themselves (a phrase match is a hint, not a second full match).
const WORD_PAIR_WEIGHT: f32 = 0.5;
/// Matches through another language's keys count this much (see `match_question`).
const OTHER_LOCALE_PRIOR: f32 = 0.6;
/// A typo-corrected word counts this much of an exact one.
const FUZZY_WEIGHT: f32 = 0.8;
/// An answer is confident when the best entry explains at least this share of the question…
const MIN_COVERAGE: f32 = 0.3;
/// …is this far ahead of the runner-up (1 − runner-up / best, by the ranking key)…
const MIN_MARGIN: f32 = 0.15;
/// …and has at least this BM25: a rare word the entry is about (one its keys repeat), or several
/// ordinary ones. A rare word mentioned once in passing ("buy" in "buy a verified account") is not
/// enough on its own.
const MIN_EVIDENCE: f32 = 4.5;

/// One FAQ entry in one locale: its terms with their frequencies.
struct Doc {
    faq: usize,
    tf: HashMap<String, f32>,
    len: f32,
}

/// Everything indexed for one locale.
struct LocaleIndex {
    lang: Lang,
    analyzer: Analyzer,
    docs: Vec<Doc>,
    df: HashMap<String, u32>,
    /// For each term, the documents containing it and its frequency there (an inverted index:
    /// scoring touches only the documents that share a term with the question).
    postings: HashMap<String, Vec<(usize, f32)>>,
    /// The scripts of every indexed term: a question sharing none of them cannot match here.
    scripts: u32,
    avg_len: f32,
    /// Word terms for typo matching, by their length in characters (a typo or two changes the
    /// length by at most that much, so only neighbouring lengths are scanned), sorted.
    vocab_by_len: Vec<Vec<VocabTerm>>,
}

/// A word of the vocabulary with what typo matching needs to skip it cheaply.
struct VocabTerm {
    term: String,
    signature: u64,
}

/// A 64-bit set of the characters of `word` (hashed into 64 buckets). A character whose bucket is
/// set in one word's signature and not in another's occurs only in the first, and each such
/// character takes at least one edit: so the bits one signature has over the other are a lower
/// bound on the edit distance, and most of the vocabulary (every word of another script, most of
/// the same one) is ruled out without computing it. This made typo matching, which had been a
/// third of the bot's CPU under load, several times cheaper with the same results.
fn char_signature(word: &str) -> u64 {
    word.chars().fold(0u64, |bits, c| bits | 1u64 << ((c as u32).wrapping_mul(0x9E37_79B1) >> 26))
}

/// A lower bound on the edit distance of two words from their signatures.
fn signature_distance(a: u64, b: u64) -> usize {
    (a & !b).count_ones().max((b & !a).count_ones()) as usize
}

struct Index {
    locales: Vec<LocaleIndex>,
}

/// A scored question (internal): the ranking plus the numbers confidence is decided on.
struct Scored {
    score: f32,
    matched_in: Option<Lang>,
    coverage: f32,
    margin: f32,
    evidence: f32,
    ranked: Vec<(&'static str, f32)>,
}

impl Scored {
    fn is_confident(&self) -> bool {
        !self.ranked.is_empty()
            && self.coverage >= MIN_COVERAGE
            && self.margin >= MIN_MARGIN
            && self.evidence >= MIN_EVIDENCE
    }
}

/// What one unit of the question resolved to in a locale's vocabulary.
struct Unit {
    /// The indexed term it matches, if any, and how much a match counts.
    term: Option<(String, f32)>,
    /// Its weight in the question's total (for coverage): the term's IDF, or the unknown weight.
    mass: f32,
    /// Word bigrams add ranking signal but do not count towards coverage.
    counts_for_coverage: bool,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(Index::build)
}

impl Index {
    fn build() -> Index {
        let l10n = localizer();
        let mut locales = Vec::new();
        for lang in Lang::all() {
            let analyzer = Analyzer::for_lang(lang);
            let mut docs = Vec::new();
            for (faq, id) in FAQ_IDS.iter().enumerate() {
                // Only what this locale itself defines: falling back to English here would index
                // English text with, say, the Turkish stemmer.
                let mut phrases: Vec<String> = Vec::new();
                if l10n.defines(lang, &question_id(id)) {
                    phrases.push(l10n.text(lang, &question_id(id)));
                }
                if l10n.defines(lang, &keys_id(id)) {
                    phrases.extend(
                        l10n.text(lang, &keys_id(id))
                            .split([',', '，', '、', '،'])
                            .map(str::to_owned),
                    );
                }
                let mut tf: HashMap<String, f32> = HashMap::new();
                let mut len = 0.0;
                for phrase in &phrases {
                    for term in phrase_terms(&analyzer.tokens(phrase)) {
                        *tf.entry(term).or_default() += 1.0;
                        len += 1.0;
                    }
                }
                if !tf.is_empty() {
                    docs.push(Doc { faq, tf, len });
                }
            }
            if docs.is_empty() {
                continue;
            }
            let mut df: HashMap<String, u32> = HashMap::new();
            for doc in &docs {
                for term in doc.tf.keys() {
                    *df.entry(term.clone()).or_default() += 1;
                }
            }
            let avg_len = docs.iter().map(|d| d.len).sum::<f32>() / docs.len() as f32;
            let mut vocab_by_len: Vec<Vec<VocabTerm>> = Vec::new();
            for term in df.keys().filter(|t| !t.contains(' ')) {
                let len = term.chars().count();
                if len < 4 {
                    continue;
                }
                if vocab_by_len.len() <= len {
                    vocab_by_len.resize_with(len + 1, Vec::new);
                }
                vocab_by_len[len]
                    .push(VocabTerm { term: term.clone(), signature: char_signature(term) });
            }
            for bucket in &mut vocab_by_len {
                bucket.sort_by(|a, b| a.term.cmp(&b.term));
            }
            let mut postings: HashMap<String, Vec<(usize, f32)>> = HashMap::new();
            for (i, doc) in docs.iter().enumerate() {
                for (term, tf) in &doc.tf {
                    postings.entry(term.clone()).or_default().push((i, *tf));
                }
            }
            let scripts = df.keys().fold(0, |bits, term| bits | tokenize::script_bits(term));
            locales.push(LocaleIndex {
                lang,
                analyzer,
                docs,
                df,
                postings,
                scripts,
                avg_len,
                vocab_by_len,
            });
        }
        Index { locales }
    }

    /// Scores `text` in every locale and merges: an entry's score is its best in any locale, with
    /// matches in locales outside `trusted` discounted.
    fn score(&self, text: &str, trusted: &[Lang]) -> Scored {
        let mut per_faq: HashMap<usize, (f32, f32, Lang)> = HashMap::new(); // bm25, coverage, locale
        let words = Words::of(text);
        let scripts = words.scripts();
        for locale in self.locales.iter().filter(|l| l.scripts & scripts != 0) {
            let prior = if trusted.contains(&locale.lang) { 1.0 } else { OTHER_LOCALE_PRIOR };
            for (faq, bm25, coverage) in locale.score(&words) {
                let bm25 = bm25 * prior;
                let entry = per_faq.entry(faq).or_insert((0.0, 0.0, locale.lang));
                if bm25 * coverage > entry.0 * entry.1 {
                    *entry = (bm25, coverage, locale.lang);
                }
            }
        }
        // Rank by BM25 weighted with coverage: BM25 alone favours entries whose keys share many
        // common words with the question ("id card"), coverage favours the one that explains its
        // rare, telling words ("glare").
        let mut ranked: Vec<(usize, f32, f32, f32, Lang)> = per_faq
            .into_iter()
            .filter(|(_, v)| v.0 > 0.0)
            .map(|(faq, (bm25, coverage, lang))| (faq, bm25 * coverage, bm25, coverage, lang))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let Some(&(_, top_key, top_bm25, top_coverage, top_lang)) = ranked.first() else {
            return Scored {
                score: 0.0,
                coverage: 0.0,
                margin: 0.0,
                evidence: 0.0,
                matched_in: None,
                ranked: Vec::new(),
            };
        };
        let runner_up = ranked.get(1).map_or(0.0, |r| r.1);
        let margin = if top_key > 0.0 { (1.0 - runner_up / top_key).clamp(0.0, 1.0) } else { 0.0 };
        // The reported score: coverage, discounted when the runner-up is close; for the others
        // their own coverage scaled by how far behind the best they rank.
        let score_of = |key: f32, coverage: f32| {
            let relative = if top_key > 0.0 { key / top_key } else { 0.0 };
            (coverage * (0.5 + 0.5 * margin) * relative.sqrt()).clamp(0.0, 1.0)
        };
        let score = score_of(top_key, top_coverage);
        let ranked = ranked
            .iter()
            .take(3)
            .filter_map(|&(faq, key, _, coverage, _)| {
                FAQ_IDS.get(faq).map(|id| (*id, score_of(key, coverage)))
            })
            .collect();
        Scored {
            score,
            coverage: top_coverage,
            margin,
            evidence: top_bm25,
            matched_in: Some(top_lang),
            ranked,
        }
    }
}

impl LocaleIndex {
    /// (faq index, BM25, coverage 0..1) for every entry that shares a term with the question.
    fn score(&self, words: &Words) -> Vec<(usize, f32, f32)> {
        let mut tokens = self.analyzer.tokens_of(words);
        tokens.truncate(MAX_QUERY_TOKENS);
        let units = self.resolve(&tokens);
        let total_mass: f32 = units.iter().filter(|u| u.counts_for_coverage).map(|u| u.mass).sum();
        if total_mass <= 0.0 {
            return Vec::new();
        }
        let n = self.docs.len() as f32;
        // Per document: BM25 and the matched mass, summed unit by unit in the question's order.
        let mut sums: Vec<(f32, f32)> = Vec::new();
        for unit in &units {
            let Some((term, weight)) = &unit.term else { continue };
            let Some(postings) = self.postings.get(term) else { continue };
            if sums.is_empty() {
                sums = vec![(0.0, 0.0); self.docs.len()];
            }
            let idf = self.idf(term, n);
            for &(i, tf) in postings {
                let doc = &self.docs[i];
                sums[i].0 += weight * idf * tf * (K1 + 1.0)
                    / (tf + K1 * (1.0 - B + B * doc.len / self.avg_len));
                if unit.counts_for_coverage {
                    sums[i].1 += weight * idf;
                }
            }
        }
        sums.iter()
            .zip(&self.docs)
            .filter(|((bm25, _), _)| *bm25 > 0.0)
            .map(|((bm25, matched), doc)| (doc.faq, *bm25, (matched / total_mass).clamp(0.0, 1.0)))
            .collect()
    }

    fn idf(&self, term: &str, n: f32) -> f32 {
        let df = self.df.get(term).copied().unwrap_or(0) as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// Looks each token (and each pair of neighbouring words) up in this locale's vocabulary.
    fn resolve(&self, tokens: &[Token]) -> Vec<Unit> {
        let n = self.docs.len() as f32;
        let mut units = Vec::with_capacity(tokens.len() * 2);
        // Typo matching scans the vocabulary; a budget keeps long gibberish cheap.
        let mut fuzzy_budget = MAX_FUZZY_LOOKUPS;
        for token in tokens {
            let exact =
                token.terms.iter().filter(|t| self.df.contains_key(*t)).max_by(|a, b| {
                    self.idf(a, n).total_cmp(&self.idf(b, n)).then_with(|| b.cmp(a))
                });
            let found = match exact {
                Some(term) => Some((term.clone(), 1.0)),
                None if !token.is_bigram && token.chars >= 5 && fuzzy_budget > 0 => {
                    fuzzy_budget -= 1;
                    self.fuzzy(&token.terms).map(|t| (t, FUZZY_WEIGHT))
                }
                None => None,
            };
            let mass = match &found {
                Some((term, _)) => self.idf(term, n),
                None if token.is_bigram => UNKNOWN_BIGRAM_SHARE * self.idf("", n),
                None => UNKNOWN_WORD_SHARE * self.idf("", n),
            };
            units.push(Unit { term: found, mass, counts_for_coverage: true });
        }
        for pair in tokens.windows(2) {
            let [a, b] = pair else { continue };
            if a.is_bigram || b.is_bigram {
                continue;
            }
            let (Some(ta), Some(tb)) = (a.terms.first(), b.terms.first()) else { continue };
            let term = format!("{ta} {tb}");
            if self.df.contains_key(&term) {
                units.push(Unit {
                    term: Some((term, WORD_PAIR_WEIGHT)),
                    mass: 0.0,
                    counts_for_coverage: false,
                });
            }
        }
        units
    }

    /// The vocabulary term closest to any of `terms` within a typo or two (longer words allow
    /// more), preferring the smaller distance, then the rarer term.
    fn fuzzy(&self, terms: &[String]) -> Option<String> {
        // (distance, which of `terms`, candidate): the smallest wins, so ties go to the earlier
        // term, then to the candidate first in sort order.
        let mut best: Option<(usize, usize, &str)> = None;
        for (which, term) in terms.iter().enumerate() {
            let len = term.chars().count();
            if len < 4 {
                continue;
            }
            let max_distance = if len >= 8 { 2 } else { 1 };
            let signature = char_signature(term);
            let lengths = len.saturating_sub(max_distance)..=len + max_distance;
            for bucket in lengths.filter_map(|l| self.vocab_by_len.get(l)) {
                for candidate in bucket {
                    if signature_distance(signature, candidate.signature) > max_distance {
                        continue;
                    }
                    let distance = strsim::osa_distance(term, &candidate.term);
                    let found = (distance, which, candidate.term.as_str());
                    if distance <= max_distance && best.is_none_or(|b| found < b) {
                        best = Some(found);
                    }
                }
            }
        }
        best.map(|(_, _, t)| t.to_owned())
    }
}

/// The terms one phrase contributes to its document: every variant of every token, plus each pair
/// of neighbouring words (so "face scan" outweighs a lone "scan").
fn phrase_terms(tokens: &[Token]) -> Vec<String> {
    let mut terms: Vec<String> = tokens.iter().flat_map(|t| t.terms.iter().cloned()).collect();
    for pair in tokens.windows(2) {
        let [a, b] = pair else { continue };
        if a.is_bigram || b.is_bigram {
            continue;
        }
        if let (Some(ta), Some(tb)) = (a.terms.first(), b.terms.first()) {
            terms.push(format!("{ta} {tb}"));
        }
    }
    terms
}

fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((byte, _)) => &text[..byte],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The signature filter may only skip words that are truly too far away.
        #[test]
        fn the_signature_bound_never_exceeds_the_edit_distance(a in "[a-fа-еé]{0,10}", b in "[a-fа-еé]{0,10}") {
            let bound = signature_distance(char_signature(&a), char_signature(&b));
            prop_assert!(bound <= strsim::osa_distance(&a, &b));
        }

        #[test]
        fn never_panics(text in ".{0,200}") {
            let m = match_question(&text, Lang::EN);
            prop_assert!((0.0..=1.0).contains(&m.score));
        }
    }

    #[test]
    fn finds_entries_in_english_and_russian() {
        for (question, want) in [
            ("how long does the review take", "review_time"),
            ("фото размытое, что делать", "blurry_photo"),
        ] {
            let m = match_question(question, Lang::EN);
            assert_eq!(m.confident_id(), Some(want), "{question}: {m:?}");
        }
    }
}
