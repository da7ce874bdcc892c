//! Document localisation on labelled photos: the classical edge search, the learned locator and
//! their combination (issue 12 point 1).
//!
//! `cargo run --example locate-eval -- DIR [--split val] [--every N] [--verbose]` reads `DIR/labels.csv`
//! (quality-dev format; `card_quad` = the true corners, TL TR BR BL in file pixels) and prints, for
//! each locator: the share of photos with the whole document in frame (`out_frac` = 0, not a
//! screen photo) whose found quad has IoU ≥ 0.90 with the truth, the mean IoU there, and the
//! share of all document photos (`kind=id` with a `card_quad`) where no document was reported.

use std::path::PathBuf;
use std::time::Instant;

use kyc_doctor::quality::document::Found;
use kyc_doctor::quality::{CheckOptions, id_checks, locate, work_copy};

fn split_csv(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

#[derive(Default)]
struct Tally {
    whole: usize,
    whole_hit: usize,
    iou_sum: f64,
    shown: usize,
    none: usize,
    ms: f64,
}

impl Tally {
    fn add(
        &mut self,
        found: Option<&Found>,
        truth: &[(f32, f32); 4],
        k: f32,
        whole: bool,
        ms: f64,
    ) -> f64 {
        self.shown += 1;
        self.ms += ms;
        let iou =
            found.map_or(0.0, |f| locate::quad_iou(&f.quad.map(|(x, y)| (x * k, y * k)), truth));
        if found.is_none() {
            self.none += 1;
        }
        if whole {
            self.whole += 1;
            self.iou_sum += iou;
            if iou >= 0.90 {
                self.whole_hit += 1;
            }
        }
        iou
    }

    fn print(&self, name: &str) {
        let pct = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        println!(
            "{name:<9} IoU≥0.90 on whole-in-frame: {:>5}/{:<5} = {:6.2} %   mean IoU {:.3}   no document: {:>4}/{:<5} = {:5.2} %   {:.1} ms/photo",
            self.whole_hit,
            self.whole,
            pct(self.whole_hit, self.whole),
            if self.whole == 0 { 0.0 } else { self.iou_sum / self.whole as f64 },
            self.none,
            self.shown,
            pct(self.none, self.shown),
            self.ms / self.shown.max(1) as f64
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    let split = args.iter().position(|a| a == "--split").and_then(|i| args.get(i + 1)).cloned();
    // --every N: only every N-th labelled photo (a quicker, still unbiased sample).
    let every: usize = args
        .iter()
        .position(|a| a == "--every")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .max(1);
    let Some(dir) = args.first().filter(|a| !a.starts_with('-')).map(PathBuf::from) else {
        eprintln!("usage: locate-eval DIR [--split tune|val] [--verbose]");
        std::process::exit(2);
    };
    let labels = match std::fs::read_to_string(dir.join("labels.csv")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}/labels.csv: {e}", dir.display());
            std::process::exit(2);
        }
    };
    if let Some(path) = args.iter().position(|a| a == "--model").and_then(|i| args.get(i + 1)) {
        let bytes = std::fs::read(path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2);
        });
        if let Err(e) = locate::init_with(&bytes) {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
    // --set name=value,...: other locator settings (locate::Tuning), to try on the tune split.
    let mut tu = locate::Tuning::default();
    for kv in args
        .iter()
        .enumerate()
        .filter(|(i, _)| *i > 0 && args[i - 1] == "--set")
        .flat_map(|(_, v)| v.split(','))
    {
        let Some((k, v)) = kv.split_once('=') else { continue };
        let f: f64 = v.parse().unwrap_or_else(|_| {
            eprintln!("--set {k}: not a number: {v}");
            std::process::exit(2);
        });
        match k {
            "fit_iters" => tu.fit_iters = f as u32,
            "band_frac" => tu.band_frac = f as f32,
            "band_cells" => tu.band_cells = f as f32,
            "passes" => tu.passes = f as u32,
            "fine_px" => tu.fine_px = f as f32,
            "fine_frac" => tu.fine_frac = f as f32,
            "step_cap" => tu.step_cap = f as f32,
            "step_min" => tu.step_min = f as f32,
            "drift" => tu.drift = f as f32,
            "agree_iou" => tu.agree_iou = f,
            "cover_min" => tu.cover_min = f,
            "refine_classic" => tu.refine_classic = f != 0.0,
            "sharper_by" => tu.sharper_by = f,
            _ => {
                eprintln!("--set: unknown setting {k}");
                std::process::exit(2);
            }
        }
    }
    locate::set_tuning(tu);
    if let Err(e) = locate::init() {
        eprintln!("{e}");
        std::process::exit(1);
    }
    let opts = CheckOptions::default();
    let (mut classic, mut learned, mut combined) =
        (Tally::default(), Tally::default(), Tally::default());
    for line in labels.lines().skip(1).step_by(every) {
        let f = split_csv(line);
        if f.len() < 4 || f[1] != "id" {
            continue;
        }
        let params: Vec<(&str, &str)> =
            f[3].split(';').filter_map(|kv| kv.split_once('=')).collect();
        let get = |k: &str| params.iter().find(|(a, _)| *a == k).map(|(_, v)| *v);
        if let (Some(want), Some(have)) = (split.as_deref(), get("split"))
            && want != have
        {
            continue;
        }
        let Some(q) = get("card_quad") else { continue };
        let v: Vec<f32> = q.split(',').filter_map(|x| x.parse().ok()).collect();
        if v.len() != 8 {
            continue;
        }
        let truth = [(v[0], v[1]), (v[2], v[3]), (v[4], v[5]), (v[6], v[7])];
        let out = get("out_frac").and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
        let whole = out <= 0.0 && f[2] != "screen_photo";
        let Ok(bytes) = std::fs::read(dir.join(&f[0])) else { continue };
        let Ok((work, k)) = work_copy(&bytes, &opts) else { continue };
        let t = Instant::now();
        let c = id_checks::find_classical(&work);
        let tc = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let l = locate::locate(&work);
        let tl = t.elapsed().as_secs_f64() * 1e3;
        let ic = classic.add(c.as_ref(), &truth, k, whole, tc);
        let il = learned.add(l.as_ref().map(|l| &l.found), &truth, k, whole, tl);
        let cc = c.clone().map(|c| locate::Candidate::classic(&work, c));
        let m = locate::combine(l.as_ref(), cc.clone());
        let im = combined.add(m.as_ref(), &truth, k, whole, tc + tl);
        if verbose {
            let scale = |q: &[(f32, f32); 4]| q.map(|(x, y)| (x * k, y * k));
            let coarse = l.as_ref().map_or(0.0, |l| locate::quad_iou(&scale(&l.coarse), &truth));
            let (mc, mi) = match (&l, &c) {
                (Some(l), Some(c)) => l.mask_agreement(&c.quad),
                _ => (0.0, 0.0),
            };
            let (lc, li) = l.as_ref().map_or((0.0, 0.0), |l| l.mask_agreement(&l.found.quad));
            let (rc, rsup, rj, rcov, rin, rl) = match (&cc, &l) {
                (Some(cc), Some(l)) => {
                    let (a, b) = l.mask_agreement(&cc.found.quad);
                    (
                        locate::quad_iou(&scale(&cc.found.quad), &truth),
                        cc.edge_support,
                        cc.judged,
                        a,
                        b,
                        locate::quad_iou(&cc.found.quad, &l.found.quad),
                    )
                }
                (Some(cc), None) => (
                    locate::quad_iou(&scale(&cc.found.quad), &truth),
                    cc.edge_support,
                    cc.judged,
                    0.0,
                    0.0,
                    0.0,
                ),
                _ => (0.0, -1.0, 0, 0.0, 0.0, 0.0),
            };
            let lc_iou = match (&l, &c) {
                (Some(l), Some(c)) => locate::quad_iou(&l.found.quad, &c.quad),
                _ => 0.0,
            };
            println!(
                "ROW {} {} {} classic {:.3} cscore {:.3} csup {:.3} learned {:.3} coarse {:.3} net {:.3} esup {:.3} judged {} lscore {:.3} lcov {:.3} lin {:.3} ccov {:.3} cin {:.3} lc {:.3} combined {:.3} rclassic {:.3} rsup {:.3} rjudged {} rcov {:.3} rin {:.3} rl {:.3}",
                f[0],
                f[2],
                u8::from(whole),
                ic,
                c.as_ref().map_or(-1.0, |c| c.score),
                c.as_ref().map_or(-1.0, |c| c.support),
                il,
                coarse,
                l.as_ref().map_or(-1.0, |l| l.net_score),
                l.as_ref().map_or(-1.0, |l| l.edge_support),
                l.as_ref().map_or(0, |l| l.judged),
                l.as_ref().map_or(-1.0, |l| l.found.score),
                lc,
                li,
                mc,
                mi,
                lc_iou,
                im,
                rc,
                rsup,
                rj,
                rcov,
                rin,
                rl
            );
        }
    }
    println!("{} (split {})", dir.display(), split.as_deref().unwrap_or("all"));
    classic.print("classic");
    learned.print("learned");
    combined.print("combined");
}
