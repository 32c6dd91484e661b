//! Where the two bills stay within 10% of each other: the ranges of rate over which neither
//! platform is cheaper by the verdict's margin ([`MARGIN`]).
//!
//! Where the curves run nearly parallel, Fargate's staircase may cross Lambda's line dozens of
//! times; a list of crossings then says less than "within 10% from X to Y". The bands are found
//! on the curves' samples and their edges solved on the exact bills, so that the text, the JSON,
//! the chart and the export all say the same range.

use serde::Serialize;

use super::platform::Platform;
use super::report::Curves;
use super::verdict::MARGIN;

/// The narrowest band worth stating, as a factor of rate: narrower, the curves only touch (one
/// step of the staircase), which the crossings already say.
pub const MIN_BAND_FACTOR: f64 = 1.5;
/// Two bands closer than this factor of rate are one: between them Fargate's staircase steps
/// out of the margin for a moment (one task's step), which says nothing about the range.
pub const GAP_FACTOR: f64 = 1.15;
/// Halvings of an edge's interval (in log rate): far finer than any shown digit.
const EDGE_STEPS: u32 = 48;

/// One range of rate, per second, over which the bills stay within 10% of each other (but for
/// steps of the staircase narrower than [`GAP_FACTOR`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ParityBand {
    pub from_per_s: f64,
    pub to_per_s: f64,
}

impl ParityBand {
    /// Whether `rate` lies in the band (its edges included).
    pub fn contains(&self, rate: f64) -> bool {
        rate >= self.from_per_s && rate <= self.to_per_s
    }
}

/// Whether two monthly bills are within the verdict's margin of each other: neither is cheaper
/// by 10% of the dearer (two free bills are equal).
pub fn within(lambda: f64, fargate: f64) -> bool {
    let (low, high) = if lambda <= fargate { (lambda, fargate) } else { (fargate, lambda) };
    high <= 0.0 || low > (1.0 - MARGIN) * high
}

