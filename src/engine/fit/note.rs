//! The fit matrix's rows and the facts behind each row's marks; the wording module turns them
//! into the row's name and its one line of why.

use crate::engine::model::BoundBy;
use crate::engine::platform::Platform;
use crate::engine::scenario::{Ingress, State, TaskSize, Volume};

/// One row of the matrix: the seed article's eight, then the scenario's hard checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    Purpose,
    ComputeModel,
    ExecutionModel,
    Scaling,
    /// One task in one zone against several.
    Availability,
    Networking,
    CostModel,
    CustomDependencies,
    UseCase,
    /// Runtime against Lambda's longest invocation.
    RuntimeLimit,
    /// Memory against Lambda's largest environment.
    MemoryLimit,
    /// Image size against Lambda's largest image.
    ImageLimit,
    Statefulness,
    PersistentStorage,
    /// What a request waits for (cold starts, task starts, timeouts) against the budget.
    Latency,
    /// Peak concurrency against Lambda's account quota.
    Quotas,
}

/// What a Lambda request may wait for at the scenario's point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LambdaWait {
    Blocked,
    /// Behind API Gateway, a runtime over its 29 s integration timeout.
    Timeout {
        runtime_s: f64,
    },
    /// The runtime alone is over the budget: no platform meets it.
    RuntimeOverBudget {
        runtime_s: f64,
    },
    /// INIT past its 10 s phase re-runs inside the first invocation, and with the runtime it
    /// passes Lambda's 15-minute timeout: cold invocations fail.
    InitTimesOut {
        init_s: f64,
        runtime_s: f64,
    },
    /// Cold starts a month that wait INIT, their share of invocations, whether that breaches
    /// the budget, and whether provisioned concurrency takes the rest.
    Cold {
        cold_starts: f64,
        share: f64,
        init_s: f64,
        breached: bool,
        provisioned: bool,
    },
}

/// What a Fargate request may wait for at the scenario's point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FargateWait {
    Blocked,
    Timeout {
        runtime_s: f64,
    },
    RuntimeOverBudget {
        runtime_s: f64,
    },
    /// Each job waits its task start.
    JobStart {
        start_s: f64,
        breached: bool,
    },
    /// The first request after an idle hour scaled to zero waits a task start.
    WakeFromZero {
        start_s: f64,
        breached: bool,
    },
    /// Tasks stay up; the steepest hour's load against what the hour before's tasks hold at the
    /// target, whether that outruns their headroom, and how long new tasks take to serve.
    Warm {
        steepest: f64,
        outruns_headroom: bool,
        reaction_s: f64,
    },
}

/// How Fargate's compute is laid out, for the Compute model row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FargateCompute {
    /// A service task of `task` holding `requests_per_task` in flight, bound by `bound_by`, at
    /// this CPU share.
    Service { task: TaskSize, requests_per_task: f64, bound_by: BoundBy, cpu_share: f64 },
    /// A task of `task` per invocation.
    Jobs { task: TaskSize },
    /// No task size fits one request.
    NoneFits,
}

/// Where a value stands against a limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Within,
    /// Within the limit but close to it (or, for an image, large enough to slow cold starts).
    Near,
    Over,
}

/// Why a row is marked as it is, with the numbers it rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FitNote {
    /// Past Lambda's runtime limit: a long-running process.
    LongRunning { runtime_s: f64 },
    /// At least one request always in flight.
    Steady { concurrency: f64, rate_per_s: f64 },
    /// Less than one request in flight on average.
    EventDriven { concurrency: f64, rate_per_s: f64 },
    /// Lambda's CPU from its memory against how Fargate runs it: a service task's capacity and
    /// what binds it, a task per job, or no size that fits one request.
    Compute { memory_mb: f64, lambda_vcpu: f64, fargate: FargateCompute },
    /// What each state needs between requests.
    Execution { state: State },
    /// Lambda scales per request; the tasks (fewest to most in the week) keep headroom (or
    /// little) for spikes.
    Scaling { fewest: f64, tasks: f64, utilization: f64, little_headroom: bool },
    /// What a request waits for on each platform, against the budget.
    Latency { lambda: LambdaWait, fargate: FargateWait, budget_s: Option<f64> },
    /// The busiest hour's concurrency against Lambda's quota.
    Quotas { peak_concurrency: f64, quota: f64 },
    /// The front doors of both platforms.
    Networking { ingress: Ingress },
    /// Both monthly bills at the current rate.
    Costs { lambda_usd: f64, fargate_usd: f64, rate_per_s: f64 },
    /// Only one platform can run it, at this monthly cost.
    OnlyOne { platform: Platform, usd: f64 },
    /// Neither platform can run it.
    NoneRuns,
    /// The image any OS and libraries go in.
    Dependencies { image_gb: f64 },
    /// The tasks by length: short, minutes (near Lambda's limit) or a long-running process.
    UseCase { runtime_s: f64, standing: Standing },
    /// The runtime against Lambda's limit.
    Runtime { runtime_s: f64, standing: Standing },
    /// The memory against Lambda's limit, and whether a Fargate task size fits it.
    Memory { memory_mb: f64, over: bool, task_fits: bool },
    /// The image against Lambda's limit.
    Image { image_gb: f64, standing: Standing },
    /// What the state means for each platform.
    State { state: State },
    /// Lambda spreads across zones; Fargate runs this many tasks (`None`: as jobs, each its own
    /// task in any zone).
    Availability { tasks: Option<f64> },
    /// Durable data and the volume chosen for it (none: a volume is needed; a managed database
    /// is usually the answer).
    Durable { volume: Volume },
    /// A volume beside work that keeps nothing durable.
    Volume { volume: Volume },
    /// Nothing durable: both platforms' scratch storage.
    NothingDurable { lambda_storage_mb: f64, fargate_storage_gb: f64 },
}
