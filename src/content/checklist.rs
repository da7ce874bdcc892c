//! Placeholder (the content work replaces this file).

use chrono::NaiveDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExpiryVerdict {
    Expired,
    ExpiresSoon,
    Fine,
    Unreadable,
}

pub fn check_expiry(input: &str, today: NaiveDate) -> ExpiryVerdict {
    match NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d") {
        Ok(d) if d < today => ExpiryVerdict::Expired,
        Ok(d) if d < today + chrono::Days::new(31) => ExpiryVerdict::ExpiresSoon,
        Ok(_) => ExpiryVerdict::Fine,
        Err(_) => ExpiryVerdict::Unreadable,
    }
}
