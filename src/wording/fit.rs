//! The fit matrix in words: each row's name and its one line of why, in the current numbers.

use super::platform_name;
use crate::engine::cost::format_usd;
use crate::engine::fit::{FargateCompute, Feature, FitNote, Standing};
use crate::engine::model::{LAMBDA_MAX_IMAGE_GB, LAMBDA_MAX_MEMORY_MB, LAMBDA_MAX_RUNTIME_S};
use crate::engine::scenario::{State, Volume, format_task_size};
use crate::engine::units::{
    self, format_count, format_duration, format_memory_mb, format_percent, format_rate, significant,
};

/// The row's name as the matrix shows it.
pub fn feature(feature: Feature) -> &'static str {
    match feature {
        Feature::Purpose => "Purpose",
        Feature::ComputeModel => "Compute model",
        Feature::ExecutionModel => "Execution model",
        Feature::Scaling => "Scaling",
        Feature::Availability => "Availability",
        Feature::Networking => "Networking",
        Feature::CostModel => "Cost model",
        Feature::CustomDependencies => "Custom dependencies",
        Feature::UseCase => "Use case",
        Feature::RuntimeLimit => "Runtime vs 15 min",
        Feature::MemoryLimit => "Memory vs 10 GB",
        Feature::ImageLimit => "Image vs 10 GB",
        Feature::Statefulness => "Statefulness",
        Feature::PersistentStorage => "Persistent storage",
        Feature::Latency => "Latency",
        Feature::Quotas => "Quotas",
    }
}

/// "3 requests", "1 request": requests in flight to two significant digits.
fn requests(concurrency: f64) -> String {
    units::counted(&significant(concurrency, 2), "request", "requests")
}

/// "5 GB": an image size.
fn image(image_gb: f64) -> String {
    format!("{} GB", significant(image_gb, 3))
}

