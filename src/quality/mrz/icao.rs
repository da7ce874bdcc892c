//! ICAO 9303 machine-readable zones: layouts (TD1 3 × 30, TD2 2 × 36, TD3 2 × 44), the character
//! class of every position, check digits (weights 7-3-1, mod 10), repair of a read from the
//! classifier's ranked candidates, and the fields.
//!
//! Written here rather than taken from the `mrz` crate: the reader needs the per-position classes
//! and the check-digit groups to repair a read from its candidates, which a parser of finished
//! strings does not offer, and the parsing itself is this page of code.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Format {
    TD1,
    TD2,
    TD3,
}

impl Format {
    pub fn lines(self) -> usize {
        match self {
            Format::TD1 => 3,
            _ => 2,
        }
    }

    /// Characters per line (a format is never empty, so there is no `is_empty`).
    #[allow(clippy::len_without_is_empty)]
    pub fn len(self) -> usize {
        match self {
            Format::TD1 => 30,
            Format::TD2 => 36,
            Format::TD3 => 44,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::TD1 => "TD1",
            Format::TD2 => "TD2",
            Format::TD3 => "TD3",
        }
    }
}

/// What may stand at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// 0-9.
    Digit,
    /// 0-9 or `<` (a check digit over an optional field that may be empty).
    DigitOrFill,
    /// A-Z or `<` (names, state codes, the document code).
    Alpha,
    /// 0-9, A-Z or `<` (document number, optional data).
    Alnum,
    /// M, F, X or `<`.
    Sex,
}

impl Class {
    pub fn allows(self, c: u8) -> bool {
        match self {
            Class::Digit => c.is_ascii_digit(),
            Class::DigitOrFill => c.is_ascii_digit() || c == b'<',
            Class::Alpha => c.is_ascii_uppercase() || c == b'<',
            Class::Alnum => c.is_ascii_digit() || c.is_ascii_uppercase() || c == b'<',
            Class::Sex => matches!(c, b'M' | b'F' | b'X' | b'<'),
        }
    }
}

/// A position in the zone: (line, column).
pub type Pos = (usize, usize);

/// One check digit and the positions it covers (in order).
#[derive(Debug, Clone)]
pub struct Group {
    pub name: &'static str,
    pub covers: Vec<Pos>,
    pub check: Pos,
}

fn span(line: usize, r: std::ops::Range<usize>) -> impl Iterator<Item = Pos> {
    r.map(move |c| (line, c))
}

/// The class of every position.
pub fn class_of(f: Format, (line, col): Pos) -> Class {
    use Class::*;
    match f {
        Format::TD3 | Format::TD2 => {
            let n = f.len();
            match (line, col) {
                (0, _) => Alpha,
                (1, 0..=8) => Alnum,
                (1, 9) | (1, 13..=19) | (1, 21..=27) => Digit,
                (1, 10..=12) => Alpha,
                (1, 20) => Sex,
                (1, c) if c == n - 1 => Digit,
                (1, 42) if f == Format::TD3 => DigitOrFill,
                _ => Alnum,
            }
        }
        Format::TD1 => match (line, col) {
            (0, 0..=4) => Alpha,
            (0, 14) => Digit,
            (0, _) => Alnum,
            (1, 0..=6) | (1, 8..=14) | (1, 29) => Digit,
            (1, 7) => Sex,
            (1, 15..=17) => Alpha,
            (1, _) => Alnum,
            _ => Alpha,
        },
    }
}

/// The check digits of a format; the composite last.
pub fn groups(f: Format) -> Vec<Group> {
    match f {
        Format::TD3 | Format::TD2 => {
            let n = f.len();
            let mut g = vec![
                Group { name: "document_number", covers: span(1, 0..9).collect(), check: (1, 9) },
                Group { name: "birth_date", covers: span(1, 13..19).collect(), check: (1, 19) },
                Group { name: "expiry_date", covers: span(1, 21..27).collect(), check: (1, 27) },
            ];
            if f == Format::TD3 {
                g.push(Group {
                    name: "optional_data",
                    covers: span(1, 28..42).collect(),
                    check: (1, 42),
                });
            }
            let comp_end = if f == Format::TD3 { 43 } else { 35 };
            g.push(Group {
                name: "composite",
                covers: span(1, 0..10)
                    .chain(span(1, 13..20))
                    .chain(span(1, 21..comp_end))
                    .collect(),
                check: (1, n - 1),
            });
            g
        }
        Format::TD1 => vec![
            Group { name: "document_number", covers: span(0, 5..14).collect(), check: (0, 14) },
            Group { name: "birth_date", covers: span(1, 0..6).collect(), check: (1, 6) },
            Group { name: "expiry_date", covers: span(1, 8..14).collect(), check: (1, 14) },
            Group {
                name: "composite",
                covers: span(0, 5..30)
                    .chain(span(1, 0..7))
                    .chain(span(1, 8..15))
                    .chain(span(1, 18..29))
                    .collect(),
                check: (1, 29),
            },
        ],
    }
}

