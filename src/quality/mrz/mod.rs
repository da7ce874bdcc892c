//! Reading the machine-readable zone (issue 14): TD1 (3 × 30, ID cards), TD2 (2 × 36) and TD3
//! (2 × 44, passports), anywhere in the picture — on a located document, a scan or a tight crop.
//!
//! 1. **Zone.** Dark-on-light pixels by a local-mean threshold (what a black-hat does), 8-connected
//!    components of character size, chained left to right into text lines (similar height, same
//!    centre line, small gaps), pieces of one line joined; two or three parallel, equally long,
//!    aligned lines stacked at a line pitch are a zone. Lines that run down the picture (a card
//!    photographed sideways) are found the same way with the axes swapped, and both reading
//!    directions are tried, so any of the four orientations reads.
//! 2. **Grid.** Each line's own centre line (least squares through its characters) straightens it;
//!    the format fixes the number of cells, the ink extent of the line the first and last centre.
//! 3. **Characters.** Every cell is resampled (from a box-shrunk copy when the characters are
//!    large, so samples do not alias) into the 14 × 20 window of the OCR-B templates and matched by
//!    normalised cross-correlation over small shifts, only against the characters ICAO 9303 allows
//!    at that position. The shifts of the first pass give each cell's true place: a quadratic along
//!    the line (pitch error, perspective) is fitted and the cells are read again.
//! 4. **Check digits** (`icao`): a failed check may take one close runner-up; a read is valid only
//!    when every check digit and the composite agree and the fields are plausible.

pub mod icao;
mod learned;
mod ocrb_table;

use image::GrayImage;
use serde::Serialize;

use crate::quality::Region;
use icao::{Candidates, Format};
use ocrb_table::{CELL_H_CAPS, CHARS, PITCH_PER_CAP, TEMPLATES, TH, TW};

/// Smallest character (cap) height in working pixels a zone is looked for at. Below ~7 px OCR-B
/// strokes merge (the templates' 14 × 20 window is then upsampled 2–3 ×).
const MIN_CHAR_H: i32 = 6;
/// Below this cap height (working pixels) an unreadable zone is reported as too small rather
/// than by its check digits.
pub const READABLE_CHAR_H: f64 = 9.0;
/// Largest character height, as a share of the picture's short side (a tight crop of the zone
/// itself has ~1/8).
const MAX_CHAR_H_FRAC: f32 = 0.2;
/// Local-mean threshold: a pixel is ink when darker than its neighbourhood's mean by this factor
/// and by at least this many levels.
const INK_FACTOR: f32 = 0.86;
const INK_MIN_LEVELS: f32 = 12.0;
/// A zone needs this mean template score (normalised cross-correlation, −1..1) to count as an
/// MRZ at all: text in other fonts, barcodes and texture score far lower.
const MIN_ZONE_SCORE: f32 = 0.5;
/// A valid read also needs every cell to match some character at least this well.
const MIN_CELL_SCORE: f32 = 0.25;
/// How far ahead of the runner-up a character no check digit covers must be for the read to
/// count as valid: a probability margin of the learned classifier, chosen on the tune split only
/// (exact reads of visible zones 186 of 265 and one wrong valid read there; 0.3 kept 192 but let
/// three wrong names through, 0.9 cost 29).
const UNCHECKED_MARGIN: f32 = 0.6;
/// The same margin on template scores, when the templates rank alone.
const UNCHECKED_MARGIN_TEMPLATES: f32 = 0.03;
/// Shifts searched (in template samples) on the first pass and after the refit.
const SHIFT1: (i32, i32) = (3, 2);
const SHIFT2: (i32, i32) = (1, 1);

/// Which check digits agreed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Checks {
    pub document_number: bool,
    pub birth_date: bool,
    pub expiry_date: bool,
    pub composite: bool,
    /// TD3 only: the check digit of the optional (personal number) field.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub optional_data: Option<bool>,
}

/// A read zone. `lines` and `fields` are the person's data: shown to its owner only (the CLI on
/// their machine, the private chat for that one photo), never stored or logged — `Debug` leaves
/// them out.
#[derive(Clone, PartialEq, Serialize)]
pub struct MrzRead {
    pub format: Format,
    pub valid: bool,
    /// Cap height in the picture's own pixels.
    pub char_height_px: f64,
    pub checks: Checks,
    pub lines: Vec<String>,
    pub fields: icao::Fields,
    /// Share of the check digits that agree (0..1).
    #[serde(skip)]
    pub check_share: f64,
    /// Cap height in the pixels it was read at.
    #[serde(skip)]
    pub char_height_read: f64,
    /// The frame side the zone runs off, when it touches the border.
    #[serde(skip)]
    pub cut: Option<Region>,
    /// The zone's bounding box (x0, y0, x1, y1) in the pixels it was read at.
    #[serde(skip)]
    pub zone: Option<(u32, u32, u32, u32)>,
}

impl std::fmt::Debug for MrzRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MrzRead")
            .field("format", &self.format)
            .field("valid", &self.valid)
            .field("char_height_px", &self.char_height_px)
            .field("checks", &self.checks)
            .field("cut", &self.cut)
            .finish_non_exhaustive()
    }
}

/// Read the zone of the working copy (`scale`: original pixels per working pixel) and add the
/// `mrz_unreadable` finding when a zone is there but does not read.
pub fn read_and_judge(
    work: &image::RgbImage,
    scale: f32,
    issues: &mut Vec<crate::quality::Issue>,
) -> Option<MrzRead> {
    use chrono::Datelike;
    let gray = crate::quality::raster::to_luma(work);
    let read = read(&gray, scale, chrono::Utc::now().year());
    if let Some(r) = &read {
        issues.extend(judge(r, scale));
    }
    read
}

/// How `mrz_unreadable` is reported until the reader meets its accuracy targets (see `judge`).
const UNREADABLE_SEVERITY: crate::quality::Severity = crate::quality::Severity::Warn;

/// `mrz_unreadable`: the zone is there but its check digits do not all agree (value: the share
/// that does, limit 1), or its characters are too small to read at the resolution it is read at
/// (value: cap height in the picture's pixels; limit: `READABLE_CHAR_H` read pixels in picture
/// pixels). `region`: the frame side the zone runs off, when it does.
///
/// A warning, not a fail, for now: on the generator's validation split the reader reads fewer than
/// half of clearly printed zones exactly (README, "Machine-readable zone"), so a fail would
/// send most people with a good photo back to retake it.
pub fn judge(r: &MrzRead, scale: f32) -> Option<crate::quality::Issue> {
    use crate::quality::{IssueCode, report::issue};
    if r.valid {
        return None;
    }
    Some(if r.char_height_read < READABLE_CHAR_H {
        issue(
            IssueCode::MrzUnreadable,
            UNREADABLE_SEVERITY,
            r.char_height_px,
            READABLE_CHAR_H * f64::from(scale),
            r.cut,
        )
    } else {
        issue(IssueCode::MrzUnreadable, UNREADABLE_SEVERITY, r.check_share, 1.0, r.cut)
    })
}

