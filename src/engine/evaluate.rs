//! `evaluate()`: one scenario and one price book in, the whole [`Report`] out.
//!
//! The point bills come from [`super::model`]; this file lays them out as cost items and
//! blockers (facts: the wording module names them), then adds the curves, the break-even, the fit
//! matrix, the verdict and its flip points.

mod lines;

use super::blocker::{self, Blocker};
use super::cost::{CostItem, CostKind, JobHours, TaskHours};
use super::curves;
use super::fit;
use super::flips;
use super::model::{BoundBy, Context, Knobs, Model, RunMode};
use super::notes;
use super::parity;
use super::platform::{PerPlatform, Platform};
use super::pricing::{FigureKey, PriceBook};
use super::report::{Basis, Jobs, OnDemand, PlatformReport, Report, Service};
use super::scenario::{Input, Scenario, TaskSizeChoice};
use super::units::{self, HOURS_PER_MONTH};
use super::verdict::{self, Reason};

/// Everything a view needs for `scenario`, priced from `book`.
pub fn evaluate(scenario: &Scenario, book: &PriceBook) -> Report {
    let context = Context::new(scenario, book);
    let knobs = Knobs::of(scenario);
    let model = context.model(knobs);
    let blockers = PerPlatform::from_fn(|platform| blocker::blockers(platform, &model, &context));
    let pricer = lines::Pricer { scenario, book };
    let lambda = lambda_report(&pricer, &model, blockers[Platform::Lambda].clone());
    let fargate = fargate_report(&pricer, &model, blockers[Platform::Fargate].clone());
    let (min, max) = Input::Rate.spec().map_or((1.0 / 86_400.0, 10_000.0), |s| (s.min, s.max));
    let (options, _) = context.fargate_options(knobs);
    let curves = curves::curves(&model, &options, min, max);
    let break_even = curves::break_even(&model, &options, min, max);
    let parity = parity::bands(&curves, |rate| {
        let lambda = model.lambda.as_ref()?.total(rate);
        (!options.is_empty()).then(|| (lambda, curves::envelope(&options, rate)))
    });
    let fit = fit::matrix(scenario, &model);
    let mut verdict = verdict::explain(&model, &blockers);
    if let Some(rate_per_s) = break_even.rate_per_s {
        verdict.reasons.push(Reason::BreakEven { rate_per_s });
    }
    verdict.flip_points = flips::flip_points(&context, knobs);
    let notes = notes::notes(scenario, book, &model, &options);
    Report {
        scenario: scenario.clone(),
        pricing_as_of: book.book.as_of.clone(),
        region_name: context.region.map_or_else(|| scenario.region.clone(), |r| r.name.clone()),
        platforms: PerPlatform::new(lambda, fargate),
        curves,
        break_even,
        parity,
        fit,
        verdict,
        notes,
    }
}

/// Orders a bill's lines by group, so that the compute comes first.
fn grouped(mut lines: Vec<CostItem>) -> Vec<CostItem> {
    lines.sort_by_key(|line| line.kind.group());
    lines
}

fn lambda_report(pricer: &lines::Pricer, model: &Model, blockers: Vec<Blocker>) -> PlatformReport {
    let scenario = pricer.scenario;
    let knobs = model.knobs;
    let invocations = knobs.rate_per_s * units::SECONDS_PER_MONTH;
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let Some(lambda) = model.lambda.as_ref() else {
        return PlatformReport {
            monthly_usd: None,
            blockers,
            lines: Vec::new(),
            concurrency,
            basis: Basis::OnDemand(OnDemand { invocations, gb_seconds: 0.0 }),
        };
    };
    let bill = lambda.bill(knobs.rate_per_s);
    let (duration_key, _, _) = pricer.compute_keys();
    let mut lines = vec![
        pricer.item(
            CostKind::LambdaCompute {
                gb_seconds: bill.gb_seconds,
                cold_start_share: scenario.cold_start_share,
                savings: scenario.savings_lambda,
            },
            bill.compute,
            duration_key,
        ),
        pricer.item(
            CostKind::LambdaRequests { invocations },
            bill.requests,
            FigureKey::LambdaRequests,
        ),
    ];
    if scenario.lambda_storage_mb > super::lambda::INCLUDED_EPHEMERAL_MB {
        lines.push(pricer.item(
            CostKind::LambdaStorage { storage_mb: scenario.lambda_storage_mb },
            bill.storage,
            FigureKey::LambdaEphemeralStorage,
        ));
    }
    lines.extend(pricer.around(
        Platform::Lambda,
        &lambda.around,
        &bill.around,
        knobs.rate_per_s,
        0.0,
    ));
    PlatformReport {
        monthly_usd: Some(bill.total()),
        blockers,
        lines: grouped(lines),
        concurrency,
        basis: Basis::OnDemand(OnDemand { invocations, gb_seconds: bill.gb_seconds }),
    }
}

fn fargate_report(pricer: &lines::Pricer, model: &Model, blockers: Vec<Blocker>) -> PlatformReport {
    let scenario: &Scenario = pricer.scenario;
    let knobs = model.knobs;
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let task_auto = scenario.task_size == TaskSizeChoice::Auto;
    let Some(fargate) = model.fargate.as_ref() else {
        return PlatformReport {
            monthly_usd: None,
            blockers,
            lines: Vec::new(),
            concurrency,
            basis: Basis::Service(Service {
                tasks: 0,
                task: None,
                task_auto,
                task_hours: 0.0,
                requests_per_task: 0.0,
                bound_by: BoundBy::Cpu,
            }),
        };
    };
    let bill = fargate.bill(knobs.rate_per_s);
    let (spot_share, savings) = (scenario.spot_share, scenario.savings_fargate);
    let task = fargate.task.size;
    let (vcpu, memory, basis) = match fargate.mode {
        RunMode::Service => {
            let hours =
                TaskHours { tasks: bill.tasks, task, hours: HOURS_PER_MONTH, spot_share, savings };
            let service = Service {
                tasks: bill.tasks as u64,
                task: Some(task),
                task_auto,
                task_hours: bill.task_hours,
                requests_per_task: fargate.capacity,
                bound_by: fargate.bound_by,
            };
            (CostKind::FargateVcpu(hours), CostKind::FargateMemory(hours), Basis::Service(service))
        }
        RunMode::Jobs => {
            let jobs = knobs.rate_per_s * units::SECONDS_PER_MONTH;
            let billed_s = fargate.job_billed_s;
            let hours = JobHours { jobs, billed_s, task, spot_share, savings };
            let basis =
                Basis::Jobs(Jobs { jobs, billed_s, task, task_auto, task_hours: bill.task_hours });
            (CostKind::FargateJobsVcpu(hours), CostKind::FargateJobsMemory(hours), basis)
        }
    };
    let (_, vcpu_key, memory_key) = pricer.compute_keys();
    let mut lines =
        vec![pricer.item(vcpu, bill.vcpu, vcpu_key), pricer.item(memory, bill.memory, memory_key)];
    if scenario.fargate_storage_gb > super::fargate::INCLUDED_EPHEMERAL_GB {
        lines.push(pricer.item(
            CostKind::FargateStorage { gb_per_task: scenario.fargate_storage_gb },
            bill.storage,
            FigureKey::FargateStorage,
        ));
    }
    lines.extend(pricer.around(
        Platform::Fargate,
        &fargate.around,
        &bill.around,
        knobs.rate_per_s,
        bill.task_hours,
    ));
    let lines = grouped(lines);
    PlatformReport { monthly_usd: Some(bill.total()), blockers, lines, concurrency, basis }
}
