//! Measures the FAQ matcher on the dev set: top-1 accuracy and the rate of confident wrong answers,
//! overall and per language.
//!
//!     cargo run --example faq-eval [-- PATH] [--verbose]
//!
//! A row is correct when the confident answer is one of the expected ids, or when a `none` row gets
//! no confident answer. A confident answer is wrong when its id is not expected (any confident
//! answer to a `none` row is wrong). An unconfident answer to a row with an expected id counts as a
//! miss, not as a confident wrong answer. The last column is how often the question's language is
//! detected right when the user has no language preference (fallback English).

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use kyc_doctor::content::faq::{detect_lang, match_question};
use kyc_doctor::content::{Lang, localizer};

#[derive(Default)]
struct Tally {
    rows: usize,
    correct: usize,
    confident_wrong: usize,
    /// Rows whose language was detected right with English as the fallback (no user preference).
    lang_right: usize,
}

impl Tally {
    fn add(&mut self, correct: bool, confident_wrong: bool, lang_right: bool) {
        self.rows += 1;
        self.lang_right += usize::from(lang_right);
        self.correct += usize::from(correct);
        self.confident_wrong += usize::from(confident_wrong);
    }

    fn line(&self, name: &str) -> String {
        let pct = |n: usize| if self.rows == 0 { 0.0 } else { 100.0 * n as f64 / self.rows as f64 };
        format!(
            "{name:<8} {:>4} rows  top-1 {:>5.1} %  confident wrong {:>4.1} %  language detected {:>5.1} %",
            self.rows,
            pct(self.correct),
            pct(self.confident_wrong),
            pct(self.lang_right)
        )
    }
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose" || a == "-v");
    // One tab-separated line of matcher features per row, for choosing thresholds.
    let dump = args.iter().any(|a| a == "--dump");
    let path =
        args.iter().find(|a| !a.starts_with('-')).map_or("tests/data/faq-dev.tsv", String::as_str);
    let data = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;

    let mut overall = Tally::default();
    // Rows in languages whose locale already has FAQ keys (the others can only match by accident).
    let mut indexed = Tally::default();
    let mut per_lang: BTreeMap<String, Tally> = BTreeMap::new();
    kyc_doctor::content::faq::prepare();
    let mut matching = std::time::Duration::ZERO;
    let mut questions = 0u32;
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let (Some(tag), Some(expected), Some(question)) =
            (fields.next(), fields.next(), fields.next())
        else {
            anyhow::bail!("{path}:{}: expected lang<TAB>id<TAB>question", n + 1);
        };
        // The user's chosen language is the row's language, as in the bot.
        let fallback = Lang::from_tag(tag).unwrap_or(Lang::EN);
        let started = std::time::Instant::now();
        let found = match_question(question, fallback);
        matching += started.elapsed();
        questions += 1;
        let expected: Vec<&str> = expected.split('|').collect();
        let want_none = expected == ["none"];
        let answer = found.confident_id();
        let correct = match answer {
            Some(id) => expected.contains(&id),
            None => want_none,
        };
        let confident_wrong = answer.is_some() && !correct;
        let lang_right = detect_lang(question, Lang::EN) == fallback;
        overall.add(correct, confident_wrong, lang_right);
        if localizer().defines(fallback, "faq-common_causes-keys") && Lang::from_tag(tag).is_some()
        {
            indexed.add(correct, confident_wrong, lang_right);
        }
        per_lang.entry(tag.to_owned()).or_default().add(correct, confident_wrong, lang_right);
        if dump {
            println!(
                "DUMP\t{tag}\t{}\t{:?}\t{:.3}\t{:.3}\t{:.3}\t{:.3}\t{question}",
                expected.join("|"),
                found.id,
                found.score,
                found.coverage,
                found.margin,
                found.evidence
            );
        }
        if verbose && !correct {
            println!(
                "{} {tag}\t{}\tgot {:?} ({:.2}{}) lang {} keys {}\t{question}",
                if confident_wrong { "WRONG" } else { "miss " },
                expected.join("|"),
                found.id,
                found.score,
                if found.confident { ", confident" } else { "" },
                found.lang.tag(),
                found.matched_in.map_or("-", Lang::tag),
            );
        }
    }
    for (tag, tally) in &per_lang {
        println!("{}", tally.line(tag));
    }
    println!("{}", indexed.line("indexed"));
    println!("{}", overall.line("overall"));
    println!(
        "matching: {:.0} µs per question on average",
        matching.as_secs_f64() * 1e6 / f64::from(questions.max(1))
    );
    Ok(())
}
