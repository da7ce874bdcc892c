//! Calibration report for the photo-quality checker.
//!
//! `cargo run --example quality-eval -- DIR... [--verbose]` reads each `DIR/labels.csv`
//! (`file,kind,expect,params`, as in /work/shared/quality-dev and the generated corpora of
//! training/synth) and prints, for each split (`split=` in params; a directory without it is one
//! split named after the directory): per-code recall, the false-fail rate on `ok` photos (an `ok`
//! photo with any `fail` issue), the share of document photos whose card is whole in the frame
//! where the reported corners (`document.quad`) match `card_quad` with IoU ≥ 0.90, the share of
//! photos that show a card (`card_quad` given) with no document reported, and the misses and
//! false fails by file. `--verbose` also prints every file's raw measurements (for choosing
//! thresholds). Figures are only meaningful on a split the thresholds were not tuned on.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use kyc_doctor::quality::geometry::quad_iou;
use kyc_doctor::quality::{CheckOptions, IssueCode, Kind, Severity, check_detailed};

/// Split one CSV line with double-quoted fields (the labels file quotes `params`).
fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

/// The picture as Telegram would deliver a photo: long side at most 1280 px, JPEG quality 80.
fn telegram_copy(bytes: &[u8]) -> Option<Vec<u8>> {
    let img = image::load_from_memory(bytes).ok()?.to_rgb8();
    let (w, h) = img.dimensions();
    let s = (1280.0 / f64::from(w.max(h))).min(1.0);
    let small = image::imageops::resize(
        &img,
        ((f64::from(w) * s) as u32).max(1),
        ((f64::from(h) * s) as u32).max(1),
        image::imageops::FilterType::Triangle,
    );
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 80).encode_image(&small).ok()?;
    Some(out)
}

/// IoU from which the reported corners count as found (issue 12's target: ≥ 95 % of whole cards).
const IOU_TARGET: f64 = 0.90;

/// `key=value;key=value` → lookups.
fn params(s: &str) -> BTreeMap<&str, &str> {
    s.split(';').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.trim(), v.trim())).collect()
}

/// Eight numbers (TL, TR, BR, BL) → a quad.
fn parse_quad(s: &str) -> Option<[(f32, f32); 4]> {
    let v: Vec<f32> = s.split(',').filter_map(|x| x.trim().parse().ok()).collect();
    (v.len() == 8).then(|| [(v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])])
}

/// The figures of one split.
#[derive(Default)]
struct Split {
    /// expect → (found, total)
    recall: BTreeMap<String, (usize, usize)>,
    ok_total: usize,
    ok_false_fail: usize,
    /// Document photos with the whole card in frame: how many, how many with IoU ≥ target.
    whole_cards: usize,
    iou_hits: usize,
    /// Photos that show a card: how many, how many with no document reported.
    showing: usize,
    no_document: usize,
    misses: Vec<String>,
    false_fails: Vec<String>,
    errors: Vec<String>,
    files: usize,
}

