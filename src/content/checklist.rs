//! The final checklist: the reason's own steps, then one step per photo finding, then the data
//! review, then how to resubmit (or, for final reasons, what to do instead). Also the typed
//! expiry-date check.

use chrono::{Datelike, Months, NaiveDate};

use super::reasons::{ReasonId, numbered_ids};
use super::{Lang, localizer};
use crate::fluent_args;
use crate::quality::{Issue, IssueCode, Kind};

/// One titled part of the checklist, for adapters that show headings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The localised heading (`checklist-section-*`).
    pub heading: String,
    pub steps: Vec<String>,
}

/// The whole checklist with its title, in display order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    pub title: String,
    pub sections: Vec<Section>,
}

impl Checklist {
    /// Every step in order, without headings.
    pub fn steps(&self) -> Vec<String> {
        self.sections.iter().flat_map(|s| s.steps.iter().cloned()).collect()
    }
}

/// What is known about the case, so steps that do not apply are left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fit {
    /// `Some(false)`: the document is known and is not a passport, so passport-only steps go.
    pub passport: Option<bool>,
    /// The photos were already sent here, so "send your photos to this bot" goes.
    pub photos_sent: bool,
}

/// Reason steps that are about a passport only.
const PASSPORT_ONLY_STEPS: &[&str] = &[
    "reason-photo_cut_off-step-5",
    "reason-wrong_document-step-4",
    "reason-document_invalid-step-2",
    "reason-document_invalid-step-5",
];
/// Reason steps that ask for photos to be sent to the bot.
const SEND_PHOTOS_HERE_STEPS: &[&str] = &["reason-unknown-step-4"];

impl Fit {
    fn keeps(&self, id: &str) -> bool {
        !(self.passport == Some(false) && PASSPORT_ONLY_STEPS.contains(&id)
            || self.photos_sent && SEND_PHOTOS_HERE_STEPS.contains(&id))
    }
}

/// The reason's own steps that apply to this case.
pub fn reason_steps(lang: Lang, reason: ReasonId, fit: &Fit) -> Vec<String> {
    reason
        .step_ids()
        .iter()
        .filter(|id| fit.keeps(id))
        .map(|id| localizer().text(lang, id))
        .collect()
}

/// The ordered steps for `reason` given what the checker found, as a flat list (see
/// [`compose_sections`] for the order and the same list with headings).
pub fn compose(lang: Lang, reason: ReasonId, photo_issues: &[(Kind, Issue)]) -> Vec<String> {
    compose_sections(lang, reason, photo_issues).steps()
}

/// The checklist for `reason`. `photo_issues` pairs each finding with the kind of photo it was
/// found on (an ID side or the selfie), in any order and possibly from several photos.
///
/// Self-fixable reasons: the reason's steps; then one step per photo finding, failures before
/// warnings and, within a severity, findings that confirm the reason first (each message only once,
/// so the same blur on the front and the back gives one step); then the data review; then the
/// resubmission order. Final reasons (duplicate identity, not eligible) get their steps, which
/// already say what to do instead, and the "instead" list: no photo fixes and no resubmission,
/// because neither can change the outcome.
pub fn compose_sections(lang: Lang, reason: ReasonId, photo_issues: &[(Kind, Issue)]) -> Checklist {
    compose_sections_for(lang, reason, photo_issues, &Fit::default())
}

/// [`compose_sections`] for a known case: the photo fixes come first ("fix these first"), then
/// the reason's steps that apply, then the data review and the resubmission order.
pub fn compose_sections_for(
    lang: Lang,
    reason: ReasonId,
    photo_issues: &[(Kind, Issue)],
    fit: &Fit,
) -> Checklist {
    let l10n = localizer();
    let text = |id: &str| l10n.text(lang, id);
    let texts = |ids: Vec<String>| ids.iter().map(|id| text(id)).collect::<Vec<_>>();
    let section = |heading: &str, steps: Vec<String>| Section { heading: text(heading), steps };

    if reason.is_final() {
        return Checklist {
            title: text("checklist-title-final"),
            sections: vec![
                section("checklist-section-reason", reason.steps(lang)),
                section("checklist-section-instead", texts(numbered_ids("checklist-final-"))),
            ],
        };
    }

    let mut sections = Vec::new();
    let photo_steps = photo_issue_steps(lang, reason, photo_issues);
    if !photo_steps.is_empty() {
        sections.push(section("checklist-section-photos", photo_steps));
    }
    sections.push(section("checklist-section-reason", reason_steps(lang, reason, fit)));
    sections.push(section("checklist-section-data", texts(numbered_ids("checklist-data-"))));
    sections
        .push(section("checklist-section-resubmit", texts(numbered_ids("checklist-resubmit-"))));
    Checklist { title: text("checklist-title"), sections }
}

/// One fix step per distinct finding, most severe first.
fn photo_issue_steps(lang: Lang, reason: ReasonId, photo_issues: &[(Kind, Issue)]) -> Vec<String> {
    let related = reason.related_issue_codes();
    let mut ordered: Vec<&(Kind, Issue)> = photo_issues.iter().collect();
    // Stable sort: the checker's own order (most important measure first) survives within a rank.
    ordered.sort_by_key(|(_, issue)| {
        (std::cmp::Reverse(issue.severity), !related.contains(&issue.code))
    });
    let mut seen_ids: Vec<String> = Vec::new();
    let mut steps = Vec::new();
    for (kind, issue) in ordered {
        let id = issue_fix_id(*kind, issue.code);
        if seen_ids.contains(&id) {
            continue;
        }
        steps.push(issue_fix_text(lang, *kind, issue));
        seen_ids.push(id);
    }
    steps
}

