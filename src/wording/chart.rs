//! Words on the SVG cost chart: its title, axis labels, legend and marks.

use crate::engine::report::{Platform, Report};
use crate::engine::units::format_rate;

use super::choice_name;

/// The x axis's label.
pub const X_AXIS: &str = "Invocation rate (per second, log scale)";
/// The y axis's label.
pub const Y_AXIS: &str = "Monthly cost, USD (log scale)";

/// The chart's title: "Monthly cost by rate, verdict: ECS on Fargate".
pub fn title(report: &Report) -> String {
    format!("Monthly cost by rate, verdict: {}", choice_name(report.verdict.choice))
}

/// A curve's legend entry.
pub fn series(platform: Platform) -> &'static str {
    match platform {
        Platform::Lambda => "Lambda container image",
        Platform::Fargate => "ECS on Fargate",
    }
}

/// The current rate's mark: "now: 10/s".
pub fn now(rate_per_s: f64) -> String {
    format!("now: {}", format_rate(rate_per_s))
}

/// The break-even's mark: "break-even: 3.4/s".
pub fn break_even(rate_per_s: f64) -> String {
    format!("break-even: {}", format_rate(rate_per_s))
}
