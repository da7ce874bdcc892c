//! The conversation as a pure state machine: `State` (serde data), incoming `Event`s, outgoing
//! `Reply`s, and `handle` between them. Transport-agnostic: Telegram and the terminal both drive it.

pub mod action;
pub mod event;
pub mod machine;
pub mod reply;
pub mod state;
pub mod view;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_tests;

pub use action::Action;
pub use event::{Command, Event, OtherMedia, PhotoCheck, PhotoMeta, PhotoOutcome};
pub use machine::{Context, handle};
pub use reply::{Button, Outcome, Reply};
pub use state::{Case, DocType, PhotoRecord, Slot, State, Step};