/// Codes with a selfie-specific fix message (`issue-selfie-<code>-fix`).
const SELFIE_VARIANTS: [IssueCode; 5] = [
    IssueCode::Blurry,
    IssueCode::TooDark,
    IssueCode::TooBright,
    IssueCode::Grayscale,
    IssueCode::LowResolution,
];

/// The message id that says how to fix `code` on a photo of `kind`.
pub fn issue_fix_id(kind: Kind, code: IssueCode) -> String {
    if kind == Kind::Selfie && SELFIE_VARIANTS.contains(&code) {
        format!("issue-selfie-{}-fix", code.as_str())
    } else {
        format!("issue-{}-fix", code.as_str())
    }
}

/// The localised fix step for one finding, saying where the glare is when the checker knows.
pub fn issue_fix_text(lang: Lang, kind: Kind, issue: &Issue) -> String {
    let l10n = localizer();
    let id = issue_fix_id(kind, issue.code);
    if issue.code == IssueCode::Glare {
        let region_id = match issue.region {
            Some(region) => format!("region-{}", region.as_str()),
            None => "region-unknown".to_owned(),
        };
        let place = l10n.text(lang, &region_id);
        l10n.text_args(lang, &id, &fluent_args!["where" => place])
    } else {
        l10n.text(lang, &id)
    }
}

/// The outcome of checking a typed expiry date against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryVerdict {
    /// Before today.
    Expired,
    /// Today or within one calendar month from today.
    ExpiresSoon,
    Fine,
    /// "No expiry" words (长期, SEUMUR HIDUP, unbefristet, бессрочно…): a document valid for life.
    NoExpiry,
    Unreadable,
}

impl ExpiryVerdict {
    /// The message saying what the verdict means (no arguments).
    pub fn message_id(self) -> &'static str {
        match self {
            ExpiryVerdict::Expired => "expiry-expired",
            ExpiryVerdict::ExpiresSoon => "expiry-soon",
            ExpiryVerdict::Fine => "expiry-fine",
            ExpiryVerdict::NoExpiry => "expiry-none",
            ExpiryVerdict::Unreadable => "expiry-unreadable",
        }
    }
}

/// Reads an expiry date as people type it and compares it with `today`.
///
/// Accepted: `2027-03-15`, `2027/03/15`, `15.03.2027`, `15/03/2027`, `15-03-27`, `20270315`,
/// `15 Mar 2027`, `March 15, 2027`, `15th of March 2027`, `15 марта 2027`, month-only dates like
/// `03/2027`, `03/27`, `2027-03` or `Mar 2027` (read as the last day of that month, the day such a
/// document stops being valid).
///
/// Ambiguity: `03/04/2027` can be 3 April (day first) or 4 March (month first). The reading that
/// is a valid date wins; when both are valid, day first wins, since that is how most of the world
/// and most identity documents write dates. Two-digit years are 20yy unless that lands more than
/// 50 years after today, then 19yy (an expired document from the last century).
pub fn check_expiry(input: &str, today: NaiveDate) -> ExpiryVerdict {
    if says_no_expiry(input) {
        return ExpiryVerdict::NoExpiry;
    }
    match read_expiry_date(input, today) {
        None => ExpiryVerdict::Unreadable,
        Some(date) if date < today => ExpiryVerdict::Expired,
        Some(date) => {
            let month_ahead = today.checked_add_months(Months::new(1)).unwrap_or(NaiveDate::MAX);
            if date <= month_ahead { ExpiryVerdict::ExpiresSoon } else { ExpiryVerdict::Fine }
        }
    }
}

/// The date [`check_expiry`] reads from `input` (see there for the formats and the ambiguity rule).
pub fn read_expiry_date(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    let text = normalized(input);
    parse_date(&text, today).or_else(|| end_of_range(&text, today))
}

/// A validity range as printed on Chinese ID cards ("2017.03.15-2037.03.15") or typed
/// ("15.03.2017 – 15.03.2037", "2017年3月15日至2037年3月15日"): the date after the last separator
/// that has a full date on both sides.
fn end_of_range(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    const SEPARATORS: [char; 6] = ['-', '–', '—', '~', '至', '到'];
    text.char_indices().rev().filter(|(_, c)| SEPARATORS.contains(c)).find_map(|(at, c)| {
        let (from, to) = (&text[..at], &text[at + c.len_utf8()..]);
        parse_date(from, today).and(parse_date(to, today))
    })
}

/// Words printed or typed for a document that does not expire, lower-case.
const NO_EXPIRY_WORDS: &[&str] = &[
    "长期",
    "長期",
    "永久",
    "無期限",
    "seumur hidup",
    "unbefristet",
    "бессрочн",
    "безстроков",
    "no expiry",
    "no expiration",
    "does not expire",
    "never expires",
    "lifetime",
    "indefinid",
    "sin vencimiento",
    "sem validade",
    "illimité",
    "illimitat",
    "süresiz",
    "không thời hạn",
    "vô thời hạn",
    "무기한",
    "bezterminow",
    "onbepaalde tijd",
    "ไม่มีวันหมดอายุ",
    "ตลอดชีพ",
    "indeterminad",
    "영구",
    "sin fecha de vencimiento",
    "unlimited",
    "आजीवन",
    "مدى الحياة",
    "دائم",
];

fn says_no_expiry(input: &str) -> bool {
    let lower = input.to_lowercase();
    NO_EXPIRY_WORDS.iter().any(|w| lower.contains(w))
}