pub fn char_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 0,
    }
}

/// The check digit (0-9) of a sequence of characters.
pub fn check_digit(chars: impl IntoIterator<Item = u8>) -> u32 {
    const W: [u32; 3] = [7, 3, 1];
    chars.into_iter().enumerate().map(|(i, c)| char_value(c) * W[i % 3]).sum::<u32>() % 10
}

fn at(lines: &[Vec<u8>], (l, c): Pos) -> u8 {
    lines.get(l).and_then(|s| s.get(c)).copied().unwrap_or(b'?')
}

/// Whether a group's check digit agrees. An optional field left empty may carry `<` as its
/// check digit (TD3 position 43).
pub fn group_ok(lines: &[Vec<u8>], g: &Group) -> bool {
    let d = at(lines, g.check);
    let vals: Vec<u8> = g.covers.iter().map(|&p| at(lines, p)).collect();
    if d == b'<' {
        return g.name == "optional_data" && vals.iter().all(|&c| c == b'<');
    }
    d.is_ascii_digit() && check_digit(vals) == u32::from(d - b'0')
}

/// The result of every check digit, in `groups` order.
pub fn checks(f: Format, lines: &[Vec<u8>]) -> Vec<(&'static str, bool)> {
    groups(f).iter().map(|g| (g.name, group_ok(lines, g))).collect()
}

/// Ranked candidates of one cell: (character, score), best first, only characters its class
/// allows.
pub type Candidates = Vec<(u8, f32)>;

/// A read may swap a character for a runner-up only when the runner-up scored within this much
/// (normalised cross-correlation) of the best: a genuinely ambiguous cell (0/O, 8/B, 5/S under
/// blur), not any character that happens to satisfy the sum.
const REPAIR_DELTA: f32 = 0.10;

/// Best characters, then at most one swap per failed check digit to a close runner-up when that
/// makes the check agree (the smallest score loss wins; positions of groups that already agree are
/// not touched). Returns the lines and how many characters were swapped.
pub fn decode(f: Format, cells: &[Vec<Candidates>]) -> (Vec<Vec<u8>>, usize) {
    let mut lines: Vec<Vec<u8>> =
        cells.iter().map(|l| l.iter().map(|c| c.first().map_or(b'<', |x| x.0)).collect()).collect();
    let mut frozen = std::collections::HashSet::new();
    let mut swaps = 0;
    for g in groups(f) {
        if group_ok(&lines, &g) {
            frozen.extend(g.covers.iter().copied());
            frozen.insert(g.check);
            continue;
        }
        let mut best: Option<(f32, Pos, u8)> = None;
        for &p in g.covers.iter().chain(std::iter::once(&g.check)) {
            if frozen.contains(&p) {
                continue;
            }
            let Some(cands) = cells.get(p.0).and_then(|l| l.get(p.1)) else { continue };
            let Some(&(_, top)) = cands.first() else { continue };
            for &(c, s) in cands.iter().skip(1) {
                let loss = top - s;
                if loss > REPAIR_DELTA {
                    break;
                }
                let old = lines[p.0][p.1];
                lines[p.0][p.1] = c;
                if group_ok(&lines, &g) && best.is_none_or(|b| loss < b.0) {
                    best = Some((loss, p, c));
                }
                lines[p.0][p.1] = old;
            }
        }
        if let Some((_, p, c)) = best {
            lines[p.0][p.1] = c;
            swaps += 1;
            frozen.extend(g.covers.iter().copied());
            frozen.insert(g.check);
        }
    }
    (lines, swaps)
}