impl MrzRead {
    /// A read of printed lines as they are (no picture): tests and tools. `None` when the lines
    /// are not one of the three layouts.
    pub fn from_text(lines: &[&str], char_height_px: f64, this_year: i32) -> Option<MrzRead> {
        let format = match (lines.len(), lines.first().map(|l| l.len())) {
            (3, Some(30)) => Format::TD1,
            (2, Some(36)) => Format::TD2,
            (2, Some(44)) => Format::TD3,
            _ => return None,
        };
        let bytes: Vec<Vec<u8>> = lines.iter().map(|l| l.as_bytes().to_vec()).collect();
        let checks = icao::checks(format, &bytes);
        let get = |n: &str| checks.iter().find(|c| c.0 == n).is_some_and(|c| c.1);
        let share = checks.iter().filter(|c| c.1).count() as f64 / checks.len().max(1) as f64;
        Some(MrzRead {
            format,
            valid: share == 1.0 && icao::plausible(format, &bytes),
            char_height_px,
            checks: Checks {
                document_number: get("document_number"),
                birth_date: get("birth_date"),
                expiry_date: get("expiry_date"),
                composite: get("composite"),
                optional_data: (format == Format::TD3).then(|| get("optional_data")),
            },
            lines: lines.iter().map(|l| l.to_string()).collect(),
            fields: icao::fields(format, &bytes, this_year),
            check_share: share,
            char_height_read: char_height_px,
            cut: None,
            zone: None,
        })
    }
}

/// `read` on raw grey pixels (row-major, `width` × `height`), for the fuzz target; `None` when
/// the buffer does not hold that many pixels.
pub fn read_raw(width: u32, height: u32, pixels: &[u8]) -> Option<MrzRead> {
    let img = GrayImage::from_raw(width, height, pixels.to_vec())?;
    read(&img, 1.0, 2026)
}

/// Read the zone of a grey picture. `scale`: original pixels per pixel of `gray`. `None` when no
/// zone is there.
pub fn read(gray: &GrayImage, scale: f32, this_year: i32) -> Option<MrzRead> {
    let (w, h) = gray.dimensions();
    let a = best_attempt(gray, this_year)?;
    let fl = icao::fields(a.format, &a.lines, this_year);
    let checks = icao::checks(a.format, &a.lines);
    let get = |n: &str| checks.iter().find(|c| c.0 == n).is_some_and(|c| c.1);
    let share = checks.iter().filter(|c| c.1).count() as f64 / checks.len().max(1) as f64;
    let cut = cut_side(&a.ends, a.cap, w as f32, h as f32);
    let zone = {
        let m = a.cap * 1.2;
        let xs = a.ends.iter().map(|p| p.0);
        let ys = a.ends.iter().map(|p| p.1);
        let x0 = (xs.clone().fold(f32::INFINITY, f32::min) - m).max(0.0) as u32;
        let x1 = (xs.fold(f32::NEG_INFINITY, f32::max) + m).min(w as f32) as u32;
        let y0 = (ys.clone().fold(f32::INFINITY, f32::min) - m).max(0.0) as u32;
        let y1 = (ys.fold(f32::NEG_INFINITY, f32::max) + m).min(h as f32) as u32;
        (x1 > x0 + 1 && y1 > y0 + 1).then_some((x0, y0, x1, y1))
    };
    Some(MrzRead {
        format: a.format,
        valid: a.valid,
        char_height_px: (f64::from(a.cap * scale) * 10.0).round() / 10.0,
        checks: Checks {
            document_number: get("document_number"),
            birth_date: get("birth_date"),
            expiry_date: get("expiry_date"),
            composite: get("composite"),
            optional_data: (a.format == Format::TD3).then(|| get("optional_data")),
        },
        lines: a.lines.iter().map(|l| l.iter().map(|&c| c as char).collect()).collect(),
        fields: fl,
        check_share: share,
        char_height_read: f64::from(a.cap),
        cut,
        zone,
    })
}

/// The zone's best reading of a working copy: its format, the characters read and every cell
/// as resampled, line by line — what `training/mrz_cells/` trains the classifier on (the
/// `mrz-cells` example pairs them with the generator's truth).
#[doc(hidden)]
pub type TrainingCells = (Format, Vec<Vec<u8>>, Vec<Vec<RawCell>>);

#[doc(hidden)]
pub fn training_cells(work: &image::RgbImage, this_year: i32) -> Option<TrainingCells> {
    let gray = crate::quality::raster::to_luma(work);
    best_attempt(&gray, this_year).map(|a| (a.format, a.lines, a.raw))
}

fn best_attempt(gray: &GrayImage, this_year: i32) -> Option<Attempt> {
    let (w, h) = gray.dimensions();
    if w < 40 || h < 20 {
        return None;
    }
    let mask = ink_mask(gray);
    let comps = components(&mask, w as usize, h as usize);
    let max_h = (w.min(h) as f32 * MAX_CHAR_H_FRAC) as i32;
    let comps: Vec<Comp> = comps
        .into_iter()
        .filter(|c| {
            let (cw, ch) = (c.x1 - c.x0 + 1, c.y1 - c.y0 + 1);
            let fill = c.n as f32 / (cw * ch) as f32;
            cw.min(ch) >= 2
                && cw.max(ch) >= MIN_CHAR_H
                && cw.min(ch) <= max_h
                && (0.08..=0.95).contains(&fill)
        })
        .collect();
    let mut pyramid = Pyramid::new(gray);
    let mut best: Option<Attempt> = None;
    let debug = std::env::var_os("MRZ_DEBUG").is_some();
    for transposed in [false, true] {
        let lines = text_lines(&comps, transposed);
        if debug {
            eprintln!("comps {} transposed {transposed} lines {:?}", comps.len(), lines);
        }
        let groups = zones(&lines);
        if debug {
            eprintln!("zones: {:?}", groups.iter().map(|g| g.len()).collect::<Vec<_>>());
        }
        for group in groups {
            if let Some(a) = read_group(&mut pyramid, &group, this_year)
                && best.as_ref().is_none_or(|b| a.rank() > b.rank())
            {
                let done = a.valid;
                best = Some(a);
                if done {
                    break;
                }
            }
        }
        if best.as_ref().is_some_and(|b| b.valid) {
            break;
        }
    }
    best
}

/// The frame side a zone touches (its lines' ends within half a character of the border).
fn cut_side(ends: &[(f32, f32)], cap: f32, w: f32, h: f32) -> Option<Region> {
    let m = cap * 0.6;
    let (mut l, mut r, mut t, mut b) = (false, false, false, false);
    for &(x, y) in ends {
        l |= x < m;
        r |= x > w - 1.0 - m;
        t |= y < m;
        b |= y > h - 1.0 - m;
    }
    match (t, r, b, l) {
        (true, true, _, _) => Some(Region::TopRight),
        (true, _, _, true) => Some(Region::TopLeft),
        (_, true, true, _) => Some(Region::BottomRight),
        (_, _, true, true) => Some(Region::BottomLeft),
        (true, ..) => Some(Region::Top),
        (_, true, ..) => Some(Region::Right),
        (_, _, true, _) => Some(Region::Bottom),
        (.., true) => Some(Region::Left),
        _ => None,
    }
}

// ---- 1. ink and components --------------------------------------------------------------------

