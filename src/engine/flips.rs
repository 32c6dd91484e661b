//! Flip points: for runtime, memory, rate, peak ÷ average, statefulness, CPU share and the
//! minimum tasks, the nearest value at which the verdict changes, and what it becomes.
//!
//! The search is certified, not sampled. Along each numeric input both bills are monotone
//! (Lambda never falls as runtime, memory, rate or the peak grow, and ignores the CPU share;
//! Fargate's staircase never falls as any of them grows: a higher peak or CPU share needs more
//! tasks), and every rule but cost depends on thresholds of the inputs (the [`Regime`]). So over
//! an interval whose ends share a regime, the bills lie between `(min(L), max(F))` and
//! `(max(L), min(F))` of its ends, and [`decide`] is monotone in the two bills:
//! if both bounds give the same verdict, the whole interval does. Intervals that cannot be
//! certified are halved, nearest half first, down to a log width of 1e-4 (finer than the digits
//! a flip point is shown with). So the verdict holds everywhere between an input and its flip
//! point, up to that resolution. The state and the minimum tasks take few values: they are
//! tried, or searched as whole numbers.

use super::model::{Context, FargateModel, Knobs, Model, cheapest_at};
use super::platform::{PerPlatform, Platform};
use super::report::{Choice, FlipPoint, Side};
use super::scenario::{Input, State};
use super::verdict::{Regime, decide, decide_model, decide_with_bills};

/// Relative width below which an interval is not split further.
const RESOLUTION: f64 = 1e-4;
/// The first galloping step away from the current value, as a factor.
const FIRST_STEP: f64 = 1.2;

/// The bills and rules at one value of one input.
#[derive(Debug, Clone, Copy)]
struct Point {
    regime: Regime,
    /// Each platform's monthly cost (0 when blocked).
    costs: PerPlatform<f64>,
    choice: Choice,
}

impl Point {
    fn of(model: &Model) -> Self {
        let (choice, regime, costs) = decide_with_bills(model);
        Point { regime, costs, choice }
    }
}

/// One search along one input.
struct Search<'c, 'a, 'o> {
    context: &'c Context<'a>,
    base: Knobs,
    base_model: Model<'c>,
    /// Fargate's ways to run it at the base knobs (along the rate they stay the same).
    options: &'o [FargateModel<'c>],
    input: Input,
    current: Choice,
}

impl Search<'_, '_, '_> {
    fn knobs(&self, value: f64) -> Knobs {
        self.base.with(self.input, value)
    }

    fn point(&self, value: f64) -> Point {
        let knobs = self.knobs(value);
        // Along the rate nothing but the rate and the cheapest way to run Fargate changes:
        // reuse the base model and its options.
        let model = match self.input {
            Input::Rate => {
                let fargate = cheapest_at(self.options, knobs.rate_per_s);
                Model { knobs, fargate, ..self.base_model }
            }
            // Lambda ignores the CPU share: only Fargate is found anew.
            Input::CpuShare => self.context.model_for_fargate(&self.base_model, knobs),
            _ => self.context.model(knobs),
        };
        Point::of(&model)
    }

    /// `Some(verdict)` when the verdict is provably constant between two points.
    fn certify(near: &Point, far: &Point) -> Option<Choice> {
        if near.regime != far.regime {
            return None;
        }
        if near.regime.blocked.values().any(|&blocked| blocked) {
            return Some(near.choice);
        }
        // Each platform's cost lies between its ends' costs; the verdict leans furthest towards
        // Lambda with Lambda at its least and Fargate at its most, and the other way round.
        let least = PerPlatform::from_fn(|p| near.costs[p].min(far.costs[p]));
        let most = PerPlatform::from_fn(|p| near.costs[p].max(far.costs[p]));
        let low = PerPlatform::new(least[Platform::Lambda], most[Platform::Fargate]);
        let high = PerPlatform::new(most[Platform::Lambda], least[Platform::Fargate]);
        let (low, high) = (decide(near.regime, &low).0, decide(near.regime, &high).0);
        (low == high).then_some(low)
    }

    /// The first value after `near`, up to `far`, where the verdict differs from the current one.
    fn refine(
        &self,
        near: f64,
        near_point: &Point,
        far: f64,
        far_point: &Point,
    ) -> Option<(f64, Choice)> {
        if let Some(choice) = Self::certify(near_point, far_point) {
            return (choice != self.current).then_some((near, choice));
        }
        if (far / near).ln().abs() < RESOLUTION {
            return (far_point.choice != self.current).then_some((far, far_point.choice));
        }
        let middle = (near * far).sqrt();
        let middle_point = self.point(middle);
        self.refine(near, near_point, middle, &middle_point)
            .or_else(|| self.refine(middle, &middle_point, far, far_point))
    }
}

