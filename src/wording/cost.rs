//! Cost items and cost comparisons in words: "Lambda requests (26M)", "Fargate, 38% less".

use std::fmt::Write as _;

use crate::engine::cost::{CostItem, CostKind, JobHours, TaskHours};
use crate::engine::platform::{PerPlatform, Platform};
use crate::engine::scenario::format_task_size;
use crate::engine::units::{
    HOURS_PER_MONTH, format_count, format_duration, format_memory_mb, format_percent, significant,
};

/// The name of a bill's line with the quantities it was priced on.
pub fn cost_item(kind: &CostKind) -> String {
    match kind {
        CostKind::LambdaCompute { gb_seconds, cold_starts, savings } => {
            let mut text = format!(
                "Lambda compute ({} GB-s incl. INIT of {} cold starts)",
                format_count(*gb_seconds),
                format_count(*cold_starts)
            );
            if *savings > 0.0 {
                let _ = write!(text, ", {} Savings Plan", format_percent(*savings));
            }
            text
        }
        // Short enough to read whole beside its amount in the explorer's cost panel.
        CostKind::LambdaProvisioned { environments_peak, scheduled, gb_seconds } => {
            let environments = if *scheduled {
                format!("up to {}, scheduled", format_count(*environments_peak))
            } else {
                format!("{}, all month", format_count(*environments_peak))
            };
            format!(
                "Lambda provisioned concurrency ({environments}; {} GB-s)",
                format_count(*gb_seconds)
            )
        }
        CostKind::LambdaOnProvisioned { gb_seconds } => {
            format!("Lambda compute on provisioned ({} GB-s)", format_count(*gb_seconds))
        }
        CostKind::LambdaRequests { invocations } => {
            format!("Lambda requests ({})", format_count(*invocations))
        }
        CostKind::LambdaStorage { storage_mb } => {
            format!("Lambda ephemeral storage ({})", format_memory_mb(*storage_mb))
        }
        CostKind::FunctionUrl => "Lambda function URL (free)".to_string(),
        CostKind::HttpApi => "API Gateway HTTP API requests".to_string(),
        CostKind::RestApi => "API Gateway REST API requests".to_string(),
        CostKind::FargateVcpu(hours) => format!("Fargate vCPU ({})", task_hours(hours)),
        CostKind::FargateMemory(hours) => format!("Fargate memory ({})", task_hours(hours)),
        CostKind::FargateJobsVcpu(jobs) => format!("Fargate vCPU ({})", job_hours(jobs)),
        CostKind::FargateJobsMemory(jobs) => format!("Fargate memory ({})", job_hours(jobs)),
        CostKind::FargateStorage { gb_per_task } => {
            format!("Fargate ephemeral storage ({} GB per task)", significant(*gb_per_task, 3))
        }
        CostKind::AlbHours { hours } => format!("ALB hours ({} h)", significant(*hours, 3)),
        CostKind::AlbCapacity { lcu } => format!("ALB LCU-hours ({} LCU)", significant(*lcu, 2)),
        CostKind::WebSocketMessages { messages } => {
            format!("API Gateway WebSocket messages ({})", format_count(*messages))
        }
        CostKind::WebSocketMinutes { connection_minutes } => {
            format!(
                "API Gateway WebSocket connection-minutes ({})",
                format_count(*connection_minutes)
            )
        }
        CostKind::NlbHours { hours } => {
            format!("NLB hours for the VPC link ({} h)", significant(*hours, 3))
        }
        CostKind::NlbCapacity { nlcu } => {
            format!("NLB NLCU-hours ({} NLCU)", significant(*nlcu, 2))
        }
        CostKind::NatHours { gateways, hours } => format!(
            "NAT gateway hours ({} x {} h)",
            significant(*gateways, 2),
            significant(*hours, 3)
        ),
        CostKind::NatData { gb } => format!("NAT gateway data ({} GB)", significant(*gb, 3)),
        CostKind::PublicIpv4 { address_hours } => {
            format!("Public IPv4 addresses ({} address-hours)", format_count(*address_hours))
        }
        CostKind::Logs { gb, platform_kb } if *platform_kb > 0.0 => format!(
            "CloudWatch Logs ({} GB, incl. Lambda's own {} KB per call)",
            significant(*gb, 3),
            significant(*platform_kb, 2)
        ),
        CostKind::Logs { gb, .. } => format!("CloudWatch Logs ({} GB)", significant(*gb, 3)),
        CostKind::EbsVolume { gb, task_hours } => format!(
            "EBS gp3 volume ({} GB per task x {} task-hours)",
            significant(*gb, 6),
            format_count(*task_hours)
        ),
        CostKind::EfsVolume { gb } => format!("EFS Standard ({} GB)", significant(*gb, 6)),
    }
}

/// A line's name as the text outputs show it: with the region whose rate priced it when that is
/// not the scenario's own ("ALB hours (730 h), us-east-1's rate").
pub fn cost_line(item: &CostItem, scenario_region: &str) -> String {
    let name = cost_item(&item.kind);
    if item.region == scenario_region { name } else { format!("{name}, {}'s rate", item.region) }
}