fn ink_mask(gray: &GrayImage) -> Vec<bool> {
    let (w, h) = (gray.width() as usize, gray.height() as usize);
    let px = gray.as_raw();
    // Integral image (wrapping u32: a window's sum is below 2^32, so differences are exact).
    let mut ii = vec![0u32; (w + 1) * (h + 1)];
    for y in 0..h {
        let mut row = 0u32;
        for x in 0..w {
            row = row.wrapping_add(u32::from(px[y * w + x]));
            ii[(y + 1) * (w + 1) + x + 1] = ii[y * (w + 1) + x + 1].wrapping_add(row);
        }
    }
    let r = ((w.max(h) / 40).clamp(8, 40)) as isize;
    let mut mask = vec![false; w * h];
    for y in 0..h {
        let y0 = (y as isize - r).max(0) as usize;
        let y1 = ((y as isize + r + 1) as usize).min(h);
        for x in 0..w {
            let x0 = (x as isize - r).max(0) as usize;
            let x1 = ((x as isize + r + 1) as usize).min(w);
            let s = ii[y1 * (w + 1) + x1]
                .wrapping_sub(ii[y0 * (w + 1) + x1])
                .wrapping_sub(ii[y1 * (w + 1) + x0])
                .wrapping_add(ii[y0 * (w + 1) + x0]);
            let mean = s as f32 / ((y1 - y0) * (x1 - x0)) as f32;
            let p = f32::from(px[y * w + x]);
            mask[y * w + x] = p < mean * INK_FACTOR && mean - p >= INK_MIN_LEVELS;
        }
    }
    mask
}

#[derive(Debug, Clone, Copy)]
struct Comp {
    x0: i32,
    y0: i32,
    x1: i32,
    y1: i32,
    n: u32,
}

fn find(parent: &mut [u32], mut a: u32) -> u32 {
    while parent[a as usize] != a {
        let p = parent[a as usize];
        parent[a as usize] = parent[p as usize];
        a = p;
    }
    a
}

/// 8-connected components of the mask (two passes, union-find).
fn components(mask: &[bool], w: usize, h: usize) -> Vec<Comp> {
    let mut labels = vec![0u32; w * h];
    let mut parent: Vec<u32> = vec![0];
    for y in 0..h {
        for x in 0..w {
            if !mask[y * w + x] {
                continue;
            }
            let mut nb = [0u32; 4];
            if x > 0 {
                nb[0] = labels[y * w + x - 1];
            }
            if y > 0 {
                let up = (y - 1) * w;
                nb[1] = labels[up + x];
                if x > 0 {
                    nb[2] = labels[up + x - 1];
                }
                if x + 1 < w {
                    nb[3] = labels[up + x + 1];
                }
            }
            let mut l = 0u32;
            for &n in nb.iter().filter(|&&n| n != 0) {
                let rn = find(&mut parent, n);
                if l == 0 {
                    l = rn;
                } else if rn != l {
                    let (a, b) = (l.min(rn), l.max(rn));
                    parent[b as usize] = a;
                    l = a;
                }
            }
            if l == 0 {
                l = parent.len() as u32;
                parent.push(l);
            }
            labels[y * w + x] = l;
        }
    }
    let mut slot = vec![u32::MAX; parent.len()];
    let mut out: Vec<Comp> = Vec::new();
    for y in 0..h {
        for x in 0..w {
            let l = labels[y * w + x];
            if l == 0 {
                continue;
            }
            let r = find(&mut parent, l) as usize;
            let (xi, yi) = (x as i32, y as i32);
            if slot[r] == u32::MAX {
                slot[r] = out.len() as u32;
                out.push(Comp { x0: xi, y0: yi, x1: xi, y1: yi, n: 0 });
            }
            let c = &mut out[slot[r] as usize];
            c.x0 = c.x0.min(xi);
            c.x1 = c.x1.max(xi);
            c.y0 = c.y0.min(yi);
            c.y1 = c.y1.max(yi);
            c.n += 1;
        }
    }
    out
}

// ---- text lines and zones -------------------------------------------------------------------

/// A straight run of characters, in picture coordinates.
#[derive(Debug, Clone)]
struct TextLine {
    /// Start and end of the centre line (ink extent).
    a: (f32, f32),
    b: (f32, f32),
    /// Cap height.
    cap: f32,
    /// The characters it was chained from: centre (picture pixels), extent along the line and
    /// across it. They anchor the grid (`anchored_grid`).
    members: Vec<Member>,
}

#[derive(Debug, Clone, Copy)]
struct Member {
    centre: (f32, f32),
    along: f32,
    across: f32,
}

impl TextLine {
    fn len(&self) -> f32 {
        ((self.b.0 - self.a.0).powi(2) + (self.b.1 - self.a.1).powi(2)).sqrt()
    }
    fn dir(&self) -> (f32, f32) {
        let l = self.len().max(1e-3);
        ((self.b.0 - self.a.0) / l, (self.b.1 - self.a.1) / l)
    }
}

