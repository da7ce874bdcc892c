//! Machine-readable zone reader on the generated corpus (issue 14): exact reads per split and per
//! character-height band, wrong "valid" reads, findings on documents without a zone, the speed of
//! the read on a 12 MP photo, and Tesseract on the same zone crops when it is installed.
//!
//! Corpus: `python3 tools/mrz/gen_corpus.py --out /work/gen/mrz` (fixed seed). Then
//! `cargo run --release --example mrz-eval -- /work/gen/mrz [--split valid|tune|all]
//! [--speed] [--tesseract N]`. Figures for the README come from `--split valid` (not tuned on).

use std::time::Instant;

use kyc_doctor::quality::{self, CheckOptions, IssueCode, Kind};

#[derive(Default)]
struct Tally {
    n: usize,
    exact: usize,
    valid_wrong: usize,
    found: usize,
}

impl Tally {
    fn line(&self, name: &str) -> String {
        let pct = |a: usize| if self.n == 0 { 0.0 } else { 100.0 * a as f64 / self.n as f64 };
        format!(
            "{name:<34} n {:>4}  exact {:>4} ({:>5.1} %)  zone found {:>5.1} %  valid-but-wrong {}",
            self.n,
            self.exact,
            pct(self.exact),
            pct(self.found),
            self.valid_wrong
        )
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.iter().find(|a| !a.starts_with("--")).cloned().unwrap_or("/work/gen/mrz".into());
    let opt =
        |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned();
    let split = opt("--split").unwrap_or("valid".into());
    let tesseract_n: usize = opt("--tesseract").and_then(|v| v.parse().ok()).unwrap_or(0);
    let truth = std::fs::read_to_string(format!("{dir}/truth.jsonl"))?;
    let opts = CheckOptions::default();
    let bands: [(&str, f64, f64); 3] = [
        ("chars >= 20 px", 20.0, f64::INFINITY),
        ("chars 12-20 px", 12.0, 20.0),
        ("chars < 12 px", 0.0, 12.0),
    ];
    let mut by_band: Vec<Tally> = (0..3).map(|_| Tally::default()).collect();
    let mut by_band_clean: Vec<Tally> = (0..3).map(|_| Tally::default()).collect();
    let mut by_format: std::collections::BTreeMap<String, Tally> = Default::default();
    let mut cut = Tally::default();
    let mut glare = Tally::default();
    let mut cut_said_edge = 0;
    let mut negatives: std::collections::BTreeMap<String, (usize, usize, usize)> =
        Default::default();
    let mut wrong_files = Vec::new();
    let mut tess_jobs = Vec::new();
    let mut read_ms = Vec::new();
    // `--diag`: why the zones that were not read exactly failed, and which characters were confused.
    let diag = args.iter().any(|a| a == "--diag");
    let mut causes: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let mut confusions: std::collections::BTreeMap<(char, char), usize> = Default::default();
    for line in truth.lines() {
        let rec: serde_json::Value = serde_json::from_str(line)?;
        let s = rec["split"].as_str().unwrap_or("");
        if split != "all" && s != split {
            continue;
        }
        let file = rec["file"].as_str().unwrap_or("");
        let bytes = std::fs::read(format!("{dir}/{file}"))?;
        let t0 = Instant::now();
        let Ok(checked) = quality::check(&bytes, Kind::Id, &opts) else {
            println!("{file}: could not be checked");
            continue;
        };
        read_ms.push(t0.elapsed().as_secs_f64() * 1000.0);
        let report = &checked.report;
        let kind = rec["kind"].as_str().unwrap_or("");
        let read = report.mrz.as_ref();
        let unreadable = report.issues.iter().find(|i| i.code == IssueCode::MrzUnreadable);
        if kind == "mrz" {
            let lines: Vec<String> = rec["lines"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            let valid = read.is_some_and(|r| r.valid);
            let exact = valid && read.is_some_and(|r| r.lines == lines);
            let wrong = valid && !exact;
            if wrong {
                wrong_files.push(file.to_owned());
            }
            let h = rec["char_h_px"].as_f64().unwrap_or(0.0);
            let is_cut = rec.get("cut").is_some();
            let is_glare = rec.get("glare").is_some();
            let add = |t: &mut Tally| {
                t.n += 1;
                t.exact += usize::from(exact);
                t.valid_wrong += usize::from(wrong);
                t.found += usize::from(read.is_some());
            };
            if is_cut {
                add(&mut cut);
                if unreadable.is_some_and(|i| i.region.is_some()) {
                    cut_said_edge += 1;
                }
                continue;
            }
            if is_glare {
                add(&mut glare);
                continue;
            }
            let b = bands.iter().position(|b| h >= b.1 && h < b.2).unwrap_or(2);
            add(&mut by_band[b]);
            add(by_format.entry(rec["format"].as_str().unwrap_or("?").to_owned()).or_default());
            let clean = rec.get("defocus_caps").and_then(|v| v.as_f64()).is_none_or(|d| d <= 0.1)
                && rec.get("motion_caps").and_then(|v| v.as_f64()).is_none_or(|d| d <= 0.25);
            if clean {
                add(&mut by_band_clean[b]);
            }
            if !exact && diag {
                diagnose(&mut causes, &mut confusions, read, &lines, rec["format"].as_str());
            }
            if !exact && std::env::var_os("MRZ_EVAL_VERBOSE").is_some() {
                println!(
                    "miss {file} h {h:.1} read {:?}",
                    read.map(|r| (r.valid, r.lines.clone()))
                );
            }
            if tesseract_n > 0 && tess_jobs.len() < tesseract_n && read.is_some() {
                tess_jobs.push((file.to_owned(), lines, exact));
            }
        } else {
            let e = negatives.entry(kind.to_owned()).or_default();
            e.0 += 1;
            e.1 += usize::from(read.is_some_and(|r| r.valid));
            e.2 += usize::from(unreadable.is_some());
            if read.is_some_and(|r| r.valid) {
                wrong_files.push(file.to_owned());
            }
        }
    }
    println!("split: {split}  (corpus {dir})");
    println!("-- zone fully visible, no glare spot (all blur levels) --");
    for (b, t) in bands.iter().zip(&by_band) {
        println!("{}", t.line(b.0));
    }
    println!("-- same, defocus <= 0.10 and motion <= 0.25 character heights --");
    for (b, t) in bands.iter().zip(&by_band_clean) {
        println!("{}", t.line(b.0));
    }
    for (f, t) in &by_format {
        println!("{}", t.line(&format!("format {f}")));
    }
    println!("{}", glare.line("glare spot over the zone"));
    println!("{}", cut.line("zone partly cut off"));
    println!("  cut off: mrz_unreadable names the edge on {cut_said_edge} of {}", cut.n);
    for (k, (n, valid, unreadable)) in &negatives {
        println!(
            "no real zone ({k:<12}) n {n:>4}  valid reads {valid}  mrz_unreadable findings {unreadable}"
        );
    }
    println!(
        "valid reads that differ from the truth (or where there is none): {}",
        wrong_files.len()
    );
    for f in &wrong_files {
        println!("  {f}");
    }
    if diag {
        println!("-- misses by cause (every band, no cut or glare) --");
        for (c, n) in &causes {
            println!("  {c:<40} {n}");
        }
        let mut conf: Vec<_> = confusions.iter().collect();
        conf.sort_by(|a, b| b.1.cmp(a.1));
        let top: Vec<String> =
            conf.iter().take(30).map(|((t, r), n)| format!("{t}->{r} {n}")).collect();
        println!("  confusions (truth->read): {}", top.join(", "));
    }
    if !read_ms.is_empty() {
        read_ms.sort_by(f64::total_cmp);
        println!(
            "whole check per corpus photo: median {:.1} ms, p90 {:.1} ms",
            read_ms[read_ms.len() / 2],
            read_ms[read_ms.len() * 9 / 10]
        );
    }
    if args.iter().any(|a| a == "--speed") {
        speed(&dir)?;
    }
    if !tess_jobs.is_empty() {
        tesseract(&dir, &tess_jobs)?;
    }
    Ok(())
}

/// The read's share of a 12 MP check: a corpus photo scaled to 4000 × 3000, JPEG q 90, decoded
/// as the checker does; the read timed alone on that working copy (median of 15).
fn speed(dir: &str) -> anyhow::Result<()> {
    let truth = std::fs::read_to_string(format!("{dir}/truth.jsonl"))?;
    let mut files = Vec::new();
    for line in truth.lines() {
        let rec: serde_json::Value = serde_json::from_str(line)?;
        if rec["split"] == "valid" && rec["kind"] == "mrz" && rec.get("cut").is_none() {
            files.push(rec["file"].as_str().unwrap_or("").to_owned());
        }
        if files.len() == 5 {
            break;
        }
    }
    let opts = CheckOptions::default();
    for f in files {
        let img = image::open(format!("{dir}/{f}"))?.to_rgb8();
        let (w, h) = img.dimensions();
        let (tw, th) = if w >= h { (4000, 3000) } else { (3000, 4000) };
        let big = image::imageops::resize(&img, tw, th, image::imageops::FilterType::Triangle);
        let _ = (w, h);
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&big)?;
        let decoded = quality::decode::decode_for_work(&jpeg, &opts, 640)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let scale = decoded.scale;
        let (work, k) = quality::raster::working_copy(decoded.image, 1200);
        let k = scale * k as f32;
        let mut times = Vec::new();
        let mut valid = false;
        for _ in 0..15 {
            let mut issues = Vec::new();
            let t = Instant::now();
            let r = quality::mrz::read_and_judge(&work, k, &mut issues);
            times.push(t.elapsed().as_secs_f64() * 1000.0);
            valid = r.is_some_and(|r| r.valid);
        }
        times.sort_by(f64::total_cmp);
        let mut whole = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            let _ = quality::check(&jpeg, Kind::Id, &opts);
            whole.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        whole.sort_by(f64::total_cmp);
        println!(
            "12 MP ({tw}×{th}) from {f}: working copy {}×{}, MRZ read median {:.1} ms (valid {valid}); whole check median {:.1} ms",
            work.width(),
            work.height(),
            times[7],
            whole[2]
        );
    }
    Ok(())
}

/// Tesseract (`tesseract-ocr`, test-only) on the same zone crops: the picture cut to the zone our
/// reader found, OCR-B-like characters only, one text block.
fn tesseract(dir: &str, jobs: &[(String, Vec<String>, bool)]) -> anyhow::Result<()> {
    if std::process::Command::new("tesseract").arg("--version").output().is_err() {
        println!("tesseract not installed: no comparison");
        return Ok(());
    }
    let opts = CheckOptions::default();
    let (mut ours, mut theirs) = (0, 0);
    let (mut t_ours, mut t_theirs) = (0.0, 0.0);
    let tmp = std::env::temp_dir().join(format!("mrz-eval-{}", std::process::id()));
    std::fs::create_dir_all(&tmp)?;
    for (file, lines, exact) in jobs {
        let bytes = std::fs::read(format!("{dir}/{file}"))?;
        let decoded = quality::decode::decode_for_work(&bytes, &opts, 640)
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let scale = decoded.scale;
        let (work, k) = quality::raster::working_copy(decoded.image, 1200);
        let gray = quality::raster::to_luma(&work);
        let t = Instant::now();
        let r = quality::mrz::read(&gray, scale * k as f32, 2026);
        t_ours += t.elapsed().as_secs_f64();
        let Some(r) = r else { continue };
        ours += usize::from(*exact);
        let Some((x0, y0, x1, y1)) = r.zone else { continue };
        let crop = image::imageops::crop_imm(&gray, x0, y0, x1 - x0, y1 - y0).to_image();
        let path = tmp.join("zone.png");
        crop.save(&path)?;
        let t = Instant::now();
        let out = std::process::Command::new("tesseract")
            .arg(&path)
            .arg("stdout")
            .args([
                "--psm",
                "6",
                "-c",
                "tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<",
            ])
            .output()?;
        t_theirs += t.elapsed().as_secs_f64();
        let text = String::from_utf8_lossy(&out.stdout);
        let got: Vec<String> = text
            .lines()
            .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect::<String>())
            .filter(|l| l.len() >= 20)
            .collect();
        theirs += usize::from(&got == lines);
    }
    let _ = std::fs::remove_dir_all(&tmp);
    let n = jobs.len() as f64;
    println!(
        "Tesseract comparison on {} zone crops (valid split, zone found by our reader): ours exact {} ({:.1} %, {:.1} ms each, zone finding included), tesseract exact {} ({:.1} %, {:.1} ms each)",
        jobs.len(),
        ours,
        100.0 * ours as f64 / n,
        1000.0 * t_ours / n,
        theirs,
        100.0 * theirs as f64 / n,
        1000.0 * t_theirs / n
    );
    Ok(())
}

