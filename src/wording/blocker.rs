//! A blocker in words: "runtime 2 h exceeds Lambda's 15 min limit".

use super::platform_name;
use crate::engine::blocker::Blocker;
use crate::engine::platform::Platform;
use crate::engine::scenario::format_task_size;
use crate::engine::units::{format_duration, format_memory_mb, format_percent, significant};

/// Why `platform` cannot run the workload, as a clause (no capital, no full stop).
pub fn blocker(platform: Platform, blocker: &Blocker) -> String {
    let name = platform_name(platform);
    match blocker {
        Blocker::Region { region } => format!("region {region} is not in the price book"),
        Blocker::Runtime { runtime_s, limit_s } => format!(
            "runtime {} exceeds {name}'s {} limit",
            format_duration(*runtime_s),
            format_duration(*limit_s)
        ),
        Blocker::Memory { memory_mb, limit_mb } => format!(
            "memory {} exceeds {name}'s {} limit",
            format_memory_mb(*memory_mb),
            format_memory_mb(*limit_mb)
        ),
        Blocker::Image { image_gb, limit_gb } => format!(
            "image {} GB exceeds {name}'s {} GB image limit",
            significant(*image_gb, 3),
            significant(*limit_gb, 3)
        ),
        Blocker::NoTaskSize { memory_mb, largest } => {
            let largest =
                largest.map_or_else(String::new, |size| format!(" ({})", format_task_size(size)));
            format!(
                "memory {} exceeds the largest {name} task{largest}",
                format_memory_mb(*memory_mb)
            )
        }
        Blocker::FixedTaskTooSmall { task, memory_mb } => format!(
            "task size {} has less memory than one invocation's {}",
            format_task_size(*task),
            format_memory_mb(*memory_mb)
        ),
        Blocker::FixedTaskTooFewVcpu { task, vcpu_per_request, cpu_share, lambda_vcpu } => {
            format!(
                "task size {} has fewer vCPUs than the {} one request keeps busy ({} of \
                 Lambda's {} vCPU)",
                format_task_size(*task),
                significant(*vcpu_per_request, 3),
                format_percent(*cpu_share),
                significant(*lambda_vcpu, 3)
            )
        }
        Blocker::JobsBehindIngress { ingress } => format!(
            "jobs cannot answer requests: the {ingress} ingress in front of Fargate waits on a \
             response (use a service, or --fargate-mode auto)"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::scenario::TaskSize;

    #[test]
    fn each_blocker_has_its_sentence() {
        let task = TaskSize { vcpu: 0.25, memory_gb: 0.5 };
        let largest = Some(TaskSize { vcpu: 16.0, memory_gb: 120.0 });
        for (platform, fact, expected) in [
            (
                Platform::Lambda,
                Blocker::Region { region: "mars-1".to_string() },
                "region mars-1 is not in the price book",
            ),
            (
                Platform::Lambda,
                Blocker::Runtime { runtime_s: 7200.0, limit_s: 900.0 },
                "runtime 2 h exceeds Lambda's 15 min limit",
            ),
            (
                Platform::Lambda,
                Blocker::Memory { memory_mb: 16_384.0, limit_mb: 10_240.0 },
                "memory 16 GB exceeds Lambda's 10 GB limit",
            ),
            (
                Platform::Lambda,
                Blocker::Image { image_gb: 12.5, limit_gb: 10.0 },
                "image 12.5 GB exceeds Lambda's 10 GB image limit",
            ),
            (
                Platform::Fargate,
                Blocker::NoTaskSize { memory_mb: 102_400.0, largest },
                "memory 100 GB exceeds the largest Fargate task (16 vCPU / 120 GB)",
            ),
            (
                Platform::Fargate,
                Blocker::NoTaskSize { memory_mb: 2048.0, largest: None },
                "memory 2 GB exceeds the largest Fargate task",
            ),
            (
                Platform::Fargate,
                Blocker::FixedTaskTooSmall { task, memory_mb: 2048.0 },
                "task size 0.25 vCPU / 0.5 GB has less memory than one invocation's 2 GB",
            ),
        ] {
            assert_eq!(blocker(platform, &fact), expected);
        }
    }
}
