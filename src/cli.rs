//! Command-line interface (contracts.md: commands, flags, exit status).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::quality::Kind;

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
                    let line = serde_json::json!({"file": name, "error": {"code": error.code.as_str(), "message": error.message}});
                    writeln!(out, "{line}")?;
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
                    let mut value = serde_json::to_value(report)?;
                    if let Some(map) = value.as_object_mut() {
                        // Field order of contracts.md: file first, elapsed_ms last.
                        let mut ordered = serde_json::Map::new();
                        ordered.insert("file".into(), name.clone().into());
                        for (k, v) in std::mem::take(map) {
                            ordered.insert(k, v);
                        }
                        ordered.insert("elapsed_ms".into(), elapsed_ms.into());
                        value = serde_json::Value::Object(ordered);
                    }
                    writeln!(out, "{value}")?;
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

/// `faq`: the best FAQ answer to one question (contracts.md: `{"id":null,...}` when nothing
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
