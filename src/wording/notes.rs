//! The report's notes in words: the assumptions behind the numbers.

use crate::engine::around::LcuDimension;
use crate::engine::cost::format_usd;
use crate::engine::notes::{FargateSizing, Note};
use crate::engine::scenario::{Scaling, format_task_size};
use crate::engine::units::{
    self, format_duration, format_memory_mb, format_percent, format_rate, significant,
};

/// One note as a sentence.
pub fn note(note: &Note) -> String {
    match note {
        Note::Sizing { hours_per_month, fargate } => {
            let month = format!("A month is {} hours; ", significant(*hours_per_month, 3));
            match fargate {
                None => format!("{month}Fargate cannot run this workload."),
                Some(sizing) => month + &fargate_sizing(sizing),
            }
        }
        Note::AlbCapacity { platform, lcu, rate_per_s, by } => format!(
            "ALB capacity in front of {}: {} LCU at {}, set by {} (an LCU is the largest of 25 new \
             connections/s, 3,000 active connections, 1 GB an hour processed (0.4 GB for Lambda \
             targets) and 1,000 rule evaluations/s).",
            crate::wording::platform_name(*platform),
            significant(*lcu, 2),
            format_rate(*rate_per_s),
            match by {
                LcuDimension::NewConnections => "new connections",
                LcuDimension::ActiveConnections => "active connections",
                LcuDimension::ProcessedBytes => "processed bytes",
                LcuDimension::RuleEvaluations => "rule evaluations",
            }
        ),
        Note::LambdaPlatformLogs { kb, usd } => format!(
            "Lambda writes START, END and REPORT lines on every invocation (about {} KB, {} a \
             month here); its advanced logging controls turn them down: JSON log format with the \
             system log level at WARN drops them.",
            significant(*kb, 2),
            format_usd(*usd)
        ),
        Note::FreeTierOff => {
            "Lambda's free tier is off: it is per account, not per workload.".to_string()
        }
        Note::PeakHeld { asked, max, shape } => format!(
            "A peak of {}x the average is past what {} traffic reaches: priced at its most, {}x \
             (--peak 1 to {}).",
            significant(*asked, 3),
            shape.name(),
            significant(*max, 3),
            significant(*max, 3)
        ),
        Note::Spot { discount } => format!(
            "Fargate Spot is priced at the book's {} discount, the most AWS promises; actual Spot \
             prices vary.",
            format_percent(*discount)
        ),
        Note::SeedExample(seed) => format!(
            "The seed article's example (1 hour, 60 invocations of 1 min, 2 GB) quotes ~$2.88 per \
             1M requests for Lambda and ~$0.085 per hour for Fargate; AWS's rates give Lambda 60 x \
             60 s x 2 GB = 7,200 GB-s = {} + ${:.6} for 60 requests = {} per hour, and Fargate 1 \
             vCPU / 2 GB = {} per hour (${:.4}). For a task busy all hour Fargate is the cheaper, \
             by {}x.",
            format_usd(seed.compute_usd),
            seed.requests_usd,
            format_usd(seed.lambda_hour_usd()),
            format_usd(seed.fargate_hour_usd),
            seed.fargate_hour_usd,
            significant(seed.lambda_hour_usd() / seed.fargate_hour_usd, 2)
        ),
    }
}

/// Why mode auto chose what it did: ", cheaper than a service at $144.16" (nothing when the mode
/// was fixed, or the other way could not run it).
fn instead(other_usd: Option<f64>, other: &str) -> String {
    other_usd
        .map_or_else(String::new, |usd| format!(", cheaper than {other} at {}", format_usd(usd)))
}

/// How Fargate runs it: "Fargate runs 2 tasks all month as a service, each …".
fn fargate_sizing(sizing: &FargateSizing) -> String {
    match sizing {
        FargateSizing::Service {
            fewest,
            tasks,
            scaling,
            delay_s,
            task,
            requests_per_task,
            bound_by,
            utilization,
            cpu_share,
            request_memory_mb,
            jobs_usd,
        } => format!(
            "Fargate runs {} as a service{}, each {} task holding {} in flight ({} \
             binds) at {} CPU utilization; a request keeps {} of its runtime's vCPU busy and \
             needs {} on top of the process.",
            if fewest < tasks && *scaling == Scaling::Target {
                format!(
                    "{}, following the traffic hour by hour (target tracking; tasks stop {} \
                     after the load drops)",
                    super::task_range(*fewest, *tasks),
                    format_duration(*delay_s)
                )
            } else {
                format!("{} all month", super::task_range(*tasks, *tasks))
            },
            instead(*jobs_usd, "a task per job"),
            format_task_size(*task),
            units::counted(&significant(*requests_per_task, 3), "request", "requests"),
            super::bound_by(*bound_by),
            format_percent(*utilization),
            format_percent(*cpu_share),
            format_memory_mb(*request_memory_mb)
        ),
        FargateSizing::Jobs { task, billed_s, start_s, service_usd } => format!(
            "Fargate runs each invocation as its own {} task (jobs{}), billed {} each from image \
             download to stop (the runtime plus a {} start, a minute at least).",
            format_task_size(*task),
            instead(*service_usd, "a service"),
            format_duration(*billed_s),
            format_duration(*start_s)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::BoundBy;
    use crate::engine::scenario::TaskSize;

    #[test]
    fn notes_read_as_sentences_in_their_numbers() {
        let task = TaskSize { vcpu: 0.25, memory_gb: 1.0 };
        let sizing = Note::Sizing {
            hours_per_month: 730.0,
            fargate: Some(FargateSizing::Service {
                fewest: 2.0,
                tasks: 2.0,
                scaling: crate::engine::scenario::Scaling::Target,
                delay_s: 1200.0,
                task,
                requests_per_task: 1.0,
                bound_by: BoundBy::Memory,
                utilization: 0.7,
                cpu_share: 0.25,
                request_memory_mb: 128.0,
                jobs_usd: None,
            }),
        };
        assert_eq!(
            note(&sizing),
            "A month is 730 hours; Fargate runs 2 tasks all month as a service, each 0.25 vCPU / \
             1 GB task holding 1 request in flight (memory binds) at 70% CPU utilization; a \
             request keeps 25% of its runtime's vCPU busy and needs 128 MB on top of the process."
        );
        let jobs = Note::Sizing {
            hours_per_month: 730.0,
            fargate: Some(FargateSizing::Jobs {
                task,
                billed_s: 60.0,
                start_s: 35.0,
                service_usd: Some(21.2649),
            }),
        };
        assert!(note(&jobs).contains("billed 1 min each"), "{}", note(&jobs));
        assert!(
            note(&jobs).contains("(jobs, cheaper than a service at $21.26)"),
            "{}",
            note(&jobs)
        );
        let blocked = Note::Sizing { hours_per_month: 730.0, fargate: None };
        assert!(note(&blocked).ends_with("Fargate cannot run this workload."));
        let alb = Note::AlbCapacity {
            platform: crate::engine::platform::Platform::Fargate,
            lcu: 2.0,
            rate_per_s: 50.0,
            by: LcuDimension::NewConnections,
        };
        assert!(
            note(&alb).contains("Fargate: 2 LCU at 50/s, set by new connections"),
            "{}",
            note(&alb)
        );
    }
}