/// The typed text with other digit systems as ASCII digits (Arabic-Indic ١٥, Persian ۱۵,
/// Devanagari १५, Thai ๑๕, full-width １５), era years as Western years (令和9年 → 2027年,
/// 平成31年 → 2019年, 民國116年 → 2027年), Thai Buddhist-era years as Western years (2570 → 2027),
/// and month names in scripts whose vowel signs would split a word (Thai, Devanagari) or that
/// take two words (Arabic "كانون الثاني") as the English abbreviation [`month_of`] knows.
fn normalized(input: &str) -> String {
    let digits: String = input
        .chars()
        .map(|c| {
            let zero = match c {
                '\u{0660}'..='\u{0669}' => 0x0660,
                '\u{06F0}'..='\u{06F9}' => 0x06F0,
                '\u{0966}'..='\u{096F}' => 0x0966,
                '\u{0E50}'..='\u{0E59}' => 0x0E50,
                '\u{FF10}'..='\u{FF19}' => 0xFF10,
                _ => return c,
            };
            char::from(b'0' + (c as u32 - zero) as u8)
        })
        .collect();
    let mut out = digits;
    for (era, first_year) in
        [("令和", 2018), ("平成", 1988), ("昭和", 1925), ("民國", 1911), ("民国", 1911)]
    {
        while let Some(at) = out.find(era) {
            let rest = &out[at + era.len()..];
            let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
            let (year, skip) = if rest.starts_with('元') {
                (first_year + 1, '元'.len_utf8())
            } else if let Ok(n) = number.parse::<i32>() {
                (first_year + n, number.len())
            } else {
                break;
            };
            out = format!("{}{year}{}", &out[..at], &rest[skip..]);
        }
    }
    for (name, month) in NATIVE_MONTHS {
        if out.contains(name) {
            out = out.replace(name, &format!(" {month} "));
        }
    }
    // "พ.ศ." (Buddhist era) only marks the year, which is converted below either way.
    out = out.replace("พ.ศ.", " ").replace("พ.ศ", " ");
    buddhist_years_to_western(&out)
}

/// Month names that [`split_parts`] cannot take word by word, longest first where one contains
/// another, as an English abbreviation. Thai (full names and the dotted abbreviations printed on
/// Thai cards), Hindi (both spellings), Arabic (Egyptian/Gulf and Levantine names).
const NATIVE_MONTHS: &[(&str, &str)] = &[
    ("มกราคม", "jan"),
    ("กุมภาพันธ์", "feb"),
    ("มีนาคม", "mar"),
    ("เมษายน", "apr"),
    ("พฤษภาคม", "may"),
    ("มิถุนายน", "jun"),
    ("กรกฎาคม", "jul"),
    ("สิงหาคม", "aug"),
    ("กันยายน", "sep"),
    ("ตุลาคม", "oct"),
    ("พฤศจิกายน", "nov"),
    ("ธันวาคม", "dec"),
    ("มี.ค.", "mar"),
    ("เม.ย.", "apr"),
    ("มิ.ย.", "jun"),
    ("ม.ค.", "jan"),
    ("ก.พ.", "feb"),
    ("พ.ค.", "may"),
    ("ก.ค.", "jul"),
    ("ส.ค.", "aug"),
    ("ก.ย.", "sep"),
    ("ต.ค.", "oct"),
    ("พ.ย.", "nov"),
    ("ธ.ค.", "dec"),
    ("มี.ค", "mar"),
    ("เม.ย", "apr"),
    ("มิ.ย", "jun"),
    ("ม.ค", "jan"),
    ("ก.พ", "feb"),
    ("พ.ค", "may"),
    ("ก.ค", "jul"),
    ("ส.ค", "aug"),
    ("ก.ย", "sep"),
    ("ต.ค", "oct"),
    ("พ.ย", "nov"),
    ("ธ.ค", "dec"),
    ("जनवरी", "jan"),
    ("फ़रवरी", "feb"),
    ("\u{095E}रवरी", "feb"),
    ("फरवरी", "feb"),
    ("मार्च", "mar"),
    ("अप्रैल", "apr"),
    ("मई", "may"),
    ("जून", "jun"),
    ("जुलाई", "jul"),
    ("अगस्त", "aug"),
    ("सितंबर", "sep"),
    ("सितम्बर", "sep"),
    ("अक्टूबर", "oct"),
    ("अक्तूबर", "oct"),
    ("नवंबर", "nov"),
    ("नवम्बर", "nov"),
    ("दिसंबर", "dec"),
    ("दिसम्बर", "dec"),
    ("كانون الثاني", "jan"),
    ("كانون الأول", "dec"),
    ("تشرين الأول", "oct"),
    ("تشرين الثاني", "nov"),
    ("يناير", "jan"),
    ("فبراير", "feb"),
    ("مارس", "mar"),
    ("أبريل", "apr"),
    ("إبريل", "apr"),
    ("ابريل", "apr"),
    ("مايو", "may"),
    ("يونيو", "jun"),
    ("يونية", "jun"),
    ("يوليو", "jul"),
    ("يولية", "jul"),
    ("أغسطس", "aug"),
    ("اغسطس", "aug"),
    ("سبتمبر", "sep"),
    ("أكتوبر", "oct"),
    ("اكتوبر", "oct"),
    ("نوفمبر", "nov"),
    ("ديسمبر", "dec"),
    ("شباط", "feb"),
    ("آذار", "mar"),
    ("نيسان", "apr"),
    ("أيار", "may"),
    ("حزيران", "jun"),
    ("تموز", "jul"),
    ("أيلول", "sep"),
    ("آب", "aug"),
];

