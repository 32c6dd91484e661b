//! The report: everything a view, the export or `lvf eval --json` needs, computed by
//! [`evaluate`] from a scenario and a price book. Views read it and never call the engine.
//!
//! It holds numbers and facts, not sentences: each platform's bill and blockers, the fit marks
//! and notes, the verdict's rule and reasons, flip points and notes, per platform where they
//! belong to one. The wording module outside the engine turns the facts into words.

use serde::Serialize;

pub use super::evaluate::evaluate;

use super::blocker::Blocker;
use super::cost::CostItem;
pub use super::fit::note::{Feature, FitNote};
pub use super::model::BoundBy;
use super::notes::Note;
pub use super::parity::ParityBand;
pub use super::platform::{PerPlatform, Platform};
use super::scenario::{Input, Scenario, Shape, TaskSize};
pub use super::verdict::{CostComparison, Reason, Rule, TieBreaker};

/// One platform at the scenario's point.
#[derive(Debug, Clone, PartialEq)]
pub struct PlatformReport {
    /// Monthly total, unrounded; `None` when blocked.
    pub monthly_usd: Option<f64>,
    /// Why the platform cannot run this workload; empty exactly when it is priced.
    pub blockers: Vec<Blocker>,
    pub lines: Vec<CostItem>,
    /// Average requests in flight (Little's law).
    pub concurrency: f64,
    /// How the platform runs the workload, with the figures particular to that way.
    pub basis: Basis,
}

impl PlatformReport {
    /// Whether the platform cannot run the workload.
    pub fn is_blocked(&self) -> bool {
        self.monthly_usd.is_none()
    }

    /// The on-demand figures, when the platform runs each invocation on demand.
    pub fn on_demand(&self) -> Option<&OnDemand> {
        match &self.basis {
            Basis::OnDemand(on_demand) => Some(on_demand),
            Basis::Service(_) | Basis::Jobs(_) => None,
        }
    }

    /// The service figures, when the platform runs tasks all month.
    pub fn service(&self) -> Option<&Service> {
        match &self.basis {
            Basis::Service(service) => Some(service),
            Basis::OnDemand(_) | Basis::Jobs(_) => None,
        }
    }

    /// The jobs' figures, when the platform runs a task per invocation.
    pub fn jobs(&self) -> Option<&Jobs> {
        match &self.basis {
            Basis::Jobs(jobs) => Some(jobs),
            Basis::OnDemand(_) | Basis::Service(_) => None,
        }
    }
}

/// How a platform runs the workload. Version 2 of the model adds ways (Lambda with provisioned
/// concurrency, Fargate as jobs); each brings its own figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Basis {
    /// Each invocation on demand (Lambda).
    OnDemand(OnDemand),
    /// Tasks that stay up and share the requests: an ECS service (Fargate).
    Service(Service),
    /// A task per invocation: ECS `RunTask` from a schedule or an event (Fargate).
    Jobs(Jobs),
}

/// The figures of on-demand invocations.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct OnDemand {
    /// Invocations per month.
    pub invocations: f64,
    /// Billed GB-seconds on demand per month (before the free tier), INIT included.
    pub gb_seconds: f64,
    /// Cold starts a month that run INIT on demand.
    pub cold_starts: f64,
    /// Their share of the invocations.
    pub cold_start_share: f64,
    /// Requests in flight in the busiest hour.
    pub peak_concurrency: f64,
    /// Provisioned concurrency in the bill, if any.
    pub provisioned: Option<ProvisionedFigures>,
    /// When the bill has none and the latency budget is breached: the cheapest provisioned
    /// concurrency that keeps it, priced.
    pub provisioned_option: Option<ProvisionedFigures>,
}

/// Provisioned concurrency, priced.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProvisionedFigures {
    /// Scheduled hour by hour, or a fixed number all month.
    pub scheduled: bool,
    /// Environments in the busiest hour.
    pub environments_peak: f64,
    /// The month's provisioned concurrency and the duration on it.
    pub monthly_usd: f64,
    /// Lambda's whole bill with it.
    pub lambda_usd: f64,
}

