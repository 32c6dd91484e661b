//! `evaluate()`: one scenario and one price book in, the whole [`Report`] out.
//!
//! The point bills come from [`super::model`]; this file words them as cost lines and blockers,
//! then adds the curves, the break-even, the fit matrix, the verdict and its flip points.

use std::fmt::Write as _;

use super::cost::{CostLine, format_usd};
use super::curves;
use super::fit;
use super::flips;
use super::model::{
    BoundBy, Context, Demand, Knobs, LCU_NEW_CONNECTIONS_PER_S, Model, RunMode, task_start_s,
};
use super::pricing::PriceBook;
use super::report::{FargateReport, LambdaReport, Report, Verdict};
use super::scenario::{Ingress, Input, Scenario, TaskSizeChoice, format_task_size};
use super::sizing;
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
    let (options, _) = context.fargate_options(knobs);
    let curves = curves::curves(&model, &options, min, max);
    let break_even = curves::break_even(&model, &options, min, max);
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
        lambda,
        fargate,
        curves,
        break_even,
        fit,
        verdict: Verdict { choice, headline, reasons, flip_points },
        notes,
    }
}

fn lambda_report(scenario: &Scenario, model: &Model) -> LambdaReport {
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
        return LambdaReport {
            monthly_usd: None,
            blocked_by,
            lines: Vec::new(),
            invocations,
            gb_seconds: 0.0,
            concurrency,
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
    LambdaReport {
        monthly_usd: Some(bill.total()),
        blocked_by,
        lines,
        invocations,
        gb_seconds: bill.gb_seconds,
        concurrency,
    }
}

/// Why Fargate cannot run it, worded.
fn fargate_blockers(scenario: &Scenario, model: &Model, context: &Context) -> Vec<String> {
    let knobs = model.knobs;
    let blocks = model.fargate_blocks;
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
        blocked_by.push(format!(
            "task size {} has less memory than one invocation's {}",
            format_task_size(size),
            format_memory_mb(knobs.memory_mb)
        ));
    }
    if let (true, TaskSizeChoice::Fixed(size)) = (blocks.fixed_too_few_vcpu, scenario.task_size) {
        blocked_by.push(format!(
            "task size {} has fewer vCPUs than the {} one request keeps busy ({} of Lambda's {} \
             vCPU)",
            format_task_size(size),
            units::significant(Demand::of(scenario, knobs).vcpu_per_request, 3),
            units::format_percent(knobs.cpu_share),
            units::significant(sizing::required_vcpu(knobs.memory_mb), 3)
        ));
    }
    if blocks.jobs_with_ingress {
        blocked_by.push(format!(
            "jobs cannot answer requests: the {} ingress waits on a response (use a service, or \
             --fargate-mode auto)",
            scenario.ingress
        ));
    }
    blocked_by
}

fn fargate_report(scenario: &Scenario, model: &Model, context: &Context) -> FargateReport {
    let knobs = model.knobs;
    let concurrency = knobs.rate_per_s * knobs.runtime_s;
    let blocked_by = fargate_blockers(scenario, model, context);
    let task_auto = scenario.task_size == TaskSizeChoice::Auto;
    let Some(fargate) = model.fargate.as_ref() else {
        return FargateReport {
            monthly_usd: None,
            blocked_by,
            lines: Vec::new(),
            mode: RunMode::Service.as_str(),
            tasks: 0,
            task_hours: 0.0,
            requests_per_task: 0.0,
            bound_by: BoundBy::Cpu.as_str(),
            job_billed_s: 0.0,
            task: None,
            task_auto,
            concurrency,
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
    let basis = match fargate.mode {
        RunMode::Service => format!("{tasks} x {size} x 730 h{discounts}"),
        RunMode::Jobs => format!(
            "{} jobs x {} x {size}{discounts}",
            units::format_count(bill.concurrency / knobs.runtime_s * units::SECONDS_PER_MONTH),
            format_duration(fargate.job_billed_s)
        ),
    };
    let mut lines = vec![
        CostLine::new(format!("Fargate vCPU ({basis})"), bill.vcpu),
        CostLine::new(format!("Fargate memory ({basis})"), bill.memory),
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
    FargateReport {
        monthly_usd: Some(bill.total()),
        blocked_by,
        lines,
        mode: fargate.mode.as_str(),
        tasks: bill.tasks as u64,
        task_hours: bill.task_hours,
        requests_per_task: fargate.capacity,
        bound_by: fargate.bound_by.as_str(),
        job_billed_s: fargate.job_billed_s,
        task: Some(fargate.task.size),
        task_auto,
        concurrency,
    }
}

/// Assumptions behind the numbers that are not inputs.
fn notes(scenario: &Scenario, book: &PriceBook, model: &Model) -> Vec<String> {
    let mut notes = vec![fargate_note(scenario, model)];
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

/// How Fargate is sized: a service's tasks and what binds them, or jobs and what each bills.
fn fargate_note(scenario: &Scenario, model: &Model) -> String {
    let Some(fargate) = model.fargate.as_ref() else {
        return "A month is 730 hours; Fargate cannot run this workload.".to_string();
    };
    match fargate.mode {
        RunMode::Service => format!(
            "A month is 730 hours; Fargate runs {} all month as a service, each {} task holding {} \
             in flight ({}) at {} CPU utilization; a request keeps {} of its runtime's vCPU busy \
             and needs {} on top of the process.",
            units::counted(
                &units::format_count(fargate.tasks(scenario.rate_per_s)),
                "task",
                "tasks"
            ),
            format_task_size(fargate.task.size),
            units::counted(&units::significant(fargate.capacity, 3), "request", "requests"),
            match fargate.bound_by {
                BoundBy::Cpu => "its vCPUs bind",
                BoundBy::Memory => "its memory binds",
                BoundBy::Cap => "the cap binds",
            },
            units::format_percent(scenario.utilization),
            units::format_percent(scenario.cpu_share),
            format_memory_mb(Demand::of(scenario, model.knobs).request_memory_mb)
        ),
        RunMode::Jobs => format!(
            "A month is 730 hours; Fargate runs each invocation as its own {} task (jobs), billed \
             {} each from image download to stop (the runtime plus a {} start, a minute at \
             least).",
            format_task_size(fargate.task.size),
            format_duration(fargate.job_billed_s),
            format_duration(task_start_s(scenario))
        ),
    }
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
