//! The feature-fit matrix: the seed article's eight rows, then the scenario's hard checks, each
//! marked for both platforms with one line in the current numbers.

use super::cost::format_usd;
use super::model::{LAMBDA_MAX_IMAGE_GB, LAMBDA_MAX_MEMORY_MB, LAMBDA_MAX_RUNTIME_S, Model};
use super::platform::{PerPlatform, Platform};
use super::report::{FitRow, Mark};
use super::scenario::{Scenario, State, format_task_size};
use super::units::{self, format_duration, format_memory_mb};
use super::verdict::MARGIN;

/// Lambda's default concurrent executions per account and region.
pub const LAMBDA_DEFAULT_CONCURRENCY: f64 = 1000.0;
/// Runtimes up to this are "short" (seconds); longer ones approach the limit.
const SHORT_RUNTIME_S: f64 = 60.0;

fn row(feature: &'static str, lambda: Mark, fargate: Mark, note: String) -> FitRow {
    FitRow { feature, marks: PerPlatform::new(lambda, fargate), note }
}

/// The matrix for the model's knobs.
#[allow(clippy::too_many_lines)] // one block per row, in the seed's order
pub fn matrix(scenario: &Scenario, model: &Model) -> Vec<FitRow> {
    let knobs = model.knobs;
    let runtime = format_duration(knobs.runtime_s);
    let memory = format_memory_mb(knobs.memory_mb);
    let rate = units::format_rate(knobs.rate_per_s);
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let in_flight = units::significant(concurrency, 2);
    let lambda_runtime_ok = knobs.runtime_s <= LAMBDA_MAX_RUNTIME_S;
    let mut rows = Vec::with_capacity(13);

    // Purpose: event-driven, short-lived tasks against long-running services.
    let (lambda, fargate, note) = if !lambda_runtime_ok {
        (Mark::Poor, Mark::Good, format!("{runtime} per invocation is a long-running process"))
    } else if concurrency >= 1.0 {
        (
            if knobs.runtime_s <= SHORT_RUNTIME_S { Mark::Good } else { Mark::Caution },
            Mark::Good,
            format!(
                "{} always in flight at {rate}: steady enough for a service",
                units::counted(&in_flight, "request", "requests")
            ),
        )
    } else {
        (
            Mark::Good,
            Mark::Caution,
            format!(
                "{} in flight on average at {rate}: event-driven, idle between",
                units::counted(&in_flight, "request", "requests")
            ),
        )
    };
    rows.push(row("Purpose", lambda, fargate, note));

    // Compute model: both serverless; Lambda's CPU follows memory.
    let lambda_vcpu = (knobs.memory_mb / 1769.0).min(6.0);
    let task = model.fargate.as_ref().map(|fargate| format_task_size(fargate.task.size));
    rows.push(row(
        "Compute model",
        Mark::Good,
        if task.is_some() { Mark::Good } else { Mark::Blocked },
        format!(
            "both serverless: Lambda {memory} gets {} vCPU; Fargate task {}",
            units::significant(lambda_vcpu, 2),
            task.as_deref().unwrap_or("none fits")
        ),
    ));

    // Execution model: stateless and event-driven against stateful or stateless.
    let (lambda, note) = match knobs.state {
        State::Stateless => (Mark::Good, "stateless: nothing to keep between requests".to_string()),
        State::Cache => {
            (Mark::Caution, "warm cache: each Lambda environment warms its own copy".to_string())
        }
        State::Sessions => (
            Mark::Poor,
            "sessions: Lambda cannot hold a connection between invocations".to_string(),
        ),
        State::Persistent => {
            (Mark::Blocked, "persistent state: Lambda keeps nothing durable".to_string())
        }
    };
    rows.push(row("Execution model", lambda, Mark::Good, note));

    // Scaling: per request against task scaling.
    let lambda = if concurrency > LAMBDA_DEFAULT_CONCURRENCY { Mark::Caution } else { Mark::Good };
    let tasks = model.fargate.as_ref().map_or(0.0, |fargate| fargate.tasks(knobs.rate_per_s));
    let fargate = if scenario.utilization > 0.85 { Mark::Caution } else { Mark::Good };
    let note = if concurrency > LAMBDA_DEFAULT_CONCURRENCY {
        format!(
            "{in_flight} concurrent executions exceed Lambda's default 1,000 (quota increase); {} at {} utilization",
            units::counted(&units::format_count(tasks), "task", "tasks"),
            units::format_percent(scenario.utilization)
        )
    } else {
        format!(
            "Lambda scales per request; {} at {} utilization: {} for spikes while new tasks start",
            units::counted(&units::format_count(tasks), "task", "tasks"),
            units::format_percent(scenario.utilization),
            if scenario.utilization > 0.85 { "little headroom" } else { "headroom" }
        )
    };
    rows.push(row("Scaling", lambda, fargate, note));

    // Networking.
    let (front_lambda, front_fargate) = scenario.ingress.describe();
    let lambda = if knobs.state == State::Sessions { Mark::Poor } else { Mark::Good };
    rows.push(row(
        "Networking",
        lambda,
        Mark::Good,
        format!("{front_lambda} against {front_fargate}; both can run in a VPC, only tasks keep long-lived connections"),
    ));

    // Cost model.
    let rate_now = knobs.rate_per_s;
    let (lambda, fargate, note) =
        match (model.cost(Platform::Lambda, rate_now), model.cost(Platform::Fargate, rate_now)) {
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
                (
                    mark(l, f),
                    mark(f, l),
                    format!(
                        "pay per ms: {} a month; pay for running tasks: {} a month at {rate}",
                        format_usd(l),
                        format_usd(f)
                    ),
                )
            }
            (None, Some(f)) => (
                Mark::Blocked,
                Mark::Good,
                format!("Fargate {} a month; Lambda cannot run it", format_usd(f)),
            ),
            (Some(l), None) => (
                Mark::Good,
                Mark::Blocked,
                format!("Lambda {} a month; Fargate cannot run it", format_usd(l)),
            ),
            (None, None) => {
                (Mark::Blocked, Mark::Blocked, "neither platform can run it".to_string())
            }
        };
    rows.push(row("Cost model", lambda, fargate, note));

    // Custom dependencies.
    let image = format!("{} GB", units::significant(scenario.image_gb, 3));
    rows.push(row(
        "Custom dependencies",
        if scenario.image_gb > LAMBDA_MAX_IMAGE_GB { Mark::Blocked } else { Mark::Good },
        Mark::Good,
        format!("a {image} image with any OS and libraries: Lambda up to 10 GB, Fargate any size"),
    ));

    // Use case.
    let (lambda, fargate, note) = if knobs.runtime_s <= SHORT_RUNTIME_S {
        (
            Mark::Good,
            if concurrency >= 1.0 { Mark::Good } else { Mark::Caution },
            format!("{runtime} tasks: small and short-lived"),
        )
    } else if lambda_runtime_ok {
        (Mark::Caution, Mark::Good, format!("{runtime} tasks: minutes, near Lambda's 15 min"))
    } else {
        (Mark::Blocked, Mark::Good, format!("{runtime} tasks: a long-running process"))
    };
    rows.push(row("Use case", lambda, fargate, note));

    // Hard checks.
    let (lambda, note) = if !lambda_runtime_ok {
        (Mark::Blocked, format!("runtime {runtime} exceeds Lambda's 15 min limit"))
    } else if knobs.runtime_s > 600.0 {
        (Mark::Caution, format!("runtime {runtime} is within 5 min of Lambda's 15 min limit"))
    } else {
        (Mark::Good, format!("runtime {runtime} is within Lambda's 15 min limit"))
    };
    rows.push(row("Runtime vs 15 min", lambda, Mark::Good, note));

    let fargate_fits = !model.fargate_blocks.no_size && !model.fargate_blocks.fixed_too_small;
    let (lambda, note) = if knobs.memory_mb > LAMBDA_MAX_MEMORY_MB {
        (Mark::Blocked, format!("memory {memory} exceeds Lambda's 10 GB limit"))
    } else {
        (Mark::Good, format!("memory {memory} is within Lambda's 10 GB limit"))
    };
    let note = if fargate_fits { note } else { format!("{note}; no Fargate task size fits it") };
    rows.push(row(
        "Memory vs 10 GB",
        lambda,
        if fargate_fits { Mark::Good } else { Mark::Blocked },
        note,
    ));

    let (lambda, note) = if scenario.image_gb > LAMBDA_MAX_IMAGE_GB {
        (Mark::Blocked, format!("image {image} exceeds Lambda's 10 GB limit"))
    } else if scenario.image_gb > 5.0 {
        (Mark::Caution, format!("image {image} fits Lambda's 10 GB but slows cold starts"))
    } else {
        (Mark::Good, format!("image {image} is within Lambda's 10 GB limit"))
    };
    rows.push(row("Image vs 10 GB", lambda, Mark::Good, note));

    let (lambda, note) = match knobs.state {
        State::Stateless => (Mark::Good, "stateless suits both"),
        State::Cache => (Mark::Caution, "a warm cache is lost on every cold start"),
        State::Sessions => (Mark::Poor, "sessions need an external store on Lambda"),
        State::Persistent => (Mark::Blocked, "persistent state cannot live in Lambda"),
    };
    rows.push(row("Statefulness", lambda, Mark::Good, note.to_string()));

    let storage = format_memory_mb(scenario.lambda_storage_mb);
    let (lambda, fargate, note) = if knobs.state == State::Persistent {
        (
            Mark::Blocked,
            Mark::Caution,
            "durable data needs an EFS or EBS volume on the task; Lambda's /tmp is wiped"
                .to_string(),
        )
    } else {
        (
            Mark::Good,
            Mark::Good,
            format!(
                "nothing durable: Lambda /tmp {storage}, task storage {} GB",
                units::significant(scenario.fargate_storage_gb, 3)
            ),
        )
    };
    rows.push(row("Persistent storage", lambda, fargate, note));
    rows
}
