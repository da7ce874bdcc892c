//! kyc-doctor: helps people fix a rejected OKX identity verification.
//!
//! Layout: `quality` (the shared photo checker), `dialogue` (the pure state machine), `content`
//! (reasons, checklists, FAQ, languages), and the `telegram` and `console` adapters around them.
//! Infrastructure any adapter can use: `storage` (dialogue state), `coordination` (replicas),
//! `checker_pool` (checks off the async threads), `shutdown` (when to stop). Wiring: `cli`,
//! `config`, `telemetry`, and `main.rs`.

pub(crate) mod checker_pool;
pub mod cli;
pub mod config;
pub mod console;
pub mod content;
pub(crate) mod coordination;
pub mod dialogue;
pub mod quality;
pub mod shutdown;
pub mod storage;
pub mod telegram;
pub mod telemetry;
