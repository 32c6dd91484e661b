//! `evaluate()`: one scenario and one price book in, the whole [`Report`] out.
//!
//! The point bills come from [`super::model`]; this file lays them out as cost items and
//! blockers (facts: the wording module names them), then adds the curves, the break-even, the fit
//! matrix, the verdict and its flip points.

use super::blocker::{self, Blocker};
use super::cost::{CostItem, CostKind, TaskHours, format_usd};
use super::curves;
use super::fit;
use super::flips;
use super::model::{Context, Knobs, LCU_NEW_CONNECTIONS_PER_S, Model};
use super::platform::{PerPlatform, Platform};
use super::pricing::PriceBook;
use super::report::{Basis, OnDemand, PlatformReport, Report, Service};
use super::scenario::{Ingress, Input, Scenario, TaskSizeChoice};
use super::units;
use super::verdict::{self, Reason};

/// Everything a view needs for `scenario`, priced from `book`.
pub fn evaluate(scenario: &Scenario, book: &PriceBook) -> Report {
    let context = Context::new(scenario, book);
    let knobs = Knobs::of(scenario);
    let model = context.model(knobs);
    let blockers = PerPlatform::from_fn(|platform| blocker::blockers(platform, &model, &context));
    let lambda = lambda_report(scenario, &model, blockers[Platform::Lambda].clone());
    let fargate = fargate_report(scenario, &model, blockers[Platform::Fargate].clone());
    let (min, max) = Input::Rate.spec().map_or((1.0 / 86_400.0, 10_000.0), |s| (s.min, s.max));
    let curves = curves::curves(&model, min, max);
    let break_even = curves::break_even(&model, min, max);
    let fit = fit::matrix(scenario, &model);
    let mut verdict = verdict::explain(&model, &blockers);
    if let Some(rate_per_s) = break_even.rate_per_s {
        verdict.reasons.push(Reason::BreakEven { rate_per_s });
    }
    verdict.flip_points = flips::flip_points(&context, knobs);
    let notes = notes(scenario, book, &model);
    Report {
        scenario: scenario.clone(),
        pricing_as_of: book.book.as_of.clone(),
        region_name: context.region.map_or_else(|| scenario.region.clone(), |r| r.name.clone()),
        platforms: PerPlatform::new(lambda, fargate),
        curves,
        break_even,
        fit,
        verdict,
        notes,
    }
}

fn lambda_report(scenario: &Scenario, model: &Model, blockers: Vec<Blocker>) -> PlatformReport {
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
    let item = |kind, usd| CostItem { kind, usd, region: scenario.region.clone() };
    let mut lines = vec![
        item(
            CostKind::LambdaCompute {
                gb_seconds: bill.gb_seconds,
                cold_start_share: scenario.cold_start_share,
                savings: scenario.savings_lambda,
            },
            bill.compute,
        ),
        item(CostKind::LambdaRequests { invocations }, bill.requests),
    ];
    if scenario.lambda_storage_mb > super::lambda::INCLUDED_EPHEMERAL_MB {
        lines.push(item(
            CostKind::LambdaStorage { storage_mb: scenario.lambda_storage_mb },
            bill.storage,
        ));
    }
    match scenario.ingress {
        Ingress::None => {}
        Ingress::Url => lines.push(item(CostKind::FunctionUrl, 0.0)),
        Ingress::Http => lines.push(item(CostKind::HttpApi, bill.ingress)),
        Ingress::Rest => lines.push(item(CostKind::RestApi, bill.ingress)),
    }
    PlatformReport {
        monthly_usd: Some(bill.total()),
        blockers,
        lines,
        concurrency,
        basis: Basis::OnDemand(OnDemand { invocations, gb_seconds: bill.gb_seconds }),
    }
}

