//! The verdict map: the verdict over invocation rate (x) × runtime or memory (y), every other
//! input held at the scenario's value, as a grid of choices with its axes.
//!
//! Both axes span their slider's whole range on a log scale and a cell holds the verdict at its
//! centre in log space (memory snapped to whole MB, as the slider snaps it), so a cell agrees
//! exactly with [`super::evaluate`] at that point. The point model is built once per row (the
//! runtime or memory is fixed along a row) and asked only for the two bills per column, which is
//! what keeps a 160×48 map far below a millisecond per thousand cells.

use serde::Serialize;

use super::model::{
    Context, Knobs, LAMBDA_MAX_MEMORY_MB, LAMBDA_MAX_RUNTIME_S, LambdaBill, cheapest_from,
};
use super::platform::{PerPlatform, Platform};
use super::pricing::PriceBook;
use super::report::Choice;
use super::scenario::{Input, Scenario, SliderSpec};
use super::verdict;

/// The input on the map's y axis (x is always the rate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MapY {
    #[default]
    Runtime,
    Memory,
}

impl MapY {
    /// The scenario input this axis varies.
    pub fn input(self) -> Input {
        match self {
            MapY::Runtime => Input::Runtime,
            MapY::Memory => Input::Memory,
        }
    }

    /// The other axis (the `V` key).
    #[must_use]
    pub fn toggled(self) -> MapY {
        match self {
            MapY::Runtime => MapY::Memory,
            MapY::Memory => MapY::Runtime,
        }
    }

    /// The axis's name in labels and JSON.
    pub fn name(self) -> &'static str {
        match self {
            MapY::Runtime => "runtime",
            MapY::Memory => "memory",
        }
    }

    /// Whether an axis tick is Lambda's limit itself (the wall's own label).
    pub fn is_limit(self, value: f64) -> bool {
        (value / self.lambda_limit() - 1.0).abs() < 1e-12
    }

    /// Lambda's hard limit on this axis: 900 s of runtime or 10,240 MB of memory.
    pub fn lambda_limit(self) -> f64 {
        match self {
            MapY::Runtime => LAMBDA_MAX_RUNTIME_S,
            MapY::Memory => LAMBDA_MAX_MEMORY_MB,
        }
    }

    fn spec(self) -> &'static SliderSpec {
        self.input().spec().expect("runtime and memory are sliders")
    }
}

/// Axis ticks of the rate: where they fall and how they read.
pub const RATE_TICKS: [(f64, &str); 9] = [
    (1.0 / 86_400.0, "1/day"),
    (1.0 / 3600.0, "1/h"),
    (1.0 / 60.0, "1/min"),
    (1.0, "1/s"),
    (10.0, "10/s"),
    (100.0, "100/s"),
    (1000.0, "1k/s"),
    (10_000.0, "10k/s"),
    (100_000.0, "100k/s"),
];

/// Axis ticks of the runtime, seconds.
pub const RUNTIME_TICKS: [(f64, &str); 9] = [
    (0.001, "1 ms"),
    (0.01, "10 ms"),
    (0.1, "100 ms"),
    (1.0, "1 s"),
    (10.0, "10 s"),
    (60.0, "1 min"),
    (600.0, "10 min"),
    (3600.0, "1 h"),
    (86_400.0, "24 h"),
];

/// Axis ticks of the memory, MB.
pub const MEMORY_TICKS: [(f64, &str); 8] = [
    (128.0, "128 MB"),
    (512.0, "512 MB"),
    (1024.0, "1 GB"),
    (4096.0, "4 GB"),
    (10_240.0, "10 GB"),
    (32_768.0, "32 GB"),
    (65_536.0, "64 GB"),
    (122_880.0, "120 GB"),
];

/// The verdict over a grid of rate × runtime (or memory).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictMap {
    /// Always [`Input::Rate`] (`"rate"` in JSON).
    pub x_input: Input,
    /// [`Input::Runtime`] or [`Input::Memory`].
    pub y_input: Input,
    /// Rates at the cell centres, requests per second, ascending.
    pub x: Vec<f64>,
    /// Runtimes (seconds) or memory sizes (MB) at the cell centres, ascending.
    pub y: Vec<f64>,
    /// `cells[row][col]` is the verdict at `y[row]`, `x[col]`.
    pub cells: Vec<Vec<Choice>>,
    /// Whether each platform is blocked on each row (a hard limit; the rate never blocks).
    #[serde(skip)]
    pub blocked: PerPlatform<Vec<bool>>,
}

impl VerdictMap {
    /// Columns (rates).
    pub fn width(&self) -> usize {
        self.x.len()
    }

    /// Rows (runtimes or memory sizes).
    pub fn height(&self) -> usize {
        self.y.len()
    }

