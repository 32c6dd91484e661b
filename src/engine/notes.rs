//! The assumptions behind a report's numbers that are not inputs, as facts; the wording module
//! turns each into the sentence the notes panel, `lvf eval` and the markdown show.

use super::around::{self, LcuDimension};
use super::model::{BoundBy, Demand, FargateModel, Model, RunMode, cheapest_at, task_start_s};
use super::platform::Platform;
use super::pricing::PriceBook;
use super::scenario::{FargateIngress, LambdaIngress, Scaling, Scenario, Shape, TaskSize};
use super::units::HOURS_PER_MONTH;

/// One assumption behind the numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Note {
    /// The month's length and how Fargate runs it (`None` when Fargate is blocked).
    Sizing { hours_per_month: f64, fargate: Option<FargateSizing> },
    /// The load balancer in front of `platform`: its capacity units at this rate and the
    /// dimension that sets them.
    AlbCapacity { platform: Platform, lcu: f64, rate_per_s: f64, by: LcuDimension },
    /// Lambda's own START, END and REPORT lines, KB per invocation, and what they cost a month.
    LambdaPlatformLogs { kb: f64, usd: f64 },
    /// Lambda's free tier is left out.
    FreeTierOff,
    /// Fargate Spot at the price book's discount.
    Spot { discount: f64 },
    /// The seed article's cost example, recomputed from the price book.
    SeedExample(SeedExample),
    /// The peak asked for is past what the shape reaches: priced at the shape's maximum.
    PeakHeld { asked: f64, max: f64, shape: Shape },
}

/// How Fargate runs the workload, with the assumptions that size it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FargateSizing {
    /// A service of `tasks` tasks of `task`, each holding `requests_per_task` in flight, bound
    /// by `bound_by`, at `utilization` of its vCPUs; a request keeps `cpu_share` of its runtime's
    /// vCPU busy and needs `request_memory_mb` on top of the process.
    /// `jobs_usd` is what a task per job would cost instead, when mode auto weighed it.
    Service {
        /// Tasks in the quietest and the busiest hour.
        fewest: f64,
        tasks: f64,
        /// How the tasks follow the traffic, and the scale-in delay (seconds).
        scaling: Scaling,
        delay_s: f64,
        task: TaskSize,
        requests_per_task: f64,
        bound_by: BoundBy,
        utilization: f64,
        cpu_share: f64,
        request_memory_mb: f64,
        jobs_usd: Option<f64>,
    },
    /// A task of `task` per invocation, each billed `billed_s` (the runtime plus a `start_s`
    /// start, a minute at least); `service_usd` is what the cheapest service would cost instead,
    /// when mode auto weighed it.
    Jobs { task: TaskSize, billed_s: f64, start_s: f64, service_usd: Option<f64> },
}

/// The seed article's example (one hour of 60 one-minute invocations of 2 GB, so 7,200
/// GB-seconds) at the book's rates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeedExample {
    /// Lambda's compute for the hour, at the first tier.
    pub compute_usd: f64,
    /// Lambda's 60 requests.
    pub requests_usd: f64,
    /// One 1 vCPU / 2 GB Fargate task for the hour.
    pub fargate_hour_usd: f64,
}

impl SeedExample {
    /// Lambda's whole hour.
    pub fn lambda_hour_usd(&self) -> f64 {
        self.compute_usd + self.requests_usd
    }
}

/// The notes for a report of `scenario`, in the order they are shown.
/// `options` are Fargate's ways to run it (see [`super::model::Context::fargate_options`]): the
/// note says what the mode it did not take would cost.
pub fn notes(
    scenario: &Scenario,
    book: &PriceBook,
    model: &Model,
    options: &[FargateModel],
) -> Vec<Note> {
    let rate = scenario.rate_per_s;
    // The cheapest option of the other mode, when the scenario left the choice to lvf.
    let other = |mode: RunMode| {
        let others: Vec<FargateModel> =
            options.iter().filter(|option| option.mode != mode).copied().collect();
        cheapest_at(&others, rate).map(|option| option.total(rate))
    };
    let fargate = model.fargate.as_ref().map(|fargate| match fargate.mode {
        RunMode::Service => FargateSizing::Service {
            fewest: fargate.fewest_tasks(scenario.rate_per_s),
            tasks: fargate.tasks(scenario.rate_per_s),
            scaling: scenario.scaling,
            delay_s: scenario.scale_in_delay_s,
            task: fargate.task.size,
            requests_per_task: fargate.capacity,
            bound_by: fargate.bound_by,
            utilization: scenario.utilization,
            cpu_share: scenario.cpu_share,
            request_memory_mb: Demand::of(scenario, model.knobs).request_memory_mb,
            jobs_usd: other(RunMode::Service),
        },
        RunMode::Jobs => FargateSizing::Jobs {
            task: fargate.task.size,
            billed_s: fargate.job_billed_s,
            start_s: task_start_s(scenario),
            service_usd: other(RunMode::Jobs),
        },
    });
    let mut notes = vec![Note::Sizing { hours_per_month: HOURS_PER_MONTH, fargate }];
    if scenario.peak > model.peak * (1.0 + 1e-9) {
        notes.push(Note::PeakHeld {
            asked: scenario.peak,
            max: model.peak,
            shape: scenario.traffic,
        });
    }
    let albs = [
        (Platform::Lambda, scenario.lambda_ingress == LambdaIngress::Alb),
        (
            Platform::Fargate,
            matches!(scenario.fargate_ingress, FargateIngress::Alb | FargateIngress::SharedAlb),
        ),
    ];
    for (platform, alb) in albs {
        if alb {
            let (lcu, by) =
                around::alb_capacity(scenario, scenario.rate_per_s, platform == Platform::Lambda);
            notes.push(Note::AlbCapacity { platform, lcu, rate_per_s: scenario.rate_per_s, by });
        }
    }
    if let Some(region) = book.region(&scenario.region).filter(|_| model.lambda.is_some()) {
        let invocations = scenario.rate_per_s * super::units::SECONDS_PER_MONTH;
        let gb = invocations * around::LAMBDA_PLATFORM_LOG_KB / around::KB_PER_GB;
        notes.push(Note::LambdaPlatformLogs {
            kb: around::LAMBDA_PLATFORM_LOG_KB,
            usd: gb * region.logs.ingestion_gb.usd,
        });
    }
    if !scenario.free_tier {
        notes.push(Note::FreeTierOff);
    }
    if scenario.spot_share > 0.0 {
        notes.push(Note::Spot { discount: book.book.spot_discount.value });
    }
    notes.extend(seed_example(scenario, book).map(Note::SeedExample));
    notes
}

/// The seed article's cost example, when the scenario is that example.
fn seed_example(scenario: &Scenario, book: &PriceBook) -> Option<SeedExample> {
    if (scenario.runtime_s - 60.0).abs() > 1e-9
        || (scenario.memory_mb - 2048.0).abs() > 1e-9
        || (scenario.rate_per_s * 3600.0 - 60.0).abs() > 1e-6
    {
        return None;
    }
    let region = book.region(&scenario.region)?;
    let gb_seconds = 60.0 * 60.0 * 2.0;
    let tier = region.lambda.duration(scenario.arch).first()?.usd;
    let (vcpu, gb) = region.fargate.hourly(scenario.arch);
    Some(SeedExample {
        compute_usd: gb_seconds * tier,
        requests_usd: 60.0 * region.lambda.requests.usd,
        fargate_hour_usd: vcpu + 2.0 * gb,
    })
}
