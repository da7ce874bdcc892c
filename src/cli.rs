//! Command-line interface (docs/contracts.md: commands, flags, exit status).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::quality::{Kind, Report};

#[derive(Debug, Parser)]
#[command(
    name = "kyc-doctor",
    version,
    about = "Helps people fix a rejected OKX identity verification"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Run the Telegram bot (long polling; webhook when WEBHOOK_URL is set).
    Bot,
    /// The same dialogue in the terminal: type messages, `/photo PATH` sends a photo, a number presses a button.
    Chat {
        /// Answer in this language (a tag such as ru, pt-BR, zh-TW); default: from $LANG.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Run the photo-quality checker on local image files.
    Check {
        /// What the pictures show.
        #[arg(long, value_enum, default_value_t = KindArg::Id)]
        kind: KindArg,
        /// Print one JSON object per file (JSON Lines).
        #[arg(long)]
        json: bool,
        /// Write each picture with its findings drawn on it (JPEG) into this folder.
        #[arg(long, value_name = "DIR")]
        annotate: Option<PathBuf>,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Answer one free-text question from the FAQ.
    Faq {
        /// Answer in this language; default: detected from the question.
        #[arg(long)]
        lang: Option<String>,
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "QUESTION")]
        question: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    Id,
    Selfie,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Id => Kind::Id,
            KindArg::Selfie => Kind::Selfie,
        }
    }
}

/// One line of `check --json`, fields in the order of the contract (README, "check --json"):
/// `file`, the report's own fields, `elapsed_ms`. Serialised straight from structs, whose fields
/// serde writes in declaration order; a `serde_json::Value` would sort the keys.
#[derive(Serialize)]
struct ReportLine<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: &'a Report,
    #[serde(skip_serializing_if = "Option::is_none")]
    mrz: Option<&'a Option<crate::quality::mrz::MrzRead>>,
    elapsed_ms: u64,
}

/// `{"file": ..., "error": {"code": ..., "message": ...}}` for a file that cannot be analysed.
#[derive(Serialize)]
struct ErrorLine<'a> {
    file: &'a str,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'a str,
    message: &'a str,
}

/// `check`: one line (or JSON object) per file in input order. Returns the exit status:
/// 0 every file is fine, 1 something to fix, 2 a file could not be read.
pub fn run_check(
    files: &[PathBuf],
    kind: Kind,
    json: bool,
    annotate: Option<&std::path::Path>,
    out: &mut impl std::io::Write,
) -> anyhow::Result<i32> {
    use crate::quality::{CheckOptions, InputError, InputErrorCode};
    if let Some(dir) = annotate {
        std::fs::create_dir_all(dir)?;
    }
    let opts = CheckOptions { annotate: annotate.is_some(), ..CheckOptions::default() };
    let mut status = 0;
    for path in files {
        let name = path.display().to_string();
        let started = std::time::Instant::now();
        let result = match std::fs::read(path) {
            Ok(bytes) => crate::quality::check(&bytes, kind, &opts),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Err(InputError::new(InputErrorCode::NotFound, format!("no such file: {name}")))
            }
            Err(e) => {
                Err(InputError::new(InputErrorCode::NotFound, format!("cannot read {name}: {e}")))
            }
        };
        let elapsed_ms = started.elapsed().as_millis() as u64;
        match result {
            Err(error) => {
                status = 2;
                if json {
                    let error = ErrorBody { code: error.code.as_str(), message: &error.message };
                    writeln!(out, "{}", serde_json::to_string(&ErrorLine { file: &name, error })?)?;
                } else {
                    writeln!(
                        out,
                        "{name}: cannot analyse ({}): {}",
                        error.code.as_str(),
                        error.message
                    )?;
                }
            }
            Ok(checked) => {
                let report = &checked.report;
                if !report.ok && status == 0 {
                    status = 1;
                }
                if let (Some(dir), Some(jpeg)) = (annotate, &checked.annotated_jpeg) {
                    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("image");
                    std::fs::write(dir.join(format!("{stem}.annotated.jpg")), jpeg)?;
                }
                if json {
                    // Issue 14: the machine-readable zone for ID photos, null when none was
                    // found; with its lines and fields, since this runs on the person's own machine.
                    let mrz = (kind == Kind::Id).then_some(&report.mrz);
                    let line = ReportLine { file: &name, report, mrz, elapsed_ms };
                    writeln!(out, "{}", serde_json::to_string(&line)?)?;
                } else {
                    let verdict = if report.ok && report.issues.is_empty() {
                        "ok"
                    } else if report.ok {
                        "ok, with warnings"
                    } else {
                        "needs a retake"
                    };
                    writeln!(
                        out,
                        "{name}: {verdict} ({}×{}, {elapsed_ms} ms)",
                        report.width, report.height
                    )?;
                    match (&report.document, &report.face) {
                        (Some(Some(d)), _) => {
                            let q: Vec<String> =
                                d.quad.iter().map(|[x, y]| format!("({x:.0},{y:.0})")).collect();
                            writeln!(out, "  document at {} score {:.2}", q.join(" "), d.score)?;
                        }
                        (_, Some(Some(f))) => {
                            let [x, y, w, h] = f.bbox;
                            writeln!(
                                out,
                                "  {} face(s); main face at ({x:.0},{y:.0}) {w:.0}×{h:.0} score {:.2}",
                                report.faces.unwrap_or(1),
                                f.score
                            )?;
                        }
                        _ => {}
                    }
                    for issue in &report.issues {
                        let place =
                            issue.region.map(|r| format!(" at {}", r.as_str())).unwrap_or_default();
                        writeln!(
                            out,
                            "  {:<4} {:<16} value {:.4} limit {:.4}{place}",
                            if issue.severity == crate::quality::Severity::Fail {
                                "FAIL"
                            } else {
                                "warn"
                            },
                            issue.code.as_str(),
                            issue.value,
                            issue.limit,
                        )?;
                    }
                }
            }
        }
    }
    Ok(status)
}