/// Chain components into lines along x (or along y when `transposed`).
fn text_lines(comps: &[Comp], transposed: bool) -> Vec<TextLine> {
    // Work in a frame where the text runs along +x.
    let boxes: Vec<(f32, f32, f32, f32)> = comps
        .iter()
        .map(|c| {
            let (x0, y0, x1, y1) = (c.x0 as f32, c.y0 as f32, c.x1 as f32 + 1.0, c.y1 as f32 + 1.0);
            if transposed { (y0, x0, y1, x1) } else { (x0, y0, x1, y1) }
        })
        .filter(|b| b.3 - b.1 >= MIN_CHAR_H as f32)
        .collect();
    let mut order: Vec<usize> = (0..boxes.len()).collect();
    order.sort_by(|&a, &b| boxes[a].0.total_cmp(&boxes[b].0));
    let sorted: Vec<(f32, f32, f32, f32)> = order.iter().map(|&i| boxes[i]).collect();
    // Candidate links (cost, from, to).
    let mut links: Vec<(f32, usize, usize)> = Vec::new();
    for i in 0..sorted.len() {
        let a = sorted[i];
        let ha = a.3 - a.1;
        let cya = (a.1 + a.3) / 2.0;
        for (j, b) in sorted.iter().enumerate().skip(i + 1) {
            if b.0 > a.2 + 0.9 * ha {
                break;
            }
            let hb = b.3 - b.1;
            let hm = ha.max(hb);
            if b.0 < a.2 - 0.25 * hm || ha.min(hb) < 0.55 * hm {
                continue;
            }
            let dy = ((b.1 + b.3) / 2.0 - cya).abs();
            if dy > 0.3 * hm || b.0 - a.2 > 0.9 * hm {
                continue;
            }
            links.push(((b.0 - a.2).max(0.0) + 2.0 * dy, i, j));
        }
    }
    links.sort_by(|a, b| a.0.total_cmp(&b.0));
    let n = sorted.len();
    let (mut next, mut prev) = (vec![usize::MAX; n], vec![usize::MAX; n]);
    for &(_, i, j) in &links {
        if next[i] == usize::MAX && prev[j] == usize::MAX {
            next[i] = j;
            prev[j] = i;
        }
    }
    // Chains, each as (its boxes' indices).
    let mut chains: Vec<Vec<usize>> = Vec::new();
    for s in 0..n {
        if prev[s] != usize::MAX || next[s] == usize::MAX {
            continue;
        }
        let mut c = vec![s];
        let mut k = s;
        while next[k] != usize::MAX && c.len() < 200 {
            k = next[k];
            c.push(k);
        }
        if c.len() >= 3 {
            chains.push(c);
        }
    }
    // Fit each chain: centre line y = p + q x, cap height = 80th percentile of box heights.
    struct Fit {
        x0: f32,
        x1: f32,
        p: f32,
        q: f32,
        cap: f32,
        n: usize,
    }
    let fit = |idx: &[usize]| -> Fit {
        let pts: Vec<(f32, f32)> = idx
            .iter()
            .map(|&i| ((sorted[i].0 + sorted[i].2) / 2.0, (sorted[i].1 + sorted[i].3) / 2.0))
            .collect();
        let m = pts.len() as f32;
        let mx = pts.iter().map(|p| p.0).sum::<f32>() / m;
        let my = pts.iter().map(|p| p.1).sum::<f32>() / m;
        let sxx: f32 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
        let sxy: f32 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
        let q = if sxx > 1e-3 { (sxy / sxx).clamp(-0.4, 0.4) } else { 0.0 };
        let mut hs: Vec<f32> = idx.iter().map(|&i| sorted[i].3 - sorted[i].1).collect();
        hs.sort_by(f32::total_cmp);
        let cap = hs[((hs.len() - 1) as f32 * 0.8) as usize] / (1.0 + q * q).sqrt();
        let x0 = idx.iter().map(|&i| sorted[i].0).fold(f32::INFINITY, f32::min);
        let x1 = idx.iter().map(|&i| sorted[i].2).fold(f32::NEG_INFINITY, f32::max);
        Fit { x0, x1, p: my - q * mx, q, cap, n: idx.len() }
    };
    let mut fits: Vec<(Fit, Vec<usize>)> = chains.into_iter().map(|c| (fit(&c), c)).collect();
    // Join pieces of one line (a glare spot or a wide gap broke the chain).
    fits.sort_by(|a, b| a.0.x0.total_cmp(&b.0.x0));
    let mut merged = true;
    while merged {
        merged = false;
        'outer: for i in 0..fits.len() {
            for j in 0..fits.len() {
                if i == j {
                    continue;
                }
                let (a, b) = (&fits[i].0, &fits[j].0);
                let gap = b.x0 - a.x1;
                let cap = a.cap.max(b.cap);
                if gap < -0.2 * cap || gap > 5.0 * cap || a.cap.min(b.cap) < 0.7 * cap {
                    continue;
                }
                let ya = a.p + a.q * b.x0;
                let yb = b.p + b.q * b.x0;
                if (ya - yb).abs() > 0.3 * cap || (a.q - b.q).abs() > 0.08 {
                    continue;
                }
                let mut idx = fits[i].1.clone();
                idx.extend(fits[j].1.iter().copied());
                let f = fit(&idx);
                let (hi, lo) = (i.max(j), i.min(j));
                fits.remove(hi);
                fits[lo] = (f, idx);
                merged = true;
                break 'outer;
            }
        }
    }
    fits.into_iter()
        .filter(|(f, _)| f.n >= 5 && (f.x1 - f.x0) >= 14.0 * f.cap)
        .map(|(f, idx)| {
            let a = (f.x0, f.p + f.q * f.x0);
            let b = (f.x1, f.p + f.q * f.x1);
            let (a, b) = if transposed { ((a.1, a.0), (b.1, b.0)) } else { (a, b) };
            let members = idx
                .iter()
                .map(|&i| {
                    let (x0, y0, x1, y1) = sorted[i];
                    let c = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
                    Member {
                        centre: if transposed { (c.1, c.0) } else { c },
                        along: x1 - x0,
                        across: y1 - y0,
                    }
                })
                .collect();
            TextLine { a, b, cap: f.cap, members }
        })
        .collect()
}

/// Two or three stacked lines that could be a zone, most plausible first.
fn zones(lines: &[TextLine]) -> Vec<Vec<TextLine>> {
    // Order by position across the lines (along the normal of the first line's direction).
    let mut out: Vec<(f32, Vec<TextLine>)> = Vec::new();
    // `max_gap`: how far apart (in cap heights) the two lines may be: one line pitch for
    // neighbours, two for the first and third line of a TD1 zone.
    let compatible = |a: &TextLine, b: &TextLine, max_gap: f32| -> Option<f32> {
        let (ux, uy) = a.dir();
        let (vx, vy) = b.dir();
        if (ux * vx + uy * vy).abs() < 0.995 {
            return None;
        }
        let cap = a.cap.max(b.cap);
        if a.cap.min(b.cap) < 0.75 * cap {
            return None;
        }
        let (la, lb) = (a.len(), b.len());
        // Distance across (normal) and alignment along.
        let (nx, ny) = (-uy, ux);
        let mid_b = ((b.a.0 + b.b.0) / 2.0, (b.a.1 + b.b.1) / 2.0);
        let d = (mid_b.0 - a.a.0) * nx + (mid_b.1 - a.a.1) * ny;
        if d.abs() < 1.15 * cap || d.abs() > max_gap * cap {
            return None;
        }
        let along = |p: (f32, f32)| (p.0 - a.a.0) * ux + (p.1 - a.a.1) * uy;
        let (s0, s1) = {
            let (p, q) = (along(b.a), along(b.b));
            (p.min(q), p.max(q))
        };
        let start_ok = s0.abs() < 2.0 * cap;
        let end_ok = (s1 - la).abs() < 2.0 * cap;
        let len_ok = la.min(lb) > 0.8 * la.max(lb);
        (start_ok && (end_ok || len_ok) || end_ok && len_ok).then_some(d)
    };
    for (i, a) in lines.iter().enumerate() {
        for (j, b) in lines.iter().enumerate() {
            if i == j {
                continue;
            }
            let Some(d) = compatible(a, b, 3.4) else { continue };
            if d <= 0.0 {
                continue;
            }
            let score = a.len().min(b.len()) / a.cap;
            // a third line below b?
            for (k, c) in lines.iter().enumerate() {
                if k == i || k == j {
                    continue;
                }
                if let Some(d2) = compatible(b, c, 3.4)
                    && d2 > 0.0
                    && compatible(a, c, 6.8).is_some()
                {
                    out.push((score + 100.0, vec![a.clone(), b.clone(), c.clone()]));
                }
            }
            out.push((score, vec![a.clone(), b.clone()]));
        }
    }
    out.sort_by(|a, b| b.0.total_cmp(&a.0));
    out.truncate(6);
    out.into_iter().map(|x| x.1).collect()
}

// ---- 2–3. grid and characters -----------------------------------------------------------------

/// The grey picture and box-shrunk copies (2×, 3×, 4×, 6×) to sample large characters from.
struct Pyramid<'a> {
    base: &'a GrayImage,
    levels: Vec<(u32, GrayImage)>,
}