/// Four-digit years from 2400 to 2799 are Thai Buddhist-era years (BE = CE + 543): no Western
/// expiry date is that far away, and Thai documents and people write the year that way.
fn buddhist_years_to_western(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        match run.parse::<u32>() {
            Ok(year @ 2400..=2799) if run.len() == 4 => out.push_str(&(year - 543).to_string()),
            _ => out.push_str(run),
        }
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The whole reply to a typed expiry date: how the date was read (so a day/month mix-up shows)
/// and what that means, or the "could not read it" message.
pub fn expiry_reply(lang: Lang, input: &str, today: NaiveDate) -> String {
    let l10n = localizer();
    let verdict = check_expiry(input, today);
    if verdict == ExpiryVerdict::NoExpiry {
        return l10n.text(lang, verdict.message_id());
    }
    match read_expiry_date(input, today) {
        Some(date) if verdict != ExpiryVerdict::Unreadable => {
            let read_as = l10n.text_args(
                lang,
                "expiry-read-as",
                &fluent_args!["date" => date.format("%Y-%m-%d").to_string()],
            );
            // Chinese and Japanese sentences follow each other without a space ("…。这份…").
            let gap = if read_as.ends_with(['。', '！', '？']) { "" } else { " " };
            format!("{read_as}{gap}{}", l10n.text(lang, verdict.message_id()))
        }
        _ => l10n.text(lang, ExpiryVerdict::Unreadable.message_id()),
    }
}

/// A piece of a typed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// A number and how many digits it was written with (`03` has 2, `2027` has 4).
    Number(u32, usize),
    Month(u32),
}

fn parse_date(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    let parts = split_parts(input)?;
    let numbers: Vec<(u32, usize)> = parts
        .iter()
        .filter_map(|p| if let Part::Number(n, w) = p { Some((*n, *w)) } else { None })
        .collect();
    let months: Vec<u32> =
        parts.iter().filter_map(|p| if let Part::Month(m) = p { Some(*m) } else { None }).collect();
    let year = |n: u32, width: usize| expand_year(n, width, today);

    match (months.as_slice(), numbers.as_slice()) {
        // 20270315 or 15032027
        ([], [(n, 8)]) => {
            let (a, b, c) = (n / 10000, n / 100 % 100, n % 100);
            let (d, m, y) = (n / 1_000_000, n / 10000 % 100, n % 10000);
            ymd(a as i32, b, c)
                .filter(|_| (1900..=2200).contains(&a))
                .or_else(|| ymd(y as i32, m, d))
        }
        ([], [(a, wa), (b, _), (c, wc)]) => {
            if *wa == 4 {
                ymd(year(*a, *wa)?, *b, *c)
            } else if *wa == 3 {
                // 116/03/15: a Minguo (Taiwan) year, the only three-digit year people write.
                ymd(1911 + *a as i32, *b, *c)
            } else {
                // Day first when both readings are valid dates (see the doc comment).
                let y = year(*c, *wc)?;
                ymd(y, *b, *a).or_else(|| ymd(y, *a, *b))
            }
        }
        // 03/2027, 03/27, 2027-03
        ([], [(a, wa), (b, wb)]) => {
            if *wa == 4 {
                end_of_month(year(*a, *wa)?, *b)
            } else {
                end_of_month(year(*b, *wb)?, *a)
            }
        }
        // 15 Mar 2027, March 15 2027, 2027 Mar 15
        ([m], [(a, wa), (b, wb)]) => {
            if *wa == 4 || *a > 31 {
                ymd(year(*a, *wa)?, *m, *b)
            } else {
                ymd(year(*b, *wb)?, *m, *a)
            }
        }
        // Mar 2027
        ([m], [(y, wy)]) => end_of_month(year(*y, *wy)?, *m),
        _ => None,
    }
}

/// Splits into numbers and month names; other words ("expires", "th", "of", "года") are skipped.
/// More than a date's worth of parts is not a date.
fn split_parts(input: &str) -> Option<Vec<Part>> {
    let lower = input.to_lowercase();
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut current_is_digit = false;
    let flush = |token: &mut String, is_digit: bool, parts: &mut Vec<Part>| -> Option<()> {
        if token.is_empty() {
            return Some(());
        }
        if is_digit {
            // Longer digit runs than 8 are not part of a date; a failed parse means overflow.
            if token.len() > 8 {
                return None;
            }
            parts.push(Part::Number(token.parse().ok()?, token.len()));
        } else if let Some(m) = month_of(token) {
            parts.push(Part::Month(m));
        }
        token.clear();
        Some(())
    };
    for c in lower.chars() {
        let is_digit = c.is_ascii_digit();
        if c.is_alphanumeric() {
            if !current.is_empty() && is_digit != current_is_digit {
                flush(&mut current, current_is_digit, &mut parts)?;
            }
            current.push(c);
            current_is_digit = is_digit;
        } else {
            flush(&mut current, current_is_digit, &mut parts)?;
        }
        if parts.len() > 4 {
            return None;
        }
    }
    flush(&mut current, current_is_digit, &mut parts)?;
    Some(parts)
}