    /// Which axis `y` is.
    pub fn y_axis(&self) -> MapY {
        if self.y_input == Input::Memory { MapY::Memory } else { MapY::Runtime }
    }

    /// The y axis's ticks (the x axis's are [`RATE_TICKS`]).
    pub fn y_ticks(&self) -> &'static [(f64, &'static str)] {
        match self.y_axis() {
            MapY::Runtime => &RUNTIME_TICKS,
            MapY::Memory => &MEMORY_TICKS,
        }
    }

    /// The first row past Lambda's limit on the y axis (15 min or 10 GB), when the limit falls
    /// inside the map: the wall runs along this row's lower edge.
    pub fn wall_row(&self) -> Option<usize> {
        let limit = self.y_axis().lambda_limit();
        let first = self.y.iter().position(|&value| value > limit)?;
        (first > 0).then_some(first)
    }

    /// The column whose cell holds `rate`, and the row whose cell holds `value` on the y axis
    /// (clamped to the map): where the current scenario sits.
    pub fn cell_of(&self, rate: f64, value: f64) -> (usize, usize) {
        let spec = |input: Input| input.spec().expect("rate, runtime and memory are sliders");
        let index = |spec: &SliderSpec, value: f64, len: usize| {
            let at = (spec.position(value) * len as f64).floor() as usize;
            at.min(len.saturating_sub(1))
        };
        (
            index(spec(self.x_input), rate, self.width()),
            index(spec(self.y_input), value, self.height()),
        )
    }
}

/// Cell centres of `count` cells over a slider's whole range, through the slider's own
/// position-to-value mapping (log scale, snapping).
fn centres(spec: &SliderSpec, count: usize) -> Vec<f64> {
    (0..count).map(|index| spec.value_at((index as f64 + 0.5) / count as f64)).collect()
}