/// The document's data as its zone spells it.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct Fields {
    pub document_code: String,
    pub issuing_state: String,
    pub surname: String,
    pub given_names: String,
    pub document_number: String,
    pub nationality: String,
    /// YYYY-MM-DD (century guessed: a birth year after this year's two digits is 19xx).
    pub birth_date: Option<String>,
    pub sex: String,
    /// YYYY-MM-DD (20xx).
    pub expiry_date: Option<String>,
    pub optional_data: String,
}

fn text(lines: &[Vec<u8>], l: usize, r: std::ops::Range<usize>) -> String {
    let s: String = lines
        .get(l)
        .and_then(|x| x.get(r))
        .map(|b| b.iter().map(|&c| c as char).collect())
        .unwrap_or_default();
    s.trim_end_matches('<').replace('<', " ").trim().to_owned()
}

/// YYMMDD → (year, month, day), when it is a calendar date.
pub fn ymd(s: &str, birth: bool, this_year: i32) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 6 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let n = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    let (yy, m, d) = (n(0) as i32, n(2), n(4));
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => 29,
        _ => return None,
    };
    if d == 0 || d > days {
        return None;
    }
    let year = if birth {
        if yy > this_year % 100 { 1900 + yy } else { 2000 + yy }
    } else if yy >= 70 {
        1900 + yy
    } else {
        2000 + yy
    };
    Some((year, m, d))
}

fn raw(lines: &[Vec<u8>], l: usize, r: std::ops::Range<usize>) -> String {
    lines
        .get(l)
        .and_then(|x| x.get(r))
        .map(|b| b.iter().map(|&c| c as char).collect())
        .unwrap_or_default()
}

fn names(s: &str) -> (String, String) {
    let (sur, giv) = s.split_once("<<").unwrap_or((s, ""));
    let clean = |x: &str| x.replace('<', " ").split_whitespace().collect::<Vec<_>>().join(" ");
    (clean(sur), clean(giv))
}

pub fn fields(f: Format, lines: &[Vec<u8>], this_year: i32) -> Fields {
    let date = |s: String, birth: bool| {
        ymd(&s, birth, this_year).map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
    };
    match f {
        Format::TD3 | Format::TD2 => {
            let n = f.len();
            let (surname, given_names) = names(&raw(lines, 0, 5..n));
            Fields {
                document_code: text(lines, 0, 0..2),
                issuing_state: text(lines, 0, 2..5),
                surname,
                given_names,
                document_number: text(lines, 1, 0..9),
                nationality: text(lines, 1, 10..13),
                birth_date: date(raw(lines, 1, 13..19), true),
                sex: text(lines, 1, 20..21),
                expiry_date: date(raw(lines, 1, 21..27), false),
                optional_data: text(lines, 1, 28..if f == Format::TD3 { 42 } else { 35 }),
            }
        }
        Format::TD1 => {
            let (surname, given_names) = names(&raw(lines, 2, 0..30));
            let mut optional = text(lines, 0, 15..30);
            let o2 = text(lines, 1, 18..29);
            if !o2.is_empty() {
                optional = format!("{optional} {o2}").trim().to_owned();
            }
            Fields {
                document_code: text(lines, 0, 0..2),
                issuing_state: text(lines, 0, 2..5),
                surname,
                given_names,
                document_number: text(lines, 0, 5..14),
                nationality: text(lines, 1, 15..18),
                birth_date: date(raw(lines, 1, 0..6), true),
                sex: text(lines, 1, 7..8),
                expiry_date: date(raw(lines, 1, 8..14), false),
                optional_data: optional,
            }
        }
    }
}

/// Plausibility beyond the check digits: a known document code, calendar dates, a name and a
/// document number. A page of `<` satisfies every check digit (all zeros); this does not.
/// Whether position `p` is covered by no check digit (the name, the issuing state, the
/// nationality, the sex, the document code): a misread there cannot be caught.
pub fn unchecked(f: Format, p: Pos) -> bool {
    !groups(f).iter().any(|g| g.check == p || g.covers.contains(&p))
}

/// The name field's filler: once the name ends (`<<` after the given names, or after the
/// surname when there are none), every following cell is `<`. A name with letters after its
/// filler is a misread, not a name.
pub fn name_filler_ok(f: Format, lines: &[Vec<u8>]) -> bool {
    let (line, start) = match f {
        Format::TD1 => (2, 0),
        _ => (0, 5),
    };
    let Some(name) = lines.get(line).and_then(|l| l.get(start..)) else { return false };
    // Skip the primary separator `<<`, then look for the first `<<` after it.
    let Some(sep) = name.windows(2).position(|w| w == b"<<") else { return true };
    let rest = &name[sep + 2..];
    match rest.windows(2).position(|w| w == b"<<") {
        Some(end) => rest[end..].iter().all(|&c| c == b'<'),
        None => true,
    }
}