/// Month names and their common abbreviations in the Latin- and Cyrillic-script languages of the
/// locales (English, Russian, Ukrainian, Spanish, Portuguese, French, German, Italian, Turkish,
/// Indonesian, Polish, Dutch). Thai, Hindi and Arabic names become these in [`normalized`];
/// Chinese, Japanese, Korean and Vietnamese write months as numbers (3月, 3월, tháng 3).
fn month_of(word: &str) -> Option<u32> {
    const PREFIXES: [(&str, u32); 41] = [
        ("jan", 1),
        ("ene", 1),
        ("gen", 1),
        ("oca", 1),
        ("янв", 1),
        ("feb", 2),
        ("fev", 2),
        ("fév", 2),
        ("şub", 2),
        ("sub", 2),
        ("фев", 2),
        ("mar", 3),
        ("mär", 3),
        ("мар", 3),
        ("apr", 4),
        ("abr", 4),
        ("avr", 4),
        ("nis", 4),
        ("апр", 4),
        ("may", 5),
        ("mai", 5),
        ("mag", 5),
        ("mei", 5),
        ("май", 5),
        ("мая", 5),
        ("jun", 6),
        ("jui", 6),
        ("июн", 6),
        ("jul", 7),
        ("июл", 7),
        ("aug", 8),
        ("ago", 8),
        ("aoû", 8),
        ("agu", 8),
        ("авг", 8),
        ("sep", 9),
        ("set", 9),
        ("сен", 9),
        ("oct", 10),
        ("okt", 10),
        ("out", 10),
    ];
    const MORE: [(&str, u32); 8] = [
        ("окт", 10),
        ("nov", 11),
        ("noi", 11),
        ("ноя", 11),
        ("dec", 12),
        ("dic", 12),
        ("dez", 12),
        ("дек", 12),
    ];
    // Ukrainian, Polish, Italian, Turkish, Dutch, French, German (Austrian) and Indonesian names
    // the lists below miss; checked first, and long enough not to clash with them or with words
    // around a date ("tem validade" is not Turkish "temmuz").
    const UK_PL: [(&str, u32); 40] = [
        ("січ", 1),
        ("лют", 2),
        ("берез", 3),
        ("квіт", 4),
        ("трав", 5),
        ("черв", 6),
        ("лип", 7),
        ("серп", 8),
        ("верес", 9),
        ("жовт", 10),
        ("листоп", 11),
        ("груд", 12),
        ("sty", 1),
        ("lut", 2),
        ("kwi", 4),
        ("maj", 5),
        ("cze", 6),
        ("lip", 7),
        ("sie", 8),
        ("wrz", 9),
        ("paź", 10),
        ("listop", 11),
        ("gru", 12),
        ("giu", 6),
        ("lug", 7),
        ("ott", 10),
        ("hazi", 6),
        ("hazı", 6),
        ("temm", 7),
        ("ağu", 8),
        ("eyl", 9),
        ("ekim", 10),
        ("kası", 11),
        ("kasim", 11),
        ("aral", 12),
        ("maart", 3),
        ("mrt", 3),
        ("déc", 12),
        ("jän", 1),
        ("desem", 12),
    ];
    if let Some((_, m)) = UK_PL.iter().find(|(prefix, _)| word.starts_with(prefix)) {
        return Some(*m);
    }
    // French "juin" (June) and "juil(let)" (July) share "jui".
    if word.starts_with("juil") {
        return Some(7);
    }
    if word.chars().count() < 3 {
        return None;
    }
    PREFIXES.iter().chain(MORE.iter()).find(|(prefix, _)| word.starts_with(prefix)).map(|(_, m)| *m)
}

fn expand_year(n: u32, width: usize, today: NaiveDate) -> Option<i32> {
    let year = match width {
        1 | 2 => {
            let candidate = 2000 + n as i32;
            if candidate > today.year() + 50 { 1900 + n as i32 } else { candidate }
        }
        4 => n as i32,
        _ => return None,
    };
    (1900..=2200).contains(&year).then_some(year)
}

fn ymd(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day)
}

