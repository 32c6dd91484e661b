//! `evaluate()`: one scenario and one price book in, the whole [`Report`] out.
//!
//! The point bills come from [`super::model`]; this file words them as cost lines and blockers,
//! then adds the curves, the break-even, the fit matrix, the verdict and its flip points.

use std::fmt::Write as _;

use super::cost::{CostLine, format_usd};
use super::curves;
use super::fit;
use super::flips;
use super::model::{Context, Knobs, LCU_NEW_CONNECTIONS_PER_S, Model};
use super::platform::PerPlatform;
use super::pricing::PriceBook;
use super::report::{Basis, OnDemand, PlatformReport, Report, Service, Verdict};
use super::scenario::{Ingress, Input, Scenario, TaskSizeChoice, format_task_size};
use super::units::{self, format_duration, format_memory_mb};
use super::verdict;

/// Everything a view needs for `scenario`, priced from `book`.
pub fn evaluate(scenario: &Scenario, book: &PriceBook) -> Report {
    let context = Context::new(scenario, book);
    let knobs = Knobs::of(scenario);
    let model = context.model(knobs);
    let lambda = lambda_report(scenario, &model);
    let fargate = fargate_report(scenario, &model, &context);
    let (min, max) = Input::Rate.spec().map_or((1.0 / 86_400.0, 10_000.0), |s| (s.min, s.max));
    let curves = curves::curves(&model, min, max);
    let break_even = curves::break_even(&model, min, max);
    let fit = fit::matrix(scenario, &model);
    let (choice, headline, mut reasons) =
        verdict::word(&model, &lambda.blocked_by, &fargate.blocked_by);
    if let Some(rate) = break_even.rate_per_s {
        reasons.push(format!(
            "break-even at {}: above it Fargate stays cheaper",
            units::format_rate_with_month(rate)
        ));
    }
    let flip_points = flips::flip_points(&context, knobs);
    let notes = notes(scenario, book, &model);
    Report {
        scenario: scenario.clone(),
        pricing_as_of: book.book.as_of.clone(),
        region_name: context.region.map_or_else(|| scenario.region.clone(), |r| r.name.clone()),
        platforms: PerPlatform::new(lambda, fargate),
        curves,
        break_even,
        fit,
        verdict: Verdict { choice, headline, reasons, flip_points },
        notes,
    }
}

fn lambda_report(scenario: &Scenario, model: &Model) -> PlatformReport {
    let knobs = model.knobs;
    let blocks = model.lambda_blocks;
    let mut blocked_by = Vec::new();
    if blocks.region {
        blocked_by.push(format!("region {} is not in the price book", scenario.region));
    }
    if blocks.runtime {
        blocked_by.push(format!(
            "runtime {} exceeds Lambda's 15 min limit",
            format_duration(knobs.runtime_s)
        ));
    }
    if blocks.memory {
        blocked_by.push(format!(
            "memory {} exceeds Lambda's 10 GB limit",
            format_memory_mb(knobs.memory_mb)
        ));
    }
    if blocks.image {
        blocked_by.push(format!(
            "image {} GB exceeds Lambda's 10 GB image limit",
            units::significant(scenario.image_gb, 3)
        ));
    }
    let invocations = knobs.rate_per_s * units::SECONDS_PER_MONTH;
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let Some(lambda) = model.lambda.as_ref() else {
        return PlatformReport {
            monthly_usd: None,
            blocked_by,
            lines: Vec::new(),
            concurrency,
            basis: Basis::OnDemand(OnDemand { invocations, gb_seconds: 0.0 }),
        };
    };
    let bill = lambda.bill(knobs.rate_per_s);
    let mut compute = format!(
        "Lambda compute ({} GB-s incl. INIT of {} cold starts)",
        units::format_count(bill.gb_seconds),
        units::format_percent(scenario.cold_start_share)
    );
    if scenario.savings_lambda > 0.0 {
        let _ =
            write!(compute, ", {} Savings Plan", units::format_percent(scenario.savings_lambda));
    }
    let mut lines = vec![
        CostLine::new(compute, bill.compute),
        CostLine::new(
            format!("Lambda requests ({})", units::format_count(invocations)),
            bill.requests,
        ),
    ];
    if scenario.lambda_storage_mb > super::lambda::INCLUDED_EPHEMERAL_MB {
        lines.push(CostLine::new(
            format!("Lambda ephemeral storage ({})", format_memory_mb(scenario.lambda_storage_mb)),
            bill.storage,
        ));
    }
    match scenario.ingress {
        Ingress::None => {}
        Ingress::Url => lines.push(CostLine::new("Lambda function URL (free)", 0.0)),
        Ingress::Http => lines.push(CostLine::new("API Gateway HTTP API requests", bill.ingress)),
        Ingress::Rest => lines.push(CostLine::new("API Gateway REST API requests", bill.ingress)),
    }
    PlatformReport {
        monthly_usd: Some(bill.total()),
        blocked_by,
        lines,
        concurrency,
        basis: Basis::OnDemand(OnDemand { invocations, gb_seconds: bill.gb_seconds }),
    }
}