/// A gallop from the current value towards one end of the slider, in steps that double in log
/// width, each refined.
struct Gallop {
    near: f64,
    near_point: Point,
    end: f64,
    factor: f64,
}

impl Gallop {
    fn new(start: f64, start_point: Point, end: f64) -> Self {
        Self { near: start, near_point: start_point, end, factor: FIRST_STEP }
    }

    fn done(&self) -> bool {
        (self.near - self.end).abs() <= 0.0
    }

    /// The log distance covered so far from `start`.
    fn covered(&self, start: f64) -> f64 {
        (self.near / start).ln().abs()
    }

    /// One more step: `Some(hit)` when the verdict changes in it.
    fn step(&mut self, search: &Search) -> Option<(f64, Choice)> {
        if self.done() {
            return None;
        }
        let up = self.end > self.near;
        let far = if up {
            (self.near * self.factor).min(self.end)
        } else {
            (self.near / self.factor).max(self.end)
        };
        let far_point = search.point(far);
        let hit = search.refine(self.near, &self.near_point, far, &far_point);
        self.near = far;
        self.near_point = far_point;
        self.factor = (self.factor * self.factor).min(1e6);
        hit
    }
}

/// The verdict at `knobs`.
pub fn verdict_at(context: &Context, knobs: Knobs) -> Choice {
    decide_model(&context.model(knobs))
}

/// The nearest flip of one numeric input (by distance on its log slider), if any, from the
/// model and its point at the base knobs and Fargate's ways to run it there.
fn numeric_flip<'c>(
    context: &'c Context,
    base_model: &Model<'c>,
    start: Point,
    options: &[FargateModel<'c>],
    input: Input,
) -> Option<FlipPoint> {
    let spec = input.spec()?;
    let base = base_model.knobs;
    let current = start.choice;
    let search = Search { context, base, base_model: *base_model, options, input, current };
    let value = base.get(input);
    // Both directions in lockstep, so the search stops once the nearer flip is certain.
    // Past its shape's maximum the peak changes nothing.
    let top = if input == Input::Peak { context.profile.max_peak() } else { spec.max };
    let mut upwards = Gallop::new(value, start, top.max(value));
    let mut downwards = Gallop::new(value, start, spec.min.min(value));
    let (mut up, mut down) = (None, None);
    loop {
        if up.is_none() && !upwards.done() {
            let reach =
                down.map_or(f64::INFINITY, |(under, _): (f64, Choice)| (value / under).ln());
            if upwards.covered(value) < reach {
                up = upwards.step(&search);
            }
        }
        if down.is_none() && !downwards.done() {
            let reach = up.map_or(f64::INFINITY, |(above, _): (f64, Choice)| (above / value).ln());
            if downwards.covered(value) < reach {
                down = downwards.step(&search);
            }
        }
        let up_open = up.is_none() && !upwards.done();
        let down_open = down.is_none() && !downwards.done();
        let up_reach = up.map_or(f64::INFINITY, |(above, _)| (above / value).ln());
        let down_reach = down.map_or(f64::INFINITY, |(under, _)| (value / under).ln());
        let best = up_reach.min(down_reach);
        let up_pending = up_open && upwards.covered(value) < best;
        let down_pending = down_open && downwards.covered(value) < best;
        if !up_pending && !down_pending {
            break;
        }
    }
    let (flip, choice, below) = match (up, down) {
        (Some((above, up_choice)), Some((under, down_choice))) => {
            if (above / value).ln() <= (value / under).ln() {
                (above, up_choice, false)
            } else {
                (under, down_choice, true)
            }
        }
        (Some((above, choice)), None) => (above, choice, false),
        (None, Some((under, choice))) => (under, choice, true),
        (None, None) => return None,
    };
    let side = if below { Side::Below } else { Side::Above };
    Some(FlipPoint { input, value: flip, becomes: choice, side })
}

