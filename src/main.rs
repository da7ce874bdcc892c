//! Wiring: configuration, logging, and the five commands of docs/contracts.md.

use std::{io::Write, process::ExitCode};

use clap::Parser;
use kyc_doctor::{
    cli::{Cli, CliCommand, run_check, run_faq},
    config::Config,
    console, shutdown, telegram, telemetry,
};

fn main() -> ExitCode {
    // `.env` is optional; the process environment wins over it.
    let _ = dotenvy::dotenv();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("kyc-doctor: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    match cli.command {
        None => {
            let config = Config::from_env()?;
            if config.token.is_some() {
                run_bot(config)
            } else {
                println!(
                    "No TELOXIDE_TOKEN set (get one from @BotFather and put it in .env) — starting the local chat instead."
                );
                run_chat(None)
            }
        }
        Some(CliCommand::Bot) => {
            let config = Config::from_env()?;
            if config.token.is_none() {
                anyhow::bail!(
                    "TELOXIDE_TOKEN is not set: get a token from @BotFather and put it in .env or the environment"
                );
            }
            run_bot(config)
        }
        Some(CliCommand::Chat { lang }) => run_chat(lang),
        Some(CliCommand::Check { kind, json, annotate, files }) => {
            kyc_doctor::quality::locate::init().map_err(anyhow::Error::msg)?;
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            let status = run_check(&files, kind.into(), json, annotate.as_deref(), &mut out)?;
            out.flush()?;
            Ok(status as u8)
        }
        Some(CliCommand::Faq { lang, json, question }) => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            let status = run_faq(&question.join(" "), lang.as_deref(), json, &mut out)?;
            out.flush()?;
            Ok(status as u8)
        }
    }
}

fn run_bot(config: Config) -> anyhow::Result<u8> {
    telemetry::init();
    // The document locator's model: a broken one stops the start, not a user's check.
    kyc_doctor::quality::locate::init().map_err(anyhow::Error::msg)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    // Listen for signals before anything else starts, so one that comes during start-up stops
    // the bot cleanly rather than killing it.
    let _in_runtime = runtime.enter();
    let stop = shutdown::signals();
    runtime.block_on(telegram::run(config, stop))?;
    Ok(0)
}

fn run_chat(lang: Option<String>) -> anyhow::Result<u8> {
    // The terminal's locale (LANG=ru_RU.UTF-8) unless --lang says otherwise.
    let lang = lang.or_else(|| {
        std::env::var("LANG").ok().and_then(|l| l.split('.').next().map(str::to_owned))
    });
    let stdin = std::io::stdin();
    console::run(stdin.lock(), std::io::stdout(), lang)?;
    Ok(0)
}