fn fargate_report(scenario: &Scenario, model: &Model, blockers: Vec<Blocker>) -> PlatformReport {
    let knobs = model.knobs;
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let task_auto = scenario.task_size == TaskSizeChoice::Auto;
    let Some(fargate) = model.fargate.as_ref() else {
        return PlatformReport {
            monthly_usd: None,
            blockers,
            lines: Vec::new(),
            concurrency,
            basis: Basis::Service(Service { tasks: 0, task: None, task_auto }),
        };
    };
    let bill = fargate.bill(knobs.rate_per_s);
    let item = |kind, usd| CostItem { kind, usd, region: scenario.region.clone() };
    let hours = TaskHours {
        tasks: bill.tasks,
        task: fargate.task.size,
        hours: units::HOURS_PER_MONTH,
        spot_share: scenario.spot_share,
        savings: scenario.savings_fargate,
    };
    let mut lines = vec![
        item(CostKind::FargateVcpu(hours), bill.vcpu),
        item(CostKind::FargateMemory(hours), bill.memory),
    ];
    if scenario.fargate_storage_gb > super::fargate::INCLUDED_EPHEMERAL_GB {
        lines.push(item(
            CostKind::FargateStorage { gb_per_task: scenario.fargate_storage_gb },
            bill.storage,
        ));
    }
    if scenario.ingress != Ingress::None {
        lines.push(item(CostKind::AlbHours { hours: units::HOURS_PER_MONTH }, bill.alb_hours));
        lines.push(item(
            CostKind::AlbCapacity { lcu: knobs.rate_per_s / LCU_NEW_CONNECTIONS_PER_S },
            bill.lcu_hours,
        ));
    }
    PlatformReport {
        monthly_usd: Some(bill.total()),
        blockers,
        lines,
        concurrency,
        basis: Basis::Service(Service {
            tasks: bill.tasks as u64,
            task: Some(fargate.task.size),
            task_auto,
        }),
    }
}

/// Assumptions behind the numbers that are not inputs.
fn notes(scenario: &Scenario, book: &PriceBook, model: &Model) -> Vec<String> {
    let mut notes = vec![format!(
        "A month is 730 hours; Fargate runs {} all month, sized for {} in flight per task at {} utilization.",
        model.fargate.as_ref().map_or_else(
            || "no tasks".to_string(),
            |f| units::counted(&units::format_count(f.tasks(scenario.rate_per_s)), "task", "tasks")
        ),
        units::counted(&units::significant(scenario.requests_per_task, 3), "request", "requests"),
        units::format_percent(scenario.utilization)
    )];
    if scenario.ingress != Ingress::None {
        notes.push(format!(
            "ALB capacity: one new connection per request and {} new connections per second per LCU, so LCUs = rate / 25 ({} LCU at {}); processed bytes and rule evaluations are assumed to stay below that.",
            LCU_NEW_CONNECTIONS_PER_S,
            units::significant(scenario.rate_per_s / LCU_NEW_CONNECTIONS_PER_S, 2),
            units::format_rate(scenario.rate_per_s)
        ));
    }
    if !scenario.free_tier {
        notes.push("Lambda's free tier is off: it is per account, not per workload.".to_string());
    }
    if scenario.spot_share > 0.0 {
        notes.push(format!(
            "Fargate Spot is priced at the book's {} discount, the most AWS promises; actual Spot prices vary.",
            units::format_percent(book.book.spot_discount.value)
        ));
    }
    if let Some(note) = seed_example_note(scenario, book) {
        notes.push(note);
    }
    notes
}

/// The seed article's cost example, recomputed, when the scenario is that example.
fn seed_example_note(scenario: &Scenario, book: &PriceBook) -> Option<String> {
    if (scenario.runtime_s - 60.0).abs() > 1e-9
        || (scenario.memory_mb - 2048.0).abs() > 1e-9
        || (scenario.rate_per_s * 3600.0 - 60.0).abs() > 1e-6
    {
        return None;
    }
    let region = book.region(&scenario.region)?;
    let gb_s = 60.0 * 60.0 * 2.0;
    let tier = region.lambda.duration(scenario.arch).first()?.usd;
    let lambda_hour = gb_s * tier + 60.0 * region.lambda.requests.usd;
    let (vcpu, gb) = region.fargate.hourly(scenario.arch);
    let fargate_hour = vcpu + 2.0 * gb;
    Some(format!(
        "The seed article's example (1 hour, 60 invocations of 1 min, 2 GB) quotes ~$2.88 per 1M requests for Lambda and ~$0.085 per hour for Fargate; AWS's rates give Lambda 60 x 60 s x 2 GB = 7,200 GB-s = {} + ${:.6} for 60 requests = {} per hour, and Fargate 1 vCPU / 2 GB = {} per hour (${:.4}). For a task busy all hour Fargate is the cheaper, by {}x.",
        format_usd(gb_s * tier),
        60.0 * region.lambda.requests.usd,
        format_usd(lambda_hour),
        format_usd(fargate_hour),
        fargate_hour,
        units::significant(lambda_hour / fargate_hour, 2)
    ))
}