fn end_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quality::{Region, Severity};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn today() -> NaiveDate {
        date(2026, 11, 26)
    }

    fn issue(code: IssueCode, severity: Severity, region: Option<Region>) -> Issue {
        Issue { code, severity, value: 1.0, limit: 0.5, region }
    }

    #[test]
    fn expiry_reads_dates_as_people_type_them() {
        let want = date(2027, 3, 15);
        for input in
            ["令和9年3月15日", "١٥/٠٣/٢٠٢٧", "۱۵/۰۳/۲۰۲۷", "15 березня 2027", "15 marca 2027"]
        {
            assert_eq!(read_expiry_date(input, today()), Some(want), "{input}");
        }
        assert_eq!(read_expiry_date("平成31年4月30日", today()), Some(date(2019, 4, 30)));
        for input in ["长期", "SEUMUR HIDUP", "unbefristet", "бессрочно", "No expiry"] {
            assert_eq!(check_expiry(input, today()), ExpiryVerdict::NoExpiry, "{input}");
        }
        let fine = expiry_reply(Lang::EN, "2030-01-01", today());
        assert!(!fine.contains("not the problem"), "{fine}");
        let zh = expiry_reply(Lang::from_tag("zh-CN").unwrap(), "2037.03.15", today());
        assert!(zh.contains("2037-03-15。") && !zh.contains("。 "), "{zh}");
    }

    #[test]
    fn expiry_reads_month_names_in_every_locale() {
        let want = date(2027, 3, 15);
        // (locale, how a person there writes 15 March 2027)
        let cases = [
            ("en", "15 March 2027"),
            ("ru", "15 марта 2027 г."),
            ("uk", "15 березня 2027 р."),
            ("es", "15 de marzo de 2027"),
            ("pt", "15 de março de 2027"),
            ("pt-BR", "15/mar/2027"),
            ("fr", "15 mars 2027"),
            ("de", "15. März 2027"),
            ("it", "15 marzo 2027"),
            ("tr", "15 Mart 2027"),
            ("vi", "ngày 15 tháng 3 năm 2027"),
            ("id", "15 Maret 2027"),
            ("zh-CN", "2027年3月15日"),
            ("zh-TW", "民國116年3月15日"),
            ("ja", "令和9年3月15日"),
            ("ko", "2027년 3월 15일"),
            ("ar", "١٥ مارس ٢٠٢٧"),
            ("pl", "15 marca 2027"),
            ("nl", "15 maart 2027"),
            ("th", "15 มี.ค. 2570"),
            ("hi", "15 मार्च 2027"),
        ];
        assert_eq!(cases.len(), Lang::all().count());
        for (tag, input) in cases {
            assert!(Lang::from_tag(tag).is_some(), "{tag}");
            assert_eq!(read_expiry_date(input, today()), Some(want), "{tag}: {input}");
        }
        // Every month, in the languages whose names the older list missed.
        let months = [
            (
                "it",
                [
                    "gennaio",
                    "febbraio",
                    "marzo",
                    "aprile",
                    "maggio",
                    "giugno",
                    "luglio",
                    "agosto",
                    "settembre",
                    "ottobre",
                    "novembre",
                    "dicembre",
                ],
            ),
            (
                "tr",
                [
                    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
                    "Eylül", "Ekim", "Kasım", "Aralık",
                ],
            ),
            (
                "id",
                [
                    "Januari",
                    "Februari",
                    "Maret",
                    "April",
                    "Mei",
                    "Juni",
                    "Juli",
                    "Agustus",
                    "September",
                    "Oktober",
                    "November",
                    "Desember",
                ],
            ),
            (
                "nl",
                [
                    "januari",
                    "februari",
                    "maart",
                    "april",
                    "mei",
                    "juni",
                    "juli",
                    "augustus",
                    "september",
                    "oktober",
                    "november",
                    "december",
                ],
            ),
            (
                "fr",
                [
                    "janvier",
                    "février",
                    "mars",
                    "avril",
                    "mai",
                    "juin",
                    "juillet",
                    "août",
                    "septembre",
                    "octobre",
                    "novembre",
                    "décembre",
                ],
            ),
            (
                "pl",
                [
                    "stycznia",
                    "lutego",
                    "marca",
                    "kwietnia",
                    "maja",
                    "czerwca",
                    "lipca",
                    "sierpnia",
                    "września",
                    "października",
                    "listopada",
                    "grudnia",
                ],
            ),
            (
                "uk",
                [
                    "січня",
                    "лютого",
                    "березня",
                    "квітня",
                    "травня",
                    "червня",
                    "липня",
                    "серпня",
                    "вересня",
                    "жовтня",
                    "листопада",
                    "грудня",
                ],
            ),
            (
                "th",
                [
                    "มกราคม",
                    "กุมภาพันธ์",
                    "มีนาคม",
                    "เมษายน",
                    "พฤษภาคม",
                    "มิถุนายน",
                    "กรกฎาคม",
                    "สิงหาคม",
                    "กันยายน",
                    "ตุลาคม",
                    "พฤศจิกายน",
                    "ธันวาคม",
                ],
            ),
            (
                "th",
                [
                    "ม.ค.",
                    "ก.พ.",
                    "มี.ค.",
                    "เม.ย.",
                    "พ.ค.",
                    "มิ.ย.",
                    "ก.ค.",
                    "ส.ค.",
                    "ก.ย.",
                    "ต.ค.",
                    "พ.ย.",
                    "ธ.ค.",
                ],
            ),
            (
                "hi",
                [
                    "जनवरी",
                    "फ़रवरी",
                    "मार्च",
                    "अप्रैल",
                    "मई",
                    "जून",
                    "जुलाई",
                    "अगस्त",
                    "सितंबर",
                    "अक्टूबर",
                    "नवंबर",
                    "दिसंबर",
                ],
            ),
            (
                "ar",
                [
                    "يناير",
                    "فبراير",
                    "مارس",
                    "أبريل",
                    "مايو",
                    "يونيو",
                    "يوليو",
                    "أغسطس",
                    "سبتمبر",
                    "أكتوبر",
                    "نوفمبر",
                    "ديسمبر",
                ],
            ),
            (
                "ar",
                [
                    "كانون الثاني",
                    "شباط",
                    "آذار",
                    "نيسان",
                    "أيار",
                    "حزيران",
                    "تموز",
                    "آب",
                    "أيلول",
                    "تشرين الأول",
                    "تشرين الثاني",
                    "كانون الأول",
                ],
            ),
        ];
        for (tag, names) in months {
            for (i, name) in names.iter().enumerate() {
                let input = format!("10 {name} 2028");
                let got = read_expiry_date(&input, today());
                assert_eq!(got, Some(date(2028, i as u32 + 1, 10)), "{tag}: {input}");
            }
        }
    }

    #[test]
    fn expiry_reads_other_calendars_digits_and_ranges() {
        let want = date(2027, 3, 15);
        for input in [
            // Thai Buddhist era, with Thai digits and the พ.ศ. marker
            "15/03/2570",
            "๑๕/๐๓/๒๕๗๐",
            "15 มีนาคม พ.ศ. 2570",
            // Minguo years (Taiwan)
            "民國116年3月15日",
            "民国116年3月15日",
            "116/03/15",
            // Devanagari digits
            "१५/०३/२०२७",
            // A validity range: its end
            "2017.03.15-2037.03.15",
            "15.03.2017 – 15.03.2027",
            "2017年3月15日至2027年3月15日",
        ] {
            let got = read_expiry_date(input, today());
            let want = if input.starts_with("2017.03") { date(2037, 3, 15) } else { want };
            assert_eq!(got, Some(want), "{input}");
        }
        assert_eq!(read_expiry_date("平成元年1月8日", today()), Some(date(1989, 1, 8)));
        for input in
            ["ตลอดชีพ", "validade indeterminada", "永久有效", "영구", "sin fecha de vencimiento"]
        {
            assert_eq!(check_expiry(input, today()), ExpiryVerdict::NoExpiry, "{input}");
        }
        // Portuguese "tem" (has) is not Turkish "temmuz".
        assert_eq!(read_expiry_date("tem validade até 15/03/2027", today()), Some(want));
    }

    #[test]
    fn expiry_reads_common_formats() {
        let want = date(2027, 3, 15);
        for input in [
            "2027-03-15",
            "15.03.2027",
            "15/03/2027",
            "15-03-2027",
            "2027/03/15",
            "15.03.27",
            "15 Mar 2027",
            "15 March 2027",
            "March 15 2027",
            "March 15, 2027",
            "Mar 15th, 2027",
            "15th of March 2027",
            "15 марта 2027 г.",
            "15 de marzo de 2027",
            "20270315",
            "15032027",
            "  expires: 15.03.2027 ",
            "03/15/2027",
        ] {
            assert_eq!(read_expiry_date(input, today()), Some(want), "{input}");
            assert_eq!(check_expiry(input, today()), ExpiryVerdict::Fine, "{input}");
        }
    }

    #[test]
    fn month_only_dates_mean_the_end_of_that_month() {
        for input in ["03/2027", "03/27", "2027-03", "Mar 2027", "март 2027"] {
            assert_eq!(read_expiry_date(input, today()), Some(date(2027, 3, 31)), "{input}");
        }
    }

    #[test]
    fn ambiguous_dates_prefer_day_first_and_fall_back_to_the_valid_reading() {
        assert_eq!(read_expiry_date("03/04/2027", today()), Some(date(2027, 4, 3)));
        assert_eq!(read_expiry_date("04/25/2027", today()), Some(date(2027, 4, 25)));
        assert_eq!(read_expiry_date("25/04/2027", today()), Some(date(2027, 4, 25)));
    }

    #[test]
    fn expiry_verdicts_around_today() {
        assert_eq!(check_expiry("2026-11-25", today()), ExpiryVerdict::Expired);
        assert_eq!(check_expiry("26.11.2026", today()), ExpiryVerdict::ExpiresSoon);
        assert_eq!(check_expiry("20.12.2026", today()), ExpiryVerdict::ExpiresSoon);
        assert_eq!(check_expiry("26.12.2026", today()), ExpiryVerdict::ExpiresSoon);
        assert_eq!(check_expiry("27.12.2026", today()), ExpiryVerdict::Fine);
        assert_eq!(check_expiry("01/01/99", today()), ExpiryVerdict::Expired);
        assert_eq!(read_expiry_date("01/01/99", today()), Some(date(1999, 1, 1)));
        assert_eq!(check_expiry("11/2026", today()), ExpiryVerdict::ExpiresSoon);
    }

    #[test]
    fn garbage_is_unreadable() {
        for input in [
            "",
            "hello",
            "31.02.2027",
            "13/13/2027",
            "2027",
            "1 2 3 4 5",
            "99999999999999999999",
            "32 Mar 2027",
            "💥",
        ] {
            assert_eq!(check_expiry(input, today()), ExpiryVerdict::Unreadable, "{input}");
        }
    }

    #[test]
    fn expiry_reply_says_how_the_date_was_read() {
        let ru = Lang::from_tag("ru").unwrap();
        let reply = expiry_reply(ru, "03/04/2027", today());
        assert!(reply.contains("2027-04-03"), "{reply}");
        assert!(reply.ends_with(&localizer().text(ru, "expiry-fine")), "{reply}");
        assert_eq!(
            expiry_reply(Lang::EN, "soon", today()),
            localizer().text(Lang::EN, "expiry-unreadable")
        );
    }

    #[test]
    fn checklist_orders_reason_photos_data_resubmit() {
        let issues = [
            (Kind::Id, issue(IssueCode::Tilted, Severity::Warn, None)),
            (Kind::Id, issue(IssueCode::Blurry, Severity::Fail, None)),
            (Kind::Id, issue(IssueCode::Glare, Severity::Fail, Some(Region::TopRight))),
            (Kind::Id, issue(IssueCode::Blurry, Severity::Fail, None)),
            (Kind::Selfie, issue(IssueCode::Blurry, Severity::Warn, None)),
        ];
        let checklist = compose_sections(Lang::EN, ReasonId::PhotoGlare, &issues);
        let headings: Vec<&str> = checklist.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(headings.len(), 4);
        let reason_steps = ReasonId::PhotoGlare.steps(Lang::EN);
        assert_eq!(checklist.sections[1].steps, reason_steps);
        let photos = &checklist.sections[0].steps;
        // Failures first, the one confirming the reason (glare) before the other failure; the
        // duplicate blur is dropped; the selfie blur is a different fix and stays.
        assert_eq!(photos.len(), 4, "{photos:#?}");
        assert!(photos[0].contains("the top-right corner"), "{}", photos[0]);
        assert_eq!(photos[1], localizer().text(Lang::EN, "issue-blurry-fix"));
        assert_eq!(photos[3], localizer().text(Lang::EN, "issue-selfie-blurry-fix"));
        assert_eq!(checklist.sections[2].steps.len(), 5);
        assert_eq!(checklist.sections[3].steps.len(), 4);
        let flat = compose(Lang::EN, ReasonId::PhotoGlare, &issues);
        assert_eq!(flat, checklist.steps());
        assert_eq!(flat.first(), photos.first(), "fix these first");
        assert_eq!(flat.last(), Some(&localizer().text(Lang::EN, "checklist-resubmit-4")));
    }

    #[test]
    fn steps_that_do_not_apply_are_dropped() {
        let en = |id: &str| localizer().text(Lang::EN, id);
        let card = Fit { passport: Some(false), photos_sent: false };
        let steps = reason_steps(Lang::EN, ReasonId::PhotoCutOff, &card);
        assert!(!steps.contains(&en("reason-photo_cut_off-step-5")), "no passport step for a card");
        let passport = Fit { passport: Some(true), photos_sent: false };
        let steps = reason_steps(Lang::EN, ReasonId::PhotoCutOff, &passport);
        assert!(steps.contains(&en("reason-photo_cut_off-step-5")));
        let sent = Fit { passport: None, photos_sent: true };
        let steps = reason_steps(Lang::EN, ReasonId::Unknown, &sent);
        assert!(!steps.contains(&en("reason-unknown-step-4")), "the photos were sent already");
        assert_eq!(
            reason_steps(Lang::EN, ReasonId::Unknown, &Fit::default()),
            ReasonId::Unknown.steps(Lang::EN)
        );
    }

    #[test]
    fn final_reasons_say_what_to_do_instead() {
        let issues = [(Kind::Id, issue(IssueCode::Blurry, Severity::Fail, None))];
        let ru = Lang::from_tag("ru").unwrap();
        for reason in [ReasonId::DuplicateIdentity, ReasonId::NotEligible] {
            let checklist = compose_sections(ru, reason, &issues);
            assert_eq!(checklist.title, localizer().text(ru, "checklist-title-final"));
            let flat = checklist.steps();
            assert!(
                !flat.iter().any(|s| s.starts_with(&localizer().text(ru, "checklist-resubmit-1")))
            );
            assert!(!flat.contains(&localizer().text(ru, "issue-blurry-fix")));
            assert_eq!(flat.last(), Some(&localizer().text(ru, "checklist-final-3")));
        }
    }

    #[test]
    fn glare_without_a_region_still_reads() {
        let text =
            issue_fix_text(Lang::EN, Kind::Id, &issue(IssueCode::Glare, Severity::Fail, None));
        assert!(text.starts_with("A bright spot covers part of the document"), "{text}");
    }
}