impl<'a> Pyramid<'a> {
    fn new(base: &'a GrayImage) -> Pyramid<'a> {
        Pyramid { base, levels: Vec::new() }
    }

    fn get(&self, f: u32) -> &GrayImage {
        self.levels.iter().find(|l| l.0 == f).map_or(self.base, |l| &l.1)
    }

    /// Make the `f`× copy (1 = the picture itself).
    fn ensure(&mut self, f: u32) {
        if f <= 1 || self.levels.iter().any(|l| l.0 == f) {
            return;
        }
        let (w, h) = self.base.dimensions();
        let (ow, oh) = ((w / f).max(1), (h / f).max(1));
        let src = self.base.as_raw();
        let mut out = GrayImage::new(ow, oh);
        for oy in 0..oh {
            for ox in 0..ow {
                let mut s = 0u32;
                for y in oy * f..(oy * f + f).min(h) {
                    let row = (y * w) as usize;
                    for x in ox * f..(ox * f + f).min(w) {
                        s += u32::from(src[row + x as usize]);
                    }
                }
                out.put_pixel(ox, oy, image::Luma([(s / (f * f)) as u8]));
            }
        }
        self.levels.push((f, out));
    }
}

fn bilinear(img: &GrayImage, x: f32, y: f32) -> f32 {
    let (w, h) = (img.width() as i32, img.height() as i32);
    let (x, y) = (x.clamp(0.0, (w - 1) as f32), y.clamp(0.0, (h - 1) as f32));
    let (xi, yi) = (x as i32, y as i32);
    let (fx, fy) = (x - xi as f32, y - yi as f32);
    let px = img.as_raw();
    let at = |xx: i32, yy: i32| f32::from(px[(yy.min(h - 1) * w + xx.min(w - 1)) as usize]);
    let top = at(xi, yi) * (1.0 - fx) + at(xi + 1, yi) * fx;
    let bot = at(xi, yi + 1) * (1.0 - fx) + at(xi + 1, yi + 1) * fx;
    top * (1.0 - fy) + bot * fy
}

/// Zero-mean, unit-norm templates.
fn templates() -> &'static Vec<[f32; TW * TH]> {
    static T: std::sync::OnceLock<Vec<[f32; TW * TH]>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        TEMPLATES
            .iter()
            .map(|t| {
                let m = t.iter().map(|&v| f32::from(v)).sum::<f32>() / (TW * TH) as f32;
                let mut o = [0f32; TW * TH];
                for (o, &v) in o.iter_mut().zip(t.iter()) {
                    *o = f32::from(v) - m;
                }
                let n = o.iter().map(|v| v * v).sum::<f32>().sqrt().max(1e-3);
                o.iter_mut().for_each(|v| *v /= n);
                o
            })
            .collect()
    })
}

/// A cell's size in picture pixels: the glyph's advance along the line (the template is one
/// advance wide; about the pitch) and the cap height across it. They are measured separately because a photo
/// taken at an angle foreshortens one and not the other.
#[derive(Debug, Clone, Copy)]
struct CellSize {
    pitch: f32,
    cap: f32,
}

impl CellSize {
    /// The font's own proportions.
    fn of_cap(cap: f32) -> CellSize {
        CellSize { pitch: cap * PITCH_PER_CAP, cap }
    }
}

struct CellRead {
    /// Ranked by normalised cross-correlation with the templates.
    cands: Candidates,
    /// The best character's shift, in picture pixels along the line and across it.
    shift: (f32, f32),
    /// The resampled cell with its shift margins (ink values) and where the best template's
    /// window sits in it: the learned classifier reads that window, training cuts it out.
    patch: RawCell,
}

/// A resampled cell: `w` × `h` ink values (255 − grey), the template window at `at`.
#[derive(Debug, Clone)]
pub struct RawCell {
    pub w: usize,
    pub h: usize,
    pub at: (usize, usize),
    pub ink: Vec<f32>,
}

impl RawCell {
    fn window(&self) -> [f32; TW * TH] {
        let mut win = [0f32; TW * TH];
        let (ox, oy) = self.at;
        for r in 0..TH {
            let from = (oy + r) * self.w + ox;
            win[r * TW..(r + 1) * TW].copy_from_slice(&self.ink[from..from + TW]);
        }
        win
    }
}

impl CellRead {
    /// The characters ranked by the learned classifier at the templates' best shift (the
    /// templates' ranking when there is no model or no ink).
    fn ranked(&self, class: icao::Class) -> Candidates {
        if templates_only() {
            return self.cands.clone();
        }
        learned::rank(&self.patch.window(), class).unwrap_or_else(|| self.cands.clone())
    }

    fn score(&self) -> f32 {
        self.cands.first().map_or(0.0, |c| c.1)
    }
}

fn unchecked_margin() -> f32 {
    if templates_only() || !learned::available() {
        UNCHECKED_MARGIN_TEMPLATES
    } else {
        UNCHECKED_MARGIN
    }
}

/// `MRZ_TEMPLATES_ONLY`: rank characters by the templates alone (to measure what the learned
/// classifier adds).
fn templates_only() -> bool {
    static T: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *T.get_or_init(|| std::env::var_os("MRZ_TEMPLATES_ONLY").is_some())
}

/// Match one cell centred at `c` (picture pixels) of a line with direction `u`.
fn read_cell(
    img: &GrayImage,
    f: u32,
    c: (f32, f32),
    (u, v): ((f32, f32), (f32, f32)),
    size: CellSize,
    class: icao::Class,
    shifts: (i32, i32),
) -> CellRead {
    let CellSize { pitch, cap } = size;
    // `v`: the print's own "down" at this cell (perpendicular to the line unless the photo
    // shears it).
    let n = v;
    let (sx, sy) = (shifts.0 as usize, shifts.1 as usize);
    let (pw, ph) = (TW + 2 * sx, TH + 2 * sy);
    let su = pitch / TW as f32;
    let sn = cap * CELL_H_CAPS / TH as f32;
    let mut patch = vec![0f32; pw * ph];
    let to_level = |v: f32| (v + 0.5) / f as f32 - 0.5;
    for py in 0..ph {
        let oy = (py as f32 - (ph as f32 - 1.0) / 2.0) * sn;
        for px in 0..pw {
            let ox = (px as f32 - (pw as f32 - 1.0) / 2.0) * su;
            let x = c.0 + ox * u.0 + oy * n.0;
            let y = c.1 + ox * u.1 + oy * n.1;
            patch[py * pw + px] = 255.0 - bilinear(img, to_level(x), to_level(y));
        }
    }
    let tpl = templates();
    let allowed: Vec<usize> = (0..CHARS.len()).filter(|&i| class.allows(CHARS[i])).collect();
    let mut best = vec![(-2f32, (0i32, 0i32)); allowed.len()];
    let mut win = [0f32; TW * TH];
    for dy in -(sy as i32)..=sy as i32 {
        for dx in -(sx as i32)..=sx as i32 {
            let (ox, oy) = ((dx + sx as i32) as usize, (dy + sy as i32) as usize);
            for r in 0..TH {
                win[r * TW..(r + 1) * TW]
                    .copy_from_slice(&patch[(oy + r) * pw + ox..(oy + r) * pw + ox + TW]);
            }
            let m = win.iter().sum::<f32>() / (TW * TH) as f32;
            let norm = win.iter().map(|v| (v - m) * (v - m)).sum::<f32>().sqrt();
            if norm < 1e-3 {
                continue;
            }
            for (k, &t) in allowed.iter().enumerate() {
                let s = win.iter().zip(tpl[t].iter()).map(|(a, b)| a * b).sum::<f32>() / norm;
                if s > best[k].0 {
                    best[k] = (s, (dx, dy));
                }
            }
        }
    }
    let mut ranked: Vec<(usize, f32, (i32, i32))> =
        allowed.iter().zip(best.iter()).map(|(&t, &(s, d))| (t, s, d)).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let best_d = ranked.first().map_or((0, 0), |r| r.2);
    let shift = (best_d.0 as f32 * su, best_d.1 as f32 * sn);
    let at = ((best_d.0 + sx as i32) as usize, (best_d.1 + sy as i32) as usize);
    CellRead {
        cands: ranked.iter().take(5).map(|r| (CHARS[r.0], r.1)).collect(),
        shift,
        patch: RawCell { w: pw, h: ph, at, ink: patch },
    }
}

