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
use super::model::{
    BoundBy, Context, Knobs, LambdaBill, LambdaModel, Model, PcPlan, ProvisionedBill, RunMode,
};
use super::notes;
use super::parity;
use super::platform::{PerPlatform, Platform};
use super::pricing::{FigureKey, PriceBook};
use super::report::{
    Basis, Jobs, OnDemand, PlatformReport, ProvisionedFigures, Report, Service, Traffic,
};
use super::scenario::{Arch, Input, Scenario, TaskSizeChoice};
use super::units;
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
    // The curves span the rate slider, whose range is its one definition.
    let rate = Input::Rate.spec().expect("the rate is a slider");
    let (min, max) = (rate.min, rate.max);
    let (options, _) = context.fargate_options(knobs);
    let curves = curves::curves(&model, &options, min, max);
    let break_even = curves::break_even(&model, &options, &curves);
    let parity = parity::bands(&curves, |rate| {
        let lambda = model.lambda.as_ref()?.total(rate);
        (!options.is_empty()).then(|| (lambda, curves::envelope(&options, rate)))
    });
    let fit = fit::matrix(scenario, &model);
    let mut verdict = verdict::explain(&model, &blockers);
    if let Some(rate_per_s) = break_even.rate_per_s {
        verdict.reasons.push(Reason::BreakEven { rate_per_s });
    }
    if let Some(option) = lambda.on_demand().and_then(|on_demand| on_demand.provisioned_option) {
        verdict.reasons.push(Reason::ProvisionedOption(option));
    }
    verdict.flip_points = flips::flip_points(&context, &model, &options);
    let notes = notes::notes(scenario, book, &model, &options);
    let week = context.week(knobs);
    let traffic = Traffic {
        shape: scenario.traffic,
        peak: week.peak(),
        max_peak: context.profile.max_peak(),
        hourly_rate_per_s: week.weights().iter().map(|weight| weight * knobs.rate_per_s).collect(),
    };
    Report {
        scenario: scenario.clone(),
        pricing_as_of: book.book.as_of.clone(),
        region_name: context.region.map_or_else(|| scenario.region.clone(), |r| r.name.clone()),
        platforms: PerPlatform::new(lambda, fargate),
        traffic,
        curves,
        break_even,
        parity,
        fit,
        verdict,
        notes,
    }
}

/// A bill's provisioned concurrency as the report gives it.
fn provisioned_figures(bill: &LambdaBill, pc: ProvisionedBill) -> ProvisionedFigures {
    ProvisionedFigures {
        scheduled: pc.plan == PcPlan::Scheduled,
        environments_peak: pc.environments_peak,
        monthly_usd: pc.configured + pc.on_provisioned,
        lambda_usd: bill.total(),
    }
}

/// When the bill runs on demand and its cold starts breach the latency budget: the cheaper of
/// a schedule and a fixed fleet for the busiest hour, which keep it.
fn provisioned_option(
    lambda: &LambdaModel,
    bill: &LambdaBill,
    rate_per_s: f64,
) -> Option<ProvisionedFigures> {
    let breached = bill.provisioned.is_none()
        && !lambda.runtime_over_budget()
        && lambda.breaches_budget(bill.cold_starts);
    if !breached {
        return None;
    }
    lambda
        .provisioned_plans(rate_per_s)
        .into_iter()
        .map(|plan| lambda.bill_with(rate_per_s, plan))
        .min_by(|a, b| a.total().total_cmp(&b.total()))
        .and_then(|with| with.provisioned.map(|pc| provisioned_figures(&with, pc)))
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
            basis: Basis::OnDemand(OnDemand { invocations, ..OnDemand::default() }),
        };
    };
    let bill = lambda.bill(knobs.rate_per_s);
    let (duration_key, _, _) = pricer.compute_keys();
    let mut lines = Vec::with_capacity(8);
    // With provisioned environments taking all the work, nothing runs on demand: no line.
    if bill.provisioned.is_none() || bill.gb_seconds > 0.0 {
        lines.push(pricer.item(
            CostKind::LambdaCompute {
                gb_seconds: bill.gb_seconds,
                cold_starts: bill.cold_starts,
                savings: scenario.savings_lambda,
            },
            bill.compute,
            duration_key,
        ));
    }
    if let Some(pc) = bill.provisioned {
        let (configured_key, duration_key) = match scenario.arch {
            Arch::X86_64 => {
                (FigureKey::ProvisionedConcurrencyX86, FigureKey::ProvisionedDurationX86)
            }
            Arch::Arm64 => {
                (FigureKey::ProvisionedConcurrencyArm, FigureKey::ProvisionedDurationArm)
            }
        };
        lines.push(pricer.item(
            CostKind::LambdaProvisioned {
                environments_peak: pc.environments_peak,
                scheduled: pc.plan == PcPlan::Scheduled,
                gb_seconds: pc.configured_gb_s,
            },
            pc.configured,
            configured_key,
        ));
        lines.push(pricer.item(
            CostKind::LambdaOnProvisioned { gb_seconds: pc.on_provisioned_gb_s },
            pc.on_provisioned,
            duration_key,
        ));
    }
    lines.push(pricer.item(
        CostKind::LambdaRequests { invocations },
        bill.requests,
        FigureKey::LambdaRequests,
    ));
    if scenario.lambda_storage_mb > super::lambda::INCLUDED_EPHEMERAL_MB {
        lines.push(pricer.item(
            CostKind::LambdaStorage { storage_mb: scenario.lambda_storage_mb },
            bill.storage,
            FigureKey::LambdaEphemeralStorage,
        ));
    }
    lines.extend(pricer.around(
        Platform::Lambda,
        lambda.around,
        &bill.around,
        knobs.rate_per_s,
        0.0,
    ));
    PlatformReport {
        monthly_usd: Some(bill.total()),
        blockers,
        lines: grouped(lines),
        concurrency,
        basis: Basis::OnDemand(OnDemand {
            invocations,
            gb_seconds: bill.gb_seconds,
            cold_starts: bill.cold_starts,
            cold_start_share: bill.cold_start_share(),
            peak_concurrency: bill.peak_concurrency,
            provisioned: bill.provisioned.map(|pc| provisioned_figures(&bill, pc)),
            provisioned_option: provisioned_option(lambda, &bill, knobs.rate_per_s),
        }),
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
                fewest_tasks: 0,
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
            let hours = TaskHours {
                fewest: fargate.fewest_tasks(knobs.rate_per_s),
                tasks: bill.tasks,
                task,
                task_hours: bill.task_hours,
                spot_share,
                savings,
            };
            let service = Service {
                tasks: bill.tasks as u64,
                fewest_tasks: fargate.fewest_tasks(knobs.rate_per_s) as u64,
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
        fargate.around,
        &bill.around,
        knobs.rate_per_s,
        bill.task_hours,
    ));
    let lines = grouped(lines);
    PlatformReport { monthly_usd: Some(bill.total()), blockers, lines, concurrency, basis }
}