/// Every message of the content files (reasons, issues, FAQ, checklist) parses, exists in English
/// and Russian alike, and formats without errors with the arguments the code passes.
#[cfg(test)]
mod locale_tests {
    use fluent_syntax::ast::Entry;

    use crate::content::{Lang, localizer};
    use crate::fluent_args;

    /// The content files, read at compile time so the test sees exactly these files (ui.ftl shares
    /// some prefixes, e.g. `faq-no-match`, and is tested by its owners).
    const FILES: [(&str, &str, &str); 8] = [
        ("en", "reasons", include_str!("../../locales/en/reasons.ftl")),
        ("en", "issues", include_str!("../../locales/en/issues.ftl")),
        ("en", "faq", include_str!("../../locales/en/faq.ftl")),
        ("en", "checklist", include_str!("../../locales/en/checklist.ftl")),
        ("ru", "reasons", include_str!("../../locales/ru/reasons.ftl")),
        ("ru", "issues", include_str!("../../locales/ru/issues.ftl")),
        ("ru", "faq", include_str!("../../locales/ru/faq.ftl")),
        ("ru", "checklist", include_str!("../../locales/ru/checklist.ftl")),
    ];

    fn ids(tag: &str, file: &str) -> Vec<String> {
        let (_, _, source) =
            FILES.iter().find(|(t, f, _)| *t == tag && *f == file).expect("listed file");
        let resource = match fluent_syntax::parser::parse(*source) {
            Ok(resource) => resource,
            Err((_, errors)) => panic!("{tag}/{file}.ftl does not parse: {errors:?}"),
        };
        let mut ids: Vec<String> = resource
            .body
            .iter()
            .filter_map(
                |e| if let Entry::Message(m) = e { Some(m.id.name.to_owned()) } else { None },
            )
            .collect();
        ids.sort();
        ids
    }

