//! The feature-fit matrix: the seed article's eight rows, then the scenario's hard checks, each
//! marked for both platforms, with the facts behind the marks ([`FitNote`]) for the wording
//! module to put into one line.

pub mod note;

use super::latency;
use super::model::{
    LAMBDA_MAX_IMAGE_GB, LAMBDA_MAX_MEMORY_MB, LAMBDA_MAX_RUNTIME_S, Model, RunMode,
};
use super::platform::{PerPlatform, Platform};
use super::report::{FitRow, Mark};
use super::scenario::{Scenario, State, Volume};
use super::sizing;
use super::verdict::MARGIN;
pub use note::{FargateCompute, FargateWait, Feature, FitNote, LambdaWait, Standing};

/// Runtimes up to this are "short" (seconds); longer ones approach the limit.
const SHORT_RUNTIME_S: f64 = 60.0;
/// Runtimes past this are within five minutes of Lambda's limit.
const NEAR_RUNTIME_LIMIT_S: f64 = 600.0;
/// Images past this many GB slow Lambda's cold starts.
const SLOW_IMAGE_GB: f64 = 5.0;
/// Target utilization past which tasks have little headroom for spikes.
const BUSY_UTILIZATION: f64 = 0.85;

/// How well Lambda keeps what a request leaves behind: the Execution model and Statefulness rows
/// mark it alike.
fn lambda_state_mark(state: State) -> Mark {
    match state {
        State::Stateless => Mark::Good,
        State::Cache => Mark::Caution,
        State::Sessions => Mark::Poor,
        State::Persistent => Mark::Blocked,
    }
}

fn row(feature: Feature, lambda: Mark, fargate: Mark, note: FitNote) -> FitRow {
    FitRow { feature, marks: PerPlatform::new(lambda, fargate), note }
}

