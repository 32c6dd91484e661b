//! Words on the SVG cost chart: its title, axis labels, legend and marks.

use crate::engine::report::{Platform, Report};
use crate::engine::units::{format_count, format_rate, significant};

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

/// A curve's legend entry, marked when the platform cannot run the workload.
pub fn legend(platform: Platform, blocked: bool) -> String {
    if blocked { format!("{} (blocked)", series(platform)) } else { series(platform).to_string() }
}

/// A dollar tick on the log axis: "$0.01", "$1", "$100", "$10k", "$1M", "$10B".
pub fn usd_tick(usd: f64) -> String {
    if usd >= 1000.0 {
        format!("${}", format_count(usd))
    } else {
        format!("${}", significant(usd, 2))
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
