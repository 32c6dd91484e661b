//! The report: everything a view, the export or `lvf eval --json` needs, computed by
//! [`evaluate`] from a scenario and a price book. Views read it and never call the engine.

use serde::Serialize;

pub use super::evaluate::evaluate;

use super::cost::CostLine;
use super::scenario::{Input, Scenario, TaskSize};

/// Lambda at the scenario's point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LambdaReport {
    /// Monthly total, unrounded; `None` when blocked.
    pub monthly_usd: Option<f64>,
    /// Why Lambda cannot run this workload ("runtime 2 h exceeds Lambda's 15 min limit").
    pub blocked_by: Vec<String>,
    pub lines: Vec<CostLine>,
    /// Invocations per month.
    pub invocations: f64,
    /// Billed GB-seconds per month (before the free tier), INIT included.
    pub gb_seconds: f64,
    /// Average concurrent executions (Little's law).
    pub concurrency: f64,
}

/// Fargate at the scenario's point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FargateReport {
    /// Monthly total, unrounded; `None` when blocked.
    pub monthly_usd: Option<f64>,
    pub blocked_by: Vec<String>,
    pub lines: Vec<CostLine>,
    /// "service" or "jobs": how Fargate runs it (with mode auto, the cheaper).
    pub mode: &'static str,
    /// Tasks running at once, the most in the month (0 for jobs; u64: the slider extremes ask for
    /// more than u32 holds).
    pub tasks: u64,
    /// Billed task-hours in the month.
    pub task_hours: f64,
    /// Requests in flight one task serves (fractional; 1 for jobs).
    pub requests_per_task: f64,
    /// What limits that: "cpu", "memory" or "cap".
    pub bound_by: &'static str,
    /// Seconds billed per job (0 for a service).
    pub job_billed_s: f64,
    /// The task size used (auto-chosen or fixed); `None` when no valid size fits.
    pub task: Option<TaskSize>,
    /// Whether the size was chosen automatically.
    pub task_auto: bool,
    /// Average requests in flight (Little's law).
    pub concurrency: f64,
}

/// Monthly cost of both platforms over the rate slider's range, on a log grid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Curves {
    /// Invocations per second at each sample, ascending.
    pub rates: Vec<f64>,
    /// Lambda's monthly cost at each sample; empty when Lambda is blocked.
    pub lambda: Vec<f64>,
    /// Fargate's monthly cost at each sample (a staircase); empty when Fargate is blocked.
    pub fargate: Vec<f64>,
}

/// One rate at which the cheaper platform changes.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Crossing {
    pub rate_per_s: f64,
    pub requests_per_month: f64,
    /// Which platform is cheaper just above this rate.
    pub cheaper_above: Platform,
}

/// The two platforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    Lambda,
    Fargate,
}

/// Where the cheaper platform changes.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FitRow {
    pub feature: &'static str,
    pub lambda: Mark,
    pub fargate: Mark,
    /// One line in the current numbers.
    pub note: String,
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
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FlipPoint {
    pub input: Input,
    /// The value in the input's own unit (seconds, MB, per second, …).
    pub value: f64,
    /// The value in human units ("3.1/s").
    pub value_text: String,
    pub becomes: Choice,
    /// A sentence: "Lambda would win below 3.1/s".
    pub text: String,
}

/// The verdict with its reasons.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub choice: Choice,
    /// "Fargate: 38% cheaper at 50/s, and sessions favour long-running containers".
    pub headline: String,
    /// Ranked, most important first.
    pub reasons: Vec<String>,
    pub flip_points: Vec<FlipPoint>,
}

/// Everything computed from one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub scenario: Scenario,
    /// The price book's as-of date.
    pub pricing_as_of: String,
    /// The region's display name.
    pub region_name: String,
    pub lambda: LambdaReport,
    pub fargate: FargateReport,
    pub curves: Curves,
    pub break_even: BreakEven,
    pub fit: Vec<FitRow>,
    pub verdict: Verdict,
    /// Assumptions the numbers rest on that are not inputs (the ALB's LCU model, …).
    pub notes: Vec<String>,
}