/// `faq`: the best FAQ answer to one question (docs/contracts.md: `{"id":null,...}` when nothing
/// matches with confidence). Exit 0 either way: "no answer" is an answer, not a failure.
pub fn run_faq(
    question: &str,
    lang: Option<&str>,
    json: bool,
    out: &mut impl std::io::Write,
) -> anyhow::Result<i32> {
    use crate::content::{Lang, faq, localizer};
    let lang = lang.map(|tag| Lang::negotiate(Some(tag)));
    let answer = faq::answer_json(question, lang);
    if json {
        writeln!(out, "{answer}")?;
        return Ok(0);
    }
    let text = |key: &str| answer.get(key).and_then(|v| v.as_str()).unwrap_or("").to_owned();
    let shown = Lang::from_tag(&text("lang")).unwrap_or(Lang::EN);
    if answer.get("id").is_some_and(|id| id.is_string()) {
        writeln!(out, "{}\n\n{}", text("question"), text("answer"))?;
        // Further questions of the same message.
        for more in answer.get("more").and_then(|m| m.as_array()).into_iter().flatten() {
            let field = |key: &str| more.get(key).and_then(|v| v.as_str()).unwrap_or("");
            writeln!(out, "\n{}\n\n{}", field("question"), field("answer"))?;
        }
    } else if let Some(talk) = answer.get("smalltalk").and_then(|t| t.as_str()) {
        writeln!(out, "{}", localizer().text(shown, &format!("smalltalk-{talk}")))?;
    } else {
        let suggested: Vec<&str> = answer
            .get("alternatives")
            .and_then(|a| a.as_array())
            .into_iter()
            .flatten()
            .filter_map(|a| a.get("id").and_then(|id| id.as_str()))
            .collect();
        if suggested.is_empty() {
            writeln!(out, "{}", localizer().text(shown, "faq-no-match"))?;
            for id in faq::FAQ_IDS {
                writeln!(out, "  - {}", faq::question(shown, id))?;
            }
        } else {
            writeln!(out, "{}", localizer().text(shown, "faq-did-you-mean"))?;
            for id in suggested {
                writeln!(out, "  - {}", faq::question(shown, id))?;
            }
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn check_parses_its_flags() {
        let cli = Cli::try_parse_from([
            "kyc-doctor",
            "check",
            "--kind",
            "selfie",
            "--json",
            "a.jpg",
            "b.png",
        ])
        .unwrap();
        match cli.command {
            Some(CliCommand::Check { kind, json, files, annotate }) => {
                assert_eq!(kind, KindArg::Selfie);
                assert!(json);
                assert_eq!(files.len(), 2);
                assert!(annotate.is_none());
            }
            other => panic!("{other:?}"),
        }
        assert!(Cli::try_parse_from(["kyc-doctor", "check"]).is_err());
    }

    /// The keys of each JSON line, in the order they were written.
    fn keys(line: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut depth = 0;
        let mut rest = line;
        while let Some(i) = rest.find(['{', '}', '[', ']', '"']) {
            let c = rest.as_bytes()[i];
            rest = &rest[i + 1..];
            match c {
                b'{' | b'[' => depth += 1,
                b'}' | b']' => depth -= 1,
                _ => {
                    let end = rest.find('"').unwrap();
                    if depth == 1 && rest[end + 1..].starts_with(':') {
                        keys.push(rest[..end].to_owned());
                    }
                    rest = &rest[end + 1..];
                }
            }
        }
        keys
    }

    #[test]
    fn check_json_keeps_the_contract_key_order() {
        let dir = tempfile::tempdir().unwrap();
        let picture = dir.path().join("flat.png");
        image::GrayImage::from_pixel(800, 600, image::Luma([128])).save(&picture).unwrap();
        let missing = dir.path().join("missing.jpg");
        let mut out = Vec::new();
        run_check(&[picture, missing], Kind::Id, true, None, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            keys(lines[0]),
            ["file", "kind", "ok", "width", "height", "issues", "document", "mrz", "elapsed_ms"]
        );
        assert_eq!(keys(lines[1]), ["file", "error"]);
        assert!(lines[1].contains(r#""error":{"code":"not_found","message":"#), "{}", lines[1]);
    }
}