/// Sort one miss into a cause and count its character confusions (when the grid was right).
fn diagnose(
    causes: &mut std::collections::BTreeMap<&'static str, usize>,
    confusions: &mut std::collections::BTreeMap<(char, char), usize>,
    read: Option<&quality::mrz::MrzRead>,
    truth: &[String],
    format: Option<&str>,
) {
    let Some(r) = read else {
        *causes.entry("no zone found").or_default() += 1;
        return;
    };
    if format.is_some_and(|f| format!("{:?}", r.format) != f) || r.lines.len() != truth.len() {
        *causes.entry("wrong format").or_default() += 1;
        return;
    }
    let pairs: Vec<(char, char)> = truth
        .iter()
        .zip(&r.lines)
        .flat_map(|(t, l)| t.chars().zip(l.chars()).filter(|(a, b)| a != b).collect::<Vec<_>>())
        .collect();
    let total: usize = truth.iter().map(|t| t.len()).sum();
    let cause = match pairs.len() {
        0 => "all characters right, not valid",
        n if n * 4 > total => "grid off (> 25 % wrong)",
        1 => "1 character wrong",
        2 | 3 => "2-3 characters wrong",
        _ => "4+ characters wrong",
    };
    *causes.entry(cause).or_default() += 1;
    if pairs.len() * 4 <= total {
        for p in pairs {
            *confusions.entry(p).or_default() += 1;
        }
    }
}
