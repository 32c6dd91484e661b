//! Latency as a fit (DESIGN.md "Fit matrix and verdict"): what a request waits for on each
//! platform, against the latency budget.
//!
//! On Lambda a cold start waits its INIT before the runtime; the budget is breached when that is
//! over it and at least one request a month waits ([`crate::engine::model::BREACH_WAITS_PER_MONTH`]). INIT over 10 s
//! re-runs inside the first invocation. On Fargate a job waits its task start, the first
//! request after an idle hour scaled to zero waits one too, and a ramp faster than the tasks'
//! headroom queues for the minutes target tracking takes to add tasks. Behind API Gateway both
//! time out at 29 s.

use super::fit::note::{FargateWait, LambdaWait};
use super::model::{LAMBDA_MAX_RUNTIME_S, LambdaBill, Model, RunMode};
use super::platform::{PerPlatform, Platform};
use super::report::Mark;

/// API Gateway's integration timeout, seconds (HTTP and REST APIs).
pub const API_GATEWAY_TIMEOUT_S: f64 = 29.0;
/// Lambda's INIT phase limit, seconds: past it INIT re-runs inside the first invocation.
pub const INIT_PHASE_LIMIT_S: f64 = 10.0;
/// What target tracking takes before a new task starts: a minute of metrics and three of alarm
/// (research/workload-facts.md §5.1, §5.3).
pub const SCALE_OUT_REACTION_S: f64 = 240.0;

/// What the latency row reads besides the model: the budget, a job's task start and which
/// platforms sit behind API Gateway.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatencyInputs {
    pub budget_s: Option<f64>,
    pub task_start_s: f64,
    pub api_gateway: PerPlatform<bool>,
    pub utilization: f64,
}

/// What a request may wait on each platform at the model's knobs, and each platform's mark.
pub fn assess(model: &Model) -> (PerPlatform<Mark>, LambdaWait, FargateWait) {
    assess_with(model, None, true)
}

/// [`assess`], with Lambda's bill at the model's rate when the caller has it already.
/// `ramps`: whether to look at the week's ramps (a caution at most; the verdict's rule, which
/// reads only what is poor, skips them).
pub fn assess_with(
    model: &Model,
    lambda_bill: Option<&LambdaBill>,
    ramps: bool,
) -> (PerPlatform<Mark>, LambdaWait, FargateWait) {
    let inputs = model.latency;
    let runtime_s = model.knobs.runtime_s;
    let rate = model.knobs.rate_per_s;
    let over_budget = |wait_s: f64| inputs.budget_s.is_some_and(|budget| wait_s > budget);
    let timeout =
        |platform: Platform| inputs.api_gateway[platform] && runtime_s > API_GATEWAY_TIMEOUT_S;

    let lambda = match model.lambda.as_ref() {
        None => LambdaWait::Blocked,
        Some(_) if timeout(Platform::Lambda) => LambdaWait::Timeout { runtime_s },
        Some(_) if over_budget(runtime_s) => LambdaWait::RuntimeOverBudget { runtime_s },
        Some(lambda)
            if lambda.init_s() > INIT_PHASE_LIMIT_S
                && lambda.init_s() + runtime_s > LAMBDA_MAX_RUNTIME_S =>
        {
            LambdaWait::InitTimesOut { init_s: lambda.init_s(), runtime_s }
        }
        Some(lambda) => {
            let bill = lambda_bill.copied().unwrap_or_else(|| lambda.bill(rate));
            LambdaWait::Cold {
                cold_starts: bill.cold_starts,
                share: bill.cold_start_share(),
                init_s: lambda.init_s(),
                breached: lambda.breaches_budget(bill.cold_starts),
                provisioned: bill.provisioned.is_some(),
            }
        }
    };
    let fargate = match model.fargate.as_ref() {
        None => FargateWait::Blocked,
        Some(_) if timeout(Platform::Fargate) => FargateWait::Timeout { runtime_s },
        Some(_) if over_budget(runtime_s) => FargateWait::RuntimeOverBudget { runtime_s },
        Some(fargate) if fargate.mode == RunMode::Jobs => FargateWait::JobStart {
            start_s: inputs.task_start_s,
            breached: over_budget(inputs.task_start_s + runtime_s),
        },
        Some(fargate) if fargate.shape.min_tasks == 0 && fargate.shape.week.has_idle_hours() => {
            FargateWait::WakeFromZero {
                start_s: inputs.task_start_s,
                breached: over_budget(inputs.task_start_s + runtime_s),
            }
        }
        Some(_) if !ramps => FargateWait::Warm {
            steepest: 0.0,
            outruns_headroom: false,
            reaction_s: SCALE_OUT_REACTION_S + inputs.task_start_s,
        },
        Some(fargate) => {
            // The steepest hour: its requests in flight against what the tasks of the hour
            // before hold at the target; past 1 / utilization they are over 100% busy until new
            // tasks start.
            let steepest = fargate
                .shape
                .week
                .hours()
                .map(|hours| {
                    let load = rate * hours.weight * runtime_s;
                    let held = fargate.tasks_at_weight(rate, hours.before) * fargate.capacity;
                    if held > 0.0 { load / held } else { 0.0 }
                })
                .fold(0.0, f64::max);
            FargateWait::Warm {
                outruns_headroom: steepest > 1.0 / inputs.utilization,
                steepest,
                reaction_s: SCALE_OUT_REACTION_S + inputs.task_start_s,
            }
        }
    };
    let marks = PerPlatform::new(lambda.mark(), fargate.mark());
    (marks, lambda, fargate)
}

/// Whether each platform is poor on latency at the model's knobs (the verdict's rule), with
/// Lambda's bill at the model's rate when the caller has it already.
pub fn poor_with(model: &Model, lambda_bill: Option<&LambdaBill>) -> PerPlatform<bool> {
    if model.latency.budget_s.is_none()
        && !model.latency.api_gateway.values().any(|&behind| behind)
        && model.lambda.as_ref().is_none_or(|lambda| lambda.init_s() <= INIT_PHASE_LIMIT_S)
    {
        // Without a budget, API Gateway or a long INIT nothing is poor: skip the bill.
        return PerPlatform::new(false, false);
    }
    let (marks, _, _) = assess_with(model, lambda_bill, false);
    PerPlatform::from_fn(|platform| marks[platform] == Mark::Poor)
}

impl LambdaWait {
    fn mark(&self) -> Mark {
        match self {
            LambdaWait::Blocked => Mark::Blocked,
            LambdaWait::Timeout { .. }
            | LambdaWait::InitTimesOut { .. }
            | LambdaWait::Cold { breached: true, .. } => Mark::Poor,
            LambdaWait::RuntimeOverBudget { .. } => Mark::Caution,
            LambdaWait::Cold { init_s, .. } if *init_s > INIT_PHASE_LIMIT_S => Mark::Caution,
            LambdaWait::Cold { .. } => Mark::Good,
        }
    }
}

impl FargateWait {
    fn mark(&self) -> Mark {
        match self {
            FargateWait::Blocked => Mark::Blocked,
            FargateWait::Timeout { .. }
            | FargateWait::JobStart { breached: true, .. }
            | FargateWait::WakeFromZero { breached: true, .. } => Mark::Poor,
            FargateWait::RuntimeOverBudget { .. }
            | FargateWait::WakeFromZero { .. }
            | FargateWait::Warm { outruns_headroom: true, .. } => Mark::Caution,
            FargateWait::JobStart { .. } | FargateWait::Warm { .. } => Mark::Good,
        }
    }
}
