//! The FAQ intent model: a fastText-style linear classifier. A message becomes a bag of hashed
//! features (words, word pairs, character n-grams of every word, character 1–3-grams of scripts
//! written without spaces); its representation is the mean of those features' embeddings, and a
//! softmax layer over it gives one probability per label (the FAQ ids plus the small-talk and
//! off-topic labels of `corpus/faq/INTENTS.md`).
//!
//! The weights are trained by [`train`] (run `cargo run --example faq-eval -- train`, see
//! `training/faq/README.md`), quantised to one signed byte per weight, and committed as
//! `src/content/faq/model.bin`; the build only reads them. Only features seen in training are
//! stored; a feature the model never saw is ignored.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Hash space of the features (collisions between rare features are harmless).
pub const BUCKETS: u32 = 1 << 21;
/// Embedding width.
pub const DIM: usize = 24;
/// Character n-gram lengths over a word written with spaces, `<` and `>` marking its ends.
const MIN_N: usize = 3;
const MAX_N: usize = 5;
/// Input beyond this many characters is ignored (the matcher cuts earlier anyway).
const MAX_CHARS: usize = 1200;

const MAGIC: &[u8; 6] = b"KFAQM1";

/// The trained classifier.
pub struct Model {
    pub labels: Vec<String>,
    /// Calibration: logits are divided by this before the softmax.
    pub temperature: f32,
    /// Decision thresholds on the calibrated probability, chosen on a tuning group
    /// (see `training/faq/README.md`): answer at or above `answer_at`; offer buttons for the
    /// entries at or above `button_at` when unsure.
    pub answer_at: f32,
    pub button_at: f32,
    ids: Vec<u32>,
    scales: Vec<f32>,
    rows: Vec<i8>,
    out: Vec<f32>,
    bias: Vec<f32>,
}

fn fnv(parts: &[&[u8]]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        for b in *part {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    ((h >> 32) ^ h) as u32 % BUCKETS
}

/// Characters of scripts written without spaces between words.
fn is_dense_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // kana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0x0E00..=0x0E7F // Thai
    )
}

/// Latin, Cyrillic and Arabic accents and short vowels dropped (people often leave them out).
fn strip_marks(word: &str) -> String {
    if word.is_ascii() {
        return word.to_owned();
    }
    word.nfd()
        .filter(|c| !matches!(*c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670))
        .map(|c| match c {
            'ı' => 'i',
            'ё' => 'е',
            'ى' => 'ي',
            'ة' => 'ه',
            'أ' | 'إ' | 'آ' => 'ا',
            _ => c,
        })
        .nfc()
        .collect()
}

/// The hashed features of `text`, appended to `out` (with repeats: a feature used twice weighs
/// twice).
pub fn features(text: &str, out: &mut Vec<u32>) {
    let normalized: String = text
        .nfkc()
        .take(MAX_CHARS)
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_ascii_digit() { '0' } else { c })
        .collect();
    // Scripts without spaces: character 1–3-grams of each run, split off from the rest.
    let mut rest = String::with_capacity(normalized.len());
    let mut run: Vec<char> = Vec::new();
    let mut buf = [0u8; 16];
    let flush = |run: &mut Vec<char>, out: &mut Vec<u32>| {
        if run.is_empty() {
            return;
        }
        let mut padded = Vec::with_capacity(run.len() + 2);
        padded.push('<');
        padded.append(run);
        padded.push('>');
        for n in 1..=3 {
            for gram in padded.windows(n) {
                if n == 1 && (gram[0] == '<' || gram[0] == '>') {
                    continue;
                }
                let s: String = gram.iter().collect();
                out.push(fnv(&[b"c", s.as_bytes()]));
            }
        }
    };
    for c in normalized.chars() {
        if is_dense_script(c) {
            run.push(c);
            rest.push(' ');
        } else {
            flush(&mut run, out);
            if !c.is_alphanumeric() && !c.is_whitespace() && !c.is_ascii_punctuation() {
                // Emoji and other symbols ("👍") say something on their own.
                out.push(fnv(&[b"s", c.encode_utf8(&mut buf).as_bytes()]));
                rest.push(' ');
            } else {
                rest.push(c);
            }
        }
    }
    flush(&mut run, out);
    if rest.contains(['?', '？', '؟']) {
        out.push(fnv(&[b"?"]));
    }
    let mut previous: Option<String> = None;
    for word in rest.unicode_words() {
        let plain = strip_marks(word);
        out.push(fnv(&[b"w", plain.as_bytes()]));
        if plain != word {
            out.push(fnv(&[b"w", word.as_bytes()]));
        }
        if let Some(p) = &previous {
            out.push(fnv(&[b"b", p.as_bytes(), plain.as_bytes()]));
        }
        let chars: Vec<char> = std::iter::once('<').chain(plain.chars()).chain(['>']).collect();
        if chars.len() > 3 {
            for n in MIN_N..=MAX_N {
                if n >= chars.len() {
                    break;
                }
                for gram in chars.windows(n) {
                    let s: String = gram.iter().collect();
                    out.push(fnv(&[b"g", s.as_bytes()]));
                }
            }
        }
        previous = Some(plain);
    }
}