struct Attempt {
    format: Format,
    lines: Vec<Vec<u8>>,
    valid: bool,
    share: f32,
    score: f32,
    cap: f32,
    ends: Vec<(f32, f32)>,
    /// Every cell as resampled, line by line (for training the classifier).
    raw: Vec<Vec<RawCell>>,
}

impl Attempt {
    /// Valid first, then how well the cells match (the right format and direction match far
    /// better than a wrong grid), the share of agreeing check digits breaking near-ties.
    fn rank(&self) -> (bool, i32) {
        (self.valid, (self.score * 1000.0 + self.share * 30.0) as i32)
    }
}

fn read_group(pyr: &mut Pyramid, group: &[TextLine], this_year: i32) -> Option<Attempt> {
    let formats: &[Format] =
        if group.len() == 3 { &[Format::TD1] } else { &[Format::TD3, Format::TD2] };
    let mut best: Option<Attempt> = None;
    for &format in formats {
        for flip in [false, true] {
            // The grid anchored on the characters first; where that does not read, the grid
            // spread over the line's ink (it holds when characters merge or break up, which
            // leaves too few single characters to anchor on).
            for anchored in [true, false] {
                let Some(a) = read_as(pyr, group, format, flip, anchored, this_year) else {
                    continue;
                };
                let better = best.as_ref().is_none_or(|b| a.rank() > b.rank());
                let done = a.valid;
                if better {
                    best = Some(a);
                }
                if done {
                    return best;
                }
            }
        }
    }
    best.filter(|b| {
        b.score >= MIN_ZONE_SCORE && b.lines.iter().any(|l| l.windows(2).any(|w| w == b"<<"))
    })
}

