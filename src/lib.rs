//! kyc-doctor: helps people fix a rejected OKX identity verification.
//!
//! Layout: `quality` (the shared photo checker), `dialogue` (the pure state machine), `content`
//! (reasons, checklists, FAQ, languages), and the `telegram` and `console` adapters around them.

pub mod cli;
pub mod config;
pub mod console;
pub mod content;
pub mod dialogue;
pub mod quality;
pub mod telegram;
pub mod telemetry;
