//! Cost lines: one named amount of a bill, in unrounded dollars.

use serde::Serialize;

/// One line of a monthly bill.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostLine {
    /// What is billed ("Lambda requests").
    pub item: String,
    /// Unrounded US dollars.
    pub usd: f64,
}

impl CostLine {
    pub fn new(item: impl Into<String>, usd: f64) -> Self {
        Self { item: item.into(), usd }
    }
}

/// The sum of unrounded lines.
pub fn total(lines: &[CostLine]) -> f64 {
    lines.iter().map(|line| line.usd).sum()
}

/// Dollars rounded half-up to cents for display: `$1,234.57`.
pub fn format_usd(usd: f64) -> String {
    let cents = (usd * 100.0 + 0.5).floor();
    let cents = if cents.is_finite() { cents.max(0.0) } else { 0.0 } as u64;
    let dollars = cents / 100;
    let mut grouped = String::new();
    let digits = dollars.to_string();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("${grouped}.{:02}", cents % 100)
}
