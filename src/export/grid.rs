//! The rates a document prices exactly: a decade grid of monthly requests, the scenario's own
//! rate, every break-even, and the labelled points of the mermaid chart.
//!
//! The report's curves are sampled on a log grid that does not hit round rates, and Fargate's
//! curve is a staircase, so reading a round rate off the curves would be an interpolation. The
//! edge prices these rates with the engine instead and hands the table to the pure document.

use crate::engine::map::VerdictMap;
use crate::engine::platform::PerPlatform;
use crate::engine::report::Report;
use crate::engine::sensitivity::Sensitivity;
use crate::engine::units::SECONDS_PER_MONTH;

/// Monthly requests of the decade grid: 100 .. 10 billion (the rate slider spans about 30 to
/// 26 billion a month).
pub const DECADE_REQUESTS_PER_MONTH: [f64; 9] = [1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

const DAY: f64 = 86_400.0;
const HOUR: f64 = 3600.0;
const MINUTE: f64 = 60.0;

/// Rates people say aloud, about three per decade over the whole rate slider: the mermaid
/// chart's x axis is a window of these.
pub const CHART_RATES: [(&str, f64); 27] = [
    ("1/day", 1.0 / DAY),
    ("2/day", 2.0 / DAY),
    ("5/day", 5.0 / DAY),
    ("10/day", 10.0 / DAY),
    ("1/h", 1.0 / HOUR),
    ("2/h", 2.0 / HOUR),
    ("5/h", 5.0 / HOUR),
    ("10/h", 10.0 / HOUR),
    ("30/h", 30.0 / HOUR),
    ("1/min", 1.0 / MINUTE),
    ("2/min", 2.0 / MINUTE),
    ("5/min", 5.0 / MINUTE),
    ("10/min", 10.0 / MINUTE),
    ("30/min", 30.0 / MINUTE),
    ("1/s", 1.0),
    ("2/s", 2.0),
    ("5/s", 5.0),
    ("10/s", 10.0),
    ("20/s", 20.0),
    ("50/s", 50.0),
    ("100/s", 100.0),
    ("200/s", 200.0),
    ("500/s", 500.0),
    ("1k/s", 1000.0),
    ("2k/s", 2000.0),
    ("5k/s", 5000.0),
    ("10k/s", 10_000.0),
];

/// The fewest points the mermaid chart shows.
const MIN_CHART_POINTS: usize = 10;

/// The part of [`CHART_RATES`] the mermaid chart shows: a decade either side of the current rate
/// and every break-even, widened to at least [`MIN_CHART_POINTS`] points. A linear dollar axis
/// over the whole range would flatten everything below the top decade.
pub fn chart_window(report: &Report) -> &'static [(&'static str, f64)] {
    let focus = std::iter::once(report.scenario.rate_per_s)
        .chain(report.break_even.crossings.iter().map(|crossing| crossing.rate_per_s))
        .filter(|rate| rate.is_finite() && *rate > 0.0);
    let low = focus.clone().fold(f64::INFINITY, f64::min) / 10.0;
    let high = focus.fold(0.0, f64::max) * 10.0;
    let first = CHART_RATES.iter().position(|&(_, rate)| rate >= low * (1.0 - 1e-9));
    let last = CHART_RATES.iter().rposition(|&(_, rate)| rate <= high * (1.0 + 1e-9));
    let (mut first, mut last) = match (first, last) {
        (Some(first), Some(last)) if first <= last => (first, last),
        _ => (0, CHART_RATES.len() - 1),
    };
    // Widen one step on each side at a time until the window is wide enough or is everything.
    while last - first + 1 < MIN_CHART_POINTS && (first > 0 || last + 1 < CHART_RATES.len()) {
        first = first.saturating_sub(1);
        if last - first + 1 < MIN_CHART_POINTS {
            last = (last + 1).min(CHART_RATES.len() - 1);
        }
    }
    &CHART_RATES[first..=last]
}

/// Exact monthly costs of every platform at one rate (`None`: that platform is blocked).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CostAt {
    pub rate_per_s: f64,
    pub usd: PerPlatform<Option<f64>>,
}

