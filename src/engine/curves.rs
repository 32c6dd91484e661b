//! Cost against invocation rate for both platforms, and the break-even rates, solved exactly.
//!
//! The solver works on the bills' shapes: one is piecewise linear in the rate (Lambda: tiers,
//! free-tier edges and the kinks around the compute), the other a staircase in tasks plus a
//! piecewise linear part (Fargate: what is around the compute, whose capacity units and tiers
//! kink too). Between two kinks of either and a step both are linear, so each crossing is solved
//! in closed form.
//! Steps that cannot hold a crossing are skipped in O(1), so even a million-task staircase costs
//! a few dozen evaluations.

use super::model::{FargateModel, LambdaModel, Model};
use super::platform::{PerPlatform, Platform};
use super::report::{BreakEven, Crossing, Curves};
use super::units::SECONDS_PER_MONTH;

/// Samples per curve.
pub const CURVE_POINTS: usize = 256;
/// Steps examined per run of steps that may hold crossings; past it the middle of the run is
/// skipped and the break-even says so.
const MAX_STEPS_PER_RUN: f64 = 64.0;

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
        Platform::Lambda => model.lambda.as_ref().map(|lambda| lambda_curve(lambda, rates)),
        Platform::Fargate => (!options.is_empty())
            .then(|| rates.iter().map(|&rate| envelope(options, rate)).collect()),
    }
    .unwrap_or_default()
}

/// Fargate's bill at `rate`: the cheapest of its options.
pub(super) fn envelope(options: &[FargateModel], rate: f64) -> f64 {
    options.iter().map(|option| option.total(rate)).fold(f64::INFINITY, f64::min)
}

/// Lambda's bill at ascending `rates`: exact at its kinks and interpolated between them, where
/// it is linear, so a curve costs a few evaluations rather than one per sample.
fn lambda_curve(lambda: &LambdaModel, rates: &[f64]) -> Vec<f64> {
    let (Some(&first), Some(&last)) = (rates.first(), rates.last()) else {
        return Vec::new();
    };
    let mut kinks = [0.0; 16];
    let count = lambda.breakpoints(&mut kinks);
    let mut knots = [(0.0, 0.0); 18];
    let mut knot_count = 0;
    for rate in std::iter::once(first)
        .chain(kinks[..count].iter().copied().filter(|&kink| kink > first && kink < last))
        .chain(std::iter::once(last))
    {
        knots[knot_count] = (rate, lambda.total(rate));
        knot_count += 1;
    }
    let knots = &knots[..knot_count];
    let mut segment = 0;
    rates
        .iter()
        .map(|&rate| {
            while segment + 2 < knots.len() && rate > knots[segment + 1].0 {
                segment += 1;
            }
            let (low, high) = (knots[segment], knots[(segment + 1).min(knots.len() - 1)]);
            if high.0 > low.0 {
                low.1 + (high.1 - low.1) * ((rate - low.0) / (high.0 - low.0))
            } else {
                low.1
            }
        })
        .collect()
}

/// One evaluation of the staircase's bill minus the linear one on stair `tasks` at `rate`.
#[derive(Debug, Clone, Copy)]
struct Sample {
    tasks: f64,
    rate: f64,
    diff: f64,
}

/// Walks the samples in rate order and records where the cheaper platform changes.
struct Walker {
    /// The platform with the linear bill, and the one with the staircase.
    linear: Platform,
    stairs: Platform,
    previous: Option<Sample>,
    crossings: Vec<Crossing>,
    truncated: bool,
}

impl Walker {
    fn visit(&mut self, sample: Sample) {
        if let Some(previous) = self.previous {
            let was_stairs = previous.diff < 0.0;
            let is_stairs = sample.diff < 0.0;
            if was_stairs != is_stairs {
                let same_stair = (previous.tasks - sample.tasks).abs() < 0.5;
                let rate = if same_stair && sample.rate > previous.rate {
                    // Both linear on one stair: the exact root.
                    let t = previous.diff / (previous.diff - sample.diff);
                    (previous.rate + t * (sample.rate - previous.rate))
                        .clamp(previous.rate, sample.rate)
                } else {
                    // A jump of the staircase (or a skipped run): the change is at the step.
                    sample.rate
                };
                self.crossings.push(Crossing {
                    rate_per_s: rate,
                    requests_per_month: rate * SECONDS_PER_MONTH,
                    cheaper_above: if is_stairs { self.stairs } else { self.linear },
                });
            }
        }
        self.previous = Some(sample);
    }

    /// Forgets the last sample: what lies across a skipped run is unknown.
    fn gap(&mut self) {
        self.truncated = true;
        self.previous = None;
    }
}

