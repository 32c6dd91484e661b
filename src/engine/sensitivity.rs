//! What moves the answer: each input with a plausible range (the input table's `plausible`) set
//! to both ends in turn, with the cost gap (Lambda − Fargate, monthly USD) and the verdict at
//! each end, ranked by how far the gap swings.
//!
//! Only the point bills and the verdict rule are computed at each end (no curves, break-even or
//! flip points), so the whole table costs two dozen point evaluations: cheap enough to compute
//! on every keystroke.

use super::model::{Context, Knobs};
use super::platform::Platform;
use super::pricing::PriceBook;
use super::report::Choice;
use super::scenario::{INPUTS, Input, Plausible, Scenario};
use super::verdict;

/// The value an input takes at one end of its plausible range.
#[derive(Debug, Clone, PartialEq)]
pub enum EndValue {
    /// A number in the input's base unit (seconds, MB, per second, a fraction).
    Number(f64),
    /// An option of a choice, as typed ("arm64").
    Option(String),
}

/// One end of an input's plausible range.
#[derive(Debug, Clone, PartialEq)]
pub struct End {
    pub value: EndValue,
    /// Lambda's monthly cost minus Fargate's; `None` when a platform is blocked there.
    pub gap_usd: Option<f64>,
    pub verdict: Choice,
}

/// One input's row of the tornado.
#[derive(Debug, Clone, PartialEq)]
pub struct Swing {
    pub input: Input,
    pub low: End,
    pub high: End,
}

impl Swing {
    /// How far the gap moves between the ends. A platform blocked at one end only is the largest
    /// move there is (infinite); blocked at both, nothing moves.
    pub fn size(&self) -> f64 {
        match (self.low.gap_usd, self.high.gap_usd) {
            (Some(low), Some(high)) => (high - low).abs(),
            (None, None) => 0.0,
            _ => f64::INFINITY,
        }
    }

    /// Whether the verdict differs between the ends or from the current one.
    pub fn flips(&self, current: Choice) -> bool {
        self.low.verdict != current || self.high.verdict != current
    }
}

/// The tornado: the current gap and verdict, and the inputs largest swing first.
#[derive(Debug, Clone, PartialEq)]
pub struct Sensitivity {
    pub gap_usd: Option<f64>,
    pub verdict: Choice,
    pub swings: Vec<Swing>,
}

/// The gap and verdict of `scenario`, from its point bills alone.
pub fn point(scenario: &Scenario, book: &PriceBook) -> (Option<f64>, Choice) {
    let context = Context::new(scenario, book);
    let model = context.model(Knobs::of(scenario));
    let costs = model.costs(scenario.rate_per_s);
    let gap = match (costs[Platform::Lambda], costs[Platform::Fargate]) {
        (Some(lambda), Some(fargate)) => Some(lambda - fargate),
        _ => None,
    };
    (gap, verdict::decide_model(&model))
}

/// The scenario with `input` at `value`.
fn with_value(scenario: &Scenario, input: Input, value: &EndValue, book: &PriceBook) -> Scenario {
    let mut moved = scenario.clone();
    match value {
        EndValue::Number(number) => moved.set_number(input, *number),
        EndValue::Option(text) => {
            // An option the price book lacks leaves the scenario as it was: the end equals now.
            let _ = moved.set_text(input, text, book);
        }
    }
    moved
}

/// The two ends of `input`'s plausible range around `scenario`, clamped into its slider; `None`
/// when a factor has nothing to scale (an optional input set to its word, such as `auto`).
fn ends(scenario: &Scenario, input: Input, plausible: Plausible) -> Option<(EndValue, EndValue)> {
    let spec = input.spec();
    let number = |value: f64| EndValue::Number(spec.map_or(value, |spec| spec.clamp(value)));
    match plausible {
        Plausible::Times(low, high) => {
            let now = scenario.number(input)?;
            Some((number(now * low), number(now * high)))
        }
        Plausible::Between(low, high) => Some((number(low), number(high))),
        Plausible::Track => spec.map(|spec| (number(spec.min), number(spec.max))),
        Plausible::Options(low, high) => {
            Some((EndValue::Option(low.to_string()), EndValue::Option(high.to_string())))
        }
    }
}

/// Every input with a plausible range, both ends evaluated, largest swing first (ties keep the
/// input table's order).
pub fn sensitivity(scenario: &Scenario, book: &PriceBook) -> Sensitivity {
    let (gap_usd, verdict) = point(scenario, book);
    let mut swings: Vec<Swing> = INPUTS
        .iter()
        .filter_map(|def| {
            let (low, high) = ends(scenario, def.input, def.plausible?)?;
            let end = |value: EndValue| {
                let (gap_usd, verdict) =
                    point(&with_value(scenario, def.input, &value, book), book);
                End { value, gap_usd, verdict }
            };
            Some(Swing { input: def.input, low: end(low), high: end(high) })
        })
        .collect();
    swings.sort_by(|a, b| b.size().total_cmp(&a.size()));
    Sensitivity { gap_usd, verdict, swings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::presets;

    #[test]
    fn swings_are_ranked_largest_first_and_cover_the_plausible_inputs() {
        let book = PriceBook::builtin();
        for preset in presets::all() {
            let table = sensitivity(&preset.scenario, &book);
            let sizes: Vec<f64> = table.swings.iter().map(Swing::size).collect();
            assert!(sizes.windows(2).all(|pair| pair[0] >= pair[1]), "{}: {sizes:?}", preset.name);
            assert!(table.swings.iter().any(|swing| swing.input == Input::Rate), "{}", preset.name);
            assert!(table.swings.iter().all(|swing| swing.input.def().plausible.is_some()));
        }
    }

    #[test]
    fn the_rate_ends_are_half_and_double() {
        let book = PriceBook::builtin();
        let scenario = Scenario::default();
        let table = sensitivity(&scenario, &book);
        let rate = table.swings.iter().find(|swing| swing.input == Input::Rate).expect("rate");
        assert_eq!(rate.low.value, EndValue::Number(scenario.rate_per_s * 0.5));
        assert_eq!(rate.high.value, EndValue::Number(scenario.rate_per_s * 2.0));
        // Lambda's bill grows with the rate faster than an idle-heavy service's: the gap rises.
        let (low, high) = (rate.low.gap_usd.expect("priced"), rate.high.gap_usd.expect("priced"));
        assert!(high > low, "{low} {high}");
        assert_eq!(point(&scenario, &book).0, table.gap_usd);
    }
}