/// "2 x 1 vCPU / 2 GB x 730 h, 50% on Spot, 20% Savings Plan" for a fleet that stays the same
/// all month; "1.6k task-hours of 0.25 vCPU / 1 GB" for one that follows the traffic.
fn task_hours(hours: &TaskHours) -> String {
    let steady = hours.fewest.to_bits() == hours.tasks.to_bits()
        && (hours.task_hours - hours.tasks * HOURS_PER_MONTH).abs() <= 1e-9 * hours.task_hours;
    let mut text = if steady {
        format!(
            "{} x {} x {} h",
            format_count(hours.tasks),
            format_task_size(hours.task),
            significant(HOURS_PER_MONTH, 3)
        )
    } else {
        format!("{} task-hours of {}", format_count(hours.task_hours), format_task_size(hours.task))
    };
    discounts(&mut text, hours.spot_share, hours.savings);
    text
}

/// "30 jobs x 41 min x 1 vCPU / 4 GB, 20% Savings Plan".
fn job_hours(jobs: &JobHours) -> String {
    let mut text = format!(
        "{} jobs x {} x {}",
        format_count(jobs.jobs),
        format_duration(jobs.billed_s),
        format_task_size(jobs.task)
    );
    discounts(&mut text, jobs.spot_share, jobs.savings);
    text
}

/// ", 50% on Spot, 20% Savings Plan" for the discounts taken.
fn discounts(text: &mut String, spot_share: f64, savings: f64) {
    if spot_share > 0.0 {
        let _ = write!(text, ", {} on Spot", format_percent(spot_share));
    }
    if savings > 0.0 {
        let _ = write!(text, ", {} Savings Plan", format_percent(savings));
    }
}

/// How much cheaper, as the verdict says it: "38%"; a share that rounds to 0% or 100% without
/// being it reads "under 1%" or "over 99%" (a platform is 100% cheaper only when it is free).
pub fn percent(share: f64) -> String {
    if under_one_percent(share) {
        "under 1%".to_string()
    } else if (share * 100.0).round() >= 100.0 && share < 1.0 {
        "over 99%".to_string()
    } else {
        format!("{}%", (share * 100.0).round() as i64)
    }
}

/// Whether [`percent`] says "under 1%" (then "only" would over-state it).
pub fn under_one_percent(share: f64) -> bool {
    (share * 100.0).round() < 1.0 && share > 0.0
}

/// Which platform is cheaper at one rate, as a table cell says it: "Fargate, 38% less", "about
/// equal" (under half a percent), "Fargate only" (the other is blocked), "neither".
pub fn cheaper_text(usd: &PerPlatform<Option<f64>>) -> String {
    match (usd[Platform::Lambda], usd[Platform::Fargate]) {
        (Some(lambda), Some(fargate)) => {
            let (name, low, high) = if lambda < fargate {
                ("Lambda", lambda, fargate)
            } else {
                ("Fargate", fargate, lambda)
            };
            let saving = if high > 0.0 { (high - low) / high } else { 0.0 };
            if saving < 0.005 {
                "about equal".to_string()
            } else if saving > 0.99 {
                format!("{name}, over 99% less")
            } else {
                format!("{name}, {}% less", (saving * 100.0).round())
            }
        }
        (Some(_), None) => "Lambda only".to_string(),
        (None, Some(_)) => "Fargate only".to_string(),
        (None, None) => "neither".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_near_none_or_all_is_not_rounded_to_0_or_100() {
        assert_eq!(percent(0.42), "42%");
        assert_eq!(percent(0.004), "under 1%");
        assert_eq!(percent(0.005), "1%");
        assert_eq!(percent(0.996), "over 99%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
    }

    #[test]
    fn the_table_says_which_is_cheaper_and_by_how_much() {
        let text = |lambda, fargate| cheaper_text(&PerPlatform::new(lambda, fargate));
        assert_eq!(text(Some(62.0), Some(100.0)), "Lambda, 38% less");
        assert_eq!(text(Some(100.0), Some(99.8)), "about equal");
        assert_eq!(text(Some(1000.0), Some(1.0)), "Fargate, over 99% less");
        assert_eq!(text(None, Some(1.0)), "Fargate only");
        assert_eq!(text(None, None), "neither");
    }

    #[test]
    fn cost_items_name_their_quantities() {
        let task = crate::engine::scenario::TaskSize { vcpu: 1.0, memory_gb: 2.0 };
        let hours = TaskHours {
            fewest: 2.0,
            tasks: 2.0,
            task,
            task_hours: 1460.0,
            spot_share: 0.5,
            savings: 0.2,
        };
        assert_eq!(
            cost_item(&CostKind::FargateVcpu(hours)),
            "Fargate vCPU (2 x 1 vCPU / 2 GB x 730 h, 50% on Spot, 20% Savings Plan)"
        );
        assert_eq!(cost_item(&CostKind::AlbHours { hours: 730.0 }), "ALB hours (730 h)");
        assert_eq!(
            cost_item(&CostKind::LambdaRequests { invocations: 26_280_000.0 }),
            "Lambda requests (26M)"
        );
    }
}
