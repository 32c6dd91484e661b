//! Words for a comparison against a baseline and for "what moves the answer": signed dollar
//! deltas, verdict changes, break-even shifts, fit marks that changed, and each end of an
//! input's plausible range.

use crate::engine::compare::{Change, FitChange};
use crate::engine::cost::format_usd;
use crate::engine::report::Choice;
use crate::engine::scenario::Input;
use crate::engine::sensitivity::{EndValue, Swing};
use crate::engine::units::{format_rate, significant};

use super::{choice_word, feature, mark_word, platform_name};

/// What the explorer calls a pinned scenario that has no name of its own.
pub const BASELINE: &str = "baseline";
/// The status message when `c` unpins the baseline.
pub const UNPINNED: &str = "Baseline unpinned";

/// The status message when `c` pins the scenario: "Pinned serverless-api as the baseline; …".
pub fn pinned(name: &str) -> String {
    format!("Pinned {name} as the baseline; change inputs to compare, c unpins")
}

/// The status line while a baseline is pinned: "vs serverless-api · MESSAGE", or just "vs
/// serverless-api" with no message.
pub fn pinned_mark(name: &str, message: &str) -> String {
    if message.is_empty() { format!("vs {name}") } else { format!("vs {name} · {message}") }
}

/// The tornado panel's title.
pub const TORNADO_TITLE: &str = " What moves the answer ";

/// The tornado's first line: where the gap stands now.
pub fn tornado_now(gap_usd: Option<f64>, verdict: &str) -> String {
    format!(
        "Gap = Lambda − Fargate a month; now {} ({verdict}). Each input at both ends of its \
         plausible range:",
        gap(gap_usd)
    )
}

/// A signed amount of dollars: "+$12.30", "-$4.00", "$0.00".
pub fn signed_usd(usd: f64) -> String {
    let text = format_usd(usd.abs());
    if text == format_usd(0.0) {
        text
    } else if usd < 0.0 {
        format!("-{text}")
    } else {
        format!("+{text}")
    }
}

/// A signed share: "+12%", "-3.4%", "0%".
pub fn signed_percent(share: f64) -> String {
    let percent = share * 100.0;
    let text = significant(percent.abs(), 2);
    if text == "0" {
        "0%".to_string()
    } else if percent < 0.0 {
        format!("-{text}%")
    } else {
        format!("+{text}%")
    }
}

/// A bill's change: "+$12.30 (+5.2%)", "blocked → $40.00", "unchanged".
pub fn cost_delta(cost: &Change<Option<f64>>) -> String {
    match (cost.delta(), cost.share()) {
        (Some(0.0), _) => "unchanged".to_string(),
        (Some(delta), Some(share)) => format!("{} ({})", signed_usd(delta), signed_percent(share)),
        (Some(delta), None) => signed_usd(delta),
        (None, _) if !cost.changed() => "unchanged".to_string(),
        (None, _) => {
            format!("{} → {}", usd_or_blocked(cost.baseline), usd_or_blocked(cost.current))
        }
    }
}

fn usd_or_blocked(usd: Option<f64>) -> String {
    usd.map_or_else(|| "blocked".to_string(), format_usd)
}

/// The verdict's change: "LAMBDA → FARGATE", or "LAMBDA, unchanged".
pub fn verdict_change(verdict: &Change<Choice>) -> String {
    if verdict.changed() {
        format!("{} → {}", choice_word(verdict.baseline), choice_word(verdict.current))
    } else {
        format!("{}, unchanged", choice_word(verdict.current))
    }
}

/// A break-even rate or its absence: "12/s", "none".
pub fn break_even_rate(rate_per_s: Option<f64>) -> String {
    rate_per_s.map_or_else(|| "none".to_string(), format_rate)
}

/// The break-even's shift: "12/s → 30/s (×2.5)", "none → 4/s", "12/s, unchanged".
pub fn break_even_shift(shift: &Change<Option<f64>>) -> String {
    if !shift.changed() {
        return format!("{}, unchanged", break_even_rate(shift.current));
    }
    let moved = format!("{} → {}", break_even_rate(shift.baseline), break_even_rate(shift.current));
    match (shift.baseline, shift.current) {
        (Some(before), Some(after)) if before > 0.0 => {
            format!("{moved} (×{})", significant(after / before, 2))
        }
        _ => moved,
    }
}

/// A fit mark that changed: "Cold starts, Lambda: good → caution".
pub fn fit_change(change: &FitChange) -> String {
    format!(
        "{}, {}: {} → {}",
        feature(change.feature),
        platform_name(change.platform),
        mark_word(change.marks.baseline),
        mark_word(change.marks.current)
    )
}

/// The inputs that differ, by label: "Rate, Architecture"; "none" when none do.
pub fn inputs_changed(inputs: &[Input]) -> String {
    if inputs.is_empty() {
        return "none".to_string();
    }
    inputs.iter().map(|input| input.label()).collect::<Vec<_>>().join(", ")
}

/// The cost gap, Lambda − Fargate: "Lambda +$12.30" reads as Lambda costing more; "blocked".
pub fn gap(gap_usd: Option<f64>) -> String {
    gap_usd.map_or_else(|| "blocked".to_string(), signed_usd)
}

/// One end's value in the input's own unit: "5/s", "50%", "arm64".
pub fn end_value(input: Input, value: &EndValue) -> String {
    match value {
        EndValue::Number(number) => {
            input.spec().map_or_else(|| significant(*number, 3), |spec| spec.format_short(*number))
        }
        EndValue::Option(text) => text.clone(),
    }
}

/// One row of the tornado in words: "Rate 5/s → 20/s: gap -$3.10 (LAMBDA) to +$9.80 (FARGATE)".
pub fn swing(swing: &Swing) -> String {
    format!(
        "{} {} → {}: gap {} ({}) to {} ({})",
        swing.input.label(),
        end_value(swing.input, &swing.low.value),
        end_value(swing.input, &swing.high.value),
        gap(swing.low.gap_usd),
        choice_word(swing.low.verdict),
        gap(swing.high.gap_usd),
        choice_word(swing.high.verdict)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_carry_their_sign() {
        assert_eq!(signed_usd(12.3), "+$12.30");
        assert_eq!(signed_usd(-4.0), "-$4.00");
        assert_eq!(signed_usd(0.001), "$0.00");
        assert_eq!(signed_percent(0.052), "+5.2%");
        assert_eq!(signed_percent(-0.5), "-50%");
        let cost = Change { baseline: Some(100.0), current: Some(150.0) };
        assert_eq!(cost_delta(&cost), "+$50.00 (+50%)");
        let unblocked = Change { baseline: None, current: Some(40.0) };
        assert_eq!(cost_delta(&unblocked), "blocked → $40.00");
    }

    #[test]
    fn verdicts_and_break_evens_say_what_moved() {
        let same = Change { baseline: Choice::Lambda, current: Choice::Lambda };
        assert_eq!(verdict_change(&same), "LAMBDA, unchanged");
        let flipped = Change { baseline: Choice::Lambda, current: Choice::Fargate };
        assert_eq!(verdict_change(&flipped), "LAMBDA → FARGATE");
        let shift = Change { baseline: Some(10.0), current: Some(25.0) };
        assert_eq!(break_even_shift(&shift), "10/s → 25/s (×2.5)");
    }
}