/// The traffic week the bills were priced on.
#[derive(Debug, Clone, PartialEq)]
pub struct Traffic {
    pub shape: Shape,
    /// Peak ÷ average in effect (the scenario's, held to the shape's maximum).
    pub peak: f64,
    /// The most the shape reaches.
    pub max_peak: f64,
    /// Requests per second in each hour of the week, Monday 00:00 first (168).
    pub hourly_rate_per_s: Vec<f64>,
}

/// The figures of a service.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Service {
    /// Tasks running at once, the most in the month (u64: the slider extremes ask for more than
    /// u32 holds).
    pub tasks: u64,
    /// Tasks in the quietest hour.
    pub fewest_tasks: u64,
    /// The task size used (auto-chosen or fixed); `None` when no valid size fits.
    pub task: Option<TaskSize>,
    /// Whether the size was chosen automatically.
    pub task_auto: bool,
    /// Billed task-hours in the month.
    pub task_hours: f64,
    /// Requests in flight one task serves (fractional).
    pub requests_per_task: f64,
    /// What limits that.
    pub bound_by: BoundBy,
}

/// The figures of jobs: one task per invocation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Jobs {
    /// Jobs (invocations) in the month.
    pub jobs: f64,
    /// Seconds billed per job: the runtime plus the task start, a minute at least.
    pub billed_s: f64,
    /// The task size used.
    pub task: TaskSize,
    /// Whether the size was chosen automatically.
    pub task_auto: bool,
    /// Billed task-hours in the month.
    pub task_hours: f64,
}

/// Monthly cost of each platform over the rate slider's range, on a log grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Curves {
    /// Invocations per second at each sample, ascending.
    pub rates: Vec<f64>,
    /// Each platform's monthly cost at each sample (Fargate's is a staircase); empty when that
    /// platform is blocked.
    pub cost: PerPlatform<Vec<f64>>,
}

/// One rate at which the cheaper platform changes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Crossing {
    pub rate_per_s: f64,
    pub requests_per_month: f64,
    /// Which platform is cheaper just above this rate.
    pub cheaper_above: Platform,
}

/// Where the cheaper platform changes.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakEven {
    /// The headline crossing: the lowest rate above which Fargate stays cheaper.
    pub rate_per_s: Option<f64>,
    pub requests_per_month: Option<f64>,
    /// Every crossing in the rate range, ascending.
    pub crossings: Vec<Crossing>,
    /// Whether a long run of crossings (a staircase straddling Lambda's line) was cut short in
    /// the middle: the list then holds its first and last crossings only.
    pub truncated: bool,
}

/// How well a platform fits one row of the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Good,
    Caution,
    Poor,
    Blocked,
}

/// One row of the fit matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct FitRow {
    pub feature: Feature,
    pub marks: PerPlatform<Mark>,
    /// Why, in the current numbers.
    pub note: FitNote,
}

/// The answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Choice {
    Lambda,
    Fargate,
    Either,
    Neither,
}

/// The nearest value of one input at which the verdict changes.
#[derive(Debug, Clone, PartialEq)]
pub struct FlipPoint {
    pub input: Input,
    /// The value in the input's own unit (seconds, MB, per second, …; for the state, its
    /// position in [`super::flips::STATES`]).
    pub value: f64,
    pub becomes: Choice,
    /// Where the new verdict holds, seen from the current value.
    pub side: Side,
}

/// Where a flip point's verdict holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Below the value (a numeric input moving down).
    Below,
    /// Above the value.
    Above,
    /// At the value itself (a choice such as the state).
    With,
}

/// The verdict with its reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub choice: Choice,
    /// The rule that decided it.
    pub rule: Rule,
    /// Ranked, most important first.
    pub reasons: Vec<Reason>,
    pub flip_points: Vec<FlipPoint>,
}

/// Everything computed from one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub scenario: Scenario,
    /// The price book's as-of date.
    pub pricing_as_of: String,
    /// The region's display name.
    pub region_name: String,
    pub platforms: PerPlatform<PlatformReport>,
    /// The traffic week.
    pub traffic: Traffic,
    pub curves: Curves,
    pub break_even: BreakEven,
    /// Where the bills stay within 10% of each other, ascending ([`super::parity`]).
    pub parity: Vec<ParityBand>,
    pub fit: Vec<FitRow>,
    pub verdict: Verdict,
    /// Assumptions the numbers rest on that are not inputs (the ALB's LCU model, …).
    pub notes: Vec<Note>,
}