impl Model {
    /// Raw logits for `text` (empty when no feature of the text is known to the model).
    pub fn logits(&self, text: &str) -> Option<Vec<f32>> {
        let mut feats = Vec::with_capacity(256);
        features(text, &mut feats);
        let mut hidden = [0f32; DIM];
        let mut known = 0usize;
        // A feature the model never saw counts as a zero vector in the mean (as the rare features
        // dropped in training did): a message made mostly of unknown words gets a weak,
        // unconfident representation instead of the full weight of its one known n-gram.
        let total = feats.len();
        for f in feats {
            if let Ok(i) = self.ids.binary_search(&f) {
                let scale = self.scales[i];
                let row = &self.rows[i * DIM..(i + 1) * DIM];
                for (h, &w) in hidden.iter_mut().zip(row) {
                    *h += f32::from(w) * scale;
                }
                known += 1;
            }
        }
        if known == 0 {
            return None;
        }
        let inv = 1.0 / total as f32;
        let labels = self.labels.len();
        let mut logits = self.bias.clone();
        for (l, logit) in logits.iter_mut().enumerate().take(labels) {
            let w = &self.out[l * DIM..(l + 1) * DIM];
            *logit += w.iter().zip(&hidden).map(|(a, b)| a * b).sum::<f32>() * inv;
        }
        Some(logits)
    }

    /// Calibrated probabilities (softmax of logits / temperature), one per label; `None` when the
    /// model knows no feature of the text.
    pub fn probabilities(&self, text: &str) -> Option<Vec<f32>> {
        self.logits(text).map(|l| softmax(&l, self.temperature))
    }

    pub fn label_index(&self, label: &str) -> Option<usize> {
        self.labels.iter().position(|l| l == label)
    }