pub fn plausible(f: Format, lines: &[Vec<u8>]) -> bool {
    let first = at(lines, (0, 0));
    let code_ok = match f {
        Format::TD3 => first == b'P',
        _ => matches!(first, b'I' | b'A' | b'C' | b'V'),
    };
    let fl = fields(f, lines, 2000);
    code_ok
        && fl.birth_date.is_some()
        && fl.expiry_date.is_some()
        && !fl.surname.is_empty()
        && !fl.document_number.is_empty()
        && !fl.issuing_state.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(lines: &[&str]) -> Vec<Vec<u8>> {
        lines.iter().map(|l| l.as_bytes().to_vec()).collect()
    }

    // ICAO 9303 part 4 and 5 specimens, shared with the reader's tests.
    use crate::quality::mrz::tests::{TD1, TD2, TD3};

    #[test]
    fn icao_specimens_validate() {
        for (f, l) in [(Format::TD3, &TD3[..]), (Format::TD1, &TD1[..]), (Format::TD2, &TD2[..])] {
            let lines = v(l);
            assert!(checks(f, &lines).iter().all(|c| c.1), "{f:?} {:?}", checks(f, &lines));
            assert!(plausible(f, &lines));
        }
        let fl = fields(Format::TD3, &v(&TD3), 2026);
        assert_eq!(fl.surname, "ERIKSSON");
        assert_eq!(fl.given_names, "ANNA MARIA");
        assert_eq!(fl.document_number, "L898902C3");
        assert_eq!(fl.birth_date.as_deref(), Some("1974-08-12"));
        assert_eq!(fl.expiry_date.as_deref(), Some("2012-04-15"));
        assert_eq!(fl.nationality, "UTO");
        assert_eq!(fl.optional_data, "ZE184226B");
        let fl = fields(Format::TD1, &v(&TD1), 2026);
        assert_eq!(fl.document_number, "D23145890");
        assert_eq!(fl.sex, "F");
    }

    #[test]
    fn a_wrong_digit_fails_its_check_and_the_composite() {
        let mut lines = v(&TD3);
        lines[1][14] = b'5'; // birth date 7508..
        let c = checks(Format::TD3, &lines);
        assert!(!c.iter().find(|x| x.0 == "birth_date").unwrap().1);
        assert!(!c.iter().find(|x| x.0 == "composite").unwrap().1);
        assert!(c.iter().find(|x| x.0 == "document_number").unwrap().1);
    }

    #[test]
    fn a_page_of_fill_characters_is_not_plausible() {
        let lines = v(&["<".repeat(44).as_str(), "<".repeat(44).as_str()]);
        assert!(!plausible(Format::TD3, &lines));
    }

    #[test]
    fn repair_takes_a_close_runner_up_only() {
        let truth = v(&TD3);
        let mut cells: Vec<Vec<Candidates>> =
            truth.iter().map(|l| l.iter().map(|&c| vec![(c, 0.9)]).collect()).collect();
        // The '0' of the document number read as 'O' with '0' a close second.
        cells[1][5] = vec![(b'O', 0.80), (b'0', 0.78)];
        let (lines, swaps) = decode(Format::TD3, &cells);
        assert_eq!(lines, truth);
        assert_eq!(swaps, 1);
        // A runner-up far behind is not taken.
        cells[1][5] = vec![(b'O', 0.80), (b'0', 0.50)];
        let (lines, _) = decode(Format::TD3, &cells);
        assert_ne!(lines, truth);
    }

    #[test]
    fn classes_follow_the_layouts() {
        assert_eq!(class_of(Format::TD3, (1, 13)), Class::Digit);
        assert_eq!(class_of(Format::TD3, (1, 20)), Class::Sex);
        assert_eq!(class_of(Format::TD3, (1, 42)), Class::DigitOrFill);
        assert_eq!(class_of(Format::TD2, (1, 35)), Class::Digit);
        assert_eq!(class_of(Format::TD1, (0, 14)), Class::Digit);
        assert_eq!(class_of(Format::TD1, (2, 3)), Class::Alpha);
        assert_eq!(class_of(Format::TD1, (1, 7)), Class::Sex);
    }
}