/// The verdict map of `scenario` with `cols` rates across and `rows` runtimes (or memory
/// sizes) up. Either count may be 0 (an empty map).
pub fn verdict_map(
    scenario: &Scenario,
    book: &PriceBook,
    y_axis: MapY,
    cols: usize,
    rows: usize,
) -> VerdictMap {
    let rate_spec = Input::Rate.spec().expect("the rate is a slider");
    let x = centres(rate_spec, cols);
    let y = centres(y_axis.spec(), rows);
    let context = Context::new(scenario, book);
    let mut cells = Vec::with_capacity(rows);
    let mut blocked = PerPlatform::from_fn(|_| Vec::with_capacity(rows));
    for &value in &y {
        let knobs = Knobs::of(scenario).with(y_axis.input(), value);
        // Nothing but the rate changes along a row: Lambda's model and Fargate's options stay,
        // and only the knobs' rate (read by the warm-cache rule), the cheapest way to run
        // Fargate and the bills move.
        let mut model = context.model(knobs);
        let (options, _) = context.fargate_options(knobs);
        for platform in Platform::ALL {
            blocked[platform].push(model.blocked(platform));
        }
        let mut first = 0;
        let row: Vec<Choice> = x
            .iter()
            .map(|&rate| {
                model.knobs.rate_per_s = rate;
                let fargate = cheapest_from(&options, rate, first);
                first = fargate.map_or(0, |(index, _)| index);
                model.fargate = fargate.map(|(index, _)| options[index]);
                // Fargate's bill is the one just found; Lambda's is asked once, for its cost and
                // its latency.
                let lambda = model.lambda.as_ref().map(|lambda| lambda.bill(rate));
                let costs = PerPlatform::new(
                    lambda.as_ref().map_or(0.0, LambdaBill::total),
                    fargate.map_or(0.0, |(_, total)| total),
                );
                let regime = verdict::Regime::with_lambda_bill(&model, lambda.as_ref());
                verdict::decide(regime, &costs).0
            })
            .collect();
        cells.push(row);
    }
    VerdictMap { x_input: Input::Rate, y_input: y_axis.input(), x, y, cells, blocked }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::scenario::{State, TaskSize, TaskSizeChoice};
    use crate::engine::testbook::book;

    /// Every cell of a map against a full evaluation at its centre.
    fn assert_agrees(scenario: &Scenario, y_axis: MapY, cols: usize, rows: usize) {
        let book = book();
        let map = verdict_map(scenario, &book, y_axis, cols, rows);
        assert_eq!((map.width(), map.height()), (cols, rows));
        for (row, &value) in map.y.iter().enumerate() {
            for (col, &rate) in map.x.iter().enumerate() {
                let mut at = Scenario { rate_per_s: rate, ..scenario.clone() };
                match y_axis {
                    MapY::Runtime => at.runtime_s = value,
                    MapY::Memory => at.memory_mb = value,
                }
                let report = evaluate(&at, &book);
                assert_eq!(
                    map.cells[row][col], report.verdict.choice,
                    "{y_axis:?} row {row} ({value}) col {col} ({rate}/s): {:?}",
                    report.verdict.reasons
                );
                for (platform, bill) in report.platforms.iter() {
                    assert_eq!(map.blocked[platform][row], bill.is_blocked(), "{platform:?}");
                }
            }
        }
    }

    #[test]
    fn every_cell_agrees_with_evaluate_at_its_centre() {
        let fixed = TaskSizeChoice::Fixed(TaskSize { vcpu: 1.0, memory_gb: 4.0 });
        for scenario in [
            Scenario::default(),
            Scenario { state: State::Cache, ..Scenario::default() },
            Scenario { state: State::Sessions, memory_mb: 4096.0, ..Scenario::default() },
            Scenario { state: State::Persistent, task_size: fixed, ..Scenario::default() },
            Scenario { requests_per_task: Some(1.0), free_tier: true, ..Scenario::default() },
        ] {
            assert_agrees(&scenario, MapY::Runtime, 31, 17);
            assert_agrees(&scenario, MapY::Memory, 23, 13);
        }
    }

    #[test]
    fn the_wall_splits_the_rows_at_fifteen_minutes_and_ten_gigabytes() {
        let book = book();
        for (y_axis, rows) in [(MapY::Runtime, 48), (MapY::Memory, 24), (MapY::Runtime, 7)] {
            let map = verdict_map(&Scenario::default(), &book, y_axis, 10, rows);
            let wall = map.wall_row().expect("the limit lies inside both ranges");
            let limit = y_axis.lambda_limit();
            assert!(map.y[wall - 1] <= limit && map.y[wall] > limit, "{y_axis:?} {wall}");
            for (row, blocked) in map.blocked[Platform::Lambda].iter().enumerate() {
                assert_eq!(*blocked, row >= wall, "{y_axis:?} row {row}");
            }
            // Past the wall only Fargate runs; just below it Lambda still can.
            assert!(map.cells[wall].iter().all(|choice| *choice == Choice::Fargate));
            assert_agrees(&Scenario::default(), y_axis, 10, rows);
        }
    }

    #[test]
    fn the_default_map_has_lambda_low_and_fargate_high() {
        // Without a materiality line; with the default $50 the cheap corner is either.
        let scenario = Scenario { materiality_usd: 0.0, ..Scenario::default() };
        let map = verdict_map(&scenario, &book(), MapY::Runtime, 48, 24);
        // Rare, short work: Lambda. Busy, long work: Fargate.
        assert_eq!(map.cells[0][0], Choice::Lambda);
        assert_eq!(map.cells[20][47], Choice::Fargate);
        assert_eq!(map.x_input, Input::Rate);
        assert!(map.x.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(map.y.windows(2).all(|pair| pair[0] < pair[1]));
        let (min, max) = (1.0 / 86_400.0, 100_000.0);
        assert!(map.x[0] > min && map.x[47] < max);
        // Centres in log space: equal ratios between neighbours.
        let ratio = map.x[1] / map.x[0];
        assert!((map.x[47] / map.x[46] - ratio).abs() < 1e-9);
        let lined = verdict_map(&Scenario::default(), &book(), MapY::Runtime, 48, 24);
        assert_eq!(lined.cells[0][0], Choice::Either);
    }

    #[test]
    fn memory_centres_snap_to_whole_megabytes() {
        let map = verdict_map(&Scenario::default(), &book(), MapY::Memory, 4, 9);
        assert!(map.y.iter().all(|mb| mb.fract() == 0.0), "{:?}", map.y);
        assert_eq!(map.y_input, Input::Memory);
    }

    #[test]
    fn the_current_point_falls_in_its_cell() {
        let map = verdict_map(&Scenario::default(), &book(), MapY::Runtime, 48, 24);
        let (col, row) = map.cell_of(10.0, 0.120);
        let half = |values: &[f64], at: usize| {
            let step = (values[1] / values[0]).sqrt();
            (values[at] / step, values[at] * step)
        };
        let (lo, hi) = half(&map.x, col);
        assert!(lo <= 10.0 && 10.0 <= hi);
        let (lo, hi) = half(&map.y, row);
        assert!(lo <= 0.120 && 0.120 <= hi);
        assert_eq!(map.cell_of(1e9, 1e9), (47, 23));
        assert_eq!(map.cell_of(0.0, 0.0), (0, 0));
    }

    #[test]
    fn an_empty_map_has_no_cells() {
        let map = verdict_map(&Scenario::default(), &book(), MapY::Runtime, 0, 0);
        assert!(map.cells.is_empty() && map.x.is_empty() && map.wall_row().is_none());
        assert_eq!(map.cell_of(1.0, 1.0), (0, 0));
    }
}