/// Every rate in `[min, max]` where the cheaper platform changes, and the headline break-even:
/// the lowest rate above which Fargate stays cheaper.
///
/// Lambda's bill is linear between kinks; Fargate's is the cheapest of its options, each a
/// staircase (a service) or a line (jobs). Where Lambda minus that envelope changes sign, Lambda
/// crosses the option that is cheapest on one side of the point (it is at or under every other
/// option there), so the envelope's crossings are among the options' own: each option is solved
/// exactly, and its crossings are kept where the envelope changes sign too.
pub fn break_even(model: &Model, options: &[FargateModel], min: f64, max: f64) -> BreakEven {
    let Some(lambda) = model.lambda.as_ref().filter(|_| !options.is_empty()) else {
        return BreakEven {
            rate_per_s: None,
            requests_per_month: None,
            crossings: Vec::new(),
            truncated: false,
        };
    };
    let mut lambda_kinks = [0.0; 16];
    let lambda_count = lambda.breakpoints(&mut lambda_kinks);
    let mut crossings = Vec::new();
    let mut truncated = false;
    for fargate in options {
        // Both bills' kinks bound the segments: between them both are linear.
        let mut kinks = [0.0; 32];
        kinks[..lambda_count].copy_from_slice(&lambda_kinks[..lambda_count]);
        let count = fargate.kinks(&mut kinks, lambda_count);
        kinks[..count].sort_by(f64::total_cmp);
        let mut walker = Walker {
            linear: Platform::Lambda,
            stairs: Platform::Fargate,
            previous: None,
            crossings: Vec::new(),
            truncated: false,
        };
        let mut start = min;
        for &kink in kinks[..count].iter().filter(|&&kink| kink > min && kink < max) {
            segment(lambda, fargate, start, kink, &mut walker);
            start = kink;
        }
        segment(lambda, fargate, start, max, &mut walker);
        truncated |= walker.truncated;
        if options.len() == 1 {
            crossings = walker.crossings;
        } else {
            crossings.extend(walker.crossings.into_iter().filter(|crossing| {
                envelope_crosses(lambda, options, crossing.rate_per_s, crossing.cheaper_above)
            }));
        }
    }
    if options.len() > 1 {
        crossings.sort_by(|a, b| a.rate_per_s.total_cmp(&b.rate_per_s));
        // Two options may report one crossing; keep one, and only real alternations.
        crossings.dedup_by(|later, earlier| later.cheaper_above == earlier.cheaper_above);
    }
    let headline = crossings
        .last()
        .filter(|crossing| crossing.cheaper_above == Platform::Fargate)
        .map(|crossing| crossing.rate_per_s);
    BreakEven {
        rate_per_s: headline,
        requests_per_month: headline.map(|rate| rate * SECONDS_PER_MONTH),
        crossings,
        truncated,
    }
}

/// Whether Lambda minus the envelope changes sign at `rate` the way the option did.
fn envelope_crosses(
    lambda: &LambdaModel,
    options: &[FargateModel],
    rate: f64,
    cheaper_above: Platform,
) -> bool {
    let diff = |rate: f64| envelope(options, rate) - lambda.total(rate);
    let (below, above) = (diff(rate * (1.0 - 1e-9)), diff(rate * (1.0 + 1e-9)));
    match cheaper_above {
        Platform::Fargate => below >= 0.0 && above < 0.0,
        Platform::Lambda => below < 0.0 && above >= 0.0,
    }
}

/// The crossings in `[a, b]`, where the linear bill (`lambda`) has no kink.
fn segment(lambda: &LambdaModel, fargate: &FargateModel, a: f64, b: f64, walker: &mut Walker) {
    let diff = |tasks: f64, rate: f64| fargate.total_with(tasks, rate) - lambda.total(rate);
    let first = fargate.tasks(a);
    let last = fargate.tasks(b).max(first);
    // Fargate's bill without its tasks minus Lambda's = c0 + slope * rate on this segment.
    let gap = |rate: f64| fargate.rate_part(rate) - lambda.total(rate);
    let (gap_a, gap_b) = (gap(a), gap(b));
    let slope = if b > a { (gap_b - gap_a) / (b - a) } else { 0.0 };
    let c0 = gap_a - slope * a;
    // The difference at the end of stair k is c0 + sigma * k; a crossing on or at the end of
    // stair k needs it inside (lower, upper) (see the module docs).
    let width = fargate.step_end(1.0);
    if !width.is_finite() {
        // Jobs: one stair, linear in the rate.
        walker.visit(Sample { tasks: first, rate: a, diff: diff(first, a) });
        walker.visit(Sample { tasks: first, rate: b, diff: diff(first, b) });
        return;
    }
    let per_task = fargate.per_task();
    let sigma = per_task + slope * width;
    let lower = -per_task.max(-slope * width);
    let upper = (slope * width).max(0.0);
    let (band_low, band_high) = if sigma.abs() > f64::EPSILON * (per_task + c0.abs()) {
        let (k1, k2) = ((lower - c0) / sigma, (upper - c0) / sigma);
        (k1.min(k2).floor() - 1.0, k1.max(k2).ceil() + 1.0)
    } else if c0 > lower && c0 < upper {
        (first, last)
    } else {
        (f64::INFINITY, f64::NEG_INFINITY)
    };
    let run_low = band_low.max(first + 1.0);
    let run_high = band_high.min(last - 1.0);

    let stair = |tasks: f64, walker: &mut Walker| {
        let low = if tasks <= first { a } else { fargate.step_end(tasks - 1.0).max(a) };
        let high = fargate.step_end(tasks).min(b);
        if high >= low {
            walker.visit(Sample { tasks, rate: low, diff: diff(tasks, low) });
            walker.visit(Sample { tasks, rate: high, diff: diff(tasks, high) });
        }
    };

    stair(first, walker);
    if run_low <= run_high {
        if run_high - run_low > MAX_STEPS_PER_RUN {
            let half = (MAX_STEPS_PER_RUN / 2.0).floor();
            let mut tasks = run_low;
            while tasks < run_low + half {
                stair(tasks, walker);
                tasks += 1.0;
            }
            walker.gap();
            let mut tasks = run_high - half;
            while tasks <= run_high {
                stair(tasks, walker);
                tasks += 1.0;
            }
        } else {
            let mut tasks = run_low;
            while tasks <= run_high {
                stair(tasks, walker);
                tasks += 1.0;
            }
        }
    }
    if last > first {
        // The stairs skipped before `last` hold no crossing, so the jump into `last` is where
        // the sign may change.
        stair(last, walker);
    }
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
        let even = break_even(&model, &options, 1.0 / 86_400.0, 10_000.0);
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
        let scenario = Scenario::default();
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
