//! A learned classifier of one MRZ cell, over the same 14 × 20 window the templates are matched
//! in (at the shift the templates put the glyph at).
//!
//! Why beside the templates: normalised cross-correlation against clean OCR-B glyphs scores a
//! blurred or sheared `O` almost as high as a `D` or `Q`, and `0` as `O` — the most frequent
//! confusions on the generator's tune split. A small network trained on cells cut from
//! generated photos (blur, ink spread, perspective, JPEG; `training/mrz_cells/`) learns which
//! samples tell them apart. The templates still find the glyph (its shift) and say how well the
//! zone matches at all (the zone and cell scores); this only ranks the characters.
//!
//! The weights (`assets/mrz_cells.bin`, ours, same licence as the code) are compiled in; when
//! they do not parse the reader keeps the templates' ranking (a test checks that they parse).

use std::sync::OnceLock;

use super::icao::{self, Candidates};
use super::ocrb_table::{CHARS, TH, TW};

const WEIGHTS: &[u8] = include_bytes!("../../../assets/mrz_cells.bin");
const MAGIC: &[u8; 8] = b"MRZCELL1";

/// One hidden layer: `inputs` → ReLU `hidden` → `CHARS.len()` logits.
pub(super) struct Mlp {
    hidden: usize,
    w1: Vec<f32>,
    b1: Vec<f32>,
    w2: Vec<f32>,
    b2: Vec<f32>,
}

impl Mlp {
    /// Parse the weight file: magic, then `inputs`, `hidden`, `outputs` as u32 LE, then W1
    /// (hidden × inputs, row-major), b1, W2 (outputs × hidden), b2 as f32 LE.
    pub(super) fn parse(bytes: &[u8]) -> Option<Mlp> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let u32_at = |i: usize| {
            rest.get(i * 4..i * 4 + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        };
        let (inputs, hidden, outputs) =
            (u32_at(0)? as usize, u32_at(1)? as usize, u32_at(2)? as usize);
        if inputs != TW * TH || outputs != CHARS.len() || hidden == 0 || hidden > 4096 {
            return None;
        }
        let floats: Vec<f32> = rest
            .get(12..)?
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        let sizes = [hidden * inputs, hidden, outputs * hidden, outputs];
        if floats.len() != sizes.iter().sum::<usize>() || floats.iter().any(|v| !v.is_finite()) {
            return None;
        }
        let mut it = floats.into_iter();
        let mut take = |n: usize| it.by_ref().take(n).collect::<Vec<f32>>();
        Some(Mlp {
            hidden,
            w1: take(sizes[0]),
            b1: take(sizes[1]),
            w2: take(sizes[2]),
            b2: take(sizes[3]),
        })
    }

    /// Logits of every character for one window of ink values (any scale: it is standardised).
    pub(super) fn logits(&self, win: &[f32; TW * TH]) -> Option<[f32; 37]> {
        let n = win.len() as f32;
        let mean = win.iter().sum::<f32>() / n;
        let sd = (win.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n).sqrt();
        if sd < 1e-3 {
            return None;
        }
        let x: Vec<f32> = win.iter().map(|v| (v - mean) / sd).collect();
        let mut h = self.b1.clone();
        for (j, hj) in h.iter_mut().enumerate() {
            let row = &self.w1[j * x.len()..(j + 1) * x.len()];
            *hj += row.iter().zip(&x).map(|(a, b)| a * b).sum::<f32>();
            *hj = hj.max(0.0);
        }
        let mut out = [0f32; 37];
        for (k, o) in out.iter_mut().enumerate() {
            let row = &self.w2[k * self.hidden..(k + 1) * self.hidden];
            *o = self.b2[k] + row.iter().zip(&h).map(|(a, b)| a * b).sum::<f32>();
        }
        Some(out)
    }
}

fn model() -> Option<&'static Mlp> {
    static M: OnceLock<Option<Mlp>> = OnceLock::new();
    M.get_or_init(|| Mlp::parse(WEIGHTS)).as_ref()
}

/// Whether the compiled-in weights parse.
pub(super) fn available() -> bool {
    model().is_some()
}

/// The characters `class` allows at this cell ranked by the network's probability (softmax
/// over the allowed ones only), best five; `None` when there is no model or the window is flat.
pub(super) fn rank(win: &[f32; TW * TH], class: icao::Class) -> Option<Candidates> {
    let logits = model()?.logits(win)?;
    let allowed: Vec<usize> = (0..CHARS.len()).filter(|&i| class.allows(CHARS[i])).collect();
    let top = allowed.iter().map(|&i| logits[i]).fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = allowed.iter().map(|&i| (logits[i] - top).exp()).collect();
    let z: f32 = exp.iter().sum();
    let mut ranked: Vec<(u8, f32)> =
        allowed.iter().zip(&exp).map(|(&i, &e)| (CHARS[i], e / z)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked.truncate(5);
    Some(ranked)
}