/// The costs at every rate [`rates_needed`] lists for one report, and the verdict map the edge
/// computed for the document (none when the caller gave none).
#[derive(Debug, Clone, PartialEq)]
pub struct CostTable {
    points: Vec<CostAt>,
    map: Option<VerdictMap>,
    sensitivity: Option<Sensitivity>,
}

/// Every rate the document prices, ascending and without repeats.
pub fn rates_needed(report: &Report) -> Vec<f64> {
    let mut rates: Vec<f64> = DECADE_REQUESTS_PER_MONTH
        .iter()
        .map(|requests| requests / SECONDS_PER_MONTH)
        .chain(CHART_RATES.iter().map(|&(_, rate)| rate))
        .chain(std::iter::once(report.scenario.rate_per_s))
        .chain(report.break_even.crossings.iter().map(|crossing| crossing.rate_per_s))
        .filter(|rate| rate.is_finite() && *rate > 0.0)
        .collect();
    rates.sort_by(f64::total_cmp);
    rates.dedup();
    rates
}

impl CostTable {
    /// Prices every rate the report's document needs with `cost_at`, which returns each
    /// platform's monthly cost of the report's scenario at a rate.
    pub fn compute(
        report: &Report,
        mut cost_at: impl FnMut(f64) -> PerPlatform<Option<f64>>,
    ) -> Self {
        let points = rates_needed(report)
            .into_iter()
            .map(|rate_per_s| CostAt { rate_per_s, usd: cost_at(rate_per_s) })
            .collect();
        Self { points, map: None, sensitivity: None }
    }

    /// The table with the report's verdict map, which the document draws after the curves.
    #[must_use]
    pub fn with_map(mut self, map: VerdictMap) -> Self {
        self.map = Some(map);
        self
    }

    /// With "what moves the answer" for the document's section.
    #[must_use]
    pub fn with_sensitivity(mut self, sensitivity: Sensitivity) -> Self {
        self.sensitivity = Some(sensitivity);
        self
    }

    /// "What moves the answer", if the edge computed it.
    pub fn sensitivity(&self) -> Option<&Sensitivity> {
        self.sensitivity.as_ref()
    }

    /// The verdict map, if the edge computed one.
    pub fn map(&self) -> Option<&VerdictMap> {
        self.map.as_ref()
    }

    /// The costs at exactly this rate, if it was priced.
    pub fn at(&self, rate_per_s: f64) -> Option<&CostAt> {
        self.points.iter().find(|point| point.rate_per_s.total_cmp(&rate_per_s).is_eq())
    }

    /// Every priced point, ascending by rate.
    pub fn points(&self) -> &[CostAt] {
        &self.points
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::platform::Platform;
    use crate::engine::pricing::PriceBook;
    use crate::engine::scenario::Scenario;

    #[test]
    fn the_chart_window_holds_the_current_rate_and_enough_points() {
        let book = PriceBook::builtin();
        for rate in [1.0 / 86_400.0, 0.01, 1.0, 10.0, 200.0, 10_000.0] {
            let report = evaluate(&Scenario { rate_per_s: rate, ..Scenario::default() }, &book);
            let window = chart_window(&report);
            assert!(window.len() >= MIN_CHART_POINTS, "{rate}: {window:?}");
            let (first, last) = (window[0].1, window[window.len() - 1].1);
            assert!(
                first <= rate * (1.0 + 1e-9) && rate <= last * (1.0 + 1e-9),
                "{rate}: {window:?}"
            );
            for crossing in &report.break_even.crossings {
                assert!(first <= crossing.rate_per_s && crossing.rate_per_s <= last, "{window:?}");
            }
        }
    }

    #[test]
    fn the_table_prices_every_needed_rate_once() {
        let report = evaluate(&Scenario::default(), &PriceBook::builtin());
        let table = CostTable::compute(&report, |rate| PerPlatform::new(Some(rate), None));
        let rates: Vec<f64> = table.points().iter().map(|point| point.rate_per_s).collect();
        assert!(rates.windows(2).all(|pair| pair[0] < pair[1]), "ascending, no repeats");
        assert!(table.at(report.scenario.rate_per_s).is_some());
        for (_, rate) in CHART_RATES {
            assert_eq!(table.at(rate).and_then(|point| point.usd[Platform::Lambda]), Some(rate));
        }
    }
}