/// The bands of `curves`, ascending; `cost(rate)` is both exact bills at a rate (Lambda, then
/// Fargate), `None` where a platform is blocked. Empty when either curve is.
pub fn bands(curves: &Curves, cost: impl Fn(f64) -> Option<(f64, f64)>) -> Vec<ParityBand> {
    let rates = &curves.rates;
    let (lambda, fargate) = (&curves.cost[Platform::Lambda], &curves.cost[Platform::Fargate]);
    if rates.is_empty() || lambda.len() != rates.len() || fargate.len() != rates.len() {
        return Vec::new();
    }
    let near = |rate: f64| cost(rate).is_some_and(|(lambda, fargate)| within(lambda, fargate));
    // The rate between `outside` and `inside` where the bills come within the margin.
    let edge = |outside: f64, inside: f64| {
        let (mut outside, mut inside) = (outside, inside);
        for _ in 0..EDGE_STEPS {
            let middle = (outside * inside).sqrt();
            if near(middle) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        inside
    };
    let sampled: Vec<bool> = (0..rates.len()).map(|i| within(lambda[i], fargate[i])).collect();
    // The runs of samples within the margin, as (first, last) indices.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (index, &inside) in sampled.iter().enumerate() {
        match runs.last_mut() {
            Some((_, last)) if inside && *last + 1 == index => *last = index,
            _ if inside => runs.push((index, index)),
            _ => {}
        }
    }
    // Each run's edges lie between its end samples and their outer neighbours: the widest it
    // can be. Runs that could merge (their widest reaches within the gap) form a cluster, and a
    // cluster too narrow even at its widest cannot make a band: its edges are not solved.
    let widest = |(first, last): (usize, usize)| {
        (rates[first.saturating_sub(1)], rates[(last + 1).min(rates.len() - 1)])
    };
    let mut bands: Vec<ParityBand> = Vec::new();
    let mut start = 0;
    while start < runs.len() {
        let mut end = start;
        while end + 1 < runs.len() && widest(runs[end + 1]).0 <= widest(runs[end]).1 * GAP_FACTOR {
            end += 1;
        }
        let (from, to) = (widest(runs[start]).0, widest(runs[end]).1);
        if to >= from * MIN_BAND_FACTOR {
            let mut cluster: Vec<ParityBand> = Vec::new();
            for &(first, last) in &runs[start..=end] {
                let from = if first == 0 { rates[0] } else { edge(rates[first - 1], rates[first]) };
                let to = if last + 1 == rates.len() {
                    rates[last]
                } else {
                    edge(rates[last + 1], rates[last])
                };
                match cluster.last_mut() {
                    Some(last) if from <= last.to_per_s * GAP_FACTOR => last.to_per_s = to,
                    _ => cluster.push(ParityBand { from_per_s: from, to_per_s: to }),
                }
            }
            bands.extend(cluster);
        }
        start = end + 1;
    }
    bands.retain(|band| band.to_per_s >= band.from_per_s * MIN_BAND_FACTOR);
    bands
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::curves::rates;
    use crate::engine::platform::PerPlatform;

    fn curves_of(cost: impl Fn(f64) -> (f64, f64)) -> Curves {
        let rates = rates(1.0 / 86_400.0, 10_000.0);
        let lambda = rates.iter().map(|&rate| cost(rate).0).collect();
        let fargate = rates.iter().map(|&rate| cost(rate).1).collect();
        Curves { rates, cost: PerPlatform::new(lambda, fargate) }
    }

    #[test]
    fn within_is_the_verdicts_margin() {
        assert!(within(95.0, 100.0));
        assert!(within(100.0, 95.0));
        assert!(!within(90.0, 100.0));
        assert!(!within(100.0, 90.0));
        assert!(within(0.0, 0.0));
        assert!(!within(0.0, 1.0));
    }

    #[test]
    fn parallel_lines_a_few_percent_apart_are_one_band_over_the_range() {
        let cost = |rate: f64| (rate, rate * 1.05);
        let curves = curves_of(cost);
        let bands = bands(&curves, |rate| Some(cost(rate)));
        assert_eq!(bands.len(), 1, "{bands:?}");
        assert_eq!(bands[0].from_per_s.to_bits(), curves.rates[0].to_bits());
        assert_eq!(bands[0].to_per_s.to_bits(), curves.rates[curves.rates.len() - 1].to_bits());
    }

    #[test]
    fn a_flat_bill_against_a_slow_curve_is_within_10_percent_around_their_crossing() {
        // Lambda at $100 x (rate / 100)^0.1 against a flat $100: within 10% while
        // (rate / 100)^0.1 lies between 0.9 and 1 / 0.9, from 100 x 0.9^10 to 100 / 0.9^10.
        let cost = |rate: f64| (100.0 * (rate / 100.0).powf(0.1), 100.0);
        let curves = curves_of(cost);
        let bands = bands(&curves, |rate| Some(cost(rate)));
        assert_eq!(bands.len(), 1, "{bands:?}");
        let (from, to) = (100.0 * 0.9_f64.powi(10), 100.0 / 0.9_f64.powi(10));
        assert!((bands[0].from_per_s / from - 1.0).abs() < 1e-9, "{bands:?}");
        assert!((bands[0].to_per_s / to - 1.0).abs() < 1e-9, "{bands:?}");
        assert!(bands[0].contains(100.0) && !bands[0].contains(30.0));
    }

    #[test]
    fn a_line_crossing_a_flat_bill_makes_no_band() {
        // Within 10% only from 90 to 111: narrower than a band worth stating.
        let cost = |rate: f64| (rate, 100.0);
        assert!(bands(&curves_of(cost), |rate| Some(cost(rate))).is_empty());
    }

    #[test]
    fn steep_curves_only_touch_and_make_no_band() {
        // Lambda grows as the cube of the rate: within 10% of a flat $100 for a factor of 1.07.
        let cost = |rate: f64| (rate.powi(3), 100.0);
        let curves = curves_of(cost);
        assert!(bands(&curves, |rate| Some(cost(rate))).is_empty());
    }

    #[test]
    fn a_step_out_of_the_margin_does_not_split_a_band() {
        // Parallel 5% apart, but 20% apart for a moment at 100/s (a step of the staircase).
        let cost = |rate: f64| {
            (rate, if (100.0..105.0).contains(&rate) { rate * 1.2 } else { rate * 1.05 })
        };
        let curves = curves_of(cost);
        let one = bands(&curves, |rate| Some(cost(rate)));
        assert_eq!(one.len(), 1, "{one:?}");
        // A long stretch apart does split it.
        let cost =
            |rate: f64| (rate, if (1.0..100.0).contains(&rate) { rate * 2.0 } else { rate * 1.05 });
        let curves = curves_of(cost);
        assert_eq!(bands(&curves, |rate| Some(cost(rate))).len(), 2);
    }

    #[test]
    fn a_blocked_platform_has_no_band() {
        let rates = rates(1.0, 10.0);
        let lambda = rates.iter().map(|_| 1.0).collect();
        let curves = Curves { rates, cost: PerPlatform::new(lambda, Vec::new()) };
        assert!(bands(&curves, |_| None).is_empty());
    }
}
