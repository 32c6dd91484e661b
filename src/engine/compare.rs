//! A comparison of two reports, a baseline and the current one, as facts: each platform's bill
//! before and after, the verdict, the break-even, the fit marks that changed and the inputs that
//! differ. The explorer's pinned baseline and `lvf compare` both show it; the wording module
//! words it.

use super::fit::note::Feature;
use super::platform::{PerPlatform, Platform};
use super::report::{Choice, Mark, Report};
use super::scenario::{Input, Scenario};

/// A value in the baseline and now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change<T> {
    pub baseline: T,
    pub current: T,
}

impl<T: PartialEq> Change<T> {
    /// Whether the value moved.
    pub fn changed(&self) -> bool {
        self.baseline != self.current
    }
}

impl Change<Option<f64>> {
    /// Now minus the baseline, in dollars; `None` when either side is blocked.
    pub fn delta(&self) -> Option<f64> {
        Some(self.current? - self.baseline?)
    }

    /// The delta as a fraction of the baseline; `None` when blocked or the baseline is zero.
    pub fn share(&self) -> Option<f64> {
        let baseline = self.baseline?;
        (baseline != 0.0).then_some(self.delta()? / baseline)
    }
}

/// One fit mark that changed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FitChange {
    pub feature: Feature,
    pub platform: Platform,
    pub marks: Change<Mark>,
}

/// The current report against the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Each platform's monthly cost; `None` where blocked.
    pub costs: PerPlatform<Change<Option<f64>>>,
    pub verdict: Change<Choice>,
    /// The headline break-even rate (per second).
    pub break_even: Change<Option<f64>>,
    /// The fit marks that differ, in matrix order.
    pub fit: Vec<FitChange>,
    /// The inputs whose values differ, in table order.
    pub inputs: Vec<Input>,
}

impl Comparison {
    /// `current` against `baseline`.
    pub fn of(baseline: &Report, current: &Report) -> Self {
        let costs = PerPlatform::from_fn(|platform| Change {
            baseline: baseline.platforms[platform].monthly_usd,
            current: current.platforms[platform].monthly_usd,
        });
        let fit = current
            .fit
            .iter()
            .filter_map(|row| {
                let before = baseline.fit.iter().find(|other| other.feature == row.feature)?;
                Some(Platform::ALL.into_iter().filter_map(move |platform| {
                    let marks =
                        Change { baseline: before.marks[platform], current: row.marks[platform] };
                    marks.changed().then_some(FitChange { feature: row.feature, platform, marks })
                }))
            })
            .flatten()
            .collect();
        Comparison {
            costs,
            verdict: Change { baseline: baseline.verdict.choice, current: current.verdict.choice },
            break_even: Change {
                baseline: baseline.break_even.rate_per_s,
                current: current.break_even.rate_per_s,
            },
            fit,
            inputs: differing_inputs(&baseline.scenario, &current.scenario),
        }
    }
}

/// The inputs on which two scenarios differ, in table order.
pub fn differing_inputs(a: &Scenario, b: &Scenario) -> Vec<Input> {
    Input::all()
        .filter(|&input| a.number(input) != b.number(input) || a.choice(input) != b.choice(input))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::pricing::PriceBook;

    #[test]
    fn a_report_against_itself_changes_nothing() {
        let book = PriceBook::builtin();
        let report = evaluate(&Scenario::default(), &book);
        let comparison = Comparison::of(&report, &report);
        assert!(comparison.inputs.is_empty() && comparison.fit.is_empty());
        assert!(!comparison.verdict.changed() && !comparison.break_even.changed());
        for (_, cost) in comparison.costs.iter() {
            assert_eq!(cost.delta(), Some(0.0));
        }
    }

    #[test]
    fn ten_times_the_traffic_raises_lambdas_bill_tenfold_at_most() {
        let book = PriceBook::builtin();
        let scenario = Scenario::default();
        let busier = Scenario { rate_per_s: scenario.rate_per_s * 10.0, ..scenario.clone() };
        let comparison = Comparison::of(&evaluate(&scenario, &book), &evaluate(&busier, &book));
        assert_eq!(comparison.inputs, [Input::Rate]);
        let lambda = comparison.costs[Platform::Lambda];
        let share = lambda.share().expect("priced, non-zero");
        assert!(share > 0.0 && share <= 9.0 + 1e-9, "{share}");
        assert!(lambda.delta().expect("priced") > 0.0);
    }
}
