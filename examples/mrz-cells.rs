//! Training material for the learned MRZ cell classifier (`training/mrz_cells/`): every cell of
//! every zone the reader places its grid on correctly in a generated corpus, as resampled, with
//! the generator's true character.
//!
//! `cargo run --release --example mrz-cells -- CORPUS_DIR OUT.bin [--split tune]`. Only the tune
//! split's materials may be used (`gen_corpus.py --split tune --start 400` makes more of them
//! without touching the images the thresholds are tuned on). A zone counts as placed correctly
//! when its format is the truth's and at least half of the truth's non-filler characters were
//! read at their positions (a grid one cell off agrees on almost none).
//!
//! Record: u32 LE document number, u8 character index (`0-9A-Z<`), u8 width, u8 height, u8 and
//! u8 the template window's origin in the patch, then width × height ink bytes.

use std::io::Write;

use kyc_doctor::quality::{self, CheckOptions};

const CHARS: &[u8; 37] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<";

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pos: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let (Some(dir), Some(out)) = (pos.first(), pos.get(1)) else {
        anyhow::bail!("usage: mrz-cells CORPUS_DIR OUT.bin [--split tune]");
    };
    let split = args
        .iter()
        .position(|a| a == "--split")
        .and_then(|i| args.get(i + 1))
        .cloned()
        .unwrap_or("tune".into());
    anyhow::ensure!(split == "tune", "train only on the tune split's materials");
    let truth = std::fs::read_to_string(format!("{dir}/truth.jsonl"))?;
    let mut w = std::io::BufWriter::new(std::fs::File::create(out)?);
    let (mut docs, mut used, mut cells) = (0usize, 0usize, 0usize);
    for (doc, line) in truth.lines().enumerate() {
        let rec: serde_json::Value = serde_json::from_str(line)?;
        if rec["split"].as_str() != Some(split.as_str()) || rec["kind"].as_str() != Some("mrz") {
            continue;
        }
        docs += 1;
        let want: Vec<Vec<u8>> = rec["lines"]
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(|s| s.as_bytes().to_vec())).collect())
            .unwrap_or_default();
        let bytes = std::fs::read(format!("{dir}/{}", rec["file"].as_str().unwrap_or("")))?;
        let Ok((work, _)) = quality::work_copy(&bytes, &CheckOptions::default()) else { continue };
        let Some((format, got, raw)) = quality::mrz::training_cells(&work, 2026) else { continue };
        if format!("{format:?}") != rec["format"].as_str().unwrap_or("")
            || got.len() != want.len()
            || raw.len() != want.len()
        {
            continue;
        }
        let (mut letters, mut agree) = (0, 0);
        for (g, t) in got.iter().zip(&want) {
            for (a, b) in g.iter().zip(t) {
                if *b != b'<' {
                    letters += 1;
                    agree += usize::from(a == b);
                }
            }
        }
        if letters == 0 || agree * 2 < letters {
            continue;
        }
        used += 1;
        for (row, t) in raw.iter().zip(&want) {
            for (cell, &c) in row.iter().zip(t) {
                let Some(label) = CHARS.iter().position(|&x| x == c) else { continue };
                w.write_all(&(doc as u32).to_le_bytes())?;
                w.write_all(&[
                    label as u8,
                    cell.w as u8,
                    cell.h as u8,
                    cell.at.0 as u8,
                    cell.at.1 as u8,
                ])?;
                let ink: Vec<u8> =
                    cell.ink.iter().map(|v| v.round().clamp(0.0, 255.0) as u8).collect();
                w.write_all(&ink)?;
                cells += 1;
            }
        }
    }
    w.flush()?;
    println!("{docs} zones, {used} placed correctly, {cells} cells -> {out}");
    Ok(())
}