impl Split {
    fn print(&self, name: &str) {
        println!("\n== split {name} ({} files)", self.files);
        println!("per-code recall (any severity):");
        let mut worst: f64 = 1.0;
        for (code, (hit, n)) in &self.recall {
            let r = *hit as f64 / (*n).max(1) as f64;
            worst = worst.min(r);
            println!("  {code:<16} {hit:>4}/{n:<4} {r:.2}");
        }
        let ff = self.ok_false_fail as f64 / self.ok_total.max(1) as f64;
        println!(
            "false-fail rate on ok photos: {}/{} = {ff:.3}",
            self.ok_false_fail, self.ok_total
        );
        println!("lowest recall: {worst:.2}   (targets: every recall ≥ 0.95, false-fail ≤ 0.03)");
        if self.whole_cards > 0 {
            println!(
                "corners IoU ≥ {IOU_TARGET:.2} on whole cards: {}/{} = {:.3}   (target ≥ 0.95)",
                self.iou_hits,
                self.whole_cards,
                self.iou_hits as f64 / self.whole_cards as f64
            );
        }
        if self.showing > 0 {
            println!(
                "no document on photos showing one: {}/{} = {:.3}   (target < 0.01)",
                self.no_document,
                self.showing,
                self.no_document as f64 / self.showing as f64
            );
        }
        for (title, list) in
            [("misses", &self.misses), ("false fails", &self.false_fails), ("errors", &self.errors)]
        {
            if !list.is_empty() {
                println!("\n{title}:");
                list.iter().for_each(|m| println!("  {m}"));
            }
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    // --annotate-png OUT: write each annotated picture as PNG into OUT (for looking at misses).
    let annotate_dir = args
        .iter()
        .position(|a| a == "--annotate-png")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    // --telegram: first shrink every picture to 1280 px on the long side and re-encode it as
    // JPEG quality 80 (what Telegram does to a photo), to see that judgements survive it.
    let telegram = args.iter().any(|a| a == "--telegram");
    let only = args.iter().position(|a| a == "--only").and_then(|i| args.get(i + 1)).cloned();
    // --split NAME: only that split.
    let only_split =
        args.iter().position(|a| a == "--split").and_then(|i| args.get(i + 1)).cloned();
    let takes_value = ["--annotate-png", "--only", "--split"];
    let dirs: Vec<PathBuf> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| {
            !a.starts_with('-') && (*i == 0 || !takes_value.contains(&args[i - 1].as_str()))
        })
        .map(|(_, a)| PathBuf::from(a))
        .collect();
    if dirs.is_empty() {
        eprintln!(
            "usage: quality-eval DIR... [--verbose] [--split NAME] [--only SUBSTRING] [--telegram] \
             [--annotate-png OUT]   (each DIR holds labels.csv and the images)"
        );
        std::process::exit(2);
    }
    let opts = CheckOptions { annotate: annotate_dir.is_some(), ..CheckOptions::default() };
    let mut splits: BTreeMap<String, Split> = BTreeMap::new();
    let started = Instant::now();
    for dir in &dirs {
        let labels = match std::fs::read_to_string(dir.join("labels.csv")) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("cannot read {}/labels.csv: {e}", dir.display());
                std::process::exit(2);
            }
        };
        let dir_name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| dir.display().to_string());
        for line in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let f = split_csv(line);
            if f.len() < 3 {
                continue;
            }
            let (file, kind, expect) = (&f[0], &f[1], &f[2]);
            let p = params(f.get(3).map(String::as_str).unwrap_or(""));
            let split_name =
                p.get("split").map(|s| s.to_string()).unwrap_or_else(|| dir_name.clone());
            if only.as_ref().is_some_and(|o| !file.contains(o.as_str()))
                || only_split.as_ref().is_some_and(|s| *s != split_name)
            {
                continue;
            }
            let st = splits.entry(split_name).or_default();
            st.files += 1;
            let kind = if kind == "selfie" { Kind::Selfie } else { Kind::Id };
            let bytes = match std::fs::read(dir.join(file)) {
                Ok(b) => b,
                Err(e) => {
                    st.errors.push(format!("{file}: {e}"));
                    continue;
                }
            };
            let bytes = if telegram { telegram_copy(&bytes).unwrap_or(bytes) } else { bytes };
            let t = Instant::now();
            let result = check_detailed(&bytes, kind, &opts);
            let ms = t.elapsed().as_millis();
            let (checked, measures) = match result {
                Ok(r) => r,
                Err(e) => {
                    st.errors.push(format!("{file}: {} ({})", e.code.as_str(), e.message));
                    if expect != "ok" {
                        st.recall.entry(expect.clone()).or_default().1 += 1;
                        st.misses.push(format!(
                            "{file}: expected {expect}, got error {}",
                            e.code.as_str()
                        ));
                    }
                    continue;
                }
            };
            let r = &checked.report;
            if let (Some(out), Some(jpg)) = (&annotate_dir, &checked.annotated_jpeg)
                && let Ok(img) = image::load_from_memory(jpg)
            {
                let small = img.thumbnail(800, 800);
                let _ = std::fs::create_dir_all(out);
                let _ = small.save(out.join(format!("{file}.png")));
            }
            let issues: Vec<String> = r
                .issues
                .iter()
                .map(|i| {
                    let sev = if i.severity == Severity::Fail { "F" } else { "w" };
                    let reg = i.region.map(|g| format!("@{}", g.as_str())).unwrap_or_default();
                    format!("{}:{sev}({:.3}/{:.3}){reg}", i.code.as_str(), i.value, i.limit)
                })
                .collect();
            // Localisation: corners against the label, on photos that show a card.
            let mut iou_note = String::new();
            if kind == Kind::Id
                && let Some(truth) = p.get("card_quad").and_then(|q| parse_quad(q))
            {
                st.showing += 1;
                let found = r.document.flatten();
                if found.is_none() {
                    st.no_document += 1;
                }
                let num = |k: &str| p.get(k).and_then(|v| v.parse::<f64>().ok());
                let whole = expect != "cut_off"
                    && num("out_frac").is_none_or(|v| v <= 0.0)
                    && num("margin_min_frac").is_none_or(|v| v >= 0.0);
                if whole {
                    st.whole_cards += 1;
                    let iou = found.map_or(0.0, |d| {
                        quad_iou(&d.quad.map(|[x, y]| (x as f32, y as f32)), &truth)
                    });
                    if iou >= IOU_TARGET {
                        st.iou_hits += 1;
                    }
                    iou_note = format!(" iou={iou:.3}");
                }
            }
            if verbose {
                let m: Vec<String> = measures.iter().map(|(k, v)| format!("{k}={v:.3}")).collect();
                println!(
                    "{file} [{expect}] {ms}ms :: {} :: {}{iou_note}",
                    issues.join(" "),
                    m.join(" ")
                );
            }
            if expect == "ok" {
                st.ok_total += 1;
                if !r.ok {
                    st.ok_false_fail += 1;
                    st.false_fails.push(format!("{file}: {}", issues.join(" ")));
                }
            } else {
                let e = st.recall.entry(expect.clone()).or_default();
                e.1 += 1;
                let code = IssueCode::parse(expect);
                if code.is_some_and(|c| r.has(c)) {
                    e.0 += 1;
                } else {
                    st.misses.push(format!("{file}: expected {expect}, got {}", issues.join(" ")));
                }
            }
        }
    }
    for (name, st) in &splits {
        st.print(name);
    }
    println!(
        "\n{} files in {:.1} s",
        splits.values().map(|s| s.files).sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
}
