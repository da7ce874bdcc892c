//! Calibration report for the photo-quality checker.
//!
//! `cargo run --example quality-eval -- DIR [--verbose]` reads `DIR/labels.csv`
//! (`file,kind,expect,params`, as in /work/shared/quality-dev) and prints per-code recall, the
//! false-fail rate on `ok` photos (an `ok` photo with any `fail` issue), and the misses and false
//! fails by file. `--verbose` also prints every file's raw measurements (for choosing thresholds).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

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
    let Some(dir) = args.first().filter(|a| !a.starts_with('-')).map(PathBuf::from) else {
        eprintln!("usage: quality-eval DIR [--verbose]   (DIR holds labels.csv and the images)");
        std::process::exit(2);
    };
    let labels = match std::fs::read_to_string(dir.join("labels.csv")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}/labels.csv: {e}", dir.display());
            std::process::exit(2);
        }
    };
    let opts = CheckOptions { annotate: annotate_dir.is_some(), ..CheckOptions::default() };
    // expect → (found, total)
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut ok_total, mut ok_false_fail) = (0usize, 0usize);
    let mut misses = Vec::new();
    let mut false_fails = Vec::new();
    let mut errors = Vec::new();
    let started = Instant::now();
    for line in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f = split_csv(line);
        if f.len() < 3 {
            continue;
        }
        let (file, kind, expect) = (&f[0], &f[1], &f[2]);
        if only.as_ref().is_some_and(|o| !file.contains(o.as_str())) {
            continue;
        }
        let kind = if kind == "selfie" { Kind::Selfie } else { Kind::Id };
        let bytes = match std::fs::read(dir.join(file)) {
            Ok(b) => b,
            Err(e) => {
                errors.push(format!("{file}: {e}"));
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
                errors.push(format!("{file}: {} ({})", e.code.as_str(), e.message));
                if expect != "ok" {
                    recall.entry(expect.clone()).or_default().1 += 1;
                    misses
                        .push(format!("{file}: expected {expect}, got error {}", e.code.as_str()));
                }
                continue;
            }
        };
        let r = &checked.report;
        if let (Some(out), Some(jpg)) = (&annotate_dir, &checked.annotated_jpeg) {
            if let Ok(img) = image::load_from_memory(jpg) {
                let small = img.thumbnail(800, 800);
                let _ = std::fs::create_dir_all(out);
                let _ = small.save(out.join(format!("{file}.png")));
            }
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
        if verbose {
            let m: Vec<String> = measures.iter().map(|(k, v)| format!("{k}={v:.3}")).collect();
            println!("{file} [{expect}] {ms}ms :: {} :: {}", issues.join(" "), m.join(" "));
        }
        if expect == "ok" {
            ok_total += 1;
            if !r.ok {
                ok_false_fail += 1;
                false_fails.push(format!("{file}: {}", issues.join(" ")));
            }
        } else {
            let e = recall.entry(expect.clone()).or_default();
            e.1 += 1;
            let code = IssueCode::parse(expect);
            if code.is_some_and(|c| r.has(c)) {
                e.0 += 1;
            } else {
                misses.push(format!("{file}: expected {expect}, got {}", issues.join(" ")));
            }
        }
    }
    println!("\nper-code recall (any severity):");
    let mut worst: f64 = 1.0;
    for (code, (hit, n)) in &recall {
        let r = *hit as f64 / (*n).max(1) as f64;
        worst = worst.min(r);
        println!("  {code:<16} {hit:>3}/{n:<3} {r:.2}");
    }
    let ff = ok_false_fail as f64 / ok_total.max(1) as f64;
    println!("false-fail rate on ok photos: {ok_false_fail}/{ok_total} = {ff:.3}");
    println!("lowest recall: {worst:.2}   (targets: every recall ≥ 0.95, false-fail ≤ 0.03)");
    if !misses.is_empty() {
        println!("\nmisses:");
        misses.iter().for_each(|m| println!("  {m}"));
    }
    if !false_fails.is_empty() {
        println!("\nfalse fails:");
        false_fails.iter().for_each(|m| println!("  {m}"));
    }
    if !errors.is_empty() {
        println!("\nerrors:");
        errors.iter().for_each(|m| println!("  {m}"));
    }
    println!(
        "\n{} files in {:.1} s",
        recall.values().map(|v| v.1).sum::<usize>() + ok_total,
        started.elapsed().as_secs_f64()
    );
}