fn read_as(
    pyr: &mut Pyramid,
    group: &[TextLine],
    format: Format,
    flip: bool,
    anchored: bool,
    this_year: i32,
) -> Option<Attempt> {
    let debug = std::env::var_os("MRZ_DEBUG").is_some();
    let n = format.len();
    // Lines in reading order, each with its direction.
    let mut lines: Vec<TextLine> = group.to_vec();
    if flip {
        lines.reverse();
        for l in &mut lines {
            std::mem::swap(&mut l.a, &mut l.b);
        }
    }
    let cap = {
        let mut c: Vec<f32> = lines.iter().map(|l| l.cap).collect();
        c.sort_by(f32::total_cmp);
        c[c.len() / 2]
    };
    let longest = lines.iter().map(TextLine::len).fold(0.0, f32::max);
    // Pitch implied by the format: OCR-B in an MRZ has 1.0–1.3 cap heights per character.
    let pitch0 = (longest - 0.8 * cap) / (n - 1) as f32;
    if !(0.75 * cap..=1.7 * cap).contains(&pitch0) {
        return None;
    }
    let u0 = lines[0].dir();
    let f = ((cap * PITCH_PER_CAP / TW as f32).floor() as u32).clamp(1, 6);
    let f = if f == 5 { 4 } else { f };
    pyr.ensure(f);
    let img = pyr.get(f);
    // The glyphs' own size: a blurred or inked-up zone has larger boxes than its cap height.
    // Pick the template scale that matches a sample of the first line's cells best.
    // Each line's grid from its own characters where it has enough of them; a line without
    // (glare, a gap) borrows the best-anchored line's grid moved across to it.
    let grids: Vec<Option<Grid>> =
        lines.iter().map(|l| anchored.then(|| anchored_grid(l, cap)).flatten()).collect();
    if grids.iter().flatten().any(|g| g.span > n + 1) {
        if debug {
            let spans: Vec<usize> = grids.iter().flatten().map(|g| g.span).collect();
            eprintln!("{format:?} flip {flip}: grid spans {spans:?} exceed {n}");
        }
        return None;
    }
    let donor = grids.iter().flatten().max_by_key(|g| g.anchors).cloned();
    // The lines of a zone are printed at one pitch and every cell holds ink, so a line whose
    // own grid disagrees with the best-anchored one (a stray mark chained in, a glare gap)
    // takes that one instead.
    let grids: Vec<Option<Grid>> = grids
        .into_iter()
        .map(|g| {
            g.filter(|g| {
                donor.as_ref().is_none_or(|d| {
                    (g.along[1] - d.along[1]).abs() <= 0.04 * d.along[1]
                        && g.span.abs_diff(d.span) <= 1
                })
            })
        })
        .collect();
    let donor = donor.as_ref();
    let placed: Vec<Option<Grid>> = lines
        .iter()
        .zip(&grids)
        .map(|(l, g)| g.clone().or_else(|| donor.map(|d| d.moved_to(l))))
        .collect();
    // The glyphs' own size: a blurred or inked-up zone has larger boxes than its cap height,
    // and the glyph's width is not always the pitch (printers space OCR-B differently; the
    // pitch is measured, the glyph width follows it by this ratio). Each is picked by how well
    // a sample of the first line's cells matches.
    let sample_score = |c: f32, ratio: f32| -> f32 {
        let line = &lines[0];
        let u = line.dir();
        let first = (line.a.0 + 0.4 * cap * u.0, line.a.1 + 0.4 * cap * u.1);
        (0..n)
            .step_by(5)
            .map(|i| {
                let (p, size) = match placed[0].as_ref() {
                    Some(g) => (
                        g.cell(i as f32).0,
                        CellSize { pitch: g.pitch_at(i as f32) * ratio, cap: c },
                    ),
                    None => (
                        (first.0 + i as f32 * pitch0 * u.0, first.1 + i as f32 * pitch0 * u.1),
                        CellSize::of_cap(c),
                    ),
                };
                let cls = icao::class_of(format, (0, i));
                read_cell(img, f, p, (u, (-u.1, u.0)), size, cls, SHIFT1).score()
            })
            .sum()
    };
    let best_of = |options: &[f32], score: &dyn Fn(f32) -> f32| -> f32 {
        options
            .iter()
            .map(|&o| (score(o), o))
            .fold((f32::NEG_INFINITY, 1.0), |b, x| if x.0 > b.0 { x } else { b })
            .1
    };
    // Coordinate search, height then the glyph's width against the measured pitch (as wide as
    // the pitch when OCR-B is printed at its own spacing, ~0.95 at ICAO's 2.54 mm pitch, less
    // when a printer spaces it out), then the height again at that width.
    let heights = [0.8f32, 0.87, 0.94, 1.0, 1.07];
    let ratios: &[f32] = if placed[0].is_some() { &[0.88, 0.94, 1.0] } else { &[1.0] };
    let mut gcap = cap * best_of(&heights, &|m| sample_score(cap * m, 1.0));
    let ratio = best_of(ratios, &|r| sample_score(gcap, r));
    if ratio != 1.0 {
        gcap = cap * best_of(&heights, &|m| sample_score(cap * m, ratio));
    }
    // Then finer: OCR-B's O and Q, or < and S, differ in a few samples, so a few per cent of
    // scale decide between them.
    let ratio = if placed[0].is_some() {
        best_of(&[ratio * 0.975, ratio, ratio * 1.025], &|r| sample_score(gcap, r))
    } else {
        ratio
    };
    let gcap = gcap * best_of(&[0.975, 1.0, 1.025], &|m| sample_score(gcap * m, ratio));
    if debug {
        eprintln!("gcap {gcap:.2} ratio {ratio}");
    }
    if debug {
        for g in grids.iter().flatten() {
            eprintln!("grid {:?} span {} anchors {} cap {cap:.1}", g.along, g.span, g.anchors);
        }
    }
    let mut cells: Vec<Vec<Candidates>> = Vec::new();
    let mut raw: Vec<Vec<RawCell>> = Vec::new();
    let mut scores = Vec::new();
    let mut ends = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let u = line.dir();
        if (u.0 * u0.0 + u.1 * u0.1) < 0.99 {
            return None;
        }
        let classes: Vec<icao::Class> = (0..n).map(|c| icao::class_of(format, (li, c))).collect();
        if let Some(g) = &placed[li] {
            // The print's "down" at each cell: towards the same cell of the next line (of the
            // line before, for the last). Under perspective it is not perpendicular to the
            // line, and a sheared glyph matches the wrong template (O as D or Q).
            let other = if li + 1 < placed.len() { li + 1 } else { li.wrapping_sub(1) };
            let nrm = (-u.1, u.0);
            let row: Vec<CellRead> = (0..n)
                .map(|i| {
                    let (c, scale) = g.cell(i as f32);
                    let v = placed
                        .get(other)
                        .and_then(|o| o.as_ref())
                        .map(|o| {
                            let d = o.cell(i as f32).0;
                            let (dx, dy) = (d.0 - c.0, d.1 - c.1);
                            let l = (dx * dx + dy * dy).sqrt().max(1e-3);
                            let sign = if dx * nrm.0 + dy * nrm.1 >= 0.0 { 1.0 } else { -1.0 };
                            (sign * dx / l, sign * dy / l)
                        })
                        // Only a moderate shear is believed (a wrong pairing gives any angle).
                        .filter(|v| v.0 * nrm.0 + v.1 * nrm.1 > 0.94)
                        .unwrap_or(nrm);
                    let size = CellSize { pitch: g.pitch_at(i as f32) * ratio, cap: gcap * scale };
                    read_cell(img, f, c, (u, v), size, classes[i], SHIFT1)
                })
                .collect();
            scores.extend(row.iter().map(CellRead::score));
            ends.push(g.cell(0.0).0);
            ends.push(g.cell((n - 1) as f32).0);
            cells.push(row.iter().zip(&classes).map(|(r, &c)| r.ranked(c)).collect());
            raw.push(row.into_iter().map(|r| r.patch).collect());
            continue;
        }
        // A line shorter than the longest (glare, a gap) keeps the longest's start.
        let start = if line.len() >= 0.95 * longest { line.a } else { lines_start(&lines, line) };
        let first = (start.0 + 0.4 * cap * u.0, start.1 + 0.4 * cap * u.1);
        let pitch = if line.len() >= 0.95 * longest {
            (line.len() - 0.8 * cap) / (n - 1) as f32
        } else {
            pitch0
        };
        let mut centres: Vec<(f32, f32)> = (0..n)
            .map(|i| (first.0 + i as f32 * pitch * u.0, first.1 + i as f32 * pitch * u.1))
            .collect();
        let read_line = |centres: &[(f32, f32)], shifts| -> Vec<CellRead> {
            (0..n)
                .map(|i| {
                    let size = CellSize::of_cap(gcap);
                    read_cell(img, f, centres[i], (u, (-u.1, u.0)), size, classes[i], shifts)
                })
                .collect()
        };
        let pass1 = read_line(&centres, SHIFT1);
        // Refit: quadratic along the line, linear across, through the cells that matched well.
        let nrm = (-u.1, u.0);
        let obs: Vec<(f32, f32, f32)> = pass1
            .iter()
            .enumerate()
            .filter(|(_, r)| r.cands.first().is_some_and(|c| c.1 >= 0.55))
            .map(|(i, r)| (i as f32, i as f32 * pitch + r.shift.0, r.shift.1))
            .collect();
        if obs.len() >= 8
            && let Some([a, b, c]) = polyfit2(&obs.iter().map(|o| (o.0, o.1)).collect::<Vec<_>>())
        {
            let [e0, e1] = linfit(&obs.iter().map(|o| (o.0, o.2)).collect::<Vec<_>>());
            centres = (0..n)
                .map(|i| {
                    let t = i as f32;
                    let s = a + b * t + c * t * t;
                    let d = e0 + e1 * t;
                    (first.0 + s * u.0 + d * nrm.0, first.1 + s * u.1 + d * nrm.1)
                })
                .collect();
        }
        let pass2 = read_line(&centres, SHIFT2);
        let row: Vec<CellRead> = pass2
            .into_iter()
            .zip(pass1)
            .map(|(b, a)| if b.score() >= a.score() { b } else { a })
            .collect();
        scores.extend(row.iter().map(CellRead::score));
        ends.push(centres[0]);
        ends.push(centres[n - 1]);
        cells.push(row.iter().zip(&classes).map(|(r, &c)| r.ranked(c)).collect());
        raw.push(row.into_iter().map(|r| r.patch).collect());
    }
    let (read, swaps) = icao::decode(format, &cells);
    if debug {
        let m = scores.iter().sum::<f32>() / scores.len().max(1) as f32;
        eprintln!(
            "{format:?} flip {flip} cap {cap:.1} pitch0 {pitch0:.2} mean {m:.3} {:?}",
            read.iter().map(|l| String::from_utf8_lossy(l).into_owned()).collect::<Vec<_>>()
        );
    }
    let checks = icao::checks(format, &read);
    let share = checks.iter().filter(|c| c.1).count() as f32 / checks.len() as f32;
    let mean = scores.iter().sum::<f32>() / scores.len().max(1) as f32;
    let min = scores.iter().copied().fold(f32::INFINITY, f32::min);
    // A read whose check digits agree only after a repair is not reported valid: on the
    // validation split, repairs let several misread characters agree by chance, and a wrong
    // "valid" read would show the person data their document does not say.
    // No check digit covers the name, state, nationality or sex: every such cell must be read
    // clearly (its best character ahead of the runner-up), and the name's filler must be all
    // `<`, or the read is not reported valid — a wrong name shown as the document's is worse
    // than asking for a sharper photo.
    let unchecked_clear = cells.iter().enumerate().all(|(li, row)| {
        row.iter().enumerate().all(|(ci, c)| {
            !icao::unchecked(format, (li, ci))
                || match (c.first(), c.get(1)) {
                    (Some(a), Some(b)) => a.1 - b.1 >= unchecked_margin(),
                    _ => true,
                }
        })
    });
    let valid = share == 1.0
        && unchecked_clear
        && icao::name_filler_ok(format, &read)
        && swaps == 0
        && icao::plausible(format, &read)
        && mean >= MIN_ZONE_SCORE
        && min >= MIN_CELL_SCORE
        && icao::fields(format, &read, this_year).birth_date.is_some();
    Some(Attempt { format, lines: read, valid, share, score: mean, cap: gcap, ends, raw })
}

/// A line's cell grid fitted to its own characters. Every MRZ cell holds ink (the filler `<`
/// too), so in a readable zone each character is one component: their centres give the pitch,
/// its change along the line (perspective) and the number of cells, where the line's ink
/// extent alone does not — one lost character at an end shifts every cell by a fraction, which
/// misreads the middle of a long line.
#[derive(Debug, Clone)]
struct Grid {
    origin: (f32, f32),
    u: (f32, f32),
    /// Cell index → distance along the line from `origin`: a + b k + c k².
    along: [f32; 3],
    /// Cell index → offset across the line.
    across: [f32; 2],
    /// Cell index → character height, relative to the line's middle cell.
    height: [f32; 2],
    /// Cells from the first anchored character to the last.
    span: usize,
    anchors: usize,
}