    /// Serialises the model (the format [`Model::from_bytes`] reads).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend_from_slice(MAGIC);
        b.extend_from_slice(&(DIM as u32).to_le_bytes());
        b.extend_from_slice(&(self.labels.len() as u32).to_le_bytes());
        for l in &self.labels {
            b.push(l.len() as u8);
            b.extend_from_slice(l.as_bytes());
        }
        for v in [self.temperature, self.answer_at, self.button_at] {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b.extend_from_slice(&(self.ids.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for &id in &self.ids {
            // Sorted ids as LEB128 deltas: a third of the size of plain u32s.
            let mut d = id - last;
            last = id;
            loop {
                let byte = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    b.push(byte);
                    break;
                }
                b.push(byte | 0x80);
            }
        }
        for s in &self.scales {
            b.extend_from_slice(&s.to_le_bytes());
        }
        b.extend(self.rows.iter().map(|&r| r as u8));
        for v in self.out.iter().chain(&self.bias) {
            b.extend_from_slice(&v.to_le_bytes());
        }
        b
    }

    /// Reads a serialised model; `None` when the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(MAGIC.len())? != MAGIC || r.u32()? as usize != DIM {
            return None;
        }
        let nlabels = r.u32()? as usize;
        let mut labels = Vec::with_capacity(nlabels);
        for _ in 0..nlabels {
            let len = usize::from(r.take(1)?[0]);
            labels.push(String::from_utf8(r.take(len)?.to_vec()).ok()?);
        }
        let temperature = r.f32()?;
        let answer_at = r.f32()?;
        let button_at = r.f32()?;
        let nfeat = r.u32()? as usize;
        let mut ids = Vec::with_capacity(nfeat);
        let mut last = 0u32;
        for _ in 0..nfeat {
            let mut d = 0u32;
            let mut shift = 0;
            loop {
                let byte = r.take(1)?[0];
                d |= u32::from(byte & 0x7f) << shift;
                shift += 7;
                if byte & 0x80 == 0 || shift > 28 {
                    break;
                }
            }
            last = last.checked_add(d)?;
            ids.push(last);
        }
        let scales = (0..nfeat).map(|_| r.f32()).collect::<Option<Vec<_>>>()?;
        let rows = r.take(nfeat * DIM)?.iter().map(|&b| b as i8).collect();
        let out = (0..nlabels * DIM).map(|_| r.f32()).collect::<Option<Vec<_>>>()?;
        let bias = (0..nlabels).map(|_| r.f32()).collect::<Option<Vec<_>>>()?;
        Some(Model { labels, temperature, answer_at, button_at, ids, scales, rows, out, bias })
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let s = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(s)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn f32(&mut self) -> Option<f32> {
        Some(f32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

pub fn softmax(logits: &[f32], temperature: f32) -> Vec<f32> {
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = logits.iter().map(|l| ((l - max) / t).exp()).collect();
    let sum: f32 = exp.iter().sum();
    exp.into_iter().map(|e| e / sum).collect()
}

/// One training example: a text and its labels (several for a multi-question message; the
/// target is spread evenly over them).
pub struct Example {
    pub text: String,
    pub labels: Vec<usize>,
}

/// Training settings. The defaults were fixed before any validation group was scored.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub epochs: usize,
    pub learning_rate: f32,
    pub seed: u64,
    /// A feature found in fewer training messages than this is dropped (it would only memorise
    /// one message, and it would make the committed table several times larger).
    pub min_count: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { epochs: 20, learning_rate: 0.4, seed: 13, min_count: 2 }
    }
}

/// Trains a model on `examples` with plain SGD (fastText's recipe: mean of input embeddings,
/// softmax output, linearly decaying learning rate, a fixed-seed shuffle each epoch).
pub fn train(labels: &[String], examples: &[Example], settings: Settings) -> Model {
    let mut rng = settings.seed | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    // How many messages each feature occurs in; the rare ones are dropped.
    let mut all: Vec<Vec<u32>> = Vec::with_capacity(examples.len());
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for ex in examples {
        let mut feats = Vec::new();
        features(&ex.text, &mut feats);
        let mut distinct = feats.clone();
        distinct.sort_unstable();
        distinct.dedup();
        for f in distinct {
            *counts.entry(f).or_default() += 1;
        }
        all.push(feats);
    }
    // Dense indices for the features kept, in first-seen order.
    let mut index: HashMap<u32, usize> = HashMap::new();
    let mut encoded: Vec<(Vec<usize>, usize, &[usize])> = Vec::with_capacity(examples.len());
    for (ex, feats) in examples.iter().zip(&all) {
        let ids: Vec<usize> = feats
            .iter()
            .filter(|f| counts.get(f).copied().unwrap_or(0) >= settings.min_count)
            .map(|f| {
                let n = index.len();
                *index.entry(*f).or_insert(n)
            })
            .collect();
        if !ids.is_empty() && !ex.labels.is_empty() {
            encoded.push((ids, feats.len(), &ex.labels));
        }
    }
    let nl = labels.len();
    let mut emb: Vec<f32> = (0..index.len() * DIM)
        .map(|_| ((next() >> 11) as f32 / (1u64 << 53) as f32 - 0.5) * 2.0 / DIM as f32)
        .collect();
    let mut out = vec![0f32; nl * DIM];
    let mut bias = vec![0f32; nl];
    let total = (settings.epochs * encoded.len()).max(1) as f32;
    let mut step = 0f32;
    let mut order: Vec<usize> = (0..encoded.len()).collect();
    let mut hidden = [0f32; DIM];
    let mut grad_h = [0f32; DIM];
    let mut logits = vec![0f32; nl];
    for _ in 0..settings.epochs {
        for i in (1..order.len()).rev() {
            let j = (next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &e in &order {
            let (ids, total_features, target) = &encoded[e];
            let lr = settings.learning_rate * (1.0 - step / total);
            step += 1.0;
            hidden.fill(0.0);
            for &f in ids {
                for (h, w) in hidden.iter_mut().zip(&emb[f * DIM..(f + 1) * DIM]) {
                    *h += w;
                }
            }
            let inv = 1.0 / *total_features as f32;
            hidden.iter_mut().for_each(|h| *h *= inv);
            for l in 0..nl {
                logits[l] = bias[l]
                    + out[l * DIM..(l + 1) * DIM]
                        .iter()
                        .zip(&hidden)
                        .map(|(a, b)| a * b)
                        .sum::<f32>();
            }
            let p = softmax(&logits, 1.0);
            grad_h.fill(0.0);
            let share = 1.0 / target.len() as f32;
            for l in 0..nl {
                let y = if target.contains(&l) { share } else { 0.0 };
                let g = p[l] - y;
                if g.abs() < 1e-7 {
                    continue;
                }
                let w = &mut out[l * DIM..(l + 1) * DIM];
                for k in 0..DIM {
                    grad_h[k] += g * w[k];
                    w[k] -= lr * g * hidden[k];
                }
                bias[l] -= lr * g;
            }
            for &f in ids {
                for (w, g) in emb[f * DIM..(f + 1) * DIM].iter_mut().zip(&grad_h) {
                    *w -= lr * g * inv;
                }
            }
        }
    }
    // Quantise, features in hash order.
    let mut by_id: Vec<(u32, usize)> = index.into_iter().collect();
    by_id.sort_unstable();
    let mut ids = Vec::with_capacity(by_id.len());
    let mut scales = Vec::with_capacity(by_id.len());
    let mut rows = Vec::with_capacity(by_id.len() * DIM);
    for (id, i) in by_id {
        let row = &emb[i * DIM..(i + 1) * DIM];
        let max = row.iter().fold(0f32, |m, v| m.max(v.abs()));
        let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
        ids.push(id);
        scales.push(scale);
        rows.extend(row.iter().map(|v| (v / scale).round().clamp(-127.0, 127.0) as i8));
    }
    Model {
        labels: labels.to_vec(),
        temperature: 1.0,
        answer_at: 0.5,
        button_at: 0.1,
        ids,
        scales,
        rows,
        out,
        bias,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_cover_every_script_and_never_panic() {
        for text in
            ["", "   ", "👍", "照片模糊怎么办", "ไม่ผ่าน", "hello world?", "сколько ждать", "٣"]
        {
            let mut f = Vec::new();
            features(text, &mut f);
            assert!(f.iter().all(|b| *b < BUCKETS));
        }
        let mut f = Vec::new();
        features("👍", &mut f);
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn a_trained_model_round_trips_and_learns() {
        let labels = vec!["a".to_owned(), "b".to_owned()];
        let examples: Vec<Example> = (0..20)
            .flat_map(|i| {
                [
                    Example { text: format!("blurry photo {i}"), labels: vec![0] },
                    Example { text: format!("glare on the card {i}"), labels: vec![1] },
                ]
            })
            .collect();
        let model = train(&labels, &examples, Settings::default());
        let back = Model::from_bytes(&model.to_bytes()).expect("round trip");
        let p = back.probabilities("my photo is blurry").unwrap();
        assert!(p[0] > p[1], "{p:?}");
        assert!(back.probabilities("").is_none());
        assert!(Model::from_bytes(b"junk").is_none());
    }
}
