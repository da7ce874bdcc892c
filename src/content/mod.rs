//! What the bot says: languages, Fluent messages, rejection reasons and their checklists, the FAQ.

pub mod checklist;
pub mod faq;
pub mod i18n;
pub mod lang;
pub mod reasons;

pub use i18n::{Localizer, localizer};
pub use lang::Lang;