/// The matrix for the model's knobs.
#[allow(clippy::too_many_lines)] // one block per row, in the seed's order
pub fn matrix(scenario: &Scenario, model: &Model) -> Vec<FitRow> {
    let knobs = model.knobs;
    let runtime_s = knobs.runtime_s;
    let rate_per_s = knobs.rate_per_s;
    let concurrency = rate_per_s * runtime_s;
    let lambda_runtime_ok = runtime_s <= LAMBDA_MAX_RUNTIME_S;
    let mut rows = Vec::with_capacity(14);

    // Purpose: event-driven, short-lived tasks against long-running services.
    let (lambda, fargate, note) = if !lambda_runtime_ok {
        (Mark::Poor, Mark::Good, FitNote::LongRunning { runtime_s })
    } else if concurrency >= 1.0 {
        (
            if runtime_s <= SHORT_RUNTIME_S { Mark::Good } else { Mark::Caution },
            Mark::Good,
            FitNote::Steady { concurrency, rate_per_s },
        )
    } else {
        (Mark::Good, Mark::Caution, FitNote::EventDriven { concurrency, rate_per_s })
    };
    rows.push(row(Feature::Purpose, lambda, fargate, note));

    // Compute model: both serverless; Lambda's CPU follows memory; a task's vCPUs and memory
    // decide how many requests it serves at once.
    let fargate = match model.fargate.as_ref() {
        Some(fargate) if fargate.mode == RunMode::Jobs => {
            FargateCompute::Jobs { task: fargate.task.size }
        }
        Some(fargate) => FargateCompute::Service {
            task: fargate.task.size,
            requests_per_task: fargate.capacity,
            bound_by: fargate.bound_by,
            cpu_share: knobs.cpu_share,
        },
        None => FargateCompute::NoneFits,
    };
    let fargate_blocked = model.fargate.is_none() && !model.fargate_blocks.region;
    rows.push(row(
        Feature::ComputeModel,
        Mark::Good,
        if fargate_blocked { Mark::Blocked } else { Mark::Good },
        FitNote::Compute {
            memory_mb: knobs.memory_mb,
            lambda_vcpu: sizing::required_vcpu(knobs.memory_mb),
            fargate,
        },
    ));

    // Execution model: stateless and event-driven against stateful or stateless.
    let lambda = lambda_state_mark(knobs.state);
    rows.push(row(
        Feature::ExecutionModel,
        lambda,
        Mark::Good,
        FitNote::Execution { state: knobs.state },
    ));

    // Scaling: per request against task scaling.
    let tasks = model.fargate.as_ref().map_or(0.0, |fargate| fargate.tasks(rate_per_s));
    let fewest = model.fargate.as_ref().map_or(0.0, |fargate| fargate.fewest_tasks(rate_per_s));
    let utilization = scenario.utilization;
    let busy = utilization > BUSY_UTILIZATION;
    rows.push(row(
        Feature::Scaling,
        Mark::Good,
        if busy { Mark::Caution } else { Mark::Good },
        FitNote::Scaling { fewest, tasks, utilization, little_headroom: busy },
    ));

    // Availability: Lambda runs in several zones by default; a service needs a task in each,
    // in its quietest hour too.
    let (fargate, tasks) = match model.fargate.as_ref() {
        Some(fargate) if fargate.mode == RunMode::Jobs => (Mark::Good, None),
        Some(_) if fewest < 2.0 => (Mark::Caution, Some(fewest)),
        Some(_) => (Mark::Good, Some(fewest)),
        None => (Mark::Blocked, Some(0.0)),
    };
    rows.push(row(Feature::Availability, Mark::Good, fargate, FitNote::Availability { tasks }));

    // Networking.
    let lambda = if knobs.state == State::Sessions { Mark::Poor } else { Mark::Good };
    rows.push(row(
        Feature::Networking,
        lambda,
        Mark::Good,
        FitNote::Networking { ingress: scenario.ingress },
    ));

    // Cost model.
    let costs = model.costs(rate_per_s);
    let (lambda, fargate, note) = match (costs[Platform::Lambda], costs[Platform::Fargate]) {
        (Some(l), Some(f)) => {
            let mark = |own: f64, other: f64| {
                if own <= other * (1.0 + MARGIN) {
                    Mark::Good
                } else if own <= 2.0 * other {
                    Mark::Caution
                } else {
                    Mark::Poor
                }
            };
            (mark(l, f), mark(f, l), FitNote::Costs { lambda_usd: l, fargate_usd: f, rate_per_s })
        }
        (None, Some(usd)) => {
            (Mark::Blocked, Mark::Good, FitNote::OnlyOne { platform: Platform::Fargate, usd })
        }
        (Some(usd), None) => {
            (Mark::Good, Mark::Blocked, FitNote::OnlyOne { platform: Platform::Lambda, usd })
        }
        (None, None) => (Mark::Blocked, Mark::Blocked, FitNote::NoneRuns),
    };
    rows.push(row(Feature::CostModel, lambda, fargate, note));

    // Custom dependencies.
    let image_gb = scenario.image_gb;
    rows.push(row(
        Feature::CustomDependencies,
        if image_gb > LAMBDA_MAX_IMAGE_GB { Mark::Blocked } else { Mark::Good },
        Mark::Good,
        FitNote::Dependencies { image_gb },
    ));

    // Use case.
    let (lambda, fargate, standing) = if runtime_s <= SHORT_RUNTIME_S {
        (Mark::Good, if concurrency >= 1.0 { Mark::Good } else { Mark::Caution }, Standing::Within)
    } else if lambda_runtime_ok {
        (Mark::Caution, Mark::Good, Standing::Near)
    } else {
        (Mark::Blocked, Mark::Good, Standing::Over)
    };
    rows.push(row(Feature::UseCase, lambda, fargate, FitNote::UseCase { runtime_s, standing }));

    // Hard checks.
    let (lambda, standing) = if !lambda_runtime_ok {
        (Mark::Blocked, Standing::Over)
    } else if runtime_s > NEAR_RUNTIME_LIMIT_S {
        (Mark::Caution, Standing::Near)
    } else {
        (Mark::Good, Standing::Within)
    };
    rows.push(row(
        Feature::RuntimeLimit,
        lambda,
        Mark::Good,
        FitNote::Runtime { runtime_s, standing },
    ));

    let task_fits = !model.fargate_blocks.no_size && !model.fargate_blocks.fixed_too_small;
    let over = knobs.memory_mb > LAMBDA_MAX_MEMORY_MB;
    rows.push(row(
        Feature::MemoryLimit,
        if over { Mark::Blocked } else { Mark::Good },
        if task_fits { Mark::Good } else { Mark::Blocked },
        FitNote::Memory { memory_mb: knobs.memory_mb, over, task_fits },
    ));

    let (lambda, standing) = if image_gb > LAMBDA_MAX_IMAGE_GB {
        (Mark::Blocked, Standing::Over)
    } else if image_gb > SLOW_IMAGE_GB {
        (Mark::Caution, Standing::Near)
    } else {
        (Mark::Good, Standing::Within)
    };
    rows.push(row(Feature::ImageLimit, lambda, Mark::Good, FitNote::Image { image_gb, standing }));

    let lambda = lambda_state_mark(knobs.state);
    rows.push(row(
        Feature::Statefulness,
        lambda,
        Mark::Good,
        FitNote::State { state: knobs.state },
    ));

    let volume = scenario.volume;
    let (lambda, fargate, note) = if knobs.state == State::Persistent {
        // Without a volume, durable state is lost with the task or the environment; Lambda
        // cannot mount EBS, and EFS suits files better than a database's random writes.
        let (lambda, fargate) = match volume {
            Volume::None => (Mark::Poor, Mark::Poor),
            Volume::Ebs(_) => (Mark::Blocked, Mark::Good),
            Volume::Efs(_) => (Mark::Caution, Mark::Good),
        };
        (lambda, fargate, FitNote::Durable { volume })
    } else if volume != Volume::None {
        let lambda = if matches!(volume, Volume::Ebs(_)) { Mark::Blocked } else { Mark::Good };
        (lambda, Mark::Good, FitNote::Volume { volume })
    } else {
        (
            Mark::Good,
            Mark::Good,
            FitNote::NothingDurable {
                lambda_storage_mb: scenario.lambda_storage_mb,
                fargate_storage_gb: scenario.fargate_storage_gb,
            },
        )
    };
    rows.push(row(Feature::PersistentStorage, lambda, fargate, note));

    // Latency: cold starts, task starts and timeouts against the budget.
    let (marks, lambda, fargate) = latency::assess(model);
    rows.push(FitRow {
        feature: Feature::Latency,
        marks,
        note: FitNote::Latency { lambda, fargate, budget_s: scenario.latency_budget_s },
    });

    // Quotas: the busiest hour's concurrency against the account's Lambda quota.
    let peak_concurrency = concurrency * model.peak;
    let quota = scenario.lambda_quota;
    let lambda = if model.lambda.is_none() {
        Mark::Blocked
    } else if peak_concurrency > quota {
        Mark::Caution
    } else {
        Mark::Good
    };
    rows.push(row(
        Feature::Quotas,
        lambda,
        if model.fargate.is_some() { Mark::Good } else { Mark::Blocked },
        FitNote::Quotas { peak_concurrency, quota },
    ));
    rows
}