    #[test]
    fn content_messages_match_across_languages_and_format() {
        let l10n = localizer();
        let ru = Lang::from_tag("ru").unwrap();
        let mut total = 0;
        for file in ["reasons", "issues", "faq", "checklist"] {
            let en_ids = ids("en", file);
            assert_eq!(
                ids("ru", file),
                en_ids,
                "ru/{file}.ftl has other message ids than en/{file}.ftl"
            );
            for lang in [Lang::EN, ru] {
                for id in &en_ids {
                    let args = match id.as_str() {
                        "issue-glare-fix" => {
                            Some(fluent_args!["where" => l10n.text(lang, "region-top_right")])
                        }
                        "expiry-read-as" => Some(fluent_args!["date" => "2027-03-15"]),
                        id if id.starts_with("mrz-block-") => {
                            Some(fluent_args!["value" => "ERIKSSON"])
                        }
                        _ => None,
                    };
                    let text = l10n.try_format(lang, id, args.as_ref());
                    let text = text.unwrap_or_else(|e| panic!("{} {id}: {e}", lang.tag()));
                    assert!(!text.trim().is_empty(), "{} {id} is empty", lang.tag());
                    // Plain text for Telegram: no markup, no unfilled placeholders.
                    assert!(
                        !text.contains('{') && !text.contains('<') && !text.contains("**"),
                        "{} {id}: {text}",
                        lang.tag()
                    );
                }
            }
            total += en_ids.len();
        }
        assert!(total > 250, "{total}");
    }
}
