//! Cost against invocation rate for both platforms, and the break-even rates.
//!
//! Under a traffic shape neither bill is a simple line any more: Lambda's cold starts follow the
//! rate through an exponential, and a Fargate service steps hour by hour of the week. So each
//! curve is the exact bill at 256 log-spaced rates, and every change of sign between two
//! neighbouring samples is solved on the exact bills, to the last bit of the rate.
//! Crossings closer together than two samples (about 9% apart in rate) are where the curves
//! run within a few percent of each other; the report tells those as a band.

use super::model::{FargateModel, LambdaModel, Model, cheapest_from};
use super::platform::{PerPlatform, Platform};
use super::report::{BreakEven, Crossing, Curves};
use super::units::SECONDS_PER_MONTH;

/// Samples per curve.
pub const CURVE_POINTS: usize = 256;
/// Steps at most in solving a crossing: bisection alone pins a root between two samples to the
/// last bit of an f64 in about fifty, and at worst every other step is a bisection.
const MAX_STEPS: usize = 128;

/// `CURVE_POINTS` log-spaced rates from `min` to `max`, both included.
pub fn rates(min: f64, max: f64) -> Vec<f64> {
    let factor = (max / min).powf(1.0 / (CURVE_POINTS - 1) as f64);
    let mut rate = min;
    let mut rates = Vec::with_capacity(CURVE_POINTS);
    for _ in 0..CURVE_POINTS - 1 {
        rates.push(rate);
        rate *= factor;
    }
    rates.push(max);
    rates
}

/// Every platform's curve over `[min, max]`; a blocked platform's curve is empty. Fargate's is
/// the cheapest of its `options` at each rate (the size and mode are chosen anew at every rate).
pub fn curves(model: &Model, options: &[FargateModel], min: f64, max: f64) -> Curves {
    let rates = rates(min, max);
    let cost = PerPlatform::from_fn(|platform| curve(model, options, platform, &rates));
    Curves { rates, cost }
}

/// One platform's monthly cost at ascending `rates`; empty when it is blocked.
fn curve(model: &Model, options: &[FargateModel], platform: Platform, rates: &[f64]) -> Vec<f64> {
    match platform {
        Platform::Lambda => model
            .lambda
            .as_ref()
            .map(|lambda| rates.iter().map(|&rate| lambda.total(rate)).collect()),
        Platform::Fargate => (!options.is_empty()).then(|| {
            // Neighbouring rates mostly share their cheapest option: try it first, so the
            // others' floors rule them out.
            let mut first = 0;
            rates
                .iter()
                .map(|&rate| {
                    let (index, cost) =
                        cheapest_from(options, rate, first).unwrap_or((0, f64::INFINITY));
                    first = index;
                    cost
                })
                .collect()
        }),
    }
    .unwrap_or_default()
}

/// Fargate's bill at `rate`: the cheapest of its options.
pub fn envelope(options: &[FargateModel], rate: f64) -> f64 {
    cheapest_from(options, rate, 0).map_or(f64::INFINITY, |(_, total)| total)
}

/// Every rate in the curves' range where the cheaper platform changes, and the headline
/// break-even: the lowest rate above which Fargate stays cheaper.
///
/// Each change of sign of Fargate minus Lambda between two samples of `curves` is solved on
/// the exact bills; at a step of Fargate's staircase the solution lands on the step.
pub fn break_even(model: &Model, options: &[FargateModel], curves: &Curves) -> BreakEven {
    let mut crossings = Vec::new();
    if let Some(lambda) = model.lambda.as_ref().filter(|_| !options.is_empty()) {
        let (lambda_costs, fargate_costs) =
            (&curves.cost[Platform::Lambda], &curves.cost[Platform::Fargate]);
        let fargate_cheaper = |index: usize| fargate_costs[index] < lambda_costs[index];
        for index in 1..curves.rates.len().min(lambda_costs.len()).min(fargate_costs.len()) {
            let below = fargate_cheaper(index - 1);
            if below != fargate_cheaper(index) {
                let rate = solve(lambda, options, curves.rates[index - 1], curves.rates[index]);
                crossings.push(Crossing {
                    rate_per_s: rate,
                    requests_per_month: rate * SECONDS_PER_MONTH,
                    cheaper_above: if below { Platform::Lambda } else { Platform::Fargate },
                });
            }
        }
    }
    let headline = crossings
        .last()
        .filter(|crossing| crossing.cheaper_above == Platform::Fargate)
        .map(|crossing| crossing.rate_per_s);
    BreakEven {
        rate_per_s: headline,
        requests_per_month: headline.map(|rate| rate * SECONDS_PER_MONTH),
        crossings,
        truncated: false,
    }
}