/// All states in slider order.
pub const STATES: [State; 4] = [State::Stateless, State::Cache, State::Sessions, State::Persistent];

/// The nearest statefulness (fewest steps, lower first on a tie) with another verdict, from the
/// point at the base knobs: the state moves neither bill, only the regime.
fn state_flip(state: State, start: Point) -> Option<FlipPoint> {
    let index = STATES.iter().position(|&candidate| candidate == state)?;
    for distance in 1..STATES.len() {
        for candidate in [index.checked_sub(distance), Some(index + distance)] {
            let Some(state) = candidate.and_then(|candidate| STATES.get(candidate)) else {
                continue;
            };
            let choice = decide(Regime { state: *state, ..start.regime }, &start.costs).0;
            if choice != start.choice {
                let position = STATES.iter().position(|s| s == state).unwrap_or(0);
                return Some(FlipPoint {
                    input: Input::State,
                    value: position as f64,
                    becomes: choice,
                    side: Side::With,
                });
            }
        }
    }
    None
}

/// The nearest minimum task count with another verdict. Fargate's bill never falls as the
/// minimum grows (and nothing else moves), so the verdict changes at most once each way: a
/// binary search finds where.
fn min_tasks_flip(context: &Context, base: &Model, current: Choice) -> Option<FlipPoint> {
    let spec = Input::MinTasks.spec()?;
    let (low, high) = (spec.min as u32, spec.max as u32);
    // Lambda ignores the minimum: only Fargate is found anew.
    let at = |tasks: u32| {
        decide_model(&context.model_for_fargate(base, Knobs { min_tasks: tasks, ..base.knobs }))
    };
    let now = base.knobs.min_tasks.clamp(low, high);
    // The first count above with another verdict, and the last below.
    let up = (now < high && at(high) != current).then(|| {
        let (mut same, mut other) = (now, high);
        while other - same > 1 {
            let middle = same + (other - same) / 2;
            if at(middle) == current { same = middle } else { other = middle }
        }
        other
    });
    let down = (now > low && at(low) != current).then(|| {
        let (mut other, mut same) = (low, now);
        while same - other > 1 {
            let middle = other + (same - other) / 2;
            if at(middle) == current { same = middle } else { other = middle }
        }
        other
    });
    let tasks = match (up, down) {
        (Some(up), Some(down)) if now - down < up - now => down,
        (Some(up), _) => up,
        (None, Some(down)) => down,
        (None, None) => return None,
    };
    // A count: the verdict holds at the value itself, and beyond it.
    Some(FlipPoint {
        input: Input::MinTasks,
        value: f64::from(tasks),
        becomes: at(tasks),
        side: Side::With,
    })
}

/// Every flip point, in the order runtime, memory, rate, peak, state, CPU share, minimum tasks,
/// from the model at the base knobs and Fargate's ways to run it there (see
/// [`Context::fargate_options`]).
pub fn flip_points<'c>(
    context: &'c Context,
    base_model: &Model<'c>,
    options: &[FargateModel<'c>],
) -> Vec<FlipPoint> {
    let start = Point::of(base_model);
    let mut flips = Vec::with_capacity(7);
    for input in
        [Input::Runtime, Input::Memory, Input::Rate, Input::Peak, Input::State, Input::CpuShare]
    {
        let flip = if input == Input::State {
            state_flip(base_model.knobs.state, start)
        } else {
            numeric_flip(context, base_model, start, options, input)
        };
        flips.extend(flip);
    }
    flips.extend(min_tasks_flip(context, base_model, start.choice));
    flips
}