/// The row's one line of why.
#[allow(clippy::too_many_lines)] // one arm per note, in the matrix's order
pub fn fit_note(note: &FitNote) -> String {
    let runtime_limit = format_duration(LAMBDA_MAX_RUNTIME_S);
    match *note {
        FitNote::LongRunning { runtime_s } => {
            format!("{} per invocation is a long-running process", format_duration(runtime_s))
        }
        FitNote::Steady { concurrency, rate_per_s } => format!(
            "{} always in flight at {}: steady enough for a service",
            requests(concurrency),
            format_rate(rate_per_s)
        ),
        FitNote::EventDriven { concurrency, rate_per_s } => format!(
            "{} in flight on average at {}: event-driven, idle between",
            requests(concurrency),
            format_rate(rate_per_s)
        ),
        FitNote::Compute { memory_mb, lambda_vcpu, fargate } => format!(
            "both serverless: Lambda {} gets {} vCPU per request; {}",
            format_memory_mb(memory_mb),
            significant(lambda_vcpu, 2),
            match fargate {
                FargateCompute::Service { task, requests_per_task, bound_by, cpu_share } =>
                    format!(
                        "a Fargate {} task serves {} at once ({} binds, at {} CPU share)",
                        format_task_size(task),
                        requests(requests_per_task),
                        super::bound_by(bound_by),
                        format_percent(cpu_share)
                    ),
                FargateCompute::Jobs { task } => {
                    format!("Fargate runs a {} task per invocation", format_task_size(task))
                }
                FargateCompute::NoneFits => "no Fargate task size fits one request".to_string(),
            }
        ),
        FitNote::Latency { lambda, fargate, budget_s } => {
            super::latency::latency(lambda, fargate, budget_s)
        }
        FitNote::Quotas { peak_concurrency, quota } => {
            if peak_concurrency > quota {
                format!(
                    "{} concurrent executions in the busiest hour exceed the account's {}: ask AWS \
                     for at least {} before launch; Fargate's vCPU quota is per account too",
                    significant(peak_concurrency, 3),
                    format_count(quota),
                    format_count((peak_concurrency * 1.2 / 100.0).ceil() * 100.0)
                )
            } else {
                format!(
                    "{} concurrent executions in the busiest hour, within the account's {}",
                    significant(peak_concurrency, 2),
                    format_count(quota)
                )
            }
        }
        FitNote::Execution { state } => match state {
            State::Stateless => "stateless: nothing to keep between requests",
            State::Cache => "warm cache: each Lambda environment warms its own copy",
            State::Sessions => "sessions: Lambda cannot hold a connection between invocations",
            State::Persistent => "persistent state: Lambda keeps nothing durable",
        }
        .to_string(),
        FitNote::Scaling { fewest, tasks: count, utilization, little_headroom } => format!(
            "Lambda scales per request; {} at {} utilization: {} for spikes while new tasks start",
            super::task_range(fewest, count),
            format_percent(utilization),
            if little_headroom { "little headroom" } else { "headroom" }
        ),
        FitNote::Networking { ingress } => {
            let (lambda, fargate) = ingress.describe();
            format!(
                "{lambda} against {fargate}; both can run in a VPC, only tasks keep long-lived \
                 connections"
            )
        }
        FitNote::Costs { lambda_usd, fargate_usd, rate_per_s } => format!(
            "pay per ms: {} a month; pay for running tasks: {} a month at {}",
            format_usd(lambda_usd),
            format_usd(fargate_usd),
            format_rate(rate_per_s)
        ),
        FitNote::OnlyOne { platform, usd } => format!(
            "{} {} a month; {} cannot run it",
            platform_name(platform),
            format_usd(usd),
            platform_name(platform.other())
        ),
        FitNote::NoneRuns => "neither platform can run it".to_string(),
        FitNote::Dependencies { image_gb } => format!(
            "a {} image with any OS and libraries: Lambda up to {}, Fargate any size",
            image(image_gb),
            image(LAMBDA_MAX_IMAGE_GB)
        ),
        FitNote::UseCase { runtime_s, standing } => {
            let runtime = format_duration(runtime_s);
            match standing {
                Standing::Within => format!("{runtime} tasks: small and short-lived"),
                Standing::Near => {
                    format!("{runtime} tasks: minutes, near Lambda's {runtime_limit}")
                }
                Standing::Over => format!("{runtime} tasks: a long-running process"),
            }
        }
        FitNote::Runtime { runtime_s, standing } => {
            let runtime = format_duration(runtime_s);
            match standing {
                Standing::Over => {
                    format!("runtime {runtime} exceeds Lambda's {runtime_limit} limit")
                }
                Standing::Near => {
                    format!("runtime {runtime} is within 5 min of Lambda's {runtime_limit} limit")
                }
                Standing::Within => {
                    format!("runtime {runtime} is within Lambda's {runtime_limit} limit")
                }
            }
        }
        FitNote::Memory { memory_mb, over, task_fits } => {
            let memory = format_memory_mb(memory_mb);
            let limit = format_memory_mb(LAMBDA_MAX_MEMORY_MB);
            let lambda = if over {
                format!("memory {memory} exceeds Lambda's {limit} limit")
            } else {
                format!("memory {memory} is within Lambda's {limit} limit")
            };
            if task_fits { lambda } else { format!("{lambda}; no Fargate task size fits it") }
        }
        FitNote::Image { image_gb, standing } => {
            let (image, limit) = (image(image_gb), image(LAMBDA_MAX_IMAGE_GB));
            match standing {
                Standing::Over => format!("image {image} exceeds Lambda's {limit} limit"),
                Standing::Near => {
                    format!("image {image} fits Lambda's {limit} but slows cold starts")
                }
                Standing::Within => format!("image {image} is within Lambda's {limit} limit"),
            }
        }
        FitNote::State { state } => match state {
            State::Stateless => "stateless suits both",
            State::Cache => "a warm cache is lost on every cold start",
            State::Sessions => "sessions need an external store on Lambda",
            State::Persistent => "persistent state cannot live in Lambda",
        }
        .to_string(),
        FitNote::Availability { tasks: None } => {
            "Lambda spreads across zones; each Fargate job is its own task, placed in any zone"
                .to_string()
        }
        FitNote::Availability { tasks: Some(count) } if count < 2.0 => format!(
            "Lambda spreads across zones; {} runs in one zone: no second zone if it fails",
            units::counted(&format_count(count), "Fargate task", "Fargate tasks")
        ),
        FitNote::Availability { tasks: Some(count) } => format!(
            "Lambda spreads across zones; {} can spread across two or more zones",
            units::counted(&format_count(count), "Fargate task", "Fargate tasks")
        ),
        FitNote::Durable { volume: Volume::Ebs(gb) } => format!(
            "an EBS volume of {} GB per Fargate task keeps durable data; Lambda cannot mount EBS",
            significant(gb, 6)
        ),
        FitNote::Durable { volume: Volume::Efs(gb) } => format!(
            "EFS ({} GB) keeps durable files on both; Lambda reaches it over NFS, slow for a \
             database; Fargate can use EBS too",
            significant(gb, 6)
        ),
        FitNote::Volume { volume: Volume::Ebs(gb) } => format!(
            "an EBS volume of {} GB per Fargate task; Lambda cannot mount EBS (EFS fits both)",
            significant(gb, 6)
        ),
        FitNote::Volume { volume } => {
            format!("{volume} shared by both: Lambda and Fargate both mount EFS")
        }
        FitNote::Durable { .. } => {
            "no volume: durable data needs EBS (Fargate) or EFS (both) (task storage is \
                             lost when it stops) and Lambda's /tmp is wiped; a managed database \
                             (RDS, Aurora, DynamoDB) is usually the answer"
                .to_string()
        }
        FitNote::NothingDurable { lambda_storage_mb, fargate_storage_gb } => format!(
            "nothing durable: Lambda /tmp {}, task storage {} GB",
            format_memory_mb(lambda_storage_mb),
            significant(fargate_storage_gb, 3)
        ),
    }
}