/// The rate in `[low, high]` where the cheaper platform changes (it differs at the two ends):
/// the first rate at which the cheaper one is the one cheaper at `high`, to a few units in the
/// last place.
///
/// Regula falsi on Fargate's bill less Lambda's, with the Illinois halving so that both ends
/// move: where the bills are smooth around the crossing it lands in a handful of steps rather
/// than the fifty of a bisection. At a step of Fargate's staircase the difference jumps, so any
/// step that fails to halve the interval is followed by a bisection: never much slower than
/// bisecting throughout.
fn solve(lambda: &LambdaModel, options: &[FargateModel], mut low: f64, mut high: f64) -> f64 {
    let difference = |rate: f64| envelope(options, rate) - lambda.total(rate);
    let fargate_cheaper = |difference: f64| difference < 0.0;
    let (mut at_low, mut at_high) = (difference(low), difference(high));
    let high_side = fargate_cheaper(at_high);
    // Which end moved last (to halve the other's weight when the same end moves twice).
    let mut last_moved_high: Option<bool> = None;
    let mut bisect_next = false;
    for _ in 0..MAX_STEPS {
        let width = high - low;
        // Past a few units in the last place the answer cannot move.
        let tolerance = 4.0 * f64::EPSILON * high;
        if width <= tolerance {
            break;
        }
        // The secant's estimate, kept at least the tolerance inside the interval: an estimate
        // on an end (the difference exactly 0 there) then closes the interval in one step.
        let secant = high - at_high * width / (at_high - at_low);
        let middle = if !bisect_next && secant.is_finite() && width > 2.0 * tolerance {
            secant.clamp(low + tolerance, high - tolerance)
        } else {
            0.5 * (low + high)
        };
        if middle <= low || middle >= high {
            break;
        }
        let at_middle = difference(middle);
        if fargate_cheaper(at_middle) == high_side {
            high = middle;
            at_high = at_middle;
            if last_moved_high == Some(true) {
                at_low *= 0.5;
            }
            last_moved_high = Some(true);
        } else {
            low = middle;
            at_low = at_middle;
            if last_moved_high == Some(false) {
                at_high *= 0.5;
            }
            last_moved_high = Some(false);
        }
        bisect_next = high - low > 0.5 * width;
    }
    high
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Context, Knobs};
    use crate::engine::scenario::{Ingress, Scenario};
    use crate::engine::testbook::book;

    fn check_crossings(scenario: &Scenario) -> BreakEven {
        let book = book();
        let context = Context::new(scenario, &book);
        let knobs = Knobs::of(scenario);
        let model = context.model(knobs);
        let (options, _) = context.fargate_options(knobs);
        let curves = curves(&model, &options, 1.0 / 86_400.0, 100_000.0);
        let even = break_even(&model, &options, &curves);
        for crossing in &even.crossings {
            let rate = crossing.rate_per_s;
            let diff = |rate: f64| {
                envelope(&options, rate) - model.cost(Platform::Lambda, rate).expect("lambda")
            };
            let below = diff(rate * (1.0 - 1e-9));
            let above = diff(rate * (1.0 + 1e-9));
            let scale = model.cost(Platform::Lambda, rate).expect("lambda") * 1e-6;
            match crossing.cheaper_above {
                Platform::Fargate => assert!(below >= -scale && above <= scale, "{crossing:?}"),
                Platform::Lambda => assert!(below <= scale && above >= -scale, "{crossing:?}"),
            }
        }
        even
    }

    #[test]
    fn default_scenario_breaks_even_once() {
        // Flat traffic and a fixed 1% of cold starts: the figures below are worked by hand.
        let scenario = Scenario { peak: 1.0, cold_start_share: Some(0.01), ..Scenario::default() };
        let even = check_crossings(&scenario);
        assert_eq!(even.crossings.len(), 1, "{:?}", even.crossings);
        let rate = even.rate_per_s.expect("a break-even");
        // Two 0.25 vCPU / 1 GB tasks ($21.26; one request in flight each, memory-bound) against
        // Lambda at 120 ms / 1 GB with 1% INIT: per request 0.12 + 0.01 GB-s at $0.0000166667
        // plus $0.0000002. They meet at 4.32/s, where 0.52 requests are in flight, so the two
        // tasks still hold them; above, Fargate grows at under a sixth of Lambda's slope.
        // Around the compute: each task's public IPv4 address ($0.005 an hour), and logs at
        // $0.50 per GB: 1 KB per request on both, plus Lambda's own 0.3 KB.
        let per_request = 0.13 * 0.000_016_666_7 + 0.000_000_2 + 0.3e-6 * 0.5;
        let expected =
            2.0 * 730.0 * (0.25 * 0.04048 + 0.004_445 + 0.005) / per_request / 2_628_000.0;
        assert!((rate - expected).abs() < 1e-9 * expected, "{rate} vs {expected}");
        assert!((even.requests_per_month.expect("monthly") - expected * 2_628_000.0).abs() < 1.0);
    }

    #[test]
    fn every_crossing_is_real_on_a_busy_staircase() {
        // One request per task, near-equal slopes: the staircase straddles Lambda's line.
        for (per_task, utilization, ingress) in [
            (1.0, 0.7, Ingress::None),
            (1.0, 0.85, Ingress::Http),
            (2.0, 0.5, Ingress::Url),
            (64.0, 0.7, Ingress::Rest),
        ] {
            let scenario = Scenario {
                requests_per_task: Some(per_task),
                cpu_share: 0.01,
                utilization,
                runtime_s: 2.0,
                ..Scenario::default().with_ingress(ingress)
            };
            let even = check_crossings(&scenario);
            assert!(even.crossings.windows(2).all(|pair| pair[0].rate_per_s <= pair[1].rate_per_s));
        }
    }

    #[test]
    fn curves_span_the_range() {
        let rates = rates(1.0 / 86_400.0, 10_000.0);
        assert_eq!(rates.len(), CURVE_POINTS);
        assert!((rates[0] - 1.0 / 86_400.0).abs() < 1e-15);
        assert!((rates[CURVE_POINTS - 1] - 10_000.0).abs() < 1e-9);
        assert!(rates.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