impl Grid {
    /// Centre of cell `k` and its character height relative to the line's middle.
    fn cell(&self, k: f32) -> ((f32, f32), f32) {
        let [a, b, c] = self.along;
        let s = a + b * k + c * k * k;
        let t = self.across[0] + self.across[1] * k;
        let nrm = (-self.u.1, self.u.0);
        let mid = (self.span.max(1) - 1) as f32 / 2.0;
        let h0 = (self.height[0] + self.height[1] * mid).max(1e-3);
        let scale = ((self.height[0] + self.height[1] * k) / h0).clamp(0.8, 1.25);
        (
            (self.origin.0 + s * self.u.0 + t * nrm.0, self.origin.1 + s * self.u.1 + t * nrm.1),
            scale,
        )
    }

    /// The distance from cell `k` to the next.
    fn pitch_at(&self, k: f32) -> f32 {
        self.along[1] + 2.0 * self.along[2] * k
    }

    /// The same grid on another line of the zone (lines of a zone start in the same column).
    fn moved_to(&self, line: &TextLine) -> Grid {
        let nrm = (-self.u.1, self.u.0);
        let d = (line.a.0 - self.origin.0) * nrm.0 + (line.a.1 - self.origin.1) * nrm.1;
        let mut g = self.clone();
        g.origin = (self.origin.0 + d * nrm.0, self.origin.1 + d * nrm.1);
        g
    }
}

/// Fit `Grid` to a line's characters; `None` when too few are single characters.
fn anchored_grid(line: &TextLine, cap: f32) -> Option<Grid> {
    let u = line.dir();
    let nrm = (-u.1, u.0);
    // (along, across, height) of the members that are one character wide (merged neighbours
    // of a blurred print are wider).
    let mut pts: Vec<(f32, f32, f32)> = line
        .members
        .iter()
        .filter(|m| m.along <= 1.3 * cap * PITCH_PER_CAP)
        .map(|m| {
            let d = (m.centre.0 - line.a.0, m.centre.1 - line.a.1);
            (d.0 * u.0 + d.1 * u.1, d.0 * nrm.0 + d.1 * nrm.1, m.across)
        })
        .collect();
    if pts.len() < 8 {
        return None;
    }
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut gaps: Vec<f32> = pts
        .windows(2)
        .map(|w| w[1].0 - w[0].0)
        .filter(|&g| g > 0.6 * cap && g < 1.8 * cap)
        .collect();
    if gaps.len() < 5 {
        return None;
    }
    gaps.sort_by(f32::total_cmp);
    let pitch = gaps[gaps.len() / 2];
    // Cell 0's centre sits about half a glyph after the ink starts.
    let mut along = [0.5 * pitch, pitch, 0.0];
    let mut keep: Vec<(f32, (f32, f32, f32))> = Vec::new();
    for round in 0..4 {
        keep = pts
            .iter()
            .filter_map(|&p| {
                let k = nearest_cell(&along, p.0)?;
                let [a, b, c] = along;
                let r = p.0 - (a + b * k + c * k * k);
                // Later rounds drop what does not sit on the grid (specks, split glyphs).
                let tol = if round == 0 { 0.6 } else { 0.3 };
                (r.abs() < tol * pitch).then_some((k, p))
            })
            .collect();
        if keep.len() < 8 {
            return None;
        }
        let obs: Vec<(f32, f32)> = keep.iter().map(|(k, p)| (*k, p.0)).collect();
        // A quadratic needs characters spread along the line; otherwise keep it straight.
        let spread = obs.last().map_or(0.0, |l| l.0) - obs.first().map_or(0.0, |f| f.0);
        // Straight first; the perspective's curvature only once outliers are gone.
        along = match polyfit2(&obs) {
            Some(f) if round >= 2 && spread >= 12.0 && f[1] > 0.5 * pitch => f,
            _ => {
                let [a, b] = linfit(&obs);
                [a, b, 0.0]
            }
        };
    }
    let k0 = keep.iter().map(|k| k.0).fold(f32::INFINITY, f32::min);
    let k1 = keep.iter().map(|k| k.0).fold(f32::NEG_INFINITY, f32::max);
    if k0 < -0.5 {
        return None;
    }
    let across = linfit(&keep.iter().map(|(k, p)| (*k, p.1)).collect::<Vec<_>>());
    let height = linfit(&keep.iter().map(|(k, p)| (*k, p.2)).collect::<Vec<_>>());
    Some(Grid {
        origin: line.a,
        u,
        along,
        across,
        height,
        span: (k1 - k0).round() as usize + 1,
        anchors: keep.len(),
    })
}

/// The cell index whose centre is nearest to distance `s` along the line.
fn nearest_cell(along: &[f32; 3], s: f32) -> Option<f32> {
    let [a, b, c] = *along;
    if b <= 0.0 {
        return None;
    }
    let mut k = (s - a) / b;
    for _ in 0..3 {
        k = (s - a - c * k * k) / b;
    }
    let k = k.round();
    (k.is_finite() && (-1.0..200.0).contains(&k)).then_some(k.max(0.0))
}

/// Where a short line of the group would start: the longest line's start moved across to it.
fn lines_start(lines: &[TextLine], line: &TextLine) -> (f32, f32) {
    let longest = lines.iter().max_by(|a, b| a.len().total_cmp(&b.len())).unwrap_or(line);
    let u = longest.dir();
    let nrm = (-u.1, u.0);
    let d = (line.a.0 - longest.a.0) * nrm.0 + (line.a.1 - longest.a.1) * nrm.1;
    (longest.a.0 + d * nrm.0, longest.a.1 + d * nrm.1)
}

fn linfit(pts: &[(f32, f32)]) -> [f32; 2] {
    let m = pts.len().max(1) as f32;
    let mx = pts.iter().map(|p| p.0).sum::<f32>() / m;
    let my = pts.iter().map(|p| p.1).sum::<f32>() / m;
    let sxx: f32 = pts.iter().map(|p| (p.0 - mx).powi(2)).sum();
    let sxy: f32 = pts.iter().map(|p| (p.0 - mx) * (p.1 - my)).sum();
    let b = if sxx > 1e-6 { sxy / sxx } else { 0.0 };
    [my - b * mx, b]
}

/// Least-squares y = a + b x + c x².
fn polyfit2(pts: &[(f32, f32)]) -> Option<[f32; 3]> {
    let mut s = [0f64; 5];
    let mut t = [0f64; 3];
    for &(x, y) in pts {
        let (x, y) = (f64::from(x), f64::from(y));
        let mut p = 1.0;
        for k in s.iter_mut() {
            *k += p;
            p *= x;
        }
        t[0] += y;
        t[1] += y * x;
        t[2] += y * x * x;
    }
    let m = [[s[0], s[1], s[2]], [s[1], s[2], s[3]], [s[2], s[3], s[4]]];
    let det = |m: &[[f64; 3]; 3]| {
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    };
    let d = det(&m);
    if d.abs() < 1e-9 {
        return None;
    }
    let mut out = [0f32; 3];
    for (k, o) in out.iter_mut().enumerate() {
        let mut mk = m;
        for r in 0..3 {
            mk[r][k] = t[r];
        }
        *o = (det(&mk) / d) as f32;
    }
    Some(out)
}

#[cfg(test)]
mod tests;