fn fargate_report(scenario: &Scenario, model: &Model, context: &Context) -> PlatformReport {
    let knobs = model.knobs;
    let blocks = model.fargate_blocks;
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let mut blocked_by = Vec::new();
    if blocks.region {
        blocked_by.push(format!("region {} is not in the price book", scenario.region));
    } else if blocks.no_size {
        let largest = context
            .sizes
            .largest()
            .map_or_else(String::new, |size| format!(" ({})", format_task_size(size)));
        blocked_by.push(format!(
            "memory {} exceeds the largest Fargate task{largest}",
            format_memory_mb(knobs.memory_mb)
        ));
    }
    if let (true, TaskSizeChoice::Fixed(size)) = (blocks.fixed_too_small, scenario.task_size) {
        {
            blocked_by.push(format!(
                "task size {} has less memory than one invocation's {}",
                format_task_size(size),
                format_memory_mb(knobs.memory_mb)
            ));
        }
    }
    let task_auto = scenario.task_size == TaskSizeChoice::Auto;
    let Some(fargate) = model.fargate.as_ref() else {
        return PlatformReport {
            monthly_usd: None,
            blocked_by,
            lines: Vec::new(),
            concurrency,
            basis: Basis::Service(Service { tasks: 0, task: None, task_auto }),
        };
    };
    let bill = fargate.bill(knobs.rate_per_s);
    let tasks = units::format_count(bill.tasks);
    let mut discounts = String::new();
    if scenario.spot_share > 0.0 {
        let _ = write!(discounts, ", {} on Spot", units::format_percent(scenario.spot_share));
    }
    if scenario.savings_fargate > 0.0 {
        let _ =
            write!(discounts, ", {} Savings Plan", units::format_percent(scenario.savings_fargate));
    }
    let size = format_task_size(fargate.task.size);
    let mut lines = vec![
        CostLine::new(format!("Fargate vCPU ({tasks} x {size} x 730 h{discounts})"), bill.vcpu),
        CostLine::new(format!("Fargate memory ({tasks} x {size} x 730 h{discounts})"), bill.memory),
    ];
    if scenario.fargate_storage_gb > super::fargate::INCLUDED_EPHEMERAL_GB {
        lines.push(CostLine::new(
            format!(
                "Fargate ephemeral storage ({} GB per task)",
                units::significant(scenario.fargate_storage_gb, 3)
            ),
            bill.storage,
        ));
    }
    if scenario.ingress != Ingress::None {
        lines.push(CostLine::new("ALB hours (730 h)", bill.alb_hours));
        lines.push(CostLine::new(
            format!(
                "ALB LCU-hours ({} LCU)",
                units::significant(knobs.rate_per_s / LCU_NEW_CONNECTIONS_PER_S, 2)
            ),
            bill.lcu_hours,
        ));
    }
    PlatformReport {
        monthly_usd: Some(bill.total()),
        blocked_by,
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
