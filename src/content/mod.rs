//! What the bot says: languages, Fluent messages, rejection reasons and their checklists, the FAQ.

pub mod i18n;
pub mod lang;

pub use i18n::{Localizer, localizer};
pub use lang::Lang;
pub mod checklist;
pub mod faq;
pub mod reasons;
