//! Words at the edge: the engine returns facts (platforms, choices, marks, blockers, reasons,
//! cost items with their quantities) and this module turns them into the sentences every output
//! shares — the explorer's panels, `lvf eval`'s text and JSON, and the markdown export. Nothing
//! here computes a figure; nothing in the engine writes a sentence.

mod blocker;
pub mod chart;
pub mod compare;
mod cost;
mod fit;
pub mod ladder;
mod latency;
mod map;
mod notes;
mod options;
pub mod parity;
mod verdict;
pub mod week;

pub use blocker::blocker;
pub use cost::{cheaper_text, cost_item, cost_line, percent};
pub use fit::{feature, fit_note};
pub use map::{describe as describe_map, limit as map_limit};
pub use notes::note;
pub use options::{options, runs_with};
pub use verdict::{flip, flip_value, headline, reason, tie_breaker};

use crate::engine::model::BoundBy;
use crate::engine::report::{Choice, Mark, Platform};

/// What limits the requests a Fargate task serves, as in "(CPU binds)".
pub fn bound_by(bound_by: BoundBy) -> &'static str {
    match bound_by {
        BoundBy::Cpu => "CPU",
        BoundBy::Memory => "memory",
        BoundBy::Cap => "the cap",
    }
}

/// A phrase as a sentence: a capital first letter and a full stop.
pub fn sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    chars
        .next()
        .map_or_else(String::new, |first| format!("{}{}.", first.to_uppercase(), chars.as_str()))
}

/// The platform's name: "Lambda", "Fargate".
pub fn platform_name(platform: Platform) -> &'static str {
    match platform {
        Platform::Lambda => "Lambda",
        Platform::Fargate => "Fargate",
    }
}

/// The choice in capitals, as the verdict's badge shows it: "LAMBDA", "EITHER".
pub fn choice_word(choice: Choice) -> &'static str {
    match choice {
        Choice::Lambda => "LAMBDA",
        Choice::Fargate => "FARGATE",
        Choice::Either => "EITHER",
        Choice::Neither => "NEITHER",
    }
}

/// What a choice is called in prose: "ECS on Fargate", "either platform".
pub fn choice_name(choice: Choice) -> &'static str {
    match choice {
        Choice::Lambda => "Lambda container image",
        Choice::Fargate => "ECS on Fargate",
        Choice::Either => "either platform",
        Choice::Neither => "neither platform",
    }
}

/// A fit mark in a word: "good", "blocked".
pub fn mark_word(mark: Mark) -> &'static str {
    match mark {
        Mark::Good => "good",
        Mark::Caution => "caution",
        Mark::Poor => "poor",
        Mark::Blocked => "blocked",
    }
}

/// The rates the curves span, first and last ("1/day", "100k/s"): where the break-even is
/// looked for.
pub fn curve_range(curves: &crate::engine::report::Curves) -> (String, String) {
    let end = |rate: Option<&f64>| {
        rate.map_or_else(String::new, |&rate| crate::engine::units::format_rate(rate))
    };
    (end(curves.rates.first()), end(curves.rates.last()))
}

/// A monthly cost, or "blocked" for a platform that cannot run the workload.
pub fn cost_or_blocked(usd: Option<f64>) -> String {
    usd.map_or_else(|| "blocked".to_string(), crate::engine::cost::format_usd)
}

/// A number of things to three significant digits, singular for exactly one: "1 request",
/// "1.2 requests".
pub fn counted(count: f64, one: &str, many: &str) -> String {
    crate::engine::units::counted(&crate::engine::units::significant(count, 3), one, many)
}

/// A service's fleet: "2-5 tasks" when it follows the traffic, "1 task" or "3 tasks" when it
/// runs the same all week.
pub fn task_range(fewest: f64, most: f64) -> String {
    use crate::engine::units::{self, format_count};
    if fewest < most {
        format!("{}-{} tasks", format_count(fewest), format_count(most))
    } else {
        units::counted(&format_count(most), "task", "tasks")
    }
}

/// A whole number of things, in full: "1 task", "1234 tasks".
pub fn count_of(count: u64, one: &str, many: &str) -> String {
    if count == 1 { format!("1 {one}") } else { format!("{count} {many}") }
}
